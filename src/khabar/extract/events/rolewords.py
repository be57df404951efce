"""The closed word classes the role rules read: subordinators, agent/recipient markers, light
verbs, voice classes of verbs, number words, prepositions and the type groups that steer
role assignment (see :mod:`khabar.extract.events.roles` and docs/events.md)."""

from __future__ import annotations

from khabar.text.normalize import match_form

_F = match_form
SUBORDINATORS = frozenset(_F(w) for w in (
    "بعدما عندما حينما بينما فيما حيث لدى اثر إثر بعد قبل لكن الذي التي الذين"
).split())
# Conjunctions that open a clause with its own verb (not the prepositions بعد، قبل، إثر, nor
# a relative pronoun, whose clause may describe the event: الهجوم الذي شنه مسلحون على القرية).
CLAUSE_SUBORDINATORS = frozenset(_F(w) for w in (
    "بعدما عندما حينما بينما فيما حيث لكن"
).split())
AGENT_MARKERS = frozenset(_F(w) for w in (
    "نفذه نفذته نفذتها نفذها نفذوه شنه شنته شنتها شنها شنوها تبناه تبنته تبنتها يد أيدي ايدي "
    "نسب نسبت ينسب "
    "قبل برصاص بنيران بقصف نفذ نفذت شنت شن"
).split())
# A weapon and the verb that fired, planted, threw, set or drove it, with the pronoun that
# resumes it (بقذيفة أطلقها مسلحون، عبوة زرعها مجهولون، قنبلة ألقاها، كمين نصبه المتمردون،
# سيارة مفخخة يقودها انتحاري): the verb's subject is the attack's agent.
WEAPONS = frozenset(_F(w) for w in (
    "عبوة عبوات قنبلة قنابل صاروخ صواريخ قذيفة قذائف هاون لغم ألغام الغام رصاصة رصاصات رصاص "
    "نيران نار مفخخة مفخخ ناسفة ناسف ناسفين ناسفتين مفخختين ملغومة ملغوم كمين كمينا"
).split())


def _launch_forms() -> frozenset[str]:
    out: set[str] = set()
    for stem in ("أطلق", "زرع", "وضع", "نصب", "فجر", "دس"):
        for ending in ("ه", "ها", "ته", "تها", "وه", "وها", "اه", "اها", "تاه", "تاها"):
            out.add(stem + ending)
    for ending in ("اه", "اها", "ته", "تها", "وه", "وها"):
        out.add("ألق" + ending)  # ألقاه، ألقته، ألقوها
    for pre in ("ي", "ت"):
        for ending in ("ه", "ها", "ونه", "ونها", "انه", "انها"):
            out.add(pre + "قود" + ending)  # يقودها، تقوده
    return frozenset(_F(w) for w in out)


LAUNCHED = _launch_forms()
# Heads of a place or time adverbial that may stand between a casualty verb and its counted
# victims (قتل في بغداد ثلاثة جنود، أصيب يوم الاثنين في الموصل خمسة).
ADVERBIAL_HEADS = frozenset(_F(w) for w in (
    "في وفي قرب بالقرب وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي يوم ليلة صباح مساء"
).split())
# (session 18) A counterpart (نظيره) after a person is another party, even where the resolver
# gave both mentions one id (two clubs «القادسية نظيره القادسية الكويتي»).
COUNTERPART_WORDS = frozenset(_F(w) for w in (
    "نظيره نظيرها نظيريه نظيرتها نظيراه نظراءه نظرائه نظراءهم نظرائهم نظيرهم نظيريهم"
).split())
# (session 17) «وجرح 400 آخرون»: the others of a count are the victims named before.
OTHERS = frozenset(_F(w) for w in "آخرون آخرين آخر آخرا آخران".split())
ONE_OF = frozenset(_F(w) for w in "أحد احد إحدى احدى".split())
# (session 17) Killing and wounding triggers whose «others» are counted victims (not attack,
# weapon or bomber words: «ونفذه انتحاري آخر» is another bomber).
CASUALTY_STEMS = tuple(_F(w) for w in "قتل قتي جرح جري صاب صيب شهد مصرع حتف".split())
# (session 16) Casualty nouns: «قتلى وجرحى من الحوثيين» — coordinated, then the partitive victims.
CASUALTY_NOUNS = frozenset(_F(w) for w in (
    "قتلى القتلى جرحى الجرحى مصابين المصابين مصابون المصابون ضحايا الضحايا شهداء الشهداء"
).split())
LIGHT_VERBS = frozenset(_F(w) for w in (
    "قام قامت قاموا يقوم تقوم يقومون أقدم أقدمت اقدم اقدمت شن شنت شنوا يشن تشن نفذ نفذت نفذوا "
    "ينفذ تنفذ شارك شاركت شاركوا "
    "تمكن تمكنت تمكنوا يتمكن تتمكن حاول حاولت حاولوا يحاول تحاول يحاولون"
).split())
RECIPIENT_MARKERS = frozenset(_F(w) for w in "على ضد استهدف استهدفت استهدفا استهدفوا تستهدف يستهدف بحق".split())
# أطلق النار باتجاه X، صواريخ في اتجاه X: the direction of fire names the target (ASSAULT only)
DIRECTION_MARKERS = frozenset(_F(w) for w in "باتجاه بإتجاه اتجاه إتجاه".split())
# مطعم يقصده رجال شرطة، سوق يرتاده المتسوقون: the people a targeted place serves
FREQUENT_VERBS = frozenset(_F(w) for w in (
    "يقصده يقصدها تقصده يرتاده يرتادها ترتاده يؤمه يؤمها يسكنه يسكنها يقطنه يقطنها تقطنه "
    "يستقله يستقلها تستقله يقله يقلها تقل يقل يرتادون يقصدون"
).split())
DEMAND_MARKERS = frozenset(_F(w) for w in (
    "مطالبين مطالبا مطالبة تطالب يطالبون طالبوا للمطالبة باستقالة برحيل باقالة بإقالة بإسقاط "
    "باسقاط منددين تنديدا هاتفين يسقط تسقط فليسقط ليسقط "
    "تندد يندد ينددون منددة منددا مندد مندده "
    "رفضا رافضين رافضة مناوئة مناوئين مناوئه مناهضة مناهضين معادية معادين "
    # the verbal nouns of denouncing with ل/ال (للتنديد بـ، والتنديد بـ، استنكارا لـ، شجبا لـ)
    "تنديد استنكارا استنكار شجبا "
    # session 10: a call is a demand too (اعتصموا للدعوة إلى محاسبة المسؤولين، داعين إلى رحيل الحكومة)
    "للدعوة داعين داعيا داعية "
    # session 13: slogans that criticise or accuse someone (لافتات تنتقد الحكومة، منتقدين الرئيس)
    "منتقدين منتقدا منتقدة تنتقد ينتقدون متهمين متهما تتهم يتهمون "
    # and chants for someone's fall, their rejection of someone (يهتفون بسقوط الحكومة، معبرين عن
    # رفضهم للحكومة)
    "بسقوط رفضهم رفضه رفضها"
).split())
# A protest's object across a comma: «احتجاجا على X»، «مرددين هتافات ضد X»: the noun before
# the marker (the protest, its slogans) and the marker.
PROTEST_OBJECT_HEADS = frozenset(_F(w) for w in (
    "احتجاجا احتجاج للاحتجاج الاحتجاج احتجاجهم احتجاجات "
    "هتافات شعارات لافتات يافطات هتاف شعار هاتفين هتفوا يهتفون مرددين رددوا يرددون"
).split())
# «Down with X» chants: X is the protest's target even when it is no actor phrase.
CHANTS = frozenset(_F(w) for w in "يسقط تسقط فليسقط ليسقط فلتسقط لتسقط".split())
SKIPPABLE = frozenset(_F(w) for w in (
    "أمس امس اليوم الليلة فجر صباح مساء ظهر عصر مجددا أيضا ايضا كذلك حاليا مرة أخرى "
    "أول اول الأسبوع الاسبوع الماضي الماضية الشهر بالفعل"
).split())
# Verbs whose news use is active (the agent acts): never read as a passive with a victim
# subject (دبابات أميركية أطلقت نيرانها، فجر 3 انتحاريين أنفسهم، هاجم مسلحون).
# Session 10: verbs whose object always takes a preposition (اعتدى على، تعدى على) have only an
# impersonal passive (اُعتدي على X), so the phrase right after them is their subject.
# (Session 13: the imperfect raid verb «يغير على» of triggers.tsv, whose lemma is its first form.)
# (Session 21: «فتح النار» carries its object: «إن الجنود فتحوا النار على …» has the soldiers as agents.)
ACTIVE_ONLY = frozenset(_F(w) for w in "أطلق فجر هاجم قصف اقتحم شن اعتدى تعدى أغار يغير فتح".split())
# Casualty verbs whose news use is the passive (جُرح، أُصيب): the phrase is the victim.
PASSIVE_ONLY = frozenset(_F(w) for w in "جرح أصاب اصيب اغتيل".split())
# Verbs whose subject is the weapon (انفجرت سيارة مفخخة، انفجرت عبوة).
INSTRUMENT_SUBJECT = frozenset(_F(w) for w in "انفجر".split())
# "X was exposed to / survived <attack>": X is the recipient (تعرض موكبه لهجوم، نجا من اغتيال).
EXPOSURE = frozenset(_F(w) for w in (
    "تعرض تعرضت تعرضوا تعرضا يتعرض تتعرض يتعرضون نجا نجت نجوا ينجو تنجو"
).split())
# "X met his death" (لقي ثلاثة جنود مصرعهم، لقوا حتفهم): X is the victim of مصرع/حتف only
MET = frozenset(_F(w) for w in "لقي لقيت لقوا لقيا يلقى تلقى يلقون".split())
PASSIVE_PRONE = frozenset({"ASSAULT", "COERCE"})
NUMBER_WORDS = frozenset(_F(w) for w in (
    "اثنين اثنان ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات آلاف الاف ألف الف "
    "مائة مئة عدد عددا أحد احد إحدى احدى بعض نحو حوالي حوالى قرابة أكثر اكثر "
    "عشرين عشرون ثلاثين ثلاثون أربعين اربعين خمسين ستين سبعين ثمانين تسعين"
).split())

# (session 13) Collective nouns that count a partitive من like a number does: «أطلقت مجموعة من
# المستوطنين النار»، «قال إن مجموعة من المسلحين هاجموا»: the counted noun is the party.
COLLECTIVES = frozenset(_F(w) for w in "مجموعة مجموعات حشد حشود".split())


# A preposition with a resumptive pronoun right after a verb (قتل خلالها عشرة مسلحين، قتل فيه
# 13): an adverbial, no object — the count or phrase after it is the verb's object.
PRONOUN_ADVERBS = frozenset(_F(w) for w in (
    "خلاله خلالها خلالهم فيه فيها فيهم فيهما به بها بهم عليه عليها عليهم منه منها"
).split())


AGE = frozenset(_F(w) for w in "عاما عاماً سنة عام".split())


# Civilians and their like are the victims, not the authors, of an attack verb's first phrase.
VICTIM_SECTORS = frozenset({"CVL", "EDU", "LAB", "MED", "JRN", "REF", "REL", "BUS"})
AMONG = frozenset(_F(w) for w in "بينهم بينهن بينهما منهم معظمهم غالبيتهم اغلبهم أغلبهم".split())
PLURAL_ENDINGS = ("وا", "ون", "تا", "وه", "وها", "وهم", "ان")


NOT_OBJECTS = frozenset(_F(w) for w in (
    "في على الى إلى من عن مع خلال بعد قبل اثر إثر جراء عند لدى حين بينما فيما وقد كما و أمس امس "
    "اليوم بجروح برصاص بنيران على يد"
).split())


# Prepositions never followed by a finite verb: a trigger after them is a verbal noun.
NOUN_PREPOSITIONS = frozenset(_F(w) for w in (
    "على الى إلى عن في خلال إثر اثر جراء منذ حول ضد عقب بسبب"
).split())
# (session 14) The passive periphrasis «تم/جرى + verbal noun»: the trigger after these is a
# verbal noun (تمت إصابة X is "X was wounded", never أصابه "hit him"), its genitive the patient.
LIGHT_PASSIVE = frozenset(_F(w) for w in (
    "تم تمت يتم تتم جرى جرت يجري تجري"
).split())
PREP_WORDS = frozenset(_F(w) for w in "في الى إلى عن مع لدى أمام امام قرب داخل نحو".split())
RELATIVES = frozenset(_F(w) for w in "الذي التي الذين اللذين اللتين اللذان اللتان".split())
# The feminine plural relatives («النساء اللواتي»): location.RELATIVES and inherit.RELATIVES add them
# to the seven above; the role rules and the filter's features read the seven alone (the filter's
# weights were learnt so), so they are not merged.
FEMININE_PLURAL_RELATIVES = frozenset(_F(w) for w in "اللاتي اللواتي".split())
COMPLEMENTIZERS = frozenset(_F(w) for w in "أن إن ان بأن بان وأن وان وإن لأن لان".split())
RESUMPTIVE = frozenset(_F(w) for w in "أنه إنه انه أنها إنها انها أنهم إنهم انهم أننا إننا اننا".split())
AUXILIARIES = frozenset(_F(w) for w in "قد وقد فقد لقد".split())
# The four directions and their adjectives (شمال العراق، غربي بغداد): location.COMPASS and
# party_sites.COMPASS are built on them.
COMPASS_WORDS = frozenset(_F(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split())


CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION",
                      "MOBILIZE", "REJECT"})
# Verbal nouns whose genitive complement is their subject (انسحاب القوات = the forces withdraw).
SUBJECT_GENITIVE_TYPES = frozenset({"PROTEST", "CONSULT", "RETREAT", "MOBILIZE", "REJECT",
                                    "REQUEST", "AGREE", "SUPPORT"})
# (session 12) a boycott's genitive is the boycotted (مقاطعة إسرائيل، مقاطعة المنتجات الدنماركية)
OBJECT_GENITIVE_LEMMAS = frozenset({"سحب", "إفراج", "أفرج", "إطلاق", "أطلق", "نزع", "وقف", "مقاطعة"})


# Verbal nouns whose possessive pronoun is the one acted upon (اغتياله، اعتقالهم، مهاجمته =
# attacking him); an attack noun's pronoun is its author (هجماتهم، قصفها), so those are absent.
PATIENT_NOUNS = frozenset(_F(w) for w in (
    "اغتيال اعتقال خطف اختطاف قتل مقتل إعدام تعذيب ضرب إصابة استهداف مهاجمة احتجاز أسر "
    "ملاحقة مطاردة طرد ترحيل إبعاد توقيف"
).split())


# Harm done to someone (a subset of PATIENT_NOUNS): «احتجاجا على قتل/اعتقال X» protests the
# harm's author, never its victim X (session 11).
HARM_ACTS = frozenset(_F(w) for w in (
    "اغتيال اعتقال خطف اختطاف قتل مقتل إعدام تعذيب ضرب إصابة استهداف مهاجمة احتجاز أسر "
    "توقيف استشهاد"
).split())
# Demand markers proper: what follows is demanded (للمطالبة بإعدام القتلة), not protested.
ASKING = frozenset(_F(w) for w in (
    "مطالبين مطالبا مطالبة تطالب يطالبون طالبوا للمطالبة للدعوة داعين داعيا داعية"
).split())


# Participles that make the noun before them a weapon (سيارة مفخخة، عبوة ناسفة): never a party.
WEAPON_PARTICIPLES = frozenset(_F(w) for w in (
    "مفخخة مفخخ مفخختين مفخخات ناسفة ناسف ناسفتين ناسفين ملغومة ملغوم ملغومتين"
).split())
# Attack and weapon nouns: a verb right after one (هجوم انتحاري استهدف X، عبوة ناسفة استهدفت
# دورية) has it as its subject; a country adjective after one (ضربة جوية أميركية) names the
# attacker of the casualties it caused.
ATTACK_NOUNS = frozenset(_F(w) for w in (
    "هجوم هجمات هجومين هجوما انفجار انفجارات تفجير تفجيرات عبوة عبوات قنبلة قنابل صاروخ صواريخ "
    "قذيفة قذائف غارة غارات ضربة ضربات قصف انتحاري انتحارية جوية جوي مفخخة ناسفة ناسفين "
    "ناسفتين مفخختين رصاص نيران"
).split())

# Attack *event* nouns (not weapons): «في هجوم على نقطة تفتيش» after a verb's own object names
# the place that attack hit, not the verb's recipient (قتل مسلحون ثلاثة جنود في هجوم على …).
ATTACK_EVENTS = frozenset(_F(w) for w in (
    "هجوم هجمات هجومين هجوما غارة غارات ضربة ضربات قصف تفجير تفجيرات انفجار انفجارات اعتداء "
    "اعتداءات عملية عمليات كمين هجمة"
).split())

# Claims of responsibility: «أعلنت X مسؤوليتها عن …»، «تبنت X الهجوم» name the attacker.
CLAIM_VERBS = frozenset(_F(w) for w in (
    "أعلن أعلنت أعلنوا اعلن اعلنت اعلنوا يعلن تعلن تبنى تبنت تبنوا يتبنى تتبنى"
).split())
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
# (session 13) Verbs that report speech before إن/أن (قال الوزير إن، أكد، أوضح، أشار إلى أن):
# a call coordinated after the reported clause and a comma is the speaker's (…، ودعا المجتمع الدولي).
SPEECH_VERBS = frozenset(_F(w) for w in (
    "قال قالت وقال وقالت أكد أكدت وأكد وأكدت اكد اكدت أوضح أوضحت وأوضح وأوضحت أضاف أضافت وأضاف "
    "وأضافت أشار أشارت وأشار وأشارت اعتبر اعتبرت واعتبر واعتبرت رأى رأت ورأى ذكر ذكرت وذكر وذكرت "
    "صرح صرحت وصرح وصرحت شدد شددت وشدد وشددت"
).split())
# Protesters named by their participle (not محتجز, a detainee): in a sentence that reports a
# protest they are its actor wherever the clause falls (اندلعت مظاهرات …، ورفع المتظاهرون).
PROTESTERS = frozenset(_F(w) for w in (
    "متظاهر متظاهرون متظاهرين متظاهرو متظاهري محتج محتجون محتجين محتجو محتجي "
    "معتصم معتصمون معتصمين معتصمو معتصمي"
).split())
# A protest held in front of, near, outside or marching to an institution targets it (أمام
# السفارة، قرب مقر الحكومة، توجهوا إلى البرلمان; session 18: خارج السفارة، بالقرب من السفارة).
FRONT_OF = frozenset(_F(w) for w in "أمام امام قبالة قرب محيط الى إلى نحو باتجاه خارج".split())
# Session 10: a company's seat too — workers protest in front of their employer (اعتصم العمال أمام
# مقر الشركة).
INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "BUS"})
AGAINST = frozenset(_F(w) for w in "على ضد".split())
# على يد/أيدي X names the agent of a passive (قتلوا على يد مسلحين), no prepositional object.
AGENT_HANDS = frozenset(_F(w) for w in "يد أيدي ايدي يدي".split())
# Parties that carry out attacks (an attack's ل-genitive of these is its author).
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY"})


# The 14 types other than ASSAULT/PROTEST (issue #6 roles audit): per-type role cues.
# Joint acts name the partner after مع or the two parties after بين (بحث X مع Y، اتفاق بين X و Y).
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
WITH = frozenset(_F(w) for w in "مع ومع".split())
BETWEEN = frozenset(_F(w) for w in "بين وبين".split())
# Aid goes to its recipient after إلى/ل/لصالح, or على when it is handed out (قدمت X مساعدات
# إلى Y، لسكان غزة، وزعت X مساعدات على اللاجئين).
GIVE_TYPES = frozenset({"AID"})
TO = frozenset(_F(w) for w in "إلى الى لصالح على".split())
# Deploying verbs whose object is the force sent (نشرت X قوات، حشد القوات): the force is the
# actor's instrument — neither the recipient of the verb nor the actor of the verbal noun.
DEPLOY_LEMMAS = frozenset(_F(w) for w in "نشر حشد أرسل استنفر استنفار إرسال".split())
# Verbs that announce a stance named by a verbal noun with a possessive pronoun (أعلنت
# المعارضة رفضها، أكد الرئيس دعمه، أعرب الوزير عن تأييده): the subject holds the stance.
STANCE_VERBS = frozenset(_F(w) for w in (
    "أعلن أعلنت أعلنوا يعلن تعلن أكد أكدت أكدوا يؤكد تؤكد جدد جددت جددوا يجدد تجدد "
    "أبدى أبدت أبدوا يبدي تبدي أعرب أعربت أعربوا يعرب تعرب عبر عبرت عبروا يعبر تعبر "
    "أظهر أظهرت أوضح أوضحت أبلغ أبلغت"
).split())
# Support verbs whose object is the event's verbal noun (ألقت الشرطة القبض، عقد الوزيران
# اجتماعا، فرضت الحكومة عقوبات، أعلنت السلطات رفع الحظر; through إلى: توصلت الحكومة
# والمعارضة إلى اتفاق): their subject is the actor.
SUPPORT_VERBS = frozenset(_F(w) for w in (
    "ألقى ألقت ألقوا يلقي تلقي أجرى أجرت أجروا يجري تجري عقد عقدت عقدوا يعقد تعقد "
    "قدم قدمت قدموا يقدم فرض فرضت فرضوا يفرض تفرض وقع وقعت وقعوا أبرم أبرمت أبرموا "
    "أصدر أصدرت أصدروا يصدر تصدر أعلن أعلنت أعلنوا يعلن تعلن أسهم أسهمت ساهم ساهمت "
    "باشر باشرت باشروا بدأ بدأت بدأوا واصل واصلت واصلوا يواصل تواصل قرر قررت قرروا يقرر تقرر "
    "سلم سلمت سلموا يسلم تسلم وزع وزعت وزعوا يوزع توزع "
    "توصل توصلت توصلوا توصلا توصلتا يتوصل تتوصل يتوصلون يتوصلان تتوصلان "
    "انخرط انخرطت انخرطوا ينخرط تنخرط "
    # organising: نظم الطلاب تظاهرة، نظمت النقابة اعتصاما (the organisers protest)
    "نظم نظمت نظموا ينظم تنظم ينظمون"
).split())
# Intransitive acts: a pronoun on them is a possessor, the one who acts (تقدم الوزير بطلب
# استقالته، أعلنت القوات انسحابها), never an object.
INTRANSITIVE_LEMMAS = frozenset(_F(w) for w in "استقال استقالة انسحب انسحاب".split())
# Praise and blame verbs take their object after ب (أشاد بالشرطة، ندد بالحكومة، رحب بالوفد).
BI_TYPES = frozenset({"SUPPORT", "ACCUSE"})
# Asking verbs name the asked party after من (طلبت الوزارة من المواطنين، طلب منه).
ASK_LEMMAS = frozenset(_F(w) for w in "طلب التمس".split())
# Call verbs (session 12): «ودعا الحكومة إلى»، «وطالب الجهات المعنية بـ» — a phrase after them that
# cannot be their subject (a feminine head after a masculine verb, a masculine plural after a
# feminine one) is the addressee, and the caller is the dropped subject.
CALL_LEMMAS = frozenset(_F(w) for w in "دعا طالب ناشد حث طلب أوصى التمس".split())
# What a call asks for follows the addressee (دعا الحكومة إلى، طالبها بـ، حثهم على، ناشدهم أن).
CALL_COMPLEMENTS = frozenset(_F(w) for w in "إلى الى على أن ان بأن بان".split())
FROM = frozenset(_F(w) for w in "من ومن".split())
# (session 25) «وجّه» directs a verbal noun at its addressee (وجه الوزير انتقادات إلى الحكومة، وجهت
# أمريكا إنذارا إلى اليابان، الاتهامات الموجهة إلى المتهمين، الانتقادات التي وجهت للمنظمين): the verb's
# subject is the actor, the party after إلى or ل the recipient. «توجه» is left out: form V «توجه إلى» is
# to go somewhere, and its feminine imperfect «توجه» is spelt the same.
DIRECT_VERBS = frozenset(_F(w) for w in "وجه وجهت وجهوا وجها وجهتا يوجه يوجهون يوجهان".split())
DIRECTED = frozenset(_F(w) for w in "الموجهة الموجه موجهة موجه الموجهين".split())
ADDRESS_MARKERS = frozenset(_F(w) for w in "إلى الى".split())

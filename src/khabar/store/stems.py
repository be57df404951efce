"""Light Arabic stems for search: proclitics, enclitic pronouns and number endings off.

A word's *stem* (the ``stem`` column of the full-text index) is a conflation key: forms
of one noun that a reader takes for the same word get the same key. It starts from the
clitic-stripped base (:func:`khabar.text.clitics.strip`, once more after a lone و/ف so
that وبقوات loses its ب too):

1. one enclitic pronoun off — هما هم هن ها ه نا with at least 3 letters left, كما كم كن
   with at least 4 — unless what is left is a particle that takes pronouns (عليه, لديه,
   منه are not forms of على, لدى, من for a reader). A ت before the pronoun is read as a
   taa marbuta (لجنتها → لجنة), so its proclitics are checked on the right word;
2. a frequent news noun with a broken plural (:data:`BROKEN_PLURALS`, curated) takes the
   stem of its singular: جنود → جندي, دول → دولة, مدن → مدينة, قادة → قائد;
3. a final taa marbuta is written ت, because it turns into ت before a pronoun: لجنة and
   لجنتها meet at لجنت;
4. the number endings, each leaving a stem of at least 4 letters:
   - a sound feminine plural ات becomes the taa marbuta's ت: مظاهرات, مظاهرة → مظاهرت;
     اتفاقيات, اتفاقية → اتفاقيت (shorter ones only for :data:`JOINED_PLURALS`: جهات,
     جهة → جهت; not قوات: about half of قوة in the news is strength, بقوة, a quake's
     magnitude), except :data:`KEEP` (names and words whose ت is a root letter:
     الإمارات, الولايات, عرفات, إثبات) and plurals of form V/VI masdars (تطورات,
     تجاوزات: no ة singular, and تطورت is a verb) — the same rule on a singular in ـاة
     keeps its pronoun forms together (مباراة, مباراته → مبارت);
   - a feminine dual تان becomes ت (دولتان → دولت; not ـستان: باكستان);
   - a nisba dual يان loses ان (جنديان → جندي; بيان, كيان are too short);
   - a sound masculine plural or oblique dual ون/ين goes (المسؤولين → مسؤول,
     جنديين → جندي, دولتين → دولت); بوتين, مليون keep theirs;
5. (version 3) the indefinite accusative ا goes before all this (اتفاقاً, اتفاقا →
   اتفاق; هجوما → هجوم; رسميا → رسمي; مكانا → مكان, not مكا + "our"), with at least 3
   letters left, not on a plural verb's وا, a kept pronoun shape (كلها, لدينا), a
   function word (بعدما, مهما, بهذا), a country name (سوريا is not سوري, unless written
   سورياً) or an ا written with hamza (أبدأ: see :func:`written_ending`);
6. (version 3) the construct plural و/ي of a listed noun of people (:data:`HUMAN_NOUNS`:
   مسؤولو, ممثلي → مسؤول, ممثل) and the masculine dual ان of a listed noun
   (:data:`DUAL_NOUNS`: الطرفان → طرف, مسؤولان → مسؤول).

7. (version 4) a final نا is no pronoun "our" after a long vowel (مبينا, مليونا,
   تعاونا, يقينا are مبين, مليون, تعاون, يقين with the accusative ا, as مكانا was in
   version 3; a name in ـينا/ـونا, أثينا, كورونا, is no pronoun form either) nor after a
   listed ن-final stem (:data:`N_STEMS`: مواطنا, مؤمنا, تزامنا); and a proclitic letter
   is not cut from an inflected form of a word whose first letter is its own
   (:func:`_native`: ووزارتا, وكاميرته keep وزار-, كامير- as وزارة, كاميرا do).

No general ان rule (لبنان, إيران, سلطان, رمضان, برلمان, شعبان would lose letters of the
word; hence the list), no general و/ي rule (فيديو, سيناريو; عسكري, مدني are no plurals)
and no verb morphology. Input is text normalised with
:data:`khabar.text.normalize.DEFAULT` (taa marbuta kept, since it decides step 3); the
output uses the matching forms otherwise (ى → ي, أ → ا).

:data:`STEM_VERSION` numbers the rules: a store whose ``stem`` column was built by an
older version is re-indexed by a migration (:mod:`khabar.store.migrations`), and
:func:`stem` can still give the older keys (``version=1``, ``2``) to search such a store
read-only.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text.clitics import analyses, native_initial, strip
from khabar.text.normalize import DEFAULT, normalize

STEM_VERSION = 4  # 1: pronouns, ة → ت, ون/ين (schema 2); 2: + broken plurals, ات, تان, يان
# (schema 3); 3: + accusative tanwin ا, construct plurals و/ي, masculine ان duals (schema 4);
# 4: ن-final stems keep their ن before an accusative ا, clitics of inflected stems (schema 5)
TANWIN = "\u064b"  # fathatan: the indefinite accusative, written on or beside its ا
HAMZA_ALEF = "\u0623"  # أ: a final ا written with hamza is the word's (أبدأ, الأجرأ)

PRONOUNS_3 = ("هما", "هم", "هن", "ها", "نا", "ه")  # at least 3 letters must remain
PRONOUNS_4 = ("كما", "كم", "كن")  # second person: rare in news, so at least 4
PLURALS = ("ون", "ين")  # at least 4 letters must remain
MIN_STEM = 4  # letters a number ending must leave (ات → ت counts the ت)
# Prepositions and particles that take pronouns (matching forms): their pronoun forms
# keep the pronoun so that عليه does not become the very frequent على.
PARTICLES = frozenset(
    "علي الي لدي في من عن مع عند بين حول ضد دون تحت فوق امام خلف بعد قبل ان لكن"
    " لعل ليت كان مثل عبر سوي غير نحو ضمن بدون لاجل حيث منذ".split()
)
# ات plurals of two-letter stems that are safe to join to their singular (جهة, فئة, لغة,
# بنت); ذات, مرات (مرة, مرآة, مرت), صلات (صلاة), سمات (سمت) are not, nor قوات: in 40
# dev-day contexts of قوة, 18 were a force (قوة الطوارئ) and 22 strength (بقوة, زلزال بقوة).
# تظاهرات, توسعات, تلاوات: form V/VI masdar plurals (see :func:`_verb_shaped`) with a ة
# singular (تظاهرة, توسعة, تلاوة).
JOINED_PLURALS = frozenset("جهات فئات لغات بنات تظاهرات توسعات تلاوات".split())
# Words (matching form, feminine ending as ت) whose ات, تان or يان is not a number
# ending: names (الإمارات, الولايات المتحدة, عرفات, السادات, بركات, فرحات, سعدات,
# أدريان), امرأة (its ات form would meet the verb أمرت), masdars whose ت is the root's
# (إثبات, إفلات, إسكات, إنبات, التفات), أخوات (not إخوة), gases (بيوتان is not بيوت),
# كبريات (of كبرى; كبريت is sulphur).
KEEP = frozenset(
    "امارات ولايات عرفات سادات بركات فرحات سعدات امرات اثبات افلات اسكات انبات التفات"
    " اخوات ادريان بيوتان بنتان كبريات".split()
)
# Frequent news nouns with a broken (or irregular) plural, plural → singular (DEFAULT
# forms). Chosen from the nouns most frequent on the dev news day whose plural is not also
# a common other word: أمور (أمر, ordered), أحداث (حدث, happened), عقود (عقد, held), طلاب
# (طالب, demanded), أعوام (عام, general), حدود (حد), أسرى (أسري, domestic) … are left out.
BROKEN_PLURALS: dict[str, str] = dict(pair.split(":") for pair in (
    "جنود:جندي دول:دولة مدن:مدينة قادة:قائد وزراء:وزير شهداء:شهيد رؤساء:رئيس زعماء:زعيم"
    " اعضاء:عضو اطفال:طفل نساء:امرأة رجال:رجل اسلحة:سلاح جرحي:جريح قتلي:قتيل"
    " مصادر:مصدر مناطق:منطقة حقوق:حق ايام:يوم اشهر:شهر شهور:شهر سنوات:سنة"
    " اسواق:سوق اسعار:سعر مدارس:مدرسة مساجد:مسجد منازل:منزل بيوت:بيت صواريخ:صاروخ"
    " احزاب:حزب شعوب:شعب جيوش:جيش اجهزة:جهاز اراضي:ارض عناصر:عنصر خبراء:خبير"
    " سفراء:سفير امراء:امير ملوك:ملك عمال:عامل اطباء:طبيب حوادث:حادث اخبار:خبر"
    " اسباب:سبب اهداف:هدف اموال:مال ارقام:رقم انباء:نبأ ملايين:مليون اشخاص:شخص"
    " مشاريع:مشروع مشروعات:مشروع مواقع:موقع مراكز:مركز شوارع:شارع وسائل:وسيلة"
    " قوانين:قانون جهود:جهد اجانب:اجنبي قبائل:قبيلة شبان:شاب اطراف:طرف اماكن:مكان"
    " ضحايا:ضحية مخاطر:خطر اخطار:خطر تجار:تاجر فنادق:فندق اوقات:وقت اصوات:صوت"
    " الاف:الف نواب:نائب اعمال:عمل افراد:فرد ظروف:ظرف بنود:بند اسماء:اسم طرق:طريق"
    " انظمة:نظام فصائل:فصيل معارك:معركة دوائر:دائرة بلدان:بلد شركاء:شريك وكلاء:وكيل"
    " حلفاء:حليف اعداء:عدو ابناء:ابن قضاة:قاضي قضايا:قضية مسائل:مسألة رسائل:رسالة"
    " اسئلة:سؤال افكار:فكرة اراء:رأي مبادئ:مبدأ انشطة:نشاط مهام:مهمة خطط:خطة"
    " برامج:برنامج بنوك:بنك مصارف:مصرف موارد:مورد شروط:شرط نتائج:نتيجة تقارير:تقرير"
).split())
# Version 3. Nouns of people with a sound masculine plural (DEFAULT forms, singular):
# their construct plural loses the ن (مسؤولو الوزارة, ممثلي الدول → مسؤول, ممثل) and
# their dual its ان (مسؤولان). Chosen from the nouns whose ون plural is frequent on the dev
# news day; left out where the form + ي is another word (مصطفى: مصطفون; مجتمعي).
HUMAN_NOUNS = frozenset(
    "مسؤول مسئول مواطن لاعب مشارك مسلح متمرد مصاب مقاتل مجرم ارهابي مختص باحث مستثمر"
    " متطرف متدرب معتصم ناشط ممثل مغرد محترف مزارع مهندس مسلم متابع محلل متضرر نازح"
    " مدير متخصص مبتعث مراقب مراجع خريج مهاجر مستوطن متشدد محرض فنان منتج مفجر صحفي"
    " صحافي مفتش مرشح مشجع مستهلك محتج مدرب مشرف متطوع متهم مهاجم مستخدم فائز محارب"
    " متقاعد مرابط مجند معارض مهرب منفذ مقيم موظف متظاهر معلم مستشار مراسل مندوب مساعد"
    " موقوف منتسب مبعوث مشتبه مرافق مسافر حوثي سعودي عراقي فلسطيني اسلامي سياسي اعلامي"
    " سوري مصري محب مثقف قيادي مخالف منظم صياد معاون فني".split()
)
# Other masculine nouns frequent in the dual, whose nominative dual ان is cut (طرفان,
# جانبان, يومان). No general ان rule: لبنان, إيران, سلمان, عدنان (عدن), عمران (عمر), شعبان
# (شعب), طالبان (the Taliban, not two students), مهرجان, إنسان are words or names.
DUAL_NOUNS = frozenset(
    "طرف جانب شخص يوم عام شهر اسبوع فريق نوع فرد جهاز شاب تيار تفجير هدف هجوم مركز مؤشر"
    " رجل طفل ابن صديق شقيق منتخب وزير رئيس امير نائب حزب قسم خيار موقع مصدر قرار اتفاق"
    " مشروع تنظيم تقرير حادث انفجار صاروخ سجين قتيل جريح اسير شهيد مجلس فصيل برنامج"
    " قطار مليون الف موضوع ملف سؤال عنصر مسار محور طريق مطار منزل بيت جسر".split()
) | HUMAN_NOUNS
# Version 4. Stems ending in ن whose accusative is written ـنا (tanwin unwritten), a shape
# the pronoun "our" also has (بلادنا): participles and adjectives of ن-final roots
# (مؤمن, ممكن, معلن, مطمئن, مزمن; not آمن: امنا is also آمنّا "we believed" and أمّنا
# "our mother"), masdars of forms V/VI (تزامن, تضامن, توازن, تمكن, تحسن) and nouns; with the
# nouns of people and duals above that end in ن (مواطن). After a long vowel (ـينا, ـونا)
# no list is needed (see :func:`_na_stem`).
N_STEMS = frozenset(
    "مؤمن ممكن معلن متضامن مستوطن متزامن مطمئن مدمن متمكن محصن مسكن ساكن كامن باطن ضامن"
    " متوازن مزمن مبطن متقن متفنن مخزن موطن ممتن محسن متزن معدن مؤذن مكمن ساخن راهن"
    " متمدن مدجن معاين متباين مهين تزامن تضامن توازن تمكن تحسن تفنن تمدن تدين تعاون"
    " تباين تهاون"
    # ـين stems (ـينا after a ي is no pronoun only for these and مُفعِل: مبين, معين)
    " يقين سجين ثمين امين يمين حزين متين عجين رهين جنين كمين دفين تامين تعيين تحصين"
    " تمكين تدشين تحسين تكوين تدوين تلوين تزيين".split()
) | {n for n in HUMAN_NOUNS | DUAL_NOUNS if n.endswith("ن")}
# Words whose final ا is no accusative ending: function words (بعدما is not بعدم, مهما
# not مهم, بهذا not بهذه), a few nouns in ـيا (and every ـلوجيا), country and region names (سوريا is not سوري, روسيا not روسي; a
# written tanwin, سورياً, still marks the accusative of the adjective).
A_WORDS = frozenset(
    "بعدما عندما بينما مهما كلما طالما حيثما مثلما ربما انما كيفما قبلما ريثما لاسيما"
    " سيما حينما اينما فيما مما بما لما كما عما اما ايما كانما هذا ماذا لماذا هكذا لذا"
    " اذا كذا"
    # feminine elatives in ـيا (عليا: المحكمة العليا is not علي); كلا (both: بكلا is
    # not بكل), غدا (tomorrow: وغدا is not وغد)
    " عليا دنيا كلا غدا"
    # fixed adverbs, no longer read as the noun's case: طبقاً, تبعاً (according to) are
    # not طبق (a dish), تبع (followed); قدماً (forward) not قدم (a foot); سوياً (together)
    # not سوى (but); قلما (rarely) not قلم
    " طبقا تبعا قدما سويا قلما"
    # nouns whose ا is the word's: ـيا nouns are not the adjective in ـي (جغرافيا,
    # جغرافي); loanwords (سينما, كاميرا would meet ون plurals: الكاميرون)
    " جغرافيا اكاديميا مافيا فوبيا بكتيريا ميليشيا سينما كاميرا دراما اوبرا فيزا بيتزا"
    " ميديا كوتا".split()
)
A_NAMES = frozenset(  # the one-word country names of khabar.gazetteer.countries in ـا
    "اثيوبيا ارمينيا اروبا اريتريا اسبانيا استراليا استونيا البانيا المانيا النمسا امريكا"
    " اميركا انتاركتيكا اندورا اندونيسيا انغولا انغويلا اوتاوا اوغندا اوكرانيا ايرلندا"
    " ايسلندا ايطاليا برمودا بريطانيا بلجيكا بلغاريا بنما بوتسوانا بولندا بوليفيا تركيا"
    " تنزانيا تونغا جامايكا جورجيا دومينيكا رواندا روسيا رومانيا زامبيا ساموا سريلانكا"
    " سلوفاكيا سلوفينيا سوريا سويسرا صربيا غامبيا غانا غرينادا غواتيمالا غيانا غينيا فرنسا"
    " فنزويلا فنلندا كرواتيا كمبوديا كندا كوبا كوستاريكا كولومبيا كينيا لاتفيا ليبيا"
    " ليبيريا ليتوانيا مالطا ماليزيا منغوليا موريتانيا مولدوفا ميكرونيزيا ناميبيا نيجيريا"
    " نيكاراغوا نيوزيلندا هنغاريا هولندا"
    # regions, cities in ـيا (a reader does not take بولونيا for بولوني), the Pope
    " اسيا افريقيا اوروبا كوريا دنيا صوفيا بولونيا كولونيا مرسيليا فالنسيا فيلادلفيا"
    " كاليفورنيا فيرجينيا فرجينيا بابا".split()
)


def _default(word: str) -> str:
    return normalize(word, DEFAULT).text


# plural (matching form, as looked up) → singular (DEFAULT form: its stem is taken) and
# the singular's written ending (مبدأ: its ا carries a hamza, no accusative)
_BROKEN = {_default(p).replace("ة", "ه"): (_default(s), HAMZA_ALEF if s.endswith(HAMZA_ALEF) else "")
           for p, s in BROKEN_PLURALS.items()}


# Version 4. Endings of inflected forms of a listed word (matching form, ة written ه) and
# what the listed form has in their place: the duals وزارتا, وزارتان, وزارتين and the
# plural وزارات of وزارة; a ة-spelling of a loanword whose plural is listed (كاميرة,
# كاميرته: كاميرات). Only these: the list (built from corpus counts) holds stray forms
# (بامكان, بادو, وتوحيدا), and the more endings are tried, the more often a real
# proclitic meets one of them (ب + إمكانات, و + تكرار would keep their ب, و).
_INFLECTIONS = (
    ("تان", "ه"), ("تين", "ه"), ("تا", "ه"), ("ه", "ات"),
)


def _native(word: str) -> bool:
    """Whether the first letter of ``word`` (matching form) is the stem's own: the word
    is listed (``resources/text/native_initial.txt``), is an inflection of a listed
    word (:data:`_INFLECTIONS`, at least 4 letters: وزارتا of وزاره; not after ال, which
    is the article: والصفات) or a particle with a pronoun (لدينا, لديهم: not ل + دينا)."""
    native = native_initial()
    if word in native:
        return True
    if any(word.endswith(p) and word[: -len(p)] in PARTICLES for p in PRONOUNS_3 + PRONOUNS_4):
        return True
    for suffix, listed in _INFLECTIONS:
        if word.endswith(suffix):
            lemma = word[: len(word) - len(suffix)] + listed
            if len(lemma) >= 4 and lemma[1:3] != "ال" and lemma in native:
                return True
    return False


@lru_cache(maxsize=200_000)
def _strip(word: str, version: int = STEM_VERSION) -> tuple[str, str]:
    """:func:`khabar.text.clitics.strip`; from version 4 a letter is not cut where the
    rest is an inflection of a word whose first letter is its own (:func:`_native`)."""
    return strip(word) if version < 4 else strip(word, _keeps)


def _keeps(word: str, prefix: str) -> bool:
    """As clitics.strip's test, but the inflected forms of a listed word count (ووزارتا,
    وكاميرته)."""
    return _native(word) or any(word[i:] in native_initial() for i in range(1, len(prefix)))


def _listed_whole(word: str) -> bool:
    """Whether ``word`` keeps its first letter by the list (:func:`_native`), and not
    only as a listed و/ف + word + ا (وتكرارا, وتعاونا are listed: a conjunction on an
    accusative), but a listed loanword (كورونا, فلوريدا) or an inflection (ووزارتا)."""
    if not _native(word):
        return False
    return not (word[0] in "وف" and word in native_initial() and word.endswith("ا"))


def _base(word: str, version: int = STEM_VERSION) -> str:
    """The clitic-stripped base; after a lone conjunction also a preposition (وبقوات)."""
    prefix, base = _strip(word, version)
    if prefix in ("و", "ف"):
        base = _strip(base, version)[1]
    return base


def _na_stem(rest: str, version: int) -> bool:
    """Whether a final نا after ``rest`` is the stem's ن and the accusative ا, not the
    pronoun "our": after an ا (version 3: مكانا, أحيانا), after a long ي/و (version 4:
    مبينا, مليونا, تعاونا; names أثينا, كورونا) or after a listed ن-final stem (version 4:
    :data:`N_STEMS`, مواطنا). Not on a particle's pronoun form (علينا, لدينا)."""
    if version < 3:
        return False
    if rest.endswith("ا"):
        return True
    if version < 4 or any(c in PARTICLES for p, c in analyses(rest) if p in ("", "و", "ف")):
        return False
    if _base(rest + "ن", version) in N_STEMS:
        return True
    # ـونا; ـينا only as مُفعِل of a hollow root (مبين, معين, مهين): a ي before نا is as
    # often a verb's (قضينا, يعطينا, تمنينا) or a noun's (تهانينا, ماضينا, أراضينا).
    # A three-letter word keeps it (سينا, دينا, كونا are names as often as not).
    base = _base(rest, version)
    return len(base) >= 3 and (base.endswith("و") or len(base) == 3 and base[0] == "م"
                               and base[2] == "ي")


def _without_pronoun(word: str, version: int = STEM_VERSION,
                     ending: str = "") -> tuple[str, bool, bool]:
    """``(word without one enclitic pronoun, feminine, pronoun)`` in matching form (ة
    written ه); ``feminine``: it ends in a taa marbuta (a ت before the pronoun counts);
    ``pronoun``: a pronoun was removed. Version 3: no نا after an ا — مكانا, أحيانا are
    مكان, أحيان with the accusative ا, not مكا, أحيا + "our" — and no pronoun on a word
    written with tanwin (``ending``, see :func:`written_ending`: معلناً, اتجاهاً)."""
    matching = word.replace("ة", "ه")
    if word.endswith("ة"):
        return matching, True, False
    if version >= 3 and ending == TANWIN:
        return matching, False, False
    for suffixes, keep in ((PRONOUNS_3, 3), (PRONOUNS_4, 4)):
        suffix = next((s for s in suffixes if matching.endswith(s)), None)
        if suffix is None:
            continue
        rest = matching[: -len(suffix)]
        if suffix == "نا" and _na_stem(rest, version):
            break
        # لجنتها: the ت was a taa marbuta; the proclitic check sees لجنه (a known word).
        feminine = rest.endswith("ت") and not rest.endswith("ات")
        if feminine:
            rest = rest[:-1] + "ه"
        base = _base(rest, version)
        # version 4: a particle after a conjunction too (ولدينا is و + لدينا)
        particle = base in PARTICLES or version >= 4 and any(
            c in PARTICLES for p, c in analyses(rest) if p in ("و", "ف"))
        if len(base) >= keep and not particle:
            return rest, feminine, True
        break
    return matching, False, False


def _verb_shaped(word: str) -> bool:
    """A masdar of form V (تفعّل: تطور) or VI (تفاعل: تجاوز): its ات plural has no ة
    singular, and the word + ت is the verb's perfect (تطورت, تجاوزت), not a noun."""
    if not word.startswith("ت") or word.endswith("ي"):
        return False
    return len(word) == 4 or (len(word) == 5 and word[2] == "ا")


def _feminine_plural(core: str) -> str | None:
    """ات → ت (step 4), or ``None`` when the rule does not apply."""
    if not core.endswith("ات") or core in KEEP:
        return None
    if core in JOINED_PLURALS:
        return core[:-2] + "ت"
    if len(core) - 1 >= MIN_STEM and not _verb_shaped(core[:-2]):
        return core[:-2] + "ت"
    return None


def _accusative(rest: str, core: str, ending: str, version: int = STEM_VERSION) -> bool:
    """Whether the final ا of ``core`` (the base of ``rest``) is the indefinite accusative
    ending: at least 3 letters left; not a plural verb's وا; no pronoun shape that was
    kept (قبلها, كلها, لدينا, كلنا, منهما — but مكانا, أحيانا: no نا after an ا, see
    :func:`_without_pronoun`) unless the tanwin is written (آمناً); no function word
    (بعدما, مهما, بهذا); no country name (سوريا) and no article (العليا: tanwin and ال
    exclude each other) unless the tanwin is written (سورياً, the adjective); not when
    the ا was written with hamza (``ending`` أ: أبدأ, الأجرأ, whose normal form ends in ا)."""
    if ending == HAMZA_ALEF or not core.endswith("ا") or len(core) < 4:
        return False
    if core.endswith(("وا", "اا", "هما", "كما")):
        return False
    if ending != TANWIN and (core.endswith("ها") or core.endswith("نا")
                             and not _na_stem(rest[:-2], version)):
        return False
    if any(c in A_WORDS or c.endswith("وجيا") for _, c in analyses(rest)):
        return False
    if ending == TANWIN:
        return True
    return not _definite(rest, version) and not any(c in A_NAMES for _, c in analyses(rest))


def _definite(word: str, version: int = STEM_VERSION) -> bool:
    """Whether :func:`_base` takes the article ال off ``word``: no tanwin then (العليا,
    الدنيا, السينما end in ا of the word). Costs the words whose ال is theirs
    (التزاما, ألغاما written without hamza) their accusative."""
    prefix, base = _strip(word, version)
    if prefix in ("و", "ف"):
        prefix = _strip(base, version)[0]
    return prefix.endswith(("ال", "لل"))


def _key(word: str, version: int, ending: str = "", bare: bool = False) -> tuple[str, str]:
    """``(stem, rule that gave it)`` (see :func:`stem`; the rule names are for measurement).
    ``bare``: ``word`` is already a clitic-stripped base (not stripped again)."""
    rest, feminine, pronoun = _without_pronoun(word, version, ending)
    if version >= 2:
        # least stripped first (الاف before ال + اف); not after the future marker س, which
        # only verbs take (سامراء is not س + امراء)
        for prefix, candidate in analyses(rest):
            if candidate in _BROKEN and "س" not in prefix:
                singular, singular_ending = _BROKEN[candidate]
                return stem(singular, version, singular_ending), "broken plural"
    base = rest if bare else _base(rest, version)
    core = base[:-1] + "ت" if feminine else base
    if version >= 3 and not (feminine or pronoun) and _accusative(rest, core, ending, version):
        rule = "tanwin ا" + (" (written)" if ending == TANWIN else "")
        if version >= 4 and _listed_whole(base) and not _native(base[:-1]):
            # a listed word keeps its first letter without the ا too: كورونا is no ك + ورون
            return _key(base[:-1], version, bare=True)[0], rule
        return stem(rest[:-1], version), rule
    if version < 2:
        if not (feminine or pronoun):
            for suffix in PLURALS:
                if core.endswith(suffix) and len(core) - len(suffix) >= MIN_STEM:
                    return core[: -len(suffix)], "ون/ين"
        return core, "ة" if feminine else "none"
    plural = _feminine_plural(core)
    if plural is not None:
        return plural, "ات on a ـاة singular" if feminine else "ات"
    if feminine or core in KEEP:
        return core, "ة" if feminine else "kept"
    if core.endswith("تان") and not core.endswith("ستان") and len(core) - 2 >= MIN_STEM:
        return _feminine_plural(core[:-2]) or core[:-2], "تان"  # دولتان → دولت
    if core.endswith("يان") and len(core) - 2 >= MIN_STEM:
        return core[:-2], "يان"  # جنديان → جندي
    for suffix in PLURALS:
        if core.endswith(suffix) and len(core) - len(suffix) >= MIN_STEM:
            short = core[: -len(suffix)]
            # مباراتين → مبارت, as مباراة
            return _feminine_plural(short) or short, "ون/ين after a pronoun" if pronoun else "ون/ين"
    if version >= 3:
        if core.endswith("ان") and core[:-2] in DUAL_NOUNS:
            return core[:-2], "ان dual"  # طرفان → طرف
        if core.endswith(("و", "ي")) and core[:-1] in HUMAN_NOUNS:
            return core[:-1], "construct " + core[-1]  # مسؤولو, ممثلي → مسؤول, ممثل
    return core, "none"


@lru_cache(maxsize=200_000)
def stem(word: str, version: int = STEM_VERSION, ending: str = "") -> str:
    """The search stem of a ``DEFAULT``-normalised word (see the module docstring).

    ``version=1``: the keys of the first stem column (schema version 2), without broken
    plurals and without the ات, تان, يان rules; ``version=2``: the keys of schema version
    3, without the version-3 rules. ``ending``: what the written word showed that
    normalisation removed (:func:`written_ending`): a tanwin (its final ا is then the
    accusative even on a name-like form: سورياً → سوري) or a hamza on the final ا.
    """
    return _key(word, version, ending)[0]


def written_ending(surface: str) -> str:
    """:data:`TANWIN` if a word is written with the accusative tanwin, :data:`HAMZA_ALEF`
    if it ends in أ, else ``""`` (the hints :func:`stem` takes from the written form)."""
    if TANWIN in surface:
        return TANWIN
    return HAMZA_ALEF if surface.rstrip(_MARKS).endswith(HAMZA_ALEF) else ""


_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"  # diacritics, tatweel


@lru_cache(maxsize=200_000)
def surface_stem(surface: str, version: int = STEM_VERSION) -> str:
    """The search stem of a token as written (normalised here; see :func:`written_ending`)."""
    return stem(normalize(surface, DEFAULT).text, version, written_ending(surface))


def _rule(word: str, version: int = STEM_VERSION, ending: str = "") -> str:
    """The step that gives ``word`` its key under the rules of ``version`` (for measurement)."""
    return _key(word, version, ending)[1]


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.store.stems NEWS [--against V] [--sample RULE N SEED]``: what the
    current rules change against version ``V`` (default: the previous one) on the words of
    a news file (title + text of every record; a word written with tanwin or final أ counts apart)."""
    import argparse
    import random
    from collections import Counter, defaultdict

    from khabar.io.readers import read_records
    from khabar.text.tokenize import tokenize

    parser = argparse.ArgumentParser(prog="python -m khabar.store.stems")
    parser.add_argument("news")
    parser.add_argument("--against", type=int, default=STEM_VERSION - 1)
    parser.add_argument("--sample", nargs=3, metavar=("RULE", "N", "SEED"))
    args = parser.parse_args(argv)
    words: Counter = Counter()  # (DEFAULT form, written ending) → tokens
    for rec in read_records(args.news):
        for part in (rec.get("title") or "", rec.get("text") or ""):
            words.update((_default(t.text), written_ending(t.text))
                         for t in tokenize(part) if t.kind == "word")
    # the written ending (tanwin, final أ) counts from version 3 on, as in the index
    old = {w: stem(w[0], args.against, w[1] if args.against >= 3 else "") for w in words}
    new = {w: stem(w[0], STEM_VERSION, w[1]) for w in words}
    members = defaultdict(set)
    for w in words:
        members[new[w]].add(w)
    print(f"{len({w for w, _ in words})} distinct words ({len(words)} with written endings);"
          f" keys: version {args.against} {len(set(old.values()))},"
          f" version {STEM_VERSION} {len(members)}")
    by_rule = defaultdict(list)
    for w in words:
        if old[w] != new[w]:
            by_rule[_rule(w[0], STEM_VERSION, w[1])].append(w)
    joins: dict[str, dict[tuple[str, str], set[str]]] = {}
    for rule, changed in sorted(by_rule.items(), key=lambda x: -len(x[1])):
        joins[rule] = defaultdict(set)
        for w in changed:
            for o in members[new[w]]:
                if old[o] != old[w]:
                    joins[rule][(old[w], new[w])].add(old[o])
        meeting = sum(1 for w in changed if (old[w], new[w]) in joins[rule])
        pairs = {frozenset((a, b)) for (a, _), bs in joins[rule].items() for b in bs}
        print(f"{rule}: {len(changed)} words change key ({sum(words[w] for w in changed)} tokens),"
              f" {meeting} now meet words of another version-{args.against} key;"
              f" version-{args.against} keys joined: {len(pairs)}")
    if args.sample:
        rule, n, seed = args.sample[0], int(args.sample[1]), int(args.sample[2])
        pairs = sorted(joins.get(rule, {}))
        for a, b in random.Random(seed).sample(pairs, min(n, len(pairs))):
            print(f"  {a} → {b}: meets {', '.join(sorted(joins[rule][(a, b)]))}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

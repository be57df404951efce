"""Sense families of the 14 audited types (issue #6): trigger words that name no act
of their type here. Read by :func:`khabar.extract.events.triggers._other_sense`; each family is a
word class from general usage, found through the blind sample ``s13_blind.tsv`` or the
session-11 open list, never a sampled sentence's words:

- «طالب» the noun "student, seeker" where the verb "demanded" cannot stand: after a preposition
  or the «بن» of a name (عن طالب سعودي، ابن أبي طالب), or before an indefinite demonym (طالب
  سعودي مبتعث, a verb takes no indefinite adjective as its subject);
- «إدانة» after a word of proof (من يثبت إدانته، بعد ثبوت الإدانة): being found guilty, no
  condemnation;
- a visit by the public (داعيا الراغبين في الالتحاق إلى زيارة مقر الجمعية، يمكن للمراجعين زيارة
  الفرع): a customer's or an applicant's errand, no meeting of actors;
- (second round) the writer's relative as the subject of a verb trigger (ابنة أختي انتقدت
  الفيلم): a private anecdote;
- (third round, read in the fresh sample) «اللجوء ل…» resorting to; «خوض اللقاء» a match; support
  of a view (يؤيد هذه الرؤية); applying for one's own resignation (تقدم بطلب استقالته);
- (session 14, the blind sample ``s14_blind.tsv``) a standing rule's text — a legal power, a
  procedure, a requirement (:func:`standing_rule`) — and an act told of a class, not of a party
  (:func:`generic_class`);
- (session 14, second round) administrative detention named as a practice (:func:`detention_practice`),
  a stance against a vice (:func:`stance_against_vice`), the words of condemnation as such
  (:func:`condemnation_words`);
- (session 15) an assistant's title (:func:`assistant_title`), a columnist's farewell
  (:func:`farewell`), «وعدة»/«وعدت إلى» (:func:`not_a_promise`);
- (session 16) «طالب» with no complement in its sentence (:func:`student`), an act told of
  «من» "whoever" (:func:`told_of_whoever`), a visit or meeting restated by reference in the
  sentence that reports it (:func:`restated_meeting`);
- (session 17, :mod:`.trigger_senses17`) «إنذار» that is no ultimatum, a prayer with its subject
  between, an inspection tour, a company's general assembly, manoeuvres that are no exercise, the
  inquiry named as a unit or a place, a truce named as a thing;
- (session 19, :mod:`.trigger_senses19`) an office's, a title's or a standing body's name, an
  existing agreement or truce held to, sanctions named as the state a party lives under.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from khabar.document import Token
from khabar.extract.events.trigger_lemmas import ASYLUM_LEMMAS, VISIT_LEMMAS
from khabar.extract.events.trigger_senses16 import restated_meeting, told_of_whoever
from khabar.extract.events.trigger_senses17 import session17_sense
from khabar.extract.events.trigger_senses18 import session18_sense
from khabar.extract.events.trigger_senses19 import session19_sense
from khabar.extract.events.trigger_senses24 import session24_sense
from khabar.extract.events.walk import CLAUSE_BREAKS, words_back
from khabar.text.normalize import match_form

_PUNCT_BREAKS = CLAUSE_BREAKS

STUDENT_LEMMAS = frozenset(match_form(w) for w in ("طالب",))
# A preposition or a name's «بن» before it: the noun (عن طالب، بن طالب) — not من/ما (من طالب
# بالإفراج "whoever demanded").
NOUN_BEFORE = frozenset(match_form(w) for w in (
    "عن على إلى الى في مع لدى عند بن ابن بنت وعن وعلى والى وفي ومع"
).split())
PLURAL_ENDINGS = ("ون", "ين", "ات", "ة", "ه")

CONVICTION_LEMMAS = frozenset(match_form(w) for w in ("إدانة", "أدان"))  # إدانته is also أدانته
PROOF = frozenset(match_form(w) for w in "ثبت ثبتت يثبت تثبت ثبوت بثبوت لثبوت وثبوت يثبتون".split())
PROOF_REACH = 2  # words between the word of proof and the condemnation noun

PUBLIC = frozenset(match_form(w) for w in (
    "الراغبين الراغبات الراغبون راغبين المراجعين المراجعات المراجعون العملاء عملاء للعملاء "
    "الجمهور للجمهور الزوار للزوار الزائرين المتقدمين المتقدمات للمتقدمين المتسوقين المستفيدين "
    "المستفيدات للمستفيدين المهتمين المهتمات للمهتمين والمهتمين المشتركين للمشتركين"
).split())
PUBLIC_REACH = 8  # words from the public noun to the visit, in one clause


def _demonym(tok: Token) -> bool:
    """An indefinite singular demonym (سعودي، مصري): the gazetteer's adjective form."""
    from khabar.gazetteer.countries import lookup  # the shared country gazetteer

    if tok.kind != "word" or tok.norm.startswith("ال") or tok.norm.endswith(PLURAL_ENDINGS):
        return False
    found = lookup(tok.text)
    return found is not None and found.kind == "adj"


# Session 16 (evt16): the verb «طالب» "demanded" always takes its complement — «طالب بـ…»، «طالب
# الحكومة بـ…»، «طالب أن»، «طالب إلى» — so a «طالب» with no ب- or ل-marked word, no «أن» and no «إلى»
# after it in its sentence is the noun: «تقبل أقل معدل يمكن أن يحصل عليها طالب.»، «طالب علم وطالب مال.»
COMPLEMENTS = frozenset(match_form(w) for w in "أن ان بأن بان وأن وان إلى الى وإلى والى".split())


def _has_complement(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word after ``i`` in the sentence can be the complement of the verb «طالب»."""
    for t in tokens[i + 1:]:
        if t.kind != "word":
            continue
        bare = t.norm[1:] if t.norm[:1] in ("و", "ف") and len(t.norm) > 3 else t.norm
        if t.norm in COMPLEMENTS or bare.startswith(("ب", "ل")):
            return True
    return False


def student(tokens: Sequence[Token], i: int, prefix: str, kind: str, lemma: str) -> bool:
    """«طالب» read as the noun (see the module docstring)."""
    if lemma not in STUDENT_LEMMAS or kind != "v" or prefix not in ("", "و", "ف"):
        return False
    if tokens[i].norm[len(prefix):] in STUDENT_LEMMAS and not _has_complement(tokens, i):
        return True  # the bare form only: «تطالب الانتقام» (the ب dropped) is the verb
    if prefix:
        return False
    if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].norm in NOUN_BEFORE:
        return True
    return i + 1 < len(tokens) and _demonym(tokens[i + 1])


def student_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether the bare «طالب» at ``j`` is the noun (:func:`student`): no call word then, so the
    act after it is not demanded (لقي طالب سعودي مبتعث مصرعه reports a death)."""
    return tokens[j].norm in STUDENT_LEMMAS and student(tokens, j, "", "v", tokens[j].norm)


# (session 14) a court's verdict before it (حكماً ابتدائياً يقضي بإدانة مواطن، محكمة الاستئناف أكدت
# إدانته، حكم على التاجر بالإدانة): the conviction — SANCTION's, no condemnation.
VERDICT = frozenset(match_form(w) for w in (
    "حكما حكم الحكم يقضي تقضي قضت قضى المحكمة محكمة القاضي القضاء"
).split())
VERDICT_REACH = 6


def convicted(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """«إدانة» right after a word of proof, at most :data:`PROOF_REACH` words before it, or a
    court's verdict in its clause at most :data:`VERDICT_REACH` words before it."""
    if lemma not in CONVICTION_LEMMAS:
        return False
    words = [t for t in tokens[max(0, i - PROOF_REACH): i] if t.kind == "word"]
    if any(t.norm in PROOF for t in words):
        return True
    return any(tokens[j].base in VERDICT or tokens[j].norm[:1] in ("و", "ف") and tokens[j].norm[1:] in VERDICT
               for j in words_back(tokens, i, VERDICT_REACH, _PUNCT_BREAKS))


def public_visit(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """A visit whose visitors are the public, named before it in its clause."""
    if lemma not in VISIT_LEMMAS:
        return False
    return any(tokens[j].norm in PUBLIC for j in words_back(tokens, i, PUBLIC_REACH, _PUNCT_BREAKS))


# Session 13, second round: a relative of the writer as the subject (ابنة أختي انتقدت الفيلم، قال لي
# صديقي إنه رفض العرض، زوجتي تطالبني): a private anecdote, no act between parties — a kin noun with
# the first-person possessive at most KIN_REACH words before a verb trigger in its clause (not أبي,
# also a kunya: علي بن أبي طالب).
MY_KIN = frozenset(match_form(w) for w in (
    "ابني ابنتي أخي اخي أختي اختي زوجتي زوجي والدي والدتي أمي امي صديقي صديقتي جدي جدتي عمي "
    "عمتي خالي خالتي ابني ولدي أولادي اولادي أبنائي ابنائي بناتي أصدقائي اصدقائي"
).split())
KIN_REACH = 4


def my_kin(tokens: Sequence[Token], i: int, kind: str) -> bool:
    """A verb trigger whose subject is the writer's relative (see :data:`MY_KIN`)."""
    if kind not in ("v", "x", "w"):
        return False
    return any(tokens[j].norm in MY_KIN for j in words_back(tokens, i, KIN_REACH, _PUNCT_BREAKS))


# Session 13, third round (families read in the fresh sample s13_fresh.tsv, so not measured blind):
# «اللجوء» + a ل-marked word that is no country is "resorting to" (دون اللجوء للتشهير، اللجوء لهذه
# العقوبة، اللجوء للقضاء) — the إلى case is triggers.tsv's `!to@1`; not the ل of asylum's receivers
# (منحت ألمانيا اللجوء لآلاف السوريين);
GRANT = frozenset(match_form(w) for w in (
    "منح منحت منحه منحها منحهم يمنح تمنح يمنحون ومنح ومنحت إعطاء اعطاء أعطى اعطى حق بحق"
).split())
RECEIVERS = frozenset(match_form(w) for w in (
    "للاجئين لاجئين للمهاجرين لمهاجرين لآلاف لالاف للسوريين لسوريين للعراقيين للنازحين لنازحين"
).split())
ADVERBS = frozenset(match_form(w) for w in "مباشرة فورا مجددا أيضا ايضا دائما احيانا أحيانا".split())
# a meeting noun after «خوض» (to play, to contest: لخوض اللقاء، خاض الفريق اللقاء) is a match;
MEET_LEMMAS = frozenset(match_form(w) for w in ("لقاء",))
CONTEST = frozenset(match_form(w) for w in (
    "خوض لخوض بخوض وخوض يخوض تخوض نخوض خاض خاضت خاضوا يخوضون"
).split())
# support of a view (ويؤيد هذه الرؤية عضو جمعية الاقتصاد، أيد الرأي القائل): a shared opinion, no
# political support — a view noun right after the trigger, or after a demonstrative;
SUPPORT_VIEW_LEMMAS = frozenset(match_form(w) for w in ("أيد", "تأييد"))
VIEWS = frozenset(match_form(w) for w in (
    "رأي الرأي رأيه رأيها رأيهم رأيي وجهة القول قوله المقولة مقولة الطرح طرحه نظريته النظرية"
).split())
VIEWS_AFTER_DEMONSTRATIVE = VIEWS | frozenset(match_form(w) for w in (
    "الرؤية الفكرة التحليل القراءة التوقعات الفرضية".split()))
DEMONSTRATIVE = frozenset(match_form(w) for w in "هذا هذه ذلك تلك".split())
# applying for one's own resignation (تقدم بطلب استقالته، قدمت طلب إعفائها): the act is the
# resignation, no request between parties — «طلب الرئيس استقالته» (of another) stays.
REQUEST_LEMMAS = frozenset(match_form(w) for w in ("طلب",))
SUBMIT = frozenset(match_form(w) for w in (
    "تقدم تقدمت تقدموا يتقدم تتقدم قدم قدمت قدموا يقدم تقدم تقديم بتقديم التقدم"
).split())
SUBMIT_REACH = 5
OWN_LEAVE = frozenset(match_form(w) for w in (
    "استقالته استقالتها استقالتهم استقالتي إعفائه اعفائه إعفائها اعفائها إعفاءه اعفاءه تقاعده تقاعدها"
).split())


# (evt13b) «لجوء» with its subject or an adverb before «إلى» (لجوء مؤسسة النقد إلى تنفيذ أي إجراء،
# باللجوء بسرعة وبشعور المذنب إلى الانتخابات) resorts too — not when «إلى» leads to a country, a
# city or a word for countries (لجوء السوريين إلى ألمانيا، طلبات لجوء إلى دول أوروبية).
TO = frozenset(match_form(w) for w in "إلى الى".split())
RESORT_REACH = 5  # words between «لجوء» and «إلى»
LANDS = frozenset(match_form(w) for w in "دول الدول بلدان البلدان بلد دولة أوروبا اوروبا الخارج".split())


def _resorted_to(tokens: Sequence[Token], i: int) -> bool:
    """«لجوء» + up to :data:`RESORT_REACH` words + «إلى» + no land (see :data:`TO`)."""
    from khabar.gazetteer import countries, places  # the shared gazetteers

    for j in range(i + 1, min(len(tokens) - 1, i + RESORT_REACH + 2)):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if tok.norm in TO:
            nxt = tokens[j + 1]
            return nxt.kind == "word" and nxt.norm not in LANDS \
                and countries.lookup(nxt.text) is None and places.lookup(nxt.text) is None
    return False


def resorted(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """«اللجوء» + ل + a word that is no country (see :data:`ASYLUM_LEMMAS`), or «لجوء» + its
    subject + «إلى» + no land (:func:`_resorted_to`)."""
    from khabar.gazetteer.countries import lookup  # the shared country gazetteer

    if lemma not in ASYLUM_LEMMAS:
        return False
    if _resorted_to(tokens, i):
        return True
    k = i + 1
    if k < len(tokens) and tokens[k].norm in ADVERBS:
        k += 1  # دون اللجوء مباشرة للتشهير
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    nxt = tokens[k]
    if not nxt.norm.startswith("ل") or nxt.norm.startswith("لدي") or nxt.norm in RECEIVERS:
        return False
    if any(t.kind == "word" and t.norm in GRANT for t in tokens[max(0, i - 3): i]):
        return False  # منحت ألمانيا اللجوء لآلاف السوريين: the ل of its receivers
    rest = nxt.text[1:]
    return lookup(rest) is None and lookup("ال" + rest) is None


def third_round(tokens: Sequence[Token], i: int, prefix: str, type_: str, lemma: str) -> bool:
    """The third-round families above."""
    after = [t for t in tokens[i + 1: i + 3] if t.kind == "word"]
    if type_ == "AID":
        return resorted(tokens, i, lemma)
    if type_ == "CONSULT":
        return lemma in MEET_LEMMAS and any(t.norm in CONTEST for t in tokens[max(0, i - 3): i]
                                            if t.kind == "word")
    if type_ == "SUPPORT" and lemma in SUPPORT_VIEW_LEMMAS and after:
        if after[0].norm in VIEWS:
            return True
        return after[0].norm in DEMONSTRATIVE and len(after) > 1 \
            and after[1].norm in VIEWS_AFTER_DEMONSTRATIVE
    if type_ == "REQUEST" and lemma in REQUEST_LEMMAS and prefix in ("", "ب") and after \
            and after[0].norm in OWN_LEAVE:
        before = []  # the submitting verb, its subject between (تقدم عضو مجلس الإدارة بطلب استقالته)
        for t in reversed(tokens[max(0, i - SUBMIT_REACH): i]):
            if t.kind != "word":
                break
            before.append(t)
        return any(t.norm in SUBMIT or t.norm[:1] in ("و", "ف") and t.norm[1:] in SUBMIT for t in before)
    return False


def other_sense_family(tokens: Sequence[Token], i: int, prefix: str, type_: str, kind: str,
                  lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-13 and
    session-14 senses that name no act of ``type_``."""
    if my_kin(tokens, i, kind) or third_round(tokens, i, prefix, type_, lemma):
        return True
    if told_of_whoever(tokens, i, kind) or restated_meeting(tokens, i, prefix, type_, lemma):
        return True
    if standing_rule(tokens, i, prefix) or generic_class(tokens, i, prefix, kind, lemma):
        return True
    if session17_sense(tokens, i, prefix, type_, kind, lemma) or session18_sense(tokens, i, type_, lemma) \
            or session19_sense(tokens, i, prefix, type_, lemma) or session24_sense(tokens, i, type_, lemma):
        return True
    if type_ == "REQUEST":
        return student(tokens, i, prefix, kind, lemma)
    if type_ == "ACCUSE":
        return convicted(tokens, i, lemma) or condemnation_words(tokens, i)
    if type_ == "CONSULT":
        return public_visit(tokens, i, lemma) or farewell(tokens, i, lemma)
    if type_ == "COERCE":
        return detention_practice(tokens, i, lemma)
    if type_ == "REJECT":
        return stance_against_vice(tokens, i, lemma)
    if type_ == "AID":
        return assistant_title(tokens, i, prefix, lemma)
    if type_ == "AGREE":
        return not_a_promise(tokens, i, lemma)
    return False


# - **«وعد» that is no promise**: «وعدة» is و + «عدة» "and several" (وعدة مقار، وعدة وزارات: a
#   promise is never written with ة), and «وعدت/وعدنا» + «إلى» or «لل…» is و + «عدت» "and I returned"
#   (وعدت إلى نيويورك، وعدت للبيت); «وعدت الحكومة بالعمل» and «وعدت السلطات إلى جانب …» stay.
PROMISE_LEMMAS = frozenset(match_form(w) for w in ("وعد",))
RETURNED = frozenset(match_form(w) for w in ("وعدت", "وعدنا"))


def not_a_promise(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether «وعد…» at ``i`` is «و» + «عدة» or «و» + «عدت» (see :data:`RETURNED`)."""
    if lemma not in PROMISE_LEMMAS:
        return False
    tok = tokens[i]
    if tok.text.endswith("ة"):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tok.norm in RETURNED and nxt is not None and nxt.kind == "word" \
        and (nxt.norm in TO or nxt.norm.startswith("لل"))


# Session 15 (evt15): the families of the session's wrong rows (s7…s15 read together, grouped by class).
# - **an assistant's title**: «مساعد/مساعدة» + the head of a title right after it (وجهت مساعدة مدير
#   التعليم بالرس، تحدثت مساعدة الرئيس للأمن الداخلي، ومساعدة المدير العام لشؤون تعليم البنات) names
#   the assistant, a person, no aid — not with ب/ل (بمساعدة الرئيس: with his help) nor as the object of
#   a verb or noun of giving or asking, its subject between (طلبت الحكومة اليابانية مساعدة الرئيس).
AID_LEMMAS = frozenset(match_form(w) for w in ("مساعدة",))
TITLE_HEADS = frozenset(match_form(w) for w in (
    "مدير المدير مديرة المديرة رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة أمين الأمين "
    "امين الامين قائد القائد محافظ المحافظ وكيل الوكيل نائب النائب عميد العميد سفير السفير "
    "مفوض المفوض المدعي مستشار المستشار الملحق"
).split())
GIVE_OR_ASK = frozenset(match_form(w) for w in (
    "طلب طلبت طلبوا يطلب تطلب طالب طالبت قدم قدمت قدموا يقدم تقدم تقديم بتقديم لتقديم تلقى تلقت "
    "يتلقى تتلقى تلقي قبول قبل قبلت رفض رفضت عرض عرضت منح منحت إلى الى"
).split())
GIVE_REACH = 4  # words from the giving or asking word to «مساعدة» (its subject between)


def assistant_title(tokens: Sequence[Token], i: int, prefix: str, lemma: str) -> bool:
    """Whether «مساعدة» at ``i`` is an assistant's title (see :data:`TITLE_HEADS`)."""
    if lemma not in AID_LEMMAS or prefix not in ("", "و") or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].kind != "word" or tokens[i + 1].norm not in TITLE_HEADS:
        return False
    return not any(tokens[j].norm in GIVE_OR_ASK or tokens[j].base in GIVE_OR_ASK
                   for j in words_back(tokens, i, GIVE_REACH, _PUNCT_BREAKS))


# - **a columnist's farewell**: «(و/ف)إلى اللقاء» closing its sentence (فإلى اللقاء.، وإلى اللقاء; not
#   «وأشار إلى اللقاء،»: a bare «إلى» after a verb refers to a meeting) and
#   «في اللقاء القادم/المقبل» with the reader addressed in the sentence (في اللقاء القادم أكمل معك -
#   عزيزي القارئ -) take leave of the reader, no meeting of parties; «إلى اللقاء الذي يجمع الوزيرين»
#   and «في اللقاء المقبل بين الوزيرين» stay.
TO_FORMS = frozenset(match_form(w) for w in "وإلى والى فإلى فالى".split())  # not «أشار إلى اللقاء.»
FAREWELL_ENDS = frozenset(".!…")
THE_MEETING = match_form("اللقاء")
NEXT_TIME = frozenset(match_form(w) for w in "القادم المقبل القادمة المقبلة".split())
READER = frozenset(match_form(w) for w in (
    "القارئ القارىء القراء قرائي قارئي قارئتي القارئة معك معكم معكما ألقاكم القاكم نلتقي"
).split())


def farewell(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether «اللقاء» at ``i`` takes leave of the reader (see :data:`TO_FORMS`)."""
    if lemma not in MEET_LEMMAS or tokens[i].norm != THE_MEETING:
        return False
    if i > 0 and (tokens[i - 1].norm in TO_FORMS or i == 1 and tokens[0].norm in TO):
        return i + 1 >= len(tokens) or tokens[i + 1].kind == "punct" and tokens[i + 1].text[:1] in FAREWELL_ENDS
    if i + 1 < len(tokens) and tokens[i + 1].norm in NEXT_TIME:
        return any(t.kind == "word" and t.norm in READER for t in tokens)
    return False


# Session 14, second round (evt14b): administrative detention named as a practice — «والاعتقال الإداري
# إجراء عادة ما تتخذه إسرائيل»، «احتجاجا على الاحتجاز الإداري»، «بموجب اعتقال إداري قابل للتجديد»
# (three sample rows of s11_fresh, s13_fresh, s13c_fresh) — names no arrest; one placed in it («تحويل
# اثنين إلى الاعتقال الإداري»، «وضعا تحت الاعتقال الإداري») or ordered («أوامر اعتقال إداري بحق …»)
# is an act.
DETENTION_LEMMAS = frozenset(match_form(w) for w in ("اعتقال", "احتجاز"))
ADMINISTRATIVE = frozenset(match_form(w) for w in "الإداري إداري الاداري اداري".split())
PLACED_IN = frozenset(match_form(w) for w in (
    "إلى الى تحت رهن قيد أمر امر أوامر اوامر قرار بقرار قرارات أمرا امرا"
).split())
AGAINST = frozenset(match_form(w) for w in "بحق ضد لحق".split())


def detention_practice(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether «الاعتقال/الاحتجاز الإداري» at ``i`` names the practice (see :data:`PLACED_IN`)."""
    if lemma not in DETENTION_LEMMAS or i + 1 >= len(tokens) or tokens[i + 1].norm not in ADMINISTRATIVE:
        return False
    if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].norm in PLACED_IN:
        return False
    return not any(t.kind == "word" and t.norm in AGAINST for t in tokens[i + 2: i + 5])


# - a stance against a vice, no rejection of a party's proposal or demand: «رفض» + (ل/ال/لكل …) +
#   extremism, terrorism, violence … («وجدد التزام السودان بالمنهج الوسطي ورفضه للغلو والتطرف»،
#   «الرفض التام للإثارة الممجوجة»); «رفضت التدخلات الإيرانية» rejects an act of a party and stays,
#   and so does a rejection of the methods of a vice («رفضه لكل أساليب العنف والإرهاب»: the acts;
#   tests/test_events_roles_session6.py reads its roles).
REJECT_LEMMAS = frozenset(match_form(w) for w in ("رفض",))
VICES = frozenset(match_form(w) for w in (
    "غلو تطرف إرهاب ارهاب عنف طائفية كراهية تكفير تعصب عنصرية فتنة فتن إثارة اثارة تشدد"
).split())
STANCE_BETWEEN = frozenset(match_form(w) for w in (
    "التام تام القاطع قاطع المطلق مطلق الشديد شديد الكامل كامل لكل كل لجميع جميع لكافة كافة"
).split())
VICE_REACH = 4


def stance_against_vice(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether «رفض» at ``i`` is a stance against a vice (see :data:`VICES`)."""
    if lemma not in REJECT_LEMMAS:
        return False
    for tok in tokens[i + 1: i + 1 + VICE_REACH]:
        if tok.kind != "word":
            return False
        if tok.base in VICES:
            return True
        if tok.norm not in STANCE_BETWEEN and tok.base not in STANCE_BETWEEN:
            return False
    return False


# - the words of condemnation as such: two of them paired with nothing condemned and no one
#   condemning («عبارات الشجب والاستنكار؛»، «ببيانات الشجب والاستنكار،»، «أشخاص بالبشوت يشجبون
#   وينددون،»، «يسابقون في الاستنكار والشجب،») — a columnist's talk about condemnation; «عبر عن
#   شجبه واستنكاره.» (a possessor) and «ندد واستنكر الهجوم» (an object) condemn and stay.
CONDEMNING = frozenset(match_form(w) for w in (
    "شجب تنديد استنكار إدانة ادانة انتقاد انتقادات يشجبون ينددون يستنكرون يدينون ينتقدون تشجب تندد "
    "تستنكر تدين تنتقد"
).split())


def condemnation_words(tokens: Sequence[Token], i: int) -> bool:
    """Whether the condemnation at ``i`` is one of a bare pair (see :data:`CONDEMNING`)."""
    tok = tokens[i]
    if tok.kind != "word" or tok.base not in CONDEMNING:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is not None and nxt.kind == "word" and nxt.prefix.startswith("و") and nxt.base in CONDEMNING:
        end = i + 2
    elif prev is not None and prev.kind == "word" and tok.prefix.startswith("و") and prev.base in CONDEMNING:
        end = i + 1
    else:
        return False
    return end >= len(tokens) or tokens[end].kind == "punct"


# Session 13, second round (evt13b): a sentence that names no party at all — no title, no
# organisation or people noun of the actor lexicon (``words``), no country or city, no number or
# date word, no reporting verb — is a columnist's generic, literary or private line (أن تدحرج كرة
# الاتهام دون أن تحدد شخصا، عبقريته لا تناقش، متى ما أتيت أدخلك ورحب بك، الرفض جزء من حياة
# الكاتب), no act between parties. Read only for the 14 audited types.
PARTY_WORDS = frozenset(match_form(w) for w in (
    "وزير أمير رئيس ملك شيخ دكتور مدير أمين عميد لواء فريق عقيد عميد مقدم رائد نقيب متحدث ناطق "
    "سفير نائب مستشار محافظ سمو سموه معالي فضيلة مفتي إمام امام قائد مسؤول مسؤولون مسؤولين "
    "خادم ولي جنرال عضو رئيسة وزيرة مساعد وكيل قاض قاضي محام محامي مندوب ممثل مراسل خبير "
    "خبراء باحث أستاذ استاذ بروفيسور ملا علامة مواطن مواطنون مواطنين سكان أهالي اهالي لجنة جمعية هيئة "
    "اللجنة الجمعية الهيئة جامعة الجامعة مستشفى المستشفى نادي النادي إدارة ادارة الإدارة الادارة "
    "منظمة المنظمة مركز المركز مؤسسة المؤسسة برلمان البرلمان مغردون مغردين ناشطون ناشطين "
    "بلد بلدان البلدان البلدين دولة دول الدول طرف طرفان الطرفان الطرفين جانب الجانبان الجانبين "
    "تقرير التقرير جهة الجهات اتحاد الاتحاد مجتمع المجتمع صحفي صحفيين الصحفيين عائلة العائلة "
    "أسرة الأسرة رهائن الرهائن"
).split())
REPORTING = frozenset(match_form(w) for w in (
    "قال قالت أكد أكدت اكد اكدت أوضح أوضحت اوضح أشار أشارت اشار أضاف أضافت اضاف ذكر ذكرت "
    "أعلن أعلنت اعلن صرح صرحت أفاد أفادت افاد لفت لفتت شدد شددت أبلغ ابلغ تابع تابعت مؤكدا "
    "مشيرا موضحا مضيفا لافتا مبينا مشددا معلنا بحسب وفق وفقا نقلا حسب بيان البيان تصريح تصريحات "
    "نفى نفت نافيا نافية رجح رجحت مرجحا اعتبر اعتبرت معتبرا وصف وصفت واصفا"
).split())
TIME_WORDS = frozenset(match_form(w) for w in (
    "أمس امس اليوم غدا الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة "
    "السبت مساء صباح الماضي الماضية الجاري الجارية المقبل المقبلة عام العام أسبوع الأسبوع شهر "
    "الشهر يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر "
    "نوفمبر ديسمبر رمضان شوال"
).split())
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _party_word(tok: Token, words: Collection[str]) -> bool:
    """Whether the word names or points to a party, a place, a time or a report."""
    from khabar.gazetteer import countries, places  # the shared gazetteers

    forms = {tok.norm, tok.base}
    forms |= {tok.norm[len(c):] for c in _CLITICS if tok.norm.startswith(c) and len(tok.norm) > len(c) + 2}
    if any(f in PARTY_WORDS or f in REPORTING or f in TIME_WORDS or f in words for f in forms):
        return True
    if any(f.startswith("ال") and (f[2:] in PARTY_WORDS or f[2:] in words) for f in forms):
        return True
    return any(countries.lookup(f) is not None for f in forms if len(f) > 2) \
        or any(places.lookup(f) is not None for f in forms if len(f) > 3)  # not وان (Van)


def no_party(tokens: Sequence[Token], words: Collection[str]) -> bool:
    """Whether the sentence names no party, place, time, number or report (see :data:`PARTY_WORDS`;
    the actor lexicon's named groups and persons and its country names of several words too)."""
    from khabar.extract.events.actors import actor_lexicon  # the shared actor lexicon

    actors = actor_lexicon()
    for i, tok in enumerate(tokens):
        if tok.kind == "number":
            return False
        if tok.kind == "word" and (_party_word(tok, words) or actors.country_at(tokens, i) is not None
                                   or any(True for _ in actors.groups.match_at(tokens, i))):
            return False
    return True


# A definite act after a preposition of time or a caption's «جانب من» (وجرى خلال الاجتماع مناقشة،
# جانب من اللقاء) is the article's own event, named in an earlier sentence: kept however bare its
# sentence is.
ANAPHORA = frozenset(match_form(w) for w in (
    "خلال أثناء اثناء عقب بعد قبل ختام هامش جانب وخلال وعقب وبعد وقبل"
).split())


def told_before(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """Whether the trigger at ``i`` is a definite act right after :data:`ANAPHORA` (or «من» after
    «جانب»)."""
    if not prefix.endswith("ال") or i == 0 or tokens[i - 1].kind != "word":
        return False
    prev = tokens[i - 1].norm
    if prev in ("من", "في") and i > 1:
        prev = tokens[i - 2].norm
    return prev in ANAPHORA


# Session 14 (evt14): families of the blind sample s14_blind.tsv and the session-13 open list.
# - **a standing rule's text** tells what may, must or will be done in general, no act that
#   happened: a legal power or permission over the act (ويجوز لمالك العقار إعادة طلب التثمين، من حق
#   صاحب التعويض المطالبة، يحق للقاضي أن يعيد التحقيق، لا يجوز اتهام), a procedure (يتم التعامل مع
#   الشرائح المجهولة بمصادرتها) and a requirement (لا تتم الزيادة إلا بموافقة اللجنة) — not a past
#   restriction (لم يفرج عنه إلا بكفالة: a release that took place);
POWERS = frozenset(match_form(w) for w in (
    "يجوز ويجوز فيجوز تجوز يحق ويحق فيحق تحق يخول ويخول تخول يخولها يخوله"
).split())
RIGHT_OF = frozenset(match_form(w) for w in "حق حقه حقها حقهم حقي حقنا".split())
POWER_REACH = 5  # words from the power to the act (the holder between: يجوز لمالك العقار إعادة طلب)
DEALING = frozenset(match_form(w) for w in "التعامل يتعامل تتعامل يتعاملون التعاطي".split())
DEALING_REACH = 6
EXCEPT = frozenset(match_form(w) for w in "إلا الا".split())
PRESENT_NEGATORS = frozenset(match_form(w) for w in "لا ولا فلا".split())
RULE_STOPS = CLAUSE_BREAKS


def standing_rule(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """Whether the act at ``i`` is told by a rule's text (see :data:`POWERS`)."""
    back = list(words_back(tokens, i, DEALING_REACH, RULE_STOPS))
    for n, j in enumerate(back):
        tok = tokens[j]
        if n < POWER_REACH and (tok.norm in POWERS or tok.norm in RIGHT_OF and j > 0
                                and tokens[j - 1].norm == "من"):
            return True
        if tok.norm in DEALING and j + 1 < len(tokens) and tokens[j + 1].norm == "مع" \
                and prefix.startswith(("ب", "وب")):
            return True
    if prefix.startswith("ب") and back and tokens[back[0]].norm in EXCEPT:
        return any(tokens[j].norm in PRESENT_NEGATORS for j in back[1:4])
    return False


# - **an act told of a class**, no particular event: an imperfect verb in a relative clause on a
#   plural class noun (المنظمات التي تدعو إلى حقوق الصحافة، الأصوات التي تحث على كراهية، الدول
#   التي تدعم الإرهاب — one adjective may follow the noun: الدول الغربية التي تدعم), and the act
#   of «أي» + a noun (تجريم أي طرف يعمل على اتهامهم، لم نر أي منظمة تندد) — not «أي أن» (that
#   is), and not a perfect verb (الدول التي وقعت على الاتفاقية reports the signing).
CLASS_NOUNS = frozenset(match_form(w) for w in (
    "الدول البلدان الحكومات الأنظمة الانظمة المنظمات الجهات الأطراف الاطراف الأصوات الاصوات "
    "الجماعات الحركات التيارات الأحزاب الاحزاب الشعوب المجتمعات الحضارات الأديان الاديان الثقافات "
    "القوى الأقلام الاقلام المؤسسات الهيئات الجمعيات الشركات الفئات الأوساط الاوساط"
).split())
ANY = frozenset(match_form(w) for w in "أي اي لأي لاي بأي باي وأي واي".split())
NOT_A_NOUN = frozenset(match_form(w) for w in "أن ان أنه انه إن".split())
ANY_REACH = 4  # words from «أي» to the act
NEGATORS_ANY = frozenset(match_form(w) for w in "لم لن لا ما ليس ولم ولن ولا فلم فلا دون بدون عدم".split())


ABOUT_PREPS = frozenset(match_form(w) for w in "عن من في حول بشأن بخصوص إلى الى".split())


def _told_about(between: Sequence[Token]) -> bool:
    """Whether the act after «أي» + a noun is reached through a preposition of that noun (أي
    معلومات عن فحوى المناقشات: the talks are real) — not after a verb of «أي»'s noun (أي طرف يعمل
    على اتهامهم)."""
    for tok in between:
        if tok.kind != "word":
            continue
        if tok.norm[:1] in ("ي", "ت") and len(tok.norm) > 3:
            return False
        if tok.norm in ABOUT_PREPS:
            return True
    return False


def _imperfect_form(tok: Token, prefix: str) -> bool:
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    return len(base) > 2 and base[0] in "يتن" and not prefix.endswith("س")


def generic_class(tokens: Sequence[Token], i: int, prefix: str, kind: str, lemma: str) -> bool:
    """Whether the act at ``i`` is told of a class (see :data:`CLASS_NOUNS`)."""
    back = list(words_back(tokens, i, ANY_REACH, RULE_STOPS))
    for j in back:
        if tokens[j].norm in ANY:
            nxt = tokens[j + 1]
            negated = any(t.kind == "word" and t.norm in NEGATORS_ANY for t in tokens[max(0, j - 3): j])
            if nxt.kind == "word" and nxt.norm not in NOT_A_NOUN and j + 1 != i and not negated \
                    and not _told_about(tokens[j + 2: i]):
                return True  # (لم تقدم أي دولة مساعدات: a negated act of the situation, kept)
    if kind not in ("v", "x", "w") or not _imperfect_form(tokens[i], prefix) or not back:
        return False
    k = back[0]
    if tokens[k].norm in ("لا", "لم") and len(back) > 1:
        k = back[1]
    if tokens[k].norm not in RELATIVE_PRONOUNS or k == 0:
        return False
    head = tokens[k - 1]
    if head.kind == "word" and head.norm.startswith("ال") and head.norm not in CLASS_NOUNS and k > 1:
        head = tokens[k - 2]  # one adjective: الدول الغربية التي
    return head.kind == "word" and head.norm in CLASS_NOUNS


RELATIVE_PRONOUNS = frozenset(match_form(w) for w in "التي الذي الذين اللاتي اللواتي".split())


# Session 14 (evt14): with the entity stage, a person or organisation entity as the act's argument —
# within NAMED_AFTER words after the trigger or right before it, in its clause (دعا علي سيستاني
# إلى، زيارة الجبير) — is the party the no-party rule cannot read from words; measured against
# the session-13 guard that kept any sentence with an entity (+10 events, 3 right).
NAMED_AFTER = 2


def named_tokens(tokens: Sequence[Token], ents: Sequence) -> frozenset[int]:
    """Indices of the tokens inside the PERS/ORG entities ``ents`` of the sentence."""
    spans = [(e.start, e.end) for e in ents if e.label in ("PERS", "ORG")]
    if not spans:
        return frozenset()
    return frozenset(i for i, t in enumerate(tokens) if any(a <= t.start and t.end <= b for a, b in spans))


def named_argument(tokens: Sequence[Token], i: int, end: int, named: Collection[int]) -> bool:
    """Whether an entity token (``named``) is the argument of the trigger ``[i, end)``."""
    if not named:
        return False
    for k in range(end, min(len(tokens), end + NAMED_AFTER)):
        if tokens[k].kind == "punct":
            break
        if k in named:
            return True
    return i > 0 and tokens[i - 1].kind == "word" and i - 1 in named

"""Modality and framing of a trigger: asserted, future, hypothetical, negated; hedged.

Cues (``resources/events/modality.tsv``) apply when they stand before the trigger in the
same clause within a window. Morphology adds two cues: the future prefix س on the trigger
(سيغادرون، وسيتم), and قد before an imperfect verb (قد يهاجم: possible) — while قد before a
perfect (قد قتلت) stays asserted. Two framing effects are not modalities: ``threaten``
(هدد بقتل: a THREATEN, not an ASSAULT) and ``block`` (محاكمة قتلة، مكافحة الإرهاب، منذ
اغتيال: a topic or a time anchor, not a reported occurrence).

Two cues only say something together with their structure: ``plan`` (خطوات، خطة، جدول،
اتفاق …) makes a verbal-noun trigger future only when it governs it — right before it as the
head of an idafa (خطوات الانسحاب، not the adjective of خطوة احتجاجية) or through على/بشأن/حول
(الاتفاق على الانسحاب); ``sequence`` (يتبعه، يليه، على أن يتم، تمهيدا لـ) marks a verbal noun
that follows another event of the sentence, whose modality it then inherits (see
:mod:`khabar.extract.events.inherit`). Calls, purposes and conditions are read there too,
from the word classes of the ``call``, ``purpose``, ``execute``, ``arrange`` and ``accept``
rows: the act a call or a purpose governs, and both clauses of a conditional, are not
asserted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.inherit import (
    AUX,
    RELATIVES,
    accepted_call,
    call_word,
    called,
    complement,
    conditional,
    noun_slot,
    purpose,
    purpose_lam,
    reading,
)
from khabar.extract.events.lexicon import candidates, imperfect, read_tsv
from khabar.extract.events.modality_frames import (
    drafted,
    failed,
    future_governed,
    hedged,
    in_force_since,
    intended,
    negated_intention,
    past_anchor,
    postponed,
    proposed,
    provided,
    questioned,
    requested,
    sought,
    until,
)
from khabar.extract.events.sin_nouns import sin_nouns
from khabar.extract.events.trigger_senses import student_at
from khabar.extract.events.triggers import GOLD_TYPES
from khabar.extract.events.walk import words_back, words_forward
from khabar.text.normalize import match_form, match_forms

CLAUSE_BREAKS = frozenset(",;:()[]«»\"“”.!?-–ـ")
PRIORITY = ("negated", "hypothetical", "future")
POST_HYPOTHETICAL = frozenset(match_form(w) for w in (
    "محتمل محتملة المحتمل المحتملة وشيك وشيكة الوشيك الوشيكة مقترحة المقترحة مفترضة"
).split())


# Prepositions through which a plan noun governs a verbal noun (الاتفاق على الانسحاب).
GOVERNING_PREPS = frozenset(match_form(w) for w in "على بشأن حول بخصوص".split())
NISBA_ENDINGS = ("يه", "ي", "يين", "يات")


def _governs(tokens: Sequence[Token], cue: int, start: int, prefix: str) -> bool:
    """Whether the plan noun at ``cue`` governs the verbal noun at ``start``: the head of an
    idafa (nothing between, the head indefinite, the trigger no nisba adjective: خطوات
    الانسحاب، آلية سحب — not خطوات احتجاجية) or through a preposition (الاتفاق على/بشأن
    الانسحاب). A trigger so governed is a verbal noun even when it looks like a perfect verb
    (سحب)."""
    between = [t for t in tokens[cue + 1 : start] if t.kind != "punct"]
    if any(t.kind == "punct" for t in tokens[cue + 1 : start]):
        return False
    if between:
        return len(between) == 1 and between[0].norm in GOVERNING_PREPS
    head = tokens[cue].text  # the written form: آلية is not ال + ية
    if head[:1] in ("و", "ف") and head[1:].startswith("ال"):
        head = head[1:]
    if head.startswith("ال"):
        return False  # the head of an idafa is never definite (الاتفاق هاجم is no construct)
    word = tokens[start].norm[len(prefix):] if tokens[start].norm.startswith(prefix) else tokens[start].norm
    return prefix.endswith("ل") and not prefix.endswith("ال") or not word.endswith(NISBA_ENDINGS)


STILL = frozenset(match_form(w) for w in "يزال تزال يزالون تزالون نزال يزالان تزالان".split())


def _still(tokens: Sequence[Token], j: int) -> bool:
    """لا + زال (لا يزال، لا تزالون) is "still": a continuing act, not a negated one."""
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "punct":
        k += 1
    return tokens[j].norm in ("لا", "ولا") and k < len(tokens) and tokens[k].norm in STILL


# Session 8: «غير أن/أنه» (however, but) is a conjunction, no negator — «غير أنه رفض ذلك» reports a
# refusal; «غير» before anything else still negates (غير مسبوق، غير متوقع).
HOWEVER = frozenset(match_form(w) for w in "أن أنه أنها أنهم أنهما ان انه انها انهم".split())


def _however(tokens: Sequence[Token], j: int) -> bool:
    """«غير أن»: tokens[j] is غير and a complementiser follows it."""
    return tokens[j].norm in ("غير", "وغير") and j + 1 < len(tokens) and tokens[j + 1].norm in HOWEVER


# Session 11 (second round, read in the fresh sample): the verbal noun a refusal governs (the
# `refuse` words of modality.tsv) within REFUSE_REACH words in its clause, its subject or an adverb
# between — not through a partitive من (رفضت الكثير من خطابات المطالبة: those demands were made).
REFUSE_REACH = 4


def _refused(tokens: Sequence[Token], start: int, refusals: frozenset[str]) -> bool:
    """Whether a refusal word governs the verbal noun at ``start``."""
    for _, tok, _words in _clause_words(tokens, start, -1, REFUSE_REACH):
        if tok.norm in ("من", "ومن") or tok.norm in RELATIVES:
            return False
        if reading(tok, refusals) is not None:
            return True
    return False


# Session 11 (second round, read in the fresh sample): «ما لم» is "unless" — a condition, not a denial
# (ما لم يقدم الدعم للجيش فإن المهمة مستحيلة): hypothetical.
def _unless(tokens: Sequence[Token], j: int) -> bool:
    """«لم» at ``j`` right after «ما/وما/فما» (unless)."""
    return tokens[j].norm in ("لم", "ولم", "فلم") and j > 0 and tokens[j - 1].norm in ("ما", "وما", "فما")


# Session 11: «غير» negates the word right after it. Before a definite word it is the privative
# "non-" of an adjective (الدول غير العربية، المنظمات غير الحكومية), which negates no act after it;
# before an indefinite word it negates a later act only as that word's complement (غير مستعدة
# للتعاون، غير راغب في التفاوض) — «قوات غير نظامية هاجمت القرية» reports an attack.
PRIVATIVE = frozenset(match_form(w) for w in ("غير", "وغير"))
COMPLEMENT_PREPS = frozenset(match_form(w) for w in "في على عن من إلى الى".split())


def _complement_marked(prefix: str) -> bool:
    """Whether the proclitics carry ب or ل (بالتعاون، للتعاون، لتقديم)."""
    p = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
    return p.endswith(("ب", "ل"))


def _privative(tokens: Sequence[Token], j: int, start: int, prefix: str) -> bool:
    """«غير» at ``j`` qualifies the next word only (see :data:`PRIVATIVE`)."""
    if tokens[j].norm not in PRIVATIVE or start == j + 1 or tokens[j + 1].kind != "word":
        return False
    if tokens[j + 1].norm.startswith("ال"):
        return True
    return not _complement_marked(prefix) and tokens[start - 1].norm not in COMPLEMENT_PREPS


# An act given up (أشاح عن فكرة الاستقالة، تراجع عن قرار الانسحاب، عدل عن التوقيع، تخلت عن دعمها):
# an abandoning verb or noun, عن, at most one plan noun, then the verbal noun — not done (negated).
ABANDON = frozenset(match_form(w) for w in (
    "أشاح أشاحت يشيح تشيح تراجع تراجعت تراجعوا يتراجع تتراجع التراجع تراجعه تراجعها عدل عدلت عدلوا "
    "يعدل تعدل العدول عدوله عدولها تخلى تخلت تخلوا يتخلى تتخلى التخلي تخليه تخليها عزف عزفت أقلع "
    "أقلعت صرف صرفت"
).split())
ABANDONED_PLAN = frozenset(match_form(w) for w in "فكرة الفكرة قرار القرار خطة نية مشروع".split())
ABANDON_REACH = 4  # words from عن back to the abandoning word (صرف النظر عن، تراجع الوزير عن)


def _abandoned(tokens: Sequence[Token], start: int) -> bool:
    """Whether the verbal noun at ``start`` is what an abandoning word gives up (ABANDON)."""
    j = start - 1
    if j >= 0 and tokens[j].norm in ABANDONED_PLAN:
        j -= 1
    if j < 1 or tokens[j].norm != "عن":
        return False
    for k in words_back(tokens, j, ABANDON_REACH, words_only=True):  # its subject may stand between
        tok = tokens[k]
        if tok.norm in ABANDON or any(base in ABANDON for _, base in candidates(tok.norm)):
            return True
    return False


SUBJUNCTIVE = frozenset({"ان", "وان", "بان"})  # أن (also unvowelled إن, which takes no verb)
PASSIVE_AUX = AUX  # inherit's: أن يتم + verbal noun


def _subjunctive(tokens: Sequence[Token], j: int, start: int, verbal: bool, prefix: str,
                 lemma: str) -> bool:
    """أن + imperfect verb (أن يفجر) or أن + يتم/يجري + verbal noun (أن يتم قصفها): the
    subjunctive of a wanted, feared, possible or required act, not a report of one."""
    if tokens[j].norm in PASSIVE_AUX:  # a form after يتم is a verbal noun even if it looks
        k = j - 1  # like a perfect verb (قصف)
    elif verbal and not prefix and imperfect(tokens[start], prefix, lemma):
        k = j
    else:
        return False
    # «على أن يتم سحب»: a sequence cue, whose event inherits its modality (inherit.py)
    return k >= 0 and tokens[k].norm in SUBJUNCTIVE and not (k > 0 and tokens[k - 1].norm == "علي")


# Session 11: «دون أن / بدون أن / من غير أن» + the subjunctive says the act did not happen (غادر
# دون أن يلتقي بالمسؤولين، انتهى الاجتماع دون أن يتفق الطرفان): negated, not merely hypothetical.
WITHOUT = frozenset(match_form(w) for w in "دون بدون ودون وبدون غير".split())


def _without(tokens: Sequence[Token], j: int) -> bool:
    """The subjunctive opened at or right before ``j`` (أن, or أن يتم) follows دون/بدون/من غير."""
    k = j if tokens[j].norm in SUBJUNCTIVE else j - 1
    if k < 1 or tokens[k].norm not in SUBJUNCTIVE:
        return False
    before = tokens[k - 1].norm
    return before in WITHOUT and (before != "غير" or k > 1 and tokens[k - 2].norm == "من")


# Session 11: a purpose after a negated verb was not pursued (ولم يتقدم أحد لطلب المساعدة، لم تأت
# الوفود لإجراء محادثات): the ل-marked verbal noun at most NEGATED_PURPOSE_REACH words after the
# verb that a negator governs, in one clause, nothing but that verb's subject between.
NEGATED_PURPOSE_REACH = 4


# Session 15 (evt15): the ل may stand on the light masdar of a phrase (ولم تتحرك الشرطة لإلقاء القبض على
# أي من المتظاهرين): «إلقاء» carries it for «القبض».
LIGHT_MASDARS = frozenset(match_form(w) for w in ("لإلقاء", "لالقاء"))


def _negated_purpose(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the ل-marked verbal noun at ``start`` is the purpose of a negated verb."""
    if start > 0 and tokens[start - 1].norm in LIGHT_MASDARS:
        start, prefix = start - 1, "ل"
    p = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
    if not p.endswith("ل"):
        return False
    for j in words_back(tokens, start, NEGATED_PURPOSE_REACH, words_only=True):
        if j == 0:
            return False
        tok, prev = tokens[j], tokens[j - 1]
        if prev.kind == "word" and prev.norm in ("لم", "ولم", "فلم", "لن", "ولن", "فلن") \
                and tok.norm[:1] in ("ي", "ت", "ن"):
            return not _restricted(tokens, start)
    return False


FUTURE_BREAKS = frozenset(".;:!?؛«»\"“”()")
AFTER_FUTURE = 5  # العقوبات الاقتصادية ضد إيران ستعود: the verb follows the noun's phrase
BEFORE_FUTURE = 2  # سيمثل تأييده، ستشهد المدينة اجتماعا
MORE_OF = frozenset(match_form(w) for w in "المزيد مزيد مزيدا من".split())  # session 11, second round


# Session 13: verbs whose root opens with «سي», spelt like س + an imperfect in ي (سيطر "control",
# سيّر "send off": سيطرت القوات على البلدة، سيرت الجمعية قوافل) — no future.
SIN_ROOTS = (match_form("سيطر"),)
SIN_PERFECTS = frozenset(match_form(w) for w in "سيرت سيروا سيرتا".split())


def _future(tok: Token, joined: bool = True) -> bool:
    """سوف, or an imperfect with the future prefix س (ستعود، سيمثل); ``joined=False``: not
    with و/ف (وستجرى after the noun starts a clause of its own). Session 11: a form in «سا»
    is a verb of its own (ساهم، ساعد، سافر، سارع، ساند), not س + a first-person imperfect,
    unless the hamza is written (سأعود); a form in ة is a noun (ساعة)."""
    if tok.norm in ("سوف", "وسوف"):
        return joined or tok.norm == "سوف"
    if tok.text.endswith(("ة", "ً")):
        return False  # ساعة، سياسة: a noun, no verb
    bare = tok.norm[1:] if tok.norm[:1] in ("و", "ف") else tok.norm
    if bare.startswith(SIN_ROOTS) or bare in SIN_PERFECTS:
        return False  # session 13: وسيطرت القوات "took control", سيرت قوافل "sent"
    if bare in sin_nouns():
        return False  # session 21: سنوات، سياسي، سيناء — a noun, no س + an imperfect (sin_nouns.py)
    return any("س" in pre and (joined or not pre.startswith(("و", "ف")))
               and (not base.startswith("ا") or "سأ" in tok.text)
               for pre, base in candidates(tok.norm))


def _future_verb_near(tokens: Sequence[Token], start: int) -> bool:
    """Whether a verbal noun is the subject or object of a future verb: one a few words
    after it in its clause, not coordinated with و/ف (a comma does not end the clause when
    the verb follows it directly: إجراءات التخفيف، سيجري تنفيذها) or right before it."""
    comma = False
    for j in range(start + 1, min(len(tokens), start + 1 + AFTER_FUTURE)):
        if tokens[j].kind == "punct":
            if tokens[j].text in FUTURE_BREAKS or comma:
                break
            comma = True
            continue
        if _future(tokens[j], joined=False):
            return True
        if comma:
            break
    seen = 0
    for j in range(start - 1, -1, -1):
        if tokens[j].kind != "word" or seen == BEFORE_FUTURE:
            break
        if tokens[j].norm in MORE_OF:
            continue  # سيتم إرسال المزيد من المساعدات: a quantity phrase, not a word of the clause
        seen += 1
        if _future(tokens[j]):
            return True
    return False


# Session 11: «لعل من أهم/أبرز …» and «لعل أهم/أبرز …» (perhaps the most important of which) single out
# an item; they suppose nothing (لقاءات لعل من أهمها الاجتماع الذي جمع …: the meeting took place).
PERHAPS = frozenset(match_form(w) for w in "لعل ولعل".split())
ELATIVE_HEADS = ("اهم", "ابرز", "اكثر", "اول", "اشهر", "افضل", "اخطر", "اكبر", "اهمها", "ابرزها")


def _singled_out(tokens: Sequence[Token], j: int) -> bool:
    """«لعل (من) أهم/أبرز …» at ``j``: a rhetorical "perhaps the most …", no supposition."""
    if tokens[j].norm not in PERHAPS:
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1
    return k < len(tokens) and tokens[k].norm.startswith(ELATIVE_HEADS)


# Session 23 (mod23, issue #6): a launching infinitive («لشن، لتنفيذ، لارتكاب، للقيام ب») after a verb of
# preparing or intending and its subject («تستعد لشن هجماتها»، «يستعدون لتنفيذ») names the act prepared for: future, not the
# hypothetical of a bare purpose («خرجوا لتنفيذ هجوم»: still hypothetical).
LAUNCH_INF = frozenset(match_form(w) for w in "لشن لتنفيذ لارتكاب للقيام".split())
# Session 24 (evl24): a verb of planning before a launching infinitive names a plan like a verb of intending
# («كان يخطط لشن تفجيرات»: future); alone it stays with the plots in modality.tsv's hypothetical row
# («يخطط لاغتيال»، «مخطط لتفجير»: a plot, no act to be launched)
PLANNING = frozenset(match_form(w) for w in (
    "يخطط تخطط يخططون يخططان نخطط أخطط خطط خططت خططوا خططا ويخطط وتخطط ويخططون وخطط وخططت").split())
INTENDING = frozenset(match_form(w) for w in (
    "يستعد تستعد يستعدون تستعدان نستعد أستعد استعد استعدت استعدوا ويستعد وتستعد ويستعدون يتأهب تتأهب يتأهبون "
    "يعتزم تعتزم يعتزمون ينوي تنوي ينوون").split()) | PLANNING


INTENDING_REACH = 4  # the verb and its subject before the infinitive: «تستعد المقاتلات الأميركية لشن هجماتها»


def _intended_launch(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a launching infinitive after a verb of preparing or intending, within
    INTENDING_REACH words of its clause (the verb's subject between)."""
    return tokens[j].norm in LAUNCH_INF and any(
        tokens[k].norm in INTENDING for k in words_back(tokens, j, INTENDING_REACH, all_punct=True))


def _planned_launch(tokens: Sequence[Token], j: int, start: int) -> bool:
    """(session 24) Whether tokens[j] is a verb of planning whose launching infinitive stands between it and
    the trigger at ``start`` («يخطط لشن تفجيرات»): the plan is read by :func:`_intended_launch` (future)."""
    return tokens[j].norm in PLANNING and any(tokens[k].norm in LAUNCH_INF for k in range(j + 1, start))


# Session 24 (evl24): a verb of opening or beginning in the future whose ب-complement is the trigger, its subject
# and a time between («وستبدأ الندوة عند العاشرة صباحاً ولمدة ساعة بحوار مع الوزير»): the programme's act to come
BEGIN_STEMS = frozenset(match_form(w) for w in (
    "يبدأ تبدأ يبدأون تبدآن ينطلق تنطلق يفتتح تفتتح يفتتحون يختتم تختتم يختتمون يستهل تستهل يستهلون").split())
BEGIN_REACH = 10


def _scheduled_start(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the verbal noun at ``start``, carrying ب (``prefix``), is the complement of a future verb of
    beginning (BEGIN_STEMS with س) within BEGIN_REACH words of its clause."""
    if "ب" not in prefix:
        return False
    for j in words_back(tokens, start, BEGIN_REACH, all_punct=True):
        norm = tokens[j].norm
        bare = norm[1:] if norm[:1] in "وف" else norm
        if bare[:1] == "س" and bare[1:] in BEGIN_STEMS:
            return True
    return False


# Session 24 (evl24): an adjective of expectation right after a verbal noun, or after the noun and its
# genitive («مفاوضات السلام المنتظرة»، «الزيارة المرتقبة»، «القمة المقررة»): an act to come, like «من المرتقب أن»
POST_FUTURE = frozenset(match_form(w) for w in (
    "المنتظر المنتظرة المرتقب المرتقبة المقرر المقررة المزمع المزمعة مرتقب مرتقبة مرتقبا").split())


# (fixc24) The adjective names a meeting set or awaited *before* it was held, not one to come, when a
# past verb of holding or starting governs the noun («وعقد الاجتماع المقرر أمس»، «وانطلقت أمس في جنيف
# المفاوضات المرتقبة») or «أمس» follows it in its clause; «المقرر الخاص» is the UN rapporteur. The walk
# back to the verb crosses adverbs and «في …» but no other preposition («عقدت اجتماعا أمس قبل الاجتماع
# المقرر»: that verb holds the first meeting), and the verb is no masdar after «سيتم/أن» (سيتم عقد …).
HELD_PAST = match_forms(
    "عقد عقدت انعقد انعقدت جرى جرت أجري أجريت انطلق انطلقت اختتم اختتمت بدأ بدأت")
NOT_PAST_BEFORE = match_forms("سيتم يتم ستتم تتم سوف أن ان المقرر المرتقب سيجري يجري من")
HELD_CROSSES_NOT = match_forms(
    "قبل بعد عقب إثر حتى منذ عن على إلى الى من بين خلال ضمن مع لدى عند الذي التي الذين إن أن ان")
PAST_TIME = match_forms("أمس البارحة")  # «أمس» only: «المنتظرة منذ العام الماضي» is still awaited
RAPPORTEUR = match_forms("المقرر المقررة")
SPECIAL = match_forms("الخاص الخاصة")
HELD_REACH = 5  # words back from the noun to its governing verb (وانطلقت أمس في جنيف المفاوضات)
PAST_TIME_REACH = 3  # words after the adjective to «أمس» (الاجتماع المقرر أمس)


def _held_in_past(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a past verb of holding/starting governs the noun at ``start`` or «أمس» follows its
    adjective at ``end`` in the clause (see HELD_PAST)."""
    if tokens[start].prefix.strip("وفال"):
        return False  # «بالاجتماع المقرر»: a preposition's object, no verb's
    for j in words_back(tokens, start, HELD_REACH, all_punct=True):
        norm = tokens[j].norm
        bare = norm[1:] if norm[:1] in "وف" and norm[1:] in HELD_PAST else norm
        if bare in HELD_PAST:
            return j == 0 or tokens[j - 1].norm not in NOT_PAST_BEFORE
        if norm in HELD_CROSSES_NOT:
            break
    for k in range(end + 1, min(len(tokens), end + 1 + PAST_TIME_REACH)):
        if tokens[k].kind != "word" or tokens[k].norm in HELD_CROSSES_NOT:
            return False
        if tokens[k].norm in PAST_TIME:
            return True
    return False


def _expected_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether an adjective of POST_FUTURE follows the verbal noun at ``start`` directly, or after one
    definite genitive noun, with no punctuation between — not «المقرر الخاص» nor a noun held in the
    past (see HELD_PAST)."""
    for k in (start + 1, start + 2):
        if k >= len(tokens) or tokens[k].kind != "word":
            return False
        if tokens[k].norm in POST_FUTURE:
            if tokens[k].norm in RAPPORTEUR and k + 1 < len(tokens) and tokens[k + 1].norm in SPECIAL:
                return False
            return not _held_in_past(tokens, start, k)
        if not tokens[k].norm.startswith("ال"):
            return False
    return False


# Session 11 (ev11's note): a verbal noun in a temporal clause «عند/لدى/فور/حال/بمجرد + masdar» is
# dated by the clause it is attached to: future when that clause's verb is future (ستلتقي ابنتها عند
# إطلاق سراحها، سيتم نقل الرهائن فور الإفراج عنهم); a past verb keeps it asserted (التقت العائلة
# ابنتها عند إطلاق سراحها أمس). The future verb within WHEN_REACH words on either side, in one clause.
WHEN = frozenset(match_form(w) for w in (
    "عند وعند لدى ولدى فور وفور حال بمجرد وبمجرد حين وحين حالما وحالما لحظة").split())
WHEN_REACH = 10


def _when_future(tokens: Sequence[Token], start: int) -> bool:
    """Whether the verbal noun at ``start`` opens a temporal clause (:data:`WHEN`) of a future
    clause."""
    if start == 0 or tokens[start - 1].norm not in WHEN:
        return False
    words = (tok for step, at in ((-1, start - 1), (1, start)) for _, tok, _ in
             _clause_words(tokens, at, step, WHEN_REACH))
    return any(_future(tok) for tok in words)


@dataclass(frozen=True, slots=True)
class Cue:
    effect: str
    window: int
    applies_to: str


@dataclass(slots=True)
class Frame:
    """What the context says of a trigger."""

    modality: str = "asserted"
    hedged: bool = False
    threaten: bool = False
    block: bool = False
    sequence: bool = False  # a sequence cue (يتبعه، يليه) governs the verbal noun

    def absorb(self, other: Frame) -> None:
        """Add the framing of another word of the same merged event (هجوم انتحاري: a cue
        before هجوم frames the whole event, not only the head word انتحاري)."""
        self.block = self.block or other.block
        self.threaten = self.threaten or other.threaten
        self.hedged = self.hedged or other.hedged
        if self.modality == "asserted":
            self.modality = other.modality


# Session 7: a decision to approve or ratify is the approval itself (قرر مجلس الوزراء الموافقة على
# اتفاقية، قررت الحكومة المصادقة على), not a plan — the official formula of a cabinet's approvals;
# «قرر الانسحاب» stays a planned withdrawal.
DECIDED = frozenset(match_form(w) for w in "قرر قررت وقرر وقررت فقرر فقررت تقرر وتقرر".split())
APPROVALS = frozenset(match_form(w) for w in ("موافقة", "مصادقة"))
# Session 9 (issue #6, the 14 types): the onset of an act after a time preposition (قبيل بدء
# المفاوضات، بعد بدء الاجتماع، مع بدء المحادثات) anchors a time, it names no plan — the act's own
# tense or other cues decide its modality.
ONSETS = frozenset(match_form(w) for w in "بدء لبدء".split())
TIME_PREPS = frozenset(match_form(w) for w in (
    "قبيل قبل بعد بعيد عند مع منذ فور لدى خلال أثناء اثناء وقبيل وقبل وبعد ومع وعند"
).split())

# Session 10: the particles لم، لن، لا، لو with و/ف are three letters, which the clitic analysis
# leaves whole (ولم يرفض، ولا يعترض، فلن تنسحب were asserted); «وما» stays out (also "and what").
CONJ_PARTICLES = frozenset(c + p for c in "وف" for p in ("لم", "لن", "لا", "لو"))
# «ما» after a demonstrative, a pronoun or a quantifier is the relative "what", no negator (وهذا ما
# يطالب به المعتدلون، وهو ما رفضته الحكومة، كل ما قدمته).
RELATIVE_MA_HEADS = frozenset(match_form(w) for w in (
    "هذا هذه ذلك تلك وهذا وهذه وذلك وتلك فهذا فذلك بهذا لهذا هو هي وهو وهي فهو فهي هم وهم "
    "كل وكل بكل لكل جميع أكثر اكثر أهم اهم أبرز ابرز أول اول آخر اخر بعض"
).split())


# «لم/لا … إلا/سوى» restricts, it does not deny: «لم تقصف تركيا داعش سوى ثلاث مرات» reports three
# raids. The exception word follows the trigger in its clause, at most RESTRICT_REACH words on.
EXCEPTIONS = frozenset(match_form(w) for w in "إلا الا سوى".split())
RESTRICT_REACH = 6


def _restricted(tokens: Sequence[Token], start: int) -> bool:
    """An exception word (إلا، سوى) after the trigger in its clause (see :data:`EXCEPTIONS`)."""
    seen = 0
    for tok in tokens[start + 1:]:
        if tok.kind == "punct":
            if tok.text in ",،;؛:.!?":
                return False
            continue
        seen += 1
        if seen > RESTRICT_REACH:
            return False
        if tok.norm in EXCEPTIONS:
            return True
    return False


def _next_verb(tokens: Sequence[Token], j: int, start: int, prefix: str) -> bool:
    """A verb trigger joined by و/ف after the negated verb (لن نسامحها ونطالب بمحاسبتها): the
    negator at ``j`` governs the verb right after it, not the next coordinated one."""
    return prefix[:1] in ("و", "ف") and start - j >= 2 and tokens[start - 1].kind == "word" \
        and tokens[j + 1].kind == "word" and tokens[j].norm in NEGATORS


NEGATORS = frozenset(match_form(w) for w in "لم لن لا ولم ولن ولا فلم فلن فلا".split())


# Session 10: a verbal noun as the subject of «هو/هي الحل/الضمان/السبيل …» is prescribed, not
# reported (فنزع أسلحة الحوثيين هو الضمان الوحيد، الحوار هو الحل): the copula pronoun within
# PRESCRIBED_REACH words after the trigger in its clause, the remedy noun right after it.
# (session 23, t23) a negator right after a conditional particle: «أي صفقة لا يمكن أن تتم إذا لم يتم الإفراج
# عن …», «هدد المتظاهرون … اذا لم يتم الافراج»: the act is the condition's, unrealised — hypothetical, not negated
# (ANERcorp 3203, 1573; the m23 sample)
# (IF_PARTICLES below adds the other conditional words to these; inherit._condition reads إذا/لو with
# any و/ف, «فلو» too, by its own tests of the word after them)
CONDITION_OPENERS = frozenset(match_form(w) for w in "إذا اذا لو وإذا واذا ولو فإذا فاذا".split())
CONDITION_REACH = 4  # words from the trigger back to the negator (إذا لم يتم الإفراج: لم is two back)


def _negated_condition(tokens: Sequence[Token], start: int) -> bool:
    """Whether a negator a few words before the trigger, in its clause, follows a conditional
    particle (إذا لم، لو لم، إن لم)."""
    for j in words_back(tokens, start, CONDITION_REACH, CLAUSE_BREAKS):
        if tokens[j].norm in NEGATORS and j > 0:
            before = tokens[j - 1]
            return before.norm in CONDITION_OPENERS or before.text in ("إن", "وإن")
    return False


COPULAS = frozenset(match_form(w) for w in "هو هي هما".split())
REMEDIES = frozenset(match_form(w) for w in (
    "الحل الضمان السبيل الطريق المخرج العلاج الخيار الرد الكفيل السبيلان الحلول الأساس المفتاح"
).split())
PRESCRIBED_REACH = 5


def _prescribed(tokens: Sequence[Token], start: int) -> bool:
    """A copula pronoun and a remedy noun after the trigger (see :data:`REMEDIES`)."""
    return any(tokens[k].norm in COPULAS and k + 1 < len(tokens) and tokens[k + 1].norm in REMEDIES
               for k in words_forward(tokens, start + 1, PRESCRIBED_REACH))


# Session 11: «أهمية» right before a definite verbal noun of the 14 types states a value or goal
# (أكد الجانبان أهمية التعاون، شدد على أهمية الحوار): hypothetical like ضرورة — not when a relative
# clause or a participle names the act as held or planned (أهمية اللقاء الذي يعقد غدا، أهمية
# الزيارة التي قام بها: its own tense decides), nor with a possessive (أهمية زيارته: his visit).
IMPORTANCE = frozenset(match_form(w) for w in "أهمية بأهمية لأهمية وأهمية اهمية باهمية لاهمية واهمية".split())


def _importance(tokens: Sequence[Token], start: int) -> bool:
    """An importance noun right before the definite verbal noun at ``start`` (:data:`IMPORTANCE`)."""
    if start == 0 or tokens[start - 1].norm not in IMPORTANCE:
        return False
    if not tokens[start].norm.startswith("ال") or tokens[start].text.endswith(("ه", "ها", "هم", "هما")):
        return False  # أهمية زيارته: the written ة of a feminine noun is no pronoun
    nxt = tokens[start + 1] if start + 1 < len(tokens) else None
    return nxt is None or nxt.kind != "word" or nxt.norm not in RELATIVES


# Session 10: «أنه/إنه على X + masdar» states an obligation (وأكد أنه على كافة الأجهزة التعاون مع
# المراقبين): the act is owed, not done — hypothetical like يجب. على right after the complementiser,
# the definite masdar at most OBLIGED_REACH words after it in its clause.
THAT_IT = frozenset(match_form(w) for w in "أنه انه إنه بأنه بانه فإنه فانه وأنه وانه".split())
OBLIGED_REACH = 6
# «على صعيد، على مستوى، على هامش …» are "on the level of, on the sidelines of": no obligation
ON_LEVEL = frozenset(match_form(w) for w in (
    "صعيد الصعيد مستوى المستوى هامش نطاق غرار أساس اساس ضوء خلفية رأس راس حساب حد الرغم"
).split())


def _obliged(tokens: Sequence[Token], start: int) -> bool:
    """An obligation «أنه على …» before the verbal noun at ``start`` (see :data:`THAT_IT`)."""
    for j in words_back(tokens, start, OBLIGED_REACH, all_punct=True):
        if j == 0:
            return False
        tok = tokens[j]
        if tok.norm in ("علي", "على") and tokens[j - 1].norm in THAT_IT:
            return not (j + 1 < len(tokens) and tokens[j + 1].norm in ON_LEVEL)
    return False


# Session 15 (evt15): «ما» before a verb trigger is no negator of the 14 types when it is "what" or
# "if": after a conditional or time particle (وإذا ما وافقت غالبية الأعضاء، متى ما طلب: the condition
# rule reads it), before an imperfect verb (ما تطالب به الدول، وأن ما يطالب به العراقيون، وتقديم ما
# تطلبه من معلومات، وسيجد ما يطلب — the negator ما takes the perfect: ما رفضت الحكومة) and before a
# perfect whose object is resumed right after it (ما طالب به المحتجون، ما قامت به: what they did).
IF_PARTICLES = CONDITION_OPENERS | frozenset(match_form(w) for w in (
    "متى ومتى مهما ومهما أينما اينما حيثما كلما إن وإن"
).split())
RESUMPTIVES = frozenset(match_form(w) for w in (
    "به بها بهم بهما عليه عليها عليهم منه منها منهم فيه فيها له لها لهم إليه اليه إليها اليها"
).split())


def what_ma(tokens: Sequence[Token], j: int, start: int, verbal: bool, prefix: str, lemma: str) -> bool:
    """Whether «ما» at ``j`` right before the verb trigger at ``start`` is "what" or the «ما» of a
    condition, no negator (see :data:`IF_PARTICLES`)."""
    if tokens[j].norm not in ("ما", "وما") or not verbal or start != j + 1:
        return False
    if j > 0 and tokens[j - 1].norm in IF_PARTICLES:
        return True
    if imperfect(tokens[start], prefix, lemma):
        return True
    return start + 1 < len(tokens) and tokens[start + 1].norm in RESUMPTIVES


def _relative_ma(tokens: Sequence[Token], j: int) -> bool:
    """«ما» at ``j`` right after a demonstrative, a pronoun or a quantifier: "what"."""
    return tokens[j].norm == "ما" and j > 0 and tokens[j - 1].norm in RELATIVE_MA_HEADS


# Session 10: a directive names an act someone else is to carry out (وجه الملك الوزراء بدعم …، أمر
# الرئيس بالإفراج عن، كلف الوزير بالتفاوض، فوض … بالتوقيع): the act is hypothetical — not yet done —
# unless the directive is cited as carried out (إنفاذا لتوجيهات … بتقديم مساعدات، بناء على أمر،
# بتوجيه من: the `accept` words, and a ب-directive followed by من). The directive word stands at most
# DIRECTIVE_REACH words before the ب-marked act (the addressee between) in its clause. «أمر» alone is
# also "a matter" (وهو أمر يتعلق بدعم): only at the head of its clause or after و/ف.
# Session 15 (evt15): the addressee is often a long phrase (لتكليف الإدارة العامة للمتابعة في الوزارة
# بالتحقيق، وجه الوزراء والنواب التابعين لكتلته الوزارية والنيابية بدعم): the reach grew from 5 to 8
# words, and a و-joined verbal noun right after the ب-marked act shares its ب (بدعم وتأييد القرارات).
DIRECTIVE_REACH = 8
# an inquiry is opened by ordering it (أمر الوزير بإجراء تحقيق في الحادث): the order is the act
INQUIRIES = frozenset(match_form(w) for w in ("تحقيق", "حقق"))
MATTER = frozenset(match_form(w) for w in ("أمر", "وأمر", "فأمر"))


def directed(tokens: Sequence[Token], start: int, prefix: str, directives: frozenset[str],
             accepted: frozenset[str]) -> bool:
    """Whether a directive governs the complement opening at ``start`` with the proclitics
    ``prefix`` (its ب, see above)."""
    if "ب" not in prefix:
        return False
    seen = 0
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in ",،;؛:.!?()-–—":
                return False
            continue
        seen += 1
        if seen > DIRECTIVE_REACH or tok.norm in RELATIVES:
            return False
        pre = reading(tok, directives)
        if pre is None:
            continue
        if tok.norm in MATTER and j > 0 and tokens[j - 1].kind == "word" \
                and tokens[j - 1].norm not in ("ثم", "وقد", "قد", "فقد"):
            return False  # وهو أمر يتعلق بدعم: a matter
        if pre.endswith("ب") and j + 1 < len(tokens) and tokens[j + 1].norm == "من":
            return False  # بتوجيه من الملك قدمت الوزارة: done at his direction
        return not (j > 0 and reading(tokens[j - 1], accepted) is not None)
    return False


def _shares_ba(tokens: Sequence[Token], start: int) -> bool:
    """Whether the verbal noun at ``start`` (with «و») is joined to a ب-marked word right before it
    (بدعم وتأييد): the second item of the complement."""
    prev = tokens[start - 1] if start > 0 else None
    return prev is not None and prev.kind == "word" and any(
        pre == "ب" for pre, _ in candidates(prev.norm))


def _opportunity(tokens: Sequence[Token], start: int, prefix: str, words: frozenset[str]) -> bool:
    """An act with the ل of purpose or the article (its genitive) after a plural opportunity
    noun, an adjective between at most (فرصا جديدة للتعاون، بحث فرص التعاون): possible, not done."""
    if not prefix.endswith(("ل", "لل")):
        return False
    near = [t for t in tokens[max(0, start - 2): start] if t.kind == "word"]
    return any(reading(t, words) is not None and "ال" not in (reading(t, words) or "")
               for t in near)


@lru_cache(maxsize=1)
def gold_lemmas() -> frozenset[str]:
    """Lemmas of the trigger entries of the gold-measured types (ASSAULT, PROTEST): the
    audit cues (``noun*``, ``any*``) and the future-verb rule leave their triggers alone."""
    return frozenset(match_form(r[3].split(",")[0].split("/")[0].strip())
                     for r in read_tsv("triggers.tsv") if r[0] in GOLD_TYPES)


LAUNCH_REACH = 4  # words from a launch verb to its series noun (the subject between)


def _launched(tokens: Sequence[Token], j: int, launch: frozenset[str]) -> bool:
    """Whether a launch verb (نفذ، شن) governs the series noun at ``j``: at most
    :data:`LAUNCH_REACH` words before it in its clause (نفذت عناصر التنظيم عمليات انتحارية)."""
    words = 0
    for k in range(j - 1, -1, -1):
        if tokens[k].kind == "punct":
            if tokens[k].text in CLAUSE_BREAKS or tokens[k].text in "،؛":
                return False
            continue
        words += 1
        if words > LAUNCH_REACH:
            return False
        if reading(tokens[k], launch) is not None:
            return True
    return False


TOPIC_WORDS = frozenset(match_form(w) for w in "حول بشأن بشان بخصوص حيال".split())
# The chain between a topic word and the act: «حول ما ورد من أنباء عن»، «بشأن التقارير عن»
NEWS_CHAIN = frozenset(match_form(w) for w in (
    "ما ورد وردت نشر نشرت نشرته تردد ترددت يتردد تداول تداولته أثير اثير من عن أنباء انباء "
    "الأنباء الانباء تقارير التقارير تقرير التقرير معلومات المعلومات أخبار اخبار الأخبار "
    "الاخبار خبر الخبر ادعاءات الادعاءات مزاعم المزاعم اتهامات الاتهامات روايات"
).split())
NEWS_NOUNS = NEWS_CHAIN - frozenset(match_form(w) for w in (
    "ما ورد وردت نشر نشرت نشرته تردد ترددت يتردد تداول تداولته أثير اثير من عن").split())


def _topic_of_news(tokens: Sequence[Token], start: int) -> bool:
    """Whether the verbal noun at ``start`` is what news or claims are about, themselves the
    topic of a reply (اعترف المحافظ حول ما ورد من أنباء عن تعذيب، علق بشأن التقارير عن مقتل):
    a topic word, then only words of the chain (ما ورد من، أنباء/تقارير، عن) up to the act."""
    seen_news = False
    for j in range(start - 1, max(-1, start - 8), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        if tok.norm in TOPIC_WORDS or tok.base in TOPIC_WORDS:
            return seen_news
        if tok.norm not in NEWS_CHAIN:
            return False
        seen_news = seen_news or tok.norm in NEWS_NOUNS
    return False


FOCUS_PRONOUNS = frozenset(match_form(w) for w in "هو هي هم هما هن".split())
FOCUS_RELATIVES = frozenset(match_form(w) for w in "من الذي التي الذين اللذين اللتين".split())
SUPPOSE = frozenset(match_form(w) for w in "يكون تكون يكونوا تكونوا يكونون يكونا تكونا".split())


def _supposed_agent(tokens: Sequence[Token], start: int) -> bool:
    """A supposed perpetrator — «أن يكون X هو من/الذي» before the act (أن يكون الموساد هو من
    أقدم على اغتيال، قد تكون الجماعة هي التي نفذت الهجوم): who did it is the claim, the act is
    background (like «وراء»). The focus pair within 3 words before the trigger, a form of
    يكون at most 5 words before the pair, in one clause."""
    words = []
    for j in range(start - 1, max(-1, start - 12), -1):
        if tokens[j].kind == "punct":
            if tokens[j].text in CLAUSE_BREAKS or tokens[j].text in "،؛":
                break
            continue
        words.append(tokens[j].norm)
    for k in range(1, min(len(words), 4)):
        if words[k - 1] in FOCUS_RELATIVES and words[k] in FOCUS_PRONOUNS:
            return any(w in SUPPOSE for w in words[k + 1 : k + 6])
    return False


# Predicates of necessity after a verbal-noun subject (ضربات جوية … بات أمرا لا بد منه، إجراء
# محادثات أصبح ضروريا): the act is required, not done. Indefinite forms only (المطلوب is a
# wanted man).
NECESSITY = frozenset(match_form(w) for w in (
    "ضروري ضروريا ضرورية ضروريه حتمي حتميا ملح ملحا ملحة واجبا مطلوبا لابد لامفر").split())
NECESSITY_REACH = 8  # words after the trigger, in its clause


def _clause_words(tokens: Sequence[Token], start: int, step: int,
                  reach: int) -> Iterator[tuple[int, Token, int]]:
    """``(index, token, count)`` of the words after (``step`` 1) or before (-1) the token
    at ``start``, within its clause (up to a clause break, «،» or «؛») and within ``reach``
    words."""
    words = 0
    j = start + step
    while 0 <= j < len(tokens):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_BREAKS or tok.text in "،؛":
                return
        else:
            words += 1
            if words > reach:
                return
            yield j, tok, words
        j += step


def _necessary_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether a predicate of necessity follows the verbal noun at ``start`` in its clause
    (لا بد منه، لا مفر منه، ضروريا، حتميا), within :data:`NECESSITY_REACH` words."""
    for j, tok, words in _clause_words(tokens, start, 1, NECESSITY_REACH):
        if words > 1 and tok.norm in NECESSITY:
            return True
        if tok.norm in ("لا", "ولا") and j + 1 < len(tokens) and tokens[j + 1].norm in ("بد", "مفر"):
            return True
    return False


@lru_cache(maxsize=1)
def protest_lemmas() -> frozenset[str]:
    """Lemmas of the PROTEST trigger entries: a condemned protest took place (استنكرت الحكومة
    تجمع المتظاهرين أمام السفارة), while a condemned attack is the condemnation's topic."""
    return frozenset(match_form(r[3].split(",")[0].split("/")[0].strip())
                     for r in read_tsv("triggers.tsv") if r[0] == "PROTEST")


ABOUT = frozenset({"عن", "عنه", "عنها", "عنهم"})  # المسؤولين عن التفجير: the culprits
FEAR_REACH = 15  # words between a fear or warning word and its complement (the addressee between)
OPENERS = frozenset({"ان", "بان", "وان"})  # أن/بأن: a complement clause (مخاوف من أن يحاول …)


def feared(tokens: Sequence[Token], start: int, fear: frozenset[str],
           onset: frozenset[str]) -> bool:
    """Whether the trigger at ``start`` is what a fear or a warning is about: the head of its
    complement after من (حذرهم من إطلاق الصواريخ; through one onset or execution masdar: من
    مواصلة إطلاق، من مغبة شن، من وقوع هجمات) or any word of a complement clause after أن (مخاوف
    من أن يحاول مهاجم … خطف طائرة). The fear word may stand up to :data:`FEAR_REACH` words
    before, the addressee between (حذر أولمرت الفصائل في غزة من …); not across a clause break
    or a relative pronoun. A direct object (يخشى هجمات) is the ``hypothetical`` cue row's."""
    opened = False
    for j, tok, _ in _clause_words(tokens, start, -1, FEAR_REACH):
        if tok.norm in RELATIVES:
            return False
        if tok.norm in OPENERS:
            opened = True
            continue
        if tok.norm in ("من", "ومن") and not opened:
            between = [t.norm for t in tokens[j + 1 : start] if t.kind == "word"]
            if between and between[-1] == "في":
                between = between[:-1]  # من الاستمرار في إطلاق
            opened = len(between) == 0 or (
                len(between) == 1 and reading(tokens[j + 1], onset) is not None)
            continue
        if reading(tok, fear) is not None:
            return opened
    return False


# Speech acts whose complement is naturally future (وعدهم بأنه سيذهب، هدد بأنه سيضرب، طالب
# بأن …): a future verb after them is their content, not their own tense.
SPEECH_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"})


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Lemmas of the trigger entries of the speech-act types (:data:`SPEECH_TYPES`)."""
    return frozenset(match_form(r[3].split(",")[0].split("/")[0].strip())
                     for r in read_tsv("triggers.tsv") if r[0] in SPEECH_TYPES)


# Rows of ``modality.tsv`` that list a word class of the structure rules, not a cue.
WORD_CLASSES = frozenset({"call", "purpose", "execute", "arrange", "accept", "fear", "onset",
                          "condemn", "responsible", "campaign", "launch", "construct", "directive",
                          "opportunity", "insist", "promise", "refuse"})


class ModalityLexicon:
    """Cue words by normalised form, and the word classes of the structure rules (build once
    per process)."""

    def __init__(self) -> None:
        self.cues: dict[str, list[Cue]] = {}
        words: dict[str, set[str]] = {w: set() for w in WORD_CLASSES}
        for row in read_tsv("modality.tsv"):
            effect, window, applies, forms = row[0], int(row[1]), row[2], row[3]
            if effect in WORD_CLASSES:
                words[effect].update(match_form(f.strip()) for f in forms.split(",") if f.strip())
                continue
            for f in forms.split(","):
                if f.strip():
                    self.cues.setdefault(match_form(f.strip()), []).append(Cue(effect, window, applies))
        self.words = {w: frozenset(v) for w, v in words.items()}
        # words that govern an act themselves: no future verb reaches past them (session 13)
        self.governors = frozenset().union(*(self.words[w] for w in (
            "call", "refuse", "promise", "insist", "directive", "fear", "condemn")))
        gold_lemmas()
        speech_lemmas()

    def _cues_of(self, tok: Token) -> list[Cue]:
        out: list[Cue] = []
        if tok.norm in CONJ_PARTICLES:  # ولم، ولن، ولا، فلا، ولو: too short for clitics.analyses
            out.extend(self.cues.get(tok.norm[1:], ()))
        for prefix, base in candidates(tok.norm):
            # و/ف on any cue; ب/ل/ال on a content word of 4+ letters (لمحاكمة، بمكافحة،
            # بالتخطيط) but not on particles (لما "when" is no ما); never ك (كما) or س
            if prefix in ("", "و", "ف") or (
                len(base) >= 4 and not any(ch in prefix for ch in "كس")
            ):
                out.extend(self.cues.get(base, ()))
        return out

    def frame(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
              lemma: str = "", also_noun: bool = False, type_: str = "") -> Frame:
        """The frame of the trigger starting at token ``start``.

        ``also_noun``: the verb form is also spelt as the verbal noun (قتل، خطف، قصف); right
        after a word that only governs nouns (قضية خطف، مكافحة قتل) it is read as the noun.
        ``type_``: the candidate's type — a lemma shared with ASSAULT/PROTEST (إطلاق: إطلاق النار
        and إطلاق سراح; قطع) is audited for the other types (session 11); without it the
        lemma decides.
        """
        if verbal and also_noun and not prefix:
            prev = tokens[start - 1] if start > 0 and tokens[start - 1].kind != "punct" else None
            if prev is not None and any(c.applies_to == "noun" for c in self._cues_of(prev)):
                verbal = False
        fr = Frame()
        found: set[str] = set()
        if prefix.endswith("س"):  # clitics.analyses only splits س before an imperfect
            found.add("future")
        kind = "verb" if verbal else "noun"
        # the audit cues (issue #6) apply to the types other than ASSAULT/PROTEST only
        audited = type_ not in GOLD_TYPES if type_ else bool(lemma) and match_form(lemma) not in gold_lemmas()
        dist = 0
        crossed = False
        clause_end = False  # a comma or a stop: the audit cues stay in their clause
        relative = False  # a relative pronoun between: no call reaches into its clause
        for j in range(start - 1, max(-1, start - 12), -1):
            tok = tokens[j]
            if tok.kind == "punct":
                if tok.text in CLAUSE_BREAKS:
                    crossed = True
                if tok.text in ",،;؛:.!?":
                    clause_end = True
                continue
            dist += 1
            if tok.norm in RELATIVES:
                relative = True
            if verbal and dist == 1 and tok.norm in ("قد", "وقد", "فقد") \
                    and imperfect(tokens[start], prefix, lemma):
                found.add("hypothetical")
            if dist == 1 and _subjunctive(tokens, j, start, verbal, prefix, lemma):
                found.add("subjunctive")  # أن يفجر نفسه، أن يتم قصفها: not asserted
                if audited and _without(tokens, j):
                    found.add("negated")  # غادر دون أن يلتقي بالمسؤولين: it did not happen
            for cue in self._cues_of(tok):
                if dist > cue.window or (crossed and cue.window < 6):
                    continue
                scope = cue.applies_to.rstrip("*")
                if scope not in ("any", kind) or (cue.applies_to.endswith("*")
                                                  and (not audited or clause_end)):
                    continue  # «وطالبت … بإطلاق سراح المختطفين، لكنها واصلت … الاعتقال»
                if cue.effect == "plan":
                    if not crossed and _governs(tokens, j, start, prefix):
                        found.add("future")
                    continue
                if cue.effect == "block" and match_form(lemma) in protest_lemmas() \
                        and reading(tok, self.words["condemn"]) is not None:
                    continue  # استنكرت الحكومة قيام المتظاهرين بالتجمع: the protest took place
                if cue.effect == "block" and reading(tok, self.words["responsible"]) is not None \
                        and not (j + 1 < len(tokens) and tokens[j + 1].norm in ABOUT):
                    continue  # «وقال المسؤولون إن التفجير»: officials speaking, not the culprits
                if (pre := reading(tok, self.words["construct"])) is not None and "ال" in pre:
                    continue  # التنظيم "the organisation" (عناصر التنظيم), not تنظيم مظاهرة
                if cue.effect == "block" and reading(tok, self.words["campaign"]) is not None \
                        and _launched(tokens, j, self.words["launch"]):
                    continue  # نفذت عمليات انتحارية، شنت حملة اعتقالات: carried out, not a class
                if cue.effect == "future" and tok.norm in DECIDED and match_form(lemma) in APPROVALS:
                    continue  # قرر مجلس الوزراء الموافقة على: the decision is the approval
                if cue.effect == "future" and audited and negated_intention(tokens, j):
                    found.add("negated")  # المنظمة لا تنوي عقد اجتماع: not intended (session 18)
                    continue
                if cue.effect == "future" and audited and tok.norm in ONSETS and j > 0 \
                        and tokens[j - 1].norm in TIME_PREPS:
                    continue  # قبيل بدء المفاوضات السبت: a time anchor, no plan
                if cue.effect == "negated" and audited and what_ma(tokens, j, start, verbal, prefix, lemma):
                    continue  # وإذا ما وافقت؛ ما تطالب به الدول: "if", "what" — no negation
                if cue.effect == "negated" and _unless(tokens, j):
                    found.add("hypothetical")  # ما لم يقدم الدعم: unless
                    continue
                if cue.effect == "negated" and (_still(tokens, j) or _however(tokens, j)
                                                or _privative(tokens, j, start, prefix)
                                                or _relative_ma(tokens, j)
                                                or _restricted(tokens, start)
                                                or _next_verb(tokens, j, start, prefix)):
                    continue  # لا تزال تطلب: "still"؛ غير أنه رفض: "however"؛ وهذا ما يطالب به؛
                    # لم تقصف داعش سوى ثلاث مرات: "only"؛ لن نسامحها ونطالب: a new verb — no negation
                if cue.effect == "hypothetical" and _intended_launch(tokens, j):
                    found.add("future")  # تستعد لشن هجمات، يعتزمون لتنفيذ: the act prepared for (session 23)
                    continue
                if cue.effect == "hypothetical" and _planned_launch(tokens, j, start):
                    continue  # يخطط لشن تفجيرات: the plan, read at لشن above (session 24)
                if cue.effect == "hypothetical" and _singled_out(tokens, j):
                    continue  # لعل من أهمها الاجتماع الذي جمع …: "perhaps the most important"
                if cue.effect == "hypothetical" and reading(tok, self.words["call"]) is not None \
                        and (relative or not call_word(tok, self.words["call"])
                             or accepted_call(tokens, j, self.words["accept"])
                             or student_at(tokens, j)):
                    continue  # الطالب (a student)؛ تلبية دعوة … لزيارة المركز: the visit took place؛
                    # session 13: لقي طالب سعودي مصرعه (trigger_senses.student_at), no demand
                found.add(cue.effect)
        for j in range(start + 1, min(len(tokens), start + 4)):
            if tokens[j].kind == "punct":
                break
            if tokens[j].norm in POST_HYPOTHETICAL or tokens[j].base in POST_HYPOTHETICAL:
                found.add("hypothetical")  # ضربة جوية محتملة، هجوم وشيك
        if audited and not verbal and _prescribed(tokens, start):
            found.add("hypothetical")  # فنزع أسلحة الحوثيين هو الضمان الوحيد
        if not verbal and _topic_of_news(tokens, start):
            found.add("block")  # حول ما ورد من أنباء عن تعذيب: the topic of a reply, no report
        if _supposed_agent(tokens, start):
            found.add("block")  # أن يكون الموساد هو من أقدم على اغتيال: who did it, supposed
        if not verbal and _necessary_after(tokens, start):
            found.add("hypothetical")  # توجيه ضربات جوية … بات أمرا لا بد منه
        if audited and not verbal and _abandoned(tokens, start):
            found.add("negated")  # أشاح عن فكرة الاستقالة: an act given up
        if audited and not verbal and _refused(tokens, start, self.words["refuse"]):
            found.add("negated")  # رفضهم بداية الأمر لاتهامه: the refused act is not done
        if audited and not verbal and _when_future(tokens, start):
            found.add("future")  # ستلتقي ابنتها عند إطلاق سراحها: the release is to come
        if audited and not verbal and _scheduled_start(tokens, start, prefix):
            found.add("future")  # وستبدأ الندوة عند العاشرة صباحاً … بحوار (session 24)
        if audited and not verbal and _negated_purpose(tokens, start, prefix):
            found.add("negated")  # ولم يتقدم أحد لطلب المساعدة: the purpose was not pursued
        if audited and not verbal and _importance(tokens, start):
            found.add("hypothetical")  # أكد أهمية التعاون بين البلدين: a goal, not an act
        if audited and not verbal and match_form(lemma) not in speech_lemmas() \
                and _future_verb_near(tokens, start):
            found.add("future")  # العقوبات … ستعود، سيمثل تأييده: the noun of a future verb
        found |= self._structure(tokens, start, verbal, prefix, lemma)
        if audited and not verbal and future_governed(tokens, start, prefix, _future, self.governors):
            found.add("future")  # سأصوت بنعم على اقتراع برفضه: the complement of a future verb
        if audited and self._promised(tokens, start, verbal, prefix, lemma):
            found.add("future")  # وعد الوزير بتقديم مساعدات للمزارعين: the promised aid is to come
        if audited and (match_form(lemma) not in INQUIRIES and self._directed(tokens, start, verbal, prefix, lemma)
                        or _opportunity(tokens, start, prefix, self.words["opportunity"])
                        or self._insisted(tokens, start, verbal, prefix, lemma)
                        or not verbal and _obliged(tokens, start)):
            found.add("hypothetical")  # وجه الوزراء بدعم، أمر بالإفراج؛ فرصا جديدة للتعاون؛ يصر على
            # تعاون جيد؛ أنه على كافة الأجهزة التعاون
        if feared(tokens, start, self.words["fear"], self.words["onset"] | self.words["execute"]):
            found.add("hypothetical")  # مخاوف من أن يحاول … خطف طائرة، حذرهم من مواصلة إطلاق
        if audited and not verbal and postponed(tokens, start):
            found.discard("negated")  # نافيا بروز خلافات أدت إلى تأجيل التوقيع: to come
            found.add("future")
        if audited and (intended(tokens, start) or not verbal and drafted(tokens, start)):
            found.add("future")  # التي ينوي … تنفيذها بالتعاون؛ مشروع اتفاقية عامة للتعاون
        if audited and "future" in found and in_force_since(tokens, start):
            found.discard("future")  # اتفاقية للتعاون المشترك مع الجامعة منذ عام 2009: in force
        if audited and not verbal and _expected_after(tokens, start):
            found.add("future")  # مفاوضات السلام المنتظرة منذ فترة طويلة: awaited, still to come (session 24)
        if audited and questioned(tokens, start):
            found.add("hypothetical")  # ومن يضمن … من خلال فيتو إيراني؟
        if audited and proposed(tokens, start, prefix):
            found.add("hypothetical")  # فكرة نشر قوة سلام، المعارضة لنشر قوات: proposed (session 18)
        if audited and hedged(tokens, start, prefix, verbal):
            found.add("hypothetical")  # قد تطال العقوبات، عقوبات قد تفرض عليه: possible (session 19)
        if audited and (mod := provided(tokens, start, prefix)) is not None:
            found.add(mod)  # ينص على نشر: future; التصويت على نشر، ضرورة نشر: proposed (session 19)
        if audited and not verbal and sought(tokens, start, prefix):
            found.add("hypothetical")  # لكسب التأييد: support sought (session 19)
        if audited and not verbal and requested(tokens, start, prefix):
            found.add("hypothetical")  # يطلب من هيئة النزاهة التحقيق معه، إحالة الأوراق … للتحقيق
        if audited and (mod := until(tokens, start, prefix)) is not None:
            found.add(mod)  # تأجيل تنفيذ القصاص حتى بلوغ القاصرين رشدهم ومطالبتهم
        if audited and not verbal and failed(tokens, start, prefix):
            found.add("negated")  # ولم يستطع البوليس القبض عليه، فشل في الحصول على الموافقة
        if audited and "future" in found and past_anchor(tokens, start):
            found.discard("future")  # بعد عام من موافقة الجهات المنظمة: it has happened
        if "negated" in found and _negated_condition(tokens, start):
            found.discard("negated")  # إذا لم يتم الإفراج عن: the condition's act, not one denied (session 23)
            found.add("hypothetical")
        if "block" in found:
            fr.block = True
        if "threaten" in found:
            fr.threaten = True
        if "hedged" in found:
            fr.hedged = True
        if "sequence" in found:
            fr.sequence = True
        for m in PRIORITY:
            if m in found:
                fr.modality = m
                break
        else:
            if "subjunctive" in found:  # after the others: من المقرر أن تنسحب stays future
                fr.modality = "hypothetical"
        return fr


    def _directed(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
                  lemma: str) -> bool:
        """Whether a directive governs the trigger's complement opening with ب: the trigger
        (بالإفراج) or one execution masdar before it (بتقديم مساعدات)."""
        imperf = verbal and (prefix.endswith("س") or imperfect(tokens[start], prefix, lemma))
        if not verbal and prefix == "و" and _shares_ba(tokens, start):
            return directed(tokens, start - 1, "ب", self.words["directive"], self.words["accept"])
        comp = complement(tokens, start, prefix, verbal, imperf, self.words["execute"])
        if comp is None or not comp[2]:
            return False
        first = comp[0]
        pre = prefix if first == start else (reading(tokens[first], self.words["execute"]) or "")
        return directed(tokens, first, pre, self.words["directive"], self.words["accept"])

    def _insisted(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
                  lemma: str) -> bool:
        """Whether an insistence governs the trigger's complement (يصر الدائنون على تعاون جيد،
        تمسكها بتنفيذ): what is insisted on is demanded, not done (session 10)."""
        imperf = verbal and (prefix.endswith("س") or imperfect(tokens[start], prefix, lemma))
        comp = complement(tokens, start, prefix, verbal, imperf, self.words["execute"])
        return comp is not None and comp[2] and called(tokens, comp[0], self.words["insist"],
                                                       self.words["accept"])

    def _promised(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
                  lemma: str) -> bool:
        """Whether a promise or pledge governs the trigger's complement (وعد بتقديم مساعدات،
        تعهدت بالانسحاب، متعهدا بدعم): what is promised is still to be done (session 11) — the
        promise itself is the AGREE event."""
        imperf = verbal and (prefix.endswith("س") or imperfect(tokens[start], prefix, lemma))
        comp = complement(tokens, start, prefix, verbal, imperf, self.words["execute"])
        return comp is not None and comp[2] and called(tokens, comp[0], self.words["promise"],
                                                       self.words["accept"])

    def _structure(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
                   lemma: str) -> set[str]:
        """What the sentence's structure says (:mod:`.inherit`): the complement of a call
        (hypothetical) or of a purpose — من أجل، بهدف … or an execution masdar with ل (لإجراء
        محادثات) — (hypothetical; future through an arranging masdar: من أجل ترتيب انسحاب), and
        conditional sentences (hypothetical)."""
        imperf = verbal and (prefix.endswith("س") or imperfect(tokens[start], prefix, lemma))
        if verbal and not imperf and not prefix \
                and noun_slot(tokens, start, self.words["purpose"], self.words["execute"]):
            verbal = False  # من أجل رفع الحظر: the verbal noun, not the perfect verb
        out: set[str] = set()
        comp = complement(tokens, start, prefix, verbal, imperf, self.words["execute"])
        if comp is not None:
            first, masdar, marked = comp
            if (marked or masdar) and called(tokens, first, self.words["call"], self.words["accept"]):
                out.add("hypothetical")
            elif purpose(tokens, first, marked, self.words["purpose"]) \
                    or masdar and purpose_lam(tokens, first, self.words["execute"]):
                out.add("future" if masdar in self.words["arrange"] or _intended_launch(tokens, first)
                        else "hypothetical")  # تستعد لشن هجمات: prepared for (session 23)
        if conditional(tokens, start, verbal, verbal and not imperf):
            out.add("hypothetical")
        return out


@lru_cache(maxsize=1)
def modality_lexicon() -> ModalityLexicon:
    """The per-process modality lexicon."""
    return ModalityLexicon()

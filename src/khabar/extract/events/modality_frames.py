"""Modality families of the 14 audited types (issue #6), read by
:meth:`khabar.extract.events.modality.ModalityLexicon.frame` — clause structure, each family
from general usage (found through the blind sample ``s13_blind.tsv`` and the session-11 open
list):

- **the complement of a future verb** is to come: a verbal noun marked with ب or ل a few words
  after a verb with the future prefix (or سوف) in its clause — «سأصوت بنعم على اقتراع برفضه»,
  «ستقام الأمسية بالتعاون مع الجمعية», «سيتوجه الوفد إلى القاهرة للقاء المسؤولين» — is future,
  like the subject or object of such a verb (``modality._future_verb_near``);
- **what is postponed is still to come**, whatever a denial farther back says of the sentence:
  «نافيا بروز خلافات أدت إلى تأجيل التوقيع عليه» denies the disagreements, not the signing,
  which is to come (future, not negated); «نفى تأجيل الاجتماع» leaves the meeting to come too.
  A negator on the postponement itself («لم يتم تأجيل التوقيع») is left to the cue rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.document import Token
from khabar.extract.events.inherit import RELATIVES, reading
from khabar.extract.events.walk import CLAUSE_STOPS, words_back
from khabar.text.normalize import match_form

FUTURE_GOVERN_REACH = 6  # words from the future verb to its ب/ل-marked complement


def _marked(prefix: str) -> bool:
    """Whether the proclitics carry ب or ل (برفضه، للقاء، بالتعاون)."""
    p = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
    return p.endswith(("ب", "ل"))


def future_governed(tokens: Sequence[Token], start: int, prefix: str,
                    is_future: Callable[[Token], bool], governors: frozenset[str]) -> bool:
    """Whether the ب/ل-marked verbal noun at ``start`` is the complement of a future verb at most
    :data:`FUTURE_GOVERN_REACH` words before it in its clause — no relative pronoun between, nor
    a word that governs the act itself (``governors``: a refusal, a call, a promise — «سأظل
    متمسكا بموقفي الرافض للمفاوضات» refuses the talks, it plans none)."""
    if not _marked(prefix):
        return False
    for j in words_back(tokens, start, FUTURE_GOVERN_REACH, CLAUSE_STOPS):
        tok = tokens[j]
        if tok.norm in RELATIVES or reading(tok, governors) is not None:
            return False
        if is_future(tok):
            return True
    return False


POSTPONE = frozenset(match_form(w) for w in (
    "تأجيل بتأجيل لتأجيل وتأجيل التأجيل إرجاء ارجاء بإرجاء بارجاء تأجيله تأجيلها"
).split())
NEGATORS = frozenset(match_form(w) for w in "لم لن لا ليس عدم بعدم ولم ولن ولا".split())
POSTPONE_REACH = 2  # words from the postponement to the act it governs


def postponed(tokens: Sequence[Token], start: int) -> bool:
    """Whether a postponement word governs the verbal noun at ``start`` (at most
    :data:`POSTPONE_REACH` words before it, nothing but words between), with no negator of its
    own right before it (or before its light verb: لم يتم تأجيل)."""
    for j in words_back(tokens, start, POSTPONE_REACH, words_only=True):
        tok = tokens[j]
        if tok.norm in POSTPONE:
            before = [t.norm for t in tokens[max(0, j - 2): j] if t.kind == "word"]
            return not any(n in NEGATORS for n in before)
    return False


# Session 13, second round (evt13b), families evt13 left:
# - **a question** asserts nothing: an act in a sentence whose first end mark after it is «؟»
#   (ومن يضمن … عدم تعطيله … من خلال فيتو إيراني؟، فهل تنسحب القوات؟) is hypothetical — not a
#   rhetorical negative question (ألم/أليس/ألا …؟ "did they not": the act is asserted), nor a
#   "why" question (لماذا رفضت العروض؟ presupposes the refusal), nor a concessive clause (رغم أنه
#   يطلب منهم أرواحهم …؟ states a fact), nor an act before a colon that opens the question;
QUESTION_MARKS = frozenset("؟?")
SENTENCE_ENDS = frozenset(".!")
NEGATIVE_QUESTION = frozenset(match_form(w) for w in (
    "ألم الم أليس اليس أليست ألا أولم اولم أفلا لماذا ولماذا فلماذا"
).split())
CONCESSIVE = frozenset(match_form(w) for w in "رغم برغم ورغم وبرغم".split())


INTERROGATIVES = frozenset(match_form(w) for w in (
    "هل وهل فهل أم ام كيف وكيف فكيف لماذا ولماذا فلماذا متى ومتى أين اين وأين فأين ماذا وماذا فماذا"
).split())


def questioned(tokens: Sequence[Token], start: int) -> bool:
    """Whether the act at ``start`` is in a question (see :data:`QUESTION_MARKS`): not when the
    question opens a clause of its own after it (وقدم الوزير استقالته أمس، فهل يتغير شيء؟)."""
    crossed = False
    for j in range(start + 1, len(tokens)):
        tok = tokens[j]
        if tok.kind != "punct":
            if crossed and tok.norm in INTERROGATIVES:
                return False
            continue
        if tok.text in CLAUSE_STOPS:
            crossed = True
        if tok.text in SENTENCE_ENDS or tok.text.startswith(("..", "…", ":")):
            return False
        if any(ch in QUESTION_MARKS for ch in tok.text):
            return not any(t.kind == "word" and t.norm in NEGATIVE_QUESTION for t in tokens[:start]) \
                and not _concessive(tokens, start)
    return False


def _concessive(tokens: Sequence[Token], start: int) -> bool:
    """Whether a concessive «رغم» opens the act's clause before it."""
    return any(tokens[j].norm in CONCESSIVE for j in words_back(tokens, start, start, CLAUSE_STOPS))


# - **an act in force since a past date** is no plan: «منذ» + a year or a time word a few words
#   after it in its clause (هناك اتفاقية للتعاون المشترك مع الجامعة منذ عام 2009) — the future a
#   plan or agreement noun gave it is dropped;
SINCE = frozenset(match_form(w) for w in "منذ ومنذ".split())
SINCE_REACH = 6  # words from the act to «منذ»
SINCE_TIMES = frozenset(match_form(w) for w in (
    "عام العام سنة السنة سنوات أعوام اعوام سنين عقود عقد شهر أشهر اشهر شهور أسابيع اسابيع أيام ايام "
    "بداية مطلع أواخر اواخر نهاية تأسيس تاسيس توقيع إنشاء انشاء ذلك الحين فترة زمن وقت"
).split())


def in_force_since(tokens: Sequence[Token], start: int) -> bool:
    """Whether «منذ» + a past time follows the act at ``start`` in its clause."""
    seen = 0
    for j in range(start + 1, len(tokens)):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_STOPS:
                return False
            continue
        seen += 1
        if seen > SINCE_REACH:
            return False
        if tok.norm in SINCE and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            return nxt.kind == "number" or nxt.norm in SINCE_TIMES
    return False


# - **an intention reaches its whole clause**: «ينوي/يعتزم …» up to INTENT_REACH words back, with
#   its subject between (الخطط التي ينوي رئيس جهاز الشرطة الخليجية المقدم … تنفيذها بالتعاون) —
#   the intended act is future; not after a negator of the intention (لا ينوي);
INTENT = frozenset(match_form(w) for w in (
    "ينوي تنوي ينوون تنوون ننوي أنوي انوي يعتزم تعتزم يعتزمون نعتزم أعتزم اعتزم يزمع تزمع يزمعون "
    "نوى نوت عزم عزمت اعتزم اعتزمت"
).split())
INTENT_REACH = 12


def intended(tokens: Sequence[Token], start: int) -> bool:
    """Whether an intention verb (:data:`INTENT`) governs the act at ``start`` from its clause."""
    for j in words_back(tokens, start, INTENT_REACH, CLAUSE_STOPS):
        tok = tokens[j]
        bare = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and tok.norm[1:] in INTENT else tok.norm
        if bare in INTENT:
            return not (j > 0 and tokens[j - 1].norm in NEGATORS)
    return False


# - **a draft agreement** is not in force: the act a few words after «مشروع/مسودة» + an agreement
#   noun (مشروع اتفاقية عامة للتعاون بين حكومة المملكة وحكومة …، مسودة مذكرة تفاهم للتعاون) is to come.
DRAFT = frozenset(match_form(w) for w in "مشروع لمشروع بمشروع ومشروع مشاريع مسودة لمسودة بمسودة ومسودة".split())
AGREEMENTS = frozenset(match_form(w) for w in (
    "اتفاقية اتفاق اتفاقيات مذكرة مذكرات معاهدة بروتوكول الاتفاقية الاتفاق المذكرة المعاهدة البروتوكول"
).split())
DRAFT_REACH = 4  # words from the agreement noun to the act


def drafted(tokens: Sequence[Token], start: int) -> bool:
    """Whether the act at ``start`` is named in a draft agreement (:data:`DRAFT`), or is the
    signing of «it» (:func:`_signs_draft`)."""
    for j in words_back(tokens, start, DRAFT_REACH, words_only=True):
        if j == 0:
            return False
        if tokens[j].norm in AGREEMENTS and tokens[j - 1].norm in DRAFT:
            return True
    return _signs_draft(tokens, start)


# Session 15 (evt15): «التوقيع عليه/عليها» signs the agreement named last before it in the sentence,
# however far (تفويض وزير الخارجية - أو من ينيبه - بالتباحث … في شأن مشروع اتفاقية عامة للتعاون بين
# حكومة المملكة وحكومة جمهورية "أفريقيا الوسطى" والتوقيع عليه): when that one is a draft, the signing
# is to come; «وقعت الحكومة الاتفاقية … والتوقيع عليها تم أمس» (no draft) keeps its tense.
SIGNING = frozenset(match_form(w) for w in "توقيع التوقيع والتوقيع وتوقيع".split())
ON_IT = frozenset(match_form(w) for w in "عليه عليها".split())
SENTENCE_STOPS = frozenset(".!?؟")


def _signs_draft(tokens: Sequence[Token], start: int) -> bool:
    """Whether «التوقيع عليه» at ``start`` signs a draft (the nearest agreement noun before it)."""
    if tokens[start].norm not in SIGNING or start + 1 >= len(tokens) or tokens[start + 1].norm not in ON_IT:
        return False
    for j in range(start - 1, 0, -1):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in SENTENCE_STOPS:
            return False
        if tok.norm in AGREEMENTS:
            return tokens[j - 1].norm in DRAFT
    return False


# Session 14 (evt14), families of the blind sample s14_blind.tsv and the session-13 open list:
# - **a requested or referred act** is still to be done: the bare verbal noun after «طلب/يطلب/
#   طالب … من» + the addressee (أول مسؤول يطلب من هيئة النزاهة التحقيق معه، الطلب من مجلس الوزراء
#   الموافقة على القرارات) and the ل-marked act a referral sends a case to (إحالة الأوراق لدائرة
#   التحقيق بالمحافظة للتحقيق معه) — hypothetical, as a call's complement is;
ASK = frozenset(match_form(w) for w in (
    "طلب طلبت طلبوا يطلب تطلب يطلبون نطلب أطلب اطلب الطلب بالطلب طالب طالبت طالبوا يطالب تطالب "
    "يطالبون مطالبة المطالبة وطلب وطلبت ويطلب وتطلب وطالب وطالبت ويطالب وتطالب"
).split())
ASK_REACH = 6  # words from the asking word to the act (من + the addressee between)
REFER = frozenset(match_form(w) for w in (
    "إحالة احالة بإحالة باحالة وإحالة واحالة أحال احال أحالت احالت وأحال واحال يحيل تحيل أحيل "
    "احيل وأحيل واحيل يحال تحال وإحالته واحالته إحالته احالته"
).split())
REFER_REACH = 8


def requested(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the act at ``start`` is asked of an addressee or referred (see :data:`ASK`)."""
    bare = prefix in ("", "ال")
    referred = prefix.startswith("ل")
    if not (bare or referred):
        return False
    back = list(words_back(tokens, start, REFER_REACH, CLAUSE_STOPS))
    if referred:
        return any(tokens[j].norm in REFER for j in back)
    for n, j in enumerate(back[:ASK_REACH]):
        if tokens[j].norm in ASK:
            return n > 0 and tokens[j + 1].norm in FROM
    return False


FROM = frozenset(match_form(w) for w in "من منه منها منهم منا مني منكم".split())


# - **an «until» clause** is not asserted: the acts of «حتى» + a verbal noun after a postponement
#   or a wait (تأجيل تنفيذ القصاص حتى بلوغ القاصرين رشدهم ومطالبتهم بتنفيذه) are to come, and the
#   act of «حتى» + an imperfect verb (so that, until: حتى يتفق الطرفان) is hypothetical; «حتى» +
#   a past act with no postponement (كان حتى اعتقاله مراسلا) keeps its tense;
UNTIL = frozenset(match_form(w) for w in "حتى وحتى".split())
WAITS = POSTPONE | frozenset(match_form(w) for w in (
    "تأجيل تأخير انتظار بانتظار حين لحين تعليق إمهال امهال مهلة إيقاف ايقاف وقف"
).split())
UNTIL_REACH = 8  # words from «حتى» to the act
WAIT_REACH = 4  # words from the postponement to «حتى»


def until(tokens: Sequence[Token], start: int, prefix: str) -> str | None:
    """``"future"`` or ``"hypothetical"`` for an act in an «حتى» clause (see :data:`UNTIL`)."""
    back = list(words_back(tokens, start, UNTIL_REACH, CLAUSE_STOPS))
    for j in back:
        if tokens[j].norm not in UNTIL or j + 1 >= len(tokens):
            continue
        first = tokens[j + 1]
        if j + 1 == start and prefix == "" and first.norm[:1] in ("ي", "ت", "ن"):
            return "hypothetical"  # حتى يتفق الطرفان
        if any(tokens[k].norm in WAITS for k in words_back(tokens, j, WAIT_REACH, CLAUSE_STOPS)):
            return "future"
        return None
    return None


# - **a past anchor**: the act «بعد/عقب» + a period + «من/على» is the time another act is
#   measured from (وذلك بعد عام تقريبا من موافقة الجهات المنظمة على استئناف المفاعلين): it has
#   happened, whatever future the sentence tells of the later act;
AFTER = frozenset(match_form(w) for w in "بعد وبعد عقب وعقب".split())
PERIODS = frozenset(match_form(w) for w in (
    "عام أعوام اعوام سنة سنتين سنوات شهر شهرين أشهر اشهر شهور أسبوع اسبوع أسبوعين اسبوعين "
    "أسابيع اسابيع يوم يومين أيام ايام ساعة ساعات ساعتين دقائق فترة أقل اقل أكثر اكثر نحو قرابة"
).split())
ANCHOR_PREPS = frozenset(match_form(w) for w in "من على".split())
ANCHOR_REACH = 4


def past_anchor(tokens: Sequence[Token], start: int) -> bool:
    """Whether the act at ``start`` is the anchor of «بعد + a period + من» (see :data:`AFTER`)."""
    back = list(words_back(tokens, start, ANCHOR_REACH, CLAUSE_STOPS))
    if not back or tokens[back[0]].norm not in ANCHOR_PREPS:
        return False
    between = back[1:]
    for n, j in enumerate(between):
        if tokens[j].norm in AFTER:
            return n > 0 and any(tokens[k].norm in PERIODS or tokens[k].kind == "number"
                                 for k in between[:n])
    return False


# - **a failed or impossible act** did not happen: the act after a negated ability verb (ولم
#   يستطع البوليس القبض عليه، لا تتمكن الشرطة من مصادرة) or after a verb of failure (فشل المجلس في
#   الحصول على الموافقة، عجزت عن) — not a restricted one (لا تتمكن … من مصادرة أكثر من 20 مليون
#   لتر: some are seized);
ABLE = frozenset(match_form(w) for w in (
    "يستطع تستطع يستطيعوا يستطيعون يستطيع تستطيع نستطع يتمكن تتمكن يتمكنوا يتمكنون نتمكن تمكن "
    "تمكنت تمكنوا يقدر تقدر يقدرون"
).split())
FAILED = frozenset(match_form(w) for w in (
    "فشل فشلت فشلوا يفشل تفشل وفشل وفشلت عجز عجزت عجزوا يعجز تعجز أخفق اخفق أخفقت اخفقت يخفق"
).split())
ABLE_NEGATORS = frozenset(match_form(w) for w in "لم لن لا ولم ولن ولا فلم فلن فلا".split())
ABLE_REACH = 5  # words from the ability verb to the act (its subject and من/في between)
MORE_THAN = frozenset(match_form(w) for w in "أكثر اكثر سوى إلا الا".split())
FAILED_PREPS = frozenset(match_form(w) for w in "في عن".split())  # فشل في، عجز عن


def failed(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the act at ``start`` is one a negated ability or a failure governs — not the
    ب-marked object of another act between (لم تتمكن من الإيفاء بوعد العام الأول: the promise
    was made), nor an act the failure noun heads (فشل الاجتماع: the meeting was held)."""
    after = [t for t in tokens[start + 1: start + 4] if t.kind == "word"]
    if prefix.startswith(("ب", "وب")) or any(t.norm in MORE_THAN for t in after):
        return False
    for j in words_back(tokens, start, ABLE_REACH, CLAUSE_STOPS):
        tok = tokens[j]
        if tok.norm in FAILED:
            return any(tokens[k].norm in FAILED_PREPS for k in range(j + 1, start))
        if tok.norm in ABLE:
            return j > 0 and tokens[j - 1].norm in ABLE_NEGATORS
    return False


# Session 18 (evt18), families of the first second-source sample (a18_blind.tsv, ANERcorp) read with
# the news-day samples:
# - **a negated intention**: a future cue that is an intention verb with a negator right before it
#   (المنظمة لا تنوي عقد اجتماع طارئ، لا يعتزم الانسحاب) leaves the act undone — negated, not future
#   (r17_blind coded it AGREE future through the codebook's future-CONSULT rule; the negator stands
#   three words from the act, past the two-word reach of the negation cue).


def negated_intention(tokens: Sequence[Token], j: int) -> bool:
    """Whether the future cue at ``j`` is an intention verb negated by the word right before it."""
    if j == 0 or tokens[j - 1].kind != "word" or tokens[j - 1].norm not in NEGATORS:
        return False
    tok = tokens[j]
    return tok.norm in INTENT or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in INTENT


# - **a proposed act**: the verbal noun governed by a word of proposal, idea or option right before
#   it as the head of its idafa (فكرة نشر قوة سلام، اقتراح فرض عقوبات، خيار العقوبات — not «متحف
#   … المقترح التقت», a definite adjective before a verb) or by an opposing or supporting stance
#   through ل (الحكومة المعارضة لنشر قوات دولية، تأييده لفرض العقوبات) is proposed, not done —
#   hypothetical (a18_blind's three deployments and the proposals of blind.tsv and roles_fresh, all
#   coded asserted).
PROPOSALS = frozenset(match_form(w) for w in (  # the head of an idafa takes no «ال» (not «المقترح»)
    "فكرة بفكرة وفكرة اقتراح باقتراح واقتراح مقترح بمقترح ومقترح اقتراحات مقترحات خيار بخيار خيارات"
).split())
STANCES = frozenset(match_form(w) for w in (
    "معارضة المعارضة معارض المعارض معارضته معارضتها معارضتهم المعارضين المعارضون تأييد التأييد تأييده "
    "تأييدها تأييدهم مؤيد المؤيد مؤيدة المؤيدة المؤيدين المؤيدون"
).split())


def proposed(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the verbal noun at ``start`` is proposed (see :data:`PROPOSALS`, :data:`STANCES`);
    a form also spelt as the perfect verb (نشر، فرض) is the noun right after a proposal word."""
    if start == 0 or tokens[start - 1].kind != "word":
        return False
    head = tokens[start - 1].norm
    if prefix in ("", "ال"):
        return head in PROPOSALS
    return prefix in ("ل", "لل") and head in STANCES


# Session 19 (evt19), families of the second second-source sample (a19_blind.tsv, ANERcorp) read with
# a18 and the news-day samples:
# - **a hedged act**: a verbal noun that is the subject or object of «قد» + an imperfect verb a few
#   words before it in its clause (قد تطال العقوبات تجميد الأصول، قد يواجه حكما بالإعدام، قد يتخذ قرار
#   بفرض عقوبات، قد ترد على فرض عقوبات، قوة … قد تحصل على موافقة مجلس الأمن), or an indefinite noun
#   (or one with a relative pronoun) described by such a verb right after it (عقوبات اقتصادية قد تفرض
#   عليه، التهديدات التي قد تظهر) is possible, not done — hypothetical; the «قد» rule of the verbs
#   reads only a verb trigger right after it. A perfect after «قد» (فقد تصدرت، وقد تمت) is no hedge,
#   nor a definite noun's predicate (العقوبات قد تؤدي إلى: sanctions in force said to act).
MAY = frozenset(match_form(w) for w in "قد وقد فقد".split())
HEDGE_BEFORE = 3  # words from the hedged verb's «قد» to the act (the verb, its subject, a preposition)
HEDGE_AFTER = 3  # words from the act to «قد» (adjectives, a relative pronoun)


def _imperfect_verb(tok: Token) -> bool:
    """Whether a word after «قد» reads as an imperfect (يواجه، تطال، ترد — not تمت، تسببت)."""
    n = tok.norm
    return tok.kind == "word" and len(n) >= 3 and n[0] in "يتن" \
        and not (n[0] == "ت" and n.endswith("ت")) and not n.endswith("وا")


def hedged(tokens: Sequence[Token], start: int, prefix: str, verbal: bool) -> bool:
    """Whether «قد» + an imperfect verb governs the act at ``start`` (see :data:`MAY`); a verb
    trigger right after «قد» is the «قد» rule's, a verb trigger takes no description after it."""
    for j in words_back(tokens, start, HEDGE_BEFORE, CLAUSE_STOPS):
        if tokens[j].norm in MAY:
            return j + 1 < start and _imperfect_verb(tokens[j + 1])
    if verbal:
        return False
    relative_needed = prefix.endswith("ال")  # العقوبات قد تؤدي: a predicate, not a description
    seen = 0
    for j in range(start + 1, min(len(tokens), start + 2 + HEDGE_AFTER)):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if tok.norm in RELATIVES:
            relative_needed = False
            continue
        if tok.norm in MAY:
            return not relative_needed and j + 1 < len(tokens) and _imperfect_verb(tokens[j + 1])
        seen += 1
        if seen > HEDGE_AFTER:
            return False
    return False


# - **an act a text provides for, a vote is held on, or held necessary**: the verbal noun after
#   «ينص/يقضي على» or a ب-marked one after «يقضي» (القرار الذي ينص على نشر تلك القوة، اتفاق … يقضي
#   بسحب القوات) is to come (future, as s8_blind's judge read the 1955 agreement); after a vote «على»
#   (قبل تصويت مجلس الامن أمس على نشر قوة) or right after «ضرورة» (أكدوا ضرورة نشر الجيش) it is
#   proposed — hypothetical. The verb forms also spelt as the verbal noun (نشر، فرض) were read as
#   verbs there and kept asserted (a19_blind ×2, a18_fresh).
PROVIDE = frozenset(match_form(w) for w in (
    "ينص تنص نص نصت ينصان تنصان وينص وتنص ونص ونصت يقضي تقضي قضى قضت يقضيان ويقضي وتقضي"
).split())
PROVIDE_BA = frozenset(match_form(w) for w in "يقضي تقضي قضى قضت يقضيان ويقضي وتقضي".split())
VOTE = frozenset(match_form(w) for w in (
    "تصويت التصويت للتصويت بالتصويت والتصويت صوت صوتت يصوت تصوت يصوتون صوتوا وصوت وصوتت"
).split())
NECESSITY = frozenset(match_form(w) for w in "ضرورة بضرورة وضرورة لضرورة".split())
ON = frozenset(match_form(w) for w in "على علي".split())
PROVIDE_REACH = 4  # words from «على» back to the provision or vote word (its subject, a time)


def provided(tokens: Sequence[Token], start: int, prefix: str) -> str | None:
    """``"future"`` for an act a text provides for, ``"hypothetical"`` for one voted on or held
    necessary (see :data:`PROVIDE`); ``None`` otherwise."""
    if start == 0 or tokens[start - 1].kind != "word":
        return None
    prev = tokens[start - 1].norm
    if prefix in ("", "ال") and prev in NECESSITY:
        return "hypothetical"
    if prefix in ("ب", "بال") and prev in PROVIDE_BA:
        return "future"
    if prefix not in ("", "ال") or prev not in ON:
        return None
    for j in words_back(tokens, start - 1, PROVIDE_REACH, CLAUSE_STOPS):
        if tokens[j].norm in PROVIDE:
            return "future"
        if tokens[j].norm in VOTE:
            return "hypothetical"
    return None


# - **support or approval sought**: the noun right after a verbal noun of winning or gathering it
#   (جاب دول العالم لكسب التأييد، بعثت ناشطين لكسب تأييده، حشد الدعم) is sought, not given —
#   hypothetical, as «للحصول على تأييد» already is through its purpose (a19_blind, r16_blind rows).
WIN = frozenset(match_form(w) for w in (
    "كسب لكسب وكسب بكسب حشد لحشد وحشد بحشد استمالة لاستمالة نيل لنيل استقطاب لاستقطاب"
).split())


def sought(tokens: Sequence[Token], start: int, prefix: str) -> bool:
    """Whether the noun act at ``start`` is what a winning or gathering noun right before it seeks."""
    return prefix in ("", "ال") and start > 0 and tokens[start - 1].kind == "word" \
        and tokens[start - 1].norm in WIN

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
from khabar.extract.events.walk import words_back
from khabar.text.normalize import match_form

CLAUSE_STOPS = frozenset(".!?؟:؛;،,«»\"“”()")
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
    seen = 0
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        seen += 1
        if seen > POSTPONE_REACH:
            return False
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
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_STOPS:
                return False
            continue
        if tok.norm in CONCESSIVE:
            return True
    return False


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
    """Whether the act at ``start`` is named in a draft agreement (:data:`DRAFT`)."""
    seen = 0
    for j in range(start - 1, 0, -1):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        seen += 1
        if seen > DRAFT_REACH:
            return False
        if tok.norm in AGREEMENTS and tokens[j - 1].norm in DRAFT:
            return True
    return False

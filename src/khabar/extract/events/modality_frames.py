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
    seen = 0
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_STOPS:
                return False
            continue
        seen += 1
        if seen > FUTURE_GOVERN_REACH or tok.norm in RELATIVES or reading(tok, governors) is not None:
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

"""Session-13 sense families of the 14 audited types (issue #6): trigger words that name no act
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
  الفيلم): a private anecdote.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_form

_PUNCT_BREAKS = frozenset(".!?؟:؛;،,")

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

VISIT_LEMMAS = frozenset(match_form(w) for w in ("زيارة", "زار"))
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


def student(tokens: Sequence[Token], i: int, prefix: str, kind: str, lemma: str) -> bool:
    """«طالب» read as the noun (see the module docstring)."""
    if lemma not in STUDENT_LEMMAS or kind != "v" or prefix:
        return False
    if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].norm in NOUN_BEFORE:
        return True
    return i + 1 < len(tokens) and _demonym(tokens[i + 1])


def convicted(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """«إدانة» right after a word of proof, at most :data:`PROOF_REACH` words before it."""
    if lemma not in CONVICTION_LEMMAS:
        return False
    words = [t for t in tokens[max(0, i - PROOF_REACH): i] if t.kind == "word"]
    return any(t.norm in PROOF for t in words)


def public_visit(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """A visit whose visitors are the public, named before it in its clause."""
    if lemma not in VISIT_LEMMAS:
        return False
    seen = 0
    for j in range(i - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in _PUNCT_BREAKS:
                return False
            continue
        seen += 1
        if seen > PUBLIC_REACH:
            return False
        if tok.norm in PUBLIC:
            return True
    return False


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
    seen = 0
    for j in range(i - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in _PUNCT_BREAKS:
                return False
            continue
        seen += 1
        if seen > KIN_REACH:
            return False
        if tok.norm in MY_KIN:
            return True
    return False


def other_sense13(tokens: Sequence[Token], i: int, prefix: str, type_: str, kind: str,
                  lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-13 senses
    that name no act of ``type_``."""
    if my_kin(tokens, i, kind):
        return True
    if type_ == "REQUEST":
        return student(tokens, i, prefix, kind, lemma)
    if type_ == "ACCUSE":
        return convicted(tokens, i, lemma)
    if type_ == "CONSULT":
        return public_visit(tokens, i, lemma)
    return False

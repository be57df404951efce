"""Kinship cues around person names, for telling relatives who share a name apart.

- :func:`relative_named`: a name introduced as someone's relative («خطى والده، …، جون آدمز»,
  «ونجله سلطان الحربي») names another person than the one the kinship noun's pronoun refers
  to, so its given and family name do not join that person's longer name («جون كوينسي آدمز»).
- :func:`named_as_parent`: a full name right after «ابن/نجل/ابنة …» (with titles between:
  «ابن الرئيس الإيراني الأسبق علي أكبر هاشمي رفسنجاني») is the parent of the one the report is
  about, which tells father from son where the son's full name carries no mark.
- :func:`son_after`: a name whose clause goes on to speak of «ابنه/نجله» is the parent's.
- :func:`given_name_cut`: a family name whose given name the tagger left out stands right
  after an indefinite given name («مدرب الحراس مساعد [الدوسري]»).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import regex

from khabar.text.clitics import PROCLITICS
from khabar.text.normalize import match_form, word_before

_WORDS_BACK = regex.compile(r"([\p{L}\p{M}]+|[.!?؟:؛\n]|[،,])")
_SENTENCE_END = frozenset(".!?؟:؛\n")
_PRONOUNS = ("هما", "هم", "ها", "ه")
_KIN_STEMS = frozenset(match_form(w) for w in (
    "والد والدت أبو أبي ابن ابنت نجل نجلت بنت شقيق شقيقت أخو أخي أخت جدت حفيد "
    "حفيدت زوج زوجت عمت خالت صهر").split())
_MARKS = "".join(map(chr, range(0x64B, 0x653))) + "\u0640"  # harakat and tatweel
WINDOW = 12  # words back from a name to its kinship noun


def _kin_with_pronoun(word: str) -> bool:
    """«والده», «ونجله», «لأبيه», «زوجته»: a kinship noun with a possessive pronoun (not
    «ابنة/خالة X», whose ة the matching form writes as the pronoun ه)."""
    if word.rstrip(_MARKS).endswith("ة"):
        return False
    w = match_form(word)
    for clitic in PROCLITICS:
        if not w.startswith(clitic):
            continue
        rest = w[len(clitic):]
        for pron in _PRONOUNS:
            if rest.endswith(pron) and len(rest) > len(pron) + 1:
                stem = rest[: -len(pron)]
                if stem in _KIN_STEMS or (stem.endswith("ت") and stem[:-1] in _KIN_STEMS):
                    return True
    return False


def relative_named(text: str, start: int, person_starts: Sequence[int] = ()) -> bool:
    """Whether a kinship noun with a pronoun stands within :data:`WINDOW` words before
    ``start`` in the same sentence, with no other name (``person_starts``: the sorted starts
    of the document's person mentions) between it and the name."""
    lo = max(0, start - 160)
    k = bisect_left(person_starts, start) - 1  # the last other person starting before it
    other = person_starts[k] if k >= 0 else -1
    toks = [(m.start() + lo, m.group()) for m in _WORDS_BACK.finditer(text[lo:start])]
    words = 0
    for pos, tok in reversed(toks):
        if tok in _SENTENCE_END:
            return False
        if tok in ("،", ","):
            continue
        if pos <= other:
            return False
        if _kin_with_pronoun(tok):
            return True
        words += 1
        if words >= WINDOW:
            return False
    return False


_PARENT_OF = frozenset(match_form(w) for w in "ابن نجل ابنة بنت نجلة حفيد".split())


_QUOTES = frozenset('"«»“”„\'')


def named_as_parent(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows «ابن/نجل/ابنة X» across up to four definite
    words (titles and adjectives: «ابن الرئيس الإيراني الأسبق …»; quotation marks are
    skipped: «ابن الرئيس الأسبق “رفسنجاني”»): the name is the parent's."""
    words = [w for w in regex.findall(r"[\p{L}\p{M}]+|[^\s\p{L}\p{M}]",
                                      text[max(0, start - 80) : start]) if w not in _QUOTES]
    for n, w in enumerate(reversed(words)):
        f = match_form(w)
        if any(f.startswith(c) and f[len(c):] in _PARENT_OF for c in PROCLITICS):
            return True
        if n >= 4 or not f.startswith("ال"):
            return False
    return False


_SON_STEMS = frozenset(match_form(w) for w in "ابن نجل ابنت نجلت".split())
_SENTENCE_STOP = regex.compile(r"[.!?؟:؛\n]")


def son_after(text: str, end: int, window: int = 80) -> bool:
    """Whether the clause after a name speaks of the named person's child: «ابنه», «نجله»,
    «بسجن ابنه» within ``window`` characters, before the sentence ends («وكان رفسنجاني قد
    انتقد علنا الحكم بسجن ابنه»: the name is the father's)."""
    stop = _SENTENCE_STOP.search(text, end, end + window)
    for w in regex.findall(r"[\p{L}\p{M}]+", text[end : stop.start() if stop else end + window]):
        f = match_form(w)
        for clitic in PROCLITICS:
            if f.startswith(clitic) and f.endswith("ه") and f[len(clitic):-1] in _SON_STEMS:
                return True
    return False




def given_name_cut(text: str, start: int, is_given: Callable[[str], bool] | None) -> bool:
    """Whether the word right before a one-word family name is an indefinite given name of
    the NER lexicon («مساعد الدوسري» tagged «الدوسري»): the tagger cut the person's name."""
    if is_given is None:
        return False
    w = word_before(text, start, 30)
    if w is None:
        return False
    return len(w) >= 3 and not w.startswith("ال") and is_given(w)

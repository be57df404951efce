"""The arrested party of a COERCE arrest the general rules leave without one (session 16,
evo16; issue #6).

- **a counted group** after «القبض على», after the verbal noun or after the verb (and its
  subject): «ألقت الجهات الأمنية القبض على 102 مخالف»، «القبض على العشرات من أتباعهم»،
  «واعتقلوا عشرة يهود»، «سعى الانقلابيون إلى اعتقال عدد من أبناء قرية» — a number, a number
  word or «عدد/العشرات/المئات من» and the counted noun with up to two words of its genitive;
  the actor lexicon has no phrase for them;
- **the head of a relative clause whose arrest verb is passive**: «المرأة التي اعتقلت تبلغ …»،
  «X الذي كان قد اعتقل في باكستان» — the verb right after the relative pronoun (or «كان
  قد/قد») with no object after it; the head is the actor phrase before the pronoun, or for
  «اعتقل» a definite noun there (المرأة، الرجل).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import object_follows
from khabar.extract.events.rolewords import NUMBER_WORDS, RELATIVES
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

ON = match_forms("على")
FROM = match_form("من")
# Approximators before a number (أكثر من 30، نحو 20): part of the count.
APPROX = match_forms("أكثر نحو حوالي حوالى قرابة")
COLLECTIVES = match_forms("عدد عددا العشرات عشرات المئات مئات الآلاف آلاف")
# Words that end the counted noun's genitive.
FUNCTION = match_forms("من في على عن إلى الى مع بين الذي التي الذين بعد قبل خلال منذ حتى أن ان")
AUX = match_forms("كان كانت قد")
GENITIVE_WORDS = 2
ARREST = match_form("اعتقل")  # (احتجز also holds goods and ships)


def _count_word(tok: Token) -> bool:
    return tok.kind == "number" or tok.kind == "word" and not tok.prefix.strip("ال") \
        and (tok.base in NUMBER_WORDS or tok.norm in COLLECTIVES) and tok.norm not in APPROX


def counted(tokens: Sequence[Token], k: int, hi: int) -> Phrase | None:
    """A counted group of persons starting at ``k`` (see the module docstring), or None."""
    j = k
    if j < hi and tokens[j].norm in APPROX:
        j += 1 + (j + 1 < hi and tokens[j + 1].norm == FROM)  # أكثر من 30
    if j >= hi or not _count_word(tokens[j]):
        return None
    j += 1
    if j < hi and tokens[j].norm == FROM:
        j += 1  # عدد من، 27 من
    if j >= hi or tokens[j].kind != "word" or tokens[j].prefix not in ("", "ال") \
            or tokens[j].norm in FUNCTION or _count_word(tokens[j]):
        return None
    end = j + 1
    while end < min(hi, j + 1 + GENITIVE_WORDS) and tokens[end].kind == "word" \
            and tokens[end].prefix in ("", "ال") and tokens[end].norm not in FUNCTION:
        end += 1  # عشرة من قياديي حزب التجمع
    return Phrase(start=k, end=end, sector=None)


def arrested(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
             actors: Sequence[Phrase], lo: int, hi: int) -> list[Phrase]:
    """The arrested party of a COERCE arrest with no recipient (see the module docstring)."""
    t0, t1 = cand.start, cand.end
    if t1 < hi and tokens[t1].norm in ON:
        q = counted(tokens, t1 + 1, hi)  # القبض على 102 مخالف
        return [q] if q is not None else []
    k = t1
    if cand.verbal:
        subject = next((a for a in actors if a.start == t1), None)
        k = subject.end if subject is not None else t1  # اعتقلت الشرطة 5 أشخاص
    q = counted(tokens, k, hi)
    if q is not None:
        return [q]
    if not cand.verbal or cand.prefix or actors:
        return []
    j = t0 - 1
    while j >= lo and tokens[j].norm in AUX:
        j -= 1  # الذي كان قد اعتقل
    if j < lo or tokens[j].norm not in RELATIVES or any(p.start == t1 for p in phrases) \
            or object_follows(tokens, t1, hi):
        return []
    head = next((p for p in phrases if p.end == j and not p.prep and p.kind != "target"), None)
    if head is None and j > lo and match_form(cand.entry.lemma) == ARREST \
            and tokens[j - 1].kind == "word" and tokens[j - 1].prefix == "ال":
        head = Phrase(start=j - 1, end=j, sector=None)  # المرأة التي اعتقلت: a person
    return [head] if head is not None else []


# (evo18) Sectors of an arrester: «واعتقلت السلطات التركية أكثر من 1300 شخص».
ARRESTERS = frozenset({"COP", "MIL", "GOV", "SPY"})
COMMAS = frozenset(",،")
AFTER_SUBJECT = match_forms("اليوم أمس امس مؤخرا")


def arrester_first(tokens: Sequence[Token], cand: Candidate, actors: Sequence[Phrase],
                   recips: Sequence[Phrase], hi: int) -> tuple[Phrase, Phrase] | None:
    """(session 18, evo18) The arrester the general rules coded as the arrested: a security
    body right after an active arrest verb, followed (after a comma or a time word) by a
    counted group — «كما اعتقلت قوات الشرطة التركية ثمانية من أعضاء منظمة …»، «واعتقلت
    السلطات التركية أكثر من 1300 شخص» — is the actor and the group the recipient; (actor,
    recipient), or None."""
    if actors or len(recips) != 1 or not cand.verbal or cand.entry.mode != "arrest":
        return None
    q = recips[0]
    if q.start != cand.end or q.prep or q.sector not in ARRESTERS:
        return None
    k = q.end
    while k < hi and (tokens[k].text in COMMAS or tokens[k].norm in AFTER_SUBJECT):
        k += 1
    group = counted(tokens, k, hi)
    return (q, group) if group is not None else None

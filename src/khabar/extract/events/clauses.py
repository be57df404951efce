"""Token-level helpers for role assignment: clause bounds, apposition and short-quote marks,
numbers and counted phrases, coordination, verb agreement and adjacency — the geometry of a
clause that :mod:`khabar.extract.events.roles` reads."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.entities.overlap import LastIndex
from khabar.extract.events.actors import Phrase, crowd_count
from khabar.extract.events.rolewords import (
    AGE,
    AMONG,
    AUXILIARIES,
    COLLECTIVES,
    NOT_OBJECTS,
    NUMBER_WORDS,
    PLURAL_ENDINGS,
    PRONOUN_ADVERBS,
    SKIPPABLE,
)


def base_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.norm in words or tok.base in words or tok.norm[1:] in words


def is_number(tok: Token) -> bool:
    return tok.kind == "number" or base_in(tok, NUMBER_WORDS)


def counted(tokens: Sequence[Token], p: Phrase) -> bool:
    """A counted phrase (ثلاثة جنود، أربعة من حراس الأمن): casualties, not agents."""
    j = p.start - 1
    if j > 0 and tokens[j].norm == "من":
        j -= 1
    return j >= 0 and is_number(tokens[j])


def count_follows(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Whether a count opens the words after the verb (قتلت أربعة من المتهمين): the counted
    object, so the phrase before the verb is its agent, not a passive subject."""
    while j < hi and (base_in(tokens[j], SKIPPABLE) or tokens[j].norm == "من"  # أول من أمس
                      or tokens[j].norm in PRONOUN_ADVERBS):  # وقتل خلالها عشرة
        j += 1
    return j < hi and is_number(tokens[j]) and not tokens[j].prefix.startswith(("و", "ب", "ل"))


def phrase_at(phrases: Sequence[Phrase], lo: int, hi: int) -> Phrase | None:
    for p in phrases:
        if lo <= p.start < hi:
            return p
    return None


def next_content(tokens: Sequence[Token], j: int, hi: int) -> int:
    """Skip time adverbs and numbers after position ``j`` (and a pronoun adverb before a
    number: قتل خلالها عشرة، قتل فيه 13)."""
    while j < hi and (tokens[j].kind == "number" or base_in(tokens[j], SKIPPABLE)
                      or base_in(tokens[j], NUMBER_WORDS) or tokens[j].norm in ("من", "ما", "لا", "يقل", "عن")
                      or tokens[j].norm in PRONOUN_ADVERBS and j + 1 < hi and is_number(tokens[j + 1])
                      or base_in(tokens[j], COLLECTIVES) and j + 1 < hi and tokens[j + 1].norm == "من"):
        if crowd_count(tokens, j) is not None:
            break  # قتل العشرات، تظاهر المئات: the crowd itself is the phrase
        j += 1
    return j


def _short_quotes(tokens: Sequence[Token]) -> frozenset[int]:
    """:func:`_marks_in_clause` of ``tokens``, remembered for the last token list asked
    about: the roles of every event of a sentence ask about the same list (one scan per
    sentence, not per event)."""
    return _SHORT(tokens)


def _marks_in_clause(tokens: Sequence[Token]) -> set[int]:
    """Positions of marks that do not break a clause: «» around at most three words (a
    quoted name: جنود «المارينز»، حركة «حماس»), commas around an apposition, and a short
    parenthesis."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.text == "«":
            for j in range(i + 1, min(len(tokens), i + 5)):
                if tokens[j].text == "»":
                    if all(tokens[k].kind == "word" for k in range(i + 1, j)):
                        out.update((i, j))
                    break
    # an apposition between commas: ثمانية أشخاص، بينهم طفلان، قتلوا؛ فلان، 20 عاما، قتل
    commas = [i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in ",،"]
    for a, b in zip(commas, commas[1:], strict=False):
        seg = tokens[a + 1 : b]
        if 0 < len(seg) <= 4 and (base_in(seg[0], AMONG) or any(t.norm in AGE for t in seg)
                                  or all(base_in(t, SKIPPABLE) for t in seg)):
            out.update((a, b))  # also a time adverb between commas: نجا القائد، أمس، من
    # a short parenthesis (يوليو (تموز) الماضي، حلف شمال الأطلسي (ناتو)، (25 ألفا)) is an
    # aside inside its clause, no break
    for i, t in enumerate(tokens):
        if t.text == "(":
            for j in range(i + 1, min(len(tokens), i + 6)):
                if tokens[j].text == ")":
                    if j > i + 1 and all(tokens[k].kind in ("word", "number")
                                         for k in range(i + 1, j)):
                        out.update((i, j))
                    break
    return out


_SHORT: LastIndex[frozenset[int]] = LastIndex(lambda tokens: frozenset(_marks_in_clause(tokens)))


def apposed(tokens: Sequence[Token]) -> set[int]:
    """Token positions inside an apposition between commas (، بينهم طفلان،)."""
    marks = sorted(i for i in _short_quotes(tokens) if tokens[i].text in ",،")
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        out.update(range(a + 1, b))
    return out


def _breaks(tok: Token, i: int, short: frozenset[int]) -> bool:
    return tok.kind == "punct" and tok.text in ",;:.،؛«»\"()" and i not in short


def clause_bounds(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    short = _short_quotes(tokens)
    lo = start
    while lo > 0 and not _breaks(tokens[lo - 1], lo - 1, short):
        lo -= 1
    hi = end
    while hi < len(tokens) and not _breaks(tokens[hi], hi, short):
        hi += 1
    return lo, hi


def plural_agreement(tok: Token, prefix: str) -> bool:
    """A verb agreeing in plural/dual: its subject came before it (SVO), e.g. مسلحين اغتالوا."""
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    return len(base) > 3 and base.endswith(PLURAL_ENDINGS)


def conjoined(tok: Token) -> bool:
    """Whether ``tok`` carries the conjunction و as a proclitic (والعراق، وقوات) — not a
    word whose first letter is و (وزير، وفد، والي، وكيل)."""
    return tok.prefix.startswith("و")


def coordinated(tokens: Sequence[Token], phrases: Sequence[Phrase], p: Phrase,
                backwards: bool) -> list[Phrase]:
    """``p`` plus a phrase joined to it by the conjunction و (الولايات المتحدة والعراق): the
    proclitic, so «التقى الأمين العام وزير الخارجية» has an object, not a co-actor."""
    out = [p]
    for q in phrases:
        if not backwards and (q.start == p.end and conjoined(tokens[q.start])
                              or q.start > p.end and counted_conjunct(tokens, p.end) == q.start):
            out.append(q)
        if backwards and (q.end == p.start and conjoined(tokens[p.start])
                          or q.end < p.start and counted_conjunct(tokens, q.end) == p.start):
            out.insert(0, q)
        if backwards and q.end == p.start - 1 and tokens[p.start - 1].norm in ("ومن", "و"):
            out.insert(0, q)  # مئات الجنود الأمريكيين ومن قوات التحالف
    if not backwards and len(out) == 2 and out[1].start == p.end:
        # (session 24) a list runs on: «وقتل ضابطا شرطة ومجند ومسلح» — each plain «و» conjunct
        # joins the one before it (the loop above only joins the phrase right after ``p``)
        while True:
            nxt = next((q for q in phrases if q.start == out[-1].end and conjoined(tokens[q.start])), None)
            if nxt is None or nxt in out:
                break
            out.append(nxt)
    return out


def counted_conjunct(tokens: Sequence[Token], j: int) -> int | None:
    """(session 22) Where a counted conjunct's noun starts when a و-count opens at ``j``: «ثلاثة رجال
    شرطة وسبعة مدنيين»، «أربعة من قادة الحزب ونحو ثلاثين متمردة» — the count (a و-number, then
    numbers or a quantifier word, then «من») stands between the two parties; else None."""
    if j >= len(tokens) or not tokens[j].norm.startswith("و"):
        return None
    tok = tokens[j]
    if tok.norm == "و" and j + 1 < len(tokens) and is_number(tokens[j + 1]):
        j += 1  # «و 2 من المدنيين»
    elif tok.norm in ("واحد", "واحده") or not (is_number(tok) and (conjoined(tok) or tok.norm[1:] in NUMBER_WORDS)):
        return None  # (واحد is «one», no conjunction: ونحو، وحوالي are)
    k = j + 1
    while k < len(tokens) and k - j < 4 and is_number(tokens[k]):
        k += 1
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1
    return k


def object_follows(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Whether a plain noun (a direct object) follows position ``j`` (then the verb is active)."""
    while j < hi and (base_in(tokens[j], SKIPPABLE) or tokens[j].norm in PRONOUN_ADVERBS):
        j += 1  # time words are no objects: قتل الشهر الماضي
    if j >= hi or tokens[j].kind != "word":
        return False
    t = tokens[j]
    if t.norm in NOT_OBJECTS or t.base in NOT_OBJECTS or t.prefix.startswith(("و", "ب", "ل", "ف")):
        return False
    return t.norm.startswith("ال")  # a definite noun; يعمل، كانوا … are not objects


def adjacent(tokens: Sequence[Token], end: int, t0: int) -> bool:
    """Whether a phrase ending at ``end`` stands right before the verb (قد or an apposition
    between commas may intervene: المزارع فلان، 20 عاما، قتل)."""
    short = _short_quotes(tokens)
    j = end
    while j < t0:
        if j in short and tokens[j].text in ",،":
            k = next((k for k in range(j + 1, t0) if k in short and tokens[k].text in ",،"), None)
            if k is None:
                return False
            j = k + 1
            continue
        if tokens[j].norm not in AUXILIARIES:
            return False
        j += 1
    return True


# Suffixes that only a finite verb carries: the perfect's -ت (3rd fem. sg., not the -ات of a
# plural or the ة of a noun), -وا (3rd masc. pl.), -تا (3rd fem. dual).
FINITE_SUFFIXES = ("ت", "وا", "تا")


def finite_form(tok: Token, prefix: str, kind: str) -> bool:
    """Whether a literal (``w``) trigger form is written as a finite verb: the perfect
    suffixes -ت/-وا/-تا (أدانت، صادروا، اعتدت) or the imperfect's ي- (يدين، يصادرون), bare
    or after و/ف only (وأدانت، فصادرت), and a form-IV perfect written with أ (أدان). Such a
    form is a verb whatever the lexicon's kind; a bare perfect (رفض) stays ambiguous with
    its verbal noun."""
    if kind != "w" or tok.kind != "word" or prefix not in ("", "و", "ف"):
        return False
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    if len(base) < 4:
        return False
    if base.startswith("ي"):
        return True
    if tok.text[len(prefix):].startswith("أ"):
        return True  # a form-IV perfect (أدان، وأدان): its masdar is written with إ (إدانة)
    return base.endswith(FINITE_SUFFIXES) and not base.endswith(("ات", "يات"))


def construct_title(tok: Token) -> bool:
    """A bare noun in the construct state standing between a named actor and a phrase (فلان
    مستشار خادم الحرمين، فلان أمير منطقة مكة): the phrase is the title's genitive, the
    actor's apposition, not the verb's object."""
    return tok.kind == "word" and not tok.prefix and len(tok.base) >= 3 \
        and not tok.base.endswith(("ا", "ون", "ين", "ان")) and tok.norm not in NOT_OBJECTS


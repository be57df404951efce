"""A company named again (session 16): «أعلنت الشركة»، «تقول الشركة الكورية الجنوبية»، «قال العملاق
الأمريكي» — a definite company noun with no name, alone or with nationality adjectives, is the company
named nearest before it: «شركة X», a share of it in a market report («لكن سهم داماك العقارية ارتفع …
بعدما أعلنت الشركة»), its full definite name («الشركة السعودية للكهرباء»), or an organisation quoted
by name before («أعلنت "زين السعودية" … وكشفت الشركة»). With a nationality only a company named with
it counts («سامسونج إلكترونيكس الكورية الجنوبية», not the «شركة أيه.إم.دي» named in between); with
none named so, the epithet stays as it is."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.extract.quotes.names import demonym, nisba
from khabar.extract.quotes.tokens import Tok, strip_marks

# company nouns (normalised, article stripped): the head of a «شركة X» mention and of the anaphor
COMPANY = frozenset({"شركه"})
# epithet heads that stand for a company only as an anaphor («العملاق الأمريكي»)
EPITHET = frozenset({"عملاق"})
SHARE = frozenset({"سهم", "اسهم", "سهمي"})  # «سهم داماك العقارية»: the share of a listed company
# adjectives of direction completing a nationality («الكورية الجنوبية»)
_DIRECTION = frozenset({"الجنوبيه", "الشماليه", "الجنوبي", "الشمالي", "الغربيه", "الشرقيه", "المتحده"})
NAME_WORDS = 4  # the words of a company name taken after «سهم» or «الشركة»
NATION_WINDOW = 4  # a nationality this many words after a name still belongs to it


@dataclass(frozen=True)
class Company:
    """One company named in the document: offset, name, the nationality adjectives named with it."""

    start: int
    name: str
    nations: frozenset[str]


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") else norm


def nation_stem(norm: str) -> str:
    """A nationality adjective without article and gender ending («الأمريكية» = «الأمريكي»)."""
    norm = _bare(norm)
    return norm[:-2] if norm.endswith("يه") else norm[:-1] if norm.endswith("ي") else norm


def is_nationality(t: Tok) -> bool:
    """A definite nationality adjective or a direction completing one («الكورية الجنوبية»)."""
    return t.is_word and t.definite and not t.preposed and (demonym(t.norm) or t.norm in _DIRECTION)


def epithet_nations(toks: list[Tok]) -> frozenset[str] | None:
    """The nationalities of a company epithet («الشركة»، «الشركة الكورية الجنوبية»، «العملاق الأمريكي»):
    a definite company noun (or «العملاق» with a nationality) followed only by nationality adjectives;
    ``None`` when the tokens are no such epithet."""
    if not toks or not toks[0].is_word or not toks[0].definite or toks[0].preposed:
        return None
    head = _bare(toks[0].norm)
    rest = toks[1:]
    if head not in COMPANY and not (head in EPITHET and rest):
        return None
    if not all(is_nationality(t) for t in rest):
        return None
    return frozenset(nation_stem(t.norm) for t in rest if demonym(t.norm))


def _name_end(toks: list[Tok], k: int) -> int:
    """The end of a company name opening at ``k``: its first word, then definite words and «لل…»
    genitives («داماك العقارية»، «الخليج للملاحة»، «بنك الخليج الأول»)."""
    end = k + 1
    while (end < len(toks) and end - k < NAME_WORDS and toks[end].is_word and toks[end].cue is None
           and (toks[end].definite or toks[end].prefix == "لل") and not is_nationality(toks[end])):
        end += 1
    return end


def _nations_after(toks: list[Tok], end: int) -> frozenset[str]:
    """Nationality adjectives within a few words after a name («سامسونج إلكترونيكس الكورية»)."""
    out = set()
    for t in toks[end : end + NATION_WINDOW]:
        if not t.is_word:
            break
        if demonym(t.norm):
            out.add(nation_stem(t.norm))
    return frozenset(out)


def companies(views: dict[int, list[Tok]], text: str) -> list[Company]:
    """Every company the document names, in text order: «شركة X» (indefinite head + its name),
    «سهم X», and the full definite name «الشركة السعودية للكهرباء» (not an epithet of nationalities)."""
    out: list[Company] = []
    for si in sorted(views):
        toks = views[si]
        for k, t in enumerate(toks[:-1]):
            if not t.is_word:
                continue
            base = t.norm[len(t.prefix):] if t.prefix and t.norm.startswith(t.prefix) else t.norm
            nxt = toks[k + 1]
            if base in COMPANY and t.definite and nxt.is_word and not is_nationality(nxt) and (
                    (nxt.definite and nisba(nxt.norm)) or nxt.prefix == "لل") and nxt.cue is None:
                end = _name_end(toks, k + 1)  # «الشركة السعودية للكهرباء»: the head is part of the name
                out.append(Company(t.start, strip_marks(text[t.start : toks[end - 1].end]),
                                   _nations_after(toks, k + 1)))
            elif (base in COMPANY or base in SHARE) and not t.definite and nxt.is_word and nxt.cue is None:
                end = _name_end(toks, k + 1)  # «شركة أسمنت نجران» keeps its head, «سهم داماك» does not
                first = t.start + len(t.prefix) if base in COMPANY and t.prefix else t.start
                out.append(Company(t.start, strip_marks(text[first if base in COMPANY else nxt.start : toks[end - 1].end]),
                                   _nations_after(toks, k + 1)))
    return out


def named_company(found: list[Company], before: int, nations: frozenset[str],
                  quoted: list[tuple[int, str]]) -> str | None:
    """The company an epithet at ``before`` stands for: the nearest one named before it (with one of
    the epithet's nationalities when it has any), or the nearest organisation quoted by name
    (``quoted``: offset and name of earlier organisation speakers) when that is nearer."""
    best: tuple[int, str] | None = None
    for c in found:
        if c.start >= before:
            break
        if not nations or nations & c.nations:
            best = (c.start, c.name)
    if not nations:
        for pos, name in quoted:
            if pos < before and (best is None or pos > best[0]):
                best = (pos, name)
    return best[1] if best else None

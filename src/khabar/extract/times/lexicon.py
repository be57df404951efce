"""Loading the time/quantity lexicons (``resources/times/*.tsv``) into normalised tables.

Every entry is normalised with :func:`khabar.text.normalize.match_form` so that it
matches the normalised document text; :func:`alt` turns a set of forms into a regex
alternation (longest first, spaces as ``\\s+``). Loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from khabar.text.normalize import match_form

RESOURCE = "khabar.resources.times"


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated resource file (comments and blank lines skipped)."""
    text = resources.files(RESOURCE).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def norm(form: str) -> str:
    """Normalised lexicon form (single spaces)."""
    return " ".join(match_form(form).split())


def alt(forms) -> str:
    """A regex matching any of the normalised forms, longest first, compiled as a trie
    (common prefixes factored out: much faster than a flat alternation); spaces match
    any run of whitespace."""
    trie: dict = {}
    for form in {f for f in forms if f}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(trie) + ")"


def _emit(node: dict) -> str:
    branches = [
        (r"\s+" if ch == " " else regex.escape(ch)) + _emit(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def key(s: str) -> str:
    """Lookup key of a matched piece of normalised text (whitespace collapsed)."""
    return " ".join(s.split())


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    misspelt_months: frozenset[str]
    hijri_months: dict[str, int]
    ambiguous_hijri: frozenset[str]
    weekdays: dict[str, int]
    occasions: dict[str, tuple[int, int, int]]
    approximators: dict[str, str]
    vague: dict[str, tuple[str, frozenset[str] | None]]
    relative: dict[str, int]
    period_parts: dict[str, str]
    day_parts: dict[str, str]
    adverb_parts: dict[str, str]
    units: dict[str, tuple[str, int]]
    hours: dict[str, int]
    decades: dict[str, int]
    sets: dict[str, str]
    blockers_after: frozenset[str]
    blockers_before: frozenset[str]
    ordinals: dict[str, int]


@cache
def lexicon() -> Lexicon:
    """The time lexicon (built once per process)."""
    months = {norm(r[0]): int(r[1]) for r in read_tsv("months.tsv")}
    amb = frozenset(norm(r[0]) for r in read_tsv("months.tsv") if r[3] == "1")
    hrows = read_tsv("hijri_months.tsv")
    taken = set(months) | {norm(r[0]) for r in hrows} | {norm(r[0]) for r in read_tsv("weekdays.tsv")} \
        | {norm(r[0]) for r in read_tsv("numbers.tsv")}
    misspelt = _misspellings(months, taken)
    parts = read_tsv("parts.tsv")
    blockers = read_tsv("blockers.tsv")
    return Lexicon(
        months=months | misspelt,
        ambiguous_months=amb,
        misspelt_months=frozenset(misspelt),
        hijri_months={norm(r[0]): int(r[1]) for r in hrows},
        ambiguous_hijri=frozenset(norm(r[0]) for r in hrows if r[2] == "1"),
        weekdays={norm(r[0]): int(r[1]) for r in read_tsv("weekdays.tsv")},
        occasions={norm(r[0]): (int(r[1]), int(r[2]), int(r[3])) for r in read_tsv("occasions.tsv")},
        approximators=_with_verb_forms({norm(r[0]): r[1] for r in read_tsv("approximators.tsv")}),
        vague={norm(r[0]): (r[1], None if r[2] == "-" else frozenset(norm(w) for w in r[2].split("|")))
               for r in read_tsv("vague.tsv")},
        relative={norm(r[0]): int(r[1]) for r in read_tsv("relative.tsv")},
        period_parts={norm(r[0]): r[2] for r in parts if r[1] == "period"},
        day_parts={norm(r[0]): r[2] for r in parts if r[1] == "day"},
        adverb_parts={norm(r[0]): r[2] for r in parts if r[1] == "adverb"},
        units={norm(r[0]): (r[1], int(r[2])) for r in read_tsv("units.tsv")},
        hours={norm(r[0]): int(r[1]) for r in read_tsv("hours.tsv")},
        decades=_with_construct({norm(r[0]): int(r[1]) for r in read_tsv("decades.tsv")}),
        sets={norm(r[0]): r[1] for r in read_tsv("sets.tsv")},
        blockers_after=frozenset(norm(r[0]) for r in blockers if r[1] == "after"),
        blockers_before=frozenset(norm(r[0]) for r in blockers if r[1] == "before"),
        ordinals={norm(r[0]): int(r[1]) for r in read_tsv("ordinals.tsv")},
    )


def _misspellings(months: dict[str, int], taken: set[str]) -> dict[str, int]:
    """Typing slips of the longer one-word month names, as a class: two neighbouring letters
    swapped (five letters or more: «سبتبمر») or one letter dropped (six or more: «سبتمر»,
    «نوفبر»), the first letter kept. A slip that is a word of another list or could come
    from two months is left out; the rules accept a slip only after a day."""
    out: dict[str, int] = {}
    clash: set[str] = set()
    for name, month in months.items():
        if " " in name or len(name) < 5:
            continue
        slips = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
        if len(name) >= 6:
            slips |= {name[:i] + name[i + 1 :] for i in range(1, len(name))}
        for slip in slips - {name} - taken:
            if out.setdefault(slip, month) != month:
                clash.add(slip)
    return {k: v for k, v in out.items() if k not in clash}


NEGATED = {"more_than": "at_most", "less_than": "at_least"}


def _with_verb_forms(table: dict[str, str]) -> dict[str, str]:
    """Add the inflections of verbal approximators: the feminine imperfect («تزيد على»,
    «لا تقل عن» beside «يزيد على», «لا يقل عن») and the negation of «more/less than»
    verbs («لا يتجاوز», «ما لا يفوق», «ألا يتجاوز» = at most; «لا يقل عن» = at least)."""
    out = dict(table)
    for phrase, kind in table.items():
        words = phrase.split()
        verb = next((i for i, w in enumerate(words) if w.startswith("ي") and len(w) >= 3), None)
        if verb is None:
            continue
        if kind in NEGATED and "لا" not in words:
            base = " ".join(words[1:] if words[0] == "ما" else words)
            for neg in (f"لا {base}", f"ما لا {base}", f"الا {base}"):  # «ألا تتجاوز» = أن لا
                out.setdefault(neg, NEGATED[kind])
    for phrase, kind in list(out.items()):
        words = phrase.split()
        fem = [("ت" + w[1:]) if w.startswith("ي") and len(w) >= 3 else w for w in words]
        out.setdefault(" ".join(fem), kind)
    return out


def _with_construct(table: dict[str, int]) -> dict[str, int]:
    """Add the construct forms without the article («تسعينيات القرن الماضي»)."""
    return table | {k[2:]: v for k, v in table.items() if k.startswith("ال")}


APPROX_MOD = {
    "about": "APPROX",
    "more_than": "MORE_THAN",
    "less_than": "LESS_THAN",
    "at_least": "EQUAL_OR_MORE",
    "at_most": "EQUAL_OR_LESS",
}

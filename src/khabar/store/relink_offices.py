"""One office after two spellings of a name: «سليمان الحمود وزير الإعلام» is «سلمان الحمود
وزير الإعلام».

Two listed given names a long vowel apart are two names, not two spellings («محمد» /
«محمود», «سعيد» / «سعد», «سليمان» / «سلمان»: ``khabar.corpus.actors._two_given_names``),
so «محمد إسماعيل» the poet stays apart from Dr «محمد إسماعيل»'s namesake «محمود
إسماعيل». But a writer's slip of that one vowel leaves a minister apart from himself. The
office said right after the name tells the two cases apart: two person actors whose full
names are one skeleton (``_skeleton``: the same family name, the given names a vowel apart)
are one person when a mention of each is followed by the same office — an office noun and
its complement («وزير الإعلام», «رئيس نادي الرائد», «سفير خادم الحرمين») — and their
countries agree. Run store-wide by :func:`khabar.store.relink_names.relink_names`.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING

from khabar.corpus.actors import _skeleton, _two_given_names, norm_name
from khabar.store.actor_ops import country_of, groups_of
from khabar.store.text_windows import windows

if TYPE_CHECKING:
    from khabar.store.relink_names import _Pass

# nouns of an office held by one person at a time, as they follow a name in apposition
OFFICE_NOUNS = frozenset(norm_name(w) for w in (
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "سفير", "سفيرة", "محافظ", "أمير", "مدير",
    "مديرة", "أمين", "قائد", "مستشار", "مساعد", "وكيل", "عميد", "مفتي", "المتحدث", "الناطق",
    "مندوب", "قنصل", "رئيسا", "وزيرا", "مديرا"))
# complements that say nothing of which office («وزير سابق», «رئيس سابقا»)
_EMPTY = frozenset(norm_name(w) for w in ("السابق", "سابق", "سابقا", "الأسبق", "أسبق",
                                          "الحالي", "المكلف", "العام"))
_WORD = re.compile(r"[\u0621-\u064a]+")
_AFTER = 40  # characters read after a mention


def office_after(text: str) -> str | None:
    """The office named right after a mention («، وزير الإعلام ووزير الدولة» → «وزير
    الاعلام»): an office noun, the first word after the name (a comma or a dash between
    allowed), and its complement — with the word after it when the complement is a
    construct head («رئيس نادي الرائد») —, normalised; None when there is none."""
    lead = re.match(r"[\s,،\-–—]*", text)
    words = list(_WORD.finditer(text, lead.end() if lead else 0))
    if len(words) < 2 or words[0].start() != (lead.end() if lead else 0):
        return None
    noun, complement = norm_name(words[0].group()), norm_name(words[1].group())
    if noun not in OFFICE_NOUNS or complement in _EMPTY:
        return None
    if text[words[0].end():words[1].start()].strip():
        return None
    if not complement.startswith("ال") and len(words) > 2 \
            and not text[words[1].end():words[2].start()].strip():
        # an indefinite complement is a construct head: «رئيس نادي الرائد», not any club's
        return f"{noun} {complement} {norm_name(words[2].group())}"
    return f"{noun} {complement}"


def _offices(conn: sqlite3.Connection, label: str, actors: list[int]) -> dict[int, set[str]]:
    """Actor id → the offices said right after its full-name mentions (of ``actors``)."""
    out: dict[int, set[str]] = defaultdict(set)
    for start in range(0, len(actors), 500):
        chunk = actors[start:start + 500]
        rows = conn.execute(
            'SELECT e.actor_id, e.article_id, e."end" FROM entities e WHERE e.label = ?'
            f" AND e.actor_id IN ({','.join('?' * len(chunk))})"
            " AND e.source IS NOT 'coref' AND e.text LIKE '% %'", (label, *chunk)).fetchall()
        # the words after each mention, each article's text read once (text_windows)
        afters = windows(conn, [(r[1], r[2], r[2] + _AFTER) for r in rows])
        for (actor_id, _, _), after in zip(rows, afters, strict=True):
            if after and (office := office_after(after)) is not None:
                out[int(actor_id)].add(office)
    return out


def one_office(p: _Pass) -> None:
    """Join the person actors whose full names are one skeleton with given names a vowel
    apart when the same office follows a mention of each (see the module)."""
    by_skeleton: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for alias, actor_id in p.conn.execute(
            "SELECT alias, actor_id FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
            (p.label,)):
        by_skeleton[_skeleton(alias)][alias].add(int(actor_id))
    pairs: set[tuple[int, int]] = set()
    for names in by_skeleton.values():
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if _two_given_names(a, b):
                    pairs.update((x, y) for x in names[a] for y in names[b] if x != y)
    if not pairs:
        return
    offices = _offices(p.conn, p.label, sorted({a for pair in pairs for a in pair}))
    for x, y in sorted(pairs):
        if not offices.get(x, set()) & offices.get(y, set()):
            continue
        if (cx := country_of(p.conn, x)) and (cy := country_of(p.conn, y)) and cx != cy:
            continue
        # the two actors' countries were checked: no group's is checked again
        groups = groups_of(p.conn, p.label, [x, y])
        p.to_heaviest(groups, groups, check_country=False)
    p.settle()

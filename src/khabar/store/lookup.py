"""An actor looked up by a name as the news writes it, title and all: «الملك سلمان», «الرئيس
الأمريكي باراك أوباما», «وزير الخارجية جون كيري», «الملا عمر».

Actor names and aliases hold no titles (the linker reads them off), so a user who types the
name with its title found nothing, or a stray NER span that kept the title («الملك سلمان»,
2 mentions) instead of the king (111). :func:`split_title` reads the leading title words
off — a title of :data:`khabar.store.relink_titles.TITLES` or an honorific, an office and
its complement («وزير الخارجية», «رئيس الوزراء»), a country adjective after them
(«الأمريكي») — and :func:`titled_actor` finds the person the rest names: a full name by
its alias, a bare name by the actor whose mentions of it stand most often after that title.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from khabar.corpus.actors import PERSON_LABELS, norm_name
from khabar.store.relink_offices import OFFICE_NOUNS
from khabar.store.relink_titles import TITLES, title_before
from khabar.store.text_windows import windows

# honorifics and titles a name is written after, besides the relink's TITLES
HONORIFICS = frozenset(norm_name(w) for w in (
    "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس", "الأستاذ", "سمو", "سماحة",
    "فخامة", "معالي", "دولة", "صاحب", "السمو", "الملكي", "الفريق", "اللواء", "العميد",
    "العقيد", "الجنرال", "المستشارة", "المستشار", "القائد", "الزعيم", "خادم", "الحرمين",
    "الشريفين", "ولي", "العهد", "نائب", "الراحل", "الشهيد", "المرحوم"))


def _country_adjective(word: str) -> bool:
    from khabar.gazetteer.countries import forms

    return word.startswith("ال") and word in forms()


def split_title(name: str) -> tuple[str, str | None]:
    """``(rest, title)``: the normalised name without its leading title words and the last
    title of :data:`TITLES` among them (None when it starts with none; the rest is then
    the whole name). One word is always left."""
    words = norm_name(name).split()
    i, title, titled = 0, None, False
    while i < len(words) - 1:
        w = words[i]
        if w in TITLES:
            title, titled = w, True
        elif w in HONORIFICS:
            titled = True
        elif w in OFFICE_NOUNS and words[i + 1].startswith("ال") and i + 2 < len(words):
            titled = True  # «وزير الخارجية», «رئيس الوزراء»: the complement goes too
            i += 1
        elif not (titled and _country_adjective(w)):
            break
        i += 1
    return (" ".join(words[i:]), title) if titled else (" ".join(words), None)


def titled_actor(conn: sqlite3.Connection, rest: str, title: str | None) -> int | None:
    """The person actor a name read without its title names: among the actors holding
    ``rest`` as an alias, the one whose mentions stand most often right after ``title``
    (none after it: the most mentioned holder)."""
    labels = sorted(PERSON_LABELS)
    holders = [r[0] for r in conn.execute(
        f"SELECT actor_id FROM actor_aliases WHERE alias = ? AND label IN ({','.join('?' * len(labels))})"
        " GROUP BY actor_id ORDER BY sum(n) DESC, actor_id", (rest, *labels))]
    if not holders or title is None or len(holders) == 1:
        return holders[0] if holders else None
    after: Counter[int] = Counter()
    marks = ",".join("?" * len(holders))
    rows = conn.execute("SELECT e.actor_id, e.article_id, e.start FROM entities e"
                        f" WHERE e.actor_id IN ({marks})", holders).fetchall()
    # the 40 characters before each mention, each article's text read once (text_windows)
    prefixes = windows(conn, [(r[1], r[2] - 40, r[2]) for r in rows])
    for (actor_id, _, _), prefix in zip(rows, prefixes, strict=True):
        if prefix and title_before(prefix) == title:
            after[int(actor_id)] += 1
    return after.most_common(1)[0][0] if after else holders[0]

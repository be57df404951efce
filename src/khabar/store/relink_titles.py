"""A title right before a bare given name («الملك سلمان», «الرئيس بشار»): the one person of
the store that title and given name name, read from the titles before full names.

A bare given name names no one in particular (:mod:`khabar.store.relink_names`), but a
royal or state title in front of it narrows it to the holders of that title: «الملك
سلمان» is the «سلمان بن عبدالعزيز» the store's articles call «الملك», when (nearly) every
full name of that given name written after «الملك» is one actor's. Not when the title
and name are part of a place or prize named after the person («مستشفى الملك سلمان»,
«كأس الملك سلمان», «جامعة الملك عبدالعزيز»: an eponym head right before the title), nor
when two people of the store hold the title with that given name («الملك عبدالله» for
«عبدالله الثاني» and «عبدالله بن عبدالعزيز»).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from khabar.corpus.actors import norm_name
from khabar.store.actor_ops import groups_of, new_actor
from khabar.store.text_windows import windows
from khabar.text.normalize import match_form

if TYPE_CHECKING:
    from khabar.store.relink_names import _Pass

# titles that stand right before a given name and narrow it to their holders
TITLES = frozenset(norm_name(t) for t in (
    "الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "الشيخ", "الشيخة", "الإمام",
    "الرئيس", "المشير", "البابا", "الملا"))  # الملا: «الملا عمر» (session 12)
# nouns a place, prize or institution named after a person starts with («مستشفى الملك …»)
EPONYM_HEADS = frozenset(norm_name(t) for t in (
    "مستشفى", "مستشفيات", "مدينة", "جامعة", "كلية", "معهد", "مركز", "مجمع", "كأس", "جائزة",
    "بطولة", "شارع", "طريق", "ميدان", "ساحة", "حي", "قاعدة", "مطار", "ميناء", "مسجد", "جامع",
    "جسر", "برج", "قصر", "ملعب", "استاد", "مدرسة", "مدارس", "مؤسسة", "صندوق", "برنامج",
    "مشروع", "منحة", "وقف", "قاعة", "مكتبة", "دارة", "متحف", "حديقة", "منتزه", "محطة", "سد", "نفق", "كرسي", "وسام", "قلادة", "مبادرة", "مهرجان", "مسابقة"))
# titles of two kinds no one holds at once: a royal house's and a religious office's
# («الأمير فيصل بن تركي», Al-Nassr's president, and «الإمام فيصل بن تركي», the 19th-century
# imam); الشيخ (rulers and clerics alike) and الرئيس (of a state, a club, a board) are neither
TITLE_CLASSES = {
    **{norm_name(t): "royal" for t in ("الملك", "الملكة", "الأمير", "الأميرة", "السلطان")},
    **{norm_name(t): "religious" for t in ("الإمام", "البابا")}}
MIN_TITLED = 2  # full-name mentions after the title, at least
MIN_SHARE = 0.9  # of them, the one actor's share at least
_WORD = re.compile(r"[\u0621-\u064a]+")
_COMPOUND = frozenset({"عبد", "ابو", "ام"})


def _heads(word: str) -> set[str]:
    """A word and its forms without a proclitic (بمستشفى → مستشفى, لكأس → كأس) or the ي
    of a construct dual or plural (شارعي الملك فيصل والملك عبدالعزيز → شارع)."""
    out = {word}
    if len(word) > 3 and word.endswith("ي"):
        out |= _heads(word[:-1])
    if len(word) > 3 and word[0] in "وفبلك":
        out.add(word[1:])
    if len(word) > 4 and word[:2] in ("وب", "ول", "فب", "فل", "وك", "لل"):
        out.add(word[2:])
    return out


def _title_forms(word: str) -> list[str]:
    """A word and its forms without a conjunction or preposition written on it, the ل of
    «للملك» / «للملا» taking the article's place («والملك» → الملك, «للملا» → الملا)."""
    out = [word]
    if len(word) > 4 and word[0] in "وف":
        out.append(word := word[1:])
    if len(word) > 4 and word[0] in "بك" and word[1:].startswith("ال"):
        out.append(word[1:])
    if len(word) > 3 and word.startswith("لل"):
        out.append("ال" + word[2:])
    return out


def title_before(prefix: str) -> str | None:
    """The title right before a mention (only spaces between), unless a place or prize
    is named after the person («مستشفى الملك …»)."""
    text = match_form(prefix)
    words = list(_WORD.finditer(text))
    if not words or text[words[-1].end():].strip():
        return None
    last = words[-1].group()
    title = last if last in TITLES else next(
        (t for t in _title_forms(last)[1:] if t in TITLES), None) if last[0] in "وفبكل" else None
    if title is None:
        return None
    if len(words) >= 2 and not text[words[-2].end():words[-1].start()].strip() \
            and _heads(words[-2].group()) & EPONYM_HEADS:
        return None
    return title


def given_of(name: str) -> str:
    """The given name a normalised full name starts with (a compound written joined)."""
    words = name.split()
    return words[0] + words[1] if words[0] in _COMPOUND and len(words) > 2 else words[0]


def titled_mentions(conn: sqlite3.Connection, label: str
                    ) -> list[tuple[int, str, int, str, str]]:
    """(article id, entity id, actor id, normalised text, title) of every name mention of
    ``label`` with a title right before it."""
    out = []
    rows = conn.execute(
        "SELECT e.article_id, coalesce(nullif(e.entity, ''), e.id), e.actor_id, e.text, e.start"
        " FROM entities e WHERE e.label = ? AND e.actor_id IS NOT NULL"
        " AND e.source IS NOT 'coref'", (label,)).fetchall()
    # the 40 characters before each mention, each article's text read once (text_windows)
    prefixes = windows(conn, [(r[0], r[4] - 40, r[4]) for r in rows])
    for (article_id, entity, actor_id, text, _), prefix in zip(rows, prefixes, strict=True):
        if prefix and (title := title_before(prefix)) is not None:
            out.append((int(article_id), str(entity), int(actor_id), norm_name(text), title))
    return out


def titled_holders(mentions: list[tuple[int, str, int, str, str]], is_given
                   ) -> dict[tuple[str, str], int]:
    """(title, given name) → the one actor whose full names follow that title: at least
    :data:`MIN_TITLED` such full-name mentions, :data:`MIN_SHARE` of them its own."""
    counts: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for _, _, actor_id, name, title in mentions:
        if " " in name and not is_given(name):
            counts[(title, given_of(name))][actor_id] += 1
    out = {}
    for key, c in counts.items():
        total = sum(c.values())
        (actor_id, n), = c.most_common(1)
        if total >= MIN_TITLED and n >= MIN_SHARE * total:
            out[key] = actor_id
    return out


def split_title_classes(p: _Pass) -> None:
    """An actor whose entity groups are given titles of two classes (:data:`TITLE_CLASSES`)
    by different groups — no group given both, which would say one person holds both — is
    two people of one written name: the groups of the class with fewer titled groups go to
    an actor of their own (one per actor and class); untitled groups stay."""
    classes: dict[tuple[int, str, int], set[str]] = defaultdict(set)
    for article_id, entity, actor_id, _, title in titled_mentions(p.conn, p.label):
        if (kind := TITLE_CLASSES.get(title)) is not None:
            classes[(article_id, entity, actor_id)].add(kind)
    by_actor: dict[int, dict[str, list[tuple[int, str, int]]]] = defaultdict(
        lambda: defaultdict(list))
    mixed: set[int] = set()
    for key, kinds in classes.items():
        if len(kinds) > 1:
            mixed.add(key[2])
        else:
            by_actor[key[2]][next(iter(kinds))].append(key)
    for actor_id in sorted(by_actor):
        kinds = by_actor[actor_id]
        if actor_id in mixed or len(kinds) < 2:
            continue
        keep = max(kinds, key=lambda k: (len(kinds[k]), k))
        groups = groups_of(p.conn, p.label, [actor_id])
        for kind in sorted(kinds):
            if kind == keep:
                continue
            keys = sorted(k for k in kinds[kind] if k in groups)
            if not keys:
                continue
            first = groups[keys[0]]
            name = min(first["forms"]) if first["forms"] else ""
            home = new_actor(p.conn, first["text"] or name, name, p.label, first["published"])
            for key in keys:
                p.move(key, groups[key], home)
    p.settle()

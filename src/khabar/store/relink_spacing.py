"""One name spaced two ways in one article: «داسيلفا» and «دا سيلفا» are one coach.

The entity stage keys a document's mentions on their words, so an article writing a name
once glued and once spaced («المدرب داسيلفا … وكان دا سيلفا») can leave two entity groups,
and the linker's spelling rule compares actor names only: whether the spaced group met the
glued one's actor depended on the name that actor carried when the article came (the
news day's «دا سيلفا» joined «خورخي داسيلفا» in the rebuild's order, not in the order of
ingest). :func:`spaced_in_article` (run by
:func:`khabar.store.relink_names.relink_names`) puts such groups together, store-wide:
two person groups of one article whose names are the same letters spaced differently go
to the actor of most mentions among theirs — not a bare given name («عبد الله» /
«عبدالله»: two groups of one article so called may be two men), never across conflicting
countries (session 13).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.corpus.actors import given_names, is_link_form, norm_name
from khabar.store.actor_ops import GroupKey, groups_of

if TYPE_CHECKING:
    from khabar.store.relink_names import _Pass


def _spelled_apart(conn, label: str) -> list[list[GroupKey]]:
    """The sets of entity groups of one article (in different actors) whose names are one
    name spaced two ways."""
    by_name: dict[tuple[int, str], dict[GroupKey, set[str]]] = defaultdict(
        lambda: defaultdict(set))
    norm = lru_cache(maxsize=None)(norm_name)  # a name recurs across mentions and articles
    for article_id, entity, actor_id, text, source in conn.execute(
            "SELECT article_id, coalesce(nullif(entity, ''), id), actor_id, text, source"
            " FROM entities WHERE label = ? AND actor_id IS NOT NULL", (label,)):
        form = norm(text)
        if is_link_form(form, source):
            by_name[(article_id, form.replace(" ", ""))][(article_id, entity, actor_id)].add(form)
    out = []
    for (_, glued), groups in sorted(by_name.items()):
        if len({k[2] for k in groups}) < 2 or len(glued) < 5 or glued in given_names():
            continue  # one actor already; too short; a bare given name names no one
        if len({f for forms in groups.values() for f in forms}) < 2:
            continue  # written alike: the entity stage kept two people of one name apart
        out.append(sorted(groups))
    return out


def spaced_in_article(p: _Pass) -> None:
    """Join the groups of one article that write one name spaced two ways (see the
    module), each set in the actor of most mentions among the actors holding them."""
    for keys in _spelled_apart(p.conn, p.label):
        groups = groups_of(p.conn, p.label, sorted({k[2] for k in keys}))
        mine = [k for k in keys if k in groups]  # still where they were read
        if len({k[2] for k in mine}) >= 2:
            p.to_heaviest(groups, mine, weigh=list(groups))
    p.settle()

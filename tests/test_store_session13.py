"""Store-wide actor rules, session 13 (st13): one helper moves a person's entity groups to the
actor that holds most of their mentions (``khabar.store.actor_ops.heaviest`` and
``_Pass.to_heaviest``), shared by the fathers', nasab, given-name-as-family, transliteration
and office rules, which differ only in which groups weigh, which actors may be chosen and
whether each group's country is checked."""

from __future__ import annotations

import pytest
from test_store_support import actor_partition, put_persons

from khabar.store import Store
from khabar.store.actor_ops import groups_of, heaviest
from khabar.store.relink_names import _Pass


def _g(n: int, country: str | None = None) -> dict:
    return {"forms": set(), "text": None, "published": None, "country": country, "n": n}


GROUPS = {(1, "E1", 7): _g(2), (2, "E1", 7): _g(1), (3, "E1", 5): _g(3), (4, "E2", 9): _g(1)}


def test_the_heaviest_actor_holds_most_mentions_and_the_lowest_id_breaks_a_tie():
    assert heaviest(GROUPS, GROUPS) == 5  # 3 mentions against 7's 2 + 1: a tie, lower id
    assert heaviest(GROUPS, [(1, "E1", 7), (3, "E1", 5)]) == 5
    assert heaviest(GROUPS, [(1, "E1", 7), (2, "E1", 7), (4, "E2", 9)]) == 7


def test_excluded_actors_are_no_candidates_and_nothing_left_is_none():
    assert heaviest(GROUPS, GROUPS, exclude={5}) == 7
    assert heaviest(GROUPS, GROUPS, exclude={5, 7}) == 9
    assert heaviest(GROUPS, GROUPS, exclude={5, 7, 9}) is None
    assert heaviest(GROUPS, []) is None


DOCS = {
    "a": ("قال زيد الخالدي إن زيد الخالدي سيعود.", [("زيد الخالدي", "E1"), ("زيد الخالدي", "E1")]),
    "b": ("وقال عمرو الراشد إن الاجتماع انتهى.", [("عمرو الراشد", "E1")]),
    "c": ("وأكد سالم المري حضوره.", [("سالم المري", "E1")]),
}


@pytest.fixture()
def three(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for key in DOCS:
            put_persons(store, DOCS, key, "s13")
        assert len(actor_partition(store)) == 3  # three people, three actors
        yield store


def _actors(store: Store) -> list[int]:
    return sorted(r[0] for r in store.conn.execute("SELECT id FROM actors WHERE label = 'PERS'"))


def test_to_heaviest_moves_the_groups_to_the_actor_of_most_mentions(three):
    p = _Pass(three.conn, "PERS")
    groups = groups_of(three.conn, "PERS", _actors(three))
    zaid = next(k[2] for k, g in groups.items() if "زيد الخالدي" in g["forms"])
    assert p.to_heaviest(groups, groups) == zaid
    p.settle()
    assert actor_partition(three) == {frozenset({"a/E1", "b/E1", "c/E1"})}
    assert _actors(three) == [zaid]  # the two emptied actors are gone


def test_only_the_given_keys_move_and_weigh_picks_the_target(three):
    p = _Pass(three.conn, "PERS")
    groups = groups_of(three.conn, "PERS", _actors(three))
    key = {next(iter(g["forms"])): k for k, g in groups.items()}
    # «عمرو الراشد» weighs alone, so the target is his actor although «زيد» has more mentions
    target = p.to_heaviest(groups, [key["سالم المري"]], weigh=[key["عمرو الراشد"]])
    assert target == key["عمرو الراشد"][2]
    p.settle()
    assert actor_partition(three) == {frozenset({"a/E1"}), frozenset({"b/E1", "c/E1"})}


def test_a_group_of_a_conflicting_country_stays_unless_the_rule_checked_the_actors(three):
    groups0 = groups_of(three.conn, "PERS", _actors(three))
    key = {next(iter(g["forms"])): k for k, g in groups0.items()}
    three.conn.execute("UPDATE actors SET country = 'SAU' WHERE id = ?", (key["زيد الخالدي"][2],))
    three.conn.execute("UPDATE entities SET country = 'IRQ' WHERE actor_id = ?",
                       (key["سالم المري"][2],))
    groups = groups_of(three.conn, "PERS", _actors(three))
    p = _Pass(three.conn, "PERS")
    p.to_heaviest(groups, groups)  # checked: the Iraqi group stays where it was
    p.settle()
    assert actor_partition(three) == {frozenset({"a/E1", "b/E1"}), frozenset({"c/E1"})}
    groups = groups_of(three.conn, "PERS", _actors(three))
    p.to_heaviest(groups, groups, check_country=False)  # the rule vouched for the countries
    p.settle()
    assert actor_partition(three) == {frozenset({"a/E1", "b/E1", "c/E1"})}


def test_nothing_to_weigh_moves_nothing(three):
    p = _Pass(three.conn, "PERS")
    groups = groups_of(three.conn, "PERS", _actors(three))
    assert p.to_heaviest(groups, list(groups), weigh=[]) is None
    assert p.moved == 0 and len(actor_partition(three)) == 3

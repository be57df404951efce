"""Store-wide actor rules, session 13 (st13): one helper moves a person's entity groups to the
actor that holds most of their mentions (``khabar.store.actor_ops.heaviest`` and
``_Pass.to_heaviest``), shared by the fathers', nasab, given-name-as-family, transliteration
and office rules, which differ only in which groups weigh, which actors may be chosen and
whether each group's country is checked."""

from __future__ import annotations

import pytest
from test_store_support import actor_partition, check_relink_orders, put_persons

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


# -- order differences of the news day (session 13) -------------------------------------

ORDER_DOCS = {
    # father and son Rafsanjani: the son's article names both, the father's only him
    "raf_father": ("حكم القضاء في عهد أكبر هاشمي رفسنجاني، وقال رفسنجاني إن الحكم عادل.",
                   [("أكبر هاشمي رفسنجاني", "E1"), ("رفسنجاني", "E1")]),
    "raf_son": ("ابن الرئيس علي أكبر هاشمي رفسنجاني يسلم نفسه، وكان رفسنجاني الأب قد دعم"
                " ابنه مهدي هاشمي رفسنجاني، وقال رفسنجاني الابن إنه بريء، وأضاف رفسنجاني"
                " أنه سيستأنف.",
                [("علي أكبر هاشمي رفسنجاني", "E1"), ("رفسنجاني الأب", "E1"),
                 ("مهدي هاشمي رفسنجاني", "E2"), ("رفسنجاني الابن", "E2"), ("رفسنجاني", "E2")]),
    # George W. Bush under two names, and his father
    "bush_son": ("قال الرئيس جورج بوش الابن إن الحرب مستمرة، وأكد بوش الابن ذلك.",
                 [("جورج بوش الابن", "E1"), ("بوش الابن", "E1")]),
    "bush_son_2": ("في عهد بوش الابن غزت الولايات المتحدة العراق.", [("بوش الابن", "E1")]),
    "bush_father": ("وفي عهد جورج بوش الأب حررت الكويت.", [("جورج بوش الأب", "E1")]),
    # a coach's name glued and spaced in one article, and his full name in another
    "silva_full": ("عين النادي المدرب خورخي داسيلفا مدربا للفريق.", [("خورخي داسيلفا", "E1")]),
    "silva_both": ("استبعد المدرب داسيلفا اللاعب من القائمة. وكان دا سيلفا قد استبعد سبعة.",
                   [("داسيلفا", "E1"), ("دا سيلفا", "E2")]),
}


def _order_put(store: Store, key: str) -> None:
    put_persons(store, ORDER_DOCS, key, "s13")


def _parts(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(g if "/" in g else f"{g}/E1" for g in group) for group in groups}


def test_father_and_son_of_one_name_are_two_people_in_every_order(tmp_path):
    # «رفسنجاني الابن» was one spelling of «رفسنجاني الأب» (ratio 96): the son joined his
    # father's actor when the father's article came first (the news day's forward order)
    check_relink_orders(tmp_path, _order_put, ["raf_father", "raf_son"],
                        _parts(("raf_father", "raf_son"), ("raf_son/E2",)))


def test_one_generation_word_under_two_names_is_one_person(tmp_path):
    check_relink_orders(tmp_path, _order_put, ["bush_son", "bush_son_2", "bush_father"],
                        _parts(("bush_son", "bush_son_2"), ("bush_father",)))


def test_generation_words_tell_names_apart_only_when_both_have_one():
    from khabar.corpus.actors import _same_person_names, norm_name

    def same(a: str, b: str) -> bool:
        return _same_person_names(norm_name(a), norm_name(b))

    assert not same("رفسنجاني الأب", "رفسنجاني الابن")
    assert not same("عبدالله الأول", "عبدالله الثاني")
    assert same("جورج بوش الابن", "بوش الابن") and same("عبد الله الثاني", "عبدالله الثاني")
    assert same("تركي بن عبدالعزيز الأول", "تركي بن عبدالعزيز")


def test_a_name_glued_and_spaced_in_one_article_is_one_person_in_every_order(tmp_path):
    check_relink_orders(tmp_path, _order_put, ["silva_full", "silva_both"],
                        _parts(("silva_full", "silva_both", "silva_both/E2")))


def test_only_names_spaced_apart_in_one_article_are_put_together(tmp_path):
    from khabar.store.relink_spacing import _spelled_apart

    docs = {"one": ("قال عبد الله إن عبدالله سافر، وأكد حمد العبدان أن حمدالعبدان سيعود،"
                    " وقال محمد الشمري إن محمد الشمري الآخر غائب.",
                    [("عبد الله", "E1"), ("عبدالله", "E2"), ("حمد العبدان", "E3"),
                     ("حمدالعبدان", "E4"), ("محمد الشمري", "E5"), ("محمد الشمري", "E6")])}
    with Store(tmp_path / "s.db") as store:
        put_persons(store, docs, "one", "s13")
        # every group an actor of its own, as an order of ingest may leave them
        for n, entity in enumerate(("E1", "E2", "E3", "E4", "E5", "E6")):
            store.conn.execute("UPDATE entities SET actor_id = ? WHERE entity = ?",
                               (1000 + n, entity))
        found = _spelled_apart(store.conn, "PERS")
    # a bare given name two ways (two men may be so called) and one name written alike
    # twice (the entity stage kept two people apart) are left; a full name spaced two ways
    # is one person
    assert [[k[1] for k in keys] for keys in found] == [["E3", "E4"]]

"""Session 8 store checks: person actors after the store-wide relink are the same whatever
the ingest order and equal a rebuild (fathers' names, bare given names, foreign
transliterations); outlet filters take any case and any name of a known outlet."""

from __future__ import annotations

import pytest
from test_store_support import check_relink_orders, light_pipeline, span

from khabar.document import Entity
from khabar.store import Store
from khabar.store.relink_names import _foreign_key, _translit_pair

# key → (text, [(needle, group), …]); a group's canonical name is its first needle
DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # one given and family name: with and without the father's name
    "h_short": ("قال عبدالله الحارثي إن المشروع اكتمل.", [("عبدالله الحارثي", "E1")]),
    "h_darwish": ("أعلن عبدالله بن درويش الحارثي افتتاح المشروع.",
                  [("عبدالله بن درويش الحارثي", "E1")]),
    "h_saeed": ("قال عبدالله سعيد الحارثي إن الفريق جاهز.", [("عبدالله سعيد الحارثي", "E1")]),
    "h_short2": ("أكد عبدالله الحارثي أن العمل مستمر.", [("عبدالله الحارثي", "E1")]),
    "q_short": ("أكد ماجد القصبي أن السوق مستقرة.", [("ماجد القصبي", "E1")]),
    "q_long": ("قال ماجد بن عبدالله القصبي إن السوق مستقرة.",
               [("ماجد بن عبدالله القصبي", "E1")]),
    "q_long2": ("افتتح ماجد عبدالله القصبي المعرض.", [("ماجد عبدالله القصبي", "E1")]),
    # one person's longer names with and without بن and a grandfather's name
    "z_short": ("قال حسام زواوي إن المهرجان ناجح.", [("حسام زواوي", "E1")]),
    "z_bin": ("افتتح حسام بن مأمون زواوي المهرجان.", [("حسام بن مأمون زواوي", "E1")]),
    "z_grand": ("كرم حسام مأمون عباس زواوي الفائزين.", [("حسام مأمون عباس زواوي", "E1")]),
    # a compound given name, written apart or joined: «عبد الرحمن السديس» is
    # «عبدالرحمن بن عبدالعزيز السديس» without the father's name
    "y_long": ("ألقى عبدالرحمن بن عبدالعزيز السديس خطبة الجمعة.",
               [("عبدالرحمن بن عبدالعزيز السديس", "E1")]),
    "y_short": ("قال عبد الرحمن السديس إن الموسم ناجح.", [("عبد الرحمن السديس", "E1")]),
    # bare given names
    "k_named": ("افتتح خالد الفيصل المعرض، وقال خالد إنه فخور.",
                [("خالد الفيصل", "E1"), ("خالد", "E1")]),
    "k_bare": ("قال خالد إن الفريق سيفوز.", [("خالد", "E1")]),
    "k_bare2": ("رد خالد على السؤال.", [("خالد", "E1")]),
    "s_named": ("قال علي عبد الله صالح إن الحرب ستطول، وأضاف صالح أنه باق.",
                [("علي عبد الله صالح", "E1"), ("صالح", "E1")]),
    "s_named2": ("ودعا علي عبد الله صالح إلى الحوار، وقال صالح إنه مستعد.",
                 [("علي عبد الله صالح", "E1"), ("صالح", "E1")]),
    "s_bare": ("اتهم صالح الحكومة بالفشل.", [("صالح", "E1")]),
    "a_article": ("التقى محمود عباس الوفد. وقال عباس إن المفاوضات متوقفة.",
                  [("محمود عباس", "E1"), ("عباس", "E2")]),
    # one foreign name in two transliterations
    "m_nh": ("قال جوزيه مورينهو إن فريقه جاهز.", [("جوزيه مورينهو", "E1")]),
    "m_ni": ("أكد جوزيه مورينيو أن فريقه جاهز.", [("جوزيه مورينيو", "E1")]),
    "j_kh": ("سجل خوردي ألبا هدفا.", [("خوردي ألبا", "E1")]),
    "j_j": ("أصيب جوردي ألبا في التدريب.", [("جوردي ألبا", "E1")]),
    # native names one dot apart are two people
    "n_kh": ("قال خليل إبراهيم إن الاجتماع انتهى.", [("خليل إبراهيم", "E1")]),
    "n_j": ("قال جليل إبراهيم إن الاجتماع انتهى.", [("جليل إبراهيم", "E1")]),
    "n_al1": ("قال فهد الخالدي إن الفريق جاهز.", [("فهد الخالدي", "E1")]),
    "n_al2": ("قال فهد الجالدي إن الفريق جاهز.", [("فهد الجالدي", "E1")]),
}


def _put(store: Store, key: str) -> None:
    text, mentions = DOCS[key]
    doc = light_pipeline().analyze(text, url=f"http://s8/{key}", published="2015-08-10")
    canon: dict[str, str] = {}
    ents = []
    for i, (needle, group) in enumerate(mentions):
        s = span(text, needle, [m[0] for m in mentions[:i]].count(needle))
        canon.setdefault(group, needle)
        ents.append(Entity(start=s.start, end=s.end, text=s.text, id=f"T{i}", label="PERS",
                           entity=group, canonical=canon[group], source="model"))
    doc.entities = ents
    store.put(doc)


def _check(tmp_path, keys: list[str], expected: set[frozenset[str]]) -> None:
    check_relink_orders(tmp_path, _put, keys, expected)


def _p(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(f"{k}/E1" if "/" not in k else k for k in g) for g in groups}


def test_a_name_without_the_fathers_name_is_neither_of_two_longer_names(tmp_path):
    # before: «عبدالله الحارثي» joined whichever longer name came first
    _check(tmp_path, ["h_short", "h_darwish", "h_saeed", "h_short2"],
           _p(("h_short", "h_short2"), ("h_darwish",), ("h_saeed",)))


def test_a_name_without_the_fathers_name_joins_the_one_longer_name(tmp_path):
    _check(tmp_path, ["q_short", "q_long", "q_long2"], _p(("q_short", "q_long", "q_long2")))


def test_one_persons_longer_names_join_with_the_short_one_in_every_order(tmp_path):
    _check(tmp_path, ["z_short", "z_bin", "z_grand"], _p(("z_short", "z_bin", "z_grand")))


def test_a_compound_given_name_keeps_its_fathers_name_rule(tmp_path):
    _check(tmp_path, ["y_short", "y_long"], _p(("y_short", "y_long")))


def test_a_bare_given_name_is_nobody_elses(tmp_path):
    # «خالد» alone in another article is not «خالد الفيصل»: before, it joined him through
    # the alias his own article gave him
    _check(tmp_path, ["k_named", "k_bare", "k_bare2"], _p(("k_named",), ("k_bare", "k_bare2")))


def test_a_given_name_that_is_a_family_name_stays_with_the_family_name(tmp_path):
    # session 11: whatever actor the linker put the bare name in, it goes to the person
    # most of the store's in-document evidence calls by it, from two groups on (one group
    # with «سيد الأنام محمد» made every bare «محمد» the Prophet's)
    _check(tmp_path, ["s_named", "s_named2", "s_bare"], _p(("s_named", "s_named2", "s_bare")))


def test_a_bare_given_name_goes_to_the_person_its_own_article_names(tmp_path):
    _check(tmp_path, ["a_article", "k_bare"],
           _p(("a_article/E1", "a_article/E2"), ("k_bare",)))


@pytest.mark.parametrize(("keys", "one"), [
    (["m_nh", "m_ni"], True), (["j_kh", "j_j"], True),
    (["n_kh", "n_j"], False), (["n_al1", "n_al2"], False),
])
def test_one_foreign_name_in_two_transliterations_is_one_actor(tmp_path, keys, one):
    expected = _p(tuple(keys)) if one else _p(*[(k,) for k in keys])
    _check(tmp_path, keys, expected)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("جوزيه مورينهو", "جوزيه مورينيو", True),   # Portuguese nh
    ("باولو كويلهو", "باولو كويليو", True),     # Portuguese lh
    ("بيل دي بلازيو", "بيل دي بلاسيو", True),   # s/z
    ("صلاح الدين دمرداش", "صلاح الدين دمرتاش", True),  # Turkish d/t
    ("بيتر تشيك", "بيتر شيك", True),           # ch
    ("خليل ابراهيم", "جليل ابراهيم", False),    # listed given names keep their letters
    ("فهد الخالدي", "فهد الجالدي", False),     # an Arabic family name with its article
    ("عمران خان", "عمران جان", False),         # three-letter words keep their letters
    ("جوزيه مورينيو", "جوزيه مورينيو", False),  # the same spelling is no pair
])
def test_transliteration_pairs(a, b, same):
    assert _translit_pair(a, b) is same
    assert (_foreign_key(a) == _foreign_key(b)) or not same


# -- outlets ------------------------------------------------------------------------

@pytest.fixture()
def outlets_store(tmp_path):
    store = Store(tmp_path / "out.db")
    for key, outlet in (("a", "was"), ("b", "okaz"), ("c", "Reuters"), ("d", "الشرق الأوسط")):
        doc = light_pipeline().analyze(f"قال المتحدث {key} إن الاجتماع انتهى.",
                                       url=f"http://o/{key}", published="2015-08-10",
                                       outlet=outlet)
        store.put(doc)
    yield store
    store.close()


def _urls(store: Store, outlet) -> set[str]:
    return {a["url"].rsplit("/", 1)[1] for a in store.list_articles(outlet=outlet)}


@pytest.mark.parametrize(("typed", "found"), [
    ("spa", {"a"}), ("SPA", {"a"}), ("was", {"a"}), ("WAS", {"a"}), ("واس", {"a"}),
    ("وكالة الأنباء السعودية", {"a"}), ("Okaz", {"b"}), ("OKAZ", {"b"}), ("عكاظ", {"b"}),
    ("صحيفة عكاظ", {"b"}), ("reuters", {"c"}), (" Reuters ", {"c"}),
    ("الشرق الاوسط", {"d"}), ("aawsat", {"d"}), ("alriyadh", set()), (["spa", "okaz"], {"a", "b"}),
])
def test_outlet_filters_take_any_case_and_any_name_of_the_outlet(outlets_store, typed, found):
    assert _urls(outlets_store, typed) == found

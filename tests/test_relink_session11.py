"""Cross-document actors, session 11: short bare names, a given name as family name by
in-document evidence, two given names a long vowel apart, no spelling join to a bare
given name, a vowel moved in a foreign name, a name and the same with its family name —
the same actors in every ingest order, after the relink and the rebuild."""

from __future__ import annotations

import pytest
from test_store_support import check_relink_orders, put_persons

from khabar.corpus.actors import _two_given_names, _variant_spelling
from khabar.store import Store
from khabar.store.relink_chains import _without_family
from khabar.store.relink_names import _is_bare

DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # a short given name («علي»: no family-name rule takes a 3-letter word) of two people
    "ali_father": ("قال محمد علي إن الاتفاق قريب، وأضاف علي أنه متفائل.",
                   [("محمد علي", "E1"), ("علي", "E1")]),
    "ali_imam": ("روي عن علي بن أبي طالب قول مشهور، وكان علي فصيحا.",
                 [("علي بن أبي طالب", "E1"), ("علي", "E1")]),
    "ali_bare": ("وقال علي إن الفريق جاهز.", [("علي", "E1")]),
    # a given name that is a family name: most in-document evidence is one person's
    "yusuf_1": ("قال سامي يوسف إن الحفل ناجح، وأضاف يوسف أنه سعيد.",
                [("سامي يوسف", "E1"), ("يوسف", "E1")]),
    "yusuf_2": ("وأكد سامي يوسف أن الألبوم جاهز، وقال يوسف إنه سيغني.",
                [("سامي يوسف", "E1"), ("يوسف", "E1")]),
    "yusuf_other": ("وقال أحمد يوسف إن المعرض افتتح، وأضاف يوسف أنه مستمر.",
                    [("أحمد يوسف", "E1"), ("يوسف", "E1")]),
    "yusuf_bare": ("وغنى يوسف أغنية جديدة.", [("يوسف", "E1")]),
    # two listed given names a long vowel apart are two names
    "muhammad": ("قال محمد حسين إن السوق مستقر.", [("محمد حسين", "E1")]),
    "mahmud": ("قال محمود حسين إن السوق مستقر.", [("محمود حسين", "E1")]),
    # a foreign given name with and without its final vowel is one name
    "philipp1": ("سجل فيليبي لام هدفا.", [("فيليبي لام", "E1")]),
    "philipp2": ("أصيب فيليب لام في التدريب.", [("فيليب لام", "E1")]),
    # «عباد الله» («God's servants») is no spelling of the given name «عبد الله»
    "abdallah": ("وقال عبد الله إن العمل مستمر.", [("عبد الله", "E1")]),
    "ibad": ("يا عباد الله اتقوا الله.", [("عباد الله", "E1")]),
    # a long vowel moved in a foreign name, and the bare family name
    "cristiano1": ("قال كريستيانو رونالدو إن رونالدو لن يرحل.",
                   [("كريستيانو رونالدو", "E1"), ("رونالدو", "E1")]),
    "cristiano2": ("سجل كرستيانو رونالدو هدفين، واحتفل رونالدو.",
                   [("كرستيانو رونالدو", "E1"), ("رونالدو", "E1")]),
    "ronaldo": ("وغاب رونالدو عن المباراة.", [("رونالدو", "E1")]),
    # a name and the same name with its family name (a poet's given and father's name)
    "antara_full": ("أنشد عنترة بن شداد العبسي قصيدته، وكان عنترة بن شداد فارسا.",
                    [("عنترة بن شداد العبسي", "E1"), ("عنترة بن شداد", "E1")]),
    "antara1": ("قصيدة عنترة بن شداد في المنهج.", [("عنترة بن شداد", "E1")]),
    "antara2": ("درس الطلاب شعر عنترة بن شداد.", [("عنترة بن شداد", "E1")]),
}


def _put(store: Store, key: str) -> None:
    put_persons(store, DOCS, key, "s11")


def _check(tmp_path, keys: list[str], expected: set[frozenset[str]]) -> None:
    check_relink_orders(tmp_path, _put, keys, expected)


def _p(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(f"{k}/E1" for k in g) for g in groups}


def test_a_short_bare_given_name_of_two_people_is_an_actor_apart(tmp_path):
    # before: the bare «علي» joined whichever person's actor held «علي» most when it came
    _check(tmp_path, ["ali_father", "ali_imam", "ali_bare"],
           _p(("ali_father",), ("ali_imam",), ("ali_bare",)))


def test_a_given_name_goes_to_the_person_most_evidence_calls_by_it(tmp_path):
    _check(tmp_path, ["yusuf_1", "yusuf_2", "yusuf_other", "yusuf_bare"],
           _p(("yusuf_1", "yusuf_2", "yusuf_bare"), ("yusuf_other",)))


def test_one_group_of_evidence_is_not_enough_for_a_given_name(tmp_path):
    _check(tmp_path, ["yusuf_1", "yusuf_other", "yusuf_bare"],
           _p(("yusuf_1",), ("yusuf_other",), ("yusuf_bare",)))


def test_two_given_names_a_long_vowel_apart_are_two_people(tmp_path):
    _check(tmp_path, ["muhammad", "mahmud"], _p(("muhammad",), ("mahmud",)))


def test_a_foreign_given_name_with_a_final_vowel_is_one_name(tmp_path):
    _check(tmp_path, ["philipp1", "philipp2"], _p(("philipp1", "philipp2")))


def test_no_spelling_join_to_a_bare_given_name(tmp_path):
    _check(tmp_path, ["abdallah", "ibad"], _p(("abdallah",), ("ibad",)))


def test_a_vowel_moved_in_a_foreign_name_is_one_person(tmp_path):
    _check(tmp_path, ["cristiano1", "cristiano2", "ronaldo"],
           _p(("cristiano1", "cristiano2", "ronaldo")))


def test_a_name_joins_the_same_name_with_its_family_name(tmp_path):
    _check(tmp_path, ["antara_full", "antara1", "antara2"],
           _p(("antara_full", "antara1", "antara2")))


@pytest.mark.parametrize(("a", "b", "two"), [
    ("محمد حسين", "محمود حسين", True),
    ("سعيد العمري", "سعد العمري", True),
    ("سيرغي لافروف", "سيرجي لافروف", False),   # the consonant of a foreign g
    ("فيليبي لام", "فيليب لام", False),         # a final vowel
    ("احمد صالح", "احمد الصالح", False),        # the article
    ("محمد حسين", "محمد حسين علي", False),      # not as many words
])
def test_two_given_names(a, b, two):
    assert _two_given_names(a, b) is two
    if two:
        assert not _variant_spelling(a, b)


@pytest.mark.parametrize(("form", "bare"), [
    ("علي", True), ("عمر", True), ("محمد", True), ("عبد الله", True),
    ("نيمار", False), ("محمد علي", False),
])
def test_is_bare(form, bare):
    assert _is_bare(form) is bare


@pytest.mark.parametrize(("name", "short"), [
    ("عنترة بن شداد العبسي", "عنترة بن شداد"),
    ("ريان ابراهيم بابا", "ريان ابراهيم"),
    ("محمد بن سلمان بن عبدالعزيز", None),    # no family name
    ("سلمان بن عبدالعزيز ال سعود", None),     # a dynasty name: the chains' rule
    ("عبد الله العنزي", None),               # too short: a given and a family name
    ("ماجد القصبي الثاني", None),            # the shorter one has a family name
])
def test_without_family(name, short):
    assert _without_family(name) == short

"""Session 9 store checks: person actors for names without a family name to key on (nasab
chains, family names that are also given names), one person's longer names a letter or a
space apart, two people the linker chained through a short name, and a title before a bare
given name («الملك سلمان») — the same partition in every ingest order and after a rebuild."""

from __future__ import annotations

import pytest
from test_store_support import check_relink_orders, put_persons

from khabar.store import Store
from khabar.store.relink_chains import chain
from khabar.store.relink_names import _one_name
from khabar.store.relink_titles import title_before

# key → (text, [(needle, group), …]); mentions are found left to right, a group's
# canonical name is its first needle
DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # nasab chains without a family name
    "s_short": ("استقبل خادم الحرمين الشريفين سلمان بن عبدالعزيز الوفد.",
                [("سلمان بن عبدالعزيز", "E1")]),
    "s_full": ("أصدر سلمان بن عبدالعزيز آل سعود أمرا ملكيا.",
               [("سلمان بن عبدالعزيز آل سعود", "E1")]),
    "m_short": ("أكد الأمير محمد بن سلمان أن الخطة جاهزة.", [("محمد بن سلمان", "E1")]),
    "m_long": ("ترأس الأمير محمد بن سلمان بن عبدالعزيز الاجتماع.",
               [("محمد بن سلمان بن عبدالعزيز", "E1")]),
    "m_full": ("وصل الأمير محمد بن سلمان بن عبدالعزيز آل سعود إلى باريس.",
               [("محمد بن سلمان بن عبدالعزيز آل سعود", "E1")]),
    "m_both": ("رأس الأمير محمد بن سلمان بن عبدالعزيز الجلسة، وقال الأمير محمد بن سلمان"
               " إن المشروع مهم.",
               [("محمد بن سلمان بن عبدالعزيز", "E1"), ("محمد بن سلمان", "E1")]),
    # two princes of one given name and father: the short name is neither
    "f_short": ("أشاد الأمير فهد بن خالد بالفريق.", [("فهد بن خالد", "E1")]),
    "f_long": ("حضر الأمير فهد بن خالد بن سلطان المباراة.", [("فهد بن خالد بن سلطان", "E1")]),
    "a_short": ("افتتح عبدالله بن عبدالعزيز المعرض.", [("عبدالله بن عبدالعزيز", "E1")]),
    "a_king": ("توفي عبدالله بن عبدالعزيز آل سعود.", [("عبدالله بن عبدالعزيز آل سعود", "E1")]),
    "a_prince": ("قال عبدالله بن عبدالعزيز بن مساعد آل سعود إن الموسم ناجح.",
                 [("عبدالله بن عبدالعزيز بن مساعد آل سعود", "E1")]),
    "n_father": ("كان نايف بن عبدالعزيز وزيرا للداخلية.", [("نايف بن عبدالعزيز", "E1")]),
    "n_son": ("قال محمد بن نايف بن عبدالعزيز إن الأمن مستتب.",
              [("محمد بن نايف بن عبدالعزيز", "E1")]),
    # a family name that is also a given name
    "x_both": ("عينت الحركة أختر محمد منصور زعيما، وقال أختر منصور إن الحركة موحدة.",
               [("أختر محمد منصور", "E1"), ("أختر منصور", "E1")]),
    "x_short": ("قال أختر منصور إن الحركة موحدة.", [("أختر منصور", "E1")]),
    "x_long": ("بايع القادة أختر محمد منصور.", [("أختر محمد منصور", "E1")]),
    "y_short": ("قال أختر منصور إن الحركة موحدة، وأضاف منصور أن المفاوضات متوقفة.",
                [("أختر منصور", "E1"), ("منصور", "E1")]),
    "y_long": ("بايع القادة أختر محمد منصور، وقال منصور إنه سيواصل القتال.",
               [("أختر محمد منصور", "E1"), ("منصور", "E1")]),
    "c_short": ("قال محمد علي إن الاجتماع انتهى.", [("محمد علي", "E1")]),
    "c_long": ("قال محمد أحمد علي إن الاجتماع انتهى.", [("محمد أحمد علي", "E1")]),
    # the fathers' rule: one person's longer names a letter apart, or two people
    "h_short": ("قال حامد الشمري إن العمل مستمر.", [("حامد الشمري", "E1")]),
    "h_male": ("افتتح حامد بن مالح الشمري المعرض.", [("حامد بن مالح الشمري", "E1")]),
    "h_taa": ("أكد حامد بن مالحة الشمري أن المعرض ناجح.", [("حامد بن مالحة الشمري", "E1")]),
    "h_other": ("أعلن حامد بن صالح الشمري النتائج.", [("حامد بن صالح الشمري", "E1")]),
    "b_short": ("قال بدر السمحان إن الموسم ناجح.", [("بدر السمحان", "E1")]),
    "b_long": ("كرم بدر عبد الرحمن السمحان الفائزين.", [("بدر عبد الرحمن السمحان", "E1")]),
    "b_typo": ("أعلن بدر عبد لرحمن السمحان الجوائز.", [("بدر عبد لرحمن السمحان", "E1")]),
    "o_saad": ("قال سعيد بن سعد العمري إن المشروع اكتمل.", [("سعيد بن سعد العمري", "E1")]),
    "o_short": ("أكد سعيد العمري أن العمل مستمر، وقال العمري إن الموعد ثابت.",
                [("سعيد العمري", "E1"), ("العمري", "E1")]),
    "o_mohd": ("أوضح سعيد بن محمد العمري أن الشبكة جاهزة، وقال العمري إن الأعمال انتهت.",
               [("سعيد بن محمد العمري", "E1"), ("العمري", "E1")]),
    # one name spaced two ways, the actor first named by the bare family name
    "w_bare": ("قال صالح في خطاب إن علي عبد الله صالح باق.",
               [("صالح", "E1"), ("علي عبد الله صالح", "E1")]),
    "w_joined": ("اتهم التحالف علي عبدالله صالح بعرقلة الحل.", [("علي عبدالله صالح", "E1")]),
    # a title before a bare given name
    "k_title": ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد.",
                [("سلمان بن عبدالعزيز", "E1")]),
    "k_title2": ("أصدر الملك سلمان بن عبدالعزيز آل سعود أمرا.",
                 [("سلمان بن عبدالعزيز آل سعود", "E1")]),
    "k_bare": ("ردد المتظاهرون: اللهم احفظ الملك سلمان.", [("سلمان", "E1")]),
    "k_eponym": ("نجح فريق طبي بمستشفى الملك سلمان في إجراء عملية.", [("سلمان", "E1")]),
    "k_plain": ("قال سلمان إن الفريق جاهز.", [("سلمان", "E1")]),
    "j_second": ("استقبل الملك عبدالله الثاني الوفد، ثم غادر الملك عبدالله الثاني عمان.",
                 [("عبدالله الثاني", "E1"), ("عبدالله الثاني", "E1")]),
    "j_saudi": ("زار الملك عبدالله بن عبدالعزيز القاهرة، واستقبل الملك عبدالله بن عبدالعزيز"
                " الوفد.", [("عبدالله بن عبدالعزيز", "E1"), ("عبدالله بن عبدالعزيز", "E1")]),
    "j_bare": ("وقال الملك عبدالله إن السلام ممكن.", [("عبدالله", "E1")]),
}


def _put(store: Store, key: str) -> None:
    put_persons(store, DOCS, key, "s9")


def _check(tmp_path, keys: list[str], expected: set[frozenset[str]]) -> None:
    check_relink_orders(tmp_path, _put, keys, expected)


def _p(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(f"{k}/E1" for k in g) for g in groups}


# -- nasab chains ----------------------------------------------------------------------

def test_a_chain_with_the_dynasty_name_is_the_short_chain_in_full(tmp_path):
    # before: «سلمان بن عبدالعزيز» and «… آل سعود» were two actors (no family name to key on)
    _check(tmp_path, ["s_short", "s_full"], _p(("s_short", "s_full")))


def test_a_two_name_chain_joins_its_longer_chains_with_in_document_evidence(tmp_path):
    _check(tmp_path, ["m_short", "m_long", "m_full", "m_both"],
           _p(("m_short", "m_long", "m_full", "m_both")))


def test_a_three_name_chain_joins_the_same_chain_with_the_dynasty_name(tmp_path):
    _check(tmp_path, ["m_long", "m_full"], _p(("m_long", "m_full")))


def test_a_two_name_chain_without_evidence_is_not_a_longer_chain(tmp_path):
    # father and son's names are shared by several princes: «فهد بن خالد» alone is not
    # «فهد بن خالد بن سلطان»
    _check(tmp_path, ["f_short", "f_long"], _p(("f_short",), ("f_long",)))
    _check(tmp_path, ["m_short", "m_long"], _p(("m_short",), ("m_long",)))


def test_a_short_chain_of_two_people_is_neither(tmp_path):
    # the late king and a prince whose grandfather is Musaid: a full name ends the chain
    _check(tmp_path, ["a_short", "a_king", "a_prince"],
           _p(("a_short",), ("a_king",), ("a_prince",)))


def test_a_father_and_his_son_stay_apart(tmp_path):
    _check(tmp_path, ["n_father", "n_son"], _p(("n_father",), ("n_son",)))


@pytest.mark.parametrize(("name", "parsed"), [
    ("سلمان بن عبد العزيز ال سعود", ("سلمان", ("عبدالعزيز",), "سعود")),
    ("محمد بن نايف بن عبدالعزيز", ("محمد", ("نايف", "عبدالعزيز"), None)),
    ("محمد بن راشد ال", ("محمد", ("راشد",), None)),
    ("فيصل بن خالد عبدالعزيز", ("فيصل", ("خالد", "عبدالعزيز"), None)),
    ("محمد بن عبدالعزيز الصفيان", None),  # a family name: the fathers' rule's
    ("تركي بن عبدالعزيز الاول", None),
    ("محمد بن", None),
    ("محمد سلمان", None),
])
def test_nasab_chains(name, parsed):
    assert chain(name) == parsed


# -- family names that are given names --------------------------------------------------

def test_a_family_name_that_is_a_given_name_joins_with_a_group_holding_both(tmp_path):
    # before: «أختر منصور» stored first stayed apart from «أختر محمد منصور»
    _check(tmp_path, ["x_short", "x_long", "x_both"], _p(("x_short", "x_long", "x_both")))


def test_a_family_name_that_is_a_given_name_joins_when_both_go_by_it(tmp_path):
    _check(tmp_path, ["y_short", "y_long"], _p(("y_short", "y_long")))


def test_two_listed_given_names_are_a_given_and_a_fathers_name(tmp_path):
    _check(tmp_path, ["c_short", "c_long"], _p(("c_short",), ("c_long",)))


# -- the fathers' rule ------------------------------------------------------------------

def test_longer_names_a_letter_apart_in_the_fathers_name_are_one_person(tmp_path):
    # before: «مالح» / «مالحة» read as two fathers, and «حامد الشمري» was left apart
    _check(tmp_path, ["h_short", "h_male", "h_taa"], _p(("h_short", "h_male", "h_taa")))
    _check(tmp_path, ["b_short", "b_long", "b_typo"], _p(("b_short", "b_long", "b_typo")))


def test_another_letter_in_the_fathers_name_is_another_father(tmp_path):
    _check(tmp_path, ["h_short", "h_male", "h_other"],
           _p(("h_short",), ("h_male",), ("h_other",)))


def test_two_people_the_linker_chained_through_a_short_name_are_split(tmp_path):
    # «سعيد العمري» let the linker put «سعيد بن سعد العمري» and «سعيد بن محمد العمري» in
    # one actor in some orders, and the fathers' rule took one actor for one person
    _check(tmp_path, ["o_saad", "o_short", "o_mohd"],
           _p(("o_saad",), ("o_short",), ("o_mohd",)))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("حامد بن مالح الشمري", "حامد بن مالحه الشمري", True),    # taa marbuta
    ("بدر عبد الرحمن السمحان", "بدر عبد لرحمن السمحان", True),  # a letter left out
    ("خالد بن عبد الله العرج", "خالد عبدالله العرج", True),    # عبد ال… spacing, بن
    ("علي بن يحيي الزهراني", "علي بن يحيى الزهراني", True),     # ى / ي
    ("سعيد بن مؤمن العمري", "سعيد بن مءمن العمري", True),      # hamza seats
    ("حامد بن مالح الشمري", "حامد بن صالح الشمري", False),     # another letter
    ("راشد بن محمد الزهراني", "راشد بن احمد الزهراني", False),
    ("مالح بن حامد الشمري", "مالحه بن حامد الشمري", False),    # the given name itself
])
def test_one_persons_longer_names(a, b, same):
    assert _one_name(a, b) is same


# -- spacing ----------------------------------------------------------------------------

def test_one_name_spaced_two_ways_is_one_actor(tmp_path):
    # before: with «صالح» as the actor's name, the linker's spelling rule (actor names
    # only) missed «علي عبدالله صالح» when it came second
    _check(tmp_path, ["w_bare", "w_joined"], _p(("w_bare", "w_joined")))


# -- titles before a bare given name ----------------------------------------------------

def test_a_title_and_a_given_name_join_the_one_person_holding_that_title(tmp_path):
    # before: «اللهم احفظ الملك سلمان» went to a bare «سلمان» actor; a hospital named
    # after him and a plain «سلمان» stay apart
    _check(tmp_path, ["k_title", "k_title2", "k_bare", "k_eponym", "k_plain"],
           _p(("k_title", "k_title2", "k_bare"), ("k_eponym", "k_plain")))


def test_a_title_two_people_hold_with_that_name_names_neither(tmp_path):
    _check(tmp_path, ["j_second", "j_saudi", "j_bare"],
           _p(("j_second",), ("j_saudi",), ("j_bare",)))


@pytest.mark.parametrize(("prefix", "title"), [
    ("اللهم احفظ الملك ", "الملك"),
    ("واستقبل الأمير ", "الامير"),
    ("بمستشفى الملك ", None),
    ("تطوير شارعي الملك ", None),
    ("على كأس الملك ", None),
    ("الملك، ", None),  # punctuation between: no title of this name
    ("قال ", None),
])
def test_title_before(prefix, title):
    assert title_before(prefix) == title

"""Cross-document actors, session 10: two title classes under one name, a title before a
given name is no family name, one-word spelling variants, mononyms — the same actors in
every ingest order, after the relink and the rebuild."""

from __future__ import annotations

from test_store_support import check_relink_orders, put_persons

from khabar.store import Store
from khabar.store.relink_names import _glued_wa

DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # one written name, two people: a prince (club president) and a 19th-century imam
    "prince1": ("قال رئيس النادي الأمير فيصل بن تركي إن الفريق جاهز.",
                [("فيصل بن تركي", "E1")]),
    "prince2": ("واستقبل الأمير فيصل بن تركي اللاعبين الجدد.", [("فيصل بن تركي", "E1")]),
    "imam": ("في عهد الإمام فيصل بن تركي توسعت الدولة.", [("فيصل بن تركي", "E1")]),
    # one group given both titles: one person, whatever the titles
    "both": ("كان الإمام فيصل بن تركي وهو الأمير فيصل بن تركي حاكما.",
             [("فيصل بن تركي", "E1"), ("فيصل بن تركي", "E1")]),
    # a street the NER took for a person, with a bare given name in its group
    "street": ("افتتح شارعي الملك عبدالعزيز أمس. وقال عبدالعزيز إن الطريق جاهز.",
               [("شارعي الملك عبدالعزيز", "E1"), ("عبدالعزيز", "E1")]),
    "aziz1": ("وأكد عبدالعزيز أن المشروع اكتمل.", [("عبدالعزيز", "E1")]),
    "aziz2": ("وأضاف عبدالعزيز أن العمل مستمر.", [("عبدالعزيز", "E1")]),
    # a coach and the god: one-word names a letter apart
    "coach": ("قال المدرب جورجيوس دونيس إن دونيس يثق باللاعبين.",
              [("جورجيوس دونيس", "E1"), ("دونيس", "E1")]),
    "coach2": ("وأكد دونيس جاهزية الفريق.", [("دونيس", "E1")]),
    "god": ("تمثال لإله النبيذ ديونيس في المتحف.", [("ديونيس", "E1")]),
    # a kunya written joined and apart
    "kunya1": ("وقال أبو مجاهد إن الهدنة صامدة.", [("أبو مجاهد", "E1")]),
    "kunya2": ("وأكد أبومجاهد أن الهدنة صامدة.", [("أبومجاهد", "E1")]),
    # a mononym and the full name it begins
    "neymar_full": ("سجل نيمار دا سيلفا هدفين، وقال نيمار إنه سعيد.",
                    [("نيمار دا سيلفا", "E1"), ("نيمار", "E1")]),
    "neymar1": ("وغاب نيمار عن التدريب.", [("نيمار", "E1")]),
    "neymar2": ("وعاد نيمار إلى الملعب.", [("نيمار", "E1")]),
    "neymar_only_full": ("انتقل نيمار دا سيلفا إلى النادي.", [("نيمار دا سيلفا", "E1")]),
    "other_neymar": ("وقال نيمار جونيور إنه سيعود.", [("نيمار جونيور", "E1")]),
    # the entity stage kept a bare «نيمار» apart from the full name of its own article
    "neymar_beside": ("وسدد نيمار دا سيلفا كرة، ثم مرر نيمار الصغير.",
                      [("نيمار دا سيلفا", "E1"), ("نيمار", "E2")]),
    # the conjunction glued on by the NER, and a given name that starts with و
    "rose": ("وقالت روز نوري شاويس إن الحوار مستمر.", [("روز نوري شاويس", "E1")]),
    "wa_rose": ("وأضافت وروز نوري شاويس أن الحوار مستمر.", [("وروز نوري شاويس", "E1")]),
}


def _put(store: Store, key: str) -> None:
    put_persons(store, DOCS, key, "s10")


def _check(tmp_path, keys: list[str], expected: set[frozenset[str]]) -> None:
    check_relink_orders(tmp_path, _put, keys, expected)


def _p(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(f"{k}/E1" for k in g) for g in groups}


def test_a_royal_and_a_religious_title_of_one_name_are_two_people(tmp_path):
    _check(tmp_path, ["prince1", "prince2", "imam"], _p(("prince1", "prince2"), ("imam",)))


def test_one_group_given_both_titles_keeps_them_one_person(tmp_path):
    _check(tmp_path, ["prince1", "imam", "both"], _p(("prince1", "imam", "both")))


def test_a_title_before_a_given_name_is_no_family_name(tmp_path):
    # before: the bare «عبدالعزيز» groups stayed with the street «شارعي الملك عبدالعزيز»,
    # read as a person whose family name is عبدالعزيز, in the orders where they met it
    _check(tmp_path, ["street", "aziz1", "aziz2"], _p(("street",), ("aziz1", "aziz2")))


def test_a_one_word_name_a_letter_apart_is_another_name(tmp_path):
    _check(tmp_path, ["coach", "coach2", "god"], _p(("coach", "coach2"), ("god",)))


def test_a_one_word_name_spaced_two_ways_is_one_name(tmp_path):
    _check(tmp_path, ["kunya1", "kunya2"], _p(("kunya1", "kunya2")))


def test_a_mononym_joins_the_one_full_name_it_begins(tmp_path):
    _check(tmp_path, ["neymar_full", "neymar1", "neymar2"],
           _p(("neymar_full", "neymar1", "neymar2")))


def test_a_mononym_without_in_document_evidence_stays_apart(tmp_path):
    _check(tmp_path, ["neymar_only_full", "neymar1"], _p(("neymar_only_full",), ("neymar1",)))


def test_a_mononym_two_full_names_begin_joins_neither(tmp_path):
    _check(tmp_path, ["neymar_full", "other_neymar", "neymar1"],
           _p(("neymar_full",), ("other_neymar",), ("neymar1",)))


def test_a_mononym_kept_apart_in_its_own_article_stays_apart(tmp_path):
    _check(tmp_path, ["neymar_full", "neymar1", "neymar_beside"], {
        frozenset({"neymar_full/E1", "neymar1/E1", "neymar_beside/E1"}),
        frozenset({"neymar_beside/E2"})})


def test_a_glued_conjunction_is_the_same_name(tmp_path):
    _check(tmp_path, ["rose", "wa_rose"], _p(("rose", "wa_rose")))


def test_a_given_name_starting_with_waw_is_not_a_glued_conjunction():
    assert _glued_wa("وروز نوري شاويس") == "روز نوري شاويس"
    assert _glued_wa("وليد سعد الحربي") is None  # a listed given name
    assert _glued_wa("وروز شاويس") is None  # two words: too little to go on

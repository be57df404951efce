"""The NER feature lexicon's curated lists: format checks and class mapping."""

from pathlib import Path

import pytest

from khabar.ner import lexicon
from khabar.text.normalize import match_form


def test_curated_lists_read_names_and_classes(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text(
        "# header\n\nحسنية أكادير\tORG\nعبد الله\tFIRST\n", "utf-8")
    (tmp_path / "b.tsv").write_text("الضفة الغربية\tLOC\n", "utf-8")
    got = list(lexicon.curated_lists(tmp_path))
    assert got == [("حسنية أكادير", "ORG"), ("عبد الله", "FIRST"), ("الضفة الغربية", "LOC")]
    built = lexicon.build(got)
    assert built["حسنيه اكادير"] == "ORG"  # keys are match forms


@pytest.mark.parametrize("line", ["اسم بلا صنف", "اسم\tCITY", "\tORG"])
def test_curated_lists_reject_malformed_lines(tmp_path: Path, line: str) -> None:
    (tmp_path / "bad.tsv").write_text(line + "\n", "utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        list(lexicon.curated_lists(tmp_path))


def test_shipped_curated_lists_cover_every_class() -> None:
    from collections import Counter

    counts = Counter(cls for _, cls in lexicon.curated_lists())  # raises on a malformed line
    assert set(counts) == lexicon.CURATED_CLASSES
    assert min(n for c, n in counts.items() if c != "FIRST_AMBIG") >= 1000
    assert counts["FIRST_AMBIG"] >= 300


def test_the_shipped_model_was_trained_with_the_curated_lists() -> None:
    from khabar.ner.model import LEXICON_NAME, model_dir

    frozen = lexicon.load(model_dir() / LEXICON_NAME)
    built = lexicon.build([*lexicon.package_gazetteers(), *lexicon.curated_lists()])
    for name in ("حسنية أكادير", "شاختار دونيتسك", "تيار المستقبل"):
        key = " ".join(lexicon.match_form(name).split())
        assert "ORG" in built[key].split("|")
        assert frozen.get(key) == built[key]


def test_common_words_of_the_city_list_stay_out_of_the_feature_lexicon() -> None:
    from khabar.gazetteer import places

    assert "كان" in places.forms()  # Cannes stays a city for geocoding
    built = lexicon.build(lexicon.package_gazetteers())
    assert "كان" not in built and "منا" not in built
    assert built.get("بغداد") == "LOC"


def test_an_ambiguous_place_that_is_a_given_name_keeps_only_its_person_class():
    # «منى» (the holy site, listed as ambiguous) is far more often a woman's name
    lex = lexicon.build([("منى", "LOC"), ("منى", "PERS"), ("عسير", "LOC"), ("الرياض", "LOC"),
                         ("الرياض", "PERS")])
    assert lex[match_form("منى")] == "PERS"
    assert lex[match_form("عسير")] == "LOC"  # ambiguous, but no person's name
    assert lex[match_form("الرياض")] == "LOC|PERS"  # a person's name, but not ambiguous


def test_a_given_name_that_is_a_common_word_is_a_weaker_class_unless_already_a_name():
    lex = lexicon.build([("نبيل", "FIRST_AMBIG"), ("سعيد", "FIRST_AMBIG"), ("سعيد", "PERS"),
                         ("ويل", "FIRST_AMBIG"), ("ويل", "LOC"), ("أحمد", "FIRST")])
    assert lex[match_form("نبيل")] == "FIRST_AMBIG"
    assert lex[match_form("سعيد")] == "PERS"  # the stronger class wins (quotes read PERS/FIRST)
    assert lex[match_form("ويل")] == "FIRST_AMBIG|LOC"
    assert lex[match_form("أحمد")] == "FIRST"


def test_the_shipped_ambiguous_given_names_leave_out_particles_and_pronouns():
    names = {match_form(n) for n, c in lexicon.curated_lists() if c == "FIRST_AMBIG"}
    assert {match_form(w) for w in ("نبيل", "أمل", "ويل", "منير")} <= names
    assert not names & {match_form(w) for w in ("آن", "أنا", "آل", "بن", "منى", "علي")}


def test_club_cores_are_the_qualified_clubs_core_words():
    entries = [("القطري", "NAT"), ("الإيطالي", "NAT"), ("قطر", "CTRY")]
    cores = dict(lexicon.club_cores(entries))
    # السد القطري, ميلان الإيطالي, نادي الوحدة … in orgs.tsv section 1
    assert cores[match_form("السد")] == "CLUB"
    assert cores[match_form("ميلان")] == "CLUB"
    assert match_form("قطر") not in cores  # نادي قطر: the country name is no club core
    assert match_form("القطري") not in cores
    assert all(" " not in k for k in cores)


def test_club_cores_need_a_masculine_nationality_adjective():
    entries = [("السعودي", "NAT")]
    cores = dict(lexicon.club_cores(entries))
    assert match_form("ميلان") not in cores  # الإيطالي is no NAT entry here
    assert match_form("الوحدة") in cores  # الوحدة السعودي

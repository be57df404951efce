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
    assert min(counts.values()) >= 1000


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

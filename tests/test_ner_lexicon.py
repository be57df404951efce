"""The NER feature lexicon's curated lists: format checks and class mapping."""

from pathlib import Path

import pytest

from khabar.ner import lexicon


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


def test_shipped_curated_lists_are_well_formed() -> None:
    entries = list(lexicon.curated_lists())
    assert all(cls in lexicon.CURATED_CLASSES for _, cls in entries)


def test_common_words_of_the_city_list_stay_out_of_the_feature_lexicon() -> None:
    from khabar.gazetteer import places

    assert "كان" in places.forms()  # Cannes stays a city for geocoding
    built = lexicon.build(lexicon.package_gazetteers())
    assert "كان" not in built and "منا" not in built
    assert built.get("بغداد") == "LOC"

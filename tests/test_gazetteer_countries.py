"""Country forms: names, inflected adjectives, capitals, clitics, original offsets."""

import pytest

from khabar.gazetteer.countries import find_all, lookup


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("العراق", "IRQ"),
        ("للعراق", "IRQ"),
        ("العراقية", "IRQ"),
        ("الأميركية", "USA"),
        ("الأمريكيين", "USA"),
        ("وواشنطن", "USA"),
        ("الكورية الشمالية", "PRK"),
        ("الإيرانيون", "IRN"),
        ("فرنسا", "FRA"),
        ("الأتراك", "TUR"),
        ("الأفغان", "AFG"),
        ("والألمان", "DEU"),
        ("الإنكليز", "GBR"),
    ],
)
def test_lookup(form, iso3):
    match = lookup(form)
    assert match is not None and match.iso3 == iso3


@pytest.mark.parametrize("word", ["فرنك", "مسؤول", "الرئيس", "قال"])
def test_lookup_rejects_non_country(word):
    assert lookup(word) is None


def test_find_all_keeps_clitics_outside_and_offsets_true():
    text = "وقالت بغداد إن القوات الأميركية غادرت وواشنطن ترحب، وذهب للعراق وفد فرنسي."
    found = find_all(text)
    assert [m.text for m in found] == ["بغداد", "الأميركية", "واشنطن", "عراق", "فرنسي"]
    assert [m.match.iso3 for m in found] == ["IRQ", "USA", "USA", "IRQ", "FRA"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_find_all_ignores_forms_inside_words():
    # «مصر» inside «مصرف» (bank) and «عمان» inside «عمانوئيل» are not countries.
    assert find_all("افتتح مصرف جديد وحضر عمانوئيل") == []

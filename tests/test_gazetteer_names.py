"""Curated gazetteers: places with countries and coordinates, organisations, outlets, and
the clitic-aware matcher that maps matches back to original offsets."""

import pytest

from khabar.gazetteer import names, orgs, outlets, places
from khabar.gazetteer.matcher import PhraseMatcher


def test_washington_is_the_capital_not_a_small_town():
    p = places.lookup("واشنطن")
    assert p.country == "USA" and p.kind == "capital"
    assert abs(p.lat - 38.895) < 0.05 and abs(p.lon + 77.036) < 0.05


@pytest.mark.parametrize(
    ("name", "country"),
    [("وبغداد", "IRQ"), ("أربيل", "IRQ"), ("اربيل", "IRQ"), ("طهران", "IRN"), ("للرياض", "SAU"),
     ("غزة", "PSE"), ("جدة", "SAU"), ("دمشق", "SYR")],
)
def test_places_lookup(name, country):
    p = places.lookup(name)
    assert p is not None and p.country == country and p.lat is not None


def test_generated_cities_cover_beyond_curated():
    p = places.lookup("حلب")
    assert p.country == "SYR"
    assert places.lookup("كلمةليستمدينة") is None


def test_orgs():
    assert orgs.lookup("والحوثيون").id == "houthis"
    assert orgs.lookup("لحزب الله").country == "LBN"
    assert orgs.lookup("تنظيم الدولة الإسلامية").id == "isis"
    assert orgs.lookup("القاعدة").ambiguous


def test_outlets():
    assert outlets.canonical("بلومبيرغ") == "بلومبرغ"
    assert outlets.is_outlet("وكالة رويترز")
    assert outlets.lookup("لصحيفة عكاظ").source == "okaz"
    assert outlets.lookup("الرياض") is None  # the city, unless introduced as a paper
    assert outlets.lookup("صحيفة الرياض").id == "alriyadh"
    assert outlets.lookup("الرياض", allow_bare=True).id == "alriyadh"
    assert outlets.for_source("was").name == "واس"


def test_matcher_offsets_and_proclitics():
    text = "زار وزيرٌ وواشنطنَ ثم بغداد، وقال للعراقيين: العراقُ للعراق."
    m = PhraseMatcher([("واشنطن", "W"), ("بغداد", "B"), ("العراق", "I")])
    found = m.find_all(text)
    for x in found:
        assert text[x.start : x.end] == x.text
    texts = [(x.text, x.payload) for x in found]
    assert ("واشنطنَ", "W") in texts  # the و stays outside, the diacritic inside
    assert ("بغداد", "B") in texts
    assert ("العراقُ", "I") in texts
    assert ("عراق", "I") in texts  # «للعراق»: ل + (ا)لعراق
    assert all(p != "I" or t != "للعراقيين" for t, p in texts)  # no match inside a longer word


def test_names_resolve_types_and_geocodes():
    e = names.resolve("واشنطن", "LOC")
    assert e.country == "USA" and e.kind == "capital" and e.lat
    assert names.resolve("بلومبرغ", "ORG").kind == "outlet"
    assert names.resolve("سوريا").kind == "country"


def test_find_all_skips_ambiguous_names():
    found = {m.text for m in names.find_all("قال إن الاتحاد والقاعدة والرياض ووول ستريت جورنال")}
    assert "وول ستريت جورنال" in found
    assert "الاتحاد" not in found and "القاعدة" not in found


def test_a_country_named_without_its_article_resolves_when_tagged_as_a_place() -> None:
    """«عراق 2024 ليس عراق 2014»: the model's LOC «عراق» is Iraq, like «العراق»."""
    for bare, iso3 in [("عراق", "IRQ"), ("سودان", "SDN"), ("أردن", "JOR")]:
        entry = names.resolve(bare, "LOC")
        assert entry is not None and entry.country == iso3 and entry.kind == "country"


def test_bare_forms_that_are_common_words_or_names_stay_unresolved() -> None:
    for word in ["هند", "جزائر", "بحرين", "مغرب"]:
        entry = names.resolve(word, "LOC")
        assert entry is None or entry.kind != "country", word
    # only a LOC reading gets the bare-form fallback
    assert names.resolve("عراق", "PERS") is None

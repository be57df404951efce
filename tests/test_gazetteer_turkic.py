"""Entities: city names in Turkic Arabic-script spellings stay out of the city table, and a
club named after its city (tagged ORG) carries no city kind or point."""

from __future__ import annotations

from pathlib import Path

import khabar
from khabar.gazetteer import places


def test_turkic_spellings_are_not_city_names():
    # GeoNames lists Uyghur spellings (رىم = Rome, مىلان = Milan) among Arabic-script names;
    # under the matching form رىم would read as the given name ريم
    assert places.lookup("ريم") is None
    assert places.lookup("ميلان") is not None and places.lookup("ميلان").country == "ITA"
    table = Path(places.__file__).parents[1] / "resources" / "gazetteer" / "cities.tsv"
    names = [line.split("\t", 1)[0] for line in table.read_text("utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(names) > 10000
    assert not [n for n in names if places._TURKIC_SPELLING.search(n)]


def test_a_club_named_after_its_city_has_no_point():
    doc = khabar.analyze(
        "فاز ميلان الإيطالي على ضيفه بهدفين في مباراة الدوري التي أقيمت في ميلانو، "
        "وسجل اللاعب الهدف الأول في الدقيقة العاشرة.", published="2015-08-10")
    by_text = {e.text: e for e in doc.entities}
    club, city = by_text["ميلان"], by_text["ميلانو"]
    assert club.label == "ORG" and club.kind is None and club.lat is None
    assert club.country == "ITA" and club.canonical == "ميلان"
    assert city.label == "LOC" and city.kind == "city" and city.lat is not None

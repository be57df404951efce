"""Wrong GeoNames alternate names are left out of the city table (session 12, lead)."""

from __future__ import annotations

import khabar
from khabar.gazetteer import places
from khabar.gazetteer.tables import read_rows
from khabar.text.normalize import match_form


def test_al_jazeera_is_not_algiers() -> None:
    assert places.lookup("الجزيرة") is None
    assert all(p.country != "DZA" for p in places.candidates("الجزيرة"))
    doc = khabar.analyze("ونقلت قناة الجزيرة عن مصادر قولها إن القتلى عشرة.", published="2015-08-10")
    # the channel by its cue word «قناة» (session 15), never Algiers
    assert [e.country for e in doc.entities if e.text == "الجزيرة"] == ["QAT"]


def test_algiers_keeps_its_names() -> None:
    for name in ("الجزائر", "الجزائر العاصمة"):
        place = places.lookup(name)
        assert place is not None and place.country == "DZA", name


def test_every_wrong_name_is_a_generated_row() -> None:
    """A row of the list that matches no generated city would silently do nothing."""
    generated = {(match_form(r["name"]), r["country"]) for r in read_rows(places.CITIES_FILE)}
    wrong = places.wrong_city_names()
    assert wrong and wrong <= generated

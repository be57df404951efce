"""Session 20 (evl20, issue #6): where an event happened — the families of the l20 sample.

The places are LOC entities built by hand (as tests/test_events_links.py does), so these tests do
not depend on the NER stage or the gazetteer; PROTEST events are not filtered by the model.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from khabar.document import Entity
from khabar.extract.events import EventStage
from khabar.extract.events.location import _kind_named
from khabar.pipeline import Pipeline
from tests.event_helpers import text_tokens

AUDIT = Path(__file__).parent / "gold" / "events_audit"


def _events(text: str, places: dict[str, tuple[str, float | None]],
            kinds: dict[str, str | None] | None = None) -> list:
    """The events of ``text`` with a LOC entity on the first occurrence of each word of ``places``
    (word -> (country, latitude or None for a country); ``kinds`` overrides the entity kind)."""
    doc = Pipeline(["text"]).analyze(text, published="2015-08-10")
    ents = []
    for n, (word, (country, lat)) in enumerate(places.items()):
        i = text.index(word)
        ents.append(Entity(id=f"e{n}", start=i, end=i + len(word), text=word, label="LOC",
                           entity=f"E{n}", canonical=word, country=country, lat=lat,
                           kind=(kinds or {}).get(word, "country" if lat is None else "city"),
                           lon=None if lat is None else 40.0))
    doc.entities = ents
    evs = EventStage()(doc)
    for e in evs:
        if e.location:
            assert doc.text[e.location.start : e.location.end] == e.location.text
    return evs


def _where(text: str, places: dict[str, tuple[str, float | None]], trigger: str) -> str | None:
    ev = next(e for e in _events(text, places) if e.trigger.text == trigger)
    return ev.location.text if ev.location else None


# --- a noun of a kind of place introduces a place of the clause ----------------------------------

def test_a_name_after_a_noun_of_a_kind_of_place_is_where():
    # «قرب قرية الجنادية في محافظة إب»: the village, the most specific place (before: the province,
    # introduced by «محافظة», beat the village after «قرية»)
    text = "تظاهر المئات قرب قرية الجنادية في محافظة إب."
    assert _where(text, {"الجنادية": ("YEM", 14.0), "إب": ("YEM", 13.97)}, "تظاهر") == "الجنادية"


def test_a_province_after_wilaya_beats_the_country_after_a_compass_word():
    text = "تظاهر مئات في ولاية قندوز شمال افغانستان."
    assert _where(text, {"قندوز": ("AFG", 36.7), "افغانستان": ("AFG", None)}, "تظاهر") == "قندوز"


def test_the_definite_capital_introduces_its_city():
    text = "اعتصم مئات من أنصار الحزب بالعاصمة صنعاء رفضا لقرار وزارة الداخلية في عدن."
    assert _where(text, {"صنعاء": ("YEM", 15.35), "عدن": ("YEM", 12.8)}, "اعتصم") == "صنعاء"


def test_kind_nouns_read_only_the_word_right_before_the_place():
    toks = text_tokens("سيطروا على زنجبار عاصمة أبين وفي العاصمة صنعاء ويحي صنعاء")
    at = {t.text: k for k, t in enumerate(toks)}
    assert not _kind_named(toks, at["أبين"])  # an indefinite «عاصمة»: the province it heads
    assert _kind_named(toks, at["العاصمة"] + 1)  # «العاصمة صنعاء»
    assert not _kind_named(toks, len(toks) - 1)  # «ويحي» (a name), not «و» + «حي»


def test_a_kind_noun_after_a_place_names_its_container():
    # «مدينة ويتشيتا بولاية كانساس»: the city is where, the state holds it (and a compass adjective,
    # «قصور شرقي باكستان», introduces no place either)
    text = "قتل طالب في جامعة «ويتشيتا» بولاية كانساس الأمريكية."
    assert _where(text, {"ويتشيتا": ("USA", 37.69), "كانساس": ("USA", 38.5)}, "قتل") == "ويتشيتا"
    text = "اعتقلت الشرطة في مدينة قصور شرقي باكستان أفراد عصابة."
    assert _where(text, {"قصور": ("PAK", 31.1), "باكستان": ("PAK", None)}, "اعتقلت") == "قصور"


def test_a_kind_named_place_of_another_clause_gives_no_place():
    # the place feature of the filter reads whether a place is found: a place noun must not add one
    # from another clause (that still needs في/ب before the trigger)
    text = "سكان ولاية قندوز غاضبون، وتظاهر مئات أمس."
    assert _where(text, {"قندوز": ("AFG", 36.7)}, "تظاهر") is None


# --- the city, not its country -------------------------------------------------------------------

def test_a_city_named_in_the_clause_beats_its_own_country():
    text = "نظم آلاف المتظاهرين مسيرة في مدينة كراتشي فيما يعد أكبر تظاهرة ضد الحرب في باكستان."
    places = {"كراتشي": ("PAK", 24.86), "باكستان": ("PAK", None)}
    assert _where(text, places, "تظاهرة") == "كراتشي"


def test_a_place_without_a_point_is_no_country_to_replace():
    # «منطقة مكيشيفة شمال مدينة سامراء»: a small place the gazetteer has no point for is still the
    # most specific, not a country
    text = "قتل 49 مسلحا بقصف جوي استهدف أوكارهم في منطقة مكيشيفة شمال مدينة سامراء."
    doc_places = {"مكيشيفة": ("IRQ", None), "سامراء": ("IRQ", 34.2)}
    evs = [e for e in _events(text, doc_places, kinds={"مكيشيفة": None}) if e.trigger.text == "قصف"]
    assert evs and evs[0].location.text == "مكيشيفة"


def test_a_city_of_another_country_does_not_replace_the_country():
    text = "تظاهر مئات الطلاب في مصر بعد مسيرة في مدينة بغداد."
    assert _where(text, {"مصر": ("EGY", None), "بغداد": ("IRQ", 33.34)}, "تظاهر") == "مصر"


def test_a_city_of_another_clause_does_not_replace_the_country():
    text = "تظاهر مئات في باكستان، بعد يوم من زيارة الوزير لمدينة كراتشي."
    assert _where(text, {"باكستان": ("PAK", None), "كراتشي": ("PAK", 24.86)}, "تظاهر") == "باكستان"


# --- the l20 scorer ----------------------------------------------------------------------------

def _draw():
    spec = importlib.util.spec_from_file_location("l20_draw", AUDIT / "l20_draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_l20_classes():
    m = _draw()
    row = ["r", "5", "9", "PROTEST", "x", "10|30", "15|35", "PAK", "2015-08-09", "text", "y", ""]
    at = {"location": {"start": 31, "end": 34, "country": "PAK"},
          "date": {"value": "2015-08-10", "source": "dateline"}}
    assert m.where_class(row, at) == "right"  # the second naming of the place
    assert m.when_class(row, at) == "fallback"  # the dateline where a time expression dates it
    assert m.where_class(row, {**at, "location": {"start": 20, "end": 25}}) == "wrong"
    assert m.where_class(row, {**at, "location": None}) == "missing"
    none = [*row[:5], "-", "-", "-", "-", "-", "-", ""]
    assert m.where_class(none, {**at, "location": None}) == "none"
    assert m.where_class(none, at) == "spurious"
    assert m.when_class(none, at) == "undated"
    assert m.when_class(none, {**at, "date": None}) == "null"
    assert m.when_class(none, {**at, "date": {"value": "2015", "source": "text"}}) == "wrong"

"""Session-15 (ent15b): a place named inside a street's, square's, gate's or stadium's name is
that facility, not its namesake place — «شارعي الثورة وبغداد» in Damascus is no mention of
Baghdad, «استاد الإمارات» in London none of the Emirates — while the public («الشارع
السعودي»), «من باب», the streets OF a city («شوارع اللاذقية») and a stadium named after its
own city («استاد القاهرة») keep their readings."""

import pytest
from entity_helpers import at, run

from khabar.extract.entities.facility import facility_name

DAMASCUS = ("ارتفع عدد القتلى جراء القذائف الصاروخية التي أطلقتها المعارضة على شارعي الثورة "
            "وبغداد وحي باب توما والعباسيين في دمشق إلى 11 قتيلا.")


def _facility(text: str, surface: str) -> str | None:
    i = text.index(surface)
    return facility_name(text, i, i + len(surface))


# --- the facility noun before the place -------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "name"), [
    (DAMASCUS, "بغداد", "شارع بغداد"),  # the second of two streets after a dual
    ("على شارعي الثورة و بغداد", "بغداد", "شارع بغداد"),  # «و» spaced
    ("على شارعي الثورة الكبرى وبغداد", "بغداد", "شارع بغداد"),  # a first name of two words
    ("مشروع تطوير تقاطع شارع القدس مع شارع الرياض", "القدس", "شارع القدس"),
    ("ذهب نزار إلى مكتبه بشارع الحمراء، وبعد", "الحمراء", "شارع الحمراء"),
    ("وقع الانفجار وبشارع أسيوط انفجرت عبوة", "أسيوط", "شارع أسيوط"),  # two proclitics
    ("تجمع المحتجون في ميدان التحرير أمس", "التحرير", "ميدان التحرير"),
    ("اعتصم المئات عند دوار الزراعة في اللاذقية", "الزراعة", "دوار الزراعة"),
    ("دخل الحجاج من باب مكة إلى جدة", "مكة", None),  # «من باب» … is read as the idiom
    ("وقف الحراس عند باب مكة في جدة", "مكة", "باب مكة"),
    ("فاز آرسنال على استاد «الإمارات» في العاصمة لندن", "الإمارات", "استاد الإمارات"),
])
def test_a_place_after_a_street_noun_is_the_facility(text, surface, name):
    assert _facility(text, surface) == name


@pytest.mark.parametrize(("text", "surface"), [
    ("ويرى الشارع السعودي أن القرار صائب", "السعودي"),  # the article: the public
    ("يتجول المتظاهرون في أحد شوارع اللاذقية للمطالبة", "اللاذقية"),  # a plural: its streets
    ("وزار الوفد بغداد ودمشق", "دمشق"),  # «و» with no dual before
    ("على شارع الثورة وبغداد", "بغداد"),  # a singular names one street: Baghdad is coordinated
    ("من باب الحرص على مصر قال", "مصر"),
    ("أقيمت المباراة على استاد القاهرة الدولي", "القاهرة"),  # a stadium in its own city
    ("تحولت البلاد إلى ساحة العراق الخلفية", "العراق"),  # the arena of a country
    ("وصل الوفد إلى مطار عدن الدولي", "عدن"),  # an airport is in its city
    ("وقع حادث على طريق الجوف – تبوك", "الجوف"),  # a road between places: left out
    ("وقال الوزير في بغداد إن", "بغداد"),
])
def test_no_facility_noun_no_facility(text, surface):
    assert _facility(text, surface) is None


# --- resolution: the facility is its own entity ------------------------------------------------


def test_the_street_named_after_baghdad_is_not_baghdad():
    ents = run(DAMASCUS, ("الثورة", "LOC"), ("بغداد", "LOC"), ("دمشق", "LOC"))
    street = at(ents, "بغداد")
    assert (street.canonical, street.country, street.lat, street.kind) == ("شارع بغداد", None, None, None)
    assert at(ents, "الثورة").canonical == "شارع الثورة"
    assert at(ents, "دمشق").country == "SYR"  # the city after them keeps its reading
    assert DAMASCUS[street.start : street.end] == "بغداد"  # offsets as written


def test_the_city_and_the_street_named_after_it_are_two_entities():
    text = "وزار الوفد بغداد أمس ثم تجول في شارع بغداد بدمشق."
    ents = run(text, ("بغداد", "LOC"), ("بغداد", "LOC"), ("دمشق", "LOC"))
    city, street = at(ents, "بغداد", 0), at(ents, "بغداد", 1)
    assert city.country == "IRQ" and city.lat is not None
    assert street.entity != city.entity and street.canonical == "شارع بغداد"
    assert street.country == "SYR" and street.lat is None  # the known place right after it


def test_one_street_named_twice_is_one_entity():
    text = "تقاطع شارع الرياض مع شارع القدس، ثم امتداد شارع الرياض شمالا."
    ents = run(text, ("الرياض", "LOC"), ("القدس", "LOC"), ("الرياض", "LOC"))
    assert at(ents, "الرياض", 0).entity == at(ents, "الرياض", 1).entity
    assert at(ents, "القدس").country is None and at(ents, "الرياض").country is None


def test_a_street_name_casts_no_vote_for_its_namesakes_country():
    # «الحمراء» alone: the street's name votes nothing for the Syrian reading of the city
    text = "ذهب إلى مكتبه بشارع الحمراء في بيروت."
    ents = run(text, ("الحمراء", "LOC"), ("بيروت", "LOC"))
    assert at(ents, "الحمراء").country == "LBN" and at(ents, "الحمراء").lat is None
    assert at(ents, "بيروت").country == "LBN"


def test_the_public_and_the_streets_of_a_city_keep_the_place():
    text = "خرج مئات المتظاهرين في أحد شوارع اللاذقية، وقال الشارع في بغداد كلمته."
    ents = run(text, ("اللاذقية", "LOC"), ("بغداد", "LOC"))
    assert at(ents, "اللاذقية").country == "SYR" and at(ents, "اللاذقية").lat is not None
    assert at(ents, "بغداد").country == "IRQ"

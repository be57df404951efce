"""Session-17 gazetteer rows (ent17), on sentences written for these tests: Saudi districts and
a gas plant named like foreign places («الدار البيضاء», «الرصيفة», «واسط»: curated ``alt`` rows,
read only in a document that names Saudi Arabia — a district only when it does not name the
foreign place's country too), and places the generated list lacks as written (a GeoNames point,
or a country and no point)."""

from entity_helpers import at, run

from khabar.gazetteer import places

# --- places named like foreign ones, read by the document's countries ------------------------


def test_a_riyadh_district_named_like_casablanca_is_in_riyadh():
    ents = run("شملت الحملة أحياء العزيزية والدار البيضاء جنوب الرياض.", ("الدار البيضاء", "LOC"))
    e = at(ents, "الدار البيضاء")
    assert (e.country, e.kind, e.lat) == ("SAU", "district", 24.6877)


def test_casablanca_in_a_report_naming_morocco_stays_casablanca():
    ents = run("لعب الهلال في الدار البيضاء أمام الوداد المغربي بعد عودته من الرياض.",
               ("الدار البيضاء", "LOC"))
    assert at(ents, "الدار البيضاء").country == "MAR"


def test_casablanca_in_a_report_naming_no_country_is_casablanca():
    ents = run("وصل الوفد إلى الدار البيضاء مساء أمس.", ("الدار البيضاء", "LOC"))
    assert at(ents, "الدار البيضاء").country == "MAR"


def test_a_mecca_district_named_like_russeifa_is_in_mecca():
    ents = run("ضبطت الأمانة سيارتين في الرصيفة بالتنسيق مع بلدية المسفلة في مكة المكرمة.",
               ("الرصيفة", "LOC"))
    assert at(ents, "الرصيفة").country == "SAU"


def test_russeifa_in_a_report_naming_jordan_is_in_jordan():
    ents = run("شهدت مدينة الرصيفة في الأردن احتجاجات على انقطاع المياه.", ("الرصيفة", "LOC"))
    assert at(ents, "الرصيفة").country == "JOR"


def test_aramco_wasit_plant_in_a_saudi_report_is_saudi_with_no_point():
    ents = run("هذا النجم الجديد هو مشروع غاز واسط الذي سيرفد شركات المنطقة الشرقية.",
               ("واسط", "LOC"))
    e = at(ents, "واسط")
    assert e.country == "SAU" and e.lat is None


def test_wasit_in_a_report_on_iraq_is_the_iraqi_province():
    ents = run("قتل ثلاثة في محافظة واسط جنوب بغداد في العراق والسعودية تدين.", ("واسط", "LOC"))
    assert at(ents, "واسط").country == "IRQ"


def test_an_alt_district_never_replaces_a_default_whose_country_is_named():
    default = places.candidates("الدار البيضاء")[0]
    alt = next(p for p in places.candidates("الدار البيضاء") if p.alt)
    assert places.choose(places.candidates("الدار البيضاء"), {"SAU": 3}) == alt
    assert places.choose(places.candidates("الدار البيضاء"), {"SAU": 3, "MAR": 1}) == default


def test_another_alt_reading_still_goes_by_the_counts():
    readings = places.candidates("الجوف")  # the Saudi region by default, Yemen's as «alt»
    assert places.choose(readings, {"YEM": 4, "SAU": 1}).country == "YEM"
    assert places.choose(readings, {"YEM": 1, "SAU": 4}).country == "SAU"


# --- places the generated list lacks -----------------------------------------------------------


def test_silopi_has_its_country_and_point():
    ents = run("قتل أربعة من الشرطة في إقليم سيلوبي جنوب شرق.", ("سيلوبي", "LOC"))
    e = at(ents, "سيلوبي")
    assert e.country == "TUR" and abs(e.lat - 37.24) < 0.1


def test_debaltseve_and_derince_have_their_points():
    ents = run("منذ معركة بلدة ديبالتسيف ثم معسكر مدينة درنجة.", ("ديبالتسيف", "LOC"),
               ("درنجة", "LOC"))
    assert at(ents, "ديبالتسيف").country == "UKR" and at(ents, "ديبالتسيف").lat is not None
    assert at(ents, "درنجة").country == "TUR" and at(ents, "درنجة").lat is not None


def test_palm_jumeirah_is_within_dubai():
    ents = run("افتتح فندق جديد في نخلة جميرا أمس.", ("نخلة جميرا", "LOC"))
    e = at(ents, "نخلة جميرا")
    assert e.country == "ARE" and abs(e.lon - 55.3) < 0.25


def test_a_small_saudi_place_gets_its_country_and_no_point():
    ents = run("طالب أهالي مركز خميس مطير بمقر للطوارئ.", ("خميس مطير", "LOC"))
    e = at(ents, "خميس مطير")
    assert e.country == "SAU" and e.lat is None


def test_a_kuwaiti_place_gets_its_country_and_no_point():
    ents = run("وأثناء دخولهما إلى بر منطقة أم الهيمان أطلق النار.", ("أم الهيمان", "LOC"))
    e = at(ents, "أم الهيمان")
    assert e.country == "KWT" and e.lat is None


def test_saddles_are_no_place():
    assert places.lookup("سروج") is None

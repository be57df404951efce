"""Session-17 geocoding fixes (ent17) in the entity stage, on sentences written for these
tests: a place read by the document's country context (a proclitic before a Saudi city, «وجدة»;
a locator that is a town of a country the document never names, «بالرصيفة»), and place names
inside fixed phrases that name no place («الرباط الصليبي», «النيل من», «جنات عدن»)."""

from entity_helpers import at, run

# --- homonyms read by the document's countries -----------------------------------------------


def test_a_town_of_an_unnamed_country_locates_nothing():
    ents = run("ضبطت سيارتان في منطقة وادى زقله بالرصيفة أمس.", ("وادى زقله", "LOC"))
    assert at(ents, "وادى زقله").country is None


def test_a_town_of_the_outlet_country_still_locates():
    ents = run("وقع الحادث في قرية المدان ببلجرشي مساء أمس.", ("المدان", "LOC"), home="SAU")
    assert at(ents, "المدان").country == "SAU"


def test_a_town_of_a_named_country_still_locates():
    ents = run("وقع الحادث في حي الجوفة بالزرقاء في الأردن.", ("الجوفة", "LOC"))
    assert at(ents, "الجوفة").country == "JOR"


def test_a_country_still_locates_without_being_named_before():
    ents = run("حط الفريق رحاله في مدينة شانتيلي بفرنسا.", ("شانتيلي", "LOC"))
    assert at(ents, "شانتيلي").country == "FRA"


def test_a_governorate_noun_still_locates_in_a_country_the_document_does_not_name():
    ents = run("سقطت صخور على قرية الفرعة بمحافظة بلجرشي أمس.", ("الفرعة", "LOC"))
    assert at(ents, "الفرعة").country == "SAU"


def test_and_jeddah_is_not_oujda_in_a_saudi_report():
    ents = run("تضمن التقرير ما أنجز في المنطقة الشرقية والرياض وجدة، حيث تصاعد الأداء.",
               ("وجدة", "LOC"))
    e = at(ents, "وجدة")
    assert (e.canonical, e.country) == ("جدة", "SAU")


def test_oujda_in_a_report_naming_morocco_stays_oujda():
    ents = run("زار الوفد المغرب ثم انتقل إلى وجدة والرياض على الحدود.", ("وجدة", "LOC"))
    assert at(ents, "وجدة").country == "MAR"


def test_oujda_in_a_report_naming_no_country_stays_oujda():
    ents = run("انتقل الوفد إلى وجدة صباح أمس.", ("وجدة", "LOC"))
    assert at(ents, "وجدة").country == "MAR"


# --- fixed phrases that name no place ------------------------------------------------------------


def test_the_cruciate_ligament_is_not_rabat():
    assert run("تعرض لإصابة بقطع في الرباط الصليبي.", ("الرباط", "LOC")) == []


def test_rabat_is_rabat():
    ents = run("وصل الوفد إلى الرباط في زيارة رسمية.", ("الرباط", "LOC"))
    assert at(ents, "الرباط").country == "MAR"


def test_harming_is_not_the_nile():
    assert run("ورهن عقله لتنفيذ أهدافهم في النيل من أمن المملكة.", ("النيل", "LOC")) == []
    assert run("وفشلت محاولات النيل منه مرارا.", ("النيل", "LOC")) == []


def test_the_river_nile_from_its_source_is_a_place():
    ents = run("يمتد نهر النيل من بحيرة فيكتوريا.", ("النيل", "LOC"))
    assert [e.text for e in ents] == ["النيل"]


def test_the_nile_without_from_is_a_place():
    ents = run("تراجع منسوب النيل في الخرطوم.", ("النيل", "LOC"))
    assert "النيل" in [e.text for e in ents]


def test_the_gardens_of_eden_are_not_aden():
    assert run("أن مآلها جنات عدن.", ("عدن", "LOC")) == []


def test_aden_airport_is_aden():
    ents = run("هبطت الطائرة في مطار عدن الدولي.", ("عدن", "LOC"))
    assert at(ents, "عدن").country == "YEM"

"""Session 22 (evl22, issue #6): where and when — the families of the l22 sample.

The places are LOC entities built by hand (as tests/test_events_where_when_session20.py does), so
these tests do not depend on the NER stage or the gazetteer; the text and times stages run.
PROTEST events are not filtered by the model.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from event_helpers import placed_doc

from khabar.document import EventDate
from khabar.extract.events import EventStage
from khabar.extract.events.dates import mark_report_day

AUDIT = Path(__file__).parent / "gold" / "events_audit"


def _event(text: str, places: dict[str, tuple[str, str | None]], trigger: str,
           published: str | None = "2015-08-10"):
    doc = placed_doc(text, places, published)
    ev = next(e for e in EventStage()(doc) if e.trigger.text == trigger)
    if ev.location:
        assert doc.text[ev.location.start : ev.location.end] == ev.location.text
    return ev


def _where(text: str, places: dict[str, tuple[str, str | None]], trigger: str) -> str | None:
    ev = _event(text, places, trigger)
    return ev.location.text if ev.location else None


# --- a time expression between two commas is no clause break ------------------------------------

def test_a_place_after_a_time_between_commas_is_where():
    # «وتظاهر آلاف العراقيين، الجمعة، في بغداد»: before, the commas put Baghdad in another clause
    text = "وتظاهر آلاف العراقيين، الجمعة، في بغداد للاحتجاج على الفساد."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "تظاهر") == "بغداد"


def test_a_bare_place_after_a_time_between_commas_stays_out():
    # only a place introduced by في/ب (or a noun of a kind of place) crosses the bracketed time:
    # «بالرد على كوريا الشمالية» is the target, not where
    text = "هدد الجيش الكوري الجنوبي ، اليوم الاثنين ، بالرد على كوريا الشمالية."
    assert _where(text, {"كوريا الشمالية": ("PRK", "country")}, "هدد") is None


def test_two_commas_around_words_that_are_no_time_still_break_the_clause():
    text = "وتظاهر آلاف العراقيين أمس، وهم غاضبون، في بغداد للاحتجاج على الفساد."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "تظاهر") is None


# --- a partner after «مع», the one after «عن», the genitive of a state's body or people -----------

def test_a_place_after_ma3_is_a_partner_not_where():
    text = "وتظاهر المئات ضد المفاوضات مع كابل."
    assert _where(text, {"كابل": ("AFG", "capital")}, "تظاهر") is None


def test_a_place_after_3an_is_not_where():
    # «رفع العقوبات عن إيران»: lifted from Iran; the nearer bare place is no longer chosen
    text = "تظاهر المئات احتجاجا على رفع العقوبات عن إيران."
    assert _where(text, {"إيران": ("IRN", "country")}, "تظاهر") is None


def test_the_genitive_of_a_government_or_a_foreign_minister_is_a_party():
    text = "وتظاهر أنصار وزير خارجية الولايات المتحدة."
    assert _where(text, {"الولايات المتحدة": ("USA", "country")}, "تظاهر") is None
    text = "وتظاهر أنصار حكومة جمهورية « أفريقيا الوسطى »."
    assert _where(text, {"أفريقيا الوسطى": ("CAF", "country")}, "تظاهر") is None


def test_a_body_with_a_place_of_its_own_is_where():
    # «السفارة بجدة»: the embassy in Jeddah (its own ب), where the refusal was
    text = "وعند وصول العقود إلى المملكة لتوقيعها من السفارة بجدة رفضت التوقيع."
    places = {"المملكة": ("SAU", "country"), "جدة": ("SAU", "city")}
    assert _where(text, places, "رفضت") == "جدة"
    # «للولايات المتحدة» after «السياسة الخارجية»: whose policy, no place
    text = "وهو ينتقد السياسة الخارجية للولايات المتحدة."
    assert _where(text, {"ولايات المتحدة": ("USA", "country")}, "ينتقد") is None


def test_the_filter_still_reads_the_session_20_place():
    # the output place drops «مع كابل», the filter's ``place`` feature does not move
    doc = placed_doc("وتظاهر المئات ضد المفاوضات مع كابل.", {"كابل": ("AFG", "capital")})
    ev, feats = next((e, f) for e, f in EventStage().code(doc) if e.trigger.text == "تظاهر")
    assert ev.location is None and "place" in feats


# --- a place followed by the place that holds it -------------------------------------------------

def test_the_village_before_its_district_is_where():
    # «في قرية الجنادبة في مديرية أرحب شمالي المدينة … تظاهر»: the nearer district held the village
    text = "وفي قرية الجنادبة في مديرية أرحب تظاهر المئات."
    places = {"الجنادبة": ("YEM", None), "أرحب": ("YEM", None)}
    assert _where(text, places, "تظاهر") == "الجنادبة"


def test_the_city_before_its_province_and_country_step_by_step():
    text = "وفي مدينة مديات في محافظة ماردين جنوب شرق تركيا، تظاهر المئات."
    places = {"مديات": ("TUR", None), "ماردين": ("TUR", None), "تركيا": ("TUR", "country")}
    assert _where(text, places, "تظاهر") == "مديات"


def test_a_place_south_of_a_city_is_where_even_when_larger():
    # a compass word makes the second place a reference: «في محافظة إب جنوب صنعاء» → Ibb
    places = {"إب": ("YEM", "region"), "صنعاء": ("YEM", "capital")}
    assert _where("وفي محافظة إب جنوب صنعاء، تظاهر المئات.", places, "تظاهر") == "إب"


def test_a_trigger_in_a_relative_clause_of_the_place_keeps_it():
    # «إب جنوب العاصمة صنعاء التي شهدت رفع حالة الطوارئ»: Sanaa saw it
    places = {"إب": ("YEM", "region"), "صنعاء": ("YEM", "capital")}
    text = "خسروا مناطق في محافظة إب جنوب العاصمة صنعاء التي شهدت تظاهر المئات."
    assert _where(text, places, "تظاهر") == "صنعاء"


def test_no_state_in_another_state_and_no_larger_place_in_a_smaller():
    # «الحرب التي قادتها الولايات المتحدة في افغانستان»: two states; «النرويج في أوسلو»: a country is
    # in no city
    text = "تظاهر المئات ضد الحرب التي قادتها الولايات المتحدة في افغانستان."
    places = {"الولايات المتحدة": ("USA", "country"), "افغانستان": ("AFG", "country")}
    assert _where(text, places, "تظاهر") == "افغانستان"
    places = {"النرويج": ("NOR", "country"), "أوسلو": ("NOR", "capital")}
    assert _where("وفي مملكة النرويج في أوسلو تظاهر المئات.", places, "تظاهر") == "أوسلو"


def test_two_places_joined_by_wa_are_two_places():
    text = "وفي مدينة قعطبة ومنطقة مريس تظاهر المئات."
    places = {"قعطبة": ("YEM", "town"), "مريس": ("YEM", "town")}
    assert _where(text, places, "تظاهر") == "مريس"


# --- a dateline given to a plan, a hypothesis, a negated act or history is flagged ---------------

def test_a_plan_without_a_date_of_its_own_is_flagged_report_day():
    ev = _event("سيتظاهر العمال أمام الوزارة.", {}, "يتظاهر")
    assert ev.modality == "future"
    assert ev.date == EventDate(value="2015-08-10", source="dateline", report_day=True)


def test_news_of_the_day_keeps_an_unflagged_dateline():
    ev = _event("تظاهر العمال أمام الوزارة.", {}, "تظاهر")
    assert ev.date == EventDate(value="2015-08-10", source="dateline")


def test_a_plan_dated_by_its_own_time_expression_is_not_flagged():
    ev = _event("سيتظاهر العمال أمام الوزارة يوم الخميس المقبل.", {}, "يتظاهر")
    assert ev.date.source == "text" and not ev.date.report_day


def test_mark_report_day_leaves_text_dates_and_null_alone():
    text_date = EventDate(value="2025-09", source="text", time="t1")
    assert mark_report_day(text_date, "future", False) == EventDate(value="2025-09", source="text", time="t1")
    assert mark_report_day(None, "hypothetical", True) is None
    assert mark_report_day(EventDate(value="2015-08-10", source="dateline"), "asserted", True).report_day
    assert mark_report_day(EventDate(value="2015-08-10", source="dateline"), "negated", False).report_day


def test_the_scorer_counts_a_flagged_dateline_where_nothing_dates_the_event():
    spec = importlib.util.spec_from_file_location("l20_draw", AUDIT / "l20_draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    undated = ["d", "0", "3", "AGREE", "x", "-", "-", "-", "-", "-", "-", ""]
    dated = ["d", "0", "3", "AGREE", "x", "-", "-", "-", "2015-08-10", "dateline", "-", ""]
    flagged = {"date": {"value": "2015-08-10", "source": "dateline", "time": None, "report_day": True}}
    plain = {"date": {"value": "2015-08-10", "source": "dateline", "time": None}}
    assert mod.when_class(undated, flagged) == "flagged"
    assert mod.when_class(undated, plain) == "undated"
    assert mod.when_class(dated, flagged) == "misflagged"
    assert mod.when_class(dated, plain) == "dateline"


def test_the_l22_sample_is_whole():
    rows = [ln.split("\t") for ln in (AUDIT / "l22_blind.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    assert len(rows) == 93 and all(len(r) == 12 for r in rows)
    assert sum(r[0].startswith("anercorp:") for r in rows) == 33


# --- a time expression two clause breaks away dates another clause's event --------------------------

def test_a_time_two_clauses_away_does_not_date_the_event():
    text = "وقال المتحدث إن الاتفاق وقع في الرابع عشر من يوليو الماضي، وكان مهما، وإن العمال تظاهروا أمام الوزارة."
    ev = _event(text, {}, "تظاهروا")
    assert ev.date == EventDate(value="2015-08-10", source="dateline")


def test_a_time_opening_the_sentence_frames_all_of_it():
    ev = _event("وصباح الأحد، تجمع المئات أمام الوزارة، وتظاهروا للمطالبة بالإصلاح.", {}, "تظاهروا")
    assert ev.date.source == "text" and ev.date.value.startswith("2015-08-09")


def test_the_commas_around_the_time_itself_do_not_count():
    # «كشفت الشرطة، أمس، في المحكمة العسكرية، عن تقديم لائحة اتهام»: one break between, not two
    ev = _event("وخرج العمال، أمس، إلى ساحة المدينة، وتظاهروا للمطالبة بالإصلاح.", {}, "تظاهروا")
    assert ev.date.source == "text" and ev.date.value == "2015-08-09"
    ev = _event("وتظاهر العمال في ساحة المدينة، للمطالبة بالإصلاح، أمس.", {}, "تظاهر")
    assert ev.date == EventDate(value="2015-08-10", source="dateline")


def test_the_text_summary_and_the_page_show_a_report_day_dateline():
    from khabar.render_text import render
    from khabar.web.highlight import event_info

    doc = placed_doc("سيتظاهر العمال أمام الوزارة. وتظاهر الطلاب أمام الجامعة.", {})
    doc.events = EventStage()(doc)
    plan, news = (next(e for e in doc.events if e.trigger.text == w) for w in ("يتظاهر", "تظاهر"))
    assert event_info(plan)["التاريخ"] == "2015-08-10 (dateline, report day only)"
    assert event_info(news)["التاريخ"] == "2015-08-10 (dateline)"
    text = render(doc)
    assert "2015-08-10 (dateline, report day only)" in text and "2015-08-10 (dateline)," in text

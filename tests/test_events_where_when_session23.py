"""Session 23 (evl23, issue #6): where and when — the families chosen on l20, l22, l22_fresh and the
blind l23 sample (tests/gold/events_audit/l23_blind.tsv).

Places are LOC entities built by hand (``event_helpers.placed_doc``), so these tests do not depend on
the NER stage or the gazetteer. PROTEST events are not filtered by the model; other types are read
before the filter (``EventStage().code``).
"""

from __future__ import annotations

import os
from pathlib import Path

from event_helpers import audit_rows, placed_doc, text_tokens

from khabar.extract.events import EventStage
from khabar.extract.events.location import _bare_host
from khabar.pipeline import Pipeline

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"


def _coded(text: str, places: dict[str, tuple[str, str | None]], trigger: str,
           published: str | None = "2015-08-10"):
    """The event of ``trigger`` before the learned filter, and its filter features."""
    doc = placed_doc(text, places, published)
    ev, feats = next((e, f) for e, f in EventStage().code(doc) if e.trigger.text == trigger)
    if ev.location:
        assert doc.text[ev.location.start : ev.location.end] == ev.location.text
    return ev, feats


def _where(text: str, places: dict[str, tuple[str, str | None]], trigger: str) -> str | None:
    ev, _ = _coded(text, places, trigger)
    return ev.location.text if ev.location else None


# --- a bare place of another role is not where ---------------------------------------------------

def test_the_subject_of_another_verb_is_not_where():
    # «ولم تقصف تركيا داعش»: before, the bare country of the clause was coded
    text = "واحتج المئات لأن الغارات استهدفت المتمردين الأكراد ولم تقصف تركيا التنظيم."
    assert _where(text, {"تركيا": ("TUR", "country")}, "احتج") is None


def test_a_possessor_or_the_object_of_a_call_is_not_where():
    text = "واحتج المئات لأن مكاتب اندونيسيا رفضت إرجاع الحوالات."
    assert _where(text, {"اندونيسيا": ("IDN", "country")}, "احتج") is None
    text = "وتظاهر المئات بعد أن دعا لافروف الولايات المتحدة إلى الحوار."
    assert _where(text, {"الولايات المتحدة": ("USA", "country")}, "تظاهر") is None


def test_the_filter_still_reads_the_session_20_place():
    # the output drops the bare place; the filter's ``place`` feature (session 20's choice) keeps it
    text = "واحتج المئات لأن الغارات استهدفت المتمردين الأكراد ولم تقصف تركيا التنظيم."
    ev, feats = _coded(text, {"تركيا": ("TUR", "country")}, "احتج")
    assert ev.location is None and "place" in feats


def test_a_bare_place_after_a_verb_of_witnessing_or_a_noun_of_ground_or_gathering_is_where():
    assert _where("وتظاهر المئات في مؤتمر جنيف للمطالبة بالإفراج.", {"جنيف": ("CHE", "city")},
                  "تظاهر") == "جنيف"  # a gathering held there
    text = "فقد شهدت دولة التشيك مظاهرات ضد الوجود العربي."
    assert _where(text, {"التشيك": ("CZE", "country")}, "مظاهرات") == "التشيك"
    text = "واعتصم المئات في أحد شوارع اللاذقية للمطالبة بالمحاسبة."
    assert _where(text, {"اللاذقية": ("SYR", "city")}, "اعتصم") == "اللاذقية"


def test_a_visit_takes_the_place_it_goes_to():
    text = "وتظاهر المئات خلال الزيارة التي قام بها الوزير إلى بكين الأسبوع الماضي."
    assert _where(text, {"بكين": ("CHN", "capital")}, "الزيارة") == "بكين"
    text = "وتظاهر المئات وطالبوا الوزير بالعودة إلى بكين."
    assert _where(text, {"بكين": ("CHN", "capital")}, "تظاهر") is None  # no visit before «إلى»


def test_a_withdrawal_takes_the_place_it_leaves():
    ev, _ = _coded("وبدأ انسحاب القوات الأمريكية من العراق.", {"العراق": ("IRQ", "country")}, "انسحاب")
    assert ev.type == "RETREAT" and ev.location and ev.location.text == "العراق"
    # «من» is no host for other types: «مشائخ من محافظة الأنبار» is where the sheikhs come from
    text = "وتظاهر مشائخ من الأنبار أمام البرلمان."
    assert _where(text, {"الأنبار": ("IRQ", "region")}, "تظاهر") is None


def test_a_recipient_with_lam_is_not_where():
    tokens = text_tokens("وتظاهر المئات دعما لإثيوبيا")
    k = next(i for i, t in enumerate(tokens) if t.text == "لإثيوبيا")
    assert _bare_host(tokens, k, k - 1, clitic="")  # the trigger's genitive
    assert not _bare_host(tokens, k, k - 1, clitic="ل")  # for Ethiopia: the recipient


def test_a_place_of_another_clause_does_not_stand_in_for_a_bare_party():
    text = "واعتصم العمال في بغداد، وتظاهر أنصار تركيا أمام السفارة."
    assert _where(text, {"بغداد": ("IRQ", "capital"), "تركيا": ("TUR", "country")}, "تظاهر") is None


# --- the notables, police and local bodies a place qualifies -------------------------------------

def test_the_genitive_of_notables_or_police_over_an_area_noun_is_whose():
    text = "واحتج عدد من مشايخ وأعيان ووجهاء منطقة نجران على الهجوم."
    assert _where(text, {"نجران": ("SAU", "city")}, "احتج") is None
    text = "وتظاهر العشرات أمام مقر شرطة محافظة ضباء."
    assert _where(text, {"ضباء": ("SAU", "city")}, "تظاهر") is None


def test_a_body_whose_area_carries_its_own_ba_met_there():
    # «اللجنة المحلية للانتخابات البلدية بمحافظة الطائف»: «البلدية» is an adjective, «بمحافظة» its seat
    text = "واعتصمت اللجنة المحلية للانتخابات البلدية بمحافظة الطائف أمام المبنى."
    assert _where(text, {"الطائف": ("SAU", "city")}, "اعتصمت") == "الطائف"


# --- a saying verb's complementiser separates the speaker's place from the reported act ------------

def test_the_speakers_place_is_not_where_the_reported_act_happened():
    text = "وقال المتحدث في الرياض إن آلاف المحتجين تظاهروا أمام السفارة."
    assert _where(text, {"الرياض": ("SAU", "capital")}, "تظاهروا") is None
    text = "وقال المتحدث إن آلاف المحتجين تظاهروا في بغداد."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "تظاهروا") == "بغداد"


def test_a_place_inside_an_earlier_reported_clause_is_kept():
    # «وأضافت أن مقاتليها … في منطقة سناح، مشيرة إلى أن مواجهات»: both inside the statement
    text = "وأكد البيان أن العمال اعتصموا في بغداد، مشيرا إلى أن الطلاب تظاهروا أيضا."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "تظاهروا") == "بغداد"


def test_after_a_word_of_time_an_is_no_complementiser():
    text = "وتجمع العمال في بغداد بعد أن تظاهروا أمام الوزارة."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "تظاهروا") == "بغداد"


# --- a consequence or reaction takes its cause's date ---------------------------------------------

def test_the_effect_of_ma_dafa3_takes_the_date_of_its_cause():
    text = ("وبدأت المفاوضات في يناير الماضي، وسط هجمات شنها مسلحون على مراكز الشرطة، "
            "ما دفع الجيش إلى شن غارات انتقامية.")
    cause, _ = _coded(text, {}, "هجمات")
    effect, _ = _coded(text, {}, "غارات")
    assert cause.date.source == "text" and cause.date.value == "2015-01"
    assert effect.date == cause.date


def test_an_effect_with_a_date_of_the_text_keeps_it():
    text = "وهاجم مسلحون صباح الأحد موقعا للجيش، ما أدى إلى مقتل جندي الأسبوع الماضي."
    ev, _ = _coded(text, {}, "مقتل")
    assert ev.date.value == "2015-W32"


def test_the_effect_before_ithr_takes_the_date_of_the_cause_after_it():
    # three commas: the far-clause rule (session 22) keeps «أمس» from dating «قتل» by itself
    text = "قتل خمسة أشخاص، بينهم طفلان، في مدينة سبها، إثر سقوط قذيفة استهدفت منزلا أمس."
    effect, _ = _coded(text, {}, "قتل")
    cause, _ = _coded(text, {}, "استهدفت")
    assert cause.date.value == "2015-08-09" and effect.date == cause.date
    # without a dateline (ANERcorp) the cause's date of the text is still the effect's
    ev, _ = _coded(text.replace("أمس", "عام 2006"), {}, "قتل", published=None)
    assert ev.date and ev.date.value == "2006" and ev.date.source == "text"


def test_athar_as_an_effect_is_no_link():
    ev, _ = _coded("وكان للهجوم أثر كبير، وتظاهر المئات في المدينة احتجاجا عليه عام 2006.", {},
                   "تظاهر", published=None)
    assert ev.date and ev.date.value == "2006"


def test_the_example_articles_retaliatory_strikes_take_january():
    doc = Pipeline(["text", "times", "events"]).analyze(EXAMPLE.read_text(encoding="utf-8"),
                                                       published="2024-09-06")
    strikes = next(e for e in doc.events if e.trigger.text == "ضربات")
    attacks = next(e for e in doc.events if e.trigger.text == "هجمات")
    assert attacks.date.value == strikes.date.value == "2024-01"


# --- the l23 sample --------------------------------------------------------------------------------

def test_the_l23_sample_is_whole():
    rows = audit_rows("l23_blind.tsv")
    assert len(rows) == 91 and all(len(r) == 12 for r in rows)
    assert sum(r[0].startswith("anercorp:") for r in rows) == 31
    assert {r[3] for r in rows if r[0].startswith("anercorp:")} == {
        "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST",
        "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}  # no CONCEDE was left
    for r in rows:
        assert (r[5] == "-") == (r[6] == "-") == (r[7] == "-")
        assert r[9] in ("text", "dateline", "-") and (r[8] == "-") == (r[9] == "-")
        assert r[10] in ("y", "c", "n", "u", "-")
        if r[0].startswith("anercorp:"):
            assert r[9] != "dateline"  # ANERcorp has no dateline

"""Session-25 families of the time and quantity stages (t25), on sentences written for these tests (dateline
Monday 2015-08-10): a person's name is never a future verb (the entity stage's PERS words reach the times
context), a past relative clause after a weekday, four-letter future verbs, a quoted number after a definite
plural, and the families held-out 29 showed blind (docs/time.md "Session 25"). Each family has negatives."""

from __future__ import annotations

import pytest
from time_helpers import MON, quantities, tag

import khabar
from khabar.document import Entity
from khabar.extract.times import name_words


def _days(text: str) -> list[str]:
    return [v for _, typ, v, _ in tag(text) if typ == "DATE" and v.startswith("2015-08-")]


# --- a name tagged PERS is no «س + imperfect» future cue -----------------------------------------------------


def test_pers_words_reach_the_times_context() -> None:
    ents = [Entity(id="E1", start=0, end=8, text="ستيفاني", label="PERS", entity="E1", canonical="x"),
            Entity(id="E2", start=9, end=15, text="وسيلفا", label="PERS", entity="E1", canonical="x"),
            Entity(id="E3", start=16, end=22, text="سيتي", label="ORG", entity="E3", canonical="x")]
    assert name_words(ents) == frozenset({"ستيفاني", "وسيلفا", "سيلفا"})


@pytest.mark.parametrize("text", [
    "وقالت ستيفاني قبل الاجتماع الخميس إن الخطة جاهزة",
    "وأكد ستانيسلاف قبيل المباحثات الأحد أن الوفد مستعد",
])
def test_a_name_in_the_pipeline_leaves_the_weekday_past(text: str) -> None:
    doc = khabar.analyze(text, published=MON)
    assert any(e.label == "PERS" for e in doc.entities), doc.entities
    days = [t.value for t in doc.times if t.type == "DATE"]
    assert days and all(v <= MON for v in days), days


def test_a_future_verb_is_still_a_plan_in_the_pipeline() -> None:
    doc = khabar.analyze("وقال الوزير إن الوفد سيزور القاهرة الخميس", published=MON)
    assert [t.value for t in doc.times] == ["2015-08-13"]


# --- a past relative clause right after the weekday --------------------------------------------------------


@pytest.mark.parametrize("text, day", [
    ("وقال سيحدث تغيير قبيل بدء المفاوضات السبت والتي استمرت لساعات", "2015-08-08"),
    ("سيعود الوفد بعد الجولة الخميس التي شهدت توترا", "2015-08-06"),
    # negatives: an imperfect or future verb in the relative clause, «كانت» (a plan that was moved), no relative
    ("سيعقد الاجتماع السبت الذي سيحضره الوزير", "2015-08-15"),
    ("ستنطلق البطولة السبت التي تستمر أسبوعا", "2015-08-15"),
    ("ستعقد القمة الأحد التي كانت مقررة الأربعاء", "2015-08-16"),
    ("سيعقد اللقاء الخميس التي تحت رعاية الوزير", "2015-08-13"),
])
def test_past_relative_after_weekday(text: str, day: str) -> None:
    assert _days(text)[0] == day, tag(text)


# --- four-letter future verbs ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, day", [
    ("وقال إن الوفد سيصل الخميس إلى الرياض", "2015-08-13"),
    ("وأكد أن المباراة ستقع السبت", "2015-08-15"),
    ("وقال إن الفريق سيظل في المعسكر حتى الأربعاء", "2015-08-12"),
    # negatives: four-letter nouns and names in س stay no cue
    ("وقال إن مانشستر سيتي فاز الخميس", "2015-08-06"),
    ("ولا سيما بعد لقاء الأحد", "2015-08-09"),
    ("وبلغ عمره ستين عاما حين توفي الجمعة", "2015-08-07"),
])
def test_four_letter_future_verbs(text: str, day: str) -> None:
    assert _days(text)[0] == day, tag(text)


# --- quantities ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, approx", [
    ("وكان بين القتلى «12» طفلا في الهجوم", "«12» طفلا", 12.0, None),  # a definite broken plural (فعلى)
    ("وبلغ عدد الجرحى \"30\" شخصا", "\"30\" شخصا", 30.0, None),
    ("من الأطفال «45» طفلا", "«45» طفلا", 45.0, None),  # أفعال
    ("بلغت التكلفة سبعة وخمسين مليونًا وستمائة وثلاثة وسبعين ألفًا وخمسمائة وخمسين ريالاً.",
     "سبعة وخمسين مليونًا وستمائة وثلاثة وسبعين ألفًا وخمسمائة وخمسين ريالاً", 57673550.0, None),
    ("يستفيد منها أكثر من 6000 ستة آلاف طالب", "أكثر من 6000 ستة آلاف طالب", 6000.0, "more_than"),
    ("وبلغت الإزالات نحو أكثر من 71 موقعا", "نحو أكثر من 71 موقعا", 71.0, "more_than"),
    ("وأقل مما كان متوقعا (215 ألفا)، والزيادة", "215 ألفا", 215000.0, None),
    ("عبر الحواجز التي تتجاوز الخمسة حواجز قبل الوصول", "تتجاوز الخمسة حواجز", 5.0, "more_than"),
])
def test_quantity_families(text: str, span: str, value: float, approx: str | None) -> None:
    assert (span, value, approx) in quantities(text), quantities(text)


@pytest.mark.parametrize("text", [
    "وتنص المادة «1» على ذلك",  # a singular head names the number
    "الرقم الموحد «112» للطوارئ",
    "وجاءت البطولة الكبرى «3» في الترتيب",  # an elative feminine in فعلى is no plural
    "المادة (34) من النظام",
])
def test_quoted_or_bracketed_labels_stay_out(text: str) -> None:
    assert quantities(text) == [], quantities(text)


def test_restated_digits_need_the_same_value() -> None:
    got = quantities("بلغ 300 خمسة آلاف زائر")
    assert ("300", 300.0, None) in got and not any(t.startswith("300 خمسة") for t, _, _ in got), got


# --- times: held-out 29's families ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, spans", [
    ("وتبلغ أعمارهن 31، 60، 55 عاما على التوالي", [("31", "P31Y"), ("60", "P60Y"), ("55 عاما", "P55Y")]),
    ("وأعمارهم 20، 25 عاما", [("20", "P20Y"), ("25 عاما", "P25Y")]),
    # negatives: no noun of age before the list
    ("في عام 2014، 30 عاما", [("عام 2014", "2014"), ("30 عاما", "P30Y")]),
    ("قتل 5، 30 عاما", [("30 عاما", "P30Y")]),
])
def test_comma_listed_ages(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v, _ in tag(text)] == spans


@pytest.mark.parametrize("text, span, value", [
    ("سرقة سيارات خلال شهر صفر الماضي. وتعرضت المدينة خلال ذات الشهر الى سرقة", "ذات الشهر", "2014-11-23/2014-12-22"),
    ("سرقة سيارات في رمضان. وتعرضت المدينة في الشهر نفسه لسرقة", "الشهر نفسه", "2015-06-18/2015-07-16"),
    ("ثم توالت العروض حتى العام الماضي 1435 لتشمل الشعراء", "العام الماضي 1435", "2014"),
    ("وصرفت الرواتب في العام الحالي 1436.", "العام الحالي 1436", "2015"),
    ("ويتوقع إذاعة الأغنية في وقت قريب.", "وقت قريب", "FUTURE_REF"),
    ("كان ذلك ممنوعا إلى وقت قريب", "وقت قريب", "PAST_REF"),
    ("اكتسبها الدولار العام الماضي بفضل السياسة", "العام الماضي", "2014"),
])
def test_time_families(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t, v) for t, _, v, _ in tag(text)], tag(text)


@pytest.mark.parametrize("text", [
    "تعمل اللجنة ليلاً ونهاراً في أوقات الدوام",
    "يعملون صباحا ومساء",
    "يعمل نهارا وليلا",
    "العام الماضي 1435 طالبا",  # a count after the year's number: no Hijri year
    "المدير العام الماضي للشركة",  # a title's head: «العام» = general
    "الأمين العام الحالي للمنظمة",
])
def test_no_time_where_none_is_meant(text: str) -> None:
    spans = [(t, v) for t, _, v, _ in tag(text)]
    assert not any(t in ("ليلاً", "صباحا", "مساء", "نهارا", "ليلا") for t, _ in spans), spans
    assert not any("1435" in t for t, _ in spans), spans
    assert not any(t.startswith("العام") and "المدير" in text or t.startswith("العام") and "الأمين" in text
                   for t, _ in spans), spans


def test_a_part_of_the_day_in_its_own_clause_stays() -> None:
    assert [v for _, _, v, _ in tag("وصل الوفد ليلا وغادر صباحا")] == ["2015-08-10TNI", "2015-08-10TMO"]

"""Session 21 (t21): the families held-out 25 (ten time-dense news-day articles) showed, each counted on the
news day, ANERcorp 723.. and the Wojood documents before it was written — a tatweel run as the dash between
two numbers, a counted broken plural written with «أل» (not the article), the vague «ألوف», «this year»
after a month, «الموافق» before a day range, «الغد» after «نهار» or a match. Sentences made up in the news
day's shape; docs/time.md "Session 21"."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

# --- a tatweel run between two numbers is a dash ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("وزاد الإنفاق خلال الفترة 2007 ــ 2014 سقف الـ 6 تريليونات",
     [("2007", "DATE", "2007", None), ("2014", "DATE", "2014", None)]),
    ("من عاصر مطلع تلك الفترة 2005 ـــ 2007 شهد الإقبال",
     [("2005", "DATE", "2005", None), ("2007", "DATE", "2007", None)]),
    ("الخطة للسنوات (2016ــ2017) كما أعلن",
     [("2016", "DATE", "2016", None), ("2017", "DATE", "2017", None)]),
    ("عقدت الندوة خلال الفترة 19 ـ 25 مايو 1998 بحضور الوزير",
     [("19", "DATE", "1998-05-19", None), ("25 مايو 1998", "DATE", "1998-05-25", None)]),
])
def test_tatweel_dash_between_numbers(text, expected):
    assert tag(text) == expected


def test_tatweel_score_and_range():
    assert quantities("وتعادل الفريق 2 ــ 2 مع ضيفه بعدما لعب بعشرة لاعبين") == [("عشرة لاعبين", 10.0, None)]
    assert [q[:2] for q in quantities("في نطاق 75 ـــ 85 دولارا للبرميل")] == [("75", 75.0), ("85 دولارا", 85.0)]


def test_tatweel_not_a_dash():
    # a tatweel run between words, or after a number before a word, is no range: nothing changes
    assert tag("وقال الوزير ــ الذي زار المدينة عام 2014 ــ إن الخطة ماضية") == [("عام 2014", "DATE", "2014", None)]
    assert quantities("وارتفعت الحصيلة إلى 15 قتيلا ـ بحسب المصادر") == [("15 قتيلا", 15.0, None)]


def test_tatweel_dash_keeps_original_offsets():
    from khabar.document import Document
    from khabar.extract.times import TimeStage

    text = "وتم ذلك خلال الفترة 2011 ــ 2014، ليتجاوز"
    times = TimeStage()(Document(id="d", text=text, published="2015-08-10"))
    assert [(t.text, text[t.start:t.end]) for t in times] == [("2011", "2011"), ("2014", "2014")]


# --- a counted broken plural written with «أل» is not definite ----------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("حقق الفريق خلالها ستة ألقاب مجتمعة", "ستة ألقاب", 6.0),
    ("حيث توج بستة ألقاب مجتمعين", "ستة ألقاب", 6.0),
    ("وحسب وزارة الدفاع، فإن ثلاثة ألغام مضادة للأفراد انفجرت", "ثلاثة ألغام", 3.0),
    ("ويتكون العلم من ثلاثة ألوان هي الذهبي والعنابي", "ثلاثة ألوان", 3.0),
    ("وأصدرت الفرقة ثلاثة ألبومات ناجحة", "ثلاثة ألبومات", 3.0),
])
def test_hamza_plural_is_counted(text, span, value):
    assert quantities(text) == [(span, value, None)]


@pytest.mark.parametrize("text, expected", [
    ("وأصدرت الفرقة ثلاثة البومات ناجحة", []),  # written without the hamza: as definite as «الشركات»
    ("وفاز بخمسة الأهداف التي سجلها", []),  # the article, written without a hamza
    ("في 2014 الماضي بلغت", [("2014", 2014.0, None)]),
    # a place written with «أل» is no counted plural (a World Cup year and its host)
    ("أبطال العالم في 2006 ألمانيا، وفي 2014 البرازيل", [("2006", 2006.0, None), ("2014", 2014.0, None)]),
])
def test_article_stays_definite(text, expected):
    assert quantities(text) == expected


# --- «ألوف»: a vague thousands, like «آلاف» --------------------------------------------------------


def test_uluf_is_vague_thousands():
    from khabar.document import Document
    from khabar.extract.quantities import QuantityStage

    doc = Document(id="q", text="وأدى تكدس ألوف المهاجرين في الجنوب", published="2015-08-10")
    (q,) = QuantityStage()(doc)
    assert (q.text, q.value, q.low, q.high) == ("ألوف المهاجرين", None, 1000.0, 9999.0)
    assert [x[:2] for x in quantities("وبلغ عددهم ثلاثة ألوف شخص")] == [("ثلاثة ألوف شخص", 3000.0)]
    assert quantities("وقال إن الوفود وصلت") == []


# --- «this year» after a month is its year, one span ----------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("وكانت آخر العروض في أبريل (نيسان) هذا العام ويقولون", [("أبريل (نيسان) هذا العام", "DATE", "2015-04", None)]),
    ("نشرت في 15 أبريل (نيسان) هذا العام.", [("15 أبريل (نيسان) هذا العام", "DATE", "2015-04-15", None)]),
    ("وكانت في مارس من هذا العام ويقولون", [("مارس من هذا العام", "DATE", "2015-03", None)]),
    ("وصل في مارس هذه السنة إلى الرياض", [("مارس هذه السنة", "DATE", "2015-03", None)]),
])
def test_month_this_year(text, expected):
    assert tag(text) == expected


def test_month_this_year_without_dateline():
    assert tag("وكانت في أبريل هذا العام", None) == [("أبريل هذا العام", "DATE", "XXXX-04", None)]


def test_month_this_year_negative():
    # «هذا» before another noun is no year
    assert tag("وصل في مارس هذا الوفد إلى الرياض") == [("مارس", "DATE", "2015-03", None)]


# --- «الموافق» opens a day range ---------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("خلال الفترة 26-28 محرم المقبل، الموافق 8 – 10 من شهر نوفمبر بفندق",
     [("26", "DATE", "2015-11-08", None), ("28 محرم المقبل", "DATE", "2015-11-10", None),
      ("8", "DATE", "2015-11-08", None), ("10 من شهر نوفمبر", "DATE", "2015-11-10", None)]),
    ("في السادس من رجب 1395هـ الموافق 12 إلى 15 يوليو 1975م.",
     [("السادس من رجب 1395هـ", "DATE", "1975-07-15", None), ("12", "DATE", "1975-07-12", None),
      ("15 يوليو 1975م", "DATE", "1975-07-15", None)]),
])
def test_equated_day_range(text, expected):
    assert tag(text) == expected


def test_day_range_needs_an_opener():
    # a count before a date is no range's first day
    assert [t for t in tag("واستعاد الجيش 13 و15 أغسطس") if t[0] == "13"] == []


# --- «الغد» is tomorrow after «نهار» and a match or meeting ---------------------------------------


@pytest.mark.parametrize("text, span", [
    ("ولن يستطيع الفريق خوض مباراة الغد بلاعبيه الجدد", "الغد"),
    ("وتتكون السحب الماطرة نهار الغد فوق المنطقة", "نهار الغد"),
    ("ويعقد المدربان مؤتمرا قبل لقاء الغد في الملعب", "الغد"),
])
def test_tomorrow(text, span):
    assert tag(text) == [(span, "DATE", "2015-08-11", None)]


@pytest.mark.parametrize("text", [
    "وقال رئيس حزب الغد آنذاك",
    "ناشر صحيفة «عدن الغد» في عدن",
    "ضمن برنامج قائد الغد للشباب",
    "لو عاد إليه في الغد.",
])
def test_tomorrow_negatives(text):
    assert [t for t in tag(text) if "الغد" in t[0]] == []


# --- a prayer or its sermons before a bare weekday name the prayer -----------------------------------


@pytest.mark.parametrize("text", [
    "ودعم المؤسسات الدينية وخطب الجمعة وتوعية المجتمع",
    "وذبحوا أثناء تأديتهم لصلاة الجمعة على يد قطاع الطرق",
    "وحضر المصلون خطبة الجمعة في الجامع الكبير",
])
def test_prayer_before_weekday(text):
    assert tag(text) == []


@pytest.mark.parametrize("text, expected", [
    ("أثناء صلاة الجمعة 29 مايو 2015، الذي", [("الجمعة 29 مايو 2015", "DATE", "2015-05-29", None)]),
    ("من بعد صلاة عصر الأربعاء المقبل", [("عصر الأربعاء المقبل", "TIME", "2015-08-12TAF", None)]),
    ("وذلك الأحد الماضي في الرياض", [("الأحد الماضي", "DATE", "2015-08-09", None)]),
])
def test_prayer_negatives(text, expected):
    assert tag(text) == expected


# --- «بعد» + a vague amount told in a past narration is PAST_REF -----------------------------------------


@pytest.mark.parametrize("text, span", [
    ("ونصوص أخرى. وبعد أيام خرجت الباحثة بأن الشاعر يملك قدرة فائقة", "بعد أيام"),
    ("لم أتوقع أن يصلني أي رد إلا بعد عدة أسابيع. وكنت أستعد للبحث", "بعد عدة أسابيع"),
    ("في اليمن. وبعد عقود، توترت العلاقات مرة أخرى", "بعد عقود"),
    ("كان الوفد قد وصل بعد أيام من الانتظار", None),  # «من» + an event: a duration, as before
])
def test_after_vague_amount_in_past_narration(text, span):
    found = tag(text)
    if span is None:
        assert all(t[2] != "FUTURE_REF" for t in found)
    else:
        assert (span, "DATE", "PAST_REF", None) in found


@pytest.mark.parametrize("text, span", [
    ("إذا امتنعت عن الالتزام بالاتفاق بعد بضع سنوات. وقد أخبرني", "بعد بضع سنوات"),
    ("ستكتشف بعد فترة أن هذه المساحة للكلام", "بعد فترة"),
    ("وبعد أيام يصل الوفد إلى العاصمة", "بعد أيام"),
])
def test_after_vague_amount_stays_future(text, span):
    assert (span, "DATE", "FUTURE_REF", None) in tag(text)

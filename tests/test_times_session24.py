"""Session 24 (t24): the families held-out 28 (ten time-dense news-day articles) and session 23's note showed,
each counted on the news day, ANERcorp 723.. and the Wojood documents — a «س»-word where no verb can stand is no
future cue (a weekday of a past narration resolves back), an indefinite «فترة» with a «past/next» adjective is a
vague reference, and only «قريبا» also means "near". Sentences made up in the news day's shape (dateline Monday
2015-08-10); docs/time.md "Session 24"."""

from __future__ import annotations

import pytest
from time_helpers import tag

# --- a «س»-word where no verb can stand is no future cue --------------------------------------------


@pytest.mark.parametrize("text", [
    # the subject of a perfect verb of saying: a name (session 23's note; news day 121, 925)
    "وقال ستاثاكيس قبيل بدء المفاوضات السبت والتي استمرت لأكثر من ست ساعات إن المحادثات أصبحت نهائية",
    "وقالت ستيفاني قبل الاجتماع الخميس إن الخطة جاهزة",
    # after a preposition or an adverbial noun: a noun (news day 121's «داخل سيريزا»)
    "وأشار الموقع الناطق باسم الجناح المعارض داخل سيريزا بقيادة لافازانيس السبت إلى احتمال الانتخابات",
    "وسيرت القوات دوريات في سيفاري الخميس",
])
def test_name_that_looks_like_a_future_verb_leaves_the_weekday_past(text):
    days = [v for _, typ, v, _ in tag(text) if typ == "DATE" and v.startswith("2015-08-")]
    assert days and all(v <= "2015-08-10" for v in days), tag(text)


@pytest.mark.parametrize("text, day", [
    ("وقال إنه سيزور القاهرة السبت", "2015-08-15"),  # a future verb after «إنه»
    ("وقال الوزير سيعقد الاجتماع الخميس", "2015-08-13"),  # after a noun subject
    ("وستغادر البعثة إلى لندن الأربعاء", "2015-08-12"),  # clause-initial «وس…»
])
def test_future_verb_still_moves_the_weekday_forward(text, day):
    assert day in [v for _, _, v, _ in tag(text)], tag(text)


# --- an indefinite «فترة» with a «past/next» adjective ---------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("قبل أن يؤجل موضوع ترشحه إلى فترة مقبلة بسبب ارتباطه بأعماله", "فترة مقبلة", "FUTURE_REF"),
    ("كما تولى المدير في فترة سابقة مهام مدير الشركة", "فترة سابقة", "PAST_REF"),
    ("أن يستمر التذبذب السعري لفترة قادمة إلى أن تبدأ الأسواق", "فترة قادمة", "FUTURE_REF"),
])
def test_indefinite_period_with_an_adjective(text, span, value):
    assert (span, "DATE", value, None) in tag(text)


@pytest.mark.parametrize("text", [
    "في فترة سابقة للانتخابات جرت اتصالات",  # the time before an event, as «الفترة السابقة للانتخابات»
    "تعرف على الإسلام خلال فترة وجيزة",  # no past/next adjective
])
def test_indefinite_period_not_a_reference(text):
    assert not [t for t in tag(text) if t[2] in ("PAST_REF", "FUTURE_REF")], tag(text)


# --- only «قريبا» also means "near" ----------------------------------------------------------------


def test_future_reference_before_a_preposition_stays():
    assert ("مستقبلاً", "DATE", "FUTURE_REF", None) in tag("لها علاقة بمعاناة الشخص مستقبلاً من بعض العلل")


@pytest.mark.parametrize("text, found", [
    ("وقريبا جداً من والديه", False),  # near
    ("كان قريباً منه", False),  # near
    ("سيعود قريبا جدا إلى بلاده", True),  # soon, after a future verb (session 18)
])
def test_soon_or_near(text, found):
    assert (("قريبا", "DATE", "FUTURE_REF", None) in tag(text)) is found

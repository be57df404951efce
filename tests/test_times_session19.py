"""Session 19 (t19): the three conventions settled (docs/time.md "Session 19") and the same day of an
unknown date without a dateline. Sentences of our own, with cases to read and cases to leave."""

from __future__ import annotations

import pytest
from time_helpers import tag


def values(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v, _ in tag(text, published)]


# --- conventions -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("ارتفع الطلب في الربع الأخير من العام الحالي بنسبة كبيرة.", "XXXX-Q4"),
    ("تراجع الإنتاج في الربع الثالث من العام الماضي.", "XXXX-Q3"),
    ("ارتفع الطلب في الربع الأخير بنسبة كبيرة.", "XXXX"),  # the last completed quarter: unknown
    ("ارتفع الطلب في الربع الماضي بنسبة كبيرة.", "XXXX"),
])
def test_quarter_without_a_dateline(text, value):
    assert [v for _, v in values(text)] == [value]


def test_bare_last_quarter_with_a_dateline_unchanged():
    assert values("ارتفع الطلب في الربع الأخير بنسبة كبيرة.", "2015-08-10") == [("الربع الأخير", "2015-Q2")]


@pytest.mark.parametrize("published", [None, "2015-08-10"])
def test_attacks_day_is_named(published):
    assert values("تغير العالم منذ أحداث 11 سبتمبر في نيويورك.", published) == [("11 سبتمبر", "2001-09-11")]
    assert values("تغير العالم منذ احداث11 سبتمبر في نيويورك.", published) == [("11 سبتمبر", "2001-09-11")]


def test_plain_11_september_is_not_the_attacks():
    assert values("يبدأ العام الدراسي في 11 سبتمبر المقبل.") == [("11 سبتمبر المقبل", "XXXX-09-11")]


@pytest.mark.parametrize("published", [None, "2015-08-10"])
def test_yearly_recurring_date_is_two_expressions(published):
    assert values("تمنح الجائزة في شهر فبراير من كل سنة.", published) == [("شهر فبراير", "XXXX-02"), ("كل سنة", "P1Y")]


# --- the same day without a dateline -------------------------------------------------------

def test_same_day_of_an_unknown_day():
    text = "وانتعشت الأسعار أمس الاثنين. وكان السوق قد انخفض في وقت سابق من نفس اليوم."
    assert values(text) == [("أمس الاثنين", "XXXX-XX-XX"), ("وقت سابق", "PAST_REF"), ("نفس اليوم", "XXXX-XX-XX")]
    assert values("وصل يوم 21 أغسطس وغادر في اليوم نفسه.") == [("يوم 21 أغسطس", "XXXX-08-21"),
                                                             ("اليوم نفسه", "XXXX-08-21")]


def test_same_day_without_antecedent_left_out():
    assert values("وصل الوزير وغادر في اليوم نفسه إلى القاهرة.") == []
    assert values("وصل الوزير وغادر في اليوم نفسه إلى القاهرة.", "2015-08-10") == []

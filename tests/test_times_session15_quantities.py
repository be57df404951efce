"""Session-15 families of the quantity stage (docs/time.md), on sentences written for these tests:
a lone «اثنين/اثنتين» counts (its noun left out, never «و» + the next phrase), aircraft models and
flight codes are identifiers, «ما» glued to its approximator, the percentage point, «بنسبة تصل إلى»
states the amount. Times: tests/test_times_session15.py."""

from __future__ import annotations

import pytest
from time_helpers import quantities


@pytest.mark.parametrize(("text", "expected"), [
    # a lone «اثنين/اثنتين/اثنان»: two of the noun named before, after a verb or a preposition
    ("لعب الفريق أربع مباريات كسب اثنتين أمام فرق محلية", [("أربع مباريات", 4.0, None), ("اثنتين", 2.0, None)]),
    ("خسر الفريق واحدة فيما تعادل في اثنتين.", [("اثنتين", 2.0, None)]),
    ("تعادل في اثنتين وخسر ثلاثا", [("اثنتين", 2.0, None)]),
    ("قتل عدد من المسلحين فيما أسر اثنين، أمس", [("اثنين", 2.0, None)]),
    # «و» + a noun before another number word opens the next phrase
    ("أكدت الوزارة مقتل اثنين وإصابة ثلاثة من رجالها", [("اثنين", 2.0, None), ("ثلاثة من رجالها", 3.0, None)]),
    # «ما» written without its space before the approximator
    ("استقبل الميناء مايقارب 800 ألف طن من السكر", [("مايقارب 800 ألف طن", 800000.0, "about")]),
    ("بلغت الواردات مايزيد على 5 ملايين طن", [("مايزيد على 5 ملايين طن", 5000000.0, "more_than")]),
    # a percentage point: the unit takes «مئوية»
    ("انخفض المعدل بواقع 4.5 نقطة مئوية منذ الثمانينيات", [("4.5 نقطة مئوية", 4.5, None)]),
    ("ارتفع المؤشر أكثر من خمس نقاط مئوية", [("أكثر من خمس نقاط مئوية", 5.0, "more_than")]),
    # «بنسبة تصل إلى» states the amount (a noun of measure before «تصل إلى»)
    ("ارتفعت الواردات بنسبة تصل إلى 15 في المائة خلال الفترة", [("15 في المائة", 15.0, None)]),
    # a separated «تتجاوز … مساحتها» with «و» glued
    ("وتتجاوز مساحتها 50 كيلو متر مربع", [("50 كيلو متر مربع", 50.0, "more_than")]),
])
def test_session15_quantities(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # aircraft models and flight codes name, they do not count
    ("كانت الطائرة بوينج 777 قد اختفت وعلى متنها 239 شخصا", [("239 شخصا", 239.0, None)]),
    ("معظم طائرات بوينغ 777 و 787 لها درج سري", []),
    ("فقدت الطائرة خلال الرحلة رقم (إم.اتش 370) فوق المحيط", []),
    ("لا علاقة للحطام بالطائرة إم اتش 370 حتى الآن", []),
    ("اشترت الشركة 20 طائرة من طراز 737", [("20 طائرة", 20.0, None)]),
    # what must not change
    ("جوع وعطش ومرض.. آلافٌ وآلاف.. قضوا", [("آلافٌ", None, None), ("آلاف", None, None)]),
    ("أعلن أن أي 20 شخصا لن يدخلوا", [("20 شخصا", 20.0, None)]),
    ("قتلت الشرطة مسلحين اثنين لم يحدد انتماؤهما", [("اثنين", 2.0, None)]),
    ("وقال إن اثنين من أفراد الطاقم أصيبا", [("اثنين من أفراد", 2.0, None)]),
    ("في مباراة لا تحتمل القسمة على اثنين", []),
    ("وصل الوفد يوم اثنين", []),
    ("وهي نتيجة لا يختلف اثنان في اعتبارها مهمة", []),
    ("ومايزيد الأمر غرابة هو ما ذكره", []),
    ("غرامة تصل إلى 300 ريال", [("300 ريال", 300.0, "at_most")]),
    ("انخفض بواقع 4.5 نقطة منذ الصباح", [("4.5 نقطة", 4.5, None)]),
])
def test_session15_quantities_unchanged(text: str, expected: list) -> None:
    assert quantities(text) == expected

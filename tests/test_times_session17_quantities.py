"""Session-17 quantity families (held-out 20): an event's edition number, speed units with
«في الساعة»; sentences written for these tests, none from a gold set."""

from __future__ import annotations

import pytest
from time_helpers import quantities


# a bare number after an event's name headed by a noun of a numbered series is its edition
@pytest.mark.parametrize("text", [
    "اختتمت فعاليات مهرجان صيف أبها 36 مساء أمس",
    "فاز الفريق بكأس بطولة الخليج 22 للناشئين",
    "شارك في ملتقى \"الإعلام العربي 9\" عدد من الكتاب",
    "يقام المعرض ضمن فعاليات مهرجان 40 للتراث",
])
def test_edition_number_is_no_count(text):
    assert quantities(text) == [], quantities(text)


@pytest.mark.parametrize("text,expected", [
    ("نظمت الوزارة 12 دورة لتأهيل 530 وقالت إن", [("12 دورة", 12.0, None), ("530", 530.0, None)]),
    ("زار المهرجان أكثر من 50 ألف زائر", [("أكثر من 50 ألف زائر", 50000.0, "more_than")]),
    ("لعب الفريق خلال بطولة آسيا 4 مباريات", [("4 مباريات", 4.0, None)]),
])
def test_counts_beside_event_names_kept(text, expected):
    assert quantities(text) == expected


# a speed in kilometres or miles «في الساعة»: the rate is part of the unit
@pytest.mark.parametrize("text,span", [
    ("بلغت سرعة الرياح 120 كيلو مترا في الساعة", "120 كيلو مترا في الساعة"),
    ("هبت زوابع بسرعة 90 كيلومترات في الساعة", "90 كيلومترات في الساعة"),
    ("تسير القطارات بسرعة 60 ميلا في الساعة", "60 ميلا في الساعة"),
])
def test_speed_units(text, span):
    assert [q[0] for q in quantities(text)] == [span]


def test_distance_without_rate():
    assert [q[0] for q in quantities("قطع مسافة 120 كيلو مترا في ساعتين")] == ["120 كيلو مترا"]

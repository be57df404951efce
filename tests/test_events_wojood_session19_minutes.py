"""Session 19 (evw19): the minutes of a meeting name a document, not a meeting (CONSULT, trigger_senses19w).

A meeting noun right after «محضر/محاضر» "minutes" is an archive entry or a record kept (w19_blind ×2 on the Wojood
sample, a news-day row); a meeting held, a meeting with another head, the types other than CONSULT and «محاضر» the
lecturer before another noun stay.
"""

import event_helpers
import pytest
from event_helpers import events_of

from khabar.extract.events.trigger_senses19w import MINUTES

pipe = event_helpers.events_pipe


@pytest.mark.parametrize("text", [
    "محضر اجتماع المجلس البلدي رقم 5 بتاريخ 3 / 4 / 1964.",
    "محضر إجتماع اللجنة القومية في المدينة عام 1948.",
    "وسلمت اللجنة محاضر الاجتماعات إلى الوزارة.",
    "وطلب النائب الاطلاع على محضر الاجتماع الأخير للمجلس.",
])
def test_minutes_of_a_meeting_are_no_meeting(pipe, text):
    assert events_of(pipe, text, "CONSULT") == []


@pytest.mark.parametrize("text", [
    "عقد المجلس البلدي اجتماعا مع وفد الوزارة أمس.",
    "وعقدت اللجنة اجتماعها الأول في المدينة عام 1948.",
    "وناقش الوزيران جدول أعمال الاجتماع المقبل مع الوفد.",
    "وقدم محاضر الجامعة لقاء مع الطلاب أمس.",
])
def test_meetings_held_stay(pipe, text):
    assert events_of(pipe, text, "CONSULT")


def test_other_types_after_minutes_stay(pipe):
    assert [e.type for e in events_of(pipe, "ووقع الطرفان محضر اتفاق لتبادل الأسرى.", "AGREE")] == ["AGREE"]


def test_the_minutes_words():
    assert len(MINUTES) == 9 and all(w.endswith(("محضر", "محاضر")) for w in MINUTES)

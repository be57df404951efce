"""Session 20 (evw20): a short line opened by a document noun names a paper, not an act (trigger_senses20w).

An archive entry «جدول بـ…»، «نموذج لطلب …»، «أسماء من هم بحاجة الى المساعدات …» (w19_blind ×3, w20_blind ×1 on the
Wojood sample, all judged wrong) codes no event of the 14 types; the same noun inside a longer report, a trigger far
into the line, a statement that tells an act, a verb before the noun and ASSAULT/PROTEST stay. Written sentences.
"""

import event_helpers
import pytest
from event_helpers import events_of

from khabar.extract.events.trigger_senses20w import DOCUMENT_HEADS, document_named

pipe = event_helpers.events_pipe


@pytest.mark.parametrize(("text", "type_"), [
    ("جدول بأسماء الأسر وبطاقات المساعدات في القرية.", "AID"),
    ("جدول بمن يستحق المعونات في البلدة (ملف 3).", "AID"),
    ("نموذج لطلب المساعدة المالية يقدم إلى اللجنة عام 1950.", "REQUEST"),
    ("استمارة طلب المساعدة من الجمعية.", "REQUEST"),
])
def test_a_document_named_is_no_act(pipe, text, type_):
    assert events_of(pipe, text, type_) == []


@pytest.mark.parametrize(("text", "type_"), [
    # the document noun is not the line's first word: a report
    ("وقدمت الوزارة جدولا بالمساعدات التي وزعتها على الأسر في القرية.", "AID"),
    # a statement tells an act
    ("بيان صادر عن نقابة المهندسين استنكارا لاعتقال أعضائها.", "ACCUSE"),
    # a long line: not an archive entry's title
    ("قائمة المطالب التي رفعها العمال أمس إلى الوزير تضمنت زيادة الأجور وتحسين ظروف العمل في المصانع "
     "وطالب فيها العمال الحكومة بالإفراج عن زملائهم المعتقلين في السجون منذ شهرين.", "REQUEST"),
])
def test_reports_stay(pipe, text, type_):
    assert events_of(pipe, text, type_)


def test_gated_types_and_reach():
    # ASSAULT/PROTEST are never touched; a trigger far into the line is left alone
    from event_helpers import text_tokens

    toks = text_tokens("جدول بالهجمات على القرية.")
    assert document_named(toks, 1, "AID") and not document_named(toks, 1, "ASSAULT")
    assert not document_named(toks, 0, "AID")
    long = text_tokens("جدول " + "كلمة " * 12 + "المساعدات.")
    assert not document_named(long, 13, "AID")
    assert {"جدول", "نموذج"} <= DOCUMENT_HEADS and "صوره" not in DOCUMENT_HEADS and "بيان" not in DOCUMENT_HEADS

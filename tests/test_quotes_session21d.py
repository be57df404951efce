"""Session 21 (q21): a paper's own sources — «كشفت مصادر "الوطن" أن …»، «حذرت مصادر «عكاظ» من …» — are an
anonymous speaker and the paper named in quote marks after «مصادر/مصدر» is the via (as «كما علمت (المدينة)
من مصادرها أن», docs/quotes.md § 3); a quote going on from them inherits it. Only a name the outlet list
knows («"مطلعة"» is an adjective in marks). Counted: held-out 26's 1374 and news 1016, 1030 (773's
«دنيا الرياضة» is not a listed outlet). The sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- positives -------------------------------------------------------------------------------------------
def test_the_papers_sources_speak_through_the_paper(pipe: Pipeline) -> None:
    q = one(pipe, 'كشفت مصادر "الوطن" أنه لا يوجد جوائز مالية لبطل الكأس.', "لا يوجد جوائز")
    assert q.speaker_kind == "anonymous" and [v.name for v in q.via] == ["الوطن"]


def test_a_participle_going_on_inherits_the_paper(pipe: Pipeline) -> None:
    text = "حذرت مصادر «عكاظ» من انتحال بعض المحامين صفة الدفاع، مشيرة إلى أن الأهالي يقعون في شراكهم."
    first, then = one(pipe, text, "انتحال بعض"), one(pipe, text, "الأهالي يقعون")
    assert [v.name for v in first.via] == ["عكاظ"] and [v.name for v in then.via] == ["عكاظ"]


# -- negatives: no listed outlet in the marks, the paper itself speaking, sources without marks ------------
def test_an_adjective_in_quote_marks_is_no_paper(pipe: Pipeline) -> None:
    assert not one(pipe, 'وقالت مصادر "مطلعة" إن الاجتماع تأجل.', "الاجتماع تأجل").via


def test_the_paper_itself_speaking_is_not_its_own_via(pipe: Pipeline) -> None:
    q = one(pipe, "وذكرت صحيفة الوطن أن الاجتماع تأجل.", "الاجتماع تأجل")
    assert q.speaker == "الوطن" and not q.via


def test_sources_without_a_paper_have_no_via(pipe: Pipeline) -> None:
    assert not one(pipe, "وقالت مصادر مطلعة إن الاجتماع تأجل.", "الاجتماع تأجل").via

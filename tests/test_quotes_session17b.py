"""Quote-stage rule families of session 17b (q17b), left by q17: a directive's speaker that ran on
over the one called on when that one opens with a listed noun after a definite word or a name («دعا
الرئيس وسائلَ الإعلام إلى …»، «وحث المتظاهرون رئيسَ الوزراء … إلى …»), and a prayer whose God word
comes after the speaker or «من» («ودعا فضيلته المولى القدير أن …»، «داعيا من الله العلي القدير أن …»),
which is no statement, as «دعا الله أن …» was not. The sentences are made up for these tests (no
corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- the one called on opens with a listed noun after a definite word or a name ------------------
def test_a_listed_noun_after_a_definite_speaker_is_the_one_called_on(pipe: Pipeline) -> None:
    q = one(pipe, "وفي ختام كلمته دعا الرئيس وسائل الإعلام إلى «تحري الدقة في نقل الأخبار».", "تحري الدقة")
    assert q.speaker != "الرئيس وسائل الإعلام" and (q.source is None or "وسائل" not in q.source.text)
    q = one(pipe, "ودعت الوزارة وسائل الإعلام إلى الالتزام بالبيانات الرسمية.", "الالتزام")
    assert q.speaker == "الوزارة" and q.speaker_kind == "organization"
    q = one(pipe, "ودعا محمد العلي وسائل الإعلام إلى الالتزام بالبيانات الرسمية.", "الالتزام")
    assert q.speaker == "محمد العلي"


def test_a_title_after_a_plural_speaker_is_the_one_urged(pipe: Pipeline) -> None:
    q = one(pipe, "وحث المتظاهرون رئيس الوزراء الهندي محمد سينغ الى التطرق للموضوع مع الرئيس الفرنسي.",
            "التطرق")
    assert q.speaker == "المتظاهرون" and q.speaker_kind == "group"


def test_a_title_after_a_name_or_a_title_stays_the_speakers_apposition(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا عادل الجبير وزير الخارجية السعودي إلى وقف القتال.", "وقف القتال")
    assert q.speaker == "عادل الجبير"
    q = one(pipe, "ودعا الشيخ عبدالرحمن السديس إمام وخطيب المسجد الحرام المسلمين إلى الوحدة.", "الوحدة")
    assert q.speaker == "عبدالرحمن السديس"
    q = one(pipe, "ودعا المتحدث باسم الوزارة إلى الهدوء.", "الهدوء")
    assert q.speaker == "المتحدث باسم الوزارة"


def test_a_name_with_no_listed_noun_after_it_is_unchanged(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا الرئيس رجب طيب أردوغان إلى الحوار.", "الحوار")
    assert q.speaker == "رجب طيب أردوغان"
    q = one(pipe, "ودعا الرئيس محمود عباس إلى وقف الاستيطان.", "وقف الاستيطان")
    assert q.speaker == "محمود عباس"


# -- a prayer with God after the speaker or «من» -------------------------------------------------
def test_a_prayer_with_god_after_the_speaker_is_no_statement(pipe: Pipeline) -> None:
    for text in ("ودعا الشيخ البدير المولى القدير أن يربط على قلوبهم ويثبت أقدامهم.",
                 "ودعا فضيلته المولى القدير أن يربط على قلوبهم.",
                 "وقال إنه يكتب له داعياً من الله العلي القدير أن يمده بطول العمر والصحة."):
        assert not [q for q in quotes(pipe, text) if q.cue.text.endswith(("دعا", "داعياً"))], text


def test_god_in_a_name_after_the_cue_keeps_the_call(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا الشيخ عبد الله المطلق الشباب إلى الحذر من دعاة الفتنة.", "الحذر")
    assert q.speaker == "عبد الله المطلق"
    q = one(pipe, "ودعا حزب الله أنصاره إلى التظاهر أمام السفارة.", "التظاهر")
    assert q.speaker == "حزب الله"

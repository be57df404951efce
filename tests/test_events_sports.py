"""Events of the 14 non-checked types that the evidence checks must not drop: one word with
a common other sense (الدفاع، الفريق، بهدف، الدوري) is no sports context (sports words still
are), and a weak verb grouped with the strong noun it needs (توصل … إلى اتفاق) is an event."""

import pytest

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _types(pipe: Pipeline, text: str) -> list[str]:
    return [e.type for e in pipe.analyze(text, published="2015-08-10").events]


@pytest.mark.parametrize("text, kind", [
    ("التقى وزير الدفاع السعودي نظيره الأمريكي في الرياض أمس.", "CONSULT"),
    ("استقبل الفريق أول قائد الجيش وفدا عسكريا أمريكيا في القاهرة.", "CONSULT"),
    ("عقد مجلس الوزراء اجتماعه الدوري برئاسة الملك في جدة.", "CONSULT"),
    ("وقع البلدان اتفاقية بهدف تعزيز التعاون الاقتصادي بينهما.", "SUPPORT"),
])
def test_one_word_with_another_sense_keeps_the_event(pipe, text, kind):
    assert kind in _types(pipe, text)


@pytest.mark.parametrize("text", [
    "التقى مدرب الفريق باللاعبين قبل المباراة.",
    "وقع الفريق عقدا مع المهاجم الدولي لمدة ثلاث سنوات.",
    "اجتمع لاعبو المنتخب في الملعب صباح أمس.",
])
def test_sports_sentences_code_no_political_event(pipe, text):
    assert _types(pipe, text) == []


def test_a_weak_verb_with_the_strong_noun_it_needs_is_an_event(pipe):
    # «توصل» alone is weak (it needs an agreement word); with «اتفاق» the pair is an AGREE
    # even when no party is recognised
    assert "AGREE" in _types(pipe, "توصل الطرفان إلى اتفاق سياسي أمس.")
    assert _types(pipe, "وتوصل الباحثون إلى نتائج مهمة.") == []

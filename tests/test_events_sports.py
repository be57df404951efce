"""Sports context: one word with a common other sense (الدفاع، الفريق، بهدف، الدوري) does not
rule out an event of the 14 non-checked types; sports words still do."""

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

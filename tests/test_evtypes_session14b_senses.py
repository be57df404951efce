"""Session 14, second round (evt14b): sense families of the 14 audited types on sentences written
for these tests — each with cases where the event goes and cases where it stays: administrative
detention named as a practice, a stance against a vice (no rejection), the words of condemnation
as such (no condemnation).
"""

import pytest
from event_helpers import events_of, rule_pipeline


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


# --- administrative detention named as a practice: no arrest ------------------------------------

PRACTICE = [
    "والاعتقال الإداري إجراء عادة ما تتخذه السلطات ضد المعارضين دون محاكمة.",
    "وقال رئيس نادي الأسير إن الأسرى يواصلون الإضراب احتجاجا على الاحتجاز الإداري.",
    "وقالت الحكومة إن الاعتقال الإداري يتم بدون توجيه اتهام للمعتقل.",
    "ويمكن احتجاز المشتبه به ستة أشهر بموجب اعتقال إداري قابل للتجديد.",
]


@pytest.mark.parametrize("text", PRACTICE)
def test_administrative_detention_as_a_practice_is_no_arrest(text):
    assert [e.trigger.text for e in events_of(rule_pipeline(), text, "COERCE")
            if "إدار" in text[e.trigger.end: e.trigger.end + 8]] == []


DETAINED = [
    ("وأفادت وسائل إعلام بأنه تم تحويل اثنين من المتشددين إلى الاعتقال الإداري أمس.", "asserted"),
    ("ووضع الناشطان تحت الاعتقال الإداري لمدة ستة أشهر.", "asserted"),
    ("ومن المتوقع أن يصادق الوزير على إصدار أوامر اعتقال إداري بحق عدد من النشطاء.", None),
]


@pytest.mark.parametrize("text,modality", DETAINED)
def test_administrative_detention_of_someone_stays(text, modality):
    evs = [e for e in events_of(rule_pipeline(), text, "COERCE") if e.trigger.text.endswith(("اعتقال", "احتجاز"))]
    assert evs
    if modality:
        assert evs[0].modality == modality


# --- a stance against a vice: no rejection ----------------------------------------------------

VICE_STANCES = [
    "وجدد الوزير التزام السودان بالمنهج الوسطي ورفضه للغلو والتطرف.",
    "وأكد مجلس الوزراء رفضه القاطع لكل العنف والإرهاب.",
    "وشدد رئيس التحرير على الموضوعية والرفض التام للإثارة.",
]


@pytest.mark.parametrize("text", VICE_STANCES)
def test_a_stance_against_a_vice_is_no_rejection(text):
    assert "REJECT" not in _types(text)


REJECTIONS = [
    "وأكد المجلس أن دول الخليج رفضت التدخلات الإيرانية في اليمن.",
    "ورفض الوزير لكل المقترحات التي قدمتها المعارضة.",
    "وعبر المجلس عن رفضه لكل أساليب العنف والإرهاب.",
]


@pytest.mark.parametrize("text", REJECTIONS)
def test_a_rejection_of_a_partys_act_stays(text):
    assert "REJECT" in _types(text)


# --- the words of condemnation as such: no condemnation -------------------------------------

WORDS_OF_CONDEMNATION = [
    "وقال الكاتب إننا لم نعد نحتاج من بعض قادة الفكر عبارات الشجب والاستنكار؛ لأنها مفردات مستهلكة.",
    "وقال الكاتب إن الأمر ليس مجرد أشخاص يشجبون وينددون، الأمر يحتاج لفكر جديد.",
    "وقال المتحدث إن إسرائيل لن ترتدع ببيانات الشجب والاستنكار، ولا بد من المقاطعة.",
]


@pytest.mark.parametrize("text", WORDS_OF_CONDEMNATION)
def test_a_bare_pair_of_condemnation_words_is_no_condemnation(text):
    assert "ACCUSE" not in _types(text)


CONDEMNATIONS = [
    "وأعرب الوزير عن شجبه واستنكاره.",
    "وندد الوزير واستنكر الهجوم على المسجد.",
    "وأعرب المجلس عن الشجب والاستنكار للهجوم الإرهابي.",
]


@pytest.mark.parametrize("text", CONDEMNATIONS)
def test_a_condemnation_with_a_party_or_an_object_stays(text):
    assert "ACCUSE" in _types(text)

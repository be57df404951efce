"""Session 15 (evt15): modality families of the 14 audited types on sentences written for these
tests — each with cases where the modality changes and cases where it stays: «ما» as "what" or in
«إذا ما»/«متى ما» (no negation), a directive's long addressee and its و-joined second act, the signing
«عليه» of a draft named far before it (to come), a negated purpose carried by the light masdar «إلقاء».
"""

import pytest
from event_helpers import rule_pipeline, trigger_modality

# --- «ما» before a verb trigger: "what", or the «ما» of «إذا ما» — no negator ---------------------

WHAT = [
    ("وقال الوزير إن ما يطالب به العراقيون هو وقف المحاصصة في الحكومة.", "يطالب", "asserted"),
    ("وأكد الوزير تقديم ما تطلبه الوزارة من معلومات وتسهيلات.", "تطلبه", "asserted"),
    ("وقال الوزير إن ما طالب به المحتجون في بغداد سيتحقق قريبا.", "طالب", "asserted"),
    ("وقال المندوب إنه إذا ما وافقت غالبية الأعضاء على القرار سيجري نقل القضية إلى مجلس الأمن.",
     "وافقت", "hypothetical"),
    ("وأضاف أنه متى ما طلبت الحكومة الدعم فستقدمه الدول المانحة.", "طلبت", "hypothetical"),
]


@pytest.mark.parametrize("text,trigger,modality", WHAT)
def test_what_ma_is_no_negation(text, trigger, modality):
    assert trigger_modality(rule_pipeline(), text, trigger) == modality


NEGATED_MA = [
    ("وقال المتحدث إن الحكومة ما رفضت الاقتراح الأمريكي حتى الآن.", "رفضت"),
    ("وأكد النائب أن الكتلة ما طالبت بإقالة الوزير في أي وقت.", "طالبت"),
]


@pytest.mark.parametrize("text,trigger", NEGATED_MA)
def test_ma_before_a_perfect_still_negates(text, trigger):
    assert trigger_modality(rule_pipeline(), text, trigger) == "negated"


# --- a directive reaches a long addressee and the و-joined second act -----------------------------

def test_directive_over_a_long_addressee_and_a_joined_act():
    text = ("وذكر مكتب النجيفي أن النجيفي وجه الوزراء والنواب التابعين لكتلته الوزارية والنيابية "
            "بدعم وتأييد قرارات حيدر العبادي.")
    assert trigger_modality(rule_pipeline(), text, "تأييد", "SUPPORT") == "hypothetical"


JOINED_DONE = [
    "وقدمت الحكومة الدعم للشعب اليمني بدعم وتأييد من الملك.",
    "وشكر الوزير القوات التي قامت بدعم وتأييد الحكومة في الانتخابات.",
    "وأعلنت الوزارة بدعم وتأييد المجلس إطلاق البرنامج الجديد.",
]


@pytest.mark.parametrize("text", JOINED_DONE)
def test_joined_act_without_a_directive_stays_asserted(text):
    assert trigger_modality(rule_pipeline(), text, "تأييد", "SUPPORT") == "asserted"


# --- «والتوقيع عليه»: the signing of a draft named far before it is to come ----------------------

def test_signing_a_draft_named_far_before_is_to_come():
    text = ("وافق مجلس الوزراء على تفويض معالي وزير الخارجية - أو من ينيبه - بالتباحث مع حكومة أفريقيا "
            "الوسطى في شأن مشروع اتفاقية عامة للتعاون بين حكومة المملكة العربية السعودية وحكومة جمهورية "
            "\" أفريقيا الوسطى \" والتوقيع عليه ، ومن ثم رفع النسخة النهائية الموقعة.")
    assert trigger_modality(rule_pipeline(), text, "التوقيع عليه") == "future"


SIGNED = [
    "وأعلنت الحكومة أن الاتفاقية بين البلدين أنجزت وأن التوقيع عليها تم أمس في الرياض.",
    "وأنجز الطرفان اتفاقية التعاون الأمني بعد مفاوضات طويلة، والتوقيع عليها جرى في القاهرة.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_signing_an_agreement_that_is_no_draft_stays(text):
    assert trigger_modality(rule_pipeline(), text, "التوقيع عليها") == "asserted"


# --- a negated purpose carried by the light masdar «إلقاء» ------------------------------------

def test_negated_purpose_through_the_light_masdar():
    text = "وبدأ المحتجون يقتربون من الحواجز ولم تتحرك الشرطة لإلقاء القبض على أي من المتظاهرين."
    assert trigger_modality(rule_pipeline(), text, "القبض", "COERCE") == "negated"


def test_purpose_through_the_light_masdar_without_a_negator_stays():
    text = "وتحركت الشرطة لإلقاء القبض على المتظاهرين في الشارع."
    assert trigger_modality(rule_pipeline(), text, "القبض", "COERCE") != "negated"

"""Session 19 (evt19): families of the 14 audited types on sentences written for these tests, from the
wrong rows of the second second-source sample (a19_blind, ANERcorp) read with a18 and every news-day
sample — each with cases where the event (or its modality) changes and cases where it stays: an
office's or a standing body's name, an existing agreement or truce held to, sanctions named as a state,
a hedged act («قد» + an imperfect), an act a text provides for, a vote is held on or held necessary.
"""

import pytest
from event_helpers import events_of, rule_pipeline

from khabar.text.normalize import match_form


def _events(text: str) -> list:
    return [e for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


def _on(text: str, trigger: str) -> list[tuple[str, str]]:
    """(type, modality) of the events whose trigger is ``trigger`` (by its matching form)."""
    return [(e.type, e.modality) for e in _events(text) if match_form(e.trigger.text) == match_form(trigger)]


def _types(text: str, trigger: str) -> list[str]:
    return [t for t, _ in _on(text, trigger)]


def _modality(text: str, trigger: str, type_: str) -> str:
    found = [m for t, m in _on(text, trigger) if t == type_]
    assert found, (text, trigger, _on(text, trigger))
    return found[0]


# --- an office's, a title's or a standing body's name ---------------------------------------------

OFFICES = [
    ("واستقبلت وزيرة التعاون الدولي أمس سفير اليابان في القاهرة.", "التعاون"),
    ("وقال وزير التعاون والتنمية إن المشروعات الجديدة ستبدأ الشهر المقبل.", "التعاون"),
    ("ويعقد مؤتمر نزع السلاح دورته الثانية في جنيف.", "نزع"),
    ("وشارك الوفد في اجتماعات منتدى التعاون العربي الأفريقي.", "التعاون"),
    ("وقال منسق معونات الطوارئ في المنظمة إن الوضع خطير.", "معونات"),
    ("وعين دبلوماسي هندي مساعدا للأمين العام لشؤون نزع السلاح.", "نزع"),
]


@pytest.mark.parametrize("text,trigger", OFFICES)
def test_an_office_name_is_no_act(text, trigger):
    assert _types(text, trigger) == []


ACTS_NEAR_OFFICES = [
    ("وأكدت وزيرة الخارجية أن بلادها تتعاون مع الأمم المتحدة في التحقيق.", "تتعاون", "COOPERATE"),
    ("وأعلن وزير الدفاع نزع سلاح الميليشيات في المنطقة خلال شهر.", "نزع", "RETREAT"),
    ("وقدمت وزارة الخارجية مساعدات عاجلة للمتضررين من الفيضانات.", "قدمت", "AID"),
]


@pytest.mark.parametrize("text,trigger,type_", ACTS_NEAR_OFFICES)
def test_an_act_of_an_office_stays(text, trigger, type_):
    assert type_ in _types(text, trigger)


# --- an existing agreement or truce held to ------------------------------------------------------

HELD = [
    ("وأكد الرئيس تمسك الحكومة الائتلافية باتفاق السلام الموقع قبل عشر سنوات.", "باتفاق", "AGREE"),
    ("وقال المتحدث إن الحركة ملتزمة بما ورد في الاتفاق مع الرئاسة.", "الاتفاق", "AGREE"),
    ("ودعا البيان إلى احترام اتفاق وقف إطلاق النار الموقع عام 1949.", "اتفاق", "AGREE"),
    ("وعين رئيس للسلطة الانتقالية تطبيقا لاتفاق السلام الموقع في العاصمة.", "لاتفاق", "AGREE"),
    ("وستشارك القوات الإيطالية شريطة أن تحترم الأطراف الهدنة.", "الهدنة", "CONCEDE"),
]


@pytest.mark.parametrize("text,trigger,type_", HELD)
def test_an_agreement_held_to_is_no_agreeing(text, trigger, type_):
    assert type_ not in _types(text, trigger)


AGREED = [
    ("وأعلن الطرفان التوصل إلى اتفاق لتبادل الأسرى بوساطة مصرية.", "اتفاق", "AGREE"),
    ("ووقعت الحكومة اتفاقا مع المتمردين في أبوجا الشهر الماضي.", "اتفاقا", "AGREE"),
    ("وأعلنت الفصائل هدنة لمدة أسبوع في المدينة.", "هدنة", "CONCEDE"),
]


@pytest.mark.parametrize("text,trigger,type_", AGREED)
def test_an_agreement_reached_stays(text, trigger, type_):
    assert type_ in _types(text, trigger)


# --- sanctions named as a state ------------------------------------------------------------------

UNDER = [
    ("ويخضع الاقتصاد المحلي، الذي يعتمد على تصدير النفط، لعقوبات دولية منذ سنوات.", "لعقوبات"),
    ("وقال الوزير إن البلاد تعيش في ظل عقوبات ظالمة منذ عقد.", "عقوبات"),
    ("ويعاني الشعب تحت وطأة العقوبات الاقتصادية.", "العقوبات"),
]


@pytest.mark.parametrize("text,trigger", UNDER)
def test_sanctions_as_a_state_are_no_sanction(text, trigger):
    assert "SANCTION" not in _types(text, trigger)


IMPOSED = [
    ("وفرض مجلس الأمن عقوبات جديدة على الحكومة أمس.", "فرض"),
    ("وأعلن الاتحاد الأوروبي عقوبات على عشرة مسؤولين في النظام.", "عقوبات"),
]


@pytest.mark.parametrize("text,trigger", IMPOSED)
def test_sanctions_imposed_stay(text, trigger):
    assert "SANCTION" in _types(text, trigger)


# --- a hedged act: «قد» + an imperfect verb ---------------------------------------------------------

HEDGED = [
    ("وقال دبلوماسيون إنه في مرحلة أولى قد تطال العقوبات تجميد الأصول في الخارج.", "العقوبات", "SANCTION"),
    ("ويرى خبراء أن البلاد تستطيع احتواء تبعات عقوبات اقتصادية قد تفرض عليها.", "عقوبات", "SANCTION"),
    ("وقال مسؤول إن الرئيس السابق قد يواجه حكما بالإعدام في القضية.", "حكما", "SANCTION"),
    ("وندرس تشكيل قوة قد تحصل على موافقة مجلس الأمن.", "موافقة", "AGREE"),
]


@pytest.mark.parametrize("text,trigger,type_", HEDGED)
def test_a_hedged_act_is_hypothetical(text, trigger, type_):
    assert _modality(text, trigger, type_) == "hypothetical"


NOT_HEDGED = [
    ("وقد فرض مجلس الأمن عقوبات جديدة على الحكومة.", "فرض", "SANCTION"),
    ("وقالت إن العقوبات الدولية قد أدت إلى ارتفاع الأسعار.", "العقوبات", "SANCTION"),
    ("وقد تمت الموافقة على القرار من قبل مجلس الوزراء.", "الموافقة", "AGREE"),
]


@pytest.mark.parametrize("text,trigger,type_", NOT_HEDGED)
def test_no_hedge_stays_asserted(text, trigger, type_):
    assert _modality(text, trigger, type_) == "asserted"


# --- an act a text provides for, a vote is held on or held necessary -----------------------------

PROVIDED = [
    ("وينص القرار على نشر قوة دولية قوامها عشرة آلاف جندي.", "نشر", "MOBILIZE", "future"),
    ("ووقع البلدان اتفاقا يقضي بسحب القوات الأجنبية من الإقليم.", "سحب", "RETREAT", "future"),
    ("وقبيل تصويت المجلس أمس على نشر قوة لحفظ السلام هاجمت الطائرات القرى.", "نشر", "MOBILIZE",
     "hypothetical"),
    ("وأكد النواب ضرورة نشر الجيش على الحدود الجنوبية.", "نشر", "MOBILIZE", "hypothetical"),
]


@pytest.mark.parametrize("text,trigger,type_,modality", PROVIDED)
def test_an_act_provided_for_voted_on_or_necessary(text, trigger, type_, modality):
    assert _modality(text, trigger, type_) == modality


DONE = [
    ("ونشر الجيش قواته على الحدود الجنوبية أمس.", "نشر", "MOBILIZE"),
    ("وقامت الشرطة بنشر قوات الطوارئ في القرية.", "نشر", "MOBILIZE"),
    ("وخرج المتظاهرون احتجاجا على نشر قوات أجنبية في البلاد.", "نشر", "MOBILIZE"),
]


@pytest.mark.parametrize("text,trigger,type_", DONE)
def test_an_act_done_stays_asserted(text, trigger, type_):
    assert _modality(text, trigger, type_) == "asserted"


# --- disarmament as a field ------------------------------------------------------------------------

FIELDS = [
    "وكانت الحرب حافزا لظهور مفاهيم \"الحد من الأسلحة\" و \"نزع السلاح\".",
    "وتنظر اللجنة في القرارات التي تتبناها الجمعية في قضايا معينة لنزع السلاح.",
    "ويتفاوض المؤتمر على معاهدات الحد من الأسلحة واتفاقيات نزع السلاح.",
]


@pytest.mark.parametrize("text", FIELDS)
def test_disarmament_as_a_field_is_no_act(text):
    assert _types(text, "نزع") == []


PARTY_DISARMED = [
    "ويريد التحالف تطبيق القرار بهدف نزع سلاح الميليشيات في الجنوب.",
    "وبدأت القوات الدولية نزع السلاح من المقاتلين في المنطقة العازلة.",
]


@pytest.mark.parametrize("text", PARTY_DISARMED)
def test_a_party_disarmed_stays(text):
    assert "RETREAT" in _types(text, "نزع")


# --- support or approval sought --------------------------------------------------------------------

def test_support_sought_is_hypothetical():
    text = "وجاب المرشح دول العالم منذ إعلان ترشحه لكسب التأييد لحملته."
    assert _modality(text, "التأييد", "SUPPORT") == "hypothetical"


def test_support_given_stays_asserted():
    text = "وأعلنت الحكومة تأييدها للمرشح الكوري الجنوبي لمنصب الأمين العام."
    assert _modality(text, "تأييدها", "SUPPORT") == "asserted"

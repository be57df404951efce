"""Modality of called-for acts, purposes and conditionals (docs/events.md, "Frame"; rules in
:mod:`khabar.extract.events.inherit`).

Sentences are written for these tests (not taken from the news day, the example article or
the dev gold); each family has positive and negative cases: the call itself, an act before
a purpose, a real past event inside a call's clause and «قال إن» stay asserted.
"""

import event_helpers
import pytest
from event_helpers import events_of, trigger_modality

from khabar.text.normalize import match_form

PUBLISHED = "2024-09-06"


pipe = event_helpers.frame_pipe


def _events(pipe, text):
    return events_of(pipe, text, published=PUBLISHED)


def _modality(pipe, text, trigger, type_=None):
    return trigger_modality(pipe, text, trigger, type_, PUBLISHED)


# ---------------------------------------------------------------- purposes
@pytest.mark.parametrize("text, trigger", [
    ("شكلت الحكومتان لجنة مشتركة من أجل ترتيب انسحاب القوات الأجنبية من الإقليم.", "انسحاب"),
    ("اجتمع القادة العسكريون أمس بغية تنظيم انسحاب القوات الأمريكية من المدينة.", "انسحاب"),
])
def test_purpose_through_an_arranging_masdar_is_future(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


@pytest.mark.parametrize("text, trigger", [
    ("ضغطت الأحزاب على البرلمان من أجل رفع الحظر عن الصحف المحلية.", "رفع"),
    ("أطلق ناشطون حملة تهدف إلى حجب المواقع الإباحية في البلاد.", "حجب"),
    ("تواصل الوزير مع الاتحادات المحلية من أجل الحصول على موافقة مبدئية على المشروع.", "موافقة"),
    ("سافر المبعوث إلى جنيف بغية إجراء محادثات مع ممثلي المعارضة.", "محادثات"),
    ("وصل الوسيط إلى المدينة قبل يومين لكي يلتقي قادة القبائل.", "يلتقي"),
    ("تحركت الوزارة سعيا إلى الإفراج عن الصيادين المحتجزين.", "الإفراج"),
    # the purpose ل on an execution masdar
    ("توجه وزير الخارجية إلى القاهرة لإجراء محادثات مع نظيره المصري.", "محادثات"),
    # striving for an act
    ("يسعى المبعوث الأممي للتوصل إلى اتفاق بين الأطراف المتنازعة.", "اتفاق"),
])
def test_purpose_complement_is_not_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    # the act done for a purpose is asserted; only the purpose's complement is not
    ("التقى الوزير نظيره الفرنسي في باريس من أجل بحث الأزمة.", "التقى"),
    ("أفرجت السلطات عن عشرة معتقلين من أجل تهدئة الشارع.", "أفرجت"),
    # a masdar that stops or reveals an act presupposes it (إيقاف التحقيق): no purpose reach
    ("صوت المجلس على قرار يهدف إلى إيقاف التحقيق مع رجال الأعمال.", "التحقيق"),
    # the subject of a striving verb is no purpose complement
    ("ويسعى الاتفاق الموقع أمس إلى منح الجيش دورا في حفظ الأمن.", "الاتفاق"),
])
def test_act_beside_a_purpose_stays_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


def test_postponing_is_no_purpose(pipe):
    # أجل "postponed" is no purpose: not hypothetical. Session 24 (evl24): the scheduled meeting («المقرر» right
    # after it) is an act to come — future, as a postponed act is (modality_frames.postponed)
    assert _modality(pipe, "أجلت اللجنة الاجتماع المقرر مع الوفد التركي.", "الاجتماع") == "future"


# ---------------------------------------------------------------- calls
@pytest.mark.parametrize("text, trigger", [
    ("دعا الأمين العام الحكومة والمعارضة إلى إجراء محادثات دون شروط.", "محادثات"),
    ("طالب أهالي القرية الجهات الحكومية المختصة بالإفراج عن أبنائهم.", "الإفراج"),
    ("حث الرئيس الحكومة على إطلاق محادثات مع النقابات.", "محادثات"),
    ("ناشدت المنظمة الدول المانحة تقديم مساعدات عاجلة للنازحين.", "مساعدات"),
    ("اقترح النائب أن يتم فرض عقوبات على الشركات المخالفة.", "فرض"),
    ("دعاهما البيان إلى وقف العنف والدخول في مفاوضات مباشرة.", "مفاوضات"),
    ("حثت واشنطن الطرفين على العودة إلى طاولة المفاوضات.", "المفاوضات"),
])
def test_called_for_act_is_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


@pytest.mark.parametrize("text, trigger, type_", [
    # the call itself is the reported event
    ("دعا الأمين العام الحكومة والمعارضة إلى إجراء محادثات دون شروط.", "دعا", "REQUEST"),
    ("طالب أهالي القرية الجهات الحكومية المختصة بالإفراج عن أبنائهم.", "طالب", "REQUEST"),
    # an accepted invitation reports the visit
    ("قال الوزير إنه تشرف بتلبية دعوة رئيس الهيئة لزيارة المركز واطلع على أعماله.", "زيارة", None),
    # the call's clause ends at the comma: the arrest after it is reported
    ("طالبت المنظمة بإطلاق سراح الصحفيين، واعتقلت الشرطة ثلاثة منهم أمس.", "اعتقلت", None),
    # a past event inside the call's complement, not its head
    ("دعت الأسرة إلى كشف ملابسات اغتيال ابنها الصحفي برصاص مسلحين أمس.", "اغتيال", "ASSAULT"),
    # a relative clause inside the call's reach describes what was done
    ("طالب المحتجون بمحاسبة الضابط الذي شارك في اعتقال الناشطين في الجامعة.", "اعتقال", "COERCE"),
    # الدعوة والإرشاد is preaching (a ministry's name), no call
    ("نظم فرع وزارة الشؤون الإسلامية والدعوة والإرشاد بالتعاون مع الجامعة دورة علمية للأئمة.",
     "التعاون", "COOPERATE"),
])
def test_call_and_reported_acts_stay_asserted(pipe, text, trigger, type_):
    evs = _events(pipe, text)
    found = [e.modality for e in evs if match_form(e.trigger.text) == match_form(trigger)
             and (type_ is None or e.type == type_)]
    assert not found or found[0] == "asserted"
    if type_ is not None or trigger in ("زيارة", "اعتقلت"):
        assert found, [(e.trigger.text, e.type) for e in evs]


# ---------------------------------------------------------------- conditionals
@pytest.mark.parametrize("text, trigger", [
    ("قال الوزير إنه في حال ثبت تورط الشركة في التهريب ستتم مصادرة أموالها.", "مصادرة"),
    ("وإذا ما ثبت تورط الموظف في الرشوة، فستفرض عليه عقوبات صارمة.", "تفرض"),
    ("إن تم التوصل إلى اتفاق، ستنسحب القوات من المدينة.", "اتفاق"),
    ("ستنسحب القوات من المدينة إذا تم التوصل إلى اتفاق.", "تنسحب"),
    ("لو انسحبت القوات من المدينة لانتهت الأزمة.", "انسحبت"),
    ("وفي حال رفضت الحكومة المطالب، سينفذ العمال إضرابا مفتوحا عن العمل.", "إضرابا"),
    # وإن before a verb: "even if"
    ("لن نتراجع عن مطالبنا وإن اعتقلت الشرطة قادتنا.", "اعتقلت"),
    # a long main clause before its condition
    ("وقال إن العقوبات الاقتصادية على البلاد ستعود بشكل أقوى من ذي قبل إذا ما ثبت خرق الاتفاق.",
     "العقوبات"),
])
def test_conditional_is_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    # «قال إن» is "that", no condition
    ("وقال المتحدث، إن مسلحين هاجموا نقطة تفتيش للجيش أمس.", "هاجموا"),
    # a perfect verb before a trailing condition is a report
    ("انسحبت القوات من المدينة أمس، وقال القائد إنها ستعود إذا هوجمت.", "انسحبت"),
    # «ما إذا» "whether": the investigated attack happened
    ("قتل خمسة جنود في هجوم على ثكنة للجيش، ولم يتضح ما إذا كان المهاجمون من التنظيم.", "قتل"),
    # a second clause after the main clause is no longer conditional
    ("إذا استمر القصف، سيغادر السكان المدينة، واعتقلت الشرطة أمس عشرة مشتبهين.", "اعتقلت"),
    # a long clause holding condition and main clause: the next clause is a report
    ("ثم إذا تمكنوا من الفرار تدبروا أمورهم مع قادة التنظيم في الخارج، آخرهم سجين أطلق سراحه أمس.",
     "أطلق"),
    # … and so is a clause opening with و after a short condition
    ("إذا استمر القصف، وقد أطلق المسلحون سراح الرهائن أمس.", "أطلق"),
    # ولو + a preposition is "even", no condition; a dash ends a clause
    ("أتابع الصحيفة ولو في السفر وقرأت صباح أمس خبر استقالة الوزير من منصبه.", "استقالة"),
    ("أتابع الصحيفة لو سمح الوقت - وقرأت صباح أمس خبر استقالة الوزير من منصبه.", "استقالة"),
    # a condition after و belongs to what follows it (session 7: «بما يتفق مع النظام», the
    # example here until then, is a conformity — "in accordance with" — and no AGREE any more)
    ("يتفق الطرفان على مراجعة العقد سنويا وإذا رأى أحدهما تعديله أن يطلب ذلك.", "يتفق"),
])
def test_report_beside_a_condition_stays_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


# ---------------------------------------------------------------- necessity
def test_obligation_to_cooperate_is_hypothetical(pipe):
    text = "وشدد الخطيب على وجوب التعاون مع الدولة في مواجهة الفكر المتطرف."
    assert _modality(pipe, text, "التعاون", "COOPERATE") == "hypothetical"


def test_significance_of_a_scheduled_meeting_keeps_it_planned(pipe):
    # أهمية is no necessity: the meeting is scheduled (future, hence AGREE by the PLOVER rule)
    text = "وتأتي أهمية اللقاء الذي يعقد غدا بين الوزيرين في أنه يسبق القمة."
    assert _modality(pipe, text, "اللقاء") == "future"

"""Session 4 type families: gathering nouns as protests, literal triggers written as finite
verbs, and type precision of the 14 other types (generic law, agreements as things).

Sentences are written for these tests (not taken from the dev gold or the news day).
"""

import event_helpers
import pytest
from event_helpers import events_of

from khabar.extract.events.triggers import lexicon

pipe = event_helpers.events_pipe
text_pipe = event_helpers.text_pipe


def _candidates(text_pipe, text, type_):
    toks = text_pipe.analyze(text).tokens
    return [(toks[c.start].text, c) for c in lexicon().find(toks) if c.type == type_]


# --- 1. the verbal noun of a gathering, with a rally collocate -------------------------

GATHERING_YES = [
    "أبلغ الوزير السفير استياء الحكومة لقيام مجموعة من المتظاهرين أمس بالتجمع أمام مقر السفارة.",
    "نظم مئات الطلاب تجمعا احتجاجيا أمام وزارة التربية أمس رفضا لقرار الوزير.",
    "شارك آلاف المتظاهرين في تجمعات حاشدة في ساحة التحرير أمس.",
]
GATHERING_NO = [
    "فاز التجمع الوطني الديمقراطي بعشرين مقعدا في الانتخابات.",  # a party
    "تعاني التجمعات السكانية في الريف من نقص المياه.",  # settlements
    "تجمع المياه أمام المنازل بعد الأمطار الغزيرة.",  # no protest cue
    "نظم الحزب تجمعا انتخابيا في المدينة أمس.",  # no rally collocate, no protest cue
]


@pytest.mark.parametrize("text", GATHERING_YES)
def test_gathering_noun_is_a_protest(pipe, text):
    assert [e.mode for e in events_of(pipe, text, "PROTEST")] == ["demo"]


@pytest.mark.parametrize("text", GATHERING_NO)
def test_gathering_noun_without_rally_is_none(pipe, text):
    assert events_of(pipe, text, "PROTEST") == []


# --- 2. literal trigger rows written as finite verbs are verbs ---------------------------

FINITE = [
    ("وأدانت الحكومة الأردنية الهجوم على السفارة.", "ACCUSE"),
    ("يدين الاتحاد الأوروبي الاعتداء على الصحافيين.", "ACCUSE"),
    ("وعدوا السكان بإصلاح الطريق قبل الشتاء.", "AGREE"),
    ("صادرت الشرطة أسلحة من منزل المتهم أمس.", "COERCE"),
    ("عذبوا المعتقلين في السجن طوال شهرين.", "ASSAULT"),
    ("أضرب عمال المصنع عن العمل أمس احتجاجا على تأخر رواتبهم.", "PROTEST"),
    ("اعتدى مجهولون على حارس المدرسة أمس.", "ASSAULT"),
]
NOT_FINITE = [
    ("أكد الوزير أن الوعد قائم.", "AGREE", "الوعد"),  # no finite form matched at all
    ("جاء التقرير بعد إدانة المجلس للهجوم.", "ACCUSE", "إدانة"),  # a verbal noun
    ("لم تفِ الحكومة بما وعد به الوزير.", "AGREE", "وعد"),  # bare perfect: ambiguous, stays a noun
]


@pytest.mark.parametrize(("text", "type_"), FINITE)
def test_finite_literal_form_is_verbal(text_pipe, text, type_):
    found = [c for w, c in _candidates(text_pipe, text, type_) if w == text.split()[0]]
    assert found and all(c.verbal for c in found)


@pytest.mark.parametrize(("text", "type_", "word"), NOT_FINITE)
def test_noun_literal_form_is_not_verbal(text_pipe, text, type_, word):
    assert not any(c.verbal for w, c in _candidates(text_pipe, text, type_) if word in w)


# --- 3. type precision of the 14 other types -------------------------------------------

# generic legal talk of penalties: a kind, law talk, whoever does something
PENALTY_LAW = [
    "وتوقع المحاكم العقوبات الشرعية الرادعة على من يثبت تورطه في هذا الفعل.",
    "أكد المحامي ضرورة تغليظ العقوبات على المتحرشين.",
    "وينص النظام على العقوبات المحددة لهذه المخالفات.",
    "وتطبق العقوبات على كل من يخالف التعليمات.",
]
PENALTY_EVENT = [
    "فرضت الولايات المتحدة عقوبات جديدة على شركات روسية.",
    "وطبق المفتشون العقوبات المنصوص عليها في النظام في حق المنشآت المخالفة أمس.",
    "أعلن الاتحاد الأوروبي عقوبات اقتصادية على إيران أمس.",
]


@pytest.mark.parametrize("text", PENALTY_LAW)
def test_penalties_in_law_are_no_sanction(pipe, text):
    assert events_of(pipe, text, "SANCTION") == []


@pytest.mark.parametrize("text", PENALTY_EVENT)
def test_imposed_sanctions_stay(pipe, text):
    assert len(events_of(pipe, text, "SANCTION")) == 1


# an agreement referred to as a thing; the act of agreeing stays
AGREEMENT_THING = [
    "يناضل معارضو الاتفاق لحشد أغلبية في الكونغرس.",
    "وبدأ تنفيذ المرحلة الأولى من الاتفاق أمس.",
    "أرسلت واشنطن مقاتلات بموجب اتفاق مع تركيا.",
    "أمام الكونغرس شهر لمراجعة بنود الاتفاق.",
    "وقال إن هذا الاتفاق سيمنح الشركات فرصا جديدة.",
]
AGREEING = [
    "تم الاتفاق مع شركة معادن على مد أنبوب جديد.",
    "أعلن الوزير الاتفاق على تشكيل لجنة مشتركة.",
    "فشل المجتمع الدولي في الاتفاق حول رئيس جديد للبنان.",
    "وقع الاتحاد الأوروبي وسويسرا اتفاقا رئيسيا في مايو.",
    "توصلت الحكومة السودانية والمعارضة إلى اتفاق سياسي أمس.",
    "ويمنح الاتفاق النووي المبرم أمس الجيش دورا أكبر.",
]


@pytest.mark.parametrize("text", AGREEMENT_THING)
def test_agreement_as_a_thing_is_no_agree(pipe, text):
    assert events_of(pipe, text, "AGREE") == []


@pytest.mark.parametrize("text", AGREEING)
def test_agreeing_stays(pipe, text):
    assert len(events_of(pipe, text, "AGREE")) == 1


# nouns in ة spelt with ه that are other words: sources, an assistant, demands
HA_OTHER = [
    ("تسهم السياحة في تنويع مصادره وإيجاد فرص عمل.", "COERCE"),
    ("قالت الشرطة إن مساعده نقل الأموال إلى الخارج أمس.", "AID"),
    ("رفض الشباب تلبية مطالبه الباغية.", "REQUEST"),
]
HA_EVENT = [
    ("تمت مصادرة جميع المضبوطات في المستودع أمس.", "COERCE"),
    ("وصلت شحنة معونة غذائية إلى اللاجئين أمس.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), HA_OTHER)
def test_ha_homograph_is_no_trigger(pipe, text, type_):
    assert events_of(pipe, text, type_) == []


@pytest.mark.parametrize(("text", "type_"), HA_EVENT)
def test_ta_marbuta_noun_stays(pipe, text, type_):
    assert len(events_of(pipe, text, type_)) == 1


# signing: an agreement, not a player's contract, a document or a medical exam
SIGNING_OTHER = [
    "أعلنت إدارة النادي توقيع عقد يمتد لموسمين مع اللاعب الكويتي.",
    "رفضت القنصلية توقيع عقود تأشيرات العمالة المنزلية أمس.",
    "وبتوقيع الكشف الطبي عليه تبين أنه مصاب بالحمى.",
]
SIGNING = [
    "جرى أمس توقيع مذكرات تفاهم مع الشركة المصرية القابضة للكهرباء.",
    "وافق المجلس على التباحث في شأن اتفاقية عامة للتعاون بين البلدين والتوقيع عليها.",
]


@pytest.mark.parametrize("text", SIGNING_OTHER)
def test_signing_without_an_agreement_is_no_support(pipe, text):
    assert events_of(pipe, text, "SUPPORT") == []


@pytest.mark.parametrize("text", SIGNING)
def test_signing_an_agreement_stays(pipe, text):
    assert len(events_of(pipe, text, "SUPPORT")) == 1


# دان ل "owe", دان ب "profess"; a scholarship or a prize is no aid; a student after a number
OTHER_SENSES = [
    ("يدين أبناؤها لها بالفضل في كل ما يملكونه.", "ACCUSE"),
    ("يدين معظم سكان الجزيرة بالإسلام منذ قرون.", "ACCUSE"),
    ("أعلنت السفارة أسماء ثمانية طلاب فازوا بمنحة للسفر إلى نيوزيلندا.", "AID"),
    ("حصل الطالب على منحة دراسية من الجامعة الأمريكية.", "AID"),
    ("حصل عشرون طالبا على جوائز التفوق.", "REQUEST"),
]
SAME_WORDS_EVENTS = [
    ("يدين الاتحاد الأوروبي الاعتداء على الصحافيين.", "ACCUSE"),
    ("قدم البنك الدولي منحة بقيمة عشرة ملايين دولار لليمن أمس.", "AID"),
    ("طالب عشرون نائبا الحكومة بالاستقالة.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "type_"), OTHER_SENSES)
def test_other_sense_is_no_event(pipe, text, type_):
    assert events_of(pipe, text, type_) == []


@pytest.mark.parametrize(("text", "type_"), SAME_WORDS_EVENTS)
def test_event_sense_stays(pipe, text, type_):
    assert len(events_of(pipe, text, type_)) == 1


# a private visit, a truce or ceasefire as a thing, a student, blocking the way
MORE_OTHER = [
    ("تسمح الإدارة بالزيارات العائلية للسجناء مرة كل أسبوع.", "CONSULT"),
    ("وخرقت الميليشيات الهدنة مرة أخرى أمس.", "CONCEDE"),
    ("تتولى اللجنة مراقبة وقف إطلاق النار في المدينة.", "RETREAT"),
    ("قال طالب جامعي إن الامتحانات صعبة.", "REQUEST"),
    ("كانت سيارة مجهولة تعترض طريق القافلة.", "REJECT"),
]
MORE_EVENTS = [
    ("وصل الرئيس الفرنسي إلى بيروت في زيارة رسمية استمرت يومين.", "CONSULT"),
    ("أعلن الطرفان هدنة لمدة ثلاثة أيام.", "CONCEDE"),
    ("أعلن الجيش وقف إطلاق النار في المدينة أمس.", "RETREAT"),
    ("طالب البرلمان الحكومة بتقديم تقرير عن الأوضاع.", "REQUEST"),
    ("اعترضت الحكومة على قرار المحكمة.", "REJECT"),
]


@pytest.mark.parametrize(("text", "type_"), MORE_OTHER)
def test_more_other_senses(pipe, text, type_):
    assert events_of(pipe, text, type_) == []


@pytest.mark.parametrize(("text", "type_"), MORE_EVENTS)
def test_more_event_senses_stay(pipe, text, type_):
    assert len(events_of(pipe, text, type_)) == 1


# sightseeing and venues are no meetings; a dignitary's visit and a reception stay
SIGHTSEEING = [
    "وأشار إلى أن مهرجان عنيزة يزوره يوميا أكثر من 270 زائرا.",
    "يعشق الصحراء كل من زارها من الرحالة.",
    "فيما استقبل ميناء الملك عبدالله أكثر من مليون طن.",
]
MEETING_VISITS = [
    "زار وزير الخارجية الأردني دمشق أمس.",
    "استقبل الأمير فيصل في مكتبه أمس نائب وزير الصحة.",
]


@pytest.mark.parametrize("text", SIGHTSEEING)
def test_sightseeing_is_no_consult(pipe, text):
    assert events_of(pipe, text, "CONSULT") == []


@pytest.mark.parametrize("text", MEETING_VISITS)
def test_visits_and_receptions_stay(pipe, text):
    assert len(events_of(pipe, text, "CONSULT")) == 1

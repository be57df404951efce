"""Session 15 (evt15): sense families of the 14 audited types on sentences written for these tests —
each with cases where the event goes and cases where it stays: an assistant's title (no aid), a
columnist's farewell (no meeting), a call to applicants (an administrative notice), notarised documents
with a bracketed number, «حقق» "achieve" resumed by its object pronoun, «وعدة»/«وعدت إلى» (no promise).
"""

import pytest
from event_helpers import events_of, rule_pipeline


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


# --- an assistant's title: no aid --------------------------------------------------------------

TITLES = [
    "ووجهت مساعدة مدير التعليم بالرس فوزية الرميح كلمة للمعلمات في الرياض.",
    "كما تحدثت مساعدة الرئيس للأمن الداخلي ليزا موناكو مع مستشار الرئيس الأفغاني في كابل.",
    "وحضر اللقاء مساعد المدير العام لشؤون تعليم البنين ومساعدة المدير العام لشؤون تعليم البنات في جدة.",
]


@pytest.mark.parametrize("text", TITLES)
def test_assistant_title_is_no_aid(text):
    assert "AID" not in _types(text)
    assert "AGREE" not in _types(text)


AID_KEPT = [
    "وطلبت الحكومة اليابانية مساعدة الرئيس الفلسطيني في إعادة الإعمار بعد الحرب.",
    "وتمكنت القوات من تحرير المدينة بمساعدة الرئيس اليمني والتحالف العربي.",
    "وطلب الوزير مساعدة الوزير السعودي في إيصال المساعدات إلى عدن.",
]


@pytest.mark.parametrize("text", AID_KEPT)
def test_aid_of_a_titled_person_stays(text):
    assert "AID" in _types(text)


# --- a columnist's farewell: no meeting ------------------------------------------------------------

FAREWELLS = [
    "في اللقاء القادم أكمل معك - عزيزي القارئ - ملف المتقاعدين، فإلى اللقاء.",
    "هذا ما لدي عن أزمة الإسكان في الرياض، وإلى اللقاء.",
    "وفي اللقاء المقبل نكمل معكم قراءة تقرير الوزارة عن البطالة.",
]


@pytest.mark.parametrize("text", FAREWELLS)
def test_farewell_is_no_meeting(text):
    assert "CONSULT" not in _types(text)
    assert "AGREE" not in _types(text)


MEETINGS = [
    "وتطرق الوزير إلى اللقاء الذي جمع الرئيسين في القاهرة أمس.",
    "وسيعقد اللقاء المقبل بين وزيري خارجية البلدين في الرياض الأسبوع القادم.",
    "وأشار المتحدث إلى اللقاء، وقال إنه بحث التعاون بين البلدين.",
]


@pytest.mark.parametrize("text", MEETINGS)
def test_meeting_stays(text):
    assert {"CONSULT", "AGREE"} & set(_types(text))


# --- a call addressed to applicants: an administrative notice ------------------------------------

NOTICES = [
    "دعت وزارة الخدمة المدنية أسماء (2199) من المتقدمين والمتقدمات على الوظائف الصحية.",
    "ودعت مشرفة البرنامج نجلاء المطيري الشركات الراغبة في تقديم طلباتها الوظيفية إلى سرعة المبادرة.",
    "وطلبت الوزارة من المعلنة أسماؤهم من المتقدمين مراجعة فروعها في الموعد المحدد.",
    "ودعت الأمانة الراغبين في شغل هذه الوظائف إلى التقديم عليها من خلال موقعها.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_call_to_applicants_is_no_request(text):
    assert "REQUEST" not in _types(text)


CALLS = [
    "ودعا الرئيس المعارضة إلى الحوار مع الحكومة في صنعاء.",
    "وحثت اللجنة كافة المواطنين على المشاركة الفعالة في الانتخابات البلدية.",
    "وطلبت الشرطة من المواطنين الإبلاغ عن أي مشتبه به في الحادث.",
]


@pytest.mark.parametrize("text", CALLS)
def test_call_to_parties_and_the_public_stays(text):
    assert "REQUEST" in _types(text)


# --- notarised documents: no ratification, also with a number in brackets -----------------------

def test_notarised_documents_with_a_bracketed_number():
    assert "SUPPORT" not in _types("صادقت وزارة العدل على (41389) وثيقة في مختلف فروع الوزارة.")
    assert "SUPPORT" not in _types("صادقت وزارة العدل على 41389 وثيقة في مختلف فروع الوزارة.")


def test_ratification_stays():
    assert "SUPPORT" in _types("صادق البرلمان العراقي على الاتفاقية الأمنية مع الولايات المتحدة.")
    assert "SUPPORT" in _types("وصادق مجلس النواب على الاتفاق (المؤلف من 20 بندا) في جلسته أمس.")


# --- «حقق» "achieve": what is achieved before it, resumed by its object pronoun ---------------------

ACHIEVED = [
    "وإن الانتصارات التي حققتها القوات المسلحة في المنطقة العسكرية الرابعة مقدمة للتحرير.",
    "وسيطر رجال القبائل على المناطق في أحدث مكاسب يحققونها في الشمال بمساندة التحالف.",
    "وترجع أهمية أبحاثه إلى النتائج التي حققها حول البكتيريا الخارقة.",
]


@pytest.mark.parametrize("text", ACHIEVED)
def test_achieving_is_no_inquiry(text):
    assert "ACCUSE" not in _types(text)


INQUIRIES = [
    "وقال إن الشرطة تحقق في مقتل طالب سعودي في ولاية كنساس.",
    "وأكدت النيابة أنها تحقق مع أطراف القضية في جدة.",
    "وقال الوزير إن النتائج أظهرت أن الهيئة تحقق في المخالفات.",
]


@pytest.mark.parametrize("text", INQUIRIES)
def test_inquiry_stays(text):
    assert "ACCUSE" in _types(text)


# --- «وعدة» (and several) and «وعدت إلى» (and I returned): no promise ------------------------------

NO_PROMISE = [
    "ثم عشت في اليابان لفترة وعدت إلى نيويورك وبدأت التمثيل سنة 1994.",
    "وجرى حرق مكاتب للسجل المدني وعدة مقار تخص توثيق المواليد في ليبيا.",
    "وأصبح ملف الإسكان صداعا مزمنا لمختلف الأسر وعدة وزارات وهيئات حكومية في المملكة.",
]


@pytest.mark.parametrize("text", NO_PROMISE)
def test_several_and_returned_are_no_promise(text):
    assert "AGREE" not in _types(text)


PROMISES = [
    "فيما وعدت السلطات الصحية الأردنية بالعمل على دراسة الطلب.",
    "وقد وعد الوزير المواطنين بتقديم المساعدات قريبا.",
    "ووعدت الحكومة اليمنية بإعادة النازحين إلى ديارهم.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_promise_stays(text):
    assert "AGREE" in _types(text)

"""Session 8 type families of the 14 audited types: prayers, a court upholding a ruling, an
honour granted, a situation that endangers, achievements, people trapped in accidents, visits
to camps, committees named for relief, «المساعدة على» as an adjective, an agreement's expiry, and
hopes and needs as hypothetical.

Sentences are written for these tests (not taken from the dev gold or the news day); each
family has sentences where the event must go and sentences where it must stay.
"""

import event_helpers
import pytest
from event_helpers import events_of

pipe = event_helpers.rules_pipe


# --- no event: each sentence uses a trigger word of the type in another sense ------------

GONE = [
    # prayers: God as the subject, a verb joined to God's, an act asked of God
    ("SUPPORT", "نسأل الله أن يحفظ البلاد وأن يديم على قادتها الصحة، أعزهم الله وأيدهم بنصره."),
    ("SUPPORT", "وختم الخطيب كلمته قائلا: أيد الله ولاة أمرنا بالحق."),
    ("RETREAT", "وقال أحد أقاربه: نسأل الله أن يفرج عنه كربته وأن يرحمه."),
    ("REQUEST", "ودعت الجمعية الخيرية الله عز وجل أن يتغمد الفقيد بواسع رحمته."),
    ("REQUEST", "ودعا إمام المسجد في خطبته الله تعالى أن يحفظ الوطن من كل سوء."),
    ("AID", "اللهم أعن إخواننا المحتاجين وقدم لهم المساعدات من حيث لا يحتسبون."),
    # a court upholding a ruling
    ("SUPPORT", "وأيدت محكمة الاستئناف الحكم الصادر بسجن المتهم خمس سنوات."),
    ("SUPPORT", "وصدر الحكم الابتدائي في العام الماضي ثم تم تأييده من قبل محكمة التمييز."),
    # an honour or a status granted
    ("AID", "ومنحته الأمم المتحدة وسام الشرف تقديرا لجهوده."),
    ("AID", "ومنحتهم وزارة الداخلية الجنسية السعودية بعد سنوات من الإقامة."),
    # a situation that endangers
    ("THREATEN", "يهدد النقص الحاد في المياه المحاصيل الزراعية في المنطقة."),
    ("THREATEN", "وقال الخبراء إن الجفاف يهدد ملايين المزارعين في القارة."),
    ("THREATEN", "ويهدد التصحر الأراضي الزراعية في الجنوب منذ عقود."),
    # achieving, no inquiry
    ("ACCUSE", "ولم تحقق الشركة أرباحا في الربع الثاني مع تراجع الطلب."),
    ("ACCUSE", "وحققت الشركة مكاسب في السوق الآسيوية."),
    # people trapped
    ("COERCE", "وباشرت فرق الدفاع المدني حالتي احتجاز في مصعد بأحد المباني التجارية."),
    ("COERCE", "وأسفر حادث انقلاب الحافلة عن احتجاز ثلاثة ركاب داخلها قبل إنقاذهم."),
    # visiting a camp
    ("CONSULT", "وقال قائد المنطقة خلال زيارة هي الأولى له لمعسكر القوات في الشمال إن المعنويات عالية."),
    # a committee named for relief or cooperation
    ("AID", "وأعلنت اللجنة العليا للإغاثة عن افتتاح مقرها الجديد في العاصمة."),
    ("COOPERATE", "وعقدت اللجنة الوطنية للتعاون الدولي اجتماعها الأول أمس."),
    # after the fresh sample: a cause, an interview, the refugees' plight, a market's withdrawal
    ("REQUEST", "وهذا ما دعاها إلى السفر إلى الخارج."),
    ("REQUEST", "وتراجعت الإيرادات، وهو ما دعا الحكومة إلى خفض الإنفاق."),
    ("CONSULT", "وقال الوزير خلال لقاء مع قناة إخبارية أمس إن الحكومة ستخفض الضرائب."),
    ("CONSULT", "وأكد وزير الخارجية في حوار مع صحيفة الحياة أن بلاده ترفض التدخل."),
    ("AID", "وتعاني الأسر السورية من قسوة ظروف اللجوء في المخيمات."),
    ("RETREAT", "وينتظر المستثمرون الانسحاب التدريجي للاحتياطي الفيدرالي من برنامج شراء السندات."),
    # helpful, no aid
    ("AID", "وأقرت الحكومة مجموعة من القوانين المساعدة على تنفيذ خطة تقديم الخدمات للمواطنين."),
]


@pytest.mark.parametrize("type_,text", GONE)
def test_other_senses_code_no_event(pipe, type_, text):
    assert events_of(pipe, text, type_) == []


# --- the event stays: the same words reporting acts of the type --------------------------

STAYS = [
    ("SUPPORT", "وأيدت الحكومة قرار مجلس الأمن بفرض حظر على الأسلحة."),
    ("SUPPORT", "وأعلن الحزب تأييده لمرشح المعارضة في الانتخابات المقبلة."),
    ("REQUEST", "ودعا الأمين العام الأطراف المتنازعة إلى ضبط النفس."),
    ("REQUEST", "ودعت الوزارة المواطنين إلى الإبلاغ عن المخالفات، والله الموفق."),
    ("RETREAT", "وأفرجت السلطات عن عشرين معتقلا أمس."),
    ("AID", "وقدمت المملكة مساعدات إنسانية عاجلة للاجئين في المخيمات."),
    ("THREATEN", "وهدد زعيم الجماعة المسلحة بتفجير الجسر إذا تقدمت القوات."),
    ("ACCUSE", "وتحقق الشرطة في ملابسات الحادث مع شهود العيان."),
    ("ACCUSE", "وحقق الأمن العام في ملابسات الحادث أمس."),
    ("COERCE", "وأعلنت الشرطة احتجاز ثلاثة مشتبه بهم في قضية الاحتيال."),
    ("CONSULT", "وبدأ الرئيس الفرنسي زيارة رسمية إلى الرياض يلتقي خلالها كبار المسؤولين."),
    ("CONSULT", "وعقد الرئيس لقاء مع رئيس الوزراء الإيطالي في روما أمس."),
    ("REQUEST", "ودعا الرئيس الحكومة إلى خفض الإنفاق."),
    ("RETREAT", "وأعلن الجيش انسحاب قواته من المدينة أمس."),
    ("AID", "وطلب خمسة لاجئين اللجوء في ألمانيا الشهر الماضي."),
    ("COOPERATE", "وأكد الوزيران استمرار التعاون بين البلدين في مكافحة الإرهاب."),
    ("AID", "وطالبت المنظمة بتقديم المساعدة للنازحين في الشمال."),
    ("AID", "وقدمت اللجنة مساعدات غذائية للأسر المتضررة من السيول."),
    ("COOPERATE", "وسعت اللجنة للتعاون مع الجهات الحكومية في توزيع المساعدات أمس."),
]


@pytest.mark.parametrize("type_,text", STAYS)
def test_the_reported_acts_stay(pipe, type_, text):
    assert events_of(pipe, text, type_), text


def test_an_expired_agreement_is_no_new_agreeing(pipe):
    gone = "وحتى ينقضي اتفاق بعدم المنافسة مع الشركة الأمريكية لا يمكنه العودة."
    assert events_of(pipe, gone, "AGREE") == []
    stays = "وتوصلت الشركتان إلى اتفاق بعدم المنافسة في السوق المحلية."
    assert events_of(pipe, stays, "AGREE")


# --- hopes and needs: the act is not (yet) done ------------------------------------------

HOPED = [
    ("AID", "وأعرب الوزير عن أمله في انتهاء القتال في القريب العاجل وتأمين دخول المساعدات الإنسانية."),
    ("CONSULT", "وبررت الدول طلبها بالحاجة لإجراء مزيد من المشاورات قبل التوقيع."),
    ("AID", "وقالت المنظمة إن مليوني شخص بحاجة إلى مساعدات غذائية عاجلة."),
]


@pytest.mark.parametrize("type_,text", HOPED)
def test_hoped_or_needed_acts_are_hypothetical(pipe, type_, text):
    evs = events_of(pipe, text, type_)
    assert evs, text
    assert all(e.modality == "hypothetical" for e in evs), [(e.trigger.text, e.modality) for e in evs]


ASSERTED = [
    ("AID", "ووصلت المساعدات الإنسانية إلى المدينة أمس بعد أسابيع من الحصار."),
    ("CONSULT", "وأجرى الوزيران مشاورات مطولة في الرياض أمس."),
]


@pytest.mark.parametrize("type_,text", ASSERTED)
def test_reported_acts_stay_asserted(pipe, type_, text):
    evs = events_of(pipe, text, type_)
    assert evs and all(e.modality == "asserted" for e in evs), text


# --- regressions of the hope and agreement word classes ---------------------------------

STILL_ASSERTED = [
    ("COERCE", "وألقت الجهات الأمنية القبض على عشرين مخالفا لنظام الإقامة."),
    ("AID", "ووزعت الجمعية على الأسر المحتاجة مساعدات غذائية أمس."),
    ("AGREE", "وانتهى الاجتماع بالاتفاق بين الحكومة والمعارضة على تشكيل لجنة مشتركة."),
]


@pytest.mark.parametrize("type_,text", STILL_ASSERTED)
def test_security_needy_and_concluded_talks_stay_asserted(pipe, type_, text):
    evs = events_of(pipe, text, type_)
    assert evs and all(e.modality == "asserted" for e in evs), text


# --- a sports report: club business is no political event --------------------------------

SPORTS_REPORT = (
    "فاز الفريق الأول بكأس البطولة بعد مباراة صعبة أمام منافسه. "
    "وأشاد المدرب بأداء اللاعبين في الشوط الثاني. "
    "وعقد رئيس النادي اجتماعا مع أعضاء الإدارة لبحث ملف التعاقدات الجديدة."
)
CULTURE_REPORT = (
    "افتتح النادي الأدبي موسمه الثقافي بأمسية شعرية. "
    "وعقد رئيس النادي اجتماعا مع أعضاء الإدارة لبحث ملف التعاقدات الجديدة."
)


def test_club_meetings_in_a_sports_report_are_no_consult(pipe):
    assert events_of(pipe, SPORTS_REPORT, "CONSULT") == []


def test_the_same_meeting_outside_sports_stays(pipe):
    assert events_of(pipe, CULTURE_REPORT, "CONSULT")


# --- warrants and orders: the act is not done yet ----------------------------------------

def test_an_arrest_warrant_is_no_arrest_yet(pipe):
    evs = events_of(pipe, "وأصدرت النيابة أوامر اعتقال بحق خمسة من المشتبه بهم.", "COERCE")
    assert evs and all(e.modality == "hypothetical" for e in evs)
    evs = events_of(pipe, "ونفذت الشرطة حملة اعتقال واسعة في الحي أمس.", "COERCE")
    assert evs and all(e.modality == "asserted" for e in evs)


# --- «غير أن» is "however"; an act given up is negated ----------------------------------

def test_however_is_no_negation(pipe):
    evs = events_of(pipe, "ودعا الوفد الرئيس إلى التنحي، غير أنه رفض ذلك بشدة.", "REJECT")
    assert evs and all(e.modality == "asserted" for e in evs)
    evs = events_of(pipe, "وقال إن الحكومة غير مستعدة للتعاون مع المعارضة.", "COOPERATE")
    assert evs and all(e.modality == "negated" for e in evs)


GIVEN_UP = [
    ("RETREAT", "وأشاح رئيس الوزراء عن فكرة الاستقالة بعد لقائه قادة الأحزاب."),
    ("RETREAT", "وتراجع الوزير عن قرار الاستقالة تحت ضغط النواب."),
    ("SUPPORT", "وعدلت الحكومة عن تأييد المشروع بعد احتجاج النقابات."),
]


@pytest.mark.parametrize("type_,text", GIVEN_UP)
def test_an_act_given_up_is_negated(pipe, type_, text):
    evs = events_of(pipe, text, type_)
    assert evs and all(e.modality == "negated" for e in evs), [(e.trigger.text, e.modality) for e in evs]


def test_an_act_reported_after_a_retreat_stays(pipe):
    evs = events_of(pipe, "وتراجعت الحكومة عن قرارها، وقدم الوزير استقالته أمس.", "RETREAT")
    assert evs and all(e.modality == "asserted" for e in evs)

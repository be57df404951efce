"""Session 10 type and modality families of the 14 audited types: back-references, deserved
praise, the plight of exile, counted and field visits, papers discussed, private, service and
statement phone calls, things alike (يتفق في), a long astronomy sentence; negators with و/ف, the
relative «ما», «لم … إلا/سوى», a negator's own verb; directives, opportunities and questions.

Sentences are written for these tests (not taken from the dev gold or the news day); each
family has sentences where the event must go (or change) and sentences where it must stay.
"""

import event_helpers
import pytest
from event_helpers import events_of, modalities

pipe = event_helpers.rules_pipe


# --- no event: the trigger word names no new act of its type ------------------------------

GONE = [
    # a demonstrative before a definite event noun refers back to an act already reported
    ("AGREE", "وقال المتحدث إن هذه الموافقة تأتي في إطار دعم القطاع الخاص."),
    ("CONSULT", "وتأتي هذه الزيارة في إطار تعزيز العلاقات بين البلدين."),
    ("AID", "وأوضح أن هذه المساعدات تصل تباعا إلى المحافظات الجنوبية."),
    # praise deserved, nobody praising
    ("SUPPORT", "وقدم الفريق الطبي جهودا تستحق الإشادة خلال موسم الحج."),
    # the hardships of exile
    ("AID", "ويعاني الأطفال من ويلات اللجوء وقسوة الشتاء في المخيمات."),
    # visits counted in a statistic or made by field workers
    ("CONSULT", "وبلغ عدد الزيارات المنزلية التي نفذها الفريق خمسة آلاف زيارة."),
    ("CONSULT", "ونفذ المراقبون 1200 زيارة للمحلات التجارية في المحافظة."),
    ("CONSULT", "وقام مفتشو البلدية بزيارات ميدانية للمطاعم في وسط المدينة."),
    # a paper or a thesis discussed
    ("CONSULT", "وفي الجلسة الثانية قدم الباحث ورقة عن التعليم عن بعد وناقشها عدد من الأكاديميين."),
    ("CONSULT", "وناقش الطالب رسالة الماجستير في كلية الآداب أمس."),
    # a private call, a service number, the channel of a statement
    ("CONSULT", "وقال إنه اتصل هاتفيا بشقيقه فور وصوله إلى المطار."),
    ("CONSULT", "ويمكن للمستفيدين الاتصال على الرقم المجاني للاستفسار عن الخدمة."),
    ("CONSULT", "وقال المدير في اتصال هاتفي إن العمل في المشروع سيبدأ الأسبوع المقبل."),
    # things or views alike: «يتفق في» with nothing agreed on
    ("AGREE", "وتتفق أغلب هذه النباتات في حاجتها الدائمة إلى الماء."),
    # an astronomy word far before the visit in a long sentence
    ("CONSULT", "ويقول علماء الفلك إن هذا المذنب الذي رصده أحد الهواة قبل قرن ونصف من الزمان وأطلق "
                "عليه اسم مكتشفه سوف يزور الأرض مرة أخرى."),
]


@pytest.mark.parametrize("type_,text", GONE)
def test_no_new_act_of_the_type(pipe, type_, text):
    assert events_of(pipe, text, type_) == []


STAYS = [
    ("AGREE", "واتفق الطرفان في ختام المحادثات على تبادل الأسرى."),
    ("CONSULT", "ووصل وزير الخارجية الألماني إلى عمان في زيارة رسمية تستغرق يومين."),
    ("CONSULT", "وأجرى الوزير 3 زيارات إلى دول الخليج خلال الشهر الماضي."),
    ("CONSULT", "وناقش الوزيران الأوضاع في اليمن خلال لقائهما في جدة."),
    ("CONSULT", "وبحث الرئيس في اتصال هاتفي مع نظيره التركي تطورات الأوضاع."),
    ("CONSULT", "وقال الرئيس في اتصال هاتفي مع نظيره الفرنسي إن الحل قريب."),
    ("SUPPORT", "وأشاد الوزير بجهود الدفاع المدني في موسم الأمطار."),
    ("AID", "ومنحت السويد اللجوء لمئات السوريين العام الماضي."),
    ("COOPERATE", "ونظمت الجمعية الندوة، وذلك بالتعاون مع الغرفة التجارية."),
    ("AID", "وقدمت المملكة هذه المساعدات للشعب اليمني عبر مركز الإغاثة."),
]


@pytest.mark.parametrize("type_,text", STAYS)
def test_the_reported_acts_stay(pipe, type_, text):
    assert events_of(pipe, text, type_), text


# --- negation -----------------------------------------------------------------------------

NEGATED = [
    # لم، لن، لا with و/ف (three letters, left whole by the clitic analysis)
    ("REJECT", "ولم يرفض الوزير المقترح الأمريكي."),
    ("RETREAT", "فلن تنسحب القوات من المدينة قبل نهاية العام."),
    ("ACCUSE", "ولا يتهم التقرير أي جهة بالمسؤولية عن الحادث."),
]


@pytest.mark.parametrize("type_,text", NEGATED)
def test_negators_with_a_conjunction(pipe, type_, text):
    assert modalities(pipe, text, type_) == ["negated"]


NOT_NEGATED = [
    # the relative «ما» after a demonstrative or a pronoun
    ("REQUEST", "وهذا ما يطالب به أهالي الحي منذ سنوات."),
    ("REJECT", "وهو ما رفضته الحكومة في بيانها الأخير."),
    # «لم … إلا/سوى» restricts: the act took place
    ("REJECT", "ولم يرفض البرلمان سوى قانونين خلال الدورة."),
    # the negator governs its own verb, not the next one joined by و
    ("REQUEST", "ولن نسكت ونطالب بمحاسبة المسؤولين عن الإهمال."),
]


@pytest.mark.parametrize("type_,text", NOT_NEGATED)
def test_what_is_not_negated(pipe, type_, text):
    assert "negated" not in modalities(pipe, text, type_), text


# --- directives, opportunities and questions: no act done yet ------------------------------

HYPOTHETICAL = [
    ("RETREAT", "وأمر الرئيس بالإفراج عن المعتقلين السياسيين."),
    ("AID", "ووجه الملك بتقديم مساعدات عاجلة للمتضررين من السيول."),
    ("SUPPORT", "وفوض مجلس الوزراء وزير المالية بالتوقيع على الاتفاقية."),
    ("COOPERATE", "وتتيح الأزمة فرصا جديدة للتعاون بين البلدين."),
    ("CONSULT", "ورفض المتحدث الرد على سؤال حول عقد اجتماع طارئ للجامعة العربية."),
    # a verbal noun prescribed as the remedy
    ("RETREAT", "وقال المحلل إن نزع سلاح الميليشيات هو الضمان الوحيد للاستقرار."),
]


@pytest.mark.parametrize("type_,text", HYPOTHETICAL)
def test_directed_possible_or_asked_acts_are_hypothetical(pipe, type_, text):
    assert modalities(pipe, text, type_) == ["hypothetical"], text


ASSERTED = [
    # a directive cited as carried out, or the act done at someone's direction
    ("AID", "وتأتي القافلة إنفاذا لتوجيهات خادم الحرمين الشريفين بتقديم مساعدات عاجلة للشعب اليمني."),
    ("AID", "وبتوجيه من أمير المنطقة قدمت الجمعية مساعدات للأسر المتضررة."),
    # an inquiry is opened by ordering it
    ("ACCUSE", "ووجه المحافظ بفتح تحقيق عاجل في أسباب الحريق."),
    # «أمر» as "a matter" is no order
    ("AID", "وقدمت الجمعية مساعدات للأسر، وهو أمر يتعلق بتقديم العون للمحتاجين."),
    # an opportunity seized reports the act
    ("CONSULT", "واغتنم الرئيس فرصة وجوده في الرياض للقاء الملك."),
    # a copula after the act that names no remedy
    ("RETREAT", "وقال إن انسحاب القوات من المدينة هو ما أنهى الأزمة."),
]


@pytest.mark.parametrize("type_,text", ASSERTED)
def test_done_acts_stay_asserted(pipe, type_, text):
    assert all(m == "asserted" for m in modalities(pipe, text, type_)), text


# --- a weekday before the dateline is past: the act is reported, not planned ---------------

def test_a_weekday_around_the_dateline(pipe):
    doc = pipe.analyze("وقال الوزير للصحفيين قبيل بدء المحادثات الخميس إن الأجواء إيجابية.",
                       published="2015-08-10")
    assert [(e.type, e.modality) for e in doc.events] == [("CONSULT", "asserted")]
    doc = pipe.analyze("وتنطلق المحادثات الخميس المقبل في جنيف.", published="2015-08-10")
    assert [(e.type, e.modality) for e in doc.events] == [("AGREE", "future")]


def test_a_completed_act_is_not_planned_by_a_later_hearing(pipe):
    day = "2015-08-10"
    assert modalities(pipe, "وتعقد المحكمة الأسبوع القادم جلسة للنظر في الاتهامات المرفوعة ضد مسؤول سابق.",
                      "ACCUSE", day) == ["asserted"]
    assert modalities(pipe, "وتعقد المحكمة الأسبوع القادم جلسة للنظر في اتهامات ضد مسؤول سابق.",
                      "ACCUSE", day) == ["future"]


# --- ASSAULT/PROTEST triggers and modes (misses sent by ev-ap10's audit) --------------------

def test_a_first_person_object_on_a_gathering_verb_is_no_protest(pipe):
    assert events_of(pipe, "وهي من المناسبات التي تجمعني بزملاء الدراسة كل عام.", "PROTEST") == []
    assert events_of(pipe, "وتجمع مئات المتظاهرين أمام مقر الحكومة احتجاجا على الغلاء.", "PROTEST")


def test_shows_and_parades_are_no_protest(pipe):
    assert events_of(pipe, "وتنظم الغرفة التجارية تظاهرة اقتصادية كبرى الشهر المقبل.", "PROTEST") == []
    assert events_of(pipe, "وشارك الشاعر في مسيرة الفرسان ضمن فعاليات المهرجان.", "PROTEST") == []
    assert events_of(pipe, "وخرجت مسيرة حاشدة في وسط المدينة تنديدا بالاعتداء.", "PROTEST")


def test_a_purpose_of_protest_joins_the_protest(pipe):
    evs = events_of(pipe, "وتظاهر آلاف المواطنين في العاصمة، للاحتجاج على الفساد.", "PROTEST")
    assert len(evs) == 1 and evs[0].trigger.text == "تظاهر"


def test_tear_gas_is_crowd_control(pipe):
    # the mode is the rules' business: session 24's filter drops this one-noun report (p 0.31 < 0.40)
    evs = events_of(event_helpers.rules_only(), "وأطلقت الشرطة قنابل مسيلة للدموع على المتظاهرين.", "ASSAULT")
    assert evs and all(e.mode == "crowd-control" for e in evs)
    evs = events_of(pipe, "وأطلقت الشرطة الرصاص الحي والغاز المسيل للدموع على المتظاهرين.", "ASSAULT")
    assert evs and evs[0].mode == "firearms"
    evs = events_of(pipe, "وقصفت القوات الحكومية البلدة بغاز السارين.", "ASSAULT")
    assert evs and evs[0].mode == "unconventional"


# --- attempts and rumours (decisions checked this session) ----------------------------------

def test_an_attempted_assassination_stays_an_attack(pipe):
    # PLOVER ASSAULT is a deliberate action that could cause substantial harm: an attempt is one
    # (as the dev gold codes it); an attempted act of the 14 types stays hypothetical (session 9)
    evs = events_of(pipe, "وقال إن مسلحين حاولوا اغتيال الوزير أمس.", "ASSAULT")
    assert evs and all(e.modality == "asserted" for e in evs)
    evs = events_of(pipe, "وحاول الجيش الانسحاب من المدينة لكنه فشل.", "RETREAT")
    assert evs and all(e.modality == "hypothetical" for e in evs)


def test_rumours_and_unconfirmed_reports_are_hedged(pipe):
    for type_, text in (("RETREAT", "وترددت أنباء عن استقالة وزير المالية."),
                        ("RETREAT", "وأفادت تقارير غير مؤكدة بأن الجيش انسحب من المدينة.")):
        evs = events_of(pipe, text, type_)
        assert evs and all(e.hedged for e in evs), text
    evs = events_of(pipe, "وانسحب الجيش من المدينة أمس.", "RETREAT")
    assert evs and not any(e.hedged for e in evs)


# --- second round (families read in the fresh sample, so not measured blind) ----------------

def test_insisted_and_owed_acts_are_hypothetical(pipe):
    for text in ("ويصر الدائنون على تعاون جيد من جانب الحكومة.",
                 "وقال إنه على الجميع التعاون مع الأجهزة الأمنية."):
        assert modalities(pipe, text, "COOPERATE") == ["hypothetical"], text
    # «على صعيد» is "on the level of", no obligation
    assert modalities(pipe, "وأكد أنه على صعيد التعاون بين البلدين تحققت خطوات كبيرة.",
                       "COOPERATE") == ["asserted"]


def test_interviews_and_matches_are_no_meetings(pipe):
    assert events_of(pipe, "ويضفي الوزير شيئا من المرح على لقاءاته الإعلامية.", "CONSULT") == []
    assert events_of(pipe, "ولذا فننتظر لقاء تنافسيا في كل الجوانب.", "CONSULT") == []
    assert events_of(pipe, "وعقد الوزير لقاء موسعا مع رؤساء البلديات.", "CONSULT")

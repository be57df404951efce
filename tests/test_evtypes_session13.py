"""Session 13 (evt13) type and modality families of the 14 audited types, on sentences written for
these tests (each family with cases where the event goes or changes and cases where it stays):
«طالب» the student, «إدانة» after a word of proof, visits by the public, relations, fields and values
named by an act, the generic second person, the writer's relatives; obligations, wishes, pressing, the complement of a future
verb, postponement under a farther denial, a «، وذلك …» clause dated by the clause before.
"""

import pytest
from event_helpers import events_of, modalities, rule_pipeline, trigger_modality

DAY = "2015-08-10"  # a Monday

# --- no event: the trigger word names no act of its type ----------------------------------

GONE = [
    # «طالب» the noun: after a preposition or «بن», before an indefinite demonym
    ("REQUEST", "لقي طالب سعودي مبتعث مصرعه في حادث مروري."),
    ("REQUEST", "وكتب المغردون عن طالب مصري فاز بجائزة دولية."),
    ("REQUEST", "وهنأ الملحق الثقافي الدكتور عبدالعزيز بن طالب الفائزين."),
    # «إدانة» after a word of proof: being found guilty
    ("ACCUSE", "وأكد الوزير أنه سيحاسب من تثبت إدانته بهذه المخالفة."),
    ("ACCUSE", "ويغلق المحل المخالف مدة سنة بعد ثبوت الإدانة."),
    # a visit by the public: an errand
    ("CONSULT", "ودعت الجمعية الراغبين في التطوع إلى زيارة مقرها في حي الملز."),
    ("CONSULT", "ودعا النادي المهتمين إلى زيارة مقره في جدة."),
    # a relation, a principle or a value named by the act
    ("COOPERATE", "وجرى خلال الاجتماع بحث علاقات التعاون بين البلدين."),
    ("COOPERATE", "واستعرض الجانبان روابط التعاون الثنائي في المجالات العسكرية."),
    ("COOPERATE", "ويتناول الكتاب فقه التعاون الدولي في الإسلام."),
    ("COOPERATE", "وتحدث الخطيب عن تربية الشباب على التعاون والتسامح."),
    # the generic second person of a columnist
    ("REJECT", "أنت ترفض العنصرية بمقارنة عنصرية وبأدوات عنصرية!"),
    # second round: the writer's relative as the subject (a private anecdote)
    ("ACCUSE", "ابنة أختي عمرها 9 سنوات انتقدت الفيلم."),
    ("REJECT", "وقال لي صديقي إنه رفض العرض."),
    # second round: fields and aspects blocked like relations (were hypothetical)
    ("COOPERATE", "وبحث الجانبان مجالات التعاون التي أعلن عنها في القمة."),
    # third round (read in the fresh sample): resorting to, a match, a shared view, one's own
    # resignation applied for
    ("AID", "لا بد من النظر في الأسباب دون اللجوء مباشرة للتشهير بالتاجر."),
    ("AID", "وقال إن القاضي اضطر إلى اللجوء لهذه العقوبة."),
    ("CONSULT", "ويستعد الهلال بقيادة مدربه لخوض اللقاء وسط غيابات."),
    ("SUPPORT", "ويؤيد هذه الرؤية عضو جمعية الاقتصاد عصام خليفة."),
    ("SUPPORT", "وأيد الرأي القائل بارتفاع الأسعار عدد من الخبراء."),
    ("REQUEST", "وتقدم عضو مجلس الإدارة بطلب استقالته من منصبه."),
]


@pytest.mark.parametrize("type_,text", GONE)
def test_no_act_of_the_type(type_, text):
    assert events_of(rule_pipeline(), text, type_) == []


STAYS = [
    ("REQUEST", "وطالب المواطن علي الزهراني الجهات الحكومية بفرض عقوبات رادعة."),
    ("REQUEST", "طالب رئيس مجلس النواب الحكومة بتقديم استقالتها."),
    ("ACCUSE", "وأعلن الوزير إدانته الشديدة للهجوم على السفارة."),
    ("ACCUSE", "وأدانت وزارة الخارجية الهجوم الإرهابي على المسجد."),
    ("CONSULT", "وزار وزير الخارجية مقر الأمم المتحدة والتقى الأمين العام."),
    ("CONSULT", "ودعا الرئيس نظيره الفرنسي إلى زيارة الرياض."),
    ("COOPERATE", "وتعاونت الشرطة السعودية مع الإنتربول في القبض على المتهم."),
    ("REJECT", "ورفضت الحكومة المقترح الذي قدمته المعارضة."),
    ("ACCUSE", "وانتقد وزير الخارجية الفيلم المسيء."),
    ("COOPERATE", "وتعاون البلدان في مجال مكافحة الإرهاب."),
    ("AID", "ومنحت ألمانيا اللجوء لآلاف السوريين."),
    ("CONSULT", "وعقد الوزير لقاء مع نظيره الأردني."),
    ("SUPPORT", "وأيد البرلمان قرار الحكومة بإرسال قوات."),
    ("REQUEST", "وطلب الرئيس استقالته من منصبه."),
]


@pytest.mark.parametrize("type_,text", STAYS)
def test_the_act_stays(type_, text):
    assert events_of(rule_pipeline(), text, type_)


# --- modality -----------------------------------------------------------------------------

HYPOTHETICAL = [
    # an obligation or a requirement
    ("COOPERATE", "ويتعين على الحكومة التعاون مع المنظمات الدولية."),
    ("REJECT", "وقال إنه لا بد من رفض أي زيادة في الأسعار."),
    ("SUPPORT", "وأوضح أن الاتفاق ما زال مطلوبا مصادقة البرلمان عليه."),
    # a wish reaches over its clause
    ("COOPERATE", "وقال: لدينا رغبة كبيرة في استمرار التبادل والتعاون مع الجامعة."),
    # pressing asks for the act like a call
    ("REJECT", "وستنقل المنظمة أعضاءها إلى واشنطن للضغط على أعضاء الكونغرس لرفض الاتفاق."),
]


@pytest.mark.parametrize("type_,text", HYPOTHETICAL)
def test_hypothetical(type_, text):
    assert modalities(rule_pipeline(), text, type_) == ["hypothetical"]


ASSERTED = [
    ("COOPERATE", "وتعاونت الحكومة مع المنظمات الدولية في إغاثة المتضررين."),
    ("REJECT", "ورفض أعضاء الكونغرس الاتفاق رغم الضغوط التي مورست عليهم."),
    ("REQUEST", "وطالب الزوار بتمديد ساعات العمل في المتحف."),
    # «وسيطرت» is the verb سيطر (took control), no future prefix before a ب-complement
    ("AID", "وسيطرت القوات الحكومية على البلدة بمساعدة التحالف الدولي."),
]


@pytest.mark.parametrize("type_,text", ASSERTED)
def test_asserted(type_, text):
    assert modalities(rule_pipeline(), text, type_) == ["asserted"]


def test_the_complement_of_a_future_verb_is_to_come():
    pipe = rule_pipeline()
    assert trigger_modality(pipe, "وقال النائب: سأصوت بنعم على اقتراع برفضه.", "رفضه") == "future"
    # a planned cooperation is an AGREE (the codebook's rule for future cooperation)
    assert trigger_modality(pipe, "وستقام الأمسية بالتعاون مع جمعية الفلك.", "التعاون", "AGREE") == "future"
    assert trigger_modality(pipe, "وأقيمت الأمسية بالتعاون مع جمعية الفلك.", "التعاون", "COOPERATE") \
        == "asserted"


def test_no_future_verb_reaches_past_a_refusal():
    assert trigger_modality(rule_pipeline(), "وقال: سأظل متمسكا بموقفي الرافض للمفاوضات.", "للمفاوضات",
                            "CONSULT") == "negated"


def test_a_postponed_act_is_to_come_under_a_farther_denial():
    pipe = rule_pipeline()
    text = "نافيا بروز خلافات أدت الى تأجيل التوقيع عليه، ورجح أن تتم هذه الخطوة قريبا."
    assert trigger_modality(pipe, text, "التوقيع عليه") == "future"
    assert trigger_modality(pipe, "ونفى الوزير توقيع الاتفاقية مع الشركة.", "توقيع") == "negated"


def test_a_wadhalika_clause_is_dated_by_the_clause_before():
    pipe = rule_pipeline()
    planned = ("تنظم الجمعية مساء يوم السبت المقبل أمسية فوتوغرافية لرصد الظواهر الفلكية، "
               "وذلك بالتعاون مع الجمعية العربية للنيازك.")
    assert trigger_modality(pipe, planned, "التعاون", "AGREE", published=DAY) == "future"
    held = ("نظمت الجمعية مساء يوم السبت الماضي أمسية فوتوغرافية لرصد الظواهر الفلكية، "
            "وذلك بالتعاون مع الجمعية العربية للنيازك.")
    assert trigger_modality(pipe, held, "التعاون", "COOPERATE", published=DAY) == "asserted"
    reason = ("ومددت الجمعية المسابقة إلى يوم السبت المقبل، وذلك لوجود مطالبات كثيرة بتمديدها.")
    assert trigger_modality(pipe, reason, "مطالبات", "REQUEST", published=DAY) == "asserted"


def test_the_student_is_no_call_word():
    """«طالب» as the student noun (trigger_senses.student_at) is no demand: the death after it is
    reported, not demanded; the verb «طالب» still makes what it demands hypothetical."""
    pipe = rule_pipeline()
    assert trigger_modality(pipe, "لقي طالب سعودي مبتعث مصرعه برصاص مسلح داخل الحرم الجامعي.",
                            "مصرعه", "ASSAULT") == "asserted"
    assert trigger_modality(pipe, "وطالب المحتجون بإطلاق سراح المعتقلين.", "إطلاق",
                            "RETREAT") == "hypothetical"

"""Session 13, second round (evt13b): families of the 14 audited types on sentences written for these
tests — each with cases where the event goes or changes and cases where it stays: a sentence that
names no party at all (a columnist's generic, literary or private line) and the article's own
meeting told before; a question; an act in force since a past date; an intention over its clause;
a draft agreement.
"""

import pytest
from event_helpers import events_of, modalities, rule_pipeline, trigger_modality

# --- a sentence that names no party, place, time or report: no act ------------------------

GENERIC = [
    ("CONSULT", "بل إن عبقريته كانت صارخة لا تناقش ولا ترد."),
    ("SUPPORT", "متى ما أتيت أدخلك ورحب بك!"),
    ("REJECT", "الرفض جزء من حياة الكاتب."),
    ("REQUEST", "وكأنك تطلب من عاجز أن يصف الخيال.."),
    ("CONSULT", "في اللقاء القادم أكمل معك تناول هذا الملف."),
    ("COERCE", "حين داهمتني الحروف"),
]


@pytest.mark.parametrize("type_,text", GENERIC)
def test_a_sentence_naming_no_party_has_no_act(type_, text):
    assert events_of(rule_pipeline(), text, type_) == []


NAMED = [
    # a title, an organisation noun, a country, a date, a number or a reporting verb is enough
    ("REJECT", "ورفض الوزير العرض."),
    ("CONSULT", "وناقشت اللجنة الملف."),
    ("CONSULT", "وناقشت مصر الملف."),
    ("CONSULT", "وناقشت الولايات المتحدة الملف."),
    ("REQUEST", "وطلب أمس عقد جلسة طارئة."),
    ("REJECT", "وأكد رفضه للعرض."),
    ("REQUEST", "ودعا 12 نائبا إلى عقد جلسة طارئة."),
    # a named person of the actor lexicon
    ("THREATEN", "وهدد بن لادن في تسجيل صوتي بشن هجمات جديدة."),
    # the article's own meeting, named in an earlier sentence
    ("CONSULT", "وجرى خلال الاجتماع مناقشة آخر المستجدات."),
    ("CONSULT", "جانب من اللقاء"),
]


@pytest.mark.parametrize("type_,text", NAMED)
def test_a_named_party_or_the_articles_meeting_keeps_the_act(type_, text):
    assert len(events_of(rule_pipeline(), text, type_)) == 1


def test_assault_and_protest_are_not_read_for_parties():
    """The dev-gold types keep their measured rules: a bare sentence keeps its attack."""
    assert len(events_of(rule_pipeline(), "وأطلق النار عليه فقتله.", "ASSAULT")) == 2


# --- modality ---------------------------------------------------------------------------------

def test_an_act_in_a_question_is_hypothetical():
    pipe = rule_pipeline()
    text = "ومن يضمن أن يسمح لرئيس الوزراء العراقي بتشكيل حكومته، أو من خلال فيتو إيراني؟"
    assert trigger_modality(pipe, text, "فيتو") == "hypothetical"
    assert modalities(pipe, "فأين يلتقي الوزير نظيره الإيراني؟", "CONSULT") == ["hypothetical"]


def test_no_question_reaches_a_statement_before_its_own_clause():
    pipe = rule_pipeline()
    assert modalities(pipe, "والتقى الوزير نظيره الإيراني أمس، فهل يتغير شيء؟", "CONSULT") == ["asserted"]
    assert modalities(pipe, "والتقى الوزير نظيره الإيراني أمس. فما الذي تغير؟", "CONSULT") == ["asserted"]
    # a negative question asserts: «ألم …؟» "did they not"
    assert modalities(pipe, "ألم يلتق الوزير نظيره الإيراني أمس؟", "CONSULT") != ["hypothetical"]


def test_an_agreement_in_force_since_a_past_date_is_no_plan():
    pipe = rule_pipeline()
    text = "وأكد رئيس الجامعة أن هناك اتفاقية للتعاون المشترك مع الجامعة منذ عام 2009."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "للتعاون"] == ["asserted"]
    # without «منذ» the agreement noun still plans the cooperation
    text = "وأكد رئيس الجامعة أن هناك اتفاقية للتعاون المشترك مع الجامعة."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "للتعاون"] == ["future"]


def test_an_intention_reaches_its_whole_clause():
    pipe = rule_pipeline()
    text = ("واطلع الأمين العام على الخطط التي ينوي رئيس جهاز الشرطة الخليجية المقدم مبارك "
            "تنفيذها بالتعاون مع الأجهزة الأمنية.")
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "التعاون"] == ["future"]
    # no intention: the cooperation is told; a denied intention is no plan either
    text = "ونفذ رئيس جهاز الشرطة الخليجية المقدم مبارك الخطط بالتعاون مع الأجهزة الأمنية."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "التعاون"] == ["asserted"]
    text = "وقال إن رئيس جهاز الشرطة لا ينوي في هذه المرحلة تنفيذ الخطط بالتعاون مع الأجهزة."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "التعاون"] != ["future"]


def test_a_draft_agreement_is_to_come():
    pipe = rule_pipeline()
    text = "ووافق مجلس الوزراء على التباحث في شأن مشروع اتفاقية عامة للتعاون بين المملكة وفرنسا."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "للتعاون"] == ["future"]
    text = "ووقع وزير الخارجية اتفاقية عامة للتعاون بين المملكة وفرنسا."
    assert [e.modality for e in events_of(pipe, text) if e.trigger.text == "للتعاون"] != ["future"]


# --- «لجوء» with its subject before «إلى»: resorting, no asylum (after the third sample) ------

RESORTING = [
    "واعتبر الخبير لجوء مؤسسة النقد إلى تنفيذ أي إجراء مثل هذا عائدا إلى أسباب اقتصادية.",
    "ولا يمكن لرئيس الوزراء تجنب الغضب باللجوء بسرعة إلى الانتخابات.",
]


@pytest.mark.parametrize("text", RESORTING)
def test_resorting_with_its_subject_before_ila_is_no_asylum(text):
    assert events_of(rule_pipeline(), text, "AID") == []


@pytest.mark.parametrize("text", [
    "ومنحت ألمانيا اللجوء لآلاف السوريين الفارين إلى أوروبا.",
    "ومنحت السويد اللجوء السياسي للمعارض الإيراني.",
])
def test_asylum_granted_stays(text):
    assert len(events_of(rule_pipeline(), text, "AID")) == 1

"""Session 14 (evt14): families of the 14 audited types on sentences written for these tests —
each with cases where the event goes or changes and cases where it stays: a standing rule's text
(a legal power, a procedure, a requirement, a legal text as subject), an act told of a class,
other senses (the seeker «طالب الخدمة», an interception «تعترض طائرة»), a requested or referred
act, an «until» clause, a past anchor, a failed act, an act about to be done; and the backward
clause walk's two stricter modes.
"""

import pytest
from event_helpers import events_of, rule_pipeline, trigger_modality

from khabar.extract.events.walk import words_back
from khabar.pipeline import Pipeline


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events_of(rule_pipeline(), text)
            if e.type not in ("ASSAULT", "PROTEST")]


# --- a standing rule's text: no act -------------------------------------------------------------

RULES = [
    ("REQUEST", "وقال الوزير إنه يجوز لمالك العقار إعادة طلب التثمين في حال التأخير."),
    ("REQUEST", "وأوضح المتحدث أن من حق صاحب التعويض المطالبة بإعادة التثمين."),
    ("ACCUSE", "وقال المتحدث إنه يحق للقاضي أن يعيد التحقيق مع أطراف القضية."),
    ("COERCE", "وقال الوزير إن الشرطة تتعامل مع المخالفين بمصادرة بضائعهم."),
    ("AGREE", "وقال الوزير إن زيادة الرسوم لا تتم إلا بموافقة لجنة الوزارة."),
    ("REQUEST", "ويدعو ميثاق المؤسسة المسلمين إلى اتخاذ موقف ضد الأصوليين."),
    ("REQUEST", "وقال الوزير إن القانون يطالب الشركات بالإفصاح عن أرباحها."),
]


@pytest.mark.parametrize("type_,text", RULES)
def test_a_rules_text_tells_no_act(type_, text):
    assert [t for t, _ in _types(text) if t == type_] == []


ACTS = [
    # a past restriction reports the act; a statement (no legal text) calls; the police deal
    # with a case by a verb of their own
    ("AGREE", "وقال الوزير إن الزيادة لم تتم إلا بموافقة لجنة الوزارة."),
    ("REQUEST", "ودعا البيان الأطراف إلى الحوار."),
    ("COERCE", "وقال المتحدث إن الشرطة صادرت البضائع بعد التعامل مع البلاغ."),
    ("REQUEST", "وطالب الوزير الشركات بالتعامل مع المخالفين بحزم."),
    ("REQUEST", "وقال الوزير إن النظام يطالب المعارضة بالاستسلام."),
]


@pytest.mark.parametrize("type_,text", ACTS)
def test_an_act_outside_a_rules_text_stays(type_, text):
    assert [t for t, _ in _types(text) if t == type_] == [type_]


# --- an act told of a class: no act -------------------------------------------------------------

CLASS = [
    ("REQUEST", "وأكد الوزير أن المنظمات التي تدعو إلى حقوق الصحافة صامتة."),
    ("SUPPORT", "وقال الوزير إن الدول الغربية التي تدعم الإرهاب ستدفع الثمن."),
    ("REQUEST", "وحذر الوزير من الأصوات التي تحث على كراهية المسلمين."),
    ("ACCUSE", "وقال الوزير إن المهم تجريم أي طرف يعمل على اتهامهم."),
]


@pytest.mark.parametrize("type_,text", CLASS)
def test_an_act_told_of_a_class_is_no_act(type_, text):
    assert [t for t, _ in _types(text) if t == type_] == []


PARTIES = [
    # a perfect verb reports what the class did; a named antecedent; a negated act of the
    # situation; «أي أن» is "that is"
    ("SUPPORT", "وقال الوزير إن الدول التي وقعت على الاتفاقية ستلتزم بها."),
    ("CONSULT", "واستقبل الأمير نائب وزير الصحة الذي يزور المنطقة حاليا."),
    ("AID", "وقال الوزير إنه لم تقدم أي دولة مساعدات للاجئين."),
    ("REJECT", "وأكد الوزير أي أن الحكومة رفضت العرض."),
]


PARTIES += [
    # the act reached through a preposition of «أي»'s noun is real
    ("CONSULT", "وتتحفظ كل الأطراف على تقديم أي معلومات عن فحوى المناقشات التي تجري هناك."),
]


@pytest.mark.parametrize("type_,text", PARTIES)
def test_an_act_of_a_party_stays(type_, text):
    assert type_ in [t for t, _ in _types(text)]


def test_the_visit_of_a_named_guest_stays():
    assert ("CONSULT", "يزور") in _types("واستقبل الأمير نائب وزير الصحة الذي يزور المنطقة حاليا.")


# --- other senses ---------------------------------------------------------------------------------

def test_the_seeker_of_a_service_is_no_demand():
    assert _types("وقال الوزير إنه يعطى طالب الخدمة فرصة واحدة فقط.") == []
    assert _types("وقال الوزير إن طالب العفو يجب أن يعتذر.") == []
    assert _types("وطالب الوزير بالعفو عن المعتقلين.") == [("REQUEST", "طالب")]


def test_an_interception_or_an_obstacle_is_no_objection():
    assert _types("وقالت الإذاعة إن إسرائيل تعترض طائرة لبنانية.") == []
    assert _types("وقال الوزير إن المشروع يعترضه الكثير من المعوقات.") == []
    assert _types("واعترض الوزير على قرار المحكمة.") == [("REJECT", "اعترض")]


def test_a_courts_conviction_is_no_condemnation():
    assert _types("وأصدرت المحكمة الجزائية حكماً ابتدائياً يقضي بإدانة مواطن بالتستر على أحد المقاتلين.") == []
    assert _types("وكانت محكمة استئناف طهران أكدت إدانته بتهمتين.") == []
    assert _types("وحكم على التاجر بالإدانة قبل استكمال التحقيق.") == []
    assert _types("وأدانت المحكمة المتهم بالتزوير.") == []


def test_a_condemnation_near_a_court_word_stays():
    assert _types("وأدانت الحكومة الهجوم على السفارة.") == [("ACCUSE", "أدانت")]
    # the court after the condemnation is what is condemned
    assert ("ACCUSE", "إدانته") in _types("وعبر الوزير عن إدانته الشديدة لحكم المحكمة.")
    assert ("ACCUSE", "إدانته") in _types("وأعرب الاتحاد عن أسفه وإدانته الشديدة للحادث الإرهابي.")


# --- modality -------------------------------------------------------------------------------------

def test_a_requested_or_referred_act_is_hypothetical():
    pipe = rule_pipeline()
    text = "وقال الأعرجي: «إنني أول مسؤول يطلب من هيئة النزاهة التحقيق معه في تهم فساد»."
    assert trigger_modality(pipe, text, "التحقيق") == "hypothetical"
    text = "وأشار البيان إلى الطلب من مجلس الوزراء الموافقة على القرارات."
    assert trigger_modality(pipe, text, "الموافقة") == "hypothetical"
    text = "وقال المتحدث إنه تم إيقافه وإحالة الأوراق إلى النيابة للتحقيق معه."
    assert trigger_modality(pipe, text, "للتحقيق") == "hypothetical"


def test_an_inquiry_neither_asked_nor_referred_stays_asserted():
    pipe = rule_pipeline()
    assert trigger_modality(pipe, "وقال المتحدث إن الشرطة بدأت التحقيق معه أمس.", "التحقيق") == "asserted"
    text = "وقال المتحدث إن النيابة باشرت التحقيق مع المتهم بعد طلب من الأسرة."
    assert trigger_modality(pipe, text, "التحقيق") == "asserted"


def test_an_until_clause_is_not_asserted():
    pipe = rule_pipeline()
    text = "وقضت المحكمة بتأجيل تنفيذ الحكم حتى بلوغ القاصرين رشدهم ومطالبتهم بتنفيذه."
    assert trigger_modality(pipe, text, "مطالبتهم") == "future"
    text = "وقال المتحدث إن الوفد سيبقى في القاهرة حتى يتفق الطرفان."
    assert trigger_modality(pipe, text, "يتفق") == "hypothetical"


def test_a_past_until_keeps_its_tense():
    pipe = rule_pipeline()
    assert trigger_modality(pipe, "وكان الصحفي حتى اعتقاله مراسلا للصحيفة في طهران.", "اعتقاله") == "asserted"


def test_a_past_anchor_is_no_plan():
    pipe = rule_pipeline()
    text = "وسوف يعاد تشغيل المفاعل بعد عام تقريبا من موافقة الجهات المنظمة على استئناف التشغيل."
    assert trigger_modality(pipe, text, "موافقة") == "asserted"
    # without the period the act is no anchor: the plan noun's future stays
    text = "وقال الوزير إن خطة الانسحاب ستنفذ بعد الاتفاق."
    assert trigger_modality(pipe, text, "الانسحاب") == "future"


def test_a_failed_or_impossible_act_is_negated():
    pipe = rule_pipeline()
    text = "وقال المتحدث إن الشرطة لم تستطع القبض عليه منذ ثلاث سنوات."
    assert trigger_modality(pipe, text, "القبض") == "negated"
    text = "وقال المتحدث إن المجلس فشل في الحصول على الموافقة على المشروع."
    assert trigger_modality(pipe, text, "الموافقة") == "negated"


def test_an_act_done_or_restricted_stays_asserted():
    pipe = rule_pipeline()
    text = "ولكن الوزارة الآن في عامها الرابع، ولم تتمكن حتى من الإيفاء بوعد العام الأول."
    assert trigger_modality(pipe, text, "وعد") == "asserted"  # the promise was made
    text = "وأكدت أن فشل الاجتماع الثالث مع المالكي دفع الوفد إلى المغادرة."
    assert trigger_modality(pipe, text, "الاجتماع") == "asserted"  # the meeting was held
    text = "وقال المتحدث إن الشرطة تمكنت من القبض على الجاني."
    assert trigger_modality(pipe, text, "القبض") == "asserted"
    text = "وقال المتحدث إن الشرطة لا تتمكن من مصادرة أكثر من مليون لتر."
    assert trigger_modality(pipe, text, "مصادرة") == "asserted"


def test_an_act_about_to_be_done_is_future():
    pipe = rule_pipeline()
    text = "وقال الوزير إن اليونان توشك على إبرام اتفاق مع المقرضين."
    assert trigger_modality(pipe, text, "اتفاق") == "future"
    text = "وقال الوزير إن اليونان أبرمت اتفاقا مع المقرضين."
    assert trigger_modality(pipe, text, "اتفاقا") == "asserted"


# --- the clause walk ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tokens():
    return Pipeline(["text"]).analyze("قال الوزير، في 2015 إنه رفض").tokens


def test_the_walk_steps_over_punctuation_unless_told(tokens):
    last = len(tokens) - 1
    assert [tokens[j].text for j in words_back(tokens, last, 10)] == ["إنه", "2015", "في", "الوزير", "قال"]
    assert [tokens[j].text for j in words_back(tokens, last, 10, ("،",))] == ["إنه", "2015", "في"]


def test_the_walk_stops_at_any_punctuation_or_any_non_word(tokens):
    last = len(tokens) - 1
    assert [tokens[j].text for j in words_back(tokens, last, 10, all_punct=True)] == ["إنه", "2015", "في"]
    assert [tokens[j].text for j in words_back(tokens, last, 10, words_only=True)] == ["إنه"]


# --- the no-party rule with the entity stage: a named argument keeps the act ------------------------

def _find(text: str, named_words: tuple[str, ...]) -> list[str]:
    """The 14-type triggers ``find`` keeps when the tokens of ``named_words`` are entity tokens."""
    from khabar.extract.events.actors import actor_lexicon
    from khabar.extract.events.triggers import lexicon

    toks = Pipeline(["text"]).analyze(text).tokens
    named = frozenset(i for i, t in enumerate(toks) if t.text in named_words)
    return [toks[c.start].text for c in lexicon().find(toks, actor_lexicon().words, named)
            if c.type not in ("ASSAULT", "PROTEST")]


def test_a_named_argument_keeps_an_act_the_words_cannot_place():
    text = "وتأتي هذه الإصلاحات بعدما دعا علي سيستاني إلى اتخاذ خطوات إصلاحية."
    assert _find(text, ()) == []
    assert _find(text, ("علي", "سيستاني")) == ["دعا"]
    assert _find("إضافة إلى زيارة الجبير وما يتمخض عنها من نتائج.", ("الجبير",)) == ["زيارة"]


def test_a_name_far_from_the_act_or_across_a_comma_keeps_nothing():
    text = "ويقول الغزالي في كتابه القديم إن الرفض جزء من حياة الكاتب."
    assert _find(text, ("الغزالي",)) == []
    assert _find("متى ما أتيت أدخلك ورحب، الجبير", ("الجبير",)) == []

"""Quote-stage rule families of session 17 (q17): what the session-16 notes left («وتقول (…)» with a
short bracketed quotation; «، وهو ما أفصح عنه لـX Y» with the content before the cue; «كما علمت (المدينة)
من مصادرها أن» — the paper learned it from its sources; «الوكالة الأميركية» for the agency named before)
and what the blind held-out-24 run showed (an occupation, a nationality, then the name; a body's
apposition between commas after a long description; «حث X على Y»; a refusal participle after a
quotation; a speech that went out «عبر» an outlet; shares of a survey's respondents; a phrase's source
named in full with its title after a comma). The sentences are made up for these tests (no corpus
text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- an occupation, a nationality, then the name ------------------------------------------------
def test_an_occupation_and_a_nationality_before_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأوضح الجيولوجي السعودي صالح الصبحي أن الاكتشاف كان سبقا أثريا.", "سبقا")
    assert q.speaker == "صالح الصبحي" and q.speaker_kind == "person"
    q = one(pipe, "وأعلن الفلكي اليمني عبدالله الحارثي أن الهلال لم يولد.", "الهلال")
    assert q.speaker == "عبدالله الحارثي"


def test_an_occupation_and_a_nationality_with_no_name_stay_the_epithet(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الاقتصادي السعودي أن النمو تراجع في الربع الثاني.", "النمو")
    assert q.speaker == "الاقتصادي"
    # a body with a nationality is no occupation: its name is not a person's
    q = one(pipe, "وأكد الاتحاد السعودي محمد العلي أن المباراة أقيمت.", "المباراة")
    assert q.speaker_kind == "organization"


# -- a body's apposition between commas ---------------------------------------------------------
def test_a_body_described_at_length_then_an_apposition(pipe: Pipeline) -> None:
    text = ("وأفاد المركز المعني بمراقبة القرصنة في كوالالمبور، والتابع للمكتب البحري الدولي، بأنه تم تسجيل "
            "تسعة حوادث قرصنة.")
    q = one(pipe, text, "تسعة حوادث")
    assert q.content.text == "بأنه تم تسجيل تسعة حوادث قرصنة"
    assert q.speaker == "المركز المعني بمراقبة القرصنة في كوالالمبور" and q.speaker_kind == "organization"
    q = one(pipe, "وقالت الهيئة العامة للأرصاد في جدة، التابعة لوزارة الدفاع، إن الأمطار ستستمر.", "الأمطار")
    assert q.speaker == "الهيئة العامة للأرصاد في جدة"


def test_a_phrase_between_commas_that_is_no_apposition_gives_no_statement(pipe: Pipeline) -> None:
    # an indefinite adverbial between the commas is no description of the body
    assert quotes(pipe, "وقالت الشركة المصنعة للدواء، بعد أسابيع من الجدل، إن الدواء آمن.") == []


# -- «حث X على Y» ---------------------------------------------------------------------------------
def test_urging_on_something(pipe: Pipeline) -> None:
    q = one(pipe, "وحث الوزير المواطنين على الالتزام بالتعليمات.", "الالتزام")
    assert q.content.text == "الالتزام بالتعليمات" and q.speaker == "الوزير"
    text = "وأكد اللواء الخليوي أن الكلية جاهزة. وحثهم على الانضباط العسكري والمثابرة."
    q = one(pipe, text, "الانضباط")
    assert q.content.text == "الانضباط العسكري والمثابرة" and q.speaker == "الخليوي" and q.cue.text == "وحثهم"


def test_urging_with_the_speaker_and_the_ones_urged_named(pipe: Pipeline) -> None:
    q = one(pipe, "حثت المجموعة كوريا الشمالية على عدم اجراء تجارب جديدة.", "تجارب")
    assert q.speaker == "المجموعة" and q.content.text == "عدم اجراء تجارب جديدة"
    text = "تفقد مدير عام الجوازات اللواء سليمان اليحيى مركز التصحيح، وحث العاملين بالمركز على أداء أعمالهم بسرعة."
    q = one(pipe, text, "أداء")
    assert q.speaker == "سليمان اليحيى" and q.content.text == "أداء أعمالهم بسرعة"


def test_the_verbal_noun_of_urging_is_no_statement(pipe: Pipeline) -> None:
    assert quotes(pipe, "وتم تعزيز الحملة الإعلامية بهدف حث المواطنين على قيد أسمائهم.") == []
    text = "أطلقت اللجنة حملة إعلانية للتوعية بمرحلة القيد وحث المواطنين على المبادرة لقيد أسمائهم."
    assert quotes(pipe, text) == []
    # nor does it cut the statement it is part of
    text = "أعلنت الشبكة تشفير المباريات لزيادة موارد الأندية وحث المشجعين على حضور المباريات."
    assert one(pipe, text, "تشفير").content.text.endswith("وحث المشجعين على حضور المباريات")


def test_hastening_steps_urges_no_one(pipe: Pipeline) -> None:
    assert quotes(pipe, "وكان الفريق يحث الخطى على طريق البطولة.") == []
    assert quotes(pipe, "ووقف الحث على الحدود.") == []


# -- a refusal participle after the statement ------------------------------------------------------
def test_a_refusal_after_a_quotation_leaves_it_whole(pipe: Pipeline) -> None:
    text = ('وقال المدرب إن الفريق جاهز. وأضاف "إذ لم نستطع خدمة النادي فسنكون من الداعمين"، '
            "رافضا الخوض في التفاصيل.")
    q = one(pipe, text, "الداعمين")
    assert q.type == "direct" and q.content.text == "إذ لم نستطع خدمة النادي فسنكون من الداعمين"
    q = one(pipe, "وقال المدرب إن الفريق جاهز، رافضا الخوض في التفاصيل.", "جاهز")
    assert q.content.text == "الفريق جاهز"


def test_refusing_as_a_predicate_stays_in_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وقال المدرب إن اللاعبين رافضون للقرار.", "رافضون")
    assert q.content.text == "اللاعبين رافضون للقرار"


# -- a speech that went out through an outlet -----------------------------------------------------
def test_a_speech_through_an_outlet_gives_the_outlet_as_via(pipe: Pipeline) -> None:
    text = ("وجهت مساعدة مدير التعليم فوزية الرميح، عبر «الجزيرة» كلمة للمعلمات، وقالت: المسؤولية تتزايد "
            "علينا عاما بعد عام.")
    q = one(pipe, text, "المسؤولية")
    assert q.speaker == "فوزية الرميح" and [v.name for v in q.via] == ["الجزيرة"]


def test_through_a_road_is_no_channel(pipe: Pipeline) -> None:
    q = one(pipe, "ونقل المصابون عبر الطريق السريع، وقال المسعفون إن حالتهم مستقرة.", "مستقرة")
    assert q.via == []
    # a cue with its own subject: the outlet carried the clause before, not this speaker's words
    text = "وبث التلفزيون عبر «الجزيرة» صورا للحادث، وقال شهود إن النيران اشتعلت فجأة."
    assert one(pipe, text, "النيران").via == []


# -- shares of a survey's respondents --------------------------------------------------------------
def test_a_share_of_the_respondents_speaks(pipe: Pipeline) -> None:
    q = one(pipe, "ويرى 64 في المئة من العاملين في القطاع أن عملهم ممتع.", "ممتع")
    assert q.speaker.startswith("64 في المئة من العاملين") and q.speaker_kind == "group" and q.hedged
    q = one(pipe, "وقال 70 في المائة من المستطلعين إنهم راضون عن الخدمة.", "راضون")
    assert q.speaker == "70 في المائة من المستطلعين"
    assert one(pipe, "ويقول 57 في المئة أنهم يحصلون على التشجيع.", "التشجيع").speaker == "57 في المئة"


def test_an_amount_is_no_share_that_speaks(pipe: Pipeline) -> None:
    assert quotes(pipe, "ارتفعت الودائع بزيادة قدرها 0.3% عن شهر مايو.") == []
    assert quotes(pipe, "وأضاف 10 في المئة إلى رصيده.") == []
    q = one(pipe, "وأكد الوزير أن 40 في المئة من الطلاب نجحوا.", "نجحوا")
    assert q.speaker == "الوزير"


# -- a phrase's source named in full, with its title after a comma --------------------------------
def test_a_full_name_with_its_title_is_a_phrase_source(pipe: Pipeline) -> None:
    text = ("وفقدت السفينة الاتصال مع سلطات الميناء، حسبما أفاد أحمد فوزي عبد القهار، نائب مدير العمليات في "
            "خفر السواحل.")
    q = one(pipe, text, "السفينة")
    assert q.speaker == "أحمد فوزي عبد القهار" and q.content.text.startswith("فقدت السفينة الاتصال")


def test_a_name_with_no_title_after_it_is_no_phrase_source(pipe: Pipeline) -> None:
    assert quotes(pipe, "وارتفعت الأسعار، حسب سلمان الحربي، أمس.") == []


# -- «وتقول (…)»: a short bracketed quotation --------------------------------------------------------
def test_a_short_bracketed_quotation_right_after_a_say_verb(pipe: Pipeline) -> None:
    text = "فهي الصابرة المحتسبة، ولسان حالها يلهج بالشكر وتقول (لا يؤلمني شيء)."
    q = one(pipe, text, "يؤلمني")
    assert q.type == "direct" and q.content.text == "لا يؤلمني شيء"


def test_a_feminine_cue_with_no_one_before_goes_to_the_woman_named_as_kin(pipe: Pipeline) -> None:
    text = ("لقد وقع خبر وفاة والدتي منيرة الرومي خبراً ثقيلاً. وأن الله أرحم بها من الجميع. فهي الصابرة "
            "المحتسبة، ولسان حالها يلهج بالشكر وتقول (لا يؤلمني شيء).")
    assert one(pipe, text, "يؤلمني").speaker == "منيرة الرومي"


def test_a_noun_that_looks_like_a_womans_name_speaks_not(pipe: Pipeline) -> None:
    text = "وعاد الناس إلى منازلهم مع عودة الهدوء والاستقرار في المدينة. وقالت إن المساعدات وصلت إلى الجميع."
    assert one(pipe, text, "المساعدات").speaker != "عودة الهدوء"


def test_short_brackets_after_a_subject_or_a_credit_are_no_quotation(pipe: Pipeline) -> None:
    assert quotes(pipe, "وقالت الأم (لا يؤلمني شيء).") == []
    assert quotes(pipe, "وتقول (الوطن).") == []
    q = one(pipe, "وقال (أ ف ب) إن القتال توقف.", "القتال")
    assert q.content.text == "القتال توقف"


# -- «، وهو ما أفصح عنه لـX Y»: the content before the cue -------------------------------------------
def test_what_someone_disclosed_is_the_clause_before(pipe: Pipeline) -> None:
    text = ('وتم تحويل أكثر من 10 ملايين متر مربع إلى أراض سكنية، وهو ما أفصح عنه لـ"الوطن" وكيل الوزارة '
            "الدكتور خالد الفهيد.")
    q = one(pipe, text, "أراض سكنية")
    assert q.content.text == "تم تحويل أكثر من 10 ملايين متر مربع إلى أراض سكنية"
    assert q.speaker == "خالد الفهيد" and q.cue.text == "أفصح عنه" and [v.name for v in q.via] == ["الوطن"]
    q = one(pipe, "وتقرر تأجيل المباراة، وهذا ما أعلنه الاتحاد السعودي لكرة القدم.", "تأجيل")
    assert q.speaker == "الاتحاد السعودي لكرة القدم" and q.content.text == "تقرر تأجيل المباراة"


def test_what_a_fact_implies_or_caused_is_no_statement(pipe: Pipeline) -> None:
    assert quotes(pipe, "ارتفعت الأسعار بنسبة كبيرة، وهو ما أدى إلى تراجع الطلب.") == []
    # an imperfect «يؤكد» is the author's inference
    assert all(q.speaker is None or "الأسعار" not in q.content.text
               for q in quotes(pipe, "ارتفعت الأسعار بنسبة كبيرة، وهو ما يؤكد أن السوق متقلبة."))


# -- «كما علمت (المدينة) من مصادرها أن»: the paper learned it from its sources -------------------------
def test_what_the_paper_learned_from_its_sources(pipe: Pipeline) -> None:
    text = "وينتظم في الدورة نحو 1000 متدرب. كما علمت (المدينة) من مصادرها أن جهات التحقيق تعكف على عملها."
    q = one(pipe, text, "جهات التحقيق")
    assert q.speaker == "مصادرها" and [v.name for v in q.via] == ["المدينة"]
    q = one(pipe, "وعلمت «عكاظ» من مصادر مطلعة أن الوزارة ستعلن القرار.", "الوزارة")
    assert q.speaker == "مصادر مطلعة" and q.speaker_kind == "anonymous"


def test_what_the_paper_learned_alone_is_its_own_voice(pipe: Pipeline) -> None:
    assert quotes(pipe, "وعلمت (المدينة) أن الجنود المتدربين عقدت لهم الدورة.") == []
    q = one(pipe, "وأشار ماجد علي قنش استشاري علم الاجتماع إلى أن ذلك يعد تعريفا شاملا.", "تعريفا")
    assert q.speaker == "ماجد علي قنش"  # «علم» the science is no cue


# -- «الوكالة الأميركية»: the agency named before ----------------------------------------------------
def test_an_agency_named_again_by_its_nationality(pipe: Pipeline) -> None:
    text = ("يستعد الرواد لتناول أول طعام، وفقا لما أعلنته وكالة الفضاء الأميركية “ناسا”. كما أشارت الوكالة "
            "الأميركية إلى أن الرحلة ناجحة.")
    assert one(pipe, text, "الرحلة").speaker == "ناسا"
    text = "أعلنت وكالة الطاقة الذرية أن المفتشين وصلوا. وقالت الوكالة إن التفتيش بدأ."
    assert one(pipe, text, "التفتيش").speaker == "وكالة الطاقة الذرية"


def test_an_agency_of_another_nationality_or_a_news_agency_keeps_its_path(pipe: Pipeline) -> None:
    text = "أعلنت وكالة الطاقة الذرية أن المفتشين وصلوا. وقالت الوكالة الأميركية إن التفتيش بدأ."
    assert one(pipe, text, "التفتيش").speaker == "الوكالة الأميركية"
    text = "ذكرت وكالة الصحافة الفرنسية أن القتال توقف. وأضافت الوكالة الفرنسية أن الهدنة صامدة."
    assert one(pipe, text, "الهدنة").speaker == "فرانس برس"


# -- «وقال سموه»: the holder of the honorific ------------------------------------------------------------
def test_an_honorific_pronoun_goes_to_the_holder_of_that_honorific(pipe: Pipeline) -> None:
    text = ("رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود الجلسة.\n"
            "وفي مستهل الجلسة رفع نائب خادم الحرمين الشريفين خالص التعازي لخادم الحرمين الشريفين الملك سلمان "
            "بن عبدالعزيز آل سعود في شهداء الواجب.\n"
            'وقال سموه " إن التفجير الإرهابي كشف حقد المجرمين ".')
    assert one(pipe, text, "التفجير").speaker.startswith("محمد بن نايف")


def test_without_an_honorific_the_last_titled_person_still_speaks(pipe: Pipeline) -> None:
    text = ("رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف الجلسة.\n"
            "واستقبل الوزير الدكتور خالد الفالح الوفد.\n"
            'وقال " إن التفجير الإرهابي كشف حقد المجرمين ".')
    assert one(pipe, text, "التفجير").speaker == "خالد الفالح"


# -- the view's memo of token readings (speed, output-identical) ----------------------------------------
def _views(pipe: Pipeline, text: str, lex) -> list[list[tuple]]:
    from khabar.extract.quotes.tokens import view

    doc = pipe.analyze(text)
    by: dict[int, list] = {}
    for t in doc.tokens:
        by.setdefault(t.sentence, []).append(t)
    return [[(t.i, t.start, t.end, t.text, t.norm, t.kind, t.definite, t.cue, t.cue_prefix, t.plain, t.prefix,
              t.initial) for t in view(s, lex)] for s in by.values()]


def test_a_view_is_the_same_from_a_cold_and_a_warm_memo(pipe: Pipeline) -> None:
    from khabar.extract.quotes.lexicon import load

    text = "وقال الوزير إن الخطة جاهزة. وأكدت الوزارة أن «التنفيذ» يبدأ غدا، مشيرة إلى أن اللواء م. ناصر وصل."
    cold = load()
    cold._derived.pop("view", None)
    first = _views(pipe, text, cold)
    assert cold.memo("view")  # the readings were remembered
    assert _views(pipe, text, cold) == first


def test_a_cue_read_away_in_one_place_stays_a_cue_elsewhere(pipe: Pipeline) -> None:
    # «تم نقلها»: the passive of an act, no cue — the same token after another word is the verb again
    from khabar.extract.quotes.lexicon import load

    lex = load()
    (passive,) = _views(pipe, "وتم نقلها إلى المستشفى.", lex)
    (verb,) = _views(pipe, "وأعلن نقلها إلى المستشفى.", lex)
    assert passive[1][7] is None
    assert verb[0][7] is not None and verb[0][7].lemma == "أعلن"
    (again,) = _views(pipe, "وتم نقلها إلى المستشفى.", lex)
    assert again == passive

"""Quote-stage rule families taken after held-out 18 (session 11, second helper): a saying noun with
a pronoun as the source of an attribution phrase («على حد قولهم»، «بحسب حديثه»، «حسب وصفها»، «وفق
تعبيره»: the speaker is the nearest earlier speaker the pronoun agrees with, the content the clause
the phrase qualifies; the speaker's own gloss inside or right after his statement is no statement of
its own), «مذكراً سموه بأن …» after a list of honoured addressees (the honorific is the sentence's
subject), and a speech noun after a verb with no subject of its own («وألقى محاضرات عدة بيّن فيها أن»:
the writer is the sentence's subject, or no one — not a person named in passing before, nor the object
of a preposition before the noun), and «وطالب X (من Y) بـ/أن …» (the bare perfect, also «a student», is a
demand only with «و/ف», a subject and then at once «بـ»، «أن» or «من» + the one asked + either; Y is no
part of the content nor of the subject), the subject of a time clause before an implicit cue («وقبل أن
يغادر الوزير X القاعة قال»), «بان كي مون» (a known name, not «بأن»), and a first-person «أعتبر/أعتقد أن» after a relative, «أنا» or
«لا» (the speaker's own words, no new statement). The sentences are made up for these tests (no corpus text);
each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def _by_cue(pipe: Pipeline, text: str, cue: str) -> list:
    return [q for q in quotes(pipe, text) if q.cue.text == cue]


# -- a saying noun with a pronoun as the source -----------------------------------------------------
def test_as_he_put_it_goes_to_the_last_speaker_that_agrees(pipe: Pipeline) -> None:
    text = "وقال المزارع أحمد سالم إن المحصول تضرر كثيرا. والأسعار ارتفعت بنسبة كبيرة على حد قوله."
    [q] = _by_cue(pipe, text, "على حد قوله")
    assert q.speaker == "أحمد سالم" and q.content.text == "الأسعار ارتفعت بنسبة كبيرة"
    assert q.implicit and q.type == "indirect"


def test_a_plural_pronoun_takes_the_plural_speaker(pipe: Pipeline) -> None:
    text = ("وأكد المسؤولون أن المشروع تأخر. وقال المدير خالد عمر إن العمل مستمر. "
            "والشركة لم تدفع الرواتب منذ شهرين، حسب وصفهم.")
    [q] = _by_cue(pipe, text, "حسب وصفهم")
    assert q.speaker == "المسؤولون" and q.content.text == "الشركة لم تدفع الرواتب منذ شهرين"


def test_a_feminine_pronoun_skips_a_masculine_speaker(pipe: Pipeline) -> None:
    text = ("وقالت الطبيبة منى صالح إن المرضى كثيرون. وقال المدير خالد عمر إن العمل مستمر. "
            "والمستشفى يعاني من نقص حاد بحسب حديثها.")
    [q] = _by_cue(pipe, text, "بحسب حديثها")
    assert q.speaker == "منى صالح"


def test_the_phrase_between_dashes_keeps_the_rest_of_its_clause(pipe: Pipeline) -> None:
    text = ("وأوضح الوزير سعيد ناصر أن الخطة جاهزة. وتأخر التنفيذ كثيرا، فهو تسبب -وفق تعبيره- "
            "بخسارة كبيرة للشركات، ولم يعلق أحد.")
    [q] = _by_cue(pipe, text, "وفق تعبيره")
    assert q.speaker == "سعيد ناصر"
    assert q.content.text == "فهو تسبب -وفق تعبيره- بخسارة كبيرة للشركات"


def test_the_speaker_named_again_nearer_is_the_source(pipe: Pipeline) -> None:
    text = ("وقال اللاعب سامي العنزي إنه سيعود قريبا.\nلم يكن تصرف العنزي مقبولا، فهو تأخر "
            "-بحسب حديثه- بسبب الإصابة.")
    [q] = _by_cue(pipe, text, "بحسب حديثه")
    assert q.speaker == "سامي العنزي"
    full = quote_helpers.LEAD + text
    assert q.source is not None and q.source.start > full.index("لم يكن") and q.source.text == "العنزي"


def test_no_speaker_that_agrees_no_statement(pipe: Pipeline) -> None:
    # a plural pronoun with only a singular speaker before it; no speaker at all
    assert not _by_cue(pipe, "وقال الوزير خالد عمر إن العمل مستمر. والمياه مقطوعة منذ أسبوع حسب وصفهم.",
                       "حسب وصفهم")
    assert not _by_cue(pipe, "والتقى الصحفي بالسكان في المخيم. والمياه مقطوعة منذ أسبوع حسب وصفهم.",
                       "حسب وصفهم")


def test_the_speakers_own_gloss_is_no_statement_of_its_own(pipe: Pipeline) -> None:
    for text in ("وقال الوزير خالد عمر إن الخطة ناجحة على حد قوله.",
                 "وقال الوزير خالد عمر إن الخطة - على حد قوله - ناجحة تماما."):
        found = quotes(pipe, text)
        assert [q.cue.text for q in found] == ["وقال"], [q.cue.text for q in found]
        assert "على حد قوله" in found[0].content.text


def test_ala_hadd_without_a_saying_noun_is_no_phrase(pipe: Pipeline) -> None:
    text = "وقال الوزير خالد عمر إن العمل مستمر. والوضع مستقر على حد سواء في المدن والقرى."
    assert [q.cue.text for q in quotes(pipe, text)] == ["وقال"]


def test_ala_hadd_with_a_named_source(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وتعرضت القرية لقصف عنيف، على حد قول الأهالي.")
    assert q.cue.text == "على حد قول" and q.speaker == "الأهالي" and q.content.text == "تعرضت القرية لقصف عنيف"


# -- «مذكراً سموه بأن …» after a list of honoured addressees -------------------------------------------
def test_an_honorific_after_a_participle_is_the_sentences_subject(pipe: Pipeline) -> None:
    text = ("رفع صاحب السمو الملكي الأمير فيصل بن خالد أمير المنطقة أحر التعازي لمقام خادم الحرمين "
            "الشريفين، وسمو ولي عهده الأمين، وسمو ولي ولي عهده -يحفظهم الله- ولأسر الشهداء، مذكراً سموه "
            "بأن هذه الحادثة لن تزيدنا إلا إصرارا.")
    [q] = quotes(pipe, text)
    assert q.cue.text == "مذكراً" and q.speaker == "فيصل بن خالد"
    assert q.source is not None and "ولي" not in q.source.text and "التعازي" not in q.source.text


def test_an_honorific_participle_goes_on_from_the_sentences_statement(pipe: Pipeline) -> None:
    # the sentence's own statement with the honorific as subject: the participle goes on from it
    text = ("وقال وزير الصحة الدكتور خالد العلي إن الخطة جاهزة.\nوقال معاليه إن الوزارة تدعم البرامج، "
            "مؤكداً معاليه أن المستشفيات مستعدة.")
    found = quotes(pipe, text)
    last = [q for q in found if q.cue.text == "مؤكداً"]
    assert len(last) == 1 and last[0].speaker == found[0].speaker == "خالد العلي"


# -- a speech noun after a verb with no subject of its own ------------------------------------------------
def test_the_writer_of_a_lecture_is_the_sentences_subject(pipe: Pipeline) -> None:
    text = ("واستقبله اللواء سعيد الغامدي قائد قوة المنطقة. وزار الشيخ صالح العمري المعسكر، "
            "وألقى محاضرات عدة بيّن فيها أن الدفاع عن الوطن واجب.")
    q = [q for q in quotes(pipe, text) if q.cue.text == "بيّن"]
    assert len(q) == 1 and q[0].speaker == "صالح العمري"


def test_no_subject_before_the_speech_noun_gives_no_speaker_rather_than_a_passer_by(pipe: Pipeline) -> None:
    # the verb has no subject in its sentence: no speaker — not the commander of the sentence before
    # («قائد قوة» read as a title with the name «قوة»), nor the object of a preposition before the
    # speech noun («على مواقع الوحدات» read as a web site)
    text = ("واستقبله اللواء سعيد الغامدي قائد قوة المنطقة. ثم تجول على مواقع الوحدات وألقى محاضرات عدة "
            "بيّن فيها أن الدفاع عن الوطن واجب.")
    q = [q for q in quotes(pipe, text) if q.cue.text == "بيّن"]
    assert len(q) == 1 and q[0].speaker is None and q[0].content.text == "الدفاع عن الوطن واجب"


def test_a_speech_noun_with_its_writer_after_it_keeps_the_writer(pipe: Pipeline) -> None:
    text = "ومن بين تلك التغريدات جاءت تغريدة للإعلامي علي الغامدي قال فيها إن الفراق صعب."
    q = [q for q in quotes(pipe, text) if q.cue.text == "قال"]
    assert len(q) == 1 and q[0].speaker == "علي الغامدي"


# -- «وطالب X (من Y) بـ/أن …» -----------------------------------------------------------------------------
def test_a_bare_demand_verb_with_its_subject_and_bi(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وطالب المتظاهرون بالإفراج عن المعتقلين.")
    assert q.cue.text == "وطالب" and q.speaker == "المتظاهرون" and q.content.text == "بالإفراج عن المعتقلين"


def test_the_one_asked_after_min_is_no_part_of_the_content(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وطالب رئيس البلدية خالد العمر من الوزارة بتوفير المياه للسكان.")
    assert q.speaker == "خالد العمر" and q.content.text == "بتوفير المياه للسكان"
    [q] = quotes(pipe, "وطالبت الجمعية من المسؤولين أن يسرعوا في إصلاح الطريق.")
    assert q.speaker == "الجمعية" and q.content.text == "يسرعوا في إصلاح الطريق"


def test_a_subject_that_ran_on_over_min_ends_there(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وطالب الأهالي من المسؤولين أن يسرعوا في إصلاح الطريق.")
    assert q.speaker == "الأهالي" and q.source is not None and q.source.text == "الأهالي"


def test_a_student_is_no_demand(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وطالب الجامعة أحمد علي من المتفوقين.")
    assert not quotes(pipe, "منهومان لا يشبعان: طالب علم وطالب مال.")
    [q] = quotes(pipe, "وقال طالب في الجامعة إن الامتحانات صعبة.")
    assert q.cue.text == "وقال"


def test_warning_of_something_keeps_its_object(pipe: Pipeline) -> None:
    # «حذر من X بـ…»: X is what is warned of, not someone asked
    [q] = quotes(pipe, "وحذر وزير الصحة خالد العلي من الإصابة بالمرض في الصيف.")
    assert q.content.text.startswith("الإصابة")


def test_a_subject_after_but_is_not_the_earlier_speaker(pipe: Pipeline) -> None:
    text = ("وسيطر اللاعبون على الملعب، وطالب دييغو كوستا بركلة جزاء عقب سقوطه، ولكن حكم المباراة "
            "مايكل أوليفر أشار باستمرار اللعب.")
    found = {q.cue.text: q.speaker for q in quotes(pipe, text)}
    assert found == {"وطالب": "دييغو كوستا", "أشار": "مايكل أوليفر"}


# -- a time clause before an implicit cue -----------------------------------------------------------------
def test_the_subject_of_a_time_clause_speaks(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وقبل أن يغادر الوزير خالد العلي القاعة قال إن الاجتماع كان مثمرا.")
    assert q.speaker == "خالد العلي" and q.content.text == "الاجتماع كان مثمرا"


def test_a_time_clause_keeps_an_explicit_subject_after_the_cue(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وبعد أن أجل القضاة المحاكمة قال المسؤولون إن القضية معقدة.")
    assert q.speaker == "المسؤولون"


def test_a_time_clause_subject_that_does_not_agree_is_not_taken(pipe: Pipeline) -> None:
    text = "وقالت الوزيرة منى صالح إن العمل مستمر. وقبل أن يغادر الوفد القاعة قالت إن الاجتماع كان مثمرا."
    found = [q for q in quotes(pipe, text) if "مثمرا" in q.content.text]
    assert len(found) == 1 and found[0].speaker == "منى صالح"


# -- «بان كي مون» is no «بأن» ------------------------------------------------------------------------------
def test_ban_ki_moon_is_a_name_not_a_complementizer(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وأكد بان كي مون أن المنظمة ستساعد اللاجئين.")
    assert q.speaker == "بان كي مون" and q.content.text == "المنظمة ستساعد اللاجئين"
    [q] = quotes(pipe, "وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.")
    assert q.content.text == "الوضع خطير" and "مون" in q.speaker


def test_ban_without_a_name_is_still_the_complementizer(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وقال الوزير بان الوضع خطير.")
    assert q.speaker == "الوزير" and q.content.text == "الوضع خطير"


# -- a first-person «أعتبر أن» inside the speaker's own words ---------------------------------------------
def test_a_first_person_cue_inside_unmarked_speech_is_no_new_statement(pipe: Pipeline) -> None:
    text = ("وأضاف الوزير خالد العلي: لذلك أنطلق من هذه التجربة التي تجمع ولا تفرق، والتي أعتبر أنها "
            "ضرورية للبلاد ووحدتها.")
    [q] = quotes(pipe, text)
    assert q.cue.text == "وأضاف" and q.content.text.endswith("ضرورية للبلاد ووحدتها")


def test_an_author_saying_i_do_not_think_is_no_quote(pipe: Pipeline) -> None:
    assert not quotes(pipe, "لكنني لا أعتقد أن الشركة تبحث عن هؤلاء الأشخاص.")


def test_the_perfect_considered_with_its_subject_is_still_a_cue(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "واعتبر الوزير خالد العلي أن القرار صائب.")
    assert q.speaker == "خالد العلي" and q.content.text == "القرار صائب"

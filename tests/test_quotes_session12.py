"""Quote-stage rule families taken after the blind held-out-19 run (session 12): «طلب عدم كشف
هويته» (asking not to be named) is no statement of «كشف»; the bare definite verbal noun «القول» of an
impersonal frame («يمكن القول إن»، «من السابق لأوانه القول إن») is nobody's statement, while «بالقول»،
«إلى القول» and «على القول» after a verb keep the verb's subject; «قال للصحفيين إن» with a dropped
subject (the journalists told are no speaker); «وطالب» with the one asked, a time word or no subject;
a plural group after a singular directive speaker is the one called on; a speech noun with a place
phrase, a possessive or a relative before its «… فيه» cue, and a noun object right after «فيه». The sentences are made up for these
tests (no corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def _by_cue(pipe: Pipeline, text: str, cue: str) -> list:
    return [q for q in quotes(pipe, text) if q.cue.text == cue]


# -- asking not to be named -------------------------------------------------------------------
def test_asking_not_to_be_named_is_no_statement(pipe: Pipeline) -> None:
    text = "وقال مسؤول في الشرطة طلب عدم كشف هويته «تلقينا بلاغا عن سيارة مفخخة قرب السوق»."
    [q] = quotes(pipe, text)
    assert q.cue.text == "وقال" and q.content.text == "تلقينا بلاغا عن سيارة مفخخة قرب السوق"
    assert q.speaker is not None and q.speaker.startswith("مسؤول في الشرطة") and q.speaker_kind == "anonymous"


def test_a_feminine_and_a_plural_identity_too(pipe: Pipeline) -> None:
    text = ("وقالت موظفة طلبت عدم كشف هويتها إن الرواتب تأخرت. "
            "وقال سكان طلبوا عدم كشف هويتهم إن الماء انقطع منذ يومين.")
    assert not _by_cue(pipe, text, "كشف")
    assert [q.cue.text for q in quotes(pipe, text)] == ["وقالت", "وقال"]


def test_revealing_an_identity_with_a_content_stays_a_statement(pipe: Pipeline) -> None:
    text = "وكشف مدير الشرطة سالم العنزي أن المتهمين اعترفوا بالسرقة."
    [q] = quotes(pipe, text)
    assert "سالم العنزي" in q.speaker and q.content.text == "المتهمين اعترفوا بالسرقة"


# -- «القول» in an impersonal frame --------------------------------------------------------------
def test_it_can_be_said_is_no_statement(pipe: Pipeline) -> None:
    text = ("ويمكن القول إن السوق تراجعت هذا العام. "
            "ويرى المحلل خالد عمر أنه من السابق لأوانه القول إن الأزمة انتهت.")
    assert not _by_cue(pipe, text, "القول")
    [q] = quotes(pipe, text)
    assert q.speaker == "خالد عمر" and q.content.text.startswith("أنه من السابق لأوانه القول إن الأزمة")


def test_saying_after_a_verb_keeps_its_speaker(pipe: Pipeline) -> None:
    text = ("واكتفى الوزير سالم الحربي بالقول إن الملف قيد الدرس. "
            "وخلص التقرير إلى القول إن الخطة نجحت.")
    [q] = _by_cue(pipe, text, "بالقول")
    assert "سالم الحربي" in q.speaker and q.content.text == "الملف قيد الدرس"
    assert any(x.content.text == "الخطة نجحت" for x in quotes(pipe, text))


def test_going_on_to_say_keeps_its_quote(pipe: Pipeline) -> None:
    text = "وقالت الوزيرة هند صبري إن الخطة جاهزة. وتابعت القول «إن التمويل مضمون»."
    q = next(x for x in quotes(pipe, text) if "التمويل" in x.content.text)
    assert q.speaker == "هند صبري" and q.content.text == "إن التمويل مضمون"


# -- «قال للصحفيين إن» with a dropped subject -------------------------------------------------------
def test_the_journalists_told_are_no_speaker(pipe: Pipeline) -> None:
    text = ("وأوضح الوزير أحمد الصالح أن الوفد سيصل غدا. "
            "وبعد انتهاء الاجتماع قال للصحفيين إن المفاوضات ستستأنف. وعقب الجلسة قال للصحافيين في بغداد إن الحوار مستمر.")
    for frag in ("المفاوضات ستستأنف", "الحوار مستمر"):
        q = next(x for x in quotes(pipe, text) if x.content.text == frag)
        assert q.speaker == "أحمد الصالح" and q.implicit


def test_the_journalists_are_no_part_of_a_title(pipe: Pipeline) -> None:
    text = "وقال الوزير للصحفيين إن العلاقات متينة. وقال المتحدث باسم الوزارة للصحافيين إن الاجتماع انتهى."
    speakers = [q.speaker for q in quotes(pipe, text)]
    assert speakers == ["الوزير", "المتحدث باسم الوزارة"]


def test_journalists_speaking_stay_speakers(pipe: Pipeline) -> None:
    text = "وقال الصحفيون المعتصمون إن مطالبهم لم تتحقق."
    [q] = quotes(pipe, text)
    assert q.speaker is not None and q.speaker.startswith("الصحفيون")


# -- «وطالب» with the one asked, a time word, or no subject ------------------------------------------
def test_a_demand_with_the_one_asked_or_a_time_word(pipe: Pipeline) -> None:
    text = ("وطالب النائب محمد الربيعي الحكومة بتوفير الكهرباء للمواطنين. "
            "وطالب المتظاهرون امس بإطلاق سراح المعتقلين.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert "الربيعي" in got["بتوفير الكهرباء للمواطنين"]
    assert got["بإطلاق سراح المعتقلين"] == "المتظاهرون"


def test_a_demand_that_with_a_dropped_subject(pipe: Pipeline) -> None:
    text = "وأكد رئيس البلدية سعيد الخالدي أن المشروع سينجز قريبا، وطالب بأن تتولى الحكومة تمويله."
    q = next(x for x in quotes(pipe, text) if x.cue.text == "وطالب")
    assert q.content.text == "تتولى الحكومة تمويله" and "سعيد الخالدي" in q.speaker and q.implicit


def test_a_student_stays_a_student(pipe: Pipeline) -> None:
    text = ("وطالب الجامعة محمد علي من المتفوقين في الرياضيات. وطالب الدول الغربية بمراجعة حملاتها. "
            "وطالب بان كي مون الأطراف بوقف القتال فورا.")
    assert not [q for q in quotes(pipe, text) if q.cue.text == "وطالب" and q.speaker in ("الدول", "الجامعة")]


# -- the ones called on are no part of the speaker ----------------------------------------------------
def test_a_plural_group_after_a_singular_speaker_is_called_on(pipe: Pipeline) -> None:
    text = ("ودعا الرئيس محمود عباس قادة الفصائل الفلسطينية إلى الحوار. "
            "وطالب الجبوري رؤساء الكتل السياسية بتأييد ورقة الإصلاح.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got["الحوار"] == "محمود عباس"
    assert got["بتأييد ورقة الإصلاح"] == "الجبوري"


def test_a_plural_speaker_and_a_name_in_ون_stay_whole(pipe: Pipeline) -> None:
    text = ("ودعا أعضاء المجلس البلدي إلى توفير الخدمات. "
            "ودعا رئيس الوزراء ديفيد كاميرون إلى الهدوء.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got["توفير الخدمات"] == "أعضاء المجلس البلدي"
    assert got["الهدوء"] is not None and "كاميرون" in got["الهدوء"]


def test_a_circumstantial_clause_before_a_demand(pipe: Pipeline) -> None:
    text = "وتظاهر الأهالي أمام المحكمة، وطالبوا وهم يرفعون صور ذويهم بإطلاق سراحهم فورا."
    q = next(x for x in quotes(pipe, text) if x.cue.text == "وطالبوا")
    assert q.content.text == "بإطلاق سراحهم فورا"


# -- the speech a cue sits in ---------------------------------------------------------------------------
def test_a_noun_object_after_the_resumptive_is_no_speaker(pipe: Pipeline) -> None:
    text = ("ووزع المتظاهرون بياناً أكدوا فيه وجود: «حالة حرب ضد الصحافة». "
            "وأصدر الحزب بيانا نفى فيه وجود خلافات داخلية.")
    got = {q.cue.text: q for q in quotes(pipe, text)}
    assert got["أكدوا"].speaker == "المتظاهرون" and "حالة حرب ضد الصحافة" in got["أكدوا"].content.text
    assert got["نفى"].speaker == "الحزب" and got["نفى"].content.text == "وجود خلافات داخلية"


def test_a_named_speaker_after_the_resumptive_still_speaks(pipe: Pipeline) -> None:
    text = ("وأصدرت الوزارة بيانا أكدت فيه الوزارة أن الوضع مستقر. "
            "وأصدر الحزب بيانا أكد فيه رئيسه أحمد سالم أن الانتخابات في موعدها.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got["الوضع مستقر"] == "الوزارة" and got["الانتخابات في موعدها"] == "أحمد سالم"


def test_a_place_phrase_between_the_speech_and_its_cue(pipe: Pipeline) -> None:
    text = "وألقى الوزير خالد العمر كلمة أمام حشود المتظاهرين أكد فيها أن المطالب ستدرس."
    [q] = quotes(pipe, text)
    assert "خالد العمر" in q.speaker and q.content.text == "المطالب ستدرس"


# -- «بان كي مون» after a title chain; «ل ـ X» ------------------------------------------------------------
def test_ban_ki_moon_after_a_title_chain(pipe: Pipeline) -> None:
    text = ("وحذر الأمين العام للأمم المتحدة بان كي مون من تدهور الأوضاع. "
            "وأكد الأمين العام بان كي مون للصحفيين أن الحل سياسي.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got == {"تدهور الأوضاع": "بان كي مون", "الحل سياسي": "بان كي مون"}


def test_ban_as_that_after_a_title_stays_a_complementizer(pipe: Pipeline) -> None:
    text = "وأكد المتحدث باسم الأمم المتحدة بان الحل سياسي."
    [q] = quotes(pipe, text)
    assert q.content.text == "الحل سياسي" and q.speaker is not None and "بان" not in q.speaker


def test_the_preposition_written_apart_before_an_outlet(pipe: Pipeline) -> None:
    text = "وقال أحد مساعدي الرئيس ل ـ «السفير» بأن أي كلام عن التفاصيل سابق لأوانه."
    [q] = quotes(pipe, text)
    assert [v.name for v in q.via] == ["السفير"] and q.content.text == "أي كلام عن التفاصيل سابق لأوانه"


# -- «فإن X» + cue: the main clause's own speaker; «أبلغ» + the outlet told ------------------------------
def test_the_subject_after_fa_inna_speaks(pipe: Pipeline) -> None:
    text = ("وفيما رفض الوزير التعليق قال أحد مساعديه بأن الكلام سابق لأوانه، "
            "فإن أوساط المعارضة دعت إلى رفض الاتفاق.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got == {"الكلام سابق لأوانه": "أحد مساعديه", "رفض الاتفاق": "أوساط المعارضة"}


def test_fa_inna_without_a_cue_cuts_nothing(pipe: Pipeline) -> None:
    text = "وقال المدير خالد سالم إن العمل مستمر، فإن الموظفين ملتزمون بالدوام."
    [q] = quotes(pipe, text)
    assert q.content.text == "العمل مستمر، فإن الموظفين ملتزمون بالدوام"


def test_the_outlet_told_is_the_intermediary(pipe: Pipeline) -> None:
    text = ("وفي سياق ردود الفعل، فإن النجيفي أبلغ «الشرق الأوسط» بأن «دعمنا مرهون بالتطبيق». "
            "وأبلغ مصدر الوزير أن الاجتماع تأجل.")
    got = {q.content.text: q for q in quotes(pipe, text)}
    q = got["دعمنا مرهون بالتطبيق"]
    assert q.speaker == "النجيفي" and [v.name for v in q.via] == ["الشرق الأوسط"]
    assert got["الاجتماع تأجل"].via == []


# -- a phrase of time, place or company before the complementizer --------------------------------------
def test_a_long_circumstance_before_the_complementizer(pipe: Pipeline) -> None:
    text = ("وأوضح الوزير أحمد الصالح أن الوفد سيصل غدا. "
            "وقال خلال لقائه، أمس، مع رئيس البرلمان، في العاصمة ان الحوار مستمر. "
            "واعترفت الحكومة امس، ولأول مرة منذ بدء الأزمة بأن قوات نظامية ارتكبت تجاوزات.")
    got = {q.content.text: q.speaker for q in quotes(pipe, text)}
    assert got["الحوار مستمر"] == "أحمد الصالح"
    assert got["قوات نظامية ارتكبت تجاوزات"] == "الحكومة"


def test_no_complementizer_after_the_circumstance_no_quote(pipe: Pipeline) -> None:
    text = "وقال خلال لقائه، أمس، مع رئيس البرلمان، في العاصمة كلاما عاما عن الحوار."
    assert not quotes(pipe, text)


# -- «آخرون» as a source; «بان كي مون» before «قد قال» ------------------------------------------------------
def test_others_announce_and_their_phrase_goes_to_them(pipe: Pipeline) -> None:
    text = ("وقال مواطنون إن الحملة بدأت، فيما أعلن آخرون عزمهم خوض الانتخابات قبل بدء التسجيل، "
            "وذلك لكسب الأصوات حسب وصفهم.")
    got = {q.cue.text: q for q in quotes(pipe, text)}
    assert got["أعلن"].speaker == "آخرون" and got["أعلن"].content.text.startswith("عزمهم خوض الانتخابات")
    assert got["حسب وصفهم"].speaker == "آخرون" and got["حسب وصفهم"].speaker_kind == "anonymous"


def test_others_wounded_are_no_speaker(pipe: Pipeline) -> None:
    text = ("استنكر عدد من المسؤولين التفجير الذي أدى إلى مقتل جنديين وإصابة آخرين، "
            "مؤكدين أن الحادثة كشفت زيف ادعاءات الإرهابيين.")
    [q] = quotes(pipe, text)
    assert q.speaker != "آخرين"


def test_ban_ki_moon_before_qad_qal(pipe: Pipeline) -> None:
    text = "وكان الأمين العام للأمم المتحدة بان كي مون قد قال إن استخدام العنف غير مقبول."
    [q] = quotes(pipe, text)
    assert q.speaker == "بان كي مون" and q.content.text == "استخدام العنف غير مقبول"

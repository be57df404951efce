"""Quote-stage rule families of session 18 (q18), from the blind held-out-25 run and session 17's notes:
a name met before that reads as «بـ» + noun right after a cue («وأشار بحاح، إلى أن»); the ones told by
«أبلغ/أخبر» (a quoted outlet with the subject out of reach, a plain recipient noun at the end of the
subject phrase); the public as a whole called on by a subjectless directive («ودعا الشعب اليمني … إلى»);
«بالـ» + a derived verbal noun that ends a title chain («أشاد نائب الرئيس … بالتحسن»، «وتعهد الوزير
بالتحقيق»); the conjunction of a fronted subject («والبعض أكد»); a title + family name introduced
earlier with a given name («الباحث الزواوي» → «حسام الزواوي»); a demonstrative with a glued preposition
in a name («علي لذلك وأرسل»); a body after a name («لافروف الولايات المتحدة»، «كرزاي القوات»); unmarked
speech after «مكتفيا بالقول». The sentences are made up for these tests (no corpus text); each family
has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a name met before that reads as «بـ» + noun -----------------------------------------------------
def test_a_name_met_before_is_the_subject_not_bi_plus_noun(pipe: Pipeline) -> None:
    text = ("وأكد بحاح أن العلاقات بين البلدين تتوثق يوما بعد يوم. "
            "وأشار بحاح، إلى أن تحرير المحافظة يعد بداية لانتصارات أخرى.")
    q = one(pipe, text, "تحرير المحافظة")
    assert q.speaker == "بحاح" and q.content.text.startswith("تحرير المحافظة")


def test_a_bi_word_that_names_no_one_before_stays_what_it_was(pipe: Pipeline) -> None:
    text = ("وأكد الوزير أن العلاقات بين البلدين تتوثق يوما بعد يوم. "
            "وأشار بيده إلى أن تحرير المحافظة يعد بداية لانتصارات أخرى.")
    assert all(q.speaker != "بيده" for q in quotes(pipe, text))


# -- the ones told by «أبلغ/أخبر» ------------------------------------------------------------------
def test_a_plain_recipient_after_the_subject_of_inform_is_the_one_told(pipe: Pipeline) -> None:
    q = one(pipe, "أبلغ رئيس البلدية بيل دي بلازيو الصحفيين يوم السبت أن العملية ستكتمل اليوم.", "العملية ستكتمل")
    assert q.speaker == "بيل دي بلازيو" and q.source is not None and "الصحفيين" not in q.source.text
    q = one(pipe, "وأبلغ الوزير الصحفيين أن الخطة جاهزة للتنفيذ.", "الخطة جاهزة")
    assert q.speaker == "الوزير"


def test_a_quoted_outlet_right_after_inform_is_the_one_told_not_the_speaker(pipe: Pipeline) -> None:
    text = "وقال مصدر مقرب من النائب إن الإصلاحات ضرورية. والنائب الذي كان أول المؤيدين للخطوات أبلغ «الشرق الأوسط» أن «تأييدنا لهذه الخطوات ثابت»."
    q = one(pipe, text, "تأييدنا لهذه")
    assert q.speaker != "الشرق الأوسط" and [v.name for v in q.via] == ["الشرق الأوسط"]


def test_inform_with_its_subject_before_the_outlet_keeps_both(pipe: Pipeline) -> None:
    q = one(pipe, "فإن النجيفي أبلغ «الشرق الأوسط» بأن «دعمنا لهذه الإصلاحات مرهون بجدية تطبيقها».", "دعمنا لهذه")
    assert q.speaker == "النجيفي" and [v.name for v in q.via] == ["الشرق الأوسط"]
    q = one(pipe, "وقال الوزير للصحفيين إن الخطة جاهزة للتنفيذ.", "الخطة جاهزة")  # «قال» is no inform verb
    assert q.speaker == "الوزير"


# -- the public called on by a subjectless directive ---------------------------------------------
def test_the_public_after_a_subjectless_directive_is_called_on(pipe: Pipeline) -> None:
    text = ("وأكد بحاح أن العلاقات بين البلدين تتوثق يوما بعد يوم، "
            "ودعا الشعب اليمني بمختلف مكوناته الوطنية إلى الوقوف صفا واحدا ضد الميليشيات.")
    q = one(pipe, text, "الوقوف صفا")
    assert q.speaker == "بحاح" and q.content.text.startswith("الوقوف صفا")
    q = one(pipe, "وأكد الوزير أن الخطة جاهزة، ودعا الجميع إلى التعاون مع اللجان.", "التعاون مع")
    assert q.speaker == "الوزير"


def test_the_public_after_a_named_speaker_stays_the_one_called_on(pipe: Pipeline) -> None:
    q = one(pipe, "ودعت الحكومة الشعب إلى الهدوء وضبط النفس.", "الهدوء")
    assert q.speaker == "الحكومة"


# -- «بالـ» + a derived verbal noun ends a title chain --------------------------------------------
def test_a_definite_verbal_noun_after_a_title_is_no_part_of_the_speaker(pipe: Pipeline) -> None:
    text = ("كما أشاد نائب الرئيس رئيس مجلس الوزراء بالتحسن النسبي في عمليات الإغاثة، "
            "مطالبا الدول المانحة ببذل المزيد من الدعم.")
    q = one(pipe, text, "ببذل المزيد")
    assert q.speaker is not None and "بالتحسن" not in q.speaker
    q = one(pipe, "وتعهد الوزير بالتحقيق في الحادث ومحاسبة المقصرين.", "التحقيق")
    assert q.speaker == "الوزير" and q.content.text.startswith("بالتحقيق")


def test_a_place_or_a_body_after_bi_stays_in_the_title_chain(pipe: Pipeline) -> None:
    q = one(pipe, "وقال مدير الشؤون الصحية بالأحساء إن المصابين غادروا المستشفى.", "المصابين غادروا")
    assert q.source is not None and "بالأحساء" in q.source.text
    q = one(pipe, "وقال مصدر بالاتحاد السعودي إن المباراة ستقام في موعدها.", "المباراة ستقام")
    assert q.source is not None and "بالاتحاد" in q.source.text


# -- the conjunction of a fronted subject ------------------------------------------------------
def test_the_conjunction_of_a_fronted_subject_is_no_part_of_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وتمنى الجميع التوفيق له، والبعض أكد أنه ثمرة وطن.", "ثمرة وطن")
    assert q.speaker == "البعض"
    q = one(pipe, "والمسؤولون أكدوا أن الخطة جاهزة للتنفيذ.", "الخطة جاهزة")
    assert q.speaker == "المسؤولون"


def test_a_name_that_starts_with_waw_keeps_it(pipe: Pipeline) -> None:
    q = one(pipe, "وقال وائل جمعة إن الفريق جاهز للمباراة.", "الفريق جاهز")
    assert q.speaker == "وائل جمعة"


# -- a title and a family name introduced earlier with a given name ------------------------------
def test_a_title_and_family_name_take_the_full_name_introduced_before(pipe: Pipeline) -> None:
    text = ("تداولت المواقع صورة للمبتعث السعودي حسام الزواوي في أستراليا. "
            "وفي حديثه للمجلة قال الباحث الزواوي إن البكتيريا خطر يهدد صحة الإنسان.")
    q = one(pipe, text, "البكتيريا خطر")
    assert q.speaker == "حسام الزواوي"


def test_a_title_and_family_name_never_introduced_stay_as_written(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الباحث الزواوي إن البكتيريا خطر يهدد صحة الإنسان.", "البكتيريا خطر")
    assert q.speaker == "الباحث الزواوي"
    q = one(pipe, "وقال المتحدث الرسمي إن الخطة جاهزة للتنفيذ.", "الخطة جاهزة")
    assert q.speaker == "المتحدث الرسمي"


# -- a demonstrative with a glued preposition is no name word ----------------------------------
def test_a_demonstrative_with_a_preposition_ends_a_name(pipe: Pipeline) -> None:
    text = "وذهب محمد لذلك المكان وأرسل رسالة، مؤكدا أن الأمر مهم جدا."
    q = one(pipe, text, "الأمر مهم")
    assert q.speaker is not None and "لذلك" not in q.speaker


def test_a_name_word_with_lam_stays_in_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال عبدالله لحود إن الاجتماع سيعقد غدا.", "الاجتماع سيعقد")
    assert q.speaker == "عبدالله لحود"


# -- a body after a name starts the one called on --------------------------------------------------
def test_a_body_after_a_name_is_the_one_called_on(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا سيرغي لافروف الولايات المتحدة إلى الحوار مع موسكو.", "الحوار")
    assert q.speaker == "سيرغي لافروف" and q.content.text.startswith("الحوار")
    q = one(pipe, "وحث كرزاي القوات الغربية مرارا على الحذر في العمليات.", "الحذر")
    assert q.speaker == "كرزاي"


def test_a_family_name_in_at_stays_in_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال محمد أنور السادات إن الحزب سيشارك في الانتخابات.", "الحزب سيشارك")
    assert q.speaker == "محمد أنور السادات"
    q = one(pipe, "ودعا خالد الفالح المواطنين إلى ترشيد الاستهلاك.", "ترشيد")
    assert q.speaker == "خالد الفالح"


# -- unmarked speech after «مكتفيا بالقول» ----------------------------------------------------------
def test_unmarked_words_after_only_saying_are_the_statement(pipe: Pipeline) -> None:
    text = "وقال الرئيس إن الوضع مستقر، رافضا الخوض فيما يثار، مكتفيا بالقول هناك بيان صدر من الرئاسة بعد الاجتماع."
    q = one(pipe, text, "بيان صدر")
    assert q.speaker == "الرئيس" and q.content.text.startswith("هناك بيان") and q.type == "direct"


def test_only_saying_with_a_complementizer_and_a_bare_saying_noun_are_unchanged(pipe: Pipeline) -> None:
    q = one(pipe, "ورفض المتحدث التعليق على ذلك، مكتفيا بالقول إن الأمر لا يخصه.", "الأمر لا يخصه")
    assert q.type == "indirect" and q.content.text.startswith("الأمر")
    assert all(q.cue.text != "بالقول" for q in quotes(pipe, "وذكر الوزير أن البحث بالقول المأثور مفيد."))


# -- «واعتقد» without the hamza inside the unmarked speech after «بالقول» ------------------------------
def test_i_think_without_hamza_goes_on_inside_only_saying(pipe: Pipeline) -> None:
    text = ("وقال الرئيس إن الوضع مستقر، رافضا الخوض فيما يثار، مكتفيا بالقول هناك بيان صدر من الرئاسة "
            "بعد الاجتماع واعتقد أنه يكفي للإجابة عن كل الاستفسارات.")
    q = one(pipe, text, "بيان صدر")
    assert q.content.text.endswith("عن كل الاستفسارات")
    assert "واعتقد" not in [x.cue.text for x in quotes(pipe, text)]


def test_the_perfect_believed_with_its_subject_stays_a_cue(pipe: Pipeline) -> None:
    text = ("وقال الرئيس إن الوضع مستقر، مكتفيا بالقول هناك بيان صدر من الرئاسة. "
            "واعتقد الوزير أن البيان يكفي للإجابة عن الاستفسارات.")
    q = one(pipe, text, "البيان يكفي")
    assert q.cue.text == "واعتقد" and q.speaker == "الوزير"
    q = one(pipe, "ورفض المتحدث التعليق واعتقد أن الأمر لا يخصه.", "الأمر لا يخصه")
    assert q.cue.text == "واعتقد"

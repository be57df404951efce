"""Quote-stage rule families of session 15, second round (q15b): an epithet named again («وقال
المدرب الهولندي» after «لويس فان جال مدرب …»; «النجم المصري» after «المصري الدولي محمد صلاح»)
and a directive's content inside its subject phrase («وتعهد الوزير بتقديم العلاج»), with an
office's genitive kept in the title («مدير الإشراف بتعليم الرياض»). The sentences are made up for
these tests (no corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- an epithet (role + nationality) named again -------------------------------------------------
def test_epithet_takes_the_one_holder_of_its_role(pipe: Pipeline) -> None:
    text = ("أصر لويس فان جال مدرب مانشستر يونايتد على بقاء الحارس في الفريق. واستبعده فان جال من "
            "مباراة الافتتاح. وقال المدرب الهولندي بعد الفوز: «لا يمكن أن نتركه يرحل بسهولة».")
    assert one(pipe, text, "يرحل").speaker == "لويس فان جال"


def test_epithet_of_an_implicit_cue_is_named_too(pipe: Pipeline) -> None:
    text = ("أصر لويس فان جال مدرب مانشستر يونايتد على بقاء الحارس. ولم يتردد المدرب الهولندي عند "
            "سؤاله عن الحارس وأجاب: «بالطبع».")
    assert one(pipe, text, "بالطبع").speaker == "لويس فان جال"


def test_epithet_takes_the_person_named_with_that_nationality(pipe: Pipeline) -> None:
    text = ("أعرب المصري الدولي محمد صلاح عن سعادته البالغة بتسجيل هدف خلال المباراة، حيث قال النجم "
            'المصري "أشعر بالسعادة حينما أسجل هدفا في الدوري الإيطالي".')
    assert one(pipe, text, "أشعر").speaker == "محمد صلاح"


def test_epithet_of_another_nationality_takes_no_name(pipe: Pipeline) -> None:
    text = ("أعرب الدولي المصري محمد صلاح عن سعادته بالفوز. وقال المدرب الإسباني إن الفريق قدم "
            "مباراة جيدة.")
    assert one(pipe, text, "مباراة جيدة").speaker == "المدرب الإسباني"


def test_epithet_with_a_different_role_and_nationality_takes_no_name(pipe: Pipeline) -> None:
    text = ("التقى الرئيس المصري عبد الفتاح السيسي وفدا من رجال الأعمال. وقال الرئيس الفرنسي إن "
            "العلاقات قوية.")
    assert one(pipe, text, "العلاقات").speaker == "الرئيس الفرنسي"


def test_epithet_with_nobody_named_before_stays(pipe: Pipeline) -> None:
    assert one(pipe, "وقال المدرب الهولندي إن الفريق جاهز.", "جاهز").speaker == "المدرب الهولندي"


def test_epithet_of_a_body_is_no_person(pipe: Pipeline) -> None:
    text = ("فاز اللاعب الكوري الجنوبي كيم مين جاي بالجائزة. وقالت الشركة الكورية الجنوبية إن "
            "الهاتف يصل الأسواق قريبا.")
    assert one(pipe, text, "الهاتف").speaker == "الشركة الكورية الجنوبية"


def test_epithet_with_two_holders_of_its_role_takes_neither(pipe: Pipeline) -> None:
    text = ("التقى المدرب جوزيه مورينيو مدرب تشيلسي بالمدرب كارلو أنشيلوتي مدرب ريال مدريد في لندن. "
            "وفي الحفل قال المدرب الهولندي إن الموسم صعب.")
    assert one(pipe, text, "الموسم").speaker == "المدرب الهولندي"


def test_epithet_with_two_role_holders_in_one_phrase_takes_neither(pipe: Pipeline) -> None:
    text = ("التقى مدرب تشيلسي جوزيه مورينيو ومدرب ريال مدريد كارلو أنشيلوتي في لندن. وفي الحفل "
            "قال المدرب الهولندي إن الموسم صعب.")
    assert one(pipe, text, "الموسم").speaker == "المدرب الهولندي"


# -- a directive's content inside its subject phrase: «وتعهد الوزير بتقديم العلاج» -----------------
def test_pledge_with_a_verbal_noun_after_a_bare_title(pipe: Pipeline) -> None:
    q = one(pipe, "وتعهد الوزير بتقديم العلاج المجاني لجميع المصابين.", "العلاج")
    assert q.speaker == "الوزير" and q.content.text.startswith("بتقديم")


def test_pledge_after_a_title_chain_and_a_nationality(pipe: Pipeline) -> None:
    q = one(pipe, "وتعهد الرئيس السوري بمحاسبة أحد أقربائه بعد الحادث.", "أقربائه")
    assert q.speaker == "الرئيس السوري" and q.content.text.startswith("بمحاسبة")


def test_demand_after_a_title_in_construct(pipe: Pipeline) -> None:
    q = one(pipe, "وطالب رئيس المجلس بتطبيق القانون على الجميع.", "القانون")
    assert q.speaker == "رئيس المجلس"


def test_an_office_with_a_place_stays_in_the_title(pipe: Pipeline) -> None:
    q = one(pipe, "وطالب مدير إدارة الإشراف بتعليم الرياض بتوفير المعلمين للمدارس.", "المعلمين")
    assert q.speaker == "مدير إدارة الإشراف بتعليم الرياض" and q.content.text.startswith("بتوفير")


def test_a_say_cue_keeps_the_office_in_the_title(pipe: Pipeline) -> None:
    q = one(pipe, "وقال مدير إدارة الإشراف بتعليم الرياض إن الدراسة ستبدأ غدا.", "الدراسة")
    assert q.speaker == "مدير إدارة الإشراف بتعليم الرياض"


def test_content_after_the_phrase_keeps_the_phrase(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا رئيس الوزراء بمناسبة العيد إلى الوحدة.", "الوحدة")
    assert q.content.text == "الوحدة"


def test_a_place_head_is_no_verbal_noun(pipe: Pipeline) -> None:
    assert not [q for q in quotes(pipe, "وتعهد مدير الشرطة بمحافظة جدة.") if "جدة" in q.content.text]


# -- «، عادًّا X Y» (deeming X Y): the participle after a comma ------------------------------------
def test_deeming_participle_after_a_statement(pipe: Pipeline) -> None:
    text = ("وأكد وزير الخارجية عادل الجبير أن المملكة ترفض التدخل في شؤون الدول الخليجية، عاداً "
            "استمرار مأساة الشعب السوري سببه دعم طهران للنظام.")
    q = one(pipe, text, "مأساة")
    assert q.cue.text == "عاداً" and q.speaker == "عادل الجبير"
    assert q.content.text.startswith("استمرار")


def test_deeming_a_definite_noun_or_a_demonstrative(pipe: Pipeline) -> None:
    text = "وقال الوزير إن الخدمات الصحية تحسنت، عادًا القطاع الخاص شريكا في تقديم الخدمات الصحية."
    q = one(pipe, text, "شريكا")
    assert q.speaker == "الوزير" and q.content.text.startswith("القطاع الخاص")
    assert one(pipe, text, "تحسنت").content.text == "الخدمات الصحية تحسنت"
    text = "وأكد المتحدث أن الأعمال الإرهابية مرفوضة، عادًا هذه الأعمال مرحلة متقدمة من البغي."
    assert one(pipe, text, "مرحلة").content.text.startswith("هذه الأعمال")


def test_returned_is_no_deeming(pipe: Pipeline) -> None:
    text = "وما إن علما بالخبر المفجع، عادا الى مقر الطوارئ ليكتشفا فقدان زميلهما."
    assert not [q for q in quotes(pipe, text) if q.cue.text == "عادا"]


def test_deeming_needs_a_comma_before_it(pipe: Pipeline) -> None:
    text = "وقال الشقيقان إنهما عادا من السفر أمس. وكان الطبيب عادا المرض خطيرا."
    assert not [q for q in quotes(pipe, text) if q.cue.text == "عادا"]

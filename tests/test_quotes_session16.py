"""Quote-stage rule families of session 16 (q16): what the session-15 notes left (a company named
again as «الشركة»/«العملاق الأمريكي»; a participle with a definite object, «معتبرا X Y»، «مؤكدا الحرص
على»; a trailing «بحسب ما أعلنت X لصحيفة Y» naming the outlet told) and what the blind held-out-23
run showed (a list colon «، وهما:» read as speech; «قال تعالى» given to «تعالى»; «وعبر X عن … وقال»
with no speaker; a surname named again without its channel). The sentences are made up for these
tests (no corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a participle with a definite object -------------------------------------------------------
def test_emphasis_participle_takes_a_definite_verbal_noun(pipe: Pipeline) -> None:
    text = "وقال الوزير إن المشروع يسير وفق الخطة، مؤكدا الحرص على إنجازه في موعده."
    q = one(pipe, text, "الحرص")
    assert q.content.text == "الحرص على إنجازه في موعده" and q.speaker == "الوزير"
    assert one(pipe, text, "يسير").content.text == "المشروع يسير وفق الخطة"


def test_deeming_participle_takes_its_object_and_predicate(pipe: Pipeline) -> None:
    text = "وقال الوزير إن المشروع يسير وفق الخطة، معتبرا القطاع الخاص شريكا أساسيا في التنمية."
    q = one(pipe, text, "شريكا")
    assert q.content.text == "القطاع الخاص شريكا أساسيا في التنمية" and q.hedged


def test_explaining_participle_opening_a_sentence(pipe: Pipeline) -> None:
    text = "وأشار الوزير إلى تأخر المشروع.\nمؤكدا الرفع بالعديد من المشاريع لاعتمادها."
    q = one(pipe, text, "الرفع")
    assert q.content.text == "الرفع بالعديد من المشاريع لاعتمادها" and q.speaker == "الوزير"


def test_a_participle_as_an_adjective_takes_no_object(pipe: Pipeline) -> None:
    text = "أهدر لاعبو الفريق أكثر من فرصة مؤكدة للتسجيل على مدار شوطي المباراة."
    assert quotes(pipe, text) == []


def test_a_definite_subject_before_the_complementizer_is_no_object(pipe: Pipeline) -> None:
    text = "ونوه إلى أن السوق لا يزال مفتوحا، مؤكدا الفردان أن البيع عصرا ليس فيه خلاف."
    assert not any(q.content.text.startswith("الفردان") for q in quotes(pipe, text))


def test_a_time_word_after_the_participle_is_no_object(pipe: Pipeline) -> None:
    text = "وقال الوزير إن المشروع يسير وفق الخطة، مؤكدا اليوم أن العمل مستمر."
    assert one(pipe, text, "مستمر").content.text == "العمل مستمر"


def test_informing_participle_takes_no_definite_object(pipe: Pipeline) -> None:
    # «مفيدا الصحيفة بأن»: the definite noun is the one told, not a statement
    text = "وقال الوزير إن المشروع يسير، مفيدا الصحيفة بأن العمل مستمر."
    assert not any(q.content.text.startswith("الصحيفة") for q in quotes(pipe, text))


def test_a_verb_with_its_subject_is_not_read_as_a_bare_participle(pipe: Pipeline) -> None:
    text = "واعتبر الوزير القرار خطوة مهمة في مسار الإصلاح."
    assert not any(q.content.text.startswith("الوزير") for q in quotes(pipe, text))


# -- a colon after «وهما/ومنها» opens a list ------------------------------------------------
def test_list_colon_is_no_speech_colon(pipe: Pipeline) -> None:
    text = ("أكد عضو المجلس البلدي المهندس عبدالعظيم الخاطر وجود مشروعين متعثرين في المحافظة، وهما: "
            "امتداد طريق الرياض وامتداد طريق الناصرة.")
    q = one(pipe, text, "امتداد")
    assert q.speaker == "عبدالعظيم الخاطر" and q.content.text.startswith("وجود مشروعين") and q.type == "indirect"


def test_speech_colon_after_the_speaker_stays(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير: إن المشروع يسير وفق الخطة.", "يسير")
    assert q.speaker == "الوزير" and q.content.text == "المشروع يسير وفق الخطة"


# -- a company named again ---------------------------------------------------------------------
def test_company_after_its_share_in_a_market_report(pipe: Pipeline) -> None:
    text = "ارتفع سهم داماك العقارية 0.8 في المائة بعدما أعلنت الشركة أن أرباحها زادت."
    q = one(pipe, text, "أرباحها")
    assert q.speaker == "داماك العقارية" and q.speaker_kind == "organization"


def test_company_with_a_nationality_takes_the_company_named_with_it(pipe: Pipeline) -> None:
    text = ("أطلقت شركة سامسونج إلكترونيكس الكورية الجنوبية شاشة جديدة. وتأتي الشاشة بتقنية من إنتاج "
            "شركة أيه.إم.دي والتي تقول الشركة الكورية الجنوبية إنها تضمن معدل تنشيط سلس.")
    assert "سامسونج" in one(pipe, text, "تنشيط").speaker


def test_company_with_another_nationality_stays_an_epithet(pipe: Pipeline) -> None:
    text = "أعلنت شركة سامسونج الكورية الجنوبية عن هاتف جديد. وقالت الشركة اليابانية إن الهاتف منافس."
    assert one(pipe, text, "منافس").speaker == "الشركة اليابانية"


def test_company_quoted_by_its_name_before(pipe: Pipeline) -> None:
    text = 'أعلنت "زين السعودية" عن عرضها الجديد للتجوال. وكشفت الشركة أن العرض متاح في بريطانيا.'
    assert one(pipe, text, "بريطانيا").speaker == "زين السعودية"


def test_company_by_its_full_definite_name(pipe: Pipeline) -> None:
    text = ("أسهمت المعاهد التي دشنتها الشركة السعودية للكهرباء في تدريب الشباب. وأوضحت الشركة في بيان "
            "أن المعاهد سبعة.")
    assert one(pipe, text, "سبعة").speaker == "الشركة السعودية للكهرباء"


def test_the_american_giant_is_the_american_company(pipe: Pipeline) -> None:
    text = "أطلقت شركة أبل الأمريكية هاتفا جديدا. وقال العملاق الأمريكي إن الهاتف يصل الأسواق قريبا."
    q = one(pipe, text, "الأسواق")
    assert q.speaker == "شركة أبل" and q.speaker_kind == "organization"


def test_a_ministry_is_no_company(pipe: Pipeline) -> None:
    text = "أعلنت وزارة الصحة عن حالات جديدة. وقالت الشركة إن الدواء متوفر."
    assert one(pipe, text, "متوفر").speaker == "الشركة"


# -- a trailing phrase names the outlet told ----------------------------------------------------
def test_trailing_phrase_with_the_outlet_told(pipe: Pipeline) -> None:
    text = "ارتفعت الأسعار في السوق المحلية خلال الأسبوع الماضي، بحسب ما أعلنت وزارة التجارة لصحيفة الحياة."
    q = one(pipe, text, "الأسعار")
    assert q.speaker == "وزارة التجارة" and [v.name for v in q.via] == ["الحياة"]
    assert q.content.text == "ارتفعت الأسعار في السوق المحلية خلال الأسبوع الماضي"


def test_trailing_phrase_with_an_agency_told(pipe: Pipeline) -> None:
    text = "ارتفعت الأسعار في السوق المحلية، بحسب ما قال مسؤول في الوزارة لوكالة رويترز."
    q = one(pipe, text, "الأسعار")
    assert q.speaker_kind == "anonymous" and [v.name for v in q.via] == ["رويترز"]


def test_trailing_phrase_told_to_citizens_has_no_via(pipe: Pipeline) -> None:
    text = "ارتفعت الأسعار في السوق المحلية خلال الأسبوع الماضي، بحسب ما أعلنت وزارة التجارة للمواطنين."
    assert one(pipe, text, "الأسعار").via == []


# -- God's words --------------------------------------------------------------------------------
def test_a_verse_is_gods(pipe: Pipeline) -> None:
    text = "قال تعالى: {وجعل بينكم مودة ورحمة}. ويقول عز وجل: «إنا أعطيناك الكوثر»."
    assert one(pipe, text, "مودة").speaker == "الله"
    assert one(pipe, text, "الكوثر").speaker == "الله"


def test_a_name_holding_allah_stays_the_name(pipe: Pipeline) -> None:
    assert one(pipe, "وقال عبدالله إن الوضع جيد.", "جيد").speaker == "عبدالله"


def test_gods_words_are_not_a_surname_of_a_man_named_before(pipe: Pipeline) -> None:
    text = "قال عبد الله بن محمد إن الوضع جيد. ثم قال تعالى: {ومن أظلم ممن منع مساجد الله}."
    assert one(pipe, text, "أظلم").speaker == "الله"


def test_a_book_of_god_is_no_speaker_after_a_verse(pipe: Pipeline) -> None:
    text = ("قال تعالى: {ولكم في القصاص حياة}. وأوصت الجمعية الدعاة بالعمل، وفق كتاب الله وسنة رسوله.")
    assert not any(q.speaker and "كتاب" in q.speaker for q in quotes(pipe, text))


# -- «وعبر X عن … وقال» -------------------------------------------------------------------------
def test_the_subject_of_wa_abbara_speaks_next(pipe: Pipeline) -> None:
    text = ("من جهة ثانية احتفى رئيس البعثة بتال العتيبي بجميع افراد المنتخب في احد فنادق العاصمة "
            'وعبر مدير المنتخب خالد مطر عن سعادته بالاحتفال وقال: "جهود رئيس البعثة واضحة".')
    assert one(pipe, text, "جهود").speaker == "خالد مطر"


def test_wa_abbara_before_a_road_is_via(pipe: Pipeline) -> None:
    text = 'وصل الوفد إلى المدينة وعبر الطريق الساحلي وقال: "الرحلة طويلة".'
    assert one(pipe, text, "الرحلة").speaker is None


# -- a surname named again keeps the channel -----------------------------------------------------
def test_surname_named_again_goes_on_through_the_outlet(pipe: Pipeline) -> None:
    text = ('وكشف وكيل الوزارة الدكتور خالد الفهيد لـ"الوطن" أن الوزارة حولت الأراضي.\n'
            "وأشار الفهيد إلى وجود مهن لا يقبلها المواطنون.")
    q = one(pipe, text, "مهن")
    assert q.speaker == "خالد الفهيد" and q.speaker_kind == "person" and [v.name for v in q.via] == ["الوطن"]


def test_another_surname_takes_neither_name_nor_channel(pipe: Pipeline) -> None:
    text = ('وكشف وكيل الوزارة الدكتور خالد الفهيد لـ"الوطن" أن الوزارة حولت الأراضي.\n'
            "وأشار العتيبي إلى وجود مهن لا يقبلها المواطنون.")
    q = one(pipe, text, "مهن")
    assert q.speaker == "العتيبي" and q.via == []


# -- «وجاء في بيان …» -------------------------------------------------------------------------
def test_came_in_a_statement_names_the_statement(pipe: Pipeline) -> None:
    text = "وقع الحادث أمس. وجاء في بيان للشرطة أنه «حين استجوب الضباط المشتبه به، حصل شجار»."
    q = one(pipe, text, "استجوب")
    assert q.speaker == "بيان للشرطة" and q.speaker_kind == "document" and q.type == "direct"


def test_the_text_of_the_statement_in_quote_marks(pipe: Pipeline) -> None:
    text = 'حملت الإدارة المنتخب المسؤولية، وجاء نص البيان "اللاعب انضم إلى تدريبات المنتخب منذ أسبوع".'
    q = one(pipe, text, "انضم")
    assert q.speaker == "البيان" and q.content.text == "اللاعب انضم إلى تدريبات المنتخب منذ أسبوع"


def test_came_in_an_indictment(pipe: Pipeline) -> None:
    text = "وجاء في لائحة الاتهام المقدمة إلى المحكمة أن المتهم اعترف خلال التحقيق معه بنقل رسائل."
    q = one(pipe, text, "المتهم")
    assert q.speaker_kind == "document" and q.speaker.startswith("لائحة الاتهام")


def test_came_second_is_no_statement(pipe: Pipeline) -> None:
    assert quotes(pipe, "وجاء في المركز الثاني فيلم الخيال العلمي الذي يعرض منذ أسبوع.") == []


def test_as_it_came_in_is_a_modifier(pipe: Pipeline) -> None:
    text = "وتم اعتقاله كما جاء في لائحة الاتهام أن المتهم سافر إلى الخارج."
    assert not any(q.speaker and "لائحة" in q.speaker for q in quotes(pipe, text))

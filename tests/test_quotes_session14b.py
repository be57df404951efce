"""Quote-stage rule families of session 14's second round (q14b), left by q14's held-out-21 run:
«أجمع X على أن/بأن» (a consensus cue: X are the speakers); a warning with its addressee («ونبه X
على Y بضرورة …»، «ونبه المدير المواطنين إلى …»: the one warned is not the speaker); a kunya
(«أبو/أم + name») is one name, and «باسم» before it in a title chain is the given name; a plural
generic source («الصحف») names no single outlet. The sentences are made up for these tests (no
corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- «أجمع X على أن / بأن» ---------------------------------------------------------------------------
def test_consensus_with_ala_anna_is_the_groups_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وأجمع المشاركون في الندوة على أن الحوار هو الحل الوحيد.", "الحوار")
    assert q.speaker == "المشاركون" and q.content.text == "الحوار هو الحل الوحيد"
    assert q.cue.text == "وأجمع" and q.type == "indirect"


def test_consensus_with_bi_anna_and_a_feminine_plural_subject(pipe: Pipeline) -> None:
    q = one(pipe, "وأجمعت الأحزاب المعارضة بأن الانتخابات لم تكن نزيهة.", "الانتخابات")
    assert q.speaker == "الأحزاب المعارضة" and q.content.text.startswith("الانتخابات لم تكن")


def test_consensus_on_a_noun_and_the_elative_are_no_quotes(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وأجمع المشاركون على اختيار رئيس جديد للجنة.")
    assert not quotes(pipe, "ووقف العالم أجمع مع الشعب المنكوب.")
    assert not quotes(pipe, "وهذا ما أجمع عليه العلماء منذ قرون.")
    assert not quotes(pipe, "ويجمع المتحف بين الفن القديم والحديث.")  # «يجمع» = combines


# -- a warning and its addressee ------------------------------------------------------------------
def test_warning_with_its_addressee_before_bi_darura(pipe: Pipeline) -> None:
    q = one(pipe, "ونبه مسؤولو الصحة على سكان المدينة بضرورة غلي المياه قبل شربها.", "غلي")
    assert q.speaker == "مسؤولو الصحة" and q.content.text.startswith("بضرورة غلي المياه")
    assert "سكان" not in q.content.text


def test_insistence_on_an_addressee_with_bi_ahamiyya_or_bi_anna(pipe: Pipeline) -> None:
    q = one(pipe, "وشدد الوزير على المواطنين بأهمية الالتزام بالتعليمات.", "الالتزام")
    assert q.speaker == "الوزير" and q.content.text.startswith("بأهمية الالتزام")
    q = one(pipe, "وأكد المحافظ على البلديات بأن تتحرك فورا لإزالة الأنقاض.", "تتحرك")
    assert q.speaker == "المحافظ" and q.content.text.startswith("تتحرك فورا")


def test_ala_with_a_plain_noun_or_a_platform_is_no_addressee(pipe: Pipeline) -> None:
    # «على الالتزام بالقانون»: what he urged, «بالقانون» is no content start
    assert not [q for q in quotes(pipe, "وحث الطبيب على الالتزام بالقانون.") if q.content.text == "بالقانون"]
    # «على أهمية أن …»: the content is the noun phrase itself, not the clause after «أن»
    q = one(pipe, "وأكد الخبير على أهمية أن تقود الجامعات هذا النقاش.", "الجامعات")
    assert q.content.text.startswith("أهمية أن تقود")
    # «على تويتر إن»: the medium of the statement, not one warned
    q = one(pipe, "وقال الوزير في تغريدة على تويتر إن الوضع مستقر.", "الوضع")
    assert q.speaker == "الوزير" and q.content.text == "الوضع مستقر"


def test_warning_on_darura_without_an_addressee_drops_ala(pipe: Pipeline) -> None:
    q = one(pipe, "ونبه الطبيب على ضرورة غسل اليدين جيدا.", "غسل")
    assert q.speaker == "الطبيب" and q.content.text.startswith("ضرورة غسل اليدين")


def test_warned_definite_group_after_the_speaker_is_the_addressee(pipe: Pipeline) -> None:
    q = one(pipe, "ونبه المدير المواطنين إلى ضرورة الحذر عند القيادة.", "الحذر")
    assert q.speaker == "المدير" and q.content.text.startswith("ضرورة الحذر")
    q = one(pipe, "وحذر المحافظ المواطنين من خطورة السباحة في السدود.", "السباحة")
    assert q.speaker == "المحافظ"


def test_a_group_in_construct_or_after_bismi_stays_in_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "ودعا رئيس المعلمين إلى الإضراب عن العمل.", "الإضراب")
    assert q.speaker == "رئيس المعلمين"
    q = one(pipe, "ودعا المتحدث باسم المتظاهرين إلى الإضراب عن العمل.", "الإضراب")
    assert "المتظاهرين" in q.speaker


def test_taniabbaha_became_aware_is_no_warning(pipe: Pipeline) -> None:
    # «تنبه/فتنبه» (form V, became aware) is written like «تُنبّه» (she warns): no imperfect in «ت»
    assert not quotes(pipe, "فتنبه الرجل لذلك وأرسل ابنه إلى المدينة.")
    assert not quotes(pipe, "ولو تنبه المسؤولون إلى المشكلة لكان حالنا غير ذلك.")
    q = one(pipe, "وينبه الأطباء إلى أن الحرارة تضر بالأطفال.", "الحرارة")
    assert q.speaker == "الأطباء"


# -- a kunya is one name --------------------------------------------------------------------------
def test_basem_before_a_kunya_in_a_title_chain_is_the_given_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد مدير الكرة بالنادي الأهلي باسم أبو داود أن الفريق جاهز للموسم.", "الفريق")
    assert q.speaker == "باسم أبو داود"
    q = one(pipe, "وقال المدير الفني للفريق باسم أم كلثوم إن اللاعبين جاهزون.", "اللاعبين")
    assert q.speaker == "باسم أم كلثوم"


def test_a_kunya_after_bismi_of_a_spokesman_is_no_body(pipe: Pipeline) -> None:
    # «المتحدث باسم»: «باسم» keeps its sense; the kunya is never cut into a body «أبو» and a name
    q = one(pipe, "وقال المتحدث باسم الحكومة أبو داود إن الوضع مستقر.", "الوضع")
    assert q.speaker == "أبو داود"
    q = one(pipe, "وقال المتحدث باسم حركة حماس سامي أبو زهري إن الوضع مستقر.", "الوضع")
    assert q.speaker == "سامي أبو زهري"
    q = one(pipe, "وأكد مدير الكرة بالنادي باسم العلي أن الفريق جاهز.", "الفريق")
    assert "أبو" not in q.speaker


# -- a plural generic outlet ------------------------------------------------------------------------
def test_the_newspapers_are_no_single_outlet_named_before(pipe: Pipeline) -> None:
    text = 'ونشرت صحيفة "الأهرام" تقريرا مطولا. وأجمعت الصحف الأوروبية على أن القناة هدية للعالم.'
    q = one(pipe, text, "القناة")
    assert q.speaker == "الصحف الأوروبية"
    text = 'ونشرت صحيفة "الأهرام" تقريرا مطولا. وقالت الصحيفة إن القناة هدية للعالم.'
    assert one(pipe, text, "القناة").speaker == "الأهرام"


# -- «الطرفان / الجانبان»: the pair named before -----------------------------------------------------
def test_the_two_parties_are_the_pair_coordinated_before(pipe: Pipeline) -> None:
    text = "واستأنفت مصر ودائنوها المحادثات في القاهرة أمس، وأشار الطرفان إلى أن الاتفاق قريب."
    q = one(pipe, text, "الاتفاق")
    assert q.speaker == "مصر ودائنوها" and q.speaker_kind == "organization"
    text = "والتقى وزيرا خارجية الولايات المتحدة وروسيا في جنيف. وأكد الجانبان أن الحوار مستمر."
    assert one(pipe, text, "الحوار").speaker == "الولايات المتحدة وروسيا"


def test_the_two_parties_without_a_pair_before_stay_as_written(pipe: Pipeline) -> None:
    q = one(pipe, "وعقد الاجتماع في القاهرة أمس. وأكد الطرفان أن الحوار مستمر.", "الحوار")
    assert q.speaker == "الطرفان"
    # a pair in another paragraph is out of reach
    q = one(pipe, "واستأنفت مصر ودائنوها المحادثات.\nوأكد الطرفان أن الحوار مستمر.", "الحوار")
    assert q.speaker == "الطرفان"


# -- an oblique plural right after a directive verb is its object ----------------------------------
def test_oblique_plural_after_a_call_is_the_one_called_on(pipe: Pipeline) -> None:
    text = "ونشر مغردون وسما يتضمن صورا للمطلوبين، ويدعو المواطنين للإبلاغ عن أي مشتبه به."
    assert not [q for q in quotes(pipe, text) if q.speaker and "المواطنين" in q.speaker]
    q = one(pipe, "وقال الوزير إن الوضع خطير. ودعا المسؤولين إلى الاستقالة فورا.", "الاستقالة")
    assert q.speaker != "المسؤولين" and q.speaker == "الوزير"


def test_nominative_plural_after_a_call_is_the_subject(pipe: Pipeline) -> None:
    assert one(pipe, "ودعا المسؤولون إلى الهدوء وضبط النفس.", "الهدوء").speaker == "المسؤولون"
    assert one(pipe, "ودعا المواطنون الحكومة إلى التحرك العاجل.", "التحرك").speaker == "المواطنون"


# -- «العام» after the body a title governs -----------------------------------------------------------
def test_a_titled_subject_with_al_amm_reaches_the_name_for_a_later_said(pipe: Pipeline) -> None:
    text = "وزار مدير الأمن العام الفريق سعد الحربي المصابين أمس. وقال إن حالتهم مستقرة."
    assert one(pipe, text, "حالتهم").speaker == "سعد الحربي"
    text = "ونقل مدير الأمن العام اللواء سعد الحربي للجنود تحيات القيادة. وقال إن الجميع بخير."
    assert one(pipe, text, "الجميع").speaker == "سعد الحربي"


def test_al_amm_before_a_year_word_stays_a_time(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد مدير المدرسة العام الماضي أن النتائج ممتازة.", "النتائج")
    assert q.speaker == "مدير المدرسة"
    q = one(pipe, "وقال وزير الخارجية العام الماضي إن الزيارة مهمة.", "الزيارة")
    assert q.speaker == "وزير الخارجية"


# -- a nested pledge coordinated with the content subject's verb ------------------------------------
def test_nested_pledge_takes_the_content_subject_relayed_by_the_speaker(pipe: Pipeline) -> None:
    text = "وكان الوزير قد أعلن أن الأردن وافق على استقبال الجرحى وتعهد بتقديم العلاج لهم."
    [q] = [q for q in quotes(pipe, text) if q.cue.text == "وتعهد"]
    assert q.speaker == "الأردن" and q.content.text == "بتقديم العلاج لهم"
    assert [v.name for v in q.via] == ["الوزير"]
    text = "وقال الوزير إن الحكومة وافقت على الخطة وتعهدت بتنفيذها فورا."
    assert [q.speaker for q in quotes(pipe, text) if q.cue.text == "وتعهدت"] == ["الحكومة"]


def test_nested_directive_that_does_not_agree_or_follows_a_comma_is_not_the_subjects(pipe: Pipeline) -> None:
    # «وتعهد» (masculine) after «الحكومة وافقت» (feminine): not the government's pledge
    text = "وقال الوزير إن الحكومة وافقت على الخطة وتعهد بتنفيذها فورا."
    assert not [q for q in quotes(pipe, text) if q.speaker == "الحكومة"]
    # after a comma the speaker goes on: «…، ودعا إلى …» is the minister's call
    text = "وقال الوزير إن الحكومة وافقت على الخطة، ودعا إلى تنفيذها فورا."
    assert one(pipe, text, "تنفيذها").speaker == "الوزير"

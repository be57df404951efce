"""Quote-stage rule families of session 18b (q18b), left by q18 and qa18 on the news day and ANERcorp:
unmarked negated speech right after a sure speaker («وأضاف المتحدث لا توجد عمليات جديدة»), and the
topic of a channel after «عن» before the complementizer («وكشفت مجلة X في تقرير لها عن شركات …، أن»).
The sentences are made up for these tests (no corpus text); each family has positive and negative
cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- unmarked negated speech after a sure speaker -----------------------------------------------------
def test_a_negated_clause_after_a_definite_speaker_is_his_words(pipe: Pipeline) -> None:
    q = one(pipe, "وأضاف المتحدث لا توجد أي خسائر في صفوف المدنيين.", "لا توجد")
    assert q.speaker == "المتحدث" and q.content.text.startswith("لا توجد أي خسائر")


def test_a_negated_clause_after_a_full_name_is_his_words(pipe: Pipeline) -> None:
    q = one(pipe, "وقال سالم أحمد الحربي لن يثنينا هذا الهجوم عن مواصلة العمل.", "لن يثنينا")
    assert q.speaker == "سالم أحمد الحربي" and q.content.text.startswith("لن يثنينا")
    q = one(pipe, "وقال الوزير لم يعد هناك مجال للتأجيل.", "لم يعد")
    assert q.speaker == "الوزير"


def test_follow_is_no_saying_verb_for_unmarked_speech(pipe: Pipeline) -> None:
    # «تابع» is also "followed": «وتابع ركلة ركنية … لم تكن متقنة» is a match report, no speech
    text = "وتابع اللاعب ركلة ركنية لم تكن متقنة فخرجت إلى ركلة مرمى."
    assert all(not q.content.text.startswith("لم تكن") for q in quotes(pipe, text))


def test_an_indefinite_speaker_with_a_negated_relative_clause_is_no_unmarked_speech(pipe: Pipeline) -> None:
    # «مسؤول لم يكشف عن اسمه» is a relative clause; the words follow «إن»
    for text in ("وقال مسؤول لم يكشف عن اسمه إن القوات تقدمت نحو البلدة.",
                 "وقال مسؤول لم يكشف عن اسمه القوات تقدمت نحو البلدة."):
        assert all(not q.content.text.startswith("لم يكشف") for q in quotes(pipe, text))


def test_a_negated_clause_with_marked_words_ahead_is_not_read_as_unmarked(pipe: Pipeline) -> None:
    text = "وقال المتحدث لم يتسن لنا التأكد من ذلك، إن الجيش لم يرد بعد."
    assert all(not q.content.text.startswith("لم يتسن") for q in quotes(pipe, text))


def test_a_negation_before_a_noun_opens_no_speech(pipe: Pipeline) -> None:
    # «لا» + a noun is no verbal clause («لا شك»: no doubt)
    assert all(not q.content.text.startswith("لا شك") for q in quotes(pipe, "وقال الوزير لا شك في ذلك."))


# -- the topic of a channel after «عن» ----------------------------------------------------------------
def test_an_an_phrase_after_a_channel_is_the_topic_the_content_follows_an(pipe: Pipeline) -> None:
    text = "وكشفت مجلة الأسواق في تقرير لها عن شركات النقل البحري في المنطقة، أن أرباحها تضاعفت."
    q = one(pipe, text, "أرباحها تضاعفت")
    assert q.content.text.startswith("أرباحها تضاعفت") and "شركات" not in q.content.text
    q = one(pipe, "وقال الوزير في تصريح له عن الأزمة إن الحل قريب.", "الحل قريب")
    assert q.speaker == "الوزير"


def test_an_outlets_adjective_phrase_before_the_channel_and_its_topic(pipe: Pipeline) -> None:
    text = ('وكشفت مجلة "السوق والمال" المتخصصة في الشأن المالي في تقرير لها عن شركات التأمين '
            'المدرجة في البورصة، أن أرباحها تضاعفت.')
    q = one(pipe, text, "أرباحها تضاعفت")
    assert q.content.text.startswith("أرباحها تضاعفت") and q.speaker == "السوق والمال"


def test_an_an_phrase_after_a_channel_with_no_complementizer_is_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وأعلنت الوزارة في بيان لها عن افتتاح المستشفى الجديد.", "افتتاح المستشفى")
    assert q.content.text.startswith("افتتاح المستشفى")
    # a participle cue between: the «عن» phrase is what was announced, the participle speaks on
    text = "وأعلنت الشركة في بيان عن توسعة المصنع في المدينة، مؤكدة أنها ستفي بالتزاماتها."
    q = one(pipe, text, "توسعة المصنع")
    assert q.content.text.startswith("توسعة المصنع")


def test_an_an_without_a_channel_before_it_stays_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وكشفت الشركة عن خطة جديدة للتوسع في الأسواق.", "خطة جديدة")
    assert q.content.text.startswith("خطة جديدة")


# -- a person told, after «لـ» glued to his given name or title --------------------------------------
def test_a_given_name_after_the_speakers_title_is_the_one_told(pipe: Pipeline) -> None:
    text = "صرح الدكتور سالم الحربي وزير الزراعة والري لمحمد الزهراني مدير التحرير بأن الموسم سيكون وفيرا."
    q = one(pipe, text, "الموسم سيكون")
    assert q.speaker == "سالم الحربي" and [v.name for v in q.via] == ["محمد الزهراني"]


def test_a_title_after_the_speakers_phrase_is_the_one_told(pipe: Pipeline) -> None:
    q = one(pipe, "وقال السفير الأردني لمساعد وزير الخارجية المصري إن العلاقات متينة.", "العلاقات متينة")
    assert q.speaker == "السفير الأردني" and q.via and "مساعد وزير الخارجية" in q.via[0].name


def test_a_title_chains_own_li_stays_in_the_speaker(pipe: Pipeline) -> None:
    # «مستشار لرئيس الوزراء»: an indefinite title goes on with «لـ»; «لرئيس الوزراء» after a definite
    # title is a construct with a definite word after it — both stay the speaker's phrase
    for text in ("وقال مستشار لرئيس الوزراء إن الحكومة مستمرة.", "وقال المستشار لرئيس الوزراء إن الحكومة مستمرة.",
                 "وقال النائب السابق لمدير عام الجمارك إن الحكومة مستمرة.",
                 "وقال الأمين العام لجامعة الدول العربية إن القمة ستعقد."):
        q = one(pipe, text, " ".join(text.split()[-2:]).rstrip("."))
        assert not q.via and any(w in q.speaker for w in ("لرئيس", "لمدير", "لجامعة"))


# -- a paper's issue between the relay verb and «عن» ---------------------------------------------------
def test_a_papers_issue_before_an_is_read_through_to_the_relayed_source(pipe: Pipeline) -> None:
    text = 'ونقلت صحيفة "الغد" البريطانية في عددها الصادر اليوم عن المدرب قوله إن الفريق جاهز للموسم.'
    q = one(pipe, text, "الفريق جاهز")
    assert q.speaker == "المدرب" and [v.name for v in q.via] == ["الغد"]
    q = one(pipe, "ونقلت صحيفة «التايمز» البريطانية في عددها امس عن مصدر أمني قوله، إن الهجوم أحبط.", "الهجوم أحبط")
    assert q.speaker == "مصدر أمني" and [v.name for v in q.via] == ["التايمز"]


def test_an_an_after_a_relays_subject_with_no_issue_stays_as_it_was(pipe: Pipeline) -> None:
    q = one(pipe, "ونقلت وكالة رويترز عن المدرب قوله إن الفريق جاهز للموسم.", "الفريق جاهز")
    assert q.speaker == "المدرب"


def test_a_number_of_channels_is_no_channel_phrase(pipe: Pipeline) -> None:
    # «في عدد من الفضائيات»: no «له/لها» after the noun — the phrase stays an adverbial, no content in it
    text = "اتجهت الفنانة إلى الكويت، ويتوقع إذاعة الأغنية في عدد من الفضائيات في وقت قريب."
    assert all(q.content.text != "قريب" for q in quotes(pipe, text))

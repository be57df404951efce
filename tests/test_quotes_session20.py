"""Quote-stage rule families of session 20 (q20), chosen after the blind Wojood / ANERcorp set 4 runs and
counted over the news day, ANERcorp 723.. and the Wojood sample first. The sentences are made up for these
tests (no corpus text); positive and negative cases.

1. A sentence adverb in the accusative between the speaker (or the cue) and the content — «عموما»، «رسميا»،
   «أخيرا»، «مجددا» … (`words.tsv`, with the time adverbs) — is neither the speaker nor part of his name
   («ويعتبر الخبراء عموما ان» → «عموما», «وقدرت شركة … أخيرا»: news day 5 documents, ANERcorp 1, events slice 2).
2. The bare «مقترح» is the noun «a proposal», no cue («مقترح جلالته بمنح …»، «تفعيل مقترح خادم الحرمين»،
   «لمقترح بديل»), and so is «مقترحا» after «هناك» (news day 2 documents, ANERcorp 2, events slice 1); the
   circumstantial participle «، مقترحا وضع …» stays a directive cue.
3. A short line without final punctuation is a headline or a caption unless a perfect verb cue tells what
   someone said: headlines report in the imperfect or with a colon («الحكومة تناشد الأطباء …»، «وزير: …»),
   running text that lost its full stop in the perfect («لقد أوضحت روسيا أنها …»، «إلى ذلك قال مسؤولون …
   إن …»، «و قال: …»: news day 3 documents, Wojood 4)."""

from __future__ import annotations

import pytest
import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- 1. sentence adverbs ---------------------------------------------------------------------------
@pytest.mark.parametrize("adverb", ["عموما", "رسميا", "رسمياً", "أخيرا", "مجددا", "صراحة", "شخصيا", "علنا", "مرارا"])
def test_an_adverb_after_the_speaker_is_not_the_speaker(pipe: Pipeline, adverb: str) -> None:
    q = one(pipe, f"وقال وزير المالية {adverb} إن الاقتصاد سينمو هذا العام.", "الاقتصاد سينمو")
    assert q.speaker == "وزير المالية" and q.source.text == "وزير المالية"
    assert q.content.text == "الاقتصاد سينمو هذا العام"


def test_an_adverb_after_an_opinion_cue_and_its_group(pipe: Pipeline) -> None:
    q = one(pipe, "ويعتبر الخبراء عموما ان الصيف سيكون حارا.", "الصيف سيكون")
    assert q.speaker == "الخبراء" and q.hedged


def test_an_adverb_after_an_organisation_ends_its_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقدرت شركة سويس ري للتأمين أخيرا أن الخسائر بلغت عشرة مليارات دولار.", "الخسائر بلغت")
    assert q.speaker == "شركة سويس ري للتأمين"


def test_an_adverb_right_after_the_cue_is_not_content(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الوزير مجددا أن الحكومة ستدعم المزارعين.", "ستدعم المزارعين")
    assert q.speaker == "الوزير" and q.content.text == "الحكومة ستدعم المزارعين"


def test_an_impersonal_passive_with_an_adverb_has_no_speaker(pipe: Pipeline) -> None:
    got = quotes(pipe, "ويُتوقع رسميا أن ينمو الاقتصاد سبعة في المئة هذا العام.")
    assert not [q for q in got if q.speaker == "رسميا"]
    assert not [q for q in got if q.speaker]


def test_negative_a_name_or_title_word_is_kept(pipe: Pipeline) -> None:
    # not adverbs: a country ending in «يا» and a title with its adjective stay the speaker
    q = one(pipe, "وقالت تركيا إن الحدود ستبقى مغلقة.", "الحدود ستبقى")
    assert q.speaker == "تركيا"
    q = one(pipe, "وقال المتحدث الرسمي باسم الوزارة إن الحدود ستبقى مغلقة.", "الحدود ستبقى")
    assert "المتحدث الرسمي" in q.source.text


def test_negative_an_adverb_inside_the_content_stays(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن الاقتصاد سينمو عموما هذا العام.", "الاقتصاد سينمو")
    assert q.content.text == "الاقتصاد سينمو عموما هذا العام"


# -- 2. «مقترح», the noun ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وجاءت المظاهرات عقب الآمال التي أحياها مقترح الملك بمنح حكم ذاتي موسع للأقاليم.",
    "وتمت خلال الاجتماع دراسة تفعيل مقترح الرئيس بإنشاء مركز للحوار.",
    "ثم جاء مسلسل مقترح رفع الإيقاف عن اللاعبين الخمسة.",
    "ورحب المجلس بمقترح الحكومة إنشاء صندوق للطوارئ.",
])
def test_the_bare_noun_is_no_cue(pipe: Pipeline, text: str) -> None:
    assert not [q for q in quotes(pipe, text) if "قترح" in q.cue.text]


def test_the_noun_after_there_is(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن هناك مقترحا بمنح التأشيرات من منافذ الدخول.", "هناك")
    assert q.speaker == "الوزير" and q.cue.text == "وقال"
    assert not [x for x in quotes(pipe, "وقال الوزير إن هناك مقترحا بمنح التأشيرات.") if "قترح" in x.cue.text]


def test_negative_the_participle_and_the_verb_stay_cues(pipe: Pipeline) -> None:
    q = one(pipe, "وانتقد الوزير آلية التثمين، مقترحا في هذا السياق وضع الأسعار المبدئية.", "وضع الأسعار")
    assert q.cue.text == "مقترحا"
    q = one(pipe, "وتحدثت الوزيرة عن المشروع مقترحةً أن يبدأ التنفيذ الشهر المقبل.", "يبدأ التنفيذ")
    assert q.cue.text == "مقترحةً"
    q = one(pipe, "واقترح الوزير إنشاء مركز للحوار.", "إنشاء مركز")
    assert q.cue.text == "واقترح" and q.speaker == "الوزير"


def test_negative_especially_since_is_not_skipped(pipe: Pipeline) -> None:
    # «خصوصا أن» (especially since) opens a clause of the author's: not an adverb to skip before a content
    got = quotes(pipe, "ووصفت الوزيرة مشاركة المرأة بالإيجابية، خصوصاً أنها خاضت تجارب سابقة.")
    assert not [q for q in got if q.speaker and "مشاركة" in q.speaker]
    assert not [q for q in got if q.content.text.startswith("أنها خاضت")]


# -- 3. unpunctuated lines that are not headlines -----------------------------------------------------
NEXT = "\n\nوصل الوفد إلى المدينة مساء أمس."


def test_a_perfect_cue_line_without_a_full_stop_is_a_statement(pipe: Pipeline) -> None:
    got = pipe.analyze("لقد أوضحت روسيا أنها تتوقع من تركيا احتواء التنظيم" + NEXT).quotes
    assert [(q.speaker, q.content.text) for q in got] == [("روسيا", "أنها تتوقع من تركيا احتواء التنظيم")]
    got = pipe.analyze("وصل الوفد إلى المدينة.\n\nوقال الوزير إن الحكومة ستدعم المزارعين" + NEXT).quotes
    assert [(q.speaker, q.content.text) for q in got] == [("الوزير", "الحكومة ستدعم المزارعين")]


def test_a_line_of_speech_after_said_and_a_colon(pipe: Pipeline) -> None:
    got = pipe.analyze("وصل الوفد إلى المدينة.\n\nقالت الأم: قوم بلا فلسفة" + NEXT).quotes
    assert [(q.speaker, q.content.text, q.type) for q in got] == [("الأم", "قوم بلا فلسفة", "direct")]


@pytest.mark.parametrize("title", [
    "وزير الخارجية يؤكد أن العلاقات مع الجيران متينة",
    "وزير الخارجية: العلاقات مع الجيران متينة",
    "الحكومة تناشد الأطباء في عدن سرعة العودة للمستشفيات",
])
def test_negative_a_headline_stays_a_headline(pipe: Pipeline, title: str) -> None:
    assert pipe.analyze(title + NEXT).quotes == []
    assert pipe.analyze("وصل الوفد إلى المدينة.\n\n" + title + NEXT).quotes == []

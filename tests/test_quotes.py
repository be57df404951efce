"""The quote stage: chains of attribution on the example article, cue morphology,
non-statements (headlines, quoted names), content spans and offsets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import quote_helpers
from quote_helpers import any_span, check_spans

from khabar.document import Document, from_json, to_json
from khabar.extract.quotes import QuoteStage
from khabar.extract.quotes.chain import same_speaker
from khabar.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"

needs_shared = pytest.mark.skipif(not EXAMPLE.exists(), reason="../shared not available")


pipe = quote_helpers.quotes_pipe


@pytest.fixture(scope="module")
def example(pipe: Pipeline) -> Document:
    return pipe.analyze(EXAMPLE.read_text(encoding="utf-8"), published="2024-09-06")


def quotes_of(pipe: Pipeline, text: str) -> list:
    return pipe.analyze(text).quotes


def find(doc: Document, fragment: str):
    hits = [q for q in doc.quotes if fragment in q.content.text]
    assert len(hits) == 1, f"{len(hits)} quotes contain {fragment!r}"
    return hits[0]


def vias(q) -> list[str]:
    return [v.name for v in q.via]


# -- the example article's chains --------------------------------------------------------

@needs_shared
def test_wsj_report_citing_us_officials_relayed_by_almutalla(example: Document) -> None:
    q = find(example, "الولايات المتحدة والعراق توصلتا إلى اتفاق")
    assert q.cue.text == "ونقلت"
    assert q.speaker == "مسؤولين أمريكيين" and q.speaker_kind == "anonymous"
    assert len(q.via) == 2
    assert same_speaker(q.via[0].name, "وكالة المطلاع")  # outermost first
    assert q.via[1].name == "وول ستريت جورنال"
    assert q.via[1].text == "الصحيفة"  # «الصحيفة» resolved to the outlet named before
    assert q.type == "mixed"
    hedged = find(example, 'تظل بعد ذلك "قوة أميركية صغيرة"')
    assert hedged.cue.text == "مرجحين" and hedged.hedged and hedged.implicit
    assert hedged.speaker == "مسؤولين أمريكيين" and hedged.continues == q.id
    assert vias(hedged) == vias(q)


@needs_shared
def test_bloomberg_citing_two_senior_officials(example: Document) -> None:
    q = find(example, "استبدال التحالف الدولي الذي تقوده واشنطن")
    assert q.speaker == "مسؤولين كبيرين" and q.speaker_kind == "anonymous"
    assert vias(q) == ["بلومبرغ"]
    later = find(example, "واشنطن تجري مباحثات")
    assert later.source.text == "المسؤولون" and later.speaker == "مسؤولين كبيرين"
    assert vias(later) == ["بلومبرغ"]
    dual = find(example, 'استمرار الوجود الأميركي "ضروري"')
    assert dual.cue.text == "واعتبرا" and dual.implicit and dual.hedged


@needs_shared
def test_farhad_according_to_wsj_and_his_continuation(example: Document) -> None:
    q = find(example, "بلاده عملت مع الولايات المتحدة")
    assert q.speaker == "فرهاد علاء الدين" and q.speaker_kind == "person"
    assert q.source.text == "مستشار رئيس الوزراء العراقي للشؤون الخارجية فرهاد علاء الدين"
    assert vias(q) == ["وول ستريت جورنال"]
    assert q.via[0].cue is not None and q.via[0].cue.text == "بحسب ما أوردت"
    assert not q.content.text.endswith(("،", '"وول ستريت جورنال"'))
    cont = find(example, "الجانبين يعملان كذلك")
    assert cont.cue.text == "ولفت" and cont.implicit
    assert cont.continues == q.id and cont.source == q.source
    assert cont.speaker == "فرهاد علاء الدين" and vias(cont) == ["وول ستريت جورنال"]


@needs_shared
def test_sudani_interview_with_bloomberg_and_continuation(example: Document) -> None:
    q = find(example, "مبررات وجود التحالف الدولي بالعراق انتهت")
    assert q.speaker == "محمد شياع السوداني" and vias(q) == ["بلومبرغ"]
    cont = find(example, "انتهاء مهمة التحالف الدولي")
    assert cont.cue.text == "واعتبر" and cont.implicit and cont.hedged
    assert cont.continues == q.id and cont.speaker == q.speaker and vias(cont) == ["بلومبرغ"]
    again = find(example, "لا يمثل تهديداً للدولة العراقية")
    assert again.source.text == "السوداني" and again.speaker == "محمد شياع السوداني"


@needs_shared
def test_direct_quote_to_bloomberg(example: Document) -> None:
    q = find(example, "توصلنا إلى اتفاق")
    assert q.type == "direct" and q.speaker == "مسؤول أميركي كبير"
    assert q.content.text == "توصلنا إلى اتفاق، وحالياً يتعلق الأمر فقط بموعد الإعلان عنه"
    assert vias(q) == ["بلومبرغ"]


@needs_shared
def test_headline_is_not_a_quote(example: Document) -> None:
    headline_end = example.text.index("\n", example.text.index("تكشف"))
    assert all(q.cue.start > headline_end for q in example.quotes)
    assert len(example.quotes) == 18


# -- morphology, non-statements, spans -------------------------------------------------------

def test_cues_with_clitics_gender_number_and_voice(pipe: Pipeline) -> None:
    text = (
        "وقالت الوزيرة إن الخطة جاهزة. فأكدوا أن الموعد ثابت. "
        "ونُقل عن مسؤول قوله إن الاجتماع تأجل. وسيقول المتحدث إن البيان صدر."
    )
    qs = quotes_of(pipe, text)
    assert [q.cue.text for q in qs] == ["وقالت", "فأكدوا", "ونُقل", "وسيقول"]
    assert qs[0].content.text == "الخطة جاهزة"
    assert qs[2].speaker == "مسؤول" and qs[2].speaker_kind == "anonymous"
    assert qs[3].source.text == "المتحدث"


def test_participle_continues_the_speaker(pipe: Pipeline) -> None:
    text = "وأكد وزير المالية أحمد سالم أن العجز تراجع، مشيراً إلى أن الدين مستقر."
    first, second = quotes_of(pipe, text)
    assert first.content.text == "العجز تراجع"
    assert second.cue.text == "مشيراً" and second.implicit and second.continues == first.id
    assert second.speaker == "أحمد سالم" and second.content.text == "الدين مستقر"


def test_quote_marks_around_names_and_titles_are_not_statements(pipe: Pipeline) -> None:
    assert quotes_of(pipe, "أطلقت الوزارة خدمة «وضع السفر» الجديدة للمسافرين.") == []
    (q,) = quotes_of(pipe, 'وقال مسؤول عسكري إن تنظيم "داعش" لا يمثل تهديدا للدولة.')
    assert q.type == "indirect"
    assert q.content.text == 'تنظيم "داعش" لا يمثل تهديدا للدولة'


def test_multi_sentence_direct_quote_is_whole(pipe: Pipeline) -> None:
    text = 'وقال الوزير: "هذه جملة أولى. وهذه جملة ثانية، والثالثة هنا." ثم غادر القاعة.\n'
    (q,) = quotes_of(pipe, text)
    assert q.type == "direct"
    assert q.content.text.startswith("هذه جملة أولى.") and "والثالثة هنا" in q.content.text
    assert '"' not in q.content.text


def test_hedged_and_phrase_cues(pipe: Pipeline) -> None:
    text = "ورجح محللون أن ترتفع الأسعار. وانخفضت الأسهم 2 في المائة، بحسب وكالة رويترز."
    hedged, phrase = quotes_of(pipe, text)
    assert hedged.hedged and hedged.speaker_kind == "group"
    assert phrase.cue.text == "بحسب" and phrase.speaker_kind == "outlet"
    assert phrase.content.text == "انخفضت الأسهم 2 في المائة"


def test_author_voice_and_prayers_are_not_statements(pipe: Pipeline) -> None:
    text = "يذكر أن المشروع بدأ العام الماضي. ودعا الله أن يحفظ البلاد."
    assert quotes_of(pipe, text) == []


def test_offsets_round_trip(example: Document, pipe: Pipeline) -> None:
    docs = [example, pipe.analyze("وقالت مصادر لـ«عكاظ» إن «الاتفاق قريب». وأضافت أن الموعد لم يحدد.")]
    for doc in docs:
        assert doc.quotes
        for q in doc.quotes:
            spans = [q.cue, q.content] + ([q.source] if q.source else [])
            spans += [v.cue for v in q.via if v.cue]
            for sp in spans:
                assert doc.text[sp.start : sp.end] == sp.text
            for v in q.via:
                if v.start is not None:
                    assert doc.text[v.start : v.end] == v.text
        assert from_json(to_json(doc)) == doc


def test_stage_without_entities_or_sentences() -> None:
    stage = QuoteStage()
    assert stage(Document(id="x", text="")) == []
    assert stage(Document(id="y", text="وقال الوزير إن الخطة جاهزة.")) == []  # no text layer yet


# -- gold set ----------------------------------------------------------------------------------

GOLD = sorted((REPO / "tests" / "gold" / "quotes").glob("*.json"))


@needs_shared
def test_gold_spans_match_the_article_texts() -> None:
    from khabar.eval.quotes import load_gold

    golds = load_gold()
    assert len(golds) == len(GOLD) == 34
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, (gold["key"],), missing_ok=any_span)
            assert q["type"] in ("direct", "indirect", "mixed")
            assert q["speaker_kind"] in ("person", "organization", "outlet", "anonymous", "document", "group")


@needs_shared
def test_heldout_gold_spans_match_the_article_texts() -> None:
    from khabar.eval.quotes import SETS, load_gold

    for name, folder in SETS.items():
        for gold in load_gold(folder):
            for q in gold["quotes"]:
                check_spans(gold["text"], q, (name, gold["key"]), missing_ok=any_span)


@needs_shared
def test_dev_gold_scores_stay_above_targets() -> None:
    from khabar.eval.quotes import evaluate

    rep = evaluate(use_entities=False).report()
    assert rep["content_f1"] >= 0.90
    assert rep["speaker_acc"] >= 0.90
    assert rep["via_acc"] >= 0.85


def test_gold_files_are_annotations_not_texts() -> None:
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert "content" not in gold and "text" not in gold


def test_lexicon_forms_and_clitics() -> None:
    from khabar.extract.quotes.lexicon import load
    from khabar.text.normalize import match_form

    lex = load()
    for word, lemma, pos in [
        ("ودعا", "دعا", "verb"), ("داعيا", "دعا", "participle"), ("وقالت", "قال", "verb"),
        ("مشيراً", "أشار", "participle"), ("موضحةً", "أوضح", "participle"), ("وسيقول", "قال", "verb"),
        ("ونفوا", "نفى", "verb"), ("بقولهم", "قول", "masdar"), ("واعتبرا", "اعتبر", "verb"),
        ("وقالوا", "قال", "verb"), ("نافيا", "نفى", "participle"),
    ]:
        hit = lex.cue(match_form(word))
        assert hit is not None, word
        assert (hit[1].lemma, hit[1].pos) == (lemma, pos), word
    assert lex.cue(match_form("قدرة")) is None  # not «قدر» + object pronoun
    assert lex.cue(match_form("بالقول")) is None or lex.is_("manner", match_form("بالقول"))


def test_nested_statement_is_relayed_by_the_outer_speaker(pipe: Pipeline) -> None:
    text = "وأكد العميد أحمد سالم أن الوزارة أكدت تكفلها بالعلاج، مشيرا إلى أن الحالة مستقرة."
    qs = quotes_of(pipe, text)
    nested = [q for q in qs if q.speaker == "الوزارة"]
    assert len(nested) == 1
    assert [(v.name, v.kind) for v in nested[0].via] == [("أحمد سالم", "person")]
    outer = [q for q in qs if q.speaker == "أحمد سالم"]
    assert len(outer) == 2 and outer[1].continues == outer[0].id


def test_generic_outlet_nouns_resolve_to_the_outlet_named_before(pipe: Pipeline) -> None:
    text = (
        "كشفت صحيفة نيويورك تايمز أن المفاوضات انتهت.\n\n"
        "وقال مسؤولون للصحيفة إن الاتفاق سيعلن قريبا.\n\n"
        "وذكرت الصحيفة أن الموعد لم يحدد بعد."
    )
    first, second, third = quotes_of(pipe, text)
    assert first.speaker == "نيويورك تايمز" and first.speaker_kind == "outlet"
    assert [v.name for v in second.via] == ["نيويورك تايمز"] and second.speaker_kind == "anonymous"
    assert third.source.text == "الصحيفة" and third.speaker == "نيويورك تايمز"


def test_speaker_before_the_verb_and_continuation_across_paragraphs(pipe: Pipeline) -> None:
    text = "لكن الحكومة نفت وجود أي اتفاق سري.\n\nوأضافت أن المحادثات ما زالت جارية."
    first, second = quotes_of(pipe, text)
    assert first.source.text == "الحكومة" and first.content.text == "وجود أي اتفاق سري"
    assert second.implicit and second.continues == first.id and second.speaker == first.speaker


def test_framing_phrase_becomes_the_via_of_the_statement(pipe: Pipeline) -> None:
    text = "ووفقا لوكالة رويترز، فقد أوضحت مصادر أمنية أن الهجوم وقع فجرا."
    (q,) = quotes_of(pipe, text)
    assert q.speaker == "مصادر أمنية" and q.speaker_kind == "anonymous"
    assert [v.name for v in q.via] == ["رويترز"]


def test_byline_and_dateline_are_not_speakers(pipe: Pipeline) -> None:
    text = 'عبدالله الراجحي- سبق- جدة: ذكرت مصادر مطلعة لـ"سبق" أن فرق التفتيش قامت بحملة دهم.'
    (q,) = quotes_of(pipe, text)
    assert q.cue.text == "ذكرت" and q.speaker == "مصادر مطلعة" and q.speaker_kind == "anonymous"
    assert [v.name for v in q.via] == ["سبق"]
    assert q.content.text == "فرق التفتيش قامت بحملة دهم"

"""The entity stage on the example article: people, places and organisations are found,
their mentions merged canonically, places geocoded, and every offset matches the text."""

import os
from collections import defaultdict
from pathlib import Path

import pytest

from khabar.io.errors import EmptyText
from khabar.pipeline import Pipeline

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"


@pytest.fixture(scope="module")
def doc():
    return Pipeline(stages=["text", "entities"]).analyze(EXAMPLE.read_text("utf-8"), published="2024-09-06")


@pytest.fixture(scope="module")
def by_canonical(doc):
    out = defaultdict(list)
    for e in doc.entities:
        out[e.canonical].append(e)
    return out


def test_offsets_match_text(doc):
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.text == e.text.strip() and e.text


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("محمد شياع السوداني", "PERS"),
        ("العراق", "LOC"),
        ("واشنطن", "LOC"),
        ("بغداد", "LOC"),
        ("أربيل", "LOC"),
        ("سوريا", "LOC"),
        ("غزة", "LOC"),
        ("الولايات المتحدة", "LOC"),
        ("وول ستريت جورنال", "ORG"),
        ("بلومبرغ", "ORG"),
        ("داعش", "ORG"),
        ("التحالف الدولي", "ORG"),
        ("اللجنة العسكرية العليا", "ORG"),
    ],
)
def test_entities_found(by_canonical, name, label):
    assert name in by_canonical, sorted(by_canonical)
    assert {e.label for e in by_canonical[name]} == {label}


def test_advisor_found(doc):
    assert any(e.label == "PERS" and e.text == "فرهاد علاء الدين" for e in doc.entities)


def test_mentions_share_one_entity(doc, by_canonical):
    for name in ("محمد شياع السوداني", "واشنطن", "بلومبرغ", "العراق"):
        mentions = by_canonical[name]
        assert len(mentions) >= 2
        assert len({e.entity for e in mentions}) == 1
    # the short name and the title refer back to the full name
    sudani = {e.entity for e in by_canonical["محمد شياع السوداني"]}
    texts = {e.text for e in by_canonical["محمد شياع السوداني"]}
    assert "السوداني" in texts
    assert any(e.source == "coref" and e.text.startswith("رئيس الوزراء") for e in by_canonical["محمد شياع السوداني"])
    assert len(sudani) == 1


def test_proclitics_outside_spans(doc):
    for e in doc.entities:
        if e.canonical == "واشنطن":
            assert e.text == "واشنطن"  # never «وواشنطن»
        if e.canonical == "سوريا":
            assert e.text == "سوريا"
    assert any(doc.text[e.start - 1] == "و" for e in doc.entities if e.canonical == "واشنطن")


def test_places_have_country_and_coordinates(by_canonical):
    dc = by_canonical["واشنطن"][0]
    assert dc.country == "USA" and abs(dc.lat - 38.9) < 0.2 and abs(dc.lon + 77.0) < 0.2
    assert by_canonical["بغداد"][0].country == "IRQ"
    assert by_canonical["أربيل"][0].country == "IRQ" and by_canonical["أربيل"][0].lat is not None
    assert by_canonical["العراق"][0].country == "IRQ"
    assert by_canonical["غزة"][0].country == "PSE"
    assert by_canonical["بلومبرغ"][0].kind == "outlet"
    assert by_canonical["داعش"][0].kind == "armed_group"


def test_no_entities_in_empty_or_latin_text():
    p = Pipeline(stages=["text", "entities"])
    with pytest.raises(EmptyText):
        p.analyze("")
    assert p.analyze("1234 ... !!").entities == []


def test_ids_are_unique(doc):
    ids = [e.id for e in doc.entities]
    assert len(ids) == len(set(ids))


def test_mentions_do_not_overlap_and_are_ordered(doc):
    ends = -1
    for e in doc.entities:
        assert e.start >= ends
        ends = e.end


def test_bad_sentences_do_not_stop_a_document():
    p = Pipeline(stages=["text", "entities"])
    text = "وقال " + "محمد " * 3000 + "في بغداد.\n\n" + "\u200f\u0640\u064b" * 50 + "\nزار واشنطن."
    doc = p.analyze(text)
    assert any(e.canonical == "واشنطن" for e in doc.entities)
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text


def test_resolution_merges_spelling_variants_and_name_parts():
    from khabar.extract.entities.candidates import Candidate
    from khabar.extract.entities.resolve import resolve

    text = "قالت الإدارة الأمريكية إن فرهاد علاء الدين التقى مسؤولي الإدارة الأميركية، وقال علاء الدين إن"
    def cand(s, label):
        i = text.index(s)
        return Candidate(i, i + len(s), label, "model", 0.9)
    j = text.index("علاء الدين إن")
    cands = [cand("الإدارة الأمريكية", "ORG"), cand("فرهاد علاء الدين", "PERS"),
             Candidate(text.rindex("الإدارة الأميركية"), text.rindex("الإدارة الأميركية") + 17, "ORG", "model"),
             Candidate(j, j + len("علاء الدين"), "PERS", "model")]
    ents = resolve(text, cands)
    assert [text[e.start : e.end] for e in ents] == [e.text for e in ents]
    assert ents[0].entity == ents[2].entity and ents[0].canonical == "الإدارة الأمريكية"
    assert ents[1].entity == ents[3].entity and ents[3].canonical == "فرهاد علاء الدين"
    assert ents[0].entity != ents[1].entity


class _Spy:
    """A tagger wrapper that records what the entity stage asked for and got."""

    def __init__(self, tagger):
        self.features, self._tagger, self.calls = tagger.features, tagger, []

    def tag_document(self, sentences, **kw):
        out = self._tagger.tag_document(sentences, **kw)
        self.calls.append((sentences, out))
        return out


def _sentences(doc):
    from itertools import groupby

    return [[t.text for t in g] for _, g in groupby(doc.tokens, key=lambda t: t.sentence)]


def test_stage_tags_the_whole_document_with_both_passes(doc):
    from khabar.extract.entities import EntityStage
    from khabar.ner.model import load

    tagger, sents = load(), _sentences(doc)
    two = tagger.tag_sentences(sents, window=0)
    assert two != [tagger.tag(s) for s in sents]  # pass 2 changes this article (وول ستريت جورنال)
    stage = EntityStage()
    stage.tagger = spy = _Spy(tagger)
    assert [(e.start, e.end, e.label) for e in stage(doc)] == [
        (e.start, e.end, e.label) for e in doc.entities]
    assert len(spy.calls) == 1  # one call per document, all sentences together
    asked, (tags, probs) = spy.calls[0]
    assert asked == sents and tags == two
    assert [len(p) for p in probs] == [len(s) for s in sents]
    # a model mention's score is the lowest pass-2 marginal of its tokens
    for e in doc.entities:
        if e.source == "model":
            toks = [i for i, t in enumerate(doc.tokens) if t.start < e.end and e.start < t.end]
            flat = [p for ps in probs for p in ps]
            assert e.score == round(min(flat[i] for i in toks), 4)


def test_stage_can_run_pass_one_alone(doc):
    from khabar.extract.entities import EntityStage
    from khabar.ner.model import load

    stage = EntityStage(stacked=False)
    stage.tagger = spy = _Spy(load())
    ents = stage(doc)
    sents = _sentences(doc)
    assert spy.calls[0][1][0] == [load().tag(s) for s in sents]
    for e in ents:
        assert doc.text[e.start : e.end] == e.text


def test_a_person_span_never_runs_across_a_closed_class_word():
    from khabar.extract.entities.candidates import model_candidates
    from khabar.text.tokenize import tokenize

    text = "وخرجت الريماوي بأن درويش شخص غامض"
    toks = tokenize(text, 0, len(text))
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "O", "O"]
    cands = model_candidates(toks, tags, [0.9] * len(toks), lambda *_: False)
    assert [text[c.start : c.end] for c in cands] == ["الريماوي", "درويش"]
    # names keep their own particles: أبو, بن, عبد are no breaks
    text = "قال عبد الله بن زايد"
    toks = tokenize(text, 0, len(text))
    cands = model_candidates(toks, ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS"], None, lambda *_: False)
    assert [text[c.start : c.end] for c in cands] == ["عبد الله بن زايد"]
    text = "قال عبدالعزيز علي شريف"  # علي is a name, though «على» has the same match form
    toks = tokenize(text, 0, len(text))
    cands = model_candidates(toks, ["O", "B-PERS", "I-PERS", "I-PERS"], None, lambda *_: False)
    assert [text[c.start : c.end] for c in cands] == ["عبدالعزيز علي شريف"]

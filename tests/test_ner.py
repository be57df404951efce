"""The NER tagger code paths: corpus tag mapping, conlleval-style scoring, features,
a tiny training run, and the ``khabar ner --conll`` round trip."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.eval.ner import score
from khabar.ner.conll import load_corpus, read_conll, repair_bio, spans, wojood_tag
from khabar.ner.consistency import doc_features
from khabar.ner.features import FeatureExtractor
from khabar.ner.model import NerTagger, load
from khabar.ner.train import TrainConfig, fit, stack

CONLL = """فرانكفورت B-LOC
أعلن O
اتحاد B-ORG
صناعة I-ORG
السيارات I-ORG
في O
ألمانيا B-LOC
. O

وقال O
الرئيس O
جو B-PERS
بايدن I-PERS
في O
وواشنطن B-LOC
. O
"""


def test_spans_follow_conlleval():
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_score_exact_spans():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    rep = score(gold, pred)
    assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == (1, 1, 1)
    assert rep.per_type["LOC"].f1 == 1.0 and rep.per_type["PERS"].f1 == 0.0
    assert rep.micro.f1 == pytest.approx(0.5)
    with pytest.raises(ValueError):
        score([["O"]], [["O", "O"]])


def test_tag_mappings(tmp_path: Path):
    assert wojood_tag(["I-OCC", "B-GPE"]) == "B-LOC"  # outermost level that maps
    assert wojood_tag(["B-NORP"]) == "O"
    assert wojood_tag(["B-CURR"]) == "B-MISC"
    assert repair_bio(["O", "I-ORG", "I-ORG", "I-LOC"]) == ["O", "B-ORG", "I-ORG", "B-LOC"]
    f = tmp_path / "a.txt"
    f.write_text("س B-MIS-2\nص IO\nع I--ORG\nغ B-PER\nف I-PER\nق B-MIS1`\n", "utf-8")
    [(words, tags)] = load_corpus("aqmar", f)
    assert tags == ["B-MISC", "O", "B-ORG", "B-PERS", "I-PERS", "B-MISC"]


def test_features_use_clitics_lexicon_and_context():
    fx = FeatureExtractor({"واشنطن": "LOC", "وول ستريت جورنال": "ORG"}, {"واشنطن": "a1-b2-c3"})
    feats = fx.sentence(["في", "وواشنطن", "وول", "ستريت", "جورنال"])
    assert "b=واشنطن" in feats[1] and "p=و" in feats[1] and "g=LOC" in feats[1]
    assert "c=b2" in feats[1] and "+1b=واشنطن" in feats[0]
    assert "G=B-ORG" in feats[2] and "G=I-ORG" in feats[4]
    assert fx.sentence([]) == []


def test_optional_sports_and_article_name_features():
    lex = {"ميلان": "LOC", "الدفاع الجديدي": "ORG"}
    words = ["فاز", "والدفاع", "الجديدي", "على", "ميلان", "في", "مباراة"]
    off = FeatureExtractor(lex).sentence(words)
    on = FeatureExtractor(lex, sports=True, article_names=True).sentence(words)
    assert not any(f.startswith(("sp", "G=")) for t in off for f in t)  # defaults: the shipped set
    assert "G=B-ORG" in on[1] and "G=I-ORG" in on[2]  # و + ال + دفاع matches «الدفاع الجديدي»
    assert "sp" in on[0] and "spg=LOC" in on[4] and "spG=B-ORG" in on[1]
    calm = FeatureExtractor(lex, sports=True).sentence(["زار", "ميلان"])
    assert not any(f.startswith("sp") for t in calm for f in t)
    sents = [["قال", "المدرب"], ["زار", "ميلان"], ["x"], ["y"], ["زار", "ميلان"]]
    tags = [["O", "O"], ["O", "B-LOC"], ["O"], ["O"], ["O", "B-LOC"]]
    feats = doc_features(sents, tags, window=1, sports=True)
    assert "SP=B-LOC" in feats[1][1] and "SP=B-LOC" not in feats[4][1]  # ±2 sentences
    assert not any(f.startswith("SP=") for f in doc_features(sents, tags, window=1)[1][1])


def test_tiny_training_run_tags_its_data(tmp_path: Path):
    data = tmp_path / "d.txt"
    data.write_text(CONLL * 3, "utf-8")
    sents = load_corpus("anercorp", data)
    fx = FeatureExtractor()
    fit(sents, fx, TrainConfig(max_iterations=30, c1=0.0, c2=0.01), tmp_path / "ner.crfsuite")
    tagger = NerTagger(tmp_path)
    assert tagger.tag(sents[1][0]) == sents[1][1]
    assert tagger.tag([]) == []


def test_doc_features_carry_first_pass_names_to_nearby_repetitions():
    sents = [["زار", "فينغر", "لندن"], ["قال", "وفينغر", "إن"], ["ذهب", "إلى", "لندن"], ["قال", "فينغر"]]
    tags = [["O", "B-PERS", "B-LOC"], ["O", "O", "O"], ["O", "O", "O"], ["O", "O"]]
    feats = doc_features(sents, tags, window=1)
    # وفينغر: clitic-stripped match of the name tagged in the previous sentence
    assert {"P1=O", "DT=PERS", "DE=PERS", "DS=B-PERS"} <= set(feats[1][1])
    assert "P1=B-PERS" in feats[0][1] and "DT=O" in feats[0][1]  # its own tag is not a vote
    assert not any(f.startswith("DS=") for f in feats[3][1])  # 3 sentences away: out of window
    assert feats[2][0] == ["P1=O"]


def test_stacked_training_run_tags_through_both_passes(tmp_path: Path):
    data = tmp_path / "d.txt"
    data.write_text(CONLL * 4, "utf-8")
    sents = load_corpus("anercorp", data)
    fx = FeatureExtractor()
    cfg = TrainConfig(max_iterations=30, c1=0.0, c2=0.01, stack_window=2)
    fit(sents, fx, cfg, tmp_path / "ner.crfsuite")
    stack(sents, fx, cfg, tmp_path, ["anercorp"] * len(sents))
    (tmp_path / "ner.json").write_text('{"config": {"stack_window": 2}}', "utf-8")
    tagger = NerTagger(tmp_path)
    assert tagger.has_pass2 and not list(tmp_path.glob("ner.fold*"))
    words = [w for w, _ in sents]
    assert tagger.tag_sentences(words, window=0) == [t for _, t in sents]


def test_conll_round_trip_keeps_tokens_and_breaks(tmp_path: Path):
    src = tmp_path / "in.conll"
    src.write_text(CONLL, "utf-8")
    out = tmp_path / "out.conll"
    res = CliRunner().invoke(app, ["ner", "--conll", str(src), "--output", str(out)])
    assert res.exit_code == 0, res.output
    a, b = list(read_conll(src)), list(read_conll(out))
    assert len(a) == len(b) == 2
    for sa, sb in zip(a, b, strict=True):
        assert [r[:2] for r in sb] == sa  # input columns kept
        assert all(len(r) == 3 and (r[2] == "O" or r[2][:2] in ("B-", "I-")) for r in sb)
    assert out.read_text("utf-8").count("\n\n") == 2


def test_conll_missing_file_is_a_clear_error(tmp_path: Path):
    res = CliRunner().invoke(app, ["ner", "--conll", str(tmp_path / "nope.conll")])
    assert res.exit_code == 2


def test_shipped_model_loads_once_and_is_small():
    from khabar.ner.model import MODEL_NAME, model_dir

    assert load() is load()
    assert (model_dir() / MODEL_NAME).stat().st_size < 50e6
    tags = load().tag(["وقال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن"])
    assert tags[-1] == "B-LOC" and tags[3] == "B-PERS"


def test_consistency_propagates_names_nearby_only():
    from khabar.ner.consistency import propagate

    sents = [["قال", "فرهاد", "علاء", "الدين"], ["وأكد", "فرهاد", "علاء", "الدين"], ["x"] * 3 + ["وفرهاد"]]
    tags = [["O", "B-PERS", "I-PERS", "I-PERS"], ["O"] * 4, ["O"] * 4]
    out = propagate(sents, tags, window=1)
    assert out[1] == ["O", "B-PERS", "I-PERS", "I-PERS"]
    assert out[0] == tags[0]
    assert out[2] == ["O"] * 4  # the three-word name does not occur there
    far = propagate([sents[0], ["y"], ["y"], sents[1]], [tags[0], ["O"], ["O"], ["O"] * 4], window=1)
    assert far[3] == ["O"] * 4


def test_conll_score_maps_the_gold_scheme(tmp_path: Path):
    src = tmp_path / "aqmar.conll"
    src.write_text("دمشق B-LOC\nمدينة O\nقديمة O\n\nغوغل B-ORG\nو O\nلينكس B-MIS1\n", "utf-8")
    res = CliRunner().invoke(app, ["ner", "--conll", str(src), "--score", "--gold-scheme", "aqmar",
                                   "-o", str(tmp_path / "out.conll")])
    assert res.exit_code == 0, res.output
    assert "micro" in res.output and "MISC" in res.output  # MIS1 scored as MISC
    bad = CliRunner().invoke(app, ["ner", "--conll", str(src), "--score", "--gold-scheme", "x"])
    assert bad.exit_code == 2


SENTS = [
    ["وقال", "المدرب", "أرسين", "فينغر", "إن", "فريقه", "سيلعب", "في", "لندن", "."],
    [],
    ["وأكد", "فينغر", "أن", "اللاعبين", "جاهزون", "."],
    ["وكان", "وفينغر", "قد", "زار", "باريس", "مع", "مسؤولي", "نادي", "أرسنال", "."],
]


def test_tag_document_is_pass2_over_pass1_with_pass2_marginals():
    tagger = load()
    assert tagger._pass2 is not None and tagger.stack_window == 10
    tags, probs = tagger.tag_document(SENTS)
    # oracle: pass 1 per sentence, then pass 2 on the own features + doc_features
    feats = [tagger.features.sentence(s) for s in SENTS]
    first = [tagger._tagger.tag(f) if f else [] for f in feats]
    extra = doc_features(SENTS, first, 10, sports=bool(tagger.features.sports))
    p2 = tagger._pass2
    for f, e, t, p in zip(feats, extra, tags, probs, strict=True):
        if not f:
            assert t == [] and p == []
            continue
        x = [[*a, *b] for a, b in zip(f, e, strict=True)]
        assert t == p2.tag(x)
        assert p == pytest.approx([p2.marginal(y, i) for i, y in enumerate(t)])
        assert all(0.0 < v <= 1.0 for v in p)
    assert tags == tagger.tag_sentences(SENTS, window=0)
    assert tagger.tag_document(SENTS) == (tags, probs)  # no cached features were mutated
    assert [tagger.tag(s) for s in SENTS] == tagger.tag_document(SENTS, stacked=False)[0]
    assert tagger.tag_document(SENTS, marginals=False) == (tags, [])
    assert tagger.tag_with_marginals(SENTS[0]) == tuple(
        x[0] for x in tagger.tag_document(SENTS[:1], stacked=False))
    assert tagger.tag_document([]) == ([], [])

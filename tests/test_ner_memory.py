"""The span memory (TrainConfig.span_memory): the training data's multi-word names as a
feature, kept only where the corpus mostly tags them, jack-knifed in training and shipped
in the frozen lexicon for tagging."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.ner.features import FeatureExtractor, SpanMemory, name_start
from khabar.ner.lexicon import span_memory
from khabar.ner.model import NerTagger
from khabar.ner.train import TrainConfig, join_extra, memory_folds, run
from khabar.text.clitics import strip
from khabar.text.normalize import match_form


def _ctx(words: list[str]) -> list:
    fx = FeatureExtractor()
    return [fx.word(w)[1] for w in words]


def test_name_start_drops_proclitics_but_keeps_the_article():
    for word, want in (("وحسنية", "حسنيه"), ("للمغرب", "المغرب"), ("والدفاع", "الدفاع"),
                       ("الولايات", "الولايات"), ("بالعراق", "العراق")):
        norm = match_form(word)
        assert name_start(norm, strip(norm)[1]) == match_form(want), word


def test_memory_keeps_names_the_corpus_mostly_tags_with_their_majority_type():
    corpus = [
        (["زار", "حسنية", "أكادير", "المدينة"], ["O", "B-ORG", "I-ORG", "O"]),
        (["فاز", "وحسنية", "أكادير"], ["O", "B-ORG", "I-ORG"]),
        (["حسنية", "أكادير", "هنا"], ["B-LOC", "I-LOC", "O"]),
        # tagged once, left untagged three times: not a memory name
        (["قالت", "وزارة", "الخارجية"], ["O", "B-ORG", "I-ORG"]),
        (["وزارة", "الخارجية", "و", "وزارة", "الخارجية"], ["O"] * 5),
        (["أعلنت", "وزارة", "الخارجية"], ["O"] * 3),
        (["جو", "بايدن"], ["B-PERS", "I-PERS"]),  # one-word names never enter
        (["بايدن"], ["B-PERS"]),
    ]
    mem = span_memory(corpus)
    assert mem == {match_form("حسنيه أكادير"): "ORG", match_form("جو بايدن"): "PERS"}
    assert span_memory(corpus, min_share=0.25)[match_form("وزارة الخارجية")] == "ORG"


def test_memory_matches_longest_first_with_a_proclitic_on_the_first_word():
    mem = SpanMemory({match_form("مجلس الأمن"): "ORG", match_form("مجلس الأمن الدولي"): "ORG",
                      match_form("حسنيه أكادير"): "ORG"})
    words = ["وقال", "ومجلس", "الأمن", "الدولي", "إن", "لحسنية", "أكادير", "مجلس"]
    assert mem.tags(_ctx(words)) == ["", "B-ORG", "I-ORG", "I-ORG", "", "B-ORG", "I-ORG", ""]
    assert mem.attributes(_ctx(["مجلس", "الأمن"])) == [["M=B-ORG"], ["M=I-ORG"]]


def test_memory_classes_in_the_lexicon_are_a_separate_feature():
    lex = {match_form("مجلس الأمن"): "M_ORG|ORG", match_form("حسنيه أكادير"): "M_ORG",
           "بايدن": "PERS"}
    fx = FeatureExtractor(lex)
    assert fx.multi == {match_form("مجلس الأمن"): "ORG"}
    words = ["قال", "مجلس", "الأمن", "وحسنية", "أكادير", "بايدن"]
    feats = fx.sentence(words)
    assert "M=B-ORG" in feats[1] and "G=B-ORG" in feats[1] and "M=I-ORG" in feats[2]
    assert "M=B-ORG" in feats[3] and not any(a.startswith("G=") for a in feats[3])
    assert not any(a.startswith("M=") for f in (feats[0], feats[5]) for a in f)
    assert fx.tagging(words)[0] == [[a.encode() for a in f] for f in feats]
    kept = FeatureExtractor(lex)
    kept.restrict(frozenset({b"bias", b"M=B-ORG"}))
    assert kept.tagging(words)[0][3] == [b"bias", b"M=B-ORG"]
    assert FeatureExtractor({"بايدن": "PERS"}).memory is None


def test_memory_folds_never_show_a_sentence_its_own_block():
    one = (["زار", "حسنية", "أكادير"], ["O", "B-ORG", "I-ORG"])
    other = (["قال", "جو", "بايدن"], ["O", "B-PERS", "I-PERS"])
    train = [one] * 3 + [other] * 3
    domains = ["anercorp"] * 6
    extra, full = memory_folds(train, domains, folds=2, fx=FeatureExtractor(), block=3)
    # each name lives in one block only, so no sentence sees it in its own memory
    assert all(a == [] for sent in extra for a in sent)
    assert full == {match_form("حسنيه أكادير"): "ORG", match_form("جو بايدن"): "PERS"}
    extra, _ = memory_folds([one, one, other, other], ["anercorp", "aqmar", "wojood", "news:1"],
                            folds=2, fx=FeatureExtractor(), block=1)
    # folds by sentence parity: only the ANERcorp (0) and news (3) sentences are sources;
    # sentence 0 would see its name in the AQMAR copy (1) and 3 in Wojood (2) were they
    # sources, while 1 and 2 see the name of the source in the other fold
    assert extra[0] == [[], [], []] and extra[3] == [[], [], []]
    assert extra[1] == [[], ["M=B-ORG"], ["M=I-ORG"]]
    assert extra[2] == [[], ["M=B-PERS"], ["M=I-PERS"]]


def test_join_extra_puts_attribute_lists_side_by_side():
    a = [[["x"], []]]
    b = [[["y"], ["z"]]]
    assert join_extra(a, b) == [[["x", "y"], ["z"]]]
    assert join_extra(None, b) is b and join_extra(a, None) is a and join_extra(None, None) is None


def test_training_with_the_memory_ships_it_in_the_lexicon(tmp_path: Path):
    sents = "\n".join(
        f"{w1} O\nحسنية B-ORG\nأكادير I-ORG\n{w2} O\n" for w1, w2 in
        (("فاز", "أمس"), ("خسر", "اليوم"), ("لعب", "هنا"), ("قال", "غدا")) * 60)
    shared = tmp_path / "shared"
    data = shared / "data" / "ner" / "anercorp"
    data.mkdir(parents=True)
    (data / "train.txt").write_text(sents, "utf-8")
    cfg = TrainConfig(corpora=("anercorp",), max_iterations=20, use_lexicon=False,
                      use_clusters=False, stack_window=0, span_memory=2)
    meta = run(tmp_path / "m", cfg, shared=shared)
    assert meta["span_memory_names"] == 1
    lex = (tmp_path / "m" / "ner.lexicon.tsv").read_text("utf-8")
    assert f"{match_form('حسنيه أكادير')}\tM_ORG" in lex
    assert json.loads((tmp_path / "m" / "ner.json").read_text("utf-8"))["config"]["span_memory"] == 2
    tagger = NerTagger(tmp_path / "m")
    assert tagger.features.memory is not None
    assert tagger.tag(["فاز", "حسنية", "أكادير", "أمس"]) == ["O", "B-ORG", "I-ORG", "O"]

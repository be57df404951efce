"""Training the CRF from the shared corpora (``khabar train ner``).

Corpora (under ``<shared>/data``): ANERcorp train, AQMAR, the Wojood sample, all mapped
to PERS/ORG/LOC/MISC by :mod:`khabar.ner.conll`; and ``news``, our own ANERcorp-style tags
on sentences of the shared news day (tests/gold/ner_news: offsets and tags only, the
texts are read from the zip). ``dev=True`` holds out the last sixth of
ANERcorp (a contiguous block of later documents, like the hidden test split) and scores
on it; the shipped model is trained on everything with the hyper-parameters chosen there.
With ``stack_window`` > 0 a second, stacked CRF is trained on top (see :func:`stack`).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from khabar.eval.corpus import shared_dir
from khabar.eval.ner import Report, score
from khabar.ner import lexicon as lexicon_mod
from khabar.ner import lexicon_sources
from khabar.ner.conll import load_corpus
from khabar.ner.consistency import doc_features
from khabar.ner.features import FeatureExtractor
from khabar.ner.model import (
    CLUSTERS_NAME,
    LEXICON_NAME,
    META_NAME,
    MODEL_NAME,
    PASS2_NAME,
    load_clusters,
)

Corpus = list[tuple[list[str], list[str]]]
NEWS_TAGS = Path(__file__).resolve().parents[3] / "tests" / "gold" / "ner_news" / "tags.jsonl"
EVENTS_TAGS = Path(__file__).resolve().parents[3] / "tests" / "gold" / "ner_events" / "tags.jsonl"
CORPORA = {
    "anercorp": "ner/anercorp/train.txt",
    "aqmar": "ner/aqmar",
    "wojood": "ner/wojood/train.txt",
    "wojood_val": "ner/wojood/val.txt",
}


@dataclass
class TrainConfig:
    """Hyper-parameters and data choices (defaults = the shipped model's)."""

    corpora: tuple[str, ...] = ("anercorp", "aqmar", "wojood", "wojood_val", "news", "events")
    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150
    min_freq: int = 1
    use_lexicon: bool = True
    use_clusters: bool = True
    domain_adapt: bool = True  # aux corpora get private feature copies (see fit)
    char_ngrams: bool = True  # letter trigrams inside words (+0.4 F1 on the dev block)
    self_train: float = 0.0  # > 0: add news-sample sentences the first model is this sure of
    stack_window: int = 10  # > 0: a second CRF on pass-1 tags of ±N sentences (0: one pass)
    stack_folds: int = 2  # jack-knife folds for the pass-1 tags the second CRF trains on
    # our news tags get private feature copies like AQMAR/Wojood ("anercorp": shared only;
    # dev block, two passes + consistency: 0.742 shared, 0.748 private, 0.734 without them)
    news_domain: str = "news"
    news_tags: str = ""  # our news-day tags file ("": tests/gold/ner_news/tags.jsonl)
    # annotation rounds of the news tags trained on (news_round): 2 = rounds 1-2 (session 3,
    # 5,025 sentences, the session-5 model's); 3 adds round 3 (session 8, a10-a12, 1,499
    # sentences); 4 adds round 4 (session 8's later batches, a13-a18, 3,548; measured after
    # the ship, not shipped: pass-1 protocol with rounds 3+4, dev 0.7928 -> 0.8020, fourth
    # sixth 0.7845 -> 0.7915, fifth sixth 0.8109 -> 0.8157, fresh news +1.5 to +2.1).
    # Session 8, pass 1 + consistency + rules, exact baselines: dev block 0.7928 -> 0.7973,
    # fourth sixth 0.7845 -> 0.7819, fifth sixth 0.8109 -> 0.8157; fresh news (pass 1) up
    # with every pair of models (+0.9 / +0.2 / +0.5): shipped at 1fbeff9 (first sixth, two
    # passes + consistency + rules: 0.8140). Rounds 3+4 gain on all three blocks and fresh
    # news: shipped at the end of session 8. Round 5 (session 9, a20-a22, 1,505 sentences of
    # 61-100 tokens) measured with the events corpus in ANERcorp's shared domain (pass-1
    # protocol): ANERcorp blocks level within the run-to-run spread (dev 0.8020 -> 0.8012,
    # fourth sixth 0.7915 -> 0.7903, fifth 0.8157 -> 0.8161), fresh news +1.7 to +3.5 with
    # every block model: shipped in session 10 (khabar reads news)
    news_rounds: int = 5
    curated_lists: bool = True  # resources/ner/*.tsv in the feature lexicon
    # session 15: the pinned snapshot of the package's lexicon inputs ("": the package's
    # resources/ner/lexicon_sources.txt; `khabar train ner --refresh-lexicon-sources`)
    lexicon_sources: str = ""
    # session 5, with the session-5 gazetteers: dev block 0.7735 -> 0.7884 without the club
    # rules, 0.797 -> 0.8065 with them (one run each; run-to-run spread about 0.7)
    sports_context: bool = True  # sports-cue features (resources/ner/sports_cues.txt)
    article_names: bool = True  # multi-word names also matched as ال + base (والدفاع …)
    # session 6: given names that are also common words (given_common.tsv, FIRST_AMBIG) and
    # the one-word cores of the list's qualified clubs (CLUB) as feature-lexicon classes; off:
    # one dev run with both 0.8065 -> 0.8091 with the club rules (0.7884 -> 0.7918 without),
    # inside the run-to-run spread; pass 1 alone, CLUB only was a little better than both
    # session 7, pass 1 + consistency + rules against exact baselines: CLUB dev block 0.7990 ->
    # 0.7992, fourth sixth of ANERcorp (held out, used for no choice) 0.7843 -> 0.7801: still off
    given_ambig: bool = False
    club_cores: bool = False
    # session 7: > 0: a span memory of the training data's multi-word names (ANERcorp and
    # our news tags, lexicon.span_memory) as a feature, jack-knifed over this many folds
    # (5 folds, pass 1 + consistency + rules: dev block 0.7990 -> 0.7949, fourth sixth
    # 0.7843 -> 0.7799; fresh news pass 1 +1.8 / +2.3, within its noise: off)
    span_memory: int = 0
    # session 9: ANERcorp's training sentences are given to the CRF this many times (crfsuite
    # has no instance weights; k copies weigh ANERcorp's loss k times against the auxiliary
    # and news sentences, which outnumber it about 3.5 to 1 since the news rounds). The
    # stacking folds deal the sentence once, so its copies never leak into a fold's tags.
    # k = 2, pass 1 + consistency + rules against the rounds 1-4 baseline: dev block 0.8020 ->
    # 0.7951, fresh news (pass 1) 0.7201 -> 0.6957: off
    anercorp_copies: int = 1
    # session 9: our tags on sentences of the events dev slice (tests/gold/ner_events; Arabic
    # Gigaword newswire of 2007-2008, ANERcorp's era and kind) as the corpus "events"; its
    # sentences train with private feature copies under this domain name ("anercorp": shared
    # weights only, as ANERcorp itself, but never copied by anercorp_copies). In the shipped
    # corpora since session 10. With round 5 of the news tags, pass 1 + consistency + rules
    # (session 9, docs/models/ner.md): "events" dev block 0.8020 -> 0.7941, fifth sixth
    # 0.8157 -> 0.8152; "anercorp" dev block 0.8012, fresh news (pass 1) 0.7201 -> 0.7455:
    # the shipped "anercorp"
    events_domain: str = "anercorp"
    events_tags: str = ""  # the events-slice tags file ("": tests/gold/ner_events/tags.jsonl)
    # session 22: `khabar train ner` reads the package's word clusters instead of learning
    # them again (--relearn-clusters: False), as the lexicon inputs are pinned: relearned
    # clusters cost 1.28 points on the fourth sixth with ner21's split (ner21), the same split
    # on the pinned clusters was level (ner21b); relearning is a change of its own
    pinned_clusters: bool = True
    # session 22 (ner22): the (prefix, base) split the features read (khabar.ner.split):
    # "plain" (clitics.strip, the shipped model's) or "tokenizer" (the pipeline token's, a
    # word's own «ال» kept: إلغاء → الغاء). "tokenizer" was measured in pass-1 block models
    # (docs/models/ner.md, Scores, session 22) and is not shipped: a model is tagged with the
    # split recorded in its ner.json (none recorded: "plain")
    split: str = "plain"
    extra: dict = field(default_factory=dict)


def news_round(annotator: str) -> int:
    """The annotation round of a news-tag line from its annotator id: a1-a9 were tagged in
    session 3 (rounds 1 and 2, counted as round 2 here: the session-5 model had both),
    a10-a12 in session 8 (round 3), a13-a18 in session 8 after it (round 4), a19 and later in
    session 9 (round 5: the 61-100-token sentences)."""
    number = int(annotator.lstrip("a") or 0)
    return 2 if number < 10 else 3 if number < 13 else 4 if number < 19 else 5


def load_news_tags(shared: Path, path: Path = NEWS_TAGS,
                   rounds: int | None = None) -> tuple[Corpus, list[str]]:
    """Our tagged news-day sentences and, per sentence, its article (``news:<index>``).

    Each line holds an article index, the sentence's offsets and hash, and per token its
    offsets within the sentence and its tag; the text comes from the shared zip and must
    hash to the stored value. ``rounds``: only lines of annotation rounds up to this one
    (:func:`news_round`; None: all)."""
    from khabar.eval.corpus import news_records, sentence_hash

    out: Corpus = []
    docs: list[str] = []
    if not path.exists():  # an installed package without the repository's tests/gold
        print(f"warning: {path} not found; training without the news-day tags", file=sys.stderr)
        return out, docs
    records = news_records()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if rounds is not None and news_round(item.get("annotator", "")) > rounds:
            continue
        text = records[item["article"]]["content"][item["start"]:item["end"]]
        if sentence_hash(text) != item["sha1"]:
            raise ValueError(f"{path}: article {item['article']} at {item['start']} changed")
        out.append(([text[a:b] for a, b in item["offsets"]], list(item["tags"])))
        docs.append(f"news:{item['article']}")
    return out, docs


def load_events_tags(shared: Path, path: Path = EVENTS_TAGS) -> tuple[Corpus, list[str]]:
    """Our tagged sentences of the events dev slice and, per sentence, its source document
    (``events:<document id>``, the row id without its trailing sentence number).

    Each line holds the gold file, the row id, the sentence's hash and per token its offsets
    within the row's text and its tag; the text comes from the shared CSV and must hash to
    the stored value."""
    import csv

    from khabar.eval.corpus import sentence_hash

    out: Corpus = []
    docs: list[str] = []
    if not path.exists():
        print(f"warning: {path} not found; training without the events-slice tags", file=sys.stderr)
        return out, docs
    texts: dict[tuple[str, str], str] = {}
    base = shared / "data" / "events" / "dev"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if (item["file"], item["row"]) not in texts:
            with open(base / item["file"], encoding="utf-8") as fh:
                texts.update(((item["file"], r["id"]), r["text"]) for r in csv.DictReader(fh))
        text = texts.get((item["file"], item["row"]))
        if text is None or sentence_hash(text) != item["sha1"]:
            raise ValueError(f"{path}: {item['file']} row {item['row']} missing or changed")
        out.append(([text[a:b] for a, b in item["offsets"]], list(item["tags"])))
        docs.append("events:" + re.sub(r"[-_]\d+$", "", item["row"]))
    return out, docs


def load_data(
    shared: Path, corpora: tuple[str, ...], dev: bool, news_tags: str | Path = "",
    news_rounds: int | None = None, events_tags: str | Path = "",
) -> tuple[Corpus, Corpus, list[str]]:
    """Training sentences, the held-out ANERcorp block (if ``dev``), and each training
    sentence's corpus family (anercorp | aqmar | wojood | news:<article> | events:<document>)."""
    train: Corpus = []
    held: Corpus = []
    domains: list[str] = []
    for name in corpora:
        if name == "events":
            sents, docs = load_events_tags(shared, Path(events_tags) if events_tags else EVENTS_TAGS)
            train.extend(sents)
            domains.extend(docs)
            continue
        if name == "news":
            sents, docs = load_news_tags(shared, Path(news_tags) if news_tags else NEWS_TAGS,
                                         news_rounds)
            train.extend(sents)
            domains.extend(docs)
            continue
        family = name.split("_")[0]
        sents = load_corpus(family, shared / "data" / CORPORA[name])
        if name == "anercorp" and dev:
            cut = len(sents) - len(sents) // 6
            held = sents[cut:]
            sents = sents[:cut]
        train.extend(sents)
        domains.extend([family] * len(sents))
    return train, held, domains


def build_lexicon(shared: Path, cfg: TrainConfig) -> dict[str, str]:
    """The feature lexicon: ANERgazet from ``shared`` and the package's lists as pinned in
    the lexicon-sources snapshot (``cfg.lexicon_sources``; "": the package's,
    :mod:`khabar.ner.lexicon_sources`), never the live gazetteers."""
    sources = lexicon_sources.read(Path(cfg.lexicon_sources) if cfg.lexicon_sources else None)
    entries = list(lexicon_mod.read_anergazet(shared / "data" / "gazetteers" / "anergazet"))
    entries.extend(sources.gazetteers)
    if cfg.curated_lists:
        entries.extend(e for e in sources.curated if cfg.given_ambig or e[1] != "FIRST_AMBIG")
    if cfg.club_cores:
        entries.extend(list(lexicon_mod.club_cores(entries)))
    return lexicon_mod.build(entries, ambiguous=sources.ambiguous)


def build_extractor(shared: Path, cfg: TrainConfig, clusters_path: Path | None) -> FeatureExtractor:
    lex = build_lexicon(shared, cfg) if cfg.use_lexicon else {}
    clusters = load_clusters(clusters_path) if cfg.use_clusters and clusters_path else {}
    return FeatureExtractor(lex, clusters, char_ngrams=cfg.char_ngrams,
                            sports=cfg.sports_context, article_names=cfg.article_names,
                            split=cfg.split)


Extra = list[list[list[str]]]  # per sentence and token, further attributes


def join_extra(a: Extra | None, b: Extra | None) -> Extra | None:
    """Two per-token attribute additions side by side (either may be absent)."""
    if a is None or b is None:
        return a if b is None else b
    return [[[*x, *y] for x, y in zip(s, t, strict=True)] for s, t in zip(a, b, strict=True)]


MEMORY_SOURCES = ("anercorp", "news")  # corpora in ANERcorp's conventions


def memory_folds(train: Corpus, domains: list[str], folds: int, fx: FeatureExtractor,
                 block: int = 100) -> tuple[Extra, dict[str, str]]:
    """Jack-knifed span-memory attributes of the training sentences, and the memory of
    all of them (the one shipped for tagging).

    Blocks of ``block`` consecutive sentences (documents stay together) are dealt to
    ``folds`` folds; a sentence's memory holds the names of the ANERcorp and news-tag
    sentences of the other folds, so on training data the feature fires as often, and is
    as often right, as on unseen text with the full memory."""
    from khabar.ner.features import SpanMemory

    source = [i for i, d in enumerate(domains) if d.split(":")[0] in MEMORY_SOURCES]
    mems = [SpanMemory(lexicon_mod.span_memory(
        (train[i] for i in source if (i // block) % folds != f), key=fx.key)) for f in range(folds)]
    extra = [mems[(i // block) % folds].attributes([fx.word(w)[1] for w in words])
             for i, (words, _) in enumerate(train)]
    return extra, lexicon_mod.span_memory((train[i] for i in source), key=fx.key)


def fit(
    train: Corpus,
    fx: FeatureExtractor,
    cfg: TrainConfig,
    model_path: Path,
    domains: list[str] | None = None,
    verbose: bool = False,
    extra: Extra | None = None,
) -> None:
    """Train a CRF on ``train`` and write it to ``model_path``.

    Domain adaptation ("frustratingly easy", Daumé 2007, with the news domain as the
    target): sentences of the auxiliary corpora (AQMAR Wikipedia, Wojood) carry every
    feature twice, shared and prefixed with their corpus, so their own conventions
    (AQMAR's wide MISC, Wojood's nesting) are absorbed by the private copies while the
    shared weights, the only ones used at tagging time, learn what the corpora agree on.
    ``extra``: per sentence and token, further attributes (the stacked CRF's).
    ANERcorp sentences are appended ``cfg.anercorp_copies`` times (an instance weight).
    """
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for k, (words, tags) in enumerate(train):
        feats = fx.sentence(words)
        if extra is not None:
            feats = [[*a, *b] for a, b in zip(feats, extra[k], strict=True)]
        dom = domains[k] if domains else "anercorp"
        copies = max(1, cfg.anercorp_copies) if dom == "anercorp" else 1
        if dom.startswith("news:"):
            dom = cfg.news_domain
        elif dom.startswith("events:"):
            dom = cfg.events_domain
        if cfg.domain_adapt and dom != "anercorp":
            feats = [[*f, *(dom + ":" + a for a in f)] for f in feats]
        for _ in range(copies):
            trainer.append(feats, tags)
    trainer.set_params({
        "c1": cfg.c1,
        "c2": cfg.c2,
        "max_iterations": cfg.max_iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": cfg.min_freq,
    })
    trainer.train(str(model_path))


def confident_news(model_path: Path, fx: FeatureExtractor, shared: Path, threshold: float) -> Corpus:
    """Self-training data: news-sample sentences (with at least one entity) whose every
    token the model tags with a marginal probability of at least ``threshold``."""
    from khabar.ner.clusters import news_texts
    from khabar.text.segment import sentences as segment
    from khabar.text.tokenize import tokenize

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out: Corpus = []
    for text in news_texts(shared / "data" / "news" / "dev" / "2015-08-10.zip"):
        for sent in segment(text):
            words = [t.text for t in tokenize(text, sent.start, sent.end)]
            if not 5 <= len(words) <= 80:
                continue
            tags = tagger.tag(fx.sentence(words))
            if all(t == "O" for t in tags):
                continue
            if all(tagger.marginal(t, i) >= threshold for i, t in enumerate(tags)):
                out.append((words, tags))
    return out


def by_segment(domains: list[str]) -> list[tuple[int, int]]:
    """``(start, end)`` runs of consecutive sentences from one corpus."""
    out: list[tuple[int, int]] = []
    start = 0
    for e in range(1, len(domains) + 1):
        if e == len(domains) or domains[e] != domains[start]:
            out.append((start, e))
            start = e
    return out


def default_jobs() -> int:
    """Processes for training: two (the fold CRFs beside the pass-1 CRF) where two cores exist."""
    return min(2, os.cpu_count() or 1)


def check_jobs(jobs: object) -> int:
    """``jobs`` as a positive int, or a ValueError saying what was given."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer (1 = sequential), not {jobs!r}")
    return jobs


def fold_block(n: int, folds: int) -> int:
    """Sentences per block dealt to the stacking folds: 100, but fewer on tiny data."""
    return max(1, min(100, n // (2 * folds)))


def fold_tags(train: Corpus, fx: FeatureExtractor, cfg: TrainConfig, fold_path: Path,
              domains: list[str], fold: int, verbose: bool = False,
              extra1: Extra | None = None) -> dict[int, list[str]]:
    """Jack-knife fold ``fold``: a CRF trained on the other folds' sentences (written to
    ``fold_path``, removed after) tags this fold's; returns sentence index → pass-1 tags.
    Independent of the other folds and of the full pass-1 CRF (runs in its own process
    when training with ``jobs`` > 1)."""
    block = fold_block(len(train), cfg.stack_folds)
    inside = [i for i in range(len(train)) if (i // block) % cfg.stack_folds != fold]
    fit([train[i] for i in inside], fx, cfg, fold_path, [domains[i] for i in inside], verbose,
        extra=None if extra1 is None else [extra1[i] for i in inside])
    tagger = pycrfsuite.Tagger()
    tagger.open(str(fold_path))
    out: dict[int, list[str]] = {}
    for i in range(len(train)):
        if (i // block) % cfg.stack_folds == fold:
            feats = fx.sentence(train[i][0])
            if extra1 is not None:
                feats = [[*a, *b] for a, b in zip(feats, extra1[i], strict=True)]
            out[i] = tagger.tag(feats)
    tagger.close()
    fold_path.unlink()
    return out


def fold_path(out_dir: Path, fold: int) -> Path:
    """The temporary model file of one stacking fold (one per fold: folds may run at once)."""
    return out_dir / f"ner.fold{fold}.crfsuite"


def stack(train: Corpus, fx: FeatureExtractor, cfg: TrainConfig, out_dir: Path,
          domains: list[str], verbose: bool = False, extra1: Extra | None = None,
          first: list[list[str]] | None = None) -> list[list[str]]:
    """Train the second-pass CRF (stacking, after Krishnan & Manning 2006).

    Its features add, per token, the first pass's tags of the same word and names in the
    ±``stack_window`` neighbouring sentences (:func:`khabar.ner.consistency.doc_features`).
    So that it learns from first-pass tags as noisy as on unseen text, the training
    sentences' pass-1 tags are jack-knifed: blocks of 100 sentences are dealt to
    ``stack_folds`` folds and each fold is tagged by a CRF trained on the others
    (:func:`fold_tags`; ``first``: those tags already computed, e.g. by :func:`run`'s
    worker processes). ``extra1``: attributes pass 1 adds to ``fx``'s (the jack-knifed span
    memory). Returns the jack-knifed pass-1 tags.
    """
    if first is None:
        first = [[] for _ in train]
        for f in range(cfg.stack_folds):
            for i, tags in fold_tags(train, fx, cfg, fold_path(out_dir, f), domains, f, verbose,
                                     extra1).items():
                first[i] = tags
    extra: Extra = []
    for a, b in by_segment(domains):  # windows never cross corpora or news articles
        extra.extend(doc_features([w for w, _ in train[a:b]], first[a:b], cfg.stack_window,
                                  sports=cfg.sports_context, key=fx.key))
    fit(train, fx, cfg, out_dir / PASS2_NAME, domains, verbose, extra=join_extra(extra1, extra))
    return first


def evaluate(model_path: Path, fx: FeatureExtractor, held: Corpus, window: int = 0,
             stack_window: int = 0) -> Report:
    """Score a model on held-out sentences (``window`` > 0: with name consistency;
    ``stack_window`` > 0: through the second-pass CRF next to ``model_path``)."""
    from khabar.ner.consistency import propagate

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    words = [w for w, _ in held]
    pred = [tagger.tag(fx.sentence(w)) for w in words]
    if stack_window:
        second = pycrfsuite.Tagger()
        second.open(str(model_path.parent / PASS2_NAME))
        extra = doc_features(words, pred, stack_window, sports=bool(fx.sports), key=fx.key)
        pred = [second.tag([[*a, *b] for a, b in zip(fx.sentence(w), e, strict=True)])
                for w, e in zip(words, extra, strict=True)]
    if window:
        pred = propagate(words, pred, window, key=fx.key)
    return score([t for _, t in held], pred)


def _log(t0: float, what: str) -> None:
    """A progress line on stderr: UTC clock, seconds since ``t0``, the step done."""
    clock = time.strftime("%H:%M:%S", time.gmtime())
    print(f"{clock} UTC [{time.time() - t0:7.1f} s] {what}", file=sys.stderr)


def run(out_dir: Path, cfg: TrainConfig, *, dev: bool = False, shared: Path | None = None,
        clusters_path: Path | None = None, verbose: bool = False, jobs: int | None = None) -> dict:
    """Train (on everything, or on the dev split and score) and write the model files.

    ``jobs`` (default :func:`default_jobs`): processes; > 1 trains the stacking folds' CRFs
    beside the pass-1 CRF (same model files as ``jobs=1``, the sequential path)."""
    jobs = check_jobs(default_jobs() if jobs is None else jobs)
    shared = shared or shared_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    train, held, domains = load_data(shared, cfg.corpora, dev, cfg.news_tags, cfg.news_rounds,
                                     cfg.events_tags)
    fx = build_extractor(shared, cfg, clusters_path)
    mem_extra: Extra | None = None
    if cfg.span_memory:
        if cfg.self_train:
            raise ValueError("span_memory and self_train together are not supported")
        mem_extra, memory = memory_folds(train, domains, cfg.span_memory, fx)
        # training sentences get their jack-knifed memory; tagging (the saved lexicon and
        # the held-out scores below) the memory of all training sentences
        full = {**fx.lexicon}
        for k, typ in memory.items():
            cls = lexicon_mod.MEMORY_PREFIX + typ
            full[k] = f"{full[k]}|{cls}" if k in full else cls
        fx_tag = FeatureExtractor(full, fx.clusters, char_ngrams=cfg.char_ngrams,
                                  sports=cfg.sports_context, article_names=cfg.article_names,
                                  split=cfg.split)
    else:
        fx_tag = fx
    model_path = out_dir / MODEL_NAME
    first: list[list[str]] | None = None
    if jobs > 1 and cfg.stack_window:
        # the pass-1 CRF and the stacking folds' CRFs are independent: train them in worker
        # processes (crfsuite holds the GIL), the pass-1 CRF submitted first (the longest)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pass1 = pool.submit(fit, train, fx, cfg, model_path, domains, verbose, mem_extra)
            folds = [pool.submit(fold_tags, train, fx, cfg, fold_path(out_dir, f), domains, f,
                                 verbose, mem_extra) for f in range(cfg.stack_folds)]
            pass1.result()
            _log(t0, "pass-1 CRF trained")
            if cfg.self_train:
                extra = confident_news(model_path, fx, shared, cfg.self_train)
                fit([*train, *extra], fx, cfg, model_path, [*domains, *(["news"] * len(extra))],
                    verbose)
            first = [[] for _ in train]
            for job in folds:
                for i, tags in job.result().items():
                    first[i] = tags
            _log(t0, f"{cfg.stack_folds} stacking fold CRFs trained")
    else:
        fit(train, fx, cfg, model_path, domains, verbose, extra=mem_extra)
        _log(t0, "pass-1 CRF trained")
        if cfg.self_train:
            extra = confident_news(model_path, fx, shared, cfg.self_train)
            fit([*train, *extra], fx, cfg, model_path, [*domains, *(["news"] * len(extra))], verbose)
    if cfg.stack_window:
        stack(train, fx, cfg, out_dir, domains, verbose, extra1=mem_extra, first=first)
        _log(t0, "pass-2 CRF trained" + (f" (jobs={jobs})" if first is not None else " (and the folds, jobs=1)"))
    elif (out_dir / PASS2_NAME).exists():
        (out_dir / PASS2_NAME).unlink()  # a stale second pass would be loaded with this model
    meta = {
        "config": asdict(cfg),
        "self_train_sentences": len(extra) if cfg.self_train else 0,
        "train_sentences": len(train),
        "train_tokens": sum(len(w) for w, _ in train),
        "train_seconds": round(time.time() - t0, 1),
        "jobs": jobs,
        "dev": dev,
    }
    if cfg.use_lexicon:  # which pinned lists the lexicon was built from (ANERgazet: ../shared)
        meta["lexicon_sources_sha1"] = lexicon_sources.sha1(
            Path(cfg.lexicon_sources) if cfg.lexicon_sources else None)
    fx = fx_tag
    if cfg.span_memory:
        meta["span_memory_names"] = sum(1 for v in fx.lexicon.values()
                                        if lexicon_mod.MEMORY_PREFIX in v)
    if dev and held:
        meta["dev_scores"] = evaluate(model_path, fx, held).as_dict()
        meta["dev_scores_consistency"] = evaluate(model_path, fx, held, window=3).as_dict()
        if cfg.stack_window:
            meta["dev_scores_pass1"] = meta["dev_scores"]
            meta["dev_scores_pass1_consistency"] = meta["dev_scores_consistency"]
            sw = cfg.stack_window
            meta["dev_scores"] = evaluate(model_path, fx, held, stack_window=sw).as_dict()
            meta["dev_scores_consistency"] = evaluate(
                model_path, fx, held, window=3, stack_window=sw).as_dict()
    lexicon_mod.save(fx.lexicon, out_dir / LEXICON_NAME)
    if fx.clusters:
        with open(out_dir / CLUSTERS_NAME, "w", encoding="utf-8") as fh:
            fh.write("# word clusters learned without labels (see docs/models/ner.md)\n")
            for w, c in sorted(fx.clusters.items()):
                fh.write(f"{w}\t{c}\n")
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    return meta

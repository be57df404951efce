"""NER benchmark: tagging speed (tokens/s on one core) of the shipped CRF and of the whole
entity stage, over the news sample; model size and load time.

Each tagger is built fresh, so the per-word feature cache starts cold: the first round
includes feature extraction for every distinct word of the sample, as in a new worker
process; the second round (warm cache) is what a long-running process sees. The entity
stage is measured with its default two-pass tagging and with pass 1 alone.
Speeds are given per CPU-second of this process (``time.process_time``: one core, not
distorted by other jobs on a shared machine) and per wall-clock second. The last block
sets the issue-4 figures against the target: the entity stage's two-pass tagging, cold
(the first round of a process) and warm, the ``khabar ner --conll`` path, the model size.
"""

from __future__ import annotations

import argparse
import os
import time

from khabar.io.readers import read_records

TARGET = 30_000  # issue #4: tokens per second tagging on one core
MAX_MB = 50  # issue #4: model size


def run(args: argparse.Namespace) -> None:
    from khabar.document import Document
    from khabar.extract.entities import EntityStage
    from khabar.extract.text_stage import TextStage
    from khabar.ner.model import (
        CLUSTERS_NAME,
        LEXICON_NAME,
        MODEL_NAME,
        PASS2_NAME,
        NerTagger,
        model_dir,
    )

    records = [r for r in read_records(args.news) if "error" not in r]
    if args.limit:
        records = records[: args.limit]
    text_stage = TextStage()
    docs = []
    for r in records:
        d = Document(id=r["id"], text=r["text"])
        d.sentences = text_stage(d)  # also fills d.tokens
        docs.append(d)
    by_doc: list[list[list[str]]] = []
    for d in docs:
        doc_sents: list[list[str]] = []
        cur: list[str] = []
        last = 0
        for t in d.tokens:
            if t.sentence != last and cur:
                doc_sents.append(cur)
                cur = []
            last = t.sentence
            cur.append(t.text)
        if cur:
            doc_sents.append(cur)
        by_doc.append(doc_sents)
    sentences = [s for ds in by_doc for s in ds]
    n_tokens = sum(map(len, sentences))
    files = [(what, model_dir() / name) for what, name in (
        ("pass 1", MODEL_NAME), ("pass 2", PASS2_NAME), ("lexicon", LEXICON_NAME),
        ("clusters", CLUSTERS_NAME))]
    sizes = [(what, f.stat().st_size / 1e6) for what, f in files if f.exists()]
    total = sum(mb for _, mb in sizes)

    rss0 = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    tagger = NerTagger()
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"model: {' + '.join(f'{what} {mb:.1f}' for what, mb in sizes)} = {total:.1f} MB; "
          f"load {load_cpu:.2f} CPU-s ({load_s:.2f} s wall), +{_rss_mb() - rss0:.0f} MB "
          f"resident")
    print(f"CRF tagging: {n_tokens:,} tokens in {len(sentences):,} sentences")
    for label in ("cold feature cache", "warm feature cache"):
        c0, w0 = time.process_time(), time.perf_counter()
        for s in sentences:
            tagger.tag(s)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        print(f"  {label}: {n_tokens / cpu:,.0f} tokens/CPU-s ({n_tokens / wall:,.0f} tokens/s wall)")

    rates: dict[str, float] = {}
    if tagger.has_pass2:
        c0, w0 = time.process_time(), time.perf_counter()
        for ds in by_doc:
            tagger.tag_sentences(ds)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        rates["khabar ner --conll (two passes + consistency)"] = n_tokens / cpu
        print(f"  two-pass stacked tagging + consistency per document (khabar ner --conll): "
              f"{n_tokens / cpu:,.0f} tokens/CPU-s ({n_tokens / wall:,.0f} tokens/s wall)")

    # the entity stage builds its own tagger (cold feature cache on its first round)
    for stacked, what in ((True, "two passes per document, pass-2 marginals (default)"),
                          (False, "pass 1 sentence by sentence")):
        stage = EntityStage(stacked=stacked)
        stage.tagger = NerTagger() if stage.tagger is not None else None  # a cold cache
        for label in ("cold feature cache", "warm feature cache"):
            c0, w0 = time.process_time(), time.perf_counter()
            n_ents = sum(len(stage(d)) for d in docs)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            if stacked:
                rates[f"entity stage, {label.split()[0]}"] = n_tokens / cpu
            print(f"entity stage, {what}, {label} (model + gazetteers + resolution, tokens "
                  f"given): {len(docs) / cpu:,.1f} articles/CPU-s, {n_tokens / cpu:,.0f} "
                  f"tokens/CPU-s ({n_tokens / wall:,.0f} tokens/s wall), {n_ents:,} mentions")
    print(summary(rates, total))


def summary(rates: dict[str, float], model_mb: float) -> str:
    """The issue-4 figures in one block: each tagging rate against the target, the size."""
    lines = [f"issue #4 target: >= {TARGET:,} tokens/s tagging on one core (per CPU-second), "
             f"model <= {MAX_MB} MB"]
    for what, rate in rates.items():
        lines.append(f"  {what}: {rate:,.0f} tokens/CPU-s — "
                     f"{'met' if rate >= TARGET else 'NOT met'}")
    lines.append(f"  model files: {model_mb:.1f} MB — {'met' if model_mb <= MAX_MB else 'NOT met'}")
    return "\n".join(lines)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6

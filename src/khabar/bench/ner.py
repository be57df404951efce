"""NER benchmark: tagging speed (tokens/s on one core) of the shipped CRF and of the whole
entity stage, over the news sample; model size and load time.

Each tagger is built fresh, so the per-word feature cache starts cold: the first round
includes feature extraction for every distinct word of the sample, as in a new worker
process; the second round (warm cache) is what a long-running process sees. The entity
stage is measured with its default two-pass tagging and with pass 1 alone.
Speeds are given per CPU-second of this process (``time.process_time``: one core, not
distorted by other jobs on a shared machine) and per wall-clock second.
"""

from __future__ import annotations

import argparse
import time

from khabar.io.readers import read_records


def run(args: argparse.Namespace) -> None:
    from khabar.document import Document
    from khabar.extract.entities import EntityStage
    from khabar.extract.text_stage import TextStage
    from khabar.ner.model import MODEL_NAME, NerTagger, model_dir

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
    size = (model_dir() / MODEL_NAME).stat().st_size / 1e6

    t0 = time.perf_counter()
    tagger = NerTagger()
    load_s = time.perf_counter() - t0
    print(f"model: {size:.1f} MB, load {load_s:.2f} s")
    print(f"CRF tagging: {n_tokens:,} tokens in {len(sentences):,} sentences")
    for label in ("cold feature cache", "warm feature cache"):
        c0, w0 = time.process_time(), time.perf_counter()
        for s in sentences:
            tagger.tag(s)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        print(f"  {label}: {n_tokens / cpu:,.0f} tokens/CPU-s ({n_tokens / wall:,.0f} tokens/s wall)")

    if tagger.has_pass2:
        c0, w0 = time.process_time(), time.perf_counter()
        for ds in by_doc:
            tagger.tag_sentences(ds)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
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
            print(f"entity stage, {what}, {label} (model + gazetteers + resolution, tokens "
                  f"given): {len(docs) / cpu:,.1f} articles/CPU-s, {n_tokens / cpu:,.0f} "
                  f"tokens/CPU-s ({n_tokens / wall:,.0f} tokens/s wall), {n_ents:,} mentions")

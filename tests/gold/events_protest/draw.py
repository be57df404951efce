"""Draw the blind PROTEST sentence set of session 22 (pr22, issue #6).

The pool: every sentence of ANERcorp train (detokenised, ``khabar.eval.events_anercorp``) and
of the shared news day (``../shared/data/news/dev/2015-08-10.zip``, segmented by the text
stage, as ``tests/gold/events_news`` was) that

- is not already labelled for events (ANERcorp: ``tests/gold/events_anercorp`` and
  ``tests/gold/events_roles/anercorp.jsonl``; news day: every sentence of
  ``tests/gold/events_news/labels.jsonl`` and ``tests/gold/events_roles/news*.jsonl``), nor a
  verbatim copy of one (by hash), nor a copy of an earlier pool sentence;
- has 5 words or more.

Each such sentence is analysed alone with the evaluation pipeline (entities on, no dateline)
and is a **rule candidate** when the rule coder (``EventStage(model=None)``, before any filter)
codes a PROTEST event of any modality in it; the pool is the candidates and the sentences with
a protest word (:data:`STRONG` or :data:`WEAK`, on the matching form). Strata: ``cand`` (rule candidates, any keyword),
``strong`` (a strong protest word, no candidate), ``weak`` (only a weak word, no candidate).
Drawn with ``random.Random("pr22")``: every candidate up to :data:`N_CAND`, then :data:`N_STRONG`
strong and :data:`N_WEAK` weak sentences, each stratum sampled from its list in pool order.
The output (``draw.jsonl``) holds offsets, hashes and strata, never text; the pool sizes go to
stderr (and README.md) so a recall over the pool can be weighted.

Run (repository root, code under test from PYTHONPATH — the strata are those of f1996875, where
the set was drawn; a few minutes):
``KHABAR_SHARED=../shared .venv/bin/python tests/gold/events_protest/draw.py > draw.jsonl``;
``--rest`` lists part 2 instead: every strong sentence the draw left (48), shuffled with the seed
``pr22b`` and numbered from p22-101.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import regex

from khabar.eval.corpus import news_records, sentence_hash
from khabar.eval.events import _analyze, pipeline
from khabar.eval.events_anercorp import texts
from khabar.extract.events import EventStage
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
SEED = "pr22"
N_CAND, N_STRONG, N_WEAK = 40, 76, 24

# Protest words on the matching form (alef variants folded, taa marbuta -> haa). Strong: a
# word that names a demonstration, sit-in, strike or protester; weak: a word that often does
# not (a march, a boycott or a province, a stand, an uprising, chants and banners, «خرج/نزل»
# with a street). «احتجز» (detain) is not «احتج».
STRONG = regex.compile(
    r"تظاهر|مظاهر|(?<!\p{L})(?:[وفبل]?)(?:ا|ي|ت|ن)?حتج(?!ز)|محتج(?!ز)|اعتصا?م|معتصم|"
    r"اضراب|(?<!\p{L})[وف]?اضرب(?:وا|ت)?(?!\p{L})|مضرب|عصيان|تجمهر|احتشد|احتشاد|محتشد")
WEAK = regex.compile(
    r"مسير|مقاطعه|مقاطعت|(?<!\p{L})[وف]?(?:قاطع|يقاطع|تقاطع)(?:وا|ت|ون)?(?!\p{L})|انتفض|انتفاض|"
    r"وقفه|هتف|هتاف|لافتات|تضامنا|تنديدا|شغب|"
    r"(?:خرج|نزل|تدفق)\p{L}*(?:\s+\p{L}+){0,4}\s+(?:[وفب]?(?:ال|ل)?)?(?:شارع|شوارع)")


def _labelled_news() -> tuple[set[tuple[int, int]], set[str]]:
    spans, hashes = set(), set()
    files = [GOLD / "events_news" / "labels.jsonl", *sorted((GOLD / "events_roles").glob("news*.jsonl"))]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                spans.add((lab["article"], lab["start"]))
                hashes.add(lab["sha1"])
    return spans, hashes


def _labelled_anercorp() -> tuple[set[int], set[str]]:
    idx, hashes = set(), set()
    files = [GOLD / "events_anercorp" / "labels.jsonl", GOLD / "events_anercorp" / "second_annotator.jsonl",
             GOLD / "events_roles" / "anercorp.jsonl"]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                idx.add(lab["sentence"])
                hashes.add(lab["sha1"])
    return idx, hashes


def keyword(text: str) -> str | None:
    """"strong", "weak" or None: the protest words of a sentence."""
    m = match_form(text)
    if STRONG.search(m):
        return "strong"
    if WEAK.search(m):
        return "weak"
    return None


def pool() -> list[dict]:
    """Every unlabelled sentence in order (ANERcorp, then the news day), with its keyword class."""
    out: list[dict] = []
    seen: set[str] = set()
    aidx, ahash = _labelled_anercorp()
    nspans, nhash = _labelled_news()
    taken = ahash | nhash
    for i, text in enumerate(texts()):
        h = sentence_hash(text)
        if i in aidx or h in taken or h in seen or len(text.split()) < 5:
            continue
        seen.add(h)
        out.append({"source": "anercorp", "sentence": i, "sha1": h, "kw": keyword(text), "text": text})
    seg = Pipeline(["text"])
    for a, rec in enumerate(news_records()):
        content = rec.get("content") or ""
        if not content.strip():
            continue
        doc = seg.analyze(content, id=f"news:{a}")
        for s in doc.sentences:
            text = content[s.start:s.end]
            h = sentence_hash(text)
            if (a, s.start) in nspans or h in taken or h in seen or len(text.split()) < 5:
                continue
            seen.add(h)
            out.append({"source": "news", "article": a, "start": s.start, "end": s.end,
                        "sha1": h, "kw": keyword(text), "text": text})
    return out


def main() -> None:
    rows = pool()
    pipe = pipeline(True)
    stage = EventStage(model=None)
    for n, r in enumerate(rows):
        doc = _analyze(pipe, r["text"], f"pool:{n}")
        r["cand"] = any(e.type == "PROTEST" for e, _ in stage.code(doc))
    strata = {
        "cand": [r for r in rows if r["cand"]],
        "strong": [r for r in rows if not r["cand"] and r["kw"] == "strong"],
        "weak": [r for r in rows if not r["cand"] and r["kw"] == "weak"],
    }
    rng = random.Random(SEED)
    drawn = []
    for name, n in (("cand", N_CAND), ("strong", N_STRONG), ("weak", N_WEAK)):
        pick = strata[name] if len(strata[name]) <= n else rng.sample(strata[name], n)
        for r in pick:
            drawn.append({**r, "stratum": name})
    sizes = {k: {"pool": len(v), "drawn": sum(1 for d in drawn if d["stratum"] == k),
                 "anercorp": sum(1 for r in v if r["source"] == "anercorp")} for k, v in strata.items()}
    print(json.dumps(sizes), file=sys.stderr)
    rng.shuffle(drawn)
    if "--rest" in sys.argv[1:]:
        # part 2: the strong stratum's sentences the draw left, in an order of their own
        taken = {d["sha1"] for d in drawn}
        drawn = [{**r, "stratum": "strong"} for r in strata["strong"] if r["sha1"] not in taken]
        random.Random(SEED + "b").shuffle(drawn)
    first = 101 if "--rest" in sys.argv[1:] else 1
    for n, d in enumerate(drawn, first):
        keep = {"id": f"p22-{n:03d}", "source": d["source"]}
        keep.update({k: d[k] for k in ("sentence", "article", "start", "end") if k in d})
        keep.update({"sha1": d["sha1"], "stratum": d["stratum"]})
        print(json.dumps(keep, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Benchmark: long documents. Each case is timed as one document and as the same text in
article-sized pieces analysed one after another; a stage that scans the whole document per
mention or per cue shows as a ratio far above 1 and a growth exponent above 1.

Cases: ``repeated`` — the example article (or the sample's first article) repeated up to
``--long-chars`` characters, copies joined by blank lines; ``one-line`` — the words of the
news sample in one line of ``--long-chars`` characters without punctuation (one sentence).
Each at a quarter and at the full size: exponent = log(t_full / t_quarter) / log 4.
Run: ``.venv/bin/python -m khabar.bench --only long`` (part of ``make bench``).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import time
from pathlib import Path

from khabar.io.readers import read_records

EXAMPLE = Path(os.environ.get(
    "KHABAR_SHARED", Path(__file__).resolve().parents[3] / ".." / "shared"
)) / "examples" / "us-iraq-withdrawal.txt"
PIECE = 3000  # characters of a one-line piece analysed on its own (an article's size)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--long-chars", type=int, default=200_000,
                        help="characters of each long document (default 200000)")


def repeated(article: str, chars: int) -> tuple[str, list[str]]:
    """``article`` repeated to at least ``chars`` characters: the document and its copies."""
    copies = [article] * max(1, math.ceil(chars / (len(article) + 2)))
    return "\n\n".join(copies), copies


def one_line(words: list[str], chars: int) -> tuple[str, list[str]]:
    """``words`` (cycled) in one line of about ``chars`` characters, and that line cut into
    pieces of about :data:`PIECE` characters at word boundaries."""
    out: list[str] = []
    n = 0
    while n < chars:
        w = words[len(out) % len(words)]
        out.append(w)
        n += len(w) + 1
    pieces, cur, size = [], [], 0
    for w in out:
        cur.append(w)
        size += len(w) + 1
        if size >= PIECE:
            pieces.append(" ".join(cur))
            cur, size = [], 0
    if cur:
        pieces.append(" ".join(cur))
    return " ".join(out), pieces


def _cpu(pipe, texts: list[str]) -> float:
    t = time.process_time()
    for text in texts:
        pipe.analyze(text)
    return time.process_time() - t


def _stages(pipe, text: str) -> tuple[float, dict[str, float]]:
    pipe.timer.cpu.clear()
    t = _cpu(pipe, [text])
    return t, {k: round(v, 2) for k, v in pipe.timer.cpu.items() if v >= 0.05}


def run(args: argparse.Namespace) -> None:
    from khabar.pipeline import Pipeline

    records = [r for r in read_records(args.news) if "error" not in r][:200]
    article = EXAMPLE.read_text(encoding="utf-8").strip() if EXAMPLE.is_file() else records[0]["text"]
    words = [w for r in records for w in re.findall(r"[\u0621-\u064A]+", r["text"])]
    pipe = Pipeline(max_chars=max(args.long_chars + 10_000, 2_000_000))
    pipe.analyze(article)  # load every stage before timing
    print(f"long documents: {args.long_chars:,} characters; CPU seconds (one process)")
    print(f"{'case':<10}{'chars':>10}{'one doc s':>11}{'pieces s':>10}{'ratio':>7}{'exponent':>10}"
          "  stages of the one document (CPU s)")
    for name, make in (("repeated", lambda n: repeated(article, n)),
                       ("one-line", lambda n: one_line(words, n))):
        quarter, _ = make(args.long_chars // 4)
        t_quarter = _cpu(pipe, [quarter])
        doc, pieces = make(args.long_chars)
        t_doc, stages = _stages(pipe, doc)
        t_pieces = _cpu(pipe, pieces)
        exponent = (math.log(t_doc / t_quarter) / math.log(len(doc) / len(quarter))
                    if min(t_doc, t_quarter) > 0 and len(doc) > len(quarter) else float("nan"))
        ratio = t_doc / t_pieces if t_pieces > 0 else float("nan")
        print(f"{name:<10}{len(doc):>10,}{t_doc:>11.2f}{t_pieces:>10.2f}{ratio:>7.1f}"
              f"{exponent:>10.2f}  {stages}")
    print("(ratio: the one document against its pieces; exponent 1 = linear growth)")

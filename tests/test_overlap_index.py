"""The offset indexes of the entity, event and quote stages answer as the whole-list scans
they replace (random spans, duplicates, nested and empty spans), and the long-document
benchmark builds its cases and runs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from khabar.bench.long import one_line, repeated
from khabar.extract.entities.overlap import LastIndex, SpanIndex, Within


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 300)
        out.append((s, s + rng.choice([0, 1, 2, 5, 9, 30, 120])))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_indexes_equal_the_scans(seed):
    rng = random.Random(seed)
    spans = _spans(rng, rng.choice([0, 1, 5, 40]))
    items = [(s, e, i) for i, (s, e) in enumerate(spans)]  # distinct items, equal spans allowed
    index = SpanIndex(spans)
    within = Within(items, lambda x: (x[0], x[1]))
    for _ in range(200):
        s = rng.randrange(-5, 330)
        e = s + rng.choice([0, 1, 3, 10, 60])
        assert index.overlaps(s, e) == any(s < ce and cs < e for cs, ce in spans)
        assert within.inside(s, e) == [x for x in items if s <= x[0] and x[1] <= e]
        assert within.covering(s, e) == [x for x in items if x[0] <= s and e <= x[1]]
        assert within.first_at(s) == next((x for x in items if x[0] <= s < x[1]), None)


def test_last_index_rebuilds_for_another_or_grown_list():
    built = []
    last = LastIndex(lambda xs: built.append(len(xs)) or sum(xs))
    a, b = [1, 2], [1, 2]
    assert (last(a), last(a), last(b)) == (3, 3, 3)
    a.append(4)
    assert last(a) == 7
    assert built == [2, 2, 3]


def test_long_cases():
    doc, copies = repeated("قال الوزير.", 100)
    assert doc == "\n\n".join(copies) and len(doc) >= 100
    line, pieces = one_line(["قال", "الوزير", "إن"], 10_000)
    assert " ".join(pieces) == line and len(pieces) > 1
    assert not any(ch in line for ch in ".،:\n")


NEWS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news" / "dev" / "2015-08-10.zip"


@pytest.mark.skipif(not NEWS.exists(), reason="news sample not available")
def test_long_bench_runs(capsys):
    from khabar.bench.__main__ import main

    assert main(["--news", str(NEWS), "--only", "long", "--long-chars", "4000"]) == 0
    out = capsys.readouterr().out
    assert "repeated" in out and "one-line" in out and "exponent" in out

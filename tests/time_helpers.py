"""Shared helpers of the time and quantity rule-family tests: tag a made-up sentence on the
dev news day's dateline and list its time expressions or quantities; load a gold set's scripts and
list its ANERcorp blocks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from khabar.document import Document
from khabar.eval.times import UNDATED_SETS
from khabar.extract.quantities import QuantityStage
from khabar.extract.times import TimeStage

STAGE = TimeStage()
QUANT = QuantityStage()
MON = "2015-08-10"  # the dev news day


def tag(text: str, published: str | None = MON) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every time expression."""
    doc = Document(id="t", text=text, published=published)
    return [(t.text, t.type, t.value, t.mod) for t in STAGE(doc)]


def quantities(text: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, approx) of every quantity, with the times found first (as the pipeline does)."""
    doc = Document(id="q", text=text, published=MON)
    doc.times = STAGE(doc)
    return [(q.text, q.value, q.approx) for q in QUANT(doc)]


def script_module(path: Path, name: str):
    """A gold set's script (``build.py``, a ``draw_*.py``) loaded from its path under ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def anercorp_blocks(name: str) -> set[int]:
    """The ANERcorp blocks (first sentences) of the undated times set ``name``."""
    return {int(p.stem.split("_", 1)[1]) for p in UNDATED_SETS[name].glob("anercorp_*.json")}


# -- checks shared by the dense news-day held-out sets' test files (held-out 25, 26, 27, …) ----------
TIMES_GOLD = Path(__file__).resolve().parent / "gold" / "times"


def check_dated_set(name: str, keys: set[int]) -> None:
    """``name`` is a dated set of khabar.eval.times (not an undated one) whose files are the news-day
    articles ``keys``."""
    from khabar.eval.times import SETS

    assert name in SETS and name not in UNDATED_SETS
    assert {int(p.stem) for p in (TIMES_GOLD / name).glob("*.json")} == keys


def check_in_no_earlier_set(name: str, urls_required: bool = False) -> None:
    """No article of the times set ``name`` is in another times set, by key and by url (an article
    without a url passes on its key alone, unless ``urls_required``)."""
    import json

    from khabar.eval.times import ALL_SETS

    earlier_keys, earlier_urls = set(), set()
    for other, folder in ALL_SETS.items():
        if other == name:
            continue
        for p in folder.glob("*.json"):
            g = json.loads(p.read_text(encoding="utf-8"))
            earlier_keys.add(g["key"])
            earlier_urls.add(g.get("url"))
    for p in (TIMES_GOLD / name).glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["key"] not in earlier_keys, g["key"]
        url = g["url"] if urls_required else g.get("url")
        assert (url is None and not urls_required) or url not in earlier_urls, g["key"]


def check_dense_gold(name: str, times: int, quantities: int, articles: int = 10) -> None:
    """The gold of the dense held-out set ``name`` loads (an offset that does not match its text
    raises), holds ``articles`` articles of the dev news day and ``times`` / ``quantities`` spans.
    Needs the shared news day."""
    from khabar.eval.times import SETS, load_gold

    gold = load_gold(SETS[name])  # raises when an offset does not match its text
    assert len(gold) == articles and all(g["published"] == MON for g in gold)
    assert sum(len(g["times"]) for g in gold) == times
    assert sum(len(g["quantities"]) for g in gold) == quantities


def check_dense_draw_filter(name: str, density: float = 6.0) -> None:
    """Every article of the dense held-out set ``name`` passes the filter of
    tests/gold/times/heldout25/draw_dense.py (length, time-ish and number counts, density). Needs
    the shared news day."""
    from khabar.eval.times import SETS, load_gold

    draw = script_module(TIMES_GOLD / "heldout25" / "draw_dense.py", f"draw_dense_{name}")
    for g in load_gold(SETS[name]):
        text = g["text"]
        assert 400 <= len(text) <= 6000, g["key"]
        assert len(draw.draw.TIMEISH.findall(text)) >= 5 and len(draw.draw.NUM.findall(text)) >= 3, g["key"]
        assert draw.density(text) >= density, g["key"]  # held-out 29 was drawn at 5.0 (session 25)


def dense_scores(name: str) -> tuple[dict, dict]:
    """The times and the quantities summaries of the text, times and quantities stages on the dated
    set ``name`` (for a floor under its after-fix figures). Needs the shared news day."""
    from khabar.eval.times import SETS, evaluate, load_gold
    from khabar.pipeline import Pipeline

    ts, qs = evaluate(load_gold(SETS[name]), Pipeline(stages=["text", "times", "quantities"]))
    return ts.summary(), qs.summary()

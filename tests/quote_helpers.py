"""Shared helpers of the quote rule-family tests: look-ups of the quotes found in a made-up
text (after a neutral lead sentence)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
needs_news_day = pytest.mark.skipif(
    not (SHARED / "data" / "news" / "dev" / "2015-08-10.zip").exists(),
    reason="shared corpus not available")

LEAD = "وقع الحادث مساء أمس في المدينة.\n"


@pytest.fixture(scope="module")
def quotes_pipe() -> Pipeline:
    """The module fixture of the quote test files (``pipe = quote_helpers.quotes_pipe``): the
    text and quote stages, no entities (a retrained NER model cannot turn them red or green)."""
    return Pipeline(stages=["text", "quotes"])


def quotes(pipe: Pipeline, text: str) -> list:
    return pipe.analyze(LEAD + text).quotes


def one(pipe: Pipeline, text: str, fragment: str):
    hits = [q for q in quotes(pipe, text) if fragment in q.content.text]
    assert len(hits) == 1, [q.content.text for q in quotes(pipe, text)]
    return hits[0]


# -- checks shared by the blind held-out sets' test files ----------------------------------
def check_gold_spans(gold_dir, articles: int, attributions: int) -> None:
    """Every cue, content and source span of a held-out gold set is a slice of its article."""
    from khabar.eval.quotes import load_gold

    golds = load_gold(gold_dir)
    assert len(golds) == articles and sum(len(g["quotes"]) for g in golds) == attributions
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, (gold["key"],))
            assert q["type"] in ("direct", "indirect", "mixed")


def no_span(key: str, q: dict) -> bool:
    """No gold quote may lack a span (the default of :func:`check_spans`)."""
    return False


def any_span(key: str, q: dict) -> bool:
    """Any span may be absent (a source-less or implicit quote)."""
    return True


def check_spans(text: str, q: dict, where: tuple,
                missing_ok: Callable[[str, dict], bool] = no_span) -> None:
    """The cue, content and source spans of the gold quote ``q`` are slices of ``text``; a span
    that is absent (missing or null) must be allowed by ``missing_ok(key, q)``. ``where`` (the
    set, the article) is shown with the key on a failure."""
    for key in ("cue", "content", "source"):
        sp = q.get(key)
        if not sp:
            assert missing_ok(key, q), (*where, key)
            continue
        assert text[sp["start"] : sp["end"]] == sp["text"], (*where, key)


def gold_report(pipe: Pipeline, gold_dir) -> dict:
    """The eval's scores of ``pipe`` on a held-out gold set."""
    from khabar.document import to_dict
    from khabar.eval.quotes import Scores, load_gold

    scores = Scores()
    for gold in load_gold(gold_dir):
        doc = pipe.analyze(gold["text"], published=gold["published"])
        scores.add(gold["quotes"], to_dict(doc)["quotes"], str(gold["key"]))
    return scores.report()


def check_annotation_files(gold_dir) -> None:
    """The gold files hold annotations and the article's address, never its text."""
    import json

    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert "text" not in gold and set(gold) == {"index", "url", "source_site", "quotes"}


def check_articles_new(gold_dir, drawn: set[int] | int) -> None:
    """The news-day articles of ``gold_dir`` are ``drawn`` (their indices, or how many there
    are) and no other quotes gold set below tests/gold/quotes uses one of them again (sets of
    other collections, addressed by file and row, have no index)."""
    import json

    gold_dir = Path(gold_dir)
    earlier = set()
    for path in (gold_dir.parent).rglob("*.json"):
        if path.parent == gold_dir:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and "index" in gold:
            earlier.add(gold["index"])
    assert earlier, "no other quotes gold set read"
    got = {json.loads(p.read_text(encoding="utf-8"))["index"] for p in gold_dir.glob("*.json")}
    assert (len(got) if isinstance(drawn, int) else got) == drawn, sorted(got)
    assert not got & earlier, sorted(got & earlier)


def drawn_pool(set_dir, commit: str, *args: str) -> tuple[list[int], str]:
    """Run a held-out set's committed draw script (``set_dir/draw.py *args``) and return the
    drawn article indices in order and its stderr; skips when ``commit`` (the repository
    state the draw reads) is not in this checkout."""
    import json
    import subprocess
    import sys

    if subprocess.run(["git", "-C", str(set_dir), "cat-file", "-e", commit], capture_output=True).returncode:
        pytest.skip(f"the draw reads the repository at {commit}, not in this checkout")
    run = subprocess.run([sys.executable, str(Path(set_dir) / "draw.py"), *args], check=True,
                         capture_output=True, text=True)
    return [row["index"] for row in json.loads(run.stdout)], run.stderr


def read_order(drawn: list[int], skipped: dict[int, int]) -> list[int]:
    """The pool as the annotator read it: the set's articles in draw order with each article read
    and skipped (``{pool rank: index}``) put back at its rank."""
    order = list(drawn)
    for rank, index in sorted(skipped.items()):
        order.insert(rank, index)
    return order


def pooled_row(first: int, last: int, mode: str = "ent") -> tuple[float, ...]:
    """The pooled blind first runs of held-out sets ``first``–``last`` (tests/gold/quotes/blind_runs.tsv)
    in ``mode`` ("ent" or "noent") at three decimals: content P / R / F1, speaker, via — the row
    docs/quality.md prints."""
    from khabar.eval import quotes as Q

    s = Q.pool([b for b in Q.blind_runs() if b.mode == mode and first <= b.set <= last])
    return tuple(round(s[k], 3) for k in ("content_p", "content_r", "content_f1", "speaker_acc", "via_acc"))


def check_blind_runs(number: int, stage: str, gold: int,
                     ent: tuple[float, ...] | None = None, noent: tuple[float, ...] | None = None) -> None:
    """Held-out ``number``'s blind first runs are recorded with and without entities, both at the
    commit ``stage`` on its ``gold`` attributions; ``ent`` is the run with entities (P, R, speaker,
    via) and ``noent`` the run without (speaker, via), when given."""
    from khabar.eval import quotes as Q

    runs = {b.mode: b for b in Q.blind_runs() if b.set == number}
    assert set(runs) == {"ent", "noent"} and {b.stage for b in runs.values()} == {stage}
    assert runs["ent"].gold == runs["noent"].gold == gold
    if ent is not None:
        assert (runs["ent"].p, runs["ent"].r, runs["ent"].speaker, runs["ent"].via) == ent
    if noent is not None:
        assert (runs["noent"].speaker, runs["noent"].via) == noent


def check_after_fix(gold_dir, content: float, speaker: float, via: float, pipe: Pipeline | None = None) -> None:
    """The floor under a held-out set's after-fix figures (a regression guard; the blind first run
    stays the estimate): content F1, speaker and via accuracy of ``pipe`` (by default the text and
    quote stages, no entities) are at least ``content``, ``speaker``, ``via``."""
    rep = gold_report(pipe or Pipeline(stages=["text", "quotes"]), gold_dir)
    assert rep["content_f1"] >= content and rep["speaker_acc"] >= speaker and rep["via_acc"] >= via, rep

"""Benchmark: khabar's time tagger against dateparser (``search_dates``) on the same texts.

Accuracy on the hand-made gold (tests/gold/times: dev and both held-out sets): span P/R/F1
(overlap) over all gold time expressions, and *resolved-date accuracy* — the share of
gold DATE/TIME expressions with a calendar value (day, month, year, ISO week, clock
time) that the system finds (overlapping span) with the right value at the gold's
granularity. dateparser runs with ``languages=["ar"]``, ``RELATIVE_BASE`` = dateline and
``PREFER_DATES_FROM="past"`` (its best setting for news). Speed: words/s over the news
sample (dateparser on its first ``--dateparser-docs`` articles only: it is slow).
Run: ``.venv/bin/python -m khabar.bench --only times`` (part of ``make bench``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import warnings

from khabar.document import Document
from khabar.eval.corpus import news_records
from khabar.eval.times import SETS, load_gold, match, prf
from khabar.extract.times import TimeStage

ABSOLUTE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?(?:T\d{2}:\d{2})?$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dateparser-docs", type=int, default=60,
                        help="articles of the news sample timed for dateparser (default 60)")


def _dateparser_spans(text: str, published: str) -> list[dict]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ar"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    out, pos = [], 0
    for s, when in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        pos = i + len(s)
        out.append({"start": i, "end": i + len(s), "when": when})
    return out


def _dp_value_ok(gold_value: str, when: dt.datetime) -> bool:
    if "-W" in gold_value:
        iso = when.isocalendar()
        return gold_value == f"{iso[0]:04d}-W{iso[1]:02d}"
    if "T" in gold_value:
        return gold_value == when.strftime("%Y-%m-%dT%H:%M")
    return gold_value == when.strftime("%Y-%m-%d")[: len(gold_value)]


def accuracy(gold_articles: list[dict]) -> dict[str, dict[str, float]]:
    """Span P/R/F1 and resolved-date accuracy for khabar and dateparser."""
    stage = TimeStage()
    res = {}
    for system in ("khabar", "dateparser"):
        n_gold = n_pred = tp = n_abs = ok = 0
        for g in gold_articles:
            if system == "khabar":
                doc = Document(id=g["key"], text=g["text"], published=g["published"])
                pred = [{"start": t.start, "end": t.end, "value": t.value} for t in stage(doc)]
            else:
                pred = _dateparser_spans(g["text"], g["published"])
            gold = g["times"]
            pairs = dict(match(gold, pred))
            n_gold += len(gold)
            n_pred += len(pred)
            tp += len(pairs)
            for i, t in enumerate(gold):
                value = t["value"].split("T")[0] if re.search(r"T[A-Z]{2}$", t["value"]) else t["value"]
                if t["type"] not in ("DATE", "TIME") or not ABSOLUTE.match(value):
                    continue
                n_abs += 1
                if i in pairs:
                    p = pred[pairs[i]]
                    if system == "khabar":
                        pv = p["value"].split("T")[0] if re.search(r"T[A-Z]{2}$", p["value"]) else p["value"]
                        ok += pv == value
                    else:
                        ok += _dp_value_ok(value, p["when"])
        p, r, f = prf(tp, n_pred, n_gold)
        res[system] = {"precision": p, "recall": r, "f1": f, "resolved_acc": ok / (n_abs or 1),
                       "n_gold": n_gold, "n_abs": n_abs}
    return res


def speed(texts: list[tuple[str, str]], dp_docs: int) -> dict[str, float]:
    """Words per second of khabar's TimeStage and of dateparser's search_dates."""
    stage = TimeStage()
    words = sum(len(t.split()) for t, _ in texts)
    stage(Document(id="warm", text=texts[0][0], published=texts[0][1]))
    t0, c0 = time.perf_counter(), time.process_time()
    for text, pub in texts:
        stage(Document(id="b", text=text, published=pub))
    k, kc = words / (time.perf_counter() - t0), words / (time.process_time() - c0)
    sub = texts[:dp_docs]
    dp_words = sum(len(t.split()) for t, _ in sub)
    _dateparser_spans(sub[0][0], sub[0][1])
    t0, c0 = time.perf_counter(), time.process_time()
    for text, pub in sub:
        _dateparser_spans(text, pub)
    d, dc = dp_words / (time.perf_counter() - t0), dp_words / (time.process_time() - c0)
    return {"khabar_wps": k, "khabar_cpu_wps": kc, "khabar_words": words,
            "dateparser_wps": d, "dateparser_cpu_wps": dc, "dateparser_words": dp_words}


def run(args: argparse.Namespace) -> None:
    gold = [g for path in SETS.values() for g in load_gold(path)]
    acc = accuracy(gold)
    print(f"Accuracy on the time gold ({len(gold)} articles, {acc['khabar']['n_gold']} expressions, "
          f"{acc['khabar']['n_abs']} with a calendar value):")
    for name, a in acc.items():
        print(f"  {name:10s} span P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}  "
              f"resolved-date accuracy={a['resolved_acc']:.3f}")
    recs = news_records() if getattr(args, "news", None) is None else _records(args.news)
    if getattr(args, "limit", None):
        recs = recs[: args.limit]
    texts = [(r["content"], r["date_extracted"][:10]) for r in recs if r.get("content")]
    sp = speed(texts, getattr(args, "dateparser_docs", 60))
    print(f"Speed (wall clock): khabar TimeStage {sp['khabar_wps']:,.0f} words/s "
          f"({sp['khabar_words']:,} words); dateparser {sp['dateparser_wps']:,.0f} words/s "
          f"({sp['dateparser_words']:,} words); ratio {sp['khabar_wps'] / sp['dateparser_wps']:.0f}x")
    print(f"Speed (per CPU second): khabar {sp['khabar_cpu_wps']:,.0f} words/s; "
          f"dateparser {sp['dateparser_cpu_wps']:,.0f} words/s; "
          f"ratio {sp['khabar_cpu_wps'] / sp['dateparser_cpu_wps']:.0f}x")


def _records(path) -> list[dict]:
    import json
    import zipfile
    from pathlib import Path

    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".json"))
            return json.loads(zf.read(name))
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--news", default=None)
    p.add_argument("--limit", type=int, default=None)
    add_arguments(p)
    run(p.parse_args())

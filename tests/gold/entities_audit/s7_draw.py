"""Draw the session-7 entity audit sample: articles no gold set under tests/gold has read.

Usage: ``python tests/gold/entities_audit/s7_draw.py OUT.jsonl [--seed S]`` writes 12
articles of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as
khabar batch records, drawn with ``random.Random(seed)`` from the articles that are in none
of: the two earlier entity-audit draws, ``tests/gold/articles.json``, the quote and time
gold (``quotes/``, ``times/``, held-out sets included), ``events_news``, ``events_audit``,
``ner_fresh`` and the search audit's judged and listed results (store ids = SHA-1 of the
content), as they stood at commit db3243e (``--gold-rev``; gold sets added later may hold
some of these articles). The NER training tags of ``ner_news`` (2–3 sentences of most articles of the day)
are *not* excluded — excluding them leaves 7 articles of that length — as in the earlier
draws: the tagger may have seen a sentence, the resolution rules have not.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLD_REV = "db3243e"  # the gold sets as they stood when this sample was drawn
SEED = "entities-s7-20261129"
EARLIER = ("entities-20261129", "entities-20261129-fresh")
_TSV_ID = re.compile(r"2015-08-10(?:\.json)?:(\d+)")


def _sample_module():
    spec = importlib.util.spec_from_file_location("entities_sample", HERE / "sample.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def gold_articles(arts: list[dict], rev: str = GOLD_REV) -> dict[str, set[int]]:
    """Article indices each gold set under tests/gold refers to at commit ``rev`` (the gold
    grows during a session; ner_news left out on purpose)."""
    out: dict[str, set[int]] = {}
    for name in _git("ls-tree", "-r", "--name-only", rev, "tests/gold").splitlines():
        path = Path(name)
        if path.parts[2] == "ner_news":
            continue
        text = _git("show", f"{rev}:{name}") if path.suffix in (".jsonl", ".json", ".tsv") else ""
        found = out.setdefault(path.parts[2], set())
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                if line.strip():
                    rec = json.loads(line)
                    if isinstance(rec, dict) and isinstance(rec.get("article"), int):
                        found.add(rec["article"])
        elif path.suffix == ".json":
            if path.stem.isdigit():
                found.add(int(path.stem))
            try:
                data = json.loads(text)
            except ValueError:
                continue
            items = data if isinstance(data, list) else [data]
            for it in items:
                if isinstance(it, dict) and isinstance(it.get("index"), int):
                    found.add(it["index"])
        elif path.suffix == ".tsv":
            found.update(int(m) for m in _TSV_ID.findall(text))
    # the search audit names store documents by the SHA-1 of their content
    ids: set[str] = set()
    sa = "tests/gold/search_audit"
    for q in json.loads(_git("show", f"{rev}:{sa}/judgments.json")).values():
        if isinstance(q, dict):
            ids.update(q)
    for f in ("results_before.json", "results_after.json"):
        for q in json.loads(_git("show", f"{rev}:{sa}/{f}")).values():
            ids.update(q.get("top", []))
    out["search_audit"] = {i for i, a in enumerate(arts)
                           if hashlib.sha1(a["content"].encode("utf-8")).hexdigest()[:16] in ids}
    return {k: v for k, v in out.items() if v}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--gold-rev", default=GOLD_REV, help="read the gold sets at this commit")
    args = ap.parse_args()
    sample = _sample_module()
    arts = sample.articles()
    skip: set[int] = set()
    for name, idx in sorted(gold_articles(arts, args.gold_rev).items()):
        print(f"excluded {name}: {len(idx)} articles")
        skip |= idx
    first = sample.draw(arts, EARLIER[0])  # the fresh draw left out the first one
    skip |= set(first) | set(sample.draw(arts, EARLIER[1], exclude=frozenset(first)))
    idx = sample.draw(arts, args.seed, exclude=frozenset(skip))
    sample.write(arts, idx, args.out)
    print("drew", idx)


if __name__ == "__main__":
    main()

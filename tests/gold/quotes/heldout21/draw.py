"""Quotes held-out 21 draw (session 14): news-day articles of ../shared/data/news/dev/2015-08-10.zip
in no quotes gold, cue-selected, in the order of sha1("heldout21:" + url).

Reproducible: every repository file it reads is read at a fixed commit (default 15c8c90, the tree
before held-out 21 existed), so the set's own files and later docs do not change the draw.

Exclusion (held-out 20's rule): every tests/gold/quotes file with an index (dev, heldout … heldout20),
sentences.json, articles.json, and every record number 0–1699 written in docs/quotes.md or the quotes
section of docs/quality.md (records named in earlier quote work: spot-checks, news-day diffs —
over-inclusive on purpose). Left out for the entity team, as in held-out 20: the ner_fresh articles
and every article with at most one ner_news sentence.
Filters (held-out 15/16/20's): 800–3000 characters, >= 2 hits of the speech-cue regex (held-out 20's,
unchanged), at most 2 per outlet, no near-copy by shingles (5-word containment > 10 % or 3 shared
digit-free 8-word shingles) of an excluded or picked article, no other part of an excluded or picked
story (title without a «/ إضافة …» suffix).

Prints the pool (rank, index, url, outlet, characters, cue hits, ner_news sentences and the share of
the article's characters inside ner_news sentences — what the shipped NER model trained on) as JSON.

Run: python tests/gold/quotes/heldout21/draw.py [--commit 15c8c90] [--n 24] [--seed heldout21] > pool.json
(held-out 22's draw.py runs this script with --seed heldout22 --commit ffca549)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[4]
ZIP = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared")) / "data/news/dev/2015-08-10.zip"
STEMS = ("قال|قالت|قالوا|يقول|تقول|يقولون|قوله|قولها|أكد|اكد|أكدت|اكدت|يؤكد|تؤكد|مؤكدا|مؤكدة|أعلن|اعلن|أعلنت|اعلنت|يعلن|تعلن|"
         "ذكر|ذكرت|يذكر|أضاف|اضاف|أضافت|اضافت|يضيف|مضيفا|أوضح|اوضح|أوضحت|اوضحت|موضحا|صرح|صرحت|تصريح|تصريحات|"
         "نقل|نقلت|نقلا|أفاد|افاد|أفادت|افادت|بحسب|حسب|وفقا|وفقاً|وفق|طبقا|أشار|اشار|أشارت|اشارت|مشيرا|مشيرة|تابع|تابعت|"
         "كشف|كشفت|نفى|نفت|ينفي|شدد|شددت|مشددا|لفت|لفتت|لافتا|اعتبر|اعتبرت|يعتبر|معتبرا|رأى|رأت|يرى|توقع|توقعت|يتوقع|"
         "دعا|دعت|يدعو|داعيا|طالب|طالبت|يطالب|تطالب|مطالبا|مطالبين|حذر|حذرت|يحذر|محذرا|أعرب|اعرب|أعربت|اعربت|أبلغ|ابلغ|"
         "بيان|ناشد|ناشدت|أردف|اردف|زعم|زعمت|رجح|رجحت|أفصح|اوضحوا|أكدوا|اكدوا|قالا|أضافوا|ذكروا|أعلنوا|اعلنوا|"
         "مبينا|بين|بينت|أبان|ابان|لافتة|مضيفة|موضحة|مؤكدين")
CUE = re.compile(r"(?:^|[\s«\"(،,])[وف]?(?:" + STEMS + r")(?=[\s،,.:«\"]|ا\b|ه\b|$)")


def at(commit: str, path: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def files(commit: str, prefix: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(REPO), "ls-tree", "-r", "--name-only", commit, prefix],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def words(t: str) -> list[str]:
    return re.findall(r"\w+", t)


def shingles(t: str, n: int, digits: bool = True) -> set[str]:
    w = words(t) if digits else [x for x in words(t) if not any(c.isdigit() for c in x)]
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def story(t: str | None) -> str:
    return re.split(r"\s*/\s*إضافة", t or "")[0].strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commit", default="15c8c90")
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", default="heldout21", help="the order key prefix (held-out 22: heldout22)")
    args = ap.parse_args()
    arts = json.loads(zipfile.ZipFile(ZIP).read("2015-08-10.json"))
    excl: set[int] = set()
    for p in files(args.commit, "tests/gold/quotes"):
        if p.endswith(".json"):
            g = json.loads(at(args.commit, p))
            if isinstance(g, dict) and "index" in g:
                excl.add(g["index"])
    n_quotes = len(excl)
    excl |= {a["index"] for a in json.loads(at(args.commit, "tests/gold/sentences.json"))["articles"]}
    excl |= {a["index"] for a in json.loads(at(args.commit, "tests/gold/articles.json"))}
    docs = at(args.commit, "docs/quotes.md")
    q = at(args.commit, "docs/quality.md")
    docs += q[q.index("## Quotations and attribution"):q.index("## PLOVER events")]
    named = {int(m) for m in re.findall(r"(?<![\d.,/-])(\d{1,4})(?![\d.,/%-])", docs) if int(m) < len(arts)}
    excl_quotes = excl | named
    nernews = Counter()
    covered: dict[int, set[int]] = defaultdict(set)
    for line in at(args.commit, "tests/gold/ner_news/tags.jsonl").splitlines():
        r = json.loads(line)
        nernews[r["article"]] += 1
        covered[r["article"]].update(range(r["start"], r["end"]))
    fresh = {json.loads(line)["article"] for line in at(args.commit, "tests/gold/ner_fresh/tags.jsonl").splitlines()}
    ent_pool = fresh | {i for i in range(len(arts)) if nernews[i] <= 1}
    print(f"quotes gold articles {n_quotes}, + sentences/articles.json {len(excl)}, + named {len(excl_quotes)}; "
          f"entity pool left out {len(ent_pool)}", file=sys.stderr)
    ref = sorted(excl_quotes)
    ref5 = [shingles(arts[i]["content"], 5) for i in ref]
    ref8 = [shingles(arts[i]["content"], 8, False) for i in ref]
    ref_story = {story(arts[i]["title"]) for i in ref}

    def near(i: int, r5: list[set[str]], r8: list[set[str]]) -> bool:
        s5, s8 = shingles(arts[i]["content"], 5), shingles(arts[i]["content"], 8, False)
        return any((s5 and len(s5 & a5) / len(s5) > 0.10) or len(s8 & a8) >= 3 for a5, a8 in zip(r5, r8, strict=True))

    order = sorted(range(len(arts)), key=lambda i: hashlib.sha1(f"{args.seed}:{arts[i]['url']}".encode()).hexdigest())
    picked: list[int] = []
    per_outlet: Counter = Counter()
    stories: set[str] = set()
    for i in order:
        a = arts[i]
        t = a["content"]
        if i in excl_quotes or i in ent_pool or not 800 <= len(t) <= 3000:
            continue
        if len(CUE.findall(t)) < 2 or per_outlet[a["source"]] >= 2:
            continue
        st = story(a["title"])
        if st and (st in ref_story or st in stories):
            continue
        if near(i, ref5 + [shingles(arts[j]["content"], 5) for j in picked],
                ref8 + [shingles(arts[j]["content"], 8, False) for j in picked]):
            continue
        picked.append(i)
        per_outlet[a["source"]] += 1
        stories.add(st)
        if len(picked) >= args.n:
            break
    pool = [dict(rank=k, index=i, url=arts[i]["url"], source=arts[i]["source"], chars=len(arts[i]["content"]),
                 hits=len(CUE.findall(arts[i]["content"])), ner_news_sentences=nernews[i],
                 ner_news_chars=len(covered[i] & set(range(len(arts[i]["content"])))))
            for k, i in enumerate(picked)]
    json.dump(pool, sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()

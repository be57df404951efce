"""Draw a times held-out set: seeded, from news-day articles in no times set.

The draw of held-out 18 (session 15's /tmp/t15/draw18.py, session 14's script with its seed) made a
command, so the next set reuses it with its own seed instead of a copy. Excluded: every article
referenced by tests/gold/times (index, URL, whitespace-normalised text), every article with a
60-character shingle (whitespace-normalised) in common with a times gold article or with any test,
doc or resource file of the repo, any article with a 24-character piece in a tests/test_times*.py
file; duplicates inside the pool kept once. Filter (heldout9-11): 800-3500 characters, >= 10
time-ish words, >= 6 numbers by regex. Candidates of each outlet are ranked by sha256 of
"<seed><index>", outlets in the order of sha256 of "<seed><outlet>"; one article per outlet, then
further rounds until --n.

Run: PYTHONPATH=src KHABAR_SHARED=../shared .venv/bin/python tests/gold/times/draw.py --seed heldout19:
(`--ignore heldout18 --ignore regional --seed heldout18:` at f899208 gives held-out 18's keys.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from khabar.eval.corpus import news_records

REPO = Path(__file__).resolve().parents[3]
TIMEISH = re.compile(r"(?:عام|سنة|سنوات|أعوام|اعوام|العام|شهر|أشهر|اشهر|يوم|أيام|ايام|اليوم|أمس|امس|غدا|"
                     r"أسبوع|اسبوع|الأسبوع|الاسبوع|ساعة|ساعات|دقيقة|دقائق|الماضي|المقبل|القادم|الجاري|الحالي|"
                     r"منذ|خلال|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
                     r"نوفمبر|ديسمبر|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
                     r"رمضان|شوال|محرم|هـ|صباح|مساء|حاليا|مؤخرا)")
NUM = re.compile(r"[0-9٠-٩]+")
SPACES = re.compile(r"\s+")


def ws(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def shingles(text: str, n: int = 60) -> set[str]:
    return {text[i:i + n] for i in range(max(len(text) - n + 1, 0))}


def gold_refs(ignore: set[str]) -> tuple[set[int], set[str]]:
    """Indices and URLs of the news-day articles of every times gold set but the ignored ones."""
    idx, urls = set(), set()
    for p in (REPO / "tests/gold/times").rglob("*.json"):
        if p.parent.name in ignore:
            continue
        g = json.loads(p.read_text(encoding="utf-8"))
        if g["key"].isdigit():  # "example" and written paragraphs (r01 …) are no news-day articles
            idx.add(int(g["key"]))
            urls.add(g.get("url"))
    return idx, urls


def file_refs(ignore: set[str]) -> set[str]:
    files = list(REPO.glob("tests/**/*.py")) + list(REPO.glob("docs/**/*.md")) + \
        [p for p in REPO.glob("src/khabar/resources/**/*")
         if p.is_file() and p.suffix in {".txt", ".json", ".tsv", ".csv", ".md"}] + \
        [p for p in REPO.glob("tests/**/*.txt") if p.stem not in ignore] + [REPO / "README.md"]
    ref: set[str] = set()
    for p in files:
        try:
            ref |= shingles(ws(p.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            pass
    return ref


def candidates(recs: list[dict], ignore: set[str], chars: tuple[int, int] = (800, 3500),
               timeish: int = 10, numbers: int = 6) -> list[int]:
    gold_idx, gold_urls = gold_refs(ignore)
    gold_texts = {ws(recs[i]["content"]) for i in gold_idx}
    ref = file_refs(ignore)
    for t in gold_texts:
        ref |= shingles(t)
    tt_ws = ws("\n".join(p.read_text(encoding="utf-8") for p in REPO.glob("tests/test_times*.py")))
    seen: set[str] = set()
    out = []
    for i, r in enumerate(recs):
        t = r["content"]
        w = ws(t)
        if i in gold_idx or r["url"] in gold_urls or w in gold_texts or w in seen:
            continue
        seen.add(w)
        if not chars[0] <= len(t) <= chars[1]:
            continue
        if len(TIMEISH.findall(t)) < timeish or len(NUM.findall(t)) < numbers:
            continue
        if shingles(w) & ref:
            continue
        if any(w[k:k + 24] in tt_ws for k in range(0, len(w) - 23)):
            continue
        out.append(i)
    return out


def draw(recs: list[dict], cands: list[int], seed: str, n: int) -> list[int]:
    def key(x: object) -> str:
        return hashlib.sha256(f"{seed}{x}".encode()).hexdigest()

    by_outlet: dict[str, list[int]] = {}
    for i in sorted(cands, key=key):
        by_outlet.setdefault(recs[i]["source"], []).append(i)
    print({k: len(v) for k, v in by_outlet.items()})
    picks: list[int] = []
    rnd = 0
    while len(picks) < min(n, len(cands)):
        for outlet in sorted(by_outlet, key=key):
            if len(by_outlet[outlet]) > rnd and len(picks) < n:
                picks.append(by_outlet[outlet][rnd])
        rnd += 1
    return sorted(picks)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True, help='seed string, e.g. "heldout19:"')
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--ignore", action="append", default=[],
                    help="a gold set (directory / .txt stem) drawn later than the draw to reproduce")
    ap.add_argument("--chars", type=int, nargs=2, default=(800, 3500), help="length bounds")
    ap.add_argument("--timeish", type=int, default=10, help="least time-ish words")
    ap.add_argument("--numbers", type=int, default=6, help="least digit runs")
    args = ap.parse_args()
    recs = news_records()
    cands = candidates(recs, set(args.ignore), tuple(args.chars), args.timeish, args.numbers)
    print(len(cands), "candidates")
    picks = draw(recs, cands, args.seed, args.n)
    print("picks", picks)
    for i in picks:
        print(i, recs[i]["source"], len(recs[i]["content"]))


if __name__ == "__main__":
    main()

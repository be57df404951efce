"""Seeded draw of news-day articles for a sentence-splitting held-out set.

``python -m khabar.text.draw_segment --seed txt20`` prints the ten drawn article
indices (into ``../shared/data/news/dev/2015-08-10.zip``) with the strata that chose them.
The draw reads only the raw text (never the splitter's output) and leaves out every
article of ``tests/gold/sentences.json`` in the sets before the one being drawn (``--set``, default
``held-out-3``: its own articles are the draw's output; sets added after it are not excluded, so its
draw stays reproducible) and near-copies of them or of one another (same
first 120 characters of content, white space squeezed). Articles of 300–2,500 characters
are drawn stratum by stratum, in this order and number, each from the articles not yet drawn:

- ``blank`` (3): a line without final punctuation followed by a blank line and more text;
- ``single`` (2): a line without final punctuation followed by a single line break and more text;
- ``ellipsis`` (2): «..» or «…»;
- ``quote`` (2): «…», “…” or "…";
- ``abbrev`` (1): a one- or two-letter word or a listed abbreviation before a full stop (د. أ.).

Only the list of indices is written to the gold, never the texts.
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path

import regex

from khabar.text.eval_segment import GOLD, NEWS

MIN_CHARS, MAX_CHARS = 300, 2500
_UNPUNCT = r"[^.!?؟…\s\"'»”’)\]:،,؛]"
STRATA: dict[str, regex.Pattern[str]] = {
    "blank": regex.compile(_UNPUNCT + r"[ \t]*\n[ \t]*\n\s*\S"),
    "single": regex.compile(_UNPUNCT + r"[ \t]*\n[ \t]*[^\s]"),
    "ellipsis": regex.compile(r"\.\.|…"),
    "quote": regex.compile(r"«[^»\n]+»|“[^”\n]+”|\"[^\"\n]+\""),
    "abbrev": regex.compile(r"(?<![\p{L}\p{M}])(?:\p{L}\p{M}*){1,2}\.(?=\s|\p{L})"),
}
DEFAULT_QUOTAS = {"blank": 3, "single": 2, "ellipsis": 2, "quote": 2, "abbrev": 1}


def _key(text: str) -> str:
    return regex.sub(r"\s+", " ", text.strip())[:120]


def draw(seed: str, quotas: dict[str, int], gold_path: Path = GOLD,
         news_path: Path = NEWS, new_set: str = "held-out-3") -> list[tuple[int, str]]:
    """``(index, stratum)`` of the drawn articles, in draw order."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    # the sets that existed when ``new_set`` was drawn: those before it in the gold's order (sets are
    # appended as they are drawn), so an older set's draw is reproduced after later sets were added
    order = list(dict.fromkeys(g["set"] for g in gold["articles"]))
    earlier = set(order[: order.index(new_set)]) if new_set in order else set(order)
    gold["articles"] = [g for g in gold["articles"] if g["set"] in earlier]
    with zipfile.ZipFile(news_path) as z:
        articles = json.loads(z.read(z.namelist()[0]))
    seen = {_key(articles[g["index"]]["content"] or "") for g in gold["articles"]}
    used = {g["index"] for g in gold["articles"]}
    rng = random.Random(seed)
    out: list[tuple[int, str]] = []
    for stratum, quota in quotas.items():
        pattern = STRATA[stratum]
        pool = [
            i for i, a in enumerate(articles)
            if i not in used and MIN_CHARS <= len((a["content"] or "").strip()) <= MAX_CHARS
            and pattern.search((a["content"] or "").strip())
        ]
        rng.shuffle(pool)
        taken = 0
        for i in pool:
            if taken == quota:
                break
            key = _key(articles[i]["content"])
            if key in seen:
                continue
            seen.add(key)
            used.add(i)
            out.append((i, stratum))
            taken += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", default="txt20")
    parser.add_argument("--set", default="held-out-3", help="the gold set being drawn")
    args = parser.parse_args()
    for index, stratum in draw(args.seed, DEFAULT_QUOTAS, new_set=args.set):
        print(index, stratum)


if __name__ == "__main__":
    main()

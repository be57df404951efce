"""Quotes held-out 28 draw (session 23): held-out 24's draw (../heldout24/draw.py, which runs held-out 21's
script and held-out 23's extra exclusion) with the order key sha1("heldout28:" + url) and the repository
read at 0073b714, the tree before held-out 28 existed (so its exclusions reach heldout27) — held-out 27's
draw (../heldout27/draw.py) with this set's seed and commit.

Run, not copied: held-out 24's script prepends its own ``--seed heldout24 --commit c9acab8`` to the
arguments, and an option given later wins (argparse), so ``--seed heldout28 --commit 0073b714`` here set
both the order key and the commit of every exclusion, the extra one included.

Run: python tests/gold/quotes/heldout28/draw.py [--n 40] > pool.json
"""
from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED, COMMIT = "heldout28", "0073b714"


def draw(argv: list[str]) -> list[dict]:
    """The pool of held-out 24's draw run with this set's seed and commit (``argv``: more options)."""
    return runpy.run_path(str(HERE.parent / "heldout24" / "draw.py"))["draw"](
        ["--seed", SEED, "--commit", COMMIT, *argv])


if __name__ == "__main__":
    json.dump(draw(sys.argv[1:] or ["--n", "40"]), sys.stdout, ensure_ascii=False, indent=0)

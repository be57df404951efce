"""Quotes held-out 27 draw (session 22): held-out 24's draw (../heldout24/draw.py, which runs held-out 21's
script and held-out 23's extra exclusion) with the order key sha1("heldout27:" + url) and the repository
read at f199687, the tree before held-out 27 existed (so its exclusions reach heldout26) — held-out 25's
draw (../heldout25/draw.py) with this set's seed and commit.

Run, not copied: held-out 24's script prepends its own ``--seed heldout24 --commit c9acab8`` to the
arguments, and an option given later wins (argparse), so ``--seed heldout27 --commit f199687`` here set
both the order key and the commit of every exclusion, the extra one included.

Run: python tests/gold/quotes/heldout27/draw.py [--n 40] > pool.json
"""
from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED, COMMIT = "heldout27", "f199687"


def draw(argv: list[str]) -> list[dict]:
    """The pool of held-out 24's draw run with this set's seed and commit (``argv``: more options)."""
    return runpy.run_path(str(HERE.parent / "heldout24" / "draw.py"))["draw"](
        ["--seed", SEED, "--commit", COMMIT, *argv])


if __name__ == "__main__":
    json.dump(draw(sys.argv[1:] or ["--n", "40"]), sys.stdout, ensure_ascii=False, indent=0)

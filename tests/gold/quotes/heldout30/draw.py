"""Quotes held-out 30 draw (session 25): held-out 24's draw (../heldout24/draw.py, which runs held-out 21's
script and held-out 23's extra exclusion) with the order key sha1("heldout30:" + url) and the repository
read at 14834374, the tree before held-out 30 existed (so its exclusions reach heldout29) — held-out 28's
draw (../heldout28/draw.py) with this set's seed and commit.

Run, not copied: held-out 24's ``run_for`` with this set's seed and commit (its docstring says
why they set both the order key and the commit of every exclusion).

Run: python tests/gold/quotes/heldout30/draw.py [--n 40] > pool.json
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

SEED, COMMIT = "heldout30", "14834374"

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "heldout24" / "draw.py"))["run_for"](SEED, COMMIT,
                                                                                                   sys.argv[1:])

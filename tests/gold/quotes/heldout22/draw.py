"""Quotes held-out 22 draw (session 15): held-out 21's draw (../heldout21/draw.py: exclusions, filters,
the pool it prints) with the order key sha1("heldout22:" + url) and the repository read at ffca549, the
tree before held-out 22 existed (so its exclusions reach heldout21).

Run: python tests/gold/quotes/heldout22/draw.py [--commit ffca549] [--n 24] > pool.json
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    # the defaults first: an option given on the command line comes later and wins
    sys.argv[1:1] = ["--seed", "heldout22", "--commit", "ffca549"]
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "heldout21" / "draw.py"), run_name="__main__")

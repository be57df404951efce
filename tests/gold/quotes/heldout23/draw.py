"""Quotes held-out 23 draw (session 16): held-out 21's draw (../heldout21/draw.py: exclusions, filters,
the pool it prints) with the order key sha1("heldout23:" + url) and the repository read at f899208, the
tree before held-out 23 existed (so its exclusions reach heldout22).

One more exclusion, applied to the pool that script prints: its «named» regex does not take a record
number written right before a comma or right after a slash («124, 512, 1327», «768/1330»), so numbers
the quote notes name that way were drawn; here every number 0-1699 of docs/quotes.md and the quotes
section of docs/quality.md bounded by non-digits (not a decimal's part) is excluded as well, and the
pool is re-ranked.

Run: python tests/gold/quotes/heldout23/draw.py [--commit f899208] [--n 24] > pool.json
"""
from __future__ import annotations

import contextlib
import io
import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]


def named_loosely(commit: str) -> set[int]:
    """Every number 0-1699 the quote notes write, with a comma or slash next to it too."""
    def at(path: str) -> str:
        return subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{path}"], check=True,
                              capture_output=True, text=True).stdout
    q = at("docs/quality.md")
    docs = at("docs/quotes.md") + q[q.index("## Quotations and attribution"):q.index("## PLOVER events")]
    return {int(m) for m in re.findall(r"(?<![\d.])(\d{1,4})(?!\d|\.\d)", docs) if int(m) < 1700}


if __name__ == "__main__":
    # the defaults first: an option given on the command line comes later and wins
    sys.argv[1:1] = ["--seed", "heldout23", "--commit", "f899208"]
    commit = sys.argv[sys.argv.index("--commit", 3) + 1] if "--commit" in sys.argv[3:] else "f899208"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        runpy.run_path(str(HERE.parent / "heldout21" / "draw.py"), run_name="__main__")
    named = named_loosely(commit)
    pool = [r for r in json.loads(buf.getvalue()) if r["index"] not in named]
    dropped = sorted(set(r["index"] for r in json.loads(buf.getvalue())) - {r["index"] for r in pool})
    print(f"named with a comma or slash beside them, dropped: {dropped}", file=sys.stderr)
    for k, r in enumerate(pool):
        r["rank"] = k
    json.dump(pool, sys.stdout, ensure_ascii=False, indent=0)

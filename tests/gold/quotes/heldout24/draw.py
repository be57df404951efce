"""Quotes held-out 24 draw (session 17): held-out 21's draw (../heldout21/draw.py: exclusions, filters,
the pool it prints) with the order key sha1("heldout24:" + url) and the repository read at c9acab8, the
tree before held-out 24 existed (so its exclusions reach heldout23), then held-out 23's extra exclusion
(../heldout23/draw.py's ``named_loosely``: every number 0-1699 the quote notes write, a comma or slash
beside it too), read at the same commit, and the pool re-ranked.

Both scripts are run, not copied. (heldout23/draw.py itself reads its ``named_loosely`` commit from the
first ``--commit`` of its argument list, which is always its own default f899208, so it cannot be
re-run with another commit for the extra exclusion; here the function is called with this draw's commit.)

Run: python tests/gold/quotes/heldout24/draw.py [--commit c9acab8] [--n 24] > pool.json
"""
from __future__ import annotations

import contextlib
import io
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED, COMMIT = "heldout24", "c9acab8"


def draw(argv: list[str]) -> list[dict]:
    """The pool of held-out 21's draw for ``argv`` (its options) less held-out 23's loose names."""
    commit = argv[argv.index("--commit") + 1] if "--commit" in argv else COMMIT
    saved = sys.argv
    sys.argv = [str(HERE.parent / "heldout21" / "draw.py"), "--seed", SEED, "--commit", COMMIT, *argv]
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            runpy.run_path(sys.argv[0], run_name="__main__")
    finally:
        sys.argv = saved
    named_loosely = runpy.run_path(str(HERE.parent / "heldout23" / "draw.py"))["named_loosely"]
    full = json.loads(buf.getvalue())
    named = named_loosely(commit)
    pool = [r for r in full if r["index"] not in named]
    print(f"named with a comma or slash beside them, dropped: {sorted(r['index'] for r in full if r['index'] in named)}",
          file=sys.stderr)
    for k, r in enumerate(pool):
        r["rank"] = k
    return pool


def run_for(seed: str, commit: str, argv: list[str]) -> None:
    """The command of a later set's draw (held-out 25, 26, …; run, not copied): this draw with
    ``--seed seed --commit commit`` put before ``argv`` (``--n 40`` when it is empty), the pool printed
    as JSON. ``draw`` puts this set's own ``--seed heldout24 --commit c9acab8`` first and an option given
    later wins (argparse), so ``seed`` and ``commit`` set both the order key and the commit of every
    exclusion, the extra one included (``draw`` reads it from the ``--commit`` it is given)."""
    json.dump(draw(["--seed", seed, "--commit", commit, *(argv or ["--n", "40"])]), sys.stdout, ensure_ascii=False,
              indent=0)


if __name__ == "__main__":
    json.dump(draw(sys.argv[1:]), sys.stdout, ensure_ascii=False, indent=0)

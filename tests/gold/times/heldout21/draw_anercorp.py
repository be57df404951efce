"""Draw held-out 21's ANERcorp part: seeded, from train.txt's last five sixths (by words).

ANERcorp is 2000s newswire from other outlets than the news day and has no dateline. Documents are
evo18's blocks (session 18): 10 consecutive sentences from sentence 723, detokenised
(khabar.eval.events_anercorp.detokenize), joined by blank lines, key "anercorp:<first sentence>"
(khabar.eval.times.gold_article reads them). The first sixth by words ends in sentence 722 (the NER
held-out block): never read — the script asserts the boundary. Filter: >= 6 time-ish words
(tests/gold/times/draw.py's TIMEISH) and >= 3 digit runs; blocks ranked by sha256 of "<seed><first>".

``--exclude-used`` (session 19, held-out 23a) leaves out every block another ANERcorp sample has
read: the blocks of the times sets (``@ anercorp:N`` in tests/gold/times/*.txt), of the quotes sets
(tests/gold/quotes/anercorp*/ and their read-and-skipped ranks), of the session-18 event audits
(every ``anercorp:N`` record of tests/gold/events_audit/*18*.tsv, a sentence mapped to its block) and
of the geo18 samples (their article column), plus ``--exclude N`` blocks named on the command line
(samples of the running session not yet committed). Without it the draw is as before. Held-out 23a
again: ``--seed heldout23a: --n 12 --exclude-used --ignore heldout23a.txt`` and the 20 ``--exclude``
blocks named at the head of heldout23a.txt (at a commit with no later ANERcorp sample in tests/gold).

Run: PYTHONPATH=src KHABAR_SHARED=../shared .venv/bin/python tests/gold/times/heldout21/draw_anercorp.py \
--seed heldout21a: --n 3
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import re
from pathlib import Path

from khabar.eval.events_anercorp import sentences
from khabar.eval.times import ANERCORP_BLOCK, ANERCORP_FIRST, anercorp_block

GOLD = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("draw", Path(__file__).resolve().parents[1] / "draw.py")
_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_draw)  # type: ignore[union-attr]

# documents the quotes annotators read and skipped (README of each set): not in the gold files
QUOTES_SKIPPED = (2123, 1033, 3113)
_RECORD = re.compile(r"anercorp:(\d+)")


def block_of(sentence: int) -> int:
    """The first sentence of the block that holds ``sentence``."""
    return ANERCORP_FIRST + ANERCORP_BLOCK * ((sentence - ANERCORP_FIRST) // ANERCORP_BLOCK)


def used_blocks(gold: Path = GOLD, ignore: tuple[str, ...] = ()) -> set[int]:
    """Every block an earlier ANERcorp sample of tests/gold has read (times, quotes, events, geo);
    ``ignore`` names times gold files left out (the set being drawn again, to reproduce its draw)."""
    found: set[int] = set(QUOTES_SKIPPED)
    for path in (gold / "times").glob("*.txt"):
        if path.name in ignore:
            continue
        found |= {int(m) for m in re.findall(r"^@ anercorp:(\d+)", path.read_text(encoding="utf-8"), re.M)}
    for path in (gold / "quotes").glob("anercorp*/*.json"):
        found.add(json.loads(path.read_text(encoding="utf-8"))["anercorp"])
    for path in (gold / "events_audit").glob("*18*.tsv"):
        found |= {int(m) for m in _RECORD.findall(path.read_text(encoding="utf-8"))}
    for path in (gold / "entities_audit").glob("geo18_*.tsv"):
        lines = (line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
        found |= {int(row[2]) for row in csv.reader(lines, delimiter="\t") if row and row[0] != "n"}
    return {block_of(s) for s in found}


def candidates(timeish: int = 6, numbers: int = 3) -> list[int]:
    """Blocks from sentence 723 with enough time-ish words and digit runs."""
    sents = sentences()
    total, acc = sum(map(len, sents)), 0
    for i, s in enumerate(sents):
        acc += len(s)
        if acc >= total / 6:
            assert i < ANERCORP_FIRST, i
            break
    cands = []
    for first in range(ANERCORP_FIRST, len(sents), ANERCORP_BLOCK):
        text = anercorp_block(first)
        if len(_draw.TIMEISH.findall(text)) >= timeish and len(_draw.NUM.findall(text)) >= numbers:
            cands.append(first)
    return cands


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=3)
    ap.add_argument("--timeish", type=int, default=6)
    ap.add_argument("--numbers", type=int, default=3)
    ap.add_argument("--exclude-used", action="store_true", help="leave out the blocks of earlier samples")
    ap.add_argument("--exclude", type=int, action="append", default=[], help="a further block to leave out")
    ap.add_argument("--ignore", action="append", default=[], help="a times gold file not to exclude (redraw)")
    args = ap.parse_args()
    cands = candidates(args.timeish, args.numbers)
    print(len(cands), "candidate blocks")
    if args.exclude_used or args.exclude:
        out = (used_blocks(ignore=tuple(args.ignore)) if args.exclude_used else set()) | {block_of(b) for b in args.exclude}
        cands = [b for b in cands if b not in out]
        print(len(cands), "left after", len(out), "excluded blocks")
    picks = sorted(cands, key=lambda b: hashlib.sha256(f"{args.seed}{b}".encode()).hexdigest())[: args.n]
    print("picks", sorted(picks))
    print("order", picks)


if __name__ == "__main__":
    main()

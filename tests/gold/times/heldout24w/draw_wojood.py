"""Draw held-out 24w: seeded, from the Wojood sample's documents (a third source, session 20).

The Wojood sample (``../shared/data/ner/wojood/{train,val}.txt``; mixed 2020s media, history and
social text; corpus licence not stated — the repository keeps offsets and hashes only, no text) is
grouped in documents of 10 consecutive sentences by ``tests/gold/events_audit/w19_docs.py`` (id
``wojood:<split>:<first sentence>``, no dateline). Documents an earlier Wojood sample read are left
out: every ``wojood:<split>:<n>`` record of the events audit files named in EVENT_FILES (evw19's
w19_blind/w19_gated, the Wojood samples committed before this draw; a later draw adds its own), of the
times gold files (``@ wojood:…``) and ``--exclude ID`` (samples of the running session not yet
committed). Filter as draw.py selects, scaled to a 10-sentence document: >= 4 time-ish words
(draw.py's TIMEISH) and >= 3 digit runs. Documents ranked by sha256 of "<seed><id>".

Run: PYTHONPATH=src KHABAR_SHARED=../shared .venv/bin/python tests/gold/times/heldout24w/draw_wojood.py \
--seed heldout24w: --n 12
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

GOLD = Path(__file__).resolve().parents[2]
_RECORD = re.compile(r"wojood:(?:train|val):\d+")
EVENT_FILES = ("w19_blind.tsv", "w19_gated.tsv")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_draw = _load("draw", GOLD / "times" / "draw.py")
_docs = _load("w19_docs", GOLD / "events_audit" / "w19_docs.py")


def used_documents(gold: Path = GOLD, ignore: tuple[str, ...] = ()) -> set[str]:
    """Every Wojood document an earlier sample of tests/gold has read (events audits, times sets);
    ``ignore`` names times gold files left out (the set being drawn again)."""
    found: set[str] = set()
    for name in EVENT_FILES:
        found |= set(_RECORD.findall((gold / "events_audit" / name).read_text(encoding="utf-8")))
    for path in (gold / "times").glob("*.txt"):
        if path.name not in ignore:
            found |= set(re.findall(r"^@ (wojood:\w+:\d+)", path.read_text(encoding="utf-8"), re.M))
    return found


def candidates(timeish: int = 4, numbers: int = 3) -> list[str]:
    """Documents with enough time-ish words and digit runs."""
    return [d["id"] for d in _docs.documents()
            if len(_draw.TIMEISH.findall(d["text"])) >= timeish and len(_draw.NUM.findall(d["text"])) >= numbers]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--timeish", type=int, default=4)
    ap.add_argument("--numbers", type=int, default=3)
    ap.add_argument("--exclude", action="append", default=[], help="a further document id to leave out")
    ap.add_argument("--ignore", action="append", default=[], help="a times gold file not to exclude (redraw)")
    args = ap.parse_args()
    cands = candidates(args.timeish, args.numbers)
    out = used_documents(ignore=tuple(args.ignore)) | set(args.exclude)
    print(len(cands), "candidate documents;", len(out), "used")
    cands = [c for c in cands if c not in out]
    print(len(cands), "left")
    picks = sorted(cands, key=lambda c: hashlib.sha256(f"{args.seed}{c}".encode()).hexdigest())[: args.n]
    print("order", " ".join(picks))


if __name__ == "__main__":
    main()

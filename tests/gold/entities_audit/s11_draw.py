"""Draw the session-11 entity audit sample: ner_fresh articles no earlier entity draw used.

Usage: ``python tests/gold/entities_audit/s11_draw.py OUT.jsonl [--seed S]`` writes up to 12
articles of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as
khabar batch records, drawn with ``random.Random(seed)`` ONLY from the 58 articles of
``tests/gold/ner_fresh`` (the shipped tagger has trained on news-day sentences of every other
article), leaving out ``tests/gold/articles.json``, every article of an earlier entity-audit
draw (any id named in ``tests/gold/entities_audit/*.tsv`` at the gold revision, plus the
session-9 draw's two articles without a TSV row) and any article whose content is the exact text
of one left out. No held-out folder of another area is left out: the lead's rule is "not yet used
by another set of your area", and the quote and time held-out sets of sessions 9–10 are spent
(their blind figures are published). ``s9_draw.py``'s code with this session's seed and gold
revision; the gold is read at ``--gold-rev`` (git) so the draw does not change as the gold grows.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # s9_draw.py is a sibling script, not a package
import s9_draw  # noqa: E402

GOLD_REV = "0a05f9f"  # the gold sets as they stood when this sample was drawn
SEED = "s11:ent11"
THIS_SESSION: tuple[str, ...] = ()  # no held-out folder of another area is left out


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, verbose: bool = False) -> list[int]:
    """The (up to) 12 sorted article indices of this session's draw (see the module docstring)."""
    return s9_draw.draw(arts, seed, rev, verbose=verbose, held_out=THIS_SESSION,
                         earlier=s9_draw.DRAWN)


if __name__ == "__main__":
    s9_draw.main(__doc__, SEED, GOLD_REV, THIS_SESSION, s9_draw.DRAWN)

"""A session-19 sense family of CONSULT from the third source (evw19, issue #6), read by
:func:`khabar.extract.events.trigger_senses19.session19_sense`.

- **the minutes of a meeting**: a meeting noun as the genitive of «محضر/محاضر» "minutes" right
  before it (محضر اجتماع البلدية رقم 21، محاضر الاجتماعات) names a document — an archive entry, a
  file, a record kept — not a meeting the text reports between parties (w19_blind ×2 on the
  Wojood sample, the news day's s-sample row «ومحاضر الاجتماعات», all judged wrong; 12 of the
  Wojood sample's 30 CONSULT events, one on the news day, none on ANERcorp 723..). The meeting
  noun with a clitic (بمحضر … للاجتماع) and other heads (جدول أعمال الاجتماع: a meeting to come)
  are left to the other rules; the types other than CONSULT are untouched («محضر اتفاق» can tell
  an agreement).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_form

MINUTES = frozenset(match_form(w) for w in (
    "محضر محاضر ومحضر ومحاضر لمحضر لمحاضر بمحضر بمحاضر فمحضر").split())


def minutes_named(tokens: Sequence[Token], i: int, prefix: str, type_: str) -> bool:
    """Whether the CONSULT trigger at ``i`` is the genitive of «محضر/محاضر» right before it."""
    if type_ != "CONSULT" or prefix not in ("", "ال") or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.kind == "word" and prev.norm in MINUTES

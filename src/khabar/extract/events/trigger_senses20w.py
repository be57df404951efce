"""A session-20 sense family of the 14 other types from the third source (evw20, issue #6), read by
:func:`khabar.extract.events.trigger_senses19.session19_sense`.

- **a document named by an archive entry**: a short line that opens with a document noun — a table,
  a list, a form, names (جدول بالعائلات وبطاقات المعونات …، جدول بمن يستحق أو لا يستحق المساعدات …،
  نموذج لطلب الدعم المالي …، أسماء من هم بحاجة ماسة الى المساعدات …) — names a paper of a file, not
  an act of the trigger's type (w19_blind ×3 and w20_blind ×1 on the Wojood sample, all judged
  wrong). Only a trigger among the line's first words, in a line of at most :data:`LINE` tokens with
  no verb of report before the trigger. Statements, letters and telegrams (بيان، رسالة، برقية) tell
  an act and are left alone (w19/w20 judge «بيان صادر عن X استنكارا …» right); a photo caption
  («صورة …») is left too (one case). ASSAULT and PROTEST are untouched.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_forms

DOCUMENT_HEADS = match_forms("جدول كشف قائمة نموذج استمارة أسماء اسماء")
GATED = frozenset({"ASSAULT", "PROTEST"})
LINE = 20  # tokens of an archive entry's line
REACH = 8  # the trigger among the line's first words


def document_named(tokens: Sequence[Token], i: int, type_: str) -> bool:
    """Whether the trigger at ``i`` stands in a short line opened by a document noun (see above)."""
    if type_ in GATED or not 0 < i <= REACH or len(tokens) > LINE:
        return False
    head = tokens[0]
    return head.kind == "word" and head.prefix == "" and head.norm in DOCUMENT_HEADS

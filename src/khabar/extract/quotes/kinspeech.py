"""Kin genitives as nested speakers (q23): inside the quotation of a speaker named by relation — «وصرح
والد الفتاة: "… لقد قالت أن …"» — a subjectless cue whose gender is not the relative's but the
genitive's is the genitive's statement, relayed by the relative (held-out 27's 743: the girl via her
father). Only when the two genders differ: «قال والد الضحية: "… وقال إن …"» stays the father's."""

from __future__ import annotations

import re

from khabar.extract.quotes.chain import Record, Speaker
from khabar.extract.quotes.names import feminine_given
from khabar.text.normalize import match_form

_WORD = re.compile(r"\S+")
# kin heads as written, by gender
_KIN_GENDER = {**dict.fromkeys(("والد", "ابن", "شقيق", "أخ", "اخ", "زوج", "عم", "خال", "جد", "حفيد", "أب", "اب",
                                "أبو", "ابو"), "ms"),
               **dict.fromkeys(("والدة", "ابنة", "شقيقة", "أخت", "اخت", "زوجة", "عمة", "خالة", "جدة", "حفيدة",
                                "أم", "ام"), "fs")}


def kin_relative(outer: Record, agree: str, text: str) -> Speaker | None:
    """The genitive of ``outer``'s kin speaker («الفتاة» of «والد الفتاة») when a cue of gender ``agree``
    inside its content fits the genitive and not the relative; else None."""
    sp = outer.speaker
    if sp.kind != "person" or sp.span is None or agree not in ("ms", "fs"):
        return None
    at = [(m.start(), m.end()) for m in _WORD.finditer(text, sp.span[0], sp.span[1])]  # its words' offsets
    words = [text[a:b] for a, b in at]
    if len(words) < 2 or _KIN_GENDER.get(words[0]) in (None, agree):
        return None
    last = 1 if words[1].startswith("ال") else len(words) - 1  # «الفتاة»؛ «مايكل براون»
    rel = " ".join(words[1 : last + 1])
    first = rel.split()[0]
    feminine = first.endswith("ة") or (not first.startswith("ال") and match_form(first) in feminine_given())
    if ("fs" if feminine else "ms") != agree:
        return None
    return Speaker((at[1][0], at[last][1]), rel, "person")  # offsets of the words in the text

"""Kin genitives as nested speakers (q23): inside the quotation of a speaker named by relation — «وصرح
والد الفتاة: "… لقد قالت أن …"» — a subjectless cue whose gender is not the relative's but the
genitive's is the genitive's statement, relayed by the relative (held-out 27's 743: the girl via her
father). Only when the two genders differ: «قال والد الضحية: "… وقال إن …"» stays the father's."""

from __future__ import annotations

from khabar.extract.quotes.chain import Record, Speaker
from khabar.extract.quotes.names import feminine_given
from khabar.text.normalize import match_form

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
    words = text[sp.span[0] : sp.span[1]].split()
    if len(words) < 2 or _KIN_GENDER.get(words[0]) in (None, agree):
        return None
    rel = words[1] if words[1].startswith("ال") else " ".join(words[1:])  # «الفتاة»؛ «مايكل براون»
    first = rel.split()[0]
    feminine = first.endswith("ة") or (not first.startswith("ال") and match_form(first) in feminine_given())
    if ("fs" if feminine else "ms") != agree:
        return None
    start = text.index(rel, sp.span[0])
    return Speaker((start, start + len(rel)), rel, "person")

"""Filters of the quantity stage: numbers that identify or name rather than count
(phone numbers, codes, list items, scores, article and index numbers, labels)."""

from __future__ import annotations

import regex

from khabar.extract.quantities.lexicon import quantity_lexicon

LATIN = regex.compile(r"[A-Za-z]")
LABEL_BEFORE = frozenset({"رقم", "هاتف", "فاكس", "جوال", "تحويله", "ب", "ص", "الرقم", "كود", "رمز"})


def is_identifier(text: str, s: int, e: int, m: regex.Match, ranged: bool = False) -> bool:
    tok = text[s:e]
    digits = tok.replace(",", "").replace(".", "")
    if digits.isdigit():
        if digits[0] == "0" and len(digits) >= 2 and "." not in tok and "," not in tok:
            return True  # phone numbers, codes
        if len(digits) >= 7 and tok.isdigit():
            return True
    before = text[max(0, s - 6) : s]
    after = text[e : e + 8]
    if not ranged and (
        regex.search(r"\d\s*[-–/]\s*$", before) or regex.match(r"\s*(?:[-–]\s*(?:\d|صفر)|/\s*\d)", after)
    ):
        return True  # a score 2-1, 1-صفر, or a range piece handled elsewhere
    line_start = text.rfind("\n", 0, s) + 1
    if not text[line_start:s].strip() and regex.match(r"\s*[.)\-]", after):
        return True  # numbered list item
    prev = prev_word(text, word_start(text, s))
    if prev in LABEL_BEFORE:
        return True
    window = text[max(0, s - 12) : s] + text[e : e + 12]
    if LATIN.search(window) and not m.group("approx"):
        lat_before = regex.search(r"[A-Za-z]\s*$", text[max(0, s - 4) : s])
        lat_after = regex.match(r"\s*(?:-\s*)?[A-Za-z]", text[e : e + 6])
        if lat_before or lat_after:
            return True  # mbc 1, 88591 - Stc
    return False


def bare_label(text: str, s: int, e: int) -> bool:
    """A number with no unit that names rather than counts: (34), /إكس 30/, الدقيقة 16."""
    before, after = text[max(0, s - 3) : s].rstrip()[-1:], text[e : e + 3].lstrip()[:1]
    if before == "(" and after == ")" or after in ("/", ")"):
        return True
    tok = text[s:e]
    if tok.isdigit() and len(tok) >= 5:
        return True
    ws = word_start(text, s)
    prev = prev_word(text, ws)
    if ws == s and tok.isdigit() and len(tok) <= 3 and prev.startswith("ال") and len(prev) > 3 and prev not in quantity_lexicon().stop_nouns:
        return True
    return False


def word_start(text: str, pos: int) -> int:
    """Start of the written word holding ``pos`` (before attached clitics such as بـ)."""
    while pos > 0 and (text[pos - 1].isalpha()):
        pos -= 1
    return pos


def prev_word(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in " .":
        i -= 1
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1]

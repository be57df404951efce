"""Arabic numbers: digits in any script and number words, parsed to values.

Used by the time stage (durations, clock hours) and the quantity stage. Handles digits
with thousands/decimal separators (``85,000,000``, ``1.333.15``, ``٣٫٥`` after
normalisation), number words with compounds and scales (``خمسة وعشرين``,
``ثلاثة آلاف وخمسمائة``, ``519 ألفا و843``, ``1.5 مليار``), numeral duals (``ألفي``,
``مليارا`` alone = 2×10⁹) and vague plurals (``عشرات`` 10–99, ``مئات`` 100–999,
``آلاف`` 1000–9999, ``عشرات الآلاف``; ``بضعة`` «a few» 3–9, ``بضعة آلاف`` 3000–9999). Works on normalised text
(:func:`khabar.text.normalize.match_form`). The word table is ``resources/times/numbers.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from khabar.extract.times.lexicon import alt, norm, read_tsv

# «03ر20712» = 20712.03: the wire style that writes the fraction, «ر», then the whole part
DIGITS = r"\d+(?:[.,]\d+)*(?:ر\d+(?![.,]\d))?"


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number: ``value`` or a vague ``[low, high]``; ``words`` = tokens consumed."""

    value: float | None
    low: float | None = None
    high: float | None = None
    words: int = 1


@cache
def words() -> dict[str, tuple[float, str]]:
    """Normalised number word → (value, kind)."""
    return {norm(r[0]): (float(r[1]), r[2]) for r in read_tsv("numbers.tsv")}


@cache
def word_pattern(include_fractions: bool = False) -> str:
    """Regex alternation of number words (no boundaries)."""
    return alt(w for w, (_, k) in words().items() if include_fractions or k != "fraction")


@cache
def expression_pattern() -> str:
    """Regex of a number expression: digits or words, joined by spaces or «و»."""
    frac = r"(?:نصف|ربع|ثلث)\s+(?:مليون|مليار|بليون|تريليون|ترليون|الف)"  # نصف مليون, ربع مليار, ربع تريليون
    # digits may touch the word after them («61,688,351عملية»), number words may not
    tok = f"(?:{frac}(?![\\p{{L}}\\p{{N}}])|{DIGITS}(?![\\p{{N}}]|[.,]\\d)|{word_pattern()}(?![\\p{{L}}\\p{{N}}]))"
    half = r"(?:\s+و\s*(?:نصف|ربع)(?:\s+ال(?:مليون|مليار|الف))?(?![\p{L}\p{N}]))?"
    glued = rf"(?<=\d)(?={SCALES}ا?(?![\p{{L}}]))"  # «476مليون دولار»: a scale word glued to the digits
    # up to twelve tokens (session 25): a sum written out in words runs to nine and more («سبعة وخمسين مليونًا
    # وستمائة وثلاثة وسبعين ألفًا وخمسمائة وخمسين ريالاً»); seven cut it after the thousands
    return f"{tok}(?:(?:\\s+(?:و\\s*)?|{glued}){tok}){{0,11}}{half}"


def parse_digits(s: str) -> float | None:
    """``85,000,000`` → 85000000; ``1.333.15`` → 1333.15; ``3,5`` → 3.5; ``0.50`` → 0.5."""
    s = s.strip()
    if not s:
        return None
    if "ر" in s:  # «53ر12» = 12.53
        frac, _, whole = s.partition("ر")
        return parse_digits(whole) + float("0." + frac) if frac.isdigit() and whole.isdigit() else None
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
            s = "".join(parts)
        else:
            s = s.replace(",", ".", 1).replace(",", "")
    if s.count(".") > 1:
        head, _, tail = s.rpartition(".")
        # 119.869.840: dots group thousands; 1.333.15: the last dot is the decimal point
        s = s.replace(".", "") if len(tail) == 3 else head.replace(".", "") + "." + tail
    try:
        return float(s)
    except ValueError:
        return None


HALVES = {"نصف": 0.5, "ربع": 0.25}
FRACTIONS = HALVES | {"ثلث": 1 / 3}
_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}]+(?:\s+[\p{L}]+)?")
_SPLIT = regex.compile(r"\s+")
_GLUED = regex.compile(r"(\d[\d.,ر]*)(\p{L}+)")  # «476مليون» → «476», «مليون»
SCALES = "(?:الف|الاف|مليون|ملايين|مليار|مليارات|ترليون|تريليون)"


def tokens(text: str) -> list[str]:
    """Number tokens of a number expression (two-word entries such as «اثنا عشر» are one
    token); :attr:`Number.words` counts these."""
    return _tokens(text)


def _unglue(tok: str) -> tuple[str, ...]:
    m = _GLUED.fullmatch(tok)
    return (m.group(1), m.group(2)) if m else (tok,)


def _tokens(text: str) -> list[str]:
    """Number tokens (two-word entries such as «أحد عشر» kept together)."""
    table = words()
    raw = [p for t in _SPLIT.split(text.strip()) if t for p in _unglue(t)]
    out: list[str] = []
    i = 0
    while i < len(raw):
        if i + 1 < len(raw) and f"{raw[i]} {raw[i + 1]}" in table:
            out.append(f"{raw[i]} {raw[i + 1]}")
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return out


def parse(text: str) -> Number | None:
    """Parse a normalised number expression (as matched by :func:`expression_pattern`).

    Returns the value of the longest valid prefix and how many tokens it used, or
    ``None`` when ``text`` does not start with a number.
    """
    table = words()
    toks = _tokens(text)
    total = 0.0
    last_scale = 0.0
    current: float | None = None  # value since the last scale
    last_kind = ""
    used = 0
    low = high = None
    for i, raw in enumerate(toks):
        conj = raw.startswith("و") and raw not in table and len(raw) > 1
        tok = raw[1:] if conj else raw
        if i == 0 and tok in FRACTIONS and len(toks) > 1 and toks[1] in table and table[toks[1]][1] == "scale":
            total = FRACTIONS[tok] * table[toks[1]][0]  # ربع مليون
            return Number(total, None, None, 2)
        if tok in HALVES and conj and last_kind.startswith("scale") and last_scale:
            total += HALVES[tok] * last_scale  # مليون ونصف (المليون)
            used = i + 1
            last_kind = "half"
            continue
        if last_kind == "half" and tok[2:] in table and table[tok[2:]][1].startswith("scale"):
            used = i + 1  # ... ونصف المليون
            continue
        dig = parse_digits(tok) if tok[:1].isdigit() else None
        entry = table.get(tok)
        if dig is None and entry is None:
            break
        if i > 0 and conj and not _can_add(last_kind, entry, dig, total, current):
            break
        if i > 0 and not conj and not _can_follow(last_kind, entry, dig):
            break
        if dig is not None:
            current = (current or 0.0) + dig if conj else dig
            last_kind = "digits"
        else:
            value, kind = entry
            if kind in ("unit", "unit_def", "ten", "ten_def", "teen", "hundred"):
                if kind in ("ten", "ten_def") and value == 10 and last_kind in ("unit", "unit_def") and not conj:
                    current = (current or 0.0) + 10  # ثلاثة عشر
                elif kind == "hundred" and value == 100 and last_kind in ("unit", "unit_def") and not conj:
                    current = (current or 0.0) * 100  # ثلاث مئة
                else:
                    current = (current or 0.0) + value
            elif kind in ("scale", "scale_acc", "scale_plural"):
                if last_kind in ("vague", "few"):  # عشرات الآلاف, بضعة آلاف
                    low, high = low * value, (high + 1) * value - 1
                    last_kind = "vague_scale"
                    used = i + 1
                    continue
                if current is None:
                    if kind == "scale_acc":
                        current = 2.0 * value  # مليارا دولار: dual construct
                        total += current
                        current = None
                        last_kind = "scale_dual"
                        used = i + 1
                        continue
                    if kind == "scale_plural":
                        low, high = value, value * 10 - 1
                        total = 0.0
                        last_kind = "vague_scale"
                        used = i + 1
                        continue
                    current = 1.0
                total += current * value
                current = None
                last_scale = value
            elif kind == "scale_dual":
                total += value
                current = None
            elif kind in ("vague", "few"):
                if i > 0:
                    break
                low, high = (value, value * 10 - 1) if kind == "vague" else (3.0, 9.0)  # بضعة: three to nine
            elif kind == "fraction":
                break
            last_kind = kind
        used = i + 1
    if used == 0:
        return None
    if low is not None and last_kind in ("vague", "few", "vague_scale"):
        return Number(None, low, high, used)
    return Number(total + (current or 0.0), None, None, used)


_SMALL = ("unit", "unit_def", "ten", "ten_def", "teen", "hundred")


def _can_follow(last: str, entry: tuple[float, str] | None, dig: float | None) -> bool:
    """May this token continue the number without «و» (ثلاثة عشر، خمسة آلاف، 519 ألفا)?"""
    if dig is not None:
        return False
    _, kind = entry
    if kind.startswith("scale"):
        return last in _SMALL or last in ("digits", "vague", "few")
    if kind in ("ten", "ten_def") and entry[0] == 10 or kind == "hundred" and entry[0] == 100:
        return last in ("unit", "unit_def")
    return False


def _can_add(last: str, entry, dig, total: float, current: float | None) -> bool:
    """May «و + token» add to the number (خمسة وعشرين، 519 ألفا و843)?"""
    if last.startswith("scale"):
        return True  # ... ألفا و843 / ثلاثة آلاف وخمسمائة
    if dig is not None:
        return False
    _, kind = entry
    if last in ("unit", "unit_def") and kind in ("ten", "ten_def"):
        return True  # خمسة وعشرون, الثماني والعشرين
    if last == "hundred" and kind in ("unit", "ten", "teen"):
        return True  # مئة وخمسون
    return False

"""A directive's content inside its subject phrase: «وتعهد الوزير بتقديم العلاج»، «تعهد الرئيس
السوري بمحاسبة أحد أقربائه» — the title chain ran on over «بـ» + a derived verbal noun; after a
directive cue (تعهد، طالب، دعا …) that verbal noun opens what is pledged or demanded, unless its
genitive is a place or a named body, which makes it an office of the title («مدير الإشراف بتعليم
الرياض»، «مدير الشرطة بمحافظة جدة»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import is_known_place, nisba
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok

# heads of a place («بمنطقة/بمحافظة الرياض»): never a verbal noun here (normalised)
_PLACE_HEADS = frozenset({"منطقه", "مدينه", "محافظه", "قريه", "جزيره", "بلديه", "امانه", "ناحيه", "مقاطعه"})


def verbal_noun(stem: str) -> bool:
    """A derived verbal noun by its pattern (normalised, no clitic): تفعيل (تقديم)، إفعال (إصلاح)،
    افتعال (احترام)، استفعال (استخدام)، مفاعلة (محاسبة)."""
    n = len(stem)
    if n == 5:
        return (stem[0] == "ت" and stem[3] == "ي") or (stem[0] == "ا" and stem[3] == "ا")
    if n == 6:
        return (stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا") or (
            stem[0] == "م" and stem[2] == "ا" and stem[5] == "ه" and stem not in _PLACE_HEADS)
    return n == 7 and stem.startswith("است") and stem[5] == "ا"


def definite_verbal_noun(t: Tok) -> bool:
    """«بالتحسن»، «بالتعاون»، «بالالتزام»، «بالإدراك» (q18): «بـ» + the article + a derived verbal
    noun — the patterns of :func:`verbal_noun` and تفعّل (التحسن)، تفاعل (التعاون) — the object of a
    verb of praise, appeal or pledge («أشاد الوزير بالتحسن …»، «وناشدهم الوزير بالتعاون …»), which no
    title chain takes as its genitive the way it takes a body or a place («مصدر بالاتحاد»، «مدير الشؤون
    الصحية بالأحساء»: the caller rules out listed nouns and places)."""
    if not (t.is_word and t.prefix == "بال" and t.norm.startswith("بال")):
        return False
    stem = t.norm[3:]
    n = len(stem)
    return verbal_noun(stem) or (stem[:1] == "ت" and (n == 4 or (n == 5 and stem[2] == "ا")))


def _named(t: Tok, entities: dict[int, Entity]) -> bool:
    """A place or a named body right after the verbal noun: an office's genitive."""
    if entities.get(t.start) is not None:
        return True
    return is_known_place(t.text) or (t.definite and is_known_place(t.text[2:]))


def masdar_cut(toks: list[Tok], m: Mention, entities: dict[int, Entity]) -> int | None:
    """Where a directive's subject ``m`` ends because «بـ» + a verbal noun inside it opens the
    content (None when there is no such word, or it has an office's genitive after it)."""
    for k in range(m.start + 1, m.end):
        t = toks[k]
        if not (t.is_word and t.prefix == "ب" and not t.definite and verbal_noun(t.norm[1:])):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not nxt.is_word:
            return None
        if _named(nxt, entities):
            continue  # «مدير الإشراف بتعليم الرياض بتوفير …»: an office; the next one may be the content
        if m.name is not None and m.name[0] < k < m.name[1] - 1:
            return None  # inside a name
        return k
    return None


def object_cut(toks: list[Tok], m: Mention, entities: dict[int, Entity], given: set[str] | frozenset[str],
               after_name: bool = True) -> int | None:
    """Where the subject ``m`` of a verb that takes a noun object ends because that object's verbal
    noun was read into it (q19): «واقترح الرئيس الإيراني إجراء مناظرة …»، «اقترح الرئيس الأمريكي
    فرانكلين ديلانو روزفلت تسمية …»، «اقترح عليه سليم زبال الانتقال بالاستطلاعات …» — a derived verbal
    noun (:func:`verbal_noun`, bare or with the article) right after a definite adjective or a name word,
    with a word or a quoted name after it; never a head noun's genitive («رئيس الاتحاد»، «عملية الانزال»), a
    definite nisba adjective («الحكومة التركية»), a given name («إيمان»، «انتصار») or a word the entity stage tags
    as part of a name. After a name only when ``after_name`` (directives and announcements: an opinion's
    «وقدر نجم كلفة انجاز …» has its object before the verbal noun) and only after a name of two words or more."""
    spans = [(e.start, e.end) for e in entities.values() if e.label == "PERS"]
    for k in range(m.start + 1, m.end):
        t, prev = toks[k], toks[k - 1]
        if not t.is_word or t.prefix not in ("", "ال") or not prev.is_word:
            continue
        stem = t.norm[2:] if t.prefix == "ال" else t.norm
        if not verbal_noun(stem) or t.norm in given or stem in given or (t.prefix == "ال" and nisba(t.norm)):
            continue
        named = after_name and m.name is not None and m.name[0] < k - 1 < m.name[1]
        if not (prev.definite or named) or prev.preposed:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not (nxt.is_word or nxt.text in OPEN_QUOTES) or any(s <= t.start < e for s, e in spans):
            continue
        return k
    return None

"""Content spans: where a reported statement starts and ends, and whether it is direct,
indirect or mixed.

Direct: the text between quote marks (found in the document text, so a multi-sentence
quotation comes out whole). Indirect: from the start of the reported clause to the end of
the sentence, or to the next cue that starts a new quote («، مشيرا إلى …») or a trailing
attribution phrase («، بحسب ما أوردت …»). Mixed: an indirect content holding the speaker's
own words in quote marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.names import is_known_place
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, is_terminal
from khabar.text.normalize import match_form

MAX_DIRECT = 6000  # characters a direct quotation may span
_TRIM = set(" \t\n\u00a0.,،;؛:!?؟…-–—")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` over surrounding spaces and punctuation, keeping a closing
    quote mark only when its opening mark is inside the span."""
    while True:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end > start and text[end - 1] in "»”\"″’" and not _balanced_close(text, start, end):
            end -= 1
            continue
        if end > start and text[start] in "«“\"„" and not _has_close(text, start, end):
            start += 1
            continue
        return start, end


def _balanced_close(text: str, start: int, end: int) -> bool:
    close = text[end - 1]
    opens = {"»": "«", "”": "“", '"': '"', "″": "“", "’": "‘"}.get(close, "")
    inner = text[start : end - 1]
    if close == '"':
        return inner.count('"') % 2 == 1
    return opens in inner or (close == "”" and "”" in inner)


def _has_close(text: str, start: int, end: int) -> bool:
    close = OPEN_QUOTES.get(text[start], "")
    return close != "" and close in text[start + 1 : end]


def find_close(text: str, open_pos: int) -> int | None:
    """Offset of the mark closing the quotation opened at ``open_pos`` (no blank line
    crossed), or None."""
    mark = text[open_pos]
    closes = {"«": "»", "“": "”″", '"': '"″', "”": "”", "»": "»«", "„": "“”", "(": ")"}.get(mark, "")
    limit = min(len(text), open_pos + MAX_DIRECT)
    i = open_pos + 1
    while i < limit:
        ch = text[i]
        if ch in closes:
            return i
        if ch == "\n" and text[i + 1 : i + 2].isspace() and "\n" in text[i + 1 : i + 4]:
            return _paragraph_close(text, open_pos, i, limit) if mark == '"' else None
        i += 1
    return None


# a closing «"» after a space that ends its paragraph: ` ".` / ` "` before a line break or the end
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACED_CLOSE = re.compile(r'(?<=\s)"\.?[ \t]*(?:\n|$)')


def _paragraph_close(text: str, open_pos: int, brk: int, limit: int) -> int | None:
    """A «"» quotation run over a paragraph break (q18c): the tokenised wire copy (ANERcorp, one
    sentence a paragraph) writes a multi-sentence quotation open at its first sentence and closed
    once, after a space, at the end of a later one («وتابع "أعتقد … بشكل منصف.⏎⏎وهذا … كذلك ".»).
    The close is the next «"» after the opening one only when it is such a spaced paragraph-final
    mark and no other «"» comes between (a later paragraph opening its own quotation blocks it)."""
    if text[open_pos + 1 : open_pos + 2].isspace():
        return None  # a spaced «"» is itself a close
    nxt = text.find('"', brk, limit)
    if nxt == -1 or not _SPACED_CLOSE.match(text, nxt):
        return None
    return nxt


def nested_closes(text: str, open_pos: int, first: int, limit: int) -> list[int]:
    """Later closing marks that may close the quotation opened at ``open_pos`` when its first
    closing mark (``first``) closes a quotation nested in it («إن «حزب الله» حتى … استراتيجي»):
    the closing marks of the same pair after ``first`` up to ``limit``, only when another
    opening mark of the pair comes between the opening mark and ``first``. Not for «"», whose
    opening and closing marks are the same."""
    mark = text[open_pos]
    closer = {"«": "»", "“": "”"}.get(mark)
    if closer is None or mark not in text[open_pos + 1 : first]:
        return []
    return [i for i in range(first + 1, min(limit, len(text))) if text[i] == closer]


def unclosed(text: str, open_pos: int) -> bool:
    """Whether the quotation opened at ``open_pos`` is never closed in its paragraph: no
    closing mark before the next line break, or the first one found belongs to a later
    quotation (another opening mark of the same kind comes after a line break first)."""
    close = find_close(text, open_pos)
    if close is None:
        return True
    para_end = text.find("\n", open_pos)
    if para_end == -1 or close < para_end:
        return False
    return text[open_pos] in text[para_end:close]


def runs_over(text: str, open_pos: int) -> bool:
    """Whether the quotation opened at ``open_pos`` closes in a later paragraph (a «"» run over a
    paragraph break, :func:`_paragraph_close`): like an unclosed mark, it opens the content after
    the speaker though no closing mark follows in its sentence."""
    if text[open_pos] != '"':
        return False
    close = find_close(text, open_pos)
    return close is not None and _BLANK_LINE.search(text, open_pos, close) is not None


def quoted_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches inside ``[start, end)`` (inner offsets, marks excluded)."""
    out = []
    i = start
    while i < end:
        if text[i] in OPEN_QUOTES and text[i] not in "»”" or (text[i] == '"'):
            j = find_close(text, i)
            if j is not None and j < end:
                out.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return out


def is_mixed(text: str, start: int, end: int, lex: Lexicon, names: set[str]) -> bool:
    """Whether an indirect content holds the speaker's own words in quote marks (a quoted
    name or title — «"داعش"»، «تنظيم "داعش"»، «برنامج "لا تترك أثراً"»، «الـ"سيتيزينس"» —
    or a list of short items — «"طفلين، ورجل، وثلاث سيدات"» — does not count)."""
    for a, b in quoted_segments(text, start, end):
        words = text[a:b].split()
        if not words:
            continue
        glued = text[max(start, a - 3) : a - 1]
        if glued.endswith("الـ") or glued.endswith("لـ"):
            continue  # «مدرب الـ"سيتيزينس"»: the article glued to a quoted name
        before = text[max(start, a - 40) : a - 1].split()
        head = match_form(before[-1]) if before else ""
        if lex.is_("name_head", head) and len(words) <= 4:
            continue  # «برنامج "لا تترك أثراً"»، «قرية "نييل"»
        if len(words) <= 4 and any(match_form(w) in _NAMING for w in before[-2:]):
            continue  # «فيما يطلق عليه «الشفق القطبي»»، «ما يعرف بـ"…"»: a name given to something
        if len(words) == 1 and is_known_place(words[0]):
            continue  # «سوق "القطيف"»: a place name in marks
        if len(words) == 1 and lex.noun_kind(head) in ("organization", "outlet", "document"):
            continue
        if head.rstrip(":") == "مثل" or _short_list(text[a:b]):
            continue  # «مثل: "سباقات …، …"»، «"طفلين، ورجل، وثلاث سيدات"»: examples, a list
        if len(words) <= 3 and any(ch.isdigit() for ch in words[0]):
            continue  # «ضبط وإتلاف " 4.1 طن " من المواد»: an amount set off by marks
        if len(words) >= 2:
            return True
        if match_form(words[0]) in names:
            continue
        if _genitive_term(text, start, a, words[0]):
            continue  # «قضايا "التفحيط"»: a term in marks; an evaluative word («"مخزيا"») still counts
        return True
    return False


# verbs that give something its name («يطلق عليه "…"»، «ما يعرف بـ"…"»، «المسمى "…"»)
_NAMING = frozenset({"يطلق", "تطلق", "يسمي", "تسمي", "يعرف", "تعرف", "المسمي", "المسماه", "يدعي", "تدعي",
                     "يسمونه", "يسمونها", "سمي", "سميت"})


def _genitive_term(text: str, start: int, a: int, word: str) -> bool:
    """A one-word definite term in marks right after an indefinite noun in construct («قضايا
    "التفحيط"»، «حجوزات "اللافتات"»); not an adjective after a definite noun («المبادرة
    الإيرانية «المزعومة»») nor a word glued to a preposition («ب"المخزي"»)."""
    if not match_form(word).startswith("ال") or len(word) <= 4:
        return False
    if a - 1 <= start or not text[a - 2].isspace():
        return False
    before = text[max(start, a - 40) : a - 1].split()
    head = match_form(before[-1]) if before else ""
    return len(head) > 2 and head.isalpha() and not head.startswith(("ال", "وال", "بال", "لل"))


def _short_list(seg: str) -> bool:
    """Three or more items of at most three words, separated by commas or «و»."""
    items = [x for x in (i.strip() for i in seg.replace(",", "،").split("،")) if x]
    if len(items) < 3:
        items = [x for x in seg.replace("،", " ").split(" و") if x.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 3 for i in items)


def whole_quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of a quotation that makes up an indirect-looking content: the content is
    all one quotation («"تسمية … "حامل رأس الغول" … عام"»), or a colon-introduced quotation
    closes it («انها: «…»»، «طلب عدم نشر اسمه …: «…»»). None otherwise."""
    if end - start < 2 or text[end - 1] not in "»”\"″":
        return None
    if text[start] in OPEN_QUOTES and text[start] not in "»”":
        segs = quoted_segments(text, start, end)
        if segs and segs[0][0] == start + 1 and len(text[segs[0][0] : segs[0][1]].split()) >= 4:
            return trim(text, start + 1, end - 1)
        return None
    head = text[start : min(end, start + 160)]
    colon = head.find(":")
    if colon == -1 or len(head[:colon].split()) > 12:
        return None
    k = start + colon + 1
    while k < end and text[k].isspace():
        k += 1
    if k < end - 1 and text[k] in OPEN_QUOTES and text[k] not in "»”" and find_close(text, k) == end - 1:
        inner = text[k + 1 : end - 1]
        lead = head[:colon].split()
        if len(inner.split()) < 5 or _short_list(inner) or (lead and match_form(lead[-1]) in _LIST_LEADS):
            return None  # «أنشطة مثل: "سباق الهجن، ومسابقة الشعر"»: a list, not a quotation
        return trim(text, k + 1, end - 1)
    return None


_LIST_LEADS = frozenset({"مثل", "منها", "هي", "وهي", "هم", "وهم", "يلي", "التالي", "التاليه"})


def clause_end(toks: list[Tok], start: int, cuts: set[int]) -> int:
    """Token index (exclusive) where an indirect content that starts at ``start`` ends:
    the sentence end or the first cutting cue after it."""
    for k in range(start + 1, len(toks)):
        if k in cuts:
            return k
    return len(toks)


def cut_points(toks: list[Tok], lex: Lexicon, phrase_heads: set[int],
               speaker_at: Callable[[int], bool]) -> set[int]:
    """Token indices where a new quote starts and so an earlier content must end: a cue
    after punctuation or «بل/ثم/لكن», a participle or verbal noun, or a «و» cue that opens
    its content or names its own speaker («… وزاد أن»، «… ونفى بادغيش»)."""
    cuts = set()
    for k, t in enumerate(toks):
        prev = toks[k - 1] if k else None
        after_punct = prev is not None and (prev.is_punct and prev.text not in "\"«»“”()")
        after_punct = after_punct or (prev is not None and prev.text in "»”\"" and k >= 2 and is_comma(toks[k - 2]))
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.cue is not None and t.cue.lemma == "أضاف" and nxt is not None and nxt.kind == "number":
            continue  # «…، مضيفاً 200 مليون نسمة إلى المدن»: adding an amount, not a statement
        if t.cue is not None and t.cue.pos == "verb" and not t.cue_prefix and demonstrative_subject(toks, k):
            continue  # «… كل هذا أكد أن …»: the clause's own verb, no new statement
        if t.cue is not None and t.cue.klass == "conclude" and not _concludes(toks, k, lex):
            continue  # «توصلتا إلى اتفاق»: an agreement reached, no finding stated
        if t.cue is not None and shows_in_it(toks, k, lex):
            continue  # «…، موضحًا فيها تفاصيل المعدل»: what the list holds, no statement
        if t.cue is not None and t.cue.lemma in _INFORM and not informs_that(toks, k, lex):
            continue  # «… وأبلغت الجهات المختصة والشركات، وتعقد …»: informing someone, nothing stated
        if t.cue is not None:
            opens = nxt is not None and (
                nxt.text in (":", "«", '"', "“") or lex.is_("complementizer", nxt.norm, strip=False)
                or lex.is_("complementizer_pron", nxt.norm) or lex.is_raw("to", nxt.plain)
            )
            said = t.cue.klass in ("say", "cont") and nxt is not None and (
                lex.is_("particle", nxt.norm, strip=False) or first_person(toks, k + 1))
            if prev is not None and lex.is_("cut_conj", prev.norm, strip=False):
                cuts.add(k - 1)  # «… فيما قال …»، «… لكن قال …»: the conjunction starts the new statement
            elif after_punct or t.cue.pos == "participle":
                cuts.add(k)
            elif (t.cue.pos == "verb" and not t.cue.perfect and not t.cue_prefix and prev is not None
                  and prev.is_word and prev.cue is None and prev.norm not in _NOT_NP_END
                  and not lex.is_("particle", prev.norm, strip=False) and not lex.is_("pron_prep", prev.norm, strip=False)
                  and not (nxt is not None and nxt.text in (":", "«", '"', "“") and t.cue.lemma != "اعتبر")):
                pass  # «… أن الأرقام الصادرة من لجنة التسجيل تشير إلى …»: the clause's own verb
                # («… إن الاتفاق يعتبر «نكسة جديدة» …»: is considered, a quoted predicate; q19b)
            elif t.cue.pos == "verb" and (opens or (said and t.cue_prefix[:1] in ("و", "ف"))):
                cuts.add(k)  # «… وعن النتائج قال إن …»، «… وقال لم نتلق …»: a new statement
            elif t.cue.pos == "masdar" and not t.cue_prefix and opens:
                # «بسبب قوله إن …»; «…»، مجدداً تأكيده أن …»: an adverb after a comma goes with it
                adverb = k >= 2 and prev.is_word and prev.cue is None and not prev.definite
                adverb = adverb and prev.norm.endswith("ا") and is_comma(toks[k - 2])
                cuts.add(k - 1 if adverb else k)
            elif (t.cue.pos == "masdar" and t.cue_prefix == "ب" and nxt is not None and nxt.text in (":", "«", '"', "“")
                  and t.text.endswith(("ه", "ها", "هم", "هما"))):
                cuts.add(k)  # «… أنه لم يوقع عليه بعد بقوله «…»»: his own words, a quotation of its own
            elif t.cue_prefix.startswith("و") and (opens or speaker_at(k + 1) or (
                    t.cue.perfect and t.cue.klass in ("say", "refer", "cont") and _opens_after_name(toks, k, lex))):
                cuts.add(k)
            elif (t.cue_prefix.startswith("و") and t.cue.perfect and t.cue.pos == "verb" and nxt is not None
                  and nxt.norm in _DEMONSTRATIVES):
                cuts.add(k)  # «… كشفت عن مطالبة عدة دول … وبررت هذا الطلب …»: a new statement on it
        elif after_punct and is_comma(prev) and lex.is_("topic", t.norm, strip=False) and _topic_cue(toks, k):
            cuts.add(k)  # «…، أما حضور المرأة فتوقع أن …»: a new statement on another topic
        elif after_punct and is_comma(prev) and lex.is_("clause_participle", t.norm):
            cuts.add(k)  # «…، مستنكراً هذا العمل»: a condemnation, not part of the statement
        elif after_punct and is_comma(prev) and t.norm == "فان" and _verb_cue_ahead(toks, k + 2, k + 8):
            cuts.add(k)  # «…، فإن أوساط المعارضة دعت إلى …»: the main clause's own statement
        elif after_punct and _opens_statement(toks, k, lex, speaker_at):
            cuts.add(k)  # «…، من جانبه قال عضو المجلس …»: a new speaker's statement
        elif k in phrase_heads and (after_punct or (prev is not None and prev.text in "-–")):
            cuts.add(k)
        if after_punct and k + 1 < len(toks) and toks[k + 1].cue and lex.is_("pron_particle", t.norm, strip=False):
            cuts.add(k)
        if (t.text == "." and nxt is not None and nxt.text in ("«", "“") and t.end == nxt.start
                and k + 2 < len(toks) and toks[k + 2].is_word
                and sum(x.text in ("«", "“") for x in toks[:k]) <= sum(x.text in ("»", "”") for x in toks[:k])):
            cuts.add(k)  # «… وتعهد بتقديم العلاج لهم.«المدينة» حاولت …»: a full stop glued to an opening
            # mark ends the sentence the splitter kept whole (not inside a quotation still open)
    # «…، والذي وصفها بأنها …»: the relative that is the new statement's subject goes with it
    return {k - 1 if k >= 2 and is_comma(toks[k - 2]) and lex.is_("relative", toks[k - 1].norm) else k for k in cuts}


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})


def _verb_cue_ahead(toks: list[Tok], start: int, stop: int) -> bool:
    """A cue verb among the words from ``start`` up to ``stop`` (no punctuation before it)."""
    for t in toks[start : min(stop, len(toks))]:
        if not t.is_word:
            return False
        if t.cue is not None and t.cue.pos == "verb":
            return True
    return False

_THIS = frozenset({"هذا", "هذه", "ذلك", "هذان", "هاتان"})


def demonstrative_subject(toks: list[Tok], i: int) -> bool:
    """A demonstrative pronoun standing alone right before the cue verb as its subject — after «كل»,
    with its own «و», or opening the clause («كل هذا أكد أن …»، «وهذا يؤكد أن …») — not the object of a
    preposition or an adverb («وبعد ذلك أكد الوزير أن …»)."""
    if i < 1 or not toks[i - 1].is_word:
        return False
    d = toks[i - 1]
    if d.text in ("وهذا", "وهذه", "وذلك"):
        return True
    if d.norm not in _THIS:
        return False
    before = toks[i - 2] if i >= 2 else None
    return before is None or before.is_punct or before.norm == "كل"



# words after which an imperfect cue verb opens a clause of its own (no noun phrase before it)
_NOT_NP_END = frozenset({"كما", "حيث", "ثم", "بل", "لكن", "لكنه", "لكنها", "فيما", "بينما", "اذ", "عندما", "وهو", "وهي", "هو", "هي", "كان", "كانت", "لا", "لم", "لن", "قد", "لقد", "سوف"})


# verbs of informing someone: the noun after them is the addressee, and they state something
# only with a complementizer clause after it («أبلغت الشركة الجهات المختصة أن …»)
_IN_IT = frozenset({"فيها", "فيه", "بها", "به"})


def shows_in_it(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«…، موضحًا فيها تفاصيل المعدل»، «مبينا به أسماء …»: a participle with «فيها/بها» and a noun
    describes what a document or list holds — no proposition, no new statement (with «أن» or a
    quotation after it, «موضحة فيه أن …», it is one)."""
    t = toks[k]
    if t.cue is None or t.cue.pos != "participle" or k + 2 >= len(toks) or toks[k + 1].norm not in _IN_IT:
        return False
    nxt = toks[k + 2]
    return nxt.is_word and nxt.cue is None and not (
        lex.is_("complementizer", nxt.norm, strip=False) or lex.is_("complementizer_pron", nxt.norm)
        or (nxt.norm[:1] == "ب" and lex.is_("complementizer", nxt.norm[1:], strip=False)))


_INFORM = frozenset({"أبلغ", "أخبر"})
_INFORM_REACH = 8  # words between the verb and its «أن» (the addressee)


def informs_that(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the informing verb at ``k`` has a complementizer clause within reach (no
    punctuation on the way): «أبلغوه أن …»، «أبلغت الوزارة السفارة بأن …»."""
    for j in range(k + 1, min(len(toks), k + 1 + _INFORM_REACH)):
        t = toks[j]
        if t.is_punct:
            return t.text in (":", "«", '"', "“")
        n = t.norm
        if lex.is_("complementizer", n, strip=False) or lex.is_("complementizer_pron", n, strip=False):
            return True
        if n[:1] == "ب" and (lex.is_("complementizer", n[1:], strip=False) or lex.is_("complementizer_pron", n[1:], strip=False)):
            return True
    return False


# first-person pronouns that open unmarked speech right after «قال» («وقال نحن نعمل …»)
_FIRST_PERSON = frozenset({"نحن", "انا", "لسنا", "لست"})
_FIRST_PERSON_AFTER = frozenset({"لم", "لن", "لا", "قد", "لقد", "سوف"})  # + a ن-imperfect («لم نتلق»)


# kin nouns with the first-person possessive («أبنائي»، «ابني»، «والدي»; normalised): the speaker's own words
_MY_KIN = frozenset({"ابني", "ابنتي", "ابنائي", "اولادي", "ولدي", "اخي", "اختي", "اخوتي", "زوجتي", "زوجي",
                     "والدي", "والدتي", "امي", "ابي", "ابنائنا", "اولادنا", "احفادي"})


def first_person_clause(toks: list[Tok], k: int, limit: int = 16) -> bool:
    """Whether the clause from token ``k`` (up to a comma, the sentence end or a cue, at most
    ``limit`` words) speaks in the first person: it opens with a first-person pronoun or holds a
    kin noun with «my/our» («برغم الحزن على فقدان أحد أبنائي …»)."""
    if first_person(toks, k):
        return True
    for t in toks[k : k + limit]:
        if is_terminal(t) or t.text in "،,؛" or t.cue is not None:
            return False
        if t.is_word and (t.norm in _MY_KIN or t.norm in _FIRST_PERSON):
            return True
    return False


def first_person(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` opens first-person speech: a first-person pronoun, or a negation or
    «قد/سوف» before a first-person plural imperfect («لم نتلق»، «لن نسمح»)."""
    if k >= len(toks) or not toks[k].is_word:
        return False
    n = toks[k].norm
    if n in _FIRST_PERSON:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (n in _FIRST_PERSON_AFTER and nxt is not None and nxt.is_word and nxt.norm[:1] == "ن"
            and len(nxt.norm) >= 4 and not nxt.definite and nxt.cue is None)


def _opens_after_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«… وبين المجلي أن …»: a «و» cue whose complementizer follows within three words (its
    speaker, however unknown) starts a new statement."""
    for j in range(k + 1, min(len(toks), k + 4)):
        t = toks[j]
        if not t.is_word or t.cue is not None:
            return False
        if j > k + 1 and (lex.is_("complementizer", t.norm, strip=False) or lex.is_("complementizer_pron", t.norm, strip=False)):
            return True
    return False


def _topic_cue(toks: list[Tok], k: int) -> bool:
    """A «فـ» cue within eight words after the topic marker at ``k``, no punctuation between."""
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].is_punct:
            return False
        if toks[j].cue is not None and toks[j].cue_prefix.startswith("ف"):
            return True
    return False


def _concludes(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A finding verb at ``k`` followed by «إلى أن»، «إلى أنه» or «إلى القول إن»."""
    j = k + 1
    if j >= len(toks) or not lex.is_raw("to", toks[j].plain):
        return False
    j += 1
    if j < len(toks) and toks[j].norm == "القول":
        j += 1
    return j < len(toks) and (lex.is_("complementizer", toks[j].norm, strip=False)
                              or lex.is_("complementizer_pron", toks[j].norm, strip=False))


def _opens_statement(toks: list[Tok], k: int, lex: Lexicon, speaker_at: Callable[[int], bool]) -> bool:
    """A framing phrase («من جانبه»، «بدوره»، «أمس») right before a verb cue with its own speaker."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if t.norm == "من" and nxt is not None and lex.is_("time", nxt.norm):
        v = k + 2
    elif t.is_word and lex.is_("time", t.norm):
        v = k + 1
    else:
        return False
    cue = toks[v].cue if v < len(toks) else None
    return cue is not None and cue.pos == "verb" and speaker_at(v + 1)

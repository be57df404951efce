"""Paragraphs and sentences, with sentences broken across lines rejoined.

News text arrives with hard line breaks (single or blank lines) inside sentences: a line
that ends on «في» or mid-phrase continues on the next line. A line break is a sentence
(and paragraph) boundary unless the text before it is unfinished: no terminal
punctuation and either a trailing function word / comma / colon, or a line too long to
be a headline, caption or byline (or holding a comma) whose next line does not open like
a sentence — with the conjunction و glued to a word (not a stem-initial word of
``native_initial.txt``: «وقال», «ومن جانبه», not «وزارة»), a list item or bullet («4.»,
«٢-», «•»), a date stamp, or a listed discourse opener («من جهة أخرى», «إلى ذلك», «رابط
الخبر»: ``line_openers.txt``). So a headline stays its own sentence, «…الدعم⏎⏎اللوجستي…»
is one sentence and «…العالمية⏎وأفاد الدكتور…» two (session 20). A list item's number
(«4.» at a sentence start) does not end a sentence.

Inside a paragraph, sentences end at . ! ? ؟ (with any closing quotes or brackets after
them), never inside a quotation or a short parenthesis that opens and closes on the same
line, never after an abbreviation or an initial (د. أ.) or inside a dotted acronym
(بي.بي.سي, بي. سي). An ellipsis (.. …) ends a sentence when it reads as a full stop:
outside brackets and quotations, glued to a word that can end a sentence, after at least
three words, and followed on the same line by a word that does not continue the clause
(أو, أن, إلا, a preposition or relative that does not open sentences, a circumstantial
participle مشددا, ل + imperfect) nor by a one-word list item («إقصاء.. تهميش.. تضييق»).
So «سنوات فقط.. ولعل هذا» splits, while «اليوم .. قائد الغد» (spaced: a separator),
«مصر.. ارتفع» (a heading word) and «أحد.. أن نكون» do not. An ellipsis glued to both words
(«الأساس..لذا لابد») is tried under the same tests (session 21; before, only an ellipsis followed
by a space was); a word holding a glued ellipsis («إقصاء..تهميش..») counts its last piece as the
word before the next one. A stop glued to a section mark or hashtag («الخطأ.***النمسا») ends a
sentence, a line ending on an e-mail or web address is complete, and a quotation mark whose first
closer follows another opener of its kind is unclosed (session 22). A poem written one hemistich per
line is one sentence per verse: in a run of at least six short lines (no digits, bullets or trailing
colon or comma) whose second lines end on one rhyme that most first lines do not, each pair of lines
is joined and ends its sentence (session 24). A stop glued to the next word after a closing quote or
bracket («…».وذكر), after a space («اليمنيين .اما») or a run of ! and ? glued between words ends a
sentence too (session 24). Word lists are data files in ``khabar/resources/text``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources

import regex

from khabar.document import Sentence
from khabar.text.normalize import match_form, normalize_text

_LINE = regex.compile(r"[^\n]+")
# one terminal mark suffices (a `+` here made a long run of dots quadratic under search)
_TERMINAL = regex.compile(r"[.!?؟…][\"'»”’)\]]*$")
_SENT_END = regex.compile(
    # possessive runs, and no start inside a run of ! and ? whose previous mark could start
    # (session 24): a long run of marks with no white space after it was tried at every split
    # and every start of the run (100,000 marks: 22 s); such a start fails when the previous
    # one does (both read to the same end), so the matches are the same
    r"(?<![.…])(?<!(?<![.…])[!?؟])(?:[!?؟]++|\.(?![.…]))[.!?؟]*+[\"'»”’″)\]]*(?=\s)"
    # a full stop, ? or ! glued between two Arabic words («لموسمين.وسبق») ends one too, and
    # so does one glued to a section mark or a hashtag that opens the next («الخطأ.***النمسا»,
    # «المخالفات.#نافذة:»; session 22)
    r"|(?<=[\u0621-\u064a]\p{Mn}*)[.؟!](?=[\u0621-\u064a]|\*{3}|#[\u0621-\u064a])"
    # session 24: a stop glued to the next word after a closing quote or bracket («…الحادث».وذكر،
    # «(كونا ).ومن»), after a space («اليمنيين .اما النازح»), or a run of ! and ? glued between two
    # words («لايتحرشون!!؟هل»); a stop or run glued to the al-Madina self-reference «المدينة» opener
    # («الطريق!!.«المدينة» قامت»)
    r"|(?:(?<=[)»\"”\]])|(?<=[\u0621-\u064a]\p{Mn}*[ \t]+))(?:[!?؟]+\.?|\.(?![.…]))(?=[\u0621-\u064a])"
    r"|(?<=[\u0621-\u064a]\p{Mn}*)[!?؟]{2,}\.?(?=[\u0621-\u064a])"
    r"|(?<=[\u0621-\u064a]\p{Mn}*)(?:[!?؟]+\.?|\.(?![.…]))(?=«)"
)
_WORD = regex.compile(r"[\p{L}\p{M}\u0640](?:[\p{L}\p{M}\u0640.]*[\p{L}\p{M}\u0640])?")
_HAS_DIGIT = regex.compile(r"\d")
# A line that ends on an e-mail address or a web address is complete (a signature, a link)
_ADDRESS_END = regex.compile(r"(?:\S+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")
OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“", "(": ")"}
_OPENING = regex.compile("[" + "".join(OPEN_CLOSE) + "]")
HEADLINE_MAX_WORDS = 14
MAX_QUOTE_CHARS = 1500  # a longer "quotation" is an unbalanced mark, not a quote
MAX_PAREN_CHARS = 200  # a parenthesis longer than this may hold whole sentences
# Dotted acronyms: pieces of one or two letters (Arabic or Latin) joined by dots, glued
# (بي.بي.سي, أ.ف.ب, U.S) or spaced (بي. بي. سي, بي. سي, ص. ب).
_PIECE = r"(?:\p{L}\p{M}*){1,2}"
_ACRONYM = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){_PIECE}(?:\.\s?{_PIECE})+(?![\p{{L}}\p{{M}}])"
)
# Two-letter words that end or open sentences (pronouns, preposition + pronoun, vocative,
# question particle): «… دورا له. هو …» is two sentences, not an acronym «له. هو».
SHORT_WORDS = frozenset("هو هي هم هن له لك لي به بك لا هل يا كل".split())
# An ellipsis glued to a word, then a word on the same line (after spaces, or glued): a candidate end.
_ELLIPSIS = regex.compile(
    r"(?<=[\p{L}\p{M}\u0640])(?:\.{2,}|…)[.…]*[\"'»”’″)\]]*(?=[ \t]*[\p{L}])"
)
_ELLIPSIS_MARK = regex.compile(r"\.{2}|…")
_GLUED_ELLIPSIS = regex.compile(r"(?:\.{2,}|…)[.…]*")
_OPENING_INNA = regex.compile(r"[وف]?إن")
_NEXT_WORD = regex.compile(r"[ \t]*([\p{L}\p{M}\u0640]+)")
# Words that carry the clause on after an ellipsis (normalised): أن/أو/إلا/لأن «أحد.. أن
# نكون»; prepositions and relatives that do not open a sentence (في, من do: not listed)
# «تنويرا.. عبر توجيه»; a circumstantial participle «بالتاجر.. مشددا على»; a purpose
# clause ل + imperfect «الأنصار.. ليضحي» (not ليس).
_CONTINUES = regex.compile(
    r"^(?:[وفب]?ان(?:ه|ها|هم|ك|نا)?|او|ام|الا|لان"
    r"|الي|علي|عن|عبر|مع|بين|حول|ضد|لدي|منذ|حتي|نحو|دون|سوي|غير|خلال|بسبب|بحسب|حسب|وفق|بشان"
    r"|الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي"
    r"|م\p{L}{3,}ا|ل(?!يس)[يتن]\p{L}{2,})$"
)
ELLIPSIS_MIN_WORDS = 3  # «مصر.. ارتفع», «وحده الموت.. الزائر»: headings and fragments
_PIECE_SPLIT = regex.compile(r"\.\s?")
_SPACED_PAIR = regex.compile(rf"{_PIECE}\.{_PIECE}")  # a glued pair (the test is fullmatch)
# The letters and marks right before a dot (matched backwards from the dot): an acronym
# can only start where such a run starts, so only those places are tried.
_RUN_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}]+")
_ABBREV_TAIL = regex.compile(r"[\p{L}\p{M}\u0640.]+$")
ERA_MARKS = frozenset({"م", "هـ", "ه"})  # 2015 م. / 1436 هـ. end sentences


def _word_list(name: str) -> frozenset[str]:
    path = resources.files("khabar.resources") / "text" / name
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    abbreviations = set(_word_list("abbreviations.txt"))
    abbreviations |= set("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآ")  # initials
    function_words = frozenset(normalize_text(w) for w in _word_list("function_words.txt"))
    return frozenset(abbreviations), function_words


# A line that opens like a sentence: a list item or bullet, or a date stamp.
_LIST_OPENER = regex.compile(
    r"(?:[•●▪■◄►*]|[-–]\s|\d{1,3}\s*[.)\-–]\s*(?!\d)|\d{4}-\d{1,2}-\d{1,2})"
)
_LIST_NUMBER = regex.compile(r"\d{1,3}")  # a list item's number before its full stop
# «و» glued to a word of at least two letters; «ف» is left out: its stem-initial words
# (فيصل, فريق, فضلا, فقط) would open lines that continue a sentence
_CONJUNCTION = regex.compile(r"و\p{L}{2,}")


@lru_cache(maxsize=1)
def _openers() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Stem-initial words (``native_initial.txt``) and the listed line openers, in matching
    form and split into words."""
    native = frozenset(_word_list("native_initial.txt"))  # stored as match_form
    phrases = tuple(tuple(match_form(w) for w in p.split()) for p in _word_list("line_openers.txt"))
    return native, phrases


def opens_sentence(line: str) -> bool:
    """Whether ``line`` begins like a new sentence (see the module docstring)."""
    line = line.lstrip()
    if _LIST_OPENER.match(line):
        return True
    if not _WORD.match(line):
        return False  # «. ودعا»: a stop carried over belongs to the line before
    words = [match_form(w) for w in _WORD.findall(line[:80])[:4]]
    native, phrases = _openers()
    if _CONJUNCTION.fullmatch(words[0]) and words[0] not in native:
        return True
    return any(tuple(words[: len(p)]) == p for p in phrases)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, stripped of surrounding white space."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# A poem written one hemistich per line (session 24): a run of short lines, each without digits,
# list marks or a trailing colon or comma, and none but the last with a final stop, whose second
# lines (at least 80 % of them) end on one rhyme that at least half of the first lines do not
# end on. The rhyme is the last letter, with the letter before it when the last is a vowel
# letter or a ه that follows the rhyme letter («بعقله»، «كأصله»: له; «تدمعا»: عا), so a run of
# lines ending on ة («رئيس مجلس إدارة⏎جمعية زمزم⏎… الخيرية») is not read as a rhyme.
VERSE_MIN_WORDS, VERSE_MAX_WORDS = 2, 9
VERSE_MIN_PAIRS = 3
VERSE_RHYME_SHARE = 0.8
_AFTER_RHYME = frozenset("اويه")  # matching form: ى → ي, ة → ه
_LETTERS = regex.compile(r"\p{L}+")
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064a]")


def _hemistich(line: str) -> bool:
    n = len(line.split())
    return (VERSE_MIN_WORDS <= n <= VERSE_MAX_WORDS and not _HAS_DIGIT.search(line)
            and not line.endswith((":", "،", ",", "؛", ";")) and not _LIST_OPENER.match(line)
            and bool(_ARABIC_LETTER.search(line)))


def _rhyme(line: str) -> str:
    words = _LETTERS.findall(match_form(line))
    if not words:
        return ""
    word = words[-1]
    return word[-2:] if word[-1] in _AFTER_RHYME else word[-1]


def _verse_lines(lines: list[str]) -> dict[int, bool]:
    """For the lines of a poem written one hemistich per line, ``{index: joins the next line}``:
    True for a verse's first half, False for its second (the verse, not the line, is the
    sentence). A run of hemistich lines is paired from its first line or, failing the rhyme
    test, from its second; a run where first and second halves share the rhyme (or a poem of
    whole verses, one per line, all rhyming) cannot be told from a list and is left alone."""
    out: dict[int, bool] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _hemistich(lines[j]) and (j == i or not _TERMINAL.search(lines[j - 1])):
            j += 1
        for phase in (0, 1):
            run = range(i + phase, j - 1, 2)
            if len(run) < VERSE_MIN_PAIRS:
                continue
            rhyme, n = Counter(_rhyme(lines[k + 1]) for k in run).most_common(1)[0]
            if n < VERSE_MIN_PAIRS or n < VERSE_RHYME_SHARE * len(run):
                continue
            if 2 * sum(_rhyme(lines[k]) != rhyme for k in run) < len(run):
                continue
            for k in run:
                out[k], out[k + 1] = True, False
            break
        i = max(j, i + 1)
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: lines joined where a sentence runs on."""
    merged: list[tuple[int, int]] = []
    spans = _lines(text)
    lines = [text[s:e] for s, e in spans]
    verse = _verse_lines(lines)
    for k, (s, e) in enumerate(spans):
        if k and (verse[k - 1] if k - 1 in verse else _continues(lines[k - 1], lines[k])):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _continues(prev: str, nxt: str = "") -> bool:
    """Whether the line ``prev`` (before a line break) ends an unfinished sentence that
    the line ``nxt`` continues."""
    tail = prev.rstrip()
    if not tail or _TERMINAL.search(tail):
        return False
    if tail.endswith((":", ",", "،", "؛", ";", "-", "–", "—", "لـ")):
        return True
    last_line = tail.rsplit("\n", 1)[-1]
    if _ADDRESS_END.search(last_line):
        return False  # «… والرحمة.محمد حسين آل هويديnafezah@yahoo.com»: a signature's address
    words = _WORD.findall(last_line)
    if not words:
        return False
    _, function_words = _lexicon()
    if normalize_text(words[-1]) in function_words:
        return True
    # A short line without final punctuation or commas is a headline, caption, dateline
    # or byline; a body sentence (long, or with a comma inside) runs on unless the next
    # line opens a sentence («…العالمية⏎وأفاد الدكتور…»).
    if not ("،" in last_line or "," in last_line or len(words) > HEADLINE_MAX_WORDS):
        return False
    return not opens_sentence(nxt)


def _closing(text: str, i: int, end: int) -> int:
    """The position of the mark that closes the one opened at ``i``, before ``end`` (-1 if none).

    A mark with a closer of its own («» “”) whose first closer comes after another opener of its
    kind is left unclosed: in «منذ الثلاثاء … الحرارة. من جانبه أوضح … لـ «المدينة» أنه …» the »
    closes «المدينة», and the full stop inside ends a sentence (session 22). The outer mark is not
    searched further (the news day's marks are too often turned round, «فريق «8 مارس « وقام», for
    nesting to be counted).
    """
    opener, closer = text[i], OPEN_CLOSE[text[i]]
    j = text.find(closer, i + 1, end)
    if j != -1 and opener != closer and opener != "(" and text.find(opener, i + 1, j) != -1:
        return -1
    return j


def _quote_regions(text: str, start: int, end: int,
                   paren_limit: int = MAX_PAREN_CHARS) -> list[tuple[int, int]]:
    """Quotations (and parentheses up to ``paren_limit`` characters) that open and close
    on one line inside ``[start, end)``."""
    regions = []
    pos = start
    while True:
        m = _OPENING.search(text, pos, end)
        if m is None:
            return regions
        i = m.start()
        line_end = text.find("\n", i, end)
        line_end = end if line_end == -1 else line_end
        limit = paren_limit if m.group() == "(" else MAX_QUOTE_CHARS
        j = _closing(text, i, min(line_end, i + limit))
        if j == -1:
            pos = i + 1
        else:
            regions.append((i, j + 1))
            pos = j + 1


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    if dot <= sent_start:
        return False
    m = _ABBREV_TAIL.search(text[max(sent_start, dot - 12) : dot])
    if not m:
        return False
    word = m.group()
    word_start = dot - len(word)
    if word_start > sent_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(«\"":
        return False
    abbreviations, _ = _lexicon()
    if word.rstrip("\u0640") in ERA_MARKS or word in ERA_MARKS:
        # «10 أغسطس 2015 م.»: an era mark after a number ends the sentence
        before = text[max(sent_start, word_start - 8) : word_start]
        if _HAS_DIGIT.search(before):
            return False
    return word in abbreviations or word.rstrip("\u0640") in abbreviations


def _spaced_initial(text: str, sent_start: int, mark: int) -> bool:
    """Whether the word before the white space before ``mark`` is an initial or a listed abbreviation.

    Only the 12 characters before that white space are read, as in ``_is_abbreviation``: an
    initial that is skipped does not move the sentence start, so reading the whole sentence so
    far made a text of many spaced initials quadratic (session 24)."""
    end = mark
    while end > sent_start and text[end - 1] in " \t":
        end -= 1
    if end <= sent_start:
        return True
    words = _WORD.findall(text, max(sent_start, end - 12), end)
    if not words:
        return False
    abbreviations, _ = _lexicon()
    return len(words[-1]) < 2 or words[-1] in abbreviations


def _acronyms(text: str, start: int, end: int) -> list[regex.Match]:
    """The matches of ``_ACRONYM.finditer(text, start, end)``, trying only the starts of
    the letter runs that end right before a dot.

    An acronym begins with a letter that follows no letter or mark and reaches its first
    dot through letters and marks only, so it starts where the letter/mark run before
    that dot starts; trying those places in text order and skipping the ones inside the
    last match gives finditer's matches without running the pattern at every character.
    """
    out: list[regex.Match] = []
    last_end = start
    dot = text.find(".", start, end)
    while dot != -1:
        run = _RUN_BEFORE.match(text, start, dot) if dot > start else None
        if run is not None and run.start() >= last_end:
            m = _ACRONYM.match(text, run.start(), end)
            if m is not None:
                out.append(m)
                last_end = m.end()
        dot = text.find(".", dot + 1, end)
    return out


def _acronym_dots(text: str, start: int, end: int) -> set[int]:
    """Positions of the dots inside dotted acronyms (between two pieces) in ``[start, end)``.

    A sequence whose two-letter pieces include a function word («لي.لن», «له. لا. لم»)
    is two short words around a sentence end, not an acronym; so is a spaced pair with a
    common two-letter word («له. هو»).
    """
    _, function_words = _lexicon()
    dots: set[int] = set()
    for m in _acronyms(text, start, end):
        pieces = _PIECE_SPLIT.split(m.group())
        if any(len(p) > 1 and normalize_text(p) in function_words for p in pieces):
            continue
        spaced_pair = len(pieces) == 2 and not _SPACED_PAIR.fullmatch(m.group())
        if spaced_pair and any(normalize_text(p) in SHORT_WORDS for p in pieces):
            continue
        dots.update(m.start() + i for i, c in enumerate(m.group()) if c == ".")
    return dots


def _ellipsis_ends(text: str, sent_start: int, m: regex.Match) -> bool:
    """Whether the ellipsis ``m`` reads as a full stop (see the module docstring)."""
    words = _WORD.findall(text, sent_start, m.start())
    if len(words) < ELLIPSIS_MIN_WORDS:
        return False
    # «إقصاء..تهميش»: a word holds an ellipsis glued between two words; the last word is after it
    last = _GLUED_ELLIPSIS.split(words[-1])[-1]
    _, function_words = _lexicon()
    if normalize_text(last) in function_words:
        return False  # «تحدث عن.. الأزمة»: the phrase is unfinished
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None:
        return False
    word = nxt.group(1)
    # إنّ opens a sentence where أنّ continues one; normalisation merges them, so look first
    if not _OPENING_INNA.match(word) and _CONTINUES.match(normalize_text(word)):
        return False
    # «إقصاء.. تهميش.. تضييق.. محاربة»: one word between two ellipses, after or before
    # this one, is a list item, not a sentence
    if _ELLIPSIS_MARK.match(text, nxt.end()):
        return False
    before = text[sent_start : m.start()].rstrip()
    before = before[: len(before) - len(last)].rstrip()
    return not before.endswith(("..", "…"))


def _ends(text: str, start: int, end: int):
    """Candidate sentence ends in ``[start, end)``, in text order, with their kind."""
    found = [(m, False) for m in _SENT_END.finditer(text, start, end)]
    found += [(m, True) for m in _ELLIPSIS.finditer(text, start, end)]
    return sorted(found, key=lambda x: x[0].start())


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    regions = _quote_regions(text, start, end)
    # an ellipsis inside any bracket or quotation closed on the line is a pause (often an
    # omission), however long the parenthesis
    long_regions = _quote_regions(text, start, end, MAX_QUOTE_CHARS)
    acronym_dots = _acronym_dots(text, start, end)
    out = []
    s = start
    for m, ellipsis in _ends(text, start, end):
        if m.start() < s:
            continue
        if any(a < m.start() < b - 1 for a, b in (long_regions if ellipsis else regions)):
            continue
        if ellipsis and not _ellipsis_ends(text, s, m):
            continue
        if m.start() in acronym_dots:
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, s, m.start()):
            continue
        if (m.start() > s and text[m.start() - 1] in " \t" and m.end() < end
                and not text[m.end()].isspace() and _spaced_initial(text, s, m.start())):
            continue  # «أ .د»: an initial or abbreviation before a stop glued to the next word
        if text[m.start()] == "." and _LIST_NUMBER.fullmatch(text, s, m.start()):
            continue  # «4. التحرش …»: a list item's number opens its sentence
        if m.end() < end and text[m.end()] == "«" and text.count("«", s, m.start()) > text.count("»", s, m.start()):
            continue  # «… الجرحى.«نحن» سعداء»: a stop glued to an opener inside an open quotation
        out.append((s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with original offsets and paragraph index."""
    out: list[Sentence] = []
    for para, (s, e) in enumerate(paragraphs(text)):
        for a, b in _split_paragraph(text, s, e):
            out.append(Sentence(start=a, end=b, text=text[a:b], paragraph=para))
    return out

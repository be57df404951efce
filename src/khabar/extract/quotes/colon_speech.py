"""Unmarked speech after a colon carried across an ellipsis that ends its sentence (txt21, session 21).

A sentence parse ends every content at its sentence's end. Speech introduced by a colon with no
quotation mark («وقال: نحن …») has nothing that closes it, and writers of such speech pause it with
ellipses of their own, which the splitter may read as sentence ends: «… على القول: عاملنا أفراح …
الشبكة..ونحن الذين جهزناها …». After the document's records are built, a content that is such
speech and reaches the end of its sentence at an ellipsis («.. »، «…») goes on over the next
sentence when that sentence is in the same paragraph (a paragraph end ends the speech) and holds
no colon and no opening quotation mark (a new quotation starts there); a cue word the parse read
as no attribution (the speaker's own «وطلبت توقيف …») does not stop it. When the next sentence
holds another attribution further on («… الشبكة..ونحن الذين جهزناها … أم أفراح، وتقول إن …»), the
speech goes on up to it (its cue, source or content, whichever comes first) and stops there; one
that opens the sentence ends the speech. The content grows sentence by sentence while this holds.

A quotation mark opened after the colon and never closed in its paragraph («وأضاف: «يريدون …
الفروض..وتقدمت …») leaves the speech as open as no mark does. A speech closed by a quotation mark,
or one whose content stops before its sentence's end (a cutting cue, a trailing phrase), is left
as parsed.

A speech that ends at a full stop, «!» or «?» goes on over the next sentence of its paragraph (session
22, txt22) only when that sentence speaks in the first person — a first-person pronoun («نحن»، «أننا»،
«كنا»), a preposition carrying «نا» («علينا»، «منا»، «لدينا»), «سوف/لن/لم» before an imperfect of «نحن»
(«سوف نكون»، «لن نسمح») or the jussive «فلـ/ولـ» («فلننبذ»، «ولنكن») — holds no saying verb, colon or
opening quotation mark (up to the next attribution, as above), and the writer's own narration before
the speech (the words in no record's content and no quotation) holds no first person: a columnist who
writes «نحن» himself («فنحن بين مطرقة …» after a hadith, news 1276; «وأنا مسرور …», 447) keeps his
sentences. txt21 had measured a first-person opening alone (2 news-day records, 1 right, 1 wrong: 1276).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Sentence
from khabar.extract.quotes.chain import Record
from khabar.extract.quotes.content import trim, unclosed
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok

# What may stand between a content's end and its sentence's end: spaces and sentence-final marks
# (no closing quotation mark: a closed speech does not go on).
_END_MARKS = frozenset(" \t\u00a0.…!?؟")
_SPACES = frozenset(" \t\u00a0")
_OPENING_MARKS = frozenset("«“\"")


def _back(text: str, k: int) -> int:
    """The last position at or before ``k`` that is no space (-1 at the text's start)."""
    while k >= 0 and text[k] in _SPACES:
        k -= 1
    return k


def _colon_speech(text: str, rec: Record) -> bool:
    """Whether ``rec``'s content is speech opened by a colon with no quotation mark, or with an
    opening mark that is never closed in its paragraph («وأضاف: «يريدون … الفروض..وتقدمت …»)."""
    a = rec.raw.content[0]
    if rec.raw.type != "direct" or text[a] in OPEN_QUOTES or text[a] == "(":
        return False
    k = _back(text, a - 1)
    if k >= 0 and text[k] in _OPENING_MARKS and unclosed(text, k):
        k = _back(text, k - 1)
    return k >= 0 and text[k] == ":"


def _ellipsis_end(text: str, b: int, sentence: Sentence) -> bool:
    """Whether only spaces and sentence-final marks, an ellipsis among them, stand between the
    content's end ``b`` and its sentence's end (the content reaches it at an ellipsis)."""
    if not sentence.start <= b <= sentence.end:
        return False
    tail = text[b : sentence.end]
    return all(c in _END_MARKS for c in tail) and (".." in tail or "…" in tail)


def _stop_end(text: str, b: int, sentence: Sentence) -> bool:
    """Whether only spaces and one run of full stops / «!» / «?» stand between the content's end ``b``
    and its sentence's end (the content reaches it at a full stop, not an ellipsis)."""
    if not sentence.start <= b < sentence.end:
        return False
    tail = text[b : sentence.end]
    return all(c in _END_MARKS for c in tail) and ".." not in tail and "…" not in tail


# First person, closed classes (matching forms): the pronouns and «إنّ/أنّ/لكنّ/كان» with them, the
# prepositions that carry «نا», and an imperfect of «نحن» after a particle that takes only a verb
# («سوف نكون»، «لن نسمح»، «لا ننظر») or with the jussive «فلـ/ولـ» («فلننبذ»، «ولنكن»).
_FIRST_PERSON = frozenset(
    "انا نحن اننا انني لاننا لانني لكننا لكنني كنا كنت"
    " لنا علينا منا عندنا لدينا بنا الينا معنا عنا فينا بيننا عندي لدي معي".split()
)
_VERB_PARTICLES = frozenset("سوف لن لم".split())


def _first_person(toks: Sequence[Tok]) -> bool:
    """Whether the words speak in the first person (see ``_FIRST_PERSON``)."""
    words = [t.norm for t in toks if t.is_word]
    for k, w in enumerate(words):
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) >= 3 else w
        if w in _FIRST_PERSON or bare in _FIRST_PERSON:
            return True
        if len(w) >= 5 and w[0] in "وف" and w[1:3] == "لن":
            return True  # «فلننبذ»، «ولنكن»
        if bare in _VERB_PARTICLES and k + 1 < len(words) and words[k + 1][:1] == "ن" and len(words[k + 1]) >= 3:
            return True
    return False


def _narration(records: list[Record], views: dict[int, list[Tok]], rec: Record) -> list[Tok]:
    """The document's words before ``rec``'s cue that lie in no record's content and no quotation:
    the writer's own narration."""
    cue = rec.raw.cue[0]
    spans = [r.raw.content for r in records]
    out: list[Tok] = []
    for si in sorted(views):
        if si > rec.raw.sentence:
            break
        depth = 0
        for t in views[si]:
            if t.start >= cue:
                break
            if t.text in _OPENING_MARKS and t.text != '"':
                depth += 1
            elif t.text in "»”":
                depth = max(0, depth - 1)
            elif depth == 0 and not any(a <= t.start < b for a, b in spans):
                out.append(t)
    return out


def _free(toks: Sequence[Tok]) -> bool:
    """Whether the sentence holds no colon and no opening quotation mark."""
    return not any(t.text == ":" or (t.text in OPEN_QUOTES and t.text not in "»”") for t in toks)


def _first_attribution(records: list[Record], sentence: Sentence) -> int | None:
    """The first offset inside ``sentence`` taken by a record's cue, source or content."""
    starts = []
    for rec in records:
        spans = [rec.raw.cue, rec.raw.content]
        if rec.speaker.span is not None:
            spans.append(rec.speaker.span)
        starts.extend(max(a, sentence.start) for a, b in spans if a < sentence.end and b > sentence.start)
    return min(starts, default=None)


def carry_colon_speech(records: list[Record], views: dict[int, list[Tok]], sentences: Sequence[Sentence],
                       text: str) -> None:
    """Extend, in place, the content of every unmarked colon speech over the sentences that go on
    with it (see the module docstring)."""
    if not records:
        return
    for rec in records:
        if not _colon_speech(text, rec):
            continue
        si = rec.raw.sentence
        a, b = rec.raw.content
        writer_first = None
        while si + 1 < len(sentences):
            at_stop = _stop_end(text, b, sentences[si])
            if not at_stop and not _ellipsis_end(text, b, sentences[si]):
                break
            nxt, toks = sentences[si + 1], views.get(si + 1, [])
            if nxt.paragraph != sentences[si].paragraph or not toks:
                break
            first = _first_attribution(records, nxt)
            stop = nxt.end if first is None else first
            if not _free([t for t in toks if t.start < stop]):
                break
            if at_stop:
                # after a full stop only a first-person sentence goes on, and only where the writer
                # does not speak in the first person himself (session 22)
                if writer_first is None:
                    writer_first = _first_person(_narration(records, views, rec))
                carried = [t for t in toks if t.start < stop]
                if writer_first or any(t.cue for t in carried) or not _first_person(carried):
                    break  # a saying verb there («لن نهابهمومن جانبه قال …») starts another speech
            start, end = trim(text, nxt.start, stop)
            if end <= start:
                break  # an attribution opens the sentence
            b, si = end, si + 1
            if first is not None:
                break  # up to the next attribution, and no further
        rec.raw.content = (a, b)

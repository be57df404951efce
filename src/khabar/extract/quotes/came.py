"""«وجاء في بيان للشرطة أنه …»، «وجاء في الرسالة الموقعة من X: …»، «وجاء نص البيان "…"» (session 16):
«جاء في/نص» opening a clause, then a document or speech noun and its description, then the content (a
complementizer, a colon or a quote mark within a few words): the document is the statement's source.
Not «جاء في المركز الثاني» (no document), «كما جاء في …»، «ما جاء في …»، «الذي جاء في …» (what a text
says, as a modifier), nor a document with no content trigger after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.document import Entity
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.records import Raw
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_terminal

if TYPE_CHECKING:
    from khabar.extract.quotes.parse import SentenceParser

CAME = frozenset({"جاء", "وجاء", "فجاء"})
_IN = frozenset({"في", "نص"})
# documents the lexicon does not class as one (normalised): an indictment, a ruling's grounds, a letter
_DOCUMENTS = frozenset({"لائحه", "حيثيات", "خطاب", "بلاغ", "رساله", "نص"})
WINDOW = 16  # words between the document noun and the content


def _document_head(parser: SentenceParser, t: Tok) -> bool:
    norm = t.norm[2:] if t.definite and t.norm.startswith("ال") else t.norm
    return (t.is_word and not t.preposed and t.cue is None
            and (parser.lex.noun_kind(norm) == "document" or parser.lex.is_("speech_noun", norm)
                 or norm in _DOCUMENTS))


def came_in_cue(parser: SentenceParser, toks: list[Tok], k: int, entities: dict[int, Entity], text: str,
                cuts: set[int], used: set[int]) -> Raw | None:
    """The attribution «(و)جاء في/نص + document … content» opening at token ``k``, if any."""
    if toks[k].norm not in CAME or k + 2 >= len(toks) or toks[k + 1].norm not in _IN:
        return None
    if k > 0 and not (toks[k - 1].is_punct and toks[k - 1].text not in "«\"“"):
        return None  # «كما جاء في»، «ما جاء في»، «الذي جاء في»: a modifier, not a clause of its own
    head = k + 2
    if not _document_head(parser, toks[head]):
        return None
    m = parser.chunk.mention(toks, head, entities)
    if m is None:
        return None
    end = next((j for j in range(head + 1, m.end) if toks[j].text in OPEN_QUOTES), m.end)
    m = Mention(m.start, end, None, "document", m.entity, False)  # («نص البيان "…"»: the quotation is no name)
    for j in range(m.end, min(len(toks), m.end + WINDOW)):
        t = toks[j]
        if is_terminal(t) or t.cue is not None:
            return None
        trig = parser._trigger(toks, j, "say", True)
        if trig is None:
            continue
        if trig[0] not in ("comp", "comp_pron", "colon", "quote"):
            return None
        found = parser._content(toks, trig, text, cuts)
        if found is None:
            return None
        span, qtype = found
        used.update(range(k, j))
        return Raw(sentence=-1, cue=(toks[k].start, toks[k + 1].end), cue_token=k, lemma="جاء", klass="say",
                   hedged=False, content=span, type=qtype, source=m)
    return None

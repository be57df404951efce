"""Retold newspaper pieces: «نشرت صحيفة الإنديبندنت مقالا للكاتب ويل تيرنر …» makes the
outlet the intermediary of everything the writer is then quoted as saying («وقال تيرنر إن …»).
The piece nouns (`column_noun` words) and the writer mention come from the lexicon and the
speaker chunker; the outlet is the last outlet named before the piece noun in its sentence."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.chain import Record, ViaOut, same_speaker
from khabar.extract.quotes.chunk import Chunker
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.naming import speaker_name
from khabar.extract.quotes.tokens import Tok

MAX_GAP = 8  # tokens between the outlet mention and the piece noun


def column_writers(views: dict[int, list[Tok]], outlet_mentions: list[tuple[int, str, str | None]],
                   lex: Lexicon, chunker: Chunker, text: str, ents: dict[int, Entity]
                   ) -> list[tuple[str, ViaOut]]:
    """``(writer name, outlet via)`` for every «<outlet> … مقالا للكاتب <name>» of the text."""
    out: list[tuple[str, ViaOut]] = []
    for toks in views.values():
        for k, t in enumerate(toks[:-1]):
            if not t.is_word or not lex.is_("column_noun", t.norm, strip=False):
                continue
            nxt = toks[k + 1]
            if not (nxt.is_word and nxt.prefix[:1] == "ل"):
                continue
            m = chunker.mention(toks, k + 1, ents)
            if m is None or m.kind != "person" or m.name is None:
                continue
            via = _outlet_before(toks, k, outlet_mentions, lex, text)
            if via is not None:
                out.append((speaker_name(toks, text, m), via))
    return out


def _outlet_before(toks: list[Tok], k: int, outlet_mentions: list[tuple[int, str, str | None]],
                   lex: Lexicon, text: str) -> ViaOut | None:
    """The outlet named shortly before the piece noun at ``k``: a known outlet, or an outlet
    noun with the words after it («صحيفة الإنديبندنت البريطانية»)."""
    lo = max(0, k - MAX_GAP)
    known = [o for o in outlet_mentions if toks[lo].start <= o[0] < toks[k].start]
    if known:
        pos, name, _ = known[-1]
        return ViaOut(name, "outlet", None)
    for j in range(k - 1, lo - 1, -1):
        if toks[j].is_word and lex.noun_kind(toks[j].norm) == "outlet" and j + 1 < k:
            words = [x for x in toks[j + 1 : k] if x.is_word]
            if words and all(x.is_word or x.text in "\"«»“”" for x in toks[j + 1 : k]):
                start, end = words[0].start, words[-1].end
                return ViaOut(text[start:end], "outlet", (start, end))
    return None


def pass_on_outlets(records: list[Record], writers: list[tuple[str, ViaOut]]) -> None:
    """A writer's statements without a stated intermediary reached the article through the
    outlet that published the piece."""
    for rec in records:
        if rec.vias or rec.speaker.kind not in ("person", None) or not rec.speaker.name:
            continue
        for writer, via in writers:
            if same_speaker(writer, rec.speaker.name):
                rec.vias = [via]
                break

"""Where an event happened: a place mention near the trigger, with its geocode.

Preference: a LOC entity of ``doc.entities`` in the trigger's sentence introduced by في (or
ب) — nearest to the trigger — then any LOC entity of the sentence, nearest first. Without
entities (or none in the sentence) a country name of the shared gazetteer after في is used
(country only, no coordinates).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Entity, Location, Token
from khabar.extract.events.actors import ActorLexicon
from khabar.extract.events.spans import token_span

IN_WORDS = frozenset({"في", "فى", "بمدينه", "بمحافظه", "بمنطقه", "مدينه", "محافظه", "منطقه",
                      "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل"})


def _introduced(tokens: Sequence[Token], k: int, clitic: str = "") -> bool:
    """Whether token ``k`` follows في (or a place noun) or carries the preposition ب
    (``clitic``: the token's proclitic letters, known from the match)."""
    if k > 0 and (tokens[k - 1].norm in IN_WORDS or tokens[k - 1].base in IN_WORDS
                  or tokens[k - 1].norm[1:] in IN_WORDS):
        return True
    return "ب" in clitic


def _same_clause(tokens: Sequence[Token], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(t.kind == "punct" and t.text in ",;:.،؛" for t in tokens[lo:hi])


def locate(
    doc_text: str,
    tokens: Sequence[Token],
    trigger_tok: int,
    entities: Sequence[Entity],
    actors: ActorLexicon,
    taken: Sequence[tuple[int, int]] = (),
) -> Location | None:
    """The location of the event whose trigger is token ``trigger_tok`` of ``tokens``.

    ``taken``: spans of the event's actors and recipients (a place named as a participant,
    الولايات المتحدة شنت, is not where the event happened). A place in another clause counts
    only when introduced by في/ب before the trigger (وفي الموصل، قتل …).
    """
    if not tokens:
        return None
    lo, hi = tokens[0].start, tokens[-1].end
    pos = tokens[trigger_tok].start
    locs = [e for e in entities if e.label == "LOC" and lo <= e.start and e.end <= hi
            and not any(a < e.end and e.start < b for a, b in taken)]
    if locs:
        index = {t.start: k for k, t in enumerate(tokens)}
        ranked = []
        for e in locs:
            k = index.get(e.start)
            if k is None:
                k = next((i for i, t in enumerate(tokens) if t.start <= e.start < t.end), 0)
            intro = _introduced(tokens, k, doc_text[tokens[k].start : e.start])
            if _same_clause(tokens, k, trigger_tok):
                ranked.append((0 if intro else 1, abs(e.start - pos), e))
            elif intro and e.start < pos:
                ranked.append((2, abs(e.start - pos), e))
        if ranked:
            e = min(ranked, key=lambda r: (r[0], r[1]))[2]
            return Location(start=e.start, end=e.end, text=doc_text[e.start:e.end],
                            name=e.canonical, country=e.country, lat=e.lat, lon=e.lon,
                            entity=e.entity)
        return None
    best: tuple[int, int, int, str, int] | None = None
    for k, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        hit = actors.country_span(tokens, k)
        if hit is None:
            continue
        end, iso3, kind, clitic = hit
        if not _introduced(tokens, k, tok.norm[:clitic]):
            continue
        if any(a < tokens[end - 1].end and tok.start < b for a, b in taken):
            continue
        if kind not in ("name", "capital"):
            continue
        d = abs(tok.start - pos)
        if best is None or d < best[0]:
            best = (d, k, end, iso3, clitic)
    if best is None:
        return None
    _, k, end, iso3, clitic = best
    sp = token_span(doc_text, tokens[k], tokens[end - 1], clitic)
    return Location(start=sp.start, end=sp.end, text=sp.text, name=sp.text, country=iso3)

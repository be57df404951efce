"""Where an event happened: a place mention near the trigger, with its geocode.

Preference: a LOC entity of ``doc.entities`` in the trigger's sentence introduced by في (or
ب) — nearest to the trigger — then any LOC entity of the sentence, nearest first. Without
entities (or none in the sentence) a country name of the shared gazetteer after في is used
(country only, no coordinates).

Session 20 (evl20, the l20 sample of where and when): in the trigger's clause a name after a noun
of a kind of place (ولاية، قرية، حي، العاصمة …) ranks with one after في, and a place with a point
(a city, a province) is preferred to its own country named in the same clause («في مدينة كراتشي …
أكبر تظاهرة … في باكستان»). Both only choose among the places the clause already offers: whether
an event has a place at all — the filter's ``place`` feature — does not move.

Session 22 (evl22, the l22 sample): :func:`locate` with ``refined=True`` gives the event's output
location; the filter's ``place`` feature keeps the session-20 choice (``refined=False``), so no
detection decision moves. Refined: a time expression set off by commas («وتظاهر آلاف العراقيين،
الجمعة، في بغداد») is no clause break; a place right after «مع» or «عن» (a partner, the one a
measure is lifted from: «مفاوضات مع كابل»، «رفع العقوبات عن إيران») or the genitive of a noun of a
state's body or people («حكومة أفريقيا الوسطى»، «وزير خارجية الولايات المتحدة»، «أبناء الجمهورية
اليمنية») names a party, not where; and a place followed by the place that holds it («قرية الجنادبة
في مديرية أرحب»، «ساحة كهرمانة وسط بغداد») is where, not its container.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from khabar.document import Entity, Location, Time, Token
from khabar.extract.events.actors import ActorLexicon
from khabar.extract.events.spans import token_span
from khabar.text.normalize import match_forms

IN_WORDS = frozenset({"في", "فى", "بمدينه", "بمحافظه", "بمنطقه", "مدينه", "محافظه", "منطقه",
                      "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل"})
# (session 20) nouns of a kind of place, bare or after و/ب/ف: the name after one is a place of the
# clause («في ولاية قندوز»، «بحي القصبة»، «في العاصمة صنعاء»). The capital only definite: «زنجبار
# عاصمة أبين» names the province the city heads. Not after another place: «ويتشيتا بولاية كانساس»
# names the state that holds the city (the city is where).
PLACE_NOUNS = frozenset({"ولايه", "قريه", "بلده", "حي", "ضاحيه", "العاصمه", "اقليم",
                         "مديريه", "مخيم"})
QUOTES = frozenset("«»\"“”'")
CLAUSE_MARKS = ",;:.،؛"
COMMAS = ",،"
# (session 22) a place right after these names a party: «مع» a partner («مفاوضات مع كابل»), «عن» the
# one a measure is lifted from or the topic («رفع العقوبات عن إيران»); neither is locative
PARTY_PREPS = match_forms("مع ومع فمع عن وعن")
# (session 22) nouns of a state's body, envoy or people: their genitive place is whose, not where
# («حكومة أفريقيا الوسطى»، «وزير خارجية الولايات المتحدة»، «سفير إسرائيل»، «أبناء الجمهورية اليمنية»)
STATE_NOUNS = match_forms("حكومة حكومات خارجية سفير سفيرة سفراء سفارة أبناء شعب مواطني رعايا ملك")
COMPASS = match_forms("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بشمال بجنوب بشرق بغرب")
RELATIVES = match_forms("التي الذي اللذين اللذان اللتين اللتان الذين اللاتي اللواتي")
STATE_TITLES = match_forms("جمهورية مملكة دولة إمارة سلطنة")
# (session 22) words that may join a place to the place holding it: «قرية الجنادبة في مديرية أرحب»،
# «ساحة كهرمانة وسط بغداد»، «العريش عاصمة محافظة شمال سيناء»
CONTAINER_LINKS = match_forms(
    "في ب بمحافظة محافظة بمنطقة منطقة بمديرية مديرية بولاية ولاية بإقليم إقليم عاصمة العاصمة بمدينة "
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بشمال بجنوب بشرق بغرب وسط بوسط")


def _kind_named(tokens: Sequence[Token], k: int, placed: frozenset[int] = frozenset()) -> bool:
    """(session 20) Whether token ``k`` follows a noun of a kind of place (PLACE_NOUNS) that does
    not itself follow a place (``placed``: the token indices inside place names)."""
    if k == 0:
        return False
    norm = tokens[k - 1].norm
    forms = {norm}
    if norm[:1] in "وبف":
        forms.add(norm[1:])
    if norm[:2] in ("وب", "فب"):
        forms.add(norm[2:])
    if forms.isdisjoint(PLACE_NOUNS):
        return False
    j = k - 2
    while j >= 0 and tokens[j].kind == "punct" and tokens[j].text in QUOTES:
        j -= 1
    return j not in placed


def _introduced(tokens: Sequence[Token], k: int, clitic: str = "") -> bool:
    """Whether token ``k`` follows في (or a place noun) or carries the preposition ب
    (``clitic``: the token's proclitic letters, known from the match)."""
    if k > 0 and (tokens[k - 1].norm in IN_WORDS or tokens[k - 1].base in IN_WORDS
                  or tokens[k - 1].norm[1:] in IN_WORDS):
        return True
    return "ب" in clitic


class Layout:
    """Token positions by start offset and a running count of clause marks, built once per
    sentence for the events of that sentence."""

    def __init__(self, tokens: Sequence[Token], times: Sequence[Time] = ()) -> None:
        self.tokens = tokens
        self.at = {t.start: k for k, t in enumerate(tokens)}
        self.starts = [t.start for t in tokens]
        # bisect finds the first token containing an offset only when tokens do not overlap
        self.ordered = all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
        self.marks = [0]  # marks[k]: clause marks among tokens[:k]
        self.places: dict[int, tuple[int, bool]] = {}  # entity start -> (token, introduced)
        self.kinds: dict[int, bool] = {}  # entity start -> after a noun of a kind of place
        self._locs: tuple[Sequence[Entity], list[Entity]] | None = None
        for t in tokens:
            self.marks.append(self.marks[-1] + (t.kind == "punct" and t.text in CLAUSE_MARKS))
        # (session 22) the same count without the two commas around a time expression standing
        # alone between them («وتظاهر آلاف العراقيين، الجمعة، في بغداد»)
        skip = _bracketed_times(tokens, times)
        self.loose = [0]
        for k, t in enumerate(tokens):
            self.loose.append(self.loose[-1] + (t.kind == "punct" and t.text in CLAUSE_MARKS
                                                and k not in skip))

    def locs(self, entities: Sequence[Entity]) -> list[Entity]:
        """The LOC entities of ``entities`` inside the tokens (kept for the last list)."""
        if self._locs is None or self._locs[0] is not entities:
            lo, hi = self.tokens[0].start, self.tokens[-1].end
            self._locs = (entities, [e for e in entities if e.label == "LOC" and lo <= e.start
                                     and e.end <= hi])
        return self._locs[1]

    def place(self, doc_text: str, e: Entity) -> tuple[int, bool]:
        """The token of a place entity and whether في/ب introduces it."""
        found = self.places.get(e.start)
        if found is None:
            tokens = self.tokens
            k = self.at.get(e.start)
            if k is None:
                k = self.token_of(e.start)
            found = (k, _introduced(tokens, k, doc_text[tokens[k].start : e.start]))
            self.places[e.start] = found
        return found

    def kind_named(self, doc_text: str, e: Entity, locs: Sequence[Entity]) -> bool:
        """(session 20) Whether a noun of a kind of place introduces a place entity (``locs``:
        the sentence's places, none of which may stand right before that noun)."""
        found = self.kinds.get(e.start)
        if found is None:
            placed = frozenset(j for x in locs for j in range(self.token_of(x.start),
                                                             self.token_of(x.end - 1) + 1))
            found = _kind_named(self.tokens, self.place(doc_text, e)[0], placed)
            self.kinds[e.start] = found
        return found

    def token_of(self, offset: int) -> int:
        """The first token containing ``offset`` (0 when none does)."""
        if self.ordered:
            k = bisect_right(self.starts, offset) - 1
            return k if k >= 0 and offset < self.tokens[k].end else 0
        return next((i for i, t in enumerate(self.tokens) if t.start <= offset < t.end), 0)


def _bracketed_times(tokens: Sequence[Token], times: Sequence[Time]) -> frozenset[int]:
    """(session 22) The indices of commas that open and close a time expression standing alone
    between them («، الجمعة،»، «، أمس الأحد،»): a parenthetical, no clause break."""
    out: set[int] = set()
    if not times:
        return frozenset()
    commas = [k for k, t in enumerate(tokens) if t.kind == "punct" and t.text in COMMAS]
    for a, b in zip(commas, commas[1:], strict=False):
        if b - a < 2:
            continue
        lo, hi = tokens[a + 1].start, tokens[b - 1].end
        if any(t.start <= lo and hi <= t.end for t in times):
            out.update((a, b))
    return frozenset(out)


def _same_clause(layout: Layout, a: int, b: int, loose: bool = False) -> bool:
    lo, hi = min(a, b), max(a, b)
    marks = layout.loose if loose else layout.marks
    return marks[hi] == marks[lo]


def _forms(tok: Token) -> set[str]:
    """A token's normalised form, its base, and the form without a proclitic و/ف."""
    norm = tok.norm
    forms = {norm, tok.base}
    if norm[:1] in "وف":
        forms.add(norm[1:])
    return forms


def _party_place(tokens: Sequence[Token], k: int, clitic: str) -> bool:
    """(session 22) Whether the place at token ``k`` follows «مع»/«عن» or a noun of a state's body or
    people (PARTY_PREPS, STATE_NOUNS), over a quotation mark or a state's title («وحكومة جمهورية ”
    أفريقيا الوسطى ”»): a party, not where. A place carrying its own ب (``clitic``: its proclitic
    letters) is where the body is: «السفارة بجدة»."""
    if "ب" in clitic:
        return False
    j = k - 1
    while j >= 0 and (tokens[j].kind == "punct" and tokens[j].text in QUOTES
                      or tokens[j].norm in STATE_TITLES):
        j -= 1
    if j < 0:
        return False
    forms = _forms(tokens[j])
    return not forms.isdisjoint(PARTY_PREPS) or not forms.isdisjoint(STATE_NOUNS)


# (session 22) how much ground a kind of place covers: a place lies only in a larger or equal one
SIZE = {"water": 5, "country": 4, "territory": 4, "region": 3, "capital": 2, "city": 2, "town": 1,
        "district": 1, "landmark": 1}


def _holds(inner: Entity, outer: Entity, compass: bool) -> bool:
    """(session 22) Whether ``inner``, joined to ``outer`` by a containment link or (``compass``) by a
    compass word, is the more specific place of the two: not one state in another, not a place of
    another country; by في/ب or a noun of a kind of place, not a larger kind of place in a smaller
    («النرويج في أوسلو»); by a compass word ``outer`` is only the reference («محافظة إب جنوب العاصمة
    صنعاء»: Ibb)."""
    if inner.kind == "country" == outer.kind:
        return False
    if inner.country and outer.country and inner.country != outer.country:
        return False
    return compass or SIZE.get(inner.kind or "", 0) <= SIZE.get(outer.kind or "", 0)


def _inner(layout: Layout, best: Entity, ranked: list[tuple[int, int, Entity]],
           trigger_tok: int) -> Entity:
    """(session 22) A place named right before the chosen one and joined to it by a preposition, a
    noun of a kind of place or a compass word (CONTAINER_LINKS; not «و»: «قعطبة ومنطقة مريس» are
    two places) is where when :func:`_holds` allows — «في قرية الجنادبة في مديرية أرحب»، «في مدينة
    مديات في محافظة ماردين جنوب شرق تركيا» (step by step) — unless the trigger stands in a relative
    clause of the chosen place («إب جنوب العاصمة صنعاء التي شهدت رفع حالة الطوارئ»)."""
    tokens = layout.tokens
    last = layout.token_of(best.end - 1)
    if last + 1 < trigger_tok and tokens[last + 1].norm in RELATIVES:
        return best
    seen = {best.start}
    while True:
        k = layout.token_of(best.start)
        for _, _, e in ranked:
            if e.end > best.start or e.start in seen:
                continue
            j = layout.token_of(e.end - 1)
            between = tokens[j + 1 : k]
            if 1 <= len(between) <= 3 and all(
                    t.kind == "word" and not {t.norm, t.base}.isdisjoint(CONTAINER_LINKS)
                    and t.norm[:1] != "و" for t in between) and _holds(
                    e, best, any(t.norm in COMPASS or t.base in COMPASS for t in between)):
                best = e
                seen.add(e.start)
                break
        else:
            return best


INNER_KINDS = frozenset({"city", "capital", "region", "town", "district"})


def _within(best: Entity, ranked: list[tuple[int, int, Entity]]) -> Entity:
    """(session 20) A country gives way to the nearest place of its own with a point (a city, a
    province) introduced in the same clause (rank 0): the city where a city is named."""
    if best.kind != "country" or not best.country:
        return best
    inner = [(d, e) for rank, d, e in ranked
             if rank == 0 and e.kind in INNER_KINDS and e.lat is not None and e.country == best.country]
    return min(inner, key=lambda r: r[0])[1] if inner else best


def locate(
    doc_text: str,
    tokens: Sequence[Token],
    trigger_tok: int,
    entities: Sequence[Entity],
    actors: ActorLexicon,
    taken: Sequence[tuple[int, int]] = (),
    layout: Layout | None = None,
    refined: bool = False,
) -> Location | None:
    """The location of the event whose trigger is token ``trigger_tok`` of ``tokens``.

    ``taken``: spans of the event's actors and recipients (a place named as a participant,
    الولايات المتحدة شنت, is not where the event happened). A place in another clause counts
    only when introduced by في/ب before the trigger (وفي الموصل، قتل …). ``layout``: the
    tokens' :class:`Layout`, when the caller locates several events of one sentence.
    ``refined`` (session 22): the output location (module docstring); without it the session-20
    choice the filter's ``place`` feature reads.
    """
    if not tokens:
        return None
    pos = tokens[trigger_tok].start
    if layout is None or layout.tokens is not tokens:
        layout = Layout(tokens)
    locs = [e for e in layout.locs(entities) if not any(a < e.end and e.start < b for a, b in taken)]
    if refined:
        locs = [e for e in locs if not _party_place(tokens, layout.place(doc_text, e)[0], doc_text[
            tokens[layout.place(doc_text, e)[0]].start : e.start])]
    if locs:
        ranked = []
        for e in locs:
            k, intro = layout.place(doc_text, e)
            if _same_clause(layout, k, trigger_tok):
                named = intro or layout.kind_named(doc_text, e, layout.locs(entities))
                ranked.append((0 if named else 1, abs(e.start - pos), e))
            elif refined and _same_clause(layout, k, trigger_tok, loose=True) and (
                    intro or layout.kind_named(doc_text, e, layout.locs(entities))):
                # (session 22) «وتظاهر آلاف العراقيين، الجمعة، في بغداد»: only a place introduced
                ranked.append((0, abs(e.start - pos), e))
            elif intro and e.start < pos:
                ranked.append((2, abs(e.start - pos), e))
        if ranked:
            e = min(ranked, key=lambda r: (r[0], r[1]))[2]
            e = _within(e, ranked)
            if refined:
                e = _inner(layout, e, ranked, trigger_tok)
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

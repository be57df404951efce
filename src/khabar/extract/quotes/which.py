"""«…، وهو ما أفصح عنه لـ"الوطن" وكيل الوزارة الدكتور خالد الفهيد.» (session 17): «وهو/وهذا ما» + a
perfect say verb (with «عنه/به» or an object pronoun) after a comma attributes the clause before it —
the content comes before the cue, like a trailing «كما قال X»; an outlet after «لـ» is the one told
(the via), the mention after it the speaker. Not «وهو ما يعني/يؤكد» (an imperfect: the author's
inference), nor «وهو ما أكد عليه البيان» without a comma before «وهو»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.document import Entity
from khabar.extract.quotes.records import Raw
from khabar.extract.quotes.tokens import Tok, is_comma

if TYPE_CHECKING:
    from khabar.extract.quotes.parse import SentenceParser

WHICH = frozenset({"وهو", "وهي", "وهذا"})
_ABOUT_IT = frozenset({"عنه", "عنها", "به", "بها"})
_KLASSES = frozenset({"say", "announce", "cont", "refer"})
_AND_DONE = frozenset({"وتم", "فتم"})  # «وتم تحويل …»: three letters, and still «و» + «تم»


def which_said_at(parser: SentenceParser, toks: list[Tok], h: int) -> int | None:
    """The verb's index when «وهو ما» + a perfect say verb opens at ``h`` after a comma."""
    if h == 0 or h + 2 >= len(toks) or toks[h].norm not in WHICH or toks[h + 1].norm != "ما":
        return None
    if not is_comma(toks[h - 1]):
        return None
    v = toks[h + 2]
    cue = v.cue
    if cue is None and v.norm.endswith("ه") and len(v.norm) > 3:  # «أكده»: the object pronoun
        hit = parser.lex.cue(v.norm[:-1])
        cue = hit[1] if hit is not None and not hit[0] else None
    if cue is None or not cue.perfect or cue.klass not in _KLASSES or v.cue_prefix:
        return None
    return h + 2


def which_said_cue(parser: SentenceParser, toks: list[Tok], h: int, entities: dict[int, Entity], text: str,
                   clause_start: int, used: set[int], cuts: frozenset[int]) -> Raw | None:
    """The attribution «…، وهو ما أفصح عنه لـX Y»: the clause before «وهو» said by Y, told to X."""
    v = which_said_at(parser, toks, h)
    if v is None:
        return None
    p = v + 1
    if p < len(toks) and toks[p].norm in _ABOUT_IT:
        p += 1
    cue_end = p
    vias = []
    if p < len(toks) and (toks[p].text in ("لـ", "ل") or toks[p].norm[:1] == "ل"):
        via, via_end = parser._via_at(toks, p, entities)
        if via is not None and (via.mention.quoted or via.mention.kind == "outlet"):
            vias, p = [via], via_end
    m = parser.chunk.mention(toks, p, entities) if p < len(toks) else None
    if m is None or m.kind not in (None, "person", "organization", "outlet", "anonymous", "document", "group"):
        return None
    end = m.end + (1 if m.quoted else 0)
    if not parser._phrase_ends(toks, end):
        return None
    stop = max((c for c in cuts if c < h), default=clause_start)
    start = max(stop, clause_start)
    if start >= h - 1:
        return None
    a, b = toks[start].start, toks[h - 2].end
    t0 = toks[start]
    if t0.text[:1] in "وف" and (len(t0.text) > 3 or t0.norm in _AND_DONE):
        a += 1  # the clause's leading conjunction is no part of what was said (as phrases.py)
    used.update(range(h, end))
    return Raw(sentence=-1, cue=(toks[v].start, toks[cue_end - 1].end), cue_token=v, lemma=toks[v].norm,
               klass="phrase", hedged=False, content=(a, b), type="indirect", source=m, phrase=True, vias=vias)

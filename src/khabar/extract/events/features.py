"""Features of a coded event for the learned occurrence filter (see :mod:`.model`).

Binary, named features computed from what the rules already found: the trigger's kind
(verb, verbal noun, definite, plural), mode, modality, framing, which cue groups stand near
the trigger (victims, near time, reporting, attack modifiers, domains), the participants'
sectors, a place, numbers, position and length, and how many asserted events of the type
the sentence has reported so far. Every
feature is also conjoined with the event type so one model serves ASSAULT and PROTEST.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.entities.overlap import LastIndex
from khabar.extract.events.actors import Phrase
from khabar.extract.events.evidence import (
    ARMED,
    CORROBORATION_WINDOW,
    DOMAIN_GROUPS,
    YEAR,
    _group_elsewhere,
    generic_noun,
    survive_word,
)
from khabar.extract.events.lexicon import imperfect
from khabar.extract.events.modality import Frame
from khabar.extract.events.model import EXPLICIT, RELATIVE_PAIR, SURVIVED
from khabar.extract.events.rolewords import CLAUSE_SUBORDINATORS, RELATIVES
from khabar.extract.events.triggers import Candidate, TriggerLexicon
from khabar.text.normalize import match_form

NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "عدم", "نفى", "نفت", "ينفي", "تنفي"})
NUMBER_WORDS = frozenset(
    "اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف الف مائه مئه "
    "عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين".split()
)


def _casualty_count(lex: TriggerLexicon, tokens: Sequence[Token]) -> bool:
    """A number right before a victim noun (12 شخصا، ثلاثة جنود): a casualty report."""
    victim = lex.cues.get("victim")
    if victim is None:
        return False
    for j, t in enumerate(tokens[:-1]):
        if t.kind == "number" and not YEAR.match(t.text) or t.base in NUMBER_WORDS:
            for k in (j + 1, j + 2):
                if k < len(tokens) and victim.match_at(tokens, k):
                    return True
    return False


class _Facts:
    """What the features read from the whole sentence, once per sentence (not per event):
    its sentence-wide features and the count of quote marks before each token."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        nums = [t for t in tokens if t.kind == "number"]
        self.names = {name for name, there in (
            ("negator_in_sentence", any(t.norm in NEGATORS for t in tokens)),
            ("question", any(t.norm in ("?", "؟") for t in tokens)),
            ("number", any(not YEAR.match(t.text) for t in nums)),
            ("year", any(YEAR.match(t.text) for t in nums))) if there}
        self.marks = [0]
        for t in tokens:
            self.marks.append(self.marks[-1] + (t.text in ("«", "»", '"')))


_FACTS: LastIndex[_Facts] = LastIndex(_Facts)


class _Coded(threading.local):
    """The events of the current sentence coded so far, per thread: the sentence's token
    list (by identity), the first token of the last event's group, and the number of
    asserted events of each type."""

    tokens: Sequence[Token] | None = None
    last: int = -1
    asserted: dict[str, int]


_CODED = _Coded()


def asserted_so_far(tokens: Sequence[Token], first: int, type_: str, asserted: bool) -> int:
    """How many asserted events of ``type_`` the sentence has reported up to this one
    (included): the stage codes a sentence's events in word order, calling the features
    once per event. A new token list, or an event that does not start after the previous
    one, starts a new count. Several asserted attack predicates (قتل … وجرح … في هجوم)
    mark the account of an incident; one attack word among statements marks a discussion."""
    s = _CODED
    if s.tokens is not tokens or first <= s.last:
        s.tokens, s.asserted = tokens, {}
    s.last = first
    if asserted:
        s.asserted[type_] = s.asserted.get(type_, 0) + 1
    return s.asserted.get(type_, 0)


# The explicit-report rule (session 10) is measured and NOT shipped: with the session-9 NER model
# it left half A and the whole slice level (0.863 / +0.002) and raised --news-check 0.716 -> 0.731,
# but on the session-10 NER model (bf99ffd) it lowers half A 0.874 -> 0.868 and the whole slice
# 0.812 -> 0.806 (10x5 CV) for --news-check 0.729 -> 0.742; the bar was "none falls". A recall
# knob, off (docs/models/events.md).
EXPLICIT_REPORTS = False

# (session 22, shipped on the lead's call) A candidate without its full pair whose trigger stands
# in a relative clause (:func:`relative_clause`) carries a feature of its own, as a pair there carries
# :data:`.model.RELATIVE_PAIR` since session 20: the attack describes a noun of the sentence —
# a place («منطقة جرف الصخر التي قتل بها ثلاثة من الشرطة»، «المناطق التي تعرضت للقصف»), remains
# («الاشلاء التي تناثرت من قتلى جنود»), an incident told before («الهجمات الغوغائية التي حصدت
# أرواح») — whose main clause reports something else. Sentences whose every asserted candidate stands
# there are "yes" 1 in 9 on half A (7 more "difficult no"), 4 in 12 on our ANERcorp labels, 19 in 71 on
# the news-day labels, against 52 in 72, 87 in 136, 329 in 563 of all rule candidates.
# Paired 10x5 CV at f199687 (docs/models/events.md, session 22): ANERcorp (retrained) 0.857 -> 0.870,
# half A 0.927 -> 0.925 (3 true and 6 false positives more over ten runs), news check 0.798 -> 0.795
# (inside the 0.02 guard); the whole slice (0.826 -> 0.838) holds half B and was not used to choose.
# ev22's written tolerance on half A was 0.002; the lead shipped it on the sets independent of half B.
RELATIVE_CLAUSE = "rel_clause"
RELATIVE_CLAUSE_FEATURE = True

# (session 23, ev23) The participants' sector identities (``asec=MIL``, ``rsec=OPP`` …) are no
# longer features: 28 of the 150 weights, each learnt from a handful of dev sentences (the largest
# weight of the filter was ``rsec=OPP`` −2.0, ``rsec=LEG``/``rsec=PRM`` +0.9) — a fit of the slice
# rather than a sign of a report. Whether a party was found (``nact``/``nrec``/``pair``), its
# country (``acountry``) and a civilian/military/police victim of a verb (``verb_with_victim``)
# stay. Paired at 0073b714 (docs/models/events.md, session 23): half A 10x5 CV 0.925 -> 0.930
# (503/35/47 -> 503/29/47), ANERcorp retrained 0.871 -> 0.870, news check retrained 0.796 -> 0.804.
SECTOR_FEATURES = False

# An armed perpetrator's attack verb in the perfect, asserted, with a place, in a main clause
# (not in a quote: the caller checks the quote marks). Whole words, matching forms.
_NOT_MAIN = frozenset(RELATIVES | CLAUSE_SUBORDINATORS | {match_form(w) for w in (
    "إذا اذا لو لولا كي لكي حتى قبل بعد إثر اثر عقب").split()})
_STOPS = frozenset(",;:.،؛")


def explicit_report(tokens: Sequence[Token], head: Candidate, frame: Frame,
                    actors: Sequence[Phrase], has_place: bool, historical: bool) -> bool:
    """An explicit attack report (session 10): an armed actor (army, police, rebels,
    unidentified gunmen …) as the subject of a strong ASSAULT verb in the perfect, asserted
    and not hedged or historical, with a place, in a main clause — no relative pronoun,
    subordinator or condition before the verb in its clause (فجر انتحاري نفسه في سوق مزدحم
    ببغداد، قصفت الطائرات قرية في ريف حلب). The filter never drops such an event, as it never
    drops one with its full actor–recipient pair (:func:`.model.stands`)."""
    if head.type != "ASSAULT" or not head.verbal or not head.entry.strong or historical \
            or frame.modality != "asserted" or frame.hedged or not has_place \
            or not any(p.sector in ARMED for p in actors) \
            or imperfect(tokens[head.start], head.prefix, head.entry.lemma):
        return False
    j = head.start - 1
    while j >= 0 and not (tokens[j].kind == "punct" and tokens[j].text in _STOPS):
        if tokens[j].norm in _NOT_MAIN or tokens[j].base in _NOT_MAIN:
            return False
        j -= 1
    return True


_CLAUSE_STOPS = frozenset(",;:.،؛!?؟")


def relative_clause(tokens: Sequence[Token], start: int) -> bool:
    """Whether a relative pronoun (الذي، التي، الذين …) stands before the trigger in its clause
    (back to the last punctuation mark): the attack describes a noun of the sentence (session 20,
    :data:`.model.RELATIVE_PAIR`)."""
    j = start - 1
    while j >= 0 and not (tokens[j].kind == "punct" and tokens[j].text in _CLAUSE_STOPS):
        if tokens[j].norm in RELATIVES:
            return True
        j -= 1
    return False


# Survived, in the perfect (نجا، نجت، نجوا; ونجا): not the imperfect ينجو (generic or future).
_IMPERFECT_SURVIVAL = frozenset(match_form(w) for w in "ينجو تنجو ينجون".split())


def imperfect_survival(tok: Token) -> bool:
    return tok.base in _IMPERFECT_SURVIVAL or tok.norm[1:] in _IMPERFECT_SURVIVAL


def survived(tokens: Sequence[Token], head: Candidate, frame: Frame,
             recips: Sequence[Phrase], historical: bool) -> bool:
    """An attack its named target survived (session 11): «نجا وزير الداخلية من محاولة اغتيال،
    نجت المرشحة من هجوم استهدف موكبها» — the perfect of نجا earlier in the clause, the survivor
    among the recipients (roles' exposure frame), asserted, not hedged or historical. By the
    codebook an attempted attack is an asserted ASSAULT; the survival makes it a report of
    one, whatever the sentence's other features say."""
    if head.type != "ASSAULT" or not recips or historical or frame.modality != "asserted" \
            or frame.hedged:
        return False
    for j in range(head.start - 1, max(-1, head.start - 12), -1):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in _STOPS or tok.norm in _NOT_MAIN:
            return False
        if survive_word(tok) and not imperfect_survival(tok) \
                and any(p.start > j and p.end <= head.start for p in recips):
            return True
    return False


CUE_GROUPS = ("victim", "time_day", "time_other", "report", "attack_modifier", "assault", "protest",
              "firearm", "missile", "street", "stone", "sports", "sports_weak") + DOMAIN_GROUPS


def event_features(
    lex: TriggerLexicon, tokens: Sequence[Token], head: Candidate, group: Sequence[Candidate],
    frame: Frame, mode: str | None, actors: Sequence[Phrase], recips: Sequence[Phrase],
    has_place: bool, historical: bool,
) -> list[str]:
    """The feature names of one event."""
    # No trigger-word, mode or context-word identities: they overfit the small dev slice
    # (a handful of drone strikes labelled "difficult no" taught "drone = no"); the model
    # learns from cue groups and structure (see docs/models/events.md).
    so_far = asserted_so_far(tokens, group[0].start, head.type, frame.modality == "asserted")
    f = ["bias", f"kind={'verb' if head.verbal else head.entry.kind}",
         f"modality={frame.modality}", f"strong={head.entry.strong}",
         f"merged={min(len(group), 3)}"]
    f.append(f"asserted_so_far={min(so_far, 3)}")
    if frame.hedged:
        f.append("hedged")
    if historical:
        f.append("historical")
    if not head.verbal and generic_noun(tokens, head):
        f.append("generic_noun")
    if head.prefix.endswith("ال"):
        f.append("definite")
    for g in CUE_GROUPS:
        if _group_elsewhere(lex, g, tokens, head, CORROBORATION_WINDOW):
            f.append(f"cue={g}")
        elif _group_elsewhere(lex, g, tokens, head):
            f.append(f"cue_far={g}")
    f.append(f"nact={min(len(actors), 2)}")
    f.append(f"nrec={min(len(recips), 2)}")
    if actors and recips:
        f.append("pair")
        if relative_clause(tokens, head.start):
            f.append(RELATIVE_PAIR)
    elif RELATIVE_CLAUSE_FEATURE and relative_clause(tokens, head.start):
        f.append(RELATIVE_CLAUSE)  # (session 22) المنطقة التي قتل بها ثلاثة …، الهجمات التي حصدت …
    for p in actors:
        if SECTOR_FEATURES:
            f.append(f"asec={p.sector}")
        if p.country:
            f.append("acountry")
    if SECTOR_FEATURES:
        f.extend(f"rsec={p.sector}" for p in recips)
    if has_place:
        f.append("place")
    if _casualty_count(lex, tokens):
        f.append("casualty_count")
    if head.verbal and recips and recips[0].sector in ("CVL", "MIL", "COP", None):
        f.append("verb_with_victim")
    facts = _FACTS(tokens)
    f.extend(name for name in ("negator_in_sentence", "question", "number", "year") if name in facts.names)
    f.append(f"pos={'first' if head.start < 4 else 'early' if head.start < 12 else 'late'}")
    f.append(f"len={'short' if len(tokens) < 20 else 'mid' if len(tokens) < 40 else 'long'}")
    quoted = facts.marks[head.start]
    if quoted % 2 == 1:
        f.append("in_quote")
    elif EXPLICIT_REPORTS and explicit_report(tokens, head, frame, actors, has_place, historical):
        f.append(EXPLICIT)
    elif survived(tokens, head, frame, recips, historical):
        f.append(SURVIVED)
    t = head.type
    return f + [f"{t}|{x}" for x in f]

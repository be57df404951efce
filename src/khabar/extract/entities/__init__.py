"""Named entities (issue 4): the pipeline stage that fills ``Document.entities``.

Per document: the shipped two-pass CRF (:mod:`khabar.ner.model`, loaded once) tags all
sentences of the document together (pass 1 per sentence, then the stacked pass 2 over
pass 1's tags of neighbouring sentences; a span's score is the lowest pass-2 marginal of
its tokens); model spans lose their proclitics; curated gazetteer names found by one
Aho–Corasick pass (:mod:`khabar.gazetteer.names`) are merged in; names the model found are
propagated to their other bare occurrences (after :mod:`.splits` mends places the tagger split
in two and institutions it cut to their place name); then :mod:`.resolve` gives each entity one id,
one canonical form and, for places, a country and coordinates.
"""

from __future__ import annotations

import logging
from collections import Counter
from itertools import groupby

from khabar.document import Document, Entity
from khabar.extract.entities import kingdom
from khabar.extract.entities.candidates import Candidate, merge, model_candidates
from khabar.extract.entities.overlap import SpanIndex
from khabar.extract.entities.resolve import resolve
from khabar.extract.entities.splits import extend_cut_heads, join_split_places
from khabar.gazetteer import names, outlets, places
from khabar.gazetteer.matcher import PhraseMatcher
from khabar.gazetteer.name_parts import ANCESTOR_MARKS, NOT_A_NAME_ALONE
from khabar.ner import model as ner_model
from khabar.text.normalize import match_form

log = logging.getLogger(__name__)
# One-word outlet names that need a cue word to be the outlet (المدينة، الرياض، اليوم، الوطن …)
_CUE_OUTLETS = frozenset(f for f, o in outlets.forms().items() if o.needs_cue and " " not in f)
MIN_PROPAGATE = 3  # letters a name needs before it is propagated across the document
SURE = 0.9  # a one-word name is propagated only if the model was at least this sure of it


class EntityStage:
    """Model + gazetteer + rules → resolved entity mentions."""

    name = "entities"
    layer = "entities"

    def __init__(self, model_dir: str | None = None, stacked: bool = True) -> None:
        self.stacked = stacked  # False: pass 1 sentence by sentence (faster, ~1 F1 point lower)
        try:
            self.tagger: ner_model.NerTagger | None = ner_model.load(model_dir)
        except FileNotFoundError as exc:  # a source checkout without the trained model
            log.warning("%s; entities come from the gazetteers only", exc)
            self.tagger = None
        names.matcher()  # build the automaton now, not on the first document
        places.shorter_spellings()  # and the index of spellings a long vowel apart
        fx = self.tagger.features if self.tagger else None
        self._lexicon = fx.lexicon if fx else {}
        self._gaz_forms = names.all_forms()

    def _known_fn(self, doc: Document):
        """``known(word, strict)``: a name of the feature lexicon or the gazetteers, or
        (unless ``strict``) a word that stands without proclitics elsewhere in the text;
        ``known(word, bare_only=True)``: how many times it stands so."""
        bare = Counter(t.norm for t in doc.tokens if not t.prefix)
        lex, gaz = self._lexicon, self._gaz_forms

        def known(norm: str, strict: bool = False, bare_only: bool = False) -> bool | int:
            if bare_only:
                return bare[norm]
            return norm in lex or norm in gaz or (not strict and norm in bare)

        return known

    def __call__(self, doc: Document) -> list[Entity]:
        if not doc.text:
            return []
        cands: list[Candidate] = []
        if self.tagger is not None and doc.tokens:
            known = self._known_fn(doc)
            sents = [list(g) for _, g in groupby(doc.tokens, key=lambda t: t.sentence)]
            tags, probs = self.tagger.tag_document(
                [[t.text for t in toks] for toks in sents], stacked=self.stacked
            )
            for toks, t, p in zip(sents, tags, probs, strict=True):
                cands.extend(model_candidates(toks, t, p, known, doc.text))
        cands = merge(cands, names.find_all(doc.text))
        cands = extend_cut_heads(doc.text, join_split_places(doc.text, cands))
        cands = _propagate(doc.text, cands)
        return resolve(doc.text, cands, kingdom.home_kingdom(doc.outlet), self._is_given,
                       kingdom.own_outlet(doc.outlet))

    def _is_given(self, form: str) -> bool:
        """Whether a matching form is a person's name word in the feature lexicon (FIRST or
        PERS class: «مساعد», «محمد»)."""
        cls = self._lexicon.get(form, "")
        return "FIRST" in cls or "PERS" in cls


def _propagate(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Tag bare repetitions of names the model found elsewhere in the document."""
    seen: dict[str, str] = {}
    tails: set[str] = set()  # family names taken from longer person names
    ambiguous = names.ambiguous_forms()
    for c in cands:
        if c.source == "model" and c.label in ("PERS", "ORG", "LOC"):
            surface = text[c.start : c.end]
            words = surface.split()
            one_word_unsure = len(words) == 1 and (
                (c.score or 0.0) < SURE or match_form(surface) in ambiguous
                # an outlet read from its cue («صحيفة «المدينة»»): bare, the word is the city
                or (c.label == "ORG" and match_form(surface) in _CUE_OUTLETS)
            )
            if len(match_form(surface).replace(" ", "")) >= MIN_PROPAGATE and not one_word_unsure:
                seen.setdefault(surface, c.label)
            # «الثاني» of «عبدالله الثاني», «الابن» of «جورج بوش الابن»: the family name is before it
            while len(words) > 2 and match_form(words[-1]) in NOT_A_NAME_ALONE:
                words = words[:-1]
            if c.label == "PERS" and len(words) > 1 and len(match_form(words[-1])) > MIN_PROPAGATE and (
                match_form(words[-1]) not in NOT_A_NAME_ALONE
                # after بن/آل the last word is the father's or the house's («… بن عبدالعزيز»)
                and match_form(words[-2]) not in ANCESTOR_MARKS
            ):
                if seen.setdefault(words[-1], "PERS") == "PERS" and words[-1] != surface:
                    tails.add(match_form(words[-1]))  # the family name alone: «السوداني»
    if not seen:
        return cands
    matcher = PhraseMatcher(seen.items())
    taken = SpanIndex((c.start, c.end) for c in cands)
    extra = [
        Candidate(m.start, m.end, m.payload, "rule")
        for m in matcher.find_all(text)
        if not taken.overlaps(m.start, m.end)
        # a bare family name after a preposition is mostly the common word it also is
        # («قاضي سلامة» … «بسلامة المياه»)
        and not (match_form(m.text) in tails and m.prefix[-1:] in ("ب", "ل", "ك"))
    ]
    return sorted([*cands, *extra], key=lambda c: (c.start, -c.end)) if extra else cands

"""Quotations and attribution (issue 5): the pipeline stage that fills `Document.quotes`.

Who said what, on whose authority: every direct, indirect and mixed attribution with its
cue, speaker mention (explicit, or the antecedent when only implied), content, canonical
speaker and kind, and the chain of outlets/intermediaries that relayed it (outermost
first). Modules: :mod:`.lexicon` (data → tables), :mod:`.tokens`, :mod:`.source` (speaker
mentions), :mod:`.content` (content spans and type), :mod:`.parse` (one sentence),
:mod:`.chain` (document-level resolution). Rules: ``docs/quotes.md``.
"""

from __future__ import annotations

from collections import Counter

from khabar.document import Document, Entity, Quote, Span, Via
from khabar.extract.entities.overlap import LastIndex
from khabar.extract.quotes import outlets
from khabar.extract.quotes.agreement import fits
from khabar.extract.quotes.antecedents import AntecedentMixin
from khabar.extract.quotes.apostrophes import quote_view, widen
from khabar.extract.quotes.captions import glued_caption
from khabar.extract.quotes.chain import Record, Resolver, Speaker, ViaOut, entity_at, stem
from khabar.extract.quotes.chunk import Chunker
from khabar.extract.quotes.colon_speech import carry_colon_speech
from khabar.extract.quotes.columns import column_writers, pass_on_outlets
from khabar.extract.quotes.companies import companies, epithet_nations
from khabar.extract.quotes.epithets import EpithetMixin
from khabar.extract.quotes.family import family_names
from khabar.extract.quotes.institutions import institutions
from khabar.extract.quotes.kinspeech import kin_relative
from khabar.extract.quotes.lexicon import Lexicon, load
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import outlet_kind, outlet_name
from khabar.extract.quotes.naming import GOD, speaker_name
from khabar.extract.quotes.pair import PAIR_NOUNS, pair_before
from khabar.extract.quotes.parse import Raw, SentenceParser
from khabar.extract.quotes.tokens import Tok, is_terminal, strip_marks, view
from khabar.extract.quotes.wordclasses import quoted_name
from khabar.text.normalize import match_form

HEADLINE_MAX_WORDS = 14


# sentences per paragraph of a document, counted once for all its sentences
_PARAGRAPHS: LastIndex[Counter[int]] = LastIndex(lambda sentences: Counter(s.paragraph for s in sentences))


class QuoteStage(AntecedentMixin, EpithetMixin):
    """Finds attributions; lexicons are compiled once at construction."""

    name = "quotes"
    layer = "quotes"

    def __init__(self) -> None:
        self.lex: Lexicon = load()
        self.chunker = Chunker(self.lex)
        self.parser = SentenceParser(self.lex, self.chunker)
        # name words too common to identify a speaker on their own («بن»، «عبد»)
        self._weak_name_words = frozenset(w for w in self.lex.words.get("name_connector", set()))
        # positions of a sentence's question words (سؤال), found once for all its cues
        self._questions: LastIndex[list[int]] = LastIndex(lambda toks: [
            k for k, t in enumerate(toks[:-1]) if t.is_word and self.lex.is_("question", t.norm)])

    def __call__(self, doc: Document) -> list[Quote]:
        if not doc.text or not doc.sentences:
            return []
        self._subjects_cache: dict = {}  # verb subjects per sentence (antecedents), per document
        try:
            return self._document(doc)
        finally:
            self._subjects_cache = {}
            self._ends_cache = None

    def _document(self, doc: Document) -> list[Quote]:
        text, tokens = quote_view(doc.text, doc.tokens)  # «''» read as «"» (same offsets)
        by_sentence: dict[int, list] = {}
        for t in tokens:
            by_sentence.setdefault(t.sentence, []).append(t)
        ents = {e.start: e for e in doc.entities}
        views = {i: view(by_sentence.get(i, []), self.lex) for i in range(len(doc.sentences))}
        outlet_list = self._outlet_mentions(views, text, doc.entities)
        resolver = Resolver(outlet_list, text)
        resolver.institutions = institutions(views, self.lex, ents, text, stem)
        resolver.companies = companies(views, text)
        known: set[str] = {w for e in doc.entities if e.label == "PERS" for w in e.text.split()}
        resolver.persons = {match_form(w) for w in known}
        names: set[str] = {e.text for e in doc.entities if e.label in ("ORG", "MISC")}
        self.parser.surnames = family_names(views, self.chunker.given_names)
        records: list[Record] = []
        for si, sent in enumerate(doc.sentences):
            toks = views[si]
            if not toks or self._headline(toks, si, doc):
                continue
            raws = self.parser.parse(toks, ents, text, known, names)
            for raw in raws:
                raw.sentence = si
                if glued_caption(raw, toks, text):
                    continue  # «الشرطة قالت إنها تراقب … (رويترز) وفي مانشيستر …»: a caption (qa18)
                rec = self._record(raw, toks, text, doc.entities, resolver, sent.paragraph)
                if rec is None:
                    continue
                if _evidence_subject(rec, toks, self.lex):
                    continue  # «وتشير التقديرات الاولية الى ان …»: evidence, no speaker (q19)
                if rec.speaker.kind is None and _information_subject(rec, toks):
                    rec.speaker.kind = "document"  # «تشير المعلومات إلى أن …» (the gold's kind for it)
                if not rec.vias:
                    self._question_via(rec, toks, ents, text, doc.entities, resolver)
                if not rec.vias:
                    _sources_of_outlet(rec, toks, text)
                if raw.phrase and self._attach_as_via(rec, records, text):
                    continue
                if raw.phrase and not raw.pron_phrase:
                    self._nest_trailing_phrase(rec, records, text, toks)
                if not self._place_nested(rec, records, toks, ents, text, doc.entities):
                    continue
                if raw.pron_phrase and self._own_phrase(rec, records, text):
                    continue
                self._sentence_antecedent(rec, records, toks, ents, text, doc.entities, views)
                if raw.pron_phrase and not rec.speaker.name:
                    continue  # «على حد قولهم» with no speaker before it that agrees
                named = rec.speaker.name
                self._title_name(rec, toks, views, si, ents, text)
                if rec.speaker.name == named:
                    self._role_of_last_speaker(rec, records, views)
                if rec.speaker.name == named:
                    self._epithet_name(rec, views, ents, text)
                records.append(rec)
                if rec.speaker.name and rec.speaker.kind == "person" and rec.speaker.name != GOD:
                    known.update(w for w in rec.speaker.name.split())  # («كتاب الله» names no speaker)
        _same_mention_same_name(records)
        resolver.resolve(records)
        self.honorific_subjects(records, views, ents, text, doc.entities)
        pass_on_outlets(records, column_writers(views, outlet_list, self.lex, self.chunker, text, ents))
        kept = self._drop_framing_phrases(records)
        carry_colon_speech(kept, views, doc.sentences, text)
        if text is not doc.text:
            for r in kept:
                r.raw.content = widen(doc.text, text, *r.raw.content)
        return self._quotes(kept, doc.text)

    # -- building blocks -------------------------------------------------------------
    def _clean_name(self, name: str) -> bool:
        """An entity's canonical name usable as a speaker name (no reporting verb glued to it,
        as in a mis-bounded «أشارت الريماوي»)."""
        return not any(self.lex.cue(match_form(w)) for w in name.split())

    def _headline(self, toks: list[Tok], si: int, doc: Document) -> bool:
        """Headlines, bylines and captions: short lines without final punctuation — unless a perfect
        verb cue tells what someone said (q20): headlines and captions report in the imperfect or
        with a name and a colon («الحكومة اليمنية تناشد الأطباء …»، «وزير: …»), running text that lost
        its full stop in the perfect («لقد أوضحت روسيا أنها …»، «إلى ذلك قال مسؤولون … إن …»، «و قال:
        …» of a line of social text)."""
        if is_terminal(toks[-1]) or toks[-1].text in "»”\"":
            return False  # (checked first: most sentences end so, and then no word is counted)
        words = sum(1 for t in toks if t.is_word)
        alone = _PARAGRAPHS(doc.sentences)[doc.sentences[si].paragraph] == 1
        if not (words <= HEADLINE_MAX_WORDS and (alone or si == 0)):
            return False
        return not any(t.cue is not None and t.cue.pos == "verb" and t.cue.perfect for t in toks)

    def _outlet_mentions(self, views: dict[int, list[Tok]], text: str, entities: list[Entity]
                         ) -> list[tuple[int, str, str | None]]:
        """Every outlet mention of the document as ``(offset, canonical name, kind)``: the
        gazetteer's names, outlet entities, and quoted names after a cue noun
        («صحيفة "تايمز"»)."""
        found: dict[int, tuple[str, str | None]] = {pos: (n, k) for pos, n, k in outlets.find(text)}
        for e in entities:
            if e.kind == "outlet":
                found.setdefault(e.start, (e.canonical, outlet_kind(e.canonical)))
        for toks in views.values():
            for i, t in enumerate(toks[:-1]):
                generic = t.is_word and not t.definite and self.lex.noun_kind(t.norm) == "outlet"
                kind = self._generic_kind(t.norm) if generic else None
                if kind is None:
                    continue
                q = quoted_name(toks, i + 1)
                if q is not None:
                    name = strip_marks(text[toks[i + 2].start : toks[q - 2].end])
                    found.setdefault(toks[i + 1].start, (outlet_name(name, bare=True) or name, kind))
        return sorted((pos, n, k) for pos, (n, k) in found.items())

    def _generic_kind(self, norm: str) -> str | None:
        for kind in ("newspaper", "agency", "tv", "site"):
            if self.lex.is_("outlet_" + kind, norm):
                return kind
        return None

    def _speaker(self, m: Mention | None, toks: list[Tok], text: str, entities: list[Entity]
                 ) -> tuple[Speaker, bool]:
        if m is None:
            return Speaker(None, None, None), False
        span = (toks[m.start].start, toks[m.end - 1].end)
        if m.end - m.start == 1 and toks[m.start].norm in PAIR_NOUNS:
            pair = pair_before(text, span[0], entities)  # «وأشار الطرفان»: the two parties named before
            if pair is not None:
                return Speaker(span, pair[0], pair[1]), False
        core = (toks[m.name[0]].start, toks[m.name[1] - 1].end) if m.name else span
        ent = entity_at(entities, core, span)
        if ent is None and m.name is None:
            # «السيد بيترز»: the entity stage's person starts after the title (the NER keeps titles
            # out of names, as ANERcorp does), so a name the quote parser did not single out is
            # looked for after the leading titles
            k = m.start
            while k < m.end - 1 and self.lex.noun_kind(toks[k].norm) == "title":
                k += 1
            if k > m.start:
                after = (toks[k].start, toks[m.end - 1].end)
                named = entity_at(entities, after, span)
                if named is not None and named.label == "PERS":  # not the country of «الرئيس الأمريكي»
                    core, ent = after, named
        name = speaker_name(toks, text, m)
        covers = ent is not None and ent.start <= core[0] and ent.end >= core[1]
        if covers and ent.label in ("PERS", "ORG") and (m.name or m.kind in (None, "organization", "outlet")):
            first_word = match_form(ent.canonical.split()[0]) if ent.canonical.split() else ""
            if self._clean_name(ent.canonical) and self.lex.noun_kind(first_word) != "title":
                name = ent.canonical
        kind = m.kind
        if ent is not None and ent.label == "PERS" and kind is None:
            kind = "person"
        elif covers and ent.label == "ORG" and kind == "person" and m.name == (m.start, m.end):
            kind = "organization"  # «قال داعش»: a bare name the entity stage tags as an organisation
        first = toks[m.start]
        generic = (
            first.definite and m.name is None and m.end - m.start <= 2
            and kind in ("outlet", "anonymous", "organization")
        )
        return Speaker(span, name, kind, ent.entity if ent is not None else None), generic

    def _via(self, ref, toks: list[Tok], text: str, entities: list[Entity], resolver: Resolver
             ) -> ViaOut | None:
        m = ref.mention
        span = (toks[m.start].start, toks[m.end - 1].end)
        surface = text[span[0] : span[1]]
        if ref.generic:
            name = resolver.last_outlet(span[0], self._generic_kind(toks[m.start].norm))
        else:
            # «لهيئة الإذاعة البريطانية (بي.بي.سي)»: the whole, the bracketed part, the rest
            inner = surface[surface.find("(") + 1 :] if "(" in surface else ""
            outer = surface[: surface.find("(")] if "(" in surface else ""
            name = next((c for c in (outlet_name(x, bare=True) for x in (surface, inner, outer) if x) if c), None)
        ent = entity_at(entities, span)
        if name is None:
            if ent is not None and ent.label in ("ORG", "PERS"):
                name = ent.canonical
            elif m.kind in ("outlet", "organization", "person") or m.quoted:
                name = speaker_name(toks, text, m) if not m.quoted else strip_marks(surface)
                if m.kind == "outlet" and len(surface.split()) == 1 and m.name is None:
                    name = resolver.last_outlet(span[0]) or name
            else:
                return None
        kind = "person" if m.kind == "person" and not m.quoted and outlet_name(surface, bare=True) is None else "outlet"
        return ViaOut(name, kind, span, ent.entity if ent is not None else None, ref.cue)

    def _record(self, raw: Raw, toks: list[Tok], text: str, entities: list[Entity],
                resolver: Resolver, paragraph: int) -> Record | None:
        speaker, generic = self._speaker(raw.source, toks, text, entities)
        rec = Record(raw, paragraph, speaker, generic_source=generic)
        m = raw.source
        if m is not None and speaker.kind in ("organization", None):  # («العملاق» reads as a name)
            rec.company_nations = epithet_nations(toks[m.start : m.end])
            if rec.company_nations is not None:  # «الشركة الكورية الجنوبية»، «العملاق الأمريكي»
                rec.generic_source, rec.speaker.kind = True, "organization"
        rec.bare_org = (m is not None and speaker.kind == "organization" and not toks[m.start].definite
                        and self.lex.noun_kind(toks[m.start].norm) is None)
        if generic and raw.source is not None:
            rec.generic_kind = self._generic_kind(toks[raw.source.start].norm)
        for ref in raw.vias:
            v = self._via(ref, toks, text, entities, resolver)
            if v is not None and not (speaker.name and v.name == speaker.name):
                rec.vias.append(v)
        rec.vias = _merge_generic_vias(rec.vias, text)
        rec.stated_via = bool(rec.vias)
        return rec

    def _question_via(self, rec: Record, toks: list[Tok], ents: dict[int, Entity], text: str,
                      entities: list[Entity], resolver: Resolver) -> None:
        """«وردا على سؤال لـ«بي بي سي» …، كرر الوزير …»: the outlet that asked the question,
        named before the cue in the sentence, is the intermediary of the answer."""
        for k in self._questions(toks):  # the sentence's question words, in order
            if k >= min(rec.raw.cue_token, len(toks) - 1):
                break
            nxt = toks[k + 1]
            if nxt.text in ("لـ", "ل") or (nxt.is_word and nxt.prefix[:1] == "ل"):
                ref, _ = self.parser._via_at(toks, k + 1, ents)
                v = self._via(ref, toks, text, entities, resolver) if ref is not None else None
                if v is not None and v.kind == "outlet":
                    rec.vias, rec.stated_via = [v], True
                return

    def _attach_as_via(self, rec: Record, records: list[Record], text: str) -> bool:
        """«…، بحسب ما أوردت "وول ستريت جورنال"»: an outlet phrase right after another
        quote's content is that quote's via, not a quote of its own."""
        if not records or rec.speaker.kind != "outlet":
            return False
        prev = records[-1]
        if prev.raw.sentence != rec.raw.sentence or prev.raw.phrase:
            return False
        gap = text[prev.raw.content[1] : rec.raw.cue[0]]
        if any(ch.isalpha() for ch in gap):
            return False
        prev.vias.append(ViaOut(rec.speaker.name or "", "outlet", rec.speaker.span, rec.speaker.entity,
                                rec.raw.cue))
        prev.stated_via = True
        return True

    @staticmethod
    def _own_phrase(rec: Record, records: list[Record], text: str) -> bool:
        """«قال X إن …، على حد قوله»: a pronoun phrase right after the sentence's previous
        content is that speaker's own gloss, not a statement of its own."""
        if not records or records[-1].raw.sentence != rec.raw.sentence:
            return False
        gap = text[records[-1].raw.content[1] : rec.raw.cue[0]]
        return not any(ch.isalpha() for ch in gap)

    def _nest_trailing_phrase(self, rec: Record, records: list[Record], text: str, toks: list[Tok]) -> None:
        """«بينت الشركة في تقريرها أن …، وفقاً لتقرير البنك الدولي»: a phrase naming a source
        that is no outlet, right after another quote's content, attributes that content to its
        source as relayed by the first speaker (the phrase's content is the same clause)."""
        if not records or rec.speaker.kind == "outlet":
            return
        prev = records[-1]
        if prev.raw.sentence != rec.raw.sentence or prev.raw.phrase or prev.raw.type == "direct":
            return
        cue = toks[prev.raw.cue_token].cue
        if cue is None or not (cue.perfect or cue.pos == "participle"):
            return  # «وقد تكشف "ابل" عن …، وفقا لتقرير»، «تقول الأسطورة إن …»: not a report of a report
        gap = text[prev.raw.content[1] : rec.raw.cue[0]]
        if any(ch.isalpha() for ch in gap) or not prev.speaker.name:
            return
        rec.raw.content, rec.raw.type = prev.raw.content, prev.raw.type
        rec.raw.parent = len(records) - 1

    def _content_ends(self, records: list[Record]) -> list[int]:
        """The running maximum of the content ends of ``records`` (``ends[j]``: the furthest
        end among ``records[: j + 1]``), extended as the document's list grows — a record's
        content is fixed once it is in the list."""
        cache = getattr(self, "_ends_cache", None)
        if cache is None or cache[0] is not records or len(cache[1]) > len(records):
            cache = self._ends_cache = (records, [])
        ends = cache[1]
        for r in records[len(ends):]:
            ends.append(max(ends[-1], r.raw.content[1]) if ends else r.raw.content[1])
        return ends

    def _place_nested(self, rec: Record, records: list[Record], toks: list[Tok], ents: dict[int, Entity],
                      text: str, entities: list[Entity]) -> bool:
        """A cue inside an earlier quote's content: a statement of someone named there is
        nested (relayed by that speaker); one without its own subject belongs to the quote, unless
        it is a directive coordinated with the verb of the content's own subject (below)."""
        cue = rec.raw.cue[0]
        ends = self._content_ends(records)
        for j in range(len(records) - 1, -1, -1):
            if ends[j] <= cue:
                break  # no content among records[: j + 1] reaches the cue
            other = records[j]
            a, b = other.raw.content
            if a <= cue < b:
                if (rec.raw.implicit and rec.raw.pron_subject and rec.raw.agree == "pl"
                        and rec.raw.agree not in (fits(toks, other.raw.source, self.lex) if other.raw.source is not None
                                                  else {other.raw.agree})):
                    rec.raw.parent = j  # «قال أحدهم: «إنهم يحذرون التجار من …»»: they, not he
                    return True
                if rec.raw.implicit and not rec.raw.phrase and rec.raw.agree:
                    kin = kin_relative(other, rec.raw.agree, text)
                    if kin is not None:  # «وصرح والد الفتاة: "… لقد قالت أن …"»: the girl, via her father (q23)
                        rec.speaker, rec.raw.parent, rec.raw.kin_nested = kin, j, True
                        return True
                if rec.raw.implicit and not rec.raw.phrase:
                    sub = self._coordinated_subject(rec, other, toks, ents)
                    if sub is not None:  # «أعلن أن الأردن وافق على … وتعهد بتقديم …»: Jordan pledged
                        rec.raw.source, rec.raw.implicit = sub, False
                        rec.raw.content = (rec.raw.content[0], min(rec.raw.content[1], b))  # inside the quote
                        rec.speaker = self._speaker(sub, toks, text, entities)[0]
                        rec.raw.parent = j
                        return True
                if rec.raw.implicit or rec.raw.phrase or toks[rec.raw.cue_token].cue_prefix.startswith("و"):
                    return False
                if rec.raw.source is None or not (self.chunker.strong(toks, rec.raw.source)
                                                  or _information_subject(rec, toks)):
                    return False  # «يعتبر الأمر …» inside a statement: no speaker of its own
                rec.raw.parent = j
                return True
        return True

    def _coordinated_subject(self, rec: Record, other: Record, toks: list[Tok], ents: dict[int, Entity]
                             ) -> Mention | None:
        """A directive cue with «و» and no subject of its own inside ``other``'s content, coordinated
        with the verb right after the content's opening subject («… أن الأردن وافق على استقبال
        الجرحى وتعهد بتقديم العلاج»): that subject (a strong mention the cue agrees with), or None."""
        i = rec.raw.cue_token
        if rec.raw.klass != "direct" or not toks[i].cue_prefix.startswith("و") or other.raw.sentence != rec.raw.sentence:
            return None
        c = next((k for k, t in enumerate(toks) if t.start >= other.raw.content[0]), None)
        if c is None or c >= i:
            return None
        m = self.chunker.mention(toks, c, ents)
        if m is None or m.end + 1 >= i or not self.chunker.strong(toks, m):
            return None
        verb = toks[m.end]
        if not verb.is_word or verb.definite or verb.preposed or verb.cue is not None or verb.prefix[:1] == "و":
            return None  # the content's own verb follows its subject («الأردن وافق»)
        if any(t.is_punct or self.lex.is_("complementizer", t.norm, strip=False) for t in toks[m.end + 1 : i]):
            return None  # (a clause of its own between them)
        if rec.raw.agree and rec.raw.agree not in fits(toks, m, self.lex):
            return None
        return m

    def _drop_framing_phrases(self, records: list[Record]) -> list[Record]:
        """«ووفقا لوكالة الأناضول، فقد أوضحت مصادر أمنية أن …»: a phrase framing a reported
        statement is that statement's via (already inherited by it), not a quote itself."""
        framing = {r.raw.parent for r in records if r.raw.parent is not None}
        keep = [r for i, r in enumerate(records) if not (r.raw.phrase and i in framing)]
        if len(keep) == len(records):
            return records
        index = {id(r): n for n, r in enumerate(keep)}
        old = {n: id(r) for n, r in enumerate(records)}
        for r in keep:
            if r.continues is not None:
                r.continues = index.get(old[r.continues])
        return keep

    def _quotes(self, records: list[Record], text: str) -> list[Quote]:
        out: list[Quote] = []
        ids = {n: f"q{n + 1}" for n in range(len(records))}
        for n, rec in enumerate(records):
            raw = rec.raw
            sp = rec.speaker
            source = None
            if sp.span is not None:
                source = Span(start=sp.span[0], end=sp.span[1], text=text[sp.span[0] : sp.span[1]])
            vias = [
                Via(
                    name=v.name, kind=v.kind,
                    start=v.span[0] if v.span else None, end=v.span[1] if v.span else None,
                    text=text[v.span[0] : v.span[1]] if v.span else None, entity=v.entity,
                    cue=Span(start=v.cue[0], end=v.cue[1], text=text[v.cue[0] : v.cue[1]]) if v.cue else None,
                )
                for v in rec.vias
            ]
            out.append(
                Quote(
                    id=ids[n],
                    cue=Span(start=raw.cue[0], end=raw.cue[1], text=text[raw.cue[0] : raw.cue[1]]),
                    source=source,
                    implicit=raw.implicit,
                    content=Span(start=raw.content[0], end=raw.content[1], text=text[raw.content[0] : raw.content[1]]),
                    speaker=sp.name,
                    speaker_kind=sp.kind if sp.kind in ("person", "organization", "outlet", "anonymous", "document", "group") else None,
                    speaker_entity=sp.entity,
                    via=vias,
                    type=raw.type,
                    hedged=raw.hedged,
                    continues=ids.get(rec.continues) if rec.continues is not None else None,
                )
            )
        return out


# «مصادر/مصدر» + a paper's name in quote marks: the paper's own sources (normalised)
_SOURCE_NOUNS = frozenset({"مصادر", "مصدر"})


def _sources_of_outlet(rec: Record, toks: list[Tok], text: str) -> None:
    """«كشفت مصادر "الوطن" أن …»، «حذرت مصادر «عكاظ» من …»: a paper's own sources speak (anonymous) and the
    paper named in quote marks after them is the via, as in «كما علمت (المدينة) من مصادرها أن» (docs/quotes.md
    § 3; q21: held-out 26's 1374, news 1016, 1030); only a name the outlet list knows."""
    m = rec.raw.source
    if m is None or rec.raw.implicit or toks[m.start].norm not in _SOURCE_NOUNS:
        return
    q = quoted_name(toks, m.start + 1)
    if q is None or q > m.end + 1 or q - m.start < 4:
        return
    name = outlet_name(strip_marks(text[toks[m.start + 2].start : toks[q - 2].end]), bare=True)
    if name is not None:
        rec.vias, rec.stated_via = [ViaOut(name, "outlet", (toks[m.start + 2].start, toks[q - 2].end))], True


def _merge_generic_vias(vias: list[ViaOut], text: str) -> list[ViaOut]:
    """«لتلفزيون هيئة الإذاعة البريطانية «بي بي سي»»: a one-word outlet noun right before the
    outlet it introduces is the same intermediary, not a second one."""
    out: list[ViaOut] = []
    for v in vias:
        prev = out[-1] if out else None
        if (prev is not None and prev.span and v.span and len(prev.name.split()) == 1
                and prev.name == text[prev.span[0] : prev.span[1]].lstrip("ل") and 0 <= v.span[0] - prev.span[1] <= 3):
            out[-1] = v
            continue
        out.append(v)
    return out


def _same_mention_same_name(records: list[Record]) -> None:
    """An implicit speaker found through an earlier mention takes the name that mention was
    resolved to when it was quoted itself («وكان الناطق … قد أكد» → «…، مؤكدا أن»)."""
    named: dict[int, Speaker] = {}  # by the mention's end: one phrase, however it was cut at its start
    for rec in records:
        sp = rec.speaker
        if sp.span is None:
            continue
        first = named.setdefault(sp.span[1], sp)
        if rec.raw.implicit and first.name != sp.name and not rec.raw.kin_nested:
            rec.speaker = first  # (not the girl inside «والد الفتاة», the span's end they share: q23)


# «تشير المعلومات/المعطيات (الأولية) إلى أن …»: what the information says, a statement of its own
_INFORMATION = frozenset({"المعلومات", "المعطيات"})


def _information_subject(rec: Record, toks: list[Tok]) -> bool:
    """A verb cue whose subject right after it is «المعلومات/المعطيات»: inside another quote's
    content («… فيما تشير المعلومات إلى ان …») it is a nested statement, relayed by that speaker;
    the noun is no speaker noun elsewhere («نظم المعلومات»، «معلومات تؤكد» stay as they were)."""
    src, i = rec.raw.source, rec.raw.cue_token
    return (src is not None and src.start == i + 1 and toks[i].cue is not None and toks[i].cue.pos == "verb"
            and toks[src.start].norm in _INFORMATION)


def _evidence_subject(rec: Record, toks: list[Tok], lex: Lexicon) -> bool:
    """A verb cue whose explicit subject — right after it, or right before it — is an evidence noun
    (`words.tsv` evidence: التقديرات، التوقعات، المؤشرات، الأرقام، الوقائع، النصب …): what estimates or
    signs indicate is no one's statement (docs/quotes.md § 4); reports, statements, studies and official
    statistics (بيان، تقرير، دراسة، الإحصاءات) stay speakers of kind document."""
    src, i = rec.raw.source, rec.raw.cue_token
    if src is None or rec.raw.implicit or toks[i].cue is None or toks[i].cue.pos != "verb":
        return False
    if src.start != i + 1 and src.end != i:
        return False
    return lex.is_("evidence", toks[src.start].norm, strip=False)

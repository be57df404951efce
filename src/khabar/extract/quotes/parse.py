"""Per-sentence attribution parsing: a cue, the material between it and the content (the
speaker, the channel «في تصريح لـ…», recipients «لـ"بلومبرغ"», relays «نقلت X عن Y»، «وتابعتها
وكالة …», time adverbs), then the content and its type.

The result is a list of :class:`Raw` attributions with token/char positions; resolving
implicit speakers, anaphora and inherited chains is :mod:`khabar.extract.quotes.chain`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.document import Entity
from khabar.extract.quotes.content import (
    clause_end,
    cut_points,
    find_close,
    is_mixed,
    trim,
)
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.source import Chunker, Mention, quoted_name
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, is_terminal

MAX_PRE = 40  # tokens between a cue and its content


@dataclass
class ViaRef:
    """An intermediary found in the text: its mention and the cue that introduced it."""

    mention: Mention
    cue: tuple[int, int] | None = None  # char span of «بحسب ما أوردت» and the like
    generic: bool = False  # «الصحيفة»، «للصحيفة»: resolve to an earlier outlet


@dataclass
class Raw:
    """One attribution found in a sentence, before document-level resolution."""

    sentence: int
    cue: tuple[int, int]
    cue_token: int
    lemma: str
    klass: str
    hedged: bool
    content: tuple[int, int]
    type: str
    source: Mention | None = None
    implicit: bool = False
    pron_subject: bool = False
    vias: list[ViaRef] = field(default_factory=list)
    phrase: bool = False
    back_source: Mention | None = None  # antecedent found before a masdar cue (قوله)
    parent: int | None = None  # index of the enclosing quote (nested statements)


def _closes(toks: list[Tok], k: int) -> bool:
    """Whether the quote mark at ``k`` is closed later in the sentence."""
    mark = toks[k].text
    closers = {"«": "»", "“": "”″", '"': '"″', "”": "”", "»": "»", "„": "“”"}.get(mark, "")
    return any(t.text in closers for t in toks[k + 1 :])


@dataclass
class _Pre:
    """What the walk from a cue to its content found."""

    subject: Mention | None = None
    svo: bool = False  # the subject stands before the cue
    addressee: Mention | None = None  # «دعا الحكومةَ إلى …»
    framed: bool = False  # a channel/time phrase follows the subject («في نهاية التصريح»)
    relay_from: Mention | None = None
    vias: list[ViaRef] = field(default_factory=list)


class SentenceParser:
    """Finds the attributions of one sentence."""

    def __init__(self, lex: Lexicon, chunker: Chunker) -> None:
        self.lex = lex
        self.chunk = chunker

    # -- helpers ---------------------------------------------------------------------
    def _phrase_head(self, t: Tok) -> tuple[str, str] | None:
        if not t.is_word:
            return None
        if t.norm in self.lex.phrases:
            return self.lex.phrases[t.norm]
        if t.norm[:1] == "و" and t.norm[1:] in self.lex.phrases:
            return self.lex.phrases[t.norm[1:]]
        return None

    def _trigger(self, toks: list[Tok], p: int, klass: str, has_subject: bool = True,
                 cue_objects: bool = True) -> tuple[str, int] | None:
        """``(kind, content_start_token)`` when the content starts at token ``p``."""
        lex = self.lex
        t = toks[p]
        n = t.norm
        if t.text in OPEN_QUOTES and t.text not in "»":
            return "quote", p
        if t.text == ":":
            return "colon", p + 1
        if t.text == "»" and p > 0 and toks[p - 1].text == ":":
            return "quote", p
        if not t.is_word:
            return None
        if lex.is_("complementizer", n, strip=False) or (n[:1] == "ب" and lex.is_("complementizer", n[1:], strip=False)):
            return "comp", p + 1
        if lex.is_("complementizer_pron", n, strip=False) or (n[:1] == "ب" and lex.is_("complementizer_pron", n[1:], strip=False)):
            return "comp_pron", p
        if lex.is_raw("to", t.plain) and klass in ("refer", "direct"):
            return "to", p + 1
        if lex.is_raw("on", t.plain) and klass == "say" and cue_objects:
            return "np", p + 1
        if klass == "refer" and n[:1] == "ب" and len(n) >= 3 and p > 0 and toks[p - 1].cue is not None:
            return "np", p  # «منوها بما …»: right after the cue, with no subject
        if lex.is_("about", n, strip=False) and klass == "announce" and has_subject:
            return "np", p + 1  # أعلن عن …، كشف عن …
        if (klass == "direct" and n[:1] in "بل" and len(n) > 3 and not self.chunk.is_recipient(toks, p)
                and not lex.is_("conj", n, strip=False)):
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            if has_subject or n.startswith(("بال", "لل")) or (nxt is not None and nxt.definite):
                return "np", p
        if klass == "direct" and n == "من" and p + 1 < len(toks):
            return "to", p + 1
        return None

    def _via_at(self, toks: list[Tok], p: int, entities: dict[int, Entity]) -> tuple[ViaRef | None, int]:
        """A recipient/outlet mention at ``p`` («لـ"بلومبرغ"»، «للصحيفة»، «لهيئة …»)."""
        t = toks[p]
        if t.text in ("لـ", "ل") and p + 1 < len(toks):
            if toks[p + 1].text in OPEN_QUOTES and quoted_name(toks, p + 1) is None:
                p += 1  # «لـ « المدينة :»: a stray mark
            m = self.chunk.mention(toks, p + 1, entities)
            if m is None:
                return None, p + 1
            end = m.end + (1 if m.quoted else 0)
            return ViaRef(m), end
        # glued ل: the mention covers the token; the outlet name is resolved later
        m = self.chunk.mention(toks, p, entities) or Mention(p, p + 1, None, None)
        end = max(m.end + (1 if m.quoted else 0), p + 1)
        generic = self.lex.noun_kind(t.norm) == "outlet" and m.end - m.start == 1
        if self.lex.is_("recipient_plain", t.norm):
            return None, end
        return ViaRef(m, generic=generic), end

    # -- verb cues -------------------------------------------------------------------
    def verb_cue(self, toks: list[Tok], i: int, entities: dict[int, Entity], text: str,
                 cuts: set[int], used: set[int]) -> Raw | None:
        lex = self.lex
        cue = toks[i].cue
        assert cue is not None
        klass = cue.klass
        prev = toks[i - 1] if i else None
        if prev is not None and lex.is_("not_before", prev.norm, strip=False):
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.norm == "الله":
            return None  # a prayer: دعا الله أن …
        pron_subject = prev is not None and lex.is_("pron_particle", prev.norm, strip=False)
        # a participle (مؤكدا، مشيرة) never has its own subject: it continues a speaker
        no_subject = pron_subject or cue.pos == "participle"
        pre = _Pre()
        if not no_subject and klass != "cont":  # «وأضاف»، «وتابع» continue; «فريق تابع» is no cue
            svo = self._svo_subject(toks, i, entities)
            if svo is not None:
                pre.subject, pre.svo = svo, True
        self._text = text
        p = self._pre_content(toks, i, klass, cue.lemma, entities, no_subject or pre.svo, pre, used)
        has_subject = pre.subject is not None or p > i + 1 or cue.pos == "participle"
        trig = self._trigger(toks, p, klass, has_subject, cue.objects) if p < len(toks) else None
        if trig is None:
            trig = self._lookahead(toks, i, p, klass, pre, entities, no_subject)
        if trig is None and pre.subject is not None and not pre.svo and klass in ("say", "cont", "refer", "opinion"):
            trig = self._stall(toks, p, klass, pre)
        if trig is None:
            trig = self._np_object(toks, i, p, klass, pre, prev)
        weak = pre.subject is not None and not pre.svo and not self.chunk.strong(toks, pre.subject)
        opens_clause = prev is None or prev.is_punct or toks[i].cue_prefix[:1] in ("و", "ف")
        reread = weak and cue.objects and cue.perfect and opens_clause and klass in ("say", "announce", "direct")
        reread = reread and (trig is None or trig[1] <= pre.subject.end)
        if reread and (trig is None or trig[0] == "np") and not pre.subject.quoted:
            # «أكد استمرارَ العمل على …»، «أعلن أسماءَ الفائزين»: the "subject" is the object
            start = pre.subject.start
            if not (toks[start].definite or toks[start].preposed) or klass not in ("say", "opinion"):
                pre.subject = None
                trig = ("np", start)
        if trig is None:
            return None
        if pre.subject is None and cue.pos == "verb" and not cue.perfect and not opens_clause and not pron_subject:
            return None  # «… نطاق يشير إلى …»، «الذي يتوقع …»: an imperfect inside a clause
        if cue.pos == "masdar":
            # «قوله إن»، «دعوتها إلى»، «اعتراف الأسد … بأن»: a verbal noun needs its content right
            # after it or after its possessor; «ومطالبتها لنظيرتها» is just a noun
            if "و" in toks[i].cue_prefix:
                return None
            if pre.subject is None and trig[1] > i + 2:
                return None
            if pre.subject is not None and (pre.subject.start != i + 1 or not self.chunk.strong(toks, pre.subject)):
                return None
        subject = pre.subject
        if subject is None and cue.pos == "verb" and lex.is_("impersonal", toks[i].norm[len(toks[i].cue_prefix):]):
            return None  # يذكر أن، يشار إلى أن: the author's voice
        if klass == "relay" and pre.relay_from is None and subject is None:
            return None
        vias = pre.vias
        if pre.relay_from is not None:
            if subject is not None:
                generic = subject.end - subject.start == 1 and not subject.quoted and toks[subject.start].definite
                generic = generic and lex.noun_kind(toks[subject.start].norm) == "outlet"
                vias.append(ViaRef(subject, generic=generic))
            subject = pre.relay_from
        for k in range(i + 1, trig[1]):
            used.add(k)
        content = self._content(toks, trig, text, cuts)
        if content is None:
            return None
        (cs, ce), qtype = content
        tok = toks[i]
        return Raw(
            sentence=-1, cue=(tok.start, tok.end), cue_token=i, lemma=cue.lemma, klass=klass,
            hedged=cue.hedged, content=(cs, ce), type=qtype, source=subject,
            implicit=subject is None, pron_subject=pron_subject, vias=vias,
        )

    def _pre_content(self, toks: list[Tok], i: int, klass: str, lemma: str, entities: dict[int, Entity],
                     pron_subject: bool, pre: _Pre, used: set[int]) -> int:
        """Walk the material between a cue and its content; return where it stops."""
        lex, ch = self.lex, self.chunk
        p = i + 1
        after_channel = False
        while p < len(toks) and p - i <= MAX_PRE:
            t = toks[p]
            n = t.norm
            if pre.subject is None and not pron_subject and pre.relay_from is None:
                q = quoted_name(toks, p)
                if q is not None and q - p <= 5 and q < len(toks) and toks[q].is_word:
                    pre.subject = ch.mention(toks, p, entities)
                    p = q
                    continue
            has_subject = pre.subject is not None or p > i + 1 or (toks[i].cue is not None and toks[i].cue.pos == "participle")
            if pre.subject is not None and p > i + 1:
                q = quoted_name(toks, p)
                nxt_q = toks[q] if q is not None and q < len(toks) else None
                if nxt_q is not None and (lex.is_("manner", nxt_q.norm) or nxt_q.text == ":"):
                    p = q  # «نبيل «عم أفراح» قائلا:»: a quoted apposition
                    continue
            if t.text in OPEN_QUOTES and not _closes(toks, p):
                p += 1  # a stray quote mark («وقال « اللواء …»)
                continue
            honorific = lex.is_("pron_particle", n, strip=False) and not lex.is_("complementizer_pron", n)
            if pre.subject is None and honorific and p == i + 1:
                pron_subject = True  # «أشار سعادته بأن …»: an honorific pronoun
                p += 1
                continue
            if self._trigger(toks, p, klass, has_subject, bool(toks[i].cue and toks[i].cue.objects)) is not None:
                return p
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            if lex.is_("relative", n, strip=False) and pre.subject is not None and not pre.svo and p == pre.subject.end:
                # «بريطانيا التي تدير هذا الجيب …، أنها»: skip the relative clause up to its comma
                close = next((k for k in range(p + 1, min(len(toks), p + 16)) if is_comma(toks[k])), None)
                if close is not None and close + 1 < len(toks) and self._trigger(toks, close + 1, klass, True):
                    p = close + 1
                    continue
            if pre.subject is not None and t.preposed and t.prefix[:1] == "ل" and not ch.is_recipient(toks, p):
                p += 1  # «شركة جوجل الأمريكية لخدمات الإنترنت»: a modifier of the speaker
                while p < len(toks) and toks[p].definite and toks[p].is_word:
                    p += 1
                continue
            if klass == "direct" and pron_subject and pre.addressee is None and t.is_word:
                m = ch.mention(toks, p, entities)
                if m is not None and m.end < len(toks):
                    pre.addressee = m  # «دعا الحكومة … إلى»: whom the call is addressed to
                    p = m.end
                    continue
            if t.text == "(":
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if toks[k].text == ")"), None)
                p = close + 1 if close is not None else p + 1
                continue
            if is_comma(t) or t.text in "-–)":
                p += 1
                continue
            if lex.is_("relative", n, strip=False) and pre.subject is not None and p > i + 1 and is_comma(toks[p - 1]):
                # «منظمة العفو الدولية، التي تتخذ من لندن مقرا لها، …»: skip the relative clause
                close = next((k for k in range(p + 1, min(len(toks), p + 14)) if is_comma(toks[k])), None)
                if close is not None:
                    p = close + 1
                    continue
            if lex.is_("manner", n) or lex.is_("aux", n, strip=False) or lex.is_("pron_prep", n, strip=False):
                p += 1
                continue
            if t.cue is not None and t.cue.lemma == lemma and (pre.subject is not None or p > i + 1):
                used.add(p)  # «وقال …، قد قال …»
                p += 1
                continue
            if lex.is_("time", n):
                pre.framed = pre.subject is not None
                p += 1
                continue
            if n == "في" and nxt is not None and lex.is_("channel", nxt.norm):
                p += 2  # في بيان، في تصريح لـ…، في مقابلة مع …، في بيان صدر اليوم
                extra = 1
                while p < len(toks) and toks[p].is_word and not ch.is_recipient(toks, p):
                    if lex.is_("with", toks[p].norm, strip=False):
                        break
                    if toks[p].definite or lex.is_("pron_prep", toks[p].norm, strip=False):
                        p += 1
                        continue
                    after = toks[p + 1] if p + 1 < len(toks) else None
                    if extra and after is not None and (lex.is_("time", after.norm) or is_comma(after)
                                                        or self._trigger(toks, p + 1, klass, True)):
                        extra -= 1
                        p += 1
                        continue
                    break
                after_channel = True
                pre.framed = pre.subject is not None
                continue
            if after_channel and lex.is_("with", n, strip=False) and nxt is not None:
                via, p = self._via_at(toks, p + 1, entities)
                if via:
                    pre.vias.append(via)
                continue
            if ch.is_recipient(toks, p) and (t.text in ("لـ", "ل") or pre.subject is not None or p > i + 1):
                via, p = self._via_at(toks, p, entities)
                if via:
                    pre.vias.append(via)
                continue
            if (lex.is_("adverbial", n, strip=False) and n != "في") or (n == "في" and pre.subject is not None):
                p += 1
                stop = p + 12
                while p < min(len(toks), stop) and not is_comma(toks[p]) and toks[p].cue is None:
                    if self._trigger(toks, p, klass, True) is not None or lex.is_("conj", toks[p].norm, strip=False):
                        break
                    p += 1
                continue
            if lex.is_("about", n, strip=False) and nxt is not None:
                if klass == "express":
                    p += 1
                    while p < len(toks) and p - i < MAX_PRE and self._trigger(toks, p, "say", True) is None:
                        if toks[p].is_punct or toks[p].cue is not None:
                            break
                        p += 1
                    continue
                if klass in ("relay", "say"):
                    m = ch.mention(toks, p + 1, entities)
                    if m is not None:
                        pre.relay_from = m
                        p = m.end + (1 if m.quoted else 0)
                        continue
            if n.startswith("و") and lex.is_("relay_verb", n[1:], strip=False) and nxt is not None:
                m = ch.mention(toks, p + 1, entities)
                if m is not None:
                    pre.vias.insert(0, ViaRef(m, generic=False))
                    p = m.end + (1 if m.quoted else 0)
                    continue
            if pre.subject is None and not pron_subject:
                m = ch.mention(toks, p, entities)
                if m is not None:
                    pre.subject = m
                    p = m.end + (1 if m.quoted else 0)
                    continue
            return p
        return p

    def _svo_subject(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> Mention | None:
        """A subject before the cue: after a complementizer («أن المحلقية أكدت …»، «يذكر أن
        باحثين … قد كشفوا») or a topic marker with a «ف» cue («أما أعمام أفراح … فقالا»)."""
        end = i
        while end > 0 and self.lex.is_("aux", toks[end - 1].norm, strip=False):
            end -= 1
        topic = toks[i].cue_prefix.startswith("ف")
        for c in range(end - 1, max(-1, end - 14), -1):
            t = toks[c]
            if (t.is_punct and not is_comma(t)) or t.cue is not None:
                return None
            firm = self.lex.is_("complementizer", t.norm, strip=False) or (
                topic and self.lex.is_("topic", t.norm, strip=False)
            )
            loose = self.lex.is_("cut_conj", t.norm, strip=False) or self.lex.is_("aux", t.norm, strip=False)
            opener = firm or loose
            if opener and c + 1 < end:
                m = self.chunk.mention(toks, c + 1, entities)
                if m is not None and 0 < end - m.end <= 2 and all(self.chunk.is_name_token(x) for x in toks[m.end : end]):
                    # the name runs on past an entity's boundary («صلاح الدين | دمرتاش»)
                    name = (m.name[0], end) if m.name else (m.end, end)
                    m = Mention(m.start, end, name, m.kind or "person", m.entity, m.quoted)
                if m is not None and m.end == end and m.kind is not None:
                    # after «أن»/«أما … فـ» any phrase is the subject; after «لكن»/«كان» only a sure one
                    return m if firm or self.chunk.strong(toks, m) else None
                return None
        return None

    def _lookahead(self, toks: list[Tok], i: int, p: int, klass: str, pre: _Pre,
                   entities: dict[int, Entity], pron_subject: bool) -> tuple[str, int] | None:
        """When the walk stalls inside a long speaker description («الباحث الفلكي، بقسم …،
        ملهم بن محمد هندي:»), find the content trigger ahead and take the whole stretch as
        the speaker mention, its last name-like run as the name."""
        if klass not in ("say", "cont", "refer", "opinion") or pron_subject or pre.relay_from is not None:
            return None
        first = pre.subject.start if pre.subject is not None else i + 1
        if first >= len(toks) or self.lex.noun_kind(toks[first].norm) != "title":
            return None  # only a titled speaker description is read through
        for k in range(p, min(len(toks), i + 40)):
            t = toks[k]
            if is_terminal(t) or (t.cue is not None and t.cue.lemma != toks[i].cue.lemma):
                return None
            trig = self._trigger(toks, k, klass, True)
            if trig is None:
                continue
            if trig[0] not in ("comp", "comp_pron", "colon", "quote") or k == i + 1:
                return None
            end = k
            while end > i + 1 and toks[end - 1].is_punct:
                end -= 1
            start = pre.subject.start if pre.subject is not None else i + 1
            if end <= start:
                return None
            name_start = end
            if name_start > start and self.chunk.is_name_token(toks[name_start - 1]):
                name_start -= 1  # the family name may carry the article
            while name_start > start and self.chunk.is_name_token(toks[name_start - 1]) and not toks[name_start - 1].definite:
                name_start -= 1
            name = (name_start, end) if name_start < end and not toks[name_start].definite else None
            apposed = name is not None and name[0] > start and (
                is_comma(toks[name[0] - 1]) or self.lex.noun_kind(toks[name[0] - 1].norm) == "title"
            )
            if pre.subject is None or pre.subject.name is None or apposed:
                kind = "person" if name else (pre.subject.kind if pre.subject else None)
                pre.subject = Mention(start, end, name, kind)
            return trig
        return None

    def _stall(self, toks: list[Tok], p: int, klass: str, pre: _Pre) -> tuple[str, int] | None:
        """The walk stalled on up to three words right before the content («المسؤول الصحي في
        عدن الخضر لصور إن …»): they end the speaker phrase, as its name when they look like one."""
        for k in range(p, min(len(toks), p + 3)):
            t = toks[k]
            if t.is_punct or t.cue is not None:
                return None
            trig = self._trigger(toks, k + 1, klass, True) if k + 1 < len(toks) else None
            if trig is not None and trig[0] in ("comp", "comp_pron", "colon", "quote"):
                names = all(self.chunk.is_name_token(x) for x in toks[p : k + 1])
                m = pre.subject
                pre.subject = Mention(m.start, k + 1, (p, k + 1) if names else m.name, "person" if names else m.kind)
                return trig
        return None

    def _np_object(self, toks: list[Tok], i: int, p: int, klass: str, pre: _Pre, prev: Tok | None
                   ) -> tuple[str, int] | None:
        """A noun object as the content of announce/directive/describe verbs («أعلن
        استقالته»، «نفى وجود مفاوضات»)."""
        lex = self.lex
        cue = toks[i].cue
        if cue is None or not cue.objects or p >= len(toks):
            return None
        if pre.subject is None and cue.pos != "participle":
            return None
        if pre.subject is not None and pre.svo and not (cue.perfect and self.chunk.strong(toks, pre.subject)):
            return None  # «الضرائب … تعتبر جزءاً»: a passive reading, not a statement
        if pre.subject is not None and not self.chunk.strong(toks, pre.subject) and not pre.framed:
            return None  # a bare word right before the object is more likely the object itself
        if klass != "direct" and (toks[p].definite or toks[p].preposed):
            return None  # a statement as a noun is a construct-state verbal noun: «أكد حرصَ …»، «نفى وجودَ …»
        if prev is not None and (lex.is_("complementizer", prev.norm, strip=False) or lex.is_("particle", prev.norm, strip=False)):
            return None
        t = toks[p]
        if not t.is_word or t.cue is not None or lex.is_("particle", t.norm, strip=False):
            return None
        if lex.is_("conj", t.norm, strip=False) or lex.is_("pron_prep", t.norm, strip=False):
            return None
        return "np", p

    def _content(self, toks: list[Tok], trig: tuple[str, int], text: str, cuts: set[int]
                 ) -> tuple[tuple[int, int], str] | None:
        kind, s = trig
        if s >= len(toks):
            return None
        # «… إلى: "…"», «… إلى أن "…"», «قال: إن …»: look through to the real start
        for _ in range(2):
            if s < len(toks) and kind in ("colon", "to"):
                sub = self._trigger(toks, s, "say")
                if sub is not None and sub[0] in ("comp", "comp_pron", "quote", "colon"):
                    kind2, s2 = sub
                    kind = kind2 if kind2 != "colon" else "colon"
                    s = s2
        if s >= len(toks):
            return None
        if kind == "comp_pron" and s + 1 < len(toks) and toks[s + 1].text in OPEN_QUOTES:
            direct = self._direct(toks, s + 1, text, cuts)
            if direct is not None:
                return direct
        t = toks[s]
        bare_start = kind in ("colon", "bare")
        if t.text in OPEN_QUOTES and t.text != "»" or (t.text == "»" and s > 0 and toks[s - 1].text == ":"):
            direct = self._direct(toks, s, text, cuts)
            if direct is not None:
                return direct
        end_tok = clause_end(toks, s, cuts)
        if kind == "np":
            for k in range(s + 1, end_tok):
                if self.lex.is_("np_stop", toks[k].norm, strip=False) or self.lex.is_("conj", toks[k].norm, strip=False):
                    end_tok = k
                    break
        if end_tok <= s:
            return None
        a, b = trim(text, toks[s].start, toks[end_tok - 1].end)
        if b <= a:
            return None
        qtype = "direct" if bare_start else "indirect"
        return (a, b), qtype

    def _direct(self, toks: list[Tok], s: int, text: str, cuts: set[int]
                ) -> tuple[tuple[int, int], str] | None:
        """A direct quotation opening at token ``s``: nothing but punctuation or a new cue
        may follow its closing mark in the sentence."""
        t = toks[s]
        close = find_close(text, t.start)
        if close is None:
            return None
        end_tok = clause_end(toks, s, cuts)
        tail_end = toks[end_tok - 1].end if end_tok - 1 > s else close + 1
        tail = text[close + 1 : max(tail_end, close + 1)]
        complete = text[t.end : close].rstrip()[-1:] in (".", "!", "?", "؟", "…")
        if complete or close + 1 >= tail_end or not any(ch.isalpha() for ch in tail):
            a, b = trim(text, t.end, close)
            return ((a, b), "direct") if b > a else None
        return None

    # -- phrase cues -----------------------------------------------------------------
    def phrase_cue(self, toks: list[Tok], h: int, entities: dict[int, Entity], text: str,
                   known: set[str], clause_start: int, used: set[int]) -> Raw | None:
        lex, ch = self.lex, self.chunk
        second, role = self._phrase_head(toks[h]) or ("", "")
        p = h + 1
        if second:
            if p >= len(toks) or toks[p].norm != second:
                return None
            p += 1
        if p < len(toks) and toks[p].text in ("لـ", "ل"):
            p += 1
        if p < len(toks) and toks[p].norm in ("ما", "لما"):
            p += 1  # «بحسب ما أوردت»، «وفقا لما أعلنته»: skip the verb
            if p < len(toks) and toks[p].is_word:
                p += 1
            if p < len(toks) and toks[p].norm in ("في", "عن", "من"):
                p += 1
        if p < len(toks) and toks[p].norm == "عن":
            p += 1
        m = ch.mention(toks, p, entities)
        if m is None:
            return None
        mtext = " ".join(t.norm for t in toks[m.start : m.end])
        plausible = (
            m.entity is not None or m.quoted
            or m.kind in ("outlet", "anonymous", "document", "group", "organization")
            or (m.kind == "person" and m.name is not None and m.name[0] > m.start)
            or any(w in known for w in mtext.split())
        )
        if not plausible:
            return None
        end = m.end + (1 if m.quoted else 0)
        used.update(range(h, end))
        cue_span = (toks[h].start, toks[p - 1].end if p > h + 1 else toks[h].end)
        # where is the phrase in its clause?
        rest = [t for t in toks[end:] if not (t.is_punct or lex.is_("time", t.norm))]
        initial = h <= clause_start
        if initial:
            s = end
            while s < len(toks) and (is_comma(toks[s]) or toks[s].text in "-–"):
                s += 1
            if s >= len(toks):
                return None
            a, b = trim(text, toks[s].start, toks[-1].end)
        elif not rest:
            a, b = trim(text, toks[clause_start].start, toks[h - 1].end)
        else:
            stop = len(toks)
            a, b = trim(text, toks[clause_start].start, toks[stop - 1].end)
        if b <= a:
            return None
        tok0 = toks[clause_start]
        if not initial and a == tok0.start and tok0.text[:1] in "وف" and len(tok0.text) > 3 and tok0.norm[:1] in "وف":
            a += 1
        return Raw(
            sentence=-1, cue=cue_span, cue_token=h, lemma=toks[h].norm, klass="phrase",
            hedged=False, content=(a, b), type="indirect", source=m, phrase=True,
        )

    def phrase_heads(self, toks: list[Tok]) -> set[int]:
        return {k for k, t in enumerate(toks) if self._phrase_head(t) is not None}

    def parse(self, toks: list[Tok], entities: dict[int, Entity], text: str, known: set[str],
              names: set[str]) -> list[Raw]:
        """All attributions of one sentence, in order."""
        heads = self.phrase_heads(toks)
        cuts = cut_points(toks, self.lex, heads, lambda k: self._speaker_at(toks, k, entities))
        used: set[int] = set()
        out: list[Raw] = []
        cstart = self._clause_start(toks)
        for k, t in enumerate(toks):
            if k in used:
                continue
            raw = None
            if t.cue is not None:
                raw = self.verb_cue(toks, k, entities, text, cuts, used)
            elif k in heads:
                raw = self.phrase_cue(toks, k, entities, text, known, cstart, used)
            if raw is None:
                continue
            if raw.type == "indirect" and is_mixed(text, raw.content[0], raw.content[1], self.lex, names):
                raw.type = "mixed"
            out.append(raw)
        return out

    def _speaker_at(self, toks: list[Tok], k: int, entities: dict[int, Entity]) -> bool:
        m = self.chunk.mention(toks, k, entities)
        return m is not None and m.kind in ("person", "organization", "anonymous", "outlet", "group")

    def _clause_start(self, toks: list[Tok]) -> int:
        """First token of the main clause: after a leading conjunction and a short
        fronted adverbial ending in a comma («وفي وقت لاحق،»)."""
        s = 0
        while s < len(toks) and (toks[s].is_punct or self.lex.is_("conj", toks[s].norm, strip=False)):
            s += 1
        for k in range(s, min(len(toks), s + 8)):
            if is_comma(toks[k]):
                first = toks[s].norm
                if first.startswith(("في", "وفي", "من", "ومن", "ول", "لكن", "ولكن", "بعد", "وبعد")) or self.lex.is_("time", first):
                    return k + 1
                break
            if is_terminal(toks[k]):
                break
        return s

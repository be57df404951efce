"""Fallbacks when the walk from a cue stalls before reaching the content: a long titled
speaker description read up to the content trigger ahead, up to three name-like words
right before the content, and a noun object as the content («أعلن استقالته»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import is_place, name_starts, nisba
from khabar.extract.quotes.records import ViaRef
from khabar.extract.quotes.tokens import Tok, is_comma, is_terminal
from khabar.extract.quotes.walkstate import _Pre
from khabar.extract.quotes.wordclasses import quoted_name

_THESE = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء"})  # demonstratives before a describe verb's object


# say verbs whose participle takes a definite object right after it as the statement («مؤكدا الحرص
# على …»، «موضحا الأسباب التي …»); not «مفيدا» (its object is the one told: «مفيدا الصحيفة بأن»)
_DEFINITE_OBJECT_LEMMAS = frozenset({"أكد", "شدد", "أوضح", "بيّن"})

_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_BODY_KINDS = frozenset({"organization", "document", "group"})  # a body's description (_apposed_body)


# words that open a phrase of time or circumstance («لأول مرة»، «ولأول مرة منذ …»; normalised)
_RUN_LEADS = frozenset({"لاول", "للمره", "مع", "منذ"})


class StalledWalkMixin:
    """Methods of :class:`~khabar.extract.quotes.parse.SentenceParser` used where the walk
    from a cue stalls."""

    def _lookahead(self, toks: list[Tok], i: int, p: int, klass: str, pre: _Pre,
                   entities: dict[int, Entity], pron_subject: bool) -> tuple[str, int] | None:
        """When the walk stalls inside a long speaker description («الباحث الفلكي، بقسم …،
        ملهم بن محمد هندي:»), find the content trigger ahead and take the whole stretch as
        the speaker mention, its last name-like run as the name."""
        if klass not in ("say", "cont", "refer", "opinion") or pron_subject or pre.relay_from is not None:
            return None
        first = pre.subject.start if pre.subject is not None else i + 1
        titled = first < len(toks) and self.lex.noun_kind(toks[first].norm) == "title"
        m0 = pre.subject
        sure = m0 is not None and m0.kind == "person" and m0.name is not None and self.chunk.strong(toks, m0)
        sure = sure or (m0 is not None and m0.kind == "outlet")  # «موقع "…" المتخصص في … أن»
        named = m0 is not None and m0.kind == "person" and m0.name is not None and toks[i].cue.lemma != "بيّن"
        # «وأشارت المعلومات التي أصبحت بحوزة الأمن إلى أن»: a source noun and a relative clause about it
        after = m0.end if m0 is not None else 0
        while (m0 is not None and after < min(len(toks), m0.end + 2) and toks[after].norm not in _RELATIVES
               and self._definite_adjective(toks[after])):
            after += 1  # «مصابو التفجير الإرهابي الذي وقع …»: the speaker's adjective before the relative
        relative = (m0 is not None and m0.kind in ("document", "anonymous", "group", "organization", "outlet")
                    and after < len(toks) and toks[after].norm in _RELATIVES)
        window = 40 if (titled or sure) else 20  # a bare name reads through a shorter stretch
        if not (titled or sure or named or relative):
            return self._apposed_body(toks, i, p, klass, pre)
        medium = None  # «… على موقع «تويتر»:»: the platform phrase ends the speaker stretch
        k = p - 1
        while k + 1 < min(len(toks), i + window):
            k += 1
            t = toks[k]
            if is_terminal(t) or (t.cue is not None and t.cue.lemma != toks[i].cue.lemma):
                return None
            if (self.lex.is_raw("on", t.plain) or t.norm == "عبر") and (pe := self._platform_end(toks, k + 1)) is not None:
                medium = k
                k = pe - 1
                continue
            trig = self._trigger(toks, k, klass, True)
            if trig is None:
                medium = None
                continue
            to_that = (relative and trig[0] == "to" and k + 1 < len(toks)
                       and self.lex.is_("complementizer", toks[k + 1].norm, strip=False))  # «… إلى أن»
            if (trig[0] not in ("comp", "comp_pron", "colon", "quote") and not to_that) or k == i + 1:
                return None
            end = k if medium is None else medium
            while end > i + 1 and (toks[end - 1].is_punct or self.lex.is_("recipient_plain", toks[end - 1].norm)):
                end -= 1  # (and «للصحفيين» before the content: the ones told)
            start = pre.subject.start if pre.subject is not None else i + 1
            end = self._source_phrase_cut(toks, start, end, entities, pre)
            if end <= start:
                return None
            name_start = end
            if name_start > start and self.chunk.is_name_token(toks[name_start - 1]):
                name_start -= 1  # the family name may carry the article
            while name_start > start and self.chunk.is_name_token(toks[name_start - 1]) and not toks[name_start - 1].definite:
                name_start -= 1
            if (name_start > start and toks[name_start - 1].plain == "بان"
                    and name_starts([x.norm for x in toks[name_start - 1 : name_start + 3]])):
                name_start -= 1  # «الأمين العام بان كي مون»
            name = (name_start, end) if name_start < end and not toks[name_start].definite else None
            apposed = name is not None and name[0] > start and (
                is_comma(toks[name[0] - 1]) or self.lex.noun_kind(toks[name[0] - 1].norm) == "title"
                or toks[name[0] - 1].initial  # «اللواء م. ناصر …»: an abbreviated title before the name
            ) and not (name[1] - name[0] == 1 and nisba(toks[name[0]].norm))  # «موظفة حكومية»
            if (m0 is not None and m0.kind == "anonymous" and m0.name is None
                    and (not apposed or (name is not None and name[0] < m0.end))):
                # «خبير قانوني عراقي حضر الاجتماع أن»: an unnamed person and a clause about him
                pre.subject = Mention(start, end, None, m0.kind)
            elif pre.subject is None or pre.subject.name is None or apposed:
                kind = "person" if name else (pre.subject.kind if pre.subject else None)
                pre.subject = Mention(start, end, name, kind)
            for m in range(p, end):  # «… على قناة (ام.اس.ان.بي.سي) إنه»: an outlet named on the way
                if self.lex.noun_kind(toks[m].norm) == "outlet" and not toks[m].definite:
                    out = self.chunk.mention(toks, m + 1, entities)
                    if out is not None:
                        pre.vias.append(ViaRef(out))
                        break
            return trig
        return None

    def _source_phrase_cut(self, toks: list[Tok], start: int, end: int, entities: dict[int, Entity],
                           pre: _Pre) -> int:
        """«وقال المحافظ بصفته … لوالدة الفقيد، بحسب الصحيفة، إن»: a source phrase after a comma closing the
        stretch read as the speaker names the outlet that relayed it (a via, q21), and the speaker ends
        before that comma; only a phrase whose object is an outlet (named, or an outlet noun) and reaches
        the stretch's end. Returns the speaker's end."""
        for c in range(start + 1, end - 2):
            if not is_comma(toks[c]):
                continue
            head = self._phrase_head(toks[c + 1])  # type: ignore[attr-defined]
            if head is None or head[1] != "source":
                continue
            via, q = self._via_at(toks, c + 2, entities)  # type: ignore[attr-defined]
            if via is not None and (via.generic or via.mention.kind == "outlet") and q == end:
                pre.vias.append(via)
                return c
        return end

    def _apposed_body(self, toks: list[Tok], i: int, p: int, klass: str, pre: _Pre) -> tuple[str, int] | None:
        """«وأفاد المركز المعني بمراقبة القرصنة في كوالالمبور، والتابع للمكتب البحري الدولي، بأنه …»: a
        body's description runs on past where the walk stalled, then an apposition between commas opening
        with a definite word («(و)التابع/المسؤول/التي …») and the content right after its closing comma.
        The body's phrase up to the apposition is the speaker (no name is read off its last words)."""
        m0 = pre.subject
        if m0 is None or m0.kind not in _BODY_KINDS or m0.name is not None:
            return None
        opened = None  # the comma opening the apposition (the walk may have stopped right after it)
        first = p - 1 if p - 1 > m0.end and is_comma(toks[p - 1]) else p
        for k in range(first, min(len(toks), i + 24)):
            t = toks[k]
            if is_terminal(t) or t.cue is not None or (t.is_punct and not is_comma(t)):
                return None
            if not is_comma(t):
                continue
            if opened is not None and k > opened + 1:
                trig = self._trigger(toks, k + 1, klass, True) if k + 1 < len(toks) else None
                if trig is None or trig[0] not in ("comp", "comp_pron"):
                    return None
                pre.subject = Mention(m0.start, opened, None, m0.kind, m0.entity, m0.quoted)
                return trig
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not nxt.is_word or not (nxt.definite or nxt.norm.startswith("وال")):
                return None
            opened = k
        return None

    def _adverbial_run(self, toks: list[Tok], p: int, klass: str) -> tuple[str, int] | None:
        """«وقال خلال لقائه، أمس، مع …، في القدس ان …»، «اعترفت X امس، ولأول مرة منذ …، بأن …»: when
        the walk stops at a phrase of time, place or company, the complementizer within the next
        twenty words (only words and commas between: no cue, quote mark or sentence end)."""
        if klass not in ("say", "cont", "opinion") or p >= len(toks):
            return None
        t = toks[p]
        lead = t.norm[1:] if t.norm[:1] == "و" and len(t.norm) > 3 else t.norm
        if not (is_comma(t) or lead in _RUN_LEADS or self.lex.is_("adverbial", lead, strip=False)
                or self.lex.is_("time", lead) or self.lex.is_("with", lead, strip=False)):
            return None
        for k in range(p + 1, min(len(toks), p + 20)):
            x = toks[k]
            if is_terminal(x) or x.cue is not None or (x.is_punct and not is_comma(x)):
                return None
            trig = self._trigger(toks, k, klass, True)
            if trig is not None:
                return trig if trig[0] in ("comp", "comp_pron") else None
        return None

    def _stall(self, toks: list[Tok], p: int, klass: str, pre: _Pre) -> tuple[str, int] | None:
        """The walk stalled on up to three words right before the content («المسؤول الصحي في
        عدن الخضر لصور إن …»): they end the speaker phrase, as its name when they look like one."""
        comp = self._complement(toks, p, klass, pre)
        if comp is not None:
            return comp
        for k in range(p, min(len(toks), p + 5)):
            t = toks[k]
            trig = self._trigger(toks, k, klass, True)
            if trig is not None and k > p:
                about = trig[0] == "np" and klass == "announce" and self.lex.is_("about", t.norm, strip=False)
                if about and not all(x.definite or x.preposed for x in toks[p:k]):
                    return None  # only modifiers («… الإنسانية، عن») run on to «عن», not an object
                if trig[0] not in ("comp", "comp_pron", "colon", "quote") and not about:
                    return None
                end = k
                while end > p and toks[end - 1].text in "-–":
                    end -= 1
                if pre.vias and pre.vias[-1].mention.end == p:
                    v = pre.vias[-1].mention  # «لمحطة تلفزيون | روما "…"»: the via's name runs on
                    pre.vias[-1].mention = Mention(v.start, end, v.name, v.kind, v.entity, v.quoted)
                    return trig
                m = pre.subject
                participle = (m.kind in ("anonymous", "group") and toks[p].norm[:1] == "م" and len(toks[p].norm) > 4
                              and toks[p].norm not in self.chunk.given_names)  # «مصدر مقرب من شركة … منتجة للبتروكيماويات»
                # «مسؤول أمني عراقي طلب عدم ذكر اسمه إن»: a clause about an unnamed source, no name
                unnamed = (m.kind == "anonymous" and m.name is None and not toks[m.start].definite
                           and toks[p].norm not in self.chunk.given_names)
                if (toks[p].preposed or toks[p].definite or participle or unnamed
                        or m.kind in ("organization", "outlet", "document")):
                    # «نادي هيرتا برلين … لكرة القدم إن»: a modifier of the speaker, not a name
                    pre.subject = Mention(m.start, end, m.name, m.kind, m.entity, m.quoted)
                elif toks[m.end - 1].text not in "-–" and all(x.text not in "-–" for x in toks[m.end : p]):
                    pre.subject = Mention(m.start, end, (p, end), "person", m.entity, m.quoted)
                else:  # «ناصر العنزي -مسافر-»: a description between dashes
                    pre.subject = Mention(m.start, m.end, m.name, m.kind, m.entity, m.quoted)
                return trig
            if t.text in "-–":
                continue  # «ناصر العنزي -مسافر- إن»
            m = pre.subject
            modifier = toks[p].definite or toks[p].preposed or m.kind in ("organization", "outlet", "document")
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if (modifier and k > p and t.norm == "في" and nxt is not None and nxt.is_word
                    and (nxt.definite or is_place(nxt))):
                continue  # «قيادة العمليات المشتركة في العراق أن»: where the body is
            if t.is_punct or t.cue is not None or not self.chunk.is_name_token(t):
                return None
        return None

    _complement_preps = frozenset({"من", "عن", "في", "على"})

    def _complement(self, toks: list[Tok], p: int, klass: str, pre: _Pre) -> tuple[str, int] | None:
        """A prepositional complement of the speaker's last word right before the content
        («الطلاب المتضررون من إلغاء البرنامج أنهم …»، «السكان القريبون من الموقع إن …»): the
        phrase belongs to the speaker when that word is an adjective or participle with the
        article or the speaker is a group or anonymous source, and the content opens with a
        complementizer, a colon or a quote mark within five words."""
        m = pre.subject
        if m is None or p != m.end:
            return None
        q = p  # up to two adjectives the mention walk left out («السكان المتضررون من …»)
        while q < min(len(toks), p + 2) and self._adjectival(toks[q]):
            q += 1
        if q >= len(toks) - 1 or toks[q].norm not in self._complement_preps:
            return None
        if not (self._adjectival(toks[q - 1]) or m.kind in ("group", "anonymous")):
            return None
        k = q + 1
        while k < min(len(toks), q + 8):
            t = toks[k]
            close = quoted_name(toks, k)
            if close is not None and k > q + 1:
                k = close  # «المتضررون من إلغاء " التعليم الموازي" أنه»: a quoted name inside
                continue
            trig = self._trigger(toks, k, klass, True)
            if trig is not None and k > q + 1:
                if trig[0] not in ("comp", "comp_pron", "colon", "quote"):
                    return None
                last = toks[k - 1]
                if last.is_word and not last.definite and not last.preposed and self.chunk.is_name_token(last):
                    return None  # «المسؤول الصحي في عدن الخضر لصور إن»: a person's name ends the phrase
                pre.subject = Mention(m.start, k, m.name, m.kind, m.entity, m.quoted)
                return trig
            if not t.is_word or t.cue is not None:
                return None
            k += 1
        return None

    def _adjectival(self, t: Tok) -> bool:
        """A definite adjective or participle («المتضررون»، «المعنية»، «الدولي»)."""
        if not (t.is_word and t.definite and t.cue is None):
            return False
        base = t.norm[2:] if t.norm.startswith("ال") else t.norm
        return (nisba(t.norm) or self.lex.is_("adjective", t.norm) or base.startswith("م")
                or base.endswith(("ون", "ين")))

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
        if pre.subject is not None and not self.chunk.strong(toks, pre.subject) and not (pre.framed or pre.family):
            return None  # a bare word right before the object is more likely the object itself
        # «التزامها» reads as «ال» + noun, but a noun with a possessive pronoun has no article
        definite = toks[p].definite and not toks[p].norm.endswith(("ها", "هم", "هما"))
        bare = cue.pos == "participle" and pre.subject is None and p == i + 1  # nothing between cue and object
        # «، عادًا القطاع الخاص شريكا»، «، معتبرا القطاع الخاص شريكا»: X (to be) Y
        deeming = (cue.lemma == "عد" or (cue.lemma == "اعتبر" and bare)) and not toks[p].preposed
        # «، مؤكدا الحرص على …»، «مؤكدا الرفع بالعديد من المشاريع»: a participle's definite verbal noun
        # — not a preposed word («فرصة مؤكدة للتسجيل»: an adjective and its complement), nor the subject of a
        # complementizer right after it («، مؤكدا الفردان أن …»: the speaker named after the participle)
        definite_object = (bare and definite and cue.lemma in _DEFINITE_OBJECT_LEMMAS and toks[p].is_word
                           and not toks[p].preposed and not lex.is_("time", toks[p].norm)
                           and not (p + 1 < len(toks) and (lex.is_("complementizer", toks[p + 1].norm, strip=False)
                                                           or lex.is_("complementizer_pron", toks[p + 1].norm, strip=False))))
        if klass not in ("direct", "describe") and (definite or toks[p].preposed) and not (deeming or definite_object):
            return None  # a statement as a noun is a construct-state verbal noun: «أكد حرصَ …»، «نفى وجودَ …»
        if prev is not None and (lex.is_("complementizer", prev.norm, strip=False) or lex.is_("particle", prev.norm, strip=False)):
            return None
        t = toks[p]
        if (klass == "describe" and t.norm in _THESE and p + 1 < len(toks) and toks[p + 1].is_word
                and toks[p + 1].definite):
            return "np", p  # «، واصفا هذه المحاولات بالبائسة»: a demonstrative object (the «بـ» is checked later)
        if deeming and t.norm in _THESE:
            return "np", p  # «، عادًا هذه الأعمال مرحلة …»، «، عادا ذلك جزءا من …»
        if not t.is_word or t.cue is not None or lex.is_("particle", t.norm, strip=False):
            return None
        if lex.is_("conj", t.norm, strip=False) or lex.is_("pron_prep", t.norm, strip=False):
            return None
        head = self._phrase_head(t) if is_comma(toks[p - 1]) else None
        if head is not None and (not head[0] or (p + 1 < len(toks) and toks[p + 1].norm == head[0])):
            return None  # «…، وفق رأيه»، «…، حسب وصفهم»: an attribution phrase, no object
        return "np", p

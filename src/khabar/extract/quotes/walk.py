"""The walk from a reporting verb to its content: the speaker after the verb (or before
it, «أن X قال»، «أما X فقالوا»), the channel («في تصريح لـ…»), recipients and relays («لـ"بلومبرغ"»،
«نقلت X عن Y»، «وتابعتها وكالة …»), time adverbs, and the fallbacks when the walk stalls
(a long titled description, a noun object «أعلن استقالته»)."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.document import Entity
from khabar.extract.quotes.records import ViaRef
from khabar.extract.quotes.source import Mention, _nisba, quoted_name
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, is_terminal

MAX_PRE = 40  # tokens between a cue and its content


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


class WalkMixin:
    """Methods of :class:`~khabar.extract.quotes.parse.SentenceParser` that walk from a cue."""

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
            m0 = pre.subject
            if (m0 is not None and p == m0.end and n == "من" and p + 1 < len(toks) and not m0.quoted
                    and lex.is_("partitive", toks[m0.end - 1].norm, strip=False)):
                part = ch.mention(toks, p + 1, entities)
                if part is not None:  # «العديد من المجموعات الشبابية»: the group is the speaker
                    pre.subject = part
                    p = part.end
                    continue
            if (lex.is_raw("on", t.plain) or n == "عبر") and p + 1 < len(toks) and lex.is_("platform", toks[p + 1].norm):
                p += 2  # «وقال النادي على تويتر "…"»، «عبر حسابه في فيسبوك»: the medium
                while p < len(toks) and (lex.is_("platform", toks[p].norm) or toks[p].norm == "في" or lex.is_raw("on", toks[p].plain)):
                    p += 1
                pre.framed = pre.subject is not None
                continue
            if self._trigger(toks, p, klass, has_subject, bool(toks[i].cue and toks[i].cue.objects)) is not None:
                return p
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            if lex.is_("relative", n, strip=False) and pre.subject is not None and not pre.svo and p == pre.subject.end:
                # «بريطانيا التي تدير هذا الجيب …، أنها»: skip the relative clause up to its comma
                close = next((k for k in range(p + 1, min(len(toks), p + 16)) if is_comma(toks[k])), None)
                if close is not None and close + 1 < len(toks) and (
                        self._trigger(toks, close + 1, klass, True) or klass == "direct"):
                    p = close + 1  # a directive's addressee may follow («…، جميع البحارة بضرورة …»)
                    if klass == "direct" and not self._trigger(toks, p, klass, True):
                        pron_subject = True
                    continue
            if pre.subject is not None and p == pre.subject.end and lex.is_("particle", n, strip=False) and n in self._emphatics:
                p += 1  # «المصدر ذاته»
                continue
            if is_comma(t) and pre.subject is not None and p == pre.subject.end and not pre.svo:
                # «اللجنة الثورية، برئاسة محمد علي الحوثي، حالة …»: a parenthesis after the speaker
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if is_comma(toks[k])), None)
                inner = toks[p + 1 : close] if close is not None else []
                if inner and not any(x.cue is not None or self._trigger(toks, x.i, klass, True) for x in inner):
                    if inner[0].preposed or lex.is_("preposition", inner[0].norm, strip=False):
                        p = close + 1
                        continue
                    after = self._trigger(toks, close + 1, klass, True) if close + 1 < len(toks) else None
                    if after is not None and after[0] in ("comp", "comp_pron", "colon", "quote") and inner[0].definite:
                        p = close + 1  # «نشرة "أوتشا"، الأسبوعية الصادرة أمس، إنه»: an apposition
                        continue
            if (pre.subject is not None and p == pre.subject.end and t.preposed and t.prefix[:1] == "ب"
                    and self.chunk.strong(toks, pre.subject)):
                stop = next((k for k in range(p + 1, min(len(toks), p + 4))
                             if is_comma(toks[k]) or self._trigger(toks, k, klass, True)), None)
                if stop is not None:
                    p = stop  # «الرئاسة العامة للأرصاد بمشيئة الله تعالى، أن …»
                    continue
            if pre.subject is not None and t.preposed and not ch.is_recipient(toks, p) and (
                t.prefix[:1] == "ل" or (t.prefix[:1] == "ب" and t.definite and p == pre.subject.end)
            ):
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
            if t.text in "-–" and pre.subject is not None and p == pre.subject.end:
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if toks[k].text in "-–"), None)
                if close is not None and not any(self._trigger(toks, k, klass, True) for k in range(p + 1, close)):
                    p = close + 1  # «شاهد عيان - فضل عدم ذكر اسمه - أن»: a parenthesis between dashes
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
            if n == "في" and nxt is not None and nxt.norm == "الوقت":
                p += 2  # «ومؤكدا في الوقت ذاته وقوفَ …»: a time phrase
                if p < len(toks) and toks[p].norm in self._emphatics:
                    p += 1
                continue
            if n == "في" and nxt is not None and lex.is_("channel", nxt.norm):
                p += 2  # في بيان، في تصريح لـ…، في مقابلة مع …، في بيان صدر اليوم
                ahead = next((k for k in range(p, min(len(toks), p + 14)) if toks[k].cue is not None
                              or is_terminal(toks[k]) or is_comma(toks[k])
                              or self._trigger(toks, k, klass, True)), None)
                if ahead is not None and is_comma(toks[ahead]):
                    ahead = None  # only an unbroken channel phrase is read through
                if ahead is not None and toks[ahead].cue is None and not is_terminal(toks[ahead]):
                    if not any(ch.is_recipient(toks, k) or toks[k].norm == "مع" for k in range(p, ahead)):
                        p = ahead  # «في تغريدة له على حسابه في شبكة … "تويتر" بعد المباراة "…"»
                        after_channel = True
                        continue
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
                m = pre.subject
                if m is not None and m.name is None and p < len(toks) and self._trigger(toks, p, klass, True):
                    # «امين المجلس البلدي في دورته الاولى عبدالله آل شهاب: …»: the name after the adverbial
                    start = next((k for k in range(m.end, p) if toks[k].norm in ch.given_names and not toks[k].definite), None)
                    if start is not None and all(ch.is_name_token(x) for x in toks[start:p]):
                        pre.subject = Mention(m.start, p, (start, p), "person", m.entity, m.quoted)
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
                        if pre.relay_from is not None and p == pre.relay_from.end:
                            r = pre.relay_from  # «عن مسؤولين عن مكافحة الفيضانات»: one phrase
                            m = Mention(r.start, m.end, r.name, r.kind, r.entity, r.quoted)
                        pre.relay_from = m
                        p = m.end + (1 if m.quoted else 0)
                        continue
            r = pre.relay_from
            if r is not None and p == r.end and t.preposed and t.definite and not ch.is_recipient(toks, p):
                pre.relay_from = Mention(r.start, p + 1, r.name, r.kind, r.entity, r.quoted)
                p += 1  # «… الفيضانات بالإقليم»
                continue
            if lex.is_("idiom_object", n, strip=False) and p == i + 1:
                p += 1  # «لفتت النظر إلى …»
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
        titled = first < len(toks) and self.lex.noun_kind(toks[first].norm) == "title"
        m0 = pre.subject
        sure = m0 is not None and m0.kind == "person" and m0.name is not None and self.chunk.strong(toks, m0)
        sure = sure or (m0 is not None and m0.kind == "outlet")  # «موقع "…" المتخصص في … أن»
        named = m0 is not None and m0.kind == "person" and m0.name is not None and toks[i].cue.lemma != "بيّن"
        window = 40 if (titled or sure) else 20  # a bare name reads through a shorter stretch
        if not (titled or sure or named):
            return None
        for k in range(p, min(len(toks), i + window)):
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
                or toks[name[0] - 1].initial  # «اللواء م. ناصر …»: an abbreviated title before the name
            ) and not (name[1] - name[0] == 1 and _nisba(toks[name[0]].norm))  # «موظفة حكومية»
            if pre.subject is None or pre.subject.name is None or apposed:
                kind = "person" if name else (pre.subject.kind if pre.subject else None)
                pre.subject = Mention(start, end, name, kind)
            for m in range(p, k):  # «… على قناة (ام.اس.ان.بي.سي) إنه»: an outlet named on the way
                if self.lex.noun_kind(toks[m].norm) == "outlet" and not toks[m].definite:
                    out = self.chunk.mention(toks, m + 1, entities)
                    if out is not None:
                        pre.vias.append(ViaRef(out))
                        break
            return trig
        return None

    def _stall(self, toks: list[Tok], p: int, klass: str, pre: _Pre) -> tuple[str, int] | None:
        """The walk stalled on up to three words right before the content («المسؤول الصحي في
        عدن الخضر لصور إن …»): they end the speaker phrase, as its name when they look like one."""
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
                if toks[p].preposed or toks[p].definite or m.kind in ("organization", "outlet", "document"):
                    # «نادي هيرتا برلين … لكرة القدم إن»: a modifier of the speaker, not a name
                    pre.subject = Mention(m.start, end, m.name, m.kind, m.entity, m.quoted)
                elif toks[m.end - 1].text not in "-–" and all(x.text not in "-–" for x in toks[m.end : p]):
                    pre.subject = Mention(m.start, end, (p, end), "person", m.entity, m.quoted)
                else:  # «ناصر العنزي -مسافر-»: a description between dashes
                    pre.subject = Mention(m.start, m.end, m.name, m.kind, m.entity, m.quoted)
                return trig
            if t.text in "-–":
                continue  # «ناصر العنزي -مسافر- إن»
            if t.is_punct or t.cue is not None or not self.chunk.is_name_token(t):
                return None
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


"""The subject before a reporting verb: after a complementizer («أن المحلقية أكدت …») or a
topic marker with a «ف» cue («أما أعمام أفراح … فقالا»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.agreement import fits
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import name_starts
from khabar.extract.quotes.tokens import Tok, is_comma

# «بعد/قبل/منذ/عقب أن …»: a time clause before the cue (not «غير أن X قال»: however)
_BEFORE_AFTER = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ", "عقب"})
# the preposition that leads a class's cue to its content (normalised): «أشار إلى»، «أكد على» …
_CLASS_PREPOSITIONS = {"refer": ("الي",), "direct": ("الي", "من", "ب"), "say": ("علي",), "announce": ("عن",)}
_KANA = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"})  # «(و)كان X قد …»
# a relative pronoun agreeing with the cue (normalised forms)
_RELATIVE_AGREE = {"ms": ("الذي",), "fs": ("التي",), "pl": ("الذين",), "du": ("اللذان", "اللتان", "اللذين", "اللتين")}


class PreverbalMixin:
    """Methods of :class:`~khabar.extract.quotes.parse.SentenceParser` that find a subject
    standing before the cue."""

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
            firm = self.lex.is_("complementizer", t.norm, strip=False) or t.norm == "فان" or (
                topic and self.lex.is_("topic", t.norm, strip=False)
            )  # («وفيما … قال X …، فإن أوساط المعارضة دعت إلى …»: the main clause after «فيما»)
            loose = self.lex.is_("cut_conj", t.norm, strip=False) or self.lex.is_("aux", t.norm, strip=False)
            opener = firm or loose
            if firm and c > 0 and toks[c - 1].norm in _BEFORE_AFTER:
                return None  # «وبعد أن أجّل القضاة المحاكمة قال …»: a time clause, not the subject's
            if opener and c + 1 < end:
                m = self.chunk.mention(toks, c + 1, entities)
                if (m is not None and t.norm in _KANA and toks[end].norm == "قد" and toks[i].cue is not None
                        and end - c <= 6 and all(x.is_word and x.cue is None for x in toks[c + 1 : end])
                        and toks[i].cue.klass == "direct"):  # (a warning or a threat: the noun after it is whom)
                    # «وكانت المقاومة الشعبية (في المحافظة) قد توعدت المتمردين …»: what «كان … قد» frames
                    # is the verb's subject, known to the lexicon or not (the noun after the verb is its object)
                    whole = Mention(c + 1, end, m.name if m.end == end else None, m.kind or "organization",
                                    m.entity, m.quoted)
                    if toks[i].cue.agree in fits(toks, whole, self.lex):
                        return whole
                if m is not None and 0 < end - m.end <= 2 and all(self.chunk.is_name_token(x) for x in toks[m.end : end]):
                    # the name runs on past an entity's boundary («صلاح الدين | دمرتاش»)
                    name = (m.name[0], end) if m.name else (m.end, end)
                    m = Mention(m.start, end, name, m.kind or "person", m.entity, m.quoted)
                if m is not None and m.end < end and toks[m.end].plain == "بان":
                    k = name_starts([x.norm for x in toks[m.end : m.end + 4]])
                    if k and m.end + k == end:  # «وكان الأمين العام للأمم المتحدة بان كي مون قد قال»
                        m = Mention(m.start, end, (m.end, end), "person", m.entity, m.quoted)
                if (m is not None and m.end < end and toks[m.end].norm in ("في", "من") and end - m.end <= 5
                        and m.kind in ("group", "anonymous", "organization", "document")
                        and all(x.is_word and x.cue is None for x in toks[m.end : end])):
                    # «لكن مختصي الاقتصاد في بنك إنجلترا يعتقدون»: where the speakers are
                    m = Mention(m.start, end, m.name, m.kind, m.entity, m.quoted)
                if m is not None and m.end == end and m.kind is not None:
                    if not self.lex.is_("complementizer", t.norm, strip=False) and self._topic_only(toks, m):
                        return None  # «…، أما حضور المرأة كناخبة فتوقع أن»: what is spoken of
                    # after «أن»/«أما … فـ» any phrase is the subject; after «لكن»/«كان» only a sure one
                    return m if firm or self.chunk.strong(toks, m) else None
                return None
        return self._sources_then_verb(toks, i, entities)

    def _relative_subject(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> Mention | None:
        """The speaker a relative clause hangs on: «… صالح بن حسن الضعيان الذي أوضح أن …»، «كثيرين
        داخل الحزب الذين يعتبرون أن …» (the cue right after an agreeing relative, its content at
        once), and «لكن تسيبراس، الذي …، حذر …»، «أن الحكومة العسكرية الحالية التي وصلت …، تقول إن»
        (a subject opening its clause, a relative clause, a comma, then the cue)."""
        cue = toks[i].cue
        if cue is None or cue.pos != "verb" or toks[i].cue_prefix or i < 2:
            return None
        prev = toks[i - 1]
        if self._relative_of(prev, cue.agree):
            if not self._content_next(toks, i + 1, cue.klass):
                return None  # «الذي أعلن فيه X أن»، «التي أكد الوزير أنها»: another subject follows
            end = i - 2 if is_comma(toks[i - 2]) else i - 1
            m = self._head_before(toks, end, entities)
            if m is None or cue.agree not in fits(toks, m, self.lex):
                return None
            if not cue.perfect and m.entity is None and m.kind not in ("group", "anonymous") and (
                    self.lex.noun_kind(toks[m.start].norm) != "title"):
                return None  # «… علي دعم الطاقة الذي يتوقع أن»: an imperfect after «الذي» is often passive
            return m
        if not is_comma(prev):
            return None
        for r in range(i - 2, max(0, i - 30), -1):
            t = toks[r]
            if (t.is_punct and not is_comma(t)) or t.cue is not None:
                return None
            if not self.lex.is_("relative", t.norm, strip=False):
                continue
            if not self._relative_of(t, cue.agree):
                return None
            end = r - 1 if r > 0 and is_comma(toks[r - 1]) else r
            for c in range(end - 1, max(-2, end - 14), -1):  # (a title chain of up to 12 words: q23)
                o = toks[c] if c >= 0 else None
                if o is None or o.is_punct or self.lex.is_("complementizer", o.norm, strip=False) or self.lex.is_(
                        "cut_conj", o.norm, strip=False):
                    m = self.chunk.mention(toks, c + 1, entities)
                    return (m if m is not None and m.end == end and self.chunk.strong(toks, m)
                            and cue.agree in fits(toks, m, self.lex) else None)
            return None
        return self._fronted_subject(toks, i, entities)

    def _fronted_subject(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> Mention | None:
        """A speaker opening the sentence, then a comma and the cue: «رفيق درب سعود الملحن سمير سعيد، أشار
        إلى …»، «الوزير خالد الفيصل، أكد أن …» (q23; held-out 28's 1014) — a strong mention from the sentence's
        first word (after «و») to the comma right before the cue, that the cue agrees with."""
        cue = toks[i].cue
        start = 1 if toks[0].norm == "و" else 0
        if cue is None or i - 1 <= start or any(t.is_punct for t in toks[start : i - 1]):
            return None
        first = toks[start]
        if first.preposed or not (self.lex.noun_kind(first.norm) is not None or first.norm in self.chunk.given_names
                                  or first.start in entities):
            return None  # a title, a speaker noun or a name opens it («وقد استهل اللواء …، أكد فيها» does not)
        m = self.chunk.mention(toks, start, entities)
        if m is None or m.end != i - 1 or not self.chunk.strong(toks, m):
            return None
        return m if cue.agree in fits(toks, m, self.lex) else None

    def _relative_of(self, t: Tok, agree: str) -> bool:
        return t.is_word and t.norm in _RELATIVE_AGREE.get(agree, ())

    def _content_next(self, toks: list[Tok], k: int, klass: str) -> bool:
        """The cue's content (or the preposition of its class leading to it) right after it: «أشار
        إلى»، «دعا إلى»، «أكد على»، «كشف/تحدث عن»، «حذر من» (not «تحدث إلى الحضور»: a listener)."""
        if k >= len(toks):
            return False
        t, lex = toks[k], self.lex
        n = t.norm[1:] if t.norm[:1] == "ب" else t.norm
        if t.text == ":" or lex.is_("complementizer", n, strip=False) or lex.is_("complementizer_pron", n, strip=False):
            return True
        return t.norm in _CLASS_PREPOSITIONS.get(klass, ())

    def _head_before(self, toks: list[Tok], end: int, entities: dict[int, Entity]) -> Mention | None:
        """The speaker mention ending at ``end`` (a named person, a titled chain, a body or a group):
        the longest sure one that is no prepositional phrase, within the words back to a cue or a
        punctuation mark («وفقا لما يقوله متحدث باسم الشرطة الذي قال»: the spokesman)."""
        best = None
        for s in range(end - 1, max(-1, end - 10), -1):
            t = toks[s]
            if t.cue is not None or t.is_punct or (t.is_word and (
                    self.lex.cue(t.norm) is not None or t.norm in self.lex.phrases or self.lex.is_("relative_ma", t.norm)
                    or self.lex.is_("particle", t.norm, strip=False) or self.lex.is_("preposition", t.norm, strip=False))):
                break  # (a cue or a phrase: «وفقا لما يقوله»; a function word)
            m = self.chunk.mention(toks, s, entities)
            if (m is not None and m.end == end and m.kind is not None and not t.preposed
                    and t.prefix[:1] not in ("و", "ف") and self.chunk.strong(toks, m)):
                best = m
        # (not «الوزير بالسفير الذي أكد»: a prepositional phrase inside is another person)
        return None if best is None or any(t.preposed for t in toks[best.start + 1 : end]) else best

    def _sources_then_verb(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> Mention | None:
        """«… جعل عدة مصادر مصرفية تؤكد بأن …»: unnamed sources, a body or a document right before
        an imperfect cue whose complementizer follows at once are its subject (not after a
        preposition: «لمصادر»، «من مصادر»)."""
        cue = toks[i].cue
        if cue is None or cue.pos != "verb" or cue.perfect or toks[i].cue_prefix or i + 1 >= len(toks):
            return None
        nxt = toks[i + 1].norm
        lex = self.lex
        if not (lex.is_("complementizer", nxt, strip=False) or lex.is_("complementizer_pron", nxt)
                or (nxt[:1] == "ب" and lex.is_("complementizer", nxt[1:], strip=False))):
            return None
        for s in range(max(0, i - 6), i):
            m = self.chunk.mention(toks, s, entities)
            if (m is None or m.end != i or m.quoted or toks[s].preposed
                    or m.kind not in ("anonymous", "group", "document", "outlet")):
                continue
            prev = toks[s - 1] if s > 0 else None
            if toks[s].prefix[:1] in ("و", "ف") or (prev is not None and (
                    lex.is_("preposition", prev.norm, strip=False) or prev.norm == "من" or prev.definite)):
                return None  # «على كافة المستندات والتقارير تبين بأن»: inside another phrase
            return m if self.chunk.strong(toks, m) else None
        return None

    def _topic_only(self, toks: list[Tok], m: Mention) -> bool:
        """A phrase after «أما» that names no speaker: a person only by default (no entity, no
        listed head noun, no given name among its words), so the thing spoken of («أما حضور
        المرأة كناخبة فتوقع أن …»), not who speaks («أما أعمام أفراح عبده وعدنان فقالا»)."""
        if m.kind != "person" or m.entity is not None or self.chunk.strong(toks, m):
            return False
        words = [t for t in toks[m.start : m.end] if t.is_word]
        return not any(self.lex.noun_kind(t.norm) is not None or t.norm in self.chunk.given_names
                       or t.norm[1:] in self.chunk.given_names for t in words)

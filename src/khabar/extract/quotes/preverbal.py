"""The subject before a reporting verb: after a complementizer («أن المحلقية أكدت …») or a
topic marker with a «ف» cue («أما أعمام أفراح … فقالا»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import name_starts
from khabar.extract.quotes.tokens import Tok, is_comma

# «بعد/قبل/منذ/عقب أن …»: a time clause before the cue (not «غير أن X قال»: however)
_BEFORE_AFTER = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ", "عقب"})


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

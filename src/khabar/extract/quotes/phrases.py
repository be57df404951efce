"""Attribution phrases: «بحسب ما أوردت X»، «وفقا لـX»، «وفق ما أفادت مصادر»، «نقلا عن X».

The phrase's source is the speaker (or, right after another quote's content, that quote's
via); the content is the clause the phrase sits in."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.content import trim
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.records import Raw, ViaRef
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, is_terminal

# verbal nouns of saying between a phrase head and its source («حسب قول X»، «وفق رواية X»)
_SAYING_NOUNS = frozenset({"قول", "روايه", "تعبير", "تقدير", "تقديرات", "تصريح", "تصريحات", "تأكيد", "افاده",
                           "إفاده", "شهاده", "زعم", "ادعاء", "اعتراف", "كلام", "وصف", "حديث", "دعوي", "اقوال",
                           "مزاعم", "ادعاءات",
                           # plurals (q19): «بحسب شهادات النقاد»، «وحسب شهادات وردت من المخيمات»
                           "شهادات", "روايات", "افادات"})
# plural saying nouns that speak themselves when no giver follows them (q19)
_PLURAL_SAYINGS = frozenset({"شهادات", "روايات", "افادات"})


_WHERE = frozenset({"حيث", "وحيث"})  # a subordinator opening a clause after a comma


def _unsaid(toks: list[Tok], p: int) -> bool:
    """A perfect verb right after a plural saying noun («شهادات وردت», «روايات نقلت»): an indefinite
    noun's relative clause, not the giver's name (a verb form ending in «ت» after a bare plural)."""
    t = toks[p]
    return t.is_word and not t.definite and not t.prefix and t.norm.endswith("ت") and len(t.norm) == 4


# a pronoun ending on a saying noun («على حد قولهم»، «بحسب حديثه»، «حسب وصفها»): its agreement
_PRONOUN_ENDINGS = (("هما", "du"), ("هم", "pl"), ("هن", "pl"), ("ها", "fs"), ("ه", "ms"))


_PRONOUN_CLAUSE = frozenset({"وهي", "وهو", "وهم", "وهما"})  # a nominal clause «وهي دراسة …» (normalised)


def _inside_aside(toks: list[Tok]) -> bool:
    """Whether the words after ``toks`` are inside a dash or bracket aside that ``toks`` opened."""
    dashes = sum(t.text in "-–" for t in toks)
    return dashes % 2 == 1 or sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks)


def _pronoun_forms() -> frozenset[str]:
    out = set()
    for stem in _SAYING_NOUNS:
        base = stem[:-1] + "ت" if stem.endswith("ه") else stem
        out.update(base + ending for ending, _ in _PRONOUN_ENDINGS)
    return frozenset(out)


_PRONOUN_FORMS = _pronoun_forms()  # every saying noun with a pronoun ending («قوله»، «روايتها»)
_PRONOUN_OR_HADD = _PRONOUN_FORMS | {"ل" + f for f in _PRONOUN_FORMS} | {"حد"}  # («وفقا لقوله»، «على حد»)


def pronoun_saying(word: str) -> str | None:
    """The agreement (ms, fs, pl, du) of the pronoun on a saying noun («قوله» → ms, «وصفهم» →
    pl, «روايتها» → fs); None for any other word."""
    for ending, agree in _PRONOUN_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"  # «روايته» → «روايه»
            return agree if stem in _SAYING_NOUNS else None
    return None


class PhraseMixin:
    """Methods of :class:`~khabar.extract.quotes.parse.SentenceParser` for phrase cues."""

    def _phrase_head(self, t: Tok) -> tuple[str, str] | None:
        if not t.is_word:
            return None
        if t.norm in self.lex.phrases:
            return self.lex.phrases[t.norm]
        if t.norm[:1] in "وف" and t.norm[1:] in self.lex.phrases:  # «وبحسب»، «فطبقا لـ»
            return self.lex.phrases[t.norm[1:]]
        return None

    def phrase_cue(self, toks: list[Tok], h: int, entities: dict[int, Entity], text: str,
                   known: set[str], clause_start: int, used: set[int],
                   cuts: frozenset[int] = frozenset()) -> Raw | None:
        lex, ch = self.lex, self.chunk
        second, role = self._phrase_head(toks[h]) or ("", "")
        if self._as_far_as(toks, h):
            second = "حد"  # «على حد قوله»، «على حد قول الأهالي»
        on_what = self._on_what_said(toks, h)
        if on_what:
            second = ""  # «… على ما اوضح رئيس البلدية»: as the mayor said, a trailing phrase (q23)
        as_said = toks[h].norm in ("كما", "وكما")  # «…، كما قال موقع X، …»: as X said
        if as_said and not self._as_said(toks, h, clause_start):
            return None
        p = h + 1
        if second:
            if p >= len(toks) or toks[p].norm != second:
                return None
            p += 1
        if p < len(toks) and toks[p].text in ("لـ", "ل"):
            p += 1
        saying = (p + 1 < len(toks) and toks[p + 1].is_word and lex.noun_kind(toks[p].norm) is None
                  and (toks[p].norm in _SAYING_NOUNS
                       # «وفقا لدعوى ابن المواطن»: the «ل» of «وفقا لـ» written on the noun
                       or (toks[p].norm[:1] == "ل" and toks[p].norm[1:] in _SAYING_NOUNS and p > h)))
        pron = self._pronoun_phrase(toks, p, h)
        if pron is not None:
            return self._pronoun_phrase_cue(toks, h, p + 1, pron, text, clause_start, used, cuts)
        if second == "حد" and not saying:
            return None
        if saying:
            p += 1  # «حسب قول الصيادين»، «وفق رواية الشرطة»: the speaker of the words
        glued = toks[h].norm.endswith("ما")  # «حسبما ذكرت السلطات»
        if glued and p < len(toks) and toks[p].is_word and toks[p].cue is not None:
            p += 1
        relaying = said = False
        if p < len(toks) and toks[p].norm in ("ما", "لما"):
            p += 1  # «بحسب ما أوردت»، «وفقا لما أعلنته»: skip the verb
            if p < len(toks) and toks[p].is_word:
                relaying = toks[p].cue is not None and toks[p].cue.klass == "relay"
                said = toks[p].cue is not None and toks[p].cue.pos == "verb" and toks[p].cue.klass in ("say", "announce")
                p += 1
            if p < len(toks) and toks[p].norm in ("في", "عن", "من"):
                p += 1
        if p < len(toks) and toks[p].norm == "عن":
            p += 1
        m = ch.mention(toks, p, entities)
        if saying and (m is None or toks[p].cue is not None or _unsaid(toks, p)) and toks[p - 1].norm in _PLURAL_SAYINGS:
            # «وحسب شهادات وردت من المخيمات، فقد …»: testimonies whose givers go unnamed speak as a document (q19)
            stop = next((k for k in range(p, min(len(toks), p + 8)) if not toks[k].is_word), None)
            m = Mention(p - 1, stop if stop is not None and is_comma(toks[stop]) else p, None, "document")
        if m is None:
            return None
        mtext = " ".join(t.norm for t in toks[m.start : m.end])
        plausible = (
            m.entity is not None or m.quoted
            # «على ما أوضح رئيس البلدية»، «بحسب ما أفاد حراس الغابات»: the subject of a say verb speaks (q23)
            or (said and m.kind is not None and self.chunk.strong(toks, m))
            or m.kind in ("outlet", "anonymous", "document", "group", "organization")
            or (m.kind == "person" and m.name is not None and m.name[0] > m.start)
            # «تهدف بحسب الكاتبة «…»»: a bare definite title names the person introduced with it
            or (m.kind == "person" and m.end - m.start == 1 and toks[m.start].definite
                and lex.noun_kind(toks[m.start].norm) == "title")
            or any(w in known for w in mtext.split())
            # «بحسب زعم ابن المتوفى»: the possessor of a noun of saying is a speaker by construction
            or (saying and m.kind == "person" and toks[m.start].definite is False and m.end - m.start >= 2
                and toks[m.start + 1].definite)
        )
        titled = not plausible and self._titled_after(toks, m)
        if not (plausible or titled):
            return None
        end = m.end + (1 if m.quoted else 0)
        if titled:  # the title's apposition runs to the sentence end: nothing after it is the content's
            end = next(k for k in range(end, len(toks) + 1) if k == len(toks) or is_terminal(toks[k]))
        vias = []
        # «ووفقا لمصدر مطلع لـ «عكاظ» فإن …»، «…، بحسب ما أعلنت زوجة الضحية لصحيفة سورية»: the outlet told
        if end < len(toks) and (toks[end].text in ("لـ", "ل") or (
                toks[end].norm[:1] == "ل" and lex.noun_kind(toks[end].norm[1:]) == "outlet")):
            via, via_end = self._via_at(toks, end, entities)
            if via is not None and (via.mention.quoted or via.mention.kind == "outlet"):
                vias, end = [via], via_end
        if relaying and not vias:
            # «بحسب ما نقلت صحيفة سورية الاثنين عن زوجة الشيخ»: the paper relays, the one after «عن» speaks
            q = end
            while q < len(toks) and toks[q].is_word and lex.is_("time", toks[q].norm):
                q += 1
            told = ch.mention(toks, q + 1, entities) if q + 1 < len(toks) and toks[q].norm == "عن" else None
            if told is not None and (m.kind == "outlet" or m.quoted):
                vias, m = [ViaRef(m)], told
                end = told.end + (1 if told.quoted else 0)
        if on_what and not self._phrase_ends(toks, end):
            end = self._described_to_end(toks, end)  # «على ما أوضح عمر غارسيا أحد مدربي هذه الكلاب.»
            if end is None:
                return None
        if as_said and not self._phrase_ends(toks, end):
            return None  # «كما أعلنت الحركة مسؤوليتها»، «كما قال الوزير، إن»: «also», a statement of its own
        used.update(range(h, end))
        cue_span = (toks[h].start, toks[p - 1].end if p > h + 1 else toks[h].end)
        span = self._phrase_content(toks, h, end, m, text, clause_start, cuts)
        if span is None:
            return None
        return Raw(
            sentence=-1, cue=cue_span, cue_token=h, lemma=toks[h].norm, klass="phrase",
            hedged=False, content=span, type="indirect", source=m, phrase=True, vias=vias,
        )

    def _titled_after(self, toks: list[Tok], m: Mention) -> bool:
        """«…، حسبما أفاد أحمد فوزي عبد القهار، نائب مدير العمليات في خفر السواحل.»: a person's full name
        (a given name and at least one more name) with a title in apposition after a comma that runs to
        the sentence end (no comma, cue or quote mark after it)."""
        if m.kind != "person" or m.name is None or m.name[1] - m.name[0] < 2 or m.name[1] + 1 >= len(toks):
            return False
        a, b = m.name
        if not (toks[a].norm in self.chunk.given_names and is_comma(toks[b])
                and self.lex.noun_kind(toks[b + 1].norm) == "title"):
            return False
        for t in toks[b + 1 :]:
            if is_terminal(t):
                return True
            if is_comma(t) or t.cue is not None or (t.is_punct and t.text not in "()"):
                return False
        return True

    def _as_far_as(self, toks: list[Tok], h: int) -> bool:
        """«على حد» + a saying noun («على حد قولهم»، «على حد تعبير الوزير»): as X put it."""
        return (toks[h].norm in ("علي", "وعلي") and h + 2 < len(toks) and toks[h + 1].norm == "حد"
                and toks[h + 2].is_word)

    def _pronoun_phrase(self, toks: list[Tok], p: int, h: int) -> str | None:
        """The agreement of a saying noun with a pronoun ending right after a phrase head
        («بحسب حديثه»، «وفقا لقولهم»، «على حد تعبيرها»); None when the phrase names its source."""
        if p >= len(toks) or not toks[p].is_word or toks[h].norm in ("كما", "وكما", "حسبما", "بحسبما"):
            return None
        word = toks[p].norm
        if word[:1] == "ل" and p > h and pronoun_saying(word) is None:
            word = word[1:]  # «وفقا لقوله»
        return pronoun_saying(word)

    def _pronoun_phrase_cue(self, toks: list[Tok], h: int, end: int, agree: str, text: str,
                            clause_start: int, used: set[int], cuts: frozenset[int]) -> Raw | None:
        """«…، على حد قولهم»، «فهو تسبب -بحسب حديثه- بتأخر …»: the clause the phrase qualifies is
        the words of the pronoun's antecedent (found by the document resolution; the agreement
        of the pronoun picks it)."""
        start = self._own_clause(toks, h, clause_start, cuts)
        # the clause ends at the next comma too («-بحسب حديثه- بتأخر …، …»)
        comma = next((k for k in range(end + 1, len(toks)) if is_comma(toks[k])), None)
        if comma is not None:
            cuts = cuts | {comma}
        span = self._phrase_content(toks, h, end, None, text, start, cuts)
        if span is None:
            return None
        used.update(range(h, end))
        return Raw(
            sentence=-1, cue=(toks[h].start, toks[end - 1].end), cue_token=h, lemma=toks[h].norm,
            klass="phrase", hedged=False, content=span, type="indirect", source=None, implicit=True,
            phrase=True, agree=agree, pron_phrase=True,
        )

    def _own_clause(self, toks: list[Tok], h: int, clause_start: int, cuts: frozenset[int]) -> int:
        """Where the clause a gloss like «على حد قولهم» qualifies starts: after the nearest comma or
        complementizer before it («…، فهو تسبب -بحسب حديثه- …»، «… من أن مؤشر السوق …»)."""
        start = max((c for c in cuts if c < h), default=clause_start)
        k = h - 1
        if k > start and (toks[k].text in "-–(" or is_comma(toks[k])):
            k -= 1  # the phrase between dashes or after a comma
        while k > start:
            t = toks[k]
            if is_comma(t) or t.text in "-–" or (t.is_word and (self.lex.is_("complementizer", t.norm, strip=False)
                                                                or t.norm in ("بان", "لان"))):
                return k + 1
            k -= 1
        return max(start, clause_start)

    def _phrase_content(self, toks: list[Tok], h: int, end: int, m: Mention | None, text: str,
                        clause_start: int, cuts: frozenset[int]) -> tuple[int, int] | None:
        """The content of a phrase cue ending at token ``end``: the clause it sits in."""
        lex = self.lex
        # where is the phrase in its clause?
        rest = [t for t in toks[end:] if not (t.is_punct or lex.is_("time", t.norm))]
        if end < len(toks) and "\n" in text[toks[end - 1].end : toks[end].start]:
            rest = []  # «… مشدّدة، حسب (الحياة) ⏎ ولفت …»: a line break after the phrase ends its clause
        # the content ends where a new statement starts after the phrase («…، مؤكدة …»)
        stop = min((c for c in cuts if c > end), default=len(toks))
        initial = h <= clause_start
        if not initial:
            # «… كتاب الباحثة X «…» وهي دراسة تهدف بحسب الكاتبة «…»»: «وهي/وهو» opens the clause
            # (not a parenthesis «الرجل - وهو من مونتانا - أعلن», nor «وهو ما» which)
            clause_start = next((k for k in range(h - 1, clause_start, -1)
                                 if toks[k].norm in _PRONOUN_CLAUSE and not is_comma(toks[k - 1])
                                 and toks[k + 1].norm not in ("ما", "الذي", "التي")
                                 and not _inside_aside(toks[clause_start:k])), clause_start)
            # «… بعد النجاح الذي حققته، حيث وصل عدد مستمعيها …، بحسب بلقيس»: «حيث» after a comma opens
            # the clause the phrase attributes (q24)
            clause_start = next((k + 1 for k in range(h - 2, clause_start, -1)
                                 if toks[k].norm in _WHERE and is_comma(toks[k - 1])), clause_start)
        if initial:
            s = end
            while s < len(toks) and (is_comma(toks[s]) or toks[s].text in "-–" or toks[s].norm == "ايضا"):
                s += 1  # «وبحسب بيانات «ساما» أيضا، ارتفع …»
            if s < len(toks) and toks[s].is_word and (lex.is_("relative", toks[s].norm, strip=False)
                                                      or self._describing_verb(toks, s, m)):
                # «وبحسب بيان المنظمة الذي تسلمت "الوطن" نسخة منه، أكدت …»: the relative clause
                # describes the source
                close = next((k for k in range(s + 1, min(len(toks), s + 16)) if is_comma(toks[k])), None)
                if close is not None:
                    s = close + 1
                    stop = min((c for c in cuts if c >= s), default=len(toks))
            s = self._past_channel(toks, s, stop)
            s = self._past_body(toks, s, stop)
            if stop - s <= 2:
                if m is not None:
                    self._opening = (s, m)  # the statement that starts here may have no subject
                return None  # «وبحسب موقع 24 أوضحت X أن …»: the next statement starts at once
            a, b = trim(text, toks[s].start, toks[stop - 1].end)
        elif not rest or self._relative_statement(toks, end):
            # «…، بحسب ما ذكرت "X" التي رأت أن …»: the relative clause is X's next statement
            a, b = trim(text, toks[clause_start].start, toks[h - 1].end)
        else:
            a, b = trim(text, toks[clause_start].start, toks[stop - 1].end)
        if b <= a:
            return None
        tok0 = toks[clause_start]
        if not initial and a == tok0.start and tok0.text[:1] in "وف" and (
                (len(tok0.text) > 3 and tok0.norm[:1] in "وف") or tok0.norm in _PRONOUN_CLAUSE):
            a += 1
        return a, b

    def _past_channel(self, toks: list[Tok], s: int, stop: int) -> int:
        """«وبحسب حديث X في لقائه الذي نشرته صحيفة «Y» … فإنه …»: a channel phrase after an opening
        phrase's source is read over to the «فإن» that starts the content (kept in it)."""
        if s + 1 >= stop or toks[s].norm != "في" or not toks[s + 1].is_word:
            return s
        word = toks[s + 1].norm
        bare = word[:-2] if word.endswith(("ها", "هم")) else (word[:-1] if word.endswith("ه") else word)
        bare = bare[:-1] + "ء" if bare.endswith("ئ") else bare  # «لقائه» → «لقاء»
        if not (self.lex.is_("channel", word, strip=False) or self.lex.is_("channel", bare, strip=False)):
            return s
        for f in range(s + 2, min(stop, s + 30)):
            t = toks[f]
            if t.is_punct and not is_comma(t) and t.text not in "«»\"\'":
                break
            if t.is_word and t.norm[:1] == "ف" and (self.lex.is_("complementizer", t.norm[1:], strip=False)
                                                    or self.lex.is_("complementizer_pron", t.norm[1:], strip=False)):
                return f
        return s

    def _describing_verb(self, toks: list[Tok], s: int, m: Mention | None) -> bool:
        """«ووفقاً لتحليل أجرته وحدة التقارير …، فإن …»: a verb with an object pronoun right after an
        indefinite source noun opens a relative clause without «الذي/التي» that describes it."""
        if m is None or s != m.end or m.quoted or toks[m.start].definite or m.kind not in ("document", "anonymous"):
            return False
        t = toks[s]
        return t.cue is None and not t.definite and not t.preposed and t.text.endswith(("ته", "تها", "ه", "ها")) and len(t.norm) >= 4

    def _past_body(self, toks: list[Tok], s: int, stop: int) -> int:
        """«ووفقا لتحليل وحدة التقارير الاقتصادية في صحيفة "الاقتصادية"، تراجعت …»: «في» + an outlet
        or a body right after an opening phrase's source, closed by a comma, belongs to the source."""
        if s + 1 >= stop or toks[s].norm != "في":
            return s
        m = self.chunk.mention(toks, s + 1, {})
        if m is None or not (m.quoted or m.kind in ("outlet", "organization")):
            return s
        end = m.end + (1 if m.quoted else 0)
        return end + 1 if end < stop and is_comma(toks[end]) else s

    def _phrase_ends(self, toks: list[Tok], end: int) -> bool:
        """After «كما قال X» (X ending at ``end``, its adjectives read on): the end of the clause,
        or a comma with no complementizer after it."""
        while end < len(toks) and self._definite_adjective(toks[end]):
            end += 1  # «موقع «ذا لوكال» الإخباري الأوروبي»
        if end >= len(toks) or is_terminal(toks[end]):
            return True
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        return is_comma(toks[end]) and not (nxt is not None and (
            self.lex.is_("complementizer", nxt.norm) or self.lex.is_("complementizer_pron", nxt.norm)))

    def _as_said_phrase(self, toks: list[Tok], k: int) -> bool:
        """«كما» opening a whole «…، كما قال X.» phrase (a cut point before it)."""
        if not self._as_said(toks, k, -1):
            return False
        m = self.chunk.mention(toks, k + 2, {})
        return m is not None and self._phrase_ends(toks, m.end + (1 if m.quoted else 0))

    def _as_said(self, toks: list[Tok], h: int, clause_start: int) -> bool:
        """«كما» + a perfect say verb after a comma, inside a clause («…، كما ذكر موقع X.»): an
        attribution phrase; at a clause start it means «also» and the verb is a cue of its own."""
        nxt = toks[h + 1] if h + 1 < len(toks) else None
        return (h > clause_start and h > 0 and is_comma(toks[h - 1]) and nxt is not None
                and nxt.cue is not None and nxt.cue.perfect and not nxt.cue_prefix
                and nxt.cue.klass in ("say", "announce"))

    def _relative_statement(self, toks: list[Tok], k: int) -> bool:
        """A relative pronoun right after the phrase's source followed by a reporting verb
        («… "ذي دايلي مايل" التي رأت أن …»، «… متحدث باسم الشرطة الذي قال إن …»)."""
        return (k + 1 < len(toks) and toks[k].is_word and self.lex.is_("relative", toks[k].norm, strip=False)
                and toks[k + 1].cue is not None and toks[k + 1].cue.pos == "verb")

    def phrase_heads(self, toks: list[Tok]) -> set[int]:
        # «كما» is a phrase head only before a say verb («…، كما قال X»), not in «كما أن» (also);
        # a head that needs a second word is one only before it («على لسان»، not «- على حد قولهم -»)
        return {k for k, t in enumerate(toks) if (head := self._phrase_head(t)) is not None
                and (not head[0] or (k + 1 < len(toks) and toks[k + 1].norm == head[0]) or self._on_what_said(toks, k))
                and (t.norm not in ("كما", "وكما") or self._as_said_phrase(toks, k))}

    def _described_to_end(self, toks: list[Tok], end: int) -> int | None:
        """After «على ما قال X» the source's apposition, relative clause or time words may run to the sentence
        end («… ماري يونغ كونغ العالمة في وزارة الزراعة التي تحتفظ …»، «… وكالة «إيسنا» الطلابية يوم أمس»):
        the sentence end, when no complementizer, colon, quote mark or cue comes before it; else None."""
        for k in range(end, len(toks)):
            t = toks[k]
            if is_terminal(t):
                return k
            if (t.cue is not None or t.text == ":" or t.text in OPEN_QUOTES
                    or self.lex.is_("complementizer", t.norm) or self.lex.is_("complementizer_pron", t.norm)):
                return None
        return len(toks)

    def _on_what_said(self, toks: list[Tok], h: int) -> bool:
        """«على ما» + a perfect say, announce or relay verb with no proclitic («… على ما ذكرت صحف محلية»،
        «على ما أوضح عمر غارسيا»، «على ما نقلت وكالة X»): «as X said», an attribution phrase like «بحسب ما»
        (AFP's wording; «على ما يبدو» has no cue)."""
        if h + 2 >= len(toks) or toks[h].norm != "علي" or toks[h + 1].norm != "ما":
            return False
        if h > 0 and toks[h - 1].cue is not None:
            return False  # «أكد … على ما صرح به الوزير»: the «على» of «أكد على»
        c = toks[h + 2].cue
        return (c is not None and c.perfect and not toks[h + 2].cue_prefix and c.pos == "verb"
                and c.klass in ("say", "announce", "relay"))

    def pronoun_phrase_heads(self, toks: list[Tok]) -> set[int]:
        """Heads of «على حد قوله/قول X» and of a phrase with a pronoun saying noun («بحسب
        حديثه»، «حسب وصفهم»). Not cut points: the phrase often sits inside its speaker's own
        statement («… - على حد قولهم - …»), which it must not end."""
        out: set[int] = set()
        norms = [t.norm for t in toks]
        if _PRONOUN_OR_HADD.isdisjoint(norms):
            return out  # (most sentences: no saying noun with a pronoun, no «حد»)
        for j, n in enumerate(norms):
            if n not in _PRONOUN_OR_HADD or j == 0:
                continue
            if n == "حد":
                if self._as_far_as(toks, j - 1):
                    out.add(j - 1)
                continue
            for k in (j - 1, j - 2):  # the head, or the head and «لـ» («وفقا لـ قوله»)
                if k < 0 or (k == j - 2 and toks[j - 1].text not in ("لـ", "ل")):
                    continue
                head = self._phrase_head(toks[k])
                if head is not None and not head[0] and self._pronoun_phrase(toks, j, k) is not None:
                    out.add(k)
        return out


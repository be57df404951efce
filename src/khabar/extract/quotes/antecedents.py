"""Antecedents of implicit speakers («وأضاف»، «مشيرا»، «قوله»، «لكنه أوضح»): an earlier quote
of the sentence, the mention before a verbal noun, the subject of the nearest verb, an
earlier speaker named again, or the last titled person of the preceding sentences; and the
name a bare title was introduced with («وزير المالية الأردني» → «… أمية طوقان»)."""

from __future__ import annotations

from bisect import bisect_left

from khabar.document import Entity
from khabar.extract.entities.overlap import LastIndex
from khabar.extract.quotes.agreement import fits
from khabar.extract.quotes.chain import Record, Speaker, same_speaker, words
from khabar.extract.quotes.honorifics import honorific_titles
from khabar.extract.quotes.lexicon import CHANT, SPEECHES, Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import feminine_given, is_place, nisba
from khabar.extract.quotes.naming import KIN
from khabar.extract.quotes.records import Raw
from khabar.extract.quotes.reviews import review_papers
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, strip_marks
from khabar.extract.quotes.wordclasses import HONORIFIC_PRONOUNS, quoted_name
from khabar.extract.quotes.writer import document_writer, piece_author, speech_noun_before
from khabar.text.clitics import analyses
from khabar.text.normalize import HARAKAT

# heads of a time clause before a cue («وقبل أن يغادر الوزير القاعة قال …»; normalised)
_TIME_HEADS = frozenset({"قبل", "وقبل", "بعد", "وبعد", "عقب", "وعقب", "منذ", "ومنذ"})

QUOTE_MARKS = frozenset('"«»“”„″')
_SUBJECT_KINDS = frozenset({"person", "organization", "anonymous", "group", "outlet"})
# a noun of these kinds after «بـ» inside a verb's subject is another party («بالسفير»، «بالوفد»)
_PARTNER_KINDS = frozenset({"title", "group"})
# «ولم يتردد المدرب …»، «ولن يقبل الوزير …»: a negator before the verb, no verb itself
_NEGATORS = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن"})
# acts of speech whose doer a participle after the statement that reports them goes on from (q22):
# رحب، هنأ، أشاد، ثمّن، شكر، أثنى، حيّا (normalised perfects)
_SPEECH_ACTS = frozenset({"رحب", "هنا", "اشاد", "ثمن", "شكر", "اثني", "حيا"})
# the token positions of a sentence right after «أن/لأن», found once for all its cues
_AFTER_AN: LastIndex[list[int]] = LastIndex(lambda toks: [
    s for s in range(1, len(toks)) if toks[s - 1].norm in ("ان", "لان")])


def position(records: list[Record], rec: Record) -> int:
    """``records.index(rec)``, comparing whole records only when their cue offsets match
    (equal records have equal cues): the same answer without a deep comparison per record."""
    cue = rec.raw.cue
    for k, r in enumerate(records):
        if r is rec or (r.raw.cue == cue and r == rec):
            return k
    raise ValueError("record not in the list")


class AntecedentMixin:
    """Methods of :class:`~khabar.extract.quotes.QuoteStage` that find implicit speakers."""

    def _sentence_antecedent(self, rec: Record, records: list[Record], toks: list[Tok],
                             ents: dict[int, Entity], text: str, entities: list[Entity],
                             views: dict[int, list[Tok]]) -> None:
        """Find the implicit speaker; a speaker who just spoke goes on, and so does the chain."""
        if rec.raw.kin_nested:
            return  # the genitive of the relative quoting her («… لقد قالت أن …»): found already
        self._find_antecedent(rec, records, toks, ents, text, entities, views)
        last = records[-1] if records else None
        if (rec.raw.implicit and not rec.inherit and last is not None and last.raw.parent is None
                and not rec.raw.pron_phrase):
            if rec.speaker.name and same_speaker(last.speaker.name, rec.speaker.name):
                # «وتجنب مورينيو … قائلا»: the same speaker goes on; so does the chain
                rec.speaker, rec.continues, rec.inherit = last.speaker, len(records) - 1, True

    def _find_antecedent(self, rec: Record, records: list[Record], toks: list[Tok],
                             ents: dict[int, Entity], text: str, entities: list[Entity],
                             views: dict[int, list[Tok]]) -> None:
        """Implicit speakers found in the sentence itself: an earlier quote of the sentence,
        the mention before a verbal noun («أحد الوزراء بسبب قوله»), or the subject of the
        sentence's first verb («استنكر علماء …، مؤكدين»)."""
        raw = rec.raw
        if not raw.implicit:
            return
        if raw.pron_phrase:
            self._pronoun_antecedent(rec, records, toks, ents, text, entities, views)
            return
        i = raw.cue_token
        m = self._prophet(raw, records, toks)
        if m is not None:  # «… من رسولنا ومعلمنا الأول صلى الله عليه وسلم … وهو يقول: "…"»
            rec.speaker, _ = self._speaker(m, toks, text, entities)
            raw.back_source = m
            return
        m = self._time_clause_subject(raw, toks, ents)
        if m is not None:  # «وقبل أن يغادر الوزير X القاعة قال إن …»: the minister, not «يغادر»
            rec.speaker, _ = self._speaker(m, toks, text, entities)
            raw.back_source = m
            return
        if (toks[i].cue is not None and toks[i].cue.pos == "participle" and i + 1 < len(toks)
                and toks[i + 1].norm in HONORIFIC_PRONOUNS
                and not any(r.raw.sentence == raw.sentence for r in records)):
            # «رفع صاحب السمو الأمير X أحر التعازي لمقام …، وسمو ولي عهده …، مذكراً سموه بأن …»:
            # the honorific stands for the sentence's subject, not the last «سمو» of a list (a
            # statement earlier in the sentence, «وقال سموه "…"، مؤكداً سموه أن»، goes on as before)
            m = self._verb_subject(toks, i, ents, first=True)
            if m is not None and not self._holds(toks, m, toks[i + 1].norm):
                # «… ووجههم سموه بعد أن رحب بهم …، مؤكدا سموه أن»: a subject named without the
                # pronoun's honorific or title is not its holder; the last one named with it is (q20b)
                held = self._honorific_holder(toks, i, views, raw.sentence, ents)
                if held is not None:
                    rec.speaker, _ = self._speaker(held[0], held[1], text, entities)
                    raw.back_source = held[0]
                    return
            if (m is not None and m.kind == "person" and self.chunker.strong(toks, m)
                    and toks[m.start].norm not in HONORIFIC_PRONOUNS):
                if m.name is not None and m.name[1] < m.end:  # the verb's object is no part of it
                    m = Mention(m.start, m.name[1], m.name, m.kind, m.entity, m.quoted)
                rec.speaker, _ = self._speaker(m, toks, text, entities)
                raw.back_source = m
                return
        # a trailing phrase nested in the quote before it («…، وفقاً لتقرير X الذي … ويفيد») counts
        same = [r for r in records if r.raw.sentence == raw.sentence and (r.raw.parent is None or r.raw.phrase)]
        i = raw.cue_token
        if raw.lemma in CHANT:
            m = self._chanters(toks, i, ents)
            if m is not None:  # «وبدأ المحتجون يقتربون … مرددين "…"»: the crowd the sentence shows (q23)
                rec.speaker, _ = self._speaker(m, toks, text, entities)
                raw.back_source = m
            return
        papers = review_papers(views) if not same and raw.agree == "fs" else None
        if papers is not None and papers[0] <= raw.sentence:
            # a press review's «وأخبرت عن …»، «وأشارت إلى …»، «مخبرة عن …»: the papers of its opening (q23)
            rec.speaker, _ = self._speaker(papers[1], views[papers[0]], text, entities)
            raw.back_source = papers[1]
            return
        ante = self._relative_speaker(raw, records, toks)
        if ante is not None:  # «… ما حذر منه موقع X من …، والذي وصفها بأنها …»: the site goes on
            rec.speaker, rec.continues, rec.inherit = ante.speaker, position(records, ante), True
            raw.parent = ante.raw.parent  # nested where that statement is (a relayed one stays relayed)
            return
        # «نشر المعهد مقالا للباحثة X، قالت فيه»: the author named with «لـ», before the publisher
        m = piece_author(self.lex, self.chunker, toks, i, ents)
        if m is None:
            m = document_writer(self.lex, self.chunker, toks, i, ents)  # «قدّم X كلمةً أشار فيها»
        noun = speech_noun_before(self.lex, toks, i) if m is None else None
        if (noun is not None and noun > 0 and toks[noun - 1].is_word
                and not self.lex.is_("preposition", toks[noun - 1].norm)  # «وفي تغريدة قال فيها»
                and not any(t.norm[:1] == "ل" for t in toks[noun + 1 : i])):  # «تغريدة للغفيلي قال فيها»
            # «… فيما تجول على المواقع وألقى محاضرات عدة بيّن فيها أن …»: the speech's verb has no
            # subject of its own; the writer is the subject of the sentence's first verb
            m = self._verb_subject(toks, noun, ents, first=True)
            if m is None or m.kind == "outlet" or not self.chunker.strong(toks, m):
                return  # no speaker, rather than the last person named before («تجول على مواقع …»: no site)
        if m is not None:
            rec.speaker, _ = self._speaker(m, toks, text, entities)
            raw.back_source = m
            return
        if toks[i].cue is not None and toks[i].cue.pos == "masdar" and "ب" not in toks[i].cue_prefix:
            # (a verbal noun after «بـ» — «أثار الاستياء بإعلانه أنه» — takes the verb's subject)
            if _frame_saying(self.lex, toks, i):  # «وذهب المحلل X إلى القول إن»: the verb's subject
                m = self._verb_subject(toks, i - 1, ents)
            for s in range(max(0, i - 7), i) if m is None else ():  # earliest start first: the whole phrase
                cand = self.chunker.mention(toks, s, ents)
                if cand is None or cand.end not in (i, i - 1):
                    continue
                named = cand.kind == "person" and cand.name is not None and cand.end - cand.start >= 2
                if self.chunker.strong(toks, cand) or named:
                    m = cand
                    break
        if m is None:
            m = self._before_comma(raw, toks, ents)
        if m is None:
            m = self._plural_actor(raw, records, same, toks, ents)
        if m is None:
            m = self._feminine_actor(raw, records, same, toks, ents)
        if m is None:
            m = self._person_actor(raw, records, same, toks, ents)
        if m is None and not same:
            m = self._relatives_met(raw, toks, ents)
        if m is None and same:
            m = self._but_subject(toks, i, ents)
        if m is None:
            # «ورفع مكتب الطقس … حالة التحذير، لكنه قال:»: a pronoun takes up the verb's subject too
            verb_subject = self._verb_subject(toks, i, ents) or self._subject_after_an(toks, i, ents)
            if raw.pron_subject and verb_subject is not None and not self._agrees(raw, toks, verb_subject):
                verb_subject = None
            if verb_subject is not None and self._feminine_for_masculine(raw, toks, verb_subject):
                verb_subject = None  # «… كانت تعمل مساعدة للمدربين الأجانب, وأوضح أن»
            if verb_subject is not None and self._in_content(records, toks[verb_subject.start].start):
                verb_subject = None  # a subject inside reported speech is not the speaker
            if same and self._not_his(raw, toks, same[-1]):
                raw.passed_over = position(records, same[-1])
            elif same and (verb_subject is None or toks[verb_subject.start].start < same[-1].raw.content[0]):
                ante = same[-1]
                rec.speaker, rec.continues, rec.inherit = ante.speaker, position(records, ante), True
                return
            rel = self._relative_head(toks, i, ents)
            m = verb_subject
            if rel is not None and (m is None or m.start > rel.end):
                m = rel  # a subject inside the relative clause is not the one that goes on
        if m is not None:
            rec.speaker, _ = self._speaker(m, toks, text, entities)
            raw.back_source = m
            return
        cand = self._right_before(toks, i, ents)
        if cand is not None:
            rec.speaker, _ = self._speaker(cand, toks, text, entities)
            raw.back_source = cand
            return
        named = self._earlier_speaker_named(rec, records, toks, i)
        if named is not None:
            ante = next(r for r in reversed(records) if r.speaker is named)
            rec.speaker, rec.continues, rec.inherit = named, position(records, ante), True
            return
        prev = records[-1] if records else None
        if (prev is not None and rec.paragraph > prev.paragraph and prev.raw.sentence < raw.sentence - 1
                and self._new_person_before(rec, views, ents, text, entities)):
            return  # «… حسب تقرير لـ«رويترز». ⏎ ويدرس عثمان جميل … . ويقول: …»: the person just introduced
        if prev is None or rec.paragraph - prev.paragraph > 1:
            held = self._honorific_holder(toks, i, views, raw.sentence, ents)
            if held is not None:  # «وقال سموه» after «… صاحب السمو الملكي الأمير X … لخادم الحرمين الملك Y»
                rec.speaker, _ = self._speaker(held[0], held[1], text, entities)
                raw.back_source = held[0]
                return
            for sj in (raw.sentence - 1,):  # the subject of the sentence before («ونوه الدكتور X … . وقال:»)
                vt = views.get(sj, [])
                m = self._verb_subject(vt, len(vt) + 1, ents, first=True) if vt else None
                # a document too when the verb agrees («أظهرت إحصائية … أن … . وكشفت أن …»), and a
                # group a plural verb agrees with («اجتمع وزراء الخارجية العرب … . وأجمعوا كلهم على أن»)
                if m is not None and (m.kind == "person" or (m.kind == "document" and raw.agree
                                                             and self._agrees(raw, vt, m))
                                      or (raw.agree == "pl" and m.kind in ("group", "anonymous")
                                          and "pl" in fits(vt, m, self.lex))):
                    if m.kind == "person" and m.name is not None and m.name[1] < m.end:
                        m = Mention(m.start, m.name[1], m.name, m.kind, m.entity, m.quoted)  # («أشاد X بالأجواء»)
                    rec.speaker, _ = self._speaker(m, vt, text, entities)
                    raw.back_source = m
                    return
            hit = self._recent_person(views, raw.sentence, ents)
            if hit is not None and raw.agree == "fs" and fits(hit[1], hit[0], self.lex) == frozenset({"ms"}):
                hit = None  # «… الطالب ريان … . ووصفت الجريمة بأنها …»: a feminine verb is not his
            if hit is not None and raw.agree == "pl" and "pl" not in fits(hit[1], hit[0], self.lex):
                hit = None  # «… القاضي جيرالد سبارو … . وأجمعوا كلهم أن»: a plural verb is not one man's
            if hit is None and raw.agree == "fs":
                hit = self._recent_woman(views, raw.sentence, ents)
            if hit is not None:
                rec.speaker, _ = self._speaker(hit[0], hit[1], text, entities)
                raw.back_source = hit[0]

    def _chanters(self, toks: list[Tok], i: int, ents: dict[int, Entity]) -> Mention | None:
        """Who chants: the subject of the sentence's first verb when it is a group of people («وبدأ المحتجون
        يقتربون … مرددين»، «وظهر المعتصمون … وهم يهتفون»), else the nearest group before the cue («أظهر خروج
        مئات المتظاهرين … هاتفين»); a website, a channel or a body does not chant."""
        m = self._verb_subject(toks, i, ents, first=True)
        if m is not None and m.kind == "group" and toks[m.start].start < toks[i].start:
            return m
        for s in range(i - 1, -1, -1):
            m = self.chunker.mention(toks, s, ents)
            if m is not None and m.end <= i and m.kind == "group":
                return m
        return None

    def _honorific_holder(self, toks: list[Tok], i: int, views: dict[int, list[Tok]], si: int,
                          ents: dict[int, Entity]) -> tuple[Mention, list[Tok]] | None:
        """«وقال سموه»، «وأكد معاليه»: the honorific pronoun after the cue stands for the last person named
        with that honorific in the three sentences before («صاحب السمو الملكي الأمير محمد بن نايف»), not
        for the last titled person (the king he offered condolences to); failing that, for the last person
        named there with a title the honorific goes with («جلالة الملك X»/«الملك X» for «جلالته», «الرئيس»
        for «فخامته», «الوزير» for «معاليه»: ``honorifics.tsv``, q20b); None without such a pronoun."""
        after = toks[i + 1].norm if i + 1 < len(toks) else ""
        tiers = honorific_titles().get(after)
        if tiers is None:
            return None
        for title in tiers:  # the honorific noun first («صاحب السمو …»), then a title it goes with («الملك …»)
            for sj in range(si - 1, max(-1, si - 4), -1):
                vt = views.get(sj, [])
                found = None
                for k, t in enumerate(vt):
                    if t.is_word and t.norm in title:
                        m = self.chunker.mention(vt, k, ents)
                        if m is not None and m.kind == "person" and m.name is not None:
                            found = m
                if found is not None:
                    if found.name[1] < found.end:  # the verb's object is no part of it
                        found = Mention(found.start, found.name[1], found.name, found.kind, found.entity, found.quoted)
                    return found, vt
        return None

    def _holds(self, toks: list[Tok], m: Mention, pronoun: str) -> bool:
        """The mention bears a holder word of the honorific pronoun («صاحب السمو الأمير X» for «سموه»);
        true for a pronoun without a listed holder (nothing to check)."""
        tiers = honorific_titles().get(pronoun)
        return tiers is None or any(t.norm in tiers[0] or t.norm in tiers[1] for t in toks[m.start:m.end])

    def honorific_subjects(self, records: list[Record], views: dict[int, list[Tok]], ents: dict[int, Entity],
                           text: str, entities: list[Entity]) -> None:
        """Every cue whose subject is a singular honorific pronoun («اكد جلالته»، «وقال سموه»، «كما أكد معاليه»،
        «مؤكدا سموه»، «وتأكيد سموه بأن»), however its speaker was found, in one place (lead's decision, session 20;
        docs/quotes.md § 2): the SOURCE is the honorific itself — an explicit mention in the text next to the cue,
        like «الصحيفة» — and the SPEAKER its holder. A holder the antecedent search found first (the one named
        with the honorific at a section's start, a participle's, a speaker going on: :meth:`_find_antecedent`)
        keeps its name; with none, the last person named with that honorific or a title it goes with in the three
        sentences before (:meth:`_honorific_holder`, q20b); failing that, the honorific names the speaker (the
        minister of a report whose first part named him elsewhere). Quotes that go on from it take the source and
        the name too."""
        renamed: dict[int, tuple[Speaker, Speaker]] = {}
        for n, rec in enumerate(records):
            if rec.raw.parent is not None:
                continue
            if rec.continues in renamed and rec.speaker.name == renamed[rec.continues][0].name:
                old, new = renamed[rec.continues]  # «… اكد جلالته …، مبينا أن»: the same speaker, the same source
                span = new.span if rec.speaker.span == old.span else rec.speaker.span
                rec.speaker = Speaker(span, new.name, new.kind, new.entity)
                renamed[n] = renamed[rec.continues]
                continue
            toks = views.get(rec.raw.sentence, [])
            k = rec.raw.cue_token + 1
            if k >= len(toks) or toks[k].norm not in HONORIFIC_PRONOUNS:
                continue
            span = (toks[k].start, toks[k].end)
            old = rec.speaker
            if old.name is not None and old.span != span and not rec.raw.implicit:
                continue  # an explicit subject of its own (none in the gold sets)
            if old.name is not None and old.span != span:
                new = Speaker(span, old.name, old.kind, old.entity)  # the holder or the speaker going on
            else:
                held = self._honorific_holder(toks, k - 1, views, rec.raw.sentence, ents)
                if held is not None:
                    sp, _ = self._speaker(held[0], held[1], text, entities)
                    new = Speaker(span, sp.name, "person", sp.entity)
                else:
                    new = old if old.name is not None else Speaker(span, toks[k].text, "person")
            rec.speaker = new
            renamed[n] = (old, new)
            rec.raw.implicit = False  # the honorific is an explicit mention

    def _introduces_woman(self, t: Tok) -> bool:
        """A kin noun (with a possessive: «والدتي»، «زوجته»، «ابنتها»), a title or an honorific right before
        a woman's name («والدتي منيرة الرومي»، «المعلمة هند …»)."""
        if not t.is_word:
            return False
        n = t.norm
        stems = {n, n[:-1], n[:-2], n[:-2] + "ه", n[:-1] + "ه"} if len(n) > 3 else {n}
        return bool(stems & KIN_WOMEN) or self.lex.noun_kind(n) == "title"

    def _recent_woman(self, views: dict[int, list[Tok]], si: int, ents: dict[int, Entity]
                      ) -> tuple[Mention, list[Tok]] | None:
        """A feminine cue with no one else to go on from takes the last woman named by her given name
        and family name in the eight sentences before («لقد وقع خبر وفاة والدتي منيرة الرومي … ولسان
        حالها يلهج بالشكر وتقول (…)»): a given name filed under women only (not «خليفة»، «حمزة»), after a
        kin noun, a title or an honorific."""
        women = feminine_given()
        for sj in range(si - 1, max(-1, si - 9), -1):
            toks = views.get(sj, [])
            found = None
            for k, t in enumerate(toks[:-1]):
                if not t.is_word or t.definite or t.preposed or t.norm not in self.chunker.given_names:
                    continue
                nxt = toks[k + 1]
                if t.norm not in women or not self.chunker.is_name_token(nxt) or nxt.preposed:
                    continue  # («غير صالحة للرياضات»: an adjective and its complement)
                if not k or not self._introduces_woman(toks[k - 1]):
                    continue  # («وقد شهد التاريخ»، «مع عودة الهدوء»: a verb, a noun)
                m = self.chunker.mention(toks, k, ents)
                if m is not None and m.kind == "person" and m.name is not None:
                    found = m
            if found is not None:
                return found, toks
        return None

    def _time_clause_subject(self, raw: Raw, toks: list[Tok], ents: dict[int, Entity]) -> Mention | None:
        """The subject of a time clause «(و)قبل/بعد/عقب/منذ أن + verb + X …» that opens the cue's
        clause and runs up to the cue (no punctuation between): X, when it agrees with the cue."""
        i = raw.cue_token
        for k in range(i - 3, max(-1, i - 16), -1):
            t = toks[k]
            if not t.is_word:
                return None
            if t.norm in _TIME_HEADS and toks[k + 1].norm in ("ان", "أن"):
                if k > 0 and toks[k - 1].is_word and t.norm[:1] != "و":
                    return None  # inside a clause («… بعد أن …» mid-sentence)
                m = self.chunker.mention(toks, k + 3, ents)
                if (m is None or m.end > i or not self.chunker.strong(toks, m)
                        or m.kind not in ("person", "group", "anonymous", "organization")):
                    return None
                return m if self._agrees(raw, toks, m) else None
        return None

    def _right_before(self, toks: list[Tok], i: int, ents: dict[int, Entity]) -> Mention | None:
        """«… من موظف في هيئة الغذاء والدواء أوضح فيه أن …»: a strong mention ending right before a
        cue with no «و/ف» of its own (its subject, before it)."""
        prev_tok = toks[i - 1] if i else None
        if prev_tok is None or not prev_tok.is_word or prev_tok.cue_prefix or toks[i].cue_prefix[:1] in ("و", "ف"):
            return None
        if toks[i].cue is not None and toks[i].cue.pos == "participle":
            return None  # «أراد أن يعطي مقدمة لخبر قائلا»: a participle's subject is its verb's, not the object before it
        for s in range(max(0, i - 7), i):
            cand = self.chunker.mention(toks, s, ents)
            if cand is not None and cand.end == i and self.chunker.strong(toks, cand) and not toks[s].preposed:
                return cand
        return None

    def _but_subject(self, toks: list[Tok], i: int, ents: dict[int, Entity]) -> Mention | None:
        """«…، ولكن حكم المباراة X أشار باستمرار اللعب»: a subject of its own after «لكن», right
        before the cue — not the sentence's earlier speaker going on."""
        m = self._right_before(toks, i, ents)
        if m is None:
            return None
        for k in range(m.start - 1, max(-1, m.start - 4), -1):  # «لكن حكم المباراة X»: its title before it
            if not toks[k].is_word:
                return None
            if toks[k].norm in ("ولكن", "لكن"):
                return m
        return None

    def _pronoun_antecedent(self, rec: Record, records: list[Record], toks: list[Tok],
                            ents: dict[int, Entity], text: str, entities: list[Entity],
                            views: dict[int, list[Tok]]) -> None:
        """«على حد قولهم»، «بحسب حديثه»: the pronoun's antecedent is the nearest speaker before
        that agrees with it — an earlier statement's speaker (this paragraph or the one before)
        or, nearer, a person subject of a verb of the sentence. None found: no speaker (the
        record is dropped; a subject of the sentence before was tried and took a person named
        in passing over the sentence's own unrecognised subject)."""
        raw = rec.raw
        ante = None
        for j in range(len(records) - 1, -1, -1):
            r = records[j]
            if rec.paragraph - r.paragraph > 1:
                break
            if r.raw.parent is not None or not r.speaker.name:
                continue
            m = r.raw.source or r.raw.back_source
            got = fits(views.get(r.raw.sentence, []), m, self.lex) if m is not None else frozenset()
            if not got and r.raw.agree:
                got = frozenset({r.raw.agree})
            if not got or raw.agree in got:
                ante = j
                break
        subject = self._verb_subject(toks, raw.cue_token, ents)
        nearer = ante is None or (records[ante].raw.sentence < raw.sentence
                                  or (subject is not None and records[ante].raw.cue[0] < toks[subject.start].start))
        if (subject is not None and nearer and subject.kind == "person" and self._agrees(raw, toks, subject)
                and self.chunker.strong(toks, subject)):
            rec.speaker, _ = self._speaker(subject, toks, text, entities)
            raw.back_source = subject
            return
        if ante is None:
            return
        named = records[ante].speaker
        for s in range(raw.cue_token - 1, -1, -1):  # «لم يكن تصرف العنزي …، فهو تسبب -بحسب حديثه-»
            m = self.chunker.mention(toks, s, ents)
            if m is None or m.end > raw.cue_token:
                continue
            sp, _ = self._speaker(m, toks, text, entities)
            if sp.name and same_speaker(sp.name, named.name):
                for s2 in range(s - 1, max(-1, s - 4), -1):  # the whole name («عبد الحميد», not «الحميد»)
                    m2 = self.chunker.mention(toks, s2, ents)
                    if m2 is not None and m2.end == m.end and m2.name is not None and m2.name[0] == s2:
                        sp2, _ = self._speaker(m2, toks, text, entities)
                        if sp2.name and words(sp2.name) <= words(named.name or ""):
                            m, sp = m2, sp2
                rec.speaker = Speaker(sp.span, named.name, named.kind, named.entity)
                rec.continues, raw.back_source = ante, m
                return  # the speaker named again nearer: that mention is the source
        rec.speaker, rec.continues, rec.inherit = named, ante, True

    def _new_person_before(self, rec: Record, views: dict[int, list[Tok]], ents: dict[int, Entity],
                           text: str, entities: list[Entity]) -> bool:
        """An implicit cue opening a sentence of a new paragraph, after a sentence (of that
        paragraph, with no statement) whose verb has a named person as subject: that person speaks,
        not the last speaker of the paragraph before. Sets the speaker when found."""
        raw = rec.raw
        vt = views.get(raw.sentence - 1, [])
        if not vt or raw.cue_token != 0 or "\n" in text[vt[-1].end : views[raw.sentence][0].start]:
            return False  # the sentence before must be in the same paragraph
        m = self._verb_subject(vt, len(vt) + 1, ents, first=True)
        if m is None or m.kind != "person" or m.name is None or not self._agrees(raw, vt, m):
            return False
        rec.speaker, _ = self._speaker(m, vt, text, entities)
        raw.back_source = m
        return True

    def _in_content(self, records: list[Record], pos: int) -> bool:
        """Whether offset ``pos`` lies in the content of one of ``records`` (read back from the
        last record, stopping where no earlier content reaches ``pos``)."""
        ends = self._content_ends(records)  # type: ignore[attr-defined]
        for j in range(len(records) - 1, -1, -1):
            if ends[j] <= pos:
                return False
            a, b = records[j].raw.content
            if a <= pos < b:
                return True
        return False

    def _subject_after_an(self, toks: list[Tok], before: int, ents: dict[int, Entity]) -> Mention | None:
        """A named person right after «أن/لأن» with a verb after him, the nearest before
        ``before`` («لولا أن عدنان المعيبد المتحدث الرسمي … لم يمهلني فخرج مؤكداً»)."""
        after_an = _AFTER_AN(toks)  # the positions right after أن/لأن, in order
        for s in reversed(after_an[: bisect_left(after_an, before - 1)]):  # s <= before - 2
            m = self.chunker.mention(toks, s, ents)
            if m is None or m.kind != "person" or m.name is None or m.end >= before:
                continue
            nxt = toks[m.end]
            verb = nxt.is_word and not nxt.definite and self.lex.noun_kind(nxt.norm) is None and (
                self.lex.is_("particle", nxt.norm, strip=False) or nxt.norm[:1] in "يت")
            if verb and self.chunker.strong(toks, m):
                return m
        return None

    def _before_comma(self, raw: Raw, toks: list[Tok], ents: dict[int, Entity]) -> Mention | None:
        """«… بحث أجراه خبراء في البنك المركزي، يقدّرون أن …»: a bare imperfect cue right after a
        comma describes the speaker mention that ends at the comma (a plural or dual cue, a
        mention it agrees with, not one governed by a preposition)."""
        i = raw.cue_token
        cue = toks[i].cue
        if (i < 2 or not is_comma(toks[i - 1]) or cue is None or cue.pos != "verb" or cue.perfect
                or toks[i].cue_prefix or raw.agree not in ("pl", "du")):
            return None
        for s in range(max(0, i - 9), i - 1):
            cand = self.chunker.mention(toks, s, ents)
            if cand is None or cand.end != i - 1 or toks[s].preposed:
                continue
            before = toks[s - 1] if s else None
            if before is not None and (self.lex.is_("preposition", before.norm, strip=False) or before.norm == "عن"):
                continue
            if cand.kind in ("group", "anonymous", "organization", "outlet") and self._agrees(raw, toks, cand):
                return cand
        return None

    def _plural_actor(self, raw: Raw, records: list[Record], same: list[Record], toks: list[Tok],
                      ents: dict[int, Entity]) -> Mention | None:
        """«وأكد اللواء X خروجَ المئات من المتظاهرين …، مطالبين بعودته»: a plural participle after a
        statement whose named speaker is singular goes on from the nearest plural group or unnamed
        sources before it inside that statement, nested there (the speaker relays it)."""
        i = raw.cue_token
        cue = toks[i].cue
        if raw.agree != "pl" or cue is None or cue.pos != "participle" or i < 2 or not is_comma(toks[i - 1]):
            return None
        last = same[-1] if same else None
        if last is None or last.raw.source is None or "pl" in fits(toks, last.raw.source, self.lex):
            return None  # a plural speaker goes on («قال المتظاهرون …، مطالبين»), or an unknown one
        for s in range(i - 2, max(-1, i - 25), -1):
            m = self.chunker.mention(toks, s, ents)
            if m is None or m.end > i - 1 or m.kind not in ("group", "anonymous"):
                continue
            if "pl" not in fits(toks, m, self.lex) or toks[s].preposed:
                continue
            a, b = last.raw.content
            if not a <= toks[s].start < b:
                return None  # a group outside the speaker's statement: the speaker goes on
            raw.parent = position(records, last)
            return m
        return None

    def _prophet(self, raw: Raw, records: list[Record], toks: list[Tok]) -> Mention | None:
        """«… ولينا من رسولنا ومعلمنا الأول صلى الله عليه وسلم، … لكنه أردف … وهو يقول: "لئن
        أدركتهم …"»: a pronoun subject («وهو/لكنه» + a cue) in a sentence that names the Prophet with
        the eulogy «صلى الله عليه وسلم» (no other statement before it in the sentence) is his: the noun
        phrase right before the eulogy (back to a preposition, a punctuation mark or a verb)."""
        i = raw.cue_token
        if not raw.pron_subject or any(r.raw.sentence == raw.sentence for r in records):
            return None
        for k in range(i - 4, -1, -1):
            if [t.norm for t in toks[k : k + 4]] != ["صلي", "الله", "عليه", "وسلم"]:
                continue
            start = k
            while start > 0 and start > k - 5:
                t = toks[start - 1]
                if not t.is_word or t.cue is not None or self.lex.is_("preposition", t.norm, strip=False) or t.norm in (
                        "من", "عن", "الي", "في", "علي", "ان", "قال"):
                    break
                start -= 1
            if start < k:
                return Mention(start, k, None, "person", None, False)
        return None

    def _relatives_met(self, raw: Raw, toks: list[Tok], ents: dict[int, Entity]) -> Mention | None:
        """«التقت «المدينة» والد وذوي الفتاة …، لتقف على موقف الجانب الآخر حيث أجمعوا على أن …»: a
        plural cue after «حيث» with no subject of its own takes the relatives coordinated before it in
        its sentence («والد وذوي الفتاة»: a relative noun, «و» + another, their genitive) — the group
        the clause speaks of, not the last speaker of the sentences before."""
        i = raw.cue_token
        cue = toks[i].cue
        if raw.agree != "pl" or cue is None or cue.pos != "verb" or i < 1 or toks[i - 1].norm != "حيث":
            return None
        for k in range(i - 2, max(0, i - 30), -1):
            a, b = toks[k], toks[k + 1]
            if not (a.is_word and b.is_word and a.norm in KIN and not a.preposed and b.norm[:1] == "و"
                    and b.norm[1:] in KIN):
                continue
            m = self.chunker.mention(toks, k, ents)
            if m is None or m.end > i - 1:
                return None
            return Mention(k, m.end, None, "group", None, False)
        return None

    def _feminine_actor(self, raw: Raw, records: list[Record], same: list[Record], toks: list[Tok],
                        ents: dict[int, Entity]) -> Mention | None:
        """«وأضاف قراش: أنه …، كرّمت المفوضية السامية …، المملكة، مؤكدة أنها تجربة رائدة»: a feminine
        singular participle after the statement of a speaker whose verb is masculine goes on from
        the feminine subject of the verb inside that statement, nested there (the speaker relays it)."""
        i = raw.cue_token
        cue = toks[i].cue
        if raw.agree != "fs" or cue is None or cue.pos != "participle" or i < 2 or not is_comma(toks[i - 1]):
            return None
        last = same[-1] if same else None
        if last is None or last.raw.source is None or last.raw.implicit or last.raw.phrase:
            return None  # (a phrase's clause is its own: «وجددت الحكومة على لسان X …، مؤكدة»)
        if not (last.raw.agree == "ms" or fits(toks, last.raw.source, self.lex) == frozenset({"ms"})):
            return None  # a feminine or unknown speaker goes on («وقالت الوزارة …، مؤكدة»)
        m = self._verb_subject(toks, i, ents)
        if m is None or m.kind not in ("organization", "outlet", "document", "group", "anonymous"):
            return None
        a, b = last.raw.content
        if not a <= toks[m.start].start < b or fits(toks, m, self.lex) != frozenset({"fs"}):
            return None  # a subject outside the statement, or one that is not plainly feminine
        raw.parent = position(records, last)
        return m

    def _person_actor(self, raw: Raw, records: list[Record], same: list[Record], toks: list[Tok],
                      ents: dict[int, Entity]) -> Mention | None:
        """«وأضاف المتحدث أن الرئيس التنفيذي للشركة هنأ الرئيس على …، منوها بأنها …»، «وأضاف زكريا:
        حاول الرئيس الأميركي باراك أوباما … وضع إيران …، مشيراً إلى أن …»: a masculine singular
        participle right after a comma that closes the indirect statement of a person, whose content
        opens with another named person acting (his subject and verb, either order), goes on from that
        person, nested there (the speaker relays it; q22); a second participle right after it goes on
        from him too («…، منوها بأن …، مؤكدًا عزم …»)."""
        i = raw.cue_token
        cue = toks[i].cue
        if raw.agree != "ms" or cue is None or cue.pos != "participle" or i < 2 or not is_comma(toks[i - 1]):
            return None
        prev = records[-1] if records else None
        if (prev is not None and prev.raw.sentence == raw.sentence and prev.raw.parent is not None
                and prev.raw.actor and prev.raw.back_source is not None
                and prev.raw.content[1] <= toks[i - 1].start
                and not any(ch.isalpha() for ch in "".join(t.text for t in toks if prev.raw.content[1] <= t.start < toks[i - 1].start))):
            raw.parent, raw.actor = prev.raw.parent, True  # a second participle of the same person
            return prev.raw.back_source
        last = same[-1] if same else None
        if (last is None or last.raw.source is None or last.raw.phrase or last.raw.type == "mixed"
                or last.speaker.kind != "person" or not last.speaker.name):
            return None
        a, b = last.raw.content
        if any(t.text in OPEN_QUOTES for t in toks if t.end == a):
            return None  # a quotation in marks: the speaker's own words go on
        if any(a <= t.start < b for t in toks[i - 1 : i]) or any(t.is_word for t in toks if b <= t.start < toks[i - 1].start):
            return None  # the comma must close that statement's content
        c = next((k for k, t in enumerate(toks) if t.start >= a), None)
        if c is None or c >= i - 2:
            return None
        cand, verb = None, None
        m = self.chunker.mention(toks, c + 1, ents) if self._acting(toks[c]) else None
        if m is not None and m.end < i - 1:
            cand, verb = m, c  # «حاول الرئيس الأميركي باراك أوباما …»: verb, subject
        else:
            m = self.chunker.mention(toks, c, ents)
            if (m is not None and m.name is not None and m.name == (m.end - 1, m.end) and m.end - 1 > m.start
                    and toks[m.start].definite and len(toks[m.end - 1].norm) == 3 and self._acting(toks[m.end - 1])
                    and ents.get(toks[m.end - 1].start) is None):
                m = Mention(m.start, m.end - 1, None, "person", None, False)  # «أن الرئيس رحب …»: a verb, no name
            if m is not None and m.end < i - 1 and self._acting(toks[m.end]):
                cand, verb = m, m.end  # «أن الرئيس التنفيذي … هنأ …»: subject, verb
        if (cand is None or verb is None or cand.kind != "person" or not self.chunker.strong(toks, cand)
                or not self._agrees(raw, toks, cand)):
            return None
        head = toks[cand.start]
        if not (head.definite and self.lex.noun_kind(head.norm) == "title"):
            return None  # a titled person («الرئيس …»، «الرئيس التنفيذي للشركة …»), not a bare word
        # what he did is a speech act: a welcome, congratulation, praise or thanks («رحب»، «هنأ»،
        # «أشاد»), or any act done in a speech («حاول … في كلمة بالجامعة …»)
        if not (toks[verb].norm in _SPEECH_ACTS or any(
                t.norm == "في" and k + 1 < i and toks[k + 1].norm in SPEECHES for k, t in enumerate(toks[:i]) if k > verb)):
            return None
        if cand.name is not None and cand.name[1] < cand.end:
            cand = Mention(cand.start, cand.name[1], cand.name, cand.kind, cand.entity, cand.quoted)
        named = " ".join(t.text for t in toks[cand.name[0] : cand.name[1]]) if cand.name else ""
        if named and (named in last.speaker.name or last.speaker.name in named):
            return None  # the speaker himself, named again
        raw.parent, raw.actor = position(records, last), True
        return cand

    def _acting(self, t: Tok) -> bool:
        """A verb-like word: no article, no speaker noun, no clitic preposition, no cue."""
        return (t.is_word and not t.definite and not t.preposed and t.cue is None and len(t.norm) >= 3
                and self.lex.noun_kind(t.norm) is None and not self.lex.is_("preposition", t.norm, strip=False)
                and not self.lex.is_("conj", t.norm, strip=False) and t.norm not in self.chunker.given_names)

    def _feminine_for_masculine(self, raw: Raw, toks: list[Tok], m: Mention) -> bool:
        """A masculine singular cue («وأوضح») cannot continue a feminine singular subject
        («مساعدة»، «الشركة»): a head in ة that is no given name (أسامة، حمزة) nor a person's
        entity. (The other way round is left alone: «بعض الجماهير … وطالبت», a broken plural or
        a quantifier takes a feminine verb.)"""
        if raw.agree != "ms" or fits(toks, m, self.lex) != frozenset({"fs"}):
            return False
        if m.entity is not None and m.entity.label == "PERS":
            return False
        head = next((t for t in toks[m.start : m.end] if t.is_word), None)
        # written with ة (not «سموه»، «معاليه»: a pronoun ending), and no given name
        return (head is not None and head.text.rstrip(HARAKAT).endswith("ة")
                and head.norm not in self.chunker.given_names)

    def _not_his(self, raw: Raw, toks: list[Tok], ante: Record) -> bool:
        """«تقول الصحيفة إن …، وقال لـ«الشرق الأوسط» إنه …»: a masculine singular cue does not go on
        from the sentence's earlier quote when that one names its speaker, a feminine singular noun."""
        cue = toks[raw.cue_token].cue
        if cue is None or cue.pos != "verb":
            return False  # a participle («لافتا») often goes on from a body named in the feminine
        m = ante.raw.source
        if raw.parent is not None and raw.pron_subject and raw.agree == "pl" and m is not None:
            return not self._agrees(raw, toks, m)  # «قال أحدهم: «إنهم يحذرون …»»: they, not he
        return m is not None and not ante.raw.implicit and self._feminine_for_masculine(raw, toks, m)

    def _agrees(self, raw: Raw, toks: list[Tok], m: Mention) -> bool:
        """Whether the cue's inflection fits the mention (an unknown inflection fits)."""
        return not raw.agree or raw.agree in fits(toks, m, self.lex)

    def _verb_subject(self, toks: list[Tok], before: int, ents: dict[int, Entity], first: bool = False
                      ) -> Mention | None:
        """The subject of the nearest verb before ``before`` in the sentence («وحيت الحكومة
        …، وأكدت أن»): a verb-like word at the clause start, after punctuation or with «و»,
        followed by a speaker mention. (``first``: the first such verb of the sentence.)

        What each verb position offers does not depend on ``before``; it is found once per
        sentence (:meth:`_verb_subjects`) and each cue only picks the nearest one that ends
        before it — the same answer as a scan back from every cue, in one pass per sentence."""
        table = self._verb_subjects(toks, ents, first)
        positions = [row[0] for row in table]
        k = bisect_left(positions, before - 1)  # verb positions s <= before - 2
        rows = table[:k] if first else reversed(table[:k])
        for _, quoted, m in rows:
            if quoted is not None and quoted.end <= before:
                return quoted
            if m is not None and m.end <= before:
                return m
        return None

    def _verb_subjects(self, toks: list[Tok], ents: dict[int, Entity], first: bool
                       ) -> list[tuple[int, Mention | None, Mention | None]]:
        """``(s, quoted, subject)`` for every verb position ``s`` of the sentence that offers a
        quoted person or a subject mention, in order (kept for the document being read:
        :class:`~khabar.extract.quotes.QuoteStage` empties ``_subjects_cache`` per document)."""
        cache = getattr(self, "_subjects_cache", None)
        key = (id(toks), id(ents), first)
        if cache is not None:
            hit = cache.get(key)
            if hit is not None and hit[0] is toks and hit[1] is ents and hit[2] == len(toks):
                return hit[3]
        table = []
        for s in range(len(toks)):
            quoted, m = self._verb_subject_at(toks, s, ents, first)
            if quoted is not None or m is not None:
                table.append((s, quoted, m))
        if cache is None:
            cache = self._subjects_cache = {}
        cache[key] = (toks, ents, len(toks), table)
        return table

    def _verb_subject_at(self, toks: list[Tok], s: int, ents: dict[int, Entity], first: bool
                         ) -> tuple[Mention | None, Mention | None]:
        """What a verb at ``s`` offers as its subject: a quoted person, and a subject mention
        (either None); :meth:`_verb_subject` checks that they end before the cue."""
        lex = self.lex
        v = toks[s]
        none = (None, None)
        if not v.is_word or v.definite or (v.cue is not None and v.cue.pos == "masdar"):
            return none  # (a verbal noun is no verb: «… وتأكيد سموه بأن …، وقال:» goes on from the verb before)
        memo = lex.memo("no_verb")
        blocked = memo.get(v.norm)
        if blocked is None:
            blocked = lex.remember(memo, v.norm, _no_verb(lex, v.norm))
        if blocked:
            return none
        prev = toks[s - 1] if s else None
        # not after a quote mark: «المواطن "مسفر بن محمد"» is a quoted name, not a verb
        opens = s == 0 or (prev is not None and ((prev.is_punct and prev.text not in QUOTE_MARKS)
                                                 or prev.norm in _NEGATORS
                                                 or lex.is_("conj", prev.norm, strip=False)
                                                 or lex.is_("time", prev.norm)
                                                 or lex.is_("aux", prev.norm, strip=False)))
        if not (opens or v.norm[:1] == "و"):
            return none
        titled = s + 1 < len(toks) and lex.noun_kind(toks[s + 1].norm) == "title" and not lex.is_(
            "pron_particle", toks[s + 1].norm, strip=False)
        quoted = self._quoted_person(toks, s + 1, ents)
        # «عبر عضو المجلس … عن استنكاره قائلا»، «… وعبر مدير المنتخب خالد مطر عن سعادته … وقال»: a verb
        # that looks like «عبر» (via) when a title or a quoted person follows it at a clause start or after «و»
        if lex.is_("adverbial", v.norm) and not ((opens or v.norm[:1] == "و") and (titled or quoted is not None)):
            return none
        m = self.chunker.mention(toks, s + 1, ents)
        if (m is not None and m.end - m.start > 2 and not toks[m.start].definite
                and lex.noun_kind(toks[m.start].norm) is None and lex.noun_kind(toks[m.start + 1].norm) == "title"
                and toks[m.start + 1].definite):  # «راكيتيتش لاعب اشبيلية»: a name before an apposition
            # «باختصار حاول الزميل صالح الشيحي …»: a verb before a titled subject, not a name
            m = self.chunker.mention(toks, m.start + 1, ents)
        if (m is not None and m.end - m.start == 1 and m.end + 1 < len(toks) and toks[m.end].norm == "من"
                and lex.is_("partitive", toks[m.start].norm, strip=False)):
            part = self.chunker.mention(toks, m.end + 1, ents)  # «شكا عدد من أولياء الأمور …، وقالوا»
            if part is not None:
                m = part  # the speaker is the group the quantity is taken from
        if m is not None:
            m = self._before_partner(toks, m)
        kinds = _SUBJECT_KINDS | ({"document"} if first else set())  # «أظهرت إحصائية …» opening a sentence
        if m is None or m.kind not in kinds:
            return quoted, None
        if toks[m.start].preposed and m.entity is None:
            return quoted, None  # «لإدارة …»: a prepositional phrase, not a subject
        if not self.chunker.strong(toks, m):
            named = self._named_before_title(toks, m)
            return quoted, named  # a bare unknown word is too weak an antecedent
        return quoted, m

    def _before_partner(self, toks: list[Tok], m: Mention) -> Mention:
        """«واجتمع الوزير بالسفير»، «والتقى الرئيس بالوفد»: a title or group noun written with «بـ»
        after the head of a verb's subject is the one met (welcomed, praised), not part of the
        subject, which ends before it; «المتحدث باسم الشرطة»، «رئيس اللجنة بمجلس الشيوخ» go on."""
        for k in range(m.start + 1, m.end):
            t = toks[k]
            if t.is_word and t.prefix[:1] == "ب" and self.lex.noun_kind(t.norm) in _PARTNER_KINDS:
                name = m.name if m.name is not None and m.name[1] <= k else None
                entity = m.entity if name is not None or m.name is None else None
                return Mention(m.start, k, name, m.kind, entity, m.quoted)
        return m

    def _named_before_title(self, toks: list[Tok], m: Mention) -> Mention | None:
        """«ووبخت يو إيون-هي المتحدثة باسم الحزب …»: an unknown name (its hyphenated parts
        joined) right before a definite title in apposition is a person strong enough to go on
        speaking; None otherwise."""
        if m.kind != "person" or m.name is None or m.entity is not None:
            return None
        end = m.end
        while end + 1 < len(toks) and toks[end].text in "-‐" and toks[end + 1].is_word and not toks[end + 1].definite:
            end += 2  # «إيون-هي»
        t = toks[end] if end < len(toks) else None
        if t is None or not t.is_word or not t.definite or self.lex.noun_kind(t.norm) != "title":
            return None
        return Mention(m.start, end, (m.name[0], end), "person", None, False)

    def _quoted_person(self, toks: list[Tok], j: int, ents: dict[int, Entity]) -> Mention | None:
        """A description followed by a person's name in quote marks («والد الشهيد المواطن "مسفر
        بن محمد المسيلي"»): the person, named by the quoted part — a name with «بن/بنت» or a
        known given name, after at most three definite or construct words."""
        k = j
        while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].cue is None and not toks[k].preposed:
            if k > j and not toks[k].definite:
                return None  # «وزار الوفد مدرسة "…"»: a new phrase (the object), not one description
            k += 1
        if k == j or k >= len(toks) or toks[k].text not in ('"', "«", "“"):
            return None
        q = quoted_name(toks, k)
        if q is None:
            return None
        inner = toks[k + 1 : q - 1]
        male = any(t.norm == "بن" for t in inner)
        person = male or any(t.norm == "بنت" for t in inner) or (bool(inner) and inner[0].norm in self.chunker.given_names)
        if not person or len(inner) < 2:
            return None
        if male and any(t.norm.endswith("ه") and not t.definite for t in toks[j:k]):
            return None  # «مدرسة "عمر بن الخطاب"»: a place named after a man
        return Mention(j, q, (k + 1, q - 1), "person", ents.get(toks[k + 1].start))

    def _relative_speaker(self, raw: Raw, records: list[Record], toks: list[Tok]) -> Record | None:
        """A subjectless cue right after «، الذي/التي» (or «والذي») agreeing with it: the relative is
        its subject, the speaker of the sentence's last statement before it (a nested one too)."""
        i = raw.cue_token
        if i < 2 or not is_comma(toks[i - 2]) or raw.agree not in _RELATIVE_AGREE:
            return None
        rel = toks[i - 1].norm
        if rel[:1] == "و":
            rel = rel[1:]
        if rel not in _RELATIVE_AGREE[raw.agree]:
            return None
        near = [r for r in records if r.raw.sentence == raw.sentence and r.raw.cue_token < i]
        return max(near, key=lambda r: r.raw.cue_token) if near else None

    def _relative_head(self, toks: list[Tok], before: int, ents: dict[int, Entity]) -> Mention | None:
        """«… للزميل عبده خال، الذي دخل … وقال له»: the named person a relative clause of the
        sentence describes is the subject of the verbs that clause goes on with."""
        for k in range(before - 1, 1, -1):
            t = toks[k]
            if t.is_punct and not is_comma(t) and t.text not in "-–":
                return None
            if not (self.lex.is_("relative", t.norm, strip=False) and is_comma(toks[k - 1])):
                continue
            found = [m for s in range(max(0, k - 6), k - 1)
                     if (m := self.chunker.mention(toks, s, ents)) is not None
                     and m.end == k - 1 and m.kind == "person" and m.name is not None
                     and not toks[m.name[0]].definite  # «… المجلس التشريعي الفلسطيني، الذي»: no name
                     and toks[m.start].prefix[:1] != "ب"  # «… بإذن الله، الذي»: a prepositional phrase
                     and self.chunker.strong(toks, m)]
            if not found:
                return None
            # the shortest mention with the widest name («للزميل عبده خال», not «يرق للزميل …»)
            return [m for m in found if m.name == found[0].name][-1]
        return None

    def _earlier_speaker_named(self, rec: Record, records: list[Record], toks: list[Tok], i: int) -> Speaker | None:
        """An earlier speaker named again just before an implicit cue («جاءت تغريدة للغفيلي قال
        فيها»): the nearest word of the sentence that is part of an earlier speaker's name."""
        speakers = [r.speaker for r in records if r.speaker.name and r.speaker.kind == "person"]
        if not speakers:
            return None
        for k in range(i - 1, max(-1, i - 6), -1):
            t = toks[k]
            if not t.is_word or len(t.norm) < 4:
                continue
            forms = {base for _, base in analyses(t.norm)} | {"ال" + base for _, base in analyses(t.norm)}
            for sp in reversed(speakers):
                if forms & words(sp.name) - self._weak_name_words:
                    return sp
        return None

    def _recent_person(self, views: dict[int, list[Tok]], si: int, ents: dict[int, Entity]
                       ) -> tuple[Mention, list[Tok]] | None:
        """The last titled, named person mentioned in the three sentences before ``si``
        («… بحضور مساعد رئيس الهيئة … عبدالعزيز العنقري.» → «وأكد في كلمته …»)."""
        for sj in range(si - 1, max(-1, si - 4), -1):
            toks = views.get(sj, [])
            found = None
            for k, t in enumerate(toks):
                if t.is_word and self.lex.noun_kind(t.norm) == "title" and not t.preposed:
                    m = self.chunker.mention(toks, k, ents)
                    if m is not None and m.name is not None and m.kind == "person":
                        found = m
            if found is not None:
                return found, toks
        return None

    def _title_name(self, rec: Record, toks: list[Tok], views: dict[int, list[Tok]], si: int,
                    ents: dict[int, Entity], text: str) -> None:
        """A titled mention without a name («وزير المالية الأردني») takes the name it had
        when the text introduced it («وزير المالية الأردني أمية طوقان»)."""
        m = rec.raw.source or rec.raw.back_source  # «وكان الناطق … قد أكد»: found before the cue
        sp = rec.speaker
        if m is None or sp.kind != "person" or sp.span is None or m.end > len(toks):
            return
        if (toks[m.start].start, toks[m.end - 1].end) != sp.span:
            return  # an implicit speaker found elsewhere: its own sentence's tokens are not these
        title = [t.norm for t in toks[m.start : m.end]]
        if not title or self.lex.noun_kind(_base(title[0])) != "title":
            return
        if m.name is not None or not self._exact_title(rec, toks, views, si, ents, text, title):
            self._role_name(rec, toks, views, si, ents, text)

    def _exact_title(self, rec: Record, toks: list[Tok], views: dict[int, list[Tok]], si: int,
                     ents: dict[int, Entity], text: str, title: list[str]) -> bool:
        m, sp = rec.raw.source or rec.raw.back_source, rec.speaker
        if m.name is not None:
            return False
        # the mention that bears exactly this title, the name right after it (or after honorifics only:
        # «معالي وزير الخارجية الأستاذ عادل الجبير»), first: «وزير الخارجية» is «وزير الخارجية عادل
        # الجبير», not the nearer «وزير الخارجية الألماني فرانك …»; else the nearest one with other
        # words between title and name (one pass over the sentences before)
        loose = None
        # an honorific noun before the title is no part of the office: «معالي وزير الخارجية» is the
        # «وزير الخارجية الأستاذ عادل الجبير» of a paper that dropped the «معالي» of the report's lead
        honorifics = _honorific_nouns()
        while len(title) > 1 and title[0] in honorifics:
            title = title[1:]
        n, head = len(title), title[0]
        for sj in range(si, -1, -1):
            vt = views.get(sj, [])
            for k in range(len(vt) - n):
                if sj == si and vt[k].start >= toks[m.start].start:
                    break
                if vt[k].norm != head or [t.norm for t in vt[k : k + n]] != title:
                    continue
                full = self.chunker.mention(vt, k, ents)
                if full is not None and full.name is not None and full.end > k + n:
                    a, b = full.name
                    if vt[a].prefix.startswith("و") or not self.chunker.is_name_token(vt[a]):
                        continue  # «المتحدث الرسمي … وكذا عبر …»: a conjunction, no name
                    if b - a == 1 and _predicate_verb(vt, k, a, ents):
                        continue  # «أن الرئيس رحب برغبة الشركة»: the clause's verb, no name
                    if self._eponym(vt, k, a):
                        continue  # «مدير مستشفى الملك فهد»: the name of the body, not of the title's holder
                    name = _drop_initials(strip_marks(text[vt[a].start : vt[b - 1].end]))
                    who = _named_entity(vt, a, ents, sp.entity)
                    if a >= k + n and all(self.lex.is_("honorific", t.norm, strip=False) for t in vt[k + n : a]):
                        rec.speaker = Speaker(sp.span, name, "person", who)
                        return True
                    if loose is None:
                        loose = name, who
        if loose is not None:
            rec.speaker = Speaker(sp.span, loose[0], "person", loose[1])
            return True
        return False

    def _role_name(self, rec: Record, toks: list[Tok], views: dict[int, list[Tok]], si: int,
                   ents: dict[int, Entity], text: str) -> None:
        """A role named again in other words («الوزير» after «وزير الخارجية البريطاني فيليب
        هاموند»; «الناطق الإعلامي لحرس حدود المنطقة» after «الناطق الإعلامي بقيادة حرس الحدود
        بالمنطقة الشرقية النقيب عمر الأكلبي»): the nearest earlier named mention with the same
        head title whose words include every word of the role phrase."""
        m, sp = rec.raw.source or rec.raw.back_source, rec.speaker
        role = [t for t in toks[m.start : m.end] if t.is_word]
        head = self._role_forms(role[0].norm)
        start = toks[m.start].start
        for sj in range(si, max(-1, si - 30), -1):
            vt = views.get(sj, [])
            for k in range(len(vt) - 1, -1, -1):
                if vt[k].start >= start or not vt[k].is_word or not (self._role_forms(vt[k].norm) & head):
                    continue
                full = self.chunker.mention(vt, k, ents)
                if full is None or full.name is None or full.kind != "person" or full.end - full.start <= len(role):
                    continue
                a, b = full.name
                if (toks is vt and a <= m.start < b) or vt[a].definite or vt[a].prefix.startswith("و"):
                    continue  # «معلم مادة الوطنية»، «… وكذا»: no proper name
                if b - a < 2 and full.entity is None:
                    continue  # one unknown word is too weak a name to carry across sentences
                if self._eponym(vt, k, a):
                    continue  # «المدير الطبي بمستشفى د. سليمان الحبيب»: the hospital's name, not the director's
                bag = set().union(*(self._role_forms(t.norm) for t in vt[full.start : full.end] if t.is_word))
                # a place after a preposition may be worded otherwise («بعسير» for «بالمنطقة»)
                if all(self._role_forms(t.norm) & bag or (t.preposed and is_place(t)) for t in role):
                    name = strip_marks(text[vt[a].start : vt[b - 1].end])
                    rec.speaker = Speaker(sp.span, _drop_initials(name), "person", _named_entity(vt, a, ents, sp.entity))
                    return


    def _eponym(self, vt: list[Tok], k: int, a: int) -> bool:
        """The name at ``a`` of a mention whose title starts at ``k`` names the body the title is of, not
        its holder: only titles (or a title's abbreviation «د.») stand between it and an indefinite body noun
        after the title, in construct with it («المدير الطبي بمستشفى د. سليمان الحبيب»، «رئيس بلدية فياسيكا
        دي لا ساغرا»). A name after the body's own name is the holder's («مدير عام مستشفى الملك فهد الدكتور
        أحمد …»: «فهد» stands between) (q24)."""
        j = a - 1
        while j > k and (vt[j].text == "." or vt[j].is_word and self.lex.noun_kind(vt[j].norm) == "title"):
            j -= 1
        # the body noun in construct with the name: indefinite («بمستشفى»، «بلدية»), not a definite
        # body the title holder is of («مدير عام التعليم بالمنطقة سعيد …»، «مستشار الجيش، الدكتور …»)
        return (j > k and vt[j].is_word and not vt[j].definite
                and self.lex.noun_kind(vt[j].norm) == "organization")

    def _role_of_last_speaker(self, rec: Record, records: list[Record], views: dict[int, list[Tok]]) -> None:
        """A bare role («وقال المدرب»، «ونفى المدرب الأرجنتيني») that no earlier titled mention
        names takes the name of the last named person who spoke, when that person's sentence gives
        him the role in other words («أعلن الأرجنتيني مارسيلو بييلسا استقالته كمدرب لأوليمبك
        مارسيليا»: «كمدرب»، «مدرب الفريق»، «بصفته مدربا»; or in apposition in the mention that
        named him: «لويس فان جال مدرب مانشستر يونايتد»)."""
        m, sp = rec.raw.source or rec.raw.back_source, rec.speaker
        if m is None or m.name is not None or sp.kind != "person" or rec.raw.implicit:
            return
        toks = views.get(rec.raw.sentence, [])
        role = [t for t in toks[m.start : m.end] if t.is_word]
        if not role or self.lex.noun_kind(_base(role[0].norm)) != "title":
            return
        head = self._role_forms(role[0].norm)
        last = next((r for r in reversed(records) if r.speaker.kind == "person" and r.speaker.name
                     and len(r.speaker.name.split()) >= 2 and r.speaker.name != sp.name), None)
        if last is None:
            return
        # (not an honorific with a name the chunker left unnamed: «السيد بيترز» is no role)
        for r in [] if self.lex.is_("honorific", role[0].norm, strip=False) else records:
            # «لويس فان جال مدرب مانشستر يونايتد»، «الأرجنتيني مارسيلو بييلسا مدرب مرسيليا»: the
            # role in apposition inside the mention that named him
            src = r.raw.source
            said = views.get(r.raw.sentence, [])
            if r.speaker.name != last.speaker.name or src is None or src.name is None or src.end > len(said):
                continue
            at = next((k for k in range(src.start, src.end) if said[k].is_word and self._role_forms(said[k].norm) & head),
                      None)
            if at is None:
                continue
            # another relational adjective right after the same head is another office
            # («المدير الإقليمي للحملة» is not «المدير الطبي للعيادات»; «المستشار القانوني» ~ «مستشار الجيش»)
            after = said[at + 1] if at + 1 < len(said) else None
            if (len(role) > 1 and nisba(role[1].norm) and after is not None and after.is_word and after.definite and nisba(after.norm)
                    and self.lex.noun_kind(after.norm) is None
                    and not self._role_forms(role[1].norm) & self._role_forms(after.norm)):
                continue
            rec.speaker = Speaker(sp.span, last.speaker.name, "person", last.speaker.entity)
            return
        for si in sorted({r.raw.sentence for r in records if r.speaker.name == last.speaker.name}):
            said = views.get(si, [])
            for k, t in enumerate(said):
                if not t.is_word:
                    continue
                # «كمدرب»، «بصفته مدربا»، «بوصفه وزيرا»: the role the text gives him
                bases = {b for p, b in analyses(t.norm) if p == "ك"}
                if k > 0 and said[k - 1].norm in _AS_ROLE:
                    bases |= {t.norm, t.norm[:-1] if t.norm.endswith("ا") else t.norm}
                if bases & head:
                    rec.speaker = Speaker(sp.span, last.speaker.name, "person", last.speaker.entity)
                    return

    def _role_forms(self, norm: str) -> frozenset[str]:
        """``_forms`` plus a shared key for synonymous role nouns («المتحدث» = «الناطق»)."""
        memo = self.lex.memo("role_forms")
        hit = memo.get(norm)
        if hit is None:
            forms = _forms(norm)
            if any(self.lex.is_("role_spokesman", f, strip=False) for f in forms):
                forms.add("<spokesman>")
            if any(self.lex.is_("role_writer", f, strip=False) for f in forms):
                forms.add("<writer>")
            hit = self.lex.remember(memo, norm, frozenset(forms))
        return hit


_AS_ROLE = frozenset({"بصفته", "بوصفه", "باعتباره", "بصفتها", "بوصفها", "باعتبارها"})


_RELATIVE_AGREE = {"ms": ("الذي",), "fs": ("التي",), "pl": ("الذين",)}  # a relative as the cue's subject


# kin nouns of women (normalised, ة → ه; «والدتي» is read as «والدت» + «ي», so the stem with ه is tried)
KIN_WOMEN = frozenset({"والده", "ام", "امي", "زوجه", "ابنه", "بنت", "اخت", "شقيقه", "جده", "خاله", "عمه"})


def _no_verb(lex: Lexicon, norm: str) -> bool:
    """A word that cannot be the verb of :meth:`AntecedentMixin._verb_subject_at`: a speaker
    noun, a function word, a time word, or a negator (the verb is the next word: «ولم يتردد
    المدرب», not «يتردد» a name)."""
    return bool(
        lex.noun_kind(norm) or lex.is_("particle", norm)
        or lex.is_("preposition", norm) or lex.is_("about", norm)
        or lex.is_("with", norm) or lex.is_("to", norm) or lex.is_("on", norm)
        or lex.is_("conj", norm, strip=False) or lex.is_("time", norm) or lex.is_("nonname", norm)
        or norm in _NEGATORS
    )


def _named_entity(toks: list[Tok], a: int, ents: dict[int, Entity], title_entity: str | None) -> str | None:
    """The entity of a titled speaker named from an earlier mention («أمير عسير» → «أمير منطقة عسير
    صاحب السمو الملكي الأمير فيصل بن خالد»): the person the entity stage gave the title itself (its title
    coreference) first; else the person entity at the name there — not the place or body inside the title
    («عسير»، «الاتحاد السعودي للمبارزة»), and not nothing when the name is a known person."""
    if title_entity is not None and any(x.entity == title_entity and x.label == "PERS" for x in ents.values()):
        return title_entity
    e = ents.get(toks[a].start)
    if e is not None and e.label == "PERS":
        return e.entity
    return None


def _honorific_nouns() -> frozenset[str]:
    """The honorific nouns of ``honorifics.tsv`` («معالي»، «سعادة»، «فخامة»، «صاحب» …), normalised."""
    return frozenset().union(*(nouns for nouns, _ in honorific_titles().values()))


_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان", "وان"})


def _predicate_verb(toks: list[Tok], k: int, a: int, ents: dict[int, Entity]) -> bool:
    """The one word after a bare title that opens a clause after «أن/إن» is that clause's verb, not a
    name, when a preposition follows it right away («أن الرئيس رحب برغبة الشركة»، «إن الوزير شدد على»):
    a subject's name is followed by its verb («أن الرئيس السيسي وجه بـ»), not by the verb's complement;
    a person the entity stage names there stays a name."""
    if a != k + 1 or k == 0 or toks[k - 1].norm not in _COMPLEMENTIZERS or a + 1 >= len(toks):
        return False
    e = ents.get(toks[a].start)
    if e is not None and e.label == "PERS":
        return False
    nxt = toks[a + 1]
    return nxt.is_word and (nxt.preposed or nxt.norm in _PREPOSITIONS)


_PREPOSITIONS = frozenset({"علي", "الي", "في", "عن", "من", "مع"})  # normalised: «على» → «علي», «إلى/الى» → «الي»


def _base(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _forms(norm: str) -> set[str]:
    """A word's possible bases without proclitics or the article («لحرس» → حرس، «بالمنطقة» → منطقة)."""
    return {_base(b) for _, b in analyses(norm)} | {_base(norm)}


def _drop_initials(name: str) -> str:
    """«م. ناصر العتيبي» → «ناصر العتيبي»: a leading abbreviated title is no part of the name."""
    parts = name.split()
    while len(parts) > 1 and len(parts[0]) == 2 and parts[0].endswith("."):
        parts = parts[1:]
    return " ".join(parts)



def _frame_saying(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """The verbal noun «القول» right after «إلى/على» («ذهب X إلى القول إن»، «اتفقوا على القول»): the
    speaker is the subject of the verb before it, not a phrase that starts at the verb."""
    t = toks[i]
    return t.norm == "القول" and not t.cue_prefix and i > 0 and (
        lex.is_raw("to", toks[i - 1].plain) or lex.is_raw("on", toks[i - 1].plain))

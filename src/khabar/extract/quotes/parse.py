"""Per-sentence attribution parsing: a cue, the material between it and the content (the
speaker, the channel «في تصريح لـ…», recipients «لـ"بلومبرغ"», relays «نقلت X عن Y»، «وتابعتها
وكالة …», time adverbs), then the content and its type.

The result is a list of :class:`Raw` attributions with token/char positions; resolving
implicit speakers, anaphora and inherited chains is :mod:`khabar.extract.quotes.chain`'s job.
"""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.agreement import ANY_SINGULAR, fits
from khabar.extract.quotes.came import CAME, came_in_cue
from khabar.extract.quotes.chunk import Chunker
from khabar.extract.quotes.content import (
    clause_end,
    cut_points,
    demonstrative_subject,
    find_close,
    first_person,
    is_mixed,
    nested_closes,
    shows_in_it,
    trim,
    unclosed,
    whole_quotation,
)
from khabar.extract.quotes.directives import masdar_cut, object_cut
from khabar.extract.quotes.kinds import participle_plural
from khabar.extract.quotes.lexicon import CHANT, CONCLUDE, INFORM, Lexicon
from khabar.extract.quotes.lexicon import URGE_ON as _URGE_ON
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import name_starts, nisba, outlet_name
from khabar.extract.quotes.phrases import PhraseMixin
from khabar.extract.quotes.records import Raw, ViaRef
from khabar.extract.quotes.tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    cue_before,
    is_comma,
    is_terminal,
)
from khabar.extract.quotes.tokens import spelt_letter as _spelt_letter
from khabar.extract.quotes.unmarked import SAY_LEMMAS, negated_clause
from khabar.extract.quotes.walk import LEARN, WalkMixin, _Pre
from khabar.extract.quotes.which import WHICH, which_said_cue
from khabar.extract.quotes.writer import speech_noun_before
from khabar.text.normalize import match_form

__all__ = ["Raw", "SentenceParser", "ViaRef"]


def _demand_that(toks: list[Tok], i: int) -> bool:
    """«وطالب بأن …» right after the cue with no subject (he demanded that); not «وطالب بان كي مون»."""
    return (i + 2 < len(toks) and toks[i + 1].norm == "بان" and toks[i + 2].is_word
            and toks[i + 2].norm not in ("كي", "كيمون"))


class SentenceParser(WalkMixin, PhraseMixin):
    """Finds the attributions of one sentence."""

    _emphatics = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})

    def __init__(self, lex: Lexicon, chunker: Chunker) -> None:
        self.lex = lex
        self.chunk = chunker
        self._opening: tuple[int, Mention] | None = None  # an opening phrase's source (phrases.py)
        self._demanding = self._urging = False
        self._agrees: set[str] = set()
        self._known: set[str] = set()  # the words of the document's person names so far (parse)
        self.surnames: dict[str, int] = {}  # the document's family names, first offsets (family.py)

    # -- helpers ---------------------------------------------------------------------
    def _trigger(self, toks: list[Tok], p: int, klass: str, has_subject: bool = True,
                 cue_objects: bool = True) -> tuple[str, int] | None:
        """``(kind, content_start_token)`` when the content starts at token ``p``."""
        lex = self.lex
        t = toks[p]
        n = t.norm
        if klass == "conclude":
            return self._conclusion(toks, p) if t.is_word else None
        if t.text in OPEN_QUOTES and t.text not in "»":
            return "quote", p
        if t.text == "(" and (_bracket_quote(toks, p) or (
                klass in ("say", "cont") and not has_subject and _bracket_quote(toks, p, 2))):
            return "quote", p  # (right after a subjectless «وتقول»: «(لا يؤلمني شيء)» is enough)
        if t.text == ":":
            if p > 0 and toks[p - 1].norm in _LIST_PRONOUNS:
                return None  # «… وجود مشروعين متعثرين، وهما: امتداد …»: a list, not speech
            return "colon", p + 1
        if klass in ("say", "cont") and _slashes_close(toks, p) is not None:
            return "slashes", p  # SPA's «وقال // إن … //»: a pair of slashes used as quote marks
        if t.text == "»" and p > 0 and toks[p - 1].text == ":":
            return "quote", p
        if not t.is_word:
            return None
        if klass in ("say", "cont") and not has_subject and first_person(toks, p):
            return "bare", p  # «وقال نحن نعمل …»، «وقال لم نتلق …»: unmarked first-person speech
        if (klass in ("say", "cont", "masdar") and p > 1 and toks[p - 1].norm == "بالقول"
                and toks[p - 2].norm in _CONTENT_WITH and not lex.is_("complementizer", n, strip=False)
                and not lex.is_("complementizer_pron", n, strip=False)):
            return "bare", p  # «…، مكتفيا بالقول هناك بيان صدر …» (q18): only saying — the words follow unmarked
        if lex.is_("complementizer", n, strip=False) or (n[:1] == "ب" and lex.is_("complementizer", n[1:], strip=False)):
            if p > 0 and toks[p - 1].is_word and lex.is_("adverbial_an", toks[p - 1].norm, strip=False):
                return None  # «… من غير أن يعلم به أحد»، «قبل أن»: an adverbial clause
            if _spelt_letter(toks, p):
                return None  # «سي إن إن»، «(سي إن بي سي)»: a letter of a spelt-out name
            if t.plain == "بان" and name_starts([x.norm for x in toks[p : p + 4] if x.is_word]):
                return None  # «بان كي مون»: a known name, not «بأن»
            return "comp", p + 1
        if lex.is_("complementizer_pron", n, strip=False) or (n[:1] == "ب" and lex.is_("complementizer_pron", n[1:], strip=False)):
            return "comp_pron", p
        opens = p > 0 and toks[p - 1].cue is not None and toks[p - 1].cue_prefix[:1] in ("و", "ف")
        if klass == "announce" and (has_subject or opens) and lex.is_("about", n, strip=False) and p + 1 < len(toks):
            nxt = toks[p + 1]  # «كشف المكتب عن وصول …»، «تحدث عن محاولات …»: the noun phrase
            if lex.is_("complementizer", nxt.norm, strip=False):
                return "comp", p + 2
            if nxt.is_word and nxt.cue is None and not lex.is_("particle", nxt.norm, strip=False):
                return "np", p + 1
        if (lex.is_raw("on", t.plain) and klass in ("say", "cont", "relay") and p + 1 < len(toks)
                and lex.is_("complementizer", toks[p + 1].norm, strip=False)):
            return "comp", p + 2  # «أصر على أن …»، «أكد على أن …»
        if (lex.is_raw("on", t.plain) and klass in ("say", "cont", "relay") and p + 1 < len(toks)
                and lex.is_("complementizer_pron", toks[p + 1].norm, strip=False)
                and _verb_before(toks, p)):
            # «أكد على أنها …» (q18c): the clause with its pronoun, as after «أكد أنها»; not the «على» of
            # another cue's verbal noun on the way («وكررت رايس دعوتها …، مجددة التأكيد على أنه …»)
            return "comp_pron", p + 1
        if (klass == "direct" and self._urging and lex.is_raw("on", t.plain) and p + 1 < len(toks)
                and toks[p + 1].is_word and toks[p + 1].cue is None):
            return "np", p + 1  # «وحث المواطنين على المبادرة»، «وحثهم على الانضباط»: what is urged
        if lex.is_raw("on", t.plain) and klass in ("say", "direct") and has_subject and p + 1 < len(toks):
            urged = self._urged_after(toks, p + 1)
            if urged is not None:
                return urged  # «ونبه X على مستهلكي المياه بضرورة …»: the ones warned, then the content
            if klass == "direct" and self.lex.is_("urge_noun", toks[p + 1].norm, strip=False):
                return "np", p + 1  # «ونبه الطبيب على ضرورة …»: what is urged (without «على»)
        if lex.is_raw("to", t.plain) and klass in ("refer", "direct"):
            return "to", p + 1
        if lex.is_raw("on", t.plain) and klass == "say" and cue_objects:
            return "np", p + 1
        after_cue = p > 0 and (toks[p - 1].cue is not None or (p > 3 and toks[p - 4].cue is not None
                                                              and self._frame_end(toks, p - 3) == p))
        if klass == "refer" and n[:1] == "ب" and len(n) >= 3 and after_cue and not self._head_noun(t):
            return "np", p  # «منوها بما …», «منوها في هذا السياق بالتزام …»: right after the cue
        if lex.is_("about", n, strip=False) and klass == "announce" and has_subject:
            return "np", p + 1  # أعلن عن …، كشف عن …
        if (klass == "direct" and n[:1] in "بل" and len(n) > 3 and not self.chunk.is_recipient(toks, p)
                and not lex.is_("conj", n, strip=False) and not self._head_noun(t)):
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            if (has_subject or n.startswith(("بال", "لل")) or (nxt is not None and nxt.definite)
                    or (t.prefix[:1] == "ب" and n not in self.chunk.given_names and self._commissive_before(toks, p))):
                return "np", p
        if klass == "direct" and n == "من" and p + 1 < len(toks):
            after = self._addressee_end(toks, p + 1) if self._demanding else None
            if after is not None:
                return after  # «وطالب X من الوزارة بتوفير …»، «… من المسؤولين أن …»: Y is asked
            return "to", p + 1
        return None

    def _commissive_before(self, toks: list[Tok], p: int) -> bool:
        """A subjectless commissive right before ``p`` («كما وعد بإجراء تداول سلمي …»، «وتعهد بتسيير جسر
        بري …»: q18c): the «بـ» word is what is promised (docs/quotes.md § 1 counts «تعهد بـ، وعد بـ»), not
        the speaker — the one promising is the speaker before. Only a «بـ» the tokenizer split off as a
        proclitic: «تعهدت بريطانيا بـ …»، «وعد بلفور» keep their subject."""
        c = toks[p - 1].cue if p > 0 else None
        if c is None or c.pos != "verb" or not self.lex.is_("commissive", match_form(c.lemma), strip=False):
            return False
        # the verb opens its clause («وتعهد»، «كما وعد»، a sentence's first word): not an unmarked relative
        # clause of a noun («وأصدرت قرارات حكومية تعهدت باستمرار …»)
        k = p - 1
        return (toks[k].cue_prefix[:1] in ("و", "ف") or k == 0 or not toks[k - 1].is_word
                or toks[k - 1].norm in _CLAUSE_OPENERS)

    def _demand_shape(self, toks: list[Tok], pre: _Pre, trig: tuple[str, int], i: int) -> bool:
        """A bare «وطالب» (also «and a student») read as the verb only in its plain shape: a
        subject that can go with a masculine verb (not «منظمة …»، the one asked after a dropped
        subject), then «بـ» + a noun, «(بـ)أن», or «من» + the one asked + either — at once, or after
        the one asked («وطالب النائب X الحكومةَ بـ…») or a time word («وطالب المتظاهرون امس بـ…»);
        with no subject only «وطالب بأن …» (he demanded that)."""
        m = pre.subject
        if m is None and not pre.svo:
            return _demand_that(toks, i) and trig[0] == "comp" and trig[1] == i + 2
        named = pre.addressee is not None and m.name is not None  # «وطالب الجبوري رؤساء الكتل بـ…»
        if m is None or pre.svo or not (named or self.chunk.strong(toks, m)) or fits(toks, m, self.lex) == {"fs"}:
            return False
        p = m.end
        if pre.addressee is not None and pre.addressee.start == p and not self._definite_adjective(toks[p]):
            p = pre.addressee.end  # (not an adjective of the subject: «وطالب الدول الغربية بـ…»)
        elif pre.addressee is not None and pre.addressee.start < p:
            p = pre.addressee.end  # «وطالب الجبوري رؤساءَ الكتل السياسية بـ…»
        while p < len(toks) and p < trig[1] and self.lex.is_("time", toks[p].norm):
            p += 1
        if trig[0] == "comp":
            return trig[1] - 1 == p or (p < len(toks) and toks[p].norm == "من")
        return trig[0] == "np" and trig[1] < len(toks) and toks[trig[1]].norm[:1] == "ب" and (
            trig[1] == p or (p < len(toks) and toks[p].norm == "من"))

    def _plural_addressee(self, toks: list[Tok], pre: _Pre) -> None:
        """«ودعا الرئيس محمود عباس قادة الفصائل إلى …»، «وطالب الجبوري رؤساء الكتل بـ…»: a singular
        speaker's phrase that ran on over a plural group noun right before the content ends before
        it; the group is the one called on (the addressee), not part of the speaker."""
        m, adj = pre.subject, pre.addressee
        assert m is not None
        if adj is not None and not (adj.start == m.end and self._definite_adjective(toks[adj.start])):
            return  # (an addressee already; an adjective read as one belongs to the group: «… الكتل السياسية»)
        if m.end - m.start < 2:
            return
        singular = bool(fits(toks, m, self.lex) & ANY_SINGULAR)  # (a plural group after a plural
        # speaker may be one phrase; a listed noun after a definite word never is: _called_noun)
        for k in range(m.start + 1, m.end):
            t, before = toks[k], toks[k - 1]
            if not t.is_word or t.preposed or not before.is_word or before.preposed:
                continue  # «المتحدث باسم أعضاء …»: inside a phrase of the speaker
            name_end = m.name is not None and m.name[1] == k  # (a proper name takes no genitive either)
            if t.definite and not name_end and not (
                    before.definite and not self.lex.is_("title_modifier", before.norm, strip=False)
                    and (m.name is None or m.name[1] <= k - 1)):
                continue  # a definite group only right after a definite word or a name: «وحذر الرئيس
                # المواطنين من …»، «وحث كرزاي القوات الغربية على …» («رئيس المعلمين» is in construct)
            if before.norm == "من" or self.lex.is_("preposition", before.norm, strip=False):
                continue  # «عدد من أعضاء …»
            rest = Mention(k, adj.end if adj is not None else m.end, None, None)
            if not self._called_noun(toks, k, name_end) and (
                    not singular or fits(toks, rest, self.lex) != {"pl"} or not (self.lex.noun_kind(t.norm) is not None
                                                             or self.lex.is_("broken_plural", t.norm, strip=False)
                                                             or (t.definite and participle_plural(t)))):
                continue  # (a listed noun: «كاميرون» is no plural; «المتمردين الحوثيين» is a group)
            name = m.name if m.name is None or m.name[1] <= k else ((m.name[0], k) if m.name[0] < k else None)
            if name is None and k - m.start == 1 and self.lex.noun_kind(toks[m.start].norm) is None:
                name = (m.start, k)  # «الجبوري رؤساء الكتل»: the family name alone
            pre.subject = Mention(m.start, k, name, m.kind, m.entity, m.quoted)
            pre.addressee = rest
            return

    def _told_in_subject(self, toks: list[Tok], pre: _Pre) -> None:
        """«أبلغ الوزير الصحفيين أن …» (q18): the subject phrase of «أبلغ/أخبر» that ran on over the
        ones told — a plain recipient noun («الصحفيين»، «الإعلاميين») as its last word — ends before
        it; they are the addressee, not part of the speaker."""
        m = pre.subject
        assert m is not None
        k = m.end - 1
        t = toks[k]
        if k <= m.start or m.quoted or not t.is_word or t.preposed or not self.lex.is_("recipient_plain", t.norm):
            return
        name = m.name if m.name is None or m.name[1] <= k else ((m.name[0], k) if m.name[0] < k else None)
        pre.subject = Mention(m.start, k, name, m.kind, m.entity, m.quoted)
        pre.addressee = Mention(k, m.end, None, None)

    def _called_noun(self, toks: list[Tok], k: int, name_end: bool) -> bool:
        """An indefinite listed noun right after a definite word or a name (neither takes a
        genitive): a new phrase, the one called on, whatever its number — «دعا الرئيس وسائلَ الإعلام
        إلى …»; a title only after a nominative plural («وحث المتظاهرون رئيسَ الوزراء …»), since a
        title after a name or another title is the speaker's apposition («محمد بن سلمان ولي العهد»)."""
        t, before = toks[k], toks[k - 1]
        if t.definite or not (before.definite or name_end):
            return False
        kind = self.lex.noun_kind(t.norm)
        if kind is None:
            return False
        if kind == "title":
            return before.definite and before.norm.endswith("ون") and self.lex.noun_kind(before.norm) != "title"
        return self.lex.noun_kind(before.norm) is not None or name_end or before.norm.endswith("ون")

    def _asked_in_subject(self, toks: list[Tok], pre: _Pre, p: int) -> int:
        """«وطالب الأهالي من المسؤولين أن …»: a directive's subject that ran on over «من» + the one
        asked, right before the content, ends at «من» (not after a partitive: «عدد من الأهالي»)."""
        m = pre.subject
        assert m is not None
        for k in range(m.start + 1, m.end - 1):
            if toks[k].norm != "من" or self.lex.is_("partitive", toks[k - 1].norm, strip=False):
                continue
            after = self._addressee_end(toks, k + 1)
            if after is not None and after[1] in (m.end, m.end + 1):
                name = m.name if m.name is None or m.name[1] <= k else ((m.name[0], k) if m.name[0] < k else None)
                pre.subject = Mention(m.start, k, name, m.kind, m.entity, m.quoted)
                return k
        return p

    def _addressee_end(self, toks: list[Tok], k: int) -> tuple[str, int] | None:
        """After a directive's «من»: the one asked (a mention from ``k``) and the content right after
        it — «بـ» + a noun, or «أن/بأن» («طالب X من Y بتوفير …»، «… من Y أن يسرعوا»); None otherwise."""
        m = self.chunk.mention(toks, k, {})
        if m is None or m.end >= len(toks) or m.end - m.start > 4:
            return None
        t = toks[m.end]
        if not t.is_word:
            return None
        if self.lex.is_("complementizer", t.norm, strip=False) or t.norm == "بان":
            return "comp", m.end + 1
        if t.norm[:1] == "ب" and len(t.norm) > 3 and not self._head_noun(t):
            return "np", m.end
        return None

    def _urged_after(self, toks: list[Tok], k: int) -> tuple[str, int] | None:
        """After «على» at ``k - 1``: an addressee of up to four words (a mention from ``k``) and then
        «بـ» + what is urged («بضرورة»، «بأهمية»، «بعدم»: words.tsv urge_noun) or «بأن/أن» — the content
        starts there («شدد على المواطنين بضرورة …»); None otherwise («حث على الالتزام بالقانون»)."""
        m = self.chunk.mention(toks, k, {})
        if m is None or m.end >= len(toks) or m.end - m.start > 4:
            return None
        t = toks[m.end]
        first = toks[m.start].norm
        if not t.is_word or self.lex.is_("urge_noun", first, strip=False) or self.lex.is_("urge_noun", first[1:], strip=False):
            return None  # («على ضرورة/أهمية أن …» is the content itself)
        if self.lex.is_("platform", first, strip=False) or self.lex.is_("platform_lead", first, strip=False):
            return None  # «وقالت على تويتر إن …»: the medium, not the one warned
        if t.norm == "بان":
            return "comp", m.end + 1  # (a bare «أن/إن» after «على X» ends a platform or a phrase)
        if t.norm[:1] == "ب" and (self.lex.is_("urge_noun", t.norm[1:], strip=False)):
            return "np", m.end
        return None

    def _conclusion(self, toks: list[Tok], p: int) -> tuple[str, int] | None:
        """The content of a finding verb: «إلى أن …»، «إلى أنه …»، «إلى القول إن …» at ``p``."""
        lex = self.lex
        if not lex.is_raw("to", toks[p].plain):
            return None
        k = p + 1
        if k < len(toks) and toks[k].norm == "القول":
            k += 1
        if k >= len(toks) or not toks[k].is_word:
            return None
        if lex.is_("complementizer", toks[k].norm, strip=False):
            return "comp", k + 1
        if lex.is_("complementizer_pron", toks[k].norm, strip=False):
            return "comp_pron", k
        return None

    def _after_object(self, toks: list[Tok], p: int) -> tuple[str, int] | None:
        """«وبرر مسؤول في النادي الحركةَ التي بدرت منه بأنها …»: the «بأن» clause after a describe
        verb's definite object (up to ten words, no punctuation or other cue on the way)."""
        if p >= len(toks) or not toks[p].is_word or not toks[p].definite or toks[p].preposed:
            return None
        # an object described by a relative clause may run on over a comma («الحركة التي بدرت من
        # المدرب في مطار … من النمسا، بأنها …»)
        relative = any(self.lex.is_("relative", t.norm, strip=False) for t in toks[p + 1 : p + 4])
        for k in range(p + 1, min(len(toks), p + (_RELATIVE_OBJECT if relative else 11))):
            t = toks[k]
            if relative and is_comma(t) and k + 1 < len(toks) and toks[k + 1].norm[:1] == "ب":
                continue
            if not t.is_word or (t.cue is not None and t.cue.lemma != "بيّن"):
                return None
            trig = self._trigger(toks, k, "describe", True)
            if trig is not None:
                return trig if trig[0] in ("comp", "comp_pron") and t.norm[:1] == "ب" else None
        return None

    def _possessed_object(self, toks: list[Tok], m: Mention) -> bool:
        """A one-word "subject" that is a common noun with a possessive pronoun («عزمهم»، «حرصه»،
        «رغبتها»): no honorific («معاليه»), given name or listed noun, no entity, not quoted."""
        if m.end - m.start != 1 or m.quoted or m.entity is not None or m.kind not in (None, "person"):
            return False
        t = toks[m.start]
        word = t.norm[len(t.prefix):] if t.prefix and t.norm.startswith(t.prefix) else t.norm
        if not t.text.endswith(("ه", "ها", "هم", "هما")):
            return False  # (the normalised form also ends in «ه» for a «ة»: «فودة»، «برشلونة»)
        stem = next((word[: -len(x)] for x in ("هما", "هم", "ها", "ه") if word.endswith(x)), None)
        if stem is None or len(stem) < 3 or t.definite or word in self.chunk.given_names:
            return False
        lex = self.lex
        return not (lex.is_("pron_particle", word, strip=False) or lex.noun_kind(word) is not None
                    or lex.noun_kind(stem) is not None or word in HONORIFIC_WORDS)  # («مصادرهما» speak)

    def _without_object(self, toks: list[Tok], m: Mention, trig: tuple[str, int]) -> Mention | None:
        """«ووصف الوزير القرارَ بأنه …»، «وبرر مسؤول في النادي الحركةَ بأنها …»: a describe verb's
        object stands between its speaker and «بأن/بـ»; a definite noun (with its adjectives)
        that ends the speaker phrase right before the content is that object."""
        k = trig[1] - 1 if trig[0] == "comp" else trig[1]
        if m.end != k or m.quoted:
            return m
        if m.end - m.start == 1:  # «ووصف الطريقَ بأنه …»: a bare common noun is the object
            t = toks[m.start]
            return None if t.definite and m.kind is None and m.entity is None else m
        j = m.end
        while j - 1 > m.start and self._adjectival(toks[j - 1]):
            j -= 1
        obj = toks[j - 1]
        if j - 1 <= m.start or not obj.definite or obj.preposed or self._adjectival(obj):
            return m
        end = j - 1
        name = m.name if m.name is None or m.name[1] <= end else ((m.name[0], end) if m.name[0] < end else None)
        return Mention(m.start, end, name, m.kind, m.entity, m.quoted)

    def _head_noun(self, t: Tok) -> bool:
        """A word whose ب/ل is its own first letter, not a proclitic: a listed speaker head
        («بنك إنجلترا»، «بلدية القيصومة»، «لجنة الانتخابات») starts the speaker, not a ب/ل object."""
        return not t.preposed and self.lex.nouns.get(t.norm) is not None

    def _told_about(self, toks: list[Tok], i: int) -> bool:
        """«عن» within three words after a telling verb, before any complementizer or punctuation: the
        verb tells about a noun («وأخبرت ميدانيا عن مقتل …»، «أخبرت الصحف عن …»), not that a clause holds."""
        for k in range(i + 1, min(len(toks), i + 4)):
            t = toks[k]
            if not t.is_word or self.lex.is_("complementizer", t.norm, strip=False):
                return False
            if self.lex.is_("about", t.norm, strip=False):
                return k + 1 < len(toks) and toks[k + 1].is_word
        return False

    def verb_cue(self, toks: list[Tok], i: int, entities: dict[int, Entity], text: str,
                 cuts: set[int], used: set[int]) -> Raw | None:
        lex = self.lex
        cue = toks[i].cue
        assert cue is not None
        klass = cue.klass
        if cue.lemma in _TELL_ABOUT and self._told_about(toks, i):
            klass = "announce"  # «وأخبرت عن مقتل …»، «مخبرة عن اعتقال …»، «وأنبأت عن اتهام …»: as «كشف عن»
        prev = toks[i - 1] if i else None
        someone = _someone(toks, i, cue.pos)
        described = prev is not None and prev.norm == "ما" and self._what_x_described(toks, i, entities)
        warned = described or (prev is not None and prev.norm == "ما" and self._what_x_warned_of(toks, i, entities))
        if prev is not None and lex.is_("not_before", prev.norm, strip=False) and someone is None and not warned:
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.norm in _GOD:
            return None  # a prayer: دعا الله أن …، «ودعا المولى أن يربط على قلوب …»
        if cue.lemma in _PRAYS and _prayer(lex, toks, i):
            return None  # «ودعا فضيلته المولى القدير أن …»، «داعيا من الله العلي القدير أن …»
        if cue.lemma == "أشار" and nxt is not None and nxt.is_word and nxt.norm[:1] == "ب" and _body_part(nxt.norm[1:]):
            return None  # «عندما أشار بيده إلى المشجعين»: a gesture, not a statement
        if cue.lemma == "عد" and (prev is None or not is_comma(prev) or nxt is None or not nxt.is_word
                                 or nxt.norm in _TO or lex.is_("preposition", nxt.norm, strip=False)):
            return None  # «، عادًا القطاع الخاص شريكا»: deeming, after a comma; «عادا إلى» returned
        if cue.klass == "refer" and nxt is not None and nxt.norm in _BLAME:
            return None  # «وألمح بالنقد إلى خلفان»، «أشار بأصابع الاتهام إلى …»: blame aimed at someone
        if (prev is not None and lex.is_("complementizer", prev.norm, strip=False) and i >= 2
                and toks[i - 2].norm in _MODALS):
            return None  # «يمكن أن تدعي سيدة أنها والدتهم»: what could be said, no statement
        if (prev is not None and prev.is_word and lex.is_("relative_ma", prev.norm, strip=False)
                and not (nxt is not None and nxt.is_word and (lex.is_("complementizer", nxt.norm, strip=False)
                                                               or lex.is_("complementizer_pron", nxt.norm)))
                and not warned):
            return None  # «مسافة مما كتبتُ»، «عما قاله»: what was said, a noun clause, not a statement
        if shows_in_it(toks, i, lex):
            return None  # «…، موضحًا فيها تفاصيل المعدل»: what a document or list holds
        if cue.pos == "participle" and prev is not None and lex.is_("aux", prev.norm, strip=False):
            return None  # «ستكون معلنة»: an adjective after a copula
        if (cue.pos == "verb" and cue.perfect and not toks[i].cue_prefix and i >= 2
                and self.chunk.subjunctive_verb(toks, i - 1, entities)):
            return None  # «مؤملا أن يؤخذ رأي المختصين»: after the verb of an «أن» clause, a noun (opinion)
        if (cue.lemma == "طالب" and cue.pos == "participle" and not toks[i].cue_prefix and prev is not None
                and prev.is_word and not toks[i].norm.endswith(("ا", "ين"))):
            return None  # «كما أن اللجنة مطالَبة بتكثيف …»: the passive predicate (is required to), no demand
        if cue.pos == "verb" and not toks[i].cue_prefix and demonstrative_subject(toks, i):
            return None  # «… ومشاركة المرأة كل هذا أكد أن …»، «وهذا يؤكد أن …»: a fact as the subject, no speaker
        if cue.pos == "participle" and toks[i].cue_prefix[:1] in ("و", "ف") and not (prev is not None and prev.is_punct):
            return None  # «قوة معززة ومشددة»: coordinated adjectives
        if cue.pos == "participle" and not toks[i].cue_prefix and prev is not None and prev.norm in ("او", "ام"):
            return None  # «حالما أو عالما أو داعية أن يدعي»: a noun in a list (a preacher), no statement
        if (cue.pos == "participle" and prev is not None and prev.is_word and not prev.definite and prev.cue is None
                and (nxt is None or is_terminal(nxt) or (nxt.is_word and nxt.norm[:1] == "و" and nxt.cue is None
                                                     and not lex.is_("complementizer", nxt.norm[1:], strip=False)))):
            return None  # «حالة كاشفة وليست منشئة»، «عقوبة مشددة.»: an adjective of the noun before it
        pron_subject = prev is not None and lex.is_("pron_particle", prev.norm, strip=False)
        # a participle (مؤكدا، مشيرة) never has its own subject: it continues a speaker
        no_subject = pron_subject or (cue.pos == "participle" and not self._named_after(toks, i, klass, entities))
        pre = _Pre()
        if someone is not None:
            pre.subject, pre.svo = someone, True  # «وهناك من يقول إن …»: some people, unnamed
        if not no_subject and klass != "cont" and someone is None:  # «وأضاف»، «وتابع» continue; «فريق تابع» is no cue
            svo = self._svo_subject(toks, i, entities)
            if svo is not None:
                pre.subject, pre.svo = svo, True
        if pre.subject is None and not no_subject and klass != "cont" and someone is None:
            rel = self._relative_subject(toks, i, entities)
            if rel is not None:  # «… الضعيان الذي أوضح أن»، «لكن تسيبراس، الذي …، حذر»
                pre.subject, pre.svo = rel, True
        if (pre.subject is None and not no_subject and cue.pos == "verb" and self._opening is not None
                and self._opening[0] == i and not self._speaker_at(toks, i + 1, entities)):
            # «وبحسب بيان المنظمة …، أكدت التزامها»: the opening phrase names who states it
            pre.subject, pre.svo = self._opening_speaker(toks, self._opening[1], cue.agree, entities), True
        if (not toks[i].cue_prefix or toks[i].cue_prefix in ("و", "ف")) and cue.pos == "verb" and (
                (pre.subject is not None and _states_nothing(lex, toks[pre.subject.start]))
                or (pre.subject is None and nxt is not None and _states_nothing(lex, nxt))):
            return None  # «كما بينت المادة التاسعة أن …»، «وأوضحت صور …»: a provision or a picture states nothing
        if cue.lemma == "دعا" and _caused(lex, toks, i):
            return None  # «الأسباب التي دعت للتراجع …»، «دعت الحاجة إلى …»: led to, no speaker
        if klass == "express" and _hoping(lex, toks, i):
            return None  # «أعرب عن أمله في أن …»، «معرباً عن تمنياته بأن …»: a hope, not a statement
        if cue.lemma in _URGE_ON and nxt is not None and nxt.norm in _STEPS:
            return None  # «يحث الخطى على دربكم»: hastening, no one urged
        self._text = text
        self._urging = cue.lemma in _URGE_ON  # «حث X على Y»: Y is what is urged
        if self._urging and pre.subject is None and not no_subject and self._urged_first(toks, i, entities):
            no_subject = True  # «، وحث العاملين بالمركز على …»: the one urged, the subject goes on from before
        p = self._pre_content(toks, i, klass, cue.lemma, entities, no_subject or pre.svo, pre, used)
        if klass == "direct" and pre.subject is not None and not pre.svo and p >= pre.subject.end:
            # «وتعهد الوزير بتقديم العلاج»: «بـ» + a verbal noun inside the phrase opens the content,
            # when nothing follows the phrase as content (not «ودعا رئيس الوزراء بمناسبة العيد إلى …»)
            # or the phrase's "name" lies past it («تعهد الرئيس بشار الأسد بمحاسبة أحد أقربائه»)
            m = pre.subject
            cut = masdar_cut(toks, m, entities)
            if cut is not None and ((m.name is not None and m.name[0] > cut) or p >= len(toks)
                                    or self._trigger(toks, p, klass, True, cue.objects) is None):
                sub = self.chunk.mention(toks[:cut], m.start, entities)  # the phrase read again, cut
                name = m.name if m.name is None or m.name[1] <= cut else None
                if sub is None or sub.end != cut:
                    sub = Mention(m.start, cut, name, m.kind, m.entity, m.quoted)
                pre.subject, p = sub, cut
        if (cue.pos == "verb" and cue.objects and klass in ("direct", "announce", "opinion") and pre.subject is not None
                and not pre.svo and p >= pre.subject.end):
            # «واقترح الرئيس الإيراني إجراء مناظرة …»: the noun object was read into the subject (q19)
            m = pre.subject
            cut = object_cut(toks, m, entities, self.chunk.given_names, klass != "opinion")
            if cut is not None:
                sub = self.chunk.mention(toks[:cut], m.start, entities)
                name = m.name if m.name is None or m.name[1] <= cut else (m.name[0], cut) if m.name[0] < cut else None
                if sub is None or sub.end != cut:
                    sub = Mention(m.start, cut, name, m.kind, m.entity, m.quoted)
                pre.subject, p = sub, cut
        if described and pre.subject is not None:
            pre.subject, p = self._described_by(toks, pre.subject)
        has_subject = pre.subject is not None or p > i + 1 or cue.pos == "participle"
        frame_object = (cue.pos == "verb" and cue.objects and pre.subject is not None and not pre.svo
                        and pre.subject.start == i + 2 and toks[i + 1].norm in ("فيه", "فيها")
                        and (cue.agree not in fits(toks, pre.subject, lex)  # («أكدت فيه الوزارة أن» agrees)
                             or not (self.chunk.strong(toks, pre.subject) or lex.noun_kind(toks[i + 2].norm)))
                        and speech_noun_before(lex, toks, i) is not None)
        if frame_object and p == pre.subject.end and p < len(toks):  # («أكد فيه رئيسه X أن»: a subject)
            frame_object = (self._trigger(toks, p, klass, True, cue.objects) or ("",))[0] not in ("comp", "comp_pron")
        if frame_object:  # «بياناً أكدوا فيه وجودَ …»: the speech's writer speaks; «وجود» is the object
            pre.subject, p = None, i + 2
        if cue.lemma == "طالب" and pre.subject is not None and not pre.svo and p == pre.subject.end:
            p = self._asked_in_subject(toks, pre, p)
        if ((klass == "direct" or cue.lemma in INFORM) and cue.agree != "pl" and pre.subject is not None
                and not pre.svo and p == (pre.addressee or pre.subject).end):
            self._plural_addressee(toks, pre)  # «ودعا عباس قادة الفصائل إلى …»: the ones called on
        if cue.lemma in INFORM and pre.subject is not None and not pre.svo and p >= pre.subject.end:
            self._told_in_subject(toks, pre)  # «أبلغ رئيس بلدية نيويورك بيل دي بلازيو الصحفيين أن …»
        self._demanding = cue.lemma == "طالب"  # «طالب X من Y بـ…»: Y is asked (not «حذر من X»)
        bare_demand = toks[i].cue_prefix in ("و", "ف") and self.lex.is_("prefixed_cue", toks[i].norm[1:], strip=False)
        if bare_demand and pre.subject is None and not _demand_that(toks, i):
            return None  # «طالب علم وطالب مال»، «وطالب بها المواطنون»: no subject right after it
        trig = self._trigger(toks, p, klass, has_subject, cue.objects) if p < len(toks) else None
        if (frame_object or described) and trig is None:
            trig = ("np", p)  # (described: «ما وصفها الوزير بالفضيحة»: the evaluation)
        if pre.bare_at is not None and p == pre.bare_at:
            trig = ("bare", p)  # «قال X الذي …، برغم … أبنائي …»: unmarked first-person speech
        if (trig is None and klass in ("say", "cont") and cue.lemma in SAY_LEMMAS and cue.pos == "verb" and cue.perfect
                and pre.subject is not None and pre.subject.kind is not None and not pre.svo and p == pre.subject.end
                and not pre.subject.quoted
                and (self.chunk.strong(toks, pre.subject) or toks[pre.subject.start].definite)
                and negated_clause(toks, p)):
            trig = ("bare", p)  # «وأضاف المتحدث لا توجد عمليات جديدة» (q18b): unmarked negated speech
        if pre.anaphoric and trig is not None and trig[0] in ("np", "to"):
            trig = None  # «ذلك» is the object: «على …» after the speaker is part of his title
        if trig is None:
            trig = self._lookahead(toks, i, p, klass, pre, entities, no_subject)
        if trig is None and pre.subject is not None and not pre.svo and klass in ("say", "cont", "refer", "opinion", "announce"):
            trig = self._stall(toks, p, klass, pre)
        if trig is None and klass == "describe" and pre.subject is not None and not pre.svo:
            trig = self._after_object(toks, p)
        if trig is None and pre.anaphoric and pre.subject is not None:
            return self._anaphoric(toks, i, text, pre, used)
        if trig is None:
            trig = self._adverbial_run(toks, p, klass)
        if trig is None:
            trig = self._np_object(toks, i, p, klass, pre, prev)
        if bare_demand and (trig is None or not self._demand_shape(toks, pre, trig, i)):
            return None  # «وطالب الجامعة X من المتفوقين»: a student; the verb is «وطالب X بـ/أن …»
        weak = (pre.subject is not None and not pre.svo and not pre.family
                and not self.chunk.strong(toks, pre.subject))
        opens_clause = prev is None or prev.is_punct or toks[i].cue_prefix[:1] in ("و", "ف")
        opens_clause = opens_clause or (prev.norm in ("ولم", "فلم") or (  # «ولم ينفِ وجودَ …»
            prev.norm == "لم" and (i < 2 or toks[i - 2].is_punct)))
        # «واعتبر لجوءَ مؤسسة النقد … يكون عائدا إلى …»: considered X (to be) Y, X no speaker of any kind
        considers = (klass == "opinion" and cue.lemma == "اعتبر" and pre.subject is not None
                     and pre.subject.kind in (None, "person") and pre.subject.entity is None
                     and not toks[pre.subject.start].definite and toks[pre.subject.start].norm not in _MANNER_NOUNS
                     and toks[pre.subject.start].norm not in self.chunk.given_names)
        if (weak and cue.objects and opens_clause and trig is not None and trig[1] >= pre.subject.end
                and self._possessed_object(toks, pre.subject)):
            # «وأكد عزمهم على التركيز …»، «وأكد حرصه على …»: the noun with its possessive is the object
            pre.subject, trig = None, ("np", pre.subject.start)
            weak = False
        reread = weak and cue.objects and cue.perfect and opens_clause and (
            klass in ("say", "announce", "direct") or considers)
        reread = reread and (trig is None or trig[1] <= pre.subject.end)
        reread = reread and toks[pre.subject.start - 1].norm != "من"  # «العديد من المجموعات»: partitive
        if reread and (trig is None or trig[0] == "np") and not pre.subject.quoted:
            # «أكد استمرارَ العمل على …»، «أعلن أسماءَ الفائزين»: the "subject" is the object
            start = pre.subject.start
            if not (toks[start].definite or toks[start].preposed) or klass not in ("say", "opinion"):
                pre.subject = None
                trig = ("np", start)
        if trig is None:
            return None
        if (cue.lemma == "اعتبر" and not cue.perfect and pre.subject is not None and not pre.svo
                and trig[0] not in ("comp", "comp_pron", "colon", "quote")
                and toks[pre.subject.start].norm in _PLACE_HEADS):
            return None  # «فيما تعتبر منطقة الشويمس أكبر متاحف …»: is considered (a place holds no opinion)
        if (cue.lemma == "اعتبر" and not cue.perfect and cue.pos == "verb"
                and trig[0] not in ("comp", "comp_pron", "colon", "quote")):
            # «وتعتبر إيطاليا إحدى الدول …»، «ويعتبر مسجد هوبان من أفخم …»، «البنك الذي يعتبر المؤسسة
            # الأولى …»: an imperfect «يعتبر/تعتبر» with no clause, colon or quote after it is the passive
            # «is considered» (the opinion «ويعتبر الخبراء أن …» has its clause) (q19b)
            return None
        if (trig[0] == "np" and klass in ("say", "announce") and cue.lemma not in _NEGATIVE_LEMMAS
                and prev is not None and prev.norm in _NEGATORS):
            return None  # «ولم تكشف الشركة عن تفاصيل …»، «لم يؤكد موعد …»: nothing announced
        if cue.lemma in CONCLUDE and any(_event_noun(t) for t in toks[i + 1 : trig[1]]):
            return None  # «اختتمت اليوم فعاليات البرنامج … بعنوان "…"»، «وختم الرشيد الأمسية بقصيدة "…"»: an event ended (q23)
        if klass == "find" and (pre.subject is None or trig[0] not in ("comp", "comp_pron")):
            return None  # «وجد الباحثون أن …» is a finding; «وجد نفسه»، «وُجد أن» are not statements
        if klass == "describe" and pre.subject is not None and not pre.svo:
            pre.subject = self._without_object(toks, pre.subject, trig)
        if (pre.subject is not None and not pre.svo and cue.pos == "verb" and cue.agree == "pl"
                and toks[i].norm.endswith(("وا", "ون")) and klass == "direct" and not pre.subject.quoted):
            pre.subject, pron_subject = None, True  # «إنهم يحذرون التجار من …»: the plural ending is the subject
        if pre.subject is not None and not pre.svo and pre.subject.end - pre.subject.start == 1:
            only = toks[pre.subject.start]
            bare = only.norm[:-2] if only.norm.endswith(("ها", "هم")) else only.norm[:-1]
            if only.text.endswith(("ها", "هم", "ه")) and lex.noun_kind(bare) == "document":
                pre.subject = None  # «واختتمت بيانها بقولها:»: the statement, not its speaker
        if (pre.subject is None and cue.pos == "verb" and not cue.perfect and not opens_clause and not pron_subject
                and not (klass == "say" and trig[0] in ("colon", "quote") and toks[i + 1].norm in _IN_IT)):
            # (but «بأبيات من الشعر يقول فيها: «…»»، «تغريدة تقول فيها "…"»: what a text says)
            return None  # «… نطاق يشير إلى …»، «الذي يتوقع …»: an imperfect inside a clause
        if cue.pos == "masdar":
            # «قوله إن»، «دعوتها إلى»، «اعتراف الأسد … بأن»: a verbal noun needs its content right
            # after it or after its possessor; «ومطالبتها لنظيرتها» is just a noun
            if "و" in toks[i].cue_prefix:
                return None
            if pre.subject is None and trig[1] > i + 2:
                return None
            if pre.subject is None and cue.lemma in _BARE_MASDARS and not toks[i].text.endswith(("ه", "ها", "هم", "هما")):
                return None  # «تأكيد/إعلان X أن» needs X: «سارع آخرون بإعلان أن …» names its speaker elsewhere
            if pre.subject is not None and (pre.subject.start != i + 1 or not self.chunk.strong(toks, pre.subject)):
                return None
        subject = pre.subject
        if (subject is None and cue.pos == "verb" and not pron_subject
                and lex.is_("impersonal", toks[i].norm[len(toks[i].cue_prefix):])):
            return None  # يذكر أن، يشار إلى أن: the author's voice
        if klass == "relay" and pre.relay_from is None and (subject is None or cue.lemma in LEARN):
            return None  # («وعلمت (المدينة) أن …»: the paper's own voice, no source)
        vias = pre.vias
        if not vias and pre.relay_from is None:
            front = self._front_channel(toks, i, entities)
            if front is None and subject is None:
                front = self._through_outlet(toks, i, entities)
            if front is not None:
                vias.append(front)  # «وفي مقابلة مع قناة X قال …»: the channel opened the clause
        relayer_fits: frozenset[str] = frozenset()
        if pre.relay_from is not None:
            if subject is not None:
                relayer_fits = fits(toks, subject, lex)
                generic = subject.end - subject.start == 1 and not subject.quoted and toks[subject.start].definite
                generic = generic and lex.noun_kind(toks[subject.start].norm) == "outlet"
                vias.append(ViaRef(subject, generic=generic))
            subject = pre.relay_from
        if cue.lemma == "دعا" and _prays(toks, trig[1], lex):
            return None  # «داعين للشهيد … أن يتقبلهم الله»: a prayer, not a call
        for k in range(i + 1, trig[1]):
            used.add(k)
        foreign = self._foreign_participles(toks, trig[1], cue.agree, subject, cuts, bool(vias))
        content = self._content(toks, trig, text, cuts - foreign)
        used.update(k for k in foreign if content is not None and toks[k].start < content[0][1])
        if content is None:
            return None
        (cs, ce), qtype = content
        if cue.lemma in CHANT and trig[0] == "quote":
            close = next((k for k in range(trig[1] + 1, len(toks)) if toks[k].text in CLOSE_QUOTES), None)
            if close is None or close == trig[1] + 1:
                return None
            (cs, ce), qtype = (toks[trig[1] + 1].start, toks[close - 1].end), "direct"  # the chant's words only (q23)
        if klass == "describe" and trig[0] == "np" and cue.pos != "masdar" and not any(
                _as_what(t) for t in toks[trig[1]:] if cs <= t.start < ce):
            return None  # «ووصفت الشرطة مشاهد عنف …»: a description, no «بـ/كـ» evaluation
        if cue.lemma == "نوه" and _commends(toks, cs, lex):
            return None  # «ونوه بجهود …»، «منوها بالدور الذي …»: praise, not a statement
        tok = toks[i]
        return Raw(
            sentence=-1, cue=(tok.start, tok.end), cue_token=i, lemma=cue.lemma, klass=klass,
            hedged=cue.hedged, content=(cs, ce), type=qtype, source=subject,
            implicit=subject is None, pron_subject=pron_subject, vias=vias, agree=cue.agree,
            source_fits=fits(toks, subject, lex), relayer_fits=relayer_fits,
            # (only where the name was read as the object's first word before, a noun object after it:
            # «وقال الهاشمي إن»، «وأشار القروني إلى أن» keep the channel rule of any named speaker)
            family=pre.family and subject is pre.subject and trig[0] == "np",
        )

    def _anaphoric(self, toks: list[Tok], i: int, text: str, pre: _Pre, used: set[int]) -> Raw | None:
        """«… بالقرب من مركز خريص. أوضح ذلك المشرف العام على الحملة …»: a perfect say or announce
        verb with the object «ذلك/هذا» and its speaker after it, opening its sentence or clause,
        attributes what was just reported — the clause before it up to the comma, or the sentence
        before it in the same paragraph."""
        if i > 0 and not is_comma(toks[i - 1]):
            return None
        if i > 0:
            s, e = toks[0].start, toks[i - 1].start
        else:
            e = toks[0].start
            k = e
            new_paragraph = False
            while k > 0 and (text[k - 1].isspace() or text[k - 1] in ".!؟?"):
                new_paragraph = new_paragraph or text[k - 1] == "\n"
                k -= 1
            s = max(text.rfind(ch, 0, k) for ch in ".!؟?\n") + 1
            if new_paragraph:
                s = text.rfind("\n", 0, k) + 1
                if not (self._lead_paragraph(text, s, k, e) and self.chunk.strong(toks, pre.subject)):
                    return None  # another paragraph than the lead («وأرجع ذلك لعدة أسباب»: no speaker either)
        a, b = trim(text, s, e)
        if b - a < 20:
            return None
        cue = toks[i].cue
        assert cue is not None
        source = self._titled_to_name(toks, pre.subject)
        for k in range(i + 1, source.end):
            used.add(k)
        return Raw(
            sentence=-1, cue=(toks[i].start, toks[i].end), cue_token=i, lemma=cue.lemma, klass=cue.klass,
            hedged=cue.hedged, content=(a, b), type="indirect", source=source, vias=pre.vias,
            agree=cue.agree, source_fits=fits(toks, source, self.lex),
        )

    @staticmethod
    def _lead_paragraph(text: str, s: int, k: int, e: int) -> bool:
        """«اعتمدت الوزارة آلية جديدة … . ⏎ أوضح ذلك المتحدث الرسمي …»: the article's lead — its
        first paragraph, closed by a stop — right before the paragraph the anaphoric cue opens is
        what the cue takes up; a heading (no stop) or a later paragraph is not."""
        closed = any(ch in ".!؟?" for ch in text[k:e])
        return closed and not text[:s].strip() and len(text[s:k].split()) >= 8

    def _titled_to_name(self, toks: list[Tok], m: Mention) -> Mention:
        """«المشرف العام على حملة قباء للحج والعمرة – التي … - هلال الحسني،»: a role without a name
        runs on (over a parenthesis between dashes) to the person named right before the comma."""
        if m.name is not None and m.kind == "person":
            return m
        dash = False
        for k in range(m.end, min(len(toks), m.end + 25)):
            t = toks[k]
            if t.text in "-–—":
                dash = not dash
                continue
            if dash:
                continue
            if t.is_punct or t.cue is not None:
                break
            named = self.chunk.mention(toks, k, {})
            if (named is not None and named.kind == "person" and named.name is not None
                    and named.end < len(toks) and is_comma(toks[named.end]) and named.name[1] - named.name[0] >= 2):
                return Mention(m.start, named.end, named.name, "person", named.entity, False)
        return m

    def _foreign_participles(self, toks: list[Tok], s: int, agree: str, subject: Mention | None,
                             cuts: set[int], relayed: bool) -> set[int]:
        """Participle cuts after the content start whose agreement fits neither the cue nor
        the speaker: their subject is a noun of the content, so they go on in it («ولفتت
        الجمعية إلى أن القرار …، مشددا على أن …»: the decision stresses, not the society).
        Not for a person's title, a relayed statement («قال المتحدث … مؤكدة» can continue
        the body he speaks for) or a participle agreeing with an earlier statement of the
        sentence («وقالت المراجع إن … دعوا … التي …، مؤكدة»: the sources go on)."""
        if not agree or relayed:
            return set()
        fit = {agree}
        if subject is not None:
            head = toks[subject.start]
            if self.lex.noun_kind(head.norm) == "title":
                return set()  # a spokesman or an official may speak for a body
            fit |= fits(toks, subject, self.lex)
            if agree in ("ms", "fs"):
                fit |= {"pl", "du"}  # «وأكد أقارب المفقودين …، مشيرين»: a verb before its subject is singular
        out = set()
        for k in sorted(c for c in cuts if c > s):
            c = toks[k].cue
            if c is None or c.pos != "participle":
                break  # only up to the next cut that is no participle: that content ends there anyway
            if c.agree and c.agree not in fit | self._agrees and self._described(toks, s, k, c.agree):
                out.add(k)
            else:
                break
        return out

    @staticmethod
    def _described(toks: list[Tok], s: int, k: int, agree: str) -> bool:
        """Whether the content before the participle at ``k`` describes a noun the participle
        agrees with by a relative clause («القرار … الذي فرض …، مشددا»)."""
        rel = _RELATIVE.get(agree, ())
        return any(t.norm in rel for t in toks[s:k])

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
        if kind == "slashes":
            close = _slashes_close(toks, s)
            if close is None:
                return None
            a, b = trim(text, toks[s + 1].end, toks[close].start)
            return ((a, b), "direct") if b > a else None
        t = toks[s]
        bare_start = kind in ("colon", "bare")
        if (t.text in OPEN_QUOTES and t.text != "»" or (t.text == "»" and s > 0 and toks[s - 1].text == ":")
                or (t.text == "(" and kind == "quote")):
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
        if unclosed(text, t.start):
            # «وقال المرصد في بيان «نفذ …» with no closing mark in the paragraph: the
            # quotation runs to the end of its clause, leaving the paragraph's other quotes
            a, b = trim(text, t.end, toks[clause_end(toks, s, cuts) - 1].end)
            return ((a, b), "direct") if b > a else None
        first = find_close(text, t.start)
        if first is None:
            return None
        end_tok = clause_end(toks, s, cuts)
        if t.text == "»":
            again = next((k for k in range(s + 1, len(toks) - 1) if toks[k].start < first and k in cuts
                          and toks[k].cue is not None and toks[k + 1].text == ":"), None)
            if again is not None:
                # «وقال:» لا عمالة … ونعيّر الجميع وقال:» انتم …»»: a reversed opening mark left
                # open; the next «cue:» starts the next quotation
                a, b = trim(text, t.end, toks[again - 1].end)
                return ((a, b), "direct") if b > a else None
        for close in (first, *nested_closes(text, t.start, first, toks[end_tok - 1].end)):
            tail_end = toks[end_tok - 1].end if end_tok - 1 > s else close + 1
            tail = text[close + 1 : max(tail_end, close + 1)]
            complete = text[t.end : close].rstrip()[-1:] in (".", "!", "?", "؟", "…")
            # «قال ابن بطال:» … »، حريص على …»: a quotation opened after a colon and closed before
            # a comma is whole even when the author's sentence runs on after it
            colon = s > 0 and toks[s - 1].text == ":" and text[close + 1 :].lstrip()[:1] in ("،", ",", "؛", ";")
            colon = colon and len(text[t.end : close].split()) >= 3
            # «وتابع المدرب «لا يمكنني القبول بوضع غير مستقر»، في إشارة إلى …»: a comma, then the
            # author's gloss or an adverbial phrase — the quotation is whole
            after = text[close + 1 :].lstrip()
            gloss = after[:1] in ("،", ",") and len(text[t.end : close].split()) >= 3
            colon = colon or (gloss and after[1:].split()[:1] in ([w] for w in _GLOSS_OPENERS))
            if complete or colon or close + 1 >= tail_end or not any(ch.isalpha() for ch in tail):
                a, b = trim(text, t.end, close)
                return ((a, b), "direct") if b > a else None
        return None

    def _opening_speaker(self, toks: list[Tok], m: Mention, agree: str, entities: dict[int, Entity]) -> Mention:
        """The speaker an opening phrase names for the statement after it: the phrase's
        source, or the owner of a document it names when only the owner agrees with the verb
        («بيان المنظمة … أكدت»: the organisation, not the statement)."""
        head = toks[m.start]
        if agree and agree not in fits(toks, m, self.lex) and self.lex.noun_kind(head.norm) == "document":
            owner = self.chunk.mention(toks, m.start + 1, entities)
            if owner is not None and owner.end <= m.end and agree in fits(toks, owner, self.lex):
                # the owner's own words only: «بيان المنظمة الصحفي» — «الصحفي» is the statement's
                feminine = toks[owner.start].norm.endswith("ه")
                end = owner.start + 1
                while end < owner.end and toks[end].definite and toks[end].norm.endswith("ه") == feminine:
                    end += 1
                return Mention(owner.start, end, owner.name, owner.kind, owner.entity, owner.quoted)
        return m

    # -- phrase cues -----------------------------------------------------------------
    def parse(self, toks: list[Tok], entities: dict[int, Entity], text: str, known: set[str],
              names: set[str]) -> list[Raw]:
        """All attributions of one sentence, in order."""
        heads = self.phrase_heads(toks)
        pron_heads = self.pronoun_phrase_heads(toks)
        cuts = cut_points(toks, self.lex, heads, lambda k: self._speaker_at(toks, k, entities))
        if "\n" in text[toks[0].end : toks[-1].start]:  # (a sentence with no line break inside has none)
            cuts.update(k for k in range(1, len(toks)) if self._line_break(toks, k, text))
        cuts.update(_while_clause_end(toks, self.lex))
        used: set[int] = set()
        out: list[Raw] = []
        cstart = self._clause_start(toks)
        self._opening = None
        self._demanding = False  # the cue being read is «طالب» (set per verb cue)
        self._urging = False  # the cue being read is «حث» (set per verb cue)
        self._agrees = set()  # cue agreements of the sentence's earlier statements
        self._known = known  # («ودعا القحطاني الجمعيات …»: a family name of someone named before)
        for k, t in enumerate(toks):
            if k in used:
                continue
            raw = None
            if t.cue is not None:
                raw = self.verb_cue(toks, k, entities, text, cuts, used)
            elif t.norm in CAME:
                raw = came_in_cue(self, toks, k, entities, text, cuts, used)  # «وجاء في بيان للشرطة أن …»
            elif t.norm in WHICH:  # «…، وهو ما أفصح عنه لـ"الوطن" X»: the clause before, said by X
                raw = which_said_cue(self, toks, k, entities, text, cstart, used, frozenset(cuts))
            elif k in heads or k in pron_heads:
                raw = self.phrase_cue(toks, k, entities, text, known, cstart, used, frozenset(cuts))
            if raw is None:
                continue
            if raw.agree:
                self._agrees.add(raw.agree)
            inner = whole_quotation(text, *raw.content) if raw.type == "indirect" else None
            if inner is None and raw.type == "indirect" and not raw.phrase:
                inner = self._opened_before(toks, text, raw.content)
            if inner is not None and inner[1] > inner[0]:
                raw.content, raw.type = inner, "direct"
            if raw.type == "indirect" and is_mixed(text, raw.content[0], raw.content[1], self.lex, names):
                raw.type = "mixed"
            if out and self._goes_on_saying(toks, text, out[-1], raw):
                out[-1].content = (out[-1].content[0], raw.content[1])
                continue
            out.append(raw)
        return out

    def _goes_on_saying(self, toks: list[Tok], text: str, prev: Raw, raw: Raw) -> bool:
        """«…، مكتفيا بالقول هناك بيان صدر … بالمرشحين واعتقد أنه يكفي …» (q18): inside unmarked speech
        after «بالقول», «واعتقد» with no subject right after it is the speaker's own «and I think» (the
        hamza-less spelling of «وأعتقد»), so the speech goes on over it."""
        k = prev.cue_token
        if not (k > 0 and toks[k].norm == "بالقول" and toks[k - 1].norm in _CONTENT_WITH):
            return False
        return (toks[raw.cue_token].norm in _I_THINK and raw.source is None and raw.cue[0] >= prev.content[1]
                and not text[prev.content[1] : raw.cue[0]].strip())

    def _opened_before(self, toks: list[Tok], text: str, content: tuple[int, int]) -> tuple[int, int] | None:
        """«واضاف المسؤول «ان المجاميع … فيما تشير المعلومات الى ان … ونحن نتحرى مصادره».»: a quote
        mark right before the complementizer whose closing mark ends the sentence makes the whole
        inside one direct quotation, though a nested statement cut the indirect reading short."""
        a, b = content
        k = next((j for j, t in enumerate(toks) if t.start >= a), None)
        if k is None or k < 2:
            return None
        comp, mark = toks[k - 1], toks[k - 2]
        if not (self.lex.is_("complementizer", comp.norm, strip=False) and mark.text in OPEN_QUOTES
                and mark.text not in "»”"):
            return None
        close = find_close(text, mark.start)
        if close is None or close < b or close > toks[-1].end:
            return None
        if any(t.is_word for t in toks if t.start > close):
            return None  # the author's sentence goes on after the quotation
        return trim(text, mark.end, close)

    def _line_break(self, toks: list[Tok], k: int, text: str) -> bool:
        """A line break before token ``k`` that ends a reported clause: a paragraph left
        without its final stop («… العام ⏎ رابط الخبر …»، «… العلاج ⏎ وعبرت الحكومة …»). A
        line that ends on a preposition or conjunction, or a next line that opens with a
        definite relational adjective, goes on («انخرطت في ⏎ حوار»، «الدعم ⏎ اللوجستي»)."""
        if "\n" not in text[toks[k - 1].end : toks[k].start]:
            return False
        prev, t, lex = toks[k - 1], toks[k], self.lex
        if prev.is_word and (lex.is_("preposition", prev.norm, strip=False) or lex.is_("conj", prev.norm, strip=False)
                             or lex.is_("particle", prev.norm, strip=False)):
            return False
        return not (t.is_word and t.definite and nisba(t.norm))

    def _what_x_warned_of(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> bool:
        """«ما حذّر منه موقع «إكسبريس» مؤخراً من وقوع …»: after the relative «ما», a directive with
        its resumptive pronoun («منه»), a named speaker and «من» + what it warned of is a
        statement of its own (the «من» phrase is the content); «عما قاله» stays a noun clause."""
        cue = toks[i].cue
        if cue is None or cue.klass != "direct" or toks[i - 1].norm != "ما" or i + 2 >= len(toks):
            return False
        if not self.lex.is_("pron_prep", toks[i + 1].norm, strip=False):
            return False
        m = self.chunk.mention(toks, i + 2, entities)
        if m is None or not self.chunk.strong(toks, m):
            return False
        k = m.end + (1 if m.quoted else 0)
        while k < len(toks) and self.lex.is_("time", toks[k].norm):
            k += 1
        return k + 1 < len(toks) and toks[k].norm == "من" and toks[k + 1].is_word

    def _what_x_described(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> bool:
        """«بسبب ما وصفها التلفزيون الحكومي "بقضايا ضد الأمن"»: after the relative «ما», a describe
        verb with its object pronoun, a named speaker and the «بـ/كـ» evaluation (in quote marks or
        not) is the speaker's characterisation, a statement of its own; «كما وصفها» with no «بـ»
        after the speaker is not."""
        t = toks[i]
        if t.cue is None or t.cue.klass != "describe" or t.cue_prefix or not t.text.endswith(_OBJECT_PRONOUNS):
            return False
        m = self.chunk.mention(toks, i + 1, entities) if i + 1 < len(toks) else None
        if m is None or not self.chunk.strong(toks, m):
            return False
        k = next((j for j in range(m.start + 1, m.end) if _as_what(toks[j])), m.end + (1 if m.quoted else 0))
        while k < len(toks) and (self.lex.is_("time", toks[k].norm) or toks[k].text in OPEN_QUOTES):
            k += 1
        return k < len(toks) and _as_what(toks[k])

    def _described_by(self, toks: list[Tok], m: Mention) -> tuple[Mention, int]:
        """The speaker of «ما وصفها X بـ…» without the evaluation the chunk ran on to, and where the
        evaluation starts (its opening quote mark when it has one)."""
        k = next((j for j in range(m.start + 1, m.end) if _as_what(toks[j])), None)
        if k is None:
            return m, m.end
        end = k - 1 if toks[k - 1].text in OPEN_QUOTES else k
        name = m.name if m.name is None or m.name[1] <= end else ((m.name[0], end) if m.name[0] < end else None)
        return Mention(m.start, end, name, m.kind, m.entity, False), end

    def _front_channel(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> ViaRef | None:
        """The outlet of a channel phrase that opens the cue's clause («وفي برنامج على شبكة سي إن إن
        قال …»، «وفي مقابلة مع قناة X، قال …»، «وفي حديث لـ«عكاظ» قال …»): the intermediary."""
        lex = self.lex
        s = next((k for k in range(i - 2, max(-1, i - 16), -1) if toks[k].norm in ("في", "وفي")
                  and lex.is_("channel", toks[k + 1].norm)), None)
        if s is None or (s > 0 and toks[s].norm == "في" and not toks[s - 1].is_punct):
            return None
        if any(t.cue is not None or is_terminal(t) for t in toks[s + 1 : i]):
            return None
        for k in range(s + 2, i):
            t = toks[k]
            if lex.is_("with", t.norm, strip=False) or lex.is_raw("on", t.plain):
                m = self.chunk.mention(toks, k + 1, entities) if k + 1 < i else None
            elif self.chunk.is_recipient(toks, k):
                via, _ = self._via_at(toks, k, entities)
                m = via.mention if via is not None else None
            else:
                continue
            if m is not None and m.end <= i + (1 if m.quoted else 0) and (m.quoted or m.kind == "outlet"):
                return ViaRef(m)
            return None
        return None

    def _urged_first(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> bool:
        """«وحث العاملين بالمركز على …»، «وحث الحكومة على …»: the phrase right after «حث» and right before
        «على» is the one urged when it names no person («وحث الوزير على ضرورة …»: the minister urges)."""
        m = self.chunk.mention(toks, i + 1, entities) if i + 1 < len(toks) else None
        if m is None or m.quoted:
            return False
        k = m.end
        # «على» right after them, or a «بـ/لـ» + definite word: where they are («العاملين بالمركز على»)
        # or what they are urged to («وحث منسوبي المدارس للمشاركة»)
        if k >= len(toks) or not (self.lex.is_raw("on", toks[k].plain)
                                  or (toks[k].is_word and toks[k].preposed and toks[k].definite)):
            return False
        return m.kind != "person" and self.lex.noun_kind(toks[m.start].norm) != "title"

    def _through_outlet(self, toks: list[Tok], i: int, entities: dict[int, Entity]) -> ViaRef | None:
        """«وجهت X، عبر «الجزيرة» كلمة للمعلمات …، وقالت: …»: a subjectless cue after its speaker's
        own clause that went out «عبر» an outlet (quoted, or a name the outlet gazetteer knows) — no cue
        between — has the outlet as its intermediary."""
        for k in range(i - 2, max(-1, i - 30), -1):
            t = toks[k]
            if t.cue is not None or is_terminal(t):
                return None
            if t.norm != "عبر":
                continue
            m = self.chunk.mention(toks, k + 1, entities)
            if m is not None and m.end < i and (m.quoted or outlet_name(
                    self._text[toks[m.start].start : toks[m.end - 1].end], bare=True) is not None):
                return ViaRef(m)  # (a named outlet: not «عبر مواقع التواصل الاجتماعي»)
            return None
        return None

    def _named_after(self, toks: list[Tok], i: int, klass: str, entities: dict[int, Entity]) -> bool:
        """«…، مؤكدا الفردان أن …»: a say/opinion participle with a named person right after it
        and a complementizer right after him has that person as its subject (not a directive's
        recipient: «مطالبا الحكومة بأن …»)."""
        if klass not in ("say", "opinion") or i + 1 >= len(toks) or not toks[i + 1].is_word:
            return False
        m = self.chunk.mention(toks, i + 1, entities)
        if m is None or m.name is None or m.end >= len(toks):
            return False
        titled = self.lex.noun_kind(toks[m.start].norm) == "title"
        if not titled and not (m.entity is not None and m.entity.label == "PERS"):
            return False  # a name the entity stage tags («مؤكدا الفردان أن») or a titled one; not «مستغربا كيف يمكن أن»
        nxt = toks[m.end]
        return nxt.is_word and (self.lex.is_("complementizer", nxt.norm, strip=False)
                                or self.lex.is_("complementizer_pron", nxt.norm, strip=False))

    def _speaker_at(self, toks: list[Tok], k: int, entities: dict[int, Entity]) -> bool:
        m = self.chunk.mention(toks, k, entities)
        return m is not None and self.chunk.strong(toks, m)

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


_RELATIVE_OBJECT = 26  # words of a describe verb's object with its relative clause

# negators right before a cue: a negated announcement of a noun («لم يكشف عن تفاصيل») states
# nothing; a negated denial («ولم ينف وجود أخطاء») still does
# a pronoun or «منها» before a colon opens a list of what was just named («مشروعين، وهما: …»،
# «عديدة ومنها: …»), not a quotation
# «اكتفى بالقول»: contented himself with saying — what follows «بالقول» is the statement, marked or not
_CONTENT_WITH = frozenset({"اكتفي", "واكتفي", "مكتفيا", "مكتفيه", "مكتفين", "اكتفت", "واكتفت", "اكتفوا", "واكتفوا"})
_I_THINK = frozenset({"واعتقد", "واظن"})  # «and I think», written without the hamza (normalised)
_LIST_PRONOUNS = frozenset({"وهما", "هما", "وهي", "وهم", "ومنها", "منها", "ومنهم", "منهم"})
_NEGATORS = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن"})
# events one concludes (normalised, no article): «اختتمت فعاليات البرنامج»، «اختتم مبارياته الودية»
_EVENT_NOUNS = frozenset({"فعاليات", "فعاليه", "مباريات", "مباراه", "برنامج", "امسيه", "دوره", "مؤتمر", "ملتقي",
                          "حفل", "مهرجان", "معسكر", "زياره", "جوله", "بطوله", "موسم", "ورشه", "اعمال", "جلسات",
                          "مسابقه", "منافسات", "اجتماع", "اجتماعات", "لقاء"})
_TELL_ABOUT = frozenset({"أخبر", "أنبأ"})  # «أخبر/أنبأ عن + noun»: tells of an event, as «كشف عن» (SPA press reviews)
_IN_IT = frozenset({"فيه", "فيها", "فيهم"})  # «يقول فيها: …»: in the text just named
_GAVE = ("قدم", "يقدم", "تقدم", "بذل", "يبذل", "تبذل", "قدمت", "بذلت", "قدموا", "بذلوا", "يقدمون", "يبذلون")


def _commends(toks: list[Tok], cs: int, lex: Lexicon) -> bool:
    """A content opening with «بـ» + a noun of effort, role or support («بجهود»، «بالدور»، «بالدعم»;
    ``praise_object`` words) or «بما قدّمه/بذله» is what «نوّه» praises, not a proposition."""
    k = next((x for x, t in enumerate(toks) if t.start >= cs), None)
    if k is None or not toks[k].is_word or toks[k].norm[:1] != "ب":
        return False
    t = toks[k]
    if t.norm == "بما":
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and nxt.is_word and nxt.norm.startswith(_GAVE)
    return lex.is_("praise_object", t.norm)


_BLAME = frozenset({"بالنقد", "باللوم", "بالاتهام", "باصابع", "بأصابع", "بالانتقاد"})  # «أشار/ألمح + بـ…»
_MODALS = frozenset({"يمكن", "يمكنه", "يمكنها", "يجب", "ينبغي", "يستطيع", "تستطيع", "بد", "يحق"})  # + «أن» + cue
_PLACE_HEADS = frozenset({"منطقه", "مدينه", "محافظه", "قريه", "جزيره", "بحيره", "جبل", "مدن", "مناطق", "قري", "بلده",
                          "حي", "شاطئ", "واحه", "المنطقه", "المدينه", "المحافظه", "القريه", "الجزيره"})
_TO = frozenset({"الى", "الي", "لي", "على"})  # «عادا الى مقر …»: a verb of motion, not «عادًا X Y»
_MANNER_NOUNS = frozenset({"بشكل", "بصوره", "بطريقه", "بكل", "بدرجه"})  # «واعتبرت بشكل كبير سببا»: an adverb
_NEGATIVE_LEMMAS = frozenset({"نفى"})
# words opening the author's gloss or an adverbial phrase after a quotation and a comma
# «الخطى»: «يحث الخطى» (hastens; _URGE_ON: lexicon.URGE_ON)
_STEPS = frozenset({"الخطي", "خطاه", "خطاها", "خطاهم", "الخطوات"})

_CLAUSE_OPENERS = frozenset({"كما", "قد", "وقد", "ثم", "كذلك", "لكنه", "ولكنه"})


def _verb_before(toks: list[Tok], p: int) -> bool:
    """Whether the «على» at ``p`` follows its cue right away, or a verb cue with only words between
    (its subject: «وأكد رئيس مجلس الادارة على أنها»); not after a participle or verbal noun met on the
    way («…، مجددة التأكيد على أنه»), which is another statement's."""
    if p > 0 and toks[p - 1].cue is not None:
        return True
    cue = cue_before(toks, p, 8)
    return cue is not None and cue.pos == "verb"


_GLOSS_OPENERS = frozenset({"في", "وذلك", "وهو", "وهي", "حيث", "بعد", "عقب", "خلال", "قبل", "عندما",
                            "ردا", "تعليقا"})

_RELATIVE = {"ms": ("الذي",), "fs": ("التي",), "pl": ("الذين", "اللذين", "اللتين"), "du": ("اللذان", "اللتان")}


_GOD = frozenset({"الله", "المولي", "ربه", "ربها", "ربهم"})  # «دعا الله/المولى/ربه أن …»: a prayer
_PRAYS = frozenset({"دعا", "ناشد"})
_GOD_EPITHETS = frozenset({"العلي", "القدير", "تعالي", "عز", "سبحانه", "جل"})
_PRAYER_REACH = 5  # words between the cue and God: the speaker («فضيلته»، «الشيخ البدير») or «من»


def _prayer(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """A prayer whose God word is not right after «دعا/ناشد»: after the speaker («ودعا الشيخ
    البدير المولى القدير أن …») or «من» («داعيا من الله العلي القدير أن …») — plain words only up to
    it. «الله» counts only before «أن» or an epithet of God and not as a name's part («عبد الله»،
    «حزب الله أنصاره»: the next word is neither)."""
    for k in range(i + 1, min(len(toks) - 1, i + 1 + _PRAYER_REACH)):
        t, after = toks[k], toks[k + 1]
        if not t.is_word or t.preposed:
            return False
        if t.norm not in _GOD:
            continue
        return t.norm != "الله" or after.norm in _GOD_EPITHETS or lex.is_("complementizer", after.norm, strip=False)
    return False

# body parts that make «أشار بـ…» a gesture («أشار بيده/بإصبعه/برأسه إلى …»)
_BODY_PARTS = frozenset({"يد", "يدي", "إصبع", "اصبع", "أصابع", "اصابع", "رأس", "راس", "عين", "كف"})


def _as_what(t: Tok) -> bool:
    """The «بـ/كـ» of an evaluation («بالفاشل»، «بـ"الفضيحة"»، «بأنه»، «كخطوة»)."""
    return t.is_word and t.text[:1] in "بك" and (
        t.preposed or t.text in ("بـ", "كـ", "ب", "ك") or t.norm.startswith(("بان", "بأن")))


def _body_part(word: str) -> bool:
    """Whether ``word`` (after its «بـ») is a body part with or without a possessive pronoun."""
    for suffix in ("", "ه", "ها", "هم", "هما", "يه", "يها"):
        if suffix and not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)] if suffix else word
        if base in _BODY_PARTS or (suffix == "يه" and base + "ي" in _BODY_PARTS):
            return True
    return False


_THERE_IS = frozenset({"هناك", "وهناك", "هنالك", "وهنالك", "ثمه", "وثمه"})


def _someone(toks: list[Tok], i: int, pos: str) -> Mention | None:
    """«وهناك من يقول إن …»، «ثمة من يرى أن …»: «من» after «هناك/ثمة» right before a verb cue is
    its (anonymous) subject; None otherwise."""
    if pos != "verb" or i < 2 or toks[i - 1].norm != "من" or toks[i - 2].norm not in _THERE_IS:
        return None
    return Mention(i - 1, i, None, "anonymous")


def _slashes(toks: list[Tok], k: int) -> bool:
    """Two slashes written together at ``k`` («//»)."""
    return (k + 1 < len(toks) and toks[k].text == "/" and toks[k + 1].text == "/"
            and toks[k + 1].start == toks[k].end)


def _slashes_close(toks: list[Tok], k: int) -> int | None:
    """The token of the «//» that closes a quotation opened by the «//» at ``k`` in the same
    sentence, with at least three words between (SPA wire copy: «وقال // إن … //»)."""
    if not _slashes(toks, k):
        return None
    words = 0
    for j in range(k + 2, len(toks) - 1):
        if _slashes(toks, j):
            return j if words >= 3 else None
        words += toks[j].is_word
    return None


_OBJECT_PRONOUNS = ("ها", "هم", "هما", "ه")  # «ما وصفها/وصفه/وصفهم X بـ…»
_BARE_MASDARS = frozenset({"تأكيد", "إعلان"})  # verbal nouns listed bare (with a possessor) as well


def _prays(toks: list[Tok], s: int, lex: Lexicon) -> bool:
    """Whether what «دعا» asks for from token ``s`` on is God's doing: «أن» and, within
    three words, «الله» as the subject («للشهيد ولجميع من قضى معه أن يتقبلهم الله»)."""
    for k in range(max(0, s - 1), min(len(toks), s + 14)):  # the content may start after «بأن»
        t = toks[k]
        if is_terminal(t) and k >= s:
            return False
        if t.is_word and (lex.is_("complementizer", t.norm, strip=False) or t.norm == "بان"):
            return any(x.norm == "الله" for x in toks[k + 1 : k + 4])
    return False


def _bracket_quote(toks: list[Tok], p: int, least: int = 5) -> bool:
    """«وقال له (طالما نفسك نقية …)؟!»: round brackets used as quote marks — at least ``least`` words
    inside (five; two right after a subjectless say verb, none a lone letter: «(أ ف ب)» is a credit),
    and nothing but punctuation after the closing bracket in the sentence."""
    close = next((k for k in range(p + 1, len(toks)) if toks[k].text in "()"), None)
    if close is None or toks[close].text != ")":
        return False
    inner = [t for t in toks[p + 1 : close] if t.is_word]
    if len(inner) < least or any(t.cue is not None for t in toks[p + 1 : close]):
        return False  # short, or a retold dialogue («(لا تفعل، فقال الرجل: …)»)
    if least < 5 and any(len(t.norm) < 2 for t in inner):
        return False
    return not any(t.is_word for t in toks[close + 1 :])


def _states_nothing(lex: Lexicon, t: Tok) -> bool:
    """A provision or a picture as the subject («المادة التاسعة»، «صور»; not the name «الخضر لصور»)."""
    if not t.is_word or t.preposed:
        return False
    base = t.norm[2:] if t.norm.startswith("ال") else t.norm  # only the article: «لصور» is a name
    return lex.is_("no_speaker", base, strip=False)


def _hoping(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """An express cue whose «عن» phrase (before the next comma) holds a hope or a wish («أعرب الوزير
    عن أمله في أن …»)."""
    for k in range(i + 1, min(len(toks) - 1, i + 12)):
        t = toks[k]
        if t.is_punct:
            return False
        if lex.is_("about", t.norm, strip=False) and lex.is_("hope", toks[k + 1].norm, strip=False):
            return True
    return False


def _caused(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """«دعا» whose subject is a reason or a need (it led to): the noun before its relative
    («الأسباب التي دعت …») or right after it («دعت الحاجة إلى …»)."""
    if i >= 2 and lex.is_("relative", toks[i - 1].norm, strip=False) and lex.is_("cause_noun", toks[i - 2].norm):
        return True
    return i + 1 < len(toks) and lex.is_("cause_noun", toks[i + 1].norm, strip=False)


HONORIFIC_WORDS = frozenset(match_form(w) for w in (
    "معاليه", "معاليها", "سموه", "سموها", "سعادته", "سعادتها", "فضيلته", "جلالته", "سيادته", "دولته", "سماحته",
    "فخامته"))


_WHILE_OPENERS = frozenset({"في", "وفي", "ففي"})
_AND_THAT = frozenset({"وان", "وأن", "وإن", "وبان", "وبأن", "وانه", "وأنه", "وانها", "وأنها"})  # a second clause of the same statement


def _while_clause_end(toks: list[Tok], lex: Lexicon) -> set[int]:
    """«وفي الوقت الذي أعلن فيه X أن …، شن Y هجوماً …، قائلاً …»: a sentence that opens with a
    «في الوقت الذي» clause holding a cue has its main clause after the first comma that follows
    the cue's complementizer; that comma ends the subordinate statement."""
    words = [k for k, t in enumerate(toks[:4]) if t.is_word]
    if len(words) < 3 or [toks[k].norm for k in words[:3]][1:] != ["الوقت", "الذي"] or toks[words[0]].norm not in _WHILE_OPENERS:
        return set()
    cue = next((k for k in range(words[2] + 1, min(len(toks), words[2] + 8)) if toks[k].cue is not None), None)
    if cue is None:
        return set()
    comp = next((k for k in range(cue + 1, len(toks)) if is_terminal(toks[k]) or lex.is_("complementizer", toks[k].norm)
                 or lex.is_("complementizer_pron", toks[k].norm)), None)
    if comp is None or is_terminal(toks[comp]):
        return set()
    comma = next((k for k in range(comp + 1, len(toks)) if is_terminal(toks[k]) or (
        is_comma(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].norm in _AND_THAT))), None)
    return {comma} if comma is not None and is_comma(toks[comma]) else set()


def _event_noun(t: Tok) -> bool:
    """An event noun, with or without its article or a possessive («الأمسية»، «مبارياته»، «فعاليات»)."""
    if not t.is_word:
        return False
    n = t.norm.removeprefix("ال")
    return n in _EVENT_NOUNS or (n[-1:] == "ه" and n[:-1] in _EVENT_NOUNS) or (n[-2:] in ("ها", "هم") and n[:-2] in _EVENT_NOUNS)

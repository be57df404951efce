"""Document-level resolution: implicit speakers and continuations, anaphoric sources
(«الصحيفة»، «المسؤولون»، «السوداني»), outlet names of generic vias, inherited chains of
intermediaries, and nested statements.

Works on :class:`Record` objects — one per attribution, with its resolved speaker — in
text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.document import Entity
from khabar.extract.entities.overlap import LastIndex, Within
from khabar.extract.quotes.agencies import agency_anaphor, named_agency
from khabar.extract.quotes.companies import Company, named_company
from khabar.extract.quotes.institutions import Institution, nearest
from khabar.extract.quotes.names import given_names
from khabar.extract.quotes.naming import GOD
from khabar.extract.quotes.parse import Raw
from khabar.text.normalize import match_form

_SUFFIX = re.compile(r"(ون|ين|ان|ات|ه|ي)$")
# «عدد منهم»، «بعضهم»، «أحدهم»، «غالبيتهن»: a part of the group named before (match forms)
_PART_OF_THEM = re.compile(
    r"^و?(?:(?:عدد|العديد|بعض|كثير|الكثير|معظم|اغلب|غالبيه|احد|احدى|عشرات) (?:منهم|منهن|منهما)"
    r"|(?:بعض|معظم|اغلب|غالبيت|احد|احدا|كثير|جميع)(?:هم|هن|هما))$")


# broken plurals of outlet nouns (match forms): a plural generic source names no single outlet (nor
# does one in «ات»: «الوكالات»; «التلفزيون» is singular though it ends like a plural)
_OUTLET_PLURALS = frozenset({"صحف", "الصحف", "وصحف", "جرائد", "الجرائد"})


@dataclass
class Speaker:
    """A resolved speaker: mention offsets (None if unknown), name, kind, entity."""

    span: tuple[int, int] | None
    name: str | None
    kind: str | None
    entity: str | None = None


@dataclass
class ViaOut:
    name: str
    kind: str
    span: tuple[int, int] | None
    entity: str | None = None
    cue: tuple[int, int] | None = None


@dataclass
class Record:
    raw: Raw
    paragraph: int
    speaker: Speaker
    vias: list[ViaOut] = field(default_factory=list)
    stated_via: bool = False
    continues: int | None = None
    generic_source: bool = False
    generic_kind: str | None = None  # newspaper | agency | tv | site for «الصحيفة» …
    company_nations: frozenset[str] | None = None  # a company epithet's nationalities (companies.py)
    bare_org: bool = False  # an organisation speaker named by its name alone («"زين السعودية"»)
    inherit: bool = False  # an implicit speaker continuing ``continues``
    id: str = ""


def _papers_sources(via: ViaOut, speaker: Speaker) -> bool:
    """The via is the paper named in quote marks inside an anonymous speaker's phrase («مصادر "الوطن"»)."""
    return (speaker.kind == "anonymous" and via.span is not None and speaker.span is not None
            and speaker.span[0] < via.span[0] and via.span[1] <= speaker.span[1])


def _relayer_speaks(rec: Record, ante: Record) -> bool:
    """«كشفت صحيفة X نقلا عن مصادر …، وقالت …»: an implicit cue after a relayed statement
    whose verb agrees with the relayer but not with the relayed source continues the
    relayer (the grammatical subject); the relayer's own intermediaries stay."""
    agree, a = rec.raw.agree, ante.raw
    if not agree or not a.relayer_fits or not ante.vias or rec.stated_via:
        return False
    if agree in a.source_fits or agree not in a.relayer_fits:
        return False
    v = ante.vias[-1]
    rec.speaker = Speaker(v.span, v.name, v.kind, v.entity)
    rec.vias = list(ante.vias[:-1])
    return True


def stem(word: str) -> str:
    """A rough head stem for matching anaphors: no article, no plural/dual/nisba ending."""
    w = match_form(word)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if w.startswith(("لل", "بال", "وال")) and len(w) > 5:
        w = w[3:] if w.startswith(("بال", "وال")) else w[2:]
    return _SUFFIX.sub("", w) if len(w) > 4 else w


def plural(word: str) -> bool:
    w = match_form(word)
    return w.endswith(("ون", "ين", "ان", "ات")) or w in ("مصادر", "المصادر")


def words(name: str | None) -> set[str]:
    """Normalised word set of a name for lenient comparison."""
    if not name:
        return set()
    out = set()
    for w in re.split(r"[\s.\-\"«»“”()]+", match_form(name)):
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if w:
            out.add(w)
    return out


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names denote the same speaker (one's words contain the other's)."""
    wa, wb = words(a), words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


# the document's PERS/ORG/LOC mentions by offset, indexed once for all its cues
_NAMED: LastIndex[Within[Entity]] = LastIndex(lambda entities: Within(
    [e for e in entities if e.label in ("PERS", "ORG", "LOC")], lambda e: (e.start, e.end)))


def entity_at(entities: list[Entity], span: tuple[int, int] | None,
              within: tuple[int, int] | None = None) -> Entity | None:
    """The PERS/ORG/LOC entity mention that covers most of ``span`` (at least half of it)
    without reaching outside ``within`` (default: the span itself)."""
    if span is None:
        return None
    outer = within or span
    best, best_len = None, 0
    for e in _NAMED(entities).inside(outer[0], outer[1]):
        ov = min(e.end, span[1]) - max(e.start, span[0])
        if ov > best_len and ov * 2 >= (span[1] - span[0]):
            best, best_len = e, ov
    return best


_NOT_GIVEN = frozenset({"إن", "أن", "ان", "قال", "قالت", "في", "من", "على", "عن", "مع", "إلى", "الى", "أو", "ثم",
                        "هو", "هي", "كان", "كانت", "قد", "لقد", "بين", "حيث", "بعد", "قبل", "عند", "كما", "لكن"})


class Resolver:
    """Resolves the records of one document in text order."""

    def __init__(self, outlets: list[tuple[int, str, str | None]], text: str) -> None:
        self.outlets = outlets  # (offset, canonical name, kind) of outlet mentions, in order
        self.text = text
        self.institutions: list[Institution] = []  # named organisations, for «المنظمة» …
        self.companies: list[Company] = []  # named companies, for «الشركة» (companies.py)
        self.persons: set[str] = set()  # words of the NER stage's person mentions (match_form)

    def last_outlet(self, before: int, kind: str | None = None) -> str | None:
        """The outlet named last before ``before`` (of ``kind`` when one of that kind was
        named: «الصحيفة» → the newspaper, «الوكالة» → the agency)."""
        name = any_name = None
        for pos, n, k in self.outlets:
            if pos >= before:
                break
            any_name = n
            if kind is None or k == kind:
                name = n
        return name or any_name

    def resolve(self, records: list[Record]) -> list[Record]:
        for idx, rec in enumerate(records):
            raw = rec.raw
            parent = records[raw.parent] if raw.parent is not None else None
            prev = self._previous(records, idx)
            if rec.inherit and rec.continues is not None:
                ante = records[rec.continues]
                rec.speaker = ante.speaker
                if not rec.stated_via:
                    rec.vias = list(ante.vias)
                _relayer_speaks(rec, ante)
            elif rec.speaker.name is None or raw.implicit:
                ante = self._antecedent(records, idx, prev)
                if ante is not None and _relayer_speaks(rec, ante):
                    pass
                elif ante is not None:
                    rec.speaker = ante.speaker
                    if not rec.stated_via and rec.paragraph - ante.paragraph <= 1:
                        rec.vias = list(ante.vias)  # a channel is not carried over a paragraph gap
                    if ante is prev or (prev is not None and same_speaker(prev.speaker.name, ante.speaker.name)):
                        rec.continues = records.index(prev) if prev is not None else None
                elif raw.implicit:
                    self._resolve_surname(records, idx, rec)
            elif self._part_of_previous(rec, prev):
                # «أكد عاملون في … ⏎ وأشار عدد منهم لـ"الوطن" إلى أن …»: the speakers are that group
                assert prev is not None
                rec.speaker = Speaker(rec.speaker.span, prev.speaker.name, prev.speaker.kind, prev.speaker.entity)
            elif rec.generic_source:
                self._resolve_generic(records, idx, rec)
            else:
                self._resolve_surname(records, idx, rec)
                if (prev is not None and not rec.stated_via and rec.paragraph - prev.paragraph <= 1
                        and same_speaker(prev.speaker.name, rec.speaker.name)):
                    exact = words(prev.speaker.name) == words(rec.speaker.name)
                    if exact or rec.speaker.kind in ("person", "organization", "outlet"):
                        rec.vias = list(prev.vias)  # «مصادر» then «مصادر عسكرية» are not the same
                if raw.family and not rec.vias and not rec.stated_via:
                    # «ودعا القحطاني …» (q17c): the family name takes up that person's statements, and
                    # the channel they came through, as the implicit speaker it replaces did
                    ante = next((r for r in reversed(records[:idx]) if r.speaker.kind == "person"
                                 and same_speaker(r.speaker.name, rec.speaker.name)), None)
                    if ante is not None:
                        rec.vias = list(ante.vias)
            if parent is not None and parent.speaker.name:
                outer = ViaOut(parent.speaker.name, parent.speaker.kind or "person", parent.speaker.span,
                               parent.speaker.entity)
                rec.vias = list(parent.vias) + [outer]
            # a speaker is not its own intermediary («ذكرت الوزارة» after «وزارة الداخلية»)
            # (but the paper whose sources speak, named inside their phrase: «مصادر "الوطن"», q21)
            # (nor her relative: «الفتاة» via «والد الفتاة», kin_nested, q23)
            rec.vias = [v for v in rec.vias if not same_speaker(v.name, rec.speaker.name) or _papers_sources(v, rec.speaker)
                        or rec.raw.kin_nested]
        return records

    @staticmethod
    def _part_of_previous(rec: Record, prev: Record | None) -> bool:
        """«عدد منهم»، «بعضهم» opening the sentence right after a group's or anonymous
        sources' statement (not mid-sentence: «… من تعليقاتهم، وقال أحدهم» has other antecedents)."""
        if prev is None or not prev.speaker.name or not rec.speaker.name or rec.raw.cue_token > 1:
            return False
        plural_head = plural(prev.speaker.name.split()[0])
        if (prev.speaker.kind not in ("group", "anonymous") and not plural_head) or rec.raw.sentence - prev.raw.sentence > 1:
            return False
        return bool(_PART_OF_THEM.match(match_form(rec.speaker.name)))

    def _previous(self, records: list[Record], idx: int) -> Record | None:
        """The previous top-level attribution in the same or the previous paragraph."""
        rec = records[idx]
        for j in range(idx - 1, -1, -1):
            cand = records[j]
            if cand.raw.parent is not None:
                continue
            if rec.paragraph - cand.paragraph > 2:
                return None  # «وذكروا …» after a paragraph without statements: still the same speakers
            return cand
        return None

    def _antecedent(self, records: list[Record], idx: int, prev: Record | None) -> Record | None:
        rec = records[idx]
        if rec.raw.back_source is not None or (rec.speaker.name and rec.raw.implicit):
            return None  # the stage found the antecedent in the sentence itself
        if prev is not None and rec.raw.passed_over is not None and records[rec.raw.passed_over] is prev:
            prev = self._previous(records, rec.raw.passed_over)  # a speaker the cue does not agree with
        if prev is not None and prev.speaker.name:
            return prev
        return None

    def _resolve_generic(self, records: list[Record], idx: int, rec: Record) -> None:
        """«الصحيفة»، «الوكالة» → the outlet named before; «المسؤولون»، «المصادر»، «الوزارة» →
        the earlier speaker with the same head noun (plural anaphors to plural antecedents)."""
        sp = rec.speaker
        start = sp.span[0] if sp.span else rec.raw.cue[0]
        if sp.kind == "outlet":
            head_text = self.text[sp.span[0] : sp.span[1]].split()[0] if sp.span else ""
            if match_form(head_text).endswith("ات") or match_form(head_text) in _OUTLET_PLURALS:
                return  # «وأجمعت الصحف الأوروبية على أن …»: many outlets, not the one named last
            nations = agency_anaphor(self.text, sp.span)
            if nations is not None:  # «الوكالة الأميركية» after «وكالة الفضاء الأميركية “ناسا”»
                since = max((pos for pos, _, _ in self.outlets if pos < start), default=0)
                agency = named_agency([r.speaker for r in records[:idx]], self.text, nations, since)
                if agency is not None:
                    rec.speaker = Speaker(sp.span, agency.name, "outlet", sp.entity)
                    return
            name = self.last_outlet(start, rec.generic_kind)
            if name:
                rec.speaker = Speaker(sp.span, name, "outlet", sp.entity)
            return
        if rec.company_nations is not None:
            quoted = [(r.speaker.span[0], r.speaker.name) for r in records[:idx]
                      if r.bare_org and r.speaker.span and r.speaker.name]
            name = named_company(self.companies, start, rec.company_nations, quoted)
            if name is not None:  # «سهم داماك العقارية … بعدما أعلنت الشركة»
                rec.speaker = Speaker(sp.span, name, "organization", sp.entity)
                return
            if rec.company_nations:
                return  # «الشركة الكورية الجنوبية» with no Korean company named: left as it is
        head = (sp.name or "").split()[0] if sp.name else ""
        h_stem, h_plural = stem(head), plural(head)
        for j in range(idx - 1, -1, -1):
            other = records[j].speaker
            if not other.name or other is sp:
                continue
            oh = other.name.split()[0]
            text_head = self.text[other.span[0] : other.span[1]].split()[0] if other.span else oh
            if stem(text_head) == h_stem and (plural(text_head) == h_plural or sp.kind != "anonymous"):
                rec.speaker = Speaker(sp.span, other.name, other.kind, other.entity)
                if not rec.stated_via:
                    rec.vias = list(records[j].vias)
                return
        if sp.kind == "organization":
            inst = nearest(self.institutions, start, h_stem)
            if inst is not None:  # «أصدرت منظمة العفو الدولية تقريرا … وقالت المنظمة»
                rec.speaker = Speaker(sp.span, inst.name, sp.kind, inst.entity or sp.entity)
                return
        if sp.kind == "anonymous" and not rec.stated_via:
            for j in range(idx - 1, -1, -1):
                if records[j].speaker.kind == "anonymous" and records[j].vias:
                    rec.vias = list(records[j].vias)
                    return

    def _resolve_surname(self, records: list[Record], idx: int, rec: Record) -> None:
        """A one-word person mention («السوداني»، «بادغيش») → the earlier full name."""
        sp = rec.speaker
        # (a bare surname with no kind too: «وأشار الفهيد» without entities is the «خالد الفهيد» quoted before)
        if sp.kind == "person" and sp.name and _titled_surname(sp.name):
            # «بين الباحث الزواوي …» after «المبتعث السعودي حسام الزواوي» (q18): a title and a family
            # name, the person introduced earlier with a given name before it
            full = self._introduced(sp.name.split()[1], rec.raw.cue[0])
            if full is not None:
                rec.speaker = Speaker(sp.span, full, sp.kind, sp.entity)
            return
        if sp.kind not in ("person", None) or not sp.name or len(sp.name.split()) != 1 or sp.entity:
            return
        if sp.name == GOD:
            return  # «قال تعالى» is God's, not «عبد الله»'s named before
        w = words(sp.name)
        for j in range(idx - 1, -1, -1):
            other = records[j].speaker
            # «المتحدث» after «متحدث باسم الشرطة»: a bare title takes up the unnamed speaker
            unnamed = other.kind == "anonymous" and other.name is not None and words(other.name.split()[0]) == w
            if rec.raw.kin_nested and (other.name or "").split()[:1] != sp.name.split()[:1]:
                continue  # «الفتاة» quoted by «والد الفتاة» is not her father (q23)
            if (sp.kind is None and other.kind == "organization" and other.name and other.name != sp.name
                    and words(other.name.split()[-1]) == w and _names_body(other.name.split()[-1], self.persons)):
                # «وذكرت النصرة» after «جبهة النصرة»: a body named again by the last word of its name (q24)
                rec.speaker = Speaker(sp.span, other.name, other.kind, other.entity)
                return
            if other.name and (other.kind == "person" or unnamed) and w <= words(other.name) and other.name != sp.name:
                rec.speaker = Speaker(sp.span, other.name, other.kind, other.entity)
                if sp.kind is None and not rec.stated_via and rec.paragraph - records[j].paragraph <= 1:
                    rec.vias = list(records[j].vias)  # the same person named again goes on through his channel
                return
        full = self._introduced(sp.name, rec.raw.cue[0])
        if full is not None:  # «طبيبة النفس آنا كولوتا … وقالت كولوتا»: introduced by title and full name
            rec.speaker = Speaker(sp.span, full, sp.kind, sp.entity)

    def _introduced(self, surname: str, before: int) -> str | None:
        """The full name a one-word surname was introduced with earlier in the text, after a title
        or another definite word («طبيبة النفس آنا كولوتا»، «الرئيس باراك أوباما»): the given name
        right before it (no article, no function word), or two («وزير الخارجية الألماني فرانك فالتر
        شتاينماير»: q22b's leftover). A given name of the lexicon may begin with و/ب/ل/ف («فرانك»، «فهد»،
        «وليد»، «بدر»): the lexicon, not the letter, tells a name from a word with a proclitic."""
        m = re.search(r"(?<!\S)(\S+) (?:(\S+) )?(\S+) " + re.escape(surname) + r"(?!\S)", self.text[:before])
        if m is None:
            return None
        given = [g for g in m.group(2, 3) if g is not None]
        if m.group(2) is None or not _given(m.group(2)):
            title, given = m.group(2) or m.group(1), given[-1:]  # one given name, the word before it the title
        else:
            title = m.group(1)
        if not (title.startswith(("ال", "وال")) and all(_given(g) for g in given)):
            return None  # (a given name of the lexicon: not «ستقوم ماجد»، «هدد جزيني»)
        return " ".join([*given, surname])


# the shapes of an adjective (normalised, no article): a nisba («الإسلامية»، «الوطني»، «اليمنيين»), a colour or
# elative of the أفعل shape («الأحمر»، «الأكبر»; «الأعلى» is a nisba shape too) or فعلاء («الحمراء»، «البيضاء»;
# the plurals «الوزراء»، «العلماء» are people, no body either; not the masdar «الإنماء» of «مصرف الإنماء»),
# a participle («المتحدة»، «المستقلة»، «المسلحين»)
_ADJECTIVE = re.compile(r"\w{2,}ي(?:ه|ين|ون|ان|ات)?|ا\w{3}|[^ا]\w{2}اء|م\w{3,}(?:ه|ين|ون)")


def _names_body(word: str, persons: set[str]) -> bool:
    """Whether the last word of an organisation's name can name the body on its own («النصرة» for «جبهة
    النصرة»): not an adjective of its name (``_ADJECTIVE``: «وقال الأحمر» after «اللجنة الدولية للصليب
    الأحمر» is a man of that name, not the Red Cross) nor a word the NER stage tagged as a person's."""
    w = match_form(word)
    if w in persons:
        return False
    if w.startswith("و") and w[1:].startswith("ال"):
        w = w[1:]
    if not (w.startswith("ال") and len(w) > 4):
        return True  # an adjective of a definite name has the article; «أوبك»، «حماس» are names
    return _ADJECTIVE.fullmatch(w[2:]) is None


def _titled_surname(name: str) -> bool:
    """Two definite words, a title and a family name («الباحث الزواوي»، «المهندس الغامدي»)."""
    parts = name.split()
    return len(parts) == 2 and all(p.startswith("ال") and len(p) > 4 for p in parts)


_NASAB = frozenset({"بن", "بنت", "ابن", "ابنة", "أبو", "ابو", "أم", "ام", "آل", "ال"})


def _given(word: str) -> bool:
    """A given name of the lexicon as written: no article, no function word, no «بن/أبو» (in «فيصل بن
    خالد» the word before «خالد» names his father's line, not a given name of his)."""
    return (not word.startswith(("ال", "وال")) and word.isalpha() and word not in _NOT_GIVEN
            and word not in _NASAB and match_form(word) in given_names())

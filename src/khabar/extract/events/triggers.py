"""Event triggers: verbs (any person, tense, voice, with clitics) and verbal nouns.

Reads ``resources/events/triggers.tsv`` and ``cues.tsv``. A trigger entry is a PLOVER type
(and maybe mode) for a set of generated forms. A *strong* trigger is an event word on its
own (اغتال، تظاهرة); a *weak* one (هجوم، ضربة، تجمع) needs a corroborating cue of its type's
context group elsewhere in the sentence. An entry with ``needs`` only fires when a word of
the named cue group follows within a window (أطلق + النار = firearms, أطلق + سراح = release);
``!group@N`` forbids a collocate (يهدد + الأمن is "endangers", no threat) and a negative
window looks before the trigger (``!danger@-3``: خطر يهدد).
"""

from __future__ import annotations

import threading
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khabar.document import Token
from khabar.extract.events.clauses import finite_form
from khabar.extract.events.lexicon import (
    Match,
    PhraseIndex,
    candidates,
    expand,
    load_combined,
    load_groups,
    read_tsv,
    readings,
)
from khabar.extract.events.trigger_lemmas import ASYLUM_LEMMAS, MEET_LEMMAS, VISIT_LEMMAS
from khabar.extract.events.trigger_senses import (
    EXCEPT,
    REQUEST_LEMMAS,
    named_argument,
    no_party,
    other_sense_family,
    told_before,
)
from khabar.extract.events.trigger_senses17 import GOD, GOD_EPITHETS, THAT
from khabar.extract.events.walk import CLAUSE_BREAKS
from khabar.text.normalize import match_form

NUMBERS = frozenset(
    "اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف الف مائه مئه مليون "
    "ملايين الاف عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين "
    "ثمانون ثمانين تسعون تسعين ثلاث اربع خمس ست سبع ثماني ثمان تسع عشر بضع بضعه".split()
)


# One document's find() results by sentence (TriggerLexicon.find_in): (first token offset, last
# token end) -> (first token, token count, words, named, candidates, valid for any named).
FindMemo = dict[tuple[int, int], tuple[Token, int, Any, Any, "list[Candidate]", bool]]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of triggers.tsv."""

    type: str
    mode: str | None
    kind: str  # v | n | w | x (literal verb forms: اغتيل، أصيبوا)
    strong: bool
    needs: tuple[str, int] | None
    lemma: str = ""  # the entry's first listed form (a feature name for the learned filter)
    # collocates that rule the sense out: (group, window); window < 0 looks before the trigger
    avoid: tuple[tuple[str, int], ...] = ()
    around: bool = False  # ``group@~N``: the required collocate may also stand N tokens before


@dataclass(slots=True)
class Candidate:
    """A trigger found in a sentence: token range, entry, proclitic of the first token."""

    start: int
    end: int
    entry: TriggerEntry
    prefix: str
    mode: str | None
    also_noun: bool = False  # the same form is also a verbal noun of the type (قتل، خطف)
    finite: bool = False  # a literal (``w``) form written as a finite verb (أدانت، يصادرون)

    @property
    def type(self) -> str:
        return self.entry.type

    @property
    def verbal(self) -> bool:
        """Whether the trigger is (most likely) a verb rather than a verbal noun: a verb entry
        without a noun's proclitic, or a literal form with a finite verb's affixes (وأدانت،
        وعدوا، يدين — :func:`khabar.extract.events.clauses.finite_form`)."""
        return self.finite or (self.entry.kind in ("v", "x")
                               and not self.prefix.endswith(("ال", "ب", "ل", "لل")))


class TriggerLexicon:
    """The compiled trigger and cue lexicons (build once per process)."""

    def __init__(self) -> None:
        self.index = PhraseIndex()
        self.verb_rows: set[str] = set()  # lemmas of literal rows that list finite verbs (يدين)
        for row in read_tsv("triggers.tsv"):
            type_, mode, kind, forms, strength, needs = (row + ["-"] * 6)[:6]
            need, avoid = _needs(needs)
            lemma = forms.split(",")[0].split("/")[0].strip()
            if kind in ("w", "x") and any(f.strip().startswith("ي") for f in forms.split(",")):
                self.verb_rows.add(lemma)
            entry = TriggerEntry(type_, None if mode == "-" else mode, kind, strength == "s", need,
                                 lemma, avoid, "@~" in needs)
            self.index.add_forms(expand(kind, forms), entry)
        self.cues = load_groups("cues.tsv")
        self._all_cues = load_combined("cues.tsv")
        self._local = threading.local()  # per-thread cache of the current sentence's cues

    def cue_positions(self, tokens: Sequence[Token]) -> dict[str, list[int]]:
        """Cue group → token positions in this sentence (computed once per sentence)."""
        last = getattr(self._local, "last", None)
        if last is None or last[0] is not tokens:
            last = (tokens, self._all_cues.positions(tokens))
            self._local.last = last
        return last[1]

    def group_at(self, group: str, tokens: Sequence[Token], lo: int, hi: int) -> int | None:
        """Index of the first token in ``[lo, hi)`` starting a phrase of cue ``group``."""
        for j in self.cue_positions(tokens).get(group, ()):
            if lo <= j < hi:
                return j
        return None

    def _avoided(self, e: TriggerEntry, tokens: Sequence[Token], start: int, end: int) -> bool:
        """Whether a collocate that rules the entry's sense out stands in its window."""
        for group, window in e.avoid:
            lo, hi = (end, end + window) if window > 0 else (start + window, start)
            if self.group_at(group, tokens, max(0, lo), hi) is not None:
                return True
        return False

    def _cognate(self, tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry) -> bool:
        """A bare form in ا a few words after a verb of the same entry lemma restates that verb
        (the cognate accusative: رفض الإسلام الإرهاب رفضا، أيد القرار تأييدا), no second act —
        it is not the dual verb it also spells (رفضا "the two refused")."""
        if prefix or not tokens[i].text.rstrip(MARKS).endswith("ا"):
            return False
        for j in range(max(0, i - COGNATE_SPAN), i):
            for m in self.index.match_at(tokens, j):
                if m.payload.type == e.type and m.payload.lemma == e.lemma \
                        and not m.prefix.endswith(("ال", "ب", "ل")):
                    return True
        return False

    def find(self, tokens: Sequence[Token], words: Container[str] = (),
             named: Container[int] = ()) -> list[Candidate]:
        """All trigger candidates of one sentence whose ``needs`` are satisfied.

        A token that is itself one of ``words`` (actor nouns: وزارة) is not read as a
        proclitic + trigger (و + زارة "visited him"). ``named``: the indices of the tokens inside a
        person or organisation entity (with the entity stage), which the no-party rule reads
        (:func:`trigger_senses.named_argument`).
        """
        return self._find(tokens, words, named)[0]

    def find_in(self, memo: FindMemo, tokens: Sequence[Token], words: Container[str] = (),
                named: Container[int] = ()) -> list[Candidate]:
        """:meth:`find` through a document's ``memo`` (session 16, perf16b): the events stage
        and :func:`khabar.extract.events.actors._person_titles` ask for the same sentences. A
        result made with other ``named`` tokens is reused only when the no-party rule (its one
        reader of ``named``) did not run."""
        key = (tokens[0].start, tokens[-1].end) if tokens else (0, 0)
        got = memo.get(key)
        if got is not None:
            first, n, w, nm, cands, free = got
            if first is tokens[0] and n == len(tokens) and w is words and (free or nm is named):
                return list(cands)
        cands, free = self._find(tokens, words, named)
        if tokens:
            memo[key] = (tokens[0], len(tokens), words, named, cands, free)
        return list(cands)

    def _find(self, tokens: Sequence[Token], words: Container[str],
              named: Container[int]) -> tuple[list[Candidate], bool]:
        """:meth:`find`'s candidates, and whether they hold for any ``named`` (the no-party
        rule never ran)."""
        out: list[Candidate] = []
        generic: bool | None = None  # the sentence names no party (trigger_senses.no_party)
        by_position = self.index.matches_by_position(tokens)  # (session 16, perf16b) once each
        for i in range(len(tokens)):
            prev: list[Match] = by_position[i - 1] if i else []
            here = by_position[i]
            seen: set[tuple[str, str | None]] = set()
            whole = tokens[i].norm in words
            after_number = i > 0 and (tokens[i - 1].kind == "number" or tokens[i - 1].norm in NUMBERS)
            after_noun = i > 0 and any(  # مقتل طالب: a verbal noun's complement
                p.payload.kind == "n" and not p.prefix.endswith("ال")
                for p in prev)
            for m in here:
                if whole and m.prefix and not m.prefix.endswith("ال"):
                    continue
                e: TriggerEntry = m.payload
                if e.kind == "v" and (m.prefix.endswith(("ال", "لل")) or after_number):
                    continue  # a verb takes no article and follows no number (الطلبة، مليون طالب)
                if e.kind in ("v", "x") and any(ch in TANWEEN for ch in tokens[i].text):
                    continue  # a verb takes no tanween: فجراً is "at dawn", not "they detonated"
                if e.type not in GOLD_TYPES and e.kind in ("w", "x") \
                        and _not_a_literal_verb(tokens[i].norm, m.prefix, e, self.verb_rows):
                    continue  # التدين "religiosity" (no تدين "condemns"), دعواه "his claim"
                if e.type not in GOLD_TYPES and e.kind in ("v", "x") \
                        and _not_a_verb(tokens, i, m.prefix, after_noun):
                    continue  # بحث (ب + حث)، طلبة، بن أبي طالب، مقتل طالب: nouns
                if e.type == "AGREE" and e.kind in ("n", "w") and _agreement_as_thing(tokens, i, m.prefix, e):
                    continue  # معارضو الاتفاق، سريان الاتفاق: the known agreement, no new agreeing
                if e.type not in GOLD_TYPES and e.kind == "n" and _ha_homograph(tokens[i], m.prefix):
                    continue  # مصادره "its sources", مساعده "his assistant", منحه "granted him"
                if e.type not in GOLD_TYPES and e.kind in ("n", "w") and _named_by_head(tokens, i, m.prefix):
                    continue  # مجلس التعاون، مركز … للإغاثة، قاعة الاجتماعات: a name or a thing
                if e.type not in GOLD_TYPES and self._cognate(tokens, i, m.prefix, e):
                    continue  # رفض الإسلام الإرهاب رفضا قاطعا: the verb's cognate accusative
                if e.type not in GOLD_TYPES and _other_sense(tokens, i, m.prefix, e):
                    continue  # a comet's visit, وهو ما يهدد، طلب عدم نشر اسمه، تحمل المسؤولية
                if e.type not in GOLD_TYPES:
                    if generic is None:
                        generic = no_party(tokens, words)
                    if generic and not told_before(tokens, i, m.prefix) \
                            and not named_argument(tokens, i, m.end, named):
                        continue  # عبقريته لا تناقش، متى ما أتيت أدخلك ورحب بك: no party named
                if e.kind == "v" and _object_on_intransitive(tokens[i].norm[len(m.prefix):], e):
                    continue  # تجمعهم "gathers them" is جمع, not the intransitive تجمع
                if e.type == "ASSAULT" and _ceased(tokens, i, m.prefix):
                    continue  # وقف فوري لإطلاق النار، وقفا لإطلاق النار: the ceasefire, no firing
                if e.type == "PROTEST" and e.kind in ("n", "w") and _show(tokens, i, e):
                    continue  # تظاهرة ثقافية، مسيرة الفرسان: a show or a parade, no protest
                if e.type == "PROTEST" and e.kind == "n" and _province(tokens, i, m.prefix, e):
                    continue  # في مقاطعة كورام، بمقاطعة كيبيك: a province, no boycott
                if e.needs is not None:
                    group, window = e.needs
                    lo = max(0, m.start - window) if e.around else m.end
                    if self.group_at(group, tokens, lo, m.end + window) is None:
                        continue
                if e.avoid and self._avoided(e, tokens, m.start, m.end):
                    continue
                key = (e.type, e.mode)
                if key in seen:
                    if e.kind in ("n", "w"):
                        for c in out:
                            if c.start == m.start and c.entry.type == e.type and c.entry.kind == "v":
                                c.also_noun = True
                    continue
                seen.add(key)
                out.append(Candidate(m.start, m.end, e, m.prefix, e.mode,
                                     finite=finite_form(tokens[i], m.prefix, e.kind)))
        return _prefer_specific(out), not generic


TANWEEN = frozenset("\u064b\u064c\u064d")  # ً ٌ ٍ
COGNATE_SPAN = 4  # words between a verb and its cognate accusative (رفض الإسلام الإرهاب رفضا)

# The types measured on the dev gold (khabar.eval.events). The audit-driven sense rules below
# (issue #6, the 2015-08-10 news audit) are kept to the other types so that those figures
# stay as measured.
GOLD_TYPES = frozenset({"ASSAULT", "PROTEST"})


def counted(c: Candidate) -> bool:
    """(session 23, pr23) A protester participle read as a trigger because it is counted
    (triggers.tsv, ``tally@~2``: ارتفع عدد الأسرى المضربين، بلغ عدد المتظاهرين): the word also
    names the crowd, so it may stand in the actor phrase."""
    return c.entry.needs is not None and c.entry.needs[0] == "tally"


def _needs(spec: str) -> tuple[tuple[str, int] | None, tuple[tuple[str, int], ...]]:
    """The ``needs`` column: ``group@N`` (a required collocate within N tokens after; ``@~N``
    on either side) and any number of ``!group@N`` (collocates that rule the sense out; a
    negative N looks before)."""
    need: tuple[str, int] | None = None
    avoid: list[tuple[str, int]] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part or part == "-":
            continue
        group, _, window = part.partition("@")
        if group.startswith("!"):
            avoid.append((group[1:], int(window or 3)))
        else:
            need = (group, int(window.lstrip("~") or 3))
    return need, tuple(avoid)


# Words after which a form is a noun, never a verb: quantifiers (كل طالب، أي طلب) and the
# kunya of a name (علي بن أبي طالب).
NOUN_GOVERNORS = frozenset(match_form(w) for w in "كل لكل بكل وكل أي اي بعض أبي ابي أبو ابو".split())
# Words of their own that begin like ب + a trigger: بحث "discussion" is no ب + حث "urge".
HOMOGRAPHS = ("بحث",)
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


# Session 9 (issue #6, the 14 types; morphology): a literal verb form cannot carry the article
# (التدين "religiosity" is no تدين "she condemns"), and a plural perfect drops its final alif
# before an object pronoun (دعوه "they called him"), so a form in وا + pronoun is a noun (دعواه
# "his claim, his lawsuit").
IMPERFECT_LETTERS = ("ي", "ت", "ن")
ALIF_PRONOUNS = ("واه", "واها", "واهم", "واهما", "واهن", "واكم")


def _not_a_literal_verb(norm: str, prefix: str, e: TriggerEntry, verb_rows: Container[str]) -> bool:
    """A literal (``w``/``x``) trigger form of a verb row that is no verb here (see
    :data:`ALIF_PRONOUNS`): with the article on an imperfect, or in وا + an object pronoun."""
    if e.lemma not in verb_rows and e.kind != "x":
        return False
    bare = norm[len(prefix):] if norm.startswith(prefix) else norm
    if prefix.endswith(("ال", "لل")) and bare.startswith(IMPERFECT_LETTERS):
        return True
    return len(bare) >= 5 and bare.endswith(ALIF_PRONOUNS)


def _not_a_verb(tokens: Sequence[Token], i: int, prefix: str, after_noun: bool) -> bool:
    """A verb form that cannot be one here: written with ة (طلبة "students", not طلب + ه),
    a word of its own (بحث), after a quantifier or a kunya (كل طالب، ابن أبي طالب), or
    right after a verbal noun, whose complement it is (مقتل طالب سعودي)."""
    if tokens[i].text.rstrip(MARKS).endswith("ة"):
        return True
    if prefix.endswith("ب") and tokens[i].norm[len(prefix) - 1:].startswith(HOMOGRAPHS):
        return True
    return after_noun or (i > 0 and tokens[i - 1].norm in NOUN_GOVERNORS)


# A definite agreement noun (الاتفاق، هذا الاتفاق) names an agreement already made — its
# opponents, its terms, its lifetime — unless it is the verbal noun of agreeing itself: with its
# complement (الاتفاق على، الاتفاق مع، الاتفاق بين، الاتفاق حول), after a light verb (تم الاتفاق، جرى الاتفاق), or
# with a participle of its making (الاتفاق الموقع أمس، الاتفاق النووي المبرم): the signing is reported.
THING_NOUNS = frozenset({match_form("اتفاق")})
AGREEING_COMPLEMENTS = frozenset(match_form(w) for w in (
    "على علي مع بين عليه عليها عليهم معه معها معهم بينهما بينهم حول بشان").split())
LIGHT_VERBS = frozenset(match_form(w) for w in "تم وتم جرى وجرى يتم وسيتم سيتم".split())
MADE = frozenset(match_form(w) for w in "الموقع الموقعة المبرم المبرمة".split())
DEMONSTRATIVES = frozenset(match_form(w) for w in "هذا ذلك وهذا وذلك بهذا بذلك لهذا لذلك".split())


def _agreement_as_thing(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry) -> bool:
    """A definite agreement noun that refers to the agreement as a thing (see THING_NOUNS)."""
    if match_form(e.lemma) not in THING_NOUNS:
        return False
    definite = prefix.endswith(("ال", "لل")) or (i > 0 and tokens[i - 1].norm in DEMONSTRATIVES)
    if not definite:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm in AGREEING_COMPLEMENTS:
        return False
    if any(t.norm in MADE for t in tokens[i + 1 : i + 3]):
        return False
    return not (i > 0 and tokens[i - 1].norm in LIGHT_VERBS)


# Nouns in ة whose spelling with ه is another, common word once normalised alike: a broken
# plural or a noun with the pronoun ه (مصادره "its sources", مساعده "his assistant", مطالبه "his
# demands") or a verb with its object (منحه "granted him").
HA_HOMOGRAPHS = frozenset(match_form(w) for w in "مصادره مساعده مطالبه منحه".split())


def _ha_homograph(tok: Token, prefix: str) -> bool:
    """A noun trigger in ة written with a final ه that spells another word (مصادره)."""
    text = tok.text.rstrip(MARKS)
    return text.endswith("ه") and tok.norm[len(prefix):] in HA_HOMOGRAPHS


# Head nouns that a following verbal noun names or qualifies instead of reporting an act: an
# institution (مجلس التعاون، منظمة التعاون، مركز … للإغاثة، هيئة الإغاثة), its people
# (مسؤولي الإغاثة، طالبي اللجوء، فريق التحقيق), a place or device (قاعة الاجتماعات، مخيمات
# اللجوء، لوحة إنذار، جرس الإنذار، جامع التعاون) or a right or an application (حق اللجوء، طلبات
# اللجوء).
NAMING_HEADS = frozenset(match_form(w) for w in (
    "مجلس مجالس منظمة منظمات مركز مراكز هيئة هيئات وكالة وكالات جمعية جمعيات مؤسسة مؤسسات "
    "صندوق لجنة لجان فريق فرق إدارة ادارة مكتب وزارة برنامج برامج اتحاد "
    "مسؤول مسؤولي مسؤولو موظفي موظفو عمال عاملي عاملو طالبي طالبو "
    "قاعة قاعات صالة صالات غرفة مقر مخيم مخيمات معسكر معسكرات مكان "
    "لوحة جرس أجهزة اجهزة جهاز صفارات صفارة أنظمة انظمة نظام "
    "حق حقوق طلب طلبات جامع مسجد "
    # session 7: a mission is named by its task (بعثة مساعدة الأمم المتحدة في أفغانستان)
    "بعثة بعثات"
).split())
# Institutions named for a purpose (ل): مركز الملك سلمان للإغاثة، منظمة شنغهاي للتعاون — the
# head may stand a short name before the ل-noun (not ministries or councils, which are
# subjects of «تسعى وزارة الخارجية للتعاون»).
PURPOSE_HEADS = frozenset(match_form(w) for w in
                          "مركز مراكز منظمة منظمات هيئة جمعية صندوق وكالة مؤسسة".split())
NAME_SPAN = 4


def _named_by_head(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """A verbal noun that names what a head noun is for: right after the head (مجلس التعاون،
    قاعة الاجتماعات، مخيمات اللجوء) or, with the preposition ل, a short name after it (مركز
    الملك سلمان للإغاثة، منظمة شنغهاي للتعاون)."""
    if prefix not in ("", "ال", "ل", "لل"):
        return False
    purpose = prefix.startswith("ل")
    heads = PURPOSE_HEADS if purpose else NAMING_HEADS
    for j in range(i - 1, max(-1, i - 1 - (NAME_SPAN if purpose else 1)), -1):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if any(base in heads for pre, base in candidates(tok.norm) if "ال" not in pre):
            return True
    return False

# Session 7 (issue #6, the 14 types; families of a fresh blind news-day sample, not its words):
# a visit in an astronomy sentence is a comet's or a planet's (يزور الأرض كل 133 عاما، كلما زار
# المذنب الشمس), never a meeting of actors;
ASTRONOMY = frozenset(match_form(w) for w in (
    "مذنب مذنبات كويكب كويكبات نيزك نيازك شهب شهاب الشهب كوكب كواكب مجرة فلكي فلكية الفلكي "
    "الفلكية المذنب الكويكب النيزك الكوكب المجرة"
).split())
ASTRONOMY_SPAN = 25  # session 10: the astronomy word may open a long sentence (12 before)
# a visit to one's kin or to the wounded (زيارته لذوي الشهيد، زيارتهم المصابين، زيارة الجرحى في
# المستشفيات) is private or charitable, like the family and patient visits of cues.tsv;
VISITEES = frozenset(match_form(w) for w in (
    "ذوي ذويه ذويها ذويهم أهل أهله أهلها أهلهم أهالي أسر أسرة أسرته أسرتها أسرهم عائلة عائلته "
    "عائلتها عائلات أقارب أقاربه أقاربها أقاربهم والده والدته والدها والدتها المصابين مصابين "
    "الجرحى جرحى المصاب الجريح"
).split())
# session 9: meeting one's friends or kin (لقاء الأصدقاء، التقى بأصدقائه، لقاء الأهل والأحبة) is private
# too, no consultation between actors.
FRIENDS = frozenset(match_form(w) for w in (
    "الأصدقاء الاصدقاء أصدقاء اصدقاء أصدقائه اصدقائه أصدقائها أصدقائهم أصدقائي أصدقاءه اصدقاءه "
    "بأصدقائه باصدقائه بالأصدقاء بالاصدقاء الأحبة الاحبة الأحباب الاحباب أحبابه احبابه أحبته "
    "بأهله باهله بأسرته باسرته بعائلته بوالدته بوالده"
).split())
# «ما/مما/وهو ما يهدد»: a fact or a situation that endangers, no one who threatens (and, session 8,
# «ما دعاها إلى»، «وهو ما دعا الحكومة إلى»: a fact that led someone to act, no call);
FACT_SUBJECT = frozenset(match_form(w) for w in "ما مما".split())
# a request not to publish one's name (طلب عدم نشر اسمه، طلب عدم الكشف عن هويته) is the
# anonymity formula of a source, no request between actors.
IDENTITY = frozenset(match_form(w) for w in (
    "اسمه اسمها اسمهم اسميهما أسماءهم اسماءهم أسمائهم اسمائهم هويته هويتها هويتهم"
).split())
NEGATION_NOUN = frozenset(match_form(w) for w in "عدم بعدم".split())
# «الأكثر طلبا»، «أكثر المناطق طلبا للتمور»: an elative before طلبا makes it the noun "demand" (of a
# market), not the dual verb "the two asked";
ELATIVES = frozenset(match_form(w) for w in "أكثر الأكثر أقل الأقل أشد الأشد".split())
# Form V تحمّل "bear" is spelt like ت + form II حمّل "hold responsible": with the responsibility
# right after it (في تحمل المسؤولية، تحمل مسؤولية القرار) nobody is blamed — the blamed party
# stands between (تحمل الحكومة المسؤولية);
RESPONSIBILITY = frozenset(match_form(w) for w in "مسؤولية المسؤولية مسؤوليته مسؤوليتها مسؤولياتها مسؤولياته".split())
# welcoming whoever wishes to (ترحب الوزارة بمن يرغب، ترحب بكل من) is an invitation, no support.
WHOEVER = frozenset(match_form(w) for w in "بمن بكل لمن".split())
WELCOME_LEMMAS = frozenset(match_form(w) for w in ("رحب", "ترحيب"))
# «تعارض المصالح» is a conflict of interest, no objection.
INTERESTS = frozenset(match_form(w) for w in "المصالح مصالح للمصالح".split())
# «بما يتفق مع المعايير»، «بما يتوافق مع»: "in accordance with", a conformity, no agreeing; and
# «يوافق تاريخ 15 أغسطس»، «الذي يوافق اليوم»: a date that falls on another, no approval.
AGREE_VERBS = frozenset(match_form(w) for w in ("اتفق", "وافق"))
CONFORMITY = frozenset(match_form(w) for w in "بما وبما مما بنسق بشكل بصورة".split())
DATE_WORDS = frozenset(match_form(w) for w in "تاريخ التاريخ اليوم يوم ليلة".split())
ON = frozenset(match_form(w) for w in "على عليه عليها عليهم".split())


# Session 8 (issue #6, the 14 types; word classes of a fresh blind news-day sample's families,
# from general knowledge): a prayer is no event between actors — God as the subject of the
# trigger verb (أيده الله، يفرج الله عنه، وفقهم الله), a verb joined by و to a verb whose subject
# is God (أعزه الله وأيده بنصره), or an act asked of God (أسأل الله أن يفرج عنه، نسأل المولى أن
# يتقبل، اللهم أيده، دعت دائرة الإفتاء الله أن يتقبل).
# (GOD, GOD_EPITHETS and THAT: trigger_senses17's, whose prayers after «دعا» read them too)
PRAYER_OPENERS = frozenset(match_form(w) for w in (
    "أسأل اسأل نسأل نسال أسال يسأل تسأل يسألون أدعو ادعو ندعو يدعو تدعو يدعون دعا دعت دعوا داعيا "
    "داعين داعية سائلا سائلين سائلة نرجو أرجو ارجو ابتهل ابتهلت نبتهل يبتهل مبتهلا متضرعا نتضرع "
    "اللهم"
).split())
PRAYER_REACH = 10  # words from the prayer's opener (or God) to the act asked for


def _prayer(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry) -> bool:
    """Whether the trigger at ``i`` is an act of God in a prayer (see :data:`GOD`)."""
    def word(t: Token) -> bool:
        return t.kind == "word"
    after = [t for t in tokens[i + 1: i + 3] if word(t)]
    if e.kind in ("v", "x") and after and after[0].norm in GOD:
        return True  # أيده الله، يفرج الله عنه
    if prefix.startswith(("و", "ف")) and i >= 2 and tokens[i - 1].norm in GOD | GOD_EPITHETS \
            and any(t.norm in GOD for t in tokens[max(0, i - 4): i]):
        return True  # أعزه الله وأيده بنصره
    if e.type == "REQUEST" and e.kind in ("v", "x"):  # دعت الدائرة الله عز وجل أن يتقبل
        for j in range(i + 1, min(len(tokens), i + 1 + PRAYER_REACH)):
            t = tokens[j]
            if not word(t):
                break
            if t.norm in GOD:
                rest = [u for u in tokens[j + 1: j + 5] if word(u) and u.norm not in GOD_EPITHETS]
                return bool(rest) and rest[0].norm in THAT
    for j in range(i - 1, max(-1, i - 1 - PRAYER_REACH), -1):  # أسأل الله أن يفرج عنه
        t = tokens[j]
        if t.kind == "punct" and t.text in ".!?؟:":
            return False
        if t.norm in GOD and j > 0 and tokens[j - 1].norm in PRAYER_OPENERS:
            return True
        if t.norm == match_form("اللهم"):
            return True
    return False


# «المساعدة على/في» after a definite noun is the adjective "helpful, auxiliary" (القوانين المساعدة
# على تنفيذه، العوامل المساعدة في انتشار المرض), no aid given.
HELPFUL_OBJECT = frozenset(match_form(w) for w in "على علي في".split())
# A committee named for relief or cooperation (اللجنة العليا للإغاثة، اللجنة الوطنية للتعاون الدولي,
# the article allowed, unlike PURPOSE_HEADS): the name, no aid given nor cooperation reported.
COMMITTEES = frozenset(match_form(w) for w in "لجنة اللجنة لجان اللجان للجنة واللجنة ولجنة".split())
COMMITTEE_SPAN = 3


def _committee_name(tokens: Sequence[Token], i: int) -> bool:
    """A committee head a few words before, only definite words (its adjectives) between:
    «اللجنة العليا للإغاثة», not the subject of a purpose «سعت اللجنة للتعاون»."""
    for j in range(i - 2, max(-1, i - 2 - COMMITTEE_SPAN), -1):
        between = tokens[j + 1: i]
        if not all(t.kind == "word" and t.norm.startswith("ال") for t in between):
            return False
        if tokens[j].norm in COMMITTEES:
            return True
    return False


# Session 9 (issue #6, the 14 types; word classes from general knowledge):
# «إذا دعت الحاجة / دعت الضرورة» (should the need arise): a need as the subject of دعا, no call;
# «دعا على فلان» (prayed against him, cursed): no call either;
NEEDS_SUBJECT = frozenset(match_form(w) for w in (
    "الحاجة الحاجه الضرورة الضروره الظروف الحال المصلحة المصلحه الحاجات"
).split())
AGAINST = frozenset(match_form(w) for w in "على علي عليه عليها عليهم عليهما عليك عليكم".split())
CALL_TARGETS = frozenset(match_form(w) for w in "إلى الى أن ان بأن بان الفور".split())
# a religion or a doctrine as the subject of a stance or call verb states a doctrine, no act of an
# actor (رفض الإسلام الإرهاب، الشريعة تدعو إلى، ديننا يرفض العنف);
DOCTRINES = frozenset(match_form(w) for w in (
    "الإسلام الاسلام والإسلام والاسلام الشريعة الشريعه والشريعة الدين والدين ديننا الشرع القرآن القران"
    # session 14: a legal text as the subject tells its provision, no act (يدعو ميثاق المؤسسة المسلمين
    # إلى، القانون يطالب) — not النظام, also "the regime"
    " ميثاق الميثاق القانون قانون الدستور دستور اللائحة لائحة المادة الفقرة البند"
).split())
# before an imperfect verb the doctrine opens its clause (الإسلام يرفض، إن الشريعة تدعو), it is no
# genitive (يقتلون أهل الإسلام ويدعون، ازدراء الأديان يصادق عليه)
CLAUSE_OPENERS = frozenset(match_form(w) for w in "إن ان فإن فان لأن لان بل كما أن وإن وان".split())
DOCTRINE_TYPES = frozenset({"REJECT", "REQUEST", "SUPPORT", "ACCUSE", "AGREE"})
# «مساعدة الشركات على ترتيب أوضاعها»، «لمساعدة الهيئة على الوفاء»: helping someone to do something
# (the helped party, then على + what they do) is a facilitation, no aid given — aid is given to
# (ل/إلى) a receiver or in (في) a task (مساعدتهم لنا في طرد الانقلابيين stays);
HELP_LEMMAS = frozenset(match_form(w) for w in ("مساعدة",))
# «أتفق مع أوباما»، «يتفق مع بوخضور في عودة النمو»: an imperfect or first-person اتفق مع with no
# على of the agreed terms after it shares a view, no agreement is made («اتفقت الحكومة مع النقابة
# على» and «يتفق الطرفان على» stay).
OPINION_SPAN = 10
# «لن يزيد هذا العمل الوطن إلا تكاتفا وتعاونا» (will only make it more united): the nouns after إلا
# name a disposition the speaker predicts, no act of cooperating or supporting;
INCREASE = frozenset(match_form(w) for w in (
    "يزيد تزيد يزيدنا تزيدنا يزيدهم تزيدهم يزيده تزيده يزيدها تزيدها يزيدنا زاد زادت زادنا زادهم "
    "زادها زاده"
).split())
RHETORIC_SPAN = 12
WITH = frozenset(match_form(w) for w in "مع معه معها معهم معك معكم معي".split())
SHARED_IN = frozenset(match_form(w) for w in "في فيه فيها فيما".split())
SHARED_SPAN = 4  # words from the verb to its في (the subject between)


def _only_increase(tokens: Sequence[Token], i: int) -> bool:
    """«لن/لا يزيد X إلا …» before the trigger in its clause (see :data:`INCREASE`)."""
    seen_except = False
    for j in range(i - 1, max(-1, i - 1 - RHETORIC_SPAN), -1):
        t = tokens[j]
        if t.kind == "punct" and t.text in CLAUSE_BREAKS:
            return False
        if t.norm in EXCEPT:
            seen_except = True
        elif seen_except and t.norm in INCREASE:
            return True
    return False


def _helped_to(tokens: Sequence[Token], i: int) -> bool:
    """«مساعدة X على …»: the helped party (one or two words, no preposition) right after the
    help noun, then على (see :data:`HELP_LEMMAS`)."""
    for k in (1, 2):
        obj = tokens[i + 1: i + 1 + k]
        if len(obj) < k or i + 1 + k >= len(tokens):
            return False
        if any(t.kind != "word" or t.norm.startswith(("ل", "ب")) or t.norm in ON for t in obj):
            return False
        if tokens[i + 1 + k].norm in ON:
            return True
    return False


def _shared_view(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """«أتفق مع فلان»، «يتفق مع X في»: an imperfect or first-person اتفق with مع right after it
    and no على (the terms agreed on) in the next :data:`OPINION_SPAN` words."""
    bare = tokens[i].text[len(prefix):] if tokens[i].norm.startswith(prefix) else tokens[i].text
    if not (bare.startswith(("أ", "ي", "ت", "ن")) and tokens[i].norm[len(prefix):].startswith(
            (match_form("أت"), "يت", "تت", "نت"))):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm in WITH:
        return not any(t.norm in ON for t in tokens[i + 2: i + 2 + OPINION_SPAN])
    # session 10: also «يتفق في صفة»، «تتفق النباتات في حاجتها» (things or views alike): في within
    # SHARED_SPAN words, no مع, and nothing agreed on (على) after it
    k = next((k for k in range(i + 1, min(len(tokens), i + 1 + SHARED_SPAN))
              if tokens[k].norm in SHARED_IN), None)
    if k is None or any(t.kind == "punct" or t.norm in WITH | ON for t in tokens[i + 1: k]):
        return False
    return not any(t.norm in ON | WITH for t in tokens[k + 1: k + 1 + OPINION_SPAN])


def _other_sense(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry) -> bool:
    """A trigger of the 14 audited types used in a sense that is no event of its type (see
    :func:`_prayer`, :data:`HELPFUL_OBJECT`, :data:`COMMITTEES`, :data:`ASTRONOMY`, :data:`VISITEES`, :data:`FACT_SUBJECT`, :data:`IDENTITY`,
    :data:`RESPONSIBILITY`, :data:`WHOEVER`, :data:`INTERESTS`, :data:`CONFORMITY`,
    :data:`DATE_WORDS`, :data:`ELATIVES`)."""
    lemma = match_form(e.lemma)
    if _prayer(tokens, i, prefix, e) or _session10_sense(tokens, i, prefix, e, lemma) \
            or _session11_sense(tokens, i, prefix, e, lemma) \
            or other_sense_family(tokens, i, prefix, e.type, e.kind, lemma):
        return True
    if e.type in ("AID", "COOPERATE") and e.kind in ("n", "w") and prefix in ("ل", "لل") \
            and _committee_name(tokens, i):
        return True
    if e.type == "AID" and lemma == match_form("مساعدة") and prefix == "ال" and i > 0 \
            and tokens[i - 1].norm.startswith("ال") and tokens[i - 1].kind == "word" \
            and i + 1 < len(tokens) and tokens[i + 1].norm in HELPFUL_OBJECT:
        return True
    if e.type == "CONSULT" and lemma in VISIT_LEMMAS:
        near = tokens[max(0, i - ASTRONOMY_SPAN): i + 1 + ASTRONOMY_SPAN]
        if any(t.kind == "word" and readings(t) & ASTRONOMY for t in near):
            return True
        after = [t for t in tokens[i + 1: i + 4] if t.kind == "word"][:2]
        return any(readings(t) & VISITEES for t in after)
    if e.type == "CONSULT" and lemma in MEET_LEMMAS:
        after = [t for t in tokens[i + 1: i + 4] if t.kind == "word"][:2]
        if any(t.norm in FRIENDS or readings(t) & (VISITEES | FRIENDS | KIN) for t in after):
            return True  # session 11: kin too (ستلتقي ابنتها عند إطلاق سراحها)
    if e.type == "REQUEST" and lemma == match_form("دعا") and not prefix and i > 0 \
            and tokens[i - 1].norm in FACT_SUBJECT:
        return True  # ما دعاها إلى طلب الطلاق، وهو ما دعا الحكومة إلى: a cause, no call
    nxt = next((t for t in tokens[i + 1: i + 3] if t.kind == "word"), None)
    if e.type == "REQUEST" and lemma == match_form("دعا") and e.kind in ("v", "x") \
            and nxt is not None and (nxt.norm in NEEDS_SUBJECT or (
                nxt is tokens[i + 1] and nxt.norm in AGAINST
                and not any(t.norm in CALL_TARGETS for t in tokens[i + 2: i + 10]))):
        return True  # إذا دعت الحاجة، دعا على الظالم
    if e.type in DOCTRINE_TYPES and e.kind in ("v", "x", "w") and prefix in ("", "و", "ف"):
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].kind == "word" else None
        if (nxt is not None and nxt is tokens[i + 1] and nxt.norm in DOCTRINES) or (
                prev is not None and prev.norm in DOCTRINES
                and tokens[i].norm[len(prefix):].startswith(IMPERFECT_LETTERS)
                and (i < 2 or tokens[i - 2].kind != "word" or tokens[i - 2].norm in CLAUSE_OPENERS)):
            return True  # رفض الإسلام الإرهاب، الشريعة تدعو إلى
    if _only_increase(tokens, i):
        return True  # لن يزيد الوطن إلا تكاتفا وتعاونا
    if e.type == "AID" and lemma in HELP_LEMMAS and prefix in ("", "ل", "و", "ول") \
            and _helped_to(tokens, i):
        return True  # لمساعدة الشركات على ترتيب أوضاعها
    if e.type == "AGREE" and lemma == match_form("اتفق") and e.kind in ("v", "x", "w") \
            and prefix in ("", "و", "ف") and _shared_view(tokens, i, prefix):
        return True  # أتفق مع أوباما، يتفق مع بوخضور في
    if e.type == "THREATEN" and e.kind == "v" and not prefix and i > 0 \
            and tokens[i - 1].norm in FACT_SUBJECT and tokens[i].norm.startswith(("ي", "ت")):
        return True
    nxt = next((t for t in tokens[i + 1: i + 3] if t.kind == "word"), None)
    if e.type == "ACCUSE" and lemma == match_form("حمل") and nxt is not None \
            and tokens[i].norm[len(prefix):] == match_form("تحمل") and nxt.norm in RESPONSIBILITY:
        return True
    if e.type == "SUPPORT" and lemma in WELCOME_LEMMAS and nxt is not None and nxt.norm in WHOEVER:
        return True
    if e.type == "REJECT" and lemma == match_form("عارض") and nxt is not None and nxt.norm in INTERESTS:
        return True
    if e.type == "AGREE" and e.kind == "v" and lemma in AGREE_VERBS and prefix in ("", "و"):
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].kind == "word" else None
        if not prefix and prev is not None and prev.norm in CONFORMITY and any(
                t.norm == match_form("مع") for t in tokens[i + 1: i + 3]):
            return True
        if nxt is not None and (nxt.kind == "number" or nxt.norm in DATE_WORDS) and not any(
                t.norm in ON for t in tokens[i + 1: i + 6]):  # وافق اليوم البرلمان على: approval
            return True
    if e.type == "REQUEST" and tokens[i].norm[len(prefix):] == match_form("طلبا") and any(
            t.norm in ELATIVES for t in tokens[max(0, i - 3): i]):
        return True
    if e.type == "REQUEST" and e.kind == "v":
        after = [t for t in tokens[i + 1: i + 7] if t.kind == "word"]
        return bool(after) and after[0].norm in NEGATION_NOUN \
            and any(t.norm in IDENTITY for t in after[1:5])
    return False


# Session 10 (issue #6, the 14 types; families of the blind sample s10_blind.tsv and the session-9
# open list, each from general usage, not from the sampled words):
# a definite event noun right after a demonstrative refers back to an act already reported (هذه
# الموافقة تأتي لتؤكد، وتأتي هذه الزيارة في إطار، خلال هذا اللقاء): no new event;
BACK_REFERENCE = frozenset(match_form(w) for w in (
    "هذا هذه ذلك تلك هؤلاء هاتين هذين وهذا وهذه وذلك وتلك بهذا بهذه بذلك بتلك لهذا لهذه لذلك لتلك "
    "فهذا فهذه"
).split())
# praise or support as a quality deserved (بصورة تستحق الإشادة، جدير بالدعم، محل إشادة): nobody praises;
DESERVE = frozenset(match_form(w) for w in (
    "يستحق تستحق يستحقون تستحقه يستحقه تستوجب يستوجب يستأهل تستأهل جدير جديرة جديرون جديرين "
    "محل موضع مثار تستدعي يستدعي"
).split())
DESERVE_TYPES = frozenset({"SUPPORT", "ACCUSE"})
# hardships of exile (مساوئ اللجوء، معاناة اللجوء، ويلات اللجوء) are the refugees' plight, no asylum
# granted (cues.tsv `plight` has ظروف/بيئة);
PLIGHT = frozenset(match_form(w) for w in (
    "مساوئ معاناة ومعاناة ويلات مآسي ماسي مأساة آلام الام مرارة قسوة هموم أعباء اعباء مشاكل مشكلات "
    "صعوبات تبعات سنوات رحلة"
).split())
# visits counted in a statistic or made by field workers (بلغ عدد الزيارات 9426 زيارة، 22978 زيارة
# منزلية، الزيارات الميدانية للأسواق) are inspections or services, no meeting of actors;
COUNTS = frozenset(match_form(w) for w in "عدد بعدد وعدد إجمالي اجمالي مجموع ومجموع معدل".split())
FIELD_VISITS = frozenset(match_form(w) for w in (
    "الميدانية ميدانية الميداني ميداني المنزلية منزلية التفتيشية تفتيشية الرقابية رقابية "
    "التوعوية توعوية الإشرافية الاشرافية إشرافية اشرافية المفاجئة مفاجئة"
).split())
# a paper, a study or a thesis discussed (ناقش الورقة، ناقشها الرائد — a paper named before —،
# ناقش رسالة الماجستير) is an academic discussion, no talks between parties;
PAPERS = frozenset(match_form(w) for w in (
    "ورقة الورقة ورقته ورقتها أوراق اوراق الأوراق الاوراق بحث البحث بحثه أبحاث ابحاث الأبحاث الابحاث "
    "دراسة الدراسة دراسته دراستها رسالة الرسالة رسالته رسالتها أطروحة اطروحة الأطروحة الاطروحة "
    "أطروحته اطروحته مشروع التخرج كتاب الكتاب"
).split())
DISCUSS_LEMMAS = frozenset(match_form(w) for w in ("ناقش",))
PAPER_SPAN = 15  # the paper is named, then its presenter, then the discussant
# a phone call to one's kin, friends or partner (اتصل هاتفيا بشقيقه، أجرى اتصالا هاتفيا بشريكه)
# is private; a call to a service number (الاتصال على الهاتف المجاني، على الرقم الموحد) a service;
# «قال في اتصال هاتفي» with no other party names the channel of a statement to the reporter.
PHONE_LEMMAS = frozenset(match_form(w) for w in ("اتصال", "اتصل"))
KIN = frozenset(match_form(w) for w in (
    "شقيق شقيقه شقيقها شقيقته شقيقتها أخيه اخيه أخته اخته أخاه اخاه زوجته زوجها زوجتي ابنه ابنها "
    "ابنته ابنتها ابنتي ابني والده والدته والدها والدتها والدي والدتي أقارب اقارب أقاربه اقاربه "
    "أقاربها اقاربها أقاربهم للأطفال شريك شريكه شريكها صديق صديقه صديقها صديقي خاله خالها عمه عمها"
).split())
SERVICE_NUMBERS = frozenset(match_form(w) for w in (
    "رقم الرقم أرقام ارقام الأرقام الارقام المجاني المجانية الموحد مركز المركز خدمة خدمات"
).split())
SPEECH_VERBS = frozenset(match_form(w) for w in (
    "قال وقال قالت وقالت أضاف واضاف وأضاف أضافت وأضافت أوضح وأوضح أوضحت وأوضحت أكد وأكد أكدت "
    "وأكدت ذكر وذكر ذكرت وذكرت أشار وأشار أشارت وأشارت صرح وصرح صرحت وصرحت كشف وكشف كشفت "
    "وكشفت أفاد وأفاد أفادت وأفادت بين وبين بينت وبينت"
).split())
CALL_PREPS = frozenset(match_form(w) for w in "في خلال عبر".split())
CALL_PARTIES = frozenset(match_form(w) for w in "مع بين".split())


TALLY = 10  # visits counted by the ten or more are a statistic (الوزير أجرى 3 زيارات stays)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


TALLY_WORDS = frozenset(match_form(w) for w in "آلاف الاف ألف الف مئات مائة مئة عشرات ملايين مليون".split())


def _tally(tok: Token) -> bool:
    """A number token of at least :data:`TALLY`, or a word of tens, hundreds or thousands."""
    if tok.norm in TALLY_WORDS:
        return True
    digits = "".join(ch for ch in tok.text.translate(_DIGITS) if ch.isdigit())
    return tok.kind == "number" and digits != "" and int(digits) >= TALLY


def _private_call(tokens: Sequence[Token], i: int) -> bool:
    """A phone call (see :data:`PHONE_LEMMAS`) that is private, a service contact or the channel
    of a statement."""
    after = [t for t in tokens[i + 1: i + 6] if t.kind == "word"]
    if any(readings(t) & KIN for t in after[:4]):
        return True
    if after and after[0].norm in ON and any(t.norm in SERVICE_NUMBERS or readings(t) & SERVICE_NUMBERS
                                             for t in after[1:4]):
        return True
    before = [t for t in tokens[max(0, i - 4): i] if t.kind == "word"]
    if len(before) >= 2 and before[-1].norm in CALL_PREPS and any(t.norm in SPEECH_VERBS for t in before[:-1]):
        # a party named after the call (مع نظيره، بوزير، بين الوزيرين) makes it a consultation
        return not any(t.norm in CALL_PARTIES or (t.norm.startswith("ب") and len(t.norm) > 3)
                       for t in after[:4])
    return False


# second round (read in the fresh sample, not measured blind): a meeting qualified as a media
# interview or as a match (لقاءاته الإعلامية، لقاء صحفي، فننتظر لقاء تنافسيا) is no consultation.
MEETING_KINDS = frozenset(match_form(w) for w in (
    "الإعلامية الاعلامية إعلامية اعلامية الإعلامي الاعلامي إعلامي اعلامي الصحفية صحفية الصحفي "
    "الصحافية صحافية التلفزيونية تلفزيونية التلفزيوني المتلفز متلفز الإذاعية الاذاعية إذاعية اذاعية "
    "تنافسيا تنافسياً تنافسي التنافسي الكروي كروي الكروية كروية"
).split())


def _session10_sense(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry, lemma: str) -> bool:
    """The session-10 families above (:data:`BACK_REFERENCE`, :data:`DESERVE`, :data:`PLIGHT`,
    :data:`COUNTS`, :data:`PAPERS`, :data:`KIN`)."""
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].kind == "word" else None
    if e.kind in ("n", "w") and prefix == "ال" and prev is not None \
            and prev.norm in BACK_REFERENCE:
        return True  # هذه الموافقة، وتأتي هذه الزيارة
    if e.type in DESERVE_TYPES and e.kind in ("n", "w") and any(
            readings(t) & DESERVE for t in tokens[max(0, i - 2): i] if t.kind == "word"):
        return True  # تستحق الإشادة، جدير بالتأييد
    if e.type == "AID" and lemma in ASYLUM_LEMMAS and prev is not None and readings(prev) & PLIGHT:
        return True  # مساوئ اللجوء والتهجير
    if e.type == "CONSULT" and lemma in VISIT_LEMMAS and e.kind in ("n", "w"):
        near = tokens[max(0, i - 1): i] + tokens[i + 1: i + 2]  # 9426 زيارة، الزيارات 22978
        if prev is not None and prev.norm in COUNTS or any(_tally(t) for t in near) \
                or any(t.norm in FIELD_VISITS for t in tokens[i + 1: i + 3]):
            return True  # عدد الزيارات، 22978 زيارة، الزيارات الميدانية
    if e.type == "CONSULT" and lemma in DISCUSS_LEMMAS:
        after = [t for t in tokens[i + 1: i + 4] if t.kind == "word"]
        if any(readings(t) & PAPERS for t in after[:2]):
            return True  # ناقش الورقة، ناقش رسالة الماجستير
        if tokens[i].norm.endswith(("ها", "ه")) and any(
                readings(t) & PAPERS for t in tokens[max(0, i - PAPER_SPAN): i] if t.kind == "word"):
            return True  # ورقة … قدمها فلان وناقشها فلان
    if e.type == "CONSULT" and lemma in MEET_LEMMAS and i + 1 < len(tokens) \
            and tokens[i + 1].norm in MEETING_KINDS:
        return True  # لقاءاته الإعلامية، لقاء تنافسي: an interview, a match
    return e.type == "CONSULT" and lemma in PHONE_LEMMAS and _private_call(tokens, i)


# Session 11 (issue #6, the 14 types; families of the blind sample s11_blind.tsv and the session-10
# open list, each from general usage, not from the sampled words):
# «دعا/يدعو إلى/لـ» + a feeling or an attitude (الوضع يدعو للتفاؤل، أمر يدعو إلى القلق، مما يدعو
# للاستغراب) is "gives cause for", no call;
ATTITUDES = frozenset(match_form(w) for w in (
    "تفاؤل قلق استغراب دهشة تساؤل حيرة ريبة شك ارتياح تشاؤم إحباط احباط فخر اعتزاز أسف اسف حزن أسى "
    "اسى ضحك سخرية تأمل تامل اطمئنان طمأنينة طمانينة خوف استياء إعجاب اعجاب يأس ياس أمل امل تفاؤلا "
    "قلقا استغرابا"
).split())
CALL_LEMMAS = frozenset(match_form(w) for w in ("دعا",))
TO = frozenset(match_form(w) for w in "إلى الى".split())
# an application for a service or a product (طلب التمويل، طلب التأشيرة، طلب الالتحاق، طلب القرض) is a
# customer's transaction, no request between actors — a definite service noun right after a bare طلب;
SERVICES = frozenset(match_form(w) for w in (
    "التمويل القرض القروض البطاقة الاشتراك الخدمة الخدمات التأشيرة التاشيرة الالتحاق القبول التوظيف "
    "الوظيفة العضوية الترخيص الرخصة الإجازة الاجازة التقاعد الاستقدام الإصدار الاصدار التجديد الحجز "
    "الاستخراج النقل الانتساب التسجيل الشراء التقسيط السداد الاسترداد الاستبدال"
).split())
# a visit to branches, departments, schools or sites (زيارة أحد فروع البنك، سلسلة زيارات إلى الإدارات
# الحكومية، زيارة المدارس) is a customer's errand or an inspection tour, no meeting of actors (the
# plural units; a single named centre may be a host: زار الوزير المركز);
UNITS = frozenset(match_form(w) for w in (
    "فرع فروع الفروع لفروع الإدارات الادارات إدارات ادارات الدوائر دوائر الأقسام الاقسام أقسام اقسام "
    "المرافق مرافق المدارس مدارس المراكز مراكز المنشآت المنشات منشآت منشات الوحدات وحدات المشاريع "
    "مشاريع المشروعات مشروعات الورش ورش المستودعات المصانع مصانع المختبرات الإدارة"
).split())
UNIT_SPAN = 4
# second round (read in the fresh sample): form V «تطلّب» "required" is spelt like تطلب "she asks" —
# with a thing as its subject right after (تطلب الأمر إعادة ضبط، تطلب ذلك وقتا) it asks nothing;
THING_SUBJECTS = frozenset(match_form(w) for w in (
    "الأمر الامر ذلك هذا الموقف الوضع الموضوع العمل المشروع الإجراء الاجراء الحل الإصلاح الاصلاح"
).split())
# a sports resignation (استقالة مدرب الفريق، استقال المدير الفني للمنتخب، استقالة رئيس النادي) is no
# political retreat — a sports role within SPORTS_SPAN words around the trigger (not الفريق, also
# a general's rank, nor المنتخب, also "elected"), or a ball game named (كرة القدم: not كرة alone,
# which فكرة "idea" also spells after ف);
BALL_GAMES = frozenset(match_form(w) for w in "القدم السلة اليد الطائرة".split())
BALL = frozenset(match_form(w) for w in "كرة لكرة بكرة وكرة".split())
SPORTS_ROLES = frozenset(match_form(w) for w in (
    "مدرب المدرب مدربه مدربها لاعب اللاعب لاعبي حارس الحارس الفني للنادي النادي نادي للمنتخب "
    "الأندية الاندية الدوري"
).split())
RESIGN_LEMMAS = frozenset(match_form(w) for w in ("استقال", "استقالة"))
SPORTS_SPAN = 6
# «داهم» after a danger is the adjective "imminent" (الخطر داهم، خطر داهم يهدد), no raid;
DANGERS = frozenset(match_form(w) for w in "خطر الخطر خطرا والخطر فالخطر تهديد التهديد شبح الشبح".split())
RAID_LEMMAS = frozenset(match_form(w) for w in ("داهم",))
# meetings listed with lectures, seminars or workshops (إقامة اللقاءات والمحاضرات والندوات، لقاءات
# وورش عمل) are a public programme, no consultation between parties.
PUBLIC_EVENTS = frozenset(match_form(w) for w in (
    "محاضرات المحاضرات ندوات الندوات ورش الورش أمسيات الأمسيات الامسيات دورات الدورات فعاليات "
    "الفعاليات معارض المعارض مسابقات المسابقات محاضرة ندوة"
).split())
SHADDA = "\u0651"
GEMINATE_CONJ = ("و", "ف")


def _geminate_after_conj(tok: Token, prefix: str) -> bool:
    """A three-letter form in و/ف written with a shadda on its last letter is the conjunction and a
    doubled verb (وعدَّ "and counted": و + عدّ), not the sound verb it also spells (وعد "promised")."""
    bare = "".join(ch for ch in tok.text if ch == SHADDA or ch not in MARKS)
    return not prefix and len(tok.norm) == 3 and tok.norm[0] in GEMINATE_CONJ and bare.endswith(SHADDA)


def _session11_sense(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry, lemma: str) -> bool:
    """The session-11 families above (:data:`ATTITUDES`, :data:`SERVICES`, :data:`UNITS`,
    :data:`SPORTS_ROLES`, :data:`DANGERS`, :data:`PUBLIC_EVENTS`, :func:`_geminate_after_conj`)."""
    if e.kind in ("v", "x", "w") and _geminate_after_conj(tokens[i], prefix):
        return True  # وعدَّ منها: counted
    after = [t for t in tokens[i + 1: i + 4] if t.kind == "word"]
    if e.type == "REQUEST" and lemma in CALL_LEMMAS and after:
        obj = after[1] if after[0].norm in TO and len(after) > 1 else after[0]
        if readings(obj) & ATTITUDES:
            return True  # الوضع يدعو للتفاؤل
    if e.type == "REQUEST" and lemma in REQUEST_LEMMAS and tokens[i].norm[len(prefix):] == match_form("تطلب") \
            and after and after[0] is tokens[i + 1] and after[0].norm in THING_SUBJECTS:
        return True  # تطلب الأمر إعادة ضبط النظام: "required"
    if e.type == "REQUEST" and lemma in REQUEST_LEMMAS and prefix in ("", "ب", "و", "وب") \
            and tokens[i].norm[len(prefix):] == lemma and after and after[0] is tokens[i + 1] \
            and after[0].norm in SERVICES:
        return True  # التقدم بطلب التمويل
    if e.type == "COERCE" and lemma in RAID_LEMMAS and any(
            t.kind == "word" and t.norm in DANGERS for t in tokens[max(0, i - 2): i]):
        return True  # فالخطر أمامه داهم
    if e.type == "CONSULT" and lemma in MEET_LEMMAS and e.kind == "n" and any(
            t.kind == "word" and readings(t) & PUBLIC_EVENTS
            for t in tokens[max(0, i - 2): i] + tokens[i + 1: i + 3]):
        return True  # إقامة اللقاءات والمحاضرات والندوات
    if e.type == "CONSULT" and lemma in VISIT_LEMMAS:
        visited = []  # the subject may stand between (زار رئيس البلدية الإدارات)
        for t in tokens[i + 1: i + 1 + UNIT_SPAN]:
            if t.kind == "punct":
                break
            visited.append(t)
        if any(readings(t) & UNITS for t in visited):
            return True  # زيارة أحد فروع البنك، سلسلة زيارات إلى الإدارات
    if e.type == "RETREAT" and lemma in RESIGN_LEMMAS:
        lo, hi = max(0, i - SPORTS_SPAN), min(len(tokens), i + 1 + SPORTS_SPAN)
        return any(tokens[k].kind == "word" and k != i and (
            tokens[k].norm in SPORTS_ROLES or readings(tokens[k]) & SPORTS_ROLES
            or tokens[k].norm in BALL and k + 1 < len(tokens) and tokens[k + 1].norm in BALL_GAMES)
            for k in range(lo, hi))
    return False


# Session 11 (evlab11's ANERcorp errors): the firing a ceasefire stops is no attack — «وقف/وقفا/إيقاف»
# right before the trigger (وقفا لإطلاق النار) or before one adjective and the ل-marked trigger (وقف
# فوري لإطلاق النار، وقف شامل لإطلاق النار). The accusative and the ل-forms are not in the
# modality `block` row of وقف, which reads only the word right before a noun.
CEASE = frozenset(match_form(w) for w in "وقف وقفا إيقاف ايقاف".split())


def _ceased(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """Whether a ceasefire word governs the trigger at ``i`` (see :data:`CEASE`)."""
    def cease(k: int) -> bool:
        return k >= 0 and tokens[k].kind == "word" and bool(readings(tokens[k]) & CEASE)
    return cease(i - 1) or (prefix.endswith("ل") and i > 1 and tokens[i - 1].kind == "word"
                            and cease(i - 2))


# Intransitive protest verbs: an object pronoun on them means another verb of the same
# spelling (تجمعهم = تَجمعهم "brings them together", form I of جمع).
INTRANSITIVE = frozenset(match_form(w) for w in "تظاهر احتج اعتصم تجمع تجمهر احتشد تدفق".split())
# session 10 (ev-ap10's audit): the first person singular ني too (المشاهد التي تجمعني بـ "bring me
# together"); not نا, also the subject of the perfect (تجمعنا أمام السفارة "we gathered")
OBJECT_SUFFIXES = ("هم", "هن", "ها", "هما", "كم", "ه", "ني")


# Session 10 (ev-ap10's audit): «تظاهرة» is also an event or exhibition (تظاهرة اقتصادية، تظاهرة
# ثقافية) and «مسيرة» a parade or a career (مسيرة الفرسان، مسيرة الشعراء، مسيرة الهجن): the word
# right after names the kind.
SHOW_LEMMAS = frozenset(match_form(w) for w in ("تظاهرة", "مسيرة", "مسيرات", "تظاهرات"))
SHOW_KINDS = frozenset(match_form(w) for w in (
    "اقتصادية الاقتصادية ثقافية الثقافية رياضية الرياضية فنية الفنية علمية العلمية تجارية التجارية "
    "سياحية السياحية تسويقية التسويقية ترفيهية الترفيهية تراثية التراثية أدبية الادبية الأدبية "
    "شعرية الشعرية تعليمية التعليمية صحية الصحية إعلامية الاعلامية الإعلامية دعوية الدعوية "
    "سينمائية السينمائية موسيقية الموسيقية مهنية المهنية كشفية الكشفية احتفالية الاحتفالية "
    "الفرسان الخيل الخيول الهجن الإبل الابل الشعراء الفنانين الكشافة الكشافين الدراجات السيارات "
    "القوارب الفنية المهنية الكروية العلمية التعليمية الدراسية الحافلة"
).split())


def _show(tokens: Sequence[Token], i: int, e: TriggerEntry) -> bool:
    """A protest noun whose next word names a show, a parade or a career (see :data:`SHOW_KINDS`)."""
    if match_form(e.lemma) not in SHOW_LEMMAS and tokens[i].base not in SHOW_LEMMAS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and nxt.norm in SHOW_KINDS


# Session 12 (evr12): «مقاطعة» is also a province or county. After «في» or ب, without the
# article, before a word without the article that is no country and no thing one boycotts, it is
# the place: «الواقعة في مقاطعة كورام»، «بمقاطعة كيبيك» — not «طالب بمقاطعة إسرائيل»، «في مقاطعة
# الانتخابات»، «بمقاطعة منتجات الشركة».
BOYCOTT_LEMMAS = frozenset(match_form(w) for w in ("مقاطعة",))
IN_PLACE = frozenset(match_form(w) for w in "في وفي".split())
BOYCOTTED = frozenset(match_form(w) for w in (
    "منتجات بضائع سلع شركة شركات انتخابات امتحانات دراسة جلسة جلسات اجتماع اجتماعات مؤتمر "
    "مفاوضات محادثات حوار دولة حكومة نظام كل أي جميع"
).split())


def _province(tokens: Sequence[Token], i: int, prefix: str, e: TriggerEntry) -> bool:
    """Whether a boycott noun names a province here (see :data:`BOYCOTT_LEMMAS`)."""
    from khabar.gazetteer.countries import lookup  # the shared country gazetteer

    if match_form(e.lemma) not in BOYCOTT_LEMMAS or "ال" in prefix or i + 1 >= len(tokens):
        return False
    if not (prefix.endswith("ب") or i > 0 and tokens[i - 1].norm in IN_PLACE):
        return False
    nxt = tokens[i + 1]
    return nxt.kind == "word" and not nxt.norm.startswith(("ال", "لل")) \
        and nxt.norm not in BOYCOTTED and lookup(nxt.text) is None


def _object_on_intransitive(word: str, e: TriggerEntry) -> bool:
    return match_form(e.lemma) in INTRANSITIVE and word.endswith(OBJECT_SUFFIXES) \
        and not word.endswith(("وا",))


def _prefer_specific(cands: list[Candidate]) -> list[Candidate]:
    """At one token keep, per type, an entry that needed a collocate over one that did not."""
    by_pos: dict[tuple[int, str], Candidate] = {}
    for c in cands:
        key = (c.start, c.type)
        old = by_pos.get(key)
        if old is None or (c.entry.needs and not old.entry.needs) or (
            c.entry.strong and not old.entry.strong and bool(c.entry.needs) == bool(old.entry.needs)
        ):
            by_pos[key] = c
    # A token that needs a collocate for one type (أطلق سراح) is not a bare trigger of another.
    specific = {c.start for c in by_pos.values() if c.entry.needs}
    out = [c for c in by_pos.values() if c.entry.needs or c.start not in specific
           or c.entry.kind in ("w", "x")]
    out.sort(key=lambda c: (c.start, c.type))
    return out


@lru_cache(maxsize=1)
def lexicon() -> TriggerLexicon:
    """The per-process trigger lexicon."""
    return TriggerLexicon()

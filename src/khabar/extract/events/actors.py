"""Actor phrases: find participant mentions in a sentence and resolve country and sector.

Sources, in order of precedence for a token: named groups (``groups.tsv``: داعش، حزب الله
…), named entities from ``doc.entities`` (PERS/ORG, and LOC used as a state), sector nouns
(``sectors.tsv``: جيش، شرطة، متظاهرين …) and country names (the shared gazetteer
:mod:`khabar.gazetteer.countries`). A phrase is a head plus what follows it in its noun
phrase: country adjectives (القوات الأمريكية → USA MIL), descriptors (مسلحون مجهولون), an
idafa complement that is itself an actor noun (عناصر الشرطة → COP). Role assignment
(who is actor, who is recipient) is in :mod:`khabar.extract.events.roles`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.document import Document, Entity, Token
from khabar.extract.events.lexicon import PhraseIndex, candidates, expand, read_tsv
from khabar.extract.events.rolewords import (
    ARMED_SECTORS,
    ATTACK_NOUNS,
    AUXILIARIES,
    CASUALTY_NOUNS,
    COMPLEMENTIZERS,
    COUNTERPART_WORDS,
    NUMBER_WORDS,
    VICTIM_SECTORS,
)
from khabar.extract.events.spans import clitic_letters
from khabar.gazetteer.countries import KINGDOMS
from khabar.gazetteer.countries import find_all as _find_countries
from khabar.gazetteer.outlets import for_source as _outlet_for_source
from khabar.gazetteer.outlets import lookup as _outlet_lookup
from khabar.gazetteer.places import lookup as _place_lookup
from khabar.text.normalize import HARAKAT, match_form

try:  # the shared country gazetteer (lead's module); degrade to no countries without it
    from khabar.gazetteer.countries import forms as _country_forms
    from khabar.gazetteer.countries import lookup as _country_lookup
except ImportError:  # pragma: no cover - only before the gazetteer lands
    def _country_lookup(phrase: str):  # type: ignore[no-redef]
        return None

    def _country_forms() -> dict:  # type: ignore[no-redef]
        return {}


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """First words of every country form (a token that is none of them starts no country)."""
    out = set()
    for key in _country_forms():
        w = key.split(" ")[0]
        out.add(w)
        if w.startswith("ال"):
            out.add(w[2:])
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _may_start_country(norm: str) -> bool:
    """Whether a token's norm can start a country form: a clitic reading's base (or the base
    with the article) is a first word of one, or the norm is one plus an accusative alif
    (memoised per norm: (session 16, perf16b) 0.42 M look-ups on the news day)."""
    words = _country_words()
    bare = norm.replace("ً", "")
    return any(b in words or ("ال" + b) in words for _, b in candidates(norm)) or (
        bare.endswith("ا") and bare[:-1] in words)


# A country code given to generic descriptors that mean "unidentified".
# Honorifics between a title and a name (آية الله، حجة الإسلام، السيد، الحاج، الدكتور)
HONORIFICS = frozenset("السيد السيده الحاج الحاجه الدكتور الدكتوره المهندس الاستاذ سماحه فضيله "
                       "المطران الاب".split())
# Verbs whose subject a suicide nisba right after them is (استهدف انتحاري، قام انتحاري
# بتفجير، أقدم انتحاري على): the bomber, not the adjective of an attack.
BOMBER_VERBS = frozenset(match_form(w) for w in (
    "استهدف يستهدف هاجم يهاجم فجر يفجر اقتحم يقتحم قام يقوم أقدم يقدم اقدم هجم يهجم"
).split())
HONORIFIC_PAIRS = frozenset({("ايه", "الله"), ("اية", "الله"), ("حجه", "الاسلام")})
# honorifics without the article that stand before a ruler's or cleric's name
HONORIFIC_WORDS = frozenset(match_form(w) for w in "سماحة فضيلة الشيخ الامير الملك".split())


def _honorific_name(tokens: Sequence[Token], j: int, ent_at, stop: set[int]
                    ) -> tuple[int, Entity] | None:
    """End and person of «honorific [given name] PERSON» starting at ``j``, or None."""
    if j + 1 >= len(tokens):
        return None
    if (tokens[j].norm, tokens[j + 1].norm) in HONORIFIC_PAIRS:
        k = j + 2
    elif tokens[j].norm in HONORIFICS:
        k = j + 1
    else:
        return None
    for m in (k, k + 1):  # a first name the tagger left out: آية الله علي السيستاني
        ent = ent_at.get(m)
        if m < len(tokens) and ent is not None and ent.label == "PERS" \
                and all(tokens[x].kind == "word" and x not in stop for x in range(j, m + 1)):
            return _entity_end(tokens, m, ent), ent
    return None


# Styles of address before a title or a name (صاحب السمو الملكي الأمير، معالي الوزير، فخامة
# الرئيس): part of the phrase.
STYLES = frozenset(match_form(w) for w in "سمو معالي فخامة جلالة سعادة".split())


def _styled(tokens: Sequence[Token], i: int) -> int:
    """Where a style of address before token ``i`` begins (``i`` when there is none):
    [صاحب] سمو|معالي|فخامة|جلالة|سعادة [الملكي]."""
    k = i
    if k > 0 and tokens[k - 1].norm == match_form("الملكي"):
        k -= 1
    if k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].base in STYLES:
        k -= 1
        if k > 0 and tokens[k - 1].base == match_form("صاحب"):
            k -= 1
        return k
    return i


# Irregular armed men (شبيحة، بلطجية، الجنجويد; sectors.tsv, session 10): a civilian noun after
# them is the next phrase — their victims, not their owners (هاجم بلطجية المعتصمين)
IRREGULAR_HEADS = frozenset({"PRM", "CRM"})
UNIDENTIFIED = frozenset({"مجهول", "مجهوله", "مجهولين", "مجهولون", "ملثمين", "ملثمون", "مقنعين", "مقنعون"})


# Adjectives that stay inside an actor phrase without changing its sector: religious, ethnic
# and armed descriptors (متطرف اسلامي، المتظاهرون المسلمون، رجال مسلحون).
DESCRIPTORS = frozenset(
    "اسلامي اسلاميه اسلاميون اسلاميين مسلم مسلمه مسلمون مسلمين مسيحي مسيحيون مسيحيين "
    "شيعي شيعه سني سنه متشدد متشددون متشددين مسلح مسلحه مسلحون مسلحين سلفي سلفيون سلفيين "
    # ethnic and religious community plurals (المقاتلون الأكراد، المتظاهرين الأقباط)
    "اكراد كرد اقباط تركمان امازيغ دروز علويين علويون ايزيديين يزيديين اشوريين".split()
)


# (session 13) Nouns of armed conflict that «مسلح/مسلحة» qualifies as an adjective: an armed
# attack, robbery, clash, conflict, struggle (هجوم مسلح، سطو مسلح، اشتباكات مسلحة، الكفاح المسلح).
ARMED_QUALIFIED = ATTACK_NOUNS | frozenset(match_form(w) for w in (
    "هجوم هجوما هجمات هجومين اعتداء اعتداءات عملية عمليات سطو اشتباك اشتباكات نزاع نزاعات "
    "صراع مواجهة مواجهات كفاح تمرد عنف اقتحام كمين حادث حادثة هجمة"
).split())
ARMED_ADJECTIVES = frozenset(match_form(w) for w in "مسلح مسلحة".split())
# The masculine singular armed men of sectors.tsv (UAF «n» rows): no feminine adjective follows.
ARMED_SINGULARS = frozenset(match_form(w) for w in "مسلح مهاجم ملثم مقنع مجهول خاطف قناص مرتزق".split())


def _armed_adjective(tokens: Sequence[Token], i: int) -> bool:
    """Whether the singular «مسلح/مسلحة» at ``i`` is the adjective of the conflict noun right
    before it (هجوم مسلح، الهجوم المسلح، عملية مسلحة، اشتباكات مسلحة) rather than an armed man
    («نجا من هجوم مسلح» had the recipient «مسلح» taken for the attacker). The noun and the
    adjective agree in definiteness; the plural مسلحون/مسلحين is always the men."""
    tok = tokens[i]
    if i == 0 or tok.base not in ARMED_ADJECTIVES or tok.prefix.lstrip("وف") not in ("", "ال"):
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or (prev.base not in ARMED_QUALIFIED and prev.norm not in ARMED_QUALIFIED):
        return False
    return prev.prefix.endswith("ال") == tok.prefix.endswith("ال")


def _descriptor(tok: Token) -> bool:
    norm = tok.norm[2:] if tok.norm.startswith("ال") else tok.norm
    return norm in DESCRIPTORS or tok.norm in DESCRIPTORS


# Organisations a person is "in" (ضابط في الشرطة).
MEMBER_OF = frozenset({"MIL", "COP", "GOV", "LEG", "JUD", "SPY", "REB", "PRM", "PTY"})
# Civilian groups and crowds: their relative adjectives are qualifiers, not names.
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "PTY", "REL"})
# Unit and person heads that take a partitive complement (جندي من حلف الناتو).
PARTITIVE_HEADS = frozenset({"MIL", "COP", "REB", "UAF", "CVL", "SPY", "GOV"})


# Relative-adjective (nisba) endings, and ي-final words that are no adjective of a noun
# phrase: relative pronouns, time words, adverbs in -an (رسميا، حاليا), plurals in -aya.
NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون", "يات", "يان", "يتين", "يتان")
NOT_ADJECTIVES = frozenset(
    "الذي التي الذين اللذين اللتين اللواتي ماضي حالي جاري تالي حوالي اهالي ضحايا قضايا بقايا "
    "هدايا حاليا رسميا يوميا شخصيا ميدانيا عمليا فعليا نهائيا تقريبا جزئيا كليا اسبوعيا "
    "سنويا مبدئيا الي "
    # (session 14) abstract nouns in -iyya, no nisba: «حملت الحكومة حركة طالبان مسؤولية الهجوم»
    "مسؤوليه مسووليه مسئوليه حمايه رعايه تغطيه اهميه اولويه عضويه هويه".split()
)


# Adjectives of rank that name an institution with its head (المديرية العامة، الأمانة العامة،
# المحكمة العليا، المجلس الأعلى)
RANK_ADJECTIVES = frozenset("عامه اعلي عليا".split())  # not العام: also "the year"


TIME_WORDS = frozenset(
    "اليوم امس الليله الاسبوع الشهر العام السنه الماضي الحالي الجاري المقبل الخميس الجمعه "
    "السبت الاحد الاثنين الثلاثاء الاربعاء الصباح المساء الفجر الظهر العصر".split()
)


# A definite crowd count standing alone is the crowd itself (تظاهر المئات، خرج الآلاف، شارك
# عشرات الآلاف); before a partitive من the counted noun is the phrase (الآلاف من المتظاهرين).
FARMER = frozenset({"مزارع"})
CROWD_COUNTS = frozenset(match_form(w) for w in "العشرات المئات الآلاف الألوف".split())
CROWD_MULTIPLIERS = frozenset(match_form(w) for w in "عشرات مئات".split())


def crowd_count(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """``(end, proclitic letters)`` of a bare definite crowd count starting at token ``i``
    («المئات», «وعشرات الآلاف»), or None (not one, or counting a noun after من)."""
    norm = tokens[i].norm
    clitic = 1 if norm[:1] in ("و", "ف") and norm[1:] in CROWD_COUNTS | CROWD_MULTIPLIERS else 0
    word = norm[clitic:]
    if word in CROWD_COUNTS:
        end = i + 1
    elif word in CROWD_MULTIPLIERS and i + 1 < len(tokens) and tokens[i + 1].norm in CROWD_COUNTS:
        end = i + 2
    else:
        return None
    if end < len(tokens) and tokens[end].norm == "من":
        return None
    return end, clitic


def _construct(tok: Token) -> bool:
    """Whether a noun can stand in the construct state (an indefinite form without tanween
    or the ون/ين of a sound plural): شرطةُ النجدة, قائدُ القوات."""
    if tok.kind != "word" or tok.prefix.endswith(("ال", "لل")):
        return False
    return not tok.base.endswith(("ون", "ين", "ان", "ا", "هم", "ها", "كم"))


# Short vowels, tanween, shadda and sukun (stripped before a test on the written last letter:
# a written ه is a pronoun, a ta marbuta is written ة).


# Relational participles whose complement belongs to the noun phrase (تابعة لـ، المحيطة بـ،
# المجاورة لـ، القريبة من).
RELATIONAL = frozenset("تابع تابعه تابعا تابعين تابعون محيط محيطه مجاور مجاوره مجاورا قريب قريبه".split())


def _relational(tokens: Sequence[Token], j: int) -> bool:
    t = tokens[j]
    if t.kind != "word" or t.prefix not in ("", "ال") or t.base not in RELATIONAL \
            or j + 1 >= len(tokens) or tokens[j + 1].kind != "word":
        return False
    nxt = tokens[j + 1]
    return nxt.norm == "من" or nxt.prefix.startswith(("ل", "ب")) and len(nxt.base) >= 3


# Places and installations (towns, villages, camps, settlements, cities, airports, plants,
# prisons …; the session-7 rows of sectors.tsv): what an attack hits, but where a protest is
# held or heads they are places, not the protest's target.
INHABITED = frozenset(match_form(w) for w in (
    "بلدة بلدات قرية قرى مخيم مخيمات مستوطنة مستوطنات مدينة مدن مطار مطارات ميناء موانئ "
    "محطة محطات مصنع مصانع منشأة منشآت مجمع مستودع مستودعات جسر سجن سجون"
).split())


# The parties of a conflict or a deal (الطرفان، الجانبين، الأطراف): generic actors, coded only
# by a country adjective (الأطراف اليمنية).
PARTIES = frozenset(match_form(w) for w in "طرفان طرفين طرفا طرفي جانبان جانبين اطراف".split())


def _inhabited(tok: Token) -> bool:
    return any(b in INHABITED or b.endswith("ا") and b[:-1] in INHABITED
               for _, b in candidates(tok.norm))


# One-word group names that are also common words (opening, the youth, the base, the
# alliance, the awakening): read as the group only when no noun or adjective follows them.
COMMON_WORD_GROUPS = frozenset("فتح الشباب شباب القاعده قاعده التحالف تحالف الصحوه صحوه".split())
COALITION = "تحالف"  # the base of «التحالف/تحالف» (session 22: coalitions, see DocumentContext.coalition)
LED_BY = frozenset({"بقياده"})  # «بقيادة X»: led by X
INTERNATIONAL = frozenset({"الدولي", "الدولى"})
ISIS_NAMES = ("داعش", "تنظيم الدولة", "الدولة الإسلامية", "الدولة الاسلامية")
LOYAL = frozenset("موالي مواليه موالين موالون".split())  # bases of «الموالي/ة/ين/ون» (loyal to)
PARTICLES = frozenset(
    "في من على الى عن مع و ان أن إن التي الذي الذين قد لم لن لا ما بعد قبل منذ خلال حيث كما".split()
)


_PARTICLE_FORMS = frozenset(match_form(w) for w in PARTICLES)


def _common_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether a one-word group name at ``i`` is the common word (a noun or adjective
    follows it as its complement: فتح باب، الشباب العاطلين عن العمل)."""
    if tokens[i].base not in COMMON_WORD_GROUPS and tokens[i].norm not in COMMON_WORD_GROUPS:
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return False
    nxt = tokens[i + 1]
    if tokens[i].base == COALITION and tokens[i].prefix.endswith("ال"):
        # (session 22) a definite «التحالف» takes no genitive: before an indefinite word, a
        # definite noun (the verb's object or the next clause: شنت طائرات التحالف غارات،
        # قصفت طائرات التحالف القاعدة العسكرية) or a time word (طيران التحالف الأحد) it
        # stands alone, the coalition; only a relative adjective makes it a common noun, an
        # alliance of parties (التحالف الوطني، التحالف الشيعي)
        return _adjective(nxt, True)
    return nxt.norm not in _PARTICLE_FORMS and not nxt.prefix.startswith(("و", "ف", "ب", "ل"))


def _definite(tok: Token) -> bool:
    return tok.prefix.endswith(("ال", "لل"))


def _case_agrees(head: Token, adj: Token) -> bool:
    """Case and number agreement shown by endings: a nominative sound plural takes -يون, a
    genitive/accusative one -يين (sound plurals are persons, not things that take a feminine
    singular), an accusative -يا needs an accusative head (جرح متظاهرون شرطيا: the policeman
    is the object, not an adjective)."""
    h, a = head.base, adj.base
    if a.endswith("يه") and h in ARMED_SINGULARS:
        return False  # (session 13) a masculine singular armed man takes no feminine adjective:
        # «هاجم مسلح دورية للشرطة» — the patrol is the object, not the gunman's adjective
    if h.endswith("ون") or a.endswith("يون"):
        return h.endswith("ون") and a.endswith("يون")
    if a.endswith("يا"):
        return h.endswith(("ا", "ه"))
    if h.endswith("ين") or a.endswith("يين"):  # sound plurals are persons: -يين adjectives
        return h.endswith("ين") and a.endswith("يين")
    return True


def _adjective(tok: Token, definite: bool, head: Token | None = None) -> bool:
    """A relative adjective agreeing in definiteness (and, where endings show it, case)
    with the phrase before it (مهاجما انتحاريا، المقر الرئيسي، فرقة مظلية): part of the
    noun phrase the annotators mark."""
    if tok.kind != "word" or tok.prefix not in (("ال",) if definite else ("",)):
        return False
    if head is not None and not _case_agrees(head, tok):
        return False
    base = tok.base
    if base in RANK_ADJECTIVES:
        return True  # المديرية العامة، المحكمة العليا، المجلس الأعلى
    if len(base) < 4 or base.startswith("ي") or base in NOT_ADJECTIVES or tok.norm in NOT_ADJECTIVES:
        return False
    if tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ى"):
        return False  # a verb in alif maqsura (انتهى، ادعى), normalised like a final ي
    # (a masdar in -اية is no nisba: البداية، النهاية، الحماية، الولاية)
    return base.endswith(NISBA_ENDINGS) and not base.endswith(("ايه", "ايا"))


@dataclass(slots=True)
class Phrase:
    """An actor mention: token range ``[start, end)`` in the sentence and its resolution."""

    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    entity: str | None = None
    kind: str = "sector"  # group | entity | sector | country | target
    clitic: int = 0  # proclitic letters of the first token left outside the span
    prep: bool = False  # introduced by a preposition (في بغداد، لقوات): never a subject
    head_sector: str | None = None
    tags: set[str] = field(default_factory=set)
    # (session 19) where the party's mention ends when a place phrase with ب follows inside the
    # phrase (منزلا بخان يونس، مسجد العنود بالدمام): the role rules read the whole token range,
    # the output span stops here (:func:`.spans.shown_end`)
    shown: int | None = None


@dataclass(frozen=True, slots=True)
class _Group:
    country: str
    sector: str


class ActorLexicon:
    """Sector nouns, named groups, and the country gazetteer (build once per process)."""

    def __init__(self) -> None:
        self.sectors = PhraseIndex()
        for row in read_tsv("sectors.tsv"):
            sector, kind, forms = row[0], row[1], row[2]
            self.sectors.add_forms(expand(kind, forms), sector)
        self.words: set[str] = set()  # one-word actor nouns, for trigger disambiguation
        for row in read_tsv("sectors.tsv"):
            self.words |= {f for f in expand(row[1], row[2]) if " " not in f}
        self.groups = PhraseIndex()
        for row in read_tsv("groups.tsv"):
            country, sector, forms = row[0], row[1], row[2]
            for f in forms.split(","):
                self.groups.add_forms(expand("w", f.strip()), _Group(country, sector))

    @staticmethod
    @lru_cache(maxsize=50_000)
    def country(phrase: str) -> tuple[str, str, str] | None:
        """``(iso3, kind, first matched word)`` of a country name/adjective/demonym phrase, else None."""
        m = _country_lookup(phrase)
        return (m.iso3, m.kind, m.form.split()[0]) if m is not None else None

    def country_at(self, tokens: Sequence[Token], i: int) -> tuple[int, str, str] | None:
        """The longest country form starting at token ``i``: ``(end, iso3, kind)``."""
        hit = self.country_span(tokens, i)
        return None if hit is None else hit[:3]

    def country_span(self, tokens: Sequence[Token], i: int) -> tuple[int, str, str, int] | None:
        """Like :meth:`country_at` plus the number of proclitic letters on token ``i``."""
        if tokens[i].kind != "word" or not _may_start_country(tokens[i].norm):
            return None
        for n in (3, 2, 1):
            if i + n > len(tokens) or any(t.kind != "word" for t in tokens[i : i + n]):
                continue
            phrase = " ".join(t.text for t in tokens[i : i + n])
            hit = self.country(phrase)
            if hit is None and phrase.endswith(("يا", "يًا", "ياً")):  # accusative: جنديا أميركيا
                bare = phrase.replace("\u064b", "")
                hit = self.country(bare[:-1] if bare.endswith("ا") else bare)
            if hit:
                return i + n, hit[0], hit[1], _proclitic_len(tokens[i].norm, hit[2])
        return None

    def phrases(
        self, tokens: Sequence[Token], entities: Sequence[Entity] = (), stop: set[int] | None = None,
        kingdom: Callable[[int], str | None] | DocumentContext | None = None,
        *, entity_tail: bool = False,
    ) -> list[Phrase]:
        """Actor phrases of one sentence, left to right, non-overlapping.

        ``stop`` holds token indices (triggers) a phrase never crosses; ``kingdom`` maps a
        text offset to the country a bare «المملكة» there stands for
        (:func:`kingdom_resolver`); without it «المملكة» stays unresolved. A
        :class:`DocumentContext` also gives a bare person name the title it was named with.
        ``entity_tail``: stop after the first phrase that starts past the last entity's first
        token — every later phrase has no entity (a phrase takes its entity from a token at or
        after its start) and none joins an earlier one (:func:`apposed_person` joins entity
        phrases only), so a reader of the phrases with an entity and of the phrase after each
        (:func:`_person_titles`) needs none of them (session 19, perf19b).
        """
        stop = stop or set()
        ent_at = _entities_by_token(tokens, entities)
        named = _facility_tokens(tokens, ent_at)
        out: list[Phrase] = []
        i = 0
        n = len(tokens)
        last_entity = max(ent_at, default=-1) if entity_tail else n
        while i < n:
            bomber = i in stop and self._bomber(tokens, i, stop)
            if (i in stop and not bomber) or tokens[i].kind != "word" or i in named:
                i += 1  # (session 16) «شارعي الثورة وبغداد»: a street's name, no Baghdad
                continue
            ph = self._head(tokens, i, ent_at, stop - {i} if bomber else stop)
            if ph is None:
                i += 1
                continue
            self._extend(tokens, ph, ent_at, stop)
            k = _styled(tokens, ph.start)
            if k < ph.start and not any(j in stop for j in range(k, ph.start)) \
                    and (not out or out[-1].end <= k):
                # زيارة صاحب السمو الملكي الأمير فلان، معالي وزير الخارجية: a style of address
                # belongs to the phrase it precedes
                ph.start, ph.clitic = k, clitic_letters(tokens[k].prefix, tokens[k].norm)
            if "kingdom" in ph.tags and ph.country is None and kingdom is not None:
                ph.country = kingdom(tokens[ph.start].start)
            if "coalition" in ph.tags:
                self._coalition(tokens, ph, stop, kingdom)
            titled = getattr(kingdom, "titled", None)
            if ph.kind == "entity" and ph.sector is None and ph.entity and titled is not None:
                # «الجبير» after «وزير الخارجية السعودي عادل الجبير»: the title the person
                # was named with elsewhere in the document (one entity id per person)
                got = titled(ph.entity)
                if got is not None:
                    ph.country = ph.country or got[0]
                    ph.sector = got[1]
            ph.prep = _prepositional(tokens, ph)
            out.append(ph)
            if ph.start > last_entity:
                break
            i = ph.end
        return _one_person(tokens, out, {e.entity for e in entities if e.label == "PERS"})

    def _bomber(self, tokens: Sequence[Token], i: int, stop: set[int]) -> bool:
        """A trigger word that is also the person (انتحاري: the suicide bomber) where it
        stands as a noun — a subject after a verb, أن, a count or a clause start — not as
        the adjective of an attack noun (تفجير انتحاري، الهجوم الانتحاري)."""
        s = self.sectors.match_at(tokens, i)
        if not s or s[0].payload != "UAF" or s[0].end != i + 1:
            return False
        if i == 0 or tokens[i - 1].kind in ("punct", "number"):
            return True
        prev = tokens[i - 1]
        if prev.norm in COMPLEMENTIZERS or prev.base in NUMBER_WORDS or prev.norm in AUXILIARIES:
            return True
        if prev.norm in BOMBER_VERBS or prev.norm[1:] in BOMBER_VERBS and prev.norm[:1] in ("و", "ف"):
            return True  # استهدف انتحاري حافلة، وقام انتحاري بتفجير نفسه: the verb's subject
        return i - 1 in stop and prev.base not in ATTACK_NOUNS and prev.norm not in ATTACK_NOUNS

    def _head(self, tokens, i, ent_at, stop) -> Phrase | None:
        g = self.groups.match_at(tokens, i)
        if g and g[0].end == i + 1 and _common_word(tokens, i):
            g = None  # فتح باب الترشيح، الشباب العاطلون، القاعدة العسكرية: not the group
        ent = ent_at.get(i)
        if g:
            m = g[0]
            if not any(j in stop for j in range(m.start, m.end)):
                # (a listed person keeps the entity id and the whole name: بوش، محمد بن سلمان
                # بن عبدالعزيز)
                person = ent is not None and ent.label == "PERS"
                end = max(m.end, _entity_end(tokens, i, ent)) if person else m.end
                if person and any(j in stop for j in range(m.end, end)):
                    end = m.end
                ph = Phrase(i, end, m.payload.country, m.payload.sector,
                            ent.entity if person else None,
                            kind="group", clitic=clitic_letters(m.prefix, tokens[i].norm))
                if any(tokens[k].base == COALITION for k in range(m.start, m.end)):
                    ph.tags.add("coalition")
                return ph
        if ent is not None and ent.label in ("PERS", "ORG"):
            end = _entity_end(tokens, i, ent)
            # a title the entity begins with gives its sector (وزير الخارجية فلان، رئيس مجلس
            # الوزراء، مجلس الأعمال السعودي الأمريكي)
            s = self.sectors.match_at(tokens, i)
            title = s[0].payload if s and s[0].end <= end and s[0].payload not in ("-", "+") else None
            ph = Phrase(i, end, ent.country, title, ent.entity, kind="entity")
            ph.clitic = _letters_before(tokens[i], ent.start)
            if title is not None and ph.country is None:
                # a title's country adjective inside the tagged name (الرئيس الأمريكي فلان,
                # جنديان بريطانيان tagged as a person): the title's country
                k = s[0].end
                c = self.country_at(tokens, k) if k < end else None
                if c is not None and c[0] <= end and c[2] == "adj" and not (
                        c[0] < end and self.country_at(tokens, c[0]) is not None):
                    ph.country = c[1]  # (not a binational body: مجلس الأعمال السعودي الأمريكي)
            if ph.country is None and ent.label == "PERS":
                # a listed person inside the name (الرئيس جورج بوش tagged whole): their country;
                # after a given name of another person it is a relative named with the listed
                # name (مهدي هاشمي رفسنجاني، سيف الإسلام القذافي): the family's country, no office
                for k in range(i + 1, end):
                    g = self.groups.match_at(tokens, k)
                    if g and g[0].end <= end and not _common_word(tokens, k):
                        ph.country = g[0].payload.country
                        if self._titles_only(tokens, i, k):
                            ph.sector = ph.sector or g[0].payload.sector
                        break
            if ph.country is None and ent.label == "ORG":
                # (session 22) a listed group inside an organisation's name (تنظيم داعش tagged
                # whole): the group's country, and its sector when no title gave one
                for k in range(i + 1, end):
                    g = self.groups.match_at(tokens, k)
                    if g and g[0].end <= end and not _common_word(tokens, k):
                        ph.country = g[0].payload.country
                        ph.sector = ph.sector or g[0].payload.sector
                        break
            return ph
        if tokens[i].base in FARMER and (nxt := ent_at.get(i + 1)) is not None and nxt.label == "PERS" \
                and not any(j in stop for j in range(i, _entity_end(tokens, i + 1, nxt))):
            # المزارع فلان: «مزارع» (also "farms") before a person's name is the farmer
            return Phrase(i, _entity_end(tokens, i + 1, nxt), nxt.country, "AGR", nxt.entity,
                          kind="entity", clitic=clitic_letters(tokens[i].prefix, tokens[i].norm))
        crowd = crowd_count(tokens, i)
        if crowd is not None and not any(j in stop for j in range(i, crowd[0])):
            return Phrase(i, crowd[0], None, "CVL", kind="sector", head_sector="CVL", clitic=crowd[1])
        s = self.sectors.match_at(tokens, i)
        if s and _armed_adjective(tokens, i):
            s = None  # (session 13) نجا من هجوم مسلح: the attack's adjective, no armed man
        if s:
            m = s[0]
            if not any(j in stop for j in range(m.start, m.end)):
                sector = None if m.payload in ("-", "+") else m.payload
                kind = "sector" if sector is not None or m.payload == "+" else "target"
                ph = Phrase(i, m.end, None, sector, kind=kind,
                            head_sector=sector, clitic=clitic_letters(m.prefix, tokens[i].norm))
                if kind == "target" and _inhabited(tokens[i]):
                    ph.tags.add("place")
                elif m.payload == "+" and any(b in PARTIES for _, b in candidates(tokens[i].norm)):
                    ph.tags.add("party")
                    if self._paired_countries(tokens, m.end):
                        return None  # الجانبين المصري والأمريكي: the two country phrases
                return ph
        c = self.country_span(tokens, i)
        if c is None and tokens[i].base == KINGDOM and tokens[i].prefix.endswith("ال"):
            # «المملكة» alone: the kingdom the document is about (:func:`kingdom_resolver`);
            # a country adjective after it names it (المملكة الأردنية الهاشمية)
            ph = Phrase(i, i + 1, None, None, kind="country",
                        clitic=clitic_letters(tokens[i].prefix, tokens[i].norm))
            ph.tags.add("kingdom")
            return ph
        if c is not None:
            end, iso3, kind, clitic = c
            ph = Phrase(i, end, iso3, None, kind="country", clitic=clitic)
            ph.tags.add(kind)
            if ent is not None:
                ph.entity = ent.entity
            return ph
        return None

    def leader(self, tokens: Sequence[Token], j: int,
               kingdom: Callable[[int], str | None] | DocumentContext | None = None
               ) -> tuple[int, str | None] | None:
        """``(end, country)`` of «بقيادة X» at token ``j`` (X a country name or a bare
        «المملكة»), else None: the state that leads a coalition (التحالف العربي بقيادة
        السعودية، طيران التحالف بقيادة المملكة)."""
        if j + 1 >= len(tokens) or tokens[j].norm not in LED_BY:
            return None
        c = self.country_at(tokens, j + 1)
        if c is not None and c[2] == "name":
            return c[0], c[1]
        nxt = tokens[j + 1]
        if nxt.base == KINGDOM and nxt.prefix == "ال":
            return j + 2, kingdom(nxt.start) if kingdom is not None else None
        return None

    def _coalition(self, tokens: Sequence[Token], ph: Phrase, stop: set[int],
                   kingdom: Callable[[int], str | None] | DocumentContext | None) -> None:
        """(session 22) A coalition is coded as the state that leads it: named in the phrase
        («بقيادة X» right after it, which joins the phrase), else — for a coalition the lexicon
        leaves unresolved (IGO: قوات التحالف، التحالف الدولي) — the coalition the document
        names (:meth:`DocumentContext.coalition`)."""
        j = ph.end
        led = self.leader(tokens, j, kingdom) if j not in stop and j + 1 not in stop else None
        if led is not None:
            # (session 23) the shown span keeps the head phrase (طيران التحالف), the leader still
            # gives the code: the roles read the whole range, the output stops before «بقيادة»
            ph.shown = ph.shown or j
            ph.end = led[0]
            if led[1] is not None:
                ph.country = led[1]
                return
        if ph.country != "IGO" or not isinstance(kingdom, DocumentContext):
            return
        if international(tokens, ph.start, ph.end):
            ph.country = kingdom.international_coalition() or ph.country
        else:
            ph.country = kingdom.coalition(tokens[ph.start].start) or ph.country

    def _titles_only(self, tokens: Sequence[Token], i: int, k: int) -> bool:
        """Whether tokens ``[i, k)`` before a listed name are titles, honorifics, styles,
        country words or definite words (الرئيس الأمريكي، أمير قطر الشيخ، آية الله), not a
        given name of another person (مهدي، سيف الإسلام، متعب بن)."""
        m = i
        while m < k:
            s = self.sectors.match_at(tokens, m)
            if s and s[0].payload not in ("-", "+"):
                m = s[0].end
                continue
            c = self.country_at(tokens, m)
            if c is not None:
                m = c[0]
                continue
            tok = tokens[m]
            if m + 1 < k and (tok.norm, tokens[m + 1].norm) in HONORIFIC_PAIRS:
                m += 2
                continue
            if tok.norm in HONORIFICS or tok.norm in STYLES or tok.norm in HONORIFIC_WORDS \
                    or tok.prefix.endswith("ال"):
                m += 1
                continue
            return False
        return True

    def _paired_countries(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether two coordinated country adjectives start at ``j`` (المصري والأمريكي)."""
        c = self.country_at(tokens, j) if j < len(tokens) else None
        if c is None or c[0] >= len(tokens) or not tokens[c[0]].prefix.startswith("و"):
            return False
        return self.country_at(tokens, c[0]) is not None

    def _other_country(self, tokens: Sequence[Token], j: int, country: str) -> bool:
        """Whether a country other than ``country`` is named within two words from ``j``
        (the complement or adjective of a title: ملك الأردن، وزير الخارجية الأمريكي)."""
        for k in range(j, min(len(tokens), j + 2)):
            c = self.country_at(tokens, k)
            if c is not None:
                return c[1] != country
        return False

    def _owner(self, tokens: Sequence[Token], ph: Phrase, k: int, ent_at) -> None:
        """A place or convoy with a relational complement at token ``k`` takes the owner's
        code: قاعدة تابعة للجيش → MIL, البلدات المحيطة بقطاع غزة → PSE, مقر تابع للشرطة
        العراقية → IRQ COP."""
        s = self.sectors.match_at(tokens, k)
        if s and s[0].payload not in ("-", "+"):
            ph.sector = ph.sector or s[0].payload
            c = self.country_at(tokens, s[0].end) if s[0].end < len(tokens) else None
            if c is not None:
                ph.country = ph.country or c[1]
            return
        g = self.groups.match_at(tokens, k)
        if g:
            ph.country = ph.country or g[0].payload.country
            ph.sector = ph.sector or g[0].payload.sector
            return
        c = self.country_at(tokens, k)
        ent = ent_at.get(k)
        if c is not None:
            ph.country = ph.country or c[1]
        elif ent is not None and ent.label == "LOC" and ent.country:
            ph.country = ph.country or ent.country

    def _extend(self, tokens, ph: Phrase, ent_at, stop) -> None:
        """Grow a phrase over country adjectives, descriptors and actor-noun complements."""
        j = ph.end
        budget = 3
        if ph.kind == "group" and ph.entity is None and j < len(tokens) and j not in stop \
                and not tokens[j].prefix.startswith("و"):
            # خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز: a listed title, then a title of
            # the same sector and the person's name, is one person (an apposition)
            s = self.sectors.match_at(tokens, j)
            if s and s[0].payload == ph.sector and s[0].end < len(tokens):
                e = s[0].end
                ent = ent_at.get(e)
                if ent is not None and ent.label == "PERS":
                    end = _entity_end(tokens, e, ent)
                    if not any(k in stop for k in range(j, end)):
                        ph.entity = ent.entity
                        ph.end = end
                        return
        # a quoted name right after the head joins it: جنود «المارينز»، حركة «حماس»; (session 19)
        # also in typographic or straight quotes and an agency's slashes, where the name is a
        # listed group: عناصر تنظيم ” داعش ”، تنظيم “داعش”، مسلحا من تنظيم / داعش /
        close = NAME_QUOTES.get(tokens[j].text) if j + 2 < len(tokens) else None
        if ph.kind in ("sector", "target") and close is not None:
            k = next((k for k in range(j + 1, min(len(tokens), j + 4)) if tokens[k].text == close), None)
            if k is not None and k > j + 1 and all(tokens[m].kind == "word" and m not in stop
                                                   for m in range(j + 1, k)) \
                    and (tokens[j].text == "«" or self.groups.match_at(tokens, j + 1)):
                g = self.groups.match_at(tokens, j + 1)
                if g:
                    ph.country = ph.country or g[0].payload.country
                    ph.sector = ph.sector or g[0].payload.sector
                ph.end = k + 1
                return
        # relative adjectives of the head: مهاجما انتحاريا، فرقة مظلية، المقر الرئيسي (not
        # of crowds and civilians, whose qualifiers — سلميين، جامعيين — annotators leave out)
        qualified = ph.kind in ("sector", "target", "group") and ph.sector not in CROWD_SECTORS
        if qualified:
            definite = ph.kind == "group" or _definite(tokens[ph.end - 1])
            # (an adjective may be a trigger word too: مهاجما انتحاريا فجر نفسه)
            # (session 22) a named group is no adjective even in a nisba form: the group branch
            # below reads it (المسلحين الحوثيين → YEM REB; مواقع ميليشيات الحوثي)
            while j < len(tokens) and j - ph.end < 2 \
                    and self.country_at(tokens, j) is None and not _descriptor(tokens[j]) \
                    and _adjective(tokens[j], definite, tokens[j - 1]) \
                    and not self.groups.match_at(tokens, j):
                j += 1
            ph.end = j
        # a member of an organisation: ضابطا في الشرطة العراقية، متطوعا في الجيش العراقي
        if ph.kind == "sector" and ph.end - ph.start <= 2 and j + 1 < len(tokens) \
                and tokens[j].norm == "في" and j + 1 not in stop \
                and (ph.head_sector is None or ph.head_sector in PARTITIVE_HEADS):
            sub = self._head(tokens, j + 1, ent_at, stop)
            if sub is not None and sub.kind in ("group", "sector") and sub.sector in MEMBER_OF:
                self._extend(tokens, sub, ent_at, stop)
                ph.country = ph.country or sub.country
                ph.sector = sub.sector if ph.sector in (None, "CVL") else ph.sector
                ph.end = sub.end
                return
        # a member or unit noun with a partitive group: عناصر من حركة طالبان، أفراد من
        # الشرطة، فرقة مظلية من قوات مكافحة الإرهاب، المصلين من رجال الأمن (not after a
        # definite singular: طلبت الوزارة من المواطنين — من names another party)
        if ph.kind == "sector" and (ph.head_sector is None or ph.head_sector in PARTITIVE_HEADS) \
                and j - ph.start <= 2 and not _definite_singular(tokens[ph.start]) \
                and j + 1 < len(tokens) and tokens[j].norm == "من" and j + 1 not in stop:
            sub = self._head(tokens, j + 1, ent_at, stop)
            if sub is not None and sub.kind in ("group", "sector"):
                self._extend(tokens, sub, ent_at, stop)
                ph.country = ph.country or sub.country
                ph.sector = ph.sector or sub.sector
                ph.end = sub.end
                return
        while j < len(tokens) and budget > 0 and j not in stop and tokens[j].kind == "word":
            c = self.country_at(tokens, j)
            ent0 = ent_at.get(j)
            if c is not None and ent0 is not None and ent0.label == "PERS" and ph.kind == "sector" \
                    and ph.entity is None and ph.sector not in ("UAF", "CVL", "REB") \
                    and ph.end - ph.start <= 3 and not tokens[j].prefix.startswith("و"):
                # (session 14) الأمير تركي الفيصل: a person's name after a title whose first word
                # is also a country adjective (تركي "Turkish") is the name — the entity stage now
                # leaves the title out of the person (ner14b), so the name comes to the title here
                ph.entity = ent0.entity
                ph.country = ph.country or ent0.country
                j = _entity_end(tokens, j, ent0)
                ph.end = j
                budget -= 1
                continue
            if c is not None and c[2] == "name" and tokens[j].prefix.lstrip("و").startswith("ل") \
                    and ph.kind in ("sector", "entity"):
                break  # زيارة ولي العهد للأردن، دعمه لليمن: a destination or beneficiary
            if c is not None and (ph.kind != "country" or "kingdom" in ph.tags):
                end, iso3, kind = c
                if kind == "name" and ph.kind in ("sector", "target") \
                        and _place_ba(tokens[j], tokens[j].norm[: self.country_span(tokens, j)[3]]):
                    ph.shown = ph.shown or j  # (session 19) منزلا بالعراق: where, not who
                if ph.country is None and "joint" not in ph.tags:
                    ph.country = iso3
                elif kind == "adj" and iso3 != ph.country and j > 0 and not tokens[j].prefix.startswith("و") \
                        and (prev := self.country_at(tokens, j - 1)) is not None and prev[0] == j \
                        and prev[1] == ph.country and ph.kind == "sector":
                    # مجلس الأعمال السعودي الأمريكي، القوات العراقية الأمريكية: two country
                    # adjectives in a row qualify a joint body, which has no one country
                    ph.country = None
                    ph.tags.add("joint")
                j = end
                ph.end = j
                budget -= 1
                continue
            if c is None and ph.kind == "sector" and ph.country is None and j > ph.start \
                    and not tokens[j].text.startswith(("ال", "و", "ب", "ل", "ف", "ك")):
                d = self.country("ال" + tokens[j].text)
                if d is not None and d[1] == "demonym":
                    # جنود أفغان، سياح ألمان، مواطنين أتراك: an indefinite broken-plural
                    # demonym (its definite form is a gazetteer demonym: أتراك، روس، هنود …)
                    ph.country = d[0]
                    j += 1
                    ph.end = j
                    budget -= 1
                    continue
            side = j + 1 if tokens[j].base in LOYAL and _definite(tokens[j]) == _definite(tokens[j - 1]) \
                else j if j > ph.start and tokens[j - 1].base in LOYAL else None
            if ph.kind == "sector" and ph.country is None and ph.sector in ARMED_SECTORS \
                    and side is not None and side < len(tokens) and side not in stop \
                    and tokens[side].prefix.startswith("ل"):
                # (session 22) forces named by their side (the participle is read as the head's
                # adjective above): القوات الموالية لحكومة هادي، المسلحين الموالين للحوثيين — the
                # side's country
                sub = self._head(tokens, side, ent_at, stop)
                if sub is not None and sub.kind in ("group", "sector", "entity", "country"):
                    self._extend(tokens, sub, ent_at, stop)
                    if sub.country is not None:
                        ph.country = sub.country
                        ph.end = j = sub.end
                        budget -= 1
                        continue
                # (a side of no known country: the phrase grows as before)
            base = tokens[j].base
            if base in UNIDENTIFIED or tokens[j].norm in UNIDENTIFIED:
                ph.sector = "UAF"
                j += 1
                ph.end = j
                budget -= 1
                continue
            if _descriptor(tokens[j]) and ph.kind in ("sector", "entity", "group") \
                    and _agrees_in_number(tokens[j - 1], tokens[j]) and (
                    tokens[j].prefix.endswith("ال")) == (ph.kind != "sector" or _definite(tokens[j - 1])):
                # agreeing in definiteness: رجال مسلحون، المتظاهرون المسلمون (not الجنود مسلحا)
                j += 1
                ph.end = j
                budget -= 1
                continue
            if qualified and j > ph.start + 1 \
                    and _adjective(tokens[j], _definite(tokens[j - 1]), tokens[j - 1]):
                j += 1  # عناصر الشرطة المحلية: an adjective after the complement
                ph.end = j
                budget -= 1
                continue
            g = self.groups.match_at(tokens, j)
            if g and g[0].end == j + 1 and _common_word(tokens, j):
                g = None
            if g and g[0].end > j + 1 and _definite(tokens[j - 1]) \
                    and not tokens[j - 1].prefix.endswith("لل") and (
                        tokens[j].prefix == "ال" or ph.kind == "sector" and ph.sector is not None
                        and g[0].payload.sector in ARMED_SECTORS | {"PTY"}
                        and g[0].payload.sector != ph.sector):
                break  # (session 13) دعا الوزير المجتمع الدولي، اتهمت السلطات حركة طالبان: a
                # definite noun takes no named body as its genitive — subject and object are two
                # phrases (a one-word group after it may be its adjective: المتمردين التاميل; a
                # body of the same sector without the article an apposition: الجناح العسكري كتائب
                # القسام; a listed person after a title is the titled person: رئيس الوزراء السابق
                # رفيق الحريري)
            if g and ph.kind in ("sector", "target") and not tokens[j].prefix.startswith("و"):
                m = g[0]
                if ph.country is None and any(tokens[k].base == COALITION for k in range(m.start, m.end)):
                    ph.tags.add("coalition")  # طائرات التحالف، مقاتلات التحالف العربي
                ph.country = ph.country or m.payload.country
                ph.sector = ph.sector if ph.kind == "sector" and ph.sector in ("MIL", "COP", "ELI") else m.payload.sector
                ent = ent_at.get(j)
                end = m.end
                if ent is not None and ent.label == "PERS":
                    ph.entity = ph.entity or ent.entity  # الرئيس الأمريكي جورج بوش
                    end = max(end, _entity_end(tokens, j, ent))  # الملك سلمان بن عبدالعزيز آل سعود
                    if any(k in stop for k in range(m.end, end)):
                        end = m.end
                j = end
                ph.end = j
                budget -= 1
                continue
            s = self.sectors.match_at(tokens, j)
            if s and tokens[j].prefix.startswith("و") and ph.sector is not None \
                    and s[0].payload not in (ph.sector, "-", "+"):
                break  # الحكومة والمعارضة: a conjunct of another sector is a party of its own
            if s and (ph.country is not None and self._other_country(tokens, s[0].end, ph.country)
                      or _pronoun_suffix(tokens[j])) \
                    and any(e.label == "PERS" and e.end == tokens[j - 1].end for e in ent_at.values()):
                # التقى الرئيس الأمريكي فلان ملك الأردن: after a titled name, a title of another
                # country or a possessed one (نظيره، نظراءه) is another person (the same
                # country's is an apposition: ولي العهد الأمير فلان وزير الدفاع السعودي)
                break
            if s and ph.head_sector in IRREGULAR_HEADS and s[0].payload == "CVL":
                break
            if s and ph.sector in ARMED_SECTORS and s[0].payload in VICTIM_SECTORS \
                    and tokens[j].prefix.lstrip("و").startswith("ل"):
                break  # اغتيال القوات الأمريكية للصحفي: the armed party's victim, no genitive of it
            if s and ph.kind in ("sector", "target") and s[0].payload not in ("-", "+") and (
                    ph.head_sector not in ("CVL", "UAF", "REB") or s[0].payload == ph.head_sector) \
                    and not (_definite(tokens[j - 1]) and not tokens[j].prefix.endswith("لل")
                             and not tokens[j].prefix.startswith("وال")
                             and not _participle_adjective(tokens[j - 1], tokens[j])
                             and not (_descriptor(tokens[j]) and _definite(tokens[j])
                                      and _agrees_in_number(tokens[j - 1], tokens[j]))):
                # (a definite noun takes no genitive complement: الجنود مسلحا، اتهمت الشرطة
                # المتظاهرين — subject and object — are two phrases; a ل genitive, a و
                # conjunct, an agreeing participle or a descriptor may follow: الصحافي والنائب،
                # النظام الحاكم، لجماعة الحوثي المسلحة)
                m = s[0]
                # عناصر الشرطة، قائد شرطة النجدة، قوات مكافحة الإرهاب: the complement is the sector.
                if ph.sector in (None, "CVL", "MIL", "GOV") and m.payload not in ("CVL",):
                    ph.sector = m.payload if ph.sector in (None, "CVL") or m.payload in ("COP", "SPY") else ph.sector
                j = m.end
                ph.end = j
                budget -= 1
                continue
            ent = ent_at.get(j)
            hon = _honorific_name(tokens, j, ent_at, stop)
            if hon is not None and ph.kind == "sector" and ph.sector not in ("UAF", "CVL", "REB") \
                    and ph.end - ph.start <= 3:
                # المرجع الشيعي آية الله علي السيستاني، رئيس البلدية السيد فلان: a title, an
                # honorific and the person's name are one phrase
                ph.entity = ph.entity or hon[1].entity
                ph.country = ph.country or hon[1].country
                ph.end = j = hon[0]
                budget -= 1
                continue
            if ent is not None and ph.kind in ("sector", "target") and ent.label in ("PERS", "ORG", "LOC") \
                    and not tokens[j].prefix.startswith("و") \
                    and ph.sector not in ("UAF", "CVL", "REB") and (ent.label != "PERS" or ph.end - ph.start <= 3):
                # (a name after و is a conjunct, a party of its own: الحكومة اليمنية والحوثيون)
                if ent.label == "LOC" and _place_ba(tokens[j], "".join(
                        ch for ch in tokens[j].text[: max(0, ent.start - tokens[j].start)] if ch.isalpha())):
                    # (session 19) منزلا بخان يونس، مسجد الإمام الصادق بدولة الكويت: a place
                    # with ب says where the target stands — its country, not its name or span
                    ph.shown = ph.shown or j
                else:
                    ph.entity = ph.entity or ent.entity
                ph.country = ph.country or ent.country
                j = _entity_end(tokens, j, ent)
                ph.end = j
                budget -= 1
                continue
            if ph.kind in ("sector", "target") and _relational(tokens, j):
                # قاعدة تابعة للجيش، البلدات المحيطة بقطاع غزة: a relational participle and
                # its complement (a construct noun takes its genitive too)
                affiliated = tokens[j].base.startswith("تابع")
                j += 2
                if tokens[j - 1].norm == "من" and j < len(tokens):
                    j += 1
                if ph.kind == "target" or affiliated and ph.sector in ARMED_SECTORS and ph.country is None:
                    # (session 22) an armed party named by its affiliation takes the side's
                    # country: مسلحون تابعون للحوثيين → YEM (its own sector stays)
                    self._owner(tokens, ph, j - 1, ent_at)
                if j < len(tokens) and _construct(tokens[j - 1]) and tokens[j].kind == "word" \
                        and j not in stop and not tokens[j].prefix:
                    j += 1
                ph.end = j
                budget -= 1
                continue
            if ph.kind in ("sector", "target") and _construct(tokens[j - 1]) and ent is None \
                    and not (j - 1 > ph.start and _descriptor(tokens[j - 1])) \
                    and tokens[j].prefix == "ال" and len(tokens[j].base) >= 3 \
                    and tokens[j].norm not in TIME_WORDS:
                if tokens[j].base == KINGDOM:
                    ph.tags.add("kingdom")  # سفارة المملكة: the kingdom's embassy
                j += 1  # قائد شرطة النجدة، مقر لجنة الانتخابات: an idafa complement
                ph.end = j
                budget -= 1
                continue
            if ph.kind == "sector" and ph.end - ph.start == 1 and ph.sector not in CROWD_SECTORS \
                    and _construct(tokens[j - 1]) and ent is None and j + 1 < len(tokens) \
                    and j + 1 not in stop and _construct(tokens[j]) and not tokens[j].prefix \
                    and not tokens[j].text.rstrip(HARAKAT).endswith("ه") \
                    and len(tokens[j].base) >= 3 and tokens[j].norm not in _PARTICLE_FORMS \
                    and tokens[j].norm not in TIME_WORDS \
                    and tokens[j + 1].prefix == "ال" \
                    and tokens[j + 1].norm not in TIME_WORDS and ent_at.get(j + 1) is None:
                j += 2  # لجنة حقوق الإنسان، قوات حفظ السلام: a two-noun idafa chain (not
                # on crowds, whose qualifiers annotators leave out: تلاميذ مرحلة الأساس; session
                # 14: not over a written ه, a pronoun — «فجر انتحاري حزامه الناسف»)
                ph.end = j
                budget -= 1
                continue
            break
        # (session 19) a quoted listed group after the head's complement: عناصر تنظيم ” داعش ”
        j = ph.end
        close = NAME_QUOTES.get(tokens[j].text) if j + 2 < len(tokens) and j > ph.start + 1 else None
        if close is not None and ph.kind in ("sector", "target") and (g := self.groups.match_at(tokens, j + 1)):
            k = next((k for k in range(j + 1, min(len(tokens), j + 4)) if tokens[k].text == close), None)
            if k is not None and k > j + 1 and g[0].end == k and all(
                    tokens[m].kind == "word" and m not in stop for m in range(j + 1, k)):
                ph.country = ph.country or g[0].payload.country
                ph.sector = ph.sector or g[0].payload.sector
                ph.end = k + 1
                return
        # an alias in parentheses: حلف شمال الأطلسي (ناتو)
        if j + 2 < len(tokens) and tokens[j].text == "(" and ph.kind != "country":
            k = next((k for k in range(j + 1, min(len(tokens), j + 5)) if tokens[k].text == ")"), None)
            if k is not None and k > j + 1 and all(tokens[m].kind == "word" and m not in stop
                                                   for m in range(j + 1, k)):
                ph.end = k + 1


QUANTIFIERS = frozenset(
    "اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف الف مائه مئه عدد "
    "عددا العديد بعض احد احدي كثير الكثير معظم غالبيه "
    # (session 13) collective nouns before a partitive من: مجموعة من المسلحين هاجموا دورية
    "مجموعه مجموعات حشد حشود".split()
)
PREPOSITIONS = frozenset(match_form(w) for w in "في فى من الى إلى على عن مع لدى امام أمام قرب داخل خارج نحو".split())


# Sector nouns that are also participles qualifying a definite noun (النظام الحاكم، الحزب
# المعارض، التنظيم المتطرف، الوزير المسؤول).
PARTICIPLE_ADJECTIVES = frozenset(
    "حاكم حاكمه معارض متطرف متطرفه متشدد متشدده مسؤول مسؤوله مقاتل مقاتله ثائر ثائره "
    "مقاوم مقاومه متمرد متمرده".split()
)


def _participle_adjective(head: Token, tok: Token) -> bool:
    """Whether a definite sector word after a definite noun is its adjective: a participle of
    :data:`PARTICIPLE_ADJECTIVES`, a plural participle after a sound human plural
    (المتظاهرين المحتجين; not الشرطة المتظاهرين, القوات المتظاهرين: no agreement) or a
    feminine participle after a feminine or non-human plural (الميليشيات المتمردة)."""
    if not _definite(tok):
        return False  # (session 14) «هاجمت القرية مجموعة مسلحة»: an indefinite word after a
        # definite noun is no adjective of it (the object, then the indefinite subject)
    if tok.base in PARTICIPLE_ADJECTIVES:
        return True
    if not tok.base.startswith("م"):
        return False
    plural = ("ين", "ون")
    if tok.base.endswith(plural):
        return head.base.endswith(plural)
    # a feminine participle after a feminine or a non-human plural (الميليشيات المتمردة)
    # (not المعارضة, mostly the noun "the opposition": اتهمت الحكومة المعارضة)
    return tok.base.endswith("ه") and head.base.endswith(("ات", "ه")) and tok.base != "معارضه"


def _agrees_in_number(head: Token, tok: Token) -> bool:
    """A sound plural (-ين/-ون) qualifies no feminine singular or -ات plural: قتلت الشرطة
    المسلحين is subject and object (الجنود المسلحين، لجماعة الحوثي المسلحة are phrases)."""
    return not (tok.base.endswith(("ين", "ون")) and head.base.endswith(("ه", "ات")))


def _definite_singular(tok: Token) -> bool:
    """A definite noun without a sound plural or dual ending (الوزارة، الرئيس; not المصلين،
    المتظاهرون، القوات): it takes no partitive من."""
    return tok.prefix.endswith("ال") and not tok.base.endswith(("ين", "ون", "ات", "ان"))


def _prepositional(tokens: Sequence[Token], ph: Phrase) -> bool:
    """Whether a phrase follows a preposition or carries ب/ل/ك as a proclitic."""
    prev = tokens[ph.start - 1].norm if ph.start > 0 else ""
    if prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS:
        return True  # وفي بغداد، وعلى الحدود
    if ph.start > 0 and prev in PREPOSITIONS:
        # partitive من after a number is no preposition: مقتل ثلاثة من عناصر الشرطة
        # (session 16) and after a casualty noun: قتلى وجرحى من الحوثيين
        return not (tokens[ph.start - 1].norm == "من" and ph.start > 1
                    and (tokens[ph.start - 2].kind == "number" or tokens[ph.start - 2].norm in QUANTIFIERS
                         or tokens[ph.start - 2].base in QUANTIFIERS  # الآلاف من المتظاهرين
                         or tokens[ph.start - 2].base in CASUALTY_NOUNS
                         or tokens[ph.start - 2].norm[1:] in CASUALTY_NOUNS))
    norm = tokens[ph.start].norm
    letters = norm[: ph.clitic]
    return any(c in "بلك" for c in letters)


# (session 19) Quotation marks around a name after its head, opening → closing: guillemets, curly
# quotes either way round (Arabic copy writes ” for both), straight quotes, an agency's slashes.
NAME_QUOTES = {"«": "»", "“": "”", "”": "”", '"': '"', "/": "/"}
# (session 19) Place nouns that open a place name (حي المفرق، مدينة ينبع، دولة الكويت): with a
# glued ب the entity stage may tag the whole word («بحي المفرق»), so the ب is read here.
PLACE_NOUNS = frozenset(match_form(w) for w in (
    "حي مدينة قرية منطقة محافظة ولاية بلدة مخيم دولة إقليم مديرية ناحية قضاء شارع ضاحية"
).split())


def _place_ba(tok: Token, lead: str) -> bool:
    """(session 19) Whether a place name at ``tok`` carries the locative ب: ``lead`` holds the
    letters before the name inside the token («بخان يونس»، «بالدمام»، «وبدولة الكويت»); with none,
    a place noun the entity holds with its ب («بحي المفرق»). A name that begins with ب (بغداد،
    بعقوبة) has no letters before it."""
    if lead:
        return lead.lstrip("وف").startswith("ب")
    norm = tok.norm[1:] if tok.norm[:1] in ("و", "ف") else tok.norm
    return norm[:1] == "ب" and norm[1:] in PLACE_NOUNS


def _letters_before(tok: Token, start: int) -> int:
    """Letters of a token before an entity that starts inside it (a proclitic)."""
    return sum(1 for ch in tok.text[: max(0, start - tok.start)] if ch.isalpha())


def _proclitic_len(norm: str, form_word: str) -> int:
    """Letters of proclitics before a matched form (وواشنطن vs واشنطن: 1; بغداد vs بغداد: 0)."""
    for prefix, base in (("", norm),) + tuple((norm[:k], norm[k:]) for k in range(1, 4)):
        if ("ال" + base) == form_word and prefix.endswith("لل"):
            return len(prefix) - 2  # للأردن: ل + the article, whose alif is dropped (spans.py)
        if base == form_word or base == "ال" + form_word or ("ال" + base) == form_word:
            return len(prefix)
    return 0


def apposed_person(tokens: Sequence[Token], p: Phrase, q: Phrase, persons: set[str]) -> bool:
    """(session 18) Whether ``q``, the phrase after ``p``, is p's apposition: a mention of the
    same person (``persons``: the entity ids of the sentence's PERS mentions) with nothing or a
    comma between — «أشاد نائب الرئيس اليمني رئيس مجلس الوزراء بـ…», both offices resolved
    to the prime minister, had the second coded as the recipient; «الفريق فلان، مدير الأمن
    العام». A و/ف conjunct, a counterpart (نظيره) or a phrase after a preposition is another
    mention, not an apposition («صالح وصالح»، «تركيا فتركيا»)."""
    first = tokens[q.start]
    if p.entity is None or p.entity != q.entity or p.entity not in persons or p.prep or q.prep \
            or first.prefix[:1] in ("و", "ف") or first.norm in COUNTERPART_WORDS:
        return False
    return [t.text for t in tokens[p.end:q.start]] in ([], ["،"], [","])


def _one_person(tokens: Sequence[Token], phrases: list[Phrase], persons: set[str]) -> list[Phrase]:
    """The phrases with each apposed mention (:func:`apposed_person`) joined to the phrase
    before it: one party, with the first phrase's codes (the second's where it has none)."""
    out: list[Phrase] = []
    for q in phrases:
        p = out[-1] if out else None
        if p is None or not apposed_person(tokens, p, q, persons):
            out.append(q)
            continue
        p.end = q.end
        p.shown = None
        p.country = p.country or q.country
        p.sector = p.sector or q.sector
    return out


def _entities_by_token(tokens: Sequence[Token], entities: Sequence[Entity]) -> dict[int, Entity]:
    """Map the index of each entity's first token to the entity."""
    if not entities or not tokens:
        return {}
    lo, hi = tokens[0].start, tokens[-1].end
    starts = {t.start: k for k, t in enumerate(tokens)}
    out: dict[int, Entity] = {}
    for e in entities:
        if e.start < lo or e.end > hi:
            continue
        k = starts.get(e.start)
        if k is None:  # entity after a proclitic: its first token starts before it
            for idx, t in enumerate(tokens):
                if t.start < e.start < t.end:
                    k = idx
                    break
        if k is not None:
            out[k] = e
    return out


# The nouns the entity stage names a facility with when a place is the name part of a street,
# square, gate or stadium (entities/facility.py: the canonical «شارع بغداد» of «بغداد»).
FACILITY_NOUNS = frozenset(match_form(w) for w in "شارع ساحة ميدان دوار باب استاد ملعب".split())


def facility(ent: Entity) -> bool:
    """Whether a LOC entity is a facility named after a place (session 16): its canonical is
    a facility noun + the mention («شارع بغداد» for «بغداد» of «شارعي الثورة وبغداد»), with
    no kind and no point — not a place whose own name begins with the noun («باب توما», a
    district)."""
    if ent.label != "LOC" or ent.kind is not None or ent.lat is not None:
        return False
    head, _, rest = ent.canonical.partition(" ")
    return bool(rest) and match_form(head) in FACILITY_NOUNS \
        and not match_form(ent.text).startswith(match_form(head))


def _facility_tokens(tokens: Sequence[Token], ent_at: dict[int, Entity]) -> frozenset[int]:
    """Tokens of place names inside a facility's name (:func:`facility`): they start no
    actor phrase, so a street named after a city gives no country to an actor or recipient."""
    out: set[int] = set()
    for i, ent in ent_at.items():
        if facility(ent):
            out.update(range(i, _entity_end(tokens, i, ent)))
    return frozenset(out)


def _entity_end(tokens: Sequence[Token], i: int, ent: Entity) -> int:
    j = i
    while j < len(tokens) and tokens[j].start < ent.end:
        j += 1
    return max(j, i + 1)


KINGDOM = "مملكه"


class DocumentContext:
    """What the rest of a document says about a sentence's actor mentions, computed lazily
    (only when a mention needs it): called with a text offset, the kingdom a bare «المملكة»
    there stands for (:func:`kingdom_resolver`); :meth:`titled` gives the country and sector
    of a person named with a title elsewhere in the document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._kingdoms: list = []  # (named kingdoms, fallback), on the first bare «المملكة»
        self._titles: dict[str, tuple[str | None, str]] | None = None
        # (session 16, perf16b) the trigger search of each sentence, shared by the events
        # stage and _person_titles (triggers.TriggerLexicon.find_in)
        self.finds: dict = {}
        self._coalitions: list[tuple[int, str]] | None = None
        self._isis: bool | None = None
        self._by_sentence: dict[int, list[Token]] | None = None

    def sentence_tokens(self) -> dict[int, list[Token]]:
        """The document's tokens by sentence index (built once; the events stage, the persons'
        titles and the named coalitions all read it)."""
        if self._by_sentence is None:
            self._by_sentence = tokens_by_sentence(self.doc.tokens)
        return self._by_sentence

    def coalition(self, offset: int) -> str | None:
        """(session 22) The state leading the coalition a bare «التحالف/قوات التحالف» at
        ``offset`` stands for: the coalition the document last named before it with its leader
        («بقيادة السعودية») or a name of a resolved coalition (التحالف العربي، تحالف دعم
        الشرعية → SAU), else the one it names after it when every coalition it names has one
        leader, else None (no guess: a document that names none leaves the coalition IGO)."""
        if self._coalitions is None:
            self._coalitions = _named_coalitions(self.doc, self)
        named = self._coalitions
        k = bisect_right(named, (offset, "~"))
        if k:
            return named[k - 1][1]
        leaders = {c for _, c in named}
        return named[0][1] if len(leaders) == 1 else None

    def names_isis(self) -> bool:
        """Whether the document names the Islamic State (داعش، تنظيم الدولة …)."""
        if self._isis is None:
            self._isis = any(n in self.doc.text for n in ISIS_NAMES)
        return self._isis

    def international_coalition(self) -> str | None:
        """The state leading «التحالف الدولي» (a coalition the lexicon leaves IGO, with «الدولي» in
        it: :func:`international`): the US-led coalition where the document names the Islamic
        State (the coalition against it, 2014–), else None — not the coalition of another context."""
        return "USA" if self.names_isis() else None

    def __call__(self, offset: int) -> str | None:
        if not self._kingdoms:
            self._kingdoms.append([(m.start, m.match.iso3) for m in _find_countries(self.doc.text)
                                   if m.match.iso3 in KINGDOMS
                                   and m.match.kind in ("name", "adj", "demonym")])
            self._kingdoms.append(_home_kingdom(self.doc))
        named, fallback = self._kingdoms
        k = bisect_right(named, (offset, "~"))
        return named[k - 1][1] if k else fallback

    def titled(self, entity: str) -> tuple[str | None, str] | None:
        """``(country, sector)`` of the first mention of person ``entity`` (a document-level
        entity id) that stands after a singular title (وزير الخارجية السعودي عادل الجبير → SAU
        GOV; not a force named after a person: قوات الأسد), else None."""
        if self._titles is None:
            self._titles = _person_titles(self.doc, self.finds, self.sentence_tokens())
        return self._titles.get(entity)


def _named_coalitions(doc: Document, ctx: DocumentContext) -> list[tuple[int, str]]:
    """``(offset, leader)`` of each coalition of ``doc`` named with its leader: a listed
    coalition of a state (التحالف العربي → SAU) or any «التحالف» with «بقيادة X» after it."""
    lex = actor_lexicon()
    out: list[tuple[int, str]] = []
    for toks in ctx.sentence_tokens().values():
        for i, tok in enumerate(toks):
            if tok.base != COALITION:
                continue
            g = lex.groups.match_at(toks, i)
            end, country = (g[0].end, g[0].payload.country) if g else (i + 1, None)
            if i > 0 and (g0 := lex.groups.match_at(toks, i - 1)) and g0[0].end > i:
                end, country = g0[0].end, g0[0].payload.country  # قوات التحالف العربي
            led = lex.leader(toks, end, ctx) if end < len(toks) else None
            if led is not None and led[1] is not None:
                country = led[1]
            elif country == "IGO" and international(toks, i, end):
                country = ctx.international_coalition()
            if country is not None and country != "IGO":
                out.append((tok.start, country))
    return out


def international(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` say «الدولي» (the international coalition)."""
    return any(tokens[k].norm in INTERNATIONAL for k in range(start, end))


def tokens_by_sentence(tokens: Sequence[Token]) -> dict[int, list[Token]]:
    """A document's tokens grouped by their sentence index, in order."""
    out: dict[int, list[Token]] = {}
    for t in tokens:
        out.setdefault(t.sentence, []).append(t)
    return out

def _person_titles(doc: Document, finds: dict | None = None,
                   by_sent: dict[int, list[Token]] | None = None) -> dict[str, tuple[str | None, str]]:
    """Entity id → (country, sector) of persons named with a title in ``doc`` (``finds``: the
    document's memo of trigger searches, :meth:`TriggerLexicon.find_in`; ``by_sent``: its tokens
    by sentence, :meth:`DocumentContext.sentence_tokens`)."""
    pers = [e for e in doc.entities if e.label == "PERS"]
    if not pers:
        return {}
    if by_sent is None:
        by_sent = tokens_by_sentence(doc.tokens)
    from khabar.extract.events.triggers import lexicon as trigger_lexicon  # (import cycle)

    lex = actor_lexicon()
    triggers = trigger_lexicon()
    out: dict[str, tuple[str | None, str]] = {}
    for toks in by_sent.values():
        lo, hi = toks[0].start, toks[-1].end
        ents = [e for e in pers if lo <= e.start and e.end <= hi and e.entity not in out]
        if not ents:
            continue
        # trigger verbs are no titles: «وطالب فلان» is no student (طالب EDU)
        found = triggers.find(toks, lex.words) if finds is None else \
            triggers.find_in(finds, toks, lex.words)
        stop = {j for c in found if c.entry.strong or c.verbal for j in range(c.start, c.end)}
        phrases = lex.phrases(toks, ents, stop, entity_tail=True)
        for k, ph in enumerate(phrases):
            if ph.entity is None or ph.entity in out:
                continue
            if ph.kind == "group" and ph.country is not None and ph.sector is not None:
                # a listed person (عادل الجبير، نوري المالكي): a later bare mention of the
                # same entity (الجبير) is them too
                out[ph.entity] = (ph.country, ph.sector)
                continue
            title = ph if ph.kind in ("sector", "entity") else None
            if ph.kind == "entity" and ph.sector is None and k + 1 < len(phrases):
                # فلان، وزير الخارجية السعودي: an apposition after a comma (without the
                # comma the phrase may be an object: استقبل فلان وزير الخارجية الأمريكي)
                nxt = phrases[k + 1]
                gap = [t.text for t in toks[ph.end:nxt.start]]
                title = nxt if nxt.kind == "sector" and nxt.entity is None \
                    and gap in (["،"], [","]) else None
            if title is None or title.sector is None or title.head_sector is None \
                    and title.kind == "sector":
                continue
            if not _person_title(toks[title.start]):
                continue
            if title is ph and ph.kind == "sector" and not _bare_name(toks, ph, ents):
                continue  # المعارض لمنصور: the name is a complement, not the titled person
            out[ph.entity] = (title.country or ph.country, title.sector)
    return out


# Heads that are no person's title: الشيخ is an honorific of rulers, tribal chiefs and
# clerics alike (not REL by itself).
NOT_TITLES = frozenset({"شيخ"})


def _person_title(head: Token) -> bool:
    """Whether a phrase head can be a person's title: a singular person noun (وزير، رئيس،
    قائد), not a force (قوات الأسد، مقاتلين), an institution or office in ة (رئاسة فلان،
    إمارة فلان, "his presidency"), a possessed noun (عاملنا) or an honorific (الشيخ)."""
    base = head.base
    if base.endswith(("ات", "ون", "ين", "ه")) or base in NOT_TITLES:
        return False
    text = head.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return not text.endswith(("نا", "هم", "ها", "كم"))


def _pronoun_suffix(tok: Token) -> bool:
    """A noun with a possessive pronoun written on it (نظيره، نظراءهم; not the ة of a noun)."""
    text = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return not tok.prefix.endswith("ال") and text.endswith(("ه", "ها", "هم", "هما"))


def _bare_name(toks: Sequence[Token], ph: Phrase, ents: Sequence[Entity]) -> bool:
    """Whether the phrase's person name stands without a preposition (وزير الخارجية فلان;
    not المعارض لمنصور)."""
    lo, hi = toks[ph.start].start, toks[ph.end - 1].end
    for e in ents:
        if e.entity == ph.entity and lo <= e.start < hi:
            k = next((k for k in range(ph.start, ph.end) if toks[k].end > e.start), None)
            return k is not None and k > ph.start and toks[k].prefix.lstrip("و") in ("", "ال")
    return False


def kingdom_resolver(doc: Document) -> DocumentContext:
    """For a document, a function from a text offset to the kingdom a bare «المملكة» there
    stands for: the kingdom last named (name or adjective: السعودية، الأردني، المملكة
    المغربية) before the offset, else the country of the dateline place or the outlet when
    that is a kingdom, else None (unresolved; no default country). The returned
    :class:`DocumentContext` also knows the titles persons are named with."""
    return DocumentContext(doc)


def _home_kingdom(doc: Document) -> str | None:
    """The kingdom of the dateline place («الرياض - واس:» at the start of the text) or of
    the outlet (its gazetteer country), if it is one."""
    head = doc.text[:40]
    cut = min((head.find(c) for c in "-–:(" if c in head), default=-1)
    if cut > 0:
        place = _place_lookup(head[:cut].strip(" «»\"'"))
        if place is not None and place.country in KINGDOMS:
            return place.country
    if doc.outlet:
        o = _outlet_for_source(doc.outlet) or _outlet_lookup(doc.outlet, allow_bare=True)
        if o is not None and o.country in KINGDOMS:
            return o.country
    return None


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The per-process actor lexicon."""
    return ActorLexicon()

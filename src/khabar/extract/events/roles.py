"""Who did it to whom: assign actor and recipient phrases to a trigger by Arabic word order.

Rules (see docs/events.md):

- verb trigger, VSO (the news default): the first actor phrase right after the verb is the
  actor, the next one the recipient (هاجم مسلحون دورية). A victim phrase right after a
  killing verb, or after a number, is the recipient of a passive (قتل 12 شخصا، خطف موظف);
- verb trigger, SVO: with no subject after the verb, the nearest phrase before it in the
  clause (مسلحين مجهولين اغتالوا ضابطا);
- verbal noun: its idafa complement or the phrase after على/ضد is the recipient (اغتيال
  الصحافي، هجوم على قافلة); the actor follows نفذه/شنته/على يد/من قبل/برصاص, or is a country
  adjective right after it (ضربة جوية أميركية), or the subject of a light verb before it
  (قام مسلحون بخطف، شنتها فصائل);
- recipient markers anywhere after the trigger: على، ضد، استهدف.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form

_F = match_form
SUBORDINATORS = frozenset(_F(w) for w in (
    "بعدما عندما حينما بينما فيما حيث لدى اثر إثر بعد قبل لكن الذي التي الذين"
).split())
AGENT_MARKERS = frozenset(_F(w) for w in (
    "نفذه نفذته نفذتها نفذها نفذوه شنه شنته شنتها شنها شنوها تبناه تبنته تبنتها يد أيدي ايدي "
    "نسب نسبت ينسب "
    "قبل برصاص بنيران بقصف نفذ نفذت شنت شن"
).split())
LIGHT_VERBS = frozenset(_F(w) for w in (
    "قام قامت قاموا يقوم تقوم يقومون أقدم أقدمت اقدم اقدمت شن شنت شنوا يشن تشن نفذ نفذت نفذوا "
    "ينفذ تنفذ شارك شاركت شاركوا"
).split())
RECIPIENT_MARKERS = frozenset(_F(w) for w in "على ضد استهدف استهدفت استهدفا استهدفوا تستهدف يستهدف بحق".split())
DEMAND_MARKERS = frozenset(_F(w) for w in (
    "مطالبين مطالبا مطالبة تطالب يطالبون طالبوا للمطالبة باستقالة برحيل باقالة بإقالة بإسقاط "
    "باسقاط منددين تنديدا هاتفين يسقط تسقط فليسقط ليسقط"
).split())
SKIPPABLE = frozenset(_F(w) for w in (
    "أمس امس اليوم الليلة فجر صباح مساء ظهر عصر مجددا أيضا ايضا كذلك حاليا مرة أخرى "
    "أول اول الأسبوع الاسبوع الماضي الماضية الشهر بالفعل"
).split())
# Verbs whose news use is active (the agent acts): never read as a passive with a victim
# subject (دبابات أميركية أطلقت نيرانها، فجر 3 انتحاريين أنفسهم، هاجم مسلحون).
ACTIVE_ONLY = frozenset(_F(w) for w in "أطلق فجر هاجم قصف اقتحم شن".split())
# Casualty verbs whose news use is the passive (جُرح، أُصيب): the phrase is the victim.
PASSIVE_ONLY = frozenset(_F(w) for w in "جرح أصاب اصيب اغتيل".split())
# Verbs whose subject is the weapon (انفجرت سيارة مفخخة، انفجرت عبوة).
INSTRUMENT_SUBJECT = frozenset(_F(w) for w in "انفجر".split())
# "X was exposed to / survived <attack>": X is the recipient (تعرض موكبه لهجوم، نجا من اغتيال).
EXPOSURE = frozenset(_F(w) for w in (
    "تعرض تعرضت تعرضوا تعرضا يتعرض تتعرض يتعرضون نجا نجت نجوا ينجو تنجو"
).split())
PASSIVE_PRONE = frozenset({"ASSAULT", "COERCE"})
NUMBER_WORDS = frozenset(_F(w) for w in (
    "اثنين اثنان ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات آلاف الاف ألف الف "
    "مائة مئة عدد عددا أحد احد إحدى احدى بعض نحو حوالي حوالى قرابة أكثر اكثر "
    "عشرين عشرون ثلاثين ثلاثون أربعين اربعين خمسين ستين سبعين ثمانين تسعين"
).split())


def _base_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.norm in words or tok.base in words or tok.norm[1:] in words


def _is_number(tok: Token) -> bool:
    return tok.kind == "number" or _base_in(tok, NUMBER_WORDS)


def _counted(tokens: Sequence[Token], p: Phrase) -> bool:
    """A counted phrase (ثلاثة جنود، أربعة من حراس الأمن): casualties, not agents."""
    j = p.start - 1
    if j > 0 and tokens[j].norm == "من":
        j -= 1
    return j >= 0 and _is_number(tokens[j])


def _phrase_at(phrases: Sequence[Phrase], lo: int, hi: int) -> Phrase | None:
    for p in phrases:
        if lo <= p.start < hi:
            return p
    return None


def _next_content(tokens: Sequence[Token], j: int, hi: int) -> int:
    """Skip time adverbs and numbers after position ``j``."""
    while j < hi and (tokens[j].kind == "number" or _base_in(tokens[j], SKIPPABLE)
                      or _base_in(tokens[j], NUMBER_WORDS) or tokens[j].norm in ("من", "ما", "لا", "يقل", "عن")):
        j += 1
    return j


def _short_quotes(tokens: Sequence[Token]) -> set[int]:
    """Positions of «» marks around at most three words: a quoted name (جنود «المارينز»،
    حركة «حماس»), not a quotation, so no clause break."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.text == "«":
            for j in range(i + 1, min(len(tokens), i + 5)):
                if tokens[j].text == "»":
                    if all(tokens[k].kind == "word" for k in range(i + 1, j)):
                        out.update((i, j))
                    break
    # an apposition between commas: ثمانية أشخاص، بينهم طفلان، قتلوا؛ فلان، 20 عاما، قتل
    commas = [i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in ",،"]
    for a, b in zip(commas, commas[1:], strict=False):
        seg = tokens[a + 1 : b]
        if 0 < len(seg) <= 4 and (_base_in(seg[0], AMONG) or any(t.norm in AGE for t in seg)):
            out.update((a, b))
    return out


def _apposed(tokens: Sequence[Token]) -> set[int]:
    """Token positions inside an apposition between commas (، بينهم طفلان،)."""
    marks = sorted(i for i in _short_quotes(tokens) if tokens[i].text in ",،")
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        out.update(range(a + 1, b))
    return out


AGE = frozenset(_F(w) for w in "عاما عاماً سنة عام".split())


def _breaks(tok: Token, i: int, short: set[int]) -> bool:
    return tok.kind == "punct" and tok.text in ",;:.،؛«»\"()" and i not in short


def _clause_bounds(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    short = _short_quotes(tokens)
    lo = start
    while lo > 0 and not _breaks(tokens[lo - 1], lo - 1, short):
        lo -= 1
    hi = end
    while hi < len(tokens) and not _breaks(tokens[hi], hi, short):
        hi += 1
    return lo, hi


# Civilians and their like are the victims, not the authors, of an attack verb's first phrase.
VICTIM_SECTORS = frozenset({"CVL", "EDU", "LAB", "MED", "JRN", "REF", "REL", "BUS"})
AMONG = frozenset(_F(w) for w in "بينهم بينهن بينهما منهم معظمهم غالبيتهم اغلبهم أغلبهم".split())
PLURAL_ENDINGS = ("وا", "ون", "تا", "وه", "وها", "وهم", "ان")


def _plural_agreement(tok: Token, prefix: str) -> bool:
    """A verb agreeing in plural/dual: its subject came before it (SVO), e.g. مسلحين اغتالوا."""
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    return len(base) > 3 and base.endswith(PLURAL_ENDINGS)


def _coordinated(tokens: Sequence[Token], phrases: Sequence[Phrase], p: Phrase,
                 backwards: bool) -> list[Phrase]:
    """``p`` plus a phrase joined to it by و (الولايات المتحدة والعراق)."""
    out = [p]
    for q in phrases:
        if not backwards and q.start == p.end and tokens[q.start].norm.startswith("و"):
            out.append(q)
        if backwards and q.end == p.start and tokens[p.start].norm.startswith("و"):
            out.insert(0, q)
        if backwards and q.end == p.start - 1 and tokens[p.start - 1].norm in ("ومن", "و"):
            out.insert(0, q)  # مئات الجنود الأمريكيين ومن قوات التحالف
    return out


NOT_OBJECTS = frozenset(_F(w) for w in (
    "في على الى إلى من عن مع خلال بعد قبل اثر إثر جراء عند لدى حين بينما فيما وقد كما و أمس امس "
    "اليوم بجروح برصاص بنيران على يد"
).split())


def _object_follows(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Whether a plain noun (a direct object) follows position ``j`` (then the verb is active)."""
    if j >= hi or tokens[j].kind != "word":
        return False
    t = tokens[j]
    if t.norm in NOT_OBJECTS or t.base in NOT_OBJECTS or t.prefix.startswith(("و", "ب", "ل", "ف")):
        return False
    return t.norm.startswith("ال")  # a definite noun; يعمل، كانوا … are not objects


PREP_WORDS = frozenset(_F(w) for w in "في الى إلى عن مع لدى أمام امام قرب داخل نحو".split())
RESUMPTIVE = frozenset(_F(w) for w in "أنه إنه انه أنها إنها انها أنهم إنهم انهم".split())
AUXILIARIES = frozenset(_F(w) for w in "قد وقد فقد لقد".split())


def _adjacent(tokens: Sequence[Token], end: int, t0: int) -> bool:
    """Whether a phrase ending at ``end`` stands right before the verb (قد or an apposition
    between commas may intervene: المزارع فلان، 20 عاما، قتل)."""
    short = _short_quotes(tokens)
    j = end
    while j < t0:
        if j in short and tokens[j].text in ",،":
            k = next((k for k in range(j + 1, t0) if k in short and tokens[k].text in ",،"), None)
            if k is None:
                return False
            j = k + 1
            continue
        if tokens[j].norm not in AUXILIARIES:
            return False
        j += 1
    return True


CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION",
                      "MOBILIZE", "REJECT"})
# Verbal nouns whose genitive complement is their subject (انسحاب القوات = the forces withdraw).
SUBJECT_GENITIVE_TYPES = frozenset({"PROTEST", "CONSULT", "RETREAT", "MOBILIZE", "REJECT",
                                    "REQUEST", "AGREE", "SUPPORT"})
OBJECT_GENITIVE_LEMMAS = frozenset({"سحب", "إفراج", "أفرج", "إطلاق", "أطلق", "نزع", "وقف"})


def _lemma(cand: Candidate) -> str:
    return _F(cand.entry.lemma.split("/")[0])


def _exposed(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
             ) -> Phrase | None:
    """The subject of تعرض/نجا before the trigger: تعرضت قافلته لهجوم، نجا القائد من اغتيال."""
    for j in range(t0 - 1, max(lo - 1, t0 - 10), -1):
        if _base_in(tokens[j], EXPOSURE):
            return _phrase_at(phrases, j + 1, t0)
    return None


def _subject_genitive(cand: Candidate) -> bool:
    return cand.type in SUBJECT_GENITIVE_TYPES and cand.entry.lemma not in OBJECT_GENITIVE_LEMMAS


def assign(
    tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], limit: int | None = None
) -> tuple[list[Phrase], list[Phrase]]:
    """``(actors, recipients)`` for one trigger; ``limit`` = where the next trigger starts."""
    t0, t1 = cand.start, cand.end
    lo, hi = _clause_bounds(tokens, t0, t1)
    _, hi2 = _clause_bounds(tokens, hi + 1, hi + 1) if hi < len(tokens) else (lo, hi)
    if limit is not None:
        hi2 = max(min(hi2, limit), t1)
    far = [p for p in phrases if t1 <= p.start < hi2]
    actors: list[Phrase] = []
    recips: list[Phrase] = []
    after = [p for p in phrases if t1 <= p.start < hi]
    before = [p for p in phrases if lo <= p.start and p.end <= t0 and not p.prep]

    active_only = cand.verbal and _lemma(cand) in ACTIVE_ONLY
    passive_only = cand.verbal and _lemma(cand) in PASSIVE_ONLY
    instrument = cand.verbal and _lemma(cand) in INSTRUMENT_SUBJECT
    if cand.type == "ASSAULT":
        p = _exposed(tokens, phrases, lo, t0)
        if p is not None:
            recips.append(p)
    # explicit agents: نفذه X، على يد X، من قبل X، برصاص X (may follow a comma)
    for j in range(t1, min(hi2, t1 + 10)):
        if _base_in(tokens[j], AGENT_MARKERS):
            p = _phrase_at(far, j + 1, j + 3)
            if p is not None:
                actors.append(p)
                break
    # recipient markers: على X، ضد X، استهدف X (conflict types only); protests: مطالبين X
    markers = RECIPIENT_MARKERS | (DEMAND_MARKERS if cand.type == "PROTEST" else frozenset())
    for j in range(t1, min(hi2 if actors else hi, t1 + 12) if cand.type in CONFLICT else t1):
        if _base_in(tokens[j], markers):
            p = _phrase_at(far, j + 1, j + 4)
            if p is not None and p not in actors:
                recips.extend(_coordinated(tokens, far, p, backwards=False))
                break
    if cand.type == "PROTEST" and not recips:
        # a protest's demand closes the sentence: …، للمطالبة باستقالة الائتلاف الحاكم
        whole = [p for p in phrases if p.start >= t1]
        for j in range(t1, min(len(tokens), t1 + 30)):
            if _base_in(tokens[j], DEMAND_MARKERS):
                p = _phrase_at(whole, j + 1, j + 4)
                if p is not None and p not in actors:
                    recips.extend(_coordinated(tokens, whole, p, backwards=False))
                    break

    apposed = _apposed(tokens)
    before = [p for p in before if p.start not in apposed] or before
    if cand.verbal and _plural_agreement(tokens[t0], cand.prefix) and before \
            and (not actors or cand.type in PASSIVE_PRONE and _counted(tokens, before[-1])):
        p = before[-1]
        k = _next_content(tokens, t1, hi)
        first = _phrase_at(after, k, k + 1)
        victim = cand.type in PASSIVE_PRONE and first is None and not active_only and (
            _counted(tokens, p)
            or (p.sector in ("CVL", "MIL", "COP", "LAB", "EDU", "MED", "JRN")
                and p.kind == "sector"))
        if t0 - p.end <= 6:
            if victim:  # ثلاثة جنود أميركيين قتلوا: the subject of a passive
                recips.extend(_coordinated(tokens, before, p, backwards=True))
            elif not actors:
                actors.extend(_coordinated(tokens, before, p, backwards=True))
        if first is not None and not recips and first not in actors:
            recips.append(first)
    elif cand.verbal and before and _adjacent(tokens, before[-1].end, t0) \
            and before[-1].kind != "target" and not actors:
        # SVO with the subject right before the verb: إن حركة طالبان اختطفت حاكم منطقة
        k = _next_content(tokens, t1, hi)
        first = _phrase_at(after, k, k + 1)
        p = before[-1]
        victim = (cand.type in PASSIVE_PRONE and first is None and p.kind != "group"
                  and p.sector not in ("UAF", "REB") and not _object_follows(tokens, t1, hi)
                  and not active_only) or passive_only
        if victim:  # ان شخصا قتل واصيب اربعة: the subject of a passive
            recips.extend(_coordinated(tokens, before, p, backwards=True))
        else:
            actors.extend(_coordinated(tokens, before, p, backwards=True))
        if first is not None and not recips and first not in actors:
            recips.append(first)
    elif cand.verbal:
        k = _next_content(tokens, t1, hi)
        first = _phrase_at(after, k, k + 1)
        if first is not None and (first.prep or first.kind == "target" and instrument):
            first = None  # انفجرت سيارة مفخخة: the exploding car is the weapon, not a party
        second = _phrase_at(after, first.end, first.end + 3) if first is not None else None
        resumptive = t0 > 0 and tokens[t0 - 1].norm in RESUMPTIVE
        passive = first is not None and cand.type in PASSIVE_PRONE and not active_only \
            and not resumptive and (
            passive_only or (k > t1 and _is_number(tokens[k - 1])) or _counted(tokens, first)
            or first.kind == "target"
            or (cand.type == "ASSAULT" and first.sector in VICTIM_SECTORS)
            or (second is None and first.kind != "group" and first.sector not in ("UAF", "REB")
                and not _object_follows(tokens, first.end, hi))
        )
        if first is not None and first not in recips and first not in actors:
            if passive or resumptive:
                recips.insert(0, first)
            else:
                if not actors:
                    actors.extend(_coordinated(tokens, after, first, backwards=False))
                k2 = _next_content(tokens, first.end, hi)
                nxt = _phrase_at(after, k2, k2 + 2)
                if nxt is not None and nxt.prep:
                    nxt = None  # في مصر is a place, not an object
                if nxt is not None and nxt not in recips and not recips:
                    recips.append(nxt)
        if not actors and not passive and before:
            # the nearest person/group before the verb, not across a subordinator (بعدما)
            near = [q for q in before if q.kind != "target"
                    and not any(_base_in(tokens[j], SUBORDINATORS) for j in range(q.end, t0))]
            p = near[-1] if near else None
            if p is not None and t0 - p.end <= 6 and p not in recips:
                actors.append(p)
        if not actors and resumptive:
            # قال الجيش إنه قتل …: the pronoun on أن is the speaker, the subject of the verb
            said = [q for q in phrases if q.end <= t0 - 1 and t0 - 1 - q.end <= 4 and not q.prep]
            if said and said[-1] not in recips:
                actors.append(said[-1])
        elif not actors and passive and before and cand.type == "COERCE":
            pass
    else:
        # idafa complement: اغتيال الصحافي، خطف موظف
        k = _next_content(tokens, t1, hi)
        first = _phrase_at(after, t1, k + 1)
        if first is not None and (first.prep or first.start > 0
                                  and tokens[first.start - 1].norm in PREP_WORDS):
            first = None  # a genitive complement has no preposition (في مصر، بسيارة مفخخة)
        if first is not None and first not in actors:
            if first.kind == "country" and "adj" in first.tags:
                if not actors:
                    actors.append(first)  # ضربة جوية أميركية
            elif _subject_genitive(cand):
                if not actors and first not in recips:
                    actors.append(first)  # انسحاب القوات، تظاهرة الطلاب، زيارة الرئيس
            elif first not in recips and not recips:
                recips.append(first)
        # ... جوية أميركية: an adjective two tokens on
        if not actors:
            p = _phrase_at(after, t1 + 1, t1 + 3)
            if p is not None and p.kind == "country" and "adj" in p.tags and p not in recips:
                actors.append(p)
        # light verb before: قام مسلحون بخطف، شنتها فصائل
        if not actors:
            for j in range(t0 - 1, max(lo - 1, t0 - 9), -1):
                if _base_in(tokens[j], LIGHT_VERBS):
                    p = _phrase_at(before, j + 1, t0)
                    if p is None:  # دفع الولايات المتحدة إلى شن ضربات
                        cands = [q for q in before if q.end <= j and j - q.end <= 2]
                        p = cands[-1] if cands else None
                    if p is not None:
                        actors.append(p)
                    break
    if cand.type == "PROTEST" and not actors:
        prot = [p for p in phrases if p.sector in ("CVL", "EDU", "LAB", "OPP", "PTY", "REL")
                and lo <= p.start < hi and p not in recips]
        if prot:
            actors.append(min(prot, key=lambda p: abs(p.start - t0)))
    # victims listed after بينهم/منهم: قتل عشرة بينهم ثلاثة من رجال الشرطة
    if cand.type == "ASSAULT" and not recips:
        for j in range(t1, min(len(tokens), t1 + 12)):
            if tokens[j].norm in AMONG:
                p = _phrase_at(phrases, j + 1, j + 5)
                if p is not None and p not in recips and p not in actors:
                    recips.append(p)
                break
    if cand.type in PASSIVE_PRONE:
        _possessor(tokens, phrases, t0, actors, recips)
    actors = [a for a in actors if a not in recips]
    return actors, recips


POSSESSED_ENDINGS = ("ه", "ها", "هم")


def _possessor(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int,
               actors: list[Phrase], recips: list[Phrase]) -> None:
    """A possessed victim (أعلن الجيش الأميركي مقتل اثنين من جنوده): the possessor, named
    before the trigger, is the affected actor too."""
    for r in list(recips):
        if r.end - r.start != 1 or r.sector not in ("MIL", "COP", "REB", None):
            continue
        if not tokens[r.start].norm.endswith(POSSESSED_ENDINGS) or r.kind == "target":
            continue
        ante = [q for q in phrases if q.end <= t0 and not q.prep and q.kind != "target"
                and q not in actors and q not in recips]
        if ante:
            recips.append(ante[-1])
        return

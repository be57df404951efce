"""Parties of an act that someone calls for, and forces that are the actor's own (session 18,
evo18; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the 14 types other than
ASSAULT/PROTEST only, after the filter's features). Families (docs/events.md "Roles of the 14
other types, fifth round, session 18"):

- **the addressee of a call acts**: in «دعا X Y إلى سحب قواتها»، «صلاد حسن دعا إثيوبيا لسحب
  قواتها»، «طالب X Y بالإفراج عن …» the verbal noun after the link (إلى، على، a ل or ب on the
  noun) is what Y is asked to do, so Y is its actor. Y is the phrase right before the link,
  after the call verb and the caller's phrases; a phrase right after a finite call verb is its
  subject unless the caller stands right before the verb («X دعا Y»), and after a participle
  (داعيا، مطالبا) it is the addressee;
- **the actor's own forces are no recipient** of a withdrawal or deployment («سحب قواتها»،
  «نشر جنوده»): a coded recipient whose head is a forces noun with a possessive pronoun is
  dropped (the fourth replacement of a coded party, after sessions 15–17's three).

Session 19b (evo19b):

- **the addressee right before the call's link** (:func:`linked_addressee`): in «ودعا المفتش
  الأميركي الحكومة العراقية إلى»، «ودعا الأسد في تصريح لإحدى القنوات … الحكومة اللبنانية إلى»،
  «ودعا البنك هذه الدول إلى» the party that ends right before «إلى/على/أن» is the addressee when
  a definite word (the caller's phrase, its adjective or a place phrase's last word) stands
  between it and the verb; not the caller's own unit (its title and name: «دعا الرئيس السوري
  بشار الأسد إلى»), not a genitive (an indefinite word before it: «رئيس حكومة …»), not after a
  preposition word («المتحدث باسم الحكومة»), a relative or punctuation, nor a و-joined last
  conjunct alone («الحكومة التركية وحزب العمال الكردستاني إلى»).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import base_in
from khabar.extract.events.party_objects import CALLS, HONORIFIC_WORDS, NOT_GENITIVE, STEP, _unit
from khabar.extract.events.party_partners import DEMONSTRATIVES, partner
from khabar.extract.events.party_places import COMMAS, adverbial_end
from khabar.extract.events.rolewords import CALL_COMPLEMENTS
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

CALL_VERBS = match_forms("دعا دعت دعوا يدعو تدعو ودعا ودعت طالب طالبت طالبوا يطالب تطالب يطالبون "
                         "حث حثت حثوا يحث تحث ناشد ناشدت ناشدوا يناشد تناشد")
CALL_PARTICIPLES = match_forms("داعيا داعية مطالبا مطالبة مطالبين داعين حاثا مناشدا مناشدة")
LINKS = match_forms("إلى الى على")
CALL_REACH = 12  # tokens from the call verb to the addressee


def _linked_end(tokens: Sequence[Token], cand: Candidate) -> int | None:
    """Where the addressee must end: right before «إلى/على» or the noun carrying ل/ب."""
    t0 = cand.start
    clitic = cand.prefix.lstrip("وف")
    if clitic[:1] in ("ل", "ب"):
        return t0
    if not clitic and t0 > 0 and tokens[t0 - 1].norm in LINKS:
        return t0 - 1
    return None


def called_actor(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
                 ) -> Phrase | None:
    """The addressee of the call whose complement the trigger is (see the module docstring)."""
    if cand.type == "REQUEST":
        return None  # (a form after the link is a verbal noun, even one read as a verb: إلى سحب)
    end = _linked_end(tokens, cand)
    if end is None:
        return None
    y = next((p for p in phrases if p.end == end and not p.prep and p.kind != "target"), None)
    if y is None:
        return None
    covered = {k for p in phrases if not p.prep for k in range(p.start, p.end)}
    j = y.start - 1
    between = False
    while j >= max(0, y.start - CALL_REACH):
        tok = tokens[j]
        if tok.norm in CALL_PARTICIPLES:
            return y  # مطالبا الشعب الصومالي بحمل السلاح
        if base_in(tok, CALL_VERBS) and tok.kind == "word":
            if between:
                return y  # دعا الرئيس الصومالي السابق … إثيوبيا إلى
            caller = any(p.end == j for p in phrases if not p.prep and p.kind != "target")
            return y if caller else None  # صلاد حسن دعا إثيوبيا; not «دعا الرئيس إلى»
        if j in covered or tok.kind == "word" and tok.prefix == "ال":
            between = True  # the caller's phrase and its adjectives (الرئيس الصومالي السابق)
        elif not (tok.norm in STEP or tok.text in COMMAS or tok.norm in HONORIFIC_WORDS):
            return None
        j -= 1
    return None


OWN_FORCES = match_forms("قواتها قواته قواتهم قواتهما قواتنا جنودها جنوده جنودهم جنودنا جيشها جيشه "
                         "جيشهم جيشنا عناصرها عناصره عناصرهم مقاتليها مقاتليه مقاتليهم قطعاتها "
                         "وحداتها وحداته")
OWN_TYPES = frozenset({"RETREAT", "MOBILIZE"})


def _own(tok: Token) -> bool:
    norm = tok.norm
    for clitic in ("و", "ل", "ول", "ف"):
        if tok.prefix == clitic:
            norm = norm[len(clitic):]
    return norm in OWN_FORCES


def without_own_forces(tokens: Sequence[Token], cand: Candidate, recips: list[Phrase]
                       ) -> list[Phrase]:
    """The recipients of a withdrawal or deployment without the actor's own forces."""
    if cand.type not in OWN_TYPES:
        return recips
    return [r for r in recips if not _own(tokens[r.start])]


COMPLEMENTS = CALL_COMPLEMENTS
COMPLEMENT_REACH = 10


def _complement_follows(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """A call's complement (إلى، على، أن، a ب-noun right away) within ten words and no
    punctuation («وطالب الوزير رؤساء الكتل، وقال إن …»: none)."""
    for m in range(end, min(hi, end + COMPLEMENT_REACH)):
        tok = tokens[m]
        if tok.kind != "word":
            return False
        if tok.norm in COMPLEMENTS or m == end and tok.prefix[:1] == "ب":
            return True
    return False


def call_addressee(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                   actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The addressee of a call after its subject, a comma or a place/time run that the actor
    lexicon has no phrase for (دعا حسبو، الدول الغربية الى، دعت الهيئة جميع المؤسسات الصحفية …
    الالتزام، دعا عبد الكريم دول الجوار … للإسراع): a party noun of
    :data:`khabar.extract.events.party_partners.PARTNER_HEADS` (with a quantifier) followed
    by the call's complement."""
    if not cand.verbal or not actors or match_form(cand.entry.lemma) not in CALLS:
        return None
    a = actors[0]
    k = a.end if a.start >= cand.end else cand.end
    while k < hi:
        j = adverbial_end(tokens, k, hi)
        while j < hi and (tokens[j].norm in STEP or tokens[j].text in COMMAS):
            j += 1
        if j == k:
            break
        k = j
    if any(p.start == k for p in phrases):
        return None  # a phrase there is verb_first's (it knows the subject's titles: «دعا
        # صلاح الدين دمرداش زعيم حزب …»)
    q = partner(tokens, phrases, k, hi)
    if q is None or not _complement_follows(tokens, q.end, hi):
        return None
    return q


CALLED_SUBJECT = match_forms("حث حثت ناشد ناشدت دعا دعت طالب طالبت")


def accusative_addressee(tokens: Sequence[Token], cand: Candidate, actors: Sequence[Phrase]
                         ) -> bool:
    """Whether the coded actor of a singular call verb is its addressee: a definite sound
    masculine plural in «ـين» (accusative, not the nominative «ـون») right after the verb and
    followed by the call's complement («وحث المواطنين على قيد أسماءهم»، «ناشد المسؤولين
    بالبلدية بالوقوف»); «وطالب المواطنون بـ» keeps its subject."""
    if not cand.verbal or len(actors) != 1 or actors[0].start != cand.end:
        return False
    verb = tokens[cand.start].norm[len(cand.prefix):]
    if verb not in CALLED_SUBJECT:
        return False
    a = actors[0]
    head = tokens[a.start]
    if head.prefix != "ال" or not head.norm.endswith("ين") or len(head.norm) < 8:
        # a stem of four letters at least: المواطنين، المسؤولين; not الأمين، الدين، اليمين
        return False
    return _complement_follows(tokens, a.end, len(tokens))


RELATIVE_WORDS = match_forms("الذي التي الذين اللذين اللتين اللواتي")
LINK_WORDS = CALL_COMPLEMENTS
ADDRESSEE_REACH = 14  # tokens from the call verb to its link


def _ends_at(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, link: int) -> Phrase | None:
    """A party from ``k`` ending right before ``link``: a phrase, or a party noun the lexicon
    lacks (after a demonstrative: هذه الدول)."""
    q = next((p for p in phrases if p.start == k and p.end == link), None)
    if q is not None:
        return q if not q.prep and q.kind != "target" else None
    j = k + 1 if tokens[k].norm in DEMONSTRATIVES else k
    q = partner(tokens, phrases, j, link)
    if q is None or q.end != link:
        return None
    return Phrase(start=k, end=q.end, sector=q.sector) if j > k else q


def linked_addressee(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                     actors: Sequence[Phrase]) -> Phrase | None:
    """The addressee of a finite call verb that ends right before the call's link, with the
    caller between (see the module docstring)."""
    if not cand.verbal or match_form(cand.entry.lemma) not in CALLS:
        return None
    hi = len(tokens)
    link = next((j for j in range(cand.end, min(hi, cand.end + ADDRESSEE_REACH))
                 if tokens[j].norm in LINK_WORDS or tokens[j].kind != "word"), None)
    if link is None or tokens[link].kind != "word" or link - cand.end < 2:
        return None
    if any(tokens[j].norm in RELATIVE_WORDS for j in range(cand.end, link)):
        return None  # دعا تنظيم القاعدة الذي يتزعمه …: the relative clause's object
    y = next((q for k in range(cand.end + 1, link) if (q := _ends_at(tokens, phrases, k, link))), None)
    if y is None or y in actors or tokens[y.start].prefix[:1] == "و" \
            or y.clitic and tokens[y.start].norm.startswith("و"):
        return None  # «الحكومة التركية وحزب العمال الكردستاني إلى»: not the second conjunct alone
    before = tokens[y.start - 1]
    if not before.prefix.endswith("ال") or before.norm in NOT_GENITIVE:
        return None  # رئيس حكومة …، المتحدث باسم …: a genitive or a preposition's object
    first = next((p for p in phrases if cand.end <= p.start < y.start and not p.prep), None)
    if first is not None and y in _unit(tokens, phrases, first, hi)[0]:
        return None  # الرئيس السوري بشار الأسد: the caller's own name
    return y

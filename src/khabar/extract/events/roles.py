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
- recipient markers anywhere after the trigger: على، ضد، استهدف;
- the 14 types other than ASSAULT/PROTEST (:func:`_type_cues`): the partner after مع and the
  parties after بين (CONSULT/AGREE/COOPERATE), aid's receiver after إلى/ل, a deploying verb's
  force (MOBILIZE: neither actor nor recipient), a stance noun's holder (أعلنت X رفضها), a
  genitive subject before an ل object (مصادرة X لأملاك Y), the subject of a support verb
  (ألقت X القبض، قامت X بنشر), a و-joined co-actor, no target from a relative clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.document import Token
from khabar.extract.events.actors import MEMBER_OF, NISBA_ENDINGS, Phrase, _person_title
from khabar.extract.events.clauses import (
    adjacent,
    apposed,
    base_in,
    clause_bounds,
    conjoined,
    construct_title,
    coordinated,
    count_follows,
    counted,
    counted_conjunct,
    finite_form,
    is_number,
    next_content,
    object_follows,
    phrase_at,
    plural_agreement,
)
from khabar.extract.events.location import COMPASS
from khabar.extract.events.party_objects import HONORIFIC_WORDS, WEEKDAYS
from khabar.extract.events.party_sites import after_compass
from khabar.extract.events.rolewords import (
    ACTIVE_ONLY,
    ADDRESS_MARKERS,
    ADVERBIAL_HEADS,
    AGAINST,
    AGENT_HANDS,
    AGENT_MARKERS,
    AMONG,
    ARMED_SECTORS,
    ASK_LEMMAS,
    ASKING,
    ATTACK_EVENTS,
    ATTACK_NOUNS,
    AUXILIARIES,
    BETWEEN,
    BI_TYPES,
    CALL_COMPLEMENTS,
    CALL_LEMMAS,
    CASUALTY_NOUNS,
    CASUALTY_STEMS,
    CHANTS,
    CLAIM_VERBS,
    CLAUSE_SUBORDINATORS,
    COMPLEMENTIZERS,
    CONFLICT,
    DEMAND_MARKERS,
    DEPLOY_LEMMAS,
    DIRECT_VERBS,
    DIRECTED,
    DIRECTION_MARKERS,
    EXPOSURE,
    FREQUENT_VERBS,
    FROM,
    FRONT_OF,
    GIVE_TYPES,
    HARM_ACTS,
    INSTITUTIONS,
    INSTRUMENT_SUBJECT,
    INTRANSITIVE_LEMMAS,
    JOINT_TYPES,
    LAUNCHED,
    LIGHT_PASSIVE,
    LIGHT_VERBS,
    MET,
    NOT_OBJECTS,
    NOUN_PREPOSITIONS,
    OBJECT_GENITIVE_LEMMAS,
    OBJECT_SUFFIXES,
    ONE_OF,
    OTHERS,
    PASSIVE_ONLY,
    PASSIVE_PRONE,
    PATIENT_NOUNS,
    PREP_WORDS,
    PRONOUN_ADVERBS,
    PROTEST_OBJECT_HEADS,
    PROTESTERS,
    RECIPIENT_MARKERS,
    RELATIVES,
    RESUMPTIVE,
    SKIPPABLE,
    SPEECH_VERBS,
    STANCE_VERBS,
    SUBJECT_GENITIVE_TYPES,
    SUBORDINATORS,
    SUPPORT_VERBS,
    TO,
    VICTIM_SECTORS,
    WEAPON_PARTICIPLES,
    WEAPONS,
    WITH,
)
from khabar.extract.events.spans import clitic_letters
from khabar.extract.events.targets import (
    act_author,
    burned_emblem,
    chant_target,
    denouncer,
    embassy_state,
    harmed_party,
    holder,
    kin_of_harmed,
    kin_phrase,
    organiser,
    patient_act,
    patient_author,
    petition_addressee,
    provision,
    publisher,
    recalled_author,
    released,
    supported,
)
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import HARAKAT, match_form


def _shared_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int,
                    gender: str = "") -> Phrase | None:
    """The subject a coordinated verb (و/ف + verb, no subject of its own) shares: after a
    resumptive pronoun (أعلن فلان أنه لن يسمح … وهدد) the speaker named right before it;
    after a plain أن, the subject of the complement clause when the verb agrees with it in
    gender (ذكرت مصادر أن الجيش نفذ عملية واعتقل), else the speaker when it agrees (أكد
    الوزير أن الحكومة ملتزمة … وطالب: the minister); in a sentence that opens with a verb
    and has no complementizer before ``t0`` (اتهمت كوريا الجنوبية … وهددت) the phrase
    right after that verb; else none (an embedded clause's subject is not known without a
    parser)."""
    comps = [j for j in range(t0) if tokens[j].norm in COMPLEMENTIZERS or _resumptive(tokens[j])]
    if comps:
        j = comps[-1]
        said = [q for q in phrases if q.end <= j and j - q.end <= 4 and not q.prep
                and q.kind != "target" and not (q.end < len(tokens) and tokens[q.end].text in ",،")
                or q.end <= j and j - q.end <= 2 and not q.prep and q.kind != "target"]
        if _resumptive(tokens[j]):
            return said[-1] if said else None
        if any(tokens[k].text in ",،;؛" for k in range(j, t0)):
            return None  # another clause stands between: the verb may have its own subject
        sub = next((q for q in phrases if j < q.start <= j + 2 and q.end < t0), None)
        if sub is not None and not sub.prep and sub.kind != "target" \
                and _agrees(tokens, sub, gender):
            return sub
        if said and said[-1].end == j and _agrees(tokens, said[-1], gender):
            return said[-1]  # أكد الوزير أن …: the speaker right before أن
        return None
    if not phrases or tokens[0].kind != "word" or tokens[0].norm in PREP_WORDS \
            or any(q.start == 0 for q in phrases):
        return None
    k = 1
    while k < t0 and base_in(tokens[k], SKIPPABLE):
        k += 1
    p = next((q for q in phrases if q.start == k and q.end <= t0), None)
    return p if p is not None and not p.prep and p.kind != "target" else None


def verb_gender(tok: Token, prefix: str) -> str:
    """The subject gender a finite verb form shows: "f" (قتلت، تعتقل، قتلتا), "m" (قتل،
    يعتقل، قتلوا، يعتقلون), or "" when the form does not tell."""
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    if len(base) < 3:
        return ""
    if base.endswith(("ت", "تا")) and not base.endswith("ات") or base.startswith("ت"):
        return "f"
    return "m"


def _agrees(tokens: Sequence[Token], p: Phrase, gender: str) -> bool:
    """Whether a subject phrase can govern a verb of ``gender``: a head in ة or ات (الحكومة،
    القوات) takes a feminine verb; a sound masculine plural (المسلحون، المتظاهرين) a
    masculine one; names, countries and groups either; other heads (الجيش، الوزير, broken
    plurals) a masculine one."""
    if not gender:
        return True
    head = tokens[p.start].text.rstrip(HARAKAT)  # ة is ه in the matching form
    if head.endswith(("ة", "ات")):
        return gender == "f"
    if head.endswith(("ون", "ين")) or p.kind not in ("country", "entity", "group"):
        return gender == "m"
    return True


def _resumptive(tok: Token) -> bool:
    """أنه، إنها، بأنهم: a complementizer carrying the pronoun of the speaker."""
    return tok.norm in RESUMPTIVE or tok.norm.startswith(("ب", "و")) and tok.norm[1:] in RESUMPTIVE


def _adjacent_subject(tokens: Sequence[Token], before: Sequence[Phrase], t0: int
                      ) -> Phrase | None:
    """A party right before a coordinated verb (ناقش الورقة الدكتور فلان وأشاد): its subject,
    unless it is the complement of a preposition or a ل/ب noun (المؤيدة لنظام فلان وهدد،
    حربا ضد اليمنيين وهددوا)."""
    if not before or before[-1].end != t0 or before[-1].kind == "target":
        return None
    p = before[-1]
    if tokens[p.end - 1].base.endswith("ين") or tokens[p.start].prefix.lstrip("و").startswith(("ل", "ب")):
        return None  # جرحى مدنيين وعسكريين وتعهد، المدير العام للشرطة: no subject's form
    if p.start == 0:
        return p
    prev = tokens[p.start - 1]
    if prev.norm in PREP_WORDS or base_in(prev, AGAINST) or prev.prefix.lstrip("و").startswith(("ل", "ب")):
        return None
    return p


def _conjoined(tokens: Sequence[Token], pool: Sequence[Phrase], p: Phrase,
               actors: Sequence[Phrase]) -> list[Phrase]:
    """``p`` and the phrases joined to it by و (هاجم مسلحون الشرطة والجيش: both are
    targets; a conjunct of another sector is a phrase of its own since session 5)."""
    return [q for q in coordinated(tokens, pool, p, backwards=False) if q not in actors]


def _lemma(cand: Candidate) -> str:
    return match_form(cand.entry.lemma.split("/")[0])


RELATIVE_REACH = 4  # words from a relative pronoun to the subject of its own verb


# The pronoun that resumes a relative's head when the head is no subject of the clause (الذين
# تولى أمرهم: the head is the object, the clause has a subject of its own), by relative.
RESUMING = {match_form("الذي"): ("ه",), match_form("التي"): ("ها",),
            match_form("الذين"): ("هم",), match_form("اللاتي"): ("هن",),
            match_form("اللذين"): ("هما",), match_form("اللتين"): ("هما",),
            match_form("اللذان"): ("هما",), match_form("اللتان"): ("هما",)}


def _relative_of(tokens: Sequence[Token], p: Phrase) -> int | None:
    """The relative pronoun whose clause ``p`` is the subject of, else None. The clause's verb
    and maybe its object stand between, and a pronoun resumes the head there («الذين تولى
    أمرهم الصليب الأحمر»: the head is the object, the Red Cross the subject). Without it the
    head is the subject and ``p`` an object («الذي واجه مؤخرا مليشيات»). A final ه on the verb
    itself is no evidence (واجه، نبه end in ه); on a later word or as ها/هم/هما it is."""
    for j in range(p.start - 1, max(-1, p.start - 1 - RELATIVE_REACH), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return None
        if tok.norm in RELATIVES:
            ends = RESUMING.get(tok.norm, ())
            for m in range(j + 1, p.start):
                text = tokens[m].text.rstrip(HARAKAT)
                if tokens[m].kind == "word" and any(
                        text.endswith(e) and len(text) > len(e) + 1 and (m > j + 1 or len(e) > 1)
                        for e in ends):
                    return j
            return None
    return None


def _relative_head(tokens: Sequence[Token], before: Sequence[Phrase], p: Phrase) -> Phrase | None:
    """The head of the relative clause ``p`` is the subject of (session 12): the phrase right
    before the relative pronoun, else None."""
    j = _relative_of(tokens, p)
    if j is None:
        return None
    head = [q for q in before if q.end <= j and j - q.end <= 1 and q is not p]
    return head[-1] if head else None


def _addressee_first(tokens: Sequence[Token], cand: Candidate, first: Phrase | None, hi: int,
                     phrases: Sequence[Phrase] = ()) -> bool:
    """Whether the phrase right after a call verb is its addressee, not its subject (session
    12): the verb's gender rules it out as the subject (ودعا الحكومة، وطالب الجهات المعنية;
    :func:`_agrees`) and what is asked follows it (إلى، على، أن، ب + noun) — «دعا الحكومة إلى
    الإفراج»: the caller is the dropped subject. (Session 13) Also a coordinated call after
    reported speech and a comma whose speaker agrees with the verb (:func:`_reported_speaker`:
    «وقال الوزير إن …، ودعا المجتمع الدولي إلى»)."""
    if first is None or first.prep or not cand.verbal or _lemma(cand) not in CALL_LEMMAS:
        return False
    if first.end >= min(hi, len(tokens)):
        return False
    nxt = tokens[first.end]
    if not (nxt.norm in CALL_COMPLEMENTS or nxt.prefix.lstrip("وف").startswith("ب")):
        return False
    gender = verb_gender(tokens[cand.start], cand.prefix)
    if not _agrees(tokens, first, gender):
        return True
    return cand.prefix.startswith(("و", "ف")) and \
        _reported_speaker(tokens, phrases, cand.start, gender) is not None


def _reported_speaker(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int, gender: str
                      ) -> Phrase | None:
    """(Session 13) The speaker of a speech verb (قال، أكد، أوضح …) before the last إن/أن
    before ``t0`` when a comma closes the reported clause before the coordinated verb at
    ``t0`` and the speaker agrees with that verb: «وقال الوزير إن الحكومة ملتزمة …، ودعا
    المجتمع الدولي» — the minister calls. Else None."""
    comps = [j for j in range(t0) if tokens[j].norm in COMPLEMENTIZERS]
    if not comps:
        return None
    j = comps[-1]
    if not any(tokens[k].text in ",،" for k in range(j, t0)):
        return None
    said = [q for q in phrases if q.end <= j and j - q.end <= 2 and not q.prep
            and q.kind != "target" and q.start > 0]
    if not said or not _agrees(tokens, said[-1], gender):
        return None
    verb = said[-1].start - 1
    return said[-1] if base_in(tokens[verb], SPEECH_VERBS) else None


def _reporter(tokens: Sequence[Token], p: Phrase, t0: int) -> bool:
    """(Session 24) Whether ``p`` is the subject of a speech verb whose إن/أن clause holds the verb at
    ``t0`` with a subject word of its own: «وأوضح الجيش إن الانفصاليين هاجموا القوات» — the army reports,
    it does not attack (the subject, no party phrase, left the army as the nearest phrase before the
    verb). Not when nothing but a pronoun or particle stands after إن (إنه هاجم), nor when the subject
    is the speaker's own («إن قواتها قتلت»)."""
    if p.end > t0 or p.start == 0 or not base_in(tokens[p.start - 1], SPEECH_VERBS):
        return False
    comp = next((k for k in range(p.end, t0) if tokens[k].norm in COMPLEMENTIZERS), None)
    if comp is None or comp - p.end > 2 or any(_possessed(tokens[k]) for k in range(comp + 1, t0)):
        return False  # «وقالت فتح في بيان إن قواتها قتلت»: its forces — the speaker's side acts
    return any(tokens[k].kind == "word" and not base_in(tokens[k], SKIPPABLE) for k in range(comp + 1, t0))


def _exposed(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
             ) -> Phrase | None:
    """The subject of تعرض/نجا before the trigger: تعرضت قافلته لهجوم، نجا القائد من اغتيال
    (and of لقي before مصرع/حتف: لقي ثلاثة جنود مصرعهم)."""
    death = tokens[t0].norm.startswith(DEATH_NOUNS)
    for j in range(t0 - 1, max(lo - 1, t0 - 14), -1):
        if base_in(tokens[j], EXPOSURE) or (death and base_in(tokens[j], MET)):
            p = phrase_at([q for q in phrases if not q.prep], j + 1, t0)
            if (p is None or p.start > j + 1) and base_in(tokens[j], SURVIVED):
                # (session 12) نجت المرشحة للرئاسة من هجوم، نجا مدير الأمن من محاولة اغتيال
                return _survivor(tokens, j, t0, p) or p
            return p
    return None


SURVIVOR_SPAN = 4  # words of a survivor that is no actor phrase (المرشحة للرئاسة)
# The perfect of نجا (the survival reported; the imperfect and تعرض keep their actor phrases only).
# A preposition with a pronoun names no survivor (نجا منه، ما يتعرضون له).
PRONOUN_PREPS = frozenset(match_form(w) for w in (
    "له لها لهم لهما لهن به بها بهم بهما منه منها منهم منهما عليه عليها عليهم").split())
SURVIVED = frozenset(match_form(w) for w in "نجا نجت نجوا نجيا نجتا".split())


def _survivor(tokens: Sequence[Token], j: int, t0: int, inner: Phrase | None
              ) -> Phrase | None:
    """The survivor named right after نجا/تعرض when it is no actor phrase, or an actor phrase
    is only its complement (session 12: «نجت المرشحة من هجوم»، «نجا مدير الأمن من محاولة
    اغتيال»): the words up to «من/ل» before the attack — not a number or a preposition first;
    the country and sector of the complement phrase ``inner`` when there is one."""
    k = j + 1
    if k >= t0 or tokens[k].kind != "word" or is_number(tokens[k]) or tokens[k].norm in PREP_WORDS \
            or tokens[k].norm in PRONOUN_PREPS \
            or tokens[k].prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return None  # نجا منه، ما يتعرضون له من تعذيب: a pronoun, no survivor named
    for m in range(k + 1, min(t0, k + 1 + SURVIVOR_SPAN)):
        tok = tokens[m]
        if tok.kind != "word":
            return None
        if tok.norm in ("من", "ل") or tok.prefix.lstrip("وف").startswith("ل") \
                and base_in(tok, ATTACK_NOUNS | ATTACK_EVENTS):
            if inner is not None and not (k < inner.start and inner.end <= m):
                return None
            if inner is None:
                return Phrase(k, m, kind="target",
                              clitic=clitic_letters(tokens[k].prefix, tokens[k].norm))
            return Phrase(k, m, inner.country, inner.sector, inner.entity, kind=inner.kind,
                          clitic=clitic_letters(tokens[k].prefix, tokens[k].norm),
                          head_sector=inner.head_sector)
    return None


def _complement_subject(tokens: Sequence[Token], before: Sequence[Phrase], lo: int, t0: int
                        ) -> Phrase | None:
    """The subject right after أن/إن (a quantifier may come first: ان الآلاف من المتظاهرين
    …تدفقوا، بأن مهاجما انتحاريا فجر): the verb's subject even when a relative clause or a
    partitive chain stands between them, if no other complementizer or subordinator does."""
    for j in range(t0 - 1, lo - 1, -1):
        norm = tokens[j].norm
        if norm in COMPLEMENTIZERS:
            p = phrase_at(before, j + 1, j + 4)
            if p is None or p.prep or p.kind == "target" or any(
                    q.kind != "target" and not q.prep and q.start < p.start
                    for q in before if q.start > j):
                return None
            return p
        if base_in(tokens[j], SUBORDINATORS) or norm in RESUMPTIVE:
            return None
    return None


def _object_pronoun(tok: Token, cand: Candidate) -> bool:
    """Whether a singular verb carries an object pronoun (قتله، استهدفتها، يختطفهم)."""
    base = tok.norm[len(cand.prefix):] if tok.norm.startswith(cand.prefix) else tok.norm
    stem = _lemma(cand)
    return len(base) > len(stem) and base.endswith(OBJECT_SUFFIXES) \
        and not stem.endswith("ه") and not base.endswith(("وه", "وها", "وهم", "وهما"))


def _claimant(tokens: Sequence[Token], phrases: Sequence[Phrase]) -> Phrase | None:
    """The party claiming the attack in its sentence: «أعلنت حركة طالبان مسؤوليتها عنه»،
    «وتبنت جماعة … الهجوم»."""
    for j, t in enumerate(tokens):
        if not base_in(t, CLAIM_VERBS):
            continue
        claim = any(tokens[k].base.startswith(("مسؤولي", "مسؤوليه")) or
                    tokens[k].norm.startswith(("مسؤولي", "المسؤولي"))
                    for k in range(j + 1, min(len(tokens), j + 6)))
        if not claim and not match_form(t.base).startswith("تبن"):
            continue
        p = phrase_at(phrases, j + 1, j + 3)
        if p is not None and not p.prep and p.kind != "target":
            return p
        q = next((q for q in phrases if q.end == j and not q.prep and q.kind != "target"), None)
        if q is not None:
            return q
    return None


# (session 13) Blaming a party for an attack: «اتهمت السلطات حركة طالبان بتنفيذ الهجوم»، «حملت
# الحكومة القاعدة مسؤولية التفجير» — the accused is the attack's (alleged) author.
BLAME_VERBS = frozenset(match_form(w) for w in (
    "اتهم اتهمت اتهموا يتهم تتهم يتهمون واتهم واتهمت واتهموا حمل حملت حملوا يحمل تحمل يحملون "
    "وحمل وحملت وحملوا"
).split())
BLAMED_DEEDS = frozenset(match_form(w) for w in (
    "بتنفيذ بتنفيذه بتنفيذها بالوقوف بشن بارتكاب بالمسؤولية مسؤولية المسؤولية بالتورط"
).split())
BLAME_SPAN = 8  # words from the blame verb to the deed


def _blamed(tokens: Sequence[Token], phrases: Sequence[Phrase]) -> Phrase | None:
    """The party a sentence blames for its attack: the phrase right before «بتنفيذ / بالوقوف وراء
    / بشن / مسؤولية» after a blame verb (اتهم، حمّل) with another phrase — the accuser — between
    them: «اتهمت السلطات حركة طالبان بتنفيذه». A lone phrase after the verb is the accuser
    (اتهمت الحكومة بتنفيذ …: no author named)."""
    for j, t in enumerate(tokens):
        if not base_in(t, BLAME_VERBS) and t.norm not in BLAME_VERBS:
            continue
        for m in range(j + 2, min(len(tokens), j + 1 + BLAME_SPAN)):
            if tokens[m].kind == "punct":
                break
            if tokens[m].norm not in BLAMED_DEEDS:
                continue
            mid = [q for q in phrases if j < q.start and q.end <= m and not q.prep
                   and q.kind != "target"]
            if len(mid) >= 2 and adjacent(tokens, mid[-1].end, m):
                return mid[-1]
            break
    return None


def _chanted(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The name a «down with» chant targets when it is no actor phrase (يسقط بوش، «تسقط
    فلانة»): the words after يسقط up to a mark, at most three (a name the tagger left out
    or read as a slogan)."""
    if not base_in(tokens[j], CHANTS):
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 3 and tokens[k].kind == "word" \
            and not (k > j + 1 and tokens[k].prefix.startswith("و")):
        k += 1
    return Phrase(j + 1, k, kind="target") if k > j + 1 and (
        k == len(tokens) or tokens[k].kind != "word" or tokens[k].prefix.startswith("و")) else None


def _bare_conjunct(tokens: Sequence[Token], phrases: Sequence[Phrase], p: Phrase
                   ) -> Phrase | None:
    """A definite noun joined by و to a target and closing its clause (ضد الحكومة والولاية،
    ويحملونها …): a co-target even when the noun is no actor word."""
    j = p.end
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].prefix != "وال" \
            or len(tokens[j].base) < 3 or any(q.start <= j < q.end for q in phrases):
        return None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and not (nxt.kind == "punct" or nxt.prefix.startswith("و")):
        return None
    return Phrase(j, j + 1, kind="target", clitic=1)


def _apposition_head(tokens: Sequence[Token], phrases: Sequence[Phrase], p: Phrase, lo: int
                     ) -> Phrase:
    """«كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت: a clause that opens with the
    subject's apposition after a comma; the named head before the comma is the subject."""
    if p.start != lo or lo < 2 or tokens[lo - 1].text not in ",،":
        return p
    end = lo - 2 if tokens[lo - 2].text in "»\"" else lo - 1
    q = next((q for q in phrases if q.end == end), None)
    if q is None or q.prep or q.kind not in ("group", "entity"):  # a name, then its description
        return p
    return q


def _antecedent(tokens: Sequence[Token], before: Sequence[Phrase], t0: int) -> Phrase | None:
    """The antecedent of a relative pronoun right before the verb (النائب فلان الذي قتل،
    المسلح الذي هاجم): the verb's subject."""
    j = t0 - 1
    while j > 0 and tokens[j].norm in AUXILIARIES:
        j -= 1
    if j <= 0 or tokens[j].norm not in RELATIVES:
        return None
    p = next((q for q in before if q.end == j), None)
    return p if p is not None and p.kind != "target" and not p.prep else None


def others(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
           actors: Sequence[Phrase], recips: Sequence[Phrase]) -> list[Phrase]:
    """(Session 17) The victims «others» counts beside: «قتل 14 من عناصر داعش وجرح اثنين
    آخرين»، «لقوا حتفهم وأصيب 18 آخرون» — for a killing or wounding ASSAULT trigger with no
    recipient whose count (a number, maybe after a time word or pronoun adverb) is followed
    by «آخرون/آخرين», the last counted phrase before the trigger, or the phrase right after a
    harm noun (مقتل 21 مدنيا), with its و-conjuncts; none when no such phrase stands there.
    Called after the filter's features are taken (``EventStage``): the filter never sees
    these recipients, so its inputs are those of session 16."""
    if cand.type != "ASSAULT" or recips or not any(s in _lemma(cand) for s in CASUALTY_STEMS):
        return []
    t0, t1 = cand.start, cand.end
    _, hi = clause_bounds(tokens, t0, t1)
    j = t1
    while j < min(hi, t1 + 4) and (tokens[j].norm in PRONOUN_ADVERBS or base_in(tokens[j], SKIPPABLE)
                                   or is_number(tokens[j])):
        j += 1
    if j >= hi or tokens[j].norm not in OTHERS:
        return []
    before = [p for p in phrases if p.end <= t0 and p not in actors
              and p.kind != "target" and (not p.prep or counted(tokens, p))]
    for p in reversed(before):
        if counted(tokens, p) and not _one_of(tokens, p) \
                or p.start > 0 and base_in(tokens[p.start - 1], HARM_ACTS):
            return coordinated(tokens, before, p, backwards=True)
    return []


def _one_of(tokens: Sequence[Token], p: Phrase) -> bool:
    """«إحدى المدرعات»، «أحد الجنود»: one of a group, no count of victims."""
    j = p.start - 1
    if j > 0 and tokens[j].norm == "من":
        j -= 1
    return j >= 0 and tokens[j].norm in ONE_OF


def _fronted_count(tokens: Sequence[Token], k: int, hi: int, starts: frozenset[int]
                   ) -> int | None:
    """Where the verb's phrase starts after a fronted adverbial that opens at ``k`` — a place
    or time phrase of one to six words with no other preposition, conjunct or mark in it (في
    بغداد، يوم الاثنين في مدينة الموصل) followed by a count or a phrase that no preposition
    governs (``starts``) — else None."""
    if k >= hi or not base_in(tokens[k], ADVERBIAL_HEADS):
        return None
    for m in range(k + 1, min(hi, k + 8)):
        t = tokens[m]
        if t.kind == "punct" or t.norm in NOT_OBJECTS and not base_in(t, ADVERBIAL_HEADS | SKIPPABLE) \
                or base_in(t, SUBORDINATORS) or t.prefix.startswith(("و", "ف")):
            return None
        if m >= k + 2 and (m in starts and not (t.norm.startswith("ال")
                                                 and tokens[m - 1].norm.startswith("ال"))
                           or is_number(t) and not (t.kind == "number" and len(t.norm) == 4)):
            return m  # (not an adjective of the adverbial's noun: في العملية الإرهابية)
    return None


def _launched(tokens: Sequence[Token], j: int, lo: int) -> bool:
    """A verb that fired, planted or drove the weapon named just before it, resuming it with
    a pronoun (بقذيفة أطلقها مسلحون، لغم زرعه مجهولون، سيارة مفخخة يقودها انتحاري): the
    phrase after it is the attack's agent."""
    if not (tokens[j].norm in LAUNCHED or tokens[j].norm[1:] in LAUNCHED):
        return False
    k = j - 1
    if k >= lo and tokens[k].norm in RELATIVES:
        k -= 1  # القذيفة التي أطلقها
    return any(base_in(tokens[i], WEAPONS) for i in range(max(lo, k - 1), k + 1))


def _direction(tokens: Sequence[Token], j: int) -> bool:
    """باتجاه X، في اتجاه X (not a bare اتجاه, which is also "trend")."""
    if not base_in(tokens[j], DIRECTION_MARKERS):
        return False
    return tokens[j].norm.startswith("ب") or (j > 0 and tokens[j - 1].norm == "في")


# (session 22) Casualty masdars whose genitive names the victims (مقتل ضابط، إصابة ثلاثة جنود).
CASUALTY_MASDARS = frozenset(match_form(w) for w in "مقتل استشهاد مصرع إصابة اصابة جرح".split())


def group_victims(tokens: Sequence[Token], group: Sequence[Candidate], head: Candidate,
                  phrases: Sequence[Phrase], actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 22) The victims a casualty masdar merged before an attack verb names: «أعلنت مصادر
    مقتل ضابط في الجيش وإصابة ثلاثة جنود في هجوم مسلح استهدف نقطة تفتيش» — the merged group is
    headed by the verb, whose roles gave only the checkpoint; the masdar's genitive victims come
    first, as a casualty masdar heading its own group gives them."""
    if head.type != "ASSAULT" or not head.verbal:
        return recips
    victims: list[Phrase] = []
    for c in group:
        if c is head or c.verbal or c.start > head.start or not base_in(tokens[c.start], CASUALTY_MASDARS):
            continue
        k = next_content(tokens, c.end, len(tokens))
        p = phrase_at(phrases, k, k + 1)
        if p is None or p.prep or p.kind == "target" or p in actors or p in recips or p in victims:
            continue
        victims.extend(q for q in coordinated(tokens, phrases, p, backwards=False)
                       if q not in actors and q not in recips and q not in victims)
    return victims + recips


DEATH_NOUNS = ("مصرع", "حتف")


def met_death(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase],
              actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 22) «لقي X مصرعه» before the attack in the trigger's clause: X is the victim (first).
    With the bare «مصرع» as the trigger, :func:`_exposed` reads it so; with a pronoun on it
    («مصرعه، مصرعهم، حتفهما») the idiom is no trigger, and the attack told after it — «لقي ضابط
    مصرعه خلال تبادل إطلاق نار»، «لقي جندي مصرعه وأصيب ثلاثة آخرون» — had no victim of it."""
    if head.type != "ASSAULT" or tokens[head.start].norm.startswith(DEATH_NOUNS):
        return recips
    lo, _ = clause_bounds(tokens, head.start, head.end)
    for j in range(head.start - 1, max(lo - 1, head.start - 14), -1):
        if not base_in(tokens[j], MET):
            continue
        death = next((m for m in range(j + 2, head.start) if any(
            tokens[m].norm.startswith(d) and len(tokens[m].norm) > len(d) for d in DEATH_NOUNS)), None)
        if death is None:
            return recips
        p = phrase_at([q for q in phrases if not q.prep], j + 1, death)
        if p is None or p.end > death or p in actors or p in recips:
            return recips
        return [p, *recips]
    return recips


def paired_masdars(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase],
                   actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 23) «مقتل وإصابة X»: two casualty masdars joined by و share the genitive after the
    second — «أفادت مصادر عن مقتل واصابة ستة عسكريين اسرائيليين» — where the first had none (its
    next word is the second masdar). The counted victims after them are its recipients."""
    if head.type != "ASSAULT" or head.verbal or recips or not base_in(tokens[head.start], CASUALTY_MASDARS):
        return recips
    j = head.end
    while j < len(tokens) and tokens[j].prefix.startswith("و") and base_in(tokens[j], CASUALTY_MASDARS):
        j += 1
    if j == head.end:
        return recips
    k = next_content(tokens, j, len(tokens))
    p = phrase_at(phrases, k, k + 1)
    if p is None or p.prep or p.kind == "target" or p in actors:
        return recips
    return [q for q in coordinated(tokens, phrases, p, backwards=False) if q not in actors]


def least_partitive(tokens: Sequence[Token], phrases: Sequence[Phrase], p: Phrase) -> Phrase:
    """(Session 23) A victim keeps its membership complement «من» + a force or organisation (the role
    gold's convention 2): «اختطفت الميليشيات ثلاث قيادات من حزب الإصلاح»، «إصابة ضابطين ومجند من قوة
    الأمن»، also after «على الأقل» — «قتل 28 عنصرا على الأقل من الفصائل المقاتلة وتنظيم داعش». The
    phrase stage joins it only after a few member nouns (عناصر من حركة طالبان); the span runs on to
    the force or organisation and its conjuncts. Not a civil or place complement (من سكان القرية،
    من منزله), not a span that already stops before a place phrase. (Not one rule with the member
    partitive of :meth:`.ActorLexicon._extend`, which joins the group while the phrases are built and
    takes its codes: this one lengthens a victim's span only, keeping its codes, past «على الأقل» and
    over conjuncts — merged, the two would move codes and spans.)"""
    j = p.end
    if p.kind != "sector" or p.shown is not None and p.start < p.shown < p.end:
        return p  # a name's affiliation is an apposition («باسم عاشور من كتائب القسام»)
    if j + 2 < len(tokens) and _at_least(tokens, j):
        j += 2
    if not (j + 1 < len(tokens) and tokens[j].norm == FROM_WORD):
        return p
    q = phrase_at(phrases, j + 1, j + 2)
    if q is None or q.kind == "target" or "place" in q.tags \
            or not (q.sector in MEMBER_OF or q.kind == "group"):
        return p
    return replace(p, end=coordinated(tokens, phrases, q, backwards=False)[-1].end, shown=None)


FROM_WORD = match_form("من")


# (session 23) «تمكن X من + act», «نجح X في + act»: X did the act.
ABLE = {match_form("من"): frozenset(match_form(w) for w in
                                    "تمكن تمكنت تمكنوا تمكنا يتمكن تتمكن يتمكنون".split()),
        match_form("في"): frozenset(match_form(w) for w in "نجح نجحت نجحوا نجحا".split()),
        # (session 24) «أقدم X على قتل Y»: X did it (the Saudi interior ministry's «أقدم / فلان على قتل /
        # فلان», «وأقدم سليمان الأسد وهو نجل ابن عم الرئيس على قتل …»)
        match_form("على"): frozenset(match_form(w) for w in "أقدم أقدمت أقدموا أقدما اقدم اقدمت اقدموا".split())}
# (session 24) how far back the verb may stand: «أقدم» is often followed by a name and an apposition
ABLE_REACH = {match_form("على"): 16}


def able_agent(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase],
               actors: list[Phrase], recips: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """(Session 23) ``(actors, recipients)`` of «تمكن X من قتل Y» / «نجح X في صد الهجوم»: the agent
    is the subject of the verb of ability — after it (VSO: «وتمكنت القوات الأمنية من قتل خمسة
    مسلحين»، «تمكنت مجموعة من مجاهدي الحركة من …») or before it, after أن/إن («أن الجيش تمكن من
    قتل») or right before it. «من قتل» was read as a relative «who killed»: no actor, or the victim
    after it as the killer («وتمكنت القوات من قتل مسلح» — the phrase is moved to the victims)."""
    t0 = head.start
    if head.type != "ASSAULT" or t0 < 2 or tokens[t0 - 1].norm not in ABLE \
            or any(a.start < head.end for a in actors):
        return actors, recips
    verbs = ABLE[tokens[t0 - 1].norm]
    lo, _ = clause_bounds(tokens, t0, head.end)
    for j in range(t0 - 2, max(lo - 1, t0 - ABLE_REACH.get(tokens[t0 - 1].norm, 10)), -1):
        if not base_in(tokens[j], verbs):
            continue
        k = next_content(tokens, j + 1, t0 - 1)  # a count or «مجموعة من» first
        if k < t0 - 1 and tokens[k].text == "/":
            k += 1  # (session 24) «أقدم / فلان»: the ministry's slash before a name
        p = phrase_at(phrases, k, k + 2)  # (مجاهدي سرايا القدس: the head noun may lie outside)
        if p is None or p.prep or p.end > t0 - 1 or p.kind == "target":
            # before the verb: after أن/إن or right before it — a subject, not a genitive
            # (أن قيادة عمليات بغداد تمكنت: no phrase for «قيادة عمليات», no actor)
            p = _complement_subject(tokens, [q for q in phrases if q.end <= j], lo, j) \
                or next((q for q in phrases if q.end == j and not q.prep and q.kind != "target"), None)
            if p is not None and p.start > 0 and tokens[p.start - 1].kind == "word" \
                    and tokens[p.start - 1].norm not in COMPLEMENTIZERS:
                p = None
        victims = actors + [r for r in recips if r not in actors]
        return ([p] if p is not None and p not in victims else []), victims
    return actors, recips


def past_place(tokens: Sequence[Token], head: Candidate, q: Phrase, phrases: Sequence[Phrase],
               ents: Sequence) -> bool:
    """(Session 23) Whether the party ``q`` is the place of a place named before a compass word —
    «في الموصل شمال العراق اغتال مسلحون»، «قتل مدنيين في الدورة جنوب بغداد» — which locates, not
    takes part: :func:`.party_sites.after_compass` with a place (a LOC entity or a place phrase)
    right before the compass word (not a direction noun: «في اتجاه شمال اسرائيل» stays)."""
    if not after_compass(tokens, head, q):
        return False
    k = q.start - 2
    while k > 0 and tokens[k].norm in COMPASS:  # شمال شرق بغداد
        k -= 1
    if any(e.label == "LOC" and e.start <= tokens[k].start < e.end for e in ents):
        return True
    return any(p.end == k + 1 and (p.kind == "country" or "place" in p.tags or "capital" in p.tags)
               for p in phrases)


TOOK_LIVES = frozenset(match_form(w) for w in "أودى أودت اودى اودت يودي تودي".split())
LIVES = frozenset(match_form(w) for w in "بحياة بأرواح بارواح".split())


def took_lives(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase], nxt: int | None,
               actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 23) «… مما أودى بحياة X»: X, after the attack and before the sentence's next
    attack word of the type, is its victim (first) — «انفجرت عبوة ناسفة … مما أودى بحياة ثمانية
    أشخاص». The idiom is no trigger, so the attack had no victim of it."""
    if head.type != "ASSAULT":
        return recips
    hi = min(len(tokens) - 1, nxt if nxt is not None else len(tokens), head.end + 25)
    for j in range(head.end, hi):
        if tokens[j].kind == "punct" and tokens[j].text in ".;؛":
            return recips
        if not (base_in(tokens[j], TOOK_LIVES) and tokens[j + 1].norm in LIVES):
            continue
        k = next_content(tokens, j + 2, len(tokens))
        p = phrase_at(phrases, k, k + 1)
        if p is None or p.prep or p.kind == "target" or p in actors or p in recips:
            return recips
        return [*coordinated(tokens, phrases, p, backwards=False), *recips]
    return recips


# Adjectives that close a title phrase (رئيس الوزراء السابق فلان): no title of their own.
TITLE_ADJECTIVES = frozenset(match_form(w) for w in "السابق الأسبق الحالي الراحل الجديد المقبل".split())


def _genitive(tokens: Sequence[Token], k: int) -> bool:
    """Whether the definite word ``k`` is the genitive of the indefinite noun before it (رئيس
    البرلمان، مدير الشرطة): a title's complement, no title or name of its own."""
    return k > 0 and tokens[k].prefix.endswith("ال") and tokens[k - 1].kind == "word" \
        and not tokens[k - 1].prefix.endswith("ال")


def untitled(tokens: Sequence[Token], p: Phrase, ents: Sequence) -> Phrase:
    """(Session 22) A victim named after a title phrase of two words or more keeps the name and a
    one-word title right before it, not the title phrase: «نائب رئيس البلدية مهدي حنبلي» → «مهدي
    حنبلي», «المرجع الشيعي آية الله علي السيستاني» → «علي السيستاني», «معاون سجن أحداث الموصل المقدم
    عبد الله الهلالي» → «المقدم عبد الله الهلالي» (the convention half A's agreed tokens show)."""
    if p.kind not in ("sector", "entity") or not _person_title(tokens[p.start]):
        return p  # قوات الرئيس السابق فلان: the forces, not the person
    pers = [e for e in ents if e.label == "PERS"]
    for k in range(p.start + 2, p.end):
        if not any(e.start <= tokens[k].start < e.end for e in pers):
            continue
        if any(e.start <= tokens[k - 1].start < e.end for e in pers):
            return p  # the name begins before: no title phrase
        if _genitive(tokens, k) and k + 1 < p.end \
                and any(e.start <= tokens[k + 1].start < e.end for e in pers):
            k += 1  # (session 23) رئيس البرلمان محمد: the entity took the title's genitive
        start = k
        prev = tokens[k - 1]
        if prev.prefix == "ال" and _person_title(prev) and not prev.base.endswith(NISBA_ENDINGS) \
                and prev.norm not in TITLE_ADJECTIVES and not _genitive(tokens, k - 1):
            start = k - 1  # المقدم عبد الله: a one-word title stays
        if start - p.start < 2:
            return p
        return replace(p, start=start, clitic=clitic_letters(tokens[start].prefix, tokens[start].norm))
    return p


# (session 24) One-word ranks and honorifics before a person's name (the role gold's convention 3 keeps
# them: «العقيد حسان الشيخ»، «المقدم وليد الصادق»): party_objects' honorifics and the junior ranks.
RANKS = HONORIFIC_WORDS | frozenset(match_form(w) for w in "النقيب الملازم الرقيب العريف".split())


def _rank_before(tokens: Sequence[Token], p: Phrase, phrases: Sequence[Phrase], ents: Sequence) -> bool:
    """Whether a rank or honorific of :data:`RANKS` stands right before the person named by ``p`` and
    belongs to no phrase of its own («مقتل العقيد خالد حسن»: the phrase is the name)."""
    k = p.start - 1
    return p.kind == "entity" and k >= 0 and tokens[k].norm in RANKS \
        and any(e.label == "PERS" and e.start <= tokens[p.start].start < e.end for e in ents) \
        and not any(q.start <= k < q.end for q in phrases)


def ranked(tokens: Sequence[Token], p: Phrase, phrases: Sequence[Phrase], ents: Sequence) -> Phrase:
    """(Session 24) A person's phrase with the one-word rank or honorific right before the name: «قتل
    مسلحون العقيد خالد حسن» → «العقيد خالد حسن» (the name alone before; convention 3 of the role gold,
    half A's «النائب انطوان غانم»). The span only: the filter's inputs do not move."""
    if not _rank_before(tokens, p, phrases, ents):
        return p
    k = p.start - 1
    return replace(p, start=k, clitic=clitic_letters(tokens[k].prefix, tokens[k].norm))


# (session 24) The verbal nouns whose genitive is the patient: rolewords' PATIENT_NOUNS and HARM_ACTS (with
# «استشهاد»); no attack noun (هجوم، قصف، غارة: their genitive is the author).
VICTIM_GENITIVE_NOUNS = PATIENT_NOUNS | HARM_ACTS


def _victim_genitive(tokens: Sequence[Token], head: Candidate) -> bool:
    return _lemma(head) in VICTIM_GENITIVE_NOUNS or any(
        base_in(tokens[i], VICTIM_GENITIVE_NOUNS) for i in range(head.start, head.end))


def ranked_genitive(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase], ents: Sequence,
                    actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 24) The genitive of an attack's verbal noun behind a rank: «أسفر الانفجار عن مقتل العقيد
    خالد حسن»، «استشهاد المقدم وليد محمود الصادق»، «على اغتيال العقيد …» — the idafa rule looks for a
    phrase right after the noun, and the rank is none, so the victim was lost. Not a verb (its object
    is read by ``assign``), and only a noun whose genitive is the one acted upon (:data:`VICTIM_GENITIVE_NOUNS`):
    the genitive of «هجوم/قصف/غارات» is the attacker («بدأ هجوم العقيد سامر خليل على مدينة حمص»)."""
    if head.type != "ASSAULT" or recips or head.verbal or not _victim_genitive(tokens, head):
        return recips
    k = next_content(tokens, head.end, len(tokens))
    p = phrase_at(phrases, k + 1, k + 2)
    if p is None or p.start != k + 1 or p in actors or not _rank_before(tokens, p, phrases, ents):
        return recips
    return [ranked(tokens, p, phrases, ents)]


# (session 24) Colour adjectives of a person («شرطي أمريكي أبيض»، «طالبا أسود»، «شابة سوداء»).
COLOURS = frozenset(match_form(w) for w in "أبيض بيضاء أسود سوداء أسمر سمراء بيض سود".split())


def coloured(tokens: Sequence[Token], p: Phrase, phrases: Sequence[Phrase]) -> Phrase:
    """(Session 24) A party's span runs on over a colour adjective right after it that agrees in
    definiteness — «قتل شرطي أميركي أبيض طالبا أسود» → «شرطي أميركي أبيض» / «طالبا أسود», «الشرطي
    الأبيض»; the phrase stage knows no colour words (the role gold keeps adjectives, convention 2). Not
    after a name or a place, not a word of another phrase (أسود is also «lions»: «أسود الرافدين» is no
    adjective of a noun before it). The span only: after the features."""
    j = p.end
    if p.kind != "sector" or "place" in p.tags or p.shown is not None and p.start < p.shown < p.end \
            or j >= len(tokens) or tokens[j].kind != "word" or any(q.start <= j < q.end for q in phrases):
        return p
    tok, last = tokens[j], tokens[j - 1]
    definite = last.prefix.lstrip("وفبل").startswith("ال") or last.prefix.lstrip("و").startswith("لل")
    own = tok.prefix == ("ال" if definite else "")
    if not own or tok.base not in COLOURS and tok.norm[len(tok.prefix):] not in COLOURS:
        return p
    return replace(p, end=j + 1)


def unreported(tokens: Sequence[Token], head: Candidate, actors: list[Phrase]) -> list[Phrase]:
    """(Session 24) The actors of an attack verb less the reporter (:func:`_reporter`): «وأوضح الجيش
    الأوكراني إن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية» had «الجيش الأوكراني» as
    the attacker. After the features: the evidence and the filter's inputs do not move (the army still
    counts as the armed party the rules saw); only whether the filter judges the event may."""
    if head.type != "ASSAULT" or not head.verbal:
        return actors
    return [p for p in actors if not _reporter(tokens, p, head.start)]


def slashed_victim(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase],
                   actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 24) The victim named after a slash — the Saudi interior ministry's style «أقدم / فلان
    على قتل / فلان …»: the slash stood between the attack word and its object or genitive, so the
    named victim was lost. Only a person's name right after the slash; it goes first, and a nationality
    adjective read as a party after it («ـ سعودي الجنسية ـ», the name's apposition) goes."""
    k = head.end
    if head.type != "ASSAULT" or k + 1 >= len(tokens) or tokens[k].text != "/":
        return recips
    p = next((q for q in phrases if q.start == k + 1 and q.kind == "entity" and not q.prep), None)
    if p is None or p in actors or p in recips:
        return recips
    return [p] + [r for r in recips if r.kind != "country"]


WHERE = frozenset(match_form(w) for w in "حيث وحيث".split())


def where_subject(tokens: Sequence[Token], head: Candidate, phrases: Sequence[Phrase],
                  actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """(Session 24) The attacker of a verb right after «حيث» with no subject of its own: the subject
    of the sentence's opening verb (:func:`_shared_subject`) when the verb agrees with it — «وكانت
    المقاومة الشعبية قد أعلنت … بدء عملية تحرير أبين، حيث شنت هجمات واسعة على مواقع الحوثيين»: the
    resistance launched the attacks. The verb is the trigger or the light verb right before its noun
    («شنت هجمات»). After the features; only when the event has no actor."""
    if head.type != "ASSAULT" or actors:
        return actors
    v = head.start
    if not head.verbal:
        if v < 1 or not _finite_light(tokens, v - 1):
            return actors
        v -= 1
    if v < 2 or tokens[v - 1].norm not in WHERE:
        return actors
    gender = verb_gender(tokens[v], "")
    p = _shared_subject(tokens, [q for q in phrases if q.end < v], v, gender)
    return [p] if p is not None and p not in recips and _agrees(tokens, p, gender) else actors


LEAST = frozenset(match_form(w) for w in "الأقل الاقل".split())


def _at_least(tokens: Sequence[Token], j: int) -> bool:
    """(Session 22) «على الأقل» "at least" after a count: an adverb of the number, not the marker
    of a target — «قتل سبعة عراقيين على الأقل بينهم ضابطا شرطة» had the «بينهم» list as the
    target of «على»."""
    return j + 1 < len(tokens) and tokens[j + 1].norm in LEAST and (
        tokens[j].norm in ON or tokens[j].norm == match_form("علي"))  # (ANERcorp spells على «علي»)


def _shared_victims(tokens: Sequence[Token], phrases: Sequence[Phrase], t1: int, hi: int
                    ) -> Phrase | None:
    """قتل فيه 13 وجرح 45 من المصلين: a bare count after the verb shares the partitive
    victims of the next coordinated verb and count."""
    k = t1
    while k < min(hi, t1 + 2) and (tokens[k].norm in ("فيه", "فيها", "فيهم") or tokens[k].norm in SKIPPABLE):
        k += 1
    if k >= hi or not is_number(tokens[k]) or k + 4 >= len(tokens):
        return None
    v = k + 1
    if tokens[v].kind != "word" or not tokens[v].norm.startswith("و") \
            or not is_number(tokens[v + 1]) or tokens[v + 2].norm != "من":
        return None
    return phrase_at(phrases, v + 3, v + 4)


def _other_attack(tokens: Sequence[Token], j: int, t1: int) -> bool:
    """Whether the marker at ``j`` hangs on an attack noun after the trigger (قتل مسلحون
    ثلاثة جنود في هجوم على نقطة تفتيش، اعتقلت الشرطة المتهمين بالهجوم الانتحاري على
    السفارة): the place that attack hit, not the trigger's recipient (an adjective may
    stand between the noun and the marker)."""
    if j - 1 >= t1 and base_in(tokens[j - 1], ATTACK_EVENTS):
        return True
    return j - 2 >= t1 and base_in(tokens[j - 2], ATTACK_EVENTS) \
        and tokens[j - 1].kind == "word" and not tokens[j - 1].prefix.startswith(("و", "ف"))


def _prep_object(tokens: Sequence[Token], t1: int, hi: int) -> bool:
    """Whether the verb's object is marked by على/ضد right after it (الجنود اعتدوا على
    المتظاهرين، مسلحون هجموا على القرية): the verb is active, so the phrase before it is its
    agent, not the victim of a passive (على يد names an agent: قتلوا على يد مسلحين)."""
    k = next_content(tokens, t1, hi)
    if k >= hi or tokens[k].norm not in AGAINST:
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].norm in AGENT_HANDS)


def _passive_subject(tokens: Sequence[Token], p: Phrase, t1: int, hi: int) -> bool:
    """Whether a person phrase before a casualty verb with nothing after it is its passive
    subject (ان شخصا قتل): not a group or armed party, and no object or count follows."""
    return p.kind != "group" and p.sector not in ("UAF", "REB") \
        and not object_follows(tokens, t1, hi) and not count_follows(tokens, t1, hi)


def _conjunct_list_subject(tokens: Sequence[Token], after: Sequence[Phrase], first: Phrase,
                           second: Phrase | None, hi: int) -> bool:
    """(Session 24) Whether the phrase after an ambiguous VSO verb opens a «و» list with no object
    after it — «وقتل ضابطا شرطة ومجند ومسلح أمس في هجوم»: the conjunct right after the first phrase
    is a co-subject, not the object (an object takes no «و»), and a subject list with nothing after
    it is the victims of a passive. Not a group or an armed side first (هاجم مسلحون وعناصر …)."""
    if second is None or second.start != first.end or not conjoined(tokens[second.start]) \
            or first.kind == "group" or first.sector in ("UAF", "REB"):
        return False
    end = coordinated(tokens, after, first, backwards=False)[-1].end
    while end < hi and (tokens[end].norm in WEEKDAYS or base_in(tokens[end], SKIPPABLE)
                        or tokens[end].text in "()"):
        end += 1  # أمس (الأحد)، أمس الأحد: a time, no object
    return phrase_at(after, end, end + 3) is None and not object_follows(tokens, end, hi) \
        and not count_follows(tokens, end, hi)


def _accusative(tokens: Sequence[Token], p: Phrase) -> bool:
    """(session 14) A person phrase whose head is written in the indefinite accusative — tanween
    fatha (قناصاً، شرطيًا) or the alif of it (جنديا، صحفيا; not the plurals in -ايا: ضحايا،
    رعايا): an object, never the subject of the verb before it."""
    if p.kind != "sector" or p.prep:
        return False
    text = tokens[p.start].text
    if "\u064b" in text[-2:]:
        return True
    bare = text.rstrip(HARAKAT)
    nxt = tokens[p.start + 1] if p.start + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and (
            nxt.prefix.endswith("ال") or p.end - p.start > 1 and not nxt.text.rstrip(HARAKAT).endswith("ا")):
        return False  # قتل ضابطا شرطة، جنديا الحراسة: a dual in construct (nominative), no accusative
    return len(bare) >= 4 and bare.endswith("ا") and not bare.endswith(("ايا", "اءا", "وا")) \
        and not tokens[p.start].prefix.endswith("ال")


def _instrument(tokens: Sequence[Token], k: int) -> bool:
    """(session 14) A weapon with ب at ``k`` (بعبوة، بقذيفة) or a vehicle made one (بسيارة
    مفخخة): an instrument phrase, no party."""
    t = tokens[k]
    if not t.prefix.lstrip("وف").startswith("ب"):
        return False
    return base_in(t, WEAPONS) or k + 1 < len(tokens) and base_in(tokens[k + 1], WEAPON_PARTICIPLES)


WEAPON_SUBJECT_REACH = 4  # words from the weapon or blast to the object after it


def _after_weapon_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int
                          ) -> Phrase | None:
    """(session 15) The object after a weapon or blast that is an attack verb's subject at ``k``
    (no preposition on it: «عبوة ناسفة»، «انفجار سيارة مفخخة»، «صاروخ»): the first phrase within
    :data:`WEAPON_SUBJECT_REACH` words, no punctuation between."""
    if k >= hi or tokens[k].kind != "word" or tokens[k].prefix.lstrip("و") \
            or not (base_in(tokens[k], WEAPONS) or base_in(tokens[k], ATTACK_NOUNS)
                    or k + 1 < hi and base_in(tokens[k + 1], WEAPON_PARTICIPLES)):
        return None
    for m in range(k + 1, min(hi, k + 1 + WEAPON_SUBJECT_REACH)):
        if tokens[m].kind != "word":
            return None
        p = phrase_at(phrases, m, m + 1)
        if p is not None:
            return p if p.kind != "country" else None  # قصف إسرائيلي: the attacker's adjective
    return None


def _indefinite_agent(tokens: Sequence[Token], p: Phrase) -> bool:
    """(session 14) An indefinite armed phrase after a definite place object is the subject of
    an object-first clause: «هاجمت القرية مجموعة مسلحة»، «وهاجم الحاجز مسلحون مجهولون» — a
    definite object before an indefinite agent (VOS) is the order Arabic prefers there."""
    return p.sector in ARMED_SECTORS and p.kind == "sector" and not p.prep \
        and not tokens[p.start].prefix.endswith(("ال", "لل"))


def _subject_genitive(cand: Candidate) -> bool:
    return cand.type in SUBJECT_GENITIVE_TYPES and cand.entry.lemma not in OBJECT_GENITIVE_LEMMAS


ON = frozenset(match_form(w) for w in ("على", "وعلى"))
FACE = frozenset(match_form(w) for w in ("وجه",))  # (session 13) في وجه X
# (session 13) the preposition with the pronoun that resumes a relative «ما» after a light verb
# (ما قام به المجرمون من استهداف): the subject comes after it, never before the verb
RESUMING_PREPS = frozenset(match_form(w) for w in "به بها بهم".split())
DESTINATIONS = frozenset(match_form(w) for w in "الى إلى نحو باتجاه".split())


def _act_complement(tokens: Sequence[Token], phrases: Sequence[Phrase], j: int, t0: int) -> bool:
    """Whether «على» at ``j`` is the complement of a definite act noun or participle before
    it (ضد الحرب على العراق، بالحصار المفروض على غزة), not a protest's target marker: the
    word before is definite, no party, no protest word and not the trigger."""
    if tokens[j].norm not in ON or j - 1 <= t0:
        return False
    prev = tokens[j - 1]
    if not prev.prefix.endswith("ال") or base_in(prev, PROTEST_OBJECT_HEADS) \
            or any(p.start <= j - 1 < p.end for p in phrases):
        return False
    # the definite noun is itself the object of a marker (ضد الحرب، بالحصار المفروض، للعدوان)
    for k in range(max(t0 + 1, j - 3), j):
        if base_in(tokens[k], AGAINST) or base_in(tokens[k], DEMAND_MARKERS) \
                or tokens[k].prefix.lstrip("وف") in ("بال", "لل"):
            return True
    return False


# لأحد/لإحدى: the clitic analysis leaves them whole (لا + حد).
LAM_ONE = frozenset(match_form(w) for w in "ل لـ لأحد لإحدى لاحد لاحدى".split())


def _lam_object(tok: Token) -> bool:
    """Whether a word carries the preposition ل of a verbal noun's object (لأحد، للصحفي)."""
    return tok.kind == "word" and (tok.prefix.lstrip("و").startswith("ل") or tok.norm in LAM_ONE)


def _harm_author(tokens: Sequence[Token], phrases: Sequence[Phrase], j: int, k: int, hi: int
                 ) -> tuple[bool, Phrase | None]:
    """``(harm, author)`` when the word ``k`` after a protest's marker ``j`` is a harm done to
    someone (احتجاجا على قتل X، تنديدا باعتقال X): the protested party is the harm's author —
    the genitive before a ل object (قتل الشرطة لشاب), the agent after برصاص / على يد / من قبل
    (مقتل ناشط برصاص الشرطة), the attacker an attack noun names by a country adjective or an
    armed ل-genitive (مقتل طفلين في غارة إسرائيلية) — and never its victim; no author named:
    ``(True, None)``. A demand (للمطالبة بإعدام القتلة) is no protested harm."""
    if k >= min(hi, len(tokens)) or base_in(tokens[j], ASKING) \
            or not (base_in(tokens[k], HARM_ACTS) or patient_act(tokens, k)):  # (session 17)
        return False, None
    g = phrase_at(phrases, k + 1, k + 2)
    if g is not None and not g.prep and not counted(tokens, g) and g.kind != "target" and (
            g.end < len(tokens) and _lam_object(tokens[g.end])
            or any(_lam_object(tokens[m]) for m in range(g.start + 1, g.end))
            or (e := _past_aside(tokens, g.end)) < len(tokens) and _lam_object(tokens[e])):
        # قتل الشرطة لأحد زملائهم، اغتيال القوات الأمريكية للصحفي; (session 13) with an
        # apposition between dashes, brackets or commas: قتل فلان -نجل ابن عم الرئيس- للعقيد
        return True, g
    for m in range(k + 1, min(hi, len(tokens), k + 12)):
        if tokens[m].kind == "punct" or base_in(tokens[m], CLAUSE_SUBORDINATORS):
            break
        if base_in(tokens[m], AGENT_MARKERS) and not base_in(tokens[m], HARM_ACTS):
            p = phrase_at(phrases, m + 1, m + 3)
            if p is not None:
                return True, p  # برصاص الشرطة، على يد مسلحين، من قبل قوات الأمن
        if base_in(tokens[m], ATTACK_NOUNS):
            p = phrase_at(phrases, m + 1, m + 3)
            if p is not None and (p.kind == "country" and "adj" in p.tags or (
                    tokens[p.start].prefix.startswith("ل")
                    and (p.kind == "group" or p.sector in ARMED_SECTORS))):
                return True, p  # في غارة إسرائيلية، في هجوم لحركة طالبان
    # (session 17) an act on a patient names its author by a nisba or a relative clause:
    # «الاحتلال الأمريكي»، «الحصار الذي تفرضه إسرائيل على غزة»
    return True, patient_author(tokens, phrases, k, hi) if patient_act(tokens, k) else None


ASIDE_MARKS = {"-": "-", "–": "–", "(": ")", "،": "،", ",": ","}
ASIDE_SPAN = 10  # words of an apposition between marks


def _past_aside(tokens: Sequence[Token], e: int) -> int:
    """(Session 13) The position after an apposition that opens at ``e`` with a dash, a bracket
    or a comma and closes with its mate within :data:`ASIDE_SPAN` words («فلان -نجل ابن عم
    الرئيس- للعقيد»، «فلان، أحد أقارب الرئيس، للعقيد»); ``e`` itself when none does."""
    if e >= len(tokens) or tokens[e].text not in ASIDE_MARKS:
        return e
    mate = ASIDE_MARKS[tokens[e].text]
    for m in range(e + 2, min(len(tokens), e + 2 + ASIDE_SPAN)):
        if tokens[m].text == mate:
            return m + 1
        if tokens[m].kind == "punct" and tokens[m].text not in "-–":
            return e
    return e


def _attack_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int) -> bool:
    """Whether an attack noun with a short relative clause stands right before the verb
    (الغارات التي تلت ذلك استهدفت المتمردين): the attack is the verb's subject."""
    for k in range(max(lo, t0 - 6), t0 - 2):
        if base_in(tokens[k], ATTACK_NOUNS) and tokens[k + 1].norm in RELATIVES:
            return not any(k < p.start < t0 for p in phrases) and not any(
                tokens[m].kind == "punct" for m in range(k + 1, t0))
    return False


DESCRIBE_STEMS = tuple(match_form(w) for w in (
    "وصف", "يصف", "تصف", "اعتبر", "يعتبر", "تعتبر", "سمي", "يسمي", "تسمي", "اسمو", "اطلق"))


def _described(tokens: Sequence[Token], j: int) -> int:
    """2 when «ما وصفوه/يعتبرونه/أسموه ب…» follows the marker at ``j`` (احتجاجا على ما وصفوه
    بتجاهل الحكومة): the protested act is the ب word after it, else 0."""
    if j + 3 < len(tokens) and tokens[j + 1].norm == "ما" \
            and tokens[j + 2].norm.startswith(DESCRIBE_STEMS) and tokens[j + 3].norm.startswith("ب"):
        return 2
    return 0


def _governed_count(tokens: Sequence[Token], p: Phrase) -> bool:
    """Whether the count before a phrase is governed by a preposition (دفعت الجماعة بأكثر من
    خمسة آلاف متظاهر، لعشرات المحتجين): the counted phrase is an object, not a subject."""
    j = p.start - 1
    while j >= 0 and (is_number(tokens[j]) or tokens[j].norm in ("من", "اكثر", "نحو", "حوالي")):
        j -= 1
    if j == p.start - 1:
        return False
    return tokens[j + 1].prefix.lstrip("وف")[:1] in ("ب", "ل") or j >= 0 and tokens[j].norm in PREP_WORDS


# Who protests: civilians, students, workers, the opposition, parties, clergy — and (session 10)
# farmers and fishermen, doctors, journalists, refugees (نظم الصيادون وقفة احتجاجية)
PROTESTING_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "PTY", "REL", "AGR", "MED", "JRN", "REF"})
PAST_AUX = frozenset(match_form(w) for w in "كان كانت كانوا".split())


def assign(
    tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], limit: int | None = None
) -> tuple[list[Phrase], list[Phrase]]:
    """``(actors, recipients)`` for one trigger; ``limit`` = where the next trigger starts."""
    t0, t1 = cand.start, cand.end
    # سيارة مفخخة، عبوة ناسفة: a weapon, not a party
    # (also with the participle inside the phrase: فجر سيارته المفخخة)
    phrases = [p for p in phrases if not (p.kind == "target" and any(
        base_in(tokens[k], WEAPON_PARTICIPLES) for k in range(p.start + 1, min(p.end + 1, len(tokens)))))]
    lo, hi = clause_bounds(tokens, t0, t1)
    _, hi2 = clause_bounds(tokens, hi + 1, hi + 1) if hi < len(tokens) else (lo, hi)
    if limit is not None:
        hi2 = max(min(hi2, limit), t1)
    far = [p for p in phrases if t1 <= p.start < hi2]
    actors: list[Phrase] = []
    recips: list[Phrase] = []
    after = [p for p in phrases if t1 <= p.start < hi]
    before = [p for p in phrases if lo <= p.start and p.end <= t0 and not p.prep]

    # a verb-looking form after a preposition is a verbal noun (بعد ساعات على قصف منزل)
    # (a literal form written as a finite verb is one: وأدانت، فصادرت، يدين)
    verbal = (cand.verbal or finite_form(tokens[t0], cand.prefix, cand.entry.kind)
              or _clause_initial_reciprocal(tokens, cand, phrases, lo, t0, t1)) \
        and not (t0 > 0 and tokens[t0 - 1].norm in NOUN_PREPOSITIONS) \
        and not (cand.prefix.startswith("و") and t0 > 0 and base_in(tokens[t0 - 1], PATIENT_NOUNS)) \
        and not (t0 > 0 and base_in(tokens[t0 - 1], LIGHT_PASSIVE))  # (session 14) تمت إصابة X
    # (session 13: a form coordinated with a verbal noun right before it is a verbal noun too —
    # «من استهداف وقتل المصلين»: the worshippers are the victims, not the subject of a verb قتل)
    active_only = cand.verbal and _lemma(cand) in ACTIVE_ONLY
    # أصابوه، أصابته: an object pronoun makes even a casualty verb active
    passive_only = verbal and _lemma(cand) in PASSIVE_ONLY and not _object_pronoun(tokens[t0], cand)
    instrument = verbal and _lemma(cand) in INSTRUMENT_SUBJECT
    if cand.type == "ASSAULT":
        p = _exposed(tokens, phrases, lo, t0)
        if p is not None:
            recips.append(p)
    # explicit agents: نفذه X، على يد X، من قبل X، برصاص X (may follow a comma)
    for j in range(t1, min(hi2, t1 + 10)):
        if cand.type == "PROTEST" and base_in(tokens[j], PROTEST_OBJECT_HEADS | AGAINST):
            break  # تظاهروا احتجاجا على اعتقال زملائهم من قبل الشرطة: the arrest's agent
        if base_in(tokens[j], AGENT_MARKERS) and not _time_before(tokens, j) \
                or (cand.type == "ASSAULT" and _launched(tokens, j, t1)):
            p = phrase_at(far, j + 1, j + 3)
            if p is not None:
                actors.append(p)
                break
    marked = bool(actors)
    # recipient markers: على X، ضد X، استهدف X (conflict types only); protests: مطالبين X
    markers = RECIPIENT_MARKERS | (DEMAND_MARKERS if cand.type == "PROTEST" else frozenset())
    deferred: list[Phrase] = []  # the target of another attack noun (see below)
    for j in range(t1, min(hi2 if actors else hi, t1 + 12) if cand.type in CONFLICT else t1):
        if j > t1 and base_in(tokens[j], CLAUSE_SUBORDINATORS):
            break  # عندما ألقى متظاهرون الحجارة على قوات الأمن: another clause's target
        if cand.type == "PROTEST" and (_act_complement(tokens, phrases, j, t0) or denouncer(tokens, phrases, j)):
            # ضد الحرب على العراق، تنديدا بالحصار المفروض على غزة: the act's object; (session 17)
            # تنديد عضو اللجنة بقيام …: the masdar's genitive denounces
            continue
        if _at_least(tokens, j):
            continue  # (session 22) قتل سبعة عراقيين على الأقل بينهم ضابطا شرطة: «at least», no target
        if base_in(tokens[j], markers) or (tokens[j].norm == "حق" and tokens[j - 1].norm == "في") \
                or (cand.type == "ASSAULT" and _direction(tokens, j)):
            d = _described(tokens, j) if cand.type == "PROTEST" else 0
            if cand.type == "PROTEST":
                harm, author = _harm_author(tokens, phrases, j, j + d + 1, hi2)
                if harm:
                    if author is not None and author not in actors:
                        recips.append(author)
                    break
            if cand.type == "PROTEST" and base_in(tokens[j], DEMAND_MARKERS) and provision(tokens, j + d + 1):
                break  # (session 15) للمطالبة بإرسال قوات دولية: what is asked for, no target
            if cand.type == "PROTEST" and released(tokens, j + d + 1):
                # (session 12) للمطالبة بالإفراج عن المعتقلين لدى السلطات: the holder, not the held
                p = holder(tokens, [q for q in phrases if q.start > j], j + d + 1, hi2)
                if p is not None and p not in actors:
                    recips.append(p)
                break
            p = phrase_at(far, j + d + 1, j + d + 4)
            if p is not None and cand.type == "PROTEST" and _after_definite(tokens, j + d + 1, p.start) \
                    and not _object_country(tokens, j + d, p):
                p = None  # احتجاجا على الفساد المالي: an adjective of the object, no party
            if p is None and cand.type == "PROTEST":
                # (session 12) ضد القرار الذي اتخذته الحكومة، تأخر صرف رواتبهم من جانب الوزارة
                p = act_author(tokens, [q for q in phrases if q.start > j], j + d + 1, hi2) \
                    or publisher(tokens, [q for q in phrases if q.start > j], j + d + 1, hi2)
                # (session 13) …على الرسوم المسيئة في الصحف الدنماركية: the publisher
            if p is not None and p not in actors:
                group = coordinated(tokens, far, p, backwards=False)
                conj = _bare_conjunct(tokens, phrases, group[-1])
                if conj is not None:
                    group.append(conj)
                if _other_attack(tokens, j, t1):
                    deferred = group  # قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش
                else:
                    recips.extend(group)
                break
    if cand.type == "PROTEST" and not recips:
        # a protest's demand closes the sentence: …، للمطالبة باستقالة الائتلاف الحاكم
        whole = [p for p in phrases if p.start >= t1]
        # (session 11) and a fronted purpose before the trigger, in the sentence's first
        # clause: «احتجاجا على قتل الجيش لمدنيين، أغلق المحتجون الطرق»
        fronted = list(range(t0)) if t0 < 25 and (
            base_in(tokens[0], PROTEST_OBJECT_HEADS)
            or base_in(tokens[0], DEMAND_MARKERS) and not base_in(tokens[0], ASKING)) else []
        for j in [*range(t1, min(len(tokens), t1 + 30)), *fronted]:
            if j < t0:
                if tokens[j].kind == "punct" and j > 2:
                    break
                whole = [p for p in phrases if p.end <= t0]
            # …، احتجاجا على قرار الحكومة؛ …، مرددين هتافات ضد الرئيس؛ …، ضد الحكومة
            if j > 0 and base_in(tokens[j], AGAINST) and (base_in(tokens[j - 1], PROTEST_OBJECT_HEADS)
                                                       or tokens[j].norm in ("ضد", "وضد")) \
                    and not _act_complement(tokens, whole, j, t0):
                d = _described(tokens, j)
                harm, author = _harm_author(tokens, whole, j, j + d + 1, len(tokens))
                if harm:
                    if author is not None and author not in actors:
                        recips.append(author)
                    break
                p = phrase_at(whole, j + d + 1, j + d + 4)
                if p is not None and _after_definite(tokens, j + d + 1, p.start) \
                        and not _object_country(tokens, j + d, p):
                    p = None  # احتجاجا على الفساد المالي: an adjective of the object, no party
                if p is None:  # (session 12) …، احتجاجا على القانون الذي أقره البرلمان
                    p = act_author(tokens, [q for q in whole if q.start > j], j + d + 1, len(tokens)) \
                        or publisher(tokens, [q for q in whole if q.start > j], j + d + 1, len(tokens))
                if p is not None and p not in actors:
                    recips.extend(coordinated(tokens, whole, p, backwards=False))
                    break
            if base_in(tokens[j], DEMAND_MARKERS) and (j > t0 or not base_in(tokens[j], ASKING)) \
                    and not denouncer(tokens, whole, j):  # (session 17) تنديد عضو اللجنة ب…
                harm, author = _harm_author(tokens, whole, j, j + 1, len(tokens))
                if harm:
                    if author is not None and author not in actors:
                        recips.append(author)
                    break
                if provision(tokens, j + 1):
                    break  # (session 15) …، مطالبين بتوفير فرص العمل: what is asked for
                if released(tokens, j + 1):  # (session 12) …، مطالبين بإطلاق سراح الأسرى
                    p = holder(tokens, [q for q in whole if q.start > j], j + 1, len(tokens))
                    if p is not None and p not in actors:
                        recips.append(p)
                    break
                p = phrase_at(whole, j + 1, j + 4) or _chanted(tokens, j)
                if p is not None and p not in actors:
                    recips.extend(coordinated(tokens, whole, p, backwards=False))
                    break

    inside = apposed(tokens)
    before = [p for p in before if p.start not in inside] or before
    if verbal and not actors and _object_pronoun(tokens[t0], cand):
        # الشرطي قتله جنود، اختطفه مسلحون: the object is a pronoun, so the phrase after the
        # verb is its subject, and the pronoun's antecedent before it the recipient
        k = next_content(tokens, t1, hi)
        first = phrase_at(after, k, k + 1)
        if first is not None and not first.prep:
            actors.extend(coordinated(tokens, after, first, backwards=False))
        elif before and adjacent(tokens, before[-1].end, t0) and before[-1].kind != "target" \
                and _complement_subject(tokens, before, lo, t0) is before[-1]:
            # قالت عائلة الناشط إن قوات الأمن اعتقلته: no subject after the verb, so the
            # phrase right after إن is its subject, the pronoun's antecedent comes earlier
            actors.append(before[-1])
        ante = [q for q in _pronoun_antecedents(tokens, phrases, before, lo, t0) if q not in actors]
        if ante and ante[-1] not in actors and not recips:
            recips.append(ante[-1])
    elif verbal and t0 > lo and (base_in(tokens[t0 - 1], ATTACK_NOUNS) or _attack_subject(tokens, phrases, lo, t0)) \
            and _lemma(cand) not in PASSIVE_ONLY:
        # هجوم انتحاري استهدف قوات الصحوة، بحزامين ناسفين استهدفا مقرا: the attack is the
        # subject of the verb (a relative clause without a pronoun); the phrase after it is
        # the recipient
        k = next_content(tokens, t1, hi)
        first = phrase_at(after, k, k + 1)
        if first is not None and not first.prep and first not in actors and not recips:
            recips.extend(coordinated(tokens, after, first, backwards=False))
    elif verbal and plural_agreement(tokens[t0], cand.prefix) and before \
            and not (cand.prefix.startswith(("و", "ف"))
                     and all(base_in(tokens[j], SKIPPABLE) for j in range(before[-1].end, t0))) \
            and before[-1].kind != "target" \
            and (not actors or cand.type in PASSIVE_PRONE and counted(tokens, before[-1])):
        subj = _complement_subject(tokens, before, lo, t0)
        p = subj or before[-1]
        if subj is None and _relative_of(tokens, p) is not None:
            # (session 12) اثنان من اللاجئين الذين تولى أمرهم الصليب الأحمر طلبوا اللجوء
            p = _relative_head(tokens, before, p) or p
        k = next_content(tokens, t1, hi)
        first = phrase_at(after, k, k + 1)
        pron = _plural_object(tokens[t0], cand.prefix)  # فأصابوه: they hit him, no passive
        victim = cand.type in PASSIVE_PRONE and first is None and not active_only \
            and not _prep_object(tokens, t1, hi) and not pron \
            and not count_follows(tokens, t1, hi) and (
            counted(tokens, p)
            or (p.sector in ("CVL", "MIL", "COP", "LAB", "EDU", "MED", "JRN")
                and p.kind == "sector"))
        if t0 - p.end <= (12 if subj else 6):
            # الولايات المتحدة والعراق توصلتا: coordinated subjects
            group = coordinated(tokens, before, p, backwards=subj is None)
            if victim:  # ثلاثة جنود أميركيين قتلوا: the subject of a passive
                recips.extend(group)
            elif not actors:
                actors.extend(group)
        if first is not None and not recips and first not in actors and not pron:
            recips.extend(_conjoined(tokens, after, first, actors))
        if pron and not recips:
            ante = _pronoun_antecedents(tokens, phrases, before, lo, t0)
            ante = [q for q in ante if q not in actors and q.end <= t0 and q is not p]
            if ante:
                recips.append(ante[-1])
    elif verbal and before and adjacent(tokens, before[-1].end, t0) \
            and not cand.prefix.startswith(("و", "ف")) \
            and before[-1].kind != "target" and (not actors or marked and passive_only):
        # (فلان أصيب برصاص مسلحين: a named agent leaves a passive's subject its victim)
        # SVO with the subject right before the verb: إن حركة طالبان اختطفت حاكم منطقة
        k = next_content(tokens, t1, hi)
        first = phrase_at(after, k, k + 1)
        p = _apposition_head(tokens, phrases, before[-1], lo)
        victim = (cand.type in PASSIVE_PRONE and first is None and p.kind != "group"
                  and p.sector not in ("UAF", "REB") and not object_follows(tokens, t1, hi)
                  and not count_follows(tokens, t1, hi) and not active_only
                  and not _prep_object(tokens, t1, hi)) or passive_only
        if victim:  # ان شخصا قتل واصيب اربعة: the subject of a passive
            recips.extend(coordinated(tokens, before, p, backwards=True))
        else:
            actors.extend(coordinated(tokens, before, p, backwards=True))
        if first is not None and not recips and first not in actors:
            recips.extend(_conjoined(tokens, after, first, actors))
    elif verbal and not actors and _antecedent(tokens, before, t0) is not None:
        # a relative clause: النائب فلان الذي قتل (victim)، المسلح الذي هاجم دورية (agent)
        p = _antecedent(tokens, before, t0)
        k = next_content(tokens, t1, hi)
        first = phrase_at(after, k, k + 1)
        if first is not None and first.prep:
            first = None
        if first is None and cand.type in PASSIVE_PRONE and not active_only \
                and _passive_subject(tokens, p, t1, hi) or passive_only:
            recips.append(p)
        else:
            actors.append(p)
            if first is not None and first not in recips and not recips:
                recips.extend(_conjoined(tokens, after, first, actors))
    elif verbal:
        k = next_content(tokens, t1, hi)
        # ما يطالب به العراقيون، الذين قبض عليهم الحوثيون: in a relative clause the pronoun
        # adverb resumes the relative's head, so the phrase after it is the subject
        pp = _relative_adverb(tokens, t0, t1, hi)
        if pp:
            k = t1 + 1
        first = phrase_at(after, k, k + 1)
        if first is not None and (first.prep or first.kind == "target" and instrument):
            first = None  # انفجرت سيارة مفخخة: the exploding car is the weapon, not a party
        fronted = False
        if first is None and cand.type == "ASSAULT" and not recips and _lemma(cand) not in PASSIVE_ONLY:
            # (session 15) the weapon or the blast as the subject: «استهدفت عبوة ناسفة دورية
            # للشرطة»، «استهدف انفجار سيارة مفخخة موكب الوزير» — the phrase after it is the object
            obj = _after_weapon_subject(tokens, [q for q in after if not q.prep], k, hi)
            if obj is not None and obj not in actors:
                recips.extend(_conjoined(tokens, after, obj, actors))
        if first is None and cand.type in PASSIVE_PRONE and not active_only and not pp:
            # قتل في بغداد ثلاثة جنود، قتل يوم الاثنين في مدينة الموصل خمسة من عناصر الشرطة:
            # a fronted place or time adverbial before the counted victims
            m = _fronted_count(tokens, k, hi, frozenset(q.start for q in after if not q.prep))
            if m is not None:
                k = next_content(tokens, m, hi)
                first = phrase_at([q for q in after if not q.prep], k, k + 1)
                fronted = first is not None
        second = phrase_at([q for q in after if not q.prep], first.end, first.end + 3) \
            if first is not None else None
        resumptive = t0 > 0 and tokens[t0 - 1].norm in RESUMPTIVE
        pp = pp and first is not None
        # after a plural verb the phrase is an object (التي شنوا بها حربا), as after a first
        # person (نطالب الحكومة)
        speaker = _first_person(tokens[t0], cand) or pp and _masculine_plural(tokens[t0], cand)
        addressed = _addressee_first(tokens, cand, first, hi, phrases) if not actors and not pp else False
        passive = first is not None and cand.type in PASSIVE_PRONE and not active_only \
            and not resumptive and not pp and (
            passive_only or (k > t1 and is_number(tokens[k - 1])) or counted(tokens, first)
            or first.kind == "target"
            or (cand.type == "ASSAULT" and first.sector in VICTIM_SECTORS
                and (second is None or second.start > first.end))
            or (second is None and first.kind != "group" and first.sector not in ("UAF", "REB")
                and not object_follows(tokens, first.end, hi))
            # (session 22) «وقتل جندي دولي وثمانية مقاتلين أفغان»: a counted conjunct is no object
            # but a co-subject, and the counted are casualties — the verb is a passive
            or (second is not None and counted_conjunct(tokens, first.end) == second.start)
            or _conjunct_list_subject(tokens, [q for q in after if not q.prep], first, second, hi)
        )
        if fronted and first is not None and first.kind != "group" \
                and first.sector not in ("UAF", "REB") and (second is None or any(
                    tokens[x].prefix.startswith(("و", "ف")) for x in range(first.end, second.start + 1))):
            passive = True  # وقتل في الانفجار شرطيان وأصيب …: no object of its own after it
        if marked and first is not None and cand.type in PASSIVE_PRONE and not active_only \
                and (second is None or second in actors):
            passive = True  # قتل جنديان على أيدي مسلحين: a named agent makes the verb passive
        if first is not None and first not in recips and first not in actors:
            # (session 13) a place or installation right after an active attack verb is its
            # object, never its subject: «وقصفت مواقع الحوثيين»، «واستهدفت مخازن سلاح»
            placed = active_only and first.kind == "target" and not recips
            # (session 14) an accusative right after the verb is its object: «وقتلت قناصاً»
            placed = placed or cand.type == "ASSAULT" and not recips and _accusative(tokens, first)
            if passive or resumptive or speaker or addressed or placed:
                recips[:0] = [q for q in _conjoined(tokens, after, first, actors) if q not in recips]
                if placed and not actors and second is not None and _indefinite_agent(tokens, second):
                    actors.append(second)  # (session 14) «هاجمت القرية مجموعة مسلحة»: VOS
            else:
                subjects = coordinated(tokens, after, first, backwards=False)
                if not actors:
                    actors.extend(subjects)
                # (session 24) the object follows the whole subject list: «وقتل الجيش والشرطة ثلاثة مسلحين»
                k2 = next_content(tokens, subjects[-1].end, hi)
                nxt = phrase_at(after, k2, k2 + 2)
                if nxt is None and cand.type == "ASSAULT" and k2 + 1 < hi and _instrument(tokens, k2):
                    # (session 14) استهدف انتحاري بسيارة مفخخة نقطة تفتيش: the instrument stands
                    # between the subject and the object
                    nxt = phrase_at([q for q in after if not q.prep], k2 + 1, k2 + 3)
                if nxt is not None and nxt.prep:
                    nxt = None  # في مصر is a place, not an object
                elif nxt is not None and nxt.start == k2 + 1 and first.entity is not None \
                        and construct_title(tokens[k2]):
                    nxt = None  # فلان مستشار خادم الحرمين: the genitive of the actor's title
                if nxt is not None and nxt not in recips and not recips:
                    recips.extend(_conjoined(tokens, after, nxt, actors))
        if speaker and not pp:
            pass  # ونطالب: the speaker, who is no phrase of the sentence
        elif not actors and not passive and cand.type not in ("ASSAULT", "PROTEST") \
                and cand.prefix.startswith(("و", "ف")):
            # أعلن العقيد فلان أنه لن يسمح بالمظاهرات المؤيدة لفلان وهدد …: a coordinated verb
            # shares the subject of its sentence, not the nearest phrase before it
            p = _shared_subject(tokens, phrases, t0, verb_gender(tokens[t0], cand.prefix)) \
                or _adjacent_subject(tokens, before, t0)
            if p is None and _lemma(cand) in CALL_LEMMAS:  # (session 13) …، ودعا: the speaker
                p = _reported_speaker(tokens, phrases, t0, verb_gender(tokens[t0], cand.prefix))
            if p is not None and p not in recips:
                actors.append(p)
        elif not actors and not passive and before:
            # the nearest person/group before the verb, not across a subordinator (بعدما)
            # nor across a complementizer: قال الضابط إن …: the speaker is not the subject
            near = [q for q in before if q.kind != "target"
                    and not any(base_in(tokens[j], SUBORDINATORS) or tokens[j].norm in COMPLEMENTIZERS
                                for j in range(q.end, t0))]
            subj = _complement_subject(tokens, near, lo, t0)
            p = subj or (near[-1] if near else None)
            if subj is None and p is not None and _relative_of(tokens, p) is not None:
                # (session 12) the subject of a relative clause's own verb is not this verb's:
                # اللاجئين الذين تولى أمرهم الصليب الأحمر السبت طلبا اللجوء — its head, else none
                p = _relative_head(tokens, near, p)
            if p is not None and t0 - p.end <= (12 if subj else 6) and p not in recips:
                if counted(tokens, p) and cand.type in PASSIVE_PRONE:
                    pass  # مقتل اربعة جنود وجرح 10: the counted are another verb's victims
                elif first is None and cand.type in PASSIVE_PRONE and not active_only \
                        and not resumptive and _passive_subject(tokens, p, t1, hi):
                    if not recips:  # ان استاذا يعمل في الجامعة قتل: the victim of a passive
                        recips.append(p)
                elif not passive_only:  # (session 16) لقي جندي مصرعه وأصيب ثلاثة آخرون: a
                    actors.append(p)  # passive-only verb takes no agent from before it
        if not actors and resumptive:
            # قال الجيش إنه قتل …: the pronoun on أن is the speaker, the subject of the verb
            said = [q for q in phrases if q.end <= t0 - 1 and t0 - 1 - q.end <= 4 and not q.prep]
            if said and said[-1] not in recips:
                actors.append(said[-1])
        elif not actors and passive and before and cand.type == "COERCE":
            pass
    else:
        # idafa complement: اغتيال الصحافي، خطف موظف
        k = t1
        if base_in(tokens[t0], CASUALTY_NOUNS):  # (session 16) قتلى وجرحى من الحوثيين
            while k < hi and base_in(tokens[k], CASUALTY_NOUNS) and tokens[k].norm.startswith("و"):
                k += 1
        k = next_content(tokens, k, hi)
        first = phrase_at(after, t1, k + 1)
        if first is not None and (first.prep or first.start > 0
                                  and tokens[first.start - 1].norm in PREP_WORDS):
            first = None  # a genitive complement has no preposition (في مصر، بسيارة مفخخة)
        # (session 14) after «تم/جرى» the pronoun of any verbal noun is its patient: أن يتم قصفها
        patient = _lemma(cand) in PATIENT_NOUNS or t0 > 0 and base_in(tokens[t0 - 1], LIGHT_PASSIVE)
        if _pronoun_on_noun(tokens[t0], cand) and (_subject_genitive(cand) or patient):
            # انسحابهم، اعتقاله: the pronoun is the genitive, named before the noun; before
            # a ل object it is the agent (داعش يصور إعدامه لخمسة سوريين)
            lam = t1 < len(tokens) and _lam_object(tokens[t1])
            subject = _subject_genitive(cand) or lam
            obj = phrase_at(after, t1, next_content(tokens, t1 + 1, hi) + 1) if lam else None
            if obj is not None and patient and not recips:
                recips.append(obj)  # لخمسة سوريين
            first = None
            if subject and not actors or not subject and not recips:
                ante = _noun_antecedents(tokens, phrases, t0, patient and not subject)
                ante = [q for q in ante if q not in actors and q not in recips]
                if ante:
                    (actors if subject else recips).append(ante[-1])
        if first is not None and patient and not actors and first.kind != "target" \
                and not counted(tokens, first) and first.end < hi and _lam_object(tokens[first.end]):
            # قتل الشرطة لأحد زملائهم، اغتيال القوات الأمريكية للصحفي: the genitive before a ل
            # object is the act's author, the ل phrase its victim
            obj = phrase_at(phrases, first.end, first.end + 3)  # لثلاثة شبان، لأحد زملائهم
            if obj is not None and obj not in recips and not any(
                    tokens[m].kind == "punct" for m in range(first.end, obj.start)):
                actors.append(first)
                recips.append(obj)
                first = None
        if first is not None and first not in actors:
            if first.kind == "country" and "adj" in first.tags and not counted(tokens, first):
                if not actors:
                    actors.append(first)  # ضربة جوية أميركية
            elif _subject_genitive(cand):
                if not actors and first not in recips:
                    actors.append(first)  # انسحاب القوات، تظاهرة الطلاب، زيارة الرئيس
            elif recips and first not in recips and first.kind != "target" and not actors \
                    and any(base_in(tokens[j], AGAINST) for j in range(first.end, first.end + 2)
                            if j < len(tokens)):
                actors.append(first)  # هجوم المسلحين على القرية: the attacker, then the target
            elif first not in recips and not recips:
                # اغتيال الصحافي والنائب فلان: a و-conjunct is a co-recipient
                recips.extend(coordinated(tokens, after, first, backwards=False))
        # ... جوية أميركية: an adjective two tokens on
        if not actors:
            p = phrase_at(after, t1 + 1, t1 + 3)
            if p is not None and p.kind == "country" and "adj" in p.tags and p not in recips \
                    and not counted(tokens, p):  # مقتل ثلاثة فلسطينيين: the counted are victims
                actors.append(p)
        # light verb before: قام مسلحون بخطف، شنتها فصائل
        if not actors:
            for j in range(t0 - 1, max(lo - 1, t0 - 9), -1):
                if base_in(tokens[j], LIGHT_VERBS):
                    if _light_masdar(tokens, j) and j - 1 >= lo and _finite_light(tokens, j - 1):
                        continue  # قامت بشن غارات: the finite light verb before the masdar
                    p = phrase_at(before, j + 1, t0)
                    if p is None and j + 1 < t0 and tokens[j + 1].norm in RESUMING_PREPS:
                        break  # (session 13) ما قام به X من استهداف: the subject follows «به»
                    if p is None and _finite_light(tokens, j) and _light_object(tokens, j, t0):
                        # (session 21) إن الحوثيين والقوات الموالية شنوا هجوما، أن X قامت بشن
                        # غارات: the complement clause's subject, with the phrases joined to it
                        # up to the verb, is the light verb's
                        p = _complement_subject(tokens, before, lo, j)
                        if p is not None:
                            actors.extend(_subject_chain(tokens, before, p, j))
                            break
                    if p is None:  # دفع الولايات المتحدة إلى شن ضربات
                        cands = [q for q in before if q.end <= j and j - q.end <= 2]
                        p = cands[-1] if cands else None
                    if p is not None:
                        actors.append(p)
                    break
    if cand.type == "PROTEST" and not actors:
        # (session 15) نظمت الجماعة مظاهرة، مسيرة نظمها الحزب، بدعوة من الحركة: the organiser
        p = organiser(tokens, [q for q in phrases if q not in recips], t0, t1, lo, hi2)
        if p is None:
            p = kin_of_harmed(tokens, t0, t1, lo, hi2)  # (session 18) خرج أقارب الضحايا في مسيرة
        if p is not None:
            actors.append(p)
    if cand.type == "PROTEST" and not actors:
        prot = [p for p in phrases if p.sector in PROTESTING_SECTORS
                and lo <= p.start < hi and p not in recips
                and not harmed_party(tokens, p, PROTESTERS)  # (session 17) فجر مقتل الشاب الاحتجاجات
                and not any(base_in(tokens[j], DEMAND_MARKERS) or base_in(tokens[j], AGAINST)
                            or base_in(tokens[j], PROTEST_OBJECT_HEADS)
                            for j in range(t1, p.start))]  # للمطالبة بالإفراج عن المعتقلين
        if prot:
            actors.append(min(prot, key=lambda p: abs(p.start - t0)))
    if cand.type == "PROTEST" and not actors:
        # اندلعت مظاهرات …، ورفع المتظاهرون شعارات: the protesters named in another clause of
        # the sentence (not a phrase governed by a preposition or a demand: للإفراج عن المتظاهرين)
        prot = [p for p in phrases if not p.prep and p not in recips and base_in(tokens[p.start], PROTESTERS)
                and not _governed_count(tokens, p)
                and not any(base_in(tokens[j], DEMAND_MARKERS) or base_in(tokens[j], AGAINST)
                            or base_in(tokens[j], PROTEST_OBJECT_HEADS)
                            for j in range(max(0, p.start - 3), p.start))]
        if prot:
            actors.append(min(prot, key=lambda p: abs(p.start - t0)))
    if cand.type == "ASSAULT" and not actors:
        # قتلوا جراء ضربة جوية أميركية، قتل ثلاثة في غارة إسرائيلية: the attack's nationality
        # … في هجوم لحركة طالبان، بقصف للجيش: an armed party in a ل-genitive of the attack
        for j in list(range(t0, min(hi, t1 + 10))) + list(range(lo, t0)):
            if base_in(tokens[j], ATTACK_NOUNS):
                p = phrase_at(phrases, j + 1, j + 3)
                if p is None or p in recips:
                    continue
                if p.kind == "country" and "adj" in p.tags or (
                        tokens[p.start].prefix.startswith("ل")
                        and (p.kind == "group" or p.sector in ARMED_SECTORS)):
                    actors.append(p)
                    break
    if cand.type == "PROTEST":
        objected = False
        # تظاهروا أمام مقر السفارة الأردنية، اعتصموا أمام البرلمان: the institution protested
        # (also beside a denounced target: أمام السفارة … تنديدا بالعدوان)
        for j in range(t1, min(hi2, t1 + 10)):
            if base_in(tokens[j], DEMAND_MARKERS | AGAINST | PROTEST_OBJECT_HEADS):
                objected = True  # احتجاجا على زيارة الوزير إلى القاهرة: the visit's destination
            if base_in(tokens[j], FRONT_OF) and objected and base_in(tokens[j], DESTINATIONS):
                continue
            if tokens[j].norm in FACE and j > 0 and tokens[j - 1].norm in ("في", "وفي"):
                # (session 13) تظاهر أهالي القرية في وجه رجال الأمن: whom a protest confronts
                p = phrase_at(phrases, j + 1, j + 2)
                if p is not None and p not in actors and p not in recips and "place" not in p.tags:
                    recips.insert(0, p)
                    break
            if base_in(tokens[j], FRONT_OF):
                k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].norm == "من" else j + 1
                p = phrase_at(phrases, k, k + 1)  # (session 18) بالقرب من السفارة: past «من»
                if p is not None and p not in actors and p not in recips and (
                        p.sector in INSTITUTIONS or p.country is not None) \
                        and "place" not in p.tags:  # قرب مخيم جنين، إلى مدينة رام الله
                    recips.insert(0, p)
                    break
    if cand.type == "ASSAULT" and not actors:
        p = _claimant(tokens, phrases) or _blamed(tokens, phrases)  # (session 13) the blamed
        if p is not None and p not in recips:
            actors.append(p)
    if cand.type == "ASSAULT" and not actors and verbal and recips:
        p = _opening_subject(tokens, cand, phrases)  # (session 15) واصلت القوات … وقتلت
        if p is not None and p not in recips:
            actors.append(p)
    if cand.type in PASSIVE_PRONE and not recips:
        # قتلت اثنين منهم: the counted are part of the pronoun's antecedent, named before
        for j in range(t1, min(hi, t1 + 4)):
            if tokens[j].norm in ("منهم", "منهن") and j > t1 and is_number(tokens[j - 1]):
                ante = [q for q in phrases if q.end <= t0 and q.kind != "target" and q not in actors
                        and (not q.prep or q.start > 0 and tokens[q.start - 1].norm in AGAINST)]
                if ante:
                    recips.append(ante[-1])
                break
    if cand.type in PASSIVE_PRONE and not recips:
        p = _shared_victims(tokens, phrases, t1, hi2)
        if p is not None and p not in actors:
            recips.append(p)
    if cand.type == "ASSAULT" and not recips:
        # فجر سيارة أمام مطعم يقصده رجال شرطة: a targeted place's relative clause names
        # the people it serves
        for j in range(t1 + 1, min(hi2, t1 + 12)):
            if base_in(tokens[j], FREQUENT_VERBS) and phrase_at(phrases, j - 2, j) is not None:
                p = phrase_at(phrases, j + 1, j + 2)
                if p is not None and not p.prep and p.kind != "target" and p not in actors:
                    recips.append(p)
                break
    if cand.type == "ASSAULT" and recips and all(r.kind == "target" for r in recips):
        # أطلقوا النار على سيارة تقل موظفين، استهدف حافلة كانت تقل جنودا: the people a
        # targeted vehicle or place carries or serves are recipients beside it
        j = recips[-1].end
        if j < len(tokens) and tokens[j].norm in PAST_AUX:
            j += 1  # حافلة كانت تقل جنودا
        if j + 1 < len(tokens) and base_in(tokens[j], FREQUENT_VERBS):
            p = phrase_at(phrases, j + 1, j + 2)
            if p is not None and not p.prep and p.kind != "target" and p not in actors and p not in recips:
                recips.append(p)
    # victims listed after بينهم/منهم: قتل عشرة بينهم ثلاثة من رجال الشرطة
    if cand.type == "ASSAULT" and not recips:
        for j in range(t1, min(len(tokens), t1 + 12)):
            if tokens[j].norm in AMONG:
                p = phrase_at(phrases, j + 1, j + 5)
                if p is not None and p not in recips and p not in actors:
                    recips.append(p)
                break
    # the target of another attack noun: the recipient when no one else is, and a
    # co-recipient when it is a party (أصيب شرطيان في هجوم على قوات الأمن), not a place
    recips.extend(q for q in deferred if q not in actors and q not in recips
                  and (not recips or q.kind != "target"))
    if cand.type not in ("ASSAULT", "PROTEST"):
        _type_cues(tokens, cand, phrases, actors, recips, lo, hi, verbal)
    if cand.type in PASSIVE_PRONE or cand.type in CONFLICT:
        _possessor(tokens, phrases, t0, actors, recips)
    if cand.type == "ASSAULT" and not cand.verbal:
        _repelled(tokens, phrases, lo, t0, actors, recips)
    actors = [a for a in actors if a not in recips]
    if cand.type == "PROTEST":
        # a town, camp or installation is where a protest is held or heads, not whom it is
        # against (تظاهروا قرب مخيم جنين، اعتصموا أمام محطة الكهرباء); «the parties» with no
        # country names no one protested (عبارات معادية للأطراف المشاركة في المؤتمر)
        recips = [r for r in recips if "place" not in r.tags
                  and not ("party" in r.tags and r.country is None)
                  and not supported(tokens, r)]  # (session 12) تظاهروا دعما للرئيس
        # (session 13) أمام مقر السفارة الأردنية: the embassy stands for its state
        recips = [embassy_state(tokens, r) or r for r in recips]
        actors = [kin_phrase(tokens, a, t0) or a for a in actors]  # (session 17) داعمو هاموند
        if not recips:  # (session 12) …، وسلموا مذكرة احتجاج إلى رئيس الوزراء، الموت لأمريكا،
            # وأحرقوا العلم الأمريكي
            pool = [q for q in phrases if q not in actors]
            p = petition_addressee(tokens, pool, t0, len(tokens)) \
                or chant_target(tokens, pool, t0, len(tokens)) \
                or burned_emblem(tokens, pool, t0, len(tokens)) \
                or recalled_author(tokens, pool)  # (session 16) احتجاجا على ذلك
            if p is not None:
                recips.append(p)
    return actors, recips


# Repelling an attack (صد الجيش هجوما، تصدت المقاومة للهجوم، التصدي لهجوم): the one who repels
# is the attacked party (session 10).
REPEL = frozenset(match_form(w) for w in (
    "صد صدت صدوا يصد تصد يصدون صده صدها التصدي تصدي للتصدي تصدى تصدت تصدوا يتصدى تتصدى "
    "يتصدون والتصدي وتصدى وتصدت وصد وصدت").split())


def _light_masdar(tokens: Sequence[Token], j: int) -> bool:
    """A light verb's verbal noun with ب (بشن، بتنفيذ): the complement of a finite light verb."""
    t = tokens[j]
    return t.prefix.startswith("ب") or t.norm.startswith("ب") and t.norm[1:] in LIGHT_VERBS


def _finite_light(tokens: Sequence[Token], j: int) -> bool:
    """(session 21) A light verb written bare (شنوا، قامت، نفذت; not وشن or a masdar بشن، لشن)."""
    return not tokens[j].prefix and tokens[j].norm in LIGHT_VERBS


def _light_object(tokens: Sequence[Token], j: int, t0: int) -> bool:
    """(session 21) The trigger at ``t0`` is the light verb's own complement: right after it
    (شنوا هجوما) or after its ب-masdar (قامت بشن غارات), time words aside."""
    k = j + 1
    while k < t0 and base_in(tokens[k], SKIPPABLE):
        k += 1
    if k < t0 and base_in(tokens[k], LIGHT_VERBS) and _light_masdar(tokens, k):
        k += 1
    return k == t0


def _subject_chain(tokens: Sequence[Token], before: Sequence[Phrase], p: Phrase, j: int) -> list[Phrase]:
    """(session 21) ``p`` and the phrases that continue it up to the verb at ``j``: a genitive
    right after it (ميليشيات الحوثي) or a و-conjunct (الحوثيين والقوات الموالية)."""
    out = [p]
    for q in before:
        if q.start == out[-1].end and q.end <= j:  # a و-conjunct also starts where p ends
            out.append(q)
    return out


def _time_before(tokens: Sequence[Token], j: int) -> bool:
    """(session 21) «قبل» without «من» before it is time, not an agent: «هاجمت قرى قبل تصويت مجلس
    الأمن»، «خطفوا قبل ظهر أمس» — only «من قبل X» names the one who acted."""
    return tokens[j].norm == "قبل" and not (j > 0 and tokens[j - 1].norm in ("من", "ومن"))


def _opening_subject(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
                     ) -> Phrase | None:
    """(session 15) The subject an attack verb joined by و/ف shares with the verb that opens its
    sentence when that verb is no trigger (no chain to inherit): «واصلت القوات الإسرائيلية
    عملياتها في غزة وقتلت ثلاثة فلسطينيين»، «دخلت مجموعة مسلحة القرية وقتلت خمسة». Only an
    armed party, a named group or a state that agrees with the verb in gender, and not a verb
    that only has a passive (قتل ثلاثة وأصيب خمسة)."""
    if not cand.prefix.startswith(("و", "ف")) or _lemma(cand) in PASSIVE_ONLY:
        return None
    comps = [j for j in range(cand.start) if tokens[j].norm in COMPLEMENTIZERS or _resumptive(tokens[j])]
    if comps and _resumptive(tokens[comps[-1]]):
        return None  # إلا أنه فر …، فقتلوا: the pronoun's referent is not known to be the subject
    gender = verb_gender(tokens[cand.start], cand.prefix)
    p = _shared_subject(tokens, phrases, cand.start, gender)
    if p is None or not _agrees(tokens, p, gender) or not (
            p.sector in ARMED_SECTORS or p.kind == "group"):
        return None
    return p


def _repelled(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int,
              actors: list[Phrase], recips: list[Phrase]) -> None:
    """An attack noun that a repel word governs (right before it, or with one phrase between:
    صد الجيش هجوما شنه مسلحون، تمكنت المقاومة من التصدي للهجوم): the repeller — the phrase
    between the verb and the noun, else the nearest phrase before the verb in the clause —
    is the attack's recipient, never its actor."""
    j = next((k for k in range(t0 - 1, max(lo, t0 - 5) - 1, -1) if base_in(tokens[k], REPEL)), None)
    if j is None:
        return
    between = [p for p in phrases if j < p.start and p.end <= t0 and not p.prep]
    if any(tokens[k].kind == "punct" for k in range(j + 1, t0)) or len(between) > 1:
        return
    before = [p for p in phrases if lo <= p.start and p.end <= j and not p.prep]
    who = between[0] if between else (before[-1] if before else None)
    if who is None:
        return
    if who in actors:
        actors.remove(who)
    if who not in recips:
        recips.insert(0, who)


def _after_word(tokens: Sequence[Token], phrases: Sequence[Phrase], words: frozenset[str],
                lo: int, hi: int) -> Phrase | None:
    """The first phrase in ``[lo, hi)`` that comes right after one of ``words``."""
    for p in phrases:
        if lo <= p.start < hi and p.start > 0 and tokens[p.start - 1].norm in words:
            return p
    return None


def _stance_holder(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
                   ) -> Phrase | None:
    """The subject of a stance verb before a verbal noun with a possessive pronoun (أكد
    الرئيس دعمه، أعلنت الحكومة رفضها، أعرب الوزير عن تأييده): the nearest party before it,
    right after a :data:`STANCE_VERBS` verb, not across أن or a subordinator, at most six
    words away (so رفضها is the noun "its rejection", not the verb "he rejected it")."""
    near = [q for q in phrases if lo <= q.start and q.end <= t0 and not q.prep
            and q.kind != "target" and t0 - q.end <= 6
            and not any(base_in(tokens[j], SUBORDINATORS) or tokens[j].norm in COMPLEMENTIZERS
                        for j in range(q.end, t0))]
    if not near or near[-1].start == 0 or not base_in(tokens[near[-1].start - 1], STANCE_VERBS):
        return None
    return near[-1]


def _support_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
                     ) -> Phrase | None:
    """The subject of a support verb whose object is the verbal noun at ``t0`` (ألقت الجهات
    الأمنية القبض، عقد الوزيران اجتماعا، أعلنت السلطات رفع الحظر): the first party between
    the verb and the noun (VSO), else the party right before the verb (SVO); not across أن
    or a subordinator (a relative clause on the subject may stand between: سلمت السفارة
    التي تتابع أوضاعهم مساعدات), at most eight words back (twelve over a relative clause).
    A named institution (مركز الملك سلمان للإغاثة, a place noun with its name) may be the
    subject when no other party stands there."""
    relative = False
    j = t0
    while j - 1 >= max(lo, t0 - (12 if relative else 8)):
        j -= 1
        tok = tokens[j]
        if tok.norm in RELATIVES and not relative:
            relative = True  # the relative clause describes the subject before it
            continue
        if tok.norm in COMPLEMENTIZERS or base_in(tok, SUBORDINATORS):
            return None
        if not (base_in(tok, SUPPORT_VERBS) or base_in(tok, LIGHT_VERBS)):
            continue
        mid = [q for q in phrases if j < q.start and q.end <= t0 and not q.prep
               and q.kind != "target"]
        named = [q for q in phrases if j < q.start and q.end <= t0 and not q.prep
                 and q.kind == "target" and q.end - q.start > 1 and q.start == j + 1]
        if mid or named:
            return (mid or named)[0]
        pre = [q for q in phrases if lo <= q.start and q.end in (j, j - 1) and not q.prep
               and q.kind != "target"]
        return pre[-1] if pre and adjacent(tokens, pre[-1].end, j) else None
    return None


def _clause_initial_reciprocal(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                               lo: int, t0: int, t1: int) -> bool:
    """(session 25) A form-VI trigger (تفاعل: تعاون، تفاوض، تشاور، تحاور، تضامن، تباحث) is spelt the
    same as perfect verb and verbal noun. Bare after و/ف, first in its clause and followed by a
    party that no preposition marks («وتعاون الأردن ومصر في …»، «وتفاوض الوزير مع …») it is the
    verb of a verb-first sentence, its subject the actor — read as a noun, the subject became the
    recipient (r25_blind: «تعاون دينيس ريتشي وكين طومسون»). A noun with the article, a pronoun, ب/ل
    («والتعاون بين …»، «وتعاونه مع …»، «بتعاون الأردن») or inside its clause stays a noun. Only
    the 14 other types (PROTEST's «تظاهر» keeps its rules)."""
    if cand.type in UNDIRECTED_TYPES or cand.verbal or t0 != lo or t1 != t0 + 1:
        return False
    lemma = _lemma(cand)
    if not (len(lemma) == 5 and lemma[0] == "ت" and lemma[2] == "ا"):
        return False
    tok = tokens[t0]
    if tok.kind != "word" or cand.prefix not in ("و", "ف") or tok.norm != cand.prefix + lemma:
        return False
    subject = phrase_at(phrases, t1, t1 + 1)
    return subject is not None and not subject.prep and subject.start == t1


# (session 25) the conflict types keep their own target rules (وجه ضربة إلى is an attack's)
UNDIRECTED_TYPES = frozenset({"ASSAULT", "PROTEST"})
DIRECT_REACH = 6  # words from the verbal noun (or «الموجهة») to «إلى/ل» + the addressee
PREPOSITIONS = frozenset(match_form(w) for w in "على في من عن إلى الى".split())


def _directing(tok: Token) -> bool:
    """A form of «وجّه», bare or after و/ف (ووجه، فوجهت) — not «بوجه/لوجه» (the noun «face»)."""
    if tok.kind != "word":
        return False
    if tok.norm in DIRECT_VERBS:
        return True
    if tok.prefix.lstrip("وف"):
        return False
    return tok.base in DIRECT_VERBS or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in DIRECT_VERBS


def _directing_verb(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int) -> int | None:
    """The index of a form of «وجّه» whose object is the verbal noun at ``t0``: right before it,
    or with only its subject between (وجهت الولايات المتحدة إنذارا); not a noun «وجه» after a
    preposition or with a proclitic preposition (على وجه الخصوص، في وجه التهديدات، بوجه)."""
    j = t0 - 1
    subject = next((q for q in phrases if lo <= q.start and q.end == t0 and not q.prep), None)
    if subject is not None:
        j = subject.start - 1
    if j < lo or not _directing(tokens[j]):
        return None
    if j > 0 and tokens[j - 1].norm in PREPOSITIONS:
        return None
    return j


def _directed_after(tokens: Sequence[Token], t1: int, hi: int) -> int | None:
    """The index of «الموجهة» (or «التي/الذي وجه(ت)») after the verbal noun ending at ``t1``, one
    adjective at most between (الانتقادات الحادة الموجهة إلى …)."""
    for k in range(t1, min(hi, t1 + 2)):
        tok = tokens[k]
        if tok.kind != "word":
            return None
        if tok.norm in DIRECTED:
            return k
        if tok.norm in RELATIVES and k + 1 < hi and _directing(tokens[k + 1]):
            return k + 1
    return None


def _directed(tokens: Sequence[Token], phrases: Sequence[Phrase], actors: list[Phrase],
              recips: list[Phrase], lo: int, hi: int, t0: int, t1: int) -> None:
    """(session 25) A verbal noun directed at an addressee by «وجّه» (rolewords.DIRECT_VERBS): the
    verb's subject is the actor when none is found, the first party after «إلى» or with «ل» within
    :data:`DIRECT_REACH` words the recipient when none is found. A party in between that is no
    addressee (وجه انتقادات إلى أداء الحكومة: «الحكومة» is after «أداء», not «إلى») is not taken."""
    verb = _directing_verb(tokens, phrases, lo, t0)
    after = None if verb is not None else _directed_after(tokens, t1, hi)
    if verb is None and after is None:
        return
    if verb is not None and not actors:
        subject = next((q for q in phrases if verb < q.start and q.end == t0 and not q.prep
                        and q.kind != "target"), None)
        if subject is not None and subject not in recips:
            actors.append(subject)
    if recips:
        return
    start = t1 if after is None else after + 1
    for p in phrases:
        if not (start <= p.start < min(hi, start + DIRECT_REACH)) or p in actors:
            continue
        first = tokens[p.start]
        marked = p.start > 0 and tokens[p.start - 1].norm in ADDRESS_MARKERS
        lam = first.prefix.lstrip("و").startswith("ل") or first.norm.startswith("لل")
        if (marked or lam) and all(tokens[k].kind == "word" and tokens[k].norm not in COMPLEMENTIZERS
                                   for k in range(start, p.start)):
            recips.extend(coordinated(tokens, phrases, p, backwards=False))
        return


BASED_ON = frozenset(match_form(w) for w in "بناء بناءا بناءً".split())


def _at_request(tokens: Sequence[Token], t0: int, prefix: str) -> bool:
    """Whether the request noun at ``t0`` (matched after the proclitics ``prefix``) is an
    adverbial «at the request / invitation of»: بطلب، بدعوة (ب on the noun), بناء على طلب."""
    if prefix.lstrip("وف").startswith("ب"):
        return True
    return t0 > 1 and tokens[t0 - 1].norm in ON and tokens[t0 - 2].norm in BASED_ON


def _type_cues(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
               actors: list[Phrase], recips: list[Phrase], lo: int, hi: int, verbal: bool
               ) -> None:
    """Word-order and preposition cues of the 14 types other than ASSAULT/PROTEST (issue #6
    roles audit), applied after the general rules, in place."""
    t0, t1 = cand.start, cand.end
    lemma = _lemma(cand)
    holder = _stance_holder(tokens, phrases, lo, t0) if _possessed(tokens[t0]) else None
    if holder is not None:
        # أكد الرئيس دعمه للحكومة، جددت المملكة رفضها: the pronoun stands for the verb's
        # subject, so no genitive follows; the ل/ب phrase right after is the recipient
        actors[:] = [holder]
        recips[:] = [r for r in recips if r != holder and r.start >= t1]
        nxt = phrase_at(phrases, t1, t1 + 1)
        if not recips and nxt is not None and nxt.prep and nxt.clitic \
                and tokens[nxt.start].norm[: nxt.clitic].strip("و").startswith(("ل", "ب")):
            recips.append(nxt)
    elif _possessed(tokens[t0]) and lemma in INTRANSITIVE_LEMMAS:
        # تقدم عضو المجلس بطلب استقالته: the possessor, named before, resigns
        near = [q for q in phrases if lo <= q.start and q.end <= t0 and not q.prep
                and q.kind != "target" and t0 - q.end <= 6
                and not any(base_in(tokens[j], SUBORDINATORS) or tokens[j].norm in COMPLEMENTIZERS
                            for j in range(q.end, t0))]
        if near:
            actors[:] = [near[-1]]
            recips[:] = [r for r in recips if r.start >= t1]
    if cand.type in GIVE_TYPES and not verbal and tokens[t0].prefix.lstrip("و") == "ب":
        # بمساعدة التحالف، بدعم من المملكة: the help's genitive (or من phrase) is the giver
        g = phrase_at(phrases, t1, t1 + 2)
        if g is not None and (not g.prep or tokens[g.start - 1].norm == "من"):
            actors[:] = [g]
            recips[:] = [r for r in recips if r != g]
    if not verbal:
        # مصادرة إسرائيل لأملاك الفلسطينيين، دعم المملكة للشعب اليمني: a genitive followed by
        # an ل phrase is the verbal noun's subject, the ل phrase its object
        g = phrase_at(phrases, t1, t1 + 1)
        nxt = tokens[g.end] if g is not None and g.end < hi else None
        if g is not None and not g.prep and g.kind != "target" and nxt is not None \
                and nxt.kind == "word" and nxt.prefix.lstrip("و") in ("ل", "لل"):
            obj = phrase_at(phrases, g.end, min(hi, g.end + 3))
            actors[:] = [g]
            recips[:] = [obj] if obj is not None else []
    if recips and cand.type in CONFLICT:
        # أدان الهجوم الذي استهدف المسجد: a target marked inside a relative clause is the
        # described act's, not the recipient of this one
        recips[:] = [r for r in recips if not (
            any(tokens[j].norm in RELATIVES for j in range(t1, r.start))
            and any(base_in(tokens[j], RECIPIENT_MARKERS) for j in range(t1, r.start)))]
    if not verbal and not actors:
        p = _support_subject(tokens, phrases, lo, t0)
        if p is not None and p not in recips:
            # توصلت الحكومة والمعارضة إلى اتفاق، وقعت السعودية ومصر اتفاقية: coordinated subjects
            actors.extend(q for q in coordinated(tokens, phrases, p, backwards=False)
                          if q not in recips)
    if not verbal and cand.type not in UNDIRECTED_TYPES:
        _directed(tokens, phrases, actors, recips, lo, hi, t0, t1)
    if cand.type in JOINT_TYPES:
        # بحث X مع Y، اتفق X مع Y: the partner after مع is the recipient, never the actor
        p = _after_word(tokens, phrases, WITH, t1, min(hi, t1 + 12))
        if p is not None and p not in actors and not recips:
            recips.extend(coordinated(tokens, phrases, p, backwards=False))
        # اتفاق بين X و Y، وقعت اتفاقية بين X و Y: the two parties
        q = _after_word(tokens, phrases, BETWEEN, t1, min(hi, t1 + 8))
        if q is not None and not actors and not recips:
            group = coordinated(tokens, phrases, q, backwards=False)
            if len(group) > 1:
                actors.append(group[0])
                recips.extend(group[1:])
    if cand.type in GIVE_TYPES and not recips:
        # قدمت X مساعدات إلى Y، لسكان غزة: the aid goes to the phrase after إلى/ل
        for p in phrases:
            if not (t1 <= p.start < min(hi, t1 + 12)) or p in actors:
                continue
            prev = tokens[p.start - 1].norm if p.start > 0 else ""
            first = tokens[p.start]
            lam = first.prefix.lstrip("و").startswith("ل") or first.norm.lstrip("و").startswith("لل")
            if prev in TO or lam:
                recips.extend(coordinated(tokens, phrases, p, backwards=False))
                break
    if cand.type == "REQUEST" and _at_request(tokens, t0, cand.prefix):
        # بطلب من الأمير، بناء على طلب من الحكومة، بدعوة من الرئيس: the party after من is who
        # asked or invited (session 11), not who was asked
        p = _after_word(tokens, phrases, FROM, t1, min(hi, t1 + 3))
        if p is not None:
            actors[:] = [p]
            recips[:] = [r for r in recips if r is not p]
    if cand.type == "REQUEST" and lemma in ASK_LEMMAS and not recips:
        # طلبت الوزارة من المواطنين مراجعة الفروع: the asked party after من
        p = _after_word(tokens, phrases, FROM, t1, min(hi, t1 + 8))
        if p is not None and p not in actors:
            recips.append(p)
    if cand.type in BI_TYPES and verbal and not recips:
        # أشاد الوزير بالشرطة، ندد المجلس بالحكومة، رحب الرئيس بالوفد: the party after ب,
        # right after the verb or its subject, is the object of the praise or blame
        k = actors[-1].end if actors and actors[-1].start >= t1 else t1
        p = phrase_at(phrases, k, k + 1)
        if p is not None and p.kind != "target" and p not in actors \
                and tokens[p.start].norm[: p.clitic].lstrip("وف") == "ب":
            recips.extend(coordinated(tokens, phrases, p, backwards=False))
    if cand.type == "MOBILIZE" and lemma in DEPLOY_LEMMAS:
        # نشرت تركيا قوات، حشد الجيش قواته، نشر القوات: the force sent is the actor's own
        recips[:] = [r for r in recips if r.prep or r.sector not in ARMED_SECTORS]
        if not verbal:
            actors[:] = [a for a in actors if a.start < t0 or a.sector not in ARMED_SECTORS]
        else:  # أن تنشر قوات، نشرت قواتها: a bare or possessed force after the verb is sent
            actors[:] = [a for a in actors if a.start < t1 or a.sector not in ARMED_SECTORS
                         or a.end - a.start > 1 or tokens[a.start].prefix.endswith("ال")
                         and not _possessed(tokens[a.start])]
        if not actors and not verbal:
            p = _support_subject(tokens, phrases, lo, t0)  # قامت الشرطة بنشر قوات
            if p is not None and p not in recips:
                actors.append(p)
    # استقال رئيس الشرطة ومسؤولون آخرون: a phrase joined by و to the actor is a co-actor
    for a in list(actors):
        for r in list(recips):
            if r.start == a.end and tokens[r.start].prefix.startswith("و") and not r.prep \
                    and not (a.start > 0 and tokens[a.start - 1].norm in BETWEEN):
                recips.remove(r)
                if r not in actors:
                    actors.append(r)


POSSESSED_ENDINGS = ("ه", "ها", "هم")


def _pronoun_on_noun(tok: Token, cand: Candidate) -> bool:
    """A verbal-noun trigger with a possessive pronoun (انسحابهم، اعتقاله، زيارتها)."""
    base = tok.norm[len(cand.prefix):] if tok.norm.startswith(cand.prefix) else tok.norm
    stem = _lemma(cand)
    if stem.endswith("ه"):  # a feminine noun: زيارة → زيارته، مطالبتهم
        stem = stem[:-1] + "ت"
    return len(stem) >= 3 and base.startswith(stem) and base[len(stem):] in OBJECT_SUFFIXES \
        and not tok.prefix.endswith("ال") and _possessed(tok)  # إصابة is no أصاب + ه


def _noun_antecedents(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int,
                      patient: bool = False) -> list[Phrase]:
    """The parties a pronoun on a verbal noun may stand for, the likeliest last: phrases up
    to 20 words before it in its clause (no comma between; no preposition but على/ضد, no
    place, no country adjective — no country at all for a ``patient`` —, no ل/ب
    complement), agreeing with the pronoun (a singular ه/ها never a sound plural of persons). The pronoun refers to the topic, so the first such party of its
    clause — after the last أن/إن — is the one chosen (وعبر المجلس في اجتماعه … برئاسة
    وزير الخارجية عن رفضه: the council)."""
    ante = [q for q in phrases if q.end <= t0 and t0 - q.end <= 20 and q.kind != "target"
            and (not q.prep or q.start > 0 and tokens[q.start - 1].norm in AGAINST)
            and not (q.kind == "country" and ("adj" in q.tags or patient))
            and not (q.kind == "entity" and q.sector is None and q.country is not None)  # a place
            and not tokens[q.start].prefix.lstrip("و").startswith(("ل", "ب"))
            and not (q.start > 0 and tokens[q.start - 1].norm in ("ل", "لـ", "ب"))
            and not any(tokens[k].text in ",،;؛:" for k in range(q.end, t0))  # same clause
            and _may_possess(tokens, q, tokens[t0])]
    comps = [j for j in range(t0) if tokens[j].norm in COMPLEMENTIZERS]
    seg = comps[-1] if comps else -1
    topic = [q for q in ante if q.start > seg]
    if not topic:
        return []  # ذكر النادي أن 120 أسيرا بدأوا إضرابهم: not the speaker before أن
    return [q for q in ante if q is not topic[0]] + topic[:1]


def _relative_adverb(tokens: Sequence[Token], t0: int, t1: int, hi: int) -> bool:
    """A pronoun adverb right after a verb that opens a relative clause (ما يطالب به X، الذين
    قبض عليهم X، التي شنوا بها حربا)."""
    return t1 + 1 < hi and tokens[t1].norm in PRONOUN_ADVERBS and t0 > 0 \
        and (tokens[t0 - 1].norm in RELATIVES or tokens[t0 - 1].norm in ("ما", "من", "مما", "عما"))


def _masculine_plural(tok: Token, cand: Candidate) -> bool:
    """A masculine plural verb form (هددوا، يطالبون): its subject stands before it."""
    base = tok.norm[len(cand.prefix):] if tok.norm.startswith(cand.prefix) else tok.norm
    return len(base) >= 4 and base.endswith(("وا", "ون")) and not _lemma(cand).endswith(("وا", "ون"))


def _object_country(tokens: Sequence[Token], j: int, p: Phrase) -> bool:
    """Whether ``p`` is the country adjective of the definite noun right after the marker at
    ``j`` (ضد الاحتلال الأمريكي، احتجاجا على السياسة الإسرائيلية): the country whose act is
    protested is the target, though an adjective of the object (الفساد المالي) is none."""
    if p.start != j + 2 or not tokens[j + 1].prefix.endswith("ال"):
        return False
    if p.kind != "country" and p.country is not None and tokens[p.start].prefix.endswith("ال") \
            and tokens[p.start].base.endswith(("ي", "يه")) and p.end - p.start >= 2:
        # (session 15) ضد الوجود العسكري الأمريكي: a sector adjective and its state; (session 18)
        # feminine too, as a plural or feminine act takes it: «على العمليات العسكرية التركية»
        return True
    return p.kind == "country" and "adj" in p.tags and not tokens[p.start].norm.endswith(("ين", "ون"))


def _after_definite(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a definite word stands in ``[lo, hi)``: a definite noun takes no genitive, so
    a phrase after it (على الفساد المالي، ضد الحرب على العراق) is no object of the marker."""
    return any(tokens[k].prefix.endswith("ال") for k in range(lo, hi))


def _first_person(tok: Token, cand: Candidate) -> bool:
    """A first person plural imperfect (نطالب، نرفض، وندين): its subject is the speaker, so
    the phrase after it is its object."""
    base = tok.norm[len(cand.prefix):] if tok.norm.startswith(cand.prefix) else tok.norm
    stem = _lemma(cand)
    return len(base) >= 4 and base.startswith("ن") and not stem.startswith("ن") \
        and not base.startswith(stem)


def _plural_object(tok: Token, prefix: str) -> bool:
    """A plural verb with an object pronoun (قتلوه، فأصابوها، اختطفوهم): active, its
    subject named before or shared, its object the pronoun's antecedent."""
    base = tok.norm[len(prefix):] if tok.norm.startswith(prefix) else tok.norm
    return len(base) > 4 and base.endswith(("وه", "وها", "وهم", "وهما"))


def _pronoun_antecedents(tokens: Sequence[Token], phrases: Sequence[Phrase],
                         before: Sequence[Phrase], lo: int, t0: int) -> list[Phrase]:
    """The phrases an object pronoun on the verb at ``t0`` may stand for, nearest last: the
    parties before it in its clause (or 12 words back), and the object of على there (أطلق
    الجنود النار على شاب فأصابوه); a singular pronoun not for a sound plural of persons."""
    ante = list(before) or [q for q in phrases if q.end <= t0 and t0 - q.end <= 12 and not q.prep]
    ante = sorted(ante + [q for q in phrases if q.prep and lo <= q.start and q.end <= t0
                          and q.start > 0 and tokens[q.start - 1].norm in AGAINST
                          and q.kind != "target"], key=lambda q: q.end)
    # the speaker of «ذكرت الشرطة أن الجنود قتلوه» is not who was killed (named earlier)
    ante = [q for q in ante if not (q.end < t0 and tokens[q.end].norm in COMPLEMENTIZERS)]
    return [q for q in ante if _may_possess(tokens, q, tokens[t0])] or ante


def _may_possess(tokens: Sequence[Token], q: Phrase, possessed: Token) -> bool:
    """Whether ``q`` can be the antecedent of the pronoun on ``possessed``: a singular ه/ها
    never stands for a sound masculine plural of persons (مسلحين هاجموا مركزا للشرطة
    وقتلوا أربعة من عناصره: the station's, not the gunmen's)."""
    text = possessed.text.rstrip(HARAKAT)
    if text.endswith(("هم", "هما", "هن")):
        return True
    head = tokens[q.start].base
    return not (q.kind == "sector" and len(head) > 4 and head.endswith(("ون", "ين")))


def _possessor(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int,
               actors: list[Phrase], recips: list[Phrase]) -> None:
    """A possessed victim (أعلن الجيش الأميركي مقتل اثنين من جنوده): the possessor, named
    before the trigger, is the affected party; it stands for the pronoun-possessed word
    (the clitic resolved to its antecedent, as annotators mark it)."""
    for r in list(recips):
        if r.end - r.start != 1 or r.sector not in ("MIL", "COP", "REB", None):
            continue
        if not _possessed(tokens[r.start]) or r.kind == "target":
            continue
        ante = [q for q in phrases if q.end <= t0 and not q.prep and q.kind != "target"
                and q not in actors and q not in recips and _may_possess(tokens, q, tokens[r.start])]
        if ante:
            recips[recips.index(r)] = ante[-1]
        break
    # أعلن الجيش الإسرائيلي أن طائراته قصفت: the possessor of the possessed agent acts
    for a in list(actors):
        if a.end - a.start != 1 or a.sector not in ("MIL", "COP", "REB", "UAF", None) \
                or a.kind == "target" or not _possessed(tokens[a.start]):
            continue
        ante = [q for q in phrases if q.end <= a.start and not q.prep and q.kind != "target"
                and q not in actors and q not in recips]
        if ante:
            actors[actors.index(a)] = ante[-1]
        break


def chained(tokens: Sequence[Token], cand: Candidate, actors: list[Phrase],
            recips: list[Phrase], prev: Sequence[Phrase]) -> list[Phrase]:
    """هاجم مسلحون دورية وقتلوا ثلاثة، خطفت الحركة رهائن ثم قتلت اثنين: a verb joined by
    و/ف/ثم with no subject of its own shares the subject of the sentence's previous verb
    (not a passive-only casualty verb: قتل ثلاثة وأصيب خمسة)."""
    if actors or not prev or not cand.verbal or _lemma(cand) in PASSIVE_ONLY \
            and not _object_pronoun(tokens[cand.start], cand) \
            and not _plural_object(tokens[cand.start], cand.prefix):
        return actors
    if not (cand.prefix.startswith(("و", "ف"))
            or (cand.start > 0 and tokens[cand.start - 1].norm in ("ثم", "و", "وثم"))):
        return actors
    if any(p in recips for p in prev):
        return actors
    return list(prev)


def _possessed(tok: Token) -> bool:
    """A noun with a possessive pronoun (جنوده، قواتها، طائراتهم; not the ة of الشرطة)."""
    text = tok.text.rstrip(HARAKAT)
    return not tok.prefix.endswith("ال") and len(tok.base) > 3 and text.endswith(POSSESSED_ENDINGS)

"""Is a trigger a reported occurrence? The filter between a keyword and an event.

Candidate sentences are full of attack and protest words that are not events: a verbal
«هجوم» (criticism), a threat, a denial, a trial, a metaphor, sports, history, a general
discussion. A candidate is kept when:

- its frame is not ``block`` (a topic or a time anchor: محاكمة، مكافحة، منذ);
- a casualty trigger (قتل، مصرع، أصيب) is not explained by a non-human cause in its sentence
  (a flood, an accident, an animal, a disease) with no armed party or weapon there;
- a weak trigger (هجوم، ضربة، تجمع، انفجار) has a corroborating cue of its type's context
  group on ANOTHER token of the sentence (هجوم + قتلى/مفخخة; تجمع + متظاهرين/احتجاجا); a
  gathering (خرج، تجمع، احتشد، نزل …) needs a protest cue that is more than the crowd itself
  (مئات، آلاف، الشوارع: session 12, :func:`protest_cue`);
- a sentence about sports, markets or culture has a corroborating cue too;
- a verbal-noun trigger of ASSAULT or PROTEST is anchored in a concrete occurrence: a
  reporting verb or source, a near time (أمس، فجر، الاثنين), an attack modifier (بسيارة
  مفخخة، انتحاري), victims, a place introduced by في, or a participant phrase.

The concreteness count is also the event's ``confidence`` basis.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from khabar.document import Token
from khabar.extract.entities.overlap import LastIndex
from khabar.extract.events.clauses import base_in, is_number
from khabar.extract.events.discourse import fiction, hijri_year, honorific
from khabar.extract.events.lexicon import imperfect
from khabar.extract.events.modality import Frame
from khabar.extract.events.precision import no_attack
from khabar.extract.events.precision import toll as toll_over_period
from khabar.extract.events.rolewords import DEMAND_MARKERS, PROTEST_OBJECT_HEADS
from khabar.extract.events.triggers import Candidate, TriggerLexicon
from khabar.extract.events.walk import words_forward
from khabar.text.normalize import match_form

CONTEXT_GROUP = {"ASSAULT": "assault", "PROTEST": "protest"}
DOMAIN_GROUPS = ("markets", "culture", "disaster", "test")  # and sports: see _sports
CORROBORATION_WINDOW = 12  # tokens either side of the trigger
YEAR_WINDOW = 8  # an explicit year this close, in the clause, dates the trigger
TOLL_WINDOW = 14  # words after the trigger to a «منذ» that makes its count a running toll
YEAR = regex.compile(r"^(1[89]\d\d|20\d\d)$")
CONCRETE_GROUPS = ("time_near", "report", "attack_modifier", "victim")
CHECKED = frozenset({"ASSAULT", "PROTEST"})


def _cues_elsewhere(lex: TriggerLexicon, group: str, tokens: Sequence[Token], cand: Candidate,
                    window: int | None = None) -> list[int]:
    """Positions of cue ``group`` outside the trigger (within ``window`` tokens of it)."""
    lo, hi = 0, len(tokens)
    if window is not None:
        lo, hi = max(0, cand.start - window), min(len(tokens), cand.end + window)
    return [j for j in lex.cue_positions(tokens).get(group, ())
            if lo <= j < hi and not cand.start <= j < cand.end]


def _group_elsewhere(lex: TriggerLexicon, group: str, tokens: Sequence[Token], cand: Candidate,
                     window: int | None = None) -> bool:
    """Whether cue ``group`` occurs outside the trigger (within ``window`` tokens of it)."""
    return bool(_cues_elsewhere(lex, group, tokens, cand, window))


def _sports(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate,
            window: int | None = None) -> bool:
    """Whether the sentence is about sports (within ``window`` tokens of the trigger): a
    `sports` cue, or two `sports_weak` cues — words with a common other sense (وزير الدفاع،
    الفريق أول، بهدف تعزيز، اجتماعه الدوري) that alone must not rule out an event."""
    return (_group_elsewhere(lex, "sports", tokens, cand, window)
            or len(_cues_elsewhere(lex, "sports_weak", tokens, cand, window)) >= 2)


# Session 8 (issue #6, the 14 types): in a sports report — a document with at least this many
# `sports` words (مباراة، لاعب، المدرب، كأس …) — a sentence with any sports, club or
# double-sense sports word (الفريق، النادي، الدوري) anywhere is about sports: club meetings,
# contracts agreed, coaches resigning, federations' demands are no political events. The
# sentence rule above only looks 12 tokens around the trigger.
SPORTS_REPORT = 3
SPORTS_ANY = ("sports", "sports_weak", "club")


def sports_report(lex: TriggerLexicon, tokens: Sequence[Token]) -> bool:
    """Whether a document's tokens hold at least :data:`SPORTS_REPORT` `sports` words."""
    index = lex.cues["sports"]
    n = 0
    for i in range(len(tokens)):
        if index.match_at(tokens, i):
            n += 1
            if n >= SPORTS_REPORT:
                return True
    return False


def sports_sentence(lex: TriggerLexicon, tokens: Sequence[Token]) -> bool:
    """Whether a sentence holds any sports, club or double-sense sports word."""
    pos = lex.cue_positions(tokens)
    return any(pos.get(g) for g in SPORTS_ANY)


# whether a sentence has a number token, once per sentence for all its events
_HAS_NUMBER: LastIndex[bool] = LastIndex(lambda tokens: any(t.kind == "number" for t in tokens))


def concreteness(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate,
                 n_participants: int, has_place: bool) -> int:
    """How many independent signs of a concrete occurrence the sentence has."""
    score = sum(1 for g in CONCRETE_GROUPS if _group_elsewhere(lex, g, tokens, cand))
    if _HAS_NUMBER(tokens):
        score += 1
    return score + (1 if n_participants else 0) + (1 if has_place else 0)


ARMED = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY"})
# Surviving (نجا من): what one survives is a physical danger, so an attack word after it is an
# attack (نجت المرشحة من هجوم استهدف موكبها; session 11). Not تعرض ل, which also takes verbal
# attacks (تعرض الوزير لهجوم حاد من النواب).
SURVIVE = frozenset(match_form(w) for w in "نجا نجت نجوا نجيا نجتا ينجو تنجو ينجون".split())


def survived_attack(tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether the ASSAULT candidate follows «نجا … من [محاولة]» in its clause."""
    if cand.type != "ASSAULT":
        return False
    seen_from = False
    for j in range(cand.start - 1, max(-1, cand.start - 10), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        if tok.norm == "من" or tok.base == "من":
            seen_from = True
        elif seen_from and survive_word(tok):
            return True
    return False


# Session 12 (evr12): a crowd is no protest. The `protest` group also lists the crowd itself —
# counts (مئات، آلاف، عشرات), crowds (حشود، أنصار، شبان), students and workers, the streets
# (cues.tsv `crowd`) — and a weak gathering trigger (خرج، تجمع، احتشد، تجمهر، نزل، تدفق) beside
# such a word alone is a gathering of any kind: a funeral, a celebration, a prayer, a queue
# («خرج آلاف المواطنين إلى الشوارع للاحتفال»، «تجمع مئات الأشخاص لتشييع الضحايا»). It needs a
# protest cue proper (a protester, a slogan, «احتجاجا»، «ضد»، «للمطالبة»، «منددين» …).
PROTEST_SIGNS = DEMAND_MARKERS | PROTEST_OBJECT_HEADS
# The weak PROTEST triggers that say only that people gathered or went out (the lemmas of
# triggers.tsv): a march, a vigil, a strike or a boycott names a protest form of its own.
GATHERING = frozenset(match_form(w) for w in "تجمع تجمهر احتشد احتشاد خرج نزل نزول تدفق".split())
# (session 15) «مسيرة» with a definite genitive is mostly a course (مسيرة النهضة التعليمية، مسيرة
# السلام، مسيرة البناء) or a called-for day (مسيرات الأحد): a crowd word beside it does not make it
# a protest either. A march named alone (نظم أنصار المعارضة مسيرة في وسط المدينة) is unchanged.
MARCHES = frozenset(match_form(w) for w in "مسيرة مسيرات".split())


def _course(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate) -> bool:
    """A march noun right before a definite genitive that is no crowd word (مسيرة النهضة)."""
    k = cand.end
    return match_form(cand.entry.lemma) in MARCHES and k < len(tokens) \
        and tokens[k].kind == "word" and tokens[k].prefix == "ال" \
        and k not in lex.cue_positions(tokens).get("crowd", ())


def protest_cue(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether a cue of the `protest` group other than a mere crowd word stands in the sentence
    of the PROTEST candidate (a crowd word corroborates within the window; what makes the crowd
    a protest may come later: «وتجمع عشرات … وهم يحملون … لافتات تطالب بـ»)."""
    crowd = set(lex.cue_positions(tokens).get("crowd", ()))
    if any(j not in crowd for j in _cues_elsewhere(lex, "protest", tokens, cand)):
        return True
    # a demand, a denunciation, a chant or a slogan (مسيرة تندد بسياسات الرئيس، رددوا هتافات)
    return any(base_in(t, PROTEST_SIGNS) for j, t in enumerate(tokens)
               if not cand.start <= j < cand.end)


def survive_word(tok: Token) -> bool:
    """A form of نجا, also with و/ف (ونجت: the clitic analysis may leave it whole)."""
    return tok.prefix in ("", "و", "ف") and (
        tok.base in SURVIVE or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in SURVIVE)


def keep(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate, frame: Frame,
         n_participants: int, has_place: bool, armed_actor: bool = False,
         n_actors: int | None = None, lift: bool = False) -> tuple[bool, int]:
    """``(keep?, concreteness)`` for one candidate.

    ``armed_actor``: the actor is an armed force or group (هاجمت القوات: physical).
    ``n_actors``: how many actor phrases the rules found, when known (0: nobody named as
    the attacker — an imperfect attack verb without one is a habit, :mod:`.discourse`).
    ``lift``: for an asserted ASSAULT candidate, skip the precision vetoes — a blocked frame
    (a topic, a condemned or reacted-to act, a claimed torture), harm no attack caused
    (:func:`harmless_cause`, :func:`infringement`, :func:`.precision.no_attack`) and the
    discourse vetoes of sessions 14 and 16 — while the rules' own tests (corroboration,
    domains, concreteness, a class of events) still apply: the candidates the rules give on
    text the vetoes were not written from (session 24, ``python -m khabar.eval.events
    --lift-vetoes``; never used by the pipeline).
    """
    lifted = lift and cand.type == "ASSAULT" and frame.modality == "asserted"
    if frame.block and not lifted:
        return False, 0
    if cand.type in CHECKED and (rhetorical(tokens) or _test_after(lex, tokens, cand)):
        return False, 0
    if not lifted and (harmless_cause(lex, tokens, cand, armed_actor) or infringement(lex, tokens, cand)):
        return False, 0
    if not lifted and cand.type == "ASSAULT" and no_attack(tokens, cand.start, cand.end, cand.entry.lemma,
                                            cand.verbal, cand.entry.strong,
                                            lex.cue_positions(tokens), armed_actor):
        return False, 0  # (session 18, precision.py) أصيب بالطاعون، حادث على طريق، نقل الجرحى
    group = CONTEXT_GROUP.get(cand.type)
    corroborated = group is not None and (
        _group_elsewhere(lex, group, tokens, cand, CORROBORATION_WINDOW)
        or (armed_actor and cand.type == "ASSAULT") or survived_attack(tokens, cand)
        or cand.type == "PROTEST" and purpose_after(tokens, cand))
    if not cand.entry.strong and group is not None and not corroborated:
        return False, 0
    if not cand.entry.strong and cand.type == "PROTEST" \
            and (match_form(cand.entry.lemma) in GATHERING or _course(lex, tokens, cand)) \
            and not protest_cue(lex, tokens, cand):
        return False, 0  # تجمع مئات الأشخاص لتشييع الضحايا: a crowd, no protest
    if not cand.entry.strong and group is None and not n_participants:
        return False, 0  # التهديد الإقليمي: a weak word with nobody involved
    # (session 23) a strong protest noun that a verb of occurrence asserts («وتفجرت احتجاجات …
    # عندما قررت الحكومة رفع أسعار البنزين») is no market or culture report
    asserted_protest = cand.type == "PROTEST" and cand.entry.strong and not cand.verbal \
        and occurred(tokens, cand)
    if group is not None and not corroborated and not asserted_protest and any(  # هجوم … الدفاع
        _group_elsewhere(lex, g, tokens, cand) for g in (*DOMAIN_GROUPS, "sports", "sports_weak")
    ):  # one sports word will do
        return False, 0
    if group is None and _sports(lex, tokens, cand, CORROBORATION_WINDOW):
        return False, 0  # لقاء الفريقين، التوقيع مع لاعب: sports, not politics
    if frame.modality != "asserted":  # plans and conditions carry no occurrence anchors
        return True, concreteness(lex, tokens, cand, n_participants, has_place)
    if cand.type == "PROTEST" and cand.verbal \
            and imperfect(tokens[cand.start], cand.prefix, cand.entry.lemma) \
            and not _group_elsewhere(lex, "time_near", tokens, cand, CORROBORATION_WINDOW):
        return False, 0  # الذين يهتفون ويرشقون: a description of protesters, not a new protest
    if cand.type == "ASSAULT" and not lifted and (evaluated(tokens, cand) or habitual(tokens, cand)):
        return False, 0  # (session 14) تفجير المسجد يعد جريمة: the attack judged, not reported
    if cand.type == "ASSAULT" and not lifted and (
            fiction(tokens)
            or honorific(tokens)
            or n_actors == 0 and cand.verbal
            and imperfect(tokens[cand.start], cand.prefix, cand.entry.lemma)
            and not _group_elsewhere(lex, "time_near", tokens, cand, CORROBORATION_WINDOW)):
        return False, 0  # (session 16) a film told, a hadith quoted, a habit described
    conc = concreteness(lex, tokens, cand, n_participants, has_place)
    if cand.type == "PROTEST" and not cand.verbal and occurred(tokens, cand):
        conc += 1  # (session 22) شهدت المدينة مظاهرات، اندلعت مظاهرات: the verb asserts this one
    if cand.type == "PROTEST" and not cand.verbal and running(tokens):
        conc += 1  # (session 23) احتجاجات للأسبوع الرابع: a time sign, as a near time is
    if cand.type in CHECKED and not cand.verbal and not survived_attack(tokens, cand):
        if conc == 0:
            return False, conc
        if generic_noun(tokens, cand) and (generic_predicate(tokens, cand)
                                           or not (anchored(lex, tokens, cand, n_participants)
                                                   or cand.type == "PROTEST" and occurred(tokens, cand))):
            return False, conc  # التفجيرات الانتحارية ظاهرة حديثة: a class of events
    return True, conc


# Casualty triggers (entry lemmas in matching form): the harm itself, which nature, an
# accident, an animal or a disease causes as well as an attacker (قتل، مقتل، مصرع، أصيب، جرح).
HARM_LEMMAS = frozenset(match_form(w) for w in
                        "قتل مقتل قتيل استشهد استشهاد جرح جرحى أصاب اصيب اصابه".split())


def harmless_cause(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate,
                   armed_actor: bool = False) -> bool:
    """A casualty trigger in a sentence that names a non-human cause — a natural disaster, an
    accident, an animal, a disease (لقي 20 شخصا مصرعهم في فيضانات، قتل 7 في انهيار مبنى) — and
    neither an armed actor nor a weapon or attack word (`weapon_sign`): deaths and injuries,
    no ASSAULT, however strong the trigger (session 10; until then the disaster words only
    ruled out uncorroborated triggers, and a casualty word is its own corroboration)."""
    if cand.type != "ASSAULT" or armed_actor or match_form(cand.entry.lemma) not in HARM_LEMMAS:
        return False
    pos = lex.cue_positions(tokens)
    return bool(pos.get("harmless_cause") or _missing(tokens)) and not pos.get("weapon_sign")


# (session 14) The missing counted with the dead (قتل 12 شخصا وفقد أربعة آخرون، سجل أربعة في
# عداد المفقودين) is the toll of a disaster; attacks count dead and wounded.
MISSING = frozenset(match_form(w) for w in "المفقودين مفقودين مفقودون المفقودون مفقودا".split())
LOST = frozenset(match_form(w) for w in "فقد وفقد".split())


def _missing(tokens: Sequence[Token]) -> bool:
    """A missing-persons count in the sentence: «المفقودين» or «فقد» + a number."""
    return any(t.norm in MISSING or t.norm in LOST and j + 1 < len(tokens) and is_number(tokens[j + 1])
               for j, t in enumerate(tokens))


# Aggression words whose object takes على: with a right or a sovereignty as the object they
# mean "infringe" (اعتدى على سيادة البلاد، التعدي على أملاك الدولة).
ON_AGGRESSION = frozenset(match_form(w) for w in "اعتدى اعتداء اعتداءات تعدى".split())
ON_WORDS = frozenset(match_form(w) for w in "على علي وعلى".split())


def infringement(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate) -> bool:
    """An aggression verb or noun whose على-object, within two words, is a right, a
    sovereignty, a law, public property or a competence (`infringed`: اعتدت القوات على سيادة
    البلاد، الاعتداء على المال العام): an infringement, no physical attack (session 10)."""
    if cand.type != "ASSAULT" or match_form(cand.entry.lemma) not in ON_AGGRESSION:
        return False
    hits = lex.cue_positions(tokens).get("infringed", ())
    for j in range(cand.end, min(len(tokens), cand.end + 4)):
        if tokens[j].norm in ON_WORDS or tokens[j].base in ON_WORDS:
            return any(j < k <= j + 2 for k in hits)
    return False


def rhetorical(tokens: Sequence[Token]) -> bool:
    """A sentence ending in a question or exclamation mark (ما علاقة … باغتيال الحريري!)
    argues or asks; news reports of attacks and protests are statements."""
    for t in reversed(tokens):
        if t.kind != "punct" or t.text not in ("»", '"', "”", ")", "…"):
            return t.kind == "punct" and t.text in ("?", "؟", "!")
    return False


def _test_after(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate) -> bool:
    """A weapons-test word right after the trigger (فجرت قنبلتها الذرية، إطلاق صواريخ
    نووية): a test, not an attack."""
    return any(cand.end <= j < cand.end + 2 for j in lex.cue_positions(tokens).get("test", ()))


POSSESSIVES = ("ها", "هم", "هما", "نا", "كم")


# (session 14) Verbs that judge or read a subject (يعد جريمة، يدل على إصرار، يمثل انتهاكا): an
# attack as their subject — the trigger, or inside its phrase or relative clause — is already
# known and is being judged, no report («تفجير مسجد قوات الطوارئ يعد جريمة»، «العمل الإرهابي
# الذي استهدف المسجد يدل على …»).
EVALUATIONS = frozenset(match_form(w) for w in (
    "يعد تعد يعتبر تعتبر يدل تدل يمثل تمثل يشكل تشكل يعكس تعكس "
    "كشف يكشف تكشف أظهر يظهر تظهر أثبت يثبت تثبت"  # إن التفجير الإرهابي كشف مدى حقد هؤلاء
).split())
# «… في ما يعتبر اليوم الأكثر دموية»، «مما يعد خرقا»: a comment on the report, which stands
EVALUATED_BY_RELATIVE = frozenset(match_form(w) for w in (
    "ما مما وما فيما الذي التي وهو وهي وهذا"
).split())
EVALUATION_REACH = 9  # words after the trigger to the judging verb, in its clause


def evaluated(tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether a judging verb (:data:`EVALUATIONS`) follows the trigger in its clause, not as
    a relative comment (مما يعد) nor before an elative (يعد الأعنف، تعتبر الأكبر: a record)."""
    for j in words_forward(tokens, cand.end, EVALUATION_REACH):
        t = tokens[j]
        if t.norm not in EVALUATIONS:
            continue
        if j > 0 and tokens[j - 1].norm in EVALUATED_BY_RELATIVE:
            return False
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        return not (nxt is not None and nxt.prefix.endswith("ال") and len(nxt.base) == 4
                    and nxt.base.startswith("ا"))
    return False


# (session 14) «ما يقوم/يقومون به من/ب + masdar»: what someone habitually does (ما يقوم به
# المجرمون من استهداف المصلين، ما يقومون به بتفجير أنفسهم) — a description, no report. The
# perfect «ما قام به» tells a done act and stays.
HABITUAL_DOING = frozenset(match_form(w) for w in "يقوم تقوم يقومون يقمن".split())
HABIT_REACH = 8  # words from «ما يقوم به» to the masdar


def habitual(tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether the ASSAULT masdar follows «ما يقوم به» (its subject between) with من/ب on it."""
    if cand.verbal or not cand.prefix.lstrip("وف").startswith("ب") and not (
            cand.start > 0 and tokens[cand.start - 1].norm == "من"):
        return False
    for j in range(max(1, cand.start - HABIT_REACH), cand.start):
        if tokens[j].kind == "punct" and tokens[j].text in ".;:!?؛":
            return False
        if tokens[j].norm in HABITUAL_DOING and tokens[j - 1].norm.endswith("ما") \
                and j + 1 < len(tokens) and tokens[j + 1].norm.startswith("ب"):
            return True
    return False


def generic_noun(tokens: Sequence[Token], cand: Candidate) -> bool:
    """A definite, plural or possessed verbal noun (الاغتيالات، هجمات، مسيرتهم) may name a
    class of events or one already reported, rather than report a new occurrence."""
    tok = tokens[cand.start]
    return cand.prefix.endswith("ال") or tok.norm.endswith(("ات", "اته") + POSSESSIVES)


GENERIC_PREDICATES = frozenset(
    "ظاهره اسلوب اسلوبا تكتيك تكتيكا وسيله سلاح سلاحا ثقافه سياسه نهج نهجا".split()
)


def generic_predicate(tokens: Sequence[Token], cand: Candidate) -> bool:
    """A class noun predicated of the event noun within a few words (التفجيرات الانتحارية
    ظاهرة حديثة، الاغتيالات أسلوب …): the sentence speaks of a kind of event."""
    for t in tokens[cand.end : cand.end + 3]:
        if t.kind == "punct":
            return False
        if t.norm in GENERIC_PREDICATES:
            return True
    return False


# (session 22, pr22) Verbs of occurrence: a perfect verb whose subject or object is the protest
# noun asserts that protest took place — «شهدت مدن عراقية مظاهرات ضد الفساد», «اندلعت في نواكشوط
# مظاهرات», «انطلقت مسيرات», «جرت تظاهرة», «عمت الإضرابات», «نظم الطلاب اعتصامات». A plural or definite
# protest noun is otherwise read as a class or an earlier protest unless a near time or a number
# anchors it (:func:`anchored`). The verb comes first, at most :data:`OCCURRENCE_REACH` words
# before the noun with no punctuation between (its subject or a place phrase: «شهدت دولة
# التشيك مظاهرات»); not after a relative pronoun or a subordinator (the city «التي شهدت مظاهرات»,
# «بعد أن شهدت»): there the protest is background.
OCCURRENCE = frozenset(match_form(w) for w in (
    "شهد شهدت اندلع اندلعت انطلق انطلقت جرى جرت عم عمت تواصل تواصلت تجدد تجددت "
    "نظم نظمت نظموا سار سارت سيرت سير تفجر تفجرت"
).split())
OCCURRENCE_REACH = 4
OCCURRENCE_BLOCKERS = frozenset(match_form(w) for w in (
    "الذي التي الذين اللذين اللتين اللواتي اللاتي أن ان بعدما عندما حين لما"
).split())


# (session 22, pr22) The reason of a gathering: an accusative verbal noun of purpose (مفعول لأجله:
# «احتجاجا على»، «تنديدا بـ»، «رفضا لـ»، «تضامنا مع») or «للمطالبة/للاحتجاج» modifies the verb of its
# clause however long the subject and place phrases between them are («احتشد عدد من أعضاء المنظمات
# البيئية والمجتمع المدني، في ساحة الشهداء وسط بيروت، احتجاجا على …»: 15 words after the verb). So
# it corroborates a gathering verb up to :data:`PURPOSE_REACH` words after it (the cue window is
# :data:`CORROBORATION_WINDOW`), unless a sentence stop or another verb trigger comes between.
PURPOSE = frozenset(match_form(w) for w in "احتجاجا تنديدا رفضا تضامنا استنكارا للمطالبة للاحتجاج".split())
PURPOSE_REACH = 24


def purpose_after(tokens: Sequence[Token], cand: Candidate) -> bool:
    """A purpose verbal noun (:data:`PURPOSE`) after the verbal PROTEST trigger, in its clause."""
    if not cand.verbal:
        return False
    for tok in tokens[cand.end:cand.end + PURPOSE_REACH]:
        if tok.kind == "punct" and tok.text in ".!?؟;؛:":
            return False
        if tok.kind == "word" and (tok.norm in PURPOSE or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in PURPOSE):
            return True
    return False


def occurred(tokens: Sequence[Token], cand: Candidate) -> bool:
    """A perfect verb of occurrence before the PROTEST noun, in its clause (see :data:`OCCURRENCE`)."""
    for j in range(cand.start - 1, max(-1, cand.start - 1 - OCCURRENCE_REACH), -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        if tok.kind == "word" and tok.prefix in ("", "و", "ف") and (
                tok.norm in OCCURRENCE or tok.norm[:1] in ("و", "ف") and tok.norm[1:] in OCCURRENCE):
            return j == 0 or tokens[j - 1].norm not in OCCURRENCE_BLOCKERS
    return False


# (session 23, pr23) A running count of days (لليوم الثالث، للأسبوع الثاني على التوالي، لليوم العاشر
# على التوالي) ties a protest noun to one protest going on, as a near time does: «وتشهد العديد من
# مدن العراق موجة احتجاجات للأسبوع الثاني على التوالي» (one story, two outlets, missed blind).
RUNNING_UNITS = frozenset(match_form(w) for w in (
    "لليوم لليلة للأسبوع للاسبوع للشهر ولليوم وللأسبوع وللاسبوع"
).split())
ORDINALS = frozenset(match_form(w) for w in (
    "الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الثانية الثالثة "
    "الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة"
).split())
SUCCESSION = frozenset(match_form(w) for w in "التوالي التوالى".split())


def running(tokens: Sequence[Token]) -> bool:
    """A unit of time with ل, then an ordinal (or a number) right after it or «على التوالي»
    within three words (لليوم الثالث، لليوم 20 على التوالي)."""
    for j, t in enumerate(tokens[:-1]):
        if t.norm not in RUNNING_UNITS:
            continue
        nxt = tokens[j + 1]
        if nxt.norm in ORDINALS or nxt.kind == "number" or any(
                u.norm in SUCCESSION for u in tokens[j + 1:j + 5]):
            return True
    return False


def anchored(lex: TriggerLexicon, tokens: Sequence[Token], cand: Candidate, n_participants: int) -> bool:
    """A near time, a number, an attack modifier or a participant ties a noun to one event.

    Protest nouns need a near time or a number: protesters are named around every
    mention of their (earlier) march (المتظاهرين سيواصلون مسيرتهم).
    """
    plural = tokens[cand.start].norm.endswith(("ات", "اته"))
    if n_participants and cand.type != "PROTEST" and not plural:
        return True  # plural attack nouns (ضربات جوية ضد معسكرات) need a time or a count
    if cand.type == "PROTEST" and running(tokens):
        return True  # (session 23) موجة احتجاجات للأسبوع الثاني على التوالي: going on
    if any(t.kind == "number" and not YEAR.match(t.text) for t in tokens):
        return True
    return any(_group_elsewhere(lex, g, tokens, cand, CORROBORATION_WINDOW)
               for g in ("time_near", "attack_modifier"))


def historical(tokens: Sequence[Token], cand: Candidate) -> bool:
    """An explicit year in the trigger's clause, not a leading date: a past event retold."""
    lo = cand.start
    while lo > 0 and not (tokens[lo - 1].kind == "punct" and tokens[lo - 1].text in ",;:.،؛"):
        lo -= 1
    hi = cand.end
    while hi < len(tokens) and not (tokens[hi].kind == "punct" and tokens[hi].text in ",;:.،؛"):
        hi += 1
    # (session 14, ASSAULT: anywhere in the trigger's clause, up to TOLL_WINDOW words after it,
    # and from a month or an event — تسبب منذ منتصف مارس بمقتل …، قتلوا في العمليات التي تشنها
    # القوات منذ 28 يونيو; a protest «since» an event goes on, it is not retold)
    toll = cand.type == "ASSAULT"
    if toll and hijri_year(tokens):
        return True  # (session 16) قتل سنة 40 هجرية: early Islam retold
    if toll and toll_over_period(tokens, cand.start, cand.end):
        return True  # (session 18, precision.py) قتلوا في هجمات … خلال الشهر الماضي
    for j in range(lo if toll else cand.end, min(hi, cand.end + (TOLL_WINDOW if toll else YEAR_WINDOW))):
        if tokens[j].norm in SINCE and _period_after(tokens, j + 1, toll):
            return True  # قتل 76 صحافيا منذ الغزو، خطفوا منذ عام 2004: a toll over a period
    lo, hi = max(lo, cand.start - YEAR_WINDOW), min(hi, cand.end + YEAR_WINDOW)
    for j in range(lo, hi):
        if tokens[j].kind == "number" and YEAR.match(tokens[j].text) and j > 4:
            return True
        if tokens[j].base in DECADES or tokens[j].norm in DECADES:
            return True  # جرى تفجيره في الثمانينات
    return False


DECADES = frozenset(
    "الخمسينات الستينات السبعينات الثمانينات التسعينات خمسينات ستينات سبعينات ثمانينات تسعينات "
    "الخمسينيات الستينيات السبعينيات الثمانينيات التسعينيات".split()
)

SINCE = frozenset({"منذ", "ومنذ"})
# What a cumulative toll is counted from (منذ الغزو، منذ بداية العام، منذ عام 2004, منذ سنوات)
PERIOD_START = frozenset(
    "عام العام سنه السنه سنوات سنتين اشهر شهور بدايه بدء مطلع اوائل اندلاع الغزو الحرب الاحتلال "
    "سقوط انطلاق تاسيس قيام".split()
)


# (session 14) A toll is also counted from a month (منذ مارس الماضي، منذ منتصف مارس، منذ 28
# يونيو) or from an event (منذ اغتيال بوتو، منذ بدء الهجوم، منذ انطلاقها).
MONTHS = frozenset(match_form(w) for w in (
    "يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر "
    "نوفمبر ديسمبر كانون شباط آذار اذار نيسان أيار ايار حزيران تموز أيلول ايلول تشرين"
).split())
PERIOD_PARTS = frozenset(match_form(w) for w in "منتصف أواخر اواخر نهاية أوائل".split())
SINCE_EVENTS = frozenset(match_form(w) for w in (
    "اغتيال مقتل استشهاد الهجوم هجوم الهجمات هجمات التفجير تفجير العملية عملية العمليات عمليات "
    "انطلاق انطلاقها انطلاقه بدئها بدئه بدايتها بدايته اندلاعها اندلاعه"
).split())


def _period_after(tokens: Sequence[Token], j: int, toll: bool = False) -> bool:
    """A year or a period noun right after منذ (not منذ صباح اليوم: one day's events); for a
    ``toll`` (an attack's count) also a month or an event."""
    if j >= len(tokens):
        return False
    t = tokens[j]
    if toll and t.kind == "number" and not YEAR.match(t.text):
        # منذ 28 يونيو: a day of a month
        return j + 1 < len(tokens) and tokens[j + 1].norm in MONTHS
    return bool(t.kind == "number" and YEAR.match(t.text)) or t.norm in PERIOD_START \
        or t.base in PERIOD_START or toll and (
            t.norm in MONTHS or t.norm in PERIOD_PARTS or t.norm in SINCE_EVENTS or t.base in SINCE_EVENTS)

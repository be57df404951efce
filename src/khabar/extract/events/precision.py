"""ASSAULT precision families of session 18 (ev18; issue #6): harm that no attack caused,
the wounded as patients, a known attack as the topic of an effect, and casualty tolls over a
period.

The ASSAULT rules propose an event wherever a casualty or attack word stands. Session 17 read
the false positives of half A of the dev slice, the news-day labels and the ANERcorp labels
together and named the classes that recur in at least two of them (docs/events.md "ASSAULT
detection, session 18"). The families here are word classes and clause cues, never a
sentence (:func:`no_attack` is called by :func:`.evidence.keep`, :func:`toll` by
:func:`.evidence.historical`):

- **an animal's attack** (:func:`animal_attack`): a casualty word beside an animal, where the
  only attack signs are the attack nouns themselves («الهجوم الذي قامت به الحيوانات البرية»):
  session 10's non-human causes gave way to any «هجوم» in the sentence;
- **an accident** (:func:`accident`): «حادث/حادثة» with a road, a vehicle or a kind of mishap
  right after it («في حادث على طريق الجوف»، «حادث حافلة المعتمرين») and no weapon sign: a
  casualty count, no attack (session 10's list had only fixed phrases: «حادث سير …»);
- **a disaster's destruction** (:func:`disaster`): «دمر/تدمير» beside session 10's non-human
  causes (فيضان … أدى إلى تدمير منازل), which covered the casualty words only;
- **a sports blow** (:func:`sports`): a weak trigger (ضربة، طعن) in a sentence with a sports
  word and no weapon sign, whatever casualty word (إصابة اللاعب) corroborates it;
- **the wounded as patients** (:func:`patients`): a casualty noun (جرحى، جريحا) that is cared
  for or carried — a word of treatment, a hospital or a transfer near it («استقبال قسم الطوارئ
  لـ35 جريحا»، «الجرحى الذين أقلتهم طائرة … لتلقي العلاج») — with no weapon sign in the sentence:
  the attack, if any, is told elsewhere (session 16 dropped a narrower version, a care word
  right before the noun, which fired on one row);
- **a known attack as the topic of an effect** (:func:`topic`): «لكن الاعتداء الذي … وأوقع 32
  قتيلا، غيّر المعطيات» — the attack is what changed things, told before; and a time anchor
  counted in years from it (:func:`anniversary`: «بعد مرور عام على مقتل …»);
- **a toll over a period** (:func:`period_toll`): a count gathered over a span longer than days —
  «خلال الشهر الماضي»، «خلال الفترة نفسها»، «في ذلك الشهر»، «في هجمات العام الجاري»، «منذ ذلك
  الوقت» — is a running total, not one attack (session 14 read «منذ» + a year, a month or an
  event so; session 16 dropped a wider version that also took «في الأشهر … من العام الجاري»,
  which half A labels a report).

:data:`FAMILIES` lists the families switched on (a scratch harness switches them off one by
one). Every list is of matching forms (:func:`khabar.text.normalize.match_form`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from khabar.document import Token
from khabar.extract.events.discourse import (
    _COMMAS,
    _STOPS,
    comma_clause,
    compared_count,
    evaluated_record,
    quoted_plan,
    reaction,
    record,
    relative_year,
    trend,
    verbal_onslaught,
)
from khabar.text.normalize import match_form, match_forms

FAMILIES: set[str] = {"animal", "accident", "patients", "period_toll", "topic", "disaster",
                      "sports", "anniversary",
                      # session 19 (ev19; :mod:`.discourse`): the benchmark's own kinds
                      "evaluated", "record", "onslaught", "quoted_plan", "compared",
                      "relative_year",
                      # session 20 (ev20; :mod:`.discourse`): news-day and ANERcorp kinds
                      "reaction", "trend"}

# Casualty lemmas of triggers.tsv (matching forms): the harm itself.
HARM = match_forms("قتل مقتل قتيل استشهد استشهاد جرح جرحى أصاب اصيب اصابه مصرع")
# Casualty nouns: the wounded (and the dead) as people.
CASUALTY_NOUNS = match_forms("جرحى")  # the lemma of جرحى، جريح، جريحا


# Animals that maul, gore or bite (not «الأسد»، «النمر»، «الذئاب»: names and lone wolves).
ANIMALS = match_forms(
    "حيوان الحيوان حيوانات الحيوانات حيوانا دب الدب دببه الدببه كلب الكلب كلاب الكلاب ثور الثور "
    "ثيران الثيران تمساح التمساح تماسيح قرش القرش ثعبان الثعبان افعي الافعي عقرب العقرب فيل "
    "الفيل افيال ضبع الضبع ضباع"
)
# The attack nouns an animal's attack is told with: no sign of a human attacker by themselves.
ATTACK_NOUNS = match_forms("هجوم الهجوم هجمات الهجمات اعتداء الاعتداء مهاجم هجوما بهجوم")


def animal_attack(tokens: Sequence[Token], lemma: str, weapon_signs: Sequence[int]) -> bool:
    """A casualty or attack word in a sentence that names an animal, whose weapon signs are
    attack nouns only (الهجوم الذي قامت به الحيوانات البرية)."""
    if match_form(lemma) not in HARM and match_form(lemma) not in ATTACK_NOUNS:
        return False
    if not any(t.norm in ANIMALS or t.base in ANIMALS for t in tokens):
        return False
    return all(tokens[j].norm in ATTACK_NOUNS or tokens[j].base in ATTACK_NOUNS
               or tokens[j].norm[1:] in ATTACK_NOUNS for j in weapon_signs)


MISHAP = match_forms("حادث حادثه حوادث الحادث الحادثه الحوادث")
# What an accident happens on or to: a road, a vehicle, a fall, a drowning, work.
MISHAP_KIND = match_forms(
    "طريق الطريق طرق شارع الشارع حافله الحافله سياره السياره سيارات شاحنه الشاحنه قطار القطار "
    "مركبه المركبه دراجه باص الباص حافلات مروري مروريه المروري المروريه سير السير مرور المرور "
    "دهس الدهس سقوط السقوط غرق الغرق عمل العمل تصادم اصطدام انقلاب حريق الحريق انهيار"
)


def accident(tokens: Sequence[Token], lemma: str, weapon_signs: Sequence[int]) -> bool:
    """A casualty word in a sentence that names an accident — «حادث/حادثة» with a road, a
    vehicle or a mishap within two words after it (في حادث على طريق، حادث حافلة المعتمرين) —
    and no weapon sign."""
    if match_form(lemma) not in HARM or weapon_signs:
        return False
    for j, t in enumerate(tokens):
        if t.norm in MISHAP or t.base in MISHAP:
            for k in range(j + 1, min(len(tokens), j + 4)):
                u = tokens[k]
                if u.kind == "punct":
                    break
                if u.norm in MISHAP_KIND or u.base in MISHAP_KIND:
                    return True
    return False


# Care, treatment, hospitals and transfers of the wounded.
CARE = match_forms(
    "علاج العلاج علاجهم علاجه لعلاج للعلاج بعلاج معالجه لمعالجه تلقي لتلقي يتلقي يتلقون "
    "تتلقي تلقوا الرعايه رعايه اسعاف الاسعاف الاسعافيه لاسعاف اسعافات المستشفي مستشفي "
    "المستشفيات مستشفيات بالمستشفي للمستشفي لمستشفي مستشفيي الطوارئ طوارئ نقل نقلت نقلوا ونقل "
    "ونقلت اقلتهم اقلت استقبال استقبل استقبلت يستقبل باستقبال اجلاء لاجلاء اخلاء "
    "زار زاروا زيارة عياده عاد تفقد تفقدوا تفقده يرقدون يرقد الراقدين المنومين تنويم"
)
CARE_REACH = 10  # words between the casualty noun and the word of care, no stop between
GOVERNED_REACH = 3  # words from the word of care that governs the casualty noun


def _near(tokens: Sequence[Token], start: int, end: int, words: frozenset[str],
          reach: int, forward: bool = True) -> bool:
    """Whether one of ``words`` stands within ``reach`` words of the span (before it, and with
    ``forward`` after it), no stop between — a comma neither when ``forward`` is off."""
    for step, first in ((-1, start - 1), (1, end))[:2 if forward else 1]:
        seen = 0
        j = first
        while 0 <= j < len(tokens) and seen < reach:
            t = tokens[j]
            if t.kind == "punct":
                if t.text in _STOPS or not forward and t.text in _COMMAS:
                    break
            else:
                seen += 1
                if t.norm in words or t.base in words or t.norm[1:] in words:
                    return True
            j += step
    return False


def patients(tokens: Sequence[Token], start: int, end: int, lemma: str, verbal: bool,
             weapon_signs: Sequence[int]) -> bool:
    """A casualty noun cared for or carried: governed by a word of :data:`CARE` (within three
    words before it: «تقديم الرعاية الطبية للجرحى»), or with such a word within
    :data:`CARE_REACH` words (no stop between) in a sentence with no weapon sign."""
    if verbal or match_form(lemma) not in CASUALTY_NOUNS:
        return False
    if _near(tokens, start, start, CARE, GOVERNED_REACH, forward=False):
        return True
    return not weapon_signs and _near(tokens, start, end, CARE, CARE_REACH)


# A span longer than days: the period nouns of a running total.
PERIODS = match_forms(
    "الشهر شهر الاشهر اشهر الشهور شهور شهرين الشهرين العام عام الاعوام اعوام عامين العامين "
    "السنه السنوات سنوات سنتين السنتين الفتره فتره الاسابيع اسابيع الاسبوعين"
)
# A span's extent (خلال، طيلة، طوال، على مدى/مدار).
SPAN = match_forms("خلال وخلال طيله طوال طوال مدي مدار")
DEMONSTRATIVES = match_forms("ذلك تلك هذا هذه")
# Counted from an earlier time (منذ ذلك الوقت، منذ ذلك الحين).
SINCE = match_forms("منذ ومنذ")
SINCE_THEN = match_forms("الوقت الحين التاريخ")
# A plural attack noun whose genitive is a period (هجمات العام الجاري، تفجيرات الشهر الماضي).
PLURAL_ATTACKS = match_forms("هجمات الهجمات تفجيرات التفجيرات اعتداءات الاعتداءات عمليات غارات")
PERIOD_QUALIFIERS = match_forms("الجاري الماضي الحالي المنصرم الفائت")
TOLL_REACH = 14  # words after the trigger in its clause, as :data:`.evidence.TOLL_WINDOW`



def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.norm in words or tok.base in words


def period_toll(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A period adverbial in the trigger's clause (up to :data:`TOLL_REACH` words after it):
    «خلال/طيلة/طوال/على مدى + a period of months or years» (خلال الشهر الماضي، خلال الفترة
    نفسها), «في ذلك الشهر»، a plural attack noun with a period genitive (هجمات العام الجاري),
    «منذ ذلك الوقت/الحين». Days and hours are no such period (خلال الساعات الماضية reports)."""
    lo, hi = comma_clause(tokens, start, end)
    hi = min(hi, end + TOLL_REACH)
    for j in range(lo, hi - 1):
        t, nxt = tokens[j], tokens[j + 1]
        if _is(t, SPAN) and _is(nxt, PERIODS):
            return True
        if _is(t, DEMONSTRATIVES) and _is(nxt, PERIODS) and j > 0 and tokens[j - 1].norm == "في":
            return True  # في ذلك الشهر
        if _is(t, PLURAL_ATTACKS) and _is(nxt, PERIODS) and j + 2 < len(tokens) \
                and _is(tokens[j + 2], PERIOD_QUALIFIERS):
            return True  # في هجمات العام الجاري
        if _is(t, SINCE) and _is(nxt, DEMONSTRATIVES) and j + 2 < len(tokens) \
                and _is(tokens[j + 2], SINCE_THEN):
            return True  # منذ ذلك الوقت
    return False


# Verbs of effect on opinion and policy: a known attack as their subject is the topic of the
# sentence (أثار مقتل براون توترا، الاعتداء الذي … غيّر المعطيات), not its report. Not the result
# verbs of a report (أسفر، أدى، أوقع، خلف، حصد).
EFFECTS = match_forms(
    "اثار اثارت واثار واثارت غير غيرت اشعل اشعلت اجج اججت اجبر اجبرت دفع دفعت احيا احيت هز هزت "
    "اعاد اعادت فاقم فاقمت عمق عمقت اربك اربكت"
)
RELATIVE = match_forms("الذي التي")
OPENERS = match_forms("لكن ولكن لذا ان الا و ف")
DEFINITE_ACTS = match_forms(
    "الهجوم الاعتداء التفجير الانفجار الحادث الحادثه العمليه الجريمه الاغتيال القصف الهجمات "
    "التفجيرات الاعتداءات"
)


def _effect(tok: Token) -> bool:
    """A verb of :data:`EFFECTS`; «أثار» only as written with hamza (آثار "traces" normalises
    alike: «آثار تعذيب»)."""
    if tok.kind != "word" or not _is(tok, EFFECTS):
        return False
    return not tok.norm.lstrip("و").startswith("اثار") or tok.text.lstrip("و").startswith("أ")


def _definite_act(tok: Token) -> bool:
    """A definite act noun, also after و/ف (والهجوم الذي)."""
    return tok.norm in DEFINITE_ACTS or tok.prefix.endswith("ال") and "ال" + tok.base in DEFINITE_ACTS


def topic(tokens: Sequence[Token], start: int) -> bool:
    """A known attack as the subject of a verb of effect (:data:`EFFECTS`): any trigger inside
    a sentence that opens with a definite act noun and its relative clause whose main verb,
    later in the sentence, is such a verb («لكن الاعتداء الذي تم في سوروتش وأوقع 32 قتيلا …،
    غيّر المعطيات»). (A verbal noun right after such a verb, «وأثار مقتل X توترا», was read
    as a report by session 11's role tests: left.)"""
    j = 0
    while j < len(tokens) and (tokens[j].kind == "punct" or _is(tokens[j], OPENERS)):
        j += 1
    if j > start or j + 1 >= len(tokens) or not _definite_act(tokens[j]):
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].prefix == "ال" and not _is(tokens[k], RELATIVE):
        k += 1  # الاعتداء الإرهابي الذي
    if k >= len(tokens) or not _is(tokens[k], RELATIVE):
        return False
    return any(_effect(t) and t.prefix in ("", "و") for t in tokens[max(start, k) + 1:])


# Destruction lemmas: a flood or an earthquake destroys as an attack does (فيضان … أدى إلى تدمير
# منازل); session 10's non-human causes covered the casualty lemmas only.
DESTROY = match_forms("دمر تدمير")


def disaster(lemma: str, cues: Mapping[str, Sequence[int]]) -> bool:
    """A destruction trigger in a sentence that names a non-human cause (cues.tsv
    `harmless_cause`: a flood, an earthquake, a fire …) and no weapon sign."""
    return match_form(lemma) in DESTROY and bool(cues.get("harmless_cause")) \
        and not cues.get("weapon_sign")


def sports(strong: bool, cues: Mapping[str, Sequence[int]]) -> bool:
    """A weak ASSAULT trigger (ضربة، طعن، هجوم) in a sports sentence — a `sports` or
    `sports_doc` cue (مباراة، لاعب، لكرة القدم; not the double-sense `sports_weak` words: وزارة
    الدفاع، الفريق أول) — and no weapon sign but a sports word («مهاجم» is the striker): a
    blow to a team, an appeal, an attack on goal, an injury, however a casualty word
    corroborates it («تعرض فريق برشلونة لضربة قوية بإصابة مهاجمه»)."""
    sporting = {*cues.get("sports", ()), *cues.get("sports_weak", ())}
    return not strong and bool(cues.get("sports") or cues.get("sports_doc")) \
        and all(j in sporting for j in cues.get("weapon_sign", ()))


# Years as time anchors measured from an attack (بعد مرور عام على مقتل، قبل عامين من اغتياله), as
# modality.tsv's days, weeks and months are for every type; «عام» is also "general" (عفو عام
# وإطلاق سراح), so only with على/من between and for ASSAULT.
YEARS = match_forms("عام عامين اعوام سنه سنتين سنوات")
FROM_ON = match_forms("على علي من")


def anniversary(tokens: Sequence[Token], start: int) -> bool:
    """A trigger right after «عام/عامين/سنة … + على/من» (بعد مرور عام على مقتل الشاب)."""
    return start >= 2 and _is(tokens[start - 1], FROM_ON) and _is(tokens[start - 2], YEARS)


def no_attack(tokens: Sequence[Token], start: int, end: int, lemma: str, verbal: bool,
              strong: bool, cues: Mapping[str, Sequence[int]], armed_actor: bool = False) -> bool:
    """Whether one of the families (:data:`FAMILIES`) reads the ASSAULT candidate as harm no
    attack caused, the wounded as patients (not with an armed actor), or a known attack as the
    topic of an effect. ``cues``: the sentence's cue positions by group
    (:meth:`.triggers.TriggerLexicon.cue_positions`)."""
    if "topic" in FAMILIES and topic(tokens, start) \
            or "anniversary" in FAMILIES and anniversary(tokens, start) \
            or _reference(tokens, start, end):
        return True
    if armed_actor:
        return False
    weapon_signs = cues.get("weapon_sign", ())
    return ("animal" in FAMILIES and animal_attack(tokens, lemma, weapon_signs)
            or "accident" in FAMILIES and accident(tokens, lemma, weapon_signs)
            or "patients" in FAMILIES and patients(tokens, start, end, lemma, verbal,
                                                   weapon_signs)
            or "disaster" in FAMILIES and disaster(lemma, cues)
            or "sports" in FAMILIES and sports(strong, cues))


def _reference(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Session 19's vetoes (:mod:`.discourse`): an attack ranked by a verb of judging, a
    person's record, a verbal onslaught, an act of a plan named behind quotation marks; and
    session 20's: an emotional reaction to the attack, a trend of attacks."""
    return ("evaluated" in FAMILIES and evaluated_record(tokens, start, end)
            or "record" in FAMILIES and record(tokens, start)
            or "onslaught" in FAMILIES and verbal_onslaught(tokens, start, end)
            or "quoted_plan" in FAMILIES and quoted_plan(tokens, start)
            or "reaction" in FAMILIES and reaction(tokens, start)
            or "trend" in FAMILIES and trend(tokens, start))


def toll(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the toll family (:data:`FAMILIES`) reads the candidate's count as a total over
    a period (:func:`period_toll`), or session 19's (:mod:`.discourse`) as another period's
    count (:func:`.discourse.compared_count`) or a year counted back
    (:func:`.discourse.relative_year`)."""
    return ("period_toll" in FAMILIES and period_toll(tokens, start, end)
            or "compared" in FAMILIES and compared_count(tokens, start)
            or "relative_year" in FAMILIES and relative_year(tokens, start, end))

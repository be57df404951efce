"""Session-24 sense families of the 14 other types (evt24, issue #6), read by
:func:`khabar.extract.events.trigger_senses.other_sense_family`. From the errors of the blind sample
r24_blind (tests/gold/events_audit/r24_README.md), each counted on the three sources by reading.

- **«ولاتهم» is «ولاة» + «هم»**: "their rulers" («ووقوفهم صفًا واحدًا خلف ولاتهم وعلمائهم») is read as
  و + ل + the ACCUSE verb «اتهم». «ل» before a perfect verb is rare (an oath's answer), «ولاة الأمر»
  common in the news day's Gulf copy; the possessed plural and its proclitic forms are no accusation
  (the news day ×2, a copied article, both wrong; ANERcorp and Wojood none).
- **a media outlet's interview, meeting or investigation is reportage**: an outlet or a reporter as
  the subject right before a meeting, interview or visit of CONSULT or an investigation of ACCUSE
  («أجرت مجلة التايم حوارا مع …»، «"الوطن" كانت أول صحيفة عربية تلتقيهم»، «وذكرت الصحيفة أنها أجرت
  تحقيقا») tells how the story was gathered, no talks between parties and no party investigated
  (news day 3, ANERcorp 1, all wrong by reading; Wojood none). The outlet must stand within
  :data:`OUTLET_REACH` words before the trigger in its clause with no complementiser or «عن/مع»
  between — «وقالت الصحيفة إن الوزير التقى …» (a new subject after «إن») stays; «أنها» (the outlet
  itself, feminine) does not break it. Since fixc24 the outlet must be the subject of a verb of
  conducting (أجرى، التقى، حاور، قابل): the trigger is that verb or the noun right after it — a paper
  that only reports a meeting («ونشرت الصحيفة تفاصيل اللقاء»، «وأفادت الصحيفة بلقاء») is left alone,
  and «المحرر» is no outlet («الأسير المحرر» is a freed prisoner).

- **a visit to or a meeting with one's own kin**: the visited word right after «زيارة/زار» or
  «لقاء/التقى» a possessed kin noun («وذهب لزيارة أمه»، «بتوجه الأول إلى ألمانيا لزيارة شقيقته») is a
  private visit — triggers.VISITEES and KIN (session 7, 9, 11) had fathers and mothers only as
  «والده/والدته», never «أمه/أبيه», nor siblings for visits. Only the first word after the trigger,
  as written (no «و»: «زيارة الملك وشقيقه» is the king's), counts (news day 2, both private; ANERcorp
  and Wojood none). Since fixc24 the kin noun is matched as written, ة kept («لقاء جدة» is Jeddah,
  «زيارة جده» his grandfather), and «أبي» is out (the genitive of «أبو» in names: «زيارة أبي ظبي»).
- **people named by exile**: «اللجوء» right after a noun of people or a generation («صورة أطفال
  اللجوء في مخيم …»، «جيل اللجوء») names refugees, no asylum given — as triggers.PLIGHT's «سنوات/رحلة
  اللجوء» (Wojood 3 photo captions, all wrong; the news day and ANERcorp none).

ASSAULT and PROTEST are untouched (the families test only ACCUSE, AID and CONSULT).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.lexicon import readings
from khabar.extract.events.targets import MEDIA
from khabar.extract.events.trigger_lemmas import ASYLUM_LEMMAS, VISIT_OR_MEET_LEMMAS
from khabar.extract.events.walk import words_back
from khabar.text.normalize import match_form, match_forms, normalize

GOVERNORS = match_forms("ولاتهم ولاتهما وولاتهم فولاتهم بولاتهم لولاتهم")
# outlets (targets.MEDIA, with «قناة») and reporters; «المحرر» is left out: «الأسير المحرر» is the freed prisoner
OUTLETS = MEDIA | match_forms(
    "صحيفتنا جريدتنا مجلتنا مراسل المراسل مراسلة المراسلة مراسلنا مراسلو مراسلي "
    "فضائية الفضائية تلفزيون التلفزيون إذاعة الإذاعة")
# a new subject or another party between the outlet and the trigger: the outlet reports, it does not act
BREAKS = match_forms("إن أن ان إنه أنه انه إنهم أنهم انهم إنهما أنهما عن مع")
OUTLET_REACH = 3
# (fixc24) the outlet conducts the meeting only as the subject of a verb of conducting: the trigger is
# that verb (تلتقيهم، حاورت) or a noun right after it (أجرت حوارا، أجرت تحقيقا); a paper that reports
# a meeting («نشرت الصحيفة تفاصيل اللقاء»، «أفادت الصحيفة بلقاء») conducts nothing
CONDUCT_LEMMAS = match_forms("التقى حاور قابل")
CONDUCT_VERBS = match_forms(
    "أجرى أجرت يجري تجري أجريت أجروا يجرون التقى التقت تلتقي يلتقي حاور حاورت تحاور يحاور قابل قابلت تقابل يقابل")
INVESTIGATE = frozenset(match_form(w) for w in ("تحقيق", "حقق"))
STOPS = frozenset(".!?؟:؛;،,()")
# (fixc24) possessed kin nouns as written (ة kept: «لقاء جدة» is Jeddah, «زيارة جده» his grandfather),
# alef folded; no «أبي» (the genitive of «أبو» in names: «لقاء أبي مازن»، «زيارة أبي ظبي»).
# triggers.KIN/VISITEES do not fit: they hold unpossessed «شقيق/صديق» and the wounded, in ة → ه form.
OWN_KIN = frozenset(normalize(w).text for w in (
    "أمه أمها أمهم أمي أبيه أبيها أباه والديه والديها والدته والدها والدتها والده شقيقه شقيقها "
    "شقيقته شقيقتها أخيه أخاه أخته أخيها أختها جدته جده جدتها جدها ابنه ابنها ابنته ابنتها زوجته "
    "زوجها خاله خالته عمه عمته").split())
EXILED = match_forms("أطفال اطفال أبناء ابناء جيل أجيال اجيال نساء")


def governors_homograph(tokens: Sequence[Token], i: int, type_: str) -> bool:
    """Whether the ACCUSE trigger at ``i`` is «ولاة» + «هم» (see above)."""
    return type_ == "ACCUSE" and tokens[i].kind == "word" and tokens[i].norm in GOVERNORS


def _outlet_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether an outlet stands within OUTLET_REACH words before ``i`` in its clause, no BREAKS between."""
    for j in words_back(tokens, i, OUTLET_REACH, STOPS):
        norm = tokens[j].norm
        if norm in OUTLETS:
            return True
        if norm in BREAKS:
            return False
    return False


def outlet_reportage(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether a CONSULT trigger or an ACCUSE investigation at ``i`` has a media outlet or reporter
    for the subject of its verb of conducting (see above)."""
    if not (type_ == "CONSULT" or type_ == "ACCUSE" and lemma in INVESTIGATE):
        return False
    if lemma in CONDUCT_LEMMAS or tokens[i].base in CONDUCT_VERBS:
        return _outlet_before(tokens, i)  # «صحيفة عربية تلتقيهم»
    if "ب" in tokens[i].prefix:
        return False  # «أفادت الصحيفة بلقاء الرئيسين»: the outlet reports the meeting
    outlet = False
    for j in words_back(tokens, i, OUTLET_REACH, STOPS):
        tok = tokens[j]
        if tok.kind == "word" and tok.base in CONDUCT_VERBS:
            return outlet or _outlet_before(tokens, j)  # «أجرت مجلة التايم حوارا»، «أنها أجرت تحقيقا»
        if tok.norm in BREAKS:
            return False
        outlet = outlet or tok.norm in OUTLETS
    return False  # «نشرت الصحيفة تفاصيل اللقاء»: no verb of conducting governs the noun


def kin_visited(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether a visit or meeting at ``i`` has one's own kin right after it (see above)."""
    if type_ != "CONSULT" or lemma not in VISIT_OR_MEET_LEMMAS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind == "word" and normalize(nxt.text).text in OWN_KIN


def exiled_people(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether «اللجوء» at ``i`` follows a noun of people (see above)."""
    if type_ != "AID" or lemma not in ASYLUM_LEMMAS or i == 0 or tokens[i - 1].kind != "word":
        return False
    return bool(readings(tokens[i - 1]) & EXILED)


def session24_sense(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-24 senses
    above that name no act of ``type_``."""
    return governors_homograph(tokens, i, type_) or outlet_reportage(tokens, i, type_, lemma) \
        or kin_visited(tokens, i, type_, lemma) or exiled_people(tokens, i, type_, lemma)

"""Session-19 sense families of the 14 audited types (issue #6), read by
:func:`khabar.extract.events.trigger_senses.other_sense_family` — classes of the wrong rows of the
second second-source sample (ANERcorp, ``a19_blind.tsv``) read together with a18 and every news-day
sample, each a structure of general usage, never a sampled sentence's words: the trigger noun as the
name of an office, a title or a standing body (:func:`office_name`), an existing agreement or truce
held to (:func:`agreement_held`), sanctions named as the state a party lives under
(:func:`under_sanctions`) and disarmament named as a field (:func:`disarmament_field`).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.trigger_senses19w import minutes_named
from khabar.extract.events.trigger_senses20 import possessed_homograph
from khabar.extract.events.trigger_senses20w import document_named
from khabar.extract.events.walk import CLAUSE_STOPS, words_back
from khabar.text.normalize import match_form


def _forms(words: str) -> frozenset[str]:
    return frozenset(match_form(w) for w in words.split())



# - **the name of an office, a title or a standing body**: the trigger noun as the genitive of a
#   minister's or a ministry's title, a conference, a forum, a coordinator or an "affairs" office
#   right before it (وزيرة التعاون الدولي، مؤتمر نزع السلاح، منتدى التعاون العربي الصيني، منسق
#   معونات الطوارئ، المساعد … لشؤون نزع السلاح) names the office, not an act (a19_blind, a18_fresh and
#   r18_blind_types rows, all judged wrong). «لجنة التحقيق» and the committees of
#   ``triggers._committee_name`` are left to their own rules; «مجلس التعاون» is no head here.
OFFICES = _forms(
    "وزير وزيرة وزارة وزراء لوزير لوزيرة لوزارة ووزير ووزيرة ووزارة بوزارة ووزراء "
    "مؤتمر لمؤتمر ومؤتمر بمؤتمر منتدى منتدي لمنتدى لمنتدي ومنتدى بمنتدى "
    "منسق ومنسق لمنسق منسقة شؤون لشؤون وشؤون مفوض مفوضية لمفوضية"
)


def office_name(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """Whether the trigger at ``i`` is the genitive of an office head right before it (see above)."""
    if prefix not in ("", "ال") or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.kind == "word" and prev.norm in OFFICES


# - **an existing agreement or truce held to**: an agreement noun (AGREE) after a word of holding
#   to, respecting, committing to or applying it in its clause (تمسك قوى 14 آذار … باتفاق الطائف،
#   احترام اتفاق الهدنة الموقع سنة 1948، ملتزمة بما ورد في الاتفاق مع …، لم تلتزم قط باتفاق تفتيش،
#   تطبيقا لاتفاق السلام الموقع في أبوجا) names an agreement already made — no agreeing told
#   (a18_fresh ×2, a19_blind, s17_fresh rows, all judged wrong; cues.tsv's ``agreement_ref`` has
#   «تطبيق» and «تنفيذ» but not their adverbial accusatives). The same for a truce (CONCEDE) a party
#   is to respect (شريطة أن تحترم إسرائيل الهدنة; session 18's ``truce_held`` reads the noun
#   «احترام» right before it only). «الاتفاق الموقع/المبرم مع …» alone is left as it was: the judges
#   read such an agreement as told (s17_blind, roles_fresh).
AGREEMENT_LEMMAS = _forms("اتفاق اتفاقية معاهدة")
TRUCE_LEMMAS = _forms("هدنة")
ADHERE = _forms(
    "تمسك تمسكها تمسكه تمسكهم التمسك بالتمسك يتمسك تتمسك تمسكت "
    "احترام واحترام باحترام احترامها احترامه يحترم تحترم يحترمون احترمت احترم "
    "التزام والتزام بالتزام التزامها التزامه التزامهم الالتزام بالالتزام يلتزم تلتزم يلتزمون التزم "
    "التزمت ملتزم ملتزمة ملتزمون ملتزمين التقيد بالتقيد يتقيد تتقيد تطبيقا تنفيذا"
)
ADHERE_REACH = 6  # words from the adherence word to the agreement noun (its subject between)
TRUCE_REACH = 3


def agreement_held(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether the agreement (AGREE) or truce (CONCEDE) noun at ``i`` is one held to (see above)."""
    if type_ == "AGREE" and lemma in AGREEMENT_LEMMAS:
        reach = ADHERE_REACH
    elif type_ == "CONCEDE" and lemma in TRUCE_LEMMAS:
        reach = TRUCE_REACH
    else:
        return False
    return any(tokens[j].norm in ADHERE for j in words_back(tokens, i, reach, CLAUSE_STOPS))


# - **sanctions named as a state**: the sanctions noun after «في ظل» "under", «تحت (وطأة)» or a word
#   of being subject to it (يخضع الاقتصاد الإيراني … لعقوبات اقتصادية أمريكية فرضت عليه منذ 1979،
#   في ظل عقوبات أمريكية غير مبررة) tells the condition a party lives in, no sanction imposed (a18_fresh
#   and a19_blind rows, judged wrong, as the analyst's sanctions of a18_blind). Sanctions told as
#   imposed or causing harm (تسببت العقوبات الدولية التي فرضت على إيران: s8_fresh, judged right) are
#   left as they were.
SANCTION_LEMMAS = _forms("عقوبات")
UNDER_SHADOW = _forms("ظل")
IN = _forms("في وفي")
UNDER = _forms("تحت وتحت")
WEIGHT = _forms("وطأة وطاة طائلة")
SUBJECT_TO = _forms(
    "يخضع تخضع يخضعون خاضع خاضعة الخاضع الخاضعة خاضعا خاضعين خضوع لخضوع وخضوع ويخضع وتخضع"
)
SUBJECT_REACH = 12  # words from «يخضع» to «لعقوبات»: its subject between, with a relative clause
SENTENCE_STOPS = frozenset(".!?؟:؛;«»\"“”()")  # a subject's relative clause may end in a comma


def under_sanctions(tokens: Sequence[Token], i: int, prefix: str, lemma: str) -> bool:
    """Whether the sanctions noun at ``i`` names a state a party is under (see above)."""
    if lemma not in SANCTION_LEMMAS:
        return False
    back = list(words_back(tokens, i, 2, CLAUSE_STOPS))
    if prefix in ("", "ال") and back:
        j = back[0]
        if tokens[j].norm in UNDER or tokens[j].norm in WEIGHT and len(back) > 1 \
                and tokens[back[1]].norm in UNDER:
            return True
        if tokens[j].norm in UNDER_SHADOW and j > 0 and tokens[j - 1].norm in IN:
            return True
    return prefix.startswith("ل") and any(
        tokens[j].norm in SUBJECT_TO for j in words_back(tokens, i, SUBJECT_REACH, SENTENCE_STOPS))


# - **disarmament as a field**: «نزع السلاح» with the definite «السلاح» closing the phrase (مفاهيم "الحد
#   من الاسلحة" و "نزع السلاح"، قضايا معينة لنزع السلاح، اتفاقيات نزع السلاح.) names the field of arms
#   control, no party disarmed (a18_blind and a19_blind rows of an encyclopedia article, judged wrong);
#   a party's disarmament is told «نزع سلاح X» (نزع سلاح حزب الله) or with «من» after it, and stays.
DISARM_LEMMAS = _forms("نزع")
ARMS = _forms("السلاح")


def disarmament_field(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether «نزع» at ``i`` is the field «نزع السلاح» closing its phrase (see above)."""
    if lemma not in DISARM_LEMMAS or i + 1 >= len(tokens) or tokens[i + 1].norm not in ARMS:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or after.kind == "punct"


def session19_sense(tokens: Sequence[Token], i: int, prefix: str, type_: str, lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-19 senses
    above that name no act of ``type_``."""
    if office_name(tokens, i, prefix) or minutes_named(tokens, i, prefix, type_) \
            or document_named(tokens, i, type_) \
            or possessed_homograph(tokens, i, prefix, type_):  # (evw20) جدول بـ…؛ (evt20) تدينهم
        return True
    if type_ in ("AGREE", "CONCEDE"):
        return agreement_held(tokens, i, type_, lemma)
    if type_ == "SANCTION":
        return under_sanctions(tokens, i, prefix, lemma)
    if type_ == "RETREAT":
        return disarmament_field(tokens, i, lemma)
    return False

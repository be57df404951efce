"""Missing parties of the 14 event types other than ASSAULT/PROTEST (session 15, evr15; issue #6).

Called by the event stage after the general rules (:func:`khabar.extract.events.roles.assign`)
and after the filter's features are read, for the 14 other types only; it only FILLS an empty
actor or recipient, never replaces a coded one. Families (docs/events.md "Roles of the 14 other
types, session 15"):

- **the subject of a light verb** before the verbal noun (فتحت وزارة الصحة تحقيقا، قامت بها
  الهيئة … بالتعاون مع، السلطات تعمل بالتعاون مع): the first party between the verb and the
  noun, else the one right before the verb; place and time phrases between them are skipped;
- **a و-joined verb with no subject of its own** shares the subject of the verb that opens the
  sentence or of its complement clause (واطلع مجلس الوزراء … ورحب، وأعلن الانقلابيون … ونفذوا
  حملة اعتقالات), when the verb agrees with it in gender;
- **the subject of a passive is the recipient**: «X وضعوا تحت الاعتقال/الإقامة الجبرية»,
  «X اتهم بقتل» (the accusing verb followed straight by its ب charge), «الذي … أطلق سراحه/أفرج
  عنه» (the released is the relative clause's head);
- **party nouns the actor lexicon lacks** (:data:`PARTY_NOUNS`: الجاني، المتهم، العلماء،
  المجتمعون، المعتدلون، المرجعية، المراقبين، الانقلابيون …), taken only in role positions: right
  after a verb trigger as its subject (ناقش المجتمعون، ما يطالب به المعتدلون، التي دعت إليها
  المرجعية), after على of an arrest (القبض على الجاني), after مع of a joint act, as the
  addressee right after a call or urge (حث العلماء … على);
- **a demonstrative between مع and the partner** (التعاون مع هذه الجماعات).

Second round (evr15b):

- **the organiser of an adverbial «بالتعاون مع»**: the subject of the nearest organising verb
  before it (أرسلت الهيئة الخيرية … بالتعاون مع، ندوة نظمها مجلس الشباب، بالتعاون مع، أن
  الهيئة نفذت برنامج … بالتعاون مع); not across أن, a subordinator, a passive «تم» or a praise
  verb whose object the ب-noun is (رحبت اللجنة بالتعاون مع);
- **the person received after a place or time phrase** (استقبل الأمير … في مكتبه بالإمارة أمس
  نائب وزير الصحة);
- **the praised party in the genitive after the ب-noun** (أشاد X بجهود السعودية، بدور رجال
  الشرطة), not after a definite ب-noun (بالجهود المبذولة);
- more party nouns in the same fixed positions: النادي، مسؤولو/مسؤولي + genitive, القطاع
  العام/الخاص.

Session 16 (evo16), in :mod:`khabar.extract.events.party_objects`:

- **the object of a verb-first clause** after the subject's person unit (its title, name and
  further offices) and a place/time run; a recipient that is the subject's own apposition is
  dropped (the one other replacement of a coded party).

Session 17 (evo17), in :mod:`khabar.extract.events.party_partners`: the partner after «مع»
that is no lexicon phrase, the pair of countries before «بين البلدين», a meeting's attendees
after «ضم», the investigated of «التحقيق معه», the object after a time word in «S V», the party
met after «ب», and the object a plural or first-person call verb had taken as its subject (moved
to the recipient: the third replacement).

Session 18 (evo18), in :mod:`khabar.extract.events.party_proposals`, ``party_calls`` and
``party_signing``: the author of a rejected or approved proposal, the addressee of a call as the
actor of the act called for, the actor's own forces dropped as recipients, an accusative plural or
a party noun after a comma as a call's addressee, the partner after a signed deal or a ceasefire,
the praised party in a relative clause; in ``party_arrests``, the arrester the general rules had
coded as the arrested.

Session 18b (evo18b), in :mod:`khabar.extract.events.party_sites`: a run-in dateline, a meeting's
site city or a visited place coded as the actor is dropped or moved; a person + country phrase
of the NER is split in two.

Session 19 (evo19): in :mod:`khabar.extract.events.party_pairs`, the two sides after «بين X و Y»
of a mutual act (a ceasefire too) and the two names before a dual verb; in ``party_from``, the
released after «عن/سراح» and the caller after «من» of a received call; in ``party_authors``, the
author of a criticised, supported or rejected act or statement.

Session 19b (evo19b), in :mod:`khabar.extract.events.party_pairs`: two و-joined subjects of a
mutual act left with no recipient are a dyad (the first acts, the second is the recipient); in
``party_calls``, the addressee right before a call's link with the caller between.

Session 20 (evw20): in :mod:`khabar.extract.events.party_governing`, the subject of a governing
verb — the future «س» on a light verb, verbs whose object is the verbal noun, a meeting in an
adverbial of a verb-first clause; in ``party_issuers``, the issuer of a statement; in
``party_verbs``, the condemner of «تدين» read as a noun (moved from the recipient: a replacement).

Session 22 (evt22), in :mod:`khabar.extract.events.party_reach`: the «مع» partner after the
trigger's complement (a genitive, a duration, a place/time adverbial, a relative clause), and the
visitor and the visited of an arrival verb before «في زيارة» («زيارة دولة»: no party).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import base_in, clause_bounds, coordinated
from khabar.extract.events.party_arrests import arrested, arrester_first
from khabar.extract.events.party_authors import act_target, author
from khabar.extract.events.party_calls import (
    accusative_addressee,
    call_addressee,
    called_actor,
    linked_addressee,
    without_own_forces,
)
from khabar.extract.events.party_from import caller, released
from khabar.extract.events.party_governing import GOVERNING, adverbial_subject, light_form
from khabar.extract.events.party_issuers import statement_issuer
from khabar.extract.events.party_objects import (
    MEETINGS,
    STEP,
    between,
    plural_party,
    relative_subject,
    verb_first,
    visit_host,
)
from khabar.extract.events.party_pairs import dyad, joined_pair, mutual, two_sides
from khabar.extract.events.party_partners import (
    attendees,
    investigated,
    met_party,
    named_pair,
    partner,
    subject_in_verb,
    svo_object,
)
from khabar.extract.events.party_places import (
    IN,
    OBJECT_SUFFIXES,
    TIME_WORDS,
    adverbial_end,
    b_noun,
)
from khabar.extract.events.party_proposals import proposal_author
from khabar.extract.events.party_reach import (
    DEMONSTRATIVES,
    arrival_visit,
    far_partner,
    possessor,
    state_visit,
)
from khabar.extract.events.party_signing import praised_in_relative, signing_partner
from khabar.extract.events.party_sites import after_compass, misplaced, split_joined
from khabar.extract.events.party_verbs import condemning_verb
from khabar.extract.events.roles import _agrees, _shared_subject, verb_gender
from khabar.extract.events.rolewords import (
    CALL_COMPLEMENTS,
    COMPLEMENTIZERS,
    JOINT_TYPES,
    LIGHT_VERBS,
    RELATIVES,
    SUBORDINATORS,
    SUPPORT_VERBS,
    WITH,
)
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

# Light verbs the general rules lack (فتح تحقيقا، تعمل بالتعاون مع، أجرى).
OWN_LIGHT = match_forms("فتح فتحت فتحوا يفتح تفتح أجرى أجرت أجروا يجري تجري")
# «عمل» is light only right before a ب verbal noun (تعمل بالتعاون مع), not in «عمل X على دحض».
WORK = match_forms("عمل عملت عملوا يعمل تعمل يعملون تعملان يعملان")
LIGHT = LIGHT_VERBS | SUPPORT_VERBS | OWN_LIGHT
# Words a light verb's object never stands behind (أعلن مسؤول عن عزم الرئاسة بالتعاون …).
NOT_OBJECT = match_forms("عن على")
# Human nouns (definite, possibly و/ف-prefixed) the actor lexicon has no entry for, with a sector.
PARTY_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(match_forms("الجاني الجناة المتهم المتهمين المتهمون المشتبه المطلوب المطلوبين"), "CRM"),
    **dict.fromkeys(match_forms("العلماء المرجعية"), "REL"),
    **dict.fromkeys(match_forms("الانقلابيون الانقلابيين"), "REB"),
    **dict.fromkeys(match_forms("المجتمعون المجتمعين المعتدلون المعتدلين المراقبين المراقبون "
                           "المشاركون المشاركين الحاضرون الحاضرين منسوبي منسوبو"), None),
    # (evr15b) the club, officials of a body, the public/private sector
    **dict.fromkeys(match_forms("النادي مسؤولو مسؤولي"), None),
    **dict.fromkeys(match_forms("القطاع"), "BUS"),
}
# Construct heads that need their genitive (منسوبي الجمعية، مسؤولو الشركة).
CONSTRUCT = match_forms("منسوبي منسوبو مسؤولو مسؤولي")
# «القطاع» is a party only as the public or private sector (not القطاع الصحي، قطاع غزة).
SECTOR_NOUN = match_form("القطاع")
SECTOR_KINDS = {match_form("العام"): "GOV", match_form("الخاص"): "BUS"}
RESUMED = match_forms("به بها بهم إليه إليها إليهم اليه اليها اليهم عليه عليها عليهم")
ON = match_forms("على وعلى")
# The passive of «وضع» before a detention noun: وضعوا تحت الاعتقال، وضع قيد الإقامة الجبرية.
PUT = match_forms("وضع وضعت وضعوا وضعا وضعتا يوضع توضع")
UNDER = match_forms("تحت قيد")
ACCUSE_VERBS = match_forms("اتهم اتهمت اتهموا اتهما يتهم تتهم")
RELEASE = match_forms("أطلق أطلقت أفرج أفرجت يفرج يطلق")
RELEASED = match_forms("سراحه سراحها سراحهم سراحهما عنه عنها عنهم عنهما")
CALL_TRIGGERS = match_forms("حث حثت حثوا يحث تحث دعا دعت دعوا يدعو تدعو ناشد ناشدت يناشد تناشد "
                       "طالب طالبت طالبوا يطالب تطالب")
CALL_COMPLEMENT = CALL_COMPLEMENTS
PLACE_PREPS = match_forms("في وفي من بين أمس امس اليوم")


def _key(tok: Token) -> str:
    """The matching form without a conjunction (والمعتدلون → المعتدلون)."""
    return tok.norm[1:] if tok.prefix[:1] in ("و", "ف") and tok.norm[1:] in PARTY_NOUNS else tok.norm


def _party_noun(tok: Token) -> bool:
    return _key(tok) in PARTY_NOUNS


def _party_at(tokens: Sequence[Token], j: int) -> bool:
    """A party noun at ``j``; «القطاع» only before العام/الخاص."""
    if tokens[j].kind != "word" or not _party_noun(tokens[j]):
        return False
    return _key(tokens[j]) != SECTOR_NOUN or j + 1 < len(tokens) and tokens[j + 1].norm in SECTOR_KINDS


def _extra(tokens: Sequence[Token], j: int, hi: int) -> Phrase:
    """A phrase for the party noun at ``j``: the noun, a genitive after a construct head, and up
    to two definite adjectives (الجاني المذكور، المرجعية الدينية العليا، المراقبين المحليين)."""
    key = _key(tokens[j])
    end = j + 1
    if key in CONSTRUCT and end < hi and tokens[end].kind == "word":
        end += 1
    plural = key[-2:] if key[-2:] in ("ين", "ون") else ""
    while end < min(hi, j + 3) and tokens[end].kind == "word" and tokens[end].prefix == "ال" \
            and not _party_noun(tokens[end]) and tokens[end].norm not in RELATIVES \
            and (tokens[end].norm.endswith(plural) if plural
                 else not tokens[end].norm.endswith(("ين", "ون", "ات"))):
        end += 1  # المراقبين المحليين، الجاني المذكور; not «المجتمعين الجوانب التي»
    clitic = len(tokens[j].prefix) if tokens[j].prefix in ("و", "ف") else 0
    sector = SECTOR_KINDS.get(tokens[j + 1].norm) if key == SECTOR_NOUN else PARTY_NOUNS[key]
    return Phrase(start=j, end=end, sector=sector, clitic=clitic)


NOT_CHARGE = match_forms("بعض بين بعد بعدما بسبب")


def _charge(tok: Token) -> bool:
    """A ب-word right after an accusing verb: its charge (بقتل، بالتورط، بالفساد)."""
    return tok.kind == "word" and tok.norm.startswith("ب") and len(tok.norm) > 3 \
        and tok.norm not in NOT_CHARGE


def _lemma_in(tok: Token, cand: Candidate, words: frozenset[str]) -> bool:
    return base_in(tok, words) or tok.norm[len(cand.prefix):] in words


def _light_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
                   ) -> Phrase | None:
    """The subject of a light verb before the verbal noun at ``t0``: the first party between
    them (VSO, after a resumed «بها»), else the party right before the verb (SVO); at most
    eight words back not counting the words of prepositional phrases between, (evo17) nor
    time words, punctuation or the words of a party phrase after its first (قام مدير عام
    التعليم في منطقة عسير جلوي بن محمد آل كركمان اليوم الاثنين بزيارة)."""
    inside_prep = {k for q in phrases if q.prep for k in range(q.start, q.end)}
    inside = {k for q in phrases if not q.prep for k in range(q.start + 1, q.end)}
    if t0 > lo and tokens[t0 - 1].norm in IN:
        return None  # (evo17) تعقد المحكمة جلسة للنظر في الاتهامات: a preposition's object
    words = 0
    j = t0
    while j - 1 >= lo and words < 8:
        j -= 1
        tok = tokens[j]
        if tok.norm in COMPLEMENTIZERS or base_in(tok, SUBORDINATORS) or tok.norm in NOT_OBJECT:
            return None
        if j not in inside_prep and j not in inside and tok.kind == "word" and tok.norm not in STEP:
            words += 1
        if tok.prefix.lstrip("وف")[:1] in ("ل", "ب") and not base_in(tok, SUPPORT_VERBS) \
                or "ال" in tok.prefix and tok.norm not in LIGHT:
            continue  # لعمل، بعمل، (evo17) التوصل (not ألقت): a noun
        if not (light_form(tok, LIGHT) or base_in(tok, GOVERNING) or base_in(tok, WORK) and j == t0 - 1
                and tokens[t0].prefix.lstrip("وف").startswith("ب")):
            continue
        mid = [q for q in phrases if j < q.start and q.end <= t0 and not q.prep and q.kind != "target"]
        if mid:
            return mid[0]
        q = plural_party(tokens, j + 1, t0)
        if q is not None:  # (evo17) عقد مديرو السجون في المملكة اجتماعهم
            return q
        if tok.prefix[:1] in ("و", "ف"):  # وأعلن الانقلابيون …، ونفذوا حملة اعتقالات (the
            # phrase right before a joined verb is the previous verb's object: وأبلغت الشركات وتعقد)
            return _joined_subject(tokens, phrases, j, tok.prefix[:1])
        pre = [q for q in phrases if lo <= q.start and not q.prep and q.kind != "target"
               and (q.end == j or q.end == j - 1 and tokens[j - 1].kind == "word")]
        return pre[-1] if pre else None
    return None


def _joined_subject(tokens: Sequence[Token], phrases: Sequence[Phrase], j: int, prefix: str
                    ) -> Phrase | None:
    """The subject a و/ف-joined verb at ``j`` shares (roles._shared_subject), if it agrees
    with the verb in gender and is a party (not a place or an object)."""
    gender = verb_gender(tokens[j], prefix)
    q = _shared_subject(tokens, phrases, j, gender)
    if q is None or not _agrees(tokens, q, gender):
        return None
    comps = [m for m in range(q.end, j) if tokens[m].norm in COMPLEMENTIZERS]
    if comps:
        return None  # قال فلان أن الرقابة ضبطت … وأصدرت: the speaker is not the joined verb's subject
    return q


def _relative_head(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, t0: int
                   ) -> Phrase | None:
    """The phrase right before the relative pronoun that opens the clause of ``t0`` (at most
    eight words back)."""
    for j in range(t0 - 1, max(lo, t0 - 9) - 1, -1):
        if tokens[j].norm in RELATIVES:
            return next((q for q in phrases if q.end == j and not q.prep and q.kind != "target"), None)
    return None


# (evr15b) Verbs whose subject organises what an adverbial «بالتعاون مع» qualifies.
ORGANISE = match_forms(
    "نظم نظمت نظموا ينظم تنظم ينظمون أرسل أرسلت أرسلوا يرسل ترسل يرسلون أطلق أطلقت أطلقوا "
    "يطلق تطلق عقد عقدت عقدوا يعقد تعقد شرع شرعت شرعوا يشرع تشرع فعل فعلت فعلوا يفعل "
    "أقام أقامت أقاموا يقيم تقيم نفذ نفذت نفذوا ينفذ تنفذ دشن دشنت دشنوا يدشن تدشن افتتح "
    "افتتحت افتتحوا يفتتح تفتتح وزع وزعت وزعوا يوزع توزع قدم قدمت قدموا يقدم أجرى أجرت "
    "أجروا يجري تجري")
# Where the search for the organising verb stops: a passive «تم»، a verb whose object the
# ب-noun is (رحبت اللجنة بالتعاون مع، مشيدا بالتعاون), a complementizer or subordinator.
NOT_ORGANISED = match_forms("تم تمت يتم تتم أشاد أشادت مشيدا مشيدة يشيد تشيد رحب رحبت مرحبا "
                       "يرحب ترحب نوه نوهت ينوه ثمن ثمنت يثمن شكر شكرت حث حثت دعا دعت "
                       "طالب طالبت")
ORGANISER_REACH = 16  # words from the verb to «بالتعاون»
RECEIVE = match_forms("استقبل استقبلت استقبلوا يستقبل تستقبل")
PRAISE = match_forms("أشاد أشادت أشادوا يشيد تشيد إشادة الإشادة إشادات مشيدا مشيدة ثمن ثمنت "
                "ثمنوا يثمن تثمن نوه نوهت ينوه تنوه")


def _organising(tok: Token) -> bool:
    """An organising verb form, also with an object pronoun (نظمها، أطلقته)."""
    if tok.prefix.lstrip("وف"):
        return False  # لتنظيم، بالتعاون: not a finite verb
    base = tok.base
    return base in ORGANISE or any(base.endswith(x) and base[:-len(x)] in ORGANISE
                                   for x in OBJECT_SUFFIXES) or light_form(tok, ORGANISE)  # (evw20) ستقدم


def _organiser(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int) -> Phrase | None:
    """The subject of the nearest organising verb before an adverbial «بالتعاون مع» at ``t0``:
    the party right after the verb (VSO, time words skipped), else right before it (SVO), else
    the shared subject of a و-joined verb."""
    inside = {k for q in phrases for k in range(q.start, q.end)}
    for v in range(t0 - 1, max(-1, t0 - ORGANISER_REACH - 1), -1):
        tok = tokens[v]
        if tok.norm in COMPLEMENTIZERS or base_in(tok, SUBORDINATORS) or base_in(tok, NOT_ORGANISED):
            return None
        if v in inside or tok.kind != "word" or not _organising(tok):
            continue
        gender = verb_gender(tok, tok.prefix)
        k = v + 1
        while k < t0 and tokens[k].norm in TIME_WORDS:
            k += 1
        q = next((q for q in phrases if q.start == k and q.end <= t0), None)
        if q is not None:
            return q if not q.prep and q.kind != "target" and _agrees(tokens, q, gender) else None
        if v > 0 and tokens[v - 1].norm in RELATIVES:
            return None  # البرامج التي ينظمها بالتعاون مع: the relative's head is no subject
        q = next((q for q in phrases if q.end == v), None)
        if q is not None:
            return q if not q.prep and q.kind != "target" and _agrees(tokens, q, gender) else None
        if tok.prefix[:1] in ("و", "ف"):
            return _joined_subject(tokens, phrases, v, tok.prefix[:1])
        return None
    return None


RECEIVER_SPAN = 5  # words of the receiver's name and title after its phrase


def _received(tokens: Sequence[Token], phrases: Sequence[Phrase], actors: Sequence[Phrase],
              t1: int, hi: int) -> Phrase | None:
    """The party received after the receiver and a place/time phrase (استقبل الأمير … في
    مكتبه أمس مدير عام …): the first party right after the adverbial run, which must start
    within five words of the receiver (a title phrase in between is the receiver's)."""
    a_end = max(q.end for q in actors)
    if a_end <= t1:
        return None
    k = a_end
    while k < min(hi, a_end + RECEIVER_SPAN):
        end = adverbial_end(tokens, k, hi)
        if end > k:
            q = next((q for q in phrases if q.start == end), None)
            return q if q is not None and not q.prep and q.kind != "target" else None
        q = next((q for q in phrases if q.start == k), None)
        if q is not None:  # الأمير فيصل بن بندر أمير منطقة الرياض: the receiver's title
            if q.prep or q.kind == "target":
                return None
            a_end, k = q.end, q.end
            continue
        k += 1
    return None


# What one praises a party for (أشاد بجهود/بدور/بمواقف X), the ب-noun before the praised party.
MERITS = match_forms("جهود جهد دور أدوار موقف مواقف تعاون دعم استبسال حرص مبادرة مبادرات اهتمام "
                "إنجاز إنجازات انجازات نجاح نجاحات قدرة أداء عمل أعمال تضحيات بطولات صمود "
                "وقفة مساندة مساعدة تجاوب شجاعة كفاءة حسن إسهام إسهامات مساهمة مساهمات عطاء "
                "تفاني حكمة قيادة رعاية")
NAME_LINKS = match_forms("بن ابن بنت")


def _praised(tokens: Sequence[Token], phrases: Sequence[Phrase], t1: int, hi: int) -> Phrase | None:
    """The party in the genitive of the first ب-noun after a praise verb (أشاد X بجهود
    السعودية، بدور رجال الشرطة); none after a definite ب-noun (بالجهود المبذولة)."""
    inside = {k for q in phrases for k in range(q.start, q.end)}
    for k in range(t1, min(hi, t1 + 14)):
        tok = tokens[k]
        if tok.norm in COMPLEMENTIZERS or tok.norm in RELATIVES:
            return None
        if k in inside or not b_noun(tok) or tokens[k - 1].norm in NAME_LINKS:
            continue  # بن بندر: a name
        noun = tok.norm[2:] if tok.prefix[:1] == "و" else tok.norm[1:]
        if noun not in MERITS:
            return None  # بالجهود المبذولة، بما قدمه، بديوبند (a place in a long name)
        q = next((q for q in phrases if q.start == k + 1), None)
        return q if q is not None and not q.prep and q.kind != "target" else None
    return None


def complete(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
             actors: list[Phrase], recips: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """:func:`_complete`, without a place after a compass word that a family coded (session 21,
    ``party_sites.after_compass``: «في مدينة بنغازي بشرق ليبيا … وهدد»)."""
    actors, recips = _complete(tokens, cand, phrases, actors, recips)
    return ([q for q in actors if not after_compass(tokens, cand, q)],
            [q for q in recips if not after_compass(tokens, cand, q)])


def _complete(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
              actors: list[Phrase], recips: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """Fill the empty actor / recipient of an event of the 14 other types (see the module
    docstring); never replaces a coded party (but the accused of a passive «اتهم بـ» and, in
    a verb-first clause, a recipient that is the subject's own apposition)."""
    phrases, actors, recips = split_joined(tokens, cand, phrases, actors, recips)  # (evo18b) انان اسرائيل
    actors, recips = misplaced(tokens, cand, phrases, actors, recips)  # (evo18b) واشنطن (اف ب)
    actors, recips = condemning_verb(tokens, cand, phrases, actors, recips)  # (evw20) تدين منظمة …
    actors = [q for q in actors if not state_visit(tokens, cand, q)]  # (evt22) في زيارة دولة
    recips = verb_first(tokens, cand, phrases, actors, recips)
    recips = without_own_forces(tokens, cand, recips)  # (evo18) سحب قواتها
    if cand.type == "COERCE":
        swap = arrester_first(tokens, cand, actors, recips, len(tokens))
        if swap is not None:  # (evo18) واعتقلت السلطات التركية أكثر من 1300 شخص
            actors, recips = [swap[0]], [swap[1]]
    if not recips and subject_in_verb(tokens, cand, actors):
        # (evo17) وطالبوا المسلحين بالمغادرة، طالبنا رئيس الوزراء بإقالة: the addressee
        recips, actors = list(actors), []
        if cand.prefix[:1] in ("و", "ف"):
            q = _joined_subject(tokens, phrases, cand.start, cand.prefix)
            actors = [q] if q is not None and q not in recips else []
    if not recips and accusative_addressee(tokens, cand, actors):
        # (evo18) وحث المواطنين على، ناشد المسؤولين بالبلدية بالوقوف: the addressee
        recips, actors = list(actors), []
        if cand.prefix[:1] in ("و", "ف"):
            q = _joined_subject(tokens, phrases, cand.start, cand.prefix)
            actors = [q] if q is not None and q not in recips else []
    if not recips and cand.type == "REQUEST":
        q = call_addressee(tokens, cand, phrases, actors, len(tokens))
        if q is not None and q not in actors:  # (evo18) دعا حسبو، الدول الغربية الى
            recips = [q]
    if not recips and cand.type == "REQUEST":
        q = linked_addressee(tokens, cand, phrases, actors)
        if q is not None:  # (evo19b) ودعا المفتش الأميركي الحكومة العراقية إلى
            recips = [q]
    if not actors and not recips and cand.type in JOINT_TYPES:
        actors, recips = between(tokens, cand, phrases)
    if not actors and not recips and cand.type in JOINT_TYPES:
        pair = named_pair(tokens, cand, phrases, len(tokens))
        if pair is not None:  # (evo17) تربط X و Y … التعاون … بين البلدين
            actors, recips = [pair[0]], [pair[1]]
    if not actors and not recips and mutual(cand):
        pair = two_sides(tokens, cand, phrases)
        if pair is not None:  # (evo19) وقف اطلاق النار بين إسرائيل وحزب الله
            actors, recips = [pair[0]], [pair[1]]
    if not recips:
        q = released(tokens, cand, phrases)
        if q is not None:  # (evo19) بالإفراج عن نائب رئيس الوزراء، الإفراج عن سجناء لبنانيين
            actors = [a for a in actors if not (q.start <= a.start and a.end <= q.end)]
            recips = [q]
    got = caller(tokens, cand, phrases)
    if got is not None and (not actors or got[1] is not None and actors == [got[1]]):
        # (evo19) تلقى X اتصالا هاتفيا من Y: the caller acts
        actors = [got[0]]
        recips = recips or ([got[1]] if got[1] is not None else [])
    found = [q for q in author(tokens, cand, phrases, actors) if q not in actors]
    if found and (not recips or act_target(tokens, cand, recips, found)):
        recips = found  # (evo19) انتقد دور الولايات المتحدة، للعدوان الاسرائيلي على لبنان
    if not recips and mutual(cand):
        pair = joined_pair(tokens, cand, phrases, actors)
        if pair is not None:  # (evo19) وكان مبارك وعبد الله قد التقيا: both its subject
            actors = list(pair)
    if actors and recips:
        return actors, recips
    t0, t1 = cand.start, cand.end
    lo, hi = clause_bounds(tokens, t0, t1)
    taken = {k for q in phrases for k in range(q.start, q.end)}
    extra = [_extra(tokens, j, len(tokens)) for j in range(len(tokens))
             if j not in taken and _party_at(tokens, j)]
    pool = sorted([*phrases, *extra], key=lambda q: q.start)
    actors, recips = list(actors), list(recips)
    verbal = cand.verbal
    head = tokens[t0]

    def free(q: Phrase | None) -> bool:
        return q is not None and q not in actors and q not in recips

    # passives: the subject is the recipient
    if not recips and cand.type in ("COERCE", "RETREAT") and not verbal and t0 >= 2 \
            and base_in(tokens[t0 - 1], UNDER) and base_in(tokens[t0 - 2], PUT):
        q = next((q for q in pool if q.end == t0 - 2 and not q.prep and q.kind != "target"), None)
        if free(q):  # X و Y وضعا تحت الاعتقال: the whole coordination
            recips.extend(r for r in coordinated(tokens, pool, q, backwards=True) if r not in actors)
    if cand.type == "ACCUSE" and verbal and _lemma_in(head, cand, ACCUSE_VERBS) and t1 < len(tokens) \
            and _charge(tokens[t1]) and t0 > 0:
        before = [q for q in pool if q.end <= t0 and t0 - q.end <= 5 and not q.prep and q.kind != "target"
                  and not any(tokens[m].norm in COMPLEMENTIZERS or tokens[m].kind == "word"
                              and not tokens[m].norm.startswith(("عام", "سن")) for m in range(q.end, t0))]
        q = before[-1] if before else None
        if q is not None and q not in recips and (not actors or actors == [q]):
            actors = []  # رجلا (48 عاما) اتهم بقتل: the accused
            recips.append(q)
    if not recips and verbal and _lemma_in(head, cand, RELEASE) and t1 < len(tokens) \
            and tokens[t1].norm in RELEASED and not any(q.start == t1 + 1 for q in pool):
        q = _relative_head(tokens, pool, lo, t0)
        if free(q):  # الذي أوقف … ثم أطلق سراحه
            recips.append(q)
    visitor, visited = arrival_visit(tokens, cand, pool)
    if not actors and free(visitor):  # (evt22) وصل X إلى Y في زيارة
        actors.append(visitor)
    if not actors and not verbal:
        q = _light_subject(tokens, pool, lo, t0)
        if free(q):
            actors.append(q)
    if not actors and not verbal:
        q = adverbial_subject(tokens, cand, pool, lo)
        if free(q):  # (evw20) ورحب X خلال اللقاء، اكتفى X في اتصال هاتفي مع
            actors.append(q)
    if not actors and not verbal:
        q = statement_issuer(tokens, cand, pool)
        if free(q):  # (evw20) بيان صادر عن الحركة الطلابية … استنكارا
            actors.append(q)
    if not actors and not verbal:
        q = relative_subject(tokens, cand, pool)
        if free(q):  # الاتفاقيات التي أبرمتها إطعام
            actors.append(q)
    if not actors:
        q = possessor(tokens, cand, pool, recips)
        if free(q):  # (evt22) عقد مديرو السجون … اجتماعهم، البيان الصادر عن X في اجتماعها
            actors.append(q)
    if not actors and not verbal and cand.type == "CONSULT" and base_in(head, MEETINGS) \
            and not any(q.start == t1 for q in pool):
        q = plural_party(tokens, t1, hi, lam=True)
        if q is not None:  # اجتماع مديري السجون، اجتماع لكبار قادة المناطق
            actors.append(q)
    if not actors and verbal and cand.prefix[:1] in ("و", "ف"):
        q = _joined_subject(tokens, pool, t0, cand.prefix)
        if free(q):
            actors.append(q)
    if not recips and verbal and cand.type in ("COERCE", "ACCUSE", "SANCTION"):
        q = next((q for q in extra if q.start == t1 and q.sector == "CRM"), None)
        if free(q):  # اعتقل المتهم، حاكم الجناة: a suspect after the verb is its object
            recips.append(q)
    if not actors and verbal and not _lemma_in(head, cand, CALL_TRIGGERS):
        k = t1
        if k < hi and tokens[k].norm in RESUMED:
            k += 1  # ما يطالب به المعتدلون، التي دعت إليها المرجعية
        q = next((q for q in extra if q.start == k and q.sector != "CRM"), None)
        if free(q):
            actors.append(q)
    if not recips and cand.type == "COERCE":
        for j in range(t1, min(hi, t1 + 2)):
            if tokens[j].norm in ON:  # القبض على الجاني المذكور
                q = next((q for q in extra if q.start == j + 1), None)
                if free(q):
                    recips.append(q)
                break
    if not recips and cand.type == "COERCE" and cand.entry.mode == "arrest":
        recips.extend(q for q in arrested(tokens, cand, pool, actors, lo, hi) if free(q))
    if not recips and cand.type in JOINT_TYPES:
        for j in range(t1, min(hi, t1 + 3)):
            if tokens[j].norm in WITH:
                k = j + 1 + (j + 1 < hi and tokens[j + 1].norm in DEMONSTRATIVES)
                q = next((q for q in pool if q.start == k and q.kind != "target"), None)
                if q is None:  # (evo17) مع أحد دائنيها، مع العاهل الأردني
                    q = partner(tokens, pool, k, len(tokens))
                if free(q):  # التعاون مع المراقبين المحليين، مع هذه الجماعات
                    recips.append(q)
                break
    if not recips:
        q = far_partner(tokens, cand, pool, actors)
        if free(q):  # (evt22) مفاوضات السلام في المرحلة الحالية مع كابل
            recips.append(q)
    if not recips and cand.type == "REQUEST" and _lemma_in(head, cand, CALL_TRIGGERS):
        q = next((q for q in extra if q.start == t1), None)
        if free(q) and any(tokens[m].norm in CALL_COMPLEMENT or base_in(tokens[m], CALL_COMPLEMENT)
                           for m in range(q.end, min(hi, q.end + 6))):
            recips.append(q)  # حث العلماء والمثقفين … على
    if not actors and cand.type == "COOPERATE" and not verbal and "ب" in head.prefix \
            and any(tokens[j].norm in WITH for j in range(t1, min(len(tokens), t1 + 2))):
        q = _organiser(tokens, pool, t0)
        if free(q):  # أرسلت الهيئة الخيرية … بالتعاون مع
            actors.append(q)
    if actors and not recips and cand.type == "CONSULT" and verbal and _lemma_in(head, cand, RECEIVE):
        q = _received(tokens, pool, actors, t1, len(tokens))
        if free(q):  # استقبل الأمير … في مكتبه أمس مدير عام
            recips.append(q)
    if not recips and cand.type == "CONSULT":
        q = visit_host(tokens, cand, pool, actors)
        if free(q):  # زيارة X إلى بيلاروسيا، زيارته الأخيرة لموسكو
            recips.append(q)
    if not recips and free(visited):  # (evt22) وصل X إلى Y في زيارة
        recips.append(visited)
    if not recips and cand.type == "CONSULT" and not verbal:
        q = attendees(tokens, cand, pool, len(tokens))
        if free(q):  # (evo17) عقد X اجتماعا ضم مستشاريه
            recips.append(q)
    if not recips and cand.type == "CONSULT":
        q = met_party(tokens, cand, pool, actors, len(tokens))
        if free(q):  # (evo17) والتقى بمعالي المستشار، التقى معاليه بعدد من المواطنين
            recips.append(q)
    if not recips and cand.type == "ACCUSE":
        q = investigated(tokens, cand, pool, len(tokens))
        if free(q):  # (evo17) القبض على الجاني المذكور وأسفر التحقيق معه
            recips.append(q)
    if not recips:
        q = svo_object(tokens, cand, pool, actors, len(tokens))
        if free(q):  # (evo17) دمرتاش دعا السبت الحكومة التركية
            recips.append(q)
    if not recips and cand.type == "SUPPORT" and _lemma_in(head, cand, PRAISE):
        q = _praised(tokens, pool, t1, len(tokens))
        if free(q):  # أشاد X بجهود السعودية
            recips.append(q)
    if not recips:
        q = proposal_author(tokens, cand, pool, actors, len(tokens))
        if free(q):  # (evo18) رفضت X اقتراحا تقدمت به فرنسا، وافق X علي توصية مجلس الادارة
            recips.append(q)
    if not recips:
        q = signing_partner(tokens, cand, pool, actors, len(tokens))
        if free(q):  # (evo18) وقع X اتفاقية تعاون مع شرطة دبي، وقف فوري لإطلاق النار مع إسرائيل
            recips.append(q)
    if not recips and cand.type == "SUPPORT" and _lemma_in(head, cand, PRAISE):
        q = praised_in_relative(tokens, cand, pool, actors, len(tokens))
        if free(q):  # (evo18) أشاد X بالجهود التي تبذلها دولة الإمارات
            recips.append(q)
    if not actors:
        q = called_actor(tokens, cand, pool)
        if free(q):  # (evo18) دعا X إثيوبيا إلى سحب قواتها
            actors.append(q)
    pair = dyad(tokens, cand, pool, actors, recips)
    if pair is not None:  # (evo19b) توصلت بريطانيا والصين إلى اتفاق: a dyad
        actors, recips = [pair[0]], [pair[1]]
    return actors, recips

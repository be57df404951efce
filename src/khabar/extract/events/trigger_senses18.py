"""Session-18 sense families of the 14 audited types (issue #6), read by
:func:`khabar.extract.events.trigger_senses.other_sense_family` — classes of the wrong rows of the
first sample drawn from a second source (ANERcorp, ``a18_blind.tsv``) read together with every
news-day sample (s7–s17), each a structure of general usage, never a sampled sentence's words: aid
cut or halted (:func:`aid_cut`), a visit to a site with no party to meet (:func:`site_visit`), a
truce held, consolidated or governed — an existing truce named (:func:`truce_held`) — and a company's
internal approvals (:func:`company_affairs`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from khabar.document import Token
from khabar.extract.events.lexicon import readings
from khabar.extract.events.trigger_lemmas import VISIT_LEMMAS
from khabar.extract.events.walk import CLAUSE_STOPS
from khabar.text.normalize import match_forms

_STOPS = CLAUSE_STOPS


def _is(tok: Token, words: Collection[str]) -> bool:
    return tok.kind == "word" and bool(readings(tok) & words)


def _before(tokens: Sequence[Token], i: int, reach: int) -> list[Token]:
    """Up to ``reach`` words right before ``i``, nearest first, none past a clause mark."""
    out: list[Token] = []
    for j in range(i - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in _STOPS:
                break
            continue
        out.append(tok)
        if len(out) == reach:
            break
    return out


# - **aid cut or halted**: the aid noun governed by a word of cutting, stopping, freezing or
#   withholding within three words before it (خفضت الحكومة المعونة، خفض فيه المساعدات، توقفت أعمال
#   الإغاثة، تعليق المساعدات) — no aid is given (in PLOVER a party cutting aid is a SANCTION); the
#   sample rows of the class: s7_blind, fresh_after (a cut) and a18_blind (relief halted), all judged
#   wrong. Resuming aid (استئناف المساعدات) is no cut.
AID_LEMMAS = match_forms("مساعدات معونات معونة مساعدة إغاثة")
CUTS = match_forms(
    "خفض خفضت خفضوا يخفض تخفض تخفيض قطع قطعت قطعوا يقطع تقطع وقف أوقف أوقفت أوقفوا يوقف توقف "
    "إيقاف توقفت يتوقف تتوقف تعليق علق علقت يعلق تعلق تجميد جمد جمدت يجمد تجمد تقليص قلص قلصت "
    "يقلص تقلص حجب حجبت يحجب تحجب"
)
CUT_REACH = 3  # the cut word, then at most its subject or «فيه»/«أعمال» before the aid noun


def aid_cut(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the AID noun at ``i`` is cut or halted (see above)."""
    if lemma not in AID_LEMMAS:
        return False
    return any(_is(t, CUTS) for t in _before(tokens, i, CUT_REACH))


# - **a visit to a site** with no party to meet: «زيارة/زار» right before a tomb, a shrine, a mosque,
#   a church, ruins or landmarks (اتجهنا لزيارة قبر الشاعر، اهتمت بزيارة المسجد، زيارة الأماكن
#   المقدسة) — sightseeing or devotion, no meeting or hosting between actors (the cue group
#   ``sightseeing`` of cues.tsv has parks, museums and festivals; a park visit of blind.tsv and the
#   two a18_blind rows, all judged wrong). A visit to a person or a country stays.
SITES = match_forms(
    "قبر قبور ضريح أضرحة اضرحة مقبرة مقابر مسجد مساجد كنيسة كنائس كاتدرائية معبد معابد دير أديرة "
    "آثار اثار معالم مزار مزارات الأماكن أماكن قلعة أطلال اطلال"
)
SITE_REACH = 2  # words after the visit (its subject may stand between: زار الوفد المسجد)


def site_visit(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the visit at ``i`` is to a site (see above)."""
    if lemma not in VISIT_LEMMAS:
        return False
    after = [t for t in tokens[i + 1: i + 1 + SITE_REACH + 1] if t.kind != "punct"][:SITE_REACH]
    return any(_is(t, SITES) for t in after)


# - **a truce held, consolidated or governed** (extends session 17's ``truce_named``): «الهدنة»
#   right after a word of keeping or governing it (تثبيت الهدنة، احترام الهدنة، صمود الهدنة، الذي يحكم
#   الهدنة) names a truce already in force — no concession made (two a18_blind rows and the
#   existing-truce rows of blind.tsv and fresh_after, all judged wrong); a truce declared, sought or
#   agreed (أعلن الهدنة، التوصل إلى هدنة) stays.
TRUCE_LEMMAS = match_forms("هدنة")
HELD = match_forms(
    "تثبيت تعزيز صمود استمرار احترام يحكم تحكم يرعى ترعى مراقبة"
)


def truce_held(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the CONCEDE noun «هدنة» at ``i`` is a truce already in force (see above)."""
    if lemma not in TRUCE_LEMMAS:
        return False
    before = _before(tokens, i, 1)
    return bool(before) and before[0] is tokens[i - 1] and _is(before[0], HELD)


# - **a company's internal approvals** (AGREE): a sentence naming a company's own organs — its board named
#   with it (مجلس إدارة الشركة/البنك), its shareholders (المساهمين) or their general assembly (الجمعية
#   العمومية/العامة العادية، غير العادية، للشركة، للبنك) — tells internal governance: a board member's
#   resignation approved (s17_blind), a general assembly's resolutions authorising the board (a18_blind),
#   both judged wrong, as session 17's company general assembly for CONSULT. The UN General Assembly
#   (الجمعية العمومية للأمم المتحدة) and an association's (الجمعية العمومية للمتقاعدين) are no company's,
#   nor the board of a public bank (مجلس إدارة البنك الدولي، البنك المركزي). «مجلس الإدارة» alone is left
#   as it was: a public body's board is one too, and a session-4 actor test codes «وافق مجلس الإدارة على
#   توزيع الأرباح» as AGREE. The REQUEST of such a sentence (the member's resignation request) is left as
#   it was too: the judges split on it (s10_fresh right; s15_blind and r17_blind_types wrong).
COMPANY_TYPES = frozenset({"AGREE"})
BOARD = match_forms("مجلس ومجلس لمجلس")
MANAGEMENT_OF = match_forms("إدارة ادارة")
FIRM = match_forms("الشركة للشركة البنك للبنك المصرف للمصرف")
SHAREHOLDERS = match_forms("المساهمين للمساهمين والمساهمين المساهمون")
ASSEMBLY = match_forms("الجمعية للجمعية والجمعية")
GENERAL = match_forms("العمومية العامة")
OF_FIRM = FIRM | SHAREHOLDERS | match_forms("العادية غير")
PUBLIC_BANK = match_forms(  # البنك الدولي، البنك المركزي، البنك الإسلامي للتنمية: no company's board
    "الدولي المركزي الإسلامي الاسلامي الآسيوي الاسيوي الأفريقي الافريقي الأوروبي الاوروبي العربي"
)


def _organ(words: Sequence[Token], k: int) -> bool:
    """Whether a company organ starts at ``words[k]`` (see above)."""
    a = words[k]
    b = words[k + 1] if k + 1 < len(words) else None
    c = words[k + 2] if k + 2 < len(words) else None
    if a.norm in SHAREHOLDERS:
        return True
    if b is None:
        return False
    if a.norm in BOARD:
        d = words[k + 3] if k + 3 < len(words) else None
        return b.norm in MANAGEMENT_OF and c is not None and c.norm in FIRM \
            and not (d is not None and d.norm in PUBLIC_BANK)
    return a.norm in ASSEMBLY and b.norm in GENERAL and c is not None and c.norm in OF_FIRM


def company_affairs(tokens: Sequence[Token], type_: str) -> bool:
    """Whether a trigger of ``type_`` stands in a sentence naming a company's organs (see above)."""
    if type_ not in COMPANY_TYPES:
        return False
    words = [t for t in tokens if t.kind == "word"]
    return any(_organ(words, k) for k in range(len(words)))


def session18_sense(tokens: Sequence[Token], i: int, type_: str, lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-18 senses
    above that name no act of ``type_``."""
    if company_affairs(tokens, type_):
        return True
    if type_ == "AID":
        return aid_cut(tokens, i, lemma)
    if type_ == "CONSULT":
        return site_visit(tokens, i, lemma)
    if type_ == "CONCEDE":
        return truce_held(tokens, i, lemma)
    return False

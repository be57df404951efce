"""Session-17 sense families of the 14 audited types (issue #6), read by
:func:`khabar.extract.events.trigger_senses.other_sense_family` — classes of the wrong rows of every
blind and fresh sample (s7–s17) read together, each a structure of general usage, never a sampled
sentence's words: «إنذار» that is no ultimatum (:func:`alert_or_notice`), a prayer with its subject
or the act asked for between (:func:`prayer_between`), a visit on an inspection tour
(:func:`inspection_tour`), a company's general assembly (:func:`company_assembly`), manoeuvres that
are no exercise (:func:`no_exercise`), the inquiry named as a unit or a place (:func:`inquiry_body`),
a truce named as a thing (:func:`truce_named`) and (second round) a sports club's internal affairs
(:func:`club_affairs`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from khabar.document import Token
from khabar.extract.events.lexicon import readings
from khabar.extract.events.trigger_lemmas import VISIT_LEMMAS
from khabar.text.normalize import match_form, match_forms


def _is(tok: Token, words: Collection[str]) -> bool:
    return tok.kind == "word" and bool(readings(tok) & words)


def _words(tokens: Sequence[Token], start: int, stop: int) -> list[Token]:
    return [t for t in tokens[max(0, start): max(0, stop)] if t.kind == "word"]


# - **«إنذار» that is no ultimatum**: an alert of a hazard (الإنذار الخاص بالعاصفة، تلقى إنذارا بغرق
#   مركب) and a thing that is a sign of what comes (كانت الخطبة إنذاراً لكل من، في إنذار استباقي
#   لانكماش) — no party warning another of its own act; «إنذار أخير/نهائي» (an ultimatum) always
#   stays. An authority's notices to shops or contractors (توجيه (485) إنذاراً، لفت نظر وإنذار المقاول)
#   stay too: the judges split on them (s7_fresh and roles_fresh right, s8_blind wrong).
ALERT_LEMMAS = match_forms("إنذار")
HAZARDS = match_forms(
    "إعصار الإعصار أعاصير عاصفة العاصفة عواصف العواصف غرق الغرق حريق الحريق حرائق زلزال الزلزال "
    "زلازل تسونامي فيضان الفيضان فيضانات سيول السيول أمطار الأمطار الطقس بركان البركان انهيار "
    "تسرب التسرب خاص الخاص الخاصة"
)
SIGN_BEFORE = match_forms("في كانت كان يعد تعد يعتبر تعتبر بمثابة يشكل تشكل شكل شكلت")
ULTIMATUM = match_forms("أخير أخيرا الأخير نهائي نهائيا النهائي")
ALERT_REACH = 3  # words after the noun to the hazard it alerts to


def alert_or_notice(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the THREATEN noun «إنذار» at ``i`` is an alert or a sign (see above)."""
    if lemma not in ALERT_LEMMAS:
        return False
    after = _words(tokens, i + 1, i + 1 + ALERT_REACH)
    if after and after[0].norm in ULTIMATUM:
        return False
    if any(_is(t, HAZARDS) for t in after):
        return True
    before = _words(tokens, i - 1, i)
    return bool(before) and before[-1].norm in SIGN_BEFORE and before[-1] is tokens[i - 1]


# - **a prayer with the subject or the act asked for between**: «دعا» whose clause names God as the
#   doer of what is asked, after «أن» (دعا رئيس الجمعية ونائبه بأن يحفظ الله البلاد) or before it (دعا
#   الأمير -الله عز وجل- أن يرحم), or that prays for someone (دعوا لهم بالرحمة، ندعو لهم، يدعون
#   بالدعاء) — no call between parties; a call «إلى» (دعا الأحزاب إلى التمسك بكتاب الله) stays.
CALL_LEMMAS = match_forms("دعا")
GOD = match_forms("الله المولى ربه ربها ربهم ربنا ربي الرحمن")
GOD_SUBJECT = match_forms("الله المولى الرحمن")  # the doer right after the asked act (not يتقي ربه)
GOD_EPITHETS = match_forms("عز وجل تعالى سبحانه وتعالى جل جلاله القدير العلي")
THAT = match_forms("أن ان بأن بان وأن وان")
TO = match_forms("إلى الى")
FOR_THEM = match_forms("له لها لهم لهما لنا لك لكم لكما لهن")
BLESSINGS = match_forms(
    "بالدعاء بالرحمة بالمغفرة بالشفاء بالتوفيق بالنصر بالسلامة بالخير بالثبات بالعافية بالفرج"
)
PRAYER_CLAUSE = 14  # words of the clause after «دعا» searched for God
SENTENCE_END = frozenset(".!?؟:؛;")


def prayer_between(tokens: Sequence[Token], i: int, kind: str, lemma: str) -> bool:
    """Whether the verb «دعا» at ``i`` opens a prayer (see above)."""
    if lemma not in CALL_LEMMAS or kind not in ("v", "x"):
        return False
    nxt = next((t for t in tokens[i + 1: i + 3] if t.kind == "word"), None)
    if nxt is not None and (nxt.norm in BLESSINGS or nxt.norm in FOR_THEM and not any(
            t.norm in TO for t in _words(tokens, i + 2, i + 4))):
        return True
    seen: list[Token] = []
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if t.kind == "punct" and t.text in SENTENCE_END:
            return False
        if t.kind != "word":
            continue
        if t.norm in TO or len(seen) >= PRAYER_CLAUSE:
            return False
        if t.norm in GOD:
            rest = [u for u in _words(tokens, j + 1, j + 5) if u.norm not in GOD_EPITHETS]
            verb_before = t.norm in GOD_SUBJECT and len(seen) > 1 and seen[-1].norm.startswith("ي") \
                and not seen[-1].norm.endswith(("وا", "ون")) and seen[-2].norm in THAT
            return verb_before or bool(rest) and rest[0].norm in THAT
        seen.append(t)
    return False


# - **a visit on an inspection tour**: an official's tour (خلال الجولة، في ختام جولته، تجول المدير في)
#   on which he visits a facility (زار خلال هذه الجولة مستشفى الأطفال), or visits made to one's own
#   departments to see their work (زيارات … للإدارات التابعة للاطلاع على الأداء) — an inspection, no
#   meeting of parties; a regional tour (جولته الخليجية) and a round of talks (جولة جديدة من المحادثات)
#   are no inspection. Meeting staff or citizens on such a tour (التقى بعدد من المواطنين) stays: the
#   judges split on it (s9_blind and r17_blind right, s14_fresh and s15_fresh wrong).
TOUR = match_forms("جولة جولته جولتها جولتهم الجولة جولات الجولات تجول تجولت تجولوا تجوّل")
NOT_INSPECTION = match_forms(
    "خليجية الخليجية عربية العربية أوروبية الأوروبية آسيوية الآسيوية أفريقية إفريقية الأفريقية "
    "إقليمية الإقليمية خارجية الخارجية دولية الدولية محادثات المحادثات مباحثات المباحثات مفاوضات "
    "المفاوضات حوار الحوار للحوار أولى ثانية ثالثة جديدة"
)
STAFF_OR_SITE = match_forms(
    "العاملين الموظفين الموظفات منسوبي منسوبات المواطنين عدد عددا المرضى المراجعين النزلاء "
    "الطلاب المستفيدين مركز المركز مراكز مستشفى المستشفى مختبر المختبر مقر المقر فرع الفرع "
    "إدارات الإدارات مكاتب المكاتب قطاعات القطاعات معرض المعرض مصنع المصنع"
)
OWN_WORK = match_forms("الأداء الاداء سير العمل أداء")
SEE_TO = match_forms("للاطلاع للإطلاع للوقوف")
TOUR_REACH = 25  # words before the trigger in which its sentence names the tour
TOUR_AFTER = 6  # or after it (زار المحافظ خلال هذه الجولة مركز …)
SITE_REACH = 7  # words after the trigger to the met staff or the visited facility
PURPOSE_REACH = 20  # words after the visits to «للاطلاع على الأداء»


def _tour_near(tokens: Sequence[Token], i: int) -> bool:
    """A tour named in the sentence before the trigger or right after it (زار خلال الجولة مركز)."""
    near = _words(tokens, i - TOUR_REACH, i + 1 + TOUR_AFTER)
    for k, t in enumerate(near):
        if t is not tokens[i] and _is(t, TOUR):
            return not any(_is(u, NOT_INSPECTION) for u in near[k + 1: k + 4])
    return False


def inspection_tour(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the CONSULT visit at ``i`` is part of an inspection tour (see above)."""
    if lemma not in VISIT_LEMMAS:
        return False
    after = _words(tokens, i + 1, i + 1 + SITE_REACH)
    if _tour_near(tokens, i) and any(_is(t, STAFF_OR_SITE) for t in after):
        return True
    later = _words(tokens, i + 1, i + 1 + PURPOSE_REACH)
    for k, t in enumerate(later[:-2]):
        if t.norm in SEE_TO and _is(later[k + 2], OWN_WORK):
            return any(_is(u, STAFF_OR_SITE) for u in later[:k])
    return False


# - **a company's general assembly**: the meeting of a general assembly of shareholders (الجمعية
#   العمومية، الجمعية العامة للشركة، العامة غير العادية) — internal governance, no meeting of parties;
#   the UN General Assembly (الجمعية العامة للأمم المتحدة) is not one.
MEETING_LEMMAS = match_forms("اجتماع")
ASSEMBLY = match_forms("الجمعية")
GENERAL = match_forms("العمومية")
GENERAL_OF_COMPANY = match_forms("العامة")
COMPANY = match_forms("للشركة للمساهمين العادية غير")
ASSEMBLY_BEFORE = 15  # words before the meeting noun to the assembly (صادقت الجمعية … خلال اجتماعها)
ASSEMBLY_AFTER = 4


def company_assembly(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the CONSULT meeting at ``i`` is a company's general assembly (see above)."""
    if lemma not in MEETING_LEMMAS:
        return False
    near = _words(tokens, i - ASSEMBLY_BEFORE, i) + _words(tokens, i + 1, i + 1 + ASSEMBLY_AFTER)
    for k, t in enumerate(near[:-1]):
        if t.norm not in ASSEMBLY:
            continue
        adj = near[k + 1]
        if adj.norm in GENERAL:
            return True
        if adj.norm in GENERAL_OF_COMPANY and k + 2 < len(near) and near[k + 2].norm in COMPANY:
            return True
    return False


# - **manoeuvres that are no exercise**: «مناورات» with a political adjective (المناورات السياسية،
#   الحزبية) or in a sentence that names no forces (المهارات والمناورات في سماء المدينة، ترك التنابز
#   والمناورات) — manoeuvring or aerobatics, no joint exercise of forces.
MANOEUVRE_LEMMAS = match_forms("مناورات")
POLITICAL = match_forms(
    "السياسية سياسية الحزبية حزبية البائسة الإعلامية إعلامية الانتخابية انتخابية الدبلوماسية"
)
FORCES = match_forms(
    "عسكرية العسكرية عسكري العسكري عسكريا مشتركة المشتركة بحرية البحرية جوية الجوية برية البرية "
    "القوات قوات الجيش جيش الجيشين الجيوش قتالية الحية حربية الحربية وحدات كتائب الناتو الحلف "
    "تدريبات التدريبات تمرين تمارين بالذخيرة الدفاع"
)


def no_exercise(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the COOPERATE noun «مناورات» at ``i`` names no exercise of forces (see above)."""
    if lemma not in MANOEUVRE_LEMMAS:
        return False
    after = _words(tokens, i + 1, i + 2)
    if after and after[0].norm in POLITICAL:
        return True
    return not any(_is(t, FORCES) for t in tokens if t.kind == "word")


# - **the inquiry named as a unit or a place**: «التحقيق» as the genitive of a unit or a place
#   (وحدة التحقيق في الجرائم، قسم التحقيق، مراكز الاحتجاز والتحقيق) names a body, no inquiry opened;
#   a committee or a team (لجنة التحقيق، فريق التحقيق) is left as it was.
INQUIRY_LEMMAS = match_forms("تحقيق")
BODIES = match_forms(
    "وحدة وحدات قسم أقسام شعبة مراكز مركز غرفة غرف مكتب مكاتب دائرة إدارة هيئة سجن سجون مقر مقار"
)


def inquiry_body(tokens: Sequence[Token], i: int, prefix: str, lemma: str) -> bool:
    """Whether the ACCUSE noun «التحقيق» at ``i`` names a unit or a place (see above)."""
    if lemma not in INQUIRY_LEMMAS or not prefix.endswith("ال"):
        return False
    before = _words(tokens, i - 3, i)
    if not before or before[-1] is not tokens[i - 1]:
        return False
    if before[-1].norm in BODIES:
        return True
    # مراكز الاحتجاز والتحقيق: joined by و to the genitive of a body noun
    return prefix.startswith("و") and len(before) >= 2 and before[-2].norm in BODIES \
        and before[-1].norm.startswith("ال")


# - **a truce named as a thing**: «هدنة» after the agreement that holds it (خرقا لاتفاقية الهدنة)
#   or its period (فترة الهدنة), or told as ending (لتنتهي بذلك هدنة) — an existing or past truce,
#   no concession made; a truce declared, sought or agreed (أعلن الهدنة، يتفاوضون على هدنة) stays.
TRUCE_LEMMAS = match_forms("هدنة")
HOLDERS = match_forms("اتفاقية الاتفاقية اتفاق الاتفاق فترة مدة الفترة المدة")
ENDED = match_forms("تنتهي انتهت انتهاء ينتهي")
TRUCE_REACH = 3


def truce_named(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the CONCEDE noun «هدنة» at ``i`` names an existing or ending truce (see above)."""
    if lemma not in TRUCE_LEMMAS:
        return False
    before = _words(tokens, i - TRUCE_REACH, i)
    if before and before[-1] is tokens[i - 1] and _is(before[-1], HOLDERS):
        return True
    return any(_is(t, ENDED) for t in before)


# - **a sports club's internal affairs** (second round): an act in a sentence about a club's election,
#   presidency, board or honorary members — the affairs word governing the club (المرشحين لرئاسة النادي،
#   اختيار إدارة النادي، انتخابات النادي) or the honorary members (عضو الشرف، أعضاء الشرف) — a club's own
#   business, no act between political actors (s9, s14, s14b, s15 and s17 rows of three articles, all
#   judged wrong); a literary, student or press club (النادي الأدبي) is not one, a club's name with an
#   unrelated «إدارة» in the sentence (محامي نادي الأسير … إدارة مصلحة السجون) is not either, and sports
#   governance above the clubs (a federation, the IOC) names no club's affairs. A sentence that names the
#   sports authority acting on the club (الرئاسة العامة لرعاية الشباب) is left as it was: the judges split
#   on it (s11_blind right, s9_fresh and s14b_fresh wrong).
CLUB_TYPES = frozenset({"AGREE", "REQUEST", "SUPPORT", "CONSULT", "REJECT", "COOPERATE"})
CLUB = match_forms("النادي الأندية الاندية للنادي بالنادي")
CLUB_AFFAIRS = match_forms(
    "رئاسة لرئاسة برئاسة إدارة لإدارة انتخاب انتخابات لانتخابات شرف مجلس جمعية"
)
MEMBERS = match_forms("عضو عضوا عضوي أعضاء اعضاء وأعضاء لأعضاء")
HONOUR = match_forms("الشرف شرف")
AUTHORITY = frozenset((match_form(a), match_form(b)) for a, b in (
    ("رعاية", "الشباب"), ("لرعاية", "الشباب"), ("العامة", "للرياضة"), ("العامة", "للشباب")))
NOT_SPORTS_CLUB = match_forms(
    "الأدبي الأدبية أدبي الثقافي الثقافية الطلابي الطلابية الصحفي الصحفيين الصحافيين العلمي العلمية "
    "الاجتماعي الاجتماعية الإعلاميين"
)


def club_affairs(tokens: Sequence[Token], type_: str) -> bool:
    """Whether a trigger of ``type_`` stands in a sentence about a sports club's own affairs."""
    if type_ not in CLUB_TYPES:
        return False
    words = [t for t in tokens if t.kind == "word"]
    if any(t.norm in NOT_SPORTS_CLUB for t in words):
        return False
    if any((a.norm, b.norm) in AUTHORITY for a, b in zip(words, words[1:], strict=False)):
        return False
    for a, b in zip(words, words[1:], strict=False):
        if a.norm in CLUB_AFFAIRS and b.norm in CLUB or a.norm in MEMBERS and b.norm in HONOUR:
            return True
    return False

def session17_sense(tokens: Sequence[Token], i: int, prefix: str, type_: str, kind: str,
                    lemma: str) -> bool:
    """Whether the trigger at ``i`` (normalised entry ``lemma``) is one of the session-17 senses
    above that name no act of ``type_``."""
    if club_affairs(tokens, type_):
        return True
    if type_ == "THREATEN":
        return alert_or_notice(tokens, i, lemma)
    if type_ == "REQUEST":
        return prayer_between(tokens, i, kind, lemma)
    if type_ == "CONSULT":
        return inspection_tour(tokens, i, lemma) or company_assembly(tokens, i, lemma)
    if type_ == "COOPERATE":
        return no_exercise(tokens, i, lemma)
    if type_ == "ACCUSE":
        return inquiry_body(tokens, i, prefix, lemma)
    if type_ == "CONCEDE":
        return truce_named(tokens, i, lemma)
    return False

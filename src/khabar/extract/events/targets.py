"""Whom a protest is against, when the protested act names its author after it (session 12).

The roles of :mod:`khabar.extract.events.roles` take a protest's target from the phrase after
its marker (احتجاجا على قرار الحكومة، ضد الرئيس). Three shapes name the target elsewhere:

- the author of the protested act in a relative clause whose verb resumes the act: «ضد القرار
  الذي اتخذته الحكومة»، «على الإجراءات التي فرضتها إدارة الشركة»، «ضد القانون الذي أقره البرلمان»;
- the agent of a protested act that is no harm (harms: ``roles._harm_author``) after «من قبل»،
  «من جانب» or «على يد»: «احتجاجا على تأخر صرف رواتبهم من جانب الوزارة»;
- a petition addressed to someone: «وسلموا مذكرة (احتجاج) إلى رئيس الوزراء»، «رفعوا عريضة إلى
  المحافظ»، «رسالة موجهة إلى الأمين العام»;
- a «الموت لـ X» chant (وهم يهتفون الموت لأمريكا) and a burned flag or effigy (وأحرقوا العلم
  الأمريكي، دمية تمثل الرئيس) when no other target was found.

And two shapes name no target: whom a rally supports (دعما للرئيس، تأييدا للحكومة، تضامنا مع
غزة), and the prisoners whose release is demanded (للمطالبة بالإفراج عن المعتقلين) — whoever holds
them is the target (… لدى السلطات، في سجون الاحتلال), when named.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import phrase_at
from khabar.extract.events.rolewords import AGAINST, AGENT_HANDS, DEMAND_MARKERS, RELATIVES
from khabar.text.normalize import match_form

ACT_SPAN = 8  # words from the protested act to its author
# «من قبل X»، «من جانب X»: the agent of the act
AGENT_AFTER_FROM = frozenset(match_form(w) for w in "قبل جانب".split())
FROM = frozenset(match_form(w) for w in "من".split())
ON = frozenset(match_form(w) for w in "على".split())
# The pronoun that resumes the relative's head on its verb (اتخذته، فرضتها، أقره، نفذوها).
RESUMING = ("ه", "ها", "هم", "هما")
# A preposition with the pronoun that resumes the head (التي يقوم بها، الذي تعرضوا له).
RESUMING_PREPS = frozenset(match_form(w) for w in "به بها بهم له لها لهم فيه فيها عليه عليها".split())
# (session 17) the relative «ما» after a marker, with its preposition (احتجاجا على ما، تنديدا بما،
# استنكارا لما، ضد ما)
WHAT = frozenset(match_form(w) for w in "ما بما لما".split())
# Chants: «الموت لـ X» (death to X) names the protest's target, as «يسقط X» does (roles).
DEATH = frozenset(match_form(w) for w in "الموت".split())
# (session 15) and «لا لـ X» (no to X): «رافعين لافتات كتب عليها لا للاحتلال الأمريكي»
NO_TO = frozenset(match_form(w) for w in "لا".split())
# A burned flag or effigy names the protest's target (أحرقوا العلم الأمريكي، دمية تمثل الرئيس).
BURN = frozenset(match_form(w) for w in (
    "أحرق أحرقت أحرقوا احرق احرقت احرقوا يحرقون يحرق حرق حرقوا إحراق احراق بإحراق باحراق "
    "وأحرقوا واحرقوا وأحرق واحرق وحرقوا وإحراق واحراق"
).split())
EMBLEMS = frozenset(match_form(w) for w in (
    "علم العلم أعلام الأعلام اعلام الاعلام علمي علما دمية دمى مجسم مجسما صور صورا صورة دمي "
    "العلمين علمين العلمان"
).split())
EMBLEM_SPAN = 4  # words from the emblem to the party it stands for (دمية تمثل الرئيس)
# Written addresses of a protest: the memorandum, the petition, the letter.
PETITIONS = frozenset(match_form(w) for w in (
    "مذكرة مذكرات عريضة عرائض رسالة رسائل"
).split())
ADDRESSED = frozenset(match_form(w) for w in "موجهة موجه الموجهة الموجه".split())
TO = frozenset(match_form(w) for w in "إلى الى".split())
PETITION_SPAN = 4  # words from the petition noun to «إلى»
# Whom a rally supports (دعما ل، تأييدا ل، تضامنا مع، نصرة ل، مؤيدة ل).
SUPPORTING = frozenset(match_form(w) for w in (
    "دعما تأييدا تضامنا نصرة مناصرة مؤيدة مؤيدين مؤيدا مؤيد المؤيدة المؤيدين "
    "دعم تأييد تضامن"
).split())
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def _inside(phrases: Sequence[Phrase], j: int) -> bool:
    return any(p.start <= j < p.end for p in phrases)


def act_author(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int
               ) -> Phrase | None:
    """The author of the protested act that starts at ``k`` (the word after the marker),
    named after it: the subject of a relative clause that resumes the act, or the agent after
    «من قبل / من جانب / على يد»; None when neither stands before a stop, a comma or another
    marker."""
    p = punished(tokens, phrases, k, hi)
    if p is not None:
        return p  # (session 16) للدعوة لإنزال العقاب بأحد أفراد عائلته
    end = min(hi, len(tokens), k + ACT_SPAN)
    for m in range(k, end):
        tok = tokens[m]
        if tok.kind == "punct" or (m > k and (tok.norm in AGAINST or tok.base in DEMAND_MARKERS
                                              or tok.norm in DEMAND_MARKERS)):
            return None
        if m > k and _bare_relative(tokens, phrases, k, m):
            # (session 15) an indefinite act takes no relative pronoun: «ضد أي حرب محتملة تقودها
            # الولايات المتحدة ضد العراق»، «على إجراءات اتخذتها الحكومة»
            at = m + 2 if tokens[m + 1].norm in RESUMING_PREPS else m + 1
            return phrase_at(phrases, at, at + 2)
        if tok.norm in RELATIVES or m == k and tok.norm in WHAT:
            # (session 17) «ما» right after the marker: what someone does is the protested act
            # (تنديدا بما تقوم به قوات الاحتلال، احتجاجا على ما ارتكبته الميليشيات)
            if m + 1 >= len(tokens) or _inside(phrases, m + 1):
                return None
            verb = tokens[m + 1]
            if verb.kind != "word":
                return None
            nxt = m + 2
            if not verb.text.rstrip(MARKS).endswith(RESUMING):
                # the pronoun on a preposition after the verb (الزيارة التي يقوم بها الرئيس)
                if nxt >= len(tokens) or tokens[nxt].norm not in RESUMING_PREPS:
                    return None
                nxt += 1
            p = phrase_at(phrases, nxt, nxt + 2)
            return p if p is not None and not p.prep else None
        if m > k and (tok.norm in AGENT_AFTER_FROM and tokens[m - 1].norm in FROM
                      or tok.norm in AGENT_HANDS and tokens[m - 1].norm in ON):
            return phrase_at(phrases, m + 1, m + 3)
    return None


# (session 16) A demanded punishment names the punished after ب or من: «للمطالبة بإنزال العقاب
# بالجناة»، «للدعوة لإنزال أشد العقوبات بأحد أفراد عائلته»، «بالقصاص من القتلة» — the target, as the
# object of a demanded trial or dismissal is (بمحاكمة المسؤولين، بإقالة الوزير).
INFLICT = frozenset(match_form(w) for w in (
    "إنزال انزال بإنزال بانزال لإنزال لانزال إيقاع ايقاع بإيقاع بايقاع لإيقاع لايقاع "
    "تطبيق بتطبيق لتطبيق إنزاله انزاله"
).split())
PENALTIES = frozenset(match_form(w) for w in (
    "العقاب عقاب العقوبة عقوبة العقوبات عقوبات أشد اشد أقصى اقصى القصاص"
).split())
RETRIBUTION = frozenset(match_form(w) for w in (
    "القصاص بالقصاص للقصاص قصاص الاقتصاص بالاقتصاص للاقتصاص"
).split())
ONE_OF = frozenset(match_form(w) for w in "بأحد بإحدى باحد باحدى".split())
PUNISH_SPAN = 4  # words from the inflicting masdar to ب + the punished


def punished(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int) -> Phrase | None:
    """The party a demanded punishment starting at ``k`` falls on: «إنزال العقاب / أشد العقوبات
    ب X»، «القصاص من X» — the phrase after ب or من, before a stop or a comma; None otherwise."""
    if k >= len(tokens):
        return None
    tok = tokens[k]
    if tok.norm in RETRIBUTION or tok.base in RETRIBUTION:
        m = k + 1
        if m < len(tokens) and tokens[m].norm in FROM:
            return phrase_at(phrases, m + 1, m + 2)
        return None
    if tok.norm not in INFLICT and tok.base not in INFLICT:
        return None
    penalty = False
    for m in range(k + 1, min(hi, len(tokens), k + 1 + PUNISH_SPAN)):
        t = tokens[m]
        if t.kind == "punct":
            return None
        if t.norm in PENALTIES or t.base in PENALTIES:
            penalty = True
            continue
        if penalty and t.norm in ONE_OF:  # بأحد أفراد عائلته (left whole by the clitic analysis)
            return phrase_at(phrases, m + 1, m + 2)
        if penalty and t.prefix.lstrip("و") == "ب":
            return phrase_at(phrases, m, m + 1)
    return None


def _bare_relative(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, m: int) -> bool:
    """Whether the word ``m`` opens a relative clause on the indefinite act that starts at ``k``
    (no relative pronoun after an indefinite head): a verb carrying the pronoun that resumes the
    act (تقودها، اتخذتها، أصدره), after indefinite words only, with the author's phrase right
    after it."""
    tok = tokens[m]
    if tok.kind != "word" or tok.prefix or len(tok.norm) < 3 or _inside(phrases, m):
        return False
    # the pronoun on the verb (تقودها، اتخذتها) or, (session 17), on a preposition after it
    # («تصريحات أدلى بها الرئيس»، «ممارسات تقوم بها الشرطة»)
    on_prep = m + 1 < len(tokens) and tokens[m + 1].norm in RESUMING_PREPS
    if not (on_prep or len(tok.norm) >= 5 and tok.text.rstrip(MARKS).endswith(RESUMING)):
        return False
    if any(tokens[x].kind != "word" or tokens[x].prefix.endswith("ال") or _inside(phrases, x)
           for x in range(k, m)):
        return False
    at = m + 2 if on_prep else m + 1
    p = phrase_at(phrases, at, at + 1)
    return p is not None and not p.prep


def petition_addressee(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, hi: int
                       ) -> Phrase | None:
    """Whom a petition between ``lo`` and ``hi`` is addressed to («سلموا مذكرة احتجاج إلى X»،
    «عريضة موجهة إلى X»)."""
    for j in range(lo, min(hi, len(tokens))):
        if tokens[j].base not in PETITIONS and tokens[j].norm not in PETITIONS:
            continue
        for m in range(j + 1, min(len(tokens), j + 1 + PETITION_SPAN)):
            if tokens[m].kind == "punct":
                break
            if tokens[m].norm in TO:
                p = phrase_at(phrases, m + 1, m + 3)
                if p is not None:
                    return p
                break
    return None


# A demanded release (للمطالبة بالإفراج عن المعتقلين، مطالبين بإطلاق سراح الأسرى): the prisoners are
# whom the protest is for; whoever holds them (لدى السلطات، في سجون الاحتلال) is its target.
RELEASE = frozenset(match_form(w) for w in (
    "الإفراج بالإفراج الافراج بالافراج إفراج افراج بإفراج بافراج إطلاق اطلاق بإطلاق باطلاق"
).split())
HELD_BY = frozenset(match_form(w) for w in "لدى سجون السجون معتقلات".split())
RELEASE_SPAN = 8


# (session 15) A demanded provision or relief (للمطالبة بإرسال قوات دولية، مطالبين بتوفير فرص عمل،
# بعودة الرئيس السابق، بتعويض المتضررين): its object is what or whom the protesters want, not
# whom they protest against — unlike a demanded removal or punishment (باستقالة الحكومة، برحيل
# الرئيس، بمحاكمة المسؤولين), whose object is the target.
PROVISIONS = frozenset(match_form(w) for w in (
    "إرسال ارسال توفير تحسين زيادة دعم حماية تعيين منح السماح توظيف تثبيت إعادة اعادة عودة "
    "تعويض صرف إنصاف انصاف تطبيق إجراء اجراء تنفيذ فتح تسليم إدخال ادخال إنشاء انشاء بناء "
    "توزيع تأمين تامين رفع"
).split())


def provision(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` after a demand marker asks for a provision (بإرسال، بتوفير، بعودة)."""
    return k < len(tokens) and tokens[k].prefix.lstrip("و") == "ب" and tokens[k].base in PROVISIONS


def released(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` after a demand marker asks for a release (بالإفراج عن، بإطلاق
    سراح)."""
    return k < len(tokens) and tokens[k].norm in RELEASE and (
        k + 1 < len(tokens) and tokens[k + 1].norm in (match_form("عن"), match_form("سراح")))


def holder(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int) -> Phrase | None:
    """Who holds the prisoners whose release is demanded at ``k`` (… عن المعتقلين لدى السلطات،
    … في سجون الاحتلال): the phrase after لدى or سجون, before a stop or a comma."""
    for m in range(k + 1, min(hi, len(tokens), k + 1 + RELEASE_SPAN)):
        if tokens[m].kind == "punct":
            return None
        if tokens[m].norm in HELD_BY or tokens[m].base in HELD_BY:
            return phrase_at(phrases, m + 1, m + 3)
    return None


def chant_target(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, hi: int
                 ) -> Phrase | None:
    """The party of a «الموت لـ X» chant between ``lo`` and ``hi`` (وهم يهتفون الموت لأمريكا)."""
    for j in range(lo, min(hi, len(tokens)) - 1):
        if tokens[j].norm in DEATH or tokens[j].norm in NO_TO:
            k = j + 1
            if k < len(tokens) and tokens[k].kind == "punct" and tokens[j].norm in DEATH:
                k += 1  # «الموت» «لإسرائيل»
            if k < len(tokens) and tokens[k].prefix.lstrip("وف").startswith("ل"):
                p = phrase_at(phrases, k, k + 1)
                if p is None and tokens[k].prefix.endswith("ل") and k + 1 < len(tokens):
                    # لا للاحتلال الأمريكي: the state whose act is refused
                    q = phrase_at(phrases, k + 1, k + 2)
                    p = q if q is not None and q.kind == "country" and "adj" in q.tags else None
                if p is not None:
                    return p
    return None


def burned_emblem(tokens: Sequence[Token], phrases: Sequence[Phrase], lo: int, hi: int
                  ) -> Phrase | None:
    """The party whose flag or effigy is burned between ``lo`` and ``hi`` («وأحرقوا العلم
    الأمريكي»، «أحرقوا دمية تمثل الرئيس الأمريكي»): a country adjective or name, a person."""
    for j in range(lo, min(hi, len(tokens))):
        if tokens[j].norm not in BURN and tokens[j].base not in BURN:
            continue
        for m in range(j + 1, min(len(tokens), j + 3)):
            if tokens[m].norm not in EMBLEMS and tokens[m].base not in EMBLEMS:
                continue
            for q in phrases:
                if m < q.start <= m + EMBLEM_SPAN and not any(
                        tokens[x].kind == "punct" for x in range(m, q.start)):
                    return q
            return None
    return None


def state(p: Phrase) -> bool:
    """A state named as such — a country or capital by its name (إيران، الصين، موسكو), no
    sector — as opposed to its people (الإيرانيون: a demonym). «احتجت إيران على» is a
    diplomatic protest (ACCUSE), as «احتجت الخارجية على» already was (session 12)."""
    return p.kind == "country" and p.sector is None and bool(p.tags & {"name", "capital", "kingdom"})


def supported(tokens: Sequence[Token], p: Phrase) -> bool:
    """Whether the phrase is whom a rally supports: right after «دعما/تأييدا/نصرة ل» (the ل on
    the phrase) or «تضامنا مع»."""
    j = p.start - 1
    if j >= 0 and tokens[j].norm in ("مع",):
        j -= 1
    return j >= 0 and (tokens[j].norm in SUPPORTING or tokens[j].base in SUPPORTING)


# (session 13) An embassy or consulate protested at stands for its state: the annotators of the
# benchmark mark the country («أمام مقر السفارة الأردنية»: gold «الأردنية»), PLOVER codes the state.
EMBASSIES = frozenset(match_form(w) for w in (
    "سفارة السفارة سفارات السفارات قنصلية القنصلية قنصليات القنصليات "
    # (session 18) the other diplomatic missions: «مقر البعثة الأمريكية»، «الممثلية الإيرانية»
    "بعثة البعثة بعثات البعثات ممثلية الممثلية"
).split())
# (session 18) Adjectives of the mission itself, between it and its state: «القنصلية العامة
# الفرنسية»، «البعثة الدائمة لإيران»، «القنصلية الفخرية» — no part of the state's name.
MISSION_ADJECTIVES = frozenset(match_form(w) for w in (
    "العامة عامة الدائمة دائمة الفخرية فخرية الدبلوماسية دبلوماسية"
).split())


def embassy_state(tokens: Sequence[Token], p: Phrase) -> Phrase | None:
    """The state named after an embassy, consulate or mission in a protest's target phrase
    («مقر السفارة الأمريكية»، «سفارة الولايات المتحدة»، «القنصلية العامة الفرنسية»): the country
    words alone, past the mission's own adjectives (:data:`MISSION_ADJECTIVES`), as a country
    phrase; None when the phrase names no mission or no country after it."""
    if p.country is None:
        return None
    for j in range(p.start, p.end - 1):
        if tokens[j].base in EMBASSIES or tokens[j].norm in EMBASSIES:
            k = j + 1
            while k < p.end - 1 and tokens[k].norm in MISSION_ADJECTIVES:
                k += 1
            out = Phrase(k, p.end, p.country, p.sector, kind="country")
            out.tags.add("embassy")
            return out
    return None


# (session 13) A protested publication names its publisher after «في» or a resuming verb of
# publishing: «احتجاجا على الرسوم المسيئة … في الصحف الدنماركية» — the newspapers are the target.
PUBLICATIONS = frozenset(match_form(w) for w in (
    "رسوم الرسوم رسومات الرسومات كاريكاتير الكاريكاتير الكاريكاتيرات رسم الرسم مقال المقال "
    "مقالات المقالات فيلم الفيلم أفلام الأفلام كتاب الكتاب تقرير التقرير"
).split())
MEDIA = frozenset(match_form(w) for w in (
    "صحيفة الصحيفة صحف الصحف جريدة الجريدة جرائد الجرائد مجلة المجلة مجلات المجلات "
    "قناة القناة قنوات القنوات"
).split())
IN = frozenset(match_form(w) for w in "في".split())
PUBLISHING = frozenset(match_form(w) for w in "نشر بنشر إعادة".split())
PUBLICATION_SPAN = 8


def publisher(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int) -> Phrase | None:
    """The medium that published the protested publication starting at ``k`` (the word after
    the marker): a newspaper, magazine or channel phrase after «في» within
    :data:`PUBLICATION_SPAN` words, before a stop or another marker."""
    if k + 1 < len(tokens) and tokens[k].norm in PUBLISHING:
        k += 1  # احتجاجا على نشر الرسوم في صحيفة دنماركية
    if k >= len(tokens) or (tokens[k].base not in PUBLICATIONS and tokens[k].norm not in PUBLICATIONS):
        return None
    for m in range(k + 1, min(hi, len(tokens), k + 1 + PUBLICATION_SPAN)):
        tok = tokens[m]
        if tok.kind == "punct" or tok.norm in AGAINST or tok.base in DEMAND_MARKERS:
            return None
        if tok.norm in IN and m + 1 < len(tokens) and (
                tokens[m + 1].base in MEDIA or tokens[m + 1].norm in MEDIA):
            return phrase_at(phrases, m + 1, m + 2)
    return None


# (session 15) Who organised a protest is its source when no protester is named: the subject of
# an organising or mobilising verb whose complement is the protest («نظمت الجماعة الإسلامية
# مظاهرة»، «دفعت الجماعة بأكثر من خمسة آلاف متظاهر للاحتشاد»، «دعت النقابة إلى إضراب»), the
# author of a relative clause on the protest noun («مسيرة نظمها الحزب»، «مظاهرة دعت إليها
# الجماعة») and the caller after «بدعوة من» («بدعوة من حركة حماس»).
ORGANISE = frozenset(match_form(w) for w in (
    "نظم نظمت نظموا ينظم تنظم ينظمون نظمها نظمتها نظمه نظمته نظموها "
    "دفع دفعت دفعوا يدفع تدفع حشد حشدت حشدوا يحشد تحشد "
    "دعا دعت دعوا يدعو تدعو يدعون قاد قادت "
    # undertaking verbs: «بدأ ألف سوري اعتصاما»، «يخوض الأسرى إضرابا»، «أقام داعموه وقفة»
    "بدأ بدأت بدأوا بدءوا يبدأ تبدأ يبدأون خاض خاضت خاضوا يخوض تخوض يخوضون "
    "واصل واصلت واصلوا يواصل تواصل يواصلون أقام أقامت أقاموا اقام اقامت اقاموا"
).split())
# the pronoun on the verb or after it that resumes the protest noun of a relative («نظمها»،
# «دعت إليها»، «دعا لها»)
ORGANISED_BY = frozenset(match_form(w) for w in (
    "نظمها نظمتها نظمه نظمته نظموها نظموه قادها قادتها قاده قادته"
).split())
CALLED_TO = frozenset(match_form(w) for w in "دعا دعت دعوا دعتا".split())
TO_IT = frozenset(match_form(w) for w in "إليها اليها إليه اليه لها له".split())
CALL_NOUNS = frozenset(match_form(w) for w in "بدعوة دعوة تلبية لدعوة".split())
# what an organising verb puts on: a protest noun, the protesters, or a purpose verbal noun
PROTEST_WORDS = frozenset(match_form(w) for w in (
    "مظاهرة مظاهرات تظاهرة تظاهرات المظاهرة المظاهرات التظاهرة التظاهرات مسيرة مسيرات "
    "المسيرة المسيرات وقفة الوقفة اعتصام الاعتصام اعتصاما إضراب الإضراب إضرابا اضراب الاضراب "
    "اضرابا احتجاج الاحتجاج احتجاجات الاحتجاجات احتجاجا للاحتجاج للتظاهر التظاهر للاحتشاد "
    "الاحتشاد للاعتصام الاعتصام للإضراب للاضراب العصيان عصيان"
).split())
ORGANISER_REACH = 14  # words from the organiser's phrase to the protest
# an official body is no protest's source: its protest is recoded (EventStage: ACCUSE, COERCE), so a
# government calling a strike or the police facing a march organise nothing here
OFFICIAL_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


def _protest_word(tok: Token) -> bool:
    return tok.norm in PROTEST_WORDS or tok.base in PROTEST_WORDS or tok.norm[1:] in PROTEST_WORDS


def organiser(tokens: Sequence[Token], phrases: Sequence[Phrase], t0: int, t1: int, lo: int,
              hi: int) -> Phrase | None:
    """The organiser of the protest whose trigger spans ``[t0, t1)`` (clause ``[lo, hi)``), as
    its source: «بدعوة من X» after the trigger in its clause; a relative clause on the protest
    noun («مسيرة نظمها X»، «مظاهرة دعت إليها X»); the subject right after an organising verb
    before the trigger, no stop between, with a protest word between that subject and the
    trigger or the trigger itself («نظمت X مظاهرة»، «دفعت X بآلاف المتظاهرين للاحتشاد …،
    احتجاجا»). None otherwise."""
    for j in range(t1, min(hi, len(tokens), t1 + 10)):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text not in ",،":
            break
        if tok.norm in CALL_NOUNS or tok.base in CALL_NOUNS:
            k = j + 1
            if k < len(tokens) and tokens[k].norm in FROM:
                k += 1
            p = phrase_at(phrases, k, k + 1)
            if p is not None and p.sector not in OFFICIAL_BODIES:  # the caller after «من»
                return p
        if j <= t1 + 3 and (tok.norm in ORGANISED_BY or tok.base in ORGANISED_BY):
            p = phrase_at(phrases, j + 1, j + 2)
            if p is not None and not p.prep and p.sector not in OFFICIAL_BODIES:
                return p
        if j <= t1 + 3 and tok.base in CALLED_TO and j + 1 < len(tokens) \
                and tokens[j + 1].norm in TO_IT:
            p = phrase_at(phrases, j + 2, j + 3)
            if p is not None and not p.prep and p.sector not in OFFICIAL_BODIES:
                return p
    for j in range(t0 - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text not in ",،":
            return None
        if tok.norm not in ORGANISE and tok.base not in ORGANISE:
            continue
        p = phrase_at(phrases, j + 1, j + 2)
        if p is None and j + 1 < len(tokens) and (tokens[j + 1].base in KIN or tokens[j + 1].norm in KIN):
            p = phrase_at(phrases, j + 2, j + 2 + KIN_REACH)  # (session 17) تخوض أسر عدد من المعتقلين
        if p is None and tok.norm.endswith(("وا", "ون")):
            # a plural verb after its subject: «نحو ألف سوري بدأوا اعتصاما»
            p = next((q for q in phrases if q.end == j), None)
            if p is not None and p.end > t0:
                p = None
        if p is None or p.prep or p.kind == "target" or p.end > t0 or t0 - p.end > ORGANISER_REACH \
                or p.sector in OFFICIAL_BODIES or state(p):
            return None  # حشدت الشرطة قواتها لمواجهة المظاهرة، دعت الحكومة إلى إضراب
        if any(_protest_word(tokens[m]) for m in range(p.end, t1)):
            return p
        return None
    return None


# (session 16) «احتجاجا على ذلك» protests an act the sentence told before the marker: its author,
# named there, is the target — «ونوه النادي إلى إقدام إدارة السجون على إجراء تنقلات تعسفية …،
# واحتجاجا على ذلك شرع 120 أسيرا بالإضراب»، «حاول أحد المستوطنين أداء طقوسه …، فتصدى له المصلون
# احتجاجا على ذلك».
RECALLING = frozenset(match_form(w) for w in (
    "احتجاجا واحتجاجا احتجاجاً واحتجاجاً تنديدا وتنديدا رفضا ورفضا استنكارا واستنكارا"
).split())
DEMONSTRATIVES = frozenset(match_form(w) for w in (
    "ذلك هذا هذه تلك ذاك بذلك بهذا بهذه بتلك لذلك لهذا لهذه"
).split())
RECALL_REACH = 30  # words back from the marker to the act's author
# civilians, students, workers, prisoners' kin …: the protesters or the wronged, not the author of the
# protested act (as roles.PROTESTING_SECTORS; «شرذمة الأسرى»: the prisoners are the victims)
COMMONERS = frozenset({"CVL", "EDU", "LAB", "OPP", "PTY", "REL", "AGR", "MED", "JRN", "REF"})


def recalled_author(tokens: Sequence[Token], phrases: Sequence[Phrase]) -> Phrase | None:
    """The author of the act a protest marker recalls by a demonstrative («احتجاجا على ذلك»،
    «تنديدا بهذا»): the nearest phrase before the marker that is no prepositional phrase and names
    a party (a sector, a group, an entity or a country) other than the commoners who protest or
    are wronged, not past a stop; None when the sentence has no such marker or no such phrase."""
    for j, tok in enumerate(tokens):
        if tok.norm not in RECALLING and tok.base not in RECALLING:
            continue
        k = j + 1
        if k < len(tokens) and tokens[k].norm in ON:
            k += 1
        if k >= len(tokens) or tokens[k].norm not in DEMONSTRATIVES:
            continue
        # a demonstrative with its own noun names the act itself (احتجاجا على هذا القرار)
        before = [q for q in phrases if q.end <= j and j - q.end <= RECALL_REACH and not q.prep
                  and (q.sector is not None or q.kind in ("group", "entity", "country"))
                  and q.sector not in COMMONERS
                  and not any(tokens[x].text in ".!?؟" for x in range(q.end, j))]
        if before:
            return max(before, key=lambda q: q.end)
    return None


# (session 17) Acts done to someone besides the harms of ``roles._harm_author`` (HARM_ACTS): an
# occupation or siege, a dismissal, expulsion or deportation, a deployment, a closure, ban or
# dissolution, a trial or jailing, a raid or demolition. After a protest's marker (not a demand:
# «مطالبين بإقالة الوزير» keeps the minister) the act's genitive is its patient — «احتجاجا على
# احتلال العراق»، «رفضا لإقالة رئيس المحكمة»، «احتجاجا على نشر قوات في العراق»، «على تسريح مئات
# العمال» — never the protested party; the act's author is, when it is named («… من قبل الرئيس»،
# «الاحتلال الأمريكي للعراق»، «اقتحامات المستوطنين للمسجد»).
PATIENT_ACTS = frozenset(match_form(w) for w in (
    "احتلال حصار نشر إرسال ارسال إقالة اقالة عزل طرد فصل تسريح إبعاد ابعاد ترحيل تهجير نفي "
    "إغلاق اغلاق منع حظر حل سجن حبس محاكمة ملاحقة مطاردة اقتحام اقتحامات مداهمة مداهمات هدم "
    "مصادرة قمع اضطهاد تدنيس تهويد"
).split())


def patient_act(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` after a protest's marker is an act done to its genitive (see
    :data:`PATIENT_ACTS`); «نشر» of a publication is left to :func:`publisher` (its publisher is
    the target)."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.norm not in PATIENT_ACTS and tok.base not in PATIENT_ACTS:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (tok.base in PUBLISHING or tok.norm in PUBLISHING) or nxt is None or (
        nxt.base not in PUBLICATIONS and nxt.norm not in PUBLICATIONS)


# (session 17) The victim whose death or arrest sparked a protest is no source of it: «فجر مقتل
# الشاب موجة من الاحتجاجات»، «ووصل عدد القتلى الى 38 منذ اغتيال بوتو»، «المراهق الأسود الذي فجر
# مقتله شهورا من الاحتجاجات» — the genitive of a harm or death noun, or the antecedent of a relative
# clause that opens with one carrying the pronoun that resumes it. Protesters stay sources however
# they are governed («اعتقال عشرات المتظاهرين»: they protested).
HARMED = frozenset(match_form(w) for w in (
    "مقتل قتل اغتيال اعتقال خطف اختطاف إعدام اعدام تعذيب احتجاز توقيف إصابة اصابة استشهاد "
    "وفاة موت مصرع"
).split())
HARM_PRONOUNS = ("ه", "ها", "هم", "هما")
VICTIM_CLAUSE = 3  # words of the relative clause searched for the resumed harm (الذي فجر مقتله)


def harmed_party(tokens: Sequence[Token], p: Phrase, protesters: frozenset[str]) -> bool:
    """Whether ``p`` names the victim of a harm or death rather than a protest's source (see
    :data:`HARMED`); never a phrase headed by a protester (``protesters``)."""
    head = tokens[p.start]
    if head.norm in protesters or head.base in protesters:
        return False
    if p.start > 0 and (tokens[p.start - 1].base in HARMED or tokens[p.start - 1].norm in HARMED):
        return True
    m = p.end
    while m < len(tokens) and m < p.end + 2 and tokens[m].kind == "word" \
            and tokens[m].norm not in RELATIVES and tokens[m].prefix.endswith("ال"):
        m += 1  # المراهق الأسود الذي: the antecedent's adjectives
    if m >= len(tokens) or tokens[m].norm not in RELATIVES:
        return False
    for x in range(m + 1, min(len(tokens), m + 1 + VICTIM_CLAUSE)):
        tok = tokens[x]
        if tok.kind == "punct":
            return False
        stem = tok.text.rstrip(MARKS)
        for suffix in HARM_PRONOUNS:
            if stem.endswith(suffix) and match_form(stem[: -len(suffix)]) in HARMED:
                return True
    return False


def patient_author(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int
                   ) -> Phrase | None:
    """The author of the act on a patient at ``k`` when ``roles._harm_author`` found none: the
    state its nisba right after it names («ضد الاحتلال الأمريكي»، «الحصار الإسرائيلي على
    القطاع»، «الاحتلال العسكري الإسرائيلي»), else the subject of a relative clause on it or the
    agent after «من قبل / من جانب / على يد» (:func:`act_author`)."""
    p = phrase_at(phrases, k + 1, k + 2)
    if p is not None and p.country is not None and not p.prep and k + 1 < len(tokens) \
            and tokens[p.start].prefix.endswith("ال") and tokens[p.start].base.endswith(("ي", "يه")):
        return p
    return act_author(tokens, phrases, k, hi)


# (session 17) The bare verbal noun of denouncing takes its subject as its genitive and what it
# denounces after ب/ل («تنديد عضو اللجنة التنفيذية بقيام مستوطنين باقتحام …»، «استنكار الحكومة
# الأردنية لقيام المتظاهرين …»): the phrase right after it is the one who denounces, never the
# protest's target (the adverbial «تنديدا ب X» and «للتنديد ب X» are unchanged).
DENOUNCING = frozenset(match_form(w) for w in "تنديد استنكار شجب".split())


def denouncer(tokens: Sequence[Token], phrases: Sequence[Phrase], j: int) -> bool:
    """Whether the marker at ``j`` is the bare masdar of denouncing with a party as its genitive
    (see :data:`DENOUNCING`)."""
    if j + 1 >= len(tokens) or tokens[j].base not in DENOUNCING and tokens[j].norm not in DENOUNCING:
        return False
    p = phrase_at(phrases, j + 1, j + 3)  # تنديد (عضو) اللجنة التنفيذية
    return p is not None and all(
        tokens[m].kind == "word" and not tokens[m].prefix.lstrip("وف").startswith(("ب", "ل"))
        for m in range(j + 1, p.start + 1))


# (session 17) Kin and supporters protest for their own: «أقام داعمو هاموند وقفة احتجاجية»،
# «تخوض أسر عدد من المعتقلين اعتصاما»، «تظاهر أنصار المعارضة» — the source is the kin or supporters'
# phrase (the annotators mark «أنصار …»، «أعضاء أحزاب …»), not the person or group they belong to.
KIN = frozenset(match_form(w) for w in (
    "أنصار انصار مؤيدو مؤيدي داعمو داعمي أقارب اقارب ذوو ذوي عائلات أسر اسر أمهات امهات "
    "زملاء رفاق أعضاء اعضاء"
).split())
PARTITIVE = frozenset(match_form(w) for w in "عدد من العشرات مئات آلاف الآلاف المئات".split())
KIN_REACH = 3  # words from the kin noun to the phrase of those it belongs to (أسر عدد من المعتقلين)


def kin_phrase(tokens: Sequence[Token], p: Phrase, t0: int) -> Phrase | None:
    """The kin or supporters' phrase that ``p`` completes («داعمو هاموند»، «أسر عدد من
    المعتقلين»): a construct kin noun (see :data:`KIN`) right before ``p`` or before «عدد من»,
    as one civilian phrase from the kin noun to the end of ``p``; None otherwise — also when the
    trigger at ``t0`` stands in a relative clause on ``p`` («أسر المعتقلين الذين أوقفوا خلال
    المظاهرات»: those protests are the detainees', not their families')."""
    if p.end <= t0 and any(tokens[m].norm in RELATIVES for m in range(p.end, t0)):
        return None
    j = p.start - 1
    while j >= 0 and p.start - j <= KIN_REACH and tokens[j].kind == "word" \
            and (tokens[j].norm in PARTITIVE or tokens[j].base in PARTITIVE) and not tokens[j].prefix:
        j -= 1
    if j < 0 or p.start - j > KIN_REACH or tokens[j].kind != "word":
        return None
    tok = tokens[j]
    if tok.base not in KIN and tok.norm not in KIN or tok.prefix.strip("وف"):
        return None
    sector = p.sector if p.kind == "sector" and p.sector else "CVL"
    out = Phrase(j, p.end, p.country, sector, kind="sector", clitic=len(tok.prefix), head_sector="CVL")
    out.tags.add("kin")
    return out


# (session 18) Kin of the harmed with no actor phrase after them: «خرج أقارب الضحايا في مسيرة»،
# «اعتصم ذوو المفقودين أمام مقر الحكومة» — the victims, the dead, the missing or the held are no
# actor phrase (the lexicon names no party in «الضحايا»), so :func:`kin_phrase` has nothing to
# extend; the kin noun and the harmed noun make the source.
HARMED_PEOPLE = frozenset(match_form(w) for w in (
    "الضحايا ضحايا القتلى قتلى الشهداء شهداء المفقودين مفقودين المخطوفين مخطوفين المختطفين "
    "مختطفين الجرحى جرحى المصابين الأسرى أسرى السجناء سجناء المعتقلين معتقلين الموقوفين "
    "المحتجزين محتجزين المعدومين الغرقى المهاجرين"
).split())
KIN_SUBJECT_GAP = 2  # words between the trigger verb and its kin subject (خرج أمس أقارب الضحايا)


def _kin_at(tokens: Sequence[Token], j: int) -> bool:
    tok = tokens[j]
    return tok.kind == "word" and (tok.base in KIN or tok.norm in KIN) and not tok.prefix.strip("وف") \
        and j + 1 < len(tokens) and tokens[j + 1].norm in HARMED_PEOPLE


def kin_of_harmed(tokens: Sequence[Token], t0: int, t1: int, lo: int, hi: int) -> Phrase | None:
    """The kin of the harmed as a protest's source (see :data:`HARMED_PEOPLE`): a kin noun (see
    :data:`KIN`) with no preposition, right before a harmed noun, as the subject after the
    trigger (within :data:`KIN_SUBJECT_GAP` words, no punctuation between) or the nearest before
    it in its clause with no punctuation between; one civilian phrase of the two words. None
    otherwise (the kin of someone named keep :func:`kin_phrase`)."""
    for j in range(t1, min(hi, len(tokens), t1 + 1 + KIN_SUBJECT_GAP)):
        if tokens[j].kind == "punct":
            break
        if _kin_at(tokens, j):
            return _kin_phrase_of(tokens, j)
    for j in range(t0 - 1, max(lo, 0) - 1, -1):
        if tokens[j].kind == "punct":
            break
        if _kin_at(tokens, j):
            return _kin_phrase_of(tokens, j)
    return None


def _kin_phrase_of(tokens: Sequence[Token], j: int) -> Phrase:
    out = Phrase(j, j + 2, None, "CVL", kind="sector", clitic=len(tokens[j].prefix), head_sector="CVL")
    out.tags.add("kin")
    return out

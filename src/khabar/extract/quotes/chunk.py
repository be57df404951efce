"""The speaker chunker: the title, name, noun-phrase and outlet walk that reads a mention.

A light chunker over tokens (no parser): a mention is a title chain with a name
(«وزير المالية الأردني أمية طوقان»), a bare name, a quoted name («"بلومبرغ"»), an
entity mention from ``doc.entities``, or a generic noun phrase («مسؤول كبير في الإدارة
الأميركية»، «مصادر عسكرية»). Entities, when present, fix the boundaries and the name.
"""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.entities.overlap import LastIndex, Within
from khabar.extract.quotes.directives import definite_verbal_noun
from khabar.extract.quotes.kinds import MentionKindMixin, title_adjective
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import (
    demonym,
    given_names,
    is_country,
    is_known_place,
    is_place,
    name_starts,
    nationality,
    nisba,
)
from khabar.extract.quotes.tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    SIDES,
    Tok,
    is_comma,
    spelt_letter,
)
from khabar.extract.quotes.tone import tone_at
from khabar.extract.quotes.wordclasses import WordClassMixin, quoted_name
from khabar.text.normalize import match_form

MAX_MENTION = 16
MAX_NAME = 5
# the PERS entities of a document's ``{start: entity}`` map by offset, indexed once for its cues
_PERSONS: LastIndex[Within[Entity]] = LastIndex(lambda entities: Within(
    [e for e in entities.values() if e.label == "PERS"], lambda e: (e.start, e.end)))
PRONOUN_ENDINGS = ("ته", "تها", "تهم", "هما", "تنا")
POSSESSIVE_ENDINGS = ("تها", "تهم", "تنا", "يته", "يتهم")
# prepositions, quantifiers and emphasis words that carry a pronoun but start no object (match forms)
_NOT_OBJECT_STEMS = frozenset({
    "من", "عن", "علي", "الي", "في", "مع", "لدي", "عند", "بين", "ضد", "حول", "لصالح", "بعض", "احد", "معظم",
    "كل", "جميع", "غالبيت", "اغلب", "اكثر", "نفس", "ذات", "عين", "وحد", "امام", "خلف", "برفقت", "بصحبت",
})
_OVERSEER = frozenset({"المشرف", "المشرفه", "المشرفين", "القائم", "القائمه", "القائمين"})  # + «على» + what
# «كبير المفاوضين»، «كبيرة الاقتصاديين»: the chief of a body of people, a title only in construct
# with a definite plural (after a noun the word is an adjective: «مسؤول كبير»، «جهودا كبيرة يبذلها»)
_CHIEF = frozenset({"كبير", "كبيره"})
_NAME_PARTICLES = frozenset({"فان", "فون"})
_HUNDRED = frozenset({"المئه", "المائه"})  # «في المئة»: per cent
_KUNYA = frozenset({"ابو", "ابا", "ابي", "ام"})  # «أبو داود»، «أم كلثوم»: a kunya and its name are one name
_FOR_BALL = frozenset({"لكره"})
_BALL_GAMES = frozenset({"القدم", "السله", "اليد", "الطائره"})  # Dutch «van», German «von» inside a European name
_RESPONSIBLE = frozenset({"مسؤول", "مسئول", "مسؤوله", "مسئوله", "مسؤولون", "مسؤولين", "مسئولون", "مسئولين"})
_CALLED = frozenset({"يدعي", "تدعي", "اسمه", "اسمها", "يسمي", "تسمي"})  # «… يدعى NAME»: what he is called
_ATTENTION = frozenset({"النظر", "الانتباه", "الانظار"})  # «لفت X الانتباه إلى»
_YEAR_ADJ = frozenset({"الماضي", "المقبل", "القادم", "الحالي", "الجاري", "المنصرم", "السابق"})
# adjectives of renown between a title and the name («المصرفي المعروف NAME»، «الأرجنتيني الشهير NAME»)
# «أن/لن/كي» (normalised) before an imperfect: the subjunctive verb of a clause («أراد أن يعطي …»), no name
_VERB_PARTICLES = frozenset({"ان", "لن", "كي", "لكي"})
_PLACE_ADVERBS = frozenset({"داخل", "خارج", "امام", "أمام", "فوق", "تحت", "وسط", "قرب", "ضمن", "لدي", "عند"})
# month names (Levantine and Gregorian) of a date that names a movement («8 آذار»، «6 أبريل»)
_MONTHS = frozenset(match_form(w) for w in (
    "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "يناير", "فبراير", "مارس", "أبريل",
    "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"))
_RENOWN = frozenset({"المعروف", "المعروفه", "الشهير", "الشهيره", "المخضرم", "المخضرمه", "القدير", "القديره",
                     "البارز", "البارزه", "المعروفين", "الشهيرين"})


# envoys' titles, whose «لدى» phrase names where they are accredited (normalised, q19)
_ENVOYS = frozenset(match_form(w) for w in (
    "سفير", "السفير", "سفيرة", "السفيرة", "مندوب", "المندوب", "مندوبة", "المندوبة", "ممثل", "الممثل", "ممثلة",
    "الممثلة", "القائم", "قائم", "مبعوث", "المبعوث"))


# military ranks written with a grade after them («ملازم أول»، «رقيب أول»، «فريق أول»، «جندي أول»)
_GRADED_RANKS = frozenset({"ملازم", "رقيب", "فريق", "جندي"})


class Chunker(WordClassMixin, MentionKindMixin):
    """Finds speaker mentions in a sentence's tokens."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given_names = given_names()

    def mention(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> Mention | None:
        """The speaker mention starting at token ``j``, if one starts there."""
        if j >= len(toks):
            return None
        q = quoted_name(toks, j)
        if q is not None:
            return Mention(j + 1, q - 1, (j + 1, q - 1), self._kind_of(toks, j + 1, q - 1, True), None, True)
        t = toks[j]
        if t.kind == "number":
            return self._share(toks, j, entities)
        if t.is_word and t.plain == "بان":  # «بان كي مون»: a known name that looks like «بأن»
            n = name_starts([x.norm for x in toks[j : j + 4]])
            if n and all(x.is_word for x in toks[j : j + n]):
                return Mention(j, j + n, (j, j + n), "person", None, False)
        if not t.is_word or self._stop(t) or self.lex.is_("time", t.norm):
            return None
        if self.lex.is_("particle", t.norm, strip=False) or self.lex.is_("pron_prep", t.norm, strip=False):
            return None
        if self.lex.is_("nonname", t.norm, strip=False) or t.norm in _PLACE_ADVERBS:
            return None  # «… من وجبات داخل المدارس»: a place adverb heads no speaker
        if self.lex.is_("conj", t.norm, strip=False) or self.lex.is_("adverbial", t.norm, strip=False):
            return None
        if self.subjunctive_verb(toks, j, entities):
            return None
        m = self._chunk(toks, j, entities)
        if m is None:
            return None
        return self._report_of(toks, m) or self._called(toks, m, entities)

    def _person_after_body(self, toks: list[Tok], q: int, entities: dict[int, Entity]) -> int | None:
        """«وأكد مسؤول (بارع) في الأحساء محمد عبدالعزيز العويفير أن …»: after a title, a name in brackets
        or marks followed — at once or after «في/بـ» + one place word — by a given name or a person entity
        is the body the title is of (a programme, an agency), and the person is the name after it: the
        position of that name, or None («المتحدث باسم (الجيش)، أن» and «مدير (ساما) أن» keep the bracket)."""
        p = q
        if p + 1 < len(toks) and toks[p].norm in ("في", "ب") and toks[p + 1].is_word and not toks[p + 1].cue:
            p += 2
        elif p < len(toks) and toks[p].is_word and toks[p].prefix[:1] == "ب" and is_place(toks[p]):
            p += 1  # «مدير (ساما) بالرياض …»
        if p >= len(toks) or not toks[p].is_word or toks[p].definite:
            return None
        given = toks[p].norm in self.given_names or _PERSONS(entities).first_at(toks[p].start) is not None
        return p if given and p + 1 < len(toks) and self.is_name_token(toks[p + 1]) else None

    def subjunctive_verb(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> bool:
        """«حينما أراد أن يعطي مقدمة لخبر قائلا»: an unknown word with the imperfect prefix «ي» right after
        «أن/لن/كي» is the verb of that clause, not a speaker's name («يعطي مقدمة» read as a name with the
        title «مقدمة»); a given name («أن يوسف قال»), a known place or country, an entity or a word the
        lexicon knows as a noun still start a mention. (Not «ت/ن»: verbal nouns and plurals begin so —
        «أن توجيهات الأمير تؤكد …» on the news day.)"""
        t = toks[j]
        if j == 0 or toks[j - 1].norm not in _VERB_PARTICLES or t.definite or t.prefix or t.norm[:1] != "ي":
            return False
        if len(t.norm) < 4 or t.norm in self.given_names or entities.get(t.start) is not None:
            return False
        return self.lex.noun_kind(t.norm) is None and not is_known_place(t.text) and not is_country(t.text)

    def _share(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> Mention | None:
        """A share of a group, as survey answers name their speakers: «64 في المئة من العاملين في
        القطاع»، «57 في المئة» (of the group named before)، «64% من المشاركين» — a group mention."""
        prev = toks[j - 1] if j else None
        if prev is None or prev.cue is None or prev.norm.endswith(("ها", "هم")):
            return None  # only right after a cue verb with no object pronoun («بزيادة قدرها 0.3%»: an amount)
        k = j + 1
        if k < len(toks) and toks[k].text in ("%", "٪"):
            k += 1
        elif k + 1 < len(toks) and toks[k].norm == "في" and toks[k + 1].norm in _HUNDRED:
            k += 2
        else:
            return None
        end = k
        if k + 1 < len(toks) and toks[k].norm == "من":
            m = self.mention(toks, k + 1, entities)
            if m is not None and m.kind in (None, "group", "anonymous"):
                end = m.end
        return Mention(j, end, None, "group")

    def _report_of(self, toks: list[Tok], m: Mention) -> Mention | None:
        """«تقرير لـ«رويترز»»، «تقرير لوكالة رويترز»: a bare document noun with the outlet that
        wrote it is that outlet speaking (the via-less report of an agency)."""
        if m.end - m.start != 1 or m.kind != "document" or toks[m.start].definite or m.end >= len(toks):
            return None
        t = toks[m.end]
        if t.text in ("لـ", "ل"):
            q = quoted_name(toks, m.end + 1)
            if q is not None:
                return Mention(m.start, q, (m.end + 2, q - 1), "outlet", None, False)
            return None
        if t.is_word and t.preposed and t.prefix == "ل" and self.lex.noun_kind(t.norm[1:]) == "outlet":
            e = m.end + 1
            while e < len(toks) and e - m.end <= 3 and toks[e].is_word and self.is_name_token(toks[e]):
                e += 1
            if e > m.end + 1:
                return Mention(m.start, e, (m.end, e), "outlet", None, False)
        return None

    def _called(self, toks: list[Tok], m: Mention, entities: dict[int, Entity]) -> Mention:
        """A person introduced by what he is called («مقيم في مقديشو يدعى مقطر ظاهر»، «طالبة
        بالأكاديمية تُدعى هامدي عثمان حسين»): the name is the words after «يدعى/تدعى/اسمه»."""
        k = next((x for x in range(m.start + 1, m.end) if toks[x].norm in _CALLED), None)
        if k is None:
            k = m.end
            if k + 1 < len(toks) and toks[k].norm in ("في", "من") and toks[k + 1].is_word:
                k += 2  # «مقيم في مقديشو يدعى …»: where he lives
            elif k < len(toks) and toks[k].preposed and toks[k].prefix[:1] == "ب":
                k += 1  # «طالبة بالأكاديمية تدعى …»
            if k >= len(toks) or toks[k].norm not in _CALLED:
                return m
        e = k + 1
        while (e < len(toks) and e - k <= MAX_NAME and toks[e].is_word and not self._stop(toks[e])
               and (self.is_name_token(toks[e]) or toks[e].norm in self.given_names)
               and not (e > k + 1 and toks[e].norm[:1] == "و" and toks[e].norm not in self.given_names)):
            # («يدعى إيفان وانتقل مؤخرا»: a coordinated verb ends the name)
            e += 1
        if e == k + 1:
            return m
        ent = entities.get(toks[k + 1].start)
        return Mention(m.start, max(e, m.end), (k + 1, e), "person",
                       ent if ent is not None and ent.label == "PERS" else None)


    def _chunk(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> Mention | None:
        """Walk a mention from its head at ``j`` in one of five modes: a title chain, its
        name, a title in apposition after the name, a generic noun phrase, an outlet."""
        lex = self.lex
        head = toks[j]
        head_kind = lex.noun_kind(head.norm)
        if head_kind is None and lex.is_("name_connector", head.norm, strip=False):
            head_kind = None
        mode = "title" if head_kind == "title" else ("noun" if head_kind else "name")
        body_named = False  # a bracketed body name after the head, the person named after it
        if head_kind is None and self.demonym_title(toks, j):
            mode = "title"  # «الأرجنتيني مارسيلو بييلسا»: a nationality before the name
        elif head_kind is None and self.nisba_title(toks, j, entities):
            mode = "title"  # «الاقتصادي NAME»، «المصرفي المعروف NAME»: an occupation before the name
        if (head_kind is None and head.norm in _CHIEF and j + 1 < len(toks) and toks[j + 1].definite
                and not toks[j + 1].preposed and toks[j + 1].norm.endswith(("ين", "ون", "اء"))):
            mode = "title"  # «كبير المفاوضين بوزارة الخارجية محمد العلي»
        if head_kind is None and head.definite and head.norm in _OVERSEER:
            mode = "title"  # «المشرف العام على البرنامج نايف الهاجري»: a role over something
        if (head_kind == "group" and head.norm.removeprefix("ال") == "فريق" and j + 1 < len(toks)
                and (toks[j + 1].norm in ("اول", "ركن") or toks[j + 1].norm in self.given_names
                     or _PERSONS(entities).first_at(toks[j + 1].start) is not None)):
            mode = "title"  # «الفريق أول ركن …»، «الفريق عثمان المحرج»: the rank, not a team (q22)
        if head_kind == "outlet" and not head.definite:
            mode = "outlet"  # «شبكة سكاي سبورتس»، «قناة الجزيرة»: the outlet's name follows
        k = j
        name: tuple[int, int] | None = None
        name_start = None
        name_end_at: int | None = None
        seen_definite = False
        seen_adj = False
        unnamed = False
        preps = 0
        while k < len(toks) and k - j < MAX_MENTION:
            t = toks[k]
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if t.is_punct:
                if t.text == "." and k > j and nxt is not None and toks[k - 1].end == t.start and (nxt.start == t.end or t.initial):
                    k += 1  # an abbreviation: بي.بي.سي
                    continue
                after = toks[k + 2] if k + 2 < len(toks) else None
                if (is_comma(t) and nxt is not None and k > j and mode == "title" and name is None
                        and nxt.norm not in lex.phrases  # «الوزير، بحسب وكالة رويترز، إن»: a source phrase (q21)
                        and (lex.noun_kind(nxt.norm) == "title" or nxt.norm in self.given_names
                             or _PERSONS(entities).first_at(nxt.start) is not None
                             or (self.is_name_token(nxt) and not nxt.definite
                                 and not (after is not None and after.is_word and after.definite)))):
                    k += 1  # «رئيس اللجنة بالحي ، محمد الخميس،» (not «المدير العام للتعليم, أهميةَ …»)
                    continue
                if is_comma(t) and nxt is not None and lex.noun_kind(nxt.norm) == "title" and k > j:
                    if name is not None and self.lex.is_("honorific", nxt.norm, strip=False):
                        # «رئيس قسم الأرصاد بجامعة الملك عبدالعزيز، الدكتور منصور المزروعي»: the
                        # person is the one after the honorific, not the institution's namesake
                        name, name_end_at = None, None
                    mode, name_start = "title", None
                    k += 1
                    continue
                q = quoted_name(toks, k)
                if q is not None and k > j and q - k <= 7 and mode != "name":
                    after = (self._person_after_body(toks, q, entities) if name is None and (
                        mode == "title" or (mode == "noun" and lex.noun_kind(head.norm) == "anonymous")) else None)
                    if after is not None:
                        k, mode, body_named = after, "title", True  # «مسؤول (بارع) في الأحساء محمد …»: the body
                        continue
                    if name is None:
                        name = (k + 1, q - 1)
                    k = q
                    # «صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"»: coordinated quoted names
                    while (k + 1 < len(toks) and toks[k].text == "و" and toks[k + 1].text in OPEN_QUOTES
                           and (q2 := quoted_name(toks, k + 1)) is not None):
                        k = q2
                    continue
                break
            if (k > j and mode in ("noun", "title") and t.kind == "number" and nxt is not None and nxt.is_word
                    and match_form(nxt.text) in _MONTHS and len(t.text) <= 2):
                k += 2  # «مصادر 8 آذار»، «قوى 14 آذار»، «حركة 6 أبريل»: a date that names a movement
                continue
            if (k > j and mode == "noun" and t.norm in _FOR_BALL and nxt is not None and nxt.norm in _BALL_GAMES
                    and lex.noun_kind(head.norm) == "organization"):
                k += 2  # «نادي سامبدوريا الإيطالي لكرة القدم»، «الاتحاد السعودي لكرة اليد»: the sport is in the name
                continue
            # «بيان صادر عن المصلحة»: who issued a document stays in the mention
            issued = (t.norm == "عن" and k > j and lex.is_("issued", toks[k - 1].norm) and nxt is not None
                      and (nxt.definite or quoted_name(toks, k + 1) is not None
                           # «الإحصائيات الصادرة عن مؤسسة النقد»: a body in construct
                           or (nxt.is_word and lex.noun_kind(nxt.norm) == "organization")))
            # («مدير الأمن العام الفريق …»: also after the definite body a title governs — public security)
            general = (k > j and t.norm == "العام" and (lex.noun_kind(toks[k - 1].norm) == "title" or toks[k - 1].norm in _OVERSEER
                                                         or (mode == "title" and name is None and k - 1 > j
                                                             and toks[k - 1].definite and not toks[k - 1].preposed
                                                             and lex.noun_kind(head.norm) == "title"))
                       and not (nxt is not None and (lex.is_("time", nxt.norm) or nxt.norm in _YEAR_ADJ)))
            if general and nxt is not None and nxt.is_word and not nxt.definite and not nxt.preposed:
                # «وأكد الأمين العام حرصَ الأمانة …»: an object in construct follows, not a name
                general = nxt.norm in self.given_names or lex.noun_kind(nxt.norm) is not None
            if (mode == "title" and name is None and k > j and lex.is_raw("on", t.plain) and nxt is not None
                    and nxt.is_word and nxt.definite and any(x.norm in _OVERSEER for x in toks[j:k])):
                k += 1  # «المشرف العام على البرنامج …»، «رئيس اللجنة المشرفة على البرنامج»: the role's object
                continue
            if (mode == "title" and name is None and k > j and lex.is_raw("on", t.plain) and nxt is not None
                    and nxt.is_word and lex.is_("name_head", nxt.norm) and any(x.norm in _OVERSEER for x in toks[j:k])
                    and (q := quoted_name(toks, k + 2)) is not None and q - k <= 9):
                k = q  # «المشرف على مبادرة "نرسم بسمتهم" الرئيس التنفيذي …»: a named programme
                continue
            # «محمد الخميس، أن»: a family name that is also a weekday, right after a given name
            surname = (mode == "name" and name_start is not None and toks[name_start].norm in self.given_names
                       and t.definite and nxt is not None and (is_comma(nxt) or lex.is_("complementizer", nxt.norm, strip=False)))
            if mode == "outlet" and k > j and spelt_letter(toks, k):
                k += 1  # «شبكة سي إن إن»: the letter N of a spelt-out name
                continue
            if not issued and (self._stop(t) or lex.is_("time", t.norm) and k > j and not general and not surname):
                break  # «المدير العام للشركة» is a title (general), «الوزير العام الماضي» a time
            if k > j and mode != "noun" and t.norm in _ATTENTION:
                break  # «ولفت الوزير الانتباهَ إلى …»: the object, not part of the name
            if k > j and t.norm == "من" and nxt is not None and nxt.norm in SIDES:
                break  # «صحيفة هآرتس من جهتها»: for its part, not part of the mention (q19)
            if k > j and t.norm[:1] in "بو" and tone_at(toks, k, lex):
                break  # «الإمام بحزن شديد»، «هيلاري كلينتون بشدة»: how it was said, not the mention (q19b)
            if k > j and (lex.is_("aux", t.norm, strip=False) or lex.is_("verb_particle", t.norm, strip=False)
                          or lex.is_("emphasis", t.norm, strip=False)):
                break  # «وكان المدرب قد صرح»، «المتظاهرون جميعا»: «قد»، «كان»، «بدوره»، «جميعا» are never part of a name
            if not issued and (self.lex.is_("pron_prep", t.norm, strip=False) or self.lex.is_("particle", t.norm, strip=False)
                    or self.lex.is_("nonname", t.norm, strip=False)):
                if not (mode == "title" and name is None and t.norm == "غير" and nxt is not None and nxt.definite):
                    break
            if k > j and self.is_recipient(toks, k):
                if not (mode == "title" and name is None and t.norm.startswith("لل")
                        and not lex.is_("recipient_plain", t.norm)  # «وقال الوزير للصحفيين إن»
                        and not self._bare_outlet_slot(toks, k)):  # «… أمين الجميل للجزيرة إن» (q19)
                    break
            if (t.norm == "لدي" and k > j and preps < 2 and nxt is not None and toks[j].norm in _ENVOYS and nxt.is_word
                    and (name is None and mode == "title" or name == (j + 1, k) == (k - 1, k))
                    and (nxt.definite or is_country(nxt.text) or entities.get(nxt.start) is not None)):
                # «سفير طالبان لدى باكستان سالم زعيف»، «سفير الصين لدى الأمم المتحدة وانغ غوانغيا»: where an
                # envoy is accredited (q19); the one word before it is who sent him, not his name
                mode, name, name_start, name_end_at = "title", None, None, None
                preps += 1
                k += 1
                continue
            if lex.is_("preposition", t.norm, strip=False) or issued:
                if k == j or preps >= 2 or name is not None or nxt is None:
                    break
                if lex.is_("channel", nxt.norm, strip=False):
                    break
                if not (nxt.definite or entities.get(nxt.start) or (mode == "title" and lex.noun_kind(nxt.norm))):
                    if not (mode == "noun" and nxt.is_word and lex.noun_kind(nxt.norm)) and not self._unit_before_title(toks, k, mode, name):
                        break
                preps += 1
                k += 1
                ent = entities.get(nxt.start)
                if ent is not None:  # «في عدن»: the place named by an entity, whole
                    while k < len(toks) and toks[k].start < ent.end:
                        k += 1
                elif issued and not nxt.definite and (body := self._chunk(toks, k, entities)) is not None:
                    k = body.end  # «الصادرة عن مؤسسة النقد العربي السعودي»: the issuing body, whole
                continue
            if lex.is_("adverbial", t.norm, strip=False) and k > j:
                break
            if lex.is_("conj", t.norm, strip=False):
                break
            if t.kind == "number":
                break
            if mode == "outlet":
                if (name is not None and name[1] < k <= name[1] + 2 and toks[name[1]].text in CLOSE_QUOTES
                        and all(x.is_word and x.definite and not x.preposed and x.cue is None and nisba(x.norm)
                                for x in toks[name[1] + 1 : k + 1])):
                    k += 1  # «صحيفة "الشرق الاوسط" اللندنية»، «وكالة "يونهاب" الكورية الجنوبية»: the
                    continue  # outlet's nisba after its quoted name, however long the name (q22)
                outletish = lex.noun_kind(t.norm) == "outlet"
                if (k > j + 1 and toks[k - 1].definite and not t.definite and not outletish and nxt is not None
                        and nxt.is_word and (nxt.definite and not nisba(nxt.norm) and not lex.is_("adjective", nxt.norm)
                                             or lex.is_("nonname", nxt.norm, strip=False))):
                    break  # «أعلنت شبكة قنوات أبوظبي الرياضية تشفيرَ جميع المباريات»: the object
                if k == j or (k - j <= 4 and (self.is_name_token(t) or t.definite or outletish)):
                    k += 1
                    continue
                break
            if mode == "noun":
                if k > j and t.text.endswith(PRONOUN_ENDINGS + ("ها", "هم")):
                    break  # «حركة طالبان مسؤوليتَها»: a noun with a pronoun starts the object
                if k > j and seen_definite and not t.definite and lex.noun_kind(t.norm) != "title":
                    if not lex.is_("name_connector", t.norm, strip=False):
                        break
                if k > j and t.definite and t.prefix.startswith("و") and toks[k - 1].definite:
                    k += 1  # «وزارة التجارة والصناعة»: coordination inside a name
                    continue
                if k > j and t.prefix.startswith("و") and lex.noun_kind(t.norm) in ("anonymous", "group", "title"):
                    k += 1  # «سكان ومسؤولون محليون»: coordinated speakers
                    seen_adj = False
                    continue
                if (k > j and is_place(t) and not toks[k - 1].definite and not toks[k - 1].preposed
                        and self.is_name_token(t) and not lex.is_("complementizer", t.norm)
                        and not (t.norm[:1] in "فو" and lex.is_("complementizer", t.norm[1:], strip=False))):  # «فإن»: not Van
                    k += 1  # «قيادة عمليات بغداد»، «شرطة دبي»: a place in construct names the body
                    continue
                adjective = nisba(t.norm) or lex.is_("adjective", t.norm, strip=False)
                # «دبلوماسي مصري مسؤول»، «مصدر أمني مسؤول»: «مسؤول» after a noun is an adjective
                adjective = adjective or (k > j and not t.definite and t.norm in _RESPONSIBLE)
                if k == j + 1 and not t.definite and not adjective and toks[j].norm.endswith(("ون", "ين", "ان")):
                    break  # «محللون استمرارَ …»: a head with nunation/ن is not in construct
                if (k > j + 1 and seen_adj and not t.definite and not adjective
                        and not lex.is_("preposition", toks[k - 1].norm, strip=False)):
                    break  # «مصادر عسكرية انضمامَ …»: a new phrase after the adjectives (not «صادرة من وزارة …»)
                seen_adj = seen_adj or (k > j and adjective and not t.definite)
                genitive = t.norm.startswith("لل") and not self.is_recipient(toks, k)  # «الرئاسة العامة للأرصاد»
                if k > j and t.definite and toks[k - 1].definite and not (nisba(t.norm) or lex.is_("adjective", t.norm) or genitive):
                    break  # «الحكومة اليمنية»، «اللجنة التابعة» but not «الحكومة الجهود»
                seen_definite = seen_definite or t.definite
                k += 1
                continue
            if mode == "title" and name is None and k > j and self._given_before_kunya(toks, j, k):
                mode = "name"  # «مدير الكرة بالنادي الأهلي باسم أبو داود»: Basem Abu Dawud
            if (mode == "title" and name is None and k > j + 1 and toks[k - 1].norm == "باسم"
                    and self._kunya_at(toks, k) and not self._given_before_kunya(toks, j, k - 1)):
                k += 2  # «المتحدث باسم أبو مازن (نبيل أبو ردينة)»: the kunya is the principal the
                continue  # spokesman speaks for, in his title; the spokesman is the speaker
            if (mode == "title" and name is None and k > j and definite_verbal_noun(t)
                    and lex.noun_kind(t.norm[1:]) is None and not is_place(t) and not is_known_place(t.text[1:])):
                break  # «أشاد نائب الرئيس … بالتحسن النسبي»، «وناشدهم الوزير بالتعاون …»: the object (q18)
            if mode == "title":
                titled = lex.noun_kind(t.norm) is not None or t.norm == "غير"
                titled = titled or lex.is_("title_modifier", t.norm, strip=False)
                # «الملازم أول»، «الرقيب أول»، «الفريق أول»: the grade of a rank is part of the title (q22)
                titled = titled or (k > j and name is None and (
                    (t.norm == "اول" and toks[k - 1].norm.removeprefix("ال") in _GRADED_RANKS)
                    or (t.norm == "ركن" and toks[k - 1].norm in ("اول", "الفريق"))))  # «الفريق (أول) ركن»
                # «الناطق باسم وزارة خارجيتها»: a noun with a possessive pronoun is no name
                titled = titled or (name is None and k > j and t.text.endswith(POSSESSIVE_ENDINGS))
                if name is None and k > j and not titled and t.norm not in self.given_names:
                    # a place name goes on in the chain («لشرطة تبوك») but not right after an
                    # honorific: «المهندس سالم» is a name, not Salem
                    # (a word right after an honorific is the name: «الدكتور أشرف … رئيس قسم …»)
                    titled = not self._person_title(toks[k - 1]) and (
                        self._title_ahead(toks, k + 1) or is_place(t))
                clitic = t.norm[:1] in "بل" and len(t.norm) > 3 and name is None
                # «بحي الروضة»: a short ب-word before a definite one (not a given name: «بدر السمحان»)
                clitic = clitic or (t.norm[:1] in "بل" and name is None and t.norm not in self.given_names
                                    and _PERSONS(entities).first_at(t.start) is None
                                    and nxt is not None and nxt.is_word and nxt.definite)
                # «المؤسسة العامة لصوامع الغلال ومطاحن الدقيق»: a coordinated genitive goes on
                # (the «و» + a noun of four letters or more: «وائل»، «وليد» are given names)
                coord = (name is None and k > j and t.norm[:1] == "و" and len(t.norm) > 4 and toks[k - 1].definite
                         and _PERSONS(entities).first_at(t.start) is None
                         and t.norm not in self.given_names and nxt is not None and nxt.is_word and nxt.definite
                         and nxt.norm not in self.given_names
                         and any(x.norm.startswith("لل") or x.prefix[:1] == "ل" for x in toks[max(j, k - 2) : k]))
                # «شيخ قبيلة المسيلات بني الحارث معيض …»: a feminine noun in construct after the
                # title, with a definite genitive, and a tribe («بني X») after it, go on in the chain
                # (not an object after the name: «الدكتور العامر أهميةَ التقيد …»)
                construct = (name is None and k > j and lex.noun_kind(toks[k - 1].norm) == "title"
                             and not t.definite and not t.preposed and t.norm.endswith("ه")
                             and len(t.norm) > 3 and t.norm not in self.given_names and nxt is not None
                             and nxt.is_word and nxt.definite and nxt.norm not in self.given_names)
                # «رئيس اللجنة الميدانية لتصحيح أوضاع الجالية»، «رئيس لجنة تصحيح أوضاع …»: after an
                # indefinite body noun or a «لـ» verbal noun in construct, an indefinite common word
                # before a definite one is the genitive that goes on, not a person's name
                construct = construct or self._genitive_goes_on(toks, j, k, entities) if name is None else construct
                if (name is None and k > j and t.norm in ("بني", "بنو") and toks[k - 1].definite
                        and nxt is not None and nxt.is_word):
                    k += 2  # the tribe's name, with or without the article («بني خالد»، «بني الحارث»)
                    continue
                if (name is None and k > j and not head.definite and not t.definite and not t.preposed
                        and t.norm not in self.given_names and _PERSONS(entities).first_at(t.start) is None):
                    # «خبير قانوني عراقي»، «محلل سياسي مصري»: an indefinite title with its adjectives is an
                    # unnamed person; a word after the adjectives opens a clause («… حضر الاجتماع»), no name
                    if title_adjective(head, t, lex) and all(title_adjective(head, x, lex) for x in toks[j + 1 : k]):
                        unnamed = True
                        k += 1
                        continue
                    if unnamed:
                        break
                if titled or t.definite or t.norm.startswith("لل") or k == j or clitic or coord or construct \
                        or self._body_named(toks, k, j):
                    if name is not None:
                        # a title after the name: apposition («… نائب رئيس نادي القادسية»)
                        mode = "apposition"
                    k += 1
                    continue
                mode = "name"
            if mode == "apposition":
                # «رأفت الصباغ المتحدث باسم مركز الملك سلمان»: a royal title after a body's noun names
                # the body after its namesake; the person stays the one named before the apposition
                namesake = lex.noun_kind(toks[k - 1].norm) in ("organization", "outlet")
                if (lex.noun_kind(t.norm) == "title" and nxt is not None and nxt.norm in self.given_names
                        and not namesake
                        and not lex.is_("title_modifier", nxt.norm, strip=False)):  # «رئيس قسم» is no name
                    # «مدير مطار الأمير محمد بن عبدالعزيز الدولي المهندس محمد الفاضل»: the
                    # person is the one after the last title
                    mode, name, name_start, name_end_at = "title", None, None, None
                    k += 1
                    continue
                if (t.definite or lex.noun_kind(t.norm) or self.is_name_token(t)
                        or lex.is_("title_modifier", t.norm, strip=False)):  # «… رئيس قسم الفلك»
                    k += 1
                    continue
                break
            # name mode
            if (name_start is not None and t.preposed and is_place(t) and k + 1 < len(toks)
                    and self.lex.is_("honorific", toks[k + 1].norm, strip=False)):
                # «مستشفى جامعة الملك عبدالعزيز بجدة البروفسور ياسر صالح جمال»: a place, then the
                # person after the honorific; the name before it was the institution's namesake
                mode, name, name_start, name_end_at = "title", None, None, None
                k += 1
                continue
            # «محمد كوربي»، «هيلاري كلينتون»: a name word that only looks as if it carried «كـ» (as)
            kaf_name = t.prefix == "ك" and not t.definite and self.is_name_token(t)
            if name_start is not None and (t.text.endswith(PRONOUN_ENDINGS) or (t.preposed and not kaf_name)
                                           or k - name_start >= MAX_NAME):
                break  # «استقالته»، «باتخاذ»: not part of the name
            if k > j and self._object_starts(toks, k, name_start, entities):
                break  # «نفى المدرب الإسباني دخولَه …»، «أعلن محمد صلاح انتقالَه»: the object
            if (name_start is not None and k > name_start and self._given_at(toks, name_start, entities)
                    and self.body_after_name(toks, k, entities)):
                break  # «ودعا سيرغي لافروف الولايات المتحدة إلى …»، «وحث كرزاي القوات الغربية» (q18)
            if (name_end_at is not None and t.start >= name_end_at and t.plain in _NAME_PARTICLES
                    and toks[k - 1].end <= name_end_at and k + 1 < len(toks) and self.is_name_token(toks[k + 1])
                    and not toks[k + 1].definite):
                name_end_at = None  # «لويس فان جال»: an entity cut before «van/von» does not end the name
            if name_end_at is not None and t.start >= name_end_at:
                break  # the person entity ends the name
            if self.is_name_token(t) or (name_start is not None and t.definite):
                if name_start is None:
                    name_start = k
                    ends_definite = t.definite
                    person = _PERSONS(entities).first_at(t.start)
                    name_end_at = person.end if person is not None else None
                else:
                    if ends_definite and not lex.is_("name_connector", toks[k - 1].norm, strip=False):
                        break  # one family name with the article closes the name
                    ends_definite = t.definite
                name = (name_start, k + 1)
                k += 1
                if k < len(toks) and lex.noun_kind(toks[k].norm) == "title":
                    mode = "apposition"
                continue
            break
        while k > j + 1 and lex.is_("preposition", toks[k - 1].norm, strip=False):
            k -= 1  # never end on a dangling preposition
        if k == j:
            return None
        if mode == "title" and name is None and k - j >= 2:
            name = self._honorific_surname(toks, k)
        kind = self._kind_of(toks, j, k, False, name)
        if body_named and name is not None and kind == "anonymous":
            kind = "person"  # «مسؤول (بارع) … محمد العويفير»: a named official
        ent = entities.get(toks[name[0]].start) if name else entities.get(head.start)
        if ent is not None and ent.label not in ("PERS", "ORG"):
            ent = None
        return Mention(j, k, name, kind, ent)


    def _kunya_at(self, toks: list[Tok], k: int) -> bool:
        """A kunya at ``k``: «أبو/أم» and a name word after it («أبو داود»، «أم كلثوم»)."""
        if k + 1 >= len(toks) or toks[k].norm not in _KUNYA or toks[k].preposed:
            return False
        nxt = toks[k + 1]
        return nxt.is_word and not nxt.preposed and (nxt.definite or self.is_name_token(nxt))

    def _given_before_kunya(self, toks: list[Tok], j: int, k: int) -> bool:
        """«باسم» at ``k`` before a kunya in a title chain that holds no spokesperson noun is the
        given name Basem («مدير الكرة بالنادي الأهلي باسم أبو داود»), not «in the name of»
        («المتحدث باسم أبو مازن» keeps its sense)."""
        if toks[k].norm != "باسم" or not self._kunya_at(toks, k + 1):
            return False
        return not any(self.lex.is_("role_spokesman", x.norm.removeprefix("ال"), strip=False) for x in toks[j:k])

    def _body_named(self, toks: list[Tok], k: int, j: int) -> bool:
        """«الناطق باسم حلف شمال الأطلسي دونالد كوربي»: after «باسم» in a title chain, indefinite words
        in construct up to a definite word within two are the body's name, not the person's (not
        «الله» of a name: «باسم طالبان ذبيح الله»; not a given name), and so is one word right before
        a given name."""
        t = toks[k]
        if t.definite or t.preposed or not t.is_word or t.norm in self.given_names or self._kunya_at(toks, k):
            return False  # (a kunya opens the person's name: «باسم أبو مازن» is no body «أبو»)
        at = next((x for x in range(k - 1, j, -1) if toks[x].norm == "باسم"), None)
        if at is None or toks[at - 1].is_punct or self.lex.is_("honorific", toks[at - 1].norm, strip=False):
            return False  # «د. باسم أبو السعود»: the given name Basem
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (nxt is not None and nxt.is_word and nxt.norm in self.given_names
                and (toks[k - 1].norm == "باسم" or self.lex.noun_kind(toks[k - 1].norm) == "organization")):
            return True  # «المتحدث باسم حركة حماس سامي أبو زهري»: a one-word body, then the person
        for d in (k + 1, k + 2):
            if d >= len(toks) or not toks[d].is_word or toks[d].preposed:
                return False
            if toks[d].definite:
                return toks[d].norm not in ("الله", "لله") and toks[d].norm not in self.given_names
            if toks[d].norm in self.given_names:
                return False
        return False

    def _genitive_goes_on(self, toks: list[Tok], j: int, k: int, entities: dict[int, Entity]) -> bool:
        """The indefinite word at ``k`` of a title chain is the genitive of the word before it
        (no name): that word is an indefinite body noun in construct («لجنة تصحيح») or a «لـ»
        verbal noun («لتصحيح أوضاع»), and a definite word that is no given name follows («…
        أوضاع الجالية»). A given name or a person entity stays a name («لجنة محمد الأحمد» is not
        read this way)."""
        if k <= j + 1 or k + 1 >= len(toks):
            return False
        t, prev = toks[k], toks[k - 1]
        if (t.definite or t.preposed or not t.is_word or t.norm in self.given_names or prev.definite
                or not prev.is_word or _PERSONS(entities).first_at(t.start) is not None
                or self.lex.noun_kind(t.norm) is not None or is_place(t)):
            return False  # (a speaker noun or a place opens a phrase of its own: «… منطقة حائل شباب الوطن»)
        # the chain of indefinite words ends on a definite one that is no given name («… أوضاع الجالية»)
        end = next((x for x in range(k + 1, min(len(toks), k + 3)) if not toks[x].is_word or toks[x].definite
                    or toks[x].norm in self.given_names), None)
        if end is None or not toks[end].is_word or not toks[end].definite or toks[end].norm in self.given_names:
            return False
        body = self.lex.noun_kind(prev.norm) == "organization" and not prev.preposed
        masdar = prev.norm[:1] == "ل" and prev.preposed and len(prev.norm) > 4 and self.lex.noun_kind(prev.norm[1:]) is None
        return body or masdar or self._genitive_goes_on(toks, j, k - 1, entities)

    def _unit_before_title(self, toks: list[Tok], k: int, mode: str, name: tuple[int, int] | None) -> bool:
        """«قائد حرس الحدود في قطاع سقام بمنطقة نجران العقيد صالح …»: a preposition at ``k`` before an
        indefinite unit noun («قطاع»، «فرع»، «مركز») stays in a title chain when another title and its
        person follow before the mention could end (not a channel: «في مؤتمر» breaks before)."""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return (mode == "title" and name is None and nxt is not None and nxt.is_word and not nxt.preposed
                and not self._stop(nxt) and self._title_ahead(toks, k + 2))

    def _given_at(self, toks: list[Tok], k: int, entities: dict[int, Entity]) -> bool:
        """A person's name starts at ``k``: a given name of the lexicon or a person entity."""
        return toks[k].norm in self.given_names or _PERSONS(entities).first_at(toks[k].start) is not None

    def body_after_name(self, toks: list[Tok], k: int, entities: dict[int, Entity]) -> bool:
        """A definite noun right after a name that starts a new phrase, not a family name: a listed
        body («القوات»، «السلطات»; a title may be a family name: «خالد الشيخ»), or
        a feminine plural in «ات» with its feminine adjective («الولايات المتحدة»، «الدول الأعضاء» not)
        — unless an entity or the gazetteer makes it part of the name."""
        t = toks[k]
        if not (t.is_word and t.definite and not t.preposed and t.cue is None) or entities.get(t.start) is not None:
            return False
        if self.lex.noun_kind(t.norm) == "organization":
            return True  # (not «ابن المسؤول»: an anonymous or group noun after a kin word is his relation)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return (t.norm.endswith("ات") and len(t.norm) > 5 and nxt is not None
                and nxt.is_word and nxt.definite and not nxt.preposed and nxt.norm.endswith("ه"))

    def _object_starts(self, toks: list[Tok], k: int, name_start: int | None, entities: dict[int, Entity]) -> bool:
        """Whether a noun with a possessive pronoun at ``k`` starts the object: right after a
        definite title chain («نفى المدرب الإسباني دخولَه»، «واختتم وكيل الوزارة تصريحه،»), or after
        a given name when its own complement follows («أعلن محمد صلاح انتقالَه إلى …»، «شتاينماير
        تفهمَه قلقَ الرياض») — a family name in «ه» ends a name before a comma («… باناجه، أن»)."""
        if not self._pronoun_object(toks[k], entities):
            return False
        if name_start is None:
            return toks[k - 1].definite
        if toks[name_start].norm not in self.given_names:
            return False  # «مشجعي فريقه»: a construct, not a name and an object
        lex = self.lex
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        if nxt is None or not nxt.is_word:
            return False
        return (nxt.definite or nxt.preposed or lex.is_("preposition", nxt.norm, strip=False)
                or lex.is_raw("to", nxt.plain) or lex.is_raw("on", nxt.plain) or lex.is_("about", nxt.norm, strip=False)
                or lex.is_("with", nxt.norm, strip=False) or nxt.norm in ("بما", "لما", "مما", "عما", "فيما")
                or (after is not None and after.is_word and after.definite and not after.preposed))

    def _pronoun_object(self, t: Tok, entities: dict[int, Entity]) -> bool:
        """A noun with a third-person possessive pronoun («دخوله»، «انتقالها»، «رفضهم»): after a
        title or a name it starts the object, it is no name word (but «عبدالله»، «طه»، «وجيه» and
        foreign names in «يه» are names)."""
        text = t.text
        if not t.is_word or t.definite or len(t.norm) < 4 or t.norm in self.given_names:
            return False
        if not text.endswith(("ه", "ها", "هم", "هما")) or text.endswith(("يه", "الله", "لله")):
            return False
        stem = t.norm[: -2 if t.norm.endswith(("ها", "هم")) else (-3 if t.norm.endswith("هما") else -1)]
        if stem in _NOT_OBJECT_STEMS or self.lex.is_("pron_prep", t.norm, strip=False):
            return False  # «عدد منهم»، «المدرب نفسه»، «بعضهم»
        return _PERSONS(entities).first_at(t.start) is None

    def demonym_title(self, toks: list[Tok], j: int) -> bool:
        """A definite nationality adjective heading a mention, right before a name («أعلن
        الأرجنتيني مارسيلو بييلسا استقالته»، «البرتغالي كريستيانو رونالدو»)."""
        t = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        # a given name must follow: «الكندي» alone is a family name («وأرجع الكندي سببَ …»)
        return (t.is_word and t.definite and not t.preposed and demonym(t.norm) and nxt is not None
                and nxt.is_word and not nxt.definite and not nxt.preposed and nxt.norm in self.given_names
                and self.lex.noun_kind(nxt.norm) is None)

    def nisba_title(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> bool:
        """A definite singular relational noun of an occupation or a nationality heading a mention,
        right before a person's name, adjectives of renown or a nationality between («الاقتصادي محمد
        العلي»، «المصرفي المعروف إبراهيم السبيعي»، «الأرجنتيني الشهير مارسيلو بييلسا»، «الجيولوجي السعودي
        صالح الصبحي»): a title, not the name."""
        t = toks[j]
        if not (t.is_word and t.definite and not t.preposed and t.norm.endswith(("ي", "يه")) and len(t.norm) >= 6):
            return False
        if self.lex.is_("adjective", t.norm) or t.norm in _YEAR_ADJ:
            return False  # «أعلن الرسمي كارلو …»: an adjective, no occupation
        k = j + 1
        # adjectives of renown or a nationality between («الجيولوجي السعودي صالح الصبحي»)
        while k < len(toks) and k - j <= 2 and toks[k].is_word and (
                toks[k].norm in _RENOWN or (toks[k].definite and not toks[k].preposed and nationality(toks[k].norm))):
            k += 1
        if k >= len(toks) or not toks[k].is_word or toks[k].definite or toks[k].preposed:
            return False
        if k == j + 1 and demonym(t.norm):
            return False  # the nationality right before a name: demonym_title's case
        nxt = toks[k]
        if self.lex.noun_kind(nxt.norm) is not None or nxt.norm in _NOT_OBJECT_STEMS or self._stop(nxt):
            return False  # «من»، «علي» are prepositions before they are names
        return nxt.norm in self.given_names or _PERSONS(entities).first_at(nxt.start) is not None

    def _person_title(self, t: Tok) -> bool:
        """An honorific that stands right before a person's name («المهندس»، «الدكتور»); other
        titles govern places («والي أرزينجان»، «محافظ جدة»، «محافظة ظهران الجنوب»)."""
        return self.lex.is_("honorific", t.norm, strip=False)

    def _honorific_surname(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """The family name closing a title chain after an honorific («الدكتور اللويحق»)."""
        lex = self.lex
        if not lex.is_("honorific", toks[k - 2].norm, strip=False):
            return None
        last = toks[k - 1]
        surname = last.definite and last.is_word and not last.prefix.startswith(("و", "ف", "ل", "ب"))
        surname = surname and not is_country(last.text)
        surname = surname and not is_known_place(last.text)
        if surname and lex.noun_kind(last.norm) is None and not lex.is_("adjective", last.norm, strip=False):
            return (k - 1, k)  # «الدكتور اللويحق»: a title and a family name
        return None

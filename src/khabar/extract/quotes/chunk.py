"""The speaker chunker: the title, name, noun-phrase and outlet walk that reads a mention.

A light chunker over tokens (no parser): a mention is a title chain with a name
(«وزير المالية الأردني أمية طوقان»), a bare name, a quoted name («"بلومبرغ"»), an
entity mention from ``doc.entities``, or a generic noun phrase («مسؤول كبير في الإدارة
الأميركية»، «مصادر عسكرية»). Entities, when present, fix the boundaries and the name.
"""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.entities.overlap import LastIndex, Within
from khabar.extract.quotes.kinds import MentionKindMixin
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import given_names, is_country, is_known_place, is_place, nisba
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma
from khabar.extract.quotes.wordclasses import WordClassMixin, quoted_name

MAX_MENTION = 16
MAX_NAME = 5
# the PERS entities of a document's ``{start: entity}`` map by offset, indexed once for its cues
_PERSONS: LastIndex[Within[Entity]] = LastIndex(lambda entities: Within(
    [e for e in entities.values() if e.label == "PERS"], lambda e: (e.start, e.end)))
PRONOUN_ENDINGS = ("ته", "تها", "تهم", "هما", "تنا")
POSSESSIVE_ENDINGS = ("تها", "تهم", "تنا", "يته", "يتهم")


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
        if not t.is_word or self._stop(t) or self.lex.is_("time", t.norm):
            return None
        if self.lex.is_("particle", t.norm, strip=False) or self.lex.is_("pron_prep", t.norm, strip=False):
            return None
        if self.lex.is_("nonname", t.norm, strip=False):
            return None
        if self.lex.is_("conj", t.norm, strip=False) or self.lex.is_("adverbial", t.norm, strip=False):
            return None
        return self._chunk(toks, j, entities)


    def _chunk(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> Mention | None:
        """Walk a mention from its head at ``j`` in one of five modes: a title chain, its
        name, a title in apposition after the name, a generic noun phrase, an outlet."""
        lex = self.lex
        head = toks[j]
        head_kind = lex.noun_kind(head.norm)
        if head_kind is None and lex.is_("name_connector", head.norm, strip=False):
            head_kind = None
        mode = "title" if head_kind == "title" else ("noun" if head_kind else "name")
        if head_kind == "outlet" and not head.definite:
            mode = "outlet"  # «شبكة سكاي سبورتس»، «قناة الجزيرة»: the outlet's name follows
        k = j
        name: tuple[int, int] | None = None
        name_start = None
        name_end_at: int | None = None
        seen_definite = False
        seen_adj = False
        preps = 0
        while k < len(toks) and k - j < MAX_MENTION:
            t = toks[k]
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if t.is_punct:
                if t.text == "." and k > j and nxt is not None and toks[k - 1].end == t.start and (nxt.start == t.end or t.initial):
                    k += 1  # an abbreviation: بي.بي.سي
                    continue
                if is_comma(t) and nxt is not None and k > j and mode == "title" and name is None:
                    k += 1
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
                    if name is None:
                        name = (k + 1, q - 1)
                    k = q
                    # «صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"»: coordinated quoted names
                    while (k + 1 < len(toks) and toks[k].text == "و" and toks[k + 1].text in OPEN_QUOTES
                           and (q2 := quoted_name(toks, k + 1)) is not None):
                        k = q2
                    continue
                break
            # «بيان صادر عن المصلحة»: who issued a document stays in the mention
            issued = (t.norm == "عن" and k > j and lex.is_("issued", toks[k - 1].norm) and nxt is not None
                      and (nxt.definite or quoted_name(toks, k + 1) is not None))
            if not issued and (self._stop(t) or lex.is_("time", t.norm) and k > j):
                break
            if not issued and (self.lex.is_("pron_prep", t.norm, strip=False) or self.lex.is_("particle", t.norm, strip=False)
                    or self.lex.is_("nonname", t.norm, strip=False)):
                if not (mode == "title" and name is None and t.norm == "غير" and nxt is not None and nxt.definite):
                    break
            if k > j and self.is_recipient(toks, k):
                if not (mode == "title" and name is None and t.norm.startswith("لل")):
                    break
            if lex.is_("preposition", t.norm, strip=False) or issued:
                if k == j or preps >= 2 or name is not None or nxt is None:
                    break
                if lex.is_("channel", nxt.norm, strip=False):
                    break
                if not (nxt.definite or entities.get(nxt.start) or (mode == "title" and lex.noun_kind(nxt.norm))):
                    if not (mode == "noun" and nxt.is_word and lex.noun_kind(nxt.norm)):
                        break
                preps += 1
                k += 1
                ent = entities.get(nxt.start)
                if ent is not None:  # «في عدن»: the place named by an entity, whole
                    while k < len(toks) and toks[k].start < ent.end:
                        k += 1
                continue
            if lex.is_("adverbial", t.norm, strip=False) and k > j:
                break
            if lex.is_("conj", t.norm, strip=False):
                break
            if t.kind == "number":
                break
            if mode == "outlet":
                outletish = lex.noun_kind(t.norm) == "outlet"
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
            if mode == "title":
                titled = lex.noun_kind(t.norm) is not None or t.norm == "غير"
                titled = titled or lex.is_("title_modifier", t.norm, strip=False)
                # «الناطق باسم وزارة خارجيتها»: a noun with a possessive pronoun is no name
                titled = titled or (name is None and k > j and t.text.endswith(POSSESSIVE_ENDINGS))
                if name is None and k > j and not titled and t.norm not in self.given_names:
                    # a place name goes on in the chain («لشرطة تبوك») but not right after an
                    # honorific: «المهندس سالم» is a name, not Salem
                    # (a word right after an honorific is the name: «الدكتور أشرف … رئيس قسم …»)
                    titled = not self._person_title(toks[k - 1]) and (
                        self._title_ahead(toks, k + 1) or is_place(t))
                clitic = t.norm[:1] in "بل" and len(t.norm) > 3 and name is None
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
                if (name is None and k > j and t.norm in ("بني", "بنو") and toks[k - 1].definite
                        and nxt is not None and nxt.is_word):
                    k += 2  # the tribe's name, with or without the article («بني خالد»، «بني الحارث»)
                    continue
                if titled or t.definite or t.norm.startswith("لل") or k == j or clitic or coord or construct:
                    if name is not None:
                        # a title after the name: apposition («… نائب رئيس نادي القادسية»)
                        mode = "apposition"
                    k += 1
                    continue
                mode = "name"
            if mode == "apposition":
                if (lex.noun_kind(t.norm) == "title" and nxt is not None and nxt.norm in self.given_names
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
            if name_start is not None and (t.text.endswith(PRONOUN_ENDINGS) or t.preposed or k - name_start >= MAX_NAME):
                break  # «استقالته»، «باتخاذ»: not part of the name
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
        ent = entities.get(toks[name[0]].start) if name else entities.get(head.start)
        if ent is not None and ent.label not in ("PERS", "ORG"):
            ent = None
        return Mention(j, k, name, kind, ent)


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

"""Speaker mentions: the noun phrase that names who speaks, its canonical name and kind.

A light chunker over tokens (no parser): a mention is a title chain with a name
(«وزير المالية الأردني أمية طوقان»), a bare name, a quoted name («"بلومبرغ"»), an
entity mention from ``doc.entities``, or a generic noun phrase («مسؤول كبير في الإدارة
الأميركية»، «مصادر عسكرية»). Entities, when present, fix the boundaries and the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.document import Entity
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, strip_marks
from khabar.text.normalize import match_form

MAX_MENTION = 16
MAX_NAME = 5
_HAL = re.compile(r"[^\W\d_]ا[^\W\d_]{2}ا|م[^\W\d_]{3,4}ا")
_MARKS = re.compile(r"[\"'«»“”„″()]")
PRONOUN_ENDINGS = ("ته", "تها", "تهم", "هما", "تنا")

try:  # the gazetteers are optional: the stage degrades to its own lexicon without them
    from khabar.gazetteer import countries as _countries
    from khabar.gazetteer import outlets as _outlets
    from khabar.gazetteer import places as _places
except Exception:  # pragma: no cover - gazetteer package missing
    _countries = None
    _outlets = None
    _places = None


@dataclass(slots=True)
class Mention:
    """A speaker (or outlet) mention: token range, name range, kind."""

    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    name: tuple[int, int] | None  # token range of the proper name, if any
    kind: str | None  # person | organization | outlet | anonymous | document | group
    entity: Entity | None = None
    quoted: bool = False


def outlet_name(text: str, *, bare: bool = False) -> str | None:
    """The canonical outlet a name denotes (gazetteer), or None («صحيفة "تايمز"» → التايمز)."""
    if _outlets is None or not text.strip():
        return None
    return _outlets.canonical(_MARKS.sub("", text).strip(), allow_bare=bare)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Personal-name words of the NER feature lexicon (ANERgazet persons), if shipped."""
    try:
        text = resources.files("khabar.models").joinpath("ner.lexicon.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return frozenset()
    out = set()
    for line in text.splitlines():
        word, _, cls = line.partition("\t")
        if cls.strip() == "PERS" and " " not in word:
            out.add(match_form(word))
    return frozenset(out)


def outlet_kind(name: str) -> str | None:
    """The gazetteer kind of an outlet (agency | newspaper | tv | site), or None."""
    if _outlets is None:
        return None
    o = _outlets.lookup(strip_marks(name), allow_bare=True)
    return o.kind if o else None


def quoted_name(toks: list[Tok], j: int) -> int | None:
    """End index (exclusive) of a short name in quote marks or brackets starting at ``j``."""
    if j >= len(toks) or toks[j].text not in OPEN_QUOTES and toks[j].text != "(":
        return None
    close = ")" if toks[j].text == "(" else OPEN_QUOTES[toks[j].text]
    for k in range(j + 1, min(j + 7, len(toks))):
        if toks[k].text == close or (close != ")" and toks[k].text in "»”\"″"):
            return k + 1 if k > j + 1 else None
        if toks[k].is_punct and toks[k].text not in ".-":
            return None
    return None


class Chunker:
    """Finds speaker mentions in a sentence's tokens."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given_names = _given_names()

    # -- token classes ---------------------------------------------------------------
    def _stop(self, t: Tok) -> bool:
        lex = self.lex
        n = t.norm
        return (
            t.cue is not None and t.cue.pos != "masdar"
            or lex.is_("complementizer", n, strip=False)
            or (n[:1] == "ب" and lex.is_("complementizer", n[1:], strip=False))
            or lex.is_("complementizer_pron", n)
            or lex.is_raw("to", t.plain) or lex.is_raw("on", t.plain)
            or lex.is_("about", n, strip=False) or lex.is_("with", n, strip=False)
            or lex.is_("relative", n, strip=False)
            or lex.is_("manner", n)
        )

    def is_name_token(self, t: Tok) -> bool:
        """A token that may be part of a proper name (not a function or lexicon word)."""
        if not t.is_word or self._stop(t):
            return False
        lex = self.lex
        if lex.is_("time", t.norm) or lex.is_("adverbial", t.norm):
            return False
        if lex.is_("conj", t.norm, strip=False) or lex.is_("preposition", t.norm, strip=False):
            return False
        if lex.is_("particle", t.norm, strip=False) or lex.is_("pron_prep", t.norm, strip=False):
            return False
        if lex.is_("nonname", t.norm, strip=False) or "\u064b" in t.text:
            return False  # «عددًا»: an accusative noun with tanween is no name
        if _HAL.fullmatch(t.norm):
            return False  # «ضاحكا»، «مبتسما»: a circumstantial participle, not a name
        return lex.noun_kind(t.norm) is None or lex.is_("name_connector", t.norm, strip=False)

    def is_recipient(self, toks: list[Tok], k: int) -> bool:
        """A ل-prefixed token opening a recipient («للصحيفة»، «لـ"بلومبرغ"»، «لهيئة الإذاعة
        البريطانية»)."""
        t = toks[k]
        if t.text in ("لـ", "ل"):
            return True
        if not t.is_word or not t.norm.startswith("ل") or len(t.norm) < 3:
            return False
        base = t.norm[2:] if t.norm.startswith("لل") else t.norm[1:]
        cand = ("ال" + base) if t.norm.startswith("لل") else base
        if self.lex.is_("recipient_plain", cand) or self.lex.noun_kind(cand) == "outlet":
            return True
        words = [cand] + [x.text for x in toks[k + 1 : k + 4] if x.is_word]
        return any(outlet_name(" ".join(words[:n])) is not None for n in range(len(words), 0, -1))

    # -- mentions --------------------------------------------------------------------
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

    def strong(self, toks: list[Tok], m: Mention) -> bool:
        """A mention that surely names a speaker: a speaker noun or title at its head, a
        country or organisation, an entity, or a known personal name."""
        first = toks[m.start]
        if first.preposed and m.entity is None and not m.quoted:
            return False
        if m.entity is not None or m.quoted:
            return True
        if m.kind in ("organization", "outlet", "anonymous", "group", "document"):
            return True
        if self.lex.noun_kind(first.norm) == "title":
            return True
        if m.name is not None and any(self.lex.noun_kind(t.norm) == "title" for t in toks[m.name[1] : m.end]):
            return True  # «رودي جارسيا مدرب فريق روما»: a name with a title in apposition
        if m.name is None or m.kind is None:
            return False
        first_name = toks[m.name[0]]
        return first_name.norm in self.given_names and not first_name.definite

    def _title_ahead(self, toks: list[Tok], k: int) -> bool:
        """Whether another title follows before the mention could end («أمين منطقة الباحة
        رئيس اللجنة … المهندس محمد …»): the words before it belong to the title chain."""
        for m in range(k, min(len(toks), k + 8)):
            t = toks[m]
            if t.is_punct and not is_comma(t):
                return False
            if t.is_word and (self._stop(t) or self.lex.is_("time", t.norm)):
                return False
            if t.is_word and self.lex.noun_kind(t.norm) == "title" and m + 1 < len(toks) and toks[m + 1].is_word:
                return True
        return False

    def _apposition(self, toks: list[Tok], k: int) -> int:
        """Extend a name over a following title chain («… نائب رئيس نادي القادسية»)."""
        if k < len(toks) and toks[k].is_word and self.lex.noun_kind(toks[k].norm) == "title":
            m = k
            while m < len(toks) and m - k < 8 and toks[m].is_word and not self._stop(toks[m]):
                if self.lex.is_("time", toks[m].norm) or self.is_recipient(toks, m):
                    break
                if self.lex.is_("adverbial", toks[m].norm, strip=False) and m > k:
                    break
                m += 1
            return m
        return k

    def _chunk(self, toks: list[Tok], j: int, entities: dict[int, Entity]) -> Mention | None:
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
                    mode, name_start = "title", None
                    k += 1
                    continue
                q = quoted_name(toks, k)
                if q is not None and k > j and q - k <= 7 and mode != "name":
                    if name is None:
                        name = (k + 1, q - 1)
                    k = q
                    continue
                break
            if self._stop(t) or lex.is_("time", t.norm) and k > j:
                break
            if (self.lex.is_("pron_prep", t.norm, strip=False) or self.lex.is_("particle", t.norm, strip=False)
                    or self.lex.is_("nonname", t.norm, strip=False)):
                if not (mode == "title" and name is None and t.norm == "غير" and nxt is not None and nxt.definite):
                    break
            if k > j and self.is_recipient(toks, k):
                if not (mode == "title" and name is None and t.norm.startswith("لل")):
                    break
            if lex.is_("preposition", t.norm, strip=False):
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
                adjective = _nisba(t.norm) or lex.is_("adjective", t.norm, strip=False)
                if k == j + 1 and not t.definite and not adjective and toks[j].norm.endswith(("ون", "ين", "ان")):
                    break  # «محللون استمرارَ …»: a head with nunation/ن is not in construct
                if k > j + 1 and seen_adj and not t.definite and not adjective:
                    break  # «مصادر عسكرية انضمامَ …»: a new phrase after the adjectives
                seen_adj = seen_adj or (k > j and adjective and not t.definite)
                genitive = t.norm.startswith("لل") and not self.is_recipient(toks, k)  # «الرئاسة العامة للأرصاد»
                if k > j and t.definite and toks[k - 1].definite and not (_nisba(t.norm) or lex.is_("adjective", t.norm) or genitive):
                    break  # «الحكومة اليمنية»، «اللجنة التابعة» but not «الحكومة الجهود»
                seen_definite = seen_definite or t.definite
                k += 1
                continue
            if mode == "title":
                titled = lex.noun_kind(t.norm) is not None or t.norm == "غير"
                titled = titled or lex.is_("title_modifier", t.norm, strip=False)
                if name is None and k > j and not titled and t.norm not in self.given_names:
                    titled = self._title_ahead(toks, k + 1) or _is_place(t)
                clitic = t.norm[:1] in "بل" and len(t.norm) > 3 and name is None
                # «المؤسسة العامة لصوامع الغلال ومطاحن الدقيق»: a coordinated genitive goes on
                # (the «و» + a noun of four letters or more: «وائل»، «وليد» are given names)
                coord = (name is None and k > j and t.norm[:1] == "و" and len(t.norm) > 4 and toks[k - 1].definite
                         and not any(e.label == "PERS" and e.start <= t.start < e.end for e in entities.values())
                         and t.norm not in self.given_names and nxt is not None and nxt.is_word and nxt.definite
                         and nxt.norm not in self.given_names
                         and any(x.norm.startswith("لل") or x.prefix[:1] == "ل" for x in toks[max(j, k - 2) : k]))
                if titled or t.definite or t.norm.startswith("لل") or k == j or clitic or coord:
                    if name is not None:
                        # a title after the name: apposition («… نائب رئيس نادي القادسية»)
                        mode = "apposition"
                    k += 1
                    continue
                mode = "name"
            if mode == "apposition":
                if lex.noun_kind(t.norm) == "title" and nxt is not None and nxt.norm in self.given_names:
                    # «مدير مطار الأمير محمد بن عبدالعزيز الدولي المهندس محمد الفاضل»: the
                    # person is the one after the last title
                    mode, name, name_start, name_end_at = "title", None, None, None
                    k += 1
                    continue
                if t.definite or lex.noun_kind(t.norm) or self.is_name_token(t):
                    k += 1
                    continue
                break
            # name mode
            if name_start is not None and (t.text.endswith(PRONOUN_ENDINGS) or t.preposed or k - name_start >= MAX_NAME):
                break  # «استقالته»، «باتخاذ»: not part of the name
            if name_end_at is not None and t.start >= name_end_at:
                break  # the person entity ends the name
            if self.is_name_token(t) or (name_start is not None and t.definite):
                if name_start is None:
                    name_start = k
                    ends_definite = t.definite
                    person = next((e for e in entities.values() if e.label == "PERS" and e.start <= t.start < e.end), None)
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
        if mode == "title" and name is None and k - j >= 2 and lex.is_("honorific", toks[k - 2].norm, strip=False):
            last = toks[k - 1]
            surname = last.definite and last.is_word and not last.prefix.startswith(("و", "ف", "ل", "ب"))
            surname = surname and not (_countries is not None and _countries.lookup(last.text))
            surname = surname and not (_places is not None and _places.lookup(last.text))
            if surname and lex.noun_kind(last.norm) is None and not lex.is_("adjective", last.norm, strip=False):
                name = (k - 1, k)  # «الدكتور اللويحق»: a title and a family name
        kind = self._kind_of(toks, j, k, False, name)
        ent = entities.get(toks[name[0]].start) if name else entities.get(head.start)
        if ent is not None and ent.label not in ("PERS", "ORG"):
            ent = None
        return Mention(j, k, name, kind, ent)

    def _kind_of(
        self, toks: list[Tok], a: int, b: int, quoted: bool, name: tuple[int, int] | None = None
    ) -> str | None:
        if a >= b:
            return None
        lex = self.lex
        text = " ".join(t.text for t in toks[a:b])
        if outlet_name(text, bare=quoted) is not None:
            return "outlet"
        head = lex.noun_kind(toks[a].norm)
        if head == "title":
            return "person"
        if head:
            return head
        if _countries is not None and _countries.lookup(text) is not None:
            match = _countries.lookup(text)
            if match is not None and match.kind in ("name", "capital"):
                return "organization"
        if quoted:
            return "organization"
        first = toks[name[0]] if name else toks[a]
        if not first.definite:
            return "person"  # a bare name
        if b - a == 1 and first.norm.endswith("ي"):
            return "person"  # a family name («السوداني»، «الريماوي»)
        return None


def _is_place(t: Tok) -> bool:
    """A known place name («الناطق الرسمي لشرطة تبوك»): part of a title chain, not a name."""
    return _places is not None and not t.definite and _places.lookup(t.text) is not None


def _nisba(norm: str) -> bool:
    """A relational adjective ending («اليمنية»، «الأمريكيين»، «العسكري»)."""
    return norm.endswith(("ي", "يه", "يون", "يين", "يان", "يتان", "يات"))


def _entity_kind(ent: Entity) -> str:
    if ent.kind == "outlet" or (ent.label == "ORG" and outlet_name(ent.text, bare=False)):
        return "outlet"
    if ent.label == "PERS":
        return "person"
    if ent.label == "ORG" or ent.label == "LOC":
        return "organization"
    return "group"


def mention_text(toks: list[Tok], text: str, m: Mention) -> tuple[int, int]:
    """Original character offsets of a mention."""
    return toks[m.start].start, toks[m.end - 1].end


def speaker_name(toks: list[Tok], text: str, m: Mention) -> str:
    """The speaker name a mention gives: its outlet's canonical name, its proper name, or the
    phrase (entity names are chosen by the stage, which checks them)."""
    if m.kind == "outlet":
        span = text[toks[m.start].start : toks[m.end - 1].end]
        canon = outlet_name(span, bare=True)
        if canon:
            return canon
    if m.name and m.kind == "person":
        a, b = m.name
        while b - a > 2 and toks[a].is_word and len(toks[a].text) == 1 and toks[a + 1].initial:
            a += 2  # «م. ناصر العتيبي»: an abbreviated title before the name
        return _unglue(toks[a], text, toks[b - 1].end).rstrip(" ،,؛;")
    return _unglue(toks[m.start], text, toks[m.end - 1].end).rstrip(" ،,؛;")  # «…الدقيق، إلى أن»


def _unglue(first: Tok, text: str, end: int) -> str:
    """A name without a glued preposition: «لوكالة الأناضول» → «وكالة الأناضول», «للصحيفة» →
    «الصحيفة»."""
    body = text[first.start : end]
    if first.preposed and first.prefix.startswith("لل"):
        body = "ال" + body[2:]
    elif first.preposed and first.prefix[:1] in "لب":
        body = body[1:]
    return strip_marks(body)

"""Speaker kinds of mentions, and whether a mention surely names a speaker."""

from __future__ import annotations

import re

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import country_kind, is_place, nisba, outlet_name
from khabar.extract.quotes.tokens import Tok

QUANTIFIERS = frozenset({"احد", "احدي", "بعض"})  # «أحد/إحدى/بعض X»: X says what kind
_PLURAL_PARTICIPLE = re.compile(r"م[^\W\d_]{3,6}(?:ون|ين)")
_FORM_ONE_PLURAL = re.compile(r"[^\W\d_]ا[^\W\d_]{2}(?:ون|ين)")  # «العاملون»، «باحثون في …»


def title_adjective(head: Tok, t: Tok, lex: Lexicon) -> bool:
    """An indefinite relational adjective describing an indefinite title («خبير قانوني»، «محلل
    سياسي»، «ناشطة حقوقية»), not a noun in construct («رئيس بلدية»، «وزير خارجية»، «محامي نادي»):
    no listed noun, no place, and feminine only after a feminine head."""
    if not t.is_word or t.definite or t.preposed or t.norm == "عام" or not nisba(t.norm):
        return False
    if lex.noun_kind(t.norm) is not None or is_place(t):
        return False
    return not t.norm.endswith("ه") or head.norm.endswith("ه")


class MentionKindMixin:
    """Methods of :class:`~khabar.extract.quotes.chunk.Chunker` that judge a whole mention."""

    lex: Lexicon
    given_names: frozenset[str]

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
        if m.name is not None and m.name[0] == m.start + 1 and self.demonym_title(toks, m.start):
            return True  # «الأرجنتيني مارسيلو بييلسا»
        if m.name is not None and any(self.lex.noun_kind(t.norm) == "title" for t in toks[m.name[1] : m.end]):
            return True  # «رودي جارسيا مدرب فريق روما»: a name with a title in apposition
        if m.name is None or m.kind is None:
            return False
        first_name = toks[m.name[0]]
        return first_name.norm in self.given_names and not first_name.definite

    def _kind_of(
        self, toks: list[Tok], a: int, b: int, quoted: bool, name: tuple[int, int] | None = None
    ) -> str | None:
        """The speaker kind of tokens ``a:b``: outlet, a head noun's kind, a country acting
        as an organisation, a bare or family name (person), or None."""
        if a >= b:
            return None
        lex = self.lex
        text = " ".join(t.text for t in toks[a:b])
        if outlet_name(text, bare=quoted) is not None:
            return "outlet"
        own = toks[a:b] if quoted else (toks[name[0] : name[1]] if name else [])
        if any(t.is_word and lex.is_("outlet_word", t.norm, strip=False) for t in own):
            return "outlet"  # «"ذي دايلي مايل"»، «فوكس نيوز» (not «محامية X مراسل "واشنطن بوست"»)
        head = lex.noun_kind(toks[a].norm)
        if (head == "group" and name is not None and name[0] > a and toks[a].norm.removeprefix("ال") == "فريق"
                and all(t.norm in ("اول", "ركن") for t in toks[a + 1 : name[0]])):
            return "person"  # «الفريق (أول ركن) عثمان المحرج»: the rank of a named person (q22)
        if head == "title":
            return "anonymous" if name is None and self._unnamed(toks, a, b) else "person"
        if lex.is_("partitive", toks[a].norm) or toks[a].norm in QUANTIFIERS:
            inner = self._complement_kind(toks, a, b)
            if inner is not None:
                return inner  # «بعض الجماهير» group, «إحدى التغريدات» document
        if head:
            return head
        if participle_plural(toks[a]) and (toks[a].definite or toks[a].norm.endswith("ون")):
            return "group"  # «المعتصمون»، «متطرفون من أصول …»; not a circumstantial «نصل متأخرين»
        if _form_one_plural(toks, a, b):
            return "group"  # «الباحثون»، «عاملون في وكالات …»; not a name like «هارمون»
        construct = _construct_plural(toks, a, b, lex)
        if construct is not None:
            return construct  # «مصابو التفجير»، «موظفو الشركة»: people, not a name
        if country_kind(text) in ("name", "capital"):
            return "organization"
        if quoted:
            return "organization"
        first = toks[name[0]] if name else toks[a]
        if not first.definite:
            return "person"  # a bare name
        if b - a == 1 and first.norm.endswith("ي"):
            return "person"  # a family name («السوداني»، «الريماوي»)
        return None

    def _unnamed(self, toks: list[Tok], a: int, b: int) -> bool:
        """An indefinite title followed by a prepositional phrase or an adjective and no name («متحدث
        باسم الشرطة»، «مستشار في الوزارة»، «خبير قانوني»): an unnamed person, anonymous. A title in construct
        with a definite genitive («مدير المركز») names one person."""
        head = toks[a]
        if head.definite or a + 1 >= b:
            return False
        nxt = toks[a + 1]
        if title_adjective(head, nxt, self.lex):
            return True  # «خبير قانوني عراقي»، «لخبير اقتصادي»: a title with its adjectives
        if head.preposed:
            return False
        return nxt.is_word and (self.lex.is_("preposition", nxt.norm, strip=False)
                                or nxt.norm in ("باسم", "باسمه", "باسمها") or nxt.preposed)

    def _complement_kind(self, toks: list[Tok], a: int, b: int) -> str | None:
        """The kind of the noun a quantifier governs («عدد من المواطنين» → group, «بعض وسائل
        الإعلام» → outlet), when it is a group, outlet, document or organisation."""
        k = a + 1
        if k < b and toks[k].norm == "من":
            k += 1
        if k >= b or not toks[k].is_word:
            return None
        kind = self.lex.noun_kind(toks[k].norm)
        if kind is None and participle_plural(toks[k]):
            kind = "group"
        return kind if kind in ("group", "outlet", "document", "organization") else None


def _form_one_plural(toks: list[Tok], a: int, b: int) -> bool:
    """A sound plural of a form-I participle (فاعلون): definite, or indefinite nominative with
    «في/من» after it — a bare «هارمون»، «لابرون» is a name."""
    t = toks[a]
    n = t.norm[len(t.prefix):] if t.prefix and t.norm.startswith(t.prefix) else t.norm
    n = n[2:] if n.startswith("ال") else n
    if t.definite:
        return bool(_FORM_ONE_PLURAL.fullmatch(n))
    after = toks[a + 1].norm if a + 1 < len(toks) else ""
    return n.endswith("ون") and bool(_FORM_ONE_PLURAL.fullmatch(n)) and after in ("في", "من")


def participle_plural(t: Tok) -> bool:
    """A sound masculine plural of a participle («المعتصمون»، «متطرفون»، «المكروبين»، «عاملون»): a
    category of people, not a name (nisba plurals such as «العسكريين» are left out)."""
    n = t.norm[len(t.prefix):] if t.prefix and t.norm.startswith(t.prefix) else t.norm
    n = n[2:] if n.startswith("ال") else n
    return bool(_PLURAL_PARTICIPLE.fullmatch(n)) and not n.endswith(("يون", "يين"))


def _construct_plural(toks: list[Tok], a: int, b: int, lex: Lexicon) -> str | None:
    """A sound masculine plural in construct, its «ن» dropped, before a definite genitive
    («مصابو التفجير»، «موظفو الشركة»، «منسوبو الوزارة»): the kind its «ون» form has — a listed
    noun's kind, or a group for a participle plural. None for a name ending in «و» (a given name,
    a word with no definite genitive after it: «ماريو»، «سبارو»)."""
    t = toks[a]
    if b - a < 2 or t.definite or t.preposed or not t.norm.endswith("و") or len(t.norm) < 5:
        return None
    if not (toks[a + 1].is_word and toks[a + 1].definite and not toks[a + 1].preposed):
        return None
    plural = t.norm + "ن"
    kind = lex.noun_kind(plural)
    if kind is not None:
        return kind
    if _PLURAL_PARTICIPLE.fullmatch(plural) and t.norm[-2] not in "هيوا":
        return "group"  # (not a name in «-هو/-يو»: «مورينهو التعليق»)
    return None

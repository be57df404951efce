"""Token classes of the speaker chunker: stop words, name words, recipients, quoted names."""

from __future__ import annotations

import re

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.names import outlet_name
from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma
from khabar.extract.quotes.told import person_told
from khabar.text.normalize import match_form

# honorifics with a pronoun standing for the speaker («وبين معاليه أن …»، «وأوضح سموه»; normalised)
HONORIFIC_PRONOUNS = frozenset(match_form(w) for w in (
    "معاليه", "معاليها", "سموه", "سموها", "سعادته", "سعادتها", "فضيلته", "جلالته", "سيادته", "دولته", "سماحته",
    "فخامته", "جلالتها"))

_HAL = re.compile(r"[^\W\d_]ا[^\W\d_]{2}ا|م[^\W\d_]{3,4}ا")


def quoted_name(toks: list[Tok], j: int) -> int | None:
    """End index (exclusive) of a short name in quote marks or brackets starting at ``j``."""
    if j >= len(toks) or toks[j].text not in OPEN_QUOTES and toks[j].text != "(":
        return None
    close = ")" if toks[j].text == "(" else OPEN_QUOTES[toks[j].text]
    for k in range(j + 1, min(j + 7, len(toks))):
        if toks[k].text == close or (close != ")" and toks[k].text in "»”\"″"):
            if not any(t.is_word for t in toks[j + 1 : k]):
                return None  # «(85)»، «"4.1"»: an amount in brackets or marks, no name
            return k + 1 if k > j + 1 else None
        if toks[k].is_punct and toks[k].text not in ".-":
            return None
    return None


class WordClassMixin:
    """Methods of :class:`~khabar.extract.quotes.chunk.Chunker` that classify single tokens."""

    lex: Lexicon
    given_names: frozenset[str]

    def _stop(self, t: Tok) -> bool:
        """A token no speaker mention runs over (a cue, complementizer, إلى/على/عن/مع …)."""
        if t.cue is not None and t.cue.pos != "masdar":
            return True
        lex = self.lex
        if lex.is_raw("to", t.plain) or lex.is_raw("on", t.plain):
            return True
        n = t.norm
        memo = lex.memo("stop_word")
        hit = memo.get(n)
        if hit is None:
            hit = lex.remember(memo, n, _stop_word(lex, n))
        return hit

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
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (self.lex.noun_kind(cand) == "organization" and nxt is not None and nxt.is_word and nxt.definite
                and self.lex.noun_kind(nxt.norm) == "outlet"):
            return True  # «لهيئة الإذاعة الأميركية (سي إن إن)»، «لمؤسسة التلفزيون»: a broadcaster
        if person_told(toks, k, cand, self.lex, self.given_names):
            return True
        words = [cand] + [x.text for x in toks[k + 1 : k + 4] if x.is_word]
        if any(outlet_name(" ".join(words[:n])) is not None for n in range(len(words), 0, -1)):
            return True
        return t.norm.startswith("لل") and self._bare_outlet_slot(toks, k) and outlet_name(cand, bare=True) is not None

    def _bare_outlet_slot(self, toks: list[Tok], k: int) -> bool:
        """«قال … للجزيرة إن»، «في تصريحات للجزيرة»، «للجزيرة نت أن» (q19): an outlet whose name is also a
        common word («الجزيرة» the island) glued to «لل» counts in the recipient's slot — right before a
        complementizer or «نت», or right after a channel noun; elsewhere («الساحل الشرقي للجزيرة») not."""
        lex = self.lex
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.is_word and lex.is_("channel", prev.norm):
            return True
        if nxt is None or not nxt.is_word:
            return False
        n = nxt.norm
        return (n == "نت" or lex.is_("complementizer", n, strip=False) or lex.is_("complementizer_pron", n)
                or (n[:1] == "ب" and lex.is_("complementizer", n[1:], strip=False)))

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


def _stop_word(lex: Lexicon, n: str) -> bool:
    """The part of :meth:`WordClassMixin._stop` that depends only on the normalised form."""
    return (
        lex.is_("complementizer", n, strip=False)
        or (n[:1] == "ب" and lex.is_("complementizer", n[1:], strip=False))
        or lex.is_("complementizer_pron", n)
        or lex.is_("about", n, strip=False) or lex.is_("with", n, strip=False)
        or lex.is_("relative", n, strip=False)
        or lex.is_("manner", n)
    )

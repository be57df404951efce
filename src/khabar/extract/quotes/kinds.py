"""Speaker kinds of mentions, and whether a mention surely names a speaker."""

from __future__ import annotations

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import country_kind, outlet_name
from khabar.extract.quotes.tokens import Tok


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
        head = lex.noun_kind(toks[a].norm)
        if head == "title":
            return "person"
        if head:
            return head
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

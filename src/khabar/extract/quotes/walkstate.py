"""What the walk from a reporting verb to its content found (:class:`_Pre`), the walk's
length limit, and the quote-mark check it uses to skip stray marks."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.records import ViaRef
from khabar.extract.quotes.tokens import Tok

MAX_PRE = 40  # tokens between a cue and its content


def _closes(toks: list[Tok], k: int) -> bool:
    """Whether the quote mark at ``k`` is closed later in the sentence."""
    mark = toks[k].text
    closers = {"«": "»", "“": "”″", '"': '"″', "”": "”", "»": "»", "„": "“”"}.get(mark, "")
    return any(t.text in closers for t in toks[k + 1 :])


@dataclass
class _Pre:
    """What the walk from a cue to its content found."""

    subject: Mention | None = None
    svo: bool = False  # the subject stands before the cue
    addressee: Mention | None = None  # «دعا الحكومةَ إلى …»
    framed: bool = False  # a channel/time phrase follows the subject («في نهاية التصريح»)
    relay_from: Mention | None = None
    vias: list[ViaRef] = field(default_factory=list)
    anaphoric: bool = False  # «أوضح ذلك X»: the object «ذلك» takes up what was just reported
    bare_at: int | None = None  # unmarked first-person speech starts here («قال X الذي …، برغم … أبنائي …»)
    family: bool = False  # the subject is the family name of a person named before («ودعا القحطاني …»)


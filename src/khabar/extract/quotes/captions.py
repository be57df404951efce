"""Photo captions glued into running text (session 18, qa18: ANERcorp set 1, 2000s web wire copy).

Scraped pages of the 2000s (Al-Jazeera.net above all) put a photo caption with its credit between the
headline and the body — «الشرطة قالت إنها تراقب آلاف البريطانيين المسلمين (رويترز)» — and the corpus
glues it to the next paragraph with no full stop, so the caption's statement read on through the credit
into the story («… (رويترز) وفي مانشيستر قالت الشرطة …»). Captions are not counted (docs/quotes.md § 1).

A statement is such a caption when its content runs past a parenthesised photo credit (an agency, the
channel, «أرشيف», or an agency with «- أرشيف») that has a word after it inside the content, and its cue
carries no «و/ف» (a caption is a bare «X قال/قالت/تعهد …»; «وشدد على أن …» is a paragraph that a caption
line merely follows).
"""

from __future__ import annotations

import re

from khabar.extract.quotes.records import Raw
from khabar.extract.quotes.tokens import Tok

_AGENCY = r"(?:رويترز|الفرنسية|أسوشيتد برس|أسوشيتدبرس|الأوروبية|الجزيرة|إيبا|أرشيف)"
CREDIT = re.compile(r"\(\s*" + _AGENCY + r"(?:\s*[-–]\s*" + _AGENCY + r")?\s*\)\s*\w")


def glued_caption(raw: Raw, toks: list[Tok], text: str) -> bool:
    """Whether ``raw`` is a caption's statement run on through its credit into the story after it."""
    start, end = raw.content
    if CREDIT.search(text, start, end) is None:
        return False
    cue = toks[raw.cue_token] if 0 <= raw.cue_token < len(toks) else None
    return cue is not None and not any(c in (cue.cue_prefix or cue.prefix or "") for c in "وف")

"""A press review's papers (q23): SPA's daily reviews open with the papers of one country —
«أبرزت الصحف التونسية الصادرة اليوم …»، «توزعت اهتمامات الصحف اللبنانية الصادرة اليوم على …» — and every
later sentence goes on with a subjectless feminine verb («وأخبرت عن مقتل …»، «وأشارت إلى …»، «ولفتت
الانتباه إلى …»، «مخبرة عن …»): the papers are their implicit subject (held-out 26's 1581; news 1616, 1623).

The genre is told by its opening: «الصحف/صحف» + a nationality («التونسية»، «الجزائر») + «الصادرة» in one of
the document's first three sentences — a report that cites «الصحف البريطانية» once names no papers issued
today."""

from __future__ import annotations

from khabar.extract.entities.overlap import LastIndex
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.tokens import Tok

_PAPERS = frozenset({"الصحف", "صحف"})
_ISSUED = frozenset({"الصادره", "الصادرة"})


def _papers(views: dict[int, list[Tok]]) -> tuple[int, Mention] | None:
    for si in sorted(views)[:3]:
        toks = views[si]
        for k, t in enumerate(toks[:-2]):
            if t.norm not in _PAPERS:
                continue
            e = k + 1
            while e < len(toks) and toks[e].is_word and toks[e].definite and toks[e].norm not in _ISSUED and e - k <= 2:
                e += 1  # the papers' country: «التونسية»، «الجزائر»، «المغربية»
            if e > k + 1 and e < len(toks) and toks[e].norm in _ISSUED:
                return si, Mention(k, e, None, "outlet")
    return None


# per document (its sentence views): the papers of its opening, if it is a press review
review_papers: LastIndex[tuple[int, Mention] | None] = LastIndex(_papers)

"""Highlighted article HTML built from the ORIGINAL text and the annotation span offsets.

The text is split at every span boundary; every piece is HTML-escaped; annotations are
opened and closed as a properly nested stack of elements, so overlapping spans (an entity
that crosses a quote boundary, a trigger inside a time expression) are rendered by
splitting the outer element into several pieces that share the same ``data-ann`` id.

Layer order (outermost first): quote content (block-like background), quote source, the
mention of a relay that carried the quote (session 17: «وكالة رويترز»), cue, entities, times, quantities, event triggers. Each element carries a ``title`` with the
normalised value and a ``data-info`` JSON object that the bundled JS shows as a popover
(built with ``textContent``, never ``innerHTML``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from khabar.document import Document, Event, Quote
from khabar.web.relays import RELAY_KINDS

# Outermost first; the rank decides nesting when spans share a segment.
LAYER_RANK = {"quote": 0, "qsrc": 1, "qvia": 2, "qcue": 3, "ent": 4, "time": 5, "qty": 6,
              "ev": 7}
_TAG = {"quote": "span"}  # everything else is a <mark>


@dataclass(frozen=True)
class Ann:
    """One annotation to draw: a span, a CSS kind, and what to show about it."""

    start: int
    end: int
    kind: str  # key of LAYER_RANK
    ann_id: str
    classes: str
    info: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def sort_key(self) -> tuple[int, int, int]:
        return (LAYER_RANK[self.kind], self.start, -self.end)


# Arabic names of the fields shown in titles and popovers (values stay as normalised codes).
FIELD_NAMES = {
    "type": "النوع", "value": "القيمة", "mod": "المعدِّل", "calendar": "التقويم",
    "interval": "المدى", "anchored": "محسوب من تاريخ النشر", "label": "الصنف",
    "canonical": "الاسم المعياري", "entity": "المعرّف", "kind": "النوع الدقيق",
    "country": "البلد", "source": "المصدر", "approx": "التقريب", "unit": "الوحدة",
    "currency": "العملة", "mode": "الأسلوب", "contexts": "السياقات", "modality": "الصيغة",
    "hedged": "بتحفظ", "actor": "الفاعل", "recipient": "المفعول به", "location": "المكان",
    "date": "التاريخ", "attributed_to": "منسوب إلى", "score": "الشدة", "speaker": "القائل",
    "speaker_kind": "نوع القائل", "chain": "السلسلة", "implicit": "ضمني",
    "continues": "يكمل", "relay": "الناقل", "relay_kind": "نوع الناقل",
}


def _clean(info: dict[str, object]) -> dict[str, str]:
    """Drop empty fields, format values, and name the fields in Arabic."""
    out: dict[str, str] = {}
    for k, v in info.items():
        k = FIELD_NAMES.get(k, k)
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, bool):
            v = "نعم" if v else "لا"
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        out[k] = v if isinstance(v, str) else (", ".join(map(str, v)) if isinstance(v, list) else str(v))
    return out


def quote_chain(q: Quote) -> str:
    """``speaker ← inner relay ← outer relay``: who said it and who relayed it, from the
    speaker to the reader (``via`` is outermost first, so it is read in reverse)."""
    parts = [q.speaker or ("(ضمني)" if q.implicit else "?")]
    parts += [v.name for v in reversed(q.via)]
    return " ← ".join(parts)


def event_actors(actors: list) -> str:
    return "; ".join(
        f"{a.text} [{'/'.join(x for x in (a.country, a.sector) if x) or '?'}]" for a in actors
    )


def event_info(ev: Event) -> dict[str, str]:
    return _clean({
        "type": ev.type, "mode": ev.mode, "contexts": ev.contexts,
        "modality": ev.modality, "hedged": ev.hedged or None,
        "actor": event_actors(ev.actor), "recipient": event_actors(ev.recipient),
        "location": ev.location and (ev.location.name or ev.location.text),
        "country": ev.location and ev.location.country,
        "date": ev.date and f"{ev.date.value} ({ev.date.source}"
                            f"{', report day only' if ev.date.report_day else ''})",
        "attributed_to": ev.attributed_to, "score": ev.score,
    })


def collect(doc: Document) -> list[Ann]:
    """All drawable annotations of a document (spans with bad offsets are skipped)."""
    anns: list[Ann] = []
    for q in doc.quotes:
        info = _clean({
            "speaker": q.speaker, "speaker_kind": q.speaker_kind, "chain": quote_chain(q),
            "type": q.type, "hedged": q.hedged or None, "implicit": q.implicit or None,
            "continues": q.continues,
        })
        anns.append(Ann(q.content.start, q.content.end, "quote", q.id,
                        f"hl hl-quote hl-quote-{q.type}", info))
        anns.append(Ann(q.cue.start, q.cue.end, "qcue", q.id + ":cue", "hl hl-qcue", info))
        if q.source is not None:
            anns.append(Ann(q.source.start, q.source.end, "qsrc", q.id + ":src", "hl hl-qsrc", info))
        for i, v in enumerate(q.via):
            if v.start is not None and v.end is not None:  # a relay named in the text
                anns.append(Ann(v.start, v.end, "qvia", f"{q.id}:via{i}", "hl hl-qvia", {
                    **_clean({"relay": v.name, "relay_kind": RELAY_KINDS.get(v.kind, v.kind)}), **info}))
    for e in doc.entities:
        anns.append(Ann(e.start, e.end, "ent", e.id, f"hl hl-ent hl-ent-{e.label}", _clean({
            "label": e.label, "canonical": e.canonical, "entity": e.entity, "kind": e.kind,
            "country": e.country, "source": e.source,
        })))
    for t in doc.times:
        anns.append(Ann(t.start, t.end, "time", t.id, "hl hl-time", _clean({
            "type": t.type, "value": t.value, "mod": t.mod, "calendar": t.calendar,
            "interval": t.interval and f"{t.interval.begin} → {t.interval.end}",
            "anchored": t.anchored or None,
        })))
    for n in doc.quantities:
        value = n.value if n.value is not None else (
            f"{n.low if n.low is not None else '…'}–{n.high if n.high is not None else '…'}")
        anns.append(Ann(n.start, n.end, "qty", n.id, "hl hl-qty", _clean({
            "value": value, "approx": n.approx, "unit": n.unit, "currency": n.currency,
        })))
    for ev in doc.events:
        anns.append(Ann(ev.trigger.start, ev.trigger.end, "ev", ev.id,
                        f"hl hl-ev hl-ev-{ev.modality}", event_info(ev)))
    n = len(doc.text)
    return [a for a in anns if 0 <= a.start < a.end <= n]


def _title(a: Ann) -> str:
    return " · ".join(f"{k}: {v}" for k, v in a.info.items())


def _open(a: Ann) -> str:
    tag = _TAG.get(a.kind, "mark")
    info = json.dumps(a.info, ensure_ascii=False)
    return (f'<{tag} class="{escape(a.classes)}" data-ann="{escape(a.ann_id)}" '
            f'data-kind="{a.kind}" title="{escape(_title(a))}" data-info="{escape(info)}"'
            f' tabindex="0">')


_BLANK_RUN = re.compile(r"\n[ \t\r\f\v\u00a0]*(?:\n[ \t\r\f\v\u00a0]*){2,}")


def highlight(doc: Document, kinds: set[str] | None = None, compact: bool = False) -> Markup:
    """The article text as safe HTML with nested highlight elements.

    ``kinds`` restricts the layers drawn (keys of :data:`LAYER_RANK`); default all.
    ``compact`` (for display) drops leading/trailing whitespace of the text and shows runs
    of blank lines outside any annotation as one blank line; offsets are unaffected.
    """
    anns = [a for a in collect(doc) if kinds is None or a.kind in kinds]
    text = doc.text
    bounds = sorted({0, len(text), *(a.start for a in anns), *(a.end for a in anns)})
    anns.sort(key=Ann.sort_key)
    out: list[str] = []
    stack: list[Ann] = []
    # Active set per segment; anns sorted by start let us sweep with a pointer.
    by_start = sorted(anns, key=lambda a: a.start)
    active: list[Ann] = []
    i = 0
    for seg_start, seg_end in zip(bounds, bounds[1:], strict=False):
        while i < len(by_start) and by_start[i].start <= seg_start:
            active.append(by_start[i])
            i += 1
        active = [a for a in active if a.end > seg_start]
        want = sorted((a for a in active if a.start <= seg_start), key=Ann.sort_key)
        common = 0
        while common < len(stack) and common < len(want) and stack[common] is want[common]:
            common += 1
        while len(stack) > common:
            out.append(f"</{_TAG.get(stack.pop().kind, 'mark')}>")
        for a in want[common:]:
            out.append(_open(a))
            stack.append(a)
        piece = text[seg_start:seg_end]
        if compact and not stack:
            piece = _BLANK_RUN.sub("\n\n", piece)
            if seg_start == 0:
                piece = piece.lstrip()
            if seg_end == len(text):
                piece = piece.rstrip()
        out.append(str(escape(piece)))
    while stack:
        out.append(f"</{_TAG.get(stack.pop().kind, 'mark')}>")
    return Markup("".join(out))

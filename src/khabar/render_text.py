"""A readable plain-text summary of a :class:`~khabar.document.Document` for a person.

Written generically over the layers, so it shows whatever the stages fill: a header,
then one section per non-empty layer (entities, times, quantities, quotes, events) and
the warnings. Each item is one line built from the fields that are set; unknown fields
added later are ignored rather than breaking the output. Used by
``khabar analyze --format text`` and reusable by other commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from khabar.document import Document


def _get(obj: Any, name: str) -> Any:
    return getattr(obj, name, None)


def _span_text(span: Any) -> str:
    text = _get(span, "text")
    return " ".join(text.split()) if isinstance(text, str) else ""


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def _extras(obj: Any, names: tuple[str, ...], skip: dict[str, Any] | None = None) -> str:
    parts = []
    for name in names:
        value = _get(obj, name)
        if value in (None, "", [], False) or (skip and skip.get(name) == value):
            continue
        parts.append(f"{name}={value}" if not isinstance(value, bool) else name)
    return f" [{', '.join(parts)}]" if parts else ""


def _entity(e: Any) -> str:
    canonical = _get(e, "canonical")
    same = canonical and canonical != e.text
    return f"{_span_text(e)} — {_get(e, 'label')}{f' ({canonical})' if same else ''}" + _extras(
        e, ("kind", "country", "source"))


def _entities(mentions: list) -> list[str]:
    """One line per document-level entity: name, label, details, mentions and forms."""
    groups: dict[str, list] = {}
    for m in mentions:
        key = _get(m, "entity") or _get(m, "canonical") or _span_text(m)
        groups.setdefault(key, []).append(m)
    lines = []
    for ms in groups.values():
        first = ms[0]
        name = _get(first, "canonical") or _span_text(first)
        forms = list(dict.fromkeys(_span_text(m) for m in ms))
        other = [f for f in forms if f != name]
        line = f"{name} — {_get(first, 'label')}" + _extras(first, ("kind", "country"))
        line += f" ×{len(ms)}" if len(ms) > 1 else ""
        if other:
            line += f" (as: {'، '.join(other[:5])}{'…' if len(other) > 5 else ''})"
        lines.append(line)
    return lines


def _time(t: Any) -> str:
    interval = _get(t, "interval")
    span = f" [{interval.begin} .. {interval.end})" if interval else ""
    return f"{_span_text(t)} → {_get(t, 'value')} ({_get(t, 'type')}){span}" + _extras(
        t, ("mod", "calendar", "anchored"), skip={"calendar": "gregorian"})


def _quantity(q: Any) -> str:
    value = _get(q, "value")
    if value is None and (_get(q, "low") is not None or _get(q, "high") is not None):
        value = f"{_num(_get(q, 'low'))}..{_num(_get(q, 'high'))}"
    else:
        value = _num(value)
    return f"{_span_text(q)} → {value}" + _extras(q, ("unit", "currency", "approx"))


def _quote(q: Any) -> str:
    speaker = _get(q, "speaker") or (_span_text(q.source) if _get(q, "source") else "?")
    # ``via`` is outermost first; drawn from the speaker to the reader (the official, the
    # paper, the agency that followed it), as the web pages draw the chain (session 19)
    via = [v.name for v in reversed(_get(q, "via") or [])]
    via_text = f" (via {' → '.join(via)})" if via else ""
    content = _span_text(_get(q, "content"))
    if len(content) > 160:
        content = content[:157] + "…"
    return f"«{speaker}{via_text}: {content}»" + _extras(q, ("type", "speaker_kind", "hedged"))


def _actors(actors: Any) -> str:
    names = [_span_text(a) + (f"/{a.country}" if _get(a, "country") else "") for a in actors or []]
    return ", ".join(names) or "?"


def _event(ev: Any) -> str:
    kind = _get(ev, "type") + (f"/{ev.mode}" if _get(ev, "mode") else "")
    date = _get(ev, "date")
    # (session 22) a dateline that stands for the report's day only (EventDate.report_day)
    when = f", {date.value} ({date.source}{', report day only' if _get(date, 'report_day') else ''})" \
        if date else ""
    where = f", at {_get(ev.location, 'name') or _span_text(ev.location)}" if _get(ev, "location") else ""
    return (f"{kind}: {_actors(_get(ev, 'actor'))} → {_actors(_get(ev, 'recipient'))}{when}{where}, "
            f"{_get(ev, 'modality')} «{_span_text(_get(ev, 'trigger'))}»") + _extras(ev, ("hedged",))


SECTIONS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("entities", "Entities", _entity),
    ("times", "Times", _time),
    ("quantities", "Quantities", _quantity),
    ("quotes", "Quotes", _quote),
    ("events", "Events", _event),
)


def render(doc: Document) -> str:
    """The summary of ``doc`` as text (ends with a newline)."""
    head = [f"Document {doc.id}"]
    meta = [f"{k}: {v}" for k in ("title", "published", "outlet", "url", "language")
            if (v := _get(doc, k))]
    head.extend(meta)
    paragraphs = len({s.paragraph for s in doc.sentences})
    head.append(f"{len(doc.sentences)} sentences in {paragraphs} paragraphs, {len(doc.tokens)} tokens")
    lines = head
    for layer, title, fmt in SECTIONS:
        items = _get(doc, layer) or []
        lines.append("")
        if layer == "entities" and items:
            try:
                grouped = _entities(items)
            except (AttributeError, TypeError):
                grouped = None
            if grouped is not None:
                lines.append(f"{title} ({len(grouped)} entities, {len(items)} mentions)")
                lines.extend("  - " + line for line in grouped)
                continue
        lines.append(f"{title} ({len(items)})")
        if not items:
            lines.append("  (none)")
        for item in items:
            try:
                lines.append("  - " + fmt(item))
            except (AttributeError, TypeError):  # a layer shaped unlike today's model
                lines.append(f"  - {item!r}")
    if doc.warnings:
        lines.append("")
        lines.append(f"Warnings ({len(doc.warnings)})")
        lines.extend(f"  - {w.type}: {w.message}" for w in doc.warnings)
    return "\n".join(lines) + "\n"

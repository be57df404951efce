"""The Jinja2 environment of the web UI (autoescaping on) and small rendering helpers."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import regex
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from khabar import __version__
from khabar.document import Document
from khabar.store.filters import known_outlet
from khabar.web import messages
from khabar.web.highlight import event_actors, highlight, quote_chain
from khabar.web.relays import doc_relays, speaker_name

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
env = templates.env
env.globals.update(version=__version__, quote_chain=quote_chain, event_actors=event_actors,
                   doc_relays=doc_relays, speaker_name=speaker_name)

LABELS = {"PERS": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
MODALITY = {"asserted": "مؤكد", "future": "مستقبلي", "hypothetical": "افتراضي",
            "negated": "منفي"}
# an actor's kind as a reader says it («person» adds nothing to the PERS label)
KINDS = {"person": "", "city": "مدينة", "town": "بلدة", "capital": "عاصمة",
         "country": "دولة", "region": "منطقة", "district": "مديرية", "territory": "إقليم",
         "water": "مسطح مائي", "landmark": "معلم", "outlet": "وسيلة إعلام", "company": "شركة",
         "intl_org": "منظمة دولية", "un_body": "هيئة أممية", "armed_group": "جماعة مسلحة",
         "sports": "نادٍ رياضي", "agency": "وكالة", "alliance": "تحالف", "army": "جيش",
         "government": "حكومة", "party": "حزب", "ministry": "وزارة", "parliament": "برلمان",
         "security": "جهاز أمني"}
env.globals.update(LABELS=LABELS, MODALITY=MODALITY, KINDS=KINDS)


def event_notes(ev: object, modality: bool = True) -> str:
    """What a reader must know before taking a listed event for one that happened: its
    modality unless asserted («منفي», «افتراضي», «مستقبلي»; ``modality=False`` where a
    column already shows it), a likelihood cue («بتحفظ») and a past event retold («حدث
    سابق يُستعاد»). ``ev`` is a store row (dict) or a :class:`khabar.document.Event`."""
    def get(key: str) -> object:
        return ev.get(key) if isinstance(ev, dict) else getattr(ev, key, None)

    notes = []
    mode = get("modality")
    if modality and mode and mode != "asserted":
        notes.append(MODALITY.get(str(mode), str(mode)))
    if get("hedged"):
        notes.append("بتحفظ")
    if get("historical"):
        notes.append("حدث سابق يُستعاد")
    return "، ".join(notes)


env.globals["event_notes"] = event_notes

HEADLINE_CHARS = 90


def lead(text: str | None) -> str:
    """What a reader calls an article with no title: its first line, cut at a word near
    :data:`HEADLINE_CHARS` (a plain-text file ingested has none; its lists showed the
    content hash «a90658ce3fb77362» and its page «مقال»)."""
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    if len(line) <= HEADLINE_CHARS:
        return line
    cut = line.rfind(" ", 0, HEADLINE_CHARS)
    return line[:cut if cut > HEADLINE_CHARS // 2 else HEADLINE_CHARS].rstrip(" ،,.:؛") + "…"


env.filters["lead"] = lead

# TIMEX3 parts of the day («2015-08-08TEV»)
_DAY_PARTS = {"MO": "صباحًا", "MI": "ظهرًا", "AF": "بعد الظهر", "EV": "مساءً", "NI": "ليلًا",
              "DT": "نهارًا"}


def when(value: str | None) -> str:
    """A TIMEX3 value as a reader writes it: a part of the day in words («2015-08-08TEV» →
    «2015-08-08 مساءً», the date isolated so it stays first in a right-to-left page), a
    clock time after a space («2015-08-08T14:30» → «2015-08-08 14:30»); anything else as
    stored."""
    if not value:
        return ""
    day, sep, rest = value.partition("T")
    if not sep or not day:
        return value
    if rest in _DAY_PARTS:
        return Markup('<bdi dir="ltr">{}</bdi> {}').format(day, _DAY_PARTS[rest])
    if regex.fullmatch(r"\d\d(:\d\d){0,2}", rest):
        return f"{day} {rest}"
    return value


env.filters["when"] = when


def _num(v: float | None) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


env.filters["num"] = _num


def safe_url(url: str | None) -> str:
    """Only http(s) links leave the page (no ``javascript:`` or ``data:`` from content)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return "#"


env.filters["safe_url"] = safe_url


def outlet_name(outlet: str | None) -> str:
    """An outlet as a reader knows it: the gazetteer's Arabic name for a source key
    (``was`` → «واس», ``okaz`` → «عكاظ»), else as stored."""
    known = known_outlet(outlet)
    return known.name if known is not None else (outlet or "")


env.filters["outlet"] = outlet_name

EVIDENCE_CHARS = 90


def evidence(sentence: str | None, trigger: str | None, trigger_start: int | None = None,
             sentence_start: int | None = None) -> Markup:
    """An event's evidence sentence around its trigger, the trigger marked: up to
    :data:`EVIDENCE_CHARS` characters on each side, cut at a word, «…» where cut (the
    events list showed only the trigger word, «التعاون», so a reader had to open each
    article to see what the event was; session 23). The trigger is marked at its own
    offset, ``trigger_start - sentence_start`` (text offsets of the stored row, schema 15);
    without them (a read-only store from before) where its word first stands in the
    sentence — which marked «قتل» inside an earlier «مقتل» for 4.6 % of the news day's
    events (session 24). A sentence without it is shown from its start."""
    raw = sentence or ""
    sentence = raw.strip()
    if not sentence:
        return Markup("")
    at = -1
    if trigger and trigger_start is not None and sentence_start is not None:
        at = trigger_start - sentence_start - (len(raw) - len(raw.lstrip()))
        if at < 0 or sentence[at:at + len(trigger)] != trigger:
            at = -1  # offsets of another text: found by its word, as before
    if at < 0:
        at = sentence.find(trigger) if trigger else -1
    if at < 0:
        end = len(sentence) if len(sentence) <= 2 * EVIDENCE_CHARS else sentence.rfind(
            " ", 0, 2 * EVIDENCE_CHARS)
        end = end if end > 0 else 2 * EVIDENCE_CHARS
        return Markup("{}{}").format(sentence[:end], "…" if end < len(sentence) else "")
    lo, hi = max(0, at - EVIDENCE_CHARS), min(len(sentence), at + len(trigger) + EVIDENCE_CHARS)
    if lo > 0:
        space = sentence.find(" ", lo, at)
        lo = space + 1 if space >= 0 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", at + len(trigger), hi)
        hi = space if space >= 0 else hi
    return Markup("{}{}<mark>{}</mark>{}{}").format(
        "…" if lo > 0 else "", sentence[lo:at], trigger, sentence[at + len(trigger):hi],
        "…" if hi < len(sentence) else "")


env.filters["evidence"] = evidence
env.globals["doc_warning"] = messages.doc_warning
env.filters["path"] = lambda s: quote(str(s), safe="")


def mark_words(text: str, words: list[str] | None) -> Markup:
    """``text`` escaped, with every occurrence of ``words`` wrapped in ``<mark>``."""
    words = [w for w in (words or []) if w]
    if not words:
        return Markup(escape(text))
    alts = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alts})(?![\p{{L}}\p{{M}}\p{{N}}])")
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group())}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


env.globals["mark_words"] = mark_words


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def doc_context(doc: Document, linked: bool = False) -> dict:
    """What the article view needs: safe highlighted HTML and the layer tables.

    ``linked``: entity names link to their actor pages (stored articles only)."""
    entities: dict[str, dict] = {}
    for e in doc.entities:
        g = entities.setdefault(e.entity, {"canonical": e.canonical, "label": e.label,
                                           "country": e.country, "kind": e.kind, "n": 0})
        g["n"] += 1
    canonical = {e.entity: e.canonical for e in doc.entities}
    return {"doc": doc, "body": highlight(doc, compact=True), "linked": linked,
            "canonical": canonical,
            "entity_groups": sorted(entities.items(), key=lambda kv: -kv[1]["n"])}


def render_error(request: Request, status: int, message: str,
                 error_id: str | None = None) -> HTMLResponse:
    return page(request, "error.html", status=status, status_code=status, message=message,
                error_id=error_id)

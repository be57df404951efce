"""The highlight builder: escaping, nesting, overlaps, offsets; and the fixture documents
with filled layers used by the API, web and browser tests (the analysis stages may still
return empty layers, so rendering is tested on documents built here by hand)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.document import (
    Actor,
    Document,
    Entity,
    Event,
    EventDate,
    Location,
    Quantity,
    Quote,
    Span,
    Time,
    Via,
)
from khabar.web.highlight import collect, highlight

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def annotate(doc: Document) -> Document:
    """Fill the layers of the example article by hand (test fixture, not an extractor)."""
    t = doc.text

    def ent(i: int, needle: str, label: str, eid: str, canonical: str, **kw) -> Entity:
        s = _span(t, needle)
        return Entity(id=f"T{i}", start=s.start, end=s.end, text=s.text, label=label,
                      entity=eid, canonical=canonical, **kw)

    doc.entities = [
        ent(1, "وول ستريت جورنال", "ORG", "E1", "وول ستريت جورنال", kind="outlet"),
        ent(2, "العراق", "LOC", "E2", "العراق", kind="country", country="IRQ",
            lat=33.3, lon=44.4),
        ent(3, "أربيل", "LOC", "E3", "أربيل", kind="city", country="IRQ", lat=36.19, lon=44.01),
        ent(4, "محمد شياع السوداني", "PERS", "E4", "محمد شياع السوداني", kind="person"),
        ent(5, "الولايات المتحدة", "LOC", "E5", "الولايات المتحدة", kind="country",
            country="USA"),
    ]
    s_sep = _span(t, "سبتمبر 2025")
    s_end = _span(t, "نهاية 2026")
    doc.times = [
        Time(id="X1", start=s_sep.start, end=s_sep.end, text=s_sep.text, type="DATE",
             value="2025-09", anchored=False),
        Time(id="X2", start=s_end.start, end=s_end.end, text=s_end.text, type="DATE",
             value="2026", mod="END"),
    ]
    s_q = _span(t, "2500 جندي")
    doc.quantities = [Quantity(id="N1", start=s_q.start, end=s_q.start + 4, text="2500",
                               value=2500.0, unit="جندي", approx="about")]
    cue = _span(t, "وأشار")
    src = _span(t, "مسؤول كبير في الإدارة الأميركية")
    content = _span(t, "اكتمال الخطوط العريضة لخطة الانسحاب")
    doc.quotes = [Quote(id="Q1", cue=cue, source=src, content=content,
                        speaker="مسؤول كبير في الإدارة الأميركية", speaker_kind="anonymous",
                        via=[Via(name="وول ستريت جورنال")], type="direct")]
    trig = _span(t, "سيغادرون")
    sent = _span(t, "كشفت صحيفة وول ستريت جورنال")
    loc = doc.entities[2]
    doc.events = [Event(
        id="V1", type="RETREAT", mode="military", modality="future", trigger=trig,
        sentence=sent, actor=[Actor(start=trig.start - 20, end=trig.start - 1,
                                    text=t[trig.start - 20:trig.start - 1], country="USA",
                                    sector="MIL")],
        location=Location(start=loc.start, end=loc.end, text=loc.text, name="أربيل",
                          country="IRQ", lat=36.19, lon=44.01),
        date=EventDate(value="2025-09", source="text", time="X1"),
    )]
    return doc


def example_doc() -> Document:
    text = EXAMPLE.read_text(encoding="utf-8")
    return annotate(Document(id="us-iraq-withdrawal", text=text, published="2024-09-06",
                             title="وول ستريت جورنال تكشف خطوات الانسحاب الأمريكي من العراق"))


HOSTILE = 'قال "أحمد" <script>alert(1)</script> & <b onmouseover=\'x()\'>نص</b> في بغداد.'


def hostile_doc() -> Document:
    t = HOSTILE
    s = _span(t, "<script>alert(1)</script>")
    b = _span(t, "بغداد")
    a = _span(t, '"أحمد"')
    return Document(id="x<y>", text=t, title="<img src=x onerror=alert(1)>", entities=[
        Entity(id="T1", start=a.start, end=a.end, text=a.text, label="PERS", entity="E1",
               canonical='"><script>alert(2)</script>'),
        Entity(id="T2", start=b.start, end=b.end, text=b.text, label="LOC", entity="E2",
               canonical="بغداد"),
    ], times=[Time(id="X1", start=s.start, end=s.end, text=s.text, type="DATE",
                   value="<i>2024</i>")])


class _Checker(HTMLParser):
    """Collects tags and text; fails on unbalanced nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> in {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Checker:
    c = _Checker()
    c.feed(html)
    c.close()
    assert not c.stack
    return c


def test_fixture_offsets_hold():
    doc = example_doc()
    for a in collect(doc):
        assert 0 <= a.start < a.end <= len(doc.text)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text


def test_highlight_round_trips_text_and_nests():
    doc = example_doc()
    html = str(highlight(doc))
    c = parse(html)
    assert "".join(c.text) == doc.text  # every character once, in order
    classes = " ".join(a.get("class", "") for _, a in c.tags)
    for cls in ("hl-ent-PERS", "hl-ent-LOC", "hl-time", "hl-qty", "hl-quote", "hl-qcue",
                "hl-qsrc", "hl-ev"):
        assert cls in classes
    times = [a for _, a in c.tags if "hl-time" in a.get("class", "")]
    assert any("2025-09" in a["title"] for a in times)
    quote = next(a for _, a in c.tags if "hl-quote" in a.get("class", ""))
    assert "وول ستريت جورنال" in quote["title"]  # the chain of attribution


def test_hostile_text_is_escaped():
    doc = hostile_doc()
    html = str(highlight(doc))
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    c = parse(html)
    assert "".join(c.text) == doc.text
    assert {t for t, _ in c.tags} == {"mark"}
    ent = next(a for _, a in c.tags if "hl-ent-PERS" in a["class"])
    assert '"><script>alert(2)</script>' in ent["title"]  # survives only as attribute text


def test_overlapping_spans_are_split_not_broken():
    text = "abcdefghij"
    doc = Document(id="o", text=text, entities=[
        Entity(id="T1", start=1, end=6, text=text[1:6], label="ORG", entity="E1", canonical="x"),
    ], times=[Time(id="X1", start=4, end=9, text=text[4:9], type="DATE", value="2024")],
        quotes=[Quote(id="Q1", cue=Span(start=0, end=1, text="a"),
                      content=Span(start=5, end=10, text=text[5:10]))])
    html = str(highlight(doc))
    c = parse(html)
    assert "".join(c.text) == text
    # the entity is cut by the quote start: two pieces with the same data-ann
    assert sum(1 for _, a in c.tags if a.get("data-ann") == "T1") == 2
    # the quote is the outer element wherever it is open
    assert re.search(r'<span class="hl hl-quote[^>]*>(<mark[^>]*>)+', html)


def test_bad_offsets_are_skipped():
    doc = Document(id="b", text="abc", entities=[
        Entity(id="T1", start=2, end=9, text="c", label="ORG", entity="E1", canonical="x"),
        Entity(id="T2", start=2, end=2, text="", label="ORG", entity="E1", canonical="x"),
    ])
    assert str(highlight(doc)) == "abc"


def test_empty_layers_give_escaped_text():
    doc = Document(id="e", text="<a&b>")
    assert str(highlight(doc)) == "&lt;a&amp;b&gt;"


_ALPHABET = "ab <>&\"'\nقال"


@st.composite
def _docs(draw):
    text = draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
    n = len(text)

    def spans(k):
        out = []
        for _ in range(draw(st.integers(0, k))):
            s = draw(st.integers(0, n - 1))
            e = draw(st.integers(s + 1, n))
            out.append((s, e))
        return out

    ents = [Entity(id=f"T{i}", start=s, end=e, text=text[s:e], label="ORG", entity=f"E{i}",
                   canonical="x") for i, (s, e) in enumerate(spans(4))]
    times = [Time(id=f"X{i}", start=s, end=e, text=text[s:e], type="DATE", value="2024")
             for i, (s, e) in enumerate(spans(3))]
    quotes = [Quote(id=f"Q{i}", cue=Span(start=s, end=e, text=text[s:e]),
                    content=Span(start=s2, end=e2, text=text[s2:e2]))
              for i, ((s, e), (s2, e2)) in enumerate(zip(spans(2), spans(2), strict=False))]
    return Document(id="h", text=text, entities=ents, times=times, quotes=quotes)


@settings(max_examples=200, deadline=None)
@given(_docs())
def test_any_spans_give_balanced_html_with_the_exact_text(doc):
    html = str(highlight(doc))
    c = parse(html)  # balanced tags, or the parser check fails
    assert "".join(c.text) == doc.text
    # every annotation is drawn, over exactly its characters
    drawn: dict[str, list[str]] = {}
    stack: list[str | None] = []

    class Walk(HTMLParser):
        def handle_starttag(self, tag, attrs):
            stack.append(dict(attrs).get("data-ann"))

        def handle_endtag(self, tag):
            stack.pop()

        def handle_data(self, data):
            for ann in stack:
                drawn.setdefault(ann, []).append(data)

    Walk(convert_charrefs=True).feed(html)
    for a in collect(doc):
        assert "".join(drawn[a.ann_id]) == doc.text[a.start:a.end]


def test_real_pipeline_output_round_trips():
    from khabar.pipeline import default_pipeline

    doc = default_pipeline().analyze(EXAMPLE.read_text(encoding="utf-8"), published="2024-09-06")
    c = parse(str(highlight(doc)))
    assert "".join(c.text) == doc.text

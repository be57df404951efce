"""Links of an event to the other layers: quotes (attribution, hedging), times, places.

The other layers are built by hand here, so these tests do not depend on the quote, time
and NER stages.
"""

from khabar.document import Entity, Quote, Span, Time
from khabar.extract.events import EventStage
from khabar.extract.events.model import LogReg, applies
from khabar.pipeline import Pipeline

TEXT = "قال مسؤول أمني إن مسلحين اغتالوا ضابطا في الموصل يوم الاثنين. وتظاهر مئات الطلاب في بغداد."


def _doc(published=None):
    doc = Pipeline(["text"]).analyze(TEXT, published=published)
    return doc


def _span(doc, word):
    i = doc.text.index(word)
    return Span(start=i, end=i + len(word), text=word)


def test_event_in_a_quote_is_attributed_and_hedged():
    doc = _doc()
    content = _span(doc, "مسلحين اغتالوا ضابطا في الموصل يوم الاثنين")
    doc.quotes = [Quote(id="q1", cue=_span(doc, "قال"), source=_span(doc, "مسؤول أمني"),
                        content=content, speaker="مسؤول أمني", hedged=True)]
    evs = EventStage()(doc)
    kill = next(e for e in evs if e.type == "ASSAULT")
    assert kill.attributed_to == "q1" and kill.hedged
    demo = next(e for e in evs if e.type == "PROTEST")
    assert demo.attributed_to is None and not demo.hedged


def test_date_from_the_governing_time_else_the_dateline():
    doc = _doc(published="2024-09-06")
    t = _span(doc, "يوم الاثنين")
    doc.times = [Time(id="T1", start=t.start, end=t.end, text=t.text, type="DATE", value="2024-09-02")]
    evs = EventStage()(doc)
    kill = next(e for e in evs if e.type == "ASSAULT")
    assert (kill.date.value, kill.date.source, kill.date.time) == ("2024-09-02", "text", "T1")
    demo = next(e for e in evs if e.type == "PROTEST")  # another sentence: the dateline
    assert (demo.date.value, demo.date.source, demo.date.time) == ("2024-09-06", "dateline", None)


def test_location_from_a_geocoded_entity():
    doc = _doc()
    m = _span(doc, "الموصل")
    b = _span(doc, "بغداد")
    doc.entities = [
        Entity(id="e1", start=m.start, end=m.end, text=m.text, label="LOC", entity="E1",
               canonical="الموصل", country="IRQ", lat=36.34, lon=43.13),
        Entity(id="e2", start=b.start, end=b.end, text=b.text, label="LOC", entity="E2",
               canonical="بغداد", country="IRQ", lat=33.34, lon=44.4),
    ]
    evs = EventStage()(doc)
    kill = next(e for e in evs if e.type == "ASSAULT")
    assert kill.location.name == "الموصل" and kill.location.lat == 36.34
    demo = next(e for e in evs if e.type == "PROTEST")
    assert demo.location.name == "بغداد" and demo.location.entity == "E2"


def test_without_entities_a_country_after_fi_is_the_location():
    doc = Pipeline(["text", "events"]).analyze("تظاهر آلاف الطلاب في مصر أمس احتجاجا على الغلاء.")
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.location.country == "EGY" and ev.location.lat is None
    assert doc.text[ev.location.start : ev.location.end] == ev.location.text == "مصر"


def test_shipped_filter_model():
    model = LogReg.load()
    assert model is not None and 0 < model.threshold < 1
    assert "arabic_event_gsr" in model.meta["data"]
    assert model.weights  # trained
    # events with a full who-did-what-to-whom are never filtered
    doc = Pipeline(["text", "events"]).analyze("اغتال مسلحون مجهولون ضابطا في الشرطة.")
    ev = doc.events[0]
    assert ev.actor and ev.recipient and not applies(ev)

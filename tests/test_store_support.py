"""Helpers for the store/ingest/search/corpus/export tests (documents with filled layers,
small subsets of the shared news day). Holds no tests itself."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from khabar.document import (
    Actor,
    Document,
    Entity,
    Event,
    EventDate,
    Interval,
    Quote,
    Span,
    Time,
)
from khabar.pipeline import Pipeline
from khabar.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
NEWS_ZIP = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"

_light: Pipeline | None = None


def light_pipeline() -> Pipeline:
    """Text stage only: fast, enough for search, dedupe and storage tests."""
    global _light
    if _light is None:
        _light = Pipeline(stages=["text"], detect_language=False)
    return _light


def put_timed_reports(store: Store, items: dict) -> dict:
    """Store each ``key: (outlet, "HH:MM", text)`` of ``items`` through the text stage as a report
    of 2015-08-10 published at that time (url ``http://x/<n>``, title «خبر <key>»), then dedupe and
    cluster stories; returns each key's article id."""
    ids = {}
    for n, (key, (outlet, at, text)) in enumerate(items.items()):
        doc = light_pipeline().analyze(text, url=f"http://x/{n}", outlet=outlet,
                                       published="2015-08-10", title=f"خبر {key}")
        ids[key] = store.put(doc, published_at=f"2015-08-10T{at}:00").id
    store.dedupe()
    store.cluster_stories()
    return ids


def store_of_texts(path: Path, texts: dict) -> Store:
    """A store at ``path`` holding each text (or ``(text, published, outlet)``) of ``texts``
    through the text stage, url ``http://x/<key>``; ``store.ids`` maps each key to its id."""
    store = Store(path)
    ids = {}
    for key, item in texts.items():
        text, published, outlet = item if isinstance(item, tuple) else (item, "2024-09-01", None)
        doc = light_pipeline().analyze(text, url=f"http://x/{key}", published=published,
                                       outlet=outlet)
        ids[key] = store.put(doc).id
    store.ids = ids  # type: ignore[attr-defined]
    return store


def claims_and_texts(path: Path, texts: dict) -> dict:
    """Fill a new store at ``path``: two claim documents first (:func:`claim_document`, doc_ids
    «a» and «b», speakers «محمد السوداني» and «فرهاد علاء الدين»; keys ``"sudani"``,
    ``"farhad"``), then each text of ``texts`` through the text stage (url ``http://x/<key>``,
    published 2024-09-01). Returns every key's article id."""
    with Store(path) as s:
        ids = {"sudani": s.put(claim_document(doc_id="a", url="http://x/a",
                                              speaker="محمد السوداني")).id,
               "farhad": s.put(claim_document(doc_id="b", url="http://x/b",
                                              speaker="فرهاد علاء الدين")).id}
        for key, text in texts.items():
            ids[key] = s.put(light_pipeline().analyze(text, url=f"http://x/{key}",
                                                      published="2024-09-01")).id
    return ids


def store_with_old_keys(path: Path, text: str, title: str, schema: int) -> tuple[int, str, str]:
    """A store at ``path`` holding one article whose ``stem`` column has the keys of the
    stem rules of schema ``schema`` (version ``schema - 1``), and ``user_version = schema``;
    returns the article id and its ``full`` and ``base`` columns."""
    from khabar.store.stems import surface_stem

    with Store(path) as s:
        doc = light_pipeline().analyze(text, url=f"http://x/v{schema}", title=title,
                                       published="2024-09-01")
        article = s.put(doc).id
        full, base, _ = s.conn.execute("SELECT full, base, stem FROM articles_fts").fetchone()
        s.conn.execute("DELETE FROM articles_fts")
        old = " ".join(surface_stem(w, schema - 1)
                       for w in (title + " " + text).replace(".", "").split())
        s.conn.execute("INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
                       (article, full, base, old))
        s.conn.execute(f"PRAGMA user_version = {int(schema)}")
    return article, full, base


def fts_ids(store: Store, expr: str) -> list[int]:
    """Row ids the raw FTS5 expression ``expr`` matches."""
    return [r[0] for r in store.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (expr,))]


def news_articles(n: int, start: int = 0) -> list[dict]:
    """``n`` articles of the shared news day with text, distinct URLs and distinct texts."""
    with zipfile.ZipFile(NEWS_ZIP) as z:
        items = json.loads(z.read(z.namelist()[0]))
    out, urls, texts = [], set(), set()
    for item in items[start:]:
        text = (item.get("content") or "").strip()
        if len(text) < 200 or item["url"] in urls or text in texts:
            continue
        urls.add(item["url"])
        texts.add(text)
        out.append(item)
        if len(out) == n:
            break
    return out


def write_news_zip(path: Path, items: list[dict]) -> Path:
    """A zip in the news-day format (one JSON list) holding ``items``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("day.json", json.dumps(items, ensure_ascii=False))
    return path


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def entity(text: str, needle: str, eid: str, group: str, label: str, canonical: str,
           country: str | None = None) -> Entity:
    s = span(text, needle)
    return Entity(start=s.start, end=s.end, text=s.text, id=eid, label=label, entity=group,
                  canonical=canonical, country=country)


def claim_document(
    *, doc_id: str = "claim1", published: str = "2024-09-06", speaker: str = "محمد السوداني",
    url: str = "http://example.org/claim1",
) -> Document:
    """A document with an entity, a quote, a future event and its due date (filled by hand)."""
    text = (f"قال رئيس الوزراء {speaker} إن القوات الأمريكية ستنسحب من العراق "
            "بحلول سبتمبر 2025. وأضاف أن الحكومة مستعدة.")
    cue = span(text, "قال")
    source = span(text, speaker)
    content = span(text, "القوات الأمريكية ستنسحب من العراق بحلول سبتمبر 2025")
    time_span = span(text, "سبتمبر 2025")
    sentence = Span(start=0, end=text.index(".") + 1, text=text[: text.index(".") + 1])
    ents = [
        entity(text, speaker, "T1", "E1", "PERS", speaker, "IRQ"),
        entity(text, "العراق", "T2", "E2", "LOC", "العراق", "IRQ"),
    ]
    quote = Quote(id="Q1", cue=cue, source=source, content=content, speaker=speaker,
                  speaker_kind="person", speaker_entity="E1", type="indirect")
    t = Time(start=time_span.start, end=time_span.end, text=time_span.text, id="T1",
             type="DATE", value="2025-09", interval=Interval(begin="2025-09-01", end="2025-10-01"),
             anchored=False)
    trig = span(text, "ستنسحب")
    actor_span = span(text, "القوات الأمريكية")
    ev = Event(id="V1", type="RETREAT", modality="future", trigger=trig, sentence=sentence,
               actor=[Actor(start=actor_span.start, end=actor_span.end, text=actor_span.text,
                            country="USA", sector="MIL")],
               recipient=[Actor(start=ents[1].start, end=ents[1].end, text=ents[1].text,
                                country="IRQ", entity="E2")],
               date=EventDate(value="2025-09", source="text", time="T1"), attributed_to="Q1")
    doc = Document(id=doc_id, text=text, published=published, outlet="wire", url=url,
                   title="انسحاب القوات", entities=ents, quotes=[quote], times=[t], events=[ev])
    doc.sentences = light_pipeline().stages[0](doc)  # the text stage also sets doc.tokens
    doc.pipeline_version = "0.1.0"
    return doc


def actor_partition(store: Store) -> set[frozenset[str]]:
    """Entity groups («key/E1») grouped by the actor they are linked to (the partition
    the relink tests compare across ingest orders)."""
    groups: dict[int, set[str]] = {}
    for url, entity, actor_id in store.conn.execute(
            "SELECT a.url, e.entity, e.actor_id FROM entities e"
            " JOIN articles a ON a.id = e.article_id"):
        groups.setdefault(actor_id, set()).add(f"{url.rsplit('/', 1)[1]}/{entity}")
    known = {r[0] for r in store.conn.execute("SELECT id FROM actors")}
    assert set(groups) <= known  # no mention points at an actor merged away
    return {frozenset(g) for g in groups.values()}


def put_persons(store: Store, docs: dict, key: str, prefix: str) -> None:
    """Store ``docs[key]`` = ``(text, [(needle, group), …])`` through the text stage (url
    ``http://<prefix>/<key>``) with a PERS entity at each needle, found in text order after the
    previous one; a group's canonical name is its first needle."""
    text, mentions = docs[key]
    doc = light_pipeline().analyze(text, url=f"http://{prefix}/{key}", published="2015-08-10")
    canon: dict[str, str] = {}
    ents, pos = [], 0
    for i, (needle, group) in enumerate(mentions):
        start = text.index(needle, pos)
        pos = start + len(needle)
        canon.setdefault(group, needle)
        ents.append(Entity(start=start, end=pos, text=needle, id=f"T{i}", label="PERS",
                           entity=group, canonical=canon[group], source="model"))
    doc.entities = ents
    store.put(doc)


def check_relink_orders(tmp_path: Path, put, keys: list[str],
                        expected: set[frozenset[str]]) -> None:
    """Every ingest order of ``keys`` (each stored by ``put(store, key)``), relinked as ingest
    does, gives the actor partition ``expected``; a second relink changes nothing; a rebuild
    gives the same partition."""
    from itertools import permutations

    for n, order in enumerate(permutations(keys)):
        with Store(tmp_path / f"{'-'.join(keys)}.{n}.db") as store:
            for key in order:
                put(store, key)
            store.relink_actors()
            assert actor_partition(store) == expected, order
            assert store.relink_actors() == {"merged": 0, "moved": 0}, order
            store.rebuild_actors()
            assert actor_partition(store) == expected, ("rebuild", order)


def exported_rows(tmp_path: Path, doc: Document, table: str, fmt: str) -> list[dict]:
    """Store ``doc``, run ``khabar export -t table -f fmt`` and read the file back (parquet
    checked against the table's schema); csv values come back as strings."""
    import csv

    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from khabar.cli import app
    from khabar.export.tables import SCHEMAS, TABLES

    assert table in TABLES
    db = tmp_path / "s.db"
    with Store(db) as s:
        s.put(doc)
    out = tmp_path / f"{table}.{fmt}"
    res = CliRunner().invoke(app, ["export", "--db", str(db), "-t", table, "-f", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    if fmt == "parquet":
        read = pq.read_table(out)
        assert read.schema.equals(SCHEMAS[table])
        return read.to_pylist()
    with open(out, encoding="utf-8", newline="") as f:
        if fmt == "csv":
            return list(csv.DictReader(f))
        return [json.loads(line) for line in f]

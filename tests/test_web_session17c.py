"""The web pages show a quote's relays: the chain «speaker ← relay ← relay» with each relay's
kind, linked to its actor page, and on the article page the relay's mention highlighted at
its offsets (session 17, web17).

api17 gave the API's quote lists structured ``relays`` (5ed7efe); the pages still showed
``via`` as joined names («رويترز ← مصادر») on the actor page and not at all on the story
timeline and the claims page, so a reader could not tell an agency from an unnamed source
nor reach the agency's page, and the article text did not mark «وكالة رويترز» as the channel.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote as url_quote

import msgspec
import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document, entity, span

from khabar.api import create_app
from khabar.document import Quote, Span, Via
from khabar.store import Store
from khabar.web.highlight import collect
from khabar.web.relays import RELAY_KINDS, doc_relays, row_relays

AGENCY = "وكالة رويترز"
CUE = "بحسب ما أوردت"


def _relayed_doc(doc_id: str = "relay1", url: str = "http://example.org/relay1"):
    """claim_document's quote Q1 relayed by an agency named in the text (a document entity,
    with its cue) and by an unnamed channel (a name only); Q2, the same speaker's second
    statement, has no relay."""
    doc = claim_document(doc_id=doc_id, url=url, published="2015-08-10")
    text = doc.text + f" {CUE} {AGENCY}."
    at, cue = text.index(AGENCY), text.index(CUE)
    doc.text = text
    doc.entities.append(entity(text, AGENCY, "T3", "E3", "ORG", "رويترز"))
    via = [Via(name="رويترز", kind="outlet", start=at, end=at + len(AGENCY), text=AGENCY,
               entity="E3", cue=Span(start=cue, end=cue + len(CUE), text=CUE)),
           Via(name="مصادر", kind="anonymous")]
    q2 = Quote(id="Q2", cue=span(text, "وأضاف"), content=span(text, "الحكومة مستعدة"),
               speaker=doc.quotes[0].speaker, speaker_kind="person", speaker_entity="E1",
               type="indirect")
    doc.quotes = [msgspec.structs.replace(doc.quotes[0], via=via), q2]
    return doc


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_relayed_doc())
    return path


def _chains(html: str) -> list[str]:
    """The chains drawn on a page, tags stripped, in page order."""
    found = re.findall(r'<span class="chain">(.*?)</span>(?=</td>)', html, re.S)
    return [re.sub(r"<[^>]+>", "", c).strip() for c in found]


def _relay_links(html: str) -> dict[str, str]:
    return dict((name, href) for href, name in
                re.findall(r'<span class="relay"[^>]*><a href="([^"]+)">([^<]+)</a>', html))


def _agency_actor(db: Path) -> int:
    with Store(db) as s:
        return s.conn.execute("SELECT actor_id FROM entities WHERE entity = 'E3'").fetchone()[0]


# from the speaker to the reader: via is outermost first, drawn reversed (session 19)
CHAIN = "محمد السوداني ← مصادر (مصدر غير مسمّى) ← رويترز (وسيلة إعلام)"


def test_relay_items_name_the_kind_and_link_only_a_linked_entity():
    doc = _relayed_doc()
    canonical = {e.entity: e.canonical for e in doc.entities}
    agency, unnamed = doc_relays(doc.quotes[0], canonical, linked=True)
    assert agency == {"name": "رويترز", "kind": "outlet", "kind_name": "وسيلة إعلام",
                      "href": "/entities/" + url_quote("رويترز", safe="")}
    assert unnamed["href"] is None and unnamed["kind_name"] == RELAY_KINDS["anonymous"]
    assert doc_relays(doc.quotes[1], canonical, linked=True) == []
    # an analysed (unstored) article has no actor pages to link to
    assert [r["href"] for r in doc_relays(doc.quotes[0], canonical, linked=False)] == [None, None]
    # a stored row: linked by the store actor of its document entity, else not at all
    rows = [{"name": "رويترز", "kind": "outlet", "entity": "E3"},
            {"name": "مصادر", "kind": "anonymous", "entity": None}]
    assert [r["href"] for r in row_relays(7, rows, {(7, "E3"): 42})] == ["/entities/42", None]
    assert [r["href"] for r in row_relays(7, rows, {(8, "E3"): 42})] == [None, None]


def test_the_relay_mention_is_a_highlight_layer_at_its_offsets():
    doc = _relayed_doc()
    marks = [a for a in collect(doc) if a.kind == "qvia"]
    assert [(a.ann_id, doc.text[a.start:a.end]) for a in marks] == [("Q1:via0", AGENCY)]
    assert marks[0].info["الناقل"] == "رويترز" and marks[0].info["نوع الناقل"] == "وسيلة إعلام"
    # no relay, or a relay the text does not name: nothing to draw
    bare = msgspec.structs.replace(doc, quotes=[msgspec.structs.replace(q, via=[])
                                                for q in doc.quotes])
    assert not [a for a in collect(bare) if a.kind == "qvia"]


def test_article_page_draws_the_chain_and_marks_the_relay(db):
    html = TestClient(create_app(db)).get("/articles/1").text
    assert _chains(html) == [CHAIN, "محمد السوداني"]  # Q2: no relay shown
    assert _relay_links(html) == {"رويترز": "/entities/" + url_quote("رويترز", safe="")}
    # the mention's entity mark nests inside: its text is the mark's up to the first close
    marked = re.findall(r'<mark class="hl hl-qvia" data-ann="([^"]+)"[^>]*>(.*?)</mark>', html)
    assert [(a, re.sub(r"<[^>]+>", "", t)) for a, t in marked] == [("Q1:via0", AGENCY)]


def test_actor_page_gives_each_statement_its_relays_linked_to_the_actor(db):
    client = TestClient(create_app(db))
    html = client.get("/entities/" + url_quote("محمد السوداني", safe="")).text
    assert "<th>عبر</th>" not in html
    assert sorted(_chains(html)) == sorted([CHAIN, "محمد السوداني"])
    agency = _agency_actor(db)
    assert _relay_links(html) == {"رويترز": f"/entities/{agency}"}
    page = client.get(f"/entities/{agency}")
    assert page.status_code == 200 and "رويترز" in re.search(r"<h1>(.*?)</h1>", page.text, re.S)[1]


def test_claims_page_shows_the_claims_relays(db):
    html = TestClient(create_app(db)).get("/claims?as_of=2015-08-10").text
    assert _chains(html) == [CHAIN]
    assert _relay_links(html) == {"رويترز": f"/entities/{_agency_actor(db)}"}


def test_story_timeline_shows_relays_read_once_for_the_page(tmp_path, monkeypatch):
    path = tmp_path / "st.db"
    with Store(path) as s:
        s.put(_relayed_doc())
        s.put(_relayed_doc("relay2", "http://example.org/relay2"))  # a second report
        s.refresh_corpus("2015-08-01")
        story = s.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL"
                               ).fetchone()[0]
    calls = {"quote_relays": 0, "entity_actors": 0}
    for name in calls:
        orig = getattr(Store, name)

        def counted(self, ids, _orig=orig, _name=name):
            calls[_name] += 1
            return _orig(self, ids)
        monkeypatch.setattr(Store, name, counted)
    html = TestClient(create_app(path)).get(f"/stories/{story}").text
    chains = _chains(html)
    # the copy's statements are dropped from the timeline; the original's two remain
    assert sorted(chains) == sorted([CHAIN, "محمد السوداني"])
    assert calls == {"quote_relays": 1, "entity_actors": 1}  # per page, not per quote


def test_a_page_without_any_relay_asks_for_no_actor_links(tmp_path, monkeypatch):
    path = tmp_path / "plain.db"
    with Store(path) as s:
        s.put(claim_document(published="2015-08-10"))  # its quote has no relay
    asked = []
    monkeypatch.setattr(Store, "entity_actors", lambda self, ids: asked.append(ids) or {})
    html = TestClient(create_app(path)).get("/claims?as_of=2015-08-10").text
    assert _chains(html) == ["محمد السوداني"] and 'class="relay"' not in html
    assert asked == []


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_in_a_browser_the_relay_link_leads_to_the_agencys_page(db):
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/articles/1")
        marked = page.locator('mark[data-kind="qvia"]').all_inner_texts()
        page.locator(".chain .relay a", has_text="رويترز").first.click()
        page.wait_for_load_state()
        heading = page.locator("h1").first.inner_text()
        url = page.url
    assert marked == [AGENCY]
    assert "/entities/" in url and "رويترز" in heading

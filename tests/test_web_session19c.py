"""A quote's chain runs from the speaker to the reader (session 19, ux19).

The example article: «ونقلت الصحيفة في تقرير لها، عن مسؤولين أمريكيين، وتابعتها وكالة
المطلاع، ان …» — officials told the Wall Street Journal, and the agency المطلاع followed the
paper. ``via`` holds the relays outermost (nearest to the reader) first, [المطلاع, وول ستريت
جورنال], and the pages drew them in that order after the speaker: «مسؤولين أمريكيين ← المطلاع
← وول ستريت جورنال», the agency next to the officials. On the news day 11 quotes of 10
articles have two relays. The chain now reads speaker, paper, agency.
"""

from __future__ import annotations

import re

import msgspec
from fastapi.testclient import TestClient
from test_store_support import claim_document, entity

from khabar.api import create_app
from khabar.document import Via
from khabar.store import Store
from khabar.web.highlight import quote_chain

PAPER, AGENCY = "وول ستريت جورنال", "المطلاع"


def _doc(via: list[Via], doc_id: str = "ch1"):
    doc = claim_document(doc_id=doc_id, url=f"http://example.org/{doc_id}")
    text = doc.text + f" ونقلت الصحيفة {PAPER} ذلك، وتابعتها وكالة {AGENCY}."
    doc.text = text
    doc.entities.append(entity(text, AGENCY, "T3", "E3", "ORG", AGENCY))
    doc.quotes = [msgspec.structs.replace(doc.quotes[0], via=via)]
    return doc


def _chains(html: str) -> list[str]:
    found = re.findall(r'<span class="chain">(.*?)</span>(?=</td>)', html, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c)).strip() for c in found]


TWO = [Via(name=AGENCY, kind="outlet"), Via(name=PAPER, kind="outlet")]  # outermost first


def test_the_popover_chain_reads_from_the_speaker_to_the_reader():
    doc = _doc(TWO)
    assert quote_chain(doc.quotes[0]) == f"محمد السوداني ← {PAPER} ← {AGENCY}"
    one = _doc([Via(name=PAPER, kind="outlet")])
    assert quote_chain(one.quotes[0]) == f"محمد السوداني ← {PAPER}"  # one relay: as before
    assert quote_chain(_doc([]).quotes[0]) == "محمد السوداني"


def test_pages_draw_the_paper_before_the_agency(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_doc(TWO))
    c = TestClient(create_app(path))
    want = f"محمد السوداني ← {PAPER} (وسيلة إعلام) ← {AGENCY} (وسيلة إعلام)"
    assert _chains(c.get("/articles/1").text) == [want]
    assert _chains(c.get("/claims?as_of=2015-08-10").text) == [want]
    with Store(path) as s:
        actor = s.entity("محمد السوداني")["id"]
    assert _chains(c.get(f"/entities/{actor}").text) == [want]
    # the API keeps the stored order, outermost first (docs/exports.md, relays: n = 0)
    quotes = c.get("/api/quotes").json()["items"]
    assert [r["name"] for r in quotes[0]["relays"]] == [AGENCY, PAPER]

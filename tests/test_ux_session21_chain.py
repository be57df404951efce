"""The chain a statement came through, everywhere the analyst reads it (session 21, ux21).

`khabar analyze -f text` drew the example's «مسؤولين أمريكيين (via المطلاع → وول ستريت جورنال)»
— outermost first, the agency beside the officials — while the pages draw it from the speaker
to the reader since session 19; and `/api/claims` / `khabar claims` gave a claim's speaker
without the relays the /claims page shows. Now the text summary reads speaker → paper →
agency, and a claim row carries ``via`` and ``relays`` as a quote row does.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Document, Quote, Via
from khabar.render_text import render
from khabar.store import Store

PAPER, AGENCY = "وول ستريت جورنال", "المطلاع"


def _relayed_claim(doc_id: str, url: str) -> Document:
    doc = claim_document(doc_id=doc_id, url=url, speaker="مسؤول أمريكي")
    doc.quotes[0].via = [Via(name=AGENCY, kind="outlet"), Via(name=PAPER, kind="outlet")]
    return doc


def _quote_line(via: list[str]) -> str:
    text = "قال مسؤولون إن الاتفاق اكتمل."
    q = Quote(id="Q1", cue=span(text, "قال"), source=span(text, "مسؤولون"),
              content=span(text, "الاتفاق اكتمل"), speaker="مسؤولون",
              via=[Via(name=v) for v in via])
    doc = Document(id="d", text=text, quotes=[q])
    doc.sentences = light_pipeline().stages[0](doc)
    return next(line for line in render(doc).splitlines() if "الاتفاق اكتمل" in line)


def test_the_text_summary_draws_the_chain_from_the_speaker_to_the_reader():
    # via is outermost first: the agency (المطلاع) followed the paper, which heard the officials
    assert f"(via {PAPER} → {AGENCY})" in _quote_line([AGENCY, PAPER])
    assert f"(via {PAPER})" in _quote_line([PAPER])  # one relay: as before
    assert "(via" not in _quote_line([])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux21chain") / "c.db"
    with Store(path) as s:
        s.put(_relayed_claim("relayed", "http://x/relayed"))
        s.put(claim_document(doc_id="plain", url="http://x/plain", speaker="محمد السوداني"))
    return path


def _by_speaker(rows: list[dict]) -> dict[str, dict]:
    return {r["speaker"]: r for r in rows}


def test_api_claims_carry_the_chain(db):
    c = TestClient(create_app(db))
    rows = _by_speaker(c.get("/api/claims", params={"as_of": "2024-09-06"}).json()["items"])
    assert rows["مسؤول أمريكي"]["via"] == [AGENCY, PAPER]
    assert [r["name"] for r in rows["مسؤول أمريكي"]["relays"]] == [AGENCY, PAPER]
    assert rows["محمد السوداني"]["via"] == [] and rows["محمد السوداني"]["relays"] == []
    page = c.get("/claims", params={"as_of": "2024-09-06"}).text  # the page draws it still
    assert PAPER in page and AGENCY in page


def test_khabar_claims_carries_the_chain(db):
    r = CliRunner().invoke(cli, ["claims", "--db", str(db), "--as-of", "2024-09-06"])
    assert r.exit_code == 0, r.output
    rows = _by_speaker(json.loads(r.stdout))
    assert rows["مسؤول أمريكي"]["via"] == [AGENCY, PAPER]
    assert rows["محمد السوداني"]["via"] == []


def test_an_empty_list_for_a_speaker_says_whether_the_speaker_is_known(db):
    """`khabar claims --speaker السوداني` answered [] with no word whether the store knows the
    speaker (the example's السوداني has 4 statements, no claim)."""
    runner = CliRunner()
    r = runner.invoke(cli, ["claims", "--db", str(db), "--speaker", "لا أحد"])
    assert json.loads(r.stdout) == [] and "no statement in the store has the speaker" in r.stderr
    r = runner.invoke(cli, ["claims", "--db", str(db), "--speaker", "محمد السوداني",
                            "--as-of", "2024-09-06", "--status", "overdue"])
    assert json.loads(r.stdout) == [] and "holds statements of this speaker" in r.stderr
    r = runner.invoke(cli, ["claims", "--db", str(db), "--speaker", "محمد السوداني"])
    assert len(json.loads(r.stdout)) == 1 and "note:" not in r.stderr  # found: no note
    r = runner.invoke(cli, ["quotes", "--db", str(db), "--speaker", "لا أحد"])
    assert json.loads(r.stdout) == [] and "no statement in the store has the speaker" in r.stderr

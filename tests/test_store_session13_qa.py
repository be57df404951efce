"""``khabar export``, session 13 (st13) fresh-user pass: an empty export says why it may be
empty — an ``--outlet`` no stored article is from (with the store's outlets under the names
readers know them by: «قناة الجزيرة» is Qatar's channel, the Saudi paper is
``aljazirah``), a date range outside the store's datelines — and still writes its file."""

from __future__ import annotations

import csv

import pytest
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("st13qa") / "s.db"
    doc = claim_document(published="2015-08-10")
    doc.outlet = "aljazirah"
    with Store(path) as s:
        s.put(doc)
    return path


def _export(db, *args: str):
    return runner.invoke(cli, ["export", "--db", str(db), *args])


def test_an_outlet_no_article_is_from_names_the_store_s_outlets_as_readers_know_them(db):
    # session 14: «الجزيرة» names the stored Saudi paper too (tests/test_api_session14.py);
    # «قناة الجزيرة» is Qatar's channel only, which no stored article is from
    r = _export(db, "--outlet", "قناة الجزيرة", "-f", "csv")
    assert r.exit_code == 0 and r.stdout.startswith("event_id,")  # the header, no rows
    assert "exported 0 events rows" in r.stderr
    assert ("no stored article is from 'قناة الجزيرة'; the store's outlets: aljazirah"
            " (الجزيرة السعودية)") in r.stderr


def test_a_range_outside_the_datelines_gives_their_range(db, tmp_path):
    out = tmp_path / "e.csv"
    r = _export(db, "--from", "2016", "-f", "csv", "-o", str(out))
    assert r.exit_code == 0
    assert ("no rows in that range; the store's articles were published from 2015-08-10 to"
            " 2015-08-10") in r.stderr
    assert list(csv.reader(out.open(encoding="utf-8")))[0][0] == "event_id"


def test_an_export_with_rows_carries_no_note(db):
    r = _export(db, "--outlet", "aljazirah", "--from", "2015-08")
    assert r.exit_code == 0 and "exported 1 events rows" in r.stderr
    assert "note:" not in r.stderr

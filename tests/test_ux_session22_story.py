"""Who had a story first and who copied whom (session 22, ux22).

A story's reports were listed by day only, and a near-duplicate copy carried a bare «نسخة
مكررة» badge (the API a bare store id, `dup_of`): on the news day, where every report of a
story is of 2015-08-10, an analyst could not read which outlet had it first nor whose copy
each outlet ran. Now each copy in `/api/stories/{id}` (and `khabar story`) has `copy_of` —
the report it copies: id, outlet, title, timestamp — the page shows each report's time and
«نسخة من <outlet>» linking to it, and `khabar story` says on stderr which outlet was first and
who copied whom.
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import light_pipeline, news_articles
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A wire story sent by «was» at 07:05, an edited copy run by «okaz» at 09:30 (stored
    first), and a second copy by «alriyadh» at 11:00."""
    path = tmp_path_factory.mktemp("ux22story") / "s.db"
    wire = news_articles(1)[0]["content"].strip()
    items = [("okaz", "2015-08-10T09:30:00", wire + "\nالمصدر: عكاظ"),
             ("was", "2015-08-10T07:05:00", wire),
             ("alriyadh", "2015-08-10T11:00:00", wire + "\nالرياض")]
    ids = {}
    with Store(path) as s:
        for outlet, at, text in items:
            doc = light_pipeline().analyze(text, url=f"http://x/{outlet}", outlet=outlet,
                                           published="2015-08-10", title=f"خبر {outlet}")
            ids[outlet] = s.put(doc, published_at=at).id
        s.dedupe()
        s.cluster_stories()
        story = s.get_article(ids["was"], document=False)["story_id"]
    return path, ids, story


def test_api_story_gives_each_copy_the_report_it_copies(db):
    path, ids, story = db
    data = TestClient(create_app(path)).get(f"/api/stories/{story}").json()
    reports = data["articles"]
    assert [a["outlet"] for a in reports] == ["was", "okaz", "alriyadh"]  # by timestamp
    assert reports[0]["copy_of"] is None
    for a in reports[1:]:
        assert a["dup_of"] == ids["was"]
        assert a["copy_of"] == {"id": ids["was"], "outlet": "was", "title": "خبر was",
                                "published": "2015-08-10",
                                "published_at": "2015-08-10T07:05:00"}


def test_story_page_shows_times_and_whose_copy(db):
    path, ids, story = db
    html = TestClient(create_app(path)).get(f"/stories/{story}").text
    assert re.search(r'datetime="2015-08-10T07:05:00">2015-08-10 07:05:00<', html)
    copies = re.findall(r'class="badge copy-of">نسخة من <a href="/articles/(\d+)">', html)
    assert copies == [str(ids["was"])] * 2
    assert 'id="report-order"' in html


def test_cli_story_says_who_was_first_and_who_copied_whom(db):
    path, ids, story = db
    r = CliRunner().invoke(cli, ["story", str(story), "--db", str(path)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["articles"][1]["copy_of"]["outlet"] == "was"
    assert "first: was at 2015-08-10T07:05:00" in r.stderr
    assert "2 near-duplicate copies: alriyadh ← was, okaz ← was" in r.stderr

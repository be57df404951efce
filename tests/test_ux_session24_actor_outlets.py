"""An actor across outlets: which outlets mention it, in how many articles (session 24, ux24).

Following an actor (the news day's Houthis: 65 articles), the analyst had its names, dates,
events and statements, but not which outlets reported on it: the 20 articles listed on its
page, one at a time. `Store.entity` now carries `outlets` (`[{"outlet", "articles",
"mentions"}]`, most articles first); `/api/entities/{id}` gives it, `khabar entity` writes a
«by outlet» line on stderr and the actor's page a «في المصادر» line whose links list the
actor's articles of each outlet (/articles?entity=&outlet=). News day, the Houthis: aawsat 12,
alwatan 11, alyaum 6, alriyadh 6, alweeam 6, 3alyoum 5, okaz 5, was 5, almadina 4,
aljazirah 3, aleqtisadiya 2 (= 65).
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Three claim documents mentioning «العراق»: two of SPA (`was`), one of Okaz; a
    fourth without an outlet."""
    path = tmp_path_factory.mktemp("ux24outlets") / "o.db"
    speakers = ("محمد السوداني", "فرهاد علاء الدين", "حيدر العبادي", "هوشيار زيباري")
    with Store(path) as s:
        for i, (outlet, who) in enumerate(zip(("was", "was", "okaz", None), speakers,
                                              strict=True)):
            doc = claim_document(doc_id=f"o{i}", url=f"http://x/o{i}", speaker=who)
            doc.outlet = outlet
            s.put(doc)
    return path


def test_store_and_api_count_the_actors_articles_by_outlet(db):
    with Store(db) as s:
        iraq = s.entity("العراق")
        assert iraq["outlets"] == [{"outlet": "was", "articles": 2, "mentions": 2},
                                   {"outlet": "okaz", "articles": 1, "mentions": 1},
                                   {"outlet": None, "articles": 1, "mentions": 1}]
        assert sum(o["articles"] for o in iraq["outlets"]) == iraq["n_articles"] == 4
        one = s.entity("حيدر العبادي")  # one article: one outlet
        assert one["outlets"] == [{"outlet": "okaz", "articles": 1, "mentions": 1}]
    body = TestClient(create_app(db)).get(f"/api/entities/{iraq['id']}").json()
    assert body["outlets"] == iraq["outlets"]


def test_cli_says_which_outlets(db):
    r = CliRunner().invoke(cli, ["entity", "العراق", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "by outlet (articles): was 2, okaz 1, (none) 1" in r.stderr
    r = CliRunner().invoke(cli, ["entity", "حيدر العبادي", "--db", str(db)])
    assert "by outlet" not in r.stderr  # one outlet: the count line says it all


def test_the_page_links_each_outlets_articles(db):
    c = TestClient(create_app(db))
    with Store(db) as s:
        iraq = s.entity("العراق")["id"]
    page = c.get(f"/entities/{iraq}").text
    line = re.search(r'<p class="meta" id="outlets">(.*?)</p>', page, re.S).group(1)
    assert "في المصادر" in page and "بلا مصدر" in line
    links = re.findall(r'href="(/articles\?entity=\d+&amp;outlet=\w+)">([^<]+)</a> <small>\((\d+)\)',
                       line)
    assert [(name, n) for _, name, n in links] == [("واس", "2"), ("عكاظ", "1")]
    for href, _, n in links:  # each link lists as many articles as the line counts
        listed = c.get(href.replace("&amp;", "&")).text
        assert len(set(re.findall(r'href="/articles/(\d+)"', listed))) == int(n), href
    with Store(db) as s:
        single = s.entity("حيدر العبادي")["id"]
    assert 'id="outlets"' not in c.get(f"/entities/{single}").text  # one outlet: no line

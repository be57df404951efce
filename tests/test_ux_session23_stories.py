"""The stories a search or an outlet reaches (session 23, ux23).

ux23's walk asked «what did the Saudi outlets report about Yemen on that day, grouped into
stories?». `khabar search اليمن` gave 106 articles, each with a `story_id`, and `khabar
stories` / `/api/stories` / the /stories page listed the day's stories by size with no way to
ask for those of a query or an outlet: the grouping was by hand. Now `Store.stories(query=,
outlet=)`, `khabar stories -q Q --outlet O`, `/api/stories?q=&outlet=&min_size=` and the
/stories page's query box and outlet choice list the stories holding such reports, most first,
each with `matching` (how many of its reports) and `matching_outlets`; `story_matches` says how
the selected articles fall into stories (single reports are listed with `min_size=1`). The
search page links its results to their stories.
"""

from __future__ import annotations

import json
from collections import Counter
from html import unescape
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import put_timed_reports
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.search import QueryError

YEMEN = ("أعلنت قوات المقاومة الشعبية في اليمن اليوم سيطرتها على مدينة زنجبار عاصمة محافظة أبين "
         "بعد معارك مع ميليشيات الحوثي وقوات صالح استمرت أياما، وقالت مصادر محلية إن القوات "
         "تقدمت نحو مدينة شقرة الساحلية وسط غطاء جوي من طائرات التحالف.")
OIL = ("ارتفعت أسعار النفط في الأسواق العالمية اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة "
       "الطلب في آسيا خلال الربع المقبل، وقال محللون إن خام برنت صعد إلى أعلى مستوى له منذ أسابيع.")
STUDENTS = ("استقبل مركز الملك سلمان للإغاثة دفعة من الطلاب القادمين من اليمن لاستكمال دراستهم "
            "الجامعية في جامعات المملكة ضمن برنامج المنح الدراسية الذي أطلقته وزارة التعليم هذا العام.")
# key: (outlet, time, text) — a wire story and two edited copies, a story of two, a single report
ITEMS = {"y_was": ("was", "07:05", YEMEN), "y_okaz": ("okaz", "09:30", YEMEN + "\nالمصدر: عكاظ"),
         "y_riyadh": ("alriyadh", "11:00", YEMEN + "\nالرياض"),
         "oil_eqt": ("aleqtisadiya", "08:00", OIL), "oil_yaum": ("alyaum", "10:00", OIL + "\nاليوم"),
         "students": ("okaz", "12:00", STUDENTS)}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux23stories") / "s.db"
    with Store(path) as s:
        ids = put_timed_reports(s, ITEMS)
        story = {k: s.get_article(i, document=False)["story_id"] for k, i in ids.items()}
    # the fixture's premise: three stories of 3, 2 and 1 reports
    assert story["y_was"] == story["y_okaz"] == story["y_riyadh"] != story["oil_eqt"]
    assert story["oil_eqt"] == story["oil_yaum"] != story["students"]
    return path, ids, story


def _by_search(s: Store, query: str | None = None, outlet: str | None = None) -> Counter:
    """Per story, the articles search (or the outlet filter) selects: the grouping by hand."""
    if query is not None:
        rows = s.search(query, limit=1000, **({"outlet": outlet} if outlet else {}))
    else:
        rows = s.list_articles(outlet=outlet, limit=1000)
    return Counter(r["story_id"] for r in rows)


@pytest.mark.parametrize("query, outlet", [
    ("اليمن", None), ("واليمن", None), ("برنت OR عكاظ", None), ("اليوم", None),
    ('"طائرات التحالف"', None), ("اليمن NOT عكاظ", None), (None, "عكاظ"), (None, "okaz"),
    ("اليمن", "okaz"), ("اليمن", "aleqtisadiya")])
def test_each_story_counts_the_reports_search_finds_in_it(db, query, outlet):
    path, _, _ = db
    with Store(path, readonly=True) as s:
        expected = _by_search(s, query, outlet)
        rows = s.stories(query=query, outlet=outlet, min_size=1)
        assert {r["id"]: r["matching"] for r in rows} == dict(expected)
        assert [r["matching"] for r in rows] == sorted((r["matching"] for r in rows), reverse=True)
        m = s.story_matches(query=query, outlet=outlet)
        assert m["articles"] == sum(expected.values()) and m["stories"] == len(expected)


def test_the_most_matching_story_comes_first_not_the_largest(db):
    path, _, story = db
    with Store(path, readonly=True) as s:
        # «برنت» is in both oil reports, «عكاظ» in one copy of the three-report Yemen story
        rows = s.stories(query="برنت OR عكاظ")
        assert [(r["id"], r["size"], r["matching"]) for r in rows] == [
            (story["oil_eqt"], 2, 2), (story["y_was"], 3, 1)]
        assert rows[1]["matching_outlets"] == ["okaz"]
        assert rows[1]["outlets"] == ["alriyadh", "okaz", "was"]  # the story's, all of them
        # without a query the order is by size, as before
        assert [r["id"] for r in s.stories()] == [story["y_was"], story["oil_eqt"]]
        assert "matching" not in s.stories()[0]


def test_single_reports_are_counted_and_listed_with_min_size_1(db):
    path, _, story = db
    with Store(path, readonly=True) as s:
        assert [r["id"] for r in s.stories(query="اليمن")] == [story["y_was"]]
        assert s.story_matches(query="اليمن") == {"articles": 4, "stories": 2, "single": 1}
        assert [r["id"] for r in s.stories(query="اليمن", min_size=1)] == [
            story["y_was"], story["students"]]
        # an outlet: the stories with one of its reports
        okaz = s.stories(outlet="صحيفة عكاظ", min_size=1)
        assert [(r["id"], r["matching"]) for r in okaz] == [(story["y_was"], 1),
                                                           (story["students"], 1)]
        assert s.stories(query="اليمن", outlet="aleqtisadiya") == []
        assert s.story_matches(query="اليمن", outlet="aleqtisadiya")["articles"] == 0
        with pytest.raises(QueryError):
            s.stories(query="(اليمن")


def _stories(path, *args: str, code: int = 0):
    r = CliRunner().invoke(cli, ["stories", "--db", str(path), *args])
    assert r.exit_code == code, r.output
    return (json.loads(r.stdout) if code == 0 else None), r.stderr


def test_cli_stories_of_a_query_and_an_outlet(db):
    path, _, story = db
    rows, err = _stories(path, "-q", "اليمن")
    assert [(r["id"], r["matching"]) for r in rows] == [(story["y_was"], 3)]
    assert "--query 'اليمن': 4 articles in 2 stories, 1 of them single reports" in err
    assert "--min-size 1 lists those too" in err
    rows, err = _stories(path, "-q", "اليمن", "--min-size", "1", "--outlet", "okaz")
    assert [(r["id"], r["matching"], r["matching_outlets"]) for r in rows] == [
        (story["y_was"], 1, ["okaz"]), (story["students"], 1, ["okaz"])]
    assert "2 articles in 2 stories" in err and "--min-size 1 lists" not in err
    rows, err = _stories(path, "-q", "القمح")
    assert rows == [] and "no stored article matches --query 'القمح'" in err
    _, err = _stories(path, "-q", "(اليمن", code=2)
    assert err.startswith("error:")
    rows, err = _stories(path, "-q", "  ")  # blank: no filter, as khabar events
    assert len(rows) == 2 and "note" not in err


def test_api_stories_take_q_outlet_and_min_size(db):
    path, _, story = db
    c = TestClient(create_app(path))
    data = c.get("/api/stories", params={"q": "اليمن"}).json()
    assert [(r["id"], r["matching"]) for r in data["items"]] == [(story["y_was"], 3)]
    assert data["matches"] == {"articles": 4, "stories": 2, "single": 1}
    data = c.get("/api/stories", params={"q": "اليمن", "min_size": 1, "outlet": "عكاظ"}).json()
    assert [r["id"] for r in data["items"]] == [story["y_was"], story["students"]]
    assert data["total"] == 2 and data["matches"]["articles"] == 2
    plain = c.get("/api/stories").json()
    assert "matches" not in plain and [r["id"] for r in plain["items"]] == [story["y_was"],
                                                                          story["oil_eqt"]]
    r = c.get("/api/stories", params={"q": "(اليمن"})
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "query.q"
    assert c.get("/api/stories", params={"min_size": 0}).status_code == 422


def test_pages_group_a_search_into_stories(db):
    path, _, story = db
    c = TestClient(create_app(path))
    html = unescape(c.get("/search", params={"q": "اليمن"}).text)
    assert f'id="search-stories" href="/stories?{urlencode({"q": "اليمن"})}"' in html
    page = c.get("/stories", params={"q": "اليمن"})
    text = unescape(page.text)
    assert page.status_code == 200
    assert "4 من المقالات يجدها البحث في 2 من القصص، منها 1 من التقارير المنفردة" in text
    q = urlencode({"q": "اليمن"})
    assert f'href="/stories/{story["y_was"]}?{q}"' in text and "يطابق منها 3" in text
    assert f'href="/stories/{story["students"]}' not in text
    text = unescape(c.get("/stories", params={"q": "اليمن", "single": "1"}).text)
    assert f'href="/stories/{story["students"]}?{q}"' in text
    bad = c.get("/stories", params={"q": "(اليمن"})
    assert bad.status_code == 422 and 'role="alert"' in bad.text


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_from_a_search_to_its_stories(db):
    path, _, story = db
    with served_page(create_app(path)) as (base, page):
        page.goto(f"{base}/search?q=اليمن")
        page.click("#search-stories")
        page.wait_for_url("**/stories?q=**")
        assert "يطابق منها 3" in page.locator("ul.results").inner_text()
        page.click("#story-matches a")  # «اعرضها»: the single reports too
        page.wait_for_url("**single=1**")
        assert page.locator("ul.results li").count() == 2
        page.select_option("select[name=outlet]", "aleqtisadiya")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**outlet=aleqtisadiya**")
        assert "لا مقال يطابق البحث" in page.locator("#story-matches").inner_text()
        page.goto(f"{base}/stories")
        page.fill("input[name=q]", "برنت OR عكاظ")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**q=**")
        first = page.locator("ul.results li").first.inner_text()
        assert "يطابق منها 2" in first and f"/stories/{story['oil_eqt']}" in (
            page.locator("ul.results li a").first.get_attribute("href"))


# -- one story, its matching reports marked (the list's links keep the query) ------------

def test_story_says_which_reports_match(db):
    path, ids, story = db
    c = TestClient(create_app(path))
    data = c.get(f"/api/stories/{story['y_was']}", params={"q": "عكاظ"}).json()
    assert data["matching"] == [ids["y_okaz"]]
    data = c.get(f"/api/stories/{story['y_was']}", params={"q": "اليمن", "outlet": "الرياض"}).json()
    assert data["matching"] == [ids["y_riyadh"]]
    assert "matching" not in c.get(f"/api/stories/{story['y_was']}").json()
    assert c.get(f"/api/stories/{story['y_was']}", params={"q": "(اليمن"}).status_code == 422
    r = CliRunner().invoke(cli, ["story", str(story["y_was"]), "--db", str(path), "-q", "اليمن",
                                 "--outlet", "okaz"])
    assert r.exit_code == 0 and json.loads(r.stdout)["matching"] == [ids["y_okaz"]]
    assert "matching: 1 of 3 reports (okaz 1)" in r.stderr


def test_story_page_marks_the_matching_reports_and_the_list_links_there(db):
    path, ids, story = db
    c = TestClient(create_app(path))
    listing = c.get("/stories", params={"q": "عكاظ"}).text
    link = f'href="/stories/{story["y_was"]}?{urlencode({"q": "عكاظ"})}"'
    assert link in listing
    html = unescape(c.get(f"/stories/{story['y_was']}", params={"q": "عكاظ"}).text)
    assert "1 من تقاريره يجدها البحث عن «<bdi>عكاظ</bdi>»" in html
    items = html.split('<ul class="results">')[1].split("</ul>")[0].split("<li>")[1:]
    assert len(items) == 3 and sum("يطابق البحث" in li for li in items) == 1
    assert all(("يطابق البحث" in li) == (f'/articles/{ids["y_okaz"]}"' in li) for li in items)
    plain = c.get(f"/stories/{story['y_was']}").text
    assert "يطابق البحث" not in plain and "story-matching" not in plain


def test_each_story_counts_its_copies(db):
    path, ids, story = db
    with Store(path, readonly=True) as s:
        copies = {r["id"]: r["copies"] for r in s.stories(min_size=1)}
        expected = {k: s.conn.execute("SELECT count(*) FROM articles WHERE story_id = ? AND"
                                      " dup_of IS NOT NULL", (k,)).fetchone()[0] for k in copies}
        assert copies == expected == {story["y_was"]: 2, story["oil_eqt"]: 1, story["students"]: 0}
        assert s.stories(query="عكاظ")[0]["copies"] == 2  # the story's, not the matching ones'
    html = TestClient(create_app(path)).get("/stories").text
    assert "3 تقرير · <span class=\"copies\">منها 2 من النسخ المكررة</span>" in html
    assert "منها 1 من النسخ المكررة" in html

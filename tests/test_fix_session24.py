"""What a read-only review of session 24's store/API/web/CLI commits found (session 24, fix24).

1. ``says`` tested statements with the stem rules of version 1: the view passed
   ``int(fts_stems)`` to the SQL function ``khabar_says``, and for a current store ``fts_stems``
   is ``True`` — 1. ``says_terms``' cache hid it (``True == 1`` share a slot), so whichever of
   the two came first decided what both read. The view now passes today's version
   (:data:`~khabar.store.stems.STEM_VERSION`), and the cache tells ``True`` from ``1``.
2. ``khabar quotes --says X --from/--to`` (or ``--originals``) that left every statement out
   said «no statement holds every word … khabar search finds N» — false: they hold it, the
   range left them out.
3-5. Which filters bring «who said it, in which outlets» was decided three times: the API
   tested the raw ``says`` (``says=%20`` — no filter — brought counts), the page the stripped
   one, and ``khabar quotes`` only ``--says``/``--speaker`` (``--about`` grouped «said by» by
   actor, the API and the page by spelling). ``Backend.quote_summary`` decides for all three.
4. The timeline chart's floor (``MIN_BAR``) was added on top of each stacked segment, so a day
   of 98 + 1 + 1 stood above the «100» gridline, the axis top.
6. ``says`` refused an explicit ``AND``, which it implies.
8. Copies: the API and the pages each had ``_no_country`` (now ``Backend.no_country``), and /map
   counted the events by outlet for a line only /events shows.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.api.backend import Backend
from khabar.cli import app as cli
from khabar.document import Quote
from khabar.store import Store, views
from khabar.store.search import QueryError, says, says_operands, says_terms
from khabar.web.charts import MIN_BAR, timeline_svg

SPEAKERS = {"was": "محمد السوداني", "okaz": "فرهاد علاء الدين", "alriyadh": "حيدر العبادي"}
SOLDIERS = "قال المتحدث إن المسلحين قتلوا الجنود في الهجوم على الحاجز."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Three outlets' reports of one claim (claim_document: «القوات الأمريكية ستنسحب من العراق
    بحلول سبتمبر 2025», 2024-09-06) and a statement about soldiers (stems: الجنود ~ جندي)."""
    path = tmp_path_factory.mktemp("fix24") / "q.db"
    with Store(path) as s:
        for i, (outlet, who) in enumerate(SPEAKERS.items()):
            doc = claim_document(doc_id=f"q{i}", url=f"http://x/q{i}", speaker=who)
            doc.outlet = outlet
            s.put(doc)
        doc = claim_document(doc_id="soldiers", url="http://x/soldiers")
        doc.text = SOLDIERS
        doc.title, doc.outlet, doc.entities, doc.times, doc.events = "هجوم", "aawsat", [], [], []
        doc.quotes = [Quote(id="Q1", cue=span(SOLDIERS, "قال"), source=span(SOLDIERS, "المتحدث"),
                            content=span(SOLDIERS, "المسلحين قتلوا الجنود في الهجوم على الحاجز"),
                            speaker="المتحدث", speaker_kind="person", type="indirect")]
        doc.sentences = light_pipeline().stages[0](doc)  # sets doc.tokens too
        s.put(doc)
    return path


# -- 1. today's stem rules ------------------------------------------------------------


def test_true_is_todays_stem_rules_not_version_1():
    says_terms.cache_clear()
    # version 1 had no broken plurals: «الجنود» is not «جندي» by its rules …
    assert not says("قتل الجنود في الهجوم", "جندي", 1)
    # … and the version asked for next is read by its own rules, not the cached slot of 1
    assert says("قتل الجنود في الهجوم", "جندي", True)
    assert says("قتل الجنود في الهجوم", "جندي", 4)
    says_terms.cache_clear()
    assert says("قتل الجنود في الهجوم", "جندي", True) and not says("قتل الجنود", "جندي", 1)


def test_the_store_reads_statements_with_todays_stem_rules(db, monkeypatch):
    # without the view's own call filling the cache first, the SQL function alone decides
    # which rules read the statement (before: int(True) = 1, version 1: none found)
    says_terms.cache_clear()
    monkeypatch.setattr(views, "says_terms", says_terms.__wrapped__)
    with Store(db, readonly=True) as s:
        assert s.fts_stems is True
        got = s.quotes(says="جندي")
        assert [r["speaker"] for r in got] == ["المتحدث"]
        assert s.quote_counts(says="جندي")["n"] == 1
        assert len(s.quotes(says="جنود")) == 1 and s.quotes(says="ضابط") == []


# -- 2. an empty --says: the search note only when nothing else left them out -----------


def test_a_date_range_or_originals_is_not_said_to_hide_nothing(db):
    def note(*args):
        r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--says", "ستنسحب", *args])
        assert r.exit_code == 0, r.output
        return "no statement holds every word" in r.stderr, r.stderr

    held, _ = note()
    assert not held  # 3 statements hold it: no note
    for args in (["--from", "2030-01-01"], ["--to", "2001"], ["--from", "2030", "--to", "2031"]):
        held, err = note(*args)
        assert not held, args  # before: «… khabar search finds 3 article(s)»
        assert "0 statements" in err
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--says", "الحكومة"])
    assert "note: no statement holds every word of --says 'الحكومة'; khabar search finds 3" \
        in r.stderr  # the note where it is true (the last sentence of each article)


def test_originals_that_leave_the_statements_out_are_no_search_note(tmp_path):
    path = tmp_path / "dup.db"
    with Store(path) as s:
        ida = s.put(claim_document(doc_id="a", url="http://x/a")).id
        idb = s.put(claim_document(doc_id="b", url="http://x/b", speaker="فرهاد علاء الدين")).id
        # each marked a copy of the other: --originals leaves both statements out
        s.conn.executemany("UPDATE articles SET dup_of = ? WHERE id = ?", [(ida, idb), (idb, ida)])
        s.conn.commit()
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--says", "ستنسحب"])
    assert "2 statements" in run.stderr
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--says", "ستنسحب", "--originals"])
    assert run.exit_code == 0 and "0 statements" in run.stderr
    assert "no statement holds every word" not in run.stderr  # before: «… finds 2 article(s)»


# -- 3 and 5. one rule for «who said it, in which outlets» ------------------------------

FILTERS = [  # (API / page parameters, khabar quotes options, summarised?)
    ({"says": "ستنسحب"}, ["--says", "ستنسحب"], True),
    ({"speaker": "حيدر العبادي"}, ["--speaker", "حيدر العبادي"], True),
    ({"about": "العراق"}, ["--about", "العراق"], True),
    ({"outlet": "okaz"}, ["--outlet", "okaz"], True),
    ({"since": "2024-09"}, ["--from", "2024-09"], False),
    ({"originals": "true"}, ["--originals"], False),
    ({"says": "   "}, ["--says", "   "], False),  # blank: no filter
    ({"via": "  ", "about": " ", "outlet": " "}, [], False),
    ({}, [], False),
]


@pytest.mark.parametrize(("params", "options", "summarised"), FILTERS)
def test_the_api_the_page_and_the_cli_summarise_the_same_filters(db, params, options,
                                                                  summarised):
    c = TestClient(create_app(db))
    body = c.get("/api/quotes", params={**params, "limit": 2}).json()
    assert ("counts" in body) is summarised, params  # before: says=%20 had counts
    page = c.get("/quotes", params=params).text
    assert ('id="quotes-tally"' in page) is summarised
    run = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--limit", "2", *options])
    assert run.exit_code == 0, run.output
    line = [ln for ln in run.stderr.splitlines() if " statements; by speaker: " in ln]
    assert bool(line) is summarised, run.stderr  # before: none for --about or --outlet
    if summarised:
        counts = body["counts"]
        assert body["total"] == counts["n"] and f": {counts['n']} statements; " in line[0]
        outlets = ", ".join(f"{r['outlet'] or '(none)'} {r['n']}" for r in counts["outlets"])
        assert line[0].endswith("by outlet: " + outlets)  # the same counts, in the same order
        assert re.search(r"تصريحًا", page)
    else:
        assert body["total"] is None or body["total"] == len(body["items"])


def test_the_cli_groups_the_speakers_of_about_by_spelling_as_the_api(db):
    run = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--about", "العراق"])
    assert run.exit_code == 0, run.output
    assert ("--about 'العراق': 3 statements; by speaker: " in run.stderr
            and "by outlet: alriyadh 1, okaz 1, was 1" in run.stderr)
    assert "said by: " not in run.stderr  # the actor's grouping stays on its page («قالها»)
    api = TestClient(create_app(db)).get("/api/quotes", params={"about": "العراق"}).json()
    assert sorted(r["speaker"] for r in api["counts"]["speakers"]) == sorted(SPEAKERS.values())


def test_a_blank_says_is_no_filter_in_the_api(db):
    c = TestClient(create_app(db))
    blank = c.get("/api/quotes", params={"says": " ", "limit": 2}).json()
    every = c.get("/api/quotes", params={"limit": 2}).json()
    assert blank == every and "counts" not in blank and blank["total"] is None


# -- 4. a stacked peak stays under the axis top -----------------------------------------


def _stacks(svg: str) -> tuple[dict[str, list[tuple[float, float]]], dict[int, float]]:
    bars: dict[str, list[tuple[float, float]]] = {}
    for y, h, title in re.findall(r'<rect x="[\d.]+" y="([-\d.]+)" width="[\d.]+" '
                                  r'height="([\d.]+)" fill="#[0-9a-f]+"><title>([^<]+)</title>',
                                  svg):
        bars.setdefault(title.split(" · ")[0], []).append((float(y), float(h)))
    grid = {int(v): float(y) for y, v in
            re.findall(r'y1="([\d.]+)" y2="[\d.]+" stroke="#eee"/><text[^>]*>(\d+)<', svg)}
    return bars, grid


@pytest.mark.parametrize("points", [
    [{"date": "2015-08-10", "mentions": 98, "events": 1, "quotes": 1}],  # the review's day
    [{"date": "2015-08-10", "mentions": 100, "events": 1, "quotes": 1},
     {"date": "2015-08-11", "mentions": 1, "events": 0, "quotes": 1}],
    [{"date": "2015-08-10", "mentions": 40, "events": 8, "quotes": 2},
     {"date": "2015-08-12", "mentions": 1, "events": 1, "quotes": 1}],
])
def test_a_stack_ends_at_its_totals_height_never_above_the_axis(points):
    bars, grid = _stacks(str(timeline_svg(points)))
    top, zero = grid[max(grid)], grid[0]
    for p in points:
        stack = bars[p["date"]]
        total = sum(p[k] for k in ("mentions", "events", "quotes"))
        assert len(stack) == sum(1 for k in ("mentions", "events", "quotes") if p[k])
        assert all(h >= MIN_BAR - 0.05 for _, h in stack)  # every count stays visible
        assert min(y for y, _ in stack) >= top - 0.05  # before: 98+1+1 stood 6 px above «100»
        want = zero - (zero - top) * total / max(grid)  # the total's height on the scale
        if zero - want > MIN_BAR * len(stack):
            assert abs(min(y for y, _ in stack) - want) < 0.15, (p, stack, want)
    peak = max(points, key=lambda p: p["mentions"] + p["events"] + p["quotes"])
    if sum(peak[k] for k in ("mentions", "events", "quotes")) == max(grid):
        assert abs(min(y for y, _ in bars[peak["date"]]) - top) < 0.15  # on the «100» line


# -- 6. an explicit AND ---------------------------------------------------------------


def test_says_takes_an_explicit_and(db):
    assert says_operands("القوات AND ستنسحب") == ["القوات", "ستنسحب"]
    assert says_operands('AND "القوات الأمريكية" AND') == ['"القوات الأمريكية"']
    with Store(db, readonly=True) as s:
        assert len(s.quotes(says="ستنسحب AND العراق")) == len(s.quotes(says="ستنسحب العراق")) == 3
    c = TestClient(create_app(db))
    assert c.get("/api/quotes", params={"says": "ستنسحب AND العراق"}).json()["total"] == 3
    assert c.get("/quotes", params={"says": "ستنسحب AND العراق"}).status_code == 200
    with pytest.raises(QueryError) as e:
        says_operands("العراق OR إيران")
    assert e.value.kind == "says" and "AND is implied" in str(e.value)
    with pytest.raises(QueryError):
        says_terms("AND", True)  # AND alone: no word to seek


# -- 8. one no_country; /map does not count by outlet -----------------------------------


def test_the_api_and_the_pages_ask_the_backend_what_a_country_leaves_out(db, monkeypatch):
    asked: list[str | None] = []
    left = {"articles": 7, "outlets": ["خبر"]}

    def no_country(self, outlet_country):
        asked.append(outlet_country)
        return left if outlet_country else None

    monkeypatch.setattr(Backend, "no_country", no_country)
    c = TestClient(create_app(db))
    assert c.get("/api/search", params={"q": "العراق", "outlet_country": "SAU"}).json()[
        "no_country"] == left
    assert c.get("/api/events", params={"outlet_country": "SAU"}).json()["no_country"] == left
    assert "خبر" in c.get("/search", params={"q": "العراق", "outlet_country": "SAU"}).text
    assert "خبر" in c.get("/events", params={"outlet_country": "SAU"}).text
    assert asked.count("SAU") == 4


def test_the_map_does_not_count_events_by_outlet(db, monkeypatch):
    calls: list[dict] = []
    counts = Backend.event_outlet_counts

    def counting(self, f):  # one EventFilters since session 25 (ux25)
        calls.append(f)
        return counts(self, f)

    monkeypatch.setattr(Backend, "event_outlet_counts", counting)
    c = TestClient(create_app(db))
    assert c.get("/map").status_code == 200 and calls == []  # before: one query, unshown
    page = c.get("/events").text
    assert len(calls) == 1 and 'id="by-outlet"' in page  # /events shows it: 4 outlets


# -- the lead's two more: speakers by their actor; /api/analyze's time and byline ----------


def test_the_tallies_count_a_linked_speaker_as_its_actor(tmp_path):
    """Al-Jubeir under two spellings (news day: «عادل بن أحمد الجبير» 17 and «عادل الجبير» 6
    of the 75 statements about Iran, one linked actor): one row in the API's counts, the
    /quotes line and khabar quotes' line; an unlinked speaker by its spelling."""
    path = tmp_path / "j.db"
    with Store(path) as s:
        for i, (who, outlet, linked) in enumerate([
                ("عادل بن أحمد الجبير", "was", True), ("عادل الجبير", "okaz", True),
                ("مصدر مسؤول", "alriyadh", False), ("مصدر مسؤول", "okaz", False)]):
            doc = claim_document(doc_id=f"j{i}", url=f"http://x/j{i}", speaker=who)
            doc.outlet = outlet
            doc.entities[0].canonical = "عادل بن أحمد الجبير"  # the linker's one actor
            if not linked:  # a speaker no entity names
                doc.entities, doc.quotes[0].speaker_entity = doc.entities[1:], None
                doc.text += f" وأضاف المصدر {('أمس', 'اليوم')[i % 2]}."  # two reports
                doc.sentences = light_pipeline().stages[0](doc)
            s.put(doc)
        jubeir = {r["actor_id"] for r in s.quotes(says="ستنسحب") if r["speaker"] != "مصدر مسؤول"}
        assert len(jubeir) == 1 and None not in jubeir
        (jubeir,) = jubeir
        counts = s.quote_counts(says="ستنسحب")
    # before: «عادل بن أحمد الجبير» 1 and «عادل الجبير» 1, as written
    assert counts["speakers"] == [{"id": jubeir, "speaker": "عادل بن أحمد الجبير", "n": 2},
                                  {"id": None, "speaker": "مصدر مسؤول", "n": 2}]
    c = TestClient(create_app(path))
    assert c.get("/api/quotes", params={"says": "ستنسحب"}).json()["counts"] == counts
    page = c.get("/quotes", params={"says": "ستنسحب"}).text
    line = page[page.index('id="quotes-tally"'):].split("</p>")[0]
    assert f'<a href="/entities/{jubeir}">عادل بن أحمد الجبير</a> <small>(2)</small>' in line
    assert "مصدر مسؤول <small>(2)</small>" in line and "عادل الجبير <" not in line
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--speaker", "عادل الجبير"])
    assert "--speaker 'عادل الجبير': 2 statements; by speaker: عادل بن أحمد الجبير 2;" \
        in run.stderr


def test_api_analyze_takes_the_publication_time_and_the_byline(tmp_path):
    """`khabar analyze` keeps an input's time of day and author (Document 1.1, 57e797a3);
    /api/analyze and POST /api/articles dropped both (no such fields; a dated `published` was
    cut to its day) — now they take `published_at` and `author`, and a `published` with a time
    of day keeps it, as the readers do."""
    text = "قال وزير الخارجية إن الاجتماع سيعقد غدا في الرياض."
    c = TestClient(create_app(tmp_path / "a.db", api_key="k", pipeline=light_pipeline()))

    def doc(**body):
        r = c.post("/api/analyze", json={"text": text, **body})
        assert r.status_code == 200, r.text
        d = r.json()
        return d["published"], d["published_at"], d["author"]

    assert doc(published="2015-08-10 18:47:56", author=" محمد الغامدي ") == (
        "2015-08-10", "2015-08-10T18:47:56", "محمد الغامدي")
    assert doc(published="2015-08-10", published_at="2015-08-10T09:05+03:00") == (
        "2015-08-10", "2015-08-10T09:05+03:00", None)
    assert doc(published="2015-08-10", published_at="2015-08-10") == ("2015-08-10", None, None)
    assert doc(author="  ") == (None, None, None)
    r = c.post("/api/analyze", json={"text": text, "published_at": "أمس"})
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "published_at"
    # stored with the article, as khabar ingest stores an input's
    r = c.post("/api/articles", headers={"X-API-Key": "k"},
               json={"text": text, "published": "2015-08-10T18:47:56", "author": "واس"})
    assert r.status_code == 201, r.text
    article = c.get(f"/api/articles/{r.json()['id']}").json()
    assert (article["published"], article["published_at"], article["author"]) == (
        "2015-08-10", "2015-08-10T18:47:56", "واس")

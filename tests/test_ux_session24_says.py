"""A claim followed by what was said: statements by the words of their content (session 24, ux24).

Following a claim across outlets, an analyst could ask for a speaker's statements (`speaker`),
those a relay carried (`via`) and those naming an actor (`about`), but not for the statements
that SAY something: `khabar search` finds articles, and an article that holds the words
anywhere (its title, a sentence outside any quote) is not a statement of them. `khabar quotes
--says Q`, `/api/quotes?says=Q` and `Store.quotes(says=)` keep the statements whose content
holds every word and "phrase" of Q, each read as search reads words (clitics, hamza, stems);
the CLI says who said it and in which outlets. News day: «طهران دعمت» 1 statement (okaz),
"السهم الذهبي" 3 (aawsat 2, alyaum 1), زنجبار 37 from 10 outlets, in 2–330 ms.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.search import QueryError, says, says_operands

# claim_document: «قال رئيس الوزراء {speaker} إن القوات الأمريكية ستنسحب من العراق بحلول
# سبتمبر 2025. وأضاف أن الحكومة مستعدة.», titled «انسحاب القوات»; the quote's content is
# «القوات الأمريكية ستنسحب من العراق بحلول سبتمبر 2025»
SPEAKERS = {"was": "محمد السوداني", "okaz": "فرهاد علاء الدين", "alriyadh": "حيدر العبادي"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux24says") / "q.db"
    with Store(path) as s:
        for i, (outlet, who) in enumerate(SPEAKERS.items()):
            doc = claim_document(doc_id=f"q{i}", url=f"http://x/q{i}", speaker=who)
            doc.outlet = outlet
            s.put(doc)
    return path


def test_the_statement_not_the_article(db):
    with Store(db) as s:
        def n(q, **kw):
            return len(s.quotes(says=q, **kw))
        assert n("ستنسحب") == 3 and n("القوات العراق") == 3  # every word, in any order
        assert n("بالعراق") == 3 and n("للعراق") == 3  # clitics as search reads them
        assert n('"القوات الأمريكية"') == 3 and n('"الأمريكية القوات"') == 0  # a phrase
        # in the article, not in what was said: the title «انسحاب القوات», the last sentence
        for q in ("انسحاب", "الحكومة", "مستعدة", "ستنسحب الحكومة"):
            assert n(q) == 0 and s.search_count(q.split()[-1]) == 3, q
        assert [r["speaker"] for r in s.quotes(says="ستنسحب", speaker="فرهاد علاء الدين")] \
            == ["فرهاد علاء الدين"]  # with the other filters
        assert n("   ") == 3  # blank: no filter


def test_operands_and_what_is_refused():
    assert says_operands('ستنسحب "القوات الأمريكية" عبد الله') == [
        "ستنسحب", '"القوات الأمريكية"', "عبد الله"]
    for q in ("العراق OR إيران", "العراق -إيران", "(العراق)", "NOT العراق"):
        with pytest.raises(QueryError) as e:
            says_operands(q)
        assert e.value.kind == "says", q
    assert says("قال إن القوات ستنسحب", "ستنسحب القوات") and not says(None, "القوات")
    with pytest.raises(QueryError):
        says("نص", "«»")  # no searchable word


def test_api_says(db):
    c = TestClient(create_app(db))
    body = c.get("/api/quotes", params={"says": "ستنسحب العراق", "limit": 1}).json()
    assert len(body["items"]) == 1
    assert body["total"] == 3 and body["has_more"]  # a filtered list has its total now
    # who said it and where: of every statement selected, not of the page
    counts = body["counts"]
    assert counts["n"] == 3 and sorted(r["speaker"] for r in counts["speakers"]) \
        == sorted(SPEAKERS.values())
    assert sorted((r["outlet"], r["n"]) for r in counts["outlets"]) == [
        ("alriyadh", 1), ("okaz", 1), ("was", 1)]
    assert counts["days"] == [{"day": "2024-09-06", "n": 3}]
    assert "counts" not in c.get("/api/quotes").json()  # no filter: no counts
    assert c.get("/api/quotes", params={"says": "الحكومة"}).json()["items"] == []
    r = c.get("/api/quotes", params={"says": "العراق OR إيران"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["field"] == "query.says" and r.json()["detail"][0]["kind"] == "says"
    csv_text = c.get("/api/quotes", params={"says": "ستنسحب", "speaker": "حيدر العبادي",
                                            "format": "csv"}).text
    assert len(csv_text.strip().splitlines()) == 2  # header + the one statement


def test_cli_says_who_said_it_and_where(db):
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--says", "ستنسحب", "--limit", "1"])
    assert r.exit_code == 0, r.output
    # of every statement that says it, not only the page of one
    assert ("--says 'ستنسحب': 3 statements; by speaker: " in r.stderr
            and "by outlet: " in r.stderr and "alriyadh 1" in r.stderr and "okaz 1" in r.stderr)
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--says", "الحكومة"])
    assert r.exit_code == 0 and ("note: no statement holds every word of --says 'الحكومة'; "
                                 "khabar search finds 3 article(s)") in r.stderr
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--says", "العراق OR إيران"])
    assert r.exit_code == 2 and "error: --says:" in r.stderr


def test_cli_a_speakers_statements_by_outlet(db):
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--speaker", "فرهاد علاء الدين"])
    assert r.exit_code == 0, r.output
    assert ("--speaker 'فرهاد علاء الدين': 1 statements; by speaker: فرهاد علاء الدين 1; "
            "by outlet: okaz 1") in r.stderr
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--about", "العراق"])
    # about has the same line (fix24: before, its own «said by» by actor, unlike the API)
    assert "--about 'العراق': 3 statements; " in r.stderr and "okaz 1" in r.stderr


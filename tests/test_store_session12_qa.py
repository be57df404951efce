"""Fresh-user pass, session 12 (st12): a name typed as the news writes it, title and all
(«الملك سلمان», «الرئيس الأمريكي باراك أوباما», «وزير الخارجية جون كيري»), finds the
person — by `khabar entity`, /api/entities/{name}, the actor page and the actors list —
where it found nothing or a stray span that kept the title; `khabar export` takes its
choices in any case; a search that finds nothing prints no empty table."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_store_support import put_persons
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.lookup import split_title

runner = CliRunner()

DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # the king, named in full and after his title
    "king_1": ("أكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أن المملكة ماضية، وقال الملك"
               " سلمان إن الأمن أولوية.", [("سلمان بن عبدالعزيز", "E1"), ("سلمان", "E1")]),
    "king_2": ("استقبل الملك سلمان بن عبدالعزيز الوفد.", [("سلمان بن عبدالعزيز", "E1")]),
    # a stray span that kept the title, and another Salman named without it
    "stray": ("افتتح مركز باسم الملك سلمان اليوم.", [("الملك سلمان", "E1")]),
    "other": ("قال سلمان العودة إن الكتاب جاهز، وأضاف سلمان أنه سعيد.",
              [("سلمان العودة", "E1"), ("سلمان", "E1")]),
    "obama": ("قال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد، وأضاف أوباما أنه متفائل.",
              [("باراك أوباما", "E1"), ("أوباما", "E1")]),
    "kerry": ("وصل وزير الخارجية الأمريكي جون كيري إلى الدوحة.", [("جون كيري", "E1")]),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("st12qa") / "s.db"
    with Store(path) as store:
        for key in DOCS:
            put_persons(store, DOCS, key, "qa12")
        store.relink_actors()
    return path


def _actor(store: Store, name: str) -> int:
    (actor_id,) = {r[0] for r in store.conn.execute(
        "SELECT e.actor_id FROM entities e WHERE e.text = ?", (name,))}
    return actor_id


def test_split_title_reads_titles_offices_and_country_adjectives_off():
    assert split_title("الملك سلمان") == ("سلمان", "الملك")
    assert split_title("الرئيس الأمريكي باراك أوباما") == ("باراك اوباما", "الرئيس")
    assert split_title("وزير الخارجية جون كيري") == ("جون كيري", None)
    assert split_title("خادم الحرمين الشريفين الملك سلمان") == ("سلمان", "الملك")
    # no title: the name itself, and one word is always left
    assert split_title("السيسي") == ("السيسي", None)
    assert split_title("الرئيس") == ("الرئيس", None)
    assert split_title("أمريكي جون") == ("امريكي جون", None)  # an adjective needs a title


def test_a_name_with_its_title_finds_the_person(db):
    with Store(db) as store:
        king, obama, kerry = (_actor(store, n) for n in ("سلمان بن عبدالعزيز", "باراك أوباما",
                                                         "جون كيري"))
        for typed, who in [("الملك سلمان", king), ("خادم الحرمين الشريفين الملك سلمان", king),
                           ("الرئيس أوباما", obama), ("الرئيس الأمريكي باراك أوباما", obama),
                           ("وزير الخارجية الأمريكي جون كيري", kerry)]:
            found = store.entity(typed)
            assert found is not None and found["id"] == who, typed
            assert found["matched"]["by"] == "title", typed
        # without a title, as before: the exact name, not a title reading
        plain = store.entity("سلمان العودة")
        assert plain["id"] == _actor(store, "سلمان العودة") and "matched" not in plain
        assert store.entity("الملك فهد") is None  # a title and a name no one has


def test_the_actors_list_puts_the_titled_person_first(db):
    with Store(db) as store:
        rows = store.actors("الملك سلمان")
        assert rows[0]["id"] == _actor(store, "سلمان بن عبدالعزيز")
        assert _actor(store, "الملك سلمان") in {r["id"] for r in rows}  # the stray span stays
        assert [r["id"] for r in store.actors("كيري")] == [_actor(store, "جون كيري")]


def test_the_api_cli_and_page_say_the_title_was_read(db):
    app = create_app(db)
    with TestClient(app) as client:
        data = client.get("/api/entities/الملك سلمان").json()
        assert data["name"] == "سلمان بن عبدالعزيز" and data["matched"]["name"] == "سلمان"
        page = client.get("/entities/الرئيس أوباما", headers={"accept": "text/html"})
        assert page.status_code == 200 and "اسمًا بعد لقب" in page.text
    app.state.backend.close()
    res = runner.invoke(cli, ["entity", "الملك سلمان", "--db", str(db)])
    assert res.exit_code == 0 and "read as the name 'سلمان' after a title" in res.stderr


def test_export_takes_its_choices_in_any_case(db, tmp_path):
    out = tmp_path / "q.csv"
    res = runner.invoke(cli, ["export", "--db", str(db), "-t", "Entities", "-f", "CSV", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("doc_id,id,entity,")
    bad = runner.invoke(cli, ["export", "--db", str(db), "-t", "people"])
    assert bad.exit_code == 2 and "--table must be one of" in " ".join(bad.output.split())


def test_a_search_that_finds_nothing_prints_no_empty_table(db):
    res = runner.invoke(cli, ["search", "زلزال", "--db", str(db)])
    assert res.exit_code == 0 and "0 matching articles" in res.stderr
    assert res.stdout.strip() == ""
    found = runner.invoke(cli, ["search", "الاتفاق", "--db", str(db)])
    assert found.exit_code == 0 and "snippet" in found.stdout


def test_an_outlet_no_article_is_from_gets_a_note(db):
    res = runner.invoke(cli, ["search", "الاتفاق", "--outlet", "reuters", "--db", str(db)])
    assert res.exit_code == 0 and "no stored article is from 'reuters'" in res.stderr
    res = runner.invoke(cli, ["search", "زلزال", "--db", str(db)])  # no outlet: no note
    assert res.exit_code == 0 and "note:" not in res.stderr


def test_serve_says_when_it_creates_an_empty_store(tmp_path, monkeypatch, db):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    res = runner.invoke(cli, ["serve", "--db", str(tmp_path / "typo.db")])
    assert res.exit_code == 0 and "no store at" in res.stderr
    res = runner.invoke(cli, ["serve", "--db", str(db)])
    assert res.exit_code == 0 and "no store at" not in res.stderr

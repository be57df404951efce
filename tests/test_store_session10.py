"""Store session 10: ingest validates a record before counting it a duplicate, and an actor
is found by a whole word of its names («كيري» finds «جون كيري») after its exact names."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Entity
from khabar.ingest.runner import Ingestor
from khabar.store import Store

TEXT = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف بحضور الوفدين."


# -- ingest: a record is checked before it is counted as a duplicate --------------------------

def _jsonl(path, records: list[dict]):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return str(path)


def test_a_stored_text_with_a_bad_date_is_a_failure_not_a_duplicate(tmp_path):
    with Store(tmp_path / "s.db") as store:
        ing = Ingestor(store, light_pipeline())
        first = ing.ingest([_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": TEXT,
                                                           "published": "2015-08-10"}])])
        assert first.ingested == 1
        again = ing.ingest([_jsonl(tmp_path / "b.jsonl", [
            {"id": "2", "text": TEXT, "published": "notadate"},
            {"id": "3", "text": TEXT, "published": "2015-08-10"}])])
    assert again.duplicates == 1  # the good copy only
    assert len(again.failed) == 1
    assert "published must be a date" in again.failed[0].reason
    assert again.failed[0].source.endswith(":2")


def test_a_stored_text_over_the_character_limit_is_a_failure(tmp_path):
    from khabar.pipeline import Pipeline

    with Store(tmp_path / "s.db") as store:
        Ingestor(store, light_pipeline()).ingest(
            [_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": TEXT}])])
        small = Pipeline(stages=["text"], detect_language=False, max_chars=20)
        again = Ingestor(store, small).ingest(
            [_jsonl(tmp_path / "b.jsonl", [{"id": "2", "text": TEXT}])])
    assert again.duplicates == 0 and len(again.failed) == 1
    assert "DocumentTooLarge" in again.failed[0].reason


# -- an actor by a word of its names ------------------------------------------------------------

DOCS = {
    "kerry1": ("قال جون كيري إن المحادثات مستمرة. وأضاف جون كيري أن الاتفاق قريب.",
               [("جون كيري", "E1"), ("جون كيري", "E1")]),
    "kerry2": ("التقى جون كيري نظيره الروسي في جنيف.", [("جون كيري", "E1")]),
    "kennedy": ("وقالت كيري كينيدي إن الحقوق مهددة.", [("كيري كينيدي", "E1")]),
    "kiribati": ("وصل الوفد إلى كيريباتي أمس.", [("كيريباتي", "E1")]),
    "bare": ("ورد كيري على الأسئلة.", [("كيري", "E1")]),
    "lula": ("قال لولا دا سيلفا إن الانتخابات قريبة.", [("لولا دا سيلفا", "E1")]),
}


def _put(store: Store, key: str) -> None:
    text, mentions = DOCS[key]
    doc = light_pipeline().analyze(text, url=f"http://s10/{key}", published="2015-08-10")
    ents, pos = [], 0
    label = "LOC" if key == "kiribati" else "PERS"
    for i, (needle, group) in enumerate(mentions):
        start = text.index(needle, pos)
        pos = start + len(needle)
        ents.append(Entity(start=start, end=pos, text=needle, id=f"T{i}", label=label,
                           entity=group, canonical=needle, source="model"))
    doc.entities = ents
    store.put(doc)


@pytest.fixture()
def kerry(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as store:
        for key in ("kerry1", "kerry2", "kennedy", "kiribati", "lula"):
            _put(store, key)
    return path


def test_a_family_name_finds_the_actor_whose_name_holds_it(kerry):
    with Store(kerry) as store:
        data = store.entity("كيري")
        assert data is not None and data["name"] == "جون كيري"
        assert data["matched"]["by"] == "word"
        assert [o["name"] for o in data["matched"]["others"]] == ["كيري كينيدي"]
        exact = store.entity("جون كيري")
        assert exact["name"] == "جون كيري" and "matched" not in exact
        assert store.entity("كير") is None  # a word, not a piece of one
        assert store.entity("جون")["name"] == "جون كيري"  # a given name too
        assert store.entity("سيلفا")["name"] == "لولا دا سيلفا"
        assert store.actors_by_word("دا") == [] and store.entity("دا") is None  # a particle


def test_an_exact_name_wins_over_a_word_of_a_longer_name(kerry):
    with Store(kerry) as store:
        _put(store, "bare")  # an actor named «كيري» itself (fewer mentions than John Kerry)
        data = store.entity("كيري")
        assert "matched" not in data and data["mentions"] >= 1
        assert data["name"] in ("كيري", "جون كيري")  # exact alias; the relink may join them


def test_actor_list_ranks_exact_then_whole_words_then_prefixes(kerry):
    with Store(kerry) as store:
        names = [a["name"] for a in store.actors("كيري")]
        assert names == ["جون كيري", "كيري كينيدي", "كيريباتي"]
        assert [a["name"] for a in store.actors("كيريبا")] == ["كيريباتي"]
        assert [a["name"] for a in store.actors("جون كيري")] == ["جون كيري"]
        assert [a["name"] for a in store.actors_by_word("كيري")] == ["جون كيري", "كيري كينيدي"]
        assert store.actors("كيري_") == []  # _ is a letter, not a wildcard


def test_api_and_web_and_cli_find_an_actor_by_a_word(kerry):
    app = create_app(kerry)
    c = TestClient(app, raise_server_exceptions=False)
    r = c.get("/api/entities/كيري")
    assert r.status_code == 200 and r.json()["name"] == "جون كيري"
    assert r.json()["matched"]["others"][0]["name"] == "كيري كينيدي"
    items = c.get("/api/entities", params={"q": "كيري"}).json()["items"]
    assert [i["name"] for i in items] == ["جون كيري", "كيري كينيدي", "كيريباتي"]
    page = c.get("/entities/كيري", headers={"accept": "text/html"})
    assert page.status_code == 200 and "جون كيري" in page.text
    assert "لا كيان باسم «كيري»" in page.text and "كيري كينيدي" in page.text
    assert "لا كيان باسم" not in c.get("/entities/جون كيري", headers={"accept": "text/html"}).text
    assert c.get("/api/entities/كير").status_code == 404
    app.state.backend.close()
    out = CliRunner().invoke(cli, ["entity", "كيري", "--db", str(kerry)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["name"] == "جون كيري"
    assert "كيري كينيدي" in out.stderr

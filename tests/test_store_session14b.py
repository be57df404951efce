"""An outlet name several outlets share is filed by the record's site (session 14, st14b).

A bare «الجزيرة» is Qatar's channel and the Saudi paper «الجزيرة السعودية»; read as a name it
keys to the channel, so an article of the paper stored under that name (rather than the
``aljazirah`` source key) was missed by ``--outlet aljazirah``. The store now files such a
record under the outlet whose site its URL is on (khabar.store.outlet_sites), on insert, on
update and, for stores of schema 9 and before, by the schema-10 migration; a name of one
outlet, a URL on no known site and a record without a URL stay as given.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_store_support import light_pipeline

from khabar.store import Store
from khabar.store.migrations import SCHEMA_VERSION
from khabar.store.outlet_sites import SITES, filed_outlet, known_sites, site_outlet

PAPER = "http://www.al-jazirah.com/2015/20150810/ln54.htm"
CHANNEL = "https://www.aljazeera.net/news/2015/8/10/x"


@pytest.mark.parametrize("name, url, filed", [
    ("الجزيرة", PAPER, "aljazirah"),
    ("الجزيرة", "http://al-jazirah.com/x", "aljazirah"),  # no «www.»
    ("الجزيرة", "http://sport.al-jazirah.com/x", "aljazirah"),  # a sub-domain
    ("الجزيرة", CHANNEL, "aljazeera"),
    ("الجزيرة", "HTTP://WWW.AL-JAZIRAH.COM./x", "aljazirah"),  # any case, a final dot
])
def test_a_shared_name_is_filed_by_its_site(name, url, filed):
    assert filed_outlet(name, url) == filed


@pytest.mark.parametrize("name, url", [
    ("الجزيرة", None),  # no site: the name as given
    ("الجزيرة", "http://example.org/a"),  # a site of neither outlet
    ("الجزيرة", "http://www.alriyadh.com/1"),  # a known site of neither outlet
    ("الجزيرة", "http://al-jazirah.com.example.org/x"),  # a look-alike host
    ("الجزيرة", "http://notal-jazirah.com/x"),
    ("الجزيرة", "not a url"),
    ("عكاظ", PAPER),  # a name of one outlet: the record says which
    ("Reuters", CHANNEL),  # a name of no gazetteer outlet
    ("aljazirah", CHANNEL),  # the source key of one outlet
    ("", PAPER), (None, PAPER),
])
def test_other_names_and_sites_stay_as_given(name, url):
    assert filed_outlet(name, url) == name


def test_every_site_is_a_gazetteer_outlet():
    assert len(known_sites()) == len(SITES)
    assert site_outlet("http://www.spa.gov.sa/details.php?id=1") == "spa"
    assert site_outlet(None) is None and site_outlet("http://[::1") is None


def _doc(key: str, url: str | None, outlet: str = "الجزيرة", extra: str = ""):
    text = f"أعلن الوزير رقم {key} افتتاح المشروع في الرياض.{extra}"
    return light_pipeline().analyze(text, url=url, published="2015-08-10", outlet=outlet)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        for key, url in (("1", PAPER), ("2", PAPER.replace("54", "55")), ("3", CHANNEL),
                         ("4", None)):
            s.put(_doc(key, url))
        s.put(_doc("5", "http://www.okaz.com.sa/1", outlet="okaz"))
        yield s


def _ids(s: Store, outlet: str) -> set[str]:
    return {a["url"] or "-" for a in s.list_articles(outlet=outlet, limit=100)}


def test_the_store_files_the_paper_under_its_source_key(store):
    assert {o["outlet"]: o["n"] for o in store.outlets()} == {
        "aljazirah": 2, "aljazeera": 1, "الجزيرة": 1, "okaz": 1}
    assert _ids(store, "aljazirah") == {PAPER, PAPER.replace("54", "55")}
    assert _ids(store, "الجزيرة السعودية") == _ids(store, "aljazirah")
    assert _ids(store, "aljazeera") == {CHANNEL}  # no URL, no credit: undecided (session 15)
    assert len(_ids(store, "الجزيرة")) == 4  # the bare name: both outlets
    assert _ids(store, "okaz") == {"http://www.okaz.com.sa/1"}
    # the document keeps the record's own words
    first = store.list_articles(outlet="aljazirah", limit=1)[0]["id"]
    assert store.get_document(first).outlet == "الجزيرة"


def test_an_update_is_filed_by_the_stored_url(store):
    changed = _doc("1", PAPER, extra=" وأضاف أن العمل يبدأ غدا.")  # same URL, new text
    assert store.put(changed).status == "updated"
    assert store.count(outlet="aljazirah") == 2
    again = _doc("1", None, extra=" وأضاف أن العمل يبدأ غدا.")  # the same text, no URL
    assert store.put(again, force=True).status == "reanalysed"
    assert store.count(outlet="aljazirah") == 2  # filed by the URL the store holds
    assert store.count(outlet="aljazeera") == 1  # the no-URL article: undecided (session 15)


def test_the_migration_refiles_the_articles_of_an_old_store(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        for key, url in (("1", PAPER), ("3", CHANNEL), ("4", None)):
            s.put(_doc(key, url))
        s.put(_doc("5", "http://www.okaz.com.sa/1", outlet="عكاظ"))
        # as a store of schema 9 stored them: the record's name, whatever the site
        s.conn.execute("UPDATE articles SET outlet = 'الجزيرة' WHERE outlet LIKE 'alj%'")
        s.conn.execute("PRAGMA user_version = 9")
        s.conn.commit()
    ro = sqlite3.connect(path)
    assert ro.execute("SELECT count(*) FROM articles WHERE outlet = 'الجزيرة'").fetchone() == (3,)
    ro.close()
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 10
        assert {o["outlet"]: o["n"] for o in s.outlets()} == {
            "aljazirah": 1, "aljazeera": 1, "الجزيرة": 1, "عكاظ": 1}
        assert _ids(s, "aljazirah") == {PAPER}
        assert _ids(s, "aljazeera") == {CHANNEL}  # the no-URL one: undecided (session 15)

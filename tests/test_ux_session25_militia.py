"""«ميليشيات الحوثي» is the Houthis (session 25, ux25; left by ux24).

On the news day «ميليشيات/ميليشيا الحوثي» (20 mentions) made an actor apart from the Houthis
(303 mentions): the gazetteer knew «جماعة الحوثي» but no militia head. A militia named by an
armed group is that group (``gazetteer.orgs._militia_of``), and only an armed group.
"""

from __future__ import annotations

import pytest

from khabar.gazetteer import orgs
from khabar.store import Store


@pytest.mark.parametrize(("name", "group"), [
    ("ميليشيات الحوثي", "الحوثيين"), ("ميليشيا الحوثي", "الحوثيين"),
    ("مليشيات الحوثي", "الحوثيين"), ("وميليشيات الحوثي", "الحوثيين"),
    ("لميليشيا حزب الله", "حزب الله"), ("ميليشيات الحشد الشعبي", "الحشد الشعبي"),
])
def test_a_militia_named_by_its_group_is_the_group(name, group):
    org = orgs.lookup(name)
    assert org is not None and org.name == group and org.type == "armed_group"


@pytest.mark.parametrize("name", [
    "ميليشيات مسلحة", "ميليشيات إيران", "ميليشيات الحرس الثوري", "ميليشيات",
    "الميليشيات المسلحة", "ميليشيات وزارة الداخلية",
])
def test_a_militia_of_no_armed_group_is_none(name):
    assert orgs.lookup(name) is None


def test_the_militia_and_the_group_are_one_actor(tmp_path):
    from khabar.pipeline import Pipeline

    pipe = Pipeline(stages=["text", "entities"], detect_language=False)
    with Store(tmp_path / "m.db") as s:
        for i, t in enumerate(["قصفت ميليشيات الحوثي مواقع في مدينة تعز أمس.",
                               "وقال الحوثيون إنهم سيواصلون القتال في تعز.",
                               "وتواصل ميليشيا الحوثي هجماتها على المدنيين في عدن."]):
            s.put(pipe.analyze(t, url=f"http://x/m{i}", published="2015-08-10", outlet="was"))
        houthis = s.entity("الحوثيين")
        assert houthis is not None and houthis["country"] == "YEM"
        assert s.entity("ميليشيات الحوثي")["id"] == houthis["id"]
        (n,) = s.conn.execute("SELECT count(DISTINCT article_id) FROM entities"
                              " WHERE actor_id = ?", (houthis["id"],)).fetchone()
        assert n == 3

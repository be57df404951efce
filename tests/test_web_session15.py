"""Session 15 (st15): the outlet choice of a stored shared name («الجزيرة», undecided) says
what choosing it lists — every outlet of the name — with that count, and is one choice."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from test_store_support import light_pipeline

from khabar.api import create_app
from khabar.store import Store

BODY = "أعلنت الوزارة افتتاح المشروع الجديد في المدينة بحضور عدد من المسؤولين. " * 3


def _options(html: str) -> list[tuple[str, bool, str]]:
    select = re.search(r'<select name="outlet">(.*?)</select>', html, re.S).group(1)
    return [(v, bool(s), label) for v, s, label in re.findall(
        r'<option value="([^"]*)"\s*(selected)?>([^<]*)</option>', select)]


def test_a_stored_shared_name_is_one_choice_with_what_it_lists(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as s:
        for i, (text, url) in enumerate((
                ("الدوحة - الجزيرة نت\n" + BODY, None),
                ("الرياض - «الجزيرة»:\n" + BODY, None),
                ("قال في تصريح لـ«الجزيرة» إن العمل بدأ. " + BODY, None),
                ("قال مسؤول إن العمل بدأ. " + BODY, None),
                ("خبر من الصحيفة. " + BODY, "http://www.al-jazirah.com/2015/1.htm"))):
            s.put(light_pipeline().analyze(f"{text} {i}", url=url, published="2015-08-10",
                                           outlet="الجزيرة"))
        s.put(light_pipeline().analyze("خبر آخر. " + BODY, url="http://www.okaz.com.sa/1",
                                       published="2015-08-10", outlet="okaz"))
    c = TestClient(create_app(db))
    shared = [o for o in _options(c.get("/articles").text) if o[0] == "الجزيرة"]
    assert len(shared) == 1 and "2 دون تحديد الوسيلة" in shared[0][2]
    listed = c.get("/articles", params={"outlet": "الجزيرة"}).text
    assert shared[0][2].endswith("(5)") and listed.count('href="/articles/') == 5
    chosen = [o for o in _options(listed) if o[1]]
    assert [o[0] for o in chosen] == ["الجزيرة"]  # one choice, not the name twice
    paper = _options(c.get("/articles", params={"outlet": "aljazirah"}).text)
    assert [o[0] for o in paper if o[1]] == ["aljazirah"]
    assert [o for o in paper if o[0] == "okaz"][0][2].endswith("(1)")

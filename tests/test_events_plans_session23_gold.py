"""Session 23 (mod23, issue #6): the p23 blind plan sample (tests/gold/events_audit/p23_blind.tsv, README
p23_README.md) scored over its 38 news-day records analysed as ``khabar analyze`` does. Blind at 81173b8f: modality
25/40, plans (gold future) coded future 1/6, coded future that are plans 1/8; after the session-23 families (read, not
blind) 31/40, 3/6, 3/6. The floors are those figures: a family undone breaks them."""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec
import pytest

from khabar.eval.corpus import shared_dir
from khabar.io.readers import read_records
from khabar.pipeline import Pipeline

AUDIT = Path(__file__).parent / "gold" / "events_audit"
NEWS = shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip"


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict:
    sys.path.insert(0, str(AUDIT))
    from p23_draw import gold_rows, score  # noqa: PLC0415

    gold = AUDIT / "p23_blind.tsv"
    wanted = {row[0] for row in gold_rows(str(gold))}
    pipe = Pipeline()
    run = []
    for rec in read_records(str(NEWS)):
        if rec["id"] in wanted:
            doc = pipe.analyze(rec["text"], id=rec["id"], title=rec.get("title"), published=rec.get("published"),
                               outlet=rec.get("outlet"), url=rec.get("url"))
            run.append(doc)
    path = tmp_path_factory.mktemp("p23") / "run.jsonl"
    path.write_bytes(b"".join(msgspec.json.encode(d) + b"\n" for d in run))
    return score(str(gold), [str(path)])


@pytest.mark.skipif(not NEWS.exists(), reason="shared news sample not available")
def test_p23_modality_floor(scored: dict) -> None:
    c = scored["counts"]
    # (session 24) the shipped filter, trained on the candidates the precision vetoes hide, now drops
    # one judged event, «بتفجير المسجد، وقتل المصلين» (a real attack: the news recall that change costs)
    assert c["n"] == 39 and c.get("missing", 0) == 1
    assert c["modality_ok"] >= 33  # blind 25/40; 31/40 after session 23, 33 after evl24, 32 after the review fix of «المقرر/المرتقبة» (fixc24), 33 again after t25 (d733b6cc): 925@547 «المفاوضات السبت والتي استمرت» asserted — «ستاثاكيس» a PERS name, no future verb


@pytest.mark.skipif(not NEWS.exists(), reason="shared news sample not available")
def test_p23_plans_floor(scored: dict) -> None:
    c = scored["counts"]
    assert c["gold_future"] == 6
    assert c["future_both"] >= 5  # recall: blind 1/6; 3/6 after session 23, 5/6 after session 24
    assert c["coded_future"] - c["future_both"] <= 3  # precision 3/6: blind 1/8 (7 wrong)

"""The actor-code evaluation (khabar.eval.event_codes) on small hand-written gold fixtures."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from khabar.document import Actor, Document
from khabar.eval.event_codes import (
    Tally,
    evaluate,
    gold_code,
    judge,
    matched_mention,
    plover_country,
    plover_sector,
)
from khabar.eval.events import pipeline
from khabar.text.tokenize import tokenize


def _ann(src: list[str], tgt: list[str], smain: object, srole: str, tmain: object, trole: str) -> dict:
    return {"source_actor": src, "verb": ["قتل"], "target_actor": tgt,
            "source_role": {"main": smain, "role": srole} if smain != {} else {},
            "target_role": {"main": tmain, "role": trole} if tmain != {} else {}}


def test_majority_code_needs_two_and_more_than_half() -> None:
    a = _ann(["الجنود"], ["المدنيين"], "USA", "MIL", "IRQ", "CVL")
    b = _ann(["الجنود"], ["المدنيين"], "USA", "MIL", "None", "CVL")
    c = _ann(["المدنيين"], ["الجنود"], "IRQ", "CVL", "USA", "MIL")  # swapped roles
    entry = {"spans": [a, b, c], "source_gold": "", "target_gold": "المدنيين"}
    src = gold_code(entry, "source")
    assert src is not None and (src.main, src.role) == ("USA", "MIL")
    assert set(src.tokens) == {"الجنود"}  # no agreed tokens: the majority annotators' tokens
    assert gold_code(entry, "target") is None  # IRQ, None, USA: no majority
    one = {"spans": [a, dict(a, source_role="UNKNOWN"), dict(a, source_role={})]}
    assert gold_code(one, "source") is None  # a single annotator is no majority


def test_no_code_values_are_skipped() -> None:
    a = _ann(["الشرطة"], ["متظاهرين"], "None", "COP", "None", "CVL")
    b = dict(a, source_role="UNKNOWN")
    c = dict(a, source_role={})
    code = gold_code({"spans": [a, a, b, c]}, "source")
    assert code is not None and code.main == "None" and code.role == "COP"


def test_cameo_to_plover_mapping() -> None:
    assert plover_country("ISR") == {"ISR"}
    assert plover_country("None") == {None}
    assert plover_country("IGO") == {"IGO", "UNO", "EUR"}
    assert plover_country("INT") is None and plover_country("KUR") is None
    assert plover_sector("MED") == "JRN" and plover_sector("HLH") == "MED"
    assert plover_sector("MIL") == "MIL" and plover_sector("None") is None


def _doc(text: str) -> Document:
    return Document(id="t", text=text, tokens=tokenize(text))


def _ref(doc: Document, words: str, country: str | None, sector: str | None) -> Actor:
    start = doc.text.index(words)
    return Actor(start=start, end=start + len(words), text=words, country=country, sector=sector)


def test_judge_matches_the_mention_sharing_most_gold_tokens() -> None:
    doc = _doc("قتل جنود إسرائيليون ثلاثة مدنيين فلسطينيين في غزة")
    mil = _ref(doc, "جنود إسرائيليون", "ISR", "MIL")
    cvl = _ref(doc, "مدنيين فلسطينيين", "PSE", "CVL")
    gold = gold_code({"spans": [_ann(["جنود", "إسرائيليون"], ["مدنيين"], "ISR", "MIL", "PSE", "CVL")] * 2},
                     "target")
    assert gold is not None
    assert matched_mention(doc, [mil, cvl], gold.tokens) is cvl
    t = Tally()
    judge(doc, [mil, cvl], gold, t)
    assert (t.coded, t.matched, t.country_right, t.any_right, t.sector_gold, t.sector_right) == \
        (1, 1, 1, 1, 1, 1)
    wrong = Tally()
    judge(doc, [_ref(doc, "مدنيين فلسطينيين", "ISR", "GOV")], gold, wrong)
    assert (wrong.matched, wrong.country_right, wrong.sector_right) == (1, 0, 0)
    assert wrong.confusion[("PSE", "ISR")] == 1
    none = Tally()
    judge(doc, [mil], gold, none)  # the only mention is not the gold role's
    assert (none.coded, none.matched, none.any_right) == (1, 0, 0)


def test_gold_none_wants_no_country() -> None:
    doc = _doc("أطلق مسلحون النار على الشرطة")
    gold = gold_code({"spans": [_ann(["مسلحون"], ["الشرطة"], "None", "UAF", "None", "COP")] * 3},
                     "source")
    t = Tally()
    judge(doc, [_ref(doc, "مسلحون", None, "UAF")], gold, t)
    assert (t.country_right, t.with_country, t.sector_right) == (1, 0, 1)
    t2 = Tally()
    judge(doc, [_ref(doc, "مسلحون", "IRQ", "UAF")], gold, t2)
    assert t2.country_right == 0


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-sentence gold folder in the shared layout, written here (not the shared file)."""
    root = tmp_path_factory.mktemp("gold")
    base = root / "data" / "events" / "dev"
    base.mkdir(parents=True)
    rows = [
        ("s1", "yes", "قتل جنود أمريكيون ثلاثة مدنيين عراقيين في بغداد."),
        ("s2", "easy no", "قال الوزير إن الحكومة ستدرس الأمر."),
    ]
    with open(base / "assault_gsr.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "accept", "event_type", "id", "label", "reject", "text", "total"])
        for i, (rid, label, text) in enumerate(rows):
            w.writerow([i, 3, "ASSAULT", rid, label, 0, text, 3])
    ann = _ann(["جنود", "أمريكيون"], ["مدنيين", "عراقيين"], "USA", "MIL", "IRQ", "CVL")
    spans = [{"source": "s1", "text": rows[0][2], "spans": [ann, ann, ann], "event_type": "ASSAULT",
              "source_gold": "جنود أمريكيون", "verb_gold": "قتل", "target_gold": "مدنيين عراقيين"}]
    (base / "assault_spans.json").write_text(json.dumps(spans, ensure_ascii=False), "utf-8")
    return root


def test_evaluate_end_to_end_on_a_written_sentence(fixture_root: Path) -> None:
    tallies = evaluate("assault", pipeline(), root=fixture_root)
    act, rec = tallies["actor"], tallies["recipient"]
    assert (act.coded, act.matched, act.country_right, act.sector_right) == (1, 1, 1, 1)
    assert (rec.coded, rec.matched, rec.country_right, rec.sector_right) == (1, 1, 1, 1)

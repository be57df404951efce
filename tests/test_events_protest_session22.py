"""Session 22 (pr22, issue #6): PROTEST recall families from the blind PROTEST set
(tests/gold/events_protest). Written sentences, the rules without the entity stage
(docs/events.md "Detection, session 22 (pr22)").

- A perfect verb of occurrence before a plural or definite protest noun asserts that protest
  («شهدت مدن عراقية مظاهرات», «اندلعت مظاهرات»): such a noun alone is read as a class or an
  earlier protest unless a near time or a number anchors it. Not after a relative pronoun or a
  subordinator, and not when the noun comes first («المظاهرات التي شهدتها المدينة»).
- The accusative verbal noun of purpose («احتجاجا على»، «تنديدا بـ»، «للمطالبة بـ») corroborates a
  gathering verb however long the subject and place phrases between them, up to a sentence stop.

Each test pairs the family's case with the case it must leave alone, so each fails without it.
The gold set's own integrity (hashes, whole-word spans) is checked when the shared data is there.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.event_helpers import check_word_spans, reported, roles, rules_pipe  # noqa: F401

pipe = rules_pipe
GOLD = Path(__file__).resolve().parent / "gold" / "events_protest"


@pytest.mark.parametrize("text, background", [
    ("شهدت عدة مدن عراقية مظاهرات حاشدة ضد الفساد.",
     "وكانت المظاهرات التي شهدتها عدة مدن عراقية حاشدة."),
    ("اندلعت مظاهرات في طهران احتجاجا على نتائج الانتخابات.",
     "وتحدث الوزير عن المدن التي اندلعت مظاهرات فيها احتجاجا على نتائج الانتخابات."),
    ("وشهدت العاصمة التشيكية مظاهرات ضد الحكومة.",
     "وجاء القرار بعد أن شهدت العاصمة التشيكية مظاهرات ضد الحكومة."),
    ("تواصلت المظاهرات في عدة مدن احتجاجا على رفع الأسعار.",
     "تواصلت المفاوضات في عدة مدن رغم المظاهرات احتجاجا على رفع الأسعار."),
])
def test_a_verb_of_occurrence_asserts_its_protest_noun(pipe, text, background):
    assert [e.modality for e in reported(pipe, text, "PROTEST")] == ["asserted"]
    assert reported(pipe, background, "PROTEST") == []


def test_the_occurrence_verb_keeps_the_protest_target(pipe):
    text = "شهدت بغداد مظاهرات ضد الحكومة."
    assert reported(pipe, text, "PROTEST")
    assert roles(pipe, text, "PROTEST")[1] == ["الحكومة"]


@pytest.mark.parametrize("text, apart", [
    ("احتشد عدد من أعضاء النقابات المهنية والاتحادات العمالية والجمعيات الأهلية، في الساحة الرئيسية "
     "وسط المدينة، احتجاجا على غلاء الأسعار.",
     "احتشد عدد من أعضاء النقابات المهنية والاتحادات العمالية والجمعيات الأهلية، في الساحة الرئيسية "
     "وسط المدينة. وقال بيان للنقابات إن ذلك جاء احتجاجا على غلاء الأسعار."),
    ("تجمع عدد من سكان الأحياء الشعبية الواقعة في الضاحية الجنوبية للعاصمة، ظهر أمس، في الساحة "
     "الكبرى تنديدا بانقطاع الكهرباء.",
     "تجمع عدد من سكان الأحياء الشعبية الواقعة في الضاحية الجنوبية للعاصمة، ظهر أمس، في الساحة "
     "الكبرى؛ وكان البيان تنديدا بانقطاع الكهرباء."),
])
def test_a_purpose_noun_far_from_its_gathering_verb(pipe, text, apart):
    assert [e.modality for e in reported(pipe, text, "PROTEST")] == ["asserted"]
    assert reported(pipe, apart, "PROTEST") == []


def _scorer():
    spec = importlib.util.spec_from_file_location("events_protest_score", GOLD / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_blind_protest_set_reads_back_with_word_spans():
    rows = [json.loads(ln) for ln in (GOLD / "labels.jsonl").read_text("utf-8").splitlines() if ln.strip()]
    assert len(rows) == 148 and len({r["id"] for r in rows}) == 148  # part 1: 100, part 2: 48
    assert sorted({r["label"] for r in rows}) == ["no", "unsure", "yes"]
    for r in rows:
        assert "text" not in r
        if r["label"] != "yes":
            assert r["actor"] == [] and r["recipient"] == []
    score = _scorer()
    try:
        texts = {r["id"]: score.text_of(r) for r in rows}
    except FileNotFoundError:
        pytest.skip("shared data not found")
    for r in rows:
        check_word_spans(texts[r["id"]], r["actor"])
        check_word_spans(texts[r["id"]], r["recipient"])

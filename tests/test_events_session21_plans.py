"""A plan that names the year it is planned for is not a past event retold (session 21, lead).

ux21 found the example article's plans («سيغادرون العراق بحلول سبتمبر 2025», «بحلول نهاية 2026»)
flagged ``historical`` — the pages then labelled them «حدث سابق يُستعاد». ``evidence.historical``
reads any explicit year in the trigger's clause; the events stage now keeps the flag for events
whose modality is not future. Events are built by the rule pipeline without the entity stage."""

from __future__ import annotations

from event_helpers import rule_pipeline


def _events(text: str, published: str = "2024-09-06") -> list:
    doc = rule_pipeline().analyze(text, published=published)
    for ev in doc.events:
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    return doc.events


def _by_trigger(events: list, word: str):
    found = [ev for ev in events if ev.trigger.text == word]
    assert found, [ev.trigger.text for ev in events]
    return found[0]


def test_a_plan_with_its_year_is_not_historical() -> None:
    ev = _by_trigger(_events("وقال المسؤولون إن الجنود الأمريكيين سيغادرون العراق بحلول سبتمبر 2025."),
                     "يغادرون")
    assert ev.modality == "future"
    assert ev.historical is False


def test_a_planned_withdrawal_by_the_end_of_a_year_is_not_historical() -> None:
    ev = _by_trigger(_events("وستقوم الولايات المتحدة بسحب قواتها من أربيل بحلول نهاية 2026."), "سحب")
    assert ev.modality == "future"
    assert ev.historical is False


def test_a_past_act_with_its_year_stays_historical() -> None:
    ev = _by_trigger(_events("وانسحبت القوات الأمريكية من العراق عام 2011 بعد سنوات من الحرب."),
                     "انسحبت")
    assert ev.modality == "asserted"
    assert ev.historical is True


def test_the_example_article_flags_none_of_its_plans() -> None:
    from pathlib import Path

    shared = Path(__file__).resolve().parents[1].parent / "shared"
    text = (shared / "examples" / "us-iraq-withdrawal.txt").read_text(encoding="utf-8")
    events = _events(text)
    plans = [ev for ev in events if ev.modality == "future"]
    assert len(plans) >= 3
    assert not any(ev.historical for ev in plans)
    # an asserted talk dated by its own earlier month stays a past event retold
    assert any(ev.historical for ev in events if ev.modality == "asserted")

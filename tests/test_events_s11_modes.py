"""ASSAULT modes, session 11 (modes.tsv): rubber bullets are crowd control, live fire named as
such stays firearms whatever else the sentence holds. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events_of

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    p = Pipeline(["text", "events"])
    next(s for s in p.stages if s.name == "events").model = None
    return p


@pytest.mark.parametrize("text,mode", [
    ("أطلقت الشرطة الرصاص المطاطي على المتظاهرين فأصابت عشرة منهم", "crowd-control"),
    ("أطلقت الشرطة الأعيرة المطاطية على المتظاهرين", "crowd-control"),
    ("أطلقت قوات الأمن الرصاص الحي والرصاص المطاطي على المحتجين فقتلت ثلاثة", "firearms"),
    ("أطلقت قوات الأمن الغاز المسيل للدموع والرصاص الحي على المحتجين فقتلت ثلاثة", "firearms"),
    ("أطلق الجنود الرصاص على المتظاهرين فقتلوا اثنين", "firearms"),
])
def test_bullets_rubber_or_live(rules, text, mode):
    evs = events_of(rules, text, "ASSAULT")
    assert evs and {e.mode for e in evs} == {mode}

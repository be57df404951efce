"""ASSAULT modes, session 11 (modes.tsv): rubber bullets are crowd control, live fire named as
such stays firearms whatever else the sentence holds. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events_of

# the rules-only pipeline of session 10's tests (one definition)
from test_events_s10_ap import rules  # noqa: F401


@pytest.mark.parametrize("text,mode", [
    ("أطلقت الشرطة الرصاص المطاطي على المتظاهرين فأصابت عشرة منهم", "crowd-control"),
    ("أطلقت الشرطة الأعيرة المطاطية على المتظاهرين", "crowd-control"),
    ("أطلقت قوات الأمن الرصاص الحي والرصاص المطاطي على المحتجين فقتلت ثلاثة", "firearms"),
    ("أطلقت قوات الأمن الغاز المسيل للدموع والرصاص الحي على المحتجين فقتلت ثلاثة", "firearms"),
    ("أطلق الجنود الرصاص على المتظاهرين فقتلوا اثنين", "firearms"),
])
def test_bullets_rubber_or_live(rules, text, mode):  # noqa: F811
    evs = events_of(rules, text, "ASSAULT")
    assert evs and {e.mode for e in evs} == {mode}

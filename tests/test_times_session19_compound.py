"""Session 19 (t19): compound durations («3 ساعات و48 دقيقة» → PT3H48M; extract/times/compound.py).
Sentences of our own, with cases to join and cases to leave apart."""

from __future__ import annotations

import pytest
from time_helpers import tag

from khabar.extract.times.compound import BARE_UNITS
from khabar.extract.times.lexicon import lexicon


def values(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v, _ in tag(text, published)]


# --- compound durations --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("احتاج إلى 3 ساعات و48 دقيقة ليتغلب عليه.", "3 ساعات و48 دقيقة", "PT3H48M", None),
    ("استغرقت الرحلة 90 ساعة و30 دقيقة.", "90 ساعة و30 دقيقة", "PT90H30M", None),
    ("يستغرق الحفل قرابة ساعة وعشرين دقيقة.", "قرابة ساعة وعشرين دقيقة", "PT1H20M", "APPROX"),
    ("لطفلة تبلغ من العمر ( سنة و سبعة أشهر ) فقط", "سنة و سبعة أشهر", "P1Y7M", None),
    ("حكم عليه بالسجن 3 سنوات و6 أشهر.", "3 سنوات و6 أشهر", "P3Y6M", None),
])
def test_compound_duration(text, span, value, mod):
    assert tag(text, None) == [(span, "DURATION", value, mod)]


@pytest.mark.parametrize(("text", "expected"), [
    # two amounts of one unit: two expressions (docs/time.md «بين أعمار [19] و[30 عاماً]»)
    ("الشباب بين أعمار 19 و30 عاماً هم الأكثر.", [("19", "P19Y"), ("30 عاماً", "P30Y")]),
    # a smaller unit first: no compound
    ("انتظر 30 دقيقة و3 ساعات أخرى.", [("30 دقيقة", "PT30M"), ("3 ساعات", "PT3H")]),
    # an ago date and a vague amount
    # (no dateline: the ago date at its unit's granularity since session 20, XXXX — it was XXXX-XX-XX)
    ("صدرت قبل 14 عاما وبضعة أشهر.", [("قبل 14 عاما", "XXXX"), ("بضعة أشهر", "PXM")]),
])
def test_no_compound(text, expected):
    assert values(text) == expected


def test_bare_units_are_lexicon_forms():
    assert set(BARE_UNITS) <= set(lexicon().units)

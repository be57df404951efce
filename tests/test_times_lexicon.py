"""The time lexicons cover babel's (CLDR) Arabic month names and load cleanly."""

from __future__ import annotations

import pytest
from babel.dates import get_month_names

from khabar.extract.times.lexicon import lexicon, norm

LOCALES = ["ar", "ar_EG", "ar_SA", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_DZ", "ar_TN", "ar_MA", "ar_MR"]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_babel_month_name_is_in_the_table(locale: str) -> None:
    months = lexicon().months
    for number, name in get_month_names("wide", locale=locale).items():
        assert months.get(norm(name)) == number, (locale, name)


def test_hijri_months_and_weekdays_complete() -> None:
    lex = lexicon()
    assert set(lex.hijri_months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))
    assert set(lex.ordinals.values()) == set(range(1, 32))


def test_ambiguous_names_are_flagged() -> None:
    lex = lexicon()
    assert {norm("آب"), norm("مارس"), norm("ماي")} <= lex.ambiguous_months
    assert {norm("رمضان"), norm("صفر"), norm("رجب")} <= lex.ambiguous_hijri

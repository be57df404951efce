"""A fraction before any scale word is one number («ربع تريليون» = 2.5e11), not the bare scale."""
import pytest
from time_helpers import quantities


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("بلغت الاستثمارات نحو ربع تريليون ريال", "نحو ربع تريليون ريال", 2.5e11),
        ("خصصت ثلث تريليون دولار للمشاريع", "ثلث تريليون دولار", 1e12 / 3),
        ("بقيمة نصف ترليون ريال", "نصف ترليون ريال", 5e11),
        ("قرض بنصف بليون دولار", "نصف بليون دولار", 5e8),
        ("نحو نصف مليار دولار", "نحو نصف مليار دولار", 5e8),
    ],
)
def test_fraction_of_scale(text: str, span: str, value: float) -> None:
    (found,) = quantities(text)
    assert found[0] == span
    assert found[1] == pytest.approx(value)


def test_whole_scale_unchanged() -> None:
    (found,) = quantities("بلغت الاستثمارات تريليون ريال")
    assert found[1] == pytest.approx(1e12)

"""The dev-slice half split used to develop event rules on one half and check the other."""

from khabar.eval.events import half_of


def test_half_split_is_stable_and_balanced() -> None:
    ids = [f"AAW_ARB_2007{i:04d}.00{i % 97}-{i % 13}" for i in range(2000)]
    halves = [half_of(i) for i in ids]
    assert halves == [half_of(i) for i in ids]
    assert set(halves) == {"A", "B"}
    assert 0.4 < halves.count("A") / len(halves) < 0.6

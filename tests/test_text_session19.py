"""Session 19 (txt19): the native_initial list is reproducible by its builder — the package
gazetteer words it reads are pinned (``resources/text/native_sources.txt``), so a gazetteer
edit no longer moves the list until the snapshot is refreshed."""

from __future__ import annotations

from collections import Counter

from quote_helpers import needs_news_day

from khabar.text import build_native
from khabar.text.clitics import native_initial
from khabar.text.normalize import match_form


@needs_news_day
def test_the_builder_writes_the_shipped_list_byte_for_byte(tmp_path):
    out = tmp_path / "native_initial.txt"
    build_native.main(["--output", str(out)])
    assert out.read_bytes() == build_native.OUT.read_bytes()


def test_the_pinned_words_are_normalised_sorted_and_unique():
    lines = [line for line in build_native.SOURCES.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert lines == sorted(set(lines))
    assert all(match_form(w) == w and " " not in w for w in lines)
    assert {"واشنطن", "بغداد", "فرنسا"} <= set(lines)


def test_the_build_does_not_read_the_live_gazetteers(monkeypatch):
    def live(*_a, **_k):
        raise AssertionError("the live gazetteers were read")

    monkeypatch.setattr(build_native, "package_words", live)
    assert build_native.build(counts=Counter(), anergazet=False) == sorted(
        w for w in build_native.pinned_words()
        if len(w) >= 5 and w[0] in "وفبلك" and not w.startswith(("ال", "لل")))


def test_the_rules_on_a_small_input():
    counts = Counter({
        "وزاره": 5, "الوزاره": 9, "زاره": 2,        # takes the article: listed
        "وكاله": 3, "الوكاله": 1, "كاله": 4,         # «كاله» alone outnumbers الوكاله: not by the article
        "بريطانيا": 7,                               # a name of the list: listed
        "وسوريا": 2, "سوريا": 40,                    # و + a name: the rest is more common
        "فيضانات": 3,                                # 3 times, no rest: a stem of its own
        "وقوات": 3, "قوات": 1,                       # the rest occurs: not
        "والده": 9,                                  # «اله» never alone: his father
        "البلاد": 9, "بلاد": 9,                      # «ال» at the start; too short (rest of 3)
    })
    assert build_native.build(package={"بريطانيا", "وسوريا"}, counts=counts, anergazet=False) == [
        "بريطانيا", "فيضانات", "والده", "وزاره"]


def test_a_gazetteer_edit_moves_the_list_only_after_a_refresh(monkeypatch, tmp_path):
    sources = tmp_path / "native_sources.txt"
    build_native.write_sources({"واشنطن"}, sources)
    monkeypatch.setattr(build_native, "SOURCES", sources)
    monkeypatch.setattr(build_native, "package_words", lambda *_a: {"واشنطن", "فيلادلفيا"})
    monkeypatch.setattr(build_native, "corpus_counts", lambda *_a: Counter({"لادلفيا": 0}))
    monkeypatch.setattr(build_native, "_name_words", set)
    out = tmp_path / "out.txt"
    build_native.main(["--output", str(out)])
    assert "فيلادلفيا" not in out.read_text(encoding="utf-8").split("\n")
    build_native.main(["--refresh-sources", "--output", str(out)])
    assert build_native.pinned_words(sources) == {"واشنطن", "فيلادلفيا"}
    assert {"واشنطن", "فيلادلفيا"} <= set(out.read_text(encoding="utf-8").split("\n"))


def test_the_shipped_list_is_the_one_the_splitter_reads():
    assert len(native_initial()) == 3980
    assert {"وزاره", "واشنطن", "بغداد"} <= native_initial()

"""Held-out 24w (session 20, t20): twelve Wojood documents without a dateline, a blind times/quantities set.

The Wojood sample's licence is not stated: the gold keeps offsets and span hashes only (no text), checked at
load against the documents read from ../shared (tests/gold/events_audit/w19_docs.py), whose texts are pinned
here by a hash. The draw left out every document the session-19 events audit read. No score targets: the set
is scored blind (figures in its notes and docs/quality.md).
"""

from __future__ import annotations

import json
import re

import pytest
from time_helpers import script_module

from khabar.eval.corpus import REPO, shared_dir
from khabar.eval.times import SETS, UNDATED_SETS, gold_article, load_gold, span_hash

needs_wojood = pytest.mark.skipif(
    not (shared_dir() / "data" / "ner" / "wojood" / "train.txt").exists(), reason="needs Wojood (../shared)")

# sha1 (first 12 hex digits) of each document's text
DOC_SHA1 = {"train:1010": "50b104220a36", "train:110": "593ce0111b29", "train:130": "5d1580d43db7",
            "train:160": "0a287e322ba1", "train:210": "a1531a54b952", "train:290": "0299a9ae7aa8",
            "train:440": "4308a60171a2", "train:500": "b5e76475ee4d", "train:650": "b8e9ccdacb08",
            "train:740": "af6bd1766f08", "val:10": "b18553151667", "val:150": "91096ddec305"}
GOLD = REPO / "tests" / "gold" / "times"
ARABIC = re.compile(r"[\u0600-\u06ff]")


_module = script_module


def test_registered_as_undated_only():
    assert "heldout24w" in UNDATED_SETS and "heldout24w" not in SETS
    build = _module(GOLD / "build.py", "build")
    assert build.SETS["heldout24w.txt"] == UNDATED_SETS["heldout24w"]


def test_no_text_in_the_repository():
    """Licence not stated: neither the annotation file nor the JSON holds a word of the corpus."""
    assert not ARABIC.search((GOLD / "heldout24w.txt").read_text(encoding="utf-8"))
    for path in UNDATED_SETS["heldout24w"].glob("*.json"):
        g = json.loads(path.read_text(encoding="utf-8"))
        assert g["key"].startswith("wojood:") and g["published"] is None
        for item in g["times"] + g["quantities"]:
            assert "text" not in item and re.fullmatch(r"[0-9a-f]{12}", item["sha1"])


@needs_wojood
def test_documents_are_pinned_and_new():
    for key, sha in DOC_SHA1.items():
        text, published, url = gold_article(f"wojood:{key}")
        assert span_hash(text) == sha and published is None and url is None
    draw = _module(GOLD / "heldout24w" / "draw_wojood.py", "draw_wojood")
    ids = {f"wojood:{k}" for k in DOC_SHA1}
    assert not ids & draw.used_documents(ignore=("heldout24w.txt",))
    assert ids <= draw.used_documents()  # the set itself is excluded from a later draw
    assert "wojood:train:10" in draw.used_documents()  # the events audit's documents are excluded


@needs_wojood
def test_gold_loads_with_texts_filled_in():
    gold = load_gold(UNDATED_SETS["heldout24w"])
    assert {g["key"] for g in gold} == {f"wojood:{k}" for k in DOC_SHA1}
    assert sum(len(g["times"]) for g in gold) == 74 and sum(len(g["quantities"]) for g in gold) == 9
    for g in gold:
        for item in g["times"] + g["quantities"]:
            assert g["text"][item["start"]:item["end"]] == item["text"]


def test_a_wrong_hash_fails_to_load(tmp_path, monkeypatch):
    """The offsets of a text-free gold are checked by the hash: a span moved by one character fails."""
    build = _module(GOLD / "build.py", "build")
    text = "abc 2015 def"
    assert build.locate(text, f"@4-8:{span_hash('2015')}", 1) == (4, 8, "2015")
    with pytest.raises(ValueError):
        build.locate(text, f"@3-8:{span_hash('2015')}", 1)
    with pytest.raises(ValueError):
        build.locate(text, f"@4-8:{span_hash('2016')}", 1)


def test_offsets_form_round_trip(tmp_path, monkeypatch):
    """build.py --offsets turns a context annotation into the offset form; both parse to the same spans."""
    build = _module(GOLD / "build.py", "build")
    src = tmp_path / "ctx.txt"
    src.write_text("# note\n@ k 2020-01-01\n= in 2015 and 2016 then\n"
                   "T in [2015] and | DATE | 2015 | - | gregorian\nT and [2016] then | DATE | 2016 | - | gregorian\n",
                   encoding="utf-8")
    out = build.offsets(src)
    assert "# note" in out and "[" not in out and f"T @3-7:{span_hash('2015')} | DATE | 2015" in out
    dst = tmp_path / "off.txt"
    dst.write_text(out, encoding="utf-8")
    a, b = build.parse(src)["k"], build.parse(dst)["k"]
    assert [(t["start"], t["end"], t["value"]) for t in a["times"]] == \
        [(t["start"], t["end"], t["value"]) for t in b["times"]]

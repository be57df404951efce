"""Session 22 (perf22): output-identical trims.

- ``PhraseIndex._starts_of`` (the first sight of a norm in one of the events stage's ~140
  phrase indices): a norm none of whose clitic readings begins an entry — 96 % of first
  sights over the news day — is settled by one set test of its cached readings
  (``lexicon.bases``) instead of a generator over ``candidates``.
"""

from __future__ import annotations

import importlib

import pytest
from event_helpers import text_tokens

from khabar.extract.events.lexicon import PhraseIndex
from khabar.text.normalize import match_form

lexicon_mod = importlib.import_module("khabar.extract.events.lexicon")


def _old_starts_of(index: PhraseIndex, norm: str) -> tuple:
    """_starts_of as it was at the session's start (no memo)."""
    first = index._first
    return tuple((prefix, first[base]) for prefix, base in lexicon_mod.candidates(norm)
                 if first.get(base))


def _index() -> PhraseIndex:
    index = PhraseIndex()
    for form, payload in [("قتل", "kill"), ("قوات الأمن", "forces"), ("قوات", "troops"),
                          ("أمن", "security"), ("2015 م", "year")]:
        index.add(match_form(form), payload)
    return index


_NORMS = ["وقتل", "قتل", "بالقوات", "قوات", "والامن", "للامن", "امن", "كتاب", "و", "ب", "2015",
          "الذي", "", "وبالامن"]


@pytest.mark.parametrize("norm", _NORMS)
def test_starts_of_answers_as_before(norm):
    index = _index()
    want = _old_starts_of(index, norm)
    assert index._starts_of(norm) == want
    assert index._starts_of(norm) == want  # from the memo


def test_a_norm_that_starts_nothing_is_settled_without_the_readings_walk(monkeypatch):
    index = _index()
    lexicon_mod.bases("كتاب")  # cached, as the stage's match_at leaves it
    calls = []
    real = lexicon_mod.candidates
    monkeypatch.setattr(lexicon_mod, "candidates", lambda norm: calls.append(norm) or real(norm))
    assert index._starts_of("كتاب") == ()
    assert calls == []  # the fast negative: no generator over the readings
    assert index._starts_of("والامن") == _old_starts_of(index, "والامن") != ()
    assert "والامن" in calls  # a norm that does start an entry still reads its readings in order


def test_the_trigger_and_cue_indices_answer_as_before():
    from khabar.extract.events.triggers import TriggerLexicon
    lex = TriggerLexicon()
    indices = [lex.index, lex._all_cues, *lex.cues.values()]
    toks = text_tokens("وقتل جنديان بنيران قوات الأمن في بغداد، وقالت الشرطة إن المسلحين تظاهروا "
                       "واعتقلت السلطات عشرة أشخاص بعد اشتباكات مع المحتجين")
    for index in indices:
        for t in toks:
            index._starts.pop(t.norm, None)
            assert index._starts_of(t.norm) == _old_starts_of(index, t.norm)
    assert any(index._starts_of(t.norm) for index in indices for t in toks)  # some start an entry



# --- events: the sentence's mode from one walk of the type's mode cues -----------------------

def _old_sentence_mode(type_: str, tokens) -> str | None:
    """_sentence_mode as it was at the session's start: one walk per row of modes.tsv."""
    from khabar.extract.events import CROWD_CONTROL_NEXT, _mode_cues
    for t, mode, ix in _mode_cues():
        if t != type_:
            continue
        for found in ix.matches_by_position(tokens):
            if found and mode == "explosives" and all(
                    m.end < len(tokens) and tokens[m.end].norm in CROWD_CONTROL_NEXT for m in found):
                continue
            if found:
                return mode
    return None


_MODE_TEXTS = [
    "أطلقت الشرطة قنابل الغاز المسيل للدموع على المتظاهرين",
    "أطلقت الشرطة قنابل الغاز ثم انفجرت عبوة ناسفة وأطلق مسلحون النار",
    "فجر انتحاري نفسه بحزام ناسف بعد غارة جوية وقصف مدفعي",
    "أضرب العمال عن العمل وقطع المحتجون الطريق وأعلن السجناء الإضراب عن الطعام",
    "قتل جندي برصاص قناص وأصيب آخرون بقذائف الهاون",
    "اجتمع الوزير بنظيره", "",
]


@pytest.mark.parametrize("text", _MODE_TEXTS)
def test_sentence_mode_answers_as_the_row_by_row_walk(text):
    from khabar.extract.events import _mode_cues, _sentence_mode
    toks = text_tokens(text) if text else []
    for type_ in sorted({t for t, _, _ in _mode_cues()}):
        assert _sentence_mode(type_, toks) == _old_sentence_mode(type_, toks), type_


def test_sentence_mode_walks_the_sentence_once(monkeypatch):
    from khabar.extract.events import _sentence_mode
    toks = text_tokens("اجتمع الوزير بنظيره في الرياض")
    calls = []
    real = PhraseIndex.matches_by_position
    monkeypatch.setattr(PhraseIndex, "matches_by_position",
                        lambda self, tokens: calls.append(1) or real(self, tokens))
    assert _sentence_mode("ASSAULT", toks) is None
    assert len(calls) == 1  # was one walk per ASSAULT row of modes.tsv

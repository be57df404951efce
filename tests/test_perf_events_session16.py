"""Session-16 (perf16b) speed paths of the events stage, each checked against the path it
replaces: the phrase index's per-norm memo of first-word readings, the trigger search that keeps
the previous token's matches, one document's trigger searches shared by the stage and the
person-title scan (reused only where the result cannot depend on the named tokens), and the
per-norm country pre-test."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import msgspec
import pytest
from event_helpers import text_pipe

from khabar.document import Token
from khabar.extract.events.actors import (
    _country_words,
    _may_start_country,
    _person_titles,
    actor_lexicon,
)
from khabar.extract.events.lexicon import Match, PhraseIndex, candidates
from khabar.extract.events.triggers import TriggerLexicon, lexicon
from khabar.pipeline import Pipeline

pipe = text_pipe
# (the package exports triggers.lexicon under the submodule's name)
lexicon_mod = importlib.import_module("khabar.extract.events.lexicon")

SENTENCES = (
    "وقال المتحدث إن القوات قتلت 12 مسلحا في هجوم على مقر الجماعة، وطالب بالتحقيق.",
    "أعلنت الجامعة مقتل طالب سعودي في حادث سير قرب الرياض.",
    "طالب الوزير الحكومة بالتحقيق في الحادث.",
    "واستقبل وزير الخارجية السعودي عادل الجبير سفير اليابان في الرياض.",
    "تظاهر آلاف المواطنين في القاهرة للاحتجاج على الفساد، وأطلقت الشرطة قنابل الغاز المسيل للدموع.",
    "وقعت مصر والأردن اتفاقا للتعاون الاقتصادي بعد محادثات بين الرئيسين.",
    "أصيب جنديان أمريكيان بجروح في انفجار عبوة ناسفة بمدينة الموصل.",
    "عبقريته لا تناقش، متى ما أتيت أدخلك ورحب بك كريم.",
    "وأكد رئيس الوزراء العراقي حيدر العبادي أن الحكومة ستواصل دعم قوات الحشد الشعبي.",
)


def _tokens(pipe: Pipeline, text: str) -> list[Token]:
    return pipe.analyze(text).tokens


def _readings_loop(index: PhraseIndex, tokens: Sequence[Token], i: int) -> list[Match]:
    """match_at as it was before the memo: every clitic reading looked up in the index."""
    out: list[Match] = []
    tok = tokens[i]
    if tok.kind not in ("word", "number"):
        return out
    for prefix, base in candidates(tok.norm):
        for rest, payload in index._first.get(base) or ():
            j = i + 1
            ok = True
            for w in rest:
                if j >= len(tokens) or not any(b == w for _, b in candidates(tokens[j].norm)):
                    ok = False
                    break
                j += 1
            if ok:
                out.append(Match(i, j, payload, prefix))
    out.sort(key=lambda m: m.start - m.end)
    return out


def _indices() -> list[PhraseIndex]:
    actors = actor_lexicon()
    lex = lexicon()
    return [lex.index, lex._all_cues, actors.sectors, actors.groups]


def test_memoised_match_at_equals_the_readings_loop(pipe: Pipeline) -> None:
    hits = 0
    for _ in range(2):  # a cold and a warm memo
        for text in SENTENCES:
            toks = _tokens(pipe, text)
            for index in _indices():
                for i in range(len(toks)):
                    got = index.match_at(toks, i)
                    assert got == _readings_loop(index, toks, i), (text, i)
                    hits += bool(got)
    assert hits > 50  # the sentences do reach entries (multi-word ones too)


def test_positions_and_sentence_modes_skip_only_tokens_that_start_nothing(pipe: Pipeline) -> None:
    from khabar.extract.events import CROWD_CONTROL_NEXT, _mode_cues, _sentence_mode

    def modes_loop(type_: str, toks: Sequence[Token]) -> str | None:
        for t, mode, ix in _mode_cues():
            if t != type_:
                continue
            for i in range(len(toks)):
                found = _readings_loop(ix, toks, i)
                if found and mode == "explosives" and all(
                        m.end < len(toks) and toks[m.end].norm in CROWD_CONTROL_NEXT for m in found):
                    continue
                if found:
                    return mode
        return None

    cues = lexicon()._all_cues
    modes = set()
    for _ in range(2):  # a cold and a warm memo
        for text in SENTENCES:
            toks = _tokens(pipe, text)
            want: dict = {}
            for i in range(len(toks)):
                for m in _readings_loop(cues, toks, i):
                    lst = want.setdefault(m.payload, [])
                    if not lst or lst[-1] != i:
                        lst.append(i)
            assert cues.positions(toks) == want
            for type_ in ("ASSAULT", "PROTEST", "COERCE"):
                got = _sentence_mode(type_, toks)
                assert got == modes_loop(type_, toks), (text, type_)
                modes.add(got)
    assert len(modes - {None}) >= 2  # crowd control and another mode are found


def test_an_entry_added_after_a_lookup_is_found(pipe: Pipeline) -> None:
    toks = _tokens(pipe, "وقتل الجندي في الهجوم.")
    index = PhraseIndex()
    index.add_forms({"قتل"}, "kill")
    assert [m.payload for m in index.match_at(toks, 0)] == ["kill"]
    assert index.match_at(toks, 1) == []  # الجندي: no entry yet (remembered as none)
    index.add_forms({"جندي"}, "soldier")
    assert [(m.payload, m.prefix) for m in index.match_at(toks, 1)] == [("soldier", "ال")]
    index.add("جندي في", "soldier in")  # a multi-word entry on a remembered first word
    assert [m.payload for m in index.match_at(toks, 1)] == ["soldier in", "soldier"]


def test_the_memo_is_bounded_and_stays_right(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_mod, "STARTS_MAX", 3)
    index = PhraseIndex.union([lexicon().index])
    toks = _tokens(pipe, SENTENCES[0])
    for i in range(len(toks)):
        assert index.match_at(toks, i) == _readings_loop(index, toks, i)
        assert len(index._starts) <= 3
    assert any(index.match_at(toks, i) for i in range(len(toks)))


def _counted_find(lex: TriggerLexicon, toks: Sequence[Token]) -> tuple[list, list[int]]:
    """find() through the memo-less readings loop, with the token positions it asked about."""
    saved = lex.index

    class Counted:
        def __init__(self) -> None:
            self.asked: list[int] = []
            self._starts: dict = {}  # nothing known: every token is asked about

        def match_at(self, tokens: Sequence[Token], i: int) -> list[Match]:
            self.asked.append(i)
            return _readings_loop(saved, tokens, i)

        def matches_by_position(self, tokens: Sequence[Token]) -> list[list[Match]]:
            return [self.match_at(tokens, i) for i in range(len(tokens))]

    twice = Counted()
    try:
        lex.index = twice  # type: ignore[assignment]
        return lex.find(toks, actor_lexicon().words), twice.asked
    finally:
        lex.index = saved


def test_find_keeps_the_previous_matches_with_the_same_candidates(pipe: Pipeline) -> None:
    lex = lexicon()
    for text in SENTENCES:
        toks = _tokens(pipe, text)
        found, asked = _counted_find(lex, toks)
        assert set(asked) == set(range(len(toks)))  # (other rules ask about some tokens again)
        assert found == lex.find(toks, actor_lexicon().words)
    # the kept matches still decide the verbal-noun test: «مقتل طالب» is no demand
    toks = _tokens(pipe, SENTENCES[1])
    assert not [c for c in lex.find(toks) if c.type == "REQUEST"]
    toks = _tokens(pipe, SENTENCES[2])
    assert [toks[c.start].text for c in lex.find(toks) if c.type == "REQUEST"] == ["طالب"]


def test_the_kept_matches_are_the_previous_tokens(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verbal-noun test (``after_noun``, read by ``_not_a_verb``) sees token i-1's matches."""
    import khabar.extract.events.triggers as triggers_mod

    seen: list[tuple[Sequence[Token], int, bool]] = []
    plain = triggers_mod._not_a_verb

    def recorded(tokens: Sequence[Token], i: int, prefix: str, after_noun: bool) -> bool:
        seen.append((tokens, i, after_noun))
        return plain(tokens, i, prefix, after_noun)

    monkeypatch.setattr(triggers_mod, "_not_a_verb", recorded)
    index = lexicon().index
    for text in (*SENTENCES, "أعلنت الجامعة مقتل طالب سعودي.", "قتل طالب برصاص الشرطة."):
        lexicon().find(_tokens(pipe, text), actor_lexicon().words)
    assert len(seen) > 5 and any(a for _, _, a in seen)
    for toks, i, after_noun in seen:
        assert after_noun == (i > 0 and any(
            p.payload.kind == "n" and not p.prefix.endswith("ال")
            for p in _readings_loop(index, toks, i - 1))), (i, toks[i].text)


def test_find_in_equals_find_cold_and_warm(pipe: Pipeline) -> None:
    lex = lexicon()
    words = actor_lexicon().words
    memo: dict = {}
    for text in SENTENCES:
        toks = _tokens(pipe, text)
        cold = lex.find_in(memo, toks, words)
        warm = lex.find_in(memo, toks, words)
        assert cold == warm == lex.find(toks, words)
        assert warm is not cold  # a fresh list for each caller
    assert len(memo) == len(SENTENCES)


def test_a_result_that_read_the_named_tokens_is_not_reused(pipe: Pipeline) -> None:
    lex = lexicon()
    words = actor_lexicon().words
    toks = _tokens(pipe, SENTENCES[7])  # no party named: the no-party rule reads ``named``
    every = set(range(len(toks)))
    assert lex.find(toks, words) == []
    assert [c.type for c in lex.find(toks, words, every)] == ["CONSULT"]
    memo: dict = {}
    assert lex.find_in(memo, toks, words) == []
    assert [c.type for c in lex.find_in(memo, toks, words, every)] == ["CONSULT"]
    # a result the rule did not read holds for any named tokens
    toks = _tokens(pipe, SENTENCES[2])
    memo = {}
    plain = lex.find_in(memo, toks, words)
    (entry,) = memo.values()
    assert entry[-1] is True
    memo[next(iter(memo))] = (*entry[:4], ["reused"], True)
    assert lex.find_in(memo, toks, words, {1}) == ["reused"]
    assert plain == lex.find(toks, words, {1})


def test_a_memo_entry_of_other_tokens_is_not_reused(pipe: Pipeline) -> None:
    lex = lexicon()
    words = actor_lexicon().words
    toks = _tokens(pipe, SENTENCES[2])
    memo: dict = {}
    lex.find_in(memo, toks, words)
    key, entry = next(iter(memo.items()))
    memo[key] = (*entry[:4], ["stale"], True)
    again = _tokens(pipe, SENTENCES[2])  # same offsets, other token objects (another document)
    assert lex.find_in(memo, again, words) == lex.find(again, words)
    assert lex.find_in(memo, toks, frozenset()) == lex.find(toks, frozenset())  # other words


def _country_expression(norm: str) -> bool:
    words = _country_words()
    bare = norm.replace("ً", "")
    return any(b in words or ("ال" + b) in words for _, b in candidates(norm)) or (
        bare.endswith("ا") and bare[:-1] in words)


def test_country_pretest_equals_its_expression(pipe: Pipeline) -> None:
    norms = {t.norm for text in SENTENCES for t in _tokens(pipe, text)}
    norms |= {"امريكيا", "بريطانيًا", "والسعوديه", "كتاب"}
    assert {n for n in norms if _may_start_country(n)} == {n for n in norms if _country_expression(n)}
    assert _may_start_country("امريكيا") and _may_start_country("السعودي")
    assert not _may_start_country("كتاب")
    toks = _tokens(pipe, SENTENCES[3])
    k = next(i for i, t in enumerate(toks) if t.text == "السعودي")
    assert actor_lexicon().country_at(toks, k)[1:] == ("SAU", "adj")
    assert actor_lexicon().country_at(toks, k - 1) is None


PARAGRAPH = (
    "واستقبل وزير الخارجية السعودي عادل الجبير سفير اليابان في الرياض. "
    "وقال الجبير إن المملكة تدين الهجوم الذي قتل فيه 12 مدنيا. "
    "وطالب الرئيس الأمريكي باراك أوباما بالتحقيق، فيما رحب أوباما بالاتفاق. "
    "ودعا رئيس الوزراء العراقي حيدر العبادي إلى الحوار، وأكد العبادي أن الحكومة ستواصل دعم الحشد."
)


@pytest.fixture(scope="module")
def entity_pipe() -> Pipeline:
    return Pipeline(["text", "entities", "times", "quantities", "quotes", "events"])


def _no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    def plain(self: TriggerLexicon, memo: dict, tokens: Sequence[Token], words: Any = (),
              named: Any = ()) -> list:
        return self.find(tokens, words, named)
    monkeypatch.setattr(TriggerLexicon, "find_in", plain)


def test_person_titles_with_the_memo_equal_without(entity_pipe: Pipeline) -> None:
    doc = entity_pipe.analyze(PARAGRAPH)
    memo: dict = {}
    titled = _person_titles(doc, memo)
    assert titled == _person_titles(doc)
    assert any(s == "GOV" for _, s in titled.values())
    assert memo  # the scan filled the memo


def test_events_with_the_shared_searches_equal_without(entity_pipe: Pipeline,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    enc = msgspec.json.Encoder()
    shared = enc.encode(entity_pipe.analyze(PARAGRAPH).events)
    with monkeypatch.context() as m:
        _no_memo(m)
        alone = enc.encode(entity_pipe.analyze(PARAGRAPH).events)
    assert shared == alone
    assert len(msgspec.json.decode(shared)) >= 3

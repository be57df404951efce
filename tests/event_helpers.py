"""Shared helpers of the event tests: a made-up sentence's events of a type and the roles of
its first one, with every span checked against the original text."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

# The stages of the event tests on written sentences: the rules without the entity stage (so a
# retrained NER model cannot turn them red or green).
RULE_STAGES = ("text", "times", "quantities", "quotes", "events")
# The judged event samples and their draw scripts.
AUDIT = Path(__file__).resolve().parent / "gold" / "events_audit"


@lru_cache(maxsize=1)
def rule_pipeline() -> Pipeline:
    """One pipeline of :data:`RULE_STAGES` per test process."""
    return Pipeline(RULE_STAGES)


def rules_only(stages: tuple[str, ...] = ("text", "events")) -> Pipeline:
    """A pipeline of ``stages`` whose events stage keeps every rule candidate (the learned
    filter off): a retrained filter that drops a test sentence's event cannot turn a role or
    trigger test red (or green)."""
    p = Pipeline(list(stages))
    next(s for s in p.stages if s.name == "events").model = None
    return p


def participants(pipe: Pipeline, text: str, type_: str) -> tuple[list, list]:
    """Actor and recipient entries of the first ``type_`` event (each span must slice the text)."""
    doc = pipe.analyze(text)
    evs = [e for e in doc.events if e.type == type_]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    e = evs[0]
    for a in e.actor + e.recipient:
        assert doc.text[a.start : a.end] == a.text
    return e.actor, e.recipient


def roles(pipe: Pipeline, text: str, type_: str) -> tuple[list[str], list[str]]:
    """Actor and recipient texts of the first ``type_`` event (each span must slice the text)."""
    actor, recipient = participants(pipe, text, type_)
    return [a.text for a in actor], [r.text for r in recipient]


def events_of(pipe: Pipeline, text: str, type_: str | None = None,
              published: str | None = None) -> list:
    """The ``type_`` events of ``text`` (every event without ``type_``; dated ``published`` if
    given); every event's trigger, sentence, actor and recipient spans must slice the text."""
    doc = pipe.analyze(text, published=published) if published else pipe.analyze(text)
    for e in doc.events:
        for sp in [e.trigger, e.sentence, *e.actor, *e.recipient]:
            assert doc.text[sp.start : sp.end] == sp.text
    return [e for e in doc.events if type_ is None or e.type == type_]


def reported(pipe: Pipeline, text: str, type_: str = "ASSAULT") -> list:
    """The asserted, current events of ``type_`` in ``text`` (what detection counts)."""
    return [e for e in events_of(pipe, text, type_) if e.modality == "asserted" and not e.historical]


@lru_cache(maxsize=1)
def _text_stage() -> Pipeline:
    return Pipeline(["text"])


def text_tokens(text: str) -> list:
    """The tokens of ``text`` after the text stage alone (one pipeline per process)."""
    return _text_stage().analyze(text).tokens


def token_at(text: str, word: str) -> tuple[list, int, int]:
    """The tokens of ``text`` (:func:`text_tokens`) and the span of the first token written ``word``."""
    toks = text_tokens(text)
    j = next(i for i, t in enumerate(toks) if t.text == word)
    return toks, j, j + 1


def assault_parties(pipe: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, actor texts, recipient texts) of every ASSAULT event of ``text``, each span
    checked against the text (possibly none)."""
    return [(e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in events_of(pipe, text, "ASSAULT")]


def modalities(pipe: Pipeline, text: str, type_: str, published: str | None = None) -> list[str]:
    """The modality of each ``type_`` event of ``text``; there must be at least one."""
    evs = events_of(pipe, text, type_, published)
    assert evs, text
    return [e.modality for e in evs]


def trigger_modality(pipe: Pipeline, text: str, trigger: str, type_: str | None = None,
                     published: str | None = None) -> str:
    """The modality of the first event whose trigger is ``trigger`` (by its matching form; of
    type ``type_`` if given); there must be one."""
    evs = events_of(pipe, text, published=published)
    found = [e.modality for e in evs if match_form(e.trigger.text) == match_form(trigger)
             and (type_ is None or e.type == type_)]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.type) for e in evs]}"
    return found[0]


# Module fixtures of the event test files (a file takes one as ``pipe = events_pipe``): the rules
# alone (no times), the rules with dates (:data:`RULE_STAGES`), the modality frame with the entity
# and time stages, and the text layer alone.
@pytest.fixture(scope="module")
def events_pipe() -> Pipeline:
    return Pipeline(["text", "events"])


@pytest.fixture(scope="module")
def rules_pipe() -> Pipeline:
    return rule_pipeline()


@pytest.fixture(scope="module")
def frame_pipe() -> Pipeline:
    return Pipeline(["text", "entities", "times", "events"])


@pytest.fixture(scope="module")
def text_pipe() -> Pipeline:
    return Pipeline(["text"])


def gated_types_untouched_by_party_hook(monkeypatch: pytest.MonkeyPatch, paragraph: str,
                                        stages: tuple[str, ...] = RULE_STAGES) -> None:
    """The roles hook of the 14 other types (``complete_parties``) leaves every ASSAULT and
    PROTEST event of ``paragraph`` as it is, while it does change some other event there."""
    import khabar.extract.events as events_mod

    def shown(p: Pipeline) -> list:
        doc = p.analyze(paragraph)
        return [(e.type, e.trigger.start, [a.text for a in e.actor], [r.text for r in e.recipient])
                for e in doc.events]

    with_hook = shown(Pipeline(stages))
    monkeypatch.setattr(events_mod, "complete_parties", lambda toks, cand, ph, a, r: (a, r))
    without = shown(Pipeline(stages))
    gated = {"ASSAULT", "PROTEST"}
    assert [e for e in with_hook if e[0] in gated] == [e for e in without if e[0] in gated]
    assert any(e[0] in gated for e in with_hook)
    assert with_hook != without  # the hook does change the other types here


def placed_doc(text: str, places: dict[str, tuple[str, str | None]], published: str | None = "2015-08-10"):
    """``text`` through the text and times stages, with a hand-built LOC entity on the first
    occurrence of each word of ``places`` (word -> (country, kind); a country has no point): the
    place tests of sessions 22–23 do not depend on the NER stage or the gazetteer."""
    from khabar.document import Entity

    doc = Pipeline(["text", "times"]).analyze(text, published=published)
    ents = []
    for n, (word, (country, kind)) in enumerate(places.items()):
        i = text.index(word)
        point = kind not in ("country", None)
        ents.append(Entity(id=f"e{n}", start=i, end=i + len(word), text=word, label="LOC",
                           entity=f"E{n}", canonical=word, country=country, kind=kind,
                           lat=30.0 if point else None, lon=40.0 if point else None))
    doc.entities = ents
    return doc


def audit_module(name: str):
    """A script of :data:`AUDIT` loaded by name (``"w19_docs"``, ``"a18_draw"``), its folder on
    ``sys.path`` for the neighbours it imports."""
    sys.path.insert(0, str(AUDIT))
    spec = importlib.util.spec_from_file_location(name, AUDIT / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def audit_rows(*names: str) -> list[list[str]]:
    """The tab-separated rows of the judged samples ``names`` (files of :data:`AUDIT`), comments
    and blank lines left out."""
    out = []
    for name in names:
        with open(AUDIT / name, encoding="utf-8") as fh:
            out.extend(ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#"))
    return out


# The second role gold (tests/gold/events_roles, sessions 20–21): its scorer, its files, and a
# check that a role span is a run of whole words.
ROLE_GOLD = Path(__file__).resolve().parent / "gold" / "events_roles"
_WORD = re.compile(r"[^\W_]|[\u064b-\u0652]")  # a letter, digit or Arabic mark


def role_scorer():
    """``tests/gold/events_roles/score.py`` loaded as a module."""
    spec = importlib.util.spec_from_file_location("events_roles_score", ROLE_GOLD / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def role_gold(name: str) -> list[dict]:
    """The rows of the role gold file ``<name>.jsonl`` (``"anercorp"``, ``"news"``, ``"news2"``, ``"news3"``)."""
    lines = (ROLE_GOLD / f"{name}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(ln) for ln in lines if ln.strip()]


NEWS_LABELS = Path(__file__).resolve().parent / "gold" / "events_news" / "labels.jsonl"


def news_role_draw(seed: str, exclude: tuple[str, ...]) -> list[dict]:
    """The role-gold READMEs' draw of a news role set: the news-check ASSAULT "yes" rows by
    (article, start), the first copy of each sentence text whose text none of the ``exclude`` sets
    holds, then ``random.Random(seed).sample(pool, 40)``."""
    import random

    labels = [json.loads(ln) for ln in NEWS_LABELS.read_text("utf-8").splitlines() if ln.strip()]
    seen = {x["sha1"] for name in exclude for x in role_gold(name)}
    pool = []
    for x in sorted((x for x in labels if x["type"] == "ASSAULT" and x["label"] == "yes"),
                    key=lambda x: (x["article"], x["start"])):
        if x["sha1"] not in seen:
            seen.add(x["sha1"])
            pool.append(x)
    return random.Random(seed).sample(pool, 40)


def check_news_role_lines(name: str) -> None:
    """A news role set holds 40 well-formed ASSAULT rows and no text: addresses, a 12-hex hash,
    integer span pairs, a short note, and enough annotated actors and recipients."""
    lines = role_gold(name)
    assert len(lines) == 40
    for x in lines:
        assert set(x) == {"article", "start", "end", "sha1", "type", "actor", "recipient", "note"}, x
        assert re.fullmatch(r"[0-9a-f]{12}", x["sha1"]) and x["type"] == "ASSAULT"
        for role in ("actor", "recipient"):
            assert all(len(sp) == 2 and all(isinstance(i, int) for i in sp) for sp in x[role]), x
        assert len(x["note"]) < 120
    assert sum(bool(x["actor"]) for x in lines) >= 20 and sum(bool(x["recipient"]) for x in lines) >= 35


def check_news_role_draw(name: str, seed: str, earlier: tuple[str, ...]) -> None:
    """A news role set is its README's seeded draw (:func:`news_role_draw` with ``seed``, leaving
    out the ``earlier`` sets): 40 distinct sentences, none of whose texts (hashes) an earlier set holds."""
    key = lambda x: (x["article"], x["start"], x["end"], x["sha1"])  # noqa: E731
    gold = [key(x) for x in role_gold(name)]
    assert len(set(gold)) == 40
    assert set(gold) == {key(x) for x in news_role_draw(seed, earlier)}
    mine = {x["sha1"] for x in role_gold(name)}
    for other in earlier:
        assert not mine & {x["sha1"] for x in role_gold(other)}, other


def check_news_role_spans(name: str, more_than: int) -> None:
    """The actor and recipient spans of a news role set are whole words of the sentences they point
    into (the scorer's ``text_of`` raises when a sentence's hash differs), and there are more than
    ``more_than`` of them. Needs the shared news day."""
    mod = role_scorer()
    n = 0
    for x in role_gold(name):
        text = mod.text_of(name, x)  # raises if the hash differs
        for role in ("actor", "recipient"):
            check_word_spans(text, x[role])
            n += len(x[role])
    assert n > more_than


def check_word_spans(text: str, spans: list[list[int]], opening: str = "", closing: str = "") -> None:
    """Each span is a non-empty run of whole words inside ``text``, the spans in order and apart; a
    span may also open with a character of ``opening`` and close with one of ``closing``."""
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text), (s, e)
        assert _WORD.match(text[s]) or text[s] in opening, text[s:e]
        assert _WORD.match(text[e - 1]) or text[e - 1] in closing, text[s:e]
        assert s == 0 or not _WORD.match(text[s - 1]), text[max(0, s - 5):e]
        assert e == len(text) or not _WORD.match(text[e]), text[s:e + 5]
        last = e

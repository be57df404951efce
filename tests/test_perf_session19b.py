"""Session-19 (perf19b) speed path of the events stage: the person-title scan
(:func:`khabar.extract.events.actors._person_titles`) asks ``ActorLexicon.phrases`` to stop
after the first phrase that starts past the sentence's last person (``entity_tail``). Each
check compares the short list with the whole one: the same phrases as its prefix, no entity
in what is left out, and the same titles for the document."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from event_helpers import frame_pipe

from khabar.document import Document, Entity, Token
from khabar.extract.events import actors as actors_mod
from khabar.extract.events.actors import ActorLexicon, Phrase, _person_titles, actor_lexicon
from khabar.pipeline import Pipeline

pipe = frame_pipe

# persons early in the sentence and actor phrases after them (the tail the scan skips), a
# comma apposition whose title is the phrase right after the last person (it must be kept),
# and a person last in the sentence (nothing to skip)
SENTENCES = (
    "واستقبل وزير الخارجية السعودي عادل الجبير سفير اليابان وقائد الجيش الأردني في الرياض.",
    "وقال عادل الجبير، وزير الخارجية السعودي، إن الحكومة اليمنية والجيش المصري والشرطة العراقية ستواصل التعاون.",
    "وأكد رئيس الوزراء العراقي حيدر العبادي أن الحكومة ستواصل دعم قوات الحشد الشعبي والجيش العراقي.",
    "وأشاد مجلس الوزراء والحكومة اليمنية بالرئيس الأمريكي باراك أوباما.",
)
PARAGRAPH = " ".join(SENTENCES) + " وقال الجبير إن المملكة ترحب بالاتفاق، ورحب أوباما والعبادي بالحوار."


def _sentences(doc: Document) -> list[tuple[list[Token], list[Entity]]]:
    by_sent: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sent.setdefault(t.sentence, []).append(t)
    out = []
    for toks in by_sent.values():
        lo, hi = toks[0].start, toks[-1].end
        out.append((toks, [e for e in doc.entities
                           if e.label == "PERS" and lo <= e.start and e.end <= hi]))
    return out


def _last_entity_token(toks: Sequence[Token], ents: Sequence[Entity]) -> int:
    return max(actors_mod._entities_by_token(toks, ents), default=-1)


def _key(ph: Phrase) -> tuple:
    return (ph.start, ph.end, ph.country, ph.sector, ph.entity, ph.kind, ph.prep)


@pytest.fixture(scope="module")
def doc(pipe: Pipeline) -> Document:
    return pipe.analyze(PARAGRAPH)


def test_entity_tail_is_a_prefix_of_the_whole_list(doc: Document) -> None:
    lex = actor_lexicon()
    cut = 0
    for toks, ents in _sentences(doc):
        whole = lex.phrases(toks, ents)
        short = lex.phrases(toks, ents, entity_tail=True)
        assert [_key(p) for p in short] == [_key(p) for p in whole[:len(short)]]
        # what is left out has no entity, and the list ends right past the last person
        assert all(p.entity is None for p in whole[len(short):])
        if len(short) < len(whole):
            last = _last_entity_token(toks, ents)
            assert short[-1].start > last
            assert all(p.start <= last for p in short[:-1])
            cut += 1
    assert cut >= 3  # the sentences with phrases after their persons were cut


def test_a_person_last_in_the_sentence_keeps_every_phrase(doc: Document) -> None:
    lex = actor_lexicon()
    toks, ents = _sentences(doc)[3]  # «… بالرئيس الأمريكي باراك أوباما.»
    assert ents
    whole = lex.phrases(toks, ents)
    assert [_key(p) for p in lex.phrases(toks, ents, entity_tail=True)] == [_key(p) for p in whole]
    assert len(whole) >= 2 and whole[-1].entity is not None


def test_without_persons_only_the_first_phrase_is_made(doc: Document) -> None:
    lex = actor_lexicon()
    toks, _ = _sentences(doc)[1]
    whole = lex.phrases(toks, [])
    short = lex.phrases(toks, [], entity_tail=True)
    assert len(whole) >= 3
    assert [_key(p) for p in short] == [_key(whole[0])]


def test_the_default_makes_every_phrase(doc: Document) -> None:
    lex = actor_lexicon()
    toks, ents = _sentences(doc)[0]
    whole = lex.phrases(toks, ents)
    assert len(lex.phrases(toks, ents, entity_tail=True)) < len(whole)
    assert whole[-1].start > _last_entity_token(toks, ents) + 1  # phrases well past the person


def test_person_titles_equal_the_whole_scan(doc: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    short = _person_titles(doc)
    assert sum(1 for _, s in short.values() if s == "GOV") >= 2  # الجبير، العبادي titled
    plain = ActorLexicon.phrases

    def whole(self: ActorLexicon, *args, entity_tail: bool = False, **kw) -> list[Phrase]:
        return plain(self, *args, **kw)

    monkeypatch.setattr(ActorLexicon, "phrases", whole)
    assert _person_titles(doc) == short


def test_an_apposed_title_after_the_last_person_is_read(doc: Document) -> None:
    # «عادل الجبير، وزير الخارجية السعودي»: the title is the phrase right after the last
    # person of its sentence — the one phrase past the person the short list keeps
    toks, ents = _sentences(doc)[1]
    lex = actor_lexicon()
    short = lex.phrases(toks, ents, entity_tail=True)
    assert short[-1].kind == "sector" and short[-1].entity is None
    assert short[-1].start > _last_entity_token(toks, ents)
    titles = _person_titles(doc)
    jubeir = {e.entity for e in ents}
    assert any(titles.get(i) == ("SAU", "GOV") for i in jubeir)

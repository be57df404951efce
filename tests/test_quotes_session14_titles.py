"""A speaker named by a title and a name the quote parser does not know as a name («وقال
السيد بيترز»): since session 14 the NER keeps a leading title out of a person (as ANERcorp
does), so the entity stage's person starts after the title. The speaker still links to that
person; a title followed by a country adjective links to no entity. Entities are given by
hand (the NER model's tags cannot turn these red or green)."""

from __future__ import annotations

import pytest

from khabar.document import Document, Entity
from khabar.extract.quotes import QuoteStage
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def stages() -> tuple[Pipeline, QuoteStage]:
    return Pipeline(stages=["text"], detect_language=False), QuoteStage()


def speaker(stages: tuple[Pipeline, QuoteStage], text: str, names: list[tuple[str, str]]):
    pipe, quote_stage = stages
    doc = pipe.run(Document(id="t", text=text))
    ents = []
    for k, (name, label) in enumerate(names, 1):
        start = text.index(name)
        ents.append(Entity(start=start, end=start + len(name), text=name, id=f"m{k}", label=label,
                           entity=f"E{k}", canonical=name))
    doc.entities = ents
    (q,) = quote_stage(doc)
    return q


def test_a_titled_unknown_name_links_to_the_person_after_the_title(stages) -> None:
    q = speaker(stages, "وقال السيد بيترز إن الوضع صعب في المنطقة.", [("بيترز", "PERS")])
    assert q.source.text == "السيد بيترز" and q.speaker_entity == "E1"


def test_two_titles_before_the_name(stages) -> None:
    q = speaker(stages, "وقال السفير الدكتور هولبروك إن الوضع صعب في المنطقة.", [("هولبروك", "PERS")])
    assert q.speaker_entity == "E1"


def test_a_title_and_a_country_adjective_link_to_no_place(stages) -> None:
    # the place covers less than half of the span, all of what follows the title: only a
    # person is looked for there
    q = speaker(stages, "وقال البروفيسور الأمريكي إن الوضع صعب في المنطقة.", [("الأمريكي", "LOC")])
    assert q.source.text == "البروفيسور الأمريكي" and q.speaker_entity is None


def test_an_untitled_span_is_not_cut(stages) -> None:
    # no title first: the half-cover rule alone decides (a short organisation inside a long span)
    q = speaker(stages, "وقال المتحدث باسم وزارة الخارجية الروسية إن الوضع صعب.", [("الروسية", "LOC")])
    assert q.speaker_entity is None

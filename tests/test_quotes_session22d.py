"""Session 22 (q22b): a bare title («وزير الخارجية»، «معالي وزير الخارجية») names the person introduced with
exactly that title, also when honorifics stand between the title and the name («معالي وزير الخارجية الأستاذ
عادل بن أحمد الجبير»), not a nearer holder of the title with a qualifier («معالي وزير الخارجية الألماني فرانك
فالتر شتاينماير»): news day 1119 and 1528 (SPA and al-Weeam, the Jubeir–Steinmeier press conference), where
six statements each and the «معاليه» that goes on from them went to the German minister while the entity
stage linked the title to al-Jubeir; 568 (al-Madina) dropped the lead's «معالي» (docs/quotes.md § 5 "Session 22b"). The sentences are made up."""

from __future__ import annotations

import pytest
import quote_helpers
from quote_helpers import one

from khabar.document import Document, Entity
from khabar.extract.quotes import QuoteStage
from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe

_PRESS = ("أكد معالي وزير الخارجية الأستاذ عادل الجبير أن المملكة حريصة على الاستقرار. وقال الجبير في مؤتمر "
          "صحفي مع معالي وزير الخارجية الألماني فرانك شتاينماير إن الحوار مطلوب. ")


def test_a_bare_title_skips_an_honorific_before_the_name(pipe: Pipeline) -> None:
    q = one(pipe, _PRESS + "ورأى معالي وزير الخارجية أن الاتفاق يحتاج إلى ضمانات.", "ضمانات")
    assert q.speaker == "عادل الجبير"


def test_the_honorific_pronoun_goes_on_with_the_same_minister(pipe: Pipeline) -> None:
    text = _PRESS + "ورأى معالي وزير الخارجية أن الاتفاق يحتاج إلى ضمانات. وشدد معاليه على أهمية أمن اليمن."
    assert one(pipe, text, "أمن اليمن").speaker == "عادل الجبير"


def test_an_honorific_before_the_title_is_no_part_of_the_office(pipe: Pipeline) -> None:
    text = ("أكد وزير الخارجية الأستاذ عادل الجبير أن المملكة حريصة على الاستقرار. وقال الجبير في مؤتمر صحفي مع "
            "معالي وزير الخارجية الألماني فرانك شتاينماير إن الحوار مطلوب. ورأى معالي وزير الخارجية أن الاتفاق "
            "يحتاج إلى ضمانات.")
    assert one(pipe, text, "ضمانات").speaker == "عادل الجبير"


def test_a_doctor_between_title_and_name(pipe: Pipeline) -> None:
    text = ("قال وزير الصحة الدكتور توفيق الربيعة إن الخدمة متاحة. والتقى وزير الصحة المصري أحمد عماد الذي "
            "قال إن التعاون قائم. وأضاف وزير الصحة أن التسجيل يبدأ غدا.")
    assert one(pipe, text, "التسجيل").speaker == "توفيق الربيعة"


def test_a_qualified_title_still_takes_its_own_holder(pipe: Pipeline) -> None:
    text = _PRESS + "وأضاف وزير الخارجية الألماني أن الاتفاق يحتاج إلى ضمانات."
    assert one(pipe, text, "ضمانات").speaker == "فرانك شتاينماير"


# -- a verb after a bare title is no name: «أن الرئيس رحب برغبة …» (news day 106) ------------------
def test_a_verb_after_a_bare_title_is_no_name(pipe: Pipeline) -> None:
    text = ("وذكر المتحدث خالد العمري أن الرئيس رحب برغبة الشركة في زيادة استثماراتها. ولفت الرئيس إلى أن "
            "البلاد تسدد التزاماتها.")
    assert one(pipe, text, "التزاماتها").speaker != "رحب"



# -- speaker_entity names the same person as the speaker (entities given by hand) -------------------
@pytest.fixture(scope="module")
def stages() -> tuple[Pipeline, QuoteStage]:
    return Pipeline(stages=["text"], detect_language=False), QuoteStage()


def _quote(stages, text: str, names: list[tuple[str, str, str]], fragment: str):
    pipe, quote_stage = stages
    doc = pipe.run(Document(id="t", text=text))
    ents = []
    for k, (name, label, entity) in enumerate(names, 1):
        start = text.index(name)
        ents.append(Entity(start=start, end=start + len(name), text=name, id=f"m{k}", label=label,
                           entity=entity, canonical=name))
    doc.entities = ents
    (q,) = [q for q in quote_stage(doc) if fragment in q.content.text]
    return q


def test_a_titled_speaker_named_earlier_links_to_the_person_not_the_place_of_the_title(stages) -> None:
    text = ("وافتتح أمير منطقة عسير الأمير فيصل بن خالد المشروع أمس. وأكد أمير عسير أن تخليد أسمائهم واجب.")
    q = _quote(stages, text, [("عسير", "LOC", "E1"), ("فيصل بن خالد", "PERS", "E2")], "تخليد")
    assert q.speaker == "فيصل بن خالد" and q.speaker_entity == "E2"


def test_the_minister_of_the_exact_title_is_the_entity_too(stages) -> None:
    text = ("أكد معالي وزير الخارجية الأستاذ عادل الجبير أن المملكة حريصة على الاستقرار. وقال الجبير في مؤتمر صحفي "
            "مع معالي وزير الخارجية الألماني فرانك شتاينماير إن الحوار مطلوب. ورأى معالي وزير الخارجية أن "
            "الاتفاق يحتاج إلى ضمانات.")
    q = _quote(stages, text, [("عادل الجبير", "PERS", "E1"), ("فرانك شتاينماير", "PERS", "E2")], "ضمانات")
    assert q.speaker == "عادل الجبير" and q.speaker_entity == "E1"

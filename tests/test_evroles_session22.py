"""Roles of the 14 event types other than ASSAULT/PROTEST, session 22 (evt22; issue #6):
``party_reach`` — the «مع» partner named after the trigger's complement, the visitor and the
visited of an arrival verb before «في زيارة» («زيارة دولة»: no party), and the agent a meeting,
talks or condemnation noun names by its possessive pronoun. Written sentences; the rules
without the entity stage."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import gated_types_untouched_by_party_hook, roles

pipe = event_helpers.rules_pipe


# --- the «مع» partner after the trigger's complement ----------------------------------------------

@pytest.mark.parametrize(("text", "type_", "recipient"), [
    # the deal's own words between the signing and «مع»
    ("وفي سياق آخر وقعت الحكومة الصومالية مسودة اتفاق أمني مع متمردي شمال البلاد.", "SUPPORT",
     "متمردي شمال البلاد"),
    # a place and time adverbial and a comma
    ("وبين خلال اجتماعه في مكتبه اليوم ، مع مدير التعليم بالمنطقة أهمية الاستعداد.", "CONSULT",
     "مدير التعليم"),
    ("وأوضح الوزير خلال اجتماعه في مقر الوزارة أمس ، مع السفير الأمريكي أن العلاقات متينة.",
     "CONSULT", "السفير الأمريكي"),
    # a pledge made in a meeting held with them («عقده مع»)
    ("وتعهد القائد خلال اجتماع موسع عقده مع أمراء الكتائب في المدينة بعدم السماح بالتظاهر.", "AGREE",
     "أمراء الكتائب"),
])
def test_partner_after_the_complement(pipe: Pipeline, text: str, type_: str, recipient: str) -> None:
    assert roles(pipe, text, type_)[1] == [recipient]


def test_no_partner_across_a_list(pipe: Pipeline) -> None:
    # the same reach finds the partner after one comma, but not after a list of two commas (its
    # «مع الوفد الروسي» may belong to the listed topics' clause)
    assert roles(pipe, "وبين خلال اجتماعه في مكتبه اليوم ، مع مدير التعليم بالمنطقة أهمية الاستعداد.",
                 "CONSULT")[1] == ["مدير التعليم"]
    assert roles(pipe, "وتناولت المحادثات الحالية الملف النووي، والأزمة السورية، مع الوفد الروسي.",
                 "CONSULT")[1] == []


# --- the visitor and the visited of an arrival verb -------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("ووصل وزير الخارجية الفرنسي إلى الرياض أمس في زيارة رسمية تستغرق يومين.",
     "وزير الخارجية الفرنسي", "الرياض"),
    # the subject before the verb, commas around the day
    ("وكان الأمين العام للأمم المتحدة وصل، الأحد، إلى بغداد في زيارة تستمر ثلاثة أيام.",
     "الأمين العام للأمم المتحدة", "بغداد"),
])
def test_arrival_visit(pipe: Pipeline, text: str, actor: str, recipient: str) -> None:
    assert roles(pipe, text, "CONSULT") == ([actor], [recipient])


def test_state_visit_is_no_party(pipe: Pipeline) -> None:
    actors, recips = roles(pipe, "ووصل الرئيس الفنزويلي إلى دمشق في زيارة دولة إلى سوريا.", "CONSULT")
    assert actors == ["الرئيس الفنزويلي"]
    assert recips == ["سوريا"]  # the country named after the visit, as before


# --- the agent named by a possessive pronoun ---------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("عقدت اللجنة الوزارية بمقر الأمانة العامة ، اجتماعها الخامس.", "اللجنة الوزارية"),
    ("وكان المبعوث الدولي قد اختتم مباحثاته في عمان أمس.", "المبعوث الدولي"),
    # the body, not the council in its prepositional genitive («بدول مجلس التعاون»)
    ("تعقد لجنة التدريب المشتركة بدول مجلس التعاون يوم غد ,اجتماعها السادس.", "لجنة التدريب"),
    ("وقال الوزير إن الحكومة عقدت في الرياض ، اجتماعها الأول.", "الحكومة"),
])
def test_possessor_of_the_act(pipe: Pipeline, text: str, actor: str) -> None:
    assert roles(pipe, text, "CONSULT")[0] == [actor]


def test_possessor_skips_places_and_disagreeing_heads(pipe: Pipeline) -> None:
    # «في القاهرة» is where the meeting is, not who holds it
    assert roles(pipe, "عقدت الحكومة في القاهرة , اجتماعها الدوري.", "CONSULT")[0] == ["الحكومة"]
    # the feminine «ها» cannot stand for the masculine «الوزير»
    assert roles(pipe, "عقد الوزير في القاهرة , اجتماعها الدوري.", "CONSULT")[0] == []


def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch, pipe: Pipeline) -> None:
    text = "وهاجم مسلحون دورية للجيش. ووصل وزير الخارجية الفرنسي إلى الرياض أمس في زيارة رسمية."
    assert roles(pipe, text, "CONSULT") == (["وزير الخارجية الفرنسي"], ["الرياض"])
    gated_types_untouched_by_party_hook(monkeypatch, text)

"""Sense families of the 14 event types other than ASSAULT/PROTEST, session 24 (evt24; issue #6), from the errors of the
blind sample r24_blind (tests/gold/events_audit/r24_README.md): «ولاتهم» (their rulers) is no accusation, a media outlet's
interview, meeting or investigation is reportage, a visit to one's own kin is private, «أطفال اللجوء» names refugees.
Written sentences (none from a corpus); the rules with every candidate kept (the learned filter off), without the entity
stage."""

from __future__ import annotations

import pytest

from khabar.extract.events import trigger_senses24
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form
from tests import event_helpers

frame_pipe = event_helpers.frame_pipe


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return event_helpers.rules_only(event_helpers.RULE_STAGES)


def _triggers(pipe: Pipeline, text: str, type_: str) -> list[str]:
    return [match_form(e.trigger.text) for e in event_helpers.events_of(pipe, text, type_)]


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("ووقف المواطنون صفا واحدا خلف ولاتهم وعلمائهم في مواجهة الإرهاب.", "ACCUSE", "اتهم"),
    ("أجرت مجلة التايم حوارا مع الباحث السعودي في أستراليا.", "CONSULT", "حوارا"),
    ("وكانت «الوطن» أول صحيفة عربية تلتقيهم داخل المستشفى.", "CONSULT", "تلتقيهم"),
    ("وذكرت الصحيفة أنها أجرت تحقيقا في هذه المسألة.", "ACCUSE", "تحقيقا"),
    ("وذهب الأمير لزيارة أمه في الرياض.", "CONSULT", "زيارة"),
    ("وسافر الشاب إلى القرية لزيارة جده المريض.", "CONSULT", "زيارة"),  # «جده» as written: his grandfather
    ("وتوجه الوزير إلى ألمانيا لزيارة شقيقته خلال الإجازة.", "CONSULT", "زيارة"),
    ("صورة أطفال اللجوء في مخيم للاجئين.", "AID", "اللجوء"),
])
def test_no_act_of_the_type(pipe: Pipeline, text: str, type_: str, trigger: str) -> None:
    # before: each was coded (ACCUSE on «اتهم» inside «ولاتهم», CONSULT, AID)
    assert match_form(trigger) not in _triggers(pipe, text, type_)


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("واتهم الوزير المعارضة بالتحريض على العنف.", "ACCUSE", "اتهم"),
    ("وقالت الصحيفة إن الوزير التقى نظيره الأردني أمس.", "CONSULT", "التقى"),  # «إن»: a new subject
    ("وأضافت الصحيفة أن اللقاء جاء في سياق مبادرة جديدة للسلام.", "CONSULT", "اللقاء"),
    ("وأجرى الرئيس حوارا مع قادة المعارضة في القصر.", "CONSULT", "حوارا"),
    ("وأجرت النيابة العامة تحقيقا في الحادث.", "ACCUSE", "تحقيقا"),
    ("وبدأت زيارة الملك وشقيقه إلى الأردن أمس.", "CONSULT", "زيارة"),  # «وشقيقه»: the king's party
    ("منحت ألمانيا اللجوء لآلاف السوريين.", "AID", "اللجوء"),
])
def test_the_act_stays(pipe: Pipeline, text: str, type_: str, trigger: str) -> None:
    assert match_form(trigger) in _triggers(pipe, text, type_)


def test_the_families_leave_assault_and_protest_alone() -> None:
    tokens = event_helpers.text_tokens("وذكرت الصحيفة أنها قتلت")
    assert not any(trigger_senses24.session24_sense(tokens, len(tokens) - 1, t, match_form("قتل"))
                   for t in ("ASSAULT", "PROTEST"))


# fixc24 (a reviewer's sentences against ce7f9125, each lost its CONSULT): the kin noun is matched as written (ة kept,
# «جدة» the city is no «جده»), «أبي» is the genitive of «أبو» in names; an outlet drops a meeting only as the subject
# of a verb of conducting right before it — a paper that reports the meeting («تفاصيل اللقاء»، «بلقاء») does not;
# «المحرر» is the freed prisoner, no editor.
@pytest.mark.parametrize(("text", "trigger"), [
    ("وعقد لقاء جدة أمس بحضور وزيري الخارجية.", "لقاء"),
    ("وأسفر لقاء جدة بين الطرفين عن اتفاق.", "لقاء"),
    ("وجاءت زيارة أبي ظبي ضمن جولة خليجية.", "زيارة"),
    ("وتحدث الوزير خلال لقاء أبي مازن مع الصحفيين.", "لقاء"),
    ("ونشرت الصحيفة تفاصيل اللقاء الذي جمع الرئيسين في الرياض أمس.", "اللقاء"),
    ("وأفادت الصحيفة بلقاء الرئيسين.", "لقاء"),
    ("وقال الأسير المحرر خلال لقاء مع الرئيس محمود عباس إن الوضع صعب.", "لقاء"),
])
def test_a_city_a_name_or_a_reported_meeting_stays_consult(frame_pipe: Pipeline, text: str, trigger: str) -> None:
    # with the entity stage, as the reviewer ran it (without it «زيارة أبي ظبي» has no party and goes anyway)
    assert match_form(trigger) in _triggers(frame_pipe, text, "CONSULT")


def test_the_kin_and_outlet_rules_unit() -> None:
    def sense(text: str, word: str, lemma: str) -> bool:
        tokens = event_helpers.text_tokens(text)
        i = next(k for k, t in enumerate(tokens) if t.text == word)
        return trigger_senses24.session24_sense(tokens, i, "CONSULT", match_form(lemma))
    assert sense("لقاء جده", "لقاء", "لقاء") and not sense("لقاء جدة", "لقاء", "لقاء")
    assert not sense("زيارة أبي ظبي", "زيارة", "زيارة") and sense("زيارة أبيه", "زيارة", "زيارة")
    assert sense("أجرت قناة الجزيرة لقاء مع الوزير", "لقاء", "لقاء")
    assert sense("وكانت القناة أول من التقاهم", "التقاهم", "التقى")
    assert not sense("وأجرى الرئيس لقاء مع الوزير", "لقاء", "لقاء")
    assert not sense("وبثت القناة تفاصيل اللقاء", "اللقاء", "لقاء")

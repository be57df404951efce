"""Roles of the 14 event types other than ASSAULT/PROTEST, session 20 (evw20; issue #6): the subject
of a governing verb as the actor — the future «س» on a light verb, verbs that take the verbal noun
as their object (``party_governing.GOVERNING``), a meeting, call or visit named in an adverbial of a
verb-first clause (``party_governing.adverbial_subject``) — and the issuer of a statement as the
actor of its act (``party_issuers.statement_issuer``). Written sentences (none from a corpus); the
rules without the entity stage."""

from __future__ import annotations

import pytest

from khabar.extract.events.party_governing import light_form
from khabar.extract.events.party_roles import LIGHT, ORGANISE
from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import gated_types_untouched_by_party_hook, roles, text_tokens

pipe = event_helpers.rules_pipe


# --- the future «س» and the governing verbs -------------------------------------------------------

@pytest.mark.parametrize(("word", "words", "light"), [
    ("وسيجري", LIGHT, True),  # و + س + يجري
    ("ستجري", LIGHT, True),
    ("سنعقد", LIGHT, True),  # the first person: ن → ي
    ("ستقدم", ORGANISE, True),  # ت → ي: يقدم
    ("سيارة", LIGHT, False),  # a noun that starts with سي
    ("ستة", LIGHT, False),
    ("سيطرح", LIGHT, False),  # the future of a verb no list holds
])
def test_light_form(word: str, words: frozenset[str], light: bool) -> None:
    assert light_form(text_tokens(word)[0], words) is light


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("وسيجري الوزير محادثات مع الرئيس السوري.", "AGREE", "الوزير"),
    ("مددت المحكمة العسكرية اعتقال رئيس المجلس التشريعي.", "COERCE", "المحكمة العسكرية"),
    ("وأضافت أنه إذا اختار الرئيس السوداني التعاون فسيجد شريكا.", "COOPERATE", "الرئيس السوداني"),
    ("أن الحكومة ستقدم بالتعاون مع الجامعة العربية مشروعا للأمم المتحدة.", "AGREE", "الحكومة"),
])
def test_the_subject_of_a_governing_verb(pipe: Pipeline, text: str, type_: str, actor: str) -> None:
    assert roles(pipe, text, type_)[0] == [actor]


# --- a meeting, a call or a visit in an adverbial of the clause -----------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("ورحب الوزير خلال اللقاء بالوفد الياباني.", "الوزير"),
    ("وحيال ذلك اكتفى الامين العام للامم المتحدة في اتصال هاتفي مع رئيس الحكومة.",
     "الامين العام للامم المتحدة"),
    ("وصل الملك الى اذربيجان مساء امس في زيارة رسمية.", "الملك"),  # a place and a time between
])
def test_the_subject_of_a_clause_whose_adverbial_names_the_meeting(pipe: Pipeline, text: str,
                                                                   actor: str) -> None:
    assert roles(pipe, text, "CONSULT")[0] == [actor]


@pytest.mark.parametrize("text", [
    # an interview: the newspaper makes the call, the speaker is interviewed
    "ويقول الباحث في اتصال هاتفي أجرته معه الصحيفة إن الأرقام كبيرة.",
    # the party before the adverbial is the partner after «مع», not the subject
    "وقال الوزير مع الرئيس في اجتماع أمس إن الوضع صعب.",
])
def test_no_adverbial_subject(pipe: Pipeline, text: str) -> None:
    actors, _ = roles(pipe, text, "CONSULT")
    assert actors == []


# --- the issuer of a statement ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("بيان صادر عن نقابة المهندسين وذلك استنكارا لاعتقال أعضائها.", "ACCUSE", "نقابة المهندسين"),
    ("بيان صادر عن اتحاد العمال للمطالبة بالإفراج عن المعتقلين.", "REQUEST", "اتحاد العمال"),
    # cut before the addressee after «إلى»
    ("بيان صادر عن جمعية المزارعين إلى وزير الزراعة استنكارا لقرار الوزارة.", "ACCUSE",
     "جمعية المزارعين"),
])
def test_the_issuer_of_a_statement(pipe: Pipeline, text: str, type_: str, actor: str) -> None:
    assert roles(pipe, text, type_)[0] == [actor]


@pytest.mark.parametrize(("text", "type_"), [
    # no document noun before «صادر عن»: a thing issued, not a statement
    ("قرار صادر عن نقابة المهندسين وذلك استنكارا لاعتقال أعضائها.", "ACCUSE"),
    # the act is not right after the issuer: the statement reports another party's act
    ("وأفاد بيان صادر عن مكتب الرئيس أن الحكومة ستواصل التعاون مع الأمم المتحدة.", "AGREE"),
])
def test_no_statement_issuer(pipe: Pipeline, text: str, type_: str) -> None:
    actors, _ = roles(pipe, text, type_)
    assert not any("نقابة" in a or "مكتب" in a for a in actors)


def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    gated_types_untouched_by_party_hook(
        monkeypatch, "وهاجم مسلحون دورية للجيش. ورحب الوزير خلال اللقاء بالوفد الياباني.")


# --- «تدين» read as a noun: its condemner -------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("تدين الحكومة المصرية الهجمات على المستشفيات.", "الحكومة المصرية"),  # VSO: not the accused
    ("وقال الوزير إن الولايات المتحدة تدين محاولات الحوثيين شن هجمات.", "الولايات المتحدة"),  # SVO
])
def test_the_condemner_of_tadin(pipe: Pipeline, text: str, actor: str) -> None:
    actors, recips = roles(pipe, text, "ACCUSE")
    assert actors == [actor] and actor not in recips


@pytest.mark.parametrize(("text", "actor"), [
    ("يدين الاتحاد الأوروبي الهجمات على المستشفيات.", "الاتحاد الأوروبي"),  # the masculine verb, as before
    ("أدانت الحكومة المصرية الهجمات على المستشفيات.", "الحكومة المصرية"),
])
def test_other_condemning_verbs_as_before(pipe: Pipeline, text: str, actor: str) -> None:
    assert roles(pipe, text, "ACCUSE")[0] == [actor]

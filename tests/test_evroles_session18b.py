"""Roles of the 14 event types other than ASSAULT/PROTEST, session 18b (evo18b; issue #6):
``khabar.extract.events.party_sites`` — a run-in dateline, a meeting's site city and a visited
place coded as the actor, a person + country phrase split in two — and two cases of ``party_objects._bare_title``: a listed name inside a
title phrase (no entity stage) and a place or body in a title's genitive (with the entity stage).
Written sentences; the rules without the entity stage unless a test says otherwise."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from khabar.extract.events.actors import Phrase
from khabar.extract.events.party_objects import _bare_title
from khabar.extract.events.party_sites import misplaced, split_joined
from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import gated_types_untouched_by_party_hook, roles

pipe = event_helpers.rules_pipe
texts = event_helpers.text_pipe  # the text layer alone (tokens for the unit tests)
frames = event_helpers.frame_pipe  # with the entity stage


def _tokens(texts: Pipeline, text: str) -> list:
    return list(texts.analyze(text).tokens)


def _verb(start: int, mode: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=start + 1, verbal=True, entry=SimpleNamespace(mode=mode, lemma=""))


# --- (a) a run-in dateline is no party -----------------------------------------------------------

def test_dateline_with_an_agency_credit_is_no_actor(texts: Pipeline) -> None:
    # «واشنطن ( اف ب ) اتهم البيت الابيض أمس …»: the NER joins place and credit into one phrase;
    # the phrase the rules took as the object is the verb's subject
    toks = _tokens(texts, "واشنطن (اف ب) اتهم البيت الابيض أمس الرئيس الأمريكي بانه تجاهل التهديد.")
    dateline = Phrase(0, 5, "USA", kind="entity")
    house = Phrase(6, 8, "USA", "GOV", kind="group")
    assert misplaced(toks, _verb(5), [dateline, house], [dateline], [house]) == ([house], [])
    # the credit right after the place phrase, with a dash
    toks = _tokens(texts, "بيروت - (د ب أ) حذر الرئيس اللبناني من التصعيد.")
    place = Phrase(0, 1, "LBN", kind="country", tags={"capital"})
    assert misplaced(toks, _verb(7), [place], [place], []) == ([], [])


def test_no_dateline_without_a_credit_or_away_from_the_start(texts: Pipeline) -> None:
    toks = _tokens(texts, "واشنطن اتهمت موسكو بالتدخل.")
    place = Phrase(0, 1, "USA", kind="country", tags={"capital"})
    moscow = Phrase(2, 3, "RUS", kind="country", tags={"capital"})
    assert misplaced(toks, _verb(1), [place, moscow], [place], [moscow]) == ([place], [moscow])
    toks = _tokens(texts, "وقال إن واشنطن (اف ب) اتهمت موسكو.")
    place = Phrase(2, 7, "USA", kind="entity")
    assert misplaced(toks, _verb(7), [place], [place], []) == ([place], [])
    # a parenthesis that is no agency credit (الفرنسية, a name's gloss)
    toks = _tokens(texts, "فرنسا (الجمهورية) اتهمت موسكو.")
    place = Phrase(0, 1, "FRA", kind="country", tags={"name"})
    assert misplaced(toks, _verb(4), [place], [place], []) == ([place], [])


def test_dateline_dropped_in_the_pipeline_with_entities(frames: Pipeline) -> None:
    # with the entity stage «واشنطن (اف ب)» is one phrase and was the accuser
    text = "واشنطن (اف ب) اتهم البيت الابيض أمس الرئيس الأمريكي السابق بيل كلينتون بانه تجاهل التهديد."
    actor, recip = roles(frames, text, "ACCUSE")
    assert actor == ["البيت الابيض"]
    assert all("واشنطن" not in r and "البيت" not in r for r in recip)


# --- (b) a city in a meeting noun's genitive is its site ------------------------------------------

def test_meeting_site_city_is_no_actor(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وقالت إن اجتماع بيروت مع رئيس الحكومة كان مثمرا.", "CONSULT")
    assert actor == [] and recip == ["رئيس الحكومة"]
    assert roles(pipe, "وأكد دعم المبادرة التي تبنتها قمة بيروت العربية عام 2002.", "CONSULT")[0] == []
    assert roles(pipe, "ودعت الفصائل المشاركة بحوار القاهرة الى الوحدة.", "CONSULT")[0] == []


def test_a_country_after_talks_stays_the_actor(pipe: Pipeline) -> None:
    # a country (not a capital) in the genitive of talks may be a side of them
    actor, recip = roles(pipe, "وأكدت أن محادثات إيران مع الوكالة مستمرة.", "CONSULT")
    assert actor == ["إيران"] and recip == ["الوكالة"]


# --- (c) the place right after a visit is the visited ---------------------------------------------

def test_visited_place_is_the_recipient(pipe: Pipeline) -> None:
    assert roles(pipe, "ويزوران بيروت ضمن بعثة الأمم المتحدة.", "CONSULT") == ([], ["بيروت"])
    assert roles(pipe, "وكنت في زيارة للمغرب الشهر الماضي.", "CONSULT") == ([], ["للمغرب"])


def test_visitor_before_the_visit_is_kept(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وبدأت زيارة وزير الخارجية إلى موسكو أمس.", "CONSULT")
    assert actor == ["وزير الخارجية"] and recip == ["موسكو"]


def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    gated_types_untouched_by_party_hook(
        monkeypatch, "وقتل مسلحون ثلاثة جنود في بغداد. وأكد دعم المبادرة التي تبنتها قمة بيروت العربية عام 2002.")


# --- (d) a person's name joined to the country after it is two phrases ---------------------------

def test_person_and_country_split_verb_first(pipe: Pipeline, texts: Pipeline) -> None:
    text = "من جهة أخرى، دعا وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة إلى التعاون مع الرئيس السوري."
    assert roles(pipe, text, "REQUEST") == (["وزير الخارجية الروسي سيرغي لافروف"], ["الولايات المتحدة"])
    # the NER's «انان اسرائيل» (one PERS mention): the caller acts, the called country is the recipient
    toks = _tokens(texts, "دعا انان اسرائيل الى رفع الحصار.")
    joined = Phrase(1, 3, "ISR", kind="entity", entity="E1")
    phrases, actors, recips = split_joined(toks, _verb(0), [joined], [joined], [])
    assert [(q.start, q.end) for q in phrases] == [(1, 2), (2, 3)]
    assert [(q.start, q.end, q.country) for q in actors] == [(1, 2, None)]
    assert [(q.start, q.end, q.country, q.kind) for q in recips] == [(2, 3, "ISR", "country")]


def test_no_split_of_a_country_genitive_or_a_body_name(texts: Pipeline) -> None:
    for text, end in (("استقبل سمو أمير منطقة الرياض الوفد.", 5),       # a place head's genitive
                      ("رفض جناحا تابعا لحركة تحرير السودان الاتفاق.", 7),  # a body's name after ل
                      ("التقى ملك الأردن الوفد.", 3),                     # an actor noun (title)
                      ("رفض مجلس الحكم الانتقالي العراق القرار.", 5)):      # after a definite word
        toks = _tokens(texts, text)
        q = Phrase(1, end, kind="entity", entity="E1")
        assert split_joined(toks, _verb(0), [q], [q], []) == ([q], [q], [])


# --- (e) the person unit: a listed name in a title phrase; a place in a title's genitive ----------

def test_listed_name_inside_a_title_phrase_is_no_bare_title(pipe: Pipeline, texts: Pipeline) -> None:
    # without the entity stage the accused was swallowed by the accuser's person unit
    actor, recip = roles(pipe, "اتهم رئيس الوزراء العراقي حيدر العبادي وزير الدفاع بالتقصير.", "ACCUSE")
    assert actor == ["رئيس الوزراء العراقي حيدر العبادي"] and recip == ["وزير الدفاع"]
    toks = _tokens(texts, "رئيس الوزراء العراقي حيدر العبادي")
    assert not _bare_title(toks, Phrase(0, 5, "IRQ", "GOV"))


def test_listed_title_in_the_genitive_stays_a_bare_title(texts: Pipeline) -> None:
    # «سفير خادم الحرمين الشريفين»: the listed body is the title's genitive, no name
    toks = _tokens(texts, "سفير خادم الحرمين الشريفين")
    assert _bare_title(toks, Phrase(0, 4, "SAU", "GOV"))
    toks = _tokens(texts, "رئيس الوزراء العراقي")
    assert _bare_title(toks, Phrase(0, 3, "IRQ", "GOV"))


def test_place_in_a_title_genitive_keeps_the_name_in_the_unit(frames: Pipeline, texts: Pipeline) -> None:
    # with the entity stage the title phrase carries the mosque's entity id; the name after it is
    # the imam himself, not the visited
    text = "زار إمام وخطيب المسجد النبوي الشريف الشيخ صلاح بن محمد البدير مقر قيادة قوة جازان."
    _, recip = roles(frames, text, "CONSULT")
    assert all("البدير" not in r for r in recip)
    text = "استقبل إمام وخطيب المسجد النبوي الشريف الشيخ صلاح البدير وفدا من الجمعية."
    _, recip = roles(frames, text, "CONSULT")
    assert recip and all("البدير" not in r for r in recip)
    toks = _tokens(texts, "إمام وخطيب المسجد النبوي الشريف")
    assert _bare_title(toks, Phrase(0, 5, "SAU", "REL", entity="E1"))


def test_title_with_a_person_entity_is_no_bare_title(texts: Pipeline) -> None:
    toks = _tokens(texts, "وزير الخارجية سامح شكري")
    assert not _bare_title(toks, Phrase(0, 4, "EGY", "GOV", entity="E1"))

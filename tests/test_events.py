"""PLOVER events on the example article, offsets, the events table and the lexicon machinery."""

from pathlib import Path

import pytest

from khabar.extract.events import EventStage
from khabar.extract.events.lexicon import noun_forms, verb_forms
from khabar.extract.events.table import COLUMNS, event_rows
from khabar.io.errors import EmptyText
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

EXAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "us-iraq-withdrawal.txt"


@pytest.fixture(scope="module")
def doc():
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not available")
    return Pipeline().analyze(EXAMPLE.read_text(encoding="utf-8"), published="2024-09-06")


def _find(doc, type_, trigger_word):
    return [e for e in doc.events if e.type == type_ and match_form(trigger_word) in match_form(e.trigger.text)]


def test_every_span_points_into_the_text(doc):
    assert doc.events
    for e in doc.events:
        for sp in [e.trigger, e.sentence, *e.actor, *e.recipient] + ([e.location] if e.location else []):
            assert doc.text[sp.start : sp.end] == sp.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert e.score is not None and -10 <= e.score <= 10


def test_sequenced_and_planned_withdrawals_are_future(doc):
    """«يتبعه سحب القوات … نهاية 2026» and the headline «خطوات الانسحاب» are plans."""
    by_text = {e.trigger.text: e for e in doc.events if e.type == "RETREAT"}
    seq = by_text.get("سحب")
    assert seq is not None and seq.modality == "future"
    assert seq.date is not None and seq.date.value == "2026" and seq.date.source == "text"
    times = {t.id: t for t in doc.times}
    assert times[seq.date.time].mod == "END"  # نهاية 2026
    head = [e for e in doc.events if e.type == "RETREAT" and e.sentence.start == doc.sentences[0].start]
    assert head and all(e.modality == "future" for e in head)


def test_withdrawal_plan_is_future_retreat(doc):
    evs = _find(doc, "RETREAT", "يغادرون")
    assert evs, "سيغادرون not coded"
    ev = evs[0]
    assert ev.mode == "withdraw" and ev.modality == "future"
    assert "USA" in {a.country for a in ev.actor}
    assert ev.date is not None and ev.date.value.startswith("2025")
    # the plan is reported by the newspaper: linked to the quote containing it, once quotes exist
    holders = [q for q in doc.quotes if q.content.start <= ev.trigger.start < q.content.end]
    if holders:
        assert ev.attributed_to in {q.id for q in holders}


def test_agreement_is_agree_between_the_two_states(doc):
    evs = _find(doc, "AGREE", "توصلتا")
    assert evs
    # (session 19b) «الولايات المتحدة والعراق توصلتا»: a dyad of the mutual act (was: co-actors)
    assert [a.country for a in evs[0].actor] == ["USA"]
    assert [r.country for r in evs[0].recipient] == ["IRQ"]


def test_talks_are_consult(doc):
    assert any(e.type == "CONSULT" for e in doc.events)
    assert _find(doc, "CONSULT", "مباحثات") or _find(doc, "CONSULT", "محادثات")


def test_faction_attacks_on_us_forces(doc):
    evs = _find(doc, "ASSAULT", "هجمات")
    assert evs
    ev = evs[0]
    assert ("IRQ", "REB") in {(a.country, a.sector) for a in ev.actor}
    assert ("USA", "MIL") in {(a.country, a.sector) for a in ev.recipient}
    assert ev.modality == "asserted"


def test_retaliatory_us_strikes(doc):
    evs = _find(doc, "ASSAULT", "ضربات")
    assert evs
    assert "USA" in {a.country for a in evs[0].actor}
    assert "IRQ" in {a.country for a in evs[0].recipient}


def test_dates_come_from_text_or_dateline(doc):
    ids = {t.id for t in doc.times}
    for e in doc.events:
        assert e.date is not None  # a dateline exists
        if e.date.source == "text":
            assert e.date.time in ids
        else:
            assert e.date.value == "2024-09-06" and e.date.time is None


def test_events_table(doc):
    rows = event_rows(doc)
    assert len(rows) == len(doc.events)
    for row, ev in zip(rows, doc.events, strict=True):
        assert tuple(row) == COLUMNS
        assert row["type"] == ev.type and row["trigger"] == ev.trigger.text
        assert row["quad"] in {"VC", "MC", "VK", "MK"}
        assert row["event_id"].endswith(":" + ev.id)


def test_no_dateline_no_date():
    doc = Pipeline(["text", "events"]).analyze("اغتال مسلحون مجهولون ضابطا في الشرطة أمس.")
    assert doc.events and doc.events[0].date is None


def test_clitics_stay_outside_the_trigger_and_actor():
    text = "وبانسحاب القوات الأمريكية، تظاهر المئات، وقال إن لقواتها حق الرد."
    doc = Pipeline(["text", "events"]).analyze(text)
    ret = [e for e in doc.events if e.type == "RETREAT"]
    assert ret and ret[0].trigger.text == "انسحاب"
    assert ret[0].actor and ret[0].actor[0].text == "القوات الأمريكية"
    assert (ret[0].actor[0].country, ret[0].actor[0].sector) == ("USA", "MIL")


def test_generated_inflections():
    forms = verb_forms(match_form("استهدف"), match_form("ستهدف"))
    for w in ("استهدفت", "استهدفوا", "يستهدفون", "تستهدف", "استهدفته", "استهدفوها"):
        assert match_form(w) in forms
    nouns = noun_forms(match_form("تظاهرة"))
    for w in ("تظاهرات", "تظاهرتهم", "تظاهرة"):
        assert match_form(w) in nouns


def test_bad_input_is_harmless():
    pipe = Pipeline(["text", "events"])
    for text in ("12345", "hello world", "«»،،."):
        assert pipe.analyze(text).events == []
    for text in ("", "   "):
        with pytest.raises(EmptyText):
            pipe.analyze(text)


# --- detection families (issue 6): a reported attack vs. a wanted, feared, planned or
# discussed one. Written sentences (not from the gold), one per rule family.

def _asserted(text, type_="ASSAULT"):
    """The rule-coded (unfiltered) asserted, current events of ``type_``."""
    doc = Pipeline(["text"]).analyze(text)
    return [e for e in EventStage(model=None)(doc)
            if e.type == type_ and e.modality == "asserted" and not e.historical]


@pytest.mark.parametrize("text", [
    "لا يقبل أحد أن يفجر شخص نفسه في سوق مزدحمة.",  # أن + imperfect: subjunctive
    "تأخذ الحكومة في حساباتها أن يتم قصف المطار بالصواريخ.",  # أن يتم + verbal noun
    "جاء الرجل إلى السوق ليفجر نفسه بين المتسوقين.",  # purpose ل + imperfect
    "ساعد ضباط في التخطيط لهجوم انتحاري على السفارة.",  # cue before the merged هجوم
    "تدرب المسلحون على تنفيذ هجوم انتحاري ضد الوزير.",  # training for an act
    "رفضت الحكومة الكشف عن معلومات حول اغتيال الوزير.",  # topic after حول
    "قتل 50 صحافيا في البلاد منذ الغزو.",  # a toll over a period
    "وخطف عشرات الأجانب منذ الغزو.",
    "نظرت المحكمة أمس في قضية قتل تاجر.",  # قتل after قضية is the verbal noun
    "أجرت كوريا الشمالية أمس تجارب جديدة لإطلاق صواريخ بعيدة المدى.",  # a test launch
    "زار الصحافيون المدينة حيث قتل الزعيم.",  # a حيث clause is background
    "تحدث الجيران أمس عن الانتحاري الذي كان يسكن في الحي.",  # the bomber, not an attack
    "الاغتيالات السياسية أسلوب استخدمته 3 جماعات في المنطقة.",  # a kind of event
    "ما زال الرهينة حيا على الرغم من مقتل زميله أمس في بغداد.",  # concessive: background
    "يخطط قادة عسكريون لشن هجمات جوية على المدينة.",  # infinitival light verb
    "أعلنت الجماعة مسؤوليتها عن الهجوم.",  # a responsibility claim
    "أغلقت الشرطة الشارع بسبب الاشتباه بوجود سيارة مفخخة.",  # a bomb, no attack
    "ما علاقة ارتفاع الأسعار باغتيال الوزير؟",  # a question argues, it does not report
    "أعلنت الوكالة أن كوريا الشمالية فجرت قنبلتها الذرية الأولى.",  # a weapons test
    "قال مسؤولون أمس إن الانتحاريين تدربوا في معسكرات خارج البلاد.",  # the bombers
    "خرج آلاف الطلاب لتندد بالاعتداء على المدرسة.",  # condemned, not reported
    "ناقش الوزراء بخيار الضربات الجوية على المعسكرات.",  # an option
    "شن قائد الجيش هجوما على تصريحات الوزير أمس في بغداد.",  # only words attack a statement
    "وسبق أن اغتيل شقيقه في العاصمة.",  # an earlier act recalled
    "أنكرت الشرطة أنها قتلت المتظاهرين.",  # a denial
    "جرت أمس مراسم تشييع ضحايا التفجير في بغداد.",  # a funeral: the attack is background
    "أطلقت الحكومة أمس في بغداد حملة لمكافحة خطف الأجانب.",  # ل + a cue noun (مكافحة)
    "بدأت أمس في بغداد جلسات لمحاكمة قتلة الصحافي.",  # ل + محاكمة
    "رصد التقرير أمس في بغداد أشكال التعذيب في السجون.",  # kinds of an act
    "واستشهد الكاتب أمس بقول الشاعر في مقاله.",  # استشهد ب = to cite
])
def test_not_a_reported_attack(text):
    assert not _asserted(text), text


@pytest.mark.parametrize("text", [
    "أعلنت الداخلية أمس حظر مظاهرة الطلاب في العاصمة.",  # a ban
    "انتشرت أمس دعوات لمظاهرة حاشدة في العاصمة.",  # a call
    "أغلقت المتاجر أمس في بغداد بسبب المظاهرات.",  # a cause named for another event
])
def test_not_a_reported_protest(text):
    assert not _asserted(text, "PROTEST"), text


@pytest.mark.parametrize("text", [
    "قال مسؤولون إن مسلحين فجروا سيارة مفخخة أمس قرب مركز للشرطة.",
    "قتل خمسة جنود منذ صباح اليوم في هجمات متفرقة.",  # منذ + a time of day: one day's events
    "أكد الجيش أن المسلحين يهاجمون القرى الحدودية كل ليلة.",  # أن + noun: indicative
    "فجر انتحاري نفسه في سوق مزدحمة أمس.",
    "انفجرت سيارة مفخخة أمس في سوق مزدحمة.",
    "وقتل 12 شخصا أمس في هجوم انتحاري على سوق شعبية.",
    "شهدت بغداد أمس أعمال خطف في 3 أحياء.",  # acts reported, not a kind
    "قتل 3 أشخاص أمس جراء انفجار عبوة في بغداد.",  # the casualty verb before جراء reports
    "استشهد شاب برصاص الجنود أمس قرب الحاجز.",  # martyrdom with an attack cue
])
def test_reported_attack_still_found(text):
    assert _asserted(text), text


def test_subjunctive_after_a_plan_stays_future():
    doc = Pipeline(["text", "events"]).analyze("من المقرر أن تنسحب القوات من المدينة غدا.")
    assert {e.modality for e in doc.events if e.type == "RETREAT"} == {"future"}


def test_adverbial_protest_needs_a_protest():
    """«احتجاجا على» qualifies an act; alone (a resignation) it is no demonstration."""
    assert not _asserted("استقال الوزير احتجاجا على القرار.", "PROTEST")
    assert _asserted("تظاهر آلاف الطلاب أمس احتجاجا على رفع الرسوم.", "PROTEST")


def test_retaliation_names_the_earlier_attack_as_background():
    evs = _asserted("شنت الطائرات غارة ردا على الهجوم الصاروخي.")
    assert [e.trigger.text for e in evs] == ["غارة"]


def test_vigil_and_uprising_need_a_protest_cue():
    assert _asserted("نظم مئات العمال أمس وقفة أمام الوزارة للمطالبة بزيادة الرواتب.", "PROTEST")
    assert _asserted("انتفض الأهالي أمس في المدينة احتجاجا على انقطاع الكهرباء.", "PROTEST")
    assert not _asserted("قال الكاتب إن البلاد تحتاج إلى وقفة جادة.", "PROTEST")


def test_tanween_is_no_verb():
    """فجراً (at dawn) is no form of فجّر (detonated): verbs take no tanween."""
    evs = _asserted("اقتحمت قوة إسرائيلية البلدة فجراً، وحاصرت منزل الناشط.")
    assert [e.trigger.text for e in evs] == ["اقتحمت"]


def test_cyber_attack_is_coerce_not_assault():
    doc = Pipeline(["text"]).analyze("شن قراصنة أمس هجمات سيبرانية على مصارف في البلاد.")
    evs = EventStage(model=None)(doc)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "cyber")]

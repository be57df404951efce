"""Session 18 (ux18): a time expression that is part of a name dates no event but the named one.

«اختطافه يأتي ضمن كونه أحد أبرز قادة ثورة 11 فبراير» (news day) dated the abduction
2015-02-11: the revolution's name, not a time of the event
(``khabar.extract.times.named_days``, used by ``khabar.extract.events.dates``).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, rules_only

from khabar.extract.times.named_days import named_by

PUBLISHED = "2015-08-10"


@pytest.fixture(scope="module")
def pipe():
    return rules_only(("text", "times", "events"))


def _dates(pipe, text: str, type_: str) -> list[tuple[str, str]]:
    evs = events_of(pipe, text, type_, published=PUBLISHED)
    assert evs, text
    return [(e.date.value, e.date.source) for e in evs]


@pytest.mark.parametrize("text, type_", [
    # a revolution named by its day, in the genitive of a noun: the dateline dates the abduction
    ("اختطف مسلحون الناشط محمد علي أحد أبرز قادة ثورة 11 فبراير في صنعاء.", "ASSAULT"),
    # a place named by a day, even after «في»: never a date
    ("انفجرت سيارة مفخخة في مدينة 6 أكتوبر غرب القاهرة.", "ASSAULT"),
    # a movement named by a day
    ("قتل شاب من شباب حركة 20 فبراير برصاص الشرطة في الرباط.", "ASSAULT"),
    # a month alone as the name («ثورة يوليو»)
    ("اعتقلت الشرطة عشرة من أنصار ثورة يوليو في القاهرة.", "COERCE"),
    # the victims of an attack named by its day are no date of today's killing
    ("قتل جنديان في هجوم على ضحايا هجمات 11 سبتمبر في نيويورك.", "ASSAULT"),
])
def test_a_name_gives_no_date(pipe, text, type_):
    assert _dates(pipe, text, type_) == [(PUBLISHED, "dateline")]


def test_another_time_of_the_sentence_dates_it(pipe):
    text = "اختطف مسلحون أمس الناشط محمد علي أحد أبرز قادة ثورة 11 فبراير في صنعاء."
    assert _dates(pipe, text, "ASSAULT") == [("2015-08-09", "text")]
    text = "اعتقلت الشرطة عشرة من أنصار الإخوان في مدينة 6 أكتوبر أمس."
    assert _dates(pipe, text, "COERCE") == [("2015-08-09", "text")]


@pytest.mark.parametrize("text, type_, value", [
    # the named event itself: its trigger is the name's head
    ("نفذ تنظيم القاعدة هجمات 11 سبتمبر 2001 على نيويورك.", "ASSAULT", "2001-09-11"),
    # a temporal preposition places the event in the named one's time
    ("قصفت الطائرات الإسرائيلية جنوب لبنان خلال حرب 2006.", "ASSAULT", "2006"),
    ("هاجمت القوات المصرية مواقع إسرائيلية في حرب أكتوبر 1973.", "ASSAULT", "1973-10"),
    # a plain date, no name before it
    ("اختطف مسلحون في 11 فبراير الناشط محمد علي في صنعاء.", "ASSAULT", "2015-02-11"),
])
def test_a_date_that_is_not_only_a_name_still_dates(pipe, text, type_, value):
    assert _dates(pipe, text, type_) == [(value, "text")]


def _named(text: str, time: str, trigger: str) -> bool:
    s = text.index(time)
    return named_by(text, s, s + len(time), text.index(trigger))


def test_named_by_classes():
    text = "كان أحد قادة ثورة 11 فبراير"
    assert _named(text, "11 فبراير", "كان")
    assert _named("وانتقل إلى جامعة 6 أكتوبر", "6 أكتوبر", "انتقل")
    assert _named("شارك أنصار وحركة 20 فبراير", "20 فبراير", "شارك")  # a proclitic on the head
    assert _named("عاد من «ثورة 17 فبراير»", "17 فبراير", "عاد")


def test_named_by_keeps_times_that_are_not_names():
    # a relative time or a weekday after an event's name is a time, not a name
    assert not _named("وقع بنود اتفاق أمس", "أمس", "وقع")
    assert not _named("ناقش بيان الأحد", "الأحد", "ناقش")
    # an ordinary noun before a date («السبت 15 أغسطس», «عام 2015») names nothing
    assert not _named("وصل الوفد الاثنين 10 أغسطس", "10 أغسطس", "وصل")
    assert not _named("تأسست الجامعة الليبية عام 1955", "عام 1955", "تأسست")
    # the trigger is the head, or the word right before it (the name is its subject)
    assert not _named("نفذ هجمات 11 سبتمبر", "11 سبتمبر", "هجمات")
    assert not _named("أطاحت ثورة 25 يناير بمبارك", "25 يناير", "أطاحت")
    # a temporal preposition governs the event's name
    assert not _named("قتل المئات إبان ثورة 25 يناير", "25 يناير", "قتل")
    # no word at all before the time
    assert not _named("11 فبراير يوم", "11 فبراير", "يوم")


def test_a_claim_is_not_due_on_a_name():
    from khabar.corpus.claims import extract_claims
    from khabar.pipeline import Pipeline

    pipe = Pipeline(["text", "times", "quantities", "quotes", "events"])

    def due(text: str) -> list[tuple[str, str]]:
        doc = pipe.analyze(text, published=PUBLISHED)
        assert [e.modality for e in doc.events] == ["future"], text
        return [(c["due"], c["due_text"]) for c in extract_claims(doc)]

    assert due("وقال الوزير إنه سيزور مدينة 6 أكتوبر.") == []  # a city, no due date
    assert due("وقال الوزير إنه سيزور مدينة 6 أكتوبر الأسبوع المقبل.") == [("2015-08-23", "الأسبوع المقبل")]
    assert due("وقال الوزير إنه سيزور القاهرة في 6 أكتوبر.") == [("2015-10-06", "6 أكتوبر")]

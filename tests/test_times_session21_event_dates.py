"""Session 21 (t21): an event's date — a present reference of the trigger's own clause («الذي يزور المنطقة
حالياً», «المفاوضات الجارية الآن») governs it before a farther date of the sentence (the day of another
event: «استقبل … أمس»); it is valued as the dateline and linked to the reference. Counted on the news day
(l20's row 1328 and news 865, 1022, 1055); docs/time.md "Session 21"."""

from __future__ import annotations

import regex

from khabar.document import Sentence, Time
from khabar.extract.events.dates import event_date

MON = "2015-08-10"


def _date(text: str, trigger: str, times: list[tuple[str, str]], published: str | None = MON):
    """event_date for the trigger word in a one-sentence text whose time expressions are ``(span, value)``."""
    ts = []
    for i, (span, value) in enumerate(times, 1):
        s = text.index(span)
        ts.append(Time(id=f"T{i}", start=s, end=s + len(span), text=span, type="DATE", value=value))
    sent = Sentence(start=0, end=len(text), text=text)
    d = event_date(ts, sent, regex.search(rf"(?<!\w){trigger}", text).start(), published)
    return d and (d.value, d.source, next((t.text for t in ts if t.id == d.time), None))


def test_present_visit_after_a_reception_yesterday():
    text = "استقبل الأمير أمس بمكتبه نائب وزير الصحة، والذي يزور المنطقة حالياً يرافقه عدد من منسوبي الوزارة."
    assert _date(text, "يزور", [("أمس", "2015-08-09"), ("حالياً", "PRESENT_REF")]) == (MON, "text", "حالياً")
    assert _date(text, "استقبل", [("أمس", "2015-08-09"), ("حالياً", "PRESENT_REF")]) == ("2015-08-09", "text", "أمس")


def test_present_negotiations_after_a_past_month():
    text = "وقال إن المنح توقفت منذ يونيو الماضي، وأوضح أن المفاوضات الجارية الآن تتعلق بعقود تجارية"
    times = [("يونيو الماضي", "2015-06"), ("الآن", "PRESENT_REF")]
    assert _date(text, "المفاوضات", times) == (MON, "text", "الآن")
    assert _date(text, "توقفت", times) == ("2015-06", "text", "يونيو الماضي")


def test_until_now_keeps_the_date():
    # «حتى الآن» / «منذ … الآن» closes a span, it does not put the event in the present
    text = "أطلقت قوات التحالف منذ ذلك الوقت حتى الآن 6 آلاف ضربة جوية بدأت في أغسطس 2014"
    assert _date(text, "ضربة", [("الآن", "PRESENT_REF"), ("أغسطس 2014", "2014-08")]) == ("2014-08", "text", "أغسطس 2014")


def test_present_of_another_clause_keeps_the_date():
    text = "زار الوزير المصنع أمس، والعمل جار حاليا على توسعته"
    assert _date(text, "زار", [("أمس", "2015-08-09"), ("حاليا", "PRESENT_REF")]) == ("2015-08-09", "text", "أمس")


def test_no_dateline_keeps_the_date():
    text = "استقبل الأمير أمس نائب الوزير الذي يزور المنطقة حاليا في عام 2006"
    assert _date(text, "يزور", [("حاليا", "PRESENT_REF"), ("عام 2006", "2006")], None) == ("2006", "text", "عام 2006")


def test_nearer_date_wins_over_present():
    text = "يزور الوزير المنطقة اليوم الاثنين ويبقى فيها حاليا"
    assert _date(text, "يزور", [("اليوم الاثنين", MON), ("حاليا", "PRESENT_REF")]) == (MON, "text", "اليوم الاثنين")

"""Rule families of the time tagger, one tricky case each (docs/time.md has the rules)."""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.extract.times import TimeStage

STAGE = TimeStage()
FRI = "2024-09-06"  # the example article's dateline, a Friday
MON = "2015-08-10"  # the dev news day, a Monday


def tag(text: str, published: str | None = FRI) -> list[tuple[str, str, str, str | None]]:
    doc = Document(id="t", text=text, published=published)
    return [(t.text, t.type, t.value, t.mod) for t in STAGE(doc)]


CASES = [
    # Gregorian months in every naming system, paired forms, clitics outside the span
    ("سيغادرون العراق بحلول سبتمبر 2025، يتبعه", FRI, [("سبتمبر 2025", "DATE", "2025-09", None)]),
    ("في كانون الثاني 2020 وقع", FRI, [("كانون الثاني 2020", "DATE", "2020-01", None)]),
    ("يوم 14 جويلية 2019 احتفل", FRI, [("يوم 14 جويلية 2019", "DATE", "2019-07-14", None)]),
    ("في شهر أفريل الماضي", FRI, [("شهر أفريل الماضي", "DATE", "2024-04", None)]),
    ("وفي آذار/مارس 2011 اندلعت", FRI, [("آذار/مارس 2011", "DATE", "2011-03", None)]),
    ("في أكتوبر (تشرين الأول) المقبل", MON, [("أكتوبر (تشرين الأول) المقبل", "DATE", "2015-10", None)]),
    ("في يناير (كانون الثاني) 2016", MON, [("يناير (كانون الثاني) 2016", "DATE", "2016-01", None)]),
    ("بحلول سبتمبر أيلول", MON, [("سبتمبر أيلول", "DATE", "2015-09", None)]),
    ("في يونيه ويوليه", FRI, [("يونيه", "DATE", "2024-06", None), ("يوليه", "DATE", "2024-07", None)]),
    ("مارس الضغط على الحكومة", FRI, []),  # مارس = "he practised": needs date context
    ("الأحد 9 أغسطس/ آب قرب", MON, [("الأحد 9 أغسطس/ آب", "DATE", "2015-08-09", None)]),
    ("منذ الخامس من أغسطس الجاري", MON, [("الخامس من أغسطس الجاري", "DATE", "2015-08-05", None)]),
    ("ما بين 23 يوليو و29 أغسطس من كل عام", MON,
     [("23 يوليو", "DATE", "XXXX-07-23", None), ("29 أغسطس", "DATE", "XXXX-08-29", None),
      ("كل عام", "SET", "P1Y", None)]),
    # Hijri
    ("يوم 5 ذو القعدة 1436هـ الموافق 20 أغسطس 2015 م.", MON,
     [("يوم 5 ذو القعدة 1436هـ", "DATE", "2015-08-20", None), ("20 أغسطس 2015 م", "DATE", "2015-08-20", None)]),
    ("منذ (١٤٢٨هـ) والجامعة", MON, [("١٤٢٨هـ", "DATE", "2007", None)]),
    ("بدأ في شهر رمضان الماضي", MON, [("شهر رمضان الماضي", "DATE", "2015-06-18/2015-07-16", None)]),
    ("في ثالث أيام عيد الفطر", MON, [("ثالث أيام عيد الفطر", "DATE", "2015-07-19", None)]),
    ("تنتهي بشهر شعبان من العام المقبل", MON,
     [("شهر شعبان من العام المقبل", "DATE", "2016-05-08/2016-06-05", None)]),
    ("وصفر المباراة انتهت 2-صفر", MON, []),
    ("من الأول من ذي القعدة وحتى الأول من ذي الحجة", MON,
     [("الأول من ذي القعدة", "DATE", "2015-08-16", None), ("الأول من ذي الحجة", "DATE", "2015-09-14", None)]),
    # numeric dates, day first, any digits
    ("صدر في 6/9/2024 القرار", FRI, [("6/9/2024", "DATE", "2024-09-06", None)]),
    ("بتاريخ 2024/9/6 صدر", FRI, [("2024/9/6", "DATE", "2024-09-06", None)]),
    ("بتاريخ ٦-٩-٢٠٢٤ صدر", FRI, [("٦-٩-٢٠٢٤", "DATE", "2024-09-06", None)]),
    # weekdays: past report → most recent (possibly the dateline); future → next
    ("نقلت بلومبرغ عن مسؤولين، الجمعة، قولهم", FRI, [("الجمعة", "DATE", "2024-09-06", None)]),
    ("والثلاثاء الماضي، قال", FRI, [("الثلاثاء الماضي", "DATE", "2024-09-03", None)]),
    ("قال الوزير يوم الأحد إن", FRI, [("يوم الأحد", "DATE", "2024-09-01", None)]),
    ("سيعقد الاجتماع الأحد في بغداد", FRI, [("الأحد", "DATE", "2024-09-08", None)]),
    ("لمواجهة أحد السبت المقبل", MON, [("السبت المقبل", "DATE", "2015-08-15", None)]),
    ("وقال أمس الأحد إن", MON, [("أمس الأحد", "DATE", "2015-08-09", None)]),
    ("اختتم مساء امس السبت المعسكر", MON, [("مساء امس السبت", "TIME", "2015-08-08TEV", None)]),
    ("في صلاة الجمعة", FRI, []),
    ("صلاة ظهر يوم الخميس الماضي", MON, [("ظهر يوم الخميس الماضي", "TIME", "2015-08-06TMI", None)]),
    ("تعقد يوم غد الثلاثاء اجتماعها", MON, [("يوم غد الثلاثاء", "DATE", "2015-08-11", None)]),
    ("موجة حارة يومي الثلاثاء والأربعاء متوقعة", MON,
     [("الثلاثاء", "DATE", "2015-08-11", None), ("الأربعاء", "DATE", "2015-08-12", None)]),
    ("يعمل يوميا عدا أيام الجمعة", MON, [("يوميا", "SET", "P1D", None), ("أيام الجمعة", "SET", "XXXX-WXX-5", None)]),
    ("لا يدعم أيا من الاثنين", MON, []),
    ("وصلت البعثة أمس الأول", MON, [("أمس الأول", "DATE", "2015-08-08", None)]),
    # relative days, weeks, months, years
    ("وصل أول أمس ويغادر غدا أو بعد غد", FRI,
     [("أول أمس", "DATE", "2024-09-04", None), ("غدا", "DATE", "2024-09-07", None),
      ("بعد غد", "DATE", "2024-09-08", None)]),
    ("سيتم الإعلان عنه الأسبوع المقبل", FRI, [("الأسبوع المقبل", "DATE", "2024-W37", None)]),
    ("أعلنت الشركة الأسبوع الماضي أن", MON, [("الأسبوع الماضي", "DATE", "2015-W32", None)]),
    ("خلال هذا الأسبوع وانتهت الشهر الحالي", MON,
     [("هذا الأسبوع", "DATE", "2015-W33", None), ("الشهر الحالي", "DATE", "2015-08", None)]),
    ("على مدار العام الماضي بشأن", FRI, [("العام الماضي", "DATE", "2023", None)]),
    ("قال المدير العام السابق إن", FRI, []),  # العام = general
    ("وصل قبل ثلاثة أيام", FRI, [("قبل ثلاثة أيام", "DATE", "2024-09-03", None)]),
    ("يعود بعد أسبوعين", FRI, [("بعد أسبوعين", "DATE", "2024-W38", None)]),
    ("اختفت قبل أكثر من عام ونصف", MON, [("قبل أكثر من عام ونصف", "DATE", "2014-02", "MORE_THAN")]),
    ("كان مقرراً قبل أسابيع، لكنه", FRI, [("قبل أسابيع", "DATE", "PAST_REF", None)]),
    ("تتم منذ أشهر عبر اللجنة", FRI, [("أشهر", "DATE", "PAST_REF", None)]),
    ("منذ أيام الدراسة", FRI, []),
    ("في أمس الحاجة إليها", FRI, []),
    # parts of periods, quarters, halves, decades, years
    ("سحب القوات المتمركزة في أربيل نهاية 2026.", FRI, [("نهاية 2026", "DATE", "2026", "END")]),
    ("من العراق بنهاية عام 2026، مرجحين", FRI, [("نهاية عام 2026", "DATE", "2026", "END")]),
    ("أن تظل قوة صغيرة بعد عام 2026، بصفة", FRI, [("عام 2026", "DATE", "2026", None)]),
    ("موجود منذ عام 2003 في", FRI, [("عام 2003", "DATE", "2003", None)]),
    ("في الربع الأول من 2025", FRI, [("الربع الأول من 2025", "DATE", "2025-Q1", None)]),
    ("من بداية النصف الثاني من العام", MON, [("بداية النصف الثاني من العام", "DATE", "2015-H2", "START")]),
    ("في مطلع الشهر المقبل", FRI, [("مطلع الشهر المقبل", "DATE", "2024-10", "START")]),
    ("في أواخر أغسطس", MON, [("أواخر أغسطس", "DATE", "2015-08", "END")]),
    ("في بداية التسعينيات", MON, [("بداية التسعينيات", "DATE", "199X", "START")]),
    ("منذ منتصف تسعينيات القرن الماضي", MON, [("منتصف تسعينيات القرن الماضي", "DATE", "199X", "MID")]),
    ("في 17 أيلول/سبتمبر الماضي", MON, [("17 أيلول/سبتمبر الماضي", "DATE", "2014-09-17", None)]),
    ("في الأسبوع الأول من الشهر المقبل", MON, [("الشهر المقبل", "DATE", "2015-09", None)]),
    ("وقع قبل عقد من الزمن", MON, [("قبل عقد", "DATE", "2005", None)]),
    ("خلال عطلة نهاية الأسبوع", MON, [("نهاية الأسبوع", "DATE", "2015-W32-WE", None)]),
    ("وعراق 2024 ليس عراق 2014", FRI, [("2024", "DATE", "2024", None), ("2014", "DATE", "2014", None)]),
    ("بحوالي 2500 جندي في العراق", FRI, []),
    ("مقتل 2000 شخص", MON, []),
    ("قال: \"عراق 2014\" انتهى", FRI, [("2014", "DATE", "2014", None)]),
    # times of day
    ("الساعة الثالثة عصرا", FRI, [("الساعة الثالثة عصرا", "TIME", "2024-09-06T15:00", None)]),
    ("العاشرة صباحا", FRI, [("العاشرة صباحا", "TIME", "2024-09-06T10:00", None)]),
    ("وقع في 10:30 مساء", FRI, [("10:30 مساء", "TIME", "2024-09-06T22:30", None)]),
    ("هطلت عصر اليوم", MON, [("عصر اليوم", "TIME", "2015-08-10TAF", None)]),
    ("عثر عليه فجر الأحد", MON, [("فجر الأحد", "TIME", "2015-08-09TMO", None)]),
    ("سيتوقف ليلا", FRI, [("ليلا", "TIME", "2024-09-06TNI", None)]),
    # durations with approximators, ages, dual forms, word numbers
    ("بعد أكثر من 6 أشهر من المحادثات", FRI, [("أكثر من 6 أشهر", "DURATION", "P6M", "MORE_THAN")]),
    ("استمر نحو عقد", FRI, [("نحو عقد", "DURATION", "P10Y", "APPROX")]),
    ("على مدى قرابة ثلاثة أسابيع", FRI, [("قرابة ثلاثة أسابيع", "DURATION", "P3W", "APPROX")]),
    ("مهلة 48 ساعة", FRI, [("48 ساعة", "DURATION", "PT48H", None)]),
    ("استمر عقدين", FRI, [("عقدين", "DURATION", "P20Y", None)]),
    ("وزارات ومديرين عامين عن المحاصصة", FRI, []),
    ("استمرت المفاوضات عامين", FRI, [("عامين", "DURATION", "P2Y", None)]),
    ("طفلة تبلغ من العمر 6 سنوات", FRI, [("6 سنوات", "DURATION", "P6Y", None)]),
    ("الشاب (٢٣ عاما) انتقل", FRI, [("٢٣ عاما", "DURATION", "P23Y", None)]),
    ("في خمسة أعوام ونصف العام", FRI, [("خمسة أعوام ونصف العام", "DURATION", "P5Y6M", None)]),
    ("خلال العقدين الماضيين", FRI, [("العقدين الماضيين", "DURATION", "P20Y", None)]),
    ("قبل أربع دقائق من النهاية", FRI, [("أربع دقائق", "DURATION", "PT4M", None)]),
    ("خلال آخر 3 سنوات", FRI, [("آخر 3 سنوات", "DURATION", "P3Y", None)]),
    ("منذ خمسة وعشرين عاما", FRI, [("خمسة وعشرين عاما", "DURATION", "P25Y", None)]),
    # sets
    ("يصل يوميا ويزور أسبوعيا", FRI, [("يوميا", "SET", "P1D", None), ("أسبوعيا", "SET", "P1W", None)]),
    ("يتكرر كل عام", FRI, [("كل عام", "SET", "P1Y", None)]),
    ("يعقد مرتين في الأسبوع", FRI, [("مرتين في الأسبوع", "SET", "P1W", None)]),
    ("يزور الأرض كل 133 عاماً", FRI, [("كل 133 عاماً", "SET", "P133Y", None)]),
    # vague references
    ("انتهى مؤخرا وهو حاليا قيد الدراسة وسيصدر قريبا", FRI,
     [("مؤخرا", "DATE", "PAST_REF", None), ("حاليا", "DATE", "PRESENT_REF", None),
      ("قريبا", "DATE", "FUTURE_REF", None)]),
    ("كما حدث في الماضي", FRI, [("الماضي", "DATE", "PAST_REF", None)]),
    ("خلال السنوات المقبلة", FRI, [("السنوات المقبلة", "DATE", "FUTURE_REF", None)]),
    # not times
    ("قالت عين اليوم إن", FRI, []),
    ("وقال لـ\"اليوم\" محافظ", FRI, []),
    ("في اليوم الوطني", FRI, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_rule(text: str, published: str, expected: list) -> None:
    assert tag(text, published) == expected


def test_no_dateline_leaves_relative_values_unresolved() -> None:
    doc = Document(id="t", text="قال أمس إن الاجتماع الأسبوع المقبل في 20 أغسطس 2015", published=None)
    times = STAGE(doc)
    assert [(t.text, t.value, t.anchored) for t in times] == [
        ("أمس", "XXXX-XX-XX", False),
        ("الأسبوع المقبل", "XXXX-WXX", False),
        ("20 أغسطس 2015", "2015-08-20", False),
    ]
    assert times[0].interval is None and times[2].interval is not None


def test_intervals_and_anchoring() -> None:
    doc = Document(id="t", text="الأسبوع المقبل وفي يناير وفي 2014", published=FRI)
    week, jan, year = STAGE(doc)
    assert (week.interval.begin, week.interval.end, week.anchored) == ("2024-09-09", "2024-09-16", True)
    assert (jan.interval.begin, jan.interval.end) == ("2024-01-01", "2024-02-01")
    assert (year.interval.begin, year.interval.end, year.anchored) == ("2014-01-01", "2015-01-01", False)


def test_hijri_calendar_flag_and_diacritics_keep_offsets() -> None:
    text = "في رمضانَ 2015 وبعدَ ثلاثةِ أيامٍ"
    times = STAGE(Document(id="t", text=text, published=MON))
    assert [(t.text, t.calendar) for t in times] == [("رمضانَ 2015", "hijri"), ("بعدَ ثلاثةِ أيامٍ", "gregorian")]
    for t in times:
        assert text[t.start : t.end] == t.text

"""Rule families added after the ninth blind check (docs/time.md, session 6): «أول من أمس»,
a weekday's «المقبل» before its date, «هذا العام 1436هـ», «في + year» before a particle,
an elative after «اليوم», two amounts sharing one unit, negated and feminine verbal
approximators, weeks of a month, millennia, «أخيرا» = finally, price ranges that look like
years; for quantities «بـ + space + number», «الـ1500 طالب», numbers in quotation marks,
dotted thousands on the same line, number-word/noun agreement, verbs after a number."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

TIME_CASES = [
    # «أول من أمس» (the day before yesterday), also with a part of the day
    ("أعلنت أول من أمس السبت بدء", [("أول من أمس السبت", "DATE", "2015-08-08", None)]),
    ("وقع الهجوم مساء أول من أمس في", [("مساء أول من أمس", "TIME", "2015-08-08TEV", None)]),
    # a weekday with «المقبل/الماضي» before the date it names: one span
    ("انطلاقها الأربعاء المقبل 27 شوال 1436هـ الموافق",
     [("الأربعاء المقبل 27 شوال 1436هـ", "DATE", "2015-08-12", None)]),
    ("يبدأ يوم الثلاثاء المقبل 26/10/1436هـ", [("يوم الثلاثاء المقبل 26/10/1436هـ", "DATE", "2015-08-11", None)]),
    # «هذا العام» before a year belongs to it
    ("موسم حج هذا العام 1436هـ .", [("هذا العام 1436هـ", "DATE", "2015", None)]),
    ("للعمرة لهذا العام 1436، خادم", [("هذا العام 1436", "DATE", "2015", None)]),
    # «في + year» before a preposition or particle is a year; before a noun a count
    ("الرئاسية في 2016 وفق استطلاعات", [("2016", "DATE", "2016", None)]),
    # «الأسبق» after a month is the earlier one (in the span); after a title it is "former"
    ("وبنسبة 3 % عن شهر مايو الأسبق", [("شهر مايو الأسبق", "DATE", "2015-05", None)]),
    ("الرئيس الأسبق محمد مرسي", []),
    # أنّ with a preposition and a pronoun after «في + year» is no counted noun
    ("ووصفها الجيش في 2011 بأنها الذراع المسلحة", [("2011", "DATE", "2011", None)]),
    ("الصين في 2015 لم يكن لها", [("2015", "DATE", "2015", None)]),
    ("يعيش في 2000 منزل", []),
    # an elative after «اليوم» with its complement describes a day, it is not today
    ("فيما يعتبر اليوم الأكثر دموية في العاصمة", []),
    ("كان اليوم الأشد حرارة", []),
    ("استقبل اليوم الأمير خالد", [("اليوم", "DATE", "2015-08-10", None)]),
    ("يلتقي اليوم الأهلي مع الهلال", [("اليوم", "DATE", "2015-08-10", None)]),
    # two amounts joined by «و» share the unit of the second: two durations
    ("الشباب بين أعمار 19 و30 عاماً هم", [("19", "DURATION", "P19Y", None), ("30 عاماً", "DURATION", "P30Y", None)]),
    ("المنتهية (اثنا عشر شهراً) جميع", [("اثنا عشر شهراً", "DURATION", "P12M", None)]),
    ("للمرة الاولى منذ احد عشر عاما.", [("احد عشر عاما", "DURATION", "P11Y", None)]),
    # negated / feminine verbal approximators
    ("المنشأة لمدة لا تزيد على 30 يوماً، أو", [("لا تزيد على 30 يوماً", "DURATION", "P30D", "EQUAL_OR_LESS")]),
    ("لمدة لا تتجاوز سنة في", [("لا تتجاوز سنة", "DURATION", "P1Y", "EQUAL_OR_LESS")]),
    ("أعمارهم عن 19 أو تزيد على 65 عاماً -", [("تزيد على 65 عاماً", "DURATION", "P65Y", "MORE_THAN")]),
    # a week of a month: days 1–7, 8–14 …, the last seven days
    ("تبدأ في الأسبوع الأول من سبتمبر المقبل.",
     [("الأسبوع الأول من سبتمبر المقبل", "DATE", "2015-09-01/2015-09-07", None)]),
    ("خلال الأسبوع الأخير من شهر أغسطس. ونفت",
     [("الأسبوع الأخير من شهر أغسطس", "DATE", "2015-08-25/2015-08-31", None)]),
    ("وفي الأسبوع الأخير من رمضان", [("الأسبوع الأخير من رمضان", "DATE", "2015-07-10/2015-07-16", None)]),
    # millennia: with a part or a qualifier; «أهداف الألفية» is no time
    ("مع مطلع الألفية الثالثة تغيرت", [("مطلع الألفية الثالثة", "DATE", "2", "START")]),
    ("في الألفية الجديدة", [("الألفية الجديدة", "DATE", "2", None)]),
    ("تحقيق الأهداف الإنمائية للألفية", []),
    # «أخيرا» after an imperfect verb or a verb of succeeding = finally; after a perfect
    # verb of an event or a verbal noun = recently
    ("سعود الفيصل يترجل أخيرا ليرقد", []),
    ("وقد نجح أخيرا في الوصول", []),
    ("أوباما : النصر أخيراً !هل حان", []),
    ("الندوة التي عقدت أخيرا في الرياض", [("أخيرا", "DATE", "PAST_REF", None)]),
    ("الأعضاء الذين تم تسجيلهم أخيرا، وهو", [("أخيرا", "DATE", "PAST_REF", None)]),
    # «N-M» before a unit or currency is a price range, not two years; a span of years
    # before a verb stays two years
    ("ويبلغ سعر الجهاز 1999-2000 ريال في", []),
    ("الحرب الأولى 1914-1918 غيرت العالم", [("1914", "DATE", "1914", None), ("1918", "DATE", "1918", None)]),
    # a month later than the dateline's told with a past-tense cue in its clause is last year's
    ("بعد أن استولوا على الرضمة في سبتمبر أيلول فيما", [("سبتمبر أيلول", "DATE", "2014-09", None)]),
    ("قد يرفع أسعار الفائدة في أيلول (سبتمبر)، الأمر", [("أيلول (سبتمبر)", "DATE", "2015-09", None)]),
    # «قبل/بعد + amount + من/على + an event noun with a pronoun» is a duration (normalised
    # «على» is «علي»); a bare ـه may be a taa marbuta: «من ولاية» is a place
    ("وقبل شهر من وفاته غرد", [("شهر", "DURATION", "P1M", None)]),
    ("بعد يومين على رحيلها عاد", [("يومين", "DURATION", "P2D", None)]),
    ("قبل أربع دقائق على النهاية", [("أربع دقائق", "DURATION", "PT4M", None)]),
    # (session 7: «على الأقل» after the amount sets the mod, as an approximator before it would)
    ("قبل سبعة أيام على الأقل من موعد الاقتراع", [("سبعة أيام", "DURATION", "P7D", "EQUAL_OR_MORE")]),
    ("وصل قبل سبعة أيام على الأقل", [("قبل سبعة أيام", "DATE", "2015-08-03", "EQUAL_OR_MORE")]),
    ("انتقل قبل أقل من نصف عام من ولاية اريغون", [("قبل أقل من نصف عام", "DATE", "2015-02", "LESS_THAN")]),
    # a dateline's full date glued to the city before it
    (" الدمام25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
     [("25 شوال 1436 هـ", "DATE", "2015-08-10", None), ("10 أغسطس 2015 م", "DATE", "2015-08-10", None)]),
    ("في 14 و17 أغسطس.", [("14", "DATE", "2015-08-14", None), ("17 أغسطس", "DATE", "2015-08-17", None)]),
    # clock times with seconds; a clock hour 1–12 right before a part-of-day adverb (no day
    # after it); bracketed amounts of time; «قبل» glued to the digits
    ("في تمام الساعة (09:28:54) بتاريخ", [("09:28:54", "TIME", "2015-08-10T09:28:54", None)]),
    # (session 11: the bare hour beside it is a clock time too, in the half of the day before it)
    ("من السادسة إلى 11 مساءً بين", [("السادسة", "TIME", "2015-08-10T18:00", None),
                                     ("11 مساءً", "TIME", "2015-08-10T23:00", None)]),
    ("بدأ البحث 5 فجرا حتى", [("5 فجرا", "TIME", "2015-08-10T05:00", None)]),
    ("قتل 5 مساء أمس في الهجوم", [("مساء أمس", "TIME", "2015-08-09TEV", None)]),
    ("ولمدة (21) يوماً وبمعدل", [("(21) يوماً", "DURATION", "P21D", None)]),
    ("سعودي الجنسية ( 33 ) سنه عاطل", [("( 33 ) سنه", "DURATION", "P33Y", None)]),
    ("في المملكة قبل43 عاماً لهدف", [("قبل43 عاماً", "DATE", "1972", None)]),
    # a Hijri year before 1300 with its classifier and era; verbal nouns of derived forms
    # after «من» are events («بعد 40 عاما من تأسيس …» is a duration)
    ("يعود إنشاؤه إلى عام 1295هـ، وهو", [("عام 1295هـ", "DATE", "1878", None)]),
    ("أنه بعد أكثر من 40 عاما من تأسيس الوكالة", [("أكثر من 40 عاما", "DURATION", "P40Y", "MORE_THAN")]),
    ("في خطاب التتويج بعد يومين من إعلان وفاة", [("يومين", "DURATION", "P2D", None)]),
    # «لـ(اليوم)»: told the newspaper
    ("وأكدت مصادر ميدانية لـ(اليوم) ان المقاومة", []),
    ("مساء اليوم (الاثنين) في", [("مساء اليوم (الاثنين)", "TIME", "2015-08-10TEV", None)]),
    # «وفي» before an ambiguous Hijri month or a vague phrase counts as «في»
    ("وفي رمضان قال", [("رمضان", "DATE", "2015-06-18/2015-07-16", None)]),
    ("وفي وقت سابق، دعا", [("وقت سابق", "DATE", "PAST_REF", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CASES, ids=[c[0][:30] for c in TIME_CASES])
def test_time_family(text: str, expected: list) -> None:
    assert tag(text) == expected


QUANTITY_CASES = [
    # «بـ + space + number» is the preposition, «ص.ب» a post box
    ("سجلت العدد الأعلى بـ 26 في المائة", [("26 في المائة", 26, None)]),
    ("للتواصل ص.ب 1234 الرياض", []),
    # «الـN» of 100 or more with its counted noun counts; a definite numeral after a
    # definite noun names («الذكرى الـ100»)
    ("لاستيعاب الـ1500 طالب في ثوان", [("الـ1500 طالب", 1500, None)]),
    ("الذكرى الـ100 لتأسيس المملكة", []),
    # a number alone in quotation marks keeps them when a counted noun follows
    ("الوئام: «250» ممثلاً وفنياً", [("«250» ممثلاً", 250, None)]),
    ("حسب المادة «١» تطبيق قوانين", []),
    ("مباريات دور الـ «32» من كأس", [("32", 32, None)]),
    # dotted thousands: a bare number on the same line as dotted counts groups thousands too
    ("نفذوا 5.964 طلعة جوية، 2.657 في العراق، و2.289 في سوريا",
     [("5.964 طلعة", 5964, None), ("2.657", 2657, None), ("2.289", 2289, None)]),
    # «بين 20 و30 ألفا»: the accusative scale word is shared too
    ("ومازال يترواح بين 20 و30 ألفا، حيث", [("20", 20000, None), ("30 ألفا", 30000, None)]),
    # the approximator after the counted noun and its adjective; negated/feminine verbs
    ("ودعي سبعة مرشحين جمهوريين على الأقل إلى", [("سبعة مرشحين", 7, "at_least")]),
    ("بغرامة لا تقل عن ثلاثة آلاف ريال ولا تزيد على عشرة آلاف ريال عن",
     [("لا تقل عن ثلاثة آلاف ريال", 3000, "at_least"), ("لا تزيد على عشرة آلاف ريال", 10000, "at_most")]),
    ("الذي لا يزيد على 2400 ريال بسبب", [("لا يزيد على 2400 ريال", 2400, "at_most")]),
    # a definite number word after a definite noun counts that noun, not a word after it
    ("بين المرشحين الجمهوريين العشرة يوم الخميس", [("العشرة", 10, None)]),
    ("أن الجنود الثلاثة استشهدوا خلال", [("الثلاثة", 3, None)]),
    # number word and counted noun agree: not «ستون أورد» (a name), «لست متفقا» (I am not)
    ("وإلا فإن ستون أورد رواية أخرى", []),
    ("لكنني لست متفقا مع هذه", []),
    ("وقتل سبعين من المصلين وعشرون آخرون", [("سبعين من المصلين", 70, None), ("عشرون آخرون", 20, None)]),
    ("بأكثر من ثلاثة أمثالها وسقط خمسة ضحايا", [("أكثر من ثلاثة أمثالها", 3, "more_than"), ("خمسة ضحايا", 5, None)]),
    ("ومنطقة القصيم (عشر) قضايا، وفي", [("(عشر) قضايا", 10, None)]),
    # an imperfect verb after a number starts the next clause
    ("دورة لتدريب 2302 تشمل الأطباء", [("2302", 2302, None)]),
    # a bare number joined by و to a label after a definite noun is a label too
    ("في الدقيقتين 43 و57 ليخسر آرسنال", []),
    ("ونصت المادتان 12 و13 من النظام", []),
    ("سعره 10 يورو و50 تاجرا", [("10 يورو", 10, None), ("50 تاجرا", 50, None)]),
    # «و» + noun before another number is the next phrase, not the counted noun; a label
    # keeps its clitic or article («بالرمز 211», «والرقم 1085»)
    ("نتج عنه استشهاد 15 وإصابة 33 من رجال الأمن", [("15", 15, None), ("33 من رجال", 33, None)]),
    ("وصل 10 وزراء و5 وافدين", [("10 وزراء", 10, None), ("5 وافدين", 5, None)]),
    ("زين تبدأ بالرمز 211 مسافة ثم الرسالة", []),
    ("والرقم 1085: المتوسطة الثامنة", []),
    # «دون/تحت/فوق» right before an amount bound it like «أقل من/أكثر من» (inside the span);
    # «من دون» is "without"
    ("جرى تداوله دون 1100 دولار للأوقية", [("دون 1100 دولار", 1100, "less_than")]),
    ("مؤشرا على حرارة فوق 50 درجة", [("فوق 50 درجة", 50, "more_than")]),
    ("انخفضت الحرارة تحت 5 درجات", [("تحت 5 درجات", 5, "less_than")]),
    ("خاض المباراة من دون 3 لاعبين", [("3 لاعبين", 3, None)]),
    # a price range that looks like two years
    ("ويبلغ سعر الجهاز 1999-2000 ريال في", [("1999", 1999, None), ("2000 ريال", 2000, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES, ids=[c[0][:30] for c in QUANTITY_CASES])
def test_quantity_family(text: str, expected: list) -> None:
    assert quantities(text) == expected


def test_a_dated_day_later_this_month_with_next_is_this_month() -> None:
    """«27 أغسطس المقبل» told on 10 August 2015 is 27 August 2015; without a day, or with a
    day already past, «المقبل» is next year's August."""
    from khabar import analyze

    def value(text: str) -> str:
        (t,) = analyze(text, published="2015-08-10").times
        return t.value

    assert value("يعقد المؤتمر في 27 أغسطس المقبل.") == "2015-08-27"
    assert value("يعقد المؤتمر في 5 أغسطس المقبل.") == "2016-08-05"
    assert value("يعقد المؤتمر في أغسطس المقبل.") == "2016-08"
    assert value("وقع الحادث في 3 أغسطس الماضي.") == "2015-08-03"
    assert value("وقع الحادث في 20 أغسطس الماضي.") == "2014-08-20"


def test_conjunctions_after_a_number_are_not_its_counted_noun() -> None:
    from khabar import analyze

    (q,) = analyze("قتل 38 فيما أصيب آخرون.", published="2015-08-10").quantities
    assert q.unit is None

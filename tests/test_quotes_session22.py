"""Session 22 (q22): three speaker/via families (docs/quotes.md § 5 "Session 22").

- **A nisba after an outlet's quoted name** («صحيفة "الشرق الاوسط" اللندنية»، «وكالة "يونهاب" الكورية
  الجنوبية»): the adjectives belong to the outlet's mention however many words the quoted name has, so a
  relay's walk goes on to «عن/إلى» (ANERcorp 1483's «ونسبت صحيفة "الشرق الاوسط" اللندنية إلى جنبلاط قوله»,
  left by q21), a recipient «لصحيفة "X" اللندنية» ends before the content, and a trailing phrase's
  content stops before the phrase (news 226, 1179, 1237).
- **Military ranks are titles** (رقيب، عريف، ملازم, with المقدم as an honorific; the grade «أول» and
  «ركن» after a rank; «الفريق» before «أول/ركن» or a given name is the rank, not a team): «وأوضح الرقيب
  في شرطة «ويتشيتا» بول كيمبل أن» (held-out 26's 694, news 551) gave the speaker «الرقيب».
- **A critic («الناقد») is a title** like «الكاتب»، «المحلل»: «وقال الناقد طارق الشناوي، إن …» (held-out 27's
  384, twice) lost the speaker at the comma.
- **An outlet's medium speaks for it**: «وقال الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية:» — the «لـ»
  after «الموقع/الحساب/الصفحة (الإلكتروني/الرسمي)» is possessive: the radio speaks, no via.

The sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a nisba after an outlet's quoted name ----------------------------------------------------------------
def test_a_relay_goes_on_past_the_papers_nisba(pipe: Pipeline) -> None:
    q = one(pipe, 'ونقلت صحيفة "الشرق الاوسط" اللندنية عن مسؤول عراقي قوله إن الحدود أغلقت.', "الحدود أغلقت")
    assert q.source.text == "مسؤول عراقي" and [v.name for v in q.via] == ["الشرق الاوسط"]


def test_an_attribution_to_a_speaker_goes_on_past_the_papers_nisba(pipe: Pipeline) -> None:
    q = one(pipe, 'ونسبت صحيفة "نيويورك تايمز" الأمريكية إلى الوزير قوله إن الحدود أغلقت.', "الحدود أغلقت")
    assert q.source.text == "الوزير" and [v.name for v in q.via] == ["نيويورك تايمز"]


def test_two_nisbas_after_an_agencys_quoted_name(pipe: Pipeline) -> None:
    q = one(pipe, 'ونقلت وكالة "يونهاب" الكورية الجنوبية عن مصادر حكومية أن المحادثات توقفت.', "المحادثات توقفت")
    assert q.speaker == "مصادر حكومية" and [v.name for v in q.via] == ["يونهاب"]


def test_a_recipient_paper_with_its_nisba_is_a_via(pipe: Pipeline) -> None:
    q = one(pipe, 'وقال الوزير لصحيفة "الشرق الأوسط" اللندنية إن الحدود أغلقت.', "الحدود أغلقت")
    assert q.source.text == "الوزير" and [v.name for v in q.via] == ["الشرق الأوسط"]


def test_a_trailing_phrase_content_stops_before_the_phrase(pipe: Pipeline) -> None:
    text = 'وأغلقت السلطات الحدود مع الجارة الشمالية، حسبما ذكرت وكالة "شينخوا" الرسمية الصينية.'
    q = one(pipe, text, "أغلقت السلطات")
    assert q.content.text == "أغلقت السلطات الحدود مع الجارة الشمالية" and q.speaker == "شينخوا"


def test_a_nisba_is_not_a_noun_object(pipe: Pipeline) -> None:
    # the object after a paper's quoted name is not taken into the paper's mention
    assert quotes(pipe, 'ونقلت صحيفة "الشرق الاوسط" الاتفاق إلى الرياض.') == []


# -- military ranks -----------------------------------------------------------------------------------------
def test_a_sergeant_of_a_police_force_is_the_named_man(pipe: Pipeline) -> None:
    q = one(pipe, "وأوضح الرقيب في شرطة المدينة بول كيمبل أن الشرطة وصلت متأخرة.", "الشرطة وصلت")
    assert q.speaker == "بول كيمبل" and q.source.text == "الرقيب في شرطة المدينة بول كيمبل"


def test_a_lieutenant_in_an_army_is_the_named_man(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الملازم في الجيش الأمريكي ستيف وارن إن القافلة عادت.", "القافلة عادت")
    assert q.speaker == "ستيف وارن"


def test_the_grade_of_a_rank_is_no_part_of_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الرقيب أول خالد المالكي إن القافلة عادت.", "القافلة عادت")
    assert q.speaker == "خالد المالكي"


def test_a_lieutenant_general_is_no_team(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الفريق عثمان المحرج أن رجال الأمن على أهبة الاستعداد.", "رجال الأمن")
    assert q.speaker == "عثمان المحرج" and q.speaker_kind == "person"
    q = one(pipe, "وقال الفريق أول ركن عبدالرحمن البنيان إن القوات جاهزة.", "القوات جاهزة")
    assert q.speaker == "عبدالرحمن البنيان" and q.speaker_kind == "person"


def test_a_team_stays_a_team(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الفريق الاستشاري أن الخطة جاهزة.", "الخطة جاهزة")
    assert q.speaker == "الفريق الاستشاري" and q.speaker_kind == "group"


# -- a critic is a title like a writer or an analyst ---------------------------------------------------------
def test_a_critic_named_before_a_comma(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الناقد طارق الشناوي، إن الفيلم من أسوأ أفلام الموسم.", "أسوأ أفلام")
    assert q.speaker == "طارق الشناوي" and q.source.text == "الناقد طارق الشناوي"


# -- an outlet's medium ---------------------------------------------------------------------------------------
def test_a_radios_website_is_the_radio_speaking(pipe: Pipeline) -> None:
    for text in ('وقال الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية: إن الحادث وقع صباحا.',
                 'وقال الموقع الإلكتروني لإذاعة "فرانس 3": إن الحادث وقع صباحا.'):
        q = one(pipe, text, "الحادث وقع")
        assert q.speaker == "فرانس 3" and q.speaker_kind == "outlet" and not q.via


def test_a_papers_official_site_without_a_nisba(pipe: Pipeline) -> None:
    q = one(pipe, 'وذكر الموقع الرسمي لصحيفة "الحياة" أن الحادث وقع صباحا.', "الحادث وقع")
    assert q.speaker == "الحياة" and not q.via


def test_a_minister_speaking_to_a_paper_keeps_the_paper_as_via(pipe: Pipeline) -> None:
    q = one(pipe, 'وقال الوزير لصحيفة "الحياة" إن الحادث وقع صباحا.', "الحادث وقع")
    assert q.speaker == "الوزير" and [v.name for v in q.via] == ["الحياة"]

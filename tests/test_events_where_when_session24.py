"""Session 24 (evl24, issue #6): where — two place families chosen on the blind l24 sample
(tests/gold/events_audit/l24_blind.tsv) and read on the news day and ANERcorp 723.. (docs/events.md, "Where, when
and plans, session 24"):

- a visit happens in the place visited, though that place is the visit's recipient («زيارة طهران»، «يزور بريطانيا»);
- for the types whose object is a topic (a statement, a meeting, an agreement: location.TOPICAL) a place inside a
  relative clause of a noun after the trigger is that noun's, not where («استنكر … الجريمة التي استهدفت رجال الأمن في
  عسير»); not when the clause qualifies the trigger itself (a verbal noun with its adjectives and genitives), a place, a
  person, a visit or a time frame.

Places are LOC entities built by hand (``event_helpers.placed_doc``); other types are read before the filter.
"""

from __future__ import annotations

from event_helpers import placed_doc

from khabar.extract.events import EventStage


def _where(text: str, places: dict[str, tuple[str, str | None]], trigger: str) -> str | None:
    doc = placed_doc(text, places)
    ev = next(e for e, _ in EventStage().code(doc) if e.trigger.text == trigger)
    if ev.location:
        assert doc.text[ev.location.start : ev.location.end] == ev.location.text
    return ev.location.text if ev.location else None


# --- a visit takes the place visited ----------------------------------------------------------------

def test_the_visited_place_is_where_though_it_is_the_recipient():
    text = "وقال الممثل الذي يزور بريطانيا لتسلم جوائز عدة إنه سعيد."
    assert _where(text, {"بريطانيا": ("GBR", "country")}, "يزور") == "بريطانيا"
    text = "وأعلن الوزير أنه سيزور المملكة خلال شهر سبتمبر المقبل."
    assert _where(text, {"المملكة": ("SAU", "country")}, "يزور") == "المملكة"


def test_a_place_that_is_the_recipient_of_another_act_stays_out():
    # not a visit: the recipient of aid is not where it was given
    text = "وقدمت الحكومة مساعدات إنسانية لليمن."
    assert _where(text, {"لليمن": ("YEM", "country")}, "قدمت") is None


# --- a place in a relative clause of the topic -------------------------------------------------------

def test_the_topics_place_in_a_relative_clause_is_not_where_a_statement_was_made():
    text = "استنكر علماء ووجهاء محافظة القطيف الجريمة الإرهابية التي استهدفت رجال الأمن في عسير."
    assert _where(text, {"القطيف": ("SAU", "city"), "عسير": ("SAU", "region")}, "استنكر") is None
    text = "وأعلن مسؤول أن أنقرة تتهم مجموعة يسارية بالهجوم الذي استهدف القنصلية الأميركية في اسطنبول."
    assert _where(text, {"اسطنبول": ("TUR", "city")}, "تتهم") is None


def test_a_relative_clause_of_the_trigger_itself_keeps_its_place():
    # the verbal noun with its adjective, and with its genitives: the clause says where the summit or meeting is
    text = "وانتقد الرئيس عدم دعوته إلى القمة الفرنكوفونية التي تعقد الخميس في بوخارست."
    assert _where(text, {"بوخارست": ("ROU", "capital")}, "القمة") == "بوخارست"
    text = "وأكد الممثل أن اجتماع المجلس الاقتصادي السابق الذي عقد في مدينة ابو ظبي أصدر قرارات مهمة."
    assert _where(text, {"ابو ظبي": ("ARE", "capital")}, "اجتماع") == "ابو ظبي"


def test_a_relative_clause_of_a_visit_or_a_place_keeps_its_place():
    text = "وقال الوزير إن الصين وافقت على شراء الارز أثناء الزيارة التي قام بها إلى بكين."
    assert _where(text, {"بكين": ("CHN", "capital")}, "وافقت") == "بكين"
    text = "واجتمع المحافظ بالأهالي في القرية التي تقع في مديرية أرحب."
    assert _where(text, {"أرحب": ("YEM", "district")}, "اجتمع") == "أرحب"


def test_other_types_keep_a_place_in_a_relative_clause():
    # an attack's relative clause tells where the attack was (the rule is for topics only)
    text = "وأصيب ثلاثة جنود في الهجوم الذي شنه مسلحون في بغداد."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "أصيب") == "بغداد"


def test_a_gathering_held_there_hosts_a_bare_place():
    # «مهرجان» joins «مؤتمر/معرض/منتدى» (session 23's nouns of a gathering)
    text = "تركزت الحركة التجارية في خامس أيام مهرجان بريدة للتمور على طلب كميات كبيرة من التمور."
    assert _where(text, {"بريدة": ("SAU", "city")}, "طلب") == "بريدة"


# --- a place adjunct set off by commas after the trigger's clause --------------------------------------

def test_a_place_phrase_set_off_by_a_comma_after_the_clause_is_where():
    text = "واحتشد عدد من أعضاء المنظمات البيئية والمجتمع المدني، في ساحة الشهداء وسط بيروت، احتجاجًا على الأزمة."
    assert _where(text, {"الشهداء": ("LBN", "landmark"), "بيروت": ("LBN", "capital")}, "احتشد") == "الشهداء"
    text = "ونشرت القوات الموالية لحكومة هادي مدرعاتها التي زودها بها التحالف، في مدينة زنجبار لتعزيز مواقعها."
    assert _where(text, {"زنجبار": ("YEM", "city")}, "نشرت") == "زنجبار"


def test_a_place_after_a_second_clause_mark_or_a_long_phrase_is_not():
    # the comma after «الثلاثاء» is a second clause mark: the place belongs to the next clause
    text = "وتظاهر المئات أمام السفارة يوم الثلاثاء، وقال منظمو الحملة، في بيروت، إنهم سيعودون."
    assert _where(text, {"بيروت": ("LBN", "capital")}, "تظاهر") is None
    # the phrase after the comma runs on past the adjunct: another clause («في حين»-like continuation)
    text = "وتظاهر المئات أمام السفارة، في وقت أعلنت فيه الحكومة اللبنانية في بيروت خطة جديدة للنفايات."
    assert _where(text, {"بيروت": ("LBN", "capital")}, "تظاهر") is None


# --- a time in a relative clause of the topic dates the topic ------------------------------------------

def _when(text: str, trigger: str) -> str | None:
    doc = placed_doc(text, {})
    ev = next(e for e, _ in EventStage().code(doc) if e.trigger.text == trigger)
    return f"{ev.date.value}/{ev.date.source}" if ev.date else None


def test_a_time_in_a_relative_clause_of_the_topic_does_not_date_a_statement():
    # the attack was on Saturday; the condemnation is of the report's days
    text = "استنكر أبناء منطقة عسير الحادث الإرهابي الجبان الذي وقع في مسجد قوات الطوارئ يوم السبت الماضي."
    assert _when(text, "استنكر") == "2015-08-10/dateline"
    text = "2 - الموافقة على اتفاقية بشأن حماية التراث الثقافي التي أقرها المؤتمر العام في دورته المنعقدة في باريس عام 2001."
    assert _when(text, "الموافقة") == "2015-08-10/dateline"


def test_a_time_past_a_clause_mark_or_in_a_relative_clause_of_the_trigger_still_dates_it():
    # «، وذلك» opens another clause: yesterday is the visit's
    text = "قام مدير الأمن العام بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ، وذلك في المستشفى أمس."
    assert _when(text, "زيارة") == "2015-08-09/text"
    # the clause qualifies the summit itself (its adjective between)
    text = "وانتقد الرئيس عدم دعوته إلى القمة الفرنكوفونية التي تعقد يوم الخميس المقبل في بوخارست."
    assert _when(text, "القمة") == "2015-08-13/text"


# --- (fixd24) a relative clause of the trigger's own session or meeting --------------------------------

def test_the_session_of_the_statement_keeps_its_place_and_its_day():
    # «في جلسته … التي عقدت أمس في …»: the council's own session, not a topic — the place and the day are the
    # condemnation's and the approval's (a common Gulf shape)
    text = ("واستنكر المجلس في جلسته الاعتيادية التي عقدت أمس في قصر القضيبية برئاسة رئيس الوزراء "
            "هذه الجريمة الإرهابية.")
    assert _where(text, {"قصر القضيبية": ("BHR", "site")}, "استنكر") == "قصر القضيبية"
    assert _when(text, "استنكر") == "2015-08-09/text"
    text = "ووافق مجلس الوزراء في جلسته التي عقدها أمس على اتفاقية التعاون بين البلدين."
    assert _when(text, "وافق") == "2015-08-09/text"
    text = "وأدان المجلس خلال اجتماعه الطارئ الذي عقده أمس في الرياض الهجوم على السفارة."
    assert _where(text, {"الرياض": ("SAU", "capital")}, "أدان") == "الرياض"


def test_a_session_inside_the_topics_relative_clause_is_still_the_topics():
    # the first relative qualifies the crime: a session named later inside it does not make it the trigger's
    text = "استنكر أبناء المنطقة الاعتداء الذي وقع في جلسة البرلمان التي عقدت يوم السبت الماضي في بغداد."
    assert _where(text, {"بغداد": ("IRQ", "capital")}, "استنكر") is None
    assert _when(text, "استنكر") == "2015-08-10/dateline"

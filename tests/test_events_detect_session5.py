"""Detection families of session 5 (issue #6; docs/events.md, "Frame" and "Triggers").

Sentences are written for these tests (not taken from the dev gold, the news day or the
example article). Each family has positive cases (the rule fires) and negative cases (the
real event it must leave alone).
"""

import event_helpers
import pytest
from event_helpers import events_of, reported, trigger_modality

from khabar.extract.events.modality import modality_lexicon
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

pipe = event_helpers.frame_pipe


def _reported(pipe, text, type_):
    """Whether the coder reports an asserted, current event of ``type_``."""
    return bool(reported(pipe, text, type_))


def _modality(pipe, text, trigger, type_="ASSAULT"):
    return trigger_modality(pipe, text, trigger, type_)


# ---------------------------------------------------------------- fears and warnings
@pytest.mark.parametrize("text, trigger", [
    # a warning against an act, the addressee between
    ("حذر وزير الدفاع أمس الجماعات المسلحة في المدينة من مواصلة إطلاق الصواريخ على القرى.",
     "إطلاق"),
    ("حذرت الشرطة السكان من وقوع تفجيرات جديدة خلال العيد.", "تفجيرات"),
    # a fear whose complement clause is long
    ("ركبت السلطات أجهزة جديدة في المطارات بسبب مخاوف من أن يحاول مهاجم يحمل متفجرات "
     "في ملابسه خطف طائرة.", "خطف"),
    ("أعرب السكان عن خشيتهم من أن يواصل المسلحون المتحصنون في الجبال قصف القرية.", "قصف"),
])
def test_feared_or_warned_act_is_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


@pytest.mark.parametrize("text", [
    # the consequences of a real attack are what is feared: the attack stays reported
    "قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش أمس، وحذر الجيش من تداعيات الهجوم.",
    # a report before the warning, in its own clause
    "قتل ثلاثة أشخاص في انفجار سيارة مفخخة أمس، وحذر المحافظ من أن الوضع الأمني خطير.",
    # no fear word: «قال إن» is no complement of a fear
    "قال المتحدث إن مسلحين قتلوا أربعة جنود في الهجوم أمس.",
])
def test_real_attack_next_to_a_warning_stays_reported(pipe, text):
    assert _reported(pipe, text, "ASSAULT")


# ---------------------------------------------------------------- condemned protests
@pytest.mark.parametrize("text", [
    "استنكرت الحكومة قيام مئات المتظاهرين بالتجمع أمام مقر البرلمان أمس.",
    "نددت الوزارة بالمظاهرة التي نظمها الطلاب أمام الجامعة أمس.",
])
def test_condemned_protest_took_place(pipe, text):
    assert _reported(pipe, text, "PROTEST")


def test_condemned_attack_stays_blocked(pipe):
    # the condemnation frame still blocks an attack named as its topic
    assert not _reported(pipe, "استنكرت الحكومة التفجيرات التي شهدتها العاصمة.", "ASSAULT")


def test_condemner_is_not_the_protester(pipe):
    evs = events_of(pipe, "أدانت وزارة الخارجية تجمع المتظاهرين أمام السفارة أمس.")
    prot = [e for e in evs if e.type == "PROTEST"]
    assert prot and prot[0].modality == "asserted"
    assert not any(e.type == "COERCE" for e in evs)
    assert "وزارة" not in " ".join(a.text for a in prot[0].actor)


def test_official_closure_stays_coerce(pipe):
    # no condemnation between: the police closing streets is still COERCE, not a protest
    evs = events_of(pipe, "أغلقت الشرطة الشوارع المؤدية إلى الساحة أمام المتظاهرين.")
    assert any(e.type == "COERCE" for e in evs)
    assert not any(e.type == "PROTEST" for e in evs)


# ---------------------------------------------------------------- metaphors
@pytest.mark.parametrize("text", [
    "تؤدي هذه السياسات إلى تفجير صراعات أشد خطورة في المنطقة.",
    "يخشى المحللون انفجار الأزمة بين الحزبين بعد الانتخابات.",
    "تسببت القرارات الأخيرة في تفجير الوضع داخل البرلمان.",
])
def test_ignited_crisis_is_no_bombing(pipe, text):
    assert not any(e.type == "ASSAULT" for e in events_of(pipe, text))


@pytest.mark.parametrize("text", [
    "قتل خمسة أشخاص في تفجير سيارة مفخخة في وسط المدينة أمس.",
    "أسفر انفجار عبوة ناسفة عن مقتل جنديين أمس.",
])
def test_real_bombing_stays(pipe, text):
    assert _reported(pipe, text, "ASSAULT")


def test_media_attack_is_verbal(pipe):
    evs = events_of(pipe, "شنت الصحف المحلية هجمة إعلامية على الوزير أمس.")
    assert not any(e.type == "ASSAULT" for e in evs)
    assert any(e.type == "ACCUSE" for e in evs)
    assert _reported(pipe, "شن مسلحون هجوما على نقطة تفتيش للشرطة أمس.", "ASSAULT")


# ---------------------------------------------------------------- torture allegations
@pytest.mark.parametrize("text", [
    "وقال المعتقل السابق إنه تعرض للتعذيب في السجن لأكثر من عام.",
    "أبلغ السجناء محاميهم أنهم تعرضوا للتعذيب خلال الاستجواب.",
])
def test_torture_claimed_by_the_victim_is_no_report(pipe, text):
    assert not _reported(pipe, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "عذبت قوات الأمن المعتقلين في السجن المركزي حتى الموت، وفق تقرير المنظمة.",
    "أكد الطبيب أن الحراس عذبوا السجين حتى الموت أمس.",
])
def test_vouched_torture_stays(pipe, text):
    assert _reported(pipe, text, "ASSAULT")


# ---------------------------------------------------------------- the toll of a topic
@pytest.mark.parametrize("text", [
    # the casualties of a condemned attack, in its relative clause
    "نددت الحكومة بالاعتداء على المزرعة في البلدة، التي أودى بحياة ثمانية أشخاص وجرح آخرين.",
    # the toll of an attack named as the topic of a trial
    "بدأت محاكمة منفذي التفجير الذي قتل فيه عشرون شخصا في السوق.",
])
def test_toll_in_the_relative_clause_of_a_topic_is_no_report(pipe, text):
    assert not _reported(pipe, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # a new clause after the condemned attack reports a killing of its own
    "استنكرت الحكومة الهجوم، وقال الضابط الذي وصل إلى المكان إن مسلحين قتلوا خمسة جنود.",
    # a relative clause after a reported attack
    "قتل مسلحون خمسة جنود في هجوم على حاجز للجيش الذي انتشر في المنطقة أمس.",
])
def test_report_beside_a_topic_stays(pipe, text):
    assert _reported(pipe, text, "ASSAULT")


# ---------------------------------------------------------------- officials vs culprits
def test_officials_reporting_are_no_culprits(pipe):
    # «المسؤولون» who speak do not make the attack after them a topic; «المسؤولين عن» do
    text = "وقال المسؤولون إن تفجيرا انتحاريا وقع قرب السوق صباح أمس."
    assert _reported(pipe, text, "ASSAULT")
    evs = events_of(pipe, "اعتقلت الشرطة المسؤولين عن التفجير في السوق.")
    assert not any(e.type == "ASSAULT" and match_form(e.trigger.text) == match_form("التفجير")
                   for e in evs)


# ---------------------------------------------------------------- beating as the manner
@pytest.mark.parametrize("text", [
    "وقال الشهود إن الجنود اعتدوا على المتظاهرين بالضرب أمس.",
    "ذكرت الشكوى أن عناصر الحراسة تعدوا على السجناء بالهراوات.",
])
def test_aggression_with_beating_is_an_assault(pipe, text):
    assert _reported(pipe, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "اعتدى الوزير على حقوق الموظفين بقراراته الأخيرة.",
    "ضرب المدرب مثلا بفريقه في الالتزام.",
])
def test_no_beating_no_assault(pipe, text):
    assert not _reported(pipe, text, "ASSAULT")


# ---------------------------------------------------------------- series carried out
def test_series_carried_out_is_reported(pipe):
    # a launch verb carries out the series: no class of acts (the rules' business: since session 24's
    # filter, trained on the candidates the precision vetoes hide, drops this nominal report — p 0.35
    # against 0.40 — the rules are asked alone)
    rules = event_helpers.rules_only(("text", "entities", "times", "events"))
    assert _reported(rules, "نفذت ثلاث نساء عمليات انتحارية في العاصمة أمس.", "ASSAULT")
    evs = events_of(pipe, "شنت الشرطة حملة اعتقالات واسعة في الحي أمس.")
    assert any(e.type == "COERCE" and e.modality == "asserted" for e in evs)


@pytest.mark.parametrize("text", [
    "تصاعدت عمليات الخطف في المدينة خلال السنوات الأخيرة.",
    "تحدث التقرير عن حملة اعتقالات طالت المعارضين.",
])
def test_series_without_launch_stays_a_class(pipe, text):
    evs = events_of(pipe, text)
    assert not any(e.type in ("ASSAULT", "COERCE") and e.modality == "asserted" for e in evs)


def test_the_organisation_is_no_organising(pipe):
    # «عناصر التنظيم» is the group; «تنظيم مظاهرة» plans a protest
    assert _reported(pipe, "قتل عناصر التنظيم خمسة جنود في هجوم أمس.", "ASSAULT")
    doc = Pipeline(["text"]).analyze("نفذت عناصر التنظيم عمليات اغتيال في المدينة أمس.")
    frame = modality_lexicon().frame(doc.tokens, 4, False, "", "اغتيال")
    assert frame.modality == "asserted" and not frame.block
    assert _modality(pipe, "يعتزم الطلاب تنظيم مظاهرة أمام الجامعة غدا.", "مظاهرة",
                     "PROTEST") == "future"


# ---------------------------------------------------------------- bodies, necessity, intent
def test_body_found_is_no_reported_killing(pipe):
    assert not _reported(pipe, "عثر الأهالي على جثة شاب قتل بالرصاص في أطراف القرية.", "ASSAULT")
    # the bodies named after the killing do not undo it
    assert _reported(pipe, "قتل مسلحون خمسة جنود أمس ونقلت جثثهم إلى المستشفى.", "ASSAULT")


def test_necessary_act_is_hypothetical(pipe):
    assert _modality(pipe, "أكد القائد أن توجيه ضربات جوية للمسلحين بات أمرا لا بد منه.",
                     "ضربات") == "hypothetical"
    assert _modality(pipe, "شنت الطائرات ضربات جوية على مواقع المسلحين أمس.",
                     "ضربات") == "asserted"


def test_intended_act_is_no_report(pipe):
    doc = Pipeline(["text"]).analyze("دخل رجل السوق بقصد قتل الأبرياء.")
    assert modality_lexicon().frame(doc.tokens, 4, False, "", "قتل").modality == "hypothetical"
    doc = Pipeline(["text"]).analyze("دخل رجل السوق وقتل الأبرياء.")
    assert modality_lexicon().frame(doc.tokens, 3, True, "و", "قتل").modality == "asserted"


# ---------------------------------------------------------------- signing far from the agreement
def test_signing_with_a_long_subject(pipe):
    evs = events_of(pipe, "وقع وزيرا خارجية البلدين اليوم في الرياض اتفاقية للتعاون الأمني.")
    assert any(e.type == "SUPPORT" and match_form(e.trigger.text) == match_form("وقع") for e in evs)


@pytest.mark.parametrize("text", [
    "وقعت اشتباكات عنيفة في المدينة رغم اتفاق وقف إطلاق النار.",
    "وقع الانفجار بعد يومين من توقيع الاتفاق بين الطرفين.",
    "وقع الاختيار على المدينة لاستضافة مراسم توقيع الاتفاق.",
])
def test_occurred_is_no_signing(pipe, text):
    evs = events_of(pipe, text)
    assert not any(e.type == "SUPPORT" and match_form(e.trigger.text).startswith(match_form("وقع"))
                   for e in evs)


# ---------------------------------------------------------------- supposed agents, news as topic
def _frame(text, index, verbal, prefix, lemma):
    doc = Pipeline(["text"]).analyze(text)
    return modality_lexicon().frame(doc.tokens, index, verbal, prefix, lemma)


def test_supposed_perpetrator_makes_the_act_background():
    # ورجح0 مصدر1 أن2 يكون3 الجهاز4 هو5 من6 أقدم7 على8 اغتيال9
    assert _frame("ورجح مصدر أن يكون الجهاز هو من أقدم على اغتيال العالم.", 9, False, "",
                  "اغتيال").block
    # the same focus without a supposition reports the act: وأكد0 الشهود1 أن2 الجيش3 هو4 الذي5 قتل6
    assert not _frame("وأكد الشهود أن الجيش هو الذي قتل المدنيين أمس.", 6, True, "", "قتل").block


def test_news_about_an_act_as_topic_is_no_report(pipe):
    # واعترف0 المحافظ1 حول2 ما3 ورد4 من5 انباء6 عن7 تعذيب8
    assert _frame("واعترف المحافظ حول ما ورد من انباء عن تعذيب المعتقلين.", 8, False, "",
                  "تعذيب").block
    # a report that names the torture is no topic chain
    assert _reported(pipe, "وتحدث التقرير عن تعذيب المعتقلين على أيدي الشرطة أمس.", "ASSAULT")

"""Country adjectives of session 13 (gaz13): the nisba stems of the countries news names that
had none, their inflections and spelling variants, the exact-form and left-out rows, and the
collisions kept out (a stem that is also an ordinary word or another reading)."""

import pytest
from entity_helpers import at, run
from event_helpers import events_pipe, participants  # noqa: F401 (fixture)

from khabar.gazetteer.countries import find_all, lookup


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        # masculine, feminine, plurals and duals, with and without the article and proclitics
        ("البرتغالي", "PRT"),
        ("برتغالية", "PRT"),
        ("البرتغاليين", "PRT"),
        ("والبرتغاليون", "PRT"),
        ("الفنلندية", "FIN"),
        ("السنغاليين", "SEN"),
        ("للسنغالي", "SEN"),
        ("الكولومبي", "COL"),
        ("كولومبيتان", "COL"),
        ("الرومانية", "ROU"),
        ("الرومانيين", "ROU"),
        ("رومانيون", "ROU"),
        ("الغاني", "GHA"),
        ("الغانية", "GHA"),
        ("البوسني", "BIH"),
        ("التايوانية", "TWN"),
        ("النيوزيلندية", "NZL"),
        ("النيوزلنديون", "NZL"),
        ("الأوروغوياني", "URY"),
        ("الأوروغواياني", "URY"),
        ("بورمية", "MMR"),
        ("الكوسوفي", "KOS"),
        ("الإيفواري", "CIV"),
        # spelling variants of one stem
        ("الإيرلندي", "IRL"),
        ("الأيرلندي", "IRL"),
        ("الايرلندي", "IRL"),
        ("الآيرلندي", "IRL"),
        ("كازاخي", "KAZ"),
        ("الكازاخستانية", "KAZ"),
        ("القيرغيزي", "KGZ"),
        ("القرغيزستاني", "KGZ"),
        ("الأنغولي", "AGO"),
        ("الأنجولي", "AGO"),
        ("بوركينابي", "BFA"),
        ("تركمانستانية", "TKM"),
        ("الهنغارية", "HUN"),
        # only the safe forms of a colliding stem (adjform rows)
        ("المجرية", "HUN"),
        ("المجريون", "HUN"),
        ("الألبانية", "ALB"),
        ("الألبانيين", "ALB"),
        ("الجنوب أفريقي", "ZAF"),
        ("الجنوب إفريقي", "ZAF"),
        ("الجنوب سودانية", "SSD"),
    ],
)
def test_new_adjective_forms(form, iso3):
    m = lookup(form)
    assert m is not None and m.iso3 == iso3 and m.kind == "adj", m


@pytest.mark.parametrize(
    ("name", "adjective", "iso3"),
    [("تشيلي", "التشيلي", "CHL"), ("جيبوتي", "الجيبوتية", "DJI"), ("هايتي", "الهايتيون", "HTI"),
     ("زيمبابوي", "الزيمبابوية", "ZWE"), ("بوروندي", "البوروندي", "BDI")],
)
def test_name_that_is_its_adjective_stays_the_name(name, adjective, iso3):
    # the bare form names the country; only the inflected forms are the adjective
    assert (lookup(name).iso3, lookup(name).kind) == (iso3, "name")
    assert (lookup(adjective).iso3, lookup(adjective).kind) == (iso3, "adj")


@pytest.mark.parametrize(
    "form",
    [
        "مالي", "الماليين", "المالية",  # financial (Mali's adjective left out)
        "القمري", "القمرية", "قمريين",  # lunar (Comoros)
        "المجري", "مجرى", "المجرى", "مجريات", "المجريين",  # a channel, the course of events
        "الباني", "ألباني", "الألباني", "الألبان", "ألبانية",  # the builder, the scholar, dairy
        "التركمانية", "التركماني",  # Iraq's Turkmen
        "بوركيني", "البوركيني",  # the swimsuit
        "البابوية",  # papal
        "الكونغولي",  # two Congos
        "المقدوني",  # Alexander the Macedonian
        "الغانيات", "غانيات", "غانية",  # beauties (generated forms left out)
        "غاني",  # «أشرف غاني»: a family name
        "روماني", "رومانية",  # the indefinite singulars: Roman («تقليد روماني», «آثار رومانية»)
        "الجنوب الأفريقي", "جنوب أفريقي",  # southern Africa; «a southern African …»
        "شيلي",  # Shelley
        "البرتقالي",  # orange (a letter from البرتغالي)
    ],
)
def test_colliding_forms_are_no_country_adjective(form):
    m = lookup(form)
    assert m is None or m.kind != "adj", m


def test_find_all_new_adjectives_with_original_offsets():
    text = ("انتقد البرتغالي جوزيه مورينيو الحكم، وسجل السنغالي ساديو مانيه، "
            "وقال المدرب الجنوب إفريقي إن الشرطة الرومانية تبحث عنه.")
    found = find_all(text)
    assert [(m.text, m.match.iso3) for m in found] == [
        ("البرتغالي", "PRT"), ("السنغالي", "SEN"), ("الجنوب إفريقي", "ZAF"), ("الرومانية", "ROU")]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_find_all_leaves_the_colliding_words():
    text = ("عبرت السفن المجرى الملاحي الجديد وتابع الخبراء الماليين مجريات الأحداث "
            "في الشهر القمري، وصححه الشيخ الألباني وتحدث عن المؤسس الباني ومنتجات الألبان. "
            "والتمثال تقليد روماني بين آثار رومانية، واستقبل أشرف غاني غانية.")
    assert find_all(text) == []


def test_title_with_a_new_adjective_joins_its_holder():
    text = "وصل الرئيس الغاني جون ماهاما إلى الرياض، وقال الرئيس الغاني إن الزيارة مهمة."
    ents = run(text, ("جون ماهاما", "PERS"))
    assert at(ents, "الرئيس الغاني").entity == at(ents, "جون ماهاما").entity


def test_title_with_a_colliding_word_joins_nobody():
    text = "وصل الرئيس جون ماهاما إلى الرياض، ثم زار المجرى الملاحي."
    ents = run(text, ("جون ماهاما", "PERS"))
    assert not [e for e in ents if "المجرى" in e.text]


def test_event_actor_gets_the_new_country(events_pipe):  # noqa: F811
    actor, _ = participants(events_pipe, "أعلنت السلطات الرومانية حالة الطوارئ في البلاد.", "COERCE")
    assert [(a.text, a.country) for a in actor] == [("السلطات الرومانية", "ROU")]


def test_event_actor_with_a_colliding_word_gets_no_country(events_pipe):  # noqa: F811
    actor, _ = participants(events_pipe, "أعلنت السلطات المالية حالة الطوارئ في البلاد.", "COERCE")
    assert [a.country for a in actor] == [None]

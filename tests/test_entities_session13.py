"""Session-13 fixes to entity resolution and geocoding, on sentences written for these tests:
the article read as a proclitic («الفتح» is no «فتح»), a name's own readings voting for its
default country («ميسان»), small cities of countries a document does not name («فوه»), spellings
a vowel apart of a city that is not famous («ميرلو»), «مسقط رأسه», a family name two people bear
(a cue decides: the parent, the speaker), and a ruler's given name before his full name."""

from entity_helpers import at, run

from khabar.gazetteer import names

GIVEN = {"سلمان", "احمد", "عبدالعزيز", "خالد"}


def is_given(form: str) -> bool:
    return form in GIVEN


# --- the article read as a proclitic -------------------------------------------------------

def test_club_with_the_article_is_not_the_party():
    g = names.resolve("الفتح", "ORG")
    assert g is not None and g.kind == "sports" and g.country == "SAU"
    assert names.resolve("الحماس", "ORG") is None  # zeal, not Hamas


def test_article_less_names_and_other_readings_stay():
    assert names.resolve("فتح", "ORG").canonical == "فتح"
    assert names.resolve("حماس", "ORG").canonical == "حماس"
    assert names.resolve("التويتر", "ORG").canonical == "تويتر"  # a brand
    assert names.resolve("الحلف الأطلسي", "ORG").kind == "alliance"  # several words
    assert names.resolve("الباراغواي", "LOC").country == "PRY"  # a country
    assert names.resolve("القاهرة", "LOC").country == "EGY"


def test_place_reached_only_through_the_article_is_none():
    assert names.resolve("النورس", "LOC") is None  # a Khobar district, not Nurs in France
    assert names.resolve("الجامعة", "LOC") is None


# --- a name's own readings do not choose its reading ---------------------------------------

def test_saudi_governorate_in_a_report_naming_saudi_places():
    text = ("استشهد الجندي في مدينة أبها بمنطقة عسير، وشيع جثمانه في محافظة ميسان التي تقع "
            "جنوب الطائف، وصلي عليه في جامع بمحافظة ميسان.")
    ents = run(text, ("أبها", "LOC"), ("عسير", "LOC"), ("ميسان", "LOC"), ("الطائف", "LOC"),
               ("ميسان", "LOC"))
    assert {e.country for e in ents if e.text == "ميسان"} == {"SAU"}


def test_iraqi_governorate_stays_iraqi():
    text = "قصفت الطائرات مواقع في محافظة ميسان جنوب العراق قرب البصرة، ثم في ميسان مجددا."
    ents = run(text, ("ميسان", "LOC"), ("العراق", "LOC"), ("البصرة", "LOC"), ("ميسان", "LOC"))
    assert {e.country for e in ents if e.text == "ميسان"} == {"IRQ"}


# --- small cities of countries the document does not name ----------------------------------

def test_small_foreign_city_in_a_report_on_another_country():
    text = "توزع النازحون في المكلا باليمن على مناطق منها فوه، وعاد بعضهم إلى عدن."
    ents = run(text, ("المكلا", "LOC"), ("اليمن", "LOC"), ("فوه", "LOC"), ("عدن", "LOC"))
    assert at(ents, "فوه").country is None
    assert at(ents, "المكلا").country == "YEM"


def test_small_city_kept_where_its_country_is_named_or_nothing_else_is():
    text = "زار الوفد مدينة فوه في مصر."
    assert at(run(text, ("فوه", "LOC"), ("مصر", "LOC")), "فوه").country == "EGY"
    text = "وصل الوفد أمس إلى فوه."
    assert at(run(text, ("فوه", "LOC")), "فوه").country == "EGY"  # an Arab town, no other country


def test_small_non_arab_city_of_an_unnamed_country_is_none():
    # (session 14: «بتوقيت غرينتش» was this test's town; Greenwich is now a curated famous town)
    text = "وقع الحادث في الساعة الحادية عشرة في إبينغن أمام فندق في مالي."
    assert at(run(text, ("إبينغن", "LOC"), ("مالي", "LOC")), "إبينغن").country is None


def test_small_city_of_the_outlets_country_is_kept():
    text = "أعلنت اللجنة في اليمن والأردن أن الوفد سيزور الباحة."
    assert at(run(text, ("اليمن", "LOC"), ("الأردن", "LOC"), ("الباحة", "LOC"),
                  home="SAU"), "الباحة").country == "SAU"


def test_club_named_after_its_town_keeps_the_town():
    text = "تحدث اللاعب عن انتقاله لفريق استوريل، وقال إنه سيصنع الفارق مع استوريل في البرازيل."
    ents = run(text, ("استوريل", "ORG"), ("استوريل", "LOC"), ("البرازيل", "LOC"))
    assert at(ents, "استوريل", 1).country == "PRT"
    assert at(ents, "استوريل", 0).entity == at(ents, "استوريل", 1).entity


# --- spellings a vowel apart: famous places or places of a named country -------------------

def test_vowel_variant_of_a_small_city_is_not_read():
    text = "عادت البعثة قادمة من هولندا بعد ختام المعسكر في مدينة ميرلو."
    ents = run(text, ("هولندا", "LOC"), ("ميرلو", "LOC"))
    assert at(ents, "ميرلو").country is None  # Mierlo, not Merlo (Argentina)


def test_vowel_variant_of_a_famous_city_or_in_its_country_is_read():
    text = "يبدأ المنتخب القطري اليوم معسكرا في زيوريخ."
    assert at(run(text, ("زيوريخ", "LOC")), "زيوريخ").country == "CHE"
    text = "أقيم المعسكر في ميرلو غرب بوينس آيرس في الأرجنتين."
    assert at(run(text, ("ميرلو", "LOC"), ("الأرجنتين", "LOC")), "ميرلو").country == "ARG"


# --- «مسقط رأس» ---------------------------------------------------------------------------

def test_birthplace_is_no_muscat():
    text = "ووري جثمانه الثرى في مسقط رأسه شرق المدينة."
    assert not [e for e in run(text) if e.text == "مسقط"]


def test_muscat_stays_muscat():
    text = "وصل الوزير إلى مسقط أمس في زيارة رسمية."
    assert at(run(text), "مسقط").country == "OMN"


# --- a family name two people bear: a cue decides ------------------------------------------

RAFSANJANI = ("سلم ابن الرئيس الأسبق علي أكبر هاشمي رفسنجاني نفسه للسجن. وتلا مهدي هاشمي "
              "رفسنجاني بيانا. ونقلت الوكالة عن رفسنجاني قوله إن الحكم ظالم. ورفسنجاني الأب رجل "
              "دين بارز. وكان رفسنجاني قد انتقد الحكم بسجن ابنه. وظل رفسنجاني الابن هدفا للمتشددين. "
              "وفي عنوان الخبر: ابن الرئيس الأسبق «رفسنجاني» يسلم نفسه.")


def _rafsanjani():
    return run(RAFSANJANI, ("علي أكبر هاشمي رفسنجاني", "PERS"), ("مهدي هاشمي رفسنجاني", "PERS"),
               ("رفسنجاني", "PERS"), ("رفسنجاني الأب", "PERS"), ("رفسنجاني", "PERS"),
               ("رفسنجاني الابن", "PERS"), ("رفسنجاني", "PERS"))


def test_family_name_alone_is_the_father_when_the_clause_speaks_of_his_son():
    ents = _rafsanjani()
    father = at(ents, "علي أكبر هاشمي رفسنجاني").entity
    assert at(ents, "رفسنجاني", 1).entity == father  # «… بسجن ابنه»
    assert at(ents, "رفسنجاني", 2).entity == father  # «ابن الرئيس الأسبق «رفسنجاني»»


def test_family_name_alone_without_a_cue_keeps_the_usual_choice():
    ents = _rafsanjani()
    assert at(ents, "رفسنجاني", 0).entity == at(ents, "مهدي هاشمي رفسنجاني").entity


SPEAKER = ("قال جابر عسيري إن ابنه كان يحلم بالشهادة. وكان الشهيد مفرح عسيري في قوات الطوارئ. "
           "وأوضح عسيري أن الشهيد مفرح عسيري كان على تواصل معهم. وأشار عسيري إلى أن الجميع فخورون.")


def test_family_name_of_the_speaker_is_not_the_person_named_right_after():
    ents = run(SPEAKER, ("جابر عسيري", "PERS"), ("مفرح عسيري", "PERS"), ("عسيري", "PERS"),
               ("مفرح عسيري", "PERS"), ("عسيري", "PERS"))
    assert at(ents, "عسيري", 0).entity == at(ents, "جابر عسيري").entity
    # the next one has no such cue: the usual choice (the person it first joined is kept by
    # key; the cue held for its own mention only)
    assert at(ents, "عسيري", 1).entity == at(ents, "مفرح عسيري").entity


# --- a ruler's given name before his full name ---------------------------------------------

def test_given_name_joins_the_later_full_name_with_bin():
    text = ("قالت النازحة: شكرا لسلمان الحزم على ما قدمه لنا. وأشادت بخادم الحرمين الشريفين "
            "الملك سلمان بن عبدالعزيز. وجاء سلمان لإعادتنا إلى مدارسنا.")
    ents = run(text, ("سلمان", "PERS"), ("سلمان بن عبدالعزيز", "PERS"), ("سلمان", "PERS"),
               is_given=is_given)
    ids = {e.entity for e in ents if "سلمان" in e.text}
    assert len(ids) == 1
    assert at(ents, "سلمان").canonical == "سلمان بن عبدالعزيز"


def test_given_name_stays_apart_without_bin_or_after_a_kunya():
    text = "قال الإمام أحمد في مسنده كذا. وقال أمير الشعراء أحمد شوقي كذا."
    ents = run(text, ("أحمد", "PERS"), ("أحمد شوقي", "PERS"), is_given=is_given)
    assert at(ents, "أحمد").entity != at(ents, "أحمد شوقي").entity
    text = "قالت أم سلمان إن ابنها مريض. وزار الملك سلمان بن عبدالعزيز المستشفى."
    ents = run(text, ("سلمان", "PERS"), ("سلمان بن عبدالعزيز", "PERS"), is_given=is_given)
    assert at(ents, "سلمان").entity != at(ents, "سلمان بن عبدالعزيز").entity


def test_given_name_rule_needs_the_lexicon():
    text = "شكرا لسلمان الحزم. وأشادت بالملك سلمان بن عبدالعزيز."
    ents = run(text, ("سلمان", "PERS"), ("سلمان بن عبدالعزيز", "PERS"))
    assert at(ents, "سلمان").entity != at(ents, "سلمان بن عبدالعزيز").entity


# --- «والله …» opening a person span is God ------------------------------------------------

def test_god_after_the_conjunction_is_no_person():
    text = "رحمه الله رحمة واسعة، ونحسبه والله حسيبه أن الله قد وفقه."
    ents = run(text, ("الله", "MISC"), ("الله حسيبه", "PERS"), ("الله", "MISC"))
    god = at(ents, "الله", 1)
    assert god.label == "MISC" and god.end - god.start == len("الله")
    assert god.entity == at(ents, "الله", 0).entity == at(ents, "الله", 2).entity


def test_names_with_allah_stay_persons():
    text = "وقال حاكم المنطقة حياة الله العامري إن السيارة انفجرت. رحم الله الفيصل."
    ents = run(text, ("الله العامري", "PERS"), ("الله الفيصل", "PERS"))
    assert at(ents, "الله العامري").label == "PERS"
    assert at(ents, "الله الفيصل").label == "PERS"

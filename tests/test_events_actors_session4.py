"""Actor phrases and roles, session 4: families found in the news-day actor audit.

Sentences written for these tests (not taken from the news day or the dev gold). Families:
span offsets of words whose article stands before a ل (اللاجئين، اللجنة), literal trigger
forms written as finite verbs (وأدانت، فصادرت، يدين), and a definite noun taking no
genitive complement (اتهمت الشرطة المتظاهرين: subject and object).
"""

import event_helpers
import pytest
from event_helpers import roles

from khabar.extract.events.actors import actor_lexicon
from khabar.extract.events.lexicon import expand, read_tsv
from khabar.extract.events.spans import clitic_letters, token_span
from khabar.pipeline import Pipeline

pipe = event_helpers.events_pipe
text_pipe = event_helpers.text_pipe


def _phrases(text_pipe, text):
    """The actor phrases of ``text`` (no entities), each with the text it spans."""
    doc = text_pipe.analyze(text)
    toks = doc.tokens
    return [(token_span(doc.text, toks[p.start], toks[p.end - 1], p.clitic).text, p)
            for p in actor_lexicon().phrases(toks)]


def _phrase_texts(text_pipe, text):
    return [t for t, _ in _phrases(text_pipe, text)]


# --- offsets: the article before a word that begins with ل ---------------------------------

def test_article_is_no_preposition():
    assert clitic_letters("ال", "اللاجئين") == 0
    assert clitic_letters("وال", "واللجنه") == 1
    assert clitic_letters("بال", "باللجنه") == 1
    assert clitic_letters("ل", "للاجئين") == 0  # ل + the article, alif dropped: لل stays
    assert clitic_letters("ول", "وللقوات") == 1


def _definite_forms():
    """Literal definite forms and the definite of every generated noun form (the article is
    a clitic there: اللاجئين is ال + لاجئين)."""
    forms = set()
    for row in read_tsv("sectors.tsv"):
        for f in expand(row[1], row[2]):
            if " " in f or row[0] == "-":
                continue
            if f.startswith("ال"):
                forms.add(f)
            elif row[1] == "n" and not f.endswith(("و", "ي", "ك", "كم", "نا", "ها", "هم", "هما", "هن")):
                forms.add("ال" + f)
    return sorted(forms)


def test_every_definite_actor_noun_round_trips(text_pipe):
    """For every one-word definite actor noun of the lexicon, after a preposition, with و
    and with ب, the span is the word without the proclitic — and the original text slice."""
    lx = actor_lexicon()
    forms = _definite_forms()
    assert any(f.startswith("الل") for f in forms)  # the family is in the lexicon
    bad = []
    for form in forms:
        for pre in ("إلى ", "و", "ب"):
            doc = text_pipe.analyze(f"وصلت المساعدات {pre}{form} أمس.")
            toks = doc.tokens
            ph = [p for p in lx.phrases(toks) if toks[p.start].start >= len("وصلت المساعدات ")]
            assert ph, form
            p = ph[0]
            sp = token_span(doc.text, toks[p.start], toks[p.end - 1], p.clitic)
            assert doc.text[sp.start : sp.end] == sp.text
            if sp.text != form:
                bad.append((pre, form, sp.text))
    assert not bad, bad[:20]


@pytest.mark.parametrize("text", [
    "قدمت الكويت مساعدات غذائية إلى اللاجئين في الأردن.",
    "وزعت قطر مساعدات على اللاجئين في لبنان.",
])
def test_refugees_after_preposition_keep_their_article(pipe, text):
    actors, recips = roles(pipe, text, "AID")
    assert any(r.startswith("اللاجئين") for r in recips), recips


# --- literal trigger forms written as finite verbs ------------------------------------------

@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("وأدانت الحكومة الأردنية التفجير الذي وقع في المدينة.", "ACCUSE", "الحكومة الأردنية"),
    ("فأدانت الحكومة التفجير.", "ACCUSE", "الحكومة"),
    ("وأدانوا الوزراء العرب الاعتداء.", "ACCUSE", "الوزراء"),
    ("وصادرت السلطات أملاك المعارضين.", "COERCE", "السلطات"),
    ("يدين البرلمان الهجوم.", "ACCUSE", "البرلمان"),
])
def test_finite_literal_form_takes_its_subject(pipe, text, type_, actor):
    actors, recips = roles(pipe, text, type_)
    assert any(a.startswith(actor) for a in actors), actors
    assert not any(r.startswith(actor) for r in recips), recips


def test_bare_ambiguous_form_is_not_forced_to_a_verb(text_pipe):
    from khabar.extract.events.clauses import finite_form
    toks = text_pipe.analyze("رفض تظاهرات أدانت وأدانت يدين الإدانات").tokens
    got = [finite_form(t, t.prefix if t.prefix in ("و", "ف") else "", "w") for t in toks]
    assert got == [False, False, True, True, True, False]
    assert not finite_form(toks[2], "", "n")  # only literal (w) forms are re-read


# --- a definite noun takes no genitive complement -------------------------------------------

@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("واتهمت الشرطة المتظاهرين بإشعال الحرائق.", "ACCUSE", "الشرطة", "المتظاهرين"),
    ("وطالبت المعارضة الحكومة بالإفراج عن المعتقلين.", "REQUEST", "المعارضة", "الحكومة"),
    ("اعتقلت الشرطة الطلاب في الجامعة.", "COERCE", "الشرطة", "الطلاب"),
])
def test_definite_subject_and_object_are_two_phrases(pipe, text, type_, actor, recipient):
    actors, recips = roles(pipe, text, type_)
    assert actors == [actor]
    assert any(r.startswith(recipient) for r in recips), recips


@pytest.mark.parametrize(("text", "phrase"), [
    ("ندد المتظاهرون بالنظام الحاكم أمس.", "النظام الحاكم"),
    ("انتقد الحزب المعارض الحكومة.", "الحزب المعارض"),
    ("وصل المتظاهرين المحتجين إلى الساحة.", "المتظاهرين المحتجين"),
])
def test_agreeing_participle_stays_in_the_phrase(text_pipe, text, phrase):
    texts = _phrase_texts(text_pipe, text)
    assert any(t.startswith(phrase) for t in texts), texts


# --- actor lexicon: committees, security bodies, the prosecution, titles --------------------

@pytest.mark.parametrize(("text", "type_", "actor", "sector"), [
    ("وحثت اللجنة المواطنين على المشاركة في الانتخابات.", "REQUEST", "اللجنة", "GOV"),
    ("ودعت هيئة الطيران المدني المسافرين إلى الحضور مبكرا.", "REQUEST", "هيئة", "GOV"),
    ("وطالبت الجهات الأمنية المواطنين بالإبلاغ عن المخالفين.", "REQUEST", "الجهات الأمنية", "COP"),
    ("وطالبت الأجهزة الأمنية السكان بعدم الاقتراب من الموقع.", "REQUEST", "الأجهزة الأمنية", "COP"),
    ("وطلبت النيابة العامة من المحكمة تأجيل الجلسة.", "REQUEST", "النيابة العامة", "JUD"),
    ("واتهم الادعاء العام المتهمين بالتزوير.", "ACCUSE", "الادعاء العام", "JUD"),
    ("ودعت المديرية العامة للجوازات المقيمين إلى مراجعة مكاتبها.", "REQUEST",
     "المديرية العامة للجوازات", "GOV"),
    ("وأشاد نائب الرئيس اليمني بالجهود المبذولة.", "SUPPORT", "نائب الرئيس", "GOV"),
    ("ووافق مجلس الإدارة على توزيع الأرباح.", "AGREE", "مجلس الإدارة", "BUS"),
    ("ودعت أمانة المنطقة السكان إلى الإبلاغ عن المخالفات.", "REQUEST", "أمانة", "GOV"),
    ("وطالبت الغرفة التجارية الوزارة بتمديد المهلة.", "REQUEST", "الغرفة التجارية", "BUS"),
    ("وطالبت الجمعية الخيرية المتبرعين بالاستمرار.", "REQUEST", "الجمعية الخيرية", "SOC"),
    ("ودعت دار الإفتاء المواطنين إلى تحري الدقة.", "REQUEST", "دار الإفتاء", "REL"),
])
def test_body_nouns_are_actors(pipe, text, type_, actor, sector):
    doc = pipe.analyze(text)
    e = next(e for e in doc.events if e.type == type_)
    assert e.actor and e.actor[0].text.startswith(actor), [a.text for a in e.actor]
    assert e.actor[0].sector == sector


def test_international_fund_is_an_igo(pipe):
    doc = pipe.analyze("وطالب صندوق النقد الدولي الحكومة بخفض الإنفاق.")
    e = next(e for e in doc.events if e.type == "REQUEST")
    assert (e.actor[0].text, e.actor[0].country) == ("صندوق النقد الدولي", "IGO")


def test_the_arab_coalition_and_the_people(pipe):
    doc = pipe.analyze("ورحبت الحكومة بدعم التحالف العربي.")
    e = next(e for e in doc.events if e.type == "SUPPORT")
    # (session 22) the Arab coalition is coded as the state leading it
    assert [(r.text, r.country) for r in e.recipient] == [("التحالف العربي", "SAU")]
    actors, recips = roles(pipe, "ودعا الرئيس الشعب اليمني إلى الوقوف صفا واحدا.", "REQUEST")
    assert recips == ["الشعب اليمني"]


def test_embassy_takes_its_country_adjective(pipe):
    doc = pipe.analyze("واتهمت السفارة الأمريكية الحكومة بالتقصير.")
    e = next(e for e in doc.events if e.type == "ACCUSE")
    assert (e.actor[0].text, e.actor[0].country, e.actor[0].sector) == ("السفارة الأمريكية", "USA", "GOV")


def test_title_heading_an_entity_gives_its_sector():
    from khabar.document import Entity
    doc = Pipeline(["text"]).analyze("واستقبل وزير الخارجية عادل الجبير السفير.")
    toks = doc.tokens
    ent = Entity(id="T1", label="PERS", entity="E1", canonical="وزير الخارجية عادل الجبير",
                 start=toks[1].start, end=toks[4].end,
                 text=doc.text[toks[1].start : toks[4].end])
    ph = actor_lexicon().phrases(toks, [ent])
    assert ph[0].kind == "entity" and ph[0].sector == "GOV"


@pytest.mark.parametrize(("text", "phrase"), [
    ("وطالبت الميليشيات المتمردة الحكومة بالانسحاب.", "الميليشيات المتمردة"),
    ("وانتقد الحزب المعارض الحكومة.", "الحزب المعارض"),
])
def test_feminine_and_listed_participles_qualify(text_pipe, text, phrase):
    texts = _phrase_texts(text_pipe, text)
    assert phrase in texts, texts


def test_the_opposition_is_no_adjective(pipe):
    actors, recips = roles(pipe, "واتهمت الحكومة المعارضة بالتحريض.", "ACCUSE")
    assert actors == ["الحكومة"] and recips == ["المعارضة"]


def test_rank_adjective_is_not_the_year(text_pipe):
    # العام after a definite noun is "the year" as often as "general": only العامة counts
    doc = text_pipe.analyze("انسحبت الشرطة العام الماضي.")
    toks = doc.tokens
    ph = actor_lexicon().phrases(toks)
    assert [toks[p.end - 1].text for p in ph] == ["الشرطة"]


# --- «المملكة»: the kingdom the document is about -----------------------------------------

def _kingdoms(text_pipe, text, outlet=None):
    from khabar.extract.events.actors import kingdom_resolver
    doc = text_pipe.analyze(text)
    doc.outlet = outlet
    at = kingdom_resolver(doc)
    by: dict[int, list] = {}
    for t in doc.tokens:
        by.setdefault(t.sentence, []).append(t)
    out = []
    for toks in by.values():
        for p in actor_lexicon().phrases(toks, kingdom=at):
            if "kingdom" in p.tags:
                out.append((token_span(doc.text, toks[p.start], toks[p.end - 1], p.clitic).text,
                            p.country))
    return out


def test_kingdom_is_the_last_named_kingdom(text_pipe):
    text = ("التقى الوزير نظيره الأردني في عمان. وأكد أن المملكة تدعم الحوار. "
            "وقالت بريطانيا إن المملكة ستواصل دعمها.")
    assert _kingdoms(text_pipe, text) == [("المملكة", "JOR"), ("المملكة", "GBR")]


def test_republics_do_not_count_and_the_outlet_is_the_fallback(text_pipe):
    text = "زار الرئيس المصري البلاد. وأعلنت المملكة دعمها للحكومة اليمنية."
    assert _kingdoms(text_pipe, text) == [("المملكة", None)]  # no default country
    assert _kingdoms(text_pipe, text, outlet="okaz") == [("المملكة", "SAU")]
    assert _kingdoms(text_pipe, text, outlet="aawsat") == [("المملكة", "SAU")]


def test_kingdom_dateline_place(text_pipe):
    assert _kingdoms(text_pipe, "المنامة - بنا: وأعلنت المملكة دعمها.") == [("المملكة", "BHR")]


def test_named_kingdoms_and_the_kingdoms_embassy(text_pipe):
    got = _kingdoms(text_pipe, "ووقعت المملكة المغربية اتفاقا. ودعت سفارة المملكة رعاياها إلى الحذر.")
    assert got == [("سفارة المملكة", "MAR")]  # المملكة المغربية is a country name
    # «المملكة الأردنية (الهاشمية)»: a kingdom with its adjective, or the country's full
    # name when the gazetteer lists it — either way one phrase of JOR
    got = [(t, p.country) for t, p in _phrases(text_pipe, "ووقعت المملكة الأردنية الهاشمية اتفاقا.")]
    assert any(t.startswith("المملكة الأردنية") and c == "JOR" for t, c in got), got


# --- a «down with» chant names the protest's target -----------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("وخرج المتظاهرون إلى الشوارع مرددين هتافات منها «يسقط فلان».", "فلان"),
    ("وتظاهر الطلاب أمام الجامعة وهتفوا يسقط العميد فلان وطالبوا باستقالته.", "العميد فلان"),
])
def test_chant_target_without_an_actor_phrase(pipe, text, target):
    actors, recips = roles(pipe, text, "PROTEST")
    assert recips == [target], recips


def test_a_chant_without_a_name_gives_no_target(pipe):
    actors, recips = roles(pipe, "وخرج المتظاهرون إلى الشوارع مرددين هتافات ضد الغلاء.", "PROTEST")
    assert not recips


# --- praise and blame take their object after ب --------------------------------------------

@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("وأشاد الوزير بالشرطة.", "SUPPORT", ["الوزير"], "الشرطة"),
    ("وندد المجلس بالحكومة السورية.", "ACCUSE", ["المجلس"], "الحكومة السورية"),
    ("أشاد بالجيش اللبناني.", "SUPPORT", [], "الجيش اللبناني"),
])
def test_praise_and_blame_object_after_bi(pipe, text, type_, actor, recipient):
    actors, recips = roles(pipe, text, type_)
    assert actors == actor and recips == [recipient]


def test_bi_phrase_far_from_the_verb_is_no_object(pipe):
    # the ب phrase must follow the verb or its subject: a place or instrument later on is not
    actors, recips = roles(pipe, "وأشاد الوزير أمس في كلمته بالرياض بالتعاون.", "SUPPORT")
    assert not any("الرياض" in r for r in recips)


def test_masdar_in_aya_is_no_adjective(text_pipe):
    # البداية، الحماية: -اية masdars look like a nisba in -ية but qualify nothing
    from khabar.extract.events.actors import _adjective
    toks = text_pipe.analyze("البداية الحماية الولاية الأمنية العسكرية").tokens
    assert [_adjective(t, True) for t in toks] == [False, False, False, True, True]


# --- a two-noun idafa chain after a body noun -----------------------------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("وطالبت لجنة حقوق الإنسان الحكومة بالتحقيق.", "لجنة حقوق الإنسان"),
    ("وانسحبت قوات حفظ السلام من المنطقة.", "قوات حفظ السلام"),
])
def test_idafa_chain_joins_the_phrase(text_pipe, text, phrase):
    texts = _phrase_texts(text_pipe, text)
    assert phrase in texts, texts


@pytest.mark.parametrize(("text", "first"), [
    ("وطالبت لجنة أمس الحكومة بالتحقيق.", "لجنة"),  # a time word is no complement
    ("قتل خمسة أشخاص على الأقل.", "أشخاص"),  # a particle is none
    ("خرج تلاميذ مرحلة الأساس إلى الشوارع.", "تلاميذ"),  # crowds keep their qualifiers out
])
def test_idafa_chain_stops(text_pipe, text, first):
    texts = _phrase_texts(text_pipe, text)
    assert texts[0] == first, texts


def test_voters_are_civilians(pipe):
    actors, recips = roles(pipe, "ودعت اللجنة الوطنية للانتخابات الناخبين إلى المشاركة.", "REQUEST")
    assert recips == ["الناخبين"]


def test_group_name_before_a_particle_is_the_group(pipe):
    # the particle list is compared in its normalised form (على → علي)
    actors, recips = roles(pipe, "هاجمت القاعدة على الحدود قافلة عسكرية.", "ASSAULT")
    assert actors == ["القاعدة"]
    doc = pipe.analyze("هاجم مسلحون القاعدة العسكرية.")
    e = next(e for e in doc.events if e.type == "ASSAULT")
    assert [r.country for r in e.recipient] == [None]  # the military base, not al-Qaeda


@pytest.mark.parametrize("prep", ["على", "إلى", "لدى", "أمام"])
def test_phrase_after_a_normalised_preposition_is_prepositional(text_pipe, prep):
    from khabar.extract.events.actors import _prepositional
    doc = text_pipe.analyze(f"وصل الوفد {prep} الحكومة أمس.")
    toks = doc.tokens
    ph = [p for p in actor_lexicon().phrases(toks) if toks[p.start].text == "الحكومة"]
    assert ph and _prepositional(toks, ph[0])


@pytest.mark.parametrize(("text", "phrases"), [
    ("قتلت الشرطة المسلحين في المدينة.", ["الشرطة", "المسلحين"]),
    ("قتلت القوات المسلحين.", ["القوات", "المسلحين"]),
    ("هاجم الجنود المسلحين الدورية.", ["الجنود المسلحين", "الدورية"]),
    ("قصفت الطائرات المقرات العسكرية لجماعة الحوثي المسلحة.",
     ["الطائرات", "المقرات العسكرية لجماعة الحوثي المسلحة"]),
])
def test_descriptor_agrees_in_number(text_pipe, text, phrases):
    texts = _phrase_texts(text_pipe, text)
    assert texts == phrases


def test_genitive_of_a_named_actors_title_is_no_object():
    # فلان مستشار خادم الحرمين: the phrase after the title is the actor's apposition
    from khabar.document import Entity
    pipe = Pipeline(["text", "events"])
    text = "وافق الأمير خالد الفيصل مستشار خادم الحرمين الشريفين على مشروع تطوير السوق."
    doc = pipe.analyze(text)
    s = text.index("خالد")
    ent = Entity(id="T1", label="PERS", entity="E1", canonical="خالد الفيصل", start=s,
                 end=s + len("خالد الفيصل"), text="خالد الفيصل")
    doc.entities = [ent]
    doc.events = pipe.stages[-1](doc)
    e = next(e for e in doc.events if e.type == "AGREE")
    assert [a.text for a in e.actor] == ["الأمير خالد الفيصل"]
    assert not e.recipient
    # a bare object after a named actor is still the object
    actors, recips = roles(pipe, "واستقبل وزير الخارجية سفير اليابان.", "CONSULT")
    assert recips == ["سفير اليابان"]


# --- the giver of aid: across a relative clause, a named institution ------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("وسلمت السفارة السعودية التي تتابع أوضاع اللاجئين مساعدات غذائية إلى الأسر.", "السفارة السعودية"),
    ("وقدم مركز الملك سلمان للإغاثة مساعدات طبية للشعب اليمني.", "مركز الملك"),
    ("ووزعت الجمعية مساعدات على النازحين.", "الجمعية"),
])
def test_aid_giver(pipe, text, actor):
    actors, recips = roles(pipe, text, "AID")
    assert actors and actors[0].startswith(actor), actors


def test_relative_clause_does_not_hide_a_subordinator(pipe):
    # only one relative clause is skipped; a complementizer still stops the search
    actors, recips = roles(pipe, "وقال الوزير إن المساعدات وصلت إلى اللاجئين.", "AID")
    assert "الوزير" not in actors


def test_the_event_stage_codes_a_bare_kingdom_as_the_kingdom_named_before() -> None:
    from khabar.pipeline import Pipeline

    text = ("استقبل الملك عبدالله الثاني في عمان وفدا أردنيا. "
            "وأدانت المملكة الأردنية الهجوم على السفارة. "
            "وقالت مصادر إن المملكة أدانت بشدة الاعتداء على السفارة.")
    doc = Pipeline().analyze(text, published="2015-08-10")
    coded = [(a.text, a.country) for e in doc.events for a in e.actor if a.text == "المملكة"]
    assert coded and all(country == "JOR" for _, country in coded)

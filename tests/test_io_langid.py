"""Language identification and the pipeline's handling of non-Arabic documents."""

from __future__ import annotations

import pytest

import khabar
from khabar.io.langid import LANGUAGES, detect
from khabar.pipeline import Pipeline

ENGLISH = ("The United States and Iraq have reached an agreement on the withdrawal of "
           "coalition troops by September 2025, officials told the newspaper on Friday.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("توصلت الولايات المتحدة والعراق إلى اتفاق لانسحاب القوات.", "ar"),
        (ENGLISH, "en"),
        ("Les États-Unis et l'Irak ont conclu un accord sur le retrait des troupes.", "fr"),
        ("ایالات متحده و عراق درباره خروج نیروها به توافق رسیدند.", "fa"),
        ("امریکہ اور عراق نے فوجیوں کے انخلا پر معاہدہ کر لیا ہے۔", "ur"),
        ("Die Vereinigten Staaten und der Irak haben sich auf einen Abzug geeinigt.", "de"),
        ("12 / 34 --", None),
        ("", None),
    ],
)
def test_detect(text, lang):
    assert detect(text) == lang


def test_english_document_is_labelled_and_passed_through():
    doc = khabar.analyze(ENGLISH, published="2024-09-06")
    assert doc.language == "en"
    assert doc.sentences and doc.tokens  # sentences/tokens still work
    assert doc.text == ENGLISH  # not mangled
    assert [w.type for w in doc.warnings] == ["language"]


def test_non_arabic_document_skips_the_arabic_stages():
    calls = []

    class Spy:
        name = "entities"
        layer = "entities"

        def __call__(self, doc):
            calls.append(doc.id)
            return []

    pipe = Pipeline()
    pipe.stages = [pipe.stages[0], Spy()]
    pipe.analyze(ENGLISH, id="en")
    pipe.analyze("قال الرئيس العراقي إن القوات ستغادر.", id="ar")
    assert calls == ["ar"]


def test_given_language_is_trusted():
    doc = Pipeline().analyze("نص قصير", language="ar")
    assert doc.language == "ar" and not doc.warnings


def test_mixed_script_goes_by_the_majority_script():
    arabic = "أعلنت شركة مايكروسوفت اليوم عن إطلاق نظام جديد في السوق السعودية والخليجية"
    english = " Microsoft Windows Azure cloud platform"
    assert detect(arabic + english) == "ar"
    assert detect(ENGLISH + " وقال الوزير") == "en"


def test_links_and_addresses_do_not_decide_the_language():
    arabic = "قال وزير الخارجية العراقي يوم الأحد إن القوات الأمريكية ستغادر بغداد. " * 3
    assert detect("http://" + "a" * 20_000 + ".com " + arabic) == "ar"  # was "es"
    assert detect("a@" * 5_000 + arabic) == "ar"
    assert detect(arabic + " https://www.example.com/some/english/words/here") == "ar"
    # a long run of letters before a lone «@» completes (a link pattern that backtracks
    # over every start of the run took 23 s here)
    assert detect("b" * 20_000 + " @ " + arabic) in LANGUAGES

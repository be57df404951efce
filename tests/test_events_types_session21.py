"""Modality of the 14 event types other than ASSAULT/PROTEST, session 21 (evt21; issue #6): nouns spelt like the
future «س» + an imperfect (سنوات، سياسيين، سيناء، سيدات، سياق) are no future verb in ``modality._future``; the class is
built from the development data by ``khabar.extract.events.sin_nouns``. Written sentences (none from a corpus);
the rules without the entity stage."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.eval.corpus import shared_dir
from khabar.extract.events import sin_nouns
from khabar.extract.events.modality import _future
from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import text_tokens, trigger_modality

pipe = event_helpers.rules_pipe


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("تقدمت الشركة قبل حوالي ثلاث سنوات بطلب للحصول على ترخيص.", "طلب", "REQUEST"),  # future_governed
    ("وتعرض السجين للتعذيب خلال سنوات اعتقاله في السجن.", "اعتقاله", "COERCE"),  # the verb-near path, before
    ("وجرى اللقاء مع سياسيين لبنانيين في بيروت.", "اللقاء", "CONSULT"),  # ... after the noun
    ("وأثنى على زيارة الرئيس إلى سيناء أمس.", "زيارة", "CONSULT"),
    ("وبحث الوزير التعاون مع سيدات الأعمال.", "التعاون", "COOPERATE"),
    ("وأضافت الصحيفة أن اللقاء جاء في سياق مبادرة جديدة للسلام.", "اللقاء", "CONSULT"),
])
def test_a_sin_noun_is_no_future_verb(pipe: Pipeline, text: str, trigger: str, type_: str) -> None:
    # before: coded future (and a future CONSULT/COOPERATE recoded AGREE by the codebook rule)
    assert trigger_modality(pipe, text, trigger, type_) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("انسحاب القوات سيبدأ الشهر المقبل.", "انسحاب"),
    ("ستبدأ المفاوضات بين الطرفين غدا.", "المفاوضات"),
    ("وقال إن التعاون سينسحب على القطاعات الأخرى.", "التعاون"),
    ("وأكد أن الرئيس سيفي بوعده بتقديم المساعدات.", "المساعدات"),  # «سيفي» is no «سيف» + «ي»
    ("وأعلن أن الاجتماع سيلي المؤتمر الصحفي.", "الاجتماع"),  # nor «سيلي» «سيل» + «ي»
    ("وقال إن الاجتماع سيتم الأسبوع المقبل.", "الاجتماع"),
])
def test_a_future_verb_stays_future(pipe: Pipeline, text: str, trigger: str) -> None:
    assert trigger_modality(pipe, text, trigger) == "future"


def test_future_unit() -> None:
    toks = text_tokens("سنوات وسنوات سياسيين سيناء سياستها سنويا سيتم وسينسحب ستبدأ سيفي سيلي سوف")
    assert [_future(t) for t in toks] == [False] * 6 + [True] * 6


def test_build_reads_the_article_prepositions_and_possessives() -> None:
    counts = Counter({
        "سنوات": 5, "السنوات": 2,  # the article: listed
        "سنويا": 3, "السنوي": 1, "بالسنوي": 1,  # a tanween alef: the forms without it count
        "سياستها": 2, "السياسه": 1, "للسياسه": 1,  # a possessive on a listed stem (ت read as ة)
        "سيتم": 9, "يتم": 4,  # a future verb: no article, no preposition
        "سيفي": 1, "السيف": 3,  # «ي» needs a stem of four letters: سيفي stays a verb
        "سيارتي": 1, "السياره": 2,  # ... which «سيارة» has
        "سيناء": 1, "لسيناء": 1,  # once only: below MIN_NOUN
        "بسيطا": 4, "سيط": 2,  # too short to be split at all
    })
    assert sin_nouns.build(counts) == sorted(["سنوات", "سنويا", "سياستها", "سيارتي"])


def test_the_shipped_list_holds_the_nouns_not_the_verbs() -> None:
    words = sin_nouns.sin_nouns()
    assert {"سنوات", "سنين", "سياسي", "سيناء", "سيول", "سيدات", "سنويا", "سياق", "سيارات"} <= words
    assert not {"سيتم", "سيكون", "ستكون", "ستبدا", "سيبدا", "سيعقد", "سيفي", "سيلي", "سيطرت"} & words


@pytest.mark.skipif(not (shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip").exists(),
                    reason="shared news sample not available")
def test_the_shipped_list_is_what_the_builder_gives() -> None:
    assert sin_nouns.build(sin_nouns.corpus_counts()) == sorted(sin_nouns.sin_nouns())

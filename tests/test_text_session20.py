"""Session 20 (txt20): a line joined to the next only because it is long or holds a comma
ends its sentence when the next line opens like one — «و» glued to a word (not a
stem-initial word), a list item or bullet, a date stamp, a listed discourse opener or tag
line — while a broken phrase («…الدعم⏎⏎اللوجستي…») still runs on; and the held-out-3 gold
(tests/gold/sentences.json) drawn by ``khabar.text.draw_segment``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from khabar.text.segment import opens_sentence, paragraphs, sentences

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"
GOLD = Path(__file__).resolve().parent / "gold" / "sentences.json"

# sixteen words, no final stop, no comma: a body line, not a headline
LONG = ("وأشار إلى أن المشروع يحمل أهمية كبيرة في تنمية البلاد وحركة الملاحة العالمية "
        "خلال السنوات المقبلة بحسب الخبراء")
COMMA = "وأكد الوزير أهمية المشروع، مشيرا إلى دوره في التنمية"


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n \n\n"])
@pytest.mark.parametrize("nxt", [
    "وأفاد المتحدث بأن الاجتماع انتهى.",
    "ومن جانبهم، أكد المصابون عزمهم.",
    "ويقول إنه ليس جمهوريا تقليديا.",
    "4. التحرش بالتعري.",
    "٢- قامت الكلية بتقييد طلبه.",
    "• بداية، لماذا رفضت العروض؟",
    "2015-08-10 (1436/10/25) 16:09:03",
    "من جهة ثانية تستعد إدارة النادي للموسم.",
    "إلى ذلك، قتل سبعة من المسلحين.",
    "رابط الخبر بصحيفة الوئام: مصرع ستة أشخاص",
])
@pytest.mark.parametrize("prev", [LONG, COMMA])
def test_a_line_opening_like_a_sentence_ends_the_long_line_before_it(prev, sep, nxt):
    text = prev + sep + nxt
    assert texts(text) == [prev, nxt]
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("nxt", [
    "اللوجستي للقوات العراقية.",         # the example article's broken phrase
    "سواء الهواتف الذكية أو الكمبيوتر اللوحي.",
    "إلى المراجعة اعتبارا من غد الثلاثاء.",
    "لأن استغلالها لا يحتاج أي حركة.",
    "وزارة الخارجية في بيان لها.",       # «و» of the stem (native_initial.txt)
    "فيصل بن سلمان في كلمته.",           # «ف» is not taken as a conjunction
    "فضلا عن استمرار نقل الحالات.",
    "2.5 مليون دولار في العام.",          # a decimal, not a list item
    "2014-2015 الماضي.",                 # a season, not a date stamp
    ". ودعا المهدي إلى الحوار.",         # a stop carried over to the next line
])
@pytest.mark.parametrize("prev", [LONG, COMMA])
def test_a_line_that_does_not_open_a_sentence_still_continues(prev, sep, nxt):
    text = prev + sep + nxt
    assert len(paragraphs(text)) == 1
    assert not texts(text)[0].endswith(prev[-10:])


@pytest.mark.parametrize("prev", [
    "وقال إن المشروع الذي تحدث عنه الوزير في",       # a trailing function word
    "وأضاف الوزير في تصريح له،",                       # a trailing comma
    "وفي ما يلي تفاصيل الحوار:",                        # a trailing colon
])
def test_an_unfinished_line_joins_even_a_sentence_opener(prev):
    text = prev + "\n\nوقال المتحدث إن الاجتماع انتهى."
    assert len(paragraphs(text)) == 1


def test_a_short_line_stays_its_own_sentence_whatever_follows():
    assert texts("الفوزان: الاعتداءات تزيدنا تماسكا\n\nاللوجستي للقوات.") == [
        "الفوزان: الاعتداءات تزيدنا تماسكا", "اللوجستي للقوات."]


@pytest.mark.parametrize(("line", "expected"), [
    ("وأفاد الدكتور", True),
    ("  وعبرت الحكومة", True),
    ("واشنطن ترفض", False),
    ("وكالة الأنباء", False),
    ("و قال", False),                    # a lone «و» is not glued to a word
    ("في المقابل، أعلنت", True),
    ("في المقابلة التي أجرتها", False),  # whole words only
    ("*** ويقول", True),
    ("", False),
])
def test_opens_sentence(line, expected):
    assert opens_sentence(line) is expected


needs_news = pytest.mark.skipif(not NEWS.exists(), reason="news sample not available")


@needs_news
def test_held_out_3_is_the_seeded_draw():
    from khabar.text.draw_segment import DEFAULT_QUOTAS, draw

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    held = [a["index"] for a in gold["articles"] if a["set"] == "held-out-3"]
    assert [i for i, _ in draw("txt20", DEFAULT_QUOTAS, news_path=NEWS)] == held
    assert len(held) == 10
    # another seed draws other articles
    assert [i for i, _ in draw("txt20b", DEFAULT_QUOTAS, news_path=NEWS)] != held


@needs_news
def test_held_out_3_scores_no_lower_than_its_blind_run():
    """Blind at 60d0185: P 0.800 R 0.907 (docs/quality.md, Text layer, session 20)."""
    from khabar.text.eval_segment import evaluate

    s = evaluate(GOLD, NEWS)["held-out-3"]
    assert (s["gold"], s["articles"]) == (75, 10)
    assert s["precision"] >= 0.800 and s["recall"] >= 0.906

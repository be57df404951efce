"""Session 14, second round (evt14b): the sports-report family of the 14 audited types on
sentences written for these tests — a sports report's sentences without a sports word (a document
with enough sports words) go, and so do those of reports the `sports` group alone does not see
(words of cues.tsv's `sports_doc`); an arrest, a line of a governing party (a country's name, a
federation, a government, an international body) and the same lines outside sports stay.
"""

import pytest
from event_helpers import events_of, rule_pipeline

from khabar.extract.events.contexts import SPORTS_REPORT, SPORTS_WHOLE, sports_level
from khabar.extract.events.triggers import lexicon


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


def _level(text: str) -> int:
    return sports_level(lexicon(), rule_pipeline().analyze(text).tokens)


# --- a sports report: every sentence is sports talk -------------------------------------------

# five `sports` words (مباراة، اللاعب، المدرب، الملعب، البطولة) before the line without one
MATCH = ("خسر الفريق المباراة أمام ضيفه في الملعب بهدفين، وقال اللاعب إن المدرب يتحمل المسؤولية "
         "وإن البطولة ما زالت في المتناول. ")
SPORTS_LINES = [
    ("REJECT", MATCH + "وقال رئيس اللجنة إن الأهلي رفض طلب التأجيل الذي تقدم به الشباب."),
    ("ACCUSE", MATCH + "وأضاف: لا يمكن أن أفرط في الانتقاد بعد هذا الأداء."),
    ("CONSULT", MATCH + "وتختتم المرحلة اليوم بلقاء الأهلي والشباب في جدة."),
]


@pytest.mark.parametrize("type_,text", SPORTS_LINES)
def test_a_line_of_a_sports_report_is_sports_talk(type_, text):
    assert _level(text) >= SPORTS_WHOLE
    assert type_ not in _types(text)


def test_an_arrest_in_a_sports_report_stays():
    text = MATCH + "وتمكنت الشرطة من القبض على المشتبه بهم في إطلاق النار على الحافلة أمس."
    assert "COERCE" in _types(text)


GOVERNED = [
    ("AGREE", MATCH + "لكن الكويت تعهدت بالالتزام بالقوانين الدولية فتم رفع الإيقاف."),
    ("REQUEST", MATCH + "وطالبت اللجنة الأولمبية الدولية السلطات بمواصلة الحوار."),
]


@pytest.mark.parametrize("type_,text", GOVERNED)
def test_a_governing_party_in_a_sports_report_keeps_its_event(type_, text):
    # a country's name, a federation, a government, an international body: sports governance
    assert type_ in _types(text)


def test_the_same_lines_outside_sports_stay():
    # one sports word is no sports report: the political line keeps its event
    text = ("حضر الوزير المباراة أمس. "
            "وقال الوزير إن الحكومة رفضت العروض التي قدمتها الشركة لتشغيل الميناء.")
    assert _level(text) < SPORTS_REPORT
    assert "REJECT" in _types(text)
    assert "REJECT" in _types("وقال رئيس اللجنة إن الأهلي رفض طلب التأجيل الذي تقدم به الشباب.")


def test_a_few_sports_words_need_a_sports_word_in_the_sentence():
    # three or four sports words: only a sentence with a sports or club word is sports talk
    text = ("خسر الفريق المباراة أمام ضيفه في الملعب وقال المدرب إن الأداء ضعيف. "
            "وطالبت وزارة الداخلية السكان بالابتعاد عن مجاري السيول.")
    assert SPORTS_REPORT <= _level(text) < SPORTS_WHOLE
    assert "REQUEST" in _types(text)


# --- sports reports that only the sports_doc words reveal ---------------------------------------

def test_sports_doc_words_make_a_sports_report():
    text = ("تعادل الهلال والنصر بهدفين لمثلهما في قمة دوري المحترفين لكرة القدم، واكتفى الفريق "
            "الكروي بالتعادل. وزار رئيس النادي السفير السعودي في مقر السفارة أمس.")
    assert _level(text) >= SPORTS_REPORT
    assert "CONSULT" not in _types(text)


def test_words_of_other_senses_are_no_sports_words():
    # فكرة (an idea: ف + كرة), الحكم (a verdict or rule), بهدف (in order to) count for nothing
    text = ("وقال القاضي إن الحكم صدر بهدف الردع، وهي فكرة قديمة. "
            "وزار رئيس النادي الأدبي الوزير والتقى أعضاء اللجنة.")
    assert _level(text) == 0
    assert "CONSULT" in _types(text)


def test_a_country_adjective_is_no_governing_party():
    # «الكرة السعودية» is Saudi football, not the state: the sports line goes
    text = MATCH + "ولم يعد للمناوشات بين رفض وقبول أي وجود لمصلحة الكرة السعودية."
    assert "REJECT" not in _types(text)

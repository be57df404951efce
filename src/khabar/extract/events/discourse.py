"""Sentences that speak about attacks without reporting one (session 16, ev16; issue #6).

The ASSAULT rules propose an event wherever an attack word stands; these families recognise
kinds of sentence that use the words without reporting a current attack — classes that recur
in the false positives of half A of the dev slice, the news-day labels and the ANERcorp
labels (docs/events.md "Detection, session 16"):

- a **film, play, novel or series** told (:func:`fiction`): two words of a fiction or its
  making in the sentence (مسرحية … الممثلون … مخرج، الفيلم … بطولة … إخراج);
- **scripture and early Islam**: the honorifics of the Prophet and his Companions
  (:func:`honorific`: صلى الله عليه وسلم، رضي الله عنه) mark a hadith quoted, a sermon or
  early Islam retold — no report; a Hijri year (:func:`hijri_year`: سنة 40 هجرية) dates a
  killing of early Islam, which :func:`.evidence.historical` marks as history;
- a **habit or a description** in the imperfect (the check is in :func:`.evidence.keep`, which
  knows the actors): an attack verb in the imperfect with no attacker named and no near time in
  its window — «يستهدفون وطنا ومواطنين»، «من يفجرون أنفسهم بالمصلين يعرفون» — says what someone
  does, not that an attack took place (the PROTEST rule of session 4 says the same of protest
  verbs); with an attacker named the present tense reports («تقصف الطائرات التركية مواقع …»).

Every list is of matching forms (:func:`khabar.text.normalize.match_form`), whole words.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_form, match_forms

# A fiction and its making: two of these in a sentence (not the same word twice).
FICTION = match_forms(
    "فيلم الفيلم أفلام الأفلام مسرحية المسرحية مسلسل المسلسل رواية الرواية الروائي قصة القصة "
    "بطولة البطولة بطل البطل بطلة إخراج الإخراج مخرج المخرج مخرجة تأليف سيناريو السيناريو "
    "الممثلون الممثلين ممثلون ممثلين الممثل ممثل الممثلة ممثلة أدوار الأدوار دور مشهد المشهد "
    "مشاهد الحلقة السينما المسرح العرض الأحداث"
)
# «العرض» and «الأحداث» alone mean a show and the events; they count only beside a fiction noun.
FICTION_NOUNS = match_forms(
    "فيلم الفيلم أفلام الأفلام مسرحية المسرحية مسلسل المسلسل رواية الرواية الروائي"
)


def fiction(tokens: Sequence[Token]) -> bool:
    """Whether the sentence tells a fiction: a fiction noun (فيلم، مسرحية، مسلسل، رواية) and
    another word of a fiction or its making (بطولة، إخراج، مخرج، الممثلون، أدوار، أحداث …)."""
    seen = {t.base for t in tokens if t.kind == "word" and t.base in FICTION} \
        | {t.norm for t in tokens if t.kind == "word" and t.norm in FICTION}
    return bool(seen & FICTION_NOUNS) and len(seen) >= 2


# The Prophet's and the Companions' honorifics: «صلى الله عليه وسلم»، «رضي الله عنه/عنها/عنهم».
# Not «عليه السلام», which follows the imams' names in shrines attacked today (مرقد الإمام
# الحسين عليه السلام).
_PRAYER = match_form("صلى")
_PLEASED = match_form("رضي")
_GOD = match_form("الله")
_ON_HIM = match_form("عليه")
_FROM = match_forms("عنه عنها عنهم عنهما")
# A Hijri year: a number followed by «هجرية/هجري/للهجرة» or «هـ».
HIJRI = match_forms("هجرية هجري للهجرة هـ ه")


def honorific(tokens: Sequence[Token]) -> bool:
    """Whether the sentence names the Prophet or a Companion with the honorific (صلى الله عليه
    وسلم، رضي الله عنه): a hadith quoted, a sermon, early Islam retold — no attack report."""
    return any(t.kind == "word" and tokens[j + 1].norm == _GOD and (
        t.norm == _PRAYER and tokens[j + 2].norm == _ON_HIM
        or t.norm == _PLEASED and tokens[j + 2].norm in _FROM)
        for j, t in enumerate(tokens[:-2]))


# Hijri years before this are history; the Saudi press dates today's events in the Hijri
# calendar too (الخميس 21/10/1436هـ).
CLASSICAL_BEFORE = 1300


def hijri_year(tokens: Sequence[Token]) -> bool:
    """Whether the sentence dates something by a Hijri year of the past centuries (سنة 40
    هجرية، عام 132 للهجرة، سنة 61 هـ): early Islam retold. A year from 1300 on is a date of
    today (الخميس 21/10/1436هـ)."""
    return any(t.kind == "number" and j + 1 < len(tokens) and tokens[j + 1].norm in HIJRI
               and t.text.isdigit() and int(t.text) < CLASSICAL_BEFORE
               for j, t in enumerate(tokens))

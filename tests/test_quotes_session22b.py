"""Session 22 (q22): a participle after a reported speech act goes on from the one who did it — a nested
statement (docs/quotes.md § 5 "Session 22"). «وأضاف المتحدث أن الرئيس التنفيذي للشركة هنأ الرئيس على
…، منوها بأنها …»: the spokesman reports the chief executive's congratulation, and «منوها» is the chief
executive's, relayed by the spokesman (a person via); so in «وأضاف زكريا: حاول الرئيس الأميركي باراك
أوباما في كلمة … وضع إيران …، مشيراً إلى أن …» (held-out 15's 1061, held-out 27's 106). Only a titled
person doing a speech act (رحب، هنأ، أشاد، ثمّن، شكر، أثنى، حيّا) or an act in a speech («في كلمة/خطاب/
حديث/مقابلة»); other acts reported leave the speaker going on («قال الوزير إن المتهم فر …، مؤكدا …»).
The sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def test_a_congratulation_reported_by_a_spokesman(pipe: Pipeline) -> None:
    text = ("وأضاف المتحدث الرسمي أن الرئيس التنفيذي للشركة هنأ الرئيس على افتتاح القناة الجديدة، "
            "منوها بأنها تفتح عهدا جديدا.")
    q = one(pipe, text, "تفتح عهدا")
    assert q.source.text == "الرئيس التنفيذي للشركة" and [v.name for v in q.via] == ["المتحدث الرسمي"]


def test_a_welcome_and_the_second_participle_after_it(pipe: Pipeline) -> None:
    text = ("وذكر السفير علاء يوسف أن الرئيس رحب برغبة الشركة في زيادة استثماراتها، منوها بأن الدولة ملتزمة "
            "بسداد مستحقات الشركات، مؤكدًا عزم الحكومة مواصلة السداد.")
    for fragment in ("الدولة ملتزمة", "عزم الحكومة"):
        q = one(pipe, text, fragment)
        assert q.source.text == "الرئيس" and [v.name for v in q.via] == ["علاء يوسف"]


def test_an_act_done_in_a_speech(pipe: Pipeline) -> None:
    text = ("وأضاف زكريا: حاول الرئيس الأميركي باراك أوباما في كلمة بالجامعة وضع إيران في إطار محدد، مشيراً إلى "
            "أن جيرانها يفوقونها إنفاقا.")
    q = one(pipe, text, "جيرانها يفوقونها")
    assert "باراك أوباما" in q.speaker and [v.name for v in q.via] == ["زكريا"]


def test_another_act_reported_leaves_the_speaker_going_on(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن المتهم فر من السجن، مؤكدا أن الشرطة تلاحقه.", "الشرطة تلاحقه")
    assert q.speaker == "الوزير" and not q.via


def test_a_body_acting_leaves_the_speaker_going_on(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن الوزارة رحبت بالقرار، مؤكدا أن التنفيذ يبدأ غدا.", "التنفيذ يبدأ")
    assert q.speaker == "الوزير" and not q.via


def test_a_quotation_in_marks_is_the_speakers_own(pipe: Pipeline) -> None:
    q = one(pipe, 'وقال الوزير: "إن الرئيس رحب بالوفد"، مؤكدا أن الزيارة ناجحة.', "الزيارة ناجحة")
    assert q.speaker == "الوزير" and not q.via

"""Session 21 (q21): one convention for honorific sources (the lead's decision, session 20; docs/quotes.md § 2).
A cue whose subject is a singular honorific pronoun («وقال سموه»، «كما أكد معاليه»، «مؤكدا سموه») has the
honorific itself as its SOURCE — explicit, the span next to the cue — and its holder as the SPEAKER, whichever
way the holder was found: named with the honorific at a section's start (session 17), the participle's
holder (q20b), the speaker going on from an earlier quote, or the fallback (q20b). One method decides it
(`antecedents.honorific_subjects`). A quote going on from it has that honorific as its implicit source. The
sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- positives: every path gives the honorific as the source, the holder as the speaker -----------------
def test_section_start_holder_named_with_the_honorific(pipe: Pipeline) -> None:
    # session 17's path: nothing earlier to go on from, the prince named with «صاحب السمو»
    text = ("رفع صاحب السمو الأمير تركي بن عبدالله أمس التعازي لأسرة الشهيد في منزلها.\n\n"
            "وقال سموه «جميعنا في خندق واحد للدفاع عن هذه البلاد».")
    q = one(pipe, text, "جميعنا في خندق")
    assert q.speaker == "تركي بن عبدالله"
    assert q.source.text == "سموه" and not q.implicit


def test_participle_with_the_honorific_after_another_subject(pipe: Pipeline) -> None:
    # q20b's participle path: «رحب» is no person, the prince named before speaks
    text = ("أدى القضاة الجدد اليمين أمام صاحب السمو الشيخ محمد بن راشد آل مكتوم في مكتبه.\n"
            "وقد رحب سموه بالقضاة الجدد ووجههم سموه بعد أن رحب بهم بأن يلتزموا بالقانون مؤكدا سموه "
            "أن لا أحد فوق القانون.")
    q = one(pipe, text, "لا أحد فوق")
    assert q.speaker == "محمد بن راشد آل مكتوم"
    assert q.source.text == "سموه" and not q.implicit


def test_the_minister_going_on_is_named_by_the_honorific(pipe: Pipeline) -> None:
    # «كما أكد معاليه» after the minister's own statement: the speaker goes on, the source is «معاليه»
    text = ("أكد معالي وزير الشؤون البلدية المهندس خالد العتيبي وجوب الالتزام بضوابط الحملات الانتخابية.\n"
            "كما أكد معاليه في تعميم للجان المحلية على ضرورة الالتزام باللائحة.")
    q = one(pipe, text, "الالتزام باللائحة")
    assert q.speaker == "خالد العتيبي"
    assert q.source.text == "معاليه" and not q.implicit


def test_a_quote_going_on_from_the_honorific_takes_it_as_its_source(pipe: Pipeline) -> None:
    text = ("رفع صاحب السمو الأمير تركي بن عبدالله أمس التعازي لأسرة الشهيد في منزلها.\n\n"
            "وقال سموه إن الوطن يفخر بأبنائه، مضيفا أن الإرهاب لن ينال من وحدة البلاد.")
    first, then = one(pipe, text, "الوطن يفخر"), one(pipe, text, "الإرهاب لن ينال")
    assert first.source.text == "سموه" and not first.implicit
    assert then.speaker == "تركي بن عبدالله" and then.source.text == "سموه" and then.implicit
    assert (then.source.start, then.source.end) == (first.source.start, first.source.end)


def test_fallback_without_a_holder_keeps_the_honorific_as_speaker_and_source(pipe: Pipeline) -> None:
    q = one(pipe, "وبين معاليه، أن مجلس الوزراء نوه بعمق العلاقات بين البلدين.", "مجلس الوزراء نوه")
    assert q.speaker == "معاليه" and q.source.text == "معاليه" and not q.implicit


# -- negatives: no honorific after the cue, a dual honorific -------------------------------------------
def test_a_named_subject_keeps_its_own_source(pipe: Pipeline) -> None:
    text = ("رفع صاحب السمو الأمير تركي بن عبدالله أمس التعازي لأسرة الشهيد في منزلها.\n\n"
            "وقال الأمير تركي بن عبدالله إن الوطن يفخر بأبنائه.")
    q = one(pipe, text, "الوطن يفخر")
    assert q.source.text == "الأمير تركي بن عبدالله" and not q.implicit


def test_an_implicit_cue_without_the_honorific_stays_implicit(pipe: Pipeline) -> None:
    text = ("رفع صاحب السمو الأمير تركي بن عبدالله أمس التعازي لأسرة الشهيد في منزلها.\n\n"
            "وقال إن الوطن يفخر بأبنائه.")
    q = one(pipe, text, "الوطن يفخر")
    assert q.implicit and q.source is not None and "سموه" not in q.source.text


def test_a_dual_honorific_is_not_made_one_source(pipe: Pipeline) -> None:
    text = ("التقى صاحب السمو الأمير خالد الفيصل وصاحب السمو الأمير مشعل بن ماجد أعيان جدة أمس.\n"
            "وأكد سموهما أن الدولة مع المواطن.")
    qs = [q for q in quote_helpers.quotes(pipe, text) if "الدولة مع المواطن" in q.content.text]
    assert all(q.speaker not in ("خالد الفيصل", "مشعل بن ماجد") for q in qs)

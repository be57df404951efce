"""Photo captions glued into running text (session 18, qa18, ANERcorp set 1): a statement whose content
runs on past a photo credit «(رويترز)»، «(الفرنسية - أرشيف)» into the story after it is a caption, not
a quote — unless its cue carries «و/ف» (a paragraph that a caption line follows) or nothing follows the
credit."""

from __future__ import annotations

from quote_helpers import quotes, quotes_pipe

pipe = quotes_pipe


def contents(text: str, pipe) -> list[str]:
    return [q.content.text for q in quotes(pipe, text)]


def test_caption_run_into_the_next_paragraph_is_dropped(pipe):
    got = contents("الشرطة قالت إنها تراقب آلاف البريطانيين المسلمين (رويترز) وفي مانشيستر قالت الشرطة "
                   "إنها اعتقلت شخصين آخرين.", pipe)
    assert not any("تراقب" in c for c in got), got
    assert any(c.startswith("إنها اعتقلت شخصين") for c in got), got


def test_caption_with_archive_credit_is_dropped(pipe):
    got = contents("رايس قالت إن المحادثات لا يمكن أن تستمر طويلا (الفرنسية - أرشيف) انتهت في برلين "
                   "جولة محادثات جديدة.", pipe)
    assert got == [], got


def test_relative_cue_in_a_caption_is_dropped(pipe):
    got = contents("لاريجاني في لقاء مع أنان الذي قال إنه قدم إلى إيران ليعالج الملف (رويترز) هددت إيران "
                   "بمراجعة تعاونها مع الوكالة.", pipe)
    assert not any("ليعالج" in c for c in got), got


def test_cue_with_wa_is_kept(pipe):
    got = contents("وشدد الوزير على أن الحزب لن ينسى القوى التي وقفت معه (الأوروبية) شن الإسباني "
                   "فرناندو ألونسو هجوما على شوماخر.", pipe)
    assert any(c.startswith("الحزب لن ينسى") for c in got), got


def test_credit_at_the_end_is_kept(pipe):
    got = contents("قال الوزير إن المحادثات ستستمر طويلا (رويترز).", pipe)
    assert any(c.startswith("المحادثات ستستمر") for c in got), got


def test_other_brackets_are_kept(pipe):
    got = contents("قال الوزير إن الحزب (الديمقراطي) سيفوز بالانتخابات المقبلة.", pipe)
    assert any("سيفوز" in c for c in got), got

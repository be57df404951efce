"""Near-duplicates, session 10: an edited wire copy — a new first sentence, a trimmed end —
is grouped with its original by containment; a round-up or a report that appends the story
after its own lead is not, nor a short brief inside a much longer text."""

from __future__ import annotations

import pytest
from test_store_support import store_of_texts

from khabar.corpus.dedupe import contained, groups, shingle_list, signature, word_forms
from khabar.document import Document

STORY = [
    "أعلنت وزارة الصحة في العاصمة عن افتتاح مستشفى جديد للأطفال يضم ثلاثمائة سرير.",
    "وقال وكيل الوزارة للشؤون العلاجية إن المشروع تكلف نحو مليار ريال خلال أربع سنوات.",
    "وأوضح أن المستشفى سيخدم سكان المحافظات الشمالية الذين كانوا يسافرون مسافات طويلة للعلاج.",
    "وأشار إلى أن الطاقم الطبي يضم مئتي طبيب متخصص وأربعمائة ممرض وممرضة من الكوادر الوطنية.",
    "ويحتوي المبنى على أقسام للعناية المركزة وجراحة القلب وعلاج الأورام وغسيل الكلى للصغار.",
    "كما خصصت إدارة المستشفى جناحا كاملا لحالات الطوارئ يعمل على مدار الساعة طوال الأسبوع.",
    "وبين المسؤول أن التشغيل التجريبي بدأ الشهر الماضي واستقبل أكثر من ألفي مراجع حتى الآن.",
    "ومن المنتظر أن يزور وزير الصحة المستشفى مطلع الشهر المقبل لتدشين العيادات الخارجية رسميا.",
    "ولفت إلى أن الوزارة تعتزم بناء ثلاثة مستشفيات مماثلة في المناطق الجنوبية والشرقية قريبا.",
    "واختتم حديثه بالتأكيد على أهمية التعاون بين القطاعين العام والخاص لتطوير الخدمات الصحية.",
]
OTHER = [
    "شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في تعاملات الأسبوع الماضي بضغط من أسعار النفط.",
    "وسجل المؤشر العام في البورصة انخفاضا بنسبة اثنين في المئة وسط تداولات ضعيفة للمستثمرين.",
    "وعزا المحللون الهبوط إلى مخاوف من تباطؤ الاقتصاد العالمي وارتفاع أسعار الفائدة الأمريكية.",
    "وتصدرت أسهم البنوك وشركات البتروكيماويات قائمة الخاسرين بينما صمدت أسهم الاتصالات والأغذية.",
    "ويتوقع خبراء أن تستمر التقلبات خلال الأسابيع المقبلة إلى أن تتضح توجهات البنوك المركزية.",
    "وفي سوق العملات استقر الدولار أمام العملات الرئيسية بعد صدور بيانات الوظائف الأمريكية.",
    "أما الذهب فقد ارتفع بشكل طفيف مع إقبال المستثمرين على الملاذات الآمنة في ظل حالة الترقب.",
    "وختمت البورصات الأوروبية تعاملاتها على انخفاض محدود مع تراجع أسهم شركات السيارات الكبرى.",
]
NEW_LEAD = "الرياض - خاص: افتتحت الوزارة أمس صرحا طبيا جديدا."


def _seq(text: str) -> list[bytes]:
    return shingle_list(word_forms(Document(id="x", text=text)))


ORIGINAL = " ".join(STORY)
COPY = " ".join([NEW_LEAD, *STORY[1:6]])  # own first sentence, the last four cut
ROUNDUP = " ".join(OTHER[:3] + STORY[:9])  # another story first, then nearly all of this one
BRIEF = " ".join(STORY[:3])  # three sentences of ten


def test_the_copy_is_below_the_jaccard_cut_but_contained():
    a, b = set(_seq(ORIGINAL)), set(_seq(COPY))
    assert len(a & b) / len(a | b) < 0.5  # what the Jaccard rule alone misses
    assert contained(_seq(ORIGINAL), _seq(COPY))
    assert contained(_seq(COPY), _seq(ORIGINAL))  # either order


@pytest.mark.parametrize("other", [ROUNDUP, BRIEF, " ".join(OTHER)])
def test_not_contained(other):
    assert not contained(_seq(ORIGINAL), _seq(other))


def test_a_tiny_text_is_never_a_copy():
    short = STORY[0]
    assert not contained(_seq(short), _seq(short + " " + STORY[1]))


def test_groups_join_the_copy_only_with_the_words():
    docs = [Document(id=str(i), text=t) for i, t in enumerate([ORIGINAL, COPY, ROUNDUP])]
    items = [(i, signature(d)) for i, d in enumerate(docs)]
    assert groups(items) == []  # Jaccard only, as before
    found = groups(items, words=lambda i: word_forms(docs[i]))
    assert found == [[0, 1]]


def test_store_dedupe_marks_the_edited_copy(tmp_path):
    store = store_of_texts(tmp_path / "d.db", {
        "orig": (ORIGINAL, "2015-08-10", "وكالة"), "copy": (COPY, "2015-08-11", "صحيفة"),
        "roundup": (ROUNDUP, "2015-08-11", "مجلة"), "brief": (BRIEF, "2015-08-11", "موقع")})
    try:
        found = store.dedupe()
        ids = store.ids
        assert found == [[ids["orig"], ids["copy"]]]
        dup = {a["id"]: a["dup_of"] for a in store.list_articles(limit=10)}
        assert dup[ids["copy"]] == ids["orig"]
        assert dup[ids["roundup"]] is None and dup[ids["brief"]] is None
    finally:
        store.close()

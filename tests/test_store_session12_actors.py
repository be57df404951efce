"""Cross-document actors, session 12 (st12): «الملا» is a title («الملا عمر» is the «الملا
محمد عمر» of the in-document evidence), a short name of listed given names joins its longer
name with two articles saying so («ريان إبراهيم» / «ريان إبراهيم بابا»), two spellings of a
native name in one article are two people whatever the order («فهد المطيويع» / «فهد
المطوع»), and one office after two spellings a vowel apart is one person («سليمان الحمود» /
«سلمان الحمود وزير الإعلام»), a family name with and without its article is one name
(«حسام الزواوي» / «حسام زواوي») — the same actors in every ingest order, relinked and
rebuilt."""

from __future__ import annotations

from test_store_support import check_relink_orders, put_persons

from khabar.corpus.actors import _native_difference
from khabar.store import Store
from khabar.store.relink_offices import office_after
from khabar.store.relink_titles import title_before

DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # Mullah Omar: his full name and «الملا عمر» in one group, then «الملا عمر» alone
    "omar_full": ("توفي زعيم طالبان الملا محمد عمر قبل عامين، وخلف الملا عمر نائبه.",
                  [("محمد عمر", "E1"), ("عمر", "E1")]),
    "omar_1": ("أعلنت الحركة وفاة الملا عمر أمس.", [("عمر", "E1")]),
    "omar_2": ("وكان منصور نائبا للملا عمر منذ سنوات.", [("منصور", "E1"), ("عمر", "E2")]),
    # a bare «عمر» with no title, and the caliph: not Mullah Omar
    "omar_bare": ("وقال عمر إن الفريق جاهز.", [("عمر", "E1")]),
    "caliph": ("روي عن الخليفة عمر بن الخطاب قول مشهور، وكان عمر عادلا.",
               [("عمر بن الخطاب", "E1"), ("عمر", "E1")]),
    # another «الملا … عمر»: the title then names two people, and the bare one neither
    "omar_other": ("قال القيادي الملا أحمد عمر إن الملا عمر سيحضر.",
                   [("أحمد عمر", "E1"), ("عمر", "E1")]),
    # the Saudi student: both names in one group, both in one article in two groups, short
    "rayan_group": ("الطالب القتيل هو ريان إبراهيم بابا، وكان الطالب ريان إبراهيم مبتعثا.",
                    [("ريان إبراهيم بابا", "E1"), ("ريان إبراهيم", "E1")]),
    "rayan_article": ("قال القنصل إن المبتعث ريان إبراهيم قتل، وإن ريان إبراهيم بابا لم ينتحر.",
                      [("ريان إبراهيم", "E1"), ("ريان إبراهيم بابا", "E2")]),
    "rayan_short": ("تحقق الشرطة في مقتل الطالب ريان إبراهيم.", [("ريان إبراهيم", "E1")]),
    # two spellings of a native family name in one article: the presenter and his guest
    "mutawa_both": ("ضيف الحلقة الأستاذ فهد المطوع، والبرنامج من تقديم الزميل فهد المطيويع.",
                    [("فهد المطوع", "E1"), ("فهد المطيويع", "E2")]),
    "mutaiwi_full": ("احتفل فهد بن عبدالله المطيويع بزواج نجله.",
                     [("فهد بن عبدالله المطيويع", "E1")]),
    # a foreign name transliterated two ways in one digest is still one person
    "long_digest": ("وانتزع الآيرلندي شين لونغ التعادل. وعدل ساوثمبتون بهدف شاين لونغ.",
                    [("شين لونغ", "E1"), ("شاين لونغ", "E2")]),
    "long_other": ("سجل الايرلندي شاين لونغ هدفا.", [("شاين لونغ", "E1")]),
    # a family name with and without its article in one article: one person
    "saqati_both": ("قال الحسن سقطي إن الموسم صعب، وأضاف الحسن السقطي أنه متفائل.",
                    [("الحسن سقطي", "E1"), ("الحسن السقطي", "E2")]),
    "saqati_other": ("وأكد الحسن سقطي جاهزية الفريق.", [("الحسن سقطي", "E1")]),
    # a family name with and without its article, in other articles (not a given name)
    "zawawi_1": ("أجرت المجلة حوارا مع المبتعث حسام الزواوي في أستراليا.",
                 [("حسام الزواوي", "E1")]),
    "zawawi_2": ("كرمت الملحقية المبتعث حسام بن مأمون زواوي، وقالت إن حسام زواوي متميز.",
                 [("حسام بن مأمون زواوي", "E1"), ("حسام زواوي", "E1")]),
    # the same family name after another given name: another person
    "zawawi_other": ("قال أحمد زواوي إن المعرض افتتح.", [("أحمد زواوي", "E1")]),
    # a minister's given name misspelt a vowel short, the same office after both
    "hamoud_1": ("أكد الشيخ سليمان الحمود وزير الإعلام ووزير الدولة أن الموعد ثابت.",
                 [("سليمان الحمود", "E1")]),
    "hamoud_2": ("وأوضحت مصادر اتفاق الشيخ سلمان الحمود وزير الإعلام مع الاتحادات، وأكد الحمود"
                 " قدرة الكويت.", [("سلمان الحمود", "E1"), ("الحمود", "E1")]),
    # two names a vowel apart with other offices (or none): two people
    "ismail_1": ("قال محمد إسماعيل رئيس الجامعة إن الدراسة تبدأ غدا.", [("محمد إسماعيل", "E1")]),
    "ismail_2": ("قال محمود إسماعيل وزير الزراعة إن المحصول وفير.", [("محمود إسماعيل", "E1")]),
    "ismail_3": ("أنشد الشاعر محمود إسماعيل قصيدة.", [("محمود إسماعيل", "E1")]),
}


def _put(store: Store, key: str) -> None:
    put_persons(store, DOCS, key, "s12")


def _p(*groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset(g if "/" in g else f"{g}/E1" for g in group) for group in groups}


def test_mullah_omar_is_the_titled_name_of_his_full_name(tmp_path):
    check_relink_orders(tmp_path, _put, ["omar_full", "omar_1", "omar_2", "omar_bare"],
                        _p(("omar_full", "omar_1", "omar_2/E2"), ("omar_2",), ("omar_bare",)))


def test_the_caliph_is_not_mullah_omar(tmp_path):
    check_relink_orders(tmp_path, _put, ["omar_full", "omar_1", "caliph"],
                        _p(("omar_full", "omar_1"), ("caliph",)))


def test_a_title_two_people_are_called_by_names_neither(tmp_path):
    # before the title rule, «الملا عمر» alone was an actor of the bare name as well
    check_relink_orders(tmp_path, _put, ["omar_full", "omar_other", "omar_1"],
                        _p(("omar_full",), ("omar_other",), ("omar_1",)))


def test_a_short_name_of_given_names_joins_with_two_articles_saying_so(tmp_path):
    check_relink_orders(tmp_path, _put, ["rayan_short", "rayan_group", "rayan_article"],
                        _p(("rayan_short", "rayan_group", "rayan_article",
                            "rayan_article/E2")))


def test_one_article_is_not_enough_for_a_short_name_of_given_names(tmp_path):
    # «محمد عبدالله» may be many people: one article writing both names (in two groups)
    check_relink_orders(tmp_path, _put, ["rayan_short", "rayan_article"],
                        _p(("rayan_short", "rayan_article"), ("rayan_article/E2",)))


def test_two_spellings_of_a_native_name_in_one_article_are_two_people(tmp_path):
    check_relink_orders(tmp_path, _put, ["mutawa_both", "mutaiwi_full"],
                        _p(("mutawa_both/E2", "mutaiwi_full"), ("mutawa_both",)))


def test_a_foreign_name_two_ways_in_one_digest_is_one_person(tmp_path):
    check_relink_orders(tmp_path, _put, ["long_digest", "long_other"],
                        _p(("long_digest", "long_digest/E2", "long_other")))
    check_relink_orders(tmp_path, _put, ["saqati_both", "saqati_other"],
                        _p(("saqati_both", "saqati_both/E2", "saqati_other")))


def test_a_family_name_with_and_without_its_article_is_one_name(tmp_path):
    check_relink_orders(tmp_path, _put, ["zawawi_1", "zawawi_2"], _p(("zawawi_1", "zawawi_2")))


def test_the_article_rule_keeps_other_given_names_apart(tmp_path):
    check_relink_orders(tmp_path, _put, ["zawawi_1", "zawawi_other"],
                        _p(("zawawi_1",), ("zawawi_other",)))


def test_one_office_after_two_spellings_a_vowel_apart_is_one_person(tmp_path):
    check_relink_orders(tmp_path, _put, ["hamoud_1", "hamoud_2"],
                        _p(("hamoud_1", "hamoud_2")))


def test_other_offices_keep_two_names_a_vowel_apart_two_people(tmp_path):
    check_relink_orders(tmp_path, _put, ["ismail_1", "ismail_2", "ismail_3"],
                        _p(("ismail_1",), ("ismail_2", "ismail_3")))


def test_titles_are_read_through_their_proclitics():
    assert [title_before(p) for p in ("للملا ", "والملك ", "بالأمير ", "الملا ")] == [
        "الملا", "الملك", "الامير", "الملا"]
    assert title_before("مستشفى الملك ") is None and title_before("الملاك ") is None


def test_an_office_is_a_noun_and_its_complement_right_after_the_name():
    assert office_after("، وزير الإعلام ووزير الدولة") == "وزير الاعلام"
    assert office_after(" رئيس نادي الرائد السابق") == "رئيس نادي الرائد"
    assert office_after(" وزير سابق") is None and office_after(" قال إن") is None
    assert office_after(" (وزير الإعلام)") is None


def test_a_native_difference_is_an_arabic_word_not_spacing_or_the_article():
    assert _native_difference("فهد المطوع", "فهد المطيويع")
    assert not _native_difference("شين لونغ", "شاين لونغ")
    assert not _native_difference("الحسن سقطي", "الحسن السقطي")
    assert not _native_difference("حمد العبدان", "حمدالعبدان")

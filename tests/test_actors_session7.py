"""Session 7 cross-document actor checks: titles are no link keys, and a full name never
joins another person's actor through its family name or a near spelling."""

from __future__ import annotations

import pytest
from test_store_support import light_pipeline, span

from khabar.corpus.actors import (
    _names_conflict,
    _variant_spelling,
    is_link_form,
    norm_name,
)
from khabar.document import Entity
from khabar.store import Store


def _put(store: Store, key: str, text: str, mentions: list[tuple[str, str]],
         label: str = "PERS", canonical: str | None = None) -> None:
    """Store ``text`` with one entity group of ``mentions`` ((needle, source) pairs; a
    needle seen before in the list is its next occurrence); the canonical name is the
    first mention unless given."""
    doc = light_pipeline().analyze(text, url=f"http://a/{key}", published="2015-08-10")
    canon = canonical or mentions[0][0]
    ents = []
    for i, (needle, source) in enumerate(mentions):
        s = span(text, needle, [m[0] for m in mentions[:i]].count(needle))
        ents.append(Entity(start=s.start, end=s.end, text=s.text, id=f"T{i}", label=label,
                           entity="E1", canonical=canon, source=source))
    doc.entities = ents
    store.put(doc)


def _actor_of(store: Store, key: str) -> set[int | None]:
    return {r[0] for r in store.conn.execute(
        "SELECT e.actor_id FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.url = ?", (f"http://a/{key}",))}


def _aliases(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT alias FROM actor_aliases")}


def test_a_title_resolved_to_a_person_joins_no_one_else(tmp_path):
    # «الرئيس» resolved to Obama in one article and to Sisi in another: two people
    with Store(tmp_path / "t.db") as store:
        _put(store, "obama", "قال الرئيس باراك أوباما إن الاتفاق جيد. وأضاف الرئيس أنه واثق.",
             [("باراك أوباما", "model"), ("الرئيس", "coref"), ("الرئيس", "coref")], canonical="باراك أوباما")
        _put(store, "sisi", "افتتح عبد الفتاح السيسي القناة. وقال الرئيس إنها هدية.",
             [("عبد الفتاح السيسي", "model"), ("الرئيس", "coref")])
        assert _actor_of(store, "obama") != _actor_of(store, "sisi")
        assert len(_actor_of(store, "sisi")) == 1  # the title mention follows its group
        assert not any(a.startswith(norm_name("الرئيس")) for a in _aliases(store))


def test_two_prime_ministers_sharing_a_title_stay_apart(tmp_path):
    with Store(tmp_path / "t.db") as store:
        _put(store, "abadi", "التقى حيدر العبادي الوفد. وقال رئيس مجلس الوزراء إن الإصلاح مستمر.",
             [("حيدر العبادي", "model"), ("رئيس مجلس الوزراء", "coref")])
        _put(store, "bahah", "وصل خالد محفوظ بحاح إلى عدن. وأكد رئيس مجلس الوزراء عودة الحكومة.",
             [("خالد محفوظ بحاح", "model"), ("رئيس مجلس الوزراء", "coref")])
        assert _actor_of(store, "abadi") != _actor_of(store, "bahah")
        assert norm_name("رئيس مجلس الوزراء") not in _aliases(store)


@pytest.mark.parametrize("label", ["ORG", "LOC"])
def test_coreferent_forms_of_any_label_are_no_keys(tmp_path, label):
    with Store(tmp_path / "t.db") as store:
        _put(store, "a", "أعلنت شركة النفط الوطنية الخطة. وقالت الشركة إنها جاهزة.",
             [("شركة النفط الوطنية", "model"), ("الشركة", "coref")], label=label)
        _put(store, "b", "أعلنت شركة الكهرباء الوطنية الخطة. وقالت الشركة إنها جاهزة.",
             [("شركة الكهرباء الوطنية", "model"), ("الشركة", "coref")], label=label)
        assert _actor_of(store, "a") != _actor_of(store, "b")
        assert norm_name("الشركة") not in _aliases(store)


def test_a_listed_title_alone_is_no_actor(tmp_path):
    # a tagger's «الملك» on its own names no one across documents: no actor, no alias
    with Store(tmp_path / "t.db") as store:
        _put(store, "king", "وصل الملك إلى المدينة.", [("الملك", "model")])
        _put(store, "salman", "وصل سلمان بن عبدالعزيز إلى المدينة. وقال الملك إن الزيارة مهمة.",
             [("سلمان بن عبدالعزيز", "model"), ("الملك", "model")])
        assert _actor_of(store, "king") == {None}
        assert norm_name("الملك") not in _aliases(store)
        assert len(_actor_of(store, "salman") - {None}) == 1


@pytest.mark.parametrize("first", ["ali_then_bare", "bare_then_ali"])
def test_a_full_name_does_not_join_another_full_name_by_its_family_name(tmp_path, first):
    # no relink here: the linker alone must not put «نوري المالكي … المالكي» with «علي المالكي»
    with Store(tmp_path / "m.db") as store:
        texts = [("ali", "فاز علي المالكي بالمركز الأول.", [("علي المالكي", "model")]),
                 ("bare", "رد المالكي على التقرير.", [("المالكي", "model")])]
        for key, text, mentions in texts if first == "ali_then_bare" else texts[::-1]:
            _put(store, key, text, mentions)
        _put(store, "nouri", "قال نوري المالكي إن التقرير مسيس، وأضاف المالكي أنه سيرد.",
             [("نوري المالكي", "model"), ("المالكي", "model")], canonical="نوري المالكي")
        assert _actor_of(store, "nouri") != _actor_of(store, "ali")


def test_one_persons_spelling_variants_still_join(tmp_path):
    with Store(tmp_path / "s.db") as store:
        _put(store, "a", "افتتح عبد الفتاح السيسي القناة، وقال السيسي إنها هدية.",
             [("عبد الفتاح السيسي", "model"), ("السيسي", "model")],
             canonical="عبد الفتاح السيسي")
        _put(store, "b", "استقبل عبدالفتاح السيسي الوفد، وأكد السيسي دعمه.",
             [("عبدالفتاح السيسي", "model"), ("السيسي", "model")],
             canonical="عبدالفتاح السيسي")
        _put(store, "c", "قال صالح المطلك إن الحكومة ستتغير.", [("صالح المطلك", "model")])
        _put(store, "d", "أكد صالح المطلق أن الحكومة ستتغير.", [("صالح المطلق", "model")])
        assert _actor_of(store, "a") == _actor_of(store, "b")
        assert _actor_of(store, "c") == _actor_of(store, "d")


def test_a_near_spelling_of_another_family_name_is_another_person(tmp_path):
    # rapidfuzz finds «فهد الشمري» / «فهد العمري» close (ratio ≥ 90): one consonant apart,
    # two families
    with Store(tmp_path / "f.db") as store:
        _put(store, "a", "قال فهد الشمري إن الفريق جاهز.", [("فهد الشمري", "model")])
        _put(store, "b", "قال فهد العمري إن الفريق جاهز.", [("فهد العمري", "model")])
        assert _actor_of(store, "a") != _actor_of(store, "b")


def test_relink_reads_a_bare_name_group_with_a_title_as_bare(tmp_path):
    # «أوباما … الرئيس» is a bare-name group: with two full names ending in أوباما it goes
    # to the bare-name actor, not to whichever full name took it first
    with Store(tmp_path / "r.db") as store:
        _put(store, "bare", "قال أوباما إن المحادثات مستمرة. وأضاف الرئيس أنه متفائل.",
             [("أوباما", "model"), ("الرئيس", "coref")])
        _put(store, "barack", "وصل باراك أوباما إلى الرياض.", [("باراك أوباما", "model")])
        _put(store, "michelle", "قالت ميشيل أوباما إن الحملة ناجحة.", [("ميشيل أوباما", "model")])
        store.relink_actors()
        groups = [_actor_of(store, k) for k in ("bare", "barack", "michelle")]
        assert all(len(g) == 1 for g in groups)
        assert len(set().union(*groups)) == 3


@pytest.mark.parametrize(("form", "source", "ok"), [
    ("باراك اوباما", "model", True), ("الرييس", "coref", False), ("الرئيس", "model", False),
    ("رئيس مجلس الوزراء", "model", False), ("الرئيس اليمني", "coref", False), ("", "model", False),
])
def test_link_forms(form, source, ok):
    assert is_link_form(norm_name(form), source) is ok


def test_name_conflicts_and_variants():
    assert _names_conflict(["نوري المالكي"], ["علي المالكي"])
    assert not _names_conflict(["باراك اوباما"], ["باراك حسين اوباما"])
    assert not _names_conflict(["عبد الفتاح السيسي"], ["عبدالفتاح السيسي"])
    assert not _names_conflict(["نوري المالكي"], [])  # an actor known only by the bare name
    assert _variant_spelling("عايض القرني", "عائض القرني")
    assert _variant_spelling("خالد بن عبدالله العرج", "خالد عبدالله العرج")
    assert not _variant_spelling("عبدالله الربيعه", "عبدالله الربيعان")


@pytest.mark.parametrize("long_first", [True, False])
def test_a_full_name_with_and_without_the_fathers_name_is_one_person(tmp_path, long_first):
    with Store(tmp_path / "l.db") as store:
        docs = [("long", "قال ماجد بن عبدالله القصبي إن السوق مستقرة.",
                 [("ماجد بن عبدالله القصبي", "model")]),
                ("short", "أكد ماجد القصبي أن السوق مستقرة.", [("ماجد القصبي", "model")])]
        for key, text, mentions in docs if long_first else docs[::-1]:
            _put(store, key, text, mentions)
        assert _actor_of(store, "long") == _actor_of(store, "short")


def test_two_longer_names_of_one_given_and_family_name_are_two_people(tmp_path):
    # «عبدالله الحارثي» may be either; once an actor holds «عبدالله بن درويش الحارثي»,
    # «عبدالله سعيد الحارثي» is someone else even through the short form they share
    with Store(tmp_path / "h.db") as store:
        _put(store, "short", "قال عبدالله الحارثي إن المشروع اكتمل.", [("عبدالله الحارثي", "model")])
        _put(store, "darwish", "أعلن عبدالله بن درويش الحارثي افتتاح المشروع.",
             [("عبدالله بن درويش الحارثي", "model")])
        _put(store, "saeed", "قال عبدالله سعيد الحارثي إن الفريق جاهز.",
             [("عبدالله سعيد الحارثي", "model")])
        _put(store, "short2", "أكد عبدالله الحارثي أن العمل مستمر.", [("عبدالله الحارثي", "model")])
        assert _actor_of(store, "short") == _actor_of(store, "darwish")
        assert _actor_of(store, "saeed") != _actor_of(store, "darwish")

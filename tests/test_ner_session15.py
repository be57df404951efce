"""Session 15 (issue #4): the NER feature lexicon's package-side inputs are pinned.

Training reads ANERgazet from ../shared and khabar's own name lists from the committed
snapshot ``resources/ner/lexicon_sources.txt`` (:mod:`khabar.ner.lexicon_sources`), never
the live gazetteers, so an edit made for entity resolution no longer changes what
``khabar train ner`` gives; ``--refresh-lexicon-sources`` rewrites the snapshot on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar.ner.lexicon as lexicon_mod
from khabar.ner import lexicon_sources
from khabar.ner.train import TrainConfig, build_lexicon
from khabar.text.normalize import match_form

GAZ = [("بغداد", "LOC"), ("العراق", "CTRY"), ("العراقي", "NAT"), ("رويترز", "OUT")]
CURATED = [("منى", "PERS"), ("نبيل", "FIRST_AMBIG"), ("الأمم المتحدة", "ORG")]
AMBIGUOUS = frozenset({match_form("منى")})


def _live(monkeypatch: pytest.MonkeyPatch, gaz: list, curated: list, ambiguous: frozenset) -> None:
    """Make the live gazetteers, curated lists and ambiguous places these tiny ones."""
    monkeypatch.setattr(lexicon_mod, "package_gazetteers", lambda: iter(gaz))
    monkeypatch.setattr(lexicon_mod, "curated_lists", lambda directory=None: iter(curated))
    monkeypatch.setattr(lexicon_mod, "ambiguous_places", lambda: ambiguous)


@pytest.fixture()
def shared(tmp_path: Path) -> Path:
    """A tiny ../shared with ANERgazet's three lists."""
    d = tmp_path / "shared" / "data" / "gazetteers" / "anergazet"
    d.mkdir(parents=True)
    (d / "AlignedLocGazetteer.txt").write_text("منى\nالموصل\n====\n", "utf-8")
    (d / "AlignedOrgGazetteer.txt").write_text("الأمم المتحدة\n", "utf-8")
    (d / "AlignedPersGazetteer.txt").write_text("زيد\n", "utf-8")
    return tmp_path / "shared"


def test_refresh_writes_the_live_lists_and_reads_back(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _live(monkeypatch, GAZ + GAZ[:1], CURATED, AMBIGUOUS)  # a duplicate pair is kept once
    path = tmp_path / "sources.txt"
    assert lexicon_sources.refresh(path) == (0, 8)
    got = lexicon_sources.read(path)
    assert got.gazetteers == tuple(sorted(GAZ)) and got.curated == tuple(sorted(CURATED))
    assert got.ambiguous == AMBIGUOUS
    assert lexicon_sources.refresh(path) == (0, 0)  # nothing changed: the same file
    _live(monkeypatch, [*GAZ[1:], ("الموصل", "LOC")], CURATED, frozenset())
    assert lexicon_sources.refresh(path) == (2, 1)  # بغداد and منى's ambiguity left, الموصل came
    assert ("الموصل", "LOC") in lexicon_sources.read(path).gazetteers


def test_the_training_lexicon_comes_from_the_snapshot_and_anergazet(
        tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _live(monkeypatch, GAZ, CURATED, AMBIGUOUS)
    path = tmp_path / "sources.txt"
    lexicon_sources.refresh(path)
    lex = build_lexicon(shared, TrainConfig(lexicon_sources=str(path)))
    assert lex[match_form("منى")] == "PERS"  # ANERgazet's LOC dropped: a pinned ambiguous place
    assert lex[match_form("الموصل")] == "LOC" and lex[match_form("زيد")] == "PERS"
    assert lex[match_form("العراقي")] == "NAT"
    assert match_form("نبيل") not in lex  # FIRST_AMBIG stays out unless given_ambig
    assert lex == lexicon_mod.build([*lexicon_mod.read_anergazet(
        shared / "data" / "gazetteers" / "anergazet"), *GAZ, *CURATED[::2]], ambiguous=AMBIGUOUS)
    with_ambig = build_lexicon(shared, TrainConfig(lexicon_sources=str(path), given_ambig=True))
    assert with_ambig[match_form("نبيل")] == "FIRST_AMBIG"
    no_curated = build_lexicon(shared, TrainConfig(lexicon_sources=str(path), curated_lists=False))
    assert no_curated[match_form("منى")] == "LOC"  # ANERgazet's, no person name to drop it


def test_gazetteer_edits_do_not_change_the_training_lexicon(
        tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _live(monkeypatch, GAZ, CURATED, AMBIGUOUS)
    path = tmp_path / "sources.txt"
    lexicon_sources.refresh(path)
    cfg = TrainConfig(lexicon_sources=str(path))
    before = build_lexicon(shared, cfg)
    # an entity-resolution edit: a new city, a new organisation, منى no longer ambiguous
    edited = [*GAZ, ("تكريت", "LOC")]
    _live(monkeypatch, edited, [*CURATED, ("داعش", "ORG")], frozenset())
    assert build_lexicon(shared, cfg) == before
    assert lexicon_mod.build(edited) != lexicon_mod.build(GAZ)  # read live, it would have moved
    lexicon_sources.refresh(path)  # until the snapshot is refreshed on purpose
    after = build_lexicon(shared, cfg)
    assert after[match_form("تكريت")] == "LOC" and after[match_form("منى")] == "LOC|PERS"


def test_the_package_snapshot_is_read_without_the_live_lists(
        monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    def live(*args: object) -> None:
        raise AssertionError("training read the live gazetteers")

    for name in ("package_gazetteers", "curated_lists", "ambiguous_places"):
        monkeypatch.setattr(lexicon_mod, name, live)
    lex = build_lexicon(shared, TrainConfig())  # the default: the package's snapshot
    assert lex[match_form("بغداد")] == "LOC" and lex[match_form("العراق")] == "CTRY"
    assert len(lex) > 30000


@pytest.mark.parametrize("text", ["بغداد\tLOC\n", "[gazetteers]\nبغداد LOC\n",
                                  "[curated]\n\tORG\n"])
def test_a_malformed_snapshot_is_an_error_naming_the_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("# header\n" + text, "utf-8")
    with pytest.raises(ValueError, match=r"bad.txt:\d"):
        lexicon_sources.read(path)


def test_the_snapshot_is_no_curated_list_of_the_tagger() -> None:
    # resources/ner/*.tsv are read as curated lists; the snapshot must not be one of them
    assert lexicon_sources.default_path().suffix != ".tsv"
    assert lexicon_sources.default_path().exists()


def test_cli_refreshes_the_snapshot_before_training_only_when_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import khabar.ner.train as train_mod
    from khabar.cli import app

    calls: list[str] = []
    monkeypatch.setattr(lexicon_sources, "refresh", lambda path=None: calls.append("refresh") or (3, 4))
    monkeypatch.setattr(train_mod, "run", lambda *a, **k: calls.append("run") or {"dev": False})
    (tmp_path / "data" / "ner").mkdir(parents=True)
    args = ["train", "ner", "--no-clusters", "--output", str(tmp_path / "m"), "--shared", str(tmp_path)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert calls == ["run"]
    res = CliRunner().invoke(app, [*args, "--refresh-lexicon-sources"])
    assert res.exit_code == 0, res.output
    assert calls == ["run", "refresh", "run"]
    assert "3 entries left, 4 came in" in res.output


REPRODUCE = ("the pinned lexicon sources (src/khabar/resources/ner/lexicon_sources.txt) and the shipped "
             "model (src/khabar/models/ner.*) no longer go together: after "
             "`khabar train ner --refresh-lexicon-sources` (or an edit of the snapshot) retrain and ship "
             "the model — `khabar train ner` writes both; never change one alone")


def test_the_shipped_model_records_the_snapshot_it_was_trained_with() -> None:
    import json

    from khabar.ner.model import META_NAME, model_dir

    meta = json.loads((model_dir() / META_NAME).read_text("utf-8"))
    assert meta.get("lexicon_sources_sha1") == lexicon_sources.sha1(), REPRODUCE


def test_the_snapshot_and_anergazet_build_the_shipped_lexicon_byte_for_byte(tmp_path: Path) -> None:
    from khabar.eval.corpus import shared_dir
    from khabar.ner.model import LEXICON_NAME, model_dir

    shared = shared_dir()
    if not (shared / "data" / "gazetteers" / "anergazet").is_dir():
        pytest.skip("ANERgazet (../shared/data/gazetteers/anergazet) not available")
    lexicon_mod.save(build_lexicon(shared, TrainConfig()), tmp_path / LEXICON_NAME)
    built = (tmp_path / LEXICON_NAME).read_bytes()
    assert built == (model_dir() / LEXICON_NAME).read_bytes(), REPRODUCE


# -- the rules' sports window: «فريق» in its other readings (ner15, task 4) ----------------------

def _window(*sentences: str) -> list[bool]:
    from khabar.ner import postrules
    from khabar.ner.features import FeatureExtractor

    lex = {match_form(k): v for k, v in {  # as the shipped lexicon has them (ANERgazet's noise too)
        "جورج": "FIRST", "بوش": "PERS", "عثمان": "FIRST|PERS", "المحرج": "PERS", "ميلان": "LOC",
        "الأول": "PERS", "علي": "PERS", "من": "PERS", "كان": "PERS"}.items()}
    return postrules.sporty(postrules.contexts([s.split() for s in sentences], FeatureExtractor(lex, {})))


@pytest.mark.parametrize("sentence", [
    "وصل فريق الرئيس جورج بوش إلى مؤتمر روما .",      # a president's staff
    "استقبل الفريق أول الشيخ محمد ولي العهد .",         # the rank «الفريق أول»
    "وقال الفريق عثمان المحرج إن الأمن مستتب .",         # the rank before a given name
    "سنسعى لفريق عمل يتحرك بسرعة .",                      # a work team
    "وأعلن فريق الوزير أن المحادثات انتهت .",             # a minister's staff
])
def test_a_team_word_in_another_reading_opens_no_sports_window(sentence: str) -> None:
    assert _window("جملة أولى .", sentence, "مؤتمر روما غدا .") == [False, False, False]


@pytest.mark.parametrize("sentence", [
    "فاز فريق ميلان على ضيفه .",                  # a club after it
    "وفاز الفريق على ضيفه بهدفين .",              # the team alone
    "وحقق الفريق الأول فوزه الثالث .",            # the first team (definite ordinal), not the rank
    "انضم إلى الفريق .",                          # at the sentence end
    "وتغلب الفريق على ضيفه بهدفين .",             # «على» = «علي» after match_form: no given name
    "الفريق من الأفضل هذا الموسم .",              # «من», PERS in ANERgazet
    "الفريق أول من وصل إلى الملعب .",             # a strong cue (ملعب) keeps it whatever the reading
])
def test_a_sports_team_word_keeps_the_sports_window(sentence: str) -> None:
    assert _window("جملة أولى .", sentence, "روما غدا .") == [True, True, True]


def test_the_staff_reading_no_longer_makes_a_conference_a_club() -> None:
    from khabar.ner import postrules
    from khabar.ner.features import FeatureExtractor

    fx = FeatureExtractor({match_form("جورج"): "FIRST", match_form("بوش"): "PERS"}, {})
    words = "وصل فريق الرئيس جورج بوش إلى مؤتمر روما .".split()
    ctx = postrules.contexts([words], fx)[0]
    tags = ["O"] * len(words)
    assert postrules.apply_sentence(ctx, tags, True, names={})[7] == "B-ORG"  # in a sports window
    sport = postrules.sporty([ctx])[0]
    assert postrules.apply_sentence(ctx, tags, sport, names={}) == tags

"""Session 15 (st15): what the fresh-user pass of the store commands found."""

from __future__ import annotations

from test_store_support import light_pipeline
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.store import Store


def test_reanalyze_says_which_articles_are_already_current(tmp_path):
    """``khabar reanalyze`` counted the articles this pipeline version made as «skipped as
    duplicate»: they are no duplicates, and the count now says what they are."""
    db = tmp_path / "s.db"
    with Store(db) as s:
        for key in ("1", "2"):
            s.put(light_pipeline().analyze(f"أعلن الوزير رقم {key} افتتاح المشروع.",
                                           url=f"http://x/{key}", published="2015-08-10"))
    runner = CliRunner()
    done = runner.invoke(cli, ["reanalyze", "--db", str(db), "--stages", "text"])
    assert done.exit_code == 0, done.output
    assert "reanalyze: reanalysed 0, already analysed by this pipeline version 2" in done.output
    assert "duplicate" not in done.output
    done = runner.invoke(cli, ["reanalyze", "--db", str(db), "--stages", "text", "--all"])
    assert "reanalyze: reanalysed 2, already analysed by this pipeline version 0" in done.output
    done = runner.invoke(cli, ["ingest", str(tmp_path / "nothing.jsonl"), "--db", str(db)])
    assert "ingest: ingested 0, updated 0, skipped as duplicate 0, failed 1" in done.output

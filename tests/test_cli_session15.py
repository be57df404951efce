"""CLI wording found by doc15's fresh-user pass (session 15): one flag for train events' switch,
and the batch-usage error agrees in number with the options it names."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from khabar.cli import app

runner = CliRunner()


def test_train_events_help_shows_one_no_entities_flag() -> None:
    out = runner.invoke(app, ["train", "events", "--help"], terminal_width=200).output
    assert "--no-entities" in out
    assert "--no-no-entities" not in out


@pytest.mark.parametrize(("extra", "expected"), [
    (["--published", "2024-09-06"], "--published applies to one document"),
    (["--published", "2024-09-06", "--url", "https://x.example/a"], "--published, --url apply to one document"),
])
def test_batch_rejects_one_document_options_with_agreeing_verb(tmp_path, extra, expected) -> None:
    batch = tmp_path / "docs.jsonl"
    batch.write_text('{"text": "قال الوزير"}\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--input", str(batch), *extra], terminal_width=200)
    assert result.exit_code == 2
    assert expected in " ".join(result.output.split())

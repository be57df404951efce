"""Help screens, session 13 (st13): ``khabar … --help`` labels option values by what the user
types — DATE, PATH, N, TYPE, CODE … — instead of typer's Python types (``<str>``, ``<int
range>``, ``<path>``, ``<list[str]>``), and flags, ``--help`` too, carry no ``<bool>``
(``khabar.commands.help_labels``). Option names and parsing are unchanged."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.commands.help_labels import LabelledCommand, label_of

runner = CliRunner()
TYPE_WORDS = re.compile(r"<(str|int|float|bool|path|list\[str\]|int range|float range)>")


@pytest.mark.parametrize("command", [
    [], ["events"], ["search"], ["ingest"], ["export"], ["claims"], ["stories"], ["entity"],
    ["serve"], ["analyze"], ["spark"], ["spark", "analyze"], ["train"], ["relink"]])
def test_help_screens_carry_no_python_types(command):
    r = runner.invoke(cli, [*command, "--help"], terminal_width=200)
    assert r.exit_code == 0, r.output
    assert not TYPE_WORDS.search(r.output), TYPE_WORDS.search(r.output)
    assert "--help" in r.output


def test_help_screens_label_values_by_what_is_typed():
    out = runner.invoke(cli, ["events", "--help"], terminal_width=200).output
    for option, label in (("--db", "PATH"), ("--from", "DATE"), ("--to", "DATE"),
                          ("--type", "TYPE"), ("--country", "CODE"), ("--limit", "N"),
                          ("--order", "ORDER"), ("--format", "FORMAT")):
        line = next(line for line in out.splitlines() if f"{option} " in line)
        assert re.search(rf"{option}\b.*\b{label}\b", line), (option, line)
    bom = next(line for line in out.splitlines() if "--bom" in line)
    assert "<" not in bom and not re.search(r"\b[A-Z]{2,}\b", bom.split("Start")[0])


def test_labels_change_no_option_name_or_parsing(tmp_path):
    from test_store_support import claim_document

    from khabar.store import Store

    with Store(tmp_path / "s.db") as s:
        s.put(claim_document())
    r = runner.invoke(cli, ["events", "--db", str(tmp_path / "s.db"), "--limit", "1", "-f",
                            "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 1
    r = runner.invoke(cli, ["events", "--db", str(tmp_path / "s.db"), "--limit", "0"])
    assert r.exit_code == 2 and "--limit" in r.output
    r = runner.invoke(cli, ["story", "abc", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 2 and "STORY-ID" in r.output  # an argument named by its label


def test_every_command_gets_the_labelled_class_and_a_flag_no_label():
    import typer.main

    root = typer.main.get_command(cli)
    for name, command in root.commands.items():
        if hasattr(command, "commands"):  # a group: train, spark
            assert all(isinstance(c, LabelledCommand) for c in command.commands.values()), name
        else:
            assert isinstance(command, LabelledCommand), name
    events = root.commands["events"]
    labels = {p.name: label_of(p) for p in events.params if p.param_type_name == "option"}
    assert labels["bom"] == "" and labels["originals"] == ""
    assert labels["date_from"] == "DATE" and labels["limit"] == "N" and labels["db"] == "PATH"

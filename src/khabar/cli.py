"""The ``khabar`` command line: a thin layer over the library.

Each command family lives in its own module under :mod:`khabar.commands`; this module
only assembles them into one Typer app.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="khabar",
    help="Arabic news → structured, sourced, time-anchored data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """Arabic news → structured, sourced, time-anchored data."""


# Modules that register commands on ``app`` (each exposes ``register(app)``).
COMMAND_MODULES = (
    "khabar.commands.analyze",
    "khabar.commands.ner",
    "khabar.commands.train",
    "khabar.commands.store",
    "khabar.commands.follow",
    "khabar.commands.serve",
    "khabar.commands.spark",
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a command family not built yet
        if exc.name != _name:
            raise
        continue
    _module.register(app)

# plain labels for option values in --help (DATE, PATH, N), not Python types (<str>, <bool>)
importlib.import_module("khabar.commands.help_labels").label_commands(app)


def main() -> None:
    """Console-script entry point."""
    app()

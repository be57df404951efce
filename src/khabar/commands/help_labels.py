"""Plain labels for the values of options in ``khabar … --help``.

Typer labels every option with its Python type — ``<str>``, ``<int range>``, ``<path>``,
``<list[str]>`` — and every flag, ``--help`` too, with ``<bool>``: English programming words
beside help text that speaks of dates, codes and files. :func:`label_commands` gives every
command (and group) of the app a command class that labels each value by what the user
types: ``DATE`` for a date option, ``FILE`` for a path, ``N`` for a number, the option's
name (``TYPE``, ``COUNTRY``, ``FORMAT`` …) for a word; a flag and an argument (named in
its own column) get none. An option given a ``metavar`` keeps it. Option names, defaults,
ranges and parsing are unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

# options whose value is a date (days, months, years: khabar.store.dates.check_bound)
_DATES = frozenset({"published", "date_from", "date_to", "event_from", "event_to", "as_of",
                    "due_before", "since", "until"})
# options whose value is a file or directory, though typed ``str``
_PATHS = frozenset({"input", "output", "conll", "model", "api_key_file", "shared", "db"})
# words clearer than the parameter's own name
_WORDS = {"country": "CODE", "sector": "CODE", "master": "URL", "interval": "DURATION",
          "log_level": "LEVEL", "gold_scheme": "SCHEME", "timeout": "SECONDS",
          "port": "PORT", "entity": "ACTOR", "speaker": "NAME", "place": "CODE",
          "via": "NAME"}


class _QuietArgument(TyperArgument):
    """An argument: its name is its label (``FILE``, ``QUERY``), no type beside it."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def label_of(param: TyperOption) -> str:
    """The label of an option's value: a flag none, else by name, then by type."""
    name = param.name or ""
    kind = param.type_descriptor.annotation
    if param.is_flag:
        return ""
    if name in _WORDS:
        return _WORDS[name]
    if name in _DATES:
        return "DATE"
    if name in _PATHS or kind is Path:
        return "PATH"
    if kind in (int, float):
        return "N"
    return name.upper().replace("_", "-")


def _label(params: list) -> None:
    for param in params:
        if isinstance(param, TyperArgument) and not isinstance(param, _QuietArgument):
            param.__class__ = _QuietArgument  # the same argument, without the type column
            param.metavar = param.metavar or (param.name or "").upper().replace("_", "-")
        elif isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = label_of(param)


def reflow(help_text: str | None) -> str | None:
    """The help text with each paragraph on one line: Typer's rich help keeps a docstring's
    source line breaks, so a wrapped docstring printed ragged half-lines in a narrow
    terminal. Paragraphs (split by a blank line) stay apart."""
    if not help_text:
        return help_text
    paragraphs = help_text.strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip())
                       for p in paragraphs)


class LabelledCommand(TyperCommand):
    """A command whose option values carry plain labels (see the module) and whose help
    paragraphs are reflowed to the terminal (:func:`reflow`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _label(self.params)
        self.help = reflow(self.help)

    def get_help_option(self, ctx: Any) -> TyperOption | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""  # a flag: no «<bool>»
        return option


class LabelledGroup(TyperGroup):
    """A group (``khabar``, ``khabar train``, ``khabar spark``) whose ``--help`` is a flag
    without a type label."""

    def get_help_option(self, ctx: Any) -> TyperOption | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option


def label_commands(app: typer.Typer) -> None:
    """Give every command and group of ``app`` (and of its sub-apps) the labelled classes,
    unless a command chose a class of its own."""
    if app.info.cls is None or isinstance(app.info.cls, type(typer.models.Default(None))):
        app.info.cls = LabelledGroup
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):  # typer's default class
            command.cls = LabelledCommand
    for group in app.registered_groups:
        if group.typer_instance is not None:
            label_commands(group.typer_instance)

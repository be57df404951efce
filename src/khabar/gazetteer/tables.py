"""Reading the gazetteer TSV files of ``khabar.resources.gazetteer`` (header row, # comments)."""

from __future__ import annotations

from importlib import resources


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated resource file as dicts keyed by its header."""
    text = resources.files("khabar.resources.gazetteer").joinpath(name).read_text("utf-8")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        cols += [""] * (len(header) - len(cols))
        rows.append(dict(zip(header, (c.strip() for c in cols[: len(header)]), strict=True)))
    return rows


def read_lines(name: str) -> list[str]:
    """Non-comment lines of a one-entry-per-line resource file."""
    text = resources.files("khabar.resources.gazetteer").joinpath(name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]

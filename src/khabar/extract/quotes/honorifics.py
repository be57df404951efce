"""Honorific pronouns after a cue and the words their holder is named with (``honorifics.tsv``).

«وقال سموه»، «اكد جلالته»، «وأوضح معاليه»: the pronoun stands for the last person named before it
with a matching honorific or title (docs/quotes.md § 5, session 20b)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from khabar.text.normalize import match_form


@cache
def honorific_titles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Normalised pronoun → normalised holder words: the honorific nouns, then the titles."""
    text = resources.files("khabar.resources.quotes").joinpath("honorifics.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        pronoun, nouns, titles = line.split("\t")
        table[match_form(pronoun)] = (frozenset(match_form(w) for w in nouns.split() if w != "-"),
                                      frozenset(match_form(w) for w in titles.split() if w != "-"))
    return table

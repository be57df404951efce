"""Quantity lexicons: units, currencies (ISO 4217), approximators and stop nouns.

Loaded once per process from ``resources/times/``; see its README for provenance. Given
names are read from the NER gazetteer (``resources/ner``: ``FIRST`` of persons.tsv,
``FIRST_AMBIG`` of given_common.tsv).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from khabar.extract.times.lexicon import RESOURCE, lexicon, norm, read_tsv


@dataclass(frozen=True)
class QuantityLexicon:
    units: dict[str, tuple[str, str | None]]  # form -> (unit, default currency)
    qualified: dict[tuple[str, str], str]  # (unit, adjective) -> ISO 4217
    adjectives: frozenset[str]
    approximators: dict[str, str]
    post_approximators: dict[str, str]
    stop_nouns: frozenset[str]


def _adjective_forms(adj: str) -> set[str]:
    """An adjective with its inflections (بحريني بحرينيا بحرينية …)."""
    base = adj[:-1] if adj.endswith("ه") else adj
    return {adj, base, base + "ا", base + "ه", base + "ين", base + "ون"}


@cache
def quantity_lexicon() -> QuantityLexicon:
    units = {}
    for form, unit, cur in read_tsv("quantity_units.tsv"):
        units[norm(form)] = (norm(unit) if not unit.isascii() else unit, None if cur == "-" else cur)
    qualified: dict[tuple[str, str], str] = {}
    for word, adj, code in read_tsv("currencies.tsv"):
        for form in _adjective_forms(norm(adj)):
            qualified[(norm(word), form)] = code
    stop_text = resources.files(RESOURCE).joinpath("stop_nouns.txt").read_text(encoding="utf-8")
    stops = {norm(w) for w in stop_text.split() if not w.startswith("#")}
    # the text layer's function words (prepositions, conjunctions, particles) too
    fw = resources.files("khabar.resources.text").joinpath("function_words.txt")
    if fw.is_file():
        stops |= {norm(w) for w in fw.read_text(encoding="utf-8").split() if not w.startswith("#")}
    return QuantityLexicon(
        units=units,
        qualified=qualified,
        adjectives=frozenset(a for _, a in qualified),
        approximators=lexicon().approximators,
        post_approximators={norm(r[0]): r[1] for r in read_tsv("post_approximators.tsv")},
        stop_nouns=frozenset(stops),
    )


@cache
def given_names() -> frozenset[str]:
    """Normalised given names of the NER gazetteer (محمد، صالح، صلاح …): after «و» right after
    a number one starts a person's name, it is not the counted noun («36 وصالح»)."""
    out = set()
    for name in ("persons.tsv", "given_common.tsv"):
        text = resources.files("khabar.resources.ner").joinpath(name).read_text(encoding="utf-8")
        for line in text.splitlines():
            word, _, cls = line.partition("\t")
            if cls.strip() in ("FIRST", "FIRST_AMBIG") and not word.startswith("#") and " " not in word:
                out.add(norm(word))
    return frozenset(out)

"""Build ``resources/text/native_initial.txt``: words whose first letter (و ف ب ل ك)
belongs to the stem, so :func:`khabar.text.clitics.strip` must not remove it.

``python -m khabar.text.build_native`` reads the development data in ``../shared``
(the news sample, ANERcorp training tokens, ANERgazet names) and the words of the package's
place gazetteers as pinned in ``resources/text/native_sources.txt``. A normalised word
W = c + R (c in و ف ب ل ك, len(R) ≥ 4, where strip would act) is listed when

- ``ال`` + W occurs (الوزارة, الوكالة, البلدية: a noun that takes the article) at least as
  often as R occurs alone, or
- W is a word of a place / person / organisation name list (واشنطن, فرنسا, بغداد), or
- W occurs at least 3 times while R and ``ال`` + R never occur (a stem of its own).

Only the list of word forms is shipped, not the texts.

The package gazetteers (``countries_curated.tsv``, ``places_curated.tsv``, ``cities.tsv``) keep
growing for entity resolution; read live, every edit changed what the builder gives (the list
shipped at 9a80208, 3,980 words, rebuilt to 4,103 by session 18) and the builder no longer
reproduced the shipped list. So, as the NER stage pins its lexicon inputs
(:mod:`khabar.ner.lexicon_sources`), the builder reads a snapshot of their words:
``native_sources.txt``, the words of those three files at 9a80208 (session 19). A gazetteer
edit changes nothing here until someone runs ``python -m khabar.text.build_native
--refresh-sources`` (rewrite the snapshot from the current gazetteers, then build) and reads
what the new list moves in every stage.
"""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from collections import Counter
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import regex

from khabar.text.normalize import match_form

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[3] / ".." / "shared"))
OUT = Path(__file__).resolve().parents[1] / "resources" / "text" / "native_initial.txt"
SOURCES = OUT.with_name("native_sources.txt")
GAZETTEERS = ("countries_curated.tsv", "places_curated.tsv", "cities.tsv")
SOURCES_HEADER = (
    "# The package gazetteers' words that khabar.text.build_native reads (countries_curated.tsv,\n"
    "# places_curated.tsv, cities.tsv), pinned: normalised with khabar.text.normalize.match_form,\n"
    "# sorted, one a line. Generated: do not edit by hand; `python -m khabar.text.build_native\n"
    "# --refresh-sources` rewrites it from the current gazetteers. Pinned at 9a80208 (session 19).\n"
)
_WORD = regex.compile(r"\p{Arabic}+")
PROCLITICS = "وفبلك"
MIN_REST = 4


def _words(text: str) -> list[str]:
    return [match_form(w) for w in _WORD.findall(text)]


def corpus_counts(words: Callable[[str], list[str]] = _words) -> Counter:
    """``words`` of the news sample (contents and titles) and of the ANERcorp training tokens,
    counted: the development data both text-layer builders read."""
    counts: Counter = Counter()
    with zipfile.ZipFile(SHARED / "data" / "news" / "dev" / "2015-08-10.zip") as z:
        for name in z.namelist():
            for art in json.loads(z.read(name)):
                counts.update(words(art.get("content") or ""))
                counts.update(words(art.get("title") or ""))
    for line in (SHARED / "data" / "ner" / "anercorp" / "train.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            counts.update(words(line.split()[0]))
    return counts


def package_words(gazetteers: Path | None = None) -> set[str]:
    """The normalised words of the package's place gazetteers as they are now (``gazetteers``:
    another folder holding the same files, e.g. an old checkout's)."""
    folder = gazetteers or Path(str(resources.files("khabar.resources") / "gazetteer"))
    words: set[str] = set()
    for name in GAZETTEERS:
        path = folder / name
        if path.exists():
            words.update(_words(path.read_text(encoding="utf-8")))
    return words


def pinned_words(path: Path | None = None) -> set[str]:
    """The pinned package words (default ``native_sources.txt``)."""
    return {line for line in (path or SOURCES).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def write_sources(words: set[str], path: Path | None = None) -> None:
    """Write the snapshot of the package words (sorted: a refresh diffs line by line)."""
    write_list(path or SOURCES, SOURCES_HEADER, sorted(words))


def _name_words(package: set[str]) -> set[str]:
    """ANERgazet's words (``../shared``) and ``package`` (the package gazetteers' words)."""
    words = set(package)
    for path in (SHARED / "data" / "gazetteers" / "anergazet").glob("*.txt"):
        words.update(_words(path.read_text(encoding="utf-8")))
    return words


def build(package: set[str] | None = None, counts: Counter | None = None,
          anergazet: bool = True) -> list[str]:
    """The list: words of ``counts`` (default :func:`corpus_counts`) and of the name lists
    (``package``, default the pinned :func:`pinned_words`; with ``anergazet``, ANERgazet's)."""
    counts = corpus_counts() if counts is None else counts
    package = pinned_words() if package is None else package
    names = _name_words(package) if anergazet else set(package)
    native = set()
    for word in set(counts) | names:
        if len(word) < MIN_REST + 1 or word[0] not in PROCLITICS or word.startswith(("ال", "لل")):
            continue
        rest = word[1:]
        alone = counts[rest] + counts["ال" + rest]
        if counts["ال" + word] >= 1 and counts["ال" + word] >= counts[rest]:
            native.add(word)
        elif word in names and counts[rest] <= counts[word]:
            native.add(word)
        elif counts[word] >= 3 and alone == 0:
            native.add(word)
    return sorted(native)


HEADER = (
    "# Words whose initial و ف ب ل ك is part of the stem (not a proclitic), normalised\n"
    "# with khabar.text.normalize.match_form. Generated by `python -m khabar.text.build_native`\n"
    "# from the dev news sample (SaudiNewsNet 2015-08-10), ANERcorp train tokens and\n"
    "# ANERgazet / package gazetteer names; see that module for the rules. Do not edit.\n"
)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m khabar.text.build_native", description=__doc__.split("\n")[0])
    ap.add_argument("--refresh-sources", action="store_true",
                    help="first rewrite native_sources.txt from the current package gazetteers")
    ap.add_argument("--output", type=Path, help="where to write the list (default: the shipped one)")
    args = ap.parse_args(argv)
    if args.refresh_sources:
        old = pinned_words()
        new = package_words()
        write_sources(new)
        print(f"package words: {len(old - new)} left, {len(new - old)} came in")
    write_list(args.output or OUT, HEADER, build())


def write_list(out: Path, header: str, words: list[str]) -> None:
    """Write a generated word list: its comment header, then one word a line."""
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main()

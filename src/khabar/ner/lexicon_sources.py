"""The pinned package-side inputs of the NER feature lexicon (``resources/ner/lexicon_sources.txt``).

The tagger's feature lexicon is built at training time from ANERgazet (read from
``../shared``) and from khabar's own name lists: the gazetteers of the resolution stage
(:func:`khabar.ner.lexicon.package_gazetteers`), the curated NER lists
(:func:`khabar.ner.lexicon.curated_lists`) and the gazetteer's ambiguous place forms
(:func:`khabar.ner.lexicon.build` drops their LOC class where they are person names).
Those lists keep growing for entity resolution; read live, every edit silently changed
what ``khabar train ner`` gives (sessions 12–14). So training reads a snapshot of them,
committed with the model: ``khabar train ner`` reproduces the shipped model from
``../shared`` and the repository, and a gazetteer edit changes nothing in the tagger until
someone runs ``khabar train ner --refresh-lexicon-sources`` (rewrite the snapshot from the
current lists, then train).

Format: ``#`` comment lines, then three sections, each opened by a ``[name]`` line and
holding sorted unique lines — ``[gazetteers]`` and ``[curated]``: ``name<TAB>CLASS`` as the
two functions yield them; ``[ambiguous]``: one normalised place form per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

SOURCES_NAME = "lexicon_sources.txt"
SECTIONS = ("gazetteers", "curated", "ambiguous")
HEADER = (
    "# khabar NER: the package-side inputs of the tagger's feature lexicon, pinned (see\n"
    "# src/khabar/ner/lexicon_sources.py and docs/models/ner.md). Generated: do not edit by hand;\n"
    "# `khabar train ner --refresh-lexicon-sources` rewrites it from the current gazetteers.\n"
)


@dataclass(frozen=True)
class Sources:
    """The three pinned inputs: gazetteer and curated ``(name, class)`` pairs, ambiguous places."""

    gazetteers: tuple[tuple[str, str], ...]
    curated: tuple[tuple[str, str], ...]
    ambiguous: frozenset[str]


def default_path() -> Path:
    """The snapshot shipped in the package (``khabar/resources/ner/lexicon_sources.txt``)."""
    return Path(str(files("khabar.resources") / "ner" / SOURCES_NAME))


def live() -> Sources:
    """The inputs as the package's gazetteers and curated lists give them now."""
    from khabar.ner import lexicon

    return Sources(tuple(sorted(set(lexicon.package_gazetteers()))),
                   tuple(sorted(set(lexicon.curated_lists()))),
                   frozenset(lexicon.ambiguous_places()))


def write(sources: Sources, path: Path) -> None:
    """Write ``sources`` in the snapshot format (sorted, so a refresh diffs line by line)."""
    lines = [HEADER.rstrip("\n")]
    for name in SECTIONS:
        lines.append(f"[{name}]")
        if name == "ambiguous":
            lines.extend(sorted(sources.ambiguous))
        else:
            lines.extend(f"{n}\t{c}" for n, c in sorted(set(getattr(sources, name))))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path | None = None) -> Sources:
    """Read a snapshot (default: the package's); a line outside a section or a pair without
    its tab is an error naming the line."""
    path = Path(path) if path else default_path()
    parts: dict[str, list] = {name: [] for name in SECTIONS}
    section = None
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and line[1:-1] in parts:
            section = line[1:-1]
            continue
        if section == "ambiguous":
            parts[section].append(line)
            continue
        name, sep, cls = line.partition("\t")
        if section is None or not sep or not name or not cls:
            raise ValueError(f"{path.name}:{n}: expected 'name<TAB>CLASS' in a section, got {line!r}")
        parts[section].append((name, cls))
    return Sources(tuple(parts["gazetteers"]), tuple(parts["curated"]), frozenset(parts["ambiguous"]))


def refresh(path: Path | None = None) -> tuple[int, int]:
    """Rewrite the snapshot from the current gazetteers and lists; returns the numbers of
    lines that left and that came in (0, 0: the tagger's inputs did not change)."""
    path = Path(path) if path else default_path()
    old = _lines(path) if path.exists() else set()
    write(live(), path)
    new = _lines(path)
    return len(old - new), len(new - old)


def _lines(path: Path) -> set[tuple[str, str]]:
    """``(section, line)`` of every entry of a snapshot."""
    out: set[tuple[str, str]] = set()
    section = ""
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            section = line
        elif line and not line.startswith("#"):
            out.add((section, line))
    return out


def sha1(path: Path | None = None) -> str:
    """The snapshot's SHA-1 (recorded in a trained model's ``ner.json``)."""
    import hashlib

    return hashlib.sha1((Path(path) if path else default_path()).read_bytes()).hexdigest()

"""The feature lexicon: normalised names → classes, built at training time, shipped with the model.

Sources: the ANERgazet lists (locations, organisations, person names; CC BY-SA, see the
model card), the countries gazetteer (``CTRY`` for country names, ``NAT`` for nisba
adjectives and demonyms, capitals as ``LOC``) and khabar's own curated gazetteers (cities,
organisations, outlets) and the curated NER lists of ``resources/ner/*.tsv`` (persons and
given names, organisations and clubs, places, other proper names; written by the project's
annotators from general knowledge, see their headers). Two optional classes (session 6,
``TrainConfig.given_ambig`` / ``club_cores``, off in the shipped model): ``FIRST_AMBIG`` for
given names that are also common words (``given_common.tsv``) and ``CLUB`` for the one-word
core of a qualified club of the list (:func:`club_cores`). With ``TrainConfig.span_memory``
the lexicon also carries the training data's own multi-word names (:func:`span_memory`,
class ``M_<TYPE>``, a separate feature). The lexicon is frozen into
``models/ner.lexicon.tsv`` next to the CRF so that the features seen at run time are the ones
the model was trained with. Training reads the package-side lists from a pinned snapshot
(:mod:`khabar.ner.lexicon_sources`, session 15), not live, so that gazetteer edits for entity
resolution do not change what ``khabar train ner`` gives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from khabar.ner.features import MEMORY_PREFIX  # noqa: F401  (re-exported for train)
from khabar.text.normalize import match_form

ANERGAZET = {
    "AlignedLocGazetteer.txt": "LOC",
    "AlignedOrgGazetteer.txt": "ORG",
    "AlignedPersGazetteer.txt": "PERS",
}


def read_anergazet(directory: Path) -> Iterable[tuple[str, str]]:
    """``(name, class)`` pairs of the ANERgazet lists (separator lines skipped)."""
    for fname, cls in ANERGAZET.items():
        path = directory / fname
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            name = line.strip()
            if name and not set(name) <= set("=*"):
                yield name, cls


def package_gazetteers() -> Iterable[tuple[str, str]]:
    """``(name, class)`` pairs from khabar's own gazetteers (countries, cities, orgs, outlets)."""
    from khabar.gazetteer import countries

    for form, match in countries.forms().items():
        if match.kind == "name":
            yield form, "CTRY"
        elif match.kind == "capital":
            yield form, "LOC"
        else:
            yield form, "NAT"
    try:
        from khabar.gazetteer import names
    except ImportError:  # pragma: no cover - during bootstrapping only
        return
    common = common_city_words()
    for form, cls in names.feature_entries():
        if not (cls == "LOC" and match_form(form) in common):
            yield form, cls


def common_city_words() -> frozenset[str]:
    """City-list forms that are common words (``resources/ner/common_city_words.txt``),
    kept out of the feature lexicon."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "common_city_words.txt").read_text("utf-8")
    return frozenset(match_form(w) for line in text.splitlines()
                     if (w := line.strip()) and not w.startswith("#"))


CURATED_CLASSES = frozenset({"PERS", "FIRST", "FIRST_AMBIG", "ORG", "LOC", "MISC"})
# FIRST_AMBIG (``given_common.tsv``): given names that are also common words (نبيل، أمل، ويل):
# a possible name, weaker than FIRST; dropped where the word is PERS or FIRST anyway


def curated_lists(directory: Path | None = None) -> Iterable[tuple[str, str]]:
    """``(name, class)`` pairs of the curated NER lists (``name<TAB>CLASS`` lines, ``#``
    comments); an unknown class or a malformed line is an error, not a silent skip."""
    if directory is None:
        from importlib.resources import files

        directory = Path(str(files("khabar.resources") / "ner"))
    for path in sorted(Path(directory).glob("*.tsv")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, sep, cls = line.partition("\t")
            cls = cls.strip()
            if not sep or cls not in CURATED_CLASSES or not name.strip():
                raise ValueError(f"{path.name}:{n}: expected 'name<TAB>CLASS', got {line!r}")
            yield name.strip(), cls


CLUB_LEADS = frozenset({"نادي", "فريق"})


def club_cores(entries: Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """``(word, "CLUB")`` for the one-word core of the curated list's qualified clubs.

    The list names a club that is also a common word or a city only in a qualified form
    (السد القطري، ميلان الإيطالي، نادي الوحدة); ANERcorp tags the core alone, and in a
    match report the bare core is the club. The class marks the core (and, with the
    sports-context features, the core in a sports sentence) so the CRF can learn that;
    a country name is left out (قطر of نادي قطر is mostly the country). Nationality
    adjectives: the ``NAT`` forms of ``entries`` and the football nations the country
    gazetteer lacks (:data:`khabar.ner.postrules.EXTRA_NAT`)."""
    from khabar.ner.postrules import EXTRA_NAT, listed_clubs

    entries = list(entries)
    nat = {" ".join(match_form(n).split()) for n, c in entries if c == "NAT"} | EXTRA_NAT
    countries = {" ".join(match_form(n).split()) for n, c in entries if c == "CTRY"}
    seen: set[str] = set()
    for name in sorted(listed_clubs()):
        words = name.split()
        if len(words) != 2:
            continue
        if words[0] in CLUB_LEADS:
            core = words[1]
        elif words[1] in nat and not words[1].endswith("ه"):  # masculine: القطري, not القطرية
            core = words[0]
        else:
            continue
        if core not in countries and core not in seen:
            seen.add(core)
            yield core, "CLUB"


def span_memory(corpus: Iterable[tuple[Sequence[str], Sequence[str]]], min_share: float = 0.5,
                key: Callable[[str], str] | None = None) -> dict[str, str]:
    """Multi-word names the tagged ``corpus`` holds as entities → their majority type.

    Keys are normalised as :class:`khabar.ner.features.SpanMemory` matches them (the first
    word by :func:`khabar.ner.features.name_start`, the others by ``match_form``). A name
    is kept only if at least ``min_share`` of its occurrences in the corpus (as a word
    sequence, anywhere) are exactly a tagged entity: «وزارة الخارجية», which ANERcorp
    mostly leaves untagged, is no memory name even if tagged once. Built from the training
    data in its own annotation conventions, and jack-knifed by :mod:`khabar.ner.train`
    so that the CRF learns how far a name seen elsewhere is to be trusted. ``key``: a word's
    base under the model's split (:mod:`khabar.ner.split`; None: the plain split)."""
    from khabar.ner.conll import spans
    from khabar.ner.features import MAX_NAME_WORDS, name_start
    from khabar.ner.split import plain_key

    base = key or plain_key

    def keys(words: Sequence[str]) -> tuple[list[str], list[str]]:
        norms = [match_form(w) for w in words]
        return norms, [name_start(n, base(w)) for n, w in zip(norms, words, strict=True)]

    sents = [(list(w), list(t)) for w, t in corpus]
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for words, tags in sents:
        norms, starts = keys(words)
        for a, b, typ in spans(tags):
            if 2 <= b - a <= MAX_NAME_WORDS:
                types[" ".join([starts[a], *norms[a + 1 : b]])][typ] += 1
    seen: Counter[str] = Counter()
    for words, _ in sents:
        norms, starts = keys(words)
        for a in range(len(words) - 1):
            for b in range(a + 2, min(a + MAX_NAME_WORDS, len(words)) + 1):
                key = " ".join([starts[a], *norms[a + 1 : b]])
                if key in types:
                    seen[key] += 1
    return {k: c.most_common(1)[0][0] for k, c in sorted(types.items())
            if sum(c.values()) >= min_share * seen[k]}


def build(entries: Iterable[tuple[str, str]],
          ambiguous: frozenset[str] | None = None) -> dict[str, str]:
    """Normalised form → ``|``-joined sorted classes.

    A place the gazetteer marks as ambiguous (``ambiguous_names.txt``; ``ambiguous``: these
    normalised forms instead, e.g. the pinned ones of :mod:`khabar.ner.lexicon_sources`) that
    is also a person's name in the lists keeps only its person classes: «منى» is far more
    often the given name than the holy site, and a LOC mark on it splits «منى خالد».
    """
    classes: dict[str, set[str]] = defaultdict(set)
    for name, cls in entries:
        key = " ".join(match_form(name).split())
        if len(key) >= 2:
            classes[key].add(cls)
    if ambiguous is None:
        ambiguous = ambiguous_places()
    for key, cls in classes.items():
        if key in ambiguous and cls & {"PERS", "FIRST"}:
            cls.discard("LOC")
        if cls & {"PERS", "FIRST"}:
            cls.discard("FIRST_AMBIG")
    return {k: "|".join(sorted(v)) for k, v in sorted(classes.items())}


def ambiguous_places() -> frozenset[str]:
    """Normalised place names that are also common words or given names (gazetteer list)."""
    try:
        from khabar.gazetteer import names
    except ImportError:  # pragma: no cover - during bootstrapping only
        return frozenset()
    return names.ambiguous_forms()



def save(lexicon: dict[str, str], path: Path) -> None:
    """Write the lexicon as ``form<TAB>classes`` lines with a provenance header."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# khabar NER feature lexicon (generated by `khabar train ner`; see docs/models/ner.md)\n")
        for k, v in lexicon.items():
            fh.write(f"{k}\t{v}\n")


def load(path: Path) -> dict[str, str]:
    """Read a lexicon written by :func:`save`."""
    out: dict[str, str] = {}
    for line in Path(path).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            k, _, v = line.partition("\t")
            out[k] = v
    return out

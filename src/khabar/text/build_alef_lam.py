"""Build ``resources/text/own_alef_lam.txt``: words whose first letters «ال» are their own,
not the article, so :func:`khabar.text.clitics.strip_token` must not remove them when the
writer dropped the hamza (الغاء, الاف, المانيا) or the alef is a hamzat wasl (التزام).

``python -m khabar.text.build_alef_lam`` reads the same development data as
:mod:`khabar.text.build_native` — the news sample in ``../shared`` (the domain, written by
13 outlets with and without hamzas) and the ANERcorp training tokens (newswire of another
decade) — and counts the written words with their hamza alefs kept. A normalised word
S = «ال» + R (len(S) ≥ 4, where the splitter would act) is listed when

- **hamza**: S is written with a hamza alef before its ل (أل إل آل, after any proclitics:
  إلغاء, وألمانيا, لآلاف) at least twice and at least as often as with a bare alef — the
  article is always written bare, so a word whose bare spellings do not outnumber its
  hamza spellings is its own «ال» with the hamza dropped (a typo «ألوسط» once, or a name
  «آلان» twice against 26 «الان», stays out);
- **definite**: S itself takes the article (الالتزام, بالالتزام, للالتزام: D(S) counts them)
  at least twice and at least as often as R occurs alone or after و (تزام never does).

- **verb** (session 19): S is a perfect of a form VIII verb of an ل-initial root (التقى, التقت,
  التقوا, التحق, التزم, التفت), whose «ال» is ا + the root's ل: the stem X of S = «الت» + X is
  seen in the imperfect («يلتقي», «وتلتزم», «سيلتحقون»: [و ف] [س ل] [ي ت ن] + «لت» + X + a
  plural/dual ending) at least twice and at least as often as S's rest reads as a noun — alone,
  after و, or after a preposition with the article (تهم, بالتهم: «التهم» is ال + تهم, the charges;
  «التهمت» (devoured) is a verb). Perfects: X (final ي for ى), + ت / وا / ا / تا / نا, a final ي
  dropped before ت and وا (التقت, التقوا); only the forms the data contains are listed.
  Session 18 held them back: as verbs, «والتقى الوزير بالسفير … وأكد» gave the quotes stage's
  verb-subject path the subject «الوزير بالسفير»; that path now ends a subject before a title
  or group noun written with «بـ».

Only the list of word forms is shipped, not the texts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import regex

from khabar.text.build_native import corpus_counts, write_list
from khabar.text.clitics import PROCLITICS
from khabar.text.normalize import match_form

OUT = Path(__file__).resolve().parents[1] / "resources" / "text" / "own_alef_lam.txt"
_WORD = regex.compile(r"[\p{Arabic}\p{Mn}\u0640]+")
_MARKS = regex.compile(r"[\p{Mn}\u0640]")
HAMZA_ALEFS = "أإآ"
# the proclitics written before a bare word (as in store.alef_lam.BARE)
BARE = PROCLITICS
DEFINITE = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل")
MIN_HAMZA = 2
MIN_DEFINITE = 2
MIN_IMPERFECT = 2
# an imperfect of a form VIII verb of an ل-initial root: proclitics, the person prefix, «لت», the stem
_IMPERFECT = regex.compile(r"[وف]?[سل]?[يتن]لت(\w{2,})")
_IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "وا", "ا", "ن")
# a preposition with the article before the rest of S: only a noun («بالتهم», «للتهم»)
_NOUN_DEFINITE = ("بال", "كال", "لل", "وبال", "فبال", "ولل", "فلل")


def _written(text: str) -> list[str]:
    """Arabic words without marks or tatweel, hamza alefs kept."""
    return [_MARKS.sub("", w) for w in _WORD.findall(text)]


def written_counts() -> Counter:
    """Written words of the news sample and the ANERcorp training tokens."""
    return corpus_counts(_written)


def _own_stem(word: str) -> tuple[str, bool] | None:
    """``(S, hamza)`` when ``word`` is a bare-word proclitic + alef + ل + …: the normalised
    stem and whether its alef carries a hamza; ``None`` otherwise."""
    for pre in BARE:
        if not word.startswith(pre):
            continue
        rest = word[len(pre):]
        if len(rest) >= 4 and rest[1] == "ل" and (rest[0] == "ا" or rest[0] in HAMZA_ALEFS):
            if rest[0] == "ا" and pre and pre[-1] == "ل":
                continue  # «لال…» is also ل + ال + …: not a clean bare spelling
            return match_form(rest), rest[0] in HAMZA_ALEFS
    return None


def _perfects(stem: str) -> tuple[str, ...]:
    """The perfects «الت» + ``stem`` (+ ت / وا / ا / تا / نا; a defective stem's ي dropped before
    ت, وا and تا: التقت, التقوا, التقتا, but التقيا, التقينا)."""
    short = stem[:-1] if stem.endswith("ي") else stem
    return tuple("الت" + f for f in (stem, short + "ت", short + "وا", stem + "ا", short + "تا", stem + "نا"))


def form_viii(norm: Counter) -> set[str]:
    """The perfects of form VIII verbs of ل-initial roots in ``norm`` (normalised counts): the
    stem's imperfects at least :data:`MIN_IMPERFECT` times and no fewer than the noun readings
    of the form («ت» + stem alone, after و, or after a preposition with the article)."""
    imperfect: Counter = Counter()
    for word, n in norm.items():
        m = _IMPERFECT.fullmatch(word)
        if m is None:
            continue
        rest = m.group(1)
        for ending in _IMPERFECT_ENDINGS:  # every reading: يلتحقون → حقون, حقو, حق
            if rest.endswith(ending) and len(rest) - len(ending) >= 2:
                imperfect[rest[: len(rest) - len(ending)]] += n
    listed = set()
    for stem, n in imperfect.items():
        if n < MIN_IMPERFECT:
            continue
        for form in _perfects(stem):
            rest = form[2:]
            noun = norm[rest] + norm["و" + rest] + sum(norm[d + rest] for d in _NOUN_DEFINITE)
            if norm[form] and n >= noun:
                listed.add(form)
    return listed


def build(counts: Counter) -> list[str]:
    hamza: Counter = Counter()
    bare: Counter = Counter()
    norm: Counter = Counter()
    for word, n in counts.items():
        norm[match_form(word)] += n
        hit = _own_stem(word)
        if hit:
            (hamza if hit[1] else bare)[hit[0]] += n
    listed = set()
    for stem in set(hamza) | set(bare):
        if len(stem) < 4:
            continue
        rest = stem[2:]
        alone = norm[rest] + norm["و" + rest]
        definite = sum(norm[d + stem] for d in DEFINITE)
        if hamza[stem] >= MIN_HAMZA and bare[stem] <= hamza[stem]:
            listed.add(stem)
        elif definite >= MIN_DEFINITE and definite >= alone:
            listed.add(stem)
    return sorted(listed | form_viii(norm))


def main() -> None:
    words = build(written_counts())
    header = (
        "# Words whose first letters «ال» are their own (not the article), normalised with\n"
        "# khabar.text.normalize.match_form. Generated by `python -m khabar.text.build_alef_lam`\n"
        "# from the dev news sample (SaudiNewsNet 2015-08-10) and ANERcorp train tokens; see\n"
        "# that module for the rules. Do not edit.\n"
    )
    write_list(OUT, header, words)


if __name__ == "__main__":
    main()

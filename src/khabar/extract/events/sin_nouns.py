"""Nouns spelt like the future «س» + an imperfect (session 21, evt21, issue #6).

:func:`khabar.text.clitics.analyses` splits any word «س» + «ي/ت/ن» + two letters or more as the
future prefix on an imperfect (سيتم، ستبدأ، سنعمل), and ``modality._future`` read every such split
as a future verb — also the nouns «سنوات» (years), «سياسي» (a politician), «سيناء», «سيول»
(floods), «سيدات» (ladies), «سنويا» (yearly): «تقدمت قبل حوالي ثلاث سنوات بطلب» was coded future.

A closed class, built from the development data by ``python -m khabar.extract.events.sin_nouns``
(the news sample ``2015-08-10.zip``, contents and titles, and ANERcorp train's tokens from sentence
723 on — never the first sixth, the NER held-out). A normalised form S = «س» + «ي/ت/ن» + … of four
letters or more (after و/ف) is listed when

- **it takes the article or a preposition**: ال، وال، فال، بال، كال، لل، ولل، فلل، ب، ك، ل، وب، ول،
  وك، فب، فل + S occur at least :data:`MIN_NOUN` times in all (السنوات، بسنوات، لسيناء، السياسي) —
  a future verb never does; for S in «ا» (not «وا»: سنويا، سياسيا, a tanween alef) the forms of S
  without it count too (السنوي); or
- **it is a noun so marked with a possessive pronoun**: S = T + ه/ها/هم/هما/هن/كم/كما/نا/ي, T (its
  final ت read as ة: سياستها → سياسة) of three letters or more passing the first test (سياستها،
  سيطرتهم، سيدنا، سنينه) — four or more before «ي» (سيارتي, سيدتي): a defective imperfect ends in
  «ي» too, and «سيفي بوعوده»، «ما سيلي» are future verbs, not «سيف»، «سيل» + «ي».

Only the list of word forms is shipped (``resources/events/sin_nouns.txt``), not the texts.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from khabar.text.normalize import match_form

OUT = Path(__file__).resolve().parents[2] / "resources" / "events" / "sin_nouns.txt"
FIRST_KEPT = 723  # ANERcorp train sentences before this one are the NER held-out
MIN_NOUN = 2
MIN_LEN = 4  # clitics.analyses splits «س» off a rest of more than three letters
NOUN_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
                 "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل")
POSSESSIVES = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه", "ي")
_WORD = regex.compile(r"\p{Arabic}+")


def future_shaped(word: str) -> str | None:
    """The form S of ``word`` (normalised) that :func:`clitics.analyses` splits as «س» + an
    imperfect, after an optional و/ف; ``None`` when it does not."""
    rest = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if len(rest) >= MIN_LEN and rest[0] == "س" and rest[1] in "يتن":
        return rest
    return None


def _noun_evidence(counts: Counter, form: str) -> int:
    """How often ``form`` occurs after the article or a preposition (a tanween alef dropped too)."""
    forms = [form]
    if form.endswith("ا") and not form.endswith("وا"):
        forms.append(form[:-1])
    return sum(counts[p + f] for f in forms for p in NOUN_PREFIXES)


def build(counts: Counter) -> list[str]:
    """The listed forms of ``counts`` (normalised word counts)."""
    shaped = {s for w in counts if (s := future_shaped(w)) is not None}
    listed = {s for s in shaped if _noun_evidence(counts, s) >= MIN_NOUN}
    for s in shaped - listed:
        for pron in POSSESSIVES:
            stem = s[: -len(pron)]
            if not s.endswith(pron) or len(stem) < (4 if pron == "ي" else 3):
                continue  # سيفي، سيلي: س + يفي، يلي (defective imperfects), not سيف، سيل + «ي»
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            if _noun_evidence(counts, stem) >= MIN_NOUN:
                listed.add(s)
                break
    return sorted(listed)


def corpus_counts() -> Counter:
    """Normalised words of the news sample (contents, titles) and ANERcorp train from sentence
    :data:`FIRST_KEPT` on."""
    from khabar.eval.corpus import shared_dir
    from khabar.eval.events_anercorp import sentences

    counts: Counter = Counter()
    with zipfile.ZipFile(shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip") as z:
        for name in z.namelist():
            for art in json.loads(z.read(name)):
                for field in ("content", "title"):
                    counts.update(match_form(w) for w in _WORD.findall(art.get(field) or ""))
    for sent in sentences()[FIRST_KEPT:]:
        for tok in sent:
            counts.update(match_form(w) for w in _WORD.findall(tok))
    return counts


@lru_cache(maxsize=1)
def sin_nouns() -> frozenset[str]:
    """The shipped list (normalised forms without و/ف)."""
    path = resources.files("khabar.resources") / "events" / "sin_nouns.txt"
    return frozenset(ln for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln and not ln.startswith("#"))


def main() -> None:
    words = build(corpus_counts())
    header = (
        "# Nouns spelt like the future «س» + an imperfect (normalised with khabar.text.normalize.match_form,\n"
        "# without و/ف). Generated by `python -m khabar.extract.events.sin_nouns` from the dev news sample\n"
        "# (2015-08-10) and ANERcorp train from sentence 723 on; see that module for the rules. Do not edit.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()

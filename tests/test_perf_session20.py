"""Session 20 (perf20): output-identical trims of the entity stage.

- ``resolve._office_title`` reads the words before a person from the end, on demand
  (``_tokens_back``, the word pattern run in reverse) instead of tokenising the 200
  characters before every person: the same tokens, the same titles.
- ``postrules._club_matches`` skips a token whose norm and base begin no club name (told with
  string look-ups, without hashing the token's context for the ``_CANDS`` memo).
"""

from __future__ import annotations

import importlib
import random

from khabar.extract.entities.candidates import Candidate
from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor

res = importlib.import_module("khabar.extract.entities.resolve")  # the module, not the function

_PIECES = ["وكيل", "الوزارة", "للتنمية", "الاجتماعية", "المهندس", "د", ".", "،", ",", "«", "»",
           "قال", "إن", "مدير", "نائب", "مساعد", "وزير", "الخارجية", "2015", "ـ", "\u064e",
           "سامي", "العتيبي", ":", "-", "x1", "بالإنابة", "الدكتور", "ومدير"]


def _random_text(rnd: random.Random) -> str:
    out = []
    for _ in range(rnd.randint(0, 40)):
        w = rnd.choice(_PIECES)
        out.append(w + rnd.choice(["", "", " ", "  ", "\n"]) if rnd.random() < 0.2 else w + " ")
    return "".join(out)


def _forward(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in res._WORD.finditer(text, lo, hi)]


def test_the_tokens_read_back_are_the_forward_tokens_reversed():
    rnd = random.Random(20)
    checked = 0
    for _ in range(400):
        text = _random_text(rnd)
        hi = rnd.randint(0, len(text))
        lo = rnd.randint(0, hi)  # may cut a word: both ways keep the same piece of it
        back = res._tokens_back(text, lo, hi)
        got = []
        while (t := back(len(got))) is not None:
            got.append(t)
        assert got == _forward(text, lo, hi)[::-1]
        assert back(len(got) + 3) is None  # before the first token: nothing, asked again
        checked += len(got)
    assert checked > 2000


def test_the_tokens_read_back_do_not_reach_past_the_window():
    text = "عبد الله، وكيل الوزارة"
    lo = text.index("الله") + 2  # inside a word: the cut piece is a token, nothing before it
    back = res._tokens_back(text, lo, len(text))
    assert [back(i)[2] for i in range(4)] == ["الوزارة", "وكيل", "،", "له"]
    assert back(4) is None
    assert res._tokens_back(text, 5, 5)(0) is None  # an empty window


def test_the_honorific_run_read_back_is_the_listed_one():
    for toks in (["قال", "،", "الدكتور"], ["د", "."], ["x", "."], ["،", "،", "المهندس"], [],
                 ["وكيل", "«"]):
        assert res._honorific_run_back(lambda i, t=toks: t[-1 - i] if i < len(t) else None) \
            == res._honorific_run(toks)
    assert res._honorific_run(["قال", "،", "الدكتور"]) == 2
    assert res._honorific_run(["x", "."]) == 0  # a full stop only after د
    assert res._honorific_run(["د", "."]) == 2


def _title(text: str, name: str) -> str | None:
    i = text.index(name)
    p = Candidate(i, i + len(name), "PERS", "model")
    span = res._office_title(text, p, [p])
    return text[span[0] : span[1]] if span else None


def test_an_office_title_is_found_before_honorifics_and_with_its_deputy_nouns():
    assert _title("وقال وكيل الوزارة للتنمية الاجتماعية بالإنابة المهندس سامي العتيبي إن",
                  "سامي") == "وكيل الوزارة للتنمية الاجتماعية بالإنابة"
    assert _title("وقال نائب مساعد وزير الخارجية، د. سامي العتيبي", "سامي") \
        == "نائب مساعد وزير الخارجية"
    assert _title("ومدير الشؤون الصحية سامي", "سامي") == "مدير الشؤون الصحية"  # و is outside


def test_no_office_title_across_a_break_a_mark_or_more_than_twelve_words():
    assert _title("قال مدير المستشفى إن المريض سامي العتيبي بخير", "سامي") is None
    assert _title("وكيل الوزارة - سامي", "سامي") is None
    assert _title("وكيل الوزارة «سامي", "سامي") == "وكيل الوزارة"  # a quote mark is a gap
    long = "وكيل " + " ".join(["الوزارة"] * 12) + " سامي"
    assert _title(long, "سامي") is None
    assert _title("وكيل " + " ".join(["الوزارة"] * 11) + " سامي", "سامي") is not None
    assert _title("سامي", "سامي") is None  # nothing before the name


def _old_office_title(text: str, person: Candidate, persons: list[Candidate]):
    """The session-19 reading: every token of the 200 characters, then the walk back."""
    lo = max(0, person.start - 200)
    toks = _forward(text, lo, person.start)
    k = len(toks) - res._honorific_run([t for _, _, t in toks])
    words: list[tuple[int, int, str]] = []
    while k and len(words) < 12:
        s, e, t = toks[k - 1]
        if t in res._GAP_MARKS or not t[0].isalpha() or res.match_form(t) in res._TITLE_BREAKS:
            break
        words.insert(0, (s, e, t))
        k -= 1
        if res._office_head(t) >= 0:
            while k and res._office_head(toks[k - 1][2]) >= 0:
                k -= 1
                words.insert(0, toks[k])
            break
    else:
        return None
    if len(words) < 2 or res._office_head(words[0][2]) < 0:
        return None
    start = words[0][0] + res._office_head(words[0][2])
    end = words[-1][1]
    if any(start < p.end and p.start < end for p in persons):
        return None
    return start, end


def test_office_titles_read_back_are_those_of_the_whole_window():
    rnd = random.Random(7)
    found = 0
    for _ in range(600):
        text = _random_text(rnd) + "سامي"
        p = Candidate(len(text) - 4, len(text), "PERS", "model")
        want = _old_office_title(text, p, [p])
        assert res._office_title(text, p, [p]) == want
        found += want is not None
    assert found > 20


def test_a_token_skipped_by_the_club_scan_begins_no_club_name():
    fx = FeatureExtractor()
    names = sorted(postrules.club_names())
    firsts, bare = postrules._firsts(), postrules._firsts_bare()
    rnd = random.Random(5)
    words = [n.split()[0] for n in rnd.sample(names, 150)] + ["مباراة", "في", "الدوري", "سامي"]
    skipped = kept = 0
    for w in words:
        for pre in ("", "و", "ل", "لل", "ب", "وال", "فال", "بال"):
            c = fx.word(pre + w)[1]
            if c[0] not in firsts and c[1] not in firsts and c[1] not in bare:
                assert postrules._cands(c) == ()
                skipped += 1
            else:
                kept += 1
    assert skipped > 50 and kept > 100


def test_a_club_name_is_found_after_a_proclitic_and_after_the_article_split():
    fx = FeatureExtractor()
    name = next(n for n in sorted(postrules.club_names())
                if n.startswith("ال") and len(n.split()[0]) > 4 and " " in n
                # begun by its base only through the article split («للدفاع»), not as itself
                and n.split()[0][2:] not in postrules._firsts())
    first, rest = name.split(" ", 1)
    k = len(rest.split()) + 1
    def found(words: list[str]) -> list[tuple[int, int]]:
        return postrules._club_matches([fx.word(w)[1] for w in words])

    assert found(["فاز", *name.split()]) == [(1, 1 + k)]
    assert found(["فاز", "و" + first, *rest.split()]) == [(1, 1 + k)]  # «والدفاع …»
    assert found(["فاز", "لل" + first[2:], *rest.split()]) == [(1, 1 + k)]  # «للدفاع …»
    assert found(["فاز", "و" + first[2:], *rest.split()]) == []  # «ودفاع …»: no article
    # a word that begins a club name elsewhere in the sentence does not make others begin one
    assert postrules._club_matches([fx.word(w)[1] for w in ["سامي", first, "سامي"]]) == []



def _old_strip_cue(key: str) -> tuple[str, bool]:
    """The session-19 loop: every cue, bare then with the article, and a space after it."""
    from khabar.gazetteer.outlets import cues

    for cue in cues():
        for form in (cue, "ال" + cue):
            if key.startswith(form + " "):
                return key[len(form) + 1 :], True
    return key, False


def test_a_cue_word_is_stripped_as_the_cue_loop_strips_it():
    from khabar.gazetteer import outlets
    from khabar.text.normalize import match_form

    cues = outlets.cues()
    assert cues and len(outlets._cue_heads()) == 2 * len(cues)
    table = list(outlets._data()[0])[:300]
    keys = [h + k for k in table for h in ("", *outlets._cue_heads(), "ال", "و")]
    keys += [*cues, *(c + "x" for c in cues), *(c + " " for c in cues), "", " ", "وكالة"]
    stripped = 0
    for k in keys:
        assert outlets._strip_cue(k) == _old_strip_cue(k), k
        stripped += outlets._strip_cue(k)[1]
    assert stripped > 1000
    key = " ".join(match_form("صحيفة الرياض").split())
    assert outlets._strip_cue(key) == (match_form("الرياض"), True)
    assert outlets._strip_cue(match_form("الصحيفة")) == (match_form("الصحيفة"), False)  # no name
    assert outlets.lookup("لصحيفة الرياض") is not None and outlets.lookup("الرياض") is None

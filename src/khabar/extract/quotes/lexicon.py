"""The quote extractor's lexicons: reporting verbs with their inflections, attribution
phrases, speaker nouns and function-word classes, loaded once from
``resources/quotes/*.tsv`` into normalised lookup tables.

Matching is on :func:`khabar.text.normalize.match_form` forms (alef and yaa unified, taa
marbuta → haa, no diacritics), so «مشيراً»، «مبيّنا» and «موضحةً» find their entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from khabar.text.clitics import analyses
from khabar.text.normalize import NormalizeOptions, match_form, normalize

_PLAIN = NormalizeOptions(alef=False, alef_maqsura=False, digits=False, punctuation=False)


@lru_cache(maxsize=100_000)
def plain(text: str) -> str:
    """The written form without diacritics and tatweel (letters kept as they are)."""
    return normalize(text, _PLAIN).text

PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن")
IMPERFECT_FORMS = (("ي", ""), ("ت", ""), ("ي", "ون"), ("ي", "ان"), ("ت", "ان"), ("ي", "ن"))
PARTICIPLE_SUFFIXES = ("", "ا", "ه", "ين", "ون", "ان", "تين", "تان")  # not ات: معتقدات are beliefs

# Subject agreement of each inflection (masculine/feminine singular, plural, dual).
PERFECT_AGREE = dict(zip(PERFECT_SUFFIXES, ("ms", "fs", "pl", "du", "du", "pl"), strict=True))
IMPERFECT_AGREE = dict(zip(IMPERFECT_FORMS, ("ms", "fs", "pl", "du", "du", "pl"), strict=True))
PARTICIPLE_AGREE = dict(zip(PARTICIPLE_SUFFIXES, ("ms", "ms", "fs", "pl", "pl", "du", "du", "du"), strict=True))

# Classes whose verbs take an object pronoun that is not the content (وصفها، اعتبره).
OBJECT_CLASSES = frozenset({"describe", "opinion", "relay"})
OBJECT_SUFFIXES = ("ها", "هم", "تها", "وها")  # not ه: it is also a normalised ة (قدرة)
OBJECT_AGREE = {"ها": "ms", "هم": "ms", "تها": "fs", "وها": "pl"}

# Directives whose perfect takes the addressee as an object pronoun («وحثهم على»، «وناشدهم»، «وحذرهم من»);
# not «تعهدها» (looked after her) nor «اقترحها» (the pronoun is what is proposed).
OBJECT_DIRECTIVES = frozenset({"ناشد", "حذر", "وعد", "توعد", "نبه", "حث"})
# directives whose content follows «على» («حث X على Y»، «حض على»; parse, walk), and the forms the verbal noun
# «حَثّ» shares with the verb (tokens.view reads them as the noun after a noun: «بهدف حث …»، «… وحث …»)
URGE_ON = frozenset({"حث", "حض"})
# «(و)نسبت X إلى Y قوله»: X attributes Y's words — a relay whose source follows «إلى», a cue only before
# a verbal noun of saying with its pronoun (tokens._attributed_saying, q21; «ونسب الهجوم إلى …» is no speech)
ATTRIBUTE = frozenset({"نسب"})
CHANT = frozenset({"ردد", "هتف"})  # a chant is a cue only right before its words in quote marks (q23)
INFORM = frozenset({"أبلغ", "أخبر"})  # the one told is their object: «أبلغ X الصحفيين أن»، «أبلغ «الشرق الأوسط» أن»
URGING_NOUN = frozenset({"حث", "حثه", "حثها", "حثهم"})
CONCLUDE = frozenset({"ختم", "اختتم"})  # «وختم حديثه قائلا:» concludes a speech, «اختتم الفعاليات» an event
# speeches one gives (normalised): what an act is done in («رحب … في كلمة بالجامعة», antecedents) and what
# a speaker's pronoun owns («وختم حديثه قائلا»، «في كلمته», walk.own_speech) — one list (q24; the lexicon's
# speech_noun is another class: indefinite speech *or document* nouns whose speaker a relative cue takes up)
SPEECHES = frozenset({"حديث", "كلمه", "تصريح", "تصريحات", "مداخله", "محاضره", "خطاب", "كلام", "خطبه", "رساله",
                      "مقابله"})
# two-letter cue stems: «وحث» is too short for the clitic analysis, which keeps a three-letter word
# whole (rightly for «ورد»: mostly «was mentioned», not «replied»)
SHORT_STEMS = frozenset({"حث"})

# Classes whose verbs take a noun object as content unless the lexicon says otherwise.
OBJECT_DEFAULT = frozenset({"announce", "direct", "describe", "opinion"})

T = TypeVar("T")
MEMO_MAX = 500_000  # entries per memo table (a long-running process stops remembering there)

# Proclitics a form may carry, by form kind.
VERB_PREFIXES = frozenset({"", "و", "ف", "س", "وس", "فس", "ل", "ول"})
NOUN_PREFIXES = frozenset({"", "و", "ب", "وب", "ف", "ل", "ول"})


@dataclass(frozen=True, slots=True)
class CueForm:
    """What one normalised cue form means."""

    lemma: str
    klass: str
    hedged: bool
    pos: str  # verb | participle | masdar
    objects: bool = False  # a noun object may be the content
    perfect: bool = False  # a perfect-tense verb form (أكد، أعلنت)
    agree: str = ""  # the subject the form agrees with: ms, fs, pl, du ("" unknown)


@dataclass
class Lexicon:
    """All lookup tables of the quote extractor."""

    cues: dict[str, CueForm] = field(default_factory=dict)
    phrases: dict[str, tuple[str, str]] = field(default_factory=dict)  # head -> (second, role)
    nouns: dict[str, str] = field(default_factory=dict)  # word -> kind
    words: dict[str, set[str]] = field(default_factory=dict)  # class -> words
    # memo of clitic-stripped class tests, one table per class (no key tuples): class -> norm -> bool
    _memo_strip: dict[str, dict[str, bool]] = field(default_factory=dict, repr=False)
    _memo_size: int = field(default=0, repr=False)
    _cue_memo: dict[str, tuple[str, CueForm] | None] = field(default_factory=dict, repr=False)
    _kind_memo: dict[str, str | None] = field(default_factory=dict, repr=False)
    _raw_tables: dict[str, set[str]] = field(default_factory=dict, repr=False)
    # memo tables of what other modules compute from the lexicon alone (name -> norm -> value)
    _derived: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    def cue(self, norm: str) -> tuple[str, CueForm] | None:
        """``(prefix, form)`` when a normalised token is a cue form (with allowed clitics)."""
        memo = self._cue_memo
        if norm in memo:
            return memo[norm]
        return self.remember(memo, norm, self._cue(norm))

    def _cue(self, norm: str) -> tuple[str, CueForm] | None:
        for prefix, base in analyses(norm):
            hit = self.cues.get(base)
            if hit is None:
                continue
            allowed = NOUN_PREFIXES if hit.pos == "masdar" else VERB_PREFIXES
            if hit.pos == "verb" and hit.perfect and prefix in ("ل", "ول"):
                continue  # «للفت انتباه تلاميذه»: a purpose «ل» takes a verbal noun, never a perfect
            if prefix not in ("و", "ف") and base in self.words.get("prefixed_cue", ()):
                continue  # «طالب في الجامعة» (a student); «وطالب X بـ…» (demanded)
            if prefix in allowed:
                return prefix, hit
        if len(norm) == 3 and norm[0] in "وف" and norm[1:] in SHORT_STEMS:
            hit = self.cues.get(norm[1:])
            if hit is not None and hit.pos == "verb":
                return norm[0], hit  # «وحث الوزير المواطنين على …»
        return None

    def is_(self, klass: str, norm: str, *, strip: bool = True) -> bool:
        """Whether a normalised token (or its clitic-stripped base) belongs to a word class."""
        if not strip:
            table = self.words.get(klass)
            return table is not None and norm in table
        memo = self._memo_strip.get(klass)
        if memo is not None:
            hit = memo.get(norm)
            if hit is not None:
                return hit
        return self._is_stripped(klass, norm)

    def _is_stripped(self, klass: str, norm: str) -> bool:
        """:meth:`is_` with clitic stripping, computed from the word table (and remembered)."""
        table = self.words.get(klass, set())
        hit = norm in table or any(base in table for _, base in analyses(norm)[1:])
        if self._memo_size < MEMO_MAX:
            self._memo_size += 1
            self._memo_strip.setdefault(klass, {})[norm] = hit
        return hit

    def memo(self, name: str) -> dict[str, Any]:
        """A memo table for a function of a normalised form that depends only on this
        lexicon (filled by the caller; see :meth:`remember`)."""
        table = self._derived.get(name)
        if table is None:
            table = self._derived[name] = {}
        return table

    def remember(self, table: dict[str, T], norm: str, value: T) -> T:
        """Store ``value`` in a :meth:`memo` table (while memory allows) and return it."""
        if len(table) < MEMO_MAX:
            table[norm] = value
        return value

    def is_raw(self, klass: str, plain_form: str) -> bool:
        """Whether a token as written (see :func:`plain`) belongs to a word class."""
        table = self._raw_tables.get(klass)
        if table is None:
            table = self._raw_tables[klass] = self.words.get(klass + "_raw", set())
        return plain_form in table

    def noun_kind(self, norm: str) -> str | None:
        """The speaker kind a head noun denotes, trying the clitic-stripped forms."""
        memo = self._kind_memo
        if norm in memo:
            return memo[norm]
        return self.remember(memo, norm, self._noun_kind(norm))

    def _noun_kind(self, norm: str) -> str | None:
        for _, base in analyses(norm):
            kind = self.nouns.get(base)
            if kind:
                return kind
        return None


def _rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.resources.quotes").joinpath(name).read_text(encoding="utf-8")
    rows = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows


def _verb_forms(perfect: str, imperfect: str, participle: str, extra: str) -> list[tuple[str, str, str]]:
    """``(form, pos, agreement)`` of every generated inflection."""
    out: list[tuple[str, str, str]] = []
    if perfect:
        out += [(perfect + s, "perfect", PERFECT_AGREE[s]) for s in PERFECT_SUFFIXES]
    if imperfect:
        out += [(p + imperfect + s, "verb", IMPERFECT_AGREE[(p, s)]) for p, s in IMPERFECT_FORMS]
    if participle:
        out += [(participle + s, "participle", PARTICIPLE_AGREE[s]) for s in PARTICIPLE_SUFFIXES]
    for form in extra.split():
        if form.endswith("/p"):  # a participle however short: «عادا/p» (deeming), not a dual perfect
            form = form[:-2]
            out.append((form, "participle", "fs" if form.endswith("ه") else "pl" if form.endswith("ين") else "ms"))
            continue
        if (len(form) >= 5 and form.endswith(("ا", "ه", "ين")) and not form.endswith("وا")
                and (form[0] == "م" or form[1] == "ا")):
            pos = "participle"  # مدعيا، داعيا، نافية
            agree = "fs" if form.endswith("ه") else "pl" if form.endswith("ين") else "ms"
        else:
            pos = "verb" if form[:1] in "يت" and len(form) > 3 else "perfect"
            agree = _extra_agree(form, pos)
        out.append((form, pos, agree))
    return out


def _extra_agree(form: str, pos: str) -> str:
    """Agreement of an irregular form listed by hand (قالت، قالوا، تقول)."""
    if pos == "verb":
        return "pl" if form.endswith(("ون", "وا")) else "fs" if form[0] == "ت" else "ms"
    if form.endswith(("تا", "ا")) and not form.endswith("وا"):
        return "du"
    return "pl" if form.endswith(("وا", "ن")) else "fs" if form.endswith("ت") else "ms"


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon (built once per process)."""
    lex = Lexicon()
    for row in _rows("cue_verbs.tsv"):
        row += [""] * (8 - len(row))
        lemma, klass, hedged, perfect, imperfect, participle, extra, obj = row[:8]
        pos_default = "masdar" if klass.startswith("masdar") else None
        if klass.startswith("masdar_"):
            klass = klass[len("masdar_") :]
        forms = _verb_forms(match_form(perfect), match_form(imperfect), match_form(participle), match_form(extra))
        if (klass in OBJECT_CLASSES or lemma in OBJECT_DIRECTIVES) and perfect:
            forms += [(match_form(perfect) + s, "perfect", OBJECT_AGREE[s]) for s in OBJECT_SUFFIXES]
        objects = obj == "yes" or (obj == "" and klass in OBJECT_DEFAULT)
        for form, pos, agree in forms:
            is_perfect = pos == "perfect"
            pos = "verb" if is_perfect else pos
            entry = CueForm(lemma, klass, hedged == "1", pos_default or pos, objects, is_perfect and not pos_default,
                            "" if pos_default else agree)
            lex.cues.setdefault(form, entry)
    for head, second, role in _rows("cue_phrases.tsv"):
        lex.phrases[match_form(head)] = (match_form(second), role)
    for word, kind in _rows("speaker_nouns.tsv"):
        form = match_form(word)
        lex.nouns.setdefault(form, kind)
        if kind == "title" and not form.endswith("ه"):
            lex.nouns.setdefault(form + "ه", kind)  # the feminine title: دكتورة، وزيرة
    for word, klass in _rows("words.tsv"):
        lex.words.setdefault(klass, set()).add(match_form(word))
        # prepositions compared as written: «على» (on) is not the name «علي»
        lex.words.setdefault(klass + "_raw", set()).add(plain(word))
    return lex

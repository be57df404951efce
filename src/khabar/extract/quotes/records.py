"""What one sentence's parse produces: attributions before document-level resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.extract.quotes.mention import Mention


@dataclass
class ViaRef:
    """An intermediary found in the text: its mention and the cue that introduced it."""

    mention: Mention
    cue: tuple[int, int] | None = None  # char span of «بحسب ما أوردت» and the like
    generic: bool = False  # «الصحيفة»، «للصحيفة»: resolve to an earlier outlet


@dataclass
class Raw:
    """One attribution found in a sentence, before document-level resolution."""

    sentence: int
    cue: tuple[int, int]
    cue_token: int
    lemma: str
    klass: str
    hedged: bool
    content: tuple[int, int]
    type: str
    source: Mention | None = None
    implicit: bool = False
    pron_subject: bool = False
    vias: list[ViaRef] = field(default_factory=list)
    phrase: bool = False
    back_source: Mention | None = None  # antecedent found before a masdar cue (قوله)
    parent: int | None = None  # index of the enclosing quote (nested statements)
    agree: str = ""  # the subject agreement of the cue form (ms, fs, pl, du; "" unknown)
    source_fits: frozenset[str] = frozenset()  # inflections the source agrees with
    relayer_fits: frozenset[str] = frozenset()  # the same for the relayer («صحيفة X نقلا عن …»)
    pron_phrase: bool = False  # «على حد قوله»، «بحسب حديثهم»: the source is the pronoun's antecedent
    passed_over: int | None = None  # an earlier record this implicit cue does not go on from (agreement)
    kin_nested: bool = False  # a kin genitive's statement inside the relative's quotation (kinspeech, q23)
    family: bool = False  # the source is a bare family name of someone named before («ودعا القحطاني …»)
    actor: bool = False  # a participle given to the person acting in the statement before it (q22)



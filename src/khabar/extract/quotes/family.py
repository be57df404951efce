"""Family names met in a document (q17c): a definite relational word («القحطاني»، «الغامدي») written
right after a given name or a «بن X» link («خميس الغامدي»، «راشد بن أحمد الزهراني») is a person's
family name. A cue followed by one of them later in the document («ودعا القحطاني الجمعيات …»، «وعدّ
الزهراني الحادث …») has it as its subject, not as the first word of what is urged or deemed."""

from __future__ import annotations

from khabar.extract.quotes.names import nisba
from khabar.extract.quotes.tokens import Tok


def family_names(views: dict[int, list[Tok]], given: frozenset[str]) -> dict[str, int]:
    """Each family name's text and the character offset where it is first met after a given name."""
    out: dict[str, int] = {}
    for toks in views.values():
        for k in range(1, len(toks)):
            t = toks[k]
            if not (t.is_word and t.definite and not t.preposed and t.cue is None and nisba(t.norm)):
                continue
            a = toks[k - 1]
            after_given = a.is_word and not a.definite and a.norm in given
            after_link = k >= 2 and toks[k - 2].norm == "بن" and a.is_word and not a.definite
            if (after_given or after_link) and t.start < out.get(t.text, t.start + 1):
                out[t.text] = t.start
    return out

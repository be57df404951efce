"""The speaker of a speech or document that a relative cue sits in («قدّم X كلمةً أشار فيها إلى أن …»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.chunk import Chunker
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.naming import KIN
from khabar.extract.quotes.tokens import Tok, is_comma

_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # «أشار فيها»، «أكد خلالها»، «من خلالها»
_RELATIVES = frozenset({"الذي", "التي", "الذين"})
# pieces whose «لـ» names the author («مقالا للكاتب X»، «تغريدة للغفيلي»; normalised)
_AUTHORED = frozenset({"مقالا", "مقاله", "مقالات", "تغريده", "تغريدات", "دراسه", "كتابا", "قصيده", "منشورا", "ورقه"})
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_PHRASE_PREPS = frozenset({"في", "امام", "خلال", "اثناء"})  # normalised: «أمام» → «امام»
# prepositions (normalised) a writer's mention cannot follow («تجول على مواقع الوحدات وألقى محاضرات»)
_PREPOSITIONS = frozenset({"علي", "عن", "الي", "حول", "مع", "لدي", "عند", "نحو", "ضد", "بين", "داخل", "خارج"})



def speech_noun_before(lex: Lexicon, toks: list[Tok], i: int) -> int | None:
    """The speech or document noun before the cue at ``i`` when its resumptive «فيه/فيها/خلالها»
    follows the cue: indefinite («كلمةً ترحيبية بالحضور أشار فيها»), or with a possessive and its
    adjectives and a relative («بيانه المقتضب الذي رد فيه»), or followed by a place phrase («كلمة في
    حشود المتظاهرين قال فيها»); a cue «و» + verb + «فيه» right after another such cue's clause
    takes up the same noun («… الذي رد فيه على الرئيس، ونفى فيه …»). None otherwise."""
    k = i + 1
    if k < len(toks) and toks[k].norm == "من":
        k += 1  # «من خلالها»
    if k >= len(toks) or toks[k].norm not in _IN_IT:
        return None
    for j in range(i - 1, max(-1, i - 8), -1):
        t = toks[j]
        if not t.is_word:
            if is_comma(t) and toks[i].cue_prefix[:1] == "و":
                continue  # «… رد فيه على الرئيس الحريري، ونفى فيه»
            return None
        if t.cue is not None and j + 1 < len(toks) and toks[j + 1].norm in _IN_IT:
            if toks[i].cue_prefix[:1] == "و":
                return speech_noun_before(lex, toks, j)  # the same speech goes on
            return None
        if t.cue is not None:
            return None
        if _speech_noun(lex, t):
            between = toks[j + 1 : i]
            if all(x.is_word and not (x.definite and not x.preposed) for x in between) and len(between) <= 4:
                return j  # «كلمةً ترحيبية بالحضور»
            if t.norm not in lex.words.get("speech_noun", ()) and _possessed_frame(lex, between):
                return j  # «بيانه المقتضب الذي»
            if between and between[0].norm in _PHRASE_PREPS and len(between) <= 5:
                return j  # «كلمة في حشود المتظاهرين»
            return None
    return None


def _speech_noun(lex: Lexicon, t: Tok) -> bool:
    """A listed speech noun, or one with a possessive pronoun («بيانه»، «كلمتها»)."""
    if lex.is_("speech_noun", t.norm, strip=False):
        return True
    for end in _POSSESSIVES:
        if t.norm.endswith(end) and len(t.norm) > len(end) + 2:
            base = t.norm[: -len(end)]
            base = base[:-1] + "ه" if base.endswith("ت") else base  # «كلمته» → «كلمه»
            return lex.is_("speech_noun", base, strip=False)
    return False


def _possessed_frame(lex: Lexicon, between: list[Tok]) -> bool:
    """What may stand between a possessed speech noun and its relative cue: definite adjectives,
    then the relative pronoun right before the cue («المقتضب الذي»)."""
    if not between or between[-1].norm not in _RELATIVES:
        return False
    return all(x.is_word and x.definite and not x.preposed and x.cue is None for x in between[:-1]) and len(between) <= 3


def document_writer(lex: Lexicon, chunker: Chunker, toks: list[Tok], i: int,
                    ents: dict[int, Entity]) -> Mention | None:
    """The mention between a verb (or verbal noun) and the indefinite speech or document noun
    right before the cue at ``i`` whose resumptive «فيه/فيها/خلالها» follows the cue: «ألقى
    رئيس النادي الأستاذ X كلمةً أشار فيها أن …»، «تقديم ابن المسؤول ردا مفصلا أشار فيه أن …».
    None when the cue is not such a relative or no mention ends at the noun."""
    noun = speech_noun_before(lex, toks, i)
    if noun is None or noun < 2:
        return None
    if toks[noun - 2].norm in _RELATIVES:  # «سعد الغامدي الذي ألقى كلمة أكد خلالها»: the relative's head
        return _ending_at(lex, chunker, toks, noun - 2, ents)
    for s in range(max(1, noun - 12), noun):  # earliest start first: the whole mention
        before = toks[s - 1]
        if not before.is_word or lex.is_("preposition", before.norm, strip=False) or before.norm in _PREPOSITIONS:
            continue  # the mention follows its verb or verbal noun («قدّم»، «تقديم»، «ألقى»)
        m = _starting_at(lex, chunker, toks, s, noun, ents)
        if m is not None:
            return m
    return None


def _ending_at(lex: Lexicon, chunker: Chunker, toks: list[Tok], end: int, ents: dict[int, Entity]) -> Mention | None:
    """The longest strong mention that ends at token ``end`` (exclusive)."""
    for s in range(max(0, end - 9), end):
        m = _starting_at(lex, chunker, toks, s, end, ents)
        if m is not None:
            return m
    return None


def _starting_at(lex: Lexicon, chunker: Chunker, toks: list[Tok], s: int, end: int,
                 ents: dict[int, Entity]) -> Mention | None:
    """A strong mention from ``s`` to ``end`` that starts with a speaker noun, a kin noun or a
    name (not with the verb before it: «قدّم رئيس النادي …»)."""
    if lex.noun_kind(toks[s].norm) is None and s not in ents and toks[s].norm not in KIN:
        return None
    m = chunker.mention(toks, s, ents)
    if m is None:
        return None
    if m.end < end and toks[m.end].text == "(" and toks[end - 1].text == ")":
        return m if chunker.strong(toks, m) else None  # «ابن المسؤول (المدعى عليه) ردا …»
    if m.end < end:
        return None  # (a longer mention runs over the speech noun: it is cut there)
    m = _cut(m, end)
    return m if m.end > m.start and chunker.strong(toks, m) else None


def _cut(m: Mention, end: int) -> Mention:
    """``m`` ending at ``end`` at most (its name cut there too)."""
    if m.end <= end:
        return m
    name = m.name if m.name is None or m.name[1] <= end else ((m.name[0], end) if m.name[0] < end else None)
    return Mention(m.start, end, name, m.kind, m.entity, m.quoted)


def piece_author(lex: Lexicon, chunker: Chunker, toks: list[Tok], i: int,
                 ents: dict[int, Entity]) -> Mention | None:
    """The author a speech or document noun names with «لـ» when a relative cue with «فيه/فيها»
    takes it up: «نشر المعهد مقالا للباحثة X، قالت فيه: …»، «مقالا لزميلة الأبحاث في …، X، قالت
    فيه» (a name in apposition between commas after a role). None otherwise."""
    if i + 1 >= len(toks) or toks[i + 1].norm not in _IN_IT or toks[i].cue_prefix:
        return None
    for j in range(i - 1, max(0, i - 16), -1):
        t = toks[j]
        if t.cue is not None or (t.is_punct and not is_comma(t)):
            return None
        if not _speech_noun(lex, t):
            continue
        if t.norm not in _AUTHORED:
            return None  # «رسالة للوزير …»: the one a letter or a speech is for, not its author
        k = j + 1
        if k < len(toks) and toks[k].text in ("لـ", "ل"):
            k += 1
        elif not (k < len(toks) and toks[k].prefix[:1] == "ل"):
            return None
        m = chunker.mention(toks, k, ents)
        if m is None or m.kind != "person":
            return None
        commas = [x for x in range(m.start, m.end) if is_comma(toks[x])]
        if commas:  # «لزميلة الأبحاث في المعهد، لوري بلوتكين، قالت فيه»: the name in apposition
            c = commas[-1] + 1
            if c < m.end and all(x.is_word and not x.definite for x in toks[c : m.end]):
                return Mention(c, m.end, (c, m.end), "person", None, False)
            return None
        rest = toks[m.end : i]
        if not rest or (len(rest) == 1 and is_comma(rest[0])):
            # a role and the words after it («للباحثة لوري بلوتكين»): a person, though the name is unknown
            titled = lex.noun_kind(toks[m.start].norm) == "title" and m.end - m.start >= 2
            return m if m.name is not None or titled or chunker.strong(toks, m) else None
        # «… بالمعهد، لوري بلوتكين بوارتن، قالت فيه»: a name in apposition between commas, after the
        # role's place phrase («في برنامج …») if any
        marks = [x for x in range(m.end, i) if is_comma(toks[x])]
        if len(marks) == 2 and marks[1] == i - 1 and 1 < i - 1 - marks[0] <= 4 and (
                marks[0] == m.end or toks[m.end].norm == "في"):
            c = marks[0] + 1
            if all(x.is_word and not x.definite and x.cue is None for x in toks[c : i - 1]):
                return Mention(c, i - 1, (c, i - 1), "person", None, False)
        return None
    return None

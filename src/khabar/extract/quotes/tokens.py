"""A sentence's tokens seen by the quote extractor: each token with the lexicon classes
it belongs to, computed once per token (normalised form, definiteness, cue reading)."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.document import Token
from khabar.extract.quotes.lexicon import (
    ATTRIBUTE,
    CHANT,
    URGE_ON,
    URGING_NOUN,
    CueForm,
    Lexicon,
    plain,
)
from khabar.text.normalize import match_form

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "”": "”", "»": "»", "„": "“", "‘": "’"}
CLOSE_QUOTES = frozenset("»”\"’“″")
TERMINAL = frozenset(".!?؟…")
COMMAS = frozenset(",،;؛")


@dataclass(slots=True)
class Tok:
    """One token with what the extractor needs to know about it."""

    i: int  # index in the sentence
    start: int
    end: int
    text: str
    norm: str
    kind: str
    definite: bool
    cue: CueForm | None
    cue_prefix: str
    plain: str = ""  # as written, without diacritics
    prefix: str = ""  # proclitics (و، ب، ل، ال …) as split by the tokenizer
    initial: bool = False  # the dot of an initial or abbreviated title («اللواء م. ناصر»)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def preposed(self) -> bool:
        """Whether the word carries a proclitic preposition (ب، ل، ك): «لإدارة»، «بالشكوى»."""
        p = self.prefix
        if p.endswith("لل"):
            p = p[:-1]
        elif p.endswith("ال"):
            p = p[:-2]
        return any(c in p for c in "بلك")

    @property
    def is_punct(self) -> bool:
        return self.kind in ("punct", "symbol")


def _reading(t: Token, lex: Lexicon) -> tuple:
    """What a token's view holds apart from its place: the same for every token of the same text,
    norm, kind and prefix — ``(text, norm, kind, definite, cue, cue prefix, as written, prefix)``."""
    text = t.text
    word = t.kind == "word"
    norm = t.norm if word else text
    prefix = t.prefix or ""
    definite = prefix.endswith(("ال", "لل")) or (norm.startswith("ال") and len(norm) > 3)
    written = plain(text)
    hit = lex.cue(norm) if word and written not in lex.words.get("not_cue_plain_raw", set()) else None
    return (text, norm, t.kind, definite, hit[1] if hit else None, hit[0] if hit else "", written, prefix)


def view(tokens: list[Token], lex: Lexicon) -> list[Tok]:
    """The extractor's view of a sentence's tokens (a token's reading is looked up once per process
    in a memo of the lexicon, perf17: most tokens of a day's news are words seen before)."""
    out = []
    append = out.append
    memo = lex.memo("view")
    for i, t in enumerate(tokens):
        key = (t.text, t.norm, t.kind, t.prefix)
        r = memo.get(key)
        if r is None:
            r = lex.remember(memo, key, _reading(t, lex))
        append(Tok(i, t.start, t.end, *r))
    for k, t in enumerate(out):
        if t.kind == "word" and not t.norm and t.text.strip(TATWEEL) == "" and not _apart_proclitic(out, k):
            t.text, t.norm, t.kind, t.plain = DASH, DASH, "punct", DASH  # «وقال الوزير ـ في تصريحاته ـ إن» (q19)
    last = out[-1] if out else None
    for a, b in zip(out, out[1:], strict=False):
        if b.text == "." and a.kind == "word" and len(a.text) == 1 and a.end == b.start and b is not last:
            b.initial = True
        if b.cue is not None and lex.is_("passive_aux", a.norm, strip=False):
            b.cue = None  # «تم نقلها إلى المستشفى»، «يتم الإعلان عن …»: the passive of an act
        if b.cue is not None and b.cue.lemma in URGE_ON and a.kind == "word" and _urging_noun(a, b, lex):
            b.cue = None  # «… للتوعية بمرحلة القيد وحث المواطنين على …»، «بهدف حث …»: the verbal noun
        if a.cue is not None:
            if lex.is_("not_object", b.norm, strip=False):
                a.cue = None  # «رد فعل»، «ذكر اسمه»: not a reporting verb here
            elif _form_v_perfect(a) and b.kind == "word" and lex.is_("complementizer", b.norm, strip=False):
                a.cue = None  # «وتبيّن أن الموقع …»: it turned out (Form V perfect), not «she clarifies»
            elif _first_person(a, b, lex):
                a.cue = None  # «… والتي أعتبر أنها حاجة …»: the speaker's own «I consider», no new statement
    for k, t in enumerate(out):
        if t.plain == "علي" and _ya_final_on(out, k, lex):
            t.plain = "على"  # «مشددا علي أن»، «وأكد رئيس مجلس الادارة علي أنها»: the preposition
        if t.cue is None:
            continue
        if t.cue.klass in ("conclude", "find") and not _finding(out, k, lex):
            t.cue = None  # «توصل الطرفان إلى اتفاق»، «ووجد في طلتها ما …»: no finding stated
        if t.cue is not None and _between(out, k, lex):
            t.cue = None  # «مشترك بين وكالتي …»، «المرأة الوحيدة بين مرشحي الحزب»: the preposition
        if t.cue is not None and _impersonal_saying(out, k, lex):
            t.cue = None  # «يمكن القول إن …»، «من السابق لأوانه القول إن …»: no one says it
        if t.cue is not None and _proposal_noun(out, k):
            t.cue = None  # «مقترح جلالته بمنح …»، «أن هناك مقترحا بمنح …»: the noun, a proposal (q20)
        if t.cue is not None and t.cue.lemma in ATTRIBUTE and not _attributed_saying(out, k):
            t.cue = None  # «ونسب الهجوم إلى …»، «ما نسب إليه»، «نسب الرطوبة»: no words attributed (q21)
        if t.cue is not None and t.cue.lemma in CHANT and not _chanted(out, k):
            t.cue = None  # «يرددان أهازيج العميد»، «رددوا شعارات»: no words in marks, no statement (q23)
    return out


# «من جهته/من جانبه» (for his part) between the speaker and the content (normalised, q19)
SIDES = frozenset(match_form(f"{a}{b}") for a in ("جهت", "جانب", "ناحيت") for b in ("ه", "ها", "هم", "هما"))
TATWEEL = "\u0640"
DASH = "–"  # a lone tatweel read as this dash (the original text is untouched: spans are offsets)
# a proclitic written apart before its tatweel («ب ـ 18 مليون»، «ال ـ 24»، «ل ـ «السفير»»): not a dash
_APART_PROCLITICS = frozenset({"ب", "ل", "ك", "و", "ف", "ال", "لل", "بال", "وال", "كال", "فال", "وب", "ول", "وك"})


def _apart_proclitic(toks: list[Tok], k: int) -> bool:
    """Whether the lone tatweel at ``k`` lengthens a proclitic written apart right before it."""
    return k > 0 and toks[k - 1].kind == "word" and plain(toks[k - 1].text) in _APART_PROCLITICS


def _ya_final_on(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«علي» written for «على» (q18c): a bare «علي» right before «أن/ان» (with or without a pronoun; not
    «إن», which «قال علي إن» takes) or an on_object noun («ضرورة»), after a cue of an on_cue lemma
    (أكد، شدد …) with only words between in its clause, and not after a name connector («بن علي»)."""
    t = toks[k]
    if t.prefix or k + 1 >= len(toks) or k == 0:
        return False
    nxt = toks[k + 1]
    if not nxt.is_word or nxt.prefix:
        return False
    comp = (lex.is_("complementizer", nxt.norm, strip=False) or lex.is_("complementizer_pron", nxt.norm, strip=False))
    if not ((comp and not nxt.plain.startswith("إ")) or lex.is_("on_object", nxt.norm, strip=False)):
        return False
    if lex.is_("name_connector", toks[k - 1].norm, strip=False):
        return False
    cue = cue_before(toks, k, 7)
    return cue is not None and lex.is_("on_cue", match_form(cue.lemma), strip=False)


def cue_before(toks: list[Tok], k: int, reach: int) -> CueForm | None:
    """The cue of the nearest cue token among the ``reach`` tokens before ``k``, reached over
    words only (a punctuation token or the reach ends the walk: ``None``)."""
    for j in range(k - 1, max(-1, k - reach - 1), -1):
        x = toks[j]
        if not x.is_word:
            return None
        if x.cue is not None:
            return x.cue
    return None


_PURPOSE = frozenset({"بهدف", "بغرض", "بقصد", "لغرض", "اجل", "لاجل"})  # «بهدف حث …»: a verbal noun follows


def _urging_noun(a: Tok, b: Tok, lex: Lexicon) -> bool:
    """«حث» after the word ``a`` is the verbal noun «حَثّ»: with «و» after a noun («… بمرحلة القيد وحث
    المواطنين»; not after «كما، قد، الذي …»), or bare after a noun of purpose («بهدف حث»)."""
    if b.norm[len(b.cue_prefix):] not in URGING_NOUN:
        return False  # «وحثت»، «حثوا»: only the verb
    if b.cue_prefix:
        return not lex.is_("verb_particle", a.norm, strip=False) and not lex.is_("relative", a.norm, strip=False)
    return a.norm in _PURPOSE


def _first_person(a: Tok, b: Tok, lex: Lexicon) -> bool:
    """«أعتبر أن»، «أستبعد أن»: the first-person imperfect of a verb whose perfect starts with a
    hamzat al-wasl («اعتبر»، «استبعد»), written with «أ» right before a complementizer; the same
    letters normalised as the perfect «he considered». Since q17c wherever it stands — opening a
    sentence or an interview's answer, after «و/ف»، «لكنني» or an adverb («. أعتقد أن»، «وأعتقد أنها
    كانت …»), not only after a relative, «أنا» or «لا»: a perfect misspelt with «أ» («وأستدرك م. ناصر»)
    has its subject between verb and clause, the first person has none."""
    assert a.cue is not None
    if a.cue_prefix not in ("", "و", "ف") or not a.cue.perfect or a.cue.lemma[:1] not in "اإ":
        return False
    if not a.text[len(a.cue_prefix):].startswith("أ"):
        return False
    return b.kind == "word" and _complementizer(b.norm, lex)


def _complementizer(norm: str, lex: Lexicon) -> bool:
    """«أن»، «أنها» … and their «ب» forms («لا أعتقد بأنها …»)."""
    for n in (norm, norm[1:] if norm.startswith("ب") else ""):
        if n and (lex.is_("complementizer", n, strip=False) or lex.is_("complementizer_pron", n, strip=False)):
            return True
    return False


def _between(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A bare «بين» right after a word that no verb follows (not «كما/قد/ثم/من جهته …») is the
    preposition unless a complementizer comes within five words («الجولة بين الصقيه أن …»); so is a
    «وبين» after a bare «بين» of its sentence («ربط بين X وبين Y»); «بيّن» written with its shadda
    stays the verb."""
    t = toks[k]
    if t.cue is not None and t.cue.lemma == "بيّن" and t.norm == "وبين" and "\u0651" not in t.text:
        # «ربط بين الارتفاع … وبين ما حذر منه …»: the second «بين» of a pair
        paired = False
        for j in range(k - 1, max(-1, k - 30), -1):
            if is_terminal(toks[j]):
                break
            if toks[j].norm == "بين" and not toks[j].cue_prefix:
                paired = True
                break
        if not paired:
            return False
    elif (t.cue is None or t.cue.lemma != "بيّن" or t.cue_prefix or t.norm != "بين" or k == 0
            or "\u0651" in t.text):  # «بيّن» written with its shadda is the verb
        return False
    else:
        prev = toks[k - 1]
        if not prev.is_word or lex.is_("verb_particle", prev.norm):
            return False
    for j in range(k + 1, min(len(toks), k + 6)):
        x = toks[j]
        if lex.is_("complementizer", x.norm) or lex.is_("complementizer_pron", x.norm):
            return False  # also «بأن»، «بأنها»
        if not x.is_word:
            break
    return True


def _impersonal_saying(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The definite verbal noun «القول» with no preposition of its own and not after «إلى/على»
    is the subject or object of an impersonal frame («يمكن القول»، «نستطيع القول»، «يبقى صحيحا
    القول»، «من السابق لأوانه القول»): nobody's statement. «مكتفيا بالقول»، «ذهب إلى القول»،
    «اتفقوا على القول» keep their speaker (the verb's subject)."""
    t = toks[k]
    if t.norm != "القول" or t.cue_prefix or t.cue is None or t.cue.pos != "masdar":
        return False
    prev = toks[k - 1] if k > 0 else None
    return prev is None or not (lex.is_raw("to", prev.plain) or lex.is_raw("on", prev.plain))


_THERE_IS = frozenset({"هناك", "هنالك"})


# «إلى» as the matching form writes it, and the verbal nouns of saying with their possessor pronoun
_TO = "الي"
_SAYING_OF = frozenset(match_form(w) for w in ("قوله", "قولها", "قولهم", "قولهما", "قولهن"))


def _chanted(toks: list[Tok], k: int) -> bool:
    """«مرددين "نحن مستعدون للحرب"»، «هاتفين “الشعب يريد …”»، «وهم يهتفون «…»» (q23): a chant is a statement only
    in the plural with its words right after it in quote marks (a colon between allowed)."""
    c = toks[k].cue
    j = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].text == ":" else 0)
    if c is None or c.agree != "pl" or j >= len(toks) or toks[j].text not in '"«“':
        return False
    if any(t.norm in _NOT_A_CHANT for t in toks[max(0, k - 2) : k]):
        return False  # «المشجعين الذين كانوا يرددون "…"»: what they chanted, inside another's words
    return any(t.text in CLOSE_QUOTES for t in toks[j + 1 :])  # an unclosed mark is no chant's words


_NOT_A_CHANT = frozenset({"الذين", "الذي", "التي", "اللذين", "كانوا", "كان", "كانت"})


def _attributed_saying(toks: list[Tok], k: int) -> bool:
    """«نسب» reports speech only as «(و)نسبت X إلى Y قوله …» (q21): a bare «إلى» within eight words after
    it, then a verbal noun of saying with its pronoun («قوله/قولها/قولهم») within eight words of that,
    in the same clause (no stop or comma between)."""
    to = None
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].is_punct and toks[j].text not in '"«»“”':
            return False
        if toks[j].norm == _TO:
            to = j
            break
    if to is None:
        return False
    for j in range(to + 2, min(len(toks), to + 10)):
        if toks[j].is_punct and toks[j].text not in '"«»“”':
            return False
        if toks[j].norm in _SAYING_OF:
            return True
    return False


def _proposal_noun(toks: list[Tok], k: int) -> bool:
    """«مقترح» is the noun «مُقترَح» (a proposal, no cue: docs/quotes.md § 4) when bare — «مقترح جلالته
    بمنح …»، «مسلسل مقترح رفع الإيقاف»، «تفعيل مقترح خادم الحرمين»، «لمقترح بديل» — since the participle
    cue is a circumstantial, always in the accusative («، مقترحا وضع الأسعار …»); and «مقترحا» after «هناك»
    («أن هناك مقترحا بمنح التأشيرات») is that noun in the accusative."""
    t = toks[k]
    assert t.cue is not None
    if t.cue.lemma != "اقترح" or t.cue.pos != "participle":
        return False
    base = t.norm[len(t.cue_prefix):]
    return base == "مقترح" or (base == "مقترحا" and k > 0 and toks[k - 1].norm in _THERE_IS)


def _finding(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether a finding verb at ``k`` introduces a clause: «توصل/خلص (X) إلى أن/إلى القول إن»
    (the «إلى» within six words), «وجد X أن» (a subject word, then «أن» within six words)."""
    find = toks[k].cue is not None and toks[k].cue.klass == "find"
    for j in range(k + 1, min(len(toks), k + 8)):
        t = toks[j]
        if not t.is_word:
            if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES:
                continue  # «توصل بحث "هاي جروب" إلى أن»
            return False
        comp = lex.is_("complementizer", t.norm, strip=False) or lex.is_("complementizer_pron", t.norm, strip=False)
        if find:
            if comp:
                return j > k + 1  # «ووجد أن …» with no subject is impersonal (it was found)
            continue
        if lex.is_raw("to", t.plain):
            nxt = j + 2 if j + 1 < len(toks) and toks[j + 1].norm == "القول" else j + 1
            return nxt < len(toks) and (lex.is_("complementizer", toks[nxt].norm, strip=False)
                                        or lex.is_("complementizer_pron", toks[nxt].norm, strip=False))
    return False


def _form_v_perfect(t: Tok) -> bool:
    """A ت-imperfect of a Form II cue (lemma with a shadda: بيّن → تبيّن), which is also the
    Form V perfect («تبيَّن»: became clear)."""
    c = t.cue
    base = t.norm[len(t.cue_prefix):]
    return (c is not None and "\u0651" in c.lemma and c.pos == "verb" and not c.perfect
            and c.agree == "fs" and base.startswith("ت"))


def is_comma(t: Tok) -> bool:
    return t.text in COMMAS


def is_terminal(t: Tok) -> bool:
    if t.initial:
        return False
    return t.text in TERMINAL or t.text in ("!!", "..")


def strip_marks(text: str) -> str:
    """A name without surrounding quote marks, brackets and spaces."""
    return text.strip(" \t\n\"'«»“”„″()[]-–")


def spelt_letter(toks: list[Tok], p: int) -> bool:
    """«إن» as the letter N of a name spelt out in Arabic letters («سي إن إن»، «سي إن بي سي»):
    right after «سي/إن», or inside round brackets that close within four words."""
    if toks[p].norm not in ("ان", "إن"):
        return False
    prev = toks[p - 1] if p > 0 else None
    nxt = toks[p + 1] if p + 1 < len(toks) else None
    if prev is not None and prev.norm == "سي" and nxt is not None and nxt.norm in ("ان", "إن", "بي"):
        return True  # the first N of «سي إن إن»، «سي إن بي سي»
    if prev is not None and prev.norm in ("ان", "إن") and p > 1 and toks[p - 2].norm == "سي":
        return True  # the second N of «سي إن إن»
    opened = next((k for k in range(p - 1, max(-1, p - 5), -1) if toks[k].text in "()"), None)
    if opened is None or toks[opened].text != "(":
        return False
    return any(t.text == ")" for t in toks[p + 1 : p + 5])

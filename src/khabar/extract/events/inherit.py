"""Modality a trigger takes from the structure of its sentence rather than from a cue word.

General cases (docs/events.md, "Frame"):

- **sequence**: a verbal noun governed by a sequence cue (يتبعه، يليه، على أن يتم، تمهيدا لـ)
  takes the modality of the nearest earlier event of its sentence — «سيغادرون العراق …،
  يتبعه سحب القوات» is future like the departure, while «انسحبت القوات ثم تبعه سحب
  المعدات» stays asserted like the past withdrawal;
- **planned date**: a verbal noun whose governing time expression — in its own clause — starts
  after the dateline cannot report an occurrence: «لانسحاب مئات من القوات بنهاية عام 2026»
  in an article of 2024 is future. Verbs keep their tense (the rule reads nouns only);
- **complements** (:func:`complement`): the act a call, demand, proposal or appeal governs
  (دعا إلى الحوار، طالب الجهات بفرض عقوبات، اقترح أن يتم فرض) is hypothetical — the call is
  the event, compliance is open; the act a purpose names (من أجل، بهدف، بغية، سعيا إلى، كي)
  is hypothetical, or future when an arranging masdar governs it (من أجل ترتيب انسحاب قواته:
  a planned withdrawal). Only the complement's head is reached, directly or through one
  execution masdar (إجراء محادثات، الدخول في مفاوضات): «دعا إلى التحقيق في الهجوم» leaves
  the attack alone;
- **conditions** (:func:`conditional`): إذا، لو، إن، في حال + the condition and the main
  clause after it (or before it) are hypothetical.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from khabar.document import Sentence, Time, Token
from khabar.extract.events.dates import breaks_between
from khabar.extract.events.lexicon import candidates
from khabar.extract.events.rolewords import FEMININE_PLURAL_RELATIVES
from khabar.extract.events.rolewords import RELATIVES as ROLE_RELATIVES
from khabar.extract.events.walk import words_back
from khabar.text.normalize import match_form

if TYPE_CHECKING:  # modality.py reads the structure rules below
    from khabar.extract.events.modality import Frame

INHERITED = frozenset({"future", "hypothetical"})


def from_sequence(frame: Frame, earlier: Sequence[tuple[int, str]], start: int) -> str | None:
    """The modality a sequenced verbal noun at token ``start`` inherits, if any.

    ``earlier``: ``(token start, modality)`` of the events already framed in the sentence.
    """
    if not frame.sequence or frame.modality != "asserted":
        return None
    prev = [m for s, m in earlier if s < start]
    if prev and prev[-1] in INHERITED:
        return prev[-1]
    return None


# Session 11: a verbal noun joined by و to an earlier event of its clause is one more item of the
# same list (نأمل أن يتم وقف إطلاق النار والتفاوض بين الأطراف وإطلاق سراح المعتقلين): it takes the
# earlier item's future or hypothetical modality when a hope, a call or a plan put that one out of the
# asserted, however long the list. Not across a clause break, and not further than LIST_REACH tokens.
LIST_REACH = 25
LIST_BREAKS = frozenset(",،;؛:.!?()«»\"“”")


def from_list(tokens: Sequence[Token], earlier: Sequence[tuple[int, str]], start: int,
              prefix: str, verbal: bool) -> str | None:
    """The modality a و-joined verbal noun at ``start`` takes from the previous event of its list."""
    if verbal or not prefix.startswith("و"):
        return None
    prev = [(s, m) for s, m in earlier if s < start]
    if not prev:
        return None
    s, m = prev[-1]
    if m not in INHERITED or start - s > LIST_REACH:
        return None
    if any(t.kind == "punct" and t.text in LIST_BREAKS for t in tokens[s:start]):
        return None
    end = start + 1
    if end + 1 < len(tokens) and tokens[end].norm in RELATIVES and (
            tokens[end + 1].norm in ("تم", "تمت") or not tokens[end + 1].norm.startswith(("ي", "ت", "ن", "س"))):
        return None  # والاجتماعات الأخرى التي أعقبت ذلك: described as done (not «التي تعقد غدا»)
    return m


def _begin(t: Time) -> str:
    return t.interval.begin if t.interval is not None else t.value


# (session 23, mod23) the planned-date rule reads the trigger's OWN time: the nearest time of its clause
# (a past «يوم أمس» right before «الاجتماع» governs it even when «العام الدراسي المقبل» ends the clause), no more
# than PLAN_REACH words away («المشاورات الجارية بين … للخروج بنتائج من جلسة مجلس الوزراء المقرر عقدها يوم الخميس
# المقبل»: the Thursday is the session's) — but a clause appended by «، وذلك» takes its time at any reach (session
# 13). A time set off by a comma right before the trigger is still its own («ستعقد غداً ، اجتماعاً»).
PLAN_REACH = 10


def _words_between(sentence: Sentence, t: Time, trigger_start: int) -> int:
    """Whole words between the time and the trigger: not the trigger's own word, nor a clitic glued to
    either («… من العراق بنهاية عام 2026»: the ب of بنهاية is no word between)."""
    a, b = (t.end, trigger_start) if t.start < trigger_start else (trigger_start, t.start)
    chunk = sentence.text[a - sentence.start : b - sentence.start]
    words = chunk.split()
    if t.start > trigger_start and words:
        words = words[1:]  # the trigger's own word
    elif words and chunk[:1].strip():
        words = words[1:]  # glued to the time's end
    if words and chunk[-1:].strip():
        words = words[:-1]  # glued to the later one's start (بنهاية، لانسحاب)
    return len(words)


def _set_off(sentence: Sentence, t: Time, trigger_start: int) -> bool:
    """A time right before the trigger with only a comma between («غداً ، اجتماعاً»)."""
    return t.end <= trigger_start and not sentence.text[t.end - sentence.start : trigger_start - sentence.start] \
        .replace("،", "").replace(",", "").strip()


def planned(times: Sequence[Time], sentence: Sentence, trigger_start: int,
            published: str | None) -> bool:
    """Whether the trigger's own time — the nearest DATE/TIME expression of its clause (or of the clause
    a «، وذلك» clause is appended to), within PLAN_REACH words unless appended — starts after the dateline."""
    if not published:
        return False
    day = published[:10]
    own = [t for t in times if sentence.start <= t.start and t.end <= sentence.end
           and t.type in ("DATE", "TIME") and t.value[:1].isdigit()
           and (breaks_between(sentence, t, trigger_start) == 0 or _appended(sentence, t, trigger_start)
                or _set_off(sentence, t, trigger_start))]
    if not own:
        return False
    t = min(own, key=lambda t: (_words_between(sentence, t, trigger_start), abs(t.start - trigger_start)))
    return _begin(t)[:10] > day and (_words_between(sentence, t, trigger_start) <= PLAN_REACH
                                     or _appended(sentence, t, trigger_start))  # «…، وذلك بالتعاون مع»


# Session 13 (issue #6): a clause «، وذلك …» ("and that …") adds the how or the when of the clause
# before it (تنظم الجمعية مساء السبت المقبل أمسية …، وذلك بالتعاون مع …؛ ستعقد الندوة …، وذلك يوم
# الأحد المقبل): one comma between the time and the trigger, the later side opening with «وذلك»
# and then the time itself or a manner ب (بالتعاون، بمشاركة) — not a reason or an anchor («وذلك
# لوجود مطالبات»، «وذلك بسبب»، «وذلك بعد»: the demands exist already).
APPENDED = "وذلك"
NOT_MANNER = ("بسبب", "بعد", "بعيد")


def _appended(sentence: Sentence, t: Time, trigger_start: int) -> bool:
    """Whether exactly one comma stands between the time ``t`` and the trigger and the clause
    after it opens with «وذلك» + the time or a manner ب."""
    a, b = sorted((t.start, trigger_start))
    chunk = sentence.text[a - sentence.start : b - sentence.start]
    if chunk.count(";") + chunk.count("؛") or chunk.count(",") + chunk.count("،") != 1:
        return False
    after = chunk.replace("،", ",").split(",", 1)[1].split()
    if not after or after[0] != APPENDED:
        return False
    if t.start > trigger_start:  # «…، وذلك يوم الأحد المقبل»: the time right after «وذلك»
        return len(after) == 1
    # the word after «وذلك»: the trigger's own token (بالتعاون) or a word before it (بمشاركة …)
    nxt = after[1] if len(after) > 1 else sentence.text[trigger_start - sentence.start:].split()[0]
    return nxt.startswith("ب") and not nxt.startswith(NOT_MANNER)


# ---------------------------------------------------------------- governing structure
# Word classes (``modality.tsv`` rows ``call``, ``purpose``, ``execute``, ``arrange``, ``accept``),
# read by :class:`khabar.extract.events.modality.ModalityLexicon` into ``words``.
CLAUSE_END = frozenset(",،;؛:.!?-–—")
MARKERS = frozenset({"الي", "علي", "والي", "وعلي"})  # دعا إلى، حث على
SUBJUNCTIVE = frozenset({"ان", "بان", "وان", "كي", "لكي"})  # أن/كي + imperfect verb
AUX = frozenset({"يتم", "تتم", "يجري", "تجري"})  # أن يتم + verbal noun
PREPS = MARKERS | {"في", "وفي"}  # الحصول على موافقة، الدخول في مفاوضات
# A noun through which a masdar reaches the talks it names: العودة إلى طاولة المفاوضات
TABLES = frozenset(match_form(w) for w in "طاولة مائدة جولة جولات".split())
CALL_REACH = 12  # words between a call and its complement (the addressee: طالب المواطن الجهات …)
RELATIVES = ROLE_RELATIVES | FEMININE_PLURAL_RELATIVES | {match_form("اللائي")}
PRAYED = frozenset(match_form(w) for w in ("الله", "ربه", "ربها", "المولى"))
PREACHING = frozenset(match_form(w) for w in ("والإرشاد", "والارشاد"))  # الدعوة والإرشاد
# Session 9: the head noun of an organisation or an institution whose name is completed by the
# definite masdar (حزب الدعوة، جمعية الدعوة، كلية الدعوة، حركة الدعوة): a name, no call
INSTITUTIONS = frozenset(match_form(w) for w in (
    "حزب أحزاب جمعية جماعة منظمة رابطة هيئة دار مركز مكتب كلية قسم إدارة ادارة لجنة مجلس "
    "وزارة حركة اتحاد مؤسسة ائتلاف قائمة تيار كتلة جبهة مجمع معهد جامعة إذاعة اذاعة قناة "
    "مجلة صحيفة ندوة أنصار انصار").split())


def _marked(prefix: str) -> bool:
    """Whether a proclitic string carries the complement ب or ل (بالإفراج، للتظاهر، وبإرسال)."""
    p = prefix[:-2] if prefix.endswith("ال") else prefix[:-1] if prefix.endswith("لل") else prefix
    return p.endswith(("ب", "ل"))


def reading(tok: Token, words: frozenset[str]) -> str | None:
    """The proclitic of the reading of ``tok`` whose base is in ``words`` (never ك/س)."""
    if tok.kind != "word":
        return None
    for pre, base in candidates(tok.norm):
        if base in words and not any(ch in pre for ch in "كس"):
            return pre
    return None


def complement(tokens: Sequence[Token], start: int, prefix: str, verbal: bool, imperf: bool,
               execute: frozenset[str]) -> tuple[int, str, bool] | None:
    """The complement the trigger at ``start`` heads: ``(first token, masdar, marked)``.

    The complement opens with the trigger's ب/ل (بالإفراج، لزيارة), with إلى/على before it
    (دعا إلى الحوار), with أن/كي before its imperfect verb (أن ينسحب، كي يلتقي) or أن يتم
    before its verbal noun (أن يتم فرض), or with one execution masdar that governs it (إجراء
    محادثات، الدخول في مفاوضات، ترتيب انسحاب) — ``masdar`` is that word's base. ``marked``:
    the complement opens with ب/ل/إلى/على/أن (what a call governs). Otherwise the bare trigger
    is its own complement (من أجل رفع الحظر), unmarked; None for a perfect verb.
    """
    if _marked(prefix):
        return start, "", True
    i = start - 1
    if i < 0 or tokens[i].kind != "word":
        return None if verbal and not imperf else (start, "", False)
    if not verbal and tokens[i].base in TABLES and i > 0 and tokens[i - 1].kind == "word":
        i -= 1  # العودة إلى طاولة المفاوضات، لعقد جولة محادثات
    n = tokens[i].norm
    k = i - 1 if n in PREPS else i  # the masdar before a preposition: الحصول على موافقة
    pre = reading(tokens[k], execute) if k >= 0 else None
    if pre is not None:
        base = tokens[k].norm[len(pre):]
        if _marked(pre):
            return k, base, True
        if k > 0 and tokens[k - 1].norm in MARKERS:
            return k - 1, base, True
        return k, base, False
    if n in MARKERS:
        return i, "", True
    if verbal and imperf and n in SUBJUNCTIVE:
        return i, "", True
    if n in AUX and i > 0 and tokens[i - 1].norm in SUBJUNCTIVE:
        return i - 1, "", True
    return None if verbal and not imperf else (start, "", False)


def _is(tok: Token, words: frozenset[str]) -> bool:
    """A listed word, also with و/ف (وبهدف، فمن)."""
    n = tok.norm
    return tok.kind == "word" and (n in words or (n[:1] in ("و", "ف") and n[1:] in words))


def noun_slot(tokens: Sequence[Token], start: int, purposes: frozenset[str],
              execute: frozenset[str]) -> bool:
    """Whether the word before ``start`` takes a noun, never a finite verb: إلى/على, أجل,
    a purpose word or an execution masdar — so a perfect-looking form there (من أجل رفع
    الحظر، إلى قتل) is the verbal noun."""
    i = start - 1
    if i < 0 or tokens[i].kind != "word":
        return False
    t = tokens[i]
    return t.norm in MARKERS or t.norm == "اجل" or _is(t, purposes) or reading(t, execute) is not None


# Purpose nouns that take a bare masdar (بهدف تعزيز، بغية إجراء); the verbs and participles
# (يسعى، تهدف، الهادفة) take theirs after إلى/ل — a bare noun after them is their subject
BARE_PURPOSE = frozenset(match_form(w) for w in "بهدف لهدف بغرض لغرض بغية لأجل هدفها هدفه هدفهم".split())


def purpose(tokens: Sequence[Token], first: int, marked: bool, purposes: frozenset[str]) -> bool:
    """Whether a purpose cue opens the complement starting at ``first``: من أجل، لأجل، بهدف،
    بغية، سعيا إلى/لـ، يسعى لـ، تهدف إلى، كي/لكي (the complement's own first word). ``marked``:
    the complement opens with إلى/ل/ب — needed after a verb or participle («ويسعى الاتفاق
    لإعطاء»: the agreement is the subject)."""
    if _is(tokens[first], frozenset({"كي", "لكي"})):
        return True
    k = first - 1
    if k < 0 or tokens[k].kind != "word":
        return False
    if tokens[k].norm == "اجل":  # من أجل (أجل alone is also "postponed")
        return k > 0 and tokens[k - 1].norm in ("من", "ومن")
    return _is(tokens[k], purposes) and (marked or _is(tokens[k], BARE_PURPOSE))


# Call masdars with the article that end in neither ة nor ات (session 13: pressing, للضغط على …)
CALL_MASDARS = frozenset(match_form(w) for w in "اقتراح مقترح ضغط ضغوط".split())


def call_word(tok: Token, calls: frozenset[str]) -> bool:
    """Whether ``tok`` is a call word: with the article only a masdar (الدعوة، المطالبة), never a
    verb form — «الطالب» is the student."""
    pre = reading(tok, calls)
    if pre is None:
        return False
    base = tok.norm[len(pre):]
    return "ال" not in pre or base.endswith(("ه", "ات")) or base in CALL_MASDARS


def institution_name(tokens: Sequence[Token], j: int) -> bool:
    """Whether the definite word at ``j`` completes an organisation's name as the genitive of
    its head noun (حزب الدعوة، لجمعية الدعوة): a name, not the call it also spells."""
    if j == 0 or not any("ال" in pre for pre, _ in candidates(tokens[j].norm)):
        return False
    return any(base in INSTITUTIONS for _, base in candidates(tokens[j - 1].norm))


def accepted_call(tokens: Sequence[Token], j: int, accepted: frozenset[str]) -> bool:
    """Whether the call word at ``j`` is no call for a future act: an invitation accepted or
    acted on (تلبية دعوة، بناء على دعوة، استجابة لدعوة: the invited act is reported), a
    prayer (داعيا الله أن …), preaching (وزارة الشؤون الإسلامية والدعوة والإرشاد) or an
    organisation's name (حزب الدعوة: :func:`institution_name`)."""
    if j + 1 < len(tokens) and tokens[j + 1].norm in PRAYED | PREACHING:
        return True
    if institution_name(tokens, j):
        return True
    return (j > 0 and reading(tokens[j - 1], accepted) is not None
            or j > 1 and tokens[j - 1].norm == "علي" and reading(tokens[j - 2], accepted) is not None)


def purpose_lam(tokens: Sequence[Token], first: int, execute: frozenset[str]) -> bool:
    """Whether the complement starting at ``first`` is an execution masdar with the purpose ل
    (لإجراء محادثات، لعقد اجتماع، للتحضير لانسحاب): the act it is done for."""
    pre = reading(tokens[first], execute)
    if pre is None:
        return False
    p = pre[:-2] if pre.endswith("ال") else pre[:-1] if pre.endswith("لل") else pre
    return p.endswith("ل")


def called(tokens: Sequence[Token], first: int, calls: frozenset[str],
           accepted: frozenset[str]) -> bool:
    """Whether a call, demand, proposal or appeal governs the complement starting at ``first``:
    a call word before it in its clause, at most :data:`CALL_REACH` words away (the addressee
    may stand between: دعا لافروف الولايات المتحدة إلى التعاون), not across a relative
    pronoun (يتهمونه بقتل in «للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل» is no
    complement of the call). An accepted invitation (:func:`accepted_call`) is no call."""
    for j in words_back(tokens, first, CALL_REACH, CLAUSE_END):
        tok = tokens[j]
        if tok.norm in RELATIVES:
            return False
        if call_word(tok, calls):
            return not accepted_call(tokens, j, accepted)
    return False


CONDITION_VERBS = frozenset({"كان", "كانت", "تم", "تمت", "ثبت", "ثبتت", "لم", "وقع", "وقعت",
                             "حدث", "حصل", "استمر", "استمرت", "عاد", "عادت", "قام", "قامت",
                             "اقدم", "اقدمت", "جري"})
CASE_WORDS = frozenset({"ما", "لم", "تم", "تمت", "ثبت", "وقوع", "حدوث", "عدم", "ان", "قيام",
                        "تعرض", "استمرار", "فشل", "نجاح", "رفض", "وجود", "اقدام", "حصول"})
APODOSIS_LEAD = 5  # a conditional opens its clause: «وقال إنه إذا ثبت تورطه، فسيتم …»
PROTASIS = 8  # … and that clause is the condition alone, not condition and main clause
# (session 23, mod23) the ف of the answer («فإن»، «فسوف») marks the main clause of the condition wherever the
# condition stands in the clause before it («نحن أعلنا أن الأوروبيين إذا لم يأخذوا الإذن …، فإن سلاح الجو سيقصف»)
APODOSIS_FA = frozenset(match_form(w) for w in "فإن فان فإنه فانه فإنها فانها فإنهم فانهم فسوف".split())
NOT_CONDITION = frozenset({"في", "علي", "من", "الي", "عن", "مع", "بعد", "قبل"})
TRAILING = 12  # «ستفرض عقوبات إذا لم …»: the main clause before its condition


WHENEVER = frozenset(match_form(w) for w in ("متى", "مهما", "أينما", "حيثما"))


def _condition(tokens: Sequence[Token], j: int, start: int, verbal: bool) -> bool:
    """Whether token ``j`` opens a condition: إذا/لو (not إذا بـ "suddenly", not ما إذا
    "whether", not a name in brackets: صاروخ (لو)), إن opening a clause after a comma and وإن
    anywhere, before a verb (إن ثبت، وإن تم، إن هاجموا; «قال إن»، «قال: إن»، «فإن» are
    "that"/"indeed"),
    في حال, في حالة before a verb, ما or a noun of occurrence (في حال وقوع، في حالة عدم).
    ``verbal``: the trigger at ``start`` is a verb."""
    tok = tokens[j]
    if tok.kind != "word":
        return False
    n = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 2 else tok.norm
    nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else None
    prev = tokens[j - 1] if j > 0 else None
    if n in ("اذا", "لو"):
        if prev is not None and prev.norm == "ما" and n == "اذا":
            return False  # ما إذا: whether
        if nxt is None or prev is not None and prev.text in "()[]":
            return False  # صاروخ (لو): a name
        if n == "لو" and nxt.norm in NOT_CONDITION:
            return False  # ولو في السفر: "even", a concession
        return not (nxt.norm.startswith("بال") or nxt.norm in ("به", "بها", "بهم"))
    if tok.text in ("إن", "وإن"):  # written with hamza below: not أن; فإن is "indeed"
        # وإن before a verb is "and if"/"even if" wherever it stands (وإن داهمها)
        initial = prev is None or prev.text in ",،" or prev.norm in ("حتي", "وحتي") \
            or tok.text == "وإن" and prev.kind == "word"
        return initial and (j + 1 == start and verbal or nxt is not None and nxt.norm in CONDITION_VERBS)
    if n in WHENEVER and nxt is not None and nxt.norm == "ما":
        return True  # session 15: متى ما طلبت الحكومة، مهما وقعت معه اتفاقيات — "whenever"
    if n in ("حال", "حاله") and prev is not None and prev.norm in ("في", "وفي"):
        if n == "حال":  # في حال "in case" (في حالة is also "in a state of": في حالة تأهب)
            return nxt is not None
        # (session 23) or a verbal noun with a pronoun, the trigger itself: في حالة إدانته (in case he is
        # convicted) — not an indefinite noun of a state (في حالة تأهب، حالة استنفار)
        return nxt is not None and (nxt.norm in CASE_WORDS or j + 1 == start and (
            verbal or nxt.text.endswith(("ه", "ها", "هم", "هما"))))
    return False


def conditional(tokens: Sequence[Token], start: int, verbal: bool, perfect: bool) -> bool:
    """Whether the trigger at ``start`` is in a conditional sentence: in the condition (the cue
    before it in its clause: إذا ثبت تورطه في الهجوم), in the main clause right after the
    condition's clause (إذا ثبت تورطه، فستفرض عقوبات) or — when it is no perfect verb — in a
    main clause followed by its condition (ستفرض عقوبات إذا لم …). ``verbal``: the trigger is
    a verb; ``perfect``: a perfect verb."""
    words = 0
    commas = 0
    lead: list[int] = []  # the words of the clause before, from its start
    opening = start  # the first word of the trigger's clause
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in CLAUSE_END:
                if tok.text not in ",،" or commas == 1:
                    break
                commas = 1
            continue
        if commas == 0:
            words += 1
            opening = j
            if words <= 15 and _condition(tokens, j, start, verbal):
                return True
        else:
            lead.append(j)
    # the main clause after its condition's clause; a clause opening with و is a new statement
    if commas and len(lead) <= PROTASIS and not tokens[opening].norm.startswith("و") \
            and any(_condition(tokens, j, start, verbal) for j in lead[-APODOSIS_LEAD:]):
        return True
    if commas and tokens[opening].norm in APODOSIS_FA and any(_condition(tokens, j, start, verbal) for j in lead):
        return True  # (session 23) «… أن الأوروبيين إذا لم يأخذوا الإذن …، فإن سلاح الجو سيقصف»
    if perfect:
        return False
    words = 0
    for j in range(start + 1, len(tokens)):
        if tokens[j].kind == "punct":
            if tokens[j].text in CLAUSE_END:
                break
            continue
        words += 1
        if words > TRAILING:
            break
        if not tokens[j].norm.startswith(("و", "ف")) and _condition(tokens, j, start, verbal):
            return True  # «… وإذا رأى تعديل»: a condition of what follows it
    return False

"""Filters of the quantity stage: numbers that identify or name rather than count
(phone numbers, codes, list items, scores, article and index numbers, labels)."""

from __future__ import annotations

import regex

from khabar.extract.quantities.lexicon import quantity_lexicon

LATIN = regex.compile(r"[A-Za-z]")
ADDRESS_AFTER = regex.compile(r"[@_]|\.[A-Za-z]")
ADDRESS_BEFORE = regex.compile(r"[@_/][A-Za-z]*$")
PLUS_BEFORE = regex.compile(r"\d\s*\+\s*$")
PLUS_AFTER = regex.compile(r"\s*\+\s*\d")
FAQAT = regex.compile(r"\s*فقط(?![\p{L}])")
ITEM_AFTER = regex.compile(r"\s*[-–).]")
SCORE_BEFORE = regex.compile(r"(?:\d|صفر)\s*[-–/]\s*$")  # «2-1», «صفر-2»
SCORE_AFTER = regex.compile(r"\s*(?:[-–]\s*(?:\d|صفر)|/\s*\d)")
LIST_AFTER = regex.compile(r"\s*[.)\-–]")  # «1.», «1)», «1 -», «1 –» (en dash: session 18)
REFERENCE_BEFORE = regex.compile(r"\[\s*$")
REFERENCE_AFTER = regex.compile(r"\s*\]")
LATIN_BEFORE = regex.compile(r"[A-Za-z]\s*$")
LATIN_AFTER = regex.compile(r"\s*(?:-\s*)?[A-Za-z]")
LABEL_BEFORE = frozenset({"رقم", "هاتف", "فاكس", "جوال", "تحويله", "ب", "ص", "الرقم", "كود", "رمز"})
# a grade or a size with no unit after it names: «ذهب عيار 21», «مقاس 42» (but «مقاس 27 بوصة»)
GRADE_BEFORE = frozenset({"عيار", "مقاس"})
# nouns of events numbered in a series: «مؤتمر الصناعيين الـ 15» names the 15th conference
NUMBERED_HEADS = frozenset({"مؤتمر", "ملتقي", "منتدي", "معرض", "مهرجان", "دوره", "نسخه", "قمه",
                            "بطوله", "اجتماع", "جوله", "مسابقه", "اجتماعات", "مؤتمرات"})
LABEL_CHAIN = regex.compile(r"\s*[،,]?\s*و\s*$")
# «بوينج 777», «طائرات بوينغ 777 و 787», «إيرباص 320», «من طراز 737»: an aircraft maker or «طراز»
# (model) before the number names a model (session 15)
MODEL_BEFORE = frozenset({"بوينج", "بوينغ", "ايرباص", "الايرباص", "البوينج", "البوينغ", "طراز", "موديل"})
# (session 23) a product line before the number names its model, with «و» too: «آيفون 6 وآيفون 6 بلاس»,
# «ويندوز فون 8» (news day 40 ×2, 1449)
PRODUCT_BEFORE = frozenset({"ايفون", "الايفون", "ايباد", "الايباد", "فون"})
SCALE_AFTER = regex.compile(r"\s*(?:الف|الاف|الفا|مليون|ملايين|مليونا|مليار|مليارات|مليارا)(?![\p{L}])")
MODEL_CHAIN = regex.compile(r"(?:بوينج|بوينغ|ايرباص|طراز)\s+\d{3}\s*(?:و|/|،|,)\s*$")  # «بوينغ 777 و 787»
# «الرحلة (إم.اتش 370)», «إم اتش 370»: two Latin letter names written in Arabic before the number,
# one of them no Arabic word («أم», «أن», «أي», «بي» are; «اتش», «إكس», «دبليو» are not)
LETTER_WORD = r"(?:ام|اف|ار|اس|كي|اي|ان|بي)"
LETTER_ONLY = r"(?:اتش|اكس|دبليو|كيو|زد|ايه|جي|دي|سي|تي|يو|واي)"
CODE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{LETTER_WORD}|{LETTER_ONLY})[\s.\-]+{LETTER_ONLY}|{LETTER_ONLY}[\s.\-]+{LETTER_WORD})[\s.\-]*$")
# one Latin letter name (or a Soviet maker's short name) before the number designates a model
# (session 18): «بي-29», «إف-16», «إس-300», «سو-24», «ميغ 29», «تي-72», «أودي ايه 6», «جالاكسي إس6» —
# a letter name that is also an Arabic word («بي», «إف», «أم», «أن» …) only with a hyphen or glued
MODEL_LETTER = regex.compile(rf"(?<![\p{{L}}])(?:(?:{LETTER_ONLY}|ميغ|ميج)\s*-?\s*|(?:{LETTER_WORD}|سو)\s*-\s*)$")
GLUED_LETTER = regex.compile(rf"(?:{LETTER_WORD}|{LETTER_ONLY})")


def plural_like(word: str) -> bool:
    """The word may be a plural counted noun: a sound plural (ات، ين، ون), «فعلاء», or a
    broken plural — not a three-letter word with a long a inside («هام», «عام») nor a long
    word off the «مفاعيل» pattern («بروميتش»: a foreign name after «وست» = West)."""
    if word.endswith(("ات", "ين", "ون", "اء", "ايا")):
        return True
    if len(word) == 3:
        return word[1] != "ا"
    if len(word) >= 6:
        return word[2] == "ا" or word[1] == "ا" and word[0] == "ا"  # مشاريع، تقارير، اسابيع
    return True


def is_identifier(text: str, s: int, e: int, m: regex.Match, ranged: bool = False) -> bool:
    tok = text[s:e]
    digits = tok.replace(",", "").replace(".", "")
    if digits.isdigit():
        if digits[0] == "0" and len(digits) >= 2 and "." not in tok and "," not in tok:
            return True  # phone numbers, codes
        if len(digits) >= 7 and tok.isdigit():
            return True
    before = text[max(0, s - 6) : s]
    after = text[e : e + 8]
    if not ranged and (
        SCORE_BEFORE.search(before) or SCORE_AFTER.match(after)
    ):
        return True  # a score 2-1, 1-صفر, or a range piece handled elsewhere
    line_start = text.rfind("\n", 0, s) + 1
    if not text[line_start:s].strip() and LIST_AFTER.match(after):
        return True  # numbered list item
    if REFERENCE_BEFORE.search(before) and REFERENCE_AFTER.match(after):
        return True  # «كتاب التصميم [3] في», «[1]،»: a reference mark in square brackets (session 20)
    if text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit() or text[s - 1 : s] == ":" and text[s - 2 : s - 1].isdigit():
        return True  # «بين خط طول 50:35 إلى 40:01»: coordinates or a ratio, not a count
    ws = word_start(text, s)
    if s - ws == 1 and text[ws] not in "وفبلك":
        return True  # «عرض النقد ن3»: one letter glued to the digits names an index or a model
    prev = prev_word(text, ws)
    if not prev:  # «الرقم (992)»: look past an opening bracket or quote
        k = ws
        while k > 0 and text[k - 1] in " («\"":
            k -= 1
        prev = prev_word(text, k) if k < ws else ""
        prev = prev if len(prev) > 1 else ""  # «بـ(8146 ريالاً)»: a preposition, not «ص.ب»
    product = (prev in PRODUCT_BEFORE or prev[:1] in ("و", "ف") and prev[1:] in PRODUCT_BEFORE) and tok.isdigit() \
        and len(tok) <= 2 and not SCALE_AFTER.match(text, e)  # «آيفون 6 ملايين جهاز»: a scale word makes a count
    if prev in MODEL_BEFORE or product or CODE_BEFORE.search(text, max(0, ws - 14), ws) or MODEL_CHAIN.search(
            text, max(0, ws - 24), ws):
        return True  # «بوينج 777», «(إم.اتش 370)»: a model or a flight code names (session 15)
    if ws < s and GLUED_LETTER.fullmatch(text, ws, s) or ws == s and MODEL_LETTER.search(text, max(0, s - 10), s):
        return True  # «بي-29», «إس6», «ايه 6»: a letter name designates a model (session 18)
    if prev in LABEL_BEFORE and (prev != "ب" or prev_word(text, text.rfind("ب", 0, ws)).endswith("ص")):
        return True  # «ص.ب 1234» — but «بـ 26 في المائة» is the preposition بـ
    bare = regex.sub(r"^[وف]?[بلك]?(?:ال)?", "", prev) if len(prev) > 3 else prev
    if bare != prev and bare in LABEL_BEFORE and len(bare) > 2:
        return True  # «بالرمز 211», «برقم 5»: the label with a clitic or the article
    if ADDRESS_AFTER.match(after) or ADDRESS_BEFORE.search(before):
        return True  # part of an e-mail address or a web address: «992@gdp.gov.sa»
    if PLUS_BEFORE.search(before) or PLUS_AFTER.match(after):
        return True  # «5 + 1»: a group name or a sum, not a count
    window = text[max(0, s - 12) : s] + text[e : e + 12]
    if LATIN.search(window) and not m.group("approx"):
        lat_before = LATIN_BEFORE.search(text[max(0, s - 4) : s])
        lat_after = LATIN_AFTER.match(text[e : e + 6])
        if lat_before or lat_after:
            return True  # mbc 1, 88591 - Stc
    return False


def bare_label(text: str, s: int, e: int) -> bool:
    """A number with no unit that names rather than counts: (34), /إكس 30/, الدقيقة 16."""
    before, after = text[max(0, s - 3) : s].rstrip()[-1:], text[e : e + 3].lstrip()[:1]
    if after == "/":
        return True
    bracketed = before == "(" and after == ")"
    if not (bracketed and _label_head(text, s)) and counted(text, s, e):
        return False  # «بلغت أعداد الوثائق … بمنطقة المدينة المنورة (2685)»: a count in brackets too
    if bracketed or after == ")":
        return True
    tok = text[s:e]
    if tok.isdigit() and len(tok) >= 5:
        return True
    if quoted_name(text, s, e):
        return True
    if grade_label(text, s):
        return True
    ws = word_start(text, s)
    prev = regex.sub(r"^[وف]?[بلك]?(?=ال)", "", prev_word(text, ws))  # «بالقرار 2216»: past the clitics
    if ws == s and tok.isdigit() and len(tok) <= 4 and prev.startswith("ال") and len(prev) > 3 and prev not in quantity_lexicon().stop_nouns:
        return True  # «الدقيقة 16», «القرار 3783 الذي»: the number names the minute or the decision
    return False


# «خليجي 23», "تي في 5", «إس.إي 370», "ستاندرد اند بورز 500", «اف ـ 16»: a bare number closing a short
# quotation of one to three words is part of the quoted name — an edition, a model, a channel, an index
# (session 22: news day 120 ×2, 437/842 ×4, 1353, 1548, 1616; ANERcorp 3033 ×2, 3533 ×2, 3673; no count)
QUOTED_NAME_BEFORE = regex.compile(r"[«\"“]\s*(?:\p{L}[^\s«»\"“”]*\s*(?:[-–]\s*)?){1,3}$")
QUOTE_CLOSE = regex.compile(r"\s?[»\"”]")


def quoted_name(text: str, s: int, e: int) -> bool:
    """The bare number at ``s:e`` ends a quotation that opens right before one to three words."""
    return QUOTE_CLOSE.match(text, e) is not None and QUOTED_NAME_BEFORE.search(text, max(0, s - 40), s) is not None


# definite nouns of a numbered item or document: a bracketed number after one names it
LABEL_HEADS = frozenset({"الماده", "البند", "الفقره", "القرار", "الرقم", "المرسوم", "القانون", "الجدول", "الملحق",
                         "الشكل", "الصفحه", "الحلقه", "الدقيقه", "الطابق", "المرتبه", "العدد", "النموذج", "الفصل"})


def _label_head(text: str, s: int) -> bool:
    """The word before the bracket holding the number at ``s`` names a numbered item («المادة (56)»)."""
    k = s
    while k > 0 and text[k - 1] in " (":
        k -= 1
    return regex.sub(r"^[وف]?[بلك]?(?=ال)", "", prev_word(text, k)) in LABEL_HEADS


# «مهرجان صيف طيبة 36», «بمهرجان جدة 36», «مهرجان "صيف ينبع ٣٦"»: a bare number after an event's
# name — one to three words headed by an indefinite noun of a numbered series, no punctuation but
# quotation marks between — is its edition, not a count (session 17)
EDITION_WORDS = regex.compile(r"\p{L}+")
EDITION_CLITICS = regex.compile(r"^[وف]?[بل]?")
EDITION_HEAD = regex.compile("|".join(sorted(NUMBERED_HEADS, key=len, reverse=True)))  # a cheap first test


def edition_label(text: str, s: int) -> bool:
    """The bare number at ``s`` follows an event's name («مهرجان صيف طيبة 36», «مهرجان 36»)."""
    ws = word_start(text, s)
    back = text[max(0, ws - 40) : ws]
    if EDITION_HEAD.search(back) is None:
        return False
    cut = max(back.rfind(c) for c in ".,،:;()\n") + 1
    words = list(EDITION_WORDS.finditer(back, cut))[-4:]
    for k, w in enumerate(words):
        if EDITION_CLITICS.sub("", w.group()) in NUMBERED_HEADS:
            # «عدد 22 دورة …»: a head counted by a number before it names no event; «دورة لتدريب
            # 2302»: a phrase with a preposition after the head is no name
            return not back[cut : w.start()].rstrip()[-1:].isdigit() and not any(
                x.group()[:1] in "لب" for x in words[k + 1 :])
    return False


def grade_label(text: str, s: int) -> bool:
    """The number follows a grade or a size: «عيار 21», «بمقاس 42»."""
    prev = prev_word(text, word_start(text, s))
    return prev in GRADE_BEFORE or prev[:1] in "وفب" and prev[1:] in GRADE_BEFORE


COUNT_CUE = regex.compile(r"(?<![\p{L}])(?:[وف]?(?:ال)?عدد(?:هم|هن|ها)?|[وف]?(?:بلغ|بلغت|وصل|وصلت|يبلغ|تبلغ)(?:\s+(?:ال)?عدد)?)(?![\p{L}])")
SOUND_PLURAL = regex.compile(r"^ال\p{L}{3,}(?<!ت)(?:ين|ون)$|^ال\p{L}{3,}ات$")  # not duals «الدقيقتين»


def counted(text: str, s: int, e: int) -> bool:
    """A bare number that counts: after «عدد»/«بلغ» in its clause («بلغ عدد المراجعين … 11702»,
    «عدد من تم الكشف عليهم من الأطفال 407»), before «فقط», or after a definite sound plural
    («المستفيدين 1164», «الإناث 120»)."""
    clause = text[max(0, s - 160) : s]
    cut = max(clause.rfind("."), clause.rfind("\n"), clause.rfind("،"), clause.rfind(":"))
    cues = list(COUNT_CUE.finditer(clause[cut + 1 :]))
    if cues and (clause[cut + 1 + cues[-1].end() :].strip(" \"«(") != "" or "عدد" not in cues[-1].group()):
        return True  # «عدد المراجعين … 11702», «بلغ 97666», but «العدد 6» is an issue number
    if FAQAT.match(text[e : e + 8]):
        return True
    prev = prev_word(text, word_start(text, s))
    prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:3] == "ال" else prev  # «والإناث 120»
    if ITEM_AFTER.match(text[e : e + 3]):
        return False  # «القرارات 1 - الموافقة»: a numbered item
    return SOUND_PLURAL.match(prev) is not None and prev != "الاثنين"


# (session 25) a definite plural — sound, or broken of the patterns فعلى «القتلى، الجرحى، الأسرى»,
# فعلاء «الشهداء، الوزراء», أفعال «الأطفال», فعول «الجنود», فعالى/فعايا «الضحايا» — counts the number
# in quotation marks after it («القتلى «12»»); a singular head names it («المادة «1»»). Normalised forms
# (ى → ي, hamza on alef → ا). Not an elative feminine in فعلى (الكبرى, الأولى, الوسطى, الدنيا …).
BROKEN_PLURAL = regex.compile(r"^ال(?:\p{L}{2}[^اويه]ي|\p{L}{3,}اء|ا\p{L}{2}ا\p{L}|\p{L}{2}و\p{L}|\p{L}{2}اي?ا)$")
NOT_BROKEN_PLURAL = frozenset({"الكبري", "الصغري", "الاولي", "الوسطي", "العظمي", "الدنيا", "العليا", "القصوي",
                               "الاخري", "الذكري", "الفتوي", "الدعوي", "الشكوي", "الجدوي", "البشري", "الحمي",
                               "الاعلام", "الاسلام", "الاستاذ", "الاقتصاد", "الانتاج", "الاتفاق", "الاعداد",
                               "السماء", "البناء", "الماء", "القضاء", "الفضاء", "الغذاء", "الدواء", "البقاء",
                               "اللقاء", "الرجاء", "الانباء", "الاثناء", "الهواء", "الشتاء", "المساء", "العشاء",
                               "الدفاع", "الجمهور", "الدستور", "الرسول", "الدخول", "الخروج", "الوصول", "القبول",
                               "الحصول", "النزول", "الشمول", "الطموح", "الوضوح", "الهجوم", "الرسوم", "الوقود",
                               "العدوان", "المقاول"})


def definite_plural(word: str) -> bool:
    """A definite plural (sound or of the broken patterns above), clitics «و/ف/ب/ل» stripped."""
    w = word[1:] if word[:1] in "وفبل" and word[1:3] == "ال" else word
    return (SOUND_PLURAL.match(w) is not None and w != "الاثنين") or (
        BROKEN_PLURAL.match(w) is not None and w not in NOT_BROKEN_PLURAL)


def word_start(text: str, pos: int) -> int:
    """Start of the written word holding ``pos`` (before attached clitics such as بـ)."""
    while pos > 0 and (text[pos - 1].isalpha()):
        pos -= 1
    return pos


def prev_word(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in " .\u00a0":  # a no-break space is a space («وآيفون\u00a06», session 23)
        i -= 1
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1]


# definite singular nouns that a following «الـN» numbers («مباريات الدور الـ16», «فعاليات الدورة الـ9»)
NAMED_BY_NUMBER = frozenset({"ال" + h for h in NUMBERED_HEADS} | LABEL_HEADS | {
    "الدور", "المرحله", "الاسبوع", "الموسم", "الذكري", "الدفعه", "القرن", "الطبعه", "الجيل", "الفئه", "الشوط"})
INDEFINITE_FEMININE_PLURAL = regex.compile(r"^[وفبلك]?(?!ال)\p{L}{3,}ات$")


def construct_plural(text: str, pos: int) -> bool:
    """«قطاعات السوق الـ15»: an indefinite plural in ات, in construct with a definite singular
    noun, before the definite number — the number counts the plural (session 14); not when the
    singular is a numbered item or event («مباريات الجولة الـ5», «جلسات الدورة الـ23»)."""
    ws = word_start(text, pos)
    owner = prev_word(text, pos)
    if not owner.startswith("ال") or owner.endswith(("ات", "ين", "ون")) or owner in NAMED_BY_NUMBER:
        return False
    head = prev_word(text, word_start(text, ws - 1) if ws > 0 and text[ws - 1 : ws] == " " else ws)
    return INDEFINITE_FEMININE_PLURAL.match(head) is not None and head.lstrip("وفبلك") not in NUMBERED_HEADS

"""Arabic messages of the web pages for errors the API reports in English (query, date, input)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from khabar.io.errors import InputError
from khabar.store.filters import PLOVER_IGO_CODES, BadFilter, ReversedRange, UnknownCode
from khabar.store.search import QueryError

# the search parser's errors (khabar.store.search.QueryError), by their machine-readable
# kind; {0} is the operator or word at fault (QueryError.term)
_QUERY: Mapping[str, str] = {
    "empty_parentheses": "قوس مغلق بلا قوس يفتحه، أو قوسان بلا كلمة بينهما",
    "unclosed_parenthesis": "قوس مفتوح لم يُغلق",
    "operator_first": "العامل {0} يحتاج إلى كلمة قبله",
    "trailing_operator": "عبارة البحث تنتهي بعامل (AND أو OR أو NOT) بلا كلمة بعده",
    "prefix": "البحث ببداية الكلمة ({0}) غير مدعوم: اكتب الكلمة كاملة (تُوجد معها صيغها "
              "بالسوابق واللواحق والجمع)",
    "exclude_first": "الاستبعاد -{0} يحتاج إلى كلمة قبله",
    "no_words": "عبارة البحث بلا كلمات يُبحث عنها",
    "says": "يُبحث في القول بكلمات و«عبارات» تكون كلها فيه، فلا يُقبل {0} (لـ OR وNOT ابحث "
            "في المقالات)",
}

# a query in Latin letters only that found nothing: the texts write foreign names in Arabic
LATIN_HINT = ("لم يُعثر على شيء بالحروف اللاتينية: النصوص عربية وتكتب الأسماء الأجنبية "
              "بحروف عربية، فاكتب الاسم كما تكتبه الصحف (أوباما لا Obama)")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def latin_only(query: str) -> bool:
    """Whether ``query`` holds Latin letters and no Arabic letter («Obama», «Kerry AND Iraq»:
    the operators are Latin too, so a mixed query is not Latin-only)."""
    return bool(_LATIN.search(query)) and not _ARABIC.search(query)


# what a code parameter takes, in Arabic (UnknownCode.param)
_CODES: Mapping[str, str] = {
    "type": "نوع حدث في PLOVER",
    "country": "رمز دولة",
    "place": "رمز دولة",
    "label": "تصنيف كيان",
    "status": "حالة ادعاء",
    "order": "ترتيبًا للأحداث",
}

# input errors (khabar.io.errors, by type) and fields of the analyse form
_INPUT: Mapping[str, str] = {
    "EmptyText": "النص فارغ",
    "DocumentTooLarge": "النص أطول من الحد المسموح به",
    "NoArticleText": "لم يُعثر على نص مقال في هذه الصفحة",
    "DecodeError": "تعذّرت قراءة ترميز النص: أرسله بترميز UTF-8",
    "NotADocument": "هذا ليس نصًا واحدًا (خلاصة RSS/Atom أو مجموعة سجلات)",
}
_FIELDS: Mapping[str, str] = {
    "text": "النص",
    "published": "تاريخ النشر",
    "title": "العنوان",
    "outlet": "الوسيلة",
    "story_id": "رقم القصة",
}


def query_error(exc: QueryError) -> str:
    """The Arabic of a search query error, chosen by its ``kind`` (the English stays the
    API's ``detail``); a kind without a message of its own reads «تعذّر فهم عبارة البحث»."""
    arabic = _QUERY.get(exc.kind)
    if arabic is None:
        return "تعذّر فهم عبارة البحث"
    return "خطأ في عبارة البحث: " + arabic.format(exc.term or "")


def bad_filter(exc: BadFilter) -> str:
    """A bad filter value in Arabic, by its kind: an unknown code (:func:`unknown_code`), a
    misspelt date, a range that ends before it starts."""
    if isinstance(exc, UnknownCode):
        return unknown_code(exc)
    if isinstance(exc, ReversedRange):
        return f"تاريخ البداية {exc.value} بعد تاريخ النهاية {exc.hi}"
    if exc.param == "no_outlet":
        return "اختر مصدرًا أو «بلا مصدر فقط»، لا الاثنين معًا"
    if exc.param == "undated":
        return "اختر تاريخًا أو «بلا تاريخ نشر فقط»، لا الاثنين معًا"
    if exc.kind == "date_format":
        return (f"تاريخ غير صالح: «{exc.value[:40]}»؛ اكتبه يومًا YYYY-MM-DD أو شهرًا "
                "YYYY-MM أو سنة YYYY، أو تاريخًا ووقتًا بصيغة ISO مثل 2015-08-10T14:30 "
                "(يُقرأ يومه)")
    return f"قيمة غير صالحة: «{exc.value[:40]}»"


def unknown_code(exc: UnknownCode) -> str:
    """«FOO ليس نوع حدث في PLOVER؛ القيم الصالحة: …» (a country lists the kinds of code)."""
    what = _CODES.get(exc.param, f"قيمة صالحة للحقل {exc.param}")
    if len(exc.valid) <= 30:
        valid = "، ".join(exc.valid)
    else:
        valid = ("رمز ISO 3166 من ثلاثة أحرف (IRQ، USA …) أو أحد رموز PLOVER: "
                 + "، ".join(PLOVER_IGO_CODES))
    return f"«{exc.value[:40]}» ليس {what}؛ القيم الصالحة: {valid}"


def input_error(exc: InputError) -> str:
    """An input the pipeline refuses, in Arabic (a text over the limit says the limit)."""
    arabic = _INPUT.get(exc.type, "تعذّر تحليل هذا النص")
    sizes = re.search(r"has ([\d,]+) characters, more than the limit of ([\d,]+)", str(exc))
    if exc.type == "DocumentTooLarge" and sizes:
        arabic += f": {sizes.group(2)} حرف، وفي النص {sizes.group(1)} حرف"
    return arabic


def field_errors(errors: Iterable[Mapping]) -> str:
    """Validation errors of a form or of a page's parameters, one Arabic phrase each."""
    out = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path")]
        field = loc[-1] if loc else ""
        msg = str(err.get("msg", ""))
        name = _FIELDS.get(field, field)
        if field == "text" and "empty" in msg:
            out.append(_INPUT["EmptyText"])
        elif field == "published":
            out.append("تاريخ النشر غير صالح: اكتبه بالصيغة YYYY-MM-DD (مثل 2015-08-10)")
        elif err.get("type") == "int_parsing":
            out.append(f"{name}: يجب أن يكون رقمًا صحيحًا")
        else:
            out.append(f"قيمة غير صالحة في {name}" if name else "طلب غير صالح")
    return "؛ ".join(out) or "طلب غير صالح"


_STATUS: Mapping[int, str] = {
    404: "الصفحة غير موجودة",
    405: "هذا الطلب غير مسموح به هنا",
    503: "هذا الخادم يعمل بلا قاعدة بيانات",
}


def status_message(status: int, detail: str) -> str:
    """A page's HTTP error in Arabic when its detail is an English default («Not Found»)."""
    if re.search("[\u0600-\u06ff]", detail):
        return detail
    return _STATUS.get(status, f"خطأ {status}")


# languages the language check names most (khabar.io.langid), as a reader names them
_LANGUAGES: Mapping[str, str] = {
    "en": "الإنجليزية", "fr": "الفرنسية", "de": "الألمانية", "es": "الإسبانية",
    "fa": "الفارسية", "ur": "الأردية", "tr": "التركية", "he": "العبرية", "ru": "الروسية",
}


def doc_warning(kind: str, message: str) -> str:
    """A document warning (``Document.warnings``) in Arabic: the language check's says
    which language was found and that the Arabic extractors did not run — the page showed
    the pipeline's English sentence; another kind keeps its English message."""
    if kind == "language":
        code = re.search(r"language is '([^']+)'", message)
        lang = code.group(1) if code else ""
        name = _LANGUAGES.get(lang, f"«{lang}»" if lang else "غير العربية")
        return (f"لغة النص {name}، لا العربية: لم تُشغَّل عليه المستخرِجات العربية "
                "(الكيانات والأزمنة والكميات والاقتباسات والأحداث)")
    return f"{kind}: {message}"

"""Property tests: the time and quantity stages never crash on random Arabic-ish text,
their spans lie inside the text, match it, do not overlap, and their values are
well-formed; the fast normalised view agrees with khabar.text.normalize."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.document import Document
from khabar.extract.quantities import QuantityStage
from khabar.extract.times import TimeStage
from khabar.extract.times.textview import TextView
from khabar.text.normalize import MATCHING, normalize

TIMES, QUANT = TimeStage(), QuantityStage()

WORDS = (
    "في منذ قبل بعد أمس اليوم غدا الأحد الجمعة الماضي المقبل الأسبوع الشهر العام عام سنة "
    "كل أيام يوم غد يناير كانون الثاني آب أيلول مارس جانفي رمضان شوال ذو القعدة هـ م نهاية بداية منتصف "
    "الربع النصف الأول الثاني من مساء صباحا الساعة العاشرة نحو أكثر أقل ثلاثة آلاف مليون "
    "مليارا عشرات مئات دولار في المائة جندي شخصا يوميا كل مرتين حاليا مؤخرا عقد أشهر أيام "
    "2014 2025 15 6 ٢٠٢٤ ٣٫٥ 10:30 6/9/2024 , . ، ( ) / - \" « »"
).split()
MARKS = ["", "", "", "\u064b", "\u0650", "\u0640"]
ALPHABET = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(list(" 0123456789,./:-()\n"))

token = st.builds(lambda w, m: w + m, st.sampled_from(WORDS), st.sampled_from(MARKS))
texts = st.one_of(
    st.lists(token, max_size=40).map(" ".join),
    st.text(alphabet=ALPHABET, max_size=200),
)
dates = st.sampled_from([None, "2024-09-06", "2015-08-10", "2000-01-01", "2024-02-29", "bad-date"])

DATE_VALUE = regex.compile(
    r"^(?:(?:\d{4}|\d{3}X|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-WE)?|-Q[1-4]|-H[12])?"
    r"(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?|XXXX-XX-XXT(?:\d{2}:\d{2}|MO|MI|AF|EV|NI)"
    r"|(?:PAST|PRESENT|FUTURE)_REF|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$"
)
PERIOD = regex.compile(r"^P(?=.)(?:(?:\d+(?:\.\d+)?|X)[YMWD])*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$")
MODS = {None, "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}


def _check_spans(text: str, spans) -> None:
    last_end = -1
    for s in sorted(spans, key=lambda x: x.start):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= last_end
        last_end = s.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, dates)
def test_stages_never_crash_and_spans_are_sound(text: str, published) -> None:
    doc = Document(id="p", text=text, published=published)
    doc.times = TIMES(doc)
    doc.quantities = QUANT(doc)
    _check_spans(text, doc.times)
    _check_spans(text, doc.quantities)
    for t in doc.times:
        if t.type in ("DATE", "TIME"):
            assert DATE_VALUE.match(t.value), t
        elif t.type == "SET" and t.value.startswith("XXXX-WXX-"):
            assert t.value[-1] in "1234567", t
        elif t.type == "SET" and t.value.startswith("XXXX-XX-XXT"):
            assert t.value[11:] in ("MO", "MI", "AF", "EV", "NI"), t  # «كل مساء»: every evening (session 15)
        else:
            assert PERIOD.match(t.value), t
        assert t.mod in MODS
        if t.interval is not None:
            assert t.interval.begin < t.interval.end
    for q in doc.quantities:
        assert (q.value is not None) != (q.low is not None)
        if q.low is not None:
            assert q.low <= q.high


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fast_view_agrees_with_normalize(text: str) -> None:
    v, n = TextView(text), normalize(text, MATCHING)
    assert v.text == n.text
    for i in range(len(v.text)):
        for j in (i + 1, min(len(v.text), i + 4)):
            if j > i:
                assert v.to_original(i, j) == n.to_original(i, j)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=40),
       st.integers(0, 70), st.integers(1, 15))
def test_span_structures_agree_with_brute_force(spans, qs, ql) -> None:
    from khabar.extract.times.spans import DisjointSpans, SpanUnion

    pairs = [(s, s + n) for s, n in spans]
    kept: list[tuple[int, int]] = []
    ds = DisjointSpans()
    for s, e in pairs:
        brute = not any(s < ke and ks < e for ks, ke in kept)
        assert ds.add(s, e) == brute
        if brute:
            kept.append((s, e))
    union = SpanUnion(pairs)
    qe = qs + ql
    covered = {i for s, e in pairs for i in range(s, e)}
    assert union.overlaps(qs, qe) == any(i in covered for i in range(qs, qe))
    assert union.contains(qs, qe) == all(i in covered for i in range(qs, qe))

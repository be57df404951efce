"""The object of a verb-first clause of the 14 other types (session 16, evo16; issue #6).

In «V S O» the general rules take the phrase right after the subject as the object; for a
person named by title and name that phrase is often the subject's own apposition («طالب رئيس
مجلس النواب العراقي سليم الجبوري اليوم الاثنين رئيس الوزراء …»: the recipient was «سليم
الجبوري»), and an object after a place or time phrase was not looked for («التقى رئيس مجلس
النواب … في بيروت اليوم، رئيس برلمان الباراغواي»). Here:

- the subject's **person unit** is its phrase and the phrases that continue it: after bare
  titles, a name (also after the title's place phrase and honorifics: «رئيس الجامعة … في
  باكستان الدكتور فلان») or another title with no country of its own or the first one's and
  no envoy (a person holding two offices: «نائب الرئيس اليمني رئيس مجلس الوزراء»; but «وزير
  الخارجية سفير اليابان» meets the ambassador); after a bare name, titles of a country not
  known to differ («أحمد قطان سفير خادم الحرمين»، «الأمير فلان ولي ولي العهد النائب الثاني …
  وزير الدفاع»); a ل-genitive of a title («الأمين العام للمركز …»). A title with a name
  already (الرئيس الروسي بوتين), an institution, a group or a plural closes the unit; a
  و-joined phrase or a counterpart noun (نظيره) is never an apposition;
- a recipient the general rules coded inside that unit is dropped;
- **«بين X و Y» with a titled X** (جرى اتصال بين النائب الأول لرئيس مجلس الوزراء الكويتي
  وزير الخارجية الشيخ صباح الخالد ووزير الخارجية الروسي): the general rule wants Y right after
  X's phrase; here Y is the و-joined phrase right after X's person unit;
- **the subject of a relative clause on a verbal noun** (اتفاقيات التعاون التي أبرمتها إطعام،
  الاعتقالات التي تمارسها ميليشيات الحوثي، المساعدات التي يقدمها مركز الملك سلمان): the noun
  (up to two definite adjectives after it), the relative pronoun, a verb whose object pronoun
  agrees with it (التي … ـها، الذي … ـه، الذين … ـهم), then a party phrase is the actor;
- **a plural of persons in construct** (مديري التعليم، رؤساء الكتل السياسية، الجهات المختلفة،
  الأخوة الأشقاء أبناء الجمهورية اليمنية; :data:`PLURAL_HEADS`), which the actor lexicon has no
  phrase for: the addressee of a call verb (دعا، طالب، حث، ناشد) right after its subject when
  the call's complement (إلى، على، بـ، أن) follows, and the participants after a meeting noun
  (اجتماع مديري السجون، اجتماع لكبار قادة المناطق);
- **the host of a visit** (زيارة X إلى بيلاروسيا، خلال زيارته الأخيرة لموسكو، زيارات عدة
  لإسرائيل): a country, group or named body after «إلى» or on a ل within six words of the visit
  noun or of its visitor's phrase, as the session-14 judges coded a visit;
- for a verb whose direct object is a party (:data:`TRANSITIVE`: meet, visit, call, urge,
  accuse, criticise, threaten, support, arrest, expel …) the object is the phrase right after
  the unit, or right after a run of place and time phrases (weekday names included).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase, _person_title, actor_lexicon
from khabar.extract.events.clauses import base_in, coordinated
from khabar.extract.events.party_places import COMMAS, TIME_WORDS, adverbial_end
from khabar.extract.events.rolewords import BETWEEN, CALL_COMPLEMENTS, COUNTERPART_WORDS, RELATIVES
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

# Trigger lemmas (triggers.tsv, first form) whose direct object is a party.
TRANSITIVE = match_forms("التقى زار استقبل طالب دعا ناشد حث اتهم انتقد أدان شجب حمل هدد توعد "
                    "حذر أيد طرد اعتقل احتجز عارض")
COUNTERPARTS = COUNTERPART_WORDS
WEEKDAYS = match_forms("الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد")
STEP = TIME_WORDS | WEEKDAYS


# Heads of a person's title (singular; with or without the article).
TITLE_HEADS = match_forms("رئيس رئيسة نائب نائبة وزير وزيرة أمير ملك قائد مدير مديرة سفير سفيرة أمين "
                     "عضو مستشار محافظ وكيل إمام خطيب زعيم مفتي متحدث ناطق مندوب ممثل ممثلة "
                     "ولي قاضي عميد مساعد مشرف مراقب قنصل نقيب حاكم والي سكرتير مبعوث موفد "
                     "مسؤول مسئول رئيس")
ORDINALS = match_forms("الأول الثاني الثالث الأولى الثانية الثالثة")
ENVOYS = match_forms("سفير سفيرة مبعوث موفد مندوب ممثل ممثلة قنصل")
# Words before a name that are part of it (الدكتور أحمد، المهندس فلان, الشيخ خالد).
HONORIFIC_WORDS = match_forms("الدكتور الدكتورة المهندس المهندسة الشيخ الأمير الأميرة الملك اللواء الجنرال "
                         "العماد المشير المقدم الرائد "
                         "الفريق العميد العقيد المستشار الأستاذ السيد السيدة معالي سعادة سمو")
# (evo18b) Places and bodies a title names in its genitive (إمام المسجد النبوي، مدير جامعة …).
TITLE_PLACES = match_forms("مسجد جامع حرم جامعة كلية مستشفى مدرسة معهد متحف مطار ميناء بلدية "
                           "محكمة سجن مجمع")
# Words of a place phrase inside a title (رئيس الجامعة الإسلامية في باكستان الدكتور فلان).
PLACE_WORDS = match_forms("في لدى")


def _head(tok: Token) -> str:
    norm = tok.norm
    return norm[2:] if tok.prefix.endswith("ال") and norm.startswith("ال") else norm


def _listed_name(tokens: Sequence[Token], q: Phrase) -> bool:
    """(evo18b) A listed name (groups.tsv) ends the phrase after a definite word: without the
    entity stage «رئيس الوزراء العراقي حيدر العبادي» is one sector phrase with no entity. Right
    after an indefinite head it is the title's genitive (سفير خادم الحرمين الشريفين)."""
    groups = actor_lexicon().groups
    return any(m.end == q.end for k in range(q.start + 1, q.end) if _definite(tokens[k - 1])
               for m in groups.match_at(tokens, k))


def _definite(tok: Token) -> bool:
    return "ال" in tok.prefix or tok.norm.startswith("ال")


def _place_genitive(tokens: Sequence[Token], q: Phrase) -> bool:
    """(evo18b) The phrase's entity is a place or body in the title's genitive (إمام وخطيب
    المسجد النبوي الشريف، مدير جامعة الملك سعود): a word of :data:`TITLE_PLACES` after the head."""
    return any(base_in(tokens[k], TITLE_PLACES) for k in range(q.start + 1, q.end))


def _bare_title(tokens: Sequence[Token], q: Phrase) -> bool:
    """A person's title with no name in its phrase (رئيس مجلس النواب العراقي، نائب الرئيس
    اليمني); not an institution, a force or a plural (الوزارة، القوات، الأهالي). An entity of a
    place or body in the title's genitive is no name; a listed name is one."""
    return q.kind == "sector" and not q.prep and q.sector is not None \
        and (q.entity is None or _place_genitive(tokens, q)) \
        and _head(tokens[q.start]) in TITLE_HEADS and _person_title(tokens[q.start]) \
        and not _listed_name(tokens, q)


def _bare_name(tokens: Sequence[Token], q: Phrase) -> bool:
    """A person's name without a title in front (سليم الجبوري، الشيخ خالد الجراح)."""
    if q.entity is None or q.prep or q.kind not in ("entity", "sector", "group"):
        return False
    first = tokens[q.start]
    return first.norm in HONORIFIC_WORDS or _head(first) not in TITLE_HEADS


def _same_country(a: Phrase, b: Phrase) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def _continues(tokens: Sequence[Token], unit: list[Phrase], q: Phrase) -> bool:
    """Whether ``q`` (right after the unit, or after a comma) is the same person: see the
    module docstring."""
    last = unit[-1]
    if q.prep:  # الأمين العام للمركز العربي، النائب الثاني لرئيس مجلس الوزراء: its genitive
        return tokens[q.start].prefix[:1] == "ل" and (_bare_title(tokens, last) or last.prep)
    if tokens[q.start].prefix[:1] == "و" or tokens[q.start].norm in COUNTERPARTS:
        return False  # وزير الخارجية ووزير الداخلية، نظيره: a second party
    state = _state(tokens, unit)
    if state == "title":  # bare titles so far: a name, or another office of the same person —
        # one with no country of its own or the first one's, and no envoy (وزير الخارجية سفير
        # اليابان: the ambassador is the object)
        return _bare_name(tokens, q) or _bare_title(tokens, q) and _head(tokens[q.start]) not in ENVOYS \
            and (q.country is None or q.country == unit[0].country)
    return state == "name" and _bare_title(tokens, q) and _same_country(unit[0], q)


def _state(tokens: Sequence[Token], unit: list[Phrase]) -> str:
    """"title" (bare titles so far), "name" (a bare name so far) or "closed"."""
    main = [p for p in unit if not p.prep]
    if all(_bare_title(tokens, p) for p in main):
        return "title"
    if _bare_name(tokens, main[0]) and all(_bare_title(tokens, p) for p in main[1:]):
        return "name"  # الأمير فلان ولي ولي العهد النائب الثاني … وزير الدفاع
    return "closed"


def _name_after_place(tokens: Sequence[Token], phrases: Sequence[Phrase], end: int, hi: int
                      ) -> Phrase | None:
    """A bare name after a title's place phrase and honorifics (رئيس الجامعة … في باكستان
    الدكتور فلان): at most five words; a time word ends the subject."""
    k = end
    while k < min(hi, end + 6):
        q = next((p for p in phrases if p.start == k), None)
        if q is not None and _bare_name(tokens, q):
            return q
        if q is not None and q.prep:
            k = q.end
        elif tokens[k].norm in PLACE_WORDS or tokens[k].norm in HONORIFIC_WORDS or k > end \
                and tokens[k - 1].norm in PLACE_WORDS and tokens[k].kind == "word":
            k += 1
        else:
            return None
    return None


def _unit(tokens: Sequence[Token], phrases: Sequence[Phrase], actor: Phrase, hi: int
          ) -> tuple[list[Phrase], int]:
    """The phrases of the subject's person unit and the first token after it."""
    unit = [actor]
    end = actor.end
    while end < hi:
        k = end + 1 if tokens[end].text in COMMAS else end
        while k < hi and tokens[k].norm in ORDINALS and _bare_title(tokens, unit[-1]):
            k += 1  # النائب الأول لرئيس مجلس الوزراء
        q = next((p for p in phrases if p.start == k), None)
        if q is None and k < hi and _state(tokens, unit) == "title" \
                and tokens[k].norm in PLACE_WORDS | HONORIFIC_WORDS:
            q = _name_after_place(tokens, phrases, k, hi)
            if q is not None:
                unit.append(q)
                end = q.end
                continue
        if q is None or not _continues(tokens, unit, q):
            break
        unit.append(q)
        end = q.end
    return unit, end


# Heads of a plural of persons in construct (with or without the article).
PLURAL_HEADS = match_forms("مديري مدراء مديرو رؤساء وزراء أعضاء ممثلي ممثلو قادة كبار أمناء سفراء "
                      "مسؤولي مسؤولو محافظي أمراء علماء جهات أطراف أخوة إخوة أشقاء أبناء "
                      "منسوبي منسوبو شيوخ نواب")
CALLS = match_forms("طالب دعا ناشد حث")
MEETINGS = match_forms("اجتماع لقاء")
NOT_GENITIVE = match_forms("من في على عن إلى الى مع بين الذي التي الذين أن ان بأن بان خلال بعد قبل "
                      "حول")
PLURAL_SPAN = 4  # words of the genitive after the plural head
COMPLEMENT_REACH = 10


def plural_party(tokens: Sequence[Token], k: int, hi: int, lam: bool = False) -> Phrase | None:
    """A plural of persons in construct starting at ``k`` (see the module docstring), with
    up to four words of its genitive and adjectives; ``lam``: a ل may stand on it (لكبار)."""
    if k >= hi or tokens[k].kind != "word":
        return None
    tok = tokens[k]
    clitic = len(tok.prefix) if lam and tok.prefix in ("ل", "لل") else 0
    if tok.prefix not in ("", "ال") and not clitic:
        return None
    base = tok.norm[clitic:]
    if base not in PLURAL_HEADS and _head(tok)[clitic:] not in PLURAL_HEADS \
            and (base[:2] != "ال" or base[2:] not in PLURAL_HEADS):
        return None
    end = k + 1
    definite = "ال" in tok.prefix
    while end < min(hi, k + 1 + PLURAL_SPAN) and tokens[end].kind == "word" \
            and tokens[end].prefix in ("", "ال") and tokens[end].norm not in NOT_GENITIVE \
            and tokens[end].norm not in STEP and (tokens[end].prefix == "ال" or not definite):
        definite = definite or tokens[end].prefix == "ال"
        end += 1  # كبار قادة المناطق العسكرية; not «مديري السجون موضوع»
    return Phrase(start=k, end=end, sector=None, clitic=clitic)


def _step(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The first token after the place and time phrases, weekdays and commas at ``k``."""
    while k < hi:
        j = adverbial_end(tokens, k, hi)
        while j < hi and (tokens[j].norm in STEP or tokens[j].text in COMMAS):
            j += 1
        if j == k:
            return k
        k = j
    return k


def verb_first(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
               actors: list[Phrase], recips: list[Phrase]) -> list[Phrase]:
    """The recipients of a verb-first clause: the general ones without the subject's own
    apposition, and, for a :data:`TRANSITIVE` verb with none left, the object after the
    subject's unit and a place/time run (see the module docstring)."""
    if not cand.verbal or not actors:
        return recips
    a = actors[0]
    t1, hi = cand.end, len(tokens)
    if a.start < t1 or any(tokens[j].norm not in STEP and tokens[j].text not in COMMAS
                           for j in range(t1, a.start)):
        return recips  # not «V S …»
    unit, end = _unit(tokens, phrases, a, hi)
    kept = [r for r in recips if r not in unit]
    if kept or match_form(cand.entry.lemma) not in TRANSITIVE:
        return kept
    k = end + 1 if end < hi and tokens[end].text in COMMAS else end
    q = next((p for p in phrases if p.start == k), None)
    if q is None:
        k = _step(tokens, end, hi)
        q = next((p for p in phrases if p.start == k), None) if k > end else None
    if q is None and match_form(cand.entry.lemma) in CALLS:
        q = addressee(tokens, k, hi)
    if q is None or q.prep or q.kind == "target" or q in actors:
        return kept
    return [q]


BETWEEN_REACH = 8  # words from the trigger to «بين»


def between(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
            ) -> tuple[list[Phrase], list[Phrase]]:
    """The two parties of «بين X و Y» after a joint act's trigger when X is a person unit of
    several phrases (see the module docstring): X's first phrase and Y with its و-joined
    phrases; nothing when Y does not follow X's unit straight."""
    t1, hi = cand.end, len(tokens)
    x = next((p for p in phrases if t1 <= p.start < min(hi, t1 + BETWEEN_REACH) and p.start > 0
              and tokens[p.start - 1].norm in BETWEEN), None)
    if x is None or x.prep or x.kind == "target":
        return [], []
    unit, end = _unit(tokens, phrases, x, hi)
    y = next((p for p in phrases if p.start == end), None)
    if len(unit) < 2 or y is None or y.prep or y.kind == "target" or tokens[y.start].prefix[:1] != "و":
        return [], []
    return [x], coordinated(tokens, phrases, y, backwards=False)


# The object pronoun a relative clause's verb takes for its head (التي أبرمتها، الذي يقدمه).
RESUMED_BY = {match_form("التي"): ("ها",), match_form("الذي"): ("ه",), match_form("الذين"): ("هم",)}


def relative_subject(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
                     ) -> Phrase | None:
    """The subject of a relative clause on a verbal noun trigger (see the module docstring)."""
    hi = len(tokens)
    j = cand.end
    while j < min(hi, cand.end + 2) and tokens[j].kind == "word" and tokens[j].prefix == "ال" \
            and tokens[j].norm not in RELATIVES:
        j += 1  # الاتفاقية الأمنية التي
    if j + 2 >= hi or tokens[j].norm not in RESUMED_BY:
        return None
    verb = tokens[j + 1]
    suffixes = RESUMED_BY[tokens[j].norm]
    if verb.kind != "word" or verb.prefix or not verb.norm.endswith(suffixes) \
            or verb.norm.endswith("هما") or len(verb.norm) < 5:
        return None
    k = j + 2
    while k < hi and tokens[k].norm in STEP:
        k += 1
    q = next((p for p in phrases if p.start == k), None)
    return q if q is not None and not q.prep and q.kind != "target" else None


def addressee(tokens: Sequence[Token], k: int, hi: int) -> Phrase | None:
    """A plural of persons at ``k`` that a call's complement follows within ten words and no
    punctuation (حث X، مديري التعليم ومساعديهم على، طالب X رؤساء الكتل السياسية بتأييد)."""
    q = plural_party(tokens, k, hi)
    if q is None:
        return None
    for m in range(q.end, min(hi, q.end + COMPLEMENT_REACH)):
        tok = tokens[m]
        if tok.kind != "word":
            return None
        if tok.norm in CALL_COMPLEMENTS or m == q.end and tok.prefix[:1] == "ب":
            return q
    return None


VISITS = match_forms("زيارة زيارات زيارته زيارتها زيارتهم زيارتي")
TO = match_forms("إلى الى")
VISIT_REACH = 6


def visit_host(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
               actors: Sequence[Phrase]) -> Phrase | None:
    """The host of a visit noun (see the module docstring)."""
    head = tokens[cand.start]
    if cand.verbal or head.norm[len(cand.prefix):] not in VISITS and head.base not in VISITS:
        return None
    t1 = cand.end
    visitor = next((a for a in actors if a.start == t1), None)
    base = visitor.end if visitor is not None else t1  # زيارة رئيس الوزراء … نواز شريف إلى
    for p in phrases:
        if not t1 <= p.start < base + VISIT_REACH or p in actors \
                or p.kind not in ("country", "group", "entity"):
            continue
        first = tokens[p.start]
        if first.prefix[:1] == "ل" or p.start > 0 and tokens[p.start - 1].norm in TO:
            return p
        if p.prep:
            return None  # في عمان: where, not whom
    return None

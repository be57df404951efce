"""Recipients of the 14 event types other than ASSAULT/PROTEST, session 17 (evo17; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the same gate: the 14 types
only, after the filter's features; it fills an empty role, and moves only the object a
plural or first-person verb form had taken as its subject). Families (docs/events.md "Roles
of the 14 other types, fourth round, session 17"):

- **the partner after «مع» that the actor lexicon has no phrase for**: a party noun
  (:data:`PARTNER_HEADS`: العاهل، الشركاء، المقرضين، الجهات، المؤسسات، أهالي …) or a
  quantifier before one (أحد دائنيها، بعض الجهات، جميع المنشآت، عدد من أهالي السجناء), with
  its genitive and adjectives or the phrase that continues it (مع العاهل الأردني);
- **the two parties of «بين البلدين/الجانبين/الطرفين»** named before the trigger as a
  و-joined pair of countries (تربط المملكة العربية السعودية والمملكة الأردنية الهاشمية … من
  اتفاق على … التعاون … بين البلدين);
- **the attendees of a meeting** after «ضم/حضره/شارك فيه» (عقد X اجتماعا ضم مستشاريه …);
- **the investigated of «التحقيق معه»**: the party an arrest or a summons named right before
  (القبض على الجاني المذكور وأسفر التحقيق معه، سيستدعي X للتحقيق معه);
- **the object of a call or accusation after a time word** in «S V» order (دمرتاش دعا السبت
  الحكومة التركية), and **the object a plural or first-person verb took as its subject**
  (وطالبوا المسلحين بالمغادرة، طالبنا رئيس الوزراء بإقالة): the verb's ending names its
  subject, so the phrase after it is the addressee;
- **the party met after «ب»** (والتقى بمعالي المستشار، التقى معاليه بعدد من المواطنين، التقى
  بالعاملين), not a place (بمقر الوزارة).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.party_objects import (
    NOT_GENITIVE,
    STEP,
    TRANSITIVE,
    addressee,
    plural_party,
)
from khabar.extract.events.party_places import COMMAS
from khabar.extract.events.rolewords import CALL_COMPLEMENTS, RELATIVES
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

# Heads of a party the actor lexicon has no entry for (with or without the article; a
# pronoun suffix allowed on a plural: دائنيها، أشقائنا، مستشاريه).
PARTNER_HEADS = match_forms(
    "عاهل خصوم مقرضين مقرضون دائنين دائني دائنو شركاء مؤسسات جهات أجهزة منشآت دول جمعيات "
    "مكاتب هيئات منظمات شركات بنوك مصارف أهالي ممثلي ممثلو مديري مدراء مديرو أعضاء أشقاء فريق "
    "مجموعة معهد مخرج مشرف موقع أثرياء أطراف أمراء مبتعث جانب مساعد مساعدي رابطة كتل قوى ورثة "
    "وفد وفود نظراء سلطات مسؤولي مسؤولين قادة زعماء رؤساء وزراء نواب ناشطين مستشاري")
# Heads with a pronoun whose stem is written otherwise before it (شركاء → شركائنا).
SUFFIXED_HEADS = match_forms("شركائنا شركائها شركائه أشقائنا أشقائه أشقائها")
# Words before the head that count or pick out the party (أحد دائنيها، بعض الجهات).
QUANTIFIERS = match_forms("جميع كافة بعض أحد احد إحدى احدى مختلف بقية عموم كل الكثير عدد عشرات")
FROM = match_form("من")
DEMONSTRATIVES = match_forms("هذه هذا هؤلاء تلك ذلك")
PRONOUN_SUFFIXES = ("ها", "هم", "ه", "نا", "هما")
PARTNER_SPAN = 3  # words of the genitive and adjectives after the head


def _bare(tok: Token) -> str:
    """The head noun without the article or a pronoun suffix (دائنيها → دائني)."""
    norm = tok.norm[2:] if tok.prefix == "ال" and tok.norm.startswith("ال") else tok.norm
    if norm in PARTNER_HEADS or tok.prefix:
        return norm
    if norm in SUFFIXED_HEADS:
        return norm[:-2]  # marked definite by the caller (the stem differs from the norm)
    return next((norm[:-len(x)] for x in PRONOUN_SUFFIXES
                 if norm.endswith(x) and norm[:-len(x)] in PARTNER_HEADS), norm)


def _head_word(tok: Token) -> bool:
    """A party head of :data:`PARTNER_HEADS`, bare, definite or with a pronoun suffix."""
    return tok.kind == "word" and tok.prefix in ("", "ال") \
        and (_bare(tok) in PARTNER_HEADS or tok.norm in SUFFIXED_HEADS)


def partner(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int) -> Phrase | None:
    """A party starting at ``k`` that the actor lexicon has no phrase for (see the module
    docstring): quantifier (+ من) (+ demonstrative), a :data:`PARTNER_HEADS` noun, then its
    genitive and adjectives, or the phrase that starts right after the head."""
    start, j = k, k
    if j < hi and (tokens[j].norm in QUANTIFIERS or tokens[j].kind == "number"):
        j += 1
        if j < hi and tokens[j].norm == FROM:
            j += 1  # عدد من أهالي السجناء
        if j < hi and tokens[j].norm in DEMONSTRATIVES:
            j += 1  # إحدى هذه الدول
    if j >= hi or not _head_word(tokens[j]):
        return None
    end = j + 1
    definite = tokens[j].prefix == "ال" or tokens[j].norm != _bare(tokens[j])
    while end < min(hi, j + 1 + PARTNER_SPAN):
        q = next((p for p in phrases if p.start == end and not p.prep), None)
        if q is not None:
            end = q.end  # مع العاهل الأردني
            break
        tok = tokens[end]
        if tok.kind != "word" or tok.prefix not in ("", "ال") or tok.norm in NOT_GENITIVE \
                or tok.norm in STEP or definite and tok.prefix != "ال":
            break  # once definite, the genitive and adjectives stay so: not «المقرضين بشأن»
        definite = tok.prefix == "ال"
        end += 1
    return Phrase(start=start, end=end, sector=None)


PAIR_WORDS = match_forms("البلدين الجانبين الطرفين الدولتين الحكومتين")
BETWEEN = match_forms("بين وبين")
PAIR_REACH = 14  # words from the trigger to «بين البلدين»


def named_pair(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], hi: int
               ) -> tuple[Phrase, Phrase] | None:
    """The two countries of «بين البلدين» after the trigger: the nearest و-joined pair of
    country phrases before it, with no third country named between them and the trigger."""
    ends = range(cand.end, min(hi - 1, cand.end + PAIR_REACH))
    if not any(tokens[j].norm in BETWEEN and tokens[j + 1].norm in PAIR_WORDS for j in ends):
        return None
    countries = [p for p in phrases if p.kind == "country" and p.end <= cand.start]
    for y in reversed(countries):
        x = next((p for p in countries if p.end == y.start), None)
        if x is None or tokens[y.start].prefix[:1] != "و" or x.country == y.country:
            continue
        later = {p.country for p in countries if p.start >= y.end}
        return (x, y) if later <= {x.country, y.country} else None
    return None


ATTEND = match_forms("ضم حضره حضرها ضمت")
SHARE = match_forms("شارك شاركت")
IN_IT = match_forms("فيه فيها")


def attendees(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], hi: int
              ) -> Phrase | None:
    """The attendees after «ضم/حضره/شارك فيه» right after a meeting noun (and one adjective)."""
    j = cand.end
    if j < hi and tokens[j].prefix == "ال" and tokens[j].norm not in ATTEND | RELATIVES:
        j += 1  # اجتماعه الموسع ضم
    if j < hi and tokens[j].norm in RELATIVES:
        j += 1  # المحادثات التي شارك فيها وفد أميركي
    if j < hi and tokens[j].norm in ATTEND:
        k = j + 1
    elif j + 1 < hi and tokens[j].norm in SHARE and tokens[j + 1].norm in IN_IT:
        k = j + 2
    else:
        return None
    q = next((p for p in phrases if p.start == k), None)
    if q is not None:
        return q if not q.prep and q.kind != "target" else None
    return plural_party(tokens, k, hi) or partner(tokens, phrases, k, hi)


WITH_HIM = match_forms("معه معها معهم")
HOLD = match_forms("على")
SUMMONS = match_forms("استدعاء استدعى استدعت يستدعي تستدعي سيستدعي ستستدعي إيقاف ايقاف توقيف "
                      "اعتقال")


def investigated(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], hi: int
                 ) -> Phrase | None:
    """The antecedent of «معه» right after an investigation noun: the object of an arrest
    («القبض على X») or a summons («يستدعي X», «استدعاء X») that ends at most three words
    before the trigger."""
    if cand.end >= hi or tokens[cand.end].norm not in WITH_HIM:
        return None
    for q in sorted(phrases, key=lambda p: -p.end):
        if q.end > cand.start or cand.start - q.end > 3:
            continue
        if q.prep or q.kind == "target" or q.start == 0:
            return None
        before = tokens[q.start - 1]
        if before.norm in HOLD or before.norm in SUMMONS or before.base in SUMMONS:
            return q
        return None
    return None


def svo_object(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
               actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The object of a :data:`TRANSITIVE` verb whose subject stands before it when time words
    or a comma come first (دمرتاش دعا السبت الحكومة التركية، X طالب اليوم Y بـ)."""
    if not cand.verbal or not actors or actors[0].end > cand.start \
            or match_form(cand.entry.lemma) not in TRANSITIVE:
        return None
    k = cand.end
    while k < hi and (tokens[k].norm in STEP or tokens[k].text in COMMAS):
        k += 1
    if k == cand.end:
        return None
    q = next((p for p in phrases if p.start == k), None)
    if q is None:
        return addressee(tokens, k, hi)
    return q if not q.prep and q.kind != "target" and q not in actors else None


CALL_OBJECTS = match_forms("طالب دعا ناشد حث اتهم")
PLURAL_ENDINGS = ("وا",)
FIRST_PLURAL = ("نا",)
COMPLEMENT = CALL_COMPLEMENTS


def subject_in_verb(tokens: Sequence[Token], cand: Candidate, actors: Sequence[Phrase]) -> bool:
    """Whether a call or accusing verb's ending names its subject (طالبوا، طالبنا) while the
    coded actor is the phrase right after it and a complement (بـ، إلى، على، أن) follows it:
    then that phrase is the addressee."""
    if not cand.verbal or len(actors) != 1 or actors[0].start != cand.end \
            or match_form(cand.entry.lemma) not in CALL_OBJECTS:
        return False
    verb = tokens[cand.start].norm[len(cand.prefix):]
    if not (verb.endswith(PLURAL_ENDINGS) or verb.endswith(FIRST_PLURAL) and not verb.endswith("ينا")):
        return False
    a = actors[0]
    if a.end >= len(tokens):
        return False
    nxt = tokens[a.end]
    return nxt.norm in COMPLEMENT or nxt.kind == "word" and nxt.prefix[:1] == "ب"


MEET = match_forms("التقى اجتمع")
HONORIFICS = match_forms("معالي سمو فخامة سعادة سماحة فضيلة")
SELF_HONORIFICS = match_forms("معاليه سموه فخامته سعادته سماحته فضيلته")
PLACES = match_forms("مقر مكتب مدينة منطقة محافظة قصر مبنى مستشفى مركز ديوان قاعة فندق حضور")
B_SPAN = 2  # words after the ب-noun


def _b_word(tok: Token) -> str | None:
    """The noun of a word carrying the preposition ب (بالعاملين → العاملين, بمقاول → مقاول),
    or None."""
    if tok.kind != "word":
        return None
    if tok.prefix.startswith("ب"):
        return tok.norm[1:]
    if not tok.prefix and tok.norm.startswith("ب") and len(tok.norm) > 3:
        return tok.norm[1:]  # the tokenizer leaves ب on an indefinite noun
    return None


def met_party(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
              actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The party met after «ب» (والتقى بمعالي المستشار، التقى الهزاع بمقاول الطرق، التقى
    معاليه بعدد من المواطنين): right after the verb or its subject (and a «معاليه» or time
    words), a ب-word that is no place; its phrase, or the noun with up to two words that keep
    its definiteness."""
    if not cand.verbal or match_form(cand.entry.lemma) not in MEET:
        return None
    k = cand.end
    subject = next((a for a in actors if a.start == k), None)
    if subject is not None:
        k = subject.end
    while k < hi and (tokens[k].norm in SELF_HONORIFICS or tokens[k].norm in STEP):
        k += 1
    if k >= hi or any(p.start == k and not p.prep for p in phrases):
        return None  # التقى بوتين …: a name, the subject
    noun = _b_word(tokens[k])
    if noun is None or noun in PLACES or noun.removeprefix("ال") in PLACES:
        return None
    q = next((p for p in phrases if p.start == k), None)
    if q is not None:
        return q if q.kind not in ("target", "country") else None
    start, clitic = k, 1
    if noun in HONORIFICS:
        start, clitic = k + 1, 0  # بمعالي المستشار …
        q = next((p for p in phrases if p.start == start and not p.prep), None)
        if q is not None:
            return q
    if start >= hi or tokens[start].kind != "word":
        return None
    definite = noun.startswith("ال") if clitic else tokens[start].prefix == "ال"
    end = start + 1
    if clitic and noun in QUANTIFIERS | {match_form("عدد")}:
        if end + 1 >= hi or tokens[end].norm != FROM or tokens[end + 1].kind != "word":
            return None
        definite = tokens[end + 1].prefix == "ال"
        end += 2  # بعدد من المواطنين
    while end < min(hi, start + 1 + B_SPAN):
        tok = tokens[end]
        if tok.kind != "word" or tok.prefix not in ("", "ال") or tok.norm in NOT_GENITIVE \
                or tok.norm in STEP or definite and tok.prefix != "ال":
            break
        definite = definite or tok.prefix == "ال"
        end += 1
    return Phrase(start=start, end=end, sector=None, clitic=clitic)

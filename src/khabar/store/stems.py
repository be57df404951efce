"""Light Arabic stems for search: proclitics, enclitic pronouns and number endings off.

A word's *stem* (the ``stem`` column of the full-text index) is a conflation key: forms
of one noun that a reader takes for the same word get the same key. It starts from the
clitic-stripped base (:func:`khabar.text.clitics.strip`, once more after a lone و/ف so
that وبقوات loses its ب too):

1. one enclitic pronoun off — هما هم هن ها ه نا with at least 3 letters left, كما كم كن
   with at least 4 — unless what is left is a particle that takes pronouns (عليه, لديه,
   منه are not forms of على, لدى, من for a reader). A ت before the pronoun is read as a
   taa marbuta (لجنتها → لجنة), so its proclitics are checked on the right word;
2. a frequent news noun with a broken plural (:data:`BROKEN_PLURALS`, curated) takes the
   stem of its singular: جنود → جندي, دول → دولة, مدن → مدينة, قادة → قائد;
3. a final taa marbuta is written ت, because it turns into ت before a pronoun: لجنة and
   لجنتها meet at لجنت;
4. the number endings, each leaving a stem of at least 4 letters:
   - a sound feminine plural ات becomes the taa marbuta's ت: مظاهرات, مظاهرة → مظاهرت;
     اتفاقيات, اتفاقية → اتفاقيت (shorter ones only for :data:`JOINED_PLURALS`: جهات,
     جهة → جهت; not قوات: about half of قوة in the news is strength, بقوة, a quake's
     magnitude), except :data:`KEEP` (names and words whose ت is a root letter:
     الإمارات, الولايات, عرفات, إثبات) and plurals of form V/VI masdars (تطورات,
     تجاوزات: no ة singular, and تطورت is a verb) — the same rule on a singular in ـاة
     keeps its pronoun forms together (مباراة, مباراته → مبارت);
   - a feminine dual تان becomes ت (دولتان → دولت; not ـستان: باكستان);
   - a nisba dual يان loses ان (جنديان → جندي; بيان, كيان are too short);
   - a sound masculine plural or oblique dual ون/ين goes (المسؤولين → مسؤول,
     جنديين → جندي, دولتين → دولت); بوتين, مليون keep theirs.

No general ان rule (لبنان, إيران, سلطان, رمضان, برلمان, شعبان would lose letters of the
word) and no verb morphology. Input is text normalised with
:data:`khabar.text.normalize.DEFAULT` (taa marbuta kept, since it decides step 3); the
output uses the matching forms otherwise (ى → ي, أ → ا).

:data:`STEM_VERSION` numbers the rules: a store whose ``stem`` column was built by an
older version is re-indexed by a migration (:mod:`khabar.store.migrations`), and
:func:`stem` can still give the older keys (``version=1``) to search such a store read-only.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text.clitics import analyses, strip
from khabar.text.normalize import DEFAULT, normalize

STEM_VERSION = 2  # 1: pronouns, ة → ت, ون/ين (schema 2); 2: + broken plurals, ات, تان, يان

PRONOUNS_3 = ("هما", "هم", "هن", "ها", "نا", "ه")  # at least 3 letters must remain
PRONOUNS_4 = ("كما", "كم", "كن")  # second person: rare in news, so at least 4
PLURALS = ("ون", "ين")  # at least 4 letters must remain
MIN_STEM = 4  # letters a number ending must leave (ات → ت counts the ت)
# Prepositions and particles that take pronouns (matching forms): their pronoun forms
# keep the pronoun so that عليه does not become the very frequent على.
PARTICLES = frozenset(
    "علي الي لدي في من عن مع عند بين حول ضد دون تحت فوق امام خلف بعد قبل ان لكن"
    " لعل ليت كان مثل عبر سوي غير نحو ضمن بدون لاجل حيث منذ".split()
)
# ات plurals of two-letter stems that are safe to join to their singular (جهة, فئة, لغة,
# بنت); ذات, مرات (مرة, مرآة, مرت), صلات (صلاة), سمات (سمت) are not, nor قوات: in 40
# dev-day contexts of قوة, 18 were a force (قوة الطوارئ) and 22 strength (بقوة, زلزال بقوة).
# تظاهرات, توسعات, تلاوات: form V/VI masdar plurals (see :func:`_verb_shaped`) with a ة
# singular (تظاهرة, توسعة, تلاوة).
JOINED_PLURALS = frozenset("جهات فئات لغات بنات تظاهرات توسعات تلاوات".split())
# Words (matching form, feminine ending as ت) whose ات, تان or يان is not a number
# ending: names (الإمارات, الولايات المتحدة, عرفات, السادات, بركات, فرحات, سعدات,
# أدريان), امرأة (its ات form would meet the verb أمرت), masdars whose ت is the root's
# (إثبات, إفلات, إسكات, إنبات, التفات), أخوات (not إخوة), gases (بيوتان is not بيوت),
# كبريات (of كبرى; كبريت is sulphur).
KEEP = frozenset(
    "امارات ولايات عرفات سادات بركات فرحات سعدات امرات اثبات افلات اسكات انبات التفات"
    " اخوات ادريان بيوتان بنتان كبريات".split()
)
# Frequent news nouns with a broken (or irregular) plural, plural → singular (DEFAULT
# forms). Chosen from the nouns most frequent on the dev news day whose plural is not also
# a common other word: أمور (أمر, ordered), أحداث (حدث, happened), عقود (عقد, held), طلاب
# (طالب, demanded), أعوام (عام, general), حدود (حد), أسرى (أسري, domestic) … are left out.
BROKEN_PLURALS: dict[str, str] = dict(pair.split(":") for pair in (
    "جنود:جندي دول:دولة مدن:مدينة قادة:قائد وزراء:وزير شهداء:شهيد رؤساء:رئيس زعماء:زعيم"
    " اعضاء:عضو اطفال:طفل نساء:امرأة رجال:رجل اسلحة:سلاح جرحي:جريح قتلي:قتيل"
    " مصادر:مصدر مناطق:منطقة حقوق:حق ايام:يوم اشهر:شهر شهور:شهر سنوات:سنة"
    " اسواق:سوق اسعار:سعر مدارس:مدرسة مساجد:مسجد منازل:منزل بيوت:بيت صواريخ:صاروخ"
    " احزاب:حزب شعوب:شعب جيوش:جيش اجهزة:جهاز اراضي:ارض عناصر:عنصر خبراء:خبير"
    " سفراء:سفير امراء:امير ملوك:ملك عمال:عامل اطباء:طبيب حوادث:حادث اخبار:خبر"
    " اسباب:سبب اهداف:هدف اموال:مال ارقام:رقم انباء:نبأ ملايين:مليون اشخاص:شخص"
    " مشاريع:مشروع مشروعات:مشروع مواقع:موقع مراكز:مركز شوارع:شارع وسائل:وسيلة"
    " قوانين:قانون جهود:جهد اجانب:اجنبي قبائل:قبيلة شبان:شاب اطراف:طرف اماكن:مكان"
    " ضحايا:ضحية مخاطر:خطر اخطار:خطر تجار:تاجر فنادق:فندق اوقات:وقت اصوات:صوت"
    " الاف:الف نواب:نائب اعمال:عمل افراد:فرد ظروف:ظرف بنود:بند اسماء:اسم طرق:طريق"
    " انظمة:نظام فصائل:فصيل معارك:معركة دوائر:دائرة بلدان:بلد شركاء:شريك وكلاء:وكيل"
    " حلفاء:حليف اعداء:عدو ابناء:ابن قضاة:قاضي قضايا:قضية مسائل:مسألة رسائل:رسالة"
    " اسئلة:سؤال افكار:فكرة اراء:رأي مبادئ:مبدأ انشطة:نشاط مهام:مهمة خطط:خطة"
    " برامج:برنامج بنوك:بنك مصارف:مصرف موارد:مورد شروط:شرط نتائج:نتيجة تقارير:تقرير"
).split())


def _default(word: str) -> str:
    return normalize(word, DEFAULT).text


# plural (matching form, as looked up) → singular (DEFAULT form: its stem is taken)
_BROKEN = {_default(p).replace("ة", "ه"): _default(s) for p, s in BROKEN_PLURALS.items()}


def _base(word: str) -> str:
    """The clitic-stripped base; after a lone conjunction also a preposition (وبقوات)."""
    prefix, base = strip(word)
    if prefix in ("و", "ف"):
        base = strip(base)[1]
    return base


def _without_pronoun(word: str) -> tuple[str, bool, bool]:
    """``(word without one enclitic pronoun, feminine, pronoun)`` in matching form (ة
    written ه); ``feminine``: it ends in a taa marbuta (a ت before the pronoun counts);
    ``pronoun``: a pronoun was removed."""
    matching = word.replace("ة", "ه")
    if word.endswith("ة"):
        return matching, True, False
    for suffixes, keep in ((PRONOUNS_3, 3), (PRONOUNS_4, 4)):
        suffix = next((s for s in suffixes if matching.endswith(s)), None)
        if suffix is None:
            continue
        rest = matching[: -len(suffix)]
        # لجنتها: the ت was a taa marbuta; the proclitic check sees لجنه (a known word).
        feminine = rest.endswith("ت") and not rest.endswith("ات")
        if feminine:
            rest = rest[:-1] + "ه"
        base = _base(rest)
        if len(base) >= keep and base not in PARTICLES:
            return rest, feminine, True
        break
    return matching, False, False


def _verb_shaped(word: str) -> bool:
    """A masdar of form V (تفعّل: تطور) or VI (تفاعل: تجاوز): its ات plural has no ة
    singular, and the word + ت is the verb's perfect (تطورت, تجاوزت), not a noun."""
    if not word.startswith("ت") or word.endswith("ي"):
        return False
    return len(word) == 4 or (len(word) == 5 and word[2] == "ا")


def _feminine_plural(core: str) -> str | None:
    """ات → ت (step 4), or ``None`` when the rule does not apply."""
    if not core.endswith("ات") or core in KEEP:
        return None
    if core in JOINED_PLURALS:
        return core[:-2] + "ت"
    if len(core) - 1 >= MIN_STEM and not _verb_shaped(core[:-2]):
        return core[:-2] + "ت"
    return None


@lru_cache(maxsize=200_000)
def stem(word: str, version: int = STEM_VERSION) -> str:
    """The search stem of a ``DEFAULT``-normalised word (see the module docstring).

    ``version=1``: the keys of the first stem column (schema version 2), without broken
    plurals and without the ات, تان, يان rules.
    """
    rest, feminine, pronoun = _without_pronoun(word)
    if version >= 2:
        # least stripped first (الاف before ال + اف); not after the future marker س, which
        # only verbs take (سامراء is not س + امراء)
        for prefix, candidate in analyses(rest):
            if candidate in _BROKEN and "س" not in prefix:
                return stem(_BROKEN[candidate])
    base = _base(rest)
    core = base[:-1] + "ت" if feminine else base
    if version < 2:
        if not (feminine or pronoun):
            for suffix in PLURALS:
                if core.endswith(suffix) and len(core) - len(suffix) >= MIN_STEM:
                    return core[: -len(suffix)]
        return core
    plural = _feminine_plural(core)
    if plural is not None:
        return plural
    if feminine or core in KEEP:
        return core
    if core.endswith("تان") and not core.endswith("ستان") and len(core) - 2 >= MIN_STEM:
        return _feminine_plural(core[:-2]) or core[:-2]  # دولتان → دولت
    if core.endswith("يان") and len(core) - 2 >= MIN_STEM:
        return core[:-2]  # جنديان → جندي
    for suffix in PLURALS:
        if core.endswith(suffix) and len(core) - len(suffix) >= MIN_STEM:
            short = core[: -len(suffix)]
            return _feminine_plural(short) or short  # مباراتين → مبارت, as مباراة
    return core



@lru_cache(maxsize=200_000)
def surface_stem(surface: str, version: int = STEM_VERSION) -> str:
    """The search stem of a token as written (normalised here)."""
    return stem(normalize(surface, DEFAULT).text, version)


def _rule(word: str) -> str:
    """The step that gives ``word`` its key under the current rules (for measurement)."""
    rest, feminine, pronoun = _without_pronoun(word)
    if any(c in _BROKEN and "س" not in p for p, c in analyses(rest)):
        return "broken plural"
    base = _base(rest)
    core = base[:-1] + "ت" if feminine else base
    if _feminine_plural(core) is not None:
        return "ات on a ـاة singular" if feminine else "ات"
    if feminine or core in KEEP:
        return "ة" if feminine else "kept"
    if core.endswith("تان") and not core.endswith("ستان") and len(core) - 2 >= MIN_STEM:
        return "تان"
    if core.endswith("يان") and len(core) - 2 >= MIN_STEM:
        return "يان"
    if any(core.endswith(s) and len(core) - 2 >= MIN_STEM for s in PLURALS):
        return "ون/ين after a pronoun" if pronoun else "ون/ين"
    return "none"


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.store.stems NEWS [--sample RULE N SEED]``: what the current rules
    change against version 1 on the words of a news file (title + text of every record)."""
    import random
    import sys
    from collections import Counter, defaultdict

    from khabar.io.readers import read_records
    from khabar.text.tokenize import tokenize

    args = sys.argv[1:] if argv is None else argv
    words: Counter = Counter()
    for rec in read_records(args[0]):
        for part in (rec.get("title") or "", rec.get("text") or ""):
            words.update(_default(t.text) for t in tokenize(part) if t.kind == "word")
    old = {w: stem(w, 1) for w in words}
    new = {w: stem(w) for w in words}
    members = defaultdict(set)
    for w in words:
        members[new[w]].add(w)
    print(f"{len(words)} distinct words; keys: version 1 {len(set(old.values()))},"
          f" version {STEM_VERSION} {len(members)}")
    by_rule = defaultdict(list)
    for w in words:
        if old[w] != new[w]:
            by_rule[_rule(w)].append(w)
    joins: dict[str, dict[tuple[str, str], set[str]]] = {}
    for rule, changed in sorted(by_rule.items(), key=lambda x: -len(x[1])):
        joins[rule] = defaultdict(set)
        for w in changed:
            for o in members[new[w]]:
                if old[o] != old[w]:
                    joins[rule][(old[w], new[w])].add(old[o])
        meeting = sum(1 for w in changed if (old[w], new[w]) in joins[rule])
        print(f"{rule}: {len(changed)} words change key ({sum(words[w] for w in changed)} tokens),"
              f" {meeting} now meet words of another version-1 key;"
              f" version-1 keys joined: {len({frozenset((a, b)) for (a, _), bs in joins[rule].items() for b in bs})}")
    if len(args) == 5 and args[1] == "--sample":
        rule, n, seed = args[2], int(args[3]), int(args[4])
        pairs = sorted(joins.get(rule, {}))
        for a, b in random.Random(seed).sample(pairs, min(n, len(pairs))):
            print(f"  {a} → {b}: meets {', '.join(sorted(joins[rule][(a, b)]))}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Where an event happened: a place mention near the trigger, with its geocode.

Preference: a LOC entity of ``doc.entities`` in the trigger's sentence introduced by في (or
ب) — nearest to the trigger — then any LOC entity of the sentence, nearest first. Without
entities (or none in the sentence) a country name of the shared gazetteer after في is used
(country only, no coordinates).

Session 20 (evl20, the l20 sample of where and when): in the trigger's clause a name after a noun
of a kind of place (ولاية، قرية، حي، العاصمة …) ranks with one after في, and a place with a point
(a city, a province) is preferred to its own country named in the same clause («في مدينة كراتشي …
أكبر تظاهرة … في باكستان»). Both only choose among the places the clause already offers: whether
an event has a place at all — the filter's ``place`` feature — does not move.

Session 22 (evl22, the l22 sample): :func:`locate` with ``refined=True`` gives the event's output
location; the filter's ``place`` feature keeps the session-20 choice (``refined=False``), so no
detection decision moves. Refined: a time expression set off by commas («وتظاهر آلاف العراقيين،
الجمعة، في بغداد») is no clause break; a place right after «مع» or «عن» (a partner, the one a
measure is lifted from: «مفاوضات مع كابل»، «رفع العقوبات عن إيران») or the genitive of a noun of a
state's body or people («حكومة أفريقيا الوسطى»، «وزير خارجية الولايات المتحدة»، «أبناء الجمهورية
اليمنية») names a party, not where; and a place followed by the place that holds it («قرية الجنادبة
في مديرية أرحب»، «ساحة كهرمانة وسط بغداد») is where, not its container.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from khabar.document import Entity, Location, Time, Token
from khabar.extract.events.actors import ActorLexicon
from khabar.extract.events.clauses import base_in
from khabar.extract.events.rolewords import COMPASS_WORDS, FEMININE_PLURAL_RELATIVES, SPEECH_VERBS
from khabar.extract.events.rolewords import RELATIVES as ROLE_RELATIVES
from khabar.extract.events.spans import token_span
from khabar.text.normalize import match_forms

IN_WORDS = frozenset({"في", "فى", "بمدينه", "بمحافظه", "بمنطقه", "مدينه", "محافظه", "منطقه",
                      "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل"})
# (session 20) nouns of a kind of place, bare or after و/ب/ف: the name after one is a place of the
# clause («في ولاية قندوز»، «بحي القصبة»، «في العاصمة صنعاء»). The capital only definite: «زنجبار
# عاصمة أبين» names the province the city heads. Not after another place: «ويتشيتا بولاية كانساس»
# names the state that holds the city (the city is where).
PLACE_NOUNS = frozenset({"ولايه", "قريه", "بلده", "حي", "ضاحيه", "العاصمه", "اقليم",
                         "مديريه", "مخيم"})
QUOTES = frozenset("«»\"“”'")
CLAUSE_MARKS = ",;:.،؛"
COMMAS = ",،"
# (session 22) a place right after these names a party: «مع» a partner («مفاوضات مع كابل»), «عن» the
# one a measure is lifted from or the topic («رفع العقوبات عن إيران»); neither is locative
PARTY_PREPS = match_forms("مع ومع فمع عن وعن")
# (session 22) nouns of a state's body, envoy or people: their genitive place is whose, not where
# («حكومة أفريقيا الوسطى»، «وزير خارجية الولايات المتحدة»، «سفير إسرائيل»، «أبناء الجمهورية اليمنية»)
STATE_NOUNS = match_forms("حكومة حكومات خارجية سفير سفيرة سفراء سفارة أبناء شعب مواطني رعايا ملك")
# (session 23) the notables, governors and local bodies a place qualifies: whose, not where («استنكر
# مشايخ وأعيان ووجهاء منطقة نجران» the bombing in Asir, «ورد لشرطة محافظة ضباء بلاغ», «اتفاقية مع شرطة
# دبي»); also over a noun of an administrative area between them («منطقة»، «محافظة»)
BODY_NOUNS = match_forms("مشايخ شيوخ أعيان وجهاء شرطة أمانة بلدية إمارة أمير محافظ")
AREA_NOUNS = match_forms("منطقة محافظة مدينة ولاية إقليم مديرية")
KIND_OF_PLACE = PLACE_NOUNS | AREA_NOUNS  # «في العاصمة العراقية بغداد» (_bare_host)
# (session 23) a bare place (no في/ب, no noun of a kind of place) is where only as the genitive of the
# trigger («تفجير القديح»، «اجتماعات الناقورة»، «زار بيروت»), the object of a verb of witnessing or
# entering («شهدت دولة التشيك مظاهرات»), after a noun of the ground of a place or of a gathering held
# there («في أحد شوارع اللاذقية»، «بمنتجع بورتوروز»، «في مخيمات تندوف»، «مؤتمر جنيف»، the university of
# a city «في جامعة «ويتشيتا»»), after a noun of a kind of place and its adjective («العاصمة العراقية
# بغداد»), or as a run-in dateline («كراتشي (رويترز)»); elsewhere it is a party: the subject or object of
# another verb («ولم تقصف تركيا»، «دعا لافروف الولايات المتحدة»), a possessor («سياسة المملكة»، «مكاتب
# اندونيسيا»), a praised or a recipient state
BARE_HOSTS = match_forms(
    "شهد شهدت تشهد يشهد يشهدها شهدتها زار زارت يزور تزور دخل دخلت يدخل اقتحم اقتحمت يقتحم "
    "شوارع شارع أحياء مناطق أنحاء أرجاء ضواحي أطراف مدن ريف سماء أجواء سواحل شواطئ "
    "مؤتمر قمة منتدى معرض منتجع بمنتجع مخيمات بمخيمات قلب بقلب محيط بمحيط مطار بمطار ميناء بميناء "
    "ساحة بساحة جوار بجوار جامعة بجامعة مهرجان بمهرجان")
DATELINE_MARKS = frozenset("(-ـ:–")
# (session 23) a withdrawal happens in the place it leaves: «انسحاب القوات الأمريكية من العراق»
FROM = match_forms("من ومن")
# (session 23) a visit or an arrival happens in the place it goes to: «الزيارة التي قام بها إلى بكين»,
# «زيارة وزير الخارجية عادل الجبير إلى موسكو» (a visit word among the six words before «إلى»)
TO = match_forms("إلى الى")
VISITS = match_forms("زيارة الزيارة زيارته زيارتها زار زارت وصل وصلت وصول توجه توجهت")
# (session 23) a complementiser after a saying or a deciding verb opens the reported clause: a place
# on one side of it is not where the act on the other side happened («قال … في الرياض إن الهجوم …»,
# «أكد الوزير أن القوات في الموصل»); not after a word of time («بعد أن»، «قبل أن»). Not rolewords'
# COMPLEMENTIZERS: this list has «that» + a pronoun too (أنه، بأنها) and فإن, but not لأن (a cause).
COMPLEMENTISERS = match_forms("إن أن إنه أنه إنها أنها إنهم أنهم إنهما أنهما بأن بأنه بأنها بأنهم "
                              "وأن وأنه وأنها وإن فإن")
TIME_BEFORE_THAT = match_forms("بعد قبل منذ حين حتى عند وبعد وقبل ومنذ")
SAYING = SPEECH_VERBS | match_forms("أعلن أعلنت وأعلن وأعلنت أفاد أفادت وأفاد وأفادت كشف كشفت وكشف وكشفت "
                                    "أبلغ أبلغت وأبلغ وأبلغت نقل نقلت ونقل ونقلت زعم زعمت نفى نفت ونفى ونفت")
# The compass words with a written ب («بشرق ليبيا»): roles.past_place walks back over these token
# norms. party_sites.COMPASS has «وسط» instead and strips ب/و itself; one list for both would move
# that walk («وسط», «وشمال»), so they stay two.
COMPASS = COMPASS_WORDS | match_forms("بشمال بجنوب بشرق بغرب")
RELATIVES = ROLE_RELATIVES | FEMININE_PLURAL_RELATIVES
STATE_TITLES = match_forms("جمهورية مملكة دولة إمارة سلطنة")
# (session 22) words that may join a place to the place holding it: «قرية الجنادبة في مديرية أرحب»،
# «ساحة كهرمانة وسط بغداد»، «العريش عاصمة محافظة شمال سيناء»
CONTAINER_LINKS = match_forms(
    "في ب بمحافظة محافظة بمنطقة منطقة بمديرية مديرية بولاية ولاية بإقليم إقليم عاصمة العاصمة بمدينة "
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بشمال بجنوب بشرق بغرب وسط بوسط")


def _kind_named(tokens: Sequence[Token], k: int, placed: frozenset[int] = frozenset()) -> bool:
    """(session 20) Whether token ``k`` follows a noun of a kind of place (PLACE_NOUNS) that does
    not itself follow a place (``placed``: the token indices inside place names)."""
    if k == 0:
        return False
    norm = tokens[k - 1].norm
    forms = {norm}
    if norm[:1] in "وبف":
        forms.add(norm[1:])
    if norm[:2] in ("وب", "فب"):
        forms.add(norm[2:])
    if forms.isdisjoint(PLACE_NOUNS):
        return False
    j = k - 2
    while j >= 0 and tokens[j].kind == "punct" and tokens[j].text in QUOTES:
        j -= 1
    return j not in placed


def _introduced(tokens: Sequence[Token], k: int, clitic: str = "") -> bool:
    """Whether token ``k`` follows في (or a place noun) or carries the preposition ب
    (``clitic``: the token's proclitic letters, known from the match)."""
    if k > 0 and (tokens[k - 1].norm in IN_WORDS or tokens[k - 1].base in IN_WORDS
                  or tokens[k - 1].norm[1:] in IN_WORDS):
        return True
    return "ب" in clitic


class Layout:
    """Token positions by start offset and a running count of clause marks, built once per
    sentence for the events of that sentence."""

    def __init__(self, tokens: Sequence[Token], times: Sequence[Time] = ()) -> None:
        self.tokens = tokens
        self.at = {t.start: k for k, t in enumerate(tokens)}
        self.starts = [t.start for t in tokens]
        # bisect finds the first token containing an offset only when tokens do not overlap
        self.ordered = all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
        self.marks = [0]  # marks[k]: clause marks among tokens[:k]
        self.places: dict[int, tuple[int, bool]] = {}  # entity start -> (token, introduced)
        self.kinds: dict[int, bool] = {}  # entity start -> after a noun of a kind of place
        self._locs: tuple[Sequence[Entity], list[Entity]] | None = None
        for t in tokens:
            self.marks.append(self.marks[-1] + (t.kind == "punct" and t.text in CLAUSE_MARKS))
        # (session 22) the same count without the two commas around a time expression standing
        # alone between them («وتظاهر آلاف العراقيين، الجمعة، في بغداد»)
        skip = _bracketed_times(tokens, times)
        self.loose = [0]
        for k, t in enumerate(tokens):
            self.loose.append(self.loose[-1] + (t.kind == "punct" and t.text in CLAUSE_MARKS
                                                and k not in skip))

    def locs(self, entities: Sequence[Entity]) -> list[Entity]:
        """The LOC entities of ``entities`` inside the tokens (kept for the last list)."""
        if self._locs is None or self._locs[0] is not entities:
            lo, hi = self.tokens[0].start, self.tokens[-1].end
            self._locs = (entities, [e for e in entities if e.label == "LOC" and lo <= e.start
                                     and e.end <= hi])
        return self._locs[1]

    def place(self, doc_text: str, e: Entity) -> tuple[int, bool]:
        """The token of a place entity and whether في/ب introduces it."""
        found = self.places.get(e.start)
        if found is None:
            tokens = self.tokens
            k = self.at.get(e.start)
            if k is None:
                k = self.token_of(e.start)
            found = (k, _introduced(tokens, k, doc_text[tokens[k].start : e.start]))
            self.places[e.start] = found
        return found

    def kind_named(self, doc_text: str, e: Entity, locs: Sequence[Entity]) -> bool:
        """(session 20) Whether a noun of a kind of place introduces a place entity (``locs``:
        the sentence's places, none of which may stand right before that noun)."""
        found = self.kinds.get(e.start)
        if found is None:
            placed = frozenset(j for x in locs for j in range(self.token_of(x.start),
                                                             self.token_of(x.end - 1) + 1))
            found = _kind_named(self.tokens, self.place(doc_text, e)[0], placed)
            self.kinds[e.start] = found
        return found

    def token_of(self, offset: int) -> int:
        """The first token containing ``offset`` (0 when none does)."""
        if self.ordered:
            k = bisect_right(self.starts, offset) - 1
            return k if k >= 0 and offset < self.tokens[k].end else 0
        return next((i for i, t in enumerate(self.tokens) if t.start <= offset < t.end), 0)


def _bracketed_times(tokens: Sequence[Token], times: Sequence[Time]) -> frozenset[int]:
    """(session 22) The indices of commas that open and close a time expression standing alone
    between them («، الجمعة،»، «، أمس الأحد،»): a parenthetical, no clause break."""
    out: set[int] = set()
    if not times:
        return frozenset()
    commas = [k for k, t in enumerate(tokens) if t.kind == "punct" and t.text in COMMAS]
    for a, b in zip(commas, commas[1:], strict=False):
        if b - a < 2:
            continue
        lo, hi = tokens[a + 1].start, tokens[b - 1].end
        if any(t.start <= lo and hi <= t.end for t in times):
            out.update((a, b))
    return frozenset(out)


ADJUNCT_WORDS = 5  # «، في تل مشيهيده،»، «، في ساحة الشهداء وسط بيروت،»


def _set_off_adjunct(layout: Layout, k: int, trigger_tok: int) -> bool:
    """(session 24) Whether the place at token ``k`` stands in a short phrase opened by في (or a word with ب) right
    after a comma — the first clause mark after the trigger — and closed by the next clause mark, at most
    ADJUNCT_WORDS tokens on: the trigger's place adjunct set off after a long subject or object, no clause of its
    own («وقتلت قناصاً، في تل مشيهيده، واحبطت»؛ «احتشد عدد من أعضاء المنظمات …، في ساحة الشهداء وسط بيروت،»), the
    session-22 reading of a time between commas, for a place."""
    tokens = layout.tokens
    comma = next((i for i in range(k - 1, trigger_tok, -1) if tokens[i].kind == "punct"), None)
    if comma is None or tokens[comma].text not in COMMAS or k - comma > 4:
        return False
    if layout.marks[comma] != layout.marks[trigger_tok + 1]:
        return False  # the comma is the first clause mark after the trigger
    first = tokens[comma + 1]
    if first.kind != "word" or not (first.norm in ("في", "فى") or first.norm[:1] == "ب" and first.base != first.norm):
        return False
    end = next((i for i in range(k + 1, len(tokens)) if tokens[i].kind == "punct" and tokens[i].text in CLAUSE_MARKS),
               len(tokens))
    return end - comma <= ADJUNCT_WORDS + 1


def _same_clause(layout: Layout, a: int, b: int, loose: bool = False) -> bool:
    lo, hi = min(a, b), max(a, b)
    marks = layout.loose if loose else layout.marks
    return marks[hi] == marks[lo]


def _forms(tok: Token) -> set[str]:
    """A token's normalised form, its base, and the form without a proclitic و/ف."""
    norm = tok.norm
    forms = {norm, tok.base}
    if norm[:1] in "وف":
        forms.add(norm[1:])
    return forms


def _party_place(tokens: Sequence[Token], k: int, clitic: str) -> bool:
    """(session 22) Whether the place at token ``k`` follows «مع»/«عن» or a noun of a state's body or
    people (PARTY_PREPS, STATE_NOUNS), over a quotation mark or a state's title («وحكومة جمهورية ”
    أفريقيا الوسطى ”»): a party, not where. A place carrying its own ب (``clitic``: its proclitic
    letters) is where the body is: «السفارة بجدة»."""
    if "ب" in clitic:
        return False
    j = k - 1
    while j >= 0 and (tokens[j].kind == "punct" and tokens[j].text in QUOTES
                      or tokens[j].norm in STATE_TITLES):
        j -= 1
    if j < 0:
        return False
    forms = _forms(tokens[j])
    if not forms.isdisjoint(PARTY_PREPS) or not forms.isdisjoint(STATE_NOUNS):
        return True
    if not forms.isdisjoint(AREA_NOUNS):
        if tokens[j].norm[:1] == "ب" or j == 0:
            return False  # «اللجنة … بمحافظة الطائف»: the body's seat, where it met
        j -= 1  # (session 23) «وجهاء منطقة نجران»، «لشرطة محافظة ضباء»
    norm = tokens[j].norm  # the noun itself, not a definite adjective («الانتخابات البلدية»)
    return not {norm, norm[1:], norm[2:]}.isdisjoint(BODY_NOUNS) and (
        norm in BODY_NOUNS or norm[:1] in "ولف")


def _bare_host(tokens: Sequence[Token], k: int, trigger_tok: int, leaving: bool = False,
               clitic: str = "") -> bool:
    """(session 23) Whether a bare place at token ``k`` (rank 1: not introduced) may be where the
    event happened (BARE_HOSTS): the trigger's genitive or object, after a verb of witnessing or
    entering, a noun of the ground or a gathering, or a run-in dateline at the sentence's start;
    for a withdrawal (``leaving``) the place it leaves («من العراق»). Not a place carrying «ل»
    (``clitic``: its proclitic letters): the recipient («تقدمها لإثيوبيا»)."""
    if "ل" in clitic:
        return False
    if k == 0:
        return len(tokens) > 1 and tokens[1].kind == "punct" and tokens[1].text[:1] in DATELINE_MARKS
    if k - 1 == trigger_tok:
        return True
    j = k - 1
    while j > 0 and (tokens[j].norm in STATE_TITLES or tokens[j].kind == "punct" and tokens[j].text in QUOTES):
        j -= 1  # «شهدت دولة التشيك»، «في جامعة «ويتشيتا»»
    if j == trigger_tok:
        return True
    if j > 0 and not _forms(tokens[j - 1]).isdisjoint(KIND_OF_PLACE) and tokens[j].norm[:2] == "ال":
        return True  # «في العاصمة العراقية بغداد»: a noun of a kind of place and its adjective
    forms = _forms(tokens[j])
    if not forms.isdisjoint(TO) and any(not _forms(t).isdisjoint(VISITS) for t in tokens[max(0, j - 6) : j]):
        return True  # «أثناء الزيارة التي قام بها إلى بكين»
    return not forms.isdisjoint(BARE_HOSTS) or leaving and not forms.isdisjoint(FROM)


# (session 24) the types whose object is a topic — a statement, a meeting, an agreement: a place inside a relative
# clause of a noun after the trigger is that noun's («استنكر علماء … الجريمة الإرهابية التي استهدفت رجال الأمن في عسير»:
# the crime's place, not where the condemnation was made)
TOPICAL = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "CONSULT", "AGREE", "THREATEN"})
FRAME_PREPS = match_forms("في على عن من إلى الى مع حول خلال أثناء اثناء خلال إبان ضمن")


def _prepositional(tok: Token) -> bool:
    """A preposition, or a word carrying ل/ب/ك («للعملية»، «بالكارثة»، «لمديري»)."""
    return tok.norm in FRAME_PREPS or (tok.norm[:1] in "لبك" and tok.base != tok.norm
                                       and not tok.norm.startswith("ال"))


def _in_topic_relative(layout: Layout, k: int, trigger_tok: int, locs: Sequence[Entity],
                       nominal: bool, persons: Sequence[Entity] = ()) -> bool:
    """(session 24) Whether a relative pronoun stands between the trigger and the place at token ``k`` (after
    it), qualifying a noun after the trigger: not the trigger itself — right after it, or (a verbal noun) after
    its adjectives and genitives, no preposition between («القمة الفرنكوفونية التي تعقد … في بوخارست»، «اجتماع
    المجلس … السابق الذي عقد في مدينة ابو ظبي») —, not a place (a place or a noun of a kind of place right
    before the pronoun: «في القرية التي تقع في …»), not a person («أنان الذي وصل إلى سوريا»: where he is), not a
    visit or a time frame («أثناء الزيارة التي قام بها إلى بكين»)."""
    tokens = layout.tokens
    for r in range(trigger_tok + 2, k):
        if tokens[r].kind != "word" or tokens[r].norm not in RELATIVES:
            continue
        head = tokens[r - 1]
        between = tokens[trigger_tok + 1 : r]
        if nominal and all(t.kind == "word" and not _prepositional(t) for t in between):
            return False
        if head.kind != "word" or not _forms(head).isdisjoint(KIND_OF_PLACE | VISITS) or any(
                e.start <= head.start < e.end for e in [*locs, *persons]):
            return False
        if _own_session(tokens, r):
            return False
        return not (r >= 2 and tokens[r - 2].norm in FRAME_PREPS - IN_WORDS)
    return False


# (session 24, fixd24) a session or a meeting of the trigger's own subject: «واستنكر المجلس في جلسته الاعتيادية
# التي عقدت أمس في قصر القضيبية … هذه الجريمة»، «ووافق مجلس الوزراء في جلسته التي عقدها أمس على اتفاقية …»
SESSION_NOUNS = match_forms(
    "جلسة جلسته جلستها جلستهم جلستهما جلسات جلساته جلساتها اجتماع اجتماعه اجتماعها اجتماعهم اجتماعهما "
    "اجتماعات اجتماعاته اجتماعاتها دورة دورته دورتها دوراته لقاء لقائه لقائها لقائهم لقاءات لقاءاته")


def _own_session(tokens: Sequence[Token], r: int) -> bool:
    """(session 24) Whether the relative pronoun at ``r`` qualifies a session or meeting noun (SESSION_NOUNS)
    after a preposition — «في جلسته (الاعتيادية) التي …»، «خلال اجتماعه الذي …» — over at most two adjectives or
    genitives, none a preposition: that is the event's own frame, and its place and time are the event's."""
    for j in range(r - 1, max(0, r - 4), -1):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if not _forms(tok).isdisjoint(SESSION_NOUNS):
            return j >= 1 and tokens[j - 1].norm in FRAME_PREPS
        if _prepositional(tok):
            return False
    return False


def topic_free(times: Sequence[Time], layout: Layout, trigger_tok: int, locs: Sequence[Entity], nominal: bool,
               persons: Sequence[Entity] = ()) -> list[Time]:
    """(session 24) The time expressions that may date an event of a TOPICAL type: not one after the trigger in
    a relative clause of a noun after it (:func:`_in_topic_relative`) — «الموافقة على اتفاقية بشأن حماية التراث …
    التي أقرها المؤتمر العام … في دورته (31) المنعقدة (باريس) بتاريخ 17/8/1422» dates the convention, not the
    cabinet's approval. Only in the trigger's clause: past a clause mark the relative clause has ended or the
    time is another clause's («…لمصابي التفجير الذي حدث في مسجد …، وذلك في مستشفى قوى الأمن بالرياض أمس»)."""
    lo, hi = layout.tokens[0].start, layout.tokens[-1].end
    return [t for t in times if not (lo <= t.start < hi and t.start > layout.tokens[trigger_tok].end
                                     and _same_clause(layout, layout.token_of(t.start), trigger_tok)
                                     and _in_topic_relative(layout, layout.token_of(t.start), trigger_tok, locs,
                                                            nominal, persons))]


def _complement(tokens: Sequence[Token], j: int) -> bool:
    return tokens[j].kind == "word" and tokens[j].norm in COMPLEMENTISERS and (
        j == 0 or tokens[j - 1].norm not in TIME_BEFORE_THAT)


def _across_complementiser(tokens: Sequence[Token], k: int, trigger_tok: int) -> bool:
    """(session 23) Whether the place at token ``k`` and the trigger stand on the two sides of the
    complementiser of a saying verb (SAYING), the first of them in the saying clause — between the
    verb and its complementiser: «قال … في الرياض إن الهجوم …» (the attack's place is not Riyadh),
    «أكد الوزير أن القوات في الموصل» (the saying's is not Mosul). A place or trigger inside an
    earlier reported clause («وأضافت أن مقاتليها … في منطقة سناح، مشيرة إلى أن مواجهات») is not."""
    lo, hi = sorted((k, trigger_tok))
    for j in range(lo + 1, hi):
        if not _complement(tokens, j):
            continue
        v = j - 1
        while v >= 0 and not _complement(tokens, v) and not base_in(tokens[v], SAYING):
            v -= 1
        if v >= 0 and v <= lo and base_in(tokens[v], SAYING):
            return True
    return False


# (session 22) how much ground a kind of place covers: a place lies only in a larger or equal one
SIZE = {"water": 5, "country": 4, "territory": 4, "region": 3, "capital": 2, "city": 2, "town": 1,
        "district": 1, "landmark": 1}


def _holds(inner: Entity, outer: Entity, compass: bool) -> bool:
    """(session 22) Whether ``inner``, joined to ``outer`` by a containment link or (``compass``) by a
    compass word, is the more specific place of the two: not one state in another, not a place of
    another country; by في/ب or a noun of a kind of place, not a larger kind of place in a smaller
    («النرويج في أوسلو»); by a compass word ``outer`` is only the reference («محافظة إب جنوب العاصمة
    صنعاء»: Ibb)."""
    if inner.kind == "country" == outer.kind:
        return False
    if inner.country and outer.country and inner.country != outer.country:
        return False
    return compass or SIZE.get(inner.kind or "", 0) <= SIZE.get(outer.kind or "", 0)


def _inner(layout: Layout, best: Entity, ranked: list[tuple[int, int, Entity]],
           trigger_tok: int) -> Entity:
    """(session 22) A place named right before the chosen one and joined to it by a preposition, a
    noun of a kind of place or a compass word (CONTAINER_LINKS; not «و»: «قعطبة ومنطقة مريس» are
    two places) is where when :func:`_holds` allows — «في قرية الجنادبة في مديرية أرحب»، «في مدينة
    مديات في محافظة ماردين جنوب شرق تركيا» (step by step) — unless the trigger stands in a relative
    clause of the chosen place («إب جنوب العاصمة صنعاء التي شهدت رفع حالة الطوارئ»)."""
    tokens = layout.tokens
    last = layout.token_of(best.end - 1)
    if last + 1 < trigger_tok and tokens[last + 1].norm in RELATIVES:
        return best
    seen = {best.start}
    while True:
        k = layout.token_of(best.start)
        for _, _, e in ranked:
            if e.end > best.start or e.start in seen:
                continue
            j = layout.token_of(e.end - 1)
            between = tokens[j + 1 : k]
            if 1 <= len(between) <= 3 and all(
                    t.kind == "word" and not {t.norm, t.base}.isdisjoint(CONTAINER_LINKS)
                    and t.norm[:1] != "و" for t in between) and _holds(
                    e, best, any(t.norm in COMPASS or t.base in COMPASS for t in between)):
                best = e
                seen.add(e.start)
                break
        else:
            return best


INNER_KINDS = frozenset({"city", "capital", "region", "town", "district"})


def _within(best: Entity, ranked: list[tuple[int, int, Entity]]) -> Entity:
    """(session 20) A country gives way to the nearest place of its own with a point (a city, a
    province) introduced in the same clause (rank 0): the city where a city is named."""
    if best.kind != "country" or not best.country:
        return best
    inner = [(d, e) for rank, d, e in ranked
             if rank == 0 and e.kind in INNER_KINDS and e.lat is not None and e.country == best.country]
    return min(inner, key=lambda r: r[0])[1] if inner else best


def locate(
    doc_text: str,
    tokens: Sequence[Token],
    trigger_tok: int,
    entities: Sequence[Entity],
    actors: ActorLexicon,
    taken: Sequence[tuple[int, int]] = (),
    layout: Layout | None = None,
    refined: bool = False,
    leaving: bool = False,
    topical: str = "",
    persons: Sequence[Entity] = (),
) -> Location | None:
    """The location of the event whose trigger is token ``trigger_tok`` of ``tokens``.

    ``taken``: spans of the event's actors and recipients (a place named as a participant,
    الولايات المتحدة شنت, is not where the event happened). A place in another clause counts
    only when introduced by في/ب before the trigger (وفي الموصل، قتل …). ``layout``: the
    tokens' :class:`Layout`, when the caller locates several events of one sentence.
    ``refined`` (session 22): the output location (module docstring); without it the session-20
    choice the filter's ``place`` feature reads. ``leaving`` (session 23): the event is a withdrawal,
    whose bare place after «من» is the place it leaves. ``topical`` (session 24): "verb" or "noun" when the event's
    type has a topic for its object (TOPICAL) — a place in a relative clause of a noun after the trigger is not
    where —, the trigger's kind; ``persons``: the sentence's PERS entities (a relative of a person is kept).
    """
    if not tokens:
        return None
    pos = tokens[trigger_tok].start
    if layout is None or layout.tokens is not tokens:
        layout = Layout(tokens)
    locs = [e for e in layout.locs(entities) if not any(a < e.end and e.start < b for a, b in taken)]
    if refined and locs:
        # (session 23) the sentence's places all parties: none is where, and the gazetteer's
        # fallback below (for sentences without place entities) does not bring one back
        locs = [e for e in locs if not _party_place(tokens, layout.place(doc_text, e)[0], doc_text[
            tokens[layout.place(doc_text, e)[0]].start : e.start])]
        if not locs:
            return None
    if locs:
        ranked = []
        other_role = False
        for e in locs:
            k, intro = layout.place(doc_text, e)
            if refined and _across_complementiser(tokens, k, trigger_tok):
                continue  # (session 23) «قال … في الرياض إن الهجوم …»
            if refined and topical and k > trigger_tok and _in_topic_relative(
                    layout, k, trigger_tok, locs, topical == "noun", persons):
                continue  # (session 24) «استنكر … الجريمة التي استهدفت رجال الأمن في عسير»
            if _same_clause(layout, k, trigger_tok):
                named = intro or layout.kind_named(doc_text, e, layout.locs(entities))
                if refined and not named and not _bare_host(tokens, k, trigger_tok, leaving,
                                                            doc_text[tokens[k].start : e.start]):
                    other_role = True
                    continue  # (session 23) a bare place of another role
                ranked.append((0 if named else 1, abs(e.start - pos), e))
            elif refined and _same_clause(layout, k, trigger_tok, loose=True) and (
                    intro or layout.kind_named(doc_text, e, layout.locs(entities))):
                # (session 22) «وتظاهر آلاف العراقيين، الجمعة، في بغداد»: only a place introduced
                ranked.append((0, abs(e.start - pos), e))
            elif refined and _set_off_adjunct(layout, k, trigger_tok) and (
                    intro or layout.kind_named(doc_text, e, layout.locs(entities))
                    or _bare_host(tokens, k, trigger_tok, clitic=doc_text[tokens[k].start : e.start])):
                # (session 24) «احتشد عدد من أعضاء المنظمات، في ساحة الشهداء وسط بيروت، احتجاجًا»
                ranked.append((0, abs(e.start - pos), e))
            elif intro and e.start < pos:
                ranked.append((2, abs(e.start - pos), e))
        if ranked and not (other_role and min(r[0] for r in ranked) == 2):
            # (session 23) a place of another clause does not stand in for the trigger's clause's
            # bare place of another role: that clause names who acts, not where
            e = min(ranked, key=lambda r: (r[0], r[1]))[2]
            e = _within(e, ranked)
            if refined:
                e = _inner(layout, e, ranked, trigger_tok)
            return Location(start=e.start, end=e.end, text=doc_text[e.start:e.end],
                            name=e.canonical, country=e.country, lat=e.lat, lon=e.lon,
                            entity=e.entity)
        return None
    best: tuple[int, int, int, str, int] | None = None
    for k, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        hit = actors.country_span(tokens, k)
        if hit is None:
            continue
        end, iso3, kind, clitic = hit
        if not _introduced(tokens, k, tok.norm[:clitic]):
            continue
        if any(a < tokens[end - 1].end and tok.start < b for a, b in taken):
            continue
        if kind not in ("name", "capital"):
            continue
        d = abs(tok.start - pos)
        if best is None or d < best[0]:
            best = (d, k, end, iso3, clitic)
    if best is None:
        return None
    _, k, end, iso3, clitic = best
    sp = token_span(doc_text, tokens[k], tokens[end - 1], clitic)
    return Location(start=sp.start, end=sp.end, text=sp.text, name=sp.text, country=iso3)

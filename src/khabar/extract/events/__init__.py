"""PLOVER events (issue 6): the pipeline stage that fills ``Document.events``.

Per sentence: find triggers (:mod:`.triggers`), merge the words of one event (هجوم انتحاري
بسيارة مفخخة), read the frame (:mod:`.modality`), find actor phrases (:mod:`.actors`) and
assign roles (:mod:`.roles`), keep only reported occurrences (:mod:`.evidence`), then add
mode, contexts, location, date, attribution and the PLOVER score. Design and decisions:
docs/events.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.document import Actor, Document, Event, Quote, Span, Token
from khabar.extract.entities.overlap import Within
from khabar.extract.events.actors import ActorLexicon, Phrase, actor_lexicon, kingdom_resolver
from khabar.extract.events.contexts import SportsDoc, contexts
from khabar.extract.events.dates import event_date, linked_dates, mark_report_day
from khabar.extract.events.evidence import (
    ARMED,
    CHECKED,
    GATHERING,
    historical,
    keep,
)
from khabar.extract.events.features import event_features
from khabar.extract.events.inherit import RELATIVES, from_list, from_sequence, planned, reading
from khabar.extract.events.lexicon import PhraseIndex, expand, imperfect, read_tsv
from khabar.extract.events.location import TOPICAL, Layout, locate, topic_free
from khabar.extract.events.modality import modality_lexicon
from khabar.extract.events.model import LogReg, applies, sentence_keeps
from khabar.extract.events.named import link_named
from khabar.extract.events.party_roles import complete as complete_parties
from khabar.extract.events.roles import (
    able_agent,
    assign,
    chained,
    coloured,
    group_victims,
    least_partitive,
    met_death,
    others,
    paired_masdars,
    past_place,
    ranked,
    ranked_genitive,
    slashed_victim,
    took_lives,
    unreported,
    untitled,
    where_subject,
)
from khabar.extract.events.spans import clitic_letters, shown_end, token_span
from khabar.extract.events.targets import OFFICIAL_BODIES, state
from khabar.extract.events.trigger_senses import named_tokens
from khabar.extract.events.trigger_senses21 import inside_name
from khabar.extract.events.triggers import GOLD_TYPES, Candidate, counted, lexicon
from khabar.text.normalize import match_form

MERGE_WINDOW = 4
# Trigger modes that say more than any weapon cue of the sentence.
OWN_MODE_FIRST = frozenset({"targeted", "abduct", "torture", "release", "resign", "withdraw",
                            "strike", "hunger", "boycott", "riot", "obstruct"})
# A threatened action -> THREATEN mode.
THREAT_MODE = {"ASSAULT": "violence", "COERCE": "arrest", "SANCTION": "restrict",
               "RETREAT": "relations", "MOBILIZE": "violence"}
# Verbal cooperation stated in the future is AGREE (PLOVER rule).
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
OFFICIAL = OFFICIAL_BODIES
# (session 14) security forces: their gathering at a protest is a deployment, no event of its own
SECURITY = frozenset({"MIL", "COP"})


@lru_cache(maxsize=1)
def _scores() -> dict[tuple[str, str], float]:
    return {(r[0], r[2]): float(r[3]) for r in read_tsv("scores.tsv")}


@lru_cache(maxsize=1)
def _mode_cues() -> list[tuple[str, str, PhraseIndex]]:
    out = []
    for row in read_tsv("modes.tsv"):
        type_, mode, kind, forms = row[0], row[1], row[2], row[3]
        ix = PhraseIndex()
        ix.add_forms(expand(kind, forms), mode)
        out.append((type_, mode, ix))
    return out


def score(type_: str, mode: str | None) -> float | None:
    """The PLOVER score of a type and mode (the base score when the mode has none)."""
    table = _scores()
    return table.get((type_, mode or "-"), table.get((type_, "-")))


# Session 10 (ev-ap10's audit): a canister of tear gas or a sound grenade (قنابل الغاز المسيل للدموع،
# قنابل مسيلة للدموع، القنابل الصوتية) is crowd control, no explosive: the bomb word right before
# one of these is no `explosives` cue (modes.tsv lists them as crowd-control).
CROWD_CONTROL_NEXT = frozenset(match_form(w) for w in (
    "الغاز غاز مسيلة المسيلة المسيل مسيل الدخان دخان الصوتية صوتية الصوت"
).split())


@lru_cache(maxsize=16)
def _mode_union(type_: str) -> PhraseIndex:
    """The type's rows of :func:`_mode_cues` as one index whose payloads are ``(row, mode)``:
    one walk of a sentence instead of one per row (perf22; ~12 rows for ASSAULT and PROTEST)."""
    out = PhraseIndex()
    for k, (t, mode, ix) in enumerate(_mode_cues()):
        if t == type_:
            for first, entries in ix._first.items():
                out._first.setdefault(first, []).extend((rest, (k, mode)) for rest, _ in entries)
    return out


def _sentence_mode(type_: str, tokens: Sequence[Token]) -> str | None:
    """The mode of the first row of ``modes.tsv`` (file order) for ``type_`` that a token of
    the sentence starts (an ``explosives`` cue followed by a tear-gas word does not count)."""
    best: int | None = None
    n = len(tokens)
    for found in _mode_union(type_).matches_by_position(tokens):
        if not found:
            continue
        rows: dict[int, list] = {}
        for m in found:
            rows.setdefault(m.payload[0], []).append(m)
        for k, ms in rows.items():
            if best is not None and k >= best:
                continue
            if ms[0].payload[1] == "explosives" and all(
                    m.end < n and tokens[m.end].norm in CROWD_CONTROL_NEXT for m in ms):
                continue  # قنابل الغاز المسيل للدموع: tear gas
            best = k
    return None if best is None else _mode_cues()[best][1]


ADVERBIAL_PROTEST = frozenset({"احتجاجا", "تنديدا", "رفضا"})
# session 10 (ev-ap10's audit): the purpose masdar after a protest (تظاهر آلاف …، للاحتجاج على
# الفساد) names its cause, like the adverbial — one event, not a second one without protesters
PURPOSE_PROTEST = frozenset(match_form(w) for w in "للاحتجاج وللاحتجاج للتنديد وللتنديد".split())


def _merge(cands: list[Candidate], toks: Sequence[Token]) -> list[list[Candidate]]:
    """Group same-type candidates that are within a few tokens of each other; an adverbial
    «احتجاجا على» joins the protest it qualifies anywhere in the sentence."""
    groups: list[list[Candidate]] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.type == "PROTEST" and (toks[c.start].base in ADVERBIAL_PROTEST
                                    or toks[c.start].norm in PURPOSE_PROTEST):
            prev = [g for g in groups if g[0].type == "PROTEST"]
            if prev:
                prev[-1].append(c)
                continue
        for g in groups:
            if g[0].type == c.type and c.start - g[-1].end <= MERGE_WINDOW and not (
                c.entry.kind == "v" and any(x.entry.kind == "v" for x in g)
            ):
                g.append(c)
                break
        else:
            groups.append([c])
    return groups


# A suicide-attack nisba in a masculine form on its own is the bomber (الحي الذي يسكن به
# الانتحاري، مهاجم انتحاري), not the attack: the attack noun is feminine or takes it as its
# adjective (عملية انتحارية، هجوم انتحاري, merged with هجوم).
BOMBER = frozenset(match_form(w) for w in "انتحاري انتحاريون انتحاريين انتحاريا انتحاريان".split())


BOMBERS = frozenset(match_form(w) for w in "انتحاريون انتحاريين".split())


# Session 9 (issue #6, the 14 types): «تم/جرى» + a verbal noun is a perfect passive (وبعد 15 يوما
# تم القبض عليه): the act is done, whatever date its clause names, so the planned-date rule
# (a date after the dateline makes a verbal noun future) does not apply.
PERFECT_LIGHT = frozenset(match_form(w) for w in "تم وتم فتم جرى وجرى فجرى".split())


# Session 10: a verbal noun qualified by a participle of completion (الاتهامات المرفوعة ضد …،
# الاتفاقية الموقعة، الطلب المقدم) names an act already made: a later session or hearing in its
# clause is not its date.
COMPLETED = frozenset(match_form(w) for w in (
    "المرفوعة المرفوع المقدمة المقدم الموقعة الموقع المبرمة المبرم الصادرة الصادر الموجهة "
    "الموجه المنسوبة المنسوب السابقة السابق الأخيرة الاخيرة"
).split())


# Session 11: a verbal noun followed by a relative clause whose verb holds, conducts or announces it
# in the perfect (الاجتماع الذي عقده الوزير، الزيارة التي قام بها، المحادثات التي أجراها، مجالات التعاون
# التي أعلن عنها) names an act already made: a later date in its clause (the school year the meeting
# prepared for) is not its date. The imperfect (اللقاء الذي يعقد غدا) keeps the planned-date rule.
HELD = frozenset(match_form(w) for w in (
    "عقد عقده عقدها عقدته عقدت عقدوا عقدا انعقد انعقدت أجرى اجرى أجراه اجراه أجراها اجراها أجرت اجرت "
    "أجروا اجروا أجرته اجرته جرى جرت تم تمت قام قامت قاموا نظم نظمه نظمها نظمته نظمت استضاف استضافه "
    "استضافها استضافته استضافت احتضن احتضنه احتضنها احتضنته شهد شهده شهدها شهدته شهدت أعلن اعلن أعلنه "
    "اعلنه أعلنها اعلنها أعلنت اعلنت وقع وقعه وقعها وقعته وقعت وقعوا أبرم ابرم أبرمه ابرمه أبرمت ابرمت "
    "قدم قدمه قدمها قدمته قدمت بذل بذله بذلها بذلته بذلت ترأس ترأسه ترأسها ترأسته"
).split())


def _done(toks: Sequence[Token], head: Candidate) -> bool:
    """A verbal noun of the 14 audited types right after a perfect light verb (تم القبض), right
    before a participle of completion (الاتهامات المرفوعة) or before a relative clause that held
    it (الاجتماع الذي عقده: :data:`HELD`)."""
    return head.type not in GOLD_TYPES and (
        head.start > 0 and toks[head.start - 1].norm in PERFECT_LIGHT
        or head.end < len(toks) and toks[head.end].norm in COMPLETED
        or head.end + 1 < len(toks) and toks[head.end].norm in RELATIVES
        and toks[head.end + 1].norm in HELD)


def _bomber(c: Candidate, toks: Sequence[Token]) -> bool:
    """A plural suicide nisba is the bombers (مفجرين انتحاريين تدربوا، الانتحاريين), unless
    it qualifies an attack noun right before it (هجومين انتحاريين)."""
    n = toks[c.start].norm
    if c.mode != "suicide-attack" or (n[len(c.prefix):] if n.startswith(c.prefix) else n) not in BOMBERS:
        return False
    prev = toks[c.start - 1].norm if c.start > 0 else ""
    return not prev.startswith(("هجوم", "تفجير", "اعتداء", "عملي", "الهجوم", "التفجير"))


def _not_an_event(group: list[Candidate], toks: Sequence[Token]) -> bool:
    """A group made only of words that qualify an event without being one: the bomber
    (الانتحاري) or an adverbial «احتجاجا على» with no protest to attach to (احتجاجا على
    القرار after a resignation or a self-immolation)."""
    def word(c: Candidate) -> str:
        n = toks[c.start].norm
        return n[len(c.prefix):] if n.startswith(c.prefix) else n
    if all(c.mode == "suicide-attack" and word(c) in BOMBER for c in group):
        return True
    return all(c.type == "PROTEST" and toks[c.start].base in ADVERBIAL_PROTEST for c in group)


def _head(group: list[Candidate]) -> Candidate:
    """The trigger that represents a merged group: a verb, else a counted protester, else a
    strong noun, else the first."""
    for c in group:
        if c.verbal:
            return c
    for c in group:
        if counted(c):  # (session 23) عدد الأسرى المضربين … احتجاجا: the adverbial qualifies it
            return c
    for c in group:
        if c.entry.strong and c.entry.kind != "w":
            return c
    return group[0]

# Storming (اقتحم): a raid when a force or an armed group storms, an incursion when settlers or a
# gang do (اقتحم مستوطنون باحات المسجد): irregular actors corroborate the other weak attack verbs
STORMING = frozenset({"اقتحم"})


class EventStage:
    """Codes PLOVER events from Arabic text into ``doc.events``."""

    name = "events"
    layer = "events"

    def __init__(self, model: LogReg | None | str = "default", lift_vetoes: bool = False) -> None:
        self.model: LogReg | None = LogReg.load() if model == "default" else model  # type: ignore[assignment]
        # (session 24) evidence.keep's precision vetoes lifted for asserted ASSAULT candidates:
        # an evaluation setting only (khabar.eval.events --lift-vetoes), never the pipeline's
        self.lift_vetoes = lift_vetoes
        self.triggers = lexicon()
        self.actors: ActorLexicon = actor_lexicon()
        self.modality = modality_lexicon()
        _scores()
        _mode_cues()

    def __call__(self, doc: Document) -> list[Event]:
        events: list[Event] = []
        pairs = self.code(doc)
        for (ev, _), kept in zip(pairs, sentence_keeps(
                pairs, lambda e, f: not self.filtered(e, f)), strict=True):
            if not kept:
                continue
            ev.id = f"ev{len(events) + 1}"
            events.append(ev)
        link_named(events, doc.entities)  # a group named inside a participant (session 24)
        return events

    def filtered(self, ev: Event, feats: list[str]) -> bool:
        """Whether the learned filter rejects an event (see :func:`.model.applies`)."""
        if self.model is None or not applies(ev, feats):
            return False
        p = self.model.prob(feats)
        ev.confidence = round(p, 3)
        return p < self.model.threshold

    def code(self, doc: Document) -> list[tuple[Event, list[str]]]:
        """Every event the rules find, with its filter features (before the learned filter)."""
        out: list[tuple[Event, list[str]]] = []
        kingdom = kingdom_resolver(doc)  # what a bare «المملكة» stands for, by offset
        by_sent = kingdom.sentence_tokens()
        index = _Index(doc)
        sports = SportsDoc(self.triggers, doc.tokens)
        for si, sent in enumerate(doc.sentences):
            toks = by_sent.get(si, [])
            if toks:
                out.extend(self._sentence(doc, sent, toks, len(out), kingdom, index, sports))
        return out

    def _sentence(self, doc: Document, sent: Span, toks: list[Token], offset: int,
                  kingdom: Callable[[int], str | None] | None = None,
                  index: _Index | None = None,
                  sports: SportsDoc | None = None) -> list[tuple[Event, list[str]]]:
        index = index or _Index(doc)
        ents = index.entities.inside(sent.start, sent.end)
        finds = getattr(kingdom, "finds", None)  # (perf16b) shared with actors._person_titles
        named = named_tokens(toks, ents)
        cands = self.triggers.find(toks, self.actors.words, named) if finds is None else \
            self.triggers.find_in(finds, toks, self.actors.words, named)
        if not cands:
            return []
        # the entities and times of the sentence stand for the document's in the scans of
        # locate and event_date, which keep only those inside the sentence's tokens
        inner = toks[0].start >= sent.start and toks[-1].end <= sent.end
        loc_ents = ents if inner else doc.entities
        times = index.times.inside(sent.start, sent.end)
        layout = Layout(toks, times)
        persons = [e for e in ents if e.label == "PERS"]
        modes: dict[str, str | None] = {}  # _sentence_mode of the sentence by event type
        # (session 23) a counted protester (عدد المتظاهرين) names the crowd it triggers for: no stop
        stop = {j for c in cands if c.entry.strong and not counted(c) for j in range(c.start, c.end)}
        phrases = self.actors.phrases(toks, ents, stop, kingdom)
        out: list[tuple[Event, list[str]]] = []
        framed = []
        earlier: list[tuple[int, str]] = []  # (start, modality) of the sentence's events so far
        topics: list[int] = []  # ends of blocked ASSAULT/PROTEST triggers (a topic, no report)
        condemned = _condemned_acts(toks, self.modality.words["condemn"])
        reacted = _condemned_acts(toks, REACTIONS)  # (session 14) أعرب عن صدمته للهجوم
        chain: list[Phrase] = []  # the last verb's subject, for coordinated verbs
        cands = [c for c in cands if not _bomber(c, toks) and not inside_name(c, named)]  # evt21
        groups = _merge(cands, toks)
        for group in groups:
            if _not_an_event(group, toks):
                continue
            head = _head(group)
            nxt = next((c.start for g in groups for c in g
                        if c.start > group[-1].start and c.type == head.type), None)
            frame = self.modality.frame(toks, head.start, head.verbal, head.prefix, head.entry.lemma,
                                        head.also_noun, head.type)
            for c in group:
                if c.start < head.start:  # ساعدوا في التخطيط لهجوم انتحاري: the cue frames هجوم
                    frame.absorb(self.modality.frame(toks, c.start, c.verbal, c.prefix, c.entry.lemma,
                                                     type_=c.type))
            if head.type == "ASSAULT" and any(c.mode == "torture" for c in group) \
                    and _claimed(toks, min(c.start for c in group)):
                frame.block = True  # قال إنه تعرض للتعذيب: the victim's allegation
            if _purpose(toks, head) and frame.modality == "asserted":
                frame.modality = "hypothetical"  # purpose: لقطع الطريق، للاحتشاد، ليفجر نفسه
            # يتبعه سحب القوات (a masdar even when it looks like a perfect verb)
            frame.modality = from_sequence(frame, earlier, head.start) or frame.modality
            if head.type not in GOLD_TYPES and frame.modality == "asserted":
                frame.modality = from_list(toks, earlier, head.start, head.prefix, head.verbal) \
                    or frame.modality  # نأمل أن يتم … والتفاوض … وإطلاق سراح المعتقلين
            if not head.verbal and frame.modality == "asserted" and not _done(toks, head) \
                    and planned(doc.times, sent, toks[head.start].start, doc.published):
                frame.modality = "future"  # لانسحاب مئات من القوات بنهاية عام 2026
            if head.type in CHECKED and not frame.block and _described_topic(toks, topics, head.start):
                frame.block = True  # استنكر الاعتداء على المزرعة، التي أودت بحياة 8 وجرح آخرين
            if head.type == "ASSAULT" and not frame.block and (
                    _described_topic(toks, condemned + reacted, head.start)
                    or any(c.end in reacted and not c.verbal for c in group)):
                frame.block = True  # (session 14) استنكر … العمل الإرهابي الذي استهدف المسجد
            if head.type in CHECKED and frame.block:
                topics.append(group[-1].end)
            earlier.append((head.start, frame.modality))
            if frame.threaten and head.type not in ("THREATEN", "ACCUSE", "REQUEST"):
                framed.append(head)
                continue
            actors, recips = assign(toks, head, phrases, nxt)
            actors = chained(toks, head, actors, recips, chain)  # هاجم مسلحون … وقتلوا
            chain = actors if head.verbal and actors else chain
            taken = [(toks[p.start].start, toks[p.end - 1].end) for p in actors + recips]
            loc = locate(doc.text, toks, head.start, loc_ents, self.actors, taken, layout)
            # (session 22) the output place; the filter reads whether the session-20 choice has one
            # (session 24) a visit happens in the place visited, its recipient («زيارة طهران»، «يزور بريطانيا»)
            where = locate(doc.text, toks, head.start, loc_ents, self.actors,
                           () if head.entry.mode == "visit" else taken, layout, refined=True,
                           leaving=head.type == "RETREAT", topical=("noun", "verb")[head.verbal] if head.type in TOPICAL else "",
                           persons=persons)
            armed = any(a.sector in ARMED  # هاجم مستوطنون: irregular attackers, sector CVL
                        or head.entry.lemma not in STORMING
                        and self.triggers.group_at("irregular", toks, a.start, a.end) is not None
                        for a in actors)
            ok, conc = keep(self.triggers, toks, head, frame, len(actors) + len(recips),
                            loc is not None, armed, len(actors), self.lift_vetoes)
            strong = next((c for c in group if c is not head and c.entry.strong), None)
            if not ok and strong is not None and head.type not in CHECKED:
                # توصل الطرفان إلى اتفاق: the weak verb heads the group, but the strong noun
                # it needs is an event word by itself
                ok, conc = keep(self.triggers, toks, strong, frame, len(actors) + len(recips),
                                loc is not None, armed)
            if ok and head.type not in CHECKED and sports is not None \
                    and sports.drops(toks, head.type):
                ok = False  # a sports report: the club's talks, the coach's resignation
            if not ok:
                continue
            type_ = head.type
            own = [c.mode for c in group if c.mode]
            mode = next((m for m in own if m in OWN_MODE_FIRST), None)
            if type_ not in modes:
                modes[type_] = _sentence_mode(type_, toks)
            mode = mode or modes[type_] or (own[0] if own else None)
            if type_ == "PROTEST" and actors and actors[0].sector in OFFICIAL \
                    and _condemner_of(toks, actors[0], head, self.modality.words["condemn"]):
                # أدانت الوزارة تجمع المتظاهرين: the ministry condemns, the crowd protests
                crowd = [p for p in recips if p.sector not in OFFICIAL][:1]
                actors, recips = crowd, [p for p in recips if p not in crowd]
            if type_ == "PROTEST" and actors and actors[0].sector in SECURITY \
                    and match_form(head.entry.lemma) in GATHERING:
                continue  # (session 14) احتشدت قوات الأمن في محيط الساحة: forces massing, no event
            if type_ == "PROTEST" and actors and (actors[0].sector in OFFICIAL or state(actors[0])
                                                  and head.entry.lemma in ("احتج", "احتجاج")):
                if head.entry.lemma in ("احتج", "احتجاج"):
                    type_, mode = "ACCUSE", "disapprove"  # احتجت الخارجية: a diplomatic protest
                else:
                    type_, mode = "COERCE", "restrict"  # أغلقت الشرطة الشوارع: not a protest
            if type_ == "ASSAULT" and _cyber(toks, group):
                type_, mode = "COERCE", "cyber"  # هجوم إلكتروني: no physical harm
            elif type_ == "ASSAULT" and _verbal_attack(toks, head):
                type_, mode = "ACCUSE", "disapprove"  # شن هجوما عنيفا على الحكومة: criticism
            if type_ in FUTURE_AGREE and frame.modality == "future":
                type_, mode = "AGREE", None
            if type_ == "THREATEN":
                mode = None
            hist = historical(toks, head)
            feats = event_features(self.triggers, toks, head, group, frame, mode, actors, recips,
                                   loc is not None, hist)
            if type_ == "ASSAULT" and not recips and not actors:
                # (session 17) وجرح 400 آخرون: after the features, so that the filter's inputs and
                # whether it judges the event (no full actor–recipient pair) do not move
                recips = others(toks, head, phrases, actors, recips)
            if type_ == "ASSAULT":
                # (session 22) the victims of a casualty masdar merged before the attack verb and
                # of «لقي X مصرعه» before it, after the features too (the filter's inputs do not move)
                actors, recips = able_agent(toks, head, phrases, actors, recips)  # تمكن X من قتل Y
                recips = group_victims(toks, group, head, phrases, actors, recips)
                recips = met_death(toks, head, phrases, actors, recips)
                # (session 23) «مقتل وإصابة X»، «… مما أودى بحياة X»
                recips = paired_masdars(toks, head, phrases, actors, recips)
                recips = took_lives(toks, head, phrases, nxt, actors, recips)
                recips = [least_partitive(toks, phrases, p) for p in recips]  # عنصرا على الأقل من …
                recips = [untitled(toks, p, ents) for p in recips]  # نائب رئيس البلدية فلان
                actors = [untitled(toks, p, ents) for p in actors]  # (session 23) the same for actors
                # (session 24) «مقتل العقيد فلان»: the victim behind a rank; a one-word rank joins a name
                recips = ranked_genitive(toks, head, phrases, ents, actors, recips)
                recips = slashed_victim(toks, head, phrases, actors, recips)  # قتل / فلان
                recips = [coloured(toks, ranked(toks, p, phrases, ents), phrases) for p in recips]
                actors = [coloured(toks, ranked(toks, p, phrases, ents), phrases) for p in actors]
                actors = unreported(toks, head, actors)  # (session 24) أوضح الجيش إن الانفصاليين هاجموا
                actors = where_subject(toks, head, phrases, actors, recips)  # أعلنت X …، حيث شنت هجمات
                # (session 23) «في الموصل شمال العراق اغتال مسلحون»: the place of a place, no party
                actors = [p for p in actors if not past_place(toks, head, p, phrases, ents)]
                recips = [p for p in recips if not past_place(toks, head, p, phrases, ents)]
            if head.type not in CHECKED and type_ not in CHECKED:  # (session 15) the 14 other types
                actors, recips = complete_parties(toks, head, phrases, actors, recips)
            trig = token_span(doc.text, toks[head.start], toks[head.end - 1],
                              clitic_letters(head.prefix))
            ev = Event(
                id=f"ev{offset + len(out) + 1}", type=type_, mode=mode,
                contexts=contexts(toks, type_, mode), modality=frame.modality,
                # (session 21) a plan is no past event retold: «سيغادرون بحلول سبتمبر 2025»
                # names the year it is planned for (the filter reads `hist` above, and only
                # for asserted events, so no feature or decision moves)
                hedged=frame.hedged, historical=hist and frame.modality != "future", trigger=trig,
                sentence=Span(start=sent.start, end=sent.end, text=sent.text),
                actor=[_actor(doc.text, toks, p) for p in actors],
                recipient=[_actor(doc.text, toks, p) for p in recips],
                location=where,
                date=mark_report_day(event_date(topic_free(times, layout, head.start, layout.locs(loc_ents),
                                                           not head.verbal, persons)
                                                if head.type in TOPICAL else times,
                                                sent, trig.start, doc.published),
                                     frame.modality, hist),
                score=score(type_, mode), confidence=round(min(1.0, 0.4 + 0.15 * conc), 2),
            )
            _attribute(ev, index.quotes.covering(ev.trigger.start, ev.trigger.end))
            out.append((ev, feats))
        _threat_modes([ev for ev, _ in out], framed, toks, doc.text)
        _retaliation(out, toks, doc.text)
        linked_dates([ev for ev, _ in out], toks)  # (session 23) ما دفع … إلى شن ضربات
        return out


# The complementiser with its subject pronoun (إنه، أنها، بأنهم) and what may stand between it
# and the act (تعرض ل، قد، كان): «قال إنه تعرض للتعذيب».
CLAIM_SUBJECT = frozenset(match_form(w) for w in (
    "انه انها انهم انهما انهن إنه إنها إنهم أنه أنها أنهم بانه بانها بانهم بأنه بأنها بأنهم"
).split())
CLAIM_BETWEEN = frozenset(match_form(w) for w in (
    "تعرض تعرضت تعرضوا تعرضا يتعرض تتعرض يتعرضون قد كان كانت كانوا ظل ظلت"
).split())


def _claimed(toks: Sequence[Token], first: int) -> bool:
    """Torture told as the victim's own allegation — a complementiser with its subject
    pronoun right before the act (قال إنه تعرض للتعذيب، أبلغهم أنهم عذبوا، يؤكد أنها تعرضت
    للتعذيب): ill-treatment is mostly reported as a claim of the detainee or their lawyers,
    not as an occurrence the report vouches for."""
    j = first - 1
    while j >= 0 and toks[j].kind == "word" and toks[j].norm in CLAIM_BETWEEN:
        j -= 1
    return j >= 0 and toks[j].norm in CLAIM_SUBJECT


TOPIC_REACH = 12  # words from a blocked trigger to an act in its relative clause
RELATIVE_REACH = 7  # words from a blocked trigger to the relative pronoun (its phrase between)
RELATIVE_PRONOUNS = frozenset(match_form(w) for w in (
    "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي والذي والتي والذين"
).split())


def _described_topic(toks: Sequence[Token], topics: Sequence[int], start: int) -> bool:
    """Whether the trigger at ``start`` stands in a relative clause that describes an earlier
    blocked trigger of the sentence — a condemned, tried or recalled attack and its toll
    (نددت بالاعتداء على المزرعة، التي أودت بحياة ثمانية أشخاص وجرح آخرين; محاكمة منفذي
    التفجير الذي قتل فيه 20): the casualties belong to the topic, not to a new report. The
    pronoun within :data:`RELATIVE_REACH` words of the blocked trigger, the act within
    :data:`TOPIC_REACH`, no stop or semicolon between."""
    for end in topics:
        if end > start:
            continue
        # too many words between (counted only up to one past the reach), then a stop
        n = 0
        for k in range(end, start):
            n += toks[k].kind == "word"
            if n > TOPIC_REACH:
                break
        if n > TOPIC_REACH:
            continue
        span = toks[end:start]
        if any(t.kind == "punct" and t.text in ".;:!?؛" for t in span):
            continue
        words = []
        for k, t in enumerate(span):
            if t.kind == "punct" and t.text in ",،" and k + 1 < len(span) \
                    and span[k + 1].text.startswith(("و", "ف")) and span[k + 1].norm not in RELATIVE_PRONOUNS:
                break  # «الهجوم، وقال الضابط الذي …»: a new clause, not the topic's description
            if t.kind == "word":
                words.append(t)
        if any(t.norm in RELATIVE_PRONOUNS for t in words[:RELATIVE_REACH]):
            return True
    return False


# (session 14) Definite nouns that name an act as a thing (العمل الإرهابي، الحادث، الجريمة،
# العملية) and the attack nouns: after a condemnation, a relative clause on them describes the
# condemned attack («استنكر … العمل الإرهابي الذي استهدف مسجد قوات الطوارئ»), no new report.
ACT_REFERENCES = frozenset(match_form(w) for w in (
    "عمل حادث حادثة جريمة عملية اعتداء هجوم تفجير استهداف"
).split())
CONDEMNED_REACH = 20  # words from a condemnation to the act it names
# (session 14) Reactions to an act (shock, regret, grief, condolences): the act named after them
# is known, not reported — «أعرب عن صدمته للهجوم على مقر المراقبين»، «عن بالغ حزنه وأسفه للحادث»
REACTIONS = frozenset(match_form(w) for w in (
    "صدمته صدمتها صدمتهم أسفه أسفها أسفهم حزنه حزنها حزنهم تعازيه تعازيها تعازيهم تعزية التعازي "
    "مواساة مواساته"
).split())


def _condemned_acts(toks: Sequence[Token], condemn: frozenset[str]) -> list[int]:
    """Ends of the definite act nouns a condemnation names in its clause (the first within
    :data:`CONDEMNED_REACH` words, no stop between): topics for :func:`_described_topic`."""
    out: list[int] = []
    for c, t in enumerate(toks):
        if reading(t, condemn) is None:
            continue
        for k in range(c + 1, min(len(toks), c + 1 + CONDEMNED_REACH)):
            if toks[k].kind == "punct" and toks[k].text in ".;:!?؛":
                break
            if toks[k].base in ACT_REFERENCES and toks[k].prefix.endswith(("ال", "لل")):
                out.append(k + 1)
                break
    return out


def _condemner_of(toks: Sequence[Token], actor: Phrase, head: Candidate,
                  condemn: frozenset[str]) -> bool:
    """Whether a condemnation word stands between an actor phrase and the trigger after it
    (أدانت الوزارة تجمع المتظاهرين، الحكومة تستنكر قيام المتظاهرين بالتجمع): the phrase is
    the subject of the condemnation, not of the protest."""
    if actor.start >= head.start:
        return False
    lo = max(0, actor.start - 1)  # the verb before its subject: أدانت الوزارة
    return any(reading(toks[j], condemn) is not None for j in range(lo, head.start)
               if not actor.start <= j < actor.end)


def _purpose(toks: Sequence[Token], head: Candidate) -> bool:
    """A verb with the purpose ل: any protest verb form (لقطع الطريق، للاحتشاد) or the
    imperfect of another verb (ليفجر نفسه، ليقتل); a perfect after ل is a noun (لقتل)."""
    if head.entry.kind != "v" or not head.prefix.endswith("ل") or head.prefix.endswith("ال"):
        return False
    return head.type == "PROTEST" or imperfect(toks[head.start], head.prefix, head.entry.lemma)


def _actor(text: str, toks: Sequence[Token], p: Phrase) -> Actor:
    sp = token_span(text, toks[p.start], toks[shown_end(p) - 1], p.clitic)
    return Actor(start=sp.start, end=sp.end, text=sp.text, country=p.country, sector=p.sector,
                 entity=p.entity)


class _Index:
    """A document's entities, times and quote contents indexed by offset, built once."""

    def __init__(self, doc: Document) -> None:
        self.entities = Within(doc.entities, lambda e: (e.start, e.end))
        self.times = Within(doc.times, lambda t: (t.start, t.end))
        self.quotes = Within(doc.quotes, lambda q: (q.content.start, q.content.end))


def _attribute(ev: Event, quotes: Sequence[Quote]) -> None:
    """Link an event to the innermost quote whose content contains its trigger (``quotes``:
    the document's, or just those whose content covers the trigger, in document order)."""
    best: Quote | None = None
    for q in quotes:
        c = q.content
        if c.start <= ev.trigger.start and ev.trigger.end <= c.end:
            if best is None or (c.end - c.start) < (best.content.end - best.content.start):
                best = q
    if best is not None:
        ev.attributed_to = best.id
        if best.hedged:
            ev.hedged = True


RETALIATION = frozenset({"انتقاميه", "انتقامي", "انتقاما", "ردا", "رد", "الرد", "انتقام"})


VERBAL_ATTACK = frozenset(match_form(w) for w in (
    "عنيفا عنيف العنيف شديدا شديد الشديد لاذعا لاذع اللاذع حادا حاد الحاد كلاميا الكلامي "
    "اعلاميا الاعلامي سياسيا السياسي عنيفة شديدة لاذعة حادة قويا قوية ناريا نارية "
    # session 5: the feminine of هجمة/حملة and more kinds of words-only attack
    "اعلامية الاعلامية سياسية السياسية كلامية الكلامية لفظي لفظيا لفظية اللفظي اللفظية "
    "دبلوماسي دبلوماسيا دبلوماسية الدبلوماسية دعائي دعائية الدعائية صحفي صحفية الصحفية"
).split())
# What only words can attack: هاجم سياسة الحكومة، شن هجوما على تصريحات الوزير
ABSTRACT_TARGETS = frozenset(match_form(w) for w in (
    "سياسة سياسات السياسة السياسات موقف مواقف الموقف المواقف تصريحات التصريحات تصريح قرار "
    "القرار قرارات القرارات خطة الخطة برنامج البرنامج أداء الأداء نهج النهج فكرة أفكار "
    "تقرير التقرير مقال المقال كتاب الكتاب"
).split())


CYBER = frozenset(match_form(w) for w in (
    "الكتروني الكترونية الكترونيه إلكتروني إلكترونية الالكتروني الالكترونية الإلكتروني "
    "الإلكترونية سيبراني سيبرانية السيبراني السيبرانية معلوماتي معلوماتية قرصنة"
).split())


def _cyber(toks: Sequence[Token], group: Sequence[Candidate]) -> bool:
    """هجوم إلكتروني، هجمات سيبرانية: a cyber attack is COERCE (cyber), not an ASSAULT."""
    for c in group:
        for t in toks[c.end : c.end + 2]:
            if t.kind == "word" and (t.norm in CYBER or t.base in CYBER):
                return True
    return False


def _verbal_attack(toks: Sequence[Token], head: Candidate) -> bool:
    """هجوما عنيفا/شديدا/لاذعا على …, or an attack on a policy, a statement or a decision
    (هاجم سياسة الحكومة، هجوم على تصريحات الوزير): a verbal attack."""
    if not match_form(head.entry.lemma).startswith(("هجوم", "هجم", "هاجم")):
        return False
    nxt = [t for t in toks[head.end : head.end + 2] if t.kind == "word"]
    if not head.verbal and any(t.norm in VERBAL_ATTACK or t.base in VERBAL_ATTACK for t in nxt):
        return True
    words = [t for t in toks[head.end : head.end + 3] if t.kind == "word"][:2]
    if words and words[0].norm in ("علي", "ضد"):
        words = words[1:]
    return bool(words) and (words[0].norm in ABSTRACT_TARGETS or words[0].base in ABSTRACT_TARGETS)


def _retaliation(out: list[tuple[Event, list[str]]], toks: Sequence[Token], text: str) -> None:
    """A retaliatory strike (ضربات انتقامية، ردا على) targets the previous attack's actor."""
    prev: Event | None = None
    for ev, _ in out:
        if ev.type != "ASSAULT":
            continue
        if prev is not None and prev.actor and not ev.recipient:
            near = [t for t in toks if ev.trigger.start - 30 <= t.start <= ev.trigger.end + 30]
            if any(t.base in RETALIATION or t.norm in RETALIATION for t in near):
                ev.recipient = list(prev.actor)
        prev = ev


def _threat_modes(events: list[Event], framed: list[Candidate], toks: Sequence[Token], text: str) -> None:
    """Give THREATEN events the mode of the threatened action that follows them."""
    for ev in events:
        if ev.type != "THREATEN":
            continue
        for c in framed:
            if 0 <= toks[c.start].start - ev.trigger.end <= 40:
                if c.type == "COERCE" and c.mode != "arrest":
                    ev.mode = "restrict"
                elif c.type == "SANCTION":
                    ev.mode = {"expel": "expel", "discontinue": "relations"}.get(c.mode or "", "restrict")
                else:
                    ev.mode = THREAT_MODE.get(c.type)
                ev.score = score("THREATEN", ev.mode)
                break

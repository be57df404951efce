"""Evaluate the PLOVER country and sector of event actors against the gold's CAMEO codes.

Data: ``../shared/data/events/dev/{assault,protest}_spans.json``. For each "yes" sentence
every annotator gives ``source_role`` / ``target_role`` = ``{"main": <CAMEO main code>,
"role": <CAMEO sector or "None">}`` beside the tokens of the source / target actor
(``source_actor`` / ``target_actor``). Per sentence and role the gold code is the
annotators' **majority**: a main code held by at least two annotators and by more than half
of those who coded the role (``{}`` and ``"UNKNOWN"`` are no code); the same for the sector.

Mapping CAMEO -> PLOVER (``plover_country``, ``plover_sector``):

- main: an ISO 3166 alpha-3 code is itself (ISR -> ISR, PSE -> PSE); ``"None"`` means the
  actor has no country, so khabar must give none; IMG (international militarised group) ->
  IMG; IGO -> IGO, UNO or EUR (CAMEO's IGO covers what PLOVER splits); INT (unspecified
  foreigners) and ethnic codes (KUR) have no PLOVER counterpart: counted as ``unmapped``,
  not scored.
- role: the same three letters, except CAMEO MED (media) -> PLOVER JRN and CAMEO HLH
  (health) -> PLOVER MED; ``"None"`` = no sector check.

Matching: khabar's mentions of the role (actor for source, recipient for target) in the
rule-coded events of the sentence's type (the learned filter not applied); the mention
that shares the most tokens with the gold role tokens (the agreed ``source_gold`` /
``target_gold`` tokens, else the tokens of the annotators who gave the majority code) is
the matched one. Reported per type and role: ``coded`` gold roles, ``matched`` (coverage),
``country`` right among matched (accuracy) and among coded (matched and right), ``any``
(some mention of the role, matched or not, has the gold country) and ``named`` (the matched
mention has it) over the roles whose gold code is a country — a coder that never gives a
country is right on every ``"None"`` code, so these two are the figures that need the
lexicon — and the sector on matched mentions where the gold has one.

Run: ``.venv/bin/python -m khabar.eval.event_codes [--half A|B] [--errors N] [--json]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from khabar.document import Actor, Document
from khabar.eval.events import TYPES, _analyze, _gold_tokens, _norm_tokens, half_of, load, pipeline
from khabar.extract.events import EventStage
from khabar.pipeline import Pipeline

ROLES = (("actor", "source"), ("recipient", "target"))
NO_CODE = frozenset({"UNKNOWN", ""})
UNMAPPED = frozenset({"INT", "KUR"})
COUNTRY_ALIASES: dict[str, frozenset[str]] = {"IGO": frozenset({"IGO", "UNO", "EUR"})}
SECTOR_MAP = {"MED": "JRN", "HLH": "MED"}


def _codes(entries: Iterable[dict], key: str) -> list[tuple[str, str | None, dict]]:
    """The (main, role, annotation) codes the annotators gave for ``key``
    (``source_role``/``target_role``); annotations without a code are left out."""
    out = []
    for e in entries:
        v = e.get(key)
        if not isinstance(v, dict) or not isinstance(v.get("main"), str) or v["main"] in NO_CODE:
            continue
        role = v.get("role")
        out.append((v["main"], role if isinstance(role, str) and role not in NO_CODE else None, e))
    return out


def _majority(values: Sequence[str | None]) -> str | None:
    """The value held by at least two and by more than half of ``values``, else None."""
    if not values:
        return None
    val, n = Counter(values).most_common(1)[0]
    return val if n >= 2 and 2 * n > len(values) else None


@dataclass
class GoldCode:
    """The majority code of one role in one sentence and the tokens it names."""

    main: str
    role: str | None
    tokens: Counter = field(default_factory=Counter)


def gold_code(entry: dict, side: str) -> GoldCode | None:
    """The annotators' majority code for ``side`` ("source" or "target") of a spans entry."""
    codes = _codes(entry.get("spans") or [], f"{side}_role")
    main = _majority([m for m, _, _ in codes])
    if main is None:
        return None
    role = _majority([r if r != "None" else None for m, r, _ in codes if m == main])
    tokens = _gold_tokens(entry.get(f"{side}_gold"))
    if not tokens:
        for m, _, ann in codes:
            if m == main:
                tokens |= _gold_tokens(ann.get(f"{side}_actor"))
    return GoldCode(main, role, tokens)


def plover_country(main: str) -> frozenset[str | None] | None:
    """The PLOVER countries a CAMEO main code accepts ({None} = no country), None if unmapped."""
    if main in UNMAPPED:
        return None
    if main == "None":
        return frozenset({None})
    return COUNTRY_ALIASES.get(main, frozenset({main}))  # type: ignore[return-value]


def plover_sector(role: str | None) -> str | None:
    """The PLOVER sector of a CAMEO role code (None: no sector to check)."""
    if role is None or role == "None":
        return None
    return SECTOR_MAP.get(role, role)


def _mention_tokens(doc: Document, ref: Actor) -> Counter:
    words = [t.text for t in doc.tokens
             if t.kind in ("word", "number") and t.start < ref.end and ref.start < t.end]
    return _norm_tokens(words)


def matched_mention(doc: Document, refs: Sequence[Actor], gold: Counter) -> Actor | None:
    """The mention sharing the most tokens with the gold role tokens (first on a tie)."""
    best, best_n = None, 0
    for ref in refs:
        n = sum((_mention_tokens(doc, ref) & gold).values())
        if n > best_n:
            best, best_n = ref, n
    return best


@dataclass
class Tally:
    """Counts of one type and role."""

    coded: int = 0  # sentences with a mappable majority code for the role
    unmapped: int = 0
    no_majority: int = 0
    matched: int = 0
    country_right: int = 0
    with_country: int = 0  # coded with a gold country (not "None")
    any_right: int = 0
    named_right: int = 0  # the matched mention has the gold country, gold countries only
    sector_gold: int = 0  # matched, gold has a sector
    sector_right: int = 0
    confusion: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        def r(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        return {"coded": self.coded, "unmapped": self.unmapped, "no_majority": self.no_majority,
                "matched": self.matched, "coverage": r(self.matched, self.coded),
                "country_acc_matched": r(self.country_right, self.matched),
                "country_acc_coded": r(self.country_right, self.coded),
                "country_any": r(self.any_right, self.with_country),
                "with_country": self.with_country,
                "named_right": self.named_right, "country_acc_named": r(self.named_right, self.with_country),
                "sector_gold": self.sector_gold, "sector_acc": r(self.sector_right, self.sector_gold),
                "confusion": dict(self.confusion.most_common(12))}


def judge(doc: Document, refs: Sequence[Actor], code: GoldCode | None, tally: Tally,
          errors: list[str] | None = None, label: str = "") -> None:
    """Add one sentence's role to ``tally``: match a mention, compare country and sector."""
    if code is None:
        tally.no_majority += 1
        return
    accept = plover_country(code.main)
    if accept is None:
        tally.unmapped += 1
        return
    tally.coded += 1
    if code.main != "None":
        tally.with_country += 1
        if any(r.country in accept for r in refs):
            tally.any_right += 1
    m = matched_mention(doc, refs, code.tokens)
    if m is None:
        tally.confusion[(code.main, "unmatched")] += 1
        if errors is not None:
            errors.append(f"{label} gold {code.main}/{code.role} unmatched; khabar "
                          f"{[(r.text, r.country, r.sector) for r in refs]}")
        return
    tally.matched += 1
    if m.country in accept:
        tally.country_right += 1
        tally.named_right += code.main != "None"
    else:
        tally.confusion[(code.main, m.country or "None")] += 1
        if errors is not None:
            errors.append(f"{label} gold {code.main}/{code.role} khabar «{m.text}» "
                          f"{m.country}/{m.sector}")
    sector = plover_sector(code.role)
    if sector is not None:
        tally.sector_gold += 1
        if m.sector == sector:
            tally.sector_right += 1
        elif errors is not None:
            errors.append(f"{label} sector gold {code.role} khabar «{m.text}» {m.sector}")


def evaluate(kind: str, pipe: Pipeline, root: Path | None = None, half: str | None = None,
             errors: list[str] | None = None) -> dict[str, Tally]:
    """Tallies per role for one gold file ("assault"/"protest") or one half of it."""
    rows, spans = load(kind, root)
    stage = EventStage(model=None)
    tallies = {role: Tally() for role, _ in ROLES}
    for r in rows:
        if r["label"] != "yes" or r["id"] not in spans or (half and half_of(r["id"]) != half):
            continue
        doc = _analyze(pipe, r["text"], r["id"])
        events = [e for e, _ in stage.code(doc) if e.type == kind.upper()]
        for role, side in ROLES:
            refs = [a for e in events for a in getattr(e, role)]
            judge(doc, refs, gold_code(spans[r["id"]], side), tallies[role], errors,
                  f"{r['id']} {role}")
    return tallies


def markdown(results: dict[str, dict[str, Tally]]) -> str:
    """A markdown table of the tallies."""
    lines = ["| type | role | coded (unmapped, no majority) | matched (coverage) | country right "
             "/ matched | / coded | gold country: matched right / any mention right | "
             "sector right / gold |",
             "|---|---|---|---|---|---|---|---|"]
    for kind, tallies in results.items():
        for role, t in tallies.items():
            d = t.as_dict()
            lines.append(
                f"| {kind.upper()} | {role} | {t.coded} ({t.unmapped}, {t.no_majority}) | "
                f"{t.matched} ({d['coverage']}) | {t.country_right}/{t.matched} "
                f"({d['country_acc_matched']}) | {d['country_acc_coded']} | "
                f"{t.named_right}/{t.with_country} / {t.any_right}/{t.with_country} | "
                f"{t.sector_right}/{t.sector_gold} ({d['sector_acc']}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--half", choices=["A", "B"], help="score one stable half of the dev slice")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per type")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pipe = pipeline()
    results: dict[str, dict[str, Tally]] = {}
    errs: dict[str, list[str]] = {}
    for kind in args.types.split(","):
        errs[kind] = []
        results[kind] = evaluate(kind, pipe, half=args.half, errors=errs[kind])
    if args.json:
        print(json.dumps({k: {role: t.as_dict() for role, t in v.items()} for k, v in results.items()},
                         ensure_ascii=False, indent=1, default=str))
        return
    print(markdown(results))
    for kind, tallies in results.items():
        for role, t in tallies.items():
            if t.confusion:
                conf = ", ".join(f"{g}->{k} {n}" for (g, k), n in t.confusion.most_common(10))
                print(f"{kind.upper()} {role} confusions (gold->khabar): {conf}")
    if args.errors:
        for kind, lines in errs.items():
            for line in lines[: args.errors]:
                print(kind.upper(), line)


if __name__ == "__main__":
    main()

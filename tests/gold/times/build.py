"""Build tests/gold/times/<key>.json from the hand annotations in annotations.txt.

Annotations name each span by a context string with the span in [brackets] (plus "#n"
for the n-th occurrence of that context); a paragraph written in the file itself («@ key published»
and «= » text lines, regional.txt) keeps its text in the JSON; this script finds the offsets in the article
text and checks ``text[start:end] == span``. Run: .venv/bin/python tests/gold/times/build.py

A corpus whose texts may not be kept in the repository (the Wojood sample, keys "wojood:…": licence not
stated) is annotated by context in a private file and committed in the offset form ``@start-end:sha1``
(the span's :func:`khabar.eval.times.span_hash`): ``build.py --offsets PRIVATE.txt > heldoutNw.txt``
rewrites every context so (comments are kept: write them in English, without quotes of the text); its
JSON keeps ``"sha1"`` instead of ``"text"``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from khabar.eval.times import gold_article, span_hash

HERE = Path(__file__).resolve().parent


OFFSET = re.compile(r"@(\d+)-(\d+):([0-9a-f]{12})")
NO_TEXT = ("wojood:",)  # keys whose texts stay out of the repository


def locate(text: str, ctx: str, occ: int, explicit: bool = False) -> tuple[int, int, str]:
    ref = OFFSET.fullmatch(ctx)
    if ref:
        start, end = int(ref[1]), int(ref[2])
        if span_hash(text[start:end]) != ref[3]:
            raise ValueError(f"offsets do not match hash: {ctx!r}")
        return start, end, text[start:end]
    left, rest = ctx.split("[", 1)
    span, right = rest.split("]", 1)
    plain = left + span + right
    pos = -1
    for _ in range(occ):
        pos = text.find(plain, pos + 1)
        if pos < 0:
            raise ValueError(f"context not found (occurrence {occ}): {ctx!r}")
    if occ == 1 and not explicit and text.find(plain, pos + 1) >= 0:
        raise ValueError(f"context not unique, add #n: {ctx!r}")
    start = pos + len(left)
    return start, start + len(span), span


def none(v: str) -> str | None:
    v = v.strip()
    return None if v == "-" else v


def parse(path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    errors: list[str] = []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            key, *dateline = line[2:].split()
            # "@ key published": a paragraph written in this file ("= " lines), not a corpus text
            text, published, url = ("", dateline[0], None) if dateline else gold_article(key)
            cur = out[key] = {"key": key, "url": url, "published": published,
                              "times": [], "quantities": [], "_text": text}
            if dateline:
                cur["text"] = ""
            continue
        if line.startswith("= "):
            cur["_text"] = cur["text"] = (cur["text"] + "\n" if cur["text"] else "") + line[2:]
            continue
        kind, body = line[0], line[2:]
        fields = [f for f in body.split(" | ")]
        ctx = fields[0]
        occ, explicit = 1, False
        if " #" in ctx and ctx.rsplit(" #", 1)[1].isdigit():
            ctx, n = ctx.rsplit(" #", 1)
            occ, explicit = int(n), True
        try:
            start, end, span = locate(cur["_text"], ctx, occ, explicit)
        except ValueError as e:
            errors.append(f"{cur['key']}: {e}")
            continue
        assert cur["_text"][start:end] == span
        if kind == "T":
            typ, value, mod, cal = (f.strip() for f in fields[1:5])
            cur["times"].append({"start": start, "end": end, "text": span, "type": typ,
                                 "value": value, "mod": none(mod), "calendar": cal})
        else:
            value, approx, unit, cur_ = (f.strip() for f in fields[1:5])
            item = {"start": start, "end": end, "text": span, "approx": none(approx),
                    "unit": none(unit), "currency": none(cur_)}
            if "~" in value:
                lo, hi = value.split("~")
                item |= {"value": None, "low": float(lo), "high": float(hi)}
            else:
                item |= {"value": float(value), "low": None, "high": None}
            cur["quantities"].append(item)
    if errors:
        raise SystemExit("\n".join(errors))
    return out


SETS = {"annotations.txt": HERE, "heldout.txt": HERE / "heldout", "heldout2.txt": HERE / "heldout2",
        "heldout3.txt": HERE / "heldout3",
        "heldout4.txt": HERE / "heldout4",
        "heldout5.txt": HERE / "heldout5",
        "heldout6.txt": HERE / "heldout6",
        "heldout7.txt": HERE / "heldout7",
        "heldout8.txt": HERE / "heldout8",
        "heldout9.txt": HERE / "heldout9",
        "heldout10.txt": HERE / "heldout10",
        "heldout11.txt": HERE / "heldout11",
        "heldout12.txt": HERE / "heldout12",
        "heldout13.txt": HERE / "heldout13",
        "heldout14.txt": HERE / "heldout14",
        "heldout15.txt": HERE / "heldout15",
        "heldout16.txt": HERE / "heldout16",
        "heldout17.txt": HERE / "heldout17",
        "heldout18.txt": HERE / "heldout18",
        "heldout19.txt": HERE / "heldout19",
        "heldout20.txt": HERE / "heldout20",
        "regional.txt": HERE / "regional",
        "wire.txt": HERE / "wire",
        "regional2.txt": HERE / "regional2",
        "heldout21.txt": HERE / "heldout21", "heldout21a.txt": HERE / "heldout21a",
        "heldout22a.txt": HERE / "heldout22a", "heldout23a.txt": HERE / "heldout23a",
        "heldout24w.txt": HERE / "heldout24w", "heldout24a.txt": HERE / "heldout24a",
        "heldout25.txt": HERE / "heldout25", "heldout26.txt": HERE / "heldout26",
        "heldout27.txt": HERE / "heldout27", "heldout28.txt": HERE / "heldout28",
        "heldout29.txt": HERE / "heldout29"}


def offsets(path: Path) -> str:
    """The annotation file with every context replaced by ``@start-end:sha1`` (for NO_TEXT keys)."""
    gold = parse(path)
    out, key, n = [], None, {"T": 0, "Q": 0}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("@ "):
            key, n = raw[2:].split()[0], {"T": 0, "Q": 0}
            out.append(raw)
        elif raw[:2] in ("T ", "Q ") and key:
            kind = raw[0]
            items = gold[key]["times" if kind == "T" else "quantities"]
            item = items[n[kind]]
            n[kind] += 1
            rest = raw[2:].split(" | ", 1)[1]
            out.append(f"{kind} @{item['start']}-{item['end']}:{span_hash(item['text'])} | {rest}")
        else:
            out.append(raw)
    return "\n".join(out) + "\n"


def main() -> int:
    if sys.argv[1:2] == ["--offsets"]:
        sys.stdout.write(offsets(Path(sys.argv[2])))
        return 0
    for name, out_dir in SETS.items():
        out_dir.mkdir(exist_ok=True)
        build(HERE / name, out_dir)
    return 0


def build(source: Path, out_dir: Path) -> None:
    gold = parse(source)
    for key, art in gold.items():
        del art["_text"]
        if key.startswith(NO_TEXT):
            for item in art["times"] + art["quantities"]:
                item["sha1"] = span_hash(item.pop("text"))
        art["times"].sort(key=lambda t: t["start"])
        art["quantities"].sort(key=lambda t: t["start"])
        (out_dir / f"{key.replace(':', '_')}.json").write_text(
            json.dumps(art, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_t = sum(len(a["times"]) for a in gold.values())
    n_q = sum(len(a["quantities"]) for a in gold.values())
    print(f"{source.name}: {len(gold)} articles, {n_t} times, {n_q} quantities")


if __name__ == "__main__":
    sys.exit(main())

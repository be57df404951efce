"""README.md and the reference docs name only what exists (session 15, doc15).

Every ``khabar …`` command line in a code span or block of README.md, docs/schema.md,
docs/text.md, docs/scale.md and docs/performance.md must name a real command and only
options that command has; every dotted ``khabar.x.y`` name in backticks must import
(module, then attribute); every repository path in backticks must exist; every
``python -m khabar.…`` module must exist and run; every type in docs/schema.md's tables
agrees with the JSON Schema (nullability, base type, enum values) and every field it
documents exists; every relative link resolves. The checkers are tested on broken input too.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
import shlex
from pathlib import Path

import pytest
import typer

from khabar import schema
from khabar.cli import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = ("README.md", "docs/schema.md", "docs/text.md", "docs/scale.md", "docs/performance.md")

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
_SPAN = re.compile(r"`([^`\n]+)`")
_KHABAR = re.compile(r"(?:^|(?<=[\s;(/=]))khabar (?=[a-z-])")
_COMMENT = re.compile(r"(?:^|\s)#\s.*$")
_MODULE = re.compile(r"python -m\s+(khabar(?:\.[A-Za-z_]\w*)+(?:\|[A-Za-z_]\w*)*)")
_DOTTED = re.compile(r"^khabar(?:\.[A-Za-z_]\w*)+$")
_PATH = re.compile(r"^(?:src|tests|docs|schema|resources)/[\w./-]+$")
_PLACEHOLDERS = {"…", "...", "ARGS"}


def code_segments(markdown: str) -> list[str]:
    """The text of every fenced block line and every inline code span (outside blocks)."""
    out = []
    for block in _FENCE.findall(markdown):
        out.extend(block.splitlines())
    out.extend(_SPAN.findall(_FENCE.sub("", markdown)))
    return out


def command_lines(markdown: str) -> list[str]:
    """``khabar …`` invocations (what follows ``khabar``) found in code, one per command."""
    out = []
    for segment in code_segments(markdown):
        segment = _COMMENT.sub("", segment)
        for part in segment.split(";"):
            m = _KHABAR.search(part)
            if m:
                out.append(part[m.end():].strip())
    return out


def _tokens(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:  # an unbalanced quote in prose-like code: split on blanks
        return line.split()


@functools.cache
def _cli() -> object:
    return typer.main.get_command(app)


def check_command(line: str, root: object | None = None) -> list[str]:
    """Problems of one ``khabar`` command line: an unknown command or option.

    Typer's commands are click-like (typer may vendor click): a group is what has
    ``commands``, a parameter's names are its ``opts`` and ``secondary_opts``."""
    cmd = root or _cli()
    tokens = _tokens(line)
    path = ["khabar"]
    i = 0
    while hasattr(cmd, "commands") and i < len(tokens):
        sub = cmd.commands.get(tokens[i])
        if sub is None:
            break
        cmd, i = sub, i + 1
        path.append(tokens[i - 1])
    if hasattr(cmd, "commands") and i < len(tokens) and tokens[i] not in _PLACEHOLDERS \
            and not tokens[i].startswith("-"):
        return [f"{' '.join(path)}: no command {tokens[i]!r}"]
    known = {"--help"}
    for param in cmd.params:
        known.update(param.opts)
        known.update(param.secondary_opts)
    problems = []
    for token in tokens[i:]:
        token = token.strip("[]()")
        if len(token) < 2 or not token.startswith("-") or token[1].isdigit():
            continue
        name = token.split("=", 1)[0]
        if name not in known:
            problems.append(f"{' '.join(path)}: no option {name}")
    return problems


def dotted_problem(name: str) -> str | None:
    """None when ``name`` is an importable module or an attribute of one."""
    parts = name.split(".")
    for k in range(len(parts), 0, -1):
        module_name = ".".join(parts[:k])
        try:
            if importlib.util.find_spec(module_name) is None:
                continue
        except ModuleNotFoundError:
            continue
        try:
            obj = importlib.import_module(module_name)
        except ImportError as exc:  # an optional extra (pyspark) missing
            return None if "khabar" not in str(exc.name or "") else f"{name}: {exc}"
        for attr in parts[k:]:
            if not hasattr(obj, attr):
                return f"{name}: {module_name} has no {'.'.join(parts[k:])}"
            obj = getattr(obj, attr)
        return None
    return f"{name}: no such module"


def module_problem(spec: str) -> list[str]:
    """``khabar.eval.times|quotes`` → each module must exist and run as a script (a
    ``__main__`` block, or a package's ``__main__`` module): ``python -m`` of a library
    module runs nothing and says nothing."""
    head, *alts = spec.split("|")
    base, last = head.rsplit(".", 1)
    problems = []
    for name in (f"{base}.{m}" for m in [last, *alts]):
        found = importlib.util.find_spec(name)
        if found is None:
            problems.append(f"python -m {name}: no such module")
            continue
        if found.submodule_search_locations is not None:  # a package
            if importlib.util.find_spec(f"{name}.__main__") is None:
                problems.append(f"python -m {name}: a package without __main__")
        elif "__main__" not in Path(found.origin).read_text(encoding="utf-8"):
            problems.append(f"python -m {name}: a library module (no __main__ block)")
    return problems


def schema_doc_types(markdown: str) -> dict[tuple[str, str], str]:
    """``(struct, field) -> documented type`` from the tables of docs/schema.md (rows
    whose type cell is empty, «as in Span», are left out)."""
    parts = re.split(r"^## (\w+)\s*$", markdown, flags=re.M)
    out = {}
    for i in range(1, len(parts) - 1, 2):
        for line in parts[i + 1].splitlines():
            if not line.startswith("| `"):
                continue
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            if len(cells) >= 2 and cells[1] and cells[1] != "type":
                for name in re.findall(r"`(\w+)`", cells[0]):
                    out[(parts[i], name)] = cells[1].replace("\\|", "|")
    return out


def _schema_type(prop: dict) -> tuple[str, bool, frozenset]:
    """(base, nullable, enum values) of a JSON Schema property."""
    options = prop.get("anyOf", [prop])
    nullable = any(o.get("type") == "null" for o in options)
    main = next(o for o in options if o.get("type") != "null")
    if "enum" in main:
        return "enum", nullable, frozenset(main["enum"])
    if "$ref" in main:
        return main["$ref"].rsplit("/", 1)[1], nullable, frozenset()
    if main.get("type") == "array":
        item = main["items"]
        return f"[{item['$ref'].rsplit('/', 1)[1] if '$ref' in item else item['type']}]", \
            nullable, frozenset()
    return main["type"], nullable, frozenset()


def _doc_type(text: str) -> tuple[str, bool, frozenset]:
    """(base, nullable, enum values) of a documented type such as «string | null»,
    «`a` | `b`», «[Via]», «Interval | null»."""
    alts = [a.strip() for a in text.split("|")]
    nullable = "null" in alts
    alts = [a for a in alts if a != "null"]
    if all(a.startswith("`") and a.endswith("`") for a in alts):
        return "enum", nullable, frozenset(a.strip("`") for a in alts)
    return " | ".join(alts), nullable, frozenset()


def schema_type_problems(markdown: str, defs: dict) -> list[str]:
    """Documented types that disagree with the JSON Schema, and documented fields the
    model does not have."""
    problems = []
    for (struct, field), text in sorted(schema_doc_types(markdown).items()):
        prop = defs.get(struct, {}).get("properties", {}).get(field)
        if prop is None:
            problems.append(f"{struct}.{field}: documented, not in the model")
            continue
        if _doc_type(text) != _schema_type(prop):
            problems.append(f"{struct}.{field}: documented {text!r}, schema "
                            f"{_schema_type(prop)}")
    return problems


def _doc(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DOCS)
def test_every_khabar_command_line_parses(name):
    lines = command_lines(_doc(name))
    problems = [f"{p}   <- `khabar {line}`" for line in lines for p in check_command(line)]
    assert not problems, f"{name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", DOCS)
def test_every_dotted_name_and_module_exists(name):
    text = _doc(name)
    names = {s for s in _SPAN.findall(text) if _DOTTED.match(s)}
    problems = [p for n in sorted(names) if (p := dotted_problem(n))]
    for spec in sorted(set(_MODULE.findall(text))):
        problems.extend(module_problem(spec))
    assert not problems, f"{name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", DOCS)
def test_every_repository_path_exists(name):
    spans = {s for s in _SPAN.findall(_doc(name)) if _PATH.match(s)}
    missing = [s for s in sorted(spans)
               if not (ROOT / s).exists() and not (ROOT / "src" / "khabar" / s).exists()]
    assert not missing, f"{name}: no such path: {', '.join(missing)}"


def test_schema_doc_types_agree_with_the_json_schema():
    problems = schema_type_problems(_doc("docs/schema.md"), schema.schema()["$defs"])
    assert not problems, "docs/schema.md:\n" + "\n".join(problems)


_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")


def missing_links(markdown: str, folder: Path) -> list[str]:
    """Relative Markdown link targets that do not exist (URLs are not followed)."""
    return [t for t in _LINK.findall(markdown)
            if "://" not in t and not t.startswith("mailto:") and not (folder / t).exists()]


@pytest.mark.parametrize("name", DOCS)
def test_every_relative_link_exists(name):
    missing = missing_links(_doc(name), (ROOT / name).parent)
    assert not missing, f"{name}: broken links: {', '.join(missing)}"


def test_link_checker_fails_on_a_broken_link():
    md = "See [a](docs/schema.md), [b](docs/nosuch.md#x) and [c](https://example.org/y)."
    assert missing_links(md, ROOT) == ["docs/nosuch.md"]


def test_readme_shows_the_main_commands():
    lines = command_lines(_doc("README.md"))
    shown = {_tokens(line)[0] for line in lines if line}
    assert {"analyze", "ingest", "search", "serve", "spark", "train"} <= shown


# the checkers themselves: each must catch a broken line


def test_checker_flags_an_unknown_option_and_command():
    assert check_command("analyze article.txt --published 2024-09-06 -f text") == []
    assert check_command("spark analyze --input I --output O [--partitions N]") == []
    assert check_command("analyze x.txt --no-such-option 1") == [
        "khabar analyze: no option --no-such-option"]
    assert check_command("nosuch --db x.db") == ["khabar: no command 'nosuch'"]
    assert check_command("train nosuch") == ["khabar train: no command 'nosuch'"]
    assert check_command("analyze --output=x.jsonl --input y") == []
    assert check_command("analyze --outptu=x.jsonl") == ["khabar analyze: no option --outptu"]


def test_command_lines_are_found_in_blocks_spans_and_after_prefixes():
    md = ("Run `khabar ingest a --db b` then\n\n```\nkhabar stories --db n; khabar story 5"
          " --db n   # two\nKHABAR_API_KEY=s khabar serve --db n\n.venv/bin/khabar spark"
          " analyze --input i\n```\nand `python -m khabar.bench` (not a command).\n")
    assert command_lines(md) == ["stories --db n", "story 5 --db n", "serve --db n",
                                 "spark analyze --input i", "ingest a --db b"]


def test_dotted_and_module_checkers_fail_on_stale_names():
    assert dotted_problem("khabar.corpus.dedupe.signature") is None
    assert dotted_problem("khabar.text.normalize.MATCHING") is None
    assert dotted_problem("khabar.corpus.dedupe.no_such_function") is not None
    assert dotted_problem("khabar.no_such_module.x") is not None
    assert module_problem("khabar.eval.times|quotes") == []
    assert module_problem("khabar.eval.times|nosuch") == [
        "python -m khabar.eval.nosuch: no such module"]
    assert module_problem("khabar.eval.metrics") == [
        "python -m khabar.eval.metrics: a library module (no __main__ block)"]
    assert module_problem("khabar.bench") == []  # a package with __main__


def test_schema_type_checker_fails_on_drift():
    defs = schema.schema()["$defs"]
    good = ("## Quote\n\n| field | type | meaning |\n|---|---|---|\n"
            "| `speaker` | string \\| null | x |\n"
            "| `speaker_kind` | `person` \\| `organization` \\| `outlet` \\| `anonymous` \\| "
            "`document` \\| `group` \\| null | x |\n| `via` | [Via] | x |\n"
            "| `cue` | Span | x |\n| `hedged` | boolean | x |\n")
    assert schema_type_problems(good, defs) == []
    assert len(schema_type_problems(good.replace("string \\| null", "string"), defs)) == 1
    assert len(schema_type_problems(good.replace("`group` \\| ", ""), defs)) == 1
    assert len(schema_type_problems(good.replace("[Via]", "Via"), defs)) == 1
    assert schema_type_problems(good + "| `loudness` | number | x |\n", defs) == [
        "Quote.loudness: documented, not in the model"]

"""The JSON Schema of the document JSON, generated from :mod:`khabar.document`.

``python -m khabar.schema --write`` regenerates ``schema/document.schema.json`` at the
repository root (run it after any change to the model); ``--check`` exits 1 when the
committed file is stale; without options the schema is printed. :func:`structs` lists
every struct of the model with its fields (docs/schema.md must describe each one).
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

import msgspec
import orjson

from khabar import document

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "document.schema.json"


def schema() -> dict:
    """The JSON Schema (draft 2020-12) of :class:`khabar.document.Document`."""
    out = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "khabar document",
        "description": f"khabar document JSON, schema_version {document.SCHEMA_VERSION}",
    }
    out.update(document.json_schema())
    return _clean_descriptions(out)


def _clean_descriptions(node: object) -> object:
    """Docstring-derived descriptions with their indentation removed (``inspect.cleandoc``):
    msgspec 0.23 dedents docstrings and 0.22 does not, and the committed file must not
    depend on which one is installed."""
    if isinstance(node, dict):
        return {k: (inspect.cleandoc(v) if k == "description" and isinstance(v, str)
                    else _clean_descriptions(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_clean_descriptions(v) for v in node]
    return node


def render() -> bytes:
    """The schema file's exact bytes (stable key order, 2-space indent, final newline)."""
    return orjson.dumps(schema(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def structs() -> dict[str, list[str]]:
    """Every struct of the document model and its field names, in definition order."""
    out = {}
    for name, obj in vars(document).items():
        if (inspect.isclass(obj) and issubclass(obj, msgspec.Struct)
                and obj.__module__ == document.__name__):
            out[name] = [f.name for f in msgspec.structs.fields(obj)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.schema", description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"write {SCHEMA_PATH.name}")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--path", type=Path, default=SCHEMA_PATH, help="schema file location")
    args = parser.parse_args(argv)
    data = render()
    if args.write:
        args.path.parent.mkdir(parents=True, exist_ok=True)
        args.path.write_bytes(data)
        print(f"wrote {args.path}")
    elif args.check:
        if not args.path.exists() or args.path.read_bytes() != data:
            print(f"{args.path} is stale: run python -m khabar.schema --write", file=sys.stderr)
            return 1
        print(f"{args.path} is up to date")
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

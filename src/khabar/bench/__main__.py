"""Runner of the khabar benchmarks: the pipeline benchmark, then every other module of
:data:`khabar.bench.MODULES` that exists (``run(args)`` each)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

from khabar.bench import MODULES

DEFAULT_NEWS = Path(os.environ.get(
    "KHABAR_SHARED", Path(__file__).resolve().parents[3] / ".." / "shared"
)) / "data" / "news" / "dev" / "2015-08-10.zip"


def _load(name: str) -> ModuleType | None:
    full = f"khabar.bench.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name != full:
            raise
        return None


def main(argv: list[str] | None = None) -> int:
    modules = [(name, m) for name in MODULES if (m := _load(name)) is not None]
    parser = argparse.ArgumentParser(prog="python -m khabar.bench", description=__doc__)
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="news sample (zip/json/jsonl)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--only", action="append", choices=[n for n, _ in modules],
                        help="run only this benchmark (repeatable)")
    for _, module in modules:
        if hasattr(module, "add_arguments"):
            module.add_arguments(parser)
    args = parser.parse_args(argv)
    for name, module in modules:
        if args.only and name not in args.only:
            continue
        print(f"\n=== bench: {name} ===", flush=True)
        module.run(args)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

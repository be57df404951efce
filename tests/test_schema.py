"""The committed JSON Schema and docs/schema.md stay in step with the document model."""

from __future__ import annotations

import re
from pathlib import Path

import orjson

import khabar
from khabar import schema
from khabar.document import to_json

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "schema.md"


def test_committed_json_schema_is_current():
    assert schema.SCHEMA_PATH == ROOT / "schema" / "document.schema.json"
    assert schema.SCHEMA_PATH.read_bytes() == schema.render(), (
        "schema/document.schema.json is stale: run python -m khabar.schema --write")


def test_check_command(tmp_path):
    stale = tmp_path / "s.json"
    stale.write_text("{}")
    assert schema.main(["--check", "--path", str(stale)]) == 1
    assert schema.main(["--write", "--path", str(stale)]) == 0
    assert schema.main(["--check", "--path", str(stale)]) == 0


def _sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## (\w+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_every_field_of_every_struct_is_documented():
    sections = _sections()
    missing = []
    for struct, fields in schema.structs().items():
        body = sections.get(struct)
        if body is None:
            missing.append(f"section '## {struct}'")
            continue
        for field in fields:
            if f"`{field}`" not in body:
                missing.append(f"{struct}.{field}")
    assert not missing, f"docs/schema.md does not describe: {', '.join(missing)}"


def test_schema_properties_match_the_model_and_output():
    defs = schema.schema()["$defs"]
    for struct, fields in schema.structs().items():
        assert sorted(defs[struct]["properties"]) == sorted(fields)
    doc = orjson.loads(to_json(khabar.analyze("قال الوزير إن الاجتماع سيعقد غدا.")))
    assert sorted(doc) == sorted(defs["Document"]["properties"])
    assert set(defs["Document"]["required"]) <= set(doc)

"""``khabar analyze`` on one document: JSON and text formats, stdin, errors."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
from typer.testing import CliRunner

from khabar.cli import app
from khabar.document import from_json

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"
runner = CliRunner()


def test_json_output_of_the_example():
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--published", "2024-09-06",
                              "--outlet", "test", "--url", "http://example.org/a"])
    assert res.exit_code == 0, res.output
    doc = from_json(res.stdout_bytes)
    assert doc.published == "2024-09-06" and doc.outlet == "test" and doc.language == "ar"
    assert len(doc.sentences) == 19
    assert doc.text == EXAMPLE.read_text(encoding="utf-8")


def test_text_format_lists_counts_and_sections():
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--format", "text"])
    assert res.exit_code == 0, res.output
    assert "19 sentences" in res.stdout
    for section in ("Entities", "Times", "Quantities", "Quotes", "Events"):
        assert f"\n{section} (" in res.stdout


def test_stdin_windows_1256():
    data = "قال الوزير إن الاجتماع سيعقد غدا.".encode("cp1256")
    res = runner.invoke(app, ["analyze", "-"], input=data)
    assert res.exit_code == 0, res.output
    assert orjson.loads(res.stdout_bytes)["text"] == "قال الوزير إن الاجتماع سيعقد غدا."


def test_clear_errors(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(128, 256)) * 4)
    res = runner.invoke(app, ["analyze", str(bad)])
    assert res.exit_code == 2 and "DecodeError" in res.stderr
    big = tmp_path / "big.txt"
    big.write_text("كلمة " * 100, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(big), "--max-chars", "100"])
    assert res.exit_code == 2 and "DocumentTooLarge" in res.stderr
    res = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "cannot read" in res.stderr


def test_empty_document_is_an_error():
    for data in (b"", b" \n\t "):
        res = runner.invoke(app, ["analyze", "-"], input=data)
        assert res.exit_code == 2 and "EmptyText: text is empty" in res.stderr
        assert res.stdout_bytes == b""


def test_batch_from_the_command_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "قال الوزير."}\nbroken\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["analyze", "--input", str(src), "--output", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "2 records, 1 errors" in res.stderr
    assert len(out.read_bytes().splitlines()) == 2


def test_render_text_over_filled_layers():
    from khabar.document import (
        Actor,
        Document,
        Entity,
        Event,
        EventDate,
        Interval,
        Quantity,
        Quote,
        Span,
        Time,
        Via,
    )
    from khabar.render_text import render

    text = "قال الرئيس العراقي محمد السوداني لبلومبرغ إن 2500 جندي سيغادرون في 2025."

    def span(cls, s, **kw):
        start = text.index(s)
        return cls(start=start, end=start + len(s), text=s, **kw)

    doc = Document(id="d1", text=text, published="2024-09-06", language="ar")
    doc.entities = [
        span(Entity, "محمد السوداني", id="M1", label="PERS", entity="E1", canonical="محمد شياع السوداني"),
        span(Entity, "الرئيس العراقي", id="M2", label="PERS", entity="E1", canonical="محمد شياع السوداني",
             source="coref"),
    ]
    doc.times = [span(Time, "2025", id="T1", type="DATE", value="2025",
                      interval=Interval(begin="2025-01-01", end="2026-01-01"))]
    doc.quantities = [span(Quantity, "2500 جندي", id="N1", value=2500.0, unit="جندي")]
    doc.quotes = [Quote(id="Q1", cue=span(Span, "قال"), content=span(Span, "2500 جندي سيغادرون في 2025"),
                        speaker="محمد شياع السوداني", via=[Via(name="بلومبرغ")])]
    doc.events = [Event(id="V1", type="RETREAT", mode="withdraw", trigger=span(Span, "سيغادرون"),
                        sentence=span(Span, text), actor=[span(Actor, "2500 جندي", country="USA")],
                        date=EventDate(value="2025", source="text", time="T1"), modality="future")]
    out = render(doc)
    assert "Entities (1 entities, 2 mentions)" in out
    assert "محمد شياع السوداني — PERS ×2 (as: محمد السوداني، الرئيس العراقي)" in out
    assert "2025 → 2025 (DATE) [2025-01-01 .. 2026-01-01)" in out
    assert "2500 جندي → 2,500 [unit=جندي]" in out
    assert "«محمد شياع السوداني (via بلومبرغ): 2500 جندي سيغادرون في 2025»" in out
    assert "RETREAT/withdraw: 2500 جندي/USA → ?, 2025 (text), future «سيغادرون»" in out


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "khabar", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert "analyze" in res.stdout


def test_batch_input_that_is_missing_or_a_directory_exits_with_a_reason(tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["analyze", "--input", str(tmp_path / "none.jsonl"), "--output", str(out)])
    assert res.exit_code == 2 and "no such file" in res.output and not out.exists()
    res = runner.invoke(app, ["analyze", "--input", str(tmp_path), "--output", str(out)])
    assert res.exit_code == 2 and "is a directory" in res.output
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "قال"}\n', encoding="utf-8")
    res = runner.invoke(app, ["analyze", "--input", str(src), "--output", str(tmp_path / "no" / "out.jsonl")])
    assert res.exit_code == 2 and "cannot read or write" in res.output


def _page(body: str) -> str:
    return ('<!doctype html><html lang="ar"><head><meta charset="utf-8">'
            '<title>انسحاب القوات من العراق</title>'
            '<meta property="article:published_time" content="2024-09-06T10:00:00Z"></head>'
            f'<body><nav>الرئيسية | أخبار</nav><article><h1>انسحاب القوات من العراق</h1>{body}'
            '</article><footer>جميع الحقوق محفوظة</footer></body></html>')


def test_html_page_is_analysed_as_its_article_not_its_markup(tmp_path):
    """As ``khabar ingest`` reads a page: the article text, title and date, no tags."""
    text = EXAMPLE.read_text(encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    page = tmp_path / "page.html"
    page.write_text(_page(body), encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(page)])
    assert res.exit_code == 0, res.output
    doc = from_json(res.stdout_bytes)
    assert "<" not in doc.text and "الرئيسية" not in doc.text
    assert doc.text.startswith("وول ستريت جورنال")
    assert doc.title == "انسحاب القوات من العراق" and doc.published == "2024-09-06"
    # options given on the command line win; a page on stdin is recognised by its markup
    res = runner.invoke(app, ["analyze", "-", "--published", "2024-09-07"],
                        input=_page(body).encode("utf-8"))
    doc = from_json(res.stdout_bytes)
    assert doc.published == "2024-09-07" and "<" not in doc.text


def test_html_page_without_an_article_is_a_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>t</title></head><body></body></html>", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(page)])
    assert res.exit_code == 2 and "no article text found in the HTML" in res.output

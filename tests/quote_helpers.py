"""Shared helpers of the quote rule-family tests: look-ups of the quotes found in a made-up
text (after a neutral lead sentence)."""

from __future__ import annotations

from khabar.pipeline import Pipeline

LEAD = "وقع الحادث مساء أمس في المدينة.\n"


def quotes(pipe: Pipeline, text: str) -> list:
    return pipe.analyze(LEAD + text).quotes


def one(pipe: Pipeline, text: str, fragment: str):
    hits = [q for q in quotes(pipe, text) if fragment in q.content.text]
    assert len(hits) == 1, [q.content.text for q in quotes(pipe, text)]
    return hits[0]

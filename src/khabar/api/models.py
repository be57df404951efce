"""Request bodies of the API (pydantic models: FastAPI validates them and documents them)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ArticleIn(BaseModel):
    """An article to analyse: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(..., min_length=1, description="The article text (UTF-8, original form).")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(
        None, description="Dateline date YYYY-MM-DD; relative times are resolved against it.",
        examples=["2024-09-06"])
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)
    id: str | None = Field(None, max_length=200, description="Document id (default: content hash).")
    format: Literal["auto", "text", "html"] = Field(
        "auto", description="What `text` holds: `auto` (default) extracts the article of a text "
        "that opens as an HTML document (`<!doctype html`, `<html`), as `khabar analyze` does; "
        "`html` always extracts (also a fragment); `text` never does. The document's `text` is "
        "what was analysed: offsets point into it.")

    @field_validator("text", mode="before")
    @classmethod
    def _not_blank(cls, v: object) -> object:
        # before the length check, so "" and "  " get the same message
        if isinstance(v, str) and not v.strip():
            raise ValueError("text is empty")
        return v

    @field_validator("published")
    @classmethod
    def _iso_date(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        try:
            return date.fromisoformat(v[:10]).isoformat() if len(v) >= 10 else _bad(v)
        except ValueError:
            return _bad(v)


def _bad(v: str) -> str:
    raise ValueError(f"published must be a date YYYY-MM-DD, got {v[:40]!r}")


class ArticleBatch(BaseModel):
    """Several articles; each is validated on its own (a bad one does not stop the rest)."""

    model_config = ConfigDict(extra="forbid")

    # any JSON value: a record that is not an object is one error entry, like any bad record
    articles: list[Any] = Field(..., min_length=1, max_length=100)

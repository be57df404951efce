"""Request bodies of the API (pydantic models: FastAPI validates them and documents them)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from khabar.io.readers import timestamp


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
    published_at: str | None = Field(
        None, description="The publication time, ISO (`YYYY-MM-DDTHH:MM[:SS]`, a space for "
        "the T, a zone kept), as `khabar analyze` reads an input's `published_at` or a dated "
        "`published`: kept in the document's `published_at` (session 24) and stored, so "
        "same-day reports are ordered by who reported first; a bare date is taken and keeps "
        "none. Default: `published`'s time of day, when it has one.",
        examples=["2015-08-10T18:47:56"])
    author: str | None = Field(None, max_length=500, description="The byline as given: the "
                               "document's `author` (session 24), stored with the article.")
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

    @model_validator(mode="before")
    @classmethod
    def _time_of_published(cls, data: Any) -> Any:
        # «published»: "2015-08-10 18:47:56" keeps its time as published_at (the day is the
        # dateline), as khabar analyze and khabar ingest read an input's date (session 24)
        if (isinstance(data, dict) and data.get("published_at") in (None, "")
                and isinstance(data.get("published"), str) and timestamp(data["published"])):
            data = {**data, "published_at": data["published"]}
        return data

    @field_validator("published_at")
    @classmethod
    def _iso_time(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        if stamp := timestamp(v):
            return stamp
        try:  # a day alone: taken, no time of day to keep
            date.fromisoformat(v.strip())
        except ValueError:
            raise ValueError("published_at must be a date-time YYYY-MM-DDTHH:MM[:SS] (or a "
                             f"date YYYY-MM-DD), got {v[:40]!r}") from None
        return None

    @field_validator("author")
    @classmethod
    def _byline(cls, v: str | None) -> str | None:
        return (v.strip() or None) if v else None

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

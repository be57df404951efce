"""Input errors: each has a short ``type`` used in batch error records."""

from __future__ import annotations


class InputError(ValueError):
    """A document that cannot be read or analysed as given."""

    type = "InputError"


class DecodeError(InputError):
    """Bytes that are not UTF-8, UTF-16 or Windows-1256 Arabic text."""

    type = "DecodeError"


class DocumentTooLarge(InputError):
    """A text longer than the configured size limit."""

    type = "DocumentTooLarge"


class EmptyText(InputError):
    """A text with nothing to analyse (empty or only white space): an error, as the API
    and ``khabar ingest`` make it, so a batch writes an error record and loses nothing."""

    type = "EmptyText"


class RecordError(InputError):
    """A batch record that is not a JSON object with a text (malformed or incomplete)."""

    type = "RecordError"


class NoArticleText(InputError):
    """An HTML page in which no article text was found."""

    type = "NoArticleText"


class NotADocument(InputError):
    """An input of a kind ``khabar analyze`` does not analyse as a document: an RSS/Atom
    feed (its items link to articles that ``khabar ingest`` fetches), or a collection given
    where one document is expected."""

    type = "NotADocument"

"""Input: decoding bytes, language identification and readers of document collections."""

from khabar.io.errors import DecodeError, DocumentTooLarge, EmptyText, InputError

__all__ = ["DecodeError", "DocumentTooLarge", "EmptyText", "InputError"]

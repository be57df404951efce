"""Input: decoding bytes, language identification and readers of document collections."""

from khabar.io.errors import DecodeError, DocumentTooLarge, InputError

__all__ = ["DecodeError", "DocumentTooLarge", "InputError"]

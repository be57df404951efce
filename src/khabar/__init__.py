"""khabar: Arabic news to structured, sourced, time-anchored data.

    >>> import khabar
    >>> doc = khabar.analyze(text, published="2024-09-06")   # a khabar.Document
    >>> pipe = khabar.Pipeline()          # loads every stage's resources once
    >>> docs = [pipe.analyze(t) for t in texts]

Input problems raise :class:`khabar.InputError` subclasses (``DecodeError``,
``DocumentTooLarge``, ``EmptyText``); see :mod:`khabar.io`.
"""

__version__ = "0.1.0"

from khabar import io  # noqa: E402
from khabar.document import Document  # noqa: E402
from khabar.io.errors import DecodeError, DocumentTooLarge, EmptyText, InputError  # noqa: E402
from khabar.pipeline import Pipeline, analyze  # noqa: E402

__all__ = [
    "DecodeError", "Document", "DocumentTooLarge", "EmptyText", "InputError", "Pipeline",
    "analyze", "io",
    "__version__",
]

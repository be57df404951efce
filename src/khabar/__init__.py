"""khabar: Arabic news to structured, sourced, time-anchored data.

    >>> import khabar
    >>> doc = khabar.analyze(text, published="2024-09-06")
"""

__version__ = "0.1.0"

from khabar.document import Document  # noqa: E402
from khabar.pipeline import Pipeline, analyze  # noqa: E402

__all__ = ["Document", "Pipeline", "analyze", "__version__"]

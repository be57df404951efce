"""Ingest: read files, collections, HTML pages, URLs and feeds into the store."""

from khabar.ingest.runner import Ingestor, Summary
from khabar.ingest.sources import Failure, RawArticle

__all__ = ["Failure", "Ingestor", "RawArticle", "Summary"]

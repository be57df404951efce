"""Flat exports of the store (JSONL, CSV, Parquet) with the schemas of :mod:`.tables`."""

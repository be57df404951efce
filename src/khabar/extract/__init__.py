"""Extractors: each stage reads the document and earlier layers and returns one layer."""

"""Across documents: near-duplicates, stories, cross-document actors, claims."""

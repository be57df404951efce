"""Gazetteers: curated name lists (countries, places, organisations, outlets) as data."""

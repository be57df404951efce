"""CLI command families, one module each (see khabar.cli)."""

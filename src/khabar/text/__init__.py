"""The Arabic text layer shared by every extractor: normalisation, segmentation, tokens."""

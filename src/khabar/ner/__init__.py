"""The trained Arabic NER tagger: corpora, features, CRF training and tagging."""

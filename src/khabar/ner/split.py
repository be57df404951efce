"""The (prefix, base) split the NER reads: ``plain`` or ``tokenizer`` (session 22, ner22).

The tagger's features (``b=`` and the base affixes, trigrams and neighbours' bases), its
tagging path, the consistency and pass-2 keys, the span-memory keys and, for learned or
re-keyed clusters, the cluster keys all read one split of a word into proclitics and base:

- ``plain`` — :func:`khabar.text.clitics.strip` of the matching form, which takes a word's own
  «ال» for the article (``الغاء`` → ال + غاء, ``المانيا`` → ال + مانيا). Every model up to
  session 22 was trained on it, and a model whose ``ner.json`` names no split is read with it.
- ``tokenizer`` — the pipeline token's split (:func:`khabar.text.tokenize.analyse`, session 18):
  a hamza alef + ل as written is never the article (إلغاء, ألمانيا, آلاف, إليه keep their «ال»),
  nor is the «ال» of the words of ``resources/text/own_alef_lam.txt``; so a CoNLL word and the
  pipeline's token have the same base.

A model is tagged with the split it was trained with (``TrainConfig.split``, recorded in
``ner.json``); the shipped model's is ``plain``. The sports cue words read the same under both.
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.text.clitics import strip
from khabar.text.normalize import match_form
from khabar.text.tokenize import analyse

SPLITS = ("plain", "tokenizer")


def plain(word: str) -> tuple[str, str]:
    """``(prefix, base)`` of a surface word by the plain :func:`strip` of its matching form."""
    return strip(match_form(word))


def tokenizer(word: str) -> tuple[str, str]:
    """``(prefix, base)`` of a surface word as the pipeline's token has them."""
    _, _, prefix, base = analyse(word)
    return prefix, base


def plain_key(word: str) -> str:
    return strip(match_form(word))[1]


def tokenizer_key(word: str) -> str:
    return analyse(word)[3]


def splitter(name: str) -> Callable[[str], tuple[str, str]]:
    """The split function called ``name`` (one of :data:`SPLITS`)."""
    return _pick(name, plain, tokenizer)


def keyer(name: str) -> Callable[[str], str]:
    """The base of the split called ``name``: the word's clitic-stripped normalised form."""
    return _pick(name, plain_key, tokenizer_key)


def _pick(name: str, a, b):
    if name == "plain":
        return a
    if name == "tokenizer":
        return b
    raise ValueError(f"unknown NER split {name!r} (one of {', '.join(SPLITS)})")

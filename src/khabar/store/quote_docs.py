"""The quotes' intermediaries of a stored document, decoded alone (session 17, api17).

The store's quotes table keeps a quote's ``via`` as its names only («واس»); the API's quote
lists give each relay as the ``relays`` export table does (kind, mention offsets, document
entity id, cue: khabar.export.tables.relay_rows). :class:`RelaysDocument` decodes only the
document id and its quotes' ids and ``via`` (msgspec skips the tokens, entities, events…),
as :mod:`khabar.store.event_docs` does for the events.
"""

from __future__ import annotations

import zlib

import msgspec

from khabar.document import Via


class QuoteVia(msgspec.Struct, kw_only=True):
    """A quote's id and its chain of intermediaries."""

    id: str
    via: list[Via] = []


class RelaysDocument(msgspec.Struct, kw_only=True):
    """The fields of :class:`khabar.document.Document` that ``relay_rows`` reads."""

    id: str
    quotes: list[QuoteVia] = []


_decoder = msgspec.json.Decoder(RelaysDocument)


def relays_document(doc_json: bytes) -> RelaysDocument:
    """The quotes' relays of a stored (zlib-compressed) document JSON."""
    return _decoder.decode(zlib.decompress(doc_json))

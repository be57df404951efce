"""Session 23 (ev23, issue #6): the parties' sector identities are no filter features.

The filter keeps whether a party was found (``nact``/``nrec``/``pair``), an actor's country
(``acountry``) and a civilian/military/police victim of a verb (``verb_with_victim``), but not
``asec=<sector>``/``rsec=<sector>``: 28 weights each learnt from a handful of dev sentences
(docs/models/events.md, session 23). A retrain with :data:`SECTOR_FEATURES` left on fails here.
"""

from __future__ import annotations

from khabar.extract.events import EventStage
from khabar.extract.events import features as F
from khabar.extract.events.model import LogReg
from khabar.pipeline import Pipeline

SECTOR = ("asec=", "rsec=")


def _assault_features(text: str) -> list[list[str]]:
    doc = Pipeline(["text", "entities"]).analyze(text)
    return [f for e, f in EventStage(model=None).code(doc) if e.type == "ASSAULT"]


def test_sector_identities_are_off() -> None:
    assert F.SECTOR_FEATURES is False


def test_parties_found_but_no_sector_feature() -> None:
    """An attack with a named armed actor and military victims: the party counts and the
    verb's victim are features, the sectors are not."""
    feats = _assault_features("قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش في بغداد.")
    assert feats
    first = feats[0]
    assert "nact=1" in first and "nrec=1" in first and "pair" in first
    assert not [x for f in feats for x in f if x.split("|", 1)[-1].startswith(SECTOR)]


def test_shipped_weights_hold_no_sector_identity() -> None:
    model = LogReg.load()
    assert model is not None
    assert not [k for k in model.weights if k.split("|", 1)[-1].startswith(SECTOR)]
    # the party structure that replaced them is still weighted
    assert {"nact=0", "nrec=0"} & set(model.weights)

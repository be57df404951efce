"""``khabar train events``: retrain the learned event filter (see docs/models/events.md).

Exposes ``register(app)``: the ``train`` sub-app (src/khabar/commands/train.py) calls it
to add its ``events`` command.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("events")(events)


def events(
    no_entities: bool = typer.Option(False, "--no-entities", help="Train without the NER stage."),
) -> None:
    """Train the ASSAULT occurrence filter on the dev gold, print CV scores, save it.

    Writes src/khabar/models/events_filter.json with the shipped learner (soft targets, the
    threshold read against unanimous negatives: khabar.eval.events.signal); the learner's
    variants (--soft, --difficult, --easy-threshold …) are switches of
    python -m khabar.eval.events, not of this command (docs/models/events.md).
    """
    from khabar.eval.events import markdown
    from khabar.extract.events.model import MODEL_PATH
    from khabar.extract.events.train import train

    model, report = train(entities=not no_entities)
    for res in report.values():
        typer.echo(markdown([res]))
    typer.echo(f"threshold {model.threshold}; {len(model.weights)} weights -> {MODEL_PATH}")

"""``khabar train …``: reproduce the shipped models from ``../shared`` (a Typer sub-app).

``khabar train ner [--dev] [--output DIR] [--jobs N] [--refresh-lexicon-sources] [--relearn-clusters]
[--split plain|tokenizer]`` trains the NER CRF (see docs/models/ner.md).
Other areas may add their own ``train`` commands to :data:`train_app`.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

train_app = typer.Typer(help="Train the shipped models from ../shared.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner(
    output: str | None = typer.Option(None, "--output", "-o", help="Model folder (default: the package's models/)."),
    dev: bool = typer.Option(False, "--dev", help="Hold out the last sixth of ANERcorp and score on it."),
    shared: str | None = typer.Option(None, help="Shared data folder (default: $KHABAR_SHARED or ../shared)."),
    corpora: str | None = typer.Option(None, help="Comma-separated corpora (default, the shipped "
                                 "setting: anercorp,aqmar,wojood,wojood_val,news,events)."),
    c1: float | None = typer.Option(None, help="L1 regularisation (default 0.05)."),
    c2: float | None = typer.Option(None, help="L2 regularisation (default 0.05)."),
    iterations: int | None = typer.Option(None, help="Maximum L-BFGS iterations (default 150)."),
    clusters: bool = typer.Option(True, "--clusters/--no-clusters", help="Use word clusters."),
    relearn_clusters: bool = typer.Option(
        False, "--relearn-clusters",
        help="Learn the word clusters again from raw text instead of the pinned ones (the "
        "package's ner.clusters.tsv); --dev always learns them without the held-out block.",
    ),
    char_ngrams: bool | None = typer.Option(
        None, "--char-ngrams/--no-char-ngrams", help="Letter-trigram features (default: as shipped)."
    ),
    split: str | None = typer.Option(
        None, "--split",
        help="The (prefix, base) split the features read: plain (clitics.strip, the shipped "
        "model's) or tokenizer (the pipeline token's); pinned clusters are re-keyed to it.",
    ),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j",
        help="Processes: >1 trains the stacking folds beside the pass-1 CRF, same model files "
        "(default: min(2, CPU count); 1 = sequential).",
    ),
    refresh_lexicon_sources: bool = typer.Option(
        False, "--refresh-lexicon-sources",
        help="First rewrite the package's pinned lexicon inputs (resources/ner/lexicon_sources.txt) "
        "from the current gazetteers and curated lists, so that the tagger sees their edits.",
    ),
) -> None:
    """Train the NER model (the word clusters first, then the CRF).

    The feature lexicon is built from ANERgazet and the pinned snapshot of the package's
    name lists, so the gazetteers' later edits do not change the model unless
    --refresh-lexicon-sources is given. The word clusters are pinned too (session 22): the
    package's ``ner.clusters.tsv``; --relearn-clusters learns them again from the news sample
    and the corpora's words, and so does --dev, whose clusters must not see the held-out block
    (docs/models/ner.md, Reproduce).
    """
    from khabar.ner import clusters as clusters_mod
    from khabar.ner.model import CLUSTERS_NAME, load_clusters, model_dir
    from khabar.ner.split import SPLITS, keyer
    from khabar.ner.train import TrainConfig, check_jobs, run, shared_dir

    if jobs is not None:
        try:
            check_jobs(jobs)
        except ValueError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(2) from None
    shared_path = Path(shared) if shared else shared_dir()
    if not (shared_path / "data" / "ner").is_dir():
        typer.echo(f"error: no NER data under {shared_path}/data/ner", err=True)
        raise typer.Exit(2)
    if refresh_lexicon_sources:
        from khabar.ner import lexicon_sources

        gone, added = lexicon_sources.refresh()
        typer.echo(f"lexicon sources {lexicon_sources.default_path()}: {gone} entries left, "
                   f"{added} came in", err=True)
    cfg = TrainConfig()
    if corpora:
        cfg.corpora = tuple(c.strip() for c in corpora.split(",") if c.strip())
    if c1 is not None:
        cfg.c1 = c1
    if c2 is not None:
        cfg.c2 = c2
    if iterations is not None:
        cfg.max_iterations = iterations
    cfg.use_clusters = clusters
    if char_ngrams is not None:
        cfg.char_ngrams = char_ngrams
    if split is not None:
        if split not in SPLITS:
            typer.echo(f"error: --split must be one of {', '.join(SPLITS)}, not {split!r}", err=True)
            raise typer.Exit(2)
        cfg.split = split
    out = Path(output) if output else model_dir()
    out.mkdir(parents=True, exist_ok=True)
    clusters_path = None
    if cfg.use_clusters:
        clusters_path = out / CLUSTERS_NAME
        relearn = relearn_clusters or dev
        if relearn:
            typer.echo("learning word clusters from raw text …", err=True)
            learned = clusters_mod.learn(clusters_mod.training_sentences(shared_path, cfg.corpora, dev),
                                         word_key=keyer(cfg.split))
        else:
            pinned = model_dir() / CLUSTERS_NAME
            if not pinned.exists():
                typer.echo(f"error: no pinned word clusters at {pinned} (use --relearn-clusters)", err=True)
                raise typer.Exit(2)
            typer.echo(f"word clusters pinned: {pinned}", err=True)
            learned = load_clusters(pinned)
            if cfg.split != "plain":  # learned under the plain split: re-key the changed bases
                learned = clusters_mod.rekey(
                    learned, clusters_mod.training_sentences(shared_path, cfg.corpora, dev),
                    keyer(cfg.split))
        cfg.pinned_clusters = not relearn
        clusters_mod.save(learned, clusters_path)
    typer.echo("training the CRF …", err=True)
    meta = run(out, cfg, dev=dev, shared=shared_path, clusters_path=clusters_path, jobs=jobs)
    typer.echo(json.dumps({k: v for k, v in meta.items() if k != "config"}, ensure_ascii=False, indent=1))


# PLOVER event filter (issue 6): ``khabar train events``.
from khabar.commands import train_events as _train_events  # noqa: E402

_train_events.register(train_app)

"""``spaser themes``, ``spaser train themes`` and ``spaser eval themes``."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from spaser_nlp.cli.app import app, err_console, eval_app, run_command, state

if TYPE_CHECKING:  # the Document model (pydantic) is imported by the commands that read or write one
    from spaser_nlp.document import Document

train_app = typer.Typer(help="Train a model from the corpora in corpora/.", no_args_is_help=True)
app.add_typer(train_app, name="train")


class LevelChoice(str, Enum):
    document = "document"
    section = "section"
    sentence = "sentence"


class FormatChoice(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


class VariantChoice(str, Enum):
    default = "default"
    lexical = "lexical"


def _say(message: str) -> None:
    if not state.quiet:
        err_console.print(message, highlight=False)


def load_input(path: Path) -> Document:
    """A Document JSON (from ``spaser ingest``) as is; any other file is ingested, then cleaned if the cleaner exists."""
    if path.suffix.lower() == ".json":
        from spaser_nlp.document import Document

        return Document.load(path)
    from spaser_nlp.ingest import ingest

    document = ingest(path)
    try:
        from spaser_nlp.clean import clean
    except ImportError:  # the cleaning stage is optional here
        return document
    return clean(document)


_CSV_FIELDS = ["doc_id", "level", "page", "char_start", "char_end", "raw_start", "raw_end", "section", "themes", "text"]


@app.command("themes")
def themes_command(
    files: list[Path] = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    level: LevelChoice = typer.Option(LevelChoice.document, "--level", help="One line per document, section or sentence."),
    output_format: FormatChoice = typer.Option(FormatChoice.jsonl, "--format", help="jsonl or csv (csv: one score column per theme)."),
    variant: VariantChoice = typer.Option(VariantChoice.default, "--model", help="default (lexical+embedding) or lexical (faster)."),
    model_dir: Path = typer.Option(None, "--model-dir", metavar="DIR", help="A model directory written by `spaser train themes --output`."),
) -> None:
    """Theme scores of each input: per document (with a theme profile), section or sentence.

    FILE: a PDF, an image or a text file, or a Document JSON from `spaser ingest`.
    """
    from spaser_nlp.classify import load_theme_scorer
    from spaser_nlp.classify.document import theme_records

    model = run_command(lambda: load_theme_scorer(variant.value, path=model_dir))
    themes = [str(t) for t in model.classes_]
    writer = None
    if output_format is FormatChoice.csv:
        from spaser_nlp.sheets import neutralise

        writer = csv.DictWriter(sys.stdout, fieldnames=_CSV_FIELDS + themes, lineterminator="\n")
        writer.writeheader()
    for path in files:
        document = run_command(lambda: load_input(path))
        records = run_command(lambda: theme_records(document, level=level.value, model=model))
        for record in records:
            row = asdict(record)
            if writer is None:
                if level is not LevelChoice.document:
                    row.pop("profile")
                else:
                    row.pop("text")
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                flat = {key: row[key] for key in _CSV_FIELDS}
                flat["themes"] = ";".join(record.themes)
                flat.update(record.scores)
                writer.writerow({key: neutralise(value) for key, value in flat.items()})
        _say(f"{path.name}: {len(records)} {level.value} line(s)")


@train_app.command("themes")
def train_themes_command(
    variant: VariantChoice = typer.Option(None, "--model", help="Train only this variant (default: both)."),
    corpus: Path = typer.Option(None, "--corpus", metavar="FILE", help="Corpus JSONL (default: corpora/themes/themes.jsonl)."),
    real: Path = typer.Option(None, "--real", metavar="FILE", help="Real labelled passages (default: corpora/real/training.jsonl)."),
    no_real: bool = typer.Option(False, "--no-real", help="Train on the synthetic corpus only."),
    output: Path = typer.Option(None, "--output", "-o", metavar="DIR", help="Model directory (only with --model; default: models/themes/<variant>/)."),
    embedding_cache: Path = typer.Option(
        None, "--embedding-cache", metavar="DIR", help="Directory caching passage embeddings between runs (same files, faster retraining)."
    ),
) -> None:
    """Train the theme models from the corpus (reproducible: same corpus, same files)."""
    from spaser_nlp.classify.train import VARIANTS, train_theme_model

    embedder = None
    if embedding_cache is not None:
        from spaser_nlp.embed import CachedEmbedder, get_embedder

        embedder = run_command(lambda: CachedEmbedder(get_embedder("use"), cache_dir=embedding_cache))

    if output is not None and variant is None:
        err_console.print("[bold red]error:[/] --output needs --model default or --model lexical")
        raise typer.Exit(2)
    chosen = [variant.value] if variant is not None else list(VARIANTS)
    for name in chosen:
        _say(f"training the {name} theme model ({VARIANTS[name]})")
        run_command(
            lambda: train_theme_model(
                features=VARIANTS[name], corpus_path=corpus, output_dir=output, progress=_say, embedder=embedder,
                real_path=real, use_real=not no_real,
            )
        )
        if embedder is not None:
            embedder.save()


@eval_app.command("themes")
def eval_themes_command(
    gold: Path = typer.Option(
        None, "--gold", metavar="FILE", help="Gold JSONL of real passages (shared format: text, source_url, gold.themes; or text, labels). "
        "Default: ../shared/data/spaser-real-dev/passages.jsonl, then the synthetic test split.", show_default=False,
    ),
    corpus: Path = typer.Option(None, "--corpus", metavar="FILE", help="Synthetic corpus JSONL (default: corpora/themes/themes.jsonl)."),
    synthetic: bool = typer.Option(True, "--synthetic/--no-synthetic", help="Also score the synthetic test split (without --gold)."),
    leave_source_out: bool = typer.Option(
        False, "--leave-source-out", help="Also refit per fold of gold source pages (other folds' passages added to training) and score each fold (slow: 5 fits)."
    ),
    variant: VariantChoice = typer.Option(VariantChoice.default, "--model", help="Variant retrained by --leave-source-out."),
    json_output: Path = typer.Option(None, "--json", metavar="FILE", help="Also write the full report as JSON here."),
    model_card: Path = typer.Option(None, "--model-card", metavar="FILE", help="Rewrite the figures section of this model card."),
) -> None:
    """Score the theme models on real passages first (micro/macro-F1, per theme with support), then on the synthetic test split."""
    from spaser_nlp.classify import load_taxonomy
    from spaser_nlp.evaluate.themes import evaluate_themes, render_markdown
    from spaser_nlp.evaluate.themes_real import (
        REAL_DEV,
        evaluate_themes_gold,
        render_gold_markdown,
        render_leave_source_out,
    )
    from spaser_nlp.evaluate.themes_real import (
        leave_source_out as run_leave_source_out,
    )

    labels = {theme.id: theme.label for theme in load_taxonomy().themes}
    report: dict = {}
    if gold is None and not REAL_DEV.is_file():
        _say(f"real dev set not found at {REAL_DEV} (run from the repository root, or pass --gold FILE): skipped")
        parts = [f"### Real passages\n\nNot scored: {REAL_DEV} not found.\n"]
    else:
        report["real"] = run_command(lambda: evaluate_themes_gold(gold))
        parts = ["### Real passages\n", render_gold_markdown(report["real"], labels=labels)]
    if leave_source_out and "real" in report:
        report["leave_source_out"] = run_command(
            lambda: run_leave_source_out(gold, variant=variant.value, corpus_path=corpus, progress=_say)
        )
        parts += ["\n", render_leave_source_out(report["leave_source_out"])]
    if gold is None and synthetic:
        report["synthetic"] = run_command(lambda: evaluate_themes(corpus_path=corpus))
        parts += ["\n### Synthetic test split (our own writing)\n\n", render_markdown(report["synthetic"], labels=labels)]
    markdown = "".join(parts)
    typer.echo(markdown, nl=False)
    if json_output is not None:
        json_output.write_text(json.dumps(report, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    if model_card is not None:
        _rewrite_card(model_card, markdown)


_BEGIN, _END = "<!-- figures:begin -->", "<!-- figures:end -->"


def _rewrite_card(path: Path, markdown: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else f"{_BEGIN}\n{_END}\n"
    if _BEGIN not in text or _END not in text:
        text += f"\n{_BEGIN}\n{_END}\n"
    head, rest = text.split(_BEGIN, 1)
    _, tail = rest.split(_END, 1)
    path.write_text(f"{head}{_BEGIN}\n{markdown}{_END}{tail}", encoding="utf-8")
    _say(f"figures written to {path}")

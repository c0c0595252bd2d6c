"""``spaser clean`` (OCR post-correction of a file) and ``spaser eval clean`` (scores on the gold pairs)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import typer

from spaser_nlp.cli.app import (
    app,
    err_console,
    eval_app,
    run_command,
    state,
    table_console,
)

# Never scored by default, so that tuning on the default sources cannot peek at it (corpora/ocr-noise/README.md).
HELDOUT_PAIRS = Path("corpora/ocr-noise/heldout/pairs")


def _document(file: Path, ocr: str, workers: int | None):
    from spaser_nlp.cli.inputs import read_input

    return read_input(file, ocr=ocr, workers=workers)  # ingest checks ocr


@app.command("clean")
def clean_command(
    file: Path = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    explain: bool = typer.Option(False, "--explain", help="List each edit (page, raw span, before → after, rule)."),
    output_format: str = typer.Option("text", "--format", metavar="<text|json>", help="text or json (text, edits and offset map)."),
    ocr: str = typer.Option("auto", "--ocr", metavar="<auto|always|never>", help="As in `spaser text`."),
    workers: int = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="OCR worker processes."),
) -> None:
    """Print the cleaned text of FILE (French OCR post-correction).

    FILE: a PDF, an image or a text file, or a Document JSON from `spaser ingest`.
    """
    if output_format not in ("text", "json"):
        raise typer.BadParameter("--format must be text or json")
    from spaser_nlp.clean import clean, default_cleaner

    document = _document(file, ocr, workers)
    document = run_command(lambda: clean(document))
    cleaned = document.clean
    assert cleaned is not None
    if output_format == "json":
        payload = {
            "doc_id": document.doc_id,
            "source_path": document.source_path,
            "pipeline": document.pipeline,
            "config": default_cleaner().config.as_dict(),
            "text": cleaned.text,
            "edits": [edit.model_dump() for edit in cleaned.edits],
            "offset_map": cleaned.offset_map,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    if explain:
        for edit in cleaned.edits:
            page = document.page_at(edit.start)
            typer.echo(
                f"p{page}\t{edit.start}-{edit.end}\t{edit.before!r} → {edit.after!r}\t{edit.rule}\t{edit.confidence:.2f}"
            )
        if not state.quiet:
            err_console.print(f"{len(cleaned.edits)} edits")
        return
    typer.echo(cleaned.text)


@eval_app.command("clean")
def eval_clean_command(
    pairs: list[Path] = typer.Option(
        [Path("corpora/ocr-noise/pairs")], "--pairs", metavar="DIR", help="Folder of (noisy, clean) pair files (repeatable)."
    ),
    heldout: bool = typer.Option(
        False, "--heldout",
        help=f"Score the fresh held-out set ({HELDOUT_PAIRS}) instead of --pairs: heldout, heldout-degraded and "
        "their -page forms (all in the test split).",
    ),
    split: str = typer.Option("test", metavar="<test|dev|all>", help="Which split to score."),
    source: list[str] = typer.Option(
        None, "--source", metavar="SOURCE",
        help="synthetic, tesseract, tesseract-page, degraded, degraded-page; with --heldout: heldout, "
        "heldout-page, heldout-degraded, heldout-degraded-page (default: all).",
    ),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
) -> None:
    """WER before/after cleaning, right/missed/wrong corrections and protected tokens, per source.

    Real-OCR sources are scored twice: at word level (OCR aligned with the ground truth by segment,
    layout mismatches cut out and counted apart) and on whole pages (words and layout together).
    """
    from spaser_nlp.evaluate.clean import (
        SOURCE_LABELS,
        evaluate_cleaning,
        load_layout,
        load_pairs,
    )

    if split not in ("test", "dev", "all"):
        raise typer.BadParameter("--split must be test, dev or all")
    wanted = None if split == "all" else split
    folders = [HELDOUT_PAIRS] if heldout else pairs
    loaded = [pair for folder in folders for pair in run_command(partial(load_pairs, folder, split=wanted))]
    if source:
        loaded = [pair for pair in loaded if pair.source in source]
    scores, speed = evaluate_cleaning(loaded)
    layout = {name: counts for folder in folders for name, counts in load_layout(folder, split=wanted).items()}
    if output_format == "json":
        payload = {"split": split, "scores": {k: s.as_dict() for k, s in scores.items()}, "speed": speed,
                   "layout": layout}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    console = table_console(150)
    table = Table(title=f"OCR post-correction ({split} split)")
    for column in ("source", "what", "words", "WER before %", "WER after %", "after/before", "right", "missed",
                   "wrong", "wrong %", "protected broken"):
        table.add_column(column, justify="left" if column in ("source", "what") else "right")
    for name in sorted(scores, key=lambda n: (n == "all", n)):
        s = scores[name]
        ratio = f"{s.wer_after / s.wer_before:.2f}" if s.wer_before else "–"
        table.add_row(
            name, SOURCE_LABELS.get(name, "all pairs"), str(s.words), f"{100 * s.wer_before:.2f}",
            f"{100 * s.wer_after:.2f}", ratio, str(s.right), str(s.missed), str(s.wrong),
            f"{100 * s.wrong_rate:.3f}", f"{s.protected_broken}/{s.protected}",
            style="bold" if name == "all" else None,
        )
    console.print(table)
    if layout:
        counts = Table(title="Layout mismatches left out of the word-level scores (ground-truth words unless noted)")
        for column in ("source", "pages' words", "word level", "segment breaks", "column switches", "not read",
                       "read elsewhere", "lost in segment", "OCR debris words"):
            counts.add_column(column, justify="left" if column == "source" else "right")
        for name, c in layout.items():
            counts.add_row(name, str(c["truth_tokens"]), str(c["word_level_tokens"]), str(c["breaks"]),
                           str(c["switches"]), str(c["lost_tokens"]), str(c["moved_tokens"]),
                           str(c["dropped_tokens"]), str(c["unaligned_tokens"] + c["extra_tokens"]))
        console.print(counts)
    if not state.quiet:
        err_console.print(f"speed: {speed['words_per_second']:.0f} words/s over {speed['words']} words (pair by pair)")

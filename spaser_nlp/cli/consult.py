"""``spaser consult FILE -o OUTDIR``, ``spaser consult diff RUN_A RUN_B`` and ``spaser eval consult``."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from spaser_nlp.cli.app import app, err_console, eval_app, run_command, state


class _DefaultRunGroup(TyperGroup):
    """A group whose first argument, when it is not a subcommand, goes to ``run``.

    So ``spaser consult FILE -o OUT`` means ``spaser consult run FILE -o OUT``
    while ``spaser consult diff A B`` still reaches ``diff``.
    """

    # typer vendors click: its Context is not the separate click package's (which need not be installed).
    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


consult_app = typer.Typer(
    cls=_DefaultRunGroup,
    no_args_is_help=True,
    help="Analyse a consultation: duplicates, campaigns, priority issues, codebook, French report.\n\n"
    "Usage: spaser consult FILE -o OUTDIR [options]  |  spaser consult diff RUN_A RUN_B",
)
app.add_typer(consult_app, name="consult")


@consult_app.command("run")
def consult_run(
    file: Path = typer.Argument(..., metavar="FILE", hidden=True),
    outdir: Path = typer.Option(..., "--output", "-o", metavar="OUTDIR", help="Folder for assignments.csv/.xlsx, issues.json, codebook.yaml, report.html, synthese.docx."),
    text_col: str = typer.Option(None, "--text-col", metavar="COLUMN", help="Column of the contribution text (detected if omitted)."),
    id_col: str = typer.Option(None, "--id-col", metavar="COLUMN", help="Column of the contribution id (else the row number)."),
    title_col: str = typer.Option(None, "--title-col", metavar="COLUMN", help="Column of the contribution title."),
    author_type_col: str = typer.Option(None, "--author-type-col", metavar="COLUMN", help="Column of the author type (citizen, organisation…)."),
    author_col: str = typer.Option(None, "--author-col", metavar="COLUMN", help="Column of the author name or pseudonym (distinct authors)."),
    date_col: str = typer.Option(None, "--date-col", metavar="COLUMN", help="Column of the publication date."),
    question: str = typer.Option(
        None, "--question", metavar="QUESTION", help="In an export with one column per question (Cap Collectif): the question's id or text."
    ),
    each_question: bool = typer.Option(
        False, "--each-question", help="Analyse every question of the export into OUTDIR/<n>-<id>/, plus OUTDIR/index.json."
    ),
    codebook: Path = typer.Option(None, "--codebook", metavar="FILE", help="codebook.yaml of an earlier run, edited by the team."),
    schema: Path = typer.Option(None, "--schema", metavar="FILE", help="The draft schéma (PDF or .txt) to compare the issues with."),
    embedder: str = typer.Option(
        "use", "--embedder", metavar="EMBEDDER", help="use, tfidf, minilm or sentence-transformers:DIR (a local model folder)."
    ),
    cache_dir: Path = typer.Option(None, "--cache-dir", metavar="DIR", help="Keep embeddings here, by text hash, between runs."),
    seed: int = typer.Option(0, "--seed", metavar="N", help="Random seed (same input and seed: same bytes out)."),
    max_issues: int = typer.Option(30, "--max-issues", metavar="N", help="Upper bound on the number of issues."),
    no_xlsx: bool = typer.Option(False, "--no-xlsx", help="Skip assignments.xlsx."),
    themes: bool = typer.Option(
        False, "--themes", help="Show the SPASER themes in report.html (default: only when the consultation is about purchasing)."
    ),
    scheduler: str = typer.Option(
        None, "--scheduler", metavar="ADDRESS", help="Compute embeddings and flags on this Dask cluster, e.g. tcp://10.0.0.5:8786."
    ),
    workers: int = typer.Option(
        None, "--workers", "-w", min=1, metavar="N", help="Compute embeddings and flags in N local processes (default: this one)."
    ),
    keep_personal_data: bool = typer.Option(
        False, "--keep-personal-data",
        help="Keep e-mails, phone numbers, addresses and names as written (default: pseudonymised in every output).",
    ),
    max_rows: int = typer.Option(2_000_000, "--max-rows", min=1, metavar="N", help="Refuse files with more contributions."),
    max_cell_chars: int = typer.Option(
        100_000, "--max-cell-chars", min=100, metavar="N", help="Cut longer cells (with a note in the text)."
    ),
    max_input_mb: int = typer.Option(
        2048, "--max-input-mb", min=1, metavar="MB", help="Refuse larger files (and XLSX files unpacking to more)."
    ),
) -> None:
    """Find the priority issues of a consultation and write the outputs to OUTDIR.

    FILE: the contributions as CSV, XLSX, JSON or JSONL (Decidim and Cap Collectif exports too).
    """
    from spaser_nlp.cli.progress import progress_shown, stage_display
    from spaser_nlp.consult import (
        ConsultationResult,
        ConsultSettings,
        analyse,
        write_result,
    )
    from spaser_nlp.consult.pipeline import preload_models, read_export, release_models
    from spaser_nlp.consult.progress import Stages

    def report(result: ConsultationResult, target: Path, started: float) -> None:
        if state.quiet:
            return
        for line in result.settings.get("columns_read", []):
            err_console.print(f"  {line}", highlight=False)
        stats = result.stats
        err_console.print(
            f"{_count(stats['n_contributions'], 'contribution')}, "
            f"{_count(stats['n_distinct_arguments'], 'distinct argument')}, {_count(stats['n_issues'], 'issue')}, "
            f"{_count(stats['n_campaigns'], 'campaign')}, {_count(stats.get('n_popular_answers', 0), 'popular answer')}, "
            f"{stats['n_unassigned']} unassigned ({stats['unassigned_share']:.1%}) "
            f"in {time.perf_counter() - started:.1f} s",
            highlight=False,
        )
        for issue in result.issues[:10]:
            err_console.print(f"  {issue.rank:>2}. {issue.label} ({issue.size})", highlight=False)
        err_console.print(f"wrote {target}", highlight=False)

    def work() -> None:
        from spaser_nlp.errors import InputError

        if scheduler and workers:
            raise InputError("give either --scheduler or --workers, not both")
        from spaser_nlp.consult.readers import ReadLimits
        from spaser_nlp.errors import InputError

        # Before the analysis, not after it: where the outputs go.
        if outdir.exists() and not outdir.is_dir():
            raise InputError("exists and is not a folder; give a folder for the outputs with -o", path=outdir)
        existing = next((p for p in [outdir, *outdir.absolute().parents] if p.exists()), None)
        if existing is not None and (not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK)):
            raise InputError(f"cannot create the output folder here ({existing} is not a writable folder); check -o",
                             path=outdir)
        if question and each_question:
            raise InputError("give either --question or --each-question, not both")
        # Before the analysis too: a mistyped --schema or --codebook path must not cost a whole run.
        for given, flag in ((schema, "--schema"), (codebook, "--codebook")):
            if given is not None and not Path(given).is_file():
                raise InputError(f"no such file; check the path given to {flag}", path=given)
        if schema is not None and embedder == "tfidf" and not state.quiet:
            # The analysis only notes it in the method; say it where the user looks.
            err_console.print(f"warning: {schema}: not compared with the issues: the schéma comparison needs sentence "
                              "embeddings (drop --embedder tfidf)", highlight=False)
        started = time.perf_counter()
        settings = ConsultSettings(
            seed=seed, embedder=embedder, cache_dir=str(cache_dir) if cache_dir else None, max_issues=max_issues,
            keep_personal_data=keep_personal_data,
        )
        limits = ReadLimits(
            max_bytes=max_input_mb * 1024**2, max_rows=max_rows, max_cell_chars=max_cell_chars,
            max_uncompressed=max_input_mb * 1024**2,
        )
        preload_models()
        with stage_display(progress_shown()) as display:
            # The file is read under the `reading` stage, which analyse() ends once the columns are recognised.
            Stages(display).start("reading", file.name)
            table, found = read_export(file, limits=limits)
            run(table, found, started, display, settings)

    def run(table: Any, found: list, started: float, display: Any, settings: ConsultSettings) -> None:
        from spaser_nlp.errors import InputError

        def run_one(wanted: str | None, target: Path, *, last: bool = True) -> ConsultationResult:
            try:
                result = analyse(
                    table, text_col=text_col, id_col=id_col, title_col=title_col, author_type_col=author_type_col,
                    author_col=author_col, date_col=date_col, question=wanted, settings=settings, codebook=codebook,
                    schema=schema, scheduler=scheduler, workers=workers, progress=display,
                )
            except InputError as error:
                if error.path is not None:  # it names its own file (--schema, --codebook): keep it
                    raise
                raise type(error)(error.message, path=file, options=error.options) from error
            if last:  # the models' memory serves the outputs (a 76-answer run's peak: 395 -> 381 MB)
                release_models()
            write_result(result, target, xlsx=not no_xlsx, themes=True if themes else None, progress=display)
            report(result, target, started)
            return result

        if not each_question:
            run_one(question, outdir)
            return
        if not found:
            raise InputError("--each-question needs an export with one column per question (« <id> - <question> »)", path=file)
        index = []
        for number, item in enumerate(found, start=1):
            folder = f"{number:02d}-{''.join(ch for ch in item.id if ch.isalnum())[:24]}"
            if display is not None:
                display.prefix = f"question {number}/{len(found)}"
            result = run_one(item.id, outdir / folder, last=number == len(found))
            index.append({"folder": folder, "question_id": item.id, "question": item.text,
                          "n_contributions": result.stats["n_contributions"], "n_issues": result.stats["n_issues"],
                          "issues": [issue.label for issue in result.issues[:5]]})
        (outdir / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
        if not state.quiet:
            err_console.print(f"{len(index)} questions: index in {outdir / 'index.json'}", highlight=False)

    run_command(work)


@consult_app.command("diff")
def consult_diff(
    run_a: Path = typer.Argument(..., metavar="RUN_A", hidden=True),
    run_b: Path = typer.Argument(..., metavar="RUN_B", hidden=True),
    as_json: bool = typer.Option(False, "--json", help="Print the differences as JSON."),
) -> None:
    """Show what changed between two runs: issues added, removed, renamed, resized; contributions moved.

    RUN_A, RUN_B: the output folders (OUTDIR) of the first and the second `spaser consult` run.
    """
    from spaser_nlp.consult.diff import diff_runs, format_diff

    def work() -> None:
        diff = diff_runs(run_a, run_b)
        typer.echo(json.dumps(diff, ensure_ascii=False, indent=2) if as_json else format_diff(diff))

    run_command(work)


@eval_app.command("consult")
def eval_consult(
    data: Path = typer.Option(
        Path("../shared/data/grand-debat-dev/contributions.jsonl"), "--data", metavar="FILE",
        help="Coded contributions (JSONL); default relative to the repository root.",
    ),
    embedder: str = typer.Option(
        "use", "--embedder", metavar="EMBEDDER", help="use, tfidf, minilm or sentence-transformers:DIR (a local model folder)."
    ),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Score KMeans (k = √n) side by side."),
    output: Path = typer.Option(None, "--json", metavar="FILE", help="Also write the scores as JSON to this file."),
    labels: bool = typer.Option(False, "--labels", help="Also count the label-rule violations of each question."),
    flags: bool = typer.Option(False, "--flags", help="Also score the flags on the hand-checked corpora/consultation/flags-sample.csv."),
    loqo: bool = typer.Option(False, "--loqo", help="Also choose k_scale × max issues per answer by leave-one-question-out (minutes)."),
) -> None:
    """Cluster each question of the Grand Débat sample and score it against the human categories.

    Per question: category F (Larsen–Aone, "A Aucun" codes scored), BCubed F, NMI and the
    unassigned share of non-empty answers, for the analysis and (by default) the KMeans baseline.
    """
    from spaser_nlp.consult import ConsultSettings
    from spaser_nlp.evaluate.consult import (
        baseline_method,
        compare,
        load_gold,
        spaser_method,
    )

    def work() -> None:
        gold = load_gold(data)
        methods = {"spaser": spaser_method(settings=ConsultSettings(embedder=embedder, themes=False))}
        if baseline:
            methods["kmeans"] = baseline_method(embedder)
        table = compare(gold, methods)
        columns = ["question_id", "question", "n", "n_scored"]
        for key in ("n_clusters", "f_measure", "bcubed_f", "nmi", "unassigned_share"):
            columns += [f"{key}_{name}" for name in methods]
        # Each answer is scored with all its issues; its primary issue alone beside (the baseline has one).
        columns += ["f_measure_primary_spaser", "bcubed_f_primary_spaser", "clusters_per_answer_spaser"]
        shown = table[columns].rename(columns=lambda c: c.replace("_measure", "").replace("unassigned_share", "unassigned")
                                      .replace("clusters_per_answer", "issues_per_answer"))
        shown = shown.assign(question=shown["question"].str.slice(0, 40))
        typer.echo(shown.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        if output:
            output.write_text(table.to_json(orient="records", force_ascii=False, indent=2), encoding="utf-8")
        if loqo:
            from spaser_nlp.evaluate.consult import _questions as questions_of
            from spaser_nlp.evaluate.consult import leave_one_question_out, score_method

            grid = {f"k{k}_max{m}": spaser_method(settings=ConsultSettings(
                embedder=embedder, themes=False, k_scale=k, max_issues_per_answer=m)) for k in (1.0, 1.2, 1.5) for m in (3, 5)}
            per_question = {name: {q: score_method(g, method) for q, g in questions_of(gold)} for name, method in grid.items()}
            typer.echo("\nsettings (mean of questions: category F / BCubed F):")
            for name, by_q in per_question.items():
                typer.echo(f"  {name}: {sum(s['f_measure'] for s in by_q.values()) / len(by_q):.3f} / "
                           f"{sum(s['bcubed_f'] for s in by_q.values()) / len(by_q):.3f}")
            chosen = leave_one_question_out(gold, {}, ("f_measure", "bcubed_f"), per_question=per_question)
            typer.echo("leave-one-question-out (chosen on the mean of category F and BCubed F of the other questions):")
            typer.echo(chosen.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
            typer.echo(f"held-out mean: category F {chosen['f_measure'].mean():.3f}, BCubed F {chosen['bcubed_f'].mean():.3f}")
        if flags:
            from spaser_nlp.evaluate.consult import flag_scores

            typer.echo("\nflags (hand-checked sample):")
            typer.echo(flag_scores(settings=ConsultSettings(embedder=embedder, themes=False)).to_string(
                index=False, float_format=lambda v: f"{v:.2f}"))
            from spaser_nlp.evaluate.consult import off_topic_on_dev

            dev = off_topic_on_dev(gold, settings=ConsultSettings(embedder=embedder, themes=False))
            typer.echo(f"hors_sujet on the coded questions: {int(dev['on_topic_flagged'])} of {int(dev['on_topic'])} on-topic "
                       f"answers flagged ({dev['on_topic_flagged_share']:.1%}), precision {dev['precision']:.2f}, "
                       f"recall {dev['recall']:.2f}")
            from spaser_nlp.evaluate.consult import offtopic_sample_scores

            drawn, share = offtopic_sample_scores(data, settings=ConsultSettings(embedder=embedder, themes=False))
            typer.echo(f"\nflags on {int(share['answers'])} answers drawn at random and marked by hand (offtopic-sample.csv):")
            typer.echo(drawn.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
            typer.echo(f"on-topic answers of that sample flagged hors_sujet: {int(share['on_topic_flagged'])} of "
                       f"{int(share['on_topic'])} ({share['on_topic_flagged_share']:.1%})")
        if labels:
            from spaser_nlp.evaluate.consult import label_quality

            quality = label_quality(gold, settings=ConsultSettings(embedder=embedder, themes=False))
            typer.echo(f"\nlabel rules: {int(quality['violations'].sum())} violations over {int(quality['n_issues'].sum())} issues"
                       f" (weaknesses of labels kept for lack of a better one: {int(quality['weak'].sum())})")
            for _, row in quality.iterrows():
                typer.echo(f"  {row['question_id']}: {int(row['violations'])} ({row['details'] or '-'})")
                if row["weak_details"]:
                    typer.echo(f"      weak: {row['weak_details']}")
                typer.echo(f"      {row['labels']}")

    run_command(work)


@eval_app.command("privacy")
def eval_privacy(
    gold: Path = typer.Option(Path("corpora/privacy/contributions.txt"), "--gold", metavar="FILE", help="Hand-labelled contributions."),
    split: str = typer.Option("all", "--split", metavar="<dev|test|heldout|all>", help="Which split to score."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only (no spaCy NER)."),
    errors: bool = typer.Option(False, "--errors", help="List the misses and false alarms."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Precision and recall of the personal-data pseudonymisation per type (e-mail, phone, address, name)."""
    from spaser_nlp.evaluate.privacy import evaluate_privacy, load_gold

    def work() -> None:
        items = load_gold(gold)
        splits = sorted({i.split for i in items}) if split == "all" else [split]
        payload: dict[str, dict[str, Any]] = {}
        for name in [*splits, "all"] if split == "all" else splits:
            chosen = [i for i in items if name == "all" or i.split == name]
            if not chosen:
                raise typer.BadParameter(f"no contribution in split {name!r}")
            scores = evaluate_privacy(chosen, use_ner=not no_ner)
            payload[name] = {"contributions": len(chosen), "scores": scores.table(), "seconds": round(scores.seconds, 2)}
            if errors:
                payload[name]["misses"] = scores.misses
                payload[name]["false_alarms"] = scores.false_alarms
        if as_json:
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
            return
        for name, part in payload.items():
            typer.echo(f"{name} ({part['contributions']} contributions)")
            typer.echo(f"  {'type':<11} {'precision':>9} {'recall':>7} {'gold':>5} {'predicted':>9}")
            for label, row in part["scores"].items():
                typer.echo(
                    f"  {label:<11} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['gold']:>5} {row['predicted']:>9}"
                )
            for kind in ("misses", "false_alarms"):
                for entry in part.get(kind, []):
                    typer.echo(f"  {kind[:-2] if kind == 'misses' else 'false alarm'}: {entry['label']} {entry['text']!r}")

    run_command(work)


def _count(count: int, word: str) -> str:
    """``1 issue``, ``0 issues``, ``2 issues`` (English, as the rest of the command line)."""
    return f"{count} {word}{'' if count == 1 else 's'}"

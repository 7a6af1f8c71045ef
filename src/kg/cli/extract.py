"""`kg extract`, `kg eval`: proposals from text, and their evaluation.

spaCy is imported inside the commands, so that the other commands start fast."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import Positive, echo, get_project, user_errors


@click.command()
@click.argument("documents", nargs=-1)
@click.option("--all", "all_docs", is_flag=True, help="Every document of the corpus.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "jsonl"]),
    default="yaml",
    show_default=True,
    help="yaml: write annotations/candidates/<doc>.yaml; jsonl: print one assertion per line.",
)
@click.option(
    "--stdout", "to_stdout", is_flag=True, help="Print the YAML instead of writing candidate files."
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Leave out proposals below this confidence.",
)
@click.option(
    "--n-process",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes, each extracting one document at a time.",
)
@click.option(
    "--max-mb", type=Positive(), default=5.0, show_default=True, help="Skip larger files, with an error."
)
@click.option(
    "--timeout",
    type=Positive(zero_ok=True),
    metavar="SECONDS",
    help="Stop a document that takes longer, with an error, and go on with the others "
    "(0: no limit)  [default: 60 per MB of text, at least 60]",
)
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Rules file to use instead of the bundled one.",
)
@click.pass_context
@user_errors
def extract(
    ctx: click.Context,
    documents: tuple[str, ...],
    all_docs: bool,
    fmt: str,
    to_stdout: bool,
    min_confidence: float,
    n_process: int,
    max_mb: float,
    timeout: float | None,
    rules_file: Path | None,
) -> None:
    """Propose evidence-backed assertions for DOCUMENTS (corpus names like 002, or text files)."""
    from kg.extraction.output import candidates_yaml, jsonl_lines, write_candidates
    from kg.extraction.run import Runner, resolve_targets

    project = get_project(ctx)
    targets = resolve_targets(project, list(documents), all_docs)
    runner = Runner(project, rules_file)
    failed = 0

    def done(o) -> None:  # noqa: ANN001 - an Outcome
        nonlocal failed
        if o.error is not None:
            failed += 1
            echo(f"error: {o.error}", err=True)
            return
        kept = [p for p in o.proposals if p.confidence >= min_confidence]
        t = o.target
        if fmt == "jsonl":
            for line in jsonl_lines(kept):
                echo(line, "jsonl")
        elif to_stdout or not t.in_corpus:
            if not t.in_corpus and not to_stdout:
                echo(f"note: {t.name} is not in the corpus (add it with `kg ingest`); printing", err=True)
            echo(candidates_yaml(t.name, o.text, kept), nl=False)
        else:
            path, n_ent, n = write_candidates(project.annotations_dir, t.name, o.text, kept, runner.onto)
            neg = sum(p.negated for p in kept)
            gone = f", {len(kept) - n} rejected in review left out" if n < len(kept) else ""
            echo(
                f"{t.name}: {n} candidate assertions ({neg} negated{gone}), {n_ent} proposed entities "
                f"-> {path.relative_to(project.root)}",
                err=fmt != "yaml" or to_stdout,
            )

    big = len(targets) > 1 or sum(t.path.stat().st_size for t in targets if t.path.exists()) > 1_000_000
    if big:
        with click.progressbar(length=len(targets), label="extracting", file=sys.stderr) as bar:

            def step(o) -> None:  # noqa: ANN001
                done(o)
                bar.update(1)

            _, speed = runner.run(targets, n_process=n_process, max_mb=max_mb, timeout=timeout, on_done=step)
    else:
        _, speed = runner.run(targets, n_process=n_process, max_mb=max_mb, timeout=timeout, on_done=done)
    echo(speed.line(), err=True)
    if failed:
        echo(f"{failed} of {len(targets)} document(s) failed; the others were processed", err=True)
        sys.exit(1)


@click.command(name="eval")
@click.option(
    "--holdout/--no-holdout",
    default=True,
    show_default=True,
    help="Leave-one-document-out (hide aliases only the held-out text uses), or in-sample.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Minimum confidence of a counted proposal.",
)
@click.option(
    "--details/--no-details", default=True, show_default=True, help="List misses and false positives."
)
@click.option("--doc", "docs", multiple=True, help="Evaluate only these documents (file names).")
@click.option(
    "--texts",
    type=click.Path(file_okay=False, path_type=Path),
    help="Score on this folder of texts instead of the corpus (with --gold).",
)
@click.option("--gold", type=click.Path(dir_okay=False, path_type=Path), help="Gold facts for --texts (TSV).")
@click.option("--json", "as_json", is_flag=True, help="With --texts: the whole report as JSON.")
@click.pass_context
@user_errors
def eval_cmd(
    ctx: click.Context,
    holdout: bool,
    threshold: float,
    details: bool,
    docs: tuple[str, ...],
    texts: Path | None,
    gold: Path | None,
    as_json: bool,
) -> None:
    """Score extraction: P/R/F1 for sued, funded, endorsed, opposed, against the curated annotations
    (leave-one-document-out) or, with --texts DIR --gold FILE, against any gold file."""
    if (texts is None) != (gold is None):
        raise click.UsageError("--texts and --gold go together")
    if texts is not None and gold is not None:
        _eval_gold(ctx, texts, gold, threshold, details, as_json)
        return
    if as_json:
        raise click.UsageError("--json goes with --texts and --gold")
    from kg.curate.inputs import load_inputs
    from kg.extraction.evaluate import evaluate, format_details, format_table
    from kg.extraction.rules import load_rules

    inputs = load_inputs(get_project(ctx))
    report = evaluate(
        inputs, load_rules(inputs.onto), holdout=holdout, threshold=threshold, documents=list(docs) or None
    )
    mode = "leave-one-document-out" if holdout else "in-sample (registry complete)"
    echo(f"{len(report.documents)} documents, {mode}, confidence >= {threshold:g}\n")
    echo("\n".join(format_table(report)))
    if details:
        echo("")
        echo("\n".join(format_details(report, inputs.registry)))


def _eval_gold(
    ctx: click.Context, texts: Path, gold: Path, threshold: float, details: bool, as_json: bool
) -> None:
    import json

    from kg.extraction.evaluate import format_table
    from kg.extraction.goldeval import evaluate_gold, format_gold_details, load_gold, read_texts
    from kg.extraction.run import Runner

    rows = load_gold(gold)
    runner = Runner(get_project(ctx), None)
    report = evaluate_gold(runner.extractor, runner.onto, read_texts(texts, rows), rows, threshold)
    if as_json:
        echo(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
        return
    echo(f"{len(report.files)} texts, {len(rows)} gold rows, confidence >= {threshold:g}\n")
    echo("\n".join(format_table(report)))
    echo(
        f"\nnegated or retracted facts output as current: {len(report.negated_as_current)}; "
        f"negations found: {report.negations_found}"
    )
    if details:
        echo("\n" + "\n".join(format_gold_details(report)))

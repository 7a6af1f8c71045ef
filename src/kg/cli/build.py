"""`kg build`, `kg validate`, `kg stats`: the graph from its inputs."""

from __future__ import annotations

import click

from kg.cli.common import echo, get_project, user_errors


@click.command()
@click.option("--check", is_flag=True, help="Fail if graph/ is out of date with its inputs; write nothing.")
@click.option("--include-candidates", is_flag=True, help="Add machine-extracted candidates, marked as such.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
@user_errors
def build(ctx: click.Context, check: bool, include_candidates: bool, quiet: bool) -> None:
    """Build graph/ from ontology/, corpus/ and annotations/ (Turtle, TriG, JSON-LD)."""
    from kg.builder.run import build as run_build

    project = get_project(ctx)
    res = run_build(project, check=check, include_candidates=include_candidates)
    if quiet:
        return
    for w in res.warnings:
        echo(f"warning: {w}", err=True)
    inp = res.inputs
    n = f"{len(inp.located)} assertions, {len(inp.registry)} actors, {len(inp.corpus)} documents"
    if check:
        echo(f"graph/ is up to date ({n})")
    else:
        for path, data in res.files.items():
            echo(f"wrote {path.relative_to(project.root)} ({len(data):,} bytes)")
        echo(f"built {n}; all quotes verified, SHACL conforms")


@click.command()
@click.pass_context
@user_errors
def validate(ctx: click.Context) -> None:
    """Run every check of a build (schema, references, quotes at offsets, SHACL); write nothing."""
    from kg.builder.run import validate as run_validate

    inp = run_validate(get_project(ctx))
    for w in inp.warnings:
        echo(f"warning: {w}", err=True)
    n_ev = sum(len(x.assertion.evidence) for x in inp.located)
    echo(f"ok: {len(inp.located)} assertions, {n_ev} quotes found at their offsets, SHACL conforms")


@click.command()
@click.option("--example/--no-example", default=True, help="Also print one assertion with its evidence.")
@click.pass_context
@user_errors
def stats(ctx: click.Context, example: bool) -> None:
    """Summarise the graph: actors per type, assertions per relation and per document."""
    from kg.builder.summary import example_lines, summary_lines
    from kg.curate.inputs import load_inputs

    inp = load_inputs(get_project(ctx))
    echo("\n".join(summary_lines(inp)))
    if example:
        lines = example_lines(inp, subject="philadelphia-fop", relation="sued") or example_lines(inp)
        echo("\nExample assertion with its evidence:")
        echo("\n".join(lines))

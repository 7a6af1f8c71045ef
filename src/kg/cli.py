"""The `kg` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.errors import KGError


def _project(ctx: click.Context):
    from kg.paths import Project

    return Project.find(ctx.obj.get("root"))


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Report KGError as one line on stderr with its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project directory (default: $KG_HOME, else the nearest one above the current directory).",
)
@click.version_option(package_name="prosecutor-kg")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """prosecutor-kg: who backs and who fights the reform prosecutors, with the passage that says so."""
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


@main.command()
@click.option("--check", is_flag=True, help="Fail if graph/ is out of date with its inputs; write nothing.")
@click.option("--include-candidates", is_flag=True, help="Add machine-extracted candidates, marked as such.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
@user_errors
def build(ctx: click.Context, check: bool, include_candidates: bool, quiet: bool) -> None:
    """Build graph/ from ontology/, corpus/ and annotations/ (Turtle, TriG, JSON-LD)."""
    from kg.build import build as run_build

    project = _project(ctx)
    res = run_build(project, check=check, include_candidates=include_candidates)
    if quiet:
        return
    for w in res.warnings:
        click.echo(f"warning: {w}", err=True)
    inp = res.inputs
    n = f"{len(inp.located)} assertions, {len(inp.registry)} actors, {len(inp.corpus)} documents"
    if check:
        click.echo(f"graph/ is up to date ({n})")
    else:
        for path, data in res.files.items():
            click.echo(f"wrote {path.relative_to(project.root)} ({len(data):,} bytes)")
        click.echo(f"built {n}; all quotes verified, SHACL conforms")


@main.command()
@click.pass_context
@user_errors
def validate(ctx: click.Context) -> None:
    """Run every check of a build (schema, references, quotes at offsets, SHACL); write nothing."""
    from kg.build import validate as run_validate

    inp = run_validate(_project(ctx))
    for w in inp.warnings:
        click.echo(f"warning: {w}", err=True)
    n_ev = sum(len(x.assertion.evidence) for x in inp.located)
    click.echo(f"ok: {len(inp.located)} assertions, {n_ev} quotes found at their offsets, SHACL conforms")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@user_errors
def locate(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Fill in the character offsets of quotes in assertion FILES (default: all of them)."""
    from kg.locate import locate_file

    project = _project(ctx)
    targets = list(files) or project.assertion_files
    for f in targets:
        if not f.exists() and (project.annotations_dir / "assertions" / f.name).exists():
            f = project.annotations_dir / "assertions" / f.name
        changed, ok = locate_file(f, project.corpus_dir)
        click.echo(f"{f.name}: {changed} offsets filled in, {ok} already correct")


@main.command()
@click.option("--example/--no-example", default=True, help="Also print one assertion with its evidence.")
@click.pass_context
@user_errors
def stats(ctx: click.Context, example: bool) -> None:
    """Summarise the graph: actors per type, assertions per relation and per document."""
    from kg.build import load_inputs
    from kg.summary import example_lines, summary_lines

    inp = load_inputs(_project(ctx))
    click.echo("\n".join(summary_lines(inp)))
    if example:
        lines = example_lines(inp, subject="philadelphia-fop", relation="sued") or example_lines(inp)
        click.echo("\nExample assertion with its evidence:")
        click.echo("\n".join(lines))


if __name__ == "__main__":  # pragma: no cover
    main()

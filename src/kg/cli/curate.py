"""`kg locate`, `kg ingest`: curating the corpus and the assertion files."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import Positive, echo, get_project, user_errors


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@user_errors
def locate(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Fill in the character offsets of quotes in assertion FILES (default: all of them)."""
    from kg.curate.locate import locate_file

    project = get_project(ctx)
    targets = list(files) or project.assertion_files
    for f in targets:
        if not f.exists() and (project.annotations_dir / "assertions" / f.name).exists():
            f = project.annotations_dir / "assertions" / f.name
        changed, ok = locate_file(f, project.corpus_dir)
        echo(f"{f.name}: {changed} offsets filled in, {ok} already correct")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", required=True, help="The document's title.")
@click.option("--publisher", help="Who published it.")
@click.option("--date", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--author", help="Author(s), as printed.")
@click.option("--url", help="Where it was published.")
@click.option("--kind", help="news article, opinion column, law review article, ...")
@click.option("--max-mb", type=Positive(), default=5.0, show_default=True, help="Refuse larger files.")
@click.pass_context
@user_errors
def ingest(ctx: click.Context, file: Path, max_mb: float, **meta: str | None) -> None:
    """Add FILE to corpus/ as normalised UTF-8, with its metadata in sources.yaml."""
    from kg.curate.ingest import ingest as run_ingest

    project = get_project(ctx)
    title = meta.pop("title") or ""
    res = run_ingest(project, file, title=title, max_mb=max_mb, **meta)
    echo(f"added {res.path.relative_to(project.root)} ({res.chars:,} characters, sha256 {res.sha256[:16]})")
    echo(f"next: kg extract {res.file}")

"""`kg locate`, `kg ingest`, `kg remove`: curating the corpus and the assertion files."""

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
@click.option("--title", help="The document's title (default: the one the web page or PDF gives).")
@click.option("--publisher", help="Who published it.")
@click.option("--date", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--author", help="Author(s), as printed.")
@click.option("--url", help="Where it was published.")
@click.option("--kind", help="news article, opinion column, law review article, ...")
@click.option("--max-mb", type=Positive(), default=5.0, show_default=True, help="Refuse larger files.")
@click.pass_context
@user_errors
def ingest(ctx: click.Context, file: Path, max_mb: float, **meta: str | None) -> None:
    """Add FILE (a saved web page, a PDF, or UTF-8 text) to corpus/ as normalised text, with its
    metadata in sources.yaml. The options override the metadata the file gives."""
    from kg.curate.ingest import ingest as run_ingest

    project = get_project(ctx)
    res = run_ingest(project, file, max_mb=max_mb, **meta)
    size = f"{res.chars:,} characters" + (f", {res.pages} pages" if res.pages else "")
    echo(f"added {res.path.relative_to(project.root)} ({size}, sha256 {res.sha256[:16]})")
    for key, value in res.meta.items():
        echo(f"  {key}: {value}")
    echo(f"next: kg extract {res.file}")


@click.command()
@click.argument("document")
@click.option("--force", is_flag=True, help="Also remove the curated assertions that cite it.")
@click.pass_context
@user_errors
def remove(ctx: click.Context, document: str, force: bool) -> None:
    """Undo `kg ingest`: remove DOCUMENT (e.g. 005_3f0c9a1be2d47e85.txt) from corpus/ and
    sources.yaml, with its candidates and review decisions. Refused while curated assertions cite it."""
    from kg.curate.remove import remove as run_remove

    project = get_project(ctx)
    res = run_remove(project, document, force=force)
    for path in res.removed:
        echo(f"removed {path.relative_to(project.root)}")
    for path in res.changed:
        echo(f"updated {path.relative_to(project.root)}")
    if res.assertions:
        echo(f"{res.document}: removed with {res.assertions} curated assertion(s); run `kg build`")

"""`kg site`: the explorer's pages as a static site (kg.views.pages.site)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import echo, get_project, get_store_spec, user_errors


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The directory to write.",
)
@click.option("--no-maps", is_flag=True, help="Leave out the maps (the site is then about 1% of the size).")
@click.pass_context
@user_errors
def site(ctx: click.Context, output: Path, no_maps: bool) -> None:
    """Write the actor, document and search pages as a static site into the directory -o (opens from
    file://, loads nothing from another host, the same bytes on a rebuild)."""
    from kg.views.pages.site import write_site

    s = write_site(get_project(ctx), output, get_store_spec(ctx, None), with_maps=not no_maps)
    echo(
        f"wrote {s.files} files ({s.bytes / 1e6:.1f} MB) to {s.out}: {s.actors} actor pages, "
        f"{s.documents} document pages, search.html, index.html"
    )

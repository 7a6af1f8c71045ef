"""`kg viz`, `kg export`: maps of the network and exports for other tools."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import echo, get_project, user_errors


@click.command()
@click.option(
    "--focus", metavar="NAME", help="Centre on this actor: label, alias or id (case, accents ignored)."
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --focus: how many steps out from the actor.",
)
@click.option(
    "--relation", "relations", metavar="R1,R2", help="Only these relations and their sub-relations."
)
@click.option("--type", "types", metavar="T1,T2", help="Only actors of these types and their subtypes.")
@click.option("--include-candidates", is_flag=True, help="Add machine-extracted candidates (dashed edges).")
@click.option(
    "--all",
    "all_views",
    is_flag=True,
    help="Write an overview, one view per prosecutor and index.html into the directory -o.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The HTML file to write (a directory with --all).",
)
@click.option(
    "--link-template",
    metavar="URL",
    help="Where a click on an actor goes, {id} standing for its id: e.g. /actor/{id} (kg serve) "
    "or actor/{id}.html. Relative or http(s) only. Default: no link.",
)
@click.pass_context
@user_errors
def viz(
    ctx: click.Context,
    focus: str | None,
    depth: int,
    relations: str | None,
    types: str | None,
    include_candidates: bool,
    all_views: bool,
    output: Path,
    link_template: str | None,
) -> None:
    """Draw the network as one self-contained HTML page: works offline, sources on hover."""
    from kg.views.subgraph import split_names
    from kg.views.views import Request, summary, write_all, write_view

    if all_views and focus:
        raise click.UsageError("--all writes one view per prosecutor; it cannot take --focus")
    if depth != 1 and not (focus or all_views):
        raise click.UsageError("--depth counts steps from an actor: give --focus NAME (or --all)")
    if not all_views and output.is_dir():
        raise click.UsageError(f"{output} is a directory: give a file name, or use --all")
    req = Request(
        focus=focus,
        depth=depth,
        relations=split_names(relations),
        types=split_names(types),
        include_candidates=include_candidates,
        node_link=link_template,
        store=ctx.obj.get("store"),
    )
    if all_views:
        written = write_all(get_project(ctx), output, req)
        for w in written[:-1]:
            echo(f"wrote {w.path} ({summary(w)})")
        echo(f"wrote {written[-1].path} (links to {len(written) - 1} views)")
    else:
        w = write_view(get_project(ctx), output, req)
        echo(f"wrote {w.path} ({summary(w)})")


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "csv", "jsonld", "nt", "ttl", "trig"]),
    required=True,
    help="graphml/gexf: Gephi, Cytoscape; csv: spreadsheets; the rest: RDF stores.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write (csv also writes NAME.nodes.csv beside it).",
)
@click.option(
    "--include-candidates",
    is_flag=True,
    help="Add machine-extracted candidates to graphml/gexf/csv (RDF formats hold what was built).",
)
@click.pass_context
@user_errors
def export_cmd(ctx: click.Context, fmt: str, output: Path, include_candidates: bool) -> None:
    """Export the graph with every edge's qualifiers and evidence reference."""
    from kg.views.export import export

    store = ctx.obj.get("store")
    for path in export(get_project(ctx), fmt, output, include_candidates=include_candidates, store=store):
        echo(f"wrote {path} ({path.stat().st_size:,} bytes)")

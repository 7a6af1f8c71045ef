"""The `kg` command line: one thin module per command group; each command parses its arguments,
calls one library function and prints."""

from __future__ import annotations

from pathlib import Path

import click

from kg.base.errors import KGError
from kg.cli import build, curate, extract, lookups, queries, review, serve, site, synth, views


class KGGroup(click.Group):
    """A click group that adds one plain-word lookup command per relation the ontology marks
    with pk:lookupVerb (kg opposed, kg funded, kg sued, kg endorsed, ...)."""

    def _verbs(self, ctx: click.Context) -> list[str]:
        try:
            from kg.base.paths import Project
            from kg.base.verbs import lookup_verbs

            return lookup_verbs(Project.find(ctx.params.get("root")).ontology_files)
        except KGError:
            return []

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._verbs(ctx)))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is None and name in self._verbs(ctx):
            cmd = lookups.make_lookup_command(name)
        return cmd


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project directory (default: $KG_HOME, else the nearest one above the current directory).",
)
@click.option(
    "--store",
    default=None,
    metavar="SPEC",
    help="Query backend: oxigraph (in memory, default), memory (rdflib), oxigraph:PATH (on disk), "
    "sparql:URL (a remote SPARQL 1.1 endpoint) or sparql+graphs:URL (one whose default graph is not "
    "the union of its named graphs). Default from $KG_STORE.",
)
@click.version_option(package_name="prosecutor-kg")
@click.pass_context
def main(ctx: click.Context, root: Path | None, store: str | None) -> None:
    """prosecutor-kg: who backs and who fights the reform prosecutors, with the passage that says so."""
    import os

    ctx.ensure_object(dict)
    ctx.obj["root"] = root
    ctx.obj["store"] = store or os.environ.get("KG_STORE", "oxigraph")


main.add_command(build.build)
main.add_command(build.validate)
main.add_command(build.stats)
main.add_command(curate.locate)
main.add_command(curate.ingest)
main.add_command(curate.remove)
main.add_command(queries.list_queries)
main.add_command(queries.query)
main.add_command(queries.sparql)
main.add_command(lookups.actor)
main.add_command(lookups.path)
main.add_command(queries.search)
main.add_command(views.viz)
main.add_command(views.export_cmd)
main.add_command(site.site)
main.add_command(extract.extract)
main.add_command(extract.eval_cmd)
main.add_command(review.review)
main.add_command(serve.serve)
main.add_command(serve.push)
main.add_command(synth.synth)

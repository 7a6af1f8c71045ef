"""The `kg` command line: one thin module per command group; each command parses its arguments,
calls one library function and prints."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from kg.base.errors import KGError
from kg.cli import lookups

# Each command's module and function, imported only when the command runs (or help lists it): a
# lookup then loads none of the other commands' modules and what they import (bench/RESULTS.md,
# issue 17, eighth pass: the whole process of `kg opposed NAME` on a 1M-triple store).
COMMANDS = {
    "build": ("build", "build"),
    "validate": ("build", "validate"),
    "stats": ("build", "stats"),
    "locate": ("curate", "locate"),
    "ingest": ("curate", "ingest"),
    "remove": ("curate", "remove"),
    "queries": ("queries", "list_queries"),
    "query": ("queries", "query"),
    "sparql": ("queries", "sparql"),
    "actor": ("lookups", "actor"),
    "path": ("lookups", "path"),
    "search": ("queries", "search"),
    "viz": ("views", "viz"),
    "export": ("views", "export_cmd"),
    "site": ("site", "site"),
    "extract": ("extract", "extract"),
    "eval": ("extract", "eval_cmd"),
    "review": ("review", "review"),
    "serve": ("serve", "serve"),
    "push": ("serve", "push"),
    "synth": ("synth", "synth"),
}


class KGGroup(click.Group):
    """A click group whose commands are imported when used (COMMANDS), and that adds one plain-word
    lookup command per relation the ontology marks with pk:lookupVerb (kg opposed, kg funded, kg
    sued, kg endorsed, ...)."""

    def _verbs(self, ctx: click.Context) -> list[str]:
        try:
            from kg.base.paths import Project
            from kg.base.verbs import lookup_verbs

            return lookup_verbs(Project.find(ctx.params.get("root")).ontology_files)
        except KGError:
            return []

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS) | set(self._verbs(ctx)))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is None and name in COMMANDS:
            module, attr = COMMANDS[name]
            cmd = getattr(importlib.import_module(f"kg.cli.{module}"), attr)
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

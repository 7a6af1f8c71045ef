"""Shared pieces of the command modules: the project, the query backend, one-line errors."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import click

from kg.base.errors import KGError


def get_project(ctx: click.Context):
    from kg.base.paths import Project

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


DEFAULT_QUERY_TIMEOUT = 30.0  # seconds; `kg sparql --timeout` and `kg query --timeout` change it

timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_QUERY_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Stop the query after this many seconds (exit 2).",
)


def get_backend(ctx: click.Context, timeout: float | None = None):
    """The query backend of --store, its queries stopped after TIMEOUT seconds (None: no limit)."""
    from kg.querying.store import open_store

    project = get_project(ctx)
    graph_file = project.graph_file("ttl")
    if not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    backend = open_store(ctx.obj["store"], graph_file)
    backend.timeout = timeout
    return backend


def get_store_spec(ctx: click.Context, store: str | None) -> str:
    return store or ctx.obj["store"]

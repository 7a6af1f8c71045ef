"""Shared pieces of the command modules: the project, the query backend, one-line errors."""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Callable
from typing import Any

import click

from kg.base.errors import KGError


def get_project(ctx: click.Context):
    from kg.base.paths import Project

    return Project.find(ctx.obj.get("root"))


def echo(message: object = "", fmt: str = "text", **kwargs: Any) -> None:
    """click.echo for anything that may hold data (names, quotes, file names, messages that
    quote them): control characters become visible escapes in the syntax of FMT (see
    kg.cli.render.clean), so that no escape sequence from a document reaches the terminal."""
    from kg.cli.render import clean

    click.echo(clean(str(message), fmt), **kwargs)


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Report KGError as one line on stderr with its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            echo(f"error: {e}", err=True)
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
    from kg.querying.store import open_store, parse_spec

    project = get_project(ctx)
    graph_file = project.graph_file("ttl")
    remote = parse_spec(ctx.obj["store"])[0] == "sparql"  # a remote store holds its own graph
    if not remote and not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    # An on-disk store opens in a thread while the command gets ready (kg.querying.store._Opening).
    backend = open_store(ctx.obj["store"], graph_file, background=True)
    backend.timeout = timeout
    return backend


def get_store_spec(ctx: click.Context, store: str | None) -> str:
    return store or ctx.obj["store"]


class Positive(click.ParamType):
    """A finite number above zero (or from zero, with ZERO_OK): nan, inf and negative values are
    usage errors, where click's float would take them and compare them silently wrong."""

    name = "number"

    def __init__(self, zero_ok: bool = False):
        self.zero_ok = zero_ok

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            x = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(x) or x < 0 or (x == 0 and not self.zero_ok):
            least = "of 0 or more" if self.zero_ok else "above 0"
            self.fail(f"{value!r} is not a finite number {least}", param, ctx)
        return x

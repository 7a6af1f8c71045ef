"""`kg serve`, `kg push`: the SPARQL endpoint, and uploads to other triple stores."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.base.errors import KGError
from kg.cli.common import echo, get_project, get_store_spec, user_errors


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback exposes an endpoint without authentication.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="Port (0: pick a free one and print it).",
)
@click.option(
    "--store",
    "store",
    default=None,
    metavar="SPEC",
    help="memory, oxigraph, oxigraph:PATH, sparql:URL or sparql+graphs:URL (default: the global "
    "--store / $KG_STORE).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds a query may run; its worker is then killed and replaced.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=0),
    default=10_000,
    show_default=True,
    help="Rows (or triples) per result; more are cut, with an X-SPARQL-MaxRows header. 0: no limit.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each with its own store handle [default: cores + 1, from 2 to 8].",
)
@click.option(
    "--cors",
    "cors",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser pages from ORIGIN (repeatable; * for any). Off by default.",
)
@click.option(
    "--worker-memory-mb",
    "--memory-limit",
    "memory_limit",
    type=click.IntRange(min=0),
    default=2048,
    show_default=True,
    metavar="MB",
    help="Address-space limit per worker; a query that needs more gets 503 and its worker is "
    "replaced. 0: no limit.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this host name (repeatable). Besides it, only the --host address, "
    "localhost, 127.0.0.1 and ::1 are answered; other Host headers get 421 (DNS rebinding).",
)
@click.option(
    "--client-timeout",
    type=click.FloatRange(min=0.5),
    default=10.0,
    show_default=True,
    help="Seconds a client has to send a request's head (3x that for its body) before the "
    "connection is closed; idle connections close sooner.",
)
@click.option("--access-log/--no-access-log", default=True, show_default=True, help="Log each request.")
@click.pass_context
@user_errors
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    store: str | None,
    timeout: float,
    max_rows: int,
    workers: int | None,
    cors: tuple[str, ...],
    memory_limit: int,
    allow_hosts: tuple[str, ...],
    client_timeout: float,
    access_log: bool,
) -> None:
    """A read-only SPARQL 1.1 endpoint at /sparql, with a query page at /, and the explorer's pages
    (/explore, /actor/ID, /document/STEM, /search?q=, /id/... by Accept)."""
    from kg.serve.app import Settings
    from kg.serve.server import default_workers
    from kg.serve.server import serve as run_server

    project = get_project(ctx)
    settings = Settings(
        timeout=timeout,
        max_rows=max_rows or None,
        cors=list(cors),
        queries_dir=project.queries_dir,
        allowed_hosts=list(allow_hosts),
        project_root=project.root,
    )
    run_server(
        get_store_spec(ctx, store),
        project.graph_file("ttl"),
        host,
        port,
        settings,
        workers or default_workers(),
        memory_limit or None,
        access_log,
        say=echo,
        client_timeout=client_timeout,
    )


@click.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The store's Graph Store Protocol URL, e.g. http://localhost:8890/sparql-graph-crud-auth.",
)
@click.option(
    "--graph",
    "shared_graph",
    default=None,
    metavar="IRI",
    help="Named graph for the shared part (ontology, actors, documents) [default: "
    "https://w3id.org/prosecutor-kg/graph/shared]; 'default' for the store's default graph.",
)
@click.option("--user", default=None, help="User name, if the endpoint wants one.")
@click.option(
    "--password",
    default=None,
    envvar="KG_PUSH_PASSWORD",
    show_envvar=True,
    help="Password (prompted for when --user is given without one and a terminal is there).",
)
@click.option(
    "--auth",
    type=click.Choice(["auto", "basic", "digest"]),
    default="auto",
    show_default=True,
    help="auto: the scheme the server asks for.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nt", "ttl"]),
    default="nt",
    show_default=True,
    help="Body format of each PUT: N-Triples, which every store reads alike, or Turtle.",
)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Push this RDF file instead of graph/prosecutor-kg.trig (a TriG file keeps its graphs).",
)
@click.option(
    "--timeout", type=click.FloatRange(min=1), default=300.0, show_default=True, help="Seconds per request."
)
@click.option("--dry-run", is_flag=True, help="List the graphs and their sizes; send nothing.")
@click.pass_context
@user_errors
def push(
    ctx: click.Context,
    endpoint: str,
    shared_graph: str | None,
    user: str | None,
    password: str | None,
    auth: str,
    fmt: str,
    file: Path | None,
    timeout: float,
    dry_run: bool,
) -> None:
    """Upload the graph to a triple store, one named graph per source (Graph Store Protocol PUT)."""
    import time

    from kg.scale.push import SHARED_GRAPH, Pushed, split_graphs
    from kg.scale.push import push as run_push

    path = file or get_project(ctx).graph_file("trig")
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    graph = shared_graph or SHARED_GRAPH
    if dry_run:
        parts, _ = split_graphs(path, graph)
        for part in parts:
            echo(f"would PUT {part.graph or '(default graph)'} ({len(part.triples):,} triples)")
        echo(f"{len(parts)} graphs, {sum(len(p.triples) for p in parts):,} triples from {path.name}")
        return
    if user is not None and password is None:
        if not sys.stdin.isatty():
            raise KGError("--user needs a password: --password, or $KG_PUSH_PASSWORD")
        password = click.prompt(f"password for {user}", hide_input=True)

    def said(p: Pushed) -> None:
        where = p.graph or "(default graph)"
        echo(f"PUT {where}: {p.triples:,} triples, HTTP {p.status}, {p.seconds:.2f} s")

    t0 = time.perf_counter()
    done = run_push(path, endpoint, graph, user, password, auth, fmt, timeout, on_done=said)
    total, secs = sum(p.triples for p in done), time.perf_counter() - t0
    echo(f"pushed {len(done)} graphs, {total:,} triples to {endpoint} in {secs:.1f} s")

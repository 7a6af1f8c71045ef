"""`kg queries`, `kg query`, `kg sparql`: named queries and read-only SPARQL."""

from __future__ import annotations

from pathlib import Path

import click

from kg.base.errors import KGError
from kg.cli.common import echo, get_backend, get_project, timeout_option, user_errors

RESULT_FORMATS = ["table", "json", "csv", "tsv", "xml"]


@click.command("queries")
@click.pass_context
@user_errors
def list_queries(ctx: click.Context) -> None:
    """List the named queries (queries/*.rq) with their questions and parameters."""
    from kg.querying.queries import load_named

    for nq in load_named(get_project(ctx).queries_dir).values():
        echo(f"{nq.name}\n    {nq.question}")
        for p in nq.params:
            req = "required" if p.required else "optional"
            echo(f"    --param {p.name}=…  ({p.kind}, {req}) {p.description}")
        if nq.page is not None:
            echo(
                f"    --param limit=…, offset=…  (integer, optional) a page: {nq.page} rows from 0 by default"
            )


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in params:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--param")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out


def _emit_result(backend, text: str, fmt: str, bindings=None) -> None:
    """Run TEXT once and print it as a table or in FMT (a graph result is N-Triples unless FMT
    is nt or ttl)."""
    from kg.cli.render import table

    if fmt == "table":
        echo(table(backend.query(text, bindings)))
        return

    def pick(kind: str) -> str:
        if kind == "graph":
            return fmt if fmt in ("nt", "ttl") else "nt"
        if fmt in ("nt", "ttl"):
            raise KGError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
        return fmt

    written = backend.write(text, pick, None, bindings)
    echo(written.data.decode("utf-8").rstrip("\n"), written.fmt)


@click.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True)
@click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
@timeout_option
@click.pass_context
@user_errors
def query(
    ctx: click.Context, name: str, params: tuple[str, ...], fmt: str, include_candidates: bool, timeout: float
) -> None:
    """Run the named query NAME (see `kg queries`), e.g. kg query who-opposed -p target=Krasner.
    A whole-graph listing comes a page at a time (-p limit=N -p offset=M); the total goes to stderr."""
    from kg.querying.queries import Resolver, bindings_for, count_total, get_named, page_text, split_page

    nq = get_named(get_project(ctx).queries_dir, name)
    backend = get_backend(ctx, timeout)
    values, page = split_page(nq, _parse_params(params))
    bindings = bindings_for(nq, values, Resolver(backend), include_candidates)
    _emit_result(backend, page_text(nq, page), fmt, bindings)
    if page is not None:
        _say_page(count_total(backend, nq, bindings) or 0, page, "-p offset=")


def _say_page(total: int, page, next_hint: str) -> None:
    """On stderr (the rows stay on stdout): which rows of how many, and how to ask for the next."""
    shown = (
        f"rows {page.offset + 1}–{min(total, page.offset + page.limit)}" if total > page.offset else "no rows"
    )
    more = f"; next page: {next_hint}{page.offset + page.limit}" if total > page.offset + page.limit else ""
    echo(f"{shown} of {total:,}{more}", err=True)


@click.command()
@click.argument("query_or_file")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*RESULT_FORMATS, "nt", "ttl"]),
    default="table",
    show_default=True,
    help="json/xml/csv/tsv are the SPARQL 1.1 result formats; nt/ttl for graphs.",
)
@timeout_option
@click.pass_context
@user_errors
def sparql(ctx: click.Context, query_or_file: str, fmt: str, timeout: float) -> None:
    """Run an ad-hoc read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), given inline or as a file."""
    from kg.querying.nesting import TooDeep
    from kg.querying.readonly import check_read_only

    text = _query_text(query_or_file)
    try:  # check_read_only bounds the nesting before any parser reads the query
        check_read_only(text)
        _emit_result(get_backend(ctx, timeout), text, fmt)
    except RecursionError:  # rdflib's parser gives up on a few dozen nested parentheses
        raise TooDeep("query nested too deeply for the SPARQL parser (Python's recursion limit)") from None


def _query_text(arg: str) -> str:
    """ARG is a query, or the name of a file that holds one."""
    from kg.querying.store import QuerySyntaxError

    path = Path(arg)
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # e.g. a name too long for the file system: query text
        is_file = False
    if not is_file:
        if path.suffix.lower() in (".rq", ".sparql") and "{" not in arg and not any(c.isspace() for c in arg):
            raise KGError("no such query file", path)
        return arg
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise KGError(f"cannot read query file: {e.strerror}", path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise QuerySyntaxError(f"not a SPARQL query: not UTF-8 text (byte {e.start})", path, line) from None
    if "\x00" in text:
        raise QuerySyntaxError("not a SPARQL query: a binary file (NUL bytes)", path)
    return text


@click.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True)
@click.option("--limit", type=str, default=None, metavar="N", help="Hits per page (default: the query's).")
@click.option("--offset", type=str, default=None, metavar="N", help="Hits to skip (default 0).")
@click.pass_context
@user_errors
def search(ctx: click.Context, text: str, fmt: str, limit: str | None, offset: str | None) -> None:
    """Actors whose name or alias, and quotes whose text, contain TEXT (case, accents and punctuation
    ignored, as for names), ranked: exact name, exact alias, name, alias, quote. A page of hits at a
    time; when there are more, how many in all goes to stderr."""
    from kg.querying.queries import Resolver, bindings_for, count_total, get_named, page_text, split_page

    nq = get_named(get_project(ctx).queries_dir, "search")
    backend = get_backend(ctx)
    asked = {k: v for k, v in (("limit", limit), ("offset", offset)) if v is not None}
    values, page = split_page(nq, {"text": text, **asked})
    bindings = bindings_for(nq, values, Resolver(backend))
    _emit_result(backend, page_text(nq, page), fmt, bindings)
    if page is not None:
        total = count_total(backend, nq, bindings) or 0
        if page.offset or total > page.limit:  # said only when the hits take more than this page
            _say_page(total, page, "--offset ")

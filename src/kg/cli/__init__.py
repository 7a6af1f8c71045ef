"""The `kg` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.errors import KGError


def _project(ctx: click.Context):
    from kg.paths import Project

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


class KGGroup(click.Group):
    """A click group that adds one plain-word lookup command per relation the ontology marks
    with pk:lookupVerb (kg opposed, kg funded, kg sued, kg endorsed, ...)."""

    def _verbs(self, ctx: click.Context) -> list[str]:
        try:
            from kg.paths import Project
            from kg.verbs import lookup_verbs

            return lookup_verbs(Project.find(ctx.params.get("root")).ontology_files)
        except KGError:
            return []

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._verbs(ctx)))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is None and name in self._verbs(ctx):
            cmd = make_lookup_command(name)
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
    help="Query backend: oxigraph (in memory, default), memory (rdflib) or oxigraph:PATH (on disk). "
    "Default from $KG_STORE.",
)
@click.version_option(package_name="prosecutor-kg")
@click.pass_context
def main(ctx: click.Context, root: Path | None, store: str | None) -> None:
    """prosecutor-kg: who backs and who fights the reform prosecutors, with the passage that says so."""
    import os

    ctx.ensure_object(dict)
    ctx.obj["root"] = root
    ctx.obj["store"] = store or os.environ.get("KG_STORE", "oxigraph")


def _backend(ctx: click.Context):
    from kg.store import open_store

    project = _project(ctx)
    graph_file = project.graph_file("ttl")
    if not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    return open_store(ctx.obj["store"], graph_file)


@main.command()
@click.option("--check", is_flag=True, help="Fail if graph/ is out of date with its inputs; write nothing.")
@click.option("--include-candidates", is_flag=True, help="Add machine-extracted candidates, marked as such.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
@user_errors
def build(ctx: click.Context, check: bool, include_candidates: bool, quiet: bool) -> None:
    """Build graph/ from ontology/, corpus/ and annotations/ (Turtle, TriG, JSON-LD)."""
    from kg.build import build as run_build

    project = _project(ctx)
    res = run_build(project, check=check, include_candidates=include_candidates)
    if quiet:
        return
    for w in res.warnings:
        click.echo(f"warning: {w}", err=True)
    inp = res.inputs
    n = f"{len(inp.located)} assertions, {len(inp.registry)} actors, {len(inp.corpus)} documents"
    if check:
        click.echo(f"graph/ is up to date ({n})")
    else:
        for path, data in res.files.items():
            click.echo(f"wrote {path.relative_to(project.root)} ({len(data):,} bytes)")
        click.echo(f"built {n}; all quotes verified, SHACL conforms")


@main.command()
@click.pass_context
@user_errors
def validate(ctx: click.Context) -> None:
    """Run every check of a build (schema, references, quotes at offsets, SHACL); write nothing."""
    from kg.build import validate as run_validate

    inp = run_validate(_project(ctx))
    for w in inp.warnings:
        click.echo(f"warning: {w}", err=True)
    n_ev = sum(len(x.assertion.evidence) for x in inp.located)
    click.echo(f"ok: {len(inp.located)} assertions, {n_ev} quotes found at their offsets, SHACL conforms")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@user_errors
def locate(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Fill in the character offsets of quotes in assertion FILES (default: all of them)."""
    from kg.locate import locate_file

    project = _project(ctx)
    targets = list(files) or project.assertion_files
    for f in targets:
        if not f.exists() and (project.annotations_dir / "assertions" / f.name).exists():
            f = project.annotations_dir / "assertions" / f.name
        changed, ok = locate_file(f, project.corpus_dir)
        click.echo(f"{f.name}: {changed} offsets filled in, {ok} already correct")


@main.command()
@click.option("--example/--no-example", default=True, help="Also print one assertion with its evidence.")
@click.pass_context
@user_errors
def stats(ctx: click.Context, example: bool) -> None:
    """Summarise the graph: actors per type, assertions per relation and per document."""
    from kg.build import load_inputs
    from kg.summary import example_lines, summary_lines

    inp = load_inputs(_project(ctx))
    click.echo("\n".join(summary_lines(inp)))
    if example:
        lines = example_lines(inp, subject="philadelphia-fop", relation="sued") or example_lines(inp)
        click.echo("\nExample assertion with its evidence:")
        click.echo("\n".join(lines))


# --- query layer ------------------------------------------------------------------------------

RESULT_FORMATS = ["table", "json", "csv", "tsv", "xml"]


@main.command("queries")
@click.pass_context
@user_errors
def list_queries(ctx: click.Context) -> None:
    """List the named queries (queries/*.rq) with their questions and parameters."""
    from kg.queries import load_named

    for nq in load_named(_project(ctx).queries_dir).values():
        click.echo(f"{nq.name}\n    {nq.question}")
        for p in nq.params:
            req = "required" if p.required else "optional"
            click.echo(f"    --param {p.name}=…  ({p.kind}, {req}) {p.description}")


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
    from kg.render import table

    if fmt == "table":
        click.echo(table(backend.query(text, bindings)))
        return

    def pick(kind: str) -> str:
        if kind == "graph":
            return fmt if fmt in ("nt", "ttl") else "nt"
        if fmt in ("nt", "ttl"):
            raise KGError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
        return fmt

    click.echo(backend.write(text, pick, None, bindings).data.decode("utf-8").rstrip("\n"))


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True)
@click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
@click.pass_context
@user_errors
def query(ctx: click.Context, name: str, params: tuple[str, ...], fmt: str, include_candidates: bool) -> None:
    """Run the named query NAME (see `kg queries`), e.g. kg query who-opposed -p target=Krasner."""
    from kg.queries import Resolver, bindings_for, get_named

    nq = get_named(_project(ctx).queries_dir, name)
    backend = _backend(ctx)
    bindings = bindings_for(nq, _parse_params(params), Resolver(backend), include_candidates)
    _emit_result(backend, nq.text, fmt, bindings)


@main.command()
@click.argument("query_or_file")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*RESULT_FORMATS, "nt", "ttl"]),
    default="table",
    show_default=True,
    help="json/xml/csv/tsv are the SPARQL 1.1 result formats; nt/ttl for graphs.",
)
@click.pass_context
@user_errors
def sparql(ctx: click.Context, query_or_file: str, fmt: str) -> None:
    """Run an ad-hoc read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), given inline or as a file."""
    from kg.readonly import check_read_only

    path = Path(query_or_file)
    text = path.read_text(encoding="utf-8") if len(query_or_file) < 4096 and path.is_file() else query_or_file
    check_read_only(text)
    _emit_result(_backend(ctx), text, fmt)


LOOKUP_FORMATS = ["text", "json", "csv", "tsv"]


def _documents(backend) -> dict[str, str]:
    q = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?file ?title ?kind ?publisher ?date WHERE { ?d a pk:Document ; pk:fileName ?file .
      OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d pk:genre ?kind }
      OPTIONAL { ?d <https://schema.org/publisher> ?publisher } OPTIONAL { ?d dcterms:date ?date } }"""
    out = {}
    for r in backend.query(q).values():
        title = f"“{r['title']}”" if r["title"] else f"untitled {r['kind'] or 'document'}"
        out[r["file"]] = ", ".join(x for x in (title, r["publisher"], r["date"]) if x)
    return out


def _print_answers(backend, answers, fmt: str, evidence: bool, header: str) -> None:
    from kg import render

    if fmt == "json":
        click.echo(render.answers_json(answers))
    elif fmt in ("csv", "tsv"):
        click.echo(render.answers_delimited(answers, "," if fmt == "csv" else "\t"), nl=False)
    else:
        click.echo(f"{header}: {len(answers)} assertion{'s' if len(answers) != 1 else ''}\n")
        click.echo(render.answers_text(answers, evidence, _documents(backend) if evidence else None))


def make_lookup_command(verb: str) -> click.Command:
    """`kg VERB NAME`: who VERB'd NAME; `kg VERB --by NAME`: whom NAME VERB'd."""

    @click.command(
        verb,
        help=f"Who {verb} NAME? With --by NAME instead: whom NAME {verb}. "
        "Includes every sub-relation in the ontology, each answer with its quote and source.",
    )
    @click.argument("name", required=False)
    @click.option("--by", "by", metavar="NAME", help=f"The actor who {verb} (the subject).")
    @click.option("--no-evidence", is_flag=True, help="A compact list without quotes.")
    @click.option("--format", "fmt", type=click.Choice(LOOKUP_FORMATS), default="text", show_default=True)
    @click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
    @click.pass_context
    @user_errors
    def lookup_cmd(ctx, name, by, no_evidence, fmt, include_candidates):
        from kg.lookups import lookup

        if name is None and by is None:
            raise click.UsageError(f"say whom: kg {verb} NAME, or kg {verb} --by NAME")
        backend = _backend(ctx)
        answers = lookup(backend, _project(ctx).queries_dir, verb, name, by, include_candidates)
        from kg.verbs import sub_relations

        obj = answers[0].object if answers and name else name
        subj = answers[0].subject if answers and by else by
        header = f"Who {verb} {obj}" if by is None else f"Whom {subj} {verb}"
        if name is not None and by is not None:
            header = f"Did {subj} {verb} {obj}"
        subs = sub_relations(_project(ctx).ontology_files, verb)
        if subs:
            header += f" (including {', '.join(subs)})"
        _print_answers(backend, answers, fmt, not no_evidence, header)

    return lookup_cmd


@main.command()
@click.argument("name")
@click.option("--no-evidence", is_flag=True, help="Relations without quotes.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
@click.pass_context
@user_errors
def actor(ctx: click.Context, name: str, no_evidence: bool, fmt: str, include_candidates: bool) -> None:
    """Everything about one actor: type, offices, and every relation with its evidence."""
    from kg.profile import profile, profile_text

    backend = _backend(ctx)
    prof = profile(backend, _project(ctx).queries_dir, name, include_candidates)
    if fmt == "json":
        import json

        click.echo(json.dumps(prof, indent=2, ensure_ascii=False))
    else:
        click.echo(profile_text(prof, evidence=not no_evidence))


@main.command()
@click.argument("source")
@click.argument("target")
@click.pass_context
@user_errors
def path(ctx: click.Context, source: str, target: str) -> None:
    """The shortest chains of relations between two actors, in either direction."""
    from kg.profile import shortest_chains

    chains = shortest_chains(_backend(ctx), _project(ctx).queries_dir, source, target)
    if not chains:
        click.echo(f"no chain of relations connects {source} and {target}")
        sys.exit(1)
    for chain in chains:
        click.echo(chain)


@main.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True)
@click.pass_context
@user_errors
def search(ctx: click.Context, text: str, fmt: str) -> None:
    """Actors whose name, and quotes whose text, contain TEXT (case-insensitive)."""
    from kg.queries import Resolver, bindings_for, get_named

    nq = get_named(_project(ctx).queries_dir, "search")
    backend = _backend(ctx)
    _emit_result(backend, nq.text, fmt, bindings_for(nq, {"text": text}, Resolver(backend)))


@main.command()
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
) -> None:
    """Draw the network as one self-contained HTML page: works offline, sources on hover."""
    from kg.subgraph import split_names
    from kg.views import Request, summary, write_all, write_view

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
    )
    if all_views:
        written = write_all(_project(ctx), output, req)
        for w in written[:-1]:
            click.echo(f"wrote {w.path} ({summary(w)})")
        click.echo(f"wrote {written[-1].path} (links to {len(written) - 1} views)")
    else:
        w = write_view(_project(ctx), output, req)
        click.echo(f"wrote {w.path} ({summary(w)})")


@main.command("export")
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
    from kg.export import export

    for path in export(_project(ctx), fmt, output, include_candidates=include_candidates):
        click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)")


# --- populate from text (issue 4): ingest, extract, eval. spaCy is imported inside the commands.


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", required=True, help="The document's title.")
@click.option("--publisher", help="Who published it.")
@click.option("--date", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--author", help="Author(s), as printed.")
@click.option("--url", help="Where it was published.")
@click.option("--kind", help="news article, opinion column, law review article, ...")
@click.option("--max-mb", type=float, default=5.0, show_default=True, help="Refuse larger files.")
@click.pass_context
@user_errors
def ingest(ctx: click.Context, file: Path, max_mb: float, **meta: str | None) -> None:
    """Add FILE to corpus/ as normalised UTF-8, with its metadata in sources.yaml."""
    from kg.ingest import ingest as run_ingest

    project = _project(ctx)
    title = meta.pop("title") or ""
    res = run_ingest(project, file, title=title, max_mb=max_mb, **meta)
    click.echo(
        f"added {res.path.relative_to(project.root)} ({res.chars:,} characters, sha256 {res.sha256[:16]})"
    )
    click.echo(f"next: kg extract {res.file}")


@main.command()
@click.argument("documents", nargs=-1)
@click.option("--all", "all_docs", is_flag=True, help="Every document of the corpus.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "jsonl"]),
    default="yaml",
    show_default=True,
    help="yaml: write annotations/candidates/<doc>.yaml; jsonl: print one assertion per line.",
)
@click.option(
    "--stdout", "to_stdout", is_flag=True, help="Print the YAML instead of writing candidate files."
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Leave out proposals below this confidence.",
)
@click.option(
    "--n-process",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for spaCy's nlp.pipe.",
)
@click.option(
    "--max-mb", type=float, default=5.0, show_default=True, help="Skip larger files, with an error."
)
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Rules file to use instead of the bundled one.",
)
@click.pass_context
@user_errors
def extract(
    ctx: click.Context,
    documents: tuple[str, ...],
    all_docs: bool,
    fmt: str,
    to_stdout: bool,
    min_confidence: float,
    n_process: int,
    max_mb: float,
    rules_file: Path | None,
) -> None:
    """Propose evidence-backed assertions for DOCUMENTS (corpus names like 002, or text files)."""
    from kg.extraction.output import candidates_yaml, jsonl_lines, write_candidates
    from kg.extraction.run import Runner, resolve_targets

    project = _project(ctx)
    targets = resolve_targets(project, list(documents), all_docs)
    runner = Runner(project, rules_file)
    failed = 0

    def done(o) -> None:  # noqa: ANN001 - an Outcome
        nonlocal failed
        if o.error is not None:
            failed += 1
            click.echo(f"error: {o.error}", err=True)
            return
        kept = [p for p in o.proposals if p.confidence >= min_confidence]
        t = o.target
        if fmt == "jsonl":
            for line in jsonl_lines(kept):
                click.echo(line)
        elif to_stdout or not t.in_corpus:
            if not t.in_corpus and not to_stdout:
                click.echo(
                    f"note: {t.name} is not in the corpus (add it with `kg ingest`); printing", err=True
                )
            click.echo(candidates_yaml(t.name, o.text, kept), nl=False)
        else:
            path, n_ent = write_candidates(project.annotations_dir, t.name, o.text, kept, runner.onto)
            neg = sum(p.negated for p in kept)
            click.echo(
                f"{t.name}: {len(kept)} candidate assertions ({neg} negated), {n_ent} proposed entities "
                f"-> {path.relative_to(project.root)}",
                err=fmt != "yaml" or to_stdout,
            )

    big = len(targets) > 1 or sum(t.path.stat().st_size for t in targets if t.path.exists()) > 1_000_000
    if big:
        with click.progressbar(length=len(targets), label="extracting", file=sys.stderr) as bar:

            def step(o) -> None:  # noqa: ANN001
                done(o)
                bar.update(1)

            _, speed = runner.run(targets, n_process=n_process, max_mb=max_mb, on_done=step)
    else:
        _, speed = runner.run(targets, n_process=n_process, max_mb=max_mb, on_done=done)
    click.echo(speed.line(), err=True)
    if failed:
        click.echo(f"{failed} of {len(targets)} document(s) failed; the others were processed", err=True)
        sys.exit(1)


@main.command(name="eval")
@click.option(
    "--holdout/--no-holdout",
    default=True,
    show_default=True,
    help="Leave-one-document-out (hide aliases only the held-out text uses), or in-sample.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Minimum confidence of a counted proposal.",
)
@click.option(
    "--details/--no-details", default=True, show_default=True, help="List misses and false positives."
)
@click.option("--doc", "docs", multiple=True, help="Evaluate only these documents (file names).")
@click.pass_context
@user_errors
def eval_cmd(
    ctx: click.Context, holdout: bool, threshold: float, details: bool, docs: tuple[str, ...]
) -> None:
    """Score extraction against the curated annotations: P/R/F1 for sued, funded, endorsed, opposed."""
    from kg.build import load_inputs
    from kg.extraction.evaluate import evaluate, format_details, format_table
    from kg.extraction.rules import load_rules

    inputs = load_inputs(_project(ctx))
    report = evaluate(
        inputs, load_rules(inputs.onto), holdout=holdout, threshold=threshold, documents=list(docs) or None
    )
    mode = "leave-one-document-out" if holdout else "in-sample (registry complete)"
    click.echo(f"{len(report.documents)} documents, {mode}, confidence >= {threshold:g}\n")
    click.echo("\n".join(format_table(report)))
    if details:
        click.echo("")
        click.echo("\n".join(format_details(report, inputs.registry)))


# --- scale and service (issue 6): serve, push, synth ---------------------------------------------


def _store_spec(ctx: click.Context, store: str | None) -> str:
    return store or ctx.obj["store"]


@main.command()
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
    help="memory, oxigraph or oxigraph:PATH (default: the global --store / $KG_STORE).",
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
    help="Worker processes, each with its own store handle [default: cores, at least 2].",
)
@click.option(
    "--cors",
    "cors",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser pages from ORIGIN (repeatable; * for any). Off by default.",
)
@click.option(
    "--memory-limit",
    type=click.IntRange(min=64),
    default=None,
    metavar="MB",
    help="Address-space limit per worker; a query that needs more fails with 500.",
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
    memory_limit: int | None,
    access_log: bool,
) -> None:
    """A read-only SPARQL 1.1 endpoint at /sparql, with a query page at /."""
    from kg.serve.app import Settings
    from kg.serve.server import default_workers
    from kg.serve.server import serve as run_server

    project = _project(ctx)
    settings = Settings(
        timeout=timeout, max_rows=max_rows or None, cors=list(cors), queries_dir=project.queries_dir
    )
    run_server(
        _store_spec(ctx, store),
        project.graph_file("ttl"),
        host,
        port,
        settings,
        workers or default_workers(),
        memory_limit,
        access_log,
        say=click.echo,
    )


@main.command()
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

    from kg.push import SHARED_GRAPH, Pushed, split_graphs
    from kg.push import push as run_push

    path = file or _project(ctx).graph_file("trig")
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    graph = shared_graph or SHARED_GRAPH
    if dry_run:
        parts, _ = split_graphs(path, graph)
        for part in parts:
            click.echo(f"would PUT {part.graph or '(default graph)'} ({len(part.triples):,} triples)")
        click.echo(f"{len(parts)} graphs, {sum(len(p.triples) for p in parts):,} triples from {path.name}")
        return
    if user is not None and password is None:
        if not sys.stdin.isatty():
            raise KGError("--user needs a password: --password, or $KG_PUSH_PASSWORD")
        password = click.prompt(f"password for {user}", hide_input=True)

    def said(p: Pushed) -> None:
        where = p.graph or "(default graph)"
        click.echo(f"PUT {where}: {p.triples:,} triples, HTTP {p.status}, {p.seconds:.2f} s")

    t0 = time.perf_counter()
    done = run_push(path, endpoint, graph, user, password, auth, fmt, timeout, on_done=said)
    total, secs = sum(p.triples for p in done), time.perf_counter() - t0
    click.echo(f"pushed {len(done)} graphs, {total:,} triples to {endpoint} in {secs:.1f} s")


@main.command()
@click.option(
    "--triples",
    type=click.IntRange(min=1000),
    required=True,
    metavar="N",
    help="About how many triples (it stops at the first assertion boundary at or past N).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write: .nt or .ttl (N-Triples), .nq, or .trig (one named graph per document).",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same file.")
@click.pass_context
@user_errors
def synth(ctx: click.Context, triples: int, output: Path, seed: int) -> None:
    """Generate a synthetic graph shaped like the real one (ontology, actors, assertions, evidence)."""
    import time

    from kg.synth import synthesize

    t0 = time.perf_counter()
    st = synthesize(output, triples, seed, _project(ctx).ontology_dir)
    click.echo(
        f"wrote {output} ({st.triples:,} triples: {st.actors:,} actors of which {st.prosecutors:,} "
        f"prosecutors, {st.documents:,} documents, {st.assertions:,} assertions, {st.evidence:,} "
        f"pieces of evidence) in {time.perf_counter() - t0:.1f} s"
    )
    click.echo(f"parameter samples for the benchmark: {output.name}.samples.json")


if __name__ == "__main__":  # pragma: no cover
    main()

"""`--store sparql:URL`: every query through a remote SPARQL 1.1 endpoint (kg.querying.remote).

Two real remote stores: `kg serve` itself on loopback, and Debian's Virtuoso (tests/virtuoso.py; the
graph goes there with `kg push`). Against each, every named query gives the rows it gives locally,
and the lookups, `kg actor`, `path`, `search`, `viz` and `export` print or write the same.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import REPO, run_kg
from kg.base.errors import KGError
from kg.querying.queries import Resolver, bindings_for, get_named, load_named, run_named
from kg.querying.remote import RemoteBackend, StoreUsageError, bind, parse_remote, with_values
from kg.querying.store import OxigraphBackend, ReadOnlyError, open_store, parse_spec
from kg.serve.launch import kg_server
from test_query import SAMPLE_PARAMS, _canon

GRAPH = REPO / "graph" / "prosecutor-kg.ttl"
TRIG = REPO / "graph" / "prosecutor-kg.trig"
NAMED = sorted(load_named(REPO / "queries"))
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"

virtuoso_only = pytest.mark.skipif(
    shutil.which("virtuoso-t") is None,
    reason="virtuoso-t not installed (Debian package virtuoso-opensource; `make test` installs it as root)",
)


@pytest.fixture(scope="module")
def local() -> OxigraphBackend:
    return OxigraphBackend.from_file(GRAPH)


def named_rows(backend, name: str) -> list[tuple]:
    nq = get_named(REPO / "queries", name)
    return _canon(run_named(backend, nq, SAMPLE_PARAMS.get(name, {})).values())


# --- the store spec ----------------------------------------------------------------------------


def test_specs() -> None:
    assert parse_spec("sparql:http://127.0.0.1:8890/sparql") == ("sparql", None)
    assert parse_remote("sparql+graphs:https://h/ds/query").graphs is True
    assert parse_remote("sparql:https://h/ds/query").graphs is False
    assert parse_remote("oxigraph") is None
    for bad in ("sparql:", "sparql:ftp://h/x", "sparql:/just/a/path"):
        with pytest.raises(StoreUsageError, match="http"):
            parse_remote(bad)
    with pytest.raises(StoreUsageError, match="no credentials in the URL"):
        parse_remote("sparql:http://me:secret@h/sparql")


def test_bad_spec_and_unreachable_store_are_one_line() -> None:
    res = run_kg(REPO, "--store", "sparql:ftp://h/x", "opposed", "Krasner")
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "http(s) URL" in res.output
    # Nothing listens on port 9 (discard) of loopback: the connection is refused.
    res = run_kg(REPO, "--store", "sparql:http://127.0.0.1:9/sparql", "opposed", "Krasner")
    assert res.exit_code == 1, res.output
    assert res.output.startswith("error: cannot reach the store at http://127.0.0.1:9/sparql")
    assert res.output.count("\n") == 1 and "Traceback" not in res.output


# --- parameters as a VALUES block --------------------------------------------------------------


def test_values_block_keeps_hostile_text_a_literal(local: OxigraphBackend) -> None:
    evil = 'x" } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #\n\'\'\' """ \\'
    q = "SELECT ?text ?iri WHERE { }"
    text = with_values(
        q, {"text": {"type": "literal", "value": evil}, "iri": {"type": "uri", "value": "urn:x"}}
    )
    rows = local.query(text).values()
    assert rows == [{"text": evil, "iri": "urn:x"}]
    with pytest.raises(StoreUsageError, match="escapes"):
        with_values(q, {"text": {"type": "literal", "value": "\\u0022"}})
    with pytest.raises(StoreUsageError, match="invalid value"):
        with_values(q, {"iri": {"type": "uri", "value": "not an iri>"}})


@pytest.mark.parametrize("name", NAMED)
def test_sent_text_gives_the_rows_of_substitution(local: OxigraphBackend, name: str) -> None:
    """The text a remote store gets (the named query with its parameters bound in), run locally,
    gives the rows of the same query with SEP-0007 substitution: the parameters mean the same."""
    nq = get_named(REPO / "queries", name)
    bindings = bindings_for(nq, SAMPLE_PARAMS.get(name, {}), Resolver(local))
    if bindings:
        assert _canon(local.query(bind(nq.text, bindings)).values()) == named_rows(local, name)


def test_values_block_where_a_query_cannot_be_rewritten(local: OxigraphBackend) -> None:
    """A query that binds the variable itself (BIND ... AS ?x) is not rewritten: VALUES then."""
    q = 'SELECT ?x ?y WHERE { BIND("a" AS ?y) ?x a ?t } LIMIT 1'
    x = {"type": "uri", "value": "https://w3id.org/prosecutor-kg/ontology#Actor"}
    text = bind(q, {"y": {"type": "literal", "value": "a"}, "x": x})
    assert text.rstrip().endswith('VALUES (?x ?y) { (<https://w3id.org/prosecutor-kg/ontology#Actor> "a") }')


# --- sparql+graphs: the store's named graphs as the query's dataset -----------------------------------


@pytest.fixture(scope="module")
def quads() -> ox.Store:
    """The TriG as `kg push` leaves it in a store: every triple in a named graph, the shared part in
    SHARED_GRAPH, and the default graph empty."""
    from kg.scale.push import SHARED_GRAPH

    store = ox.Store()
    shared = ox.NamedNode(SHARED_GRAPH)
    for q in ox.parse(path=str(TRIG), format=ox.RdfFormat.TRIG):
        g = shared if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
        store.add(ox.Quad(q.subject, q.predicate, q.object, g))
    return store


def _rows(store: ox.Store, text: str, **dataset) -> list[tuple]:
    res = store.query(text, **dataset)
    data = json.loads(res.serialize(format=ox.QueryResultsFormat.JSON))
    return _canon([{k: v["value"] for k, v in r.items()} for r in data["results"]["bindings"]])


@pytest.mark.parametrize("name", NAMED)
def test_named_graphs_as_default_graph_equal_the_union(local, quads: ox.Store, name: str) -> None:
    """What sparql+graphs asks of a store (every named graph as a default-graph-uri, the default
    graph being their RDF merge), asked of Oxigraph, whose default graph is empty: the rows of the
    union default graph, and none without it."""
    nq = get_named(REPO / "queries", name)
    bindings = bindings_for(nq, SAMPLE_PARAMS.get(name, {}), Resolver(local))
    text = bind(nq.text, bindings) if bindings else nq.text
    graphs = list(quads.named_graphs())
    expected = _rows(quads, text, use_default_graph_as_union=True)
    assert expected or name == "coalitions"
    assert _rows(quads, text, default_graph=graphs, named_graphs=graphs) == expected
    assert not expected or _rows(quads, text) != expected  # the mode is needed


# --- against kg serve --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def serve_url() -> Iterator[str]:
    with kg_server(REPO, "--timeout", "3", "--max-rows", "0", "--workers", "2", "--no-access-log") as url:
        yield url + "sparql"


@pytest.fixture(scope="module")
def via_serve(serve_url: str) -> RemoteBackend:
    backend = open_store(f"sparql:{serve_url}", GRAPH)
    assert isinstance(backend, RemoteBackend)
    return backend


@pytest.mark.parametrize("name", NAMED)
def test_every_named_query_same_rows_through_kg_serve(local, via_serve, name: str) -> None:
    rows = named_rows(via_serve, name)
    assert rows == named_rows(local, name)
    assert rows or name == "coalitions"  # empty on this corpus (see test_query)


LOOKUPS = [
    ("opposed", "Krasner"),
    ("funded", "Krasner", "--no-evidence"),
    ("opposed", "--by", "Philadelphia Fraternal Order of Police", "--format", "json"),
    ("actor", "Gascón"),
    ("actor", "Krasner", "--format", "json"),
    ("path", "George Soros", "Philadelphia Fraternal Order of Police"),
    ("search", "Brady"),
    ("query", "who-funded", "-p", "target=Krasner", "--format", "csv"),
    ("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }", "--format", "csv"),
    ("sparql", "ASK { ?s ?p ?o }"),
]


def same_output(spec: str, args: tuple[str, ...]) -> None:
    here, there = run_kg(REPO, *args), run_kg(REPO, "--store", spec, *args)
    assert here.exit_code == 0, here.output
    assert there.exit_code == 0, there.output
    # Rows that tie under a query's ORDER BY may come in another order from another store.
    assert sorted(there.output.splitlines()) == sorted(here.output.splitlines()), args
    assert here.output.strip(), args


@pytest.mark.parametrize("args", LOOKUPS, ids=lambda a: " ".join(a)[:40])
def test_lookups_same_output_through_kg_serve(serve_url: str, args: tuple[str, ...]) -> None:
    same_output(f"sparql:{serve_url}", args)


def test_store_from_the_environment(serve_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", f"sparql:{serve_url}")
    assert (
        run_kg(REPO, "funded", "Krasner").output
        == run_kg(REPO, "--store", "oxigraph", "funded", "Krasner").output
    )


def views_equal(spec: str, tmp_path: Path) -> None:
    for args in (("viz", "--focus", "Krasner"), ("viz",), ("export", "--format", "graphml")):
        ext = "graphml" if "export" in args else "html"
        a, b = tmp_path / f"local.{ext}", tmp_path / f"remote.{ext}"
        assert run_kg(REPO, *args, "-o", str(a)).exit_code == 0
        res = run_kg(REPO, "--store", spec, *args, "-o", str(b))
        assert res.exit_code == 0, res.output
        assert b.read_bytes() == a.read_bytes(), args
    a, b = tmp_path / "local.csv", tmp_path / "remote.csv"
    assert run_kg(REPO, "export", "--format", "csv", "-o", str(a)).exit_code == 0
    assert run_kg(REPO, "--store", spec, "export", "--format", "csv", "-o", str(b)).exit_code == 0
    assert b.read_bytes() == a.read_bytes()
    for fmt in ("nt", "ttl"):
        a, b = tmp_path / f"local.{fmt}", tmp_path / f"remote.{fmt}"
        assert run_kg(REPO, "export", "--format", fmt, "-o", str(a)).exit_code == 0
        assert run_kg(REPO, "--store", spec, "export", "--format", fmt, "-o", str(b)).exit_code == 0
        assert _triples(b, fmt) == _triples(a, fmt), fmt
    res = run_kg(REPO, "--store", spec, "export", "--format", "trig", "-o", str(tmp_path / "x.trig"))
    assert res.exit_code == 2 and "built graph only" in res.output


def _triples(path: Path, fmt: str) -> set[tuple[str, str, str]]:
    """The triples of an export, literals by their lexical form: a store may keep a number in
    another integer type than the file said (Oxigraph stores xsd:nonNegativeInteger as xsd:integer)."""
    form = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
    return {
        (
            t.subject.value,
            t.predicate.value,
            ("" if isinstance(t.object, ox.NamedNode) else '"') + t.object.value,
        )
        for t in ox.parse(path=str(path), format=form)
    }


def test_viz_and_export_same_through_kg_serve(serve_url: str, tmp_path: Path) -> None:
    views_equal(f"sparql:{serve_url}", tmp_path)


def test_updates_refused_before_sending(via_serve: RemoteBackend) -> None:
    for q in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://127.0.0.1:9/x>", "CLEAR ALL"):
        with pytest.raises(ReadOnlyError):
            via_serve.query(q)
    res = run_kg(REPO, "--store", f"sparql:{via_serve.url}", "sparql", "DROP ALL")
    assert res.exit_code == 2 and "read-only" in res.output


def test_store_errors_and_timeouts_are_one_line(serve_url: str) -> None:
    spec = f"sparql:{serve_url}"
    # The store's own timeout (3 s): it answers 503, which is one line, exit 1.
    res = run_kg(REPO, "--store", spec, "sparql", "--timeout", "60", CROSS_PRODUCT)
    assert res.exit_code == 1 and "answered HTTP 503" in res.output and res.output.count("\n") == 1
    # Ours, shorter than the store's: exit 2, as a local query that overruns.
    res = run_kg(REPO, "--store", spec, "sparql", "--timeout", "0.5", CROSS_PRODUCT)
    assert res.exit_code == 2 and "did not answer within 0.5 s" in res.output, res.output
    res = run_kg(REPO, "--store", spec, "sparql", "SELECT * WHERE { ?s ?p }")
    assert res.exit_code == 2 and "syntax error" in res.output


def test_kg_serve_on_a_remote_store(serve_url: str) -> None:
    """A second kg serve whose store is the first: its pages and named queries go through Backend."""
    import urllib.parse
    import urllib.request

    with kg_server(REPO, "--store", f"sparql:{serve_url}", "--workers", "1", "--no-access-log") as url:
        q = urllib.parse.urlencode({"target": "Krasner"})
        with urllib.request.urlopen(f"{url}api/named/who-funded?{q}", timeout=60) as r:  # noqa: S310
            data = json.loads(r.read())
        with urllib.request.urlopen(url, timeout=60) as r:  # noqa: S310 - the query page
            assert r.status == 200
    head = data["head"]["vars"]
    rows = [{k: b[k]["value"] if k in b else None for k in head} for b in data["results"]["bindings"]]
    assert rows and _canon(rows) == named_rows(OxigraphBackend.from_file(GRAPH), "who-funded")


# --- against Virtuoso --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vt(tmp_path_factory: pytest.TempPathFactory):
    from virtuoso import PUSH_PASSWORD, PUSH_USER, virtuoso

    with virtuoso(tmp_path_factory.mktemp("virtuoso-remote")) as v:
        res = run_kg(
            REPO, "push", "--endpoint", f"{v.base}/sparql-graph-crud-auth", "--user", PUSH_USER,
            "--password", PUSH_PASSWORD,
        )  # fmt: skip
        assert res.exit_code == 0, res.output
        yield v


# Virtuoso 7.2 (Debian's) gets a named query wrong on property paths, whatever the binding (written
# in, or VALUES): shortest-path's `?p1 rdfs:subPropertyOf+ pk:relatedTo` after `?from ?p1 ?to`
# fails to compile (HTTP 500, "SQ200: No column ...trans_subj"). A store bug, so an expected failure
# here; strict, so a fixed Virtuoso shows. evidence found nothing there when
# `?rel rdfs:subPropertyOf* <leaf>` (its zero-length case) met a second pattern on ?rel, over the
# named graphs given as the dataset; since it finds the relation by pk:countsAs (no property path),
# it gives the local rows there too.
VIRTUOSO_BUGS = {
    "shortest-path": "Virtuoso 7.2: SQ200 compiling a transitive path after a variable-predicate pattern",
}
VIRTUOSO_BUGS_GRAPHS_NAMED = VIRTUOSO_BUGS


def virtuoso_cases(bugs: dict[str, str] = VIRTUOSO_BUGS) -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(reason=bugs[n], strict=True)) if n in bugs else n
        for n in NAMED
    ]


@virtuoso_only
@pytest.mark.parametrize("name", virtuoso_cases())
def test_every_named_query_same_rows_on_virtuoso(local, vt, name: str) -> None:
    rows = named_rows(open_store(f"sparql:{vt.base}/sparql", GRAPH), name)
    assert rows == named_rows(local, name)


@virtuoso_only
@pytest.mark.parametrize("name", virtuoso_cases(VIRTUOSO_BUGS_GRAPHS_NAMED))
def test_every_named_query_same_rows_on_virtuoso_with_graphs_named(local, vt, name: str) -> None:
    """sparql+graphs: the store's named graphs given as the dataset (default-graph-uri), over HTTP."""
    backend = open_store(f"sparql+graphs:{vt.base}/sparql", GRAPH)
    assert named_rows(backend, name) == named_rows(local, name)
    ours = {g for kind, g in backend.dataset() if kind == "default-graph-uri" and "prosecutor-kg" in g}
    assert len(ours) == 6  # the shared graph and one per document (besides Virtuoso's own)


@virtuoso_only
@pytest.mark.parametrize(  # not kg sparql: over Virtuoso's default graph it also sees Virtuoso's own graphs
    "args", [a for a in LOOKUPS if a[0] != "sparql"], ids=lambda a: " ".join(a)[:40]
)
def test_lookups_same_output_on_virtuoso(vt, args: tuple[str, ...]) -> None:
    same_output(f"sparql:{vt.base}/sparql", args)


@virtuoso_only
def test_viz_and_export_same_on_virtuoso(vt, tmp_path: Path) -> None:
    views_equal(f"sparql:{vt.base}/sparql", tmp_path)


@virtuoso_only
def test_digest_auth_from_environment_or_netrc(vt, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from virtuoso import PUSH_PASSWORD, PUSH_USER

    spec = f"sparql:{vt.base}/sparql-auth"  # Virtuoso's endpoint that asks for digest authentication
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "none"))
    res = run_kg(REPO, "--store", spec, "funded", "Krasner")
    assert res.exit_code == 1 and "HTTP 401" in res.output and "KG_STORE_USER" in res.output
    monkeypatch.setenv("KG_STORE_USER", PUSH_USER)
    monkeypatch.setenv("KG_STORE_PASSWORD", PUSH_PASSWORD)
    assert run_kg(REPO, "--store", spec, "funded", "Krasner").exit_code == 0
    monkeypatch.delenv("KG_STORE_USER")
    monkeypatch.delenv("KG_STORE_PASSWORD")
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {PUSH_USER} password {PUSH_PASSWORD}\n", encoding="utf-8")
    os.chmod(netrc, 0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    res = run_kg(REPO, "--store", spec, "funded", "Krasner")
    assert res.exit_code == 0, res.output
    assert res.output == run_kg(REPO, "funded", "Krasner").output


def test_remote_backend_refuses_service_without_parsing_it_ours(via_serve: RemoteBackend) -> None:
    for q in (
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ):
        with pytest.raises(KGError):
            via_serve.query(q)

"""`kg push` against a real Virtuoso on loopback (Debian's virtuoso-opensource; `make test` installs
it where apt is available). Without it these tests skip, saying why."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import REPO, run_kg
from kg.scale.push import SHARED_GRAPH, graph_url, split_graphs

TRIG = REPO / "graph" / "prosecutor-kg.trig"
DOC = "https://w3id.org/prosecutor-kg/id/document/"
ACTOR = "https://w3id.org/prosecutor-kg/id/actor/"
PK = "https://w3id.org/prosecutor-kg/ontology#"


def per_graph_counts() -> dict[str, int]:
    parts, _ = split_graphs(TRIG, SHARED_GRAPH)
    return {p.graph: len(p.triples) for p in parts}


# --- without a store ------------------------------------------------------------------------------


def test_split_keeps_every_quad_once_one_graph_per_source() -> None:
    counts = per_graph_counts()
    n_quads = sum(1 for _ in ox.parse(path=str(TRIG), format=ox.RdfFormat.TRIG))
    assert sum(counts.values()) == n_quads
    assert next(iter(counts)) == SHARED_GRAPH  # the shared part goes first
    docs = [g for g in counts if g.startswith(DOC)]
    assert len(docs) == len(list((REPO / "corpus").glob("*.txt")))


def test_graph_urls() -> None:
    assert graph_url("http://h/gsp", "urn:g") == "http://h/gsp?graph=urn%3Ag"
    assert graph_url("http://h/gsp?x=1", None) == "http://h/gsp?x=1&default"


def test_dry_run_sends_nothing() -> None:
    res = run_kg(REPO, "push", "--endpoint", "http://127.0.0.1:9/nothing-listens-here", "--dry-run")
    assert res.exit_code == 0, res.output
    assert f"would PUT {SHARED_GRAPH}" in res.output and "6 graphs" in res.output


def test_unreachable_endpoint_is_one_line() -> None:
    res = run_kg(REPO, "push", "--endpoint", "http://127.0.0.1:9/gsp", "--timeout", "5")
    assert res.exit_code == 1 and "cannot reach" in res.stderr and "Traceback" not in res.output


# --- against Virtuoso -------------------------------------------------------------------------------

pytestmark_virtuoso = pytest.mark.skipif(
    __import__("shutil").which("virtuoso-t") is None,
    reason="virtuoso-t not installed (Debian package virtuoso-opensource; `make test` installs it as root)",
)


@pytest.fixture(scope="module")
def vt(tmp_path_factory: pytest.TempPathFactory):
    from virtuoso import virtuoso

    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as v:
        yield v


def counts_in(vt) -> dict[str, int]:
    rows = vt.select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/prosecutor-kg/')) } GROUP BY ?g"
    )
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def push(vt, *extra: str, password: str | None = None):
    from virtuoso import PUSH_PASSWORD, PUSH_USER

    return run_kg(
        REPO,
        "push",
        "--endpoint",
        f"{vt.base}/sparql-graph-crud-auth",
        "--user",
        PUSH_USER,
        "--password",
        PUSH_PASSWORD if password is None else password,
        *extra,
    )


def triples_in(vt, graph: str) -> set[tuple[str, str, str]]:
    rows = vt.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {
        (r["s"]["value"], r["p"]["value"], r["o"]["value"] if r["o"]["type"] == "uri" else "literal")
        for r in rows
    }


def local_triples(graph: str) -> set[tuple[str, str, str]]:
    parts, _ = split_graphs(TRIG, SHARED_GRAPH)
    part = next(p for p in parts if p.graph == graph)
    return {
        (
            t.subject.value,
            t.predicate.value,
            t.object.value if isinstance(t.object, ox.NamedNode) else "literal",
        )
        for t in part.triples
    }


@pytestmark_virtuoso
def test_push_to_virtuoso_one_graph_per_source_with_digest_auth(vt) -> None:
    res = push(vt)
    assert res.exit_code == 0, res.output
    assert "pushed 6 graphs" in res.output
    assert counts_in(vt) == per_graph_counts()
    # Every IRI arrives intact (Turtle with prefixed names once came out as .../actor\\/x).
    doc = f"{DOC}002_7ff4504f4581d9ef"
    assert triples_in(vt, doc) == local_triples(doc)
    # The data is usable there: the FOP's lawsuit against Krasner, in the graph of its source.
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    rows = vt.select(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ ?a <{rdf}subject> <{ACTOR}philadelphia-fop> ; "
        f"<{rdf}predicate> <{PK}sued> ; <{rdf}object> <{ACTOR}larry-krasner> }} }}"
    )
    assert {r["g"]["value"] for r in rows} == {doc}


@pytestmark_virtuoso
def test_pushing_again_replaces_not_duplicates(vt) -> None:
    assert push(vt).exit_code == 0
    assert push(vt, "--format", "ttl").exit_code == 0
    assert counts_in(vt) == per_graph_counts()
    assert triples_in(vt, SHARED_GRAPH) == local_triples(SHARED_GRAPH)


@pytestmark_virtuoso
def test_shared_part_to_a_graph_of_ones_choice(vt) -> None:
    res = push(vt, "--graph", "https://w3id.org/prosecutor-kg/graph/test-shared")
    assert res.exit_code == 0, res.output
    assert (
        counts_in(vt)["https://w3id.org/prosecutor-kg/graph/test-shared"] == per_graph_counts()[SHARED_GRAPH]
    )


@pytestmark_virtuoso
def test_wrong_password_and_no_permission_are_clear(vt) -> None:
    res = push(vt, password="wrong")  # noqa: S106 (a deliberately wrong password)
    assert res.exit_code == 1 and "HTTP 401" in res.stderr
    # The endpoint without authentication runs as an anonymous user who may not write.
    res = run_kg(REPO, "push", "--endpoint", f"{vt.base}/sparql-graph-crud")
    assert res.exit_code == 1 and "HTTP 403" in res.stderr and "SPARQL_UPDATE" in res.stderr


@pytestmark_virtuoso
def test_push_a_synthetic_trig(vt, tmp_path: Path) -> None:
    from kg.scale.synth import synthesize

    out = tmp_path / "synth.trig"
    stats = synthesize(out, triples=3000, seed=3, ontology_dir=REPO / "ontology")
    res = push(vt, "--file", str(out), "--graph", "https://w3id.org/prosecutor-kg/graph/synth-shared")
    assert res.exit_code == 0, res.output
    got = counts_in(vt)
    synth_docs = {g: n for g, n in got.items() if "/synth/" in g or g.endswith("synth-shared")}
    assert sum(synth_docs.values()) == stats.triples

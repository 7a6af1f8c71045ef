"""`kg synth` and bench/run, on tiny graphs (the real run, up to 1M triples, is never part of the tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import REPO, run_kg
from kg.querying.queries import Resolver, bindings_for, get_named, load_named
from kg.querying.store import OxigraphBackend
from kg.scale.synth import synthesize

PK = "https://w3id.org/prosecutor-kg/ontology#"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "g.nt"
    synthesize(out, 8000, seed=5, ontology_dir=REPO / "ontology")
    return out


def test_size_and_determinism(tmp_path: Path, synthetic: Path) -> None:
    stats = json.loads((synthetic.parent / "g.nt.samples.json").read_text(encoding="utf-8"))
    store = ox.Store()
    store.bulk_load(path=str(synthetic), format=ox.RdfFormat.N_TRIPLES)
    assert len(store) == stats["triples"]  # no duplicate lines: the count is what a store holds
    assert 8000 <= stats["triples"] < 8000 + 200
    again = tmp_path / "again.nt"
    synthesize(again, 8000, seed=5, ontology_dir=REPO / "ontology")
    assert again.read_bytes() == synthetic.read_bytes()


def test_timeline_positions_as_the_build_writes_them(tmp_path: Path) -> None:
    """pk:timelinePosition on every dated assertion, in the order of the build (date, then IRI), each
    in its assertion's document graph in TriG and N-Quads; the graph passes the timeline's shape."""
    from rdflib import Dataset, Graph

    from kg.builder.shacl import violations

    for suffix in ("trig", "nq"):
        out = tmp_path / f"g.{suffix}"
        synthesize(out, 4000, seed=2, ontology_dir=REPO / "ontology")
        store = ox.Store()
        store.bulk_load(path=str(out), format=ox.RdfFormat.TRIG if suffix == "trig" else ox.RdfFormat.N_QUADS)
        rows = store.query(
            f"PREFIX pk: <{PK}> SELECT ?a ?d ?n ?g WHERE {{ GRAPH ?g {{ ?a pk:date ?d ; pk:statedIn ?doc }} "
            "OPTIONAL { GRAPH ?g { ?a pk:timelinePosition ?n } } }"
        )
        got = [(s["d"].value, s["a"].value, s["n"]) for s in rows]
        assert len(got) > 10 and all(n is not None for _, _, n in got)  # in the assertion's own graph
        assert [int(n.value) for _, _, n in sorted(got)] == list(range(1, len(got) + 1))
    ds = Dataset()
    ds.parse(tmp_path / "g.nq", format="nquads")
    merged = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    derived = ("timeline", "listing position", "counts as")  # the terms kg synth derives as the build does
    found = violations(merged, REPO / "ontology" / "shapes.ttl")
    assert not [v for v in found if any(d in v.text for d in derived)]


def test_same_shape_as_the_built_graph(synthetic: Path) -> None:
    b = OxigraphBackend.from_file(synthetic)

    def count(q: str) -> int:
        return int(
            b.query(f"PREFIX pk: <{PK}> SELECT (COUNT(*) AS ?n) WHERE {{ {q} }}").rows[0]["n"]["value"]
        )

    # Ontology, typed actors with aliases, reified assertions with evidence and selectors.
    assert count("?r <http://www.w3.org/2000/01/rdf-schema#subPropertyOf>+ pk:relatedTo") > 10
    assert count("?x a pk:HeadProsecutor ; pk:holdsOffice ?o . ?o pk:jurisdiction ?j") > 5
    assert count("?x pk:alias ?a") > 50
    n_assertions = count("?a a pk:Assertion ; pk:statedIn ?d ; pk:hasEvidence ?e")
    assert n_assertions > 100
    assert (
        count(
            "?e <http://www.w3.org/ns/oa#hasTarget>/<http://www.w3.org/ns/oa#hasSelector> ?s . "
            "?s <http://www.w3.org/ns/oa#start> ?st"
        )
        >= n_assertions
    )
    # Relations follow the curated mix (criticized and opposed lead) and direct edges exist.
    rel = b.query(
        f"PREFIX pk: <{PK}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?a a pk:Assertion ; rdf:predicate ?p } "
        "GROUP BY ?p ORDER BY DESC(?n) LIMIT 3"
    ).values()
    assert {r["p"].removeprefix(PK) for r in rel} & {"criticized", "opposed"}
    assert count("?s pk:opposed ?o") > 0


@pytest.mark.parametrize("key", ["samples", "typical"])
def test_every_named_query_answers_with_the_samples(synthetic: Path, key: str) -> None:
    samples = json.loads((synthetic.parent / "g.nt.samples.json").read_text(encoding="utf-8"))[key]
    b = OxigraphBackend.from_file(synthetic)
    resolver = Resolver(b)
    for name, nq in load_named(REPO / "queries").items():
        assert samples[name], name
        for params in samples[name]:
            rows = b.query(nq.text, bindings_for(get_named(REPO / "queries", name), params, resolver)).rows
            assert rows, (name, params)  # the samples are values that exist in the data


def test_trig_has_one_graph_per_document(tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    stats = synthesize(out, 3000, seed=2, ontology_dir=REPO / "ontology")
    graphs = {q.graph_name for q in ox.parse(path=str(out), format=ox.RdfFormat.TRIG)}
    assert len(graphs) == stats.documents + 1  # and the default graph


def test_synth_command(tmp_path: Path) -> None:
    res = run_kg(REPO, "synth", "--triples", "2000", "-o", str(tmp_path / "s.ttl"))
    assert res.exit_code == 0, res.output
    assert "2,0" in res.output and (tmp_path / "s.ttl.samples.json").exists()
    assert run_kg(REPO, "synth", "--triples", "2000", "-o", str(tmp_path / "s.xml")).exit_code == 1


def test_bench_run_end_to_end_on_a_tiny_graph(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    cmd = [
        sys.executable,
        str(REPO / "bench" / "store_bench.py"),
        "--sizes",
        "2k",
        "--runs",
        "2",
        "--clients",
        "2",
        "--requests",
        "5",
        "--cli-runs",
        "1",
        "--out",
        str(out),
        "--cap",
        "60",
        "--cache",
        str(tmp_path / "cache"),
        "--before",
        str(REPO / "tests" / "fixtures" / "queries-before"),
        "--serve-params",
        "unique",
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert "Machine:" in text and "cores" in text and "pyoxigraph" in text
    for what in (
        "| load |",
        "| peak RSS |",
        "coalitions (aggregate)",
        "End-to-end CLI lookup",
        "kg serve at 2k",
        "Targets at 2k",
        "Named queries at 2k: before (`tests/fixtures/queries-before`) and now, same run",
        "| timeline |",
        "no request repeated",
    ):
        assert what in text, what
    assert "| 10 / 10 | 0 |" in text  # every request of the load test answered, none failed


def test_the_search_interleaved_and_worker_benches_run_on_a_tiny_graph(
    tmp_path: Path, synthetic: Path
) -> None:
    """bench/textindex_bench.py, bench/interleaved_bench.py and bench/worker_bench.py end to end (they
    stop when the rows they compare differ): each prints its table."""
    import shutil

    def bench(script: str, *args: str) -> str:
        cmd = [sys.executable, str(REPO / "bench" / script), "--graph", str(synthetic), *args]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=REPO)
        assert res.returncode == 0, res.stderr[-2000:]
        return res.stdout

    out = bench("textindex_bench.py", "--runs", "1", "--disk", str(tmp_path / "store"))
    assert "| **on disk** |" in out and "| busiest: " in out and "text index beside the store" in out
    before = tmp_path / "before"
    shutil.copytree(REPO / "queries", before)
    out = bench(
        "interleaved_bench.py", "--before", str(before), "--queries", "who-funded,timeline", "--runs", "1"
    )
    assert "| who-funded | busiest |" in out and "| who-funded | unique |" in out and "| timeline |" in out
    out = bench("worker_bench.py", "--store", str(tmp_path / "store"), "--per-kind", "2")
    assert "| search | 2 |" in out and "requests/s for 2 workers" in out and "errors" not in out

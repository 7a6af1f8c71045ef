"""`kg export`: every format parses with its standard reader and keeps edges and evidence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef

from conftest import REPO, run_kg
from kg.api import load
from kg.views.export import nodes_path
from kg.views.network import to_networkx


def network(root: Path) -> nx.MultiDiGraph:
    """The actor network of the project at ROOT, as kg.views.network builds it."""
    return to_networkx(load(root))


def export(root: Path, fmt: str, out: Path, *extra: str) -> Path:
    res = run_kg(root, "export", "--format", fmt, "-o", str(out), *extra)
    assert res.exit_code == 0, res.output
    assert f"wrote {out}" in res.output
    return out


@pytest.fixture(scope="module")
def real_net() -> nx.MultiDiGraph:
    return network(REPO)


def test_graphml_round_trips_edges_with_evidence(real_net: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = export(REPO, "graphml", tmp_path / "g.graphml")
    H = nx.read_graphml(out, force_multigraph=True)
    assert isinstance(H, nx.MultiDiGraph)
    assert (H.number_of_nodes(), H.number_of_edges()) == (
        real_net.number_of_nodes(),
        real_net.number_of_edges(),
    )
    for u, v, k, d in real_net.edges(keys=True, data=True):
        e = H.edges[u, v, k]
        assert (e["relation"], e["quote"], e["document"], e["assertion"]) == (
            d["relation"],
            d["quote"],
            d["document"],
            k,
        )
        assert (e["start"], e["end"]) == (d["start"], d["end"])
    some = next(iter(real_net))
    assert H.nodes[some]["label"] == real_net.nodes[some]["label"]
    assert H.nodes[some]["color"].startswith("#") and H.nodes[some]["shape"]


def test_gexf_has_labels_colours_and_offsets(real_net: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = export(REPO, "gexf", tmp_path / "g.gexf")
    H = nx.read_gexf(out)
    assert (H.number_of_nodes(), H.number_of_edges()) == (
        real_net.number_of_nodes(),
        real_net.number_of_edges(),
    )
    u, v, k, d = next(iter(sorted(real_net.edges(keys=True, data=True), key=lambda e: e[2])))
    e = H[u][v][k]  # the assertion IRI is the GEXF edge id, read back as the edge key
    assert e["label"] == d["relation_label"]
    assert (e["char_start"], e["char_end"], e["quote"]) == (d["start"], d["end"], d["quote"])
    assert "viz" in H.nodes[u] or "color" in H.nodes[u]


def test_csv_has_one_row_per_assertion_and_per_actor(real_net: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = export(REPO, "csv", tmp_path / "relations.csv")
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == real_net.number_of_edges()
    by_id = {r["assertion"]: r for r in rows}
    for u, v, k, d in real_net.edges(keys=True, data=True):
        r = by_id[k]
        assert (r["source"], r["target"], r["relation"]) == (u, v, d["relation"])
        assert json.loads(r["quotes"]) == d["quotes"]
        assert r["quote"] == d["quote"] and int(r["start"]) == d["start"]
    with nodes_path(out).open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    assert sorted(n["id"] for n in nodes) == sorted(real_net)


@pytest.mark.parametrize(("fmt", "rdflib_format", "ox_format"), [
    ("ttl", "turtle", pyoxigraph.RdfFormat.TURTLE),
    ("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES),
    ("jsonld", "json-ld", None),
])  # fmt: skip
def test_rdf_formats_hold_the_whole_graph(fmt: str, rdflib_format: str, ox_format, tmp_path: Path) -> None:
    ref = Graph().parse(REPO / "graph" / "prosecutor-kg.ttl", format="turtle")
    out = export(REPO, fmt, tmp_path / f"g.{fmt}")
    g = Graph().parse(out, format=rdflib_format)
    assert len(g) == len(ref)
    assert set(g) == set(ref)
    if ox_format is not None:
        with out.open("rb") as fh:
            assert sum(1 for _ in pyoxigraph.parse(fh, format=ox_format)) == len(ref)


def test_trig_keeps_one_named_graph_per_document(tmp_path: Path) -> None:
    out = export(REPO, "trig", tmp_path / "g.trig")
    ds = Dataset()
    ds.parse(out, format="trig")
    ref = Dataset()
    ref.parse(REPO / "graph" / "prosecutor-kg.trig", format="trig")
    assert set(ds.quads()) == set(ref.quads())
    named = {c.identifier for c in ds.graphs() if c.identifier != ds.default_graph.identifier and len(c)}
    assert len(named) >= 2
    with out.open("rb") as fh:
        assert sum(1 for _ in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TRIG)) == len(set(ref.quads()))


def test_nt_export_is_sorted_and_reproducible(tmp_path: Path) -> None:
    a = export(REPO, "nt", tmp_path / "a.nt").read_bytes()
    b = export(REPO, "nt", tmp_path / "b.nt").read_bytes()
    assert a == b
    lines = a.decode("utf-8").splitlines()
    assert lines == sorted(lines)


def test_mini_values_survive_every_network_format(mini: Path, tmp_path: Path) -> None:
    assert run_kg(mini, "build", "-q").exit_code == 0
    funded_quote = "the Roe  campaign got $2 million from the Justice Fund"
    H = nx.read_graphml(export(mini, "graphml", tmp_path / "m.graphml"), force_multigraph=True)
    (d,) = [d for _, _, d in H.edges(data=True) if d["relation"] == "funded"]
    assert (d["amount"], d["currency"], d["quote"]) == (2000000.0, "USD", funded_quote)
    with export(mini, "csv", tmp_path / "m.csv").open(encoding="utf-8", newline="") as fh:
        (row,) = [r for r in csv.DictReader(fh) if r["relation"] == "funded"]
    assert (float(row["amount"]), row["quote"], row["source_label"]) == (2e6, funded_quote, "Justice Fund")
    G = nx.read_gexf(export(mini, "gexf", tmp_path / "m.gexf"))
    assert sorted(d["label"] for _, _, d in G.edges(data=True)) == ["funded", "sued"]
    g = Graph().parse(export(mini, "ttl", tmp_path / "m.ttl"))
    roe = URIRef("https://w3id.org/prosecutor-kg/id/actor/jane-roe")
    assert (roe, None, None) in g


def test_unknown_format_and_missing_graph_are_reported(mini: Path, tmp_path: Path) -> None:
    res = run_kg(mini, "export", "--format", "dot", "-o", str(tmp_path / "x"))
    assert res.exit_code == 2 and "dot" in res.output
    res = run_kg(mini, "export", "--format", "ttl", "-o", str(tmp_path / "x.ttl"))  # mini is not built
    assert res.exit_code == 1 and "kg build" in res.output and "Traceback" not in res.output

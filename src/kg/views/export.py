"""Export the graph for other tools: Gephi and Cytoscape (GraphML, GEXF), spreadsheets (CSV),
triple stores (JSON-LD, N-Triples, Turtle, TriG).

The network formats carry one edge per assertion with every qualifier and its evidence
reference (assertion IRI, document, character offsets, quote), the source's URL, publisher and
publication date, and the curator's note. The RDF formats carry the
whole built graph, evidence included as Web Annotations; TriG keeps one named graph per
source document. Every format is written by its standard library (networkx, csv, rdflib,
pyoxigraph), never by hand.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.base.errors import EXIT_USAGE, KGError

if TYPE_CHECKING:
    import networkx as nx

    from kg.base.ontology import Ontology
    from kg.base.paths import Project

NETWORK_FORMATS = ("graphml", "gexf", "csv")
RDF_FORMATS = ("jsonld", "nt", "ttl", "trig")
FORMATS = NETWORK_FORMATS + RDF_FORMATS

# List-valued attributes are joined with this in the formats that only hold scalars.
LIST_SEPARATOR = " | "

NODE_COLUMNS = ("id", "label", "type", "types", "offices", "color", "shape", "degree")
EDGE_COLUMNS = (
    "assertion", "source", "source_label", "target", "target_label", "relation", "relation_label",
    "family", "date", "amount", "currency", "amount_qualifier", "case", "outcome", "status",
    "curation", "confidence", "rule", "quote", "quotes", "document", "document_title", "start", "end",
    "url", "publisher", "published", "note",
)  # fmt: skip


class UnknownFormat(KGError):
    exit_code = EXIT_USAGE


def nodes_path(edges_csv: Path) -> Path:
    """Where the CSV export puts its node table: beside the edge table, `NAME.nodes.csv`."""
    return edges_csv.with_name(f"{edges_csv.stem}.nodes.csv")


def export(
    project: Project, fmt: str, out: Path, *, include_candidates: bool = False, store: str | None = None
) -> list[Path]:
    """Write the built graph of PROJECT to OUT in FMT; returns the files written.

    INCLUDE_CANDIDATES adds machine-extracted candidate edges to the network formats (the RDF
    formats always hold exactly what `kg build` put in graph/). STORE, a remote store's spec
    (sparql:URL), exports what that store holds instead of graph/ (TriG excepted: a store's own
    named graphs are not the build's).
    """
    from kg.base import ontology
    from kg.querying.graphfile import load_graph
    from kg.querying.remote import parse_remote

    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    remote = store is not None and parse_remote(store) is not None
    if remote and fmt == "trig":
        raise UnknownFormat("trig is exported from the built graph only, not from a remote store")
    if fmt in RDF_FORMATS:
        data = rdf_bytes(project, fmt, load_graph(project, store) if remote else None)
        _write_bytes(out, data)
        return [out]
    from kg.views.network import to_networkx

    G = to_networkx(load_graph(project, store), include_candidates=include_candidates)
    onto = ontology.load(project.ontology_files)
    if fmt == "csv":
        edges, nodes = csv_tables(G, onto)
        from kg.base.fsio import write_atomically

        # The two tables are one set: both are written, or neither.
        write_atomically({out: edges.encode("utf-8"), nodes_path(out): nodes.encode("utf-8")})
        return [out, nodes_path(out)]
    writer: Callable[[Any, Any], None]
    if fmt == "graphml":
        import networkx as nx

        writer = nx.write_graphml
        H = flat_graph(G, onto)
    else:
        import networkx as nx

        writer = nx.write_gexf
        H = gexf_graph(G, onto)
    buf = io.BytesIO()
    writer(H, buf)
    _write_bytes(out, buf.getvalue())
    return [out]


# -- network formats -------------------------------------------------------------------------


def flat_graph(G: nx.MultiDiGraph, onto: Ontology) -> nx.MultiDiGraph:
    """A copy of G whose attributes are all scalars (GraphML and GEXF hold nothing else): lists
    are joined with LIST_SEPARATOR, missing values left out, and each node gets its display
    colour and shape from the ontology."""
    import networkx as nx

    H = nx.MultiDiGraph(name="prosecutor-kg")
    for n in sorted(G):
        d = G.nodes[n]
        color, shape = onto.type_style(d.get("type", "Actor"))
        attrs = {**d, "color": color, "shape": shape, "degree": G.degree(n)}
        H.add_node(n, **_scalars(attrs))
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        rel = d.get("relation")
        attrs = {**d, "color": onto.color(rel) if rel in onto.relations else None}
        H.add_edge(u, v, key=k, **_scalars(attrs))
    return H


def gexf_graph(G: nx.MultiDiGraph, onto: Ontology) -> nx.MultiDiGraph:
    """flat_graph plus GEXF's viz module (colour and size), which Gephi draws directly."""
    H = flat_graph(G, onto)
    for _, d in H.nodes(data=True):
        d["viz"] = {"color": _rgba(d["color"]), "size": 10.0 + 2.0 * float(d["degree"])}
    for _, _, d in H.edges(data=True):
        if d.get("color"):
            d["viz"] = {"color": _rgba(d["color"])}
        # GEXF gives "label" its own slot; the relation is what an edge is called.
        d["label"] = d.get("relation_label") or d.get("relation", "")
        # GEXF reads "start"/"end" as a time span; ours are character offsets in the document.
        for key in ("start", "end"):
            if key in d:
                d[f"char_{key}"] = d.pop(key)
    return H


def csv_tables(G: nx.MultiDiGraph, onto: Ontology) -> tuple[str, str]:
    """(edges.csv, nodes.csv) as text: one row per assertion, one row per actor."""
    edges = io.StringIO()
    w = csv.DictWriter(edges, fieldnames=EDGE_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        row = {
            **d,
            "assertion": k,
            "source": u,
            "target": v,
            "source_label": G.nodes[u].get("label"),
            "target_label": G.nodes[v].get("label"),
        }
        w.writerow(_csv_row(row))
    nodes = io.StringIO()
    w = csv.DictWriter(nodes, fieldnames=NODE_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for n in sorted(G):
        d = G.nodes[n]
        color, shape = onto.type_style(d.get("type", "Actor"))
        w.writerow(_csv_row({**d, "id": n, "color": color, "shape": shape, "degree": G.degree(n)}))
    return edges.getvalue(), nodes.getvalue()


def _scalars(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | set):
            value = LIST_SEPARATOR.join(str(x) for x in value)
        out[key] = value
    return out


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if isinstance(value, list | tuple):
            # JSON keeps quotes that themselves contain the separator unambiguous.
            value = json.dumps(list(value), ensure_ascii=False)
        out[key] = "" if value is None else value
    return out


def _rgba(color: str) -> dict[str, float | int]:
    c = color.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


# -- RDF formats ------------------------------------------------------------------------------


def rdf_bytes(project: Project, fmt: str, graph: Any = None) -> bytes:
    """The built graph in an RDF syntax. TriG is read from graph/'s TriG so the per-document
    named graphs survive; the others from the merged Turtle graph (or from GRAPH, an rdflib Graph)."""
    from rdflib import Graph

    from kg.builder.rdfgraph import bind_prefixes
    from kg.builder.serialize import to_jsonld, to_ntriples, to_turtle

    if fmt == "trig":
        return _trig(_built(project, "trig"))
    g = Graph()
    if graph is not None:
        g += graph
    else:
        g.parse(_built(project, "ttl"), format="turtle")
    bind_prefixes(g)
    if fmt == "ttl":
        return to_turtle(g)
    if fmt == "jsonld":
        return to_jsonld(g)
    return to_ntriples(g)


def _trig(path: Path) -> bytes:
    """TriG through pyoxigraph: quads sorted by graph, then subject, so each named graph is
    one block and the output is reproducible."""
    import pyoxigraph as ox

    from kg.builder.rdfgraph import PREFIXES

    with path.open("rb") as fh:
        quads = list(ox.parse(fh, format=ox.RdfFormat.TRIG))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    prefixes = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)


def _built(project: Project, ext: str) -> Path:
    path = project.graph_file(ext)
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    return path


def _write_bytes(path: Path, data: bytes) -> None:
    from kg.base.fsio import write_atomically

    write_atomically({path: data})

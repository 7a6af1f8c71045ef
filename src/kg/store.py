"""Query backends behind one small interface: pyoxigraph (fast, the default for lookups) and
rdflib (in memory, the reference). Both take parameters as bound terms, never as query text.

Parameter binding: named queries use each parameter only in triple patterns and list it in the
SELECT projection. pyoxigraph binds by SEP-0007 substitution (which requires the projection),
rdflib by initBindings; written this way, both give the same rows.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KGError

# A term as in SPARQL 1.1 Query Results JSON: {"type": "uri"|"literal"|"bnode", "value": ...}
Term = dict[str, str]

RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("nt", "ttl")


class QuerySyntaxError(KGError):
    exit_code = 2


class ReadOnlyError(KGError):
    exit_code = 2


@dataclass
class Result:
    """What a query returned, in backend-neutral form."""

    kind: str  # "select", "ask" or "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    ntriples: str = ""

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {"head": {"vars": self.vars}, "results": {"bindings": self.rows}}

    def values(self) -> list[dict[str, str | None]]:
        return [{v: (r[v]["value"] if v in r else None) for v in self.vars} for r in self.rows]


class Backend(ABC):
    name: str

    @abstractmethod
    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result: ...

    @abstractmethod
    def serialize(self, sparql: str, fmt: str, bindings: dict[str, Term] | None = None) -> bytes:
        """Run SPARQL and serialise the result with the library's own writer."""


# --- pyoxigraph -------------------------------------------------------------------------------

def _ox_term(t: Term):
    import pyoxigraph as ox

    if t["type"] == "uri":
        return ox.NamedNode(t["value"])
    if t["type"] == "bnode":
        return ox.BlankNode(t["value"])
    if "xml:lang" in t:
        return ox.Literal(t["value"], language=t["xml:lang"])
    if "datatype" in t:
        return ox.Literal(t["value"], datatype=ox.NamedNode(t["datatype"]))
    return ox.Literal(t["value"])


class OxigraphBackend(Backend):
    name = "oxigraph"

    def __init__(self, store: Any):
        self.store = store

    @classmethod
    def from_file(cls, path: Path) -> OxigraphBackend:
        import pyoxigraph as ox

        store = ox.Store()
        fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
        store.bulk_load(path=str(path), format=fmt)
        return cls(store)

    def _run(self, sparql: str, bindings: dict[str, Term] | None):
        import pyoxigraph as ox

        subs = {ox.Variable(k): _ox_term(v) for k, v in (bindings or {}).items()}
        try:
            return self.store.query(sparql, substitutions=subs or None, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QuerySyntaxError(f"SPARQL syntax error: {e}") from None
        except RuntimeError as e:
            raise KGError(f"query failed: {e}") from None

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        import pyoxigraph as ox

        res = self._run(sparql, bindings)
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            nt = res.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            return Result("graph", ntriples=nt)
        data = json.loads(res.serialize(format=ox.QueryResultsFormat.JSON))
        return Result("select", vars=data["head"]["vars"], rows=data["results"]["bindings"])

    def serialize(self, sparql: str, fmt: str, bindings: dict[str, Term] | None = None) -> bytes:
        import pyoxigraph as ox

        res = self._run(sparql, bindings)
        if isinstance(res, ox.QueryTriples):
            rdf = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}.get(fmt, ox.RdfFormat.N_TRIPLES)
            return res.serialize(format=rdf)
        qf = {
            "json": ox.QueryResultsFormat.JSON,
            "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
        }[fmt]
        return res.serialize(format=qf)


# --- rdflib -------------------------------------------------------------------------------------

def _rdflib_term(t: Term):
    from rdflib import BNode, Literal, URIRef

    if t["type"] == "uri":
        return URIRef(t["value"])
    if t["type"] == "bnode":
        return BNode(t["value"])
    return Literal(t["value"], lang=t.get("xml:lang"), datatype=t.get("datatype"))


class RdflibBackend(Backend):
    name = "memory"

    def __init__(self, graph: Any):
        self.graph = graph

    @classmethod
    def from_file(cls, path: Path) -> RdflibBackend:
        from rdflib import Dataset, Graph

        if path.suffix == ".trig":
            ds = Dataset(default_union=True)
            ds.parse(path, format="trig")
            return cls(ds)
        return cls(Graph().parse(path, format="turtle"))

    def _run(self, sparql: str, bindings: dict[str, Term] | None):
        from pyparsing import ParseException

        init = {k: _rdflib_term(v) for k, v in (bindings or {}).items()}
        try:
            return self.graph.query(sparql, initBindings=init)
        except ParseException as e:
            raise QuerySyntaxError(f"SPARQL syntax error at line {e.lineno}, column {e.col}: {e.msg}") from None
        except Exception as e:  # rdflib raises bare exceptions for evaluation errors
            raise KGError(f"query failed: {e}") from None

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        res = self._run(sparql, bindings)
        if res.type == "ASK":
            return Result("ask", boolean=bool(res.askAnswer))
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            return Result("graph", ntriples=res.graph.serialize(format="nt"))
        data = json.loads(res.serialize(format="json"))
        return Result("select", vars=data["head"]["vars"], rows=data["results"]["bindings"])

    def serialize(self, sparql: str, fmt: str, bindings: dict[str, Term] | None = None) -> bytes:
        res = self._run(sparql, bindings)
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            return res.graph.serialize(format={"ttl": "turtle"}.get(fmt, "nt")).encode("utf-8")
        if fmt == "tsv":  # rdflib has no TSV writer: convert its JSON with pyoxigraph's
            import pyoxigraph as ox

            parsed = ox.parse_query_results(res.serialize(format="json"), format=ox.QueryResultsFormat.JSON)
            return parsed.serialize(format=ox.QueryResultsFormat.TSV)
        return res.serialize(format=fmt)


def open_store(spec: str, graph_file: Path) -> Backend:
    """A backend from a --store spec: 'oxigraph' (in memory, default), 'memory' (rdflib),
    or 'oxigraph:PATH' (persistent on disk, loaded from GRAPH_FILE if empty)."""
    if spec == "memory":
        return RdflibBackend.from_file(graph_file)
    if spec == "oxigraph":
        return OxigraphBackend.from_file(graph_file)
    if spec.startswith("oxigraph:"):
        import pyoxigraph as ox

        path = Path(spec.split(":", 1)[1])
        store = ox.Store(str(path))
        if len(store) == 0:
            store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
        return OxigraphBackend(store)
    raise KGError(f"unknown store {spec!r}: use memory, oxigraph or oxigraph:PATH")

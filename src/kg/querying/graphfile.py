"""The built graph file as an rdflib Graph, for the Python API and the views; or, with a remote
store (--store sparql:URL), the graph that store holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.base.errors import KGError
from kg.base.paths import Project

if TYPE_CHECKING:
    from rdflib import Graph

# Every triple of the store's default graph whose subject is the project's or a blank node: a store
# such as Virtuoso also answers with its own system graphs (virtrdf:, ...), which are not the graph.
WHOLE_GRAPH = """CONSTRUCT { ?s ?p ?o } WHERE {
  ?s ?p ?o FILTER(isBlank(?s) || STRSTARTS(STR(?s), "https://w3id.org/prosecutor-kg/"))
}"""


def load_graph(project: Project, store: str | None = None) -> Graph:
    """graph/prosecutor-kg.ttl (ontology included); a KGError when it has not been built. With a
    remote STORE spec (sparql:URL), the triples that store holds instead, fetched with one CONSTRUCT."""
    from rdflib import Graph

    if store is not None:
        from kg.querying.remote import open_remote, parse_remote

        spec = parse_remote(store)
        if spec is not None:
            nt = open_remote(spec).query(WHOLE_GRAPH).ntriples
            return Graph().parse(data=nt, format="nt")
    path = project.graph_file("ttl")
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    return Graph().parse(path, format="turtle")

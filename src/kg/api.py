"""The Python API: load the graph, and view it as networkx."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.paths import Project

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph


def load(root: str | Path | None = None) -> Graph:
    """The built graph (graph/prosecutor-kg.ttl, ontology included) as an rdflib Graph."""
    from rdflib import Graph

    from kg.errors import KGError

    project = Project.find(root)
    path = project.graph_file("ttl")
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    return Graph().parse(path, format="turtle")


def network(root: str | Path | None = None, include_candidates: bool = False) -> nx.MultiDiGraph:
    """Actors and relations as a networkx MultiDiGraph (see kg.network.to_networkx)."""
    from kg.network import to_networkx

    return to_networkx(load(root), include_candidates=include_candidates)

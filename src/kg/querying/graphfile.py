"""The built graph file as an rdflib Graph, for the Python API and the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.base.errors import KGError
from kg.base.paths import Project

if TYPE_CHECKING:
    from rdflib import Graph


def load_graph(project: Project) -> Graph:
    """graph/prosecutor-kg.ttl (ontology included); a KGError when it has not been built."""
    from rdflib import Graph

    path = project.graph_file("ttl")
    if not path.exists():
        raise KGError("no built graph: run `kg build`", path)
    return Graph().parse(path, format="turtle")

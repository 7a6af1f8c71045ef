"""The Python API: load the graph, and view it as networkx."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.base.paths import Project

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph


def load(root: str | Path | None = None) -> Graph:
    """The built graph (graph/prosecutor-kg.ttl, ontology included) as an rdflib Graph."""
    from kg.querying.graphfile import load_graph

    return load_graph(Project.find(root))


def query(
    name: str,
    params: dict[str, str] | None = None,
    root: str | Path | None = None,
    store: str = "oxigraph",
    include_candidates: bool = False,
) -> list[dict[str, str | None]]:
    """Run the named query NAME (queries/NAME.rq) with PARAMS as typed by a user (actor names are
    resolved, relations looked up); one dict per result row, values as strings."""
    from kg.querying.queries import get_named, run_named
    from kg.querying.store import open_store

    project = Project.find(root)
    backend = open_store(store, project.graph_file("ttl"))
    result = run_named(backend, get_named(project.queries_dir, name), params or {}, include_candidates)
    return result.values()


def lookup(
    relation: str,
    target: str | None = None,
    by: str | None = None,
    root: str | Path | None = None,
    include_candidates: bool = False,
) -> list[dict[str, object]]:
    """Who RELATION'd TARGET (or whom BY RELATION'd), sub-relations included, with quotes."""
    from kg.querying.lookups import lookup as run_lookup
    from kg.querying.store import open_store

    project = Project.find(root)
    backend = open_store("oxigraph", project.graph_file("ttl"))
    answers = run_lookup(backend, project.queries_dir, relation, target, by, include_candidates)
    return [a.as_dict() for a in answers]


def to_networkx(root: str | Path | None = None, include_candidates: bool = False) -> nx.MultiDiGraph:
    """Actors and relations as a networkx MultiDiGraph (see kg.views.network.to_networkx)."""
    from kg.views.network import to_networkx

    return to_networkx(load(root), include_candidates=include_candidates)

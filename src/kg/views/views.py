"""`kg viz`: from a project and the user's filters to HTML files (rendering is in kg.views.viz)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.views.subgraph import Selection

if TYPE_CHECKING:
    import networkx as nx

    from kg.base.ontology import Ontology
    from kg.base.paths import Project
    from kg.views.viz import WrittenView


@dataclass(frozen=True)
class Request:
    """What the user asked for, as typed: names are resolved against the graph later."""

    focus: str | None = None
    depth: int = 1
    relations: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    include_candidates: bool = False
    node_link: str | None = None  # where a click on an actor goes: "/actor/{id}" (see kg.views.viz)
    store: str | None = None  # a remote store's spec (sparql:URL) to draw from instead of graph/


def _load(
    project: Project, include_candidates: bool, store: str | None = None
) -> tuple[nx.MultiDiGraph, Ontology, object]:
    from kg.base import ontology
    from kg.querying.graphfile import load_graph
    from kg.views.network import to_networkx

    graph = load_graph(project, store)  # a remote store's graph with --store sparql:URL
    return (
        to_networkx(graph, include_candidates=include_candidates),
        ontology.load(project.ontology_files),
        graph,
    )


def summary(view: WrittenView) -> str:
    """'27 actors, 39 relations' (singular where it is one)."""
    return f"{_count(view.nodes, 'actor')}, {_count(view.edges, 'relation')}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def describe(onto: Ontology, req: Request) -> str:
    """The filters in words, for the page heading: 'relations: opposed (and below) · types: …'."""
    from kg.views.subgraph import expand_relations, expand_types

    parts = []
    if req.relations:
        rels = sorted(expand_relations(onto, req.relations) - set(req.relations))
        extra = f" (with {', '.join(rels)})" if rels else ""
        parts.append(f"relations: {', '.join(req.relations)}{extra}")
    if req.types:
        subs = sorted(expand_types(onto, req.types) - set(req.types))
        extra = f" (with {', '.join(subs)})" if subs else ""
        parts.append(f"actor types: {', '.join(req.types)}{extra}")
    if req.include_candidates:
        parts.append("includes unreviewed candidates")
    return " · ".join(parts)


def write_view(project: Project, out: Path, req: Request) -> WrittenView:
    """One view (the overview, or the ego network of REQ.focus) written to OUT."""
    from kg.querying.names import resolve
    from kg.views import viz
    from kg.views.links import check_link_template
    from kg.views.subgraph import expand_relations, expand_types, select

    check_link_template(req.node_link)
    G, onto, graph = _load(project, req.include_candidates, req.store)
    # Check the filter names before the (slower) name lookup, so typos fail fast.
    expand_relations(onto, req.relations)
    expand_types(onto, req.types)
    focus = resolve(graph, req.focus) if req.focus else None
    sel = Selection(relations=req.relations, types=req.types, focus=focus, depth=req.depth)
    H = select(G, onto, sel)
    title = viz.ego_title(G, focus, req.depth) if focus else "Overview"
    view = viz.render(
        H, onto, title=title, subtitle=describe(onto, req), full=G, focus=focus, node_link=req.node_link
    )
    viz.write(out, view.html)
    return viz.WrittenView(out, title, view.nodes, view.edges)


def write_all(project: Project, outdir: Path, req: Request) -> list[WrittenView]:
    """The overview, one ego view per prosecutor, and index.html, in OUTDIR."""
    from kg.views import viz
    from kg.views.links import check_link_template

    check_link_template(req.node_link)
    G, onto, _graph = _load(project, req.include_candidates, req.store)
    base = Selection(relations=req.relations, types=req.types, depth=req.depth)
    return viz.write_all(G, onto, outdir, base=base, subtitle=describe(onto, req), node_link=req.node_link)

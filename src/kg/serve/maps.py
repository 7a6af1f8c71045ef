"""The maps kg serve shows: kg.views.viz views whose actors link to the server's actor pages.

A click on an actor in a served map opens `/actor/<id>` (id = the last segment of the actor's
IRI). The page is the same self-contained file `kg viz` writes; `csp` is the header to send with
it: the map's own policy (its scripts by hash, no request to any other host) plus framing by
pages of this server only, so an actor page can embed its ego map in an iframe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from kg.base.ontology import Ontology

ACTOR_LINK = "/actor/{id}"


@dataclass(frozen=True)
class Map:
    html: str
    csp: str


def _csp() -> str:
    from kg.views import viz

    return f"{viz.csp()}; frame-ancestors 'self'"


def actor_map(G: nx.MultiDiGraph, onto: Ontology, iri: str, depth: int = 1) -> Map:
    """The ego map of the actor IRI (its relations DEPTH steps out), actors linked to their pages."""
    from kg.views import viz
    from kg.views.subgraph import Selection, select

    H = select(G, onto, Selection(focus=iri, depth=depth))
    title = viz.ego_title(G, iri, depth)
    view = viz.render(H, onto, title=title, full=G, focus=iri, node_link=ACTOR_LINK)
    return Map(view.html, _csp())


def overview_map(G: nx.MultiDiGraph, onto: Ontology) -> Map:
    """The whole network, actors linked to their pages."""
    from kg.views import viz

    view = viz.render(G, onto, title="Overview", node_link=ACTOR_LINK)
    return Map(view.html, _csp())

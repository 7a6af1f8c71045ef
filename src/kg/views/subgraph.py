"""Cut a view out of the actor network: by relation, by actor type, around one actor.

Relation and type names are expanded down the ontology's hierarchy, so asking for `opposed`
also keeps `sued` and `criticized`, and asking for `PoliceUnion` keeps deputy sheriffs' unions.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.base.errors import EXIT_USAGE, KGError

if TYPE_CHECKING:
    import networkx as nx

    from kg.base.ontology import Ontology


class UnknownTerm(KGError):
    """A relation or type name that the ontology does not define (a usage error)."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class Selection:
    """What a view keeps. Empty tuples mean "no restriction"."""

    relations: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    focus: str | None = None  # an actor IRI, already resolved (see kg.querying.names)
    depth: int = 1

    @property
    def filtered(self) -> bool:
        return bool(self.relations or self.types or self.focus)


def split_names(text: str | None) -> tuple[str, ...]:
    """'opposed, sued,,funded' -> ('opposed', 'sued', 'funded')."""
    return tuple(p.strip() for p in (text or "").split(",") if p.strip())


def expand_relations(onto: Ontology, names: Iterable[str]) -> set[str]:
    """NAMES and all their sub-relations; a name may be given in any case."""
    out: set[str] = set()
    for name in names:
        out.update(onto.relation_descendants(_canonical(name, onto.relations, "relation")))
    return out


def expand_types(onto: Ontology, names: Iterable[str]) -> set[str]:
    """NAMES and all their subtypes; a name may be given in any case."""
    out: set[str] = set()
    for name in names:
        top = _canonical(name, onto.types, "actor type")
        out.update(t for t in onto.types if top in onto.type_ancestors(t))
    return out


def select(G: nx.MultiDiGraph, onto: Ontology, sel: Selection) -> nx.MultiDiGraph:
    """The part of G that SEL keeps, as a new graph (G is not modified).

    - relations: only edges whose relation is one of these or below them;
    - types: only actors of these types or below them (the focus actor is always kept);
    - focus/depth: only actors within DEPTH steps of the focus, in either direction.

    When any filter is given, actors left without a relation are dropped (bar the focus), so
    `--relation sued` shows who sued whom rather than every actor in the graph.
    """
    import networkx as nx

    if sel.focus is not None and sel.focus not in G:
        raise KGError(f"actor {sel.focus} is not in the graph")
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    rels = expand_relations(onto, sel.relations) if sel.relations else None
    types = expand_types(onto, sel.types) if sel.types else None

    def keep_node(n: str) -> bool:
        return types is None or n == sel.focus or bool(types.intersection(G.nodes[n].get("types", ())))

    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if keep_node(n))
    H.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if u in H and v in H and (rels is None or d.get("relation") in rels)
    )
    if sel.focus is not None:
        # Distances ignore direction: who sued the focus is as near as whom the focus sued.
        near = nx.single_source_shortest_path_length(
            H.to_undirected(as_view=True), sel.focus, cutoff=sel.depth
        )
        H = H.subgraph(near).copy()
    if sel.filtered:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n != sel.focus])
    return H


def _canonical(name: str, known: Iterable[str], what: str) -> str:
    names = sorted(known)
    by_fold = {n.casefold(): n for n in names}
    if name.casefold() in by_fold:
        return by_fold[name.casefold()]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(names)}"
    raise UnknownTerm(f"unknown {what} {name!r}{hint}")

"""Read the ontology: actor types, relations, their hierarchy, labels and display hints.

Everything else in the package that needs a list of types or relations asks this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

PK = Namespace("https://w3id.org/prosecutor-kg/ontology#")
BASE = "https://w3id.org/prosecutor-kg/"
ID = Namespace(BASE + "id/")


@dataclass(frozen=True)
class Relation:
    name: str  # local name, e.g. "sued"
    iri: URIRef
    label: str
    inverse_label: str
    comment: str
    parents: tuple[str, ...]
    color: str | None
    lookup_verb: bool
    domain: str | None
    range: str | None


@dataclass(frozen=True)
class ActorType:
    name: str
    iri: URIRef
    label: str
    comment: str
    parents: tuple[str, ...]
    color: str | None
    shape: str | None


@dataclass
class Ontology:
    graph: Graph
    relations: dict[str, Relation] = field(default_factory=dict)
    types: dict[str, ActorType] = field(default_factory=dict)

    # -- hierarchy helpers ---------------------------------------------------------------
    def relation_ancestors(self, name: str) -> list[str]:
        """NAME and every relation above it, nearest first."""
        out, todo = [], [name]
        while todo:
            n = todo.pop(0)
            if n in out or n not in self.relations:
                continue
            out.append(n)
            todo.extend(self.relations[n].parents)
        return out

    def relation_descendants(self, name: str) -> list[str]:
        """NAME and every relation below it."""
        return sorted(r for r in self.relations if name in self.relation_ancestors(r))

    def type_ancestors(self, name: str) -> list[str]:
        out, todo = [], [name]
        while todo:
            n = todo.pop(0)
            if n in out or n not in self.types:
                continue
            out.append(n)
            todo.extend(self.types[n].parents)
        return out

    def family(self, relation: str) -> str:
        """The display family (opposition, support, ...) a relation belongs to."""
        for anc in self.relation_ancestors(relation):
            fam = self.graph.value(self.relations[anc].iri, PK.family)
            if fam is not None:
                return str(fam)
        return "other"

    def color(self, relation: str) -> str:
        for anc in self.relation_ancestors(relation):
            if self.relations[anc].color:
                return self.relations[anc].color  # type: ignore[return-value]
        return "#9e9e9e"

    def type_style(self, type_name: str) -> tuple[str, str]:
        """(colour, shape) of an actor type, inherited from the nearest styled ancestor."""
        color = shape = None
        for anc in self.type_ancestors(type_name):
            t = self.types[anc]
            color = color or t.color
            shape = shape or t.shape
        return color or "#9e9e9e", shape or "dot"

    @property
    def lookup_verbs(self) -> list[str]:
        return sorted(r.name for r in self.relations.values() if r.lookup_verb)

    @property
    def assertable_relations(self) -> list[str]:
        """Relations an annotation may use: all but the abstract top relation."""
        return sorted(r for r in self.relations if r != "relatedTo")

    @property
    def actor_types(self) -> list[str]:
        return sorted(self.types)


def _local(iri: URIRef) -> str:
    return str(iri)[len(str(PK)) :]


def _text(g: Graph, s: URIRef, p: URIRef) -> str:
    v = g.value(s, p)
    return str(v) if isinstance(v, Literal) else ""


def load_ontology_graph(files: list[Path]) -> Graph:
    g = Graph()
    for f in files:
        g.parse(f, format="turtle")
    return g


def from_graph(g: Graph) -> Ontology:
    onto = Ontology(graph=g)
    top_rel = PK.relatedTo
    for p in g.subjects(RDF.type, OWL.ObjectProperty):
        if not isinstance(p, URIRef) or not str(p).startswith(str(PK)):
            continue
        if p != top_rel and (p, RDFS.subPropertyOf * "+", top_rel) not in g:  # type: ignore[operator]
            continue
        parents = tuple(
            sorted(_local(o) for o in g.objects(p, RDFS.subPropertyOf) if str(o).startswith(str(PK)))
        )
        dom, rng = g.value(p, RDFS.domain), g.value(p, RDFS.range)
        name = _local(p)
        onto.relations[name] = Relation(
            name=name,
            iri=p,
            label=_text(g, p, RDFS.label) or name,
            inverse_label=_text(g, p, PK.inverseLabel) or f"{name} (inverse)",
            comment=_text(g, p, RDFS.comment),
            parents=parents,
            color=_text(g, p, PK.color) or None,
            lookup_verb=bool(g.value(p, PK.lookupVerb)),
            domain=_local(dom) if dom is not None and str(dom).startswith(str(PK)) else None,
            range=_local(rng) if rng is not None and str(rng).startswith(str(PK)) else None,
        )
    actor = PK.Actor
    for c in g.subjects(RDF.type, OWL.Class):
        if not isinstance(c, URIRef) or not str(c).startswith(str(PK)):
            continue
        if (c, RDFS.subClassOf * "*", actor) not in g:  # type: ignore[operator]
            continue
        name = _local(c)
        onto.types[name] = ActorType(
            name=name,
            iri=c,
            label=_text(g, c, RDFS.label) or name,
            comment=_text(g, c, RDFS.comment),
            parents=tuple(
                sorted(_local(o) for o in g.objects(c, RDFS.subClassOf) if str(o).startswith(str(PK)))
            ),
            color=_text(g, c, PK.color) or None,
            shape=_text(g, c, PK.shape) or None,
        )
    return onto


@lru_cache(maxsize=8)
def _load_cached(files: tuple[Path, ...]) -> Ontology:
    return from_graph(load_ontology_graph(list(files)))


def load(files: list[Path]) -> Ontology:
    """The ontology parsed from FILES (cached per file list)."""
    return _load_cached(tuple(files))

"""The graph as a networkx MultiDiGraph: actors are nodes, each assertion is one edge.

Edges carry the assertion's relation, qualifiers and first quote, so graph tools (views,
GraphML/GEXF export, path search) need nothing but this structure.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.base.ontology import PK

if TYPE_CHECKING:
    import networkx as nx

EDGE_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?a ?s ?p ?o ?curation ?date ?amount ?currency ?aq ?case ?outcome ?status ?confidence ?rule
       ?file ?title ?publisher ?published ?url ?note ?exact ?start ?end
WHERE {
  ?a a pk:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pk:curation ?curation ;
     pk:statedIn ?d ; pk:hasEvidence ?e .
  ?d pk:fileName ?file .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d <https://schema.org/publisher> ?publisher }
  OPTIONAL { ?d dcterms:date ?published }
  OPTIONAL { ?d <https://schema.org/url> ?url }
  OPTIONAL { ?a pk:note ?note }
  ?e oa:hasTarget ?t . ?t oa:hasSelector ?qs, ?ps .
  ?qs oa:exact ?exact . ?ps oa:start ?start ; oa:end ?end .
  OPTIONAL { ?a pk:date ?date }
  OPTIONAL { ?a pk:amount ?amount ; pk:currency ?currency }
  OPTIONAL { ?a pk:amountQualifier ?aq }
  OPTIONAL { ?a pk:caseName ?case }
  OPTIONAL { ?a pk:outcome ?outcome }
  OPTIONAL { ?a pk:status ?status }
  OPTIONAL { ?a pk:confidence ?confidence }
  OPTIONAL { ?a pk:rule ?rule }
}
"""

NODE_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?label ?type ?office WHERE {
  ?x a ?type ; rdfs:label ?label .
  ?type rdfs:subClassOf* pk:Actor .
  OPTIONAL { ?x pk:holdsOffice/rdfs:label ?office }
}
"""


ALIAS_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
SELECT ?x ?alias WHERE { ?x pk:alias ?alias }
"""


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _most_specific(types: set[str], parents: dict[str, set[str]]) -> str:
    """The most specific of an actor's types: one that none of its other types lies below."""
    leaves = [t for t in types if not any(t in parents.get(u, set()) for u in types if u != t)]
    return sorted(leaves)[0] if leaves else sorted(types)[0]


def to_networkx(graph: Graph, include_candidates: bool = False) -> nx.MultiDiGraph:
    """Actors as nodes (label, type, types, offices, aliases, iri) and one edge per assertion, keyed by
    the assertion IRI, with relation, date, amount, quote, document (its title, publisher,
    publication date and URL), the curator's note and the rest."""
    import networkx as nx

    from kg.base.ontology import from_graph

    onto = from_graph(graph)
    ancestors = {t: set(onto.type_ancestors(t)) for t in onto.types}
    G = nx.MultiDiGraph()
    node_types: dict[str, set[str]] = defaultdict(set)
    node_offices: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for x, label, typ, office in graph.query(NODE_QUERY):
        iri = str(x)
        labels[iri] = str(label)
        if str(typ).startswith(str(PK)):
            node_types[iri].add(_local(typ))
        if office is not None:
            node_offices[iri].add(str(office))
    aliases: dict[str, set[str]] = defaultdict(set)
    for x, alias in graph.query(ALIAS_QUERY):
        aliases[str(x)].add(str(alias))
    for iri, label in labels.items():
        types = node_types.get(iri) or {"Actor"}
        G.add_node(
            iri,
            label=label,
            type=_most_specific(types, ancestors),
            types=sorted(types),
            offices=sorted(node_offices.get(iri, ())),
            aliases=sorted(aliases.get(iri, set()) - {label}),
            iri=iri,
        )
    seen: set[str] = set()
    rows = sorted(graph.query(EDGE_QUERY), key=lambda r: (str(r.a), int(r.start)))
    for r in rows:
        key = str(r.a)
        if key in seen:
            G.edges[str(r.s), str(r.o), key]["quotes"].append(str(r.exact))
            continue
        if str(r.curation) == "candidate" and not include_candidates:
            continue
        seen.add(key)
        rel = _local(r.p)
        G.add_edge(
            str(r.s),
            str(r.o),
            key=key,
            relation=rel,
            relation_label=onto.relations[rel].label if rel in onto.relations else rel,
            family=onto.family(rel) if rel in onto.relations else "other",
            date=str(r.date) if r.date is not None else None,
            amount=float(r.amount) if r.amount is not None else None,
            currency=str(r.currency) if r.currency is not None else None,
            amount_qualifier=str(r.aq) if r.aq is not None else None,
            case=str(r.case) if r.case is not None else None,
            outcome=str(r.outcome) if r.outcome is not None else None,
            status=str(r.status) if r.status is not None else None,
            curation=str(r.curation),
            confidence=float(r.confidence) if r.confidence is not None else None,
            rule=str(r.rule) if r.rule is not None else None,
            quote=str(r.exact),
            quotes=[str(r.exact)],
            document=str(r.file),
            document_title=str(r.title) if r.title is not None else None,
            publisher=str(r.publisher) if r.publisher is not None else None,
            published=str(r.published) if r.published is not None else None,
            url=str(r.url) if r.url is not None else None,
            note=str(r.note) if r.note is not None else None,
            start=int(r.start),
            end=int(r.end),
            assertion=key,
        )
    return G

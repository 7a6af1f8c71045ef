"""The command line's lookup verbs and their sub-relations, read from the ontology with a fast
parser (pyoxigraph) so that `kg --help` and lookups never wait for rdflib."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PK = "https://w3id.org/prosecutor-kg/ontology#"
RELATIONS_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?label ?parent ?verb WHERE {
  ?p rdfs:subPropertyOf* pk:relatedTo ; rdfs:label ?label .
  OPTIONAL { ?p rdfs:subPropertyOf ?parent }
  OPTIONAL { ?p pk:lookupVerb ?verb }
}"""


@lru_cache(maxsize=4)
def _relations(files: tuple[Path, ...]) -> tuple[dict[str, str], dict[str, set[str]], frozenset[str]]:
    """(local name -> label, local name -> parents, lookup verbs)."""
    import pyoxigraph as ox

    store = ox.Store()
    for f in files:
        store.load(path=str(f), format=ox.RdfFormat.TURTLE)
    labels: dict[str, str] = {}
    parents: dict[str, set[str]] = {}
    verbs: set[str] = set()
    for sol in store.query(RELATIONS_QUERY):
        name = sol["p"].value.removeprefix(PK)
        labels[name] = sol["label"].value
        parents.setdefault(name, set())
        if sol["parent"] is not None and sol["parent"].value.startswith(PK):
            parents[name].add(sol["parent"].value.removeprefix(PK))
        if sol["verb"] is not None and sol["verb"].value == "true":
            verbs.add(name)
    return labels, parents, frozenset(verbs)


def descends(parents: dict[str, set[str]], name: str, ancestor: str) -> bool:
    """True if ANCESTOR is above NAME (not NAME itself) in the PARENTS hierarchy."""
    todo, seen = list(parents.get(name, ())), set()
    while todo:
        p = todo.pop()
        if p == ancestor:
            return True
        if p not in seen:
            seen.add(p)
            todo.extend(parents.get(p, ()))
    return False


def lookup_verbs(ontology_files: list[Path]) -> list[str]:
    """Local names of relations marked pk:lookupVerb (opposed, funded, sued, endorsed, ...)."""
    return sorted(_relations(tuple(ontology_files))[2])


def sub_relations(ontology_files: list[Path], verb: str) -> list[str]:
    """Labels of every relation below VERB in the hierarchy."""
    labels, parents, _ = _relations(tuple(ontology_files))
    return sorted(labels[n] for n in labels if n != verb and descends(parents, n, verb))

"""The ontology: terms documented, required relations and hierarchy, SHACL shapes that bite."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from conftest import REPO
from kg.base import ontology
from kg.base.ontology import ID, PK
from kg.builder.shacl import validate_graph


@pytest.fixture(scope="module")
def onto() -> ontology.Ontology:
    return ontology.load(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))


def test_namespace_is_stable_https() -> None:
    assert str(PK).startswith("https://w3id.org/")


def test_every_term_has_label_and_comment(onto: ontology.Ontology) -> None:
    g = onto.graph
    terms = [
        s
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in g.subjects(RDF.type, kind)
        if str(s).startswith(str(PK))
    ]
    assert len(terms) > 60
    for t in terms:
        assert g.value(t, RDFS.label), f"{t} has no rdfs:label"
        assert g.value(t, RDFS.comment), f"{t} has no rdfs:comment"


@pytest.mark.parametrize("name", ["sued", "funded", "opposed", "endorsed"])
def test_user_facing_relations_have_exact_labels(onto: ontology.Ontology, name: str) -> None:
    assert onto.relations[name].label == name


def test_required_relations_exist(onto: ontology.Ontology) -> None:
    required = {
        "sued",
        "funded",
        "opposed",
        "endorsed",
        "criticized",
        "supported",
        "defeated",
        "succeeded",
        "memberOf",
        "left",
        "fired",
        "hired",
        "ruledAgainst",
        "reassignedCasesFrom",
    }
    assert required <= set(onto.relations)


def test_opposition_hierarchy(onto: ontology.Ontology) -> None:
    below = set(onto.relation_descendants("opposed"))
    assert {"sued", "criticized", "reassignedCasesFrom"} <= below
    assert "endorsed" not in below
    assert {"endorsed", "funded"} <= set(onto.relation_descendants("supported"))


def test_actor_types_cover_the_field(onto: ontology.Ontology) -> None:
    need = {
        "HeadProsecutor",
        "LineProsecutor",
        "PoliceUnion",
        "DeputySheriffsUnion",
        "CorrectionalOfficersUnion",
        "ProsecutorAssociation",
        "ProsecutorsUnion",
        "Governor",
        "Donor",
        "PAC",
        "Foundation",
        "ActionFund",
        "Judge",
        "Court",
        "Sheriff",
        "PoliceDepartment",
        "Legislator",
        "Politician",
        "AdvocacyOrganization",
        "MediaOutlet",
        "CityCouncil",
        "Group",
    }
    assert need <= set(onto.types)
    assert "PoliceUnion" in onto.type_ancestors("CorrectionalOfficersUnion")
    assert "Funder" in onto.type_ancestors("PAC")


def test_alignments_with_standard_vocabularies(onto: ontology.Ontology) -> None:
    g = onto.graph
    assert (PK.Person, OWL.equivalentClass, URIRef("http://xmlns.com/foaf/0.1/Person")) in g
    assert (PK.Organization, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")) in g
    assert (PK.Actor, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Agent")) in g
    assert (PK.Evidence, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#Annotation")) in g


# --- SHACL must reject what it is there to reject ------------------------------------------


@pytest.fixture
def real_graph() -> Graph:
    return Graph().parse(REPO / "graph" / "prosecutor-kg.ttl")


SHAPES = REPO / "ontology" / "shapes.ttl"


def test_shipped_graph_conforms(real_graph: Graph) -> None:
    assert validate_graph(real_graph, SHAPES) == []


def _an_assertion(g: Graph, rel: str = "sued") -> URIRef:
    return next(a for a in g.subjects(RDF.predicate, PK[rel]) if (a, RDF.type, PK.Assertion) in g)


def test_shacl_rejects_assertion_without_evidence(real_graph: Graph) -> None:
    a = _an_assertion(real_graph)
    real_graph.remove((a, PK.hasEvidence, None))
    problems = validate_graph(real_graph, SHAPES)
    assert any("evidence" in p for p in problems), problems


def test_shacl_rejects_unknown_relation(real_graph: Graph) -> None:
    a = _an_assertion(real_graph)
    real_graph.set((a, RDF.predicate, PK.befriended))
    problems = validate_graph(real_graph, SHAPES)
    assert any("not a relation of the ontology" in p for p in problems), problems


def test_shacl_rejects_wrong_subject_type(real_graph: Graph) -> None:
    # `succeeded` is between persons (rdfs:domain pk:Person); a union cannot succeed anyone.
    a = _an_assertion(real_graph)
    real_graph.set((a, RDF.predicate, PK.succeeded))
    real_graph.set((a, RDF.subject, ID["actor/philadelphia-fop"]))
    problems = validate_graph(real_graph, SHAPES)
    assert any("requires" in p for p in problems), problems


def test_shacl_rejects_bad_date_and_amount(real_graph: Graph) -> None:
    a = _an_assertion(real_graph, "funded")
    real_graph.set((a, PK.date, Literal("last spring")))
    real_graph.set((a, PK.amount, Literal("a lot")))
    problems = validate_graph(real_graph, SHAPES)
    assert any("date" in p for p in problems), problems
    assert any("amount" in p for p in problems), problems


def _problems_after(graph: Graph, change: Callable[[Graph], object], message: str) -> list[str]:
    """The SHACL problems naming MESSAGE in a copy of GRAPH that CHANGE altered."""
    g = Graph()
    for t in graph:
        g.add(t)
    change(g)
    return [p for p in validate_graph(g, SHAPES) if message in p]


def test_shacl_checks_the_timeline_positions(real_graph: Graph) -> None:
    """pk:timelinePosition (written by the build for `timeline`'s pages): on every dated assertion
    only, 1, 2, 3, ... once each, in the order of the date's lexical form, then the IRI."""
    positioned = sorted(real_graph.subject_objects(PK.timelinePosition), key=lambda so: int(so[1]))
    dated = sorted(real_graph.subject_objects(PK.date), key=lambda sd: (str(sd[1]), str(sd[0])))
    assert [a for a, _ in positioned] == [a for a, _ in dated] and len(dated) > 2
    assert [int(n) for _, n in positioned] == list(range(1, len(dated) + 1))
    message = "timeline position"

    def broken(change: Callable[[Graph], object]) -> list[str]:
        return _problems_after(real_graph, change, message)

    (a, n), (b, m) = positioned[0], positioned[1]
    if str(dated[0][1]) != str(dated[1][1]):  # two dates: swapping their positions breaks the order
        assert broken(lambda g: (g.set((a, PK.timelinePosition, m)), g.set((b, PK.timelinePosition, n))))
    assert broken(lambda g: g.remove((a, PK.timelinePosition, None)))  # a dated one without
    assert broken(lambda g: g.set((b, PK.timelinePosition, n)))  # two at 1, none at 2
    assertions = real_graph.subjects(RDF.type, PK.Assertion)
    undated = next(x for x in assertions if (x, PK.date, None) not in real_graph)
    assert broken(lambda g: g.add((undated, PK.timelinePosition, Literal(len(dated) + 1))))


def test_shacl_checks_what_an_assertion_counts_as(real_graph: Graph) -> None:
    """pk:countsAs (written by the build for the named queries that take a relation and its
    sub-relations): on every assertion exactly its relation and the relations above it, read from
    the ontology's rdfs:subPropertyOf (an assertion of sued counts as sued, opposed, relatedTo)."""
    a = _an_assertion(real_graph, "sued")
    assert set(real_graph.objects(a, PK.countsAs)) == {PK.sued, PK.opposed, PK.relatedTo}
    member = _an_assertion(real_graph, "memberOf")  # also under org:memberOf, outside pk:
    assert URIRef("http://www.w3.org/ns/org#memberOf") in set(real_graph.objects(member, PK.countsAs))
    message = "counts as"

    def broken(change: Callable[[Graph], object]) -> list[str]:
        return _problems_after(real_graph, change, message)

    assert broken(lambda g: g.remove((a, PK.countsAs, PK.opposed)))  # one missing
    assert broken(lambda g: g.add((a, PK.countsAs, PK.funded)))  # one it is not
    assert broken(lambda g: g.set((a, RDF.predicate, PK.funded)))  # the relation changed, not them
    document = next(real_graph.objects(a, PK.statedIn))
    assert broken(lambda g: g.add((document, PK.countsAs, PK.relatedTo)))  # on what is no assertion


def test_shacl_checks_the_listing_positions(real_graph: Graph) -> None:
    """pk:listingPosition (written by the build for the pages of `lawsuits` and `endorsements`): on
    every assertion, 1, 2, 3, ... once each, in the order of the object's IRI, the subject's, the
    assertion's own."""
    positioned = sorted(real_graph.subject_objects(PK.listingPosition), key=lambda so: int(so[1]))
    assertions = sorted(
        real_graph.subjects(RDF.type, PK.Assertion),
        key=lambda a: (str(real_graph.value(a, RDF.object)), str(real_graph.value(a, RDF.subject)), str(a)),
    )
    assert [a for a, _ in positioned] == assertions and len(assertions) > 2
    assert [int(n) for _, n in positioned] == list(range(1, len(assertions) + 1))
    message = "listing position"

    def broken(change: Callable[[Graph], object]) -> list[str]:
        return _problems_after(real_graph, change, message)

    (a, n), (b, m) = positioned[0], positioned[1]
    assert broken(lambda g: (g.set((a, PK.listingPosition, m)), g.set((b, PK.listingPosition, n))))  # swapped
    assert broken(lambda g: g.remove((a, PK.listingPosition, None)))  # an assertion without
    assert broken(lambda g: g.set((b, PK.listingPosition, n)))  # two at 1, none at 2
    document = next(real_graph.objects(a, PK.statedIn))
    assert broken(lambda g: g.add((document, PK.listingPosition, Literal(len(assertions) + 1))))

"""The ontology: terms documented, required relations and hierarchy, SHACL shapes that bite."""

from __future__ import annotations

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

"""Turn validated annotations into RDF: actors, documents, assertion nodes, evidence, triples.

IRIs are minted from stable keys (entity ids, document file stems, assertion slugs, offsets),
never from counters, so a rebuild does not renumber anything. No blank nodes are used, which
also keeps serialisation deterministic.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.base.folding import fold
from kg.base.ids import slugify
from kg.base.ontology import ID, PK, Ontology
from kg.curate.corpus import Document, page_of
from kg.curate.curation import Entity, Located

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "pk": PK,
    "pkid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "foaf": Namespace("http://xmlns.com/foaf/0.1/"),
    "org": Namespace("http://www.w3.org/ns/org#"),
    "prov": PROV,
    "oa": OA,
    "skos": SKOS,
}

CONTEXT_CHARS = 32  # oa:prefix / oa:suffix length, for robust re-anchoring


def actor_iri(entity_id: str) -> URIRef:
    return ID[f"actor/{entity_id}"]


def document_iri(doc: Document) -> URIRef:
    return ID[f"document/{doc.stem}"]


def assertion_iri(loc: Located) -> URIRef:
    return ID[f"assertion/{loc.document.stem}/{loc.assertion.slug()}"]


def date_literal(s: str) -> Literal:
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(s)]
    return Literal(s, datatype=dtype)


def bind_prefixes(g: Graph | Dataset) -> None:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)


def add_actor(g: Graph, ent: Entity, onto: Ontology) -> None:
    s = actor_iri(ent.id)
    for t in ent.types:
        g.add((s, RDF.type, onto.types[t].iri))
    g.add((s, RDFS.label, Literal(ent.label)))
    g.add((s, PK.labelKey, Literal(fold(ent.label))))
    for alias in sorted(set(ent.aliases)):
        g.add((s, PK.alias, Literal(alias)))
        g.add((s, PK.aliasKey, Literal(fold(alias))))
    if ent.description:
        g.add((s, SCHEMA.description, Literal(ent.description)))
    seen: set[str] = set()
    for off in ent.offices:
        key = slugify(f"{off.title} {off.jurisdiction or ''} {off.start or ''}")
        while key in seen:
            key += "-2"
        seen.add(key)
        o = ID[f"actor/{ent.id}/office/{key}"]
        g.add((s, PK.holdsOffice, o))
        g.add((o, RDF.type, PK.OfficeHolding))
        g.add((o, PK.officeTitle, Literal(off.title)))
        label = off.title + (f", {off.jurisdiction}" if off.jurisdiction else "")
        g.add((o, RDFS.label, Literal(label)))
        if off.jurisdiction:
            g.add((o, PK.jurisdiction, Literal(off.jurisdiction)))
        if off.start:
            g.add((o, PK.startDate, date_literal(off.start)))
        if off.end:
            g.add((o, PK.endDate, date_literal(off.end)))
        if off.former is not None:
            g.add((o, PK.former, Literal(off.former)))


def add_document(g: Graph, doc: Document) -> None:
    d = document_iri(doc)
    m = doc.meta
    g.add((d, RDF.type, PK.Document))
    g.add((d, PK.fileName, Literal(m.file)))
    g.add((d, PK.sha256, Literal(doc.sha256)))
    g.add((d, RDFS.label, Literal(m.title or m.file)))
    if m.title:
        g.add((d, DCTERMS.title, Literal(m.title)))
    for a in m.authors:
        g.add((d, SCHEMA.author, Literal(a)))
    if m.publisher:
        g.add((d, SCHEMA.publisher, Literal(m.publisher)))
    if m.date:
        g.add((d, DCTERMS.date, date_literal(m.date)))
    if m.url:
        g.add((d, SCHEMA.url, Literal(m.url, datatype=XSD.anyURI)))
    if m.kind:
        g.add((d, PK.genre, Literal(m.kind)))
    if m.basis:
        g.add((d, PK.metadataBasis, Literal(m.basis)))
    if m.pages:
        g.add((d, SCHEMA.numberOfPages, Literal(len(m.pages), datatype=XSD.integer)))


def counts_as(onto: Ontology, relation: URIRef) -> list[URIRef]:
    """The pk:countsAs of an assertion of RELATION: RELATION and every property above it
    (rdfs:subPropertyOf*, from the ontology; e.g. sued: sued, opposed, relatedTo). The named
    queries that take a relation and its sub-relations find the assertions by it, instead of
    walking the hierarchy for every assertion they read."""
    return sorted(onto.graph.transitive_objects(relation, RDFS.subPropertyOf))  # (includes RELATION)


def add_assertion(g: Graph, loc: Located, registry: dict[str, Entity], onto: Ontology) -> URIRef:
    a = loc.assertion
    node = assertion_iri(loc)
    s, o = actor_iri(a.subject), actor_iri(a.object)
    p = onto.relations[a.relation].iri
    d = document_iri(loc.document)
    g.add((node, RDF.type, PK.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    for r in counts_as(onto, p):
        g.add((node, PK.countsAs, r))
    g.add((node, PK.statedIn, d))
    g.add((node, PK.curation, Literal(loc.curation)))
    rel_label = onto.relations[a.relation].label
    g.add((node, RDFS.label, Literal(f"{registry[a.subject].label} {rel_label} {registry[a.object].label}")))
    if loc.curation == "reviewed":
        g.add((s, p, o))
    if a.date:
        g.add((node, PK.date, date_literal(a.date)))
    if a.amount is not None:
        g.add((node, PK.amount, Literal(a.amount, datatype=XSD.decimal)))
        g.add((node, PK.currency, Literal(a.currency)))
    for attr, prop in (
        ("amount_qualifier", PK.amountQualifier),
        ("case", PK.caseName),
        ("outcome", PK.outcome),
        ("status", PK.status),
        ("note", PK.note),
        ("rule", PK.rule),
    ):
        v = getattr(a, attr)
        if v:
            g.add((node, prop, Literal(v)))
    if a.confidence is not None:
        # A Decimal, not a float: SHACL's xsd:decimal check rejects a float-valued literal.
        g.add((node, PK.confidence, Literal(Decimal(str(round(a.confidence, 3))), datatype=XSD.decimal)))
    text = loc.document.text
    for ev in a.evidence:
        assert ev.start is not None and ev.end is not None  # checked on load
        e = URIRef(f"{node}/evidence/{ev.start}-{ev.end}")
        t, qs, ps = URIRef(f"{e}#target"), URIRef(f"{e}#quote"), URIRef(f"{e}#position")
        g.add((node, PK.hasEvidence, e))
        g.add((e, RDF.type, PK.Evidence))
        g.add((e, RDF.type, OA.Annotation))
        g.add((e, OA.hasBody, node))
        g.add((e, OA.hasTarget, t))
        g.add((e, PROV.wasDerivedFrom, d))
        g.add((t, RDF.type, OA.SpecificResource))
        g.add((t, OA.hasSource, d))
        g.add((t, OA.hasSelector, qs))
        g.add((t, OA.hasSelector, ps))
        g.add((qs, RDF.type, OA.TextQuoteSelector))
        g.add((qs, OA.exact, Literal(text[ev.start : ev.end])))
        g.add((qs, PK.quoteKey, Literal(fold(text[ev.start : ev.end]))))
        g.add((qs, OA.prefix, Literal(text[max(0, ev.start - CONTEXT_CHARS) : ev.start])))
        g.add((qs, OA.suffix, Literal(text[ev.end : ev.end + CONTEXT_CHARS])))
        g.add((ps, RDF.type, OA.TextPositionSelector))
        g.add((ps, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
        g.add((ps, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
        if loc.document.meta.pages:  # ingested from a PDF: the page the quote starts on
            page = page_of(loc.document.meta.pages, ev.start)
            g.add((e, PK.page, Literal(page, datatype=XSD.positiveInteger)))
    return node


def build_dataset(
    onto: Ontology,
    registry: dict[str, Entity],
    corpus: dict[str, Document],
    located: list[Located],
) -> Dataset:
    """The whole graph: ontology and actors in the default graph, one named graph per document."""
    ds = Dataset()
    bind_prefixes(ds)
    default = ds.default_graph
    for t in onto.graph:
        default.add(t)
    for ent in registry.values():
        add_actor(default, ent, onto)
    for doc in corpus.values():
        add_document(ds.graph(document_iri(doc)), doc)
    dated: dict[URIRef, tuple[str, Graph]] = {}
    listed: dict[URIRef, tuple[str, str, Graph]] = {}
    for loc in located:
        graph = ds.graph(document_iri(loc.document))
        node = add_assertion(graph, loc, registry, onto)
        if loc.assertion.date:
            dated[node] = (loc.assertion.date, graph)
        listed[node] = (str(actor_iri(loc.assertion.object)), str(actor_iri(loc.assertion.subject)), graph)
    add_timeline_positions(dated)
    add_listing_positions(listed)
    return ds


def add_timeline_positions(dated: dict[URIRef, tuple[str, Graph]]) -> None:
    """pk:timelinePosition 1, 2, 3, ... on the dated assertions (node -> its date's lexical form and
    its graph), in the order of `timeline`: the date's lexical form, then the IRI, both compared
    by code point as SPARQL's ORDER BY STR(?date) ?assertion compares them. A page of the timeline
    is then picked on one integer per assertion."""
    ordered = sorted(dated, key=lambda node: (dated[node][0], str(node)))
    for position, node in enumerate(ordered, 1):
        dated[node][1].add((node, PK.timelinePosition, Literal(position, datatype=XSD.integer)))


def add_listing_positions(listed: dict[URIRef, tuple[str, str, Graph]]) -> None:
    """pk:listingPosition 1, 2, 3, ... on every assertion (node -> its object's and subject's IRIs
    and its graph), in the order of `lawsuits` and `endorsements`: the object's IRI, the subject's,
    then the assertion's own, compared by code point as SPARQL's ORDER BY compares IRIs. Any subset
    keeps that order, so those listings sort one integer per assertion."""
    ordered = sorted(listed, key=lambda node: (listed[node][0], listed[node][1], str(node)))
    for position, node in enumerate(ordered, 1):
        listed[node][2].add((node, PK.listingPosition, Literal(position, datatype=XSD.integer)))

"""What an actor's or a document's page shows, gathered from the store (a kg.querying.store Backend).

Every query here takes the actor or document as a bound IRI, never as text pasted into the query.
The page's words come from the ontology (relation labels, families, type labels); the quotes'
context and the document text come from the corpus files, and only when the file's SHA-256 is the
one the graph recorded (otherwise the offsets could point anywhere, and the page says so).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.base.errors import KGError
from kg.base.ontology import ID
from kg.views.pages.quotes import Context, context

if TYPE_CHECKING:
    from kg.base.ontology import Ontology
    from kg.querying.store import Backend

PREFIXES = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

ACTOR_QUERY = (
    PREFIXES
    + """SELECT ?actor ?label ?type ?description WHERE {
  ?actor rdfs:label ?label ; a ?type .
  ?type rdfs:subClassOf* pk:Actor .
  OPTIONAL { ?actor schema:description ?description }
}"""
)
ALIASES_QUERY = PREFIXES + "SELECT ?actor ?alias WHERE { ?actor pk:alias ?alias }"
OFFICES_QUERY = (
    PREFIXES
    + """SELECT ?actor ?office ?start ?end ?former WHERE {
  ?actor pk:holdsOffice ?o . ?o rdfs:label ?office .
  OPTIONAL { ?o pk:startDate ?start } OPTIONAL { ?o pk:endDate ?end } OPTIONAL { ?o pk:former ?former }
}"""
)
# The assertions, by one select per direction: the actor is bound, the rest is found from it.
_ASSERTION_BODY = """
  ?a a pk:Assertion ; rdf:predicate ?p ; pk:curation ?curation ; pk:statedIn ?doc ; pk:hasEvidence ?e .
  ?other rdfs:label ?otherLabel .
  ?doc pk:fileName ?file .
  ?e oa:hasTarget ?t . ?t oa:hasSelector ?qs, ?ps .
  ?qs oa:exact ?exact . ?ps oa:start ?start ; oa:end ?end .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc schema:publisher ?publisher }
  OPTIONAL { ?doc dcterms:date ?published } OPTIONAL { ?doc schema:url ?url }
  OPTIONAL { ?a pk:date ?date } OPTIONAL { ?a pk:amount ?amount ; pk:currency ?currency }
  OPTIONAL { ?a pk:amountQualifier ?aq } OPTIONAL { ?a pk:caseName ?case }
  OPTIONAL { ?a pk:outcome ?outcome } OPTIONAL { ?a pk:status ?status } OPTIONAL { ?a pk:note ?note }
"""
_ASSERTION_VARS = (
    "?actor ?a ?p ?other ?otherLabel ?curation ?doc ?file ?title ?publisher ?published ?url "
    "?exact ?start ?end ?date ?amount ?currency ?aq ?case ?outcome ?status ?note"
)
OUT_QUERY = (
    PREFIXES
    + f"SELECT {_ASSERTION_VARS} WHERE {{ ?a rdf:subject ?actor ; rdf:object ?other .{_ASSERTION_BODY}}}"
)
IN_QUERY = (
    PREFIXES
    + f"SELECT {_ASSERTION_VARS} WHERE {{ ?a rdf:object ?actor ; rdf:subject ?other .{_ASSERTION_BODY}}}"
)
NEIGHBOUR_TYPES_QUERY = (
    PREFIXES
    + """SELECT ?actor ?other ?type WHERE {
  { ?a rdf:subject ?actor ; rdf:object ?other } UNION { ?a rdf:object ?actor ; rdf:subject ?other }
  ?other a ?type .
}"""
)
DOCUMENT_QUERY = (
    PREFIXES
    + """SELECT ?doc ?file ?sha ?title ?publisher ?published ?url ?genre ?author WHERE {
  ?doc a pk:Document ; pk:fileName ?file .
  OPTIONAL { ?doc pk:sha256 ?sha } OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc schema:publisher ?publisher } OPTIONAL { ?doc dcterms:date ?published }
  OPTIONAL { ?doc schema:url ?url } OPTIONAL { ?doc pk:genre ?genre } OPTIONAL { ?doc schema:author ?author }
}"""
)
SPANS_QUERY = (
    PREFIXES
    + """SELECT ?doc ?a ?s ?sLabel ?p ?o ?oLabel ?curation ?start ?end WHERE {
  ?a pk:statedIn ?doc ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pk:curation ?curation ;
     pk:hasEvidence ?e .
  ?s rdfs:label ?sLabel . ?o rdfs:label ?oLabel .
  ?e oa:hasTarget/oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end .
}"""
)
ACTORS_LIST_QUERY = (
    PREFIXES
    + """SELECT ?x ?label ?type WHERE { ?x rdfs:label ?label ; a ?type . ?type rdfs:subClassOf* pk:Actor }"""
)
DOCUMENTS_LIST_QUERY = (
    PREFIXES
    + """SELECT ?doc ?file ?title ?publisher ?published WHERE {
  ?doc a pk:Document ; pk:fileName ?file .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc schema:publisher ?publisher }
  OPTIONAL { ?doc dcterms:date ?published }
}"""
)
COUNT_QUERY = PREFIXES + 'SELECT (COUNT(?a) AS ?n) WHERE { ?a a pk:Assertion ; pk:curation "reviewed" }'


class NotFound(KGError):
    """No actor or document with that id (a 404 on the server)."""


def actor_iri(actor_id: str) -> str:
    return f"{ID}actor/{actor_id}"


def document_iri(stem: str) -> str:
    return f"{ID}document/{stem}"


def local_id(iri: str, kind: str) -> str | None:
    """'larry-krasner' for .../id/actor/larry-krasner (KIND "actor"); None for any other IRI."""
    prefix = f"{ID}{kind}/"
    rest = iri[len(prefix) :] if iri.startswith(prefix) else ""
    return rest if rest and "/" not in rest else None


def assertion_anchor(iri: str) -> str:
    """The element id of an assertion on a page: stable, from its IRI (.../assertion/DOC/SLUG)."""
    return "as-" + iri.rsplit("/assertion/", 1)[-1].replace("/", "--")


def _uri(value: str) -> dict[str, str]:
    return {"type": "uri", "value": value}


def _v(row: dict[str, Any], key: str) -> str | None:
    return row[key]["value"] if key in row else None


# -- documents' text ---------------------------------------------------------------------------


class Texts:
    """The corpus texts, read once each and checked against the SHA-256 the graph recorded."""

    def __init__(self, corpus_dir: Path | None):
        self.corpus_dir = corpus_dir
        self._cache: dict[str, str | None] = {}

    def get(self, file: str, sha256: str | None) -> str | None:
        """The text of FILE if it is in the corpus and is the text the graph was built from."""
        if file in self._cache:
            return self._cache[file]
        text = None
        if self.corpus_dir is not None and "/" not in file and "\\" not in file and not file.startswith("."):
            from kg.curate.corpus import read_corpus_text

            try:
                candidate = read_corpus_text(self.corpus_dir / file, self.corpus_dir)
            except KGError:
                candidate = None
            if candidate is not None and (
                sha256 is None or hashlib.sha256(candidate.encode("utf-8")).hexdigest() == sha256
            ):
                text = candidate
        self._cache[file] = text
        return text


# -- actors --------------------------------------------------------------------------------------


@dataclass
class Evidence:
    quote: str  # oa:exact, verbatim
    start: int
    end: int
    context: Context | None  # None when the document's text is not at hand


@dataclass
class Source:
    stem: str
    file: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None


@dataclass
class Entry:
    """One assertion on an actor's page."""

    iri: str
    anchor: str  # the element id on the actor's page (assertion_anchor)
    direction: str  # "out" (the actor is the subject) or "in"
    relation: str
    relation_label: str
    family: str
    other: str  # the other actor's IRI
    other_id: str | None
    other_label: str
    curation: str
    qualifiers: list[tuple[str, str]]
    note: str | None
    source: Source
    evidence: list[Evidence] = field(default_factory=list)
    amount: tuple[float, str | None, str | None] | None = None  # (value, currency, qualifier), for the map

    @property
    def sort_key(self) -> tuple[str, str, str, str]:
        return (self.qualifier("Date") or "9999", self.other_label.casefold(), self.source.file, self.iri)

    def qualifier(self, name: str) -> str | None:
        return next((v for k, v in self.qualifiers if k == name), None)

    # networkx edge attributes, as kg.views.network gives them, for the ego map
    def edge_data(self) -> dict[str, Any]:
        first = self.evidence[0] if self.evidence else None
        return {
            "relation": self.relation,
            "relation_label": self.relation_label,
            "family": self.family,
            "date": self.qualifier("Date"),
            "amount": self.amount[0] if self.amount else None,
            "currency": self.amount[1] if self.amount else None,
            "amount_qualifier": self.amount[2] if self.amount else None,
            "case": self.qualifier("Case"),
            "outcome": self.qualifier("Outcome"),
            "status": self.qualifier("Status"),
            "curation": self.curation,
            "confidence": None,
            "rule": None,
            "quote": first.quote if first else "",
            "quotes": [e.quote for e in self.evidence],
            "document": self.source.file,
            "document_title": self.source.title,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "assertion": self.iri,
        }


@dataclass
class Actor:
    iri: str
    id: str
    label: str
    types: list[tuple[str, str]]  # (local name, label), most specific first
    aliases: list[str]
    description: str | None
    offices: list[str]
    families: list[tuple[str, list[Entry]]]  # relation family -> entries, largest family first
    neighbour_types: dict[str, list[str]]

    @property
    def entries(self) -> list[Entry]:
        return [e for _, es in self.families for e in es]


def _amount(amount: str, currency: str | None, qualifier: str | None) -> str:
    value = float(amount)
    text = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    text = f"${text}" if currency in (None, "USD") else f"{text} {currency}"
    return f"{qualifier} {text}" if qualifier else text


def _types(onto: Ontology, names: set[str]) -> list[tuple[str, str]]:
    """Most specific first: a type that is an ancestor of another comes after it."""

    def depth(t: str) -> int:
        return len(onto.type_ancestors(t))

    known = [t for t in names if t in onto.types]
    return [(t, onto.types[t].label) for t in sorted(known, key=lambda t: (-depth(t), t))]


def actor_page(
    backend: Backend, onto: Ontology, texts: Texts, actor_id: str, candidates: bool = False
) -> Actor:
    """The actor ACTOR_ID (the last segment of its IRI) with every assertion about it."""
    iri = actor_iri(actor_id)
    b = {"actor": _uri(iri)}
    rows = backend.query(ACTOR_QUERY, b).rows
    if not rows:
        raise NotFound(f"no actor with the id {actor_id!r}")
    pk = str(onto.types[next(iter(onto.types))].iri).rsplit("#", 1)[0] + "#"
    types = {r["type"]["value"][len(pk) :] for r in rows if r["type"]["value"].startswith(pk)}
    label = rows[0]["label"]["value"]
    description = next((_v(r, "description") for r in rows if "description" in r), None)
    aliases = sorted(
        {r["alias"]["value"] for r in backend.query(ALIASES_QUERY, b).rows} - {label}, key=str.casefold
    )
    offices = []
    for r in backend.query(OFFICES_QUERY, b).rows:
        span = "–".join(x for x in (_v(r, "start"), _v(r, "end")) if x)
        former = " (former)" if _v(r, "former") == "true" else ""
        offices.append(r["office"]["value"] + (f" ({span})" if span else "") + former)
    entries: dict[str, Entry] = {}
    for direction, query in (("out", OUT_QUERY), ("in", IN_QUERY)):
        for r in backend.query(query, b).rows:
            if r["curation"]["value"] != "reviewed" and not candidates:
                continue
            key = r["a"]["value"]
            entry = entries.get(key)
            if entry is None:  # a self-loop is found in both directions: listed once
                entry = entries[key] = _entry(onto, r, direction, len(entries))
            elif entry.direction != direction:
                continue
            start, end = int(r["start"]["value"]), int(r["end"]["value"])
            if any(e.start == start and e.end == end for e in entry.evidence):
                continue
            text = texts.get(entry.source.file, None)
            ctx = (
                context(text, start, end)
                if text is not None and text[start:end] == r["exact"]["value"]
                else None
            )
            entry.evidence.append(Evidence(r["exact"]["value"], start, end, ctx))
    for e in entries.values():
        e.evidence.sort(key=lambda ev: (ev.start, ev.end))
    by_family: dict[str, list[Entry]] = defaultdict(list)
    for e in sorted(entries.values(), key=lambda e: e.sort_key):
        by_family[e.family].append(e)
    families = sorted(by_family.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    neighbour_types: dict[str, set[str]] = defaultdict(set)
    for r in backend.query(NEIGHBOUR_TYPES_QUERY, b).rows:
        t = r["type"]["value"]
        if t.startswith(pk) and t[len(pk) :] in onto.types:
            neighbour_types[r["other"]["value"]].add(t[len(pk) :])
    return Actor(
        iri=iri,
        id=actor_id,
        label=label,
        types=_types(onto, types),
        aliases=aliases,
        description=description,
        offices=sorted(offices),
        families=families,
        neighbour_types={k: [t for t, _ in _types(onto, v)] for k, v in neighbour_types.items()},
    )


def _entry(onto: Ontology, r: dict[str, Any], direction: str, n: int) -> Entry:
    p = r["p"]["value"]
    rel = p.rsplit("#", 1)[-1]
    known = rel in onto.relations
    qualifiers: list[tuple[str, str]] = []
    if "date" in r:
        qualifiers.append(("Date", r["date"]["value"]))
    if "amount" in r:
        qualifiers.append(("Amount", _amount(r["amount"]["value"], _v(r, "currency"), _v(r, "aq"))))
    for key, name in (("case", "Case"), ("outcome", "Outcome"), ("status", "Status")):
        if key in r:
            qualifiers.append((name, r[key]["value"]))
    doc = r["doc"]["value"]
    amount = (float(r["amount"]["value"]), _v(r, "currency"), _v(r, "aq")) if "amount" in r else None
    return Entry(
        iri=r["a"]["value"],
        anchor=assertion_anchor(r["a"]["value"]),
        direction=direction,
        relation=rel,
        relation_label=onto.relations[rel].label if known else rel,
        family=onto.family(rel) if known else "other",
        other=r["other"]["value"],
        other_id=local_id(r["other"]["value"], "actor"),
        other_label=r["otherLabel"]["value"],
        curation=r["curation"]["value"],
        qualifiers=qualifiers,
        note=_v(r, "note"),
        source=Source(
            stem=local_id(doc, "document") or r["file"]["value"],
            file=r["file"]["value"],
            title=_v(r, "title"),
            publisher=_v(r, "publisher"),
            published=_v(r, "published"),
            url=_v(r, "url"),
        ),
        amount=amount,
    )


def ego_network(actor: Actor) -> Any:
    """The actor and its direct relations as a networkx MultiDiGraph shaped like
    kg.views.network.to_networkx's, for kg.views.viz.render."""
    import networkx as nx

    G = nx.MultiDiGraph()
    types = {actor.iri: [t for t, _ in actor.types], **actor.neighbour_types}
    labels = {actor.iri: actor.label, **{e.other: e.other_label for e in actor.entries}}
    for iri, label in labels.items():
        ts = types.get(iri) or ["Actor"]
        G.add_node(
            iri,
            label=label,
            type=ts[0],
            types=sorted(ts),
            offices=actor.offices if iri == actor.iri else [],
            iri=iri,
        )
    for e in actor.entries:
        u, v = (actor.iri, e.other) if e.direction == "out" else (e.other, actor.iri)
        G.add_edge(u, v, key=e.iri, **e.edge_data())
    return G


# -- documents -----------------------------------------------------------------------------------


@dataclass
class Span:
    start: int
    end: int
    assertion: str
    subject: str
    subject_id: str | None
    subject_label: str
    relation_label: str
    object: str
    object_id: str | None
    object_label: str
    curation: str

    @property
    def anchor(self) -> str:
        return f"ev-{self.start}-{self.end}"

    @property
    def assertion_anchor(self) -> str:
        return assertion_anchor(self.assertion)


@dataclass
class DocumentPage:
    iri: str
    stem: str
    file: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    genre: str | None
    authors: list[str]
    text: str | None  # None: the corpus file is missing or not the one the graph was built from
    spans: list[Span]


def document_page(
    backend: Backend, onto: Ontology, texts: Texts, stem: str, candidates: bool = False
) -> DocumentPage:
    iri = document_iri(stem)
    b = {"doc": _uri(iri)}
    rows = backend.query(DOCUMENT_QUERY, b).rows
    if not rows:
        raise NotFound(f"no document with the id {stem!r}")
    r0 = rows[0]
    spans: dict[tuple[int, int, str], Span] = {}
    for r in backend.query(SPANS_QUERY, b).rows:
        if r["curation"]["value"] != "reviewed" and not candidates:
            continue
        rel = r["p"]["value"].rsplit("#", 1)[-1]
        start, end = int(r["start"]["value"]), int(r["end"]["value"])
        spans[(start, end, r["a"]["value"])] = Span(
            start=start,
            end=end,
            assertion=r["a"]["value"],
            subject=r["s"]["value"],
            subject_id=local_id(r["s"]["value"], "actor"),
            subject_label=r["sLabel"]["value"],
            relation_label=onto.relations[rel].label if rel in onto.relations else rel,
            object=r["o"]["value"],
            object_id=local_id(r["o"]["value"], "actor"),
            object_label=r["oLabel"]["value"],
            curation=r["curation"]["value"],
        )
    text = texts.get(r0["file"]["value"], _v(r0, "sha"))
    if text is not None:
        spans = {k: s for k, s in spans.items() if 0 <= s.start < s.end <= len(text)}
    return DocumentPage(
        iri=iri,
        stem=stem,
        file=r0["file"]["value"],
        title=_v(r0, "title"),
        publisher=_v(r0, "publisher"),
        published=_v(r0, "published"),
        url=_v(r0, "url"),
        genre=_v(r0, "genre"),
        authors=sorted({r["author"]["value"] for r in rows if "author" in r}),
        text=text,
        spans=[spans[k] for k in sorted(spans)],
    )


@dataclass(frozen=True)
class Segment:
    """A stretch of a document's text and the spans that cover it (none: plain text)."""

    start: int
    end: int
    spans: tuple[Span, ...]
    opens: tuple[Span, ...]  # the spans that begin here (their anchors go here)


def segments(text: str, spans: list[Span], cuts: list[int] = ()) -> list[Segment]:  # type: ignore[assignment]
    """TEXT cut at every span boundary (and at CUTS), each piece with the spans over it."""
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans), *cuts})
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        over = tuple(s for s in spans if s.start <= a and b <= s.end)
        opens = tuple(s for s in spans if s.start == a)
        out.append(Segment(a, b, over, opens))
    return out


# -- lists ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorRef:
    id: str
    label: str
    type_label: str


@dataclass(frozen=True)
class DocumentRef:
    stem: str
    file: str
    title: str | None
    publisher: str | None
    published: str | None


def actors(backend: Backend, onto: Ontology) -> list[ActorRef]:
    """Every actor with an id under /id/actor/, by name."""
    found: dict[str, tuple[str, set[str]]] = {}
    for r in backend.query(ACTORS_LIST_QUERY).rows:
        x = r["x"]["value"]
        if local_id(x, "actor") is None:
            continue
        t = r["type"]["value"].rsplit("#", 1)[-1]
        found.setdefault(x, (r["label"]["value"], set()))[1].add(t)
    out = []
    for x, (label, ts) in found.items():
        typed = _types(onto, ts)
        out.append(ActorRef(local_id(x, "actor") or "", label, typed[0][1] if typed else "Actor"))
    return sorted(out, key=lambda a: (a.label.casefold(), a.id))


def documents(backend: Backend) -> list[DocumentRef]:
    out = []
    for r in backend.query(DOCUMENTS_LIST_QUERY).rows:
        stem = local_id(r["doc"]["value"], "document")
        if stem is None:
            continue
        out.append(
            DocumentRef(stem, r["file"]["value"], _v(r, "title"), _v(r, "publisher"), _v(r, "published"))
        )
    return sorted(out, key=lambda d: d.file)


def assertion_count(backend: Backend) -> int:
    rows = backend.query(COUNT_QUERY).rows
    return int(rows[0]["n"]["value"]) if rows else 0

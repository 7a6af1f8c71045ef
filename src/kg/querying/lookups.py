"""Plain-word lookups ("who opposed Krasner?") over the named queries, grouped per assertion."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.querying.queries import (
    MAX_PAGE,
    Page,
    Resolver,
    bindings_for,
    get_named,
    page_text,
    run_named,
    split_quotes,
)
from kg.querying.store import Backend, Result

MAX_PAGES = 100  # a lookup of more than a million assertions is read no further (a bound)
FIELDS = (
    "subject",
    "subject_iri",
    "relation",
    "object",
    "object_iri",
    "date",
    "amount",
    "currency",
    "amount_qualifier",
    "case",
    "outcome",
    "status",
    "quote",
    "quotes",
    "document",
    "title",
    "publisher",
    "published",
    "url",
    "note",
    "assertion",
    "curation",
    "confidence",
)


@dataclass
class Answer:
    """One assertion: who did what to whom, with its qualifiers and every quote."""

    subject: str
    subject_iri: str
    relation: str
    object: str
    object_iri: str
    document: str
    assertion: str
    curation: str = "reviewed"
    date: str | None = None
    amount: str | None = None
    currency: str | None = None
    amount_qualifier: str | None = None
    case: str | None = None
    outcome: str | None = None
    status: str | None = None
    confidence: str | None = None
    quotes: list[str] = field(default_factory=list)
    # The source document's title, publisher, publication date and URL, and the curator's note
    # on the assertion (which can change its meaning: "reportedly", "identified by inference").
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    note: str | None = None

    @property
    def quote(self) -> str:
        return self.quotes[0] if self.quotes else ""

    def as_dict(self) -> dict[str, object]:
        d = {k: getattr(self, k) for k in FIELDS}
        return d


def answers(result: Result) -> list[Answer]:
    """The rows of relation.rq (one per assertion, its passages joined in ?quote) as answers; rows
    of the same assertion, should an engine give several, are merged, keeping every quote."""
    out: dict[str, Answer] = {}
    for row in result.values():
        key = row["assertion"] or ""
        quotes = split_quotes(row["quote"])
        if key in out:
            out[key].quotes += [q for q in quotes if q not in out[key].quotes]
            continue
        out[key] = Answer(
            subject=row["subjectLabel"] or "",
            subject_iri=row["subject"] or "",
            relation=row["relationLabel"] or "",
            object=row["objectLabel"] or "",
            object_iri=row["object"] or "",
            document=row["document"] or "",
            assertion=key,
            curation=row.get("curation") or "reviewed",
            date=row.get("date"),
            amount=row.get("amount"),
            currency=row.get("currency"),
            amount_qualifier=row.get("amountQualifier"),
            case=row.get("case"),
            outcome=row.get("outcome"),
            status=row.get("status"),
            confidence=row.get("confidence"),
            quotes=quotes,
            title=row.get("title"),
            publisher=row.get("publisher"),
            published=row.get("published"),
            url=row.get("url"),
            note=row.get("note"),
        )
    return list(out.values())


def lookup(
    backend: Backend,
    queries_dir: Path,
    relation: str,
    target: str | None = None,
    by: str | None = None,
    include_candidates: bool = False,
    page_size: int = MAX_PAGE,
) -> list[Answer]:
    """Who RELATION'd TARGET (and/or whom BY RELATION'd). RELATION includes its sub-relations. The
    named query is paged: every page is read, PAGE_SIZE rows at a time."""
    values = {"relation": relation}
    if target is not None:
        values["object"] = target
    if by is not None:
        values["subject"] = by
    nq = get_named(queries_dir, "relation")
    resolver = Resolver(backend)
    if nq.page is None:
        result = run_named(backend, nq, values, include_candidates, resolver)
    else:  # the named query is paged: read every page, PAGE_SIZE rows at a time, until one is short
        bindings = bindings_for(nq, values, resolver, include_candidates)  # (no total: not needed here)
        result = backend.query(page_text(nq, Page(page_size, 0)), bindings)
        for page in range(1, MAX_PAGES):
            if len(result.rows) < page * page_size:
                break
            result.rows += backend.query(page_text(nq, Page(page_size, page * page_size)), bindings).rows
    found = answers(result)
    # In the order a reader scans (the pages go by the labels, then the assertions' IRIs).
    found.sort(key=lambda a: (a.object, a.subject, a.relation, a.document, a.quote))
    return found


def document_citations(backend: Backend) -> dict[str, str]:
    """Each document's file name -> how an answer cites it: “title”, publisher, date."""
    q = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
    PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?file ?title ?kind ?publisher ?date WHERE { ?d a pk:Document ; pk:fileName ?file .
      OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d pk:genre ?kind }
      OPTIONAL { ?d <https://schema.org/publisher> ?publisher } OPTIONAL { ?d dcterms:date ?date } }"""
    out = {}
    for r in backend.query(q).values():
        title = f"“{r['title']}”" if r["title"] else f"untitled {r['kind'] or 'document'}"
        out[r["file"]] = ", ".join(x for x in (title, r["publisher"], r["date"]) if x)
    return out

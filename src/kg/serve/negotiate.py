"""Content negotiation for SPARQL results: the Accept header, or a format= / output= parameter.

The result kind is known only once the query has run (SELECT and ASK give SPARQL results,
CONSTRUCT and DESCRIBE give RDF), so the choice is made by `pick`, called with that kind.
"""

from __future__ import annotations

from kg.querying.store import NotAcceptable

# Per result kind, in order of preference when the client accepts anything: (media type, format).
OFFERS: dict[str, list[tuple[str, str]]] = {
    "select": [
        ("application/sparql-results+json", "json"),
        ("application/json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("application/xml", "xml"),
        ("text/xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ],
    "graph": [
        ("text/turtle", "ttl"),
        ("application/x-turtle", "ttl"),
        ("application/n-triples", "nt"),
        ("text/plain", "nt"),
        ("application/rdf+xml", "xml"),
        ("application/xml", "xml"),
        ("application/ld+json", "jsonld"),
        ("application/json", "jsonld"),
    ],
}
OFFERS["ask"] = OFFERS["select"]

# The Content-Type sent back for each (kind, format).
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}

# Names accepted in format=, output= and results= (SPARQLWrapper sends all three).
ALIASES = {
    "json": {"select": "json", "graph": "jsonld"},
    "xml": {"select": "xml", "graph": "xml"},
    "csv": {"select": "csv"},
    "tsv": {"select": "tsv"},
    "turtle": {"graph": "ttl"},
    "ttl": {"graph": "ttl"},
    "nt": {"graph": "nt"},
    "ntriples": {"graph": "nt"},
    "n-triples": {"graph": "nt"},
    "rdfxml": {"graph": "xml"},
    "rdf+xml": {"graph": "xml"},
    "jsonld": {"graph": "jsonld"},
    "json-ld": {"graph": "jsonld"},
}


def content_type(kind: str, fmt: str) -> str:
    if kind == "graph" and fmt == "xml":
        return CONTENT_TYPES["rdfxml"]
    return CONTENT_TYPES[fmt]


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, best first (stable for equal q, more specific first)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out: list[tuple[float, int, int, str]] = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        out.append((q, specificity, -i, media))
    out.sort(reverse=True)
    return [(media, q) for q, _, _, media in out]


def _matches(media_range: str, media: str) -> bool:
    if media_range in ("*/*", media):
        return True
    return media_range.endswith("/*") and media.startswith(media_range[:-1])


def pick_format(kind: str, accept: str | None, fmt_param: str | None = None) -> str:
    """The format for a result of KIND ("select", "ask" or "graph"); NotAcceptable if none fits.

    A format parameter naming a format for this kind wins; one that does not is ignored (clients
    such as SPARQLWrapper send format=json with every query, CONSTRUCT included)."""
    offers = OFFERS[kind]
    if fmt_param:
        name = fmt_param.strip().lower()
        by_kind = ALIASES.get(name) or {k: f for m, f in offers if m == name for k in ("select", "graph")}
        fmt = by_kind.get("select" if kind == "ask" else kind)
        if fmt:
            return fmt
    ranges = parse_accept(accept)
    excluded = {m for m, q in ranges if q == 0}
    for media_range, q in ranges:
        if q == 0:
            continue
        for media, fmt in offers:
            if media not in excluded and _matches(media_range, media):
                return fmt
    offered = ", ".join(dict.fromkeys(m for m, _ in offers))
    raise NotAcceptable(f"none of the accepted types ({accept}) fits this result; offered: {offered}")

"""`kg actor` and `kg path`: an actor's profile and chains between two actors, from named queries."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from kg.querying.queries import MAX_PAGE, Resolver, get_named, run_named, split_quotes
from kg.querying.store import Backend

MAX_PAGES = 100  # an actor with more than a million rows is read no further (a bound, not a limit seen)


def profile(
    backend: Backend,
    queries_dir: Path,
    name: str,
    include_candidates: bool = False,
    page_size: int = MAX_PAGE,
) -> dict[str, Any]:
    """Type(s), offices and relations (grouped per assertion, each with its quotes, its source's
    title, publisher, date and URL, and the curator's note). The named query is paged: every page
    is read, PAGE_SIZE rows at a time."""
    resolver = Resolver(backend)
    iri = resolver.actor(name)["value"]
    nq = get_named(queries_dir, "profile")
    rows: list[dict[str, Any]] = []
    for page in range(MAX_PAGES if nq.page else 1):  # the named query is paged: read every page
        values = {"actor": iri}
        if nq.page:
            values |= {"limit": str(page_size), "offset": str(page * page_size)}
        res = run_named(backend, nq, values, include_candidates, resolver)
        rows += res.values()
        if res.total is None or len(res.rows) < page_size:
            break
    out: dict[str, Any] = {
        "iri": iri,
        "label": resolver.names.labels[iri],
        "types": [],
        "offices": [],
        "relations": [],
    }
    by_assertion: dict[str, dict[str, Any]] = {}
    # In the order a reader scans: by relation, then the other actor, then the source (the query's
    # pages go by the assertions' IRIs).
    rows.sort(
        key=lambda r: tuple(
            r.get(k) or ""
            for k in ("section", "direction", "relationLabel", "otherLabel", "document", "quote")
        )
    )
    for r in rows:
        if r["section"] == "type" and r["typeLabel"] not in out["types"]:
            out["types"].append(r["typeLabel"])
        elif r["section"] == "office" and r["office"] not in out["offices"]:
            out["offices"].append(r["office"])
        elif r["section"] == "relation":
            key = f"{r['assertion']}|{r['direction']}"
            rel = by_assertion.get(key)
            if rel is None:
                rel = by_assertion[key] = {
                    "direction": r["direction"],
                    "relation": r["relationLabel"],
                    "other": r["otherLabel"],
                    "other_iri": r["other"],
                    "date": r["date"],
                    "amount": r["amount"],
                    "currency": r["currency"],
                    "document": r["document"],
                    "assertion": r["assertion"],
                    "curation": r["curation"],
                    "title": r.get("title"),
                    "publisher": r.get("publisher"),
                    "published": r.get("published"),
                    "url": r.get("url"),
                    "note": r.get("note"),
                    "quotes": [],
                }
                out["relations"].append(rel)
            rel["quotes"] += [q for q in split_quotes(r["quote"]) if q not in rel["quotes"]]
    return out


def profile_text(prof: dict[str, Any], evidence: bool = True) -> str:
    lines = [prof["label"], f"  {prof['iri']}"]
    if prof["types"]:
        lines.append(f"  type: {', '.join(sorted(prof['types']))}")
    for off in prof["offices"]:
        lines.append(f"  office: {off}")
    out_rel = [r for r in prof["relations"] if r["direction"] == "out"]
    in_rel = [r for r in prof["relations"] if r["direction"] == "in"]
    for title, rels in (
        (f"What {prof['label']} did", out_rel),
        (f"What others did to {prof['label']}", in_rel),
    ):
        if not rels:
            continue
        lines += ["", f"{title} ({len(rels)}):"]
        for r in rels:
            extra = "; ".join(x for x in (r["date"], _money(r)) if x)
            tag = " [candidate]" if r["curation"] == "candidate" else ""
            lines.append(f"  {r['relation']} {r['other']}" + (f"  ({extra})" if extra else "") + tag)
            if evidence:
                for q in r["quotes"]:
                    lines.append(
                        textwrap.fill(
                            f"“{' '.join(q.split())}”",
                            96,
                            initial_indent="      ",
                            subsequent_indent="       ",
                        )
                    )
                lines.append(f"      source: {r['document']}")
                if r.get("url"):
                    lines.append(f"      url: {r['url']}")
                if r.get("note"):
                    lines.append(
                        textwrap.fill(
                            " ".join(r["note"].split()),
                            96,
                            initial_indent="      note: ",
                            subsequent_indent="            ",
                        )
                    )
    return "\n".join(lines)


def _money(r: dict[str, Any]) -> str:
    if not r.get("amount"):
        return ""
    sym = "$" if r.get("currency") in (None, "USD") else f"{r['currency']} "
    return f"{sym}{float(r['amount']):,.0f}"


EDGES_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?rel ?o WHERE { ?p rdfs:subPropertyOf+ pk:relatedTo ; rdfs:label ?rel . ?s ?p ?o }"""


def shortest_chains(
    backend: Backend, queries_dir: Path, source: str, target: str, limit: int = 20
) -> list[str]:
    """Every shortest chain of relations between two actors, in either direction, of any length,
    as readable lines ("A —funded→ B ←sued— C"). Breadth-first over the relation triples."""
    import networkx as nx

    resolver = Resolver(backend)
    a, b = resolver.actor(source)["value"], resolver.actor(target)["value"]
    labels = resolver.names.labels
    if a == b:
        return [labels[a]]
    G = nx.Graph()
    rels: dict[tuple[str, str], set[str]] = {}
    for r in backend.query(EDGES_QUERY).values():
        s, o = r["s"], r["o"]
        G.add_edge(s, o)
        rels.setdefault((s, o), set()).add(r["rel"])
    if a not in G or b not in G or not nx.has_path(G, a, b):
        return []
    chains: list[str] = []
    for nodes in sorted(nx.all_shortest_paths(G, a, b), key=lambda p: [labels.get(n, n) for n in p]):
        steps: list[list[str]] = [[labels.get(nodes[0], nodes[0])]]
        for x, y in zip(nodes, nodes[1:], strict=False):
            arrows = [f"—{r}→" for r in sorted(rels.get((x, y), ()))]
            arrows += [f"←{r}—" for r in sorted(rels.get((y, x), ()))]
            steps.append(["/".join(arrows), labels.get(y, y)])
        chains.append(" ".join(part for step in steps for part in step))
        if len(chains) >= limit:
            break
    return chains

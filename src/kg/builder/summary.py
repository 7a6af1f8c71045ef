"""Plain-text summaries of the built graph for `kg stats` and `make demo`."""

from __future__ import annotations

from collections import Counter

from kg.curate.inputs import Inputs


def summary_lines(inputs: Inputs) -> list[str]:
    reg, onto = inputs.registry, inputs.onto
    types = Counter(t for e in reg.values() for t in e.types)
    rels = Counter(loc.assertion.relation for loc in inputs.located)
    per_doc = Counter(loc.document.meta.file for loc in inputs.located)
    n_ev = sum(len(loc.assertion.evidence) for loc in inputs.located)
    out = [
        f"{len(inputs.corpus)} documents, {len(reg)} actors, {len(inputs.located)} assertions, "
        f"{n_ev} evidence passages",
        "",
        "Actors per type:",
    ]
    out += [
        f"  {n:4d}  {onto.types[t].label}  ({t})"
        for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0]))
    ]
    out += ["", "Assertions per relation:"]
    for r, n in sorted(rels.items(), key=lambda x: (-x[1], x[0])):
        parents = [p for p in onto.relation_ancestors(r)[1:] if p != "relatedTo"]
        via = f"  (a kind of {', '.join(parents)})" if parents else ""
        out.append(f"  {n:4d}  {onto.relations[r].label}{via}")
    out += ["", "Assertions per document:"]
    for doc in inputs.corpus.values():
        title = (
            doc.meta.title or f"({doc.meta.kind or 'untitled'}, {doc.meta.publisher or 'unknown publisher'})"
        )
        out.append(f"  {per_doc.get(doc.meta.file, 0):4d}  {doc.meta.file}  {title}")
    return out


def example_lines(inputs: Inputs, subject: str | None = None, relation: str | None = None) -> list[str]:
    """One assertion with its evidence, for the demo."""
    from kg.builder.rdfgraph import assertion_iri

    pick = None
    for loc in inputs.located:
        a = loc.assertion
        if (subject is None or a.subject == subject) and (relation is None or a.relation == relation):
            pick = loc
            break
    if pick is None:
        return []
    a, reg = pick.assertion, inputs.registry
    out = [
        f"{reg[a.subject].label} —{inputs.onto.relations[a.relation].label}→ {reg[a.object].label}",
        f"  assertion: {assertion_iri(pick)}",
    ]
    for k in ("date", "amount", "currency", "amount_qualifier", "case", "outcome", "status"):
        v = getattr(a, k)
        if v is not None:
            out.append(f"  {k}: {v}")
    m = pick.document.meta
    for ev in a.evidence:
        source = f"{m.publisher or 'unknown publisher'}, {m.date or 'undated'}"
        out.append(f"  evidence: {m.file} [{ev.start}:{ev.end}]  ({source})")
        out.append(f"    “{ev.quote}”")
    return out

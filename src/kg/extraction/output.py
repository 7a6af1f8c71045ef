"""Proposals out: the candidates files (curated format) and JSON lines.

Candidate assertions get explicit ids (`cand-...`) so that their graph nodes never collide with
a reviewed assertion of the same claim. Actors the registry does not know get proposed entities
(`cand-<name>`; collectives are local to their document and carry its number), kept in
annotations/candidates/entities.yaml together with the documents each was seen in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from kg.base.fsio import locked, write_atomically
from kg.base.ids import slugify
from kg.base.ontology import Ontology
from kg.base.yamlio import load_yaml
from kg.curate.candidates import CANDIDATE_ID_PREFIX, ENTITIES_FILE, ProposedEntity, candidates_dir
from kg.curate.evidence import Locator
from kg.curate.rejected import rejection_filter
from kg.extraction.extract import Actor, Proposal

HEADER = """\
# Machine-extracted candidates for {document}, written by `kg extract` ({n} assertions).
# Not reviewed. Each has the rule that fired, its confidence and whether the text negates it.
# `kg build --include-candidates` adds the positive ones to the graph, marked as candidates.
"""


def _doc_tag(document: str) -> str:
    return slugify(document.split("_", 1)[0] if "_" in document else Path(document).stem)[:12]


def proposed_id(actor: Actor, document: str) -> str:
    if actor.entity_id:
        return actor.entity_id
    slug = slugify(actor.name)[:60].strip("-") or "actor"
    if actor.key.startswith("grp:"):
        return f"{CANDIDATE_ID_PREFIX}{slug}-{_doc_tag(document)}"
    return f"{CANDIDATE_ID_PREFIX}{slug}"


def proposed_entities(proposals: Iterable[Proposal], onto: Ontology) -> dict[str, ProposedEntity]:
    out: dict[str, ProposedEntity] = {}
    for p in proposals:
        for actor in (p.subject, p.object):
            if actor.entity_id:
                continue
            eid = proposed_id(actor, p.document)
            if eid in out:
                continue
            type_ = actor.type if actor.type in onto.types else "Actor"
            out[eid] = ProposedEntity(
                id=eid,
                type=type_,
                label=actor.name,
                aliases=[actor.name],
                description=f"Proposed by `kg extract` ({actor.kind} pattern); not reviewed.",
                rule=actor.kind,
                documents=[p.document],
            )
    return out


def assertion_dict(p: Proposal, locator: Locator) -> dict[str, Any]:
    subject, obj = proposed_id(p.subject, p.document), proposed_id(p.object, p.document)
    d: dict[str, Any] = {
        "id": "",
        "subject": subject,
        "relation": p.relation,
        "object": obj,
    }
    if p.date:
        d["date"] = p.date
    if p.amount is not None:
        d["amount"] = int(p.amount) if p.amount == p.amount.to_integral() else float(p.amount)
        d["currency"] = p.currency
        if p.amount_qualifier:
            d["amount_qualifier"] = p.amount_qualifier
    if p.case:
        d["case"] = p.case
    if p.status:
        d["status"] = p.status
    if p.outcome:
        d["outcome"] = p.outcome
    d["confidence"] = p.confidence
    d["rule"] = p.rule
    d["negated"] = p.negated
    note = _note(p)
    if note:
        d["note"] = note
    d["evidence"] = [{"quote": q, "start": s, "end": e, "line": locator.line_of(s)} for q, s, e in p.evidence]
    return d


def _note(p: Proposal) -> str:
    parts = []
    for role, a in (("subject", p.subject), ("object", p.object)):
        if a.kind not in ("registry",):
            parts.append(f"{role} from a {a.kind} mention")
    parts += p.notes
    return "; ".join(parts)


def _assign_ids(items: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for d in items:
        base = "-".join(
            slugify(x)
            for x in (
                CANDIDATE_ID_PREFIX + d["subject"].removeprefix(CANDIDATE_ID_PREFIX),
                d["relation"],
                d["object"].removeprefix(CANDIDATE_ID_PREFIX),
            )
        )[:120].strip("-")
        if d["negated"]:
            base += "-negated"
        cid, n = base, 2
        while cid in seen:
            cid, n = f"{base}-{n}", n + 1
        seen.add(cid)
        d["id"] = cid


def candidates_yaml(
    document: str, text: str, proposals: list[Proposal], keep: Callable[[dict[str, Any]], bool] | None = None
) -> str:
    """The candidates file; KEEP (kg.curate.rejected.rejection_filter) leaves out what review rejected."""
    locator = Locator(text)
    items = [assertion_dict(p, locator) for p in proposals]
    if keep is not None:
        items = [d for d in items if keep(d)]
    _assign_ids(items)
    body = yaml.safe_dump(
        {"document": document, "assertions": items}, sort_keys=False, allow_unicode=True, width=4096
    )
    return HEADER.format(document=document, n=len(items)) + body


def jsonl_lines(proposals: Iterable[Proposal]) -> Iterable[str]:
    for p in proposals:
        q, s, e = p.evidence[0]
        row: dict[str, Any] = {
            "document": p.document,
            "subject": p.subject.name,
            "relation": p.relation,
            "object": p.object.name,
            "quote": q,
            "start": s,
            "end": e,
            "confidence": p.confidence,
            "rule": p.rule,
            "negated": p.negated,
            "subject_id": p.subject.entity_id,
            "object_id": p.object.entity_id,
            "subject_type": p.subject.type,
            "object_type": p.object.type,
        }
        for key in ("date", "amount_qualifier", "currency", "case", "status", "outcome"):
            value = getattr(p, key)
            if value is not None:
                row[key] = value
        if p.amount is not None:
            row["amount"] = float(p.amount)
        if len(p.evidence) > 1:
            row["evidence"] = [{"quote": q2, "start": s2, "end": e2} for q2, s2, e2 in p.evidence]
        yield json.dumps(row, ensure_ascii=False)


_ENTITIES_HEADER = "# Actors proposed by `kg extract`, not in the registry. Not reviewed.\n"


def write_candidates(
    annotations_dir: Path, document: str, text: str, proposals: list[Proposal], onto: Ontology
) -> tuple[Path, int, int]:
    """Write annotations/candidates/<stem>.yaml and merge the proposed entities; (path, new
    entities, candidates written: those that review has not rejected)."""
    out_dir = candidates_dir(annotations_dir)
    path = out_dir / (Path(document).stem + ".yaml")
    ents_path = out_dir / ENTITIES_FILE
    out_dir.mkdir(parents=True, exist_ok=True)
    # Read, merge and write under the folder's writer lock, after a cut-off write is finished.
    keep = rejection_filter(annotations_dir, document)  # rejected in `kg review`: never proposed again
    with locked(out_dir):
        entities = _merge_entities(ents_path, document, proposed_entities(proposals, onto))
        ents_text = _ENTITIES_HEADER + yaml.safe_dump(
            [e.model_dump(exclude_none=True) for e in sorted(entities.values(), key=lambda e: e.id)],
            sort_keys=False,
            allow_unicode=True,
            width=4096,
        )
        body = candidates_yaml(document, text, proposals, keep)
        written = len((yaml.safe_load(body) or {}).get("assertions") or [])
        write_atomically(
            {
                path: body.encode("utf-8"),
                ents_path: ents_text.encode("utf-8"),
            }
        )
    return path, sum(1 for e in entities.values() if document in e.documents), written


def _merge_entities(path: Path, document: str, new: dict[str, ProposedEntity]) -> dict[str, ProposedEntity]:
    """Entities proposed for other documents stay; this document's list is replaced."""
    old: dict[str, ProposedEntity] = {}
    data = load_yaml(path) if path.exists() else None
    for item in data or []:
        try:
            ent = ProposedEntity.model_validate(dict(item))
        except Exception:  # noqa: S112 - a hand-broken entry is dropped; it is regenerated anyway
            continue
        docs = [d for d in ent.documents if d != document]
        if docs:
            old[ent.id] = ent.model_copy(update={"documents": docs})
    for eid, ent in new.items():
        if eid in old:
            docs = sorted({*old[eid].documents, document})
            old[eid] = old[eid].model_copy(update={"documents": docs})
        else:
            old[eid] = ent
    return old

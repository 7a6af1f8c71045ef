"""Proposals under review: the candidates of `kg extract`, each with a stable id and a status.

A proposal is a positive (not negated) candidate assertion of annotations/candidates/<doc>.yaml.
Its id is a hash of what it claims and where: document, relation, subject, object and the span of
its first quote, so the same proposal has the same id after every `kg extract`. Its status:

- `curated`: the document's curated file has it (same relation and actors, a quote overlapping
  its span), or `kg review` accepted it (the accepted assertion carries a `# kg review: accepted
  p-...` comment, which an edited acceptance needs: its actors or relation may differ);
- `rejected`: annotations/rejected/<doc>.yaml records it (same relation and actors, an
  overlapping span), with the reason; `kg extract` does not write it again;
- `pending`: neither.

Proposed actors (`cand-...`) are read as the registry entity whose name they carry, as
`kg build --include-candidates` reads them (kg.curate.candidates.merge_registry).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from kg.base import ontology as ontology_mod
from kg.base.errors import KGError
from kg.base.paths import Project
from kg.base.yamlio import load_yaml, schema_error
from kg.curate.candidates import (
    CANDIDATE_ID_PREFIX,
    ENTITIES_FILE,
    ProposedEntity,
    candidate_files,
    candidates_dir,
    load_proposed_entities,
    merge_registry,
)
from kg.curate.corpus import Document, load_corpus
from kg.curate.curation import Assertion, AssertionFile, Entity, load_registry
from kg.curate.rejected import load_rejections, overlaps

ACCEPTED_MARK = "kg review: accepted"
T = TypeVar("T")
_ACCEPTED = re.compile(re.escape(ACCEPTED_MARK) + r" (p-[0-9a-f]{12})")
QUALIFIERS = ("date", "amount", "currency", "amount_qualifier", "case", "outcome", "status", "note")


def proposal_id(document: str, relation: str, subject: str, obj: str, start: int, end: int) -> str:
    """The stable id: a hash of document, relation, arguments and span."""
    key = "\x1f".join((document, relation, subject, obj, str(start), str(end)))
    return "p-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class ReviewItem:
    """One proposal, with what the review page and `kg review list` show of it."""

    id: str
    document: str
    assertion: Assertion
    status: str  # pending, curated, rejected
    subject: str  # the id, resolved to the registry where the name is known
    object: str
    reason: str | None = None
    labels: dict[str, str] = field(default_factory=dict)  # actor id -> label

    @property
    def span(self) -> tuple[int, int]:
        ev = self.assertion.evidence[0]
        assert ev.start is not None and ev.end is not None  # checked when loaded
        return ev.start, ev.end

    def as_json(self) -> dict[str, Any]:
        a = self.assertion
        out: dict[str, Any] = {
            "id": self.id,
            "document": self.document,
            "subject": self.subject,
            "subject_label": self.labels.get(self.subject, self.subject),
            "subject_known": not self.subject.startswith(CANDIDATE_ID_PREFIX),
            "relation": a.relation,
            "object": self.object,
            "object_label": self.labels.get(self.object, self.object),
            "object_known": not self.object.startswith(CANDIDATE_ID_PREFIX),
            "quote": a.evidence[0].quote,
            "start": self.span[0],
            "end": self.span[1],
            "confidence": a.confidence,
            "rule": a.rule,
            "status": self.status,
        }
        quals: dict[str, Any] = {}
        for q in QUALIFIERS:  # apart: the qualifier `status` (attempted, ...) is not the review's
            value = getattr(a, q)
            if value is None:
                continue
            if q == "amount":  # a Decimal: JSON has numbers
                value = int(value) if value == value.to_integral() else float(value)
            quals[q] = value
        out["qualifiers"] = quals
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass
class ReviewState:
    """What a review reads: the ontology, corpus, registry, proposed actors and the proposals."""

    project: Project
    onto: ontology_mod.Ontology
    corpus: dict[str, Document]
    registry: dict[str, Entity]
    proposed: dict[str, ProposedEntity]
    remap: dict[str, str]
    items: list[ReviewItem]

    def item(self, pid: str) -> ReviewItem:
        for it in self.items:
            if it.id == pid:
                return it
        raise KGError(f"no proposal {pid!r}: `kg review list` shows the ids")

    def documents(self) -> list[dict[str, Any]]:
        """Per document with proposals: its title and progress (reviewed n of m)."""
        out: dict[str, dict[str, Any]] = {}
        for it in self.items:
            d = out.setdefault(
                it.document,
                {
                    "document": it.document,
                    "title": self.corpus[it.document].meta.title,
                    "total": 0,
                    "reviewed": 0,
                },
            )
            d["total"] += 1
            d["reviewed"] += it.status != "pending"
        return sorted(out.values(), key=lambda d: d["document"])


def resolve_document(corpus: dict[str, Document], arg: str) -> str:
    """A corpus document named by file name, stem or number prefix ("002")."""
    hits = [f for f in corpus if f == arg or Path(f).stem == arg or f.startswith(f"{arg}_")]
    if len(hits) != 1:
        what = "no" if not hits else "more than one"
        raise KGError(f"{what} corpus document named {arg!r}")
    return hits[0]


_MEMO: dict[tuple[str, str], tuple[tuple[int, ...], Any]] = {}


def _memo(kind: str, path: Path, read: Callable[[], T], extra: tuple[int, ...] = ()) -> T:
    """READ's result, reused while PATH is the same file (inode, size, mtime): the review page
    reads the registry and the curated files at every request, and parsing YAML is its main cost.
    An atomic write (kg.base.fsio) replaces the file, so a new inode ends the reuse."""
    try:
        st = path.stat()
    except OSError:
        return read()
    sig = (st.st_ino, st.st_size, st.st_mtime_ns, *extra)
    hit = _MEMO.get((kind, str(path)))
    if hit is not None and hit[0] == sig:
        return hit[1]
    value = read()
    _MEMO[(kind, str(path))] = (sig, value)
    return value


def _curated_file(path: Path) -> tuple[str, list[Assertion], set[str]] | None:
    data = load_yaml(path)
    if not isinstance(data, dict) or "document" not in data:
        return None
    items = []
    for raw in data.get("assertions") or []:
        try:
            items.append(Assertion.model_validate(raw))
        except ValidationError:
            continue
    accepted = set(_ACCEPTED.findall(path.read_text(encoding="utf-8")))
    return str(data["document"]), items, accepted


def _curated(project: Project) -> dict[str, tuple[Path, list[Assertion], set[str]]]:
    """Per document: its curated file, assertions, and the proposal ids accepted into it. The
    files are read, not checked (`kg validate` does that): a review must not stop at one typo."""
    out: dict[str, tuple[Path, list[Assertion], set[str]]] = {}
    for path in project.assertion_files:
        got = _memo("curated", path, lambda path=path: _curated_file(path))
        if got is not None:
            out[got[0]] = (path, got[1], got[2])
    return out


def is_curated(a: Assertion, subject: str, obj: str, curated: list[Assertion]) -> bool:
    spans = [(e.start, e.end) for e in a.evidence if e.start is not None and e.end is not None]
    for c in curated:
        if (c.subject, c.relation, c.object) != (subject, a.relation, obj):
            continue
        if any(
            overlaps(s, (e.start, e.end))
            for e in c.evidence
            if e.start is not None and e.end is not None
            for s in spans
        ):
            return True
    return False


def load_review(project: Project, document: str | None = None) -> ReviewState:
    """Every proposal (of DOCUMENT only, if given) with its status, sorted by document, then by
    confidence (highest first)."""
    try:
        onto = ontology_mod.load(project.ontology_files)
    except Exception as e:  # rdflib raises several parser exception types
        raise KGError(f"cannot parse ontology: {e}", project.ontology_dir) from None
    corpus = load_corpus(project.corpus_dir)
    registry = _memo(
        "registry", project.entities_file, lambda: load_registry(project.entities_file, onto), (id(onto),)
    )
    proposed_list = load_proposed_entities(candidates_dir(project.annotations_dir) / ENTITIES_FILE, onto)
    _, remap = merge_registry(registry, proposed_list)
    proposed = {p.id: p for p in proposed_list}
    labels = {e.id: e.label for e in registry.values()} | {p.id: p.label for p in proposed_list}
    only = resolve_document(corpus, document) if document else None
    curated = _curated(project)
    items: list[ReviewItem] = []
    for path in candidate_files(project.annotations_dir):
        data = load_yaml(path)
        if data is None:
            continue
        try:
            af = AssertionFile.model_validate(data)
        except ValidationError as e:
            raise schema_error(e, data, path) from None
        if af.document not in corpus or (only and af.document != only):
            continue
        _, cur, accepted = curated.get(af.document, (None, [], set()))
        rejections = load_rejections(project.annotations_dir, af.document)
        for a in af.assertions:
            ev = a.evidence[0]
            if a.negated or ev.start is None or ev.end is None:
                continue
            pid = proposal_id(af.document, a.relation, a.subject, a.object, ev.start, ev.end)
            subj, obj = remap.get(a.subject, a.subject), remap.get(a.object, a.object)
            status, reason = "pending", None
            hit = next(
                (r for r in rejections if r.matches(a.relation, a.subject, a.object, (ev.start, ev.end))),
                None,
            )
            if pid in accepted or is_curated(a, subj, obj, cur):
                status = "curated"
            elif hit is not None:
                status, reason = "rejected", hit.reason
            items.append(ReviewItem(pid, af.document, a, status, subj, obj, reason, labels))
    items.sort(key=lambda it: (it.document, -(it.assertion.confidence or 0), it.span[0], it.id))
    return ReviewState(project, onto, corpus, registry, proposed, remap, items)

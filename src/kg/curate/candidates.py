"""Machine-extracted candidates: where they live and how they join the curated data.

`kg extract` writes, under annotations/candidates/:

- `<document stem>.yaml`: proposed assertions in the curated format (see kg.curate.curation), each with
  `confidence`, `rule` and `negated`;
- `entities.yaml`: proposed entities, i.e. actors the extractor found that the registry does not
  know. Their ids start with `cand-` so they can never shadow a curated id, and each records
  the documents it was seen in.

Candidates never touch the curated files. They join the registry only under
`kg build --include-candidates`; a proposed entity whose name the registry already has is read as
that registry entity (the curated entry wins).

This module is imported by `kg build` and must stay free of heavy imports (no spaCy).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kg.base.errors import KGError
from kg.base.ontology import Ontology
from kg.base.yamlio import load_yaml, schema_error
from kg.curate.corpus import Document
from kg.curate.curation import SLUG, AssertionFile, Entity, Located
from kg.curate.evidence import quote_matches
from kg.curate.hygiene import clean_name, name_key
from kg.curate.rejected import load_rejections, overlaps

CANDIDATE_ID_PREFIX = "cand-"
ENTITIES_FILE = "entities.yaml"


class ProposedEntity(BaseModel):
    """An actor proposed by the extractor, with a proposed type."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(pattern=SLUG)
    type: str
    label: str = Field(min_length=1)
    aliases: list[str] = []
    description: str | None = None
    rule: str | None = None  # the actor pattern that proposed it (title, organisation, ...)
    documents: list[str] = []

    _label = field_validator("label")(lambda v: clean_name(v))
    _aliases = field_validator("aliases")(lambda v: [clean_name(a) for a in v])

    def to_entity(self) -> Entity:
        return Entity(
            id=self.id,
            type=self.type,
            label=self.label,
            aliases=self.aliases,
            description=self.description or "Actor proposed by the extractor; not reviewed.",
        )


def candidates_dir(annotations_dir: Path) -> Path:
    return annotations_dir / "candidates"


def candidate_files(annotations_dir: Path) -> list[Path]:
    """Per-document candidate assertion files (entities.yaml excluded)."""
    d = candidates_dir(annotations_dir)
    return sorted(p for p in d.glob("*.yaml") if p.name != ENTITIES_FILE)


def load_proposed_entities(path: Path, onto: Ontology) -> list[ProposedEntity]:
    """The proposed entities in PATH ([] if there is no such file)."""
    if not path.exists():
        return []
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise KGError("proposed entities must be a YAML list", path, getattr(data, "line", 1))
    out: list[ProposedEntity] = []
    seen: set[str] = set()
    for i, item in enumerate(data):
        try:
            ent = ProposedEntity.model_validate(item)
        except ValidationError as e:
            raise schema_error(e, data, path, (i,)) from None
        line = getattr(item, "line", None)
        if not ent.id.startswith(CANDIDATE_ID_PREFIX):
            msg = f"proposed entity id {ent.id!r} must start with {CANDIDATE_ID_PREFIX!r}"
            raise KGError(msg, path, line)
        if ent.type not in onto.types:
            raise KGError(f"unknown actor type {ent.type!r}", path, line)
        if ent.id in seen:
            raise KGError(f"duplicate proposed entity id {ent.id!r}", path, line)
        seen.add(ent.id)
        out.append(ent)
    return out


def merge_registry(
    registry: dict[str, Entity], proposed: list[ProposedEntity]
) -> tuple[dict[str, Entity], dict[str, str]]:
    """The registry plus the proposed entities it does not already have.

    Also returns a remapping: a proposed entity whose label the registry already has (as a label
    or an alias, compared as kg.curate.hygiene.name_key does) is that registry entity, and
    candidates that name it are read as naming the registry entity -- the curated entry wins.
    """
    merged = dict(registry)
    names: dict[str, str] = {}
    for e in registry.values():
        for n in (e.label, *e.aliases):
            names.setdefault(name_key(n), e.id)
    remap: dict[str, str] = {}
    for p in proposed:
        other = names.get(name_key(p.label))
        if other is not None:
            remap[p.id] = other
            continue
        if p.id in merged:
            continue
        merged[p.id] = p.to_entity()
        names[name_key(p.label)] = p.id
    return merged, remap


def load_candidate_assertions(
    path: Path,
    registry: dict[str, Entity],
    onto: Ontology,
    corpus: dict[str, Document],
    remap: dict[str, str] | None = None,
) -> tuple[list[Located], list[str]]:
    """The positive candidate assertions of one file, and warnings for those left out.

    A candidate rejected in `kg review` (annotations/rejected/) is left out. A candidate is left
    out (with a warning, not an error) when it is negated -- the text says
    the relation does not hold -- or when it names an entity, relation or document that is no
    longer there: the curated data may have moved on since `kg extract` ran, and a stale
    candidate should not stop a build. Malformed files and quotes not at their offsets are
    still errors, because they mean the file was edited wrongly.
    """
    data = load_yaml(path)
    if data is None:
        return [], [f"{path.name}: empty candidates file"]
    try:
        af = AssertionFile.model_validate(data)
    except ValidationError as e:
        raise schema_error(e, data, path) from None
    if af.document not in corpus:
        return [], [f"{path.name}: document {af.document!r} is not in the corpus; candidates ignored"]
    doc = corpus[af.document]
    rejections = load_rejections(path.parent.parent, af.document)  # annotations/candidates/x.yaml
    raw_items = data.get("assertions") or []
    out: list[Located] = []
    warnings: list[str] = []
    relations = set(onto.assertable_relations)
    for a, raw in zip(af.assertions, raw_items, strict=True):
        line = getattr(raw, "line", None)
        if a.negated:
            continue
        ev0 = a.evidence[0]
        if any(
            r.matches(a.relation, a.subject, a.object, (ev0.start or 0, ev0.end or 0)) for r in rejections
        ):
            continue  # rejected in `kg review`
        if remap and (a.subject in remap or a.object in remap):
            a = a.model_copy(
                update={"subject": remap.get(a.subject, a.subject), "object": remap.get(a.object, a.object)}
            )
            if a.subject == a.object:
                continue
        missing = [r for r in (a.subject, a.object) if r not in registry]
        if missing or a.relation not in relations:
            what = f"unknown entity {missing[0]!r}" if missing else f"unknown relation {a.relation!r}"
            warnings.append(f"{path.name}:{line}: candidate skipped ({what}); re-run `kg extract`")
            continue
        for ev in a.evidence:
            if ev.start is None or ev.end is None or not quote_matches(doc.text, ev.start, ev.end, ev.quote):
                raise KGError(f"candidate quote not found in {doc.meta.file} at its offsets", path, line)
        out.append(Located(a, doc, path, line, "candidate"))
    return out, warnings


def load_candidates(
    annotations_dir: Path,
    registry: dict[str, Entity],
    onto: Ontology,
    corpus: dict[str, Document],
    curated: list[Located] | None = None,
) -> tuple[dict[str, Entity], list[Located], list[str]]:
    """Everything under annotations/candidates/: (merged registry, assertions, warnings).

    A candidate that CURATED already states (same document, subject, relation and object, an
    overlapping quote) is left out: it is curated, not a proposal any more."""
    proposed = load_proposed_entities(candidates_dir(annotations_dir) / ENTITIES_FILE, onto)
    merged, remap = merge_registry(registry, proposed)
    spans: dict[tuple[str, str, str, str], list[tuple[int, int]]] = {}
    for loc in curated or []:
        a = loc.assertion
        key = (loc.document.meta.file, a.subject, a.relation, a.object)
        spans.setdefault(key, []).extend((e.start or 0, e.end or 0) for e in a.evidence)
    located: list[Located] = []
    warnings: list[str] = []
    for path in candidate_files(annotations_dir):
        items, w = load_candidate_assertions(path, merged, onto, corpus, remap)
        for loc in items:
            a = loc.assertion
            known = spans.get((loc.document.meta.file, a.subject, a.relation, a.object), [])
            if not any(overlaps(k, (e.start or 0, e.end or 0)) for k in known for e in a.evidence):
                located.append(loc)
        warnings.extend(w)
    return merged, located, warnings

"""What a review decision writes: accept, reject, and a new actor's "same as X" or "new".

Every decision edits a curated YAML file the way `kg locate` does (ruamel round trip: comments
and layout kept), checks the result as `kg validate` would before anything is written, and
writes atomically (kg.base.fsio). A decision that fails a check is refused with the reason and
writes nothing.
"""

from __future__ import annotations

import difflib
import io
import tempfile
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.base.errors import EXIT_USAGE, KGError
from kg.base.fsio import write_atomically
from kg.base.ids import slugify
from kg.curate.candidates import CANDIDATE_ID_PREFIX
from kg.curate.curation import Entity, check_duplicates, load_assertion_file, load_registry
from kg.curate.evidence import Locator
from kg.curate.hygiene import name_key
from kg.curate.proposals import (
    ACCEPTED_MARK,
    QUALIFIERS,
    ReviewItem,
    ReviewState,
)
from kg.curate.rejected import parse_rejections, rejected_file


class Refused(KGError):
    """A decision refused (exit 2): it would fail a check, or the proposal is decided already."""

    exit_code = EXIT_USAGE


REJECTED_HEADER = (
    "Proposals rejected in `kg review`, keyed by relation, arguments and span;\n"
    "`kg extract` does not propose them again. Curated data: commit it."
)


def _yaml(text: str = "") -> Any:
    """A round-trip YAML that writes with the indentation TEXT uses, so that an edit changes the
    lines it adds and no others."""
    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    if text.strip():
        _, indent, dash = load_yaml_guess_indent(text)
        yaml.indent(mapping=indent, sequence=indent, offset=dash)
    return yaml


def _load_rt(path: Path) -> tuple[Any, Any]:
    """PATH read for a round trip: (the YAML to dump it with, the data). The strict loader reads
    it first, for its one-line errors."""
    from kg.base.yamlio import load_yaml

    load_yaml(path)
    text = path.read_text(encoding="utf-8")
    yaml = _yaml(text)
    return yaml, yaml.load(text)


def _dump(yaml: Any, data: Any) -> str:
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def _checked(path: Path, text: str, check: Callable[[Path], object]) -> None:
    """Run CHECK on TEXT as if it were PATH; a KGError names PATH and the line in TEXT."""
    with tempfile.TemporaryDirectory(prefix="kg-review-") as tmp:
        probe = Path(tmp) / path.name
        probe.write_text(text, encoding="utf-8")
        try:
            check(probe)
        except KGError as e:
            raise Refused(f"refused, nothing written: {e.message}", path, e.line) from None


def resolve_actor(state: ReviewState, name: str) -> str:
    """A registry entity named by id, label or alias (compared as names are: NFKC, any case)."""
    if name in state.registry:
        return name
    key = name_key(name.strip())
    hits = {e.id for e in state.registry.values() for n in e.names if name_key(n) == key}
    if len(hits) == 1:
        return hits.pop()
    if hits:
        raise KGError(f"{name!r} names several registry entries: {', '.join(sorted(hits))}; give the id")
    labels = {e.label: e.id for e in state.registry.values()}
    close = difflib.get_close_matches(name, list(labels), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise KGError(f"no registry entry named {name!r}{hint}")


def _compatible(state: ReviewState, types: list[str], wanted: str | None) -> bool:
    return wanted is None or any(wanted in state.onto.type_ancestors(t) or wanted == t for t in types)


def _amount(value: object) -> int | float:
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise KGError(f"amount {value!r} is not a number") from None
    return int(d) if d == d.to_integral() else float(d)


def accept(
    state: ReviewState,
    pid: str,
    *,
    subject: str | None = None,
    obj: str | None = None,
    relation: str | None = None,
    qualifiers: dict[str, Any] | None = None,
    span: tuple[int, int] | None = None,
) -> Path:
    """Write proposal PID, edited by the arguments, into the document's curated file. Returns it.

    QUALIFIERS replace the proposal's (a None or "" value removes one); SPAN replaces the quote
    by that passage of the document."""
    item = state.item(pid)
    if item.status == "curated":
        raise Refused(f"proposal {pid} is already curated")
    if item.status == "rejected":
        raise Refused(
            f"proposal {pid} was rejected: remove its record from "
            f"annotations/rejected/{Path(item.document).stem}.yaml first"
        )
    a = item.assertion
    subj = resolve_actor(state, subject) if subject else _known(state, item, "subject")
    ob = resolve_actor(state, obj) if obj else _known(state, item, "object")
    rel = relation or a.relation
    if rel not in state.onto.assertable_relations:
        raise KGError(f"unknown relation {rel!r}: one of {', '.join(state.onto.assertable_relations)}")
    if subj == ob:
        raise KGError("subject and object are the same actor")
    r = state.onto.relations[rel]
    for role, eid, wanted in (("subject", subj, r.domain), ("object", ob, r.range)):
        ent = state.registry[eid]
        if not _compatible(state, ent.types, wanted):
            raise Refused(
                f"{role} {ent.label!r} ({'/'.join(ent.types)}) is not a {wanted}, which {rel} requires"
            )
    doc = state.corpus[item.document]
    quals = {q: getattr(a, q) for q in QUALIFIERS if q != "note" and getattr(a, q) is not None}
    for q, v in (qualifiers or {}).items():
        if q not in QUALIFIERS:
            raise KGError(f"unknown qualifier {q!r}: one of {', '.join(QUALIFIERS)}")
        if v is None or str(v).strip() == "":
            quals.pop(q, None)
        else:
            quals[q] = _amount(v) if q == "amount" else str(v).strip()
    if isinstance(quals.get("amount"), Decimal):
        quals["amount"] = _amount(quals["amount"])
    if span is None:  # every passage the proposal quotes
        spans = [(e.start, e.end) for e in a.evidence if e.start is not None and e.end is not None]
    else:
        spans = [_trimmed(doc.text, span)]
    return _write_assertion(state, item, subj, rel, ob, quals, spans)


def _known(state: ReviewState, item: ReviewItem, role: str) -> str:
    eid = getattr(item, role)
    if eid in state.registry:
        return eid
    label = item.labels.get(eid, eid)
    raise Refused(
        f"the {role} {label!r} is not in the registry: choose 'same as' an entry or 'new' "
        f"(kg review actor {eid} --same-as ID | --new TYPE), or give --{role} NAME"
    )


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if not (0 <= start < end <= len(text)):
        raise KGError(f"span {start}-{end} is not within the document (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise KGError("the selected passage is only whitespace")
    return start, end


def _assertion_path(state: ReviewState, document: str) -> Path:
    from kg.base.yamlio import load_yaml

    for path in state.project.assertion_files:
        data = load_yaml(path)
        if isinstance(data, dict) and str(data.get("document")) == document:
            return path
    return state.project.annotations_dir / "assertions" / (Path(document).stem + ".yaml")


def _write_assertion(
    state: ReviewState,
    item: ReviewItem,
    subj: str,
    rel: str,
    ob: str,
    quals: dict[str, Any],
    spans: list[tuple[int, int]],
) -> Path:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    doc = state.corpus[item.document]
    path = _assertion_path(state, item.document)
    if path.exists():
        yaml, data = _load_rt(path)
    else:
        yaml, data = _yaml(), CommentedMap(document=item.document)
    if data.get("assertions") is None:
        data["assertions"] = CommentedSeq()
    entry = CommentedMap(subject=subj, relation=rel, object=ob)
    entry.update(quals)
    loc = Locator(doc.text)
    entry["evidence"] = CommentedSeq(
        CommentedMap(quote=doc.text[s:e], start=s, end=e, line=loc.line_of(s)) for s, e in spans
    )
    seq = data["assertions"]
    seq.append(entry)
    a = item.assertion
    mark = f"{ACCEPTED_MARK} {item.id} (rule {a.rule}, confidence {a.confidence})"
    seq.yaml_set_comment_before_after_key(len(seq) - 1, before=mark, indent=0)
    text = _dump(yaml, data)

    def check(probe: Path) -> None:
        check_duplicates(load_assertion_file(probe, state.registry, state.onto, state.corpus))

    _checked(path, text, check)
    write_atomically({path: text.encode("utf-8")})
    return path


def reject(state: ReviewState, pid: str, reason: str | None = None) -> Path:
    """Record proposal PID as rejected (with REASON); returns the rejections file."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    item = state.item(pid)
    if item.status == "curated":
        raise Refused(f"proposal {pid} is already curated: remove it from the assertion file instead")
    path = rejected_file(state.project.annotations_dir, item.document)
    if path.exists():
        yaml, data = _load_rt(path)
    else:
        yaml, data = _yaml(), CommentedMap(document=item.document)
        data.yaml_set_start_comment(REJECTED_HEADER)
    if data.get("rejected") is None:
        data["rejected"] = CommentedSeq()
    a = item.assertion
    start, end = item.span
    entry = CommentedMap(
        id=pid, subject=a.subject, relation=a.relation, object=a.object, start=start, end=end
    )
    entry["quote"] = a.evidence[0].quote
    if reason and reason.strip():
        entry["reason"] = " ".join(reason.split())
    entry["rule"] = a.rule
    old = [i for i, r in enumerate(data["rejected"]) if str(r.get("id")) == pid]
    if old:
        data["rejected"][old[0]] = entry  # a second rejection updates the reason
    else:
        data["rejected"].append(entry)
    text = _dump(yaml, data)
    _checked(path, text, parse_rejections)
    write_atomically({path: text.encode("utf-8")})
    return path


# -- new actors --------------------------------------------------------------------------------


def closest(state: ReviewState, cand_id: str, n: int = 5) -> list[dict[str, Any]]:
    """The registry entries most like proposed actor CAND_ID: name similarity, type
    compatibility, shared documents (the entry's names occur in a document the actor was seen
    in). Scores are for ordering only; the curator decides."""
    p = _proposed(state, cand_id)
    key = name_key(p.label)
    words = set(key.split())
    texts = [state.corpus[d].text for d in p.documents if d in state.corpus]
    out = []
    for e in state.registry.values():
        sim = 0.0
        for nm in e.names:
            k = name_key(nm)
            overlap = len(words & set(k.split())) / max(1, len(words | set(k.split())))
            sim = max(sim, difflib.SequenceMatcher(None, key, k).ratio(), overlap)
        type_ok = p.type == "Actor" or any(
            p.type == t or p.type in state.onto.type_ancestors(t) or t in state.onto.type_ancestors(p.type)
            for t in e.types
        )
        shared = any(nm in t for t in texts for nm in e.names)
        score = 0.6 * sim + 0.2 * type_ok + 0.2 * shared
        out.append(
            {
                "id": e.id,
                "label": e.label,
                "type": "/".join(e.types),
                "score": round(score, 3),
                "name_similarity": round(sim, 3),
                "type_compatible": type_ok,
                "shared_document": shared,
            }
        )
    out.sort(key=lambda d: (-d["score"], d["id"]))
    return out[:n]


def _proposed(state: ReviewState, cand_id: str) -> Any:
    if cand_id not in state.proposed:
        raise KGError(f"no proposed actor {cand_id!r} in annotations/candidates/entities.yaml")
    return state.proposed[cand_id]


def same_as(state: ReviewState, cand_id: str, entity: str) -> str:
    """Proposed actor CAND_ID is registry entry ENTITY: its name becomes an alias of it."""
    p = _proposed(state, cand_id)
    eid = resolve_actor(state, entity)
    ent = state.registry[eid]
    if any(name_key(n) == name_key(p.label) for n in ent.names):
        return eid  # already one of its names
    path = state.project.entities_file
    yaml, data = _load_rt(path)
    from ruamel.yaml.comments import CommentedSeq

    for item in data:
        if str(item.get("id")) == eid:
            if item.get("aliases") is None:
                item["aliases"] = CommentedSeq()
            item["aliases"].append(p.label)
            break
    _write_registry(state, path, yaml, data)
    return eid


def new_actor(state: ReviewState, cand_id: str, type_: str, label: str | None = None) -> str:
    """Proposed actor CAND_ID is a new registry entry of TYPE (an ontology class); its id is
    minted from LABEL (default: the proposed name), which must not be taken."""
    from ruamel.yaml.comments import CommentedMap

    p = _proposed(state, cand_id)
    if type_ not in state.onto.actor_types:
        raise KGError(f"unknown actor type {type_!r}: one of {', '.join(state.onto.actor_types)}")
    label = " ".join((label or p.label).split())
    eid = slugify(label)
    if eid.startswith(CANDIDATE_ID_PREFIX.rstrip("-")) or eid in state.registry:
        raise Refused(f"the id {eid!r} is taken: choose 'same as' {eid!r} or another label")
    path = state.project.entities_file
    yaml, data = _load_rt(path)
    entry = CommentedMap(id=eid, type=type_, label=label)
    if name_key(label) != name_key(p.label):
        entry["aliases"] = [p.label]  # the name as the text wrote it, so the proposal resolves
    data.append(entry)
    _write_registry(state, path, yaml, data)
    return eid


def _write_registry(state: ReviewState, path: Path, yaml: Any, data: Any) -> None:
    text = _dump(yaml, data)
    _checked(path, text, lambda probe: load_registry(probe, state.onto))
    write_atomically({path: text.encode("utf-8")})


def registry_json(registry: dict[str, Entity]) -> list[dict[str, Any]]:
    return [
        {"id": e.id, "label": e.label, "type": "/".join(e.types), "aliases": e.aliases}
        for e in registry.values()
    ]

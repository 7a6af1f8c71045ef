"""`kg remove DOC`: undo an ingest.

What goes: the corpus file, its entry in corpus/sources.yaml, the extractor's candidates for it
(annotations/candidates/<stem>.yaml, and the document in the proposed entities' `documents`;
a proposed entity seen in no other document goes too) and review decisions about it
(annotations/rejected/<stem>.yaml). All of it is one set of changes (kg.base.fsio): after a crash,
either everything is still there or nothing is.

Curated assertions that cite the document are the curators' work: while there are any, the
removal is refused (exit 2), naming the files; with `force` they are removed in the same set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.base.errors import EXIT_USAGE, KGError
from kg.base.fsio import locked, write_atomically
from kg.base.paths import Project
from kg.base.yamlio import load_yaml
from kg.curate.candidates import ENTITIES_FILE, candidates_dir
from kg.curate.corpus import SourceMeta, load_sources

REJECTED_DIR = "rejected"


class Refused(KGError):
    """Removing the document would drop curated assertions, and --force was not given."""

    exit_code = EXIT_USAGE


@dataclass
class Removal:
    document: str
    removed: list[Path] = field(default_factory=list)  # files deleted
    changed: list[Path] = field(default_factory=list)  # files rewritten without the document
    assertions: int = 0  # curated assertions removed with --force


def remove(project: Project, name: str, *, force: bool = False) -> Removal:
    """Remove document NAME (its file name, or the name without `.txt`) and all that refers to it."""
    if not project.corpus_dir.is_dir():
        raise KGError("no corpus/ folder", project.corpus_dir)
    with locked(project.corpus_dir), locked(project.root):
        meta = _find(project, name)
        plan = Removal(meta.file)
        files: dict[Path, bytes | None] = {}
        cited = _citing(project, meta.file)
        if cited and not force:
            listing = ", ".join(f"{_rel(project, p)} ({n} assertion{'s' * (n != 1)})" for p, n in cited)
            raise Refused(
                f"refused: curated assertions cite {meta.file}: {listing}; remove them first, or "
                "use --force to remove them with the document"
            )
        for path, n in cited:
            files[path] = None
            plan.assertions += n
        doc = project.corpus_dir / meta.file
        if doc.exists():
            files[doc] = None
        files[project.sources_file] = _without_entry(project.sources_file, meta)
        stem = Path(meta.file).stem
        cands = candidates_dir(project.annotations_dir)
        for path in (cands / f"{stem}.yaml", project.annotations_dir / REJECTED_DIR / f"{stem}.yaml"):
            if path.exists() and _document_of(path) == meta.file:
                files[path] = None
        proposed = cands / ENTITIES_FILE
        if proposed.exists():
            rewritten = _proposed_without(proposed, meta.file)
            if rewritten is not None:
                files[proposed] = rewritten
        write_atomically(files)
    plan.removed = sorted(p for p, data in files.items() if data is None)
    plan.changed = sorted(p for p, data in files.items() if data is not None)
    return plan


def _rel(project: Project, path: Path) -> str:
    try:
        return path.relative_to(project.root).as_posix()
    except ValueError:
        return str(path)


def _find(project: Project, name: str) -> SourceMeta:
    metas = load_sources(project.sources_file)
    for meta in metas:
        if name in (meta.file, Path(meta.file).stem):
            return meta
    raise KGError(f"no document {name!r} in corpus/sources.yaml", project.sources_file)


def _document_of(path: Path) -> str | None:
    data = load_yaml(path)
    return data.get("document") if hasattr(data, "get") else None


def _citing(project: Project, document: str) -> list[tuple[Path, int]]:
    """The curated assertion files about DOCUMENT, with how many assertions each holds."""
    out = []
    for path in project.assertion_files:
        data = load_yaml(path)
        if hasattr(data, "get") and data.get("document") == document:
            out.append((path, len(data.get("assertions") or [])))
    return out


def _without_entry(sources: Path, meta: SourceMeta) -> bytes:
    """sources.yaml as it is, less the lines of META's entry: other entries, comments and layout
    stay as written. An entry runs from its `- file:` line to the next entry; comment and blank
    lines just above the next entry are that entry's."""
    lines = sources.read_text(encoding="utf-8").splitlines(keepends=True)
    data = load_yaml(sources)
    starts = [item.line - 1 for item in data]  # 0-based: the line of each entry's `- file:`
    i = next(k for k, item in enumerate(data) if item.get("file") == meta.file)
    begin = starts[i]
    end = starts[i + 1] if i + 1 < len(starts) else len(lines)
    while end > begin + 1 and end < len(lines) and _comment_or_blank(lines[end - 1]):
        end -= 1
    out = "".join(lines[:begin] + lines[end:])
    rest = [item for item in yaml.safe_load("".join(lines)) if item.get("file") != meta.file]
    if (yaml.safe_load(out) or []) != rest:  # not laid out one block entry after another
        out = yaml.safe_dump(rest, sort_keys=False, allow_unicode=True, width=100)
    return out.encode("utf-8")


def _comment_or_blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _proposed_without(path: Path, document: str) -> bytes | None:
    """The proposed entities file without DOCUMENT in their `documents`, and without those seen
    only there; None if no entry names it. The file is the extractor's output, so it is rewritten
    plainly (as `kg extract` writes it), not round-tripped."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise KGError("proposed entities must be a YAML list", path)
    kept, touched = [], False
    for item in data:
        docs = item.get("documents") or [] if isinstance(item, dict) else []
        if document in docs:
            touched = True
            docs = [d for d in docs if d != document]
            if not docs:
                continue
            item = {**item, "documents": docs}
        kept.append(item)
    if not touched:
        return None
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    header = first + "\n" if first.startswith("#") else ""  # kg extract's note on what the file is
    body = yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=4096)
    return (header + body).encode("utf-8")

"""`kg ingest`: add a document to corpus/ with its metadata in sources.yaml.

The text is stored normalised (see kg.curate.reading.normalise_text) under the name
`NNN_<first 16 hex digits of its SHA-256>.txt`. The same text added twice -- compared after
normalisation, so a copy with CRLF line ends or a byte-order mark is the same text -- is refused.
The new file and the updated sources.yaml are written together or not at all (kg.base.fsio);
nothing already in corpus/ is changed. The whole read-check-write runs under corpus/'s writer
lock, after an ingest that a crash cut off has been finished, so it reads whole sets of files and
two ingests at once cannot take the same number.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.base.errors import KGError
from kg.base.fsio import locked, write_atomically
from kg.base.paths import Project
from kg.curate.corpus import SourceMeta, load_sources, read_text
from kg.curate.curation import check_date
from kg.curate.reading import DEFAULT_MAX_MB, normalise_text, read_document

_NUMBERED = re.compile(r"^(\d+)_")


@dataclass(frozen=True)
class Ingested:
    file: str
    path: Path
    sha256: str
    chars: int


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest(
    project: Project,
    source: Path,
    *,
    title: str,
    publisher: str | None = None,
    date: str | None = None,
    author: str | None = None,
    url: str | None = None,
    kind: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
) -> Ingested:
    if not title.strip():
        raise KGError("a title is required (--title)")
    try:
        date = check_date(date)
    except ValueError as e:
        raise KGError(f"--date: {e}") from None
    text = normalise_text(read_document(source, max_mb))
    if not project.corpus_dir.is_dir():
        raise KGError("no corpus/ folder", project.corpus_dir)
    optional = {"kind": kind, "author": author, "publisher": publisher, "date": date, "url": url}
    with locked(project.corpus_dir):
        return _add(project, source, text, title, optional)


def _add(project: Project, source: Path, text: str, title: str, optional: dict[str, str | None]) -> Ingested:
    sha = digest(text)
    corpus_dir = project.corpus_dir
    metas = load_sources(project.sources_file)
    for meta in metas:
        existing = corpus_dir / meta.file
        if existing.exists() and digest(normalise_text(read_text(existing))) == sha:
            raise KGError(f"the same text is already in the corpus as {meta.file}; not added again", source)
    numbers = [int(m.group(1)) for meta in metas if (m := _NUMBERED.match(meta.file))]
    name = f"{max(numbers, default=-1) + 1:03d}_{sha[:16]}.txt"
    entry = {"file": name, "title": title.strip()}
    for key, value in optional.items():
        if value:
            entry[key] = value
    entry["basis"] = f"Added with `kg ingest` from {source.name}; metadata as given on the command line."
    SourceMeta.model_validate(entry)
    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=100)
    old = project.sources_file.read_text(encoding="utf-8")
    sources = old + ("" if old.endswith("\n") or not old else "\n") + block
    path = corpus_dir / name
    write_atomically({path: text.encode("utf-8"), project.sources_file: sources.encode("utf-8")})
    return Ingested(name, path, sha, len(text))

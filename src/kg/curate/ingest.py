"""`kg ingest`: add a document to corpus/ with its metadata in sources.yaml.

A saved web page or a PDF is read into text and metadata first (kg.curate.formats); the
metadata found in the file goes into sources.yaml, and what the command line gives overrides it.
A PDF's page starts go into the entry's `pages:` list (code-point offsets in the stored text).
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
from kg.base.fsio import locked, recover, write_atomically
from kg.base.paths import Project
from kg.curate.corpus import SourceMeta, load_sources, read_text
from kg.curate.curation import check_date
from kg.curate.formats import Extracted, extract
from kg.curate.reading import DEFAULT_MAX_MB, normalise_text

_NUMBERED = re.compile(r"^(\d+)_")


@dataclass(frozen=True)
class Ingested:
    file: str
    path: Path
    sha256: str
    chars: int
    meta: dict[str, object]  # the sources.yaml entry, without file and basis
    pages: int | None = None


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest(
    project: Project,
    source: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    author: str | None = None,
    url: str | None = None,
    kind: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
) -> Ingested:
    """Add SOURCE to the corpus. Metadata given here overrides what the file itself says."""
    if title is not None and not title.strip():
        raise KGError("--title: empty")
    try:
        date = check_date(date)
    except ValueError as e:
        raise KGError(f"--date: {e}") from None
    if not project.corpus_dir.is_dir():
        raise KGError("no corpus/ folder", project.corpus_dir)
    found = extract(source, max_mb)
    given = {"title": title, "kind": kind, "author": author, "publisher": publisher, "date": date, "url": url}
    entry = _entry(source, found, given)
    recover(project.root)  # a `kg remove` that a crash cut off (its set spans the project)
    with locked(project.corpus_dir):
        return _add(project, source, found.text, entry)


_ORDER = ("title", "kind", "author", "publisher", "date", "url")


def _entry(source: Path, found: Extracted, given: dict[str, str | None]) -> dict[str, object]:
    """The sources.yaml entry (without `file`): the file's metadata, overridden by GIVEN."""
    meta = dict(found.meta)
    if meta.get("date"):
        try:
            meta["date"] = check_date(str(meta["date"]))
        except ValueError:
            del meta["date"]  # a page's malformed date is not worth refusing the page for
    from_file = [k for k in _ORDER if meta.get(k) and not given.get(k)]
    from_flags = [k for k in _ORDER if given.get(k)]
    meta.update({k: v for k, v in given.items() if v})
    if not meta.get("title"):
        raise KGError("no title found in the file; give one with --title", source)
    entry: dict[str, object] = {k: meta[k] for k in _ORDER if meta.get(k)}
    basis = f"Added with `kg ingest` from {source.name}"
    if from_file:
        basis += f"; {', '.join(from_file)} from {found.found_by}"
    if from_flags:
        basis += f"; {', '.join(from_flags)} as given on the command line"
    entry["basis"] = basis + "."
    if found.pages is not None:
        entry["pages"] = found.pages
    return entry


def _add(project: Project, source: Path, text: str, entry: dict[str, object]) -> Ingested:
    sha = digest(text)
    corpus_dir = project.corpus_dir
    metas = load_sources(project.sources_file)
    for meta in metas:
        existing = corpus_dir / meta.file
        if existing.exists() and digest(normalise_text(read_text(existing))) == sha:
            raise KGError(f"the same text is already in the corpus as {meta.file}; not added again", source)
    numbers = [int(m.group(1)) for meta in metas if (m := _NUMBERED.match(meta.file))]
    name = f"{max(numbers, default=-1) + 1:03d}_{sha[:16]}.txt"
    entry = {"file": name, **entry}
    SourceMeta.model_validate(entry)
    block = _yaml_entry(entry)
    old = project.sources_file.read_text(encoding="utf-8")
    sources = old + ("" if old.endswith("\n") or not old else "\n") + block
    path = corpus_dir / name
    write_atomically({path: text.encode("utf-8"), project.sources_file: sources.encode("utf-8")})
    shown = {k: v for k, v in entry.items() if k not in ("file", "basis", "pages")}
    pages = entry.get("pages")
    return Ingested(name, path, sha, len(text), shown, len(pages) if isinstance(pages, list) else None)


class _FlowLists(yaml.SafeDumper):
    """Lists of numbers (a PDF's page starts) on one line."""


_FlowLists.add_representer(
    list,
    lambda d, v: d.represent_sequence(
        "tag:yaml.org,2002:seq", v, flow_style=all(isinstance(x, int) for x in v) or None
    ),
)


def _yaml_entry(entry: dict[str, object]) -> str:
    return yaml.dump([entry], Dumper=_FlowLists, sort_keys=False, allow_unicode=True, width=100)

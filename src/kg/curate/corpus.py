"""The source documents and their metadata (corpus/sources.yaml)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from kg.base.errors import KGError
from kg.base.yamlio import load_yaml, schema_error


class SourceMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str
    title: str | None = None
    kind: str | None = None
    author: str | list[str] | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    basis: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, v: object) -> object:
        return None if v is None else str(v)

    @property
    def authors(self) -> list[str]:
        if self.author is None:
            return []
        return [self.author] if isinstance(self.author, str) else list(self.author)


@dataclass(frozen=True)
class Document:
    meta: SourceMeta
    path: Path
    text: str
    sha256: str

    @property
    def stem(self) -> str:
        return self.path.stem


def read_text(path: Path) -> str:
    """A document's text; empty, unreadable or non-UTF-8 files are errors naming the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KGError("document not found", path) from None
    except OSError as e:
        raise KGError(f"cannot read document: {e.strerror}", path) from None
    if not raw.strip():
        raise KGError("document is empty", path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise KGError(f"document is not valid UTF-8 (byte {e.start})", path, line) from None


def load_sources(sources_file: Path) -> list[SourceMeta]:
    data = load_yaml(sources_file)
    if not isinstance(data, list):
        raise KGError("expected a list of documents", sources_file, getattr(data, "line", 1))
    metas, seen = [], {}
    for i, item in enumerate(data):
        try:
            meta = SourceMeta.model_validate(item)
        except ValidationError as e:
            raise schema_error(e, data, sources_file, (i,)) from None
        if meta.file in seen:
            raise KGError(
                f"duplicate document {meta.file!r} (first listed on line {seen[meta.file]})",
                sources_file,
                getattr(item, "line", None),
            )
        seen[meta.file] = getattr(item, "line", None)
        metas.append(meta)
    return metas


def load_corpus(corpus_dir: Path) -> dict[str, Document]:
    """Documents by file name, in the order sources.yaml lists them."""
    sources_file = corpus_dir / "sources.yaml"
    docs: dict[str, Document] = {}
    for meta in load_sources(sources_file):
        path = corpus_dir / meta.file
        text = read_text(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        docs[meta.file] = Document(meta=meta, path=path, text=text, sha256=digest)
    return docs

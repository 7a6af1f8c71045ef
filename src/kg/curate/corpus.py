"""The source documents and their metadata (corpus/sources.yaml)."""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, field_validator

from kg.base.errors import KGError
from kg.base.yamlio import load_yaml, schema_error
from kg.curate.hygiene import check_file_name


class SourceMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    _line: int | None = PrivateAttr(default=None)  # where sources.yaml lists it

    file: str
    title: str | None = None
    kind: str | None = None
    author: str | list[str] | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    basis: str | None = None
    # A PDF's pages: where each starts in the stored text (code points, non-decreasing, from 0).
    pages: list[int] | None = None

    _file = field_validator("file")(lambda v: check_file_name(v))

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, v: object) -> object:
        return None if v is None else str(v)

    @property
    def line(self) -> int | None:
        return self._line

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


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or mostly control characters, in HEAD (the first 8 KB of a file)."""
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.1


def _first_non_nfc_line(text: str) -> int:
    for i, line in enumerate(text.split("\n"), 1):
        if not unicodedata.is_normalized("NFC", line):
            return i
    return 1


def read_corpus_text(path: Path, corpus_dir: Path) -> str:
    """The text of a corpus document, checked as `kg ingest` would store it: inside corpus/
    (a link may not lead out of it), text rather than binary, UTF-8, in Unicode NFC."""
    try:
        inside = path.resolve(strict=True).parent == corpus_dir.resolve(strict=True)
    except FileNotFoundError:
        raise KGError("document not found", path) from None
    except OSError as e:
        raise KGError(f"cannot read document: {e.strerror}", path) from None
    except RuntimeError:  # how Path.resolve reports a symlink loop before Python 3.13
        raise KGError("cannot read document: a loop of symbolic links", path) from None
    if not inside:
        raise KGError("document is a link to a file outside corpus/; documents must be in corpus/", path)
    try:
        with path.open("rb") as f:
            head = f.read(8192)
    except OSError as e:
        raise KGError(f"cannot read document: {e.strerror}", path) from None
    text = read_text(path)
    if looks_binary(head) or "\x00" in text:
        raise KGError("binary file, not text (a document must be a UTF-8 text file)", path)
    if not unicodedata.is_normalized("NFC", text):
        raise KGError(
            "document is not in Unicode NFC (composed accents), so names and quotes in it would not "
            "match the registry's; store it with `kg ingest`, which normalises it",
            path,
            _first_non_nfc_line(text),
        )
    return text


def check_pages(pages: list[int], length: int, sources_file: Path, line: int | None) -> None:
    """PAGES must start at 0 and not decrease, each within the text (LENGTH code points)."""
    ok = bool(pages) and pages[0] == 0 and all(a <= b for a, b in zip(pages, pages[1:], strict=False))
    if not ok or pages[-1] > length:
        raise KGError(
            f"pages: page starts must begin at 0, not decrease and lie within the text ({length} characters)",
            sources_file,
            line,
        )


def page_of(pages: list[int], offset: int) -> int:
    """The page (counting from 1) on which OFFSET of the stored text lies, given where pages
    start (sources.yaml's `pages:`); an empty page shares its start with the next, which wins."""
    return max(1, bisect_right(pages, offset))


def load_sources(sources_file: Path) -> list[SourceMeta]:
    data = load_yaml(sources_file)
    if not isinstance(data, list):
        raise KGError("expected a list of documents", sources_file, getattr(data, "line", 1))
    metas: list[SourceMeta] = []
    seen: dict[str, tuple[str, int | None]] = {}  # the stem names the document's IRI
    for i, item in enumerate(data):
        try:
            meta = SourceMeta.model_validate(item)
        except ValidationError as e:
            raise schema_error(e, data, sources_file, (i,)) from None
        stem = Path(meta.file).stem
        if stem in seen:
            first, first_line = seen[stem]
            what = "document" if first == meta.file else f"document name: {first!r} has the same stem as"
            raise KGError(
                f"duplicate {what} {meta.file!r} (first listed on line {first_line})",
                sources_file,
                getattr(item, "line", None),
            )
        seen[stem] = (meta.file, getattr(item, "line", None))
        meta._line = getattr(item, "line", None)
        metas.append(meta)
    return metas


def load_corpus(corpus_dir: Path) -> dict[str, Document]:
    """Documents by file name, in the order sources.yaml lists them."""
    sources_file = corpus_dir / "sources.yaml"
    docs: dict[str, Document] = {}
    for meta in load_sources(sources_file):
        path = corpus_dir / meta.file
        text = read_corpus_text(path, corpus_dir)
        if meta.pages is not None:
            check_pages(meta.pages, len(text), sources_file, meta.line)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()  # the bytes read, as they were
        docs[meta.file] = Document(meta=meta, path=path, text=text, sha256=digest)
    return docs

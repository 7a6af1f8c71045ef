"""Reading documents to extract from, one file at a time, with one clear error per bad file.

A file is refused before spaCy sees it when it is larger than the size limit, binary, empty or
not UTF-8; the caller reports that file and goes on with the others. Nothing is written here.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kg.base.errors import KGError
from kg.curate.corpus import looks_binary, read_text

DEFAULT_MAX_MB = 5.0
_SNIFF = 8192


def check_size(path: Path, max_mb: float) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise KGError("document not found", path) from None
    except OSError as e:
        raise KGError(f"cannot read document: {e.strerror}", path) from None
    if size > max_mb * 1_000_000:
        raise KGError(
            f"document is {size / 1_000_000:.1f} MB, over the {max_mb:g} MB limit "
            "(a news article or legal text is far smaller; raise it with --max-mb)",
            path,
        )


def read_document(path: Path, max_mb: float = DEFAULT_MAX_MB) -> str:
    """The text of PATH, or a KGError that names the file and what is wrong with it."""
    check_size(path, max_mb)
    with path.open("rb") as f:
        head = f.read(_SNIFF)
    if looks_binary(head):
        raise KGError("binary file, not text (extraction needs a UTF-8 text file)", path)
    text = read_text(path)  # empty and non-UTF-8 files are errors here
    return text.removeprefix("\ufeff")


def normalise_text(text: str) -> str:
    """How `kg ingest` stores a text: no byte-order mark, LF line ends, Unicode NFC, one final
    newline. Nothing else changes, so quotes still match the text as published."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.rstrip() + "\n"

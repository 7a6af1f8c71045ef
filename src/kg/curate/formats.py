"""The text and metadata of a file to ingest: a saved web page, a PDF, or plain text.

- `.html` / `.htm`: the article's text and its metadata (title, author, date, publisher,
  canonical URL) as `trafilatura` reads them from the HTML string: nothing is fetched, scripts
  are never run, and navigation, ads, comment threads and "related stories" stay out of the text.
  The page is decoded as UTF-8, or in the charset its `<meta>` declares.
- `.pdf`: the text of each page (`pypdf`), pages joined by a blank line, and where each page
  starts in the stored text (`Extracted.pages`, code-point offsets), so evidence can cite a page.
  The PDF's own title and author, when it has them, are the metadata.
- anything else (`.txt`, `.md`, ...): UTF-8 text, as it is.

Every problem is one KGError naming the file; nothing is written here. The text returned is
already stored form (kg.curate.reading.normalise_text), so page offsets are offsets in the file
that `kg ingest` writes.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.base.errors import KGError
from kg.curate.corpus import looks_binary
from kg.curate.hygiene import BIDI_CONTROLS, ZERO_WIDTH
from kg.curate.reading import check_size, normalise_text, read_document

HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIX = ".pdf"
_SNIFF = 8192
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@dataclass
class Extracted:
    """What a file holds: its text (stored form) and the metadata found in it."""

    text: str
    meta: dict[str, str | list[str]] = field(default_factory=dict)  # title, author, date, publisher, url
    pages: list[int] | None = None  # PDF: where each page starts in `text`
    found_by: str = ""  # how the metadata was read, for sources.yaml's `basis`


def extract(path: Path, max_mb: float) -> Extracted:
    """The text and metadata of PATH, read as its suffix says."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _html(path, max_mb)
    if suffix == PDF_SUFFIX:
        return _pdf(path, max_mb)
    return Extracted(normalise_text(read_document(path, max_mb)))


# --- saved web pages ---------------------------------------------------------------------------


def _read_bytes(path: Path, max_mb: float) -> bytes:
    check_size(path, max_mb)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise KGError(f"cannot read file: {e.strerror}", path) from None
    if not raw.strip():
        raise KGError("file is empty", path)
    return raw


def _decode_html(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 page, with its byte-order mark
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise KGError(
                f"web page is not valid UTF-16 as its byte-order mark says (byte {e.start})", path
            ) from None
    if looks_binary(raw[:_SNIFF]):
        raise KGError("binary file, not a web page (a saved .html page is text)", path)
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        bad = e.start
    m = _META_CHARSET.search(raw[:4096])
    if m is None:
        line = raw[:bad].count(b"\n") + 1
        raise KGError(f"web page is not valid UTF-8 (byte {bad}) and declares no charset", path, line)
    charset = m.group(1).decode("ascii")
    try:
        return raw.decode(charset)
    except LookupError:
        raise KGError(f"web page declares an unknown charset {charset!r}", path) from None
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        msg = f"web page is not valid {charset} as it declares (byte {e.start})"
        raise KGError(msg, path, line) from None


def _html(path: Path, max_mb: float) -> Extracted:
    html = _decode_html(_read_bytes(path, max_mb), path)
    import trafilatura  # only for web pages: it is slow to import

    quiet = logging.getLogger("trafilatura")
    level, quiet.level = quiet.level, logging.CRITICAL  # its warnings are not ours to print
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            # Only the main extractor: its fallbacks (readability, jusText) take a navigation bar
            # for the article when a page has none, and boilerplate must stay out.
            fast=True,
            # Its duplicate cache lives as long as the process: the paragraphs of a page read
            # before would be dropped from the next one (a re-ingest after `kg remove`).
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # a parser failure on hostile markup: one line, not a traceback
        raise KGError(f"cannot read web page: {type(e).__name__}: {e}", path) from None
    finally:
        quiet.level = level
    if doc is None:
        raise KGError("no article text found in the web page", path)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = _paragraphs(str(data.get("text") or ""))
    if not text.strip():
        raise KGError("no article text found in the web page", path)
    meta: dict[str, str | list[str]] = {}
    for key, name in (("title", "title"), ("date", "date"), ("sitename", "publisher"), ("url", "url")):
        value = _one_line(data.get(key))
        if value:
            meta[name] = value
    authors = [a for a in (_one_line(x) for x in str(data.get("author") or "").split(";")) if a]
    if authors:
        meta["author"] = authors[0] if len(authors) == 1 else authors
    if "url" in meta and not re.match(r"https?://", str(meta["url"]), re.IGNORECASE):
        del meta["url"]  # a javascript: or file: "canonical URL" is not a place it was published
    return Extracted(normalise_text(text), meta, found_by="the page's metadata (trafilatura)")


def _paragraphs(text: str) -> str:
    """trafilatura gives one paragraph a line; the corpus separates paragraphs by a blank line."""
    return "\n\n".join(line.strip() for line in _clean(text).split("\n") if line.strip())


# --- PDFs --------------------------------------------------------------------------------------


def _pdf(path: Path, max_mb: float) -> Extracted:
    raw = _read_bytes(path, max_mb)
    if not raw.lstrip()[:5] == b"%PDF-":
        raise KGError("not a PDF (it does not start with %PDF-)", path)
    from pypdf import PdfReader

    quiet = logging.getLogger("pypdf")
    level, quiet.level = quiet.level, logging.CRITICAL  # repairs it reports are not errors
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise KGError("PDF is encrypted with a password", path)
        texts = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = _one_line(info.title) if info else None
        author = _one_line(info.author) if info else None
    except KGError:
        raise
    except Exception as e:  # pypdf raises many types on malformed input
        raise KGError(f"cannot read PDF: {type(e).__name__}: {e}", path) from None
    finally:
        quiet.level = level
    if not texts:
        raise KGError("PDF has no pages", path)
    parts = [_pdf_page(t) for t in texts]
    if not any(parts):
        raise KGError("no text in the PDF (scanned pages? kg ingest does not read text in images)", path)
    pages: list[int] = []
    out = ""
    for part in parts:
        if out and part:
            out += "\n\n"
        pages.append(len(out))
        out += part
    text = out + "\n"
    if normalise_text(text) != text:  # each part is normalised and stripped, so offsets hold
        raise KGError("internal: the PDF's text changed when normalised; page offsets would not hold", path)
    if len(text) > max_mb * 1_000_000:
        raise KGError(f"the PDF's text is over the {max_mb:g} MB limit (raise it with --max-mb)", path)
    meta: dict[str, str | list[str]] = {}
    if title:
        meta["title"] = title
    if author:
        meta["author"] = author
    return Extracted(text, meta, pages, found_by="the PDF's document information")


def _pdf_page(text: str) -> str:
    """One page's text in stored form: line ends LF, NFC, no control characters, no blank-line
    runs, no trailing spaces; '' for a page without text."""
    text = unicodedata.normalize("NFC", _clean(text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- shared ------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """TEXT without control characters (but line breaks and tabs), bidi controls or zero-width
    characters, which a PDF or a page may hold and a quote could not show."""
    return "".join(
        ch
        for ch in text
        if ch in "\n\t" or not (unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS or ch in ZERO_WIDTH)
    )


def _one_line(value: object) -> str | None:
    """A metadata value as one line of visible text, or None."""
    if value is None:
        return None
    s = " ".join(_clean(str(value)).split())
    return unicodedata.normalize("NFC", s) or None

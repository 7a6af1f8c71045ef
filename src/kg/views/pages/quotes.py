"""Quotes as a reader sees them: the displayed text, and the sentences around a quote.

`oa:exact` in the graph stays the verbatim text of the document (the offsets point at it). What a
page shows is derived from it here, and only here:

- a markdown escape (`\\$`, `\\*`) shows as the bare character;
- `*...*` shows as emphasis (the corpus keeps titles of works that way);
- footnote markers (superscript digits such as `¹²`, or plain digits glued to the end of a
  sentence before the next one begins) show as superscripts, so a pasted quote keeps them apart
  from the words.

Everything is HTML-escaped first; only the tags made here are markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_EMPHASIS = re.compile(r"\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*")
_SUP_MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# Plain digits glued to a word's closing punctuation: "prosecution.12 But", "(CDA),113 sued". Not
# "$1.7", "1,000" nor "20-08.2" (a digit precedes the punctuation there).
_PLAIN_MARKER = re.compile(r"(?<=[A-Za-z)\]][.,;:!?”’\")])(\d{1,3})(?=[\s,.;:]|$)")


def plain(text: str) -> str:
    """The displayed text without markup: escapes dropped, emphasis marks removed, markers kept as
    digits (for a title attribute or a search snippet)."""
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\1", text)
    return text.translate(_SUPERSCRIPTS)


def display(text: str) -> Markup:
    """TEXT (verbatim from a document) as HTML for reading: see the module's doc."""
    # Work on tokens so that escaping happens once and markup is only ours.
    out: list[str] = []
    pos = 0
    for m in _tokens(text):
        out.append(_plain_html(text[pos : m[0]]))
        out.append(m[2])
        pos = m[1]
    out.append(_plain_html(text[pos:]))
    return Markup("".join(out))  # noqa: S704 - every piece is escaped in _plain_html or built here


def _plain_html(s: str) -> str:
    return str(escape(_MD_ESCAPE.sub(r"\1", s)))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, html) for each emphasis and footnote marker in TEXT, in order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for m in _EMPHASIS.finditer(text):
        inner = display_inline(m.group(1))
        found.append((m.start(), m.end(), f"<em>{inner}</em>"))
    for rx in (_SUP_MARKER, _PLAIN_MARKER):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            digits = m.group(0).translate(_SUPERSCRIPTS)
            found.append((m.start(), m.end(), f'<sup class="fn" title="footnote {digits}">{digits}</sup>'))
    found.sort()
    return found


def display_inline(text: str) -> str:
    """Escaped text with markdown escapes dropped and footnote markers as superscripts (no emphasis:
    used inside an emphasis)."""
    out, pos = [], 0
    for m in _SUP_MARKER.finditer(text):
        out.append(_plain_html(text[pos : m.start()]))
        digits = m.group(0).translate(_SUPERSCRIPTS)
        out.append(f'<sup class="fn" title="footnote {digits}">{digits}</sup>')
        pos = m.end()
    out.append(_plain_html(text[pos:]))
    return "".join(out)


# -- context -------------------------------------------------------------------------------------

# The end of a sentence: . ! or ? (with closing quotes or brackets) and white space; or a blank line.
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹\d]*\s+(?=[A-Z“\"‘(\[*¹²³⁴⁵⁶⁷⁸⁹])|\n\s*\n")
MAX_CONTEXT = 400  # characters on each side at most: a long paragraph is cut with an ellipsis


@dataclass(frozen=True)
class Context:
    """A quote in its sentences: BEFORE + QUOTE + AFTER is a stretch of the document."""

    before: str
    quote: str
    after: str
    cut_before: bool  # the context was cut short of a sentence start
    cut_after: bool


def context(text: str, start: int, end: int, sentences: int = 1) -> Context:
    """The sentence(s) that hold TEXT[START:END], plus SENTENCES whole sentences before and after."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    starts = [0, *ends]
    # The sentence that holds START, then SENTENCES more before it.
    first = max(i for i, s in enumerate(starts) if s <= start)
    lo = starts[max(0, first - sentences)]
    # The sentence end after END, then SENTENCES more.
    later = [e for e in ends if e >= end]
    hi = later[min(sentences, len(later) - 1)] if later else len(text)
    cut_before = cut_after = False
    if start - lo > MAX_CONTEXT:
        lo, cut_before = start - MAX_CONTEXT, True
    if hi - end > MAX_CONTEXT:
        hi, cut_after = end + MAX_CONTEXT, True
    return Context(text[lo:start].lstrip(), text[start:end], text[end:hi].rstrip(), cut_before, cut_after)


def sentence_starts(text: str) -> list[int]:
    """The offsets where sentences begin in TEXT (after the first): anchors for search hits."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]

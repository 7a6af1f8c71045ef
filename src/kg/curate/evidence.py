"""Quotes and offsets: the rule that ties every assertion to the passage that states it.

Whitespace normalisation (documented in the README): a quote matches the document span
text[start:end] when both are equal after every run of Unicode whitespace is collapsed to one
space and leading/trailing whitespace is removed. Nothing else is normalised: curly quotes,
dashes, accents and footnote digits must be exactly as in the document. Offsets count Unicode
code points of the UTF-8-decoded document, end exclusive, as Python string slicing does and as
the W3C TextPositionSelector defines them.
"""

from __future__ import annotations

import bisect
import re

_WS = re.compile(r"\s+")


def normalise(s: str) -> str:
    return _WS.sub(" ", s).strip()


def quote_matches(text: str, start: int, end: int, quote: str) -> bool:
    if not (0 <= start < end <= len(text)):
        return False
    return normalise(text[start:end]) == normalise(quote)


class Locator:
    """Finds quotes in one document, whitespace-insensitively, returning original offsets."""

    def __init__(self, text: str):
        self.text = text
        parts: list[str] = []
        self._map: list[int] = []  # normalised index -> original index
        prev_ws = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if prev_ws:
                    continue
                prev_ws = True
                parts.append(" ")
            else:
                prev_ws = False
                parts.append(ch)
            self._map.append(i)
        self.norm = "".join(parts)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        q = normalise(quote)
        if not q:
            return []
        spans, pos = [], self.norm.find(q)
        while pos != -1:
            start = self._map[pos]
            last = self._map[pos + len(q) - 1]
            spans.append((start, last + 1))
            pos = self.norm.find(q, pos + 1)
        return spans

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset)

    def locate(self, quote: str, line_hint: int | None = None) -> tuple[int, int] | None:
        """The span of QUOTE; with several matches, the one nearest LINE_HINT (else the first)."""
        spans = self.find_all(quote)
        if not spans:
            return None
        if line_hint is None:
            return spans[0]
        return min(spans, key=lambda s: (abs(self.line_of(s[0]) - line_hint), s[0]))

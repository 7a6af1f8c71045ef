"""A bound on how deeply a query nests its brackets, checked before any parser reads it.

Both query engines parse recursively: 5,000 nested groups `{{{{...}}}}` make Oxigraph's parser
overflow the C stack and kill the process (a segmentation fault, not an exception), and
rdflib's parser runs out of Python stack after a few dozen levels. Real queries nest a handful of
levels, so a query deeper than MAX_NESTING is refused before it reaches either.

The measure errs upward: a closing bracket counts only outside strings, IRIs and comments,
read as Oxigraph reads them (escapes such as \u0022 are not expanded first, and do not end a
string), while an opening bracket inside one of those still counts towards the peak. A query
with many brackets inside a string may be refused; a closing bracket inside a string cannot
hide an opening one.
"""

from __future__ import annotations

import re
import threading

from kg.base.errors import EXIT_USAGE, KGError

MAX_NESTING = 64
_OPEN = frozenset("{([")
_CLOSE = frozenset("})]")


class TooDeep(KGError):
    exit_code = EXIT_USAGE


# What the scan stops at: a run of brackets, or what starts a comment, an IRI or a string; any other
# character neither opens nor closes anything.
_SPECIAL = re.compile(r"[{}()\[\]]+|[#<\"']")
_IRI_BODY = re.compile(r"[^<>\"{}|^`\x00-\x20]*")  # Oxigraph takes \u escapes in an IRI


def nesting_bound(text: str) -> int:
    """An upper bound of the bracket nesting depth of the SPARQL query TEXT."""
    depth = peak = 0
    n = len(text)
    m = _SPECIAL.search(text)
    while m is not None:
        i = m.start()
        c = text[i]
        if c in _OPEN or c in _CLOSE:
            for b in m.group():
                if b in _OPEN:
                    depth += 1
                    peak = max(peak, depth)
                else:
                    depth = max(0, depth - 1)
            m = _SPECIAL.search(text, m.end())
            continue
        if c == "#":  # a comment, to the end of the line
            j = _line_end(text, i + 1)
            peak = max(peak, depth + _openers(text, i + 1, j))
            m = _SPECIAL.search(text, j)
            continue
        if c == "<":  # an IRI, if what follows can be one; a less-than sign otherwise
            j = _IRI_BODY.match(text, i + 1).end()  # type: ignore[union-attr] - it matches the empty string
            if j < n and text[j] == ">":
                peak = max(peak, depth + _openers(text, i + 1, j))
                m = _SPECIAL.search(text, j + 1)
            else:
                m = _SPECIAL.search(text, i + 1)
            continue
        # a string: '...', "...", or a long one, three quotes each side
        quote = text[i : i + 3] if text[i : i + 3] == c * 3 else c
        j = i + len(quote)
        while j < n and not text.startswith(quote, j):
            if len(quote) == 1 and text[j] in "\r\n":
                break  # a short string ends at the line's end at the latest
            j += 2 if text[j] == "\\" else 1
        peak = max(peak, depth + _openers(text, i + 1, j))
        m = _SPECIAL.search(text, j + len(quote))
    return peak


def _line_end(text: str, i: int) -> int:
    """Where the line that holds text[i] ends (its first CR or LF), or the text's end."""
    ends = [j for j in (text.find("\r", i), text.find("\n", i)) if j >= 0]
    return min(ends) if ends else len(text)


def _openers(text: str, start: int, end: int) -> int:
    """Opening brackets in text[start:end]: inside a string, an IRI or a comment they cannot
    open anything, but counting them keeps the bound safe if this reading were wrong."""
    return text.count("{", start, end) + text.count("(", start, end) + text.count("[", start, end)


# The bounds of the last BOUNDS_KEPT texts of at most BOUND_MAX_CHARS: kg serve checks the same named
# query's text on every request.
BOUNDS_KEPT = 32
BOUND_MAX_CHARS = 32_768
_bounds: dict[str, int] = {}
_kept_lock = threading.Lock()


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """Refuse (exit 2) a query nested deeper than LIMIT brackets."""
    depth = _bounds.get(text)
    if depth is None:
        depth = nesting_bound(text)
        if len(text) <= BOUND_MAX_CHARS:
            with _kept_lock:  # kg serve's threads share the dict: insert and evict as one step
                _bounds[text] = depth
                while len(_bounds) > BOUNDS_KEPT:
                    del _bounds[next(iter(_bounds))]  # the oldest first
    if depth > limit:
        raise TooDeep(
            f"query nested {depth} brackets deep, over the limit of {limit} "
            "(the query engines parse recursively and would crash)"
        )

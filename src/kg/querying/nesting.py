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

from kg.base.errors import EXIT_USAGE, KGError

MAX_NESTING = 64
_OPEN = frozenset("{([")
_CLOSE = frozenset("})]")
_NOT_IN_IRI = frozenset('<>"{}|^`')  # and spaces; Oxigraph takes \u escapes in an IRI


class TooDeep(KGError):
    exit_code = EXIT_USAGE


def nesting_bound(text: str) -> int:
    """An upper bound of the bracket nesting depth of the SPARQL query TEXT."""
    depth = peak = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _OPEN:
            depth += 1
            peak = max(peak, depth)
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c == "#":  # a comment, to the end of the line
            j = _skip(text, i + 1, lambda k: text[k] in "\r\n")
            peak = max(peak, depth + _openers(text, i + 1, j))
            i = j
            continue
        elif c == "<":  # an IRI, if what follows can be one; a less-than sign otherwise
            j = i + 1
            while j < n and text[j] not in _NOT_IN_IRI and text[j] > " ":
                j += 1
            if j < n and text[j] == ">":
                peak = max(peak, depth + _openers(text, i + 1, j))
                i = j + 1
                continue
        elif c in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] == c * 3 else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                if len(quote) == 1 and text[j] in "\r\n":
                    break  # a short string ends at the line's end at the latest
                j += 2 if text[j] == "\\" else 1
            peak = max(peak, depth + _openers(text, i + 1, j))
            i = j + len(quote)
            continue
        i += 1
    return peak


def _skip(text: str, i: int, stop) -> int:  # noqa: ANN001 - a predicate on an index
    while i < len(text) and not stop(i):
        i += 1
    return i


def _openers(text: str, start: int, end: int) -> int:
    """Opening brackets in text[start:end]: inside a string, an IRI or a comment they cannot
    open anything, but counting them keeps the bound safe if this reading were wrong."""
    return sum(1 for c in text[start:end] if c in _OPEN)


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """Refuse (exit 2) a query nested deeper than LIMIT brackets."""
    depth = nesting_bound(text)
    if depth > limit:
        raise TooDeep(
            f"query nested {depth} brackets deep, over the limit of {limit} "
            "(the query engines parse recursively and would crash)"
        )

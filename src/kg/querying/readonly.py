"""Refuse anything but read-only queries: no SPARQL Update, no SERVICE (no outbound requests)."""

from __future__ import annotations

from typing import Any

from kg.querying.nesting import TooDeep, check_nesting
from kg.querying.store import QuerySyntaxError, ReadOnlyError

UPDATE_REFUSED = (
    "SPARQL Update is refused: the graph is read-only (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, "
    "ADD, MOVE and COPY are not allowed)"
)
SERVICE_REFUSED = "SERVICE is refused: queries may not make outbound requests"


def _walk(node: Any):
    """Every node of an rdflib parse tree (CompValue is a dict, ParseResults is iterable)."""
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from _walk(v)
    elif hasattr(node, "__iter__") and not isinstance(node, str | bytes):
        for v in node:
            yield from _walk(v)


def check_read_only(text: str) -> None:
    """Raise ReadOnlyError for updates and SERVICE, QuerySyntaxError (with position) for bad syntax,
    TooDeep for a query nested deeper than the parsers can read."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    check_nesting(text)
    try:
        tree = parseQuery(text)
    except RecursionError:  # rdflib's parser gives up a few dozen levels down
        raise TooDeep("query nested too deeply for the SPARQL parser (Python's recursion limit)") from None
    except ParseException as e:
        try:
            parseUpdate(text)
        except (ParseException, RecursionError):
            raise QuerySyntaxError(
                f"SPARQL syntax error at line {e.lineno}, column {e.col}: {e.msg}"
            ) from None
        raise ReadOnlyError(UPDATE_REFUSED) from None
    for node in _walk(tree):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise ReadOnlyError(SERVICE_REFUSED)

"""Querying the built graph: stores, named queries, lookups."""

from __future__ import annotations

from collections.abc import Callable

from kg.querying import store as _store


def _remote_spec(spec: str) -> tuple[str, Callable[[], _store.Backend]] | None:
    """--store sparql:URL (kg.querying.remote), imported only for such a spec: a local lookup loads
    none of it."""
    if not spec.startswith("sparql"):
        return None
    from kg.querying.remote import read_spec

    return read_spec(spec)


# Registers --store sparql:URL with kg.querying.store (which imports none of the kinds it can open).
_store.SPEC_READERS.append(_remote_spec)

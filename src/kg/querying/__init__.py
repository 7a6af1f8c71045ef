"""Querying the built graph: stores, named queries, lookups."""

# Registers --store sparql:URL with kg.querying.store (which imports none of the kinds it can open).
from kg.querying import remote as _remote  # noqa: F401

"""Resolve a name as a user types it ("gascon", "the FOP", an IRI) to one actor.

Matching is case-, accent- and punctuation-insensitive over labels and aliases (the one rule of
kg.base.folding) and their short forms ("Chicago FOP" for "Chicago Fraternal Order of Police"):
an exact match wins; otherwise a name that appears as whole words inside one
actor's label or alias. Several candidates make the name ambiguous, none gives "did you mean
...". Both are KGErrors (exit 1).

    index = NameIndex.from_graph(rdflib_graph)      # or NameIndex.from_backend(store)
    iri = resolve(index, "Gascon")
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.base.errors import KGError
from kg.base.folding import fold  # the one folding rule, shared with search (re-exported here)

ACTORS_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?label ?alias WHERE {
  ?x a ?type ; rdfs:label ?label .
  ?type rdfs:subClassOf* pk:Actor .
  OPTIONAL { ?x pk:alias ?alias }
}"""


# Bumped when what the index holds changes, so that an index kept beside a store by older code is
# not read (2: the short forms of names, below).
INDEX_VERSION = 2
CONNECTORS = {"of", "the", "and", "for", "&"}


def short_forms(name: str) -> list[str]:
    """The forms a name is also written in with its last words as initials: "Chicago Fraternal
    Order of Police" -> "CFOP", "Chicago FOP" (so "Chicago FOP" finds the Chicago lodge). Only
    capitalised words count, connectors are skipped, and a form has two initials or more."""
    words = name.split()
    out: list[str] = []
    for k in range(len(words)):
        tail = words[k:]
        if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in tail):
            continue
        initials = "".join(w[0] for w in tail if w.lower() not in CONNECTORS)
        if len(initials) >= 2 and tail[0].lower() not in CONNECTORS:
            out.append(" ".join([*words[:k], initials]))
    return out


class NameError_(KGError):  # noqa: N801 - avoid shadowing the builtin NameError
    """An unknown or ambiguous actor name."""


@dataclass
class NameIndex:
    labels: dict[str, str] = field(default_factory=dict)  # iri -> label
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # folded -> iris

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str | None]]) -> NameIndex:
        idx = cls()
        for iri, label, alias in rows:
            idx.labels[iri] = label
            for written in (label, alias) if alias else (label,):
                idx.names[fold(written)].add(iri)
                for short in short_forms(written):
                    idx.names[fold(short)].add(iri)
        return idx

    @classmethod
    def from_graph(cls, graph: Any) -> NameIndex:
        """From an rdflib Graph (or Dataset)."""
        rows = graph.query(ACTORS_QUERY)
        return cls.from_rows((str(x), str(lbl), str(a) if a is not None else None) for x, lbl, a in rows)

    @classmethod
    def from_backend(cls, backend: Any) -> NameIndex:
        """From a kg.querying.store Backend."""
        res = backend.query(ACTORS_QUERY)
        return cls.from_rows(
            (r["x"]["value"], r["label"]["value"], r["alias"]["value"] if "alias" in r else None)
            for r in res.rows
        )

    @classmethod
    def cached(cls, path: Path, build: Any) -> NameIndex:
        """The index kept in PATH (an SQLite file beside an on-disk store, for the graph it holds),
        else BUILD()'s, then kept there. Folding every name is most of a lookup's time on a large
        graph (57,000 names: 2.7 s), and reading them all back still 0.2 s: the kept index is read
        lazily, so that resolving a name as typed reads one row. A store's names cannot change
        until it is reloaded, which drops PATH with the rest of its cache."""
        import sqlite3

        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("SELECT 1 FROM done").fetchone()  # written last: the file is complete
            return cls(labels=_Table(db, "labels", str), names=_Table(db, "names", _iris))  # type: ignore[arg-type]
        except sqlite3.Error:
            pass
        idx = build()
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:  # a cache that cannot be written (read-only disk, permissions) is simply not used
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            with contextlib.closing(sqlite3.connect(tmp)) as db, db:
                db.execute("CREATE TABLE labels (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
                db.execute("CREATE TABLE names (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
                db.executemany("INSERT INTO labels VALUES (?, ?)", idx.labels.items())
                db.executemany(
                    "INSERT INTO names VALUES (?, ?)",
                    ((k, json.dumps(sorted(v))) for k, v in idx.names.items()),
                )
                db.execute("CREATE TABLE done (x)")
            os.replace(tmp, path)
        except (OSError, sqlite3.Error):
            tmp.unlink(missing_ok=True)
        return idx

    def candidates(self, name: str) -> list[str]:
        """Exact name; else the name as whole words inside one name; else every word of it
        somewhere among one actor's names ("Philadelphia FOP")."""
        key = fold(name)
        if not key:
            return []
        exact = self.names.get(key)
        if exact:
            return sorted(exact)
        pattern = re.compile(rf"(?:^| ){re.escape(key)}(?: |$)")
        hits = {iri for n, iris in self.names.items() if pattern.search(n) for iri in iris}
        if hits:
            return sorted(hits)
        words = set(key.split())
        return sorted(iri for iri, toks in self.tokens().items() if words <= toks)

    def tokens(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for n, iris in self.names.items():
            for iri in iris:
                out[iri].update(n.split())
        return out

    def suggestions(self, name: str, n: int = 3) -> list[str]:
        key = fold(name)
        import difflib  # only for a name that is not found (a lookup's start does without it)

        close = difflib.get_close_matches(key, list(self.names), n=n * 2, cutoff=0.6)
        out: list[str] = []
        for c in close:
            for iri in sorted(self.names[c]):
                label = self.labels[iri]
                if label not in out:
                    out.append(label)
        return out[:n]


def _iris(v: str) -> set[str]:
    return set(json.loads(v))


class _Table(Mapping[str, Any]):
    """A read-only mapping over one table of a kept name index (see NameIndex.cached): a key is
    one indexed read; iterating reads the whole table, as the in-memory index would."""

    def __init__(self, db: Any, table: str, decode: Any):
        assert table in ("labels", "names")  # the table's name is ours, never input
        self.db, self.table, self.decode = db, table, decode

    def __getitem__(self, key: str) -> Any:
        row = self.db.execute(f"SELECT v FROM {self.table} WHERE k = ?", (key,)).fetchone()  # noqa: S608 - see __init__
        if row is None:
            raise KeyError(key)
        return self.decode(row[0])

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self.db.execute(f"SELECT k FROM {self.table}"))  # noqa: S608 - see __init__

    def __len__(self) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {self.table}").fetchone()[0]  # noqa: S608 - see __init__

    def items(self) -> Any:  # one read of the table, not one per key
        return [(k, self.decode(v)) for k, v in self.db.execute(f"SELECT k, v FROM {self.table}")]  # noqa: S608 - see __init__


def resolve(index: NameIndex | Any, name: str) -> str:
    """The IRI of the one actor NAME refers to; KGError if none or several.

    INDEX is a NameIndex, or an rdflib Graph to build one from (build the index once and
    pass it when resolving many names)."""
    if not isinstance(index, NameIndex):
        index = NameIndex.from_graph(index)
    name = name.strip()
    if name in index.labels:  # already an IRI
        return name
    found = index.candidates(name)
    if len(found) == 1:
        return found[0]
    if not found:
        sugg = index.suggestions(name)
        hint = f"; did you mean {', '.join(repr(s) for s in sugg)}?" if sugg else ""
        raise NameError_(f"no actor called {name!r}{hint}")
    listed = "; ".join(f"{index.labels[i]} <{i}>" for i in found[:10])
    more = f" (and {len(found) - 10} more)" if len(found) > 10 else ""
    raise NameError_(f"{name!r} is ambiguous; it could be: {listed}{more}")

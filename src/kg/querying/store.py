"""Query backends behind one small interface: pyoxigraph (fast, the default for lookups) and
rdflib (in memory, the reference). Both take parameters as bound terms, never as query text.

Parameter binding: named queries use each parameter only in triple patterns and list it in the
SELECT projection. pyoxigraph binds by SEP-0007 substitution (which requires the projection),
rdflib by initBindings; written this way, both give the same rows. For Oxigraph, IRI parameters are
written into the query as constants (kg.querying.inline: SEP-0007's own definition, done on tokens), because
its planner ignores substituted values; literals always stay substitutions.

Stores (open_store): rdflib or Oxigraph in memory, or Oxigraph on disk, which reloads itself when
the graph file changed and keeps slow results (ResultCache) until then.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from kg.base.errors import EXIT_USAGE, KGError
from kg.querying.inline import Term
from kg.querying.nesting import check_nesting
from kg.querying.sandbox import EngineError, offline

# A term as in SPARQL 1.1 Query Results JSON: {"type": "uri"|"literal"|"bnode", "value": ...}

RESULT_FORMATS = ("json", "xml", "csv", "tsv")


class QuerySyntaxError(KGError):
    exit_code = 2


class ReadOnlyError(KGError):
    exit_code = 2


class NotAcceptable(KGError):
    """No result format the client accepts fits the query's result kind."""

    exit_code = EXIT_USAGE


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Formats for Backend.write: SPARQL results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE.
WRITE_FORMATS = {"select": RESULT_FORMATS, "ask": RESULT_FORMATS, "graph": ("ttl", "nt", "xml", "jsonld")}


@dataclass
class Written:
    """A serialised result, at most MAX_ROWS rows (or triples) of it."""

    kind: str  # "select", "ask" or "graph"
    fmt: str  # a key of WRITE_FORMATS[kind]
    data: bytes
    count: int  # rows or triples written
    truncated: bool  # the result had more than max_rows


def select_bytes(vars_: list[str], rows: list[dict[str, Term]], fmt: str) -> bytes:
    """SPARQL results in FMT from JSON-form rows: JSON directly, the others with pyoxigraph's writers
    (so every backend shares one set of writers when a result is cut to a row limit)."""
    doc = {"head": {"vars": vars_}, "results": {"bindings": rows}}
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return data
    import pyoxigraph as ox

    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=_ox_results_format(fmt))


def _ox_results_format(fmt: str):
    import pyoxigraph as ox

    return {
        "json": ox.QueryResultsFormat.JSON,
        "xml": ox.QueryResultsFormat.XML,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }[fmt]


def _ox_rdf_format(path_or_fmt: str):
    """pyoxigraph's RdfFormat for a file suffix (.nt, .nq, .trig, else Turtle) or a write format."""
    import pyoxigraph as ox

    return {
        ".nt": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
        ".nq": ox.RdfFormat.N_QUADS,
        ".trig": ox.RdfFormat.TRIG,
        "xml": ox.RdfFormat.RDF_XML,
        "jsonld": ox.RdfFormat.JSON_LD,
    }.get(path_or_fmt, ox.RdfFormat.TURTLE)  # fmt: skip


@dataclass
class Result:
    """What a query returned, in backend-neutral form."""

    kind: str  # "select", "ask" or "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    ntriples: str = ""
    total: int | None = None  # a paged named query's row count in all (kg.querying.queries)

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {"head": {"vars": self.vars}, "results": {"bindings": self.rows}}

    def values(self) -> list[dict[str, str | None]]:
        return [{v: (r[v]["value"] if v in r else None) for v in self.vars} for r in self.rows]


class Backend(ABC):
    """A store that answers read-only SPARQL. Every query runs through kg.querying.sandbox: in a
    thread that cannot open network connections, at most `timeout` seconds (None: no limit)."""

    name: str
    timeout: float | None = None

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        check_nesting(sparql)  # deep nesting crashes the engines' parsers (kg.querying.nesting)
        return offline(self._query, sparql, bindings, text=sparql, timeout=self.timeout)

    def write(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None = None,
        bindings: dict[str, Term] | None = None,
    ) -> Written:
        """Run SPARQL and serialise at most MAX_ROWS rows (or triples) of its result. PICK maps the
        result kind ("select", "ask", "graph") to a format of WRITE_FORMATS, or raises NotAcceptable;
        it is called once the kind is known, so that content negotiation can depend on it."""
        check_nesting(sparql)
        return offline(self._write, sparql, pick, max_rows, bindings, text=sparql, timeout=self.timeout)

    # The engine's side, run in the query thread: evaluation and reading the results both happen
    # there, since an engine may send a SERVICE request lazily, while results are read.
    @abstractmethod
    def _query(self, sparql: str, bindings: dict[str, Term] | None) -> Result: ...

    @abstractmethod
    def _write(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None,
        bindings: dict[str, Term] | None,
    ) -> Written: ...


# --- pyoxigraph -------------------------------------------------------------------------------


def _ox_term(t: Term):
    import pyoxigraph as ox

    if t["type"] == "uri":
        return ox.NamedNode(t["value"])
    if t["type"] == "bnode":
        return ox.BlankNode(t["value"])
    if "xml:lang" in t:
        return ox.Literal(t["value"], language=t["xml:lang"])
    if "datatype" in t:
        return ox.Literal(t["value"], datatype=ox.NamedNode(t["datatype"]))
    return ox.Literal(t["value"])


class OxigraphBackend(Backend):
    name = "oxigraph"

    def __init__(self, store: Any, cache: ResultCache | None = None):
        self._store = store  # a pyoxigraph.Store, or an _Opening one (see the property)
        self.cache = cache  # set for an up-to-date persistent store (see ResultCache)
        self._text_index: Any = None  # kg.querying.textindex.TextIndex, opened or built when first needed

    @property
    def store(self) -> Any:
        """The pyoxigraph.Store (waits for it if it is still being opened)."""
        if isinstance(self._store, _Opening):
            self._store = self._store.result()
        return self._store

    @store.setter
    def store(self, value: Any) -> None:
        self._store = value

    @classmethod
    def from_file(cls, path: Path) -> OxigraphBackend:
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=str(path), format=_ox_rdf_format(path.suffix))
        return cls(store)

    def text_index(self) -> Any:
        """The search keys' text index (kg.querying.textindex): kept beside an on-disk store, built in
        memory for a store in memory. Run in the query thread (it reads the store)."""
        if self._text_index is None:
            from kg.querying.textindex import INDEX_VERSION, KEYS_QUERY, LABELS_QUERY, ORDERS_QUERY, TextIndex

            def rows() -> Iterator[tuple[str, str, str]]:
                for sol in self.store.query(KEYS_QUERY, use_default_graph_as_union=True):
                    yield sol["s"].value, sol["p"].value, sol["key"].value

            def orders() -> Iterator[tuple[str, str, bool]]:
                for sol in self.store.query(ORDERS_QUERY, use_default_graph_as_union=True):
                    plain = sol["plain"]
                    yield sol["s"].value, sol["order"].value, plain is not None and plain.value == "true"

            def labels() -> Iterator[tuple[str, int]]:
                for sol in self.store.query(LABELS_QUERY, use_default_graph_as_union=True):
                    yield sol["s"].value, int(sol["n"].value)

            if self.cache is not None:
                path = self.cache.folder / f"search-{INDEX_VERSION}.sqlite"
                self._text_index = TextIndex.kept(path, rows, orders, labels)
            else:
                self._text_index = TextIndex.build(rows(), orders=orders(), labels=labels())
        return self._text_index

    def prepare_text_index(self) -> None:
        """Open or build the text index now (kg serve does, before its workers open it read-only)."""
        offline(self.text_index, timeout=None)

    def _run(self, sparql: str, bindings: dict[str, Term] | None):
        import pyoxigraph as ox

        if bindings is not None and "if bound:" in sparql:
            from kg.querying.ifbound import drop_unbound

            # A named query's patterns needed only for a bound parameter, left out when it is not
            # (kg.querying.ifbound); None: the query runs as written. Only a query run with bindings
            # (a named query's, though they may be empty), never an ad-hoc query's text.
            sparql = drop_unbound(sparql, bindings) or sparql
        if bindings:
            from kg.querying.textindex import apply_index

            # A named query's `# text index:` lines become VALUES of the subjects its text index finds
            # (kg.querying.textindex); None: the query runs as written.
            sparql = apply_index(sparql, bindings, self.text_index) or sparql
            from kg.querying.inline import inline_iris

            # IRIs written in as constants let the planner use them (see kg.querying.inline); literals stay
            # substitutions. A rewrite that does not parse falls back to plain substitutions.
            rewritten = inline_iris(sparql, bindings)
            if rewritten is not None:
                text, rest = rewritten
                subs = {ox.Variable(k): _ox_term(v) for k, v in rest.items()}
                try:
                    return self.store.query(text, substitutions=subs or None, use_default_graph_as_union=True)
                except SyntaxError:
                    pass
        try:
            subs = {ox.Variable(k): _ox_term(v) for k, v in (bindings or {}).items()}
        except ValueError as e:  # e.g. an IRI that is not one
            raise KGError(f"invalid parameter value: {e}") from None
        try:
            return self.store.query(sparql, substitutions=subs or None, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QuerySyntaxError(f"SPARQL syntax error: {e}") from None
        except RuntimeError as e:
            raise KGError(f"query failed: {e}") from None

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        if self.cache is None:
            return super().query(sparql, bindings)
        hit = self.cache.get(sparql, bindings)
        if hit is not None:
            return hit
        t0 = time.perf_counter()
        result = super().query(sparql, bindings)
        self.cache.put(sparql, bindings, result, time.perf_counter() - t0)
        return result

    def _query(self, sparql: str, bindings: dict[str, Term] | None) -> Result:
        import pyoxigraph as ox

        if bindings and "search's total" in sparql:
            from kg.querying.textindex import search_total

            # search's total counted by its text index, without the engine (kg.querying.textindex);
            # None: the query runs. The rows are those the engine gives: none for no hit (GROUP BY).
            total = search_total(sparql, bindings, self.text_index)
            if total is not None:
                count = {"type": "literal", "value": str(total), "datatype": XSD_INTEGER}
                rows = [{"text": bindings["text"], "total": count}] if total else []
                return Result("select", vars=["text", "total"], rows=rows)
        res = self._run(sparql, bindings)
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            nt = res.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            return Result("graph", ntriples=nt)
        data = json.loads(res.serialize(format=ox.QueryResultsFormat.JSON))
        return Result("select", vars=data["head"]["vars"], rows=data["results"]["bindings"])

    def _write(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None,
        bindings: dict[str, Term] | None,
    ) -> Written:
        import pyoxigraph as ox

        res = self._run(sparql, bindings)
        if isinstance(res, ox.QueryBoolean):
            fmt = pick("ask")
            return Written("ask", fmt, res.serialize(format=_ox_results_format(fmt)), 1, False)
        if isinstance(res, ox.QueryTriples):
            fmt = pick("graph")
            triples, truncated = _take(res, max_rows)
            data = ox.serialize(triples, format=_ox_rdf_format(fmt))
            return Written("graph", fmt, data, len(triples), truncated)
        fmt = pick("select")
        vars_ = [v.value for v in res.variables]
        sols, truncated = _take(res, max_rows)
        rows = [{v: _ox_json(t) for v, t in zip(vars_, sol, strict=True) if t is not None} for sol in sols]
        return Written("select", fmt, select_bytes(vars_, rows, fmt), len(rows), truncated)


def _take(items: Iterable[Any], max_rows: int | None) -> tuple[list[Any], bool]:
    """The first MAX_ROWS items, and whether there were more (reads one past the limit, no further)."""
    if max_rows is None:
        return list(items), False
    got = list(islice(items, max_rows + 1))
    return got[:max_rows], len(got) > max_rows


def _ox_json(t: Any) -> Term | dict[str, Any]:
    """A pyoxigraph term as a SPARQL 1.1 Results JSON term (RDF 1.2 triple terms as type "triple")."""
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.Literal):
        if t.language:
            return {"type": "literal", "value": t.value, "xml:lang": t.language}
        dt = t.datatype.value
        return (
            {"type": "literal", "value": t.value}
            if dt == XSD_STRING
            else {"type": "literal", "value": t.value, "datatype": dt}
        )
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    return {
        "type": "triple",
        "value": {
            "subject": _ox_json(t.subject),
            "predicate": _ox_json(t.predicate),
            "object": _ox_json(t.object),
        },
    }


# --- rdflib -------------------------------------------------------------------------------------


def _rdflib_term(t: Term):
    from rdflib import BNode, Literal, URIRef

    if t["type"] == "uri":
        return URIRef(t["value"])
    if t["type"] == "bnode":
        return BNode(t["value"])
    return Literal(t["value"], lang=t.get("xml:lang"), datatype=t.get("datatype"))


class RdflibBackend(Backend):
    name = "memory"

    def __init__(self, graph: Any):
        import rdflib.plugins.sparql

        # FROM / FROM NAMED name graphs of the store; rdflib would otherwise fetch them from the Web.
        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
        self.graph = graph

    @classmethod
    def from_file(cls, path: Path) -> RdflibBackend:
        from rdflib import Dataset, Graph

        if path.suffix == ".trig":
            ds = Dataset(default_union=True)
            ds.parse(path, format="trig")
            return cls(ds)
        return cls(Graph().parse(path, format="nt" if path.suffix == ".nt" else "turtle"))

    def _run(self, sparql: str, bindings: dict[str, Term] | None):
        from pyparsing import ParseException

        init = {k: _rdflib_term(v) for k, v in (bindings or {}).items()}
        try:
            res = self.graph.query(sparql, initBindings=init)
            if res.type == "SELECT":
                res.bindings  # noqa: B018 - rdflib evaluates lazily; errors must surface in this try
            return res
        except ParseException as e:
            raise QuerySyntaxError(
                f"SPARQL syntax error at line {e.lineno}, column {e.col}: {e.msg}"
            ) from None
        except Exception as e:  # rdflib raises bare exceptions for evaluation errors
            raise KGError(f"query failed: {e}") from None

    def _query(self, sparql: str, bindings: dict[str, Term] | None) -> Result:
        with _rdflib_errors():
            return self._read(sparql, bindings)

    def _write(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None,
        bindings: dict[str, Term] | None,
    ) -> Written:
        with _rdflib_errors():
            return self._serialise(sparql, pick, max_rows, bindings)

    def _read(self, sparql: str, bindings: dict[str, Term] | None) -> Result:
        res = self._run(sparql, bindings)
        if res.type == "ASK":
            return Result("ask", boolean=bool(res.askAnswer))
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            return Result("graph", ntriples=res.graph.serialize(format="nt"))
        data = json.loads(res.serialize(format="json"))
        return Result("select", vars=data["head"]["vars"], rows=data["results"]["bindings"])

    def _serialise(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None,
        bindings: dict[str, Term] | None,
    ) -> Written:
        res = self._run(sparql, bindings)
        if res.type == "ASK":
            fmt = pick("ask")
            return Written("ask", fmt, self._ask_bytes(bool(res.askAnswer), fmt), 1, False)
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            from rdflib import Graph

            fmt = pick("graph")
            triples, truncated = _take(res.graph, max_rows)
            g = Graph()
            for t in triples:
                g.add(t)
            rdflib_fmt = {"ttl": "turtle", "nt": "nt", "xml": "xml", "jsonld": "json-ld"}[fmt]
            data = g.serialize(format=rdflib_fmt).encode("utf-8")
            return Written("graph", fmt, data, len(triples), truncated)
        fmt = pick("select")
        vars_ = [str(v) for v in res.vars]
        sols, truncated = _take(res, max_rows)
        rows = [
            {v: _rdflib_json(t) for v, t in zip(vars_, sol, strict=True) if t is not None} for sol in sols
        ]
        return Written("select", fmt, select_bytes(vars_, rows, fmt), len(rows), truncated)

    @staticmethod
    def _ask_bytes(answer: bool, fmt: str) -> bytes:
        import pyoxigraph as ox

        data = json.dumps({"head": {}, "boolean": answer}).encode()
        if fmt == "json":
            return data
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(
            format=_ox_results_format(fmt)
        )


@contextmanager
def _rdflib_errors() -> Iterator[None]:
    """rdflib evaluates lazily, while results are read, and raises bare exceptions (ValueError,
    URLError, ...) for evaluation errors: each becomes one KGError line."""
    try:
        yield
    except KGError:
        raise
    except Exception as e:  # noqa: BLE001 - see above
        raise EngineError(str(e)) from None


def _rdflib_json(t: Any) -> Term:
    from rdflib import BNode, Literal

    if isinstance(t, Literal):
        if t.language:
            return {"type": "literal", "value": str(t), "xml:lang": t.language}
        if t.datatype is not None and str(t.datatype) not in (XSD_STRING, RDF_LANG_STRING):
            return {"type": "literal", "value": str(t), "datatype": str(t.datatype)}
        return {"type": "literal", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    return {"type": "uri", "value": str(t)}


STORE_SPECS = "memory, oxigraph, oxigraph:PATH, sparql:URL or sparql+graphs:URL"


# Stores of other kinds register a reader of their specs here, so that this module imports none of
# theirs (kg.querying.remote: sparql:URL, registered when kg.querying is imported). A reader returns
# (kind, a function that opens the store) for a spec it knows, None for others.
SPEC_READERS: list[Callable[[str], tuple[str, Callable[[], Backend]] | None]] = []


def _registered(spec: str) -> tuple[str, Callable[[], Backend]] | None:
    return next((got for read in SPEC_READERS if (got := read(spec)) is not None), None)


def parse_spec(spec: str) -> tuple[str, Path | None]:
    """('memory'|'oxigraph', None), ('oxigraph', PATH), or (KIND, None) for a registered kind (a
    remote store: 'sparql') for a --store spec; KGError if unknown."""
    if spec in ("memory", "oxigraph"):
        return spec, None
    registered = _registered(spec)
    if registered is not None:
        return registered[0], None
    if spec.startswith("oxigraph:") and spec[len("oxigraph:") :].strip():
        path = Path(spec[len("oxigraph:") :]).expanduser()
        if path.exists() and not path.is_dir():
            raise KGError(f"--store {spec}: {path} is not a folder (an on-disk store is a folder)")
        return "oxigraph", path
    raise KGError(f"unknown store {spec!r}: use {STORE_SPECS}")


def open_store(spec: str, graph_file: Path, read_only: bool = True, background: bool = False) -> Backend:
    """A backend from a --store spec: 'oxigraph' (in memory, default), 'memory' (rdflib),
    or 'oxigraph:PATH' (persistent on disk; (re)loaded from GRAPH_FILE when that changed; with
    BACKGROUND an up-to-date one is opened in a thread, see open_persistent), or 'sparql:URL' /
    'sparql+graphs:URL' (a remote endpoint; GRAPH_FILE is not read)."""
    registered = _registered(spec)
    if registered is not None:
        return registered[1]()
    kind, path = parse_spec(spec)
    if kind == "memory":
        return RdflibBackend.from_file(graph_file)
    if path is None:
        return OxigraphBackend.from_file(graph_file)
    return open_persistent(path, graph_file, read_only=read_only, background=background)


# --- persistent Oxigraph store ------------------------------------------------------------------
# The store remembers which file it was loaded from in STAMP, a small JSON file inside its directory
# (RocksDB ignores files it did not create). A changed size or mtime triggers a hash; a changed hash
# triggers a reload, so `kg build` followed by any query command serves the new graph.

STAMP = "kg-loaded.json"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)  # the GIL released (hashlib, for more than 2 KiB)
    return h.hexdigest()


class _Hashing:
    """_sha256(PATH) in a thread of its own: the load's compaction runs on one core, and the file's
    hash (~0.4 s at 1M triples) takes the other meanwhile (bench/RESULTS.md, issue 17, tenth pass)."""

    def __init__(self, path: Path):
        self._path = path
        self._digest: str | None = None
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="kg-hash")
        self._thread.start()

    def _run(self) -> None:
        try:
            self._digest = _sha256(self._path)
        except OSError as e:
            self._error = e

    def result(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._digest is not None
        return self._digest


LINE_FORMATS = (".nt", ".nq")  # one statement per line: a file can be cut at any line's end
PART_BYTES = 128 << 20  # at most this much of the file in memory per loading thread


def _load_in_parts(store: Any, graph_file: Path) -> bool:
    """Bulk-load an N-Triples or N-Quads file without blank nodes in parts cut at line ends, one
    thread per core: pyoxigraph's bulk loader parses, sorts and writes on one thread (~100k triples/s
    to disk, about twice that on 2 cores in parts). False, having loaded nothing whole, if the format
    is not line-based, there is one core, a part failed or a part holds `_:` (in N-Triples every
    blank node is written so, and its label is scoped to what one load parses; the text may also
    occur in a literal or an IRI, which only makes the answer cautious): the caller then loads the
    file at once, whose error (if any) names the file's own line."""
    threads = min(os.cpu_count() or 1, 8)
    if graph_file.suffix not in LINE_FORMATS or threads < 2:
        return False
    size = graph_file.stat().st_size
    count = max(threads, -(-size // PART_BYTES))
    cuts = [0]
    with graph_file.open("rb") as fh:
        for i in range(1, count):
            fh.seek(max(size * i // count, cuts[-1]))
            fh.readline()  # to the end of the line the cut falls in
            cuts.append(min(fh.tell(), size))
    cuts.append(size)
    todo = list(zip(cuts, cuts[1:], strict=False))
    lock, failed = threading.Lock(), []
    fmt = _ox_rdf_format(graph_file.suffix)
    blank = b"_:"

    def work() -> None:
        while not failed:
            with lock:
                if not todo:
                    return
                start, end = todo.pop(0)
            try:
                with graph_file.open("rb") as fh:
                    fh.seek(start)
                    data = fh.read(end - start)
                if blank in data:  # a part starts at a line's start: `_:` cannot straddle two
                    failed.append(blank)
                    return
                store.bulk_load(input=data, format=fmt)  # the GIL released
            except (SyntaxError, OSError, ValueError) as e:
                failed.append(e)

    workers = [threading.Thread(target=work, name="kg-load") for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return not failed


def _read_stamp(db: Path) -> dict[str, Any]:
    try:
        return json.loads((db / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _identity(graph_file: Path) -> dict[str, Any]:
    st = graph_file.stat()
    return {"file": str(graph_file.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def store_status(db: Path, graph_file: Path) -> str:
    """'fresh' (loaded from this file as it is now), 'touched' (same content, new mtime) or 'stale'."""
    stamp = _read_stamp(db)
    if not stamp:
        return "stale"
    ident = _identity(graph_file)
    if all(stamp.get(k) == v for k, v in ident.items()):
        return "fresh"
    return "touched" if stamp.get("sha256") == _sha256(graph_file) else "stale"


def _open_rw(db: Path):
    import pyoxigraph as ox

    db.mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(db))
    except OSError as e:
        if "lock" in str(e).lower():
            raise KGError(
                f"store {db} is in use by another process that writes to it; try again when it is done"
            ) from None
        raise KGError(f"cannot open store {db}: {e}") from None


def sync_persistent(db: Path, graph_file: Path) -> str:
    """Make the store at DB hold GRAPH_FILE, (re)loading it if needed. Returns what was done:
    'fresh' (nothing), 'touched' (stamp updated) or 'loaded'."""
    status = store_status(db, graph_file)
    if status == "fresh":
        return status
    store = _open_rw(db)
    try:
        _sync_open(store, db, graph_file, status)
    finally:
        del store  # release the RocksDB lock
    return "loaded" if status == "stale" else status


def _sync_open(store: Any, db: Path, graph_file: Path, status: str) -> None:
    ident = _identity(graph_file)
    if status == "stale":
        # Drop the stamp first: a load that dies half-way must not look complete next time.
        (db / STAMP).unlink(missing_ok=True)
        shutil.rmtree(db / ResultCache.DIR, ignore_errors=True)
        store.clear()
        if not _load_in_parts(store, graph_file):
            store.clear()  # whatever parts were loaded
            store.bulk_load(path=str(graph_file), format=_ox_rdf_format(graph_file.suffix))
        store.flush()
        hashing = _Hashing(graph_file)
        # Compacted once, now: RocksDB would otherwise compact the bulk loader's files in the
        # background of the first queries (or never, in a store only opened read-only after), and
        # every read of the store is slower until then (20-50% at 1M triples: bench/RESULTS.md,
        # issue 17, eighth pass). The file is hashed meanwhile, on the other core.
        store.optimize()
        sha256 = hashing.result()
        if _identity(graph_file) != ident:
            return  # the file changed while it was loaded: no stamp, so the next open loads it again
    else:
        sha256 = _sha256(graph_file)
    stamp = {**ident, "sha256": sha256}
    tmp = db / f"{STAMP}.tmp"
    tmp.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    os.replace(tmp, db / STAMP)


class _Opening:
    """Store.read_only(DB) running in a thread of its own. RocksDB's open takes ~35 ms at 1M triples,
    mostly waiting with the GIL released: a lookup's imports, name index and sandboxed query thread
    get ready meanwhile (bench/RESULTS.md, issue 17, eighth pass). A failure is raised where the store
    is first used, as the same one-line error."""

    def __init__(self, db: Path):
        self.db = db
        self._store: Any = None
        self._error: OSError | None = None
        # Not a daemon: a command that ends before it needs the store (a name not found) waits for
        # the open to finish instead of exiting with RocksDB half-way through it.
        self._thread = threading.Thread(target=self._open, name="kg-open-store")
        self._thread.start()

    def _open(self) -> None:
        import pyoxigraph as ox

        try:
            self._store = ox.Store.read_only(str(self.db))
        except OSError as e:
            self._error = e

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise KGError(f"cannot open store {self.db}: {self._error}")
        return self._store


def open_persistent(
    db: Path, graph_file: Path, read_only: bool = True, background: bool = False
) -> OxigraphBackend:
    """The on-disk store at DB, loaded from GRAPH_FILE. When it is already up to date it is opened
    read-only, which takes no lock, so that many processes (kg serve's workers, lookups) share it;
    with BACKGROUND, in a thread, while the caller goes on (the store is waited for when first used)."""
    import pyoxigraph as ox

    status = store_status(db, graph_file)
    if status == "fresh" and read_only and background:
        return OxigraphBackend(_Opening(db), ResultCache.for_store(db))
    if status == "fresh" and read_only:
        try:
            store = ox.Store.read_only(str(db))
        except OSError as e:
            raise KGError(f"cannot open store {db}: {e}") from None
    else:
        store = _open_rw(db)
        if status != "fresh":
            _sync_open(store, db, graph_file, status)
    return OxigraphBackend(store, ResultCache.for_store(db))


class ResultCache:
    """Results of slow queries on a persistent store, kept beside it and keyed by the loaded graph's
    SHA-256, the query text and its bindings: over data that cannot change, a deterministic query's
    answer cannot either. It serves what every lookup asks first, e.g. the name index (all actors
    with their labels and aliases), which takes seconds on a 1M-triple store. Queries that use NOW,
    RAND, UUID, STRUUID or BNODE are never kept; a reload of the store drops the cache."""

    DIR = "kg-cache"
    MIN_SECONDS = 0.2  # faster queries are not worth a file
    MAX_FILES = 64  # the least recently used go first
    _NONDETERMINISTIC = re.compile(r"\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)

    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def for_store(cls, db: Path) -> ResultCache | None:
        sha = _read_stamp(db).get("sha256")
        return cls(db / cls.DIR / sha[:16]) if sha else None

    def _file(self, sparql: str, bindings: dict[str, Term] | None) -> Path:
        key = json.dumps([sparql, bindings or {}], sort_keys=True).encode("utf-8")
        return self.folder / f"{hashlib.sha256(key).hexdigest()[:32]}.json"

    def get(self, sparql: str, bindings: dict[str, Term] | None) -> Result | None:
        f = self._file(sparql, bindings)
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            os.utime(f)  # recently used
            return Result(**data)
        except (OSError, ValueError, TypeError):  # TypeError: a file of another version's Result
            return None

    def put(self, sparql: str, bindings: dict[str, Term] | None, result: Result, seconds: float) -> None:
        if seconds < self.MIN_SECONDS or self._NONDETERMINISTIC.search(sparql):
            return
        f = self._file(sparql, bindings)
        try:  # a cache that cannot be written (read-only disk, permissions) is simply not used
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = f.with_suffix(f".{os.getpid()}.tmp")
            # Result.total is set by the caller of a paged query, never here: not kept (and a file
            # without it is one an earlier version can read too).
            data = {k: v for k, v in result.__dict__.items() if k != "total"}
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, f)
            files = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
            for old in files[: max(0, len(files) - self.MAX_FILES)]:
                old.unlink(missing_ok=True)
        except OSError:
            pass

"""The worker process: it owns one open store and answers requests from the pool over a pipe.

Neither pyoxigraph nor rdflib can interrupt a running query from Python, so each query runs in a
worker that the pool simply kills (SIGKILL) when the query runs over its time. That is why all the
work of a request (read-only check, query, serialisation) happens here and not in the server.

Requests and replies are plain tuples (they are pickled across the pipe):

    ("query", text, accept, format_param, max_rows)
        -> ("ok", kind, fmt, content_type, data, count, truncated, None) | ("error", status, message)
    ("named", named_query, values, include_candidates, accept, format_param, max_rows)
        -> as for "query"  (named_query: a kg.querying.queries.NamedQuery; values: as a user types
           them), the last item being the total row count of a paged listing
    ("page", kind, arg, project_root)
        -> ("page", status, content_type, body, headers) | ("error", status, message)  (kg.serve.pages)
"""

from __future__ import annotations

import os
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Reply = tuple[Any, ...]


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this worker if the server dies, so that no orphan keeps running a query."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe's EOF still ends an idle worker
        pass


def _limit_memory(megabytes: int | None) -> None:
    """Cap the address space. Over it, the Rust engine aborts (the pool sees SIGABRT) and Python
    raises MemoryError (main answers 503); either way the query gets 503 and the worker is replaced."""
    # A failed allocation ends the engine with one line on stderr, not a backtrace.
    os.environ["RUST_BACKTRACE"] = "0"
    if megabytes:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _over_memory(megabytes: int | None) -> Reply:
    limit = f"the {megabytes} MB" if megabytes else "the"
    return ("error", 503, f"query stopped: it needed more than {limit} memory a worker may use")


def open_backend(spec: str, graph_file: Path):
    """The store for a worker. A persistent store is opened read-only (kg serve loaded it before
    starting the workers), so that all workers share it without a lock."""
    from kg.querying.store import open_store

    backend = open_store(spec, graph_file, read_only=True)  # it never fetches FROM graphs (kg.querying.store)
    if backend.name == "memory":
        # rdflib logs a traceback for each ill-typed literal ("x"^^xsd:int) it meets; it is data.
        import logging

        logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    return backend


def run_query(
    backend: Any,
    text: str,
    accept: str | None,
    fmt_param: str | None,
    max_rows: int | None,
    bindings: dict[str, Any] | None = None,
) -> Reply:
    from kg.base.errors import KGError
    from kg.querying.readonly import check_read_only
    from kg.querying.sandbox import EngineError, NetworkRefused, may_name_service
    from kg.querying.store import NotAcceptable, QuerySyntaxError, ReadOnlyError
    from kg.serve.negotiate import content_type, pick_format

    picked: list[str] = []

    def pick(kind: str) -> str:
        picked.append(pick_format(kind, accept, fmt_param))
        return picked[-1]

    try:
        if may_name_service(text):
            check_read_only(text)
        w = backend.write(text, pick, max_rows, bindings)
    except (ReadOnlyError, NetworkRefused) as e:  # NetworkRefused: the sandbox stopped a request
        return ("error", 403, str(e))
    except QuerySyntaxError as e:
        return ("error", *_classify_syntax_error(text, e))
    except NotAcceptable as e:
        return ("error", 406, str(e))
    except EngineError as e:  # the engine's own error (kg.querying.sandbox), mostly from writing
        if picked:  # the format was chosen: writing the result in it failed (say, RDF 1.2 as JSON-LD)
            return ("error", 406, f"the result cannot be written as {picked[-1]}: {e.detail}")
        return ("error", 400, str(e))
    except KGError as e:
        return ("error", 400, str(e))
    except (OSError, ValueError, RuntimeError) as e:  # raised outside the engine's thread
        return ("error", 400, f"query failed: {e}")
    return ("ok", w.kind, w.fmt, content_type(w.kind, w.fmt), w.data, w.count, w.truncated, None)


class Named:
    """Named queries with parameters typed as a user types them ("Krasner"), bound exactly as
    `kg query` binds them (as terms, SEP-0007), never pasted into the text."""

    def __init__(self, backend: Any):
        from kg.querying.queries import Resolver

        self.backend = backend
        self.resolver = Resolver(backend)  # its name index is built on first use, then kept

    def __call__(
        self,
        nq: Any,
        values: dict[str, str],
        candidates: bool,
        accept: str | None,
        fmt_param: str | None,
        max_rows: int | None,
    ) -> Reply:
        from kg.base.errors import KGError
        from kg.querying.names import NameError_
        from kg.querying.queries import bindings_for, count_total, page_text, page_total, split_page

        try:
            values, page = split_page(nq, values)
            bindings = bindings_for(nq, values, self.resolver, include_candidates=candidates)
        except NameError_ as e:
            return ("error", 404, str(e))
        except KGError as e:
            return ("error", 400, str(e))
        reply = run_query(self.backend, page_text(nq, page), accept, fmt_param, max_rows, bindings)
        if reply[0] != "ok" or page is None:
            return reply
        try:
            # (a page the server's row limit cut says nothing of the total: it is counted)
            truncated, shown = reply[6], reply[5]
            total = (
                count_total(self.backend, nq, bindings)
                if truncated
                else page_total(self.backend, nq, bindings, page, shown)
            )
        except KGError as e:
            return ("error", 400, str(e))
        return (*reply[:-1], total)


def _classify_syntax_error(text: str, err: Exception) -> tuple[int, str]:
    """The engine could not parse TEXT: say whether it is an update (refused, 403) or bad syntax
    (400, with rdflib's line and column when rdflib also fails to parse it)."""
    from kg.querying.readonly import check_read_only
    from kg.querying.store import QuerySyntaxError, ReadOnlyError

    try:
        check_read_only(text)
    except ReadOnlyError as e:
        return 403, str(e)
    except QuerySyntaxError as e:
        return 400, str(e)
    return 400, str(err)


def main(conn: Connection, spec: str, graph_file: str, memory_mb: int | None) -> None:
    """The worker's loop: load, say ready, then answer one request at a time until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    _die_with_parent()
    _limit_memory(memory_mb)
    try:
        from kg.serve.pages import Pages

        backend = open_backend(spec, Path(graph_file))
        named = Named(backend)
        pages = Pages(backend)
    except Exception as e:  # noqa: BLE001 - any failure to load is reported to the server, which exits
        conn.send(("failed", str(e)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if req[0] == "query":
                reply = run_query(backend, *req[1:])
            elif req[0] == "named":
                reply = named(*req[1:])
            elif req[0] == "page":
                reply = pages(*req[1:])
            else:
                reply = ("error", 500, f"unknown request {req[0]!r}")
        except MemoryError:  # the pool replaces a worker that answers 503
            reply = _over_memory(memory_mb)
        except Exception as e:  # noqa: BLE001 - an engine bug must cost one request, not the worker
            reply = ("error", 500, f"{type(e).__name__}: {e}")
        conn.send(reply)

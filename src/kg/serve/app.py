"""The HTTP side of `kg serve`: a SPARQL 1.1 Protocol endpoint (query operation only) on Starlette.

    GET  /sparql?query=...                       POST /sparql (application/sparql-query body,
    GET  /            the query page                  or form-encoded query=...)
    GET  /api/queries the named queries          GET  /api/named/NAME?param=value (as `kg query`)
    GET  /api/status  workers and counters
    GET  /explore, /actor/ID, /actor/ID/map, /document/STEM, /search?q=   the explorer's pages
    GET  /id/PATH     the resource https://w3id.org/prosecutor-kg/id/PATH: Turtle, JSON-LD or
                      N-Triples by Accept (or format=); 303 to its page for text/html

Status codes: 400 bad request or query (an empty one too), 403 update/LOAD/SERVICE (the graph is
read-only and the server makes no outbound requests) or a cross-origin POST, 404 unknown route or
named query, 406 no acceptable format, 413 body too large, 414 URL too long, 415 unknown content
type, 421 a Host this endpoint does not serve, 503 timeout, over the memory limit, or no free
worker. Host, Origin and the security headers are kg.serve.guard's; connection limits are
kg.serve.connections'.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.serve.guard import Guard, shown
from kg.serve.pool import Busy, OverMemory, Pool, QueryTimeout, WorkerLost

MAX_BODY = 1 << 20  # a query of more than 1 MiB is refused (413)
FORMAT_PARAMS = ("format", "output", "results")  # SPARQLWrapper sends all three
UPDATE_REFUSED = "SPARQL Update is refused: this endpoint is read-only (query operation only)"


@dataclass
class Settings:
    timeout: float = 10.0  # seconds per query
    max_rows: int | None = 10_000  # rows (or triples) per result; more are cut, with a header saying so
    wait: float | None = None  # seconds to wait for a free worker; default: the timeout
    cors: list[str] = field(default_factory=list)  # allowed origins; empty = no CORS headers
    queries_dir: Path | None = None  # named queries offered on the page
    allowed_hosts: list[str] = field(default_factory=list)  # Host names served besides loopback ones
    project_root: Path | None = None  # the project whose pages are served (ontology, corpus texts)


def error(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


MISSING_QUERY = "missing query: pass query=... (GET or form POST) or an application/sparql-query body"


def page_csp(html: str) -> str:
    """The query page's Content-Security-Policy: its one inline script and style by hash, requests
    to this server only, nothing from elsewhere, no framing."""

    def hashes(tag: str) -> str:
        digests = (
            hashlib.sha256(b.encode("utf-8")).digest()
            for b in re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.DOTALL)
        )
        return " ".join(f"'sha256-{base64.b64encode(d).decode()}'" for d in digests)

    return (
        f"default-src 'none'; script-src {hashes('script')}; style-src {hashes('style')}; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def wants_html(accept: str | None) -> bool:
    """Whether ACCEPT prefers an HTML page to every RDF format the /id/ descriptions offer."""
    from kg.serve.negotiate import OFFERS, _matches, parse_accept

    for media, q in parse_accept(accept):
        if q == 0:
            continue
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media != "*/*" and any(_matches(media, m) for m, _ in OFFERS["graph"]):
            return False
    return False


def page_of(path: str) -> str | None:
    """The explorer page of the resource /id/PATH: its actor's or its document's (an assertion's
    IRI names its document: assertion/DOC/SLUG)."""
    from urllib.parse import quote

    parts = path.split("/")
    if len(parts) >= 2 and parts[0] == "actor" and parts[1]:
        return f"/actor/{quote(parts[1], safe='')}"
    if len(parts) >= 2 and parts[0] in ("document", "assertion") and parts[1]:
        return f"/document/{quote(parts[1], safe='')}"
    return None


class QueryFiles:
    """The named queries of a folder, listed and parsed again only when the folder (a file added,
    removed or renamed) or the file changed: /api/named listed the folder twice and read and parsed
    the query's file on every request (~0.2 ms of the server's ~1 ms a request; bench/RESULTS.md,
    issue 17, eleventh pass). Changed means another modification time, size or inode; what changed
    less than SETTLE_S seconds before it was read is read again the next time (a second change
    within the file system's clock tick would keep the time it had: racy git's rule)."""

    SETTLE_S = 2.0

    def __init__(self) -> None:
        self._listing: tuple[tuple[Path, int, int], dict[str, Path]] | None = None
        self._parsed: dict[Path, tuple[tuple[int, int, int], Any]] = {}

    def _settled(self, mtime_ns: int) -> bool:
        return time.time_ns() - mtime_ns > self.SETTLE_S * 1e9

    def listing(self, folder: Path) -> dict[str, Path]:
        """Name -> file of each named query (*.rq) in FOLDER."""
        st = folder.stat()
        key = (folder, st.st_mtime_ns, st.st_ino)
        if self._listing is not None and self._listing[0] == key:
            return self._listing[1]
        files = {p.stem: p for p in folder.glob("*.rq")}
        self._listing = (key, files) if self._settled(st.st_mtime_ns) else None
        return files

    def get(self, folder: Path, name: str) -> Any:
        """The named query NAME of FOLDER (a kg.querying.queries.NamedQuery): KeyError if there is
        none, KGError if its file is not one."""
        from kg.querying.queries import parse_header

        path = self.listing(folder)[name]
        st = path.stat()
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
        got = self._parsed.get(path)
        if got is not None and got[0] == key:
            return got[1]
        nq = parse_header(path)
        if self._settled(st.st_mtime_ns):
            self._parsed[path] = (key, nq)
        else:
            self._parsed.pop(path, None)
        return nq


class Endpoint:
    """The routes, bound to one pool and its settings."""

    def __init__(self, pool: Pool, settings: Settings):
        self.pool, self.settings = pool, settings
        self._query_files = QueryFiles()

    # --- /sparql --------------------------------------------------------------------------------

    async def sparql(self, request: Request) -> Response:
        if request.method == "POST":
            params, body_query = await self._post_params(request)
            if isinstance(params, Response):
                return params
        else:
            params, body_query = parse_qs(request.url.query, keep_blank_values=True), None
        if "update" in params:
            return error(403, UPDATE_REFUSED)
        for p in ("default-graph-uri", "named-graph-uri"):
            if p in params:
                return error(
                    400,
                    f"{p} is not supported: this endpoint serves one graph; "
                    "query it without a dataset (FROM) or with GRAPH",
                )
        queries = ([body_query] if body_query is not None else []) + params.get("query", [])
        if not queries:
            if "text/html" in request.headers.get("accept", "") and request.method == "GET":
                return await self.page(request)
            return error(400, MISSING_QUERY)
        if len(queries) > 1:
            return error(400, "more than one query in the request")
        if not queries[0].strip():
            return error(400, "empty query")
        fmt = next((params[k][0] for k in FORMAT_PARAMS if params.get(k)), None)
        return await self._run(queries[0], request.headers.get("accept"), fmt)

    async def _post_params(self, request: Request) -> tuple[Any, str | None]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        length = request.headers.get("content-length")
        # The connection is closed after a 413: the rest of the body is not worth reading.
        too_large = error(413, f"request body over {MAX_BODY} bytes", {"Connection": "close"})
        if length and length.isdigit() and int(length) > MAX_BODY:
            return too_large, None
        body = bytearray()
        try:
            async for chunk in request.stream():  # counted as it comes: a chunked body has no length
                body += chunk
                if len(body) > MAX_BODY:
                    return too_large, None
        except ClientDisconnect:  # the client went (or was cut off as too slow): no one to answer
            return error(400, "the client closed the connection before sending the whole body"), None
        url_params = parse_qs(request.url.query, keep_blank_values=True)
        if not body.strip():  # nothing in the body, whatever the content type says: see the URL
            return url_params, None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return error(400, "the request body is not UTF-8"), None
        if ctype == "application/sparql-query":
            return url_params, text
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            return {**url_params, **form}, None
        if ctype == "application/sparql-update":
            return error(403, UPDATE_REFUSED), None
        return error(
            415,
            f"unsupported content type {shown(ctype)}: use application/sparql-query or "
            "application/x-www-form-urlencoded",
        ), None

    async def _run(self, text: str, accept: str | None, fmt: str | None) -> Response:
        return await self._call(("query", text, accept, fmt, self.settings.max_rows))

    async def _reply(self, request: tuple[Any, ...]) -> tuple[Any, ...] | Response:
        """The worker's reply to REQUEST, or the 503 that says why there is none."""
        s = self.settings
        try:
            return await self.pool.request(request, s.timeout, s.wait if s.wait is not None else s.timeout)
        except QueryTimeout:
            return error(503, f"query stopped: it ran longer than the {s.timeout:g} s timeout")
        except Busy:
            return error(503, "server busy: no worker became free in time; try again")
        except OverMemory:
            limit = f"the {self.pool.memory_mb} MB" if self.pool.memory_mb else "the"
            return error(503, f"query stopped: it needed more than {limit} memory a worker may use")
        except WorkerLost:
            return error(503, "three workers died while running the query; try again")

    async def _call(self, request: tuple[Any, ...]) -> Response:
        s = self.settings
        reply = await self._reply(request)
        if isinstance(reply, Response):
            return reply
        if reply[0] == "error":
            return error(reply[1], reply[2])
        _, kind, fmt, ctype, data, count, truncated, total = reply
        headers = {"X-KG-Result-Count": str(count)}
        if total is not None:  # a paged named query: the rows of all its pages
            headers["X-KG-Total"] = str(total)
        if truncated:
            # Virtuoso's header name, so that clients that know it see the cut.
            headers["X-SPARQL-MaxRows"] = str(s.max_rows)
        return Response(data, media_type=ctype, headers=headers)

    # --- the explorer's pages (kg.serve.pages, in a worker) ---------------------------------------

    async def _page(self, kind: str, arg: Any) -> Response:
        root = self.settings.project_root
        if root is None:
            return error(404, "no explorer pages on this server")
        reply = await self._reply(("page", kind, arg, str(root)))
        if isinstance(reply, Response):
            return reply
        if reply[0] == "error":
            return error(reply[1], reply[2])
        _, status, ctype, body, headers = reply
        return Response(body, status_code=status, media_type=ctype, headers=headers)

    async def explore(self, request: Request) -> Response:
        return await self._page("index", None)

    async def actor(self, request: Request) -> Response:
        return await self._page("actor", request.path_params["id"])

    async def actor_map(self, request: Request) -> Response:
        return await self._page("map", request.path_params["id"])

    async def document(self, request: Request) -> Response:
        return await self._page("document", request.path_params["stem"])

    async def search(self, request: Request) -> Response:
        return await self._page("search", request.query_params.get("q", "")[:500])

    async def describe(self, request: Request) -> Response:
        """/id/PATH: the description of the IRI, or a 303 to its page for a browser."""
        path = request.path_params["path"]
        params = request.query_params
        fmt = next((params[k] for k in FORMAT_PARAMS if params.get(k)), None)
        accept = request.headers.get("accept")
        if fmt is None and wants_html(accept):
            page = page_of(path)
            if page is None:
                return error(406, "this resource has no HTML page: ask for text/turtle, application/ld+json "
                             "or application/n-triples")  # fmt: skip
            return Response(status_code=303, headers={"Location": page, "Vary": "Accept"})
        return await self._page("describe", (path, accept, fmt))

    # --- the page and its helpers ---------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        html = resources.files("kg.serve").joinpath("page.html").read_text(encoding="utf-8")
        return HTMLResponse(html, headers={"Content-Security-Policy": page_csp(html)})

    async def queries(self, request: Request) -> Response:
        from kg.querying.queries import load_named

        qdir = self.settings.queries_dir
        named = load_named(qdir) if qdir is not None and qdir.is_dir() else {}
        return JSONResponse([
            {"name": nq.name, "question": nq.question, "text": nq.text, "page": nq.page,
             "params": [{"name": p.name, "kind": p.kind, "required": p.required, "description": p.description}
                        for p in nq.params]}
            for nq in named.values()
        ])  # fmt: skip

    async def named(self, request: Request) -> Response:
        """Run a named query with its parameters typed as on the command line:
        /api/named/who-opposed?target=Krasner (names resolved, values bound as terms)."""
        from kg.base.errors import KGError

        qdir = self.settings.queries_dir
        if qdir is None:
            return error(404, "no named queries on this server")
        name = request.path_params["name"]
        try:
            known = self._query_files.listing(qdir)
        except OSError as e:
            return error(404, f"no named queries: {e.strerror or e}")
        if name not in known:  # checked against the list, so the name never reaches the file system
            import difflib

            close = difflib.get_close_matches(name[:100], sorted(known), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(sorted(known))}"
            return error(404, f"no named query {shown(name)}{hint}")
        try:
            nq = self._query_files.get(qdir, name)
        except (KGError, OSError, KeyError) as e:  # KeyError: removed since it was listed
            return error(404, f"no named query {shown(name)}" if isinstance(e, KeyError) else str(e))
        params = dict(request.query_params)
        fmt = next((params.pop(k) for k in FORMAT_PARAMS if k in params), None)
        for k in FORMAT_PARAMS:
            params.pop(k, None)
        candidates = params.pop("include-candidates", "").lower() in ("1", "true", "yes")
        return await self._call(
            ("named", nq, params, candidates, request.headers.get("accept"), fmt, self.settings.max_rows)
        )

    async def status(self, request: Request) -> Response:
        st = self.pool.stats
        # File names only: where the project lives on this machine is none of a client's business.
        return JSONResponse({
            "store": self.pool.spec.split(":")[0], "graph": self.pool.graph_file.name,
            "workers": self.pool.size, "alive": self.pool.alive, "idle": self.pool.idle,
            "timeout_s": self.settings.timeout, "max_rows": self.settings.max_rows,
            "worker_memory_mb": self.pool.memory_mb,
            "queries": st.queries, "timeouts": st.timeouts, "over_memory": st.over_memory,
            "lost": st.lost, "respawned": st.respawned,
        })  # fmt: skip


def create_app(pool: Pool, settings: Settings) -> Guard:
    """The app over POOL (started, not yet attached: the app attaches it on startup): the Starlette
    routes behind the guard (Host, Origin, URL length, security headers)."""
    ep = Endpoint(pool, settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.attach()
        try:
            yield
        finally:
            pool.close()

    routes = [
        Route("/sparql", ep.sparql, methods=["GET", "POST"]),
        Route("/", ep.page, methods=["GET"]),
        Route("/api/queries", ep.queries, methods=["GET"]),
        Route("/api/named/{name}", ep.named, methods=["GET"]),
        Route("/api/status", ep.status, methods=["GET"]),
        Route("/explore", ep.explore, methods=["GET"]),
        Route("/actor/{id}", ep.actor, methods=["GET"]),
        Route("/actor/{id}/map", ep.actor_map, methods=["GET"]),
        Route("/document/{stem}", ep.document, methods=["GET"]),
        Route("/search", ep.search, methods=["GET"]),
        Route("/id/{path:path}", ep.describe, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    if settings.cors:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors,
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type"],
            expose_headers=["X-SPARQL-MaxRows", "X-KG-Result-Count", "X-KG-Total"],
        )
    return Guard(app, settings.allowed_hosts, settings.cors)

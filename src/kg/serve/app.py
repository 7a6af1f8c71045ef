"""The HTTP side of `kg serve`: a SPARQL 1.1 Protocol endpoint (query operation only) on Starlette.

    GET  /sparql?query=...                       POST /sparql (application/sparql-query body,
    GET  /            the query page                  or form-encoded query=...)
    GET  /api/queries the named queries          GET  /api/named/NAME?param=value (as `kg query`)
    GET  /api/status  workers and counters

Status codes: 400 bad request or query, 403 update/LOAD/SERVICE (the graph is read-only and the
server makes no outbound requests), 406 no acceptable format, 413 request too large, 415 unknown
content type, 503 timeout or no free worker, 500 a worker died.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.serve.pool import Busy, Pool, QueryTimeout, WorkerLost

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


def error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status)


class Endpoint:
    """The routes, bound to one pool and its settings."""

    def __init__(self, pool: Pool, settings: Settings):
        self.pool, self.settings = pool, settings

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
            return error(
                400, "missing query: pass query=... (GET or form POST) or a application/sparql-query body"
            )
        if len(queries) > 1:
            return error(400, "more than one query in the request")
        fmt = next((params[k][0] for k in FORMAT_PARAMS if params.get(k)), None)
        return await self._run(queries[0], request.headers.get("accept"), fmt)

    async def _post_params(self, request: Request) -> tuple[Any, str | None]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return error(413, f"request body over {MAX_BODY} bytes"), None
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return error(413, f"request body over {MAX_BODY} bytes"), None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return error(400, "the request body is not UTF-8"), None
        url_params = parse_qs(request.url.query, keep_blank_values=True)
        if ctype == "application/sparql-query":
            return url_params, text
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            return {**url_params, **form}, None
        if ctype == "application/sparql-update":
            return error(403, UPDATE_REFUSED), None
        return error(
            415,
            f"unsupported content type {ctype!r}: use application/sparql-query or "
            "application/x-www-form-urlencoded",
        ), None

    async def _run(self, text: str, accept: str | None, fmt: str | None) -> Response:
        return await self._call(("query", text, accept, fmt, self.settings.max_rows))

    async def _call(self, request: tuple[Any, ...]) -> Response:
        s = self.settings
        try:
            reply = await self.pool.request(request, s.timeout, s.wait if s.wait is not None else s.timeout)
        except QueryTimeout:
            return error(503, f"query stopped: it ran longer than the {s.timeout:g} s timeout")
        except Busy:
            return error(503, "server busy: no worker became free in time; try again")
        except WorkerLost:
            return error(500, "the query's worker died (out of memory?); it has been replaced")
        if reply[0] == "error":
            return error(reply[1], reply[2])
        _, kind, fmt, ctype, data, count, truncated = reply
        headers = {"X-KG-Result-Count": str(count)}
        if truncated:
            # Virtuoso's header name, so that clients that know it see the cut.
            headers["X-SPARQL-MaxRows"] = str(s.max_rows)
        return Response(data, media_type=ctype, headers=headers)

    # --- the page and its helpers ---------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        html = resources.files("kg.serve").joinpath("page.html").read_text(encoding="utf-8")
        return HTMLResponse(html)

    async def queries(self, request: Request) -> Response:
        from kg.querying.queries import load_named

        qdir = self.settings.queries_dir
        named = load_named(qdir) if qdir is not None and qdir.is_dir() else {}
        return JSONResponse([
            {"name": nq.name, "question": nq.question, "text": nq.text,
             "params": [{"name": p.name, "kind": p.kind, "required": p.required, "description": p.description}
                        for p in nq.params]}
            for nq in named.values()
        ])  # fmt: skip

    async def named(self, request: Request) -> Response:
        """Run a named query with its parameters typed as on the command line:
        /api/named/who-opposed?target=Krasner (names resolved, values bound as terms)."""
        from kg.base.errors import KGError
        from kg.querying.queries import get_named

        qdir = self.settings.queries_dir
        if qdir is None:
            return error(404, "no named queries on this server")
        try:
            nq = get_named(qdir, request.path_params["name"])
        except KGError as e:
            return error(404, str(e))
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
        return JSONResponse({
            "store": self.pool.spec, "graph": str(self.pool.graph_file),
            "workers": self.pool.size, "alive": self.pool.alive, "idle": self.pool.idle,
            "timeout_s": self.settings.timeout, "max_rows": self.settings.max_rows,
            "queries": st.queries, "timeouts": st.timeouts, "lost": st.lost, "respawned": st.respawned,
        })  # fmt: skip


def create_app(pool: Pool, settings: Settings) -> Starlette:
    """The Starlette app over POOL (started, not yet attached: the app attaches it on startup)."""
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
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    if settings.cors:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors,
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type"],
            expose_headers=["X-SPARQL-MaxRows", "X-KG-Result-Count"],
        )
    return app

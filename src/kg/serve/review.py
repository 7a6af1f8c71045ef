"""`kg review`: the review page on 127.0.0.1, and its small JSON API.

    GET  /?token=T          the page (review.html: one inline script and style, CSP by hash)
    GET  /api/state         documents with proposals and their progress, the registry (for
                            type-ahead), the ontology's relations and actor types
    GET  /api/doc?doc=NAME  one document's text and proposals
    GET  /api/actor?id=ID   a proposed actor's closest registry entries
    POST /api/accept | /api/reject | /api/actor   decisions, as kg.curate.decide makes them

Every request needs the token printed at start (in the page's URL; the page sends it as the
X-Review-Token header), compared in constant time; a write needs it in the header, a JSON body,
and no sign of another site (Origin, Sec-Fetch-Site). kg.serve.guard answers only loopback Host
names and adds the security headers of `kg serve`.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.base.errors import KGError
from kg.base.paths import Project
from kg.curate.proposals import QUALIFIERS
from kg.serve.app import page_csp
from kg.serve.guard import Guard

TOKEN_HEADER = "x-review-token"  # noqa: S105 - a header name, not a secret
MAX_BODY = 1 << 20
HOST = "127.0.0.1"  # never beyond this machine: the page writes the curated files


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class Review:
    """The routes, bound to one project and its token."""

    def __init__(self, project: Project, token: str):
        self.project = project
        self.token = token.encode("ascii")
        self.lock = threading.Lock()  # one decision at a time: each reads, checks and writes files

    def authorized(self, given: str | None) -> bool:
        return hmac.compare_digest((given or "").encode("utf-8", "replace"), self.token)

    def refusal(self, request: Request, write: bool) -> Response | None:
        given = request.headers.get(TOKEN_HEADER)
        if given is None and not write:
            given = request.query_params.get("token")
        if not self.authorized(given):
            return PlainTextResponse("forbidden: this page needs the token that `kg review` printed\n", 403)
        if write:
            site = request.headers.get("sec-fetch-site")
            if site is not None and site.strip().lower() not in ("same-origin", "none"):
                return PlainTextResponse(f"forbidden: a write from another site ({site})\n", 403)
            if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
                return PlainTextResponse("a write is a JSON body (Content-Type: application/json)\n", 415)
        return None

    def _state(self, document: str | None = None) -> Any:
        from kg.curate.proposals import load_review

        return load_review(self.project, document)

    async def page(self, request: Request) -> Response:
        if (r := self.refusal(request, write=False)) is not None:
            return r
        html = resources.files("kg.serve").joinpath("review.html").read_text(encoding="utf-8")
        return HTMLResponse(html, headers={"Content-Security-Policy": page_csp(html)})

    def state(self, request: Request) -> Response:
        if (r := self.refusal(request, write=False)) is not None:
            return r
        from kg.curate.decide import registry_json

        with self.lock:
            st = self._state()
        onto = st.onto
        return JSONResponse(
            {
                "documents": st.documents(),
                "registry": registry_json(st.registry),
                "relations": [
                    {"name": n, "label": onto.relations[n].label} for n in onto.assertable_relations
                ],
                "types": onto.actor_types,
                "qualifiers": list(QUALIFIERS),
            }
        )

    def doc(self, request: Request) -> Response:
        if (r := self.refusal(request, write=False)) is not None:
            return r
        with self.lock:
            st = self._state(request.query_params.get("doc", ""))
        items = st.items
        name = items[0].document if items else None
        if name is None:
            return _error(404, "no proposals for this document")
        d = st.corpus[name]
        return JSONResponse(
            {
                "document": name,
                "title": d.meta.title,
                "text": d.text,
                "proposals": [it.as_json() for it in items],
                "progress": st.documents()[0],
            }
        )

    def actor(self, request: Request) -> Response:
        if (r := self.refusal(request, write=False)) is not None:
            return r
        from kg.curate.decide import closest

        with self.lock:
            st = self._state()
            cid = request.query_params.get("id", "")
            return JSONResponse({"id": cid, "label": st.proposed[cid].label if cid in st.proposed else cid,
                                 "type": st.proposed[cid].type if cid in st.proposed else None,
                                 "closest": closest(st, cid)})  # fmt: skip

    async def write(self, request: Request) -> Response:
        if (r := self.refusal(request, write=True)) is not None:
            return r
        body = await request.body()
        if len(body) > MAX_BODY:
            return _error(413, f"request body over {MAX_BODY} bytes")
        try:
            data = json.loads(body)
        except ValueError:
            return _error(400, "the body is not JSON")
        if not isinstance(data, dict):
            return _error(400, "the body is a JSON object")
        action = request.url.path.rsplit("/", 1)[-1]
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(self.decide, action, data)

    def decide(self, action: str, data: dict[str, Any]) -> Response:
        from kg.curate import decide

        def text(key: str) -> str | None:
            v = data.get(key)
            return None if v is None or v == "" else str(v)

        try:
            with self.lock:
                st = self._state()
                pid = text("id") or ""
                if action == "accept":
                    span = None
                    if data.get("start") is not None and data.get("end") is not None:
                        span = (int(data["start"]), int(data["end"]))
                    quals = data.get("qualifiers") or {}
                    if not isinstance(quals, dict):
                        return _error(400, "qualifiers is a JSON object")
                    path = decide.accept(
                        st, pid, subject=text("subject"), obj=text("object"), relation=text("relation"),
                        qualifiers=quals, span=span,
                    )  # fmt: skip
                elif action == "reject":
                    path = decide.reject(st, pid, text("reason"))
                elif text("same_as"):
                    return JSONResponse({"entity": decide.same_as(st, pid, text("same_as") or "")})
                else:
                    return JSONResponse(
                        {"entity": decide.new_actor(st, pid, text("type") or "", text("label"))}
                    )
        except (TypeError, ValueError) as e:
            return _error(400, f"bad request: {e}")
        except KGError as e:
            return _error(409 if e.exit_code == 2 else 400, str(e))
        return JSONResponse({"ok": True, "file": path.relative_to(self.project.root).as_posix()})


def create_review_app(project: Project, token: str) -> Callable[..., Any]:
    r = Review(project, token)
    app = Starlette(
        routes=[
            Route("/", r.page),
            Route("/api/state", r.state),
            Route("/api/doc", r.doc),
            Route("/api/actor", r.actor, methods=["GET"]),
            Route("/api/accept", r.write, methods=["POST"]),
            Route("/api/reject", r.write, methods=["POST"]),
            Route("/api/actor", r.write, methods=["POST"]),
        ]
    )
    return Guard(app, allowed_hosts=[HOST])


def run_review(project: Project, port: int, say: Callable[[str], None] = print) -> None:
    """Serve the review page on 127.0.0.1:PORT until stopped."""
    import sys

    import uvicorn

    from kg.curate.proposals import load_review
    from kg.serve.connections import MAX_HEAD, Limits, protocol_class
    from kg.serve.server import bind

    st = load_review(project)  # a broken input is reported now, not in the page
    token = secrets.token_urlsafe(24)
    sock = bind(HOST, port)
    p = sock.getsockname()[1]
    pending = sum(it.status == "pending" for it in st.items)
    say(f"kg review: {len(st.items)} proposals in {len(st.documents())} documents, {pending} pending")
    say(f"review page: http://{HOST}:{p}/?token={token}")
    sys.stdout.flush()
    config = uvicorn.Config(
        create_review_app(project, token),
        log_level="warning",
        access_log=False,
        lifespan="off",
        http=protocol_class(Limits()),
        h11_max_incomplete_event_size=MAX_HEAD,
        server_header=False,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()

"""`kg push`: upload the graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

One HTTP PUT per named graph of the TriG file: each source document's assertions and evidence go
to the graph named by the document's IRI, and the shared part (ontology, actors, documents: the
TriG's default graph) to one more named graph, SHARED_GRAPH unless told otherwise. PUT replaces a
graph, so pushing again after a rebuild leaves the store exactly as the graph is now.

    PUT {endpoint}?graph={iri}      Content-Type: application/n-triples (or text/turtle)

Stores and their GSP endpoints (the README gives full commands):
    Virtuoso   http://host:8890/sparql-graph-crud-auth   (digest auth, a user with SPARQL_UPDATE)
    Fuseki     http://host:3030/DATASET/data             (--update or a writable service)
    GraphDB    http://host:7200/repositories/REPO/rdf-graphs/service
    Neptune    https://CLUSTER:8182/sparql/gsp/
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from kg.base.errors import KGError

SHARED_GRAPH = "https://w3id.org/prosecutor-kg/graph/shared"
DEFAULT = "default"  # --graph default: the shared part goes to the store's default graph (?default)
CONTENT_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples"}
OK = (200, 201, 204)


@dataclass
class Part:
    """The triples of one graph to PUT; graph None is the store's default graph."""

    graph: str | None
    triples: list[Any]  # pyoxigraph Triples


@dataclass
class Pushed:
    graph: str | None
    triples: int
    status: int
    seconds: float


def split_graphs(path: Path, shared_graph: str) -> tuple[list[Part], dict[str, str]]:
    """The parts of PATH (TriG: one per named graph, plus the default graph; Turtle or N-Triples:
    one), and the file's prefixes. The default graph's triples go to SHARED_GRAPH ('default': the
    store's default graph)."""
    import pyoxigraph as ox

    fmt = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nt": ox.RdfFormat.N_TRIPLES}.get(
        path.suffix, ox.RdfFormat.TURTLE
    )
    shared = None if shared_graph == DEFAULT else shared_graph
    parser = ox.parse(path=str(path), format=fmt)
    graphs: dict[str | None, list[Any]] = {}
    for q in parser:
        name = shared if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        if isinstance(q.graph_name, ox.BlankNode):
            raise KGError("a graph named by a blank node has no IRI to PUT it to", path)
        graphs.setdefault(name, []).append(q.triple)
    # The shared part first: a store then never holds evidence whose actors are missing.
    order = sorted(graphs, key=lambda g: (g != shared, g or ""))
    return [Part(g, graphs[g]) for g in order], dict(parser.prefixes)


def graph_url(endpoint: str, graph: str | None) -> str:
    sep = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}{urlencode({'graph': graph})}"


def _body(part: Part, fmt: str) -> bytes:
    import pyoxigraph as ox

    # Turtle without prefixes on purpose: prefixed names need escapes (pkid:actor\/x) that some stores
    # read wrongly (Virtuoso 7.2 keeps the backslash in the IRI), while full IRIs mean the same everywhere.
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
    return ox.serialize(part.triples, format=rdf_format)


def _reason(resp: Any) -> str:
    """The gist of an error page: its text without tags, on one line."""
    text = re.sub(r"<[^>]+>", " ", resp.text or "")
    text = " ".join(text.split())
    return text[:300] or resp.reason or ""


class Uploader:
    """PUTs graphs to one endpoint, with basic or digest authentication (auto: whichever the
    server asks for in its 401 challenge)."""

    def __init__(
        self,
        endpoint: str,
        user: str | None = None,
        password: str | None = None,
        auth: str = "auto",
        timeout: float = 300.0,
    ):
        import requests

        if urlsplit(endpoint).scheme not in ("http", "https"):
            raise KGError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
        if user is not None and password is None:
            raise KGError("--user needs a password (--password, or $KG_PUSH_PASSWORD)")
        self.endpoint, self.user, self.password, self.timeout = endpoint, user, password, timeout
        self.session = requests.Session()
        self.scheme = auth  # "auto", "basic", "digest" or "none"
        self._auth = self._make_auth(auth) if user is not None and auth in ("basic", "digest") else None

    def _make_auth(self, scheme: str) -> Any:
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        cls = HTTPDigestAuth if scheme == "digest" else HTTPBasicAuth
        return cls(self.user or "", self.password or "")

    def _send(self, url: str, body: bytes, headers: dict[str, str]) -> Any:
        return self.session.put(url, data=body, headers=headers, auth=self._auth, timeout=self.timeout)

    def put(self, graph: str | None, body: bytes, content_type: str) -> int:
        import requests

        url = graph_url(self.endpoint, graph)
        headers = {"Content-Type": content_type}
        try:
            resp = self._send(url, body, headers)
            challenged = resp.status_code == 401 and self.user is not None
            if challenged and self.scheme == "auto" and self._auth is None:
                # Credentials go out only once the server asks, in the scheme it asks for.
                challenge = resp.headers.get("WWW-Authenticate", "").lower()
                self._auth = self._make_auth("digest" if challenge.startswith("digest") else "basic")
                resp = self._send(url, body, headers)
        except requests.RequestException as e:
            raise KGError(f"cannot reach {self.endpoint}: {e}") from None
        if resp.status_code not in OK:
            hint = {
                401: " (wrong --user/--password?)" if self.user else " (the endpoint wants a --user)",
                403: " (not allowed to write; on Virtuoso: /sparql-graph-crud-auth, a SPARQL_UPDATE user)",
            }.get(resp.status_code, "")
            where = "the default graph" if graph is None else f"<{graph}>"
            raise KGError(f"PUT {where} failed: HTTP {resp.status_code}{hint}: {_reason(resp)}")
        return resp.status_code


def push(
    path: Path,
    endpoint: str,
    shared_graph: str = SHARED_GRAPH,
    user: str | None = None,
    password: str | None = None,
    auth: str = "auto",
    fmt: str = "nt",
    timeout: float = 300.0,
    on_done: Callable[[Pushed], None] | None = None,
) -> list[Pushed]:
    """PUT every graph of PATH to ENDPOINT; returns what was sent, one entry per graph."""
    parts, _ = split_graphs(path, shared_graph)
    up = Uploader(endpoint, user, password, auth, timeout)
    done = []
    for part in parts:
        t0 = time.perf_counter()
        status = up.put(part.graph, _body(part, fmt), CONTENT_TYPES[fmt])
        p = Pushed(part.graph, len(part.triples), status, time.perf_counter() - t0)
        done.append(p)
        if on_done:
            on_done(p)
    return done

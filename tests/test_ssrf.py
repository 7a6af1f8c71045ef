"""No query, through any door, makes the process open a network connection (issue 13, SSRF).

A loopback listener counts every TCP connection it accepts; the suite sends SERVICE in every
spelling it knows (and random ones) through the backends, `kg sparql`, `kg query`, the lookups,
the endpoint and /api/named, and the listener must have accepted none. A control test shows the
listener does count a request sent from outside the sandbox, so the zero means something.
"""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, run_kg
from kg.base.errors import KGError
from kg.querying import sandbox
from kg.querying.store import open_store
from kg.serve.launch import kg_server

GRAPH = REPO / "graph" / "prosecutor-kg.ttl"


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts and answers nothing."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(autouse=True)
def no_connection(listener: Listener) -> Iterator[None]:
    before = listener.accepted
    yield
    assert listener.accepted == before, "a query reached the loopback listener"


def spellings(port: int) -> dict[str, str]:
    url = f"http://127.0.0.1:{port}/x"
    s = "{ ?s ?p ?o }"
    return {
        "escape-trick": (
            f'SELECT * WHERE {{ BIND("\\u0022\\u0022" AS ?a) SERVICE <{url}> {s} BIND("\\u0022" AS ?b) }}'
        ),
        "plain": f"SELECT * WHERE {{ SERVICE <{url}> {s} }}",
        "lower-case": f"select * where {{ service <{url}> {s} }}",
        "prefixed": f"PREFIX r: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE r:x {s} }}",
        "base-relative": f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <x> {s} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT <{url}> {s} }}",
        "variable-by-values": f"SELECT * WHERE {{ VALUES ?svc {{ <{url}> }} SERVICE ?svc {s} }}",
        "variable-by-bind": f'SELECT * WHERE {{ BIND(IRI("{url}") AS ?svc) SERVICE ?svc {s} }}',
        "subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {s} }} }} }}",
        "optional": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}> {s} }} }} LIMIT 3",
        "union": f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{url}> {s} }} }} LIMIT 3",
        "minus": f"SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE <{url}> {s} }} }} LIMIT 3",
        "filter-exists": f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{url}> {s} }} }} LIMIT 3",
        "filter-not-exists": f"ASK {{ FILTER NOT EXISTS {{ SERVICE <{url}> {s} }} }}",
        "comments-and-breaks": f"SELECT * WHERE {{ SERVICE # a comment\n\n  <{url}> # another\n {s} }}",
        "construct": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {s} }}",
        "describe": f"DESCRIBE ?s WHERE {{ SERVICE <{url}> {s} }}",
        "escaped-keyword": f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {s} }}",
        "escaped-iri": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/\\u0078> {s} }}",
        "escape-in-comment": f"SELECT * WHERE {{ # \\u0022\n SERVICE <{url}> {s} }}",
        "long-string-trick": f"SELECT * WHERE {{ BIND('''\\u0027''' AS ?a) SERVICE <{url}> {s} }}",
        "from": f"SELECT * FROM <{url}> WHERE {s} LIMIT 1",  # noqa: S608 - SPARQL, not SQL
        "from-named": f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {s} }} LIMIT 1",  # noqa: S608
        "load": f"LOAD <{url}>",
        "load-into": f"LOAD SILENT <{url}> INTO GRAPH <urn:g>",
    }


SPELLINGS = sorted(spellings(1))


def _query(listener: Listener, name: str) -> str:
    return spellings(listener.port)[name]


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def backend(request: pytest.FixtureRequest):
    return open_store(request.param, GRAPH)


def test_the_sandbox_is_in_force_here() -> None:
    """On Linux (CI, and every machine of this project) queries must run sandboxed: the fallback
    screen is for other platforms only."""
    assert sandbox.sandboxed()


def test_the_listener_counts_a_request_made_outside_the_sandbox(listener: Listener) -> None:
    """Control: the same SERVICE, run by Oxigraph in this thread (no sandbox), does connect."""
    before = listener.accepted
    store = ox.Store()
    try:
        list(store.query(_query(listener, "plain")))
    except (OSError, RuntimeError):
        pass  # the listener closes the connection without an answer
    for _ in range(50):  # the accept loop runs in its own thread
        if listener.accepted > before:
            break
        threading.Event().wait(0.05)
    assert listener.accepted == before + 1
    listener.accepted = before  # the autouse check is about the sandboxed doors


@pytest.mark.parametrize("name", SPELLINGS)
def test_backends(backend, listener: Listener, name: str) -> None:
    try:
        backend.query(_query(listener, name))
    except KGError:
        pass  # refused, a syntax error, or an update: any one line is fine, a connection is not


@pytest.mark.parametrize("name", ["escape-trick", "plain", "from", "silent"])
def test_on_disk_store(tmp_path: Path, listener: Listener, name: str) -> None:
    backend = open_store(f"oxigraph:{tmp_path / 'db'}", GRAPH)
    try:
        backend.query(_query(listener, name))
    except KGError:
        pass


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
@pytest.mark.parametrize("name", SPELLINGS)
def test_kg_sparql(listener: Listener, store: str, name: str) -> None:
    res = run_kg(REPO, "--store", store, "sparql", _query(listener, name))
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    if res.exit_code != 0:
        assert res.exit_code in (1, 2)
        assert res.output.startswith("error: ") and res.output.count("\n") == 1, res.output


def test_kg_sparql_says_why_the_escape_trick_fails(listener: Listener) -> None:
    res = run_kg(REPO, "sparql", _query(listener, "escape-trick"))
    assert res.exit_code == 2
    assert "network request" in res.output and "refused" in res.output


def test_parameters_of_named_queries_and_lookups(listener: Listener) -> None:
    """Parameter values are bound terms: SERVICE text in them is only text."""
    evil = f"x }} SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }}"
    for args in (
        ("query", "search", "-p", f"text={evil}"),
        ("query", "who-opposed", "-p", f"target={evil}"),
        ("opposed", evil),
        ("search", evil),
    ):
        res = run_kg(REPO, *args)
        assert res.exit_code in (0, 1), (args, res.output)


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with kg_server(REPO, "--timeout", "5", "--workers", "1", "--no-access-log") as url:
        yield url


def _http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    req = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310 - loopback server
    try:
        with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.mark.parametrize("name", SPELLINGS)
def test_endpoint(endpoint: str, listener: Listener, name: str) -> None:
    q = _query(listener, name)
    get = _http(endpoint + "sparql?" + urllib.parse.urlencode({"query": q}))
    form = _http(endpoint + "sparql", urllib.parse.urlencode({"query": q}).encode())
    direct = _http(endpoint + "sparql", q.encode(), {"Content-Type": "application/sparql-query"})
    for status in (get, form, direct):
        assert status != 500


def test_endpoint_refuses_the_escape_trick_as_a_network_request(endpoint: str, listener: Listener) -> None:
    q = _query(listener, "escape-trick")
    assert _http(endpoint + "sparql?" + urllib.parse.urlencode({"query": q})) == 403


def test_api_named_parameters(endpoint: str, listener: Listener) -> None:
    evil = f"x }} SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }}"
    for name, param in (("search", "text"), ("who-opposed", "target")):
        status = _http(endpoint + f"api/named/{name}?" + urllib.parse.urlencode({param: evil}))
        assert status in (200, 400, 404)


# --- a remote store (--store sparql:URL): the only request is ours, to the configured URL ---------------


@pytest.fixture(scope="module")
def remote(endpoint: str):
    """kg serve as the remote store: the query would run there, not here."""
    return open_store(f"sparql:{endpoint}sparql", GRAPH)


@pytest.mark.parametrize("name", SPELLINGS)
def test_remote_store_never_connects_where_a_query_points(remote, listener: Listener, name: str) -> None:
    """A query naming SERVICE <http://127.0.0.1:PORT/> (in any spelling) against a remote store is
    refused before anything is sent; this process connects only to the store's own URL. FROM names
    a graph of the remote store (kg serve fetches none), so those queries may run there."""
    q = _query(listener, name)
    if name.startswith("from"):
        remote.query(q)
        return
    with pytest.raises(KGError):
        remote.query(q)


@pytest.mark.parametrize("name", ["plain", "escape-trick", "escaped-keyword", "load"])
def test_kg_sparql_on_a_remote_store(endpoint: str, listener: Listener, name: str) -> None:
    res = run_kg(REPO, "--store", f"sparql:{endpoint}sparql", "sparql", _query(listener, name))
    assert res.exit_code == 2, res.output
    assert res.output.startswith("error: ") and res.output.count("\n") == 1, res.output


def test_remote_parameters_stay_values(endpoint: str, listener: Listener) -> None:
    evil = f"x }} SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }}"
    for args in (("query", "search", "-p", f"text={evil}"), ("search", evil), ("opposed", evil)):
        res = run_kg(REPO, "--store", f"sparql:{endpoint}sparql", *args)
        assert res.exit_code in (0, 1), (args, res.output)


# Random noise of quotes, escapes, comments and braces around a SERVICE clause: whatever string a
# parser opens or closes, the engine that runs the query must not connect.
NOISE = st.lists(
    st.sampled_from(
        [
            '"',
            "'",
            '"""',
            "'''",
            "\\u0022",
            "\\u0027",
            "\\",
            "\\\\",
            "#",
            "\n",
            "{",
            "}",
            "<",
            ">",
            "\\u003E",
            "\\u007B",
            " ",
            "a",
            "SERVICE",
            "\\u0053ERVICE",
        ]
    ),
    max_size=8,
).map("".join)


@pytest.fixture(scope="module")
def backends() -> dict:
    return {s: open_store(s, GRAPH) for s in ("oxigraph", "memory")}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=NOISE, after=NOISE, store=st.sampled_from(["oxigraph", "memory"]))
def test_service_wrapped_in_random_escaped_noise(
    backends: dict, listener: Listener, before: str, after: str, store: str
) -> None:
    url = f"http://127.0.0.1:{listener.port}/x"
    q = f'SELECT * WHERE {{ BIND("{before}" AS ?a) SERVICE <{url}> {{ ?s ?p ?o }} BIND("{after}" AS ?b) }}'
    accepted = listener.accepted
    try:
        backends[store].query(q)
    except KGError:
        pass  # refused or a syntax error: one line either way
    assert listener.accepted == accepted, q


def test_a_timed_out_query_leaves_a_working_thread() -> None:
    """A query that overran is abandoned; the next one runs in a fresh sandboxed thread."""
    b = open_store("oxigraph", GRAPH)
    b.timeout = 0.5
    with pytest.raises(sandbox.QueryTimeout):
        b.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    b.timeout = None
    assert b.query("ASK { ?s ?p ?o }").boolean is True
    assert sandbox.sandboxed()


def test_kg_sparql_timeout_is_one_line_and_exit_2() -> None:
    res = run_kg(
        REPO, "sparql", "--timeout", "0.5", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    )
    assert res.exit_code == 2
    assert res.output == "error: the query ran longer than 0.5 s and was stopped\n"


def test_the_fallback_screen_sees_service_in_every_escaped_spelling(listener: Listener) -> None:
    """Where no seccomp exists, the screen refuses every spelling above that holds SERVICE."""
    for name, q in spellings(listener.port).items():
        if "SERVICE" in q.upper() or "\\u0053ERVICE" in q:
            assert sandbox.may_name_service(q), name
    assert not sandbox.may_name_service("SELECT * WHERE { ?s ?p ?o }")

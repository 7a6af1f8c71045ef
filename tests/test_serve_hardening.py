"""`kg serve` against hostile clients (issue 13): Host names, cross-origin POSTs, security headers,
links in the query page, idle and slow connections, size limits, dead workers, and a fuzz test.

Every server here is a real `kg serve` on a free loopback port; every loop is bounded.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import resource
import select
import signal
import socket
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, run_kg
from kg.querying.store import OxigraphBackend, RdflibBackend
from kg.serve.connections import MAX_HEAD, MAX_URL
from kg.serve.launch import kg_server
from kg.serve.worker import run_query
from test_serve import http as http_get
from test_serve import wait_for
from test_viz import CHROMIUM_ARGS, PageLog, chromium_path

CLIENT_TIMEOUT_S = 2  # short, so that the deadline tests end soon
ASK = "ASK { ?s ?p ?o }"
SECURITY = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def graph_digest(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((root / "graph").iterdir())}


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, list[str]]]:
    """The real project's endpoint, and the lines it prints."""
    log: list[str] = []
    with kg_server(
        REPO,
        "--workers", "2", "--timeout", "5", "--max-rows", "100",
        "--client-timeout", str(CLIENT_TIMEOUT_S), "--no-access-log",
        log=log,
    ) as url:  # fmt: skip
        yield url, log


@pytest.fixture(scope="module")
def base(served: tuple[str, list[str]]) -> str:
    return served[0]


def port_of(base: str) -> int:
    return urllib.parse.urlsplit(base).port or 80


def request(
    base: str,
    method: str,
    target: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], str]:
    """One request with exactly these headers (http.client adds only Host, which HEADERS may set)."""
    conn = http.client.HTTPConnection("127.0.0.1", port_of(base), timeout=60)
    try:
        hdrs = dict(headers or {})
        skip_host = any(k.lower() == "host" for k in hdrs)
        conn.putrequest(method, target, skip_host=skip_host, skip_accept_encoding=True)
        for k, v in hdrs.items():
            conn.putheader(k, v)
        if body is not None and not any(k.lower() in ("content-length", "transfer-encoding") for k in hdrs):
            conn.putheader("Content-Length", str(len(body)))
        try:
            conn.endheaders(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before the whole body was sent (413): read it
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def raw(base: str, data: bytes) -> bytes:
    """Send DATA as it is and read until the server closes the connection (at most 60 s)."""
    with socket.create_connection(("127.0.0.1", port_of(base)), timeout=60) as s:
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before all of DATA was sent (413): read it
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except ConnectionResetError:
            pass  # closed with unread data of ours in its buffer: what it sent before is in OUT
        return out


def form(query: str) -> bytes:
    return urllib.parse.urlencode({"query": query}).encode()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


# --- Host names (DNS rebinding) -----------------------------------------------------------------


def test_only_the_served_host_names_are_answered(base: str) -> None:
    port = port_of(base)
    target = "/sparql?" + urllib.parse.urlencode({"query": ASK})
    for host in (
        f"127.0.0.1:{port}",
        "127.0.0.1",
        f"localhost:{port}",
        "LocalHost",
        f"[::1]:{port}",
        "[::1]",
    ):
        status, _, body = request(base, "GET", target, headers={"Host": host})
        assert status == 200 and '"boolean":true' in body, host
    for host in (
        f"evil.example:{port}",
        "evil.example",
        f"127.0.0.1.nip.io:{port}",
        "localhost.evil.example",
    ):
        status, headers, body = request(base, "GET", target, headers={"Host": host})
        assert status == 421, host
        assert body.count("\n") == 1 and "--allow-host" in body
        assert headers["x-content-type-options"] == "nosniff"
    # Every route is behind the check, the page and the status too.
    for path in ("/", "/api/status", "/api/queries", "/no-such-route"):
        assert request(base, "GET", path, headers={"Host": "evil.example"})[0] == 421
    assert request(base, "GET", "/", headers={"Host": "a b"})[0] == 400


@pytest.fixture(scope="module")
def mini_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A small project of its own, served with --allow-host and --cors, from a store in memory."""
    import shutil

    import conftest

    root = tmp_path_factory.mktemp("mini")
    shutil.copytree(REPO / "ontology", root / "ontology")
    shutil.copytree(REPO / "queries", root / "queries")
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(conftest.MINI_DOC, encoding="utf-8")
    (root / "corpus" / "sources.yaml").write_text(
        "- file: a.txt\n  title: Gazette\n  publisher: The Gazette\n  date: 2020-01-02\n", encoding="utf-8"
    )
    (root / "annotations").mkdir()
    (root / "annotations" / "entities.yaml").write_text(
        "- id: jane-roe\n  type: HeadProsecutor\n  label: Jane Roe\n", encoding="utf-8"
    )
    assert run_kg(root, "build").exit_code == 0
    with kg_server(
        root, "--workers", "2", "--store", "memory", "--no-access-log",
        "--allow-host", "kg.example.org", "--allow-host", "Kg.Internal.",
        "--cors", "http://tool.example",
    ) as url:  # fmt: skip
        yield url, root


def test_allow_host_adds_names(mini_served: tuple[str, Path]) -> None:
    url, _ = mini_served
    target = "/sparql?" + urllib.parse.urlencode({"query": ASK})
    for host in ("kg.example.org", "KG.example.org:443", "kg.internal", "localhost"):
        assert request(url, "GET", target, headers={"Host": host})[0] == 200, host
    assert request(url, "GET", target, headers={"Host": "other.example.org"})[0] == 421


# --- cross-origin POSTs -------------------------------------------------------------------------


def test_cross_origin_posts_are_refused(base: str) -> None:
    port = port_of(base)
    for origin in ("null", "http://evil.example", f"http://localhost:{port + 1}", "file://", "http://[::1"):
        status, headers, body = request(base, "POST", "/sparql", form(ASK), {**FORM, "Origin": origin})
        assert status == 403, origin
        assert body.startswith("cross-origin POST") and body.count("\n") == 1
        assert "access-control-allow-origin" not in headers
    cross = {**FORM, "Sec-Fetch-Site": "cross-site"}
    assert request(base, "POST", "/sparql", form(ASK), cross)[0] == 403
    # Its own page's origin, under any of the names it serves, and clients that send no Origin.
    for origin, host in (
        (f"http://127.0.0.1:{port}", f"127.0.0.1:{port}"),
        (f"http://localhost:{port}", f"localhost:{port}"),
        (f"http://[::1]:{port}", f"[::1]:{port}"),
    ):
        same = {**FORM, "Origin": origin, "Host": host, "Sec-Fetch-Site": "same-origin"}
        assert request(base, "POST", "/sparql", form(ASK), same)[0] == 200, origin
    assert request(base, "POST", "/sparql", form(ASK), FORM)[0] == 200
    # GET is not refused (a browser does not let the other page read the answer: no CORS headers).
    status, headers, _ = request(base, "GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}), headers={
        "Origin": "http://evil.example"})  # fmt: skip
    assert status == 200 and "access-control-allow-origin" not in headers


def test_cors_origin_may_post(mini_served: tuple[str, Path]) -> None:
    url, _ = mini_served
    status, headers, _ = request(url, "POST", "/sparql", form(ASK), {**FORM, "Origin": "http://tool.example"})
    assert status == 200 and headers["access-control-allow-origin"] == "http://tool.example"
    assert request(url, "POST", "/sparql", form(ASK), {**FORM, "Origin": "http://evil.example"})[0] == 403


# --- headers ------------------------------------------------------------------------------------


def test_security_headers_on_every_response(base: str) -> None:
    q = urllib.parse.urlencode({"query": ASK})
    cases = [
        ("GET", f"/sparql?{q}", None, {}),  # 200
        ("GET", "/sparql?query=nonsense", None, {}),  # 400
        ("GET", "/api/status", None, {}),
        ("GET", "/api/queries", None, {}),
        ("GET", "/api/named/who-opposed?target=nobody-at-all", None, {}),  # 404
        ("GET", "/nowhere", None, {}),  # 404 from the router
        ("PUT", "/sparql", b"", {}),  # 405
        ("POST", "/sparql", b"x", {"Content-Type": "text/plain"}),  # 415
        ("GET", "/sparql?" + "x" * (MAX_URL + 10), None, {}),  # 414
        ("GET", f"/sparql?{q}", None, {"Host": "evil.example"}),  # 421
    ]
    seen = set()
    for method, target, body, headers in cases:
        status, got, _ = request(base, method, target, body, headers)
        seen.add(status)
        for k, v in SECURITY.items():
            assert got.get(k) == v, (method, target, status, k)
        assert "frame-ancestors 'none'" in got["content-security-policy"]
        assert "access-control-allow-origin" not in got
    assert seen == {200, 400, 404, 405, 415, 414, 421}
    # The h11 layer's own answer to a request it cannot parse has them too.
    reply = raw(base, b"GET /\x01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").decode("latin-1").lower()
    assert reply.startswith("http/1.1 400") and "x-frame-options: deny" in reply


def test_query_page_csp_allows_its_own_script_by_hash_only(base: str) -> None:
    status, headers, html = request(base, "GET", "/")
    assert status == 200
    csp = dict(d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";"))
    script = re.search(r"<script>(.*?)</script>", html, re.DOTALL).group(1)
    import base64

    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert csp["script-src"] == f"'sha256-{digest}'"  # no 'unsafe-inline', no host, no 'unsafe-eval'
    assert csp["default-src"] == "'none'" and csp["connect-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'" and headers["x-frame-options"] == "DENY"
    assert "http" not in headers["content-security-policy"]


# --- the query page in a real browser -----------------------------------------------------------


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium: /usr/bin/chromium is missing (`make test` installs it as root)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_only_http_iris_become_links_in_the_page(base: str, chromium) -> None:
    page = chromium.new_page()
    log = PageLog(page)
    page.goto(base)
    page.wait_for_selector("#examples button")
    page.fill(
        "#query",
        "SELECT ?x WHERE { VALUES ?x { <javascript:alert(1)> <JavaScript:alert(2)> "
        "<data:text/html,hi> <https://example.org/ok> } }",
    )
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    cells = page.locator("#results td")
    assert cells.count() == 4
    # The https IRI is a link; the others are text, shown whole.
    assert page.locator("#results a").count() == 1
    assert page.locator("#results a").get_attribute("href") == "https://example.org/ok"
    assert "javascript:alert(1)" in page.inner_text("#results")
    for i in range(3):
        cells.nth(i).click()
    page.wait_for_timeout(300)  # give a script that should not run the time to run
    assert log.dialogs == [] and log.problems() == []
    assert page.url == base
    page.close()


def test_a_form_on_a_file_page_cannot_post_a_query(base: str, chromium, tmp_path: Path) -> None:
    attack = tmp_path / "attack.html"
    attack.write_text(
        f'<form method="post" action="{base}sparql" enctype="application/x-www-form-urlencoded">'
        f'<input name="query" value="{ASK}"><button id="go">go</button></form>',
        encoding="utf-8",
    )
    page = chromium.new_page()
    page.goto(attack.as_uri())
    with page.expect_navigation():
        page.click("#go")
    assert page.inner_text("body").startswith("cross-origin POST from 'null' refused")
    page.close()


# --- connections: idle, slow, many ----------------------------------------------------------------


def closed_by_server(sockets: list[socket.socket], limit_s: float = 60) -> int:
    """How many of SOCKETS the server closes within LIMIT_S seconds (a bound, not a timing)."""
    open_ = {s.fileno(): s for s in sockets}
    poll = select.poll()  # not select(): these descriptors go past 1024
    for fd in open_:
        poll.register(fd, select.POLLIN)
    closed = 0
    deadline = time.monotonic() + limit_s
    while open_ and time.monotonic() < deadline:
        for fd, _ in poll.poll(1000):
            poll.unregister(fd)
            try:
                data = open_[fd].recv(1024)
            except ConnectionResetError:
                data = b""
            if data == b"":
                closed += 1
                del open_[fd]
    return closed


def test_a_thousand_idle_sockets_do_not_starve_a_query(base: str) -> None:
    n = 1100  # more than the server keeps (1024): the oldest idle ones make room
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < n + 200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(n + 200, hard), hard))
    sockets = []
    try:
        for _ in range(n):
            sockets.append(socket.create_connection(("127.0.0.1", port_of(base)), timeout=10))
        status, _, body = request(base, "GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}))
        assert status == 200 and '"boolean":true' in body
        # Sockets that never send a request are closed by the server.
        assert closed_by_server(sockets) == n
    finally:
        for s in sockets:
            s.close()


def test_a_trickled_request_head_is_cut_off(base: str) -> None:
    """A client that sends a header line every half second never completes its head: the server
    closes the connection though bytes keep coming (uvicorn alone would wait for ever)."""
    with socket.create_connection(("127.0.0.1", port_of(base)), timeout=60) as s:
        s.sendall(b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        cut = False
        for i in range(60):  # 30 s at most, far past the 2 s deadline
            try:
                s.sendall(f"X-Slow-{i}: x\r\n".encode())
            except (BrokenPipeError, ConnectionResetError):
                cut = True
                break
            if select.select([s], [], [], 0.5)[0]:
                try:
                    cut = s.recv(1024) == b""
                except ConnectionResetError:
                    cut = True
                break
        assert cut


def test_a_stalled_body_is_cut_off(base: str) -> None:
    with socket.create_connection(("127.0.0.1", port_of(base)), timeout=60) as s:
        s.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 100\r\n\r\nASK {"
        )
        assert closed_by_server([s]) == 1


def test_the_server_keeps_answering_after_all_that(served: tuple[str, list[str]]) -> None:
    base, log = served
    assert request(base, "GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}))[0] == 200
    assert not [line for line in log if "Traceback" in line or "ERROR" in line]


# --- sizes and empty requests ---------------------------------------------------------------------


def test_long_urls_get_414_and_long_headers_431(base: str) -> None:
    for size in (MAX_URL + 1, MAX_HEAD + 1000):  # past the app's limit, and past h11's buffer
        status, headers, body = request(base, "GET", "/sparql?query=" + "a" * size)
        assert status == 414 and body.count("\n") == 1 and "POST" in body, size
        assert headers["x-content-type-options"] == "nosniff"
    status, _, body = request(
        base, "GET", "/api/status", headers={f"X-Big-{i}": "b" * 8000 for i in range(10)}
    )
    assert status == 431 and body.count("\n") == 1


def test_large_bodies_get_413_counted_as_they_come(base: str) -> None:
    big = b"ASK {} #" + b"x" * (1 << 20)
    status, headers, body = request(
        base, "POST", "/sparql", big, {"Content-Type": "application/sparql-query"}
    )
    assert status == 413 and headers["connection"] == "close"
    # Chunked: no length to look at beforehand.
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(c), c) for c in [big[i : i + 65536] for i in range(0, len(big), 65536)]
    )
    reply = raw(
        base,
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n",
    )
    assert reply.startswith(b"HTTP/1.1 413") and reply.rstrip().endswith(b"request body over 1048576 bytes")
    # A small chunked body is fine.
    small = b"ASK { ?s ?p ?o }"
    reply = raw(
        base,
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(small), small),
    )
    assert reply.startswith(b"HTTP/1.1 200") and b'"boolean":true' in reply


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"", {"Content-Type": "application/sparql-query"}),
        (b"  \n", {"Content-Type": "application/sparql-query"}),
        (b"", FORM),
        (b"query=", FORM),
        (b"query=%20", FORM),
        (b"", {}),
        (b"", {"Content-Type": "application/sparql-update"}),
    ],
)
def test_an_empty_post_gets_400(base: str, body: bytes, headers: dict[str, str]) -> None:
    status, _, text = request(base, "POST", "/sparql", body, headers)
    assert status == 400 and text.count("\n") == 1 and "query" in text


# --- what the endpoint tells, and engine errors ---------------------------------------------------


def test_status_reveals_no_paths(base: str) -> None:
    status, _, body = request(base, "GET", "/api/status")
    st = json.loads(body)
    assert status == 200 and st["graph"] == "prosecutor-kg.ttl" and st["store"] == "oxigraph"
    assert str(REPO) not in body and not any(str(v).startswith("/") for v in st.values())
    assert st["worker_memory_mb"] == 2048  # the default cap


def test_status_of_an_on_disk_store_reveals_no_path(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with kg_server(REPO, "--store", f"oxigraph:{store}", "--workers", "1", "--no-access-log") as url:
        _, _, body = http_get(url + "api/status")
    assert json.loads(body)["store"] == "oxigraph" and str(tmp_path) not in body


def test_a_300_character_query_name_gets_404(base: str) -> None:
    status, _, body = request(base, "GET", "/api/named/" + "a" * 300)
    assert status == 404 and body.count("\n") == 1 and body.startswith("no named query 'aaa")
    assert len(body) < 400  # the name is cut, not echoed whole
    status, _, body = request(base, "GET", "/api/named/" + "%2e%2e")  # '..'
    assert status == 404


def test_engine_errors_while_writing_a_result_get_a_clean_status(base: str) -> None:
    # RDF 1.2 triple terms cannot be written as JSON-LD: the engine raises while serialising.
    q = "CONSTRUCT { <urn:a> <urn:b> ?t } WHERE { BIND(<<( <urn:a> <urn:b> <urn:c> )>> AS ?t) }"
    status, _, body = request(
        base, "GET", "/sparql?" + urllib.parse.urlencode({"query": q, "format": "jsonld"})
    )
    assert status == 406 and body.startswith("the result cannot be written as jsonld")
    assert request(base, "GET", "/sparql?" + urllib.parse.urlencode({"query": q}))[0] == 200  # Turtle can
    # rdflib's RDF/XML writer cannot shorten <urn:1> to a qualified name.
    memory = RdflibBackend.from_file(REPO / "graph" / "prosecutor-kg.ttl")
    reply = run_query(memory, 'CONSTRUCT { <urn:a> <urn:1> "x" } WHERE {}', "application/rdf+xml", None, 10)
    assert reply[:2] == ("error", 406) and "urn:1" in reply[2]
    # The same query in N-Triples, and in Oxigraph's RDF/XML, is fine.
    assert (
        run_query(memory, 'CONSTRUCT { <urn:a> <urn:1> "x" } WHERE {}', "application/n-triples", None, 10)[0]
        == "ok"
    )
    ox = OxigraphBackend.from_file(REPO / "graph" / "prosecutor-kg.ttl")
    assert (
        run_query(ox, 'CONSTRUCT { <urn:a> <urn:1> "x" } WHERE {}', "application/rdf+xml", None, 10)[0]
        == "ok"
    )


# --- dead workers ---------------------------------------------------------------------------------


def worker_pids(root: Path) -> list[int]:
    """The worker processes of the `kg serve` started for ROOT (children of that server)."""

    def cmdline(pid: str) -> str:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            return ""

    servers = {p for p in os.listdir("/proc") if p.isdigit() and f"--root {root} serve" in cmdline(p)}
    pids = []
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            ppid = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1]
        except (OSError, IndexError):
            continue
        if ppid in servers and "spawn_main" in cmdline(p):  # not the resource tracker
            pids.append(int(p))
    return pids


def gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_dead_worker_never_costs_a_request(mini_served: tuple[str, Path]) -> None:
    url, root = mini_served
    pids = worker_pids(root)
    assert len(pids) == 2
    before = json.loads(http_get(url + "api/status")[2])
    for pid in pids:  # killed from outside while idle, as the kernel's OOM killer would
        os.kill(pid, signal.SIGKILL)
    # Dead before the next request: a zombie, or gone.
    assert wait_for(lambda: all(gone(pid) for pid in pids))
    target = "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"}
    )
    answers = [request(url, "GET", target) for _ in range(4)]
    assert [a[0] for a in answers] == [200] * 4 and all("Jane Roe" in a[2] for a in answers)
    assert wait_for(lambda: json.loads(http_get(url + "api/status")[2])["alive"] == 2)
    after = json.loads(http_get(url + "api/status")[2])
    assert after["lost"] == before["lost"] + 2 and after["respawned"] >= before["respawned"] + 2
    assert not set(worker_pids(root)) & set(pids)


# --- fuzz -------------------------------------------------------------------------------------------

ROUTES = ["/", "/sparql", "/api/status", "/api/queries", "/api/named/who-opposed", "/api/named/x", "/nowhere"]
KEYS = ["query", "update", "format", "output", "results", "default-graph-uri", "target", "include-candidates"]
HEADER_NAMES = ["Accept", "Content-Type", "Origin", "Sec-Fetch-Site", "X-Anything", "Cookie", "Expect"]
CTYPES = [
    "application/sparql-query",
    "application/x-www-form-urlencoded",
    "application/sparql-update",
    "text/plain",
]
QUERIES = [
    ASK,
    "SELECT * WHERE { ?s ?p ?o } LIMIT 3",
    "DESCRIBE <urn:x>",
    "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
]
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
visible = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)
value = st.one_of(text, st.sampled_from(QUERIES), st.sampled_from(CTYPES), st.just(""))


@st.composite
def http_requests(draw: st.DrawFn) -> tuple[str, str, bytes | None, dict[str, str]]:
    method = draw(st.sampled_from(["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE"]))
    path = draw(
        st.one_of(st.sampled_from(ROUTES), visible.map(lambda s: "/" + urllib.parse.quote(s, safe="/")))
    )
    params = draw(st.lists(st.tuples(st.one_of(st.sampled_from(KEYS), text), value), max_size=4))
    target = path + ("?" + urllib.parse.urlencode(params) if params else "")
    headers = {k: v for k, v in draw(st.lists(st.tuples(st.sampled_from(HEADER_NAMES), visible), max_size=4))}
    if draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(CTYPES))
    body = None
    if method in ("POST", "PUT"):
        body = draw(
            st.one_of(st.binary(max_size=200), value.map(str.encode), st.sampled_from(QUERIES).map(form))
        )
    return method, target, body, headers


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(req=http_requests())
def test_fuzz_requests_get_no_500(served: tuple[str, list[str]], req) -> None:
    base, _ = served
    method, target, body, headers = req
    headers.pop("Expect", None)  # a 100-continue dance that http.client does not do
    status, got, _ = request(base, method, target, body, headers)
    assert status < 500 or status == 503, (status, req)
    assert got.get("x-content-type-options") == "nosniff"


@settings(max_examples=60, deadline=None)
@given(head=st.binary(max_size=300))
def test_fuzz_raw_bytes_get_no_500(served: tuple[str, list[str]], head: bytes) -> None:
    base, _ = served
    reply = raw(
        base, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + head + b"\r\n\r\n"
    )
    assert not reply.startswith(b"HTTP/1.1 5") or reply.startswith(b"HTTP/1.1 503")


def test_fuzzing_left_no_trace(served: tuple[str, list[str]]) -> None:
    """Run after the fuzz tests (pytest keeps file order): no traceback, the graph unchanged."""
    _, log = served
    assert not [line for line in log if "Traceback" in line or "Exception in" in line or "ERROR" in line]
    assert graph_digest(REPO) == GRAPH_BEFORE


GRAPH_BEFORE = graph_digest(REPO)


def test_deeply_nested_queries_are_refused_by_the_endpoint(base: str) -> None:
    """5,000 nested groups crash Oxigraph's parser (a segfault): the endpoint refuses them with one
    line and goes on answering; 40 levels, within the limit, are answered."""

    def post(q: str) -> tuple[int, str]:
        headers = {"Content-Type": "application/sparql-query", "Content-Length": str(len(q))}
        status, _, body = request(base, "POST", "/sparql", q.encode(), headers)
        return status, body

    status, body = post("SELECT * WHERE " + "{" * 5000 + "}" * 5000)
    assert status == 400 and "nested 5000 brackets deep" in body and "\n" not in body.strip()
    assert post("SELECT * WHERE " + "{" * 40 + "}" * 40)[0] == 200

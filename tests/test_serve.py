"""`kg serve`: a real server on a free loopback port, queried with SPARQLWrapper and plain HTTP."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from playwright.sync_api import Browser
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from conftest import REPO
from kg.querying.queries import Resolver, bindings_for, get_named, load_named, run_named
from kg.querying.store import NotAcceptable, OxigraphBackend
from kg.serve.launch import kg_server
from kg.serve.negotiate import pick_format
from test_query import SAMPLE_PARAMS
from test_viz import PageLog, browser  # noqa: F401 - the browser fixture, reused

GRAPH = REPO / "graph" / "prosecutor-kg.ttl"
MAX_ROWS = 50
# The server stops a query after this long. Ample for every named query on the bundled graph even on
# a loaded machine (unbound shortest-path took 3 s at a load average of 15), short for the runaway.
TIMEOUT_S = 10
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~1.9e11 rows


@pytest.fixture(scope="module")
def base() -> str:
    with kg_server(
        REPO, "--timeout", str(TIMEOUT_S), "--max-rows", str(MAX_ROWS), "--workers", "2", "--no-access-log"
    ) as url:
        yield url


@pytest.fixture(scope="module")
def direct() -> OxigraphBackend:
    return OxigraphBackend.from_file(GRAPH)


def wrapper(base: str, query: str, fmt: str = JSON, method: str | None = None) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method == "post":
        sw.setMethod(POST)
    elif method == "direct":
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    return sw


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310 - loopback server
    try:
        with urllib.request.urlopen(req, timeout=60) as r:  # noqa: S310
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def get(base: str, query: str, **headers: str) -> tuple[int, dict, str]:
    return http(base + "sparql?" + urllib.parse.urlencode({"query": query}), headers=headers)


def wait_for(condition: Callable[[], bool], limit_s: float = 120) -> bool:
    """Poll CONDITION until it holds (True) or LIMIT_S seconds pass (False): a bound, not a timing."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def canon(bindings: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, v["value"]) for k, v in row.items())) for row in bindings)


# --- protocol -------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", [None, "post", "direct"])
def test_select_with_sparqlwrapper_get_form_post_and_direct_post(base: str, direct, method) -> None:
    q = (
        "SELECT ?x ?label WHERE { ?x a <https://w3id.org/prosecutor-kg/ontology#HeadProsecutor> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
    )
    got = wrapper(base, q, JSON, method).query().convert()
    assert canon(got["results"]["bindings"]) == canon(direct.query(q).rows)
    assert {"Larry Krasner", "George Gascón"} <= {r["label"]["value"] for r in got["results"]["bindings"]}


@pytest.mark.parametrize("name", sorted(SAMPLE_PARAMS))
def test_named_queries_through_the_endpoint_match_the_store(base: str, direct, name: str) -> None:
    nq = get_named(REPO / "queries", name)
    want = direct.query(nq.text, bindings_for(nq, SAMPLE_PARAMS[name], Resolver(direct))).rows
    url = f"{base}api/named/{name}?" + urllib.parse.urlencode(SAMPLE_PARAMS[name])
    status, headers, body = http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    got = json.loads(body)["results"]["bindings"]
    if len(want) > MAX_ROWS:
        assert len(got) == MAX_ROWS and headers["x-sparql-maxrows"] == str(MAX_ROWS)
    else:
        assert canon(got) == canon(want)


def test_every_named_query_runs_as_plain_sparql_through_sparqlwrapper(base: str) -> None:
    # Unbound parameters match everything; the row limit keeps the answers short.
    for name, nq in load_named(REPO / "queries").items():
        res = wrapper(base, nq.text, JSON, "direct").query()
        assert "results" in res.convert(), name


def test_results_in_xml_csv_and_tsv(base: str) -> None:
    q = (
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s "
        "LIMIT 7"
    )
    xml = wrapper(base, q, XML).query().convert()  # an xml.dom Document
    assert len(xml.getElementsByTagName("result")) == 7
    rows = list(csv.DictReader(io.StringIO(wrapper(base, q, CSV).query().convert().decode("utf-8"))))
    assert len(rows) == 7 and set(rows[0]) == {"s", "label"}
    tsv = wrapper(base, q, TSV).query().convert().decode("utf-8")
    assert list(ox.parse_query_results(tsv.encode(), format=ox.QueryResultsFormat.TSV)).__len__() == 7


def test_ask(base: str) -> None:
    assert wrapper(base, "ASK { ?s ?p ?o }", JSON).query().convert()["boolean"] is True
    status, headers, body = get(base, "ASK { <urn:nothing> ?p ?o }", Accept="application/sparql-results+xml")
    assert status == 200 and "<boolean>false</boolean>" in body


def test_construct_and_describe_in_turtle_and_ntriples(base: str) -> None:
    q = "CONSTRUCT { ?s <urn:sued> ?o } WHERE { ?s <https://w3id.org/prosecutor-kg/ontology#sued> ?o }"
    ttl = wrapper(base, q, TURTLE).query().convert()
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) >= 5
    status, headers, body = get(base, q, Accept="application/n-triples")
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert len(list(ox.parse(body.encode(), format=ox.RdfFormat.N_TRIPLES))) >= 5
    desc = "DESCRIBE <https://w3id.org/prosecutor-kg/id/actor/larry-krasner>"
    status, headers, body = get(base, desc, Accept="text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(body.encode(), format=ox.RdfFormat.TURTLE))
    rdfxml = wrapper(base, q, XML).query().convert()  # SPARQLWrapper's default: RDF/XML, as an rdflib Graph
    assert len(rdfxml) >= 5


def test_accept_with_q_values_and_format_parameter(base: str) -> None:
    q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    status, headers, _ = get(base, q, Accept="text/csv;q=0.5, application/sparql-results+xml;q=0.9")
    assert headers["content-type"].startswith("application/sparql-results+xml")
    status, headers, _ = http(base + "sparql?" + urllib.parse.urlencode({"query": q, "format": "tsv"}))
    assert headers["content-type"].startswith("text/tab-separated-values")
    status, _, body = get(base, q, Accept="image/png")
    assert status == 406 and "offered" in body


def test_row_limit_cuts_and_says_so(base: str) -> None:
    status, headers, body = get(base, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["x-sparql-maxrows"] == str(MAX_ROWS)
    status, headers, body = get(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert "x-sparql-maxrows" not in {k.lower() for k in headers} and headers["x-kg-result-count"] == "3"


# --- refusals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "LOAD <http://127.0.0.1:1/x.ttl>",
        "DROP ALL",
        "DELETE WHERE { ?s ?p ?o }",
    ],
)
def test_updates_and_load_are_refused_by_every_route(base: str, update: str) -> None:
    sw = wrapper(base, update, JSON, "post")  # SPARQLWrapper sends updates as a form POST with update=
    with pytest.raises(urllib.error.HTTPError) as e:
        sw.query()
    assert e.value.code == 403
    for status, body in (
        get(base, update)[::2],
        http(base + "sparql", update.encode(), {"Content-Type": "application/sparql-update"})[::2],
        http(base + "sparql", update.encode(), {"Content-Type": "application/sparql-query"})[::2],
    ):
        assert status == 403 and "read-only" in body


@pytest.mark.parametrize(
    "q",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . sErViCe SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(base: str, q: str) -> None:
    status, _, body = get(base, q)
    assert status == 403 and "SERVICE is refused" in body


def test_bad_requests(base: str) -> None:
    status, _, body = get(base, "SELECT * WHERE {\n ?s ?p \n}")
    assert status == 400 and "line" in body
    status, _, body = http(base + "sparql", b"query=x", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, body = http(base + "sparql", headers={"Accept": "application/json"})
    assert status == 400 and "missing query" in body
    url = base + "sparql?" + urllib.parse.urlencode({"query": "ASK {}", "default-graph-uri": "urn:g"})
    assert http(url)[0] == 400


# --- limits -----------------------------------------------------------------------------------------


def test_runaway_query_is_stopped_and_others_are_answered_meanwhile(base: str) -> None:
    small = (
        "SELECT ?l WHERE { <https://w3id.org/prosecutor-kg/id/actor/larry-krasner> "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
    before = json.loads(http(base + "api/status")[2])
    with ThreadPoolExecutor(max_workers=2) as ex:
        runaway = ex.submit(get, base, CROSS_PRODUCT)
        # While the runaway holds one worker, the other keeps answering.
        answers = [get(base, small) for _ in range(5)]
        status, _, body = runaway.result()
    assert status == 503 and "timeout" in body
    assert all(s == 200 and "Larry Krasner" in b for s, _, b in answers)
    after = json.loads(http(base + "api/status")[2])
    assert after["timeouts"] == before["timeouts"] + 1
    # The killed worker is replaced: the pool keeps its size and answers again.
    assert get(base, small)[0] == 200
    assert json.loads(http(base + "api/status")[2])["workers"] == 2


# --- page, helpers, network defaults ----------------------------------------------------------------


def test_query_page_is_self_contained(base: str) -> None:
    status, headers, html = http(base)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<textarea" in html and "api/queries" in html
    # Nothing is loaded from elsewhere: no src= or href= pointing off the server.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert http(base + "sparql", headers={"Accept": "text/html"})[2] == html


def test_named_queries_for_the_page(base: str) -> None:
    named = json.loads(http(base + "api/queries")[2])
    assert {n["name"] for n in named} == set(load_named(REPO / "queries"))
    assert all(n["text"] and n["question"] for n in named)
    status, _, body = http(base + "api/named/who-opposed?target=krasner&format=csv")
    assert status == 200 and "Philadelphia Fraternal Order of Police" in body
    status, _, msg = http(base + "api/named/who-opposed?target=Krasnr")
    assert status == 404 and "Larry Krasner" in msg  # the suggestion
    status, _, msg = http(base + "api/named/who-opposed")
    assert status == 400 and "target" in msg
    status, _, msg = http(base + "api/named/who-oposed")
    assert status == 404 and "who-opposed" in msg


def test_a_paged_listing_through_the_endpoint(base: str, direct) -> None:
    """limit/offset pick the page; X-KG-Total counts the rows of every page; bad numbers are 400."""
    accept = {"Accept": "application/sparql-results+json"}
    status, headers, body = http(base + "api/named/timeline?limit=4&offset=3", headers=accept)
    assert status == 200, body
    everything = run_named(direct, get_named(REPO / "queries", "timeline"), {"limit": "1000"})
    assert int(headers["x-kg-total"]) == everything.total == len(everything.rows) > 7
    got = [r["assertion"]["value"] for r in json.loads(body)["results"]["bindings"]]
    assert got == [r["assertion"]["value"] for r in everything.rows[3:7]]
    status, headers, _ = http(base + "api/named/who-opposed?target=Krasner", headers=accept)
    assert status == 200 and "x-kg-total" not in {k.lower() for k in headers}  # not a paged listing
    # A short first page is its own total; a page the server's row limit (50) cut is counted.
    for query, want in (("relation=sued", 10), ("relation=relatedTo", 129)):
        status, headers, body = http(base + "api/named/relation?" + query, headers=accept)
        rows = json.loads(body)["results"]["bindings"]
        assert status == 200 and int(headers["x-kg-total"]) == want and len(rows) == min(want, MAX_ROWS)
    for bad in ("limit=0", "limit=x", "offset=-1", "limit=10001"):
        status, _, msg = http(base + "api/named/timeline?" + bad)
        assert status == 400 and ("limit" in msg or "offset" in msg), (bad, msg)


def test_no_cors_headers_unless_asked(base: str) -> None:
    _, headers, _ = get(base, "ASK {}", Origin="http://elsewhere.example")
    assert "access-control-allow-origin" not in {k.lower() for k in headers}


def test_the_default_workers_are_one_per_core_and_one_more(mini: Path) -> None:
    """Without --workers: one per core and one more, from 2 to 8 (3 on this project's 2-core
    machine), all started and idle."""
    import os

    from conftest import run_kg

    want = max(2, min(8, (os.cpu_count() or 1) + 1))
    assert run_kg(mini, "build").exit_code == 0
    log: list[str] = []
    with kg_server(mini, "--store", "memory", "--no-access-log", log=log) as url:
        status = json.loads(http(url + "api/status")[2])
    assert status["workers"] == status["alive"] == status["idle"] == want
    assert any(f"{want} workers" in line for line in log)


def test_cors_for_the_given_origin_only(mini: Path) -> None:
    from conftest import run_kg

    assert run_kg(mini, "build").exit_code == 0
    with kg_server(mini, "--cors", "http://allowed.example", "--workers", "1", "--store", "memory") as url:
        _, headers, _ = get(url, "ASK {}", Origin="http://allowed.example")
        assert headers.get("access-control-allow-origin") == "http://allowed.example"
        _, headers, _ = get(url, "ASK {}", Origin="http://other.example")
        assert "access-control-allow-origin" not in {k.lower() for k in headers}
        # The rdflib backend behind the same protocol.
        status, _, body = get(url, "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
        assert status == 200 and "Jane Roe" in body


def test_listens_on_loopback_by_default(base: str) -> None:
    assert base.startswith("http://127.0.0.1:")


# --- content negotiation, unit level -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "accept", "param", "want"),
    [
        ("select", None, None, "json"),
        ("select", "*/*", None, "json"),
        ("graph", "*/*", None, "ttl"),
        ("select", "text/*", None, "xml"),
        ("select", "application/sparql-results+json;q=0.1, text/csv", None, "csv"),
        ("graph", "application/rdf+xml, text/turtle;q=0.5", None, "xml"),
        ("graph", "text/html,application/xhtml+xml,*/*;q=0.8", None, "ttl"),
        ("select", "text/csv", "json", "json"),  # the parameter wins
        ("graph", "application/n-triples", "json", "jsonld"),
        ("graph", "text/turtle", "csv", "ttl"),  # a parameter for the other kind is ignored
        ("ask", "text/tab-separated-values", None, "tsv"),
        ("select", "application/json, */*;q=0", None, "json"),
    ],
)
def test_pick_format(kind: str, accept: str | None, param: str | None, want: str) -> None:
    assert pick_format(kind, accept, param) == want


def test_pick_format_refuses_what_it_cannot_give() -> None:
    with pytest.raises(NotAcceptable):
        pick_format("graph", "text/csv", None)
    with pytest.raises(NotAcceptable):
        pick_format("select", "*/*;q=0", None)


# --- the query page in a real browser ---------------------------------------------------------------


def test_query_page_runs_an_example_in_a_browser(base: str, browser: Browser) -> None:  # noqa: F811
    page = browser.new_page()
    log = PageLog(page)
    page.goto(base)
    # A named query as a ready example, with a parameter typed as on the command line.
    page.get_by_role("button", name=re.compile("^who-opposed")).click()
    page.fill("#params input[data-name=target]", "Krasner")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    assert "Philadelphia Fraternal Order of Police" in page.inner_text("#results")
    assert "results in" in page.inner_text("#status")
    # Hand-written SPARQL, with the server's row limit shown.
    page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
    page.click("#run")
    # Waiting by selector, not by a script: the page's CSP rightly forbids the eval that
    # wait_for_function would need.
    page.wait_for_selector("#status:has-text('cut at')")
    assert len(page.query_selector_all("#results tbody tr")) == MAX_ROWS
    # An error is shown, not thrown.
    page.fill("#query", "DROP ALL")
    page.click("#run")
    page.wait_for_selector("#status:text-matches('^403')")
    page.close()
    problems = [m for t, m in log.console if t == "error"] + log.errors
    assert [p for p in problems if "403" not in p] == []  # the browser logs the refused request itself
    assert [u for u in log.requests if not u.startswith((base, "data:"))] == []


@pytest.mark.parametrize(
    ("name", "param", "value", "total"),
    [("search", "text", "the", 148), ("relation", "relation", "relatedTo", 129)],
)
def test_query_page_pages_a_listing_in_a_browser(
    base: str,
    browser: Browser,  # noqa: F811
    name: str,
    param: str,
    value: str,
    total: int,
) -> None:
    """search and relation are paged (issue 17): the page shows which rows of how many, and its
    previous / next buttons fetch the pages either side, whose rows are those of `kg query`."""
    backend = OxigraphBackend.from_file(REPO / "graph" / "prosecutor-kg.ttl")
    nq = get_named(REPO / "queries", name)
    everything = run_named(backend, nq, {param: value, "limit": "1000"})
    assert everything.total == len(everything.rows) == total  # the bundled graph: two pages of 100
    want = [r["match" if name == "search" else "assertion"] for r in everything.values()]
    page = browser.new_page()
    log = PageLog(page)
    page.goto(base)
    page.get_by_role("button", name=re.compile(f"^{name}")).click()
    page.fill(f"#params input[data-name={param}]", value)
    page.select_option("#format", "application/sparql-results+json")  # the rows, to compare

    def shown() -> list[str]:
        data = json.loads(page.inner_text("#raw"))
        return [r[want_col]["value"] for r in data["results"]["bindings"]]

    want_col = "match" if name == "search" else "assertion"
    page.click("#run")
    # This server sends at most MAX_ROWS (50) rows: a page of 100 comes as 50, and "next"
    # goes on from the rows shown, so that no row is skipped.
    page.wait_for_selector(f"#status:has-text('rows 1–{MAX_ROWS} of {total}')")
    assert page.is_visible("#pager") and page.is_disabled("#prev") and page.is_enabled("#next")
    got = shown()
    for _ in range(10):  # bounded: three pages here
        if page.is_disabled("#next"):
            break
        page.click("#next")
        page.wait_for_selector(f"#status:has-text('rows {len(got) + 1}–')")
        got += shown()
    assert got == want
    assert page.inner_text("#status").startswith(f"rows {2 * MAX_ROWS + 1}–{total} of {total}")
    page.click("#prev")
    page.wait_for_selector(f"#status:has-text('rows {MAX_ROWS + 1}–{2 * MAX_ROWS} of {total}')")
    assert shown() == want[MAX_ROWS : 2 * MAX_ROWS] and page.is_enabled("#next")
    # Run starts again from the first page; a listing of one page shows no buttons.
    small = "gascon" if name == "search" else "sued"
    few = run_named(backend, nq, {param: small}).total
    assert few is not None and 0 < few < MAX_ROWS
    page.fill(f"#params input[data-name={param}]", small)
    page.click("#run")
    page.wait_for_selector(f"#status:has-text('rows 1–{few} of {few}')")
    assert not page.is_visible("#pager")
    page.close()
    assert [m for t, m in log.console if t == "error"] + log.errors == []
    assert [u for u in log.requests if not u.startswith((base, "data:"))] == []


def test_memory_limit_costs_one_worker_not_the_server() -> None:
    # Sorting a cross product of the graph with itself needs gigabytes: over the limit, the worker dies.
    q = "SELECT ?a ?b ?c ?d WHERE { ?a ?p ?b . ?c ?q ?d } ORDER BY ?a ?b ?c ?d LIMIT 1"
    log: list[str] = []
    with kg_server(
        REPO, "--worker-memory-mb", "600", "--timeout", "60", "--workers", "2", "--no-access-log", log=log
    ) as url:
        status, _, body = get(url, q)
        assert status == 503
        assert body == "query stopped: it needed more than the 600 MB memory a worker may use\n"
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200  # the other worker answers meanwhile
        st = json.loads(http(url + "api/status")[2])
        assert (st["over_memory"], st["lost"], st["worker_memory_mb"]) == (1, 1, 600)
        # The dead worker is replaced: both answer again (one query at a time, each takes the next).
        assert [get(url, "ASK { ?s ?p ?o }")[0] for _ in range(4)] == [200] * 4
        assert wait_for(lambda: json.loads(http(url + "api/status")[2])["respawned"] == 1)
        assert json.loads(http(url + "api/status")[2])["alive"] == 2
    # The engine says which allocation failed, and prints no backtrace (nor does Python).
    assert any("memory allocation" in line for line in log)
    assert not [line for line in log if "stack backtrace" in line or "Traceback" in line]


def test_kg_serve_prepares_the_name_index_before_its_workers_start(tmp_path: Path) -> None:
    """On an on-disk store `kg serve` writes the name index (kg.querying.names) beside the store
    before it listens, so that no worker's first lookup builds it (every worker at once); a lookup by
    name then answers from it."""
    from kg.serve.launch import kg_server

    store = tmp_path / "store"
    with kg_server(REPO, "--store", f"oxigraph:{store}", "--workers", "1", "--no-access-log") as url:
        kept = list((store / "kg-cache").glob("*/names-*.sqlite"))
        assert kept and kept[0].stat().st_size > 0  # before any request
        status, _, body = http(url + "api/named/who-opposed?" + urllib.parse.urlencode({"target": "Krasner"}))
        assert status == 200, body
        assert json.loads(body)["results"]["bindings"]


def test_the_named_queries_are_read_again_when_their_folder_or_file_changes(tmp_path: Path) -> None:
    """kg serve keeps each named query it parsed, and the folder's listing, until the file or the
    folder changes (time, size, inode); what changed within the last seconds is read every time."""
    import os

    from kg.serve.app import QueryFiles

    folder = tmp_path / "queries"
    folder.mkdir()
    a = folder / "a.rq"
    a.write_text("# question: A?\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    old = time.time_ns() - 3600 * 10**9

    def settle(path: Path, ago_s: int) -> None:
        os.utime(path, ns=(old + ago_s * 10**9, old + ago_s * 10**9))

    files = QueryFiles()
    assert files.get(folder, "a") is not files.get(folder, "a")  # just written: parsed each time
    settle(a, 0)
    settle(folder, 0)
    first = files.get(folder, "a")
    assert files.get(folder, "a") is first and first.question == "A?"  # kept
    a.write_text("# question: B?\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")  # same size
    settle(a, 1)
    assert files.get(folder, "a").question == "B?"
    (folder / "b.rq").write_text("# question: C?\nASK {}\n", encoding="utf-8")
    assert files.get(folder, "b").question == "C?"  # the folder changed: listed again
    settle(folder, 2)
    assert set(files.listing(folder)) == {"a", "b"}
    a.unlink()
    with pytest.raises(KeyError):
        files.get(folder, "a")
    assert set(files.listing(folder)) == {"b"}

"""The explorer's pages on `kg serve` (issue 15): each route's status, content type and security
headers, the /id/ descriptions by Accept, search by the one folding rule, and quotes as displayed.
The pages in a real browser are in test_pages_browser.py, the static site in test_site.py."""

from __future__ import annotations

import http.client
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from conftest import REPO, run_kg
from kg.api import load
from kg.serve.launch import kg_server
from kg.views.pages.quotes import context, display, plain
from test_viz import HOSTILE_NAME, HOSTILE_QUOTE, hostile  # noqa: F401 - the fixture, reused

ID = "https://w3id.org/prosecutor-kg/id/"
SECURITY = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
}


def get(base: str, path: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    conn.request("GET", path, headers={"Accept": accept} if accept else {})
    r = conn.getresponse()
    body = r.read()
    headers = {k.lower(): v for k, v in r.getheaders()}
    conn.close()
    return r.status, headers, body


def csp_of(headers: dict[str, str]) -> dict[str, str]:
    out = {}
    for part in headers["content-security-policy"].split(";"):
        name, _, value = part.strip().partition(" ")
        out[name] = value
    return out


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with kg_server(REPO, "--workers", "2", "--no-access-log") as url:
        yield url


@pytest.fixture(scope="module")
def hostile_base(hostile: Path) -> Iterator[str]:  # noqa: F811
    with kg_server(hostile, "--workers", "1", "--no-access-log") as url:
        yield url


# -- routes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/explore",
        "/actor/larry-krasner",
        "/document/000_157d255a560187af",
        "/search?q=gascon",
        "/search",
    ],
)
def test_each_page_is_html_with_the_security_headers(base: str, path: str) -> None:
    status, headers, body = get(base, path)
    assert status == 200, body[:300]
    assert headers["content-type"] == "text/html; charset=utf-8"
    for k, v in SECURITY.items():
        assert headers[k] == v
    assert headers["x-frame-options"] == "DENY"
    csp = csp_of(headers)
    assert csp["default-src"] == "'none'" and csp["frame-ancestors"] == "'none'"
    assert csp["script-src"] == "'none'"  # the server's pages run no script
    assert csp["style-src"].startswith("'sha256-")  # the one inline style, by hash
    assert csp["frame-src"] == ("'self'" if path.startswith("/actor/") else "'none'")


def test_the_embedded_map_may_be_framed_by_this_server_only(base: str) -> None:
    status, headers, body = get(base, "/actor/larry-krasner/map")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert headers["x-frame-options"] == "SAMEORIGIN"
    csp = csp_of(headers)
    assert csp["frame-ancestors"] == "'self'" and csp["default-src"] == "'none'"
    assert csp["script-src"].count("'sha256-") == 2  # vis-network and the view's script
    assert b"Larry Krasner: direct relations" in body
    # a click on an actor opens its page, in the whole window (the map's script opens links in _top)
    assert b'"link": "/actor/larry-krasner"' in body or b'"link":"/actor/larry-krasner"' in body


@pytest.mark.parametrize(
    "path", ["/actor/nobody", "/actor/nobody/map", "/document/nothing", "/id/actor/nobody"]
)
def test_unknown_ids_are_404_with_one_line(base: str, path: str) -> None:
    status, headers, body = get(base, path, "text/turtle" if path.startswith("/id/") else None)
    assert status == 404
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.decode().count("\n") == 1 and "nobody" in body.decode() or "nothing" in body.decode()
    assert headers["x-content-type-options"] == "nosniff"


def test_actor_page_has_every_assertion_grouped_by_family_with_source_and_note(base: str) -> None:
    from kg.base import ontology

    status, _, body = get(base, "/actor/larry-krasner")
    html = body.decode()
    g = load(REPO)
    krasner = URIRef(ID + "actor/larry-krasner")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    pk = "https://w3id.org/prosecutor-kg/ontology#"
    assertions = {
        str(a)
        for p in ("subject", "object")
        for a in g.subjects(URIRef(rdf + p), krasner)
        if str(g.value(a, URIRef(pk + "curation"))) == "reviewed"
    }
    # One entry per assertion, each with its stable anchor.
    assert html.count('<article class="entry') == len(assertions)
    for a in assertions:
        assert f'id="as-{a.split("/assertion/")[1].replace("/", "--")}"' in html
    # Families come from the ontology: every heading is a family of one of its relations.
    onto = ontology.load(sorted((REPO / "ontology").glob("prosecutor-kg.ttl")))
    families = {onto.family(r) for r in onto.relations}
    for fam in ("opposition", "support"):
        assert fam in families and f'id="family-{fam}"' in html
    # The source's URL and the curator's note are shown (the Washington Post piece has a URL).
    assert "https://www.washingtonpost.com/opinions/2021/02/09/" in html
    assert "Curator’s note:" in html
    # Quotes link to their span on the document page.
    assert 'href="/document/002_7ff4504f4581d9ef#ev-' in html
    assert '<iframe class="map"' in html and 'src="/actor/larry-krasner/map"' in html


def test_document_page_highlights_every_span(base: str) -> None:
    status, _, body = get(base, "/document/001_703ae86c6ab3de8b")
    html = body.decode()
    g = load(REPO)
    oa = "http://www.w3.org/ns/oa#"
    doc = URIRef(ID + "document/001_703ae86c6ab3de8b")
    spans = set()
    for t in g.subjects(URIRef(oa + "hasSource"), doc):
        for sel in g.objects(t, URIRef(oa + "hasSelector")):
            start = g.value(sel, URIRef(oa + "start"))
            if start is not None:
                spans.add((int(start), int(g.value(sel, URIRef(oa + "end")))))
    assert spans
    for s, e in spans:
        assert f'id="ev-{s}-{e}"' in html and f'id="x-ev-{s}-{e}"' in html
    assert '<mark class="ev' in html


# -- /id/ -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "ctype", "fmt"),
    [
        ("text/turtle", "text/turtle; charset=utf-8", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        (None, "text/turtle; charset=utf-8", "turtle"),
    ],
)
def test_id_describes_an_actor_with_its_assertions_and_evidence(
    base: str, accept: str | None, ctype: str, fmt: str
) -> None:
    status, headers, body = get(base, "/id/actor/larry-krasner", accept)
    assert status == 200 and headers["content-type"] == ctype
    assert headers["x-content-type-options"] == "nosniff"
    g = Graph().parse(data=body.decode(), format=fmt)
    krasner = URIRef(ID + "actor/larry-krasner")
    label = g.value(krasner, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    assert str(label) == "Larry Krasner"
    oa = "http://www.w3.org/ns/oa#"
    assert any(True for _ in g.triples((None, URIRef(oa + "exact"), None)))  # the quotes
    assert any(True for _ in g.triples((None, URIRef(oa + "start"), None)))  # and their offsets
    assert any(True for _ in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"), krasner))


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/id/actor/larry-krasner", "/actor/larry-krasner"),
        ("/id/document/000_157d255a560187af", "/document/000_157d255a560187af"),
    ],
)
def test_id_redirects_a_browser_to_the_page(base: str, path: str, location: str) -> None:
    status, headers, _ = get(base, path, "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 303 and headers["location"] == location
    assert headers["vary"] == "Accept"


# -- search -------------------------------------------------------------------------------------


def test_search_folds_case_accents_and_punctuation_one_way(base: str) -> None:
    pages = [
        get(base, "/search?" + urllib.parse.urlencode({"q": q}))[2] for q in ("gascon", "Gascón", "GASCÓN!")
    ]
    hits = [p.decode().split('<ul class="hits"', 1)[1] for p in pages]
    assert hits[0] == hits[1] == hits[2]
    first = hits[0].split("</li>", 1)[0]
    # "Gascon" is one of his aliases: an exact alias (rank 2), above every name that only contains it.
    assert 'data-rank="2"' in first and ">George Gascón</a>" in first


def test_kg_search_gives_the_same_rows_for_any_spelling() -> None:
    rows = []
    for q in ("gascon", "Gascón", "gascón's"):
        res = run_kg(REPO, "search", q, "--format", "json")
        assert res.exit_code == 0, res.output
        rows.append(
            [
                {k: v["value"] for k, v in r.items() if k != "text"}
                for r in json.loads(res.output)["results"]["bindings"]
            ]
        )
    assert rows[0] == rows[1] and len(rows[0]) > 3
    assert rows[0][0]["label"] == "George Gascón" and rows[0][0]["rank"] in ("1", "2")
    assert all(r["kind"] in ("actor", "quote") for r in rows[0])


def test_search_of_punctuation_only_is_a_usage_error() -> None:
    res = run_kg(REPO, "search", "!!!")
    assert res.exit_code == 2 and res.output.startswith("error:")


# -- hostile text --------------------------------------------------------------------------------


def test_hostile_label_and_quote_stay_text_on_every_page(hostile_base: str) -> None:
    for path in ("/explore", "/actor/mallory", "/actor/jane-roe", "/document/a", "/search?q=mallory"):
        status, _, body = get(hostile_base, path)
        html = body.decode()
        assert status == 200, html[:300]
        assert "<img src=x" not in html and "<script>window" not in html
    _, _, body = get(hostile_base, "/actor/mallory")
    assert "Mallory &lt;img src=x onerror=window.__pwned=1&gt;" in body.decode()
    _, _, body = get(hostile_base, "/document/a")
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;" in body.decode()
    assert HOSTILE_NAME and HOSTILE_QUOTE


# -- quotes as displayed (item 9) ----------------------------------------------------------------


def test_markdown_escapes_are_dropped_for_display_only() -> None:
    exact = r"Soros contributed close to an additional \$1.7 million"
    assert str(display(exact)) == "Soros contributed close to an additional $1.7 million"
    assert plain(exact) == "Soros contributed close to an additional $1.7 million"


def test_stars_show_as_emphasis() -> None:
    assert str(display("Opinion, *Soros Put Nearly \\$1.7 Million* in")) == (
        "Opinion, <em>Soros Put Nearly $1.7 Million</em> in"
    )
    assert str(display("2 * 3 * 4")) == "2 * 3 * 4"  # not an emphasis: spaces inside the stars


def test_footnote_markers_show_as_superscripts() -> None:
    assert str(display("a good prosecutor?”¹ Her answer")) == (
        'a good prosecutor?”<sup class="fn" title="footnote 1">1</sup> Her answer'
    )
    assert str(display("Association (CDA),113 sued Gascón")) == (
        'Association (CDA),<sup class="fn" title="footnote 113">113</sup> sued Gascón'
    )
    for number in ("1,000 people", "Directive 20-08.2 allowed", "$1.7 million"):
        assert str(display(number)) == number


def test_displayed_quotes_are_escaped() -> None:
    assert str(display("<script>x</script> *a<b*")) == "&lt;script&gt;x&lt;/script&gt; <em>a&lt;b</em>"


def test_context_is_the_sentence_around_the_quote_and_its_neighbours() -> None:
    text = "First one. Second has the quote here. Third one. Fourth."
    start = text.index("the quote")
    c = context(text, start, start + len("the quote"))
    assert (c.before, c.quote, c.after) == ("First one. Second has ", "the quote", " here. Third one.")

"""The map as a reader uses it (issue 15 item 4), in a real headless Chromium: a click on an actor
opens its page, a click on a relation pins its tooltip so the quote can be selected, the search
box finds and centres an actor, the legend hides types and families; no console errors, no
request to any other host, hostile names and quotes stay text. Also the link template rules and
the maps kg serve hands out (kg.serve.maps).

The browser, page helpers and the hostile fixture project come from test_viz.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page

from conftest import REPO, run_kg
from kg.base import ontology
from kg.querying.names import fold
from kg.views.links import BadLinkTemplate, check_link_template, node_href
from test_viz import (
    HOSTILE_NAME,
    HOSTILE_QUOTE,
    assert_clean,
    browser,  # noqa: F401 - the fixture
    edge_point,
    edges_between,
    hostile,  # noqa: F401 - the fixture
    network,
    node_point,
    open_view,
    payload,
    screenshot,
)

ROE = "https://w3id.org/prosecutor-kg/id/actor/jane-roe"
MALLORY = "https://w3id.org/prosecutor-kg/id/actor/mallory"
GASCON = "https://w3id.org/prosecutor-kg/id/actor/george-gascon"
SUED_QUOTE = "The Springfield Police Union sued District Attorney Jane Roe in 2019"
HOSTILE_URL = "https://example.org/gazette?a=1&b=<i>2</i>"
HOSTILE_NOTE = "Reportedly <img src=x onerror=window.__pwned=3> (the union is named two lines up)"


@pytest.fixture(scope="module")
def cited(hostile: Path) -> Path:  # noqa: F811 - the fixture
    """The hostile project with a source URL and a curator's note on the "sued" assertion,
    both holding markup."""
    sources = hostile / "corpus" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + f'  url: "{HOSTILE_URL}"\n', encoding="utf-8")
    path = hostile / "annotations" / "assertions" / "a.yaml"
    data = json.loads(path.read_text(encoding="utf-8"))
    for a in data["assertions"]:
        if a["relation"] == "sued":
            a["note"] = HOSTILE_NOTE
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run_kg(hostile, "build", "-q")
    assert res.exit_code == 0, res.output
    return hostile


def view(root: Path, out: Path, *args: str) -> Path:
    res = run_kg(root, "viz", "-o", str(out), *args)
    assert res.exit_code == 0, res.output
    return out


def in_canvas_empty_spot(page: Page) -> tuple[float, float]:
    """A point of the canvas with no actor and no relation under it."""
    spot = page.evaluate(
        """() => {
            const net = window.kgView.network;
            const r = document.getElementById('kg-network').getBoundingClientRect();
            for (let y = r.top + 10; y < r.bottom - 10; y += 15) {
                for (let x = r.left + 10; x < r.right - 10; x += 15) {
                    const p = {x: x - r.left, y: y - r.top};
                    if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) === undefined) return [x, y];
                }
            }
            return null;
        }"""
    )
    assert spot is not None
    return tuple(spot)  # type: ignore[return-value]


# -- click an actor: its page -------------------------------------------------------------------


def test_clicking_an_actor_opens_its_page(browser: Browser, cited: Path, tmp_path: Path) -> None:  # noqa: F811
    out = view(
        cited, tmp_path / "map" / "roe.html", "--focus", "jane roe", "--link-template", "pages/{id}.html"
    )
    pages = tmp_path / "map" / "pages"
    pages.mkdir()
    for name in ("jane-roe", "mallory"):
        (pages / f"{name}.html").write_text(
            f"<!DOCTYPE html><title>{name}</title><p>{name}", encoding="utf-8"
        )
    data = payload(out.read_text(encoding="utf-8"))
    assert {n["id"]: n["link"] for n in data["nodes"]}[ROE] == "pages/jane-roe.html"
    page, log = open_view(browser, out)
    assert_clean(log, out)
    with page.expect_navigation():
        page.mouse.click(*node_point(page, ROE))
    assert page.url == (pages / "jane-roe.html").as_uri()
    assert page.title() == "jane-roe"
    assert log.problems() == []
    page.close()


def test_without_a_link_template_a_click_on_an_actor_pins_it(
    browser: Browser,  # noqa: F811
    cited: Path,
    tmp_path: Path,
) -> None:
    out = view(cited, tmp_path / "all.html")
    assert all("link" not in n for n in payload(out.read_text(encoding="utf-8"))["nodes"])
    page, log = open_view(browser, out)
    page.mouse.click(*node_point(page, MALLORY))
    assert page.url == out.resolve().as_uri()
    assert page.is_visible("#kg-pin")
    # A hostile name is text in the pinned tooltip: no element but our own paragraphs.
    assert page.inner_text("#kg-pin .kg-head") == HOSTILE_NAME
    tags = page.evaluate("() => [...document.querySelectorAll('#kg-pin-body *')].map(e => e.tagName)")
    assert set(tags) <= {"P", "BLOCKQUOTE", "STRONG", "A"}
    assert page.evaluate("() => [typeof window.__pwned, document.images.length]") == ["undefined", 0]
    assert_clean(log, out)
    page.close()


# -- click a relation: a pinned tooltip --------------------------------------------------------


def test_a_click_pins_a_relations_tooltip_and_its_quote_can_be_selected(
    browser: Browser,  # noqa: F811
    cited: Path,
    tmp_path: Path,
) -> None:
    out = view(cited, tmp_path / "roe.html", "--focus", "jane roe", "--link-template", "/actor/{id}")
    G = network(cited)
    (sued,) = [k for k in edges_between(G, "Springfield Police Union", "Jane Roe") if "--sued--" in k]
    page, log = open_view(browser, out)
    x, y = edge_point(page, sued)
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-pin", state="visible")
    # The pin stays when the pointer moves away (a hover tooltip would vanish).
    page.mouse.move(*in_canvas_empty_spot(page), steps=5)
    page.wait_for_timeout(300)
    assert page.is_visible("#kg-pin")
    # Back over the pinned relation, its hover tooltip does not repeat the pinned one on top.
    page.mouse.move(x, y, steps=5)
    page.wait_for_timeout(400)
    assert not page.is_visible("div.vis-tooltip")
    assert page.inner_text("#kg-pin .kg-head") == "Springfield Police Union — sued → Jane Roe"
    assert page.inner_text("#kg-pin .kg-quote") == SUED_QUOTE
    # The source's URL is a link, the curator's note is shown, both as text.
    a = page.query_selector("#kg-pin .kg-url a")
    assert a is not None and a.get_attribute("href") == "https://example.org/gazette?a=1&b=%3Ci%3E2%3C/i%3E"
    assert a.inner_text() == HOSTILE_URL
    assert page.inner_text("#kg-pin .kg-curator-note") == f"Curator's note: {HOSTILE_NOTE}"
    assert page.evaluate("() => [typeof window.__pwned, document.images.length]") == ["undefined", 0]
    # Select the quote as a reader would (triple click: the paragraph), and read the selection.
    page.click("#kg-pin .kg-quote", click_count=3)
    assert page.evaluate("() => window.getSelection().toString()").strip() == SUED_QUOTE
    assert page.is_visible("#kg-pin")  # selecting inside the tooltip does not unpin it
    screenshot(page, "pinned-tooltip.png")
    # Esc unpins; a click on an empty spot of the map unpins; so does the close button.
    page.keyboard.press("Escape")
    assert page.is_hidden("#kg-pin")
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-pin", state="visible")
    page.mouse.click(*in_canvas_empty_spot(page))
    assert page.is_hidden("#kg-pin")
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-pin", state="visible")
    page.click("#kg-pin-close")
    assert page.is_hidden("#kg-pin")
    assert page.url == out.resolve().as_uri()  # a click on a relation never navigates
    assert_clean(log, out)
    page.close()


def test_hover_tooltip_shows_url_and_note(browser: Browser, cited: Path, tmp_path: Path) -> None:  # noqa: F811
    from test_viz import hover_tooltip

    out = view(cited, tmp_path / "roe.html", "--focus", "jane roe")
    G = network(cited)
    (sued,) = [k for k in edges_between(G, "Springfield Police Union", "Jane Roe") if "--sued--" in k]
    page, log = open_view(browser, out)
    text = hover_tooltip(page, *edge_point(page, sued))
    assert f"URL: {HOSTILE_URL}" in text
    assert f"Note: {HOSTILE_NOTE}" in text
    assert "Published: The Gazette, 2020-01-02" in text
    assert page.evaluate("() => [typeof window.__pwned, document.images.length]") == ["undefined", 0]
    assert_clean(log, out)
    page.close()


# -- the search box ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def linked_overview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("linked") / "overview.html"
    return view(REPO, out, "--link-template", "actor/{id}.html")


def centred(page: Page, node: str) -> bool:
    return page.evaluate(
        """(id) => {
            const net = window.kgView.network;
            const d = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return Math.abs(d.x - r.width / 2) < 5 && Math.abs(d.y - r.height / 2) < 5;
        }""",
        node,
    )


@pytest.mark.parametrize("typed", ["gascon", "GASCÓN", "  george   gascón "])
def test_search_box_finds_and_centres_an_actor(browser: Browser, linked_overview: Path, typed: str) -> None:  # noqa: F811
    page, log = open_view(browser, linked_overview, size=(1400, 900))
    assert not centred(page, GASCON)
    page.fill("#kg-search", typed)
    page.press("#kg-search", "Enter")
    assert page.evaluate("() => window.kgView.network.getSelectedNodes()") == [GASCON]
    assert centred(page, GASCON)
    assert page.inner_text("#kg-found").startswith("George Gascón")
    expected = (linked_overview.parent / "actor" / "george-gascon.html").as_uri()
    assert page.get_attribute("#kg-found a", "href") == expected
    assert_clean(log, linked_overview)
    page.close()


def test_search_box_says_when_nothing_matches(browser: Browser, linked_overview: Path) -> None:  # noqa: F811
    page, log = open_view(browser, linked_overview)
    page.fill("#kg-search", "Nobody Atall")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-found") == "No actor named Nobody Atall in this view"
    assert page.evaluate("() => window.kgView.network.getSelectedNodes()") == []
    assert_clean(log, linked_overview)
    page.close()


FOLD_SAMPLES = [
    "George Gascón",
    "GASCÓN",
    "  José   Garza ",
    "Krasner’s critics",
    "“Safety and Justice” PACs",
    "ADDA v. Gascón (L.A.)",
    "Straße",
    "São Paulo — Ñandú",
    "Mallory <img src=x onerror=1>",
    "l'Église",
    "under_score 42",
]


def test_the_page_folds_names_as_the_command_line_does(browser: Browser, linked_overview: Path) -> None:  # noqa: F811
    page, _log = open_view(browser, linked_overview)
    folded = page.evaluate("(xs) => xs.map(window.kgView.fold)", FOLD_SAMPLES)
    assert folded == [fold(s) for s in FOLD_SAMPLES]
    page.close()


def test_search_index_holds_labels_and_aliases_folded(linked_overview: Path) -> None:
    G = network(REPO)
    data = payload(linked_overview.read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    with_alias = [n for n, d in G.nodes(data=True) if d["aliases"]]
    assert with_alias, "the real graph has aliases"
    for n in with_alias:
        d = G.nodes[n]
        assert set(by_id[n]["names"]) == {fold(x) for x in (d["label"], *d["aliases"])}


# -- the legend's filters ----------------------------------------------------------------------


def visible_nodes(page: Page) -> list[str]:
    """The actors the network draws (vis-network's own state, not our data set)."""
    return page.evaluate(
        """() => {
            const all = window.kgView.network.body.nodes;
            return Object.keys(all).filter(id => !all[id].options.hidden).sort();
        }"""
    )


def test_legend_hides_an_actor_type_and_a_relation_family(browser: Browser, linked_overview: Path) -> None:  # noqa: F811
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = network(REPO)
    page, log = open_view(browser, linked_overview, size=(1400, 900))
    typ = "HeadProsecutor"
    of_type = {n for n, d in G.nodes(data=True) if d["type"] == typ}
    assert of_type
    box = f'#kg-legend input[data-type="{typ}"]'
    page.uncheck(box)
    assert set(visible_nodes(page)) == set(G) - of_type
    # A hidden actor cannot be clicked.
    some = sorted(of_type)[0]
    x, y = node_point(page, some)
    r = page.evaluate(
        "() => { const r = kgView.network.body.container.getBoundingClientRect(); return [r.left, r.top]; }"
    )
    assert page.evaluate("(p) => window.kgView.network.getNodeAt(p)", {"x": x - r[0], "y": y - r[1]}) != some
    page.check(box)
    assert set(visible_nodes(page)) == set(G)
    # A family, as the ontology groups relations.
    fam = "opposition"
    in_family = {k for _, _, k, d in G.edges(keys=True, data=True) if onto.family(d["relation"]) == fam}
    assert in_family
    page.uncheck(f'#kg-legend input[data-family="{fam}"]')
    shown = page.evaluate("() => window.kgView.edges.get({filter: e => !e.hidden}).map(e => e.id)")
    assert set(shown) == {k for _, _, k in G.edges(keys=True)} - in_family
    page.check(f'#kg-legend input[data-family="{fam}"]')
    assert (
        len(page.evaluate("() => window.kgView.edges.get({filter: e => !e.hidden})")) == G.number_of_edges()
    )
    assert_clean(log, linked_overview)
    page.close()


def test_legend_families_come_from_the_ontology(linked_overview: Path) -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    html = linked_overview.read_text(encoding="utf-8")
    G = network(REPO)
    families = {onto.family(d["relation"]) for _, _, d in G.edges(data=True)}
    for fam in families:
        assert f'data-family="{fam}"' in html
    assert html.count("data-family=") == len(families)


# -- hostile text and links -------------------------------------------------------------------


def test_hostile_names_stay_text_in_search(browser: Browser, cited: Path, tmp_path: Path) -> None:  # noqa: F811
    out = view(cited, tmp_path / "all.html", "--link-template", "actor/{id}.html")
    page, log = open_view(browser, out)
    page.fill("#kg-search", "mallory")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-found").startswith(HOSTILE_NAME)
    options = page.evaluate("() => [...document.querySelectorAll('#kg-names option')].map(o => o.value)")
    assert HOSTILE_NAME in options
    # The hostile quote pinned: text too.
    G = network(cited)
    (k,) = edges_between(G, HOSTILE_NAME, "Jane Roe")
    page.mouse.click(*edge_point(page, k))
    page.wait_for_selector("#kg-pin", state="visible")
    assert page.inner_text("#kg-pin .kg-quote") == HOSTILE_QUOTE
    assert page.evaluate(
        "() => [typeof window.__pwned, document.images.length, document.scripts.length]"
    ) == ["undefined", 0, 3]
    assert_clean(log, out)
    page.close()


@pytest.mark.parametrize(
    "template",
    [
        "javascript:alert(1)//{id}",
        " javascript:alert(1)//{id}",
        "JavaScript:alert(1)//{id}",
        "data:text/html,{id}",
        "file:///etc/{id}",
        "//evil.example/{id}",
        "\\\\evil.example/{id}",
        "/actor/\t{id}",
        "/actor/",
        "/actor/{id}/{id}",
    ],
)
def test_link_templates_that_are_not_relative_or_http_are_refused(template: str, tmp_path: Path) -> None:
    with pytest.raises(BadLinkTemplate):
        check_link_template(template)
    res = run_kg(REPO, "viz", "-o", str(tmp_path / "v.html"), "--link-template", template)
    assert res.exit_code == 2, res.output
    assert res.output.startswith("error: link template") and "Traceback" not in res.output
    assert not (tmp_path / "v.html").exists()


@pytest.mark.parametrize(
    ("template", "iri", "href"),
    [
        ("/actor/{id}", "https://w3id.org/prosecutor-kg/id/actor/larry-krasner", "/actor/larry-krasner"),
        (
            "actor/{id}.html",
            "https://w3id.org/prosecutor-kg/id/actor/larry-krasner",
            "actor/larry-krasner.html",
        ),
        ("https://kg.example/actor/{id}", "urn:x:a b?c", "https://kg.example/actor/urn%3Ax%3Aa%20b%3Fc"),
        ("/actor/{id}", 'https://w3id.org/x/../<script>"', "/actor/%3Cscript%3E%22"),
        ("/actor/{id}", "https://w3id.org/x/a#b", "/actor/b"),
    ],
)
def test_node_links_percent_encode_the_id(template: str, iri: str, href: str) -> None:
    assert node_href(template, iri) == href


def test_every_view_of_viz_all_links_its_actors(tmp_path: Path) -> None:
    res = run_kg(REPO, "viz", "--all", "-o", str(tmp_path / "v"), "--link-template", "../actor/{id}.html")
    assert res.exit_code == 0, res.output
    for p in sorted((tmp_path / "v").glob("*.html")):
        if p.name == "index.html":
            continue
        nodes: list[dict[str, Any]] = payload(p.read_text(encoding="utf-8"))["nodes"]
        assert nodes and all(n["link"] == f"../actor/{quote(n['id'].rsplit('/', 1)[-1])}.html" for n in nodes)


# -- kg serve's maps ---------------------------------------------------------------------------


def test_serve_maps_link_actors_to_actor_pages() -> None:
    from kg.serve.maps import ACTOR_LINK, actor_map, overview_map

    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = network(REPO)
    krasner = "https://w3id.org/prosecutor-kg/id/actor/larry-krasner"
    m = actor_map(G, onto, krasner)
    nodes = payload(m.html)["nodes"]
    assert ACTOR_LINK == "/actor/{id}"
    assert {n["id"]: n["link"] for n in nodes}[krasner] == "/actor/larry-krasner"
    assert all(n["link"] == "/actor/" + n["id"].rsplit("/", 1)[-1] for n in nodes)
    assert "frame-ancestors 'self'" in m.csp and "default-src 'none'" in m.csp
    assert "script-src 'sha256-" in m.csp
    over = overview_map(G, onto)
    assert len(payload(over.html)["nodes"]) == G.number_of_nodes()

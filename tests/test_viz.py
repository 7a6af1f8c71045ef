"""`kg viz`: filters, names, determinism, and the page itself in a real headless Chromium.

The browser tests use Debian's chromium driven by Playwright (`make test` installs both; the
browser Playwright would download is never used). They skip, with the reason shown, only
when no Chromium binary exists on this machine.
"""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from markupsafe import escape as html_escape
from playwright.sync_api import Browser, Page, sync_playwright

from conftest import REPO, run_kg, span
from kg.api import load
from kg.base import ontology
from kg.views.network import to_networkx
from kg.views.subgraph import Selection, select
from kg.views.viz import LAYOUT_THRESHOLD, render


def network(root: Path) -> nx.MultiDiGraph:
    """The actor network of the project at ROOT, as kg.views.network builds it."""
    return to_networkx(load(root))


ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE_NAME = "Mallory <img src=x onerror=window.__pwned=1>"
HOSTILE_QUOTE = "<script>window.__pwned=2</script> said Mallory, who then sued and criticized Jane Roe"


def chromium_path() -> str | None:
    """Debian's chromium, else any Chromium on PATH."""
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    exe = chromium_path()
    if exe is None:
        pytest.skip(
            "no Chromium: /usr/bin/chromium is missing and none is on PATH (`make test` installs it as root)"
        )
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageLog:
    """What a page did while open: console messages, uncaught errors, requests, dialogs."""

    def __init__(self, page: Page):
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def problems(self) -> list[str]:
        return [f"{t}: {m}" for t, m in self.console if t in ("error", "warning")] + self.errors


def open_view(browser: Browser, path: Path, size: tuple[int, int] = (1200, 800)) -> tuple[Page, PageLog]:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    log = PageLog(page)
    page.goto(path.resolve().as_uri())
    # The page sets this once the network is drawn and usable (waiting by selector, not by a
    # script: the page's CSP rightly forbids the eval that wait_for_function would need).
    page.wait_for_selector("body[data-ready=true]", state="attached")
    return page, log


def assert_clean(log: PageLog, path: Path) -> None:
    assert log.problems() == []
    assert log.dialogs == []
    own = path.resolve().as_uri()
    assert [u for u in log.requests if u != own and not u.startswith("data:")] == []


def counts(page: Page) -> tuple[int, int]:
    return tuple(page.evaluate("() => [window.kgView.nodes.length, window.kgView.edges.length]"))  # type: ignore[return-value]


def edge_point(page: Page, edge_id: str) -> tuple[float, float]:
    """Page coordinates of the middle of an edge as drawn (curved edges included)."""
    return tuple(
        page.evaluate(
            """(id) => {
                const net = window.kgView.network;
                const p = net.body.edges[id].edgeType.getPoint(0.5);
                const d = net.canvasToDOM(p);
                const r = document.getElementById('kg-network').getBoundingClientRect();
                return [d.x + r.left, d.y + r.top];
            }""",
            edge_id,
        )
    )  # type: ignore[return-value]


def node_point(page: Page, node_id: str) -> tuple[float, float]:
    return tuple(
        page.evaluate(
            """(id) => {
                const net = window.kgView.network;
                const d = net.canvasToDOM(net.getPositions([id])[id]);
                const r = document.getElementById('kg-network').getBoundingClientRect();
                return [d.x + r.left, d.y + r.top];
            }""",
            node_id,
        )
    )  # type: ignore[return-value]


def hover_tooltip(page: Page, x: float, y: float) -> str:
    page.mouse.move(x - 20, y - 20)
    page.mouse.move(x, y, steps=4)
    tip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert tip is not None
    return tip.inner_text()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / name
    page.screenshot(path=str(out))
    return out


def write_project(root: Path, doc: str, entities: str, assertions: list[dict[str, Any]]) -> Path:
    """A small project: the real ontology, one document, these entities and assertions (each
    assertion's `quote` is located in the document here)."""
    shutil.copytree(REPO / "ontology", root / "ontology")
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(doc, encoding="utf-8")
    (root / "corpus" / "sources.yaml").write_text(
        "- file: a.txt\n  title: Gazette <b>bold</b>\n  publisher: The Gazette\n  date: 2020-01-02\n",
        encoding="utf-8",
    )
    ann = root / "annotations"
    (ann / "assertions").mkdir(parents=True)
    (ann / "entities.yaml").write_text(textwrap.dedent(entities), encoding="utf-8")
    items = []
    for a in assertions:
        a = dict(a)
        quote = a.pop("quote")
        start, end = span(doc, quote)
        items.append({**a, "evidence": [{"quote": quote, "start": start, "end": end}]})
    (ann / "assertions" / "a.yaml").write_text(
        json.dumps({"document": "a.txt", "assertions": items}, ensure_ascii=False), encoding="utf-8"
    )
    res = run_kg(root, "build", "-q")
    assert res.exit_code == 0, res.output
    return root


HOSTILE_DOC = (
    "Gazette, 2020.\n\n"
    f"{HOSTILE_QUOTE} over her bail policy.\n"
    "The Springfield Police Union sued District Attorney Jane Roe in 2019.\n"
    "The union also criticized Jane Roe on television.\n"
    "Later the Justice Fund gave $2 million to Jane Roe.\n"
)
HOSTILE_ENTITIES = f"""\
- id: jane-roe
  type: HeadProsecutor
  label: Jane Roe
  aliases: [Jane Roe]
  offices:
    - {{title: District Attorney, jurisdiction: Springfield}}
- id: mallory
  type: Activist
  label: "{HOSTILE_NAME}"
- id: springfield-police-union
  type: PoliceUnion
  label: Springfield Police Union
- id: justice-fund
  type: ActionFund
  label: Justice Fund
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose actor name and quote are HTML and script, with two parallel edges."""
    return write_project(
        tmp_path_factory.mktemp("hostile"),
        HOSTILE_DOC,
        HOSTILE_ENTITIES,
        [
            {"subject": "mallory", "relation": "criticized", "object": "jane-roe", "quote": HOSTILE_QUOTE},
            {
                "subject": "springfield-police-union",
                "relation": "sued",
                "object": "jane-roe",
                "date": "2019",
                "quote": "The Springfield Police Union sued District Attorney Jane Roe in 2019",
            },
            {
                "subject": "springfield-police-union",
                "relation": "criticized",
                "object": "jane-roe",
                "quote": "The union also criticized Jane Roe on television",
            },
            {
                "subject": "justice-fund",
                "relation": "funded",
                "object": "jane-roe",
                "amount": 2000000,
                "currency": "USD",
                "quote": "the Justice Fund gave $2 million to Jane Roe",
            },
        ],
    )


@pytest.fixture(scope="module")
def real_overview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("views") / "overview.html"
    res = run_kg(REPO, "viz", "-o", str(out))
    assert res.exit_code == 0, res.output
    return out


def payload(html: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def edges_between(G: nx.MultiDiGraph, label_u: str, label_v: str) -> list[str]:
    ids = {d["label"]: n for n, d in G.nodes(data=True)}
    return sorted(G[ids[label_u]][ids[label_v]])


# -- in the browser ----------------------------------------------------------------------------


def test_overview_of_real_graph_loads_offline_with_expected_counts(
    browser: Browser, real_overview: Path
) -> None:
    G = network(REPO)
    page, log = open_view(browser, real_overview, size=(1600, 1000))
    assert counts(page) == (G.number_of_nodes(), G.number_of_edges())
    ids = set(page.evaluate("() => window.kgView.edges.getIds()"))
    assert ids == {k for _, _, k in G.edges(keys=True)}
    assert_clean(log, real_overview)
    shot = screenshot(page, "overview.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.close()


def test_hovering_an_edge_shows_its_quote_and_source(browser: Browser, hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "roe.html"
    assert run_kg(hostile, "viz", "--focus", "jane roe", "-o", str(out)).exit_code == 0
    G = network(hostile)
    (sued,) = [k for k in edges_between(G, "Springfield Police Union", "Jane Roe") if "--sued--" in k]
    page, log = open_view(browser, out)
    text = hover_tooltip(page, *edge_point(page, sued))
    assert "Springfield Police Union — sued → Jane Roe" in text
    assert "Date: 2019" in text
    assert "“The Springfield Police Union sued District Attorney Jane Roe in 2019”" in text
    assert "Source: Gazette <b>bold</b> (a.txt, characters" in text
    screenshot(page, "edge-hover.png")
    assert_clean(log, out)
    page.close()


def test_hovering_a_node_shows_type_offices_and_counts(
    browser: Browser, hostile: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.html"
    assert run_kg(hostile, "viz", "-o", str(out)).exit_code == 0
    page, log = open_view(browser, out)
    text = hover_tooltip(page, *node_point(page, "https://w3id.org/prosecutor-kg/id/actor/jane-roe"))
    assert text.splitlines()[:2] == ["Jane Roe", "head prosecutor"]
    assert "Office: " in text and "Springfield" in text
    assert "4 relations: 4 in, 0 out" in text
    assert "opposition: 3 in" in text and "support: 1 in" in text
    assert_clean(log, out)
    page.close()


def test_parallel_edges_are_drawn_apart(browser: Browser, hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    assert run_kg(hostile, "viz", "-o", str(out)).exit_code == 0
    G = network(hostile)
    pair = edges_between(G, "Springfield Police Union", "Jane Roe")
    assert len(pair) == 2  # sued and criticized
    page, log = open_view(browser, out)
    assert counts(page) == (4, 4)
    (x1, y1), (x2, y2) = (edge_point(page, k) for k in pair)
    assert abs(x1 - x2) + abs(y1 - y2) > 10, "the two edges are drawn on top of each other"
    assert_clean(log, out)
    page.close()


def test_hostile_name_and_quote_stay_text(browser: Browser, hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "mallory.html"
    res = run_kg(hostile, "viz", "--focus", "mallory", "--depth", "2", "-o", str(out))
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>window" not in html
    page, log = open_view(browser, out)
    assert page.evaluate(
        "() => [typeof window.__pwned, document.images.length, document.scripts.length]"
    ) == ["undefined", 0, 3]
    assert page.inner_text("#kg-title").startswith(HOSTILE_NAME)
    G = network(hostile)
    (k,) = edges_between(G, HOSTILE_NAME, "Jane Roe")
    text = hover_tooltip(page, *edge_point(page, k))
    assert f"“{HOSTILE_QUOTE}”" in text
    # innerText turns newlines into <br>; any other element would mean the text became markup.
    tags = page.evaluate("() => [...document.querySelectorAll('div.vis-tooltip *')].map(e => e.tagName)")
    assert set(tags) <= {"BR"}
    node_text = hover_tooltip(page, *node_point(page, "https://w3id.org/prosecutor-kg/id/actor/mallory"))
    assert node_text.startswith(HOSTILE_NAME)
    assert page.evaluate("() => [typeof window.__pwned, document.images.length]") == ["undefined", 0]
    screenshot(page, "hostile.png")
    assert_clean(log, out)
    page.close()


CSS_NAME = "Mallory @import url(//evil.example/a.css)"
CSS_QUOTE = "Mallory wrote url(//evil.example/b.png) and @import 'https://evil.example/c.css' about Jane Roe"


def test_css_text_in_a_name_or_quote_is_text_not_a_request(browser: Browser, tmp_path: Path) -> None:
    # The page's self-containment check once grepped the whole file, read these as requests,
    # and wrote nothing; it now reads the page as the browser does, and so does this test.
    doc = f"Gazette, 2020.\n\n{CSS_QUOTE}.\n"
    entities = f"""\
    - id: jane-roe
      type: HeadProsecutor
      label: Jane Roe
    - id: mallory
      type: Activist
      label: "{CSS_NAME}"
    """
    root = write_project(
        tmp_path / "css",
        doc,
        entities,
        [{"subject": "mallory", "relation": "criticized", "object": "jane-roe", "quote": CSS_QUOTE}],
    )
    out = tmp_path / "css.html"
    res = run_kg(root, "viz", "-o", str(out))
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "evil.example" in html  # the text is on the page
    page, log = open_view(browser, out)
    node_text = hover_tooltip(page, *node_point(page, "https://w3id.org/prosecutor-kg/id/actor/mallory"))
    assert node_text.startswith(CSS_NAME)
    assert_clean(log, out)  # and nothing was requested
    page.close()


@pytest.mark.parametrize(
    "element",
    [
        '<script src="//cdn.example/x.js"></script>',
        '<link rel="stylesheet" href="https://cdn.example/a.css">',
        "<style>@import 'x.css';</style>",
        '<div style="background: url(https://cdn.example/x.png)"></div>',
        '<img srcset="a.png 1x, //cdn.example/b.png 2x">',
        '<svg><image href="HTTPS://cdn.example/a.png"/></svg>',
        '<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">',
    ],
)
def test_the_self_containment_check_still_catches_real_requests(element: str) -> None:
    from kg.views.viz import assert_self_contained

    with pytest.raises(RuntimeError, match="not self-contained"):
        assert_self_contained(f"<!DOCTYPE html><html><head></head><body>{element}</body></html>")
    # The same text as escaped content, or inside the JSON data block, requests nothing.
    from markupsafe import escape

    assert_self_contained(f"<p>{escape(element)}</p>")
    assert_self_contained(f'<script type="application/json">{json.dumps(str(escape(element)))}</script>')


def test_big_view_is_laid_out_in_python_and_usable(browser: Browser, tmp_path: Path) -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    n = LAYOUT_THRESHOLD + 50
    G = synthetic(n, 2 * n)
    view = render(G, onto, title="Synthetic")
    data = payload(view.html)
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in node and "y" in node for node in data["nodes"])
    out = tmp_path / "big.html"
    out.write_text(view.html, encoding="utf-8")
    page, log = open_view(browser, out)
    assert counts(page) == (n, 2 * n)
    assert_clean(log, out)
    page.close()


def test_every_view_of_viz_all_loads(browser: Browser, tmp_path: Path) -> None:
    res = run_kg(REPO, "viz", "--all", "-o", str(tmp_path / "views"))
    assert res.exit_code == 0, res.output
    pages = sorted((tmp_path / "views").glob("*.html"))
    index = (tmp_path / "views" / "index.html").read_text(encoding="utf-8")
    linked = re.findall(r'<a href="([^"]+)">', index)
    assert sorted(linked) == sorted(p.name for p in pages if p.name != "index.html")
    for p in pages:
        if p.name == "index.html":
            continue
        page, log = open_view(browser, p)
        assert counts(page)[0] >= 1
        assert_clean(log, p)
        page.close()


# -- without a browser -------------------------------------------------------------------------


def synthetic(n: int, m: int) -> nx.MultiDiGraph:
    """A seeded random actor network with the attributes kg.views.network produces."""
    import random

    rng = random.Random(5)  # noqa: S311 - synthetic data, not security
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    types, rels = sorted(onto.types), sorted(r for r in onto.relations if r != "relatedTo")
    G = nx.MultiDiGraph()
    for i in range(n):
        t = rng.choice(types)
        G.add_node(f"urn:a{i}", label=f"Actor {i}", type=t, types=[t], offices=[])
    for j in range(m):
        u, v, rel = f"urn:a{rng.randrange(n)}", f"urn:a{rng.randrange(n)}", rng.choice(rels)
        G.add_edge(
            u,
            v,
            key=f"urn:e{j}",
            relation=rel,
            relation_label=rel,
            family=onto.family(rel),
            quote=f"quote {j}",
            quotes=[f"quote {j}"],
            document="a.txt",
            start=0,
            end=7,
            curation="reviewed",
        )
    return G


def test_page_is_self_contained_utf8_and_deterministic(real_overview: Path, tmp_path: Path) -> None:
    html = real_overview.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\s(src|href)=["']?(https?:)?//""", html, re.I)
    for host in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "bootstrap"):
        assert host not in html
    again = tmp_path / "again.html"
    assert run_kg(REPO, "viz", "-o", str(again)).exit_code == 0
    assert again.read_bytes() == real_overview.read_bytes()


def test_big_layout_is_seeded() -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = synthetic(LAYOUT_THRESHOLD + 20, 500)
    a, b = render(G, onto).html, render(G, onto).html
    assert a == b
    assert render(G, onto, seed=99).html != a


def test_relation_filter_includes_sub_relations() -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = network(REPO)
    H = select(G, onto, Selection(relations=("opposed",)))
    rels = {d["relation"] for _, _, d in H.edges(data=True)}
    assert {"opposed", "sued", "criticized"} <= rels
    assert rels <= set(onto.relation_descendants("opposed"))
    assert all(H.degree(n) for n in H)
    expected = sum(
        1 for _, _, d in G.edges(data=True) if d["relation"] in onto.relation_descendants("opposed")
    )
    assert H.number_of_edges() == expected


def test_type_filter_includes_subtypes_and_keeps_focus(hostile: Path) -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = network(REPO)
    H = select(G, onto, Selection(types=("PoliceUnion",)))
    below = {t for t in onto.types if "PoliceUnion" in onto.type_ancestors(t)}
    assert all(set(d["types"]) & below for _, d in H.nodes(data=True))
    G2 = network(hostile)
    roe = "https://w3id.org/prosecutor-kg/id/actor/jane-roe"
    H2 = select(G2, onto, Selection(types=("LaborUnion",), focus=roe))
    assert sorted(d["label"] for _, d in H2.nodes(data=True)) == ["Jane Roe", "Springfield Police Union"]
    assert H2.number_of_edges() == 2


def test_focus_depth_counts(hostile: Path) -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    G = network(hostile)
    mallory = "https://w3id.org/prosecutor-kg/id/actor/mallory"
    assert select(G, onto, Selection(focus=mallory, depth=1)).number_of_nodes() == 2
    assert select(G, onto, Selection(focus=mallory, depth=2)).number_of_nodes() == 4


def test_focus_name_matching_and_errors(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    ok = run_kg(hostile, "viz", "--focus", "  JANE   roe ", "-o", str(out))
    assert ok.exit_code == 0, ok.output
    assert "Jane Roe: direct relations" in out.read_text(encoding="utf-8")
    res = run_kg(hostile, "viz", "--focus", "Jane Rowe", "-o", str(out))
    assert res.exit_code == 1
    assert "did you mean" in res.output and "Jane Roe" in res.output
    assert "Traceback" not in res.output


def test_focus_matches_aliases_without_accents(tmp_path: Path) -> None:
    G = network(REPO)
    accented = [d["label"] for _, d in G.nodes(data=True) if re.search(r"[À-ÿ]", d["label"])]
    assert accented, "the real graph has accented names (e.g. José Garza, George Gascón)"
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", accented[0]) if not unicodedata.combining(c))
    res = run_kg(REPO, "viz", "--focus", plain.upper(), "-o", str(tmp_path / "v.html"))
    assert res.exit_code == 0, res.output


def test_unknown_relation_or_type_is_a_usage_error(tmp_path: Path) -> None:
    res = run_kg(REPO, "viz", "--relation", "oposed", "-o", str(tmp_path / "v.html"))
    assert res.exit_code == 2 and "did you mean opposed" in res.output
    res = run_kg(REPO, "viz", "--type", "PoliceUnoin", "-o", str(tmp_path / "v.html"))
    assert res.exit_code == 2 and "PoliceUnion" in res.output
    assert not (tmp_path / "v.html").exists()


def test_legend_and_styles_come_from_the_ontology(real_overview: Path) -> None:
    onto = ontology.load(sorted((REPO / "ontology").glob("*.ttl")))
    html = real_overview.read_text(encoding="utf-8")
    data = payload(html)
    for node in data["nodes"]:
        color, shape = onto.type_style(node["type"])
        assert (node["color"]["background"], node["shape"]) == (color, shape)
        assert f'<span class="name">{html_escape(onto.types[node["type"]].label)}</span>' in html
    for edge in data["edges"]:
        assert edge["color"]["color"] == onto.color(edge["relation"])
        assert edge["family"] == onto.family(edge["relation"])
        assert edge["arrows"] == "to" and edge["label"]

"""Self-contained HTML maps of the actor network, drawn with pyvis / vis-network.

One file per view, readable offline and safe to share:

- vis-network's JavaScript and CSS (shipped inside the pyvis package) are inlined, and our own
  template replaces pyvis's, which links Bootstrap and a CDN. A Content-Security-Policy with
  `default-src 'none'` makes any request to another host fail even if something slipped in.
- Text from documents (names, quotes, titles) is untrusted. Node and edge data travel as JSON
  in a non-executable `<script type="application/json">` block, with `<`, `>` and `&` escaped;
  tooltips are plain strings, which vis-network shows with innerText; the legend and heading
  are autoescaped by Jinja. pyvis's innerHTML popup (switched on by "href" in a title) is never
  used, and inline scripts are allowed by hash only, so an injected `onerror=` cannot run.
- Colours, shapes and relation families come from the ontology, never from a list kept here.
- The layout is seeded. Views above LAYOUT_THRESHOLD nodes get positions from networkx
  (kg.views.layout) with physics off, so they are usable as soon as they are drawn.

A reader can use the map, not only look at it (templates/view.js): a click on an actor opens its
page when the caller gives a link template (`node_link="/actor/{id}"`; none by default, so a
standalone file links nowhere); a click on a relation pins its tooltip, whose quote can then be
selected and copied (Esc or a click elsewhere unpins); a search box finds and centres an actor by
the CLI's name matching (kg.querying.names.fold; the page folds what is typed the same way); the
legend's check boxes hide actor types and relation families (families from the ontology).
Links are built here (kg.views.links), never from text in the page: the id is percent-encoded,
and a template must be a relative or http(s) link.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.querying.names import fold
from kg.views.layout import SEED
from kg.views.links import check_link_template, node_href

if TYPE_CHECKING:
    import jinja2
    import networkx as nx

    from kg.base.ontology import Ontology

LAYOUT_THRESHOLD = 300  # above this many nodes, positions come from Python and physics is off
TEMPLATES = Path(__file__).with_name("templates")
VIS_VERSION = "9.1.2"  # the vis-network build that pyvis 0.3.x ships
MAX_QUOTES_IN_TOOLTIP = 3


@dataclass(frozen=True)
class View:
    """A rendered page and what it shows."""

    html: str
    nodes: int
    edges: int


# -- page assembly ---------------------------------------------------------------------------


def render(
    G: nx.MultiDiGraph,
    onto: Ontology,
    *,
    title: str = "prosecutor-kg",
    subtitle: str = "",
    full: nx.MultiDiGraph | None = None,
    focus: str | None = None,
    back_link: str | None = None,
    seed: int = SEED,
    layout_threshold: int = LAYOUT_THRESHOLD,
    node_link: str | None = None,
) -> View:
    """The HTML page for the view G (see kg.views.subgraph.select to cut one out of the graph).

    FULL is the whole graph, used for the "N relations in all" counts on node hover; FOCUS is
    the IRI of the actor the view centres on (drawn larger); BACK_LINK a relative link shown
    in the heading (used by `write_all` to link back to its index). NODE_LINK is where a click
    on an actor goes, with `{id}` standing for the last segment of its IRI ("/actor/{id}" on
    kg serve, "actor/{id}.html" in a static site); None means a click on an actor does nothing
    but pin its tooltip.
    """
    from pyvis.network import Network

    check_link_template(node_link)
    full = full if full is not None else G
    big = G.number_of_nodes() > layout_threshold
    coords = _positions(G, seed) if big else {}
    net = Network(directed=True, cdn_resources="in_line")
    # pyvis's add_node/add_edge check membership in lists (quadratic); ids here are unique
    # by construction (node IRIs, assertion IRIs), so the data dicts are appended directly.
    for n in sorted(G):
        node = _node(G, full, onto, n, focus, coords.get(n))
        if node_link is not None:
            node["link"] = node_href(node_link, n)
        net.node_ids.append(n)
        net.node_map[n] = node
        net.nodes.append(node)
    smooth = _parallel_smoothing(G)
    for u, v, k in sorted(G.edges(keys=True), key=lambda e: e[2]):
        net.edges.append(_edge(G, onto, u, v, k, smooth.get(k)))
    net.options = _options(big, seed, G.number_of_nodes())
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    html = _page(
        title=title,
        subtitle=subtitle,
        back_link=back_link,
        payload={
            "nodes": nodes,
            "edges": edges,
            "options": net.options,
            "physics": not big,
        },
        physics=not big,
        legend=legend(G, onto),
        linked=node_link is not None,
        stats={"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
    )
    assert_self_contained(html)
    return View(html=html, nodes=G.number_of_nodes(), edges=G.number_of_edges())


def _page(**ctx: Any) -> str:
    from jinja2.utils import htmlsafe_json_dumps
    from markupsafe import Markup

    assets = _assets()
    # Only our own files are marked safe: vis-network and the page's script and style, which
    # _assets() checks cannot close their element early. Everything else is autoescaped.
    trusted = {k: Markup(assets[k]) for k in ("vis_css", "page_css", "vis_js", "page_js")}  # noqa: S704
    # JSON for a <script type="application/json"> block, with <, >, & and ' as \u escapes.
    data = htmlsafe_json_dumps(ctx.pop("payload"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _env().get_template("view.html").render(csp=assets["csp"], data=data, **trusted, **ctx)


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """Inline scripts and styles, and a CSP that allows exactly these scripts by hash."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    out = {
        "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": (TEMPLATES / "view.js").read_text(encoding="utf-8"),
        "page_css": (TEMPLATES / "view.css").read_text(encoding="utf-8"),
    }
    for name, text in out.items():
        # An inlined asset must not be able to end its own <script>/<style> element early.
        closer = "</script" if name.endswith("js") else "</style"
        if closer in text.lower():
            raise RuntimeError(f"cannot inline {name}: it contains {closer!r}")
    hashes = " ".join(f"'sha256-{_sha256(out[k])}'" for k in ("vis_js", "page_js"))
    out["csp"] = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
    return out


def csp() -> str:
    """The Content-Security-Policy of every map page (as in its <meta> tag): its own scripts by
    hash, nothing from anywhere else. A server sending a map adds its own framing rule."""
    return _assets()["csp"]


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# A URL the browser would fetch from elsewhere: scheme-relative ("//host/x") or with a scheme,
# except data: (inline by definition).
_EXTERNAL_URL = re.compile(r"^\s*(?://|(?!data:)[a-z][a-z0-9+.-]*:)", re.IGNORECASE)
_CSS_FETCH = re.compile(r"""@import|url\(\s*["']?\s*(?://|(?!data:)[a-z][a-z0-9+.-]*:)""", re.IGNORECASE)
# Attributes whose value the browser fetches (or navigates a frame or form to) without a click.
_FETCHING = {"src", "href", "data", "poster", "srcset", "action", "formaction", "background", "xlink:href"}


class _Fetches(HTMLParser):
    """What a page would load, read the way the browser's HTML tokenizer reads it: URLs in the
    attributes of elements, and CSS in <style> elements and style attributes. Text content --
    names and quotes, escaped -- and the JSON data block are data and load nothing, so text
    such as "@import" or "url(//" inside them is no request (grepping the whole file said it was)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "style" and _CSS_FETCH.search(value):
                self.found.append(f"<{tag} style={value[:60]!r}>")
            elif name in _FETCHING and tag != "a" and _external(value, srcset=name == "srcset"):
                self.found.append(f"<{tag} {name}={value[:60]!r}>")
            elif tag == "meta" and name == "content" and re.search(r"url\s*=\s*\S", value, re.IGNORECASE):
                self.found.append(f"<meta content={value[:60]!r}>")  # a refresh to another page
        if tag == "style":
            self._in_style += 1

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = max(0, self._in_style - 1)

    def handle_data(self, data: str) -> None:
        if self._in_style and (m := _CSS_FETCH.search(data)):
            self.found.append(f"<style> {data[m.start() : m.start() + 60]!r}")


def _external(value: str, srcset: bool = False) -> bool:
    urls = [part.strip().split(" ")[0] for part in value.split(",")] if srcset else [value]
    return any(_EXTERNAL_URL.match(u) for u in urls)


def assert_self_contained(html: str) -> None:
    """Fail loudly if the page would load anything from elsewhere (a bug in this module, never
    user data: user text is escaped and cannot form tags)."""
    parser = _Fetches()
    parser.feed(html)
    parser.close()
    if parser.found:
        raise RuntimeError(f"view is not self-contained: {parser.found[0]}")


def write(path: Path, html: str) -> None:
    """Write HTML to PATH as UTF-8, atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(html)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- nodes -------------------------------------------------------------------------------------


def _positions(G: nx.MultiDiGraph, seed: int) -> dict[str, tuple[float, float]]:
    from kg.views.layout import positions

    return positions(G, seed=seed)


def _node(
    G: nx.MultiDiGraph,
    full: nx.MultiDiGraph,
    onto: Ontology,
    n: str,
    focus: str | None,
    xy: tuple[float, float] | None,
) -> dict[str, Any]:
    d = G.nodes[n]
    typ = d.get("type", "Actor")
    color, shape = onto.type_style(typ)
    degree = G.degree(n)
    size = min(42.0, 12.0 + 4.0 * math.sqrt(degree))
    node: dict[str, Any] = {
        "id": n,
        "label": d.get("label", n),
        "shape": shape,
        "color": {
            "background": color,
            "border": color,
            "highlight": {"background": color, "border": "#111"},
            "hover": {"background": color, "border": "#111"},
        },
        "size": round(size + (8 if n == focus else 0), 1),
        "tip": node_tip(G, full, onto, n),
        "type": typ,
        # What the search box matches, folded as the CLI folds names (kg.querying.names).
        "names": sorted({fold(str(x)) for x in (d.get("label", n), *d.get("aliases", ()))} - {""}),
    }
    if n == focus:
        node["borderWidth"] = 4
        node["font"] = {"size": 18, "bold": True}
    if xy is not None:
        node["x"], node["y"] = xy
    return node


# A tooltip is a list of (kind, text) lines, sent once in the page's data: view.js joins them
# into the hover tooltip (a plain string, which vis-network shows as text: quotes in curly
# quotes, "URL: ", "Note: ") and gives each its own element in a pinned tooltip, so a quote can
# be selected on its own. Kinds: head, line, quote, more, url, note.
Tip = list[tuple[str, str]]


def node_tip(G: nx.MultiDiGraph, full: nx.MultiDiGraph, onto: Ontology, n: str) -> Tip:
    """An actor's tooltip lines: name, type, offices, and relation counts by family."""
    d = full.nodes[n] if n in full else G.nodes[n]
    typ = d.get("type", "Actor")
    lines = [d.get("label", n), _type_label(onto, typ)]
    others = [_type_label(onto, t) for t in d.get("types", ()) if t != typ]
    if others:
        lines[-1] += f" (also {', '.join(others)})"
    for office in d.get("offices", ()):
        lines.append(f"Office: {office}")
    src = full if n in full else G
    total, shown = src.degree(n), G.degree(n)
    ins, outs = src.in_degree(n), src.out_degree(n)
    counts = f"{_plural(total, 'relation')}: {ins} in, {outs} out"
    if shown != total:
        counts += f" ({shown} in this view)"
    lines.append(counts)
    fams: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, e in src.in_edges(n, data=True):
        fams[e.get("family", "other")]["in"] += 1
    for _, _, e in src.out_edges(n, data=True):
        fams[e.get("family", "other")]["out"] += 1
    for fam in sorted(fams):
        c = fams[fam]
        parts = [f"{c[k]} {k}" for k in ("in", "out") if c[k]]
        lines.append(f"  {fam}: {', '.join(parts)}")
    return [("head", lines[0])] + [("line", line) for line in lines[1:]]


def _type_label(onto: Ontology, typ: str) -> str:
    return onto.types[typ].label if typ in onto.types else typ


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


# -- edges -------------------------------------------------------------------------------------


def _edge(
    G: nx.MultiDiGraph, onto: Ontology, u: str, v: str, k: str, smooth: dict[str, Any] | None
) -> dict[str, Any]:
    d = G.edges[u, v, k]
    rel = d.get("relation")
    color = onto.color(rel) if rel in onto.relations else "#9e9e9e"
    label = d.get("relation_label") or d.get("relation", "")
    if d.get("amount") is not None:
        label += f" {_short_amount(d['amount'], d.get('currency'))}"
    edge: dict[str, Any] = {
        "id": k,
        "from": u,
        "to": v,
        "label": label,
        "tip": edge_tip(G, u, v, k),
        "color": {"color": color, "highlight": color, "hover": color, "inherit": False},
        "arrows": "to",
        "relation": d.get("relation"),
        "family": d.get("family"),
    }
    if d.get("curation") == "candidate":
        edge["dashes"] = True
    if smooth is not None:
        edge.update(smooth)
    return edge


def edge_tip(G: nx.MultiDiGraph, u: str, v: str, k: str) -> Tip:
    """A relation's tooltip lines: who did what to whom, when, how much, the source passage, its
    document, publisher, URL and the curator's note."""
    d = G.edges[u, v, k]
    who = G.nodes[u].get("label", u)
    whom = G.nodes[v].get("label", v)
    tip: Tip = [("head", f"{who} — {d.get('relation_label') or d.get('relation')} → {whom}")]
    facts = []
    if d.get("date"):
        facts.append(f"Date: {d['date']}")
    if d.get("amount") is not None:
        facts.append(f"Amount: {_amount(d['amount'], d.get('currency'), d.get('amount_qualifier'))}")
    for key, name in (("case", "Case"), ("outcome", "Outcome"), ("status", "Status")):
        if d.get(key):
            facts.append(f"{name}: {d[key]}")
    if facts:
        tip.append(("line", " · ".join(facts)))
    quotes = d.get("quotes") or ([d["quote"]] if d.get("quote") else [])
    tip += [("quote", q) for q in quotes[:MAX_QUOTES_IN_TOOLTIP]]
    if len(quotes) > MAX_QUOTES_IN_TOOLTIP:
        more = len(quotes) - MAX_QUOTES_IN_TOOLTIP
        tip.append(("more", f"(+{_plural(more, 'more passage')})"))
    if d.get("document"):
        src = d.get("document_title") or d["document"]
        where = f", characters {d['start']}–{d['end']}" if d.get("start") is not None else ""
        tip.append(("line", f"Source: {src} ({d['document']}{where})"))
        by = ", ".join(x for x in (d.get("publisher"), d.get("published")) if x)
        if by:
            tip.append(("line", f"Published: {by}"))
    if d.get("url"):
        tip.append(("url", d["url"]))
    if d.get("note"):
        tip.append(("note", d["note"]))
    if d.get("curation") == "candidate":
        extra = [f"rule {d['rule']}"] if d.get("rule") else []
        if d.get("confidence") is not None:
            extra.append(f"confidence {d['confidence']:.2f}")
        tip.append(
            (
                "line",
                "Machine-extracted candidate, not reviewed" + (f" ({', '.join(extra)})" if extra else ""),
            )
        )
    return tip


def _amount(amount: float, currency: str | None, qualifier: str | None) -> str:
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    text = f"${text}" if currency in (None, "USD") else f"{text} {currency}"
    return f"{qualifier} {text}" if qualifier else text


def _short_amount(amount: float, currency: str | None) -> str:
    for div, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(amount) >= div:
            num = f"{amount / div:.1f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        num = f"{amount:.0f}"
    return f"${num}" if currency in (None, "USD") else f"{num} {currency}"


def _parallel_smoothing(G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Per-edge curve settings that fan out edges between the same two actors, so suing and
    criticising stay two visible edges rather than one drawn twice."""
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for u, v, k in G.edges(keys=True):
        groups[tuple(sorted((u, v)))].append((u, v, k))  # type: ignore[index]
    out: dict[str, dict[str, Any]] = {}
    for (a, _b), members in groups.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda e: e[2])
        if members[0][0] == members[0][1]:  # self-loops: growing circles
            for i, (_, _, k) in enumerate(members):
                out[k] = {"selfReference": {"size": 20 + 10 * i}}
            continue
        # Offsets 0, +1, -1, +2, -2 ... (no straight edge when the count is even).
        start = 0 if len(members) % 2 else 1
        offsets = [((i + 1) // 2) * (1 if i % 2 else -1) for i in range(start, start + len(members))]
        for (u, _v, k), off in zip(members, offsets, strict=True):
            if off == 0:
                out[k] = {"smooth": {"enabled": False}}
                continue
            side = off if u == a else -off  # "clockwise" is relative to the edge's own direction
            out[k] = {
                "smooth": {
                    "enabled": True,
                    "type": "curvedCW" if side > 0 else "curvedCCW",
                    "roundness": round(min(0.9, 0.2 * abs(off)), 2),
                }
            }
    return out


# -- options and legend ------------------------------------------------------------------------


def _options(big: bool, seed: int, n_nodes: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        "layout": {"randomSeed": seed, "improvedLayout": (not big) and n_nodes <= 100},
        "nodes": {
            # A fitted overview is drawn at about half scale: bigger type keeps names legible.
            "font": {
                "size": 16 if n_nodes <= 40 else 22,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "borderWidth": 1.5,
        },
        "edges": {
            "font": {
                "size": 10,
                "face": "system-ui, sans-serif",
                "color": "#444",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "width": 1.4,
            "hoverWidth": 1.5,
            "selectionWidth": 2,
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3}
            if not big
            else {"enabled": False},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "hideEdgesOnDrag": big,
            "multiselect": True,
        },
    }
    if big:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -120,
                "centralGravity": 0.01,
                "springLength": 170,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 1,
            },
            "stabilization": {"enabled": True, "iterations": 800, "updateInterval": 50, "fit": True},
            "minVelocity": 0.75,
        }
    return options


@dataclass(frozen=True)
class LegendItem:
    key: str
    label: str
    color: str
    shape: str
    count: int


@dataclass(frozen=True)
class Legend:
    types: list[LegendItem]
    families: list[tuple[str, list[LegendItem]]]
    candidates: int


def legend(G: nx.MultiDiGraph, onto: Ontology) -> Legend:
    """The actor types and relations present in G, styled as the ontology says."""
    type_counts = Counter(d.get("type", "Actor") for _, d in G.nodes(data=True))
    types = [
        LegendItem(t, _type_label(onto, t), *onto.type_style(t), count=c)
        for t, c in sorted(type_counts.items(), key=lambda tc: (-tc[1], _type_label(onto, tc[0])))
    ]
    rel_counts = Counter(d.get("relation") for _, _, d in G.edges(data=True))
    by_family: dict[str, list[LegendItem]] = defaultdict(list)
    for rel, c in sorted(rel_counts.items(), key=lambda rc: (-rc[1], str(rc[0]))):
        known = rel in onto.relations
        by_family[onto.family(rel) if known else "other"].append(
            LegendItem(
                rel,
                onto.relations[rel].label if known else str(rel),
                onto.color(rel) if known else "#9e9e9e",
                "line",
                c,
            )
        )
    families = sorted(by_family.items(), key=lambda fi: (-sum(i.count for i in fi[1]), fi[0]))
    cands = sum(1 for _, _, d in G.edges(data=True) if d.get("curation") == "candidate")
    return Legend(types=types, families=families, candidates=cands)


# -- several views at once -------------------------------------------------------------------


@dataclass(frozen=True)
class WrittenView:
    path: Path
    title: str
    nodes: int
    edges: int


def ego_title(G: nx.MultiDiGraph, focus: str, depth: int) -> str:
    label = G.nodes[focus].get("label", focus)
    return f"{label}: {'direct relations' if depth == 1 else f'actors within {depth} steps'}"


def write_all(
    G: nx.MultiDiGraph,
    onto: Ontology,
    outdir: Path,
    *,
    base: Any,
    focus_types: Iterable[str] = ("Prosecutor",),
    subtitle: str = "",
    seed: int = SEED,
    node_link: str | None = None,
) -> list[WrittenView]:
    """An overview, one ego view per actor of FOCUS_TYPES (prosecutors), and an index.html
    linking them, all in OUTDIR. BASE is the kg.views.subgraph.Selection applied to every view;
    NODE_LINK the link template of every view's actors (see render)."""
    from dataclasses import replace

    from kg.views.subgraph import expand_types, select

    written: list[WrittenView] = []
    overview = select(G, onto, base)
    view = render(
        overview,
        onto,
        title="Overview",
        subtitle=subtitle,
        full=G,
        back_link="index.html",
        seed=seed,
        node_link=node_link,
    )
    write(outdir / "overview.html", view.html)
    written.append(WrittenView(outdir / "overview.html", "Overview", view.nodes, view.edges))
    wanted = expand_types(onto, focus_types)
    focal = sorted(
        (
            n
            for n, d in overview.nodes(data=True)
            if wanted.intersection(d.get("types", ())) and overview.degree(n)
        ),
        key=lambda n: (str(G.nodes[n].get("label", n)).casefold(), n),
    )
    used = {"index", "overview"}
    for n in focal:
        sub = select(G, onto, replace(base, focus=n))
        title = ego_title(G, n, base.depth)
        view = render(
            sub,
            onto,
            title=title,
            subtitle=subtitle,
            full=G,
            focus=n,
            back_link="index.html",
            seed=seed,
            node_link=node_link,
        )
        path = outdir / f"{_unique_slug(n, used)}.html"
        write(path, view.html)
        written.append(WrittenView(path, title, view.nodes, view.edges))
    index = (
        _env()
        .get_template("index.html")
        .render(views=[(w.path.name, w.title, w.nodes, w.edges) for w in written], subtitle=subtitle)
    )
    assert_self_contained(index)
    write(outdir / "index.html", index)
    written.append(WrittenView(outdir / "index.html", "Index", 0, 0))
    return written


def _unique_slug(iri: str, used: set[str]) -> str:
    local = iri.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"[^a-z0-9]+", "-", local.lower()).strip("-") or "actor"
    cand, i = slug, 2
    while cand in used:
        cand, i = f"{slug}-{i}", i + 1
    used.add(cand)
    return cand

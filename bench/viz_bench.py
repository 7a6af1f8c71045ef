"""Benchmark of `kg viz` on a synthetic 2,000-actor, 5,000-relation view (issue 5).

Measures, against the stock pyvis way of doing the same in the same run:
  1. generation: network -> HTML file (target <= 3 s);
  2. time to interactive in headless Chromium: navigation -> network drawn and usable
     (target <= 5 s).
Results are appended to bench/RESULTS.md with a description of the machine.

Run it as `bench/viz` (options: --nodes, --edges, --runs, --no-browser, --no-record).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
GEN_TARGET_S, TTI_TARGET_S = 3.0, 5.0
BASELINE_TIMEOUT_S = 600.0  # stock pyvis needs minutes to stabilise 2,000 nodes
WORDS = ("district", "attorney", "union", "police", "reform", "bail", "charges", "policy", "sued", "campaign")


def synthetic(n: int, m: int, seed: int = 11) -> nx.MultiDiGraph:
    """A seeded random actor network shaped like kg.views.network's: types and relations from the
    ontology, a quote and a source on every edge, a few hubs (preferential attachment)."""
    from kg.base import ontology

    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    onto = ontology.load(sorted((ROOT / "ontology").glob("*.ttl")))
    types = sorted(onto.types)
    rels = sorted(r for r in onto.relations if r != "relatedTo")
    G = nx.MultiDiGraph()
    ids = [f"https://w3id.org/prosecutor-kg/id/actor/synthetic-{i}" for i in range(n)]
    for i, iri in enumerate(ids):
        t = rng.choice(types)
        G.add_node(iri, label=f"Actor {i}", type=t, types=[t], offices=[], iri=iri)
    ends: list[str] = list(ids)  # endpoints list: picking from it favours well-connected actors
    for j in range(m):
        u, v = rng.choice(ends), rng.choice(ids)
        ends += [u, v]
        rel = rng.choice(rels)
        quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        key = f"https://w3id.org/prosecutor-kg/id/assertion/synthetic/{j}"
        G.add_edge(
            u,
            v,
            key=key,
            relation=rel,
            relation_label=onto.relations[rel].label,
            family=onto.family(rel),
            date=f"{rng.randint(2015, 2024)}",
            amount=None,
            currency=None,
            amount_qualifier=None,
            case=None,
            outcome=None,
            status=None,
            curation="reviewed",
            confidence=None,
            rule=None,
            quote=quote,
            quotes=[quote],
            document=f"doc{j % 40:03d}.txt",
            document_title=f"Document {j % 40}",
            start=100 * j,
            end=100 * j + len(quote),
            assertion=key,
        )
    return G


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def ours(G: nx.MultiDiGraph, path: Path) -> Callable[[], None]:
    from kg.base import ontology
    from kg.views import viz

    onto = ontology.load(sorted((ROOT / "ontology").glob("*.ttl")))

    def run() -> None:
        viz.write(path, viz.render(G, onto, title="Synthetic benchmark").html)

    return run


def stock_pyvis(G: nx.MultiDiGraph, path: Path) -> Callable[[], None]:
    """What the pyvis documentation suggests: from_nx, default physics, inline resources."""
    from pyvis.network import Network

    def run() -> None:
        net = Network(directed=True, cdn_resources="in_line")
        H = nx.DiGraph()  # from_nx drops keys; collapse parallel edges as it would
        for n, d in G.nodes(data=True):
            H.add_node(n, label=d["label"], title=d["label"])
        for u, v, d in G.edges(data=True):
            H.add_edge(u, v, title=d["quote"], label=d["relation_label"])
        net.from_nx(H)
        path.write_text(net.generate_html(), encoding="utf-8")

    return run


def time_to_interactive(path: Path, ready_js: str, block_remote: bool, timeout: float) -> float | None:
    """Seconds from navigation start until READY_JS holds (None if it never did)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=False)
        if block_remote:  # stock pyvis links Bootstrap from a CDN: fail it at once, as offline
            page.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit")
        try:
            page.wait_for_selector(ready_js, state="attached", timeout=timeout * 1000)
        except Exception:  # noqa: BLE001 - a timeout is a result here
            browser.close()
            return None
        wall = time.perf_counter() - t0
        browser.close()
        return wall


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(
            next(
                x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")
            ).split()[1]
        )
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    try:
        chromium = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        chromium = "no chromium"
    import pyvis

    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, networkx {nx.__version__}, pyvis {pyvis.__version__}; "
        f"{chromium}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def fmt(s: float | None, limit: float) -> str:
    if s is None:
        return "not measured" if limit <= 0 else f"> {limit:.0f} s (gave up)"
    return f"{s:.2f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3, help="generation runs per variant (median reported)")
    ap.add_argument("--no-browser", action="store_true", help="skip the time-to-interactive measurements")
    ap.add_argument(
        "--baseline-timeout",
        type=float,
        default=BASELINE_TIMEOUT_S,
        metavar="S",
        help="give up on stock pyvis's time to interactive after S seconds (0: skip it)",
    )
    ap.add_argument("--no-record", action="store_true", help="print only; do not append to bench/RESULTS.md")
    args = ap.parse_args()

    G = synthetic(args.nodes, args.edges)
    print(f"synthetic view: {G.number_of_nodes()} actors, {G.number_of_edges()} relations")
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        mine, stock = Path(tmp) / "kg-viz.html", Path(tmp) / "pyvis-stock.html"
        gen = statistics.median(timed(ours(G, mine), args.runs))
        base = statistics.median(timed(stock_pyvis(G, stock), args.runs))
        ok = "yes" if gen <= GEN_TARGET_S else "NO"
        rows.append(
            ("generate HTML (median)", f"{gen:.2f} s", f"{base:.2f} s", f"≤ {GEN_TARGET_S:.0f} s: {ok}")
        )
        print(f"generate: kg viz {gen:.2f} s, stock pyvis {base:.2f} s ({mine.stat().st_size / 1e6:.1f} MB)")
        if not args.no_browser:
            if not Path(CHROMIUM).exists():
                print(f"no {CHROMIUM}: skipping time to interactive", file=sys.stderr)
            else:
                tti = time_to_interactive(mine, "body[data-ready=true]", block_remote=False, timeout=60)
                # Stock pyvis hides its loading bar once physics has stabilised (opacity 0).
                base_tti = (
                    None
                    if args.baseline_timeout <= 0
                    else time_to_interactive(
                        stock,
                        "#loadingBar[style*='opacity: 0']",
                        block_remote=True,
                        timeout=args.baseline_timeout,
                    )
                )
                ok = "yes" if tti is not None and tti <= TTI_TARGET_S else "NO"
                rows.append(
                    (
                        "time to interactive, headless Chromium",
                        fmt(tti, 60),
                        fmt(base_tti, args.baseline_timeout),
                        f"≤ {TTI_TARGET_S:.0f} s: {ok}",
                    )
                )
                print(
                    f"interactive: kg viz {fmt(tti, 60)}, stock pyvis {fmt(base_tti, args.baseline_timeout)}"
                )
    if not args.no_record:
        record(rows, args)
    return 0 if all(r[3].endswith("yes") for r in rows) else 1


def record(rows: list[tuple[str, str, str, str]], args: argparse.Namespace) -> None:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "",
        f"## viz: {args.nodes:,} actors / {args.edges:,} relations, {stamp}",
        "",
        f"Machine: {machine()}",
        "",
        "| measure | kg viz | stock pyvis (same run) | target |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        "Stock pyvis: `Network(cdn_resources='in_line').from_nx(...)` with its default physics, parallel "
        "edges collapsed, CDN requests aborted. kg viz: positions from kg.views.layout, physics off.",
    ]
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Benchmark results\n\nAppended by the scripts in bench/; newest last.\n", encoding="utf-8"
        )
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"appended to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())

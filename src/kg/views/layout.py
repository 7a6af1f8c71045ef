"""Node positions for big views, computed once in Python so the browser need not simulate.

Connected components are laid out one by one and packed in rows. A force layout of every node
of a big component costs O(n²) per iteration (networkx's spring layout needs 0.2 s per
iteration at 2,000 nodes on a small machine, and scipy above 500 nodes). So in a component of
more than CORE_MAX actors only a *core* is laid out by force: its best-connected actors, with
an edge between two of them wherever they share a neighbour, so the core keeps the shape of
the whole. Every other actor is then placed by breadth-first search on a golden-angle spiral
around the neighbour that reached it, which keeps clients next to their hub without
overlapping. Everything is seeded and visits nodes in sorted order: the same graph gives the
same picture on every run.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

SEED = 7
CORE_MAX = 400  # below networkx's 500-node switch to its scipy-based sparse solver
SPACING = 70.0  # pixels between an actor and its nearest neighbour, roughly
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

Position = tuple[float, float]


def positions(G: nx.Graph, seed: int = SEED) -> dict[str, Position]:
    """Pixel coordinates for every node of G (any networkx graph), deterministic for SEED.

    Each connected component is laid out on its own and the components are then packed in
    rows, largest first, so a few isolated actors do not squeeze the main picture."""
    import networkx as nx

    U = nx.Graph()
    U.add_nodes_from(sorted(G))
    U.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in G.edges() if u != v}))
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    layouts = [_component(U.subgraph(c), seed) for c in comps]
    return _pack(layouts)


def _component(C: nx.Graph, seed: int) -> dict[str, Position]:
    """Positions of one connected component, centred on (0, 0), in pixels."""
    import networkx as nx

    nodes = sorted(C)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    half = SPACING * math.sqrt(len(nodes)) * 0.6
    if len(nodes) <= CORE_MAX:
        raw = nx.spring_layout(C, seed=seed, iterations=80)
        return {n: (float(x) * half, float(y) * half) for n, (x, y) in raw.items()}
    deg = dict(C.degree())
    core = sorted(sorted(C, key=lambda n: (-deg[n], n))[:CORE_MAX])
    pos = _core_positions(C, core, seed, half)
    _place_rest(C, deg, pos)
    return pos


def _core_positions(C: nx.Graph, core: list[str], seed: int, half: float) -> dict[str, Position]:
    import networkx as nx

    chosen = set(core)
    K = nx.Graph()
    K.add_nodes_from(core)
    for u, v in C.subgraph(core).edges():
        K.add_edge(u, v, weight=1.0)
    # Two hubs that share clients belong near each other even with no edge between them.
    for n in sorted(set(C) - chosen):
        hubs = sorted(m for m in C[n] if m in chosen)
        for i, a in enumerate(hubs):
            for b in hubs[i + 1 :]:
                w = K[a][b]["weight"] if K.has_edge(a, b) else 0.0
                K.add_edge(a, b, weight=w + 0.5)
    raw = nx.spring_layout(K, seed=seed, iterations=60, weight="weight")
    return {n: (float(x) * half, float(y) * half) for n, (x, y) in raw.items()}


def _place_rest(C: nx.Graph, deg: dict[str, int], pos: dict[str, Position]) -> None:
    """Breadth-first from the core: each new node on a golden-angle spiral around its hub."""
    children: Counter[str] = Counter()
    queue = deque(sorted(pos, key=lambda n: (-deg[n], n)))
    while queue:
        hub = queue.popleft()
        hx, hy = pos[hub]
        for n in sorted(C[hub]):
            if n in pos:
                continue
            k = children[hub]
            children[hub] += 1
            r = SPACING * (0.8 + 0.45 * math.sqrt(k))
            pos[n] = (hx + r * math.cos(k * GOLDEN_ANGLE), hy + r * math.sin(k * GOLDEN_ANGLE))
            queue.append(n)


def _pack(layouts: list[dict[str, Position]]) -> dict[str, Position]:
    """Place component layouts (largest first) left to right in rows of bounded width."""
    boxes = []
    for lay in layouts:
        xs, ys = [p[0] for p in lay.values()], [p[1] for p in lay.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING))
    row_width = max(max((b[2] for b in boxes), default=0.0), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3)
    out: dict[str, Position] = {}
    x = y = row_height = 0.0
    for lay, (x0, y0, w, h) in zip(layouts, boxes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in lay.items():
            out[n] = (round(px - x0 + x, 1), round(py - y0 + y, 1))
        x += w
        row_height = max(row_height, h)
    return out

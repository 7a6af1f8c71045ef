"""Search at scale: the named query `search` before issue 15 (LCASE/CONTAINS over every label, alias
and quote, reached through the class hierarchy) against the current one (CONTAINS over the folded
keys the build writes), on the same synthetic graph in one run, Oxigraph in memory.

    python bench/search_bench.py --graph G.nt --old OLD.rq [--runs 20]

G.nt comes from `kg synth` (which writes the search keys as the build does) and G.nt.samples.json
beside it gives the search words. Prints p50 / p95 in milliseconds per query and rows per word.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from kg.querying.queries import NamedQuery, Param, Resolver, bindings_for, parse_header
    from kg.querying.store import open_store

    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument(
        "--old", type=Path, required=True, help="the old search.rq (git show 0cce410:queries/search.rq)"
    )
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    words = [
        s["text"]
        for s in json.loads(args.graph.with_name(args.graph.name + ".samples.json").read_text())["samples"][
            "search"
        ]
    ]
    t0 = time.perf_counter()
    backend = open_store("oxigraph", args.graph)
    print(f"loaded {args.graph.name} in {time.perf_counter() - t0:.1f} s; words: {', '.join(words)}")
    new = parse_header(ROOT / "queries" / "search.rq")
    old_text = args.old.read_text(encoding="utf-8")
    old = NamedQuery("search-old", args.old, "old", [Param("text", "text", True)], old_text)
    resolver = Resolver(backend)
    for nq in (old, new):
        times, rows = [], []
        for w in words:
            b = bindings_for(nq, {"text": w}, resolver)
            rows.append(len(backend.query(nq.text, b).rows))  # warm-up
            for _ in range(args.runs):
                t = time.perf_counter()
                backend.query(nq.text, b)
                times.append(time.perf_counter() - t)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"{nq.name:12} p50 {statistics.median(times) * 1000:7.1f} ms  "
            f"p95 {p95 * 1000:7.1f} ms  rows {rows}"
        )


if __name__ == "__main__":
    main()

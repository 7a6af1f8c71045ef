"""Where a `kg serve` worker's time goes: the unique request mix of bench/store_bench.py
(`--serve-params unique`: no request repeats) answered in one process by the worker's own code
(kg.serve.worker.Named: names resolved, the query in the sandbox thread, the result serialised),
on an on-disk store, without HTTP or the pool. The mean time per request bounds what W workers can
serve: W / mean requests per second.

    python bench/worker_bench.py --graph G.nt --store DIR [--per-kind 8] [--src DIR]

G.nt is the graph of `bench/run` (.cache/bench/synth-1M-s1.nt), DIR its on-disk store (loaded from
G.nt if it is not already). --src runs another checkout's code (its src/ and queries/: a baseline).
The results kept beside the store (kg.querying.store.ResultCache) are dropped first: the same
requests run again would be answered from them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--per-kind", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--src", type=Path, default=ROOT, help="the checkout whose code and queries run")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src / "src"))
    from kg.querying.queries import get_named
    from kg.querying.store import open_persistent, sync_persistent
    from kg.serve.worker import Named

    # after kg (its package path is fixed now): store_bench puts this checkout's src/ first on sys.path
    sys.path.insert(1, str(ROOT / "bench"))
    from store_bench import SERVE_MIX, serve_requests_unique

    print(f"kg from {Path(sys.modules['kg'].__file__).parent}", flush=True)

    sync_persistent(args.store, args.graph)  # as kg serve does before its workers start
    prepare = getattr(open_persistent(args.store, args.graph), "prepare_text_index", None)
    if prepare is not None:  # kg serve writes the text index too (since it exists)
        prepare()
    backend = open_persistent(args.store, args.graph)  # read-only, as in a worker
    if backend.cache is not None:  # results kept by an earlier run of the same requests must not answer
        for kept in backend.cache.folder.glob("*.json"):
            kept.unlink()
    named = Named(backend)
    paths = serve_requests_unique(args.graph, args.per_kind * len(SERVE_MIX), args.seed)
    times: dict[str, list[float]] = {k: [] for k in SERVE_MIX}
    errors: list[str] = []
    for path in paths:
        route, query = path.split("?", 1)
        name = route.rsplit("/", 1)[1]
        values = dict(urllib.parse.parse_qsl(query))
        nq = get_named(args.src / "queries", name)
        t0 = time.perf_counter()
        reply = named(nq, values, False, "application/sparql-results+json", None, 10_000)
        times[name].append(time.perf_counter() - t0)
        if reply[0] != "ok":
            errors.append(f"{reply[1]} {path}")
    print("| request | n | median ms | mean ms | slowest ms |")
    print("|---|---:|---:|---:|---:|")
    for k, ts in times.items():
        ms = [t * 1000 for t in ts]
        print(
            f"| {k} | {len(ms)} | {statistics.median(ms):.1f} | {statistics.mean(ms):.1f} | {max(ms):.0f} |"
        )
    every = [t for ts in times.values() for t in ts]
    mean = statistics.mean(every)
    print(f"\nmean per request {mean * 1000:.1f} ms: at most {2 / mean:.1f} requests/s for 2 workers")
    if errors:
        print(f"errors ({len(errors)}): {'; '.join(errors[:3])}")


if __name__ == "__main__":
    main()

"""Named queries before and after a change, run by run in turn on one store, so that both see the
same load (a shared machine's load moves by several times within minutes): the baseline is in the
same run by construction. The rows are compared too (as multisets; an assertion's passages in any
order), and a difference stops the run.

    python bench/interleaved_bench.py --graph G.nt --before DIR [--disk STORE] [--queries a,b] [--runs 5]

G.nt is a `kg synth` graph (.cache/bench/synth-1M-s1.nt); DIR holds the query texts before (e.g.
`git archive 9fe7e3d queries | tar -x -C /tmp/before`). Two kinds of parameters per query: the
busiest actors of the samples file, and 8 requests of `kg serve`'s unique mix (bench/store_bench.py
--serve-params unique: every actor in turn, mostly small). In memory, then on disk if --disk (one
store at a time). A paged query is timed as a reader gets it: its first page and its total.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT / "bench"))


def canon(rows: list[dict[str, Any]]) -> list[str]:
    from kg.querying.queries import split_quotes

    def norm(k: str, v: dict[str, Any]) -> Any:
        return sorted(split_quotes(v["value"])) if k in ("quote", "viaLabel", "opposed") else v

    return sorted(json.dumps({k: norm(k, v) for k, v in r.items()}, sort_keys=True) for r in rows)


def measure(
    backend: Any, names: list[str], before: Path, params: dict[str, dict[str, list]], runs: int
) -> list[str]:
    from kg.querying.queries import Resolver, bindings_for, count_total, get_named, page_text, split_page

    resolver = Resolver(backend)
    out = []
    for name in names:
        pair = {"before": get_named(before, name), "now": get_named(ROOT / "queries", name)}
        for nq in pair.values():
            nq.text = page_text(nq, split_page(nq, {})[1])
        for kind, sets in params[name].items():
            binds = [bindings_for(pair["now"], p, resolver) for p in sets]
            rows = []
            for b in binds:  # the warm-up run, and the check
                got = {k: canon(backend.query(nq.text, b).rows) for k, nq in pair.items()}
                if got["before"] != got["now"]:
                    raise SystemExit(f"{name} {kind}: rows differ for {b}")
                rows.append(len(got["now"]))
            times: dict[str, list[float]] = {"before": [], "now": []}
            for _ in range(runs):
                for b in binds:
                    for k, nq in pair.items():
                        t0 = time.perf_counter()
                        backend.query(nq.text, b)
                        count_total(backend, nq, b)
                        times[k].append(time.perf_counter() - t0)
            b50, n50 = (statistics.median(times[k]) * 1000 for k in ("before", "now"))
            out.append(f"| {name} | {kind} | {max(rows):,} | {b50:.1f} | {n50:.1f} |")
            print(out[-1], flush=True)
    return out


def main() -> None:
    from store_bench import serve_requests_unique

    from kg.querying.store import OxigraphBackend, open_store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--before", type=Path, required=True)
    ap.add_argument("--disk", type=Path)
    ap.add_argument("--queries", default="who-funded,who-opposed,whom-opposed,relation,profile,timeline")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    names = args.queries.split(",")
    samples = json.loads(args.graph.with_name(args.graph.name + ".samples.json").read_text(encoding="utf-8"))
    unique: dict[str, list[dict[str, str]]] = {}
    for path in serve_requests_unique(args.graph, 8 * 8, 1):
        route, query = path.split("?", 1)
        unique.setdefault(route.rsplit("/", 1)[1], []).append(dict(urllib.parse.parse_qsl(query)))
    params = {
        n: {"busiest": samples["samples"].get(n) or [{}], **({"unique": unique[n]} if n in unique else {})}
        for n in names
    }
    head = ["| query | parameters | rows (most) | before p50 ms | now p50 ms |", "|---|---|---:|---:|---:|"]
    print("\n".join(head), flush=True)
    table = [*head, "| **in memory** | | | | |"]
    backend: Any = OxigraphBackend.from_file(args.graph)
    table += measure(backend, names, args.before, params, args.runs)
    del backend
    gc.collect()
    if args.disk:
        backend = open_store(f"oxigraph:{args.disk}", args.graph)
        backend.cache = None  # the store, not the results kept beside it
        table += ["| **on disk** | | | | |", *measure(backend, names, args.before, params, args.runs)]
    print("\n".join(table))


if __name__ == "__main__":
    main()

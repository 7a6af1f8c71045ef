"""The peer in the same run (issue 17, item 5): Debian's Virtuoso beside Oxigraph and rdflib.

For each size (default 1M triples) it takes the synthetic TriG of `kg synth` (cached in .cache/bench/,
made if missing), and in one run:
  - Oxigraph in memory, Oxigraph on disk and rdflib (the naive baseline) load it and run every named
    query, each in a child process (bench/store_bench.py's `child`, the same code as `bench/run`);
  - a throwaway Virtuoso on loopback (tests/virtuoso.py) bulk-loads the same file with its own loader
    (isql: `ld_dir` + `rdf_loader_run`, the TriG's default graph to the shared graph, as `kg push`
    names it), and every named query runs through `--store sparql:URL`
    (kg.querying.remote.RemoteBackend: HTTP, JSON parsing and all), with the same parameters.
Each query: one warm-up run, then RUNS timed runs; p50 and p95, and the rows, side by side; a query
over the cap is reported as stopped. Results go to bench/RESULTS.md with the machine.

usage: .venv/bin/python bench/peer_bench.py [--sizes 100k,1M] [--runs 10] [--cap 120] [--no-record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "tests")]

import store_bench as sb  # noqa: E402 - bench/ is on the path only from here

SHARED_GRAPH = "https://w3id.org/prosecutor-kg/graph/shared"
BUFFERS = 170_000  # Virtuoso's own advice for ~2 GB of cache (virtuoso.ini: NumberOfBuffers)


def synth_trig(size: int, seed: int) -> tuple[Path, dict[str, Any]]:
    from kg.scale.synth import synthesize

    graph = sb.CACHE / f"synth-{sb.size_name(size)}-s{seed}.trig"
    samples = graph.with_name(graph.name + ".samples.json")
    if not (graph.exists() and samples.exists()):
        t0 = time.perf_counter()
        synthesize(graph, size, seed, ROOT / "ontology")
        print(f"synth {sb.size_name(size)}: {time.perf_counter() - t0:.1f} s", flush=True)
    return graph, json.loads(samples.read_text(encoding="utf-8"))


def isql(v: Any, sql: str, timeout: float) -> str:
    exe = shutil.which("isql-vt") or shutil.which("isql") or "isql-vt"
    out = subprocess.run(
        [exe, f"127.0.0.1:{v.sql_port}", "dba", "dba", f"exec={sql}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return out.stdout


def count_quads(v: Any) -> int:
    rows = v.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"]["value"])


def virtuoso_run(graph: Path, samples: dict[str, Any], runs: int, cap: float) -> sb.BackendResult:
    """Bulk-load GRAPH into a fresh Virtuoso and time every named query through --store sparql:."""
    from kg.querying.queries import Resolver, bindings_for, get_named, load_named
    from kg.querying.store import open_store
    from virtuoso import virtuoso

    res = sb.BackendResult("virtuoso", runs=runs)
    work = sb.CACHE / "virtuoso-peer"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / graph.name).symlink_to(graph)
    with virtuoso(work, buffers=BUFFERS) as v:
        before = count_quads(v)
        t0 = time.perf_counter()
        isql(v, f"ld_dir('{work}', '{graph.name}', '{SHARED_GRAPH}'); rdf_loader_run(); checkpoint;", 3600)
        res.load_s = time.perf_counter() - t0
        loaded = count_quads(v) - before
        print(f"  virtuoso       bulk load {res.load_s:.1f} s, {loaded:,} quads", flush=True)
        backend = open_store(f"sparql:{v.base}/sparql", graph)
        backend.timeout = cap
        resolver = Resolver(backend)
        for name in load_named(ROOT / "queries"):
            nq = get_named(ROOT / "queries", name)
            try:
                sets = [bindings_for(nq, p, resolver) for p in samples["samples"].get(name) or [{}]]
                times, rows, spent = [], 0, 0.0
                for i in range(runs + 1):
                    t = time.perf_counter()
                    out = backend.query(nq.text, sets[i % len(sets)])
                    spent += time.perf_counter() - t
                    if i:
                        times.append(time.perf_counter() - t)
                    rows = max(rows, len(out.rows))
                    if spent > cap and times:  # slow: fewer runs (n is reported), as for rdflib
                        break
            except Exception as e:  # noqa: BLE001 - a store's failure is a result to report
                res.queries[name] = {"failed": str(e)[:160]}
                print(f"  virtuoso       {name:14} failed: {str(e)[:160]}", flush=True)
                continue
            res.queries[name] = {
                "p50": sb.pct(times, 0.5),
                "p95": sb.pct(times, 0.95),
                "rows": rows,
                "n": len(times),
            }
            print(
                f"  virtuoso       {name:14} p50 {sb.pct(times, 0.5) * 1000:9.1f} ms  rows {rows}", flush=True
            )
    res.loaded = loaded  # type: ignore[attr-defined]
    return res


def cell(q: dict[str, Any] | None) -> str:
    if q and "failed" in q:
        return "failed (see below)"
    few = q is not None and "n" in q and q["n"] < 3  # a slow query ran fewer times within the cap
    return sb.fmt_ms(q) + (f" (n={q['n']})" if few else "")


def report(size: int, triples: int, results: dict[str, sb.BackendResult]) -> list[str]:
    cols = [("oxigraph", "Oxigraph in memory"), ("oxigraph-disk", "Oxigraph on disk"),
            ("memory", "rdflib (naive)"), ("virtuoso", "Virtuoso via `--store sparql:`")]  # fmt: skip
    cols = [(k, label) for k, label in cols if k in results]
    lines = [
        f"### {sb.size_name(size)} ({triples:,} triples, TriG): p50 / p95 ms, rows",
        "",
        "| query | " + " | ".join(label for _, label in cols) + " | rows (Oxigraph / Virtuoso) |",
        "|---|" + "---:|" * len(cols) + "---:|",
    ]
    names = sorted({n for r in results.values() for n in r.queries})
    for n in names:
        rows = [
            str(results[k].queries.get(n, {}).get("rows", "–"))
            for k in ("oxigraph", "virtuoso")
            if k in results
        ]
        lines.append(
            f"| {n} | "
            + " | ".join(cell(results[k].queries.get(n)) for k, _ in cols)
            + f" | {' / '.join(rows)} |"
        )
    loads = []
    for k, label in cols:
        r = results[k]
        if r.load_s:
            loads.append(f"{label} {r.load_s:.1f} s ({triples / r.load_s:,.0f} triples/s)")
    lines += ["", "Load: " + "; ".join(loads) + "."]
    failed = [(n, q["failed"]) for n, q in results.get("virtuoso", sb.BackendResult("")).queries.items()
              if "failed" in q]  # fmt: skip
    for n, why in failed:
        lines.append(f"Virtuoso failed on {n}: {why}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1M")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--cap", type=float, default=120.0, help="seconds a query may take (all its runs)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--backends", default="oxigraph,oxigraph-disk,memory,virtuoso")
    ap.add_argument("--no-record", action="store_true", help="print the report, do not append it")
    args = ap.parse_args(argv)
    if shutil.which("virtuoso-t") is None:
        print("virtuoso-t is not installed (make virtuoso)", file=sys.stderr)
        return 2
    started = dt.datetime.now(dt.timezone.utc)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    others = ", ".join(b for b in args.backends.split(",") if b != "virtuoso")
    lines = [
        f"## bench/peer_bench.py: Virtuoso beside {others} — "
        f"{started:%Y-%m-%d %H:%M} UTC — "
        f"commit {commit.stdout.strip() or 'unknown'}",
        "",
        f"Machine: {sb.machine()}; Virtuoso {virtuoso_version()}, {BUFFERS:,} buffers. The machine was "
        "shared with other agents' work during the run (2 cores for all), so absolute times are noisy; "
        "the columns were measured in the same run.",
        "",
        f"The synthetic TriG of `kg synth --seed {args.seed}`; the 5 busiest actors as parameters; "
        f"{args.runs} timed runs after one warm-up (rdflib: fewer, as bench/run); a query is stopped "
        f"after {args.cap:g} s. Virtuoso times are whole `Backend.query` calls through "
        "kg.querying.remote (HTTP on loopback, JSON parsed into rows).",
        "",
    ]
    backends = args.backends.split(",")
    for size in [sb.parse_size(s) for s in args.sizes.split(",")]:
        graph, samples = synth_trig(size, args.seed)
        triples = samples["triples"]
        print(f"== {sb.size_name(size)}: {triples:,} triples", flush=True)
        results: dict[str, sb.BackendResult] = {}
        sample_file = graph.with_name(graph.name + ".samples.json")
        for b in backends:
            if b == "virtuoso":
                results[b] = virtuoso_run(graph, samples, args.runs, args.cap)
            else:
                db = sb.CACHE / f"store-trig-{sb.size_name(size)}-s{args.seed}"
                runs = sb.runs_for(b, size, args.runs)
                results[b] = sb.run_backend(b, graph, sample_file, db, runs, args.cap, "samples")
        lines += report(size, triples, results) + [""]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_record:
        with sb.RESULTS.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    return 0


def virtuoso_version() -> str:
    out = subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True, check=False)
    first = next((line for line in (out.stdout + out.stderr).splitlines() if "Version" in line), "")
    return first.split("Version", 1)[1].strip().split()[0] if first else "(version unknown)"


if __name__ == "__main__":
    sys.exit(main())

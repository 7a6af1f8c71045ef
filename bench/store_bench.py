"""Benchmark of the storage backends, the CLI lookup and `kg serve` on synthetic graphs (issue 6).

For each size (default 10k, 100k and 1M triples) it generates a graph with `kg synth` (cached in
.cache/bench/), then, for each backend, in a fresh child process:
  - load time (Oxigraph in memory; Oxigraph on disk, i.e. `--store oxigraph:PATH` from empty,
    hashing included; rdflib in memory);
  - p50 and p95 of every named query, parameters taken from the synthetic data (the busiest
    prosecutors, their opponents and funders, edges that have evidence); one warm-up run first;
  - peak RSS of the child (os.wait4's rusage, so a child stopped for running too long counts too).
A query over the cap (default 120 s for all its runs) is stopped by killing the child and reported
as stopped; the child is restarted for the remaining queries. rdflib gets fewer runs at 100k and 1M.

Then, on the largest size: the end-to-end CLI lookup (`kg opposed NAME` as a whole process) with an
on-disk and an in-memory store, and `kg serve` under a bounded concurrent load on loopback
(C clients x N requests, stopped at a deadline), reporting errors and p50/p95/p99.

Results are appended to bench/RESULTS.md with a description of the machine.

usage: bench/run [--sizes 10k,100k,1M] [--runs 20] [--cap 120] [--clients 16] [--requests 500]
                 [--no-serve] [--no-cli] [--no-record] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import queue
import select
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CACHE = ROOT / ".cache" / "bench"
RESULTS = ROOT / "bench" / "RESULTS.md"
PYTHON = sys.executable
BACKENDS = ("oxigraph", "oxigraph-disk", "memory")
AGGREGATES = ("coalitions", "timeline", "lawsuits", "endorsements")  # whole-graph queries, no parameter
TARGETS = {"load_tps": 200_000, "p50_ms": 100, "speedup": 20, "rss_mb": 1536}
LOAD_CAP_S = 3600


def parse_size(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s[:-1] if s[-1] in "km" else s) * mult)


def size_name(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


def runs_for(backend: str, size: int, runs: int) -> int:
    """rdflib is orders of magnitude slower on large graphs: fewer runs there (said in the report)."""
    if backend != "memory" or size <= 20_000:
        return runs
    return max(1, runs // 4) if size <= 200_000 else 1


# --- the child: one backend, one graph -------------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    from kg.querying.queries import Resolver, bindings_for, get_named, load_named, page_text, split_page
    from kg.querying.store import OxigraphBackend, RdflibBackend, open_store

    def say(**kw: Any) -> None:
        print(json.dumps(kw), flush=True)

    graph = Path(args.file)
    t0 = time.perf_counter()
    if args.backend == "oxigraph":
        backend = OxigraphBackend.from_file(graph)
    elif args.backend == "memory":
        backend = RdflibBackend.from_file(graph)
    else:
        db = Path(args.db)
        if args.fresh:
            shutil.rmtree(db, ignore_errors=True)
        backend = open_store(f"oxigraph:{db}", graph)
        backend.cache = None  # the store, not kg.querying.store.ResultCache (CLI timing has it)
    say(event="load", seconds=time.perf_counter() - t0)
    samples = json.loads(Path(args.samples).read_text(encoding="utf-8"))[args.params]
    skip = set(args.skip.split(",")) if args.skip else set()
    resolver = Resolver(backend)
    peak_kb = 0
    qdir = Path(args.queries)
    for name in load_named(qdir):
        if name in skip:
            continue
        nq = get_named(qdir, name)
        sets = [bindings_for(nq, p, resolver) for p in samples.get(name) or [{}]]
        # A paged listing (see kg.querying.queries) is timed as a reader gets it: its first page
        # (the default size) and its total.
        nq.text = page_text(nq, split_page(nq, {})[1])
        say(event="start", name=name)
        if not args.fork:
            say(event="query", name=name, **_timed_runs(backend, nq, sets, args.runs))
            continue
        # rdflib cannot be interrupted and reloading 1M triples takes minutes: run each query in a
        # forked copy of this process (the graph shared copy-on-write) and kill it at the cap.
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the forked copy
            os.close(r)
            os.write(w, json.dumps(_timed_runs(backend, nq, sets, args.runs)).encode())
            os._exit(0)
        os.close(w)
        ready, _, _ = select.select([r], [], [], args.cap)
        if ready:
            data = b""
            while chunk := os.read(r, 1 << 16):
                data += chunk
            _, _, usage = os.wait4(pid, 0)
            say(event="query", name=name, **json.loads(data))
        else:
            os.kill(pid, signal.SIGKILL)
            _, _, usage = os.wait4(pid, 0)
            say(event="stopped", name=name, cap=args.cap)
        os.close(r)
        peak_kb = max(peak_kb, usage.ru_maxrss)
    say(event="end", children_rss_mb=peak_kb / 1024)


def _timed_runs(backend: Any, nq: Any, sets: list[dict[str, Any]], runs: int) -> dict[str, Any]:
    from kg.querying.queries import page_total, split_page

    times, rows = [], 0
    warm = 1 if runs > 1 else 0
    page = split_page(nq, {})[1]  # the first page (nq.text is its text), None if not paged
    for i in range(runs + warm):
        t = time.perf_counter()
        res = backend.query(nq.text, sets[i % len(sets)])
        if page is not None:  # the total as kg gets it (not counted when the first page is short)
            page_total(backend, nq, sets[i % len(sets)], page, len(res.rows))
        if i >= warm:
            times.append(time.perf_counter() - t)
        rows = max(rows, len(res.rows))
    return {"times": times, "rows": rows, "params": len(sets)}


# --- the parent --------------------------------------------------------------------------------------


@dataclass
class BackendResult:
    backend: str
    load_s: float | None = None
    rss_mb: float = 0.0
    runs: int = 0
    queries: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> p50, p95, rows | stopped
    restarts: int = 0


def _reader(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    q: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def _reap(proc: subprocess.Popen[str]) -> float:
    """Wait for PROC; its peak RSS in MB (Linux reports ru_maxrss in KiB)."""
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_maxrss / 1024


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def run_backend(
    backend: str,
    graph: Path,
    samples: Path,
    db: Path,
    runs: int,
    cap: float,
    params: str = "samples",
    queries: Path = ROOT / "queries",
) -> BackendResult:
    res = BackendResult(backend, runs=runs)
    skip: list[str] = []
    first = True
    while True:
        cmd = [
            PYTHON,
            __file__,
            "child",
            "--backend",
            backend,
            "--file",
            str(graph),
            "--samples",
            str(samples),
            "--db",
            str(db),
            "--runs",
            str(runs),
            "--skip",
            ",".join(skip),
            "--params",
            params,
            "--queries",
            str(queries),
        ]
        if first:
            cmd.append("--fresh")
        if backend == "memory":
            cmd += ["--fork", "--cap", str(cap)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        lines = _reader(proc)
        current, deadline, stopped = None, time.monotonic() + LOAD_CAP_S, False
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                proc.kill()
                stopped = True
                break
            if line is None:
                break
            ev = json.loads(line)
            if ev["event"] == "load":
                if first:
                    res.load_s = ev["seconds"]
            elif ev["event"] == "start":
                current, deadline = ev["name"], time.monotonic() + cap + 60  # the forked child stops at cap
            elif ev["event"] == "stopped":
                res.queries[ev["name"]] = {"stopped": ev["cap"]}
                skip.append(ev["name"])
                current, deadline = None, time.monotonic() + LOAD_CAP_S
                print(f"  {backend:14} {ev['name']:14} stopped after {ev['cap']:g} s", flush=True)
            elif ev["event"] == "end":
                res.rss_mb = max(res.rss_mb, ev["children_rss_mb"])
            elif ev["event"] == "query":
                t = ev["times"]
                res.queries[ev["name"]] = {
                    "p50": pct(t, 0.5),
                    "p95": pct(t, 0.95),
                    "rows": ev["rows"],
                    "n": len(t),
                }
                skip.append(ev["name"])
                current, deadline = None, time.monotonic() + LOAD_CAP_S
                print(
                    f"  {backend:14} {ev['name']:14} p50 {pct(t, 0.5) * 1000:9.1f} ms  rows {ev['rows']}",
                    flush=True,
                )
        res.rss_mb = max(res.rss_mb, _reap(proc))
        first = False
        if stopped and current is not None:
            res.queries[current] = {"stopped": cap}
            skip.append(current)
            res.restarts += 1
            print(f"  {backend:14} {current:14} stopped after {cap:g} s", flush=True)
            continue
        if stopped:
            raise RuntimeError(f"{backend}: loading took over {LOAD_CAP_S} s")
        return res


# --- CLI lookups and the server ---------------------------------------------------------------------


def project_for(graph: Path, name: str) -> Path:
    """A project folder whose graph is GRAPH (symlinks: nothing big is copied)."""
    proj = CACHE / f"project-{name}"
    (proj / "graph").mkdir(parents=True, exist_ok=True)
    for d in ("ontology", "queries"):
        link = proj / d
        if link.is_symlink() and link.resolve() != (ROOT / d).resolve():
            link.unlink()  # a project made by another checkout (a baseline run): this one's files
        if not link.exists():
            link.symlink_to(ROOT / d)
    g = proj / "graph" / "prosecutor-kg.ttl"  # N-Triples is Turtle
    if g.is_symlink() or g.exists():
        g.unlink()
    g.symlink_to(graph)
    return proj


def cli_lookup(proj: Path, name: str, store: str, runs: int) -> list[float]:
    kg = str(Path(PYTHON).parent / "kg")
    cmd = [kg, "--root", str(proj), "--store", store, "opposed", name, "--no-evidence"]
    # With its bytecode cached, as an installed kg runs (pip compiles it): an environment that sets
    # PYTHONDONTWRITEBYTECODE would have every run compile every module again (~0.1 s).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)  # warm-up, bytecode, store
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
        times.append(time.perf_counter() - t0)
    return times


SERVE_MIX = (
    "who-opposed",
    "whom-opposed",
    "who-funded",
    "profile",
    "evidence",
    "relation",
    "search",
    "shortest-path",
)


def serve_requests(samples: dict[str, list[dict[str, str]]]) -> list[str]:
    """The request mix: point lookups through /api/named (names resolved as on the command line)
    and a plain SPARQL SELECT through /sparql."""
    paths = []
    for name in SERVE_MIX:
        for p in samples.get(name, []):
            paths.append(f"/api/named/{name}?" + urllib.parse.urlencode(p))
    q = (
        "SELECT ?x ?label WHERE { ?x a <https://w3id.org/prosecutor-kg/ontology#HeadProsecutor> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 100"
    )
    paths.append("/sparql?" + urllib.parse.urlencode({"query": q}))
    return paths


def serve_requests_unique(graph: Path, count: int, seed: int, mix: tuple[str, ...] = SERVE_MIX) -> list[str]:
    """COUNT requests of the same kinds as serve_requests, none repeated: each names other actors
    (every actor of the graph, shuffled, by its label; evidence and relation on the graph's own
    edges), so that no result cache can answer a request it saw before."""
    import random

    label_p = "<http://www.w3.org/2000/01/rdf-schema#label>"
    actor = "<https://w3id.org/prosecutor-kg/id/actor/"
    pk = "<https://w3id.org/prosecutor-kg/ontology#"
    labels: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    with graph.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith(actor):
                continue
            s, rest = line.split(" ", 1)
            pred, obj = rest.split(" ", 1)
            if pred == label_p and obj.startswith('"') and "/office/" not in s:  # actors, not their offices
                labels[s[1:-1]] = json.loads(obj[: obj.rindex('"') + 1])
            elif pred.startswith(pk) and obj.startswith(actor) and "/office/" not in obj:  # relations only
                edges.append((s[1:-1], pred[len(pk) : -1], obj[: obj.index(">")][1:]))
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    names = sorted(set(labels.values()))
    rng.shuffle(names)
    rng.shuffle(edges)
    paths = []
    for i in range(count):
        kind, name, other = mix[i % len(mix)], names[i % len(names)], names[(i * 7 + 3) % len(names)]
        s, rel, o = edges[i % len(edges)]
        params = {
            "who-opposed": {"target": name},
            "whom-opposed": {"actor": name},
            "who-funded": {"target": name},
            "profile": {"actor": name},
            "evidence": {"subject": s, "object": o, "relation": rel},
            "relation": {"relation": rel, "object": o},
            "search": {"text": name.split()[-1]},
            "shortest-path": {"from": name, "to": other},
        }[kind]
        paths.append(f"/api/named/{kind}?" + urllib.parse.urlencode(params))
    return paths


def serve_load(
    proj: Path,
    store: str,
    samples: dict[str, Any],
    clients: int,
    per_client: int,
    deadline_s: float,
    unique: list[str] | None = None,
) -> dict[str, Any]:
    from kg.serve.launch import kg_server

    paths = unique or serve_requests(samples)
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    with kg_server(proj, "--store", store, "--no-access-log", "--timeout", "30") as base:
        host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
        stop_at = time.monotonic() + deadline_s

        def client(k: int) -> None:
            conn = http.client.HTTPConnection(host, port, timeout=60)
            mine, errs = [], []
            for i in range(per_client):
                if time.monotonic() > stop_at:
                    break
                path = paths[(k * per_client + i) % len(paths)] if unique else paths[(k * 7 + i) % len(paths)]
                t0 = time.perf_counter()
                try:
                    conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                    r = conn.getresponse()
                    r.read()
                    if r.status != 200:
                        errs.append(f"HTTP {r.status} {path}")
                except (OSError, http.client.HTTPException) as e:
                    errs.append(f"{type(e).__name__} {path}")
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=60)
                mine.append(time.perf_counter() - t0)
            conn.close()
            with lock:
                lat.extend(mine)
                errors.extend(errs)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    return {
        "requests": len(lat),
        "planned": clients * per_client,
        "errors": len(errors),
        "error_examples": errors[:3],
        "wall_s": wall,
        "rps": len(lat) / wall if wall else 0,
        "p50": pct(lat, 0.5),
        "p95": pct(lat, 0.95),
        "p99": pct(lat, 0.99),
        "clients": clients,
        "mix": len(paths),
    }


# --- report -----------------------------------------------------------------------------------------


def machine() -> str:
    import pyoxigraph
    import rdflib
    import starlette
    import uvicorn

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    load = os.getloadavg()
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_kb / 1024 / 1024:.0f} GiB RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, "
        f"rdflib {rdflib.__version__}, starlette {starlette.__version__}, uvicorn {uvicorn.__version__}; "
        f"load average at start {load[0]:.1f}"
    )


def fmt_ms(q: dict[str, Any] | None) -> str:
    if not q:
        return "–"
    if "stopped" in q:
        return f"> {q['stopped']:g} s (stopped)"
    return f"{q['p50'] * 1000:.1f} / {q['p95'] * 1000:.1f}"


def report(size: int, triples: int, results: dict[str, BackendResult]) -> list[str]:
    out = [f"### {size_name(size)} ({triples:,} triples)", ""]
    out.append("| | Oxigraph, memory | Oxigraph, disk | rdflib, memory |")
    out.append("|---|---:|---:|---:|")
    row = []
    for b in BACKENDS:
        r = results.get(b)
        row.append(
            f"{r.load_s:.2f} s ({triples / r.load_s / 1000:,.0f}k triples/s)" if r and r.load_s else "–"
        )
    out.append("| load | " + " | ".join(row) + " |")
    out.append(
        "| peak RSS | "
        + " | ".join(f"{results[b].rss_mb:,.0f} MB" if b in results else "–" for b in BACKENDS)
        + " |"
    )
    out.append(
        "| runs per query | "
        + " | ".join(str(results[b].runs) if b in results else "–" for b in BACKENDS)
        + " |"
    )
    out += ["", "p50 / p95 in ms per named query, and rdflib p50 ÷ Oxigraph (memory) p50:", ""]
    out.append("| query | rows | Oxigraph, memory | Oxigraph, disk | rdflib, memory | rdflib ÷ Oxigraph |")
    out.append("|---|---:|---:|---:|---:|---:|")
    names = sorted({n for r in results.values() for n in r.queries})
    for n in names:
        qs = {b: results[b].queries.get(n) if b in results else None for b in BACKENDS}
        ox, rl = qs["oxigraph"], qs["memory"]
        rows = next((q["rows"] for q in qs.values() if q and "rows" in q), "–")
        if ox and rl and "p50" in ox and "p50" in rl:
            ratio = f"{rl['p50'] / ox['p50']:,.0f}×"
        elif ox and rl and "stopped" in rl and "p50" in ox:
            ratio = f"> {rl['stopped'] / ox['p50']:,.0f}×"
        else:
            ratio = "–"
        label = f"{n} (aggregate)" if n in AGGREGATES else n
        out.append(
            f"| {label} | {rows} | {fmt_ms(ox)} | {fmt_ms(qs['oxigraph-disk'])} | {fmt_ms(rl)} | {ratio} |"
        )
    return out


def targets(size: int, triples: int, results: dict[str, BackendResult]) -> list[str]:
    ox, disk, rl = results.get("oxigraph"), results.get("oxigraph-disk"), results.get("memory")
    out = [f"Targets at {size_name(size)} with Oxigraph:", ""]

    def verdict(ok: bool) -> str:
        return "**met**" if ok else "**missed**"

    if ox and ox.load_s:
        tps = triples / ox.load_s
        line = (
            f"- load ≥ 200k triples/s: {tps / 1000:,.0f}k/s in memory {verdict(tps >= TARGETS['load_tps'])}"
        )
        if disk and disk.load_s:
            dtps = triples / disk.load_s
            line += f"; {dtps / 1000:,.0f}k/s to disk {verdict(dtps >= TARGETS['load_tps'])}"
        out.append(line)
    if ox:
        slow = {n: q["p50"] * 1000 for n, q in ox.queries.items() if "p50" in q and q["p50"] * 1000 > 100}
        worst = max((q["p50"] * 1000 for q in ox.queries.values() if "p50" in q), default=float("nan"))
        msg = f"slowest p50 {worst:.1f} ms"
        if slow:
            msg += " (over: " + ", ".join(f"{n} {v:.0f} ms" for n, v in sorted(slow.items())) + ")"
        out.append(f"- every named query p50 ≤ 100 ms: {msg} {verdict(not slow)}")
    if ox and rl:
        ratios = []
        for n in AGGREGATES:
            o, r = ox.queries.get(n), rl.queries.get(n)
            if o and r and "p50" in o:
                ratios.append((n, (r.get("p50") or r.get("stopped")) / o["p50"], "stopped" in r))
        text = ", ".join(f"{n} {'> ' if s else ''}{x:,.0f}×" for n, x, s in ratios)
        out.append(
            f"- ≥ 20× faster than rdflib on the aggregate queries: {text} "
            f"{verdict(all(x >= TARGETS['speedup'] for _, x, _ in ratios))}"
        )
    if ox:
        line = f"- peak RSS ≤ 1.5 GB: {ox.rss_mb:,.0f} MB in memory {verdict(ox.rss_mb <= TARGETS['rss_mb'])}"
        if disk:
            line += f"; {disk.rss_mb:,.0f} MB on disk {verdict(disk.rss_mb <= TARGETS['rss_mb'])}"
        out.append(line)
    return out


def before_after(
    size: int, after: dict[str, BackendResult], before: dict[str, BackendResult], before_dir: Path
) -> list[str]:
    """The named queries as they were (BEFORE_DIR) against as they are, p50 in ms, same run."""
    rel = before_dir.resolve().relative_to(ROOT) if before_dir.resolve().is_relative_to(ROOT) else before_dir
    out = [
        f"### Named queries at {size_name(size)}: before (`{rel}`) and now, same run",
        "",
        "p50 in ms (rows: the most any parameter gave; a paged listing is timed as its first page and "
        "its total):",
        "",
        "| query | rows before | rows now | memory before | memory now | disk before | disk now |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def p50(res: dict[str, BackendResult], b: str, n: str) -> str:
        q = res[b].queries.get(n) if b in res else None
        if not q:
            return "–"
        return f"> {q['stopped']:g} s" if "stopped" in q else f"{q['p50'] * 1000:.1f}"

    def rows(res: dict[str, BackendResult], n: str) -> str:
        got = [r.queries[n]["rows"] for r in res.values() if "rows" in r.queries.get(n, {})]
        return f"{got[0]:,}" if got else "–"

    for n in sorted({n for r in after.values() for n in r.queries}):
        out.append(
            f"| {n} | {rows(before, n)} | {rows(after, n)} | {p50(before, 'oxigraph', n)} | "
            f"{p50(after, 'oxigraph', n)} | {p50(before, 'oxigraph-disk', n)} | "
            f"{p50(after, 'oxigraph-disk', n)} |"
        )
    return out


def _set_cache(path: Path) -> None:
    global CACHE  # one setting for the helpers above
    CACHE = path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    c = sub.add_parser("child")
    c.add_argument("--backend", choices=BACKENDS, required=True)
    c.add_argument("--file", required=True)
    c.add_argument("--samples", required=True)
    c.add_argument("--db", required=True)
    c.add_argument("--runs", type=int, default=20)
    c.add_argument("--skip", default="")
    c.add_argument("--fresh", action="store_true")
    c.add_argument("--params", default="samples")
    c.add_argument("--queries", default=str(ROOT / "queries"))
    c.add_argument("--fork", action="store_true", help="run each query in a forked copy, killed at --cap")
    c.add_argument("--cap", type=float, default=120.0)
    ap.add_argument("--sizes", default="10k,100k,1M")
    ap.add_argument("--backends", default=",".join(BACKENDS))
    ap.add_argument("--runs", type=int, default=20, help="timed runs per query (after one warm-up)")
    ap.add_argument("--cap", type=float, default=120.0, help="seconds for all runs of one query")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=500, help="per client")
    ap.add_argument("--serve-deadline", type=float, default=300.0, help="seconds; the load stops then")
    ap.add_argument("--cli-runs", type=int, default=5)
    ap.add_argument(
        "--serve-store",
        choices=("oxigraph", "disk"),
        default="oxigraph",
        help="kg serve's store: Oxigraph in memory (each worker loads the graph) or on disk",
    )
    ap.add_argument(
        "--serve-params",
        choices=("samples", "unique"),
        default="samples",
        help="kg serve's requests: cycle through the sample parameters, or never repeat one (a cache "
        "cannot answer)",
    )
    ap.add_argument("--serve-mix", default=",".join(SERVE_MIX), help="named queries of the unique mix")
    ap.add_argument("--no-serve", action="store_true")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--no-record", action="store_true", help="print, do not append to bench/RESULTS.md")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--params",
        choices=("busiest", "typical"),
        default="busiest",
        help="query parameters: the busiest actors (heaviest lookups) or actors drawn uniformly",
    )
    ap.add_argument("--cache", type=Path, default=CACHE, help="where graphs and stores are kept between runs")
    ap.add_argument(
        "--before",
        type=Path,
        default=None,
        metavar="DIR",
        help="also time the named queries of DIR (e.g. tests/fixtures/queries-before) on the largest "
        "size, in memory and on disk, for a before/now table",
    )
    args = ap.parse_args(argv)
    if args.cmd == "child":
        child(args)
        return 0
    _set_cache(args.cache)

    from kg.scale.synth import synthesize

    started = dt.datetime.now(dt.timezone.utc)
    desc = machine()
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        or "unknown"
    )
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    backends = [b for b in args.backends.split(",") if b]
    lines = [
        f"## bench/run: stores, CLI lookup, kg serve — {started:%Y-%m-%d %H:%M} UTC — commit {commit}",
        "",
        f"Machine: {desc}.",
        "",
        f"Synthetic graphs from `kg synth --seed {args.seed}`. Query times are of `Backend.query` with bound "
        f"parameters (results converted to rows), one warm-up run first; rdflib runs "
        f"{runs_for('memory', 100_000, args.runs)} time(s) per query at 100k and "
        f"{runs_for('memory', 1_000_000, args.runs)} at 1M, and any query is stopped after {args.cap:g} s. "
        + (
            "Parameters: the 5 busiest actors for each query (the heaviest lookups; the top prosecutor is "
            "in about 5% of all assertions)."
            if args.params == "busiest"
            else "Parameters: 5 actors per query drawn uniformly among those it finds (typical lookups)."
        ),
        "",
    ]
    last = None
    for size in sizes:
        CACHE.mkdir(parents=True, exist_ok=True)
        graph = CACHE / f"synth-{size_name(size)}-s{args.seed}.nt"
        samples = graph.with_name(graph.name + ".samples.json")
        if not (graph.exists() and samples.exists() and "typical" in samples.read_text(encoding="utf-8")):
            t0 = time.perf_counter()
            st = synthesize(graph, size, args.seed, ROOT / "ontology")
            print(
                f"synth {size_name(size)}: {st.triples:,} triples in {time.perf_counter() - t0:.1f} s",
                flush=True,
            )
        triples = json.loads(samples.read_text(encoding="utf-8"))["triples"]
        print(f"== {size_name(size)}: {triples:,} triples", flush=True)
        results = {}
        for b in backends:
            db = CACHE / f"store-{size_name(size)}-s{args.seed}"
            key = "samples" if args.params == "busiest" else "typical"
            results[b] = run_backend(b, graph, samples, db, runs_for(b, size, args.runs), args.cap, key)
        lines += report(size, triples, results) + [""] + targets(size, triples, results) + [""]
        last = (size, graph, samples)
        if args.before and size == sizes[-1]:
            key = "samples" if args.params == "busiest" else "typical"
            before = {}
            for b in ("oxigraph", "oxigraph-disk"):
                if b in results:
                    db = CACHE / f"store-{size_name(size)}-s{args.seed}"
                    print(f"  before: {b} with {args.before}", flush=True)
                    before[b] = run_backend(b, graph, samples, db, args.runs, args.cap, key, args.before)
            lines += before_after(size, results, before, args.before) + [""]
    if last and not args.no_cli:
        size, graph, samples = last
        proj = project_for(graph, size_name(size))
        smp = json.loads(samples.read_text(encoding="utf-8"))[
            "samples" if args.params == "busiest" else "typical"
        ]
        name = smp["who-opposed"][0]["target"]
        lines += [
            f'### End-to-end CLI lookup at {size_name(size)}: `kg opposed "{name}" --no-evidence` '
            "(after one warm-up run; bytecode cached, as an installed kg runs)",
            "",
            "| store | runs | median s | min s | max s |",
            "|---|---:|---:|---:|---:|",
        ]
        for store in (f"oxigraph:{proj / '.cache' / 'store'}", "oxigraph", "memory"):
            if store == "memory" and size > 200_000:
                continue  # minutes per run at 1M: see the load times above
            t = cli_lookup(proj, name, store, args.cli_runs)
            label = "oxigraph:PATH (on disk)" if store.startswith("oxigraph:") else store
            lines.append(f"| {label} | {len(t)} | {statistics.median(t):.3f} | {min(t):.3f} | {max(t):.3f} |")
            print(f"  cli {label}: median {statistics.median(t):.3f} s", flush=True)
        real = cli_lookup(ROOT, "Krasner", "oxigraph", args.cli_runs)
        lines.append(
            f"| bundled graph (5.7k triples), `kg opposed Krasner`, oxigraph | {len(real)} | "
            f"{statistics.median(real):.3f} | {min(real):.3f} | {max(real):.3f} |"
        )
        lines.append("")
    if last and not args.no_serve:
        size, graph, samples = last
        proj = project_for(graph, size_name(size))
        smp = json.loads(samples.read_text(encoding="utf-8"))[
            "samples" if args.params == "busiest" else "typical"
        ]
        store = f"oxigraph:{proj / '.cache' / 'store'}" if args.serve_store == "disk" else "oxigraph"
        print(f"  serve: {args.clients} clients x {args.requests} requests", flush=True)
        store_label = "oxigraph:PATH" if args.serve_store == "disk" else "oxigraph"
        unique = None
        if args.serve_params == "unique":
            mix = tuple(args.serve_mix.split(","))
            unique = serve_requests_unique(graph, args.clients * args.requests, args.seed, mix)
        r = serve_load(proj, store, smp, args.clients, args.requests, args.serve_deadline, unique)
        lines += [
            # (the mix's own parameters: the named queries' --params, or none repeated)
            f"### kg serve at {size_name(size)} (`--store {store_label}`, default workers, "
            f"{'unique' if unique is not None else args.params} parameters), loopback",
            "",
            (
                f"{r['clients']} clients × {args.requests} requests (keep-alive; stopped at "
                f"{args.serve_deadline:g} s if not done), cycling through {r['mix']} requests: point lookups "
                f"through /api/named (who-opposed, whom-opposed, who-funded, profile, evidence, relation, "
                f"search, shortest-path) and one SPARQL SELECT through /sparql. Client and server share the "
                f"machine."
            )
            if unique is None
            else (
                f"{r['clients']} clients × {args.requests} requests (keep-alive; stopped at "
                f"{args.serve_deadline:g} s if not done), no request repeated (a cache cannot answer): "
                f"/api/named/{{{args.serve_mix}}} in turn, each with other actors (every actor of the graph "
                f"by its label, shuffled; evidence and relation on the graph's own edges). Client and server "
                f"share the machine."
            ),
            "",
            "| requests done / planned | errors | wall s | requests/s | p50 ms | p95 ms | p99 ms |",
            "|---:|---:|---:|---:|---:|---:|---:|",
            f"| {r['requests']:,} / {r['planned']:,} | {r['errors']} | {r['wall_s']:.1f} | {r['rps']:.0f} | "
            f"{r['p50'] * 1000:.1f} | {r['p95'] * 1000:.1f} | {r['p99'] * 1000:.1f} |",
            "",
        ]
        if r["errors"]:
            lines.append("Errors, first few: " + "; ".join(r["error_examples"]))
            lines.append("")
        print(
            f"  serve: {r['requests']} requests, {r['errors']} errors, p99 {r['p99'] * 1000:.1f} ms",
            flush=True,
        )
    took = (dt.datetime.now(dt.timezone.utc) - started).total_seconds()
    lines.append(f"Run took {took / 60:.1f} min; load average at the end {os.getloadavg()[0]:.1f}.")
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    if not args.no_record:
        with args.out.open("a", encoding="utf-8") as fh:  # others append here too: never rewrite
            fh.write("\n" + text)
        print(f"appended to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

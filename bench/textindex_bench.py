"""The text index of `search` (kg.querying.textindex) at scale: the query with and without it, on the
same synthetic graph and store, run by run in turn, in memory and on disk; what the index costs to
build and how big it is; and that the rows are the same.

    python bench/textindex_bench.py --graph G.nt [--before OLD.rq] [--disk DIR] [--runs 10]

G.nt comes from `kg synth` (G.nt.samples.json beside it gives the search words: the last names of the
busiest actors, and of typical ones). Three texts of the query per word, each run in turn:
  before  OLD.rq, if given (e.g. `git show 9fe7e3d:queries/search.rq`): the baseline;
  plain   queries/search.rq without its `# text index:` comments: the query as other engines run it;
  index   queries/search.rq as kg runs it on a local Oxigraph store.
--disk DIR also runs them on an on-disk store at DIR (loaded from G.nt if it is not already), after
the store in memory is dropped (one 1M store in memory at a time). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * (len(xs) - 1) + 0.5))] * 1000


def run(backend: Any, texts: dict[str, str], words: dict[str, list[str]], runs: int) -> list[str]:
    from kg.querying.queries import Resolver, bindings_for, get_named

    nq = get_named(ROOT / "queries", "search")
    resolver = Resolver(backend)
    out = []
    for group, ws in words.items():
        times: dict[str, list[float]] = {k: [] for k in texts}
        rows: list[int] = []
        for w in ws:
            b = bindings_for(nq, {"text": w}, resolver)
            got = {k: backend.query(t, b).rows for k, t in texts.items()}  # warm-up, and the rows
            if got["plain"] != got["index"]:
                raise SystemExit(
                    f"rows differ for {w!r}: {len(got['plain'])} plain, {len(got['index'])} index"
                )
            rows.append(len(got["index"]))
            for _ in range(runs):
                for k, t in texts.items():  # in turn, so that every text sees the same load
                    t0 = time.perf_counter()
                    backend.query(t, b)
                    times[k].append(time.perf_counter() - t0)
        cells = " | ".join(
            f"{statistics.median(times[k]) * 1000:.1f} / {pct(times[k], 0.95):.1f}" for k in texts
        )
        out.append(f"| {group}: {', '.join(ws)} | {', '.join(map(str, rows))} | {cells} |")
    return out


def index_size(db: sqlite3.Connection) -> float:
    pages = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    return pages / 1e6


def main() -> None:
    from kg.querying.store import OxigraphBackend, open_store
    from kg.querying.textindex import INDEX_VERSION

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--before", type=Path, help="the search.rq to compare with (the baseline)")
    ap.add_argument("--disk", type=Path, help="also on an on-disk store in this folder")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    samples = json.loads(args.graph.with_name(args.graph.name + ".samples.json").read_text(encoding="utf-8"))
    words = {
        "busiest": [s["text"] for s in samples["samples"]["search"]],
        "typical": [s["text"] for s in samples["typical"]["search"]],
        "short (below the index)": ["ab", "32"],
    }
    now = (ROOT / "queries" / "search.rq").read_text(encoding="utf-8")
    texts = {"plain": re.sub(r"#[ \t]*text index:[^\n]*", "", now), "index": now}
    if args.before:
        texts = {"before": args.before.read_text(encoding="utf-8"), **texts}
    head = " | ".join(f"{k} p50 / p95 ms" for k in texts)
    table = [f"| words | rows | {head} |", "|---|---|" + "---:|" * len(texts)]

    t0 = time.perf_counter()
    memory = OxigraphBackend.from_file(args.graph)
    print(f"loaded {args.graph.name} in memory in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    memory.prepare_text_index()
    built = time.perf_counter() - t0
    idx = memory.text_index()
    n = idx.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    print(
        f"text index in memory: {n:,} keys, built in {built:.2f} s, {index_size(idx.db):.1f} MB", flush=True
    )
    table += [f"| **in memory** | | {' | '.join('' for _ in texts)} |", *run(memory, texts, words, args.runs)]
    print("\n".join(table), flush=True)
    del memory, idx
    gc.collect()

    if args.disk:
        t0 = time.perf_counter()
        disk = open_store(f"oxigraph:{args.disk}", args.graph)
        print(f"opened (or loaded) the on-disk store in {time.perf_counter() - t0:.1f} s", flush=True)
        assert isinstance(disk, OxigraphBackend) and disk.cache is not None
        kept = disk.cache.folder / f"search-{INDEX_VERSION}.sqlite"
        kept.unlink(missing_ok=True)
        t0 = time.perf_counter()
        disk.prepare_text_index()  # built, written beside the store, opened read-only
        built = time.perf_counter() - t0
        print(f"text index beside the store: {built:.2f} s, {kept.stat().st_size / 1e6:.1f} MB", flush=True)
        disk.cache = None  # time the store, not the results kept beside it (kg.querying.store.ResultCache)
        table += [f"| **on disk** | | {' | '.join('' for _ in texts)} |", *run(disk, texts, words, args.runs)]
    print("\n".join(table))


if __name__ == "__main__":
    main()

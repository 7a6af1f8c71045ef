"""Throughput of `kg extract` on the bundled corpus, in KB of text per second per core.

Runs, in one process and on the same texts:
  baseline   the bare trained English pipeline (en_core_web_sm, as `kg extract` loads it: tagger,
             parser, lemmatizer, NER) -- the floor that any extraction built on it pays;
  extract    the full extraction pipeline (kg.extraction), registry patterns included;
  extract×N  the same with nlp.pipe(n_process=N), when --n-process N > 1 (KB/s divided by N).
Each figure is the median of --repeat runs after one warm-up. A row is appended to
bench/RESULTS.md (created with a description of the machine if missing); nothing is rewritten.

With --scaling, it measures instead how the time for ONE document grows with its length, for
two texts without a sentence end (one "sentence" of 25 to 400 KB, the shape that once made
extraction quadratic): the corpus with every sentence end turned into a comma, and one clause
with two relations repeated ("the Fraternal Order of Police sued Larry Krasner and Krasner
endorsed George Gascón, ..."). Linear time doubles with the size.

Usage: .venv/bin/python bench/extract.py [--repeat 5] [--n-process 2] [--scaling] [--root PROJECT]
                                         [--no-record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_RATIO = 0.7  # extraction's throughput at least this share of the bare pipeline's
TARGET_CORPUS_S = 15.0  # the whole bundled corpus, on this machine's cores
HERE = Path(__file__).resolve().parent


def timed(fn, repeat: int) -> float:
    fn()  # warm-up: first-call costs (lookup tables, regex compilation) are not throughput
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def commit(root: Path) -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", type=Path, default=HERE.parent)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--scaling", action="store_true", help="Time one document of growing length.")
    ap.add_argument("--no-record", action="store_true", help="Print only; do not append to RESULTS.md.")
    args = ap.parse_args()
    if args.scaling:
        return scaling(args)

    from kg.base.paths import Project
    from kg.extraction.run import Runner, resolve_targets

    project = Project.find(args.root)
    runner = Runner(project)
    texts = [(t.path.read_text(encoding="utf-8"), t.name) for t in resolve_targets(project, [], True)]
    kb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1000

    from kg.extraction.pipeline import load_model

    base = load_model()

    def run_base() -> None:
        for _ in base.pipe(t for t, _ in texts):
            pass

    def run_extract(n: int = 1):
        return lambda: list(runner.extractor.extract(texts, n_process=n))

    rows = [("baseline (bare trained pipeline, en_core_web_sm)", kb / timed(run_base, args.repeat), 1)]
    rows.append(("extract (full pipeline)", kb / timed(run_extract(), args.repeat), 1))
    if args.n_process > 1:
        n = args.n_process
        rows.append((f"extract, n_process={n}", kb / timed(run_extract(n), max(1, args.repeat // 2)), n))

    print(f"corpus: {len(texts)} documents, {kb:,.1f} KB; median of {args.repeat} runs")
    for name, speed, n in rows:
        print(f"  {name:<56} {speed:>8,.0f} KB/s  {speed / n:>8,.0f} KB/s per core")
    per_core = rows[1][1]
    ratio = per_core / rows[0][1]
    fastest = max(speed for _, speed, _ in rows[1:])
    print(
        f"extraction: {per_core:,.0f} KB/s per core, {ratio:.0%} of the bare pipeline's speed "
        f"({'meets' if ratio >= TARGET_RATIO else 'below'} the {TARGET_RATIO:.0%} target); "
        f"the whole corpus in {kb / fastest:.1f} s "
        f"({'meets' if kb / fastest <= TARGET_CORPUS_S else 'over'} the {TARGET_CORPUS_S:.0f} s target)"
    )

    if not args.no_record:
        record(args, rows, kb, len(texts), commit(project.root))
    return 0


def scaling(args: argparse.Namespace) -> int:
    import re

    from kg.base.paths import Project
    from kg.extraction.run import Runner, resolve_targets

    project = Project.find(args.root)
    runner = Runner(project)
    corpus = "".join(t.path.read_text(encoding="utf-8") for t in resolve_targets(project, [], True))
    texts = {
        "corpus, sentence ends made commas": re.sub(r"[.!?\n]", ",", corpus),
        "one clause with two relations, repeated": (
            "the Fraternal Order of Police sued Larry Krasner and Krasner endorsed George Gascón, "
        ),
    }
    sizes = (25, 50, 100, 200, 400)
    lines = ["| text | " + " | ".join(f"{kb} KB" for kb in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for label, unit in texts.items():
        cells: list[str] = []
        times: list[float] = []
        for kb in sizes:
            text = (unit * (kb * 1000 // len(unit) + 1))[: kb * 1000]
            times.append(timed(lambda text=text: runner.extractor.extract_text(text), args.repeat))
            ratio = f" (×{times[-1] / times[-2]:.1f})" if len(times) > 1 else ""
            cells.append(f"{times[-1]:.2f} s{ratio}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    print(f"one document without a sentence end; median of {args.repeat} runs; ×: to the size before")
    print("\n".join(lines))
    if not args.no_record:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        head = (
            f"\n## bench/extract.py --scaling — {stamp} — commit {commit(project.root)}\n\n"
            f"Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
            f"One document without a sentence end; median of {args.repeat} runs; (×) is the ratio to "
            "the size before: linear time doubles (×2.0).\n"
        )
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as f:
            f.write(head + "\n" + "\n".join(lines) + "\n")
        print(f"appended to {HERE / 'RESULTS.md'}")
    return 0


def record(
    args: argparse.Namespace, rows: list[tuple[str, float, int]], kb: float, ndocs: int, rev: str
) -> None:
    import spacy

    path = HERE / "RESULTS.md"
    if not path.exists():
        path.write_text(
            "# Benchmark results\n\n"
            "Appended by the scripts in bench/; one line per run. Never rewrite earlier lines.\n\n",
            encoding="utf-8",
        )
    machine = (
        f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, {platform.system()} {platform.release()}"
    )
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"\n## bench/extract.py — {stamp} — commit {rev}\n",
        f"Machine: {machine}. Corpus: {ndocs} documents, {kb:,.1f} KB; median of {args.repeat} runs.\n",
        "| pipeline | KB/s | KB/s per core |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {speed:,.0f} | {speed / n:,.0f} |" for name, speed, n in rows]
    ratio = rows[1][1] / rows[0][1]
    fastest = max(speed for _, speed, _ in rows[1:])
    lines.append(
        f"\nExtraction at {ratio:.0%} of the bare pipeline (target {TARGET_RATIO:.0%}); the whole corpus "
        f"in {kb / fastest:.1f} s (target {TARGET_CORPUS_S:.0f} s).\n"
    )
    with path.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"appended to {path}")


if __name__ == "__main__":
    sys.exit(main())

"""A lookup on the on-disk store loads only what a lookup needs (issue 17: `kg opposed NAME` at 1M
triples is a whole process, and every module it imports is part of its time).

Each lookup runs in a fresh interpreter (a subprocess), as `kg` does, and reports its answer and
the modules it imported; the test asserts on both, not on a time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# What a lookup must not load: the libraries of other stages (parsing and validation, NLP, the web
# server, pages, the remote store's HTTP client) and the other command groups' modules.
NOT_FOR_A_LOOKUP = (
    "rdflib",
    "pyshacl",
    "spacy",
    "starlette",
    "uvicorn",
    "jinja2",
    "requests",
    "networkx",
    "pyvis",
    "trafilatura",
    "yaml",
    "kg.builder",
    "kg.curate",
    "kg.extraction",
    "kg.views",
    "kg.serve",
    "kg.scale",
    "kg.querying.remote",
    "kg.cli.build",
    "kg.cli.curate",
    "kg.cli.extract",
    "kg.cli.review",
    "kg.cli.serve",
    "kg.cli.site",
    "kg.cli.views",
    "kg.cli.synth",
    # the query thread's hand-off is kg.querying.sandbox._Outcome: concurrent.futures imports logging
    "concurrent.futures",
    "logging",
)

LOOKUP = """
import json, sys
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    code = e.code
from kg.querying import sandbox
print(json.dumps({"exit": code, "modules": sorted(sys.modules), "sandboxed": sandbox.sandboxed()}))
"""


def lookup(*args: str) -> tuple[str, dict]:
    out = subprocess.run(
        [sys.executable, "-c", LOOKUP, "--root", str(REPO), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    answer, _, report = out.stdout.rstrip("\n").rpartition("\n")
    return answer, json.loads(report)


def loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("store", ["disk", "memory"])
def test_a_lookup_imports_no_heavy_module(tmp_path: Path, store: str) -> None:
    spec = f"oxigraph:{tmp_path / 'store'}" if store == "disk" else "oxigraph"
    if store == "disk":
        lookup("--store", spec, "opposed", "Krasner")  # loads the store; the next run opens it read-only
    answer, report = lookup("--store", spec, "opposed", "Krasner", "--no-evidence")
    assert report["exit"] == 0
    assert answer.startswith("Who opposed Larry Krasner") and "—opposed→ Larry Krasner" in answer
    assert not [m for m in NOT_FOR_A_LOOKUP if loaded(report["modules"], m)]
    # what it does need is there: the store's engine, and the sandbox its queries run in
    assert "pyoxigraph" in report["modules"] and "pyseccomp" in report["modules"]
    assert report["sandboxed"]


def test_the_check_sees_a_heavy_module(tmp_path: Path) -> None:
    """The same check on a command that does load one (`kg validate` runs pyshacl): it would fail."""
    out = subprocess.run(
        [sys.executable, "-c", LOOKUP, "--root", str(REPO), "validate"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    report = json.loads(out.stdout.rstrip("\n").rpartition("\n")[2])
    assert [m for m in NOT_FOR_A_LOOKUP if loaded(report["modules"], m)]


def test_a_broken_store_is_one_line(tmp_path: Path) -> None:
    """The store opens in a thread while the lookup gets ready (kg.querying.store._Opening): a store
    that cannot be opened is still one `error:` line and exit 1, no traceback."""
    db = tmp_path / "store"
    lookup("--store", f"oxigraph:{db}", "opposed", "Krasner", "--no-evidence")
    (db / "CURRENT").unlink()  # RocksDB's pointer to its manifest: the store no longer opens
    cmd = ["--root", str(REPO), "--store", f"oxigraph:{db}", "opposed", "Krasner"]
    res = subprocess.run(
        [sys.executable, "-m", "kg.cli", *cmd],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.startswith(f"error: cannot open store {db}") and res.stderr.count("\n") == 1

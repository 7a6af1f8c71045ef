"""Files are written as sets: a build or an ingest killed at any step leaves, once the next run
has started, either the whole old set or the whole new set, and no leftovers. New files respect
the umask."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from conftest import run_kg
from kg.base import fsio
from kg.base.paths import Project

KILLED = 77  # the exit code of a child that the hook below killed


class _DyingOs:
    """Stands in for the `os` module inside kg.base.fsio: the Nth file-system step that fsio takes
    (open, fsync, replace, unlink, rmdir) is carried out, and then the process dies on the spot,
    as it would under `kill -9` or a power cut (no cleanup, no finally blocks)."""

    STEPS = frozenset({"open", "fsync", "replace", "unlink", "rmdir"})

    def __init__(self, n: int) -> None:
        self.left = n

    def __getattr__(self, name: str) -> object:
        real = getattr(os, name)
        if name not in self.STEPS:
            return real

        def step(*args: object, **kwargs: object) -> object:
            result = real(*args, **kwargs)
            self.left -= 1
            if self.left == 0:
                os._exit(KILLED)
            return result

        return step


def killed_after(n: int, action: Callable[[], object]) -> bool:
    """Run ACTION in a forked child that dies right after fsio's Nth step. True if it was killed,
    False if it finished before its Nth step."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            fsio.os = _DyingOs(n)  # type: ignore[assignment]
            action()
        except BaseException:
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED), f"the child failed (exit {code}) after {n} steps"
    return code == KILLED


def files_in(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file()}


def leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name.startswith("."))


def put_back(d: Path, files: dict[str, bytes]) -> None:
    """Make D hold exactly FILES (and nothing else)."""
    for p in d.iterdir():
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()
    for name, data in files.items():
        (d / name).write_bytes(data)


def change_a_label(root: Path) -> None:
    ents = root / "annotations" / "entities.yaml"
    text = ents.read_text(encoding="utf-8")
    ents.write_text(text.replace("label: Jane Roe", "label: Jane Q. Roe"), encoding="utf-8")


def kill_points() -> Iterator[int]:
    n = 1
    while True:
        yield n
        n += 1
        assert n < 200, "the write never finished"


# --- kg build --------------------------------------------------------------------------------


@pytest.fixture
def built_mini(mini: Path) -> tuple[Path, dict[str, bytes]]:
    assert run_kg(mini, "build").exit_code == 0
    return mini, files_in(mini / "graph")


def test_build_killed_at_each_step_leaves_old_or_new_graph(mini: Path) -> None:
    from kg.builder.run import build

    graph = mini / "graph"
    assert run_kg(mini, "build").exit_code == 0
    old = files_in(graph)
    ents = mini / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8").replace("label: Jane Roe", "label: Jane Q. Roe"), "utf-8"
    )
    seen = []
    for n in kill_points():
        put_back(graph, old)
        if not killed_after(n, lambda: build(Project(mini), shacl=False)):
            break
        mixed = files_in(graph) != old and leftovers(graph) != []
        # The next run: `kg build --check` finishes or discards the cut-off write, then compares.
        res = run_kg(mini, "build", "--check")
        after = files_in(graph)
        assert leftovers(graph) == [], f"killed after step {n}: leftovers {leftovers(graph)}"
        if after == old:
            assert res.exit_code == 1 and "out of date" in res.stderr, res.output
            seen.append(("old", mixed))
        else:
            assert res.exit_code == 0, f"killed after step {n}: neither the old set nor the new: {res.output}"
            assert set(after) == set(old) and all(after[k] != old[k] for k in after)
            seen.append(("new", mixed))
    new = files_in(graph)
    assert new != old and leftovers(graph) == []
    # Both outcomes happened, and at least once the next run had to finish a half-renamed set.
    assert {s for s, _ in seen} == {"old", "new"}, seen
    assert ("new", True) in seen, seen
    assert len(seen) >= 10


def test_a_failed_rename_is_finished_by_the_next_run(built_mini, monkeypatch) -> None:
    """An error (not a kill) half-way through the renames: one error line, and the next build
    finishes the set."""
    root, _ = built_mini
    graph = root / "graph"
    old = files_in(graph)
    ents = root / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8").replace("label: Jane Roe", "label: Jane Q. Roe"), "utf-8"
    )
    real_replace = os.replace
    calls = []

    def flaky_replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:  # the journal, the first file, then this one
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(fsio.os, "replace", flaky_replace)
    res = run_kg(root, "build")
    monkeypatch.undo()
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.output
    assert "could not finish writing" in res.stderr and "No space left on device" in res.stderr
    assert run_kg(root, "build", "--check").exit_code == 0
    new = files_in(graph)
    assert set(new) == set(old) and all(new[k] != old[k] for k in new)
    assert leftovers(graph) == []


def test_an_error_before_the_commit_leaves_the_old_set(built_mini, monkeypatch) -> None:
    root, _ = built_mini
    graph = root / "graph"
    old = files_in(graph)
    ents = root / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8").replace("label: Jane Roe", "label: Jane Q. Roe"), "utf-8"
    )

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsio.os, "fsync", no_space)
    with pytest.raises(OSError):
        from kg.builder.run import build

        build(Project(root))
    monkeypatch.undo()
    assert files_in(graph) == old and leftovers(graph) == []


def test_leftovers_of_the_old_scheme_are_removed(built_mini) -> None:
    root, before = built_mini
    graph = root / "graph"
    (graph / ".prosecutor-kg.ttl.k2j4h5g6.tmp").write_text("half a file")
    (graph / ".kg-write-abcd1234").mkdir()
    (graph / ".kg-write-abcd1234" / "0.prosecutor-kg.ttl").write_text("staged, never committed")
    (graph / "notes.txt").write_text("not ours")
    assert run_kg(root, "build", "--check").exit_code == 0
    assert leftovers(graph) == []
    assert (graph / "notes.txt").read_text() == "not ours"


def test_a_journal_is_followed_only_inside_its_directory(tmp_path: Path) -> None:
    d = tmp_path / "graph"
    d.mkdir()
    staging = d / ".kg-write-zzzz9999"
    staging.mkdir()
    (staging / "0.x").write_text("payload")
    (staging / fsio.JOURNAL).write_text(json.dumps({"moves": [["0.x", "../outside.txt"]]}))
    fsio.recover(d)
    assert not (tmp_path / "outside.txt").exists()
    assert list(d.iterdir()) == []


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    """While a process holds a directory's writer lock, another cannot take it; the same thread
    can (write_atomically inside `locked`, as kg ingest does)."""
    import fcntl

    with fsio.locked(tmp_path):
        fsio.write_atomically({tmp_path / "a.txt": b"a"})
        pid = os.fork()
        if pid == 0:
            fd = os.open(tmp_path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os._exit(0)
            except BlockingIOError:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 1, "another process took the lock"
    assert (tmp_path / "a.txt").read_bytes() == b"a"


# --- kg ingest -------------------------------------------------------------------------------


def listed(root: Path) -> list[str]:
    return [e["file"] for e in yaml.safe_load((root / "corpus" / "sources.yaml").read_text(encoding="utf-8"))]


def assert_corpus_whole(root: Path) -> None:
    corpus = root / "corpus"
    texts = sorted(p.name for p in corpus.iterdir() if p.suffix == ".txt")
    assert texts == sorted(listed(root)), "every corpus file is listed in sources.yaml, and only those"
    assert leftovers(corpus) == []


def test_ingest_killed_at_each_step_leaves_old_or_new_corpus(mini: Path, tmp_path: Path) -> None:
    from kg.curate.ingest import ingest

    corpus = mini / "corpus"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The Springfield Police Union sued Jane Roe again.\n", encoding="utf-8")
    second.write_text("Jane Roe answered the Springfield Police Union.\n", encoding="utf-8")
    old = files_in(corpus)
    outcomes = set()
    for n in kill_points():
        put_back(corpus, old)
        if not killed_after(n, lambda: ingest(Project(mini), first, title="First")):
            break
        # The next run: another ingest finishes or discards the cut-off one first.
        res = run_kg(mini, "ingest", str(second), "--title", "Second")
        assert res.exit_code == 0, res.output
        assert_corpus_whole(mini)
        files = listed(mini)
        assert files[0] == "a.txt" and len(files) in (2, 3)
        outcomes.add(len(files))
        if len(files) == 3:  # the first ingest was rolled forward, whole
            assert (corpus / files[1]).read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
            assert files[1].startswith("000_") and files[2].startswith("001_")
        else:
            assert files[1].startswith("000_")
        assert (corpus / files[-1]).read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert outcomes == {2, 3}
    assert_corpus_whole(mini)
    assert listed(mini)[1].startswith("000_")


def test_build_finishes_a_cut_off_ingest_before_reading(mini: Path, tmp_path: Path) -> None:
    """A corpus file that sources.yaml does not list never reaches a build."""
    from kg.curate.ingest import ingest

    corpus = mini / "corpus"
    doc = tmp_path / "doc.txt"
    doc.write_text("Jane Roe spoke.\n", encoding="utf-8")
    old = files_in(corpus)
    for n in kill_points():  # find the step between the two renames
        put_back(corpus, old)
        assert killed_after(n, lambda: ingest(Project(mini), doc, title="Doc"))
        now = files_in(corpus)
        if len(now) > len(old) and now["sources.yaml"] == old["sources.yaml"]:
            break
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    assert_corpus_whole(mini)
    assert "2 documents" in res.output


# --- modes: the umask decides, as for any new file --------------------------------------------


@pytest.fixture(params=[0o022, 0o027])
def umask(request) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_written_files_respect_the_umask(mini: Path, tmp_path: Path, umask: int) -> None:
    want = 0o666 & ~umask
    assert run_kg(mini, "build").exit_code == 0
    for p in (mini / "graph").iterdir():
        assert mode(p) == want, p
    src = tmp_path / "new.txt"
    src.write_text("Jane Roe sued the Justice Fund.\n", encoding="utf-8")
    res = run_kg(mini, "ingest", str(src), "--title", "New")
    assert res.exit_code == 0, res.output
    assert mode(mini / "corpus" / "sources.yaml") == want
    assert mode(mini / "corpus" / listed(mini)[-1]) == want
    out = tmp_path / "out"
    for fmt in ("ttl", "csv"):
        res = run_kg(mini, "export", "--format", fmt, "-o", str(out / f"g.{fmt}"))
        assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir())
    for p in out.iterdir():
        assert mode(p) == want, p
    res = run_kg(mini, "extract", "a.txt")
    assert res.exit_code == 0, res.output
    cands = list((mini / "annotations" / "candidates").iterdir())
    assert cands
    for p in cands:
        assert mode(p) == want, p


# --- kg remove -------------------------------------------------------------------------------


def test_remove_killed_at_each_step_leaves_all_or_nothing(mini: Path) -> None:
    """The corpus file, its sources.yaml entry and its curated assertions go together, or none of
    them does, once the next run has finished a cut-off removal."""
    from kg.curate.remove import remove

    snap = {d: files_in(mini / d) for d in ("corpus", "annotations/assertions")}
    outcomes = set()
    for n in kill_points():
        for d, files in snap.items():
            put_back(mini / d, files)
        if not killed_after(n, lambda: remove(Project(mini), "a.txt", force=True)):
            break
        fsio.recover(mini)  # what the next kg remove, kg build or kg ingest does first
        gone = not (mini / "corpus" / "a.txt").exists()
        assert gone == (not (mini / "annotations" / "assertions" / "a.yaml").exists())
        entries = yaml.safe_load((mini / "corpus" / "sources.yaml").read_text(encoding="utf-8")) or []
        assert [e["file"] for e in entries] == ([] if gone else ["a.txt"])
        assert leftovers(mini) == [] and leftovers(mini / "corpus") == []
        outcomes.add(gone)
    assert outcomes == {False, True}

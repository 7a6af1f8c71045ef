"""Atomic writes of a set of files: after a crash at any point, all of the old files or all of
the new ones.

A directory cannot be swapped for another while it stays the same directory (graph/ is committed
in git, may be someone's working directory, and may hold other files), so the set is replaced in
place, with a journal:

1. The new files are written into a fresh staging directory `.kg-write-XXXXXXXX/` in the files'
   common parent, and fsynced.
2. The commit point: a journal listing where each staged file goes is renamed into the staging
   directory (`journal.json`), and the directory is fsynced.
3. The staged files are renamed into place one by one, the files to delete (a `None` in the
   set) are deleted, and the directories fsynced.
4. The journal is deleted, then the staging directory.

A crash before step 2 leaves the old set and a staging directory without a journal; a crash
after it leaves a journal that decides for the new set. Either way the next writer of that
directory -- every `write_atomically` there, and `kg build` and `kg ingest` before they read
anything -- first finishes the renames that a journal lists (`recover`) or deletes a staging
directory that has none. Writers of one directory hold an exclusive lock on the directory itself
(flock: no lock file appears, and the lock dies with its process).

A staged file is never deleted while its journal exists; that is what makes "a staged file that
is gone was already moved" true, on which finishing a write relies.

New files get the mode a plain open() gives: 0o666 less the umask (not mkstemp's 0o600).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from kg.base.errors import KGError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock, the journal still holds
    fcntl = None  # type: ignore[assignment]

STAGING_PREFIX = ".kg-write-"
JOURNAL = "journal.json"
# Temporary files of the previous scheme (mkstemp next to the target), which a killed run left.
_LEGACY_TMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")

_held = threading.local()


def write_atomically(files: Mapping[Path, bytes | None]) -> None:
    """Write all FILES or none of them, as described in the module docstring. A file whose
    content is None is deleted, as part of the same set (`kg remove`)."""
    if not files:
        return
    targets = {Path(os.path.abspath(p)): data for p, data in files.items()}
    for path, data in targets.items():
        if data is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise KGError("cannot write a file here: it is a directory", path)
    base = Path(os.path.commonpath([p.parent for p in targets]))
    for parent in {p.parent for p in targets}:
        if parent.exists() and not os.access(parent, os.W_OK | os.X_OK):
            raise KGError("cannot write here: permission denied", parent)
    with locked(base):
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=base))
        try:
            moves, deletes = [], []
            for i, (path, data) in enumerate(targets.items()):
                if data is None:
                    deletes.append(path.relative_to(base).as_posix())
                    continue
                name = f"{i}.{path.name}"
                _write_file(staging / name, data)
                moves.append([name, path.relative_to(base).as_posix()])
            journal = {"moves": moves, "deletes": deletes} if deletes else {"moves": moves}
            _write_file(staging / "journal.tmp", json.dumps(journal, ensure_ascii=False).encode())
            _fsync_dir(staging)
            os.replace(staging / "journal.tmp", staging / JOURNAL)  # the commit point
            _fsync_dir(staging)
        except BaseException:
            _discard(staging)
            raise
        _finish(base, staging, moves, deletes)


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold DIRECTORY's writer lock, having first finished or discarded any write there that a
    crash cut off. Re-entrant within a thread; other threads and processes wait."""
    directory = Path(os.path.abspath(directory))
    held: set[tuple[int, int]] = getattr(_held, "dirs", None) or set()
    _held.dirs = held
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino)  # the directory itself, however the path is spelled
        if key in held:
            yield
            return
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        held.add(key)
        try:
            _recover(directory)
            yield
        finally:
            held.discard(key)
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def recover(directory: Path) -> None:
    """Finish or discard, in DIRECTORY, a write that a crash cut off; remove its leftovers."""
    if directory.is_dir():
        with locked(directory):
            pass


def _recover(base: Path) -> None:
    for entry in sorted(base.iterdir()):
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            journal = _journal(entry)
            if journal is None:
                _discard(entry)  # never committed: the old set stands
            else:
                _finish(base, entry, *journal)
        elif (m := _LEGACY_TMP.match(entry.name)) and entry.is_file() and (base / m["name"]).is_file():
            entry.unlink()


def _relative_inside(rel: object) -> bool:
    if not isinstance(rel, str) or not rel:
        return False
    return not PurePosixPath(rel).is_absolute() and ".." not in PurePosixPath(rel).parts


def _journal(staging: Path) -> tuple[list[list[str]], list[str]] | None:
    """The moves and deletions a committed journal lists, or None if there is no valid journal."""
    try:
        data = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
        moves, deletes = data["moves"], data.get("deletes", [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not (isinstance(deletes, list) and all(_relative_inside(d) for d in deletes)):
        return None
    ok = isinstance(moves, list) and all(
        isinstance(m, list)
        and len(m) == 2
        and all(isinstance(x, str) for x in m)
        and "/" not in m[0]
        and m[0] not in ("", ".", "..")
        and not PurePosixPath(m[1]).is_absolute()
        and ".." not in PurePosixPath(m[1]).parts
        for m in moves
    )
    return (moves, deletes) if ok else None


def _finish(base: Path, staging: Path, moves: list[list[str]], deletes: Sequence[str] = ()) -> None:
    """Roll a committed write forward: move every staged file that is still there into place,
    delete every file to delete that is still there."""
    try:
        for name, rel in moves:
            src = staging / name
            if os.path.lexists(src):
                os.replace(src, base / rel)
        for rel in deletes:
            if os.path.lexists(base / rel):
                os.unlink(base / rel)
        for parent in sorted({(base / rel).parent for rel in [*(m[1] for m in moves), *deletes]}):
            _fsync_dir(parent)
    except OSError as e:
        raise KGError(
            f"could not finish writing {staging.name} ({e.strerror or e}); the next run will try again",
            base,
        ) from None
    os.unlink(staging / JOURNAL)
    _discard(staging)


def _discard(staging: Path) -> None:
    """Delete a staging directory, journal first: without it, nothing in there counts."""
    try:
        os.unlink(staging / JOURNAL)
    except FileNotFoundError:
        pass
    for entry in staging.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            os.unlink(entry)
    os.rmdir(staging)


def _write_file(path: Path, data: bytes) -> None:
    # os.open with 0o666 lets the umask decide the mode, as for any new file.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(directory: Path) -> None:
    """Make renames and new entries in DIRECTORY durable (a no-op where directories cannot be
    opened, as on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Atomic writes of a set of files: all of them or none."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(files: dict[Path, bytes]) -> None:
    """Write all FILES or none: each is staged in a temporary sibling, and if moving any of them
    into place fails, the ones already moved are rolled back to their previous contents."""
    staged: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            staged.append((Path(tmp), path))
        for _, path in staged:
            backup = None
            if path.exists():
                backup = path.with_name(f".{path.name}.bak")
                if backup.exists():
                    backup.unlink()
                os.link(path, backup)
            backups[path] = backup
        done: list[Path] = []
        try:
            for tmp, path in staged:
                os.replace(tmp, path)
                done.append(path)
        except BaseException:
            for path in reversed(done):
                old = backups[path]
                if old is None:
                    path.unlink(missing_ok=True)
                else:
                    os.replace(old, path)
            raise
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for old in backups.values():
            if old is not None:
                old.unlink(missing_ok=True)

"""User-facing errors: one line that names the file and line, and an exit code."""

from __future__ import annotations

import os
from pathlib import Path

# Exit codes: 1 = bad input data or a failed check, 2 = bad usage (click's own convention).
EXIT_DATA = 1
EXIT_USAGE = 2


class KGError(Exception):
    """An error caused by the user's input, reported as one line without a traceback."""

    exit_code = EXIT_DATA

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{_display(self.path)}"
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return f"{where}{self.message}"


class CheckFailed(KGError):
    """A consistency check failed (stale graph, SHACL violation)."""


def _display(path: Path) -> str:
    """PATH relative to the working directory when it is below it. Never raises: the path may be
    a symlink loop (which Path.resolve refuses) or gone, and the message must still be printed."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        pass
    try:
        rel = os.path.relpath(path)  # lexical: touches no file
    except (ValueError, OSError):
        return str(path)
    return str(path) if rel.startswith("..") else rel

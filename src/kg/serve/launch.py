"""Start `kg serve` as a child process on a free loopback port and stop it (tests, benchmarks)."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_TIMEOUT_S = 120  # loading a large synthetic graph into every worker takes a while


@contextmanager
def kg_server(
    root: Path, *args: str, env: dict[str, str] | None = None, log: list[str] | None = None
) -> Iterator[str]:
    """Run `kg --root ROOT serve --port 0 ARGS...`; yield its base URL (http://127.0.0.1:PORT/).
    LOG, if given, receives every line the server prints (stdout and stderr), as it prints it."""
    cmd = [sys.executable, "-m", "kg.cli", "--root", str(root), "serve", "--port", "0", *args]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:  # keep reading, so that a chatty server never blocks on a full pipe
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
            if log is not None:
                log.append(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            try:
                line = lines.get(timeout=START_TIMEOUT_S)
            except queue.Empty:
                raise RuntimeError("kg serve did not start:\n" + "".join(seen)) from None
            if line is None:
                raise RuntimeError("kg serve exited:\n" + "".join(seen))
            seen.append(line)
            m = re.search(r"listening on (http://\S+)/sparql", line)
            if m:
                break
        yield m.group(1) + "/"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the server and its workers
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

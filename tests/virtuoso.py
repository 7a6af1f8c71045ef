"""A throwaway Virtuoso (Debian's virtuoso-opensource) on loopback, for the push tests.

It gets its own directory, database and ini file, and ports picked free on 127.0.0.1, so it never
touches a system Virtuoso (/var/lib/virtuoso-opensource-7, ports 1111 and 8890). The database is
new, so the account is Virtuoso's default dba/dba; a user with only SPARQL_UPDATE is added for the
tests, as a real deployment would do.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 90
PUSH_USER, PUSH_PASSWORD = "kgpush", "kg-push-secret"

INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort        = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers   = {buffers}
MaxDirtyBuffers   = {dirty}
DirsAllowed       = ., {d}
CheckpointInterval = 0

[HTTPServer]
ServerPort           = 127.0.0.1:{http}
ServerRoot           = {d}/vsp
ServerThreads        = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
"""


@dataclass
class Virtuoso:
    base: str  # http://127.0.0.1:PORT
    sql_port: int
    directory: Path

    def isql(self, sql: str) -> str:
        out = subprocess.run(
            [_isql(), f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return out.stdout

    def select(self, query: str) -> list[dict]:
        import json
        from urllib.parse import urlencode

        url = f"{self.base}/sparql?" + urlencode({"query": query})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})  # noqa: S310
        with urllib.request.urlopen(req, timeout=60) as r:  # noqa: S310 - loopback
            return json.loads(r.read())["results"]["bindings"]


def binary() -> str | None:
    return shutil.which("virtuoso-t")


def _isql() -> str:
    return shutil.which("isql-vt") or shutil.which("isql") or "isql-vt"


def _free_ports(n: int) -> list[int]:
    """N distinct free ports. The sockets stay open until all are chosen: one closed before the
    next is bound may be handed out again (the SQL and HTTP ports were once the same, and Virtuoso
    failed its HTTP listen)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _up(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):  # noqa: S310 - loopback
            return True
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def virtuoso(directory: Path, buffers: int = 10_000) -> Iterator[Virtuoso]:
    """A Virtuoso in DIRECTORY; BUFFERS 8 KB pages of cache (bench/peer_bench.py gives it more)."""
    exe = binary()
    assert exe, "virtuoso-t is not installed"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "vsp").mkdir(exist_ok=True)
    sql, http = _free_ports(2)
    ini = directory / "virtuoso.ini"
    ini.write_text(
        INI.format(d=directory, sql=sql, http=http, buffers=buffers, dirty=buffers * 3 // 5), encoding="utf-8"
    )
    log = (directory / "stdout.log").open("w")
    proc = subprocess.Popen(
        [exe, "+foreground", "+configfile", str(ini)], cwd=directory, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{http}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _up(base):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(
                    "Virtuoso did not start:\n" + (directory / "stdout.log").read_text()[-3000:]
                )
            time.sleep(0.3)
        v = Virtuoso(base, sql, directory)
        v.isql(
            f"DB.DBA.USER_CREATE('{PUSH_USER}', '{PUSH_PASSWORD}'); GRANT SPARQL_UPDATE TO \"{PUSH_USER}\";"
        )
        yield v
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()

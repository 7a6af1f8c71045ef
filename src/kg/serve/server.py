"""Start the endpoint: check the graph, load a persistent store once, start workers, run uvicorn."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from kg.base.errors import KGError
from kg.serve.app import Settings, create_app
from kg.serve.pool import Pool

DEFAULT_PORT = 7878


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_workers() -> int:
    # One per core, at least two: one runaway query must not leave the endpoint without a worker.
    return max(2, min(8, os.cpu_count() or 2))


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one (the tests use that)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this. Without it, uvicorn serving a socket handed to it (rather than
    # one it binds) answers every keep-alive request ~40 ms late (Nagle against delayed ACKs).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise KGError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


def serve(
    spec: str,
    graph_file: Path,
    host: str,
    port: int,
    settings: Settings,
    workers: int,
    memory_mb: int | None = None,
    access_log: bool = True,
    say: Callable[[str], None] = print,
) -> None:
    import uvicorn

    from kg.querying.store import parse_spec, sync_persistent

    if not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    kind, path = parse_spec(spec)
    if path is not None:
        # Load (or reload) once here; the workers then open the store read-only, without a lock.
        done = sync_persistent(path, graph_file)
        say(f"store {path}: {'loaded from ' + str(graph_file) if done == 'loaded' else 'up to date'}")
    sock = bind(host, port)
    pool = Pool(spec, graph_file, workers, memory_mb)
    try:
        pool.start()
    except BaseException:
        sock.close()
        raise
    app = create_app(pool, settings)
    h, p = sock.getsockname()[:2]
    where = f"[{h}]" if ":" in h else h
    rows = f"{settings.max_rows:,}" if settings.max_rows else "no"
    say(
        f"kg serve: {kind} store with {graph_file.name}, {workers} workers, timeout {settings.timeout:g} s, "
        f"{rows} row limit"
    )
    if not is_loopback(host):
        say(f"warning: listening on {host}, beyond this machine; the endpoint has no authentication")
    say(f"listening on http://{where}:{p}/sparql (query page: http://{where}:{p}/)")
    sys.stdout.flush()
    config = uvicorn.Config(
        app, log_level="info" if access_log else "warning", access_log=access_log, lifespan="on"
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()

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
from kg.serve.connections import CLIENT_TIMEOUT_S, MAX_CONNECTIONS, MAX_HEAD, Limits, protocol_class
from kg.serve.pool import Pool

DEFAULT_PORT = 7878
DEFAULT_WORKER_MEMORY_MB = 2048  # one ORDER BY over a cross product took a worker to 4 GB


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_workers() -> int:
    """One per core and one more, at least two (one runaway query must not leave the endpoint
    without a worker), at most eight. The one more keeps the cores busy while a worker's answer
    goes back through the server and its next request comes: at 1M triples on 2 cores, 16 clients
    of the unique mix, 3 workers answered 100-132 requests/s (median 115, p99 0.43-0.57 s) where 2
    answered 71-111 (median 83, p99 0.49-0.76 s) in alternate runs, and 4 no more than 3
    (bench/RESULTS.md, issue 17, ninth pass)."""
    return max(2, min(8, (os.cpu_count() or 1) + 1))


def max_connections() -> int:
    """MAX_CONNECTIONS, or fewer if the process may not open that many files; the soft limit on open
    files is first raised as far as the hard one allows."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = MAX_CONNECTIONS + 256  # workers' pipes, the store's files, the listening socket
    if soft != resource.RLIM_INFINITY and soft < want:
        soft = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    if soft == resource.RLIM_INFINITY:
        return MAX_CONNECTIONS
    return max(16, min(MAX_CONNECTIONS, soft - 256))


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
    memory_mb: int | None = DEFAULT_WORKER_MEMORY_MB,
    access_log: bool = True,
    say: Callable[[str], None] = print,
    client_timeout: float = CLIENT_TIMEOUT_S,
) -> None:
    import uvicorn

    from kg.querying.store import open_persistent, parse_spec, sync_persistent

    if not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    kind, path = parse_spec(spec)
    if path is not None:
        # Load (or reload) once here; the workers then open the store read-only, without a lock.
        done = sync_persistent(path, graph_file)
        say(f"store {path}: {'loaded from ' + str(graph_file) if done == 'loaded' else 'up to date'}")
        # The search keys' text index too (kg.querying.textindex), and the name index
        # (kg.querying.names), so that the workers only read them: a worker's first lookup of a name
        # would otherwise build the name index, every worker at once (2-3 s each at 1M triples).
        from kg.querying.queries import Resolver

        backend = open_persistent(path, graph_file)
        backend.prepare_text_index()
        Resolver(backend).names  # noqa: B018 - read, so built and kept beside the store
    sock = bind(host, port)
    pool = Pool(spec, graph_file, workers, memory_mb)
    try:
        pool.start()
    except BaseException:
        sock.close()
        raise
    # The bound address is a name the endpoint serves, as are the loopback ones (kg.serve.guard).
    settings.allowed_hosts = [host, *settings.allowed_hosts]
    app = create_app(pool, settings)
    h, p = sock.getsockname()[:2]
    where = f"[{h}]" if ":" in h else h
    rows = f"{settings.max_rows:,}" if settings.max_rows else "no"
    memory = f"{memory_mb:,} MB per worker" if memory_mb else "no memory limit"
    say(
        f"kg serve: {kind} store with {graph_file.name}, {workers} workers, timeout {settings.timeout:g} s, "
        f"{rows} row limit, {memory}"
    )
    if not is_loopback(host):
        say(f"warning: listening on {host}, beyond this machine; the endpoint has no authentication")
        if not settings.allowed_hosts[1:]:
            say("note: only requests for the host names 127.0.0.1, localhost, ::1 and "
                f"{host} are answered; add the names clients use with --allow-host NAME")  # fmt: skip
    say(f"listening on http://{where}:{p}/sparql (query page: http://{where}:{p}/)")
    sys.stdout.flush()
    limits = Limits(client_timeout=client_timeout, max_connections=max_connections())
    config = uvicorn.Config(
        app,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        lifespan="on",
        http=protocol_class(limits),  # deadlines, a cap on connections, 414/431 (kg.serve.connections)
        h11_max_incomplete_event_size=MAX_HEAD,
        timeout_keep_alive=max(1, min(5, int(client_timeout))),
        server_header=False,
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()

"""A pool of worker processes (kg.serve.worker), each with its own open store.

A request takes an idle worker, sends it the query and waits for the reply in a thread, at most
the query's timeout. A worker that runs over is killed and replaced by a fresh one, so a runaway
query costs one worker for a moment while the others go on answering. The pool's event-loop side
never blocks: the waiting is done in threads, one per busy worker.

A dead worker never costs a request: one found dead (killed from outside, say) is replaced and the
request goes to another. A worker that dies while running a query was either over its memory
limit (the engine aborts: SIGABRT; the query gets 503) or killed from outside (the query is tried
again, on another worker, at most twice).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from kg.base.errors import KGError

RESPAWN_DELAY_S = 5.0  # between attempts when a replacement worker fails to start


class QueryTimeout(Exception):
    """The query ran longer than its timeout; its worker was killed."""


class Busy(Exception):
    """No worker became free in time."""


class WorkerLost(Exception):
    """Three workers died while running the query (killed from outside, or a crash)."""


class OverMemory(Exception):
    """The query needed more memory than a worker may have; its worker was replaced."""


class _Died(Exception):
    """The worker is dead: before the request reached it (SENT false), or while running it."""

    def __init__(self, sent: bool, exitcode: int | None = None):
        super().__init__(sent, exitcode)
        self.sent, self.exitcode = sent, exitcode


@dataclass
class Worker:
    proc: BaseProcess
    conn: Connection
    started: float = field(default_factory=time.monotonic)


@dataclass
class Stats:
    queries: int = 0
    timeouts: int = 0
    over_memory: int = 0
    lost: int = 0
    respawned: int = 0


def _call(w: Worker, request: tuple[Any, ...], timeout: float) -> tuple[Any, ...]:
    """Runs in a thread: send REQUEST, wait at most TIMEOUT seconds for the reply."""
    try:
        w.conn.send(request)
    except OSError:  # the other end is closed: the worker was dead before the request
        raise _Died(sent=False) from None
    if not w.conn.poll(timeout):
        raise TimeoutError
    try:
        return w.conn.recv()
    except (EOFError, OSError):
        w.proc.join(5)
        raise _Died(sent=True, exitcode=w.proc.exitcode) from None


def over_memory(reply: tuple[Any, ...]) -> bool:
    """The worker's reply to a query that hit its memory limit in Python (see worker.main)."""
    return reply[0] == "error" and reply[1] == 503


class Pool:
    def __init__(self, spec: str, graph_file: Path, size: int, memory_mb: int | None = None):
        if size < 1:
            raise KGError("the pool needs at least one worker")
        self.spec, self.graph_file, self.size, self.memory_mb = spec, graph_file, size, memory_mb
        self._ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited threads or locks
        # One thread per busy worker, plus spares for starting replacements.
        self._threads = ThreadPoolExecutor(max_workers=2 * size + 2, thread_name_prefix="kg-pool")
        self._workers: list[Worker] = []
        self._idle: asyncio.Queue[Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self.stats = Stats()

    # --- life cycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start every worker and wait until each has loaded the graph (blocking)."""
        spawned = [self._spawn() for _ in range(self.size)]
        try:
            for w in spawned:
                self._ready(w)
        except KGError:
            for w in spawned:
                self._kill(w)
            raise
        self._workers = spawned

    async def attach(self) -> None:
        """Hand the started workers to the running event loop."""
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        for w in self._workers:
            self._idle.put_nowait(w)

    def close(self) -> None:
        self._closed = True
        for t in self._tasks:
            t.cancel()
        for w in list(self._workers):
            self._kill(w)
        self._workers.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)

    @property
    def alive(self) -> int:
        return sum(1 for w in self._workers if w.proc.is_alive())

    @property
    def idle(self) -> int:
        return self._idle.qsize() if self._idle is not None else 0

    # --- requests -------------------------------------------------------------------------------

    async def request(self, request: tuple[Any, ...], timeout: float, wait: float) -> tuple[Any, ...]:
        """The worker's reply to REQUEST. Waits at most WAIT seconds for a free worker (Busy), then
        at most TIMEOUT seconds for the reply (QueryTimeout; the worker is replaced). A worker found
        dead is replaced and the request goes to the next one; see the module's doc for the rest."""
        assert self._idle is not None and self._loop is not None, "attach() first"
        died_running = 0
        for _ in range(self.size + 3):  # bounded: each round replaces a dead worker
            try:
                w = await asyncio.wait_for(self._idle.get(), wait)
            except TimeoutError:
                raise Busy from None
            if not w.proc.is_alive():
                self.stats.lost += 1
                self._retire(w)
                continue
            self.stats.queries += 1
            fut = self._loop.run_in_executor(self._threads, _call, w, request, timeout)
            # Release the worker when the call ends, even if this coroutine is cancelled meanwhile
            # (a client that hangs up must not leak the worker).
            fut.add_done_callback(lambda f, w=w: self._release(w, f))
            try:
                reply = await asyncio.shield(fut)
            except TimeoutError:
                raise QueryTimeout from None
            except _Died as d:
                if d.exitcode == -signal.SIGABRT:  # how the engine ends when an allocation fails
                    self.stats.over_memory += 1
                    raise OverMemory from None
                # Killed from outside (or a crash): try a fresh worker, but not for ever, in case it
                # is the query that kills them. (A worker killed just before the query reached it
                # can look like one that died running it: hence two retries, not one.)
                died_running += d.sent
                if died_running > 2:
                    raise WorkerLost from None
                continue
            if over_memory(reply):
                self.stats.over_memory += 1
            return reply
        raise WorkerLost

    def _release(self, w: Worker, fut: Future[Any] | asyncio.Future[Any]) -> None:
        exc = None if fut.cancelled() else fut.exception()
        if exc is None and not fut.cancelled() and not over_memory(fut.result()):
            assert self._idle is not None
            self._idle.put_nowait(w)
            return
        if isinstance(exc, TimeoutError):
            self.stats.timeouts += 1
        elif isinstance(exc, _Died):
            self.stats.lost += 1
        self._retire(w)

    def _retire(self, w: Worker) -> None:
        """Kill W (if it still runs) and start a replacement in the background."""
        self._kill(w)
        if not self._closed:
            task = asyncio.ensure_future(self._replace())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _replace(self) -> None:
        assert self._loop is not None and self._idle is not None
        while not self._closed:
            try:
                w = await self._loop.run_in_executor(self._threads, self._spawn_ready)
            except KGError as e:
                print(f"kg serve: a replacement worker failed to start: {e}", file=sys.stderr)
                await asyncio.sleep(RESPAWN_DELAY_S)
                continue
            if self._closed:
                self._kill(w)
                return
            self._workers.append(w)
            self.stats.respawned += 1
            self._idle.put_nowait(w)
            return

    # --- processes ------------------------------------------------------------------------------

    def _spawn(self) -> Worker:
        from kg.serve import worker

        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(
            target=worker.main,
            args=(child, self.spec, str(self.graph_file), self.memory_mb),
            name="kg-serve-worker",
            daemon=True,
        )
        proc.start()
        child.close()
        return Worker(proc, parent)

    def _ready(self, w: Worker) -> None:
        """Wait for W's first message: it has loaded the graph, or it failed to."""
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            w.proc.join(1)
            if w.proc.exitcode == -signal.SIGABRT and self.memory_mb:
                raise KGError(
                    "a worker ran out of memory loading the graph: "
                    f"raise --worker-memory-mb (now {self.memory_mb})"
                ) from None
            raise KGError(f"a worker died while loading the graph (exit code {w.proc.exitcode})") from None
        if msg[0] != "ready":
            raise KGError(f"a worker could not load the graph: {msg[1]}")

    def _spawn_ready(self) -> Worker:
        w = self._spawn()
        try:
            self._ready(w)
        except KGError:
            self._kill(w)
            raise
        return w

    def _kill(self, w: Worker) -> None:
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(5)
        w.conn.close()
        if w in self._workers:
            self._workers.remove(w)

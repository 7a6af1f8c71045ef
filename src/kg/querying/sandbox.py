"""Every query runs where it cannot reach the network.

Why: SPARQL lets a query make its engine send requests: `SERVICE <iri>` (Oxigraph and rdflib both
execute it) and, in rdflib, `FROM <iri>`, which fetches the graph from the Web. A check of the
query text cannot be trusted to see what the engine sees: rdflib expands `\\uXXXX` escapes over the
whole text before tokenising and Oxigraph does not, so `"\\u0022\\u0022"` hid a SERVICE clause from
an rdflib-based check while Oxigraph ran it (issue 13). So the decision is not taken on text at all:
queries run in a thread that the kernel forbids to create Internet sockets. Whatever the engine
makes of a query, it cannot open a connection.

How: on Linux, a seccomp filter (libseccomp, through pyseccomp) on one dedicated thread makes
socket(AF_INET | AF_INET6 | AF_PACKET) and io_uring_setup fail with EAFNOSUPPORT. A seccomp filter
binds the thread that installs it and every thread it starts, never the rest of the process, so the
endpoint can still accept connections and `kg push` can still upload, while queries, in their
thread, cannot. EAFNOSUPPORT ("address family not supported") is chosen because no store read
raises it, so a failure with it can be reported as what it is: a refused network request.

rdflib never loads FROM graphs from anywhere (kg.querying.store turns its SPARQL_LOAD_GRAPHS off; a
FROM names a graph of the store, as in Oxigraph). Where no filter can be installed (not Linux, or a
kernel without seccomp), queries still run in the dedicated thread, and a query whose text could hold
SERVICE in any spelling is refused before it runs (`may_name_service`).

A query thread that overruns its time is abandoned (a thread cannot be killed): the next query gets
a fresh thread. The command line exits after its one query; `kg serve` runs queries in worker
processes that it kills on a timeout.
"""

from __future__ import annotations

import errno
import queue
import re
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kg.base.errors import EXIT_USAGE, KGError

T = TypeVar("T")

REFUSED_ERRNO = errno.EAFNOSUPPORT
NETWORK_REFUSED = (
    "the query asked for a network request (SERVICE, or FROM a remote graph), which is refused: "
    "queries run without network access"
)


class NetworkRefused(KGError):
    exit_code = EXIT_USAGE


class QueryTimeout(KGError):
    exit_code = EXIT_USAGE


class EngineError(KGError):
    """The engine failed on the query or while its result was read or written; `detail` is the
    engine's own message."""

    def __init__(self, detail: str):
        super().__init__(f"query failed: {detail}")
        self.detail = detail


def _install_filter() -> bool:
    """Forbid the calling thread (and threads it starts) to create Internet sockets. False when the
    platform has no seccomp or refuses the filter."""
    try:
        # _socket, the C module, has the address families without socket.py's imports (selectors,
        # enums: milliseconds of every command's start).
        import _socket

        import pyseccomp as seccomp
    except (ImportError, OSError):  # not Linux, or no libseccomp.so.2
        return False
    try:
        f = seccomp.SyscallFilter(seccomp.ALLOW)
        deny = seccomp.ERRNO(REFUSED_ERRNO)
        for family in (_socket.AF_INET, _socket.AF_INET6, getattr(_socket, "AF_PACKET", 17)):
            f.add_rule(deny, "socket", seccomp.Arg(0, seccomp.EQ, family))
        try:  # io_uring can open sockets and connect without the socket syscall
            f.add_rule(deny, "io_uring_setup")
        except (RuntimeError, ValueError, OSError):
            pass  # a libseccomp too old to know it
        f.load()  # the filter binds this thread only (libseccomp's TSYNC attribute is off by default)
    except (RuntimeError, ValueError, OSError):
        return False
    return True


class _Outcome(Generic[T]):
    """What a call in the query thread returned or raised, handed to the caller who waits for it
    (concurrent.futures.Future without that module, which imports logging: ~10 ms of every
    command's start, and nothing here cancels a call)."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None

    def set_result(self, value: T) -> None:
        self._value = value
        self._done.set()

    def set_exception(self, error: BaseException) -> None:
        self._error = error
        self._done.set()

    def result(self, timeout: float | None = None) -> T:
        """The value, or the call's exception raised here; TimeoutError after TIMEOUT seconds."""
        if not self._done.wait(timeout):
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


class _QueryThread:
    """One daemon thread, network-less when it can be, running the calls put on its queue."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[tuple[_Outcome[Any], Callable[..., Any], tuple[Any, ...]] | None] = (
            queue.SimpleQueue()
        )
        ready: _Outcome[bool] = _Outcome()
        self.thread = threading.Thread(target=self._main, args=(ready,), name="kg-query", daemon=True)
        self.thread.start()
        self.sandboxed = ready.result()

    def _main(self, ready: _Outcome[bool]) -> None:
        ready.set_result(_install_filter())
        while (job := self.jobs.get()) is not None:
            fut, fn, args = job
            try:
                fut.set_result(fn(*args))
            except BaseException as e:  # handed to the caller, who re-raises it
                fut.set_exception(self._detached(e))
            del job, fut, fn, args

    @staticmethod
    def _detached(e: BaseException) -> BaseException:
        """E without its tracebacks: their frames hold the engine's result objects, which pyoxigraph
        lets only the thread that made them drop (it panics otherwise)."""
        seen: set[int] = set()
        x: BaseException | None = e
        while x is not None and id(x) not in seen:
            seen.add(id(x))
            x.__traceback__ = None
            x = x.__cause__ or x.__context__
        return e

    def submit(self, fn: Callable[..., T], args: tuple[Any, ...]) -> _Outcome[T]:
        fut: _Outcome[T] = _Outcome()
        self.jobs.put((fut, fn, args))
        return fut


_lock = threading.Lock()
_thread: _QueryThread | None = None


def _current() -> _QueryThread:
    global _thread
    with _lock:
        if _thread is None or not _thread.thread.is_alive():
            _thread = _QueryThread()
        return _thread


def _abandon(t: _QueryThread) -> None:
    """Leave an overrunning thread to finish on its own; the next query gets a new one."""
    global _thread
    with _lock:
        if _thread is t:
            _thread = None
    t.jobs.put(None)  # it stops after the job it is running


def sandboxed() -> bool:
    """Whether queries here run without network (seccomp available and accepted)."""
    return _current().sandboxed


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def may_name_service(text: str) -> bool:
    """False only if TEXT cannot hold the SERVICE keyword in any spelling: SPARQL's \\u escapes
    expanded, case folded. A cheap, conservative screen (a literal "service" counts too): the
    endpoint uses it to skip rdflib's parse of most queries, and where no sandbox exists it refuses
    such queries before they run."""

    def expand(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return "service" in _CODEPOINT.sub(expand, text).casefold()


def is_network_refusal(exc: BaseException) -> bool:
    """An error caused by the filter: an OSError with its errno, or an engine's message quoting it
    (Oxigraph: "(os error 97)"; rdflib through urllib: "[Errno 97]")."""
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno == REFUSED_ERRNO:
            return True
        text = str(e)
        if f"os error {REFUSED_ERRNO})" in text or f"[Errno {REFUSED_ERRNO}]" in text:
            return True
        e = getattr(e, "reason", None) or e.__cause__ or e.__context__
    return False


def offline(fn: Callable[..., T], *args: Any, text: str = "", timeout: float | None = None) -> T:
    """FN(*ARGS) run in the network-less query thread, at most TIMEOUT seconds (None: no limit).
    TEXT is the query, screened only where no sandbox exists. Raises NetworkRefused when the query
    tried to reach the network, QueryTimeout when it overran."""
    t = _current()
    if not t.sandboxed and text and may_name_service(text):
        raise NetworkRefused(
            "SERVICE is refused on this platform (no seccomp sandbox for queries), in any spelling"
        )
    fut = t.submit(fn, args)
    try:
        return fut.result(timeout=timeout)
    except TimeoutError:
        _abandon(t)
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
    except KGError as e:
        if is_network_refusal(e):
            raise NetworkRefused(NETWORK_REFUSED) from None
        raise
    except (OSError, ValueError) as e:
        if is_network_refusal(e):
            raise NetworkRefused(NETWORK_REFUSED) from None
        raise EngineError(str(e)) from None
    except RuntimeError as e:  # pyoxigraph's evaluation errors, some raised while results are read
        raise EngineError(str(e)) from None

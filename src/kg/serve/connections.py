"""The connection side of `kg serve`: uvicorn's h11 protocol with deadlines and a cap on connections.

uvicorn alone lets a connection that sends nothing stay open for ever, lets one that sends a byte
now and then reset its keep-alive timer with each byte, and answers any URL or header block over
h11's buffer size with a bare 400. Here:

- a request head (request line and headers) must arrive whole within `client_timeout` seconds of
  the connection opening, or of the previous response: a slow sender is cut off however steadily
  it trickles;
- a body must arrive within 3 x `client_timeout` of its head, and a client that stops reading a
  response for that long is dropped;
- at most `max_connections` are open: a new one closes the connection that has waited longest
  for its next request, so idle sockets can never keep a real client out;
- a URL over MAX_URL bytes gets 414, a header block over MAX_HEAD bytes 431, any other malformed
  request 400, each with one line and the security headers.
"""

from __future__ import annotations

import asyncio
import http
from dataclasses import dataclass
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_URL = 16 * 1024  # bytes of request target (path and query string); longer gets 414
MAX_HEAD = 64 * 1024  # bytes of request line and headers together (h11's buffer); more gets 431
MAX_CONNECTIONS = 1024
CLIENT_TIMEOUT_S = 10.0

# On every response, whatever answers it (see kg.serve.guard for the Content-Security-Policy).
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
DEFAULT_CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class Limits:
    client_timeout: float = CLIENT_TIMEOUT_S
    max_connections: int = MAX_CONNECTIONS


def protocol_class(limits: Limits) -> type[H11Protocol]:
    """A protocol class for uvicorn's Config(http=...), bound to LIMITS and to its own registry of
    open connections (oldest idle first)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits, "registry": {}})


class GuardedH11Protocol(H11Protocol):
    limits: ClassVar[Limits] = Limits()
    # Open connections in the order they last became idle (dicts keep insertion order).
    registry: ClassVar[dict[GuardedH11Protocol, None]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._stall: asyncio.TimerHandle | None = None
        self._timed_cycle: Any = None

    # --- life cycle -----------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.registry) >= self.limits.max_connections:
            victim = next((c for c in self.registry if c._idle() and not c.transport.is_closing()), None)
            if victim is None:  # every connection is in the middle of a request: refuse this one
                transport.abort()
                return
            victim._drop()
        self.registry[self] = None
        self._arm(self.limits.client_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self.registry.pop(self, None)
        self._disarm()
        if self._stall is not None:
            self._stall.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_cycle()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            return
        # Idle again: to the back of the eviction order, with a fresh deadline for the next head.
        self.registry.pop(self, None)
        self.registry[self] = None
        if self._idle():
            self._arm(self.limits.client_timeout)
        else:  # a pipelined request was already waiting
            self._follow_cycle()

    # --- deadlines ------------------------------------------------------------------------------

    def _idle(self) -> bool:
        """Waiting for a request head (none yet, or the last one answered)."""
        return self.cycle is None or self.cycle.response_complete

    def _follow_cycle(self) -> None:
        """Once a head has arrived, its body gets its own deadline; once the body is in, none."""
        c = self.cycle
        if c is None or c.response_complete:
            return  # still waiting for a head: the deadline armed for it keeps running
        if c is not self._timed_cycle:
            self._timed_cycle = c
            if c.more_body:
                self._arm(3 * self.limits.client_timeout)
            else:
                self._disarm()
        elif not c.more_body:
            self._disarm()

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._drop)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _drop(self) -> None:
        """Close without a word: there is no request to answer (or the client stopped sending it)."""
        self.registry.pop(self, None)
        if not self.transport.is_closing():
            self.transport.abort()

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._stall is None:
            self._stall = self.loop.call_later(3 * self.limits.client_timeout, self._drop)

    def resume_writing(self) -> None:
        super().resume_writing()
        if self._stall is not None:
            self._stall.cancel()
            self._stall = None

    # --- malformed requests ---------------------------------------------------------------------

    def send_400_response(self, msg: str) -> None:
        """h11 refused the request: say why in one line (414 and 431 for what is too long)."""
        if self.cycle is not None and not self.cycle.response_complete:
            # The request being answered went bad mid-body: nothing more can be said on this
            # connection. (uvicorn would try to start a second response here, and fail.)
            self.cycle.disconnected = True
            self.cycle.message_event.set()
            self._drop()
            return
        status, text = 400, "malformed HTTP request"
        buffered = self.conn.trailing_data[0]
        if len(buffered) > MAX_HEAD:
            end = buffered.find(b"\n")
            if end < 0 or end > MAX_URL:
                status, text = 414, f"request URL over {MAX_URL} bytes: send a long query by POST"
            else:
                status, text = 431, f"request headers over {MAX_HEAD} bytes"
        self.logger.warning(f"{status} {text}")
        body = (text + "\n").encode("ascii")
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
            (b"content-security-policy", DEFAULT_CSP),
        ]
        try:
            reason = http.HTTPStatus(status).phrase.encode("ascii")
            out = self.conn.send(h11.Response(status_code=status, headers=headers, reason=reason))
            out += self.conn.send(h11.Data(data=body)) + self.conn.send(h11.EndOfMessage())
        except h11.LocalProtocolError:  # no response can be sent in this state: just close
            self._drop()
            return
        self.transport.write(out)
        self.transport.close()

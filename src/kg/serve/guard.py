"""The request guard of `kg serve`: an ASGI middleware in front of every route.

- Host: only the names the endpoint serves are answered (the bound host, localhost, 127.0.0.1,
  ::1, and each `--allow-host`), others get 421. A web page whose DNS name is made to point at
  127.0.0.1 (DNS rebinding) sends its own name as Host, so it is refused.
- Origin: a POST from another origin (a form on some site, a file:// page, whose Origin is
  "null") gets 403 unless that origin was given with `--cors`; so does one that the browser marks
  `Sec-Fetch-Site: cross-site`. Clients that send no Origin (curl, SPARQLWrapper) are unaffected.
- A URL over MAX_URL bytes gets 414, headers over MAX_HEAD bytes 431 (kg.serve.connections
  refuses those that arrive in pieces before they get this far).
- Every response gets the security headers, and a Content-Security-Policy that allows nothing
  unless the route set its own (the query page does).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from kg.serve.connections import DEFAULT_CSP, MAX_HEAD, MAX_URL, SECURITY_HEADERS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
DEFAULT_PORTS = {"http": 80, "https": 443}


def normal_host(name: str) -> str:
    """A host name as compared here: lower case, no brackets or trailing dot, IPv6 compressed."""
    name = name.strip().lower().rstrip(".")
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return ipaddress.ip_address(name).compressed
    except ValueError:
        return name


def split_host(value: str) -> tuple[str, int | None] | None:
    """A Host header as (name, port or None); None if it is not one."""
    if value.startswith("["):  # [IPv6] or [IPv6]:port
        end = value.find("]")
        name, rest = value[1:end], value[end + 1 :]
        if end < 0 or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        port = rest[1:]
    elif value.count(":") == 1:
        name, port = value.split(":")
        if not port.isdigit():
            return None
    elif ":" in value:  # a bare IPv6 address
        name, port = value, ""
    else:
        name, port = value, ""
    name = normal_host(name)
    if not name or any(c.isspace() or c in "/?#@\\" for c in name) or len(port) > 5:
        return None
    return name, int(port) if port else None


def same_origin(origin: str, host: tuple[str, int | None]) -> bool:
    """Whether ORIGIN (scheme://name[:port]) names the endpoint that HOST names. The scheme is not
    compared (behind a TLS proxy the page is https while the endpoint sees plain http); a default
    port counts as no port."""
    try:
        parts = urlsplit(origin)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        return False
    if port == DEFAULT_PORTS[parts.scheme]:
        port = None
    name, host_port = host
    if host_port in DEFAULT_PORTS.values():
        host_port = None
    return normal_host(parts.hostname) == name and port == host_port


def one_line(status: int, text: str, extra: Iterable[tuple[bytes, bytes]] = ()) -> tuple[Message, Message]:
    body = (text.rstrip() + "\n").encode("utf-8")
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode("ascii")),
            *extra,
        ],
    }
    return start, {"type": "http.response.body", "body": body, "more_body": False}


def shown(value: str, limit: int = 80) -> str:
    """VALUE quoted for a one-line message: printable, and cut."""
    value = "".join(c if c.isprintable() else "?" for c in value)
    return repr(value if len(value) <= limit else value[:limit] + "...")


class Guard:
    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str], cors: Iterable[str] = ()):
        self.app = app
        self.hosts = {normal_host(h) for h in (*LOOPBACK_NAMES, *allowed_hosts) if h.strip()}
        self.cors = set(cors)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", DEFAULT_CSP))
                message = {**message, "headers": headers}
            await send(message)

        refusal = self.refusal(scope)
        if refusal is not None:
            for message in one_line(*refusal):
                await send_secured(message)
            return
        await self.app(scope, receive, send_secured)

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """(status, message) if the request is refused before any route sees it."""
        target = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b""))
        if target > MAX_URL:
            return 414, f"request URL over {MAX_URL} bytes: send a long query by POST"
        # h11 bounds a head that arrives in pieces; one that arrives in one read is bounded here.
        if sum(len(k) + len(v) + 4 for k, v in scope["headers"]) > MAX_HEAD:
            return 431, f"request headers over {MAX_HEAD} bytes"
        headers = [(k.lower(), v.decode("latin-1")) for k, v in scope["headers"]]
        hosts = [v for k, v in headers if k == b"host"]
        if len(hosts) != 1:
            return 400, "a request needs exactly one Host header"
        host = split_host(hosts[0])
        if host is None:
            return 400, f"bad Host header {shown(hosts[0])}"
        if host[0] not in self.hosts:
            return 421, (
                f"this endpoint does not serve the host {shown(host[0])}: it answers to "
                f"{', '.join(sorted(self.hosts))} (start it with --allow-host NAME for another name)"
            )
        if scope["method"] == "POST":
            origins = [v for k, v in headers if k == b"origin"]
            site = next((v.strip().lower() for k, v in headers if k == b"sec-fetch-site"), None)
            allowed = "*" in self.cors or bool(origins and origins[0] in self.cors)
            foreign = any(not same_origin(o, host) for o in origins) or site == "cross-site"
            if foreign and not allowed:
                who = shown(origins[0]) if origins else "another site"
                return 403, (
                    f"cross-origin POST from {who} refused: this endpoint answers POSTs from its own "
                    "query page, from clients that send no Origin, and from origins given with --cors"
                )
        return None

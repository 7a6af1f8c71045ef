"""A SPARQL 1.1 endpoint elsewhere as a query backend: `--store sparql:URL` (or `sparql+graphs:URL`).

Every lookup, named query and view reads through kg.querying.store.Backend; this backend sends the
query to URL with the SPARQL 1.1 Protocol (query operation, form-encoded POST) and reads the answer
as application/sparql-results+json (SELECT, ASK) or RDF (CONSTRUCT, DESCRIBE).

- Parameters travel as bound terms, with SEP-0007's meaning (the meaning they have locally): each
  one written as a term in place of its variable by kg.querying.inline (a lexer, so only variable
  tokens are replaced; `(term AS ?var)` in the projection), the term written by pyoxigraph's own
  serialiser (an IRI it accepts, a literal with its escapes). Where that rewrite declines, they go
  as one trailing `VALUES (?a ?b) { (<iri> "text") }` block. A value holding a `\\u` escape is
  refused: stores expand SPARQL's codepoint escapes differently, so it could mean something else.
- Read-only: only what rdflib reads as a query is sent (an update, LOAD, ... is refused, exit 2),
  because some stores (Virtuoso) run updates sent as `query=`. SERVICE is refused in any spelling
  (kg.querying.sandbox.may_name_service): it would make the store fetch a URL taken from a query.
- Network: the only request this makes goes to URL, from the calling thread. The query never runs
  here, so nothing in it can make this process connect anywhere; the seccomp sandbox stays on for
  local stores, whose engines do run queries here.
- Default graph: Virtuoso, Neptune, GraphDB and QLever answer over all their triples, as the local
  stores do (the union of the named graphs). For a store that does not (Fuseki without
  tdb2:unionDefaultGraph), `sparql+graphs:` names the query's dataset with the protocol: every named
  graph of the store (listed once, with `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }`) as a
  default-graph-uri, whose RDF merge is then the default graph, and as a named-graph-uri, so GRAPH
  still works. The query text is not rewritten (see docs/stores-serve-push.md for why).
- Credentials never on the command line: $KG_STORE_USER and $KG_STORE_PASSWORD, else ~/.netrc for
  the host (as curl reads it); basic or digest, whichever the store asks for in its 401 challenge.
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from kg.base.errors import EXIT_USAGE, KGError
from kg.querying.inline import Term
from kg.querying.nesting import check_nesting
from kg.querying.readonly import SERVICE_REFUSED, check_read_only
from kg.querying.sandbox import QueryTimeout, may_name_service
from kg.querying.store import (
    RDF_LANG_STRING,
    XSD_STRING,
    Backend,
    ReadOnlyError,
    Result,
    Written,
    _ox_rdf_format,
    _ox_results_format,
    select_bytes,
)

PREFIXES = {"sparql:": False, "sparql+graphs:": True}  # spec prefix -> wrap patterns in GRAPH ?g
DEFAULT_TIMEOUT = 300.0  # seconds, when the command sets none: a remote store may never answer
USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
ESCAPES_REFUSED = (
    "\\u and \\U escapes are refused in a query for a remote store (stores expand them differently): "
    "write the character itself"
)
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class StoreError(KGError):
    """The remote store failed or could not be reached (exit 1)."""


class StoreUsageError(KGError):
    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class RemoteSpec:
    url: str
    graphs: bool  # wrap the patterns in GRAPH ?g (stores whose default graph is not the union)


def parse_remote(spec: str) -> RemoteSpec | None:
    """The remote store a --store SPEC names, None if it names none; StoreUsageError if malformed."""
    for prefix, graphs in PREFIXES.items():
        if spec.startswith(prefix):
            url = spec[len(prefix) :].strip()
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise StoreUsageError(f"--store {prefix}URL needs an http(s) URL, not {url!r}")
            if parts.username is not None or parts.password is not None:
                raise StoreUsageError(
                    f"--store: no credentials in the URL (they would show in the process list); "
                    f"use ${USER_ENV} and ${PASSWORD_ENV}, or ~/.netrc"
                )
            return RemoteSpec(url, graphs)
    return None


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) from $KG_STORE_USER / $KG_STORE_PASSWORD, else from ~/.netrc (or $NETRC)
    for the URL's host; None when neither has any."""
    user = os.environ.get(USER_ENV)
    if user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            raise StoreUsageError(f"${USER_ENV} is set but ${PASSWORD_ENV} is not")
        return user, password
    import netrc

    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    try:
        entry = netrc.netrc(path).authenticators(urlsplit(url).hostname or "")
    except FileNotFoundError:
        return None
    except (netrc.NetrcParseError, OSError) as e:
        raise StoreUsageError(f"cannot read {path}: {e}") from None
    if entry is None:
        return None
    login, _, password = entry
    return login, password or ""


# --- parameters as a VALUES block ---------------------------------------------------------------


def sparql_term(name: str, t: Term) -> str:
    """T as SPARQL text, written by pyoxigraph's serialiser (N-Triples syntax, which SPARQL reads)."""
    import pyoxigraph as ox

    try:
        if t["type"] == "uri":
            text = str(ox.NamedNode(t["value"]))
        elif t["type"] == "literal" and "xml:lang" in t:
            text = str(ox.Literal(t["value"], language=t["xml:lang"]))
        elif t["type"] == "literal":
            dt = t.get("datatype")
            text = str(ox.Literal(t["value"], datatype=ox.NamedNode(dt) if dt else None))
        else:
            raise StoreUsageError(f"parameter {name!r}: a blank node cannot be sent to a remote store")
    except ValueError as e:
        raise StoreUsageError(f"invalid value for parameter {name!r}: {e}") from None
    if "\\u" in text or "\\U" in text:
        raise StoreUsageError(f"parameter {name!r}: {ESCAPES_REFUSED}")
    return text


def bind(text: str, bindings: dict[str, Term]) -> str:
    """TEXT with BINDINGS in it: each written in place of its variable (SEP-0007, by
    kg.querying.inline), or, where that declines, as a trailing VALUES block."""
    from kg.querying.inline import _SAFE_IRI, inline_iris

    def render(t: Term) -> str | None:
        if t["type"] == "uri" and not _SAFE_IRI.match(t["value"]):
            return None
        return sparql_term("?", t)

    for n, t in bindings.items():
        sparql_term(n, t)  # refuses what cannot be sent, naming the parameter
    done = inline_iris(text, bindings, render)
    if done is None:
        return with_values(text, bindings)
    rewritten, rest = done
    return with_values(rewritten, rest) if rest else rewritten


def with_values(text: str, bindings: dict[str, Term]) -> str:
    """TEXT with BINDINGS as one trailing VALUES block (SPARQL 1.1, 18.2.4.3: joined with the WHERE
    pattern's solutions, before ORDER BY and the projection)."""
    names = sorted(bindings)
    for n in names:
        if not _VAR.match(n):
            raise StoreUsageError(f"parameter name {n!r} is not a SPARQL variable name")
    terms = " ".join(sparql_term(n, bindings[n]) for n in names)
    return f"{text.rstrip()}\nVALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}\n"


# --- the backend --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)  # rdflib's parser takes tens of ms; named queries come again and again
def _query_kind(text: str) -> str:
    """'select', 'ask' or 'graph' for a query rdflib reads; ReadOnlyError for updates and SERVICE,
    QuerySyntaxError for anything else. Screens first, parses second (see the module's docstring)."""
    from rdflib.plugins.sparql.parser import parseQuery

    if "\\u" in text or "\\U" in text:
        raise StoreUsageError(ESCAPES_REFUSED)
    if may_name_service(text):
        raise ReadOnlyError(
            f"{SERVICE_REFUSED} (for a remote store, any 'service' in the query text counts: "
            "its parser, not ours, reads it)"
        )
    check_read_only(text)  # updates, syntax errors
    name = parseQuery(text)[1].name
    return {"SelectQuery": "select", "AskQuery": "ask"}.get(name, "graph")


def _reason(resp: Any) -> str:
    """The gist of an error page: its text without tags, on one line."""
    text = re.sub(r"<[^>]+>", " ", resp.text or "")
    return " ".join(text.split())[:300] or resp.reason or ""


def _json_term(t: dict[str, Any]) -> Term | dict[str, Any]:
    """A term of the store's results JSON, in the form the local backends give: 'typed-literal'
    (Virtuoso, SPARQL 1.0's JSON) is a literal, and xsd:string / rdf:langString are not written."""
    kind = t.get("type")
    if kind in ("literal", "typed-literal"):
        out: dict[str, Any] = {"type": "literal", "value": t["value"]}
        if t.get("xml:lang"):
            out["xml:lang"] = t["xml:lang"]
        elif t.get("datatype") and t["datatype"] not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = t["datatype"]
        return out
    if kind == "triple":
        return {"type": "triple", "value": {k: _json_term(v) for k, v in t["value"].items()}}
    return {"type": kind, "value": t["value"]}


class RemoteBackend(Backend):
    """A read-only SPARQL 1.1 endpoint at URL (see the module's docstring)."""

    name = "sparql"

    def __init__(self, url: str, graphs: bool = False, timeout: float | None = None):
        import requests

        self.url, self.graphs, self.timeout = url, graphs, timeout
        self.session = requests.Session()
        self.session.trust_env = False  # no netrc sent unasked, no proxy from the environment
        self.creds = credentials(url)
        self._auth: Any = None  # set once the store asks (its 401 challenge names the scheme)
        self._graphs: list[str] | None = None  # the store's named graphs (sparql+graphs:)

    # Backend.query and .write run engines in the sandboxed thread; here there is no engine, only one
    # HTTP request to the configured URL, which must be made from a thread that may open sockets.
    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        kind, resp = self._send(sparql, bindings)
        if kind == "graph":
            import pyoxigraph as ox

            triples = self._triples(resp)
            nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            return Result("graph", ntriples=nt)
        data = self._results(resp)
        if kind == "ask":
            return Result("ask", boolean=bool(data.get("boolean")))
        rows = [{k: _json_term(v) for k, v in r.items()} for r in data["results"]["bindings"]]
        return Result("select", vars=list(data["head"].get("vars", [])), rows=rows)

    def write(
        self,
        sparql: str,
        pick: Callable[[str], str],
        max_rows: int | None = None,
        bindings: dict[str, Term] | None = None,
    ) -> Written:
        import pyoxigraph as ox

        kind, resp = self._send(sparql, bindings)
        fmt = pick(kind)
        if kind == "graph":
            triples = self._triples(resp)
            cut = max_rows is not None and len(triples) > max_rows
            triples = triples[:max_rows] if cut else triples
            return Written("graph", fmt, ox.serialize(triples, format=_ox_rdf_format(fmt)), len(triples), cut)
        data = self._results(resp)
        if kind == "ask":
            answer = json.dumps({"head": {}, "boolean": bool(data.get("boolean"))}).encode()
            if fmt != "json":
                parsed = ox.parse_query_results(answer, format=ox.QueryResultsFormat.JSON)
                answer = parsed.serialize(format=_ox_results_format(fmt))
            return Written("ask", fmt, answer, 1, False)
        vars_ = list(data["head"].get("vars", []))
        rows = [{k: _json_term(v) for k, v in r.items()} for r in data["results"]["bindings"]]
        cut = max_rows is not None and len(rows) > max_rows
        rows = rows[:max_rows] if cut else rows
        return Written("select", fmt, select_bytes(vars_, rows, fmt), len(rows), cut)

    def _query(self, sparql: str, bindings: dict[str, Term] | None) -> Result:  # pragma: no cover
        raise NotImplementedError  # query() above never hands a remote query to the sandbox

    def _write(self, *args: Any) -> Written:  # pragma: no cover
        raise NotImplementedError

    def text_for(self, sparql: str, bindings: dict[str, Term] | None = None) -> tuple[str, str]:
        """(kind, the text sent to the store) for SPARQL and BINDINGS, after every check."""
        check_nesting(sparql)
        kind = _query_kind(sparql)
        return kind, bind(sparql, bindings) if bindings else sparql

    def dataset(self) -> list[tuple[str, str]]:
        """With sparql+graphs: every named graph of the store as a default-graph-uri and a
        named-graph-uri (listed once per backend); else nothing (the store's own default graph)."""
        if not self.graphs:
            return []
        if self._graphs is None:
            self._graphs = []  # the listing itself runs over the store's own dataset
            rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
            self._graphs = sorted(r["g"]["value"] for r in rows if r.get("g", {}).get("type") == "uri")
        return [("default-graph-uri", g) for g in self._graphs] + [
            ("named-graph-uri", g) for g in self._graphs
        ]

    def _send(self, sparql: str, bindings: dict[str, Term] | None) -> tuple[str, Any]:
        import requests

        kind, text = self.text_for(sparql, bindings)
        dataset = self.dataset()
        accept = GRAPH_ACCEPT if kind == "graph" else SELECT_ACCEPT
        timeout = self.timeout or DEFAULT_TIMEOUT
        deadline = time.monotonic() + timeout
        try:
            resp = self._post(text, dataset, accept, timeout)
            if resp.status_code == 401 and self.creds is not None and self._auth is None:
                from requests.auth import HTTPBasicAuth, HTTPDigestAuth

                challenge = resp.headers.get("WWW-Authenticate", "").lower()
                self._auth = (HTTPDigestAuth if challenge.startswith("digest") else HTTPBasicAuth)(
                    *self.creds
                )
                resp = self._post(text, dataset, accept, timeout)
            body = bytearray()
            for chunk in resp.iter_content(1 << 16):  # the whole answer within the time, not each read
                body += chunk
                if time.monotonic() > deadline:
                    raise requests.Timeout()
            resp._content = bytes(body)
        except requests.Timeout:
            raise QueryTimeout(f"the store at {self.url} did not answer within {timeout:g} s") from None
        except requests.ConnectionError as e:
            raise StoreError(f"cannot reach the store at {self.url}: {_cause(e)}") from None
        except requests.RequestException as e:
            raise StoreError(f"request to the store at {self.url} failed: {_cause(e)}") from None
        if resp.status_code != 200:
            hint = {
                401: f" (credentials: ${USER_ENV} and ${PASSWORD_ENV}, or ~/.netrc)",
                403: " (the store's user may not read, or the store refused the query)",
            }.get(resp.status_code, "")
            raise StoreError(
                f"the store at {self.url} answered HTTP {resp.status_code}{hint}: {_reason(resp)}"
            )
        if resp.headers.get("X-SQL-State"):  # Virtuoso's "anytime" answer: what it had at its time limit
            raise StoreError(
                f"the store at {self.url} stopped the query at its own time limit and sent a partial "
                f"result ({resp.headers.get('X-SQL-Message', resp.headers['X-SQL-State'])}); "
                "Virtuoso: raise MaxQueryExecutionTime in [SPARQL]"
            )
        if resp.headers.get("X-SPARQL-MaxRows"):
            raise StoreError(
                f"the store at {self.url} cut the result at {resp.headers['X-SPARQL-MaxRows']} rows; "
                "raise its row limit (Virtuoso: ResultSetMaxRows in [SPARQL]; kg serve: --max-rows 0)"
            )
        return kind, resp

    def _post(self, text: str, dataset: list[tuple[str, str]], accept: str, timeout: float) -> Any:
        return self.session.post(
            self.url,
            data=[("query", text), *dataset],
            headers={"Accept": accept},
            auth=self._auth,
            timeout=timeout,
            stream=True,
            allow_redirects=False,  # a redirect would send the query, and credentials, elsewhere
        )

    def _results(self, resp: Any) -> dict[str, Any]:
        try:
            data = json.loads(resp.content)
            if "boolean" not in data:
                data["results"]["bindings"]  # noqa: B018 - the shape is checked here, once
            return data
        except (ValueError, KeyError, TypeError):
            ctype = resp.headers.get("Content-Type", "?")
            raise StoreError(
                f"the store at {self.url} did not answer with SPARQL results JSON (Content-Type {ctype})"
            ) from None

    def _triples(self, resp: Any) -> list[Any]:
        import pyoxigraph as ox

        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        fmt = {
            "application/rdf+xml": ox.RdfFormat.RDF_XML,
            "application/ld+json": ox.RdfFormat.JSON_LD,
        }.get(ctype, ox.RdfFormat.TURTLE)  # Turtle reads N-Triples (and text/plain N-Triples) too
        try:
            return list(ox.parse(resp.content, format=fmt))
        except SyntaxError as e:
            raise StoreError(f"the store at {self.url} sent RDF that does not parse ({ctype}): {e}") from None


def _cause(e: BaseException) -> str:
    """The innermost reason of a requests error ('Connection refused', 'Name or service not known')."""
    text = str(e)
    m = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", text)
    return m.group(1).strip() if m else text[:200]


def open_remote(spec: RemoteSpec) -> RemoteBackend:
    return RemoteBackend(spec.url, graphs=spec.graphs)


def read_spec(spec: str) -> tuple[str, Callable[[], Backend]] | None:
    """--store sparql:URL for kg.querying.store.parse_spec / open_store (registered by kg.querying)."""
    remote = parse_remote(spec)
    return None if remote is None else ("sparql", lambda: open_remote(remote))

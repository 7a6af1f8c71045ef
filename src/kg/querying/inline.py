"""Bound IRIs written into a query as constants, for Oxigraph's query planner.

Why: pyoxigraph applies SEP-0007 substitutions after planning, so a query whose parameter picks one
actor is planned as if it asked about all of them. On a 100k-triple graph the evidence query took
3.7 s with `substitutions=` and 6 ms with the IRI written in; who-funded 2.6 s against 28 ms.

What: SEP-0007 defines substitution as syntactic replacement of the variable by the term, with
`(term AS ?var)` in the projection; this does exactly that, token by token, for IRI parameters only:
  - a small lexer skips comments, strings and IRIs, so only variable tokens are replaced;
  - an IRI is written only if it cannot leave its angle brackets (no space, <, >, ", {, }, |, ^, `, \\);
  - literals (free text a user typed) are never written into the query: they stay substitutions;
  - anything this does not handle (the variable after AS, SPARQL \\u escapes in the text) returns None,
    and the caller keeps plain substitutions. A rewritten query that does not parse falls back too.
  - a subquery's projection drops the variable instead (a paged query's page is a subquery that
    projects its parameters): the term replaces it in the subquery's pattern and in the outer query
    alike, so nothing is joined on it, and `(term AS ?x)` in both projections would bind ?x twice,
    which SPARQL refuses (and the fallback, plain substitution, is planned without the term).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

# A SPARQL JSON results term: {"type": "uri" | "literal" | "bnode", "value": ..., ...}.
Term = dict[str, str]

_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
    | (?P<word>[A-Za-z][A-Za-z_]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_SAFE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*$")
# In ORDER BY and GROUP BY a bare IRI would read as a function call: (<iri>) is written there.
_CLAUSE_ENDS = {"WHERE", "FROM", "LIMIT", "OFFSET", "HAVING", "VALUES"}


# Where each variable of a query text stands (see _plan), for the last PLANS_KEPT texts of at most
# PLAN_MAX_CHARS: a named query's text is rewritten on every request with other values, and reading
# it token by token was ~0.2-0.5 ms of each (kg serve, bench/RESULTS.md, issue 17, eleventh pass).
PLANS_KEPT = 32
PLAN_MAX_CHARS = 32_768
_Slot = tuple[int, str, bool, str]  # the token's place in the pieces, its name, after AS, how written
_plans: dict[str, tuple[list[str], list[_Slot]]] = {}
_kept_lock = threading.Lock()


def _plan(text: str) -> tuple[list[str], list[_Slot]]:
    """TEXT's tokens, and for each variable token: its index among them, its name, whether it comes
    right after AS, and how a term is written in its place: "drop" (a subquery's projection),
    "as" (`(term AS ?x)`, a projection), "paren" (`(term)`, ORDER BY and GROUP BY) or "term"."""
    got = _plans.get(text)
    if got is not None:
        return got
    pieces: list[str] = []
    slots: list[_Slot] = []
    in_projection, in_by, depth, prev = False, False, 0, ""  # prev: the last significant token
    braces, nested = 0, False  # nested: the projection being read is a subquery's
    for m in _TOKENS.finditer(text):
        kind, tok = m.lastgroup, m.group()
        if kind == "word":
            word = tok.upper()
            if word == "SELECT":
                in_projection, depth, nested = True, 0, braces > 0
            elif word in _CLAUSE_ENDS:
                in_projection, in_by = False, False
            elif word == "BY":
                in_by = True
        elif kind == "other":
            if tok in "{}":
                in_projection, in_by = False, False
                braces += 1 if tok == "{" else -1
            elif tok == "(" and in_projection:
                depth += 1
            elif tok == ")" and in_projection:
                depth -= 1
        elif kind == "var":
            if in_projection and nested and depth == 0:
                how = "drop"  # see the module's doc: a subquery does not project a written-in term
            elif in_projection:
                how = "as" if depth == 0 else "term"
            else:
                how = "paren" if in_by else "term"
            slots.append((len(pieces), tok[1:], prev == "AS", how))
        if kind != "comment" and not tok.isspace():
            prev = tok.upper()
        pieces.append(tok)
    if len(text) <= PLAN_MAX_CHARS:
        with _kept_lock:  # kg serve's threads share the dict: insert and evict as one step
            _plans[text] = (pieces, slots)
            while len(_plans) > PLANS_KEPT:
                del _plans[next(iter(_plans))]  # the oldest first
    return pieces, slots


def inline_iris(
    text: str, bindings: dict[str, Term], render: Callable[[Term], str | None] | None = None
) -> tuple[str, dict[str, Term]] | None:
    """TEXT with every IRI binding written in as a constant, and the bindings left to substitute;
    None when the query is not one this can rewrite safely. RENDER, if given, writes each binding
    instead (None: not written in): kg.querying.remote writes literals too, with pyoxigraph's
    serialiser, for stores that take no substitutions."""
    if render is None:
        iris = {
            k: f"<{v['value']}>"
            for k, v in bindings.items()
            if v["type"] == "uri" and _SAFE_IRI.match(v["value"])
        }
    else:
        iris = {k: r for k, v in bindings.items() if (r := render(v)) is not None}
    if not iris or "\\u" in text or "\\U" in text:
        return None
    pieces, slots = _plan(text)
    out = list(pieces)
    for i, name, after_as, how in slots:
        iri = iris.get(name)
        if iri is None:
            continue
        if after_as:
            return None  # the query binds the variable itself (BIND ... AS ?x): not a parameter
        out[i] = {"drop": "", "as": f"({iri} AS {pieces[i]})", "paren": f"({iri})", "term": iri}[how]
    rest = {k: v for k, v in bindings.items() if k not in iris}
    return "".join(out), rest

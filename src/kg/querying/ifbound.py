"""Patterns a named query needs only when a parameter is bound, left out for Oxigraph when it is not.

Why: a listing such as `lawsuits` takes optional actor parameters (`plaintiff`, `defendant`). With
one bound, `?assertion rdf:object ?defendant` picks the actor's suits (the IRI written in by
kg.querying.inline); with none bound, the same pattern only reads every suit's object again, one
lookup per suit, for a value the page's outer pattern joins anyway for its 100 rows and the total
groups by. At a million triples on disk those lookups were about half of the page's and the total's
time (kg serve, issue 17, ninth pass in bench/RESULTS.md).

What: a comment line marks the line after it, in the query or in its `# total:` lines:

    # if bound: defendant
    ?assertion rdf:object ?defendant .

For a local Oxigraph store, when `defendant` has no binding, `drop_unbound` leaves out the marker
and that line (their line breaks stay, so the query's line numbers do not move); when it is bound,
the query runs as written. Other engines, remote stores included, ignore the comment and run the
file unchanged. Only a query run with bindings (a named query's: `bindings_for` gives a dict, empty
or not) is rewritten; an ad-hoc query (`kg sparql`, the endpoint's /sparql) runs as its author
wrote it, comments and all.

The rows cannot change, provided what the marker claims: the line is one triple pattern of the
parameter's variable, and it matches exactly one value for each solution of the rest (here each
assertion has exactly one rdf:object: ontology/shapes.ttl, which `kg build` checks). Checked here,
strictly, or the query runs as written (None): the marker is alone on its line; the next line is a
single triple pattern `S P O .` of plain terms with the variable as its subject or object; and the
variable appears nowhere else in the group ({ ... }) that holds the line, so that the pattern does
nothing there but bind it (a projection, a GROUP BY or an outer pattern outside the group may name
it: a projected variable left unbound is fine, an outer pattern joins it afresh).
"""

from __future__ import annotations

import re

from kg.querying.inline import _TOKENS, Term

MARKER = re.compile(r"#[ \t]*if bound:[ \t]*(\w+)[ \t]*(?:--.*)?$")
_TERM = r"(?:[?$]\w+|<[^<>\"{}|^`\\\x00-\x20]*>|[A-Za-z][\w.-]*:[\w.-]*|:[\w.-]*)"
_PREDICATE = r"(?:<[^<>\"{}|^`\\\x00-\x20]*>|[A-Za-z][\w.-]*:[\w.-]*|:[\w.-]*|a)"


def _one_pattern(var: str) -> re.Pattern[str]:
    """A line that is one triple pattern with ?VAR as its subject or object, and nothing else."""
    v = rf"[?$]{var}(?!\w)"
    return re.compile(
        rf"[ \t]*(?:{v}[ \t]+{_PREDICATE}[ \t]+{_TERM}|{_TERM}[ \t]+{_PREDICATE}[ \t]+{v})[ \t]*\.[ \t]*"
    )


def drop_unbound(text: str, bindings: dict[str, Term] | None) -> str | None:
    """TEXT without each `# if bound: NAME` marker and the line after it, for each NAME with no
    binding; None when there is nothing to leave out or a marker fails the checks in the module's
    doc (the query then runs as written)."""
    if "if bound:" not in text:
        return None
    bound = set(bindings or {})
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(text)]
    drop: set[int] = set()  # indexes of the tokens left out
    for i, (kind, tok) in enumerate(tokens):
        m = MARKER.match(tok) if kind == "comment" else None
        if m is None or m.group(1) in bound:
            continue
        var = m.group(1)
        j = i - 1  # alone on its line: only blanks back to the line break before it
        while j >= 0 and tokens[j][1] in (" ", "\t"):
            j -= 1
        if j >= 0 and tokens[j][1] != "\n":
            return None
        if i + 1 >= len(tokens) or tokens[i + 1][1] != "\n":
            return None
        end = i + 2  # the next line: tokens up to its line break (or the text's end)
        while end < len(tokens) and tokens[end][1] != "\n":
            end += 1
        line = "".join(tok for _, tok in tokens[i + 2 : end])
        if not _one_pattern(var).fullmatch(line):
            return None
        if _used_elsewhere(tokens, i + 2, end, var):
            return None
        drop.add(i)
        drop.update(range(i + 2, end))
    if not drop:
        return None
    return "".join(tok for k, (_, tok) in enumerate(tokens) if k not in drop)


def _used_elsewhere(tokens: list[tuple[str | None, str]], start: int, end: int, var: str) -> bool:
    """Whether ?VAR occurs in the innermost { ... } around tokens START..END other than there."""
    lo = _enclosing_brace(tokens, start - 1, -1)  # back to the group's opening brace
    hi = _enclosing_brace(tokens, end, 1)  # on to its closing brace
    if lo < 0 or hi >= len(tokens):
        return True  # not inside a group: nothing this can vouch for
    names = {f"?{var}", f"${var}"}
    return any(
        kind == "var" and tok in names
        for k, (kind, tok) in enumerate(tokens[lo:hi], lo)
        if not start <= k < end
    )


def _enclosing_brace(tokens: list[tuple[str | None, str]], i: int, step: int) -> int:
    """From token I, stepping by STEP (-1 back, 1 on), the index of the brace that encloses it,
    braces nested on the way skipped; -1 or len(TOKENS) when there is none."""
    inner, outer = ("}", "{") if step < 0 else ("{", "}")
    depth = 0
    while 0 <= i < len(tokens):
        tok = tokens[i][1] if tokens[i][0] == "other" else ""
        if tok == inner:
            depth += 1
        elif tok == outer:
            if depth == 0:
                return i
            depth -= 1
        i += step
    return i

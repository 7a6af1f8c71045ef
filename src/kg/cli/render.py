"""Plain-text rendering of results for the terminal: tables and cited answers."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import textwrap

from kg.querying.lookups import FIELDS, Answer
from kg.querying.store import Result

# What must not reach a terminal raw: C0 controls but tab and newline (ESC starts the sequences
# that set a window title, move the cursor or rewrite the screen; a CR not followed by a newline,
# as in CSV's CRLF line ends, overwrites a line), DEL,
# the C1 controls (U+009B is a one-character CSI), and the bidirectional controls, which reorder
# the text shown around them ("Trojan Source").
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)
# The visible form of one such character, in the syntax of each output format: an escape that
# reads back as the same character where the format has one (JSON, XML, N-Triples/Turtle), a
# Python-style escape in plain text, tables, CSV and TSV.
_ESCAPE = {
    "text": lambda c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}",
    "json": lambda c: f"\\u{c:04x}",
    "xml": lambda c: f"&#x{c:x};",
    "nt": lambda c: f"\\u{c:04X}",
}
_STYLE = {"table": "text", "csv": "text", "tsv": "text", "yaml": "text", "jsonl": "json", "ttl": "nt"}


def clean(text: str, fmt: str = "text") -> str:
    """TEXT made safe to print: every control character but tab and newline, and every bidi
    control, replaced by a visible escape in the syntax of FMT (text, table, csv, tsv, yaml,
    json, jsonl, xml, nt, ttl). Every print of data by the CLI goes through here (via
    kg.cli.common.echo), whether or not the output is a terminal: a pipe may end in one."""
    style = _ESCAPE[_STYLE.get(fmt, fmt)]
    return _UNSAFE.sub(lambda m: style(ord(m.group())), text)


SHORT = {
    "https://w3id.org/prosecutor-kg/id/": "pkid:",
    "https://w3id.org/prosecutor-kg/ontology#": "pk:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}


def short(value: str | None) -> str:
    if value is None:
        return ""
    for long, pre in SHORT.items():
        if value.startswith(long):
            return pre + value[len(long) :]
    return value


def table(result: Result, max_width: int = 60) -> str:
    """An aligned text table of a SELECT (or the answer of an ASK, or N-Triples of a graph)."""
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return result.ntriples.rstrip("\n")
    rows = [[short(v) for v in r.values()] for r in result.values()]
    if not rows:
        return "(no results)"
    cols = [v for v in result.vars]
    width = [min(max_width, max(len(c), *(len(r[i]) for r in rows))) for i, c in enumerate(cols)]

    def cell(s: str, w: int) -> str:
        s = " ".join(s.split())
        return (s[: w - 1] + "…" if len(s) > w else s).ljust(w)

    lines = ["  ".join(cell(c, w) for c, w in zip(cols, width, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in width))
    lines += ["  ".join(cell(v, w) for v, w in zip(r, width, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _money(a: Answer) -> str:
    if a.amount is None:
        return ""
    amount = float(a.amount)
    figure = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    sym = "$" if a.currency in (None, "USD") else f"{a.currency} "
    return f"{a.amount_qualifier + ' ' if a.amount_qualifier else ''}{sym}{figure}"


def _headline(a: Answer) -> str:
    extras = [x for x in (_money(a), a.date, a.case, a.status) if x]
    tag = " [candidate]" if a.curation == "candidate" else ""
    return f"{a.subject} —{a.relation}→ {a.object}" + (f"  ({'; '.join(extras)})" if extras else "") + tag


def answers_text(
    answers: list[Answer], evidence: bool = True, documents: dict[str, str] | None = None
) -> str:
    if not answers:
        return "(no answers)"
    width = min(100, shutil.get_terminal_size((100, 20)).columns) - 4
    out: list[str] = []
    for a in answers:
        out.append(_headline(a) + ("" if evidence else f"  [{a.document}]"))
        if evidence:
            for q in a.quotes:
                body = textwrap.fill(
                    f"“{' '.join(q.split())}”", width, initial_indent="    ", subsequent_indent="     "
                )
                out.append(body)
            doc = a.document + (
                f" — {documents[a.document]}" if documents and a.document in documents else ""
            )
            out.append(f"    source: {doc}")
            if a.url:
                out.append(f"    url: {a.url}")
            if a.outcome:
                out.append(f"    outcome: {a.outcome}")
            if a.note:
                out.append(_wrapped("note: ", a.note, width))
            out.append("")
    return "\n".join(out).rstrip()


def _wrapped(label: str, text: str, width: int, indent: str = "    ") -> str:
    """LABEL TEXT filled to WIDTH, continuation lines under the text."""
    return textwrap.fill(
        " ".join(text.split()),
        width,
        initial_indent=indent + label,
        subsequent_indent=indent + " " * len(label),
    )


def answers_json(answers: list[Answer]) -> str:
    return json.dumps([a.as_dict() for a in answers], indent=2, ensure_ascii=False)


def answers_delimited(answers: list[Answer], delimiter: str) -> str:
    buf = io.StringIO()
    cols = [f for f in FIELDS if f != "quotes"]
    w = csv.DictWriter(buf, fieldnames=cols, delimiter=delimiter, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for a in answers:
        w.writerow({k: ("" if v is None else v) for k, v in a.as_dict().items()})
    return buf.getvalue()

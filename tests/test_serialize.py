"""Serialisation: text that looks like syntax stays text, in every format, and a build whose files
do not read back as the graph in memory fails and writes nothing."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDFS, XSD, Dataset, Graph, Literal, URIRef

from conftest import run_kg
from kg.base.ontology import ID, PK
from kg.builder import serialize
from kg.builder.rdfgraph import OA, SCHEMA, bind_prefixes
from kg.builder.readback import check_round_trip

# Pieces that a line-based edit, a hand-made escape or a splitlines() would get wrong.
TRICKY = [
    "\n@prefix",
    "\n@prefix ex: <http://evil.example/> .\n",
    "\n@base <http://evil.example/> .",
    "PREFIX ex: <http://evil.example/>",
    '"""',
    '"',
    "'''",
    "\\",
    "\\n",
    '\\"',
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x0c",
    "\r\n",
    "\r",
    "\x00",
    "\x7f",
    "\t",
    "}",
    "{",
    "<a> <b> <c> .",
    "#",
    "@id",
    "@graph",
    "é",
    "e\u0301",
    "\U0001f600",
]
odd_text = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=4)), max_size=8).map("".join)

DOC = ID["document/d"]


def dataset(label: str, quote: str, note: str, lang_text: str) -> Dataset:
    """A small dataset shaped like the built one: an actor in the default graph, an assertion
    with its evidence in a document's named graph."""
    ds = Dataset()
    bind_prefixes(ds)
    actor, node, sel = ID["actor/a"], ID["assertion/d/x"], ID["assertion/d/x/q"]
    ds.add((actor, RDFS.label, Literal(label)))
    ds.add((actor, SCHEMA.description, Literal(lang_text, lang="en")))
    g = ds.graph(DOC)
    g.add((node, PK.note, Literal(note)))
    g.add((node, PK.amount, Literal("2000000", datatype=XSD.decimal)))
    g.add((sel, OA.exact, Literal(quote)))
    g.add((sel, OA.start, Literal(7, datatype=XSD.nonNegativeInteger)))
    return ds


def files_for(ds: Dataset) -> dict[Path, bytes]:
    merged = serialize.merged_graph(ds)
    return {
        Path("g.ttl"): serialize.to_turtle(merged),
        Path("g.trig"): serialize.to_trig(ds),
        Path("g.jsonld"): serialize.to_jsonld(merged),
        Path("g.nt"): serialize.to_ntriples(merged),
        Path("g.nq"): serialize.to_nquads(ds),
    }


RDFLIB_FORMATS = {".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".nt": "nt", ".nq": "nquads"}


@settings(max_examples=150, deadline=None)
@given(label=odd_text, quote=odd_text, note=odd_text, lang_text=odd_text)
def test_odd_literals_round_trip_in_every_format(label: str, quote: str, note: str, lang_text: str) -> None:
    ds = dataset(label, quote, note, lang_text)
    files = files_for(ds)
    # Strictly (pyoxigraph): every statement back, literals exact.
    check_round_trip(files, ds)
    want = {label, quote, note, lang_text}
    for path, data in files.items():
        # And as rdflib reads them (the memory store, `kg export`, the Python API).
        back = Dataset()
        back.parse(data=data, format=RDFLIB_FORMATS[path.suffix])
        got = {str(o) for _, _, o, _ in back.quads((None, None, None, None)) if isinstance(o, Literal)}
        assert want <= got, (path, want - got)
        assert sum(1 for _ in back.quads((None, None, None, None))) == 6


def test_a_literal_never_starts_a_line_of_syntax() -> None:
    """The writers escape line breaks, so a literal's "@prefix" cannot begin a line of the file,
    and the literal comes back exact."""
    tricky = "x\n@prefix y: <http://e/> .\r\n@base <z> .\u2028PREFIX w: <v>"
    ds = dataset(tricky, 'say """hi"""\\', "n", "l")
    merged = serialize.merged_graph(ds)
    for data, fmt in (
        (serialize.to_turtle(merged), ox.RdfFormat.TURTLE),
        (serialize.to_trig(ds), ox.RdfFormat.TRIG),
        (serialize.to_ntriples(merged), ox.RdfFormat.N_TRIPLES),
    ):
        lines = data.decode("utf-8").split("\n")
        assert not [line for line in lines if line.lstrip().startswith(("@prefix y", "@base", "PREFIX"))]
        assert tricky in {q.object.value for q in ox.parse(data, format=fmt)}


# --- the real build, end to end -------------------------------------------------------------

INSERT = 'Notes.\n@base <x> . PREFIX """ \\ \u2028\n@prefix ex: <http://e/> .\n'


def hostile_project(root: Path) -> dict[str, str]:
    """The mini project with syntax-like text in a description, an alias, a note, the document
    (so in quotes' 32-character context) and a quote; returns the strings that must come back."""
    ents = root / "annotations" / "entities.yaml"
    description = 'x\n@prefix y: <http://e/> .\n"""quoted""" \\ back\u2028slash'
    text = ents.read_text(encoding="utf-8")
    text = text.replace(
        "  label: Jane Roe\n",
        f"  label: Jane Roe\n  description: {json.dumps(description)}\n",
    )
    text = text.replace("aliases: [Roe,", f"aliases: [Roe, {json.dumps('PREFIX Roe')},")
    ents.write_text(text, encoding="utf-8")
    doc = root / "corpus" / "a.txt"
    old_doc = doc.read_text(encoding="utf-8")
    cut = old_doc.index("\n") + 1
    doc.write_text(old_doc[:cut] + INSERT + old_doc[cut:], encoding="utf-8")
    ann = root / "annotations" / "assertions" / "a.yaml"
    shift = len(INSERT)
    a = re.sub(
        r"(start|end): (\d+)", lambda m: f"{m[1]}: {int(m[2]) + shift}", ann.read_text(encoding="utf-8")
    )
    note = 'noted:\n@base <http://evil.example/>\n"""'
    a = a.replace("    relation: sued\n", f"    relation: sued\n    note: {json.dumps(note)}\n", 1)
    ann.write_text(a, encoding="utf-8")
    new_doc = doc.read_text(encoding="utf-8")
    q1 = new_doc.index("The Springfield Police Union sued")
    return {
        "description": description,
        "alias": "PREFIX Roe",
        "note": note,
        "prefix": new_doc[q1 - 32 : q1],
    }


def literals(data: bytes, fmt: ox.RdfFormat) -> set[str]:
    return {str(q.object.value) for q in ox.parse(data, format=fmt) if isinstance(q.object, ox.Literal)}


def test_syntax_like_text_builds_and_reads_back_exactly(mini: Path, tmp_path: Path) -> None:
    want = hostile_project(mini)
    assert "@prefix" in want["prefix"] and "\n" in want["prefix"]
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    assert run_kg(mini, "build", "--check").exit_code == 0
    graph = mini / "graph"
    for name, fmt in (
        ("prosecutor-kg.ttl", ox.RdfFormat.TURTLE),
        ("prosecutor-kg.trig", ox.RdfFormat.TRIG),
        ("prosecutor-kg.jsonld", ox.RdfFormat.JSON_LD),
    ):
        assert set(want.values()) <= literals((graph / name).read_bytes(), fmt), name
    for fmt_name, fmt in (
        ("nt", ox.RdfFormat.N_TRIPLES),
        ("ttl", ox.RdfFormat.TURTLE),
        ("trig", ox.RdfFormat.TRIG),
        ("jsonld", ox.RdfFormat.JSON_LD),
    ):
        out = tmp_path / f"export.{fmt_name}"
        res = run_kg(mini, "export", "--format", fmt_name, "-o", str(out))
        assert res.exit_code == 0, res.output
        assert set(want.values()) <= literals(out.read_bytes(), fmt), fmt_name
    # rdflib reads the Turtle the same way (the memory store and `kg export` use it).
    g = Graph().parse(graph / "prosecutor-kg.ttl")
    assert g.value(URIRef(f"{ID}actor/jane-roe"), SCHEMA.description) == Literal(want["description"])


def _old_to_trig(ds: Dataset) -> bytes:
    """The TriG writer this project had before: it dropped every output line that began with
    "@prefix", also inside multi-line strings."""
    out = [serialize.HEADER.rstrip("\n")]
    out += [f"@prefix {p}: <{ns}> ." for p, ns in serialize.WRITER_PREFIXES.items()]
    named = sorted(
        (c for c in ds.graphs() if c.identifier != ds.default_graph.identifier),
        key=lambda c: str(c.identifier),
    )
    for ctx in [ds.default_graph, *named]:
        if len(ctx) == 0:
            continue
        g = Graph()
        bind_prefixes(g)
        for t in ctx:
            g.add(t)
        body = "\n".join(
            line for line in g.serialize(format="turtle").splitlines() if not line.startswith("@prefix")
        ).strip()
        out += ["", body] if ctx is ds.default_graph else ["", f"<{ctx.identifier}> {{", body, "}"]
    return ("\n".join(out) + "\n").encode("utf-8")


def snapshot(d: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}


@pytest.mark.parametrize("check", [False, True])
def test_a_file_that_does_not_read_back_fails_the_build(mini: Path, monkeypatch, check: bool) -> None:
    from kg.builder import run

    # Without the amount (which the old writer wrote as "2000000.0", another literal than the
    # "2000000" built), the old writer's output reads back exactly on plain text ...
    ann = mini / "annotations" / "assertions" / "a.yaml"
    ann.write_text(
        ann.read_text(encoding="utf-8").replace("    amount: 2000000\n    currency: USD\n", ""), "utf-8"
    )
    monkeypatch.setattr(run, "to_trig", _old_to_trig)
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    before = snapshot(mini / "graph")
    # ... and not once a description or a quote's context holds a line starting "@prefix".
    hostile_project(mini)
    res = run_kg(mini, "build", *(["--check"] if check else []))
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    (line,) = res.stderr.splitlines()
    # That TriG parses, with as many quads as built: only comparing them finds it.
    assert "prosecutor-kg.trig: the TriG written reads back as" in line, line
    assert "of them differ from the graph built; nothing written" in line, line
    assert snapshot(mini / "graph") == before


def test_readback_names_the_file_and_the_counts() -> None:
    ds = dataset("a", "b", "c", "d")
    files = files_for(ds)
    ttl = files[Path("g.ttl")].decode()
    dropped = ttl.replace(' ;\n\toa:start "7"^^xsd:nonNegativeInteger .', " .")
    assert dropped != ttl
    files[Path("g.ttl")] = dropped.encode()
    with pytest.raises(Exception) as err:
        check_round_trip(files, ds)
    msg = str(err.value)
    assert "g.ttl" in msg and "reads back as 5 triples, not the 6 built (1 missing, 0 not built)" in msg, msg
    files = files_for(ds)
    files[Path("g.jsonld")] = b'{"@id": 5}'
    with pytest.raises(Exception, match=r"g\.jsonld: the JSON-LD written does not parse back"):
        check_round_trip(files, ds)

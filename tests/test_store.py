"""Storage backends: the same answers on rdflib, Oxigraph in memory and Oxigraph on disk; the
on-disk store follows graph/; every query command takes --store."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from conftest import REPO, run_kg
from kg.base.errors import KGError
from kg.querying.queries import get_named, run_named
from kg.querying.store import (
    STAMP,
    OxigraphBackend,
    open_store,
    parse_spec,
    store_status,
    sync_persistent,
)
from test_query import SAMPLE_PARAMS, _canon

GRAPH = REPO / "graph" / "prosecutor-kg.ttl"


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("oxi") / "store"
    return {spec: open_store(spec, GRAPH) for spec in ("memory", "oxigraph", f"oxigraph:{db}")}


@pytest.mark.parametrize("name", sorted(SAMPLE_PARAMS))
def test_every_named_query_is_the_same_on_every_store(stores: dict[str, object], name: str) -> None:
    nq = get_named(REPO / "queries", name)
    results = {spec: _canon(run_named(b, nq, SAMPLE_PARAMS[name]).values()) for spec, b in stores.items()}
    first = next(iter(results.values()))
    assert all(r == first for r in results.values()), {k: len(v) for k, v in results.items()}
    if name != "coalitions":  # empty on this corpus (tests/test_query.py checks it on a fixture)
        assert first


def test_store_specs() -> None:
    assert parse_spec("memory") == ("memory", None)
    assert parse_spec("oxigraph") == ("oxigraph", None)
    assert parse_spec("oxigraph:data/kg") == ("oxigraph", Path("data/kg"))
    for bad in ("oxigraph:", "sqlite", "rdflib"):
        with pytest.raises(KGError, match="memory, oxigraph, oxigraph:PATH, sparql:URL"):
            parse_spec(bad)


def _count(backend) -> int:
    return int(backend.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]["value"])


def test_persistent_store_loads_once_and_reloads_when_the_graph_changes(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    shutil.copy(GRAPH, graph)
    db = tmp_path / "deep" / "store"  # parent folders are created
    assert store_status(db, graph) == "stale"
    b = open_store(f"oxigraph:{db}", graph)
    n = _count(b)
    del b
    assert (db / STAMP).exists() and store_status(db, graph) == "fresh"
    assert sync_persistent(db, graph) == "fresh"

    # Same bytes, new mtime (a rebuild that changed nothing): no reload.
    graph.touch()
    assert store_status(db, graph) == "touched"
    assert sync_persistent(db, graph) == "touched" and store_status(db, graph) == "fresh"

    # New content: reloaded, and the old triples are gone (not added to).
    graph.write_text(GRAPH.read_text(encoding="utf-8") + "\n<urn:x> <urn:y> <urn:z> .\n", encoding="utf-8")
    assert store_status(db, graph) == "stale"
    b = open_store(f"oxigraph:{db}", graph)
    assert _count(b) == n + 1


def test_a_fresh_persistent_store_is_shared_read_only(tmp_path: Path) -> None:
    db = tmp_path / "store"
    sync_persistent(db, GRAPH)
    # Many readers at once (kg serve's workers, lookups) take no lock.
    a, b = open_store(f"oxigraph:{db}", GRAPH), open_store(f"oxigraph:{db}", GRAPH)
    assert _count(a) == _count(b) > 1000


def test_an_interrupted_load_is_redone(tmp_path: Path) -> None:
    db = tmp_path / "store"
    sync_persistent(db, GRAPH)
    (db / STAMP).unlink()  # as if the process died during the load
    assert store_status(db, GRAPH) == "stale"
    b = open_store(f"oxigraph:{db}", GRAPH)
    assert _count(b) == _count(OxigraphBackend.from_file(GRAPH))  # cleared first, not doubled


def test_a_store_being_written_is_reported_not_crashed(tmp_path: Path) -> None:
    db = tmp_path / "store"
    writer = open_store(f"oxigraph:{db}", GRAPH, read_only=False)  # holds the RocksDB lock
    (db / STAMP).unlink()
    with pytest.raises(KGError, match="in use by another process"):
        open_store(f"oxigraph:{db}", GRAPH)
    del writer


def test_concurrent_first_opens_agree(tmp_path: Path) -> None:
    db = tmp_path / "store"
    errors: list[str] = []

    def open_once() -> None:
        try:
            _count(open_store(f"oxigraph:{db}", GRAPH))
        except KGError as e:
            errors.append(str(e))

    threads = [threading.Thread(target=open_once) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Losers of the race get a clear message, never a half-loaded store.
    assert all("in use by another process" in e for e in errors)
    assert store_status(db, GRAPH) == "fresh"


# --- every query command takes --store ----------------------------------------------------------
# On the two-actor mini project: this checks the plumbing of --store (the answers on the real graph
# are compared above), and rdflib answers it in milliseconds.

COMMANDS = [
    ("query", "who-opposed", "-p", "target=Roe", "--format", "json"),
    ("query", "coalitions", "--format", "csv"),
    (
        "query",
        "evidence",
        "-p",
        "subject=Springfield Police Union",
        "-p",
        "relation=sued",
        "-p",
        "object=Roe",
        "--format",
        "json",
    ),
    ("opposed", "Roe", "--format", "json"),
    ("funded", "--by", "Justice Fund", "--format", "json"),
    ("sued", "Jane Roe"),
    ("actor", "Jane Roe", "--format", "json"),
    ("path", "Justice Fund", "Springfield Police Union"),
    ("search", "springfield", "--format", "json"),
    ("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }", "--format", "csv"),
]


def _numbers(v: object) -> object:
    """rdflib writes xsd:decimal 2000000 as 2000000.0; compare numbers as numbers, at any depth."""
    from decimal import Decimal

    if isinstance(v, dict):
        return {k: _numbers(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_numbers(x) for x in v]
    if isinstance(v, str) and v.replace(".", "", 1).isdigit():
        return str(Decimal(v).normalize())
    return v


def _normal(output: str) -> object:
    try:
        data = json.loads(output)
    except ValueError:
        return sorted(output.splitlines())
    if isinstance(data, dict) and "results" in data:
        return _canon([{k: v["value"] for k, v in r.items()} for r in data["results"]["bindings"]])
    if isinstance(data, list):
        return sorted(json.dumps(_numbers(d), sort_keys=True) for d in data)
    return _numbers(data)


def test_every_query_command_takes_store(mini: Path) -> None:
    assert run_kg(mini, "build").exit_code == 0
    for args in COMMANDS:
        outputs = {}
        for spec in ("memory", "oxigraph", f"oxigraph:{mini / '.cache' / 'store'}"):
            res = run_kg(mini, "--store", spec, *args)
            assert res.exit_code == 0, (spec, args, res.output)
            outputs[spec] = _normal(res.output)
        first = next(iter(outputs.values()))
        assert all(o == first for o in outputs.values()), args
        assert first, args


def test_store_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", "sqlite")
    res = run_kg(REPO, "opposed", "Krasner")
    assert res.exit_code == 1 and "unknown store 'sqlite'" in res.stderr


# --- IRI parameters written in as constants (kg.querying.inline) ---------------------------------------

A = {"type": "uri", "value": "https://w3id.org/prosecutor-kg/id/actor/a"}


def test_inline_replaces_variable_tokens_only() -> None:
    from kg.querying.inline import inline_iris

    q = 'SELECT ?x ?y WHERE { ?x ?p "?x" . ?y <urn:?x> ?x # ?x stays in this comment\n}'
    text, rest = inline_iris(q, {"x": A, "t": {"type": "literal", "value": "free text"}})
    assert text == (
        f'SELECT (<{A["value"]}> AS ?x) ?y WHERE {{ <{A["value"]}> ?p "?x" . ?y <urn:?x> '
        f"<{A['value']}> # ?x stays in this comment\n}}"
    )
    assert rest == {"t": {"type": "literal", "value": "free text"}}  # literals are never written in


def test_inline_in_expressions_and_modifiers() -> None:
    from kg.querying.inline import inline_iris

    text, _ = inline_iris(
        "SELECT (COUNT(?x) AS ?n) WHERE { ?x ?p ?o } GROUP BY ?x ORDER BY DESC(?x)", {"x": A}
    )
    iri = f"<{A['value']}>"
    assert (
        text == f"SELECT (COUNT({iri}) AS ?n) WHERE {{ {iri} ?p ?o }} GROUP BY ({iri}) ORDER BY DESC(({iri}))"
    )


def test_inline_rewrites_a_kept_text_as_a_new_one() -> None:
    """The places of a text's variables are kept for the next call (kg serve rewrites the same
    named query on every request): each call gives what a first reading gives, whatever values or
    variables were bound before, and a text that binds the variable itself (AS) still gives None."""
    from kg.querying import inline

    q = "SELECT ?x (?y AS ?z) WHERE { { SELECT ?x WHERE { ?x <urn:p> ?y } ORDER BY ?y } } GROUP BY ?x"
    b = {"type": "uri", "value": "urn:b"}
    calls = [{"x": A}, {"y": b}, {"x": b, "y": A}, {"x": A}, {"z": A}, {"y": b}]
    inline._plans.clear()  # noqa: SLF001
    first = [inline.inline_iris(q, c) for c in calls]
    for c, want in zip(calls, first, strict=True):
        inline._plans.clear()  # noqa: SLF001 - read afresh
        assert inline.inline_iris(q, c) == want
    assert q in inline._plans  # noqa: SLF001 - not vacuous: the calls above used the kept reading
    assert first[4] is None and first[0] is not None and "urn:b" in first[2][0]
    big = "SELECT ?x WHERE { ?x ?p ?o }" + " " * inline.PLAN_MAX_CHARS
    assert inline.inline_iris(big, {"x": A}) is not None and big not in inline._plans  # noqa: SLF001


def test_inline_leaves_a_subquery_projection_out() -> None:
    """A paged query's page is a subquery that projects its parameters: written in as `(term AS ?x)`
    in both projections, ?x would be bound twice (Oxigraph refuses the text and the query falls back
    to substitutions, planned without the term: 150 ms against 20 ms for a profile page at 1M)."""
    import pyoxigraph as ox

    from kg.querying.inline import inline_iris

    q = "SELECT ?x ?a WHERE { { SELECT ?x ?a WHERE { ?a <urn:p> ?x } ORDER BY ?a LIMIT 2 } ?a <urn:q> ?b }"
    text, _ = inline_iris(q, {"x": A})
    iri = f"<{A['value']}>"
    assert text == (
        f"SELECT ({iri} AS ?x) ?a WHERE {{ {{ SELECT  ?a WHERE {{ ?a <urn:p> {iri} }} ORDER BY ?a LIMIT 2 }} "
        "?a <urn:q> ?b }"
    )
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode(A["value"])))
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:q"), ox.Literal("b")))
    rows = list(store.query(text))
    assert [(r["x"].value, r["a"].value) for r in rows] == [(A["value"], "urn:s")]


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("SELECT ?x WHERE { BIND(<urn:a> AS ?x) }", A["value"]),  # the query binds it itself
        ("SELECT ?x WHERE { ?x ?p ?o }", "urn:a> } ; DROP ALL #"),  # could leave its brackets
        ("SELECT ?x WHERE { ?x ?p ?o }", "urn:a b"),
        (r"SELECT ?x WHERE { ?x ?p '\u0041' }", A["value"]),  # codepoint escapes: not rewritten
    ],
)
def test_inline_declines_what_it_cannot_do_safely(query: str, value: str) -> None:
    from kg.querying.inline import inline_iris

    assert inline_iris(query, {"x": {"type": "uri", "value": value}}) is None


def test_an_iri_that_is_not_one_is_refused_not_run() -> None:
    b = OxigraphBackend.from_file(GRAPH)
    with pytest.raises(KGError, match="invalid parameter value"):
        b.query("SELECT ?x WHERE { ?x ?p ?o }", {"x": {"type": "uri", "value": "urn:a> } ; DROP ALL #"}})


# --- the result cache of a persistent store --------------------------------------------------------


def test_slow_results_are_kept_with_the_store_and_dropped_on_reload(tmp_path: Path, monkeypatch) -> None:
    from kg.querying.store import ResultCache

    monkeypatch.setattr(ResultCache, "MIN_SECONDS", 0.0)  # on this small graph nothing is slow
    graph = tmp_path / "g.ttl"
    shutil.copy(GRAPH, graph)
    db = tmp_path / "store"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = open_store(f"oxigraph:{db}", graph).query(q)
    kept = list((db / ResultCache.DIR).rglob("*.json"))
    assert len(kept) == 1
    # Served from the file: the answer comes back even from a store that has been emptied.
    b = open_store(f"oxigraph:{db}", graph)
    assert b.cache is not None and b.cache.get(q, None) == first
    # Never kept: queries whose answer may change between runs.
    b.query("SELECT (RAND() AS ?r) WHERE {}")
    assert len(list((db / ResultCache.DIR).rglob("*.json"))) == 1
    # A new graph: the store reloads and the old answers go.
    graph.write_text(GRAPH.read_text(encoding="utf-8") + "\n<urn:x> <urn:y> <urn:z> .\n", encoding="utf-8")
    again = open_store(f"oxigraph:{db}", graph).query(q)
    assert int(again.rows[0]["n"]["value"]) == int(first.rows[0]["n"]["value"]) + 1


@pytest.mark.parametrize("spec", ["oxigraph", "memory"])
def test_every_backend_refuses_a_query_nested_deeper_than_its_parser_can_read(spec: str) -> None:
    """The check sits in Backend itself, so lookups, named queries and the endpoint all have it."""
    from kg.querying.nesting import TooDeep
    from kg.querying.store import open_store

    backend = open_store(spec, REPO / "graph" / "prosecutor-kg.ttl")
    with pytest.raises(TooDeep):
        backend.query("SELECT * WHERE " + "{" * 5000 + "}" * 5000)
    with pytest.raises(TooDeep):
        backend.write("ASK " + "{" * 100 + "}" * 100, lambda kind: "json")
    assert backend.query("ASK {}").boolean is True


def test_an_on_disk_store_keeps_its_name_index(tmp_path: Path) -> None:
    """A lookup on an on-disk store reads the folded names kept beside it (kg-cache/.../names-*.sqlite)
    instead of folding every name again, and resolves every name as the index built in memory does."""
    from kg.querying.names import NameError_, NameIndex, resolve
    from kg.querying.queries import Resolver

    db = tmp_path / "store"
    built = Resolver(open_store(f"oxigraph:{db}", GRAPH)).names  # built, then kept
    kept_file = next((db / "kg-cache").glob("*/names-*.sqlite"))
    kept = Resolver(open_store(f"oxigraph:{db}", GRAPH)).names
    assert type(kept.labels) is not dict  # read from the file, lazily
    memory = NameIndex.from_backend(open_store("oxigraph", GRAPH))
    assert dict(kept.labels.items()) == built.labels == memory.labels
    assert {k: set(v) for k, v in kept.names.items()} == dict(memory.names)
    for name in ("Krasner", "larry krasner", "GASCÓN", "the FOP", "Philadelphia FOP", "Krasnr", "Soros", "x"):
        outcome = []
        for index in (kept, memory):
            try:
                outcome.append(resolve(index, name))
            except NameError_ as e:
                outcome.append(str(e))
        assert outcome[0] == outcome[1], name
    # A broken or half-written file is rebuilt, not trusted.
    kept_file.write_bytes(b"not a database")
    assert Resolver(open_store(f"oxigraph:{db}", GRAPH)).names.labels == memory.labels


def test_a_name_with_its_last_words_as_initials_finds_the_actor() -> None:
    """ "Chicago FOP" is the Chicago lodge (an audit found it found nothing); a bare "FOP" is
    what the registry says; short forms never make a name resolve to an actor it does not end."""
    from kg.querying.names import NameIndex, resolve, short_forms

    assert short_forms("Chicago Fraternal Order of Police") == ["CFOP", "Chicago FOP", "Chicago Fraternal OP"]
    assert short_forms("his own staff") == []
    rows = [
        ("urn:chi", "Chicago Fraternal Order of Police", None),
        ("urn:phl", "Philadelphia Fraternal Order of Police", None),
    ]
    idx = NameIndex.from_rows(rows)
    assert resolve(idx, "Chicago FOP") == "urn:chi"
    assert resolve(idx, "philadelphia fop") == "urn:phl"
    with pytest.raises(KGError, match="ambiguous|several|more than one"):
        resolve(idx, "FOP")


# --- the on-disk load in parts (kg.querying.store._load_in_parts) ----------------------------------


def _quads(store: object) -> set[str]:
    return {str(q) for q in store}  # type: ignore[attr-defined]


def _as_ntriples(tmp_path: Path, extra: str = "") -> Path:
    """The bundled graph as N-Triples (a line-based format, which is loaded in parts), plus EXTRA."""
    import pyoxigraph as ox

    nt = tmp_path / "g.nt"
    data = ox.serialize(ox.parse(path=str(GRAPH), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    nt.write_bytes(data + extra.encode("utf-8"))
    return nt


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of 64 KiB (the bundled graph: ~17 of them) and 3 loading threads, whatever the machine."""
    import kg.querying.store as store_mod

    monkeypatch.setattr(store_mod, "PART_BYTES", 64 << 10)
    monkeypatch.setattr(store_mod.os, "cpu_count", lambda: 3)


def test_a_graph_loaded_in_parts_holds_what_the_file_says(tmp_path: Path, small_parts: None) -> None:
    import pyoxigraph as ox

    nt = _as_ntriples(tmp_path)
    whole = ox.Store()
    whole.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    b = open_store(f"oxigraph:{tmp_path / 'store'}", nt)
    assert isinstance(b, OxigraphBackend)
    assert _quads(b.store) == _quads(whole) and len(whole) > 5000


def test_blank_nodes_are_loaded_whole_not_in_parts(tmp_path: Path, small_parts: None) -> None:
    """A blank node's label is scoped to one parse: cut into parts, `_:b` in the first and in the
    last part would be two nodes. A file with `_:` in it is loaded at once instead."""
    first = "_:b <urn:p> <urn:first> .\n"
    nt = _as_ntriples(tmp_path, "_:b <urn:p> <urn:last> .\n")
    nt.write_text(first + nt.read_text(encoding="utf-8"), encoding="utf-8")
    b = open_store(f"oxigraph:{tmp_path / 'store'}", nt)
    rows = b.query("SELECT DISTINCT ?b WHERE { ?b <urn:p> ?o }").rows
    assert len(rows) == 1 and rows[0]["b"]["type"] == "bnode"


def test_blank_nodes_in_middle_parts_are_found_by_the_parts(tmp_path: Path, small_parts: None) -> None:
    """Each part looks for `_:` in its own bytes before it loads them (no pass over the file before
    the load): blank nodes a third and two thirds into the file, in two parts other than the first
    and the last, are still one node."""
    nt = _as_ntriples(tmp_path)
    lines = nt.read_text(encoding="utf-8").splitlines(keepends=True)
    third = len(lines) // 3
    lines.insert(2 * third, "_:b <urn:p> <urn:second> .\n")
    lines.insert(third, "_:b <urn:p> <urn:first> .\n")
    nt.write_text("".join(lines), encoding="utf-8")
    b = open_store(f"oxigraph:{tmp_path / 'store'}", nt)
    rows = b.query("SELECT ?b ?o WHERE { ?b <urn:p> ?o }").rows
    assert len(rows) == 2 and len({r["b"]["value"] for r in rows}) == 1


def test_the_stamp_holds_the_hash_taken_beside_the_compaction(tmp_path: Path, small_parts: None) -> None:
    """The file is hashed in a thread while the store is compacted: the stamp holds its SHA-256, and
    the same content with a new mtime is 'touched', not reloaded."""
    import hashlib
    import json

    nt = _as_ntriples(tmp_path)
    db = tmp_path / "store"
    open_store(f"oxigraph:{db}", nt)
    stamp = json.loads((db / STAMP).read_text(encoding="utf-8"))
    assert stamp["sha256"] == hashlib.sha256(nt.read_bytes()).hexdigest()
    assert stamp["size"] == nt.stat().st_size and store_status(db, nt) == "fresh"
    nt.write_bytes(nt.read_bytes())
    assert store_status(db, nt) == "touched"


def test_a_bad_line_is_reported_with_its_line_in_the_file(tmp_path: Path, small_parts: None) -> None:
    """A part that fails makes the file load at once, so the error is the bulk loader's for the whole
    file (its line numbers are the file's, not the part's)."""
    import pyoxigraph as ox

    nt = _as_ntriples(tmp_path, "<urn:a> <urn:b> .\n")  # the last line has no object
    with pytest.raises(SyntaxError) as whole:
        ox.Store().bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    with pytest.raises(SyntaxError) as parts:
        open_store(f"oxigraph:{tmp_path / 'store'}", nt)
    assert str(parts.value) == str(whole.value)
    assert store_status(tmp_path / "store", nt) == "stale"  # no stamp: the next open loads again

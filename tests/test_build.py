"""`kg build`: outputs, determinism, freshness, and bad input that must leave graph/ alone."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from conftest import REPO, run_kg
from kg.base.ontology import ID, PK

GRAPH_FILES = ("prosecutor-kg.ttl", "prosecutor-kg.trig", "prosecutor-kg.jsonld")


def snapshot(root: Path) -> dict[str, str]:
    g = root / "graph"
    if not g.exists():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(g.iterdir())}


def test_mini_project_builds(mini: Path) -> None:
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    g = Graph().parse(mini / "graph" / "prosecutor-kg.ttl")
    union, roe = ID["actor/springfield-police-union"], ID["actor/jane-roe"]
    assert (union, PK.sued, roe) in g
    q = """SELECT ?amount ?exact ?start WHERE {
        ?a a pk:Assertion ; rdf:predicate pk:funded ; pk:amount ?amount ; pk:hasEvidence ?e .
        ?e oa:hasTarget/oa:hasSelector ?qs, ?ps . ?qs oa:exact ?exact . ?ps oa:start ?start }"""
    rows = list(g.query(q, initNs={"pk": PK, "oa": "http://www.w3.org/ns/oa#"}))
    assert len(rows) == 1
    amount, exact, start = rows[0]
    assert amount.toPython() == 2000000
    # oa:exact is the document's own text, double space included.
    assert str(exact) == "the Roe  campaign got $2 million from the Justice Fund"
    assert int(start) == (mini / "corpus" / "a.txt").read_text().index("the Roe  campaign")


def test_build_from_temporary_copy_reproduces_committed_graph(real_copy: Path) -> None:
    before = snapshot(real_copy)
    res = run_kg(real_copy, "build")
    assert res.exit_code == 0, res.output
    assert snapshot(real_copy) == before, "committed graph/ differs from a fresh build"
    assert run_kg(real_copy, "build", "--check").exit_code == 0


def test_two_builds_byte_identical_across_hash_seeds(real_copy: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, "-m", "kg.cli", "--root", str(real_copy), "build", "-q"], check=True, env=env
        )
        outputs.append(snapshot(real_copy))
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) >= set(GRAPH_FILES)


def test_check_fails_when_inputs_change(real_copy: Path) -> None:
    ents = real_copy / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8").replace("label: Larry Krasner", "label: L. Krasner"), "utf-8"
    )
    res = run_kg(real_copy, "build", "--check")
    assert res.exit_code == 1
    assert "out of date" in res.stderr


# --- bad input: one line naming file and line, exit 1, graph/ untouched ---------------------


def _corrupt(root: Path, rel: str, old: str, new: str) -> None:
    p = root / rel
    text = p.read_text(encoding="utf-8")
    assert old in text, f"fixture text changed: {old!r} not in {rel}"
    p.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_clean_failure(root: Path, before: dict[str, str], *expected: str) -> str:
    res = run_kg(root, "build")
    assert res.exit_code == 1, res.output
    err = res.stderr.strip()
    assert "Traceback" not in res.output + res.stderr
    assert len(err.splitlines()) == 1, err
    for e in expected:
        assert e in err, f"{e!r} not in {err!r}"
    assert snapshot(root) == before
    return err


@pytest.fixture
def built_mini(mini: Path) -> tuple[Path, dict[str, str]]:
    assert run_kg(mini, "build").exit_code == 0
    return mini, snapshot(mini)


def test_malformed_yaml(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "relation: sued", "relation: [sued")
    assert_clean_failure(root, before, "a.yaml:", "malformed YAML")


def test_unknown_entity(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "object: jane-roe", "object: jane-doe")
    err = assert_clean_failure(root, before, "a.yaml:5:", "unknown entity 'jane-doe'")
    assert "did you mean 'jane-roe'" in err


def test_unknown_relation(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "relation: sued", "relation: suedd")
    assert_clean_failure(root, before, "a.yaml:4:", "unknown relation 'suedd'", "did you mean 'sued'")


def test_unknown_actor_type(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/entities.yaml", "type: PoliceUnion", "type: PoliceUnoin")
    assert_clean_failure(root, before, "entities.yaml:8:", "unknown actor type 'PoliceUnoin'")


def test_quote_not_found(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "Police Union sued", "Police Union praised")
    assert_clean_failure(root, before, "a.yaml:7:", "quote not found in a.txt")


def test_quote_at_wrong_offsets(built_mini) -> None:
    root, before = built_mini
    text = (root / "annotations/assertions/a.yaml").read_text()
    start = text.split("start: ")[1].split("\n")[0]
    _corrupt(root, "annotations/assertions/a.yaml", f"start: {start}", f"start: {int(start) + 1}")
    assert_clean_failure(root, before, "a.yaml:", "quote not found in a.txt at")


def test_duplicate_entity_id(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/entities.yaml", "- id: justice-fund", "- id: jane-roe")
    assert_clean_failure(root, before, "entities.yaml:10:", "duplicate entity id 'jane-roe'", "line 1")


def test_schema_error_in_the_registry_names_the_entitys_line(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/entities.yaml", "label: Justice Fund", "labl: Justice Fund")
    assert_clean_failure(root, before, "entities.yaml:10:", "label: Field required")


def test_duplicate_assertion(built_mini) -> None:
    root, before = built_mini
    p = root / "annotations/assertions/a.yaml"
    lines = p.read_text().splitlines(keepends=True)
    p.write_text("".join(lines + lines[2:9]))  # the first assertion once more
    assert_clean_failure(root, before, "a.yaml:", "duplicate assertion")


def test_duplicate_yaml_key(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "relation: sued", "relation: sued\n    relation: funded")
    assert_clean_failure(root, before, "a.yaml:5:", "duplicate key 'relation'")


def test_bad_date(built_mini) -> None:
    root, before = built_mini
    _corrupt(root, "annotations/assertions/a.yaml", "relation: sued", "relation: sued\n    date: 2020-13")
    assert_clean_failure(root, before, "a.yaml:5:", "not a calendar date")


def test_empty_document(built_mini) -> None:
    root, before = built_mini
    (root / "corpus" / "a.txt").write_text("  \n", encoding="utf-8")
    assert_clean_failure(root, before, "a.txt", "document is empty")


def test_non_utf8_document(built_mini) -> None:
    root, before = built_mini
    (root / "corpus" / "a.txt").write_bytes(b"line one\nthe caf\xe9 line\n")
    assert_clean_failure(root, before, "a.txt:2:", "not valid UTF-8")


def test_missing_offsets_point_to_locate(built_mini) -> None:
    root, before = built_mini
    p = root / "annotations/assertions/a.yaml"
    text = p.read_text()
    start = text.split("start: ")[1].split("\n")[0]
    _corrupt(root, "annotations/assertions/a.yaml", f"        start: {start}\n", "")
    assert_clean_failure(root, before, "a.yaml:7:", "kg locate")
    res = run_kg(root, "locate")
    assert res.exit_code == 0, res.output
    assert "1 offsets filled in" in res.output
    assert run_kg(root, "build").exit_code == 0


# --- the shipped graph ---------------------------------------------------------------------


def test_graph_files_parse_in_rdflib_and_oxigraph() -> None:
    import pyoxigraph as ox

    counts = {}
    for name, ox_fmt, rdflib_fmt in (
        ("prosecutor-kg.ttl", ox.RdfFormat.TURTLE, "turtle"),
        ("prosecutor-kg.trig", ox.RdfFormat.TRIG, "trig"),
        ("prosecutor-kg.jsonld", ox.RdfFormat.JSON_LD, "json-ld"),
    ):
        path = REPO / "graph" / name
        n_ox = sum(1 for _ in ox.parse(path=str(path), format=ox_fmt))
        ds = Dataset()
        ds.parse(path, format=rdflib_fmt)
        n_rdflib = sum(1 for _ in ds.quads((None, None, None, None)))
        assert n_ox == n_rdflib > 1000
        counts[name] = n_ox
    assert counts["prosecutor-kg.ttl"] == counts["prosecutor-kg.jsonld"]


def test_trig_holds_exactly_the_turtle_triples() -> None:
    """The TriG's graphs together hold the same triples as the Turtle, literals unchanged."""
    import pyoxigraph as ox

    ttl = {
        q.triple for q in ox.parse(path=str(REPO / "graph" / "prosecutor-kg.ttl"), format=ox.RdfFormat.TURTLE)
    }
    trig = {
        q.triple for q in ox.parse(path=str(REPO / "graph" / "prosecutor-kg.trig"), format=ox.RdfFormat.TRIG)
    }
    assert trig == ttl


def test_trig_has_one_named_graph_per_document() -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(REPO / "graph" / "prosecutor-kg.trig"), format=ox.RdfFormat.TRIG)
    names = {str(g.value) for g in store.named_graphs()}
    docs = [p.stem for p in (REPO / "corpus").glob("*.txt")]
    assert names == {f"{ID}document/{d}" for d in docs}


def test_one_turtle_load_gives_labels_and_hierarchy() -> None:
    g = Graph().parse(REPO / "graph" / "prosecutor-kg.ttl")
    from rdflib import RDFS

    assert g.value(PK.sued, RDFS.label) == Literal("sued")
    assert (PK.sued, RDFS.subPropertyOf, PK.opposed) in g
    assert isinstance(g.value(URIRef(f"{ID}actor/larry-krasner"), RDFS.label), Literal)

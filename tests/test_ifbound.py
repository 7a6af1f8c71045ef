"""`# if bound: NAME` lines (kg.querying.ifbound): left out for a local Oxigraph store when NAME has no
binding, kept when it has one, and the rows of the queries that use them are those of the text run
as written, on every page, with and without each actor bound."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from conftest import REPO
from kg.querying.ifbound import drop_unbound
from kg.querying.queries import (
    Page,
    Resolver,
    bindings_for,
    count_total,
    get_named,
    page_text,
    run_named,
    split_quotes,
    total_text,
)
from kg.querying.store import OxigraphBackend, RdflibBackend

IRI = {"type": "uri", "value": "https://example.org/a"}
QUERY = """SELECT ?assertion ?defendant WHERE {
  # if bound: defendant
  ?assertion rdf:object ?defendant .
  ?assertion pk:countsAs pk:sued .
}"""


def test_an_unbound_parameter_leaves_its_line_out() -> None:
    out = drop_unbound(QUERY, {})
    assert out is not None
    assert "rdf:object" not in out and "if bound" not in out
    assert "?assertion pk:countsAs pk:sued ." in out
    assert out.count("\n") == QUERY.count("\n")  # line numbers stay


def test_a_bound_parameter_keeps_its_line() -> None:
    assert drop_unbound(QUERY, {"defendant": IRI}) is None
    assert drop_unbound(QUERY.replace("# if bound: defendant", "# note"), {}) is None  # no marker


@pytest.mark.parametrize(
    "line",
    [
        "?assertion rdf:object ?defendant ; rdf:subject ?plaintiff .",  # two patterns
        "?assertion rdf:object ?defendant . ?assertion rdf:subject ?x .",
        "?assertion rdf:object ?other .",  # not the parameter's pattern
        "?assertion rdf:object ?defendant",  # no dot: the pattern goes on
        "?assertion rdf:object ?defendant . FILTER(?defendant != <https://example.org/b>)",
        "OPTIONAL { ?assertion rdf:object ?defendant }",
        "?assertion rdf:object/rdfs:label ?defendant .",  # a path
    ],
)
def test_only_one_pattern_of_the_parameter_may_be_left_out(line: str) -> None:
    assert drop_unbound(QUERY.replace("?assertion rdf:object ?defendant .", line), {}) is None


def test_the_parameter_used_elsewhere_in_the_group_keeps_the_query_as_written() -> None:
    used = QUERY.replace("pk:sued .", "pk:sued . FILTER(isIRI(?defendant))")
    assert drop_unbound(used, {}) is None
    nested = QUERY.replace("pk:sued .", "pk:sued . OPTIONAL { ?defendant rdfs:label ?l }")
    assert drop_unbound(nested, {}) is None
    # outside the group (the projection, an outer pattern) is fine
    outer = QUERY + "\n?assertion rdf:object ?defendant ."
    assert drop_unbound("SELECT * WHERE { {" + outer.split("{", 1)[1] + "} }", {}) is not None


def test_a_marker_must_be_a_comment_alone_on_its_line() -> None:
    inline = QUERY.replace(
        "  # if bound: defendant\n  ?assertion", "  ?x ?y ?z . # if bound: defendant\n  ?assertion"
    )
    assert drop_unbound(inline, {}) is None
    in_string = 'SELECT * WHERE {\n  ?a ?b "\n# if bound: d\n" .\n  ?a rdf:object ?d .\n}'
    assert drop_unbound(in_string, {}) is None  # a string's text is no comment
    assert drop_unbound("SELECT * WHERE { ?a ?b ?c }\n# if bound: d", {}) is None  # no next line


def test_the_shapes_say_what_the_markers_rely_on() -> None:
    """Every assertion has exactly one subject and one object: ontology/shapes.ttl, which the
    build checks; the markers of lawsuits and endorsements rest on it."""
    shapes = ox.Store()
    shapes.load(path=str(REPO / "ontology" / "shapes.ttl"))
    q = """PREFIX sh: <http://www.w3.org/ns/shacl#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
    SELECT ?path WHERE { ?shape sh:targetClass pk:Assertion ; sh:property ?p .
      ?p sh:path ?path ; sh:minCount 1 ; sh:maxCount 1 }"""
    paths = {str(r["path"].value) for r in shapes.query(q)}
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    assert {rdf + "subject", rdf + "object"} <= paths


@pytest.fixture(scope="module")
def stores() -> tuple[OxigraphBackend, RdflibBackend]:
    graph = REPO / "graph" / "prosecutor-kg.trig"
    return OxigraphBackend.from_file(graph), RdflibBackend.from_file(graph)


def _suits(backend: OxigraphBackend) -> list[tuple[str, str]]:
    q = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT DISTINCT ?p ?d WHERE { ?a pk:countsAs pk:sued ; rdf:subject ?p ; rdf:object ?d } ORDER BY ?p ?d"""
    return [(r["p"]["value"], r["d"]["value"]) for r in backend.query(q).rows]


@pytest.mark.parametrize("candidates", [False, True])
@pytest.mark.parametrize("name", ["lawsuits", "endorsements", "relation"])
def test_the_listings_give_the_rows_of_their_text_as_written(stores, name: str, candidates: bool) -> None:
    """Oxigraph (the markers' lines left out where unbound) against rdflib (the file as written):
    every page of 3 rows (of 25 for relation), in order, and the totals, unbound and with each actor
    parameter bound."""
    ox_backend, rdf_backend = stores
    nq = get_named(REPO / "queries", name)
    suits = _suits(ox_backend)
    assert len(suits) > 3
    plaintiff, defendant = suits[len(suits) // 2]
    params = (
        [
            {},
            {"plaintiff": plaintiff},
            {"defendant": defendant},
            {"plaintiff": plaintiff, "defendant": defendant},
        ]
        if name == "lawsuits"
        else [{}, {"target": defendant}]
        if name == "endorsements"
        else [  # relation: its total marks the actors (its page orders by the subject's name)
            {"relation": r, **more}
            for r in ("sued", "opposed")
            for more in (
                {},
                {"subject": plaintiff},
                {"object": defendant},
                {"subject": plaintiff, "object": defendant},
            )
        ]
    )
    for values in params:
        bindings = bindings_for(nq, values, Resolver(ox_backend), candidates)
        unbound = [p.name for p in nq.params if p.name not in bindings and p.kind == "actor"]
        size = 25 if name == "relation" else 3
        # the rewrite happens (or not) as the bindings say, in the page and in the total (relation
        # marks its total only)
        texts = (page_text(nq, Page(size, 0)), total_text(nq) or "")
        marked = [t for t in texts if any(ln.lstrip().startswith("# if bound:") for ln in t.splitlines())]
        assert marked
        for text in marked:
            assert (drop_unbound(text, bindings) is not None) == bool(unbound), (name, values)
        total = count_total(rdf_backend, nq, bindings)
        assert count_total(ox_backend, nq, bindings) == total, values
        for offset in range(0, 10_000, size):
            got = [
                run_named(b, nq, {**values, "limit": str(size), "offset": str(offset)}, candidates)
                for b in stores
            ]
            mine, reference = (
                # (rdflib gives an empty page as one row of nothing: an aggregate over no rows)
                [{**r, "quote": split_quotes(r.get("quote"))} for r in g.values() if r.get("assertion")]
                for g in got
            )
            assert mine == reference, (name, values, offset)
            assert got[0].total == total, (name, values, offset)
            if len(mine) < size:
                break
        else:
            raise AssertionError("more pages than the bundled graph has")


def test_an_ad_hoc_query_runs_as_written(stores) -> None:
    """A marker in a query run without bindings (`kg sparql`, /sparql: a user's own text) is a comment
    like any other; a named query's bindings, even none, let it leave its line out."""
    ox_backend, _ = stores
    text = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
SELECT (COUNT(*) AS ?n) WHERE {
  ?x pk:labelKey ?key .
  # if bound: alias
  ?x pk:aliasKey ?alias .
}"""
    pairs = int(ox_backend.query(text).rows[0]["n"]["value"])  # actors with their aliases
    actors = int(ox_backend.query(text, {}).rows[0]["n"]["value"])  # the line left out: every actor
    assert pairs != actors
    assert pairs == int(ox_backend.query(text.replace("# if bound: alias", "")).rows[0]["n"]["value"])

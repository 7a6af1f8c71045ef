"""The query layer: named queries on both engines, lookups, names, formats, read-only, API."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import REPO, run_kg
from kg.querying.queries import Resolver, get_named, load_named, run_named, split_quotes
from kg.querying.store import OxigraphBackend, RdflibBackend

ID = "https://w3id.org/prosecutor-kg/id/actor/"
GRAPH = REPO / "graph" / "prosecutor-kg.ttl"

# Parameters that exercise each named query on the real graph.
SAMPLE_PARAMS = {
    "who-opposed": {"target": "Larry Krasner"},
    "whom-opposed": {"actor": "Philadelphia Fraternal Order of Police"},
    "who-funded": {"target": "Krasner"},
    "lawsuits": {},
    "endorsements": {},
    "profile": {"actor": "Gascón"},
    "evidence": {
        "subject": "Philadelphia Fraternal Order of Police",
        "relation": "sued",
        "object": "Krasner",
    },
    "coalitions": {},
    "shortest-path": {"from": "George Soros", "to": "Philadelphia Fraternal Order of Police"},
    "timeline": {},
    "relation": {"relation": "opposed", "object": "Aramis Ayala"},
    "search": {"text": "Brady"},
}


@pytest.fixture(scope="module")
def oxi() -> OxigraphBackend:
    return OxigraphBackend.from_file(GRAPH)


@pytest.fixture(scope="module")
def mem() -> RdflibBackend:
    return RdflibBackend.from_file(GRAPH)


def run(backend, name: str, **params: str):
    return run_named(backend, get_named(REPO / "queries", name), params).values()


def test_every_named_query_has_a_question_and_a_sample() -> None:
    named = load_named(REPO / "queries")
    assert set(named) == set(SAMPLE_PARAMS)
    for nq in named.values():
        assert nq.question.endswith("?") or "?" in nq.question
        # Parameters are projected, so both engines can bind them (see kg.querying.store).
        select = nq.text[nq.text.index("SELECT") : nq.text.index("WHERE")]
        for p in nq.params:
            assert f"?{p.name}" in select, (nq.name, p.name)


def _canon(rows):
    def value(v):
        if v is None:
            return None
        try:
            return str(Decimal(v).normalize()) if v.replace(".", "", 1).isdigit() else v
        except ArithmeticError:
            return v

    def joined(k, v):  # an assertion's passages, joined in an order SPARQL leaves to the engine
        return " | ".join(sorted(split_quotes(v))) if k in ("quote", "viaLabel", "opposed") else value(v)

    return sorted(tuple(sorted((k, joined(k, v) or "") for k, v in r.items())) for r in rows)


@pytest.mark.parametrize("name", sorted(SAMPLE_PARAMS))
def test_same_results_on_rdflib_and_oxigraph(name: str, oxi, mem) -> None:
    a, b = run(oxi, name, **SAMPLE_PARAMS[name]), run(mem, name, **SAMPLE_PARAMS[name])
    assert _canon(a) == _canon(b)
    if name != "coalitions":  # empty on this corpus; see test_coalitions_on_a_fixture
        assert a, f"{name} returned nothing on the real graph"


def test_who_opposed_krasner_includes_fop_and_sub_relations(oxi) -> None:
    rows = run(oxi, "who-opposed", target="Krasner")
    fop = [r for r in rows if r["subject"] == ID + "philadelphia-fop"]
    assert {r["relationLabel"] for r in fop} >= {"sued", "criticized"}
    assert all(r["quote"] and r["document"] for r in rows)


def test_who_opposed_gascon_and_ayala(oxi) -> None:
    assert ID + "adda-los-angeles" in {r["subject"] for r in run(oxi, "who-opposed", target="Gascon")}
    assert ID + "rick-scott" in {r["subject"] for r in run(oxi, "who-opposed", target="Aramis Ayala")}


def test_who_funded_krasner_keeps_every_soros_figure_with_its_source(oxi) -> None:
    rows = run(oxi, "who-funded", target="Krasner")
    soros = {
        (Decimal(r["amount"]), r["document"][:3])
        for r in rows
        if r["amount"] and "Soros" in ((r["subjectLabel"] or "") + (r["viaLabel"] or ""))
    }
    assert {(Decimal(1450000), "003"), (Decimal(1700000), "002"), (Decimal(1000000), "001")} <= soros


def test_lawsuits_have_case_and_outcome(oxi) -> None:
    rows = run(oxi, "lawsuits", defendant="Rick Scott")
    assert {r["plaintiff"] for r in rows} == {ID + "aramis-ayala"}
    assert any("Ayala v. Scott" in (r["case"] or "") for r in rows)


def test_evidence_gives_offsets_that_match_the_document(oxi) -> None:
    rows = run(oxi, "evidence", subject="philadelphia-fop", relation="opposed", object="Krasner")
    assert rows
    for r in rows:
        text = (REPO / "corpus" / r["document"]).read_text(encoding="utf-8")
        assert text[int(r["start"]) : int(r["end"])] == r["quote"]


def test_timeline_is_in_date_order(oxi) -> None:
    dates = [r["date"] for r in run(oxi, "timeline")]
    assert len(dates) >= 5 and dates == sorted(dates)


def test_profile_lists_offices(oxi) -> None:
    offices = {r["office"] for r in run(oxi, "profile", actor="Gascón") if r["section"] == "office"}
    assert any("Los Angeles" in o for o in offices) and any("San Francisco" in o for o in offices)


# --- a fixture where coalitions and hostile names can be checked --------------------------


@pytest.fixture
def coalition(mini: Path) -> Path:
    """Mini project plus a union that sued two prosecutors, and an actor with a hostile name."""
    doc = mini / "corpus" / "a.txt"
    extra = 'The Springfield Police Union also sued Sam "Q" {Poe} #1.\n'
    doc.write_text(doc.read_text(encoding="utf-8") + extra, encoding="utf-8")
    ents = mini / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8")
        + textwrap.dedent(
            """\
            - id: sam-poe
              type: HeadProsecutor
              label: 'Sam "Q" {Poe} #1'
            """
        ),
        encoding="utf-8",
    )
    text = doc.read_text(encoding="utf-8")
    quote = "The Springfield Police Union also sued Sam"
    start = text.index(quote)
    with (mini / "annotations" / "assertions" / "a.yaml").open("a", encoding="utf-8") as fh:
        fh.write(
            f"  - subject: springfield-police-union\n    relation: sued\n    object: sam-poe\n"
            f'    evidence:\n      - quote: "{quote}"\n'
            f"        start: {start}\n        end: {start + len(quote)}\n"
        )
    assert run_kg(mini, "build").exit_code == 0
    return mini


def test_coalitions_on_a_fixture(coalition: Path) -> None:
    for backend in (OxigraphBackend, RdflibBackend):
        b = backend.from_file(coalition / "graph" / "prosecutor-kg.ttl")
        rows = run_named(b, get_named(REPO / "queries", "coalitions")).values()
        assert [(r["actorLabel"], r["prosecutors"]) for r in rows] == [("Springfield Police Union", "2")]


def test_hostile_name_is_a_value_not_query_text(coalition: Path) -> None:
    res = run_kg(coalition, "sued", 'Sam "Q" {Poe} #1', "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [d["subject"] for d in data] == ["Springfield Police Union"]


@pytest.mark.parametrize(
    "name",
    ['Krasner" } UNION { ?s ?p ?o } #', "'; DROP GRAPH <x> ; #", "{{{", "#"],
)
def test_injection_attempts_fail_cleanly(name: str) -> None:
    res = run_kg(REPO, "opposed", name)
    assert res.exit_code == 1
    assert "no actor called" in res.stderr and "Traceback" not in res.output


def test_punctuation_around_a_name_is_ignored_not_executed() -> None:
    # Name matching ignores punctuation, so this is simply "Krasner"; the query is unchanged.
    hostile, plain = run_kg(REPO, "opposed", "Krasner> } #"), run_kg(REPO, "opposed", "Krasner")
    assert hostile.exit_code == 0
    assert hostile.output == plain.output


def test_search_text_is_bound_not_pasted() -> None:
    res = run_kg(REPO, "search", '") } UNION { ?item ?p ?o } #', "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["results"]["bindings"] == []


# --- names ---------------------------------------------------------------------------------


def test_names_are_case_and_accent_insensitive(oxi) -> None:
    r = Resolver(oxi)
    assert r.actor("gascon")["value"] == r.actor("George Gascón")["value"] == ID + "george-gascon"
    assert r.actor("PHILADELPHIA FOP")["value"] == ID + "philadelphia-fop"


def test_ambiguous_name_lists_candidates() -> None:
    res = run_kg(REPO, "opposed", "district attorney")
    assert res.exit_code == 1
    assert "ambiguous" in res.stderr and "Larry Krasner" in res.stderr and "George Gascón" in res.stderr


def test_unknown_name_suggests() -> None:
    res = run_kg(REPO, "funded", "Krasnr")
    assert res.exit_code == 1
    assert "did you mean 'Larry Krasner'" in res.stderr


# --- the CLI and its formats ---------------------------------------------------------------


def test_lookup_text_shows_relation_quote_and_document() -> None:
    res = run_kg(REPO, "opposed", "Krasner")
    assert res.exit_code == 0
    assert "Philadelphia Fraternal Order of Police —sued→ Larry Krasner" in res.output
    assert "sued Krasner over a policy" in res.output
    assert "source: 002_7ff4504f4581d9ef.txt" in res.output


def test_lookup_by_and_no_evidence() -> None:
    res = run_kg(REPO, "funded", "--by", "George Soros", "--no-evidence")
    assert res.exit_code == 0
    assert "George Soros —funded→ Larry Krasner" in res.output and "“" not in res.output


def test_lookup_json_fields() -> None:
    res = run_kg(REPO, "sued", "Gascón", "--format", "json")
    data = json.loads(res.output)
    need = {
        "subject",
        "subject_iri",
        "relation",
        "object",
        "object_iri",
        "date",
        "amount",
        "quote",
        "document",
    }
    assert data and all(need <= set(d) for d in data)
    assert {d["object_iri"] for d in data} == {ID + "george-gascon"}


def test_lookup_csv_and_tsv_parse() -> None:
    for fmt, delim in (("csv", ","), ("tsv", "\t")):
        res = run_kg(REPO, "funded", "Krasner", "--format", fmt)
        rows = list(csv.DictReader(io.StringIO(res.output), delimiter=delim))
        assert len(rows) == 3 and all(r["quote"] for r in rows)


def test_query_result_formats_parse_with_standard_parsers() -> None:
    args = ("query", "who-opposed", "-p", "target=Krasner", "--format")
    j = json.loads(run_kg(REPO, *args, "json").output)
    assert "subjectLabel" in j["head"]["vars"] and j["results"]["bindings"]
    n = len(j["results"]["bindings"])
    for fmt, oxfmt in (
        ("csv", ox.QueryResultsFormat.CSV),
        ("tsv", ox.QueryResultsFormat.TSV),
        ("xml", ox.QueryResultsFormat.XML),
    ):
        out = run_kg(REPO, *args, fmt).output.encode("utf-8")
        if fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(out.decode())))) == n
        else:
            assert len(list(ox.parse_query_results(out, format=oxfmt))) == n


def test_sparql_construct_and_describe_give_rdf() -> None:
    q = (
        "PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#> "
        "CONSTRUCT { ?s pk:sued ?o } WHERE { ?s pk:sued ?o }"
    )
    out = run_kg(REPO, "sparql", q, "--format", "nt").output
    triples = list(ox.parse(out.encode(), format=ox.RdfFormat.N_TRIPLES))
    assert len(triples) >= 5
    out = run_kg(REPO, "sparql", f"DESCRIBE <{ID}larry-krasner>", "--format", "ttl").output
    assert list(ox.parse(out.encode(), format=ox.RdfFormat.TURTLE))


def test_sparql_from_file(tmp_path: Path) -> None:
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert run_kg(REPO, "sparql", str(f)).output.strip() == "yes"


@pytest.mark.parametrize(
    "q",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:1/x.ttl>",
        "CLEAR ALL",
        "DROP DEFAULT",
    ],
)
def test_sparql_refuses_updates(q: str) -> None:
    res = run_kg(REPO, "sparql", q)
    assert res.exit_code == 2
    assert "read-only" in res.stderr


def test_sparql_refuses_service() -> None:
    res = run_kg(REPO, "sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert res.exit_code == 2
    assert "SERVICE is refused" in res.stderr


def test_sparql_syntax_error_has_position_and_exit_2() -> None:
    res = run_kg(REPO, "sparql", "SELECT * WHERE {\n  ?s ?p \n}")
    assert res.exit_code == 2
    assert "line" in res.stderr and "column" in res.stderr
    assert "Traceback" not in res.output + res.stderr


def test_unknown_named_query_and_param() -> None:
    res = run_kg(REPO, "query", "who-oposed")
    assert res.exit_code == 2 and "did you mean who-opposed" in res.stderr
    res = run_kg(REPO, "query", "who-opposed", "-p", "targett=Krasner")
    assert res.exit_code == 2 and "no parameter 'targett'" in res.stderr


def test_queries_lists_questions() -> None:
    out = run_kg(REPO, "queries").output
    assert "who-opposed" in out and "Who opposed X?" in out


def test_path_and_actor_commands() -> None:
    out = run_kg(REPO, "path", "George Soros", "Philadelphia FOP").output
    assert "George Soros —funded→ Larry Krasner ←" in out and "sued" in out
    out = run_kg(REPO, "actor", "Aramis Ayala").output
    assert "State Attorney" in out and "sued Rick Scott" in out


def test_lookup_verbs_come_from_the_ontology() -> None:
    from kg.base.verbs import lookup_verbs

    verbs = lookup_verbs(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))
    assert {"opposed", "funded", "sued", "endorsed"} <= set(verbs)
    help_text = run_kg(REPO, "--help").output
    for v in verbs:
        assert f"  {v} " in help_text


# --- Python API ------------------------------------------------------------------------------


def test_python_api() -> None:
    import networkx as nx

    import kg

    g = kg.load(REPO)
    assert len(g) > 1000
    rows = kg.query("lawsuits", {"plaintiff": "Aramis Ayala"}, root=REPO)
    assert kg.lookup("sued", "Gascon", root=REPO)[0]["object"] == "George Gascón"
    assert rows and rows[0]["defendantLabel"] == "Rick Scott"
    G = kg.to_networkx(REPO)
    assert isinstance(G, nx.MultiDiGraph)
    edges = G.get_edge_data(ID + "philadelphia-fop", ID + "larry-krasner")
    rels = {d["relation"] for d in edges.values()}
    assert {"sued", "criticized"} <= rels
    sued = next(d for d in edges.values() if d["relation"] == "sued")
    assert sued["date"] == "2018-11-13" and sued["document"].startswith("002_") and sued["quote"]


def test_lookup_path_keeps_heavy_libraries_out() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kg.cli import main\n"
        "try:\n    main(['--root', sys.argv[1], 'opposed', 'Krasner'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in ('spacy', 'pyvis', 'pyshacl', 'rdflib', 'networkx') if m in sys.modules]\n"
        "print('LOADED', bad)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(REPO)], capture_output=True, text=True, check=True)
    assert "LOADED []" in out.stdout


@pytest.mark.parametrize("name", ["x" * 300, "../queries/search", "search.rq", "/etc/passwd"])
def test_a_named_query_name_never_becomes_a_path(name: str) -> None:
    res = run_kg(REPO, "query", name)
    assert res.exit_code in (1, 2) and isinstance(res.exception, SystemExit)
    assert res.output.startswith("error: no named query") and res.output.count("\n") == 1

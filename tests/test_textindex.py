"""The text index of `search` (kg.querying.textindex): the same rows as the query without it, on the
bundled graph, for every kind of text; exactly the keys that contain a text; user text never read as
FTS5 syntax; kept beside an on-disk store and opened read-only there."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from kg.querying.queries import (
    MAX_PAGE,
    Page,
    Resolver,
    bindings_for,
    count_total,
    get_named,
    page_text,
    run_named,
    total_text,
)
from kg.querying.store import OxigraphBackend, RdflibBackend, open_store
from kg.querying.textindex import (
    KEY_PREDICATES,
    MARKER,
    TextIndex,
    apply_index,
    markers,
    search_total,
)

GRAPH = REPO / "graph" / "prosecutor-kg.ttl"
SEARCH = get_named(REPO / "queries", "search")
WHOLE = page_text(SEARCH, Page(MAX_PAGE, 0))  # search is paged: every hit of the bundled graph on one page
PLAIN = re.sub(r"#[ \t]*text index:[^\n]*", "", WHOLE)  # the query without its index comments
HOSTILE = ['"', '""', '"krasner', "*", "kras*", "NEAR", "NEAR(krasner police)", "krasner OR gascon",
           "^krasner", "key:krasner", "'); DROP TABLE keys; --", "{krasner}", "krasner NOT x"]  # fmt: skip
TEXTS = [
    # ascii, several cases
    "krasner", "Krasner", "KRASNER", "police", "fraternal order", "district attorney",
    # accents and punctuation, folded the same way as the keys
    "Gascón", "GASCÓN", "gascon", "Gascón’s", "gascon's", "D.A.", "Sens. Bernie", "(D-Mass.)",
    # a text in many quotes, short texts (below the index: the query runs as written), no match
    "the", "prosecutor", "ing", "a", "da", "x", "zzqqxj", "krasnerx",
    *HOSTILE,
]  # fmt: skip


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("oxi") / "store"
    return {
        "oxigraph": OxigraphBackend.from_file(GRAPH),
        "disk": open_store(f"oxigraph:{db}", GRAPH),
        "rdflib": RdflibBackend.from_file(GRAPH),  # the reference: it reads the comments as comments
    }


def _rows(backend, text: str, query: str = WHOLE) -> list[dict]:
    bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
    return backend.query(query, bindings).values()


@pytest.mark.parametrize("text", [t for t in TEXTS if any(c.isalnum() for c in t)])
def test_search_gives_the_same_rows_with_the_text_index(stores: dict, text: str) -> None:
    """Every store gives the rows of the query run without the index, in the same order: Oxigraph
    with the index comments taken out, and rdflib, which reads them as the comments they are."""
    reference = _rows(stores["oxigraph"], text, PLAIN)
    # rdflib gives one row of nothing for an aggregate over no match (its quirk): left out
    assert [r for r in _rows(stores["rdflib"], text) if any(r.values())] == reference
    assert _rows(stores["oxigraph"], text) == reference
    assert _rows(stores["disk"], text) == reference
    first = run_named(stores["disk"], SEARCH, {"text": text})  # the first page, and the total
    assert first.values() == reference[: SEARCH.page] and first.total == len(reference)
    # the total's own index comments: the same count with the index and without (rdflib)
    rdf = stores["rdflib"]
    assert count_total(rdf, SEARCH, bindings_for(SEARCH, {"text": text}, Resolver(rdf))) == len(reference)
    # and the index was used wherever it can be
    ox = stores["oxigraph"]
    bindings = bindings_for(SEARCH, {"text": text}, Resolver(ox))
    assert apply_index(SEARCH.text, bindings, ox.text_index) is not None


def test_search_finds_what_the_text_says_with_the_index(stores: dict) -> None:
    """Not vacuous: the index finds the rows a reader expects, ranked, on the bundled graph."""
    rows = _rows(stores["oxigraph"], "Gascón")
    assert rows[0]["kind"] == "actor" and rows[0]["label"] == "George Gascón"
    assert any(r["kind"] == "quote" and "Gascón" in r["match"] for r in rows)
    assert _rows(stores["oxigraph"], "zzqqxj") == []
    assert len(_rows(stores["oxigraph"], "the")) > 100  # a text in many quotes
    page = run_named(stores["oxigraph"], SEARCH, {"text": "the"})
    assert len(page.rows) == SEARCH.page == 100 < page.total  # of which the first page


@pytest.mark.parametrize("text", HOSTILE)
def test_fts5_syntax_in_the_text_is_looked_for_as_characters(stores: dict, text: str) -> None:
    """Quotes, `*`, NEAR, OR, `^`, a column filter and SQL are characters to look for: the index gives
    exactly the keys that contain them, as CONTAINS would, and its table is untouched."""
    index = stores["oxigraph"].text_index()
    keys = index.db.execute("SELECT key, p, s FROM entries").fetchall()
    want: dict[str, set[str]] = {}
    for key, p, s in keys:
        if text in key:
            want.setdefault(p, set()).add(s)
    assert index.matches(text) == want
    assert index.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == len(keys)


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(st.text(alphabet="ab c'\"*^éß_-", min_size=0, max_size=12), min_size=1, max_size=12),
    text=st.text(alphabet="ab c'\"*^éß_-", min_size=1, max_size=5),
)
def test_the_index_finds_exactly_the_keys_that_contain_a_text(keys: list[str], text: str) -> None:
    """A trigram phrase (a scan for a text under MIN_CHARS characters) is a substring test: the
    same subjects as Python's `in`, which is CONTAINS."""
    p = KEY_PREDICATES[2]
    index = TextIndex.build((f"http://x/{i}", p, k) for i, k in enumerate(keys))
    want = {f"http://x/{i}" for i, k in enumerate(keys) if text in k}
    assert index.matches(text) == ({p: want} if want else {})


@settings(max_examples=50, deadline=None)
@given(
    keys=st.lists(st.text(alphabet="abc ", min_size=0, max_size=8), min_size=1, max_size=12),
    texts=st.lists(st.text(alphabet="abc ", min_size=1, max_size=4), min_size=1, max_size=12),
)
def test_the_recent_texts_kept_give_what_the_index_finds(keys: list[str], texts: list[str]) -> None:
    """TextIndex keeps the matches of its last RECENT_TEXTS texts (a page and its total look up the
    same text): any sequence of lookups, with repeats and more texts than it keeps, gives what the
    keys say each time."""
    p = KEY_PREDICATES[0]
    index = TextIndex.build((f"http://x/{i}", p, k) for i, k in enumerate(keys))
    for text in texts + texts[::-1] + texts:
        want = {f"http://x/{i}" for i, k in enumerate(keys) if text in k}
        assert index.matches(text) == ({p: want} if want else {})


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(st.text(alphabet="ab2 \0é", min_size=0, max_size=8), min_size=1, max_size=15),
    texts=st.lists(st.text(alphabet="ab2 \0é", min_size=1, max_size=2), min_size=1, max_size=8),
)
def test_short_texts_scanned_in_memory_find_what_instr_finds(keys: list[str], texts: list[str]) -> None:
    """A text under MIN_CHARS characters, once SCAN_IN_MEMORY of them were looked up, is looked for
    in the keys read into memory (one string, a NUL between keys): the same keys, each once (its
    key count too), as Python's `in`; a text holding a NUL is still scanned by SQLite."""
    from kg.querying.textindex import SCAN_IN_MEMORY

    p, q = KEY_PREDICATES[2], KEY_PREDICATES[0]
    rows = [(f"http://x/{i % 5}", p if i % 3 else q, k) for i, k in enumerate(keys)]
    rows = list(dict.fromkeys(rows))  # distinct, as KEYS_QUERY gives them
    index = TextIndex.build(rows)
    for text in ["zz"] * SCAN_IN_MEMORY + texts:  # the first ones before the keys are in memory
        index._recent.clear()  # noqa: SLF001 - each lookup a scan, not the recent texts kept
        want: dict[str, set[str]] = {}
        count: dict[str, int] = {}
        for s, pred, k in rows:
            if text in k:
                want.setdefault(pred, set()).add(s)
                count[pred] = count.get(pred, 0) + 1
        assert index.matches(text) == want, text
        assert index.key_count(text) == count, text
    assert index._scan is not None  # noqa: SLF001 - not vacuous: the keys were scanned in memory


def test_every_index_comment_of_a_named_query_names_a_key_and_a_parameter() -> None:
    """A typo in a `# text index:` line would silently turn the index off: each names one of the
    indexed keys and a parameter of its query, and `search` has one per branch."""
    from kg.querying.queries import load_named
    from kg.querying.textindex import _PREFIX, _expand

    seen = 0
    for nq in load_named(REPO / "queries").values():
        prefixes = {(m.group(1) or ""): m.group(2) for m in _PREFIX.finditer(nq.text)}
        for var, pred, param in markers(nq.text):
            seen += 1
            assert _expand(pred, prefixes) in KEY_PREDICATES, (nq.name, pred)
            assert nq.param(param) is not None, (nq.name, param)
            assert f"?{var}" in nq.text
    # search: the actor hits' two keys, once each (every actor hit is ranked once per page), then
    # the quotes' key; its total has one per key too
    assert seen >= 3 and len(markers(SEARCH.text)) == 3 and len(markers(SEARCH.total or "")) == 3
    assert MARKER.match("# text index: ?item pk:labelKey contains ?text")


def test_the_index_is_never_used_for_what_it_cannot_answer(
    stores: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A literal with a language or a datatype, an unknown predicate, no index comment: None (the
    query runs as written)."""
    index = stores["oxigraph"].text_index
    text = SEARCH.text

    def lit(value: str, **more: str) -> dict:
        return {"text": {"type": "literal", "value": value, **more}}

    assert apply_index(text, lit("kras", **{"xml:lang": "en"}), index) is None
    assert apply_index(text, lit("kras", datatype="http://www.w3.org/2001/XMLSchema#integer"), index) is None
    assert apply_index(text.replace("pk:quoteKey contains", "pk:other contains"), lit("kras"), index) is None
    assert apply_index("SELECT * WHERE { ?s ?p ?o }", lit("kras"), index) is None
    # a marker inside a string is text, not a comment
    quoted = 'SELECT ?text WHERE { BIND("# text index: ?s pk:labelKey contains ?text" AS ?x) }'
    assert apply_index(quoted, lit("kras"), index) is None
    # a text in more keys than the engine should read as VALUES (kg.querying.textindex.MAX_SUBJECTS)
    import kg.querying.textindex as textindex

    # (counted per VALUES block, after a page's cut: the page's quotes are at most LIMIT + OFFSET)
    many = len(index().matches("the")[KEY_PREDICATES[2]])
    total = total_text(SEARCH)
    assert many > SEARCH.page and total is not None
    assert apply_index(text, lit("the"), index) is not None
    assert apply_index(total, lit("the"), index) is not None
    monkeypatch.setattr(textindex, "MAX_SUBJECTS", many - 1)
    assert apply_index(total, lit("the"), index) is None  # all the quotes: too many
    assert apply_index(text, lit("the"), index) is not None  # a page of them
    # a page that reaches past all (its quotes come after its few actor rows: `after search's actors`)
    assert apply_index(page_text(SEARCH, Page(many, many)), lit("the"), index) is None
    monkeypatch.undo()
    written = apply_index(text, lit("krasner"), index)
    assert written is not None
    actor = "https://w3id.org/prosecutor-kg/id/actor/"
    # the actors with an alias containing "krasner" (Krasner's critics, Larry Krasner), less those
    # whose name contains it too (both), unless the alias is "krasner" itself (Larry Krasner's,
    # which ranks him 2 where his name gives 3): `less the hits of pk:labelKey unless equal`
    assert index().matches("krasner")[KEY_PREDICATES[1]] == {
        f"{actor}krasner-critics",
        f"{actor}larry-krasner",
    }
    assert index().equal("krasner") == {KEY_PREDICATES[1]: {f"{actor}larry-krasner"}}
    assert f"VALUES ?hit {{ <{actor}larry-krasner> }}" in written
    assert written.count("VALUES ?") == 3 and not markers(written)
    # the same in the total (which counts an actor once, whichever key found it)
    assert f"VALUES ?item {{ <{actor}larry-krasner> }}" in (apply_index(total, lit("krasner"), index) or "")
    # the other key must be another of the index's keys
    odd = text.replace("less the hits of pk:labelKey", "less the hits of pk:aliasKey")
    assert apply_index(odd, lit("krasner"), index) is None
    assert (
        apply_index(text.replace("less the hits of pk:labelKey", "less the hits of pk:x"), lit("k"), index)
        is None
    )
    # and have a marker of its own, whose rows stand in for those left out
    label_marker = "# text index: ?hit pk:labelKey contains ?text, in place of the next line"
    alone = text.replace(label_marker, "# (none)")
    assert label_marker in text and all(pred != "pk:labelKey" for _, pred, _ in markers(alone))
    assert apply_index(alone, lit("krasner"), index) is None


def test_an_on_disk_store_keeps_its_text_index_read_only(tmp_path: Path) -> None:
    """Beside the store (kg-cache/<graph hash>/search-N.sqlite), written whole, then opened read-only
    by every later process; a broken file is rebuilt, not trusted."""
    db = tmp_path / "store"
    first = open_store(f"oxigraph:{db}", GRAPH)
    assert isinstance(first, OxigraphBackend)
    first.prepare_text_index()
    del first  # it loaded the store, so it holds RocksDB's write lock: the later opens are read-only
    kept = next((db / "kg-cache").glob("*/search-*.sqlite"))
    assert not list(kept.parent.glob("*.tmp"))
    again = open_store(f"oxigraph:{db}", GRAPH)
    index = again.text_index()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        index.db.execute("DELETE FROM keys")
    memory = OxigraphBackend.from_file(GRAPH).text_index()
    assert index.matches("krasner") == memory.matches("krasner")
    kept.write_bytes(b"not a database")
    assert open_store(f"oxigraph:{db}", GRAPH).text_index().matches("krasner") == memory.matches("krasner")


def test_kg_serve_prepares_the_index_and_its_workers_search_with_it(tmp_path: Path) -> None:
    """`kg serve` on an on-disk store writes the index before its workers start (they only read it),
    and /api/named/search gives the rows the query gives without the index."""
    import json
    import urllib.parse

    from kg.serve.launch import kg_server
    from test_serve import http

    store = tmp_path / "store"
    with kg_server(REPO, "--store", f"oxigraph:{store}", "--workers", "1", "--no-access-log") as url:
        assert list((store / "kg-cache").glob("*/search-*.sqlite"))  # before any search
        for text in ("Gascón", "police", '"NEAR* OR ^x'):
            status, _, body = http(url + "api/named/search?" + urllib.parse.urlencode({"text": text}))
            assert status == 200, body
            got = [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]
            plain = _rows(OxigraphBackend.from_file(GRAPH), text, PLAIN)
            assert got == [{k: v for k, v in r.items() if v is not None} for r in plain]


def test_a_marker_in_place_of_the_next_line_stands_for_that_line_only(stores: dict) -> None:
    """`, in place of the next line`: the VALUES replaces the key pattern and its CONTAINS test (the
    engine does not read the keys again), and only that line; another line there, or none, and the
    query runs as written."""
    index = stores["oxigraph"].text_index
    lit = {"text": {"type": "literal", "value": "krasner"}}
    marker = "  # text index: ?qs pk:quoteKey contains ?text, in place of the next line\n"
    head = "PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>\nSELECT ?text ?qs WHERE {\n"
    line = "  ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))\n"
    written = apply_index(head + marker + line + "}\n", lit, index)
    assert written is not None and "pk:quoteKey" not in written.split("WHERE", 1)[1]
    assert written.count("VALUES ?qs {") == 1 and "text index" not in written
    backend = stores["oxigraph"]
    got = sorted(r["qs"] for r in backend.query(written, lit).values())
    assert got == sorted(r["qs"] for r in backend.query(head + line + "}\n", lit).values()) != []
    for other in (
        "  ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?other))\n",  # another parameter
        "  ?qs pk:labelKey ?key . FILTER(CONTAINS(?key, ?text))\n",  # another key
        "  ?x pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))\n",  # another subject
        "  ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text)) ?qs ?p ?o .\n",  # more on the line
        "  ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text)) # a comment\n",
    ):
        assert apply_index(head + marker + other + "}\n", lit, index) is None, other
    assert apply_index(head + marker.rstrip("\n"), lit, index) is None  # no next line
    # search writes its quotes' key this way, in the page and in the total
    assert [m for m in markers(SEARCH.text) if m[1] == "pk:quoteKey"] == [("hit", "pk:quoteKey", "text")]
    assert "in place of the next line" in SEARCH.text and "in place of the next line" in (SEARCH.total or "")


@pytest.mark.parametrize("text", ["the", "police", "krasner", "da", "a"])
def test_a_page_reads_only_the_quotes_that_can_be_on_it(stores: dict, text: str) -> None:
    """`, up to the page by IRI, after search's actors`: the page's VALUES of quotes holds the first
    LIMIT + OFFSET - (actor rows) quote hits by IRI only, and every page gives the rows of the query
    without the index, on the first page, across the boundary between actor and quote hits, and
    past the end."""
    backend = stores["oxigraph"]
    bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
    every = _rows(backend, text, PLAIN)
    actors = sum(r["kind"] == "actor" for r in every)
    quotes = backend.text_index().matches(bindings["text"]["value"]).get(KEY_PREDICATES[2], set())
    assert len(every) - actors == len(quotes)  # one row per quote hit
    listed_counts = []
    pages = ((1, 0), (3, 0), (5, max(0, actors - 2)), (4, actors), (7, actors + 3), (5, len(every)))
    for limit, offset in pages:
        text_of_page = page_text(SEARCH, Page(limit, offset))
        written = apply_index(text_of_page, bindings, backend.text_index)
        assert written is not None
        quote_values = re.search(r"VALUES \?hit \{([^}]*)\}\s*\n\s*\?hit oa:exact", written)
        assert quote_values is not None
        listed = re.findall(r"<([^>]+)>", quote_values.group(1))
        assert listed == sorted(quotes)[: max(0, limit + offset - actors)]  # after the actor rows
        listed_counts.append(len(listed))
        plain = re.sub(r"#[ \t]*text index:[^\n]*", "", text_of_page)
        assert backend.query(written, bindings).values() == backend.query(plain, bindings).values()
        assert _rows(stores["disk"], text, text_of_page) == every[offset : offset + limit]
    if len(quotes) > 8:
        assert min(listed_counts) < len(quotes)  # not vacuous: the cut left quotes out


def test_a_page_marker_without_a_page_line_runs_the_query_as_written(stores: dict) -> None:
    """`up to the page by IRI` needs the query's `# page` line to know how far a page reaches:
    without one the query runs as written; with one, LIMIT + OFFSET subjects are written."""
    index = stores["oxigraph"].text_index
    lit = {"text": {"type": "literal", "value": "krasner"}}
    head = "PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>\nSELECT ?text ?qs WHERE {\n"
    marker = (
        "  # text index: ?qs pk:quoteKey contains ?text, in place of the next line, up to the page by IRI\n"
    )
    line = "  ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))\n"
    assert apply_index(head + marker + line + "}\n", lit, index) is None
    page = "} ORDER BY ?qs\n  LIMIT 1 OFFSET 1  # page\n}}\n"
    paged = head + "{ SELECT ?qs WHERE {\n" + marker + line + page
    written = apply_index(paged, lit, index)
    assert written is not None
    values = written.split("VALUES ?qs {", 1)[1].split("}", 1)[0]
    assert values.count("<https://") == 2  # LIMIT + OFFSET subjects
    assert MARKER.match(marker.strip()) and MARKER.match(marker.strip()).group(5)


# What search means, written as the plain union of actor hits and quote hits joined up to their
# assertion, unpaged: the named query, however it is shaped for speed (its page's actors apart,
# only the page's quotes joined up), must give these rows, page by page.
MEANING = """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?text ?rank ?kind ?item ?label ?match ?document WHERE {
  {
    { SELECT ?text ?hit ?name (MIN(?r) AS ?rank) WHERE {
        { ?hit pk:labelKey ?key ; rdfs:label ?name . FILTER(CONTAINS(?key, ?text))
          BIND(IF(?key = ?text, 1, 3) AS ?r) }
        UNION
        { ?hit pk:aliasKey ?key ; rdfs:label ?name . FILTER(CONTAINS(?key, ?text))
          BIND(IF(?key = ?text, 2, 4) AS ?r) }
      } GROUP BY ?text ?hit ?name }
    BIND("actor" AS ?kind) BIND(LCASE(?name) AS ?order)
    BIND(?hit AS ?item) BIND(?name AS ?label) BIND(?name AS ?match)
  } UNION {
    ?hit pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))
    ?hit oa:exact ?match . ?t oa:hasSelector ?hit . ?e oa:hasTarget ?t .
    ?item pk:hasEvidence ?e ; rdfs:label ?label ; pk:statedIn ?doc . ?doc pk:fileName ?document .
    BIND(5 AS ?rank) BIND("quote" AS ?kind)
  }
}
ORDER BY ?rank ?order ?hit
"""


@pytest.mark.parametrize("text", ["the", "krasner", "da", "gascón", "zzqqxj"])
def test_each_page_of_search_is_a_slice_of_what_it_means(stores: dict, text: str) -> None:
    """Every page of search, on both sides of the boundary between actor and quote hits and past
    the end, is the slice of the plain union (MEANING), on Oxigraph with the index and on rdflib
    without it: a reshaped query for speed is held to what search means, not to its old text."""
    backend = stores["oxigraph"]
    bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
    meaning = backend.query(MEANING, bindings).values()
    actors = sum(r["kind"] == "actor" for r in meaning)
    assert _rows(backend, text) == meaning
    if text != "zzqqxj":
        assert actors and len(meaning) > actors  # not vacuous: both kinds of hit
        assert all(r["document"] for r in meaning if r["kind"] == "quote")
        assert not any(r["document"] for r in meaning if r["kind"] == "actor")
    pages = ((1, 0), (3, 0), (5, max(0, actors - 2)), (4, actors), (7, actors + 3), (5, len(meaning)))
    for limit, offset in pages:
        page = page_text(SEARCH, Page(limit, offset))
        assert _rows(backend, text, page) == meaning[offset : offset + limit]
        rdf = [r for r in _rows(stores["rdflib"], text, page) if any(r.values())]
        assert rdf == meaning[offset : offset + limit]


def test_actors_found_by_name_and_alias_are_ranked_once_on_a_synthetic_graph(tmp_path: Path) -> None:
    """A synthetic graph gives its disambiguated actors ("Jason Cole (2)") an alias with the same
    suffix, so that "(2)" finds each by its name and its alias: the alias branch leaves them out
    (`less the hits of pk:labelKey unless equal`), and every page and the total are those of the
    query run without the index."""
    from kg.scale.synth import synthesize

    graph = tmp_path / "g.nt"
    synthesize(graph, 20_000, 3, REPO / "ontology")
    backend = OxigraphBackend.from_file(graph)
    plain = re.sub(r"#[ \t]*text index:[^\n]*", "", WHOLE)
    for text in ("(2)", "association", "fund", "smith"):
        bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
        folded = bindings["text"]["value"]
        found = backend.text_index().matches(folded)
        both = found.get(KEY_PREDICATES[0], set()) & found.get(KEY_PREDICATES[1], set())
        if text == "(2)":
            assert len(both) >= 3  # not vacuous: actors both keys find (4 in this graph)
        written = apply_index(WHOLE, bindings, backend.text_index) or ""
        for s in both - backend.text_index().equal(folded).get(KEY_PREDICATES[1], set()):
            assert written.count(f"<{s}>") == 1  # in the names' VALUES only
        reference = backend.query(plain, bindings).values()
        assert backend.query(WHOLE, bindings).values() == reference, text
        first = run_named(backend, SEARCH, {"text": text, "limit": "7"})
        assert first.values() == reference[:7] and first.total == len(reference), text


def test_a_page_reads_only_the_actors_that_can_be_on_it_on_a_synthetic_graph(tmp_path: Path) -> None:
    """`, up to the page by search rank`: the page's VALUES of actors (names and aliases) holds only
    the actors of the first LIMIT + OFFSET actor rows in the page's order (rank, the name's LCASE,
    the IRI), which the index tells from the names' orders it keeps; every page, before, across and
    after the boundary between actor and quote hits, gives the rows of the query without the index."""
    from kg.scale.synth import synthesize

    graph = tmp_path / "g.nt"
    synthesize(graph, 20_000, 3, REPO / "ontology")
    backend = OxigraphBackend.from_file(graph)
    cut = 0
    for text in ("(2)", "association", "fund", "smith", "a", "jason cole"):
        bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
        found = backend.text_index().matches(bindings["text"]["value"])
        hits = found.get(KEY_PREDICATES[0], set()) | found.get(KEY_PREDICATES[1], set())
        every = backend.query(PLAIN, bindings).values()
        actors = sum(r["kind"] == "actor" for r in every)
        edge = max(0, actors - 2)
        pages = ((1, 0), (3, 0), (10, 5), (5, edge), (4, actors), (7, actors + 3), (5, len(every)))
        for limit, offset in pages:
            page = page_text(SEARCH, Page(limit, offset))
            written = apply_index(page, bindings, backend.text_index)
            assert written is not None
            listed = set()
            for block in re.findall(r"VALUES \?hit \{([^}]*)\}\s*\n\s*\?hit rdfs:label", written):
                listed |= set(re.findall(r"<([^>]+)>", block))
            assert listed <= hits
            if len(listed) < len(hits):
                cut += 1
                assert len(listed) <= limit + offset
            quotes = re.search(r"VALUES \?hit \{([^}]*)\}\s*\n\s*\?hit oa:exact", written)
            assert quotes is not None
            assert quotes.group(1).count("<") <= max(0, limit + offset - actors)  # after the actor rows
            plain = re.sub(r"#[ \t]*text index:[^\n]*", "", page)
            got = backend.query(written, bindings).values()
            assert got == every[offset : offset + limit], (text, limit, offset)
            assert backend.query(plain, bindings).values() == every[offset : offset + limit]
    assert cut >= 5  # not vacuous: pages of texts in many names left actors out


def test_no_cut_by_search_rank_for_a_name_that_is_not_a_plain_string(tmp_path: Path) -> None:
    """Names with a language (ordered by other rules than a plain string's): no cut, the same rows."""
    nt = tmp_path / "g.nt"
    pk, label = "https://w3id.org/prosecutor-kg/ontology#", "http://www.w3.org/2000/01/rdf-schema#label"
    lines = []
    for i in range(30):
        name = f'"Ann Smith {i:02d}"' + ("@en" if i == 7 else "")
        lines.append(f"<urn:a{i}> <{label}> {name} .")
        lines.append(f'<urn:a{i}> <{pk}labelKey> "ann smith {i:02d}" .')
    nt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    backend = OxigraphBackend.from_file(nt)
    bindings = bindings_for(SEARCH, {"text": "smith"}, Resolver(backend))
    page = page_text(SEARCH, Page(3, 0))
    written = apply_index(page, bindings, backend.text_index)
    assert written is not None and written.count("<urn:a") == 30  # every actor listed: no cut
    plain = re.sub(r"#[ \t]*text index:[^\n]*", "", page)
    assert backend.query(written, bindings).values() == backend.query(plain, bindings).values()
    orders, unplain = backend.text_index().orders()
    assert unplain == {"urn:a7"} and orders["urn:a3"] == ["ann smith 03"]


TOTAL = total_text(SEARCH) or ""
TOTAL_PLAIN = re.sub(r"#[ \t]*text index:[^\n]*", "", TOTAL)  # the total without its index comments


@pytest.mark.parametrize("text", [t for t in TEXTS if any(c.isalnum() for c in t)])
def test_search_total_is_counted_by_the_index_as_the_engine_counts_it(stores: dict, text: str) -> None:
    """`# text index: search's total for ?text, in place of this query`: the index counts search's
    total (no engine), and the rows are those of the total run without the index; the count is
    rdflib's (which gives an aggregate over no match one empty row, hence the sums)."""

    def total(rows: list[dict]) -> int:
        return sum(int(r["total"]["value"]) for r in rows if "total" in r)

    reference = stores["rdflib"].query(
        TOTAL, bindings_for(SEARCH, {"text": text}, Resolver(stores["rdflib"]))
    )
    for name in ("oxigraph", "disk"):
        backend = stores[name]
        bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
        assert search_total(TOTAL, bindings, backend.text_index) is not None  # the index counted it
        got = backend.query(TOTAL, bindings)
        assert got.rows == backend.query(TOTAL_PLAIN, bindings).rows, (name, text)
        assert total(got.rows) == total(reference.rows), (name, text)


def test_search_total_counts_every_name_of_an_actor_and_every_quote_key(tmp_path: Path) -> None:
    """One actor hit per actor and name, whatever the name (a language, an IRI), an actor with a key
    and no name counts none; one quote hit per quote key (a passage with two keys counts twice), as
    the query without the index counts them."""
    pk, label = "https://w3id.org/prosecutor-kg/ontology#", "http://www.w3.org/2000/01/rdf-schema#label"
    nt = tmp_path / "g.nt"
    nt.write_text(
        "\n".join([
            f'<urn:a1> <{label}> "Ann Smith" .', f'<urn:a1> <{label}> "Ann Smith"@en .',
            f"<urn:a1> <{label}> <urn:name> .", f'<urn:a1> <{pk}labelKey> "ann smith" .',
            f'<urn:a2> <{pk}aliasKey> "smithy" .',  # no name
            f'<urn:a3> <{label}> "Bo" .', f'<urn:a3> <{pk}aliasKey> "bo smith" .',
            f'<urn:a3> <{pk}labelKey> "bo" .',
            f'<urn:q1> <{pk}quoteKey> "smith said" .', f'<urn:q1> <{pk}quoteKey> "said smith" .',
            f'<urn:q2> <{pk}quoteKey> "no one" .',
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    backend = OxigraphBackend.from_file(nt)
    for text in ("smith", "bo", "said", "s", "zz"):
        bindings = bindings_for(SEARCH, {"text": text}, Resolver(backend))
        counted = search_total(TOTAL, bindings, backend.text_index)
        rows = backend.query(TOTAL_PLAIN, bindings).rows
        assert counted == sum(int(r["total"]["value"]) for r in rows), text
        assert backend.query(TOTAL, bindings).rows == rows, text
    smith = bindings_for(SEARCH, {"text": "smith"}, Resolver(backend))
    assert search_total(TOTAL, smith, backend.text_index) == 3 + 0 + 1 + 2  # a1's names, a2, a3, q1's keys


def test_search_total_is_never_counted_for_another_query(stores: dict) -> None:
    """The marker stands for search's total only: another query under it, other prefixes, a text that
    is not a plain string, an index that does not know the actors' names: the query runs."""
    backend = stores["oxigraph"]
    bindings = bindings_for(SEARCH, {"text": "krasner"}, Resolver(backend))
    assert search_total(TOTAL, bindings, backend.text_index) == 44
    changed = {
        "another pattern": TOTAL.replace("?item rdfs:label ?label", "?item pk:name ?label", 1),
        "a filter more": TOTAL.replace("} GROUP BY", "FILTER(false) } GROUP BY"),
        "pk elsewhere": TOTAL.replace("ontology#>", "ontology/>", 1),
        "no marker": TOTAL_PLAIN,
        "two markers": TOTAL + "# text index: search's total for ?text, in place of this query\n",
        "another parameter": TOTAL.replace("total for ?text", "total for ?other"),
    }
    for why, text in changed.items():
        assert search_total(text, bindings, backend.text_index) is None, why
    assert search_total(TOTAL, {"text": {"type": "literal", "value": "krasner", "xml:lang": "en"}},
                        backend.text_index) is None  # fmt: skip
    bare = TextIndex.build([("urn:x", KEY_PREDICATES[0], "krasner")])  # no names' counts
    assert search_total(TOTAL, bindings, lambda: bare) is None
    # and the total with a changed text is still the engine's
    got = backend.query(changed["a filter more"], bindings).rows
    assert got == []

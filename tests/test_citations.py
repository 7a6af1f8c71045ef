"""Every answer citable on its own: the source's URL, title, publisher and date, and the curator's
note, in CLI lookups (text, json, csv, tsv), `kg actor`, and the GraphML/GEXF/CSV exports.

The expected values are read from the curated inputs (corpus/sources.yaml and
annotations/assertions/*.yaml), not from the graph, so a build or query that drops them fails here.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import yaml

from conftest import REPO, run_kg

FOX_DOC = "000_157d255a560187af.txt"


def sources() -> dict[str, dict[str, Any]]:
    return {d["file"]: d for d in yaml.safe_load((REPO / "corpus" / "sources.yaml").read_text("utf-8"))}


def noted() -> list[dict[str, Any]]:
    """Every curated assertion with a note: document, relation, first quote and the note."""
    out = []
    for f in sorted((REPO / "annotations" / "assertions").glob("*.yaml")):
        data = yaml.safe_load(f.read_text("utf-8"))
        for a in data["assertions"]:
            if a.get("note") and a.get("curation", "reviewed") == "reviewed":
                quotes = [e["quote"] for e in a["evidence"]]
                out.append({"document": data["document"], "relation": a["relation"], "quotes": quotes, **a})
    return out


def fox() -> dict[str, Any]:
    """The curated assertion this file follows: Fox News criticized Larry Krasner, from a column
    with a URL, with a note that changes how the quote reads ("The network" = Fox News)."""
    want = ("fox-news", "criticized", "larry-krasner")
    (a,) = [a for a in noted() if (a["subject"], a["relation"], a["object"]) == want]
    return a


def test_the_inputs_hold_what_these_tests_follow() -> None:
    src = sources()[FOX_DOC]
    assert src["url"].startswith("https://www.washingtonpost.com/")
    assert fox()["note"] == "'The network' = Fox News (previous sentence)."
    assert len(noted()) == 44  # the issue counts 44 of 129 assertions with a note


# -- CLI lookups -------------------------------------------------------------------------------


def test_lookup_text_shows_each_quotes_url_and_note() -> None:
    res = run_kg(REPO, "opposed", "Krasner")
    assert res.exit_code == 0, res.output
    blocks = res.output.split("\n\n")
    (block,) = [b for b in blocks if b.startswith("Fox News —criticized→ Larry Krasner")]
    lines = block.splitlines()
    assert f"    url: {sources()[FOX_DOC]['url']}" in lines
    assert f"    note: {fox()['note']}" in lines
    # An answer from a source without a URL says nothing about one (no empty "url:" line).
    (mirage,) = [b for b in blocks if b.startswith("Assistant United States Attorneys")]
    assert "url:" not in mirage
    assert "note: Federal prosecutors took over ('usurped') Krasner's cases." in mirage


CITE = ("url", "title", "publisher", "published", "note")


def test_lookup_json_carries_url_title_publisher_published_note() -> None:
    res = run_kg(REPO, "opposed", "Krasner", "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert all(set(CITE) <= set(r) for r in rows)
    (row,) = [r for r in rows if r["subject"] == "Fox News"]
    src = sources()[FOX_DOC]
    assert {k: row[k] for k in CITE} == {
        "url": src["url"],
        "title": src["title"],
        "publisher": src["publisher"],
        "published": str(src["date"]),
        "note": fox()["note"],
    }
    # Where the curator wrote no note and the source has no URL, the fields are null, not "".
    (other,) = [r for r in rows if r["subject"] == "31 assistant DAs fired by Krasner"]
    assert other["note"] is None and other["url"] is None and other["title"]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_lookup_csv_and_tsv_have_the_citation_columns(fmt: str, delimiter: str) -> None:
    res = run_kg(REPO, "opposed", "Krasner", "--format", fmt)
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output), delimiter=delimiter))
    assert set(CITE) <= set(rows[0])
    (row,) = [r for r in rows if r["subject"] == "Fox News"]
    assert (row["url"], row["note"], row["publisher"]) == (
        sources()[FOX_DOC]["url"],
        fox()["note"],
        "The Washington Post",
    )


def test_every_noted_assertion_shows_its_note_in_some_lookup() -> None:
    """All 44 notes reach the lookups (kg.api.lookup, which the CLI's verbs call): each curated
    note is on the answer with the same relation and quote."""
    from kg.api import lookup

    by_relation: dict[str, list[dict[str, Any]]] = {}
    for a in noted():
        by_relation.setdefault(a["relation"], []).append(a)
    for relation, items in sorted(by_relation.items()):
        answers = lookup(relation, root=REPO)
        for a in items:
            hits = [
                r
                for r in answers
                if set(r["quotes"]) & set(a["quotes"])
                and str(r["subject_iri"]).endswith(f"/{a['subject']}")
                and str(r["object_iri"]).endswith(f"/{a['object']}")
            ]
            assert [r["note"] for r in hits] == [a["note"]], (relation, a["note"])


def test_kg_actor_shows_url_and_note() -> None:
    res = run_kg(REPO, "actor", "Larry Krasner")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    i = lines.index("  was criticized by Fox News")
    block = lines[i : i + 6]
    assert f"      url: {sources()[FOX_DOC]['url']}" in block
    assert f"      note: {fox()['note']}" in block
    res = run_kg(REPO, "actor", "Larry Krasner", "--format", "json")
    rels = json.loads(res.output)["relations"]
    (rel,) = [r for r in rels if r["other"] == "Fox News" and r["direction"] == "in"]
    assert (rel["url"], rel["note"], rel["publisher"], rel["published"]) == (
        sources()[FOX_DOC]["url"],
        fox()["note"],
        "The Washington Post",
        "2021-02-09",
    )


# -- exports -----------------------------------------------------------------------------------


def export(fmt: str, out: Path) -> Path:
    res = run_kg(REPO, "export", "--format", fmt, "-o", str(out))
    assert res.exit_code == 0, res.output
    return out


def check_edges(edges: list[dict[str, Any]]) -> None:
    """Each noted assertion's edge carries its note; edges from the column carry its URL,
    publisher and date; no other edge has a note or a URL."""
    src = sources()
    for a in noted():
        match = [
            e
            for e in edges
            if e["relation"] == a["relation"]
            and e["quote"] in a["quotes"]
            and e["assertion"].rsplit("/", 1)[-1].startswith(f"{a['subject']}--")
        ]
        assert match, a
        assert {e.get("note") for e in match} == {a["note"]}
    assert sum(1 for e in edges if e.get("note")) == len(noted())
    for e in edges:
        url = src[e["document"]]["url"]
        assert (e.get("url") or None) == url
        if e["document"] == FOX_DOC:
            assert (e["publisher"], str(e["published"])) == ("The Washington Post", "2021-02-09")


def test_graphml_edges_carry_url_and_note(tmp_path: Path) -> None:
    H = nx.read_graphml(export("graphml", tmp_path / "g.graphml"), force_multigraph=True)
    check_edges([d for _, _, d in H.edges(data=True)])


def test_gexf_edges_carry_url_and_note(tmp_path: Path) -> None:
    H = nx.read_gexf(export("gexf", tmp_path / "g.gexf"))
    check_edges([d for _, _, d in H.edges(data=True)])


def test_csv_edges_carry_url_and_note(tmp_path: Path) -> None:
    with export("csv", tmp_path / "r.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"url", "publisher", "published", "note"} <= set(rows[0])
    check_edges([{k: (v or None) for k, v in r.items()} for r in rows])

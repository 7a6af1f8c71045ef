"""Extraction (issue 4): the rules on sentences written here, `kg extract` / `kg eval` /
`kg ingest` end to end in temporary copies, and bad documents that must not stop the others."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal

from conftest import REPO, run_kg
from kg.base import ontology
from kg.base.errors import KGError
from kg.base.ontology import PK
from kg.curate.curation import AssertionFile, Entity

DOC = "003_c26d35726d52cf95.txt"


# --- the rules, on sentences written for these tests ---------------------------------------------


@pytest.fixture(scope="module")
def onto() -> ontology.Ontology:
    return ontology.load(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))


@pytest.fixture(scope="module")
def extractor(onto: ontology.Ontology):
    from kg.extraction.extract import Extractor
    from kg.extraction.rules import load_rules

    registry = {
        e.id: e
        for e in [
            Entity(id="jane-roe", type="HeadProsecutor", label="Jane Roe", aliases=["Roe"]),
            Entity(id="springfield-police-union", type="PoliceUnion", label="Springfield Police Union"),
            Entity(id="justice-fund", type="ActionFund", label="Justice Fund"),
        ]
    }
    return Extractor(onto, load_rules(onto), registry)


def claims(extractor, text: str) -> list[tuple[str, str, str, bool]]:
    return [(p.subject.name, p.relation, p.object.name, p.negated) for p in extractor.extract_text(text)]


def only(extractor, text: str):
    found = extractor.extract_text(text)
    assert len(found) == 1, [(p.subject.name, p.relation, p.object.name) for p in found]
    return found[0]


def test_active_voice(extractor) -> None:
    p = only(extractor, "The Springfield Police Union sued District Attorney Jane Roe over her bail policy.")
    assert (p.subject.entity_id, p.relation, p.object.entity_id) == (
        "springfield-police-union",
        "sued",
        "jane-roe",
    )
    assert p.negated is False and p.rule == "sue-active"
    assert p.quote == "The Springfield Police Union sued District Attorney Jane Roe over her bail policy."


def test_passive_voice_swaps_the_roles_and_keeps_the_date(extractor) -> None:
    p = only(extractor, "Jane Roe was sued by the Springfield Police Union on March 3, 2019.")
    assert (p.subject.name, p.relation, p.object.name) == ("Springfield Police Union", "sued", "Jane Roe")
    assert p.date == "2019-03-03"


def test_negated_relations_are_flagged_not_asserted(extractor) -> None:
    for text in (
        "The Springfield Police Union did not sue Jane Roe.",
        "The Springfield Police Union never sued Jane Roe.",
        "The Justice Fund declined to endorse Jane Roe.",
    ):
        p = only(extractor, text)
        assert p.negated is True, text


def test_retracted_endorsement_is_negated(extractor) -> None:
    p = only(extractor, "In May the Justice Fund withdrew its endorsement of Jane Roe.")
    assert (p.subject.name, p.relation, p.object.name, p.negated) == (
        "Justice Fund",
        "endorsed",
        "Jane Roe",
        True,
    )


def test_nominal_forms(extractor) -> None:
    assert claims(extractor, "Jane Roe won the endorsement of the Justice Fund.") == [
        ("Justice Fund", "endorsed", "Jane Roe", False)
    ]
    assert claims(extractor, "The Springfield Police Union filed a federal lawsuit against Jane Roe.") == [
        ("Springfield Police Union", "sued", "Jane Roe", False)
    ]
    assert ("Justice Fund", "supported", "Springfield Police Union", False) in claims(
        extractor, "The Springfield Police Union, with the support of the Justice Fund, sued Jane Roe."
    )
    assert claims(extractor, "Jane Roe faced fierce resistance from the Springfield Police Union.") == [
        ("Springfield Police Union", "opposed", "Jane Roe", False)
    ]


def test_money_with_amount_and_qualifier(extractor) -> None:
    p = only(extractor, "The Justice Fund contributed more than $1.5 million to Jane Roe's campaign.")
    assert (p.subject.name, p.relation, p.object.name) == ("Justice Fund", "funded", "Jane Roe")
    assert (p.amount, p.currency, p.amount_qualifier) == (Decimal(1_500_000), "USD", "more than")
    p = only(extractor, "The Justice Fund put $250,000 behind the Roe campaign.")
    assert (p.relation, p.object.name, p.amount) == ("funded", "Jane Roe", Decimal(250_000))


def test_money_against_a_candidate_is_opposition(extractor) -> None:
    p = only(extractor, "The Justice Fund poured $50,000 into a committee opposing Jane Roe.")
    assert (p.relation, p.object.name, p.amount) == ("opposed", "Jane Roe", Decimal(50_000))


def test_pronoun_resolves_at_lower_confidence(extractor) -> None:
    direct = only(extractor, "Jane Roe sued the Springfield Police Union.")
    p = only(
        extractor, "Jane Roe took office in January. Months later, she sued the Springfield Police Union."
    )
    assert (p.subject.entity_id, p.relation, p.object.entity_id) == (
        "jane-roe",
        "sued",
        "springfield-police-union",
    )
    assert p.subject.kind == "pronoun"
    assert p.confidence < direct.confidence


def test_unknown_actor_from_title_and_surname(extractor) -> None:
    p = only(extractor, "Gov. Ron DeSantis criticized Jane Roe.")
    assert (p.subject.name, p.subject.type, p.subject.entity_id) == ("Ron DeSantis", "Governor", None)
    later = only(extractor, "Gov. Ron DeSantis spoke in Tampa. Two days later DeSantis denounced Jane Roe.")
    assert later.subject.name == "Ron DeSantis" and later.subject.kind == "surname"
    assert later.confidence < p.confidence


def test_unknown_organisation_gets_a_proposed_type(extractor) -> None:
    p = only(extractor, "The Riverside Police Benevolent Association endorsed Jane Roe.")
    assert (p.subject.name, p.subject.type) == ("Riverside Police Benevolent Association", "PoliceUnion")


def test_hypothetical_is_below_the_default_threshold(extractor) -> None:
    p = only(extractor, "If the Springfield Police Union sues Jane Roe, it will lose.")
    assert p.confidence < 0.5


def test_threatened_and_case_citation(extractor) -> None:
    p = only(extractor, "The Springfield Police Union threatened to sue Jane Roe.")
    assert p.status == "threatened" and not p.negated
    p = only(extractor, "Springfield Police Union v. Roe was argued last spring.")
    assert (p.relation, p.case) == ("sued", "Springfield Police Union v. Roe")


def test_coordinated_subjects_each_get_the_relation(extractor) -> None:
    got = claims(extractor, "The Justice Fund and the Springfield Police Union endorsed Jane Roe.")
    assert ("Justice Fund", "endorsed", "Jane Roe", False) in got
    assert ("Springfield Police Union", "endorsed", "Jane Roe", False) in got


@pytest.mark.parametrize(
    ("text", "subject", "relation"),
    [
        ("Mayor Ann Lee blasted Jane Roe on Twitter.", "Ann Lee", "criticized"),
        ("Sheriff Tom Mack slammed Roe's decision as reckless.", "Tom Mack", "criticized"),
        ("Sen. Bill Hart denounced Jane Roe's policies in a floor speech.", "Bill Hart", "criticized"),
        ("Police Chief Dan Ortiz accused Jane Roe of putting officers at risk.", "Dan Ortiz", "criticized"),
        ("Commentator Joe Park derided Jane Roe as soft on crime.", "Joe Park", "criticized"),
        ("Mayor Ann Lee rebuked Jane Roe on Friday.", "Ann Lee", "criticized"),
        (
            "Jane Roe came under fire from the Springfield Police Union.",
            "Springfield Police Union",
            "criticized",
        ),
        ("The Springfield Police Union lashed out at Jane Roe.", "Springfield Police Union", "criticized"),
        ("Sheriff Tom Mack, a vocal critic of Jane Roe, spoke at the rally.", "Tom Mack", "criticized"),
        (
            "The Springfield Police Union resisted Jane Roe's directives.",
            "Springfield Police Union",
            "opposed",
        ),
        ("The Springfield Police Union pushed back against Jane Roe.", "Springfield Police Union", "opposed"),
        (
            "The Springfield Police Union has clashed with Jane Roe since 2019.",
            "Springfield Police Union",
            "opposed",
        ),
        (
            "Roe's plan met fierce opposition from the Springfield Police Union.",
            "Springfield Police Union",
            "opposed",
        ),
        (
            "The Springfield Police Union challenged Roe's policy in court.",
            "Springfield Police Union",
            "sued",
        ),
        (
            "The Springfield Police Union took Jane Roe to court over the policy.",
            "Springfield Police Union",
            "sued",
        ),
        (
            "The suit by the Springfield Police Union accuses Jane Roe of ignoring state law.",
            "Springfield Police Union",
            "sued",
        ),
        (
            "The Springfield Police Union launched a recall effort against Jane Roe.",
            "Springfield Police Union",
            "soughtRemovalOf",
        ),
        ("Jane Roe won the primary with the backing of the Justice Fund.", "Justice Fund", "supported"),
        ("The Justice Fund gave Jane Roe $5,000 in June.", "Justice Fund", "funded"),
        ("The Justice Fund spent $1.2 million on behalf of Jane Roe.", "Justice Fund", "funded"),
    ],
)
def test_how_news_phrases_the_relations(extractor, text: str, subject: str, relation: str) -> None:
    assert (subject, relation, "Jane Roe", False) in claims(extractor, text)


def test_criticism_in_quoted_words(extractor) -> None:
    assert claims(extractor, "The Springfield Police Union called Roe's bail policy “a disaster.”") == [
        ("Springfield Police Union", "criticized", "Jane Roe", False)
    ]
    assert claims(extractor, "Jane Roe was branded a “menace” by the Springfield Police Union.") == [
        ("Springfield Police Union", "criticized", "Jane Roe", False)
    ]
    assert claims(extractor, "The Springfield Police Union ran anti-Roe ads all summer.") == [
        ("Springfield Police Union", "opposed", "Jane Roe", False)
    ]


def test_subject_across_apposition_relative_clause_and_coordination(extractor) -> None:
    for text in (
        "The Springfield Police Union, the city's largest law enforcement union, sued Jane Roe.",
        "The Springfield Police Union, which represents 2,000 officers, sued Jane Roe.",
        "Jane Roe, who was elected in 2019, was sued by the Springfield Police Union.",
    ):
        assert claims(extractor, text) == [("Springfield Police Union", "sued", "Jane Roe", False)], text
    # A relative clause between subject and verb; "is suing" is active, not passive.
    assert claims(
        extractor, "The union that represents the city's rank-and-file officers is suing Jane Roe."
    ) == [("union", "sued", "Jane Roe", False)]
    # The subject of an infinitive, and of a second coordinated verb, is the clause's subject.
    assert ("Ron DeSantis", "criticized", "Jane Roe", False) in claims(
        extractor, "Gov. Ron DeSantis used his speech to blast Jane Roe."
    )
    # Suspending an elected prosecutor removes her from office.
    assert claims(extractor, "Gov. Ron DeSantis suspended Jane Roe and criticized her policies.") == [
        ("Ron DeSantis", "criticized", "Jane Roe", False),
        ("Ron DeSantis", "soughtRemovalOf", "Jane Roe", False),
    ]
    both = claims(extractor, "Along with the Justice Fund, the Springfield Police Union sued Jane Roe.")
    assert ("Justice Fund", "sued", "Jane Roe", False) in both
    assert ("Springfield Police Union", "sued", "Jane Roe", False) in both
    objects = claims(extractor, "The Springfield Police Union sued Jane Roe and Mayor Ann Lee.")
    assert ("Springfield Police Union", "sued", "Ann Lee", False) in objects


def test_what_is_not_a_relation(extractor) -> None:
    for text in (
        "Jane Roe criticized the decision, the Springfield Police Union said.",
        "The Springfield Police Union's president said Jane Roe had been fair.",
        "The union's president mocked Jane Roe at the rally.",  # the president, not the union
        "Jane Roe called the Springfield Police Union on Monday.",
        "The Justice Fund launched a campaign to elect Jane Roe.",
        "A recall effort against Roe, backed by the Springfield Police Union, failed.",
    ):
        found = [c for c in claims(extractor, text) if c[1] in ("criticized", "opposed", "supported")]
        assert found == [], text


def test_headlines_and_case_captions(extractor) -> None:
    p = only(extractor, "Governor Ron DeSantis Slams Prosecutor Jane Roe Over Charging Decisions")
    assert (p.subject.name, p.relation, p.object.name) == ("Ron DeSantis", "criticized", "Jane Roe")
    p = only(extractor, "Smith, *Riverside Police Benevolent Association Sues Jane Roe*, GAZETTE (2021).")
    assert (p.subject.name, p.relation) == ("Riverside Police Benevolent Association", "sued")
    p = only(extractor, "See *City of Springfield v. Jane Roe*, 12 F.4th 345 (2021).")
    assert (p.subject.name, p.subject.type, p.relation, p.case) == (
        "City of Springfield",
        "GovernmentAgency",
        "sued",
        "City of Springfield v. Jane Roe",
    )


def test_a_vote_of_no_confidence_is_not_negated(extractor) -> None:
    p = only(extractor, "The Springfield Police Union passed a vote of no confidence in Jane Roe.")
    assert (p.relation, p.negated) == ("opposed", False)


def test_descriptions_defined_and_resolved_by_their_head(extractor) -> None:
    # "the police union in Rivertown" defines a new actor; "the union" later refers to it.
    text = (
        "Jane Roe was called a “disgrace” by the police union in Rivertown. "
        "The mayor spoke. The council met. The judge ruled. Later the union lobbied against Roe."
    )
    got = claims(extractor, text)
    assert ("police union in Rivertown", "criticized", "Jane Roe", False) in got
    assert ("police union in Rivertown", "opposed", "Jane Roe", False) in got
    # "the project" finds "Harbor Reentry Project" by its head noun, however far back.
    text = (
        "The Harbor Reentry Project opened in 2015. "
        + "It grew. " * 6
        + "The project was funded by the Justice Fund."
    )
    assert ("Justice Fund", "funded", "Harbor Reentry Project", False) in claims(extractor, text)


def test_an_apposition_says_what_an_unknown_name_is(extractor) -> None:
    p = only(extractor, "Our Future, the organization that grew out of the campaign, endorsed Jane Roe.")
    assert (p.subject.name, p.subject.type) == ("Our Future", "Organization")


def test_chapter_names_are_not_linked(onto: ontology.Ontology) -> None:
    """A registry alias that every city's lodge shares ("Fraternal Order of Police") is found as
    an organisation but not linked to the one lodge the registry knows."""
    from kg.extraction.extract import Extractor
    from kg.extraction.rules import load_rules

    lodge = Entity(
        id="springfield-fop",
        type="PoliceUnion",
        label="Springfield Lodge",
        aliases=["Fraternal Order of Police"],
    )
    ex = Extractor(onto, load_rules(onto), {lodge.id: lodge})
    p = only(ex, "The Fraternal Order of Police sued District Attorney Jane Roe.")
    assert (p.subject.name, p.subject.entity_id) == ("Fraternal Order of Police", None)


def test_rule_lemmas_are_lemmas(onto: ontology.Ontology) -> None:
    """A LEMMA value the lemmatizer never produces ("funding" is lemmatised "fund") never matches."""
    from kg.extraction.rules import load_rules
    from kg.extraction.text import lemma_table

    table = lemma_table()
    dead = [
        (rule.name, value)
        for rule in load_rules(onto).relations
        for tok in rule.pattern
        for value in (
            [tok["LEMMA"]] if isinstance(tok.get("LEMMA"), str) else tok.get("LEMMA", {}).get("IN", [])
        )
        if table.get(value, value) != value
    ]
    assert dead == []


def test_rules_must_name_ontology_relations(onto: ontology.Ontology, tmp_path: Path) -> None:
    from kg.extraction.rules import RULES_FILE, load_rules

    bad = tmp_path / "rules.yaml"
    bad.write_text(RULES_FILE.read_text(encoding="utf-8").replace("relation: sued", "relation: litigated", 1))
    with pytest.raises(KGError, match="litigated.*does not define"):
        load_rules(onto, bad)


# --- kg extract and kg build --include-candidates, in a temporary copy ---------------------------


def digests(root: Path, *dirs: str) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for d in dirs
        for p in sorted((root / d).rglob("*"))
        if p.is_file()
    }


def test_extract_writes_candidates_that_build_into_the_graph(real_copy: Path) -> None:
    curated = digests(real_copy, "corpus", "annotations/assertions")
    res = run_kg(real_copy, "extract", "003", "000")  # 003's are all curated already; 000 has new ones
    assert res.exit_code == 0, res.output
    assert "KB/s" in res.stderr
    path = real_copy / "annotations" / "candidates" / "003_c26d35726d52cf95.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    af = AssertionFile.model_validate(data)
    assert af.document == DOC and af.assertions
    text = (real_copy / "corpus" / DOC).read_text(encoding="utf-8")
    for a in af.assertions:
        assert a.confidence is not None and a.rule and a.negated is not None
        assert a.id and a.id.startswith("cand-")
        for ev in a.evidence:
            assert text[ev.start : ev.end] == ev.quote
    soros = [a for a in af.assertions if a.subject == "george-soros" and a.relation == "funded"]
    assert soros and soros[0].amount == 1_450_000
    assert digests(real_copy, "corpus", "annotations/assertions") == curated

    res = run_kg(real_copy, "build", "--include-candidates")
    assert res.exit_code == 0, res.output
    g = Graph().parse(real_copy / "graph" / "prosecutor-kg.ttl")
    cands = set(g.subjects(PK.curation, Literal("candidate")))
    # the candidates that are not curated yet (kg review's pending ones): a curated one is left out
    pending = json.loads(run_kg(real_copy, "review", "list", "--format", "json").stdout)
    assert len(cands) == sum(p["status"] == "pending" for p in pending) > 0
    for node in cands:
        assert g.value(node, PK.rule) is not None and g.value(node, PK.confidence) is not None


def test_extract_jsonl_fields(real_copy: Path) -> None:
    res = run_kg(real_copy, "extract", DOC, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows
    for row in rows:
        assert {
            "subject",
            "relation",
            "object",
            "quote",
            "start",
            "end",
            "confidence",
            "rule",
            "negated",
        } <= set(row)
    # Known actors are named by their registry label.
    assert any(r["subject"] == "George Soros" and r["relation"] == "funded" for r in rows)
    assert not (real_copy / "annotations" / "candidates").exists()


def test_extract_with_two_processes_matches_one(real_copy: Path) -> None:
    one = run_kg(real_copy, "extract", "000", "003", "--format", "jsonl")
    two = run_kg(real_copy, "extract", "000", "003", "--format", "jsonl", "--n-process", "2")
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout and one.stdout


# --- kg eval -------------------------------------------------------------------------------------


def test_eval_prints_its_table(real_copy: Path) -> None:
    res = run_kg(real_copy, "eval")
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "leave-one-document-out" in out and "Misses" in out and "False positives" in out
    rows = {
        m.group(1): [float(x) for x in m.groups()[1:]]
        for m in re.finditer(
            r"^(sued|funded|endorsed|opposed|overall)\s+\d+\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$",
            out,
            re.MULTILINE,
        )
    }
    assert set(rows) == {"sued", "funded", "endorsed", "opposed", "overall"}
    precision, recall, _f1 = rows["overall"]
    assert precision >= 0.6 and recall >= 0.15  # a sane floor, not the tuned figure


# --- kg ingest -----------------------------------------------------------------------------------

ARTICLE = "Gazette, 2023.\n\nThe Riverside Police Benevolent Association sued District Attorney Ann Lee.\n"


def test_ingest_adds_a_document_and_refuses_the_same_text_twice(real_copy: Path, tmp_path: Path) -> None:
    before = digests(real_copy, "corpus")
    src = tmp_path / "article.txt"
    src.write_bytes(("\ufeff" + ARTICLE).replace("\n", "\r\n").encode("utf-8"))
    res = run_kg(
        real_copy, "ingest", str(src), "--title", "A suit", "--publisher", "Gazette", "--date", "2023-04"
    )
    assert res.exit_code == 0, res.output
    added = sorted(set(digests(real_copy, "corpus")) - set(before))
    assert len(added) == 1 and re.fullmatch(r"corpus/005_[0-9a-f]{16}\.txt", added[0])
    assert (real_copy / added[0]).read_bytes() == ARTICLE.encode("utf-8")  # normalised
    sources = yaml.safe_load((real_copy / "corpus" / "sources.yaml").read_text(encoding="utf-8"))
    assert sources[-1]["title"] == "A suit" and sources[-1]["date"] == "2023-04"
    for name, digest in before.items():
        if name != "corpus/sources.yaml":
            assert digests(real_copy, "corpus")[name] == digest

    again = tmp_path / "same.txt"
    again.write_text(ARTICLE, encoding="utf-8")
    res = run_kg(real_copy, "ingest", str(again), "--title", "Again")
    assert res.exit_code == 1
    assert "already in the corpus" in res.stderr and Path(added[0]).name in res.stderr

    res = run_kg(real_copy, "extract", Path(added[0]).name, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout.splitlines()[0])
    assert (row["subject"], row["relation"], row["object"]) == (
        "Riverside Police Benevolent Association",
        "sued",
        "Ann Lee",
    )


def test_ingest_rejects_a_bad_date(real_copy: Path, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    res = run_kg(real_copy, "ingest", str(src), "--title", "T", "--date", "2023-02-30")
    assert res.exit_code == 1 and "calendar date" in res.stderr


# --- bad documents: one clear error each, the others go on, nothing else touched ------------------


def test_bad_files_fail_alone(real_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The Justice Fund endorsed District Attorney Ann Lee.\n", encoding="utf-8")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le procureur Gascón a été poursuivi.\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    before = digests(real_copy, "corpus", "annotations")

    files = [str(p) for p in (binary, latin1, good, empty, huge)]
    res = run_kg(real_copy, "extract", *files, "--format", "jsonl")
    assert res.exit_code == 1
    err = res.stderr
    assert re.search(r"image\.bin: binary file", err)
    assert re.search(r"latin1\.txt:1: document is not valid UTF-8", err)
    assert re.search(r"empty\.txt: document is empty", err)
    assert re.search(r"huge\.txt: document is 52\.4 MB, over the 5 MB limit", err)
    assert "4 of 5 document(s) failed; the others were processed" in err
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["document"], r["subject"], r["relation"]) for r in rows] == [
        ("good.txt", "Justice Fund", "endorsed")
    ]
    assert digests(real_copy, "corpus", "annotations") == before

    for bad in (binary, latin1, empty, huge):
        res = run_kg(real_copy, "ingest", str(bad), "--title", "x")
        assert res.exit_code == 1 and bad.name in res.stderr
    assert digests(real_copy, "corpus", "annotations") == before


# --- limits: time per document, length, option values ---------------------------------------------


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_a_document_over_its_time_budget_is_skipped_and_the_others_go_on(
    real_copy: Path, tmp_path: Path, n_process: str
) -> None:
    # spaCy's tokenizer splits a run of "$" one character at a time and searches the rest again
    # each time: 40 KB of it would take minutes. The budget stops it; the good file is still read.
    dollars = tmp_path / "dollars.txt"
    dollars.write_text("$" * 40_000 + "\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("The Justice Fund endorsed District Attorney Ann Lee.\n", encoding="utf-8")
    before = digests(real_copy, "corpus", "annotations")
    res = run_kg(
        real_copy, "extract", str(dollars), str(good), "--format", "jsonl", "--timeout", "2",
        "--n-process", n_process,
    )  # fmt: skip
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: " + str(dollars) + ": stopped after 2 s, the time limit for this document; skipped "
        "(raise the limit with --timeout)"
    ]
    assert "1 of 2 document(s) failed; the others were processed" in res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["document"], r["subject"], r["relation"]) for r in rows] == [
        ("good.txt", "Justice Fund", "endorsed")
    ]
    assert digests(real_copy, "corpus", "annotations") == before


def test_the_pipeline_still_works_after_a_document_was_stopped(extractor) -> None:
    from kg.extraction.budget import OverBudget, time_budget

    with pytest.raises(OverBudget), time_budget(0.2):
        extractor.extract_text("(" * 40_000)
    assert claims(extractor, "The Justice Fund endorsed Jane Roe.") == [
        ("Justice Fund", "endorsed", "Jane Roe", False)
    ]


def test_a_document_longer_than_spacys_max_length_is_read(extractor) -> None:
    # spaCy refuses a text over nlp.max_length (E088); the size limit is --max-mb's, so the
    # extractor lets in whatever the caller read (10M characters under --max-mb 20).
    saved = extractor.nlp.max_length
    text = "The Justice Fund endorsed Jane Roe. " + "Nothing happened that day. " * 100
    extractor.nlp.max_length = 1_000
    try:
        assert len(text) > extractor.nlp.max_length
        assert claims(extractor, text) == [("Justice Fund", "endorsed", "Jane Roe", False)]
        assert [n for n, _ in extractor.extract([(text, "a"), (text, "b")])] == ["a", "b"]
    finally:
        extractor.nlp.max_length = saved


def test_long_sentences_keep_their_quotes_and_hypotheticals(extractor) -> None:
    # A "sentence" with no end: the quote is cut to the words of the fact, and a condition far
    # before the trigger still counts (the parse says which clause the "if" governs).
    filler = "and the weather was mild " * 40
    text = f"If the weather holds {filler}the Springfield Police Union sues Jane Roe {filler}"
    p = only(extractor, text)
    assert p.quote == "Springfield Police Union sues Jane Roe"
    assert p.status == "hypothetical"
    repeated = ("the Springfield Police Union sued Jane Roe and " * 300).strip()
    p = only(extractor, repeated)
    assert len(p.evidence) == 300  # one passage per repetition, none twice


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "0", "lots"])
def test_max_mb_must_be_a_finite_positive_number(real_copy: Path, value: str) -> None:
    for args in (["extract", "003"], ["ingest", str(real_copy / "corpus" / DOC), "--title", "x"]):
        res = run_kg(real_copy, *args, "--max-mb", value)
        assert res.exit_code == 2, res.output
        assert "Invalid value for '--max-mb'" in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_timeout_must_be_a_finite_number(real_copy: Path, value: str) -> None:
    res = run_kg(real_copy, "extract", "003", "--timeout", value)
    assert res.exit_code == 2 and "Invalid value for '--timeout'" in res.stderr


# --- references and argument choice in news phrasing --------------------------------------------


def test_a_place_or_a_compound_before_a_description_names_a_new_actor(extractor) -> None:
    # "the Rivertown police union" is not the Springfield union named before it.
    text = "The Springfield Police Union endorsed Ann Lee. Jane Roe was sued by the Rivertown police union."
    assert ("Rivertown police union", "sued", "Jane Roe", False) in claims(extractor, text)
    text = (
        "The Springfield Police Union endorsed Ann Lee. "
        "Jane Roe faced fierce opposition from the deputy district attorneys union."
    )
    got = claims(extractor, text)
    assert ("deputy district attorneys union", "opposed", "Jane Roe", False) in got
    assert ("Springfield Police Union", "opposed", "Jane Roe", False) not in got


def test_a_description_out_of_view_refers_to_the_latest_compatible_actor(extractor) -> None:
    # Nothing compatible within the window, and no name with the description's words: "the
    # police union" still finds the lodge (a police union by its type), further back.
    text = "The Rivertown Lodge endorsed Ann Lee. " + "The debate went on. " * 5
    text += "The police union later criticized Jane Roe."
    p = next(p for p in extractor.extract_text(text) if p.relation == "criticized")
    assert (p.subject.name, p.subject.kind) == ("Rivertown Lodge", "description")
    near = "The Rivertown Lodge endorsed Ann Lee. The police union later criticized Jane Roe."
    q = next(p for p in extractor.extract_text(near) if p.relation == "criticized")
    assert p.confidence < q.confidence  # the further back, the less sure


def test_a_pronoun_prefers_an_actor_in_its_own_sentence(extractor) -> None:
    # "him" is Tom Park of this sentence, though "of" governs him and Bob Hale is free.
    text = "Mayor Bob Hale spoke on Monday. Critics of Sheriff Tom Park are pushing to recall him."
    got = claims(extractor, text)
    assert ("Critics", "soughtRemovalOf", "Tom Park", False) in got
    assert not any(o == "Bob Hale" for _s, _r, o, _n in got)


def test_infinitive_subjects_coordination_versus_object_control(extractor) -> None:
    # A second verb phrase keeps the clause's subject ...
    got = claims(extractor, "Republican lawmakers attacked Jane Roe and moved to impeach her.")
    assert ("Republican lawmakers", "soughtRemovalOf", "Jane Roe", False) in got
    # ... but the object of "organized" is who denounces.
    text = "The Springfield Police Union organized suburban police chiefs to denounce Jane Roe."
    got = claims(extractor, text)
    assert ("suburban police chiefs", "criticized", "Jane Roe", False) in got
    assert ("Springfield Police Union", "criticized", "Jane Roe", False) not in got


def test_a_possessive_before_a_past_tense_verb_is_not_its_subject(extractor) -> None:
    text = "Tom Park gave money. Prosecutors in his own office voted no confidence in Jane Roe."
    assert not any(s == "Tom Park" for s, _r, _o, _n in claims(extractor, text))


def test_removal_reassignment_and_rulings_as_news_writes_them(extractor) -> None:
    got = claims(extractor, "Gov. Ron DeSantis removed Jane Roe from more than two dozen cases.")
    assert got == [("Ron DeSantis", "reassignedCasesFrom", "Jane Roe", False)]
    got = claims(extractor, "A Springfield judge blocked Jane Roe's directive on sentencing enhancements.")
    assert got == [("Springfield judge", "ruledAgainst", "Jane Roe", False)]
    got = claims(extractor, "The Springfield Police Union backed the recall of Jane Roe.")
    assert ("Springfield Police Union", "soughtRemovalOf", "Jane Roe", False) in got


def test_verbs_and_adverbs_do_not_modify_collectives(extractor) -> None:
    from kg.extraction.mentions import get_mentions

    doc = extractor.nlp(
        "The mayor wanted to give prosecutors more power and to prosecute aggressively police officers."
    )
    names = {doc[m.start : m.end].text for m in get_mentions(doc)}
    assert "prosecutors" in names and "police officers" in names
    assert not names & {"give prosecutors", "aggressively police officers"}


def test_backing_praise_resignation_calls_and_passive_recall(extractor) -> None:
    got = claims(extractor, "Jane Roe received the backing of Mayor Ann Lee and the Justice Fund.")
    assert ("Ann Lee", "supported", "Jane Roe", False) in got
    assert ("Justice Fund", "supported", "Jane Roe", False) in got
    got = claims(extractor, "The Justice Fund praised Jane Roe's decision.")
    assert got == [("Justice Fund", "supported", "Jane Roe", False)]
    got = claims(extractor, "The Springfield Police Union called on Jane Roe to resign.")
    assert got == [("Springfield Police Union", "soughtRemovalOf", "Jane Roe", False)]
    got = claims(extractor, "Jane Roe was recalled by the Springfield Police Union in June.")
    assert got == [("Springfield Police Union", "soughtRemovalOf", "Jane Roe", False)]


def test_the_object_of_an_infinitive_is_not_what_a_passive_acts_on(extractor) -> None:
    # The donors paid for the campaign against Roe; they did not fund Roe.
    got = claims(extractor, "The campaign to oust Jane Roe was bankrolled by the Justice Fund.")
    assert ("Justice Fund", "funded", "Jane Roe", False) not in got


def test_a_collective_noun_stands_for_its_members(extractor) -> None:
    got = claims(extractor, "A coalition of police unions filed a lawsuit challenging Jane Roe's policies.")
    assert got == [("police unions", "sued", "Jane Roe", False)]


def test_union_leaders_and_officials_are_collectives(extractor) -> None:
    got = claims(extractor, "Police union leaders called Jane Roe “a disaster” for the city.")
    assert got == [("Police union leaders", "criticized", "Jane Roe", False)]
    got = claims(extractor, "Union officials blasted Jane Roe.")
    assert got == [("Union officials", "criticized", "Jane Roe", False)]


# --- lawsuits across sentences, echoes, place governments ----------------------------------------


def test_courts_and_years_read_from_citations_by_eyecite(onto) -> None:
    from kg.extraction.lawsuits import COURT_NAMES, court_ids, read_citation
    from kg.extraction.rules import load_rules

    aliases = court_ids(load_rules(onto).lawsuits)
    cases = {
        # caption, citation -> courts-db's name of the court, year
        "Roe v. Doe, 123 F.3d 456 (9th Cir. 2019)": ("Court of Appeals for the Ninth Circuit", 2019),
        "Roe v. Doe, 123 F.3d 456 (3d Cir. 2019)": ("Court of Appeals for the Third Circuit", 2019),
        "Smith v. City of Springfield, 2021 WL 1234567 (E.D. Pa. Mar. 3, 2021)": (
            "District Court, E.D. Pennsylvania",
            2021,
        ),
        "Doe v. Roe, 5 F. Supp. 3d 6 (N.D. Ill. 2020)": ("District Court, N.D. Illinois", 2020),
        "*Roe v. Doe*, 267 A.3d 531, 553 (Pa. Cmwlth. 2021)": ("Commonwealth Court of Pennsylvania", 2021),
        "People v. Roe, 45 N.Y.3d 678 (N.Y. 2020)": ("New York Court of Appeals", 2020),
        "Ayala v. Roe, 224 So. 3d 755, 757 (Fla. 2017)": ("Florida Supreme Court", 2017),
        "Doe v. Roe, 600 U.S. 1 (2023)": ("Supreme Court of the United States", 2023),
        "*Roe v. Doe*, 2019 WL 7816597 (Ct. C.P. Phila. Cnty.)": ("Common Pleas Court of Pennsylvania", None),
    }
    for case, (court, year) in cases.items():
        text = "As the court held. " + case + ". Next sentence."
        at = text.index(case)
        after = at + case.index(",") - (1 if "*," in case else 0)
        cite = read_citation(text, at, after, aliases)
        assert cite is not None, case
        assert (COURT_NAMES.get(cite.court or ""), cite.year) == (court, year), case
        # Offsets are the document's: the reporter citation and the parenthetical's words.
        assert text[cite.start : cite.end] == case.split(", ")[1].split(" (")[0], case
        assert cite.paren is not None
        assert text[cite.paren[0] - 1 : cite.paren[1] + 1] == case[case.rindex("(") :], case
    # A court that courts-db and the table do not know, or only a year: no court, not a guessed one.
    for case in ("Roe v. Doe, 12 F.4th 345 (Xyz. Ct. 2020)", "Roe v. Doe, 12 F.4th 345 (2021)"):
        cite = read_citation(case, 0, case.index(","), aliases)
        assert cite is not None and cite.court is None, case
    # A docket number is no reporter, which eyecite does not read; its parenthetical still names
    # the court, looked up as eyecite looks up a citation's.
    for case, court in (
        ("Roe v. Doe, No. 21-1 (Cal. Super. Ct. L.A. Cnty. 2021)", "Los Angeles Superior Court"),
        (
            "*Roe v. Doe*, No. 2:21-cv-1, at 21 (E.D. Pa. Mar. 3, 2021) (order)",
            "District Court, E.D. Pennsylvania",
        ),
    ):
        cite = read_citation(case, 0, case.index(",") - ("*," in case), aliases)
        assert cite is not None and (COURT_NAMES[cite.court or ""], cite.year) == (court, 2021), case
        assert case[cite.start : cite.end].startswith("No. ")
    # The first citation after a caption belongs to it only if nothing but "*, " stands between.
    case = "Roe v. Doe; see Smith v. Jones, 123 F.3d 456 (9th Cir. 2019)"
    assert read_citation(case, 0, case.index(";"), aliases) is None


CITED = (
    "The lawsuit was dismissed in 2019. *Roe v. Doe*, 123 F.3d 456 (3d Cir. 2019).\n\n"
    "The court granted a preliminary injunction. *Smith v. City of Springfield*, 2021 WL 1234567 "
    "(E.D. Pa. Mar. 3, 2021).\n\n"
    "The suit was dismissed as moot. *Lee v. Riverside County*, 45 N.Y.3d 678 (N.Y. 2020).\n"
)


def test_kg_extract_reports_the_court_and_year_of_a_cited_case(mini: Path, tmp_path: Path) -> None:
    src = tmp_path / "cited.txt"
    src.write_text(CITED, encoding="utf-8")
    res = run_kg(mini, "extract", str(src), "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    got = {(r["subject"], r["object"], r["date"], r["case"]) for r in rows if r["relation"] == "ruledAgainst"}
    # A dismissal goes against the plaintiff, an injunction against the defendant; the court is
    # courts-db's name for the citation's court, the date its year where the text gives no date.
    assert got == {
        ("Court of Appeals for the Third Circuit", "Jane Roe", "2019", "Roe v. Doe"),  # the registry's Roe
        ("District Court, E.D. Pennsylvania", "City of Springfield", "2021", "Smith v. City of Springfield"),
        ("New York Court of Appeals", "Lee", "2020", "Lee v. Riverside County"),
    }
    for r in rows:
        assert CITED[r["start"] : r["end"]] == r["quote"]


def test_eyecite_says_nothing_on_the_terminal() -> None:
    # eyecite warns about a case and a statute run together, quoting the text: not to the terminal.
    # In a process of its own, as kg runs (pytest would capture the log record).
    code = (
        "from kg.extraction.lawsuits import read_citation\n"
        "t = 'Roe v. Doe, 123 F. Supp. 2d 4 \\u00a7 1983'\n"
        "c = read_citation(t, 0, t.index(','), {})\n"
        "print(t[c.start : c.end])\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert (res.returncode, res.stdout, res.stderr) == (0, "123 F. Supp. 2d 4\n", "")


def test_court_table_names_only_courts_db_courts(onto) -> None:
    from kg.extraction.lawsuits import court_ids
    from kg.extraction.rules import load_rules

    r = load_rules(onto).lawsuits.model_copy(update={"court_ids": {"3d Cir.": "no-such-court"}})
    with pytest.raises(KGError, match="no-such-court"):
        court_ids(r)


def test_a_dismissal_goes_against_the_plaintiff_of_the_case_cited_after_it(extractor) -> None:
    text = (
        "The suit was filed in 2018 and was dismissed on May 2, 2019. The union then appealed, and "
        "the court dismissed the case again. *Springfield Police Union v. Jane Roe*, 2019 WL 1234567 "
        "(Ct. C.P. Phila. Cnty.)."
    )
    got = [p for p in extractor.extract_text(text) if p.relation == "ruledAgainst"]
    assert {(p.subject.name, p.object.name, p.rule) for p in got} == {
        ("Common Pleas Court of Pennsylvania", "Springfield Police Union", "case-was-dismissed"),
        ("Common Pleas Court of Pennsylvania", "Springfield Police Union", "case-dismissed"),
    }
    first = next(p for p in got if p.rule == "case-was-dismissed")
    assert first.date == "2019-05-02"
    assert first.case == "Springfield Police Union v. Jane Roe"
    assert any("(Ct. C.P. Phila. Cnty.)" in n for n in first.notes)


def test_an_injunction_goes_against_the_defendant_of_the_named_plaintiffs_suit(extractor) -> None:
    text = (
        "The Springfield Police Union sued Jane Roe over her sentencing directive. Many lawyers "
        "watched. The court granted the Springfield Police Union's preliminary injunction."
    )
    got = [(p.subject.name, p.relation, p.object.name) for p in extractor.extract_text(text)]
    assert ("Springfield Police Union", "sued", "Jane Roe") in got
    # Without a citation the court is only "the court", which names no court: nothing to assert.
    assert not any(r == "ruledAgainst" for _s, r, _o in got)
    text += " *Springfield Police Union v. Roe*, No. 21-1 (Cal. Super. Ct. L.A. Cnty. 2021)."
    got = [(p.subject.name, p.relation, p.object.name) for p in extractor.extract_text(text)]
    assert ("Los Angeles Superior Court", "ruledAgainst", "Jane Roe") in got


def test_outcomes_that_are_no_rulings_on_a_lawsuit(extractor) -> None:
    cite = " *Springfield Police Union v. Jane Roe*, 2019 WL 1 (Pa. 2019)."
    for text in (
        "Jane Roe dismissed the case against the protesters.",  # a prosecutor, not a court
        "The judge dismissed the case against the protesters.",  # a prosecution, not the suit
        "The court did not dismiss the case.",
    ):
        got = [p for p in extractor.extract_text(text + cite) if p.relation == "ruledAgainst"]
        assert all(p.negated for p in got), (text, [(p.subject.name, p.object.name) for p in got])
    # "See also": a citation given as other authority is not the case the sentence reports.
    text = "The court dismissed the complaint. See also" + cite
    assert not [p for p in extractor.extract_text(text) if p.relation == "ruledAgainst"]


def test_a_similar_statement_repeats_the_relation_before_it(extractor) -> None:
    text = (
        "The Springfield Police Union issued a statement condemning Jane Roe. "
        "The Justice Fund issued a similar statement."
    )
    got = {(p.subject.name, p.relation, p.object.name, p.rule) for p in extractor.extract_text(text)}
    assert ("Justice Fund", "criticized", "Jane Roe", "echo") in got
    echo = next(p for p in extractor.extract_text(text) if p.rule == "echo")
    assert echo.quote == text  # the fact rests on both sentences
    # Nothing before it to repeat: nothing asserted.
    assert not extractor.extract_text("The Justice Fund followed suit.")


def test_the_city_as_a_party_is_the_government_of_the_place_named_before(extractor) -> None:
    text = "Jane Roe, the prosecutor in St. Louis, sued the police union and the city under the Act."
    got = claims(extractor, text)
    assert ("Jane Roe", "sued", "City of St. Louis", False) in got
    # No place in view, or a council rather than the city: no government is made up.
    assert not any("City of" in o for _s, _r, o, _n in claims(extractor, "Jane Roe sued the city."))
    got = claims(extractor, "Jane Roe, the prosecutor in Springfield, criticized the city council.")
    assert not any("City of" in o for _s, _r, o, _n in got)


def test_a_fronted_companion_keeps_its_modifiers(extractor) -> None:
    text = "Along with white nationalist groups, the Springfield Police Union protested against Jane Roe."
    got = claims(extractor, text)
    assert ("Springfield Police Union", "opposed", "Jane Roe", False) in got
    assert any(s.endswith("nationalist groups") and o == "Jane Roe" for s, r, o, _n in got if r == "opposed")


def test_a_title_word_inside_an_organisation_name_is_no_person(extractor) -> None:
    from kg.extraction.mentions import get_mentions

    doc = extractor.nlp("Ann Lee leads the Springfield Restorative Justice Program.")
    found = {(m.name, m.type) for m in get_mentions(doc)}
    assert ("Program", "Judge") not in found


def test_first_person_pronouns_in_a_quotation_are_its_speaker(extractor) -> None:
    got = claims(extractor, "“The Springfield Police Union is furious with me,” Jane Roe said.")
    assert got == [("Springfield Police Union", "criticized", "Jane Roe", False)]
    got = claims(extractor, "Jane Roe told reporters: “The Springfield Police Union is mad at me.”")
    assert got == [("Springfield Police Union", "criticized", "Jane Roe", False)]
    # Outside a quotation, or in a quotation nobody is said to speak, "me" stays unresolved.
    assert claims(extractor, "The Springfield Police Union is mad at me.") == []
    assert claims(extractor, "The sign read “The Springfield Police Union is mad at me.”") == []


def test_the_sentence_matcher_finds_what_a_plain_matcher_finds(extractor) -> None:
    from spacy.matcher import Matcher

    from kg.extraction.anchored import SentenceMatcher
    from kg.extraction.mentions import Sentences

    patterns = {
        "gap": [[{"LEMMA": "lawsuit"}, {"OP": "{0,6}"}, {"LOWER": "dismissed"}]],
        "pair": [[{"LEMMA": "follow"}, {"LOWER": "suit"}]],
    }
    text = (
        "The lawsuit was filed in May and was dismissed in June. Others followed suit. "
        "The lawsuit stands. Nothing was dismissed. A lawsuit, dismissed. Two unions follow suit."
    )
    doc = extractor.nlp(text)
    plain = Matcher(doc.vocab)
    for name, pats in patterns.items():
        plain.add(name, pats, greedy="LONGEST")
    # Within sentences (a pattern never spans two), the two agree match for match.
    sents = Sentences(doc)
    expected = sorted(
        (doc.vocab.strings[k], s, e) for k, s, e in plain(doc) if sents.index(s) == sents.index(e - 1)
    )
    got = SentenceMatcher(extractor.nlp, patterns)(doc, sents)
    assert sorted(got) == expected and len(got) == 4


# --- policies for their owners, judgements in that-clauses, long names, which court -----------


def test_a_policy_with_no_owner_written_stands_for_the_official_who_made_it(extractor) -> None:
    text = (
        "District Attorney Jane Roe announced a bail policy. The Springfield Police Union blasted the policy."
    )
    p = only(extractor, text)
    assert (p.subject.name, p.relation, p.object.name) == (
        "Springfield Police Union",
        "criticized",
        "Jane Roe",
    )
    assert p.object.kind == "owner"
    # Its owner written after it wins: "the policies of Mayor Ann Lee" are Lee's, not Roe's.
    got = claims(extractor, "Jane Roe spoke. The Justice Fund blasted the policies of Mayor Ann Lee.")
    assert got == [("Justice Fund", "criticized", "Ann Lee", False)]
    # No official in view: no owner is made up.
    assert claims(extractor, "The Springfield Police Union blasted the policy.") == []


def test_a_policy_is_never_the_subject_of_a_relation(extractor) -> None:
    # "The directive attacked the union" would make Roe the critic through her directive.
    got = claims(extractor, "Jane Roe issued a directive. The directive attacked the Justice Fund.")
    assert got == []


def test_a_negative_judgement_in_a_that_clause_is_criticism(extractor) -> None:
    got = claims(extractor, "The Springfield Police Union said District Attorney Jane Roe is dangerous.")
    assert got == [("Springfield Police Union", "criticized", "Jane Roe", False)]
    text = "Jane Roe issued directives. The Justice Fund claimed that the directives were an abuse of power."
    assert claims(extractor, text) == [("Justice Fund", "criticized", "Jane Roe", False)]
    # A negated judgement, or no judgement at all, is no criticism.
    assert claims(extractor, "The Springfield Police Union said Jane Roe is not dangerous.") == []
    assert claims(extractor, "The Springfield Police Union said Jane Roe is running again.") == []


def test_an_organisation_name_may_run_long_after_of(extractor) -> None:
    from kg.extraction.mentions import get_mentions

    text = (
        "The Association of Deputy District Attorneys of Springfield County (ADDSC) met. "
        "The ADDSC sued Jane Roe."
    )
    doc = extractor.nlp(text)
    names = {doc[m.start : m.end].text for m in get_mentions(doc)}
    name = "Association of Deputy District Attorneys of Springfield County"
    assert name in names
    assert (name, "sued", "Jane Roe", False) in claims(extractor, text)


def test_the_court_of_an_earlier_case_does_not_rule_on_a_later_one(extractor) -> None:
    text = (
        "In 2018 the Commonwealth Court heard a different matter.\n\n"
        "The Springfield Police Union sued Jane Roe over her sentencing directive. "
        "The court granted the Springfield Police Union's preliminary injunction."
    )
    got = [(p.subject.name, p.relation, p.object.name) for p in extractor.extract_text(text)]
    assert ("Springfield Police Union", "sued", "Jane Roe") in got
    assert not any(r == "ruledAgainst" for _s, r, _o in got), got
    # The same plaintiff's suit cited with its court names the court.
    text += " *Springfield Police Union v. Roe*, No. 21-1 (Cal. Super. Ct. L.A. Cnty. 2021)."
    got = [(p.subject.name, p.relation, p.object.name) for p in extractor.extract_text(text)]
    assert ("Los Angeles Superior Court", "ruledAgainst", "Jane Roe") in got


def test_news_phrasings_of_opposition(extractor) -> None:
    union = "Springfield Police Union"
    for text in (
        "The Springfield Police Union is at odds with Jane Roe.",
        "The Springfield Police Union has been among the fiercest opponents of Jane Roe.",
        "Jane Roe has been a frequent target of the Springfield Police Union.",  # not Roe targeting
    ):
        assert claims(extractor, text) == [(union, "opposed", "Jane Roe", False)], text
    assert claims(extractor, "The Springfield Police Union went after Jane Roe.") == [
        (union, "criticized", "Jane Roe", False)
    ]
    # "spoke after" is a time, not an attack; a possessed collective is an actor, not a trigger.
    assert claims(extractor, "Jane Roe spoke after the Springfield Police Union met.") == []
    got = claims(extractor, "Critics of Jane Roe want to recall her.")
    assert [(s, r, o) for s, r, o, _n in got] == [("Critics", "soughtRemovalOf", "Jane Roe")]


def test_news_phrasings_of_lawsuits_and_accusations(extractor) -> None:
    union = "Springfield Police Union"
    got = claims(extractor, "The Springfield Police Union filed a federal lawsuit Tuesday against Jane Roe.")
    assert got == [(union, "sued", "Jane Roe", False)]
    got = claims(extractor, "A lawsuit brought by the Springfield Police Union alleges that Jane Roe lied.")
    assert got == [(union, "sued", "Jane Roe", False)]
    # A participle after a comma takes the clause's subject, not the previous verb's object.
    got = claims(extractor, "Gov. Ann Lee removed Jane Roe from office, accusing her of neglect.")
    assert ("Ann Lee", "criticized", "Jane Roe", False) in got
    assert ("Jane Roe", "criticized", "Ann Lee", False) not in got
    # "fired by" is a dismissal (a removal from office, as the news annotation counts it), not
    # "under fire from"
    got = claims(extractor, "The Justice Fund endorsed Sam Hill, a prosecutor fired by Jane Roe.")
    assert sorted(got) == [
        ("Jane Roe", "soughtRemovalOf", "Sam Hill", False),
        ("Justice Fund", "endorsed", "Sam Hill", False),
    ]
    got = claims(extractor, "Jane Roe came under fire from the Springfield Police Union.")
    assert got == [(union, "criticized", "Jane Roe", False)]


def test_calling_someone_a_disgrace_is_criticism(extractor) -> None:
    # the role in apposition with a name is the name (the role alone is read too, under 0.5)
    got = [
        (p.subject.name, p.relation, p.object.name)
        for p in extractor.extract_text("The union president, Sam Hill, called Jane Roe a disgrace.")
        if p.confidence >= 0.5
    ]
    assert got == [("Sam Hill", "criticized", "Jane Roe")]
    # The critic is not the owner of what is condemned: the official before the critic is.
    text = "District Attorney Jane Roe issued a directive. Sen. Ann Lee called the directive dangerous."
    assert claims(extractor, text) == [("Ann Lee", "criticized", "Jane Roe", False)]
    # A time or a negation between is no judgement.
    assert claims(extractor, "Sen. Ann Lee called Jane Roe after the disaster.") == []
    assert claims(extractor, "Sen. Ann Lee called Jane Roe a reformer, not a disaster.") == []


def test_a_registry_surname_of_someone_else(extractor) -> None:
    """'Roe' is the registry's Jane Roe, unless the document names another Roe in full and never
    Jane Roe: then the surname alone is that other one."""
    text = "District Attorney Jane Roe spoke first. The Springfield Police Union sued Roe."
    assert ("Springfield Police Union", "sued", "Jane Roe", False) in claims(extractor, text)
    other = claims(
        extractor, "The Springfield Police Union endorsed Mark Roe. Roe was backed by the Justice Fund."
    )
    assert not any("Jane Roe" in (s, o) for s, _r, o, _n in other), other
    assert ("Springfield Police Union", "endorsed", "Mark Roe", False) in other


def test_hard_wrapped_text_reads_as_prose(extractor) -> None:
    """A saved page that breaks lines inside sentences: the names and clauses run on, and the
    quotes and offsets are those of the text as written."""
    text = (
        "The race was close, and the\n"
        "count went on for days after\n"
        "the vote. Mark Smith, who was endorsed by the Springfield Police\n"
        "Union and the Justice Fund, conceded on\n"
        "Friday after a long\n"
        "count.\n"
    )
    found = extractor.extract_text(text)
    got = {(p.subject.name, p.relation, p.object.name) for p in found}
    assert ("Springfield Police Union", "endorsed", "Mark Smith") in got, got
    for p in found:
        assert text[p.start : p.end] == p.quote and "\n" in p.quote


def test_reference_marks_of_saved_pages(extractor) -> None:
    """ "Committee.[4]": a saved page's reference mark is no part of a name, and the quote is the
    text as written, mark included."""
    from kg.extraction.text import unfoot

    assert unfoot("Committee.[4] The drive[12] failed[a].") == "Committee.    The drive     failed   ."
    assert unfoot("see [4] below; arr[0]") == "see [4] below; arr   "
    text = (
        "The recall petition against District Attorney Linda Park was backed by the Harbor County "
        "Republican Committee.[4] The drive failed."
    )
    found = extractor.extract_text(text)
    got = {(p.subject.name, p.object.name) for p in found}
    assert ("Harbor County Republican Committee", "Linda Park") in got, got
    for p in found:
        assert text[p.start : p.end] == p.quote


def test_title_case_headline_reads_as_prose(extractor) -> None:
    """A headline in Title Case is parsed as the sentence it is; its names keep their capitals and
    quotes are cut from the text as written."""
    from kg.extraction.text import truecase

    text = (
        "Mark Smith Drops Out Of Springfield DA Race, Endorses Jane Roe\n"
        "Mark Smith said on Monday that he is leaving the race for district attorney.\n"
    )
    cased = truecase(text)
    assert len(cased) == len(text)
    assert cased.splitlines()[0] == "Mark Smith drops out of Springfield DA race, endorses Jane Roe"
    found = extractor.extract_text(text)
    assert ("Mark Smith", "endorsed", "Jane Roe") in {
        (p.subject.name, p.relation, p.object.name) for p in found
    }
    assert all(text[p.start : p.end] == p.quote for p in found)
    # a sentence, or a line of few capitals, is left as it is
    prose = "The Union Said It Would Sue.\nthe union said it would sue\n"
    assert truecase(prose) == prose


def test_committee_named_for_a_known_person(extractor) -> None:
    """ "a Jane Roe PAC" is a committee named for her (ninth session): money given to it is not
    money given to Jane Roe."""
    got = claims(extractor, "Carl Dunn gave $50,000 to a Jane Roe PAC in 2019.")
    assert ("Carl Dunn", "funded", "Jane Roe PAC", False) in got
    assert not [c for c in got if c[2] == "Jane Roe"]


def test_places_of_offices_and_party_tags_are_no_actors(extractor) -> None:
    from kg.extraction.mentions import get_mentions

    # a place that opens a titled person's office, and a member's party and home town
    doc = extractor.nlp(
        "Ana Ortiz filed a petition to remove Maple Falls County District Attorney Karen Holt. "
        "Holt was endorsed by Riverton Mayor Tom Hill, State Rep. Peter Lane, D-Kenosha, and "
        "board member Carl Moss, D- Crystal Lake."
    )
    names = {m.name for m in get_mentions(doc)}
    assert {"Ana Ortiz", "Karen Holt", "Tom Hill", "Peter Lane", "Carl Moss"} <= names
    no_actors = {"Maple Falls County District", "Riverton", "Kenosha", "D- Crystal Lake", "Crystal Lake"}
    assert not names & no_actors

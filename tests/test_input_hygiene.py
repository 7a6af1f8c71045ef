"""Hostile input (issue 13, sections 6 and 7): names in one Unicode form and without hidden
characters, no escape sequence from the data on the terminal, corpus files inside corpus/, and
one line with an exit code -- never a traceback -- for input built to break a parser."""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from conftest import MINI_DOC, REPO, run_kg
from kg.base import ontology
from kg.base.errors import KGError
from kg.base.ontology import PK

OA_EXACT = URIRef("http://www.w3.org/ns/oa#exact")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
# What the terminal must never receive raw (kg.cli.render.clean): C0 but tab and newline, DEL,
# C1, bidi controls, and a CR that is not part of a CRLF line end.
UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def one_error_line(res, code: int = 1) -> str:
    """The single line of a refusal: exit code CODE, no traceback, one line on stderr."""
    assert res.exit_code == code, res.output
    assert "Traceback" not in res.output + res.stderr
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), res.exception
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


def refused(root: Path, *expected: str, commands=(("validate",), ("build",))) -> None:
    """Every command in COMMANDS fails with one line holding EXPECTED, and nothing is written."""
    before = snapshot(root)
    for cmd in commands:
        line = one_error_line(run_kg(root, *cmd))
        for e in expected:
            assert e in line, f"{e!r} not in {line!r}"
    assert snapshot(root) == before


def add_entity(root: Path, entry: str) -> None:
    p = root / "annotations" / "entities.yaml"
    p.write_text(p.read_text(encoding="utf-8") + textwrap.dedent(entry), encoding="utf-8")


def entity_line(root: Path, text: str) -> int:
    lines = (root / "annotations" / "entities.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


# --- section 6: names are NFC, and two actors never share a name -----------------------------------


def test_an_nfd_copy_of_a_label_is_a_duplicate(mini: Path) -> None:
    add_entity(mini, "- id: george-gascon\n  type: HeadProsecutor\n  label: George Gascón\n")
    nfd = unicodedata.normalize("NFD", "George Gascón")
    assert nfd != "George Gascón"
    add_entity(mini, f"- id: george-gascon-2\n  type: HeadProsecutor\n  label: {nfd}\n")
    line = entity_line(mini, "george-gascon-2") + 2
    refused(mini, f"entities.yaml:{line}:", "duplicate label 'George Gascón'", "entity 'george-gascon'")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("label: Jane Roe", "label: ＪＡＮＥ ＲＯＥ"),  # full-width letters: NFKC and case folding
        ("label: Straße Fund", "label: STRASSE FUND"),  # case folding: ß is ss
        ("label: Office Fund", "aliases: [Oﬃce Fund]\n  label: Other Fund"),  # the ﬃ ligature
    ],
)
def test_names_equal_after_nfkc_and_case_folding_are_duplicates(mini: Path, first: str, second: str) -> None:
    if first != "label: Jane Roe":
        add_entity(mini, f"- id: first-fund\n  type: ActionFund\n  {first}\n")
    add_entity(mini, f"- id: second-fund\n  type: ActionFund\n  {second}\n")
    refused(mini, "entities.yaml:", "duplicate", "NFKC")


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("Jane\u202eeoR", "bidirectional control character (U+202E RIGHT-TO-LEFT OVERRIDE)"),
        ("Jane\u2066Roe\u2069 Fund", "bidirectional control character (U+2066 LEFT-TO-RIGHT ISOLATE)"),
        ("Ja\u200bne Fund", "zero-width character (U+200B ZERO WIDTH SPACE)"),
        ("Jane\u200dFund", "zero-width character (U+200D ZERO WIDTH JOINER)"),
        ("Evil\x1b]0;pwned\x07Name", "control character (U+001B)"),
        ("Evil\x9b31mName", "control character (U+009B)"),
    ],
)
def test_a_name_with_a_hidden_character_is_refused(mini: Path, name: str, what: str) -> None:
    registry = mini / "annotations" / "entities.yaml"
    original = registry.read_text(encoding="utf-8")
    line = len(original.splitlines()) + 3  # the entry's label line, then its aliases line
    for field, entry in (
        ("label", f"- id: hidden\n  type: ActionFund\n  label: {json.dumps(name)}\n"),
        ("aliases", f"- id: hidden\n  type: ActionFund\n  aliases: {json.dumps([name])}\n  label: Fund\n"),
    ):
        registry.write_text(original + entry, encoding="utf-8")  # JSON strings are YAML, escapes too
        refused(mini, f"entities.yaml:{line}: {field}", f"holds a {what}")
    registry.write_text(original, encoding="utf-8")


def test_labels_aliases_and_quotes_are_nfc_in_the_graph(mini: Path) -> None:
    # Written in NFD in the YAML; the document is NFC (as `kg ingest` stores it). The graph holds
    # NFC, and the NFD quote still matches the NFC text.
    doc = mini / "corpus" / "a.txt"
    doc.write_text(MINI_DOC + "Then Renée Côté endorsed Jane Roe.\n", encoding="utf-8")
    add_entity(
        mini,
        "- id: renee-cote\n  type: Activist\n  label: "
        + unicodedata.normalize("NFD", "Renée Côté")
        + "\n  aliases: ["
        + unicodedata.normalize("NFD", "Côté")
        + "]\n",
    )
    quote = unicodedata.normalize("NFD", "Renée Côté endorsed Jane Roe")
    start = doc.read_text(encoding="utf-8").index("Renée Côté endorsed")
    a = mini / "annotations" / "assertions" / "a.yaml"
    a.write_text(
        a.read_text(encoding="utf-8")
        + "  - subject: renee-cote\n    relation: endorsed\n    object: jane-roe\n    evidence:\n"
        + f'      - quote: "{quote}"\n        start: {start}\n        end: {start + 28}\n',
        encoding="utf-8",
    )
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    g = Graph().parse(mini / "graph" / "prosecutor-kg.ttl")
    cote = URIRef("https://w3id.org/prosecutor-kg/id/actor/renee-cote")
    assert g.value(cote, RDFS_LABEL) == Literal("Renée Côté")
    assert g.value(cote, PK.alias) == Literal("Côté")
    assert Literal("Renée Côté endorsed Jane Roe") in set(g.objects(None, OA_EXACT))
    for s in g.objects(None, None):
        if isinstance(s, Literal):
            assert unicodedata.is_normalized("NFC", str(s)), s
    res = run_kg(mini, "endorsed", unicodedata.normalize("NFD", "Jane Roe"))
    assert res.exit_code == 0 and "Renée Côté —endorsed→ Jane Roe" in res.stdout


def test_a_document_not_in_nfc_is_refused_with_its_line(mini: Path) -> None:
    doc = mini / "corpus" / "a.txt"
    doc.write_text(MINI_DOC + unicodedata.normalize("NFD", "Renée was there.\n"), encoding="utf-8")
    refused(mini, "corpus/a.txt:5:", "not in Unicode NFC", "kg ingest")


# --- section 6: nothing from the data reaches the terminal raw -----------------------------------

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202egnp.exe\r"


@pytest.fixture
def escapes(mini: Path) -> Path:
    """The mini project, with terminal escape sequences inside a quoted passage of its document."""
    doc = mini / "corpus" / "a.txt"
    text = MINI_DOC.replace("over her bail policy", f"{HOSTILE} over her bail policy")
    doc.write_text(text, encoding="utf-8")
    quote = "The Springfield Police Union sued District Attorney Jane Roe " + HOSTILE
    start = text.index("The Springfield")
    a = mini / "annotations" / "assertions" / "a.yaml"
    data = yaml.safe_load(a.read_text(encoding="utf-8"))
    data["assertions"][0]["evidence"][0] = {"quote": quote, "start": start, "end": start + len(quote)}
    second = data["assertions"][1]["evidence"][0]
    second["start"] = text.index("the Roe  campaign")
    second["end"] = second["start"] + len("the Roe  campaign got $2 million from the Justice Fund")
    data["assertions"][1]["id"] = "fund"
    data["assertions"][1]["note"] = "noted " + HOSTILE
    a.write_text(json.dumps(data), encoding="utf-8")
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    return mini


SELECT_QUOTES = "SELECT ?q WHERE { ?s <http://www.w3.org/ns/oa#exact> ?q }"
SELECT_NOTES = "SELECT ?n WHERE { ?s <https://w3id.org/prosecutor-kg/ontology#note> ?n }"  # short cells
CONSTRUCT_QUOTES = (
    "CONSTRUCT { ?s <http://www.w3.org/ns/oa#exact> ?q } WHERE { ?s <http://www.w3.org/ns/oa#exact> ?q }"
)


@pytest.mark.parametrize(
    "args",
    [
        ("sued", "Roe"),
        ("sued", "Roe", "--format", "json"),
        ("sued", "Roe", "--format", "csv"),
        ("sued", "Roe", "--format", "tsv"),
        ("actor", "Roe"),
        ("actor", "Roe", "--format", "json"),
        ("search", "pwned", "--format", "csv"),
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
            "csv",
        ),
        ("sparql", SELECT_NOTES),
        *(("sparql", SELECT_QUOTES, "--format", f) for f in ("json", "xml", "csv", "tsv")),
        *(("sparql", CONSTRUCT_QUOTES, "--format", f) for f in ("table", "nt", "ttl")),
        ("stats",),
        ("actor", "Jane Roe\x1b]0;x\x07"),  # an error message that quotes what was typed
    ],
)
def test_escape_sequences_in_the_data_never_reach_the_terminal(escapes: Path, args: tuple[str, ...]) -> None:
    res = run_kg(escapes, *args)
    assert "Traceback" not in res.output
    out = res.stdout + res.stderr
    assert not UNSAFE.search(out), repr(UNSAFE.search(out))
    if args[-1] != "Jane Roe\x1b]0;x\x07":
        assert res.exit_code == 0, res.output
        assert "pwned" in out  # the text is there, made visible
    if "json" in args:
        # JSON escapes are lossless: the value read back is the text of the document.
        assert any(HOSTILE.rstrip("\r") in s for s in strings(json.loads(res.stdout)))


def strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [value] if isinstance(value, str) else []


def test_the_sanitiser_escapes_in_each_formats_syntax() -> None:
    from kg.cli.render import clean

    s = "a\x1bb\x9bc\u202ed\re\r\nf\tg\nh"
    assert clean(s) == "a\\x1bb\\x9bc\\u202ed\\x0de\r\nf\tg\nh"
    assert json.loads('"' + clean(json.dumps(s)[1:-1], "json") + '"') == s
    assert clean(s, "xml") == "a&#x1b;b&#x9b;c&#x202e;d&#xd;e\r\nf\tg\nh"
    assert clean(s, "nt").startswith("a\\u001Bb\\u009Bc\\u202Ed")


# --- section 6: corpus files stay inside corpus/ and have plain names ---------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/hostname",
        "/etc/hostname",
        "sub/a.txt",
        "a b.txt",
        "a>b.txt",
        ".hidden.txt",
        "-x.txt",
        "a\x1b.txt",
    ],
)
def test_a_corpus_file_name_outside_the_safe_set_is_refused(mini: Path, name: str) -> None:
    sources = mini / "corpus" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8") + f"- file: {json.dumps(name)}\n  title: Other\n",
        encoding="utf-8",
    )
    refused(mini, "corpus/sources.yaml:5:", "is not a plain file name in corpus/")


def test_a_file_name_with_a_space_or_angle_bracket_that_once_crashed_the_build(mini: Path) -> None:
    # `kg validate` said ok and `kg build` crashed on the IRI <.../document/a b>>.
    (mini / "corpus" / "a.txt").rename(mini / "corpus" / "a b>.txt")
    for rel in ("corpus/sources.yaml", "annotations/assertions/a.yaml"):
        p = mini / rel
        p.write_text(p.read_text(encoding="utf-8").replace("a.txt", '"a b>.txt"'), encoding="utf-8")
    refused(mini, "corpus/sources.yaml:1:", "'a b>.txt' is not a plain file name")


def test_a_link_out_of_corpus_is_refused(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(MINI_DOC, encoding="utf-8")
    (mini / "corpus" / "a.txt").unlink()
    (mini / "corpus" / "a.txt").symlink_to(outside)
    refused(mini, "corpus/a.txt:", "a link to a file outside corpus/")


def test_two_documents_with_one_stem_are_refused(mini: Path) -> None:
    (mini / "corpus" / "a.md").write_text(MINI_DOC, encoding="utf-8")
    sources = mini / "corpus" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8") + "- file: a.md\n  title: Twin\n", encoding="utf-8"
    )
    refused(mini, "corpus/sources.yaml:5:", "'a.txt' has the same stem as 'a.md'")


def test_nul_filled_documents_are_refused_by_build_as_by_ingest(mini: Path, tmp_path: Path) -> None:
    (mini / "corpus" / "a.txt").write_bytes(b"\x00" * 300)
    refused(mini, "corpus/a.txt:", "binary file, not text")
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"\x00" * 300)
    line = one_error_line(run_kg(mini, "ingest", str(nul), "--title", "x"))
    assert "nul.txt: binary file, not text" in line


# --- section 7: one line, never a traceback ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 300 + "]" * 300,
        "{a: " * 300 + "}" * 300,
        "".join("  " * i + "- \n" for i in range(300)),
        "".join("  " * i + "k:\n" for i in range(300)),
    ],
)
def test_deeply_nested_yaml_is_one_line(mini: Path, text: str) -> None:
    for rel in ("annotations/entities.yaml", "annotations/assertions/a.yaml", "corpus/sources.yaml"):
        p = mini / rel
        saved = p.read_bytes()
        p.write_text(text, encoding="utf-8")
        refused(mini, f"{rel}:", "malformed YAML: nested more than 100 levels deep")
        p.write_bytes(saved)


def test_a_list_as_a_mapping_key_is_one_line(mini: Path) -> None:
    (mini / "annotations" / "entities.yaml").write_text("- ? [a, b]\n  : x\n", encoding="utf-8")
    refused(mini, "entities.yaml:1:", "a mapping key must be a plain value")


@pytest.mark.parametrize(
    "target",
    ["corpus/a.txt", "corpus/sources.yaml", "annotations/entities.yaml", "annotations/assertions/a.yaml"],
)
def test_a_symlink_loop_is_one_line(mini: Path, target: str) -> None:
    p = mini / target
    p.unlink()
    p.symlink_to(p.name)  # a link to itself
    refused(mini, target, "symbolic links")


def test_a_symlink_loop_for_the_assertions_folder_is_one_line(mini: Path) -> None:
    folder = mini / "annotations" / "assertions"
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    folder.symlink_to("assertions")
    refused(mini, "annotations/assertions:", "not a folder")


def test_shacl_errors_name_the_assertions_file_and_line(mini: Path) -> None:
    # `succeeded` is between persons: a union cannot succeed anyone. Only SHACL knows.
    a = mini / "annotations" / "assertions" / "a.yaml"
    a.write_text(a.read_text(encoding="utf-8").replace("relation: sued", "relation: succeeded"), "utf-8")
    refused(mini, "annotations/assertions/a.yaml:3: SHACL:", "is not of the type", "#Person")


SPARQL_CASES = [
    # (arguments, exit code, what the line says)
    (("sparql", 'SELECT * WHERE { ?s ?p ?o FILTER(?o = "' + "a" * 300 + '/x") }'), 0, None),
    (("sparql", "SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000), 2, "nested 5000 brackets deep"),
    (("sparql", "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"), 2, "brackets deep"),
    # Under the limit, but too deep for rdflib's recursive parser (its limit is a few dozen).
    (("sparql", "SELECT * WHERE { FILTER(" + "(" * 60 + "1" + ")" * 60 + ") }"), 2, "nested too deeply"),
    (("sparql", "missing.rq"), 1, "missing.rq: no such query file"),
    (("sparql", "missing.sparql"), 1, "missing.sparql: no such query file"),
    (("--store", "oxigraph:/dev/null", "sparql", "ASK {}"), 1, "/dev/null is not a folder"),
    (
        (
            "--store",
            "memory",
            "sparql",
            "SELECT * FROM NAMED <http://127.0.0.1:9/> WHERE { GRAPH ?g { ?s ?p ?o } }",
        ),
        1,
        "query failed",
    ),
]


@pytest.mark.parametrize(("args", "code", "says"), SPARQL_CASES)
def test_queries_built_to_break_a_parser_get_one_line(
    args: tuple[str, ...], code: int, says: str | None
) -> None:
    res = run_kg(REPO, *args)
    if says is None:
        assert res.exit_code == 0, res.output
        assert "(no results)" in res.stdout
        return
    assert says in one_error_line(res, code)


def test_a_binary_query_file_is_one_line(tmp_path: Path) -> None:
    for name, data, says in (
        ("bin.rq", bytes(range(256)), "not a SPARQL query: not UTF-8 text"),
        ("nul.rq", b"SELECT * WHERE { ?s ?p ?o }\x00\x01", "not a SPARQL query: a binary file"),
    ):
        f = tmp_path / name
        f.write_bytes(data)
        assert says in one_error_line(run_kg(REPO, "sparql", str(f)), 2)


def test_the_nesting_bound_cannot_be_lowered_by_brackets_in_strings() -> None:
    from kg.querying.nesting import nesting_bound

    assert nesting_bound("SELECT * WHERE { ?s ?p ?o }") == 1
    deep = "SELECT * WHERE " + "{" * 70 + "?s ?p ?o" + "}" * 70
    assert nesting_bound(deep) == 70
    # Closing brackets inside strings, IRIs and comments do not count; opening ones still do.
    for hide in ('"}}}}"', "'}}}}'", '"""}}"}}"""', "<http://x/))))>", "# }}}}\n", '"\\u0022}}}}"'):
        assert nesting_bound("SELECT * WHERE { ?s ?p " + hide + " " + "{" * 70 + "}" * 70 + "}") >= 71


def _nesting_by_characters(text: str) -> int:
    """The nesting bound read one character at a time (kg.querying.nesting before it jumped between
    the characters that matter): the reference its faster scan must agree with."""
    depth = peak = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "{([":
            depth += 1
            peak = max(peak, depth)
        elif c in "})]":
            depth = max(0, depth - 1)
        elif c == "#":
            j = i + 1
            while j < n and text[j] not in "\r\n":
                j += 1
            peak = max(peak, depth + sum(ch in "{([" for ch in text[i + 1 : j]))
            i = j
            continue
        elif c == "<":
            j = i + 1
            while j < n and text[j] not in '<>"{}|^`' and text[j] > " ":
                j += 1
            if j < n and text[j] == ">":
                peak = max(peak, depth + sum(ch in "{([" for ch in text[i + 1 : j]))
                i = j + 1
                continue
        elif c in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] == c * 3 else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                if len(quote) == 1 and text[j] in "\r\n":
                    break
                j += 2 if text[j] == "\\" else 1
            peak = max(peak, depth + sum(ch in "{([" for ch in text[i + 1 : j]))
            i = j + len(quote)
            continue
        i += 1
    return peak


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.sampled_from([*"{}()[]#<>\"'\\\r\n \tax?|^`:", '"""', "'''", "\u00e9", "\x00", "{{{", ")))"]))
)
def test_the_nesting_scan_agrees_with_a_reading_of_every_character(pieces: list[str]) -> None:
    from kg.querying.nesting import nesting_bound

    text = "".join(pieces)
    assert nesting_bound(text) == _nesting_by_characters(text)


def test_a_kept_nesting_bound_refuses_and_allows_as_the_first_check_did() -> None:
    """check_nesting keeps the bound of a text it has read (the same named query on every request):
    a text too deep is refused every time, under any limit it exceeds, and one within it allowed."""
    from kg.querying import nesting

    deep = "SELECT * WHERE " + "{" * 70 + "?s ?p ?o" + "}" * 70
    shallow = "SELECT * WHERE { { ?s ?p ?o } }"
    for _ in range(3):
        with pytest.raises(nesting.TooDeep, match="nested 70 brackets deep"):
            nesting.check_nesting(deep)
        nesting.check_nesting(shallow)
        nesting.check_nesting(deep, limit=70)
        with pytest.raises(nesting.TooDeep):
            nesting.check_nesting(shallow, limit=1)
    assert nesting._bounds[deep] == 70  # noqa: SLF001 - not vacuous: kept and read again
    huge = "ASK {}" + " " * nesting.BOUND_MAX_CHARS
    nesting.check_nesting(huge)
    assert huge not in nesting._bounds  # noqa: SLF001 - a long text is not kept


def test_the_real_named_queries_are_within_the_nesting_limit() -> None:
    from kg.querying.nesting import MAX_NESTING, nesting_bound

    for q in (REPO / "queries").glob("*.rq"):
        assert nesting_bound(q.read_text(encoding="utf-8")) <= MAX_NESTING // 4, q.name


# --- a fuzz test over the YAML loaders: KGError or success, nothing written ---------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["HeadProsecutor", "sued", "a.txt", "jane-roe", "2020-01-02", "2020-13", ""]),
)
KEYS = [
    "id", "type", "label", "aliases", "offices", "title", "file", "document", "assertions", "subject",
    "relation", "object", "evidence", "quote", "start", "end", "date", "amount", "currency", "id ",
]  # fmt: skip
SHAPED = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5),
    ),
    max_leaves=20,
)
NOISE = st.text(
    alphabet=st.sampled_from(list("[]{}:-,?!&*#|>'\"\n \t%@`\\") + ["\x00", "\ufeff", "é"]), max_size=40
)


@st.composite
def yaml_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["text", "shaped", "mutated", "nested", "bytes"]))
    if kind == "text":
        return draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "nested":
        depth = draw(st.integers(1, 400))
        opener = draw(st.sampled_from(["[", "{a: ", "- ", "? "]))
        return (opener * depth).encode()
    text = yaml.safe_dump(draw(SHAPED), allow_unicode=True)
    if kind == "mutated":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(NOISE) + text[at:]
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def onto() -> ontology.Ontology:
    return ontology.load(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=yaml_files())
def test_fuzz_the_yaml_loaders_raise_only_kgerror(
    data: bytes, onto: ontology.Ontology, tmp_path: Path
) -> None:
    from kg.base.yamlio import load_yaml
    from kg.curate.candidates import load_candidate_assertions, load_proposed_entities
    from kg.curate.corpus import Document, SourceMeta, load_sources
    from kg.curate.curation import Entity, load_assertion_file, load_registry

    path = tmp_path / "fuzzed.yaml"
    path.write_bytes(data)
    before = snapshot(tmp_path)
    doc = Document(SourceMeta(file="a.txt"), tmp_path / "a.txt", MINI_DOC, "0")
    registry = {"jane-roe": Entity(id="jane-roe", type="HeadProsecutor", label="Jane Roe")}
    for load in (
        lambda: load_yaml(path),
        lambda: load_registry(path, onto),
        lambda: load_sources(path),
        lambda: load_proposed_entities(path, onto),
        lambda: load_assertion_file(path, registry, onto, {"a.txt": doc}),
        lambda: load_candidate_assertions(path, registry, onto, {"a.txt": doc}),
    ):
        try:
            load()
        except KGError as e:
            assert str(e).startswith("fuzzed.yaml") or str(e).startswith(str(path)), str(e)
            assert "\n" not in str(e), str(e)  # one line
    assert snapshot(tmp_path) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=yaml_files(), target=st.sampled_from(["annotations/entities.yaml", "corpus/sources.yaml"]))
def test_fuzz_validate_and_build_give_one_line_and_write_nothing(
    data: bytes, target: str, mini: Path
) -> None:
    p = mini / target
    saved = p.read_bytes()
    p.write_bytes(data)
    try:
        before = snapshot(mini)
        for cmd in ("validate", "build"):
            res = run_kg(mini, cmd)
            assert "Traceback" not in res.output and res.exit_code in (0, 1), res.output
            if res.exit_code:
                assert len(res.stderr.strip().splitlines()) == 1, res.stderr
        if res.exit_code:
            assert snapshot(mini) == before
    finally:
        p.write_bytes(saved)

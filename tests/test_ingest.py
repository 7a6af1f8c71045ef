"""`kg ingest` of saved web pages and PDFs, `kg remove`, and hostile files: in temporary projects."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from rdflib import Graph

from conftest import run_kg
from kg.curate.corpus import page_of

ARTICLE = [
    "Police union sues district attorney over bail policy",
    "The Springfield Police Union sued District Attorney Jane Roe on Tuesday, saying her new bail policy "
    "endangers officers and residents alike. The complaint, filed in county court, asks a judge to block "
    "the policy before it takes effect next month.",
    "Roe, who was elected in 2020 on a promise to end cash bail for minor offenses, called the lawsuit a "
    'political stunt. "The union has opposed every reform we have proposed," she said in a statement '
    "released by her office.",
    "The Justice Fund, which gave $2 million to Roe's campaign, said it would help pay for her legal "
    "defense. Union leaders said they expected the case to reach the state supreme court.",
]
BOILERPLATE = [
    "Subscribe now",
    "Politics",
    "ADVERTISEMENT",
    "Buy cheap widgets",
    "Related stories",
    "Mayor unveils new budget",
    "Commenter123",
    "should resign immediately",
    "Great reporting",
    "All rights reserved",
    "INJECTED",
    "evil.example",
]


def saved_page(extra_head: str = "") -> str:
    """A news page as a browser saves it: navigation, an ad, a script, related stories, comments."""
    paras = "\n".join(f"<p>{p}</p>" for p in ARTICLE[1:])
    return textwrap.dedent(
        f"""\
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>{ARTICLE[0]} | The Springfield Gazette</title>
        <meta property="og:title" content="{ARTICLE[0]}">
        <meta name="author" content="Maria Lopez">
        <meta property="og:site_name" content="The Springfield Gazette">
        <meta property="article:published_time" content="2023-04-12T08:00:00Z">
        <link rel="canonical" href="https://gazette.example/2023/04/union-sues-da">
        {extra_head}
        <script>document.write("INJECTED SCRIPT TEXT"); fetch("https://evil.example/x");</script>
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
        <li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
        <div class="ad">ADVERTISEMENT: Buy cheap widgets today</div>
        <main><article>
        <h1>{ARTICLE[0]}</h1>
        <p class="byline">By Maria Lopez</p>
        {paras}
        </article>
        <section class="related"><h2>Related stories</h2><ul>
        <li><a href="/a">Mayor unveils new budget plan for parks</a></li>
        <li><a href="/b">High school team wins state title</a></li></ul></section>
        <section id="comments" class="comments"><h3>Comments</h3>
        <div class="comment"><p>Commenter123: This DA is a disgrace and should resign immediately!</p></div>
        <div class="comment"><p>JaneFan: Great reporting, keep it up.</p></div></section>
        </main>
        <footer><p>Copyright 2023 The Springfield Gazette. All rights reserved.</p></footer>
        </body></html>
        """
    )


def sources(root: Path) -> list[dict]:
    return yaml.safe_load((root / "corpus" / "sources.yaml").read_text(encoding="utf-8"))


def added(root: Path) -> dict:
    """The entry of the document ingested last."""
    return sources(root)[-1]


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for d in ("corpus", "annotations")
        for p in sorted((root / d).rglob("*"))
        if p.is_file()
    }


# --- saved web pages ---------------------------------------------------------------------------


def test_a_saved_web_page_gives_the_article_text_and_its_metadata(mini: Path, tmp_path: Path) -> None:
    page = tmp_path / "union-sues-da.html"
    page.write_text(saved_page(), encoding="utf-8")
    res = run_kg(mini, "ingest", str(page))
    assert res.exit_code == 0, res.output
    entry = added(mini)
    assert entry["title"] == ARTICLE[0]
    assert entry["author"] == "Maria Lopez"
    assert entry["publisher"] == "The Springfield Gazette"
    assert str(entry["date"]) == "2023-04-12"
    assert entry["url"] == "https://gazette.example/2023/04/union-sues-da"
    assert "from the page's metadata" in entry["basis"]
    text = (mini / "corpus" / entry["file"]).read_text(encoding="utf-8")
    assert text.split("\n\n") == [*ARTICLE[:-1], ARTICLE[-1] + "\n"], "the article, and only the article"
    for junk in BOILERPLATE:
        assert junk not in text and junk not in str(entry), junk
    assert f"added corpus/{entry['file']}" in res.output
    assert "publisher: The Springfield Gazette" in res.output
    # The stored document is an ordinary corpus text: it builds, and a quote in it can be located.
    assert run_kg(mini, "validate").exit_code == 0


def test_flags_override_the_metadata_of_the_page(mini: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(saved_page(), encoding="utf-8")
    res = run_kg(
        mini, "ingest", str(page), "--title", "Union v. Roe", "--date", "2023-04", "--publisher", "Gazette"
    )
    assert res.exit_code == 0, res.output
    entry = added(mini)
    assert (entry["title"], str(entry["date"]), entry["publisher"]) == ("Union v. Roe", "2023-04", "Gazette")
    assert entry["author"] == "Maria Lopez"  # not given: the page's
    assert "author, url from the page's metadata" in entry["basis"]
    assert "title, publisher, date as given on the command line" in entry["basis"]


def test_a_page_in_a_declared_charset_is_decoded_in_it(mini: Path, tmp_path: Path) -> None:
    html = saved_page().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    html = html.replace("Roe, who was", "Roe, who was née Smith and")
    page = tmp_path / "latin.html"
    page.write_bytes(html.encode("windows-1252"))
    res = run_kg(mini, "ingest", str(page))
    assert res.exit_code == 0, res.output
    assert "Roe, who was née Smith and" in (mini / "corpus" / added(mini)["file"]).read_text(encoding="utf-8")


def test_a_page_saved_as_utf16_is_read(mini: Path, tmp_path: Path) -> None:
    page = tmp_path / "utf16.html"
    page.write_bytes(saved_page().replace('<meta charset="utf-8">', "").encode("utf-16"))  # with a BOM
    res = run_kg(mini, "ingest", str(page))
    assert res.exit_code == 0, res.output
    assert (mini / "corpus" / added(mini)["file"]).read_text(encoding="utf-8").startswith(ARTICLE[0])


def test_a_text_file_still_needs_a_title(mini: Path, tmp_path: Path) -> None:
    src = tmp_path / "note.md"
    src.write_text("Jane Roe answered the Springfield Police Union.\n", encoding="utf-8")
    before = snapshot(mini)
    res = run_kg(mini, "ingest", str(src))
    assert res.exit_code == 1
    assert res.output.strip() == f"error: {src}: no title found in the file; give one with --title"
    assert snapshot(mini) == before
    assert run_kg(mini, "ingest", str(src), "--title", "A note").exit_code == 0
    assert added(mini)["title"] == "A note" and "pages" not in added(mini)


# --- PDFs --------------------------------------------------------------------------------------

PDF_PAGES = [
    "Page one. The Springfield Police Union sued District Attorney Jane Roe over her bail policy.",
    "Page two. The Justice Fund gave $2 million to the Roe campaign.",
    "Page three. Café au lait for everyone.",
]


@pytest.fixture(scope="module")
def printed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A three-page PDF printed by Chromium from an HTML page with page breaks."""
    from playwright.sync_api import sync_playwright

    from test_viz import CHROMIUM_ARGS, chromium_path

    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium: /usr/bin/chromium is missing (`make test` installs it as root)")
    body = "".join(f'<p style="page-break-after: always">{p}</p>' for p in PDF_PAGES[:-1])
    head = "<head><title>Complaint, Union v. Roe</title></head>"
    html = f"<html>{head}<body>{body}<p>{PDF_PAGES[-1]}</p></body></html>"
    out = tmp_path_factory.mktemp("pdf") / "complaint.pdf"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content(html)
        page.pdf(path=str(out))
        browser.close()
    return out


def test_a_pdf_ingests_with_its_page_breaks(mini: Path, printed_pdf: Path) -> None:
    res = run_kg(mini, "ingest", str(printed_pdf), "--kind", "court filing")
    assert res.exit_code == 0, res.output
    assert "3 pages" in res.output
    entry = added(mini)
    assert entry["title"] == "Complaint, Union v. Roe"  # the PDF's own title
    assert entry["kind"] == "court filing"
    text = (mini / "corpus" / entry["file"]).read_text(encoding="utf-8")
    pages = entry["pages"]
    assert len(pages) == 3 and pages[0] == 0
    for n, (start, words) in enumerate(zip(pages, PDF_PAGES, strict=True), 1):
        assert text[start:].startswith(words)
        assert page_of(pages, start) == n and page_of(pages, start + len(words) - 1) == n
    assert "pages: [0, " in (mini / "corpus" / "sources.yaml").read_text(encoding="utf-8")  # one line
    # A curated fact quoted from page two: the build says which page its evidence is on.
    (mini / "annotations" / "assertions" / "complaint.yaml").write_text(
        textwrap.dedent(
            f"""\
            document: {entry["file"]}
            assertions:
              - subject: justice-fund
                relation: funded
                object: jane-roe
                evidence:
                  - quote: The Justice Fund gave $2 million to the Roe campaign.
            """
        ),
        encoding="utf-8",
    )
    assert run_kg(mini, "locate").exit_code == 0
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    g = Graph().parse(mini / "graph" / "prosecutor-kg.ttl")
    rows = g.query(
        """PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX schema: <https://schema.org/>
        SELECT ?page ?pages WHERE {
          ?e pk:page ?page ; oa:hasTarget/oa:hasSource ?d . ?d schema:numberOfPages ?pages }"""
    )
    assert [(r.page.toPython(), r.pages.toPython()) for r in rows] == [(2, 3)]


def test_page_starts_that_do_not_fit_the_text_are_refused(mini: Path) -> None:
    src = mini / "corpus" / "sources.yaml"
    src.write_text(src.read_text(encoding="utf-8") + "  pages: [0, 100000]\n", encoding="utf-8")
    res = run_kg(mini, "validate")
    assert res.exit_code == 1
    assert res.output.strip() == (
        f"error: {src}:1: pages: page starts must begin at 0, not decrease and lie within the text "
        f"({len((mini / 'corpus' / 'a.txt').read_text(encoding='utf-8'))} characters)"
    )


# --- hostile files -----------------------------------------------------------------------------


def hostile_files(tmp_path: Path) -> list[tuple[Path, list[str], str]]:
    """(file, extra arguments, what the one error line says)."""
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n\x00\xff garbage")
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"<html>not a pdf</html>")
    scripts = tmp_path / "scripts.html"
    scripts.write_text(
        "<html><head><script>alert(1)</script></head><body><script>document.write('x'.repeat(999))</script>"
        "<nav><a href='/'>Home</a></nav></body></html>",
        encoding="utf-8",
    )
    huge = tmp_path / "huge.html"
    huge.write_text(saved_page() + "<!--" + "x" * 20_000 + "-->", encoding="utf-8")
    latin = tmp_path / "latin.html"
    undeclared = saved_page().replace('<meta charset="utf-8">', "").replace("Roe,", "Ro\xe9,")
    latin.write_bytes(undeclared.encode("latin-1"))
    latin_txt = tmp_path / "latin.txt"
    latin_txt.write_bytes("Jane Ro\xe9 spoke.\n".encode("latin-1"))
    binary = tmp_path / "image.htm"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return [
        (bad_pdf, [], "cannot read PDF"),
        (fake_pdf, [], "not a PDF (it does not start with %PDF-)"),
        (scripts, ["--title", "x"], "no article text found in the web page"),
        (huge, ["--max-mb", "0.01"], "over the 0.01 MB limit"),
        (latin, [], "web page is not valid UTF-8 (byte"),
        (latin_txt, ["--title", "x"], "document is not valid UTF-8 (byte 7)"),
        (binary, [], "binary file, not a web page"),
    ]


def test_hostile_files_get_one_line_and_nothing_is_written(mini: Path, tmp_path: Path) -> None:
    before = snapshot(mini)
    for path, extra, says in hostile_files(tmp_path):
        res = run_kg(mini, "ingest", str(path), *extra)
        lines = res.output.strip().splitlines()
        assert res.exit_code == 1, (path.name, res.output)
        assert len(lines) == 1, (path.name, lines)
        assert lines[0].startswith(f"error: {path}") and says in lines[0], (path.name, lines)
        assert snapshot(mini) == before, path.name


# --- kg remove ---------------------------------------------------------------------------------


def ingest_page(root: Path, tmp_path: Path) -> str:
    page = tmp_path / "page.html"
    page.write_text(saved_page(), encoding="utf-8")
    assert run_kg(root, "ingest", str(page)).exit_code == 0
    return added(root)["file"]


def add_candidates(root: Path, doc: str) -> tuple[Path, Path, Path]:
    """What `kg extract` and a review leave for DOC: its candidates file, proposed entities seen in
    it (one also in a.txt), and a rejected proposal."""
    stem = Path(doc).stem
    cands = root / "annotations" / "candidates"
    cands.mkdir(parents=True, exist_ok=True)
    cand_file = cands / f"{stem}.yaml"
    cand_file.write_text(f"document: {doc}\nassertions: []\n", encoding="utf-8")
    (cands / "entities.yaml").write_text(
        "# Actors proposed by `kg extract`, not in the registry. Not reviewed.\n"
        "- {id: cand-maria-lopez, type: Person, label: Maria Lopez, documents: [" + doc + "]}\n"
        "- {id: cand-county-court, type: Court, label: county court, documents: [a.txt, " + doc + "]}\n",
        encoding="utf-8",
    )
    rejected = root / "annotations" / "rejected" / f"{stem}.yaml"
    rejected.parent.mkdir(parents=True, exist_ok=True)
    rejected.write_text(f"document: {doc}\nrejected: []\n", encoding="utf-8")
    return cand_file, cands / "entities.yaml", rejected


def test_remove_undoes_an_ingest(mini: Path, tmp_path: Path) -> None:
    before = snapshot(mini)
    doc = ingest_page(mini, tmp_path)
    cand_file, proposed, rejected = add_candidates(mini, doc)
    res = run_kg(mini, "remove", doc)
    assert res.exit_code == 0, res.output
    assert f"removed corpus/{doc}" in res.output and "updated corpus/sources.yaml" in res.output
    assert not (mini / "corpus" / doc).exists() and not cand_file.exists() and not rejected.exists()
    ents = yaml.safe_load(proposed.read_text(encoding="utf-8"))
    court = {"id": "cand-county-court", "type": "Court", "label": "county court", "documents": ["a.txt"]}
    assert ents == [court]
    assert proposed.read_text(encoding="utf-8").startswith("# Actors proposed by `kg extract`")
    after = snapshot(mini)
    del after["annotations/candidates/entities.yaml"]
    assert after == before, "byte for byte what was there before the ingest"
    assert run_kg(mini, "build").exit_code == 0
    # The same page again and again, in one process: the same text each time, under the same name.
    for _ in range(3):
        assert ingest_page(mini, tmp_path) == doc
        assert run_kg(mini, "remove", doc).exit_code == 0
    res = run_kg(mini, "remove", doc)
    assert (res.exit_code, res.output.strip()) == (
        1,
        f"error: {mini / 'corpus' / 'sources.yaml'}: no document {doc!r} in corpus/sources.yaml",
    )


def test_remove_keeps_the_comments_and_layout_of_sources_yaml(real_copy: Path, tmp_path: Path) -> None:
    src = real_copy / "corpus" / "sources.yaml"
    old = src.read_text(encoding="utf-8")
    res = run_kg(real_copy, "remove", "003_c26d35726d52cf95", "--force")
    assert res.exit_code == 0, res.output
    new = src.read_text(encoding="utf-8")
    first = old.index("- file: 003_c26d35726d52cf95.txt")
    following = old.index("- file: 004_")
    assert new == old[:first] + old[following:]


def test_remove_refuses_while_curated_assertions_cite_the_document(mini: Path) -> None:
    before = snapshot(mini)
    res = run_kg(mini, "remove", "a.txt")
    assert res.exit_code == 2
    assert res.output.strip() == (
        "error: refused: curated assertions cite a.txt: annotations/assertions/a.yaml (2 assertions); "
        "remove them first, or use --force to remove them with the document"
    )
    assert snapshot(mini) == before
    res = run_kg(mini, "remove", "a", "--force")
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == [
        "removed annotations/assertions/a.yaml",
        "removed corpus/a.txt",
        "updated corpus/sources.yaml",
        "a.txt: removed with 2 curated assertion(s); run `kg build`",
    ]
    assert not (mini / "annotations" / "assertions" / "a.yaml").exists()
    assert sources(mini) is None or sources(mini) == []


# --- what is committed -------------------------------------------------------------------------


def test_candidates_are_ignored_and_review_decisions_are_not() -> None:
    """annotations/candidates/ is kg extract's output; accepted and rejected proposals are curated."""
    import shutil
    import subprocess

    from conftest import REPO

    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout: .gitignore cannot be asked")

    def ignored(rel: str) -> bool:
        return subprocess.run(["git", "check-ignore", "-q", rel], cwd=REPO, check=False).returncode == 0

    assert ignored("annotations/candidates/005_x.yaml") and ignored("annotations/candidates/entities.yaml")
    assert not ignored("annotations/rejected/005_x.yaml")
    assert not ignored("annotations/assertions/005_x.yaml") and not ignored("corpus/005_x.txt")


def test_the_curators_loop_from_a_saved_page_to_a_lookup(mini: Path, tmp_path: Path) -> None:
    """Issue 16's round trip: a saved web page -> only its article, metadata filled -> kg extract ->
    kg review list -> accept one, reject one -> kg build -> the accepted fact answers a lookup ->
    re-extract: the rejected one does not return, the accepted one is curated."""
    import json

    page = tmp_path / "union-sues-da.html"
    page.write_text(saved_page(), encoding="utf-8")
    assert run_kg(mini, "ingest", str(page)).exit_code == 0
    entry = added(mini)
    assert entry["publisher"] == "The Springfield Gazette" and entry["url"].startswith(
        "https://gazette.example/"
    )
    doc = entry["file"]
    res = run_kg(mini, "extract", doc)
    assert res.exit_code == 0, res.output

    def proposals() -> list[dict]:
        r = run_kg(mini, "review", "list", Path(doc).stem, "--format", "json")
        assert r.exit_code == 0, r.output
        return json.loads(r.output)

    items = proposals()
    sued = [p for p in items if p["relation"] == "sued" and p["subject_label"] == "Springfield Police Union"]
    funded = [p for p in items if p["relation"] == "funded" and p["subject_label"] == "Justice Fund"]
    assert sued and funded, items
    assert run_kg(mini, "review", "accept", sued[0]["id"]).exit_code == 0
    assert (
        run_kg(mini, "review", "reject", funded[0]["id"], "--reason", "the campaign's money").exit_code == 0
    )
    res = run_kg(mini, "build")
    assert res.exit_code == 0, res.output
    res = run_kg(mini, "sued", "Jane Roe")
    assert res.exit_code == 0 and "Springfield Police Union" in res.output and entry["url"] in res.output
    res = run_kg(mini, "extract", doc)
    assert res.exit_code == 0 and "1 rejected in review left out" in res.output, res.output
    again = {p["id"]: p["status"] for p in proposals()}
    assert funded[0]["id"] not in again and again[sued[0]["id"]] == "curated"

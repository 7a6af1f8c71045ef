"""`kg review` (issue 16): proposals reviewed from the terminal and in the page.

A small project is written here: one document (with hostile text in it), three registry actors,
one hand-curated assertion. `kg extract` runs once on it (module fixture); each test works on its
own copy. The page is tested in Chromium against a real `kg review` on a free loopback port.
"""

from __future__ import annotations

import http.client
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO, run_kg

DOC = (
    textwrap.dedent(
        """\
    Springfield Gazette, 2021.

    The Springfield Police Union sued District Attorney Jane Roe over her bail policy.
    The Justice Fund endorsed Jane Roe in March 2020.
    The Riverside Sheriffs Association opposed Jane Roe.
    The Justice Fund gave $2 million to Jane Roe's campaign.
    """
    )
    + "Mallory <img src=x onerror=window.__pwned=1> Freedom PAC criticized Jane Roe for "
    + '"<script>window.__pwned=2</script>".\n'
)

ENTITIES = textwrap.dedent(
    """\
    # the registry
    - id: jane-roe
      type: HeadProsecutor
      label: Jane Roe
      aliases: [Roe, District Attorney Jane Roe]
    - id: springfield-police-union
      type: PoliceUnion
      label: Springfield Police Union
    - id: justice-fund
      type: ActionFund
      label: Justice Fund
    """
)
CURATED = textwrap.dedent(
    """\
    document: a.txt
    # curated by hand: a comment that every write keeps
    assertions:
      - subject: springfield-police-union
        relation: sued
        object: jane-roe
        evidence:
          - quote: "The Springfield Police Union sued District Attorney Jane Roe"
    """
)
HOSTILE_TITLE = "Gazette <i>hostile</i> title"


def claim(items: list[dict], subject: str, relation: str) -> dict:
    [item] = [p for p in items if p["subject_label"] == subject and p["relation"] == relation]
    return item


def listed(root: Path) -> list[dict]:
    r = run_kg(root, "review", "list", "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review-template")
    shutil.copytree(REPO / "ontology", root / "ontology")
    shutil.copytree(REPO / "queries", root / "queries")
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(DOC, encoding="utf-8")
    (root / "corpus" / "sources.yaml").write_text(
        f"- file: a.txt\n  title: {HOSTILE_TITLE}\n  publisher: The Gazette\n  date: 2021-01-02\n",
        encoding="utf-8",
    )
    (root / "annotations" / "assertions").mkdir(parents=True)
    (root / "annotations" / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    (root / "annotations" / "assertions" / "a.yaml").write_text(CURATED, encoding="utf-8")
    assert run_kg(root, "locate").exit_code == 0
    r = run_kg(root, "extract", "a.txt")
    assert r.exit_code == 0, r.output
    return root


@pytest.fixture
def project(extracted: Path, tmp_path: Path) -> Path:
    root = tmp_path / "p"
    shutil.copytree(extracted, root)
    return root


# -- the terminal --------------------------------------------------------------------------------


def test_list_gives_every_proposal_with_a_stable_id_and_the_curated_one_as_curated(project: Path) -> None:
    items = listed(project)
    assert {
        k for k in ("id", "document", "subject", "relation", "object", "quote", "confidence", "status")
    } <= set(items[0])
    assert claim(items, "Springfield Police Union", "sued")["status"] == "curated"  # curated by hand
    assert claim(items, "Justice Fund", "endorsed")["status"] == "pending"
    assert [p["confidence"] for p in items] == sorted((p["confidence"] for p in items), reverse=True)
    # the same ids after another extraction
    assert run_kg(project, "extract", "a.txt").exit_code == 0
    assert [p["id"] for p in listed(project)] == [p["id"] for p in items]
    text = run_kg(project, "review", "list", "a")
    assert "a.txt: reviewed 1 of 5" in text.output


def test_round_trip_accept_reject_build_lookup_reextract(project: Path) -> None:
    items = listed(project)
    endorsed = claim(items, "Justice Fund", "endorsed")
    funded = claim(items, "Justice Fund", "funded")
    before = (project / "annotations" / "assertions" / "a.yaml").read_text(encoding="utf-8")
    r = run_kg(project, "review", "accept", endorsed["id"])
    assert r.exit_code == 0, r.output
    r = run_kg(project, "review", "reject", funded["id"], "--reason", "the campaign, not Roe")
    assert r.exit_code == 0, r.output
    curated = (project / "annotations" / "assertions" / "a.yaml").read_text(encoding="utf-8")
    assert curated.startswith(before)  # comments and layout kept: the assertion is appended
    assert "# curated by hand: a comment that every write keeps" in curated
    assert f"kg review: accepted {endorsed['id']}" in curated
    rejected = (project / "annotations" / "rejected" / "a.yaml").read_text(encoding="utf-8")
    assert funded["id"] in rejected and "the campaign, not Roe" in rejected
    # a candidates file written before the rejection: a build with candidates leaves it out
    r = run_kg(project, "build", "--include-candidates")
    assert r.exit_code == 0, r.output
    assert "Justice Fund" not in run_kg(project, "funded", "Jane Roe", "--include-candidates").output
    # and an accepted one is curated, not a candidate beside its curated twin
    out = run_kg(project, "endorsed", "Jane Roe", "--include-candidates").output
    assert "Justice Fund —endorsed→ Jane Roe" in out and "[candidate]" not in out
    assert "[candidate]" in run_kg(project, "opposed", "Jane Roe", "--include-candidates").output  # pending
    r = run_kg(project, "build")
    assert r.exit_code == 0, r.output
    r = run_kg(project, "endorsed", "Jane Roe")
    assert r.exit_code == 0 and "Justice Fund" in r.output and "endorsed Jane Roe in March 2020" in r.output
    # re-extract: the rejected one does not return, the accepted one is shown as curated
    assert run_kg(project, "extract", "a.txt").exit_code == 0
    cand = (project / "annotations" / "candidates" / "a.yaml").read_text(encoding="utf-8")
    assert "funded" not in cand
    again = listed(project)
    assert funded["id"] not in [p["id"] for p in again]
    assert claim(again, "Justice Fund", "endorsed")["status"] == "curated"


def test_an_accept_that_fails_a_check_is_refused_and_writes_nothing(project: Path) -> None:
    items = listed(project)
    path = project / "annotations" / "assertions" / "a.yaml"
    before = path.read_bytes()
    riverside = claim(items, "Riverside Sheriffs Association", "opposed")
    r = run_kg(project, "review", "accept", riverside["id"])  # a new actor: decide first
    assert r.exit_code == 2 and "is not in the registry" in r.output
    endorsed = claim(items, "Justice Fund", "endorsed")
    r = run_kg(project, "review", "accept", endorsed["id"], "--set", "date=2020-13")
    assert r.exit_code == 2 and "refused, nothing written" in r.output and "a.yaml:" in r.output
    r = run_kg(project, "review", "accept", endorsed["id"], "--relation", "nonsense")
    assert r.exit_code == 1 and "unknown relation" in r.output
    r = run_kg(project, "review", "accept", "p-000000000000")
    assert r.exit_code == 1 and "no proposal" in r.output
    assert path.read_bytes() == before
    assert not (project / "annotations" / "rejected").exists()


def test_accept_keeps_every_quote_of_a_proposal(project: Path) -> None:
    """A proposal stated twice carries two quotes; the curated assertion gets both."""
    q1, q2 = "The Justice Fund endorsed Jane Roe in March 2020.", "The Justice Fund gave $2 million"
    s1, s2 = DOC.index(q1), DOC.index(q2)
    (project / "annotations" / "candidates" / "b.yaml").write_text(
        textwrap.dedent(
            f"""\
            document: a.txt
            assertions:
            - id: cand-two-quotes
              subject: justice-fund
              relation: supported
              object: jane-roe
              confidence: 0.7
              rule: hand-written
              negated: false
              evidence:
              - {{quote: "{q1}", start: {s1}, end: {s1 + len(q1)}}}
              - {{quote: "{q2}", start: {s2}, end: {s2 + len(q2)}}}
            """
        ),
        encoding="utf-8",
    )
    [p] = [p for p in listed(project) if p["rule"] == "hand-written"]
    assert run_kg(project, "review", "accept", p["id"]).exit_code == 0
    curated = (project / "annotations" / "assertions" / "a.yaml").read_text(encoding="utf-8")
    tail = curated.split(f"accepted {p['id']}")[1]
    assert f"start: {s1}" in tail and f"start: {s2}" in tail
    assert run_kg(project, "validate").exit_code == 0


def test_edit_then_accept_from_the_terminal(project: Path) -> None:
    pac = claim(listed(project), "Freedom PAC", "criticized")
    start = DOC.index("Mallory")
    end = DOC.index(" for ", start)
    r = run_kg(
        project, "review", "accept", pac["id"], "--subject", "justice fund", "--set", "date=2021",
        "--span", f"{start}-{end}",
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert run_kg(project, "build").exit_code == 0
    r = run_kg(project, "opposed", "Jane Roe")
    assert "Justice Fund —criticized→ Jane Roe  (2021)" in r.output
    assert claim(listed(project), "Freedom PAC", "criticized")["status"] == "curated"  # by its mark


def test_a_new_actor_is_never_merged_silently(project: Path) -> None:
    items = listed(project)
    riverside = claim(items, "Riverside Sheriffs Association", "opposed")
    assert riverside["subject_known"] is False
    r = run_kg(project, "review", "actor", riverside["subject"])
    assert r.exit_code == 0 and "springfield-police-union" in r.output and "type fits" in r.output
    registry = project / "annotations" / "entities.yaml"
    before = registry.read_text(encoding="utf-8")
    r = run_kg(project, "review", "actor", riverside["subject"], "--new", "DeputySheriffsUnion")
    assert r.exit_code == 0 and "riverside-sheriffs-association" in r.output
    added = (
        "- id: riverside-sheriffs-association\n  type: DeputySheriffsUnion\n"
        "  label: Riverside Sheriffs Association\n"
    )
    assert registry.read_text(encoding="utf-8") == before + added  # the rest unchanged
    assert run_kg(project, "review", "accept", riverside["id"]).exit_code == 0
    assert run_kg(project, "build").exit_code == 0
    assert (
        "Riverside Sheriffs Association —opposed→ Jane Roe" in run_kg(project, "opposed", "Jane Roe").output
    )
    # "same as": the proposed name becomes an alias of the chosen entry
    pac = claim(items, "Freedom PAC", "criticized")
    r = run_kg(project, "review", "actor", pac["subject"], "--same-as", "Justice Fund")
    assert r.exit_code == 0, r.output
    after = registry.read_text(encoding="utf-8")
    assert after == (before + added).replace(
        "label: Justice Fund\n", "label: Justice Fund\n  aliases:\n  - Freedom PAC\n"
    )
    [again] = [p for p in listed(project) if p["id"] == pac["id"]]
    assert again["subject"] == "justice-fund" and again["subject_known"] is True


# -- the page -------------------------------------------------------------------------------------


@contextmanager
def review_server(root: Path) -> Iterator[str]:
    """`kg review --port 0` in a child process; yields the page's URL (with its token)."""
    cmd = [sys.executable, "-m", "kg.cli", "--root", str(root), "review", "--port", "0"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen = []
    try:
        while True:
            line = lines.get(timeout=120)
            if line is None:
                raise RuntimeError("kg review exited:\n" + "".join(seen))
            seen.append(line)
            if line.startswith("review page: "):
                break
        yield line.split(": ", 1)[1].strip()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)


def post(url: str, path: str, body: dict, headers: dict[str, str]) -> tuple[int, str]:
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname or "", u.port, timeout=60)
    try:
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **headers})
        r = conn.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_writes_need_the_token_and_no_other_site(project: Path) -> None:
    endorsed = claim(listed(project), "Justice Fund", "endorsed")
    path = project / "annotations" / "assertions" / "a.yaml"
    before = path.read_bytes()
    with review_server(project) as url:
        token = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["token"][0]
        body = {"id": endorsed["id"]}
        assert post(url, "/api/accept", body, {})[0] == 403
        assert (
            post(
                url, "/api/accept", body, {"X-Review-Token": token[:-1] + ("y" if token[-1] != "y" else "z")}
            )[0]
            == 403
        )
        cross = {"X-Review-Token": token, "Sec-Fetch-Site": "cross-site"}
        assert post(url, "/api/accept", body, cross)[0] == 403
        other = {"X-Review-Token": token, "Origin": "http://evil.example"}
        assert post(url, "/api/accept", body, other)[0] == 403
        assert path.read_bytes() == before
        u = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(u.hostname or "", u.port, timeout=60)
        conn.request("GET", "/")  # the page without its token
        r = conn.getresponse()
        assert r.status == 403
        r.read()
        conn.request("GET", f"/?{u.query}")
        r = conn.getresponse()
        assert r.status == 200 and "script-src 'sha256-" in r.getheader("content-security-policy", "")
        assert r.getheader("x-frame-options") == "DENY" and r.getheader("x-content-type-options") == "nosniff"
        r.read()
        conn.close()
        status, text = post(url, "/api/accept", body, {"X-Review-Token": token})
        assert status == 200, text
    assert f"kg review: accepted {endorsed['id']}" in path.read_text(encoding="utf-8")


def test_review_page_accept_reject_edit_and_reload(project: Path) -> None:
    from playwright.sync_api import sync_playwright

    from test_viz import CHROMIUM_ARGS, PageLog, chromium_path

    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium: /usr/bin/chromium is missing (`make test` installs it as root)")
    items = listed(project)
    endorsed = claim(items, "Justice Fund", "endorsed")
    funded = claim(items, "Justice Fund", "funded")
    pac = claim(items, "Freedom PAC", "criticized")
    riverside = claim(items, "Riverside Sheriffs Association", "opposed")
    with review_server(project) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            log = PageLog(page)
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", state="attached")
            page.wait_for_selector(f"#card-{endorsed['id']}")
            # hostile text in the document, its title and a proposal stays text
            assert page.evaluate("() => window.__pwned") is None
            assert page.locator("#text img, #text script, #text i, aside img").count() == 0
            assert "<img src=x onerror=window.__pwned=1>" in page.inner_text("#text")
            assert HOSTILE_TITLE in page.inner_text("#text h2")
            assert "<script>window.__pwned=2</script>" in page.inner_text(f"#card-{pac['id']} .quote")
            assert "reviewed 1 of 5" in page.inner_text("nav")
            # accept one
            page.click(f"#card-{endorsed['id']} button.accept")
            page.wait_for_selector(f"#card-{endorsed['id']}.curated")
            # reject one, with a reason
            page.fill(f"#card-{funded['id']} input.reason", "the campaign, not Roe")
            page.click(f"#card-{funded['id']} button.reject")
            page.wait_for_selector(f"#card-{funded['id']}.rejected")
            # edit then accept: another subject from the registry, another relation, a date, and
            # a quote span chosen by selecting text
            card = f"#card-{pac['id']}"
            page.click(f"{card} button.edit")
            page.fill(f"{card} input.subject", "Justice Fund")
            page.select_option(f"{card} select.relation", "opposed")
            page.fill(f"{card} input.q-date", "2021")
            page.evaluate(
                """() => {
                    const mark = [...document.querySelectorAll('#text mark')]
                        .find(m => m.textContent.startsWith('Mallory'));
                    const node = mark.firstChild, r = document.createRange();
                    r.setStart(node, 0);
                    r.setEnd(node, node.data.indexOf(' for '));
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                }"""
            )
            page.click(f"{card} button.use-selection")
            assert "criticized Jane Roe" in page.inner_text(f"{card} .span")
            page.click(f"{card} button.accept-edited")
            page.wait_for_selector(f"{card}.curated")
            # a new actor: its closest entries, then "new" with the type the extractor proposed
            rcard = f"#card-{riverside['id']}"
            page.click(f"{rcard} button.closest")
            page.wait_for_selector(f"{rcard} button.same-as[data-entity=springfield-police-union]")
            page.click(f"{rcard} button.new")
            page.wait_for_selector(f"{rcard} button.accept")
            page.click(f"{rcard} button.accept")
            page.wait_for_selector(f"{rcard}.curated")
            # reload: the state persists
            page.reload()
            page.wait_for_selector("body[data-ready=true]", state="attached")
            page.wait_for_selector(f"#card-{endorsed['id']}")
            for pid, status in (
                (endorsed["id"], "curated"),
                (funded["id"], "rejected"),
                (pac["id"], "curated"),
                (riverside["id"], "curated"),
            ):
                assert status in page.get_attribute(f"#card-{pid}", "class").split()
            assert "reviewed 5 of 5" in page.inner_text("nav")
            assert log.problems() == [] and log.dialogs == []
            base = url.split("?")[0]
            assert [u for u in log.requests if not u.startswith(base)] == []
        finally:
            browser.close()
    curated = (project / "annotations" / "assertions" / "a.yaml").read_text(encoding="utf-8")
    start = DOC.index("Mallory")
    assert f"start: {start}\n    end: {DOC.index(' for ', start)}" in curated
    assert "relation: opposed\n  object: jane-roe\n  date: '2021'" in curated
    assert run_kg(project, "build").exit_code == 0
    out = run_kg(project, "opposed", "Jane Roe").output
    assert "Justice Fund —opposed→ Jane Roe  (2021)" in out
    assert "Riverside Sheriffs Association —opposed→ Jane Roe" in out

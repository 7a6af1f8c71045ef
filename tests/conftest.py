"""Shared fixtures: the real project, a temporary copy of it, and a tiny hand-made project."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
INPUT_DIRS = ("ontology", "corpus", "annotations", "graph", "queries")


@pytest.fixture(scope="session")
def extractor():
    """The extractor with an empty registry: every actor is found as a new article names it.
    (tests/test_extract.py overrides it with a small registry of its own.)"""
    from kg.base import ontology
    from kg.extraction.extract import Extractor
    from kg.extraction.rules import load_rules

    onto = ontology.load(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))
    return Extractor(onto, load_rules(onto), {})


def run_kg(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--root", str(root), *args])


@pytest.fixture
def real_copy(tmp_path: Path) -> Path:
    """A throwaway copy of this project's inputs and committed graph."""
    for d in INPUT_DIRS:
        if (REPO / d).exists():
            shutil.copytree(REPO / d, tmp_path / d, ignore=shutil.ignore_patterns("_drafts"))
    return tmp_path


MINI_DOC = (
    "Gazette, 2020.\n\n"
    "The Springfield Police Union sued District Attorney Jane Roe over her bail policy.\n"
    "Later the Roe  campaign got $2 million from the Justice Fund.\n"
)


def mini_text() -> str:
    return MINI_DOC


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A two-actor project written here in full, small enough to read in one glance."""
    shutil.copytree(REPO / "ontology", tmp_path / "ontology")
    shutil.copytree(REPO / "queries", tmp_path / "queries")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(MINI_DOC, encoding="utf-8")
    (tmp_path / "corpus" / "sources.yaml").write_text(
        "- file: a.txt\n  title: Gazette\n  publisher: The Gazette\n  date: 2020-01-02\n", encoding="utf-8"
    )
    ann = tmp_path / "annotations"
    (ann / "assertions").mkdir(parents=True)
    (ann / "entities.yaml").write_text(
        textwrap.dedent(
            """\
            - id: jane-roe
              type: HeadProsecutor
              label: Jane Roe
              aliases: [Roe, District Attorney Jane Roe]
              offices:
                - {title: District Attorney, jurisdiction: Springfield}
            - id: springfield-police-union
              type: PoliceUnion
              label: Springfield Police Union
            - id: justice-fund
              type: ActionFund
              label: Justice Fund
            """
        ),
        encoding="utf-8",
    )
    q1 = "The Springfield Police Union sued District Attorney Jane Roe"
    q2 = "the Roe campaign got $2 million from the Justice Fund"  # one space: matched modulo whitespace
    s1, e1 = span(MINI_DOC, q1)
    s2 = MINI_DOC.index("the Roe  campaign")
    e2 = s2 + len("the Roe  campaign got $2 million from the Justice Fund")
    (ann / "assertions" / "a.yaml").write_text(
        textwrap.dedent(
            f"""\
            document: a.txt
            assertions:
              - subject: springfield-police-union
                relation: sued
                object: jane-roe
                evidence:
                  - quote: "{q1}"
                    start: {s1}
                    end: {e1}
              - subject: justice-fund
                relation: funded
                object: jane-roe
                amount: 2000000
                currency: USD
                evidence:
                  - quote: "{q2}"
                    start: {s2}
                    end: {e2}
            """
        ),
        encoding="utf-8",
    )
    return tmp_path

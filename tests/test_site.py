"""`kg site`: the static explorer. Same bytes on a rebuild, the pages listed in the issue, every
page self-contained; in the browser from file:// in test_pages_browser.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_kg
from kg.views.viz import assert_self_contained
from test_viz import hostile  # noqa: F401 - the fixture, reused


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    res = run_kg(REPO, "site", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert res.output.startswith("wrote ")
    return out


def test_site_has_the_pages_the_issue_lists(site: Path) -> None:
    for name in ("index.html", "search.html", "search-index.json", "map/overview.html"):
        assert (site / name).is_file(), name
    assert (site / "actor" / "larry-krasner.html").is_file()
    assert (site / "map" / "larry-krasner.html").is_file()
    assert len(list((site / "document").glob("*.html"))) == len(list((REPO / "corpus").glob("*.txt")))
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "116 actors · 5 documents · 129 reviewed assertions" in index
    assert 'src="map/overview.html"' in index


def test_every_page_is_self_contained_with_a_meta_policy(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert_self_contained(html)
        assert '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;' in html or (
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'' in html
        ), page
        # Links are relative: the site works from file:// and under any path.
        assert 'href="/' not in html and 'src="/' not in html, page


def test_rebuild_gives_the_same_bytes(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    res = run_kg(REPO, "site", "-o", str(again))
    assert res.exit_code == 0, res.output
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [n for n in first if first[n] != second[n]] == []


def test_hostile_text_is_escaped_in_the_static_pages(hostile: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "site"
    res = run_kg(hostile, "site", "-o", str(out), "--no-maps")
    assert res.exit_code == 0, res.output
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>window" not in html, page
    assert "Mallory &lt;img src=x" in (out / "actor" / "mallory.html").read_text(encoding="utf-8")
    # In the search index the text is JSON inside a non-executable block, with < escaped.
    search = (out / "search.html").read_text(encoding="utf-8")
    assert "\\u003cimg src=x" in search


def test_no_graph_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "ontology").mkdir()
    res = run_kg(tmp_path, "site", "-o", str(tmp_path / "out"))
    assert res.exit_code == 1 and res.output.startswith("error:") and "kg build" in res.output


def test_the_sites_maps_link_actors_to_their_pages(site: Path) -> None:
    """A click on an actor in a map of the site opens actor/<id>.html: every link in the maps'
    data is such a page, and the page exists."""
    import re

    for name in ("overview.html", "larry-krasner.html"):
        html = (site / "map" / name).read_text(encoding="utf-8")
        links = set(re.findall(r'"link": ?"([^"]+)"', html))
        assert links, name
        for link in links:
            assert link.startswith("../actor/") and link.endswith(".html"), link
            assert (site / "map" / link).resolve().is_file(), link

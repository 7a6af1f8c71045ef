"""`kg site -o DIR`: the explorer's pages as static files, for any static host or file://.

    DIR/index.html            counts, the overview map, the lists of actors and documents
    DIR/actor/ID.html         one page per actor (as /actor/ID on kg serve), its ego map embedded
    DIR/document/STEM.html    one page per document, its cited passages highlighted
    DIR/search.html           search in the browser, over the index embedded in it
    DIR/search-index.json     the same index, for other tools
    DIR/map/overview.html, DIR/map/ID.html   the maps (kg.views.viz), self-contained

Links are relative, every page carries its Content-Security-Policy in a <meta> element, and no
page loads anything from another host. The output is a function of the graph and the corpus only
(no dates, no random ids), so a rebuild gives the same bytes. All files are written as one set
(kg.base.fsio): a reader never sees half a site.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.base.paths import Project


@dataclass(frozen=True)
class SiteSummary:
    out: Path
    actors: int
    documents: int
    files: int
    bytes: int


def site_files(project: Project, store: str = "oxigraph", with_maps: bool = True) -> dict[str, bytes]:
    """Every file of the site, by its path relative to the site's root."""
    from jinja2.utils import htmlsafe_json_dumps

    from kg.base import ontology
    from kg.base.errors import KGError
    from kg.querying.store import open_store
    from kg.views.pages import model, render
    from kg.views.pages.search import build_index

    graph_file = project.graph_file("trig")
    if not graph_file.exists():
        raise KGError("no built graph: run `kg build`", graph_file)
    backend = open_store(store, graph_file)
    onto = ontology.load(project.ontology_files)
    texts = model.Texts(project.corpus_dir)
    files: dict[str, bytes] = {}
    root, below = render.Links(static=True, up=""), render.Links(static=True, up="../")
    actors = model.actors(backend, onto)
    documents = model.documents(backend)
    for ref in actors:
        actor = model.actor_page(backend, onto, texts, ref.id)
        files[f"actor/{ref.id}.html"] = render.actor_html(actor, below, with_map=with_maps).html.encode()
        if with_maps and actor.entries:
            files[f"map/{ref.id}.html"] = _ego_map(actor, onto).encode()
    for ref in documents:
        doc = model.document_page(backend, onto, texts, ref.stem)
        files[f"document/{ref.stem}.html"] = render.document_html(doc, below).html.encode()
    index = build_index(backend, texts).to_json()
    data = htmlsafe_json_dumps(index, ensure_ascii=False, separators=(",", ":"))
    files["search.html"] = render.search_html("", None, root, index_json=str(data)).html.encode()
    files["search-index.json"] = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    if with_maps:
        files["map/overview.html"] = _overview_map(project, onto).encode()
    page = render.index_html(actors, documents, model.assertion_count(backend), root, has_map=with_maps)
    files["index.html"] = page.html.encode()
    return files


# The maps sit in map/, the actor pages in actor/: a click on an actor opens its page.
SITE_ACTOR_LINK = "../actor/{id}.html"


def _ego_map(actor: object, onto: object) -> str:
    from kg.views import viz
    from kg.views.pages.model import ego_network

    G = ego_network(actor)
    return viz.render(  # type: ignore[arg-type]
        G,
        onto,
        title=f"{actor.label}: direct relations",
        focus=actor.iri,
        node_link=SITE_ACTOR_LINK,  # type: ignore[attr-defined]
    ).html


def _overview_map(project: Project, onto: object) -> str:
    from kg.querying.graphfile import load_graph
    from kg.views import viz
    from kg.views.network import to_networkx

    G = to_networkx(load_graph(project))
    return viz.render(G, onto, title="Overview", node_link=SITE_ACTOR_LINK).html  # type: ignore[arg-type]


def write_site(project: Project, out: Path, store: str = "oxigraph", with_maps: bool = True) -> SiteSummary:
    """Write the site into OUT (created if needed), all files or none."""
    from kg.base.fsio import write_atomically

    files = site_files(project, store, with_maps)
    write_atomically({out / name: data for name, data in files.items()})
    return SiteSummary(
        out=out,
        actors=sum(1 for n in files if n.startswith("actor/")),
        documents=sum(1 for n in files if n.startswith("document/")),
        files=len(files),
        bytes=sum(len(d) for d in files.values()),
    )

"""The explorer's pages and IRI descriptions, made in a worker (kg.serve.worker), where the store is.

    ("page", kind, arg, project_root) -> ("page", status, content_type, body, headers)

kinds: "actor" (arg: id), "map" (arg: actor id; the ego map, framed by the actor page),
"document" (arg: stem), "search" (arg: the text), "index", and "describe" (arg: (path, accept,
format): the Turtle / JSON-LD / N-Triples description of /id/PATH). The data and HTML come from
kg.views.pages; this module only maps them to HTTP.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.base.errors import KGError

Reply = tuple[Any, ...]

# The description of an IRI: its own triples, and for an actor its assertions with their evidence
# (selectors, offsets) and documents; every value bound, none pasted.
DESCRIBE_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
CONSTRUCT { ?x ?p ?o . ?a ?ap ?ao . ?e ?ep ?eo . ?t ?tp ?to . ?sel ?sp ?so . }
WHERE {
  { ?x ?p ?o }
  UNION { { ?a rdf:subject ?x } UNION { ?a rdf:object ?x } ?a a pk:Assertion ; ?ap ?ao . }
  UNION {
    { ?a rdf:subject ?x } UNION { ?a rdf:object ?x } UNION { BIND(?x AS ?a) }
    ?a pk:hasEvidence ?e . ?e ?ep ?eo .
    OPTIONAL { ?e oa:hasTarget ?t . ?t ?tp ?to . OPTIONAL { ?t oa:hasSelector ?sel . ?sel ?sp ?so } }
  }
}"""


class Pages:
    """Per worker: the ontology, the corpus texts and the search index, loaded once."""

    def __init__(self, backend: Any):
        self.backend = backend
        self._root: Path | None = None
        self._onto: Any = None
        self._texts: Any = None
        self._index: Any = None

    def _load(self, root: Path) -> None:
        if self._root == root:
            return
        from kg.base import ontology
        from kg.base.paths import Project
        from kg.views.pages.model import Texts

        project = Project(root)
        self._root = root
        self._onto = ontology.load(project.ontology_files)
        self._texts = Texts(project.corpus_dir)
        self._index = None

    def __call__(self, kind: str, arg: Any, root: str) -> Reply:
        from kg.views.pages import model, render

        self._load(Path(root))
        links = render.Links()
        try:
            if kind == "actor":
                actor = model.actor_page(self.backend, self._onto, self._texts, arg)
                return _html(render.actor_html(actor, links))
            if kind == "map":
                return self._map(arg)
            if kind == "document":
                doc = model.document_page(self.backend, self._onto, self._texts, arg)
                return _html(render.document_html(doc, links))
            if kind == "search":
                from kg.views.pages.search import build_index, search

                if self._index is None:
                    self._index = build_index(self.backend, self._texts)
                hits = search(self._index, arg) if arg.strip() else None
                return _html(render.search_html(arg, hits or search(self._index, ""), links))
            if kind == "index":
                page = render.index_html(
                    model.actors(self.backend, self._onto),
                    model.documents(self.backend),
                    model.assertion_count(self.backend),
                    links,
                    has_map=False,
                )
                return _html(page)
            if kind == "describe":
                return self._describe(*arg)
        except model.NotFound as e:
            return ("error", 404, str(e))
        except KGError as e:
            return ("error", 400, str(e))
        return ("error", 404, f"no page of kind {kind!r}")

    def _map(self, actor_id: str) -> Reply:
        from kg.serve.maps import ACTOR_LINK
        from kg.views import viz
        from kg.views.pages import model, render

        actor = model.actor_page(self.backend, self._onto, self._texts, actor_id)
        view = viz.render(
            model.ego_network(actor),
            self._onto,
            title=f"{actor.label}: direct relations",
            focus=actor.iri,
            node_link=ACTOR_LINK,  # a click on an actor opens its page (in the whole window)
        )
        csp = render.map_csp(viz._assets()["csp"])
        # This one page may be framed, by this server's pages only (the actor page embeds it).
        headers = {"Content-Security-Policy": csp, "X-Frame-Options": "SAMEORIGIN"}
        return ("page", 200, "text/html; charset=utf-8", view.html.encode("utf-8"), headers)

    def _describe(self, path: str, accept: str | None, fmt: str | None) -> Reply:
        from kg.base.ontology import ID
        from kg.serve.negotiate import content_type, pick_format

        iri = f"{ID}{path}"
        exists = self.backend.query(
            "SELECT ?x WHERE { ?x ?p ?o } LIMIT 1", {"x": {"type": "uri", "value": iri}}
        ).rows
        if not exists:
            return ("error", 404, f"no resource {iri}")
        picked = pick_format("graph", accept, fmt)
        if picked == "xml":  # RDF/XML is not among the description's formats: Turtle instead
            picked = "ttl"
        written = self.backend.write(
            DESCRIBE_QUERY, lambda kind: picked, None, {"x": {"type": "uri", "value": iri}}
        )
        return ("page", 200, content_type("graph", written.fmt), written.data, {"Vary": "Accept"})


def _html(page: Any) -> Reply:
    headers = {"Content-Security-Policy": page.csp}
    return ("page", 200, "text/html; charset=utf-8", page.html.encode("utf-8"), headers)

"""HTML for the explorer's pages (actor, document, search, index), served by `kg serve` and written
by `kg site`.

Jinja2 with autoescaping on for every template: names, quotes, titles and notes are untrusted text
and reach the page escaped. The only markup not written by a template is kg.views.pages.quotes'
display of a quote (escaped there first). Each page has one inline style and at most one inline
script, allowed by hash in its Content-Security-Policy; nothing is loaded from another host.

Links differ between the server (/actor/ID) and the static site (actor/ID.html, relative, so that
the site works from file:// and under any path): a Links object makes them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from kg.views.pages.quotes import display, plain

if TYPE_CHECKING:
    import jinja2

    from kg.views.pages.model import Actor, ActorRef, DocumentPage, DocumentRef
    from kg.views.pages.search import Hits

TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class Links:
    """Where a page's links point. STATIC: the relative file names of `kg site`; UP: how many
    folders the page is below the site's root ("" at the root, "../" in actor/ and document/)."""

    static: bool = False
    up: str = ""

    def actor(self, actor_id: str, anchor: str = "") -> str:
        frag = f"#{anchor}" if anchor else ""
        if self.static:
            return f"{self.up}actor/{quote(actor_id, safe='')}.html{frag}"
        return f"/actor/{quote(actor_id, safe='')}{frag}"

    def map(self, actor_id: str) -> str:
        if self.static:
            return f"{self.up}map/{quote(actor_id, safe='')}.html"
        return f"/actor/{quote(actor_id, safe='')}/map"

    def document(self, stem: str, anchor: str = "") -> str:
        frag = f"#{anchor}" if anchor else ""
        if self.static:
            return f"{self.up}document/{quote(stem, safe='')}.html{frag}"
        return f"/document/{quote(stem, safe='')}{frag}"

    def search(self, q: str | None = None) -> str:
        base = f"{self.up}search.html" if self.static else "/search"
        return base + (f"?{urlencode({'q': q})}" if q else "")

    def home(self) -> str:
        return f"{self.up}index.html" if self.static else "/explore"

    def overview(self) -> str:
        return f"{self.up}map/overview.html" if self.static else "/explore/map"

    def data(self, iri: str, fmt: str) -> str | None:
        """The IRI's description on this server (/id/...), or None in the static site."""
        if self.static or "/id/" not in iri:
            return None
        return "/id/" + iri.split("/id/", 1)[1] + f"?format={fmt}"


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def csp(html: str, *, meta: bool = False, frames: bool = False) -> str:
    """The policy for HTML: its inline scripts and styles by hash, nothing from elsewhere, same-site
    frames only when the page embeds a map. META: for a <meta> element (no frame-ancestors there)."""

    def hashes(tag: str) -> str:
        found = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.DOTALL)
        return " ".join(f"'sha256-{_sha256(b)}'" for b in found) or "'none'"

    frame = "'self'" if frames else "'none'"
    policy = (
        f"default-src 'none'; script-src {hashes('script')}; style-src {hashes('style')}; "
        f"img-src data:; frame-src {frame}; base-uri 'none'; form-action 'self'"
    )
    return policy if meta else policy + "; frame-ancestors 'none'"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["quote"] = display
    env.filters["plain"] = plain
    return env


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    out = {name: (TEMPLATES / name).read_text(encoding="utf-8") for name in ("pages.css", "search.js")}
    for name, text in out.items():
        closer = "</script" if name.endswith("js") else "</style"
        if closer in text.lower():  # an inlined asset must not end its own element early
            raise RuntimeError(f"cannot inline {name}: it contains {closer!r}")
    return out


@dataclass(frozen=True)
class Page:
    html: str
    csp: str  # for the Content-Security-Policy header (the static site puts it in a <meta>)


def _render(template: str, links: Links, *, frames: bool = False, **ctx: Any) -> Page:
    from markupsafe import Markup

    assets = _assets()
    trusted = {"css": Markup(assets["pages.css"]), "js": Markup(assets["search.js"])}  # noqa: S704
    env = _env()
    # Rendered twice when static: the <meta> policy needs the hashes of the page's own blocks,
    # which the policy itself does not change (it sits outside them).
    html = env.get_template(template).render(links=links, meta_csp=None, **trusted, **ctx)
    policy = csp(html, meta=links.static, frames=frames)
    if links.static:
        html = env.get_template(template).render(links=links, meta_csp=policy, **trusted, **ctx)
    from kg.views.viz import assert_self_contained

    assert_self_contained(html)
    return Page(html, policy)


def actor_html(actor: Actor, links: Links, with_map: bool = True) -> Page:
    return _render("actor.html", links, frames=with_map, actor=actor, with_map=with_map)


def document_html(doc: DocumentPage, links: Links) -> Page:
    from kg.views.pages.model import segments
    from kg.views.pages.quotes import sentence_starts

    cuts = sentence_starts(doc.text) if doc.text else []
    segs = segments(doc.text, doc.spans, cuts) if doc.text is not None else []
    return _render("document.html", links, doc=doc, segments=segs, sentence_starts=set(cuts))


def search_html(q: str, hits: Hits | None, links: Links, index_json: str | None = None) -> Page:
    """The search page: with HITS (the server), or with the client-side index (the static site)."""
    from markupsafe import Markup

    data = Markup(index_json) if index_json is not None else None  # noqa: S704 - htmlsafe JSON (kg.views.pages.search)
    return _render("search.html", links, q=q, hits=hits, index_json=data)


def index_html(
    actors: list[ActorRef], documents: list[DocumentRef], assertions: int, links: Links, has_map: bool = True
) -> Page:
    return _render(
        "index.html",
        links,
        frames=has_map,
        actors=actors,
        documents=documents,
        assertions=assertions,
        has_map=has_map,
    )


def map_csp(view_csp: str) -> str:
    """An embedded map's header policy: the map's own (kg.views.viz) and framing by this site only."""
    return view_csp + "; frame-ancestors 'self'"

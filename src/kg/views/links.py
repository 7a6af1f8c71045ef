"""Links from a map to actor pages: a link template ("/actor/{id}", "actor/{id}.html") and an
actor's IRI make the href a click on the actor follows (see kg.views.viz).

The id is the last segment of the IRI, percent-encoded, so no id can add a path, a query or a
scheme; a template must be a relative or an http(s) link, so no template can make a click run
script (javascript:) or open a document made up in the link (data:).
"""

from __future__ import annotations

import re

from kg.base.errors import EXIT_USAGE, KGError


class BadLinkTemplate(KGError):
    """A node link template that is not a relative or http(s) link with an {id} (usage error)."""

    exit_code = EXIT_USAGE


# Characters a template may not hold: controls and spaces (a browser strips or skips them, so
# " javascript:" would pass a scheme check) and backslashes (read as "/" in http(s) URLs).
_BAD_IN_LINK = re.compile(r"[\x00-\x20\x7f\\]")


def check_link_template(template: str | None) -> None:
    """Refuse a node link template that is not a relative or an http(s) link with one {id}."""
    if template is None:
        return
    from urllib.parse import urlsplit

    if template.count("{id}") != 1:
        raise BadLinkTemplate(f"link template {template!r} must contain {{id}} once, e.g. /actor/{{id}}")
    if _BAD_IN_LINK.search(template):
        raise BadLinkTemplate(f"link template {template!r} may not contain spaces, controls or backslashes")
    parts = urlsplit(template.replace("{id}", "x"))
    if parts.scheme not in ("", "http", "https") or (not parts.scheme and template.startswith("//")):
        raise BadLinkTemplate(
            f"link template {template!r} must be a relative link (actor/{{id}}.html, /actor/{{id}}) "
            "or an http(s) one"
        )


def actor_id(iri: str) -> str:
    """The id of an actor in page links: the last segment of its IRI (larry-krasner)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def node_href(template: str, iri: str) -> str:
    """TEMPLATE with {id} replaced by the actor's id, percent-encoded (so an id cannot add a
    path, query or scheme to the link)."""
    from urllib.parse import quote

    check_link_template(template)
    return template.replace("{id}", quote(actor_id(iri), safe=""))

"""Identifiers minted from names: lower-case ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata


def slugify(s: str) -> str:
    """ "George Gascón" -> "george-gascon"; "x" when nothing is left."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"

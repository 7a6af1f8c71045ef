"""The one rule by which names and search text are compared: case-, accent- and
punctuation-insensitive. The CLI's name matching (kg.querying.names), the search keys the build
writes into the graph (pk:labelKey, pk:aliasKey, pk:quoteKey), `kg search`, the explorer's search
page and the static site's search index all fold with this function (the static site's script
folds the typed text by the same steps, and a browser test checks both agree).
"""

from __future__ import annotations

import re
import unicodedata


def fold(name: str) -> str:
    """Lower-case, strip accents, unify apostrophes and punctuation, collapse spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').casefold()
    s = re.sub(r"[^\w']+", " ", s)
    return " ".join(s.split())

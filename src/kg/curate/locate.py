"""`kg locate`: fill in (or repair) the character offsets of quotes in assertion files.

Curators write the quote (and optionally the line it is on); this computes start/end so they
never count characters by hand. Comments and layout of the YAML file are preserved.
"""

from __future__ import annotations

import io
from pathlib import Path

from kg.base.errors import KGError
from kg.base.fsio import write_atomically
from kg.curate.corpus import read_text
from kg.curate.evidence import Locator, quote_matches


def locate_file(path: Path, corpus_dir: Path) -> tuple[int, int]:
    """Update PATH in place. Returns (evidence items updated, items already correct)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from kg.base.yamlio import load_yaml

    load_yaml(path)  # the strict loader gives the one-line error for malformed files
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except YAMLError as e:  # pragma: no cover - load_yaml catches these first
        raise KGError(f"malformed YAML: {e}", path) from None
    doc_name = data.get("document") if hasattr(data, "get") else None
    if not doc_name:
        raise KGError("no `document:` key", path, 1)
    text = read_text(corpus_dir / str(doc_name))
    loc = Locator(text)
    changed = ok = 0
    for a in data.get("assertions") or []:
        for ev in a.get("evidence") or []:
            quote = str(ev.get("quote", ""))
            start, end = ev.get("start"), ev.get("end")
            if isinstance(start, int) and isinstance(end, int) and quote_matches(text, start, end, quote):
                ok += 1
                continue
            span = loc.locate(quote, ev.get("line"))
            if span is None:
                line = ev.lc.line + 1 if hasattr(ev, "lc") else None
                raise KGError(f"quote not found in {doc_name}: {quote[:60]!r}", path, line)
            ev["start"], ev["end"] = span
            ev["line"] = loc.line_of(span[0])
            changed += 1
    if changed:
        buf = io.StringIO()
        yaml.dump(data, buf)
        write_atomically({path: buf.getvalue().encode("utf-8")})
    return changed, ok

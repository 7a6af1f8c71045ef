"""Proposals rejected in `kg review`: annotations/rejected/<document stem>.yaml.

Each record keys a rejected proposal by relation, arguments (as `kg extract` named them) and the
span of its quote, with the quote, the rule and the curator's reason. A candidate is the rejected
proposal when relation and arguments are the same and the spans overlap, so a rule that quotes a
little more or less of the same sentence does not bring it back. This is curated data: commit it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.base.errors import KGError
from kg.base.yamlio import load_yaml


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def rejected_dir(annotations_dir: Path) -> Path:
    return annotations_dir / "rejected"


def rejected_file(annotations_dir: Path, document: str) -> Path:
    return rejected_dir(annotations_dir) / (Path(document).stem + ".yaml")


@dataclass(frozen=True)
class Rejection:
    id: str
    relation: str
    subject: str
    object: str
    start: int
    end: int
    reason: str | None = None

    def matches(self, relation: str, subject: str, obj: str, span: tuple[int, int]) -> bool:
        same = (self.relation, self.subject, self.object) == (relation, subject, obj)
        return same and overlaps((self.start, self.end), span)


def load_rejections(annotations_dir: Path, document: str) -> list[Rejection]:
    """The rejections recorded for DOCUMENT ([] if none)."""
    path = rejected_file(annotations_dir, document)
    return parse_rejections(path) if path.exists() else []


def parse_rejections(path: Path) -> list[Rejection]:
    """The rejections in PATH; a malformed one is a KGError naming its line."""
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rejected", []), list):
        raise KGError("a rejections file is a mapping with `document:` and a `rejected:` list", path, 1)
    out = []
    for item in data.get("rejected") or []:
        try:
            out.append(
                Rejection(
                    id=str(item["id"]),
                    relation=str(item["relation"]),
                    subject=str(item["subject"]),
                    object=str(item["object"]),
                    start=int(item["start"]),
                    end=int(item["end"]),
                    reason=None if item.get("reason") is None else str(item["reason"]),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            line = getattr(item, "line", None)
            raise KGError(
                "a rejection needs id, relation, subject, object, start and end", path, line
            ) from None
    return out


def rejection_filter(annotations_dir: Path, document: str) -> Callable[[dict[str, Any]], bool]:
    """For `kg extract`'s writer: whether a candidate (as the dict written to the candidates file)
    is kept, i.e. not rejected in review."""
    rejections = load_rejections(annotations_dir, document)

    def keep(d: dict[str, Any]) -> bool:
        ev = d["evidence"][0]
        span = (ev["start"], ev["end"])
        return not any(r.matches(d["relation"], d["subject"], d["object"], span) for r in rejections)

    return keep

"""Where a project's inputs and outputs live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.base.errors import KGError

GRAPH_BASENAME = "prosecutor-kg"


@dataclass(frozen=True)
class Project:
    """A project directory: ontology/, corpus/, annotations/, graph/, queries/."""

    root: Path

    @classmethod
    def find(cls, root: str | Path | None = None) -> Project:
        """The project at ROOT, else $KG_HOME, else the nearest ancestor of the cwd that has one,
        else the checkout this package was installed from."""
        if root is None:
            root = os.environ.get("KG_HOME")
        if root is not None:
            p = Path(root)
            if not (p / "ontology").is_dir():
                raise KGError(f"not a prosecutor-kg project (no ontology/ folder): {p}")
            return cls(p.resolve())
        here = Path.cwd().resolve()
        for cand in (here, *here.parents):
            if (cand / "ontology").is_dir() and (cand / "annotations").is_dir():
                return cls(cand)
        src_checkout = Path(__file__).resolve().parents[3]
        if (src_checkout / "ontology").is_dir():
            return cls(src_checkout)
        raise KGError("no prosecutor-kg project found: run inside one, or set KG_HOME / --root")

    ontology_dir = property(lambda self: self.root / "ontology")
    corpus_dir = property(lambda self: self.root / "corpus")
    annotations_dir = property(lambda self: self.root / "annotations")
    graph_dir = property(lambda self: self.root / "graph")
    queries_dir = property(lambda self: self.root / "queries")

    @property
    def shapes_file(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @property
    def ontology_files(self) -> list[Path]:
        return sorted(p for p in self.ontology_dir.glob("*.ttl") if p.name != "shapes.ttl")

    @property
    def sources_file(self) -> Path:
        return self.corpus_dir / "sources.yaml"

    @property
    def entities_file(self) -> Path:
        return self.annotations_dir / "entities.yaml"

    @property
    def assertion_files(self) -> list[Path]:
        return sorted((self.annotations_dir / "assertions").glob("*.yaml"))

    def graph_file(self, ext: str) -> Path:
        return self.graph_dir / f"{GRAPH_BASENAME}.{ext}"

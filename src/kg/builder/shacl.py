"""SHACL validation of the built graph with ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Namespace

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class Violation:
    focus: str  # the IRI of the node that violates a shape
    text: str  # "SHACL: <focus> <path>: <message>"


def validate_graph(data: Graph, shapes_file: Path) -> list[str]:
    """One line per violation; an empty list means the graph conforms."""
    return [v.text for v in violations(data, shapes_file)]


def violations(data: Graph, shapes_file: Path) -> list[Violation]:
    """The violations of the shapes in SHAPES_FILE, sorted; empty if DATA conforms."""
    import pyshacl  # heavy: imported only when validating

    shapes = Graph().parse(shapes_file, format="turtle")
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    if conforms:
        return []
    lines = []
    for r in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        where = f" {path.n3(data.namespace_manager)}" if path is not None and hasattr(path, "n3") else ""
        lines.append(Violation(str(focus), f"SHACL: {focus}{where}: {msg}"))
    return sorted(lines)

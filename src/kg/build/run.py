"""`kg build`: ontology + corpus + annotations -> graph/ (Turtle, TriG, JSON-LD), checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg import curation as ann
from kg import ontology as ontology_mod
from kg.corpus import Document, load_corpus
from kg.errors import CheckFailed, KGError
from kg.paths import Project
from kg.rdfgraph import build_dataset
from kg.serialize import merged_graph, to_jsonld, to_trig, to_turtle, write_atomically

OUTPUTS = ("ttl", "trig", "jsonld")


@dataclass
class Inputs:
    onto: ontology_mod.Ontology
    registry: dict[str, ann.Entity]
    corpus: dict[str, Document]
    located: list[ann.Located]
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildResult:
    files: dict[Path, bytes]
    inputs: Inputs
    written: bool = False
    warnings: list[str] = field(default_factory=list)


def load_inputs(project: Project, include_candidates: bool = False) -> Inputs:
    """Read and check every input; the first problem raises a KGError naming file and line."""
    if not project.ontology_files:
        raise KGError("no ontology files (*.ttl)", project.ontology_dir)
    try:
        onto = ontology_mod.load(project.ontology_files)
    except Exception as e:  # rdflib raises several parser exception types
        raise KGError(f"cannot parse ontology: {e}", project.ontology_dir) from None
    corpus = load_corpus(project.corpus_dir)
    registry = ann.load_registry(project.entities_file, onto)
    located: list[ann.Located] = []
    seen_docs: dict[str, Path] = {}
    for path in project.assertion_files:
        items = ann.load_assertion_file(path, registry, onto, corpus)
        if items:
            doc = items[0].document.meta.file
            if doc in seen_docs:
                raise KGError(f"a second assertions file for {doc} (also {seen_docs[doc].name})", path)
            seen_docs[doc] = path
        located.extend(items)
    cand_warnings: list[str] = []
    if include_candidates:
        # Proposed entities join the registry here only; see kg.candidates.
        from kg.candidates import load_candidates

        registry, cand_located, cand_warnings = load_candidates(
            project.annotations_dir, registry, onto, corpus
        )
        located.extend(cand_located)
    ann.check_duplicates(located)
    warnings = _warnings(registry, corpus, located) + cand_warnings
    return Inputs(onto, registry, corpus, located, warnings=warnings)


def _warnings(
    registry: dict[str, ann.Entity], corpus: dict[str, Document], located: list[ann.Located]
) -> list[str]:
    out = []
    texts = [d.text for d in corpus.values()]
    for ent in registry.values():
        for alias in ent.aliases:
            if not any(alias in t for t in texts):
                out.append(f"entity {ent.id!r}: alias {alias!r} does not occur in any document")
    return out


def dataset(inputs: Inputs) -> Dataset:
    return build_dataset(inputs.onto, inputs.registry, inputs.corpus, inputs.located)


def render(project: Project, inputs: Inputs) -> dict[Path, bytes]:
    ds = dataset(inputs)
    merged = merged_graph(ds)
    return {
        project.graph_file("ttl"): to_turtle(merged),
        project.graph_file("trig"): to_trig(ds),
        project.graph_file("jsonld"): to_jsonld(merged),
    }


def shacl_check(project: Project, inputs: Inputs) -> None:
    from kg.shacl import validate_graph

    problems = validate_graph(merged_graph(dataset(inputs)), project.shapes_file)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CheckFailed(problems[0] + more, project.shapes_file)


def build(
    project: Project,
    *,
    check: bool = False,
    include_candidates: bool = False,
    shacl: bool = True,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build graph/ (or, with CHECK, verify it is up to date without writing)."""
    say = progress or (lambda _msg: None)
    say("reading inputs")
    inputs = load_inputs(project, include_candidates=include_candidates)
    if shacl:
        say("validating with SHACL")
        shacl_check(project, inputs)
    say("serialising")
    files = render(project, inputs)
    result = BuildResult(files=files, inputs=inputs, warnings=inputs.warnings)
    if check:
        stale = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            raise CheckFailed(
                f"graph/ is out of date with its inputs ({', '.join(stale)}); run `kg build`",
                project.graph_dir,
            )
        return result
    write_atomically(files)
    result.written = True
    return result


def validate(project: Project) -> Inputs:
    """Every check of a build, writing nothing."""
    inputs = load_inputs(project)
    shacl_check(project, inputs)
    return inputs

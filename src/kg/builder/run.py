"""`kg build`: ontology + corpus + annotations -> graph/ (Turtle, TriG, JSON-LD), checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.base.errors import CheckFailed
from kg.base.fsio import recover, write_atomically
from kg.base.paths import Project
from kg.builder.rdfgraph import actor_iri, assertion_iri, build_dataset, document_iri
from kg.builder.readback import check_round_trip
from kg.builder.serialize import merged_graph, to_jsonld, to_trig, to_turtle
from kg.curate.candidates import candidates_dir
from kg.curate.inputs import Inputs, load_inputs

OUTPUTS = ("ttl", "trig", "jsonld")


@dataclass
class BuildResult:
    files: dict[Path, bytes]
    inputs: Inputs
    written: bool = False
    warnings: list[str] = field(default_factory=list)


def dataset(inputs: Inputs) -> Dataset:
    return build_dataset(inputs.onto, inputs.registry, inputs.corpus, inputs.located)


def render(project: Project, ds: Dataset) -> dict[Path, bytes]:
    merged = merged_graph(ds)
    return {
        project.graph_file("ttl"): to_turtle(merged),
        project.graph_file("trig"): to_trig(ds),
        project.graph_file("jsonld"): to_jsonld(merged),
    }


def shacl_check(project: Project, inputs: Inputs) -> None:
    """SHACL over the graph; the first violation is reported at the input that made its node:
    the assertion's file and line, the entity's or the document's entry."""
    from kg.builder.shacl import violations

    problems = violations(merged_graph(dataset(inputs)), project.shapes_file)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        path, line = source_of(problems[0].focus, project, inputs)
        raise CheckFailed(problems[0].text + more, path, line)


def source_of(iri: str, project: Project, inputs: Inputs) -> tuple[Path, int | None]:
    """Where the node IRI was made: an assertion (or its evidence) in its assertion file, an
    actor (or its office) in the registry, a document in sources.yaml; else the shapes file."""
    for loc in inputs.located:
        node = str(assertion_iri(loc))
        if iri == node or iri.startswith(node + "/"):
            return loc.path, loc.line
    for ent in inputs.registry.values():
        node = str(actor_iri(ent.id))
        if iri == node or iri.startswith(node + "/"):
            return project.entities_file, ent.line
    for doc in inputs.corpus.values():
        if iri == str(document_iri(doc)):
            return project.sources_file, doc.meta.line
    return project.shapes_file, None


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
    # A write that a crash cut off (kg build, kg ingest, kg extract, and kg remove, whose set spans
    # the project) is finished or discarded before anything is read, so this build sees whole sets.
    for d in (project.graph_dir, project.corpus_dir, candidates_dir(project.annotations_dir), project.root):
        recover(d)
    say("reading inputs")
    inputs = load_inputs(project, include_candidates=include_candidates)
    if shacl:
        say("validating with SHACL")
        shacl_check(project, inputs)
    say("serialising")
    ds = dataset(inputs)
    files = render(project, ds)
    say("reading the files back")
    check_round_trip(files, ds)
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

"""Every curated input of a build, read and checked: ontology, corpus, registry, assertions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.base import ontology as ontology_mod
from kg.base.errors import KGError
from kg.base.paths import Project
from kg.curate import curation as ann
from kg.curate.aliases import warnings as alias_warnings
from kg.curate.corpus import Document, load_corpus


@dataclass
class Inputs:
    onto: ontology_mod.Ontology
    registry: dict[str, ann.Entity]
    corpus: dict[str, Document]
    located: list[ann.Located]
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
    folder = project.annotations_dir / "assertions"
    if folder.is_symlink() and not folder.is_dir():  # a glob in it would silently find nothing
        raise KGError("not a folder: a broken link or a loop of symbolic links", folder)
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
        # Proposed entities join the registry here only; see kg.curate.candidates.
        from kg.curate.candidates import load_candidates

        registry, cand_located, cand_warnings = load_candidates(
            project.annotations_dir, registry, onto, corpus, located
        )
        located.extend(cand_located)
    ann.check_duplicates(located)
    registry_file = f"{project.entities_file.parent.name}/{project.entities_file.name}"
    warnings = _warnings(registry, corpus, located) + alias_warnings(registry.values(), registry_file)
    warnings += cand_warnings
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

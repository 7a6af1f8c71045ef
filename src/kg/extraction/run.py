"""What `kg extract` does, apart from printing: find the documents, stream them through the
pipeline, collect per-file errors, measure throughput."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.base.errors import KGError
from kg.base.paths import Project
from kg.curate.inputs import load_inputs
from kg.curate.reading import DEFAULT_MAX_MB, read_document
from kg.extraction.extract import Extractor, Proposal
from kg.extraction.rules import load_rules


@dataclass
class Target:
    """A document to extract from: in the corpus (its file name) or any text file."""

    path: Path
    name: str
    in_corpus: bool


@dataclass
class Outcome:
    target: Target
    text: str = ""
    proposals: list[Proposal] = field(default_factory=list)
    error: KGError | None = None


@dataclass
class Throughput:
    documents: int
    chars: int
    bytes: int
    seconds: float
    processes: int

    @property
    def kb_per_s(self) -> float:
        return self.bytes / 1000 / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"extracted {self.documents} document(s), {self.bytes / 1000:,.1f} KB in {self.seconds:.2f} s: "
            f"{self.kb_per_s:,.0f} KB/s with {self.processes} process(es), "
            f"{self.kb_per_s / self.processes:,.0f} KB/s per process"
        )


def resolve_targets(project: Project, args: list[str], all_docs: bool) -> list[Target]:
    """Corpus documents named by file name, stem or number prefix ("002"), or paths to files."""
    from kg.curate.corpus import load_sources

    files = [m.file for m in load_sources(project.sources_file)]
    corpus = project.corpus_dir.resolve()
    if all_docs:
        return [Target(project.corpus_dir / f, f, True) for f in files]
    out = []
    for arg in args:
        p = Path(arg)
        if p.is_file():
            rp = p.resolve()
            inside = rp.parent == corpus and rp.name in files
            out.append(Target(rp, rp.name, inside))
            continue
        hits = [f for f in files if f == arg or Path(f).stem == arg or f.startswith(f"{arg}_")]
        if len(hits) != 1:
            what = "matches several documents" if hits else "is neither a file nor a document of the corpus"
            raise KGError(f"{arg!r} {what}")
        out.append(Target(project.corpus_dir / hits[0], hits[0], True))
    if not out:
        raise KGError("name a document or a file to extract from, or use --all")
    return out


class Runner:
    """The registry's pipeline, built once, applied to many documents."""

    def __init__(self, project: Project, rules_file: Path | None = None):
        inputs = load_inputs(project)  # the curated registry and ontology, checked
        self.project = project
        self.onto = inputs.onto
        self.rules = load_rules(inputs.onto, rules_file)
        self.extractor = Extractor(inputs.onto, self.rules, inputs.registry)
        self.warnings = inputs.warnings

    def run(
        self,
        targets: list[Target],
        *,
        n_process: int = 1,
        max_mb: float = DEFAULT_MAX_MB,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> tuple[list[Outcome], Throughput]:
        outcomes: dict[str, Outcome] = {}
        readable: list[tuple[str, str]] = []
        size = 0
        for t in targets:
            o = Outcome(t)
            outcomes[t.name] = o
            try:
                o.text = read_document(t.path, max_mb)
            except KGError as e:
                o.error = e
                if on_done:
                    on_done(o)
                continue
            readable.append((o.text, t.name))
            size += len(o.text.encode("utf-8"))
        start = time.perf_counter()
        for name, proposals in self._stream(readable, n_process):
            o = outcomes[name]
            o.proposals = proposals
            if on_done:
                on_done(o)
        seconds = time.perf_counter() - start
        chars = sum(len(t) for t, _ in readable)
        return list(outcomes.values()), Throughput(len(readable), chars, size, seconds, n_process)

    def _stream(self, items: list[tuple[str, str]], n_process: int) -> Iterator[tuple[str, list[Proposal]]]:
        n = max(1, min(n_process, len(items)))
        yield from self.extractor.extract(((t, name) for t, name in items), n_process=n)

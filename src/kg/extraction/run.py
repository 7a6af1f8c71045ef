"""What `kg extract` does, apart from printing: find the documents, stream them through the
pipeline, collect per-file errors, measure throughput."""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.base.errors import KGError
from kg.base.paths import Project
from kg.curate.inputs import load_inputs
from kg.curate.reading import DEFAULT_MAX_MB, read_document
from kg.extraction.budget import OverBudget, default_budget, time_budget
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
        timeout: float | None = None,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> tuple[list[Outcome], Throughput]:
        """Extract from every readable target. A document that takes longer than TIMEOUT seconds
        (None: kg.extraction.budget.default_budget, by its size; 0: no limit) is stopped and
        reported as an error; the others go on."""
        outcomes: dict[str, Outcome] = {}
        budgets: dict[str, float] = {}
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
            budgets[t.name] = default_budget(o.text) if timeout is None else timeout
            size += len(o.text.encode("utf-8"))
        start = time.perf_counter()
        for name, proposals in self._stream(readable, n_process, budgets):
            o = outcomes[name]
            if proposals is None:
                o.error = KGError(
                    f"stopped after {budgets[name]:g} s, the time limit for this document; skipped "
                    "(raise the limit with --timeout)",
                    o.target.path,
                )
            else:
                o.proposals = proposals
            if on_done:
                on_done(o)
        seconds = time.perf_counter() - start
        chars = sum(len(t) for t, _ in readable)
        return list(outcomes.values()), Throughput(len(readable), chars, size, seconds, n_process)

    def _stream(
        self, items: list[tuple[str, str]], n_process: int, budgets: dict[str, float]
    ) -> Iterator[tuple[str, list[Proposal] | None]]:
        """(name, proposals) per item, in order; proposals None for a document that ran over its
        budget. Every document runs in the main thread of its process, under its own timer."""
        n = max(1, min(n_process, len(items)))
        if n == 1 or "fork" not in mp.get_all_start_methods():
            for text, name in items:
                yield name, _budgeted(self.extractor, text, name, budgets[name])
            return
        # Forked workers inherit the pipeline already built (nothing is pickled but texts and
        # proposals); each runs its documents one at a time under the same budget.
        global _WORKER_EXTRACTOR
        _WORKER_EXTRACTOR = self.extractor
        try:
            with mp.get_context("fork").Pool(n) as pool:
                yield from pool.imap(_work, ((text, name, budgets[name]) for text, name in items))
        finally:
            _WORKER_EXTRACTOR = None


_WORKER_EXTRACTOR: Extractor | None = None  # set in the parent just before a pool forks


def _budgeted(extractor: Extractor, text: str, name: str, timeout: float | None) -> list[Proposal] | None:
    try:
        with time_budget(timeout):
            return extractor.extract_text(text, name)
    except OverBudget:
        return None


def _work(item: tuple[str, str, float | None]) -> tuple[str, list[Proposal] | None]:
    text, name, timeout = item
    assert _WORKER_EXTRACTOR is not None  # inherited from the parent through fork
    return name, _budgeted(_WORKER_EXTRACTOR, text, name, timeout)

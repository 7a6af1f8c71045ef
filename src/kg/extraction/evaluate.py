"""`kg eval`: extraction against the curated annotations, leave-one-document-out.

For each curated document D, the extractor runs with the registry minus every name (label or
alias) that occurs in D and in no other document, so D's actors must be found the way a new
article's would be: by the generic patterns for titles, organisations and collectives, or by
names that other documents taught the registry.

Matching criterion. A proposal matches a curated assertion when
  1. both are in the same document;
  2. their relations agree: equal, except that in the `opposed` row any relation under opposed
     (sued, criticized, soughtRemovalOf, reassignedCasesFrom, ruledAgainst) matches any other;
  3. subject and object each resolve to the curated entity: a registry-linked argument by its id;
     an argument the extractor did not link, by its name (equal to one of the entity's names,
     ignoring case, apostrophe style and a leading "the"), or by its position (the mention, or
     the mention a reference resolved to, overlaps an occurrence of one of the entity's names in
     the document);
  4. the proposal's passage overlaps one of the curated quotes. The extractor quotes the whole
     sentence, so this amounts to "stated in the same sentence".
Negated proposals and those under the confidence threshold are not counted. Each proposal is
one claim (proposals of the same claim are merged, as in the curated files), so precision is
over distinct claims per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.curate.curation import Entity, Located
from kg.curate.inputs import Inputs
from kg.extraction.extract import Actor, Extractor, Proposal
from kg.extraction.rules import Rules

EVAL_RELATIONS = ("sued", "funded", "endorsed", "opposed")
DEFAULT_THRESHOLD = 0.5


def _norm(name: str) -> str:
    s = " ".join(name.replace("’", "'").split()).casefold()
    return re.sub(r"^(the|a|an) ", "", s)


@dataclass
class Gold:
    document: str
    subject: str
    relation: str
    object: str
    spans: list[tuple[int, int]]
    quotes: list[str]


@dataclass
class Row:
    relation: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0  # proposals that match a curated assertion
    found: int = 0  # curated assertions matched by some proposal

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    rows: list[Row]
    overall: Row
    misses: list[Gold] = field(default_factory=list)
    false_positives: list[Proposal] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD
    holdout: bool = True


class Resolver:
    """Decides whether an extracted argument denotes a given registry entity."""

    def __init__(self, registry: dict[str, Entity], texts: dict[str, str]):
        self.names = {eid: {_norm(n) for n in (e.label, *e.aliases)} for eid, e in registry.items()}
        self.occurrences: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for doc, text in texts.items():
            for eid, e in registry.items():
                spans = []
                for n in {e.label, *e.aliases}:
                    spans += [(m.start(), m.end()) for m in re.finditer(re.escape(n), text)]
                if spans:
                    self.occurrences[(doc, eid)] = spans

    def denotes(self, actor: Actor, entity_id: str, document: str) -> bool:
        if actor.entity_id is not None:
            return actor.entity_id == entity_id
        if _norm(actor.name) in self.names.get(entity_id, ()):
            return True
        spans = self.occurrences.get((document, entity_id), [])
        here = [(actor.start, actor.end), (actor.ante_start, actor.ante_end)]
        return any(s < e2 and s2 < e for s, e in here if s >= 0 for s2, e2 in spans)


def hidden_alias_test(texts: dict[str, str], held_out: str) -> Callable[[Entity, str], bool]:
    """True for names that occur in no document but the held-out one."""
    others = [t for d, t in texts.items() if d != held_out]

    def hidden(_entity: Entity, alias: str) -> bool:
        return not any(alias in t for t in others)

    return hidden


def gold_items(located: list[Located]) -> list[Gold]:
    out = []
    for loc in located:
        a = loc.assertion
        spans = [(ev.start or 0, ev.end or 0) for ev in a.evidence]
        quotes = [ev.quote for ev in a.evidence]
        out.append(Gold(loc.document.meta.file, a.subject, a.relation, a.object, spans, quotes))
    return out


def _overlaps(p: Proposal, g: Gold) -> bool:
    return any(s < ge and gs < e for _q, s, e in p.evidence for gs, ge in g.spans)


def evaluate(
    inputs: Inputs,
    rules: Rules,
    *,
    holdout: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
    documents: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Score extraction on the curated documents (all of them, or DOCUMENTS)."""
    onto = inputs.onto
    texts = {name: d.text for name, d in inputs.corpus.items()}
    gold = [g for g in gold_items(inputs.located) if g.relation in onto.relations]
    docs = documents or sorted({g.document for g in gold})
    family = {r: set(onto.relation_descendants(r)) for r in EVAL_RELATIONS}
    evaluated = set().union(*family.values())
    proposals: list[Proposal] = []
    shared = None if holdout else Extractor(onto, rules, inputs.registry)
    for name in docs:
        if progress:
            progress(name)
        ex = shared or Extractor(onto, rules, inputs.registry, hidden_alias_test(texts, name))
        proposals += [
            p
            for p in ex.extract_text(texts[name], name)
            if not p.negated and p.confidence >= threshold and p.relation in evaluated
        ]
    gold = [g for g in gold if g.document in docs and g.relation in evaluated]
    resolver = Resolver(inputs.registry, texts)

    def matches(p: Proposal, g: Gold, rels: set[str]) -> bool:
        return (
            p.document == g.document
            and p.relation in rels
            and g.relation in rels
            and _overlaps(p, g)
            and resolver.denotes(p.subject, g.subject, g.document)
            and resolver.denotes(p.object, g.object, g.document)
        )

    def score(name: str, classes: list[set[str]]) -> tuple[Row, set[int], set[int]]:
        members = set().union(*classes)
        gs = [i for i, g in enumerate(gold) if g.relation in members]
        ps = [i for i, p in enumerate(proposals) if p.relation in members]
        hit_p: set[int] = set()
        hit_g: set[int] = set()
        for pi in ps:
            for gi in gs:
                rels = next(c for c in classes if gold[gi].relation in c)
                if matches(proposals[pi], gold[gi], rels):
                    hit_p.add(pi)
                    hit_g.add(gi)
        return Row(name, len(gs), len(ps), len(hit_p), len(hit_g)), hit_p, hit_g

    rows = [score(r, [family[r]])[0] for r in EVAL_RELATIONS]
    # Overall: the evaluated relations partitioned into funded, endorsed and the opposed family
    # (which includes sued), so that no assertion is counted twice.
    overall, hit_p, hit_g = score("overall", [family["funded"], family["endorsed"], family["opposed"]])
    return Report(
        rows=rows,
        overall=overall,
        misses=[g for i, g in enumerate(gold) if i not in hit_g],
        false_positives=[p for i, p in enumerate(proposals) if i not in hit_p],
        documents=docs,
        threshold=threshold,
        holdout=holdout,
    )


def format_table(report: Report) -> list[str]:
    head = f"{'relation':<10} {'gold':>5} {'pred':>5} {'correct':>8} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head, "-" * len(head)]
    for row in [*report.rows, report.overall]:
        if row is report.overall:
            lines.append("-" * len(head))
        lines.append(
            f"{row.relation:<10} {row.gold:>5} {row.predicted:>5} {row.correct:>8} {row.found:>6} "
            f"{row.precision:>6.2f} {row.recall:>6.2f} {row.f1:>6.2f}"
        )
    return lines


def format_details(report: Report, registry: dict[str, Entity]) -> list[str]:
    def label(eid: str) -> str:
        return registry[eid].label if eid in registry else eid

    lines = [f"Misses ({len(report.misses)}): curated assertions that no proposal matched"]
    for g in report.misses:
        lines.append(f"  {g.document}: {label(g.subject)} {g.relation} {label(g.object)}")
        lines.append(f"      “{_short(g.quotes[0])}”")
    lines.append(
        f"False positives ({len(report.false_positives)}): proposals that match no curated assertion"
    )
    for p in report.false_positives:
        lines.append(
            f"  {p.document}: {p.subject.name} {p.relation} {p.object.name} [{p.rule}, {p.confidence:.2f}]"
        )
        lines.append(f"      “{_short(p.evidence[0][0])}”")
    return lines


def _short(s: str, n: int = 220) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"

"""A learned alternative to the extraction rules, measured against them on news neither has seen.

Candidates: in every sentence of every text, each ordered pair of actor mentions that the
pipeline finds (the mentions the rules use, references resolved). Features: the dependency path
between the two mentions' head words (dependency labels, the lemma where the paths meet, the
lemmas on the way), the words between them, their order and distance, and each mention's kind and
type. Labels: a gold row of the text whose subject and object match the pair's names (goldeval's
names_match) and whose evidence overlaps the sentence. Model: one logistic regression per
relation (sued, funded, endorsed, opposed), L2-regularised, trained with Adam in numpy (no new
dependency). A pair scored >= THRESHOLD for a relation is proposed; "opposed" gives way to "sued".

Trained on every news set with texts except the --test sets, it is scored on those sets, pooled,
beside the rules alone (`kg extract`'s proposals at confidence >= 0.5) and the union of both, with
goldeval's matching (relations agree, names match, one proposal per name pair and relation).
With --curve, the classifier is also trained on 5, 10, 15 and 20 of the training sets (three
random draws each) to show how it grows with annotated data.

It needs the dev sets' texts (annotations/news-*/texts/, kept out of git; each set's texts.tsv
says where every text came from and its sha256). docs/extraction.md ("Fifteenth session") reports
its figures.

Usage: .venv/bin/python bench/learned_pairs.py [--test SET ...] [--curve] [--root PROJECT]
                                               [--annotations DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

RELS = ("sued", "funded", "endorsed", "opposed")
TEST = ("news-dev30", "news-dev31", "news-test", "news-test2")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


@dataclass
class Pair:
    set: str
    doc: str
    subject: str
    object: str
    features: list[str]
    labels: set[str] = field(default_factory=set)


@dataclass
class SetData:
    pairs: list[Pair]
    rules: set[tuple[str, str, str, str]]  # (doc, subject, family, object)
    gold: list[tuple[str, str, str, str]]  # positive rows: (file, subject, relation, object)


def path_features(doc, a, b) -> list[str]:  # noqa: ANN001 -- spaCy Doc and two Mentions
    """What links mention A to mention B in their sentence's parse, and what lies between."""
    sa, sb = doc[a.start : a.end], doc[b.start : b.end]
    f = [f"ka:{a.kind}", f"kb:{b.kind}", f"ta:{a.type}", f"tb:{b.type}", f"kab:{a.kind}|{b.kind}"]
    order = "ab" if a.start < b.start else "ba"
    f.append(f"ord:{order}")
    up_a, up_b = [sa.root, *sa.root.ancestors], [sb.root, *sb.root.ancestors]
    on_b = {t.i for t in up_b}
    lca = next((t for t in up_a if t.i in on_b), None)
    if lca is None:
        f.append("nolca")
    else:
        up = up_a[: [t.i for t in up_a].index(lca.i)]
        down = up_b[: [t.i for t in up_b].index(lca.i)]
        meet = lca.lemma_.lower()
        da, db = (up[-1].dep_ if up else "self"), (down[-1].dep_ if down else "self")
        f += [f"lca:{meet}", f"lcad:{meet}|{da}|{db}", f"dd:{da}|{db}", f"lcapos:{lca.pos_}|{da}|{db}"]
        if len(up) + len(down) <= 6:
            f.append(
                "path:"
                + " ".join(
                    [f"^{t.dep_}:{t.head.lemma_.lower()}" for t in up]
                    + [f"v{t.dep_}" for t in reversed(down)]
                )
            )
            f.append("pathd:" + " ".join([f"^{t.dep_}" for t in up] + [f"v{t.dep_}" for t in reversed(down)]))
        else:
            f.append("path:long")
        for t in up[1:] + down[1:]:
            f += [f"pl:{t.lemma_.lower()}", f"pll:{t.lemma_.lower()}|{meet}"]
        if any(c.dep_ == "neg" for c in lca.children):
            f.append("lcaneg")
        f.append(f"plen:{min(len(up) + len(down), 8)}")
    lo, hi = (sa, sb) if order == "ab" else (sb, sa)
    between = doc[lo.end : hi.start]
    if len(between) <= 10:
        f += [f"bw:{t.lemma_.lower()}" for t in between if not t.is_punct]
        if len(between) <= 4:
            f.append("bws:" + " ".join(t.lemma_.lower() for t in between))
    else:
        f.append("bw:long")
    f.append(f"gap:{min(len(between) // 3, 6)}")
    return f


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    if not evidence:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in evidence.split()), text)
    return (m.start(), m.end()) if m else None


def load_set(runner, name: str, annotations: Path) -> SetData:  # noqa: ANN001 -- kg.extraction.run.Runner
    from kg.extraction.fullnames import FullNames
    from kg.extraction.goldeval import load_gold, names_match, read_texts
    from kg.extraction.mentions import OBJECT_ONLY_KINDS, get_mentions
    from kg.extraction.text import AsWritten, prepare

    ex = runner.extractor
    folder = annotations / name / "texts"
    present = {p.name for p in folder.glob("*.txt")}
    gold = [g for g in load_gold(annotations / name / "gold.tsv") if g.file in present]
    texts = read_texts(folder, gold)
    out = SetData([], set(), [(g.file, g.subject, g.relation, g.object) for g in gold if g.positive])
    for fn, text in texts.items():
        ex.fit(text)
        prepared = prepare(text)
        doc = ex.nlp(prepared)
        for p in ex.proposals(doc, fn, text):
            if p.confidence >= 0.5 and not p.negated and (fam := family(p.relation, ex.onto)):
                out.rules.add((fn, p.subject.name, fam, p.object.name))
        ms = get_mentions(doc)
        names = FullNames(doc, ex.titles, ex.title_forms, ex.org_heads)
        # the names kg extract would give these mentions (Extractor._actor: fullest name, registry label)
        written = AsWritten(lambda p=prepared: p, text)  # the text the doc was read from
        actors = [ex._actor(doc, m, names, written) for m in ms]  # noqa: SLF001
        golds = [(g, evidence_span(text, g.evidence)) for g in gold if g.file == fn and g.positive]
        for sent in doc.sents:
            inside = [i for i, m in enumerate(ms) if sent.start <= m.start < sent.end]
            for i in inside:
                for j in inside:
                    a, b = ms[i], ms[j]
                    if (
                        actors[i].key == actors[j].key
                        or a.kind in OBJECT_ONLY_KINDS
                        or (a.start < b.end and b.start < a.end)
                    ):
                        continue
                    pair = Pair(name, fn, actors[i].name, actors[j].name, path_features(doc, a, b))
                    for g, span in golds:
                        if span and not (span[0] < sent.end_char and sent.start_char < span[1]):
                            continue  # the fact is told in another sentence
                        if names_match(pair.subject, g.subject) and names_match(pair.object, g.object):
                            pair.labels |= {g.relation, "opposed"} if g.relation == "sued" else {g.relation}
                    out.pairs.append(pair)
    return out


def family(relation: str, onto) -> str | None:  # noqa: ANN001 -- kg.base.ontology.Ontology
    for fam in ("sued", "opposed", "funded", "endorsed"):
        if relation in onto.relation_descendants(fam):
            return fam
    return "supported" if relation == "supported" else None


class Model:
    """One logistic regression per relation over sparse binary features."""

    def __init__(self, pairs: list[Pair], l2: float = 1e-5, iters: int = 300, lr: float = 0.05) -> None:
        counts = Counter(x for p in pairs for x in set(p.features))
        self.vocab = {k: i + 1 for i, k in enumerate(k for k, c in counts.items() if c >= 2)}  # 0: bias
        flat, starts, rows = self._indices(pairs)
        y = np.array([[float(r in p.labels) for r in RELS] for p in pairs])
        w = np.zeros((len(self.vocab) + 1, len(RELS)))
        m, v = np.zeros_like(w), np.zeros_like(w)
        for t in range(1, iters + 1):  # full-batch Adam
            prob = 1 / (1 + np.exp(-np.add.reduceat(w[flat], starts, axis=0)))
            grad = np.zeros_like(w)
            np.add.at(grad, flat, (prob - y)[rows])
            grad = grad / len(pairs) + l2 * w
            m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad * grad
            w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        self.w = w

    def _indices(self, pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pairs' known features (and the bias, 0) as one flat array of vocabulary indices, where
        each pair's run starts, and the pair each index belongs to."""
        idx = [[0, *(self.vocab[x] for x in set(p.features) if x in self.vocab)] for p in pairs]
        lens = np.array([len(x) for x in idx])
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        return np.concatenate([np.array(x) for x in idx]), starts, np.repeat(np.arange(len(pairs)), lens)

    def probabilities(self, pairs: list[Pair]) -> np.ndarray:
        """One row per pair, one column per relation of RELS."""
        if not pairs:
            return np.zeros((0, len(RELS)))
        flat, starts, _ = self._indices(pairs)
        return 1 / (1 + np.exp(-np.add.reduceat(self.w[flat], starts, axis=0)))

    def predict(self, p: Pair) -> np.ndarray:
        return self.probabilities([p])[0]


def proposals(data: SetData, probs: np.ndarray, threshold: float) -> set[tuple[str, str, str, str]]:
    """The pairs of DATA whose probability (PROBS, from Model.probabilities) reaches THRESHOLD."""
    out = set()
    for p, prob in zip(data.pairs, probs, strict=True):
        for k, rel in enumerate(RELS):
            if prob[k] >= threshold and not (rel == "opposed" and prob[0] >= threshold):
                out.add((p.doc, p.subject, rel, p.object))
    return out


def score(sets: list[SetData], props: list[set[tuple[str, str, str, str]]], onto) -> str:  # noqa: ANN001
    from kg.extraction.goldeval import names_match, relations_agree

    predicted = correct = gold_n = found = 0
    for data, ps in zip(sets, props, strict=True):
        hit: set[int] = set()
        for doc, subj, rel, obj in ps:
            ok = [
                gi
                for gi, (f, gs, gr, go) in enumerate(data.gold)
                if f == doc
                and relations_agree(rel, gr, onto)
                and names_match(subj, gs)
                and names_match(obj, go)
            ]
            hit.update(ok)
            correct += bool(ok)
        predicted += len(ps)
        gold_n += len(data.gold)
        found += len(hit)
    p, r = correct / max(predicted, 1), found / max(gold_n, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"| {p:.2f} | {r:.2f} | {f1:.2f} | {predicted} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--test", nargs="+", default=list(TEST), help="sets to score (the rest train)")
    ap.add_argument("--curve", action="store_true", help="also train on 5, 10, 15, 20 training sets")
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--annotations", type=Path, help="where the news-* sets are (default: ROOT/annotations)")
    args = ap.parse_args()
    annotations = args.annotations or args.root / "annotations"
    sys.path.insert(0, str(args.root / "src"))
    from kg.base.errors import KGError
    from kg.base.paths import Project
    from kg.extraction.run import Runner

    runner = Runner(Project.find(args.root))
    names = sorted(p.parent.name for p in annotations.glob("news-*/texts/"))
    names = [n for n in names if any((annotations / n / "texts").glob("*.txt"))]
    missing = [t for t in args.test if t not in names]
    if missing:
        print(f"learned_pairs: no texts for {', '.join(missing)}", file=sys.stderr)
        return 1
    try:
        data = {n: load_set(runner, n, annotations) for n in names}
    except KGError as e:
        print(f"learned_pairs: {e}", file=sys.stderr)
        return 1
    train = [n for n in names if n not in args.test]
    if not any(p.labels for n in train for p in data[n].pairs):
        print(
            "learned_pairs: no training set has a gold relation between two mentions of a sentence",
            file=sys.stderr,
        )
        return 1
    test = [data[n] for n in args.test]
    print(
        f"Training sets: {len(train)}; pairs {sum(len(data[n].pairs) for n in train)}, "
        f"{sum(bool(p.labels) for n in train for p in data[n].pairs)} with a gold relation."
    )
    print(f"Scored on {', '.join(args.test)} ({sum(len(d.gold) for d in test)} positive facts), pooled.\n")
    print("| proposals | P | R | F1 | predicted |\n|---|---:|---:|---:|---:|")
    onto = runner.extractor.onto
    print("| rules (kg extract, confidence >= 0.5) " + score(test, [d.rules for d in test], onto))
    model = Model([p for n in train for p in data[n].pairs])
    probs = [model.probabilities(d.pairs) for d in test]
    by_threshold = {}
    for thr in THRESHOLDS:
        learned = by_threshold[thr] = [proposals(d, pr, thr) for d, pr in zip(test, probs, strict=True)]
        print(f"| classifier >= {thr} " + score(test, learned, onto))
        print(
            f"| rules + classifier >= {thr} "
            + score(test, [d.rules | ps for d, ps in zip(test, learned, strict=True)], onto)
        )
    if args.curve:
        print("\n| training sets | classifier >= 0.4: P | R | F1 | predicted |\n|---|---:|---:|---:|---:|")
        for k in (5, 10, 15, 20):
            for seed in range(3):
                pick = random.Random(seed).sample(train, k)  # noqa: S311 -- a reproducible draw, no secret
                m = Model([p for n in pick for p in data[n].pairs])
                learned = [proposals(d, m.probabilities(d.pairs), 0.4) for d in test]
                print(f"| {k} (draw {seed + 1}) " + score(test, learned, onto))
        print(f"| {len(train)} (all) " + score(test, by_threshold[0.4], onto))
    return 0


if __name__ == "__main__":
    sys.exit(main())

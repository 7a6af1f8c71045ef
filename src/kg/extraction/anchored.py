"""A Matcher run only where it can match: on the sentences that hold a word its patterns need.

Patterns with wide gaps ("the lawsuit ... was dismissed") are slow to run over a whole law
review; most sentences lack every word such a pattern requires, and skipping them is exact.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from kg.extraction.mentions import Sentences

ATTRS = ("LEMMA", "LOWER", "ORTH")


def required_words(pattern: list[dict[str, Any]]) -> list[tuple[set[str], set[str], set[str]]]:
    """For each token of PATTERN that must occur and names its words: the (LEMMA, LOWER, ORTH)
    values it accepts. Tokens with other constraints, or none, are left out."""
    out = []
    for tok in pattern:
        op = tok.get("OP", "")
        if op in ("?", "*", "!") or op.startswith("{0") or op.startswith("{,"):
            continue
        if set(tok) - {*ATTRS, "OP"} or not set(tok) - {"OP"}:
            continue
        values: list[set[str]] = []
        ok = True
        for attr in ATTRS:
            v = tok.get(attr)
            if v is None:
                values.append(set())
            elif isinstance(v, str):
                values.append({v})
            elif isinstance(v, dict) and set(v) == {"IN"}:
                values.append(set(v["IN"]))
            else:
                ok = False
        if ok and sum(1 for attr in ATTRS if attr in tok) == 1:
            out.append((values[0], values[1], values[2]))
    return out


class SentenceMatcher:
    """Matches of named patterns, as (name, start, end), found sentence by sentence: only in
    sentences that hold, for some pattern, a word for each token it requires."""

    def __init__(self, nlp: Language, patterns: dict[str, list[list[dict[str, Any]]]]):
        self.matcher = Matcher(nlp.vocab, validate=True)
        strings = nlp.vocab.strings
        # Per pattern, per required token: the hashes it accepts, by attribute.
        self.needs: list[list[dict[str, numpy.ndarray]]] = []
        self.everywhere = False  # a pattern names no word it needs: run on every sentence
        for name, pats in patterns.items():
            self.matcher.add(name, pats, greedy="LONGEST")
            for p in pats:
                need = required_words(p)
                if not need:
                    self.everywhere = True
                self.needs.append(
                    [
                        {
                            a: numpy.array(sorted(strings.add(v) for v in vals), dtype="uint64")
                            for a, vals in zip(ATTRS, req, strict=True)
                        }
                        for req in need
                    ]
                )

    def __call__(self, doc: Doc, sents: Sentences) -> list[tuple[str, int, int]]:
        starts = numpy.array(sents.starts, dtype="int64")
        if self.everywhere or len(doc) == 0:
            candidates = numpy.ones(len(starts), dtype=bool)
        else:
            arr = doc.to_array([LEMMA, LOWER, ORTH])
            candidates = numpy.zeros(len(starts), dtype=bool)
            for need in self.needs:
                ok = numpy.ones(len(starts), dtype=bool)
                for req in need:
                    hit = numpy.isin(arr[:, 0], req["LEMMA"])
                    hit |= numpy.isin(arr[:, 1], req["LOWER"])
                    hit |= numpy.isin(arr[:, 2], req["ORTH"])
                    ok &= numpy.add.reduceat(hit.astype("int64"), starts) > 0
                candidates |= ok
        out = []
        strings = doc.vocab.strings
        for k in numpy.flatnonzero(candidates).tolist():
            lo, hi = sents.bounds(int(starts[k]))
            for key, s, e in self.matcher(doc[lo:hi]):
                out.append((strings[key], lo + s, lo + e))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))

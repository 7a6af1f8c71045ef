"""Plural references: "the unions", "the two district attorneys", "both groups".

"The Dover Police Union, the Detectives Association and the Superior Officers Association endorsed
Roe. The unions also endorsed Park." The definite plural names the list of actors of its kind that
the text conjoined last, within `window` sentences before it: each of them endorsed Park.

Two components, because the list is found before the relations are read and the relations are
copied after:

- `pk_plurals` (after pk_references) finds each definite plural whose head (with its compound
  words) is a description of `references.descriptions` ("unions" -> union: LaborUnion, ...), and the
  latest list of two or more conjoined or apposed named actors, each of a type the description
  allows (and as many as "the two ..." says). It makes the plural a mention (a group, if it was
  none) and records which mentions it stands for.
- `pk_plural_relations` (before pk_modality) gives each relation of such a plural to every actor of
  its list, at `factor` of its confidence; the quote reaches back to the list.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction.mentions import (
    NAMED_KINDS,
    RELATIONS,
    Mention,
    Relation,
    Sentences,
    get_mentions,
    get_relations,
    mention_at,
    set_mentions,
)
from kg.extraction.rules import Rules

PLURALS = "pk_plurals"  # user_data: [[start, end, [[ante_start, ante_end], ...]], ...]


class _Lines:
    """The doc's sentences that hold words (a blank line ends a sentence but is none), by index."""

    def __init__(self, doc: Doc):
        sents = Sentences(doc)
        self.starts = [s for s in sents.starts if not all(t.is_space for t in doc[s : sents.bounds(s)[1]])]
        self.n = len(doc)

    def index(self, tok: int) -> int:
        return bisect.bisect_right(self.starts, tok) - 1

    def start(self, k: int) -> int:
        """The first token of sentence K (clamped: the doc's end after the last)."""
        if k >= len(self.starts):
            return self.n
        return self.starts[max(0, k)]


class Plurals:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        all_rules = Rules.model_validate(rules)
        self.r = all_rules.plurals
        self.ancestors = type_ancestors
        self.descriptions = {
            tuple(k.lower().split()): v for k, v in all_rules.references.descriptions.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        if self.r is None:
            return doc
        mentions = get_mentions(doc)
        if len(mentions) < 2:
            return doc
        sents = _Lines(doc)
        at = mention_at(mentions, len(doc))
        lists = self._lists(doc, mentions)
        found: list[list[Any]] = []
        added: list[Mention] = []
        for tok in doc:
            if tok.lower_ in self.r.pronouns and tok.dep_ in ("nsubj", "nsubjpass"):
                group = self._subject_list(tok, sents, lists, mentions)
                if group is not None:
                    if at[tok.i] < 0:
                        added.append(Mention(tok.i, tok.i + 1, "grp:they", tok.text, "Group", "group", 1.0))
                    found.append([tok.i, tok.i + 1, [[mentions[g].start, mentions[g].end] for g in group]])
                continue
            if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ == "compound":
                continue
            phrase = self._phrase(tok)
            if phrase is None:
                continue
            start, allowed, count = phrase
            k = sents.index(start)
            held_by = mentions[at[tok.i]] if at[tok.i] >= 0 else None
            if held_by is not None and held_by.kind in NAMED_KINDS and held_by.kind != "group":
                continue  # part of a name: "the Dover Police Officers"
            group = self._identified(doc, tok, sents, at, mentions)
            if group is None and allowed:
                lo = sents.start(k - self.r.window)
                fitting = [
                    g
                    for g in lists
                    if (count == 0 or len(g) == count)
                    and all(self._compatible(mentions[x].type, allowed) for x in g)
                ]
                before = [g for g in fitting if lo <= mentions[g[0]].start and mentions[g[-1]].end <= start]
                # none before: the list the next sentence names ("the Middlesex and Suffolk
                # County district attorneys filed a lawsuit. Middlesex DA A and Suffolk DA B ...")
                after = [g for g in fitting if sents.index(mentions[g[0]].start) == k + 1]
                if before:
                    group = max(before, key=lambda g: mentions[g[-1]].end)
                elif after:
                    group = min(after, key=lambda g: mentions[g[0]].start)
            if group is None:
                continue
            end = tok.i + 1
            held = next((m for m in mentions if m.kind == "group" and m.start <= tok.i < m.end), None)
            if held is not None:
                start, end = held.start, held.end  # the collective the actors component read
            else:
                while start < tok.i and doc[start].lower_ in self.r.determiners:
                    start += 1  # a mention's words start after "the", as the collectives' do
                text = doc[start:end].text
                added.append(Mention(start, end, f"grp:{text.lower()}", text, "Group", "group", 1.0))
            found.append([start, end, [[mentions[g].start, mentions[g].end] for g in group]])
        if found:
            if added:
                covered = {k for m in added for k in range(m.start, m.end)}
                # a description the references read inside the plural ("the unions" is no union)
                kept = [m for m in mentions if not (m.kind not in NAMED_KINDS and m.start in covered)]
                set_mentions(doc, kept + added)
            doc.user_data[PLURALS] = found
        return doc

    def _phrase(self, tok: Token) -> tuple[int, list[str], int] | None:
        """For a plural noun TOK opening no "of" and owned by no one, the start of its definite or
        counted phrase, the types its description allows (none if it is no description) and the
        count it states (0 if none)."""
        kids = list(tok.children)
        if any(c.dep_ == "poss" for c in kids) or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            return None  # "her critics", "members of the union": not a reference to a list
        left = [c for c in kids if c.i < tok.i and c.dep_ in ("det", "predet", "nummod", "amod", "compound")]
        start = min((c.left_edge.i for c in left), default=tok.i)
        words = [t for t in tok.doc[start : tok.i + 1]]
        count = next((self.r.counts[w.lower_] for w in words if w.lower_ in self.r.counts), 0)
        if not words or (words[0].lower_ not in self.r.determiners and not count):
            return None
        lemmas = [w.lower_ for w in words if w.dep_ == "compound"] + [tok.lemma_.lower()]
        for n in range(len(lemmas), 0, -1):
            allowed = self.descriptions.get(tuple(lemmas[-n:]))
            if allowed:
                return start, allowed, count
        return start, [], count  # a plural of no known kind: only what the text identifies

    def _subject_list(
        self, tok: Token, sents: _Lines, lists: list[list[int]], mentions: list[Mention]
    ) -> list[int] | None:
        """ "A and B endorsed Roe. They also endorsed Park.": a subject "they" is the list that
        was the subject of the sentence before (or of an earlier clause of its own)."""
        doc = tok.doc
        k = sents.index(tok.i)
        lo = sents.start(k - 1)
        best = None
        for g in lists:
            if not (lo <= mentions[g[0]].start and mentions[g[-1]].end <= tok.i):
                continue
            heads = [doc[mentions[x].start : mentions[x].end].root for x in g]
            subject = any(
                h.dep_ in ("nsubj", "nsubjpass")
                or (h.dep_ == "conj" and h.head.dep_ in ("nsubj", "nsubjpass"))
                for h in heads
            )
            if subject and all(h.head.i != tok.head.i for h in heads):
                if best is None or mentions[g[0]].start > mentions[best[0]].start:
                    best = g
        return best

    def _identified(
        self, doc: Doc, tok: Token, sents: _Lines, at: list[int], mentions: list[Mention]
    ) -> list[int] | None:
        """The actors the text says the plural TOK is: in apposition ("The residents, A and B,
        sued") or in a later sentence that says who they are ("The two residents in question are
        A and B"), `identified_window` sentences on at most."""
        named = [
            at[x.i]
            for c in tok.children
            if c.dep_ == "appos"
            for x in (c, *c.conjuncts)
            if at[x.i] >= 0 and mentions[at[x.i]].kind in NAMED_KINDS
        ]
        if len(named) < 2:
            k = sents.index(tok.i)
            hi = sents.start(k + self.r.identified_window + 1)
            for u in doc[tok.i + 1 : hi]:
                if u.lemma_ != tok.lemma_ or u.tag_ != tok.tag_ or u.dep_ != "nsubj" or u.head.lemma_ != "be":
                    continue
                named = [
                    at[x.i]
                    for c in u.head.children
                    if c.dep_ == "attr"
                    for x in (c, *c.conjuncts)
                    if at[x.i] >= 0 and mentions[at[x.i]].kind in NAMED_KINDS
                ]
                break
        named = list(dict.fromkeys(named))
        return named if len(named) >= 2 else None

    def _lists(self, doc: Doc, mentions: list[Mention]) -> list[list[int]]:
        """Groups of two or more named mentions whose heads are conjoined or apposed."""
        named = [i for i, m in enumerate(mentions) if m.kind in NAMED_KINDS and m.kind != "group"]
        by_head = {doc[mentions[i].start : mentions[i].end].root.i: i for i in named}
        parent = {i: i for i in named}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for h, i in by_head.items():
            t = doc[h]
            if t.dep_ in ("conj", "appos") and t.head.i in by_head:
                parent[find(i)] = find(by_head[t.head.i])
        # the model often breaks a list of titled names ("District Attorney A and District Attorney
        # B"): names with only commas, "and", articles and title words between them are one list
        ordered = sorted(named, key=lambda i: mentions[i].start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            gap = doc[mentions[a].end : mentions[b].start]
            if (
                len(gap) <= 4
                and any(t.lower_ in (",", "and") for t in gap)
                and all(t.lower_ in (",", "and", "the") or t.pos_ == "PROPN" for t in gap)
                and not any(t.is_sent_start for t in doc[mentions[a].end : mentions[b].end])
            ):
                parent[find(b)] = find(a)
        groups: dict[int, list[int]] = {}
        for i in named:
            groups.setdefault(find(i), []).append(i)
        out = []
        for g in groups.values():
            keys = {mentions[i].key for i in g}
            if len(keys) >= 2:
                out.append(sorted(g, key=lambda i: mentions[i].start))
        return out

    def _compatible(self, type_: str, allowed: list[str]) -> bool:
        """TYPE is one the description allows, or a broader one that may be it (an "Organization"
        the text calls one of "the unions")."""
        return any(
            a in self.ancestors.get(type_, [type_]) or type_ in self.ancestors.get(a, [a]) for a in allowed
        )


class PluralRelations:
    def __init__(self, nlp: Language, rules: dict[str, Any]):
        self.r = Rules.model_validate(rules).plurals

    def __call__(self, doc: Doc) -> Doc:
        plural = doc.user_data.get(PLURALS)
        if not plural or self.r is None:
            return doc
        mentions = get_mentions(doc)
        index = {(m.start, m.end): i for i, m in enumerate(mentions)}
        stands: dict[int, list[int]] = {}
        for start, end, antes in plural:
            i = index.get((start, end))
            group = [index[(a, b)] for a, b in antes if (a, b) in index]
            if i is not None and len(group) >= 2:
                stands[i] = group
        if not stands:
            return doc
        out: list[Relation] = []
        for r in get_relations(doc):
            subjects = stands.get(r.subject, [r.subject])
            objects = stands.get(r.object, [r.object])
            if len(subjects) == 1 and len(objects) == 1:
                out.append(r)
                continue
            plural = " and ".join(
                doc[mentions[x].start : mentions[x].end].text for x in (r.subject, r.object) if x in stands
            )
            for s in subjects:
                for o in objects:
                    if mentions[s].key == mentions[o].key:
                        continue
                    conf = r.confidence
                    for old, new in ((r.subject, s), (r.object, o)):
                        if old != new:
                            conf = conf / mentions[old].confidence * mentions[new].confidence * self.r.factor
                    copy = replace(
                        r,
                        subject=s,
                        object=o,
                        confidence=conf,
                        notes=[*r.notes, f"“{plural}” read as each actor of the list it stands for"],
                    )
                    # the quote reaches the list, before the trigger or after it
                    first = min(mentions[x].start for x in (s, o))
                    last = max(mentions[x].end - 1 for x in (s, o))
                    if first < r.trigger_start and (copy.context_start < 0 or first < copy.context_start):
                        copy.context_start = first
                    if last >= r.trigger_end and last > copy.context_end:
                        copy.context_end = last
                    out.append(copy)
        doc.user_data[RELATIONS] = [r.to_list() for r in out]
        return doc


@Language.factory("pk_plurals", default_config={"rules": {}, "type_ancestors": {}})
def make_plurals(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Plurals:
    return Plurals(nlp, rules, type_ancestors)


@Language.factory("pk_plural_relations", default_config={"rules": {}})
def make_plural_relations(nlp: Language, name: str, rules: dict[str, Any]) -> PluralRelations:
    return PluralRelations(nlp, rules)

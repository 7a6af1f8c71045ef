"""The `pk_withdrawn` component: a lawsuit dropped in a later sentence is no current suit.

"Pastor Roe sued Prosecutor Doe in July. Last week the lawsuit was dropped." The suit was brought,
but the text says it no longer stands; the news annotation records such a suit as retracted (-),
as it records a withdrawn endorsement. The suit's relations before the withdrawal are marked
negated, with a note and the quote reaching the sentence that drops it:

- "the lawsuit was dropped / withdrawn", "Roe dropped the suit": every suit told before it (only
  Roe's, when the one who drops it is named);
- "Doe was dropped from the lawsuit", "Roe dropped Doe from the suit", "documents dropping Doe":
  the suit against Doe only, where the text tells of one (before or after).

A court's dismissal is no withdrawal: "the judge dismissed the suit" is a ruling (`pk_lawsuits`).

A support the text says was withdrawn ("rescinded his endorsement of Roe", "I regret supporting
Roe") is withdrawn wherever else the text tells of it: "Smith had endorsed Roe in March" is the
support that no longer stands, and is marked retracted too (a retraction note from pk_modality
names such a negation; a plain denial, "did not endorse", does not spread).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import RELATIONS, Relation, get_mentions, get_relations, mention_at
from kg.extraction.rules import Rules


class Withdrawn:
    def __init__(self, nlp: Language, rules: dict[str, Any]):
        self.r = Rules.model_validate(rules).withdrawn
        self.support = set(self.r.support_relations) if self.r is not None else set()

    def __call__(self, doc: Doc) -> Doc:
        if self.r is None:
            return doc
        rels = get_relations(doc)
        retracted = self._retracted_support(doc, rels)
        suits = [r for r in rels if r.relation == self.r.relation and not r.negated]
        if not suits:
            if retracted:
                doc.user_data[RELATIONS] = [r.to_list() for r in rels]
            return doc
        mentions = get_mentions(doc)
        at = mention_at(mentions, len(doc))
        changed = retracted
        for v in doc:
            if v.lemma_ not in self.r.verbs or v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
                continue
            before = [r for r in suits if r.trigger_end <= v.i and not r.negated]
            args = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            dropped = [a for a in args if a.lemma_ in self.r.suit_nouns]
            parties = [at[a.i] for a in args if at[a.i] >= 0 and a.lemma_ not in self.r.suit_nouns]
            droppers = [at[c.i] for c in v.children if c.dep_ == "nsubj" and at[c.i] >= 0]
            hit = []
            if dropped:
                # the suit itself: all told before, or the one who drops it brought
                keys = {mentions[d].key for d in droppers}
                hit = [r for r in before if not keys or mentions[r.subject].key in keys]
            elif parties:
                # a party dropped from the suit: the suit against it, told before or after ("legal
                # documents dropping Doe ... Roe's lawyer, who filed the lawsuit, ...")
                keys = {mentions[p].key for p in parties}
                hit = [r for r in suits if not r.negated and mentions[r.object].key in keys]
            for r in hit:
                r.negated = True
                if v.i > r.trigger_end:
                    r.context_end = max(r.context_end, v.i)
                elif r.context_start < 0 or v.i < r.context_start:
                    r.context_start = v.i
                r.notes = [*r.notes, f"the suit is said to be dropped later (“{v.text}”)"]
                changed = True
        if changed:
            doc.user_data[RELATIONS] = [r.to_list() for r in rels]
        return doc

    def _retracted_support(self, doc: Doc, rels: list[Relation]) -> bool:
        """Mark every current support of a pair whose support the text retracts; True if any."""
        support = self.support
        retractions = [
            r
            for r in rels
            if r.negated and r.relation in support and any(n.startswith("retracted") for n in r.notes)
        ]
        if not retractions:
            return False  # (most documents: their mentions are not read here)
        mentions = get_mentions(doc)
        gone = {(mentions[r.subject].key, mentions[r.object].key) for r in retractions}
        changed = False
        for r in rels:
            if (
                not r.negated
                and r.relation in support
                and (mentions[r.subject].key, mentions[r.object].key) in gone
            ):
                r.negated = True
                r.notes = [*r.notes, "retracted elsewhere in the text"]
                changed = True
        return changed


@Language.factory("pk_withdrawn", default_config={"rules": {}})
def make_withdrawn(nlp: Language, name: str, rules: dict[str, Any]) -> Withdrawn:
    return Withdrawn(nlp, rules)

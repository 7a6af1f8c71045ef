"""The `pk_withdrawn` component: a lawsuit dropped in a later sentence is no current suit.

"Pastor Roe sued Prosecutor Doe in July. Last week the lawsuit was dropped." The suit was brought,
but the text says it no longer stands; the news annotation records such a suit as retracted (-),
as it records a withdrawn endorsement. The suit's relations before the withdrawal are marked
negated, with a note and the quote reaching the sentence that drops it:

- "the lawsuit was dropped / withdrawn", "Roe dropped the suit": every suit told before it (only
  Roe's, when the one who drops it is named);
- "Doe was dropped from the lawsuit", "Roe dropped Doe from the suit", "documents dropping Doe":
  the suit against Doe only, where the text tells of one (before or after).

A suit a court has dismissed is no withdrawal: it was brought, and the ontology records what
became of it as its outcome (pk:outcome "dismissed"), which the suit's relation carries; "the
judge dismissed the suit" is also a ruling against its plaintiff (`pk_lawsuits`). Which suits:

- "a lawsuit filed against Doe by Roe has been dismissed", "the judge dismissed Roe's lawsuit":
  the suits of that plaintiff (a possessor or a "by"), else those against that defendant, else
  every suit told before it;
- "the motion is granted to the extent it seeks dismissal of Plaintiff Roe's claims": Roe's suits.

A dismissal that is asked for, hedged or denied ("a motion to dismiss the suit", "may dismiss",
"refused to dismiss") changes nothing.

A support the text says was withdrawn ("rescinded his endorsement of Roe", "I regret supporting
Roe") is withdrawn wherever else the text tells of it: "Smith had endorsed Roe in March" is the
support that no longer stands, and is marked retracted too (a retraction note from pk_modality
names such a negation; a plain denial, "did not endorse", does not spread).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction.mentions import (
    RELATIONS,
    Mention,
    Relation,
    Sentences,
    get_mentions,
    get_relations,
    mention_at,
)
from kg.extraction.rules import Rules


class Withdrawn:
    def __init__(self, nlp: Language, rules: dict[str, Any]):
        every = Rules.model_validate(rules)
        self.r = every.withdrawn
        self.support = set(self.r.support_relations) if self.r is not None else set()
        self.retraction = set(every.modality.retraction)
        self.support_nouns = set(every.dependencies.support_nouns)

    def __call__(self, doc: Doc) -> Doc:
        if self.r is None:
            return doc
        rels = get_relations(doc)
        unnamed = self._unnamed_support_withdrawn(doc, rels)
        retracted = self._retracted_support(doc, rels) or unnamed
        suits = [r for r in rels if r.relation == self.r.relation and not r.negated]
        if not suits:
            if retracted:
                doc.user_data[RELATIONS] = [r.to_list() for r in rels]
            return doc
        mentions = get_mentions(doc)
        at = mention_at(mentions, len(doc))
        changed = retracted
        changed = self._dismissed(doc, suits, mentions, at) or changed
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

    def _dismissed(self, doc: Doc, suits: list[Relation], mentions: list[Mention], at: list[int]) -> bool:
        """Give the suits a court is said to have dismissed that outcome; True if any."""
        r = self.r
        assert r is not None
        changed = False
        for v in doc:
            if v.lemma_ in r.dismissal_nouns and v.pos_ == "NOUN":
                # "the motion is GRANTED to the extent it seeks dismissal of Plaintiff Roe's
                # claims" (a motion only filed, not granted, dismisses nothing)
                if not any(t.lemma_ in r.granting_verbs and t.pos_ == "VERB" for t in v.sent):
                    continue
                claims = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
                plaintiffs = [
                    mentions[at[t.i]]
                    for c in claims
                    if c.lemma_ in r.suit_nouns
                    for t in c.children
                    if t.dep_ == "poss" and at[t.i] >= 0
                ]
                hit = [s for s in suits if any(_same(mentions[s.subject], m) for m in plaintiffs)]
            elif v.lemma_ in r.dismissal_verbs and v.pos_ == "VERB" and self._realis(v):
                dismissed = [
                    c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in r.suit_nouns
                ]
                if not dismissed:
                    continue
                hit = self._suits_of(dismissed, v, suits, mentions, at)
            else:
                continue
            for s in hit:
                if s.outcome is None:
                    s.outcome = "dismissed"
                    s.notes = [*s.notes, f"the suit is said to be dismissed (“{v.text}”)"]
                    changed = True
        return changed

    def _realis(self, v: Token) -> bool:
        """V is told as done: not asked for, hedged, denied or to come ("a motion to dismiss",
        "may dismiss", "refused to dismiss", "will dismiss")."""
        assert self.r is not None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in self.r.unreal_aux) for c in v.children):
            return False
        return v.dep_ not in ("xcomp", "acl", "advcl", "relcl", "pcomp") and v.tag_ != "VB"

    def _suits_of(
        self, nouns: list[Token], v: Token, suits: list[Relation], mentions: list[Mention], at: list[int]
    ) -> list[Relation]:
        """The suits NOUNS stand for: by their plaintiff (a possessor, a "by"), else by their
        defendant (an "against"), else every suit told before V."""

        def named(words: list[Token]) -> list[Mention]:
            return [mentions[at[t.i]] for w in words for t in (w, *w.conjuncts) if at[t.i] >= 0]

        owners, by, against = [], [], []
        for n in nouns:
            owners += [c for c in n.children if c.dep_ == "poss"]
            for c in [n, *(a for a in n.children if a.dep_ == "acl")]:
                for p in c.children:
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                    if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                        by += objs
                    elif p.dep_ == "prep" and p.lower_ == "against":
                        against += objs
        plaintiffs = named(owners + by)
        if plaintiffs:
            return [s for s in suits if any(_same(mentions[s.subject], m) for m in plaintiffs)]
        defendants = named(against)
        if defendants:
            return [s for s in suits if any(_same(mentions[s.object], m) for m in defendants)]
        if by or owners:
            return []  # "a suit by a deputy": someone the text does not name here
        return [s for s in suits if s.trigger_end <= v.i]

    def _unnamed_support_withdrawn(self, doc: Doc, rels: list[Relation]) -> bool:
        """ "The group endorsed Stuart. ... Last week, the Mingo Deputies withdrew that support.":
        mark the support told last before a withdrawal that names no object of its own (only the
        withdrawer's, where the text names one that told a support); True if any."""
        r = self.r
        assert r is not None
        supports = [x for x in rels if x.relation in self.support and not x.negated]
        if not supports:
            return False
        sents = Sentences(doc)
        mentions: list[Mention] = []
        at: list[int] = []
        changed = False
        for v in doc:
            if v.lemma_ not in self.retraction or v.pos_ != "VERB" or not self._realis(v):
                continue
            nouns = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in self.support_nouns]
            if not nouns or any(
                p.dep_ == "prep" and p.lower_ in ("of", "for") for n in nouns for p in n.children
            ):
                continue  # "withdrew its endorsement of Roe": pk_modality reads that one
            first = sents.starts[max(0, sents.index(v.i) - r.support_window)]
            before = [x for x in supports if first <= x.trigger_start and x.trigger_end <= v.i]
            if not before:
                continue
            if not mentions:  # (read once, and only for a document that withdraws a support)
                mentions = get_mentions(doc)
                at = mention_at(mentions, len(doc))
            agent = v if any(c.dep_ == "nsubj" for c in v.children) else v.head if v.dep_ == "conj" else v
            who = [mentions[at[c.i]] for c in agent.children if c.dep_ == "nsubj" and at[c.i] >= 0]
            own = [x for x in before if any(_same(mentions[x.subject], m) for m in who)]
            if own:
                before = own
            last = max(before, key=lambda x: x.trigger_start)
            pair = (mentions[last.subject].key, mentions[last.object].key)
            for x in before:
                if (mentions[x.subject].key, mentions[x.object].key) == pair:
                    x.negated = True
                    x.context_end = max(x.context_end, v.i)
                    x.notes = [
                        *x.notes,
                        f"retracted later (“{v.text} {doc[nouns[0].left_edge.i : nouns[0].i + 1].text}”)",
                    ]
                    changed = True
        return changed

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


def _same(a: Mention, b: Mention) -> bool:
    """A and B name one actor: one key, or the shorter name's words all in the longer, ending it
    ("Ridout", "Pastor Will Ridout"). (Names are made fullest only after the pipeline.)"""
    if a.key == b.key:
        return True
    x, y = sorted((a.name.lower().split(), b.name.lower().split()), key=len)
    return bool(x) and x[-1] == y[-1] and set(x) <= set(y)


@Language.factory("pk_withdrawn", default_config={"rules": {}})
def make_withdrawn(nlp: Language, name: str, rules: dict[str, Any]) -> Withdrawn:
    return Withdrawn(nlp, rules)

"""The `pk_modality` component: negation, retraction, hypotheticals and attempts.

Reads the words just before each trigger (back to the subject when it precedes the trigger,
at most `window` tokens, never across the sentence start):

- "did not sue", "never endorsed", "declined to endorse", "withdrew its endorsement of" mark the
  relation negated -- it is still reported, flagged, so a reviewer sees what was ruled out;
- "if X sues Y" halves the confidence (a hypothetical), when there is no parse to say which clause
  the "if" governs;
- "tried to recall", "sought to oust" set status "attempted"; "threatened to sue", "threatened".

And from the dependency parse, for every relation: an act that is hedged ("may sue"), conditional
("if she endorses"), intended ("plans to sue"), asked, or a claimed authority is no fact. It gets
status "hypothetical" and its confidence falls under the default threshold (HYPOTHETICAL_FACTOR), so
`kg extract` lists it only when asked for low-confidence proposals.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction import tokens
from kg.extraction.mentions import RELATIONS, Relation, Sentences, get_mentions, get_relations
from kg.extraction.parsed import not_a_fact, refused
from kg.extraction.rules import Rules

MODALS = {"would", "could", "might", "should"}
HYPOTHETICAL_FACTOR = 0.4
# Retraction verbs negate only a noun trigger: "withdrew its endorsement", not "dropped out
# and endorsed".
NOMINALS = {
    "endorsement",
    "support",
    "backing",
    "funding",
    "donation",
    "contribution",
    "lawsuit",
    "suit",
    "complaint",
    "petition",
}


class Modality:
    def __init__(self, nlp: Language, rules: dict[str, Any]):
        m = Rules.model_validate(rules).modality
        self.m = m
        self.negation = set(m.negation)
        self.refusal = set(m.refusal)
        self.retraction = set(m.retraction)
        self.regret = set(m.regret)
        self.returning = set(m.returning)
        self.hypothetical = set(m.hypothetical) - MODALS
        self.attempted = set(m.attempted)
        self.threatened = set(m.threatened)
        self.dependencies = Rules.model_validate(rules).dependencies

    def __call__(self, doc: Doc) -> Doc:
        mentions = get_mentions(doc)
        rels = get_relations(doc)
        sents = Sentences(doc)
        parsed = doc.has_annotation("DEP")
        # Where the hypothetical cue words stand, found once: a sentence with no end (100 KB of
        # text without a full stop) would otherwise be re-read before every one of its triggers.
        # With a parse they are not read at all (see mark).
        hyp = self.hypothetical
        cues = (
            [i for i, w in enumerate(tokens.strings(doc, "lower")) if w in hyp] if rels and not parsed else []
        )
        for r in rels:
            self.mark(doc, r, mentions, sents.bounds(r.trigger_start)[0], cues)
            if not r.negated and contrasted(doc, mentions[r.object], r.trigger_start):
                r.negated = True
                r.notes.append("negated: 'not' before the object in a contrast (\"A, not B\")")
            if parsed and not r.negated and refused(doc[r.trigger_start], self.dependencies):
                r.negated = True
                r.notes.append("negated: refused or stopped short of")
            if parsed and not_a_fact(doc[r.trigger_start], self.dependencies):
                r.status = r.status or "hypothetical"  # "threatened" says more, and stays
                r.confidence = round(r.confidence * HYPOTHETICAL_FACTOR, 4)
                r.notes.append("hedged, conditional, intended or asked: not a fact")
        doc.user_data[RELATIONS] = [r.to_list() for r in rels]
        tokens.release(doc)  # the last component: the shared token strings are not shipped back
        return doc

    def mark(
        self, doc: Doc, r: Relation, mentions: list[Any], sent_start: int, cues: list[int] | None = None
    ) -> None:
        """Mark R from the words before its trigger; CUES are the token indices of the doc's
        hypothetical cue words (found here when not given)."""
        lo = max(sent_start, r.trigger_start - self.m.window)
        subj = mentions[r.subject]
        possessor = subj.end == r.trigger_start or (
            subj.end < len(doc) and doc[subj.end].text in ("'s", "’s")
        )
        if subj.end <= r.trigger_start and not possessor:
            # Words before the subject belong to another clause; but in "X withdrew its
            # endorsement of Y" the subject "its" possesses the trigger and the cue precedes it.
            lo = max(lo, subj.end)
        # The cue words stand before the trigger. (The trigger's own words are no cue: "a vote of
        # no confidence" is no negation.)
        window = list(doc[lo : r.trigger_start])
        if subj.end <= r.trigger_start:
            # "Neither the union nor Mayor Pratt has endorsed X": the words just before the subject
            k = subj.start - 1
            while k >= sent_start and (doc[k].lower_ in ("the", "a", "an") or doc[k].is_title):
                k -= 1
            if k >= sent_start and doc[k].lower_ in ("nor", "neither"):
                window.insert(0, doc[k])
        lemmas = [t.lemma_ for t in window]
        lowers = [t.lower_ for t in window]
        trigger = doc[r.trigger_start]
        # an amount is the money itself: "returned the $3,500 she received from X"
        nominal = trigger.lemma_ in NOMINALS or (trigger.like_num or trigger.tag_ == "$")
        for k, (lem, low) in enumerate(zip(lemmas, lowers, strict=True)):
            followed_by_to = k + 1 < len(window) and lowers[k + 1] == "to"
            if low in self.negation:
                r.negated = True
                r.notes.append(f"negated by {window[k].text!r}")
            elif lem in self.refusal and followed_by_to:
                r.negated = True
                r.notes.append(f"negated by {window[k].text!r} to")
            elif lem in self.retraction and nominal:
                r.negated = True
                r.notes.append(f"retracted ({window[k].text!r})")
            elif lem in self.regret and trigger.tag_ == "VBG" and k == len(window) - 1:
                r.negated = True  # "I regret supporting X": the gerund right after the verb
                r.notes.append(f"retracted ({window[k].text!r})")
            elif lem in self.returning and nominal and doc[r.trigger_start].head.i == window[k].i:
                r.negated = True
                r.notes.append(f"returned ({window[k].text!r})")
            elif lem in self.attempted and followed_by_to:
                r.status = "attempted"
            elif lem in self.threatened and followed_by_to:
                r.status = "threatened"
            elif low in MODALS:
                r.confidence = round(r.confidence * 0.8, 4)
                r.notes.append(f"modal {window[k].text!r}")
        if doc.has_annotation("DEP"):
            return  # the parse says which clause a cue governs (not_a_fact): "If X is recalled, Y,
            # who backed Z, will choose" is no hypothetical backing
        if cues is None:
            cues = [t.i for t in doc[sent_start : r.trigger_start] if t.lower_ in self.hypothetical]
        k = bisect.bisect_left(cues, sent_start)
        if k < len(cues) and cues[k] < r.trigger_start:  # a cue between sentence start and trigger
            r.confidence = round(r.confidence * 0.5, 4)
            r.notes.append("hypothetical")


def contrasted(doc: Doc, obj: Any, trigger: int) -> bool:
    """ "endorsed Battisti, not Korchak", "backed Roe and not Doe": the object after the trigger is
    the one the sentence sets apart with "not" (a comma or "and"/"but" before it)."""
    if obj.start <= trigger or obj.start < 2:
        return False
    k = obj.start - 1
    while k > trigger and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    return doc[k].lower_ == "not" and doc[k - 1].text in (",", "and", "but", ";", "–", "—")


@Language.factory("pk_modality", default_config={"rules": {}})
def make_modality(nlp: Language, name: str, rules: dict[str, Any]) -> Modality:
    return Modality(nlp, rules)

"""Removal: recalls, petitions and efforts to remove, and who they target."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    EFFORT_REACH,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    SUPPORT_ASKED,
    SUPPORTING_ROLES,
    Found,
    governing_verb,
)


class RemovalReadings:
    """Part of `Parsed` (component.py): removal: recalls, petitions and efforts to remove, and who they
    target.
    """

    def named_targets(self, noun: Token) -> list[Token]:
        """Whose removal NOUN names: "the recall of X", "the Boudin recall", "Boudin's recall"."""
        targets = [
            t
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            for t in self.conjuncts(o)
        ]
        return targets or [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]

    def removal_targets(self, noun: Token) -> list[Token]:
        """Whose recall: "the recall of X"; "the recall" alone, the one whose removal the text
        spoke of last (a recall campaign's coverage names its target once)."""
        targets = self.named_targets(noun)
        if targets:
            return targets
        if noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
            # "the recall effort", "another pro-recall committee": the effort's own words
            effort = noun.head
            targets = self.removal_targets(effort) if effort.lemma_ not in self.d.removal_nouns else []
            if targets:
                return targets
            earlier = [t for t in self.removal_context if t.i < noun.i]
            return [earlier[-1]] if earlier else []
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        earlier = [t for t in self.removal_context if t.i < noun.i]
        return [earlier[-1]] if definite and earlier else []

    def removal_noun(self, tok: Token) -> Token | None:
        """The removal word of an effort: "the recall" itself, or "recall" in "the recall effort",
        "a pro-recall committee"."""
        if tok.lemma_ in self.d.removal_nouns:
            return tok
        if tok.lemma_ in self.d.effort_nouns or tok.lemma_ in self.d.committee_nouns:
            for c in tok.children:
                if c.dep_ in ("compound", "amod") and c.lower_ in self.d.removal_nouns:
                    return c
        if (
            tok.lemma_ in self.d.effort_nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("acl", "prep", "relcl") for c in tok.children)
            and any(t.i < tok.i and tok.i - t.i < EFFORT_REACH for t in self.removal_context)
        ):
            return tok  # "... want to recall X. The effort was launched by Y": the recall effort
        return None

    def removal_effort(self, tok: Token) -> Found | None:
        """Removal: "X is organizing the recall of Y", "X voted in favor of the recall of Y";
        support: "X voted against the recall of Y"."""
        if tok.pos_ != "VERB" and not (tok.lemma_ == "be" and tok.pos_ == "AUX"):
            return None
        if tok.lemma_ == "be":
            return self.against(tok)
        if tok.lemma_ in self.d.wanting_verbs:
            # "wants Roe removed from office": the wish is the opposition
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" and c.lemma_ in self.d.removal_acts:
                    targets = [
                        t
                        for g in c.children
                        if g.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                        for t in self.conjuncts(g)
                    ]
                    if targets:
                        rel = self.d.removal_relation
                        return Found(
                            rel, tok, self.subjects_of(tok), targets, rule="dep-wants-removed", overrides=True
                        )
            if tok.lemma_ not in self.d.removal_verbs and tok.lemma_ not in self.d.asking_verbs:
                return None  # "demanded X's resignation", "demanded that X resign": read below
        if tok.lemma_ in self.d.asking_verbs:
            subjects = self.subjects_of(tok)
            for c in tok.children:
                if c.dep_ not in ("advcl", "xcomp", "ccomp") or not subjects:
                    continue
                if (
                    c.tag_ == "VBN"
                    and c.lemma_ in self.d.removal_acts
                    and any(g.dep_ == "auxpass" for g in c.children)
                ):
                    # "called for Roe to be suspended", "demanded that Roe be removed"
                    targets = [
                        t for g in c.children if g.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(g)
                    ]
                    if targets:
                        return Found(
                            self.d.removal_relation,
                            tok,
                            subjects,
                            targets,
                            rule="dep-call-removed",
                            overrides=True,
                        )
                if c.lemma_ in SUPPORT_ASKED and not any(g.dep_ == "neg" for g in c.children):
                    # "urging residents to support Roe", "begged people to vote for Roe": backing
                    backed = [t for g in c.children if g.dep_ == "dobj" for t in self.conjuncts(g)] + (
                        self.prep_objects(c, ["for"]) if c.lemma_ == "vote" else []
                    )
                    if backed:
                        return Found(
                            "supported", tok, subjects, backed, rule="dep-urge-support", overrides=True
                        )
                if c.lemma_ in ("run", "seek") and any(g.dep_ == "neg" for g in c.children):
                    # "urging Roe not to run for a third term": against her staying
                    targets = [t for g in tok.children if g.dep_ in OBJECT_DEPS for t in self.conjuncts(g)]
                    if targets:
                        return Found(
                            "opposed", tok, subjects, targets, rule="dep-urge-not-run", overrides=True
                        )
            # "called for X to resign", "urged X to step down", "called on X to quit"
            for c in tok.children:
                stepping = c.lemma_ == "step" and any(
                    p.dep_ in ("prt", "advmod") and p.lower_ in ("down", "aside") for p in c.children
                )  # the model reads "aside" as an adverb
                if c.dep_ not in ("advcl", "xcomp", "ccomp") or not (
                    c.lemma_ in self.d.resign_words or stepping
                ):
                    continue
                targets = [t for g in c.children if g.dep_ in SUBJECT_DEPS for t in self.conjuncts(g)]
                targets = targets or [
                    t for g in tok.children if g.dep_ in OBJECT_DEPS for t in self.conjuncts(g)
                ]
                targets = targets or self.prep_objects(tok, ["on", "for"])
                subjects = self.subjects_of(tok)
                if targets and subjects:
                    return Found(
                        self.d.removal_relation,
                        tok,
                        subjects,
                        targets,
                        rule="dep-call-to-resign",
                        overrides=True,
                    )
        if tok.lemma_ in ("oppose", "support", "back", "favor", "favour"):
            # "is opposed to recalling X": support of X; "supports recalling X": removal
            relation = self.d.defended_relation if tok.lemma_ == "oppose" else self.d.removal_relation
            acts = [g for c in tok.children if c.dep_ in ("prep", "xcomp") for g in (c, *c.children)]
            for g in acts:
                if g.pos_ == "VERB" and g.tag_ == "VBG" and g.lemma_ in self.d.removal_acts:
                    targets = self.verb_objects(g, [])
                    if targets:
                        subjects = self.subjects_of(tok)
                        rule = "dep-removal-effort"
                        return Found(
                            relation, tok, subjects, targets, rule=rule, overrides=True, replaces=(g.i,)
                        )
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_ in self.d.removal_verbs:
            # "a recall effort led by X", "faces a recall campaign started by X"
            noun = self.removal_noun(tok.head)
            agents = self.prep_objects(tok, ["by"])
            if noun is not None and agents:
                effort = tok.head
                targets = self.removal_targets(noun)
                if not targets and effort.dep_ in OBJECT_DEPS and effort.head.lemma_ in self.d.facing_verbs:
                    targets = self.subjects_of(effort.head)  # "Roe faces a recall led by X": Roe's
                if targets:
                    return Found(
                        self.d.removal_relation,
                        tok,
                        agents,
                        targets,
                        rule="dep-removal-effort",
                        overrides=True,
                    )
        for c in tok.children:
            nouns: list[tuple[Token, str]] = []
            if c.dep_ in OBJECT_DEPS and tok.lemma_ in self.d.removal_verbs and not passive:
                nouns.append((c, self.d.removal_relation))
            if c.dep_ in PASSIVE_SUBJECT_DEPS and tok.lemma_ in self.d.removal_verbs and passive:
                # "The recall effort was started by the group X"
                noun = self.removal_noun(c)
                if noun is not None:
                    targets = self.removal_targets(noun)
                    agents = self.prep_objects(tok, ["by"])
                    if targets and agents:
                        rule = "dep-removal-effort"
                        return Found(self.d.removal_relation, tok, agents, targets, rule=rule, overrides=True)
            if c.dep_ == "prep" and c.lower_ == "against":
                nouns += [(o, self.d.defended_relation) for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_ in self.d.asking_verbs:
                # "called for X's resignation", "pushed for the recall of X"
                nouns += [(o, self.d.removal_relation) for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "in":
                for f in c.children:
                    if f.dep_ == "pobj" and f.lemma_ in ("favor", "favour", "support"):
                        nouns += [
                            (o, self.d.removal_relation)
                            for q in f.children
                            if q.dep_ == "prep" and q.lower_ == "of"
                            for o in q.children
                            if o.dep_ == "pobj"
                        ]
            for effort, relation in nouns:
                noun = self.removal_noun(effort)
                if noun is not None:
                    targets = self.removal_targets(noun)
                    if targets:
                        subjects = self.subjects_of(tok)
                        if effort.lemma_ in self.d.committee_nouns:
                            # "launched a pro-recall committee, X": X seeks the removal too
                            subjects += [a for a in effort.children if a.dep_ == "appos"]
                        return Found(
                            relation,
                            tok,
                            subjects,
                            targets,
                            rule="dep-removal-effort",
                            overrides=True,
                        )
        return None

    def removal_of(self, nouns: list[Token]) -> list[Token] | None:
        """Whose removal NOUNS name ("against the recall of Y", "supportive of her suspension"),
        or None when none of them is a removal."""
        removal = [r for n in nouns if (r := self.removal_noun(n)) is not None]
        return [t for r in removal for t in self.removal_targets(r)] if removal else None

    def turned(self, relation: str) -> str:
        """A stance toward a removal as a stance toward its target: backing or funding it seeks
        the removal, opposing or criticising it defends the target."""
        return self.d.removal_relation if relation in SUPPORTING_ROLES else self.d.defended_relation

    def against(self, tok: Token) -> Found | None:
        """ "X is against Y": opposition; "X is against the recall of Y": defence of Y."""
        nouns = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for o in c.children]
        nouns = [o for o in nouns if o.dep_ == "pobj"]
        subjects = self.subjects_of(tok)
        if not nouns or not subjects:
            return None
        targets = self.removal_of(nouns)
        if targets is not None:
            return Found(self.d.defended_relation, tok, subjects, targets, rule="dep-against", overrides=True)
        objects = [t for n in nouns for t in self.conjuncts(n)]
        return Found("opposed", tok, subjects, objects, rule="dep-against")

    def from_adjective(self, tok: Token) -> Found | None:
        """ "X has been critical of Y", "X was supportive of the suspension of Y" (removal)."""
        relation = self.d.adjectives.get(tok.lemma_)
        if relation is None or tok.pos_ not in ("ADJ", "VERB"):
            return None
        # the small model's "he was disappointed[VBN] with Y": the passive's subject feels it
        felt = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(c)]
        if not felt and tok.dep_ not in ("acomp", "attr", "oprd", "amod"):
            return None
        if tok.pos_ == "VERB" and tok.tag_ != "VBN":
            return None
        nouns = [
            o
            for c in tok.children
            # "critical of Y", "disappointed in Y", "angry with Y"
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "toward", "towards", "in", "with", "at")
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if not nouns:
            return None
        if felt:
            subjects = felt
        elif tok.dep_ == "amod":
            subjects = self.conjuncts(tok.head)  # "a group critical of Y" (rare)
        else:
            subjects = self.subjects_of(governing_verb(tok))
        targets = self.removal_of(nouns)
        if targets is not None:
            return Found(self.turned(relation), tok, subjects, targets, rule="dep-adjective-removal")
        objects = [t for n in nouns for t in self.conjuncts(n)]
        return Found(relation, tok, subjects, objects, rule="dep-adjective")

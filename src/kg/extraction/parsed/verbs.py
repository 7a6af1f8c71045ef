"""Verb triggers: their rules, media targets, reactions and switched sides."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    COURT_NOUNS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VAGUE_MONEY,
    Found,
    own_words,
)
from kg.extraction.rules import VerbTrigger


class VerbReadings:
    """Part of `Parsed` (component.py): verb triggers: their rules, media targets, reactions and switched
    sides.
    """

    # -- triggers ------------------------------------------------------------------------------------
    def from_verb(self, tok: Token) -> Found | None:
        """The first rule of the verb whose reading has an object ("fired X" and "fired back at X"
        are two rules of "fire"), else the first reading."""
        first = None
        for rule in self.verbs.get(tok.lemma_, []):
            found = self.verb_rule(tok, rule)
            if found is not None and found.objects:
                return found
            first = first or found
        return first

    def has_money(self, tok: Token) -> bool:
        return any(
            c.dep_ in OBJECT_DEPS
            and (
                c.like_num
                or c.lower_ in ("$", "money")
                # "$5,000"; "tens of thousands of dollars", "millions": money, however much
                or any(g.text == "$" or g.like_num or g.lemma_ in VAGUE_MONEY for g in own_words(c))
            )
            for c in tok.children
        )

    def verb_rule(self, tok: Token, rule: VerbTrigger) -> Found | None:
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        if rule.requires_money and not self.has_money(tok):
            return None
        if rule.reverse and rule.purposes:
            purpose = self.purpose(tok, rule, self.subjects_of(tok))
            if purpose is not None:
                return purpose  # "raising money to unseat Roe": the raiser's aim
        if rule.reverse:
            # "Roe received $5,000 from the PAC": the giver is in the preposition; "raised $984,000,
            # including $720,000 from X and $50,000 from Y": the givers of the parts listed
            givers = self.prep_objects(tok, rule.preps)
            parts = [
                a
                for c in tok.children
                if c.dep_ in OBJECT_DEPS
                for o in self.prep_objects(c, ["including"]) + [c]
                for a in (o, *o.conjuncts)
            ]
            givers += [g for a in parts for g in self.prep_objects(a, rule.preps) if g not in givers]
            return Found(rule.relation, tok, givers, self.subjects_of(tok), rule=f"dep-{rule.name}")
        if rule.adverbs and not any(c.dep_ == "advmod" and c.lemma_ in rule.adverbs for c in tok.children):
            return None
        particles = [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in rule.particles]
        if rule.particles and not particles:
            return None
        if rule.with_nouns:
            return self.reaction(tok, rule)
        if rule.requires_any_prep and not self._has_prep(tok, rule.requires_any_prep):
            return None  # "in protest" is a preposition and its object
        if rule.not_with_prep and any(
            self._has_prep(t, rule.not_with_prep)
            for t in tok.subtree
            if t.i >= tok.i and t.pos_ != "VERB" or t is tok
        ):
            # "recommended Roe for an endorsement": not one yet ("Roe, a Democrat, ... for": the
            # model may hang the phrase on the object)
            return None
        if rule.object_nouns:
            return self.against_owner(tok, rule)
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)
        relation = rule.relation
        if passive:
            objects = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(c)]
            if tok.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP") for t in objects):
                objects = self.conjuncts(tok.head)  # "the committee, which is funded by X"
            if (
                not objects
                and tok.dep_ == "pcomp"
                and tok.head.lower_ in ("after", "before", "since", "despite")
            ):
                objects = self.subjects_of(tok.head.head)  # "Roe won after being endorsed by X"
            if not objects and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                # "Chardo, 45, has two daughters and is endorsed by X": the first verb's subject
                # (its own subject, active or passive; not its agent: "Roe was sued by the union and
                # was criticized by the mayor" is about Roe)
                objects = [
                    t
                    for c in tok.head.children
                    if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                    for t in self.conjuncts(c)
                ]
            subjects = self.agents(tok)
            if subjects:
                subjects += self.along_with(tok)  # "backed by X, along with Y and Z"
        elif tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            # "a committee funded by X", "Worrell, suspended by the governor"
            objects = self.conjuncts(tok.head)
            subjects = self.prep_objects(tok, ["by"])
        elif tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i:
            # "Backed by X, the committee ran ads": the main clause's subject
            objects = self.subjects_of(tok.head)
            subjects = self.prep_objects(tok, ["by"])
        else:
            subjects = self.subjects_of(tok)
            objects = self.verb_objects(tok, rule.preps)
            if tok.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") for t in objects):
                objects = self.conjuncts(tok.head)  # "Webb, whom the union endorsed"
            if (
                tok.dep_ in ("xcomp", "advcl")
                and tok.head.lemma_ in self.d.asking_verbs
                and any(c.dep_ in OBJECT_DEPS for c in tok.head.children)
                and subjects
            ):
                # "asked the court to remove X": the asker, not the one asked, as word order reads
                asked = [c for c in tok.head.children if c.dep_ in OBJECT_DEPS]
                if relation in (self.d.removal_relation, *self.d.opposing_relations) and any(
                    c.lemma_ in COURT_NOUNS for c in asked
                ):
                    # "petitioned a district court to remove X", "asked a judge to block X": a
                    # case in court against X
                    return Found(
                        "sued", tok, subjects, objects, rule=f"dep-{rule.name}-court", overrides=True
                    )
                return Found(relation, tok, subjects, objects, rule=f"dep-{rule.name}-asked", overrides=True)
            flipped = self.flip(tok, relation)
            if flipped is not None:
                relation, objects = flipped
                return Found(
                    relation, tok, subjects, objects, rule=f"dep-{rule.name}-removal", overrides=True
                )
        if rule.purposes and not passive:
            purpose = self.purpose(tok, rule, subjects)
            if purpose is not None:
                return purpose
        if (
            rule.money_object
            and any(c.dep_ in ("dobj", "obj") and c.lemma_ not in self.d.money_nouns for c in tok.children)
            and not self.has_money(tok)
        ):
            return None  # "gave its endorsement to X": no money given
        media = (
            self.media_target(tok, subjects)
            if (rule.money_object or rule.relation in self.d.money_relations) and not passive
            else None
        )
        if media is not None:
            return media
        if rule.requires_preps and not passive and not self.prep_objects(tok, rule.preps):
            # "funneled contributions into X": the recipient hangs on the money noun
            money = [
                c
                for c in tok.children
                if c.dep_ in OBJECT_DEPS and (c.lemma_ in self.d.money_nouns or self.has_money(tok))
            ]
            into = [t for m in money for t in self.prep_objects(m, rule.preps)]
            if into:
                return Found(relation, tok, subjects, into, rule=f"dep-{rule.name}")
            # "gave Roe $5,000": a dative, with an amount ("gave prosecutors the names" is no gift)
            if not (any(c.dep_ == "dative" for c in tok.children) and self.has_money(tok)):
                return None
        if relation == "sued" and not objects and not passive:
            objects = self.aims(tok)  # "sued to block X's policy", "went to court to stop X"
        if particles:
            # "hit back at X": the particle is no verb of its own ("back" as in "backed X")
            return Found(
                relation,
                tok,
                subjects,
                objects,
                rule=f"dep-{rule.name}",
                overrides=True,
                replaces=tuple(c.i for c in particles),
            )
        return Found(relation, tok, subjects, objects, rule=f"dep-{rule.name}")

    def media_target(self, tok: Token, subjects: list[Token]) -> Found | None:
        """ "spent $600,000 on ads attacking X", "poured money into mailers against X": money for
        ads is for or against whom the ads are, which word order misreads as money for X."""
        nouns = [
            o
            for c in tok.children
            if c.dep_ in ("prep", "dobj") and (c.lower_ in ("on", "into", "for", "in") or c.dep_ == "dobj")
            for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
            # "$300,000 worth of flyers", "$1 million of ads": the ads in the "of"
            for o in [
                o,
                *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children),
            ]
            if o.lemma_ in self.d.media_nouns
        ]
        for n in nouns:
            for a in n.children:
                rel = None
                targets: list[Token] = []
                if a.dep_ in ("acl", "relcl") and a.lemma_ in self.d.media_verbs:
                    rel, targets = self.d.media_verbs[a.lemma_], self.verb_objects(a, [])
                elif a.dep_ == "prep" and a.lower_ in ("against", "attacking"):
                    rel, targets = (
                        "opposed",
                        [t for o in a.children if o.dep_ == "pobj" for t in self.conjuncts(o)],
                    )
                elif a.dep_ == "prep" and a.lower_ in ("for", "supporting"):
                    rel, targets = (
                        "funded",
                        [t for o in a.children if o.dep_ == "pobj" for t in self.conjuncts(o)],
                    )
                if rel and targets:
                    return Found(rel, tok, subjects, targets, rule="dep-money-media", overrides=True)
        return None

    def against_owner(self, tok: Token, rule: VerbTrigger) -> Found | None:
        """ "Judge X dismissed Roe's lawsuit", "the court rejected the petition by Roe", "Roe's
        appeal was denied by Judge X": against the one whose the legal act is."""
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)
        deps = PASSIVE_SUBJECT_DEPS if passive else OBJECT_DEPS
        nouns = [
            c
            for c in tok.children
            if c.dep_ in deps and (c.lemma_ in rule.object_nouns or c.lower_ in rule.object_nouns)
        ]
        if not nouns:
            return None
        owners = [t for n in nouns for c in n.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        owners += [t for n in nouns for t in self.prep_objects(n, ["by", "from"])]
        if not owners:
            owners = [
                t for n in nouns if n.lemma_ in self.nouns for t in self.party_before(n, self.plaintiffs)
            ]
        subjects = self.prep_objects(tok, ["by"]) if passive else self.subjects_of(tok)
        return Found(rule.relation, tok, subjects, owners, rule=f"dep-{rule.name}")

    def reaction(self, tok: Token, rule: VerbTrigger) -> Found | None:
        """ "X's policy was met with disdain by the union", "the union greeted her plan with
        scorn": the reaction noun carries the relation; who reacts is the agent (or the noun's
        "by" / "from"), what they react to the passive's subject (or the active's object)."""
        nouns = [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children
            if o.dep_ == "pobj" and o.lemma_ in rule.with_nouns
        ]
        if not nouns:
            return None
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)
        if passive:
            subjects = self.prep_objects(tok, ["by", "from"]) + [
                t for n in nouns for t in self.prep_objects(n, ["by", "from"])
            ]
            objects = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(c)]
        else:
            subjects = self.subjects_of(tok)
            objects = [t for c in tok.children if c.dep_ in OBJECT_DEPS for t in self.conjuncts(c)]
        return Found(rule.relation, tok, subjects, objects, rule=f"dep-{rule.name}")

    def switched(self, tok: Token) -> list[Found]:
        """ "X switched its endorsement from Y to Z": Y's is retracted, Z's given; "X endorsed Y but
        then switched her support to Z": the endorsement of Y is retracted too."""
        if tok.pos_ != "VERB" or tok.lemma_ not in self.d.switch_verbs:
            return []
        nouns = [c for c in tok.children if c.dep_ in OBJECT_DEPS and c.lemma_ in self.d.support_nouns]
        if not nouns:
            return []
        subjects = self.subjects_of(tok)
        # "from X to Y" hangs on the verb or on the noun, as the parser reads it
        before = [t for h in (tok, *nouns) for t in self.prep_objects(h, ["from"])]
        if tok.dep_ == "conj" and tok.head.lemma_ in self.d.support_verbs:
            before += self.verb_objects(tok.head, [])
        out = (
            [Found("endorsed", tok, subjects, before, negated=True, rule="dep-switch-from")] if before else []
        )
        after = [t for h in (tok, *nouns) for t in self.prep_objects(h, ["to"])]
        if after:
            out.append(Found("endorsed", tok, subjects, after, rule="dep-switch-to"))
        return out

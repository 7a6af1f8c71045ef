"""Noun triggers: "X's suspension of Y", "the lawsuit by X against Y"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    COURT_NOUNS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Found,
    governing_verb,
    parenthesised,
    same_actor,
)


class NounReadings:
    """Part of `Parsed` (component.py): noun triggers: "X's suspension of Y", "the lawsuit by X against Y"."""

    def from_noun(self, tok: Token) -> Found | None:
        rule = self.noun_rule(tok)
        # (a word in lower case the tagger calls a proper noun, "threw jabs at X", is a noun)
        if rule is None or not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            return None
        if rule.requires_of and not any(
            o.lemma_ in rule.requires_of
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ):
            return None
        if rule.requires_verbs and not (tok.dep_ in OBJECT_DEPS and tok.head.lemma_ in rule.requires_verbs):
            return None
        naming = None
        if rule.relation == "sued" and tok.dep_ == "compound" and tok.head.lower_ in ("names", "targets"):
            # "The lawsuit names X and Y": the small model reads "lawsuit names" as one noun
            naming = tok.head
        elif rule.relation == "sued":
            # "The lawsuit, filed Tuesday, names as defendants X": "names" read as the noun's apposition
            naming = next(
                (c for c in tok.children if c.dep_ == "appos" and c.lower_ in ("names", "lists", "targets")),
                None,
            )
        if naming is not None:
            head = naming
            named = [
                t for c in head.children if c.dep_ in ("appos", "dobj", "npadvmod") for t in self.conjuncts(c)
            ]
            # "The complaint names as defendants X, as well as Y"
            named += [
                t
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children
                if o.dep_ == "pobj"
                for t in self.conjuncts(o)
            ]
            owners = [t for c in head.children if c.dep_ == "poss" for t in self.conjuncts(c)]
            if named:
                # "The" is on "names" (one noun) or on the lawsuit ("The lawsuit, filed ..., names")
                plaintiffs = (
                    owners
                    or self.party_before(head, self.plaintiffs)
                    or self.party_before(tok, self.plaintiffs)
                )
                return Found(rule.relation, tok, plaintiffs, named, rule=f"dep-{rule.name}-names")
        objects = self.prep_objects(tok, rule.object_preps)
        possessors = [c for c in tok.children if c.dep_ == "poss"]
        by = self.prep_objects(tok, rule.subject_preps)
        for rc in tok.children:
            # "the lawsuit Roe had filed against X", "the endorsement the union gave Doe"
            if rc.dep_ == "relcl" and rc.lemma_ in self.d.light_verbs:
                by += [
                    t
                    for c in rc.children
                    if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP")
                    for t in self.conjuncts(c)
                ]
                objects = objects or self.prep_objects(rc, rule.object_preps)
        # "the articles introduced by X", "a lawsuit filed by X", "... filed on behalf of X"
        filed = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        by += [t for c in filed for t in self.prep_objects(c, ["by"])]
        # "a $500,000 donation made by X to Y": the participle holds the object's preposition too
        objects = objects or [t for c in filed for t in self.prep_objects(c, rule.object_preps)]
        behalf = [t for c in filed for t in self.on_behalf(c)]
        if not objects and rule.relation == "sued":
            # "the lawsuit to remove Roe", "a petition seeking to oust Roe": whom the suit would remove
            # (the parser may hang the purpose on the verb: "filed a lawsuit to remove Roe")
            beside = (
                [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i]
                if tok.dep_ in OBJECT_DEPS
                else []
            )
            for c in [*tok.children, *beside]:
                if (
                    c.dep_ in ("acl", "relcl", "advcl")
                    and c.lemma_ in self.d.removal_acts
                    and not (c.lemma_ == "recall" and tok.lemma_ == "petition")  # a recall petition: no suit
                ):
                    objects = [t for o in c.children if o.dep_ == "dobj" for t in self.conjuncts(o)]
        if tok.dep_ in OBJECT_DEPS and (not objects or not by):
            # "Records show donations to Roe from Doe": the model hangs the noun's prepositions on
            # the verb; a chain of them right after the noun's phrase is the noun's
            chain, k = [], tok.right_edge.i + 1
            while nxt := [c for c in tok.head.children if c.i == k and c.dep_ in ("prep", "dative")]:
                chain.append(nxt[0])
                k = nxt[0].right_edge.i + 1
            pobjs = [
                (c.lower_, t)
                for c in chain
                for o in c.children
                if o.dep_ == "pobj"
                for t in self.conjuncts(o)
            ]
            if not objects:
                objects = [t for p, t in pobjs if p in rule.object_preps]
            if not by and objects:
                by = [t for p, t in pobjs if p in rule.subject_preps and p != "by"]
        if not by and objects and tok.dep_ in OBJECT_DEPS and "by" in rule.subject_preps:
            # "followed two endorsements of Roe by police groups": the model hangs "by" on the verb;
            # right after the noun's phrase it is the noun's
            by = [
                t
                for c in tok.head.children
                if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1
                for o in c.children
                if o.dep_ == "pobj"
                for t in self.conjuncts(o)
            ]
        if not objects and "against" in rule.object_preps:
            # "the accusations by X against Y": the model hangs "against Y" on X
            objects = [t for b in by for t in self.prep_objects(b, ["against"])]
        if objects and not possessors and not by:
            # "the PBA contributions to X", "the union endorsement of X": with the receiver named,
            # a name before the noun gives it
            by = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        if possessors and by and not objects:
            subjects, objects = by, possessors  # "her suspension by the governor"
        elif (
            possessors
            and all(p.tag_ == "PRP$" for p in possessors)
            and tok.dep_ in OBJECT_DEPS
            and tok.head.lemma_ in self.d.light_verbs
            and self.subjects_of(tok.head)
        ):
            subjects = self.subjects_of(tok.head) + by  # "Roe filed her suit": Roe, named
        else:
            subjects = possessors + by
        for rc in tok.children:
            # "the support she had received from officials like X and Y": the givers are the
            # relative clause's "from", its subject the one supported
            if (
                rc.dep_ == "relcl"
                and rc.lemma_ in self.d.receive_verbs
                and rule.relation in (*self.d.support_relations, *self.d.money_relations)
                and not subjects
                and (givers := self.prep_objects(rc, ["from", "by"]))
            ):
                return Found(
                    rule.relation, tok, givers, self.subjects_of(rc), rule=f"dep-{rule.name}-received"
                )
        if (
            rule.relation in self.d.support_relations
            and tok.tag_ == "NNS"
            and possessors
            and not objects
            and (listed := [t for t in self.prep_objects(tok, ["including"]) if not parenthesised(t)])
        ):
            # "Khan's other key endorsements, including A and B": the listed back their owner (the
            # parser may join "and B" to the endorsements)
            # (or to the verb: a name conjoined to a verb is the list's last item)
            verb = governing_verb(tok)
            listed += [
                c
                for c in [*tok.conjuncts, *(v for v in verb.children if v.dep_ == "conj")]
                if c.pos_ == "PROPN" and c.i > listed[-1].i
            ]
            return Found(rule.relation, tok, listed, possessors, rule=f"dep-{rule.name}-owned-list")
        if rule.relation in self.d.support_relations and tok.tag_ == "NNS" and not possessors:
            listed = self.endorsements_including(tok, rule)
            if listed is not None:
                return listed
        head = tok.head
        receiving = head.lemma_ in self.d.receive_verbs or (
            head.lemma_ in ("bring", "pull", "rake", "haul")
            and any(c.dep_ == "prt" and c.lower_ == "in" for c in head.children)
        )
        if tok.dep_ in OBJECT_DEPS and head.pos_ == "VERB":
            if receiving and not subjects:
                # "brought in donations of $100,000 from X", "drew support from X", "received a
                # reprimand from X": the giver is the verb's "from"
                subjects = self.prep_objects(head, rule.subject_preps)
            if receiving and head.lemma_ == "take" and rule.relation == "criticized":
                # "took a swipe at X": the taker acts ("at X" may hang on the verb); the word-order
                # reading of "took ... X's handling of the case" gives way
                objects = objects or self.prep_objects(head, rule.object_preps)
                subjects = subjects or self.subjects_of(head)
                return Found(
                    rule.relation,
                    tok,
                    subjects,
                    objects,
                    rule=f"dep-{rule.name}",
                    overrides=True,
                    replaces=(head.i,),
                )
            if (
                head.lemma_ in self.d.announcing_verbs
                and rule.relation in self.d.support_relations
                and not possessors
                and (givers := self.prep_objects(tok, ["from", "by"]))
            ):
                # "Roe announced endorsements from Sen. A and Rep. B": those it is from back the one
                # who announces it ("announced the endorsement of X" says no more who backs whom)
                return Found(
                    rule.relation, tok, givers, self.subjects_of(head), rule=f"dep-{rule.name}-announced"
                )
            if (
                (receiving or head.lemma_ in self.d.holding_verbs or head.lemma_ in self.d.losing_verbs)
                and rule.relation in self.d.support_relations
                and not possessors
            ):
                # "Roe had the endorsements of X and Y", "won the backing of X": the givers are in
                # the "of", the one who has them is the one endorsed ("lost" it: no longer)
                givers = self.prep_objects(tok, ["of", "from", "by"])
                if givers:
                    return Found(
                        rule.relation,
                        tok,
                        givers,
                        self.subjects_of(head),
                        negated=head.lemma_ in self.d.losing_verbs,
                        rule=f"dep-{rule.name}",
                        overrides=True,
                    )
            if (
                head.lemma_ in self.d.holding_verbs
                and rule.relation in self.d.support_relations
                and possessors
                and not any(p.tag_ == "PRP$" for p in possessors)
                and not objects
            ):
                # "Roe has the National Rifle Association's endorsement": who has it is backed
                objects = self.subjects_of(head)
            if receiving:
                # "Roe received the union's endorsement": the receiver is the object
                if not objects:
                    objects = self.subjects_of(head)
            elif not subjects and head.lemma_ in self.d.light_verbs and not self.ruled_on(tok):
                # "Lawyer X, who filed the lawsuit on Roe's behalf": Roe brought it
                subjects = self.on_behalf(head, owners=True) or self.subjects_of(head)
            if head.lemma_ in self.d.retraction_verbs or head.lemma_ in self.d.withholding_verbs:
                # "withdrew its endorsement of X"; "denied its endorsement to X"
                objects = objects or self.prep_objects(head, rule.object_preps)
                if possessors and not objects:
                    # "pulled its support from X": with an owner, "from" is whom it is taken from
                    objects = self.prep_objects(tok, ["from"]) or self.prep_objects(head, ["from"])
                    subjects = [t for t in subjects if t not in objects]
                return Found(rule.relation, tok, subjects, objects, negated=True, rule=f"dep-{rule.name}")
            if not objects:
                objects = self.prep_objects(head, rule.object_preps)
        elif (
            tok.dep_ == "pobj"
            and head.lower_ == "with"
            and rule.relation in self.d.support_relations
            and not possessors
            and (givers := self.prep_objects(tok, ["of", "from", "by"]))
            and (backed := self.with_holder(head))
        ):
            # "Roe, with the backing of the FOP, ...", "Roe is armed with the endorsements of X and
            # Y", "Roe enters the race with the support of X": the one who has it is backed
            return Found(rule.relation, tok, givers, backed, rule=f"dep-{rule.name}-with", overrides=True)
        elif (
            tok.dep_ == "pobj"
            and head.lower_ == "including"
            and rule.relation in self.d.support_relations
            and not possessors
            and (holder := governing_verb(head.head)).lemma_ in (*self.d.holding_verbs, *self.d.receive_verbs)
        ):
            # "Roe enjoys wide support across the county -- including backing from A and B": the
            # one who has the support the list is part of
            objects = self.subjects_of(holder)
        elif tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
            # "Roe came under fire from Doe": Doe criticised Roe
            verb = head.head
            objects = self.subjects_of(verb)
            subjects = subjects or self.prep_objects(verb, rule.subject_preps)
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            verb = head.head  # "... filed suit against X" parses "against" under the verb
            if not subjects and verb.lemma_ in self.d.light_verbs:
                subjects = self.subjects_of(verb)
        if not objects and rule.suffered and subjects:
            # "X retired due to harassment from Y", "X was forced to retire due to ..."
            v = governing_verb(tok)
            while v.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in v.children):
                v = v.head
            objects = [
                t
                for c in v.children
                if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
                for t in self.conjuncts(c)
            ]
        if not objects and rule.relation == "sued":
            # "a lawsuit challenging her suspension by the governor", "... challenging Roe's policy"
            for a in tok.children:
                if a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_ in self.d.challenge_verbs:
                    for d in (c for c in a.children if c.dep_ in OBJECT_DEPS):
                        relief = self.nouns.get(d.lemma_)
                        if relief is not None and relief.relation == "sued" and relief.requires_verbs:
                            # "a suit seeking a declaratory judgment against X, Y and Z"
                            objects += self.prep_objects(d, relief.object_preps)
                            continue
                        # "challenging her suspension by the governor": whose act the removal is
                        by = self.prep_objects(d, ["by"])
                        if not by and self.removal_noun(d) is not None:
                            by = self.prep_objects(a, ["by"])
                        objects += by or [d]
        if not objects and rule.relation == "sued":
            # "a lawsuit seeking to remove X", "a suit asking the court to block X's policy"
            objects = [t for a in tok.children if a.dep_ == "acl" for t in self.aims(a)]
        if (
            rule.relation in self.d.support_relations
            and tok.tag_ == "NNS"
            and tok.dep_ in SUBJECT_DEPS
            and head.lemma_ in ("include", "be")
        ):
            # "Roe's endorsements include X, Y and the union": the listed endorse the possessor
            listed = [
                t for c in head.children if c.dep_ in (*OBJECT_DEPS, "attr") for t in self.list_items(c)
            ]
            if listed and possessors:
                return Found(
                    rule.relation, tok, listed, possessors, rule=f"dep-{rule.name}-list", overrides=True
                )
        if (
            rule.relation in (*self.d.support_relations, *self.d.money_relations)
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ in self.d.going_verbs
            and (subjects or objects)
            and (went := self.prep_objects(tok.head, ["to"]))
        ):
            # "The union's endorsement went to Roe", "The endorsement of the union went to Roe"
            # (with the receiver in "to", the noun's "of" names the giver)
            givers = subjects or objects
            return Found(rule.relation, tok, givers, went, rule=f"dep-{rule.name}-went", overrides=True)
        if "from" in rule.subject_preps and (came := self.came_from(tok)):
            # "Contributions to Roe came from X and Y", "Criticism of Roe came from X": the "from"
            # acts; money's possessor receives it ("Most of Roe's funding came from X")
            if rule.relation in self.d.money_relations:
                objects = objects or possessors
            if objects:
                return Found(rule.relation, tok, came, objects, rule=f"dep-{rule.name}-came", overrides=True)
        if (
            rule.relation in self.d.support_relations
            and tok.dep_ in OBJECT_DEPS
            and head.lemma_ in self.d.announcing_verbs
            and not possessors
            and objects
            and all(self._organisation(o) for o in objects)
            and (announcers := self.subjects_of(head))
            and all(self._person(a) for a in announcers)
        ):
            # "Roe announced the endorsement of the Harbor Falls Police Union": the organisation's
            # endorsement, announced by the person it backs
            return Found(
                rule.relation, tok, objects, announcers, rule=f"dep-{rule.name}-announced", overrides=True
            )
        if tok.dep_ in SUBJECT_DEPS and head.pos_ == "VERB" and not objects:
            if head.lemma_ in self.d.naming_verbs:
                # "The lawsuit names the city, the union and its president"
                objects = [t for c in head.children if c.dep_ in OBJECT_DEPS for t in self.list_items(c)]
                objects += self.along_with(head)  # "names the state along with Roe"
            elif head.lemma_ in self.d.alleging_verbs:
                # "Roe's lawsuit alleges that the governor ...": against whom the claim is made
                # ("... that the District Court found ...": a court it cites is no defendant)
                objects = [
                    t
                    for c in head.children
                    if c.dep_ == "ccomp"
                    for t in self.subjects_of(c)
                    if not self._court_type(t.ent_type_) and t.lemma_ not in COURT_NOUNS
                ]
        if not objects and (tok.dep_ in OBJECT_DEPS or tok.dep_ in PASSIVE_SUBJECT_DEPS):
            # "filed suit against X"; "Her suit was filed against X"; "filed a lawsuit in state
            # court against X" (the model hangs "against" on the court)
            objects = self.prep_objects(tok.head, rule.object_preps) or [
                t
                for c in tok.head.children
                if c.dep_ == "prep" and c.lower_ in ("in", "before", "with", "to")
                for p in c.children
                if p.dep_ == "pobj"
                for t in self.prep_objects(p, rule.object_preps)
            ]
        if (
            not subjects
            and tok.dep_ in PASSIVE_SUBJECT_DEPS
            and head.lemma_ in self.d.light_verbs
            and rule.relation == "sued"
        ):
            subjects = self.prep_objects(head, ["by"])  # "The suit against X was brought by Y"
        if (
            rule.relation == "sued"
            and tok.dep_ == "pobj"
            and head.lower_ == "in"
            and head.head.pos_ == "VERB"
        ):
            # "In a lawsuit filed Monday, X accused Y of ...", "In its suit, X argues that Y ..."
            verb = head.head
            if verb.lemma_ in self.d.alleging_verbs or verb.lemma_ in self.d.naming_verbs:
                if all(p.tag_ == "PRP$" for p in possessors):
                    # "In her lawsuit against X, Roe argues ...": "her" is the clause's subject
                    subjects = self.subjects_of(verb) or subjects
                subjects = subjects or self.subjects_of(verb)
                objects = (
                    objects
                    or [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in self.conjuncts(c)]
                    or [t for c in verb.children if c.dep_ == "ccomp" for t in self.subjects_of(c)]
                )
                # "Boston lawyer Hart said in the lawsuit that the ACLU had tried ...": one the
                # text already said is suing is no defendant (the speaker may be its lawyer)
                suing = [k for k in (self.name_of(t) for t in self.plaintiffs if t.i < tok.i) if k]
                if any(same_actor(self.name_of(t) or "", k) for t in objects for k in suing):
                    return None
        if rule.requires_verbs and not subjects:
            subjects = self.subjects_of(tok.head)  # "X sought an injunction against Y": X
        if not subjects and rule.relation == "sued" and objects:
            # "Roe filed a lawsuit on Friday. The lawsuit names the city ..."
            subjects = self.party_before(tok, self.plaintiffs)
            if self.ruled_on(tok):
                # "Judge Roe dismissed the lawsuit against X": who rules on a suit did not bring it
                acting = set(self.subjects_of(head))
                subjects = [t for t in subjects if t not in acting]
            subjects = subjects or self.removed_by(objects, tok)
        subjects += [t for t in behalf if t not in subjects]
        grievance = rule.relation == "sued" and self.out_of_court(tok)
        if grievance and not objects:
            # "filed an ethics complaint about X": whom a grievance is about is whom it is against
            about = ["about", "regarding", "concerning"]
            objects = self.prep_objects(tok, about) or (
                self.prep_objects(tok.head, about) if tok.dep_ in OBJECT_DEPS else []
            )
        if not objects and rule.relation == "sued" and subjects:
            objects = self.party_before(tok, self.defendants, again=self.again(tok))
        if grievance:
            # "filed a complaint with the state bar against X": a grievance, no lawsuit
            return Found(
                self.d.opposing_relations[0],
                tok,
                subjects,
                objects,
                rule=f"dep-{rule.name}-grievance",
                overrides=True,  # the word-order rules read a lawsuit
            )
        return Found(rule.relation, tok, subjects, objects, rule=f"dep-{rule.name}")

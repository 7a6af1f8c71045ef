"""Suits and parties: noun rules, party roles, rebuttals and answers."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    OBJECT_DEPS,
    PARTY_ROLES,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Found,
    governing_verb,
)
from kg.extraction.rules import NounTrigger


class SuitReadings:
    """Part of `Parsed` (component.py): suits and parties: noun rules, party roles, rebuttals and answers."""

    def noun_rule(self, tok: Token) -> NounTrigger | None:
        """The noun trigger of TOK, by its lemma or the word itself (the lookup lemmas make
        "backing" "back")."""
        return self.nouns.get(tok.lemma_) or self.nouns.get(tok.lower_)

    def is_suit(self, tok: Token) -> bool:
        """TOK's lemma is a noun of the lawsuit ("lawsuit", "suit", "complaint", "petition")."""
        rule = self.nouns.get(tok.lemma_)
        return rule is not None and rule.relation == "sued"

    def suits_in(self, tok: Token, preps: tuple[str, ...]) -> list[Token]:
        """The lawsuit nouns in TOK's prepositions PREPS ("the defendant in Roe's lawsuit")."""
        return [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children
            if o.dep_ == "pobj" and self.is_suit(o)
        ]

    def party_role(self, tok: Token) -> Found | None:
        """ "X, the defendant in Y's lawsuit", "Y named X as a defendant", "Y, a plaintiff in the
        suit against X": a party's role noun says who sued whom."""
        role = tok.lemma_
        suits = self.suits_in(tok, ("in", "of", "to"))
        t = tok
        named_as = False
        while t.dep_ == "pobj" and t.head.lower_ in ("of", "as", "among") and t.head.head.i != t.head.i:
            named_as = named_as or t.head.lower_ == "as"
            t = t.head.head  # "one of the defendants", "named X as a defendant"
        if t is tok and tok.dep_ in OBJECT_DEPS and tok.head.lemma_ in self.d.naming_verbs:
            t = tok.head  # "The lawsuit names seven defendants, including X": the listed ones
        definite = any(c.lower_ == "the" for c in tok.children)
        namer: list[Token] = []
        passive: list[Token] = []
        if t.dep_ == "appos" or (t.dep_ == "attr" and t.head.lemma_ == "be"):
            described = self.conjuncts(t.head) if t.dep_ == "appos" else self.subjects_of(t.head)
        elif t.dep_ in SUBJECT_DEPS and t.head.lemma_ == "be" and definite:
            # "The other defendants named are X and Y", "The plaintiffs are X and Y"
            described = [x for c in t.head.children if c.dep_ == "attr" for x in self.conjuncts(c)]
        elif (
            t.pos_ == "VERB"
            and (t.lemma_ in self.d.naming_verbs or (named_as and t.lemma_ in self.d.adding_verbs))
            and t is not tok
        ):
            # ("added the city as a defendant", "includes Judd as a defendant")
            passive = [c for c in t.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            described = [
                x
                for c in (passive or [c for c in t.children if c.dep_ in OBJECT_DEPS])
                for x in self.conjuncts(c)
            ]
            namer = [] if passive else self.subjects_of(t)
            if (
                t.dep_ == "relcl"
                and namer
                and all(self._court_type(n.ent_type_) or n.lemma_ == "court" for n in namer)
            ):
                # "filed a lawsuit in the 32nd Judicial Court that named X and Y as defendants":
                # the parser hangs the clause on the court, which names no one; the filer does
                v = governing_verb(t.head)
                namer = self.subjects_of(v) if v.i != t.head.i else []
            # "The Will County suit lists A and B as defendants": the suit's plaintiff names them
            suing = [n for n in namer if n.pos_ == "NOUN" and self.is_suit(n)]
            if suing:
                suits += suing
                namer = [
                    x
                    for n in suing
                    for x in [c for c in n.children if c.dep_ == "poss"]
                    + self.prep_objects(n, ["by", "from"])
                ] or [x for n in suing for x in self.party_before(n, self.plaintiffs)]
            suits += self.suits_in(t, ("in",))
        else:
            return None
        if PARTY_ROLES[role] == "defendant":
            # "are listed as defendants alongside the county government"
            described += [x for x in self.prep_objects(tok, ["alongside"]) if x not in described]
            plaintiffs = namer or [
                x
                for s in suits
                for x in [
                    *(c for c in s.children if c.dep_ == "poss"),
                    *self.prep_objects(s, ["by", "from"]),
                    *(y for a in s.children if a.dep_ == "acl" for y in self.prep_objects(a, ["by"])),
                ]
            ]
            if not plaintiffs and (definite or passive):
                # "the defendants", "X and Y are listed as defendants": of the suit told before
                plaintiffs = self.party_before(tok, self.plaintiffs, again=bool(passive) and not definite)
            return Found("sued", tok, plaintiffs, described, rule="dep-party")
        defendants = [x for s in suits for x in self.prep_objects(s, ["against"])]
        # "X and Y are also plaintiffs in the suit": the defendants the text gave that suit
        defendants = defendants or [x for s in suits for x in self.party_before(s, self.defendants)]
        return Found("sued", tok, described, defendants, rule="dep-party")

    def rebuttal(self, verb: Token) -> Found | None:
        """ "Houck labeled Baratta's criticisms as false", "Wilkins rejected the criticism", "denied
        the allegations": who rebuts a claim opposes the one who made it -- the claim's possessor or
        its "by" / "from", or, for "the criticism" told before, the last who opposed the rebutter."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not dispute the claim"
        if verb.lemma_ in self.d.calling_verbs and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (c.dep_ == "prep" and c.lower_ == "as")
            for c in verb.children
        ):
            return None  # "described the allegations in detail" names nothing
        rebutters = self.subjects_of(verb)
        claims = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_ in self.d.claim_nouns]
        if not rebutters or not claims:
            return None
        authors = [
            p
            for c in claims
            for p in (
                [x for a in c.children if a.dep_ == "poss" for x in self.conjuncts(a)]
                + self.prep_objects(c, ["by", "from"])
            )
        ]
        if not authors and any(
            a.dep_ == "det" and a.lower_ in ("the", "these", "those", "this", "that")
            for c in claims
            for a in c.children
        ):
            keys = {self.key_of(r) for r in rebutters} - {None}
            before = [t for key, t in self.opposers if key in keys and t.i < verb.i]
            authors = before[-1:]
        authors = [a for a in authors if a.tag_ != "PRP$" or self.key_of(a) is not None]
        if not authors:
            return None
        return Found(self.d.opposing_relations[0], verb, rebutters, authors, rule="dep-rebuttal")

    def answer(self, verb: Token) -> Found | None:
        """ "Zellerbach has countered that Hestrin engages in hyperbole", "Roe shot back that Doe had
        never tried a case": the one who answers opposes whom the answer is about (the clause's
        named subject). "Fire", "shoot" and "hit" answer only with "back" (`answering_back_verbs`)."""
        if verb.lemma_ in self.d.answering_back_verbs and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
        ):
            return None
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        answerers = self.subjects_of(verb)
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        if not answerers or not said:
            return None
        keys = {self.key_of(a) for a in answerers}
        targets = [
            t
            for c in said
            for t in self.subjects_of(c)
            if t.pos_ == "PROPN" and self.key_of(t) is not None and self.key_of(t) not in keys
        ]
        if not targets:
            return None
        return Found(self.d.opposing_relations[0], verb, answerers, targets, rule="dep-answer")

    def flip(self, verb: Token, relation: str) -> tuple[str, list[Token]] | None:
        """ "support the recall of X" -> removal of X; "oppose the recall of X" -> support of X."""
        for c in verb.children:
            if c.dep_ in OBJECT_DEPS and c.lemma_ in self.d.removal_nouns:
                targets = self.removal_targets(c)
                if relation in self.d.support_relations:
                    return self.d.removal_relation, targets
                if relation in self.d.opposing_relations:
                    return self.d.defended_relation, targets
                return None
        return None

    def came_from(self, tok: Token) -> list[Token]:
        """The "from" of the verb of arrival TOK is the subject of: "Contributions to Roe came from
        X", "Most of Roe's money came from X" (through a quantity's "of")."""
        t = tok
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in SUBJECT_DEPS:
            t = t.head.head  # "Most of ...", "Half of ...", "$20,000 of ..."
        if t.dep_ not in SUBJECT_DEPS or t.head.lemma_ not in self.d.arrival_verbs:
            return []
        return self.prep_objects(t.head, ["from"])

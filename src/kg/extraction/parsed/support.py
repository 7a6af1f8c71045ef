"""Support and money: purposes, endorsement lists, contributions, roles."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    SUPPORTING_ROLES,
    Found,
    after_colon,
    governing_verb,
    name_last,
    parenthesised,
)
from kg.extraction.rules import NounTrigger, VerbTrigger


class SupportReadings:
    """Part of `Parsed` (component.py): support and money: purposes, endorsement lists, contributions,
    roles.
    """

    def purpose(self, tok: Token, rule: VerbTrigger, subjects: list[Token]) -> Found | None:
        """ "spent $1 million to elect Roe", "... to oppose Doe's candidacy and back Roe's"."""
        verbs = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        # "spent $1.3 million in the closing weeks of the campaign to elect X": the infinitive the
        # model hangs on a noun of the spending's prepositions
        level = [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        nouns = list(level)
        for _ in range(2):  # three prepositions deep: "in the weeks of the campaign to elect X"
            level = [
                o
                for n in level
                for c in n.children
                if c.dep_ == "prep"
                for o in c.children
                if o.dep_ == "pobj"
            ]
            nouns += level
        verbs += [
            a
            for n in nouns
            for a in n.children
            if a.dep_ == "acl" and a.pos_ == "VERB" and any(x.lower_ == "to" for x in a.children)
        ]
        # "spent $2 million trying to unseat Roe": the aim of the trying
        verbs += [
            x
            for v in verbs
            if v.lemma_ in ("try", "seek", "attempt", "aim", "work")
            for x in v.children
            if x.dep_ == "xcomp"
        ]
        for verb in verbs:
            for v in (verb, *verb.conjuncts):
                if v.lemma_ == "help":
                    # "to help defeat Roe": the aim of the help
                    v = next(
                        (
                            c
                            for c in v.children
                            if c.dep_ in ("xcomp", "ccomp")
                            and c.lemma_ in rule.purposes
                            and self.verb_objects(c, [])
                        ),
                        v,
                    )
                rel = rule.purposes.get(v.lemma_)
                if rel is not None:
                    objs = self.verb_objects(v, [])
                    if not objs and v.lemma_ == "help":
                        objs = self._helped(v)
                    if objs and rel == "funded":
                        # "spent $250,000 through the PAC to promote Roe": the committee it went
                        # through got it too
                        objs += self.prep_objects(tok, ["through", "via"])
                    if objs:
                        # money spent to defeat X is no money for X, as word order would read it
                        return Found(
                            rel,
                            tok,
                            subjects,
                            objs,
                            rule=f"dep-{rule.name}-purpose",
                            overrides=rel != "funded",
                        )
        return None

    def _helped(self, help_: Token) -> list[Token]:
        """Whom "help" helps, when the helped one is the subject of a clause under it: "to help
        Roe get elected", "to help Roe win"."""
        for c in help_.children:
            if c.dep_ in ("ccomp", "xcomp"):
                return [
                    t
                    for s in c.children
                    if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                    for t in self.conjuncts(s)
                ]
        return []

    def endorsements_including(self, tok: Token, rule: NounTrigger) -> Found | None:
        """ "Roe racked up a list of endorsements, including A and B", "Roe is racking up
        endorsements from legislators – including A, B and C": the listed endorse the one who
        gathers them."""
        carrier = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            carrier = tok.head.head  # "a list of endorsements", "a string of endorsements"
        verb = carrier.head
        if carrier.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
            return None
        gathering = (
            verb.lemma_ in self.d.receive_verbs
            or verb.lemma_ in self.d.holding_verbs
            or verb.lemma_ in self.d.announcing_verbs  # "Roe announced endorsements from A and B"
        )
        if not gathering and not (
            verb.lemma_ in ("rack", "pile", "line", "stack") and any(c.dep_ == "prt" for c in verb.children)
        ):
            return None
        holders = [tok, carrier, *self.prep_objects(tok, ["from"]), *self.prep_objects(verb, ["from"])]
        # "endorsements from most of the state's Republicans, including A": the share's whole
        holders += [
            o for h in holders if h.pos_ in ("ADJ", "NUM", "PRON") for o in self.prep_objects(h, ["of"])
        ]
        # ("a list of endorsements so far, including from A and B": the parser hangs the list on the
        # verb, after the endorsements)
        after = [verb] if any(c.lower_ == "including" and c.i > tok.i for c in verb.children) else []
        listed = [
            t
            for h in [*holders, *after]
            for t in self.prep_objects(h, ["including", "like"])
            if not parenthesised(t)
        ]  # "state Sen. Mallory McMorrow (Birmingham, Bloomfield Hills)": her district, no endorser
        # "endorsements from the state's delegation: Sen. A and Reps. B and C", "endorsements from a
        # number of groups — A, B and C": the list in apposition to the endorsements or to whom
        # they come from ("a number" of them: what follows the dash names them)
        groups = [h for h in holders if h.pos_ in ("NOUN", "PRON")]
        # "from a number of groups — A, B and C" (not the endorsements' own "of", which names them)
        groups += [
            o for h in groups if h.i != tok.i for o in self.prep_objects(h, ["of"]) if o.pos_ == "NOUN"
        ]
        apposed = [
            t
            for h in groups
            for a in h.children
            if a.dep_ == "appos" and a.i > h.i
            for t in self.list_items(a)
            if not parenthesised(t)
        ]
        # "— A, Citizens for Safe Streets and state Sen. B": the parser joins B to the last word of
        # the name before it
        listed += apposed + [
            c
            for t in apposed
            for c in name_last(t).conjuncts
            if c.i > t.i and c.pos_ == "PROPN" and c not in apposed
        ]
        # "... listed endorsements from the county's legislators: Sen. A and Rep. B" (the parser
        # may hang the names after the colon on the verb)
        listed += [
            t
            # (or on the verb's subject, or the noun the verb was misread to modify: "A statement
            # from Ford listed ...")
            for host in [
                verb,
                *(c for c in verb.children if c.dep_ in SUBJECT_DEPS),
                *([verb.head] if verb.dep_ == "acl" else []),
            ]
            for c in host.children
            if c.dep_ in ("dep", "appos", "npadvmod") and c.pos_ == "PROPN" and c.i > tok.i and after_colon(c)
            for t in self.conjuncts(c)
        ]
        # "an array of endorsements ranging from A to B and C" (the parser may hang "to B" on the
        # array)
        for ranging in (
            c for h in (tok, carrier) for c in h.children if c.dep_ == "acl" and c.lemma_ == "range"
        ):
            listed += self.prep_objects(ranging, ["from", "to"]) + [
                t for h in (tok, carrier) if h.i < ranging.i for t in self.prep_objects(h, ["to"])
            ]
        # "several endorsements, including one from A and one from B"
        ones = [c for t in listed if t.lower_ == "one" for c in (t, *t.conjuncts) if c.lower_ == "one"]
        listed = [t for t in listed if t.lower_ != "one"] + [
            o for t in ones for o in self.prep_objects(t, ["from"])
        ]
        receivers = self.subjects_of(verb)
        if not listed or not receivers:
            return None
        return Found(rule.relation, tok, listed, receivers, rule=f"dep-{rule.name}-including", overrides=True)

    def seeded(self, verb: Token) -> Found | None:
        """ "The PAC, which started out with $300,000 from X", "the committee was established with
        $321,000 from X": X funded what was started with its money."""
        money = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children
            if o.dep_ == "pobj"
            and (o.like_num or o.lemma_ in self.d.money_nouns or any(t.text == "$" for t in o.subtree))
        ]
        givers = [g for m in money for g in self.prep_objects(m, ["from"])]
        if not givers:
            return None
        started = [t for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(c)]
        started = started or self.subjects_of(verb)
        if not started:
            return None
        return Found(self.d.money_relations[0], verb, givers, started, rule="dep-seeded", overrides=True)

    def money_source(self, verb: Token) -> Found | None:
        """ "Most of Roe's money comes from the PAC", "Roe's campaign cash flowed from X": whose
        money it is was funded by where it comes from."""
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            return None
        if subj.lower_ in self.d.share_words or subj.pos_ in ("ADJ", "NUM"):
            subj = next(iter(self.prep_objects(subj, ["of"])), subj)  # "most of Roe's money"
        if subj.lemma_ not in self.d.money_nouns:
            return None
        owners = [t for c in subj.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        givers = self.prep_objects(verb, ["from"])
        if not owners or not givers:
            return None
        return Found(self.d.money_relations[0], verb, givers, owners, rule="dep-money-source", overrides=True)

    def listed_contributions(self, verb: Token) -> Found | None:
        """ "X has raised $35,000. Key contributions include $2,500 from A, $1,500 from B": each
        amount's giver funded whose contributions they are (a possessor, else the one the sentences
        before say raised money)."""
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None or subj.lemma_ not in (*self.d.money_nouns, "donor"):
            return None
        words = [t for t in verb.subtree if t.i > verb.i]
        last = next((t for t in reversed(verb.sent) if not t.is_space), verb)
        if not any(t.dep_ in OBJECT_DEPS | {"attr"} for t in verb.children) and last.text == ":":
            words = self._listed_lines(verb)  # "his top donors included:" and a line for each
        amounts = [t for t in words if (t.like_num or t.text == "$") and t.dep_ != "nmod"]
        givers = [g for a in amounts for g in self.prep_objects(a, ["from"]) if g.pos_ == "PROPN"]
        if not givers:
            return None
        owners = [t for c in subj.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        if not owners:
            owners = self._raiser_before(verb)
        if not owners:
            return None
        relation = self.d.money_relations[0]
        return Found(relation, verb, givers, owners, rule="dep-contributions-listed", overrides=True)

    @staticmethod
    def _listed_lines(verb: Token) -> list[Token]:
        """The words of the sentences after VERB's that each open with an amount, after a bullet
        (">> $10,000 from X, ..."): a list its sentence announces with a colon."""
        doc = verb.doc
        out: list[Token] = []
        k = verb.sent.end
        while k < len(doc):
            sent = doc[k].sent
            first = next((t for t in sent if not (t.is_punct or t.is_space or t.text in (">", ">>"))), None)
            if first is None:
                k = sent.end
                continue
            if not (first.text == "$" or first.like_num):
                break
            out += list(sent)
            k = sent.end
        return out

    def _raiser_before(self, verb: Token) -> list[Token]:
        """The subject of the last verb of raising ("X has raised $35,000") in VERB's sentence or the
        one before it."""
        doc = verb.doc
        start = verb.sent.start
        before = doc[start - 1].sent.start if start > 0 else start
        for t in reversed(doc[before : verb.i]):
            if t.pos_ == "VERB" and t.lemma_ in self.d.raise_verbs and self.has_money(t):
                return self.subjects_of(t)
        return []

    def share_given(self, verb: Token) -> Found | None:
        """ "X has raised $1.8 million, almost all of it contributed by Y": a share of what the
        raiser raised, given by Y; Y funded X."""
        if verb.head.lemma_ not in self.d.raise_verbs or verb.lemma_ not in self.verbs:
            return None
        if self.verbs[verb.lemma_][0].relation not in self.d.money_relations:
            return None
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.d.share_words for c in verb.children
        ):
            return None
        givers = self.agents(verb) or self.prep_objects(verb, ["by", "from"])
        raisers = self.subjects_of(verb.head)
        if not givers or not raisers:
            return None
        relation = self.d.money_relations[0]
        return Found(relation, verb, givers, raisers, rule="dep-share-given", overrides=True)

    def asked_inquiry(self, verb: Token) -> Found | None:
        """ "X called for an investigation of Y", "demanded a probe into Y's office", "asked the
        attorney general to investigate Y", "urged Y to recuse herself": X opposes Y (the one asked
        to investigate does nothing yet)."""
        subjects = self.subjects_of(verb)
        if not subjects:
            return None
        relation = self.d.opposing_relations[0]
        asked = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        for n in (*asked, *self.prep_objects(verb, ["for"])):
            if n.lemma_ in self.d.inquiry_nouns and (targets := self.prep_objects(n, ["of", "into"])):
                return Found(relation, verb, subjects, targets, rule="dep-asked-inquiry", overrides=True)
        for c in verb.children:
            if c.dep_ not in ("xcomp", "ccomp", "advcl"):
                continue
            if c.lemma_ in self.d.inquiry_verbs:
                targets = self.verb_objects(c, ["into"])
            elif c.lemma_ in self.d.recusal_verbs:
                # the one asked: the verb's object, "called on X", or the clause's own subject
                targets = (
                    [t for a in asked for t in self.conjuncts(a)]
                    or self.prep_objects(verb, ["on", "upon"])
                    # "called on District Attorney Peggy Trent to recuse": the model's "oprd"
                    or [t for o in verb.children if o.dep_ == "oprd" for t in self.conjuncts(o)]
                    or [t for g in c.children if g.dep_ in SUBJECT_DEPS for t in self.conjuncts(g)]
                )
            else:
                continue
            # "to investigate X and her use of her office's unit": what X did is no second target
            targets = [
                t
                for t in targets
                if not (t.dep_ == "conj" and t.pos_ == "NOUN" and t.lower_ not in self.proxy_object)
            ]
            if targets:
                return Found(relation, verb, subjects, targets, rule="dep-asked-inquiry", overrides=True)
        return None

    def from_role(self, tok: Token) -> Found | None:
        """ "X, a critic of Y", "X emerged as one of Y's biggest foes", "X is a major donor to Y":
        a role noun relates the one it describes to the one it names."""
        relation = self.d.role_nouns.get(tok.lemma_)
        opening_list = tok.is_sent_start and tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ == "include"
        if relation is None or tok.pos_ != "NOUN" or not (tok.text.islower() or opening_list):
            return None  # a capitalised "Supporters" is part of a name; "Donors to X include ..." opens
        if any(
            c.dep_ in ("det", "amod") and c.lower_ in ("few", "no", "former", "would-be")
            for c in tok.children
        ):
            return None  # "few opponents of X", "no critic of X"
        # "one of Arkansas' biggest donors": donors in a place, not to it
        objects = [
            t for c in tok.children if c.dep_ == "poss" and c.i not in self.places for t in self.conjuncts(c)
        ]
        objects += self.prep_objects(tok, ["of", "to", "for"])
        listed = self.prep_objects(tok, ["including", "like"])
        if listed and tok.tag_ == "NNS":
            # "Roe's supporters, including X and Y", "Roe supporters, like X": the listed are
            # supporters of the possessor or of the name before the noun
            objects = objects or [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return Found(relation, tok, listed, objects, rule="dep-role-list")
        # climb "one of ..." and "as ..." to what the noun describes
        t = tok
        while t.dep_ == "pobj" and t.head.lower_ in ("of", "as", "among") and t.head.head.i != t.head.i:
            t = t.head.head
        # "Roe's biggest donor, X": a name in apposition; not for a rival ("his Republican opponent
        # X" names whom he ran against, which is no relation the annotation records)
        named = [c for c in tok.children if c.dep_ == "appos"] if relation in SUPPORTING_ROLES else []
        if t.dep_ == "appos":
            subjects = self.conjuncts(t.head)
        elif named:
            subjects = self.conjuncts(named[0])  # "Roe's biggest donor, X, gave ..."
            if tok.tag_ == "NNS":
                # "Roe's donors – A, B and C – gave": the small model hangs the first on the second
                subjects += [
                    c
                    for x in subjects
                    for c in x.children
                    if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < x.i and c.i in self.ner_at
                ]
        elif (
            t is not tok
            and t.pos_ == "VERB"
            and tok.head.lower_ == "among"
            and (counted := [a for c in t.children if c.dep_ in OBJECT_DEPS for a in self.conjuncts(c)])
        ):
            # "Roe counts X among her supporters": the one counted; whose supporters, the possessor
            subjects = counted
        elif t.dep_ in ("attr", "oprd") or (t is not tok and t.pos_ in ("VERB", "AUX")):
            # "X is a critic of Y"; "X emerged as one of Y's biggest foes" (climbed to the verb)
            subjects = self.subjects_of(governing_verb(t))
        elif t.dep_ in SUBJECT_DEPS and t.head.lemma_ == "be":
            # "Roe's biggest contributor is X"
            subjects = [a for c in t.head.children if c.dep_ == "attr" for a in self.conjuncts(c)]
        elif t.dep_ in SUBJECT_DEPS and t.head.lemma_ == "include" and tok.tag_ == "NNS":
            # "Her critics include the union and Senator X"
            # ("... include well-known figures like A and B": the names the common noun lists)
            subjects = [
                a
                for c in t.head.children
                if c.dep_ in OBJECT_DEPS
                for a in dict.fromkeys(self.list_items(c) + self.conjuncts(c))
            ]
        else:
            return None  # "backed his opponent": the role is the object, not said of the subject
        # "the organizer of the recall of X", "a contributor to the campaign to oust X"
        targets: list[Token] = []
        for o in objects:
            noun = self.removal_noun(o)
            if noun is not None:
                targets += self.removal_targets(noun)
            elif o.lemma_ in self.d.effort_nouns:
                targets += [
                    t
                    for a in o.children
                    if a.dep_ == "acl" and a.lemma_ in self.d.removal_acts
                    for t in self.verb_objects(a, [])
                ]
        if targets:
            return Found(
                self.turned(relation), tok, subjects, targets, rule="dep-role-removal", overrides=True
            )
        return Found(relation, tok, subjects, objects, rule="dep-role")

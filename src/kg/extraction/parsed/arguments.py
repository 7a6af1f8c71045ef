"""A trigger's subjects, agents and objects, read from the parse."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.parsed.base import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
)
from kg.extraction.relations import DocIndex


class Arguments:
    """Part of `Parsed` (component.py): a trigger's subjects, agents and objects, read from the parse."""

    def subjects_of(self, verb: Token) -> list[Token]:
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and c.tag_ == "NNS":
                # "the two mayors, A and B, expressed ...": the model gives the verb two subjects,
                # the plural and the names
                c = next(
                    (n for n in verb.children if n.dep_ in SUBJECT_DEPS and n.pos_ == "PROPN" and n.i > c.i),
                    c,
                )
            if c.dep_ in SUBJECT_DEPS and c.i not in self.datelines:  # "HARBOR CITY — Roe asked ..."
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    if verb.head.lemma_ in self.d.message_nouns:
                        # "ran a barrage of ads that attack X": who ran them
                        return self.message_agents(verb.head)
                    # "the union, which sued X": the union; "the prosecutors who sued are A and B"
                    head = verb.head
                    if c.lower_ == "which" and self._person(head):
                        # "a committee funded by Tom Steyer, which has attacked X": "which" is no
                        # person; the model hangs it on the nearest noun
                        up = head
                        while up.dep_ in ("pobj", "agent", "prep", "acl") and up.head.i != up.i:
                            up = up.head
                            if up.pos_ == "NOUN":
                                head = up
                                break
                    return self.identified(head) or self.conjuncts(head)
                if (
                    c.lower_ in ("they", "we")
                    and verb.dep_ == "ccomp"
                    and verb.head.lemma_ in self.d.speech_verbs
                ):
                    # "A and B said they support X": the speakers, each
                    speakers = self.subjects_of(verb.head)
                    if len(speakers) > 1:
                        return speakers
                if (
                    c.pos_ == "NOUN"
                    and c.lemma_ in self.d.message_nouns
                    and (authors := self.message_agents(c))
                ):
                    return authors  # "A statement from Ford listed ...", "the union's letter criticized X"
                return self.conjuncts(c) + self.trailing_including(verb, c) + self._likewise(verb)
        if agents := self.agents(verb):
            return agents
        if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            if verb.dep_ == "xcomp" and any(c.dep_ in OBJECT_DEPS for c in head.children):
                if head.lemma_ in self.d.asking_verbs and verb.lemma_ in self.d.asked_acts:
                    # "asked the court to remove X", "urged voters to reject X": the asker seeks it
                    return self.subjects_of(head)
                return []  # "persuaded the council to fund X": not the persuader's act
            return self.subjects_of(head)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and verb.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return self.subjects_of(verb.head)  # "I write to endorse X": a purpose's doer is the writer
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and (named := self.identified(verb.head)):
            return named  # "The only two people voting to support the recall were A and B"
        if verb.tag_ == "VBG" and (be := self._inverted_copula(verb)) is not None:
            # "Also supporting X are A and B", "Among those backing X are A and B"
            return [
                t
                for c in be.children
                if c.dep_ in ("attr", "nsubj") and c.i > verb.i
                for t in self.conjuncts(c)
            ]
        if verb.dep_ == "xcomp" and verb.head.lemma_ in self.d.performative_adjectives:
            return self.subjects_of(verb.head)  # "I am proud to endorse X"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return self.subjects_of(verb.head)  # "..., accusing her of": the clause's subject
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.subjects_of(verb.head)  # "petitioned the court to remove X": a purpose
        if verb.dep_ == "acomp":
            return self.subjects_of(verb.head)  # "X is opposed to ...": X
        if (
            verb.dep_ in ("relcl", "acl")
            and verb.head.dep_ in ("attr", "oprd")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            return self.subjects_of(verb.head.head)  # "X was the first to endorse Y", "the latest to sue"
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ == "in"
            and (join := self._joined(verb.head.head)) is not None
        ):
            # "X joined Y in criticizing Z": both criticise
            return self.subjects_of(join) + [
                t for c in join.children if c.dep_ in OBJECT_DEPS for t in self.conjuncts(c)
            ]
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ in ("in", "by", "after", "before", "while", "since", "upon", "on")
            and verb.head.dep_ == "prep"
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            # "In suspending Roe, the governor cited ...", "After endorsing Roe, the union ...":
            # the clause's subject acts
            return self.subjects_of(verb.head.head)
        for c in verb.children:
            # "X drops out of the race, endorses Y" (a headline's two verbs, read as a clause
            # of the second): the first verb's subject
            if c.dep_ == "ccomp" and c.i < verb.i and verb.doc[verb.i - 1].text == ",":
                return [t for g in c.children if g.dep_ in SUBJECT_DEPS for t in self.conjuncts(g)]
        if verb.dep_ == "acl" and verb.head.lemma_ in self.d.effort_nouns:
            return self.effort_agents(verb.head)
        if (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBD", "VBN")
            and verb.head.lemma_ in self.d.message_nouns
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            # "A second statement from Ford listed endorsements ...": a participle with an object is
            # the sentence's verb, which the model read as modifying its subject
            return self.message_agents(verb.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_ in self.d.message_nouns:
            # "released a statement supporting X", "the union's letter condemning X"
            return self.message_agents(verb.head)
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.lemma_ in self.d.contest_nouns
            and verb.head.dep_ in OBJECT_DEPS
            and verb.head.head.pos_ == "VERB"
        ):
            # "Barkley entered the race questioning Putman's handling": the model hangs the
            # participle on the race; the one who entered it questions
            return self.subjects_of(verb.head.head)
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if (
            before is not None
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and before.pos_ == "PROPN"
            and before.dep_ in ("advmod", "npadvmod", "nmod", "compound")
            and before.head.i == verb.i
        ):
            return [before]  # the small model's "Sheriff Ray Tolliver[advmod] filed": the name is the subject
        return []

    @staticmethod
    def _has_prep(tok: Token, preps: list[str]) -> bool:
        """TOK has a preposition of PREPS, given alone ("over") or with its object's lemma ("in
        protest")."""
        return any(
            c.dep_ == "prep"
            and (
                c.lower_ in preps
                or any(
                    f"{c.lower_} {w}" in preps
                    for o in c.children
                    if o.dep_ == "pobj"
                    for w in (o.lemma_, o.lower_.removesuffix("s"))  # "judgeships": the model's lemma
                )
            )
            for c in tok.children
        )

    def _likewise(self, verb: Token) -> list[Token]:
        """The subjects of an elliptical "as" clause on VERB, who do the same: "Healey has endorsed
        Campbell, as have Sen. A and Rep. B", "The union criticized Roe, as did Mayor X"."""
        out: list[Token] = []
        for c in verb.children:
            if (
                c.dep_ == "advcl"
                and c.i > verb.i
                and c.lemma_ in ("have", "do", "be")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                and not any(x.dep_ in ("xcomp", "ccomp", "acomp") for x in c.children)
            ):
                # the small model reads the inverted subject of "as have A and B" as an object
                said = [
                    x for x in c.children if x.i > c.i and x.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {"attr"}
                ]
                # "as have four former attorneys general, Sen. A and Rep. B": the names after the count
                named = [a for x in said for a in x.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                out += [t for x in said + named for t in self.conjuncts(x)]
        return out

    @staticmethod
    def _named_after(t: Token, idx: DocIndex) -> int:
        """The mention of the name set after T's phrase and a comma, closing the clause ("his pick
        in the race, Democrat Jane Roe."), which the model did not read as T's apposition; -1 if
        none ("..., Roe said" is the speaker)."""
        doc = t.doc
        k = t.right_edge.i + 1
        while k < len(doc) and doc[k].dep_ == "prep" and doc[k].head.i == t.head.i:
            k = doc[k].right_edge.i + 1  # "his pick in the race": the model hangs "in" on the verb
        if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].sent.start != t.sent.start:
            return -1
        j = k + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and idx.mention_at[j] < 0:
            j += 1  # "Democrat" before the name
        m = idx.mention_at[j] if j < len(doc) else -1
        if m < 0 or doc[j].pos_ != "PROPN":
            return -1
        end = j
        while end < len(doc) and idx.mention_at[end] == m:
            end += 1
        return m if end >= len(doc) or doc[end].text in (".", ";", ",", ")") or doc[end].is_sent_end else -1

    @staticmethod
    def _joined(t: Token) -> Token | None:
        """The verb "join" that T is, or whose object T is ("joined A and B in backing X": the
        model may hang "in" on B)."""
        if t.lemma_ == "join":
            return t
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.head if t.pos_ == "PROPN" and t.dep_ in OBJECT_DEPS and t.head.lemma_ == "join" else None

    def agents(self, verb: Token) -> list[Token]:
        """The agent of a passive VERB: "sued by X" -> X."""
        for c in verb.children:
            if c.dep_ == "agent":
                # "endorsed by the delegation ... and by Mayor X": a second "by" joined to the first
                more = [
                    t
                    for b in verb.children
                    if b.dep_ == "prep"
                    and b.lower_ == "by"
                    and b.i > c.i
                    and any(x.dep_ == "cc" and c.i < x.i < b.i for x in verb.children)
                    for p in b.children
                    if p.dep_ == "pobj"
                    for t in self.conjuncts(p)
                ]
                return [t for p in c.children if p.dep_ == "pobj" for t in self.conjuncts(p)] + more
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        # "X was backed in the race by Y": the model hangs "by Y" on "race"; a named "by" object
        # one phrase down is the passive's agent
        for c in verb.children:
            if c.dep_ != "prep" or c.i < verb.i:
                continue
            for n in c.children:
                for b in n.children if n.dep_ == "pobj" else ():
                    if b.dep_ == "prep" and b.lower_ == "by":
                        named = [p for p in b.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                        if named:
                            return [t for p in named for t in self.conjuncts(p)]
        return []

    def identified(self, noun: Token) -> list[Token]:
        """The names a copula identifies a common noun or "those" with: "the prosecutors who sued
        are A and B" -> A, B."""
        if (
            not (noun.pos_ == "NOUN" or noun.lower_ == "those")  # "Those who criticized X were A and B"
            or noun.dep_ not in SUBJECT_DEPS
            or noun.head.lemma_ != "be"
        ):
            return []
        return [t for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i for t in self.conjuncts(c)]

    @staticmethod
    def _inverted_copula(verb: Token) -> Token | None:
        """The "be" of an inverted sentence whose participle VERB opens it and whose subject
        follows: "Also supporting X are ...", "Among those backing X are ..."."""
        head = verb.head
        if verb.dep_ == "csubj" and head.lemma_ == "be":
            return head
        if (
            verb.dep_ == "acl"
            and head.lower_ in ("those", "the")
            and head.dep_ == "pobj"
            and head.head.lower_ == "among"
            and head.head.head.lemma_ == "be"
        ):
            return head.head.head
        return None

    def message_agents(self, noun: Token) -> list[Token]:
        """Who puts out a message: "X's letter", "X released a statement", and through a measure
        or amount: "X ran a barrage of ads", "X bought $1 million in TV ads"."""
        owners = self.effort_agents(noun)
        n = noun
        for _ in range(2):
            if owners or n.dep_ != "pobj" or n.head.dep_ != "prep":
                break
            n = n.head.head
            if n.pos_ in ("VERB", "AUX") and self.has_money(n):
                # "X poured $1.5 million into ads promoting A and slamming B": who paid for them
                return self.subjects_of(n)
            owners = self.effort_agents(n)
        return owners

    def effort_agents(self, noun: Token) -> list[Token]:
        """Who makes an effort: "X's bid", "a push by X", "X launched a campaign"."""
        owners = [t for c in noun.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        owners += self.prep_objects(noun, ["by", "from"])
        if not owners and noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
            owners = self.subjects_of(noun.head)
        return owners

    def prep_objects(self, tok: Token, preps: list[str]) -> list[Token]:
        out: list[Token] = []
        for c in tok.children:
            # "gave to X": the small model often labels that "to" a dative
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                out += [t for p in c.children if p.dep_ == "pobj" for t in self.conjuncts(p)]
                # "support from A, and of B": a preposition joined to it
                out += [
                    t
                    for q in c.children
                    if q.dep_ == "conj" and q.pos_ == "ADP" and q.lower_ in preps
                    for p in q.children
                    if p.dep_ == "pobj"
                    for t in self.conjuncts(p)
                ]
                if c.lower_ == "including":
                    # "endorsements, including from A, B and C": the list hangs on the "from"
                    out += [
                        t
                        for q in c.children
                        if q.dep_ == "prep" and q.lower_ in ("from", "by")
                        for p in q.children
                        if p.dep_ == "pobj"
                        for t in self.conjuncts(p)
                    ]
            # "in support of X", "on behalf of X": for whom, where "for" is ("ruled in favor of X"
            # is no ruling against X)
            if c.dep_ == "prep" and c.lower_ in ("in", "on") and "for" in preps:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_ == "behalf":
                        out += [
                            t for q in p.children if q.dep_ == "poss" for t in self.conjuncts(q)
                        ]  # "on her behalf"
                    if p.dep_ == "pobj" and p.lemma_ in ("support", "behalf", "favor", "favour"):
                        out += [
                            t
                            for q in p.children
                            if q.dep_ == "prep" and q.lower_ == "of"
                            for o in q.children
                            if o.dep_ == "pobj"
                            for t in self.conjuncts(o)
                        ]
        return out

    def verb_objects(self, verb: Token, preps: list[str]) -> list[Token]:
        objs = [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in self.conjuncts(c)]
        # "backed dozens of candidates, including Roe and Doe" (the list hangs on the verb)
        objs += self.prep_objects(verb, ["including"])
        return objs + self.prep_objects(verb, preps)

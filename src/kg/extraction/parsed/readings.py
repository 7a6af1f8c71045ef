"""One trigger read, its relations stored, and its amount."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extraction.mentions import Mention, Relation
from kg.extraction.parsed.base import (
    EXCHANGE_VERBS,
    NOUN_POS,
    OBJECT_DEPS,
    PARTY_ROLES,
    PASSIVE_SUBJECT_DEPS,
    RECIPROCAL_RULES,
    SUBJECT_DEPS,
    Found,
    governing_verb,
)
from kg.extraction.relations import DocIndex


class Readings:
    """Part of `Parsed` (component.py): one trigger read, its relations stored, and its amount."""

    def hyphen_compound(self, tok: Token, idx: DocIndex) -> Found | None:
        """ "Soros-backed State Attorney Jane Roe", "the Finch-funded committee": the name before
        the hyphen backs the one the participle describes."""
        relation = self.d.hyphen_participles.get(tok.lemma_)
        if relation is None or tok.tag_ != "VBN" or tok.i < 2:
            return None
        hyphen, name = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
        if hyphen.text not in ("-", "‐") or hyphen.whitespace_ or name.whitespace_ or name.pos_ != "PROPN":
            return None
        if name.i not in self.ner_at and name.ent_type_ == "" and idx.mention_at[name.i] < 0:
            return None  # "Republican-backed": a party, no actor named
        head = tok.head
        if head.i == tok.i or head.pos_ not in NOUN_POS:
            return None
        return Found(relation, tok, [name], self.conjuncts(head), rule="dep-hyphen", overrides=True)

    def read(self, tok: Token, idx: DocIndex) -> Found | None:
        """The relation TOK triggers, if any, with its arguments as words."""
        found = self.hyphen_compound(tok, idx) if tok.lemma_ in self.d.hyphen_participles else None
        if found is not None:
            return found
        if (
            idx.mention_at[tok.i] >= 0
            and tok.lemma_ in self.d.role_nouns
            and not self.prep_objects(tok, ["including", "like"])  # "Roe's supporters, including X"
            and not (tok.dep_ == "pobj" and tok.head.lower_ in ("among", "of"))  # "among Roe's critics"
        ):
            m = idx.mentions[idx.mention_at[tok.i]]
            defined = m.kind == "group" and (
                (
                    tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ in ("be", "include")
                )  # "Roe's donors were A and B"
                or any(c.dep_ == "appos" for c in tok.children)  # "Roe's donors – A, B and C – gave"
            )
            if defined:
                return self.from_role(tok)
            if m.kind != "description" or tok.dep_ not in ("attr", "appos", "oprd"):
                return None  # the word is part of an actor's name or description
            return self.from_role(tok)  # "X is the largest donor to Y": a predicate, no referent
        if (
            tok.lemma_ in self.d.removal_verbs
            or tok.lemma_ in self.d.asking_verbs
            or tok.lemma_ in ("vote", "oppose", "favor", "favour", "be")
            or tok.lemma_ in self.d.wanting_verbs
        ):
            found = self.removal_effort(tok)
        if found is None and tok.pos_ == "VERB" and tok.lemma_ in self.d.asking_verbs:
            found = self.asked_inquiry(tok)
        if found is None and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "ccomp"):
            found = self.share_given(tok)
        if found is None and tok.pos_ == "VERB" and tok.lemma_ in self.d.source_verbs:
            found = self.money_source(tok)
        if found is None and tok.pos_ == "VERB" and tok.lemma_ == "include":
            found = self.listed_contributions(tok)
        if found is None and tok.pos_ == "VERB" and tok.lemma_ in self.d.founding_verbs:
            found = self.seeded(tok)
        if (
            found is None
            and tok.pos_ == "VERB"
            and (tok.lemma_ in self.verbs or tok.lemma_ in EXCHANGE_VERBS)
        ):
            found = self.mutual(tok)
        if found is None and tok.lemma_ in self.d.rebuttal_verbs and tok.pos_ == "VERB":
            found = self.rebuttal(tok)  # before the verb's own rule ("rejected her petition")
        if found is None and tok.lemma_ in self.d.answering_verbs and tok.pos_ == "VERB":
            found = self.answer(tok)
        if found is None and (tok.lemma_ in self.verbs or self.noun_rule(tok) is not None):
            found = self.from_verb(tok) if tok.pos_ in ("VERB", "AUX") else self.from_noun(tok)
        if found is None and tok.lemma_ in self.d.speech_verbs and tok.pos_ == "VERB":
            found = self.judgement(tok, idx)
        if found is None and tok.lemma_ in self.d.calling_verbs and tok.pos_ == "VERB":
            found = self.called(tok)
        if found is None and tok.lower_.startswith("countersu") and tok.pos_ == "VERB":
            # "The supervisors countersued": against the last who sued them
            against = self.verb_objects(tok, ["against"]) or self.party_before(
                tok, self.plaintiffs, again=True
            )
            found = Found("sued", tok, self.subjects_of(tok), against, rule="dep-countersue")
        if found is None and tok.lemma_ in self.d.reciprocal_verbs and tok.pos_ == "VERB":
            found = self.reciprocal(tok)
        if found is None and tok.lemma_ in self.d.role_nouns:
            found = self.from_role(tok)
        if found is None and tok.lemma_ in PARTY_ROLES and tok.pos_ == "NOUN":
            found = self.party_role(tok)
        if found is None and tok.lemma_ in self.d.adjectives:
            found = self.from_adjective(tok)
        if found is None and idx.money_at[tok.i] >= 0:
            found = self.money_from(tok)
        if (
            found is not None
            and found.rule not in RECIPROCAL_RULES
            and set(found.subjects) & set(found.objects)
        ):
            # "Several unions have endorsed her campaign, including A and B": the list went to
            # the subject (trailing_including); it is not also the object
            found.objects = [o for o in found.objects if o not in found.subjects]
        return found

    def mutual(self, verb: Token) -> Found | None:
        """ "X and Y have been slamming each other", "X and Y attacked one another", "X and Y traded
        barbs": each of them does it to the other. Only for verbs of opposition and for exchanges
        of attacks (`reciprocal_nouns`)."""
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("at", "against", "with")
            for o in c.children
        ]
        each_other = any(
            (o.lower_ == "other" and any(c.lower_ == "each" for c in o.children))
            or (o.lower_ == "another" and any(c.lower_ == "one" for c in o.children))
            or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children))
            for o in objects
        )
        relation = None
        if each_other:
            relation = next(
                (
                    r.relation
                    for r in self.verbs.get(verb.lemma_, [])
                    if r.relation in self.d.mutual_relations
                ),
                None,
            )
        elif verb.lemma_ in EXCHANGE_VERBS and any(o.lemma_ in self.d.reciprocal_nouns for o in objects):
            relation = self.d.opposing_relations[0]
        if relation is None:
            return None
        sides = self.subjects_of(verb)
        if len(sides) < 2:
            return None
        return Found(relation, verb, sides, sides, rule="dep-mutual")

    def reciprocal(self, verb: Token) -> Found | None:
        """ "X and Y have sparred", "X clashed with Y": each of them opposes the other (the pairs of
        one actor with itself are left out where relations are made)."""
        sides = self.subjects_of(verb) + self.prep_objects(verb, ["with"])
        if len(sides) < 2:
            return None
        return Found(self.d.opposing_relations[0], verb, sides, sides, rule="dep-reciprocal")

    def money_from(self, tok: Token) -> Found | None:
        """ "The committee raised $2 million from two sources: $1 million from X and $1 million from
        Y": an amount from a giver, in a list under a verb of raising or receiving, is the giver's
        money for that verb's subject."""
        if tok.pos_ not in ("NUM", "NOUN", "SYM"):
            return None
        owners = (tok,) if tok.head.like_num and tok.head.i != tok.i else (tok, tok.head)  # "$" of "3,500"
        for rc in [c for c in owners for c in c.children if c.dep_ in ("relcl", "acl")]:
            # "the $3,500 she received from X" (and the small model's "the $3,500 [her campaign
            # received from X]", the clause hung on the noun the amount counts)
            if rc.lemma_ in self.d.receive_verbs and (givers := self.prep_objects(rc, ["from", "by"])):
                receiver = self.subjects_of(rc) or (
                    [tok.head] if rc.head is tok.head and rc.dep_ == "acl" else []
                )
                return Found("funded", tok, givers, receiver, rule="dep-money-received")
        if (
            tok.dep_ == "appos"
            and tok.head.pos_ == "PROPN"
            and tok.i > 0
            and tok.doc[tok.left_edge.i - 1].text == "("
            and (to := self.prep_objects(tok, ["to"]))
        ):
            # "Gary Roe ($7,500 to Doe)": a donor list's parenthesis gives the amount and to whom
            return Found("funded", tok, [tok.head], to, rule="dep-money-aside")
        givers = self.prep_objects(tok, ["from"])
        if not givers:
            return None
        t = tok
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX") and t.dep_ in self.d.money_list_deps:
            t = t.head
        if t.pos_ != "VERB" or t.lemma_ not in self.d.raise_verbs:
            return None
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in t.children):
            return None
        return Found("funded", tok, givers, self.subjects_of(t), rule="dep-money-from")

    def relations(
        self,
        found: Found,
        actor: Callable[[Token], int],
        mentions: list[Mention],
        idx: DocIndex,
        seen: set[tuple[int, str, int, int]],
        have: dict[tuple[str, str], list[Relation]],
        owned: dict[int, list[tuple[Mention, Mention]]],
        conjoined: Callable[[Token, Mention], bool],
    ) -> tuple[list[Relation], bool]:
        """FOUND's relations between actors, less what the word-order rules already read; and
        whether the parse reads its trigger with other actors than those rules did, so that its
        reading replaces theirs."""
        tok = found.trigger
        negated = found.negated or self.negated(tok)
        new: list[Relation] = []
        contested = False
        # the parse agrees with a word-order reading of this trigger on one pair: its other
        # arguments ("$1 million from X and $500,000 from Y") are read as surely
        keys = [(actor(a), actor(b)) for a in found.subjects for b in found.objects]
        agreed = {(mentions[a].key, mentions[b].key) for a, b in keys if a >= 0 and b >= 0}
        agrees = any((rs.key, ro.key) in agreed for rs, ro in owned.get(tok.i, []))
        for s_tok in found.subjects:
            si = actor(s_tok)
            if si < 0 or mentions[si].kind in ("owner",):
                continue
            for o_tok in found.objects:
                oi = actor(o_tok)
                if oi < 0:
                    continue
                s, o = mentions[si], mentions[oi]
                if s.key == o.key and found.rule in RECIPROCAL_RULES and s_tok.i != o_tok.i:
                    # "he and the governor have sparred": two sides, so the pronoun is the other one
                    for m, is_subject in ((s, True), (o, False)):
                        alt = m.alternative() if m.kind == "pronoun" else None
                        if alt is not None and alt.key != (o.key if is_subject else s.key):
                            mentions.append(alt)
                            if is_subject:
                                si, s = len(mentions) - 1, alt
                            else:
                                oi, o = len(mentions) - 1, alt
                            break
                if s.key == o.key:
                    continue
                # the word-order rules already relate these two, by this relation or at this
                # trigger ("was sued by X, who says ..." may be read twice: a lawsuit and a claim)
                same = [
                    r
                    for r in have.get((s.key, o.key), [])
                    if r.relation == found.relation or r.trigger_start <= tok.i < r.trigger_end + 3
                ]
                if same and not found.overrides:
                    # where they read the same trigger the same way, the parse's surer reading
                    # lifts their confidence
                    conf = round(self.d.confidence * s.confidence * o.confidence, 4)
                    for r in same:
                        if (
                            r.trigger_start <= tok.i < r.trigger_end + 3
                            and r.confidence < conf
                            and r.negated == negated
                            and not r.implicit_object
                        ):
                            r.confidence, self.boosted = conf, True
                    if not negated:
                        continue
                    at = [r for r in same if r.trigger_start <= tok.i < r.trigger_end + 3 and not r.negated]
                    if at and not found.negated:
                        # the parse sees the denial the word order missed ("X's endorsement of Y
                        # never came"): their reading, denied
                        for r in at:
                            r.negated, self.boosted = True, True
                            r.notes.append(f"negated by the parse ({governing_verb(tok).text!r})")
                        continue
                if (si, found.relation, oi, tok.i) in seen:
                    continue
                readings = [] if found.overrides or agrees else owned.get(tok.i, [])
                if readings and not any(
                    (s.key == rs.key and conjoined(o_tok, ro)) or (o.key == ro.key and conjoined(s_tok, rs))
                    for rs, ro in readings
                ):
                    if not tok.is_lower or max(si, oi) >= self.known:
                        # a Title Case headline ("X Sues Y"), which the parser misreads, or an
                        # argument only the parse took for a name ("The Union Parish DA": "Union")
                        continue
                    # The word-order rules read this trigger with other arguments than the parse
                    # ("DeSantis' order that suspended her and accused her": word order takes the
                    # first "her" as the one accusing): the parse's reading replaces theirs.
                    contested = True
                conf = self.d.confidence * s.confidence * o.confidence
                r = Relation(found.rule, found.relation, round(conf, 4), si, oi, tok.i, tok.i + 1)
                r.negated = negated
                r.money = self.money(idx, found)
                r.date = idx.date_in_sentence(tok.i)
                seen.add((si, found.relation, oi, tok.i))
                new.append(r)
        return new, contested

    @staticmethod
    def money(idx: DocIndex, found: Found) -> int:
        """An amount in the trigger's own phrase ("gave $5,000 to X")."""
        if found.relation != "funded":
            return -1
        for t in found.trigger.subtree:
            if idx.money_at[t.i] >= 0:
                return idx.money_at[t.i]
        return -1

"""Relations the parse shows to be misread, dropped before they are stored."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extraction.mentions import Mention, Relation
from kg.extraction.parsed.base import (
    OBJECT_DEPS,
    SPEAKING_FOR,
    Found,
)


class Filters:
    """Part of `Parsed` (component.py): relations the parse shows to be misread, dropped before they are
    stored.
    """

    @staticmethod
    def respectively(found: Found | None) -> list[Found | None]:
        """ "A and B endorsed X and Y, respectively": A endorsed X and B endorsed Y, each pair
        read alone (and in place of the word-order rules' every pairing)."""
        if found is None or not (1 < len(found.subjects) == len(found.objects)):
            return [found]
        sent = found.trigger.sent
        if not any(t.lower_ == "respectively" and t.i > found.trigger.i for t in sent):
            return [found]
        by_place = sorted(found.subjects, key=lambda t: t.i), sorted(found.objects, key=lambda t: t.i)
        pairs = zip(*by_place, strict=True)
        rule = f"{found.rule}-respectively"
        return [replace(found, subjects=[s], objects=[o], overrides=True, rule=rule) for s, o in pairs]

    def removed_by(self, defendants: list[Token], suit: Token) -> list[Token]:
        """The one a defendant of SUIT removed earlier in the text, who is then the plaintiff:
        "Roe was suspended by the governor. The suit was filed against the governor"."""
        for d in defendants:
            key = self.key_of(d)
            for remover, removed in reversed(self.removals):
                if key is not None and remover == key and removed.i < suit.i and self.key_of(removed) != key:
                    return [removed]
        return []

    def ruled_on(self, tok: Token) -> bool:
        """TOK is a suit a verb of ruling acts on: "dismissed the lawsuit", "threw out the suit"."""
        v = tok.head
        if tok.dep_ not in OBJECT_DEPS or v.pos_ != "VERB" or v.lemma_ not in self.d.ruling_verbs:
            return False
        # "threw out the suit", not "threw his support behind X"
        return v.lemma_ not in self.d.light_verbs or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in v.children
        )

    def ruler_as_plaintiff(self, doc: Doc, r: Relation, mentions: list[Mention]) -> bool:
        """A word-order "sued" reading whose trigger is a suit a verb of ruling acts on and whose
        subject is that verb's subject: "Judge Roe dismissed the lawsuit against X"."""
        trig = doc[r.trigger_start]
        if r.relation != "sued" or not self.ruled_on(trig):
            return False
        s = mentions[r.subject]
        return any(s.start <= t.i < s.end for t in self.subjects_of(trig.head))

    @staticmethod
    def inside_participle(doc: Doc, r: Relation, mentions: list[Mention]) -> bool:
        """A word-order reading whose trigger is a participle modifying a noun and whose subject is
        a word inside that noun's phrase: "ads opposing Sahrbeck and supporting Sartoris" is no
        support by Sahrbeck (the noun itself, or its possessor, may be the subject)."""
        trig = doc[r.trigger_start]
        if trig.tag_ != "VBG":
            return False
        t = trig
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "opposing X and supporting Y" (the model may join "supporting" to X)
        if t.dep_ in OBJECT_DEPS and t.head.dep_ == "acl":
            t = t.head
        if t.dep_ != "acl":
            return False
        noun = t.head
        s = mentions[r.subject]
        if s.start <= noun.i < s.end or not (noun.left_edge.i <= s.start and s.end - 1 <= noun.right_edge.i):
            return False
        last = doc[s.end - 1]
        return not (last.dep_ == "poss" and last.head.i == noun.i)

    def rival_only(self, doc: Doc, r: Relation, mentions: list[Mention]) -> bool:
        """ "Ann Lee, the opponent of Roe", "Roe's opponents include A and B": a person called
        someone's opponent is a rival in a race, which the news annotation does not count as
        opposition; an organisation is no candidate ("the union, among the fiercest opponents of
        Roe"), and a word of how marks a fight ("a vocal opponent of Roe")."""
        trig = doc[r.trigger_start]
        if trig.lemma_ not in self.d.rival_nouns:
            return False
        if any(c.dep_ == "amod" and c.lower_ in self.d.fierce_words for c in trig.children):
            return False
        s = mentions[r.subject]
        anc = self.ancestors.get(s.type, [s.type])
        return "Organization" not in anc and "Group" not in anc  # a person, or a name of no known kind

    @staticmethod
    def modifier_as_subject(doc: Doc, r: Relation, mentions: list[Mention]) -> bool:
        """A word-order reading whose subject only modifies the verb's subject, a plural common
        noun: "Four Dade County agencies have filed suit", "The district attorneys for Mason County
        and Lake County filed a lawsuit": the agencies and the attorneys act, not the county."""
        trig = doc[r.trigger_start]
        verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS":
            return False
        s = mentions[r.subject]
        if s.start <= subj.i < s.end or any(m.start <= subj.i < m.end for m in mentions):
            return False  # the subject is itself an actor's word ("the Police Officers")
        if subj.lemma_ in SPEAKING_FOR:
            return False  # "Leaders from each PBA chapter praised Roe": they speak for it
        last = doc[s.end - 1]
        if last.dep_ == "poss" and last.head.i == subj.i:
            return False  # "Keever's commercials accuse Roe": whose they are
        if not (subj.left_edge.i <= s.start and s.end - 1 <= subj.right_edge.i):
            return False
        t = last
        while t.i != subj.i and t.head.i != t.i:
            if t.dep_ == "appos":
                return False  # "Two parties -- the Conservatives and X -- endorsed Roe": they are X
            t = t.head
        return True

    def praised(self, doc: Doc, existing: list[Relation]) -> bool:
        """A word-order "called X '...'" reading whose quoted words praise and hold no condemnation
        or negation ("called Johnson an “excellent choice”", "the “best candidate”"): support, not
        criticism. True if any changed."""
        changed = False
        praise = set(self.d.praise_words)
        for r in existing:
            if not r.rule.startswith(("call-quoted", "describe-as-quoted")):
                continue
            sent_end = doc[r.trigger_start].sent.end
            words = doc[r.trigger_start : min(sent_end, r.trigger_end + 16)]  # the match holds the quote
            opened = [t.i for t in words if t.text in ("“", '"', "‘")]
            if not opened:
                continue
            closing = next(
                (t.i for t in doc[opened[0] + 1 : sent_end] if t.text in ("”", '"', "’")), sent_end
            )
            inside = doc[opened[0] + 1 : closing]
            quoted = {t.lower_ for t in inside}
            # "not the best": a negation just before the praise word undoes it ("a skilled
            # prosecutor who has never lost a case" is praise still)
            denied = any(
                t.lower_ in praise
                and any(
                    b.lower_ in ("not", "n't", "n’t", "never", "no")
                    for b in doc[max(inside.start, t.i - 2) : t.i]
                )
                for t in inside
            )
            if quoted & praise and not quoted & self.condemnation and not denied:
                r.relation, r.rule, changed = self.d.support_relations[-1], r.rule + "-praise", True
        return changed

    def removal_between(self, doc: Doc, existing: list[Relation], mentions: list[Mention]) -> bool:
        """A word-order reading with a removal noun between its trigger and its object ("Supervisor
        Stefani Endorses Recall of DA Chesa Boudin", a headline the parser cannot read): backing the
        recall of X is seeking X's removal, opposing it is defending X. True if any changed."""
        changed = False
        for r in existing:
            o = mentions[r.object]
            if r.implicit_object or not (0 < o.start - r.trigger_end <= 4):
                continue
            if not any(t.lower_ in self.d.removal_nouns for t in doc[r.trigger_end : o.start]):
                continue
            if r.relation in self.d.support_relations:
                r.relation, changed = self.d.removal_relation, True
            elif r.relation in self.d.opposing_relations:
                r.relation, changed = self.d.defended_relation, True
            else:
                continue
            r.rule += "-removal"
        return changed

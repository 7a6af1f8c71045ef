"""What the text around a trigger adds: aims, behalf, parties before, judgements, negation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extraction.actors import ROLE_NOUNS
from kg.extraction.mentions import Mention
from kg.extraction.parsed.base import (
    AGAIN_SENTENCES,
    AUTHORING_VERBS,
    FILING_NOUNS,
    NOUN_POS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLAINTIFF_SENTENCES,
    SUBJECT_CONTROL,
    SUBJECT_DEPS,
    Found,
    governing_verb,
    refused,
)
from kg.extraction.relations import DocIndex


class ContextReadings:
    """Part of `Parsed` (component.py): what the text around a trigger adds: aims, behalf, parties before,
    judgements, negation.
    """

    def out_of_court(self, noun: Token) -> bool:
        """NOUN ("complaint", "petition") is lodged with a body that is no court: "with the state
        bar", "to the ethics board", or says it is of that kind: "an ethics complaint"."""
        kinds = self.d.grievance_kinds
        if any(
            c.dep_ in ("compound", "amod") and (c.lemma_ in kinds or c.lower_ in kinds) for c in noun.children
        ):
            return True
        holders = [noun, noun.head] if noun.dep_ in OBJECT_DEPS else [noun]
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("with", "to")
            and o.dep_ == "pobj"
            and o.lemma_ in self.d.grievance_bodies
            for h in holders
            for c in h.children
            for o in c.children
        )

    def aims(self, verb: Token) -> list[Token]:
        """Whom VERB ("seeking", "asking") aims a lawsuit at: "seeking to remove X", "asking the
        court to block X's policy" (the policy stands for X), "seeking X's removal"."""
        if verb.lemma_ not in self.d.seeking_verbs:
            return []
        acts = [
            c
            for c in verb.children
            if c.pos_ == "VERB"
            and (
                c.dep_ in ("xcomp", "ccomp")
                or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            )
        ]
        targets = [
            t
            for a in acts
            if a.lemma_ in self.d.asked_acts or a.lemma_ in self.d.blocking_verbs
            for c in a.children
            if c.dep_ in OBJECT_DEPS
            for t in self.conjuncts(c)
        ]
        return targets or [
            t
            for c in verb.children
            if c.dep_ in OBJECT_DEPS and self.removal_noun(c) is not None
            for t in [c]
        ]

    def again(self, noun: Token) -> bool:
        """NOUN's sentence says its lawsuit is one more of those before: "filed a similar suit",
        "a second lawsuit", "also sued", "the latest to announce a lawsuit", "filed suit as well"."""
        sent = noun.sent
        words = {t.lower_ for t in sent}
        return bool(words & set(self.d.again_words)) or "as well" in sent.text.lower()

    def on_behalf(self, verb: Token, owners: bool = False) -> list[Token]:
        """X of "filed on behalf of X"; with OWNERS, also of "filed ... on X's behalf" (a named
        owner, not "her")."""
        out: list[Token] = []
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ != "on":
                continue
            for b in c.children:
                if b.dep_ != "pobj" or b.lower_ != "behalf":
                    continue
                out += self.prep_objects(b, ["of"])
                if owners:
                    out += [
                        t
                        for p in b.children
                        if p.dep_ == "poss" and p.tag_ != "PRP$"
                        for t in self.conjuncts(p)
                    ]
        return out

    def party_before(self, noun: Token, parties: list[Token], again: bool = False) -> list[Token]:
        """The last of PARTIES before a definite "the lawsuit" (a few sentences back at most):
        "A lawsuit against Garza could be dismissed. Mary Roe filed the lawsuit in April"; or
        before an indefinite one AGAIN says is one more ("filed a similar suit")."""
        if not again and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
        ):
            return []
        earlier = [t for t in parties if t.i < noun.i]
        if not earlier:
            return []
        # a party is a name or a description, not "other officials"
        earlier = [t for t in earlier if not (t.pos_ == "NOUN" and t.tag_ == "NNS")] or earlier
        last = earlier[-1]
        place = " ".join(
            t.text for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree
        )
        if place:
            # "the Will County suit": the party the text named with that place ("Will County
            # State's Attorney James Glasgow filed a lawsuit")
            doc = noun.doc
            named = [t for t in earlier if place in doc[max(0, t.i - 8) : t.i].text]
            last = named[-1] if named else last
        # counted from the last lawsuit that carried the party ("a similar suit" after "a suit")
        since = max(last.i, self.carried.get(last.i, -1) if self.carried.get(last.i, -1) < noun.i else -1)
        if again:
            reach = AGAIN_SENTENCES
        elif len({t.i for t in earlier}) == 1:
            reach = AGAIN_SENTENCES  # the only suit the text has told of: background may come between
        else:
            reach = PLAINTIFF_SENTENCES
        # (a blank line ends a sentence but is none)
        between = sum(1 for s in noun.doc.sents if since < s.start <= noun.i and not s.text.isspace())
        return [last] if between <= reach else []

    def _titled_person(self, m: Mention, doc: Doc, idx: DocIndex) -> int:
        """ "Fraternal Order of Police president Bill Smith said": the parser may make the
        organisation the head; the person its role noun titles is the one who acts."""
        if m.kind not in ("org", "registry") or m.end + 1 >= len(doc):
            return -1
        role = doc[m.end]
        if not role.is_lower or role.lower_ not in ROLE_NOUNS:
            return -1
        k = idx.mention_at[m.end + 1]
        if k < 0 or idx.mentions[k].start != m.end + 1:
            return -1
        person = idx.mentions[k]
        return k if self._person_type(person.type) else -1

    def _title_of_next(self, t: Token, idx: DocIndex) -> int:
        """A capitalised title word that no mention covers, followed by capitalised words up to a
        titled person's mention ("Senate President | Pro Tem | David Long"): that person, else -1.
        The parser may hang a list item on the title word rather than on the name it titles."""
        if t.lower_ not in self.title_words or not t.text[:1].isupper() or idx.mention_at[t.i] >= 0:
            return -1
        for k in range(t.i + 1, min(len(t.doc), t.i + 5)):
            mi = idx.mention_at[k]
            if mi >= 0:
                m = idx.mentions[mi]
                return mi if m.start == k and m.kind == "title" else -1
            if not t.doc[k].text[:1].isupper() or not t.doc[k].is_alpha:
                return -1
        return -1

    def judgement(self, verb: Token, idx: DocIndex) -> Found | None:
        """ "“Roe is a fraud,” Doe said", "Doe said Roe was dangerous": the speaker condemns the
        subject (or object) of a clause, in what is said, that holds a word of condemnation and no
        negation. The target must be an actor: a mention or a named person or organisation."""
        speakers = [t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in self.conjuncts(c)]
        # "The committee's press release said ...": whose message it is
        # "The letter, signed by judges A and B, said ...", "the petition, filed by X, contends"
        speakers = [
            o
            for t in speakers
            for o in (
                [p for c in t.children if c.dep_ == "poss" for p in self.conjuncts(c)]
                or [
                    p
                    for c in t.children
                    if c.dep_ == "acl" and c.lemma_ in AUTHORING_VERBS
                    for p in self.prep_objects(c, ["by"])
                ]
                or [t]
                if t.lemma_ in self.d.message_nouns or t.lemma_ in FILING_NOUNS
                else [t]
            )
        ]
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not speakers or not said:
            return None
        words = {t.i: t for c in said for t in c.subtree}
        targets: list[Token] = []
        condemned = False
        for w in words.values():
            denied = False
            if w.lemma_ in self.d.removal_acts and w.pos_ == "VERB" and w.tag_ == "VBN":
                # "Roe should be removed from office", "must be recalled": a call to remove
                if not any(c.dep_ == "auxpass" for c in w.children) or not any(
                    c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in w.children
                ):
                    continue
            elif w.lemma_ in self.d.resign_words and w.pos_ == "VERB":
                # "Doe said Roe should resign", "Doe demanded that Roe resign": a call to go
                demanded = verb.lemma_ in ("demand", "urge", "insist")
                if (
                    not demanded
                    and not any(
                        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in w.children
                    )
                    and not (w.dep_ == "xcomp" and w.head.lemma_ in ("need", "have"))
                ):  # "needs to resign"
                    continue
            elif w.lower_ in self.virtues and w.pos_ in ("ADJ", "NOUN"):
                denied = True
            elif w.lower_ not in self.condemnation:
                continue
            clause = governing_verb(w)
            if clause.i not in words:
                continue
            if denied:
                # "“those were not accurate statements,” X said", "is not fit for office": a virtue
                # denied condemns
                negs = [c for c in (*clause.children, *w.children, *w.head.children) if c.dep_ == "neg"]
                if not negs or any(n.nbor().lower_ == "only" for n in negs):
                    continue
            elif any(
                c.dep_ == "neg" and c.nbor().lower_ != "only" for c in clause.children if c.i + 1 < len(c.doc)
            ):
                continue  # a condemnation denied ("are not only unlawful" denies nothing)
            condemned = True
            # "Roe needs to resign": the subject of the verb the clause complements
            controlled = (
                clause.head.children
                if clause.dep_ == "xcomp" and clause.head.i in words and clause.head.lemma_ in SUBJECT_CONTROL
                else ()
            )
            for c in (*clause.children, *(c for c in controlled if c.dep_ in SUBJECT_DEPS)):
                if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "dobj") and c.i != w.i:
                    if c.lower_ in self.proxy_object or c.lemma_ in self.proxy_object:
                        # "“Her policies are reckless,” X said": the policies stand for their owner
                        c = next((p for p in c.children if p.dep_ == "poss"), c)
                    targets += [t for t in self.conjuncts(c) if idx.mention_at[t.i] >= 0 or t.ent_type_]
        about = self.prep_objects(verb, ["of", "about"])
        if condemned and about:
            targets = about  # "“She has failed us,” Doe said of Roe": whom it is said of
        if not targets:
            return None
        return Found("criticized", verb, speakers, targets, rule="dep-judgement")

    def called(self, verb: Token) -> Found | None:
        """ "X called Y a rogue prosecutor", "described Y as dangerous", "called Y's decision
        reckless": a verb of naming whose predicate holds a word of condemnation."""
        preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")]
        preds += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        if not preds:
            # the small model's "calling [the policy “garbage”]": the epithet as the object, what it
            # names hung on it
            for o in verb.children:
                named = [c for c in o.children if c.dep_ in ("nmod", "npadvmod") and c.pos_ in NOUN_POS]
                if o.dep_ == "dobj" and o.lower_ in self.condemnation and named:
                    return Found("criticized", verb, self.subjects_of(verb), named, rule="dep-called")
            # "called Roe a danger to the public": the model reads two objects, the epithet second
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if (
                len(objs) == 2
                and not any(c.dep_ == "neg" for c in verb.children)
                and any(t.lower_ in self.condemnation for t in objs[1].subtree)
                and not any(t.dep_ == "neg" for t in objs[1].subtree)
            ):
                return Found(
                    "criticized", verb, self.subjects_of(verb), self.conjuncts(objs[0]), rule="dep-called"
                )
        if not preds or any(c.dep_ == "neg" for c in verb.children):
            return None
        if any(t.dep_ == "neg" for p in preds for t in p.subtree):
            return None  # "called Roe a reformer, not a disaster"
        if not any(t.lower_ in self.condemnation for p in preds for t in p.subtree):
            return None
        objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in self.conjuncts(c)]
        if verb.lemma_ == "refer":
            objects = self.prep_objects(verb, ["to"])  # "referred to Roe as a failed prosecutor"
        if not objects:
            # the small model hangs "Roe's decision" on the predicate: "called [Roe's decision reckless]"
            objects = [t for p in preds for t in p.children if t.dep_ in ("nsubj", "poss", "compound")]
        # "called the lawsuit a political stunt": a lawsuit stands for whoever brought it
        objects = [p for t in objects for p in (self.plaintiffs_of(t) if self.is_suit(t) else [t])]
        return Found("criticized", verb, self.subjects_of(verb), objects, rule="dep-called")

    def plaintiffs_of(self, suit: Token) -> list[Token]:
        """Who brought SUIT: "Roe's lawsuit", "the suit by Roe", or "the lawsuit" after "Roe sued"."""
        owners = [t for c in suit.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        return owners or self.prep_objects(suit, ["by", "from"]) or self.party_before(suit, self.plaintiffs)

    # -- modality ------------------------------------------------------------------------------------
    def negated(self, tok: Token) -> bool:
        verb = governing_verb(tok)
        # A noun trigger that is its verb's active subject is not what the verb denies: "Roe's
        # donors – A and B – were not attorneys", "Roe's lawsuit did not succeed", unless the verb
        # says whether it came about ("the endorsement never came"); nor its object, unless the verb
        # makes, gives or gets it ("did not file a lawsuit", not "did not mention the lawsuit").
        denies_noun = True
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
            denies_noun = verb.lemma_ in self.d.occurrence_verbs
        elif tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS and tok.head.i == verb.i:
            denies_noun = verb.lemma_ in self.making_verbs
        if denies_noun and any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ == "ccomp" and verb.head.lemma_ in self.d.denying_verbs:
            return True  # "denied that she had endorsed X"
        if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
            return True  # "has yet to endorse X", "is yet to sue"
        if verb.dep_ == "xcomp" and verb.head.lemma_ in self.d.refusal_verbs:
            return True
        return refused(tok, self.d)

"""Relations read from the dependency parse: `pk_ner` and `pk_parsed`.

`pk_ner` keeps the trained pipeline's named entities (PERSON, ORG) in doc.user_data and clears
doc.ents, which belong to our actor components.

`pk_parsed` finds each trigger word of the `dependencies` rules (rules.yaml) and takes its
arguments from the parse, not from word order:
- a verb's subject is its `nsubj` (the head noun of a relative clause for "who", the governing
  verb's subject for an infinitive or a conjoined verb), or the `agent` of a passive; its object is
  its `dobj`, the `nsubjpass` of a passive, the noun a participle modifies ("a PAC funded by X"), or
  the object of one of the rule's prepositions ("gave $5,000 to X", "ruled against X");
- a noun's ("lawsuit against X", "X's suspension of Y", "an endorsement from X") subject is its
  possessor or the object of by / from, else the subject of the verb it is the object of ("X filed a
  lawsuit"), its object the object of its prepositions; "received X's endorsement" turns it round;
- "support the recall of X" is no support of X: a support verb over a removal noun is removal, an
  opposing verb over one is support;
- each argument's conjuncts get the relation too ("sued the city, the union and the mayor");
- hedged, conditional or intended acts ("may sue", "if she endorses", "plans to sue") are not
  facts and are dropped; "did not sue" and "withdrew its endorsement of" are negated (pk_modality
  marks these too).
An argument is an actor mention of the earlier components (names, titles, references resolved
across sentences) when one covers its head word, else a named entity of the trained pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction.mentions import MENTIONS, RELATIONS, Mention, Relation, get_relations
from kg.extraction.relations import DocIndex
from kg.extraction.rules import DependencyRules, Rules, VerbTrigger

NER = "pk_ner"
NER_TYPES = {"PERSON": "Person", "ORG": "Organization"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative"}
NOUN_POS = {"NOUN", "PROPN", "PRON"}
NER_CONFIDENCE = 0.9  # an argument that is a named entity of the trained pipeline
NAME_CONFIDENCE = 0.75  # an argument that is only a run of proper nouns ("backed DeSantis")


def proper_name(t: Token) -> tuple[int, int] | None:
    """The run of proper nouns a head word ends ("Ron DeSantis"), if the head is one: a name the
    named-entity recogniser missed, as it often does in short sentences."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper():
        return None
    start = t.i
    while (
        start > t.sent.start
        and t.doc[start - 1].pos_ == "PROPN"
        and t.doc[start - 1].head.i
        in (
            t.i,
            start,
        )
    ):
        start -= 1
    return start, t.i + 1


@Language.component("pk_ner")
def keep_entities(doc: Doc) -> Doc:
    """The model's PERSON / ORG entities as (start, end, label) in user_data; doc.ents emptied."""
    doc.user_data[NER] = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NER_TYPES]
    doc.ents = []
    return doc


def governing_verb(tok: Token) -> Token:
    """TOK if it is a verb, else the nearest verb above it (the root, at the most)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def not_a_fact(tok: Token, d: DependencyRules) -> bool:
    """Hedged ("may sue", "one solution would be to create a fund paid by X"), conditional ("if she
    sues"), intended ("plans to sue"), asked ("Will the union sue?") or claimed authority ("has the
    authority to remove"): looked for on every verb from the trigger up to the sentence's root."""
    v = governing_verb(tok)
    while True:
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in d.hedges:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return True
            if (
                c.dep_ == "advcl"
                and v.tag_ not in ("VBD", "VBN")
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            ):
                return True  # "If she wins, the union sues": the condition's consequence
        if v.dep_ == "xcomp" and v.head.lemma_ in d.intention_verbs:
            return True
        if v.dep_ == "acl" and v.head.lemma_ in ("authority", "power", "right", "plan", "threat"):
            return True
        if v.head.i == v.i or v.dep_ == "relcl":
            break  # a relative clause states its own fact: "Breed, who backed Roe, will choose ..."

        v = v.head
    return tok.sent.text.rstrip().endswith("?")


@dataclass
class Found:
    relation: str
    trigger: Token
    subjects: list[Token]
    objects: list[Token]
    negated: bool = False
    rule: str = ""
    overrides: bool = False  # a reading the word-order rules cannot make ("endorsed the recall of X")
    replaces: tuple[int, ...] = ()  # other triggers whose word-order reading it overrides


class Parsed:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        self.d: DependencyRules = Rules.model_validate(rules).dependencies
        self.verbs: dict[str, list[VerbTrigger]] = {}
        for v in self.d.verbs:
            for lem in v.lemmas:
                self.verbs.setdefault(lem, []).append(v)
        r = Rules.model_validate(rules)
        self.proxy_object = {w for w in r.proxy_nouns.object if " " not in w}
        self.ner_tokens: set[int] = set()  # of the doc being read
        self.removal_context: list[Token] = []  # whose removal the doc spoke of, in order
        self.condemnation = {w.lower() for w in (*self.d.condemnation, *self.d.more_condemnation)}
        self.nouns = {lem: n for n in self.d.nouns for lem in n.lemmas}

    # -- arguments ---------------------------------------------------------------------------------
    def conjuncts(self, tok: Token) -> list[Token]:
        """TOK and the words conjoined to it ("the city, the union and the mayor"); for a common noun
        with a list ("candidates, including Roe and Doe"), the listed words."""
        out = [tok]
        for t in tok.conjuncts:
            if t.pos_ in NOUN_POS and t not in out:
                out.append(t)
        # "sued Linda Park, Omar Diaz and the union": the small model often reads a list of names as
        # an apposition; a name in apposition to a name (both named entities) is one more item
        for t in list(out):
            for a in t.children:
                if a.dep_ == "appos" and t.i in self.ner_tokens and a.i in self.ner_tokens:
                    out += [a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS)]
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            out += [o, *(t for t in o.conjuncts if t.pos_ in NOUN_POS)]
        return sorted(set(out), key=lambda t: t.i)

    def subjects_of(self, verb: Token) -> list[Token]:
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS:
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    return self.conjuncts(verb.head)  # "the union, which sued X": the union
                return self.conjuncts(c)
        for c in verb.children:
            if c.dep_ == "agent":
                return [t for p in c.children if p.dep_ == "pobj" for t in self.conjuncts(p)]
        if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            if verb.dep_ == "xcomp" and any(c.dep_ in OBJECT_DEPS for c in head.children):
                return []  # "asked the court to remove X": not the asker's act
            return self.subjects_of(head)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return self.subjects_of(verb.head)  # "..., accusing her of": the clause's subject
        if verb.dep_ == "acomp":
            return self.subjects_of(verb.head)  # "X is opposed to ...": X
        if verb.dep_ == "acl" and verb.head.lemma_ in self.d.effort_nouns:
            return self.effort_agents(verb.head)
        return []

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
            if c.dep_ in ("prep", "agent") and c.lower_ in preps:
                out += [t for p in c.children if p.dep_ == "pobj" for t in self.conjuncts(p)]
            # "in support of X", "on behalf of X"
            if c.dep_ == "prep" and c.lower_ in ("in", "on"):
                for p in c.children:
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

    # -- triggers ------------------------------------------------------------------------------------
    def from_verb(self, tok: Token) -> Found | None:
        for rule in self.verbs.get(tok.lemma_, []):
            found = self.verb_rule(tok, rule)
            if found is not None:
                return found
        return None

    def has_money(self, tok: Token) -> bool:
        return any(
            c.dep_ in OBJECT_DEPS
            and (
                c.like_num
                or c.lower_ in ("$", "money")
                or any(g.text == "$" or g.like_num for g in c.subtree)
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
            # "Roe received $5,000 from the PAC": the giver is in the preposition
            return Found(
                rule.relation,
                tok,
                self.prep_objects(tok, rule.preps),
                self.subjects_of(tok),
                rule=f"dep-{rule.name}",
            )
        if rule.adverbs and not any(c.dep_ == "advmod" and c.lemma_ in rule.adverbs for c in tok.children):
            return None
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)
        relation = rule.relation
        if passive:
            objects = [t for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in self.conjuncts(c)]
            subjects = [
                t
                for c in tok.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
                for t in self.conjuncts(p)
            ]
        elif tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            # "a committee funded by X", "Worrell, suspended by the governor"
            objects = self.conjuncts(tok.head)
            subjects = self.prep_objects(tok, ["by"])
        else:
            subjects = self.subjects_of(tok)
            objects = self.verb_objects(tok, rule.preps)
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
        if rule.requires_preps and not passive and not self.prep_objects(tok, rule.preps):
            # "gave Roe $5,000": a dative, with an amount ("gave prosecutors the names" is no gift)
            if not (any(c.dep_ == "dative" for c in tok.children) and self.has_money(tok)):
                return None
        return Found(relation, tok, subjects, objects, rule=f"dep-{rule.name}")

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
        return None

    def removal_effort(self, tok: Token) -> Found | None:
        """Removal: "X is organizing the recall of Y", "X voted in favor of the recall of Y";
        support: "X voted against the recall of Y"."""
        if tok.pos_ != "VERB":
            return None
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

    def purpose(self, tok: Token, rule: VerbTrigger, subjects: list[Token]) -> Found | None:
        """ "spent $1 million to elect Roe", "... to oppose Doe's candidacy and back Roe's"."""
        for verb in (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
            for v in (verb, *verb.conjuncts):
                rel = rule.purposes.get(v.lemma_)
                if rel is not None:
                    objs = self.verb_objects(v, [])
                    if objs:
                        return Found(rel, tok, subjects, objs, rule=f"dep-{rule.name}-purpose")
        return None

    def from_role(self, tok: Token) -> Found | None:
        """ "X, a critic of Y", "X emerged as one of Y's biggest foes", "X is a major donor to Y":
        a role noun relates the one it describes to the one it names."""
        relation = self.d.role_nouns.get(tok.lemma_)
        if relation is None or tok.pos_ != "NOUN" or not tok.text.islower():
            return None  # a capitalised "Supporters" is part of a name
        if any(
            c.dep_ in ("det", "amod") and c.lower_ in ("few", "no", "former", "would-be")
            for c in tok.children
        ):
            return None  # "few opponents of X", "no critic of X"
        objects = [t for c in tok.children if c.dep_ == "poss" for t in self.conjuncts(c)]
        objects += self.prep_objects(tok, ["of", "to", "for"])
        # climb "one of ..." and "as ..." to what the noun describes
        t = tok
        while t.dep_ == "pobj" and t.head.lower_ in ("of", "as", "among") and t.head.head.i != t.head.i:
            t = t.head.head
        if t.dep_ == "appos":
            subjects = self.conjuncts(t.head)
        elif t.dep_ in ("attr", "oprd") or t.head.pos_ in ("VERB", "AUX"):
            subjects = self.subjects_of(governing_verb(t))
        else:
            return None
        return Found(relation, tok, subjects, objects, rule="dep-role")

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

    def from_noun(self, tok: Token) -> Found | None:
        rule = self.nouns.get(tok.lemma_)
        if rule is None or tok.pos_ != "NOUN":
            return None
        objects = self.prep_objects(tok, rule.object_preps)
        possessors = [c for c in tok.children if c.dep_ == "poss"]
        by = self.prep_objects(tok, rule.subject_preps)
        if possessors and by and not objects:
            subjects, objects = by, possessors  # "her suspension by the governor"
        else:
            subjects = possessors + by
        head = tok.head
        if tok.dep_ in OBJECT_DEPS and head.pos_ == "VERB":
            if head.lemma_ in self.d.receive_verbs:
                # "Roe received the union's endorsement": the receiver is the object
                if not objects:
                    objects = self.subjects_of(head)
            elif not subjects and head.lemma_ in self.d.light_verbs:
                subjects = self.subjects_of(head)
            if head.lemma_ in self.d.retraction_verbs:
                return Found(rule.relation, tok, subjects, objects, negated=True, rule=f"dep-{rule.name}")
            if not objects:
                objects = self.prep_objects(head, rule.object_preps)
        elif tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
            # "Roe came under fire from Doe": Doe criticised Roe
            verb = head.head
            objects = self.subjects_of(verb)
            subjects = subjects or self.prep_objects(verb, rule.subject_preps)
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            verb = head.head  # "... filed suit against X" parses "against" under the verb
            if not subjects and verb.lemma_ in self.d.light_verbs:
                subjects = self.subjects_of(verb)
        if not objects and tok.dep_ in OBJECT_DEPS:
            objects = self.prep_objects(tok.head, rule.object_preps)
        return Found(rule.relation, tok, subjects, objects, rule=f"dep-{rule.name}")

    def judgement(self, verb: Token, idx: DocIndex) -> Found | None:
        """ "“Roe is a fraud,” Doe said", "Doe said Roe was dangerous": the speaker condemns the
        subject (or object) of a clause, in what is said, that holds a word of condemnation and no
        negation. The target must be an actor: a mention or a named person or organisation."""
        speakers = [t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in self.conjuncts(c)]
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not speakers or not said:
            return None
        words = {t.i: t for c in said for t in c.subtree}
        targets: list[Token] = []
        for w in words.values():
            if w.lower_ not in self.condemnation:
                continue
            clause = governing_verb(w)
            if clause.i not in words or any(c.dep_ == "neg" for c in clause.children):
                continue
            for c in clause.children:
                if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS, "dobj") and c.i != w.i:
                    targets += [t for t in self.conjuncts(c) if idx.mention_at[t.i] >= 0 or t.ent_type_]
        if not targets:
            return None
        return Found("criticized", verb, speakers, targets, rule="dep-judgement")

    # -- modality ------------------------------------------------------------------------------------
    def negated(self, tok: Token) -> bool:
        verb = governing_verb(tok)
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_ in self.d.refusal_verbs

    # -- the component -------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        idx = DocIndex(doc)
        mentions = idx.mentions
        ner = doc.user_data.get(NER, [])
        ner_at: dict[int, tuple[int, int, str]] = {}
        for start, end, label in ner:
            for i in range(start, end):
                ner_at[i] = (start, end, label)
        self.ner_tokens = set(ner_at)
        new_index: dict[tuple[int, int], int] = {}

        def actor(t: Token) -> int:
            mi = idx.mention_at[t.i]
            if mi >= 0 and not merged_list(mentions[mi], t):
                return mi
            if mi >= 0:  # a mention that ran over a list of names: the named entity T is in
                start, end, label = ner_at[t.i]
                if (start, end) not in new_index:
                    name = doc[start:end].text.strip()
                    name = name[4:] if name.lower().startswith("the ") else name
                    m = Mention(start, end, f"new:{name}", name, NER_TYPES[label], "name", NER_CONFIDENCE)
                    mentions.append(m)
                    new_index[(start, end)] = len(mentions) - 1
                return new_index[(start, end)]
            if t.dep_ == "appos" and t.pos_ == "NOUN":
                return actor(t.head)  # "the Safer Streets Committee, a group funded by X"
            if t.pos_ == "NOUN":
                # "the group Parents for Order", "a committee, Neighbors for Safe Streets"
                named = [c for c in t.children if c.dep_ == "appos" and idx.mention_at[c.i] >= 0]
                if named:
                    return actor(named[0])
            if t.pos_ == "NOUN":
                # "a group called SAFE", "another committee named Supporters of Recall"
                for c in t.children:
                    if c.dep_ == "acl" and c.lemma_ in ("call", "name", "dub", "know"):
                        names = [o for o in c.children if o.dep_ in ("oprd", "dobj", "attr", "xcomp")]
                        if names:
                            return actor(names[0])
            if t.lemma_ in self.proxy_object:
                # "Knox's candidacy", "the campaign of Roe": the actor whose it is
                owner = [c for c in t.children if c.dep_ == "poss"] + [
                    o
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "for")
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
                return actor(owner[0]) if owner else -1
            hit = ner_at.get(t.i)
            if hit is not None:
                start, end, label = hit
                kind, confidence = NER_TYPES[label], NER_CONFIDENCE
            elif (span := proper_name(t)) is not None:
                (start, end), kind, confidence = span, "Actor", NAME_CONFIDENCE
            else:
                return -1
            if (start, end) not in new_index:
                name = doc[start:end].text.strip()
                if name.lower().startswith("the "):
                    name = name[4:]
                mentions.append(Mention(start, end, f"new:{name}", name, kind, "name", confidence))
                new_index[(start, end)] = len(mentions) - 1
            return new_index[(start, end)]

        existing = get_relations(doc)
        flipped = self.removal_between(doc, existing, mentions)
        seen = {(r.subject, r.relation, r.object, r.trigger_start) for r in existing}
        have = {(mentions[r.subject].key, mentions[r.object].key) for r in existing if not r.implicit_object}
        # A trigger a word-order rule already read keeps its reading: the parse may add a conjoined
        # argument to it (same subject or same object), not another subject or object.
        owned: dict[int, list[tuple[Mention, Mention]]] = {}
        implied: set[int] = set()  # triggers whose word-order reading had to imply its object
        for r in existing:
            for i in range(r.trigger_start, r.trigger_end):
                if r.implicit_object:
                    implied.add(i)
                else:
                    owned.setdefault(i, []).append((mentions[r.subject], mentions[r.object]))

        def merged_list(m: Mention, t: Token) -> bool:
            """M holds two named entities or more, T inside one ("Omar Diaz and the Springfield
            Police Union" read as one organisation's name)."""
            if t.i not in ner_at:
                return False
            inside = {(s, e) for s, e, _label in ner if m.start <= s and e <= m.end}
            return len(inside) >= 2

        def conjoined(t: Token, m: Mention) -> bool:
            """T is an item of a list that holds M ("Park, Diaz and the union")."""
            items = [*t.conjuncts]
            for c in (t, *t.conjuncts):
                if c.dep_ == "appos":  # a list read as an apposition (see conjuncts)
                    items += [c.head, *c.head.conjuncts]
            return any(m.start <= c.i < m.end for c in items)

        out: list[Relation] = []
        self.removal_context = sorted(
            (doc[mentions[r.object].end - 1] for r in existing if r.relation == self.d.removal_relation),
            key=lambda t: t.i,
        )
        # "the recall of X", "the Boudin recall" name whose removal a later "the recall" means
        for tok in doc:
            if tok.lemma_ in self.d.removal_nouns and tok.pos_ in ("NOUN", "PROPN"):
                self.removal_context += self.named_targets(tok)
        self.removal_context.sort(key=lambda t: t.i)
        switches: list[Found] = []
        for tok in doc:
            switches += self.switched(tok)
        retracted = {f.trigger.head.i for f in switches if f.negated and f.trigger.dep_ == "conj"}
        if retracted:  # "endorsed Y but then switched her support": the word-order reading of Y
            existing = [r for r in existing if r.trigger_start not in retracted]
        for tok in doc:
            founds = [f for f in switches if f.trigger.i == tok.i] or [self.read(tok, idx)]
            for found in founds:
                if found is None or not found.subjects or not found.objects or not_a_fact(tok, self.d):
                    continue
                new = self.relations(found, actor, mentions, idx, seen, have, owned, conjoined)
                if found.relation == self.d.removal_relation and new:
                    self.removal_context = sorted([*self.removal_context, *found.objects], key=lambda t: t.i)
                if new and (found.overrides or tok.i in implied):
                    # the parse reads what the word-order rules could not: their reading gives way
                    gone = {tok.i, *found.replaces}
                    existing = [
                        r for r in existing if not any(r.trigger_start <= i < r.trigger_end for i in gone)
                    ]
                out += new
        if out or retracted or flipped:
            doc.user_data[RELATIONS] = [r.to_list() for r in existing + out]
        doc.user_data[MENTIONS] = [m.to_list() for m in mentions]
        return doc

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

    def read(self, tok: Token, idx: DocIndex) -> Found | None:
        """The relation TOK triggers, if any, with its arguments as words."""
        found = None
        if idx.mention_at[tok.i] >= 0 and tok.lemma_ in self.d.role_nouns:
            return None  # the word is part of an actor's name or description
        if tok.lemma_ in self.d.removal_verbs or tok.lemma_ in ("vote", "oppose", "favor", "favour"):
            found = self.removal_effort(tok)
        if found is None and (tok.lemma_ in self.verbs or tok.lemma_ in self.nouns):
            found = self.from_verb(tok) if tok.pos_ in ("VERB", "AUX") else self.from_noun(tok)
        if found is None and tok.lemma_ in self.d.speech_verbs and tok.pos_ == "VERB":
            found = self.judgement(tok, idx)
        if found is None and tok.lemma_ in self.d.role_nouns:
            found = self.from_role(tok)
        if found is None and idx.money_at[tok.i] >= 0:
            found = self.money_from(tok)
        return found

    def money_from(self, tok: Token) -> Found | None:
        """ "The committee raised $2 million from two sources: $1 million from X and $1 million from
        Y": an amount from a giver, in a list under a verb of raising or receiving, is the giver's
        money for that verb's subject."""
        if tok.pos_ not in ("NUM", "NOUN", "SYM"):
            return None
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
        have: set[tuple[str, str]],
        owned: dict[int, list[tuple[Mention, Mention]]],
        conjoined: Callable[[Token, Mention], bool],
    ) -> list[Relation]:
        """FOUND's relations between actors, less what the word-order rules already read."""
        tok = found.trigger
        negated = found.negated or self.negated(tok)
        new: list[Relation] = []
        for s_tok in found.subjects:
            si = actor(s_tok)
            if si < 0 or mentions[si].kind in ("owner",):
                continue
            for o_tok in found.objects:
                oi = actor(o_tok)
                if oi < 0:
                    continue
                s, o = mentions[si], mentions[oi]
                if s.key == o.key or (si, found.relation, oi, tok.i) in seen:
                    continue
                if (s.key, o.key) in have and not (found.overrides or found.negated):
                    continue  # the word-order rules already relate these two here
                readings = [] if found.overrides else owned.get(tok.i, [])
                if readings and not any(
                    (s.key == rs.key and conjoined(o_tok, ro)) or (o.key == ro.key and conjoined(s_tok, rs))
                    for rs, ro in readings
                ):
                    continue
                conf = self.d.confidence * s.confidence * o.confidence
                r = Relation(found.rule, found.relation, round(conf, 4), si, oi, tok.i, tok.i + 1)
                r.negated = negated
                r.money = self.money(idx, found)
                r.date = idx.date_in_sentence(tok.i)
                seen.add((si, found.relation, oi, tok.i))
                new.append(r)
        return new

    @staticmethod
    def money(idx: DocIndex, found: Found) -> int:
        """An amount in the trigger's own phrase ("gave $5,000 to X")."""
        if found.relation != "funded":
            return -1
        for t in found.trigger.subtree:
            if idx.money_at[t.i] >= 0:
                return idx.money_at[t.i]
        return -1


@Language.factory("pk_parsed", default_config={"rules": {}, "type_ancestors": {}})
def make_parsed(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Parsed:
    return Parsed(nlp, rules, type_ancestors)

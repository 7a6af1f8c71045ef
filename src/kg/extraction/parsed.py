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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction import firstnames
from kg.extraction.actors import ROLE_NOUNS
from kg.extraction.fullnames import PARTY_MEMBERS, initials
from kg.extraction.mentions import MENTIONS, NER, PLACES, RELATIONS, Mention, Relation, get_relations
from kg.extraction.namefix import chapter_end
from kg.extraction.relations import DocIndex
from kg.extraction.rules import DependencyRules, NounTrigger, Rules, VerbTrigger
from kg.extraction.tokens import dateline_tokens, party_tag

NER_TYPES = {"PERSON": "Person", "ORG": "Organization"}


SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative"}
NOUN_POS = {"NOUN", "PROPN", "PRON"}
NER_CONFIDENCE = 0.9  # an argument that is a named entity of the trained pipeline
NAME_CONFIDENCE = 0.75  # an argument that is only a run of proper nouns ("backed DeSantis")
# A party's role noun and the side it names ("respondent" and "petitioner" in a petition)
PARTY_ROLES = {
    "defendant": "defendant",
    "respondent": "defendant",
    "plaintiff": "plaintiff",
    "petitioner": "plaintiff",
}
# words that count some members of a body: "several members of the council" (a number, "four
# members", is like_num)
COUNTED = {"some", "several", "few", "many"}
PLAINTIFF_SENTENCES = 4  # how far back "the lawsuit" finds its plaintiff
AGAIN_SENTENCES = 10  # and "a similar suit" the defendant of the one before (a quote may be between)
SUPPORTING_ROLES = {"supported", "endorsed", "funded"}  # a role of these behind a recall seeks it
EFFORT_REACH = 120  # tokens back that "the effort" finds the removal it is


def _counted_members(t: Token) -> bool:
    """T is "members" with a count or a quantity: "four members of X", "several members of X"."""
    return t.lemma_ == "member" and any(
        c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in COUNTED) for c in t.children
    )


def _parenthesised(t: Token) -> bool:
    """T stands inside parentheses of its sentence."""
    for k in range(t.i - 1, t.sent.start - 1, -1):
        if t.doc[k].text == ")":
            return False
        if t.doc[k].text == "(":
            return True
    return False


def _same_actor(a: str, b: str) -> bool:
    """Two actors' names as written name one actor: equal, or one an acronym of the other ("the
    ACLU", "American Civil Liberties Union"), before the names are made fullest."""
    x, y = (n.removeprefix("the ").removeprefix("The ") for n in (a, b))
    if not x or not y:
        return False
    if x.lower() == y.lower():
        return True
    return any(
        short.isupper() and len(long.split()) > 1 and initials(long) == short.replace(".", "")
        for short, long in ((x, y), (y, x))
    )


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
    doc.user_data[PLACES] = [(e.start, e.end) for e in doc.ents if e.label_ in ("GPE", "LOC")]
    doc.ents = []
    return doc


def _own_words(tok: Token) -> Iterator[Token]:
    """TOK's phrase without what its prepositions (but "of" and "in") and clauses add: the money of
    "$5,000 in donations", "thousands of dollars", not the number in "its endorsement to Roe, the
    number two" or "questions about thousands of dollars"."""
    yield tok
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ not in ("of", "in")) or c.dep_ in ("relcl", "acl", "appos"):
            continue
        yield from _own_words(c)


def _name_last(tok: Token) -> Token:
    """The last word of the named entity TOK is in (TOK itself outside one)."""
    doc = tok.doc
    if not tok.ent_type_:
        return tok
    j = tok.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[j - 1]


def _after_colon(tok: Token) -> bool:
    """The phrase of TOK comes right after a colon or a dash."""
    k = tok.left_edge.i - 1
    return k >= 0 and tok.doc[k].text in (":", "—", "–")


def governing_verb(tok: Token) -> Token:
    """TOK if it is a verb, else the nearest verb above it (the root, at the most)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


# "The petition, filed by X, contends ...": what a filing says, its filer says (for what is said
# only: "a complaint seeking to enjoin X" does not make the court that dismissed it act)
FILING_NOUNS = {"petition", "complaint", "lawsuit", "suit", "filing", "motion"}
# "a letter signed by X", "the petition, filed by X": who a message is from
AUTHORING_VERBS = {
    "sign",
    "file",
    "bring",
    "write",
    "send",
    "issue",
    "pen",
    "author",
    "submit",
    "co-sign",
    "cosign",
}
# Rules whose subjects and objects are the same list: each side acts on the other.
RECIPROCAL_RULES = ("dep-reciprocal", "dep-mutual")
EXCHANGE_VERBS = ("trade", "exchange")  # "traded barbs": see Parsed.mutual

# "urging voters to support / elect / vote for Roe": whom the asker backs
SUPPORT_ASKED = {"support", "elect", "reelect", "re-elect", "back", "endorse", "vote"}
QUANTIFIERS = {"some", "many", "several", "all", "most", "both", "few", "each"}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

# Verbs whose "to" clause has their own subject: "Roe needs to resign", "the board is trying to
# replace him" (but "called on Roe to resign": the object's)
SUBJECT_CONTROL = {"need", "have", "try", "attempt", "continue", "keep", "seem", "appear", "want"}


def not_a_fact(tok: Token, d: DependencyRules) -> bool:
    """Hedged ("may sue", "one solution would be to create a fund paid by X"), conditional ("if she
    sues"), intended ("plans to sue"), asked ("Will the union sue?") or claimed authority ("has the
    authority to remove"): looked for on every verb from the trigger up to the sentence's root."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_ in d.weighing_verbs:
        return True  # "is considering a lawsuit against X", "threatened a recall of X"
    v = governing_verb(tok)
    while True:
        for c in v.children:
            if (
                c.dep_ == "aux"
                and c.lower_ in d.hedges
                and not _named_will(c)
                # "'d" is "would" before a verb's base form ("I'd support him"), "had" before a
                # participle ("he'd given thousands"), whatever the tagger calls it
                and not (c.lower_ in ("'d", "’d") and (c.tag_ != "MD" or v.tag_ == "VBN"))
                # "will never endorse him again", "won't sue": a refusal stated, a fact
                and not (
                    c.lower_ in ("will", "'ll", "’ll", "wo") and any(n.dep_ == "neg" for n in v.children)
                )
                and not _reported_refusal(c, v, d)
            ):
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


def _reported_refusal(c: Token, v: Token, d: DependencyRules) -> bool:
    """ "The union said it would not endorse X": "will not" told in the past, the clause a verb of
    speech reports; a refusal stated, like "won't" ("would not endorse X if ..." stays a hedge: the
    condition is read on its own)."""
    return (
        c.lower_ == "would"
        and any(n.dep_ == "neg" for n in v.children)
        and v.dep_ == "ccomp"
        and v.head.lemma_ in d.speech_verbs
        and v.head.tag_ == "VBD"
    )


def _named_will(c: Token) -> bool:
    """A capitalised "Will" that is a name ("Will County"), inside a sentence or opening one that
    asks nothing."""
    return c.text[:1].isupper() and (c.i != c.sent.start or not c.sent.text.rstrip().endswith("?"))


def refused(tok: Token, d: DependencyRules) -> bool:
    """ "denied funding X" (a gerund under a verb of refusal), "stopped short of endorsing X",
    "fell short of calling for X's removal", "held off on endorsing X": the act is negated."""
    verb = governing_verb(tok)
    t = verb
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in ("xcomp", "pcomp", "dobj", "prep", "acomp", "advmod", "pobj"):
            return False
        t = t.head
        if t.lemma_ in d.refusal_verbs and verb.tag_ == "VBG":
            return True
        if t.lower_ == "short" and t.head.lemma_ in ("stop", "fall"):
            return True
        if t.lemma_ in ("stop", "fall") and any(c.lower_ == "short" for c in t.children):
            return True  # the model hangs "of endorsing" on "stopped", beside "short"
        if (
            t.lemma_ == "hold"
            and verb.tag_ == "VBG"
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children)
        ):
            return True  # "holds off on calling for X's resignation"
    return False


COURT_NOUNS = {"court", "judge", "justice", "tribunal"}
VAGUE_MONEY = {"dollar", "thousand", "million", "billion"}
# People who act for the actor their phrase names ("Leaders of the union", "members from X")
SPEAKING_FOR = {
    "member",
    "leader",
    "head",
    "official",
    "officer",
    "representative",
    "president",
    "spokesperson",
}


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
        self.ancestors = type_ancestors
        # verbs that make, give or get what they govern: "did not file a lawsuit" denies the suit
        self.making_verbs = {
            *self.d.light_verbs,
            *self.d.receive_verbs,
            *self.d.holding_verbs,
            *self.d.raise_verbs,
        }
        self.verbs: dict[str, list[VerbTrigger]] = {}
        for v in self.d.verbs:
            for lem in v.lemmas:
                self.verbs.setdefault(lem, []).append(v)
        r = Rules.model_validate(rules)
        self.proxy_object = {w for w in r.proxy_nouns.object if " " not in w}
        self.proxy_subject = {w for w in r.proxy_nouns.subject if " " not in w}
        self.not_actors = set(r.actors.not_actor_heads)
        self.not_names = set(r.actors.not_names)
        # a collective or kind of body alone names no one ("Group calls for resignation of X")
        self.common_nouns = {w for w in (*r.actors.groups.heads, *r.actors.appositive_nouns) if " " not in w}
        # a title alone ("Speaker", "Governor") names no one
        self.title_words = {w for t in r.actors.titles for w in t.title if " " not in w}
        # of the doc being read: each token of a named entity of the model -> (start, end, label)
        self.ner_at: dict[int, tuple[int, int, str]] = {}
        self.removal_context: list[Token] = []  # whose removal the doc spoke of, in order
        self.removals: list[tuple[str | None, Token]] = []  # (remover's actor key, removed) in the doc
        self.key_of: Callable[[Token], str | None] = lambda t: None  # a token's actor key in the doc
        self.name_of: Callable[[Token], str | None] = lambda t: None  # and its name as written
        self.plaintiffs: list[Token] = []  # who the doc said sued, in order
        self.boosted = False  # a word-order reading's confidence was raised in the doc being read
        self.datelines: set[int] = set()  # of the doc being read
        self.known = 0
        self.defendants: list[Token] = []
        self.carried: dict[
            int, int
        ] = {}  # a party's token -> the last lawsuit word that carried it  # and whom
        self.condemnation = {w.lower() for w in (*self.d.condemnation, *self.d.more_condemnation)}
        self.virtues = {w.lower() for w in (*self.d.virtue_words, *self.d.praise_words)}
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
                if a.dep_ == "appos" and t.i in self.ner_at and a.i in self.ner_at:
                    out += [a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS)]
        for t in list(out):
            # a role, or a title written capitalised and alone ("the district's outgoing
            # Representative, Dane Eagle")
            role = (t.pos_ == "NOUN" and t.tag_ == "NN") or (
                t.pos_ == "PROPN" and t.lower_ in self.title_words
            )
            if role and t.i not in self.ner_at:
                # "to elect the current state attorney, Ana Ayala": the name the role stands for
                named = [
                    a
                    for a in t.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and (a.i in self.ner_at or a.ent_type_)
                ]
                # "sued the parish's district attorney, Joe Roe, the state agency, and its head":
                # an organisation in apposition to the role's person, with more items after it,
                # goes on the list
                out += named + [
                    x
                    for n in named
                    for a in n.children
                    if a.dep_ == "appos" and a.ent_kb_id_ in ("org", "registry") and a.conjuncts
                    for x in (a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS))
                ]
            out += self._plural_names(t)
        if tok.pos_ == "NOUN" or tok.tag_ == "NNPS" or tok.lower_ in PARTY_MEMBERS:
            # "candidates, including Roe"; "Republicans like Roe and Doe" (which the parser may
            # hang on the verb, right after the noun's phrase)
            after = tok.right_edge.i + 1
            beside = (
                [c for c in tok.head.head.children if c.i == after]
                if tok.dep_ == "pobj"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and tok.tag_ in ("NNS", "NNPS")
                else []
            )
            for c in [*tok.children, *beside]:
                # "labor organizations such as A and B": "as" with "such" on it
                such_as = c.lower_ == "as" and any(x.lower_ == "such" for x in c.children)
                if c.dep_ == "prep" and (c.lower_ in ("including", "like") or such_as):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            items = [o, *(t for t in o.conjuncts if t.pos_ in NOUN_POS)]
                            # "big names like former coaches A and B": the names the plural holds
                            out += items + [n for t in items for n in self._plural_names(t)]
        if tok.lower_ in QUANTIFIERS:
            # "Some of the attorneys – including A, B and C – are listed": the names listed
            for o in self.prep_objects(tok, ["of"]):
                out += [
                    x for d in o.subtree for x in self.prep_objects(d, ["including"]) if x.pos_ == "PROPN"
                ]
            # "attacks against some of them, including A, B and C"
            out += [x for x in self.prep_objects(tok, ["including"]) if x.pos_ == "PROPN"]
        for t in list(out):
            out += self._elaborated(t) + self._after_parenthesis(t) + self._counted_names(t)
        out += self._as_well_as(tok)
        if tok.pos_ == "PROPN":
            out += self._listed_names(tok)
            out += self._after_home(tok)
        return sorted(set(out), key=lambda t: t.i)

    @staticmethod
    def _plural_names(t: Token) -> list[Token]:
        """ "former mayors Wellington Webb and Federico Peña", "the two mayors, A and B": the names
        the plural T holds, in apposition right after it."""
        if not (t.pos_ == "NOUN" and t.tag_ == "NNS"):
            return []
        out: list[Token] = []
        for a in t.children:
            if (
                a.dep_ == "appos"
                and a.pos_ == "PROPN"
                and (a.left_edge.i == t.i + 1 or (a.left_edge.i == t.i + 2 and t.nbor().text == ","))
            ):
                out += [a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS)]
        return out

    def _after_home(self, tok: Token) -> list[Token]:
        """ "state Sen. A of Foxboro and state Rep. B of North Attleboro": the parser joins B to
        A's town; a person conjoined to the place after A's "of" is one more item."""
        out: list[Token] = []
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for place in p.children:
                    if place.dep_ == "pobj" and not self._person(place):
                        out += [c for c in place.conjuncts if c.pos_ == "PROPN" and self._person(c)]
        return out

    def _person_type(self, type_: str) -> bool:
        """TYPE_ is Person or a type the ontology puts under it ("Legislator", "HeadProsecutor")."""
        return "Person" in self.ancestors.get(type_, ())

    def _court_type(self, type_: str) -> bool:
        """TYPE_ is Court or a type the ontology puts under it."""
        return "Court" in self.ancestors.get(type_, ())

    def _person(self, t: Token) -> bool:
        return self._person_type(t.ent_type_) or self.ner_at.get(t.i, (0, 0, ""))[2] == "PERSON"

    def _organisation(self, t: Token) -> bool:
        return not self._person(t) and (
            t.ent_kb_id_ in ("org", "registry") or self.ner_at.get(t.i, (0, 0, ""))[2] == "ORG"
        )

    def _clean_name(self, t: Token) -> bool:
        """T is the last word of a named entity of a few words without punctuation: a name, not a
        stretch of a list the model took for one ("The Caucus, Service Employees Union (SEIU")."""
        hit = self.ner_at.get(t.i)
        if hit is None:
            return False
        start, end, _label = hit
        span = t.doc[start:end]
        return t.i == end - 1 and len(span) <= 5 and not any(w.is_punct and w.text != "." for w in span)

    def _listed_names(self, tok: Token) -> list[Token]:
        """ "Sheriff Terry Wagner, former police chiefs Jeff Bliemeister and Jim Peschong, and Lynn
        Ayers": a list of names, some with a role in front, which the small model parses as a chain
        of appositions and conjunctions through the role's plural. Every name reached from TOK
        through conj and appos links alone is listed; a name under a preposition or a possessive
        ("Roe, a former aide to Mayor Doe", "Roe, Doe's lawyer") is not."""
        out: list[Token] = []
        todo = [tok]
        seen = {tok.i}
        while todo:
            t = todo.pop()
            for c in t.children:
                # (the role's plural may be mis-tagged a verb: "chiefs" as VBZ)
                if c.dep_ not in ("conj", "appos") or c.i in seen:
                    continue
                seen.add(c.i)
                todo.append(c)
                if c.pos_ == "PROPN" and c.i > tok.i and self._clean_name(c):
                    out.append(c)
        return out

    def _counted_names(self, t: Token) -> list[Token]:
        """ "two GOP nominees for county commissioner, A and B": the parser hangs the names on the
        preposition's noun; as many names as the plural counts spell it out."""
        if t.tag_ != "NNS":
            return []
        counts = [c for c in t.children if c.dep_ == "nummod"]
        wanted = COUNTS.get(counts[0].lower_) if counts else None
        if wanted is None:
            return []
        for p in t.children:
            if p.dep_ != "prep":
                continue
            for o in p.children:
                for a in o.children:
                    if (
                        a.dep_ == "appos"
                        and a.pos_ == "PROPN"
                        and (a.i in self.ner_at or a.ent_type_)
                        and t.doc[a.left_edge.i - 1].text == ","
                    ):
                        names = self._named_list(a)
                        if len(names) == wanted:
                            return names
        return []

    @staticmethod
    def _as_well_as(tok: Token) -> list[Token]:
        """ "endorsements from numerous unions, as well as former DA Jane Roe": the parser may hang
        the words after "as well as" on the verb, beside the phrase that holds TOK."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "conj"):
                verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "received support from X"
        elif tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        for c in verb.children:
            if (
                c.i > tok.i
                and c.lower_ == "as"
                and c.dep_ == "cc"
                and any(w.lower_ == "well" for w in c.children)
            ):
                return [
                    x
                    for x in verb.children
                    if x.i > c.i
                    and x.pos_ in NOUN_POS
                    and x.dep_ in ("dobj", "conj", "pobj", "npadvmod", "appos")
                    for x in [x, *(y for y in x.conjuncts if y.pos_ in NOUN_POS)]
                ]
        return []

    def _named_list(self, a: Token) -> list[Token]:
        """A name and the names conjoined or apposed to it: the items of a list of names."""
        out, todo = [], [a]
        while todo and len(out) < 20:
            c = todo.pop()
            if c not in out:
                out.append(c)
                todo += [x for x in c.conjuncts if x.pos_ == "PROPN"]
                todo += [x for x in c.children if x.dep_ == "appos" and (x.i in self.ner_at or x.ent_type_)]
        return out

    def _elaborated(self, t: Token) -> list[Token]:
        """ "the board and individual members - A, B and C -", "three members of the council: A, B
        and C": names after a colon or a dash spell out the common noun just before it. The parser
        hangs them on the noun or on the phrase's head ("support" in "the support of three members:
        A"), so the heads above a plural's "of" are read too."""
        if t.pos_ != "NOUN":
            return []
        doc = t.doc
        heads = [t]
        h = t
        while t.tag_ == "NNS" and len(heads) < 4:
            if h.dep_ == "pobj" and h.head.lower_ == "of":
                h = h.head.head
            elif h.dep_ == "conj":
                h = h.head
            else:
                break
            if h.pos_ != "NOUN":
                break
            heads.append(h)
        out: list[Token] = []
        for h in heads:
            for a in h.children:
                if a.dep_ != "appos" or a.pos_ != "PROPN" or not (a.i in self.ner_at or a.ent_type_):
                    continue
                mark = a.left_edge.i - 1
                if (
                    t.i < mark
                    and doc[mark].text in (":", "-", "–", "—")
                    # nothing but the noun's own words between it and the mark
                    and all(
                        t.left_edge.i <= k <= t.right_edge.i and t in doc[k].ancestors
                        for k in range(t.i + 1, mark)
                    )
                ):
                    out += self._named_list(a)
        return out

    def _after_parenthesis(self, t: Token) -> list[Token]:
        """ "from Rep. Ann Tate (D-Marion), former councilmember Joe Blake and Lisa Ford": after a
        name's parenthesis the parser starts a new phrase; the names after the comma go on the
        list."""
        doc = t.doc
        end = t.right_edge.i
        if t.i not in self.ner_at or doc[end].text != ")" or end + 2 >= len(doc) or doc[end + 1].text != ",":
            return []
        nxt = doc[end + 2]
        h = nxt
        while h.head.i != h.i and h.head.left_edge.i == nxt.i:
            h = h.head
        if h.pos_ != "PROPN" or h.i not in self.ner_at or h in t.ancestors:
            return []
        return self._named_list(h)

    def list_items(self, tok: Token) -> list[Token]:
        """A list of parties, which the small model reads as a chain of appositions and
        conjuncts ("the city, the union, its president Carl Dunn and special prosecutor X"):
        every noun of the chain."""
        out: list[Token] = []
        todo = [tok]
        inside: set[int] = set()  # words of a title's "of" ("Speaker of the House Emanuel Welch")
        doc = tok.doc
        while todo and len(out) < 20:
            t = todo.pop()
            if t.pos_ in NOUN_POS and t not in out and t.i not in inside:
                out.append(t)
            todo += [c for c in t.children if c.dep_ in ("appos", "conj")]
            # "the city of Harbor Falls, the union, ...": the list may hang on the "of"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        if any(
                            a.dep_ == "appos"
                            and a.i > o.i
                            and not any(w.is_punct for w in doc[o.i + 1 : a.i])
                            for a in o.children
                        ):
                            inside.add(o.i)  # a name right after the "of", no comma: the title's holder
                        todo.append(o)
        return sorted(out, key=lambda t: t.i)

    def along_with(self, tok: Token) -> list[Token]:
        """The items of "along with Y and Z" / "together with Y" hanging on TOK."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("along", "together"):
                for w in c.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        out += [t for o in w.children if o.dep_ == "pobj" for t in self.conjuncts(o)]
        return out

    def trailing_including(self, verb: Token, subject: Token) -> list[Token]:
        """ "Several unions have endorsed Roe, including A and B": a plural subject's members,
        listed after a named object (not "endorsed several candidates, including A")."""
        if subject.lower_ in ("number", "handful", "host", "slew", "couple", "group"):
            # "A number of labor unions have endorsed her campaign, including A and B"
            subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children), subject)
        if subject.tag_ != "NNS" or subject.pos_ != "NOUN":
            return []
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        if len(objects) != 1 or objects[0].tag_ in ("NNS", "NNPS"):
            return []
        out: list[Token] = []
        for holder in (verb, objects[0]):
            for p in holder.children:
                if p.dep_ == "prep" and p.lower_ == "including" and p.i > objects[0].i:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += [o, *(t for t in o.conjuncts if t.pos_ in NOUN_POS)]
        return out

    def with_holder(self, with_: Token) -> list[Token]:
        """Who has what "with" brings: the subject of the verb it hangs on ("Roe is armed with",
        "Roe enters the race with"), or the name it follows in apposition ("Roe, with ...").
        Not after a verb or adjective that takes "with" as its target ("disagreed with",
        "unhappy with"), which says nothing of who has it."""
        owner = with_.head
        if owner.pos_ == "PROPN" and with_.dep_ == "prep":
            return [owner]
        if owner.pos_ not in ("VERB", "AUX") or owner.lemma_ in self.d.with_targets:
            return []
        verb = owner
        while verb.dep_ in ("xcomp", "conj", "acomp") and not self.subjects_of(verb):
            verb = verb.head
        if owner.tag_ == "VBN" and owner.dep_ in ("acomp", "ROOT", "conj", "xcomp"):
            passive = [c for c in owner.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if passive:
                return passive  # "Roe was armed with ..."
        return self.subjects_of(verb)

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
                or any(g.text == "$" or g.like_num or g.lemma_ in VAGUE_MONEY for g in _own_words(c))
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
            if not _parenthesised(t)
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
            if not _parenthesised(t)
        ]
        # "— A, Citizens for Safe Streets and state Sen. B": the parser joins B to the last word of
        # the name before it
        listed += apposed + [
            c
            for t in apposed
            for c in _name_last(t).conjuncts
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
            if c.dep_ in ("dep", "appos", "npadvmod")
            and c.pos_ == "PROPN"
            and c.i > tok.i
            and _after_colon(c)
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
            and (listed := [t for t in self.prep_objects(tok, ["including"]) if not _parenthesised(t)])
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
                if any(_same_actor(self.name_of(t) or "", k) for t in objects for k in suing):
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

    # -- the component -------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        idx = DocIndex(doc)
        mentions = idx.mentions
        self.known = len(mentions)  # the actors found before the parse's own
        ner = doc.user_data.get(NER, [])
        ner_at: dict[int, tuple[int, int, str]] = {}
        for start, end, label in ner:
            for i in range(start, end):
                ner_at[i] = (start, end, label)
        self.ner_at = ner_at
        # places the recogniser names and no earlier component took for an actor
        self.places = {
            i
            for start, end in doc.user_data.get(PLACES, [])
            for i in range(start, end)
            if idx.mention_at[i] < 0
        }
        new_index: dict[tuple[int, int], int] = {}

        datelines = self.datelines = dateline_tokens(doc)

        def actor(t: Token) -> int:
            if t.i in datelines:
                return -1  # "FREEPORT, Ill. (WTVO) — ...": where the story was filed
            mi = idx.mention_at[t.i]
            if (
                mi >= 0
                and mentions[mi].kind == "group"
                and (t.dep_ == "poss" or (t.dep_ == "compound" and t.pos_ == "PROPN"))
                and t.head.i < mentions[mi].end
            ):
                mi = -1  # "Roe's supporters", "Roe supporters" is a group; Roe, its possessor, is Roe
            if mi >= 0 and (titled := self._titled_person(mentions[mi], doc, idx)) >= 0:
                return titled
            if mi >= 0 and not merged_list(mentions[mi], t):
                return mi
            if mi >= 0:  # a mention that ran over a list of names: the named entity T is in
                start, end, label = ner_at[t.i]
                if (start, end) not in new_index:
                    name = doc[start:end].text.strip()
                    name = name[4:] if name.lower().startswith("the ") else name
                    name = firstnames.shared_surname(doc, start, end) or name
                    m = Mention(start, end, f"new:{name}", name, NER_TYPES[label], "name", NER_CONFIDENCE)
                    mentions.append(m)
                    new_index[(start, end)] = len(mentions) - 1
                return new_index[(start, end)]
            if (titled := self._title_of_next(t, idx)) >= 0:
                return titled  # "... and Senate President Pro Tem David Long": the parser's head
            if t.dep_ == "appos" and t.pos_ == "NOUN":
                return actor(t.head)  # "the Safer Streets Committee, a group funded by X"
            if t.pos_ == "NOUN" and (named := self._named_after(t, idx)) >= 0:
                return named  # "spent $100,000 to support his pick in the race, Democrat Jane Roe."
            if t.pos_ == "NOUN" and t.lemma_ in self.d.office_seekers:
                # "Republican candidate for Governor Darren Bailey": the one named with the office
                named = [
                    idx.mention_at[o.i]
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children
                    if o.dep_ == "pobj" and idx.mention_at[o.i] >= 0
                ]
                if named and mentions[named[0]].kind == "title":
                    return named[0]
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
            if t.lemma_ in self.d.body_nouns and t.pos_ == "NOUN":
                # "the editorial board of the Gazette", "the union's leadership", "the Massachusetts
                # chapter of the ACLU": the body acts for it
                owner = [c for c in t.children if c.dep_ == "poss"] + [
                    o
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
                if owner:
                    return actor(owner[0])
            if t.lemma_ in self.proxy_object or t.lower_ in self.proxy_object:
                # "Knox's candidacy", "the campaign of Roe", "Roe's handling" (lemma "handle"), "the
                # Aronberg campaign": the actor whose it is
                owner = (
                    [c for c in t.children if c.dep_ == "poss"]
                    + [
                        o
                        for c in t.children
                        if c.dep_ == "prep" and c.lower_ in ("of", "for")
                        for o in c.children
                        if o.dep_ == "pobj"
                    ]
                    + [
                        c
                        for c in t.children
                        if c.dep_ == "compound"
                        and c.pos_ == "PROPN"
                        and c.i == t.i - 1
                        and t.lemma_ in self.proxy_subject  # (a campaign, not "the community ID program")
                        and c.doc[c.i - 1].text not in ("-", "–")  # "the Doughty-Campanale campaign": two
                    ]
                )
                return actor(owner[0]) if owner else -1
            hit = ner_at.get(t.i)
            if hit is not None:
                start, end, label = hit
                # the model's "Cruz, Worcester County District": the list item T is in
                start = max([start, *(k + 1 for k in range(start, t.i) if doc[k].text in (",", ";"))])
                end = min([end, *(k for k in range(t.i + 1, end) if doc[k].text in (",", ";"))])
                kind, confidence = NER_TYPES[label], NER_CONFIDENCE
            elif (span := proper_name(t)) is not None:
                (start, end), kind, confidence = span, "Actor", NAME_CONFIDENCE
                while end - start > 1 and doc[end - 1].text in self.not_names:
                    end -= 1  # "Wilson Monday asked the court": a weekday ends no run of proper nouns
            else:
                return -1
            if end - start > 1 and doc[end - 1].tag_ == "POS":
                end -= 1  # the model's entity "Roe's"
            if party_tag(doc, start):
                return -1  # "State Rep. Tip McGuire, D-Kenosha": the member's party and home town
            end = chapter_end(doc, end)  # the model's "FOP Lodge" of "FOP Lodge 66"
            if doc[end - 1].text in self.not_actors:
                return -1  # "against the death penalty and the Patriot Act": a law
            if end - start == 1 and (
                len(doc[start].text) == 1  # "Rep. Lloyd Doggett (D)": a party's letter
                or doc[start].text in self.not_names
                or doc[start].lower_ in self.title_words
                or doc[start].lower_ in self.common_nouns
                or doc[start].lower_ in PARTY_MEMBERS  # "a Democrat running for sheriff"
            ):
                return -1  # "from Feb. 23": a month, a weekday
            if (start, end) not in new_index:
                name = doc[start:end].text.strip()
                if name.lower().startswith("the "):
                    name = name[4:]
                name = firstnames.shared_surname(doc, start, end) or name
                mentions.append(Mention(start, end, f"new:{name}", name, kind, "name", confidence))
                new_index[(start, end)] = len(mentions) - 1
            return new_index[(start, end)]

        existing = get_relations(doc)
        kept = [
            r
            for r in existing
            if not self.inside_participle(doc, r, mentions)
            and not self.modifier_as_subject(doc, r, mentions)
            and not self.rival_only(doc, r, mentions)
            and not self.ruler_as_plaintiff(doc, r, mentions)
            # "OKLAHOMA CITY — ...": where the story was filed is no actor of the word-order rules either
            and mentions[r.subject].start not in datelines
            and mentions[r.object].start not in datelines
        ]
        dropped = len(kept) < len(existing)
        existing = kept
        flipped = self.removal_between(doc, existing, mentions) or self.praised(doc, existing) or dropped
        seen = {(r.subject, r.relation, r.object, r.trigger_start) for r in existing}
        have: dict[tuple[str, str], list[Relation]] = {}
        for r in existing:
            if not r.implicit_object:
                have.setdefault((mentions[r.subject].key, mentions[r.object].key), []).append(r)
        self.boosted = False
        # A trigger a word-order rule already read: where the parse agrees on one pair, it may add
        # a conjoined argument (same subject or same object); where it reads other arguments, its
        # reading replaces theirs (see `relations`).
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
            inside = sorted({(s, e) for s, e, _label in ner if m.start <= s and e <= m.end})
            # joined by a list's word, not by a possessive ("Rep. Jane Roe's PAC" is one name)
            return any(
                any(w.lower_ in ("and", ",", "&", "or", ";") for w in doc[e1:s2])
                for (_s1, e1), (s2, _e2) in zip(inside, inside[1:], strict=False)
            )

        def conjoined(t: Token, m: Mention) -> bool:
            """T is an item of a list that holds M ("Park, Diaz and the union")."""
            items = [*t.conjuncts]
            for c in (t, *t.conjuncts):
                if c.dep_ == "appos":  # a list read as an apposition (see conjuncts)
                    items += [c.head, *c.head.conjuncts]
            return any(m.start <= c.i < m.end for c in items)

        out: list[Relation] = []

        # who removed whom, by the remover's actor key: "X was suspended by the governor. The
        # suit was filed against the governor" (the one removed sues the one who removed)
        def key_of(t: Token) -> str | None:
            i = actor(t)  # "the Massachusetts chapter of the ACLU": the ACLU
            return mentions[i].key if i >= 0 else None

        def name_of(t: Token) -> str | None:
            i = actor(t)
            return mentions[i].name if i >= 0 else None

        self.key_of = key_of
        self.name_of = name_of
        opposing = {
            rel for rel, up in self.ancestors.items() if any(o in up for o in self.d.opposing_relations)
        }
        # who opposed whom, told before: "the criticism" a later rebuttal answers
        self.opposers = [
            (mentions[r.object].key, doc[mentions[r.subject].end - 1])
            for r in existing
            if r.relation in opposing and not r.negated
        ]
        self.removals = [
            (mentions[r.subject].key, doc[mentions[r.object].end - 1])
            for r in existing
            if r.relation == self.d.removal_relation and not r.negated
        ]
        self.removal_context = sorted(
            (doc[mentions[r.object].end - 1] for r in existing if r.relation == self.d.removal_relation),
            key=lambda t: t.i,
        )
        # "the recall of X", "the Boudin recall" name whose removal a later "the recall" means
        for tok in doc:
            if (
                tok.lemma_ in self.d.removal_nouns
                and tok.pos_ in ("NOUN", "PROPN")
                and idx.mention_at[tok.i] < 0
            ):
                # ("Supporters of Recall Jane Roe" is a committee's name, no recall of the text's)
                self.removal_context += self.named_targets(tok)
        self.removal_context.sort(key=lambda t: t.i)
        self.carried = {}
        self.plaintiffs = sorted(
            (doc[mentions[r.subject].end - 1] for r in existing if r.relation == "sued"), key=lambda t: t.i
        )
        self.defendants = sorted(
            (
                doc[mentions[r.object].end - 1]
                for r in existing
                if r.relation == "sued" and not r.implicit_object
            ),
            key=lambda t: t.i,
        )
        # "a lawsuit against X" in a headline, without a plaintiff, names a defendant too
        for tok in doc:
            rule = self.nouns.get(tok.lemma_)
            if rule is not None and rule.relation == "sued" and tok.pos_ == "NOUN":
                self.defendants += self.prep_objects(tok, rule.object_preps)
        self.defendants.sort(key=lambda t: t.i)
        switches: list[Found] = []
        for tok in doc:
            switches += self.switched(tok)
        retracted = {f.trigger.head.i for f in switches if f.negated and f.trigger.dep_ == "conj"}
        if retracted:  # "endorsed Y but then switched her support": the word-order reading of Y
            existing = [r for r in existing if r.trigger_start not in retracted]
        for tok in doc:
            founds = [f for f in switches if f.trigger.i == tok.i] or self.respectively(self.read(tok, idx))
            if any(f is not None and f.rule.endswith("-respectively") for f in founds):
                # read pair by pair ("..., respectively"): the word-order rules' every pairing goes
                gone = [r for r in existing if r.trigger_start <= tok.i < r.trigger_end]
                existing = [r for r in existing if r not in gone]
                seen -= {(r.subject, r.relation, r.object, r.trigger_start) for r in gone}
                flipped = flipped or bool(gone)
            for found in founds:
                if found is not None and found.overrides and not found.subjects and found.objects:
                    # "the first official to endorse the recall of X": the parse reads the object
                    # anew and finds no subject; the word-order reading's subject stands
                    found.subjects = [doc[rs.end - 1] for rs, _ro in owned.get(tok.i, [])]
                if found is not None and found.subjects and all(_counted_members(t) for t in found.subjects):
                    # "Four members of the City Council have endorsed X": some of its members, not
                    # the council the word-order rules would read ("Members of the union sued X"
                    # is the union's act)
                    kept = [r for r in existing if not r.trigger_start <= tok.i < r.trigger_end]
                    flipped = flipped or len(kept) < len(existing)
                    existing = kept
                if found is None or not found.subjects or not_a_fact(tok, self.d):
                    continue
                if found.relation == "sued" and not found.negated:
                    # "Roe filed a lawsuit on Friday.": a plaintiff for a later "the lawsuit"
                    self.plaintiffs = sorted({*self.plaintiffs, *found.subjects}, key=lambda t: t.i)
                    self.defendants = sorted({*self.defendants, *found.objects}, key=lambda t: t.i)
                    for t in (*found.subjects, *found.objects):
                        self.carried[t.i] = max(self.carried.get(t.i, -1), tok.i)
                if not found.objects:
                    continue
                new, contested = self.relations(found, actor, mentions, idx, seen, have, owned, conjoined)
                if found.relation == self.d.removal_relation and new:
                    self.removal_context = sorted([*self.removal_context, *found.objects], key=lambda t: t.i)
                    if not found.negated:
                        self.removals += [(self.key_of(s), o) for s in found.subjects for o in found.objects]
                if new and (found.overrides or tok.i in implied or contested):
                    # the parse reads what the word-order rules could not, or reads this trigger
                    # with other actors than they did: their reading gives way
                    gone = {tok.i, *found.replaces}
                    # (a pair the parse reads too stays: "endorsements from A, B and C", where the
                    # word order read A and B, and the parse adds C)
                    reread = {
                        (actor(a), found.relation, actor(b)) for a in found.subjects for b in found.objects
                    }
                    existing = [
                        r
                        for r in existing
                        if not any(r.trigger_start <= i < r.trigger_end for i in gone)
                        or (r.subject, r.relation, r.object) in reread
                    ]
                out += new
        rivals = [r for r in out if self.rival_only(doc, r, mentions)]
        if rivals:
            out = [r for r in out if r not in rivals]
        if out or retracted or flipped or self.boosted or rivals:
            doc.user_data[RELATIONS] = [r.to_list() for r in existing + out]
        doc.user_data[MENTIONS] = [m.to_list() for m in mentions]
        return doc

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


@Language.factory("pk_parsed", default_config={"rules": {}, "type_ancestors": {}})
def make_parsed(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Parsed:
    return Parsed(nlp, rules, type_ancestors)

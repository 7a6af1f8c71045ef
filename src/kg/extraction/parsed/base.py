"""What the parts of `pk_parsed` share: word lists, small tests on tokens, `Found`; and `pk_ner`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction.fullnames import initials
from kg.extraction.mentions import NER, PLACES
from kg.extraction.rules import DependencyRules

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


def counted_members(t: Token) -> bool:
    """T is "members" with a count or a quantity: "four members of X", "several members of X"."""
    return t.lemma_ == "member" and any(
        c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in COUNTED) for c in t.children
    )


def parenthesised(t: Token) -> bool:
    """T stands inside parentheses of its sentence."""
    for k in range(t.i - 1, t.sent.start - 1, -1):
        if t.doc[k].text == ")":
            return False
        if t.doc[k].text == "(":
            return True
    return False


def same_actor(a: str, b: str) -> bool:
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


def own_words(tok: Token) -> Iterator[Token]:
    """TOK's phrase without what its prepositions (but "of" and "in") and clauses add: the money of
    "$5,000 in donations", "thousands of dollars", not the number in "its endorsement to Roe, the
    number two" or "questions about thousands of dollars"."""
    yield tok
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ not in ("of", "in")) or c.dep_ in ("relcl", "acl", "appos"):
            continue
        yield from own_words(c)


def name_last(tok: Token) -> Token:
    """The last word of the named entity TOK is in (TOK itself outside one)."""
    doc = tok.doc
    if not tok.ent_type_:
        return tok
    j = tok.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[j - 1]


def after_colon(tok: Token) -> bool:
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

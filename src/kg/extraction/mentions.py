"""What the components leave on a Doc, as plain data.

spaCy's multiprocessing sends each Doc back to the parent serialised, and only `doc.user_data`
of plain types survives that, so actor mentions, amounts and relations are kept there as
lists rather than as Python objects or custom extension attributes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from spacy.tokens import Doc

MENTIONS = "pk_mentions"
MONEY = "pk_money"
DATES = "pk_dates"
RELATIONS = "pk_relations"
SENTS = "pk_sents"
NER = "pk_ner"  # the trained recogniser's (start, end, label) entities, kept by pk_ner
PLACES = "pk_places"  # its places (GPE, LOC) as (start, end): a place's donors are not donors to it

# How an actor mention was found; the first four name the actor, the rest refer to one.
NAMED_KINDS = ("registry", "title", "org", "office", "role", "group", "name", "citation")
REFERENCE_KINDS = ("pronoun", "description", "surname", "acronym", "owner")
# "the policy" stands for its owner, but only as what a relation acts on: never a subject.
OBJECT_ONLY_KINDS = ("owner",)


@dataclass
class Mention:
    start: int  # token offsets in the doc, end exclusive
    end: int
    key: str  # "id:<registry id>" or "new:<name>", the same for every mention of one actor
    name: str  # the actor's name as written where it was named
    type: str  # ontology actor type (proposed, for actors not in the registry)
    kind: str  # one of NAMED_KINDS or REFERENCE_KINDS
    confidence: float = 1.0  # factor for relations that use this mention
    ante_start: int = -1  # for references: character span of the mention it resolves to
    ante_end: int = -1
    # For pronouns: the next-best antecedent with another key. "The governor took her cases":
    # an object pronoun cannot be the clause's own subject, so the relation falls back to it.
    alt_key: str = ""
    alt_name: str = ""
    alt_type: str = ""
    alt_start: int = -1
    alt_end: int = -1

    def alternative(self) -> Mention | None:
        if not self.alt_key:
            return None
        return Mention(
            self.start,
            self.end,
            self.alt_key,
            self.alt_name,
            self.alt_type,
            self.kind,
            self.confidence,
            self.alt_start,
            self.alt_end,
        )

    @property
    def entity_id(self) -> str | None:
        return self.key[3:] if self.key.startswith("id:") else None

    @property
    def is_reference(self) -> bool:
        return self.kind in REFERENCE_KINDS

    def to_list(self) -> list[Any]:
        return list(_MENTION_FIELDS(self))  # dataclasses.astuple deep-copies: slow


@dataclass
class Money:
    start: int  # token offsets
    end: int
    amount: str  # a decimal, as text (user_data must stay msgpack-serialisable)
    currency: str
    qualifier: str | None


@dataclass
class Relation:
    rule: str
    relation: str
    confidence: float
    subject: int  # index into the doc's mentions
    object: int
    trigger_start: int  # token offsets
    trigger_end: int
    money: int = -1  # index into the doc's amounts
    date: str | None = None
    case: str | None = None
    implicit_object: bool = False
    negated: bool = False
    status: str | None = None
    context_start: int = -1  # a token of an earlier sentence the fact also rests on (quoted too)
    context_end: int = -1  # a token of a later sentence the fact also rests on (quoted too)
    outcome: str | None = None  # what became of it, as the text reports: "dismissed" (pk:outcome)
    notes: list[str] = field(default_factory=list)

    def to_list(self) -> list[Any]:
        return [*_RELATION_FIELDS(self), list(self.notes)]


_MENTION_FIELDS = attrgetter(*(f.name for f in fields(Mention)))
_RELATION_FIELDS = attrgetter(*(f.name for f in fields(Relation) if f.name != "notes"))


def get_mentions(doc: Doc) -> list[Mention]:
    return [Mention(*m) for m in doc.user_data.get(MENTIONS, [])]


def mention_at(mentions: list[Mention], n: int) -> list[int]:
    """For each of N tokens (and one past the end), the index of the first mention covering it,
    -1 where none does."""
    at = [-1] * (n + 1)
    for mi, m in enumerate(mentions):
        for i in range(m.start, m.end):
            if at[i] < 0:
                at[i] = mi
    return at


def set_mentions(doc: Doc, mentions: list[Mention]) -> None:
    doc.user_data[MENTIONS] = [m.to_list() for m in sorted(mentions, key=lambda m: (m.start, -m.end))]


def get_money(doc: Doc) -> list[Money]:
    return [Money(*m) for m in doc.user_data.get(MONEY, [])]


def get_relations(doc: Doc) -> list[Relation]:
    return [Relation(*r) for r in doc.user_data.get(RELATIONS, [])]


def set_relations(doc: Doc, relations: list[Relation]) -> None:
    doc.user_data[RELATIONS] = [r.to_list() for r in relations]


class Sentences:
    """Sentence bounds by token, from the starts that pk_line_breaks recorded."""

    def __init__(self, doc: Doc):
        self.starts: list[int] = doc.user_data.get(SENTS) or [s.start for s in doc.sents]
        self.n = len(doc)

    def index(self, tok: int) -> int:
        return bisect.bisect_right(self.starts, tok) - 1

    def bounds(self, tok: int) -> tuple[int, int]:
        k = self.index(tok)
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self.n
        return self.starts[k], end

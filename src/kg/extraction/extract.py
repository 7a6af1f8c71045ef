"""Run the pipeline over documents and turn its relations into proposed assertions."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Doc

from kg.base.ontology import Ontology
from kg.curate.curation import Entity, check_date
from kg.extraction.fullnames import SMALL, FullNames
from kg.extraction.mentions import Mention, Relation, Sentences, get_mentions, get_money, get_relations
from kg.extraction.pipeline import make_nlp, type_ancestors
from kg.extraction.rules import Rules
from kg.extraction.text import AsWritten, prepare

# A sentence longer than this is quoted from the first to the last word of the fact only
# (law-review paragraphs and run-together footnotes make "sentences" of thousands of characters).
MAX_QUOTE = 400
QUOTE_REACH = 12  # sentences (blank lines count) a quote stretches to take in an argument outside its own
NAME_SMALL = SMALL | {"against", "over"}  # lower-case words of names ("Parents Against Crime")


@dataclass(frozen=True)
class Actor:
    """One argument of a proposed assertion."""

    key: str  # stable identity within the document (see Mention.key)
    name: str  # the registry label if known, else the name as written
    entity_id: str | None  # registry id, if the actor is known
    type: str  # registry type, or the proposed type
    kind: str  # how the mention was found (registry, title, org, pronoun, ...)
    start: int  # character span of the mention in the document
    end: int
    ante_start: int = -1  # for a reference: the span of the mention it resolves to
    ante_end: int = -1


@dataclass
class Proposal:
    """A proposed assertion with its evidence, before it is written anywhere."""

    document: str
    relation: str
    subject: Actor
    object: Actor
    quote: str
    start: int
    end: int
    confidence: float
    rule: str
    negated: bool = False
    status: str | None = None
    outcome: str | None = None  # pk:outcome: "dismissed"
    amount: Decimal | None = None
    currency: str | None = None
    amount_qualifier: str | None = None
    date: str | None = None
    case: str | None = None
    notes: list[str] = field(default_factory=list)
    evidence: list[tuple[str, int, int]] = field(default_factory=list)  # after merging

    def merge_key(self) -> tuple[object, ...]:
        return (
            self.subject.key,
            self.relation,
            self.object.key,
            self.negated,
            self.amount,
            self.date,
            self.status,
        )


class Extractor:
    """The pipeline for one registry; `extract` streams documents through nlp.pipe."""

    def __init__(
        self,
        onto: Ontology,
        rules: Rules,
        registry: dict[str, Entity],
        exclude_alias: Callable[[Entity, str], bool] | None = None,
    ):
        self.onto = onto
        self.registry = registry
        self.nlp = make_nlp(onto, rules, registry, exclude_alias)
        self.titles = [t for rule in rules.actors.titles for t in rule.title] + rules.abbreviations
        self.unnamed = rules.unnamed
        self.title_forms = rules.title_forms
        self.org_heads = rules.actors.org_heads
        self._role_nouns = set(rules.dependencies.role_nouns) | set(rules.dependencies.rival_nouns)
        self._money_relations = set(rules.dependencies.money_relations)
        # kinds of actor money goes to as a vendor's pay, never as funding ("sent $46,000 to
        # Crossroads Consulting Inc.")
        self._paid_types = {t for t, up in type_ancestors(onto).items() if "Company" in (t, *up)} | {
            "Company"
        }
        self._paid_names = [
            re.compile(t.match, re.IGNORECASE) for t in rules.actors.org_types if t.type in self._paid_types
        ]
        # offices a person holds, which a place before them does not make a name ("Nueces DA")
        ancestors = type_ancestors(onto)
        self._office_ends = sorted(
            {
                w.lower()
                for o in rules.actors.place_offices
                if "Person" in (o.type, *ancestors.get(o.type, []))
                for w in o.office
            },
            key=len,
            reverse=True,
        )

    def extract(
        self, items: Iterable[tuple[str, str]], n_process: int = 1, batch_size: int = 4
    ) -> Iterator[tuple[str, list[Proposal]]]:
        """(text, name) pairs in, (name, proposals) out, in the same order."""
        # nlp.pipe keeps the order; the texts wait here rather than travel with the docs.
        pending: deque[str] = deque()

        def feed() -> Iterator[tuple[str, str]]:
            for text, name in items:
                self.fit(text)
                pending.append(text)
                yield prepare(text), name  # quotes are cut from TEXT itself: same offsets

        for doc, name in self.nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size):
            yield name, self.proposals(doc, name, pending.popleft())

    def extract_text(self, text: str, name: str = "<text>") -> list[Proposal]:
        self.fit(text)
        return self.proposals(self.nlp(prepare(text)), name, text)

    def fit(self, text: str) -> None:
        """Let spaCy take TEXT whatever its length. Its max_length guards against the memory of
        parsers and taggers, which this pipeline has none of; the size limit is --max-mb's, so a
        document the caller let through is never refused here (spaCy's error E088)."""
        if len(text) >= self.nlp.max_length:
            self.nlp.max_length = len(text) + 1

    # -- doc -> proposals ------------------------------------------------------------------------------
    def proposals(self, doc: Doc, name: str, text: str | None = None) -> list[Proposal]:
        """The doc's relations as proposals; TEXT is the doc's text, if the caller has it (doc.text
        is rebuilt from every token on each access)."""
        mentions = get_mentions(doc)
        money = get_money(doc)
        sents = Sentences(doc)
        names = FullNames(doc, self.titles, self.title_forms, self.org_heads)
        if text is None:
            text = doc.text
        out: list[Proposal] = []
        trimmed: dict[tuple[int, int], tuple[int, int]] = {}
        written = AsWritten(lambda: doc.text, text)
        for r in get_relations(doc):
            s, o = mentions[r.subject], mentions[r.object]
            start, end = self._quote_span(doc, text, sents, r, s, o, trimmed)
            p = Proposal(
                document=name,
                relation=r.relation,
                subject=self._actor(doc, s, names, written),
                object=self._actor(doc, o, names, written),
                quote=text[start:end],
                start=start,
                end=end,
                confidence=round(r.confidence, 3),
                rule=r.rule,
                negated=r.negated,
                status=r.status,
                outcome=r.outcome,
                date=_valid_date(r.date),
                case=r.case,
                notes=list(r.notes) + (["object implied by context"] if r.implicit_object else []),
            )
            if p.subject.key == p.object.key:
                continue  # "Holton Dimick" and "Martha Holton Dimick" turned out one actor
            if p.relation in self._money_relations and self._paid(p.object):
                continue  # a payment to a company the text names is a vendor's pay, not funding
            described = [a.name for a in (p.subject, p.object) if self.described(a)]
            if described:
                p.confidence = round(p.confidence * self.unnamed.factor, 3)
                p.notes.append(f"not named, only described: {', '.join(described)}")
            if r.money >= 0:
                m = money[r.money]
                p.amount, p.currency, p.amount_qualifier = Decimal(m.amount), m.currency, m.qualifier
            out.append(p)
        return merge(out)

    def _paid(self, actor: Actor) -> bool:
        """ACTOR is a company the text names ("Crossroads Consulting Inc."), unknown to the registry."""
        if actor.entity_id is not None:
            return False
        return actor.type in self._paid_types or any(rx.search(actor.name) for rx in self._paid_names)

    def described(self, actor: Actor) -> bool:
        """An actor the registry does not know whose name is a description: a lower-case word
        ("GOP governor", "uniformed officers"; "de" in "Beto de la Cruz" is no such word) or an
        office or title as its last words ("Nueces DA", "Brooklyn District Attorney")."""
        if actor.entity_id is not None or self._owned_collective(actor):
            return False
        words = [w for w in re.findall(r"[\w’'-]+", actor.name) if w[:1].isalpha()]
        if any(w.islower() and w not in NAME_SMALL and w not in self.unnamed.particles for w in words):
            return True
        low = " ".join(w.lower() for w in words)
        return any(low == t or low.endswith(" " + t) for t in self._office_ends)

    def _owned_collective(self, actor: Actor) -> bool:
        """A collective named by whose it is ("his deputy DAs", "Roe's line prosecutors", "her own
        staff"): a definite actor the curators keep, unless it is only the relation again ("her
        critics", "Roe's supporters")."""
        words = actor.name.lower().split()
        if actor.kind != "group" or len(words) < 2:
            return False
        if not (words[0] in ("his", "her", "their", "its") or words[0].endswith(("'s", "’s"))):
            return False
        head = words[-1]
        return head not in self._role_nouns and head.rstrip("s") not in self._role_nouns

    def _actor(self, doc: Doc, m: Mention, names: FullNames, written: Callable[[str], str]) -> Actor:
        ent = self.registry.get(m.entity_id) if m.entity_id else None
        span = doc[m.start : m.end]
        start, end = m.start, m.end
        if m.ante_start >= 0 and (ante := doc.char_span(m.ante_start, m.ante_end)) is not None:
            # a reference is named as the mention it resolves to is ("He" after "Broker Paul
            # Jensen" is "Paul Jensen", as that mention is)
            start, end = ante.start, ante.end
        name = ent.label if ent else written(names.fullest(m.name, start, end))
        return Actor(
            key=m.key if ent else f"new:{name}",  # "DeSantis" and "Ron DeSantis" are one actor
            name=name,
            entity_id=ent.id if ent else None,
            type=ent.types[0] if ent else m.type,
            kind=m.kind,
            start=span.start_char,
            end=span.end_char,
            ante_start=m.ante_start,
            ante_end=m.ante_end,
        )

    @staticmethod
    def _quote_span(
        doc: Doc,
        text: str,
        sents: Sentences,
        r: Relation,
        s: Mention,
        o: Mention,
        trimmed: dict[tuple[int, int], tuple[int, int]],
    ) -> tuple[int, int]:
        lo, hi = sents.bounds(r.trigger_start)
        if r.context_start >= 0:
            lo = min(lo, sents.bounds(r.context_start)[0])
        if r.context_end >= 0:
            hi = max(hi, sents.bounds(r.context_end)[1])
        for m in (s, o):
            # an argument the parse found in a neighbouring sentence ("his top donors included:"
            # and a line "$10,000 from X"): the quote reaches it
            if m.start < lo and sents.index(lo) - sents.index(m.start) <= QUOTE_REACH:
                lo = sents.bounds(m.start)[0]
            elif m.start >= hi and sents.index(m.start) - sents.index(hi - 1) <= QUOTE_REACH:
                hi = sents.bounds(m.start)[1]
        # The sentence's character span without its outer whitespace, once per sentence: a
        # sentence with no end can hold thousands of triggers, and copying its text for each of
        # them made the run quadratic.
        if (lo, hi) not in trimmed:
            trimmed[(lo, hi)] = _strip_span(text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        start, end = trimmed[(lo, hi)]
        if end - start <= MAX_QUOTE:
            return start, end
        toks = [r.trigger_start, r.trigger_end - 1] + [c for c in (r.context_start, r.context_end) if c >= 0]
        for m in (s, o):
            if lo <= m.start < hi:
                toks += [m.start, m.end - 1]
        first, last = doc[min(toks)], doc[max(toks)]
        return first.idx, last.idx + len(last.text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """START and END moved past the whitespace at either end of text[start:end] (as str.strip
    would trim it), without copying the span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _valid_date(value: str | None) -> str | None:
    try:
        return check_date(value)
    except ValueError:
        return None


def merge(proposals: list[Proposal]) -> list[Proposal]:
    """One proposal per claim, with every passage that states it (the curated format's rule)."""
    groups: dict[tuple[object, ...], Proposal] = {}
    spans: dict[tuple[object, ...], set[tuple[int, int]]] = {}  # a set: one claim may repeat 1,000s of times
    for p in sorted(proposals, key=lambda p: (-p.confidence, p.start)):
        key = p.merge_key()
        best = groups.get(key)
        if best is None:
            p.evidence = [(p.quote, p.start, p.end)]
            groups[key] = p
            spans[key] = {(p.start, p.end)}
        elif (p.start, p.end) not in spans[key]:
            best.evidence.append((p.quote, p.start, p.end))
            spans[key].add((p.start, p.end))
        if best is not None and p.outcome and not best.outcome:
            best.outcome = p.outcome  # a dismissal told of in one place holds for the suit
    out = list(groups.values())
    for p in out:
        p.evidence.sort(key=lambda ev: ev[1])
    return sorted(out, key=lambda p: (p.evidence[0][1], p.relation, p.subject.name, p.object.name))

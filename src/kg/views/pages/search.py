"""The explorer's search: actors (labels, aliases), quotes and the documents' text, ranked.

Ranks, best first: 1 the actor's name is the text, 2 one of its aliases is, 3 its name contains
the text, 4 an alias does, 5 a quote contains it, 6 a sentence of a document does. Matching is
by substring on keys folded by the project's one rule (kg.base.folding): the actors' and quotes'
keys are the ones the build wrote into the graph (pk:labelKey, pk:aliasKey, pk:quoteKey), the
sentences' are folded here, and the typed text is folded the same way.

The server searches an Index in memory (built once per worker); the static site writes the same
Index as JSON for its page's script (templates/search.js), which ranks the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.base.folding import fold
from kg.views.pages.model import PREFIXES, Texts, assertion_anchor, local_id
from kg.views.pages.quotes import plain, sentence_starts

if TYPE_CHECKING:
    from kg.querying.store import Backend

ACTOR_KEYS_QUERY = (
    PREFIXES
    + """SELECT ?x ?label ?lkey ?akey WHERE {
  ?x pk:labelKey ?lkey ; rdfs:label ?label . OPTIONAL { ?x pk:aliasKey ?akey }
}"""
)
QUOTE_KEYS_QUERY = (
    PREFIXES
    + """SELECT ?a ?label ?exact ?qkey ?file ?doc ?start ?end ?s ?curation WHERE {
  ?qs pk:quoteKey ?qkey ; oa:exact ?exact . ?t oa:hasSelector ?qs, ?ps . ?ps oa:start ?start ; oa:end ?end .
  ?e oa:hasTarget ?t . ?a pk:hasEvidence ?e ; rdfs:label ?label ; pk:statedIn ?doc ; rdf:subject ?s ;
     pk:curation ?curation .
  ?doc pk:fileName ?file .
}"""
)
DOC_SHA_QUERY = (
    PREFIXES
    + """SELECT ?doc ?file ?sha ?title WHERE {
  ?doc a pk:Document ; pk:fileName ?file ; pk:sha256 ?sha . OPTIONAL { ?doc dcterms:title ?title }
}"""
)
MAX_HITS = 100  # per kind shown; the counts say how many there were
SNIPPET = 240  # characters of a sentence shown around a hit


@dataclass(frozen=True)
class ActorKey:
    id: str
    label: str
    label_key: str
    alias_keys: tuple[str, ...]


@dataclass(frozen=True)
class QuoteKey:
    key: str
    text: str  # the quote as displayed (plain: markdown escapes dropped)
    label: str  # the assertion's label: "X sued Y"
    actor_id: str  # the subject's id: the quote links to the assertion on its page
    anchor: str
    stem: str
    file: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    key: str
    text: str
    stem: str
    title: str
    start: int


@dataclass
class Index:
    actors: list[ActorKey] = field(default_factory=list)
    quotes: list[QuoteKey] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Compact lists for the static site's script (see templates/search.js for the fields)."""
        return {
            "actors": [[a.id, a.label, a.label_key, list(a.alias_keys)] for a in self.actors],
            "quotes": [
                [q.key, q.text, q.label, q.actor_id, q.anchor, q.stem, q.file, q.start, q.end]
                for q in self.quotes
            ],
            "sentences": [[s.key, s.text, s.stem, s.title, s.start] for s in self.sentences],
        }  # fmt: skip


def build_index(backend: Backend, texts: Texts, candidates: bool = False) -> Index:
    idx = Index()
    actors: dict[str, tuple[str, str, set[str]]] = {}
    for r in backend.query(ACTOR_KEYS_QUERY).rows:
        x = r["x"]["value"]
        if local_id(x, "actor") is None:
            continue
        entry = actors.setdefault(x, (r["label"]["value"], r["lkey"]["value"], set()))
        if "akey" in r:
            entry[2].add(r["akey"]["value"])
    for x, (label, lkey, akeys) in actors.items():
        idx.actors.append(ActorKey(local_id(x, "actor") or "", label, lkey, tuple(sorted(akeys - {lkey}))))
    idx.actors.sort(key=lambda a: (a.label.casefold(), a.id))
    seen: set[tuple[str, int, int]] = set()
    for r in backend.query(QUOTE_KEYS_QUERY).rows:
        if r["curation"]["value"] != "reviewed" and not candidates:
            continue
        a, start, end = r["a"]["value"], int(r["start"]["value"]), int(r["end"]["value"])
        subject = local_id(r["s"]["value"], "actor")
        if (a, start, end) in seen or subject is None:
            continue
        seen.add((a, start, end))
        idx.quotes.append(
            QuoteKey(
                key=r["qkey"]["value"],
                text=plain(r["exact"]["value"]),
                label=r["label"]["value"],
                actor_id=subject,
                anchor=assertion_anchor(a),
                stem=local_id(r["doc"]["value"], "document") or r["file"]["value"],
                file=r["file"]["value"],
                start=start,
                end=end,
            )
        )
    idx.quotes.sort(key=lambda q: (q.label.casefold(), q.file, q.start))
    for r in sorted(backend.query(DOC_SHA_QUERY).rows, key=lambda r: r["file"]["value"]):
        stem = local_id(r["doc"]["value"], "document")
        text = texts.get(r["file"]["value"], r["sha"]["value"])
        if stem is None or text is None:
            continue
        title = r["title"]["value"] if "title" in r else r["file"]["value"]
        starts = [0, *sentence_starts(text), len(text)]
        for a, b in zip(starts, starts[1:], strict=False):
            sentence = text[a:b].strip()
            key = fold(sentence)
            if key:
                idx.sentences.append(Sentence(key, plain(sentence)[:2000], stem, title, a))
    return idx


@dataclass(frozen=True)
class Hit:
    rank: int
    kind: str  # "actor", "quote" or "text"
    title: str
    text: str  # the quote or the sentence (plain), or the matched alias note
    actor_id: str | None = None
    anchor: str = ""
    stem: str | None = None
    where: str = ""  # "file, characters a-b"


@dataclass
class Hits:
    q: str
    key: str
    hits: list[Hit]
    counts: dict[str, int]


def search(idx: Index, q: str) -> Hits:
    """The hits for Q, best first (see the module's doc for the ranks), at most MAX_HITS per kind."""
    key = fold(q)
    counts = {"actor": 0, "quote": 0, "text": 0}
    hits: list[Hit] = []
    if not key:
        return Hits(q, key, [], counts)
    for a in idx.actors:
        rank = _actor_rank(a, key)
        if rank:
            counts["actor"] += 1
            hits.append(Hit(rank, "actor", a.label, "", actor_id=a.id))
    for qk in idx.quotes:
        if key in qk.key:
            counts["quote"] += 1
            where = f"{qk.file}, characters {qk.start}–{qk.end}"
            hits.append(Hit(5, "quote", qk.label, qk.text, qk.actor_id, qk.anchor, qk.stem, where))
    for s in idx.sentences:
        if key in s.key:
            counts["text"] += 1
            hits.append(
                Hit(6, "text", s.title, snippet(s.text, s.key, key), stem=s.stem, anchor=f"s-{s.start}")
            )
    hits.sort(key=lambda h: h.rank)  # stable: within a rank, the index's order (by name, file)
    kept: list[Hit] = []
    per_kind = {"actor": 0, "quote": 0, "text": 0}
    for h in hits:
        if per_kind[h.kind] < MAX_HITS:
            per_kind[h.kind] += 1
            kept.append(h)
    return Hits(q, key, kept, counts)


def _actor_rank(a: ActorKey, key: str) -> int:
    if a.label_key == key:
        return 1
    if key in a.alias_keys:
        return 2
    if key in a.label_key:
        return 3
    if any(key in k for k in a.alias_keys):
        return 4
    return 0


def snippet(text: str, folded: str, key: str) -> str:
    """At most SNIPPET characters of TEXT around where KEY was found in its folded form (the position
    is the same proportion of the way in: folding keeps text roughly the same length)."""
    if len(text) <= SNIPPET:
        return text
    at = int(folded.find(key) * len(text) / max(1, len(folded)))
    lo = max(0, min(at - SNIPPET // 3, len(text) - SNIPPET))
    return ("… " if lo else "") + text[lo : lo + SNIPPET] + (" …" if lo + SNIPPET < len(text) else "")

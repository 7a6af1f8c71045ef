"""The `pk_echoes` component: "X issued a similar statement", "X followed suit".

Such a sentence states a relation by pointing at the one before it: the actor before the
trigger takes the relation and object of the latest relation stated in the `window` sentences
before, at a lower confidence (`factor`). The quote spans both sentences.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.anchored import SentenceMatcher
from kg.extraction.mentions import (
    OBJECT_ONLY_KINDS,
    RELATIONS,
    Mention,
    Relation,
    Sentences,
    get_mentions,
    get_relations,
)
from kg.extraction.rules import Rules

# A mention right after one of these is no subject: "a statement by X", "joined with X".
GOVERNING = {"of", "by", "with", "against", "for", "from", "to", "on", "about", "at", "in"}


class Echoes:
    def __init__(self, nlp: Language, rules: dict[str, Any]):
        self.r = Rules.model_validate(rules).echoes
        patterns = {"echo": self.r.patterns}
        if self.r.passive_patterns:
            patterns["echo-by"] = self.r.passive_patterns
        self.matcher = SentenceMatcher(nlp, patterns)

    def __call__(self, doc: Doc) -> Doc:
        rels = get_relations(doc)
        if not rels:
            return doc
        mentions = get_mentions(doc)
        sents = Sentences(doc)
        found = []
        for key, start, end in self.matcher(doc, sents):
            if key == "echo-by":
                subjects = self._agents(doc, mentions, sents, end)
            else:
                subjects = [s for s in [self._subject(doc, mentions, sents, start)] if s >= 0]
            k = sents.index(start)
            for subject in subjects:
                found += self._echo(rels, mentions, sents, k, subject, start, end)
        if found:
            doc.user_data[RELATIONS] = doc.user_data.get(RELATIONS, []) + [r.to_list() for r in found]
        return doc

    def _echo(
        self,
        rels: list[Relation],
        mentions: list[Mention],
        sents: Sentences,
        k: int,
        subject: int,
        start: int,
        end: int,
    ) -> list[Relation]:
        """SUBJECT's echo, over tokens START:END of sentence K, of the latest relation before."""
        earlier = [
            r
            for r in rels
            if not r.negated
            and k - self.r.window <= sents.index(r.trigger_start) < k
            and mentions[r.subject].key != mentions[subject].key
            and mentions[r.object].key != mentions[subject].key
        ]
        if not earlier:
            return []
        src = max(earlier, key=lambda r: r.trigger_start)
        conf = src.confidence / mentions[src.subject].confidence * mentions[subject].confidence
        return [
            Relation(
                rule="echo",
                relation=src.relation,
                confidence=conf * self.r.factor,
                subject=subject,
                object=src.object,
                trigger_start=start,
                trigger_end=end,
                money=-1,
                case=src.case,
                status=src.status,
                outcome=src.outcome,
                context_start=src.trigger_start,
                notes=[f"repeats the relation stated before it ({src.rule})"],
            )
        ]

    @staticmethod
    def _agents(doc: Doc, mentions: list[Mention], sents: Sentences, end: int) -> list[int]:
        """The actors after the first "by" from END in its sentence: "was echoed at a news
        conference by Sheriff X and Chief Y"."""
        hi = sents.bounds(end - 1)[1]
        by = next((i for i in range(end, hi) if doc[i].lower_ == "by"), -1)
        if by < 0:
            return []
        out: list[int] = []
        i = by + 1
        for mi, m in sorted(enumerate(mentions), key=lambda x: x[1].start):
            if m.start < i or m.start >= hi or m.kind in OBJECT_ONLY_KINDS:
                continue
            if any(
                not (t.text in (",", "and") or t.pos_ in ("ADJ", "DET", "PROPN", "NOUN"))
                for t in doc[i : m.start]
            ):
                break  # past the list of agents
            out.append(mi)
            i = m.end
        return out

    @staticmethod
    def _subject(doc: Doc, mentions: list[Mention], sents: Sentences, start: int) -> int:
        """The nearest actor before the trigger in its sentence, unless a preposition governs it."""
        lo = sents.bounds(start)[0]
        left = [
            i
            for i, m in enumerate(mentions)
            if lo <= m.start and m.end <= start and m.kind not in OBJECT_ONLY_KINDS
        ]
        if not left:
            return -1
        i = max(left, key=lambda i: mentions[i].start)
        m = mentions[i]
        if m.start > 0 and doc[m.start - 1].lower_ in GOVERNING:
            return -1
        return i


@Language.factory("pk_echoes", default_config={"rules": {}})
def make_echoes(nlp: Language, name: str, rules: dict[str, Any]) -> Echoes:
    return Echoes(nlp, rules)

"""The `pk_parsed` component: its state per document and its pass over the doc; the readings are
in the mixins it is built from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction import firstnames
from kg.extraction.fullnames import PARTY_MEMBERS
from kg.extraction.mentions import MENTIONS, NER, PLACES, RELATIONS, Mention, Relation, get_relations
from kg.extraction.namefix import chapter_end
from kg.extraction.parsed.arguments import Arguments
from kg.extraction.parsed.base import (
    NAME_CONFIDENCE,
    NER_CONFIDENCE,
    NER_TYPES,
    Found,
    counted_members,
    not_a_fact,
    proper_name,
)
from kg.extraction.parsed.context import ContextReadings
from kg.extraction.parsed.filters import Filters
from kg.extraction.parsed.lists import Lists
from kg.extraction.parsed.nouns import NounReadings
from kg.extraction.parsed.readings import Readings
from kg.extraction.parsed.removal import RemovalReadings
from kg.extraction.parsed.suits import SuitReadings
from kg.extraction.parsed.support import SupportReadings
from kg.extraction.parsed.verbs import VerbReadings
from kg.extraction.relations import DocIndex
from kg.extraction.rules import DependencyRules, Rules, VerbTrigger
from kg.extraction.tokens import dateline_tokens, party_tag


class Parsed(
    Lists,
    Arguments,
    VerbReadings,
    RemovalReadings,
    SupportReadings,
    SuitReadings,
    NounReadings,
    ContextReadings,
    Filters,
    Readings,
):
    """`pk_parsed`: the relations of the `dependencies` rules, read from the parse."""

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
                if found is not None and found.subjects and all(counted_members(t) for t in found.subjects):
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


@Language.factory("pk_parsed", default_config={"rules": {}, "type_ancestors": {}})
def make_parsed(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Parsed:
    return Parsed(nlp, rules, type_ancestors)

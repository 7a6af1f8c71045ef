"""The `pk_lawsuits` component: what a court decided in a lawsuit named in another sentence.

Legal writing reports a ruling apart from its parties. In "The lawsuit was filed in 2018 and
was dismissed in 2019." neither party is named; the case citation that follows in the paragraph
("*FOP v. City of Philadelphia*, 2019 WL 7816597 (Ct. C.P. Phila. Cnty.)") names them, and its
Bluebook parenthetical names the court. This component keeps the lawsuits that the relation
rules found (suits and case captions), reads each citation's court, and turns an outcome
("dismissed the case", "granted the union's injunction") into `ruledAgainst` the side that lost.

Which lawsuit an outcome belongs to, in order: one whose plaintiff the outcome names ("the
ADDA's injunction"); the first citation after it in its paragraph, unless a signal ("See
also") marks that citation as other authority; the latest lawsuit named shortly before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction import tokens
from kg.extraction.anchored import SentenceMatcher
from kg.extraction.mentions import (
    DATES,
    MENTIONS,
    RELATIONS,
    Mention,
    Relation,
    Sentences,
    get_mentions,
    get_relations,
)
from kg.extraction.rules import Lawsuits as LawsuitRules
from kg.extraction.rules import Outcome, Rules

YEAR = re.compile(r"^\d{4}$")
CIRCUIT = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
            "Eleventh"]  # fmt: skip
CITATION_REACH = 40  # tokens from a caption to its court parenthetical
PAREN_REACH = 12  # tokens inside the parenthetical


class CourtNames:
    """The court a Bluebook citation parenthetical names: "Pa. Cmwlth. 2021" -> "Commonwealth
    Court of Pennsylvania". Unknown abbreviations give None: better no court than a guessed one."""

    def __init__(self, r: LawsuitRules):
        self.r = r
        self.table: dict[str, tuple[str, str]] = {}
        for kind, entries in (
            ("state", r.places),
            ("local", r.local_places),
            ("court", r.courts),
            ("district", r.federal_districts),
        ):
            for abbr, full in entries.items():
                self.table.setdefault(abbr, (kind, full))
        self.table[r.county] = ("county", "")
        self.longest = max(len(k.split()) for k in self.table)

    def name(self, words: list[str]) -> str | None:
        words = [w for w in words if not YEAR.match(w) and w != ","]
        if words == ["U.S."]:
            return "Supreme Court of the United States"
        circuit = CIRCUIT.match(words[0]) if len(words) == 2 and words[1] == "Cir." else None
        if circuit:
            n = int(circuit.group(1))
            return f"United States Court of Appeals for the {ORDINALS[n - 1]} Circuit" if n <= 11 else None
        found: dict[str, str] = {}
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                hit = self.table.get(" ".join(words[i : i + n]))
                if hit is None:
                    continue
                kind, full = hit
                # "N.D. Ill.": a district prefix before a state; alone, "N.D." is North Dakota.
                if kind == "state" and " ".join(words[i : i + n]) in self.r.federal_districts:
                    nxt = self.table.get(words[i + n]) if i + n < len(words) else None
                    if nxt and nxt[0] == "state":
                        kind, full = "district", self.r.federal_districts[words[i]]
                if kind in found:
                    return None
                found[kind] = full
                i += n
                break
            else:
                return None  # a word no table knows
        state, local = found.get("state"), found.get("local")
        if "district" in found:
            if not state or "court" in found:
                return None
            prefix = f"{found['district']} " if found["district"] else ""
            return f"United States District Court for the {prefix}District of {state}"
        place = f"{local} County" if local and "county" in found else local
        if "court" in found:
            where = place or state
            return f"{found['court']} of {where}" if where else None
        if state and not local:
            return f"{self.r.highest_courts.get(state, 'Supreme Court')} of {state}"
        return None


@dataclass
class Suit:
    plaintiff: int  # mention indices
    defendant: int
    tok: int  # the trigger ("sued", "v.")
    sent: int
    para: int
    citation: bool
    signalled: bool  # "See also ...": other authority, not the source of the sentence before
    caption: str | None
    court: int = -1  # mention index of the court its parenthetical names
    court_words: str = ""


class Lawsuits:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        self.r = Rules.model_validate(rules).lawsuits
        self.ancestors = type_ancestors
        self.courts = CourtNames(self.r)
        self.signals = {s.lower() for s in self.r.signals}
        self.outcomes = {o.name: o for o in self.r.outcomes}
        self.matcher = SentenceMatcher(nlp, {o.name: [o.pattern] for o in self.r.outcomes})

    def is_court(self, m: Mention) -> bool:
        return any(t in self.r.court_types for t in self.ancestors.get(m.type, [m.type]))

    def __call__(self, doc: Doc) -> Doc:
        rels = get_relations(doc)
        if not any(r.relation == "sued" for r in rels):
            return doc
        mentions = get_mentions(doc)
        sents = Sentences(doc)
        breaks = [k for k, t in enumerate(tokens.texts(doc)) if "\n\n" in t]  # blank lines are tokens

        def para(tok: int) -> int:
            return bisect.bisect_right(breaks, tok)

        n_named = len(mentions)
        suits = self._suits(doc, rels, mentions, sents, para)
        if not suits:
            return doc
        lowers = tokens.lowers(doc)
        taken = [False] * (len(doc) + 1)
        for r in rels:
            for i in range(r.trigger_start, r.trigger_end):
                taken[i] = True
        dates = sorted(doc.user_data.get(DATES, []))
        found: list[Relation] = []
        for name, start, end in self.matcher(doc, sents):
            if any(taken[start:end]) or (end < len(doc) and lowers[end] == "against"):
                continue  # another rule read it; "dismissed the case against X" is a prosecution
            rel = self._outcome(
                doc, self.outcomes[name], start, end, mentions, n_named, suits, sents, para, dates
            )
            if rel is not None:
                found.append(rel)
                for i in range(start, end):
                    taken[i] = True
        if found:
            doc.user_data[RELATIONS] = doc.user_data.get(RELATIONS, []) + [r.to_list() for r in found]
        # Court mentions read from citations were appended after the others: relations index them.
        doc.user_data[MENTIONS].extend(m.to_list() for m in mentions[n_named:])
        return doc

    # -- lawsuits and their courts -------------------------------------------------------------------
    def _suits(
        self,
        doc: Doc,
        rels: list[Relation],
        mentions: list[Mention],
        sents: Sentences,
        para: Callable[[int], int],
    ) -> list[Suit]:
        suits = []
        for r in rels:
            if r.relation != "sued" or r.negated:
                continue
            p, d = mentions[r.subject], mentions[r.object]
            s = Suit(
                plaintiff=r.subject,
                defendant=r.object,
                tok=r.trigger_start,
                sent=sents.index(r.trigger_start),
                para=para(r.trigger_start),
                citation=r.case is not None,
                signalled=r.case is not None and self._signalled(doc, min(p.start, d.start)),
                caption=r.case,
            )
            if s.citation:
                self._court_of(doc, s, max(p.end, d.end), mentions)
            suits.append(s)
        return sorted(suits, key=lambda s: s.tok)

    def _signalled(self, doc: Doc, start: int) -> bool:
        k = start - 1
        seen = 0
        while k >= 0 and seen < 4:
            tok = doc[k]
            if tok.is_space or tok.text in ("*", "_"):
                k -= 1
                continue
            if tok.lower_ in self.signals:
                return True
            if tok.text in (".", ";") or tok.text.startswith("\n"):
                return False
            seen += 1
            k -= 1
        return False

    def _court_of(self, doc: Doc, suit: Suit, after: int, mentions: list[Mention]) -> None:
        """Read the court from the parenthetical after a caption: "..., 2019 WL 7816597 (Ct. C.P.
        Phila. Cnty.)". The court becomes a mention over the parenthetical's words."""
        stop = min(len(doc), after + CITATION_REACH)
        k = after
        while k < stop and doc[k].text != "(":
            if doc[k].lower_ in ("v.", "vs.", ";") or "\n" in doc[k].text:
                return
            k += 1
        if k >= stop:
            return
        e = k + 1
        while e < len(doc) and e <= k + PAREN_REACH and doc[e].text != ")":
            e += 1
        if e >= len(doc) or doc[e].text != ")":
            return
        words = [t.text for t in doc[k + 1 : e] if not t.is_space]
        name = self.courts.name(words)
        if name is None:
            return
        for i, m in enumerate(mentions):
            if (m.start, m.end) == (k + 1, e):
                suit.court, suit.court_words = i, doc[k : e + 1].text
                return
        key = "new:" + " ".join(name.split()).casefold()
        mentions.append(Mention(k + 1, e, key, name, "Court", "citation", self.r.citation_confidence))
        suit.court, suit.court_words = len(mentions) - 1, doc[k : e + 1].text

    # -- outcomes ------------------------------------------------------------------------------------
    @staticmethod
    def _before_suit(doc: Doc, ref: Mention, suit: Suit, para: Callable[[int], int]) -> bool:
        """True if REF's antecedent stands in a paragraph before the one that names SUIT."""
        span = doc.char_span(ref.ante_start, ref.ante_end, alignment_mode="expand")
        return span is not None and para(span.start) < suit.para

    def _outcome(
        self,
        doc: Doc,
        outcome: Outcome,
        start: int,
        end: int,
        mentions: list[Mention],
        n_named: int,
        suits: list[Suit],
        sents: Sentences,
        para: Callable[[int], int],
        dates: list[list[Any]],
    ) -> Relation | None:
        lo, hi = sents.bounds(start)
        k = sents.index(start)
        left = [i for i in range(n_named) if lo <= mentions[i].start and mentions[i].end <= start]
        court = max(left, key=lambda i: mentions[i].start) if left else -1
        if court >= 0 and not self.is_court(mentions[court]):
            if not outcome.passive:
                return None  # "Krasner dismissed the case": a prosecutor, not a court, decided
            court = -1
        if court < 0 and not outcome.passive:
            return None
        suit = self._which_suit(doc, start, end, k, para(start), mentions, suits)
        if suit is None:
            return None
        cited = self._suit_court(suit, suits, mentions)
        if (court < 0 or mentions[court].is_reference) and cited is not None:
            court = cited.court  # "the Court": the court of the case cited, not the last one named
        if court < 0 or mentions[court].is_reference and mentions[court].ante_start < 0:
            return None  # no court, or only "the court" with nothing it refers to
        if mentions[court].is_reference and self._before_suit(doc, mentions[court], suit, para):
            return None  # "the court" is one named before this suit came up: another case's
        side = suit.plaintiff if outcome.against == "plaintiff" else suit.defendant
        # The losing party as this sentence names it, if it does ("FOP then appealed and ...").
        here = [
            i
            for i in range(n_named)
            if lo <= mentions[i].start < hi and mentions[i].key == mentions[side].key
        ]
        obj = here[0] if here else side
        if mentions[obj].key == mentions[court].key:
            return None
        conf = outcome.confidence * mentions[court].confidence * mentions[obj].confidence
        notes = []
        if not (lo <= suit.tok < hi):
            conf *= self.r.context_factor
            notes.append(f"lawsuit named in another sentence: {suit.caption or mentions[side].name}")
        if cited is not None and court == cited.court:
            notes.append(f"court read from the citation {cited.court_words}")
        return Relation(
            rule=outcome.name,
            relation=self.r.relation,
            confidence=conf,
            subject=court,
            object=obj,
            trigger_start=start,
            trigger_end=end,
            date=_date_after(dates, end, hi),
            case=suit.caption,
            notes=notes,
        )

    @staticmethod
    def _suit_court(suit: Suit, suits: list[Suit], mentions: list[Mention]) -> Suit | None:
        """The citation that names SUIT's court: its own, or the nearest of the same parties."""
        if suit.court >= 0:
            return suit
        pair = (mentions[suit.plaintiff].key, mentions[suit.defendant].key)
        same = [
            s
            for s in suits
            if s.court >= 0 and (mentions[s.plaintiff].key, mentions[s.defendant].key) == pair
        ]
        return min(same, key=lambda s: abs(s.tok - suit.tok)) if same else None

    def _which_suit(
        self, doc: Doc, start: int, end: int, k: int, p: int, mentions: list[Mention], suits: list[Suit]
    ) -> Suit | None:
        words = [t.text for t in doc[start:end]]
        named_here = [s for s in suits if _contains(words, _words(doc, mentions[s.plaintiff]))]
        if named_here:
            # The nearest, but a citation that names the court first ("the ADDA's injunction":
            # "ADDA v. Gascón (Cal. Super. Ct. ...)" rather than "the ADDA sued Gascón").
            return min(named_here, key=lambda s: (s.court < 0, abs(s.tok - start)))
        after = [
            s
            for s in suits
            if s.citation
            and not s.signalled
            and s.tok > start
            and s.para == p
            and s.sent <= k + self.r.follow
        ]
        if after:
            return after[0]
        before = [s for s in suits if s.tok < start and s.sent >= k - self.r.window]
        return before[-1] if before else None


def _words(doc: Doc, m: Mention) -> list[str]:
    return [t.text for t in doc[m.start : m.end]]


def _date_after(dates: list[list[Any]], end: int, hi: int) -> str | None:
    """The date right after an outcome: "was dismissed on August 21, 2019"."""
    for start, _end, value in dates:
        if end <= start <= min(end + 3, hi):
            return value
    return None


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i : i + n] == part for i in range(len(words) - n + 1))


@Language.factory("pk_lawsuits", default_config={"rules": {}, "type_ancestors": {}})
def make_lawsuits(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Lawsuits:
    return Lawsuits(nlp, rules, type_ancestors)

"""The `pk_lawsuits` component: what a court decided in a lawsuit named in another sentence.

Legal writing reports a ruling apart from its parties. In "The lawsuit was filed in 2018 and
was dismissed in 2019." neither party is named; the case citation that follows in the paragraph
("*FOP v. City of Philadelphia*, 2019 WL 7816597 (Ct. C.P. Phila. Cnty.)") names them, and its
Bluebook parenthetical names the court. This component keeps the lawsuits that the relation
rules found (suits and case captions), reads each caption's citation with eyecite (its court,
named as courts-db names it, and its year), and turns an outcome ("dismissed the case",
"granted the union's injunction") into `ruledAgainst` the side that lost.

Which lawsuit an outcome belongs to, in order: one whose plaintiff the outcome names ("the
ADDA's injunction"); the first citation after it in its paragraph, unless a signal ("See
also") marks that citation as other authority; the latest lawsuit named shortly before it.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import courts_db
from eyecite import get_citations
from eyecite.helpers import get_court_by_paren
from eyecite.models import FullCaseCitation
from spacy.language import Language
from spacy.tokens import Doc

from kg.base.errors import KGError
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

CAPTION_GAP = re.compile(r"[^;()\n]{0,40}")  # "*, " between a caption and its reporter citation
# A citation's parenthetical after its reporter and pin cite: "267 A.3d 531, 553 (Pa. Cmwlth. 2021)".
PARENTHETICAL = re.compile(r"(?:,\s*\d[\d\-–]*)?\s*\(([^()\n]{1,80})\)")
DATE_AT_END = re.compile(r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*)?\d{4})$")  # "Mar. 3, 2021"
DOCKET = re.compile(r"[\s*_,]*(No\. [\w\-–:]+(?:, at \d+)?)")
YEAR_AT_END = re.compile(r"(\d{4})$")
CITATION_REACH = 300  # characters after a caption's start that eyecite reads for its citation
COURT_NAMES = {c["id"]: c["name"] for c in courts_db.courts}
# eyecite logs a warning on citations it finds odd ("Unknown overlap case. Last cite: ..."), with
# the document's words in it: untrusted text that must not reach the terminal, and no error here.
logging.getLogger("eyecite").setLevel(logging.ERROR)


@dataclass
class Citation:
    """A full case citation as eyecite reads it, with character offsets into the document."""

    start: int  # the reporter citation: "123 F.3d 456", "2019 WL 7816597"
    end: int
    court: str | None  # courts-db id
    year: int | None
    paren: tuple[int, int] | None  # the parenthetical's contents: "3d Cir. 2019"


def court_ids(r: LawsuitRules) -> dict[str, str]:
    """Bluebook abbreviations courts-db lacks, checked against courts-db once at load."""
    unknown = sorted(i for i in r.court_ids.values() if i not in COURT_NAMES)
    if unknown:
        raise KGError(f"rules.yaml lawsuits.court_ids: no such courts-db court: {', '.join(unknown)}")
    return dict(r.court_ids)


def read_citation(text: str, at: int, after: int, aliases: dict[str, str]) -> Citation | None:
    """The full case citation of the caption at character AT that ends at AFTER, read by eyecite
    from the caption to the end of its line. eyecite is given the text as it stands (no
    clean_text), so its offsets plus the window's start are the document's offsets."""
    stop = text.find("\n", after)
    window = text[at : min(len(text), at + CITATION_REACH, stop if stop >= 0 else len(text))]
    if not window.strip():
        return None  # eyecite refuses an empty text
    for c in get_citations(window):
        if not isinstance(c, FullCaseCitation):
            continue
        s, e = c.span()
        if not CAPTION_GAP.fullmatch(window[after - at : s]) or " v. " in window[after - at : s]:
            return None  # the first citation after the caption is another's
        m = PARENTHETICAL.match(window, e)
        paren = (at + m.start(1), at + m.end(1)) if m else None
        court = c.metadata.court
        if court is None and m:  # courts-db writes "3rd Cir.", the Bluebook "3d Cir."
            court = aliases.get(DATE_AT_END.sub("", m.group(1)).strip())
        return Citation(at + s, at + e, court, int(c.metadata.year) if c.metadata.year else None, paren)
    # A trial court's decision cited by docket number, which eyecite does not read as a citation:
    # "*ADDA v. Gascón*, No. 20STCP04250, at 21 (Super. Ct. L.A. Cnty. 2021)". Its parenthetical
    # is looked up the way eyecite looks up a full citation's.
    d = DOCKET.match(window, after - at)
    m = PARENTHETICAL.match(window, d.end()) if d else None
    if d is None or m is None:
        return None
    words = DATE_AT_END.sub("", m.group(1)).strip()
    court = (get_court_by_paren(words) if words else None) or aliases.get(words)
    year = YEAR_AT_END.search(m.group(1))
    start = at + d.end() - len(d.group(1))
    return Citation(
        start, at + d.end(), court, int(year.group(1)) if year else None, (at + m.start(1), at + m.end(1))
    )


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
    # A court named from its citation, made a mention only if an outcome uses it: courts-db's name
    # is no name the text gives, to be offered as the fullest name of other mentions.
    court_new: Mention | None = None

    @property
    def has_court(self) -> bool:
        return self.court >= 0 or self.court_new is not None

    year: int | None = None  # the year of the citation's decision


class Lawsuits:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        self.r = Rules.model_validate(rules).lawsuits
        self.ancestors = type_ancestors
        self.court_ids = court_ids(self.r)
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
        suits = self._suits(doc, rels, mentions, sents, para, doc.text)
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
        text: str,  # doc.text, which spaCy rebuilds from the tokens on each access
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
                self._court_of(doc, text, s, mentions)
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

    def _court_of(self, doc: Doc, text: str, suit: Suit, mentions: list[Mention]) -> None:
        """Read the court and year of the caption's citation: "..., 2019 WL 7816597 (E.D. Pa.
        Mar. 3, 2021)". The court is the registry's court written there, else a mention over the
        parenthetical's words named as courts-db names it (none if courts-db knows no court)."""
        p, d = mentions[suit.plaintiff], mentions[suit.defendant]
        first, last = (p, d) if p.start < d.start else (d, p)
        end = doc[last.end - 1].idx + len(doc[last.end - 1])
        cite = read_citation(text, doc[first.start].idx, end, self.court_ids)
        if cite is None or cite.paren is None:
            return
        suit.year = cite.year
        span = doc.char_span(*cite.paren, alignment_mode="expand")
        if span is None:
            return
        words = text[cite.paren[0] - 1 : cite.paren[1] + 1]
        for i, m in enumerate(mentions):
            if span.start <= m.start and m.end <= span.end and self.is_court(m) and not m.is_reference:
                suit.court, suit.court_words = i, words  # the registry knows the court written here
                return
        if cite.court is None:
            return  # better no court than a guessed one
        name = COURT_NAMES[cite.court]
        key = "new:" + " ".join(name.split()).casefold()
        conf = self.r.citation_confidence
        suit.court_new, suit.court_words = (
            Mention(span.start, span.end, key, name, "Court", "citation", conf),
            words,
        )

    @staticmethod
    def _court_index(suit: Suit, mentions: list[Mention]) -> int:
        if suit.court < 0 and suit.court_new is not None:
            mentions.append(suit.court_new)
            suit.court, suit.court_new = len(mentions) - 1, None
        return suit.court

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
            court = self._court_index(cited, mentions)  # "the Court": the case cited's, not the last named
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
            # else the year of the decision cited, when its court is the one that ruled
            date=_date_after(dates, end, hi)
            or (str(cited.year) if cited is not None and court == cited.court and cited.year else None),
            case=suit.caption,
            notes=notes,
        )

    @staticmethod
    def _suit_court(suit: Suit, suits: list[Suit], mentions: list[Mention]) -> Suit | None:
        """The citation that names SUIT's court: its own, or the nearest of the same parties."""
        if suit.has_court:
            return suit
        pair = (mentions[suit.plaintiff].key, mentions[suit.defendant].key)
        same = [
            s for s in suits if s.has_court and (mentions[s.plaintiff].key, mentions[s.defendant].key) == pair
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
            return min(named_here, key=lambda s: (not s.has_court, abs(s.tok - start)))
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

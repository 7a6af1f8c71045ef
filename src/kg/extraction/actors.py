"""The `pk_unknown_actors` component: actors the registry does not know.

Runs after the registry's EntityRuler and adds, where no registry name was found:
titled names ("Gov. Ron DeSantis" -> Ron DeSantis, Governor), organisation names ("... Police
Benevolent Association"), office holders named by place ("the Maricopa County attorney"),
people named by a role in an organisation ("the president of the Fraternal Order of Police")
and collectives ("disgruntled line prosecutors"). Each becomes an entity span whose label is
the proposed type and whose kb_id records which kind of pattern found it.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extraction import firstnames, namefix, tokens
from kg.extraction.fullnames import GENERATIONS, PARTY_WORDS
from kg.extraction.mentions import NER, PLACES, Sentences
from kg.extraction.rules import Rules
from kg.extraction.text import is_dictionary_word, lemma_table

POSSESSIVE = tokens.POSSESSIVES
# the last word of a place whose government is named "the <place> government"
PLACE_ENDS = {"County", "City", "Parish", "Township", "Borough", "Town", "Village", "State"}
PERSON_LABELS = {"Person", "PoliceOfficial", "HeadProsecutor", "Politician", "Judge", "Journalist"}
# words before a person's name that make the name an organisation's: "Friends of Jane Roe", "the
# Committee to Elect Jane Roe", "Supporters of Recall Jane Roe"
NAMED_FOR = {"of", "for", "to", "and", "&", "the", "elect", "re-elect", "reelect", "recall", "draft"}
# words that open a role before a person's name: "Executive Director Jane Roe"
ROLE_MODIFIERS = {"executive", "vice", "deputy", "assistant", "interim", "acting", "senior", "co"}
# "<organisation> <noun>" names a person of that organisation: "a Fox News columnist".
ROLE_NOUNS = {
    "columnist": "Journalist",
    "reporter": "Journalist",
    "writer": "Journalist",
    "editor": "Journalist",
    "correspondent": "Journalist",
    "host": "Journalist",
    "anchor": "Journalist",
    "spokesman": "Person",
    "spokeswoman": "Person",
    "spokesperson": "Person",
    "official": "Person",
    "executive": "Person",
    "employee": "Person",
    "staffer": "Person",
    "lawyer": "Person",
    "attorney": "Person",
    "president": "Person",
    "chairman": "Person",
    "chairwoman": "Person",
    "chair": "Person",
    "leader": "Person",
    "director": "Person",
    "chief": "Person",
    "founder": "Person",
}


CASE_MARKS = {"v.", "vs.", "v", "versus"}
APPOSITION_NEXT = {
    "that",
    "which",
    "who",
    "whose",
    "of",
    "for",
    "in",
    "from",
    "with",
    "behind",
    "at",
    "on",
    "to",
    "and",
    "founded",
    "formed",
    "based",
    "led",
    "run",
}


def lowers_possessive(word: str) -> bool:
    """A possessive determiner: before a capitalised word it opens a name ("Our Revolution")."""
    return word.lower() in ("our", "my", "your")


def _words(nlp: Language, phrase: str) -> list[str]:
    return [t.lower_ for t in nlp.make_doc(phrase)]


COUNT_WORDS = {
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "both",
    "many",
}

# Before a head, "in" and "on" end the name: "sued Gov. Ellen Brandt in Will County Circuit Court"
BACKWARD_STOPS = ("in", "on")


OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "*", "("})  # a title of a work may open with "The"
# Quote marks around a nickname inside a name
NICK_OPEN = frozenset({"“", '"', "‘"})
NICK_CLOSE = frozenset({"”", '"', "’"})


class UnknownActors:
    """Scans the doc once per pattern family, from word-indexed phrase tables.

    (An earlier version used spaCy's Matcher with optional and repeated REGEX tokens; walking
    outward from the few anchor words -- titles, organisation heads, office and group nouns --
    in plain Python is several times faster and keeps the throughput target.)
    """

    def __init__(self, nlp: Language, rules: dict[str, Any]):
        self._persons: set[tuple[int, int]] = set()  # the model's PERSON spans in the doc at hand
        self._quoted: set[int] = set()  # nickname quote marks inside names, in the doc at hand
        self._places: set[tuple[int, int]] = set()  # its GPE / LOC spans
        r = Rules.model_validate(rules)
        a = r.actors
        self.nlp = nlp
        self.org_types = [(re.compile(t.match, re.IGNORECASE), t.type) for t in a.org_types]
        self.heads = set(a.org_heads)
        self.not_actors = set(a.not_actor_heads)
        self.place_people = set(a.place_people)
        self.state_codes = set(a.state_codes)
        self.government_type = r.references.place_government_type
        self.name_re = re.compile(a.name_token)
        # Court abbreviations of citations ("Cal. Super. Ct.") are no name words.
        court_words = set(r.lawsuits.court_words)
        self.not_names = set(a.not_names) | self.heads | court_words
        self.starters = set(a.not_names)
        self.connectors = set(a.org_connectors)
        self.group_type = a.groups.type
        self.not_modifiers = set(a.groups.not_modifiers)
        self.possessives = set(a.groups.possessives)
        self.compound_nouns = set(a.groups.compound_nouns)
        self.heads_of = set(a.org_heads_of)
        self.place_preps = set(a.place_prepositions)
        self.appositives = self._index((tuple(_words(nlp, k)), v) for k, v in a.appositive_nouns.items())
        self.roles = {tuple(_words(nlp, x)) for x in a.roles}
        self.role_nouns = ROLE_NOUNS
        # the plurals of the relation rules' role nouns: "critics", "supporters", "allies"
        self.relation_roles = {w + s for w in r.dependencies.role_nouns for s in ("", "s")} | {
            w[:-1] + "ies" for w in r.dependencies.role_nouns if w.endswith("y")
        }
        # A title's words as the tokenizer splits it inside a sentence ("Gov." is one token there,
        # "gov" "." alone), so index both splits.
        self.titles = self._index(
            (words, t.type)
            for t in a.titles
            for w in t.title
            for words in {tuple(w.split()), tuple(_words(nlp, w))}
        )
        self.title_words = a.title_words()
        self.offices = self._index((tuple(_words(nlp, w)), o.type) for o in a.place_offices for w in o.office)
        self.groups = self._index((tuple(_words(nlp, h)), self.group_type) for h in a.groups.heads)
        self.phrases = self._index((tuple(_words(nlp, p)), "") for p in a.org_phrases)
        self._name_cache: dict[str, bool] = {}
        self.anchor_words = {*self.titles, *self.offices, *self.groups, *self.phrases}

    @staticmethod
    def _index(items: Any) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Phrases by first word, longest first."""
        out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, type_ in items:
            out.setdefault(words[0], []).append((words, type_))
        for v in out.values():
            v.sort(key=lambda x: -len(x[0]))
        return out

    def _is_name(self, text: str) -> bool:
        ok = self._name_cache.get(text)
        if ok is None:
            ok = bool(self.name_re.match(text)) and text not in self.not_names
            self._name_cache[text] = ok
        return ok

    @staticmethod
    def _match(table: dict[str, list[tuple[tuple[str, ...], str]]], lowers: list[str], i: int):
        for words, type_ in table.get(lowers[i], ()):
            if tuple(lowers[i : i + len(words)]) == words:
                return words, type_
        return None

    def org_type(self, text: str) -> str:
        for rx, t in self.org_types:
            if rx.search(text):
                return t
        return "Organization"

    @staticmethod
    def is_inflected(word: str) -> bool:
        """True for a word the lemma table maps to another form ("slams" -> "slam")."""
        return lemma_table().get(word, word) != word

    @staticmethod
    def headlines(texts: list[str], sent_starts: list[int]) -> list[bool]:
        """Tokens of a headline or a cited title, where capitals say nothing about names: a
        line-long sentence without a full stop that is mostly Title Case or ALL CAPS, or a
        *emphasised* stretch (a title in a citation) with four or more capitalised words."""
        n = len(texts)
        out = [False] * (n + 1)
        bounds = [*sent_starts, n]
        for k in range(len(bounds) - 1):
            lo, hi = bounds[k], bounds[k + 1]
            words = [t for t in texts[lo:hi] if t.isalpha()]
            last = next((t for t in reversed(texts[lo:hi]) if t.strip()), "")
            caps = sum(w[:1].isupper() for w in words)
            if len(words) >= 4 and last not in (".", "!", "?") and caps >= 0.7 * len(words):
                out[lo:hi] = [True] * (hi - lo)
        stars = [i for i, t in enumerate(texts) if t == "*"]
        for a, b in zip(stars, stars[1:], strict=False):
            inner = texts[a + 1 : b]
            if b - a < 40 and sum(w[:1].isupper() and w.isalpha() for w in inner) >= 4:
                out[a:b] = [True] * (b - a)
        return out

    def __call__(self, doc: Doc) -> Doc:
        texts = tokens.texts(doc)
        lowers = tokens.lowers(doc)
        self._lowers = lowers
        self._texts = texts
        starts = Sentences(doc).starts
        self.headline = self.headlines(texts, starts)
        self.initial = self._initial_positions(texts, starts)
        self.lower_words = {w for w in texts if w.islower()}
        self._persons = {(s, e) for s, e, label in doc.user_data.get(NER, []) if label == "PERSON"}
        self._places = {(s, e) for s, e in doc.user_data.get(PLACES, [])}
        name = [self._is_name(t) for t in texts]
        self._inner_words(texts, name)
        self._quoted = self._nickname_quotes(texts, name)
        known = list(doc.ents)
        taken = [False] * (len(doc) + 1)
        for e in known:
            for i in range(e.start, e.end):
                taken[i] = True
        found: list[Span] = []
        names: list[Span] = []
        candidates = [*self._candidates(texts, lowers, name), *self._appositions(texts, lowers, name)]
        for kind, start, end, label in candidates:
            span = self._span(doc, kind, label, start, end)
            if span is None or len(span) == 0:
                continue
            clash = any(taken[i] for i in range(span.start, span.end))
            if clash and not self._may_cover(doc, kind, span, known):
                continue
            (names if kind == "name" else found).append(span)
        # A bare capitalised run is the weakest evidence of an actor: it yields to any pattern.
        found = filter_spans(found)
        used = {i for s in found for i in range(s.start, s.end)}
        found += [s for s in filter_spans(names) if not any(i in used for i in range(s.start, s.end))]
        found = self._roles(doc, found, known)
        # "Chief of Police Kevin Burke": a role that is only the title of the name after it
        titled = {e.start for e in found if e.kb_id_ == "title"}
        found = [
            e
            for e in found
            if not (e.kb_id_ in ("role", "org") and e.end in titled and self._title_only(lowers, e))
        ]
        found = self._unions(doc, found, known, lowers)
        found = self._place_governments(doc, found, known, lowers)
        found = self._drop_titles(found, known)
        found = filter_spans(
            namefix.repair(doc, found, known, self.org_type, self.headline, self._office_type)
        )
        found = self._person_tails(doc, found)
        found = self._chapters_of(doc, found)
        # "the Patriot Act", "the Ku Klux Klan Act": a law is no actor; "a Travis County
        # resident": a place the person is from
        found = [
            s
            for s in found
            if s[-1].text not in self.not_actors
            and not (s.end < len(doc) and doc[s.end].lower_ in self.place_people and doc[s.end].is_lower)
            and not (s.kb_id_ == "name" and self._modifies_plural(doc, s))
            and not (len(s) == 1 and tokens.state_code(doc, s.start, self.state_codes))
            and not tokens.party_tag(doc, s.start)  # "Kelli Wegener, D- Crystal Lake"
        ]
        found = self._places_of_titles(doc, found)
        # "ADDISON COUNTY/MONTPELIER — ...": where the story was filed
        dateline = tokens.dateline_tokens(doc)
        known = [e for e in known if e.start not in dateline]
        found = [s for s in found if s.start not in dateline]
        covering = [-1] * (len(doc) + 1)  # for each token, the end of the found span over it
        for span in found:
            for i in range(span.start, span.end):
                covering[i] = max(covering[i], span.end)
        keep = [e for e in known if covering[e.start] < e.end]
        for span in found:
            for tok in span:
                tok.ent_id_ = ""  # a role covering a registry name is not that registry entity
        doc.ents = filter_spans(keep + found)
        return doc

    def _inner_words(self, texts: list[str], name: list[bool]) -> None:
        """Mark a capitalised word that opens or ends no name ("Now", "For") as part of one inside
        an organisation's name that its head word closes soon after: "the Stop Gun Violence Now
        PAC", "Citizens For Safety PAC"."""
        n = len(texts)
        for i in range(1, n - 1):
            if name[i] or not name[i - 1] or texts[i] not in self.not_names or texts[i] in self.heads:
                continue  # (a head word itself ends a name: "Monroe County Legislature | Republicans")
            if not (texts[i].isalpha() and texts[i][:1].isupper()):
                continue
            j = i + 1
            while j < min(n, i + 4) and name[j] and texts[j] not in self.heads:
                j += 1
            if j < n and texts[j] in self.heads:
                name[i] = True

    @staticmethod
    def _nickname_quotes(texts: list[str], name: list[bool]) -> set[int]:
        """Mark a nickname quoted between a first and a last name as part of the name ("Isaac
        “Yitzy” Schleifer", 'C.L. "Butch" Otter'), and return the quote marks' positions, which
        do not count towards a name's length."""
        out: set[int] = set()
        for i in range(1, len(texts) - 3):
            if (
                texts[i] in NICK_OPEN
                and texts[i + 2] in NICK_CLOSE
                and name[i - 1]
                and name[i + 1]
                and name[i + 3]
                and texts[i + 1][:1].isupper()
            ):
                name[i] = name[i + 2] = True
                out.update((i, i + 2))
        return out

    def _places_of_titles(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Without the bare names that only open a titled person's office ("El Paso County
        District | Attorney Yvonne Rosales", "Kenosha | Mayor John Antaramian"): the place is the
        office's, not a second actor."""
        titled = {e.start for e in found if e.kb_id_ == "title"}
        out = []
        for span in found:
            k = span.end
            while k < len(doc) and doc[k].is_title and doc[k].lower_ in self.title_words:
                k += 1
            if span.kb_id_ == "name" and k > span.end and k in titled:
                continue
            out.append(span)
        return out

    @staticmethod
    def _modifies_plural(doc: Doc, span: Span) -> bool:
        """A bare capitalised name that only modifies a plural common noun after it ("endorsed by
        nearly 60 South Dakota counties"): the counties act, not a "South Dakota"."""
        if span.end >= len(doc):
            return False
        head = doc[span.end]
        return head.tag_ == "NNS" and head.is_lower and span[-1].dep_ == "compound" and span[-1].head == head

    def _long(self, start: int, end: int) -> int:
        """END moved on past the nickname quote marks between START and it (see _nickname_quotes)."""
        k = start
        while k < end:
            if k in self._quoted:
                end += 1
            k += 1
        return end

    def _person_ending(self, start: int, end: int) -> int | None:
        """The start of the trained recogniser's person of two or three words ending at END and
        starting after START, if there is one."""
        return next((s for s, e in self._persons if e == end and start < s and 2 <= e - s <= 3), None)

    def _candidates(self, texts: list[str], lowers: list[str], name: list[bool]):
        """(kind, start, end, label) for every pattern that matches, overlaps included."""
        n = len(texts)
        run = 0  # length of the run of name tokens ending at i
        anchors = self.anchor_words
        heads = self.heads
        for i in range(n):
            run = run + 1 if name[i] else 0
            if run >= 2 and (i + 1 >= n or not name[i + 1]):
                s = i - run + 1
                while (
                    texts[s] in self.starters or lowers[s] in self.title_words or lowers[s] in COUNT_WORDS
                ) and s < i:
                    s += 1  # ("Two Illinois state's attorneys": a count is no part of a name)
                person = self._person_ending(s, i + 1) if i - s >= 4 else None
                if person is not None and person <= s + 4:
                    # "Republican National Committeeman Ried Holien", "Just Prosecution Executive
                    # Director Miriam Krinsky": the person the recogniser finds at the end of a
                    # long run, after words of a title no list holds
                    yield "name", person, i + 1, ""
                    if person == s + 4 and lowers[person - 1] in self._office_words:
                        # "Mason County District Attorney | Jane Roe": the place's office too
                        yield "name", s, person, ""
                elif i - s >= 1:
                    yield "name", s, min(i + 1, self._long(s, s + 4)), ""
            if (
                texts[i] == "The"
                and i not in self.initial
                and not self.headline[i]
                and i + 1 < n
                and name[i + 1]
                and texts[i + 1] not in self.starters
                and (i + 2 >= n or not name[i + 2])
                and texts[i - 1] not in OPENING_QUOTES
            ):
                # "why The Columbian endorses Golik", "The Stranger": a capitalised "The" inside a
                # sentence opens a name, of one word too
                yield "org", i + 1, i + 2, ""
            if lowers[i] in CASE_MARKS and 0 < i < n - 1:
                # "Smith v. Jones": the parties of a case caption are actors, one word or more.
                if name[i + 1]:
                    e = i + 2
                    while e < n and e < i + 5 and name[e]:
                        e += 1
                    yield "party", i + 1, e, ""
                if name[i - 1]:
                    s = i - 1
                    while s > 0 and s > i - 4 and name[s - 1]:
                        s -= 1
                    yield "party", s, i, ""
            if lowers[i] not in anchors and texts[i] not in heads and texts[i] not in self.heads_of:
                continue
            if texts[i] in self.heads_of:
                span = self._org_of(texts, lowers, name, i)
                if span:
                    yield "org", span[0], span[1], ""
            hit = self._match(self.titles, lowers, i)
            if hit:
                j = i + len(hit[0])
                k = j
                while k < n and k < self._long(j, j + 3) and name[k]:
                    k += 1
                if k > j and k < n and lowers[k] in GENERATIONS:
                    k += 1  # "Commonwealth's Attorney R.E. “Trip” Chalkley III"
                # "Restorative Justice Program": a title word inside an organisation's name
                if k > j and texts[k - 1] not in heads:
                    yield "title", j, k, hit[1]
            if texts[i] in self.heads:
                span = self._org_at(texts, lowers, name, i)
                if span:
                    yield "org", span[0], span[1], ""
            hit = self._match(self.phrases, lowers, i)
            if hit:
                s = i
                while s > 0 and s > i - 2 and name[s - 1]:
                    s -= 1
                yield "org", s, i + len(hit[0]), ""
            hit = self._match(self.offices, lowers, i)
            if hit:
                s = i
                if s > 0 and texts[s - 1] in POSSESSIVE:
                    s -= 1
                p = s
                while p > 0 and p > s - 3 and name[p - 1]:
                    p -= 1
                e = i + len(hit[0])
                alone = p == s  # "the Governor", "the DA": a capitalised office without a place
                if alone and (
                    e < n and lowers[e] in self.compound_nouns or (s > 0 and lowers[s - 1] != "the")
                ):
                    continue  # "seven DA races", "their DA association"
                if p < s or texts[i][:1].isupper():
                    yield "office", p if p < s else i, e, hit[1]
            hit = self._match(self.groups, lowers, i)
            if hit and not self._compound(lowers, i + len(hit[0])):
                yield "group", self._group_start(texts, lowers, name, i), i + len(hit[0]), hit[1]

    def _compound(self, lowers: list[str], e: int) -> bool:
        """True if the words from E make a group head a modifier: "police union", "the deputy
        prosecutors' union"."""
        n = len(lowers)
        if e < n and lowers[e] in self.compound_nouns:
            return True
        return e + 1 < n and lowers[e] in POSSESSIVE and lowers[e + 1] in self.compound_nouns

    @staticmethod
    def _initial_positions(texts: list[str], starts: list[int]) -> set[int]:
        """The first word of each sentence, after any footnote marker, quote or bracket."""
        out = set()
        n = len(texts)
        for s in starts:
            while s < n and (
                not texts[s].strip() or not texts[s][:1].isalnum() or texts[s][:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
            ):
                s += 1
            out.add(s)
        return out

    def _org_of(
        self, texts: list[str], lowers: list[str], name: list[bool], i: int
    ) -> tuple[int, int] | None:
        """ "City of Philadelphia", "State of Florida": a government named by its place."""
        n = len(texts)
        if not (i + 2 < n and lowers[i + 1] == "of" and name[i + 2]):
            return None
        e = i + 3
        while e < n and e < i + 6 and name[e]:
            e += 1
        return i, e

    def _appositions(self, texts: list[str], lowers: list[str], name: list[bool]):
        """ "<Name>, the <noun> that ...", "<Name>, a <noun> ..." and "a <noun> called <Name>":
        (kind, start, end, type) for names the apposition says are actors of the noun's type."""
        n = len(texts)
        for i in range(n - 2):
            if texts[i] == "," and lowers[i + 1] in ("the", "a", "an") and i > 0 and name[i - 1]:
                for k in range(i + 2, min(n, i + 5)):
                    hit = self._match(self.appositives, lowers, k)
                    if hit:
                        s = self._name_start(texts, name, i - 1)
                        after = k + len(hit[0])
                        if (
                            not self.headline[s]
                            and not (s == i - 1 and s in self.initial)  # "Initially, the project"
                            and (after >= n or self._closes_apposition(texts[after], lowers[after]))
                        ):
                            yield "apposition", s, i, hit[1]
                        break
                    if not (texts[k].isalpha() and texts[k].islower()):
                        break
            elif lowers[i + 1] in ("called", "named") and name[i + 2] and i + 3 <= n:
                hit = self._match(self.appositives, lowers, i)
                if hit and len(hit[0]) == 1 and i > 0 and lowers[i - 1] in ("a", "an", "the"):
                    e = i + 2
                    while (
                        e < n
                        and e < i + 8
                        and (name[e] or (texts[e] in self.connectors and e + 1 < n and name[e + 1]))
                    ):
                        e += 1
                    yield "apposition", i + 2, e, hit[1]

    @staticmethod
    def _closes_apposition(text: str, low: str) -> bool:
        """The word after "<Name>, the <noun>" in an apposition: a relative pronoun, a preposition,
        an -ing participle or punctuation ("..., the group that", "..., a union representing"),
        not the verb of a clause ("Initially, the project was funded", "In X v. Vega, the union
        argued")."""
        return (
            low in APPOSITION_NEXT
            or (not text.isalnum() and not text[:1].isalnum())
            or (text.islower() and low.endswith("ing"))
        )

    def _name_start(self, texts: list[str], name: list[bool], last: int) -> int:
        """The first word of the name that ends at LAST: name words and connectors ("Color of
        Change"), and a capitalised determiner inside a sentence ("... and Our Revolution")."""
        s = last
        k = last - 1
        while (
            k >= 0 and k > last - 7 and (name[k] or (texts[k] in self.connectors and k > 0 and name[k - 1]))
        ):
            if name[k]:
                s = k
            k -= 1
        if k >= 0 and texts[k] in self.starters and texts[k][:1].isupper():
            if k not in self.initial or lowers_possessive(texts[k]):
                s = k  # "... and Our Revolution", "The Appeal"; "Our Future, the group ..."
        return s

    def _org_at(
        self, texts: list[str], lowers: list[str], name: list[bool], i: int
    ) -> tuple[int, int] | None:
        """ "<Capitalised words> <Head>" and/or "<Head> of|for <Capitalised words>"."""
        n = len(texts)
        s, k = i, i - 1
        # a head inside the name goes on to the names before it: "the Republican Party Executive
        # Committee"
        while (
            k >= 0
            and k >= i - 6
            and (
                name[k]
                or (
                    # ("Color Of Change PAC": a name in Title Case capitalises its "of")
                    (texts[k] in self.connectors or texts[k] in ("Of", "For"))
                    and texts[k] not in BACKWARD_STOPS
                    # "Sheriff Tom Reyes and the Harbor Falls Police Union": a list's next item
                    and not (texts[k] == "the" and k > 0 and texts[k - 1] in ("and", ",", "&"))
                )
                or (texts[k] in self.heads and name[k + 1])
            )
        ):
            if name[k] or texts[k] in self.heads:
                s = k
            k -= 1
        e = i + 1
        if i + 2 < n and lowers[i + 1] in ("of", "for"):
            k = i + 2
            # "Association of Deputy District Attorneys of LA County": up to eight words after "of"
            # ("Alliance of Nevada's Action Fund": a head word of its own after the place)
            while k < n and k < i + 10 and (name[k] or texts[k] in self.connectors or texts[k] in self.heads):
                if name[k] or texts[k] in self.heads:
                    e = k + 1
                k += 1
        if s == i and e == i + 1:
            return None
        return s, e

    def _group_start(self, texts: list[str], lowers: list[str], name: list[bool], i: int) -> int:
        """Extend a collective leftwards over one modifier, "own" and a possessor."""
        s = i
        k = i - 1
        if (
            k >= 0
            and texts[k].isalpha()
            and (texts[k].islower() or k in self.initial)
            and lowers[k] not in self.not_modifiers
            and not (len(lowers[k]) > 4 and lowers[k].endswith("ly"))  # "aggressively police officers"
            and not (k >= 1 and lowers[k - 1] == "to")  # "to give prosecutors": a verb, not a modifier
        ):
            s, k = k, k - 1  # "disgruntled line prosecutors"; "Neighboring DAs" opening a sentence
            while k >= 1 and texts[k] in ("-", "–") and texts[k - 1].isalpha():
                s, k = k - 1, k - 2  # a hyphenated modifier: "rank-and-file officers"
        if k >= 0 and lowers[k] == "own":
            s, k = k, k - 1
        if k >= 0 and lowers[k] in self.possessives:
            # "her critics": a relation's role, not a body of members ("his deputy DAs"); the
            # pronoun is resolved on its own and the parse reads whose critics they are
            return s if lowers[i] in self.relation_roles else k
        if k >= 1 and texts[k] in POSSESSIVE and name[k - 1]:
            p = k - 1
            while p > 0 and p > k - 3 and name[p - 1]:
                p -= 1
            return p
        return s

    def _span(self, doc: Doc, kind: str, label: str, start: int, end: int) -> Span | None:
        if kind == "title":
            if self.headline[start]:
                # Title Case capitalises verbs too: "Gov. Ron DeSantis Slams ...". The name
                # starts with no dictionary word ("Prosecutor Facing Relentless ..." is none) and
                # ends before an inflected one ("Slams") or a third word that is a dictionary word.
                if is_dictionary_word(doc[start].lower_):
                    return None
                k = start + 1
                while k < end and not self.is_inflected(doc[k].lower_):
                    if k - start >= 2 and is_dictionary_word(doc[k].lower_):
                        break
                    k += 1
                end = k
            return Span(doc, start, end, label=label, kb_id="title", span_id="")
        if kind == "apposition":
            return Span(doc, start, end, label=label, kb_id="org", span_id="")
        if kind == "org":
            for i in range(end - 2, start, -1):
                if doc[i].lower_ == "the" and self._is_name(doc[i - 1].text):
                    start = i  # "In California the Sheriff's Department": the name starts at "the"
                    break
            while start < end and doc[start].lower_ in ("the", "“", '"'):
                start += 1
            end = self._split_coordinated(doc, start, end)
            if any(start <= s and e < end and doc[e].lower_ in ("and", ",", "&") for s, e in self._persons):
                # "House Speaker Brian C. Bosma and Senate ...": a list that holds a person, not
                # one organisation's name
                return None
            text = doc[start:end].text
            return Span(doc, start, end, label=self.org_type(text), kb_id="org", span_id="")
        if kind == "office":
            if self.headline[start] and any(
                is_dictionary_word(t.lower_) for t in doc[start:end] if t.lower_ not in self._office_words
            ):
                return None  # "Ron DeSantis Slams Prosecutor ...": no place before the office
            if (
                is_dictionary_word(doc[start].lower_)
                and not doc[start].is_upper
                and doc[start].lower_ not in (self._office_words)
            ):
                return None  # "Progressive Prosecutor" is a phrase, not a place's prosecutor
            return Span(doc, start, end, label=label, kb_id="office", span_id="")
        if kind == "group":
            if self.headline[start]:
                return None
            return Span(doc, start, end, label=self.group_type, kb_id="group", span_id="")
        if kind == "party":  # a party in a case caption, also in an emphasised citation
            return Span(doc, start, end, label="Actor", kb_id="name", span_id="")
        if kind == "name":
            if self.headline[start] and not self._headline_person(start, end):
                return None  # Title Case headlines capitalise every word
            if (
                start > 0
                and doc[start - 1].lower_ in self.place_preps
                and not (end < len(doc) and doc[end].text in POSSESSIVE)
                and (start, end) not in self._persons  # "no confidence in Tom Reyes": a person
            ):
                return None  # "in St. Louis": a place
            words = self._lowers[start:end]
            # A person's name: no dictionary word after the first ("Rick Scott"), or a given name
            # that is no dictionary word followed by words this text never writes in lower case
            # ("Kimberly Garner", but not "Transformative Justice" or "Real Justice").
            common = [is_dictionary_word(w) for w in words]
            person = end - start <= 3 and (
                not any(common[1:])
                or (not common[0] and not any(w in self.lower_words for w in words[1:]))
                # "Tom Hill", "Nick Brown": dictionary words, but a given name and the recogniser's person
                or ((start, end) in self._persons and firstnames.sex_of(doc[start].text) is not None)
            )
            person = person and not (start > 0 and doc[start - 1].lower_ == "the")
            # "DGCO Navbar": an acronym before a word not in capitals opens no person's name
            person = person and not (
                len(doc[start]) >= 3 and doc[start].is_upper and not all(t.is_upper for t in doc[start:end])
            )
            # "to move South Dakota forward": a place the recogniser names as one is no person
            # (a later "he" must not take it), though it can still sue or be sued
            person = person and (
                (start, end) in self._persons
                or (start, end) not in self._places
                or firstnames.sex_of(doc[start].text) is not None  # "Marcus Webb", whatever it says
            )
            person = person and doc[end - 1].text not in PLACE_ENDS  # "Douglas County": a place's end
            return Span(doc, start, end, label="Person" if person else "Actor", kb_id="name", span_id="")
        return None

    def _headline_person(self, start: int, end: int) -> bool:
        """A name in a Title Case line that is a person's all the same: the trained recogniser
        reads the same words as a person, and the first is a given name or no word after the first
        is a dictionary word ("Sharon Bronson, Special to the Arizona Daily Star", "By Devin Marsh,
        Harbor Falls", a byline's name; not "Reform Prosecutor Slams")."""
        return (
            (start, end) in self._persons
            and end - start in (2, 3)
            and (
                firstnames.sex_of(self._texts[start]) is not None
                or not any(is_dictionary_word(w) for w in self._lowers[start + 1 : end])
                or self._byline(start)
            )
        )

    def _byline(self, start: int) -> bool:
        """The name at START follows a "By" that opens its line: a byline."""
        return (
            start >= 1 and self._lowers[start - 1] == "by" and (start == 1 or "\n" in self._texts[start - 2])
        )

    def _office_type(self, word: str) -> str | None:
        """The type of a one-word office ("sheriff"), if WORD is one."""
        return next((t for ws, t in self.offices.get(word, ()) if ws == (word,)), None)

    @property
    def _office_words(self) -> set[str]:
        return {w for words in self.offices.values() for ws, _t in words for w in ws}

    def _split_coordinated(self, doc: Doc, start: int, end: int) -> int:
        """ "X Union and Y Association" is two organisations: end the first at its head."""
        for i in range(start + 1, end - 1):
            if doc[i].text in self.heads and doc[i + 1].lower_ in ("and", "&", ","):
                return i + 1
        return end

    def _person_tails(self, doc: Doc, found: list[Span]) -> list[Span]:
        """An organisation's or a role's run that ends in a person's first name and surname is the
        role and the person: "Director of Victim Witness Services Heather Amador", "Fair and Just
        Prosecution Executive Director Miriam Krinsky" (the model runs such titles on into the
        name). Not where the person names the organisation: "Friends of Jane Roe", "the Committee
        to Elect Jane Roe" (a connector or a verb of campaigns before the name), "the Jane Addams
        Foundation" (the name not at the end)."""
        out: list[Span] = []
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        for span in found:
            j, end = (
                self._person_tail(doc, span, taken) if span.kb_id_ in ("org", "role", "name") else (-1, -1)
            )
            if (
                j >= 0
                and span.kb_id_ == "name"
                and not all(
                    is_dictionary_word(w.lower_)
                    and not firstnames.sex_of(w.text)
                    and w.lower_ not in PARTY_WORDS
                    for w in doc[span.start : j]
                )
            ):
                j = -1  # a name run ("Mary Ann Smith") splits only after an office's common words
            if j < 0:
                out.append(span)
                continue
            prefix = doc[span.start : j]
            if span.kb_id_ == "org" and prefix[-1].text in self.heads:
                # "the Victim Services Council Jane Roe": the organisation and the person
                out.append(
                    Span(doc, span.start, j, label=self.org_type(prefix.text), kb_id="org", span_id="")
                )
                out.append(Span(doc, j, end, label="Person", kb_id="name", span_id=""))
            else:
                # "Register of Deeds Donald E. Ashe", "Director of Victim Services Heather Amador":
                # an office that titles the person, as "District Attorney Jane Roe" does
                out.append(Span(doc, j, end, label="Person", kb_id="title", span_id=""))
        out = filter_spans(out)
        # "Fair and Just Prosecution Executive Director | Miriam Krinsky": the role words that title
        # the person after them are not the organisation's name
        person_at = {s.start for s in out if s.label_ in PERSON_LABELS}
        for k, span in enumerate(out):
            if span.kb_id_ != "org" or span.end not in person_at:
                continue
            end = span.end
            while end - span.start > 1 and (
                doc[end - 1].lower_ in ROLE_NOUNS or doc[end - 1].lower_ in ROLE_MODIFIERS
            ):
                end -= 1
            if end < span.end and doc[end - 1].text[:1].isupper():
                out[k] = Span(
                    doc,
                    span.start,
                    end,
                    label=self.org_type(doc[span.start : end].text),
                    kb_id="org",
                    span_id="",
                )
        return out

    def _chapters_of(self, doc: Doc, found: list[Span]) -> list[Span]:
        """ "Beaver Valley Lodge #4 of the Fraternal Order of Police": a numbered chapter and the
        organisation it belongs to, after "of (the)", are one name, the fullest the text gives."""
        starts = {s.start: s for s in found if s.kb_id_ == "org"}
        out: list[Span] = []
        skip: set[int] = set()
        for span in found:
            if span.start in skip:
                continue
            k = span.end
            if (
                span.kb_id_ == "org"
                and len(span) >= 2
                and span[-1].like_num
                and (span[-2].lower_ in namefix.NUMBERED or span[-2].text in ("#", "No."))
                and k + 1 < len(doc)
                and doc[k].lower_ == "of"
            ):
                k += 2 if doc[k + 1].lower_ == "the" else 1
                parent = starts.get(k)
                if parent is not None:
                    skip.add(parent.start)
                    text = doc[span.start : parent.end].text
                    out.append(
                        Span(doc, span.start, parent.end, label=self.org_type(text), kb_id="org", span_id="")
                    )
                    continue
            out.append(span)
        return out

    def _person_tail(self, doc: Doc, span: Span, taken: set[int]) -> tuple[int, int]:
        """Where a first name and surname (a middle initial between) end SPAN, or (-1, -1); the
        surname may be the word right after SPAN ("Director of Victim Services Heather | Amador"),
        if no registry name (TAKEN) holds it."""
        for width, over in ((1, 1), (2, 0), (3, 0)):
            j = span.end - width
            end = span.end + over
            if (
                j - span.start < 1
                or end > len(doc)
                or (over and (span.end in taken or not doc[span.end].is_title))
            ):
                continue
            first, last = doc[j], doc[end - 1]
            if width == 3 and not (len(doc[j + 1].text) == 2 and doc[j + 1].text.endswith(".")):
                continue
            if (
                first.text.istitle()
                and first.is_alpha
                and firstnames.sex_of(first.text) is not None
                and first.lower_ not in self.lower_words  # ("Grant" where "grant" is a word here)
                and last.text[:1].isupper()
                and last.is_alpha
                and last.text not in self.heads
                and doc[j - 1].lower_ not in NAMED_FOR
                and doc[j - 1].text[:1].isupper()
                # a middle initial, or a first name or a surname that is no English word: "Heather
                # Amador", "Peter E. Hill" are people, "the Webb Law Firm" is none
                and (
                    width == 3 or not is_dictionary_word(first.lower_) or not is_dictionary_word(last.lower_)
                )
            ):
                return j, end
        return -1, -1

    @staticmethod
    def _may_cover(doc: Doc, kind: str, span: Span, known: list[Span]) -> bool:
        """A collective may contain a registry name as its possessor ("Gascón's line prosecutors");
        an organisation may be named for a registry person ("a Donald Trump PAC")."""
        inside = [e for e in known if span.start <= e.start and e.end <= span.end]
        overlapping = [e for e in known if e.start < span.end and span.start < e.end]
        if kind in ("org", "name") and inside and len(inside) == len(overlapping):
            # "FOP Lodge 5" is a chapter of its own, not the registry's "FOP"
            if namefix.chapter_end(doc, span.end) > span.end:
                return True
        if kind == "org":
            return (
                len(inside) == 1
                and len(overlapping) == 1
                and inside[0].label_ in PERSON_LABELS
                and inside[0].end < span.end
            )
        if kind != "group":
            return False
        return bool(inside) and len(inside) == len(overlapping) and doc[inside[-1].end].text in POSSESSIVE

    def _roles(self, doc: Doc, found: list[Span], known: list[Span]) -> list[Span]:
        """People known by a role in an organisation: "the president of the (Philadelphia) FOP",
        "a Fox News columnist"."""
        out = list(found)
        # "Fraternal Order of Police president Bill Smith": a role before a name is that
        # person's title, not a second, unnamed person
        person_starts = {
            e.start for e in [*known, *found] if e.label_ in PERSON_LABELS or e.kb_id_ in ("title", "name")
        }
        for org in [*known, *found]:
            if org.label_ in PERSON_LABELS:
                continue
            span = self._role_before(doc, org) or self._role_after(doc, org)
            if span is not None and span.end > org.end and span.end in person_starts:
                continue
            if span is not None:
                out = [x for x in out if x.end <= span.start or x.start >= span.end]
                out.append(span)
        return out

    def _unions(self, doc: Doc, found: list[Span], known: list[Span], lowers: list[str]) -> list[Span]:
        """ "the Sheriff's Department union": an organisation's union is another actor."""
        out = list(found)
        n = len(doc)
        for org in [*known, *found]:
            if org.label_ in PERSON_LABELS or org.label_ == self.group_type or org.end >= n:
                continue
            if lowers[org.end] not in ("union", "unions", "guild") or not doc[org.end].is_lower:
                continue
            text = doc[org.start : org.end + 1].text
            type_ = self.org_type(text)
            span = Span(
                doc, org.start, org.end + 1, label=type_ if "Union" in type_ else "LaborUnion", kb_id="org"
            )
            out = [x for x in out if x.end <= span.start or x.start >= span.end]
            out.append(span)
        return out

    def _place_governments(
        self, doc: Doc, found: list[Span], known: list[Span], lowers: list[str]
    ) -> list[Span]:
        """ "is suing the Centre County government": the government of a place the text names is
        an actor, named by the place."""
        places = {i for s, e in doc.user_data.get(PLACES, []) for i in range(s, e)}
        taken = {i for e in [*known, *found] for i in range(e.start, e.end)}
        out = list(found)
        for i in range(1, len(doc)):
            if lowers[i] not in ("government", "govt.") or not doc[i].is_lower:
                continue
            k = i
            while (
                k > 0
                and i - k < 4
                and doc[k - 1].text[:1].isupper()
                and doc[k - 1].is_alpha
                and k - 1 not in taken
            ):
                k -= 1
            if k == i or lowers[k - 1] not in ("the", "a", "'s", "’s", "of", "against", "and", ","):
                continue
            if doc[i - 1].text not in PLACE_ENDS and not all(j in places for j in range(k, i)):
                continue
            out.append(Span(doc, k, i, label=self.government_type, kb_id="org"))
        return out

    def _title_only(self, lowers: list[str], span: Span) -> bool:
        """ "Chief of Police" before "Kevin Burke": a capitalised run that is only a title."""
        words = tuple(lowers[span.start : span.end])
        return any(w == words for w, _t in self.titles.get(words[0], ()))

    @staticmethod
    def _drop_titles(found: list[Span], known: list[Span]) -> list[Span]:
        """ "Los Angeles District Attorney George Gascón": the office is a title of the name after it."""
        starts = {e.start for e in [*found, *known] if e.label_ not in ("Group",) and e.kb_id_ != "office"}
        return [s for s in found if not (s.kb_id_ == "office" and s.end in starts)]

    def _role_before(self, doc: Doc, org: Span) -> Span | None:
        i = org.start - 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].lower_ != "the":
            i -= 1  # a place before the name: "of the Philadelphia Fraternal Order of Police"
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in ("of", "for", "at"):
            return None
        for role in self.roles:
            s = i - len(role)
            if s >= 0 and tuple(t.lower_ for t in doc[s:i]) == role:
                return Span(doc, s, org.end, label=self._role_type(org), kb_id="role", span_id="")
        return None

    def _role_after(self, doc: Doc, org: Span) -> Span | None:
        if org.end >= len(doc) or doc[org.end].lower_ not in self.role_nouns:
            return None
        nxt = org.end + 1
        if doc[org.end].text[:1].isupper() and nxt < len(doc) and doc[nxt].text[:1].isupper():
            return None  # "the Republican Party Executive Committee": the name goes on
        return Span(
            doc, org.start, org.end + 1, label=self.role_nouns[doc[org.end].lower_], kb_id="role", span_id=""
        )

    @staticmethod
    def _role_type(org: Span) -> str:
        return "PoliceOfficial" if org.label_ in ("PoliceUnion", "PoliceDepartment") else "Person"


@Language.factory("pk_unknown_actors", default_config={"rules": {}})
def make_unknown_actors(nlp: Language, name: str, rules: dict[str, Any]) -> UnknownActors:
    return UnknownActors(nlp, rules)

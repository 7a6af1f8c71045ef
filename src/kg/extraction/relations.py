"""The `pk_relations` component: relation triggers and their two arguments.

Triggers are matched by lemma (spaCy Matcher, patterns from rules.yaml). For each trigger the
arguments are searched where the rule says -- the nearest actor to the left or right, or one
inside the trigger -- over at most `gap` ordinary words. These rules were written before the
pipeline had a parser, so the search encodes a few facts about English word order (pk_parsed, in
the parsed/ package, reads the relations its rules know from the parse and adds what this component misses):

- a subject is not governed by a preposition ("appeared on Fox News to call for ..."), except
  the possessor of a noun trigger ("to the union's censure of ...") and the noun phrase before
  a participle ("affirmed by the state supreme court ruling against ...");
- "X's <noun>" is X only when the noun stands for X (campaign, policies, ...), see proxy_nouns;
  "X's president criticized Y" is not X;
- "X, which sued Y": the relative pronoun stands for the actor just before it; "the union that
  represents the city's officers is suing Y": the actor next to the verb is the object of a
  relative clause, whose head is the subject;
- "X, progressive prosecutor in St. Louis, sued Y": an aside between commas is skipped;
- "X are exploiting ... to smear Y", "X counteracted ... by fighting to reclaim cases", "X
  suspended Y and criticized her": a verb without a subject of its own (an infinitive, "by" +
  gerund, a participle after a comma, the second of two coordinated verbs) takes its clause's
  subject, the nearest actor in subject position (not governed by a preposition, not after a
  verb, not controlled by a noun: "the complaint seeking to enjoin ...");
- "criticized the decision, the union said": an object is not sought past a comma that follows
  an ordinary word;
- coordinated actors ("X, Y and Z sued", "sued X and Mayor Y", "along with X, Y sued") each get
  the relation.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from kg.extraction import tokens
from kg.extraction.anchored import required_words
from kg.extraction.fullnames import PARTY_WORDS
from kg.extraction.mentions import (
    DATES,
    MENTIONS,
    OBJECT_ONLY_KINDS,
    RELATIONS,
    Mention,
    Relation,
    Sentences,
    get_mentions,
    get_money,
    mention_at,
)
from kg.extraction.rules import ArgSpec, RelationRule, Rules

POSSESSIVE_TOKENS = tokens.POSSESSIVES
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our"}
# "a coalition of X": X acts, not the coalition
COLLECTIVE_NOUNS = {
    "coalition",
    "group",
    "number",
    "alliance",
    "bloc",
    "handful",
    "dozens",
    "hundreds",
    "consortium",
}
COORDINATORS = {"and", "but", "or", "then"}  # they join a second verb phrase to the first
RELATIVES = {"which", "who"}  # "that" too often follows a noun that is not an actor
CONNECTORS = {",", "and", "&", "or", "as", "well", "along", "with", "together", "the", "both"}
AND_WORDS = {"and", "&", "or", "with", "well"}
CANDIDATE_TYPES = ["HeadProsecutor", "Politician"]
APOSITIVE_OPENERS = {
    "a",
    "an",
    "the",
    "along",
    "together",
    "who",
    "which",
    "whose",
    "one",
    "now",
    "then",
    "once",
    "formerly",
    "previously",
    "both",
    "among",
    "including",
}
# Words after which an actor stands in subject position ("..., and the union sued").
CLAUSE_OPENERS = {
    "and",
    "but",
    "or",
    "so",
    "yet",
    "then",
    "also",
    "that",
    "while",
    "when",
    "because",
    "although",
    "though",
    "whereas",
    "as",
    "after",
    "before",
    "since",
    "if",
    "once",
    "now",
    "today",
    "later",
    "meanwhile",
    "however",
    "still",
    "instead",
}
GERUND_PREPOSITIONS = {"by", "while", "through", "in", "for"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"}
CLAUSE_WINDOW = 25  # tokens searched back for a clause subject
CLAUSE_FACTOR = 0.9  # a subject found across the clause, not next to the trigger
ANCHOR_ATTRS = {"LEMMA", "LOWER", "ORTH"}
MONEY_WINDOW = 6
MONEY_SCALES = {"thousand", "million", "billion", "k", "m", "bn"}
IMPLICIT_FACTOR = 0.65  # an object supplied by context, not written in the sentence
SUPERSCRIPT_DIGITS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")


class Relations:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        r = Rules.model_validate(rules)
        self.rules = {rule.name: rule for rule in r.relations}
        self.ancestors = type_ancestors
        fw = r.free_words
        self.free_any = set(fw.any)
        self.free_left = set(fw.left)
        self.stops_right = set(fw.stops_right)
        self.stops_left = set(fw.stops_left)
        self.preps = set(fw.prepositions)
        # Capitalised title words before a name ("LA District Attorney George Gascón") and
        # generic acronyms ("DA") cost nothing between a trigger and its argument.
        self.title_words = r.actors.title_words()
        self.title_words |= {a.lower() for a in r.actors.generic_acronyms}
        # "the union's president mocked Roe": a role noun after a possessive is the actor.
        self.role_words = {role.split()[-1] for role in r.actors.roles} | set(r.proxy_nouns.subject)
        self.proxy_subject = set(r.proxy_nouns.subject)
        self.proxy_object = set(r.proxy_nouns.object)
        self.proxy_members = set(r.proxy_nouns.members)
        self.state_codes = set(r.actors.state_codes)
        # One Matcher per rule, run only where the rule's first word occurs: a single Matcher
        # tests every rule's first token at every token, which dominated the run time.
        self.matchers: dict[str, Matcher] = {}
        self.lengths: dict[str, int] = {}
        self.one_word: set[str] = set()  # rules whose pattern is a single word: no Matcher needed
        self.required: dict[str, list[tuple[set[str], set[str], set[str]]]] = {}
        self.anchors: dict[tuple[str, str], list[str]] = {}
        for rule in r.relations:
            m = Matcher(nlp.vocab, validate=True)
            m.add(rule.name, [rule.pattern], greedy="LONGEST")
            self.matchers[rule.name] = m
            self.lengths[rule.name] = _max_length(rule.pattern)
            if len(rule.pattern) == 1 and len(rule.pattern[0]) == 1 and set(rule.pattern[0]) <= ANCHOR_ATTRS:
                self.one_word.add(rule.name)
            self.required[rule.name] = required_words(rule.pattern[1:])
            for key in _anchors(rule):
                self.anchors.setdefault(key, []).append(rule.name)
        strings = nlp.vocab.strings
        self.anchor_hashes = {
            attr: numpy.array(sorted({strings.add(v) for a, v in self.anchors if a == attr}), dtype="uint64")
            for attr in ("LEMMA", "LOWER", "ORTH")
        }

    # -- helpers -----------------------------------------------------------------------------------
    def fits(self, m: Mention, spec: ArgSpec, role: str) -> bool:
        """True if M may fill ROLE under SPEC: its type fits, and "the policy" is no subject."""
        return self.type_ok(m, spec) and not (role == "subject" and m.kind in OBJECT_ONLY_KINDS)

    def type_ok(self, m: Mention, spec: ArgSpec) -> bool:
        if not spec.types:
            return True
        anc = self.ancestors.get(m.type, [m.type])
        return any(t in anc for t in spec.types)

    def free(self, tok: Any, left: bool) -> bool:
        low = tok.lower_
        if tok.is_space or low in self.free_any or (left and low in self.free_left):
            return True
        if tokens.state_code(tok.doc, tok.i, self.state_codes):
            return True  # "City of Milan, TN v. Agee"
        if low in self.title_words and tok.text[:1].isupper():
            return True
        if len(low) > 4 and low.endswith("ly") and tok.is_alpha:
            return True  # an adverb
        if low[:1] in SUPERSCRIPT_DIGITS:
            return True  # a footnote marker
        stops = self.stops_left if left else self.stops_right
        return tok.is_punct and low not in stops

    def possessed_nouns(self, doc: Doc, m: Mention, limit: int) -> tuple[bool, list[str], int]:
        """(is M a possessor?, the next few words after the possessive, their first index)."""
        j = m.end
        if j < limit and doc[j].text in POSSESSIVE_TOKENS:
            j += 1
        elif not (m.is_reference and doc[m.start].lower_ in POSSESSIVE_PRONOUNS):
            return False, [], j
        while j < limit and (doc[j].lower_ == "own" or doc[j].is_space):
            j += 1
        return True, [t.lower_ for t in doc[j : min(limit, j + 4)]], j

    def word_before(self, doc: Doc, ctx: DocIndex, m: Mention) -> int:
        """The index of the word before M's phrase -- articles and titles are part of it ("of
        Sheriff Tom Park", "Judge Paul Kim dismissed") -- or one before the sentence if none."""
        lo = ctx.sent_start[m.start]
        i = m.start - 1
        while i >= lo and (
            doc[i].is_space
            or doc[i].lower_ in ("the", "a", "an")
            or self.title_word(doc[i])
            # "Chief of Police Kevin Burke": the "of" inside a title governs nothing
            or (
                doc[i].lower_ == "of"
                and i > lo
                and self.title_word(doc[i - 1])
                and self.title_word(doc[i + 1])
            )
        ):
            i -= 1
        return i

    def governed(self, doc: Doc, m: Mention, ctx: DocIndex) -> bool:
        """True if a preposition governs the mention ("on Fox News", "by the union")."""
        i = self.word_before(doc, ctx, m)
        if i < ctx.sent_start[m.start] or doc[i].lower_ not in self.preps:
            return False
        # "a coalition of police unions sued": the collective noun stands for its members
        return not (doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ in COLLECTIVE_NOUNS)

    # -- argument search -----------------------------------------------------------------------------
    def scan_right(self, doc: Doc, ctx: DocIndex, pos: int, spec: ArgSpec, role: str) -> int:
        end = ctx.sent_end[pos - 1] if pos > 0 else len(doc)
        after = set(spec.after)
        seen_after = not after
        gap = 0
        i = pos
        while i < end:
            mi = ctx.mention_at[i]
            if mi >= 0:
                m = ctx.mentions[mi]
                if seen_after and self.fits(m, spec, role) and self._ok_possessor(doc, m, end, role):
                    return mi
                gap += 1
                if gap > spec.gap:
                    return -1
                i = max(m.end, i + 1)
                continue
            tok = doc[i]
            low = tok.lower_
            if ctx.money_at[i] >= 0:
                i += 1
                continue
            if low in after:
                seen_after = True
                i += 1
                continue
            if low in self.stops_right or low in spec.stops:
                return -1
            if low == "anti" and i + 1 < end and doc[i + 1].text in ("-", "–") and i > pos:
                return -1  # "spent $30,000 on the anti-Reyes ad": what follows is against, not for
            if tok.text == "," and gap > 0 and role == "object":
                return -1  # "criticized the decision, the union said": a new clause
            if low in ("in", "at") and gap > 0 and role == "object":
                return -1  # "a lawsuit against the commissioners in Commonwealth Court": a venue
            if gap == 0 and i == pos and low in self.preps:
                i += 1  # "a vote of no confidence for X": a preposition right after the trigger
                continue
            if not self.free(tok, left=False) and not self._titles_next(ctx, tok):
                if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.i > i for c in tok.children):
                    return -1  # "money from a man Dow once prosecuted": the name is in a clause about him
                gap += 1
                if gap > spec.gap:
                    return -1
            i += 1
        return -1

    @staticmethod
    def _titles_next(ctx: DocIndex, tok: Token) -> bool:
        """TOK opens or continues the capitalised words of an office right before a titled name:
        "challenging longtime Register of Deeds Donald E. Ashe" (the office's words are no gap;
        "longtime" is). The run is read on the words, which the small model parses either way."""
        if not tok.is_title or tok.lower_ in PARTY_WORDS:
            return False  # (a party is no office: "a battle with Republican Anne Donnelly")
        doc = tok.doc
        j = tok.i
        while j < len(doc) and ctx.mention_at[j] < 0 and j - tok.i < 6:
            w = doc[j]
            if (
                not (w.is_title or (w.lower_ in ("of", "for", "the") and j > tok.i))
                or w.lower_ in PARTY_WORDS
            ):
                return False
            j += 1
        if j >= len(doc) or ctx.mention_at[j] < 0:
            return False
        m = ctx.mentions[ctx.mention_at[j]]
        # (a first name and a surname at least: "Race" after "District Attorney" is none)
        return m.kind == "title" and m.start == j and m.end - m.start >= 2

    def scan_left(self, doc: Doc, ctx: DocIndex, pos: int, spec: ArgSpec, role: str) -> int:
        start = ctx.sent_start[pos]
        gap = 0
        i = pos - 1
        while i >= start:
            mi = ctx.mention_at[i]
            if mi >= 0:
                m = ctx.mentions[mi]
                ok = self.fits(m, spec, role)
                if role == "subject" and ok:
                    # "affirmed by the state supreme court ruling against Ayala": a participle's
                    # subject is the noun phrase before it, even one governed by a preposition.
                    # "gave way to the police union's censure of his policies": a preposition
                    # before a possessor governs the trigger's noun phrase, not the possessor.
                    participle = m.end == pos and doc[pos].lower_.endswith("ing")
                    # "In Smith v. Jones": with no gap allowed, adjacency is what counts.
                    adjacent = spec.gap == 0 and m.end == pos
                    free = participle or adjacent or self.possesses_trigger(doc, m, pos)
                    ok = (free or not self.governed(doc, m, ctx)) and self._ok_possessor(doc, m, pos, role)
                elif ok and self.after_participle(doc, ctx, m):
                    ok = False  # "PACs backing them, funded by Y": "them" is backing's object
                elif (
                    ok
                    and spec.ungoverned
                    and (self.governed(doc, m, ctx) or self.infinitive_object(doc, ctx, m))
                ):
                    # "a recall effort against X, backed by Y", "the campaign to oust X was
                    # bankrolled by Y": the effort is backed, not X
                    ok = False
                if ok:
                    return mi
                gap += 1
                if gap > spec.gap:
                    return -1
                i = min(m.start, i) - 1
                continue
            tok = doc[i]
            low = tok.lower_
            if role == "subject" and low in RELATIVES:
                j = i - 1
                while j >= start and doc[j].text in (",", " "):
                    j -= 1
                if (
                    j >= start
                    and ctx.mention_at[j] >= 0
                    and self.fits(ctx.mentions[ctx.mention_at[j]], spec, role)
                ):
                    return ctx.mention_at[j]
                return -1
            if low in self.stops_left:
                return -1
            if tok.text == ",":
                j = self.aside_start(doc, ctx, i, start, any_aside=gap == 0)
                if j >= 0:
                    i = j  # "X, a political organization that ..., endorsed": skip the aside
                    continue
            if ctx.money_at[i] < 0 and not self.free(tok, left=True):
                gap += 1
                if gap > spec.gap:
                    return -1
            i -= 1
        return -1

    def aside_start(self, doc: Doc, ctx: DocIndex, comma: int, start: int, any_aside: bool = False) -> int:
        """For the comma that closes an aside right after an actor, the index of that actor's last
        token; else -1. An aside is an apposition ("X, a union, ...") or a prepositional phrase
        ("X, with the support of Y, ..."), between two commas. With ANY_ASIDE (the comma stands
        right before the trigger: "X, progressive prosecutor in St. Louis, sued"), any short
        stretch between two commas is one."""
        k = comma - 1
        while k > start and k > comma - 30 and doc[k].text not in (",", ";", ":"):
            k -= 1
        if k <= start or doc[k].text != "," or k + 1 >= comma:
            return -1
        first = doc[k + 1].lower_
        if first not in self.preps and first not in APOSITIVE_OPENERS and not (any_aside and comma - k <= 12):
            return -1
        before = ctx.mention_at[k - 1]
        return k - 1 if before >= 0 else -1

    def infinitive_object(self, doc: Doc, ctx: DocIndex, m: Mention) -> bool:
        """True if M is the object of an infinitive ("to oust X")."""
        i = self.word_before(doc, ctx, m)
        return (
            i > ctx.sent_start[m.start] and doc[i].is_alpha and doc[i].is_lower and doc[i - 1].lower_ == "to"
        )

    @staticmethod
    def after_participle(doc: Doc, ctx: DocIndex, m: Mention) -> bool:
        """True if M directly follows an -ing verb, whose object it is ("backing them")."""
        i = m.start - 1
        lo = ctx.sent_start[m.start]
        while i >= lo and doc[i].lower_ in ("the", "a", "an"):
            i -= 1
        return i >= lo and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_.endswith("ing")

    def possesses_trigger(self, doc: Doc, m: Mention, pos: int) -> bool:
        """True for "X's public censure of ...": M possesses the trigger at POS across at most
        a few modifiers."""
        is_poss, words, j = self.possessed_nouns(doc, m, pos)
        if any(t.lower_.endswith("ed") and t.lemma_ != t.lower_ for t in doc[j : pos + 1]):
            return False  # "his own office voted (no confidence)": a past-tense verb ends the phrase
        return is_poss and self._modifiers_only(words, j, pos, m)

    def _modifiers_only(self, words: list[str], j: int, limit: int, m: Mention) -> bool:
        """True if at most three words, none of them an auxiliary verb, lie between the
        possessive at J and LIMIT: "X's vicious public censure", not "X's office is suing"."""
        between = words[: max(0, limit - j)]
        money = sum(1 for w in between if _moneyish(w))  # "X's $1 million contribution"
        words = [w for w in words if not _moneyish(w)]
        return (
            limit - j - money <= 3
            and limit <= m.end + 5
            and all(w.isalpha() for w in words)
            and not any(w in self.free_left or w in self.role_words for w in between)
        )

    def _ok_possessor(self, doc: Doc, m: Mention, limit: int, role: str) -> bool:
        """False for "X's office" where the office, not X, fills the role.

        LIMIT is where the search started (the trigger, for a left search): "X's public censure
        of Y" has X possess the trigger itself, which makes X its subject.
        """
        is_poss, words, j = self.possessed_nouns(doc, m, limit)
        if not is_poss:
            return True
        if self._modifiers_only(words, j, limit, m):
            return True  # possesses the trigger, perhaps across a few modifiers
        proxies = self.proxy_subject if role == "subject" else self.proxy_object
        for w in words[:4]:
            if w in proxies:
                return True
            if role == "subject" and w in self.proxy_members and doc[m.start].lower_ != "their":
                return True
            if not w.isalpha() or w in self.preps:
                break
        if doc[m.start].lower_ == "her":
            # "sued her in court" (object) versus "her office" (possessor).
            return not words or not words[0].isalpha() or words[0] in self.preps
        return False

    def nonfinite(self, doc: Doc, ctx: DocIndex, pos: int) -> bool:
        """True if the verb at POS has no subject of its own: an infinitive ("to smear"), one
        coordinated with an earlier infinitive ("to end ..., protect ... and resist"), or a
        gerund after "by", "while", ... ("by suing")."""
        lo = ctx.sent_start[pos]
        j = pos - 1
        while j >= lo and (
            doc[j].is_space or doc[j].text in ("“", '"') or (doc[j].lower_.endswith("ly") and doc[j].is_alpha)
        ):
            j -= 1
        if j < lo:
            return False
        prev = doc[j].lower_
        word = doc[pos]
        if prev == "to":
            return True
        if word.lower_.endswith("ing") and (prev in GERUND_PREPOSITIONS or prev in (",", "“", '"')):
            return True  # "by suing", "..., openly maligning Gascón"
        if prev in ("and", "or", ",") and word.lower_ == word.lemma_:
            for k in range(j - 1, max(lo, pos - 16) - 1, -1):
                low = doc[k].lower_
                if low in self.stops_left:
                    return False
                if low == "to" and k + 1 < pos and doc[k + 1].lower_ == doc[k + 1].lemma_:
                    return True
        return False

    @staticmethod
    def word_before_verb(doc: Doc, ctx: DocIndex, pos: int) -> str:
        """The word before POS in its sentence, adverbs aside ("" at the sentence's start)."""
        j = pos - 1
        lo = ctx.sent_start[pos]
        while j >= lo and (doc[j].is_space or (doc[j].lower_.endswith("ly") and doc[j].is_alpha)):
            j -= 1
        return doc[j].lower_ if j >= lo else ""

    def after_comma(self, doc: Doc, ctx: DocIndex, pos: int) -> bool:
        return self.word_before_verb(doc, ctx, pos) == ","

    def after_coordinator(self, doc: Doc, ctx: DocIndex, pos: int) -> bool:
        """True if the word before POS (adverbs aside) is "and", "but" or "or"."""
        return self.word_before_verb(doc, ctx, pos) in COORDINATORS

    def subject_position(self, doc: Doc, ctx: DocIndex, m: Mention) -> bool:
        """True if M may be a clause's subject: it opens the sentence, or follows punctuation, a
        conjunction or an adverb -- not a preposition, and not a verb (whose object it is)."""
        i = self.word_before(doc, ctx, m)
        if i < ctx.sent_start[m.start]:
            return True
        tok = doc[i]
        low = tok.lower_
        if low[:1] in SUPERSCRIPT_DIGITS or low in CLAUSE_OPENERS:
            return True
        if low in self.preps or tok.text in POSSESSIVE_TOKENS:
            return False
        if tok.is_punct:
            return True
        return len(low) > 4 and low.endswith("ly") and tok.is_alpha

    @staticmethod
    def participle(doc: Doc, i: int, lo: int) -> bool:
        """True if doc[I] is an -ing participle after a noun ("the complaint seeking"), not a
        progressive ("are exploiting") or a gerund after a preposition ("by fighting")."""
        tok = doc[i]
        if not (tok.is_alpha and tok.is_lower and tok.lower_.endswith("ing")) or i <= lo:
            return False
        prev = doc[i - 1]
        low = prev.lower_
        if not prev.is_alpha or low in BE_FORMS or low in GERUND_PREPOSITIONS or low in CLAUSE_OPENERS:
            return False
        return not (low.endswith("ly") or low in ("to", "of", "not", "keep", "kept", "start", "started"))

    def clause_subject(
        self, doc: Doc, ctx: DocIndex, pos: int, spec: ArgSpec, relative_only: bool = False
    ) -> tuple[int, bool]:
        """(mention, through a relative clause?) for the subject of the clause of the verb at
        POS: the nearest actor before it, within the clause, in subject position ("Krasner's
        critics are exploiting ... to smear Krasner"), or the actor a relative pronoun follows
        ("the union that represents the prosecutors ... is suing him"). With RELATIVE_ONLY (a
        finite verb, whose own subject would stand next to it), only the latter; (-1, False) if
        none."""
        lo = max(ctx.sent_start[pos], pos - CLAUSE_WINDOW)
        i = pos - 1
        while i >= lo:
            mi = ctx.mention_at[i]
            if mi >= 0:
                m = ctx.mentions[mi]
                if (
                    self.fits(m, spec, "subject")
                    and self.subject_position(doc, ctx, m)
                    and self._ok_possessor(doc, m, pos, "subject")
                ):
                    return (-1, False) if relative_only else (mi, False)
                if self.possessed_nouns(doc, m, pos)[0] and self.subject_position(doc, ctx, m):
                    return -1, False  # "[his opponents] are willing ... to target": their noun is it
                i = min(m.start, i) - 1
                continue
            low = doc[i].lower_
            if self.participle(doc, i, lo):
                return -1, False  # "the complaint seeking to enjoin ...": the noun before controls it
            if low in RELATIVES or low == "that":
                j = i - 1
                while j >= lo and doc[j].text in (",", " "):
                    j -= 1
                if j >= lo and ctx.mention_at[j] >= 0:
                    m = ctx.mentions[ctx.mention_at[j]]
                    if self.fits(m, spec, "subject") and not self.governed(doc, m, ctx):
                        return ctx.mention_at[j], True
            if low in self.stops_left:
                return -1, False
            i -= 1
        return -1, False

    def inside(self, ctx: DocIndex, start: int, end: int, spec: ArgSpec, role: str) -> int:
        for i in range(start, end):
            mi = ctx.mention_at[i]
            if mi >= 0 and ctx.mentions[mi].end <= end and self.fits(ctx.mentions[mi], spec, role):
                return mi
        return -1

    def find(
        self,
        doc: Doc,
        ctx: DocIndex,
        specs: list[ArgSpec],
        start: int,
        end: int,
        role: str,
        exclude: int = -1,
    ) -> tuple[int, ArgSpec | None]:
        for spec in specs:
            if spec.side == "left" and spec.clause:
                mi = self.clause_subject(doc, ctx, start, spec)[0]
            elif spec.side == "left":
                mi = self.scan_left(doc, ctx, start, spec, role)
            elif spec.side == "right":
                mi = self.scan_right(doc, ctx, end, spec, role)
            else:
                mi = self.inside(ctx, start, end, spec, role)
            if mi >= 0 and mi != exclude:
                return mi, spec
        return -1, None

    def coordinated(self, doc: Doc, ctx: DocIndex, mi: int, side: str, role: str = "subject") -> list[int]:
        """MI and the actors coordinated with it on SIDE ("X, Y and Z"): a list needs an "and"
        (or "or", "along with", "as well as") -- commas alone separate clauses as often."""
        out = [mi]
        has_and: list[bool] = []
        m = ctx.mentions[mi]
        lo, hi = ctx.sent_start[m.start], ctx.sent_end[m.start]
        for _ in range(8):
            words: list[str] = []
            if side == "right":
                j = m.end
                if j < hi and doc[j].text == "(":
                    close = next((k for k in range(j, min(hi, j + 10)) if doc[k].text == ")"), -1)
                    j = close + 1 if close >= 0 else j
                k = j
                while k < hi and doc[k].lower_ in CONNECTORS:
                    words.append(doc[k].lower_)
                    k += 1
                while k < hi and ctx.mention_at[k] < 0 and self.title_word(doc[k]):
                    k += 1  # "sued Roe and Mayor Ann Lee"
                nxt = ctx.mention_at[k] if k < hi else -1
            else:
                k = m.start - 1
                while k >= lo and self.title_word(doc[k]):
                    k -= 1  # "Mayor Ann Lee and Gov. Ron DeSantis criticized"
                while k >= lo and doc[k].lower_ in CONNECTORS:
                    words.append(doc[k].lower_)
                    k -= 1
                nxt = ctx.mention_at[k] if k >= lo else -1
            links = [w for w in words if w != "the"]
            if nxt < 0 or not links or nxt in out:
                if any(w in AND_WORDS for w in links):
                    has_and.append(True)  # "X, Y, and <something unrecognised>" is still a list
                break
            if (
                side == "left"
                and role == "subject"
                and self.governed(doc, ctx.mentions[nxt], ctx)
                and not self.antecedent(doc, ctx.mentions[mi], hi)
            ):
                if len(out) >= 2:
                    # "Unions representing A, B, and C have voted to support X": a list of three
                    # that opens after a preposition is all its object; none is a subject
                    return []
                break  # "the support of X and Y sued": X is no subject
            if side == "right" and self.starts_clause(doc, ctx.mentions[nxt].end, hi):
                break  # "sued by X and the judge issued ...": the judge opens a new clause
            out.append(nxt)
            has_and.append(any(w in AND_WORDS for w in links))
            m = ctx.mentions[nxt]
        # Left: the link next to the found actor must be an "and"; right: the last one.
        if side == "left":
            keep = 1
            if has_and and has_and[0]:
                keep = len(out)
        else:
            keep = len(out) if has_and and has_and[-1] else 1
        out = out[:keep]
        if side == "left":
            fronted = self.fronted_companion(doc, ctx, out[-1])
            if fronted >= 0 and fronted not in out:
                out.append(fronted)
        return out

    @staticmethod
    def antecedent(doc: Doc, m: Mention, hi: int) -> bool:
        """M stands before a relative pronoun ("came from Rex and Jeanie Sinquefield, who have
        given ..."): the clause's subject is the whole list, whatever governs it."""
        k = m.end + (1 if m.end < hi and doc[m.end].text == "," else 0)
        return k < hi and doc[k].lower_ in ("who", "which")

    def fronted_companion(self, doc: Doc, ctx: DocIndex, mi: int) -> int:
        """For "along with X, Y staged a protest": X, given Y (MI); else -1."""
        m = ctx.mentions[mi]
        lo = ctx.sent_start[m.start]
        k = m.start - 1
        while k >= lo and (doc[k].is_space or doc[k].lower_ in ("the", "a", "an") or self.title_word(doc[k])):
            k -= 1
        if k < lo or doc[k].text != ",":
            return -1
        j = k - 1
        while j >= lo and doc[j].is_space:
            j -= 1
        if j < lo or ctx.mention_at[j] < 0:
            return -1
        companion = ctx.mention_at[j]
        i = ctx.mentions[companion].start - 1
        while i >= lo and doc[i].lower_ in ("the", "a", "an", "other", "several", "some", "many"):
            i -= 1
        for _ in range(2):  # modifiers the collective left out: "along with white nationalist groups"
            if (
                i - 2 >= lo
                and doc[i].is_alpha
                and doc[i].is_lower
                and doc[i].lower_ not in ("with", "alongside")
            ):
                i -= 1
        if i - 1 >= lo and doc[i].lower_ == "with" and doc[i - 1].lower_ in ("along", "together"):
            return companion
        if i >= lo and doc[i].lower_ == "alongside":
            return companion
        return -1

    def title_word(self, tok: Any) -> bool:
        """A capitalised title word before a name: "Mayor", "Gov.", "Sen."."""
        return tok.lower_ in self.title_words and tok.text[:1].isupper()

    def starts_clause(self, doc: Doc, after: int, hi: int) -> bool:
        """True if the word after a mention looks like a verb: a lower-case word that is not a
        preposition, connector or possessive."""
        if after >= hi:
            return False
        tok = doc[after]
        low = tok.lower_
        return (
            tok.is_alpha
            and tok.is_lower
            and low not in self.preps
            and low not in CONNECTORS
            and (low not in self.free_any)
        )

    def implicit_object(self, ctx: DocIndex, before: int, subject: int) -> int:
        """For "X contributed $1 million." with no recipient: the candidate for office named in
        the last two sentences who is named most often so far (the text's protagonist)."""
        first_sent = ctx.sent_index[before] - 2
        counts: dict[str, int] = {}
        recent: dict[str, int] = {}
        for mi, m in enumerate(ctx.mentions):
            if m.start >= before:
                break
            anc = self.ancestors.get(m.type, [m.type])
            if m.key == ctx.mentions[subject].key or not any(t in anc for t in CANDIDATE_TYPES):
                continue
            counts[m.key] = counts.get(m.key, 0) + 1
            if ctx.sent_index[m.start] >= first_sent and (m.key not in recent or not m.is_reference):
                recent[m.key] = mi  # the latest mention that names the actor, if any does
        if not recent:
            return -1
        best = max(recent, key=lambda k: (counts[k], recent[k]))
        return recent[best]

    # -- the component -------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ctx = DocIndex(doc)
        found: list[Relation] = []
        matches = sorted(self.match(doc, ctx), key=lambda m: (-(m[2] - m[1]), m[1]))
        used = [False] * len(doc)
        for rule_name, start, end in matches:
            if any(used[start:end]):
                continue  # a longer trigger won
            held = ctx.mention_at[start]
            if held >= 0 and not self.group_head(doc, ctx, held, start):
                continue  # the word is part of a name ("... Fund")
            rule = self.rules[rule_name]
            if held >= 0:
                # "among the fiercest opponents of X": the collective is the trigger, no argument.
                group = ctx.mentions[held]
                ctx.mention_at[group.start : group.end] = [-1] * (group.end - group.start)
                rels = self.apply(doc, ctx, rule, start, end)
                ctx.mention_at[group.start : group.end] = [held] * (group.end - group.start)
            else:
                rels = self.apply(doc, ctx, rule, start, end)
            if rels:
                for i in range(start, end):
                    used[i] = True
                found.extend(rels)
        doc.user_data[RELATIONS] = [r.to_list() for r in found]
        # Pronoun fall-backs were appended to the mentions (in order: relations index them).
        doc.user_data.setdefault(MENTIONS, []).extend(m.to_list() for m in ctx.mentions[ctx.n_mentions :])
        return doc

    @staticmethod
    def group_head(doc: Doc, ctx: DocIndex, mi: int, start: int) -> bool:
        """True if START is the last word of collective MI, with no possessor in it: "the
        fiercest opponents (of X)" may be a relation's trigger, "Roe's critics" may not."""
        m = ctx.mentions[mi]
        if m.kind != "group" or m.end != start + 1:
            return False
        words = doc[m.start : m.end]
        return not any(t.text in POSSESSIVE_TOKENS or t.lower_ in POSSESSIVE_PRONOUNS for t in words)

    def match(self, doc: Doc, ctx: DocIndex) -> list[tuple[str, int, int]]:
        """(rule name, start, end) of the longest match of each rule at each anchor word.

        The anchor words are found on the doc's attribute arrays at once; most sentences have
        none, and the rules' matchers run only at the few tokens that do."""
        out = []
        anchors = self.anchors
        arr = doc.to_array([LEMMA, LOWER, ORTH])
        hit = numpy.isin(arr[:, 0], self.anchor_hashes["LEMMA"])
        hit |= numpy.isin(arr[:, 1], self.anchor_hashes["LOWER"])
        hit |= numpy.isin(arr[:, 2], self.anchor_hashes["ORTH"])
        if not hit.any():
            return out
        lemmas, lowers, texts = tokens.lemmas(doc), tokens.lowers(doc), tokens.texts(doc)
        for i in numpy.flatnonzero(hit).tolist():
            names = (
                anchors.get(("LEMMA", lemmas[i]), [])
                + anchors.get(("LOWER", lowers[i]), [])
                + anchors.get(("ORTH", texts[i]), [])
            )
            for name in dict.fromkeys(names):
                if name in self.one_word:
                    out.append((name, i, i + 1))  # the anchor is the whole pattern
                    continue
                stop = min(ctx.sent_end[i], i + self.lengths[name])
                if not self._may_match(name, lemmas, lowers, texts, i + 1, stop):
                    continue
                window = doc[i:stop]
                ends = [e for _m, s, e in self.matchers[name](window) if s == 0]
                if ends:
                    out.append((name, i, i + max(ends)))
        return out

    def _may_match(
        self, name: str, lemmas: list[str], lowers: list[str], texts: list[str], lo: int, hi: int
    ) -> bool:
        """A necessary condition, cheaper than running the Matcher: every word the rule requires
        after its first occurs in doc[LO:HI]."""
        for options in self.required[name]:
            if not any(
                lemmas[j] in options[0] or lowers[j] in options[1] or texts[j] in options[2]
                for j in range(lo, hi)
            ):
                return False
        return True

    def apply(self, doc: Doc, ctx: DocIndex, rule: RelationRule, start: int, end: int) -> list[Relation]:
        if rule.not_after:
            j = start - 1
            while j >= 0 and (
                doc[j].is_space or self.free(doc[j], left=False) and doc[j].lower_ not in rule.not_after
            ):
                j -= 1
            progressive = doc[start].lower_.endswith("ing") and j >= 0 and doc[j].lemma_ in ("be", "get")
            if (
                j >= 0
                and (doc[j].lemma_ in rule.not_after or doc[j].lower_ in rule.not_after)
                and not progressive
            ):
                return []  # "was sued" is passive; but "is suing" is active
        money = self._money(ctx, start, end)
        if rule.requires_money and money < 0:
            return []
        subj, sspec = self.find(doc, ctx, rule.subject, start, end, "subject")
        confidence = rule.confidence
        if (
            rule.clause_subject
            and subj >= 0
            and sspec is not None
            and sspec.side == "left"
            and not sspec.clause
        ):
            m = ctx.mentions[subj]
            if m.end <= start and not self.subject_position(doc, ctx, m):
                # The actor next to the verb is some verb's object. "the union that represents the
                # city's officers is suing Roe": the head of the relative clause is the subject;
                # "the governor suspended Roe and criticized her": so is the first verb's.
                # "X attacked Y and moved to impeach him": so is the subject of an infinitive in a
                # second verb phrase (but "organized Y to denounce Z": Y denounces).
                nonfinite = self.nonfinite(doc, ctx, start)
                coordinated = (
                    self.after_coordinator(doc, ctx, start)
                    or (nonfinite and any(t.lower_ in COORDINATORS for t in doc[m.end : start]))
                    # "X removed Y from office, accusing her of ...": a participle after a
                    # comma adds to the clause; its subject is the clause's
                    or (nonfinite and doc[start].lower_.endswith("ing") and self.after_comma(doc, ctx, start))
                )
                head, relative = self.clause_subject(doc, ctx, start, sspec, relative_only=not coordinated)
                if head >= 0 and (relative or coordinated):
                    if not relative and head != subj:
                        confidence *= CLAUSE_FACTOR
                    subj = head
        if subj < 0 and rule.clause_subject:
            left = next((spec for spec in rule.subject if spec.side == "left"), None)
            if left is not None:
                nonfinite = self.nonfinite(doc, ctx, start)
                subj, relative = self.clause_subject(doc, ctx, start, left, relative_only=not nonfinite)
                if not relative:
                    confidence *= CLAUSE_FACTOR
        if subj < 0:
            return []
        obj, ospec = self.find(doc, ctx, rule.object, start, end, "object", exclude=subj)
        implicit = False
        if obj < 0 and rule.implicit_object:
            obj, implicit = self.implicit_object(ctx, start, subj), True
            confidence *= IMPLICIT_FACTOR
        if obj < 0:
            return []
        subjects = self.coordinated(doc, ctx, subj, "left" if ctx.mentions[subj].end <= start else "right")
        objects = (
            [obj]
            if implicit
            else self.coordinated(
                doc, ctx, obj, "right" if ospec and ospec.side != "left" else "left", "object"
            )
        )
        case = None
        if rule.case:
            s, o = ctx.mentions[subj], ctx.mentions[obj]
            case = doc[min(s.start, o.start) : max(s.end, o.end)].text
        date = ctx.date_in_sentence(start)
        out = []
        for si in subjects:
            for oi in objects:
                s, o = ctx.mentions[si], ctx.mentions[oi]
                # not the subject itself: the next best ("The governor took her cases"); money
                # spent "on his campaign" is the spender's own
                if (
                    s.key == o.key
                    and o.is_reference
                    and o.alternative() is not None
                    and not rule.requires_money
                ):
                    ctx.mentions.append(o.alternative())
                    oi, o = len(ctx.mentions) - 1, ctx.mentions[-1]
                if s.key == o.key:
                    continue
                conf = confidence * s.confidence * o.confidence
                out.append(
                    Relation(
                        rule.name,
                        rule.relation,
                        round(conf, 4),
                        si,
                        oi,
                        start,
                        end,
                        money,
                        date,
                        case,
                        implicit,
                    )
                )
        return out

    @staticmethod
    def _money(ctx: DocIndex, start: int, end: int) -> int:
        for i in range(start, min(end + MONEY_WINDOW, len(ctx.money_at))):
            if ctx.money_at[i] >= 0 and ctx.sent_index[i] == ctx.sent_index[start]:
                return ctx.money_at[i]
        return -1


def _moneyish(word: str) -> bool:
    return word in ("$", "\\$") or word.replace(",", "").replace(".", "").isdigit() or word in MONEY_SCALES


def _anchors(rule: RelationRule) -> list[tuple[str, str]]:
    """The (attribute, value) pairs the rule's first token can match."""
    first = rule.pattern[0]
    keys = []
    for attr in ("LEMMA", "LOWER", "ORTH"):
        v = first.get(attr)
        if isinstance(v, str):
            keys.append((attr, v))
        elif isinstance(v, dict) and "IN" in v:
            keys += [(attr, x) for x in v["IN"]]
    if not keys or first.get("OP") in ("?", "*"):
        raise ValueError(f"rule {rule.name}: the first token must be a required LEMMA, LOWER or ORTH")
    return keys


def _max_length(pattern: list[dict[str, Any]]) -> int:
    n = 0
    for tok in pattern:
        op = tok.get("OP", "")
        if op.startswith("{"):
            n += int(op.strip("{}").split(",")[-1] or 12)
        elif op in ("+", "*"):
            n += 12
        else:
            n += 1
    return n


class DocIndex:
    """Per-doc lookup tables: which mention or amount covers each token, sentence bounds."""

    def __init__(self, doc: Doc):
        n = len(doc)
        self.mentions = get_mentions(doc)
        self.n_mentions = len(self.mentions)
        self.mention_at = mention_at(self.mentions, n)
        self.money_at = [-1] * (n + 1)
        for k, m in enumerate(get_money(doc)):
            for i in range(m.start, m.end):
                self.money_at[i] = k
        self.sent_start = [0] * (n + 1)
        self.sent_end = [n] * (n + 1)
        self.sent_index = [0] * (n + 1)
        starts = Sentences(doc).starts
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else n
            self.sent_start[start:end] = [start] * (end - start)
            self.sent_end[start:end] = [end] * (end - start)
            self.sent_index[start:end] = [k] * (end - start)
        self.dates: dict[int, list[str]] = {}
        for start, _end, value in doc.user_data.get(DATES, []):
            self.dates.setdefault(self.sent_index[start], []).append(value)

    def date_in_sentence(self, tok: int) -> str | None:
        """The event date, when the sentence states exactly one."""
        values = set(self.dates.get(self.sent_index[tok], []))
        return values.pop() if len(values) == 1 else None


@Language.factory("pk_relations", default_config={"rules": {}, "type_ancestors": {}})
def make_relations(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> Relations:
    return Relations(nlp, rules, type_ancestors)

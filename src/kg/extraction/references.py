"""The `pk_references` component: every actor mention of a doc, names and references alike.

Names come from doc.ents. References are then resolved to the nearest compatible actor
mentioned before them:

- an acronym defined in parentheses after a name ("... of LA County (ADDA)"), wherever it recurs;
- a person's surname alone, after the full name;
- a pronoun ("he", "its", "their") or a definite description ("the union", "the governor"),
  within a few sentences, to an actor of a compatible type. A pronoun that opens a sentence
  follows the subject of an earlier sentence (its first actor), as pronouns in news prose do.

References carry a confidence factor below 1, which lowers the confidence of the relations
that use them.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extraction import firstnames, tokens
from kg.extraction.actors import ROLE_NOUNS
from kg.extraction.authors import author_of, inside_quotation
from kg.extraction.fullnames import GENERATIONS, initials
from kg.extraction.mentions import NER, PLACES, Mention, Sentences, set_mentions
from kg.extraction.rules import Rules
from kg.extraction.text import is_dictionary_word

_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.]*[A-Z]s?$")
# How much a mention found by each kind of pattern is trusted to name an actor.
KIND_CONFIDENCE = {"name": 0.8, "group": 0.8}
# A name of two words or more that the trained recogniser found as one of its entities too, word
# for word
NAMED_ENTITY_CONFIDENCE = 0.9
# A definite description whose antecedent is not in view still names an actor the text takes
# as known ("sued the police union"); it is kept, under its own words, at lower confidence.
UNRESOLVED_FACTOR = 0.8
DEFINING = {"that", "who"}  # after a description: a restrictive relative clause follows
PLACE_PREPOSITIONS = {"in", "of", "from"}  # "the police union in St. Louis"
# Capitalised words that open a title or a sentence rather than name a place.
PLACE_STOP = {"same", "new", "former", "then", "local", "city", "state", "county", "federal", "national"}
# Modifiers that make "the <modifier> <description>" someone other than the one named before.
NEW_REFERENT = {
    "former",
    "new",
    "next",
    "incoming",
    "outgoing",
    "other",
    "previous",
    "acting",
    "interim",
    "late",
    "then",
    "future",
    "rival",
    "opposing",
}
# "the union" named in the next sentence: words of a union's name when its type is not a union's
UNION_WORDS = {"union", "guild", "association", "brotherhood", "lodge", "federation"}
CATAPHORA_FACTOR = 0.9  # a description resolved to the name after it
OPENING_QUOTES = {"“", '"'}
CLOSING_QUOTES = {"”"}
QUOTE_REACH = 200  # tokens from a first-person pronoun back to its opening quotation mark
# Tokens back that the sentence window of an antecedent search spans at most: a text with no
# sentence end would otherwise make every pronoun look back to the start of the document.
WINDOW_REACH = 1000
# Words after "the city" that leave it a party: "sued the union and the city under the Act".
GOVERNMENT_FOLLOWERS = {
    "and",
    "or",
    "under",
    "in",
    "for",
    "over",
    "to",
    "with",
    "on",
    "after",
    "before",
    "because",
    "alleging",
    "claiming",
    "arguing",
    "itself",
    "too",
    "also",
    "but",
}
_NON_WORD = re.compile(r"[^\w'’.-]+")
GOVERNING = {"against", "of", "for", "with", "to", "by", "from", "about", "on", "at", "in", "actor", "like"}


PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# Words before a name, or a role in apposition after it, that say whether a person is a man or a
# woman in the text's own words.
GENDER_WORDS = {
    **dict.fromkeys(
        [
            "mr.",
            "mr",
            "councilman",
            "congressman",
            "assemblyman",
            "chairman",
            "spokesman",
            "businessman",
            "alderman",
            "father",
            "son",
            "brother",
            "husband",
            "king",
        ],
        "m",
    ),
    **dict.fromkeys(
        [
            "ms.",
            "ms",
            "mrs.",
            "mrs",
            "miss",
            "councilwoman",
            "congresswoman",
            "assemblywoman",
            "chairwoman",
            "spokeswoman",
            "businesswoman",
            "alderwoman",
            "mother",
            "daughter",
            "sister",
            "wife",
            "queen",
        ],
        "f",
    ),
}


def _unanimous(seen: dict[str, set[str]]) -> dict[str, str]:
    """Each key's one gender; a key with conflicting evidence gets none."""
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _genders(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """An actor's gender where the text states it: an honorific or a gendered title right before a
    mention ("Ms. Willis", "Councilwoman Ana Ortiz"), or a gendered role in apposition right after
    ("X, a spokeswoman for ..."). Conflicting evidence gives none."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        words = [doc[k].lower_ for k in range(max(0, m.start - 2), m.start)]
        if m.end + 2 < len(doc) and doc[m.end].text == ",":
            words += [doc[k].lower_ for k in range(m.end + 1, min(len(doc), m.end + 4))]
        words += [t.lower_ for t in doc[m.start : m.end]]
        for w in words:
            g = GENDER_WORDS.get(w)
            if g is not None:
                seen.setdefault(m.key, set()).add(g)
    return _unanimous(seen)


def _subject_first(doc: Doc, i: int, ranked: list[Mention]) -> list[Mention]:
    """A possessive pronoun in a clause whose subject it may be ("Tolliver spent $51,000 on his
    campaign"): the clause's subject before the text's latest candidate."""
    t = doc[i].head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < i and c.tag_ not in ("WP", "WDT")]
    for m in ranked:
        if subjects and m.start <= subjects[0].i < m.end:
            return [m, *(x for x in ranked if x is not m)]
    return ranked


def _norm_key(name: str) -> str:
    return "new:" + " ".join(name.replace("’", "'").split()).casefold()


class References:
    def __init__(self, nlp: Language, rules: dict[str, Any], type_ancestors: dict[str, list[str]]):
        self._gender: dict[str, str] = {}  # of the doc being read, as its text states it
        self._prior: dict[str, str] = {}  # of the doc being read, by first name
        all_rules = Rules.model_validate(rules)
        r = all_rules.references
        self.r = r
        self.ancestors = type_ancestors
        self.pronouns = {k.lower(): v for k, v in r.pronouns.items()}
        self.descriptions: dict[tuple[str, ...], list[str]] = {
            tuple(t.lower_ for t in nlp.make_doc(k)): v for k, v in r.descriptions.items()
        }
        self.max_desc = max(len(k) for k in self.descriptions)
        self.determiners = set(r.determiners)
        self.head_only = set(r.head_only)
        self.title_words = all_rules.actors.title_words()
        self._words_of: dict[str, frozenset[str]] = {}
        self._compatible: dict[tuple[str, tuple[str, ...]], bool] = {}
        actors = all_rules.actors
        self.not_modifiers = set(actors.groups.not_modifiers) | self.determiners
        self.not_surnames = {w.lower() for w in actors.title_words()}
        self.not_surnames |= {a.lower() for a in actors.generic_acronyms}
        # "the union president": a description followed by a role noun names a person.
        self.role_words = {role.split()[-1] for role in all_rules.actors.roles}
        self.speaker_pronouns = set(r.speaker_pronouns)
        self.speech_verbs = set(r.speech_verbs)
        self.owned_nouns = set(r.owned.nouns) if r.owned else set()

    def compatible(self, type_: str, allowed: list[str]) -> bool:
        key = (type_, tuple(allowed))
        got = self._compatible.get(key)
        if got is None:
            anc = self.ancestors.get(type_, [type_])
            got = self._compatible[key] = any(a in anc for a in allowed)
        return got

    def __call__(self, doc: Doc) -> Doc:
        self._doc = doc
        named: list[Mention] = []
        ner_spans = {(start, end) for start, end, _label in doc.user_data.get(NER, [])}
        for e in doc.ents:
            if e.ent_id_:
                named.append(Mention(e.start, e.end, f"id:{e.ent_id_}", e.text, e.label_, "registry"))
            else:
                kind = e.kb_id_ or "name"
                conf = KIND_CONFIDENCE.get(kind, 1.0)
                if kind == "name" and e.end - e.start >= 2 and (e.start, e.end) in ner_spans:
                    conf = NAMED_ENTITY_CONFIDENCE  # the trained recogniser names it too
                text = e.text
                if kind == "group":
                    conf = self._group_confidence(doc, e.start, e.end)
                # Collectives are local to a text ("his own staff" is someone's staff here); the
                # extractor scopes "grp:" keys to their document.
                key = "grp:" + _norm_key(text)[4:] if kind == "group" else _norm_key(text)
                named.append(Mention(e.start, e.end, key, text, e.label_, kind, conf))
        named = self._roles_apposed(doc, named)
        named = self._roles_held(doc, named)
        # A lone capitalised word taken as a name (a party in "Ayala v. Scott") may be the surname
        # of a person named in full elsewhere: then it is a surname reference instead.
        surnames = self._surname_index(doc, named)
        firsts = self._first_name_index(doc, named, surnames)  # "I'm supporting Lee" after "Lee Kindlon"
        named = [
            m
            for m in named
            if not (
                m.kind == "name"
                and m.end - m.start == 1
                and (doc[m.start].text in surnames or doc[m.start].text in firsts)
            )
        ]
        named += self._shared_surnames(doc, named)
        named = self._prefixed_names(doc, named)
        initials = self._initials(doc, named)
        named = [m for m in named if not self._initials_of(doc, m, initials)]
        aliases = self._defined_aliases(doc, named)
        named = [aliases.get(m.start, m) for m in named]
        taken = [False] * (len(doc) + 1)
        for m in named:
            for i in range(m.start, m.end):
                taken[i] = True
        refs = self._acronyms(doc, named, taken, initials) + self._surnames(doc, taken, surnames, firsts)
        mentions = sorted(named + refs, key=lambda m: m.start)
        self._gender = _genders(doc, mentions)
        self._prior = self._first_name_genders(doc, mentions)
        self.absorbed: set[tuple[int, int]] = set()  # names a description took in as its place
        self._author = author_of(doc, mentions, lambda t: self.compatible(t, ["Person"]))
        mentions += self._context_refs(doc, mentions, taken)
        if self.absorbed:
            mentions = [m for m in mentions if m.kind != "name" or (m.start, m.end) not in self.absorbed]
        set_mentions(doc, mentions)
        return doc

    @staticmethod
    def _shared_surnames(doc: Doc, named: list[Mention]) -> list[Mention]:
        """ "came from Rex and Jeanie Sinquefield": the lone first name before "and" and a person's
        full name is a second person of that surname ("Rex Sinquefield")."""
        taken = {i for m in named for i in range(m.start, m.end)}
        out = []
        for m in named:
            k = m.start - 2
            if k < 0 or k in taken or m.kind not in ("name", "title"):
                continue
            name = firstnames.shared_surname(doc, k, k + 1)
            if name and name.split()[-1] == m.name.split()[-1]:
                out.append(Mention(k, k + 1, _norm_key(name), name, m.type, "name", KIND_CONFIDENCE["name"]))
        return out

    def _prefixed_names(self, doc: Doc, named: list[Mention]) -> list[Mention]:
        """Names that share an organisation's name after their first word:

        - "endorsed by the Illinois and Chicago Fraternal Order of Police": a lone capitalised
          word joined by "and" to the organisation's first word is a second organisation of that
          name ("Illinois Fraternal Order of Police");
        - "The Chicago FOP endorsed Irvin" after "the Chicago Fraternal Order of Police": the same
          first word and the initials of the rest name the same organisation."""
        places = {s for s, _e in doc.user_data.get(PLACES, [])}

        def second(k: int, m: Mention, start: int) -> Mention:
            """The organisation of place K named with the words of M after START."""
            name = f"{doc[k].text} {doc[start : m.end].text}"
            return Mention(k, k + 1, _norm_key(name), name, m.type, "name", KIND_CONFIDENCE["name"])

        def joined(k: int, j: int) -> bool:
            """K, a place's one word, is joined by "and" to the first word J of a name."""
            return (
                doc[k + 1].lower_ in ("and", "&")
                and k in places
                and doc[k].is_title
                and doc[j].pos_ == "PROPN"
                and (k == 0 or not doc[k - 1].is_title)
            )

        taken = {i for m in named for i in range(m.start, m.end)}
        out = []
        for m in named:
            k = m.start - 2
            if self.compatible(m.type, ["Person"]) or m.end - m.start < 3:
                out.append(m)
            elif k >= 0 and k not in taken and joined(k, m.start):
                # "the Illinois and Chicago Fraternal Order of Police", the second a known name
                out += [m, second(k, m, m.start + 1)]
            elif m.kind in ("org", "name") and m.end - m.start >= 5 and joined(m.start, m.start + 2):
                # ... the two read as one organisation's name
                rest = doc[m.start + 2 : m.end].text
                out += [
                    second(m.start, m, m.start + 3),
                    Mention(m.start + 2, m.end, _norm_key(rest), rest, m.type, m.kind, m.confidence),
                ]
            else:
                out.append(m)
        full = {doc[m.start : m.end].text: m for m in out if m.end - m.start >= 3}
        for j, m in enumerate(out):
            last = doc[m.end - 1].text
            if m.kind not in ("name", "org") or m.end - m.start < 2 or len(last) < 2 or not last.isupper():
                continue
            prefix = doc[m.start : m.end - 1].text + " "
            same = {
                o.key: o
                for text, o in full.items()
                if text.startswith(prefix) and initials(text[len(prefix) :]) == last
            }
            if len(same) == 1:
                out[j] = self._ref(
                    doc, m.start, m.end, next(iter(same.values())), "acronym", self.r.acronym_confidence
                )
        return out

    def _roles_apposed(self, doc: Doc, named: list[Mention]) -> list[Mention]:
        """A role set between commas after a person's name is that person: "Michael Long, state
        Conservative Party chairman, assailed X" (the chairman is Long, no second actor)."""
        by_end = {m.end: m for m in named if m.kind in ("name", "title", "registry")}
        out: list[Mention] = []
        for m in named:
            k = m.start - 1
            while k > 0 and doc[k].is_lower and doc[k].is_alpha:
                k -= 1  # "state" before the role
            name = by_end.get(k) if m.kind == "role" and doc[k].text == "," else None
            closed = m.end >= len(doc) or doc[m.end].text in (",", ".", ";", "—", "–")
            if name is not None and closed and self.compatible(name.type, ["Person"]):
                out.append(self._ref(doc, m.start, m.end, name, "description", m.confidence))
            else:
                out.append(m)
        return out

    def _roles_held(self, doc: Doc, named: list[Mention]) -> list[Mention]:
        """ "said Tulsa FOP Lodge 93 chairman Jerad Lindsey. ... The FOP chairman criticized X": a
        definite role is the person named before with that role of that organisation (the role
        noun and the organisation's word next to the name, before it or in its apposition). The
        role is a role mention, or "the" + capitalised words + a role noun that no mention covers
        (an acronym the registry does not know)."""
        people = [
            m
            for m in named
            if m.kind in ("name", "title", "registry") and self.compatible(m.type, ["Person"])
        ]
        if not people:
            return named
        covered = {i for m in named for i in range(m.start, m.end)}
        bare: list[Mention] = []
        for i, t in enumerate(doc):
            if t.lower_ in ROLE_NOUNS and t.is_lower and i not in covered:
                k = i
                while (
                    k > 0
                    and i - k < 3
                    and doc[k - 1].text[:1].isupper()
                    and doc[k - 1].lower_ != "the"
                    and (k - 1) not in covered
                ):
                    k -= 1
                if k < i and k > 0 and doc[k - 1].lower_ == "the":
                    bare.append(Mention(k, i + 1, "", doc[k : i + 1].text, "Person", "role"))
        out: list[Mention] = []
        for m in [*named, *bare]:
            if m.kind != "role" or m.start == 0 or doc[m.start - 1].lower_ != "the" or m.end - m.start < 2:
                out.append(m)
                continue
            # "the FOP chairman" (the role noun last); "the president of the FOP" (first)
            first = doc[m.start].lower_ in ROLE_NOUNS and doc[m.start + 1].lower_ in ("of", "for", "at")
            role = doc[m.start].lower_ if first else doc[m.end - 1].lower_
            words = doc[m.start + 1 : m.end] if first else doc[m.start : m.end - 1]
            org = {t.lower_ for t in words if not t.is_punct and t.lower_ not in ("of", "for", "at", "the")}
            holders = []
            for p in people:
                if p.end > m.start:
                    break
                sent = doc[p.start].sent
                near = {
                    t.lower_
                    for t in (
                        *doc[max(sent.start, p.start - 8) : p.start],
                        *doc[p.end : min(sent.end, p.end + 8)],
                    )
                }
                if role in near and org <= near:
                    holders.append(p)
            if holders and len({p.key for p in holders}) == 1:
                out.append(self._ref(doc, m.start, m.end, holders[-1], "description", m.confidence))
            elif m.key:  # a role mention that holds no one named stays; a bare one is dropped
                out.append(m)
        return sorted(out, key=lambda m: (m.start, -m.end))

    def _first_name_genders(self, doc: Doc, mentions: list[Mention]) -> dict[str, str]:
        """A person's gender by first name where birth records give it one sex nearly always
        (firstnames.py): a prior for "he" and "she" that what the text states overrides."""
        seen: dict[str, set[str]] = {}
        for m in mentions:
            if m.kind not in ("registry", "title", "name") or m.end - m.start < 2:
                continue
            if not self.compatible(m.type, ["Person"]):
                continue
            for tok in doc[m.start : m.end - 1]:
                if tok.lower_ in self.title_words or not tok.is_alpha:
                    continue  # "Judge", "Sheriff": titles, some of which are first names too
                if tok.text[:1].isupper() and doc[tok.i + 1].text != ".":
                    sex = firstnames.sex_of(tok.text)
                    if sex is not None:
                        # the first word after titles and descriptions ("Broker Paul Jensen")
                        seen.setdefault(m.key, set()).add(sex)
                        break
        return _unanimous(seen)

    @staticmethod
    def _group_confidence(doc: Doc, start: int, end: int) -> float:
        """ "Gascón's line prosecutors" names a collective; "prosecutors" may mean any."""
        words = list(doc[start:end])
        if any(t.text in ("'s", "’s", "'", "’") or t.lower_ in ("his", "her", "their", "its") for t in words):
            return 1.0
        return 0.8 if len(words) > 1 else 0.65

    # -- acronyms and surnames ------------------------------------------------------------------
    def _initials(self, doc: Doc, named: list[Mention]) -> dict[str, Mention]:
        """The organisations of DOC by their initials, where one organisation only has them:
        "Virginia Police Benevolent Association" as "VPBA", "Americans for Prosperity" as "AFP"
        (the capitalised words' initials, every word's, and those of its first three capitalised
        words or more). An acronym the text never defines in parentheses is still that
        organisation's, named before it."""
        seen: dict[str, set[str]] = {}
        first: dict[str, Mention] = {}
        for m in named:
            if (
                m.kind in ("group", "pronoun")
                or m.end - m.start < 2
                or not self.compatible(m.type, ["Organization"])
            ):
                continue
            words = [t.text for t in doc[m.start : m.end] if t.is_alpha]
            caps = "".join(w[0] for w in words if w[0].isupper())
            # ... and its leading capitalised words' ("Fraternal Order of Police of Ohio" as "FOP")
            for form in (
                caps,
                "".join(w[0] for w in words if w.lower() != "the").upper(),
                *(caps[:k] for k in range(3, len(caps))),
            ):
                if len(form) >= 3 and _ACRONYM.match(form):
                    seen.setdefault(form, set()).add(m.key)
                    if form not in first or m.start < first[form].start:
                        first[form] = m
        out = {form: first[form] for form, keys in seen.items() if len(keys) == 1}
        for alias, word in self.r.party_acronyms.items():
            # "the Dutchess County Republican Committee ... the GOP endorsed X": the one
            # organisation named with the party's word
            party = {
                m.key: m
                for m in named
                if m.kind not in ("group", "pronoun")
                and self.compatible(m.type, ["Organization"])
                and word in doc[m.start : m.end].text.split()
            }
            if len(party) == 1 and alias not in out:
                out[alias] = min(party.values(), key=lambda m: m.start)
        return out

    def _defined_aliases(self, doc: Doc, named: list[Mention]) -> dict[int, Mention]:
        """'William D. Burgan (“Bill Burgan”)', 'Alexander Nixon ("Nixon")': a name a document
        defines in quotes in parentheses right after a name is that actor, no second one (by the
        start of the alias mention)."""
        by_end = {m.end: m for m in named if m.kind in ("name", "title", "registry", "org")}
        out: dict[int, Mention] = {}
        for m in named:
            k = m.start
            if (
                m.kind not in ("name", "title")
                or k < 2
                or doc[k - 1].text not in ('"', "“")
                or doc[k - 2].text != "("
            ):
                continue
            owner = by_end.get(k - 2)
            if owner is None:
                continue
            if self.compatible(m.type, [owner.type]) or self.compatible(owner.type, [m.type]):
                # (kind "acronym": a name defined in parentheses, as an acronym is)
                out[m.start] = self._ref(doc, m.start, m.end, owner, "acronym", m.confidence)
        return out

    @staticmethod
    def _initials_of(doc: Doc, m: Mention, initials: dict[str, Mention]) -> bool:
        """M is a one-word name that is the initials of an organisation named before it."""
        if m.kind != "name" or m.end - m.start != 1:
            return False
        org = initials.get(doc[m.start].text)
        return org is not None and org.end <= m.start

    def _acronyms(
        self, doc: Doc, named: list[Mention], taken: list[bool], initials: dict[str, Mention]
    ) -> list[Mention]:
        defs: dict[str, Mention] = {}
        for m in named:
            if m.kind == "group" or m.end + 2 >= len(doc):
                continue
            if doc[m.end].text == "(" and doc[m.end + 2].text == ")" and _ACRONYM.match(doc[m.end + 1].text):
                defs.setdefault(doc[m.end + 1].text, m)
        out: list[Mention] = []
        for form, m in initials.items():
            defs.setdefault(form, m)
        if not defs:
            return out
        for i, text in enumerate(tokens.texts(doc)):
            m = defs.get(text)
            if m is None or taken[i] or i <= m.end + 1:
                continue  # the defining "(ACRO)" itself belongs to the name before it
            out.append(self._ref(doc, i, i + 1, m, "acronym", self.r.acronym_confidence))
            taken[i] = True
        return out

    def _surnames(
        self, doc: Doc, taken: list[bool], people: dict[str, Mention], firsts: dict[str, Mention]
    ) -> list[Mention]:
        """A surname (PEOPLE, by `_surname_index`) or a lone first name (FIRSTS, by
        `_first_name_index`) that refers to the person named in full with it."""
        texts = tokens.texts(doc)
        out: list[Mention] = []
        if not people:
            return out
        for i, text in enumerate(texts):
            m = people.get(text)
            if (
                m is None
                and (f := firsts.get(text)) is not None
                and doc[i].dep_ != "compound"
                # a word alone, not inside another name ("Senate Bill 5" after "Bill Roe")
                and not (i > 0 and texts[i - 1][:1].isupper() and texts[i - 1].isalpha())
                and not (i + 1 < len(texts) and texts[i + 1][:1].isupper() and texts[i + 1].isalpha())
            ):
                m = f  # "“I'm going to support Joe,” said Weber" after "Joe Platania"
            if m is None or taken[i] or i < m.end:
                continue
            out.append(self._ref(doc, i, i + 1, m, "surname", self.r.surname_confidence))
            taken[i] = True
        return out

    def _first_name_index(
        self, doc: Doc, named: list[Mention], surnames: dict[str, Mention]
    ) -> dict[str, Mention]:
        """First name -> the one person named in full with it, where the text names one person of
        that first name and no one of that surname, and the word is a first name."""
        seen: dict[str, set[str]] = {}
        first: dict[str, Mention] = {}
        texts = tokens.texts(doc)
        for m in named:
            words = texts[m.start : m.end]
            if m.kind in ("group", "role", "office") or len(words) < 2 or firstnames.sex_of(words[0]) is None:
                continue
            seen.setdefault(words[0], set()).add(m.key)  # any actor so named counts: "Joe Smith" too
            if self.compatible(m.type, ["Person"]):
                first.setdefault(words[0], m)
        return {
            w: first[w] for w, keys in seen.items() if len(keys) == 1 and w in first and w not in surnames
        }

    def _surname_index(self, doc: Doc, named: list[Mention]) -> dict[str, Mention]:
        """Surname -> the first mention of a person named in full with it."""
        people: dict[str, Mention] = {}
        texts = tokens.texts(doc)
        for m in named:
            if m.kind in ("group", "role", "office") or not self.compatible(m.type, ["Person"]):
                continue
            words = [w for w in texts[m.start : m.end] if w.lower() not in GENERATIONS]
            # "DA Roady" named with a title alone: a later "Roady" is he too (not "Justice Reform")
            full = len(words) >= 2 or (
                len(words) == 1 and m.kind == "title" and not is_dictionary_word(words[0].lower())
            )
            if full and words[-1][:1].isupper() and not self._generic(words[-1]):
                people.setdefault(words[-1], m)
        return people

    def _generic(self, word: str) -> bool:
        """A title or acronym that ends a name ("Philly's New DA") is no surname."""
        return word.lower() in self.not_surnames or (len(word) > 1 and word.isupper())

    # -- pronouns and descriptions ---------------------------------------------------------------
    def _context_refs(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        sent_starts = Sentences(doc).starts
        sent_of = [0] * len(doc)
        for k, start in enumerate(sent_starts):
            end = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(doc)
            sent_of[start:end] = [k] * (end - start)
        is_start = set(sent_starts)
        out: list[Mention] = []
        resolved: list[Mention] = list(mentions)  # grows as references resolve, so they chain
        self._starts = [m.start for m in resolved]
        lowers = tokens.lowers(doc)
        triggers = set(self.pronouns) | self.determiners | self.speaker_pronouns
        name_at = {
            m.start: m
            for m in mentions
            if m.kind == "name"
            and m.end - m.start <= 3
            and all(t.text[:1].isupper() and t.is_alpha for t in doc[m.start : m.end])
        }
        i = 0
        n = len(doc)
        while i < n:
            low = lowers[i]
            if taken[i] or low not in triggers:
                i += 1
                continue
            gov = self._place_government(
                doc, lowers, i, taken, sent_starts[max(0, sent_of[i] - self.r.window)]
            )
            if gov is not None:
                out.append(gov)
                self._insert(resolved, gov)
                i = gov.end
                continue
            if low in self.speaker_pronouns:
                speaker = self._speaker(doc, lowers, i, resolved, sent_starts, sent_of)
                conf = self.r.speaker_confidence
                if speaker is None and self._author is not None and (low != "i" or doc[i].text == "I"):
                    # a letter's or an op-ed's own voice: its byline's or signature's writer
                    if not inside_quotation(doc, i):
                        speaker, conf = self._author, self.r.author_confidence
                if speaker is not None:
                    ref = self._ref(doc, i, i + 1, speaker, "pronoun", conf)
                    out.append(ref)
                    self._insert(resolved, ref)
                i += 1
                continue
            allowed = self.pronouns.get(low)
            kind, end, conf = "pronoun", i + 1, self.r.pronoun_confidence
            head = i + 1  # where the description's own words start
            placed = False  # "the Philadelphia police union": a place defines the referent
            place = name_at.get(i + 1) if low == "the" and allowed is None else None
            if place is not None and (found := self._description_at(lowers, place.end, taken)) is not None:
                # "the Harbor Falls police union": a place of more words, which the name rules took
                # for a name, and a description
                allowed, size = found
                kind, head, end = "description", place.end, place.end + size
                conf, placed = self.r.description_confidence, True
            else:
                place = None
            if allowed is None and low in self.determiners:
                # "the union", and after "the" up to three modifiers: "the county bar
                # association", "the deputy district attorneys union".
                for skip in range(4 if low == "the" else 1):
                    if skip and not self._modifier(doc, lowers, i + skip, taken):
                        if not (skip == 1 and self._place_word(doc, i + 1, taken)):
                            break
                        placed = True
                    found = self._description_at(lowers, i + 1 + skip, taken)
                    if found is not None:
                        allowed, size = found
                        kind, head, end = "description", i + 1 + skip, i + 1 + skip + size
                        conf = self.r.description_confidence
                        break
            if allowed is None and low in self.determiners and self.owned_nouns:
                owner = self._owner(doc, lowers, i, taken, resolved, sent_of, sent_starts)
                if owner is not None:
                    out.append(owner)
                    self._insert(resolved, owner)
                    for j in range(owner.start, owner.end):
                        taken[j] = True
                    i = owner.end
                    continue
            if allowed is None or (kind == "description" and end < n and taken[end]):
                # "the racial justice group Color of Change": the name says who; no reference.
                i += 1
                continue
            if kind == "description" and self._named_by_of(doc, lowers, end, n):
                # "the editorial board of the Riverton Gazette": whose it is, named; no reference
                i += 1
                continue
            if kind == "description" and end < n and lowers[end] in self.role_words:
                # "the police union president": a person known by a role, not the union.
                role_end = end + 1
                name = doc[i + 1 : role_end].text
                type_ = "Group" if lowers[end] in ("members", "member") else "Person"
                m = Mention(i, role_end, _norm_key(name), name, type_, "role", self.r.defined_confidence)
                out.append(m)
                self._insert(resolved, m)
                i = role_end
                continue
            opens = i in is_start or (i - 1 in is_start and not lowers[i - 1].isalnum())
            # "Recently she's been criticized ...": a pronoun that is the subject of its
            # sentence's main verb is in subject position too, whatever stands before it
            # (when the earlier sentence's first actor is that sentence's subject too)
            parsed_subject = not opens and (
                kind == "pronoun" and doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT"
            )
            # "In 2017, his top donors included ...": a possessive inside the main verb's subject
            # picks up the subject before it too
            parsed_subject = parsed_subject or (
                kind == "pronoun"
                and doc[i].dep_ == "poss"
                and doc[i].head.dep_ in ("nsubj", "nsubjpass")
                and doc[i].head.head.dep_ == "ROOT"
            )
            # "the union that represents the prosecutors ..." (a restrictive relative clause),
            # "the police union in St. Louis" (a place): the description defines a new referent
            # instead of pointing back to one.
            defined_end = self._defined_end(doc, lowers, end) if kind == "description" else -1
            if placed and kind == "description" and defined_end < 0:
                defined_end = end
            named_after = (
                self._apposed_name(doc, lowers, end, resolved, allowed) if kind == "description" else None
            )
            if named_after is not None:
                # "the Harbor Falls police union, the Fraternal Order of Police Lodge 9, announced":
                # the apposition names it
                if named_after not in resolved:
                    out.append(named_after)  # a bare name it made an actor ("..., SHOPO.")
                    self._insert(resolved, named_after)
                    taken[named_after.start] = True
                ref = self._ref(doc, i, end, named_after, kind, max(conf, self.r.defined_confidence))
                out.append(ref)
                self._insert(resolved, ref)
                if place is not None:
                    self.absorbed.add((place.start, place.end))
                i = end
                continue
            if place is not None and defined_end == end:
                # the earlier actor of that place that fits ("the San Diego police union" after
                # "the San Diego Police Officers Association"), else a new one
                match = self._head_antecedent(
                    i, list(self._name_words(place.name)), allowed, resolved, sent_of, sent_starts, lowers
                )
                if match is not None:
                    defined_end = -1
                    ref = self._ref(doc, i, end, match, kind, conf)
                    out.append(ref)
                    self._insert(resolved, ref)
                    self.absorbed.add((place.start, place.end))
                    i = end
                    continue
            appositive = self._apposed_to(i, resolved) if kind == "description" else None
            if appositive is not None:
                # "Our Future, the organization that ...": the description is the name's apposition.
                ranked, defined_end = [appositive], -1
            elif defined_end >= 0:
                ranked = []
            elif kind == "description":
                # Two or more modifiers make a compound name ("the deputy district attorneys
                # union"), which an earlier actor must match as a whole.
                words = lowers[head:end] if head < i + 3 else lowers[i + 1 : end]
                match = self._head_antecedent(i, words, allowed, resolved, sent_of, sent_starts, lowers)
                if match is not None:
                    ranked = [match]
                    if self._only_one(i, allowed, resolved) == match.key:
                        # "the governor" when the text has named one governor and no other
                        conf = self.r.unique_description_confidence
                elif " ".join(words) in self.head_only or self._restricting(doc, i + 1, head):
                    # "the county bar association": a modified description that no earlier name
                    # matches is a new actor, not the nearest organisation.
                    ranked = []
                else:
                    ranked = self._antecedents(i, allowed, resolved, sent_of, sent_starts, False)
                    if ranked and self._only_one(i, allowed, resolved) == ranked[0].key:
                        conf = self.r.unique_description_confidence
                    if not ranked and self.r.far_confidence is not None:
                        # Nothing compatible in view: the latest compatible actor of the whole
                        # text before it ("the police union" pages after "the FOP").
                        ranked = self._antecedents(
                            i, allowed, resolved, sent_of, sent_starts, False, far=True
                        )
                        conf *= self.r.far_confidence
            else:
                ranked = self._antecedents(
                    i,
                    allowed,
                    resolved,
                    sent_of,
                    sent_starts,
                    opens or parsed_subject,
                    subject_only=parsed_subject,
                )
                if doc[i].dep_ in ("dobj", "dative") and doc[i].tag_ == "PRP":
                    # "Crump urged him to recuse": an object pronoun is not its own verb's subject
                    # (that would be "himself")
                    subj = [t.i for t in doc[i].head.children if t.dep_ in ("nsubj", "nsubjpass")]
                    ranked = [m for m in ranked if not any(m.start <= k < m.end for k in subj)]
                if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].tag_ == "PRP":
                    # "He is endorsed by Gov. Inslee", "She sued Roe": nor is a subject pronoun its
                    # own verb's object or agent, named after it
                    ranked = [m for m in ranked if not self._own_argument(doc, i, m, resolved)]
                gender = PRONOUN_GENDER.get(low)
                if gender is not None:
                    # "he" is no one the text calls Ms., Councilwoman, spokeswoman
                    ranked = [m for m in ranked if self._gender.get(m.key, gender) == gender]
                if doc[i].dep_ == "poss":
                    ranked = _subject_first(doc, i, ranked)
                if gender is not None:
                    # A first name only reorders: "Aramis" is mostly a man's name, but not here.
                    ranked.sort(key=lambda m: self._prior.get(m.key, gender) != gender)
                    agreeing = {
                        m.key for m in ranked if self._gender.get(m.key, self._prior.get(m.key)) == gender
                    }
                    if len(agreeing) == 1 and ranked[0].key in agreeing:
                        conf = self.r.agreeing_pronoun_confidence
            if ranked:
                ref = self._resolved(doc, i, end, ranked, kind, conf, alternative=kind == "pronoun")
                out.append(ref)
                self._insert(resolved, ref)
            elif kind == "description" and (
                named := self._named_next(doc, i, end, allowed, resolved, sent_of, opens)
            ):
                ref = self._ref(doc, i, end, named, kind, conf * CATAPHORA_FACTOR)
                out.append(ref)
                self._insert(resolved, ref)
            elif kind == "description":
                if defined_end >= 0:
                    end = max(end, defined_end)
                    conf = self.r.defined_confidence
                else:
                    conf *= UNRESOLVED_FACTOR
                name = doc[i + 1 : end].text
                m = Mention(i, end, _norm_key(name), name, allowed[0], kind, round(conf, 4))
                out.append(m)
                self._insert(resolved, m)
                for j in range(i, end):
                    taken[j] = True
                if place is not None:
                    self.absorbed.add((place.start, place.end))
            i = end
        return out

    @staticmethod
    def _own_argument(doc: Doc, i: int, m: Mention, resolved: list[Mention]) -> bool:
        """M is named again, after the pronoun at I, as the object or agent of the pronoun's verb
        (by key or by surname)."""
        verb = doc[i].head
        heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        heads += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        args = {t.i for h in heads for t in (h, *h.conjuncts)}
        last = m.name.split()[-1] if m.name else ""
        return any(
            r.start > i
            and any(r.start <= k < r.end for k in args)
            and (r.key == m.key or (last and r.name.split()[-1] == last))
            for r in resolved
        )

    @staticmethod
    def _named_by_of(doc: Doc, lowers: list[str], end: int, n: int) -> bool:
        """The description ending at END goes on with "of" and a capitalised name."""
        k = end + 1
        if end >= n or lowers[end] != "of":
            return False
        if k < n and lowers[k] == "the":
            k += 1
        return k < n and doc[k].text[:1].isupper() and doc[k].is_alpha

    @staticmethod
    def _restricting(doc: Doc, start: int, end: int) -> bool:
        """True if the modifiers START:END make a description a new referent: a noun ("the county
        bar association") or a word of another time ("the former governor"); an adjective or a
        participle describes the one named before ("the suspended prosecutor", "the embattled
        district attorney")."""
        for k in range(start, end):
            tok = doc[k]
            if tok.lower_ in NEW_REFERENT or not (tok.pos_ == "ADJ" or tok.tag_ in ("JJ", "VBN", "VBD")):
                return True
        return False

    def _named_next(
        self,
        doc: Doc,
        pos: int,
        end: int,
        allowed: list[str],
        mentions: list[Mention],
        sent_of: list[int],
        opens: bool,
    ) -> Mention | None:
        """ "The union representing the county's prosecutors sued the district attorney. The
        Association of Deputy Prosecutors said ...": a description that opens a sentence and has no
        antecedent is the actor the next sentence names first, if that one fits it."""
        if not opens:
            return None
        here = sent_of[pos]
        k = bisect.bisect_left(self._starts, end)
        for m in mentions[k:]:
            if sent_of[m.start] == here:
                if not m.is_reference and self.compatible(m.type, allowed):
                    return None  # a fitting actor in its own sentence: not this one's name
                continue
            if sent_of[m.start] != here + 1:
                return None
            if m.is_reference or m.kind not in ("name", "org", "title"):
                continue
            head_words = self._name_words(m.name)
            if self.compatible(m.type, allowed) or (
                any(self.compatible(a, ["Organization"]) for a in allowed)
                and head_words & UNION_WORDS
                and any(self.compatible(a, ["LaborUnion"]) for a in allowed)
            ):
                return m
            return None  # the next sentence's first name is someone else
        return None

    def _apposed_name(
        self, doc: Doc, lowers: list[str], end: int, mentions: list[Mention], allowed: list[str]
    ) -> Mention | None:
        """The name in apposition right after a description ending at END, between commas: "the
        city's union, the Harbor Falls Police Association, said"."""
        k = end
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        if k < len(doc) and lowers[k] == "the":
            k += 1
        j = bisect.bisect_left(self._starts, k)
        m = mentions[j] if j < len(mentions) else None
        if (m is None or m.start != k) and self._bare_name(doc, k):
            # "the statewide police union, SHOPO.": a name no component took for one (a lone
            # acronym), which the description it follows says is an actor of its kind
            text = doc[k].text
            return Mention(k, k + 1, f"new:{text}", text, allowed[0], "name", KIND_CONFIDENCE["name"])
        if m is None or m.start != k or m.is_reference or m.kind not in ("name", "org", "title"):
            return None
        # a name no registry knows takes the kind the description gives it: "the district
        # attorney, Jane Roe, said", "the recall committee, Safe Marlow" (typed only by a guess)
        fits = self.compatible(m.type, allowed) or (m.kind == "name" and m.key.startswith("new:"))
        # closed by a comma, a parenthesis or the sentence's end ("to the recall committee, Safe
        # Marlow."); not by a verb ("the district attorney, Jane Roe said")
        if not fits or (m.end < len(doc) and doc[m.end].text not in (",", "(", ".", ";")):
            return None
        return m

    def _bare_name(self, doc: Doc, k: int) -> bool:
        """Token K is a capitalised proper noun of its own (no mention), closed by a comma, a
        parenthesis or the sentence's end: "..., SHOPO." (not "..., Jane said")."""
        t = doc[k]
        return (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and len(t.text) >= 2
            and t.lower_ not in self.not_surnames
            and k + 1 < len(doc)
            and doc[k + 1].text in (",", "(", ".", ";")
        )

    def _insert(self, resolved: list[Mention], m: Mention) -> None:
        """Add M to RESOLVED (sorted by start): later references may point back to it."""
        k = bisect.bisect_right(self._starts, m.start)
        resolved.insert(k, m)
        self._starts.insert(k, m.start)

    def _speaker(
        self,
        doc: Doc,
        lowers: list[str],
        i: int,
        mentions: list[Mention],
        sent_starts: list[int],
        sent_of: list[int],
    ) -> Mention | None:
        """For "me" at I inside a quotation, the quotation's speaker; else None."""
        if lowers[i] == "i" and doc[i].text != "I":
            return None
        texts = tokens.texts(doc)
        lo = max(0, i - QUOTE_REACH)
        open_at = -1
        for k in range(i - 1, lo - 1, -1):
            t = texts[k]
            if t in CLOSING_QUOTES or "\n\n" in t:
                return None  # the quotation closed before I, or a paragraph began
            if t == '"':
                # a straight quote opens or closes: an odd count of them since the paragraph began
                # (or since the reach's start) makes this one an opening
                para = k
                while para > lo and "\n\n" not in texts[para - 1]:
                    para -= 1
                if sum(1 for j in range(para, k + 1) if texts[j] == '"') % 2 == 0:
                    return None
                open_at = k
                break
            if t in OPENING_QUOTES:
                open_at = k
                break
        if open_at < 0:
            return None
        # Before the quotation: "<actor> <speech verb> ...: “" within its sentence; or the speaker
        # of the sentence before, whose quotation goes on ("...,” said Roe. “And I ...")
        start = sent_starts[sent_of[open_at]]
        before_speaker: Mention | None = None
        ended = False
        for k in range(open_at - 1, start - 1, -1):
            if texts[k] in (".", "!", "?"):
                ended = True  # an opening mark after a full stop, left to the sentence before
            if doc[k].lemma_ in self.speech_verbs:
                before = [m for m in mentions if start <= m.start and k - 3 <= m.end <= k]
                after = [m for m in mentions if k < m.start < k + 3]  # "said Roe: “..."
                before_speaker = before[-1] if before else (after[0] if after else None)
                break
        if before_speaker is not None and not ended:
            return before_speaker
        # After it: "...,” Roe said." or "...,” said Roe."
        closing = CLOSING_QUOTES | ({'"'} if texts[open_at] == '"' else set())
        close = next((k for k in range(i + 1, min(len(doc), i + QUOTE_REACH)) if texts[k] in closing), -1)
        nxt = [m for m in mentions if close < m.start <= close + 3] if close >= 0 else []
        if nxt:
            m = nxt[0]
            if m.end < len(doc) and doc[m.end].lemma_ in self.speech_verbs:
                return m
            if any(doc[j].lemma_ in self.speech_verbs for j in range(close + 1, m.start)):
                return m
        return before_speaker

    def _place_government(
        self, doc: Doc, lowers: list[str], i: int, taken: list[bool], lo: int
    ) -> Mention | None:
        """ "the city" as a party, after "in St. Louis": the City of St. Louis; else None."""
        n = len(doc)
        if lowers[i] != "the" or i + 2 >= n or taken[i + 1]:
            return None
        head = self.r.place_governments.get(lowers[i + 1])
        if head is None or doc[i + 2].text in ("'s", "’s") or lowers[i + 2] == "of":
            return None  # "the state of New Mexico" names itself
        if doc[i + 2].is_alpha and lowers[i + 2] not in GOVERNMENT_FOLLOWERS:
            # "the city council", "the state legislature": another actor; but "sued the county
            # last week", where the parse says "county" heads its own phrase, may be a county
            # named before it
            compound = doc[i + 1].head.i > i + 1 and doc[i + 1].dep_ in ("compound", "nmod", "amod")
            if compound or not doc.has_annotation("DEP"):
                return None
            return self._named_county(doc, i, head, lo)
        for k in range(i - 1, lo - 1, -1):
            if lowers[k] != "in" or k + 1 >= i or taken[k + 1] or not doc[k + 1].text[:1].isupper():
                continue
            e = k + 1
            while e < i and e < k + 5 and doc[e].text[:1].isupper() and not taken[e]:
                e += 1
            place = doc[k + 1 : e].text.rstrip(",")
            if doc[k + 1].lower_ in PLACE_STOP or not place:
                return None
            return self._government(i, f"{head} of {place}", doc[k + 1], doc[e - 1])
        return self._named_county(doc, i, head, lo)

    def _named_county(self, doc: Doc, i: int, head: str, lo: int) -> Mention | None:
        """ "the county" after "Roosevelt County employee Frank Piocos": the county named last before
        it, as written ("Roosevelt County"): capitalised words ending in "County", not opening the
        sentence, and not the start of another name ("Harbor County Commission"; a title may follow:
        "Orange County Supervisor Todd Spitzer")."""
        if head != "County":
            return None  # "the city" after "Kansas City" or "the state" after "New York State": no
        for k in range(i - 1, lo, -1):
            if doc[k].text != head or not (doc[k - 1].is_title and doc[k - 1].is_alpha):
                continue
            after = doc[k + 1] if k + 1 < len(doc) else None
            if (
                after is not None
                and after.is_title
                and after.is_alpha
                and after.lower_ not in self.title_words
            ):
                continue
            s = k
            while (
                s - 1 >= lo
                and k - s < 4
                and doc[s - 1].is_title
                and doc[s - 1].is_alpha
                and not doc[s - 1].is_sent_start
                and doc[s - 1].lower_ not in self.title_words
            ):
                s -= 1
            if s == k:
                continue  # "County" alone opens its sentence
            return self._government(i, doc[s : k + 1].text, doc[s], doc[k])
        return None

    def _government(self, i: int, name: str, first: Token, last: Token) -> Mention:
        """ "the city" / "the county" at token I as the government NAME, whose place is written
        from FIRST to LAST."""
        return Mention(
            i,
            i + 2,
            _norm_key(name),
            name,
            self.r.place_government_type,
            "description",
            self.r.description_confidence,
            first.idx,
            last.idx + len(last),
        )

    def _owner(
        self,
        doc: Doc,
        lowers: list[str],
        i: int,
        taken: list[bool],
        resolved: list[Mention],
        sent_of: list[int],
        sent_starts: list[int],
    ) -> Mention | None:
        """For "the (new sentencing) policy" at I with no owner written: a reference to the
        latest official before it who could have made it; else None."""
        owned = self.r.owned
        assert owned is not None
        n = len(doc)
        k = i + 1
        while k < n and k < i + 4 and lowers[k] not in self.owned_nouns:
            tok = doc[k]
            if taken[k] or not tok.is_alpha or lowers[k] in self.not_modifiers or lowers[k] in self.pronouns:
                return None
            k += 1
        if k >= n or lowers[k] not in self.owned_nouns or taken[k]:
            return None
        end = k + 1
        while end < n and lowers[end] in self.owned_nouns and not taken[end]:
            end += 1  # "the reform agenda"
        if end < n and (lowers[end] in ("of", "by", "from") or lowers[end] in DEFINING):
            return None  # "the policies of Gascón", "the directives that Gascón issued"
        ranked = self._antecedents(i, owned.types, resolved, sent_of, sent_starts, False)
        if not ranked:
            return None
        # "Lee blasted the directive": if the nearest official is the relation's subject, the
        # owner is the next one (relations fall back to the alternative).
        return self._resolved(doc, i, end, ranked, "owner", owned.confidence, alternative=True)

    def _resolved(
        self, doc: Doc, start: int, end: int, ranked: list[Mention], kind: str, conf: float, alternative: bool
    ) -> Mention:
        """A reference over START:END to RANKED[0]; with ALTERNATIVE, the next-best antecedent of
        another key is kept as its fall-back ("The governor took her cases": not the governor)."""
        ante = ranked[0]
        # A chain of references is as good as its last link: "He ... He" stays 0.8.
        ref = self._ref(doc, start, end, ante, kind, conf * (1.0 if ante.is_reference else ante.confidence))
        alt = next((m for m in ranked[1:] if m.key != ante.key), None) if alternative else None
        if alt is not None:
            a = self._ref(doc, start, end, alt, kind, conf)
            ref.alt_key, ref.alt_name, ref.alt_type = a.key, a.name, a.type
            ref.alt_start, ref.alt_end = a.ante_start, a.ante_end
        return ref

    def _description_at(self, lowers: list[str], pos: int, taken: list[bool]) -> tuple[list[str], int] | None:
        """(allowed types, length) of the longest description starting at POS."""
        for size in range(self.max_desc, 0, -1):
            words = tuple(lowers[pos : pos + size])
            if len(words) == size and words in self.descriptions and not any(taken[pos : pos + size]):
                return self.descriptions[words], size
        return None

    def _modifier(self, doc: Doc, lowers: list[str], k: int, taken: list[bool]) -> bool:
        """True if doc[K] may modify a description: a lower-case word that is no determiner,
        preposition, conjunction or pronoun ("the powerful union", "the county bar association")."""
        if k >= len(doc):
            return False
        tok = doc[k]
        return (
            not taken[k]
            and tok.is_alpha
            and tok.is_lower
            and lowers[k] not in self.not_modifiers
            and lowers[k] not in self.pronouns
        )

    @staticmethod
    def _place_word(doc: Doc, k: int, taken: list[bool]) -> bool:
        """True if doc[K] is a capitalised word no actor claims: a place before a description."""
        if k >= len(doc) or taken[k]:
            return False
        tok = doc[k]
        return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.lower_ not in PLACE_STOP

    def _apposed_to(self, pos: int, mentions: list[Mention]) -> Mention | None:
        """For a description at POS right after "<Name>," (an apposition), that name's mention."""
        doc = self._doc
        if pos < 2 or doc[pos - 1].text != ",":
            return None
        k = bisect.bisect_left(self._starts, pos - 1) - 1
        if k < 0:
            return None
        m = mentions[k]
        if m.end != pos - 1 or m.is_reference or m.kind == "group":
            return None
        return m

    @staticmethod
    def _defined_end(doc: Doc, lowers: list[str], end: int) -> int:
        """If the description ending at END is defined by what follows -- a restrictive relative
        clause ("that ...", "who ...") or a place ("in St. Louis") -- the end of its name (END
        itself for a clause, after the place for a place); else -1."""
        n = len(doc)
        if end >= n:
            return -1
        if lowers[end] in DEFINING:
            return end
        if lowers[end] in PLACE_PREPOSITIONS and end + 1 < n and doc[end + 1].text[:1].isupper():
            k = end + 1
            while (
                k < n
                and k < end + 5
                and doc[k].text[:1].isupper()
                and (doc[k].is_alpha or doc[k].text.endswith("."))
            ):
                k += 1
            if lowers[k - 1] in ("court", "courthouse"):
                return -1  # "a lawsuit against the supervisors in Superior Court": a venue
            return k
        return -1

    def _head_antecedent(
        self,
        pos: int,
        words: list[str],
        allowed: list[str],
        mentions: list[Mention],
        sent_of: list[int],
        sent_starts: list[int],
        lowers: list[str],
    ) -> Mention | None:
        """The latest actor before POS (within `head_window` sentences, if set) whose name, or
        the title written before it, contains all the description's WORDS ("the project" ->
        "Prevention Project Dunkelfeld", "the judge" -> "Judge James C. Chalfant")."""
        window = self.r.head_window
        lo = 0 if window is None else sent_starts[max(0, sent_of[pos] - window)]
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_left(self._starts, pos)
        want = set(words)
        for m in reversed(mentions[first:last]):
            if m.end > pos or m.kind == "pronoun":
                continue
            if (
                want <= self._name_words(m.name)
                or (m.kind == "title" and want <= set(lowers[max(0, m.start - 3) : m.start]))
            ) and self.compatible(m.type, allowed):
                return m
        return None

    def _name_words(self, name: str) -> frozenset[str]:
        got = self._words_of.get(name)
        if got is None:
            got = self._words_of[name] = frozenset(_NON_WORD.sub(" ", name.casefold()).split())
        return got

    def _antecedents(
        self,
        pos: int,
        allowed: list[str],
        mentions: list[Mention],
        sent_of: list[int],
        sent_starts: list[int],
        subject_position: bool,
        far: bool = False,
        subject_only: bool = False,
    ) -> list[Mention]:
        """Compatible actors mentioned before POS (within the window, or with FAR anywhere
        before it), the most likely antecedent first."""
        here = sent_of[pos]
        earliest = 0 if far else here - self.r.window
        lo = sent_starts[max(0, earliest)]
        if not far:
            lo = max(lo, pos - WINDOW_REACH)
        # MENTIONS is sorted by start: look only at the window before POS.
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_left(self._starts, pos)
        cands = [m for m in mentions[first:last] if m.end <= pos and self.compatible(m.type, allowed)]
        if not cands:
            return []
        # Actors governed by a preposition ("charges against actor X") are rarely what a later
        # pronoun picks up; use them only when nothing else fits.
        free = [m for m in cands if not self._governed(m)]
        ranked = list(reversed(free)) + list(reversed([m for m in cands if self._governed(m)]))
        # Within its own sentence a governed actor is still nearer than any earlier one: "ruled
        # against Gascón, blocking his policy", "critics of Gascón want to recall him".
        ranked.sort(key=lambda m: sent_of[m.start] != here)
        if subject_position:
            # "Roe has a long donation history: he gave ...": the parser began a new sentence at
            # the pronoun inside ours; our sentence's subject, before it, is the nearest subject
            own = [m for m in free or cands if sent_of[m.start] == here]
            heads = (
                {t.head.i for t in self._doc[own[0].start : own[0].end] if t.dep_ in ("nsubj", "nsubjpass")}
                if own
                else set()
            )
            if heads and self._doc[pos].head.i not in heads and self._doc[pos].head.dep_ == "ROOT":
                return [own[0], *(m for m in ranked if m is not own[0])]
            # Nearest earlier sentence that has a compatible actor: its first one.
            for k in range(here - 1, earliest - 1, -1):
                in_sent = [m for m in free or cands if sent_of[m.start] == k]
                if in_sent and subject_only and not self._is_subject(in_sent[0]):
                    break  # "A federal judge will not reinstate Warren. But he ...": not Warren
                if in_sent:
                    # its subject, else its first actor: "Former counsel to Gov. A, Roe was
                    # nominated by B. He ...": Roe
                    top = next((m for m in in_sent if self._is_subject(m)), in_sent[0])
                    return [top, *(m for m in ranked if m is not top)]
        return ranked

    def _only_one(self, pos: int, allowed: list[str], mentions: list[Mention]) -> str | None:
        """The key of the one named actor of a compatible type before POS, if there is one only."""
        last = bisect.bisect_left(self._starts, pos)
        keys = {m.key for m in mentions[:last] if not m.is_reference and self.compatible(m.type, allowed)}
        return next(iter(keys)) if len(keys) == 1 else None

    def _is_subject(self, m: Mention) -> bool:
        """M is the subject of its sentence's main verb."""
        return any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in self._doc[m.start : m.end]
        )

    def _governed(self, m: Mention) -> bool:
        doc = self._doc
        if m.start > 0 and doc[m.start - 1].lower_ in GOVERNING:
            return True
        # "nominated by President Biden": a title stands between the preposition and the name
        head = doc[m.end - 1]
        prep = head.head
        return (
            head.dep_ == "pobj"
            and prep.lower_ in GOVERNING
            and prep.i < m.start
            and all(t.pos_ == "PROPN" for t in doc[prep.i + 1 : m.start])
        )

    @staticmethod
    def _ref(doc: Doc, start: int, end: int, ante: Mention, kind: str, conf: float) -> Mention:
        if ante.is_reference:
            a_start, a_end = ante.ante_start, ante.ante_end
        else:
            a_start, a_end = doc[ante.start].idx, doc[ante.end - 1].idx + len(doc[ante.end - 1])
        return Mention(start, end, ante.key, ante.name, ante.type, kind, round(conf, 4), a_start, a_end)


@Language.factory("pk_references", default_config={"rules": {}, "type_ancestors": {}})
def make_references(
    nlp: Language, name: str, rules: dict[str, Any], type_ancestors: dict[str, list[str]]
) -> References:
    return References(nlp, rules, type_ancestors)

"""The fullest name a document gives an actor that the registry does not know.

News names an actor in full once and then shortens it: "Gov. Ron DeSantis" becomes "DeSantis",
"the San Francisco Police Officers Association (POA)" becomes "the POA", and titles run into names
("Att. Gen. Ken Paxton"). A proposal should name the actor as a curator would, by the fullest name
the text gives. The names of a document are its actor mentions and the trained pipeline's PERSON
and ORG entities; a shorter name takes the longest of them that
- has all its words and ends with the same word ("DeSantis" -> "Ron DeSantis"), or
- is spelled by it as an acronym, from the initials of its capitalised words ("POA" -> "Police
  Officers Association", preferring "San Francisco Police Officers Association" whose initials end
  with it),
after leading title words are taken off ("General Andrew Bailey" -> "Andrew Bailey").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nicknames import NickNamer
from spacy.tokens import Doc

from kg.extraction import tokens
from kg.extraction.mentions import NAMED_KINDS, NER, get_mentions

SMALL = {"of", "for", "and", "the", "&", "on", "in", "to", "at", "a", "an"}
CONNECTORS = {"and", "&", "of", "for"}
_WORD = re.compile(r"[\w’'.&-]+")


# Abbreviations a name may be written with or without: the fuller form wins.
EXPANSIONS = {"pac": ["political", "action", "committee"], "&": ["and"]}


def _words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name) if w not in ("'s", "’s")]


def _expanded(words: list[str]) -> list[str]:
    """Lower-case words with abbreviations spelled out ("PAC" -> political action committee)."""
    out: list[str] = []
    for w in words:
        out += EXPANSIONS.get(w.lower(), [w.lower()])
    return out


def initials(name: str) -> str:
    """The initials of NAME's capitalised words, its small words left out: "American Civil
    Liberties Union" -> "ACLU"."""
    return "".join(w[0] for w in _words(name) if w.lower() not in SMALL and w[:1].isupper())


# a chapter's number after an organisation's name: "Fraternal Order of Police Lodge 7"
CHAPTER = re.compile(r"\s+(?:Lodge|Local|Chapter)\s+(?:No\.\s*)?\d+\w*$")


class FullNames:
    def __init__(
        self,
        doc: Doc,
        titles: Iterable[str],
        forms: dict[str, str] | None = None,
        org_heads: Iterable[str] = (),
    ):
        # Longest first, so that "district attorney" goes before "district" could; the last word of
        # a two-word title too, for a name cut inside it ("General Andrew Bailey")
        words = {t.lower() for t in titles}
        words |= {t.split()[-1] for t in words if len(t.split()) > 1 and t.split()[-1] not in SMALL}
        self.titles = sorted(words, key=len, reverse=True)
        self.doc = doc
        self.forms = forms or {}
        self.org_heads = {h.lower() for h in org_heads}
        self.entities = [(s, e) for s, e, _label in doc.user_data.get(NER, [])]
        names: set[str] = set()
        # "Manhattan DA Alvin Bragg" once: "the Manhattan DA" alone is Alvin Bragg afterwards
        self.titled: dict[str, set[str]] = {}
        for m in get_mentions(doc):
            if m.kind in NAMED_KINDS:
                names.add(self.untitled(self.repaired(m.name, m.start, m.end)))
            if m.kind == "title":
                # the capitalised words just before the name ("Manhattan DA" Alvin Bragg)
                k = m.start
                while k > max(0, m.start - 4) and doc[k - 1].text[:1].isupper():
                    k -= 1
                    if doc[k].is_sent_start:
                        break
                title = self.full_title(doc[k : m.start].text)
                if title:
                    self.titled.setdefault(title, set()).add(m.name)
        # (not an entity of the model that runs an office into a person's name: "Director of
        # Victim Services Heather Amador", where the name found is "Heather Amador")
        titled_ends = {(m.start, m.end) for m in get_mentions(doc) if m.kind == "title"}
        for start, end, _label in doc.user_data.get(NER, []):
            if any(s > start and e == end for s, e in titled_ends):
                continue
            text = doc[start:end].text.strip()
            first, _, rest = text.partition(" ")
            if first.lower() in COURT_ROLES and rest:
                text = rest  # "Plaintiff Parks Miller": a party's role in a court's writing
            if "(" in text and ")" not in text:
                text = text[: text.index("(")].strip()  # the model's "Nance County Board (Board"
            names.add(self.untitled(text[4:] if text.lower().startswith("the ") else text))
        self.names = sorted((n for n in names if n), key=lambda n: (-len(_words(n)), n))
        # each name's words, lower-cased and spelled out, once: fullest() compares every mention's
        # name with every name of the document
        self.expanded = [(n, _expanded(_words(n))) for n in self.names]

    def untitled(self, name: str) -> str:
        """NAME without the titles that open it ("Att. Gen. Ken Paxton" -> "Ken Paxton"), as long as
        a name of two capitalised words or more remains ("Justice Department" stays), and not from an
        organisation's name ("Justice Forward Fund": "Justice" is no judge there)."""
        rest = name.strip()
        if rest.split() and rest.split()[-1].lower() in self.org_heads:
            return rest
        changed = True
        while changed:
            changed = False
            low = rest.lower()
            for t in self.titles:
                if low.startswith(t + " "):
                    after = rest[len(t) + 1 :].lstrip()
                    words = after.split()
                    if len(words) >= 2 and all(w[:1].isupper() for w in words[:2]):
                        rest, changed = after, True
                    break
        return rest

    def full_title(self, text: str) -> str:
        """TEXT in lower case with its title words in full ("Florida Gov." -> "florida governor")."""
        return " ".join(self.forms.get(w, w) for w in _plain(text).split())

    def title_holder(self, description: str) -> str | None:
        """The one official the document named with this title ("the Manhattan DA" after "Manhattan
        DA Alvin Bragg"); party and tenure words do not count ("the Republican Governor" after
        "Governor Ron DeSantis"). None when no one, or more than one, holds it."""
        words = self.full_title(description).split()
        while words and words[0] in PARTY_WORDS:
            words = words[1:]
        if not words:
            return None
        phrase = " ".join(words)
        holders = self.titled.get(phrase, set())
        if not holders and len(words) >= 1:
            # "the state attorney" after "Hillsborough County State Attorney Andrew Warren"
            holders = {
                n for title, names in self.titled.items() if title.endswith(" " + phrase) for n in names
            }
        return next(iter(holders)) if len(holders) == 1 else None

    def repaired(self, name: str, start: int, end: int) -> str:
        """A named entity that ends the mention at tokens START..END and is shorter replaces NAME
        ("Later Reyes" -> "Reyes": the capitalised first word of a sentence ran into the name)."""
        written = self.doc[start:end].text.strip()
        if name not in (written, written[4:]):
            return name  # a name the components made (a court read from a citation) stays
        # (not inside one organisation's name, which its head word ends: "the Mesa County
        # Republican Party Executive Committee" is not the model's "Party Executive Committee";
        # "the union and the Detectives Association" is two)
        ends_with_head = self.doc[end - 1].lower_ in self.org_heads

        def one_name(s: int) -> bool:
            # ("Rep. Jane Roe's PAC": a possessive inside one organisation's name, "Rep." a title;
            # "Liberty and Justice PAC": a connector between capitalised words, but not after a
            # title: "former Attorney General and Idaho Supreme Court Justice Jim Jones")
            return (
                ends_with_head
                and all(
                    (t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")))
                    or t.text in tokens.POSSESSIVES
                    or (t.lower_ in CONNECTORS and t.i > start and self.doc[t.i + 1].text[:1].isupper())
                    for t in self.doc[start:s]
                )
                and not any(t.lower_ in self.titles for t in self.doc[start:s])
            )

        # ("the Black Political Caucus of Charlotte-Mecklenburg" is not the place its "of" names)
        inner = [
            s
            for s, e in self.entities
            if start < s
            and e == end
            and not one_name(s)
            and not any(
                t.lower_ in ("of", "for") and t.i > start and t.nbor(-1).lower_ in self.org_heads
                for t in self.doc[start:s]
            )
        ]
        # "California Justice" cut at "and": the entity that starts with it and goes on past a
        # connector ("and Public Safety"), capitalised words only after it
        longer = [
            e
            for s, e in self.entities
            if s in (start, start - 1)
            and e > end + 1
            and self.doc[end].lower_ in CONNECTORS
            and all(tok.text[:1].isupper() or tok.lower_ in CONNECTORS for tok in self.doc[end + 1 : e])
        ]
        if inner:
            text = self.doc[inner[0] : end].text
        elif longer:
            text = self.doc[start : max(longer)].text
        else:
            return name
        return text[4:] if text.lower().startswith("the ") else text

    def fullest(self, name: str, start: int = -1, end: int = -1) -> str:
        """The fullest name for NAME, the name of a mention at tokens START..END (if given)."""
        base = self.untitled(self.repaired(name, start, end) if start >= 0 else name)
        words = _words(base)
        if not words:
            return name
        holder = self.title_holder(base)
        if holder is not None:
            return self.fullest(holder)
        if (
            len(words) in (2, 3, 4)
            and words[0].lower() in PARTY_MEMBERS
            and all(w[:1].isupper() and w.lower() not in self.org_heads for w in words[1:])
            and any(
                len(nw) >= 2 and nw[-1] == words[-1].lower() and nw[0] not in PARTY_MEMBERS
                for _, nw in self.expanded
            )
        ):
            # "the Republican Noone" after "Mike Noone": Noone, who is a Republican
            return self.fullest(" ".join(words[1:]))
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            acro = words[0].replace(".", "")
            exact = [n for n in self.names if initials(n) == acro]
            longer = [n for n in self.names if len(initials(n)) > len(acro) and initials(n).endswith(acro)]
            # "the FOP" after "Fraternal Order of Police Lodge 7": the chapter's initials are no
            # part of the acronym
            chapter = [n for n in self.names if CHAPTER.search(n) and initials(CHAPTER.sub("", n)) == acro]
            for pool in (longer, chapter, exact):
                if pool:
                    return pool[0]
            return base
        low = _expanded(words)
        if (len(low) == 2 and low[0] in self.titles) or (
            len(words) == 2 and " ".join(low[:-1]) in self.titles  # "DA Gill": "da" spelled out
        ):
            # "DA Gill", whose title untitled() keeps: the person named in full with that surname
            # (a name of no title and no connector: not "DA Gill" itself, nor "Friends of Gill")
            stop = CONNECTORS | set(self.titles)
            full = [
                n
                for n in self.names
                if len(nw := [w.lower() for w in _words(n)]) >= 2 and nw[-1] == low[-1] and not stop & set(nw)
            ]
            if len(full) == 1:
                return full[0]
        titled = None
        for n, nw in self.expanded:
            if len(nw) > 2 and nw[-1] in GENERATIONS and low[-1] not in GENERATIONS:
                nw = nw[:-1]  # "Rideout" for "Willie J. Rideout Jr."
            if len(nw) > len(low) and nw[-1] == low[-1] and set(low) <= set(nw):
                if (set(nw) - set(low)) & CONNECTORS:
                    continue  # "Supporters of Recall Pamela Price" is a committee, not Pamela Price
                if nw[0] in PARTY_MEMBERS and low[0] not in PARTY_MEMBERS:
                    continue  # "Democrat Golik" (a headline's) is Golik described, not a fuller name
                if nw[0] in self.titles:
                    titled = titled or n  # "DA Gill": only if the text has no "Sim Gill"
                    continue
                return n
        if titled is not None:
            return self.fullest(titled)
        governed = 0 <= end < len(self.doc) and self.doc[end].lower_ == "government"
        for n, nw in self.expanded:
            # "Protect SA" after "Protect SA PAC": the name with its organisation's head word (not
            # "the Centre County government" after "Centre County Court")
            if (
                len(nw) == len(low) + 1
                and nw[: len(low)] == low
                and nw[-1] in self.org_heads
                and not governed
            ):
                return n
        for n, nw in self.expanded:
            # "Kim Foxx" and "Kimberly Foxx", "Tony Scarpino" and "Anthony Scarpino" in one text: a
            # first name's short form or nickname
            if len(nw) == len(low) == 2 and nw[-1] == low[-1] and first_name_of(low[0], nw[0]):
                return n
        return base


def first_name_of(short: str, full: str) -> bool:
    """SHORT is a short form or a nickname of the longer first name FULL. (The list relates some
    names both ways, "tony" and "anthony": the longer is the full one.)"""
    return _short_form(short, full) or (len(full) > len(short) and short in _nicknames().nicknames_of(full))


@cache
def _nicknames() -> NickNamer:
    # The hand-curated English nickname list of the `nicknames` package (Apache-2.0): "tony" is a
    # nickname of "anthony", "bill" of "william".
    return NickNamer()


def _short_form(short: str, full: str) -> bool:
    """SHORT is FULL cut short ("kim" / "kimberly", "chris" / "christopher"): three letters or more."""
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short)


COURT_ROLES = {"plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "respondent"}
GENERATIONS = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}  # after a surname: "Willie Rideout Jr."
PARTY_MEMBERS = {"democrat", "republican", "libertarian"}
PARTY_WORDS = {"democratic", "democrat", "republican", "gop", "former", "then", "acting", "embattled"}


def _plain(text: str) -> str:
    words = text.strip().rstrip(",").lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)

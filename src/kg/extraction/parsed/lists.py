"""Who a word names: its conjuncts, the items of a list, the names it holds."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extraction.fullnames import PARTY_MEMBERS
from kg.extraction.parsed.base import (
    COUNTS,
    NOUN_POS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    QUANTIFIERS,
)


class Lists:
    """Part of `Parsed` (component.py): who a word names: its conjuncts, the items of a list, the names it
    holds.
    """

    # -- arguments ---------------------------------------------------------------------------------
    def conjuncts(self, tok: Token) -> list[Token]:
        """TOK and the words conjoined to it ("the city, the union and the mayor"); for a common noun
        with a list ("candidates, including Roe and Doe"), the listed words."""
        out = [tok]
        for t in tok.conjuncts:
            if t.pos_ in NOUN_POS and t not in out:
                out.append(t)
        # "sued Linda Park, Omar Diaz and the union": the small model often reads a list of names as
        # an apposition; a name in apposition to a name (both named entities) is one more item
        for t in list(out):
            for a in t.children:
                if a.dep_ == "appos" and t.i in self.ner_at and a.i in self.ner_at:
                    out += [a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS)]
        for t in list(out):
            # a role, or a title written capitalised and alone ("the district's outgoing
            # Representative, Dane Eagle")
            role = (t.pos_ == "NOUN" and t.tag_ == "NN") or (
                t.pos_ == "PROPN" and t.lower_ in self.title_words
            )
            if role and t.i not in self.ner_at:
                # "to elect the current state attorney, Ana Ayala": the name the role stands for
                named = [
                    a
                    for a in t.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and (a.i in self.ner_at or a.ent_type_)
                ]
                # "sued the parish's district attorney, Joe Roe, the state agency, and its head":
                # an organisation in apposition to the role's person, with more items after it,
                # goes on the list
                out += named + [
                    x
                    for n in named
                    for a in n.children
                    if a.dep_ == "appos" and a.ent_kb_id_ in ("org", "registry") and a.conjuncts
                    for x in (a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS))
                ]
            out += self._plural_names(t)
        if tok.pos_ == "NOUN" or tok.tag_ == "NNPS" or tok.lower_ in PARTY_MEMBERS:
            # "candidates, including Roe"; "Republicans like Roe and Doe" (which the parser may
            # hang on the verb, right after the noun's phrase)
            after = tok.right_edge.i + 1
            beside = (
                [c for c in tok.head.head.children if c.i == after]
                if tok.dep_ == "pobj"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and tok.tag_ in ("NNS", "NNPS")
                else []
            )
            for c in [*tok.children, *beside]:
                # "labor organizations such as A and B": "as" with "such" on it
                such_as = c.lower_ == "as" and any(x.lower_ == "such" for x in c.children)
                if c.dep_ == "prep" and (c.lower_ in ("including", "like") or such_as):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            items = [o, *(t for t in o.conjuncts if t.pos_ in NOUN_POS)]
                            # "big names like former coaches A and B": the names the plural holds
                            out += items + [n for t in items for n in self._plural_names(t)]
        if tok.lower_ in QUANTIFIERS:
            # "Some of the attorneys – including A, B and C – are listed": the names listed
            for o in self.prep_objects(tok, ["of"]):
                out += [
                    x for d in o.subtree for x in self.prep_objects(d, ["including"]) if x.pos_ == "PROPN"
                ]
            # "attacks against some of them, including A, B and C"
            out += [x for x in self.prep_objects(tok, ["including"]) if x.pos_ == "PROPN"]
        for t in list(out):
            out += self._elaborated(t) + self._after_parenthesis(t) + self._counted_names(t)
        out += self._as_well_as(tok)
        if tok.pos_ == "PROPN":
            out += self._listed_names(tok)
            out += self._after_home(tok)
        return sorted(set(out), key=lambda t: t.i)

    @staticmethod
    def _plural_names(t: Token) -> list[Token]:
        """ "former mayors Wellington Webb and Federico Peña", "the two mayors, A and B": the names
        the plural T holds, in apposition right after it."""
        if not (t.pos_ == "NOUN" and t.tag_ == "NNS"):
            return []
        out: list[Token] = []
        for a in t.children:
            if (
                a.dep_ == "appos"
                and a.pos_ == "PROPN"
                and (a.left_edge.i == t.i + 1 or (a.left_edge.i == t.i + 2 and t.nbor().text == ","))
            ):
                out += [a, *(c for c in a.conjuncts if c.pos_ in NOUN_POS)]
        return out

    def _after_home(self, tok: Token) -> list[Token]:
        """ "state Sen. A of Foxboro and state Rep. B of North Attleboro": the parser joins B to
        A's town; a person conjoined to the place after A's "of" is one more item."""
        out: list[Token] = []
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for place in p.children:
                    if place.dep_ == "pobj" and not self._person(place):
                        out += [c for c in place.conjuncts if c.pos_ == "PROPN" and self._person(c)]
        return out

    def _person_type(self, type_: str) -> bool:
        """TYPE_ is Person or a type the ontology puts under it ("Legislator", "HeadProsecutor")."""
        return "Person" in self.ancestors.get(type_, ())

    def _court_type(self, type_: str) -> bool:
        """TYPE_ is Court or a type the ontology puts under it."""
        return "Court" in self.ancestors.get(type_, ())

    def _person(self, t: Token) -> bool:
        return self._person_type(t.ent_type_) or self.ner_at.get(t.i, (0, 0, ""))[2] == "PERSON"

    def _organisation(self, t: Token) -> bool:
        return not self._person(t) and (
            t.ent_kb_id_ in ("org", "registry") or self.ner_at.get(t.i, (0, 0, ""))[2] == "ORG"
        )

    def _clean_name(self, t: Token) -> bool:
        """T is the last word of a named entity of a few words without punctuation: a name, not a
        stretch of a list the model took for one ("The Caucus, Service Employees Union (SEIU")."""
        hit = self.ner_at.get(t.i)
        if hit is None:
            return False
        start, end, _label = hit
        span = t.doc[start:end]
        return t.i == end - 1 and len(span) <= 5 and not any(w.is_punct and w.text != "." for w in span)

    def _listed_names(self, tok: Token) -> list[Token]:
        """ "Sheriff Terry Wagner, former police chiefs Jeff Bliemeister and Jim Peschong, and Lynn
        Ayers": a list of names, some with a role in front, which the small model parses as a chain
        of appositions and conjunctions through the role's plural. Every name reached from TOK
        through conj and appos links alone is listed; a name under a preposition or a possessive
        ("Roe, a former aide to Mayor Doe", "Roe, Doe's lawyer") is not."""
        out: list[Token] = []
        todo = [tok]
        seen = {tok.i}
        while todo:
            t = todo.pop()
            for c in t.children:
                # (the role's plural may be mis-tagged a verb: "chiefs" as VBZ)
                if c.dep_ not in ("conj", "appos") or c.i in seen:
                    continue
                seen.add(c.i)
                todo.append(c)
                if c.pos_ == "PROPN" and c.i > tok.i and self._clean_name(c):
                    out.append(c)
        return out

    def _counted_names(self, t: Token) -> list[Token]:
        """ "two GOP nominees for county commissioner, A and B": the parser hangs the names on the
        preposition's noun; as many names as the plural counts spell it out."""
        if t.tag_ != "NNS":
            return []
        counts = [c for c in t.children if c.dep_ == "nummod"]
        wanted = COUNTS.get(counts[0].lower_) if counts else None
        if wanted is None:
            return []
        for p in t.children:
            if p.dep_ != "prep":
                continue
            for o in p.children:
                for a in o.children:
                    if (
                        a.dep_ == "appos"
                        and a.pos_ == "PROPN"
                        and (a.i in self.ner_at or a.ent_type_)
                        and t.doc[a.left_edge.i - 1].text == ","
                    ):
                        names = self._named_list(a)
                        if len(names) == wanted:
                            return names
        return []

    @staticmethod
    def _as_well_as(tok: Token) -> list[Token]:
        """ "endorsements from numerous unions, as well as former DA Jane Roe": the parser may hang
        the words after "as well as" on the verb, beside the phrase that holds TOK."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "conj"):
                verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "received support from X"
        elif tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        for c in verb.children:
            if (
                c.i > tok.i
                and c.lower_ == "as"
                and c.dep_ == "cc"
                and any(w.lower_ == "well" for w in c.children)
            ):
                return [
                    x
                    for x in verb.children
                    if x.i > c.i
                    and x.pos_ in NOUN_POS
                    and x.dep_ in ("dobj", "conj", "pobj", "npadvmod", "appos")
                    for x in [x, *(y for y in x.conjuncts if y.pos_ in NOUN_POS)]
                ]
        return []

    def _named_list(self, a: Token) -> list[Token]:
        """A name and the names conjoined or apposed to it: the items of a list of names."""
        out, todo = [], [a]
        while todo and len(out) < 20:
            c = todo.pop()
            if c not in out:
                out.append(c)
                todo += [x for x in c.conjuncts if x.pos_ == "PROPN"]
                todo += [x for x in c.children if x.dep_ == "appos" and (x.i in self.ner_at or x.ent_type_)]
        return out

    def _elaborated(self, t: Token) -> list[Token]:
        """ "the board and individual members - A, B and C -", "three members of the council: A, B
        and C": names after a colon or a dash spell out the common noun just before it. The parser
        hangs them on the noun or on the phrase's head ("support" in "the support of three members:
        A"), so the heads above a plural's "of" are read too."""
        if t.pos_ != "NOUN":
            return []
        doc = t.doc
        heads = [t]
        h = t
        while t.tag_ == "NNS" and len(heads) < 4:
            if h.dep_ == "pobj" and h.head.lower_ == "of":
                h = h.head.head
            elif h.dep_ == "conj":
                h = h.head
            else:
                break
            if h.pos_ != "NOUN":
                break
            heads.append(h)
        out: list[Token] = []
        for h in heads:
            for a in h.children:
                if a.dep_ != "appos" or a.pos_ != "PROPN" or not (a.i in self.ner_at or a.ent_type_):
                    continue
                mark = a.left_edge.i - 1
                if (
                    t.i < mark
                    and doc[mark].text in (":", "-", "–", "—")
                    # nothing but the noun's own words between it and the mark
                    and all(
                        t.left_edge.i <= k <= t.right_edge.i and t in doc[k].ancestors
                        for k in range(t.i + 1, mark)
                    )
                ):
                    out += self._named_list(a)
        return out

    def _after_parenthesis(self, t: Token) -> list[Token]:
        """ "from Rep. Ann Tate (D-Marion), former councilmember Joe Blake and Lisa Ford": after a
        name's parenthesis the parser starts a new phrase; the names after the comma go on the
        list."""
        doc = t.doc
        end = t.right_edge.i
        if t.i not in self.ner_at or doc[end].text != ")" or end + 2 >= len(doc) or doc[end + 1].text != ",":
            return []
        nxt = doc[end + 2]
        h = nxt
        while h.head.i != h.i and h.head.left_edge.i == nxt.i:
            h = h.head
        if h.pos_ != "PROPN" or h.i not in self.ner_at or h in t.ancestors:
            return []
        return self._named_list(h)

    def list_items(self, tok: Token) -> list[Token]:
        """A list of parties, which the small model reads as a chain of appositions and
        conjuncts ("the city, the union, its president Carl Dunn and special prosecutor X"):
        every noun of the chain."""
        out: list[Token] = []
        todo = [tok]
        inside: set[int] = set()  # words of a title's "of" ("Speaker of the House Emanuel Welch")
        doc = tok.doc
        while todo and len(out) < 20:
            t = todo.pop()
            if t.pos_ in NOUN_POS and t not in out and t.i not in inside:
                out.append(t)
            todo += [c for c in t.children if c.dep_ in ("appos", "conj")]
            # "the city of Harbor Falls, the union, ...": the list may hang on the "of"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        if any(
                            a.dep_ == "appos"
                            and a.i > o.i
                            and not any(w.is_punct for w in doc[o.i + 1 : a.i])
                            for a in o.children
                        ):
                            inside.add(o.i)  # a name right after the "of", no comma: the title's holder
                        todo.append(o)
        return sorted(out, key=lambda t: t.i)

    def along_with(self, tok: Token) -> list[Token]:
        """The items of "along with Y and Z" / "together with Y" hanging on TOK."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("along", "together"):
                for w in c.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        out += [t for o in w.children if o.dep_ == "pobj" for t in self.conjuncts(o)]
        return out

    def trailing_including(self, verb: Token, subject: Token) -> list[Token]:
        """ "Several unions have endorsed Roe, including A and B": a plural subject's members,
        listed after a named object (not "endorsed several candidates, including A")."""
        if subject.lower_ in ("number", "handful", "host", "slew", "couple", "group"):
            # "A number of labor unions have endorsed her campaign, including A and B"
            subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children), subject)
        if subject.tag_ != "NNS" or subject.pos_ != "NOUN":
            return []
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        if len(objects) != 1 or objects[0].tag_ in ("NNS", "NNPS"):
            return []
        out: list[Token] = []
        for holder in (verb, objects[0]):
            for p in holder.children:
                if p.dep_ == "prep" and p.lower_ == "including" and p.i > objects[0].i:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += [o, *(t for t in o.conjuncts if t.pos_ in NOUN_POS)]
        return out

    def with_holder(self, with_: Token) -> list[Token]:
        """Who has what "with" brings: the subject of the verb it hangs on ("Roe is armed with",
        "Roe enters the race with"), or the name it follows in apposition ("Roe, with ...").
        Not after a verb or adjective that takes "with" as its target ("disagreed with",
        "unhappy with"), which says nothing of who has it."""
        owner = with_.head
        if owner.pos_ == "PROPN" and with_.dep_ == "prep":
            return [owner]
        if owner.pos_ not in ("VERB", "AUX") or owner.lemma_ in self.d.with_targets:
            return []
        verb = owner
        while verb.dep_ in ("xcomp", "conj", "acomp") and not self.subjects_of(verb):
            verb = verb.head
        if owner.tag_ == "VBN" and owner.dep_ in ("acomp", "ROOT", "conj", "xcomp"):
            passive = [c for c in owner.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if passive:
                return passive  # "Roe was armed with ..."
        return self.subjects_of(verb)

"""`kg synth`: a synthetic graph of the same shape as the built one, at any size, for benchmarks.

Same shape means: the ontology itself; actors typed with the ontology's actor classes, with labels,
descriptions, aliases and (for prosecutors) office holdings; documents with their metadata; and per
document, reified assertions (subject, relation and the relations it counts as, object, curation,
dates, amounts, case names) with one or two pieces of evidence each (a Web Annotation with a
TextQuoteSelector and a TextPositionSelector), plus the direct edge. The relation mix follows the
curated graph; hubs (a few actors in many assertions) come from a skewed choice of endpoints, as in
real coverage.

The output is N-Triples (.nt, and .ttl, which Turtle parsers read), N-Quads (.nq) or TriG (.trig:
one named graph per document, like graph/prosecutor-kg.trig). It is seeded: the same arguments
give the same file. Beside it, FILE.samples.json lists parameter values that exist in the data
(prosecutors, their opponents and funders, edges with evidence) for the benchmark's queries: the
busiest actors ("samples") and actors drawn uniformly ("typical").
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.base.errors import KGError
from kg.base.folding import fold
from kg.base.verbs import descends

PK = "https://w3id.org/prosecutor-kg/ontology#"
ID = "https://w3id.org/prosecutor-kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
TYPE = f"<{RDF}type>"

# How often each relation occurs among the curated assertions (graph/, November 2026); relations
# of the ontology not listed here get weight 1.
RELATION_MIX = {
    "criticized": 28, "opposed": 23, "supported": 14, "funded": 11, "ruledAgainst": 10, "sued": 10,
    "endorsed": 6, "controls": 6, "memberOf": 5, "defeated": 5, "soughtRemovalOf": 3,
    "reassignedCasesFrom": 3, "succeeded": 2, "left": 1, "hired": 1, "fired": 1,
}  # fmt: skip
# Who is in the news: actor types, weighted. Prosecutors are a quarter of all actors (a national
# graph covers ~2,400 offices); the rest are their allies, opponents and funders.
TYPE_MIX = {
    "HeadProsecutor": 25, "PoliceUnion": 6, "Politician": 6, "Person": 8, "Judge": 4, "Court": 3,
    "AdvocacyOrganization": 6, "PAC": 4, "ActionFund": 2, "Donor": 3, "Foundation": 2, "Legislator": 4,
    "Governor": 1, "Sheriff": 2, "PoliceOfficial": 3, "ProsecutorAssociation": 2, "ProsecutorsUnion": 1,
    "Journalist": 3, "MediaOutlet": 3, "CityCouncil": 2, "Activist": 3, "GovernmentAgency": 2,
    "AttorneyGeneral": 1, "DeputySheriffsUnion": 1, "Group": 3,
}  # fmt: skip
PERSON_TYPES = {
    "HeadProsecutor",
    "Politician",
    "Person",
    "Judge",
    "Donor",
    "Legislator",
    "Governor",
    "Sheriff",
    "PoliceOfficial",
    "Journalist",
    "Activist",
    "AttorneyGeneral",
}
FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
    "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra "
    "Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol "
    "Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura "
    "Jeffrey Cynthia Ryan Dorothy Jacob Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Emma "
    "Larry Brenda Justin Pamela Scott Nicole Brandon Anna Benjamin Samantha Samuel Katherine Aramis "
    "Rachael Kim Chesa Wesley Parisa Diana Mike Marilyn Tiffany Jose Kathy Deborah Ana"
).split()
LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
    "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
    "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster "
    "Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez "
    "Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West "
    "Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall "
    "Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb "
    "Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason "
    "Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren "
    "Krasner Gascon Boudin Foxx Rollins Mosby Ayala Larkin Chisholm Satterberg Vance Ogg Creuzot"
).split()
PLACES = (
    "Philadelphia Los-Angeles Chicago Houston Phoenix San-Antonio San-Diego Dallas Austin Jacksonville "
    "Columbus Charlotte Indianapolis Seattle Denver Boston Nashville Detroit Portland Memphis Louisville "
    "Baltimore Milwaukee Albuquerque Tucson Fresno Sacramento Atlanta Omaha Raleigh Miami Oakland "
    "Minneapolis Tulsa Tampa Orlando Cleveland Pittsburgh Cincinnati St-Louis Kansas-City Newark "
    "Brooklyn Manhattan Queens Bronx Buffalo Rochester Richmond Norfolk Birmingham Jackson New-Orleans "
    "Little-Rock Des-Moines Madison Boise Reno Las-Vegas Salt-Lake Anchorage Honolulu Hartford "
    "Providence Burlington Wilmington Charleston Savannah Mobile Knoxville Lexington Dayton Toledo "
    "Akron Fort-Worth El-Paso Corpus-Christi Lubbock Spokane Tacoma Eugene Boulder Aurora Mesa Irvine "
    "San-Jose San-Francisco Alameda Contra-Costa Marin Ventura Riverside Kern Orange-Osceola Hillsborough "
    "Broward Palm-Beach Duval Pinellas Cook Wayne Suffolk Nassau Westchester Erie Monroe Fulton DeKalb "
    "Travis Harris Bexar Tarrant Maricopa Pima Clark Washoe King Pierce Multnomah Hennepin Ramsey"
).split()
ORG_PATTERNS = {
    "PoliceUnion": ("{p} Fraternal Order of Police Lodge {n}", "{p} Police Officers Association"),
    "Court": ("{p} County Court of Common Pleas", "{p} Superior Court, Department {n}"),
    "AdvocacyOrganization": ("{p} Justice Coalition", "Citizens for Safe {p}", "{p} Bail Fund"),
    "PAC": ("{p} Safety and Justice PAC", "Fair Justice {p} PAC {n}"),
    "ActionFund": ("{p} Justice Action Fund", "Reform {p} Fund {n}"),
    "Foundation": ("{p} Community Foundation", "The {l} Family Foundation"),
    "ProsecutorAssociation": ("{p} District Attorneys Association", "{p} Prosecutors Council {n}"),
    "ProsecutorsUnion": ("Association of Deputy District Attorneys of {p}",),
    "MediaOutlet": ("The {p} Gazette", "{p} Public Radio", "{p} Daily News"),
    "CityCouncil": ("{p} City Council",),
    "GovernmentAgency": ("{p} Department of Corrections", "{p} Sentencing Commission"),
    "DeputySheriffsUnion": ("Association for {p} Deputy Sheriffs",),
    "Group": ("{p} line prosecutors", "victims' families in {p}", "{p} business owners"),
}
VERBS = {
    "criticized": "criticized", "opposed": "campaigned against", "supported": "backed",
    "funded": "gave money to", "ruledAgainst": "ruled against", "sued": "sued", "endorsed": "endorsed",
    "controls": "controls",
    "memberOf": "is a member of", "defeated": "defeated", "soughtRemovalOf": "sought the removal of",
    "reassignedCasesFrom": "took cases away from", "succeeded": "succeeded", "left": "left", "hired": "hired",
    "fired": "fired",
}  # fmt: skip
FILLER = (
    "the district attorney's office said in a statement that the policy on cash bail and charging "
    "would remain in place while critics in the police union and the state legislature argued it had "
    "made neighborhoods less safe, a claim the data did not support according to court records reviewed "
    "by reporters"
).split()


@dataclass
class Stats:
    triples: int = 0
    actors: int = 0
    prosecutors: int = 0
    documents: int = 0
    assertions: int = 0
    evidence: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    samples: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # the busiest actors
    typical: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # actors drawn uniformly


def lit(value: str, datatype: str | None = None) -> str:
    """An N-Triples literal."""
    s = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{s}"^^<{datatype}>' if datatype else f'"{s}"'


def iri(value: str) -> str:
    return f"<{value}>"


@dataclass
class Actor:
    iri: str
    label: str
    type: str
    slug: str


class Ontology:
    """What the generator takes from ontology/: its triples, actor classes, relations."""

    def __init__(self, ontology_dir: Path):
        import pyoxigraph as ox

        files = sorted(p for p in ontology_dir.glob("*.ttl") if p.name != "shapes.ttl")
        if not files:
            raise KGError("no ontology files", ontology_dir)
        store = ox.Store()
        for f in files:
            store.load(path=str(f), format=ox.RdfFormat.TURTLE)
        self.ntriples = [
            line for line in ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode().splitlines() if line
        ]
        q_types = f"SELECT ?c WHERE {{ ?c <{RDFS}subClassOf>* <{PK}Actor> }}"
        self.types = {s["c"].value.removeprefix(PK) for s in store.query(q_types)}
        q_rels = (
            f"SELECT ?p ?parent WHERE {{ ?p <{RDFS}subPropertyOf>+ <{PK}relatedTo> . "
            f"OPTIONAL {{ ?p <{RDFS}subPropertyOf> ?parent }} }}"
        )
        self.parents: dict[str, set[str]] = defaultdict(set)
        for s in store.query(q_rels):
            name = s["p"].value.removeprefix(PK)
            if s["parent"] is not None:
                self.parents[name].add(s["parent"].value.removeprefix(PK))
        self.relations = sorted(self.parents)
        # The pk:countsAs of an assertion of each relation: itself and every property above it
        # (rdfs:subPropertyOf*, whatever its namespace), as the build writes them.
        q_above = (
            f"SELECT ?p ?above WHERE {{ ?p <{RDFS}subPropertyOf>+ <{PK}relatedTo> ; "
            f"<{RDFS}subPropertyOf>* ?above }}"
        )
        self.counts_as: dict[str, list[str]] = defaultdict(list)
        for s in store.query(q_above):
            self.counts_as[s["p"].value.removeprefix(PK)].append(s["above"].value)
        for above in self.counts_as.values():
            above.sort()

    def under(self, relation: str, ancestor: str) -> bool:
        return relation == ancestor or descends(self.parents, relation, ancestor)


class Generator:
    def __init__(self, onto: Ontology, target: int, seed: int):
        self.onto, self.target, self.rng = onto, target, random.Random(seed)  # noqa: S311 - not crypto
        self.stats = Stats()
        self.relations = [r for r in onto.relations if r in VERBS]
        self.rel_weights = [RELATION_MIX.get(r, 1) for r in self.relations]
        missing = set(TYPE_MIX) - onto.types
        if missing:
            raise KGError(f"the ontology lacks actor types the generator uses: {', '.join(sorted(missing))}")
        self.actors: list[Actor] = []
        self.prosecutors: list[Actor] = []
        self.others: list[Actor] = []
        self.edges: Counter[tuple[str, str, str]] = Counter()  # (subject, relation, object) -> assertions
        self.reviewed: Counter[tuple[str, str, str]] = Counter()  # the same, reviewed assertions only
        self.by_relation_object: dict[tuple[str, str], list[str]] = defaultdict(list)
        # (date, assertion, document) of each dated assertion: their pk:timelinePosition is written
        # once all are known, as the build writes it
        self.dated: list[tuple[str, str, str]] = []
        # (object, subject, assertion, document) of every assertion, for their pk:listingPosition
        self.listed: list[tuple[str, str, str, str]] = []

    # --- actors ------------------------------------------------------------------------------------

    def _unique(self, label: str, used: set[str]) -> str:
        if label not in used:
            used.add(label)
            return label
        for n in itertools.count(2):
            cand = f"{label} ({n})"
            if cand not in used:
                used.add(cand)
                return cand
        raise AssertionError("unreachable")

    def make_actors(self, n: int) -> Iterator[str]:
        types = list(TYPE_MIX)
        weights = [TYPE_MIX[t] for t in types]
        used: set[str] = set()
        rng = self.rng
        for i in range(n):
            t = types[i] if i < len(types) else rng.choices(types, weights)[0]  # every type at least once
            place = rng.choice(PLACES).replace("-", " ")
            if t in PERSON_TYPES:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                label = self._unique(f"{first} {last}", used)
                aliases = [last, f"{first[0]}. {last}"]
                if t == "HeadProsecutor":
                    aliases.append(f"District Attorney {label}")
            else:
                pattern = rng.choice(ORG_PATTERNS.get(t, ("{p} {l} Committee",)))
                label = self._unique(pattern.format(p=place, n=rng.randint(1, 99), l=rng.choice(LAST)), used)
                words = [w for w in label.replace("'", "").split() if w[0].isupper()]
                aliases = ["".join(w[0] for w in words)] if len(words) > 2 else []
            slug = f"synth-{i}-" + "-".join(
                "".join(c for c in label.lower() if c.isalnum() or c == " ").split()
            )
            a = Actor(f"{ID}actor/{slug}", label, t, slug)
            self.actors.append(a)
            (self.prosecutors if t == "HeadProsecutor" else self.others).append(a)
            s = iri(a.iri)
            yield f"{s} {TYPE} <{PK}{t}> ."
            yield f"{s} <{RDFS}label> {lit(label)} ."
            yield f"{s} <{PK}labelKey> {lit(fold(label))} ."  # search keys, as the build writes them
            yield f"{s} <{SCHEMA}description> {lit(f'{t} in {place} (synthetic).')} ."
            for al in dict.fromkeys([label, *aliases]):
                yield f"{s} <{PK}alias> {lit(al)} ."
                yield f"{s} <{PK}aliasKey> {lit(fold(al))} ."
            if t == "HeadProsecutor":
                office = f"{a.iri}/office/district-attorney-{place.lower().replace(' ', '-')}"
                yield f"{s} <{PK}holdsOffice> <{office}> ."
                yield f"<{office}> {TYPE} <{PK}OfficeHolding> ."
                yield f"<{office}> <{RDFS}label> {lit(f'District Attorney, {place}')} ."
                yield f"<{office}> <{PK}officeTitle> {lit('District Attorney')} ."
                yield f"<{office}> <{PK}jurisdiction> {lit(place)} ."
                yield f"<{office}> <{PK}former> {lit(str(rng.random() < 0.2).lower(), XSD + 'boolean')} ."
        self.stats.actors = len(self.actors)
        self.stats.prosecutors = len(self.prosecutors)
        # Skewed choice: a few actors appear in many assertions (weights ~ 1/rank).
        self._p_weights = list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(self.prosecutors))))
        self._o_weights = list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(self.others))))

    def _prosecutor(self) -> Actor:
        return self.rng.choices(self.prosecutors, cum_weights=self._p_weights)[0]

    def _other(self) -> Actor:
        return self.rng.choices(self.others, cum_weights=self._o_weights)[0]

    def _pair(self, rel: str) -> tuple[Actor, Actor]:
        rng = self.rng
        if self.onto.under(rel, "opposed") or self.onto.under(rel, "supported"):
            # Mostly about prosecutors: who fights them, who backs them.
            obj = self._prosecutor() if rng.random() < 0.85 else self._other()
            subj = self._other() if rng.random() < 0.9 else self._prosecutor()
        else:
            subj, obj = self._other(), self._other() if rng.random() < 0.7 else self._prosecutor()
        if subj is obj:
            obj = self.prosecutors[0] if subj is not self.prosecutors[0] else self.prosecutors[-1]
        return subj, obj

    # --- documents and assertions --------------------------------------------------------------------

    def document(self, i: int) -> tuple[str, list[str]]:
        rng = self.rng
        name = f"{i:06d}_synth"
        doc = f"{ID}document/synth/{name}"
        date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        genre = rng.choice(["news article", "opinion column", "law review article"])
        place = rng.choice(PLACES).replace("-", " ")
        meta = [
            f"<{doc}> {TYPE} <{PK}Document> .",
            f"<{doc}> <{PK}fileName> {lit(name + '.txt')} .",
            f"<{doc}> <{DCT}title> {lit(f'Prosecutors and their critics in {place}, part {i}')} .",
            f"<{doc}> <{SCHEMA}publisher> {lit(f'The {place} Gazette')} .",
            f"<{doc}> <{DCT}date> {lit(date, XSD + 'date')} .",
            f"<{doc}> <{PK}genre> {lit(genre)} .",
            f"<{doc}> <{PK}sha256> {lit(hashlib.sha256(name.encode()).hexdigest())} .",
        ]
        return doc, meta

    def assertion(self, doc: str, n: int, offset: int) -> tuple[list[str], int]:
        rng = self.rng
        rel = rng.choices(self.relations, self.rel_weights)[0]
        subj, obj = self._pair(rel)
        a = f"{ID}assertion/synth/{doc.rsplit('/', 1)[1]}/{n}"
        curation = "reviewed" if rng.random() < 0.85 else "candidate"
        out = [
            f"<{a}> {TYPE} <{PK}Assertion> .",
            f"<{a}> <{RDF}subject> <{subj.iri}> .",
            f"<{a}> <{RDF}predicate> <{PK}{rel}> .",
            f"<{a}> <{RDF}object> <{obj.iri}> .",
            *(f"<{a}> <{PK}countsAs> <{above}> ." for above in self.onto.counts_as[rel]),
            f"<{a}> <{RDFS}label> {lit(f'{subj.label} {rel} {obj.label}')} .",
            f"<{a}> <{PK}curation> {lit(curation)} .",
            f"<{a}> <{PK}statedIn> <{doc}> .",
        ]
        if (subj.iri, rel, obj.iri) not in self.edges:  # the direct edge, once: a store keeps no duplicates
            out.append(f"<{subj.iri}> <{PK}{rel}> <{obj.iri}> .")
        if curation == "candidate":
            out.append(f"<{a}> <{PK}confidence> {lit(f'{rng.uniform(0.5, 0.95):.2f}', XSD + 'decimal')} .")
        if rng.random() < 0.4:
            date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.append(f"<{a}> <{PK}date> {lit(date, XSD + 'date')} .")
            self.dated.append((date, a, doc))
        if rel == "funded" and rng.random() < 0.8:
            out.append(f"<{a}> <{PK}amount> {lit(str(rng.randint(1, 400) * 5000), XSD + 'decimal')} .")
            out.append(f"<{a}> <{PK}currency> {lit('USD')} .")
        if rel == "sued" and rng.random() < 0.6:
            out.append(
                f"<{a}> <{PK}caseName> {lit(f'{subj.label.split()[-1]} v. {obj.label.split()[-1]}')} ."
            )
            if rng.random() < 0.5:
                out.append(
                    f"<{a}> <{PK}outcome> {lit(rng.choice(['dismissed', 'settled', 'pending', 'won']))} ."
                )
        if rng.random() < 0.3:
            out.append(f"<{a}> <{PK}note> {lit('Synthetic assertion for benchmarks.')} .")
        for _ in range(1 if rng.random() < 0.6 else 2):
            quote = f"{subj.label} {VERBS[rel]} {obj.label}, " + " ".join(
                rng.sample(FILLER, rng.randint(6, 24))
            )
            start = offset + rng.randint(0, 2000)
            end = start + len(quote)
            offset = end
            e = f"{a}/evidence/{start}-{end}"
            t, qs, ps = f"{e}#target", f"{e}#quote", f"{e}#position"
            out += [
                f"<{a}> <{PK}hasEvidence> <{e}> .",
                f"<{e}> {TYPE} <{PK}Evidence> .",
                f"<{e}> {TYPE} <{OA}Annotation> .",
                f"<{e}> <{PROV}wasDerivedFrom> <{doc}> .",
                f"<{e}> <{OA}hasBody> <{a}> .",
                f"<{e}> <{OA}hasTarget> <{t}> .",
                f"<{t}> {TYPE} <{OA}SpecificResource> .",
                f"<{t}> <{OA}hasSource> <{doc}> .",
                f"<{t}> <{OA}hasSelector> <{qs}> .",
                f"<{t}> <{OA}hasSelector> <{ps}> .",
                f"<{qs}> {TYPE} <{OA}TextQuoteSelector> .",
                f"<{qs}> <{OA}exact> {lit(quote)} .",
                f"<{qs}> <{PK}quoteKey> {lit(fold(quote))} .",
                f"<{qs}> <{OA}prefix> {lit(' '.join(rng.sample(FILLER, 5))[:32])} .",
                f"<{qs}> <{OA}suffix> {lit(' '.join(rng.sample(FILLER, 5))[:32])} .",
                f"<{ps}> {TYPE} <{OA}TextPositionSelector> .",
                f"<{ps}> <{OA}start> {lit(str(start), XSD + 'integer')} .",
                f"<{ps}> <{OA}end> {lit(str(end), XSD + 'integer')} .",
            ]
            self.stats.evidence += 1
        self.listed.append((obj.iri, subj.iri, a, doc))
        self.stats.assertions += 1
        self.stats.relations[rel] = self.stats.relations.get(rel, 0) + 1
        self.edges[(subj.iri, rel, obj.iri)] += 1
        if curation == "reviewed":  # what the named queries find by default (they bind curation)
            self.reviewed[(subj.iri, rel, obj.iri)] += 1
            self.by_relation_object[(rel, obj.iri)].append(subj.iri)
        return out, offset

    # --- samples for the benchmark ----------------------------------------------------------------------

    def samples(self, k: int = 5, mode: str = "busiest") -> dict[str, list[dict[str, str]]]:
        """Parameter values that exist in the data, k per named query: the busiest actors (the heaviest
        lookups), or, with mode "typical", actors drawn uniformly among those the query finds."""
        rng = random.Random(len(self.actors))  # noqa: S311 - its own stream: the file does not change
        labels = {a.iri: a.label for a in self.actors}
        opp = {r for r in self.relations if self.onto.under(r, "opposed")}
        opposed_in, opposed_out, funded_in = Counter(), Counter(), Counter()
        for (s, r, o), n in self.reviewed.items():
            if r in opp:
                opposed_in[o] += n
                opposed_out[s] += n
            if r == "funded":
                funded_in[o] += n

        def pick(items: Counter[str] | list[Any]) -> list[Any]:
            if isinstance(items, Counter):
                if mode == "busiest":
                    return [labels[i] for i, _ in items.most_common(k)]
                return [labels[i] for i in rng.sample(sorted(items), min(k, len(items)))]
            return items[:k] if mode == "busiest" else rng.sample(items, min(k, len(items)))

        sued = [(s, o) for (s, r, o) in self.reviewed if r == "sued"]
        paths = []
        for s, r, o in self.reviewed:  # funder -> prosecutor <- opponent: two steps
            if r == "funded":
                opponents = [x for rel in opp for x in self.by_relation_object.get((rel, o), []) if x != s]
                if opponents:
                    paths.append({"from": labels[s], "to": labels[opponents[0]]})
            if len(paths) >= 50 * k:
                break
        targets = pick(opposed_in)
        words = [
            labels[i].split()[-1]
            for i in (
                list(opposed_in)[:k]
                if mode == "busiest"
                else rng.sample(sorted(opposed_in), min(k, len(opposed_in)))
            )
        ]
        return {
            "who-opposed": [{"target": t} for t in targets],
            "whom-opposed": [{"actor": a} for a in pick(opposed_out)],
            "who-funded": [{"target": t} for t in pick(funded_in)],
            "lawsuits": [{}],
            "endorsements": [{}],
            "profile": [{"actor": t} for t in targets],
            "evidence": [
                {"subject": labels[s], "relation": "sued", "object": labels[o]} for s, o in pick(sued)
            ],
            "coalitions": [{}],
            "shortest-path": pick(paths),
            "timeline": [{}],
            "relation": [{"relation": "opposed", "object": t} for t in targets],
            "search": [{"text": w} for w in words],
        }


def synthesize(out: Path, triples: int, seed: int = 1, ontology_dir: Path | None = None) -> Stats:
    """Write a synthetic graph of about TRIPLES triples (it stops at the first assertion boundary at or
    past it) to OUT, and its samples to OUT.samples.json. Returns what was written."""
    if ontology_dir is None:
        from kg.base.paths import Project

        ontology_dir = Project.find().ontology_dir
    if triples < 1000:
        raise KGError("--triples must be at least 1000 (the ontology alone has several hundred)")
    fmt = {".nt": "nt", ".ttl": "nt", ".nq": "nq", ".trig": "trig"}.get(out.suffix)
    if fmt is None:
        raise KGError(f"cannot tell the format from {out.name!r}: use .nt, .ttl, .nq or .trig")
    onto = Ontology(ontology_dir)
    gen = Generator(onto, triples, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        _write(fh, gen, onto, triples, fmt)
    tmp.replace(out)
    gen.stats.samples = gen.samples()
    gen.stats.typical = gen.samples(mode="typical")
    sample_file = out.with_name(out.name + ".samples.json")
    sample_file.write_text(json.dumps(asdict(gen.stats), indent=1, ensure_ascii=False), encoding="utf-8")
    return gen.stats


def _write(fh: IO[str], gen: Generator, onto: Ontology, target: int, fmt: str) -> None:
    st = gen.stats

    def default(lines: Iterator[str] | list[str]) -> None:
        for line in lines:
            fh.write(line + "\n")
            st.triples += 1

    default(onto.ntriples)
    # About one actor per 100 triples (7-13 triples each), at least one of every type.
    default(gen.make_actors(max(len(TYPE_MIX), target // 100)))
    offset, n_doc = 0, 0
    while st.triples < target:
        doc, meta = gen.document(n_doc)
        n_doc += 1
        default(meta)
        body: list[str] = []
        before = len(gen.dated) + len(gen.listed)
        for n in range(gen.rng.randint(4, 16)):
            lines, offset = gen.assertion(doc, n, offset)
            body += lines
            # (each assertion's listing position and each dated one's timeline position, written at
            # the end, count here)
            if st.triples + len(body) + len(gen.dated) + len(gen.listed) - before >= target:
                break
        _write_graph(fh, fmt, doc, body)
        st.triples += len(body) + len(gen.dated) + len(gen.listed) - before
    st.documents = n_doc
    # The timeline's and the listings' orders, as the build writes them (kg.builder.rdfgraph's
    # add_timeline_positions and add_listing_positions): each position in its assertion's document
    # graph (TriG and N-Quads may name a graph again).
    by_doc: dict[str, list[str]] = defaultdict(list)
    for position, (_date, a, doc) in enumerate(sorted(gen.dated), 1):
        by_doc[doc].append(f"<{a}> <{PK}timelinePosition> {lit(str(position), XSD + 'integer')} .")
    for position, (_o, _s, a, doc) in enumerate(sorted(gen.listed), 1):
        by_doc[doc].append(f"<{a}> <{PK}listingPosition> {lit(str(position), XSD + 'integer')} .")
    for doc, lines in by_doc.items():
        _write_graph(fh, fmt, doc, lines)


def _write_graph(fh: IO[str], fmt: str, doc: str, body: list[str]) -> None:
    """BODY's triples in the graph of DOC (TriG, N-Quads), or as plain triples."""
    if fmt == "trig":
        fh.write(f"<{doc}> {{\n")
        fh.writelines(f"  {line}\n" for line in body)
        fh.write("}\n")
    elif fmt == "nq":
        fh.writelines(f"{line[:-2]} <{doc}> .\n" for line in body)
    else:
        fh.writelines(line + "\n" for line in body)

"""Named SPARQL queries (queries/*.rq): their header, their parameters, and running them.

A header is comment lines at the top of the file:

    # question: Who opposed X? ...
    # param target: actor, required -- the actor who was opposed

Parameter kinds: actor (a name, alias or IRI, resolved to the actor's IRI), relation (a relation's
local name, label or IRI from the ontology), text (a plain literal), folded (a plain literal folded
by kg.base.folding, the rule of names and search keys: case, accents, punctuation ignored), integer.
Values are always
passed to the engine as bound terms; the query text is never edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.base.errors import EXIT_USAGE, KGError
from kg.querying.names import NameIndex, resolve
from kg.querying.store import Backend, Result, Term

XSD = "http://www.w3.org/2001/XMLSchema#"
KINDS = ("actor", "relation", "text", "folded", "integer")
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*,\s*(required|optional)\s*(?:--\s*(.*))?$")

RELATIONS_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?label WHERE { ?p rdfs:subPropertyOf* pk:relatedTo ; rdfs:label ?label }"""


class ParamError(KGError):
    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    description: str = ""


@dataclass
class NamedQuery:
    name: str
    path: Path
    question: str
    params: list[Param] = field(default_factory=list)
    text: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    question, params = "", []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        if line.lower().startswith("# question:"):
            question = line.split(":", 1)[1].strip()
        elif line.lower().startswith("# param"):
            m = _PARAM.match(line)
            if not m or m.group(2) not in KINDS:
                raise KGError(
                    f"bad parameter line (want '# param NAME: {'|'.join(KINDS)}, required|optional -- text')",
                    path,
                    lineno,
                )
            params.append(Param(m.group(1), m.group(2), m.group(3) == "required", m.group(4) or ""))
    if not question:
        raise KGError("named query has no '# question:' header line", path, 1)
    return NamedQuery(path.stem, path, question, params, text)


def load_named(queries_dir: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse_header(p) for p in sorted(queries_dir.glob("*.rq"))}


def get_named(queries_dir: Path, name: str) -> NamedQuery:
    """The named query NAME, looked up among the files of QUERIES_DIR: a name never becomes a path
    (so "../x" cannot read outside it, and a 300-character name is just unknown)."""
    files = {p.stem: p for p in queries_dir.glob("*.rq")}
    path = files.get(name)
    if path is None:
        import difflib

        known = sorted(files)
        close = difflib.get_close_matches(name, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(known)}"
        raise ParamError(f"no named query {name!r}{hint}")
    return parse_header(path)


class Resolver:
    """Turns user-typed parameter values into bound terms, using the data in the store."""

    def __init__(self, backend: Backend):
        self.backend = backend
        self._names: NameIndex | None = None
        self._relations: dict[str, str] | None = None

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex.from_backend(self.backend)
        return self._names

    @property
    def relations(self) -> dict[str, str]:
        """local name / label -> IRI, read from the ontology in the store."""
        if self._relations is None:
            rels: dict[str, str] = {}
            for r in self.backend.query(RELATIONS_QUERY).rows:
                iri, label = r["p"]["value"], r["label"]["value"]
                rels[iri.rsplit("#", 1)[-1].casefold()] = iri
                rels[label.casefold()] = iri
                rels[iri] = iri
            self._relations = rels
        return self._relations

    def actor(self, name: str) -> Term:
        return {"type": "uri", "value": resolve(self.names, name)}

    def relation(self, name: str) -> Term:
        iri = self.relations.get(name.strip()) or self.relations.get(name.strip().casefold())
        if iri is None:
            import difflib

            known = sorted({k for k in self.relations if not k.startswith("http")})
            close = difflib.get_close_matches(name.casefold(), known, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KGError(f"unknown relation {name!r}{hint}")
        return {"type": "uri", "value": iri}

    def term(self, param: Param, value: str) -> Term:
        if param.kind == "actor":
            return self.actor(value)
        if param.kind == "relation":
            return self.relation(value)
        if param.kind == "integer":
            if not re.fullmatch(r"[+-]?\d+", value.strip()):
                raise ParamError(f"parameter {param.name!r} takes an integer, not {value!r}")
            return {"type": "literal", "value": value.strip(), "datatype": XSD + "integer"}
        if param.kind == "folded":
            from kg.base.folding import fold

            key = fold(value)
            if not key:
                raise ParamError(f"parameter {param.name!r} has nothing to look for in {value!r}")
            return {"type": "literal", "value": key}
        return {"type": "literal", "value": value}


def bindings_for(
    nq: NamedQuery, values: dict[str, str], resolver: Resolver, include_candidates: bool = False
) -> dict[str, Term]:
    unknown = sorted(set(values) - {p.name for p in nq.params})
    if unknown:
        names = ", ".join(p.name for p in nq.params) or "none"
        raise ParamError(f"query {nq.name!r} has no parameter {unknown[0]!r} (parameters: {names})")
    out: dict[str, Term] = {}
    for p in nq.params:
        if p.name in values:
            out[p.name] = resolver.term(p, values[p.name])
        elif p.name == "curation" and not include_candidates:
            out[p.name] = {"type": "literal", "value": "reviewed"}
        elif p.required:
            raise ParamError(f"query {nq.name!r} needs --param {p.name}=… ({p.description})")
    return out


def run_named(
    backend: Backend,
    nq: NamedQuery,
    values: dict[str, str] | None = None,
    include_candidates: bool = False,
    resolver: Resolver | None = None,
) -> Result:
    """Run a named query with user-typed parameter VALUES."""
    resolver = resolver or Resolver(backend)
    return backend.query(nq.text, bindings_for(nq, values or {}, resolver, include_candidates))

"""Named SPARQL queries (queries/*.rq): their header, their parameters, and running them.

A header is comment lines at the top of the file:

    # question: Who opposed X? ...
    # param target: actor, required -- the actor who was opposed

Parameter kinds: actor (a name, alias or IRI, resolved to the actor's IRI), relation (a relation's
local name, label or IRI from the ontology), text (a plain literal), folded (a plain literal folded
by kg.base.folding, the rule of names and search keys: case, accents, punctuation ignored), integer.
Values are always passed to the engine as bound terms; the query text is never edited for them.

Paging. A whole-graph listing declares itself paged, with its default page size and how to count
all its rows:

    # page: 100 -- ...
    # total: SELECT ?curation (COUNT(*) AS ?total) WHERE { ... } GROUP BY ?curation

(a longer count on several `# total:` lines in a row, joined by line breaks) and holds the line
`LIMIT 100 OFFSET 0  # page` in the subquery that picks the page, so that only
the page's rows are looked up further (once per copy of that subquery, where a query needs the page
twice: profile joins its assertions' details to one copy and takes its types and offices from the
other; every such line gets the same numbers). Such a query takes two more parameters, `limit` and
`offset`: integers the runner checks and writes on that line (the only edit ever made to a query's
text, and never of a user's text). The total query runs with the same bindings (those of its
projected variables) and the sum of its ?total column is the listing's total row count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.base.errors import EXIT_USAGE, KGError
from kg.querying.names import INDEX_VERSION, NameIndex, resolve
from kg.querying.store import Backend, Result, Term
from kg.querying.textindex import PAGE_LINE

XSD = "http://www.w3.org/2001/XMLSchema#"
# Named queries give one row per assertion; an assertion's passages are joined into its ?quote
# with this separator (GROUP_CONCAT(DISTINCT ?q; separator=" | ")), so a spreadsheet's sum over
# the rows counts each figure once. The `evidence` query gives the passages one by one.
QUOTE_SEPARATOR = " | "
KINDS = ("actor", "relation", "text", "folded", "integer")
PAGE_PARAMS = ("limit", "offset")
MAX_PAGE = 10_000  # rows per page at most
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*,\s*(required|optional)\s*(?:--\s*(.*))?$")

RELATIONS_QUERY = """
PREFIX pk: <https://w3id.org/prosecutor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?label WHERE { ?p rdfs:subPropertyOf* pk:relatedTo ; rdfs:label ?label }"""


def split_quotes(joined: str | None) -> list[str]:
    """The passages of an assertion from its joined ?quote (see QUOTE_SEPARATOR), in order: stores
    join them in any order (GROUP_CONCAT), and one answer must read the same from any store."""
    return sorted(q for q in (joined or "").split(QUOTE_SEPARATOR) if q)


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
    page: int | None = None  # default rows per page of a paged listing (see the module's doc)
    total: str | None = None  # the query that counts a paged listing's rows

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    question, params, page, total = "", [], None, None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        if line.lower().startswith("# question:"):
            question = line.split(":", 1)[1].strip()
        elif line.lower().startswith("# page:"):
            m = re.match(r"#\s*page:\s*(\d+)\s*(?:--.*)?$", line, re.IGNORECASE)
            if not m or not 0 < int(m.group(1)) <= MAX_PAGE or not PAGE_LINE.search(text):
                raise KGError(
                    f"bad page line (want '# page: N -- text', N from 1 to {MAX_PAGE}, and a "
                    "'LIMIT N OFFSET 0  # page' line in the query)",
                    path,
                    lineno,
                )
            page = int(m.group(1))
        elif line.lower().startswith("# total:"):
            # One line, or several in a row (joined by line breaks, so the count may hold comment
            # lines of its own, such as search's `# text index:`).
            part = line.split(":", 1)[1].rstrip()
            total = part.strip() if total is None else f"{total}\n{part}"
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
    if (page is None) != (total is None):
        raise KGError("a paged query needs both a '# page:' and a '# total:' header line", path, 1)
    return NamedQuery(path.stem, path, question, params, text, page, total)


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
            cache = getattr(self.backend, "cache", None)  # an on-disk store's (kg.querying.store.ResultCache)
            if cache is not None:
                self._names = NameIndex.cached(
                    cache.folder / f"names-{INDEX_VERSION}.sqlite",
                    lambda: NameIndex.from_backend(self.backend),
                )
            else:
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


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def split_page(nq: NamedQuery, values: dict[str, str]) -> tuple[dict[str, str], Page | None]:
    """VALUES without `limit` and `offset`, and the page they ask for (the first page by default);
    no page for a query that is not paged."""
    rest = {k: v for k, v in values.items() if k not in PAGE_PARAMS}
    if nq.page is None:
        return values, None

    def number(key: str, default: int, least: int) -> int:
        raw = values.get(key)
        if raw is None:
            return default
        if not re.fullmatch(r"\+?\d{1,9}", raw.strip()) or int(raw) < least:
            raise ParamError(f"parameter {key!r} takes a whole number from {least}, not {raw!r}")
        return int(raw)

    limit = number("limit", nq.page, 1)
    if limit > MAX_PAGE:
        raise ParamError(f"parameter 'limit' is at most {MAX_PAGE} rows (a page), not {limit}")
    return rest, Page(limit, number("offset", 0, 0))


def page_text(nq: NamedQuery, page: Page | None) -> str:
    """The query's text for PAGE (its own text when it is not paged)."""
    if page is None:
        return nq.text
    return PAGE_LINE.sub(
        lambda m: f"{m.group(1)}LIMIT {page.limit} OFFSET {page.offset}{m.group(4)}", nq.text
    )


def total_text(nq: NamedQuery) -> str | None:
    """The query that counts a paged listing's rows, with the listing's prefixes."""
    if nq.total is None:
        return None
    prologue = "\n".join(
        line for line in nq.text.splitlines() if re.match(r"\s*(PREFIX|BASE)\s", line, re.IGNORECASE)
    )
    return f"{prologue}\n{nq.total}\n"


def count_total(backend: Backend, nq: NamedQuery, bindings: dict[str, Term]) -> int | None:
    """How many rows a paged listing has in all (None if it is not paged)."""
    text = total_text(nq)
    if text is None:
        return None
    head = text[: text.upper().find("WHERE")]
    mine = {k: v for k, v in bindings.items() if re.search(rf"[?$]{re.escape(k)}\b", head)}
    rows = backend.query(text, mine).rows
    return sum(int(r["total"]["value"]) for r in rows if "total" in r)


def page_total(
    backend: Backend, nq: NamedQuery, bindings: dict[str, Term], page: Page | None, shown: int
) -> int | None:
    """The total of a paged listing whose page PAGE gave SHOWN rows (all of them, none cut): a first
    page with fewer rows than it may hold is the whole listing, so its total is SHOWN and the count
    is not run (most lookups: one query instead of two); else count_total."""
    if page is not None and page.offset == 0 and shown < page.limit:
        return shown
    return count_total(backend, nq, bindings)


def bindings_for(
    nq: NamedQuery, values: dict[str, str], resolver: Resolver, include_candidates: bool = False
) -> dict[str, Term]:
    values, _ = split_page(nq, values)
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
    """Run a named query with user-typed parameter VALUES. For a paged listing (see the module's
    doc), the result is the page VALUES ask for and its `total` is the count of all rows."""
    resolver = resolver or Resolver(backend)
    values, page = split_page(nq, values or {})
    bindings = bindings_for(nq, values, resolver, include_candidates)
    result = backend.query(page_text(nq, page), bindings)
    result.total = page_total(backend, nq, bindings, page, len(result.rows)) if page is not None else None
    return result

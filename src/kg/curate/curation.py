"""Curated annotations: the entity registry and the per-document assertion files.

Both are YAML that people edit; this module validates them against a schema, checks every
reference (entity ids, relation and type names from the ontology, documents, quotes and their
offsets) and reports the first problem as one line naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from kg.base.errors import KGError
from kg.base.ontology import Ontology
from kg.base.yamlio import load_yaml, schema_error
from kg.curate.corpus import Document
from kg.curate.evidence import quote_matches
from kg.curate.hygiene import clean_name, name_key, nfc

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(v: object) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if v is None:
        return None
    s = str(v)
    if not _DATE.match(s):
        raise ValueError(f"date {s!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(x) for x in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise ValueError(f"date {s!r} is not a calendar date ({e})") from None
    return s


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Office(_Strict):
    title: str = Field(min_length=1)
    jurisdiction: str | None = None
    start: str | None = None
    end: str | None = None
    former: bool | None = None

    _dates = field_validator("start", "end", mode="before")(lambda v: check_date(v))


class Entity(_Strict):
    _line: int | None = PrivateAttr(default=None)  # where the registry lists it

    id: str = Field(pattern=SLUG)
    type: str | list[str]
    label: str = Field(min_length=1)
    aliases: list[str] = []
    description: str | None = None
    offices: list[Office] = []

    @field_validator("label")
    @classmethod
    def _label(cls, v: str) -> str:
        return clean_name(v)

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, v: list[str]) -> list[str]:
        return [clean_name(a) for a in v]

    @property
    def types(self) -> list[str]:
        return [self.type] if isinstance(self.type, str) else list(self.type)

    @property
    def line(self) -> int | None:
        return self._line

    @property
    def names(self) -> list[str]:
        """The label, then the aliases."""
        return [self.label, *self.aliases]


class Evidence(_Strict):
    quote: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    line: int | None = Field(default=None, ge=1)  # a hint for `kg locate`; not part of the graph

    _nfc = field_validator("quote")(lambda v: nfc(v))  # documents are NFC too (see load_corpus)


class Assertion(_Strict):
    id: str | None = Field(default=None, pattern=SLUG)
    subject: str
    relation: str
    object: str
    date: str | None = None
    amount: Decimal | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    amount_qualifier: str | None = None
    case: str | None = None
    outcome: str | None = None
    status: Literal["attempted", "threatened"] | None = None
    note: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    # Set on machine-extracted candidates only.
    confidence: float | None = Field(default=None, ge=0, le=1)
    rule: str | None = None
    negated: bool | None = None

    _date = field_validator("date", mode="before")(lambda v: check_date(v))

    @model_validator(mode="after")
    def _currency_with_amount(self) -> Assertion:
        if self.amount is not None and self.currency is None:
            self.currency = "USD"  # the corpus is American; "$" figures are US dollars
        if self.currency is not None and self.amount is None:
            raise ValueError("currency given without an amount")
        return self

    def qualifier_key(self) -> str:
        """What distinguishes two claims of the same relation between the same actors."""
        parts = [self.date, self.amount, self.case, self.status]
        if all(p is None for p in parts):
            return ""
        raw = "|".join("" if p is None else str(p) for p in parts)
        return hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()[:8]  # an id, not security

    def slug(self) -> str:
        if self.id:
            return self.id
        base = f"{self.subject}--{self.relation}--{self.object}"
        key = self.qualifier_key()
        return f"{base}--{key}" if key else base


class AssertionFile(_Strict):
    document: str
    assertions: list[Assertion] = []


@dataclass(frozen=True)
class Located:
    """An assertion with where it came from."""

    assertion: Assertion
    document: Document
    path: Path
    line: int | None
    curation: str = "reviewed"


def _unknown(kind: str, name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    return f"unknown {kind} {name!r}{hint}"


def load_registry(path: Path, onto: Ontology) -> dict[str, Entity]:
    data = load_yaml(path)
    if not isinstance(data, list):
        raise KGError("the entity registry must be a YAML list", path, getattr(data, "line", 1))
    entities: dict[str, Entity] = {}
    lines: dict[str, int | None] = {}
    names: dict[str, tuple[str, str]] = {}  # name_key -> (entity id, the name as written)
    for i, item in enumerate(data):
        try:
            ent = Entity.model_validate(item)
        except ValidationError as e:
            raise schema_error(e, data, path, (i,)) from None
        line = getattr(item, "line", None)
        if ent.id in entities:
            raise KGError(f"duplicate entity id {ent.id!r} (first on line {lines[ent.id]})", path, line)
        for t in ent.types:
            if t not in onto.types:
                tline = item.key_lines.get("type", line) if hasattr(item, "key_lines") else line
                raise KGError(_unknown("actor type", t, onto.actor_types), path, tline)
        for name in ent.names:
            other, written = names.setdefault(name_key(name), (ent.id, name))
            if other != ent.id:
                kind = "label" if name == ent.label else "alias"
                where = getattr(item, "key_lines", {}).get("label" if kind == "label" else "aliases", line)
                same = "" if written == name else f" as {written!r}"
                raise KGError(
                    f"duplicate {kind} {name!r}: entity {other!r} (line {lines[other]}) has the same "
                    f"name{same} (names are compared in Unicode NFKC, ignoring case)",
                    path,
                    where,
                )
        ent._line = line
        entities[ent.id] = ent
        lines[ent.id] = line
    return entities


def load_assertion_file(
    path: Path,
    registry: dict[str, Entity],
    onto: Ontology,
    corpus: dict[str, Document],
    curation: str = "reviewed",
) -> list[Located]:
    data = load_yaml(path)
    if data is None:
        raise KGError("file is empty", path)
    try:
        af = AssertionFile.model_validate(data)
    except ValidationError as e:
        raise schema_error(e, data, path) from None
    doc_line = data.key_lines.get("document") if hasattr(data, "key_lines") else None
    if af.document not in corpus:
        raise KGError(_unknown("document", af.document, list(corpus)), path, doc_line)
    doc = corpus[af.document]
    raw_items = data.get("assertions") or []
    known_relations = onto.assertable_relations
    out: list[Located] = []
    for a, raw in zip(af.assertions, raw_items, strict=True):
        line = getattr(raw, "line", None)

        def at(key: str, raw: Any = raw, line: int | None = line) -> int | None:
            return raw.key_lines.get(key, line) if hasattr(raw, "key_lines") else line

        for role in ("subject", "object"):
            ref = getattr(a, role)
            if ref not in registry:
                raise KGError(_unknown("entity", ref, list(registry)), path, at(role))
        if a.relation not in known_relations:
            raise KGError(_unknown("relation", a.relation, known_relations), path, at("relation"))
        for j, ev in enumerate(a.evidence):
            ev_line = getattr(raw["evidence"][j], "line", line)
            if ev.start is None or ev.end is None:
                raise KGError(
                    f"evidence has no offsets: run `kg locate {path.name}` to fill them in",
                    path,
                    ev_line,
                )
            if not quote_matches(doc.text, ev.start, ev.end, ev.quote):
                raise KGError(
                    f"quote not found in {doc.meta.file} at {ev.start}-{ev.end}: "
                    f"{ev.quote[:60]!r}{'...' if len(ev.quote) > 60 else ''}",
                    path,
                    ev_line,
                )
        out.append(Located(a, doc, path, line, curation))
    return out


def check_duplicates(located: list[Located]) -> None:
    """Two assertions of one document may not mint the same IRI."""
    seen: dict[tuple[str, str], Located] = {}
    for loc in located:
        key = (loc.document.stem, loc.assertion.slug())
        if key in seen:
            first = seen[key]
            raise KGError(
                f"duplicate assertion {key[1]!r} (also at {first.path.name}:{first.line}); "
                "merge the evidence into one assertion, or give one an explicit `id`",
                loc.path,
                loc.line,
            )
        seen[key] = loc

"""Registry aliases that could name several entities.

An alias is recorded because one text uses it for one actor; in a new text it may mean another.
Two kinds are flagged:

- **shared**: the alias, less a leading "the", is another actor's name, or the end of another
  actor's name after a proper-name qualifier. "Fraternal Order of Police" ends both "Chicago
  Fraternal Order of Police" and "Philadelphia Fraternal Order of Police": every city's lodge has
  that name, so as an alias of one lodge it would pull every other lodge's mentions to it.
- **description**: no proper name in it (after a leading determiner, no word starts with a capital
  letter or a digit): "judges", "The police group", "his own staff".

`kg validate` and `kg build` warn about both (kg.curate.inputs); the extractor does not use them to
link names in new documents (kg.extraction.names.registry_patterns). Comparison is on
kg.curate.hygiene.name_key, apostrophes unified, punctuation ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.curate.curation import Entity
from kg.curate.hygiene import name_key

_WORD = re.compile(r"[\w'’.-]*\w[\w'’.-]*")
_DETERMINERS = frozenset("the a an some his her their its this that these those".split())


@dataclass(frozen=True)
class Ambiguous:
    entity: str  # the id of the entity that has the alias
    alias: str
    line: int | None  # the entity's line in the registry
    shared_with: str | None = None  # for a shared name: the other entity's id ...
    other_name: str | None = None  # ... and its name that holds the alias

    @property
    def kind(self) -> str:
        return "shared" if self.shared_with else "description"


def _words(name: str) -> list[str]:
    return _WORD.findall(name.replace("’", "'"))


def _key(name: str) -> tuple[str, ...]:
    """The name's words, compared as names are (NFKC, case-folded), less a leading "the"."""
    words = [name_key(w).strip(".") for w in _words(name)]
    return tuple(words[1:] if words[:1] == ["the"] else words)


def is_description(alias: str) -> bool:
    """True if ALIAS holds no proper name: no capitalised word or number after a determiner."""
    words = _words(alias)
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return not any(w[0].isupper() or w[0].isdigit() for w in words)


def ambiguous_aliases(entities: Iterable[Entity]) -> list[Ambiguous]:
    """Every alias of ENTITIES that could name several entities, in registry order."""
    entities = list(entities)
    by_last: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)  # last word -> names
    for ent in entities:
        for name in ent.names:
            key = _key(name)
            if key:
                by_last[key[-1]].append((ent.id, name, key))
    out: list[Ambiguous] = []
    for ent in entities:
        for alias in ent.aliases:
            key = _key(alias)
            if not key:
                continue
            other = next(
                (
                    (oid, oname)
                    for oid, oname, okey in by_last[key[-1]]
                    if oid != ent.id and _holds(oname, okey, key)
                ),
                None,
            )
            if other is not None:
                out.append(Ambiguous(ent.id, alias, ent.line, *other))
            elif is_description(alias):
                out.append(Ambiguous(ent.id, alias, ent.line))
    return out


def _holds(name: str, key: tuple[str, ...], alias_key: tuple[str, ...]) -> bool:
    """True if NAME (KEY) is ALIAS_KEY, or ALIAS_KEY after a qualifier of capitalised words
    ("Chicago" + "Fraternal Order of Police"; not "police unions resisting" + "Krasner")."""
    if key == alias_key:
        return True
    n = len(alias_key)
    if len(key) <= n or key[-n:] != alias_key:
        return False
    words = _words(name)
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    qualifier = words[: len(words) - n]
    return bool(qualifier) and all(w[0].isupper() for w in qualifier)


def warnings(entities: Iterable[Entity], registry_file: str) -> list[str]:
    """Warning lines for REGISTRY_FILE: one for each shared name, one for all descriptions."""
    found = ambiguous_aliases(entities)
    out = []
    for a in found:
        if a.kind == "shared":
            where = f"{registry_file}:{a.line}" if a.line else registry_file
            out.append(
                f"{where}: alias {a.alias!r} of {a.entity!r} could name several entities "
                f"({a.shared_with!r} is called {a.other_name!r}); not used to link names in new documents"
            )
    described = [a for a in found if a.kind == "description"]
    if described:
        listing = ", ".join(f"{a.alias!r} ({a.entity})" for a in described)
        n = len(described)
        what = "alias is a description" if n == 1 else "aliases are descriptions"
        out.append(
            f"{registry_file}: {n} {what} without a proper name, which could name several entities; "
            f"not used to link names in new documents: {listing}"
        )
    return out

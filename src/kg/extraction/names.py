"""EntityRuler patterns from the entity registry.

Every label and alias of a registry entity becomes a phrase pattern, with the spelling variants
that news text produces for the same name (a leading "The"/"the", straight or curly
apostrophes). Aliases that are ordinary words only ("the Governor", "judges", "The network")
are left out: the registry records them because one text uses them for one actor, but in a new
text they would name someone else. Such references are resolved in context instead (see the
references component).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.curate.aliases import ambiguous_aliases
from kg.curate.curation import Entity
from kg.extraction.mentions import NER

_APOS = ("'", "’")


def _variants(alias: str) -> set[str]:
    out = {alias}
    for a, b in (_APOS, _APOS[::-1]):
        out |= {v.replace(a, b) for v in out}
    for v in list(out):
        if v.startswith("The "):
            out.add("the " + v[4:])
        elif v.startswith("the "):
            out.add("The " + v[4:])
    return out


def is_name_like(
    alias: str,
    generic_words: set[str],
    generic_acronyms: set[str],
    tokenize: Callable[[str], list[str]],
) -> bool:
    """True if ALIAS names someone in any text, not only in the one it was taken from.

    A name has an acronym ("ADDA"), two capitalised words ("Color of Change", "Philadelphia's
    largest police union" does not qualify, "Then-Governor Rick Scott" does), or is one
    capitalised word that is not a role or collective noun ("Krasner", "Roe", but not "the
    Governor", "Progressives", "The network").
    """
    words = [w for w in tokenize(alias) if any(c.isalpha() for c in w)]
    determiner = bool(words) and words[0].lower() in ("the", "a", "an")
    if determiner:
        words = words[1:]
    caps = []
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if sum(c.isupper() for c in letters) >= 2 and w not in generic_acronyms:
            return True  # an acronym
        if letters and letters[0].isupper():
            caps.append(w)
    if len(caps) >= 2:
        return True
    if len(caps) == 1 and len(words) == 1 and not determiner:
        return caps[0].lower() not in generic_words
    return False


def registry_patterns(
    entities: Iterable[Entity],
    is_name: Callable[[str], bool],
    exclude: Callable[[Entity, str], bool] = lambda _e, _a: False,
) -> list[dict[str, str]]:
    """EntityRuler phrase patterns: label = the entity's first type, id = the entity id.

    EXCLUDE(entity, alias) drops aliases (the evaluation hides those of the held-out text).
    """
    patterns: list[dict[str, str]] = []
    entities = list(entities)
    # Aliases that could name several entities (kg validate warns of them) link nothing.
    ambiguous = {(a.entity, a.alias) for a in ambiguous_aliases(entities)}
    for ent in entities:
        names = [ent.label, *ent.aliases]
        seen: set[str] = set()
        for name in names:
            if name in seen or (ent.id, name) in ambiguous or exclude(ent, name) or not is_name(name):
                continue
            seen.add(name)
            for v in sorted(_variants(name)):
                patterns.append({"label": ent.types[0], "pattern": v, "id": ent.id})
    return patterns


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


@Language.component("pk_known_surnames")
def surnames_of_others(doc: Doc) -> Doc:
    """A registry actor's one-word alias ("Harris") does not link in a document that names someone
    else in full with that word ("Clayton Harris", a person the trained pipeline finds) and never
    names the registry actor in more words: there the surname is the other one's, whom the later
    components find by name. Acronyms ("ACLU") are distinctive and stay linked."""
    full = {e.ent_id_ for e in doc.ents if e.ent_id_ and len(e) > 1}
    linked = {i for e in doc.ents if e.ent_id_ for i in range(e.start, e.end)}
    others = {
        doc[end - 1].text
        for start, end, label in doc.user_data.get(NER, [])
        if label == "PERSON" and end - start > 1 and not all(i in linked for i in range(start, end))
    }
    doc.ents = [
        e
        for e in doc.ents
        if not (
            e.ent_id_ and len(e) == 1 and e.ent_id_ not in full and not _acronym(e.text) and e.text in others
        )
    ]
    return doc

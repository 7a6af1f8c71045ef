"""Actor names cut or run on by the word-order name rules, mended with the parser's tags.

The name rules of `pk_unknown_actors` read capitalised runs. News writes organisation names that
such runs cut, and runs that swallow a verb; each mend below is one shape of name, not a word list:
- a verb or other lower-case word opening the run ("called Officers", "says Republicans") is no
  part of the name;
- a plural or people noun, a preposition and a capitalised run make one name ("Officers for
  Justice", "San Franciscans for Public Safety", "Mothers Against Drunk Driving", "Supporters of
  Recall Jane Roe");
- a name written in quotes after "named" / "called" is the whole quoted run ("a committee named
  "Supporters of Recall Jane Roe"");
- a single capitalised adjective and "and" before an organisation's name belong to it ("Fair and
  Just Prosecution");
- an organisation's name at the start of a sentence keeps its first word ("Movement Voter PAC"),
  which the run rules leave off because any first word is capitalised;
- a named entity of the trained pipeline that holds the name and runs on over capitalised words
  only is the fuller name ("People" in "People Over Prosecution");
- a place followed by an office in lower case is that office ("a Harbor County sheriff"), not the
  place;
- a name goes on over a hyphen written without spaces ("Maria Lopez-Garcia", which the tokenizer
  splits in three) and over a lodge's or local's number ("Fraternal Order of Police Lodge 9").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extraction.mentions import NER

PREPOSITIONS = {"for", "of", "against", "over"}  # not "in", "on": "DAs in March", "Officers in Ohio"
CONNECTORS = {"and", "&", "of", "for", "the", "on", "in", "to"}
NAMING_VERBS = {"named", "called", "dubbed"}
QUOTES = {'"', "“", "”"}
# "Virginians for Safe Communities in August": a date after a connector ends the name
DATES = {
    *"january february march april may june july august september october november december".split(),
    *"jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split(),
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
}
MAX_NAME = 10  # words: a longer "name" is a headline or a slogan
HYPHENS = {"-", "‐", "‑"}
NUMBERED = {"lodge", "local", "chapter", "post", "district"}  # "Lodge 9", "Local 1000"
# endings of plurals of people the small model tags as singular names: "Virginians", "Voters"
PEOPLE_ENDINGS = ("ians", "ans", "ers", "ens", "ors", "ents")


def _cap(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    return tok.text[:1].isupper()


def _capitalised_run(doc: Doc, i: int, limit: int) -> int:
    """The end of the run of capitalised words (with inner connectors) starting at I, or I."""
    end = i
    k = i
    while k < limit and k - i < MAX_NAME:
        if _cap(doc[k]) and doc[k].is_alpha or doc[k].text == "&":
            k += 1
            end = k
        elif (
            doc[k].lower_ in CONNECTORS
            and k + 1 < limit
            and _cap(doc[k + 1])
            and doc[k + 1].lower_ not in DATES
        ):
            k += 1
        else:
            break
    return end


class _Blocked:
    """Tokens a mend of span K may not take: registry names and the other spans' words."""

    def __init__(self, taken: list[bool], owner: list[int], k: int, kinds: list[str] | None = None):
        self.taken, self.owner, self.k = taken, owner, k
        self.kinds = kinds or []

    def swallowable(self, start: int, end: int) -> bool:
        """START:END holds no registry name and, of the other spans, only plain names."""
        return not any(self.taken[start:end]) and all(
            self.owner[i] in (-1, self.k) or self.kinds[self.owner[i]] == "name" for i in range(start, end)
        )

    def __getitem__(self, i: int | slice) -> bool | list[bool]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.taken)))]
        return self.taken[i] or self.owner[i] not in (-1, self.k)


def _free(taken: list[bool] | _Blocked, start: int, end: int) -> bool:
    return not any(taken[start:end])


def repair(
    doc: Doc,
    found: list[Span],
    known: list[Span],
    org_type: Callable[[str], str],
    headline: list[bool],
    office_type: Callable[[str], str | None] = lambda _w: None,
) -> list[Span]:
    """FOUND (the actor spans of the name rules) with the mends above; KNOWN (registry names)
    are never changed, and a mend never runs over one."""
    taken = [False] * (len(doc) + 1)
    for e in known:
        for i in range(e.start, e.end):
            taken[i] = True
    # a mend runs over no other actor the rules found ("Critics of Sheriff Tom Park")
    owner = [-1] * (len(doc) + 1)
    for k, span in enumerate(found):
        for i in range(span.start, span.end):
            owner[i] = k
    kinds = [span.kb_id_ for span in found]
    out: list[Span] = []
    for k, span in enumerate(found):
        blocked = _Blocked(taken, owner, k, kinds)
        if span.kb_id_ not in ("name", "org", "group"):
            out.append(_tail(doc, span, blocked) if span.kb_id_ == "title" else span)
            continue
        mended = _mended(doc, span, blocked, org_type, headline)
        mended = _tail(doc, mended, blocked, org_type)
        out.append(_office_after(doc, mended, office_type) if mended.kb_id_ == "name" else mended)
    # a name a mended organisation's name swallowed ("Residents for a Safer Riverton") goes
    grown = [sp for sp, old in zip(out, found, strict=True) if (sp.start, sp.end) != (old.start, old.end)]
    out = [
        sp
        for sp in out
        if not any(
            g is not sp and g.start <= sp.start and sp.end <= g.end and (g.start, g.end) != (sp.start, sp.end)
            for g in grown
        )
    ]
    out += _quoted_names(doc, taken, org_type)
    out += _plural_names(doc, taken, out, org_type, headline)
    return out


def _tail(doc: Doc, span: Span, taken: _Blocked, org_type: Callable[[str], str] | None = None) -> Span:
    """SPAN run on over a hyphenated second part and an organisation's number."""
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and _cap(doc[end + 1])
        and doc[end + 1].is_alpha
        and not any(taken[end : end + 2])
    ):
        end += 2  # "Lopez-Garcia"
    # a chapter's number: "Fraternal Order of Police Lodge 9", and after a name run that ends in
    # the chapter's word ("FOP Lodge 66", "SEIU Local 2015"); "District 4" only after an
    # organisation's name, for "District 4 Supervisor Jane Roe" is an office
    chapter_word = doc[end - 1].lower_ in NUMBERED - {"district"}
    if span.kb_id_ == "org" or (span.kb_id_ == "name" and chapter_word):
        k = end
        if k < len(doc) and doc[k].lower_ in NUMBERED and _cap(doc[k]) and doc[k - 1].lower_ not in NUMBERED:
            k += 1  # "Fraternal Order of Police | Lodge 9"
        if k < len(doc) and doc[k].text in ("No.", "#"):
            k += 1
        if doc[k - 1].lower_ in NUMBERED or doc[k - 1].text in ("No.", "#"):
            if k < len(doc) and doc[k].like_num and not taken[k]:
                end = k + 1
    if end == span.end:
        return span
    if chapter_word and org_type is not None and end > span.end:
        return _org(doc, span.start, end, org_type)  # a numbered chapter is an organisation
    return Span(doc, span.start, end, label=span.label_, kb_id=span.kb_id_, span_id="")


def chapter_end(doc: Doc, end: int) -> int:
    """END, or past the number after a name that ends in a chapter's word ("FOP Lodge | 66",
    "SEIU Local | 1000", "Lodge | No. 5")."""
    if end == 0 or doc[end - 1].lower_ not in NUMBERED - {"district"}:
        return end
    k = end + 1 if end < len(doc) and doc[end].text in ("No.", "#") else end
    return k + 1 if k < len(doc) and doc[k].like_num else end


def _org(doc: Doc, start: int, end: int, org_type: Callable[[str], str]) -> Span:
    return Span(doc, start, end, label=org_type(doc[start:end].text), kb_id="org", span_id="")


def _mended(
    doc: Doc, span: Span, taken: _Blocked, org_type: Callable[[str], str], headline: list[bool]
) -> Span:
    start, end = span.start, span.end
    sent = doc[start].sent
    # a verb or lower-case word opening the run
    # (a collective is written in lower case: "line prosecutors" keeps its words)
    while start < end - 1 and (
        (doc[start].pos_ in ("VERB", "AUX") and doc[start].tag_ != "VBG")
        or (doc[start].is_lower and span.kb_id_ != "group" and _cap(doc[start + 1]))
    ):
        start += 1
    changed = start != span.start
    if headline[start]:
        return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id="") if changed else span
    # "Officers for Justice": a plural noun, a preposition, a capitalised run
    run = _plural_name_end(doc, end, taken) if _cap(doc[start]) else 0
    if run > 0 and run - start <= MAX_NAME:
        return _org(doc, start, run, org_type)
    # "Fair and Just Prosecution" (a capitalised name: "Peterson and senior deputy district
    # attorneys" is a name and a collective)
    if (
        start >= 2
        and span.label_ != "Person"  # "of Hurley and Art Rusch of Vermillion": a list's person
        and _cap(doc[start])
        and doc[start - 1].lower_ in ("and", "&")
        and _cap(doc[start - 2])
        and doc[start - 2].pos_ not in ("VERB", "AUX", "DET", "PRON", "ADV", "PUNCT")
        and not taken[start - 2]
        and (start - 2 == sent.start or not _cap(doc[start - 3]))
    ):
        return _org(doc, start - 2, end, org_type)
    # "Movement Voter PAC" at the start of a sentence
    if (
        span.kb_id_ == "org"
        and start == sent.start + 1
        and (doc[sent.start].pos_ in ("NOUN", "PROPN") or doc[sent.start].lower_ in ("our", "my", "your"))
        and _cap(doc[sent.start])
        and not taken[sent.start]
    ):
        return _org(doc, sent.start, end, org_type)
    # the trained pipeline's entity that holds the name and runs on over capitalised words
    for s, e, label in doc.user_data.get(NER, []):
        if label != "ORG" or not (s <= start and end <= e) or (s, e) == (start, end):
            continue
        s = s + 1 if doc[s].lower_ == "the" else s
        extra = [t for t in doc[s:e] if not (start <= t.i < end)]
        if (
            s <= start
            and e - s <= MAX_NAME
            and _free(taken, s, e)
            and all(_cap(t) or t.lower_ in CONNECTORS for t in extra)
        ):
            return _org(doc, s, e, org_type)
    if changed:
        return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id="")
    return span


def _quoted_names(doc: Doc, taken: list[bool], org_type: Callable[[str], str]) -> list[Span]:
    """'a committee named "Supporters of Recall Jane Roe"': the quoted run is one name."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in NAMING_VERBS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in QUOTES:
            continue
        start = tok.i + 2
        end = _capitalised_run(doc, start, len(doc))
        if end > start + 1 and end < len(doc) and doc[end].text in QUOTES and _free(taken, start, end):
            out.append(_org(doc, start, end, org_type))
    return out


def _plural_name_end(doc: Doc, end: int, taken: list[bool] | _Blocked) -> int:
    """Where the name goes on to when the word before END is a capitalised plural noun followed by
    a preposition and a capitalised run ("Officers | for Justice"); 0 when it does not."""
    last = doc[end - 1]
    sent_end = last.sent.end
    # (the small model tags some plurals of people as singular names: "Franciscans", "Virginians")
    plural = last.tag_ in ("NNS", "NNPS") or (last.tag_ == "NNP" and last.lower_.endswith(PEOPLE_ENDINGS))
    if not (_cap(last) and plural and end + 1 < sent_end and doc[end].lower_ in PREPOSITIONS):
        return 0
    first = end + 1
    if doc[first].lower_ in ("a", "an") and first + 1 < sent_end:
        first += 1  # "Neighbors for a Better City", "Residents for a Safer Riverton"
    if not _cap(doc[first]):
        return 0
    run = _capitalised_run(doc, first, sent_end)
    if run <= first:
        return 0
    if _free(taken, end, run):
        return run
    # the capitalised run is the name's own words even where the run rules read a person's name in
    # them ("for a Safer Riverton", "for Safer Streets"); a title or an organisation still blocks it
    if isinstance(taken, _Blocked) and taken.swallowable(first, run):
        return run
    return 0


def _plural_names(
    doc: Doc, taken: list[bool], spans: list[Span], org_type: Callable[[str], str], headline: list[bool]
) -> list[Span]:
    """The same shape where the run rules found no name at all ("called Deputies for Fairness")."""
    covered = [False] * (len(doc) + 1)
    for sp in spans:
        for i in range(sp.start, sp.end):
            covered[i] = True
    out: list[Span] = []
    for tok in doc:
        if covered[tok.i] or taken[tok.i] or headline[tok.i] or not _cap(tok):
            continue
        if tok.is_sent_start and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("for", "against")):
            continue  # "Critics of ..." opens a sentence; "Virginians for Safe Communities" names a group
        end = _plural_name_end(doc, tok.i + 1, taken)
        if end:
            start = tok.i
            while (
                start - 1 > tok.sent.start
                and _cap(doc[start - 1])
                and not (covered[start - 1] or taken[start - 1])
            ):
                start -= 1
            if end - start <= MAX_NAME:
                out.append(_org(doc, start, end, org_type))
    return out


def _office_after(doc: Doc, span: Span, office_type: Callable[[str], str | None]) -> Span:
    """ "a Harbor County sheriff": a place's office in lower case is an office, not the place."""
    if span.end >= len(doc) or not doc[span.end].is_lower:
        return span
    type_ = office_type(doc[span.end].lower_)
    if type_ is None:
        return span
    return Span(doc, span.start, span.end + 1, label=type_, kb_id="office", span_id="")

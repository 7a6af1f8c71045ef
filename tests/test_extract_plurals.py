"""Plural references (kg.extraction.plurals): "the unions" after a list of unions, "the two
residents" that a later sentence names, "the Mason and Lake County district attorneys" whom the next
sentence lists. Self-written sentences."""

from __future__ import annotations

import pytest

LIST_BEFORE = (
    "The Dover Police Union, the Dover Detectives Association and the Dover Superior Officers "
    "Association endorsed Jane Roe for district attorney. The unions also endorsed state Sen. Tom Park "
    "for sheriff."
)
NAMED_LATER = (
    "Two Mason County residents sued District Attorney Jane Roe on Monday. The lawsuit says she lied. "
    "The two Mason County residents in question are Ann Lee and Bob Marsh."
)
NEXT_SENTENCE = (
    "The Mason and Lake County district attorneys filed a lawsuit against Attorney General Dan Moss. "
    "Mason County District Attorney Jane Roe and Lake County District Attorney Tom Park said the rule "
    "was illegal."
)


def facts(extractor, text: str) -> set[tuple[str, str, str]]:
    return {
        (p.subject.name, p.relation, p.object.name)
        for p in extractor.extract_text(text)
        if p.confidence >= 0.5
    }


def test_the_unions_are_the_unions_listed_before(extractor) -> None:
    got = facts(extractor, LIST_BEFORE)
    for union in (
        "Dover Police Union",
        "Dover Detectives Association",
        "Dover Superior Officers Association",
    ):
        assert (union, "endorsed", "Tom Park") in got
    assert not any(s == "unions" for s, _, _ in got)


def test_the_quote_reaches_the_list_and_says_how_it_was_read(extractor) -> None:
    p = next(
        p
        for p in extractor.extract_text(LIST_BEFORE)
        if p.object.name == "Tom Park" and p.subject.name == "Dover Police Union"
    )
    assert p.quote == LIST_BEFORE[p.start : p.end]
    assert "Dover Police Union" in p.quote and "also endorsed" in p.quote
    assert any("read as each actor of the list" in n for n in p.notes)


def test_a_plural_the_text_names_later(extractor) -> None:
    got = facts(extractor, NAMED_LATER)
    assert ("Ann Lee", "sued", "Jane Roe") in got and ("Bob Marsh", "sued", "Jane Roe") in got
    p = next(p for p in extractor.extract_text(NAMED_LATER) if p.subject.name == "Ann Lee")
    assert "Ann Lee" in p.quote and "sued" in p.quote  # the quote runs on to the names


def test_a_plural_the_next_sentence_lists(extractor) -> None:
    got = facts(extractor, NEXT_SENTENCE)
    assert ("Jane Roe", "sued", "Dan Moss") in got and ("Tom Park", "sued", "Dan Moss") in got


@pytest.mark.parametrize(
    "text",
    [
        # no list at all
        "The unions sued District Attorney Jane Roe.",
        # people are no unions
        "Ann Lee and Bob Marsh met District Attorney Jane Roe. The unions sued Roe.",
        # three unions are not "the two unions"
        "The Dover Police Union, the Dover Detectives Association and the Dover Superior Officers "
        "Association endorsed Jane Roe. The two unions sued state Sen. Tom Park.",
        # someone's critics are no reference to a list
        "The Dover Police Union and the Dover Detectives Association endorsed Jane Roe. Her critics "
        "sued state Sen. Tom Park.",
    ],
)
def test_no_list_no_reading(extractor, text: str) -> None:
    got = facts(extractor, text)
    assert not any(r == "sued" and s not in ("Jane Roe",) and not s.startswith("Dover") for s, r, _ in got), (
        got
    )
    assert not any(r == "sued" and s.startswith(("Dover", "Ann", "Bob")) for s, r, _ in got), got


def test_they_after_a_subject_list(extractor) -> None:
    got = facts(
        extractor,
        "District Attorney Jane Roe and District Attorney Tom Park met Gov. Dan Moss on Monday. They later "
        "sued him.",
    )
    assert ("Jane Roe", "sued", "Dan Moss") in got and ("Tom Park", "sued", "Dan Moss") in got


def test_they_is_no_list_that_was_an_object(extractor) -> None:
    # the list was endorsed, not endorsing: "they" is not read as it
    got = facts(
        extractor, "The Dover Police Union endorsed Jane Roe and Tom Park. They sued Gov. Dan Moss on Monday."
    )
    assert not any(s in ("Jane Roe", "Tom Park") and r == "sued" for s, r, _ in got), got

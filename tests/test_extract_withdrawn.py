"""A lawsuit dropped in a later sentence is no current suit (kg.extraction.withdrawn).
Self-written sentences."""

from __future__ import annotations

import pytest

SUED = "Pastor Will Ridout sued Prosecutor Peter Lucas and the Dover Police Union in July. "


def suits(extractor, text: str) -> dict[tuple[str, str], bool]:
    return {
        (p.subject.name, p.object.name): p.negated
        for p in extractor.extract_text(text)
        if p.relation == "sued" and p.confidence >= 0.5
    }


@pytest.mark.parametrize(
    "later",
    [
        "Last week the lawsuit was dropped.",
        "Last week Ridout withdrew the suit.",
        "Ridout has since dropped the case.",
    ],
)
def test_the_suit_dropped_later_is_negated(extractor, later: str) -> None:
    got = suits(extractor, SUED + later)
    assert got == {("Will Ridout", "Peter Lucas"): True, ("Will Ridout", "Dover Police Union"): True}


@pytest.mark.parametrize(
    "later",
    [
        "Lucas was dropped from the lawsuit last week.",
        "Last week Ridout dropped Lucas from the lawsuit.",
        "No explanation was included in legal documents dropping Lucas.",
    ],
)
def test_a_party_dropped_from_the_suit(extractor, later: str) -> None:
    got = suits(extractor, SUED + later)
    assert got == {("Will Ridout", "Peter Lucas"): True, ("Will Ridout", "Dover Police Union"): False}


def test_the_quote_reaches_the_sentence_that_drops_it(extractor) -> None:
    text = SUED + "Last week the lawsuit was dropped."
    p = next(p for p in extractor.extract_text(text) if p.object.name == "Peter Lucas")
    assert p.quote == text[p.start : p.end] and p.quote.endswith("was dropped.")
    assert any("dropped later" in n for n in p.notes)


@pytest.mark.parametrize(
    "later",
    [
        "A judge dismissed the lawsuit last week.",  # a ruling, not a withdrawal
        "Ridout did not drop the lawsuit.",
        "The union dropped its support for Lucas.",
    ],
)
def test_no_withdrawal(extractor, later: str) -> None:
    got = suits(extractor, SUED + later)
    assert got.get(("Will Ridout", "Peter Lucas")) is False

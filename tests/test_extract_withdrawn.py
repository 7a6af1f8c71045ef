"""A lawsuit dropped in a later sentence is no current suit; one dismissed keeps its outcome
(kg.extraction.withdrawn). Self-written sentences."""

from __future__ import annotations

import json

import pytest

from kg.extraction.output import jsonl_lines

SUED = "Pastor Will Ridout sued Prosecutor Peter Lucas and the Dover Police Union in July. "


def outcomes(extractor, text: str) -> dict[tuple[str, str], tuple[bool, str | None]]:
    """(plaintiff, defendant) -> (negated, outcome) of the suits proposed at 0.5 or more."""
    return {
        (p.subject.name, p.object.name): (p.negated, p.outcome)
        for p in extractor.extract_text(text)
        if p.relation == "sued" and p.confidence >= 0.5
    }


def suits(extractor, text: str) -> dict[tuple[str, str], bool]:
    return {pair: negated for pair, (negated, _outcome) in outcomes(extractor, text).items()}


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


@pytest.mark.parametrize(
    "later",
    [
        "A judge dismissed the lawsuit last week.",
        "The lawsuit was dismissed in March.",
        "A federal judge has dismissed the lawsuit against Lucas.",
        "The judge dismissed Ridout's lawsuit.",
    ],
)
def test_a_dismissed_suit_keeps_its_outcome(extractor, later: str) -> None:
    # the suit was brought: it stays a current fact, with the outcome the text reports
    got = outcomes(extractor, SUED + later)
    assert got[("Will Ridout", "Peter Lucas")] == (False, "dismissed")


@pytest.mark.parametrize(
    "later",
    [
        "Lucas filed a motion to dismiss the lawsuit.",
        "A judge may dismiss the lawsuit.",
        "The judge refused to dismiss the lawsuit.",
        "The judge did not dismiss the lawsuit.",
        "The judge will dismiss the lawsuit, Lucas said.",
    ],
)
def test_a_dismissal_not_done_is_no_outcome(extractor, later: str) -> None:
    got = outcomes(extractor, SUED + later)
    assert got[("Will Ridout", "Peter Lucas")] == (False, None)


def test_the_dismissal_of_one_plaintiffs_claims(extractor) -> None:
    text = (
        "Plaintiffs Ann Lee and Tom Hill brought this action against Sheriff Karen Holt. "
        "The motion is granted to the extent it seeks dismissal of Plaintiff Tom Hill's claims."
    )
    got = outcomes(extractor, text)
    assert got[("Tom Hill", "Karen Holt")] == (False, "dismissed")
    assert got[("Ann Lee", "Karen Holt")] == (False, None)


def test_a_dismissal_only_sought_is_no_outcome(extractor) -> None:
    text = (
        "Plaintiffs Ann Lee and Tom Hill brought this action against Sheriff Karen Holt. "
        "The defendants filed a motion seeking dismissal of Plaintiff Tom Hill's claims."
    )
    assert outcomes(extractor, text)[("Tom Hill", "Karen Holt")] == (False, None)


def test_the_outcome_reaches_the_jsonl(extractor) -> None:
    found = extractor.extract_text(SUED + "The lawsuit was dismissed in March.")
    rows = [json.loads(line) for line in jsonl_lines(found)]
    assert {r["outcome"] for r in rows if r["relation"] == "sued"} == {"dismissed"}

"""Extraction over the dependency parse (issue 14): each phenomenon on sentences written here.

The registry is empty, so every actor is found as news would name it: by the trained pipeline's
named entities, by runs of proper nouns, by titles and by references. Names are invented.
"""

from __future__ import annotations

import pytest


def facts(extractor, text: str) -> set[tuple[str, str, str, bool]]:
    """What `kg extract` outputs by default: proposals at confidence 0.5 or more."""
    return {
        (p.subject.name, p.relation, p.object.name, p.negated)
        for p in extractor.extract_text(text)
        if p.confidence >= 0.5
    }


OPPOSED = {"opposed", "criticized", "soughtRemovalOf", "sued", "ruledAgainst"}


def has(found: set, subject: str, relations: set[str] | str, obj: str, negated: bool = False) -> bool:
    rels = {relations} if isinstance(relations, str) else relations
    return any(s == subject and r in rels and o == obj and n == negated for s, r, o, n in found)


@pytest.mark.parametrize(
    ("text", "subject", "relations", "obj"),
    [
        # passive with its agent; a participle modifying the object
        ("Mayor Linda Park was sued by Marcus Webb on Monday.", "Marcus Webb", "sued", "Linda Park"),
        (
            "The Safer Streets Committee, a group funded by Harold Finch, ran ads.",
            "Harold Finch",
            "funded",
            "Safer Streets Committee",
        ),
        # money: given, received, spent for a purpose
        (
            "Harold Finch gave $50,000 to the Safer Streets Committee.",
            "Harold Finch",
            "funded",
            "Safer Streets Committee",
        ),
        (
            "Linda Park received $300,000 from the Liberty Action Committee in October.",
            "Liberty Action Committee",
            "funded",
            "Linda Park",
        ),
        (
            "The Liberty Action Committee spent $1 million to elect Linda Park.",
            "Liberty Action Committee",
            "funded",
            "Linda Park",
        ),
        # a nominalisation with its possessor
        ("Governor Tom Reyes's suspension of Linda Park angered voters.", "Tom Reyes", OPPOSED, "Linda Park"),
        # backing a recall is opposing its target; voting against it is support
        ("Councilwoman Ana Ortiz endorsed the recall of Linda Park.", "Ana Ortiz", OPPOSED, "Linda Park"),
        (
            "Ana Ortiz voted against the recall of Linda Park.",
            "Ana Ortiz",
            {"supported", "endorsed"},
            "Linda Park",
        ),
        # an effort and whose it is
        (
            "Attorney General Victor Hale's bid to oust Linda Park failed.",
            "Victor Hale",
            OPPOSED,
            "Linda Park",
        ),
        # what a speaker says of an actor
        ("“Linda Park is a disgrace,” Marcus Webb said.", "Marcus Webb", OPPOSED, "Linda Park"),
        # a list hung on the verb
        (
            "Harold Finch has financially backed many candidates, including Linda Park and Omar Diaz.",
            "Harold Finch",
            "funded",
            "Omar Diaz",
        ),
    ],
)
def test_parse_phenomena(extractor, text: str, subject: str, relations, obj: str) -> None:
    found = facts(extractor, text)
    assert has(found, subject, relations, obj), found


def test_conjoined_objects_each_get_the_relation(extractor) -> None:
    found = facts(extractor, "Marcus Webb sued Linda Park, Omar Diaz and the Springfield Police Union.")
    for obj in ("Linda Park", "Omar Diaz", "Springfield Police Union"):
        assert has(found, "Marcus Webb", "sued", obj), found


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Webb may sue Linda Park next year.",
        "If Linda Park runs again, Marcus Webb will endorse her.",
        "Marcus Webb plans to sue Linda Park.",
        "Will Marcus Webb sue Linda Park?",
        "Governor Tom Reyes believes he has the authority to remove Linda Park.",
        "One option would be to create a fund financed by Harold Finch for Linda Park.",
    ],
)
def test_hedged_conditional_and_intended_acts_are_no_facts(extractor, text: str) -> None:
    found = facts(extractor, text)
    assert not [f for f in found if not f[3]], found


def test_negation_and_retraction_are_marked(extractor) -> None:
    found = facts(extractor, "The Springfield Police Union did not endorse Linda Park.")
    assert has(found, "Springfield Police Union", "endorsed", "Linda Park", negated=True), found
    found = facts(extractor, "The Springfield Police Union withdrew its endorsement of Linda Park.")
    assert has(found, "Springfield Police Union", "endorsed", "Linda Park", negated=True), found
    assert not has(found, "Springfield Police Union", "endorsed", "Linda Park"), found


def test_the_fullest_name_the_document_gives(extractor) -> None:
    found = facts(
        extractor,
        "Gov. Tom Reyes spoke on Monday. Later Reyes suspended State Attorney Linda Park.",
    )
    assert has(found, "Tom Reyes", OPPOSED, "Linda Park"), found


def test_an_acronym_takes_the_name_it_abbreviates(extractor) -> None:
    found = facts(
        extractor,
        "The Springfield Police Officers Association (POA) met on Monday. "
        "The POA sued Linda Park on Tuesday.",
    )
    assert has(found, "Springfield Police Officers Association", "sued", "Linda Park"), found


def test_a_description_with_a_party_word_names_the_official_of_that_title(extractor) -> None:
    found = facts(
        extractor,
        "Governor Tom Reyes suspended State Attorney Linda Park in May. "
        "Judge Ann Cole dismissed the suit from the Democratic State Attorney "
        "against the Republican Governor.",
    )
    assert has(found, "Linda Park", "sued", "Tom Reyes"), found


def test_a_switched_endorsement_is_retracted_for_one_and_given_to_the_other(extractor) -> None:
    found = facts(
        extractor, "Ana Ortiz initially endorsed Omar Diaz but then switched her support to Linda Park."
    )
    assert has(found, "Ana Ortiz", "endorsed", "Omar Diaz", negated=True), found
    assert not has(found, "Ana Ortiz", "endorsed", "Omar Diaz"), found
    assert has(found, "Ana Ortiz", "endorsed", "Linda Park"), found
    found = facts(
        extractor, "The Springfield Police Union switched its endorsement from Omar Diaz to Linda Park."
    )
    assert has(found, "Springfield Police Union", "endorsed", "Omar Diaz", negated=True), found
    assert has(found, "Springfield Police Union", "endorsed", "Linda Park"), found


def test_the_recall_alone_is_the_recall_the_text_spoke_of(extractor) -> None:
    found = facts(
        extractor,
        "The Safer Streets Committee led the recall of Linda Park in March. "
        "The Springfield Police Union voted in favor of the recall. Ana Ortiz also supports the recall.",
    )
    assert has(found, "Springfield Police Union", OPPOSED, "Linda Park"), found
    assert has(found, "Ana Ortiz", OPPOSED, "Linda Park"), found


@pytest.mark.parametrize(
    ("text", "subject", "relations", "obj"),
    [
        (
            "Marcus Webb has emerged as one of Linda Park's biggest foes.",
            "Marcus Webb",
            OPPOSED,
            "Linda Park",
        ),
        (
            "The Safer Streets Committee is raising money to unseat Linda Park.",
            "Safer Streets Committee",
            OPPOSED,
            "Linda Park",
        ),
    ],
)
def test_roles_and_aims(extractor, text: str, subject: str, relations, obj: str) -> None:
    assert has(facts(extractor, text), subject, relations, obj)


def test_few_opponents_is_no_opposition(extractor) -> None:
    found = facts(extractor, "Few opponents of Linda Park have been louder than Marcus Webb.")
    assert not [f for f in found if "opponents" in f[0].lower()], found


@pytest.mark.parametrize(
    ("text", "subject", "relations", "obj", "not_relations"),
    [
        (
            "The Springfield Democratic Party voted to oppose the Linda Park recall.",
            "Springfield Democratic Party",
            {"supported", "endorsed"},
            "Linda Park",
            OPPOSED,
        ),
        (
            "The Springfield Police Union is strongly opposed to recalling Linda Park.",
            "Springfield Police Union",
            {"supported", "endorsed"},
            "Linda Park",
            OPPOSED,
        ),
    ],
)
def test_opposing_a_recall_is_support(
    extractor, text: str, subject: str, relations, obj: str, not_relations
) -> None:
    found = facts(extractor, text)
    assert has(found, subject, relations, obj), found
    assert not has(found, subject, not_relations, obj), found


@pytest.mark.parametrize(
    ("text", "subject", "relations", "obj"),
    [
        # a plural noun, a preposition and a capitalised run are one name
        (
            "Some Black deputies, called Deputies for Fairness, sued the Harbor County Sheriff's Union.",
            "Deputies for Fairness",
            "sued",
            "Harbor County Sheriff's Union",
        ),
        (
            "Carla Mendes launched a committee, Riverside Parents Against Crime, which endorsed Omar Diaz.",
            "Riverside Parents Against Crime",
            "endorsed",
            "Omar Diaz",
        ),
        # a quoted name after "named"
        (
            'A committee named "Neighbors to Recall Dana Lowe" received $40,000 from Harold Finch.',
            "Harold Finch",
            "funded",
            "Neighbors to Recall Dana Lowe",
        ),
        # an adjective and "and" before an organisation's name
        (
            "Safe and Free Coalition criticized Governor Ray Holt on Tuesday.",
            "Safe and Free Coalition",
            OPPOSED,
            "Ray Holt",
        ),
        # an organisation's first word at the start of a sentence
        ("Momentum Voters PAC gave $25,000 to Linda Park.", "Momentum Voters PAC", "funded", "Linda Park"),
    ],
)
def test_names_the_run_rules_cut(extractor, text, subject, relations, obj):
    found = facts(extractor, text)
    assert has(found, subject, relations, obj), found


def test_a_verb_opening_a_run_is_no_part_of_the_name(extractor):
    found = facts(extractor, "Later that year a group called Officers United sued the Harbor Police Union.")
    assert not any(s.lower().startswith("called") for s, _r, _o, _n in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Uniformed officers criticized Dana Lowe on Tuesday.",
        "A Harbor County sheriff criticized Dana Lowe.",
        "Three prosecutors sued Dana Lowe in federal court.",
        "The Union Parish DA criticized Dana Lowe.",
    ],
)
def test_an_actor_only_described_is_no_named_actor(extractor, text):
    """Kept under the default threshold, with a note saying so."""
    assert not facts(extractor, text)
    low = [p for p in extractor.extract_text(text) if 0 < p.confidence < 0.5]
    assert low and any(n.startswith("not named, only described") for p in low for n in p.notes)


def test_a_described_actor_the_text_names_is_named(extractor):
    found = facts(extractor, "Gov. Ray Holt spoke on Monday. The governor criticized Dana Lowe on Tuesday.")
    assert has(found, "Ray Holt", OPPOSED, "Dana Lowe"), found


def test_a_collective_named_by_whose_it_is_stays(extractor):
    found = facts(extractor, "District Attorney Dana Lowe was sued by her own deputy DAs in March.")
    assert any(s.endswith("deputy DAs") and r == "sued" and o == "Dana Lowe" for s, r, o, _n in found), found


@pytest.mark.parametrize(
    ("text", "subject", "relations", "obj"),
    [
        # amounts from givers, in a list under a verb of raising
        (
            "Our Vote PAC has raised most of its money from two sources: $1 million from the Harbor Rights "
            "Coalition and $500,000 from Democracy Action PAC.",
            "Harbor Rights Coalition",
            "funded",
            "Our Vote PAC",
        ),
        (
            "Our Vote PAC has raised most of its money from two sources: $1 million from the Harbor Rights "
            "Coalition and $500,000 from Democracy Action PAC.",
            "Democracy Action PAC",
            "funded",
            "Our Vote PAC",
        ),
        # who starts a recall effort, and the committee it launches
        (
            "Voters began the recall of Dana Lowe in May. The second recall effort was started by the group "
            "Parents for Order in August.",
            "Parents for Order",
            "soughtRemovalOf",
            "Dana Lowe",
        ),
        (
            "The recall of Dana Lowe began in May. Harold Finch launched another pro-recall committee, "
            "Neighbors for Safe Streets.",
            "Neighbors for Safe Streets",
            "soughtRemovalOf",
            "Dana Lowe",
        ),
        (
            "The recall of Dana Lowe began in May. Harold Finch launched another pro-recall committee, "
            "Neighbors for Safe Streets.",
            "Harold Finch",
            "soughtRemovalOf",
            "Dana Lowe",
        ),
    ],
)
def test_money_lists_and_recall_efforts(extractor, text, subject, relations, obj):
    found = facts(extractor, text)
    assert has(found, subject, relations, obj), found


def test_money_sent_out_is_not_money_received(extractor):
    found = facts(extractor, "Our Vote PAC was given $1 million from Harold Finch's fund, the paper said.")
    assert not any(r == "funded" and s == "Our Vote PAC" for s, r, _o, _n in found), found


def test_a_relative_clause_states_its_own_fact(extractor):
    found = facts(
        extractor,
        "If Dana Lowe is recalled, Mayor Linda Park, who supported Omar Diaz, will choose the replacement.",
    )
    assert has(found, "Linda Park", {"supported", "endorsed"}, "Omar Diaz"), found
    assert not facts(extractor, "If Carla Mendes sues Omar Diaz, he will lose.")


def test_criticising_what_an_actor_said_or_did_criticises_the_actor(extractor):
    found = facts(extractor, "Carla Mendes decried the Harbor Tribune's coverage of the race.")
    assert has(found, "Carla Mendes", OPPOSED, "Harbor Tribune"), found


def test_backing_the_recall_of_an_actor_in_a_headline_seeks_the_removal(extractor):
    """Title Case defeats the parser; the word-order reading with "Recall of" between the trigger
    and its object is turned round as the parse's would be."""
    found = facts(
        extractor, "Supervisor Carla Mendes Endorses Recall of DA Dana Lowe\n\nThe vote is in June."
    )
    assert has(found, "Carla Mendes", "soughtRemovalOf", "Dana Lowe"), found
    assert not has(found, "Carla Mendes", "endorsed", "Dana Lowe"), found

"""Aliases that could name several entities: flagged by `kg validate`, not used to link in new texts."""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import REPO, run_kg
from kg.base import ontology
from kg.curate.aliases import ambiguous_aliases, is_description
from kg.curate.curation import Entity


def ent(id_: str, label: str, *aliases: str, type_: str = "PoliceUnion") -> Entity:
    return Entity(id=id_, type=type_, label=label, aliases=list(aliases))


def flagged(*entities: Entity) -> list[tuple[str, str, str | None]]:
    return [(a.entity, a.alias, a.shared_with) for a in ambiguous_aliases(entities)]


def test_a_generic_name_shared_by_two_lodges_is_flagged() -> None:
    chicago = ent("chicago-fop", "Chicago Fraternal Order of Police", "the Fraternal Order of Police")
    philly = ent(
        "philadelphia-fop", "Philadelphia Fraternal Order of Police", "FOP", "Fraternal Order of Police"
    )
    assert flagged(chicago, philly) == [
        ("chicago-fop", "the Fraternal Order of Police", "philadelphia-fop"),
        ("philadelphia-fop", "Fraternal Order of Police", "chicago-fop"),
    ]
    # One lodge alone: its alias is the end of no other actor's name.
    assert flagged(philly) == []


def test_a_name_inside_a_description_of_another_actor_is_not_shared() -> None:
    krasner = ent("larry-krasner", "Larry Krasner", "Krasner", type_="HeadProsecutor")
    critics = ent("police-unions", "police unions resisting Krasner", type_="Group")
    president = ent(
        "fop-president", "president of the Philadelphia Fraternal Order of Police", type_="Person"
    )
    philly = ent("philadelphia-fop", "Philadelphia Fraternal Order of Police")
    assert flagged(krasner, critics, president, philly) == []
    # The same name less "the", in another case, is shared.
    assert flagged(
        ent("a", "Springfield Union", "The Network"), ent("b", "Shelbyville Union", "the network")
    ) == [
        ("a", "The Network", "b"),
        ("b", "the network", "a"),
    ]


def test_descriptions_without_a_proper_name() -> None:
    for alias in ("judges", "The police group", "his own staff", "the city’s police union chief"):
        assert is_description(alias), alias
    for alias in ("The ACLU", "Krasner", "Philadelphia’s largest police union", "31 defiant assistant DAs"):
        assert not is_description(alias), alias


def test_validate_warns_of_ambiguous_aliases_naming_the_file(mini: Path) -> None:
    ents = mini / "annotations" / "entities.yaml"
    ents.write_text(
        ents.read_text(encoding="utf-8")
        + textwrap.dedent(
            """\
            - id: shelbyville-police-union
              type: PoliceUnion
              label: Shelbyville Police Union
              aliases: [the Police Union, some organizers]
            """
        ),
        encoding="utf-8",
    )
    res = run_kg(mini, "validate")
    assert res.exit_code == 0, res.output
    warnings = [line for line in res.output.splitlines() if line.startswith("warning: annotations/")]
    assert warnings == [
        "warning: annotations/entities.yaml:13: alias 'the Police Union' of 'shelbyville-police-union' "
        "could name several entities ('springfield-police-union' is called 'Springfield Police Union'); "
        "not used to link names in new documents",
        "warning: annotations/entities.yaml: 1 alias is a description without a proper name, which could "
        "name several entities; not used to link names in new documents: "
        "'some organizers' (shelbyville-police-union)",
    ]


def test_a_shared_alias_links_nothing_in_a_new_text() -> None:
    from kg.extraction.extract import Extractor
    from kg.extraction.rules import load_rules

    onto = ontology.load(sorted(p for p in (REPO / "ontology").glob("*.ttl") if p.name != "shapes.ttl"))
    rules = load_rules(onto)
    roe = Entity(id="jane-roe", type="HeadProsecutor", label="Jane Roe", aliases=["Roe"])
    shelbyville = ent("shelbyville-police-union", "Shelbyville Police Union", "the Police Union")
    springfield = ent("springfield-police-union", "Springfield Police Union")
    text = "The Police Union sued District Attorney Jane Roe."

    def subjects(*registry: Entity) -> list[str | None]:
        ex = Extractor(onto, rules, {e.id: e for e in registry})
        return [p.subject.entity_id for p in ex.extract_text(text) if p.object.entity_id == "jane-roe"]

    # Alone, the alias names one union, and links to it ...
    assert subjects(roe, shelbyville) == ["shelbyville-police-union"]
    # ... but beside another "X Police Union" it could be either, and links to neither.
    assert "shelbyville-police-union" not in subjects(roe, shelbyville, springfield)

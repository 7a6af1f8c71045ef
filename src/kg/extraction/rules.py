"""Load and check the extraction rules (rules.yaml beside this module, or a file given).

The rules are data; this module validates their shape with pydantic and, at startup, checks
that every relation and actor type they can produce exists in the ontology, so a renamed
relation fails loudly here instead of producing candidates that the build rejects.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kg.base.errors import KGError
from kg.base.ontology import Ontology
from kg.base.yamlio import load_yaml, schema_error

RULES_FILE = Path(__file__).with_name("rules.yaml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TitleRule(_Strict):
    title: list[str]
    type: str


class OrgType(_Strict):
    match: str
    type: str

    @field_validator("match")
    @classmethod
    def _regex(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"bad regular expression {v!r}: {e}") from None
        return v


class PlaceOffice(_Strict):
    office: list[str]
    type: str


class Groups(_Strict):
    heads: list[str]
    type: str
    not_modifiers: list[str]
    possessives: list[str]
    compound_nouns: list[str] = []


class Actors(_Strict):
    name_token: str
    not_names: list[str]
    titles: list[TitleRule]
    org_heads: list[str]
    org_phrases: list[str]
    not_actor_heads: list[str] = []  # the last word of a law's name, which is no actor ("Patriot Act")
    org_connectors: list[str]
    org_types: list[OrgType]
    place_offices: list[PlaceOffice]
    roles: list[str]
    groups: Groups
    generic_acronyms: list[str]
    chapter_names: list[str] = []
    org_heads_of: list[str] = []
    appositive_nouns: dict[str, str] = {}
    place_prepositions: list[str] = []
    # "a Travis County resident": a name before one of these nouns says where a person is from;
    # the name is no actor there
    place_people: list[str] = []
    state_codes: list[str] = []  # "City of Milan, TN v. Agee": the state of the place before it

    def title_words(self) -> set[str]:
        """Every word of every title, less the "of" inside "chief of police" (which would make
        any "of" a title word)."""
        return {w for t in self.titles for p in t.title for w in p.split() if w != "of"}


class Owned(_Strict):
    nouns: list[str]
    types: list[str]
    confidence: float = Field(gt=0, le=1)


class References(_Strict):
    window: int = Field(ge=0)
    pronouns: dict[str, list[str]]
    pronoun_confidence: float = Field(gt=0, le=1)
    agreeing_pronoun_confidence: float = Field(gt=0, le=1)
    unique_description_confidence: float = Field(gt=0, le=1)
    determiners: list[str]
    descriptions: dict[str, list[str]]
    description_confidence: float = Field(gt=0, le=1)
    surname_confidence: float = Field(gt=0, le=1)
    acronym_confidence: float = Field(gt=0, le=1)
    head_window: int | None = Field(default=None, ge=1)
    far_confidence: float | None = Field(default=None, gt=0, le=1)
    head_only: list[str] = []
    defined_confidence: float = Field(default=0.9, gt=0, le=1)
    speaker_pronouns: list[str] = []
    speech_verbs: list[str] = []
    speaker_confidence: float = Field(default=0.8, gt=0, le=1)
    author_confidence: float = Field(default=0.8, gt=0, le=1)
    place_governments: dict[str, str] = {}
    place_government_type: str = "GovernmentAgency"
    owned: Owned | None = None
    # a party's short name -> the word of its organisations' names ("GOP" -> "Republican")
    party_acronyms: dict[str, str] = {}


class ArgSpec(_Strict):
    side: Literal["left", "right", "inside"]
    gap: int = Field(default=3, ge=0)
    after: list[str] = []
    types: list[str] = []
    clause: bool = False  # side left: the subject of the clause, not the nearest actor
    ungoverned: bool = False  # not an actor governed by a preposition ("the effort against X")
    stops: list[str] = []  # words the scan may not pass: "dismissed the case against X" is for X


class RelationRule(_Strict):
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    relation: str
    confidence: float = Field(gt=0, le=1)
    pattern: list[dict[str, Any]] = Field(min_length=1)
    subject: list[ArgSpec]
    object: list[ArgSpec]
    not_after: list[str] = []
    requires_money: bool = False
    implicit_object: bool = False
    case: bool = False
    clause_subject: bool = False

    @field_validator("subject", "object", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, dict) else v


class ProxyNouns(_Strict):
    subject: list[str]
    object: list[str]
    members: list[str] = []  # "its members", "the union's members" (not "their members"): the body


class FreeWords(_Strict):
    any: list[str]
    left: list[str]
    stops_right: list[str]
    stops_left: list[str]
    prepositions: list[str]


class Modality(_Strict):
    window: int = Field(ge=1)
    negation: list[str]
    refusal: list[str]
    retraction: list[str]
    regret: list[str] = []
    # "returned a $10,000 donation from X": undone, where the trigger is the verb's own object
    returning: list[str] = []
    hypothetical: list[str]
    attempted: list[str]
    threatened: list[str]


class Outcome(_Strict):
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    against: Literal["plaintiff", "defendant"]
    confidence: float = Field(gt=0, le=1)
    pattern: list[dict[str, Any]] = Field(min_length=1)
    passive: bool = False  # the lawsuit is the subject: no court need stand before the verb


class Lawsuits(_Strict):
    relation: str  # what an outcome asserts: the court against the losing side
    court_types: list[str]  # actors that decide a case
    follow: int = Field(ge=0)
    window: int = Field(ge=0)
    context_factor: float = Field(gt=0, le=1)
    citation_confidence: float = Field(gt=0, le=1)
    signals: list[str]
    outcomes: list[Outcome]
    court_ids: dict[str, str] = {}  # Bluebook abbreviations courts-db lacks -> courts-db id
    court_words: list[str] = []  # words of court abbreviations, which are no name words


class Echoes(_Strict):
    window: int = Field(ge=1)
    factor: float = Field(gt=0, le=1)
    patterns: list[list[dict[str, Any]]] = Field(min_length=1)
    # "That sentiment was echoed by X and Y": the actors after the "by" that follows echo it
    passive_patterns: list[list[dict[str, Any]]] = []


class Plurals(_Strict):
    window: int = Field(ge=0)  # sentences back in which the list may stand
    identified_window: int = Field(default=5, ge=0)  # sentences on: "The two residents are A and B"
    factor: float = Field(gt=0, le=1)
    determiners: list[str]  # a definite plural opens with one ("the unions", "both groups")
    counts: dict[str, int] = {}  # "the two district attorneys": a list of two
    pronouns: list[str] = []  # "A and B sued X. They said ...": a subject pronoun for a subject list


class Withdrawn(_Strict):
    relation: str  # the relation of a suit
    verbs: list[str]  # "the lawsuit was dropped", "dropped Doe from the suit"
    suit_nouns: list[str]
    support_relations: list[str] = []  # a retraction of one of these spreads over the text
    # "the Mingo Deputies withdrew that support": a support noun with no object of its own
    support_window: int = Field(default=3, ge=0)  # sentences back in which that support stands
    dismissal_verbs: list[str] = []  # "the judge dismissed the lawsuit": no suit stands
    dismissal_nouns: list[str] = []  # "dismissal of Plaintiff Roe's claims"
    granting_verbs: list[str] = []  # ... in a sentence that grants it ("the motion is GRANTED")
    unreal_aux: list[str] = []  # "may dismiss", "will dismiss": not done


class VerbTrigger(_Strict):
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    relation: str
    lemmas: list[str] = Field(min_length=1)
    preps: list[str] = []  # prepositions whose object is the relation's object ("gave to X")
    requires_preps: bool = False  # only with one of them ("ruled against X", not "ruled X out")
    requires_money: bool = False  # only with an amount as the object ("received $5,000")
    reverse: bool = False  # the verb's subject is the object, `preps` give the subject ("received from")
    adverbs: list[str] = []  # only with one of these adverbs ("financially backed")
    purposes: dict[str, str] = {}  # "spent $X to elect Y": a purpose verb's lemma -> the relation
    particles: list[str] = []  # only with one of these particles ("came out against X")
    # only with "with" and one of these nouns, which carries the relation ("was met with disdain by")
    with_nouns: list[str] = []
    # only with one of these prepositions, which give no argument ("left the association over X")
    requires_any_prep: list[str] = []
    # never with one of these, written the same way ("recommended Roe for endorsement")
    not_with_prep: list[str] = []
    money_object: bool = False  # a direct object must be money ("gave its endorsement to X" is none)
    # only with one of these nouns as the object, whose owner is the relation's object
    # ("the judge dismissed Roe's lawsuit": against Roe)
    object_nouns: list[str] = []


class NounTrigger(_Strict):
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    relation: str
    lemmas: list[str] = Field(min_length=1)
    object_preps: list[str]
    subject_preps: list[str] = []
    # only when the noun is "<noun> of <one of these>" ("articles of impeachment against X")
    requires_of: list[str] = []
    # only as the object of one of these verbs ("sought a declaratory judgment against X", not
    # "the court's judgment against X")
    requires_verbs: list[str] = []
    # with no object named: the one who suffers it, its clause's subject ("X retired due to
    # harassment from Y", "X faced retaliation by Y")
    suffered: bool = False


class DependencyRules(_Strict):
    confidence: float = Field(gt=0, le=1)
    verbs: list[VerbTrigger]
    nouns: list[NounTrigger]
    light_verbs: list[str]  # "filed a lawsuit", "announced its endorsement": the verb's subject acts
    # "Roe announced the endorsement of the union": a person announces an organisation's backing
    announcing_verbs: list[str] = []
    # "Houck labeled Baratta's criticisms as false", "the governor rejected the allegations": who
    # rebuts a claim opposes whoever made it
    rebuttal_verbs: list[str] = []
    claim_nouns: list[str] = []  # what is rebutted: "criticism", "allegations", "the lawsuit"
    # "Zellerbach countered that Hestrin engages in hyperbole", "shot back that Roe ...": an answer
    # that is about someone opposes that someone
    answering_verbs: list[str] = []
    answering_back_verbs: list[str] = []  # of those, the ones that answer only with "back"
    receive_verbs: list[str]  # "received the union's endorsement": the verb's subject is the object
    retraction_verbs: list[str]  # "withdrew its endorsement of X": negated
    refusal_verbs: list[str]  # "declined to endorse": negated
    removal_nouns: list[str]  # "support the recall of X" is removal of X
    support_relations: list[str]
    opposing_relations: list[str]
    removal_relation: str
    defended_relation: str
    hedges: list[str]  # auxiliaries that make an act a possibility ("may sue")
    intention_verbs: list[str]  # "plans to sue": not a fact
    removal_verbs: list[str]  # "organized the recall of X": seeking X's removal
    removal_acts: list[str] = []  # "opposed to recalling X": the acts of removal, as verbs
    effort_nouns: list[str]  # "X's bid to oust Y": X is the one who acts
    committee_nouns: list[str] = []  # "a pro-recall committee", "the recall group": an effort's body
    raise_verbs: list[str] = []  # "raised $2 million from X and Y": the subject gets X's money
    money_list_deps: list[str] = []  # how an amount hangs in a list under such a verb
    speech_verbs: list[str]  # "Doe said Roe is a fraud": Doe judges Roe
    condemnation: list[str]  # words of condemnation in what is said (shared with claim-negative)
    more_condemnation: list[str] = []  # further words, used only here
    role_nouns: dict[str, str] = {}  # "X, a critic of Y": a role noun's lemma -> the relation
    switch_verbs: list[str] = []  # "switched its endorsement from X to Y"
    support_nouns: list[str] = []  # what is switched
    support_verbs: list[str] = []  # "endorsed X but then switched her support": X's is retracted
    # "funneled contributions into X": money nouns whose prepositions name the recipient
    money_nouns: list[str] = []
    # "asked the court to remove X", "called for X's resignation": asking for one of `asked_acts`
    asking_verbs: list[str] = []
    # "I am proud to endorse X": an adjective whose "to" clause states the act, done by the
    # adjective's subject (unlike "eager to endorse", "ready to sue": not done yet)
    performative_adjectives: list[str] = []
    # "X and Y have sparred", "X clashed with Y": each opposes the other
    reciprocal_verbs: list[str] = []
    # "X and Y traded barbs": attacks exchanged; "X and Y slammed each other": a verb of these
    # relations done each to the other
    reciprocal_nouns: list[str] = []
    mutual_relations: list[str] = []
    asked_acts: list[str] = []
    resign_words: list[str] = []  # "Doe said Roe should resign"
    adjectives: dict[str, str] = {}  # "X is critical of Y": an adjective's lemma -> the relation
    # "spent $X on ads attacking Y": what money for ads (`media_nouns`) is, by the ads' verb
    media_nouns: list[str] = []
    message_nouns: list[str] = []  # "released a statement supporting X": the statement's author acts
    media_verbs: dict[str, str] = {}
    hyphen_participles: dict[str, str] = {}  # "Soros-backed Roe": a participle's lemma -> the relation
    wanting_verbs: list[str] = []  # "wants Roe removed": a wish for a removal
    # "a lawsuit seeking to remove X", "sued to block X's policy": a lawsuit's aim names whom it is
    # against
    seeking_verbs: list[str] = []
    again_words: list[str] = []  # "filed a similar suit": against whom the one before was
    facing_verbs: list[str] = []  # "Roe faces a recall led by X": Roe is whose removal is sought
    calling_verbs: list[str] = []  # "called X a disgrace", "described X as dangerous"
    money_relations: list[str] = []  # "funding $300,000 worth of flyers attacking X": for ads
    holding_verbs: list[str] = []  # "had the endorsements of X": the haver is endorsed
    # verbs whose "with" is a target, not a possession: "disagreed with the endorsement of X"
    with_targets: list[str] = []
    arrival_verbs: list[str] = []  # "Contributions to Roe came from X": the "from" gives
    going_verbs: list[str] = []  # "The union's endorsement went to Roe": the "to" receives
    withholding_verbs: list[str] = []  # "denied its endorsement to X": negated
    denying_verbs: list[str] = []  # "denied that she had endorsed X": the clause is negated
    weighing_verbs: list[str] = []  # "is considering a lawsuit against X": no fact
    ruling_verbs: list[str] = []  # "Judge Roe dismissed the lawsuit against X": Roe did not sue
    inquiry_nouns: list[str] = []  # "called for an investigation of X": opposition to X
    inquiry_verbs: list[str] = []  # "asked the attorney general to investigate X"
    recusal_verbs: list[str] = []  # "urged X to recuse herself"
    share_words: list[str] = []  # "raised $1.8 million, almost all of it contributed by X"
    # "his opponents", "the opponent of Burton": a rival in a race, which the news annotation does
    # not count as opposition; no relation, and "his opponents" is no actor of its own either
    rival_nouns: list[str] = []
    # "Republican candidate for Governor Darren Bailey was endorsed": the person named with the
    # office after "for" is the candidate
    office_seekers: list[str] = []
    fierce_words: list[str] = []  # "a vocal opponent of Roe": a fight, not a race
    virtue_words: list[str] = []  # "X said Roe is not qualified": a virtue denied condemns
    founding_verbs: list[str] = []  # "the PAC, which started with $300,000 from X": X funded it
    source_verbs: list[str] = []  # "Roe's money comes from X": X funded Roe
    body_nouns: list[str] = []  # "the Massachusetts chapter of the ACLU": the ACLU
    praise_words: list[str] = []  # "called Roe “an excellent choice”": support, not criticism
    occurrence_verbs: list[str] = []  # "the endorsement never came": the noun is what is denied
    losing_verbs: list[str] = []  # "lost the endorsement of X": the loser was endorsed, no longer
    # "a complaint with the state bar": bodies a complaint goes to that are no court
    grievance_bodies: list[str] = []
    grievance_kinds: list[str] = []  # "an ethics complaint", "a bar complaint": no lawsuit
    blocking_verbs: list[str] = []
    challenge_verbs: list[str] = []  # "a lawsuit challenging X's decision": against X
    # "dismissed Roe's lawsuit": a verb whose legal object (`object_nouns`) belongs to the one it
    # goes against
    # "the lawsuit names the city": a verb whose object the lawsuit (its subject) is against;
    # "the lawsuit alleges that X ...": a verb whose clause's subject it is against
    naming_verbs: list[str] = []
    contest_nouns: list[str] = []  # "entered the race questioning X": the entrant questions
    adding_verbs: list[str] = []  # "added the city as a defendant": a party, with "as" only
    alleging_verbs: list[str] = []


class Unnamed(_Strict):
    """An actor the text only describes ("the GOP governor", "uniformed officers", "Nueces DA")
    and no reference resolved to a name: proposals about it are kept at `factor` of their
    confidence, so that the default threshold leaves them out."""

    factor: float = Field(default=0.5, gt=0, le=1)
    # lower-case words that are part of names ("Beto de la Cruz", "Ahmed bin Said")
    particles: list[str] = [
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "dos",
        "das",
    ]


class Rules(_Strict):
    version: Literal[1]
    abbreviations: list[str] = []
    title_forms: dict[str, str] = {}  # a title's short form -> its words in full ("gov." -> governor)
    actors: Actors
    references: References
    proxy_nouns: ProxyNouns
    free_words: FreeWords
    relations: list[RelationRule] = Field(min_length=1)
    lawsuits: Lawsuits
    echoes: Echoes
    plurals: Plurals | None = None
    withdrawn: Withdrawn | None = None
    modality: Modality
    dependencies: DependencyRules
    unnamed: Unnamed = Unnamed()

    @property
    def relation_names(self) -> set[str]:
        d = self.dependencies
        return (
            {r.relation for r in self.relations}
            | {self.lawsuits.relation}
            | {t.relation for t in (*d.verbs, *d.nouns)}
            | {rel for t in d.verbs for rel in t.purposes.values()}
            | set(d.role_nouns.values())
            | {d.removal_relation, d.defended_relation}
        )

    @property
    def type_names(self) -> set[str]:
        a = self.actors
        names = {t.type for t in a.titles} | {t.type for t in a.org_types} | {p.type for p in a.place_offices}
        names |= set(a.appositive_nouns.values())
        names |= {a.groups.type}
        for types in (*self.references.pronouns.values(), *self.references.descriptions.values()):
            names.update(types)
        for r in self.relations:
            for spec in (*r.subject, *r.object):
                names.update(spec.types)
        names.update(self.lawsuits.court_types)
        names.add(self.references.place_government_type)
        return names


def load_rules(onto: Ontology, path: Path | None = None) -> Rules:
    """The rules in PATH (default: the bundled rules.yaml), checked against the ontology."""
    path = path or RULES_FILE
    data = load_yaml(path)
    try:
        rules = Rules.model_validate(data)
    except ValidationError as e:
        raise schema_error(e, data, path) from None
    names = [r.name for r in rules.relations] + [o.name for o in rules.lawsuits.outcomes]
    names += [f"dep-{t.name}" for t in (*rules.dependencies.verbs, *rules.dependencies.nouns)]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise KGError(f"duplicate rule name {dupes[0]!r}", path)
    unknown = sorted(rules.relation_names - set(onto.assertable_relations))
    if unknown:
        raise KGError(f"rules produce relation {unknown[0]!r}, which the ontology does not define", path)
    bad_types = sorted(rules.type_names - set(onto.types))
    if bad_types:
        raise KGError(f"rules use actor type {bad_types[0]!r}, which the ontology does not define", path)
    return rules

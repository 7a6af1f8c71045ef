"""The plain-word lookups (`kg opposed NAME`, one per ontology verb), `kg actor`, `kg path`, `kg search`."""

from __future__ import annotations

import sys

import click

from kg.cli.common import echo, get_backend, get_project, user_errors

LOOKUP_FORMATS = ["text", "json", "csv", "tsv"]


def _print_answers(backend, answers, fmt: str, evidence: bool, header: str) -> None:
    from kg.cli import render
    from kg.querying.lookups import document_citations

    if fmt == "json":
        echo(render.answers_json(answers), "json")
    elif fmt in ("csv", "tsv"):
        echo(render.answers_delimited(answers, "," if fmt == "csv" else "\t"), fmt, nl=False)
    else:
        echo(f"{header}: {len(answers)} assertion{'s' if len(answers) != 1 else ''}\n")
        echo(render.answers_text(answers, evidence, document_citations(backend) if evidence else None))


def make_lookup_command(verb: str) -> click.Command:
    """`kg VERB NAME`: who VERB'd NAME; `kg VERB --by NAME`: whom NAME VERB'd."""

    @click.command(
        verb,
        help=f"Who {verb} NAME? With --by NAME instead: whom NAME {verb}. "
        "Includes every sub-relation in the ontology, each answer with its quote and source.",
    )
    @click.argument("name", required=False)
    @click.option("--by", "by", metavar="NAME", help=f"The actor who {verb} (the subject).")
    @click.option("--no-evidence", is_flag=True, help="A compact list without quotes.")
    @click.option("--format", "fmt", type=click.Choice(LOOKUP_FORMATS), default="text", show_default=True)
    @click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
    @click.pass_context
    @user_errors
    def lookup_cmd(ctx, name, by, no_evidence, fmt, include_candidates):
        if name is None and by is None:
            raise click.UsageError(f"say whom: kg {verb} NAME, or kg {verb} --by NAME")
        backend = get_backend(ctx)  # first: an on-disk store opens while the rest is imported
        from kg.querying.lookups import lookup

        answers = lookup(backend, get_project(ctx).queries_dir, verb, name, by, include_candidates)
        from kg.base.verbs import sub_relations

        obj = answers[0].object if answers and name else name
        subj = answers[0].subject if answers and by else by
        header = f"Who {verb} {obj}" if by is None else f"Whom {subj} {verb}"
        if name is not None and by is not None:
            header = f"Did {subj} {verb} {obj}"
        subs = sub_relations(get_project(ctx).ontology_files, verb)
        if subs:
            header += f" (including {', '.join(subs)})"
        _print_answers(backend, answers, fmt, not no_evidence, header)

    return lookup_cmd


@click.command()
@click.argument("name")
@click.option("--no-evidence", is_flag=True, help="Relations without quotes.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--include-candidates", is_flag=True, help="Include machine-extracted candidates.")
@click.pass_context
@user_errors
def actor(ctx: click.Context, name: str, no_evidence: bool, fmt: str, include_candidates: bool) -> None:
    """Everything about one actor: type, offices, and every relation with its evidence."""
    from kg.querying.profile import profile, profile_text

    backend = get_backend(ctx)
    prof = profile(backend, get_project(ctx).queries_dir, name, include_candidates)
    if fmt == "json":
        import json

        echo(json.dumps(prof, indent=2, ensure_ascii=False), "json")
    else:
        echo(profile_text(prof, evidence=not no_evidence))


@click.command()
@click.argument("source")
@click.argument("target")
@click.pass_context
@user_errors
def path(ctx: click.Context, source: str, target: str) -> None:
    """The shortest chains of relations between two actors, in either direction."""
    from kg.querying.profile import shortest_chains

    chains = shortest_chains(get_backend(ctx), get_project(ctx).queries_dir, source, target)
    if not chains:
        echo(f"no chain of relations connects {source} and {target}")
        sys.exit(1)
    for chain in chains:
        echo(chain)

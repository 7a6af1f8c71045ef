"""`kg review`: the review page, and the same decisions from the terminal (list, accept, reject,
actor)."""

from __future__ import annotations

import json

import click

from kg.cli.common import echo, get_project, user_errors


@click.group(invoke_without_command=True)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=7879, show_default=True, help="0: any free port."
)
@click.pass_context
@user_errors
def review(ctx: click.Context, port: int) -> None:
    """Review the proposals of `kg extract`: without a subcommand, a page on 127.0.0.1 (its URL,
    with the token every request needs, is printed)."""
    if ctx.invoked_subcommand is not None:
        return
    from kg.serve.review import run_review

    run_review(get_project(ctx), port, say=lambda line: echo(line))


def _short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."


@review.command(name="list")
@click.argument("document", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--pending", "only_pending", is_flag=True, help="Only proposals not yet decided.")
@click.pass_context
@user_errors
def list_cmd(ctx: click.Context, document: str | None, fmt: str, only_pending: bool) -> None:
    """The proposals (of DOCUMENT: a file name, stem or number like 002), highest confidence first."""
    from kg.curate.proposals import load_review

    state = load_review(get_project(ctx), document)
    items = [it for it in state.items if not only_pending or it.status == "pending"]
    if fmt == "json":
        echo(json.dumps([it.as_json() for it in items], ensure_ascii=False, indent=1), "json")
        return
    if not items:
        echo("no proposals: `kg extract DOC` writes them" if not state.items else "no pending proposals")
    for d in state.documents():
        echo(f"{d['document']}: reviewed {d['reviewed']} of {d['total']}")
    for it in items:
        j = it.as_json()
        echo(
            f"{it.id}  {j['confidence'] if j['confidence'] is not None else '-':<5}  {it.status:<8}  "
            f"{j['subject_label']} -{j['relation']}-> {j['object_label']}  "
            f"{_short(j['quote'])!r}  [{j['rule']}]"
        )


@review.command()
@click.argument("proposal")
@click.option("--subject", help="The subject instead: a registry id, label or alias.")
@click.option("--object", "obj", help="The object instead: a registry id, label or alias.")
@click.option("--relation", help="The relation instead (one of the ontology's).")
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="KEY=VALUE",
    help="A qualifier (date, amount, ...); empty removes.",
)
@click.option("--span", metavar="START-END", help="Quote this passage of the document instead.")
@click.pass_context
@user_errors
def accept(
    ctx: click.Context,
    proposal: str,
    subject: str | None,
    obj: str | None,
    relation: str | None,
    sets: tuple[str, ...],
    span: str | None,
) -> None:
    """Accept PROPOSAL (edited by the options) into the document's assertion file."""
    from kg.curate.decide import accept as run_accept
    from kg.curate.proposals import load_review

    quals = {}
    for s in sets:
        key, eq, value = s.partition("=")
        if not eq:
            raise click.UsageError(f"--set {s!r}: give KEY=VALUE")
        quals[key.strip()] = value
    bounds = None
    if span is not None:
        a, dash, b = span.partition("-")
        if not (dash and a.isdigit() and b.isdigit()):
            raise click.UsageError(f"--span {span!r}: give START-END, two offsets")
        bounds = (int(a), int(b))
    project = get_project(ctx)
    state = load_review(project)
    path = run_accept(
        state, proposal, subject=subject, obj=obj, relation=relation, qualifiers=quals, span=bounds
    )
    echo(f"accepted {proposal} -> {path.relative_to(project.root)}")


@review.command()
@click.argument("proposal")
@click.option("--reason", help="Why (kept with the record).")
@click.pass_context
@user_errors
def reject(ctx: click.Context, proposal: str, reason: str | None) -> None:
    """Reject PROPOSAL: recorded in annotations/rejected/, never proposed again."""
    from kg.curate.decide import reject as run_reject
    from kg.curate.proposals import load_review

    project = get_project(ctx)
    path = run_reject(load_review(project), proposal, reason)
    echo(f"rejected {proposal} -> {path.relative_to(project.root)}")


@review.command()
@click.argument("actor")
@click.option(
    "--same-as", "same", metavar="ENTITY", help="ACTOR is this registry entry: its name becomes an alias."
)
@click.option("--new", "new_type", metavar="TYPE", help="ACTOR is a new registry entry of this type.")
@click.option("--label", help="With --new: the label (default: the proposed name).")
@click.pass_context
@user_errors
def actor(ctx: click.Context, actor: str, same: str | None, new_type: str | None, label: str | None) -> None:
    """A proposed actor (cand-...): its closest registry entries, or decide (--same-as / --new)."""
    from kg.curate.decide import closest, new_actor, same_as
    from kg.curate.proposals import load_review

    if same and new_type:
        raise click.UsageError("--same-as and --new exclude each other")
    project = get_project(ctx)
    state = load_review(project)
    if same:
        echo(f"{actor} is {same_as(state, actor, same)}: alias added to {project.entities_file.name}")
    elif new_type:
        eid = new_actor(state, actor, new_type, label)
        echo(f"{actor} is new: added {eid} to {project.entities_file.name}")
    else:
        for c in closest(state, actor):
            why = [f"name {c['name_similarity']:.2f}"]
            why += ["type fits"] if c["type_compatible"] else []
            why += ["in the same document"] if c["shared_document"] else []
            echo(f"{c['score']:.2f}  {c['id']}  {c['label']} ({c['type']}): {', '.join(why)}")

"""`kg synth`: synthetic graphs for the benchmarks."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import echo, get_project, user_errors


@click.command()
@click.option(
    "--triples",
    type=click.IntRange(min=1000),
    required=True,
    metavar="N",
    help="About how many triples (it stops at the first assertion boundary at or past N).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write: .nt or .ttl (N-Triples), .nq, or .trig (one named graph per document).",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same file.")
@click.pass_context
@user_errors
def synth(ctx: click.Context, triples: int, output: Path, seed: int) -> None:
    """Generate a synthetic graph shaped like the real one (ontology, actors, assertions, evidence)."""
    import time

    from kg.scale.synth import synthesize

    t0 = time.perf_counter()
    st = synthesize(output, triples, seed, get_project(ctx).ontology_dir)
    echo(
        f"wrote {output} ({st.triples:,} triples: {st.actors:,} actors of which {st.prosecutors:,} "
        f"prosecutors, {st.documents:,} documents, {st.assertions:,} assertions, {st.evidence:,} "
        f"pieces of evidence) in {time.perf_counter() - t0:.1f} s"
    )
    echo(f"parameter samples for the benchmark: {output.name}.samples.json")

"""Read the written graph files back with a strict parser and compare them with the graph in
memory, so a serialiser bug is a failed build instead of a corrupt graph/.

The parser is pyoxigraph's (strict by default: a file that another strict tool would refuse is
refused here). Every statement is compared, not just the count: the Turtle and the JSON-LD must
hold exactly the dataset's triples, the TriG exactly its quads.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.base.errors import CheckFailed
from kg.builder.serialize import ox_quads

# suffix: (format, whether the file holds the named graphs or the merged graph)
FORMATS = {
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".trig": (ox.RdfFormat.TRIG, True),
    ".jsonld": (ox.RdfFormat.JSON_LD, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
    ".nq": (ox.RdfFormat.N_QUADS, True),
}


def check_round_trip(files: dict[Path, bytes], ds: Dataset) -> None:
    """Raise CheckFailed, naming the file, unless each of FILES parses back to DS's statements
    (its quads for TriG and N-Quads, its triples merged into one graph for the others)."""
    quads = set(ox_quads(ds))
    triples = {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    for path, data in files.items():
        fmt, named = FORMATS[path.suffix]
        expected = quads if named else triples
        kind = "quads" if named else "triples"
        try:
            got = set(ox.parse(data, format=fmt))
        except SyntaxError as e:
            msg = " ".join(str(e.msg).split())[:300]
            raise CheckFailed(
                f"the {fmt.name} written does not parse back ({msg}); nothing written", path
            ) from None
        if got != expected:
            missing, extra = len(expected - got), len(got - expected)
            if len(got) == len(expected):  # same count: statements changed on the way, e.g. a literal
                diff = f"but {missing:,} of them differ from the graph built"
            else:
                diff = f"not the {len(expected):,} built ({missing:,} missing, {extra:,} not built)"
            raise CheckFailed(
                f"the {fmt.name} written reads back as {len(got):,} {kind}, {diff}; nothing written", path
            )

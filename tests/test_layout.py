"""The package layout keeps the data flow: a stage imports only itself, earlier stages and the base.

Every import statement of every module under src/kg is read with `ast` (function-level and
TYPE_CHECKING imports included: a backward import inside a function is still a backward import).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "kg"

# The stages in data-flow order. Stages of equal rank (serve, scale) may not import each other.
RANK = {
    "base": 0,
    "curate": 1,
    "extraction": 2,
    "builder": 3,
    "querying": 4,
    "views": 5,
    "serve": 6,
    "scale": 6,
    "cli": 7,
}
FACADES = {"kg", "kg.api"}  # the public API on top: `import kg`, kg.api
FACADE_RANK = 8
MAX_CLI_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path, name: str, known: set[str]) -> set[str]:
    """The kg modules that the module at PATH imports (a `from X import y` counts X.y when y is a
    module, else X)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name == "kg" or a.name.startswith("kg."))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod != "kg" and not mod.startswith("kg."):
                continue
            for alias in node.names:
                sub = f"{mod}.{alias.name}"
                out.add(sub if sub in known else mod)
    return out


def stage(mod: str) -> str | None:
    """The stage a module belongs to (None for the facades)."""
    if mod in FACADES:
        return None
    return mod.split(".")[1]


def rank(mod: str) -> int:
    s = stage(mod)
    return FACADE_RANK if s is None else RANK[s]


def allowed(importer: str, dep: str) -> bool:
    """Same stage, or an earlier one (stages of equal rank may not import each other)."""
    return stage(importer) == stage(dep) or rank(dep) < rank(importer)


def import_graph() -> nx.DiGraph:
    mods = modules()
    g = nx.DiGraph()
    for name, path in mods.items():
        g.add_node(name)
        for dep in imported(path, name, set(mods)):
            if dep != name:
                g.add_edge(name, dep)
    return g


def test_every_module_belongs_to_a_known_stage():
    strays = [m for m in modules() if m not in FACADES and stage(m) not in RANK]
    assert strays == [], f"modules outside the stage packages: {strays} (see docs/layout.md)"


def test_imports_flow_one_way():
    g = import_graph()
    backward = []
    for a, b in g.edges:
        if b not in g.nodes:
            backward.append(f"{a} imports {b}, which does not exist")
            continue
        if not allowed(a, b):
            backward.append(f"{a} ({stage(a) or 'facade'}) imports {b} ({stage(b) or 'facade'})")
    assert backward == [], "imports against the data flow:\n" + "\n".join(sorted(backward))


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], f"import cycles: {cycles}"


def test_cli_modules_are_thin():
    fat = {
        p.name: n
        for p in sorted((PACKAGE / "cli").glob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_CLI_LINES
    }
    assert fat == {}, f"cli modules over {MAX_CLI_LINES} lines: {fat}"


# The checker itself must see what it is meant to see; a fixture tree it has to judge.
@pytest.mark.parametrize(
    ("importer", "dep", "ok"),
    [
        ("kg.querying.store", "kg.base.errors", True),
        ("kg.builder.run", "kg.curate.inputs", True),
        ("kg.curate.ingest", "kg.builder.serialize", False),
        ("kg.serve.app", "kg.scale.push", False),
        ("kg.cli.views", "kg.views.viz", True),
        ("kg.views.viz", "kg.api", False),
    ],
)
def test_rank_rule(importer, dep, ok):
    assert allowed(importer, dep) is ok


def test_imports_are_read_from_function_bodies(tmp_path):
    mod = tmp_path / "m.py"
    mod.write_text(
        "from __future__ import annotations\n"
        "def f():\n    from kg.builder import serialize\n    import kg.views.viz\n",
        encoding="utf-8",
    )
    known = {"kg.builder.serialize", "kg.views.viz"}
    assert imported(mod, "kg.curate.m", known) == {"kg.builder.serialize", "kg.views.viz"}


def test_public_api_names_stay_functions_when_every_module_is_loaded():
    """A stage package must not take the name of a public function: importing kg.<stage>.x sets
    kg.<stage> on the package, which would hide kg.build() or kg.query()."""
    import importlib

    import kg

    for name in modules():
        if not name.endswith("__main__"):  # running the CLI is not importing it
            importlib.import_module(name)
    for name in ("build", "load", "query", "lookup", "to_networkx"):
        assert callable(getattr(kg, name)), f"kg.{name} is {getattr(kg, name)!r}"

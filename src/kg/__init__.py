"""prosecutor-kg: an evidence-backed knowledge graph of the fight over progressive prosecution.

The public API is imported lazily so that `import kg` stays cheap on the lookup path.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "Project", "KGError", "build", "load", "to_networkx", "query", "lookup"]


def __getattr__(name: str):  # PEP 562: lazy re-exports
    if name == "Project":
        from kg.base.paths import Project

        return Project
    if name == "KGError":
        from kg.base.errors import KGError

        return KGError
    if name == "build":
        from kg.builder.run import build

        return build
    if name in ("load", "to_networkx", "query", "lookup"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(name)

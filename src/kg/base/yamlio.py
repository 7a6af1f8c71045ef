"""YAML loading that remembers line numbers, so errors can name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.base.errors import KGError


class LineDict(dict):
    """A mapping that knows the line it started on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    d = LineDict()
    d.line = node.start_mark.line + 1
    d.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in d:
            raise KGError(f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
        d[key] = loader.construct_object(value_node, deep=True)
        d.key_lines[key] = value_node.start_mark.line + 1
    return d


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    lst = LineList(loader.construct_object(n, deep=True) for n in node.value)
    lst.line = node.start_mark.line + 1
    return lst


def _construct_str(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Keep every scalar that YAML would read as a date or number-like date as the text written,
    # so '2017-05' and 2017-05-21 both reach validation as strings.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; any problem becomes a KGError naming the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise KGError(f"cannot read: {e.strerror}", path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise KGError("not valid UTF-8", path, line) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except KGError as e:
        raise KGError(e.message, path, e.line) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        msg = f"malformed YAML: {e.problem or e.context}"
        raise KGError(msg, path, line) from None
    except yaml.YAMLError as e:
        raise KGError(f"malformed YAML: {e}", path) from None


def schema_error(e: Any, data: Any, path: Path, prefix: tuple[Any, ...] = ()) -> KGError:
    """One line for a pydantic ValidationError E on DATA read from PATH: the field, the message
    and the line. PREFIX locates the validated item within DATA (its index in a list)."""
    err = e.errors()[0]
    loc = tuple(err["loc"])
    field = ".".join(str(x) for x in loc) or "(top level)"
    msg = err["msg"].removeprefix("Value error, ")
    return KGError(f"{field}: {msg}", path, line_of(data, (*prefix, *loc)))


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest node along a pydantic error location that we can place."""
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            line = getattr(node, "line", line)
        else:
            break
        line = getattr(node, "line", line)
    return line

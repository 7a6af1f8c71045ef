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


MAX_DEPTH = 100  # nesting levels; the project's files use five at most


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses deep nesting with the line where it goes too deep: PyYAML composes
    and constructs nodes recursively, and 250 nested "[" would exhaust Python's stack."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                line = self.peek_event().start_mark.line + 1
                raise KGError(f"malformed YAML: nested more than {MAX_DEPTH} levels deep", line=line)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    d = LineDict()
    d.line = node.start_mark.line + 1
    d.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool | type(None)):
            raise KGError(
                "a mapping key must be a plain value, not a list or mapping",
                line=key_node.start_mark.line + 1,
            )
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
        raise KGError(_one_line(f"malformed YAML: {e.problem or e.context}"), path, line) from None
    except yaml.reader.ReaderError as e:  # a character YAML does not allow, such as a control
        line = text[: e.position].count("\n") + 1
        msg = f"malformed YAML: character U+{e.character:04X} is not allowed in YAML"
        raise KGError(msg, path, line) from None
    except yaml.YAMLError as e:
        raise KGError(_one_line(f"malformed YAML: {e}"), path) from None
    except RecursionError:  # a safety net: MAX_DEPTH stops nesting long before this
        raise KGError("malformed YAML: nested too deeply", path) from None


def _one_line(message: str) -> str:
    return " ".join(message.split())


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

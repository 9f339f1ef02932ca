"""Safe YAML loading for files users hand factcheck (gazetteer, lexicon, claims/, config).

Only plain data is ever built (``yaml.SafeLoader``: a ``!!python/object`` tag is an error,
never a call). Every error names the file and line, and the key when there is one:

    claims/aliases.yaml:12: products[3].aliases: must be a list of strings

Mappings and lists come back as :class:`YamlMap` / :class:`YamlList`, plain ``dict`` and
``list`` subclasses that remember the line of each key and item, so a loader that finds a
wrong type can say where it is (:func:`fail`). Duplicate keys are an error (YAML says keys
are unique; PyYAML would silently keep the last one), and so is heavy use of aliases
("billion laughs": a few lines that expand to gigabytes when walked).
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from typing import Any, NoReturn

from factcheck.errors import ConfigError, FactcheckError

__all__ = ["MAX_FRONT_MATTER_BYTES", "MAX_FRONT_MATTER_NODES", "MAX_NODES", "MAX_YAML_BYTES",
           "TooLarge", "YamlList", "YamlMap", "fail", "fast_safe_load", "line_at", "line_of",
           "load_yaml", "parse_packaged", "parse_yaml"]

#: YAML files larger than this are refused (no configuration or ledger file comes near it).
MAX_YAML_BYTES = 8 * 1024 * 1024
#: More aliases than this in one document is refused.
MAX_ALIASES = 100
#: More nodes than this in one document, counting every alias as the whole node it
#: stands for (what a reader walking the data meets), is refused.
MAX_NODES = 2_000_000
#: Article front matter: at most this many bytes and nodes (a few fields in practice).
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_FRONT_MATTER_NODES = 10_000


class TooLarge(ValueError):
    """A YAML document that expands to more nodes than its budget (or into itself)."""


def expanded_size(root: Any, budget: int) -> int:
    """The number of nodes of the composed document `root` with every alias expanded,
    computed without expanding (each shared node is sized once); TooLarge past `budget`
    or for a node that holds itself."""
    import yaml

    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > budget:
                raise TooLarge(f"more than {budget} nodes once aliases are expanded")
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise TooLarge("an alias that holds itself")
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: Any) -> list[Any]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


class YamlMap(dict[Any, Any]):
    """A YAML mapping that knows the line (1-based) of itself and of each key."""

    line: int | None = None
    lines: dict[Any, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines = {}


class YamlList(list[Any]):
    """A YAML sequence that knows the line (1-based) of itself and of each item."""

    line: int | None = None
    lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.lines = []


def line_at(data: object, loc: tuple[Any, ...] | list[Any]) -> int | None:
    """The line of the deepest item of `loc` (a key path such as a pydantic error's
    ``("facts", 1, "value")``) that `data` knows, else None."""
    line: int | None = line_of(data)
    node = data
    for key in loc:
        found = line_of(node, key)
        if found is not None:
            line = found
        try:
            node = node[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            break
    return line


def line_of(container: object, key: Hashable | None = None) -> int | None:
    """The line of `key` (a mapping key or list index) in `container`, else of the container."""
    if isinstance(container, YamlMap):
        if key is not None and key in container.lines:
            return container.lines[key]
        return container.line
    if isinstance(container, YamlList):
        if isinstance(key, int) and 0 <= key < len(container.lines):
            return container.lines[key]
        return container.line
    return None


def fail(error: type[FactcheckError], origin: str, container: object, key: Hashable | None,
         reason: str, where: str = "") -> NoReturn:
    """Raise `error` for `origin` at the line of `key` in `container`.

    `where` is the dotted key path shown before the reason ("products[3].aliases").
    """
    raise error(f"{where}: {reason}" if where else reason, origin, line_of(container, key))


def _loader_class() -> type[Any]:
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader that records lines, refuses duplicate keys and counts aliases."""

        aliases_seen = 0

        def construct_document(self, node: Any) -> Any:
            try:
                expanded_size(node, MAX_NODES)
            except TooLarge as exc:
                raise yaml.constructor.ConstructorError(
                    None, None, str(exc), node.start_mark) from None
            return super().construct_document(node)

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self.aliases_seen += 1
                if self.aliases_seen > MAX_ALIASES:
                    event = self.peek_event()  # type: ignore[no-untyped-call]
                    raise yaml.constructor.ConstructorError(
                        None, None, f"more than {MAX_ALIASES} aliases", event.start_mark)
            return super().compose_node(parent, index)

        def construct_yaml_map(self, node: Any) -> Any:
            data = YamlMap()
            data.line = node.start_mark.line + 1
            yield data
            self.flatten_mapping(node)
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    raise yaml.constructor.ConstructorError(
                        None, None, "a mapping key must be a plain value",
                        key_node.start_mark) from None
                if key in data:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark)
                data[key] = self.construct_object(value_node, deep=True)
                data.lines[key] = key_node.start_mark.line + 1

        def construct_yaml_seq(self, node: Any) -> Any:
            data = YamlList()
            data.line = node.start_mark.line + 1
            yield data
            for child in node.value:
                data.append(self.construct_object(child, deep=True))
                data.lines.append(child.start_mark.line + 1)

    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_yaml_map)
    Loader.add_constructor("tag:yaml.org,2002:seq", Loader.construct_yaml_seq)
    return Loader


def parse_yaml(text: str, origin: str, *, error: type[FactcheckError] = ConfigError) -> Any:
    """Parse YAML `text` read from `origin` safely; raise `error` naming origin and line."""
    import yaml

    try:
        # a SafeLoader subclass: plain data only
        return yaml.load(text, Loader=_loader_class())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = str(exc.problem or exc.context or "invalid YAML")
        if "could not determine a constructor" in problem:
            problem = problem.replace("could not determine a constructor for the tag",
                                      "tag not allowed (plain YAML only):")
        raise error(f"invalid YAML: {problem}", origin, line) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", origin) from None
    except RecursionError:
        raise error("invalid YAML: nested too deeply", origin) from None


def packaged(name: str, *, error: type[FactcheckError] = ConfigError) -> Any:
    """One of the package's own data files (`data/<name>`), parsed (`parse_packaged`)."""
    from importlib import resources

    text = resources.files("factcheck").joinpath("data", name).read_text("utf-8")
    return parse_packaged(text, name, error=error)


def parse_packaged(text: str, origin: str, *,
                   error: type[FactcheckError] = ConfigError) -> Any:
    """Parse YAML the package ships (its data files, which the tests read with
    `parse_yaml` too): with libyaml's safe loader where PyYAML has it, several times
    faster at start-up; else, or on any problem, with `parse_yaml`."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return parse_yaml(text, origin, error=error)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError:
        return parse_yaml(text, origin, error=error)  # which names the file and line


def load_yaml(path: str | os.PathLike[str], *,
              error: type[FactcheckError] = ConfigError) -> Any:
    """Read and parse the YAML file at `path` safely.

    Raises `error` (ConfigError by default; LedgerError for files under claims/) with the
    path, and the line when the problem has one: unreadable, too large, not UTF-8, not
    valid YAML, a disallowed tag, a duplicate key. An empty file is ``None``.
    """
    origin = os.fspath(path)
    try:
        size = os.stat(origin).st_size
        if size > MAX_YAML_BYTES:
            raise error(f"file too large ({size} bytes; limit {MAX_YAML_BYTES})", origin)
        with open(origin, "rb") as fh:
            data = fh.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc.__class__.__name__}", origin) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("not UTF-8 text", origin, line) from None
    return parse_yaml(text, origin, error=error)


def fast_safe_load(text: str, max_nodes: int = MAX_FRONT_MATTER_NODES) -> Any:
    """Plain data from YAML text, as fast as PyYAML can (libyaml's CSafeLoader when it is
    built in): for article front matter, read once per file and never reported by line.

    The rules of the safe loader hold here too: at most `MAX_ALIASES` aliases and
    `max_nodes` nodes once aliases are expanded (checked on the composed document,
    before any data is built; a few hundred bytes of nested aliases would otherwise
    expand to gigabytes). Raises yaml.YAMLError, TooLarge (a ValueError) past the budget,
    and ValueError for values such as the date 2025-02-30."""
    import yaml

    cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if text.count("*") > MAX_ALIASES and sum(
            1 for event in yaml.parse(text, Loader=cls)
            if isinstance(event, yaml.AliasEvent)) > MAX_ALIASES:
        raise TooLarge(f"more than {MAX_ALIASES} aliases")
    loader = cls(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node, max_nodes)
        return loader.construct_document(node)
    finally:
        loader.dispose()

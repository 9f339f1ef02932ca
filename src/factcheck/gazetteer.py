"""Product and company names with their aliases: packaged YAML plus user additions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.errors import LedgerError
from factcheck.yamlsafe import safe_loader as _safe_loader

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
}
_ORDINAL_RE = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")[- ]gen(?:eration)?\b", re.IGNORECASE
)
_GENERIC_RE = re.compile(
    r"\b(?:next|new|latest|newest|upcoming|future|successor)[- ]gen(?:eration)?\b"
    r"|\b(?:next|new|latest|newest|upcoming)\b",
    re.IGNORECASE,
)
# A version after a family name: "v2", "3", "3.1", "v5p", "-4o"; lists joined by / , and &.
_VERSION = r"(?:v\d{1,3}(?:\.\d{1,3})?[a-z]{0,2}|\d{1,3}(?:\.\d{1,3})?[a-z]{0,2}\b)"
_VERSION_LIST_RE = re.compile(
    r"[ -]?(" + _VERSION + r")((?:\s*(?:/|,|&|and)\s*" + _VERSION + r")*)"
)
_VERSION_ITEM_RE = re.compile(_VERSION)


@dataclass(frozen=True, slots=True)
class Mention:
    """A product or company named in a text."""

    name: str  # canonical, with version when the text gives one ("MTIA v2")
    family: str  # canonical family or product name ("MTIA")
    kind: str  # chip, model, platform, software, index, company, ...
    start: int
    end: int
    generic: bool = False  # family named without a generation ("next-generation MTIA")


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str
    versioned: bool
    prefix: str


@dataclass
class Gazetteer:
    """Lookup of product and company names; build with :func:`load_gazetteer`."""

    entries: dict[str, _Entry] = field(default_factory=dict)  # alias (casefolded) -> entry
    words: set[str] = field(default_factory=set)
    outlets: dict[str, str] = field(default_factory=dict)  # casefolded -> as written
    _regex: re.Pattern[str] | None = None
    _aliases: dict[str, _Entry] = field(default_factory=dict)  # alias as written -> entry
    _protected: set[str] | None = None

    def add(self, name: str, kind: str, aliases: list[str], versioned: bool, prefix: str) -> None:
        """Register a name and its aliases (later additions win)."""
        entry = _Entry(name, kind, versioned, prefix)
        for alias in {name, *aliases}:
            self.entries[alias.casefold()] = entry
            self._aliases[alias] = entry
        self._regex = None
        self._protected = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            aliases = sorted(self.entries, key=len, reverse=True)
            body = "|".join(re.escape(a) for a in aliases) or r"(?!x)x"
            self._regex = re.compile(r"(?<![\w-])(" + body + r")(?![\w])", re.IGNORECASE)
        return self._regex

    def find(self, text: str) -> list[Mention]:
        """Every product and company mention in `text`, in order."""
        out: list[Mention] = []
        for m in self.regex.finditer(text):
            entry = self.entries[m.group(1).casefold()]
            if entry.kind != "company" and m.group(1).islower() and not entry.name.islower():
                continue  # "jax" or "maia" in running lower-case text is not the product
            if entry.versioned:
                out.extend(self._versions(text, m, entry))
            else:
                out.append(Mention(entry.name, entry.name, entry.kind, m.start(), m.end()))
        return out

    def _versions(self, text: str, m: re.Match[str], entry: _Entry) -> list[Mention]:
        tail = _VERSION_LIST_RE.match(text, m.end())
        if tail:
            items = [tail.group(1), *_VERSION_ITEM_RE.findall(tail.group(2))]
            return [
                Mention(self._versioned(entry, v), entry.name, entry.kind, m.start(), tail.end())
                for v in items
            ]
        window = text[max(0, m.start() - 40) : m.start()]
        ordinal = list(_ORDINAL_RE.finditer(window))
        if ordinal:
            n = _ORDINALS[ordinal[-1].group(1).lower()]
            v = f"v{n}" if entry.prefix == "v" else str(n)
            return [Mention(self._versioned(entry, v), entry.name, entry.kind, m.start(), m.end())]
        generic = bool(_GENERIC_RE.search(window))
        return [Mention(entry.name, entry.name, entry.kind, m.start(), m.end(), generic)]

    @staticmethod
    def _versioned(entry: _Entry, version: str) -> str:
        v = version.lower().lstrip("-")
        if entry.prefix == "v" and not v.startswith("v"):
            v = "v" + v
        if entry.prefix != "v" and v.startswith("v") and v[1:2].isdigit():
            v = v[1:]
        sep = "-" if entry.prefix == "-" else " "
        return f"{entry.name}{sep}{v}"

    def protected_words(self) -> set[str]:
        """Words a table-column split must not cut: CamelCase words and product aliases."""
        if self._protected is None:
            names = {alias for alias, e in self._aliases.items() if e.kind != "company"}
            self._protected = self.words | {n for n in names if len(n) >= 3}
        return self._protected

    def companies(self, text: str) -> list[str]:
        """Canonical company names mentioned in `text`, in order of first mention."""
        seen: list[str] = []
        for mention in self.find(text):
            if mention.kind == "company" and mention.name not in seen:
                seen.append(mention.name)
        return seen

    def outlet(self, name: str) -> str | None:
        """The outlet or wire service a name stands for, if it is one."""
        return self.outlets.get(name.strip().strip(".,").casefold())

    def company(self, name: str) -> str | None:
        """Canonical company for a name or alias, if known."""
        entry = self.entries.get(name.strip().casefold())
        return entry.name if entry and entry.kind == "company" else None


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.load(text, Loader=_safe_loader(yaml))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise LedgerError(f"invalid YAML: {getattr(exc, 'problem', exc)}", origin, line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LedgerError("expected a mapping with products/companies/words", origin)
    unknown = set(data) - {"products", "companies", "words", "aliases", "outlets"}
    if unknown:
        raise LedgerError(f"unknown key {sorted(unknown)[0]!r}", origin)
    return data


def _merge(gaz: Gazetteer, data: dict[str, Any], origin: str) -> None:
    for section, kind_default in (("products", "product"), ("companies", "company")):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise LedgerError(f"{section!r} must be a list", origin)
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise LedgerError(f"each entry of {section!r} needs a string 'name'", origin)
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise LedgerError(f"aliases of {item['name']!r} must be a list of strings", origin)
            kind = "company" if section == "companies" else str(item.get("kind", kind_default))
            gaz.add(
                item["name"],
                kind,
                aliases,
                bool(item.get("versioned", False)),
                str(item.get("version_prefix", "")),
            )
    words = data.get("words") or []
    if not isinstance(words, list):
        raise LedgerError("'words' must be a list", origin)
    gaz.words.update(str(w) for w in words)
    outlets = data.get("outlets") or []
    if not isinstance(outlets, list):
        raise LedgerError("'outlets' must be a list", origin)
    gaz.outlets.update({str(o).casefold(): str(o) for o in outlets})


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The packaged gazetteer plus the YAML files in `extra` (paths), later ones winning."""
    gaz = Gazetteer()
    text = resources.files("factcheck").joinpath("data/gazetteer.yaml").read_text("utf-8")
    _merge(gaz, _read_yaml(text, "gazetteer.yaml"), "gazetteer.yaml")
    for path in extra:
        try:
            body = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LedgerError(f"cannot read: {exc.__class__.__name__}", path) from None
        _merge(gaz, _read_yaml(body, path), path)
    for entry in {e.name for e in gaz.entries.values()}:
        if re.search(r"[a-z][A-Z]", entry):
            gaz.words.add(entry)
    return gaz

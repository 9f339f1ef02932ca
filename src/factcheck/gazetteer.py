"""Product and company names with their aliases: packaged YAML plus user additions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from factcheck.errors import LedgerError
from factcheck.yamlio import fail, load_yaml, packaged

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


def trie_pattern(words: list[str]) -> str:
    """A pattern matching what the alternation of `words` (lower-case ASCII, longest
    first) matches, case ignored: at each branch the longer words are tried before a word
    ends, and two branches never match one character."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return pattern(root)


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
    _found: dict[str, tuple[Mention, ...]] = field(default_factory=dict)

    def add(self, name: str, kind: str, aliases: list[str], versioned: bool, prefix: str) -> None:
        """Register a name and its aliases (later additions win)."""
        entry = _Entry(name, kind, versioned, prefix)
        for alias in {name, *aliases}:
            self.entries[alias.casefold()] = entry
            self._aliases[alias] = entry
        self._regex = None
        self._protected = None
        self._found.clear()

    @property
    def regex(self) -> re.Pattern[str]:
        """Any alias, the longest first at each place, as a whole word."""
        if self._regex is None:
            aliases = sorted(self.entries, key=len, reverse=True)
            if all(a.isascii() for a in aliases):
                # one trie of the aliases: the same matches as their alternation (longest
                # first), without trying every alias at every character
                body = trie_pattern(aliases) if aliases else r"(?!x)x"
            else:
                body = "|".join(re.escape(a) for a in aliases) or r"(?!x)x"
            self._regex = re.compile(r"(?<![\w-])(" + body + r")(?![\w])", re.IGNORECASE)
        return self._regex

    def find(self, text: str) -> list[Mention]:
        """Every product and company mention in `text`, in order (remembered per text:
        a sentence is looked up by several extractors)."""
        hit = self._found.get(text)
        if hit is None:
            if len(self._found) > 20000:
                self._found.clear()
            hit = self._found[text] = tuple(self._find(text))
        return list(hit)

    def _find(self, text: str) -> list[Mention]:
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


_SECTIONS = ("products", "companies", "words", "outlets")
_ENTRY_KEYS = {"name", "kind", "maker", "aliases", "versioned", "version_prefix"}


def _read_yaml_data(data: Any, origin: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        fail(LedgerError, origin, data, None,
             "expected a mapping with products, companies and words")
    for key in data:
        if key not in _SECTIONS:
            fail(LedgerError, origin, data, key,
                 f"unknown key {key!r} (expected one of: {', '.join(_SECTIONS)})")
    return data


def _merge(gaz: Gazetteer, data: dict[str, Any], origin: str) -> None:
    """Add the products, companies and words of a parsed file, checking every type."""
    for section, kind_default in (("products", "product"), ("companies", "company")):
        items = data.get(section) or []
        if not isinstance(items, list):
            fail(LedgerError, origin, data, section, "must be a list", section)
        for n, item in enumerate(items):
            where = f"{section}[{n}]"
            if not isinstance(item, dict):
                fail(LedgerError, origin, items, n, "must be a mapping with a 'name'", where)
            for key in item:
                if key not in _ENTRY_KEYS:
                    fail(LedgerError, origin, item, key, f"unknown key {key!r}",
                         f"{where}.{key}")
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                fail(LedgerError, origin, item, "name", "needs a non-empty string 'name'",
                     where)
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(
                isinstance(a, str) and a.strip() for a in aliases
            ):
                fail(LedgerError, origin, item, "aliases", "must be a list of strings",
                     f"{where}.aliases")
            for key, types in (("kind", (str,)), ("version_prefix", (str,)),
                               ("versioned", (bool,))):
                if key in item and not isinstance(item[key], types):
                    wanted = "true or false" if types == (bool,) else "a string"
                    fail(LedgerError, origin, item, key, f"must be {wanted}", f"{where}.{key}")
            kind = "company" if section == "companies" else str(item.get("kind", kind_default))
            gaz.add(
                name,
                kind,
                aliases,
                bool(item.get("versioned", False)),
                str(item.get("version_prefix", "")),
            )
    words = data.get("words") or []
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        fail(LedgerError, origin, data, "words", "must be a list of strings", "words")
    gaz.words.update(words)
    outlets = data.get("outlets") or []
    if not isinstance(outlets, list) or not all(isinstance(o, str) for o in outlets):
        fail(LedgerError, origin, data, "outlets", "must be a list of strings", "outlets")
    gaz.outlets.update({o.casefold(): o for o in outlets})


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The packaged gazetteer plus the YAML files in `extra` (paths), later ones winning."""
    gaz = Gazetteer()
    _merge(gaz, _read_yaml_data(packaged("gazetteer.yaml", error=LedgerError),
                                "gazetteer.yaml"), "gazetteer.yaml")
    for path in extra:
        data = load_yaml(path, error=LedgerError)
        _merge(gaz, _read_yaml_data(data, path), path)
    for entry in {e.name for e in gaz.entries.values()}:
        if re.search(r"[a-z][A-Z]", entry):
            gaz.words.add(entry)
    return gaz

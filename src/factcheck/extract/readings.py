"""Readings: a value on a named scale, the scale word told before the number.

"a magnitude 6.8 earthquake", "an earthquake of magnitude 7.8", "a 6.8-magnitude quake",
"a Category 4 hurricane", "alert level 3": the figure's unit is the scale
(`data/readings.yaml`) and its noun the kind of thing it is a reading of ("earthquake",
"aftershock"), so two readings of one thing on one scale compare. "the 5.1 aftershock":
a number right before a noun a scale reads is that scale's reading. Designations
("Flight 447", "Boeing 737", "Air Force 1") are not readings: only listed scale words
read, and not after a capitalised name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from factcheck.extract.text import SPACE as _SP
from factcheck.extract.text import alternation as _alt
from factcheck.yamlio import packaged

__all__ = ["Reading", "is_scale", "reading_at"]

_NUM: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True, slots=True)
class Reading:
    start: int
    end: int
    scale: str
    value: Decimal
    step: Decimal
    noun: str | None  # the kind of thing read ("earthquake"), None when not told


@dataclass(frozen=True)
class _Table:
    before: re.Pattern[str]  # scale word (and linked thing) just before a number, reversed
    after: re.Pattern[str]  # "-magnitude" right after a number
    scale_of: dict[str, str]  # scale word (folded) -> scale
    kind_of: dict[str, dict[str, str]]  # scale -> noun (folded) -> kind
    noun_any: re.Pattern[str]  # a noun some scale reads, after a number
    linking: tuple[str, ...]


@functools.cache
def _table() -> _Table:
    data = packaged("readings.yaml")
    scale_of: dict[str, str] = {}
    kind_of: dict[str, dict[str, str]] = {}
    for scale, row in data["scales"].items():
        for w in row["words"]:
            scale_of[" ".join(str(w).lower().split())] = str(scale)
        kind_of[str(scale)] = {" ".join(str(n).lower().split()): str(kind)
                               for kind, nouns in (row.get("of") or {}).items() for n in nouns}
    words = list(scale_of)
    nouns = sorted({n for table in kind_of.values() for n in table}, key=len, reverse=True)
    linking = tuple(str(w) for w in data.get("linking") or [])
    before = re.compile(rf"(?<![\w-])(?P<w>{_alt(words)})(?:{_SP}|-)$", re.IGNORECASE)
    after = re.compile(rf"-(?P<w>{_alt(words)})(?![\w-])", re.IGNORECASE)
    noun_any = re.compile(rf"{_SP}(?P<n>{_alt(nouns)})(?![\w-])", re.IGNORECASE)
    return _Table(before, after, scale_of, kind_of, noun_any, linking)


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|this|that)\s+$", re.IGNORECASE)
# capitalised words that may stand before a scale word without making it a name
_OPENERS: Final = frozenset({"a", "an", "the", "its", "this", "that", "another", "at",
                             "of", "strong", "powerful", "huge", "shallow", "deep"})


def _thing_after(text: str, end: int, scale: str) -> tuple[str | None, int]:
    """The kind of thing the reading ending at `end` reads: the noun after it."""
    table = _table()
    m = table.noun_any.match(text, end)
    if m is None:
        return None, end
    kind = table.kind_of[scale].get(" ".join(m.group("n").lower().split()))
    return (kind, m.end()) if kind else (None, end)


def _thing_before(text: str, start: int, scale: str, lo: int) -> str | None:
    """The thing told before the scale word: "an earthquake of magnitude 7.8"."""
    table = _table()
    window = text[max(lo, start - 60) : start]
    for noun, kind in table.kind_of[scale].items():
        for link in table.linking:
            rx = rf"(?<![\w-]){re.escape(noun)}{_SP}+{re.escape(link)}{_SP}+(?:an?{_SP}+)?$"
            if re.search(rx, window, re.IGNORECASE):
                return kind
    return None


def _number(text: str, p: int) -> tuple[int, Decimal, Decimal] | None:
    m = _NUM.match(text, p)
    if m is None:
        return None
    q = m.end()
    if q < len(text) and (text[q].isalnum() or text[q] == "_" or (
            text[q] in ".,-–/:" and q + 1 < len(text) and text[q + 1].isdigit())):
        return None  # "6.8.1", "4-3", "3/4", "5G": not a reading
    raw = m.group()
    decimals = len(raw.partition(".")[2])
    return q, Decimal(raw), Decimal(10) ** -decimals


def _named(text: str, start: int, lo: int) -> bool:
    """A capitalised name just before the scale word: "Air Force 1" is a designation."""
    m = _WORD_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    return word[0].isupper() and word.lower() not in _OPENERS


def reading_at(text: str, p: int, lo: int) -> Reading | None:
    """The reading whose number starts at p, if the text tells one there."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,"):
        return None
    num = _number(text, p)
    if num is None:
        return None
    q, value, step = num
    table = _table()
    head = text[max(lo, p - 40) : p]
    m = table.before.search(head)
    if m is not None:
        start = max(lo, p - 40) + m.start()
        if _named(text, start, lo):
            return None
        scale = table.scale_of[" ".join(m.group("w").lower().split())]
        kind, end = _thing_after(text, q, scale)
        if kind is None:
            kind = _thing_before(text, start, scale, lo)
        return Reading(start, end if end > q else q, scale, value, step, kind)
    m = table.after.match(text, q)
    if m is not None:
        scale = table.scale_of[" ".join(m.group("w").lower().split())]
        kind, end = _thing_after(text, m.end(), scale)
        return Reading(p, end if end > m.end() else m.end(), scale, value, step, kind)
    # "felt the 5.1 aftershock": a number before a noun one scale reads
    if _THE_BEFORE.search(text, max(lo, p - 8), p) is None or q - p >= 4:
        return None  # "the 1987 earthquake": a year names it
    n = table.noun_any.match(text, q)
    if n is None or text[n.end() : n.end() + 1] in {"s"}:
        return None
    noun = " ".join(n.group("n").lower().split())
    found = [(s, kinds[noun]) for s, kinds in table.kind_of.items() if noun in kinds]
    if len(found) != 1 or noun.endswith("s"):
        return None  # a plural is counted ("the 3 aftershocks"), not read
    scale, kind = found[0]
    return Reading(p, n.end(), scale, value, step, kind)


def is_scale(unit: str) -> bool:
    """True when the unit is a reading's scale ("magnitude", "category")."""
    return unit in _table().kind_of

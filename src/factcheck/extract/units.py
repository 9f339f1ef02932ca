"""Physical units (length, area, volume, mass, speed): package data, `data/units.yaml`.

A unit as written ("feet", "km/h", "square miles") maps to a base unit ("m", "m/s", "m2")
and the factor to it, so figures compare in base units whatever unit they were written
in. A length or speed may say what it measures by a frame word near it ("at an altitude
of", "180 metres high", "winds of"); a size of a named thing ("the 720-foot tanker")
measures that thing, and nouns of one kind ("vessel", "ship") name one thing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.text import SPACE as _SP
from factcheck.extract.text import alternation as _alt
from factcheck.yamlio import packaged

__all__ = ["Units", "units"]



@dataclass(frozen=True)
class Units:
    """The unit table, the frames that say what a size measures, and kinds of things."""

    pattern: re.Pattern[str]  # a unit right after a number: group "u", the unit as written
    factors: dict[str, tuple[str, Decimal]]  # unit as written (folded) -> (base, factor)
    dimensions: dict[str, str]  # base unit -> dimension ("m" -> length)
    frames: dict[str, dict[str, str]]  # base unit -> phrase -> frame
    kinds: dict[str, str]  # measured noun -> its kind
    naming: tuple[str, ...]  # words naming what a size is of, after it ("named")
    sized_by: tuple[str, ...]  # verbs giving their subject's size ("the dam is", "rises")

    def of(self, written: str) -> tuple[str, Decimal]:
        return self.factors[" ".join(written.lower().split())]

    def is_physical(self, unit: str) -> bool:
        return unit in self.dimensions

    def frame(self, sent: str, start: int, end: int, unit: str) -> str:
        """What the size at sent[start:end] measures, told by a frame word: the nearest
        one before it in its clause (within a few words), or the one right after it;
        '' when none is told."""
        phrases = self.frames.get(unit)
        if not phrases:
            return ""
        ordered = tuple(sorted(phrases, key=len, reverse=True))
        inner = re.search(r"-([a-z]+)(?![\w-])", sent[start:end])
        if inner and inner.group(1) in phrases:
            return phrases[inner.group(1)]  # "a 180-metre-high dam"
        # the same size in another unit in brackets stands between: "41 m (135 ft) high"
        bracket = _BRACKETED.match(sent, end)
        m = _frame_re(ordered).match(sent, bracket.end() if bracket else end)
        if m:
            return phrases[" ".join(m.group(1).lower().split())]
        window = sent[max(0, start - 40) : start]
        window = re.split(r"[,;:()]|\b(?:and|but|while|when)\b", window)[-1]
        best = ""
        for m in _frame_anywhere(ordered).finditer(window):
            best = phrases[" ".join(m.group(1).lower().split())]
        return best


_BRACKETED = re.compile(rf"{_SP}*\([0-9][0-9,.]*{_SP}?[^\W\d]{{1,12}}\.?\)")


@functools.lru_cache(maxsize=8)
def _frame_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_SP}+|-)({_alt(phrases)})(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _frame_anywhere(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])({_alt(phrases)})(?![\w-])", re.IGNORECASE)


def _factor(text: str) -> Decimal:
    num, _, den = str(text).partition("/")
    return Decimal(num) / Decimal(den) if den else Decimal(num)


@functools.lru_cache(maxsize=1)
def units() -> Units:
    """The packaged unit table."""
    data = packaged("units.yaml")
    factors: dict[str, tuple[str, Decimal]] = {}
    as_written: set[str] = set()
    for base, rows in data["units"].items():
        for factor, words in rows.items():
            for w in words:
                factors[" ".join(str(w).lower().split())] = (str(base), _factor(factor))
                as_written.add(" ".join(str(w).split()))
    for w in data.get("tons") or []:
        factors[str(w).lower()] = ("ton", Decimal(1))
    dimensions = {str(k): str(v) for k, v in data["bases"].items()}
    dimensions["ton"] = "mass"
    written = sorted(as_written | {str(w).lower() for w in data.get("tons") or []},
                     key=len, reverse=True)
    # words in any case ("Feet"); abbreviations only as written ("5 ML models" is none)
    # a unit of one capital ("47.3C", "117.1F") only right after the number's digit
    body = "|".join(
        ("(?i:" + re.escape(w).replace(r"\ ", f"{_SP}") + ")") if (len(w) > 3 and w.isalpha())
        or " " in w else (rf"(?<=[0-9]){w}" if len(w) == 1 and w.isupper() else re.escape(w))
        for w in written)
    # after the number: a space, a hyphen ("720-foot") or nothing ("5km")
    pattern = re.compile(rf"(?:{_SP}|-)?(?P<u>{body})(?![\w²³/]|-[^A-Za-z])")
    frames = {str(base): {str(p).lower(): str(name) for name, ps in rows.items() for p in ps}
              for base, rows in (data.get("frames") or {}).items()}
    kinds = {str(n).lower(): str(kind) for kind, nouns in (data.get("kinds") or {}).items()
             for n in nouns}
    naming = tuple(str(w) for w in data.get("naming") or [])
    sized_by = tuple(str(w) for w in data.get("sized_by") or [])
    return Units(pattern, factors, dimensions, frames, kinds, naming, sized_by)

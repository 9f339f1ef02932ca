"""Tallies: a split of votes ("voted 7-2 for the cut", "a 6-3 ruling", "by 7 votes to 2",
"the bill passed by 231 to 189").

Told after a word of voting, or before a noun of one (`data/readings.yaml`, `tallies`),
a split is one figure of unit "tally": the counts for and against as written, so two
outlets giving another split of one vote clash. A game's score ("beat Ostlow 3-1", "a 2-2
draw", `scores` in `data/readings.yaml`) is a tally of a score, the higher count first: a
score and a vote never meet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from factcheck.extract.text import SPACE as _SP
from factcheck.extract.text import alternation as _alt
from factcheck.yamlio import packaged

__all__ = ["TALLY", "Tally", "tally_at", "tally_parts", "tally_value"]

TALLY: Final = "tally"
_BASE: Final = 10000  # a tally's value: for * _BASE + against


@dataclass(frozen=True, slots=True)
class Tally:
    start: int
    end: int
    yes: int
    no: int
    of: str = "vote"  # what the split counts: a vote's for and against, or a game's score


@functools.cache
def _scores() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = packaged("readings.yaml")["scores"]
    before = re.compile(rf"(?<![\w-])(?:{_alt(data['before'])})(?![\w-])", re.IGNORECASE)
    after = re.compile(rf"{_SP}+(?:[a-z]+{_SP}+)?(?:{_alt(data['after'])})(?![\w-])",
                       re.IGNORECASE)
    return before, after


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = packaged("readings.yaml")["tallies"]
    split = re.compile(rf"([0-9]{{1,4}}){_SP}?[-–]{_SP}?([0-9]{{1,4}})(?![0-9%-]|[.,][0-9])"
                       rf"|([0-9]{{1,4}}){_SP}+votes{_SP}+to{_SP}+([0-9]{{1,4}})(?![0-9%-]|[.,][0-9])"
                       rf"|([0-9]{{1,4}}){_SP}+to{_SP}+([0-9]{{1,4}})(?![\w%-]|[.,][0-9]|{_SP}*"
                       rf"(?:%|per{_SP}?cent|percent|percentage|points?|pts|million|billion|"
                       rf"thousand|bn|m|k)(?![\w]))")
    before = re.compile(rf"(?<![\w-])(?:{_alt(data['before'])})(?:{_SP}+(?:was|of|by|is|were))?"
                        rf"(?:{_SP}+(?:a|an|the))?{_SP}+$", re.IGNORECASE)
    after = re.compile(rf"{_SP}+(?:[a-z]+{_SP}+)?(?:{_alt(data['after'])})(?![\w-])",
                       re.IGNORECASE)
    return split, before, after


@functools.cache
def _passing() -> re.Pattern[str]:
    words = packaged("readings.yaml")["tallies"]["passing"]
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", re.IGNORECASE)


@functools.cache
def _passed() -> re.Pattern[str]:
    words = packaged("readings.yaml")["tallies"]["passing"]
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?:{_SP}+[A-Za-z][\w'’-]*){{0,3}}{_SP}+$",
                      re.IGNORECASE)


def _passed_before(window: str) -> bool:
    """A verb of passing a measure ends the clause before a split, or its object of up to
    three words does ("passed 52-48", "approved the merger 7-2", "passed the Senate 52 to
    48")."""
    return _passed().search(window) is not None


def tally_at(text: str, p: int, lo: int) -> Tally | None:
    """The tally whose first count starts at p, if a word of voting tells one."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,-/$€£"):
        return None
    split, before, after = _patterns()
    m = split.match(text, p)
    if m is None:
        return None
    window = re.split(r"[,;:(]", text[max(lo, p - 30) : p])[-1]
    if m.group(5):
        # "passed by 231 to 189": a split only after "by" and a verb of passing a measure
        # before it in the sentence, or right after a word of voting or such a verb
        # ("voted 310 to 112", "passed the Senate 52 to 48"), the larger count first (a
        # range runs low to high: "by 5 to 10"); a count after it ("by 4 to 6 weeks")
        # makes it none
        yes, no = m.group(5), m.group(6)
        if not (int(yes) > int(no) and (
                (re.search(r"(?<![\w-])by\s+$", text[lo:p], re.IGNORECASE)
                 and _passing().search(text, max(lo, p - 80), p))
                or before.search(window) or _passed_before(window))):
            return None
        return Tally(p, m.end(), int(yes), int(no))
    yes, no = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if len(yes) == 4 and 1900 <= int(yes) <= 2099 and len(no) in (2, 4):
        return None  # "voted the 2021-22 budget": years, not a split
    told = before.search(window) or (
        re.search(r"(?<![\w-])by\s+$", window, re.IGNORECASE) and m.group(3)) or (
        # "the bill passed 52-48", "approved the merger 7-2": more for than against
        int(yes) > int(no) and _passed_before(window))
    if told or after.match(text, m.end()):
        return Tally(p, m.end(), int(yes), int(no))
    # a game's score ("beat Ostlow 3-1", "a 3-1 victory", "lost 1-3"): told by a word of
    # playing, the higher count first (who won is the sentence's, not the score's)
    score_before, score_after = _scores()
    if m.group(1) and (score_before.search(window) or score_after.match(text, m.end())):
        high, low = sorted((int(yes), int(no)), reverse=True)
        if high <= 99:
            return Tally(p, m.end(), high, low, "score")
    return None


def tally_value(yes: int, no: int) -> float:
    return float(yes * _BASE + no)


def tally_parts(value: float) -> tuple[int, int]:
    """(for, against) of a tally's value."""
    v = int(value)
    return v // _BASE, v % _BASE

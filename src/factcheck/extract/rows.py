"""Terse rows: a list of lines that each pair a name with a bare number.

A results post or a list prints "Eastgate 412", "Millbrook 298" one to a line, with the
thing counted said once beside the list ("412 households on the list", a line before or
after it). Each such line is a figure of that noun owned by its name, as "Eastgate: 412
households" would be; a single "Flight 1282" stays a designator, and a list no adjacent
line gives a counted noun stays unread.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.dates import parse_date
from factcheck.extract.figures import find_figures
from factcheck.models import Line

# "Green Future 18", "SDA 34", "St. Mary's — 57": a capitalised name of up to five words,
# then a bare count and nothing else
_ROW = re.compile(
    r"^\s*(?:[-*•]\s+)?"
    r"(?P<name>[A-Z][\w&'’.]*(?:[ -](?:[A-Z][\w&'’.]*|of|and|the|for|de|&)){0,4})"
    r"\s*(?:[:—–]\s*|\s+)"
    r"(?P<number>\d{1,3}(?:,\d{3})*|\d+)\s*$")
#: The fewest rows of one shape a list holds: one line "Flight 1282" is a designator.
MIN_ROWS = 2
#: How far from the list its caption may stand, in lines.
CAPTION_GAP = 2


def _row(text: str, published: dt.date | None) -> tuple[str, str] | None:
    m = _ROW.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    if parse_date(name, published) is not None:
        return None  # "Monday 57": a day dates a count, it owns none
    return name, m.group("number")


def _caption_noun(line: Line) -> str | None:
    """The noun the first count of a caption line counts ("120 seats, 61 for a
    majority" → seats)."""
    for fig in find_figures(line.text):
        if fig.quantity.unit == "count" and fig.noun:
            return fig.noun
    return None


def terse_rows(lines: tuple[Line, ...],
               published: dt.date | None) -> dict[int, tuple[str, str]]:
    """For each terse row of a list whose caption names what it counts, the words it
    stands for and the name that owns its figure ("SDA 34" → ("SDA: 34 seats", "SDA")),
    by line number."""
    out: dict[int, tuple[str, str]] = {}
    i = 0
    while i < len(lines):
        run: list[tuple[Line, tuple[str, str]]] = []
        j = i
        while j < len(lines) and (row := _row(lines[j].text, published)) is not None and (
                not run or lines[j].number == run[-1][0].number + 1):
            run.append((lines[j], row))
            j += 1
        if len(run) < MIN_ROWS or len({name for _, (name, _) in run}) < len(run):
            i = max(j, i + 1)
            continue
        first, last = run[0][0].number, run[-1][0].number
        near = sorted((ln for ln in lines if 0 < first - ln.number <= CAPTION_GAP
                       or 0 < ln.number - last <= CAPTION_GAP),
                      key=lambda ln: min(abs(ln.number - first), abs(ln.number - last)))
        noun = next((n for ln in near if (n := _caption_noun(ln)) is not None), None)
        if noun is not None:
            for line, (name, number) in run:
                out[line.number] = (f"{name}: {number} {noun}", name)
        i = j
    return out

"""Times of day: when something happened ("The quake hit at 3:42 a.m.", "Errors began at
9:14 a.m. UTC", "service was restored at 16:02 UTC"), as minutes after midnight.

A time is read as written: "3:42 a.m." to the minute, "4 a.m." to the hour; "p.m." adds
twelve hours. Its zone, when one is written (`data/clock.yaml` `zones`), is told with it
(`clock_zone`): times of two zones are never one, and a time of no zone (or "local time")
may agree with a zoned one, never clash. A
clock time with neither a.m./p.m. nor a zone counts only after a word of time ("at 16:02",
"until 16:02"): "3:42" alone may be a ratio or a score; "2:03:41" is a time taken (see
`durations`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from factcheck.extract.text import SPACE as _SP
from factcheck.extract.text import alternation as _alt
from factcheck.yamlio import packaged

__all__ = ["CLOCK", "ZONE_MARK", "Clock", "clock_at", "clock_moment", "clock_value", "clock_zone"]

CLOCK: Final = "clock"
#: Marks the modifier of a time of day that tells its zone ("zone:UTC").
ZONE_MARK: Final = "zone:"


@dataclass(frozen=True, slots=True)
class Clock:
    start: int
    end: int
    minutes: int  # after midnight
    step: int  # 1: to the minute; 60: to the hour


@dataclass(frozen=True)
class _Table:
    time: re.Pattern[str]
    before: re.Pattern[str]
    zone: re.Pattern[str]
    local: re.Pattern[str]
    moments: dict[str, str]
    moment: re.Pattern[str]


@functools.cache
def _table() -> _Table:
    data = packaged("clock.yaml")
    time = re.compile(
        rf"(?P<h>[0-9]{{1,2}})(?:[:.](?P<m>[0-5][0-9]))?(?![0-9]|:[0-9])"
        rf"(?:{_SP}?(?P<ampm>[ap])\.?{_SP}?m\b\.?)?", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{_alt([str(w) for w in data['before']])}){_SP}+$",
                        re.IGNORECASE)
    zone = re.compile(rf"{_SP}*\(?(?P<z>{_alt([str(z) for z in data['zones']])})\b")
    local = re.compile(rf"{_SP}+(?:{_alt([str(w) for w in data['local']])})\b", re.IGNORECASE)
    moments = {" ".join(str(w).lower().split()): str(kind)
               for kind, words in data["moments"].items() for w in words}
    moment = re.compile(rf"(?<![\w-])(?P<w>{_alt(list(moments))})(?![\w-])", re.IGNORECASE)
    return _Table(time, before, zone, local, moments, moment)


def clock_at(text: str, p: int, lo: int) -> Clock | None:
    """The time of day whose number starts at p, if one is written there."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,-/:$€£"):
        return None
    t = _table()
    m = t.time.match(text, p)
    if m is None:
        return None
    hour, minute, ampm = int(m.group("h")), m.group("m"), (m.group("ampm") or "").lower()
    end = m.end()
    zone = t.zone.match(text, end)
    local = t.local.match(text, end)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    elif minute is None:
        return None  # "at 4" is no time without a.m. or p.m.
    elif not (hour <= 23 and (zone or local or t.before.search(text[max(lo, p - 20) : p]))):
        return None
    if minute is not None and m.group()[len(m.group("h"))] == "." and not ampm:
        return None  # "at 16.02" is a number unless a.m. or p.m. follow
    if zone is not None:
        end = zone.end() + (text[zone.end() : zone.end() + 1] == ")")
    elif local is not None:
        end = local.end()
    return Clock(p, end, hour * 60 + int(minute or 0), 1 if minute is not None else 60)


def clock_zone(written: str) -> str:
    """The zone a written time of day gives ("09:14 UTC": UTC), '' when none."""
    m = _table().zone.search(written)
    return m.group("z").upper() if m else ""


def clock_value(minutes: float) -> str:
    """"03:42" for 222 minutes after midnight."""
    m = round(minutes) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def clock_moment(before: str, stopwords: frozenset[str]) -> tuple[str, str] | None:
    """What the clause before a time of day tells of it: its moment, by the last verb of
    one (`data/clock.yaml` `moments`: `start` or `end`), and its thing, the last noun
    before that verb ("The quake woke the city at": start, quake; "full service was
    restored at": end, service; '' when none); None when no such verb is told."""
    found = list(_table().moment.finditer(before))
    if not found:
        return None
    moment = _table().moments[" ".join(found[-1].group("w").lower().split())]
    for word in reversed([str(w) for w in _WORD.findall(before[: found[-1].start()])]):
        low = word.lower()
        if low in stopwords or low.endswith("ly") or not word.isalpha():
            continue
        return moment, low
    return moment, ""

"""Durations: a length of time of a thing told, as a figure in days.

"jailed for 7 and a half years", "a 7½-year sentence", "7 years 6 months", "a five-year
contract", "28 days to lodge an appeal", "the trial lasted 11 weeks": the value is in days
(`data/durations.yaml`: a year is 365.25 days, a month 30.4375), to the precision written
(the smallest unit told, or its decimals), and the figure's noun is what it is the length
of: the noun the duration is hyphenated to ("contract"), the subject of a verb of lasting
("trial"), what a frame word before it tells ("jailed for": a sentence) or, after it, the
act it allows ("to lodge": time to lodge), or words after it, how early or late a thing
came ("two days early" and "48 hours ahead of schedule": one earliness). A length of
time no word ties to a thing ("for 52 hours", "after nine days", "a 19-day build", "took
three weeks", "within 40 minutes", "14 months later") is a bare duration: a length of
what its sentence speaks of, that may agree with one of that length, never clash. An age,
a time past ("two years ago") or a span looked over ("over the past five years") is none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from factcheck.extract.text import SPACE as _SP
from factcheck.extract.text import alternation as _alt
from factcheck.extract.text import stem
from factcheck.yamlio import packaged

__all__ = ["AGE", "BARE", "DAY", "TIME", "Duration", "age_at", "duration_at",
           "spell_hyphenated", "thing_words", "unit_stems"]

DAY: Final = "day"
AGE: Final = "age"
#: The modifier of a bare duration's claim: a length of time of no thing named.
BARE: Final = "bare"


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    days: Decimal
    step: Decimal  # in days
    thing: str  # "" for a bare duration (no thing told)
    unit_days: Decimal = Decimal(1)  # the days of the unit its number is written in
    told: str = ""  # of a bare duration, the noun of a verb of lasting ("the siege lasted")


@dataclass(frozen=True)
class _Table:
    unit: re.Pattern[str]  # a unit after a number: " years", "-year"
    factor: dict[str, Decimal]
    thing_after: re.Pattern[str]  # a thing's noun after a hyphenated duration
    thing_of: dict[str, str]
    frame: re.Pattern[str]  # frame words (searched in the clause before)
    frame_here: re.Pattern[str]  # frame words right before the number
    of_thing: re.Pattern[str]  # "of <thing>" after the duration
    frame_of: dict[str, str]
    lasting: re.Pattern[str]
    lasting_any: re.Pattern[str]  # the same, of any noun ("the siege lasted")
    allowed: re.Pattern[str]
    allowed_by: re.Pattern[str]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    bare_after: re.Pattern[str]  # words after the number that leave it a bare duration
    bare_before: re.Pattern[str]
    told_after: re.Pattern[str]  # words after the number that tell the thing ("early")
    after_of: dict[str, str]


@functools.cache
def _table() -> _Table:
    data = packaged("durations.yaml")
    factor = {str(w).lower(): Decimal(str(f)) for f, ws in data["units"].items() for w in ws}
    thing_of = {" ".join(str(n).lower().split()): str(k)
                for k, ns in data["things"].items() for n in ns}
    frame_of = {" ".join(str(n).lower().split()): str(k)
                for k, ns in data["frames"].items() for n in ns}
    # "14 hours", "a 14-hour session", and the short forms written close up ("14hrs",
    # "23sec", "90mins"); a letter alone ("5m", "2s") is no unit close up
    attached = [str(w).lower() for w in data.get("attached") or []]
    # ... and past a word that only stresses the length ("three full days", "11 straight
    # years")
    between = rf"(?:{_SP}+(?:{_alt([str(w) for w in data.get('between') or []])}))?"
    unit = re.compile(rf"(?:{between}(?:{_SP}|-)(?P<u>{_alt(list(factor))})"
                      rf"|(?P<a>{_alt(attached)}))(?![\w])", re.IGNORECASE)
    thing_after = re.compile(
        rf"(?:{_SP}+[a-z]+)??{_SP}+(?P<t>{_alt(list(thing_of))})(?![\w-])", re.IGNORECASE)
    frame = re.compile(rf"(?<![\w-])(?P<f>{_alt(list(frame_of))})(?![\w-])", re.IGNORECASE)
    of_thing = re.compile(rf"{_SP}+of{_SP}+(?P<t>{_alt(list(thing_of))})(?![\w-])",
                          re.IGNORECASE)
    frame_here = re.compile(rf"(?<![\w-])(?:{_alt(list(frame_of))}){_SP}+$", re.IGNORECASE)
    lasting = re.compile(
        rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?){_SP}+(?:[a-z]+{_SP}+){{0,2}}?(?P<t>"
        rf"{_alt(list(thing_of))})(?:{_SP}+itself)?{_SP}+(?:{_alt(data['lasting'])}){_SP}+$")
    lasting_any = re.compile(
        rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w'’-]*['’]s){_SP}+(?:[a-z-]+{_SP}+){{0,2}}?"
        rf"(?P<t>[a-z]{{3,}})(?:{_SP}+itself)?{_SP}+(?:(?:had|has|have){_SP}+)?"
        rf"(?:{_alt([*data['lasting'], *data['lasting_perfect']])}){_SP}+$")
    allowed = re.compile(rf"(?:{_SP}+from{_SP}+[a-z]+)?{_SP}+(?:{_alt(data['allowed'])})"
                         rf"{_SP}+(?P<v>[a-z]{{3,}})(?![\w-])")
    allowed_by = re.compile(rf"(?<![\w-])(?:{_alt(data['allowed_by'])}){_SP}+(?:only{_SP}+|just"
                            rf"{_SP}+|up{_SP}+to{_SP}+)?$", re.IGNORECASE)
    not_after = re.compile(rf"(?:{_SP}+|-)(?:{_alt(data['not_after'])})(?![\w])",
                           re.IGNORECASE)
    not_before = re.compile(rf"(?<![\w-])(?:{_alt(data['not_before'])}){_SP}+$",
                            re.IGNORECASE)
    bare_after = re.compile(rf"(?:{_SP}+|-)(?:{_alt(data['bare_after'])})(?![\w])",
                            re.IGNORECASE)
    bare_before = re.compile(rf"(?<![\w-])(?:{_alt(data['bare_before'])}){_SP}+$",
                             re.IGNORECASE)
    after_of = {" ".join(str(n).lower().split()): str(k)
                for k, ns in data["told_after"].items() for n in ns}
    told_after = re.compile(rf"{_SP}+(?P<t>{_alt(list(after_of))})(?![\w-])", re.IGNORECASE)
    return _Table(unit, factor, thing_after, thing_of, frame, frame_here, of_thing, frame_of,
                  lasting, lasting_any, allowed, allowed_by, not_after, not_before, bare_after,
                  bare_before, told_after, after_of)


_NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_HALF = re.compile(rf"½|{_SP}+and{_SP}+a{_SP}+half")
_AND = re.compile(rf",?{_SP}+(?:and{_SP}+)?")


#: A time taken written as a clock ("2:03:41") or compactly ("6h48m", "6 hr 48 min").
_CLOCK = re.compile(r"([0-9]{1,2}):([0-5][0-9]):([0-5][0-9])(?![0-9:])")
_COMPACT = re.compile(rf"([0-9]{{1,3}}){_SP}?h(?:rs?)?{_SP}?([0-9]{{1,2}}){_SP}?m(?:ins?)?(?![\w])")
_SECOND = Decimal(1) / Decimal(86400)

#: What a time written as a clock or in two units is the length of when nothing says:
#: such times may agree, never clash (a winner's time and the record it broke).
TIME = "time"


def _amount(text: str, p: int) -> tuple[int, Decimal, Decimal, Decimal] | None:
    """NUMBER [½ | and a half] UNIT: (end, days, step in days, unit factor)."""
    clock = _CLOCK.match(text, p) or _COMPACT.match(text, p)
    if clock is not None:
        h, mnt, sec = (int(g or 0) for g in (*clock.groups(), None)[:3])
        step = _SECOND if clock.re is _CLOCK else 60 * _SECOND
        return clock.end(), (h * 3600 + mnt * 60 + sec) * _SECOND, step, _SECOND
    m = _NUM.match(text, p)
    if m is None:
        return None
    value = Decimal(m.group())
    decimals = len(m.group().partition(".")[2])
    q = m.end()
    half = _HALF.match(text, q)
    step_units = Decimal(10) ** -decimals
    if half is not None:
        value += Decimal("0.5")
        step_units = Decimal("0.5")
        q = half.end()
    u = _table().unit.match(text, q)
    if u is None:
        return None
    factor = _table().factor[(u.group("u") or u.group("a")).lower()]
    return u.end(), value * factor, step_units * factor, factor


def time_amount_at(text: str, p: int) -> bool:
    """An amount of time is written at p ("10 minutes", "5 years"), whatever it measures."""
    return _amount(text, p) is not None


def duration_at(text: str, p: int, lo: int) -> Duration | None:
    """The duration whose number starts at p, when the text tells what it is the length of."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,-/"):
        return None
    first = _amount(text, p)
    if first is None:
        return None
    end, days, step, factor = first
    joined = "-" in text[p:end]
    # "7 years 6 months", "seven years and six months": a smaller unit added
    for _ in range(2):  # "2 hours 3 minutes and 41 seconds": down to a third unit
        sep = _AND.match(text, end)
        if sep is None or joined:
            break
        nxt = _amount(text, sep.end())
        if nxt is None or nxt[3] >= factor:
            break
        end, days, step, factor = nxt[0], days + nxt[1], nxt[2], nxt[3]
    table = _table()
    if text[end : end + 1] in {"'", "’"}:
        return None  # "12 months' notice": the length of what follows, no frame's
    told_of = table.of_thing.match(text, end)
    if told_of is not None:  # "6 hours 48 minutes of disruption"
        return Duration(p, told_of.end(), days, step,
                        table.thing_of[" ".join(told_of.group("t").lower().split())])
    if table.not_after.match(text, end):
        return None  # "23 years old", "two years ago", "three years in a row"
    head = text[max(lo, p - 40) : p]
    compound = end > p and (text[p:end].count(":") == 2 or first[3] != factor
                            or _COMPACT.match(text, p) is not None)
    framed = table.frame_here.search(head) is not None  # "finished in", "jailed for"
    if table.not_before.search(head) and not framed and not compound:
        return None  # "over the past five years", "every four weeks"
    if not framed and _SPREAD.search(text, max(0, p - 40), p):
        return None  # "6.5% over three years", "$40 billion over five years": the figure's span
    bare = Duration(p, end, days, step, "", factor)
    if table.bare_after.match(text, end) or (
            table.bare_before.search(head) and not framed and not compound):
        # "14 months later", "20 minutes into the flight", "within 40 minutes", "in three
        # years" (not "finished in", not "in 2:03:41"): a length told of no thing; "13
        # hours of debate": of what the noun after names
        if joined:
            return None
        return Duration(p, end, days, step, "", factor, _of_noun(text, end))
    after = table.told_after.match(text, end)
    if after is not None and not joined:  # "two days early", "48 hours ahead of schedule"
        return Duration(p, after.end(), days, step,
                        table.after_of[" ".join(after.group("t").lower().split())])
    thing = ""
    if joined:
        t = table.thing_after.match(text, end)
        if t is None:
            # "a 19-day build", "the 10-year bond": a length of what the noun names, which
            # no thing's word tells (an age, "a 23-year-old", is read before)
            return bare
        return Duration(p, t.end(), days, step, table.thing_of[" ".join(
            t.group("t").lower().split())])
    allowed = table.allowed.match(text, end)
    if allowed is not None and table.allowed_by.search(text, max(lo, p - 20), p):
        return Duration(p, end, days, step, f"time to {allowed.group('v').lower()}")
    lasting = table.lasting.search(text, max(lo, p - 60), p)
    if lasting is not None:
        return Duration(p, end, days, step,
                        table.thing_of[" ".join(lasting.group("t").lower().split())])
    clause = _clause_before(text[max(lo, p - 110) : p])
    for m in table.frame.finditer(clause):
        thing = table.frame_of[" ".join(m.group("f").lower().split())]
    if not thing and compound:
        thing = TIME  # "2:03:41", "6 hours 48 minutes": a time taken, whatever it timed
    if not thing:
        # "for 52 hours", "after nine days", "took three weeks"; "the siege lasted nine
        # days": a length of what the noun names, which no thing's word tells
        told = table.lasting_any.search(text, max(lo, p - 60), p)
        if told is not None and told.group("t") not in _NOT_TOLD:
            return Duration(p, end, days, step, "", factor, told.group("t"))
        return bare
    return Duration(p, end, days, step, thing)


#: A figure spread over the length after it ("6.5% over three years", "$40 billion over
#: five years"): the length is the figure's term, no length of a thing told.
_SPREAD = re.compile(r"(?:\d|%|\b(?:cent|percent|bn|billion|million|thousand|m))"
                     rf"{_SP}+over{_SP}+$", re.IGNORECASE)

#: "of debate", "of this deliberation", "of national mourning": the words after "of"
#: (past a determiner) where the noun a length of time is of stands.
_OF_WORDS = re.compile(rf"{_SP}+of{_SP}+(?:(?:the|this|that|these|those|its|their|his|her)"
                       rf"{_SP}+)?(?P<w>[a-z]+(?:{_SP}+[a-z]+)?)")
_FUNCTION = frozenset({"the", "and", "or", "but", "was", "were", "had", "has", "have", "is",
                       "are", "over", "for", "in", "on", "at", "to", "by", "with", "from"})


def _of_noun(text: str, end: int) -> str:
    """The noun "of" names after a length of time ("13 hours of debate": debate, "three
    days of national mourning": mourning): the last of two words at most that run up to
    a function word, a verb in -ed or the end; "" when none."""
    m = _OF_WORDS.match(text, end)
    if m is None:
        return ""
    kept: list[str] = []
    for w in m.group("w").split():
        if len(w) < 3 or w in _FUNCTION or w.endswith("ed"):
            break
        kept.append(w)
    return kept[-1] if kept else ""


#: Words a verb of lasting may follow that name no thing ("the one lasted").
_NOT_TOLD = frozenset({"one", "ones", "other", "same", "whole", "first", "last", "latest"})

_CLAUSE_BREAK = re.compile(r"[;:()]|\band\b|\bbut\b|\bwhile\b|\bwho\b|\bwhich\b")
#: A piece between commas that only names or ages whom a verb acts on: "Ana Ruiz", "41",
#: "Ana Ruiz KC" (every word capitalised, or a number).
_APPOSITIVE = re.compile(r"\s*(?:[0-9]{1,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*")
#: What is left of a clause after such pieces when they stand between its verb and the
#: length: a preposition alone ("…, Ana Ruiz, 41, for nine years").
_PREPOSITION_ONLY = re.compile(r"\s*(?:for|to)\s*")


def _clause_before(head: str) -> str:
    """The clause a duration's number ends, up to 70 characters back: cut at a comma or a
    clause word, except that pieces between commas naming or aging a person ("jailed the
    driver, Ana Ruiz, 41, for nine years", "sentenced Ana Ruiz, 41, to two years") join
    the clause of the verb before them."""
    broken = _CLAUSE_BREAK.split(head)[-1]
    pieces = broken.split(",")
    last = pieces[-1]
    if len(pieces) > 2 and _PREPOSITION_ONLY.fullmatch(last):
        n = len(pieces) - 2
        while n > 0 and _APPOSITIVE.fullmatch(pieces[n]):
            n -= 1
        if n < len(pieces) - 2:  # at least one piece skipped: the verb's clause and "for"
            return pieces[n] + " " + last
    return last[-70:]


@functools.cache
def _spelled() -> tuple[re.Pattern[str], dict[str, int]]:
    data = packaged("numbers.yaml")
    words = {str(k).lower(): int(v) for k, v in {**data["units"], **data["tens"]}.items()}
    units = list(_table().factor)
    body = "|".join(sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?P<n>{body})(?:-(?P<o>{body}))?(?=-(?:{_alt(units)})"
                       r"(?![\w]|-old))", re.IGNORECASE), words)


def spell_hyphenated(text: str) -> str:
    """"a five-year contract" → "a 5-year contract" (not an age: "a five-year-old")."""
    pattern, words = _spelled()
    if "-" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        n = words[m.group("n").lower()] + (words[m.group("o").lower()] if m.group("o") else 0)
        return str(n)
    return pattern.sub(repl, text)


@functools.cache
def _ages() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = packaged("durations.yaml")["ages"]
    after = re.compile(rf"[0-9]{{1,3}}(?:{_SP}|-)(?:{_alt(data['after'])})(?![\w-])",
                       re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{_alt(data['before'])}){_SP}+$", re.IGNORECASE)
    return after, before


def age_at(text: str, p: int, lo: int) -> tuple[int, int, int] | None:
    """An age whose number starts at p ("the 23-year-old", "aged 49"): (start, end, years)."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,-/"):
        return None
    after, before = _ages()
    m = after.match(text, p)
    if m is not None:
        return p, m.end(), int(_NUM.match(text, p).group())  # type: ignore[union-attr]
    b = before.search(text, max(lo, p - 12), p)
    n = _AGE_NUMBER.match(text, p)
    if b is not None and n is not None:
        return b.start(), n.end(), int(n.group())
    if n is not None and _APPOSED_AFTER.match(text, n.end()) and int(n.group()) <= _OLDEST \
            and _APPOSED_NAME.search(text, max(lo, p - 60), p):
        # "Lisandre Vauquelin, 41, grew up …", "said Mr Plaskett, 58, who …": a number
        # set off by commas after a person's name is that person's age
        return n.start(), n.end(), int(n.group())
    return None


_AGE_NUMBER = re.compile(r"[0-9]{1,3}(?![0-9%]|[.,][0-9]|-[0-9])")
#: A person's name of two words or more (or an honorific and a name), then a comma.
_APPOSED_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\.?\s+){1,3}[A-Z][\w'’-]+,\s+$")
_APPOSED_AFTER = re.compile(r"\s*[,)]")
#: The oldest age read from a number after a name.
_OLDEST = 115


@functools.cache
def unit_stems() -> frozenset[str]:
    """The words of time units, and their stems ("hours", "hour", "days", "day"): what a
    bare duration's noun says of its unit, not of what it measured."""
    words = set(_table().factor)
    return frozenset(words | {stem(w) for w in words})


@functools.cache
def thing_words(thing: str) -> frozenset[str]:
    """The stems of the words that name a duration's thing ("strike": strike, walkout,
    stoppage; "time to lodge": lodge); none for a time taken, an earliness or a delay,
    which any sentence may tell."""
    if thing.startswith("time to "):
        return frozenset({stem(thing.removeprefix("time to "))})
    names = [n for n, k in _table().thing_of.items() if k == thing]
    return frozenset(stem(w) for n in names for w in n.split())

"""Ellipsis in a list of figures: "Green Party won 18 seats, the Farmers' Union took 14 and
the Liberals seven" — each later clause names its own owner and a bare number that counts
the first figure's noun.

A later number is read only when its clause is a named owner and at most one verb of the
first figure's family (`elision_families:` in `data/numbers.yaml`) before it, and the
number ends the clause; "won 18 seats in 2021 and 14" (no owner of its own) and "won 18
seats and lost 4" (another verb family) stay unread.
"""

from __future__ import annotations

import functools
import re

from factcheck.extract.figures import FigureMatch, parse_quantity
from factcheck.yamlio import packaged

# a clause of the list: a separator, then "[the] [one or two lower words] Name [verb]",
# then a bare count that ends the clause
_CLAUSE = re.compile(
    r"(?:,\s+(?:and\s+|while\s+|with\s+)?|\s+and\s+|;\s+|\s+while\s+)"
    r"(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’.-]*){0,4})"
    r"(?:\s+(?P<verb>[a-z]+))?"
    r"\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3})"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:and|or|while)\b)")
_VERB_BEFORE = re.compile(r"([a-z]+)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$")


@functools.cache
def _families() -> dict[str, int]:
    data = packaged("numbers.yaml")
    return {str(w).lower(): n for n, words in enumerate(data["elision_families"])
            for w in words}


def _same_family(first: str | None, verb: str | None) -> bool:
    if verb is None or verb == first:
        return True
    fam = _families()
    return first is not None and first in fam and fam.get(verb) == fam[first]


def elided(text: str, figures: list[FigureMatch]) -> list[tuple[FigureMatch, str]]:
    """The bare counts of a list after the first counted figure, each with the noun it
    elides and the name that owns it."""
    first = next((f for f in figures if f.quantity.unit == "count" and f.noun), None)
    if first is None or first.noun is None:
        return []
    before = _VERB_BEFORE.search(text, max(0, first.start - 40), first.start)
    verb = before.group(1) if before else None
    taken = [(f.start, f.end) for f in figures]
    out: list[tuple[FigureMatch, str]] = []
    at = text.find(first.noun, first.end, first.end + 40)
    if at < 0:
        return []
    pos = at + len(first.noun)
    while (m := _CLAUSE.match(text, pos)) is not None:
        # each clause follows the one before: "won 18 seats in the west, and City 2"
        # leaves the list
        pos = m.end()
        start, end = m.span("num")
        if any(a < end and start < b for a, b in taken):
            break
        if not _same_family(verb, m.group("verb")):
            break  # another verb: another thing counted, and the list ends here
        q = parse_quantity(m.group("num"))
        if q is None or q.unit != "count":
            break
        out.append((FigureMatch(start, end, m.group("num"), q, first.noun), m.group("name")))
    return out


# "confirmed deaths from the quake: 112", "Seats won: 47": a label, a colon, a bare count
# that ends the clause
_LABELLED = re.compile(
    r"(?P<label>(?<![\w:])[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,7}):[ \u00a0]+"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[.;,)]|$))")
_PLURAL_WORD = re.compile(r"[A-Za-z]{3,}s")


def labelled(text: str, figures: list[FigureMatch]) -> list[tuple[str, FigureMatch]]:
    """Bare counts a label before a colon says what they count ("Deaths: 112"), each as
    the clause it stands for ("112 deaths") and its figure there; the noun is the label's
    first plural word, if it has one (the lexicon may name the measure from the label's
    words either way)."""
    out: list[tuple[str, FigureMatch]] = []
    if ":" not in text:
        return out  # every label ends in a colon: the pattern is not searched
    taken = [(f.start, f.end) for f in figures]
    for m in _LABELLED.finditer(text):
        start, end = m.span("num")
        if any(a < end and start < b for a, b in taken):
            continue
        q = parse_quantity(m.group("num"))
        if q is None or q.unit != "count":
            continue
        noun = next((w.lower() for w in m.group("label").split()
                     if _PLURAL_WORD.fullmatch(w) and not w.lower().endswith("ss")), None)
        num = m.group("num")
        out.append((f"{num} {m.group('label')}", FigureMatch(0, len(num), num, q, noun)))
    return out

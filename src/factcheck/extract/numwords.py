"""Spelled-out numbers as digits: "six crew members" → "6 crew members".

Figures are parsed from digits; a sentence is read through `digitise` first, and claims
still quote the sentence as written. The number words are package data
(`data/numbers.yaml`). A small grammar, not a general parser: cardinals up to the
hundreds, joined by hyphens or spaces, optionally followed by a scale word ("two
million"), and "a dozen"; plural scale words ("hundreds of", "tens of thousands of") as
the lower bound they state; fractions of a percentage point ("a quarter of a percentage
point", "a half-point hike") as decimals. "one" counts only before a noun it counts ("one
month", not "one of the", "no one").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.durations import spell_hyphenated
from factcheck.extract.text import STOPWORDS
from factcheck.yamlio import packaged


@dataclass(frozen=True, slots=True)
class _Words:
    units: dict[str, int]
    tens: dict[str, int]
    hundred: str
    groups: dict[str, int]
    scales: dict[str, int]
    not_after_one: frozenset[str]
    not_before_one: frozenset[str]
    pattern: re.Pattern[str]
    magnitudes: dict[str, str]
    magnitude: re.Pattern[str]
    not_after_magnitude: frozenset[str]
    fractions: dict[str, str]
    fraction: re.Pattern[str]
    #: the words one of which every match of `pattern` opens with, lower-cased
    openers: frozenset[str]
    shares: dict[str, str]
    share: re.Pattern[str]
    not_before_share: frozenset[str]
    not_shares_of: frozenset[str]
    #: the last word of each fraction, lower-cased: a text without one holds no share
    share_words: tuple[str, ...]
    #: the denominators of fractions, singular ("third", "quarter")
    ordinals: frozenset[str]


@cache
def _words() -> _Words:
    data = packaged("numbers.yaml")
    units = {str(k): int(v) for k, v in data["units"].items()}
    tens = {str(k): int(v) for k, v in data["tens"].items()}
    groups = {str(k): int(v) for k, v in data["groups"].items()}
    hundred = str(data["hundred"])
    word = "|".join(sorted([*units, *tens], key=len, reverse=True))
    # a run of number words: "twenty-five", "two hundred and forty", "a dozen"
    cardinal = rf"(?:{word})(?:[- ](?:{word}))*"
    scales = {str(k).lower(): int(v) for k, v in data["scale_values"].items()}
    scale = "|".join(scales)
    basic = rf"{cardinal}(?: {hundred}(?:(?: and)? {cardinal})?)?"
    # "two thousand five hundred": a scale with a smaller group after it is one number
    # ("two thousand" alone stays "2 thousand", which the figure grammar reads); "a
    # hundred" is 100, and "a" before a scale and what it counts one ("a million
    # visitors": "1 million"; not "invested less than a billion.")
    run = (rf"{basic}(?: (?:{scale})(?:,? (?:and )?{basic}))*"
           rf"|a (?:{'|'.join(groups)}|{hundred})|a(?= (?:{scale}) [a-z])")
    pattern = re.compile(rf"(?<![\w-])(?:{run})(?![\w-])", re.IGNORECASE)
    magnitudes = {str(k).lower(): str(v) for k, v in data["magnitudes"].items()}
    # "tens of thousands of GPUs": the longest magnitude first, always before what it counts
    told = "|".join(re.escape(k) for k in sorted(magnitudes, key=len, reverse=True))
    magnitude = re.compile(rf"(?<![\w-])({told}) of (?=[\w$€£])", re.IGNORECASE)
    fractions = {" ".join(str(k).lower().replace("-", " ").split()): str(v)
                 for k, v in data["fractions"].items()}
    part = "|".join(r"[- ]".join(map(re.escape, k.split()))
                    for k in sorted(fractions, key=len, reverse=True))
    moves = "|".join(re.escape(str(w)) for w in data["point_moves"])
    # "a quarter of a percentage point", "half a percentage point"; "the quarter-point cut"
    # and a rate moved "by" one: "cut rates by a quarter point", "raised it by half a point"
    verbs = "|".join(re.escape(str(w)) for w in data["point_verbs"])
    fraction = re.compile(
        rf"(?<![\w-])(?:(?:an?|one) )?({part})(?: of)? (?:an?|one) percentage[- ]points?(?![\w-])"
        rf"|(?<![\w-])({part})[- ](?:percentage[- ])?point(?=[- ](?:{moves})(?![\w-]))"
        rf"|(?<![\w-])((?:{verbs})(?: [a-z]+){{0,3}} by) (?:(?:an?|one) )?({part})(?: of)?"
        rf"(?: (?:an?|one))? (?:percentage[- ])?points?(?![\w-])",
        re.IGNORECASE)
    shares = {" ".join(str(k).lower().replace("-", " ").split()): str(v)
              for k, v in data["shares"].items()}
    for ordinal, d in (data.get("share_denominators") or {}).items():
        # "a third", "an eighth", "one fifth"; "two-fifths", "three tenths"
        for one in ("a", "an", "one"):
            shares.setdefault(f"{one} {ordinal}", f"1 in {d}")
        for numerator, n in units.items():
            if 1 < n < int(d):
                shares.setdefault(f"{numerator} {ordinal}s", f"{n} in {d}")
    told_shares = "|".join(r"[- ]".join(map(re.escape, k.split()))
                           for k in sorted(shares, key=len, reverse=True))
    # "a quarter of the workforce", "half of the 1,200 staff", "two thirds of its members"
    share = re.compile(rf"(?<![\w-])({told_shares}) of (?=(?:the|its|their|all) (\w+)|([a-z]+s)\b)",
                       re.IGNORECASE)
    return _Words(units, tens, hundred, groups, scales,
                  frozenset(str(w) for w in data["not_after_one"]),
                  frozenset(str(w) for w in data["not_before_one"]), pattern,
                  magnitudes, magnitude,
                  frozenset(str(w) for w in data["not_after_magnitude"]),
                  fractions, fraction,
                  frozenset(w.lower() for w in (*units, *tens, *groups, hundred, *scales)),
                  shares, share, frozenset(str(w) for w in data["not_before_share"]),
                  frozenset(str(w) for w in data["not_shares_of"]),
                  tuple(sorted({k.split()[-1].rstrip("s") for k in shares})),
                  frozenset(str(k).lower() for k in data.get("share_denominators") or {}))


_LETTER_RUN = re.compile(r"[a-z]+")


def _value(run: str, w: _Words) -> int | None:
    if run.lower() == "a":
        return 1  # "a million": one of the scale that follows
    total = 0
    current = 0
    for tok in re.split(r"[- ,]+", run.lower()):
        if tok == "a" or tok == "and":
            continue
        if tok in w.scales:
            if not current or (total and total < w.scales[tok] * current):
                return None  # "thousand million", "five hundred two thousand"
            total += current * w.scales[tok]
            current = 0
        elif tok in w.groups:
            current = (current or 1) * w.groups[tok]
        elif tok == w.hundred:
            current = (current or 1) * 100
        elif tok in w.tens:
            if current % 100 >= 10 or (current % 10):
                return None  # "twenty thirty": two numbers, not one
            current += w.tens[tok]
        elif tok in w.units:
            if current % 10 or 10 <= current % 100 < 20:
                return None  # "five six"
            current += w.units[tok]
        else:
            return None
    return total + current


def is_number_word(word: str) -> bool:
    """The word is a spelled-out number ("one", "twelve", "dozen")."""
    return word.lower() in _words().openers


#: A spelled number hyphened to a noun that is the adjective of another ("a four-person
#: crew", "a five-member panel", "a twenty-seat majority").
_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[a-z]+)?)-([a-z]+)(?= ([a-z]+))")


def _compound_counts(text: str, w: _Words) -> str:
    """Spelled numbers (two or more) that open a compound adjective, written as digits,
    unless what follows the hyphen is a fraction's ("two-thirds") or the compound is
    followed by a closed-class word ("three-way of ...")."""
    def repl(m: re.Match[str]) -> str:
        run, noun, after = m.group(1), m.group(2), m.group(3)
        if not all(p.lower() in w.units or p.lower() in w.tens for p in run.split("-")):
            return m.group()
        value = _value(run.replace("-", " "), w)
        if value is None or value < 2 or after in STOPWORDS or noun in w.ordinals \
                or noun in w.units or noun in w.tens \
                or noun.removesuffix("s") in w.ordinals or noun in ("half", "halves"):
            return m.group()
        return f"{value}-{noun}"
    return _COMPOUND.sub(repl, text)


def is_spelled_number(word: str) -> bool:
    """The word spells a number or a rank out, whole ("Two", "Thirty-seven", "Seventh"):
    every part of it is a number word, the last one an ordinal too."""
    parts = word.lower().split("-")
    return bool(parts) and all(map(is_number_word, parts[:-1])) and (
        is_number_word(parts[-1]) or parts[-1] in _words().ordinals)


@cache
def _half_unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"a(n) UNIT and a half" and "half a(n) UNIT", of the units of time durations.yaml
    names in the singular."""
    data = packaged("durations.yaml")
    short = {str(a) for a in data.get("attached") or []}
    units = sorted({str(u) for us in data["units"].values() for u in us
                    if not str(u).endswith("s") and str(u) not in short}, key=len, reverse=True)
    alt = "|".join(map(re.escape, units))
    return (re.compile(rf"\b(?:an?|one)\s+({alt})\s+and\s+a\s+half\b", re.IGNORECASE),
            re.compile(rf"\bhalf\s+an?\s+({alt})\b", re.IGNORECASE))


def _half_units(text: str) -> str:
    """The text with a unit of time and a half written as 1.5 of it, half a unit as 0.5."""
    and_half, half_a = _half_unit_patterns()
    text = and_half.sub(lambda m: f"1.5 {m.group(1)}s", text)
    return half_a.sub(lambda m: f"0.5 {m.group(1)}", text)


@lru_cache(maxsize=8192)
def digitise(text: str) -> str:
    """The text with spelled-out cardinal numbers written as digits, and orders of
    magnitude ("tens of thousands of") as the lower bound they state."""
    w = _words()
    # an ASCII text without the words every match of a pattern holds is not searched
    low = text.lower() if text.isascii() else None
    if (low is None or "point" in low) and w.fraction.search(text):
        def points(m: re.Match[str]) -> str:
            part = " ".join((m.group(1) or m.group(2) or m.group(4)).lower().replace(
                "-", " ").split())
            told = f"{w.fractions[part]} percentage point" + (
                "s" if m.group(1) or m.group(4) else "")
            return f"{m.group(3)} {told}" if m.group(3) else told

        text = w.fraction.sub(points, text)
    text = spell_hyphenated(text)  # "a five-year deal": a duration (not "five-year-old")
    if "half" in text:
        text = _half_units(text)  # "an hour and a half", "half a day": 1.5 hours, 0.5 days
    if "-" in text:
        text = _compound_counts(text, w)  # "a four-person crew": a crew of 4 people
    low = text.lower() if text.isascii() else None
    if (low is None or (" of " in low and any(k in low for k in w.share_words))) \
            and w.share.search(text):
        def share(m: re.Match[str]) -> str:
            before = text[: m.start()].rstrip().rsplit(None, 1)
            previous = before[-1].lower().strip(",;:") if before else ""
            whole = (m.group(2) or m.group(3) or "").lower()
            if previous in w.not_before_share or whole in w.not_shares_of:
                return m.group()
            return f"{w.shares[' '.join(m.group(1).lower().replace('-', ' ').split())]} of "

        text = w.share.sub(share, text)
    low = text.lower() if text.isascii() else None
    if (low is None or " of " in low) and w.magnitude.search(text):
        def bound(m: re.Match[str]) -> str:
            before = text[: m.start()].rstrip().rsplit(None, 1)
            if before and before[-1].lower() in w.not_after_magnitude:
                return m.group()
            return f"more than {w.magnitudes[m.group(1).lower()]} "

        text = w.magnitude.sub(bound, text)
        low = text.lower() if text.isascii() else None
    if (low is not None and w.openers.isdisjoint(_LETTER_RUN.findall(low))) or \
            not w.pattern.search(text):
        return text
    out: list[str] = []
    pos = 0
    for m in w.pattern.finditer(text):
        run = m.group()
        value = _value(run, w)
        if value is None:
            continue
        after = text[m.end() :].lstrip()
        nxt = re.match(r"[\w'’]+", after)
        following = nxt.group().lower() if nxt else ""
        before = text[: m.start()].rstrip().rsplit(None, 1)
        previous = before[-1].lower().strip(",;:") if before else ""
        if run.lower() == "a" and previous == "in":
            continue  # "one in a million": odds, no count
        if value == 1 and (not following or following in w.not_after_one
                           or previous in w.not_before_one or not after[:1].isalpha()):
            continue
        out.append(text[pos : m.start()])
        out.append(f"{value:,}")  # "2,500": a count, never a year
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)

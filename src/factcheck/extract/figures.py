"""Figures in prose: money, counts, percentages, power, process nodes and other quantities.

A small hand-written grammar, because general-purpose parsers (quantulum3, price-parser)
miss "350k H100", ranges ("$60-65 billion", "150-200 basis points") and bounds
("up to $145B", "400W+").  A figure is::

    [bound word] [sign] [currency] NUMBER [scale] [unit]
        [("-" | "–" | "to" | "and" after "between") [currency] NUMBER [scale] [unit]] ["+"]
        [noun]

Only ASCII digits are numbers.  Units are normalised: money to an ISO code ("USD", "EUR",
"GBP", "JPY", "CNY", ...), counts to "count", "%", "bp" (basis points), "pp" (percentage
points), "W", "Wh", "nm", "B" (bytes), "Hz", "FLOPS" and "x" (multipliers).  Values are
absolute: scale words and unit prefixes are multiplied out ("$145B" → 145e9 USD, "1.2kW" →
1200 W, "5 TB" → 5e12 B, "2 PFLOPS" → 2e15 FLOPS).  In a range the scale and unit of one
end apply to the other ("$60-65 billion").

Not figures: numbers inside names ("H100", "GPT-4o", "COVID-19", "Q4", "5G"), numbers after
a capitalised name ("Nasdaq 100", "Windows 11", "RTX 4090"), years and ISO dates, and
bare numbers that have neither unit, currency, scale nor a following count noun
("top 10").  A lower-case "m" or "t" after a number is read as million/trillion only with a
currency or a count noun ("5m ago", "in 2m" are timestamps), and as metres when a length's
frame word follows it, the length in another unit in brackets ("41 m high", "41 m
(135 ft)") or the end of its clause after a number of no currency ("sits at 2,140 m,").
Numbers written with
thousands separators ("350,000") are counts even without a noun.

The ``value`` string (``format_quantity``) is ``"<mark> <unit> <number>"``:

* exact: ``"USD 145000000000"``
* approx: ``"~ USD 145000000000"``
* at most: ``"≤ USD 145000000000"``
* at least: ``"≥ % 20"``
* range: ``"USD 60000000000–65000000000"`` (en dash, no mark)

Numbers are written in plain decimal notation, as integers when whole.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from factcheck.extract.clock import CLOCK, clock_at, clock_value
from factcheck.extract.durations import (
    AGE,
    DAY,
    Duration,
    age_at,
    duration_at,
    time_amount_at,
)
from factcheck.extract.readings import reading_at
from factcheck.extract.tallies import TALLY, tally_at, tally_parts, tally_value
from factcheck.extract.text import CLOSED_CLASS
from factcheck.extract.units import units
from factcheck.models import Bound, Quantity
from factcheck.yamlio import packaged

__all__ = ["FigureMatch", "find_figures", "format_quantity", "in_basis_points", "overlaps",
           "parse_quantity"]


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """One figure found in a text."""

    start: int
    end: int
    text: str
    quantity: Quantity
    noun: str | None
    bare: bool = False  # a length of time no word ties to a thing (see _bare_duration)
    told: str = ""  # of a bare one, the noun a verb of lasting tells ("the siege lasted")


# --------------------------------------------------------------------------- patterns

_SP: Final = "[ \u00a0\u202f]"
_MAX_NUMBER_CHARS: Final = 40
_LOOKBACK: Final = 30

_DIGIT = re.compile(r"[0-9]")
_DIGIT_RUN = re.compile(r"[0-9][0-9.,]*")
_NUM = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{2}(?:-[0-9]{2})?(?![0-9])")



@dataclass(frozen=True, slots=True)
class _Currencies:
    """The currencies of data/currencies.yaml, as the figure grammar reads them."""

    codes: dict[str, str]  # letters -> ISO code ("RMB" -> "CNY")
    signs: tuple[tuple[str, str], ...]  # written before a number, longest first
    signs_ending: dict[str, tuple[tuple[str, str], ...]]  # the signs by their last character
    sign_iso: dict[str, str]  # a sign -> its ISO code
    last_chars: frozenset[str]  # the last character of any sign or code (a cheap test)
    before: re.Pattern[str]  # a code just before a number ("AUD 3.4m")
    after_sep: re.Pattern[str]  # a sign or code after a range's separator
    after: re.Pattern[str]  # a name or a code after a number ("3.4 million rand")
    names: dict[str, str]  # a name as matched (folded) -> ISO code
    first_words: frozenset[str]  # the first word of every name, folded (a cheap test)
    scaled: re.Pattern[str]  # a name read only after a scale word ("1.2 trillion won")


def _fold_name(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


def _name_alternation(names: Iterable[str]) -> str:
    return "|".join(f"{_SP}".join(re.escape(w) for w in n.split())
                    for n in sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def currencies() -> _Currencies:
    """The currency table, read once."""
    data = packaged("currencies.yaml")
    codes = {str(c): str(c) for c in data["codes"]}
    codes.update({str(k): str(v) for k, v in data.get("aliases", {}).items()})
    signs = tuple(sorted(((str(k), str(v)) for k, v in data["signs"].items()),
                         key=lambda kv: -len(kv[0])))
    names = {_fold_name(str(k)): str(v) for k, v in data["names"].items()}
    scaled = {_fold_name(str(k)): str(v) for k, v in data.get("scaled_names", {}).items()}
    code_alt = "|".join(sorted(codes, key=len, reverse=True))
    sign_alt = "|".join(re.escape(sg) for sg, _ in signs)
    return _Currencies(
        codes=codes, signs=signs, sign_iso=dict(signs),
        signs_ending={c: tuple(x for x in signs if x[0][-1] == c)
                      for c in {sg[-1] for sg, _ in signs}},
        last_chars=frozenset({*(sg[-1] for sg, _ in signs), *(c[-1] for c in codes),
                              " ", "\u00a0", "\u202f"}),
        before=re.compile(rf"(?<!\w)({code_alt}){_SP}?$"),
        after_sep=re.compile(rf"({sign_alt}|(?:{code_alt}){_SP}?)"),
        after=re.compile(rf"{_SP}?(?:(?i:(?P<name>{_name_alternation(names)}))"
                         rf"|(?P<code>{code_alt}))(?!\w)"),
        names={**names, **scaled},
        first_words=frozenset(n.split()[0] for n in (*names, *scaled)),
        scaled=re.compile(rf"{_SP}?(?i:(?P<name>{_name_alternation(scaled)}))(?!\w)"),
    )


_BOUND_WORDS: Final[dict[str, Bound]] = {
    "up to": "at_most",
    "as much as": "at_most",
    "as many as": "at_most",
    "as high as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "less than": "at_most",
    "fewer than": "at_most",
    "a maximum of": "at_most",
    "under": "at_most",
    "below": "at_most",
    "over": "at_least",
    "more than": "at_least",
    "at least": "at_least",
    "above": "at_least",
    "exceeding": "at_least",
    "exceeded": "at_least",
    "passed": "at_least",
    "surpassed": "at_least",
    "topped": "at_least",
    "crossed": "at_least",
    "in excess of": "at_least",
    "upwards of": "at_least",
    "north of": "at_least",
    "greater than": "at_least",
    "a minimum of": "at_least",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "roughly": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "circa": "approx",
    "close to": "approx",
    "an estimated": "approx",
    "estimated": "approx",
}
_BOUND_SYMBOLS: Final[dict[str, Bound]] = {
    "~": "approx",
    "≈": "approx",
    "<": "at_most",
    "<=": "at_most",
    "≤": "at_most",
    ">": "at_least",
    ">=": "at_least",
    "≥": "at_least",
}


def _reversed_phrase(words: str) -> str:
    return f"{_SP}{{1,2}}".join(re.escape(w[::-1]) for w in reversed(words.split(" ")))


# Bound words are matched on the reversed text just before a figure: one anchored match.
_BOUND_BEFORE_REV = re.compile(
    rf"(?:{_SP}{{1,2}}(?P<w>"
    + "|".join(_reversed_phrase(w) for w in sorted(_BOUND_WORDS, key=len, reverse=True))
    + rf")(?!\w)|{_SP}?(?P<s>=<|=>|[~≈<>≤≥]))",
    re.IGNORECASE,
)
_BETWEEN_BEFORE_REV = re.compile(rf"{_SP}{{1,2}}neewteb(?!\w)", re.IGNORECASE)
_BEFORE_BOUND_CHARS: Final = " \u00a0\u202f~≈<>≤≥="
_PREV_WORD = re.compile(rf"(?<![\w&.])([A-Za-z][A-Za-z0-9&.\-]{{0,30}}){_SP}{{1,2}}$")

_SEP_DASH = re.compile(rf"{_SP}{{0,2}}[-–—]{_SP}{{0,2}}")
_SEP_TO = re.compile(rf"{_SP}{{1,2}}(?:to|through){_SP}{{1,2}}")
_SEP_AND = re.compile(rf"{_SP}{{1,2}}and{_SP}{{1,2}}")
_PLUS = re.compile(r"\+(?![0-9])")
_AGO = re.compile(rf"{_SP}{{1,2}}ago(?!\w)", re.IGNORECASE)

_SCALE_LETTER = re.compile(r"([kKmMbBtT])(?!\w)")
_LETTER_SCALES: Final = {"k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "b": Decimal(10) ** 9,
                         "t": Decimal(10) ** 12}


@functools.lru_cache(maxsize=1)
def _scale_words() -> tuple[re.Pattern[str], dict[str, Decimal]]:
    """The scale words of data/numbers.yaml written after a number ("million", "bn",
    "crore"), and what each multiplies."""
    data = packaged("numbers.yaml")
    values = {str(k).lower(): Decimal(int(v)) for k, v in data["scale_values"].items()}
    values.update({str(k).lower(): values[str(v).lower()]
                   for k, v in data.get("scale_abbreviations", {}).items()})
    alt = "|".join(sorted(values, key=len, reverse=True))
    return re.compile(rf"{_SP}?({alt})(?!\w)", re.IGNORECASE), values


# Lower-case single letters that are also minutes/metres/tonnes: million/trillion only with
# a currency or a count noun.
_STRICT_LETTERS: Final = frozenset({"m", "t"})

def _unit_table() -> tuple[re.Pattern[str], dict[str, tuple[str, Decimal]]]:
    """One alternation of every unit (first listed wins) and, per group name, unit and factor."""
    one = Decimal(1)
    k, m, g, t, p, e = (Decimal(10) ** n for n in (3, 6, 9, 12, 15, 18))
    sp = f"{_SP}?"
    end = r"(?!\w)"
    rows: list[tuple[str, str, Decimal, int]] = [
        (rf"{sp}%", "%", one, 0),
        (rf"{sp}(?:percentage{_SP}points?|pp|ppts?){end}", "pp", one, 1),
        (rf"{sp}(?:percent|per{_SP}cent|pct){end}", "%", one, 1),
        (rf"{sp}(?:basis{_SP}points?|bps|bp){end}", "bp", one, 1),
        # a currency's hundredth, written out ("4.6 pence a share", "35 cents a litre",
        # "20 euro cents"): dollar cents unless the euro is named
        (rf"{sp}pence{end}", "GBP", Decimal("0.01"), 1),
        (rf"{sp}euro{_SP}cents?{end}", "EUR", Decimal("0.01"), 1),
        (rf"{sp}(?:cents?|¢){end}", "USD", Decimal("0.01"), 1),
        (rf"{sp}(?:kWh|KWh|kwh){end}", "Wh", k, 0),
        (rf"{sp}MWh{end}", "Wh", m, 0),
        (rf"{sp}GWh{end}", "Wh", g, 0),
        (rf"{sp}TWh{end}", "Wh", t, 0),
        (rf"{sp}(?:kW|KW|kw){end}", "W", k, 0),
        (rf"{sp}MW{end}", "W", m, 0),
        (rf"{sp}GW{end}", "W", g, 0),
        (rf"{sp}TW{end}", "W", t, 0),
        (rf"{sp}W{end}", "W", one, 0),
        (rf"{sp}kilowatts?{end}", "W", k, 1),
        (rf"{sp}megawatts?{end}", "W", m, 1),
        (rf"{sp}gigawatts?{end}", "W", g, 1),
        (rf"{sp}watts?{end}", "W", one, 1),
        (rf"(?:{_SP}|-)?(?:nm|nanomet(?:er|re)s?){end}", "nm", one, 0),
        (rf"{sp}(?:KB|kB)/s{end}", "B/s", k, 0),
        (rf"{sp}MB/s{end}", "B/s", m, 0),
        (rf"{sp}GB/s{end}", "B/s", g, 0),
        (rf"{sp}TB/s{end}", "B/s", t, 0),
        (rf"{sp}PB/s{end}", "B/s", p, 0),
        (rf"{sp}(?:Gbps|Gb/s){end}", "bit/s", g, 0),
        (rf"{sp}(?:Tbps|Tb/s){end}", "bit/s", t, 0),
        (rf"{sp}(?:Mbps|Mb/s){end}", "bit/s", m, 0),
        (rf"{sp}(?:KB|kB){end}", "B", k, 0),
        (rf"{sp}MB{end}", "B", m, 0),
        (rf"{sp}GB{end}", "B", g, 0),
        (rf"{sp}TB{end}", "B", t, 0),
        (rf"{sp}PB{end}", "B", p, 0),
        (rf"{sp}EB{end}", "B", e, 0),
        (rf"{sp}gigabytes?{end}", "B", g, 1),
        (rf"{sp}terabytes?{end}", "B", t, 1),
        (rf"{sp}petabytes?{end}", "B", p, 1),
        (rf"{sp}kHz{end}", "Hz", k, 0),
        (rf"{sp}MHz{end}", "Hz", m, 0),
        (rf"{sp}GHz{end}", "Hz", g, 0),
        (rf"{sp}Hz{end}", "Hz", one, 0),
        (rf"{sp}(?:GFLOPS|GFLOP/s|GFLOPs|gigaflops){end}", "FLOPS", g, 1),
        (rf"{sp}(?:TFLOPS|TFLOP/s|TFLOPs|teraflops){end}", "FLOPS", t, 1),
        (rf"{sp}(?:PFLOPS|PFLOP/s|PFLOPs|petaflops){end}", "FLOPS", p, 1),
        (rf"{sp}(?:EFLOPS|EFLOP/s|EFLOPs|exaflops){end}", "FLOPS", e, 1),
        (rf"[x×]{end}", "x", one, 0),
        (rf"{_SP}×{end}", "x", one, 0),
        # "three times faster", "twice as many" is not read: "N times" before a comparative
        # or "as" is a multiplier, not a count of occasions
        (rf"{sp}times(?={_SP}(?:as|more|faster|larger|bigger|higher|greater|the){end})",
         "x", one, 0),
    ]
    parts: list[str] = []
    table: dict[str, tuple[str, Decimal]] = {}
    for i, (rx, unit, factor, flags) in enumerate(rows):
        parts.append(f"(?P<u{i}>{'(?i:' + rx + ')' if flags else rx})")
        table[f"u{i}"] = (unit, factor)
    return re.compile("|".join(parts)), table


_UNITS, _UNIT_OF_GROUP = _unit_table()

_NOUN_WORD = re.compile(
    rf"{_SP}{{1,2}}([A-Za-z][A-Za-z0-9]{{0,40}}(?:-[A-Za-z0-9]{{1,40}}){{0,3}})(?![\w'’-])"
)
# a capitalised name, then model tokens ("737", "MAX", "9", "A320neo"), then the noun
_DESIGNATED = re.compile(
    rf"{_SP}([A-Z][A-Za-z-]+(?:{_SP}(?:[A-Z][A-Za-z0-9-]*|[0-9][A-Za-z0-9-]*)){{1,4}})"
    rf"{_SP}([a-z]{{3,}})(?![\w'’-])")
_PRODUCT = re.compile(r"[A-Za-z]{1,10}-?[0-9][A-Za-z0-9]{0,10}(?:-[A-Za-z0-9]{1,40}){0,3}")
_PLURAL = re.compile(r"[a-z]{2,}s|[A-Z]{2,}s|[A-Za-z]{1,10}[0-9][A-Za-z0-9]{0,10}s")
_LOWER_WORD = re.compile(r"[a-z][a-z\-]{1,40}")
_OWNER_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,40}")
_COMPOUND = re.compile(r"-([a-z]{2,12}(?:-[a-z]{2,12})?)(?![\w-])")
_STEP_WORDS: Final = frozenset({"more", "new", "additional", "other", "further", "extra"})
_STOP_WORDS: Final = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and",
        "or", "but", "as", "than", "that", "which", "who", "whom", "is", "are", "was", "were",
        "be", "been", "being", "will", "would", "could", "should", "can", "may", "might",
        "must", "has", "have", "had", "per", "each", "into", "over", "under", "this", "these",
        "those", "its", "their", "his", "her", "our", "your", "it", "they", "we", "he", "she",
        "ago", "worth", "more", "less", "so", "not", "no", "if", "when", "while", "since",
        "until", "after", "before", "across", "through", "about", "around", "last", "next",
        "every", "via", "said", "says", "times", "year", "years", "month", "months",
    }
)
_MONTHS: Final = frozenset(
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
# Weekdays name no product a number designates ("by Friday 300 flights").
_WEEKDAYS: Final = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that may stand before a figure without naming a product.
_FUNCTION_WORDS: Final = frozenset(
    _STOP_WORDS
    | {
        "only", "all", "just", "another", "some", "nearly", "almost", "roughly", "over",
        "about", "approximately", "up", "more", "fewer", "less", "both", "total", "hired",
        "bought", "added", "cut", "ordered", "deployed", "shipped", "sold", "then",
        "now", "today", "yesterday", "also", "including", "among", "than", "estimated",
    }
)


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _End:
    """One end of a figure: currency, number, scale, unit."""

    start: int
    end: int
    number: Decimal
    currency: str | None
    yen_sign: bool
    scale: Decimal | None
    strict_scale: bool
    unit: str | None
    factor: Decimal
    grouped: bool
    year_like: bool
    joined: bool = False  # a physical unit hyphenated to the number: "a 720-foot tanker"


def _attached_left(text: str, i: int) -> bool:
    """True when the character before index i glues the figure to a word or number."""
    if i <= 0:
        return False
    c = text[i - 1]
    if c.isalnum() or c in "_.":
        return True
    return c in "-−/:,–" and i >= 2 and (text[i - 2].isalnum() or text[i - 2] == "_")


def currency_named(sent: str, start: int, end: int) -> bool:
    """The capitalised words at sent[start:end] begin a currency's name or sign ("Swiss"
    of "12 million Swiss francs", "Rs" of "Rs 500 crore"): no name of their own."""
    cur = currencies()
    word = sent[start:end].split()
    if not word:
        return False
    if word[0] in cur.sign_iso:
        return True
    if word[0].casefold() not in cur.first_words:
        return False
    m = cur.after.match(sent, start) or cur.scaled.match(sent, start)
    return m is not None and m.group("name") is not None and m.end() > end


def _currency_before(text: str, p: int, lo: int) -> tuple[int, str | None, bool]:
    """Currency written just before index p: (new start, ISO code, written as ¥)."""
    if p <= lo:
        return p, None, False
    cur = currencies()
    c = text[p - 1]
    if c not in cur.last_chars:
        return p, None, False
    # a sign of letters may stand a space before its number ("Rs 500 crore")
    ends = (p, p - 1) if c in " \u00a0\u202f" else (p,)
    for end in ends:
        # only a sign ending in the character before `end` can end there
        for sym, iso in cur.signs_ending.get(text[end - 1], ()) if end > lo else ():
            s = end - len(sym)
            if s < lo or not text.startswith(sym, s) or (end < p and not sym[-1].isalpha()
                                                         and sym[-1] != "."):
                continue
            if sym[0].isalpha() and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            return s, iso, sym == "¥"
    m = cur.before.search(text, max(lo, p - 4), p)
    if m:
        return m.start(), cur.codes[m.group(1)], False
    return p, None, False


def _physical(text: str, pos: int) -> tuple[int, str, Decimal] | None:
    """A physical unit (data/units.yaml) at pos: (end, base unit, factor)."""
    table = units()
    m = table.pattern.match(text, pos)
    if m is None:
        return _lone_metre(text, pos)
    written = m.group("u")
    if written.lower().startswith("pound") and _STERLING.match(text, m.end()):
        return None  # "five pounds sterling" is money
    base, factor = table.of(written)
    return m.end(), base, factor


_LONE_M = re.compile(rf"{_SP}?m(?![\w²³/'’-])(?!\.\w)")
_IN_BRACKETS = re.compile(rf"{_SP}?\(([0-9][0-9,.]*)")


def _lone_metre(text: str, pos: int) -> tuple[int, str, Decimal] | None:
    """A lone "m" after a number is metres when the text says it is a length: a frame word
    of a length right after it ("41 m high", "366 m long"; units.yaml `frames:`) or the
    same length in another unit in brackets ("41 m (135 ft)"). Else it is no unit here
    (a million: "$5 m")."""
    m = _LONE_M.match(text, pos)
    if m is None:
        return None
    table = units()
    after = m.end()
    bracket = _IN_BRACKETS.match(text, after)
    if bracket is not None:
        inner = table.pattern.match(text, bracket.end())
        if inner is not None and table.of(inner.group("u"))[0] == "m" \
                and text.startswith(")", inner.end()):
            return after, "m", Decimal(1)
    if _frame_after(text, after):
        return after, "m", Decimal(1)
    if text[pos : pos + 1] in (" ", "\u00a0") and _CLAUSE_ENDS.match(text, after) \
            and _currency_before(text, _number_start(text, pos), 0)[1] is None:
        # "The summit sits at 2,140 m, the highest finish": a spaced "m" ending its
        # clause, after a number of no currency, is no million ("$5 m." is) and no
        # timestamp ("in 2m")
        return after, "m", Decimal(1)
    return None


#: What may follow a lone "m" that ends its clause.
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:)!?]|\.(?!\d)|$)")


def _number_start(text: str, end: int) -> int:
    """Where the number ending at text[end] starts (its digits, points and commas)."""
    k = end
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return k


@functools.lru_cache(maxsize=1)
def _frame_after_re() -> re.Pattern[str]:
    phrases = sorted(units().frames.get("m", {}), key=len, reverse=True)
    return re.compile(rf"{_SP}+(?:{'|'.join(re.escape(p) for p in phrases)})(?![\w-])",
                      re.IGNORECASE)


def _frame_after(text: str, end: int) -> bool:
    """A frame word of a length right after text[:end] ("high", "long", "deep")."""
    return _frame_after_re().match(text, end) is not None


_FRAME_AFTER = re.compile(r"-[a-z]{2,12}(?=[ \u00a0])")
_STERLING = re.compile(rf"{_SP}sterling(?!\w)", re.IGNORECASE)
_POUNDS = re.compile(rf"{_SP}?pounds?(?!\w)", re.IGNORECASE)
_OF_AFTER = re.compile(rf"{_SP}+of(?!\w)", re.IGNORECASE)


def _suffix(text: str, q: int) -> tuple[int, Decimal | None, bool, str | None, Decimal] | None:
    """Scale and unit after a number ending at q: (end, scale, strict, unit, factor)."""
    um = _UNITS.match(text, q)
    if um is not None and um.lastgroup is not None:
        unit, factor = _UNIT_OF_GROUP[um.lastgroup]
        return um.end(), None, False, unit, factor
    hundredth = _HUNDREDTH.match(text, q)
    if hundredth is not None and _told_as_money(text, q):
        # "a dividend of 4.6p", "shares fell 12p to 340p", "98c a share": pence and cents
        return hundredth.end(), None, False, "GBP" if hundredth.group(1) == "p" else "USD", \
            Decimal("0.01")
    phys = _physical(text, q)
    if phys is not None:
        return phys[0], None, False, phys[1], phys[2]
    scale: Decimal | None = None
    strict = False
    pos = q
    words, values = _scale_words()
    m = words.match(text, q)
    if m:
        scale = values[m.group(1).lower()]
        pos = m.end()
    else:
        m = _SCALE_LETTER.match(text, q)
        if m:
            letter = m.group(1)
            scale = _LETTER_SCALES[letter.lower()]
            strict = letter in _STRICT_LETTERS
            pos = m.end()
    if scale is not None:
        phys = _physical(text, pos)  # "1.2 million barrels", "3,000 square miles"
        if phys is not None:
            if _POUNDS.match(text, pos) and not _OF_AFTER.match(text, phys[0]):
                # "raising 3.18 billion pounds": a sum of money; "2 million pounds of
                # beef" is a weight
                return phys[0], scale, strict, "GBP", Decimal(1)
            return phys[0], scale, strict, phys[1], phys[2]
    money: str | None = None
    cur = currencies()
    mm = cur.after.match(text, pos) or (cur.scaled.match(text, pos) if scale else None)
    if mm is not None:
        code = mm.groupdict().get("code")
        money = cur.codes[code] if code else cur.names[_fold_name(mm.group("name"))]
        pos = mm.end()
    if pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
        return None  # glued to letters: "5G", "4o", "4Q26"
    return pos, scale, strict, money, Decimal(1)


#: A currency's hundredth written as one letter right after the number: "4.6p", "98c".
_HUNDREDTH = re.compile(r"([pc])(?![\w%'’])")


@functools.lru_cache(maxsize=1)
def _hundredth_words() -> re.Pattern[str]:
    words = packaged("numbers.yaml")["hundredth_words"]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])",
                      re.IGNORECASE)


def _told_as_money(text: str, q: int) -> bool:
    """The number ending at q, with "p" or "c" after it, is a sum of pence or cents: it is
    written with decimals ("4.6p"), or a word of a price stands near it ("shares fell
    12p", "a dividend of 5p", "98c a share"); "1080p" and "5c" of no price are none."""
    k = _number_start(text, q)
    if "." in text[k:q]:
        return True
    words = _hundredth_words()
    return words.search(text, max(0, k - 40), k) is not None or words.search(
        text, q, q + 16) is not None


def _number(text: str, p: int) -> tuple[int, Decimal, bool] | None:
    m = _NUM.match(text, p)
    if m is None or m.end() - p > _MAX_NUMBER_CHARS:
        return None
    raw = m.group()
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only admits decimals
        return None
    return m.end(), value, "," in raw


def _parse_end(text: str, start: int, p: int, currency: str | None, yen: bool) -> _End | None:
    num = _number(text, p)
    if num is None:
        return None
    q, value, grouped = num
    if q < len(text) and text[q] == "." and q + 1 < len(text) and text[q + 1].isalnum():
        return None  # "2.x", "3.1a": version numbers
    suf = _suffix(text, q)
    if suf is None:
        return None
    end, scale, strict, unit, factor = suf
    if unit is not None and unit in currencies().codes.values():
        if currency is None or (yen and unit == "CNY"):
            currency, yen = unit, False
        unit = None
        if factor != 1:  # "4.6 pence": a hundredth of the currency, a scale of it
            scale, factor = (scale or Decimal(1)) * factor, Decimal(1)
    year_like = (
        not grouped and q - p == 4 and "." not in text[p:q] and 1900 <= int(text[p:q]) <= 2099
    )
    joined = unit is not None and text.startswith("-", q) and units().is_physical(unit)
    return _End(start, end, value, currency, yen, scale, strict, unit, factor, grouped,
                year_like, joined)


# "six were killed", "two have been rescued": a bare number that is the subject of a
# passive verb counts people or things the sentence names by the verb
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[0-9][0-9,.]*(?=\s+[a-z])")
# "close nine of its larger stores", "four of their players", "took 42 of the assembly's
# seats", "three of Vessa's ships": a part of what an owner has counts the owner's noun
_PART_OF_OWNED = re.compile(r"\s+of\s+(?:its|their|our|his|her"
                            r"|(?:the\s+)?[A-Za-z][\w-]*['’]s)(?=\s+[a-z])")
_PASSIVE = re.compile(r"[ \u00a0](?:were|was|are|have been|had been|remain|remained)"
                      r" (?:[a-z]+ly )?[a-z]+(?:ed|en|ung|own)\b")


_OBJECT_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")


@functools.cache
def _outcome_words() -> frozenset[str]:
    """The one-word phrases of the packaged lexicon's running counts ("dead", "hurt",
    "missing", "evacuated"): what happened to the people a bare number counts."""
    from factcheck.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(p.lower() for m in lex.running for p in lex.metrics.get(m, ())
                     if " " not in p)


# a word, then the end of its clause or a word of no meaning: "41 hurt, three dead.",
# "41 injured when …"
_OUTCOME = re.compile(r"[ \u00a0]+(?:(?:were|was|are|is|remain|remained|remains)[ \u00a0]+)?"
                      r"(?:(?:still|now)[ \u00a0]+)?"
                      r"([a-z]+)(?:\s*(?:[,.;:!)]|$)|[ \u00a0]+([a-z]+)\b)")


#: A bare number opening its sentence, then a past participle ("303 rescued.", "12
#: brought home", "Four arrested after raid"): a headline's "303 [were] rescued".
_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*[ \u00a0]+)[\"'“‘(]*$")
_PARTICIPLE = re.compile(r"[ \u00a0]+([a-z]{2,}(?:ed|en))\b|[ \u00a0]+([a-z]+)\b")


def _opens_done_to(text: str, start: int, end: int) -> bool:
    """The bare number at text[start:end] opens its sentence and a past participle tells
    what was done to those it counts ("303 rescued.", "12 brought home"; numbers.yaml
    `irregular_participles` for those without -ed or -en)."""
    if _OPENING.search(text, max(0, start - 8), start) is None:
        return False
    m = _PARTICIPLE.match(text, end)
    if m is None:
        return False
    return m.group(1) is not None or (m.group(2) or "") in _irregular_participles()


@functools.cache
def _irregular_participles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in packaged("numbers.yaml")["irregular_participles"])


def participle(word: str) -> bool:
    """A past participle: a word of -ed or -en (three letters before it at least), or one
    of numbers.yaml `irregular_participles` ("run", "built", "led")."""
    low = word.lower()
    return (len(low) >= 5 and low.endswith(("ed", "en"))) or low in _irregular_participles()


def _told_by_outcome(text: str, end: int) -> bool:
    """A bare number told by what happened to those it counts, ending its phrase ("41
    hurt, three dead", "Six missing.", "and 41 injured when", "and 38 were still
    missing"): a count of people, as "six
    were killed" is ("three dead bodies" counts bodies)."""
    m = _OUTCOME.match(text, end)
    return m is not None and m.group(1) in _outcome_words() and (
        m.group(2) is None or m.group(2) in CLOSED_CLASS)


@functools.cache
def _level_words() -> tuple[frozenset[str], frozenset[str]]:
    data = packaged("numbers.yaml")
    return (frozenset(str(w).lower() for w in data["level_verbs"]),
            frozenset(str(w).lower() for w in data["not_objects"]))


@functools.cache
def _hedge_words() -> tuple[re.Pattern[str], float]:
    data = packaged("numbers.yaml")
    words = sorted((str(w) for w in data["hedges"]), key=len, reverse=True)
    body = "|".join(rf"{_SP}+".join(map(re.escape, w.split())) for w in words)
    return (re.compile(rf"(?<![\w-])(?:{body}){_SP}+$", re.IGNORECASE),
            float(data["hedge_width"]))


def _hedge_before(text: str, bound_start: int, lo: int) -> int | None:
    """Where a hedge ("just", "a little") before a bound word starts, if one stands there."""
    m = _hedge_words()[0].search(text, max(lo, bound_start - 20), bound_start)
    return m.start() if m else None


@functools.cache
def particle_verbs() -> frozenset[str]:
    """Verbs whose "up" is their own particle ("adds up to", "made up"; numbers.yaml)."""
    return frozenset(str(w).lower() for w in packaged("numbers.yaml")["particle_verbs"])


@functools.cache
def _tally_re() -> re.Pattern[str]:
    """The end of a clause telling a tally reaching the number after it (numbers.yaml
    `tallies`): a noun of a tally, then at most a few words, then a verb of level."""
    data = packaged("numbers.yaml")["tallies"]
    nouns = [*data["nouns"], *packaged("metrics.yaml")["running"]]

    def alt(words: list[object]) -> str:
        return "|".join(rf"{_SP}+".join(map(re.escape, str(w).split()))
                        for w in sorted(words, key=lambda w: len(str(w)), reverse=True))

    return re.compile(rf"(?<![\w-])(?:{alt(nouns)})(?![\w-])"
                      rf"[^,;:()\[\]\n]{{0,120}}?{_SP}+(?:(?:has|have|had){_SP}+)?"
                      rf"(?:{alt(data['verbs'])}){_SP}+$", re.IGNORECASE)


#: How far before a bare number the tally's clause may start.
_TALLY_LOOKBACK = 160


def _tally_before(text: str, start: int, lo: int) -> bool:
    """The clause before a bare number tells a tally reaching it ("the death toll rose to
    seven", "the number of people hurt had reached 40", "the tally stood at 12"): the
    number counts what the tally counts."""
    window = text[max(lo, start - _TALLY_LOOKBACK) : start]
    cut = max(window.rfind(c) for c in ",;:()")
    return _tally_re().search(window[cut + 1 :]) is not None


def _level_reached(text: str, bound_start: int, lo: int) -> bool:
    """"up to" after a verb of raising and its object ("raising its total outlay up to",
    "lifted its stake up to"), or after a verb whose particle "up" is ("adds up to"): the
    level reached, not a bound (see data/numbers.yaml)."""
    if not text[bound_start : bound_start + 3].lower().startswith("up"):
        return False
    verbs, not_objects = _level_words()
    window = text[max(lo, bound_start - 60) : bound_start]
    words = list(_OBJECT_WORD.finditer(window))
    if words and words[-1].group().lower() in particle_verbs() and not window[
            words[-1].end() :].strip():
        return True
    # the object: one to four words, no clause break, between the verb and "up to"
    for n in range(len(words) - 2, max(-1, len(words) - 6), -1):
        if words[n].group().lower() in verbs:
            between = window[words[n].end() :]
            return not re.search(r"[,;:()\d]", between) and all(
                w.group().lower() not in not_objects and w.group().lower() not in verbs
                for w in words[n + 1 :])
    return False


def _unit_of(e: _End) -> str | None:
    return e.currency if e.currency is not None else e.unit


# What follows a past tense right after a number makes it the number's verb: a
# determiner, a name, or a preposition of place ("filled the arena", "filled Tolvan
# Arena", "marched through the city"); "armed police" and "12 injured" are nouns.
_VERB_OBJECT = re.compile(
    r"[ \u00a0](?:(?:the|a|an|its|their|his|her|our|this|that|these|those|through|into|"
    r"across|onto|past|around|along)\b|[A-Z])")


def _noun(text: str, pos: int) -> tuple[str | None, int, bool]:
    """Up to three words naming what is counted: (noun, end, countable); or a maker's
    designation and its plural noun ("171 Boeing 737 MAX 9 aircraft")."""
    designated = _DESIGNATED.match(text, pos)
    if designated and _is_plural(designated.group(2)):
        return f"{designated.group(1)} {designated.group(2)}", designated.end(), True
    words: list[str] = []
    end = pos
    countable = False
    while len(words) < 3:
        m = _NOUN_WORD.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if not words and word.endswith("ed") and (_VERB_OBJECT.match(text, m.end())
                                                  or _ELIDED_END.match(text, m.end())):
            # "14,820 filled Tolvan Arena", "300 stormed the gates", "and 11,000 delayed.":
            # a verb, no noun
            break
        if not words and word.lower() in _STEP_WORDS:
            end = m.end()  # "two more plants", "three new fabs": the count is of plants
            continue
        if word.lower() in _STOP_WORDS or (not words and len(word) == 1):
            break  # a letter alone ("2,140 m of cable") names nothing counted
        words.append(word)
        end = m.end()
        plural = _is_plural(word)
        if len(words) == 1:
            countable = plural or _PRODUCT.fullmatch(word) is not None
        elif not countable:
            # "six crew members", "two cutting-edge packaging facilities"
            countable = plural and (all(_LOWER_WORD.fullmatch(w) for w in words[:-1]) or (
                # "18 Green seats", "12 Labour councillors": an owner's name as adjective
                len(words) == 2 and _OWNER_ADJECTIVE.fullmatch(words[0]) is not None
                and _LOWER_WORD.fullmatch(word) is not None))
        if plural:
            break
    if not words:
        return None, pos, False
    return " ".join(words), end, countable


@functools.cache
def _plural_words() -> tuple[frozenset[str], frozenset[str]]:
    """(plurals without an "s": "people", "geese", "sheep"; words ending in "s" that
    are no plural: "news", "status"), from numbers.yaml."""
    data = packaged("numbers.yaml")
    return (frozenset(str(w).lower() for w in data["irregular_plurals"]),
            frozenset(str(w).lower() for w in data["not_plurals"]))


def _is_plural(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    low = last.lower()
    irregular, not_plural = _plural_words()
    if low in irregular or (low.endswith("men") and len(low) > 4):
        return True  # "fishermen", "firemen"
    if low in not_plural or low.endswith("ss"):
        return False
    return _PLURAL.fullmatch(last) is not None


#: "a majority of", "an overall score of": an article, a noun and "of" before a number.
_MEASURE_OF = re.compile(rf"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                         rf"[A-Za-z]+['’]s?)"
                         rf"{_SP}+(?:[a-z]+{_SP}+)?[a-z]{{3,}}{_SP}+of{_SP}+$")
#: ... and the clause ending after it.
_CLAUSE_END = re.compile(rf"{_SP}*(?:[,.;:!?)]|$)")
#: A bare number of those the sentence spoke of before it ("Twelve of them came up
#: alive", "four of whom died"): what the clause tells of them measures it.
_OF_THEM = re.compile(rf"{_SP}+of{_SP}+(?:them|those|whom)(?![\w'’-])", re.IGNORECASE)


def part_of_those(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] counts some "of them" after a number the sentence
    gave before it ("37 people were injured, 11 of them seriously"), or some "of the"
    things it names ("four of the injured"): a part of that whole."""
    return (_OF_THEM.match(text, end) is not None and any(c.isdigit() for c in text[:start])
            ) or (_OF_THE.match(text, end) is not None
                  and _PART_OF_OWNED.match(text, end) is None)  # (an owner's is its own)


_OF_THE = re.compile(rf"{_SP}+of{_SP}+the(?={_SP}+[a-z])")


#: The modifier naming the top of a score's scale ("out of 100").
OUT_OF = "out of "
#: A bare number told against the top of its scale: "scored 98.4 out of 100", "rated 4
#: out of 5" (with no counted noun after it: "seven out of 10 voters" is a share).
_OUT_OF = re.compile(rf"{_SP}+out{_SP}+of{_SP}+([0-9][0-9,.]*[0-9]|[0-9])")


def scale_top(text: str, end: int) -> str:
    """The top of the scale a number ending at text[end] is told out of ("98.4 out of
    100": "100"), when no counted noun follows it; else ''."""
    m = _OUT_OF.match(text, end)
    if m is None or _noun(text, m.end())[2]:
        return ""
    return m.group(1).replace(",", "")


def _measure_of_before(text: str, start: int, lo: int, end: int, fraction: bool) -> bool:
    """A bare number a noun measures before it ("won with a majority of 174.", "an
    overall score of 98.1,", "Tarnwick's pass rate of 91.4 was"): a value of that noun
    when its clause ends after it or it is written with a fraction (a count of things
    has none)."""
    return _MEASURE_OF.search(text, max(lo, start - 40), start) is not None and (
        fraction or _CLAUSE_END.match(text, end) is not None)


def _named_before(text: str, start: int, lo: int) -> bool:
    """A capitalised name stands just before: "Nasdaq 100", "Windows 11", "May 5" (a
    weekday names nothing a number designates: "by Friday 300 flights")."""
    m = _PREV_WORD.search(text, max(lo, start - 34), start)
    if m is None:
        return False
    word = m.group(1)
    if "&" in word or word.rstrip(".") in _MONTHS:
        return True
    if word in _WEEKDAYS:
        return False
    return word[0].isupper() and word.lower().rstrip(".") not in _FUNCTION_WORDS


def _parse_at(text: str, p: int, lo: int, lenient: bool) -> FigureMatch | None:
    """The figure whose first number starts at p (nothing before lo belongs to it)."""
    date = _ISO_DATE.match(text, p)
    start, currency, yen = _currency_before(text, p, lo)
    if date is not None and currency is None:
        return None
    negative = False
    if start - 1 >= lo and text[start - 1] in "-−" and (
        start - 1 == 0 or text[start - 2] in " \t\n(["
    ):
        negative = True
        start -= 1
    if not negative and _attached_left(text, start):
        return None
    first = _parse_end(text, start, p, currency, yen)
    if first is None:
        return None

    bound: Bound = "exact"
    hedge: int | None = None
    fig_start = start
    spaced = start > lo and text[start - 1] in _BEFORE_BOUND_CHARS
    tail = text[max(lo, start - _LOOKBACK) : start][::-1] if spaced else ""
    bm = _BOUND_BEFORE_REV.match(tail) if spaced else None
    between = None
    if bm is not None:
        key = bm.group("w")
        if key is not None:
            bound = _BOUND_WORDS[" ".join(key[::-1].lower().split())]
        else:
            bound = _BOUND_SYMBOLS[bm.group("s")[::-1]]
        fig_start = start - bm.end()
        if bound == "at_most" and key is not None and _level_reached(text, fig_start, lo):
            bound = "exact"  # "raising its total outlay up to €9 billion": a level
        hedge = _hedge_before(text, fig_start, lo) if bound in {"at_most", "at_least"} else None
        if hedge is not None:
            fig_start = hedge  # "just under €80 million": near the bound, on its side
    elif spaced:
        between = _BETWEEN_BEFORE_REV.match(tail)

    second = _parse_range(text, first, between is not None)
    if second is not None and between is not None:
        fig_start = start - between.end()
    ends = [first] if second is None else [first, second]
    last = ends[-1]
    end = last.end
    pm = _PLUS.match(text, end)
    if pm is not None:
        end = pm.end()
        if bound == "exact":
            bound = "at_least"

    unit = next((u for u in map(_unit_of, ends) if u is not None), None)
    has_currency = any(e.currency is not None for e in ends)
    scaled = any(e.scale is not None for e in ends)
    strict = any(e.strict_scale for e in ends)

    noun: str | None = None
    countable = False
    after = end
    compound = _COMPOUND.match(text, end) if unit is None else None
    if compound is not None:
        # "a 948-foot vessel", "the 19-page report": the number measures the noun it
        # makes an adjective of
        rest, after, _ = _noun(text, compound.end())
        if rest is not None:
            noun = f"{compound.group(1)} {rest}"
            return _finish(text, fig_start, after, bound, [_value(e, ends) for e in ends],
                           "count", noun, max(_written_step(e, ends, "count") for e in ends))
    if unit is None:
        noun, after, countable = _noun(text, end)
        part = _PART_OF.match(text, end) if noun is None else None
        if part is not None:
            # "47 of the 120 seats", "nine of 11 counts": the part counts the whole's noun
            noun, _, countable = _noun(text, part.end())
        owned = _PART_OF_OWNED.match(text, end) if noun is None and part is None else None
        if owned is not None:
            noun, _, countable = _noun(text, owned.end())
        of_the = _OF_THE.match(text, end) if noun is None and part is None else None
        if of_the is not None:
            # "three of the ships", "four of the injured": a part of what the noun counts
            whole, _, whole_countable = _noun(text, of_the.end())
            if whole and (whole_countable or whole.split()[-1].lower() in _outcome_words()):
                noun, countable = whole, True
        if _AGO.match(text, after):
            return None  # "5m ago", "2 hours ago": a timestamp
        if not lenient:
            if strict and not countable:
                return None
            if not scaled and not any(e.grouped for e in ends):
                told = not countable and (_told_by_outcome(text, end)
                                          or _opens_done_to(text, fig_start, end))
                fraction = "." in text[start:end].rstrip(".")
                scored = not countable and (bool(scale_top(text, end)) or _measure_of_before(
                    text, fig_start, lo, end, fraction) or _OF_THEM.match(text, end) is not None)
                if first.year_like or not (countable or told or _PASSIVE.match(text, end)
                                           or _tally_before(text, fig_start, lo) or scored):
                    return None
                if told or scored:
                    # "41 hurt, three dead": no noun, the outcome tells it; "a score of
                    # 98.1 put it first", "98.4 out of 100": the noun before tells it
                    noun = None
                if _named_before(text, fig_start, lo):
                    return None
        unit = "count"
    elif strict and not has_currency and not lenient:
        return None
    elif last.joined:
        # "a 720-foot tanker", "the 3.4-mile bridge": the size of the noun it makes an
        # adjective of
        frame = _FRAME_AFTER.match(text, end)  # "a 180-metre-high dam"
        noun, after, _ = _noun(text, frame.end() if frame else end)
        if noun is not None:
            words = noun.split()
            known = [n for n, w in enumerate(words) if w.lower() in units().kinds]
            keep = known[-1] + 1 if known else len(words)
            if not known and len(words) > 1 and _is_plural(words[-1]):
                keep -= 1  # "the 5-mile run starts at noon": a verb, not the thing
            if keep < len(words):
                # "a 900-foot tanker ran aground": the noun ends at the thing measured
                noun = " ".join(words[:keep])
                after = text.index(words[keep - 1], end) + len(words[keep - 1])
            end = after

    values = [_value(e, ends) for e in ends]
    step = max(_written_step(e, ends, unit) for e in ends)
    if negative:
        values[0] = -values[0]
    if len(values) == 2 and values[0] > values[1]:
        return None  # "5-3": a score or a code, not a range
    return _finish(text, fig_start, end, bound, values, unit,
                   noun if unit == "count" or last.joined else None, step,
                   hedged=hedge is not None)


def _written_step(e: _End, ends: list[_End], unit: str) -> float:
    """The unit of the last digit written: "41.2 billion" 1e8, "4.8%" 0.1, "171" 1.

    Trailing zeros of a long or scaled number round it ("16,000 feet", "$150 billion"),
    to at most a quarter of the value; rates and short counts ("100 passengers") are rounded
    only to their decimals."""
    scale = e.scale
    if scale is None:
        scale = next((o.scale for o in ends if o.scale is not None), Decimal(1))
    factor = e.factor if e.unit is not None else next(
        (o.factor for o in ends if o.unit is not None), Decimal(1))
    # in the unit as written, then converted: "12,000 feet" is to the nearest 1,000 feet
    absolute = abs(e.number * scale)
    if absolute == 0:
        return float(scale * factor)
    exponent = int(absolute.normalize().as_tuple().exponent)
    rounded = unit not in _RATE_UNITS and (
        len(str(abs(int(e.number)))) >= 4 or e.scale is not None)
    if exponent > 0 and rounded:
        return float(min(Decimal(10) ** exponent, absolute / 4) * factor)
    written = min(0, int(e.number.normalize().as_tuple().exponent))
    return float(Decimal(10) ** written * scale * factor)


_RATE_UNITS: Final = frozenset({"%", "pp", "bp", "x"})


def _value(e: _End, ends: list[_End]) -> float:
    scale = e.scale
    if scale is None:
        scale = next((o.scale for o in ends if o.scale is not None), Decimal(1))
    factor = e.factor
    if e.unit is None:
        factor = next((o.factor for o in ends if o.unit is not None), Decimal(1))
    return float(e.number * scale * factor)


@functools.cache
def _move_verbs() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in packaged("numbers.yaml")["move_verbs"])
    return re.compile(rf"(?<![\w-])(?:{words})(?:{_SP}+by)?{_SP}+(?:[$€£¥]{_SP}?)?$",
                      re.IGNORECASE)


def _moved_before(text: str, start: int) -> bool:
    """A verb of moving stands right before the figure at `start` ("rose $2.1 billion",
    "fell by 300 million euros")."""
    return _move_verbs().search(text, max(0, start - 24), start) is not None


def _parse_range(text: str, first: _End, between: bool) -> _End | None:
    """The second end of "150-200", "5 to 10", "between 5 and 10"; None if no range."""
    q = first.end
    dash = _SEP_DASH.match(text, q)
    sep = dash or (_SEP_AND.match(text, q) if between else _SEP_TO.match(text, q))
    if sep is None:
        return None
    if dash is None and not between and (first.currency or first.unit or first.scale) \
            and _moved_before(text, first.start):
        # "revenue rose $2.1 billion to $48.3 billion": how much it moved, then the level
        # it reached, not a range
        return None
    p = sep.end()
    currency: str | None = None
    yen = False
    cur = currencies()
    cm = cur.after_sep.match(text, p)
    if cm is not None:
        sym = cm.group(1).strip(" \u00a0\u202f")
        currency = cur.sign_iso.get(sym) or cur.codes.get(sym, sym)
        yen = sym == "¥"
        p = cm.end()
    if p >= len(text) or not text[p].isdigit() or text[p] not in "0123456789":
        return None
    if text[p] == "0" and p + 1 < len(text) and text[p + 1] in "0123456789":
        return None  # "2025-02": a date, not a range
    second = _parse_end(text, p, p, currency, yen)
    if second is None:
        return None
    u1, u2 = _unit_of(first), _unit_of(second)
    if u1 is not None and u2 is not None and u1 != u2:
        return None
    if dash is None and (u1 is not None or first.scale is not None) and (
        u2 is None and second.scale is None
    ):
        return None  # "rose 5% to 2025 levels"
    if first.currency is None and second.currency is not None and first.unit is not None:
        return None
    if second.currency is None and first.currency is not None and second.unit is not None:
        return None
    # The other end's currency or unit applies to both.
    if first.currency is None and first.unit is None:
        first.currency, first.unit = second.currency, second.unit
        first.factor = second.factor
    if second.currency is None and second.unit is None:
        second.currency, second.unit = first.currency, first.unit
        second.factor = first.factor
    return second


def _finish(text: str, start: int, end: int, bound: Bound, values: list[float], unit: str,
            noun: str | None, step: float = 0.0, hedged: bool = False) -> FigureMatch | None:
    if not all(math.isfinite(v) for v in values) or not math.isfinite(step):
        return None
    low: float | None
    high: float | None
    if len(values) == 2:
        low, high = values
        if bound == "at_most":
            low = None
        elif bound == "at_least":
            high = None
        else:
            bound = "range"
    else:
        low = high = values[0]
        width = _hedge_words()[1] if hedged and values[0] > 0 else None
        if bound == "at_most":
            low = None if width is None else values[0] * (1 - width)
        elif bound == "at_least":
            high = None if width is None else values[0] * (1 + width)
    draft = Quantity(low=low, high=high, unit=unit, bound=bound, step=step, value="")
    quantity = draft.model_copy(update={"value": format_quantity(draft)})
    return FigureMatch(start, end, text[start:end], quantity, noun)


def _reading(text: str, p: int, lo: int) -> FigureMatch | None:
    """A value on a named scale ("a magnitude 6.8 earthquake"): its unit is the scale."""
    r = reading_at(text, p, lo)
    if r is None:
        return None
    num = _NUM.match(text, p)
    if num is not None and (_UNITS.match(text, num.end()) or _physical(text, num.end())
                            or _scale_words()[0].match(text, num.end())):
        return None  # "sea level 3 metres", "level 5%": measured in a unit
    bound, start = _bound_word_before(text, r.start, lo)  # "above magnitude 3": a threshold
    return _finish(text, start, r.end, bound, [float(r.value)], r.scale, r.noun,
                   float(r.step))


def _bound_word_before(text: str, start: int, lo: int) -> tuple[Bound, int]:
    """The bound a word just before text[start] states ("above", "up to", "at least"),
    and where the figure then starts; ("exact", start) when none does."""
    if start > lo and text[start - 1] in _BEFORE_BOUND_CHARS:
        bm = _BOUND_BEFORE_REV.match(text[max(lo, start - _LOOKBACK) : start][::-1])
        if bm is not None and bm.group("w") is not None:
            return _BOUND_WORDS[" ".join(bm.group("w")[::-1].lower().split())], start - bm.end()
    return "exact", start


def _duration(text: str, p: int, lo: int) -> FigureMatch | None:
    """A length of time of a thing told ("jailed for 7 years"): in days, its noun the thing."""
    d = duration_at(text, p, lo)
    if d is None:
        return None
    if not d.thing:
        return _bare_duration(text, p, lo, d)
    bound, start = _bound_word_before(text, d.start, lo)  # "up to 10 years": a bound
    return _finish(text, start, d.end, bound, [float(d.days)], DAY, d.thing, float(d.step))


def _bare_duration(text: str, p: int, lo: int, d: Duration) -> FigureMatch | None:
    """A length of time told of no thing ("for 52 hours", "after about two weeks", "a
    19-day build"): the figure a count of its unit would be (its bound, hedge and the
    noun after it, which tells what it measured), in days, to the precision written."""
    count = _parse_at(text, p, lo, lenient=False)
    if count is not None and (count.quantity.unit != "count" or count.start > p):
        return None
    if count is None or any(ch.isdigit() for ch in text[count.end : d.end]):
        # "14 months later" (no count), "2 minutes and 42 seconds": the length as written
        bound, start = _bound_word_before(text, d.start, lo)
        fig = _finish(text, start, d.end, bound, [float(d.days)], DAY, None, float(d.step))
        if fig is None:
            return None
        return FigureMatch(fig.start, fig.end, fig.text, fig.quantity, None, bare=True,
                           told=d.told)
    q = count.quantity
    factor = float(d.unit_days)

    def days(v: float | None) -> float | None:
        return None if v is None else v * factor

    low, high, step = days(q.low), days(q.high), q.step * factor
    if q.low == q.high and q.bound == "exact":
        low = high = float(d.days)  # "seven and a half years"
        step = float(d.step)
    draft = q.model_copy(update={"low": low, "high": high, "unit": DAY, "step": step})
    quantity = draft.model_copy(update={"value": format_quantity(draft)})
    return FigureMatch(count.start, count.end, count.text, quantity, count.noun, bare=True,
                       told=d.told)


def _clock(text: str, p: int, lo: int) -> FigureMatch | None:
    """A time of day ("at 3:42 a.m.", "09:14 UTC"): minutes after midnight."""
    c = clock_at(text, p, lo)
    if c is None:
        return None
    bound, start = _bound_word_before(text, c.start, lo)  # "around 1:24 a.m."
    if bound not in ("exact", "approx"):
        return None  # "before 4 a.m.": a time of nothing said to happen then
    return _finish(text, start, c.end, bound, [float(c.minutes)], CLOCK, None, float(c.step))


def _age(text: str, p: int, lo: int) -> FigureMatch | None:
    """A person's age ("the 23-year-old", "aged 49"): years of age, no duration."""
    found = age_at(text, p, lo)
    if found is None:
        return None
    start, end, years = found
    return _finish(text, start, end, "exact", [float(years)], AGE, "age", 1.0)


#: The unit of a position told as an ordinal ("rose to 87th").
RANK = "rank"
_ORDINAL = re.compile(r"([0-9]{1,4})(?:st|nd|rd|th)(?![\w-])")
_HYPHENED_ORDINAL = re.compile(r"(([0-9]{1,4})(?:st|nd|rd|th))-")
_NEXT_WORD = re.compile(rf"{_SP}*([A-Za-z]+)?")
_DETERMINER_BEFORE = re.compile(rf"(?<![\w])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er"
                                rf"|[Oo]ur|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very){_SP}+$")


@functools.cache
def _rank_words() -> tuple[frozenset[str], frozenset[str]]:
    data = packaged("numbers.yaml")
    return (frozenset(str(w) for w in data.get("rank_nouns") or ()),
            frozenset(str(w) for w in data.get("rank_after") or ()))


@functools.cache
def _ranked_after() -> re.Pattern[str]:
    """A participle of ranking hyphened right after an ordinal ("-seeded", "-ranked")."""
    words = "|".join(re.escape(str(w)) for w in
                     packaged("numbers.yaml").get("rank_participles") or ())
    return re.compile(rf"-(?:{words})(?![\w-])", re.IGNORECASE)


@functools.cache
def _spelled_ranks() -> tuple[re.Pattern[str], dict[str, int]]:
    values = {str(k).lower(): int(v)
              for k, v in (packaged("numbers.yaml").get("spelled_ranks") or {}).items()}
    words = "|".join(sorted(values, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:({words})|[Nn]o\.?{_SP}?([0-9]{{1,3}}))"
                      rf"(?![\w]|-(?![A-Za-z]+ed\b))", re.IGNORECASE), values


def _suffix_of(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ranks_as_ordinals(text: str) -> str:
    """The text with positions written in words or as "No. 3" written as ordinals ("to
    third in the rankings": "to 3rd in the rankings"), where a rank would be read of the
    ordinal (see `_rank`; "first" before a noun of position only)."""
    pattern, values = _spelled_ranks()
    nouns, _ = _rank_words()

    def written(m: re.Match[str]) -> str:
        n = values[m.group(1).lower()] if m.group(1) else int(m.group(2))
        told = f"{n}{_suffix_of(n)}"
        nxt = _NEXT_WORD.match(text, m.end())
        word = ((nxt.group(1) or "") if nxt else "").lower()
        if m.group(1) and m.group(1).lower() == "first" and word not in nouns:
            return m.group()
        candidate = text[: m.start()] + told + text[m.end():]
        found = _rank(candidate, m.start(), 0)
        return told if found is not None and found.end >= m.start() + len(told) else m.group()

    return pattern.sub(written, text)


def rank_nouns() -> frozenset[str]:
    """Nouns of a position ("place", "rank"): data/numbers.yaml `rank_nouns`."""
    return _rank_words()[0]


def _rank(text: str, p: int, lo: int) -> FigureMatch | None:
    """A position told as an ordinal ("rose to 87th", "finished 3rd in", a cell "97th"),
    not one numbering a thing of a series ("the 23rd minute", "its 25th anniversary")
    or a day ("June 5th", "on the 5th"): data/numbers.yaml `rank_nouns`, `rank_after`."""
    hyphened = _HYPHENED_ORDINAL.match(text, p)
    ranked_by = _ranked_after().match(text, hyphened.end(1)) if hyphened else None
    if hyphened is not None and ranked_by is not None and not _attached_left(text, p):
        # "the 87th-ranked university": a rank, whatever stands around it
        return _finish(text, p, ranked_by.end(), "exact", [float(hyphened.group(2))], RANK,
                       None, 1.0)
    m = _ORDINAL.match(text, p)
    if m is None or _attached_left(text, p) or _named_before(text, p, lo):
        return None
    nouns, after = _rank_words()
    nxt = _NEXT_WORD.match(text, m.end())
    word = (nxt.group(1) or "") if nxt else ""
    ranked = word.lower() in nouns
    if word and not ranked and (word.lower() not in after or not word.islower()):
        return None
    if not ranked and _DETERMINER_BEFORE.search(text, max(lo, p - 8), p):
        return None
    bound, start = _bound_word_before(text, p, lo)  # "about 40th": no rank is told so
    if bound != "exact":
        return None
    return _finish(text, start, m.end(), "exact", [float(m.group(1))], RANK, None, 1.0)


def _tally(text: str, p: int, lo: int) -> FigureMatch | None:
    """A split of votes ("voted 7-2"): one figure, for and against as written."""
    t = tally_at(text, p, lo)
    if t is None:
        return None
    return _finish(text, t.start, t.end, "exact", [tally_value(t.yes, t.no)], TALLY, t.of,
                   0.5)


_WHOLE_OF = re.compile(r"\s+of(?:\s+(?:the|its|their|all))?(?:\s+[0-9][0-9,]*)?(?=\s+[a-z])")


@functools.cache
def _ratio_pattern() -> re.Pattern[str]:
    joins = "|".join(r"\s+".join(map(re.escape, str(j).split()))
                     for j in sorted(packaged("numbers.yaml")["ratio_joins"], key=len,
                                     reverse=True))
    return re.compile(rf"([0-9]{{1,3}}){_SP}+(?:{joins}){_SP}+([0-9]{{1,4}})(?![0-9.,%])")


def _ratio(text: str, p: int, lo: int) -> FigureMatch | None:
    """A share told as a ratio of counts ("9 in 10 trains", "1 in every 4 voters", "2 out
    of 3 growers"): a percentage of the thing counted, as precise as its denominator
    allows ("9 in 10" is 85% to 95%, "1 in 4" 20% to 30%). Refused when the denominator
    counts no plural noun or tells a time ("1 in 5 years", "3 in 10 minutes"), or the part
    is not below it."""
    if p > lo and (text[p - 1].isalnum() or text[p - 1] in "._,-/:$€£"):
        return None
    run = _DIGIT_RUN.match(text, p)
    if run is None or not text.startswith((" in ", " out of ", " of every "), run.end()):
        return None
    m = _ratio_pattern().match(text, p)
    if m is None:
        return None
    part, whole = int(m.group(1)), int(m.group(2))
    if not 0 < part < whole <= 1000 or m.group(2).startswith("0") \
            or _named_before(text, p, lo):
        return None  # "Route 1 in 4 buses": a name's number
    if time_amount_at(text, m.start(2)) or _UNITS.match(text, m.end()) \
            or _scale_words()[0].match(text, m.end()):
        return None
    whole_of = _WHOLE_OF.match(text, m.end())
    if whole_of is not None:
        # "1 in 4 of the workforce", "1 in 2 of the 1,200 staff": a share of the whole named
        noun, _, countable = _noun(text, whole_of.end())
        if noun is not None and not countable and noun.islower():
            # a whole may be one thing ("the workforce", "their crop"); a past tense that
            # follows it is its verb ("the packhouse workforce walked out")
            words = noun.split()
            noun = " ".join(words[:-1] if len(words) > 1 and words[-1].endswith("ed")
                            else words)
            countable = True
    else:
        noun, _, countable = _noun(text, m.end())
    if noun is None or not countable:
        return None
    share = round(100 * part / whole, 1)
    # a writer rounds to the nearest simple ratio: "one in four" is 20% to 30%, never wider
    # than ten points either way
    bound, start = _bound_word_before(text, p, lo)  # "just over 1 in 2 of patients"
    hedge = _hedge_before(text, start, lo) if bound in {"at_most", "at_least"} else None
    hedged = hedge is not None
    start = start if hedge is None else hedge
    return _finish(text, start, m.end(), bound, [share], "%", noun, min(100 / whole, 10.0),
                   hedged=hedged)


#: A verb after "and" or "but" and before a number whose noun the figure before gives
#: ("killed 73 people *and injured* more than 400", "won 27 games *and lost* 12"): up to
#: four words, the bound's among them.
_ELIDING = re.compile(rf"{_SP}*,?{_SP}+(?:and|but){_SP}+[a-z]+(?:{_SP}+[a-z]+){{0,3}}{_SP}+$")
#: A passive clause and "and" before such a number, whose own verb follows it: "2,300
#: flights *were cancelled and* 11,000 delayed".
_PASSIVE_AND = re.compile(rf"{_SP}+(?:were|was|are|is|have{_SP}+been|had{_SP}+been){_SP}+"
                          rf"[a-z]+ed{_SP}*,?{_SP}+and{_SP}+$")
_VERB_AFTER = re.compile(rf"{_SP}+[a-z]+ed(?=[,.;:!?)]|$)")
#: Words after which a number is no elided count: a preposition tells a time or a place.
_NOT_BEFORE_ELIDED = frozenset({"since", "in", "on", "at", "by", "from", "to", "until",
                                "of", "for", "before", "after", "during"})
_YEAR_LIKE = re.compile(r"(?:1[89]|20)[0-9]{2}(?![0-9,])")
#: What may follow such a number: the clause's end.
_ELIDED_END = re.compile(rf"[,.;:!?)]|{_SP}+(?:and|but|as|when|while|after|before|in|on|at|"
                         rf"by)\b|$")


def _elided_count(text: str, p: int, lo: int, before: FigureMatch) -> FigureMatch | None:
    """A bare number a verb after "and" tells, whose noun is the count's before it in the
    clause ("killed 73 people and injured more than 400": 400 people; "won 27 games and
    lost 12": 12 games), or "others" ("and injured 40 others"), when nothing follows it
    but the clause's end."""
    if before.noun is None or before.quantity.unit != "count" or before.bare \
            or not _is_plural(before.noun.split()[-1]):
        return None
    gap = text[before.end:p]
    passive = _PASSIVE_AND.search(gap) is not None
    if len(gap) > 60 or not (passive or _ELIDING.search(gap)):
        return None
    if gap.split()[-1].lower() in _NOT_BEFORE_ELIDED or _YEAR_LIKE.match(text, p):
        return None  # "and has run since 1998": a year, no count
    fig = _parse_at(text, p, lo, lenient=True)
    if fig is None or fig.noun not in (None, "others") or fig.quantity.unit != "count":
        return None
    end = fig.end if fig.noun is None else text.index("others", fig.end) + len("others")
    if passive:
        verb = _VERB_AFTER.match(text, end)  # "and 11,000 delayed": the verb after it
        if verb is None:
            return None
        end = verb.end()
    if _ELIDED_END.match(text, end) is None:
        return None
    return FigureMatch(fig.start, fig.end, fig.text, fig.quantity, before.noun)


def _scan(text: str, lenient: bool) -> list[FigureMatch]:
    out: list[FigureMatch] = []
    lo = 0
    pos = 0
    while True:
        m = _DIGIT.search(text, pos)
        if m is None:
            return out
        p = m.start()
        fig = (_reading(text, p, lo) or _age(text, p, lo) or _duration(text, p, lo)
               or _clock(text, p, lo) or _tally(text, p, lo) or _ratio(text, p, lo)
               or _rank(text, p, lo) or _parse_at(text, p, lo, lenient)
               or (_elided_count(text, p, lo, out[-1]) if out and not lenient else None))
        if fig is not None and fig.noun in (None, "others") and fig.quantity.unit == "count" \
                and out and not lenient:
            # "and injured 40 others", "were cancelled and 11,000 delayed"
            fig = _elided_count(text, p, lo, out[-1]) or fig
        if fig is not None and fig.end > p:
            out.append(fig)
            pos = fig.end
            if fig.quantity.unit != AGE:
                # an age is an aside ("jailed Dario Kestenbaum, 41, for nine years"):
                # what the clause tells before it still tells the figures after it
                lo = pos
            continue
        run = _DIGIT_RUN.match(text, p)
        pos = run.end() if run is not None else p + 1
        date = _ISO_DATE.match(text, p)
        if date is not None:
            pos = max(pos, date.end())


def find_figures(text: str) -> list[FigureMatch]:
    """Every figure in the text, in order, without overlaps."""
    if len(text) > 2000:
        return _scan(text, lenient=False)
    return list(_scan_cached(text))


@functools.lru_cache(maxsize=4096)
def _scan_cached(text: str) -> tuple[FigureMatch, ...]:
    """Figures of a sentence, remembered: extraction reads one sentence more than once."""
    return tuple(_scan(text, lenient=False))


def parse_quantity(text: str) -> Quantity | None:
    """The quantity a whole string states ("$145B", "up to 20%", "350,000"), else None.

    The string is taken to be a figure, so a bare number is a count here.
    """
    s = text.strip()
    found = _scan(s, lenient=True)
    if not found or found[0].start != 0:
        return None
    fig = found[0]
    rest = s[fig.end :].strip(" .,;:")
    if rest and (fig.noun is None or not rest.startswith(fig.noun)):
        return None
    return fig.quantity


# --------------------------------------------------------------------------- comparing


def _interval(q: Quantity, rel_tol: float) -> tuple[float, float]:
    """The values the text allows: half a unit of the last written digit either side
    ("41.2" is 41.15 to 41.25, "16,000" 15,500 to 16,500), widened by rel_tol, and by 5%
    more for "about"."""
    tol = rel_tol + (0.05 if q.bound == "approx" else 0.0)
    half = 0.499 * q.step  # half-open: "6%" and "7%" do not meet at 6.5
    low = -math.inf if q.low is None else q.low - (abs(q.low) * tol + half)
    high = math.inf if q.high is None else q.high + (abs(q.high) * tol + half)
    return (low, high) if low <= high else (high, low)


def overlaps(a: Quantity, b: Quantity, rel_tol: float = 0.0) -> bool:
    """Same unit and the intervals their written precision allows overlap ("about" widens
    by 5%); a bound like at_most 65e9 overlaps 60e9-65e9."""
    if a.unit != b.unit:
        return False
    alo, ahi = _interval(a, rel_tol)
    blo, bhi = _interval(b, rel_tol)
    return alo <= bhi and blo <= ahi and not (rel_tol == 0 and _tie_apart(a, b))


def _tie_apart(a: Quantity, b: Quantity) -> bool:
    """Two exact values written to different precision, the finer one at (or past) the
    tie of the coarser one's rounding: a tie rounds away from zero, so "£2.45 billion" is
    no "£2.4 billion" rounded to tenths (it would be "£2.5 billion"), while "£2.35
    billion" is."""
    if a.bound != "exact" or b.bound != "exact" or a.step == b.step:
        return False
    fine, coarse = (a, b) if a.step < b.step else (b, a)
    if fine.low is None or fine.low != fine.high or coarse.low is None \
            or coarse.low != coarse.high or (fine.low < 0) != (coarse.low < 0):
        return False
    return abs(fine.low) - abs(coarse.low) >= coarse.step / 2


def directed(q: Quantity, direction: str) -> Quantity:
    """A change with its sign: "fell 4.8%" is -4.8, "rose 3%" +3, and a bound of a change
    stays on its side of zero ("up as much as 10%" is 0 to 10, "down up to 10%" -10 to 0),
    so a rise and a fall never agree."""
    if direction not in ("up", "down"):
        return q
    low, high, bound = q.low, q.high, q.bound
    if direction == "down":
        low, high = (None if high is None else -high), (None if low is None else -low)
        bound = {"at_most": "at_least", "at_least": "at_most"}.get(bound, bound)  # type: ignore[assignment]
    if bound == "at_most" and low is None:
        low = 0.0
    elif bound == "at_least" and high is None and direction == "down":
        high = 0.0
    draft = q.model_copy(update={"low": low, "high": high, "bound": bound})
    return draft.model_copy(update={"value": format_quantity(draft)})


def in_basis_points(q: Quantity) -> Quantity:
    """A quantity in percentage points told in basis points (one percentage point is 100
    basis points: "a 0.25 percentage point cut" is "a 25 bp cut"); others as they are."""
    if q.unit != "pp":
        return q

    def bp(v: float | None) -> float | None:
        return None if v is None else round(v * 100, 9)

    draft = q.model_copy(update={"low": bp(q.low), "high": bp(q.high), "unit": "bp",
                                 "step": round(q.step * 100, 9)})
    return draft.model_copy(update={"value": format_quantity(draft)})


def _num(v: float) -> str:
    if not math.isfinite(v):
        return repr(v)
    if v.is_integer():
        return str(int(v))
    s = repr(v)
    if "e" in s or "E" in s:
        s = format(Decimal(s), "f")
    return s


def format_quantity(q: Quantity) -> str:
    """The normalised ``value`` string: "USD 145000000000", "≤ % 20", "bp 150–200"."""
    low, high = q.low, q.high
    if q.unit == TALLY and low is not None:
        yes, no = tally_parts(low)
        return f"{TALLY} {yes}-{no}"
    if q.unit == CLOCK and low is not None and low == high:
        return f"{'~ ' if q.bound == 'approx' else ''}{q.unit} {clock_value(low)}"
    if q.bound == "at_most":
        v = high if high is not None else low
        return f"≤ {q.unit} {'?' if v is None else _num(v)}"
    if q.bound == "at_least":
        v = low if low is not None else high
        return f"≥ {q.unit} {'?' if v is None else _num(v)}"
    mark = "~ " if q.bound == "approx" else ""
    if q.bound == "range" or (low is not None and high is not None and low != high):
        lo = "?" if low is None else _num(low)
        hi = "?" if high is None else _num(high)
        return f"{mark}{q.unit} {lo}–{hi}"
    v = low if low is not None else high
    return f"{mark}{q.unit} {'?' if v is None else _num(v)}"

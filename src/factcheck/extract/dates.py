"""Date expressions in news text, read by a small hand-written grammar.

The text is split into word tokens (``\\w+``) and single punctuation marks by one linear
regex; a recursive-descent reader then tries, at each token, a fixed set of short
patterns that look at most a few tokens ahead.  Nothing here can backtrack
catastrophically, and the whole scan is linear in the length of the text.

Only ASCII digits are numbers.  A number glued to letters ("H100", "5nm", "v2025",
"2025x") is one token and never a date; a bare year is refused after a currency sign,
inside a decimal or a thousands group, and before "%", a unit or a scale word.

Periods are returned as :class:`factcheck.models.DateValue` with normalised values:
``2025-02-14`` (day), ``2025-02`` (month), ``2025-05 late`` (a third of a month),
``2026 late`` (a third of a year: Jan-Apr, May-Aug, Sep-Dec), ``2026-Q4``,
``2026-Q2/Q3`` (a span of quarters), ``2026-H2``, ``2028 fall`` (a season: see _SEASON_SPANS)
and ``2026``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

from factcheck.extract.context import built
from factcheck.extract.text import STOPWORDS
from factcheck.models import DateValue
from factcheck.yamlio import packaged

__all__ = ["DateMatch", "deadline", "find_dates", "format_value", "parse_date"]

YEAR_MIN = 1900
OLD_YEAR_MIN = 1000
YEAR_MAX = 2099

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_YEAR4_RE = re.compile(r"[0-9]{4}")
_TWO_RE = re.compile(r"[0-9]{2}")
_DAY_RE = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?", re.IGNORECASE | re.ASCII)
_ISO_DAY_RE = re.compile(r"([0-9]{2})(?:T[0-9]{2})?", re.ASCII)
_FY_RE = re.compile(r"FY([0-9]{2}|[0-9]{4})", re.IGNORECASE | re.ASCII)
_Q_RE = re.compile(r"[Qq]([1-4])")
_NQ_RE = re.compile(r"([1-4])[Qq]([0-9]{2})?")
_H_RE = re.compile(r"[Hh]([12])")
_NH_RE = re.compile(r"([12])[Hh]([0-9]{2})?")
_PREV_WORD_RE = re.compile(r"(\w+)$")

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_ABBR = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                   "nov", "dec"})
# Words that are also verbs: a month only when capitalised.
_CAP_ONLY = frozenset({"may", "march", "mar"})
# Month names that stand alone as months; the others also need a preposition before them.
_ALONE_OK = frozenset({"january", "february", "july", "september", "october", "november",
                       "december"})
# Prepositions that make a lone month name ("in May") a month.
_TRIGGERS = frozenset({"in", "by", "since", "until", "till", "of", "through", "during",
                       "before", "after", "from"})
_PARTS: dict[str, str] = {"early": "early", "mid": "mid", "late": "late"}
_SEASONS: dict[str, str] = {"spring": "spring", "summer": "summer", "fall": "fall",
                            "autumn": "fall", "winter": "winter"}
_END_WORDS: dict[str, str] = {"end": "late", "beginning": "early", "start": "early",
                              "middle": "mid"}
_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4,
                             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_REL_OFFSET: dict[str, int] = {"this": 0, "current": 0, "last": -1, "previous": -1,
                               "prior": -1, "next": 1, "coming": 1}
_DAY_WORDS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAYS: dict[str, int] = {name: n for n, name in enumerate(calendar.day_name)}
# Words after "the" that start a date phrase ("the fourth quarter", "the end of the year").
_THE_NEXT = frozenset({*_ORDINALS, *_END_WORDS, *_PARTS, "current", "previous", "prior",
                       "coming", "next", "last", "year", "yearend", "midyear"})
_SPAN_SEPS = frozenset({"/", "-", "–", "—"})
_APOS = frozenset({"'", "’"})
@functools.lru_cache(maxsize=1)
def _currency_tokens() -> frozenset[str]:
    """The currency signs and codes of data/currencies.yaml, folded: a number just after
    one is an amount ("$2025", "USD 2025"), never a year."""
    data = packaged("currencies.yaml")
    return frozenset({*(str(k).casefold() for k in data["signs"]),
                      *(str(c).casefold() for c in data["codes"]),
                      *(str(c).casefold() for c in data.get("aliases", {})), "¢"})


def _currency_token(token: str, low: str) -> bool:
    return token in _currency_tokens() or low in _currency_tokens()


_UNITS = frozenset({
    "percent", "pct", "per", "million", "billion", "trillion", "thousand", "hundred",
    "mn", "mln", "bn", "bln", "tn", "m", "b", "k", "bps", "bp", "basis", "usd", "eur",
    "dollars", "euros", "yuan", "yen", "pounds", "nm", "mm", "cm", "km", "kg", "tonnes",
    "tons", "mw", "gw", "kw", "w", "tw", "mwh", "gwh", "twh", "kwh", "gb", "tb", "mb", "pb",
    "ghz", "mhz", "tflops", "pflops", "petaflops", "exaflops", "flops", "x", "times",
    "units", "hours", "hrs", "degrees", "mph", "rpm", "points", "pts",
})
_DEADLINE_PREPS = frozenset({"by", "before", "in", "during", "until", "till", "through",
                             "within", "throughout", "than"})
_OTHER_PREPS = frozenset({"since", "after", "from", "of", "on", "at", "for", "to", "around",
                          "between", "and", "or", "than", "versus", "vs"})
_CONNECTORS = frozenset({"and", "or", "to", "-", "–", "—", "/", "and/or", "or in", "and in",
                         "through"})

_Kind = Literal["day", "month", "mpart", "ypart", "season", "quarter", "half", "year"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression found in a text."""

    start: int  # char offset of the expression in the text
    end: int
    text: str  # the matched expression
    value: DateValue | None  # None: relative without reference, or unresolvable
    relative: bool  # the expression depends on the reference date
    #: a day and month with no year ("on March 26"): (month, day), whatever the reference
    month_day: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class _Spec:
    """A period before resolution; ``year`` None when it needs a missing reference."""

    kind: _Kind
    year: int | None
    a: int = 0  # month, first quarter or half
    b: int = 0  # day or last quarter
    part: str = ""


@dataclass(frozen=True, slots=True)
class _Hit:
    """A grammar match ending before token ``end``; ``spec`` None: invalid, emit nothing."""

    end: int
    spec: _Spec | None
    relative: bool = False
    month_day: tuple[int, int] | None = None


def _is_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def _expand_year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """The day exists (in a leap year when the year is unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]


_Tokens = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[str, ...]]


def _tokens(text: str) -> _Tokens:
    """The tokens of a text, where each starts and ends, and each lower-cased."""
    # tokens cover every character but whitespace, so each one is found at the first
    # place it occurs after the one before (cheaper than a match object per token)
    toks: list[str] = _TOKEN_RE.findall(text)
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for tok in toks:
        at = text.index(tok, at)
        starts.append(at)
        at += len(tok)
        ends.append(at)
    return tuple(toks), tuple(starts), tuple(ends), tuple(t.lower() for t in toks)


@functools.lru_cache(maxsize=4096)
def _tokens_cached(text: str) -> _Tokens:
    """`_tokens`, remembered: a sentence is read against more than one reference date."""
    return _tokens(text)


class _Parser:
    """Tokens of one text and the grammar over them."""

    def __init__(self, text: str, reference: dt.date | None, whole: bool = False) -> None:
        self.toks, self.starts, self.ends, self.low = (
            _tokens_cached(text) if len(text) <= _CACHE_TEXT else _tokens(text))
        self.n = len(self.toks)
        self.ref = reference
        self.whole = whole

    # ---- token access -------------------------------------------------------------------

    def tok(self, k: int) -> str:
        return self.toks[k] if 0 <= k < self.n else ""

    def lw(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    def adj(self, k: int) -> bool:
        """Token k touches the token before it."""
        return 0 < k < self.n and self.starts[k] == self.ends[k - 1]

    # ---- reference ------------------------------------------------------------------------

    def ref_year(self, offset: int = 0) -> int | None:
        return None if self.ref is None else self.ref.year + offset

    def ref_quarter(self, offset: int) -> tuple[int | None, int]:
        if self.ref is None:
            return None, 1
        q0 = (self.ref.month - 1) // 3 + offset
        return self.ref.year + q0 // 4, q0 % 4 + 1

    def ref_month(self, offset: int) -> tuple[int | None, int]:
        if self.ref is None:
            return None, 1
        m0 = self.ref.month - 1 + offset
        return self.ref.year + m0 // 12, m0 % 12 + 1

    # ---- number context -------------------------------------------------------------------

    def prev_ok(self, j: int) -> bool:
        """The number at token j is not part of an amount, a decimal or a longer number."""
        if j == 0:
            return True
        p = self.toks[j - 1]
        gap = self.starts[j] - self.ends[j - 1]
        if gap <= 1 and _currency_token(p, self.low[j - 1]):
            return False
        if gap == 0:
            if p == "." or p in {"+", "#", "@", "×", "^", "*", "№"}:
                return False
            before = self.tok(j - 2) if self.adj(j - 1) else ""
            if p == "," and _is_digits(before):
                return False
            if p in _SPAN_SEPS and _is_digits(before) and not _YEAR4_RE.fullmatch(before):
                return False
        return True

    def tail_ok(self, k: int) -> bool:
        """The number at token k is not followed by a decimal part, '%', a unit or scale."""
        nx = k + 1
        t = self.tok(nx)
        if not t:
            return True
        if t in {".", ","} and self.adj(nx) and self.adj(nx + 1) and \
                _is_digits(self.tok(nx + 1)[:1]):
            return False
        return t != "%" and self.low[nx] not in _UNITS

    # ---- pieces ---------------------------------------------------------------------------

    def year_at(self, j: int, short_ok: bool = False) -> tuple[int, int] | None:
        """A year starting at token j: 2026, FY2026, FY26, FY 2026, fiscal (year) 2026, '26."""
        t = self.tok(j)
        if not t:
            return None
        year: int | None = None
        end = j + 1
        fy = None
        if len(t) == 4 and _YEAR4_RE.fullmatch(t):
            year = int(t)
        elif len(t) <= 6 and (fy := _FY_RE.fullmatch(t)) is not None:
            year = _expand_year(fy.group(1))
        elif self.low[j] == "fy" and _YEAR4_RE.fullmatch(self.tok(j + 1)):
            year, end = int(self.toks[j + 1]), j + 2
        elif self.low[j] == "fiscal":
            k = j + 2 if self.lw(j + 1) == "year" else j + 1
            if _YEAR4_RE.fullmatch(self.tok(k)):
                year, end = int(self.toks[k]), k + 1
        elif short_ok and t in _APOS and self.adj(j + 1) and _TWO_RE.fullmatch(self.tok(j + 1)):
            year, end = 2000 + int(self.toks[j + 1]), j + 2
        if year is None or year > YEAR_MAX or not self.tail_ok(end - 1):
            return None
        if year < YEAR_MIN and not (year >= OLD_YEAR_MIN and self._old_year_at(j, end)):
            return None
        return year, end

    def _old_year_at(self, j: int, end: int) -> bool:
        """A year before the news's own ("in 1887") is read after "in" alone, and not
        before a noun it would count ("in 1500 homes")."""
        nxt = self.lw(end)
        return self.lw(j - 1) == "in" and end == j + 1 and not (
            nxt.isalpha() and nxt not in STOPWORDS)

    def year_ref(self, k: int, short_ok: bool = False) -> tuple[int | None, bool, int] | None:
        """A stated year or 'this/last/next year', 'the year': (year, relative, end)."""
        ya = self.year_at(k, short_ok)
        if ya is not None:
            return ya[0], False, ya[1]
        if self.lw(k) == "the":
            if self.lw(k + 1) == "year":
                return self.ref_year(), True, k + 2
            k += 1
        off = _REL_OFFSET.get(self.lw(k))
        if off is not None and self.lw(k + 1) == "year":
            return self.ref_year(off), True, k + 2
        return None

    def year_after(self, k: int, short_ok: bool = False) -> tuple[int | None, bool, int] | None:
        """A year right after a period word, optionally after 'of', ',' or '-'."""
        res = self.year_ref(k, short_ok)
        if res is None and (self.tok(k) in {",", "-", "–"} or self.lw(k) == "of"):
            res = self.year_ref(k + 1, short_ok)
        return res

    def month_at(self, k: int) -> tuple[int, int, int] | None:
        """A month name at token k: (month, end of the name, end after an abbreviation dot)."""
        lo = self.lw(k)
        month = _MONTHS.get(lo)
        if month is None:
            return None
        if lo in _CAP_ONLY and not self.toks[k][:1].isupper():
            return None
        after = k + 1
        if lo in _ABBR and self.tok(after) == "." and self.adj(after):
            after += 1
        return month, k + 1, after

    def day_tail_ok(self, k: int) -> bool:
        nx = self.tok(k + 1)
        if nx in {"%", ":"} or self.lw(k + 1) in _UNITS:
            return False
        return not (nx == "." and self.adj(k + 1) and _is_digits(self.tok(k + 2)[:1]))

    def month_alone_ok(self, j: int, trig: int) -> bool:
        """A month name with neither day nor year: trig 0 none, 1 preposition, 2 'late'/'of'."""
        lo = self.low[j]
        if lo in _ALONE_OK:
            return True
        if trig == 0 or not self.toks[j][:1].isupper():
            return False
        if trig == 1:
            nxt = self.tok(j + 1)
            if nxt[:1].isupper() and nxt.isalpha():
                return False  # "by June Smith", "in May Meta ..."
        return True

    # ---- grammar --------------------------------------------------------------------------

    def match(self, i: int) -> _Hit | None:
        if self.low[i] == "the" and self.lw(i + 1) in _THE_NEXT:
            return self.period(i + 1, trig=2)
        return self.period(i, trig=1 if self.lw(i - 1) in _TRIGGERS else 0)

    def period(self, j: int, trig: int, nested: bool = False) -> _Hit | None:
        t = self.tok(j)
        if not t:
            return None
        if not t[0].isalnum():
            return None
        lo = self.low[j]
        if t[0] in "0123456789":
            if _YEAR4_RE.fullmatch(t):
                return self.from_year(j)
            if lo in _ORDINALS:
                hit = self.ordinal(j)
                if hit is not None:
                    return hit
            if _DAY_RE.fullmatch(t):
                return self.day_first(j)
            nq = _NQ_RE.fullmatch(t)
            if nq is not None:
                return self.quarter(j, int(nq.group(1)), nq.group(2))
            nh = _NH_RE.fullmatch(t)
            if nh is not None:
                return self.half(j, int(nh.group(1)), nh.group(2))
            return None
        if lo in _MONTHS:
            return self.from_month(j, trig)
        if lo in _SEASONS:
            return self.season(j)
        if nested:
            pass
        elif lo in _PARTS or lo == "midyear":
            return self.part(j)
        elif lo in _END_WORDS:
            return self.end_of(j)
        if lo in {"year", "yearend"}:
            return self.year_end(j)
        if lo in _ORDINALS:
            return self.ordinal(j)
        if lo in _REL_OFFSET:
            return self.relative(j)
        if lo in _DAY_WORDS:
            return self.day_word(j)
        if t.removesuffix("'s").removesuffix("’s") in _WEEKDAYS:
            return self.weekday(j)
        q = _Q_RE.fullmatch(t)
        if q is not None:
            return self.quarter(j, int(q.group(1)), None)
        h = _H_RE.fullmatch(t)
        if h is not None:
            return self.half(j, int(h.group(1)), None)
        if lo in {"fy", "fiscal"} or (len(t) <= 6 and _FY_RE.fullmatch(t)):
            return self.from_year(j)
        return None

    def from_year(self, j: int) -> _Hit | None:
        """A token starting with a year: bare year, ISO month/day, '2026-Q4', FY2026."""
        ya = self.year_at(j)
        if ya is None or not self.prev_ok(j):
            return None
        year, k = ya
        plain = k == j + 1 and _YEAR4_RE.fullmatch(self.toks[j]) is not None
        if plain and self.tok(k) in {"-", "/"} and self.adj(k) and self.adj(k + 1):
            nxt = self.toks[k + 1]
            if _TWO_RE.fullmatch(nxt):
                return self.iso(year, k)
            if _is_digits(nxt[:1]) and not _YEAR4_RE.fullmatch(nxt):
                return _Hit(k + 2, None)  # 2025-2, 2025-123, 2025/26: not a date
        if self.whole and self.lw(k) in _PARTS and k + 1 == self.n:
            return _Hit(k + 1, _Spec("ypart", year, part=_PARTS[self.low[k]]))
        if self.whole and self.lw(k) in _SEASONS and k + 1 == self.n:
            return _Hit(k + 1, _Spec("season", year, part=_SEASONS[self.low[k]]))
        k2 = k + 1 if self.tok(k) == "-" and self.adj(k) else k
        qt = self.tok(k2)
        if len(qt) == 2:  # '2026-Q4', '2026 Q3/Q4', '2026-H2'
            q = _Q_RE.fullmatch(qt)
            if q is not None:
                q1 = int(q.group(1))
                q2, end = self.q_span(k2, q1)
                return _Hit(end, _Spec("quarter", year, q1, q2) if q1 <= q2 else None)
            h = _H_RE.fullmatch(qt)
            if h is not None:
                return _Hit(k2 + 1, _Spec("half", year, int(h.group(1))))
        return _Hit(k, _Spec("year", year))

    def iso(self, year: int, k: int) -> _Hit:
        """'2025-02' or '2025-02-14' (also with '/'); token k is the separator."""
        sep = self.toks[k]
        month = int(self.toks[k + 1])
        end = k + 2
        if self.tok(end) == sep and self.adj(end) and self.adj(end + 1):
            dm = _ISO_DAY_RE.fullmatch(self.toks[end + 1])
            if dm is not None:
                day = int(dm.group(1))
                ok = _valid_day(year, month, day)
                return _Hit(end + 2, _Spec("day", year, month, day) if ok else None)
            if _is_digits(self.toks[end + 1][:1]):
                return _Hit(end + 2, None)
        if not 1 <= month <= 12:
            return _Hit(end, None)
        if self.whole and self.lw(end) in _PARTS and end + 1 == self.n:
            return _Hit(end + 1, _Spec("mpart", year, month, part=_PARTS[self.low[end]]))
        return _Hit(end, _Spec("month", year, month))

    def from_month(self, j: int, trig: int) -> _Hit | None:
        """'February 14, 2025', 'Feb 2025', 'Feb. 2025', 'May '25', 'in January'."""
        mm = self.month_at(j)
        if mm is None:
            return None
        month, k_name, k = mm
        t = self.tok(k)
        dm = _DAY_RE.fullmatch(t) if 0 < len(t) <= 4 else None
        if dm is not None and 1 <= int(dm.group(1)) <= 31 and self.day_tail_ok(k):
            day = int(dm.group(1))
            kk = k + 2 if self.tok(k + 1) == "," else k + 1
            ya = self.year_at(kk)
            if ya is not None:
                ok = _valid_day(ya[0], month, day)
                return _Hit(ya[1], _Spec("day", ya[0], month, day) if ok else None)
            if not _valid_day(None, month, day):
                return _Hit(k + 1, None)
            return self.day_no_year(k + 1, month, day)
        kk = k
        if self.tok(kk) == "," or (self.tok(kk) == "-" and self.adj(kk)) or self.lw(kk) == "of":
            kk += 1
        ya = self.year_at(kk, short_ok=True)
        if ya is not None:
            return _Hit(ya[1], _Spec("month", ya[0], month))
        if self.month_alone_ok(j, trig):
            return _Hit(k_name, _Spec("month", self.ref_year(), month), True)
        return None

    def season(self, j: int) -> _Hit | None:
        """'fall of 2028', 'the fall of 2028', 'autumn 2024', 'summer '25': a season needs
        its year ("a fall in prices" is none)."""
        k = j + 1
        if self.tok(k) in {",", "-"} or self.lw(k) == "of":
            k += 1
        ya = self.year_at(k, short_ok=True)
        if ya is None:
            return None
        return _Hit(ya[1], _Spec("season", ya[0], part=_SEASONS[self.low[j]]))

    def day_first(self, j: int) -> _Hit | None:
        """'14 February 2025', '14th of February 2025', '14 Feb'."""
        dm = _DAY_RE.fullmatch(self.toks[j])
        if dm is None or not self.prev_ok(j):
            return None
        day = int(dm.group(1))
        k = j + 2 if self.lw(j + 1) == "of" else j + 1
        mm = self.month_at(k)
        if mm is None or not 1 <= day <= 31:
            return None
        month, k_name, after = mm
        kk = after + 1 if self.tok(after) == "," else after
        ya = self.year_at(kk)
        if ya is not None:
            ok = _valid_day(ya[0], month, day)
            return _Hit(ya[1], _Spec("day", ya[0], month, day) if ok else None)
        if not _valid_day(None, month, day):
            return _Hit(k_name, None)
        return self.day_no_year(k_name, month, day)

    def day_no_year(self, end: int, month: int, day: int) -> _Hit:
        """'March 26' with no year: of the page's year, the year before or the year after,
        the one that puts the day nearest the page's date ("Dec. 28" on a page of January 3
        is the December before)."""
        year = self.ref_year()
        if self.ref is not None:
            ref = self.ref
            options = [y for y in (ref.year - 1, ref.year, ref.year + 1)
                       if _valid_day(y, month, day)]
            if not options:
                return _Hit(end, None)
            year = min(options, key=lambda y: (abs((dt.date(y, month, day) - ref).days), -y))
        return _Hit(end, _Spec("day", year, month, day), True, (month, day))

    def with_part(self, hit: _Hit | None, part: str) -> _Hit | None:
        """'late' + a month or a year gives a third of it; quarters and halves stay whole."""
        if hit is None or hit.spec is None:
            return None
        s = hit.spec
        if s.kind == "month":
            return _Hit(hit.end, _Spec("mpart", s.year, s.a, part=part), hit.relative)
        if s.kind == "year":
            return _Hit(hit.end, _Spec("ypart", s.year, part=part), hit.relative)
        if s.kind in {"quarter", "half"}:
            return hit
        return None

    def year_part(self, k: int, part: str) -> _Hit:
        """After 'mid-year' / 'year-end': an optional year, else the reference year."""
        ya = self.year_at(k)
        if ya is not None:
            return _Hit(ya[1], _Spec("ypart", ya[0], part=part))
        return _Hit(k, _Spec("ypart", self.ref_year(), part=part), True)

    def part(self, j: int) -> _Hit | None:
        """'early 2026', 'mid-2025', 'late May 2025', 'late May', 'mid-year', 'late this year'."""
        if self.low[j] == "midyear":
            return self.year_part(j + 1, "mid")
        part = _PARTS[self.low[j]]
        k = j + 1
        if self.tok(k) in {"-", "–"} and self.adj(k):
            k += 1
        if self.lw(k) == "year":
            return self.year_part(k + 1, part)
        return self.with_part(self.period(k, trig=2, nested=True), part)

    def end_of(self, j: int) -> _Hit | None:
        """'end of 2026', 'end-2026', 'the end of the year', 'beginning of May 2025'."""
        part = _END_WORDS[self.low[j]]
        k = j + 1
        if self.tok(k) == "-" and self.adj(k):
            k += 1
        if self.lw(k) == "of":
            k += 1
            if self.tok(k) == "-" and self.adj(k):
                k += 1
        elif k == j + 1:
            return None
        if self.lw(k) == "the":
            unit = self.lw(k + 1)
            if unit == "year":
                return _Hit(k + 2, _Spec("ypart", self.ref_year(), part=part), True)
            if unit == "month":
                y, m = self.ref_month(0)
                return _Hit(k + 2, _Spec("mpart", y, m, part=part), True)
            if unit == "quarter":
                y, q = self.ref_quarter(0)
                return _Hit(k + 2, _Spec("quarter", y, q, q), True)
            k += 1
        if self.lw(k) == "year":
            return self.year_part(k + 1, part)
        return self.with_part(self.period(k, trig=2, nested=True), part)

    def year_end(self, j: int) -> _Hit | None:
        """'year-end 2026', 'yearend', 'year end' (relative without a year)."""
        if self.low[j] == "yearend":
            k = j + 1
        elif self.tok(j + 1) == "-" and self.adj(j + 1) and self.lw(j + 2) == "end":
            k = j + 3
        elif self.lw(j + 1) == "end":
            k = j + 2
        else:
            return None
        return self.year_part(k, "late")

    def ordinal(self, j: int) -> _Hit | None:
        """'fourth quarter of 2026', 'first-half 2026', 'the second half' (relative)."""
        num = _ORDINALS[self.low[j]]
        k = j + 1
        if self.tok(k) == "-" and self.adj(k):
            k += 1
        unit = self.lw(k)
        if unit not in {"quarter", "half"} or (unit == "half" and num > 2):
            return None
        yr = self.year_after(k + 1)
        year, rel, end = yr if yr is not None else (self.ref_year(), True, k + 1)
        if unit == "quarter":
            return _Hit(end, _Spec("quarter", year, num, num), rel)
        return _Hit(end, _Spec("half", year, num), rel)

    def q_span(self, j: int, q1: int) -> tuple[int, int]:
        """'Q3/Q4', 'Q3-Q4': the last quarter and the token after the span."""
        if self.tok(j + 1) in _SPAN_SEPS:
            q = _Q_RE.fullmatch(self.tok(j + 2))
            if q is not None:
                return int(q.group(1)), j + 3
        return q1, j + 1

    def quarter(self, j: int, q1: int, yy: str | None) -> _Hit | None:
        """'Q4 2026', 'Q4'26', 'Q4 FY2026', '4Q26', '4Q 2026', 'Q3/Q4 2026', 'Q3' alone."""
        if yy is not None:
            if not self.tail_ok(j):
                return None
            return _Hit(j + 1, _Spec("quarter", 2000 + int(yy), q1, q1))
        q2, k = self.q_span(j, q1)
        yr = self.year_after(k, short_ok=True)
        year, rel, end = yr if yr is not None else (self.ref_year(), True, k)
        if q1 > q2:
            return _Hit(end, None)
        return _Hit(end, _Spec("quarter", year, q1, q2), rel)

    def half(self, j: int, h: int, yy: str | None) -> _Hit | None:
        """'H1 2026', '1H26', '2H 2026', 'H2'26'; a lone 'H2' only after a preposition."""
        if yy is not None:
            if not self.tail_ok(j):
                return None
            return _Hit(j + 1, _Spec("half", 2000 + int(yy), h))
        yr = self.year_after(j + 1, short_ok=True)
        if yr is not None:
            return _Hit(yr[2], _Spec("half", yr[0], h), yr[1])
        if self.lw(j - 1) in _TRIGGERS or self.lw(j - 1) in {"for", "the"}:
            return _Hit(j + 1, _Spec("half", self.ref_year(), h), True)
        return None

    def relative(self, j: int) -> _Hit | None:
        """'this year', 'last quarter', 'next month', 'last quarter of 2025', 'next January'."""
        lo = self.low[j]
        off = _REL_OFFSET[lo]
        unit = self.lw(j + 1)
        if unit == "year":
            return _Hit(j + 2, _Spec("year", self.ref_year(off)), True)
        if unit == "quarter":
            if lo == "last" and self.lw(j + 2) == "of":
                yr = self.year_ref(j + 3)
                if yr is not None:
                    return _Hit(yr[2], _Spec("quarter", yr[0], 4, 4), yr[1])
            y, q = self.ref_quarter(off)
            return _Hit(j + 2, _Spec("quarter", y, q, q), True)
        if unit == "month":
            y, m = self.ref_month(off)
            return _Hit(j + 2, _Spec("month", y, m), True)
        if unit in _SEASONS and lo in {"this", "last", "next", "coming"} and not (
                unit == "fall" and self.lw(j + 2) in _FALL_OF):  # "this fall in prices"
            return _Hit(j + 2, _Spec("season", self.season_year(lo, _SEASONS[unit]),
                                     part=_SEASONS[unit]), True)
        mm = self.month_at(j + 1)
        if mm is None or lo not in {"this", "last", "next"}:
            return None
        month = mm[0]
        year: int | None = None
        if self.ref is not None:
            year = self.ref.year
            if lo == "last" and month >= self.ref.month:
                year -= 1
            elif lo == "next" and month <= self.ref.month:
                year += 1
        return _Hit(mm[1], _Spec("month", year, month), True)

    def season_year(self, word: str, season: str) -> int | None:
        """The year of 'this fall' (the page's), 'last summer' (the latest one over by
        the page's date) and 'next spring' (the first one not begun by it)."""
        if self.ref is None:
            return None
        (m1, d1), (m2, d2, on) = _SEASON_SPANS[season]
        y = self.ref.year
        if word == "last":
            return y if dt.date(y + on, m2, d2) < self.ref else y - 1
        if word in {"next", "coming"}:
            return y if self.ref < dt.date(y, m1, d1) else y + 1
        return y

    def weekday(self, j: int) -> _Hit:
        """'on Tuesday', "Friday's earthquake": the latest such day up to the page's date
        (news tells of the past week); unresolved without a page date."""
        name = self.toks[j].removesuffix("'s").removesuffix("’s")
        # "on Monday, November 9", "Friday 20 November": the day the weekday names is
        # written out, so the date is the one written, not one read against the page
        k = j + 2 if self.tok(j + 1) == "," else j + 1
        if self.tok(k)[:1].isalnum():
            told = self.period(k, trig=2, nested=True)
            if told is not None and told.spec is not None and told.spec.kind == "day":
                return told
        if self.ref is None:
            return _Hit(j + 1, _Spec("day", None), True)
        back = (self.ref.weekday() - _WEEKDAYS[name]) % 7
        d = self.ref - dt.timedelta(days=back)
        return _Hit(j + 1, _Spec("day", d.year, d.month, d.day), True)

    def day_word(self, j: int) -> _Hit:
        """'today', 'yesterday', 'tomorrow'."""
        if self.ref is None:
            return _Hit(j + 1, _Spec("day", None), True)
        try:
            d = self.ref + dt.timedelta(days=_DAY_WORDS[self.low[j]])
        except OverflowError:
            return _Hit(j + 1, _Spec("day", None), True)
        return _Hit(j + 1, _Spec("day", d.year, d.month, d.day), True)


# ---- resolution ---------------------------------------------------------------------------

_YEAR_THIRDS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
#: A season's days, (month, day) to (month, day, years on): wide enough to hold both the
#: months it is said to be (fall: September to November) and its solstice-to-equinox
#: span (fall: to December 21); "winter 2025" is January 2025 to the March 20 after, the
#: winter the year starts in and the one it ends in, since either is meant.
_SEASON_SPANS: dict[str, tuple[tuple[int, int], tuple[int, int, int]]] = {
    "spring": ((3, 1), (6, 20, 0)), "summer": ((6, 1), (9, 22, 0)),
    "fall": ((9, 1), (12, 21, 0)), "winter": ((1, 1), (3, 20, 1))}
#: Words after "fall" that make it a decline ("last fall in prices"), not a season.
_FALL_OF = frozenset({"in", "of", "from", "to", "by", "was", "is", "has", "had"})
_SEASON_OF_MONTH = {3: "spring", 6: "summer", 9: "fall", 1: "winter"}


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _quarters(year: int, q1: int, q2: int) -> DateValue:
    start = dt.date(year, 3 * q1 - 2, 1)
    end = _last_day(year, 3 * q2)
    if (q1, q2) in {(1, 2), (3, 4)}:
        return built(DateValue, start=start, end=end, precision="half",
                     value=f"{year:04d}-H{q2 // 2}")
    if (q1, q2) == (1, 4):
        return built(DateValue, start=start, end=end, precision="year", value=f"{year:04d}")
    label = f"Q{q1}" if q1 == q2 else f"Q{q1}/Q{q2}"
    return built(DateValue, start=start, end=end, precision="quarter", value=f"{year:04d}-{label}")


@functools.lru_cache(maxsize=4096)
def _resolve(s: _Spec) -> DateValue | None:
    """The DateValue of a spec; None when its year is unknown or a day does not exist."""
    y = s.year
    if y is None or not 1 <= y <= 9999:
        return None
    try:
        if s.kind == "day":
            d = dt.date(y, s.a, s.b)
            return built(DateValue, start=d, end=d, precision="day", value=d.isoformat())
        if s.kind == "month":
            return built(DateValue, start=dt.date(y, s.a, 1), end=_last_day(y, s.a),
                             precision="month", value=f"{y:04d}-{s.a:02d}")
        if s.kind == "mpart":
            last = _last_day(y, s.a)
            lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[s.part]
            return built(DateValue, start=dt.date(y, s.a, lo), end=dt.date(y, s.a, hi),
                             precision="part", value=f"{y:04d}-{s.a:02d} {s.part}")
        if s.kind == "ypart":
            m1, m2 = _YEAR_THIRDS[s.part]
            return built(DateValue, start=dt.date(y, m1, 1), end=_last_day(y, m2),
                             precision="part", value=f"{y:04d} {s.part}")
        if s.kind == "season":
            (m1, d1), (m2, d2, on) = _SEASON_SPANS[s.part]
            return built(DateValue, start=dt.date(y, m1, d1), end=dt.date(y + on, m2, d2),
                             precision="season", value=f"{y:04d} {s.part}")
        if s.kind == "quarter":
            return _quarters(y, s.a, s.b)
        if s.kind == "half":
            return built(DateValue, start=dt.date(y, 6 * s.a - 5, 1), end=_last_day(y, 6 * s.a),
                             precision="half", value=f"{y:04d}-H{s.a}")
        return built(DateValue, start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), precision="year",
                         value=f"{y:04d}")
    except (ValueError, KeyError):
        return None


#: Every word a period can open with, lower-cased, besides a number and a short word
#: starting with q, h or f ("Q3", "H2", "FY26"): what `_Parser.match` tries first.
_STARTS = frozenset({*_MONTHS, *_SEASONS, *_PARTS, "midyear", *_END_WORDS, "year", "yearend",
                     *_ORDINALS, *_REL_OFFSET, *_DAY_WORDS, "the", "fy", "fiscal",
                     *(d.lower() for d in _WEEKDAYS)})
_DIGIT_CHARS = frozenset("0123456789")


def _scan(text: str, reference: dt.date | None) -> list[DateMatch]:
    p = _Parser(text, reference)
    out: list[DateMatch] = []
    i = 0
    low = p.low
    while i < p.n:
        lo = low[i]
        if lo not in _STARTS and lo[0] not in _DIGIT_CHARS and not (
                len(lo) <= 6 and lo[0] in "qhf"):
            i += 1  # no period opens with this word (see _STARTS): the grammar is not tried
            continue
        hit = p.match(i)
        if hit is None or hit.end <= i:
            i += 1
            continue
        if hit.spec is not None:
            start, end = p.starts[i], p.ends[hit.end - 1]
            out.append(DateMatch(start, end, text[start:end], _resolve(hit.spec),
                                 hit.relative, hit.month_day))
        i = hit.end
    return out


# ---- public API ---------------------------------------------------------------------------


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMatch]:
    """Every date expression in `text`, in order; relative ones resolved against `reference`."""
    if len(text) > _CACHE_TEXT:
        return _scan(text, reference)
    return list(_scan_cached(text, reference))


#: Extraction asks about the same sentence several times (period, deadline, event date):
#: sentences up to this length are scanned once and remembered.
_CACHE_TEXT = 2000


@functools.lru_cache(maxsize=4096)
def _scan_cached(text: str, reference: dt.date | None) -> tuple[DateMatch, ...]:
    return tuple(_scan(text, reference))


def parse_date(text: str, reference: dt.date | None = None) -> DateValue | None:
    """The whole (stripped) string is one date expression, e.g. a timeline heading '2025-02';
    None otherwise.  Also reads the normalised values ('2025-05 late', '2026 late')."""
    s = text.strip().rstrip(":;,.").rstrip()
    p = _Parser(s, reference, whole=True)
    if p.n == 0:
        return None
    hit = p.match(0)
    if hit is None or hit.spec is None or hit.end != p.n:
        return None
    return _resolve(hit.spec)


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text[max(0, pos - 30) : pos].rstrip())
    return m.group(1).lower() if m else ""


#: Prepositions before a day that tell when a plan is for ("on January 14", "from January
#: 11"), not a deadline's bound.
_WHEN_PREPS = frozenset({"on", "from"})
_SAYS_WHEN = re.compile(r"\b(?:last|next|this|previous|coming|current|past|ago)\b",
                        re.IGNORECASE)


def _ahead(m: DateMatch, reference: dt.date | None, text: str) -> dt.date:
    """The end of a date a sentence about the future gives: a month or day written without
    its year ("in January" on a page of October) is the next one after the reference,
    not the one before it, and so is a weekday after a word of the future ("would invite
    them to talks on Thursday"; "said on Monday that …" keeps its Monday)."""
    assert m.value is not None
    end = m.value.end
    if reference is None or not m.relative or end >= reference or _SAYS_WHEN.search(m.text) \
            or _YEAR_IN.search(m.text):
        return end
    if m.month_day is None and m.value.precision == "day":
        if _FUTURE_WORD.search(text, 0, m.start) is None:
            return end  # "said on Monday", "last Friday": the day its words say
        while end <= reference:
            end += dt.timedelta(days=7)
        return end
    if m.month_day is None and m.value.precision not in {"month", "part"}:
        return end
    try:
        return end.replace(year=end.year + 1)
    except ValueError:  # February 29
        return end.replace(year=end.year + 1, day=28)


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|won't|wouldn't|going to|due to|set to)\b",
                          re.IGNORECASE)


def deadline(text: str, reference: dt.date | None = None,
             future: bool = False) -> dt.date | None:
    """Deadline of a forecast sentence: the end of the period after 'by', 'before', 'in',
    'during', 'until', 'through', 'within' or a bare period:
    'by Q4 2026' -> 2026-12-31; 'by 2027' -> 2027-12-31; 'by year-end 2026' -> 2026-12-31;
    'in Q3/Q4 2026' -> 2026-12-31; 'by the end of the year' with reference 2025-06-01 ->
    2025-12-31, without reference -> None; no date -> None.
    When several, the latest period that the sentence attaches with such a preposition
    (a period joined to one by 'and', 'or', 'to' or a dash counts too); without any, the
    latest bare period (one after no preposition at all). In a sentence about the
    future (`future`), a month or day written without its year is the next one after the
    reference ("in January" on a page of October is next January), and a year, half or
    quarter over before the reference is none ("first announced in 2021, will cost …")."""
    attached: list[dt.date] = []
    bare: list[dt.date] = []
    prev: DateMatch | None = None
    prev_attached = False
    for m in find_dates(text, reference):
        word = _prev_word(text, m.start)
        is_attached = word in _DEADLINE_PREPS
        if prev is not None and prev_attached and \
                text[prev.end : m.start].strip().lower() in _CONNECTORS:
            is_attached = True
        if m.value is not None:
            end = _ahead(m, reference, text) if future else m.value.end
            if future and reference is not None and end < reference and \
                    m.value.precision in ("year", "half", "quarter"):
                # "the project, first announced in 2021, will cost …": a time already
                # past when the page was written tells something else, no deadline
                prev, prev_attached = m, is_attached
                continue
            if is_attached:
                attached.append(end)
            elif word not in _OTHER_PREPS or (
                    word in _WHEN_PREPS and m.value.precision == "day"):
                # "will report on January 14", "available from January 11": the day the
                # plan is for
                bare.append(end)
        prev, prev_attached = m, is_attached
    if attached:
        return max(attached)
    return max(bare) if bare else None


def format_value(value: DateValue) -> str:
    """The normalised string of a DateValue, rebuilt from its start, end and precision
    (so that ``parse_date(format_value(v)) == v`` for every value this module builds)."""
    s, e, y = value.start, value.end, value.start.year
    if value.precision == "day":
        return s.isoformat()
    if value.precision == "month":
        return f"{y:04d}-{s.month:02d}"
    if value.precision == "part":
        if s.month == e.month:
            part = "early" if s.day <= 10 else "mid" if s.day <= 20 else "late"
            return f"{y:04d}-{s.month:02d} {part}"
        part = "early" if s.month <= 4 else "mid" if s.month <= 8 else "late"
        return f"{y:04d} {part}"
    if value.precision == "season":
        return f"{y:04d} {_SEASON_OF_MONTH.get(s.month, 'fall')}"
    if value.precision == "quarter":
        q1, q2 = (s.month - 1) // 3 + 1, (e.month - 1) // 3 + 1
        return f"{y:04d}-Q{q1}" if q1 == q2 else f"{y:04d}-Q{q1}/Q{q2}"
    if value.precision == "half":
        return f"{y:04d}-H{1 if s.month <= 6 else 2}"
    return f"{y:04d}"

"""Which period a figure is for: the figure's own clause, fiscal or calendar, resolved
against the publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re

from factcheck.extract.dates import DateMatch, find_dates
from factcheck.models import DateValue

_RELATIVE = re.compile(
    r"\b(?:this|last|next|current|coming|past|previous) (?:fiscal |financial )?"
    r"(?:year|quarter|half|month)\b|\byear[- ]to[- ]date\b|\bthis fiscal\b",
    re.IGNORECASE,
)
_FISCAL_RELATIVE = re.compile(r"\b(this|last|next|current) (?:fiscal|financial) year\b",
                              re.IGNORECASE)


def shift_years(value: DateValue, years: int) -> DateValue:
    """The same period `years` later, or the value itself when it cannot move."""
    from factcheck.extract.dates import parse_date as reparse

    head, _, tail = value.value.partition("-")
    if not head.isdigit():
        return value
    moved = reparse(f"{int(head) + years}" + (f"-{tail}" if tail else ""))
    return moved if moved is not None and moved.precision == value.precision else value


# Where a comparison's base starts: "up 6% from the same quarter of 2023"
_CLAUSE = re.compile(
    r";|,(?=\s)|\b(?:from|compared (?:with|to)|versus|vs\.?|a year earlier|year-ago)\b"
    # "more than 41 fires", "fewer than a dozen": a bound's "than", not a comparison's
    r"|(?<!more )(?<!less )(?<!fewer )\bthan\b"
    r"|\b(?<=more |less )than\b(?! (?:[$€£¥]?\d|an? (?:million|billion|thousand|dozen|hundred)\b))"
    r"|\b(?<=fewer )than\b(?! (?:\d|an? (?:million|thousand|dozen|hundred)\b))",
    re.IGNORECASE,
)
_FISCAL_INFIX = re.compile(r"\b((?:first|second|third|fourth|1st|2nd|3rd|4th) )(fiscal )"
                           r"(quarter|half)\b", re.IGNORECASE)
#: A level told between a comparison's "from" and a figure: the figure is where it went.
_NEW_LEVEL = re.compile(r"\b(?:to|reached|reaching|hit|hitting)\s", re.IGNORECASE)
_BASE_MARK = re.compile(r"^(?:from|compared|versus|vs|than)\b", re.IGNORECASE)
# "a year before" ends its phrase: "$7,080 a year before rebates" is a year's rate
_YEAR_AGO = re.compile(r"\b(?:a year (?:earlier|ago|before(?!\s+(?!that\b)[a-z]))"
                       r"|year-ago|year earlier|prior[- ]year"
                       r"|previous year|last year's|same (?:quarter|period) (?:a|last) year)\b",
                       re.IGNORECASE)
_PART_OF_PERIOD = re.compile(
    r"\b(?:first|last|past|trailing|previous) (?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,2}) )?(?:months|weeks|days)\b|\byear[- ]to[- ]date\b|\bytd\b"
    r"|\b(?:nine|six|three) months (?:ended|to)\b|\bso far (?:this|in)\b",
    re.IGNORECASE,
)
_EXPLICIT_RELATIVE = re.compile(r"\b(?:last|next|this|previous|coming|current|past|ago)\b",
                                re.IGNORECASE)


_MONTH_PART = re.compile(r"\d{4}-\d{2} ")


def _season_as_year(d: DateMatch) -> DateMatch:
    """A season ("by the fall of 2028") or a part of a year ("early this year", "late
    2025") is, as a figure's period, its year."""
    v = d.value
    if v is None or not (v.precision == "season" or (
            v.precision == "part" and not _MONTH_PART.match(v.value))):
        return d
    year = v.start.year
    value = DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision="year",
                      value=f"{year:04d}")
    return dataclasses.replace(d, value=value)


# "the lowest since early 2022", "has run City Hall since 2018": a date after "since"
# is the point a state or a record is counted from, not when anything the sentence
# tells happened, nor the period of its figures
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def counted_from(text: str, start: int) -> bool:
    """The date starting at text[start] follows "since"."""
    return _SINCE.search(text, max(0, start - 8), start) is not None


@functools.lru_cache(maxsize=1)
def _clause_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a coordinated predicate starts ("… and now expects …"), the words opening a
    clause of its own ("which", "who") and words of a clause about what is to come
    (data/events.yaml `predicate_verbs`, `predicate_adverbs`, `subordinate`,
    `outlook_words`)."""
    from factcheck.yamlio import packaged

    data = packaged("events.yaml")

    def words(key: str) -> str:
        return "|".join(sorted((re.escape(str(w)) for w in data.get(key) or ()),
                               key=len, reverse=True))

    predicate = re.compile(rf"\s(?:and|but|while)\s+(?:(?:{words('predicate_adverbs')})\s+)?"
                           rf"(?:{words('predicate_verbs')})\b", re.IGNORECASE)
    subordinate = re.compile(rf"^[\s,;]*(?:{words('subordinate')})\b", re.IGNORECASE)
    outlook = re.compile(rf"\b(?:{words('outlook_words')})\b", re.IGNORECASE)
    return predicate, subordinate, outlook


@functools.cache
def _subordinate_subject() -> re.Pattern[str]:
    from factcheck.yamlio import packaged

    words = "|".join(sorted((re.escape(str(w)) for w in packaged("events.yaml").get(
        "subordinate") or ()), key=len, reverse=True))
    return re.compile(rf"\b(?i:{words})\s+(?:(?i:the|a|an|its|their|his|her|it|they|he|she"
                      r"|we)|[A-Z][\w'’-]*)\s")


def opens_subordinate(text: str) -> bool:
    """`text` opens a subordinate clause with its subject ("… after the walker was", "…
    when it"): what it measures is that clause's, not a figure's before it."""
    return _subordinate_subject().search(text) is not None


def opens_predicate(clause: str) -> bool:
    """The clause starts a predicate of its own: "and now expects …", ", but said …"."""
    return _clause_words()[0].match(" " + clause.lstrip(" ,;")) is not None


def subordinate(clause: str) -> bool:
    """The clause tells something of its own: ", which opened in 1995", ", who became
    chief executive in 2024", or a participle set off by a comma that tells when or by
    whom ("The project, first announced in 2021, will cost …", ", opened in 1998,")."""
    return _clause_words()[1].match(clause) is not None or _PARTICIPLE_ASIDE.match(
        clause) is not None


#: A past participle after a comma, an adverb of time before it at most, and a word of
#: when or by whom after it: ", first announced in 2021", ", built by Harl Yards".
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*(?:(?:first|originally|once|later|since|then)\s+)?"
                               r"[a-z]{3,}ed\s+(?:in|on|by|at|last|this|during)\b")


def tells_outlook(clause: str) -> bool:
    """The clause speaks of what is to come ("will", "expects", "next year")."""
    return _clause_words()[2].search(clause) is not None


@functools.lru_cache(maxsize=4096)
def split_clauses(text: str, predicates: bool = False) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, is the base of a comparison) for each clause of a sentence (remembered
    per sentence: each figure of a sentence asks several times); with `predicates`, a
    coordinated predicate ("… and now expects …") is a clause of its own too (for what
    the clause tells, on what basis and for when; its subject is still the clause
    before's)."""
    cuts = sorted({0, *(m.start() for m in _CLAUSE.finditer(text)), len(text),
                   *((m.start() for m in _clause_words()[0].finditer(text)) if predicates
                     else ())})
    out = []
    for a, b in itertools.pairwise(cuts):
        if b > a:
            mark = _BASE_MARK.match(text[a:b].lstrip(" ,;"))
            # "lifted from 460 metres underground", "rescued from 30 m": a place a thing
            # comes from, not a base, unless a figure or a change comes before it or a
            # value it moved to after it
            base = mark is not None and (
                mark.group(0).lower() != "from" or _compared_before(text[:a])
                or _TO_VALUE.search(text, a, b) is not None)
            moved = _TO_VALUE.search(text, a, b) if base else None
            if moved is not None and _FROM_VALUE.match(text[a:b].lstrip(" ,;")):
                # "risen from $14 billion in 2021 to $157 billion": the base runs to "to",
                # and the value it moved to is the clause's own
                out.extend([(a, moved.start(), True), (moved.start(), b, False)])
            else:
                out.append((a, b, base))
    return tuple(out)


def _compared_before(text: str) -> bool:
    """`text`, the sentence before a "from" clause, holds a figure or a change word: what
    the "from" value is compared with ("revenue was $5bn, from $4bn", "up from 12%")."""
    from factcheck.lexicon import load_lexicon

    lex = load_lexicon()
    return any(c.isdigit() for c in text) or any(
        w.lower() in lex.changes or w.lower() in lex.comparatives
        for w in re.findall(r"[A-Za-z]+", text))


#: A "from" clause of a value ("from $14 billion in 2021 …"), not of a cause or a place
#: ("the toll from the collapse …").
_FROM_VALUE = re.compile(r"from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[$€£¥]?\d",
                         re.IGNORECASE)
#: Where the value a "from" clause moved to starts: "… to $157 billion", "… to 5.2%".
_TO_VALUE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[$€£¥]?\d")


_QUARTER_WORD = re.compile(r"\b(?:q[1-4]|h[12]|quarter|half)\b", re.IGNORECASE)
_PERIOD_END = re.compile(r"\b(?:ending|ended|ends|through|to)\s+(?:in\s+)?$", re.IGNORECASE)


def in_comparison_base(text: str, at: int) -> bool:
    """The figure at `at` is the base of a comparison ("up from $34.15 billion", "a year
    earlier, revenue was …"): another period's figure."""
    for a, b, base in split_clauses(text):
        if a <= at < b:
            if base and _NEW_LEVEL.search(text, a, at):
                # "rose from 17 to 23", "the toll from the collapse rose to 23": the level
                # reached after "from", not the base
                base = False
            return base or _YEAR_AGO.search(text, a, b) is not None or (
                _YEAR_AGO.search(text, 0, b) is not None and text.find(",", 0, at) > 0
                and _YEAR_AGO.search(text, 0, text.find(",", 0, at)) is not None)
    return False


def _when_clause(text: str, end: int, clause: int) -> bool:
    """The figure's clause, starting at text[clause], is a "when" clause hanging on the
    date ending at text[end]: "the worst since 1999, when 11 people died" dates the 11 to
    1999, though "since 1999" alone only counts from it."""
    return 0 <= clause - end <= 3 and not text[end:clause].strip(" ,") and re.match(
        r"[\s,]*when\b", text[clause:], re.IGNORECASE) is not None


def own_time(text: str, at: int, start: int) -> bool:
    """A date at text[start] may tell when the figure at text[at] stood: it is not in a
    clause of its own other than the figure's ("£214m, …, which no one had expected until
    next year": next year is the expectation's)."""
    clauses = split_clauses(text, predicates=True)
    for a, b, _ in clauses:
        if a <= start < b:
            return a <= at < b or not subordinate(text[a:b])
    return True


def clause_at(text: str, at: int) -> str:
    """The clause holding offset `at`, with the main clause when it is a comparison's base
    ("…, compared with analysts' estimates of 506,000" is an estimate; "…, up from the
    $29.8 billion it spent in 2024" reports what was spent)."""
    clauses = split_clauses(text, predicates=True)
    for a, b, base in clauses:
        if a <= at < b:
            # "… expects growth to slow, but reported revenue of …": a predicate of its own
            own = base or (a, b, base) == clauses[0] or opens_predicate(text[a:b])
            return text[a:b] if own else text[:b]
    return text


def _apart(text: str, clauses: tuple[tuple[int, int, bool], ...], n: int, mine: int,
           outlook: bool) -> bool:
    """A date of clause `n` is no period of a figure of clause `mine`: the date's clause
    tells something of its own ("…, which opened in 1995, employs 180 people", "…, who
    became chief executive in 2024, …"), or one of the two is a predicate of its own and
    only one speaks of what is to come ("reported revenue of £6.8 billion … and now
    expects … for the year"), or the figure reports and the date is one to come ("…,
    which had not been expected until next year")."""
    other = text[clauses[n][0] : clauses[n][1]]
    own = text[clauses[mine][0] : clauses[mine][1]]
    if subordinate(other):
        return True
    if (opens_predicate(other) or opens_predicate(own)) and (
            tells_outlook(other) != tells_outlook(own)):
        return True
    return not outlook and _TO_COME.search(other) is not None


_TO_COME = re.compile(r"\b(?:next|coming)\s+(?:fiscal\s+|financial\s+)?"
                      r"(?:year|quarter|half|month|season)\b", re.IGNORECASE)


_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before)\s+(?:the\s+)?$", re.IGNORECASE)


def figure_period(text: str, published: dt.date | None, outlook: bool = False,
            at: int | None = None) -> tuple[str | None, str | None]:
    """(period, unresolved relative expression) the figure at offset `at` is for.

    The period named in the figure's own clause wins; a figure outside any comparison
    takes the main clause's period, never the comparison's base ("$94.9 billion for the
    fiscal fourth quarter, up 6% from the same quarter of 2023": the fourth quarter).
    Fiscal periods are marked "FY" and never equal calendar ones. A bare "fourth quarter"
    in a report published in January is the quarter just past; in an outlook the next.
    """
    fiscal = _FISCAL_RELATIVE.search(text)
    if fiscal and published is not None:
        offset = {"last": -1, "next": 1}.get(fiscal.group(1).lower(), 0)
        return f"FY{published.year + offset}", None
    # "first fiscal quarter of 2025": read as "first quarter of 2025" (offsets kept), and
    # marked fiscal below from the original words
    scan = _FISCAL_INFIX.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), text)
    clauses = split_clauses(text, predicates=True)
    where = at if at is not None else 0

    def clause_of(pos: int) -> int:
        return next((n for n, (a, b, _) in enumerate(clauses) if a <= pos < b), 0)

    def aside(n: int) -> bool:
        # a relative clause tells its own time ("…, which no one expected until next year")
        return n != mine and subordinate(text[clauses[n][0] : clauses[n][1]])

    mine = clause_of(where)
    # a ';' ends a statement: dates beyond one belong to another statement
    lo = text.rfind(";", 0, where) + 1
    hi = text.find(";", where)
    hi = len(text) if hi < 0 else hi
    candidates: list[tuple[int, DateMatch]] = []
    unresolved = None
    open_near: list[DateMatch] = []
    own_time = False
    for d in map(_season_as_year, find_dates(scan, published)):
        if outlook and _DEADLINE_BEFORE.search(scan, max(0, d.start - 12), d.start):
            continue  # "will close nine stores by the end of January": a deadline, no period
        if d.value is None:
            # "Q1" or "this year" on a page with no date: which year is open
            n = clause_of(d.start)
            if n != mine and (clauses[n][2] or clauses[mine][2]):
                continue  # "a 15% increase from Q1": the base's quarter, not the figure's
            if aside(n):
                continue
            if d.relative or _QUARTER_WORD.search(d.text):
                if unresolved is None:
                    unresolved = d.text
                if clause_of(d.start) == mine:
                    open_near.append(d)
            continue
        if d.value.precision not in {"year", "quarter", "half", "month"}:
            continue
        if counted_from(scan, d.start) and not _when_clause(scan, d.end, clauses[mine][0]):
            continue
        if d.value.precision == "month" and _EXPLICIT_RELATIVE.search(d.text):
            # "last month" dates an event, not the period a figure reports; in the
            # figure's own clause ("…, and then $65 billion last April") it says when the
            # figure was told, so no other clause's year is its period
            own_time = own_time or clause_of(d.start) == mine
            continue
        if d.value.precision == "month" and _PERIOD_END.search(scan, max(0, d.start - 14),
                                                                  d.start):
            # "the fiscal year ending in June 2025": the month only ends the period
            if re.search(r"\bfiscal\b", scan[max(0, d.start - 40) : d.start], re.IGNORECASE):
                return f"FY{d.value.end.year}", None
            continue
        n = clause_of(d.start)
        if not lo <= d.start < hi:
            continue
        if n == mine:
            rank = 0
        elif clauses[n][2] or clauses[mine][2]:
            # the base of a comparison is not this figure's period, and a figure in the
            # base ("up from $34.15 billion a year earlier") is not the main clause's
            continue
        elif _apart(text, clauses, n, mine, outlook):
            continue
        else:
            rank = 1 + abs(n - mine)
        candidates.append((rank, d))
    if candidates:
        rank, d = min(candidates, key=lambda c: (c[0], c[1].start > where,
                                                 abs(c[1].start - where)))
        if rank and own_time:
            return None, None
        value = d.value
        assert value is not None
        nearer = [u for u in open_near if abs(u.start - where) < abs(d.start - where)]
        if nearer:
            return None, nearer[0].text  # "Tesla's Q1 386,810" beside "Q2 2024": Q1 of when?
        mine_end = clauses[mine][1] if clauses else len(text)
        if d.relative and _YEAR_AGO.search(text, 0, mine_end):
            return None, None  # "a year earlier, third-quarter revenue was …": which year?
        if _PART_OF_PERIOD.search(text):
            return None, None  # "the first nine months of 2024" is not the year 2024
        if d.relative and published is not None and not _EXPLICIT_RELATIVE.search(d.text):
            if not outlook and value.start > published:
                value = shift_years(value, -1)
            elif outlook and value.end < published:
                value = shift_years(value, 1)
        before = text[max(0, d.start - 12) : d.end].lower()
        fiscal_mark = "FY" if ("fiscal" in before or "fy" in d.text.lower()) else ""
        return fiscal_mark + value.value, None
    if unresolved is None and published is None:
        for m in _RELATIVE.finditer(text):
            n = clause_of(m.start())
            if n == mine or not (clauses[n][2] or clauses[mine][2] or aside(n)):
                unresolved = m.group(0)  # not the base's "the previous year"
                break
    return None, unresolved

"""Timeline claims: dated events from timeline sections and from prose."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re

from factcheck.extract.context import (
    Context,
    built,
    claim_fields,
    company_names,
    product_mentions,
)
from factcheck.extract.dates import DateMatch, find_dates, parse_date
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise
from factcheck.extract.periods import counted_from
from factcheck.extract.text import (
    HAPPENING_WORDS,
    STOPWORDS,
    TELLING_VERBS,
    WIRE_DATELINE,
    alternation,
    clean,
    stem,
)
from factcheck.lexicon import load_lexicon
from factcheck.models import Claim, DateValue, Line, Provenance, Section, TimelineClaim
from factcheck.yamlio import packaged

_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
_INLINE_EVENT_SEP = re.compile(r"^\s*[:–—-]+\s*|^\s*\*\*\s*[:–—-]*\s*")
# "20 Oct, 03:42 - …", "May 4 at 9.15 p.m. GMT: …": a time of day after a line's date is
# part of the date, not of the event
_TIME_OF_DAY = re.compile(
    r"^\s*(?:,|\bat\b)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?:(?-i:[A-Z]{2,4})|local(?:\s+time)?)\b)?", re.IGNORECASE)

# A verb in the past tense (or a headline's present) says the sentence reports an event.
_PAST_FORMS = (
    "began", "begun", "showed", "shown", "made", "built", "brought", "took", "won", "lost",
    "sold", "bought", "rose", "fell", "grew", "hit", "cut", "set", "put", "led", "spent",
    "paid", "struck", "held", "gave", "went", "came", "unveils", "announces", "launches",
    "releases", "ships", "opens", "completes", "acquires", "buys", "sells")
_PAST_EVENT = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(_PAST_FORMS) + r")\b", re.IGNORECASE)
_PAST_SET = frozenset(_PAST_FORMS)
_WORD_RUN = re.compile(r"\w+")


@functools.lru_cache(maxsize=1)
def _happening_pattern() -> re.Pattern[str] | None:
    """The words and phrases of data/happenings.yaml `same`, one alternation whose groups
    name their class."""
    data = packaged("happenings.yaml").get("same") or {}
    parts = [f"(?P<{re.sub(r'[^a-z_]', '_', str(cls).lower())}>{alternation(map(str, words))})"
             for cls, words in data.items() if words]
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def happenings_told(text: str) -> tuple[tuple[str, int, int], ...]:
    """The classes of happening words a text tells (data/happenings.yaml), as (token,
    start, end): "Strike begins" tells `=strike` and `=begin`, "the walkout began" too."""
    pattern = _happening_pattern()
    if pattern is None:
        return ()
    return tuple((f"={m.lastgroup}", m.start(), m.end()) for m in pattern.finditer(text)
                 if m.lastgroup)


_LAST_BEFORE = re.compile(r"\b(?:last|previous)\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def last_told(event: str) -> frozenset[str]:
    """The classes of happening (data/happenings.yaml) an event tells as the last one
    ("last erupted", "the last eruption", "its previous eruption")."""
    return frozenset(t for t, start, _ in happenings_told(event)
                     if _LAST_BEFORE.search(event[max(0, start - 12) : start]))


def reports_event(sent: str) -> bool:
    """_PAST_EVENT.search(sent), word by word for an ASCII sentence: a match there is a
    whole word (a run of word characters) that is one of the forms, or five letters or
    more ending in "ed"."""
    if not sent.isascii():
        return _PAST_EVENT.search(sent) is not None
    for word in _WORD_RUN.findall(sent):
        low = word.lower()
        if low in _PAST_SET or (len(low) >= 5 and low.endswith("ed") and low.isalpha()):
            return True
    return False


def timeline_claim(ctx: Context, section: Section, line: Line, text: str, date: DateValue,
              provenance: Provenance, quote: str | None = None) -> TimelineClaim:
    """The dated event `text` tells; the claim quotes `quote` (the line as written, its
    date too, when the date and the event share a line) or the event."""
    mentions = ctx.gaz.find(text)
    products = product_mentions(mentions)
    # "Blackwell B200": the chip is what the event is about, not its architecture
    if any(m.kind != "architecture" for m in products):
        products = [m for m in products if m.kind != "architecture"]
    companies = company_names(mentions)
    specific = [m for m in products if not m.generic]
    generic = bool(products) and not specific
    subject = companies[0] if companies else (products[0].name if products else "")
    figures = tuple(f.quantity for f in find_figures(text))
    return built(TimelineClaim,
        **{**claim_fields(ctx, line, quote or text, section, provenance, date.value, clean(text),
                          mentions, f"timeline|{subject.lower()}"),
           "entities": tuple(dict.fromkeys(m.name for m in products))},
        date=date,
        event=text,
        companies=tuple(companies),
        figures=figures,
        generic=generic,
        published=ctx.published,
        article_names=ctx.topic,
    )


def timeline_section(ctx: Context, section: Section) -> list[Claim]:
    """Dated events: a date line followed by its event line, or "date: event" on one line."""
    # prose is read by the prose extractor, which itself reads dated events: import late
    from factcheck.extract.prose import sentence_claims

    out: list[Claim] = []
    rows: list[TimelineClaim] = []  # the entries, in the order written
    pending: DateValue | None = None
    for line in section.lines:
        raw = clean(line.text)
        if not raw:
            continue
        whole = parse_date(raw, ctx.published)
        if whole is not None:
            pending = whole
            continue
        if pending is not None:
            rows.append(_planned_if_ahead(ctx, timeline_claim(ctx, section, line, raw, pending,
                                                              section.provenance)))
            out.append(rows[-1])
            pending = None
            continue
        found = find_dates(raw, ctx.published)
        if found and found[0].start <= 2 and found[0].value is not None:
            rest = raw[found[0].end :]
            clock = _TIME_OF_DAY.match(rest)
            if clock is not None:
                rest = rest[clock.end() :]
            sep = _INLINE_EVENT_SEP.match(rest)
            if sep:
                event = rest[sep.end() :].strip()
                if event:
                    # the evidence is the line as written, its date with it
                    rows.append(_planned_if_ahead(ctx, timeline_claim(
                        ctx, section, line, event, found[0].value, section.provenance,
                        _BULLET.sub("", line.text))))
                    out.append(rows[-1])
                    continue
        out.extend(sentence_claims(ctx, section, line, raw))
    return _out_of_order(ctx, out, rows)


def _out_of_order(ctx: Context, out: list[Claim], rows: list[TimelineClaim]) -> list[Claim]:
    """A timeline that runs forward (its other entries, two or more, in order of date)
    with an entry dated after its page's day standing before an entry of the past ("**5
    Nov** - Strike begins" above "**15 Oct** - Deal signed" on a page of October 24)
    holds that entry out of its place: it is a past entry dated wrong, not a plan."""
    if ctx.published is None or len(rows) < 3:
        return out
    fixed: dict[int, TimelineClaim] = {}
    for i, row in enumerate(rows):
        if not row.planned:
            continue
        others = [r.date.start for r in rows[:i] + rows[i + 1 :]]
        forward = all(x <= y for x, y in itertools.pairwise(others))
        later_past = any(r.date.end <= ctx.published and r.date.end < row.date.start
                         for r in rows[i + 1 :])
        if forward and later_past:
            fixed[id(row)] = row.model_copy(update={"planned": False})
    return [fixed.get(id(c), c) if isinstance(c, TimelineClaim) else c for c in out]


def _planned_if_ahead(ctx: Context, claim: TimelineClaim) -> TimelineClaim:
    """A timeline's entry dated after its page's day ("14 Jan 2027 - trading update" on a
    page of October 2026) is a plan: it meets the plans prose tells."""
    if ctx.published is not None and claim.date.start > ctx.published:
        return claim.model_copy(update={"planned": True})
    return claim


_PRECISION_RANK = {"day": 0, "part": 1, "month": 2, "season": 3, "quarter": 4}
_NEXT_WORD = re.compile(r"[\s-]*([a-z][a-z'-]*)")


def _modifies_noun(sent: str, end: int) -> bool:
    """The date at sent[:end] is followed by a noun it describes ("results", "capex")."""
    m = _NEXT_WORD.match(sent, end)
    return m is not None and m.group(1) not in STOPWORDS and m.group(1) not in TELLING_VERBS


_WORDS_AFTER = re.compile(r"(?:['’]s\b)?((?:[ -]+[a-z][a-z'-]*){1,3})")


def _dates_happening(sent: str, end: int) -> bool:
    """The date at sent[:end] is said of the noun of a happening that follows it, itself
    or past a word or two ("Sunday's regional election", "the March 3 board meeting")."""
    m = _WORDS_AFTER.match(sent, end)
    if m is None:
        return False
    for word in re.split(r"[ -]+", m.group(1).strip(" -")):
        if word in HAPPENING_WORDS:
            return True
        if word in STOPWORDS or word in TELLING_VERBS:
            return False
    return False


_DIGIT = re.compile(r"\d")
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


#: A happening a wire story tells with no day of its own happened on its dateline's day
#: or at most this many days before it.
DATELINE_DAYS = 6


#: The year an undated page's "March 26" is read in until its folder gives one: a leap
#: year, so that February 29 stands.
OPEN_YEAR = 2000


def _event_dates(ctx: Context, sent: str) -> list[DateMatch]:
    """The dates that may date an event: resolved ones, and on a page with no date a day
    and month with no year ("on March 26"), read in OPEN_YEAR."""
    matches = [d for d in find_dates(sent, ctx.published) if not counted_from(sent, d.start)]
    found = [d for d in matches if d.value is not None and d.value.precision in _PRECISION_RANK]
    if ctx.published is not None:
        # a wire dateline opening the sentence ("PORT ONDRY, Nov 20 (Cordage) - ") tells
        # when the story was filed, not when its event happened: on a dated page, a date
        # of the sentence's own dates the event (on an undated one the dateline's day is
        # all there is)
        line = WIRE_DATELINE.match(sent)
        if line is not None and any(d.start >= line.end() for d in found):
            found = [d for d in found if d.start >= line.end()]
        return found
    if not any(d.month_day for d in matches):
        return found
    opened = [d for d in find_dates(sent, dt.date(OPEN_YEAR, 7, 1))
              if d.month_day is not None and d.value is not None
              and not counted_from(sent, d.start)]
    return sorted(found + opened, key=lambda d: d.start)


_OFFSET = re.compile(
    r"\b(\d+|[a-z]+)\s+(day|week|month|year)s?(?:\s+and\s+(\d+|[a-z]+)\s+(day|week|month|year)s?)?"
    r"\s+(after|before|later than|earlier than)\b", re.IGNORECASE)
#: Words one of which any text _OFFSET matches holds, lower-cased.
_OFFSET_WORDS = ("after", "before", "later than", "earlier than")


def _count(word: str) -> int | None:
    """A small count as the text writes it: "3", "three", "a"."""
    if word.lower() in {"a", "an"}:
        return 1
    digits = digitise(f"{word} days").split()[0]
    return int(digits) if digits.isdigit() and int(digits) < 1000 else None


def _shift(day: dt.date, n: int, unit: str) -> dt.date | None:
    """day moved by n days, weeks, months or years (a month on from January 31 is the
    last day of February)."""
    unit = unit.lower()
    if unit in {"day", "week"}:
        return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = day.month - 1 + n * (12 if unit == "year" else 1)
    year, month = day.year + months // 12, months % 12 + 1
    if not 1 <= year <= 9999:
        return None
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _offset_dates(sent: str, found: list[DateMatch]) -> list[DateMatch]:
    """"one month and a day after the flight on Jan. 5": a span of time before or after a
    day the sentence states is a day of its own, dated from it; it takes the place of the
    day it counts from."""
    out = list(found)
    if not any(d.value is not None and d.value.precision == "day" for d in out):
        return out  # no day to count from
    if sent.isascii() and not any(w in sent.lower() for w in _OFFSET_WORDS):
        return out  # none of the words every offset ends with: the pattern is not searched
    for m in _OFFSET.finditer(sent):
        base = next((d for d in out if d.start >= m.end()), None)
        if base is None or base.value is None or base.value.precision != "day":
            continue
        sign = -1 if m.group(5).lower() in {"before", "earlier than"} else 1
        day: dt.date | None = base.value.start
        for n_word, unit in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
            if n_word is None or day is None:
                continue
            n = _count(n_word)
            day = None if n is None else _shift(day, sign * n, unit)
        if day is None:
            continue
        value = DateValue(start=day, end=day, precision="day", value=day.isoformat())
        shifted = DateMatch(m.start(), m.end(), m.group(), value,
                            base.relative, (day.month, day.day) if base.month_day else None)
        out = sorted([d for d in out if d is not base] + [shifted], key=lambda d: d.start)
    return out


def dated_event(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> TimelineClaim | None:
    """The event a sentence of prose dates (see dated_events), or None."""
    found = dated_events(ctx, section, line, quote, sent, provenance)
    return found[0] if found else None


def dated_events(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> list[TimelineClaim]:
    """The events a sentence of prose dates: "In April 2024, Meta unveiled …".

    The event's date is its first date that does not describe a noun ("reported
    first-quarter results on May 28": May 28); the event is the sentence without it.
    A sentence that dates something to a day tells an event whatever its verb ("the
    Jan. 5 flight", "— a post, March 3, 2025"); a vaguer date needs a verb of the past.
    Each other day the sentence gives is an event of its own too ("rose on April 1, but
    we will know more on July 23"), which may agree, never clash.
    """
    past = reports_event(sent)
    if not past and not _DIGIT.search(sent):
        return []  # with no verb of the past, only a written day ("Jan. 5") dates an event
    found = _offset_dates(sent, _event_dates(ctx, sent))
    if not found:
        # "the last eruption, in 1937": the last one of a happening is one of the past
        of_past = past or bool(last_told(sent))
        return _year_events(ctx, section, line, quote, sent, provenance) if of_past else []
    if not past and not any(
            d.value is not None and d.value.precision == "day" for d in found):
        return []
    # "first-quarter results", "2025 capex": a date that modifies a noun is a period, not
    # when the event happened; of the rest the first is the event's
    own = [d for d in found if not _modifies_noun(sent, d.end)]
    best = own[0] if own else min(
        found, key=lambda d: _PRECISION_RANK[d.value.precision] if d.value else 9)
    # a sentence that dates two things ("2.9% in August, down from 3.5% in April") does
    # not say which of them its figures and words belong to: it may agree, never clash
    dates = {d.value.value for d in (own or found) if d.value is not None}
    ambiguous = len(dates) > 1
    # "won Sunday's regional election, results showed on Monday": a day said of the noun
    # of a happening dates that happening, whatever else the sentence dates
    told = [d for d in found if d.value is not None and d.value.precision == "day"
            and _dates_happening(sent, d.end)]
    if told and len({d.value.value for d in told if d.value is not None}) == 1:
        best, ambiguous = told[0], False
        own = [best, *(d for d in own if d is not best)]
    # "180,000 people had been evacuated before the storm arrived, and 64,000 were still
    # in shelters on Thursday": what had happened happened before the other clause's day
    ambiguous = ambiguous or _before_its_day(sent, best.start)
    out = [_dated(ctx, section, line, quote, sent, provenance, best, ambiguous)]
    seen = {best.value.value if best.value else ""}
    for d in own:
        if d.value is not None and d.value.precision == "day" and d.value.value not in seen:
            seen.add(d.value.value)
            out.append(_dated(ctx, section, line, quote, sent, provenance, d, True))
    return out


#: A past perfect ("had been evacuated", "had left"), then a clause boundary.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|been|not|never|just)\s+)*[a-z]+(?:ed|en)\b"
                           r"[^,;]*[,;]", re.IGNORECASE)


def _before_its_day(sent: str, at: int) -> bool:
    """A clause of the past perfect ends before the date at sent[at]: what had happened
    happened before the day another clause tells ("… had been evacuated before the storm
    arrived, and … on Thursday"), so the day is no date of it."""
    m = _PAST_PERFECT.search(sent, 0, at)
    return m is not None and m.end() <= at


def _year_events(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> list[TimelineClaim]:
    """A sentence of the past dated by a year only, a year before its page's ("The old
    mark was set at Bellwick in 2009"): an event told by its year (`told_year`), which
    may agree and clashes only as the same words or the last one of a happening. A year
    that describes a noun ("2024 revenue") or that a record is counted from ("since
    2019") dates nothing."""
    years = [d for d in find_dates(sent, ctx.published)
             if d.value is not None and d.value.precision == "year"
             and not counted_from(sent, d.start) and not _modifies_noun(sent, d.end)
             and (ctx.published is None or d.value.end.year < ctx.published.year)]
    if len(years) != 1:
        return []  # none, or two years: which one dates what is not said
    claim = _dated(ctx, section, line, quote, sent, provenance, years[0], False)
    return [claim.model_copy(update={"told_year": True, "planned": False})]


def _dated(ctx: Context, section: Section, line: Line, quote: str, sent: str,
           provenance: Provenance, best: DateMatch, ambiguous: bool) -> TimelineClaim:
    """The event of `sent` dated by `best`: the sentence without the date."""
    assert best.value is not None
    before = re.sub(r"\b(?:on|in|during|since|by|as of|at the end of|the|until)\s*$", "",
                    sent[: best.start], flags=re.IGNORECASE)
    event = f"{before.strip()} {sent[best.end :].lstrip(' ,')}".strip(" ,")
    date = best.value
    open_year = ctx.published is None and best.month_day is not None
    if open_year:
        month, day = best.month_day or (1, 1)
        date = date.model_copy(update={"value": f"--{month:02d}-{day:02d}"})
    dateline = WIRE_DATELINE.match(sent)
    if not open_year and dateline is not None and best.start < dateline.end() \
            and date.precision == "day":
        # a story filed on its dateline's day tells of a happening of that day or of the
        # days just before it: the day may agree with any of the week up to it, and clashes
        # only with a day after it or before that week
        date = date.model_copy(update={"start": date.start - dt.timedelta(days=DATELINE_DAYS)})
    claim = timeline_claim(ctx, section, line, event or sent, date, provenance)
    claim = _planned_if_ahead(ctx, claim)  # "the next decision is due on December 17"
    # "on Wednesday" is the Wednesday before the page's date: two pages of other dates may
    # speak of two Wednesdays (a recurring meeting), so such dates may agree, never clash;
    # "on May 2" leaves only its year to the page, the one nearest it
    relative = best.relative and not _EXPLICIT_YEAR.search(best.text) and (
        best.month_day is None)
    return claim.model_copy(update={"text": quote, "ambiguous": ambiguous,
                                    "relative_to": ctx.published if relative else None,
                                    "anchored": bool(relative and ctx.dateline),
                                    "topic": ctx.topic, "open_year": open_year})


# ---- when something began: start years and ages ------------------------------------------


@functools.lru_cache(maxsize=1)
def _start_words() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """The start verbs (data/events.yaml) as a pattern ending before "in YEAR", the
    nouns of people (with the lexicon's person kinds), and the verbs before "in" anywhere."""
    data = packaged("events.yaml")
    verbs = sorted((str(v).lower() for v in data.get("start") or ()), key=len, reverse=True)
    people = {str(p).lower() for p in data.get("people") or ()}
    people |= {noun for noun, kind in load_lexicon().kinds.items() if kind == "person"}
    alternatives = "|".join(map(re.escape, verbs))
    pattern = re.compile(r"\b(?:" + alternatives + r")\s+in\s*$", re.IGNORECASE)
    anywhere = re.compile(r"\b(" + alternatives + r")\s+in\b", re.IGNORECASE)
    return pattern, frozenset(people), anywhere


@functools.lru_cache(maxsize=1)
def _span_words() -> re.Pattern[str]:
    """A span verb (data/events.yaml `span_verbs`), a few words, then "since", "between"
    or "from", ending where a date starts."""
    verbs = packaged("events.yaml").get("span_verbs") or ()
    return re.compile(r"\b(" + alternation(str(v) for v in verbs) + r")\b(?:[\s,]+[\w'’-]+){0,8}?"
                      r"\s+(since|between|from)\s+$", re.IGNORECASE)


_SPAN_END = re.compile(r"\s+(?:and|to|until|through)\s+", re.IGNORECASE)


def _span_start(sent: str, d: DateMatch, found: list[DateMatch]) -> str | None:
    """The span verb whose span the date starts ("sold … since January 2025", "sold …
    between January 2024 and August 2026"), if any; a span "between" or "from" needs its
    end date."""
    m = _span_words().search(sent[: d.start])
    if m is None:
        return None
    if m.group(2).lower() != "since":
        end = _SPAN_END.match(sent, d.end)
        if end is None or not any(e.start == end.end() for e in found):
            return None
    return m.group(1)


_AGE = re.compile(r"\b(\d{1,3})-year-old\s+((?:[A-Z][\w'’-]*\s+){0,3})([a-z][a-z-]+)\b")
_THING_BEFORE = re.compile(
    r"\b(?:the|its|a|an)\s+([a-z][a-z-]+),?\s+(?:(?:was|were|is|had been|has been)\s+)?$",
    re.IGNORECASE)


#: A year before the date grammar's (`dates.YEAR_MIN`), written alone: not a count
#: ("1,500"), a decimal or a range's end or start ("1850-1860", "1850 to 1860").
_OLD_YEAR = re.compile(
    r"(?<![\d,.–-])\b1[0-8]\d\d\b(?![\d,.]\d|\s*[–-]\s*\d|\s+(?:to|and)\s+\d)")


@functools.lru_cache(maxsize=16384)
def start_verb(event: str) -> str:
    """The start verb of a start event's words ("The Athenaeum, founded in holds …":
    founded), '' when none (an age tells no verb)."""
    m = _start_words()[2].search(event)
    return m.group(1).lower() if m else ""


def _thing_before(before: str) -> str:
    """The noun, as a stem, of the subject right before a start verb ("the stadium, built
    in 1994": stadium), or ''."""
    subject = _THING_BEFORE.search(before)
    return stem(subject.group(1)) if subject and subject.group(1).lower() not in \
        STOPWORDS else ""


def _year_value(year: int) -> DateValue:
    return DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision="year",
                     value=f"{year:04d}")


def start_events(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> list[TimelineClaim]:
    """When something began: a year after a start verb ("when it opened in 1977", "the
    stadium was built in 1994") and an age at the page's date ("the 30-year-old stadium"
    on a page of 2024 began in 1994). An age is read to the year the page's year minus
    it (the anniversary may be yet to come), so it may agree, never clash; two start
    events of one story agree when one names the thing the other's sentence speaks of."""
    verbs, people, _ = _start_words()
    out: list[TimelineClaim] = []
    # a start needs a year written out: most sentences are not scanned for dates here
    told = _EXPLICIT_YEAR.search(sent) is not None
    found = find_dates(sent, ctx.published) if told else []
    for old in _OLD_YEAR.finditer(sent):
        # "The Athenaeum, founded in 1791": a start of long ago, which the date grammar
        # (of the years news dates its events to) does not read
        before = sent[: old.start()]
        start = verbs.search(before)
        if start is not None:
            event = f"{before.rstrip()} {sent[old.end():].lstrip(' ,')}".strip(" ,")
            out.append(_began(ctx, section, line, quote, event, provenance,
                              _year_value(int(old.group())),
                              _thing_before(before[: start.start()]), ambiguous=False))
    for d in found:
        if d.value is None or d.relative or not _EXPLICIT_YEAR.search(d.text):
            continue
        verb = _span_start(sent, d, found)
        if verb is not None:
            event = f"{sent[: d.start].rstrip()} {sent[d.end :].lstrip(' ,')}".strip(" ,")
            out.append(_began(ctx, section, line, quote, event, provenance, d.value,
                              stem(verb.split()[-1].lower()), ambiguous=False))
            continue
        if d.value.precision != "year":
            continue
        before = sent[: d.start]
        m = verbs.search(before)
        if m is None:
            continue
        event = f"{before.rstrip()} {sent[d.end :].lstrip(' ,')}".strip(" ,")
        out.append(_began(ctx, section, line, quote, event, provenance, d.value,
                          _thing_before(before[: m.start()]), ambiguous=False))
    if ctx.published is not None:
        digits = digitise(sent)
        for m in _AGE.finditer(digits):
            noun = m.group(3).lower()
            if noun in people or (not m.group(2) and reports_event(noun)):
                continue  # "the 23-year-old signed a contract": a person, no thing begun
            if m.group(2):
                # "the 47-year-old Key Bridge collapsed": the name ends in what it is
                noun = m.group(2).split()[-1].lower()
            elif noun in STOPWORDS:
                continue
            year = ctx.published.year - int(m.group(1))
            if year < 1:
                continue
            out.append(_began(ctx, section, line, quote, sent, provenance, _year_value(year),
                              stem(noun), ambiguous=True))
    return out


def _began(ctx: Context, section: Section, line: Line, quote: str, event: str,
           provenance: Provenance, date: DateValue, thing: str,
           ambiguous: bool) -> TimelineClaim:
    claim = timeline_claim(ctx, section, line, event, date, provenance)
    return claim.model_copy(update={"text": quote, "ambiguous": ambiguous, "topic": ctx.topic,
                                    "began": True, "thing": thing})


# ---- plans: the dates a plan gives --------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _plan_words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str],
                           re.Pattern[str]]:
    """The verbs, the nouns (as a pattern right after a date) and the markers of a plan
    (data/events.yaml `planned`)."""
    data = packaged("events.yaml").get("planned") or {}
    verbs = frozenset(str(v).lower() for v in data.get("verbs") or ())
    nouns = sorted((str(n).lower() for n in data.get("nouns") or ()), key=len, reverse=True)
    markers = sorted((str(m).lower() for m in data.get("markers") or ()), key=len,
                     reverse=True)
    noun_re = re.compile(r"\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)
    # "back at target in Q3 2027": the noun before the period, joined by "in"
    noun_before = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+in\s+(?:the\s+)?$",
                             re.IGNORECASE)
    marker_re = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, markers)) + r")(?![\w'’])",
                           re.IGNORECASE)
    return verbs, noun_re, marker_re, noun_before


_BY_BEFORE = re.compile(r"\b(?:by|until|before)\s+(?:the\s+)?$", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]+")


_WEEKDAY_NAMES = frozenset(n.lower() for n in calendar.day_name)


def _weekday_to_come(ctx: Context, sent: str, d: DateMatch,
                     markers: re.Pattern[str]) -> DateValue | None:
    """"She would invite the Greens to talks on Thursday": in a sentence that tells a
    plan (a marker) of a happening (one of its nouns), a weekday is the first such day
    after the page's date, not the one before it; None for any other day."""
    if ctx.published is None or d.value is None or not d.relative:
        return None
    if d.text.lower().removesuffix("'s").removesuffix("’s") not in _WEEKDAY_NAMES:
        return None
    # "said on Monday it would hold talks": the telling's day is before the plan's marker
    if markers.search(sent, 0, d.start) is None or not any(
            w.lower() in HAPPENING_WORDS for w in _WORDS.findall(sent)):
        return None
    day = d.value.start
    while day <= ctx.published:
        day += dt.timedelta(days=7)
    return DateValue(start=day, end=day, precision="day", value=day.isoformat())


def _day_to_come(ctx: Context, sent: str, d: DateMatch, markers: re.Pattern[str],
                 future: bool) -> bool:
    """A day written out ("January 14", "Jan. 11, 2027") after the page's date in a
    sentence about the future or after a plan's marker: the day the plan is for (a day a
    page tells a plan on, "said on Monday it would", is before the page's date)."""
    if d.value is None or (d.relative and d.month_day is None) or counted_from(sent, d.start):
        return False  # a weekday ("on Thursday") is read by _weekday_to_come
    if ctx.published is None:
        if d.month_day is not None:
            return False  # "on January 14" of an undated page: of which year?
    elif d.value.start <= ctx.published:
        return False
    return future or markers.search(sent, 0, d.start) is not None


def plan_before(sent: str, at: int) -> bool:
    """A plan's marker ("plans", "would", "scheduled") stands before offset `at`: a day
    after it is one the plan is for."""
    return _plan_words()[2].search(sent, 0, at) is not None


def planned_events(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                   provenance: Provenance, future: bool = False) -> list[TimelineClaim]:
    """The dates a plan gives: "it wouldn't be completed until the fall of 2028", "the
    project to replace the span by the fall of 2028 is estimated to cost …", "the 2028
    opening that was projected". A period (not a day: a day dates an event of its own)
    after "by", "until" or "before" in a sentence with a verb of completing or opening,
    or before a noun of one ("opening", "target") or after one and "in" ("back at target
    in Q3 2027"), in a sentence that tells a plan (a
    marker such as "would" or "projected", or the period is after the page's date); and
    a weekday after a plan's marker in a sentence of a happening, read forward
    (`_weekday_to_come`)."""
    verbs, nouns, markers, noun_before = _plan_words()
    out: list[TimelineClaim] = []
    # a plan's period needs a verb of the plan or a noun of one: a sentence with neither
    # is not scanned for dates here
    words = set(map(str.lower, _WORDS.findall(sent)))
    told = not verbs.isdisjoint(words)
    # ... nor, for a weekday to come, a happening's word, nor, for a day to come, a
    # written day
    if not told and nouns.search(sent) is None and HAPPENING_WORDS.isdisjoint(words) \
            and not _DIGIT.search(sent):
        return out
    found = find_dates(sent, ctx.published)
    days = {d.value.value for d in found if d.value is not None and d.value.precision == "day"}
    for d in found:
        v = d.value
        ahead = False
        if v is not None and v.precision == "day":
            ahead = _day_to_come(ctx, sent, d, markers, future)
            v = v if ahead else _weekday_to_come(ctx, sent, d, markers)
        if v is None:
            continue
        before = sent[: d.start]
        if ahead:
            # "will report on its trading on January 14", "plans to launch on Jan. 11,
            # 2027": the one day a plan is for may clash with another day for it
            event = f"{before.rstrip()} {sent[d.end :].lstrip(' ,')}".strip(" ,")
            claim = timeline_claim(ctx, section, line, event, v, provenance)
            out.append(claim.model_copy(update={"text": quote, "ambiguous": len(days) > 1,
                                                "topic": ctx.topic, "planned": True}))
            continue
        if v.precision == "day":
            pass  # a happening's weekday to come (see _weekday_to_come)
        elif _BY_BEFORE.search(before):
            if not told:
                continue
        elif nouns.match(sent, d.end) is None and noun_before.search(before) is None:
            continue
        if markers.search(sent) is None and (ctx.published is None
                                             or v.start <= ctx.published):
            continue
        event = f"{before.rstrip()} {sent[d.end :].lstrip(' ,')}".strip(" ,")
        claim = timeline_claim(ctx, section, line, event, v, provenance)
        out.append(claim.model_copy(update={"text": quote, "ambiguous": True,
                                            "topic": ctx.topic, "planned": True}))
    return out

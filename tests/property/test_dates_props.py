"""Property tests for the date grammar in factcheck.extract.dates."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.dates import deadline, find_dates, format_value, parse_date

SETTINGS = settings(derandomize=True, deadline=None, max_examples=300)

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
references = st.one_of(st.none(), st.dates(min_value=dt.date(1901, 1, 1),
                                           max_value=dt.date(2098, 12, 31)))
MONTHS = [calendar.month_name[m] for m in range(1, 13)]
ABBR = [calendar.month_abbr[m] for m in range(1, 13)]


def _expected(d: dt.date, fmt: str) -> tuple[str, dt.date, dt.date, str]:
    """Text in format `fmt` for the period holding d, and its start, end, precision."""
    y, m = d.year, d.month
    last = dt.date(y, m, calendar.monthrange(y, m)[1])
    q = (m - 1) // 3 + 1
    h = 1 if m <= 6 else 2
    if fmt == "iso-day":
        return d.isoformat(), d, d, "day"
    if fmt == "iso-month":
        return f"{y:04d}-{m:02d}", d.replace(day=1), last, "month"
    if fmt == "month-year":
        return f"{MONTHS[m - 1]} {y}", d.replace(day=1), last, "month"
    if fmt == "mon-d-year":
        return f"{ABBR[m - 1]} {d.day}, {y}", d, d, "day"
    if fmt == "quarter":
        end_m = 3 * q
        return (f"Q{q} {y}", dt.date(y, 3 * q - 2, 1),
                dt.date(y, end_m, calendar.monthrange(y, end_m)[1]), "quarter")
    if fmt == "half":
        return (f"H{h} {y}", dt.date(y, 6 * h - 5, 1),
                dt.date(y, 6 * h, calendar.monthrange(y, 6 * h)[1]), "half")
    return str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


FORMATS = ["iso-day", "iso-month", "month-year", "mon-d-year", "quarter", "half", "year"]


@SETTINGS
@given(d=dates, fmt=st.sampled_from(FORMATS))
def test_format_then_parse_round_trips(d: dt.date, fmt: str) -> None:
    text, start, end, precision = _expected(d, fmt)
    v = parse_date(text)
    assert v is not None, text
    assert (v.start, v.end, v.precision) == (start, end, precision)
    assert parse_date(format_value(v)) == v
    assert parse_date(v.value) == v


@SETTINGS
@given(d=dates, fmt=st.sampled_from(FORMATS),
       before=st.sampled_from(["", "In ", "Shipped on ", "By ", "(", "— "]),
       after=st.sampled_from(["", ".", ", it said", ")", " and beyond"]))
def test_found_inside_a_sentence(d: dt.date, fmt: str, before: str, after: str) -> None:
    text, start, end, precision = _expected(d, fmt)
    sentence = before + text + after
    found = find_dates(sentence)
    assert len(found) == 1, (sentence, found)
    m = found[0]
    assert (m.start, m.end, m.text) == (len(before), len(before) + len(text), text)
    assert m.value is not None
    assert (m.value.start, m.value.end, m.value.precision) == (start, end, precision)


text_strategy = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from([
        "2025", "-", "02", "14", "Q3", "/", "Q4", "late", "early", "mid", "May", "may", "March",
        "the", "end", "of", "year", "by", "in", "$", "%", ",", ".", "'", "26", "H1", "4Q26",
        "1H", "fourth", "quarter", "half", "first", "this", "last", "next", "month", "FY",
        "fiscal", "Feb", "14th", "30", "31", "13", "๒๐๒๕", "billion", " ", "  ", "\n", "today",
        "year-end", "mid-", "Sept", "1999", "2100", "0", "00",
    ]), max_size=40).map(" ".join),
    st.lists(st.sampled_from(["2025", "-", "/", "Q", "4", "'", "26", ".", ",", "H", "x"]),
             max_size=30).map("".join),
)


@SETTINGS
@given(text=text_strategy, reference=references)
def test_matches_are_well_formed(text: str, reference: dt.date | None) -> None:
    found = find_dates(text, reference)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        if m.value is not None:
            assert m.value.start <= m.value.end
        if reference is None and m.relative:
            assert m.value is None


@SETTINGS
@given(text=text_strategy, reference=references)
def test_parse_and_deadline_never_raise(text: str, reference: dt.date | None) -> None:
    v = parse_date(text, reference)
    if v is not None:
        assert v.start <= v.end
        assert parse_date(format_value(v)) == v
    due = deadline(text, reference)
    if due is not None:
        assert any(m.value is not None and m.value.end == due
                   for m in find_dates(text, reference))

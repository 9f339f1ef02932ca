"""Unit tests for the date grammar in factcheck.extract.dates."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from factcheck.extract.dates import DateMatch, deadline, find_dates, format_value, parse_date
from factcheck.models import DateValue

REF = dt.date(2025, 6, 1)
D = dt.date


def values(text: str, reference: dt.date | None = None) -> list[str | None]:
    return [m.value.value if m.value else None for m in find_dates(text, reference)]


def one(text: str, reference: dt.date | None = None) -> DateMatch:
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]


# ---- absolute expressions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision", "start", "end"),
    [
        ("2025-02-14", "2025-02-14", "day", D(2025, 2, 14), D(2025, 2, 14)),
        ("2025-02", "2025-02", "month", D(2025, 2, 1), D(2025, 2, 28)),
        ("2024/02", "2024-02", "month", D(2024, 2, 1), D(2024, 2, 29)),
        ("February 2025", "2025-02", "month", D(2025, 2, 1), D(2025, 2, 28)),
        ("Feb 2025", "2025-02", "month", D(2025, 2, 1), D(2025, 2, 28)),
        ("Feb. 2025", "2025-02", "month", D(2025, 2, 1), D(2025, 2, 28)),
        ("Sept 2025", "2025-09", "month", D(2025, 9, 1), D(2025, 9, 30)),
        ("February 14, 2025", "2025-02-14", "day", D(2025, 2, 14), D(2025, 2, 14)),
        ("Feb 14 2025", "2025-02-14", "day", D(2025, 2, 14), D(2025, 2, 14)),
        ("14 February 2025", "2025-02-14", "day", D(2025, 2, 14), D(2025, 2, 14)),
        ("14th of February 2025", "2025-02-14", "day", D(2025, 2, 14), D(2025, 2, 14)),
        ("May 5th, 2025", "2025-05-05", "day", D(2025, 5, 5), D(2025, 5, 5)),
        ("2026", "2026", "year", D(2026, 1, 1), D(2026, 12, 31)),
        ("Q4 2026", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("4Q 2026", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("4Q26", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("Q4'26", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("Q4 ’26", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("Q4 FY2026", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("Q1 of 2026", "2026-Q1", "quarter", D(2026, 1, 1), D(2026, 3, 31)),
        ("fourth quarter of 2026", "2026-Q4", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("first half of 2026", "2026-H1", "half", D(2026, 1, 1), D(2026, 6, 30)),
        ("H1 2026", "2026-H1", "half", D(2026, 1, 1), D(2026, 6, 30)),
        ("1H26", "2026-H1", "half", D(2026, 1, 1), D(2026, 6, 30)),
        ("H2 2026", "2026-H2", "half", D(2026, 7, 1), D(2026, 12, 31)),
        ("Q3/Q4 2026", "2026-H2", "half", D(2026, 7, 1), D(2026, 12, 31)),
        ("Q3-Q4 2026", "2026-H2", "half", D(2026, 7, 1), D(2026, 12, 31)),
        ("Q1/Q2 2026", "2026-H1", "half", D(2026, 1, 1), D(2026, 6, 30)),
        ("Q2/Q3 2026", "2026-Q2/Q3", "quarter", D(2026, 4, 1), D(2026, 9, 30)),
        ("early May 2025", "2025-05 early", "part", D(2025, 5, 1), D(2025, 5, 10)),
        ("mid May 2025", "2025-05 mid", "part", D(2025, 5, 11), D(2025, 5, 20)),
        ("late May 2025", "2025-05 late", "part", D(2025, 5, 21), D(2025, 5, 31)),
        ("late February 2024", "2024-02 late", "part", D(2024, 2, 21), D(2024, 2, 29)),
        ("mid-2025", "2025 mid", "part", D(2025, 5, 1), D(2025, 8, 31)),
        ("early 2026", "2026 early", "part", D(2026, 1, 1), D(2026, 4, 30)),
        ("late 2026", "2026 late", "part", D(2026, 9, 1), D(2026, 12, 31)),
        ("end of 2026", "2026 late", "part", D(2026, 9, 1), D(2026, 12, 31)),
        ("year-end 2026", "2026 late", "part", D(2026, 9, 1), D(2026, 12, 31)),
        ("end-2026", "2026 late", "part", D(2026, 9, 1), D(2026, 12, 31)),
        ("beginning of 2026", "2026 early", "part", D(2026, 1, 1), D(2026, 4, 30)),
        ("end of May 2025", "2025-05 late", "part", D(2025, 5, 21), D(2025, 5, 31)),
        ("FY2026", "2026", "year", D(2026, 1, 1), D(2026, 12, 31)),
    ],
)
def test_absolute(text: str, value: str, precision: str, start: dt.date, end: dt.date) -> None:
    m = one(text)
    assert m.text == text
    assert (m.start, m.end) == (0, len(text))
    assert not m.relative
    assert m.value is not None
    assert (m.value.start, m.value.end, m.value.precision, m.value.value) == (
        start, end, precision, value)


def test_offsets_in_sentence() -> None:
    text = "Nvidia said on February 14, 2025 that Blackwell ships in Q4 2026."
    found = find_dates(text)
    assert [m.text for m in found] == ["February 14, 2025", "Q4 2026"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_iso_month_is_one_month_not_numbers() -> None:
    assert values("Released 2025-02.") == ["2025-02"]
    assert one("2025-02").value.precision == "month"  # type: ignore[union-attr]


# ---- relative expressions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "value"),
    [
        ("this year", "this year", "2025"),
        ("last year", "last year", "2024"),
        ("next year", "next year", "2026"),
        ("this quarter", "this quarter", "2025-Q2"),
        ("last quarter", "last quarter", "2025-Q1"),
        ("next quarter", "next quarter", "2025-Q3"),
        ("this month", "this month", "2025-06"),
        ("last month", "last month", "2025-05"),
        ("next month", "next month", "2025-07"),
        ("in January", "January", "2025-01"),
        ("in May", "May", "2025-05"),
        ("yesterday", "yesterday", "2025-05-31"),
        ("today", "today", "2025-06-01"),
        ("late May", "late May", "2025-05 late"),
        ("mid-May", "mid-May", "2025-05 mid"),
        ("the end of the year", "the end of the year", "2025 late"),
        ("year-end", "year-end", "2025 late"),
        ("the fourth quarter", "the fourth quarter", "2025-Q4"),
        ("second half", "second half", "2025-H2"),
        ("the first half of next year", "the first half of next year", "2026-H1"),
        ("Q4 of this year", "Q4 of this year", "2025-Q4"),
        ("The overall trend in Q3", "Q3", "2025-Q3"),
        ("February 14", "February 14", "2025-02-14"),
        ("late this year", "late this year", "2025 late"),
        ("next January", "next January", "2026-01"),
    ],
)
def test_relative(text: str, matched: str, value: str) -> None:
    with_ref = one(text, REF)
    assert with_ref.relative
    assert with_ref.text == matched
    assert with_ref.value is not None and with_ref.value.value == value
    without = one(text)
    assert without.relative
    assert without.value is None
    assert without.text == matched


def test_last_quarter_wraps_year() -> None:
    assert values("last quarter", D(2025, 2, 10)) == ["2024-Q4"]
    assert values("next month", D(2025, 12, 5)) == ["2026-01"]


def test_q3_alone_is_a_relative_quarter_not_a_number() -> None:
    m = one("The overall trend in Q3 was weak")
    assert m.text == "Q3" and m.relative and m.value is None


# ---- traps ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "๒๐๒๕",
        "พ.ศ. ๒๕๖๘ and ๒๐๒๕-๐๒",
        "The H100, B200 and GB200 beat v2 and PyTorch 2.x on Llama 3.",
        "The Nasdaq 100 rose; TSMC's 5nm and 3nm nodes.",
        "$60 billion",
        "350,000 units",
        "2025-13",
        "Feb 30, 2025",
        "February 30 2025",
        "30 February 2025",
        "2025-02-30",
        "Meta may launch a new model",
        "It may be late",
        "They march on",
        "March on, soldiers",
        "May I ask?",
        "H100 $2025 2025x v2025 20250 2,025 1.2025 2025.5 2025%",
        "2025 million",
        "2025 percent",
        "€2025",
        "$ 2025",
        "USD 2025",
        "2025,000 users",
        "a score of 12025",
        "H2 fuel cells",
        "the first place",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []
    assert find_dates(text, REF) == []


def test_thai_digits_never_numbers() -> None:
    assert parse_date("๒๐๒๕") is None
    assert parse_date("๒๐๒๕-๐๒") is None
    assert values("ใน ๒๐๒๕ และ 2025") == ["2025"]


def test_may_and_march_as_verbs() -> None:
    assert values("Meta may launch in May 2026, and it may slip.") == ["2026-05"]
    assert values("March 2026 is when prices march on.") == ["2026-03"]
    assert values("in may") == []
    assert values("It will happen in May.", REF) == ["2025-05"]
    assert values("June 2025 and August 12, 2025") == ["2025-06", "2025-08-12"]


def test_digits_in_names_beside_real_dates() -> None:
    assert values("Nvidia ships the B200 in 2025 after the H100 in 2023.") == ["2025", "2023"]


def test_money_and_numbers_beside_year() -> None:
    assert values("Capex of $60 billion in 2025, up 2.5% from 350,000.") == ["2025"]


def test_year_ranges() -> None:
    assert values("from 2019-2025") == ["2019", "2025"]
    assert values("2025–2026") == ["2025", "2026"]


def test_invalid_quarter_span() -> None:
    assert find_dates("Q4/Q1 2026") == []


# ---- parse_date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2025-02-14", "2025-02", "2025-05 late", "2025-05 early", "2025-05 mid", "2026 late",
     "2026 early", "2026-Q4", "2026-Q2/Q3", "2026-H2", "2026", "  Feb 2025 ", "Q4 2026:"],
)
def test_parse_date_whole(text: str) -> None:
    v = parse_date(text)
    assert v is not None
    assert parse_date(v.value) == v


def test_parse_date_values() -> None:
    assert parse_date("2025-05 late") == DateValue(
        start=D(2025, 5, 21), end=D(2025, 5, 31), precision="part", value="2025-05 late")
    assert parse_date("2026 mid") == DateValue(
        start=D(2026, 5, 1), end=D(2026, 8, 31), precision="part", value="2026 mid")
    assert parse_date("2026-Q3/Q4") == DateValue(
        start=D(2026, 7, 1), end=D(2026, 12, 31), precision="half", value="2026-H2")


@pytest.mark.parametrize(
    "text", ["", "   ", "In 2025 the firm grew", "2025 and 2026", "2025-13", "hello", "Q3",
             "May", "in January"],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_relative_with_reference() -> None:
    assert parse_date("Q3", REF) is not None
    assert parse_date("Q3", REF).value == "2025-Q3"  # type: ignore[union-attr]


def test_year_late_suffix_only_in_whole_mode() -> None:
    assert values("In 2026 early adopters paid more.") == ["2026"]


# ---- deadline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "due"),
    [
        ("Meta will ship it by Q4 2026.", None, D(2026, 12, 31)),
        ("It will be profitable by 2027.", None, D(2027, 12, 31)),
        ("Capacity will double by year-end 2026.", None, D(2026, 12, 31)),
        ("Volume production is expected in Q3/Q4 2026.", None, D(2026, 12, 31)),
        ("It will launch by the end of the year.", D(2025, 6, 1), D(2025, 12, 31)),
        ("It will launch by the end of the year.", None, None),
        ("It will launch eventually.", None, None),
        ("Q4 2026: first shipments", None, D(2026, 12, 31)),
        ("After launching in 2024, it will reach 1 GW by 2026.", None, D(2026, 12, 31)),
        ("Since 2020 it grew; it will stop before 2028.", None, D(2028, 12, 31)),
        ("It will ramp in 2026 and 2027.", None, D(2027, 12, 31)),
        ("Up from 2024, it will reach $60 billion.", None, None),
        ("It will arrive during the first half of 2026.", None, D(2026, 6, 30)),
        ("Shipments will continue through late May.", D(2025, 3, 1), D(2025, 5, 31)),
        ("It will be ready within 2026, not in 2025.", None, D(2026, 12, 31)),
    ],
)
def test_deadline(text: str, reference: dt.date | None, due: dt.date | None) -> None:
    assert deadline(text, reference) == due


# ---- seasons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "value", "start", "end"),
    [
        ("It would not be finished until the fall of 2028.", "fall of 2028", "2028 fall",
         D(2028, 9, 1), D(2028, 12, 21)),
        ("The stand reopens by autumn 2026, the club said.", "autumn 2026", "2026 fall",
         D(2026, 9, 1), D(2026, 12, 21)),
        ("Its Summer '25 tour sold out.", "Summer '25", "2025 summer", D(2025, 6, 1),
         D(2025, 9, 22)),
        ("Snow closed the pass in winter 2025.", "winter 2025", "2025 winter", D(2025, 1, 1),
         D(2026, 3, 20)),
    ],
)
def test_seasons(text: str, matched: str, value: str, start: dt.date, end: dt.date) -> None:
    """A season with its year spans its months and its solstice-to-equinox days; which
    winter a year names (the one it starts in or ends in) is open."""
    found = find_dates(text)
    assert [m.text for m in found] == [matched]
    v = found[0].value
    assert v is not None and (v.value, v.precision, v.start, v.end) == (
        value, "season", start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [("The line opens this fall.", "2025 fall"), ("Floods hit last summer.", "2025 summer"),
     ("Work starts next spring.", "2026 spring"), ("It froze last winter.", "2024 winter"),
     ("Next summer the pool reopens.", "2026 summer")],
)
def test_relative_seasons(text: str, value: str) -> None:
    """'this fall' is the page's; 'last summer' the latest over by the page's date;
    'next spring' the first not begun by it (page of November 5, 2025)."""
    found = find_dates(text, D(2025, 11, 5))
    assert [(m.value.value if m.value else None, m.relative) for m in found] == [(value, True)]


def test_a_decline_is_no_season() -> None:
    assert find_dates("This fall in prices hurt farmers.", D(2025, 11, 5)) == []


def test_a_season_word_without_a_year_is_no_date() -> None:
    assert [m.text for m in find_dates("A fall in prices in 2028 hit the spring market.")] \
        == ["2028"]
    assert deadline("The bridge will be rebuilt by the fall of 2028.") == D(2028, 12, 21)


def test_a_time_past_when_the_page_was_written_is_no_deadline() -> None:
    # "first announced in 2021" in a forecast of a page of 2026 tells something else
    assert deadline("The line, first announced in 2021, will cost €4.2 billion.",
                    D(2026, 11, 20), future=True) is None
    assert deadline("The line, first announced in 2021, will open by 2028.",
                    D(2026, 11, 20), future=True) == D(2028, 12, 31)


# ---- format_value --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2025-02-14", "Feb 2025", "late May 2025", "early 2026", "Q2/Q3 2026", "Q4 2026",
             "H1 2026", "2026", "fall of 2028", "spring 2025", "summer 2024", "winter 2025"],
)
def test_format_value_round_trip(text: str) -> None:
    v = parse_date(text)
    assert v is not None
    assert format_value(v) == v.value
    assert parse_date(format_value(v)) == v


# ---- robustness ----------------------------------------------------------------------------


ADVERSARIAL = {
    "Q": "Q" * 100_000,
    "2025-": "2025-" * 50_000,
    "late": "late " * 50_000,
    "digits": "0123456789" * 100_000,
    "the end of": "the end of " * 20_000,
    "May": "May " * 50_000,
    "Q3/": "Q3/" * 50_000,
    "14th of": "14th of " * 30_000,
    "$2025,": "$2025," * 50_000,
    "mid-": "mid-" * 50_000,
    "thai": "๒" * 1_000_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
@pytest.mark.parametrize("func", [find_dates, parse_date, deadline],
                         ids=["find_dates", "parse_date", "deadline"])
def test_adversarial_inputs_are_fast(name: str, func: Callable[..., object]) -> None:
    text = ADVERSARIAL[name]
    # CPU time of this process: other jobs on a loaded machine do not count.
    t0 = time.process_time()
    func(text, REF)
    assert time.process_time() - t0 < 5.0


def test_a_day_without_a_year_is_the_one_nearest_the_page() -> None:
    """"Dec. 28" on a page of January 3 is the December before; "Jan. 4" on a page of
    December 30 the January after; the match names its month and day."""
    (m,) = find_dates("the vote on Dec. 28", dt.date(2025, 1, 3))
    assert m.value is not None and m.value.value == "2024-12-28" and m.month_day == (12, 28)
    (m,) = find_dates("the run-off on 4 January", dt.date(2025, 12, 30))
    assert m.value is not None and m.value.value == "2026-01-04"
    (m,) = find_dates("on March 26")
    assert m.value is None and m.month_day == (3, 26)
    (m,) = find_dates("on March 26, 2024")
    assert m.month_day is None

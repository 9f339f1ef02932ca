"""Spelled-out numbers are read as digits; claims still quote the words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise


@pytest.mark.parametrize(("text", "want"), [
    ("Nine firefighters and three volunteers were hurt",
     "9 firefighters and 3 volunteers were hurt"),
    ("The club signed twenty-five players", "The club signed 25 players"),
    ("two hundred and forty seats", "240 seats"),
    ("Seven were rescued from the river", "7 were rescued from the river"),
    ("a dozen ferries", "12 ferries"),
    ("the court heard one witness", "the court heard 1 witness"),
    # fractions of a percentage point
    ("the lender lowered its base rate by a quarter of a percentage point",
     "the lender lowered its base rate by 0.25 percentage points"),
    ("a half-point hike in the savings rate", "a 0.5 percentage point hike in the savings rate"),
    ("by three quarters of a percentage point", "by 0.75 percentage points"),
    # a rate moved by a fraction of a bare point
    ("the lender cut its base rate by a quarter point", "the lender cut its base rate by "
     "0.25 percentage points"),
    ("the board raised the levy rate by half a point", "the board raised the levy rate by "
     "0.5 percentage points"),
])
def test_cardinals_become_digits(text: str, want: str) -> None:
    assert digitise(text) == want


@pytest.mark.parametrize("text", [
    "one of the jurors", "no one was hurt", "one another", "a three-year-old stadium",
    "the first quarter", "fans came by the thousands", "someone said",
    "spread across thousands of servers",
    # a bare "point" is no percentage point unless a move follows
    "a half-point lead in the second set",
    # nor after "by" with no rate moved: a margin of a game
    "the challenger won the match by half a point",
])
def test_words_that_are_no_count_stay(text: str) -> None:
    assert digitise(text) == text


def test_a_quarter_of_a_whole_is_no_percentage_point() -> None:
    # a share of the fund (a quarter of it), never a move of a quarter of a point
    assert "point" not in digitise("a quarter of the pension fund")


@pytest.mark.parametrize(("text", "low", "noun"), [
    ("Tens of thousands of fans filled the square", 10_000, "fans"),
    ("hundreds of homes were flooded", 100, "homes"),
    ("the storm left hundreds of thousands of households without power", 100_000,
     "households"),
    ("dozens of flights were cancelled", 12, "flights"),
])
def test_an_order_of_magnitude_is_its_lower_bound(text: str, low: int, noun: str) -> None:
    """"tens of thousands of fans" is more than ten thousand fans, never a count of them."""
    figs = find_figures(digitise(text))
    assert [(f.quantity.bound, f.quantity.low, f.quantity.high, f.noun) for f in figs] == [
        ("at_least", low, None, noun)]


def test_a_magnitude_of_money_keeps_its_currency() -> None:
    figs = find_figures(digitise("The flood caused hundreds of millions of dollars in damage"))
    assert [(f.quantity.unit, f.quantity.low, f.quantity.bound) for f in figs] == [
        ("USD", 100e6, "at_least")]


def test_a_spelled_out_count_is_a_figure() -> None:
    figs = find_figures(digitise("The ferry carried forty-two passengers and six crew."))
    assert [(f.quantity.low, f.noun) for f in figs] == [(42, "passengers"), (6, "crew")]


def test_a_bare_number_before_a_passive_verb_counts() -> None:
    """"six were killed": no noun, but the verb says what is counted."""
    figs = find_figures(digitise("Six were killed and two were injured in the landslide."))
    assert [f.quantity.low for f in figs] == [6, 2]
    assert find_figures("He was 6 when it began.") == []


@settings(derandomize=True, deadline=None)
@given(st.integers(min_value=2, max_value=999))
def test_spelled_numbers_round_trip(n: int) -> None:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"]

    def words(k: int) -> str:
        if k < 20:
            return units[k]
        if k < 100:
            return tens[k // 10] + ("-" + units[k % 10] if k % 10 else "")
        rest = k % 100
        return units[k // 100] + " hundred" + (" and " + words(rest) if rest else "")

    assert digitise(f"{words(n)} boats") == f"{n} boats"


@pytest.mark.parametrize(("text", "digits"), [
    ("The flood reached the village an hour and a half after the breach.",
     "The flood reached the village 1.5 hours after the breach."),
    ("Voting was extended by half an hour.", "Voting was extended by 0.5 hour."),
    ("The hearing was adjourned for half a day.", "The hearing was adjourned for 0.5 day."),
    ("The tour lasted a year and a half.", "The tour lasted 1.5 years."),
    # a half of no unit of time is left as written
    ("Rates were cut by a half-point.", "Rates were cut by a half-point."),
    ("Half a tonne of rubble was cleared.", "Half a tonne of rubble was cleared."),
    ("The day and a half of talks ended.", "The day and a half of talks ended."),
])
def test_a_unit_of_time_and_a_half_is_written_as_digits(text: str, digits: str) -> None:
    assert digitise(text) == digits

"""Unit tests for the figure grammar in factcheck.extract.figures."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.figures import (
    FigureMatch,
    directed,
    find_figures,
    format_quantity,
    overlaps,
    parse_quantity,
)
from factcheck.models import Bound, Quantity


def q(low: float | None, high: float | None, unit: str, bound: Bound = "exact",
      step: float = 0.0) -> Quantity:
    draft = Quantity(low=low, high=high, unit=unit, bound=bound, step=step, value="")
    return draft.model_copy(update={"value": format_quantity(draft)})


def one(text: str) -> FigureMatch:
    found = find_figures(text)
    assert len(found) == 1, (text, found)
    return found[0]


# --------------------------------------------------------------------------- money

@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "bound", "matched"),
    [
        ("capex of $145B this year", 145e9, 145e9, "USD", "exact", "$145B"),
        ("capex of $145bn this year", 145e9, 145e9, "USD", "exact", "$145bn"),
        ("capex of $145 billion", 145e9, 145e9, "USD", "exact", "$145 billion"),
        ("capex of US$145 billion", 145e9, 145e9, "USD", "exact", "US$145 billion"),
        ("raised 5 billion dollars", 5e9, 5e9, "USD", "exact", "5 billion dollars"),
        ("a $5m deal", 5e6, 5e6, "USD", "exact", "$5m"),
        ("a $1.5T valuation", 1.5e12, 1.5e12, "USD", "exact", "$1.5T"),
        ("worth $3 trillion", 3e12, 3e12, "USD", "exact", "$3 trillion"),
        ("priced at $30,000 each", 30000, 30000, "USD", "exact", "$30,000"),
        ("spent €5bn", 5e9, 5e9, "EUR", "exact", "€5bn"),
        ("spent £2.5 million", 2.5e6, 2.5e6, "GBP", "exact", "£2.5 million"),
        ("spent ¥100 billion", 100e9, 100e9, "JPY", "exact", "¥100 billion"),
        ("spent ¥100 billion yuan", 100e9, 100e9, "CNY", "exact", "¥100 billion yuan"),
        ("spent CN¥3bn", 3e9, 3e9, "CNY", "exact", "CN¥3bn"),
        ("spent RMB 3bn", 3e9, 3e9, "CNY", "exact", "RMB 3bn"),
        ("spent 20 billion yuan", 20e9, 20e9, "CNY", "exact", "20 billion yuan"),
        ("spent USD 7 million", 7e6, 7e6, "USD", "exact", "USD 7 million"),
        ("up to $145B in capex", None, 145e9, "USD", "at_most", "up to $145B"),
        # a verb of raising with its object, then "up to": the level reached
        ("bringing total spending up to $4.2 billion", 4.2e9, 4.2e9, "USD", "exact",
         "up to $4.2 billion"),
        ("lifted its stake up to 30%", 30, 30, "%", "exact", "up to 30%"),
        ("could spend up to $4.2 billion", None, 4.2e9, "USD", "at_most", "up to $4.2 billion"),
        ("will bring in up to $4.2 billion", None, 4.2e9, "USD", "at_most",
         "up to $4.2 billion"),
        ("as much as $10 billion", None, 10e9, "USD", "at_most", "as much as $10 billion"),
        ("more than $1 trillion", 1e12, None, "USD", "at_least", "more than $1 trillion"),
        ("about $5B", 5e9, 5e9, "USD", "approx", "about $5B"),
        ("~$5B", 5e9, 5e9, "USD", "approx", "~$5B"),
        ("$60 billion to $65 billion", 60e9, 65e9, "USD", "range",
         "$60 billion to $65 billion"),
        ("$60-65 billion", 60e9, 65e9, "USD", "range", "$60-65 billion"),
        ("$60–65 billion", 60e9, 65e9, "USD", "range", "$60–65 billion"),
        ("$500 million to $1 billion", 500e6, 1e9, "USD", "range",
         "$500 million to $1 billion"),
    ],
)
def test_money(text: str, low: float | None, high: float | None, unit: str, bound: str,
               matched: str) -> None:
    fig = one(text)
    assert fig.text == matched
    assert text[fig.start : fig.end] == matched
    assert fig.quantity.low == low
    assert fig.quantity.high == high
    assert fig.quantity.unit == unit
    assert fig.quantity.bound == bound
    assert fig.noun is None


# --------------------------------------------------------------------------- counts

@pytest.mark.parametrize(
    ("text", "value", "noun", "matched"),
    [
        ("Meta will have 350k H100 by year end", 350_000, "H100", "350k"),
        ("Meta will have 350,000 H100 by year end", 350_000, "H100", "350,000"),
        ("350,000 H100 GPUs by the end of 2024", 350_000, "H100 GPUs", "350,000"),
        ("a 350k H100-equivalent GPU cluster online", 350_000,
         "H100-equivalent GPU cluster", "350k"),
        ("1.2 million users said so", 1.2e6, "users", "1.2 million"),
        ("5m users", 5e6, "users", "5m"),
        ("it bought 500 GPUs", 500, "GPUs", "500"),
        ("it runs 24 data centers", 24, "data centers", "24"),
        ("it has 70,000 employees", 70_000, "employees", "70,000"),
        ("it shipped 2 million chips", 2e6, "chips", "2 million"),
        ("it shipped 20 B200 servers", 20, "B200 servers", "20"),
        ("350,000", 350_000, None, "350,000"),
        ("an 8B model", 8e9, "model", "8B"),
    ],
)
def test_counts(text: str, value: float, noun: str | None, matched: str) -> None:
    fig = one(text)
    assert fig.text == matched
    assert fig.quantity.unit == "count"
    assert fig.quantity.low == value
    assert fig.quantity.high == value
    assert fig.quantity.bound == "exact"
    assert fig.noun == noun


def test_count_bounds_and_ranges() -> None:
    fig = one("as many as 600,000 GPUs")
    assert (fig.quantity.low, fig.quantity.high, fig.quantity.bound) == (None, 600_000, "at_most")
    assert fig.text == "as many as 600,000"
    assert fig.noun == "GPUs"
    fig = one("some 10,000 employees")
    assert fig.quantity.bound == "approx"
    fig = one("an estimated 5,000 servers")
    assert fig.quantity.bound == "approx"
    assert fig.text == "an estimated 5,000"
    fig = one("150-200 GPUs")
    assert (fig.quantity.low, fig.quantity.high, fig.quantity.bound) == (150, 200, "range")
    assert fig.noun == "GPUs"
    fig = one("100+ employees")
    assert (fig.quantity.low, fig.quantity.high, fig.quantity.bound) == (100, None, "at_least")
    assert fig.text == "100+"


# --------------------------------------------------------------------------- other units

@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "bound", "matched"),
    [
        ("grew 20%", 20, 20, "%", "exact", "20%"),
        ("grew 20 percent", 20, 20, "%", "exact", "20 percent"),
        ("grew 20 per cent", 20, 20, "%", "exact", "20 per cent"),
        ("grew 12.5%", 12.5, 12.5, "%", "exact", "12.5%"),
        ("fell -5%", -5, -5, "%", "exact", "-5%"),
        ("over 20% of revenue", 20, None, "%", "at_least", "over 20%"),
        ("20%+ growth", 20, None, "%", "at_least", "20%+"),
        ("between 5 and 10%", 5, 10, "%", "range", "between 5 and 10%"),
        ("5%-10%", 5, 10, "%", "range", "5%-10%"),
        ("rates rose 150-200 basis points", 150, 200, "bp", "range", "150-200 basis points"),
        ("rates rose 150–200 basis points", 150, 200, "bp", "range", "150–200 basis points"),
        ("rates rose 150 to 200 basis points", 150, 200, "bp", "range",
         "150 to 200 basis points"),
        ("a 50bps cut", 50, 50, "bp", "exact", "50bps"),
        ("a 50 bp cut", 50, 50, "bp", "exact", "50 bp"),
        ("up 3 percentage points", 3, 3, "pp", "exact", "3 percentage points"),
        ("a 400W chip", 400, 400, "W", "exact", "400W"),
        ("a 400W+ chip", 400, None, "W", "at_least", "400W+"),
        ("draws 700 watts", 700, 700, "W", "exact", "700 watts"),
        ("draws 1.2kW", 1200, 1200, "W", "exact", "1.2kW"),
        ("a 50 MW site", 50e6, 50e6, "W", "exact", "50 MW"),
        ("a 1 GW campus", 1e9, 1e9, "W", "exact", "1 GW"),
        ("a 5nm chip", 5, 5, "nm", "exact", "5nm"),
        ("a 3 nm chip", 3, 3, "nm", "exact", "3 nm"),
        ("a 5-nanometer chip", 5, 5, "nm", "exact", "5-nanometer"),
        ("192 GB of memory", 192e9, 192e9, "B", "exact", "192 GB"),
        ("8TB of memory", 8e12, 8e12, "B", "exact", "8TB"),
        ("1 PB of storage", 1e15, 1e15, "B", "exact", "1 PB"),
        ("runs at 3.2GHz", 3.2e9, 3.2e9, "Hz", "exact", "3.2GHz"),
        ("delivers 2 PFLOPS", 2e15, 2e15, "FLOPS", "exact", "2 PFLOPS"),
        ("delivers 989 TFLOPS", 989e12, 989e12, "FLOPS", "exact", "989 TFLOPS"),
        ("delivers 1 EFLOPS", 1e18, 1e18, "FLOPS", "exact", "1 EFLOPS"),
        ("is 3x faster", 3, 3, "x", "exact", "3x"),
        ("is 3× faster", 3, 3, "x", "exact", "3×"),
        ("is 2-3x faster", 2, 3, "x", "range", "2-3x"),
    ],
)
def test_units(text: str, low: float | None, high: float | None, unit: str, bound: str,
               matched: str) -> None:
    fig = one(text)
    assert fig.text == matched
    assert (fig.quantity.low, fig.quantity.high) == (low, high)
    assert fig.quantity.unit == unit
    assert fig.quantity.bound == bound


@pytest.mark.parametrize(
    ("word", "bound"),
    [
        ("up to", "at_most"), ("as much as", "at_most"), ("as many as", "at_most"),
        ("at most", "at_most"), ("no more than", "at_most"), ("less than", "at_most"),
        ("under", "at_most"), ("below", "at_most"),
        ("over", "at_least"), ("more than", "at_least"), ("at least", "at_least"),
        ("above", "at_least"), ("exceeding", "at_least"), ("in excess of", "at_least"),
        ("about", "approx"), ("around", "approx"), ("approximately", "approx"),
        ("roughly", "approx"), ("nearly", "approx"), ("almost", "approx"), ("some", "approx"),
        ("an estimated", "approx"), ("About", "approx"), ("UP TO", "at_most"),
    ],
)
def test_bound_words(word: str, bound: str) -> None:
    fig = one(f"they said {word} 20% of it")
    assert fig.text == f"{word} 20%"
    assert fig.quantity.bound == bound
    if bound == "at_most":
        assert (fig.quantity.low, fig.quantity.high) == (None, 20)
    elif bound == "at_least":
        assert (fig.quantity.low, fig.quantity.high) == (20, None)
    else:
        assert (fig.quantity.low, fig.quantity.high) == (20, 20)


def test_bound_word_needs_word_boundary() -> None:
    fig = one("a handsome 20% gain")
    assert fig.text == "20%"
    assert fig.quantity.bound == "exact"


def test_several_figures_in_order() -> None:
    text = "Meta plans $60-65 billion of capex, 1.3 million GPUs and a 2 GW site by 2025."
    found = find_figures(text)
    assert [f.text for f in found] == ["$60-65 billion", "1.3 million", "2 GW"]
    for f in found:
        assert text[f.start : f.end] == f.text
    assert found[1].noun == "GPUs"


# --------------------------------------------------------------------------- traps

@pytest.mark.parametrize(
    "text",
    [
        "๒๐",
        "๒๐%",
        "๒๐ GPUs",
        "H100", "B200", "GB200", "H200", "MTIA v1", "v2", "v5p", "TPU v6",
        "Q3", "Q4", "4Q26", "H1 2026", "PyTorch 2.x", "Llama 3", "Llama-3", "GPT-4o",
        "the Nasdaq 100", "S&P 500", "Maia 100", "Windows 11", "5G", "COVID-19",
        "RTX 4090", "an RTX 4090 card", "the Nasdaq 100 index", "Maia 100 (Custom ASIC)",
        "S&P 500 companies", "Llama 3 models", "Windows 11 users",
        "1900", "in 2025", "2025-02", "2025-02-14", "Q4 2026", "fiscal 2025",
        "2024-2025", "in 2025 servers were", "May 5", "on May 5 servers failed",
        "top 10", "there were 3", "up to 5", "about 200", "5 to 10",
        "collected in 2m", "5m ago", "2h", "29m", "5d", "2h ago", "in 5m", "3 days ago",
        "2 hours ago", "100m sprint", "5t of steel", "10:30", "24/7", "version 2.0.1",
        "the 1st", "2nd quarter", "the 21st century", "10-K filing", "3-2 in the table",
    ],
)
def test_not_figures(text: str) -> None:
    assert find_figures(text) == [], text


@pytest.mark.parametrize("text", ["1st", "2nd place", "rose to 14th.", "finished 3rd in"])
def test_ordinal_positions_are_ranks(text: str) -> None:
    [found] = find_figures(text)
    assert found.quantity.unit == "rank" and found.quantity.bound == "exact", text


def test_a_score_is_a_tally_of_a_score() -> None:
    assert [(f.quantity.value, f.noun) for f in find_figures("a 3-2 win")] == [
        ("tally 3-2", "score")]


def test_a_weekday_before_a_number_names_nothing() -> None:
    # "Friday 300" is no "Windows 11": the count after a weekday is counted
    assert [(f.quantity.value, f.noun) for f in find_figures(
        "By Friday 300 flights had been cancelled.")] == [("count 300", "flights")]
    assert find_figures("on May 5 servers failed") == []


@pytest.mark.parametrize(("text", "counted"), [
    ("The blast killed at least 73 people and injured more than 400.",
     [("≥ count 73", "people"), ("≥ count 400", "people")]),
    ("The side won 27 games and lost 12 at home.", [("count 27", "games"), ("count 12", "games")]),
    ("The collision killed 3 people and injured 40 others.",
     [("count 3", "people"), ("count 40", "people")]),
    ("At least 2,300 trains were cancelled and 11,000 delayed.",
     [("≥ count 2300", "trains"), ("count 11000", "trains")]),
])
def test_a_count_whose_noun_the_count_before_gives(text: str,
                                                   counted: list[tuple[str, str]]) -> None:
    # "and injured more than 400": the noun is the earlier count's
    assert [(f.quantity.value.replace("-", ""), f.noun) for f in find_figures(text)] == counted


@given(st.integers(2, 999_999), st.integers(2, 999_999), st.sampled_from(["injured", "rescued"]))
def test_an_elided_count_takes_the_noun_before(n: int, m: int, verb: str) -> None:
    text = f"The flood killed {n:,} residents and {verb} {m:,}."
    assert [(f.quantity.low, f.noun) for f in find_figures(text)] == [
        (n, "residents"), (m, "residents")]
    # a sentence later, no noun is borrowed
    later = f"The flood killed {n:,} residents. Crews {verb} {m:,}."
    assert all(f.noun != "residents" for f in find_figures(later)[1:])


@pytest.mark.parametrize("text", [
    "The fire destroyed 312 homes and in 2019 a blaze burned 40 of them.",
    "It raised $40 million and spent 20.",
    "There were 300 arrests and 40 injured.",
    "The plant employs 300 workers and has run since 1998.",
    "The plant employs 300 workers and opened in 2011.",
])
def test_no_noun_borrowed_past_the_clause(text: str) -> None:
    first, *rest = find_figures(text)
    assert all(f.noun is None or f.noun != first.noun for f in rest)


def test_a_bare_number_a_noun_measures_before_it() -> None:
    # "a majority of 174.": the value of the noun before "of", ending its clause
    assert [f.quantity.value for f in find_figures("It kept a majority of 174.")] == [
        "count 174"]
    assert [f.quantity.value for f in find_figures("Harl recorded an overall score of 98.4, "
                                                   "a record.")] == ["count 98.4"]
    # with more of the clause after it, the number may be anything
    assert find_figures("He joined a group of 12 in the spring.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("a final dividend of 4.6p a share", "GBP 0.046"),
    ("the 5p bag charge", "GBP 0.05"),
    ("98c a share", "USD 0.98"),
])
def test_pence_and_cents_written_as_one_letter(text: str, value: str) -> None:
    assert [f.quantity.value for f in find_figures(text)] == [value]


@pytest.mark.parametrize("text", ["streams at 1080p", "a 720p screen", "It was 5c warmer"])
def test_a_letter_after_a_number_of_no_price_is_no_money(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "values"), [
    # after a verb of moving, "X to Y" is how much it moved and the level reached
    ("Operating profit rose £120 million to £1.4 billion.",
     ["GBP 120000000", "GBP 1400000000"]),
    ("Net debt fell by 300 million euros to 4.2 billion euros.",
     ["EUR 300000000", "EUR 4200000000"]),
    # a range of no move stays one
    ("The levy will raise £60 million to £65 million a year.", ["GBP 60000000–65000000"]),
    ("It raised $5 billion to $6 billion in new funding.", ["USD 5000000000–6000000000"]),
])
def test_a_move_then_a_level_is_no_range(text: str, values: list[str]) -> None:
    assert [f.quantity.value for f in find_figures(text)] == values


def test_thai_digits_next_to_ascii() -> None:
    assert find_figures("๒5%") == []
    assert [f.text for f in find_figures("๒๐ and 5%")] == ["5%"]


def test_names_do_not_swallow_neighbours() -> None:
    found = find_figures("Nvidia sold 500,000 H100 chips and Meta bought 350k B200s.")
    assert [(f.text, f.noun) for f in found] == [("500,000", "H100 chips"), ("350k", "B200s")]
    found = find_figures("The GB200 NVL72 draws 120kW per rack.")
    assert [f.text for f in found] == ["120kW"]


def test_timestamp_furniture() -> None:
    text = "Posted 5m ago · collected in 2m · 29m · 2h · $5m raised"
    assert [f.text for f in find_figures(text)] == ["$5m"]


def test_year_with_currency_is_money() -> None:
    assert one("it costs $2025").quantity.unit == "USD"


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize(
    "text",
    ["1" * 1_000_000, "1," * 200_000, "$" * 100_000, "up to " * 50_000],
    ids=["digits", "commas", "dollars", "up-to"],
)
def test_adversarial_inputs_are_fast(text: str) -> None:
    t0 = time.process_time()
    find_figures(text)
    parse_quantity(text)
    assert time.process_time() - t0 < 5.0


def test_adversarial_many_figures() -> None:
    text = "up to $5B, " * 20_000
    t0 = time.process_time()
    found = find_figures(text)
    assert time.process_time() - t0 < 5.0
    assert len(found) == 20_000


# --------------------------------------------------------------------------- parse_quantity

def test_parse_quantity() -> None:
    assert parse_quantity("$145B") == q(145e9, 145e9, "USD", step=1e9)
    assert parse_quantity("  up to $145B ") == q(None, 145e9, "USD", "at_most", step=1e9)
    assert parse_quantity("350k") == parse_quantity("350,000") == q(
        350_000, 350_000, "count", step=10_000)
    assert parse_quantity("350,000 H100 GPUs") == q(350_000, 350_000, "count", step=10_000)
    assert parse_quantity("150-200 basis points") == q(150, 200, "bp", "range", step=1)
    assert parse_quantity("12") == q(12, 12, "count", step=1)
    assert parse_quantity("5nm.") == q(5, 5, "nm", step=1)


@pytest.mark.parametrize("text", ["", "hello", "H100", "2h", "$5B and $6B", "GPT-4o", "5G"])
def test_parse_quantity_none(text: str) -> None:
    assert parse_quantity(text) is None


# --------------------------------------------------------------------------- format / overlap

def test_format_quantity() -> None:
    assert format_quantity(q(145e9, 145e9, "USD")) == "USD 145000000000"
    assert format_quantity(q(60e9, 65e9, "USD", "range")) == "USD 60000000000–65000000000"
    assert format_quantity(q(None, 145e9, "USD", "at_most")) == "≤ USD 145000000000"
    assert format_quantity(q(20, None, "%", "at_least")) == "≥ % 20"
    assert format_quantity(q(5e9, 5e9, "USD", "approx")) == "~ USD 5000000000"
    assert format_quantity(q(12.5, 12.5, "%")) == "% 12.5"
    assert format_quantity(q(1e-7, 1e-7, "x")) == "x 0.0000001"
    assert one("$145B").quantity.value == "USD 145000000000"


def test_overlaps() -> None:
    assert overlaps(q(None, 65e9, "USD", "at_most"), q(60e9, 65e9, "USD", "range"))
    assert overlaps(q(60e9, 65e9, "USD", "range"), q(None, 65e9, "USD", "at_most"))
    assert not overlaps(q(None, 50e9, "USD", "at_most"), q(60e9, 65e9, "USD", "range"))
    assert not overlaps(q(100, 100, "%", step=1), q(101, 101, "%", step=1))
    assert not overlaps(q(100, 100, "%"), q(110, 110, "%"))
    assert overlaps(q(100, 100, "USD", "approx", step=10), q(106, 106, "USD", step=1))
    assert not overlaps(q(100, 100, "USD", "approx", step=10), q(115, 115, "USD", step=1))


def test_a_hedged_bound_stays_near_its_bound() -> None:
    """"just under €80 million" is a little below 80 million, not anything below it."""
    [fig] = find_figures("The club paid just under €80 million for the striker.")
    assert fig.text == "just under €80 million"
    assert (fig.quantity.bound, fig.quantity.high) == ("at_most", 80e6)
    assert fig.quantity.low is not None and 70e6 < fig.quantity.low < 80e6
    [fig] = find_figures("The club paid under €80 million for the striker.")
    assert fig.quantity.low is None
    [other] = find_figures("a little less than €80 million")
    [far] = find_figures("€45 million")
    assert overlaps(fig.quantity, far.quantity)  # "under" alone allows it
    [hedged] = find_figures("just under €80 million")
    assert overlaps(hedged.quantity, other.quantity)
    assert not overlaps(hedged.quantity, far.quantity)


def test_a_tie_rounds_away_from_zero() -> None:
    """"£2.45 billion" rounded to tenths is "£2.5 billion", so it is no "£2.4 billion";
    "£2.35 billion" and "€1.25 billion" round up to "£2.4 billion" and "€1.3 billion"."""
    def agree(a: str, b: str) -> bool:
        x, y = parse_quantity(a), parse_quantity(b)
        assert x is not None and y is not None
        return overlaps(x, y) and overlaps(y, x)

    assert not agree("£2.4 billion", "£2.45 billion")
    assert agree("£2.4 billion", "£2.35 billion")
    assert agree("€1.3 billion", "€1.25 billion")
    assert not agree("16,000", "16,500") and agree("16,000", "15,500")
    assert agree("444,000", "443,956")
    assert agree("about £2.4 billion", "£2.45 billion")  # "about" widens


def test_rates_are_rounded_as_written() -> None:
    """ "rose 6%" may be 6.4%; "6.1%" is not 6.4%."""
    assert overlaps(q(6, 6, "%", step=1), q(6.4, 6.4, "%", step=0.1))
    assert not overlaps(q(6.1, 6.1, "%", step=0.1), q(6.4, 6.4, "%", step=0.1))
    assert not overlaps(q(6, 6, "%", step=1), q(7, 7, "%", step=1))
    assert not overlaps(q(100, 100, "USD"), q(100, 100, "EUR"))
    assert overlaps(q(70, None, "%", "at_least"), q(None, 80, "%", "at_most"))
    assert not overlaps(q(90, None, "%", "at_least"), q(None, 80, "%", "at_most"))
    assert overlaps(q(350_000, 350_000, "count"), parse_quantity("350k") or q(0, 0, "x"))


def test_figures_agree_only_within_written_precision() -> None:
    """A figure means what its last written digit allows: "$41.2 billion" is 41.15 to
    41.25 billion, so it does not agree with "$41.38 billion"; exact counts must be equal;
    round figures and "about" allow more."""
    def agree(text: str) -> bool:
        a, b = find_figures(text)
        return overlaps(a.quantity, b.quantity)

    assert not agree("revenue of $41.2 billion, or $41.38 billion")
    assert not agree("264 seats against 261 seats")
    assert not agree("a turnout of 64% and of 63%")
    assert not agree("a 12,000-metre dive, later a 14,000-metre dive")
    assert agree("about 52,000 spectators and 52,314 spectators")
    assert agree("$3 billion, or between $2.6 billion and $2.8 billion")
    assert not agree("$70 billion, or $78 billion")
    assert agree("nearly 9 percent and 9%")
    assert not agree("about 40 minutes, or 20 minutes")


@pytest.mark.parametrize(("text", "part", "whole", "noun"), [
    ("The Greens won 58 of the 150 seats.", 58, 150, "seats"),
    ("She was convicted on 9 of 11 counts.", 9, 11, "counts"),
    ("Only 3 of its 12 reactors were running.", 3, 12, "reactors"),
])
def test_a_part_of_a_whole_counts_the_wholes_noun(text: str, part: int, whole: int,
                                                   noun: str) -> None:
    """"58 of the 150 seats" is 58 seats, not a number counting nothing."""
    assert [(f.quantity.low, f.noun) for f in find_figures(text)] == [
        (part, noun), (whole, noun)]


def test_a_change_carries_its_sign_and_a_bound_stays_on_its_side() -> None:
    """"fell 4.8%" is -4.8; "up as much as 10%" is 0 to 10, "down as much as 10%" -10 to 0:
    a rise and a fall never overlap, one change told alike still does."""
    fell = directed(q(4.8, 4.8, "%", step=0.1), "down")
    assert (fell.low, fell.high, fell.value) == (-4.8, -4.8, "% -4.8")
    rose = directed(q(4.8, 4.8, "%", step=0.1), "up")
    assert rose.value == "% 4.8" and not overlaps(fell, rose)
    up_to = directed(q(None, 10, "%", "at_most", step=1), "up")
    down_to = directed(q(None, 10, "%", "at_most", step=1), "down")
    assert (up_to.low, up_to.high, up_to.value) == (0.0, 10, "≤ % 10")
    assert (down_to.low, down_to.high, down_to.bound) == (-10, 0.0, "at_least")
    assert not overlaps(up_to, fell) and overlaps(down_to, fell)
    assert directed(q(3, 3, "%"), "") == q(3, 3, "%")


# --------------------------------------------------------------------------- physical units

@pytest.mark.parametrize(
    ("text", "unit", "value", "step", "noun"),
    [
        ("a 900-foot tanker ran aground", "m", 274.32, 0.3048, "tanker"),
        ("the 274-metre tanker", "m", 274.0, 1.0, "tanker"),
        ("the 180-metre-high dam", "m", 180.0, 1.0, "dam"),
        ("cruising at 35,000 feet", "m", 10668.0, 304.8, None),
        ("a 12 km stretch", "m", 12000.0, 1000.0, None),
        ("winds of 120 mph", "m/s", 53.6448, 0.44704, None),
        ("gusts of 193 km/h", "m/s", 193 / 3.6, 1 / 3.6, None),
        ("burned 3,000 acres", "m2", 3000 * 4046.8564224, 750 * 4046.8564224, None),
        ("1.2 million barrels a day", "m3", 1.2e6 * 0.158987294928, 1e5 * 0.158987294928, None),
        ("a 40-tonne load", "kg", 40000.0, 1000.0, "load"),
        ("10 pounds of rice", "kg", 4.5359237, 0.45359237, None),
    ],
)
def test_physical_units_are_read_in_base_units(text: str, unit: str, value: float, step: float,
                                               noun: str | None) -> None:
    fig = one(text)
    assert fig.quantity.unit == unit
    assert fig.quantity.low == pytest.approx(value) and fig.quantity.high == pytest.approx(value)
    assert fig.quantity.step == pytest.approx(step)
    assert fig.noun == noun


def test_sizes_in_other_units_compare_within_written_precision() -> None:
    feet, metres = one("a 900-foot tanker").quantity, one("a 274-metre tanker").quantity
    assert overlaps(feet, metres)
    assert not overlaps(one("a 720-foot ship").quantity, one("a 760-foot ship").quantity)
    mph, kmh = one("winds of 120 mph").quantity, one("winds of 193 km/h").quantity
    assert overlaps(mph, kmh)
    assert not overlaps(mph, one("winds of 150 km/h").quantity)


def test_money_and_counts_are_not_physical_units() -> None:
    assert one("a fine of 5 pounds sterling").quantity.unit == "GBP"
    assert one("it cost $5m to build").quantity.unit == "USD"
    assert one("the 19-page report").quantity.unit == "count"
    assert one("tons are not tonnes: 50 tons").quantity.unit == "ton"
    # an abbreviation counts only as written: "ML" is no millilitre, "Feet" is feet
    assert all(f.quantity.unit != "m3" for f in find_figures("trained 5 ML models"))
    assert one("a wall 10 Feet high").quantity.unit == "m"

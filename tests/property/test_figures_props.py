"""Property tests for factcheck.extract.figures: format → parse round trips and invariants."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.figures import find_figures, format_quantity, overlaps, parse_quantity
from factcheck.models import Bound, Quantity

# Decimal strings with up to two places, e.g. "7", "12.5", "0.07".
cents = st.integers(min_value=1, max_value=10**8)


def _dec(c: int) -> str:
    whole, frac = divmod(c, 100)
    return str(whole) if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-12)


SCALES = {"k": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9, " million": 1e6, " billion": 1e9,
          " trillion": 1e12, "T": 1e12}


@settings(derandomize=True, deadline=None)
@given(cents, st.sampled_from(sorted(SCALES)))
def test_money_with_scale(c: int, scale: str) -> None:
    text = f"${_dec(c)}{scale}"
    got = parse_quantity(text)
    assert got is not None, text
    expected = c / 100 * SCALES[scale]
    assert got.unit == "USD"
    assert got.bound == "exact"
    assert _close(got.low, expected) and _close(got.high, expected), (text, got)


@settings(derandomize=True, deadline=None)
@given(cents)
def test_dollar_billions(c: int) -> None:
    got = parse_quantity(f"${_dec(c)}B")
    assert got is not None
    assert _close(got.low, c / 100 * 1e9)
    assert got.unit == "USD"


@settings(derandomize=True, deadline=None)
@given(cents)
def test_word_billion_is_count(c: int) -> None:
    got = parse_quantity(f"{_dec(c)} billion")
    assert got is not None
    assert got.unit == "count"
    assert got.bound == "exact"
    assert _close(got.low, c / 100 * 1e9) and _close(got.high, c / 100 * 1e9)


@settings(derandomize=True, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_integers(n: int) -> None:
    got = parse_quantity(f"{n:,}")
    assert got is not None
    assert (got.low, got.high, got.unit, got.bound) == (n, n, "count", "exact")
    assert got.value == f"count {n}"


@settings(derandomize=True, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_thousands_suffix_equals_grouped(n: int) -> None:
    got = parse_quantity(f"{n}k")
    assert got is not None
    assert (got.low, got.high, got.unit, got.bound) == (n * 1000, n * 1000, "count", "exact")
    assert got == parse_quantity(f"{n * 1000:,}")


@settings(derandomize=True, deadline=None)
@given(cents)
def test_percent(c: int) -> None:
    got = parse_quantity(f"{_dec(c)}%")
    assert got is not None
    assert got.unit == "%"
    assert got.bound == "exact"
    assert _close(got.low, c / 100)


@settings(derandomize=True, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_basis_point_ranges(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    got = parse_quantity(f"{lo}-{hi} basis points")
    assert got is not None
    assert (got.low, got.high, got.unit, got.bound) == (lo, hi, "bp", "range")
    found = find_figures(f"rates rose {lo}-{hi} basis points.")
    assert [f.quantity for f in found] == [got]


@settings(derandomize=True, deadline=None)
@given(cents)
def test_up_to_billions(c: int) -> None:
    got = parse_quantity(f"up to ${_dec(c)}B")
    assert got is not None
    assert got.low is None
    assert _close(got.high, c / 100 * 1e9)
    assert (got.unit, got.bound) == ("USD", "at_most")
    assert got.value.startswith("≤ USD ")


ALPHABET = st.sampled_from(
    [
        *"0123456789 ,.-–+%$€£¥~kKmMbBtTxWnGH",
        *("๒", "\n", "bn", "billion", " to ", "up to ", " GPUs", "H100", " basis points"),
        "between ",
    ]
)


@settings(derandomize=True, deadline=None, max_examples=300)
@given(st.lists(ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_find_figures_never_raises_and_offsets_slice(text: str) -> None:
    found = find_figures(text)
    last = 0
    for f in found:
        assert 0 <= last <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.quantity.value == format_quantity(f.quantity)
        last = f.end
    parse_quantity(text)


def _quantity(low: float | None, high: float | None, unit: str, bound: Bound) -> Quantity:
    draft = Quantity(low=low, high=high, unit=unit, bound=bound, value="")
    return draft.model_copy(update={"value": format_quantity(draft)})


finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    bounds: list[Bound] = ["exact", "approx", "at_least", "at_most", "range"]
    bound = draw(st.sampled_from(bounds))
    unit = draw(st.sampled_from(["USD", "%", "count"]))
    a, b = sorted((draw(finite), draw(finite)))
    if bound in {"exact", "approx"}:
        return _quantity(a, a, unit, bound)
    if bound == "at_least":
        return _quantity(a, None, unit, bound)
    if bound == "at_most":
        return _quantity(None, a, unit, bound)
    return _quantity(a, b, unit, bound)


@settings(derandomize=True, deadline=None)
@given(quantities(), quantities(), st.floats(min_value=0, max_value=0.5))
def test_overlaps_symmetric_and_reflexive(a: Quantity, b: Quantity, tol: float) -> None:
    assert overlaps(a, a, tol)
    assert overlaps(b, b, tol)
    assert overlaps(a, b, tol) == overlaps(b, a, tol)


_CLOSE_UP = {"hrs": 1 / 24, "hr": 1 / 24, "mins": 1 / 1440, "min": 1 / 1440,
             "secs": 1 / 86400, "sec": 1 / 86400}


@settings(derandomize=True, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), unit=st.sampled_from(sorted(_CLOSE_UP)),
       spaced=st.booleans())
def test_a_short_unit_close_up_or_spaced_is_one_duration(n: int, unit: str,
                                                         spaced: bool) -> None:
    # "after 14hrs of talks" is "after 14 hrs of talks"
    text = f"The deal came after {n}{' ' if spaced else ''}{unit} of talks."
    days = [f.quantity.low for f in find_figures(text) if f.quantity.unit == "day"]
    assert len(days) == 1 and _close(days[0], n * _CLOSE_UP[unit])


@settings(derandomize=True, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), letter=st.sampled_from(["m", "s", "h"]))
def test_a_letter_close_up_is_no_duration(n: int, letter: str) -> None:
    # "5m" may be five million or five metres: a letter alone is no unit of time
    text = f"The deal came after {n}{letter} of talks."
    assert not [f for f in find_figures(text) if f.quantity.unit == "day"]


@settings(derandomize=True, deadline=None)
@given(n=st.integers(min_value=2, max_value=99),
       word=st.sampled_from(["full", "whole", "straight", "consecutive", "long"]),
       unit=st.sampled_from([("days", 1.0), ("weeks", 7.0), ("hours", 1 / 24)]))
def test_a_word_stressing_the_length_keeps_the_duration(n: int, word: str,
                                                        unit: tuple[str, float]) -> None:
    # "three full days", "11 straight years": the length, stressed
    text = f"The port stayed shut for {n} {word} {unit[0]} after the storm."
    days = [f.quantity.low for f in find_figures(text) if f.quantity.unit == "day"]
    assert len(days) == 1 and _close(days[0], n * unit[1])

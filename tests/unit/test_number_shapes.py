"""Common shapes of numbers read as the figure they are: ratios in words, signed
comparatives, spelled adjectives; and the non-figures that look like them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.figures import find_figures, overlaps, parse_quantity
from factcheck.extract.numwords import digitise


def _figures(text: str) -> list[tuple[str, str, float | None, float]]:
    digits = digitise(text)
    return [(f.text, f.quantity.unit, f.quantity.low, f.quantity.step)
            for f in find_figures(digits)]


@pytest.mark.parametrize(("text", "share", "step"), [
    ("Eight in ten dairy farms reported lower yields after the drought", 80.0, 10.0),
    ("one in four cargo ships was held at anchor", 25.0, 25.0),
    ("Two out of three growers sold below cost", 66.7, 100 / 3),
    ("one in every five dockworkers joined the walkout", 20.0, 20.0),
    ("3 in 100 passengers missed their connection", 3.0, 1.0),
])
def test_a_ratio_in_words_is_a_share_of_its_noun(text: str, share: float, step: float) -> None:
    found = [f for f in find_figures(digitise(text)) if f.quantity.unit == "%"]
    assert len(found) == 1
    q = found[0].quantity
    assert q.low == q.high == share
    assert q.step == pytest.approx(step)
    assert found[0].noun is not None


def test_a_ratio_agrees_with_the_percentage_its_words_round() -> None:
    nine = next(f.quantity for f in find_figures(digitise("nine in ten flights left late")))
    near = parse_quantity("88%")
    far = parse_quantity("70%")
    assert near is not None and far is not None
    assert overlaps(nine, near)
    assert not overlaps(nine, far)


@pytest.mark.parametrize("text", [
    "The ferry crossed 3 in 10 minutes",       # a time, not a share
    "rain fell on 2 in 3 months",               # a time
    "The mill opened 3 in 2024",                # a year
    "the vineyard sold 5 in 4 crates",          # the part exceeds the whole
    "the umpire ruled 1 in 10 and play went on",  # no plural noun counted
])
def test_no_share_from_numbers_that_are_no_ratio(text: str) -> None:
    assert all(f.quantity.unit != "%" for f in find_figures(digitise(text)))


@given(st.integers(1, 50), st.integers(2, 60))
def test_a_ratio_share_is_part_over_whole(part: int, whole: int) -> None:
    found = find_figures(f"{part} in {whole} tenants signed the petition")
    shares = [f.quantity for f in found if f.quantity.unit == "%"]
    if part < whole:
        assert len(shares) == 1
        assert shares[0].low == round(100 * part / whole, 1)
    else:
        assert shares == []

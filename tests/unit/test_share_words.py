"""Fractions told by a number word and an ordinal ("two-fifths of the crop", "an eighth
of the herd", "three tenths of its members") are shares of their whole, as "a third of"
always was: the denominators are data (`share_denominators:` in numbers.yaml)."""

from __future__ import annotations

import pytest

from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise


def shares(text: str) -> list[str]:
    return [f.quantity.value for f in find_figures(digitise(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("Frost destroyed two-fifths of the crop.", "% 40"),
    ("An eighth of the herd was culled.", "% 12.5"),
    ("Three tenths of its members voted against.", "% 30"),
    ("One fifth of the vineyards were flooded.", "% 20"),
    ("A third of the growers sold early.", "% 33.3"),
])
def test_a_number_word_and_an_ordinal_are_a_share(text: str, value: str) -> None:
    assert shares(text) == [value]


def test_a_part_of_a_time_is_no_share() -> None:
    assert shares("In the first half of the season rain fell on 12 days.") == ["count 12"]

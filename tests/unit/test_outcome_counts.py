"""A bare number told by what happened to those it counts ("27 hurt, four dead", "and 27
injured when …") is a count of people, as "four were killed" is; a noun after the word
("three dead bodies", "27 injured workers") is what is counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.figures import find_figures
from pages import titled, values, write_all


@pytest.mark.parametrize(("text", "counted"), [
    ("Update: 27 hurt, four dead.", ["27"]),
    ("Police said 27 injured when the roof gave way.", ["27"]),
    ("Six missing.", []),  # spelled out: read by the number words, not this grammar
    ("Crews found 3 dead bodies in the store.", ["3"]),
    ("27 injured workers were treated on site.", ["27"]),
])
def test_bare_outcome_counts_are_figures(text: str, counted: list[str]) -> None:
    assert [m.text for m in find_figures(text)] == counted


@pytest.mark.parametrize(("text", "counted"), [
    ("Of the 40 staff, 27 left early.", ["40"]),  # "left" is no outcome the lexicon counts
    ("Gate 27 opened late.", []),
])
def test_other_bare_numbers_are_not_outcomes(text: str, counted: list[str]) -> None:
    assert [m.text for m in find_figures(text)] == counted


def test_a_post_telling_the_toll_tersely_agrees_with_the_wire(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "blast", {
        "wire.md": titled("Explosion at Kesterby fireworks depot", (
            "Four people were killed and 27 injured when a fireworks depot exploded in "
            "Kesterby on Tuesday, the fire service said.")),
        "post.md": titled("Kesterby Fire Service", (
            "Kesterby depot blast. Update: 27 hurt, four dead. Please avoid the area.")),
    })
    assert {"count 27"} in values(folder, "corroborated")

"""A bare number that a tally reaches is a count: "the number of arrests rose to 38",
"the tally of sick guests stood at 19". Elsewhere a bare number with no noun after it
stays no figure (a shirt number, an age, a page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise
from pages import article, holding, run


@pytest.mark.parametrize(("text", "count"), [
    ("Police said the number of arrests rose to 38 by Sunday evening.", 38.0),
    ("By noon the tally of sick guests stood at nineteen.", 19.0),
    ("The vote count had reached 412 when the polls closed.", 412.0),
    ("Arrests have risen to 27, the force said.", 27.0),
    ("The headcount at the retreat is now 64.", 64.0),
])
def test_a_number_a_tally_reaches_is_a_count(text: str, count: float) -> None:
    found = [f.quantity for f in find_figures(digitise(text)) if f.quantity.unit == "count"]
    assert [q.low for q in found] == [count]


@pytest.mark.parametrize("text", [
    "Her shirt number is 10 this season.",  # a designation, no tally
    "He rose to 12th in the standings.",  # a place
    "The striker was 19 when he signed.",  # an age
    "Shares rose to 14 on Friday.",  # a price, no tally of anything
])
def test_a_bare_number_without_a_tally_is_no_count(text: str) -> None:
    assert not [f for f in find_figures(digitise(text)) if f.quantity.unit == "count"]


def _protest(first: str, second: str, day_b: str = "Sunday") -> dict[str, str]:
    return {
        "a.md": article("Kettering Ledger", "2026-03-08", "# March on the ring road",
                        "Thousands marched through Orlam against the ring-road plan on "
                        f"Sunday. Police said the number of arrests rose to {first} on "
                        "Sunday."),
        "b.md": article("Orlam Evening Star", "2026-03-08", "# Ring-road march ends",
                        f"Police said on {day_b} that arrests had climbed to {second} after "
                        "the march through Orlam."),
    }


def test_one_tally_told_by_two_outlets_agrees(tmp_path: Path) -> None:
    report = run(tmp_path, _protest("38", "38"))
    agreed = [f for f in holding(report, "number of arrests rose to 38") if f.kind == "figure"
              and {c.source for c in f.claims} == {"a.md", "b.md"}]
    assert [f.verdict for f in agreed] == ["corroborated"]


def test_one_days_tally_told_two_ways_clashes(tmp_path: Path) -> None:
    report = run(tmp_path, _protest("38", "83"))
    clashed = [f for f in holding(report, "number of arrests rose to 38")
               if f.verdict == "contradicted"]
    assert clashed and {c.value for c in clashed[0].claims} >= {"count 38", "count 83"}


def test_a_tally_of_another_day_does_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: a running tally grows; the number of two days is two numbers."""
    pages = _protest("38", "83", day_b="Tuesday")
    pages["b.md"] = pages["b.md"].replace("2026-03-08", "2026-03-10")
    report = run(tmp_path, pages)
    assert report.summary.contradicted == 0

"""A split of votes told "by N to M" without the word "votes", after a verb of passing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise
from factcheck.extract.tallies import TALLY

AS_OF = dt.date(2026, 11, 23)


def _tallies(text: str) -> list[str]:
    return [f.quantity.value for f in find_figures(digitise(text)) if f.quantity.unit == TALLY]


@pytest.mark.parametrize(("text", "value"), [
    ("The Harlow council approved the bypass by 9 to 4 on Monday.", "tally 9-4"),
    ("The high court upheld the ban, by 5 to 4.", "tally 5-4"),
    ("Dockers backed the pay offer by 640 to 212.", "tally 640-212"),
])
def test_by_n_to_m_after_a_verb_of_passing_is_a_split(text: str, value: str) -> None:
    assert _tallies(text) == [value]


@pytest.mark.parametrize("text", [
    "Rents rose by 5 to 10 percent in the city.",  # a range, low to high
    "The board approved cuts by 300 to 1,200 jobs.",  # a range
    "The glacier thinned by 12 to 3 metres a year.",  # no verb of passing
    "The club approved a rise by 6 to 4 percent.",  # a percentage
])
def test_other_n_to_m_are_no_split(text: str) -> None:
    assert _tallies(text) == []


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(f"# Harlow bypass approved\n\nPublished 2026-03-03\n\n"
                                   f"{text}\n", encoding="utf-8")


def test_two_splits_of_one_vote_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": "Harlow's council approved the eastern bypass on Monday by 9 votes to 4.",
        "b.md": "The eastern bypass cleared Harlow's council on Monday, by 9 to 5.",
    })
    report = check([str(tmp_path)], AS_OF)
    clashes = [{c.value for c in f.claims} for f in report.findings
               if f.verdict == "contradicted"]
    assert clashes == [{"tally 9-4", "tally 9-5"}]

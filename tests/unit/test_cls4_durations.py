"""Durations whose frame verb stands before a person's name and age in commas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

AS_OF = dt.date(2026, 11, 23)


def _days(text: str) -> list[tuple[float | None, str | None]]:
    # durations of a thing (a bare length, "for six hours" with no frame, is none)
    return [(f.quantity.low, f.noun) for f in find_figures(digitise(text))
            if f.quantity.unit == "day" and not f.bare]


@pytest.mark.parametrize(("text", "days", "thing"), [
    ("The court jailed the forger, Pim Arlo, 52, for six years.", 6 * 365.25, "sentence"),
    ("The judge sentenced the courier, Ivo Brenner, to 3 years.", 3 * 365.25, "sentence"),
    ("The federation banned the sprinter, Mara Quell, 26, for four years.", 4 * 365.25,
     "ban"),
])
def test_a_frame_before_a_name_and_an_age_tells_the_length(text: str, days: float,
                                                          thing: str) -> None:
    assert _days(text) == [(pytest.approx(days), thing)]


@pytest.mark.parametrize("text", [
    "Police questioned the driver, Anton Mercer, 33, for six hours.",  # no frame verb
    "The forger was jailed, the court heard, and for six years he wrote letters.",
])
def test_no_frame_before_the_names_is_no_duration(text: str) -> None:
    assert _days(text) == []


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(f"# Forgers jailed in Lantry\n\nPublished 2026-05-04\n\n"
                                   f"{text}\n", encoding="utf-8")


def test_two_lengths_for_one_named_defendant_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": "At Lantry Crown Court the judge jailed the forger, Pim Arlo, 52, for six "
                "years.",
        "b.md": "In Lantry the judge jailed the forger, Pim Arlo, 52, for five years.",
    })
    report = check([str(tmp_path)], AS_OF)
    clashes = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clashes) == 1
    assert {c.value for c in clashes[0].claims} == {"day 2191.5", "day 1826.25"}


def test_two_defendants_told_alike_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: the lookout's term is another fact than the forger's."""
    _write(tmp_path, {
        "a.md": "At Lantry Crown Court the judge jailed the forger, Pim Arlo, 52, for six "
                "years.",
        "b.md": "In Lantry the judge jailed the lookout, Ras Tovey, 30, for two years.",
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]

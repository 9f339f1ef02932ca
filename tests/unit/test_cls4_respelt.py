"""One person named in one role with two spellings of a surname is a contradiction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.match import _given, _respelt

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("a", "b", "one"), [
    ("hallberg", "hallgren", True),
    ("brennick", "brenwick", True),
    ("lindqvist", "lindqvast", True),
    ("hallberg", "halvorsen", False),  # open alike for three letters only
    ("marsh", "marshall", False),  # one holds the other: another name
    ("ruiz", "ruis", False),  # too short to tell a misspelling from another name
    ("okafor", "okafor", False),
])
def test_respelt_surnames(a: str, b: str, one: bool) -> None:
    assert _respelt(a, b) is one


def test_given_names() -> None:
    assert _given("Tomas Hallberg") == "tomas"
    assert _given("Ana Maria Ruiz KC") == "ana maria"
    assert _given("Hallberg") == ""


def _write(folder: Path, pages: dict[str, tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, text) in pages.items():
        (folder / name).write_text(
            f"# Rovers draw at Keldby\n\nBy {outlet} staff\nPublished 2026-03-08\n\n{text}\n",
            encoding="utf-8")


def _clashes(folder: Path) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings
            if f.verdict == "contradicted"]


def test_one_referee_spelled_two_ways_is_contradicted(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Keldby Echo", "Referee Tomas Hallberg sent off two players in the "
                 "second half at Keldby."),
        "b.md": ("Northfield Sport", "Referee Tomas Hallgren showed nine yellow cards at "
                 "Keldby on Saturday."),
        "c.md": ("Valley Times", "Referee Tomas Hallberg was booed off at Keldby."),
    })
    assert _clashes(tmp_path) == [{"Tomas Hallberg", "Tomas Hallgren"}]


@pytest.mark.parametrize(("first", "second"), [
    ("Referee Tomas Hallberg", "Referee Ines Hallgren"),  # two given names: two people
    ("Referee Tomas Hallberg", "Coach Tomas Hallgren"),  # two roles
    ("Referee Tomas Hallberg", "Referee Tomas Halvorsen"),  # surnames apart
])
def test_two_people_are_no_contradiction(tmp_path: Path, first: str, second: str) -> None:
    """False-alarm guard: only one role, one given name and a near spelling clash."""
    _write(tmp_path, {
        "a.md": ("Keldby Echo", f"{first} sent off two players in the second half at "
                 "Keldby."),
        "b.md": ("Northfield Sport", f"{second} showed nine yellow cards at Keldby on "
                 "Saturday."),
    })
    assert _clashes(tmp_path) == []


_MATCH_REPORT = (
    "Rovers and Keldby Town drew 2-2 at the Keldby ground on Saturday afternoon. "
    "Referee {name} sent off two players in the second half. "
    "Rovers led twice through goals from their captain before the home side came back. "
    "The draw leaves both clubs in the middle of the table with ten games to play. "
    "Keldby's manager said his side had deserved more from a lively second half. "
    "The two clubs meet again in the cup next month at the Rovers ground.")


def test_a_copy_that_respells_its_origins_name_is_contradicted(tmp_path: Path) -> None:
    # a copy of one page (one origin, load.dedupe) that changes the name's spelling
    _write(tmp_path, {
        "a.md": ("Keldby Echo", _MATCH_REPORT.format(name="Tomas Hallberg")),
        "b.md": ("Sports Mirror Hub", _MATCH_REPORT.format(name="Tomas Hallgren")),
    })
    assert _clashes(tmp_path) == [{"Tomas Hallberg", "Tomas Hallgren"}]

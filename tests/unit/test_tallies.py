"""Tallies: a split of votes after a word of voting is one figure; a score is none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "value"), [
    ("Dock workers voted 412-180 to accept the offer.", "tally 412-180"),
    ("The union ballot was 412-180 in favour.", "tally 412-180"),
    ("The tribunal issued a 3-2 ruling on Friday.", "tally 3-2"),
    ("The motion was carried by nine votes to four.", "tally 9-4"),
    ("Vote 5-4, with two abstentions.", "tally 5-4"),
    ("The board passed it in a 3-2 vote.", "tally 3-2"),
    # a verb of passing a measure, or its object, right before the split
    ("The levy passed the assembly 52 to 48.", "tally 52-48"),
    ("The harbour board approved the lease 7-2.", "tally 7-2"),
    ("Councillors voted 31 to 12 for the new bridge.", "tally 31-12"),
    ("The appeals court ruled 2-1 against the port.", "tally 2-1"),
])
def test_a_split_after_a_word_of_voting_is_a_tally(text: str, value: str) -> None:
    assert [f.quantity.value for f in find_figures(digitise(text))
            if f.quantity.unit == "tally"] == [value]


@pytest.mark.parametrize("text", [
    "Prices for the 2019-2020 season rose.",  # years
    "The council voted on 2026-05-01.",  # a date after a word of voting
    "Members voted 2021-22 accounts through.",  # years after a word of voting
    "Vardel sat 3-1 clear in the table.",  # no word of playing or voting
    "The council approved 5-10 new sites.",  # a range after a verb of passing: more after
    "The panel approved it within 4 to 6 weeks.",  # a range of weeks
])
def test_years_and_dates_are_no_tallies(text: str) -> None:
    assert not [f for f in find_figures(digitise(text)) if f.quantity.unit == "tally"]


@pytest.mark.parametrize(("text", "value"), [
    ("Vardel won 3-1 at home on Sunday.", "tally 3-1"),
    ("The derby ended in a 2-2 draw.", "tally 2-2"),
    ("Vardel lost 0-2 to the leaders.", "tally 2-0"),
])
def test_a_score_is_a_tally_of_a_score(text: str, value: str) -> None:
    assert [(f.quantity.value, f.noun) for f in find_figures(digitise(text))
            if f.quantity.unit == "tally"] == [(value, "score")]


def test_outlets_giving_one_split_agree(tmp_path: Path) -> None:
    for name, outlet in (("a.md", "Harbour Post"), ("b.md", "Quay Ledger")):
        (tmp_path / name).write_text(
            f"# Dockers of Velmar accept pay offer\n\nBy {outlet}\n\nPublished 2026-03-02\n\n"
            f"Velmar dock workers voted 412-180 to accept the offer, the Velmar union said.\n",
            encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    tallies = [f for f in report.findings if any(c.value == "tally 412-180" for c in f.claims)]
    assert len(tallies) == 1
    assert tallies[0].verdict == "corroborated"


def test_a_tally_and_a_score_of_one_story_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: the score of a match is not the vote of a board."""
    (tmp_path / "a.md").write_text(
        "# Vardel board backs new stadium\n\nPublished 2026-03-02\n\nThe Vardel board voted "
        "5-2 for the new stadium on Monday.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# Vardel board backs new stadium\n\nPublished 2026-03-02\n\nVardel won 3-1 on "
        "Monday before the board met about the new stadium.\n", encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_two_splits_of_one_named_vote_clash(tmp_path: Path) -> None:
    for name, split in (("a.md", "412-180"), ("b.md", "390-202")):
        (tmp_path / name).write_text(
            f"# Dockers of Velmar accept pay offer\n\nBy {name}\n\nPublished 2026-03-02\n\n"
            f"Dock workers at Velmar voted {split} to accept the offer, the union said.\n",
            encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    clashes = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clashes) == 1
    assert {c.value for c in clashes[0].claims} == {"tally 412-180", "tally 390-202"}

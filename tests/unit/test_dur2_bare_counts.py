"""A bare count of time ("for 52 hours", "after nine days", "a 19-day recount", "took three
weeks", "within 40 minutes") is a length in days, to its written precision: it agrees with
a duration of that length of the same thing, and clashes only with another bare length
that names the same measured thing alike, never with a thing's duration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

AS_OF = dt.date(2026, 11, 23)
HOUR = 1 / 24
MONTH = 30.4375


def _bare(text: str) -> list[tuple[float | None, float, str]]:
    return [(f.quantity.low, f.quantity.step, f.quantity.bound)
            for f in find_figures(digitise(text)) if f.quantity.unit == "day" and f.bare]


@pytest.mark.parametrize(("text", "days", "step", "bound"), [
    ("The nurses at St Aldric's stayed out for 52 hours.", 52 * HOUR, HOUR, "exact"),
    ("The crew of Tessaly-4 came home after nine days in orbit.", 9.0, 1.0, "exact"),
    ("Officials ordered a 19-day recount of the Vessmark ballots.", 19.0, 1.0, "exact"),
    ("The count of the Vessmark referendum took three weeks.", 21.0, 7.0, "exact"),
    ("Paramedics reached the ward within 40 minutes.", 40 * HOUR / 60, HOUR / 60, "exact"),
    ("The garrison of Fort Marrow surrendered 14 months later.", 14 * MONTH, MONTH, "exact"),
    ("The siege of Fort Marrow lasted about two weeks.", 14.0, 7.0, "approx"),
    ("The engine cut out two minutes and 42 seconds into the ascent.", 162 / 86400,
     1 / 86400, "exact"),
])
def test_a_bare_count_of_time_is_days_to_its_written_precision(
        text: str, days: float, step: float, bound: str) -> None:
    found = _bare(text)
    assert len(found) == 1
    assert found[0][0] == pytest.approx(days)
    assert found[0][1] == pytest.approx(step)
    assert found[0][2] == bound


@pytest.mark.parametrize("text", [
    "Snow fell on the orbital launch site on 12 days last winter.",  # a count of days
    "The hospital opened three years ago.",  # time past
    "The 40-year-old surgeon led the strike.",  # an age
    "Turnout has fallen over the past five years.",  # a span looked back over
    # a figure spread over a term: the term is the figure's, no length of a thing
    "The nurses were offered 4.5% over two years.",
    "The ward plan costs $40 million over five years.",
])
def test_counts_of_days_ages_and_times_past_are_no_bare_lengths(text: str) -> None:
    assert _bare(text) == []


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in pages.items():
        (folder / name).write_text(f"# {title}\n\nPublished 2026-06-02\n\n{body}\n",
                                   encoding="utf-8")


def _findings(folder: Path, verdict: str) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.path.rsplit("/", 1)[-1] for c in f.claims} for f in report.findings
            if f.verdict == verdict and f.kind == "figure"]


def test_a_bare_count_corroborates_a_named_duration_of_that_length(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Nurses end strike at St Aldric's Hospital",
                 "A 52-hour strike by nurses at St Aldric's Hospital in Varrow ended on "
                 "Tuesday."),
        "b.md": ("St Aldric's Hospital nurses return",
                 "The strike at St Aldric's Hospital in Varrow ended after 52 hours."),
    })
    assert {"a.md", "b.md"} in _findings(tmp_path, "corroborated")
    assert not _findings(tmp_path, "contradicted")


def test_bare_counts_agree_by_their_written_precision(tmp_path: Path) -> None:
    # "about two weeks" is 14 days give or take half a week and a twentieth: 13 days fits
    _write(tmp_path, {
        "a.md": ("Fort Marrow siege ends",
                 "The siege of Fort Marrow lasted about two weeks, the Marrow council "
                 "said."),
        "b.md": ("Fort Marrow garrison surrenders",
                 "The siege of Fort Marrow lasted 13 days, the Marrow council said."),
    })
    assert {"a.md", "b.md"} in _findings(tmp_path, "corroborated")
    assert not _findings(tmp_path, "contradicted")


def test_two_bare_counts_of_two_things_are_no_contradiction(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Tessaly-4 crew back from Station Kestrel",
                 "The Tessaly-4 crew spent 41 days aboard Station Kestrel."),
        "b.md": ("Tessaly-4 lands",
                 "The Tessaly-4 capsule took 3 days to reach Station Kestrel."),
    })
    assert not _findings(tmp_path, "contradicted")


def test_an_unequal_bare_count_never_clashes_with_a_named_duration(tmp_path: Path) -> None:
    # a five-day strike and three days the nurses stayed out: the bare count names no
    # strike, so nothing says the two lengths are of one thing
    _write(tmp_path, {
        "a.md": ("Nurses end strike at St Aldric's Hospital",
                 "A five-day strike by nurses at St Aldric's Hospital in Varrow ended on "
                 "Friday."),
        "b.md": ("St Aldric's Hospital nurses return",
                 "Nurses at St Aldric's Hospital in Varrow stayed out for 3 days."),
    })
    assert not _findings(tmp_path, "contradicted")


def test_a_recount_and_a_count_of_one_referendum_do_not_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Vessmark referendum result confirmed",
                 "Officials ordered a 19-day recount of the Vessmark referendum ballots."),
        "b.md": ("Vessmark referendum count ends",
                 "The first count of the Vessmark referendum ballots took 6 days."),
    })
    assert not _findings(tmp_path, "contradicted")


def test_bare_lengths_naming_one_thing_alike_may_clash(tmp_path: Path) -> None:
    # both sides name the measured thing (the siege that lasted) in one story: strong
    # identity, as two counts of one thing told alike
    _write(tmp_path, {
        "a.md": ("Fort Marrow siege ends",
                 "The siege of Fort Marrow lasted 47 days, the Marrow council said."),
        "b.md": ("Fort Marrow siege ends",
                 "The siege of Fort Marrow lasted 74 days, the Marrow council said."),
    })
    assert {"a.md", "b.md"} in _findings(tmp_path, "contradicted")


def test_a_bare_count_joins_another_page_before_its_own(tmp_path: Path) -> None:
    # "lasted nine days" agrees with its own page's "nine-day siege" and with the other
    # page's "nine-day assault" (which names another noun, so it never joins the siege):
    # it joins the other page's, where it corroborates something
    _write(tmp_path, {
        "a.md": ("Fort Marrow siege ends",
                 "The nine-day siege of Fort Marrow ended at dawn.\n\n"
                 "The siege of Fort Marrow lasted nine days, the Marrow council said."),
        "b.md": ("Fort Marrow garrison surrenders",
                 "Fort Marrow held out through the whole of the nine-day assault."),
    })
    report = check([str(tmp_path)], AS_OF)
    held = [{(c.path.rsplit("/", 1)[-1], c.text) for c in f.claims} for f in report.findings
            if f.verdict == "corroborated" and f.kind == "figure"]
    assert any(("a.md", "The siege of Fort Marrow lasted nine days, the Marrow council "
                "said.") in h and any(p == "b.md" for p, _ in h) for h in held)


def test_bare_lengths_in_two_units_or_roundings_never_clash(tmp_path: Path) -> None:
    # "about two weeks" and "41 days" told alike of one crew: a rounding and an exact
    # count in two units may be two things (before and after docking), never a clash
    _write(tmp_path, {
        "a.md": ("Tessaly-4 crew back from Station Kestrel",
                 "The Tessaly-4 crew spent about two weeks in orbit before docking at "
                 "Station Kestrel."),
        "b.md": ("Tessaly-4 crew back from Station Kestrel",
                 "The Tessaly-4 crew spent 41 days aboard Station Kestrel after docking."),
    })
    assert not _findings(tmp_path, "contradicted")

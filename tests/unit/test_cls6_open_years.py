"""A day and month an undated page gives with no year, told with its weekday ("on
Saturday, May 16"), is read in the year nearest the one dated page of a folder of one
event's size when it falls on that weekday there: the weekday tells the year. Told
without a weekday, or with one that year's day does not fall on, its year stays open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.match import _weekday_told
from pages import article, holding, run

REOPENED = "The Varden Clock Museum reopened to visitors on {day}, after a two-year refit."


def _pages(digest_day: str, weekday: str = "Saturday") -> dict[str, str]:
    return {
        # an undated page: its day has no year of its own
        "a.md": article("Horology Notes", None, "# Varden clocks back on show",
                        REOPENED.format(day=f"{weekday}, May 16"),
                        "", "Its curators spent the closure restoring 140 longcase clocks."),
        "b.md": article("Museum Brief AI", None, "# Varden Clock Museum: the timeline", "",
                        "## Timeline", "",
                        "- **2 Mar 2024** - Museum closes for its refit.",
                        f"- **{digest_day}** - Museum reopens to visitors."),
        # the folder's one dated page, of the week after
        "c.md": article("Varden Gazette", "2026-05-20", "# Queues at the clock museum",
                        "Long queues formed again at the Varden Clock Museum on Tuesday."),
    }


def test_the_weekday_checks_the_year() -> None:
    assert _weekday_told("on Saturday, May 16, after a refit", dt.date(2026, 5, 16)) is True
    assert _weekday_told("on Saturday, May 16, after a refit", dt.date(2027, 5, 16)) is False
    assert _weekday_told("on Saturday 16 May", dt.date(2025, 5, 16)) is False
    assert _weekday_told("on May 16", dt.date(2025, 5, 16)) is None  # no weekday told


def test_a_day_without_its_year_agrees_with_the_digest(tmp_path: Path) -> None:
    report = run(tmp_path, _pages("16 May 2026"))
    agreed = [f for f in holding(report, "reopened to visitors") if f.kind == "timeline"]
    assert agreed and agreed[0].verdict == "corroborated"
    assert {c.value for c in agreed[0].claims} == {"2026-05-16"}


def test_a_day_without_its_year_clashes_with_another_day(tmp_path: Path) -> None:
    report = run(tmp_path, _pages("9 May 2026"))
    clashed = [f for f in holding(report, "reopened to visitors") if f.verdict == "contradicted"]
    assert clashed
    assert {c.value for c in clashed[0].claims} == {"2026-05-16", "2026-05-09"}


def test_a_day_without_its_weekday_keeps_the_year_open(tmp_path: Path) -> None:
    """False-alarm guard: one dated page is no folder of one event's weeks, and "on May
    16" alone does not tell its year."""
    pages = _pages("9 May 2026")
    pages["a.md"] = pages["a.md"].replace("Saturday, May 16", "May 16")
    report = run(tmp_path, pages)
    assert report.summary.contradicted == 0


def test_a_weekday_of_another_year_keeps_the_year_open(tmp_path: Path) -> None:
    """False-alarm guard: May 16 is a Saturday in 2026, so "Friday, May 16" is of another
    year, and its day does not clash with the digest's."""
    report = run(tmp_path, _pages("9 May 2026", weekday="Friday"))
    assert report.summary.contradicted == 0

"""A digest's timeline row ("**6 May 2026** - East wing unveiled near Orrin Quay.") meets the
report sentence of the same happening on another page of one event's folder, so that a
different date is a contradiction; a row of another happening on another day is not.
Each case is a small folder of articles written for the test, checked end to end."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report
from pages import article, holding, run


def digest(date: str, *rows: str) -> str:
    return article("Gallery Digest", date, "Museum news: what we know", "",
                   "The refit cost more than planned, the digest says.", "",
                   "## Timeline", "", *(f"- {row}" for row in rows))


def timeline_verdicts(report: Report, *spans: str) -> list[str]:
    return [f.verdict for f in holding(report, *spans) if f.kind == "timeline"]


def contradicted(report: Report) -> list[str]:
    return [f.verdict for f in report.findings if f.verdict == "contradicted"]


# a page naming the village once, in a dated sentence that is not the unveiling's
MUSEUM = article(
    "Quill Press", "2026-05-20", "Craft museum shows its barges", "",
    "The Tidewater Craft Museum reopened on May 19 after a two-year refit near the "
    "village of Orrin Quay, its director Ilse Varga said.", "",
    "The east wing was unveiled to visitors at 10:00 on Saturday, May 16, with a display "
    "of river barges.")


def test_a_row_naming_a_place_its_report_page_gives_elsewhere_clashes(tmp_path: Path) -> None:
    """The row names Orrin Quay, which the unveiling's sentence does not give but its page
    does, in another dated sentence: one unveiling, dated ten days apart."""
    report = run(tmp_path, {
        "a.md": MUSEUM,
        "b.md": digest("2026-05-22", "**6 May 2026** - East wing unveiled near Orrin Quay."),
    })
    assert timeline_verdicts(report, "**6 May 2026** - East wing unveiled",
                             "unveiled to visitors") == ["contradicted"]


def test_a_row_of_another_happening_on_another_day_does_not_clash(tmp_path: Path) -> None:
    """A row of the same place telling another happening ("barge collection arrives") is
    no summary of the unveiling, whatever names and words the two share."""
    report = run(tmp_path, {
        "a.md": MUSEUM,
        "b.md": digest("2026-05-22", "**12 May 2026** - Barge collection arrives at Orrin Quay."),
    })
    assert not contradicted(report)


def test_a_row_naming_a_place_no_page_gives_does_not_clash(tmp_path: Path) -> None:
    """A name neither the sentence nor its page gives is another place's happening."""
    report = run(tmp_path, {
        "a.md": MUSEUM,
        "b.md": digest("2026-05-22", "**6 May 2026** - East wing unveiled near Dunwell Cross."),
    })
    assert not contradicted(report)


def salvage(*extra: str) -> str:
    return article("Quill Press", "2026-06-10", "Hoard raised from the river", "",
                   "Divers lifted the hoard from the riverbed on June 4.", "", *extra)


def test_a_rows_subject_its_report_page_names_counts_as_told(tmp_path: Path) -> None:
    """"Museum lifts hoard": the sentence tells who lifted it otherwise (divers), and its
    page speaks of the museum in another dated sentence: one lifting, ten days apart."""
    report = run(tmp_path, {
        "a.md": salvage("The museum first sighted the wreck on May 2."),
        "b.md": digest("2026-06-20", "**14 Jun 2026** - Museum lifts hoard."),
    })
    assert timeline_verdicts(report, "Museum lifts hoard",
                             "lifted the hoard") == ["contradicted"]


def test_a_rows_subject_no_page_names_is_not_told(tmp_path: Path) -> None:
    """The same row beside a page that never speaks of a museum tells too little of the
    sentence to be its happening."""
    report = run(tmp_path, {
        "a.md": salvage("The wreck was first sighted on May 2."),
        "b.md": digest("2026-06-20", "**14 Jun 2026** - Museum lifts hoard."),
    })
    assert not contradicted(report)


def chess(weekday: str) -> str:
    """An undated wire story whose dateline gives the day (March 9, a Monday in 2026)."""
    return article("Quill Press", None, "Lask takes the Arvenholm Open", "",
                   f"ARVENHOLM, Mar 9 (Quill Press) - Teodor Lask won the Arvenholm Open on "
                   f"{weekday}, drawing his last game with the black pieces.")


def test_a_dateline_day_whose_weekday_the_story_tells_gives_its_year(tmp_path: Path) -> None:
    """The undated story's dateline day is a Monday in the year of the folder's dated
    page, and the story tells "on Monday": its day is that year's, so a row dating the
    win a week earlier clashes with it."""
    report = run(tmp_path, {
        "a.md": chess("Monday"),
        "b.md": digest("2026-03-12", "**2 Mar 2026** - Teodor Lask wins the Arvenholm Open."),
    })
    assert timeline_verdicts(report, "Lask wins", "ARVENHOLM, Mar 9") == ["contradicted"]


def test_a_dateline_day_of_another_weekday_keeps_its_year_open(tmp_path: Path) -> None:
    """"On Sunday" beside a dateline of a Monday: the story was filed the day after, and
    the day and month tell no year, so the row may agree, never clash."""
    report = run(tmp_path, {
        "a.md": chess("Sunday"),
        "b.md": digest("2026-03-12", "**2 Mar 2026** - Teodor Lask wins the Arvenholm Open."),
    })
    assert not contradicted(report)


def test_only_the_dateline_days_own_weekday_tells_its_year() -> None:
    """"On Monday" beside a dateline of a Monday tells the year; another weekday, two
    weekdays, or "next Monday" (another week's) tell none."""
    import datetime as dt

    from factcheck.match import _weekday_told

    day = dt.date(2026, 3, 9)  # a Monday
    head = "ARVENHOLM, Mar 9 (Quill Press) - "
    assert _weekday_told(head + "Lask won the open on Monday.", day) is True
    assert _weekday_told(head + "Lask won the open on Sunday.", day) is None
    assert _weekday_told(head + "Lask plays again next Monday.", day) is None
    assert _weekday_told(head + "Lask won on Monday after a loss on Sunday.", day) is None
    assert _weekday_told("Lask won the open on Monday.", day) is None

"""A summary line (a timeline's row, "**4 Mar 2026** - HSB approves the dredging plan.")
tells in a few words the happening a sentence of another page tells in full: in one event's
folder the two are one happening, so their dates may clash. Each case is a small folder of
articles written for the test, checked end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.extract.dates import find_dates
from factcheck.models import Report
from pages import article, holding, run

page = article  # a dated article of one outlet


WIRE = page("Coastwire", "2026-03-20", "Harbour board clears Kelvane dredging",
            "PORT ELLA (Coastwire) - The Harbour Safety Board approved the Kelvane channel "
            "dredging plan on March 18, clearing the way for larger grain ships.")


def digest(*rows: str) -> str:
    return page("Port Digest", "2026-03-21", "Kelvane dredging: what we know", "",
                "Grain ships will reach the Kelvane quays by summer under the new plan.", "",
                "## Timeline", "", *(f"- {row}" for row in rows))


def timeline_verdicts(report: Report, *spans: str) -> list[str]:
    return [f.verdict for f in holding(report, *spans) if f.kind == "timeline"]


def test_a_timeline_row_that_summarises_a_happening_with_another_date_clashes(
        tmp_path: Path) -> None:
    """"HSB approves Kelvane dredging" names the board by its initials and tells
    the verb and the plan of the wire's sentence: the same approval, dated two weeks
    apart."""
    report = run(tmp_path, {
        "a.md": WIRE,
        "b.md": digest("**4 Mar 2026** - HSB approves Kelvane dredging."),
    })
    assert timeline_verdicts(report, "**4 Mar 2026** - HSB approves",
                             "dredging plan on March 18") == ["contradicted"]


def test_a_row_of_another_happening_does_not_clash(tmp_path: Path) -> None:
    """A row telling what the sentence does not ("rejects", "first hearing") is another
    happening of the story, however many names it shares."""
    report = run(tmp_path, {
        "a.md": WIRE,
        "b.md": digest("**4 Mar 2026** - HSB rejects the first Kelvane plan.",
                       "**9 Mar 2026** - Kelvane ship owners lodge an appeal."),
    })
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_a_series_word_the_sentence_does_not_tell_is_another_happening(
        tmp_path: Path) -> None:
    """"First inspection of the Kelvane channel" and "the second inspection of the Kelvane
    channel": two of a series, never one happening with two dates."""
    report = run(tmp_path, {
        "a.md": page("Coastwire", "2026-03-20", "Kelvane inspections",
                     "Divers completed the second inspection of the Kelvane channel on "
                     "March 18, the harbour said."),
        "b.md": digest("**4 Mar 2026** - First inspection of the Kelvane channel."),
    })
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_a_long_line_is_no_summary(tmp_path: Path) -> None:
    """A sentence of many words is a report of its own, not a summary line: one that holds
    the wire's words but tells more is no evidence of one happening."""
    report = run(tmp_path, {
        "a.md": WIRE,
        "b.md": page("Port Digest", "2026-03-21", "Kelvane dredging", "",
                     "On March 4 the Harbour Safety Board approved the Kelvane dredging plan "
                     "for the northern berths only, pending a separate review of the silt "
                     "disposal sites near the estuary."),
    })
    assert not timeline_verdicts(report, "On March 4", "dredging plan on March 18")


def test_the_same_row_in_a_folder_of_many_stories_does_not_clash(tmp_path: Path) -> None:
    """Outside one event's folder (two folders here) a summary line is no evidence."""
    (tmp_path / "wire").mkdir()
    (tmp_path / "digest").mkdir()
    report = run(tmp_path, {
        "wire/a.md": WIRE,
        "digest/b.md": digest("**4 Mar 2026** - HSB approves Kelvane dredging."),
    })
    assert not timeline_verdicts(report, "**4 Mar 2026** - HSB approves",
                                 "dredging plan on March 18")


def test_a_weekday_before_a_written_date_reads_the_written_date() -> None:
    """"on Monday, November 9" and "Friday 20 November" date their day as written: the
    weekday names it, the page's date does not move it."""
    page_date = dt.date(2026, 11, 23)
    for text, day in (("shortly before 4 a.m. on Monday, November 9, as the shift", (11, 9)),
                      ("opened on Friday 20 November", (11, 20))):
        (match,) = find_dates(text, page_date)
        assert match.value is not None and match.value.value == f"2026-{day[0]:02d}-{day[1]:02d}"
        assert match.month_day == day
    (alone,) = find_dates("it failed on Tuesday", page_date)
    assert alone.month_day is None and alone.relative


def test_a_designation_the_sentence_does_not_give_is_another_happening(
        tmp_path: Path) -> None:
    """"Crane collapse at Pier 4" is not "a crane collapsed at Pier 7": the number after
    a name tells which pier, so the two are two happenings whatever words they share."""
    report = run(tmp_path, {
        "a.md": page("Coastwire", "2026-03-20", "Crane collapse at Port Ella",
                     "A harbour crane collapsed onto the quay at Pier 7 on March 18, "
                     "injuring two dock workers."),
        "b.md": digest("**4 Mar 2026** - Harbour crane collapse at Pier 4."),
    })
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_a_two_word_row_needs_a_sentence_of_one_date(tmp_path: Path) -> None:
    """"Tendering opens" tells two words: it is the happening of a sentence that tells both
    and dates one day only; a sentence of two dates may tell of either."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = run(tmp_path / "one", {
        "a.md": page("Coastwire", "2026-03-20", "Kelvane dredging tender",
                     "Tendering opened on March 2 for the Kelvane channel works."),
        "b.md": digest("**9 Mar 2026** - Tendering opens."),
    })
    assert timeline_verdicts(one, "Tendering opens", "Tendering opened on March 2") == [
        "contradicted"]
    two = run(tmp_path / "two", {
        "a.md": page("Coastwire", "2026-03-20", "Kelvane dredging tender",
                     "Tendering opened on March 2 and closed on March 16 for the Kelvane "
                     "channel works."),
        "b.md": digest("**9 Mar 2026** - Tendering opens."),
    })
    assert not timeline_verdicts(two, "Tendering opens", "Tendering opened on March 2")

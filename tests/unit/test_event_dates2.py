"""Dated facts told in two shapes: a timeline row in other words than the report's
sentence, a row out of its timeline's order, a weekday the story's own dateline anchors,
a year as the date of a past happening, and one move told of two days. Each case is a
small folder of articles written for the test, checked end to end."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report
from pages import article, holding, run

page = article  # a dated article of one outlet


def digest(date: str, *rows: str) -> str:
    return page("Stage Digest", date, "# What we know", "",
                "The dispute has closed the house for most of the season.", "",
                "## Timeline", "", *(f"- {row}" for row in rows))


def verdicts(report: Report, kind: str, *spans: str) -> list[str]:
    return [f.verdict for f in holding(report, *spans) if f.kind == kind]


def contradicted(report: Report) -> list[str]:
    return [f.kind for f in report.findings if f.verdict == "contradicted"]


OPERA = page("Curtain Wire", "2026-03-20", "Lenby Opera stagehands walk out",
             "The stagehands' walkout began on March 2, and the Lenby Opera House has "
             "cancelled every performance since.")


def test_a_row_in_other_words_is_the_reports_happening(tmp_path: Path) -> None:
    """"Strike begins" tells in other words (data/happenings.yaml) what "the walkout began"
    tells: one happening of one folder, dated ten days apart."""
    report = run(tmp_path, {
        "a.md": OPERA,
        "b.md": digest("2026-03-21", "**12 Mar 2026** - Strike begins.",
                       "**18 Mar 2026** - Talks at the Lenby Opera House fail."),
    })
    assert verdicts(report, "timeline", "Strike begins", "walkout began") == ["contradicted"]


def test_another_moment_of_the_happening_does_not_clash(tmp_path: Path) -> None:
    """"Strike ends" is the other end of the walkout: no clash with when it began."""
    report = run(tmp_path, {
        "a.md": OPERA,
        "b.md": digest("2026-03-21", "**12 Mar 2026** - Strike ends.",
                       "**18 Mar 2026** - Talks at the Lenby Opera House fail."),
    })
    assert "timeline" not in contradicted(report)


def test_a_row_out_of_its_timelines_order_is_no_plan(tmp_path: Path) -> None:
    """A timeline running forward whose first row is dated after its page's day, above
    rows of the past, holds a past row dated wrong: it clashes with the report of when the
    happening began. The same row at the end of the timeline is a plan and never clashes."""
    (tmp_path / "wrong").mkdir()
    wrong = run(tmp_path / "wrong", {
        "a.md": OPERA,
        "b.md": digest("2026-03-21", "**2 Apr 2026** - Strike begins.",
                       "**10 Mar 2026** - Lenby Opera House cancels the spring gala.",
                       "**18 Mar 2026** - Talks at the Lenby Opera House fail."),
    })
    assert verdicts(wrong, "timeline", "Strike begins", "walkout began") == ["contradicted"]
    (tmp_path / "plan").mkdir()
    plan = run(tmp_path / "plan", {
        "a.md": OPERA,
        "b.md": digest("2026-03-21",
                       "**10 Mar 2026** - Lenby Opera House cancels the spring gala.",
                       "**18 Mar 2026** - Talks at the Lenby Opera House fail.",
                       "**2 Apr 2026** - Strike begins."),
    })
    assert "contradicted" not in verdicts(plan, "timeline", "Strike begins", "walkout began")


INSURER = ("The Velda Insurance Authority on Thursday approved Marrow Mutual's takeover of "
           "Ostby Life after Marrow agreed to sell its motor book.")


def test_a_weekday_the_storys_dateline_anchors_may_clash(tmp_path: Path) -> None:
    """"VELDA, Mar 19 (Insurewire) - … on Thursday approved …" on a page of March 19: the
    story says the day it was filed, so its Thursday is March 19 as a written day is, and
    a row telling the approval in other words ("the takeover" is "the deal") a month
    earlier clashes."""
    report = run(tmp_path, {
        "a.md": page("Insurewire", "2026-03-19", "Regulator clears insurer deal",
                     f"VELDA, Mar 19 (Insurewire) - {INSURER}"),
        "b.md": page("Cover Digest", "2026-03-21", "# Marrow and Ostby", "",
                     "The merged insurer will be the largest in Velda.", "", "## Timeline",
                     "", "- **19 Feb 2026** - VIA approves the deal."),
    })
    assert verdicts(report, "timeline", "VIA approves", "on Thursday approved") == [
        "contradicted"]


def test_a_weekday_read_against_the_page_date_alone_does_not_clash(tmp_path: Path) -> None:
    """Without a dateline the Thursday is read against the page's date only, which may be
    the page's error: the row may agree, never clash."""
    report = run(tmp_path, {
        "a.md": page("Insurewire", "2026-03-19", "Regulator clears insurer deal", INSURER),
        "b.md": page("Cover Digest", "2026-03-21", "# Marrow and Ostby", "",
                     "The merged insurer will be the largest in Velda.", "", "## Timeline",
                     "", "- **19 Feb 2026** - VIA approves the deal."),
    })
    assert "timeline" not in contradicted(report)


def test_a_dateline_and_a_weekday_before_the_day_written_are_one_date(tmp_path: Path) -> None:
    """"TARNBY, Mar 13 (Ferrywire) - … on Friday, March 13, …" dates one day only: a
    two-word row ("Terminal reopens") that tells both its words may clash with it."""
    report = run(tmp_path, {
        "a.md": page("Ferrywire", "2026-03-13", "Tarnby terminal back in use",
                     "TARNBY, Mar 13 (Ferrywire) - Tarnby reopened its ferry terminal at 9 "
                     "a.m. on Friday, March 13, after storm damage had kept it shut for "
                     "four days."),
        "b.md": page("Harbour Brief", "2026-03-16", "# Tarnby storm", "",
                     "Crossings are running to the winter timetable.", "", "## Timeline",
                     "", "- **15 Mar 2026** - Terminal reopens."),
    })
    assert verdicts(report, "timeline", "Terminal reopens", "reopened its ferry terminal") == [
        "contradicted"]


CHESS_A = page("Board Wire", "2026-11-10", "Varnik sets a record",
               "Varnik scored 98 points at the Oslen arena on Sunday. The old mark was set "
               "at Dervik in 2009.")
CHESS_B = page("Chess Daily", "2026-11-11", "Varnik sets a record",
               "Varnik scored 98 points at the Oslen arena on Sunday. The old mark was set "
               "at Dervik in 2019.")


def test_one_sentence_told_with_two_years_clashes(tmp_path: Path) -> None:
    """The same words told with another year by another source of the folder: a copy that
    moved the year."""
    report = run(tmp_path, {"a.md": CHESS_A, "b.md": CHESS_B})
    assert verdicts(report, "timeline", "Dervik in 2009", "Dervik in 2019") == ["contradicted"]


def test_years_of_two_wordings_do_not_clash(tmp_path: Path) -> None:
    """Two past happenings a year dates in other words are two happenings (a town that
    hosted a final in 2009 and staged a tournament in 2019), and one source giving both
    years tells of two."""
    report = run(tmp_path, {
        "a.md": page("Board Wire", "2026-11-10", "Dervik chess",
                     "Dervik hosted the national final in 2009, organisers said."),
        "b.md": page("Chess Daily", "2026-11-11", "Dervik chess",
                     "Dervik staged a junior tournament in 2019, organisers said."),
        "c.md": page("Pawn Post", "2026-11-12", "Dervik records",
                     "The old mark was set at Dervik in 2009. Another old mark was set at "
                     "Dervik in 2019."),
    })
    assert "timeline" not in contradicted(report)


def test_the_last_one_of_a_happening_is_one_happening(tmp_path: Path) -> None:
    """"Mount Ostra last erupted in 1952" and "the last eruption, in 1925": the most
    recent eruption before the story, one happening however it is worded. "The first
    eruption" is another."""
    last = page("Fjord Wire", "2026-05-04", "Mount Ostra erupts",
                "Mount Ostra last erupted in 1952, when ash fell on three valleys.")
    (tmp_path / "one").mkdir()
    report = run(tmp_path / "one", {
        "a.md": last,
        "b.md": page("Valley Post", "2026-05-05", "Ostra ash",
                     '"My father told me about the last eruption, in 1925," said Ola Berg, '
                     "a farmer below Mount Ostra."),
    })
    assert verdicts(report, "timeline", "in 1952", "in 1925") == ["contradicted"]
    (tmp_path / "two").mkdir()
    other = run(tmp_path / "two", {
        "a.md": last,
        "b.md": page("Valley Post", "2026-05-05", "Ostra ash",
                     '"My father told me about the first eruption, in 1925," said Ola Berg, '
                     "a farmer below Mount Ostra."),
    })
    assert "timeline" not in contradicted(other)


def test_one_move_told_of_two_days_clashes(tmp_path: Path) -> None:
    """A named owner's move of one value, told once by each source, on Monday by one and
    Tuesday by the other: one move whose day one side gives wrong."""
    report = run(tmp_path, {
        "a.md": page("Insurewire", "2026-03-17", "Marrow Mutual slides",
                     "Marrow Mutual shares fell 6 per cent on "
                     "Monday after the insurer cut its dividend."),
        "b.md": page("Cover Digest", "2026-03-18", "Marrow Mutual slides",
                     "Marrow Mutual shares fell 6 per cent on "
                     "Tuesday after the insurer cut its dividend."),
    })
    assert verdicts(report, "figure", "on Monday", "on Tuesday") == ["contradicted"]


def test_a_source_telling_two_moves_tells_two_days(tmp_path: Path) -> None:
    """A source that tells the owner's shares moving on two days tells of two moves: its
    Tuesday's fall is no other source's Monday's."""
    report = run(tmp_path, {
        "a.md": page("Insurewire", "2026-03-17", "Marrow Mutual slides",
                     "Marrow Mutual shares fell 6 per cent on "
                     "Monday. Marrow Mutual shares rose 2 per cent on Tuesday."),
        "b.md": page("Cover Digest", "2026-03-18", "Marrow Mutual slides",
                     "Marrow Mutual shares fell 6 per cent on "
                     "Tuesday after the insurer cut its dividend."),
    })
    assert "figure" not in contradicted(report)


def test_a_row_of_the_day_sharing_two_words_agrees(tmp_path: Path) -> None:
    """"**9 Jun** - Storm hits; harvest halted." and "the storm flattened the barley
    harvest on 9 June": one folder's day, two words in common ("harvest" by its stem):
    they agree."""
    report = run(tmp_path, {
        "a.md": page("Farm Wire", "2026-06-10", "Storm flattens Orrin barley",
                     "A hail storm flattened the barley harvest across Orrin on 9 June, "
                     "growers said."),
        "b.md": page("Field Notes", "2026-06-11", "Orrin storm", "", "## Timeline", "",
                     "- **9 Jun 2026** - Storm hits; harvesting halted."),
    })
    assert verdicts(report, "timeline", "harvesting halted", "flattened the barley") == [
        "corroborated"]


def test_a_row_sharing_one_word_with_another_thing_stays_apart(tmp_path: Path) -> None:
    """A row that names no one and shares one word only with a sentence of its day
    ("magnitude") tells another thing (a main shock beside an aftershock): no agreement."""
    report = run(tmp_path, {
        "a.md": page("Quake Wire", "2026-06-10", "Valley quake",
                     "A magnitude 4.2 aftershock on Tuesday, June 9, shook the valley, "
                     "officials said."),
        "b.md": page("Quake Digest", "2026-06-11", "Valley quake", "", "## Timeline", "",
                     "- **9 Jun 2026** - Magnitude 6.1 earthquake strikes."),
    })
    assert not verdicts(report, "timeline", "earthquake strikes", "aftershock on Tuesday")


def test_a_dateline_dates_no_event_of_a_dated_page(tmp_path: Path) -> None:
    """"LENBY, Jun 12 (Farm Wire) - … recorded its wettest day on record on Thursday": the
    event's day is the Thursday (June 11), anchored by the dateline of the page's day,
    not the filing day; a row telling the record in other words on June 9 clashes."""
    report = run(tmp_path, {
        "a.md": page("Farm Wire", "2026-06-12", "Orrin rain record",
                     "LENBY, Jun 12 (Farm Wire) - Orrin recorded its wettest day on record on "
                     "Thursday, when the gauge at the Lenby Downs station filled, the Orrin "
                     "Weather Office said."),
        "b.md": page("Rain Desk", "2026-06-14", "Orrin rain", "", "## Timeline", "",
                     "- **9 Jun 2026** - Wettest day record set at Lenby Downs."),
    })
    found = holding(report, "Wettest day record set", "wettest day on record")
    assert [f.verdict for f in found if f.kind == "timeline"] == ["contradicted"]
    values = {c.value for f in found for c in f.claims}
    assert "2026-06-11" in values and "2026-06-12" not in values


def test_one_figure_sentence_told_with_two_years_clashes(tmp_path: Path) -> None:
    """"Growers must replant 40% of the orchards by 2031." and the same words "by 2029"
    from another source of the folder: a copy that moved the year. Other words with
    another year are another plan."""
    (tmp_path / "one").mkdir()
    report = run(tmp_path / "one", {
        "a.md": page("Farm Wire", "2026-06-10", "Orchard plan",
                     "Growers must replant 40% of the orchards by 2031."),
        "b.md": page("Field Notes", "2026-06-11", "Orchard plan",
                     "Growers must replant 40% of the orchards by 2029."),
    })
    assert verdicts(report, "figure", "by 2031", "by 2029") == ["contradicted"]
    (tmp_path / "two").mkdir()
    other = run(tmp_path / "two", {
        "a.md": page("Farm Wire", "2026-06-10", "Orchard plan",
                     "Growers must replant 40% of the orchards by 2031."),
        "b.md": page("Field Notes", "2026-06-11", "Orchard plan",
                     "The ministry wants 40% of vineyards irrigated by 2029."),
    })
    assert "figure" not in contradicted(other)


def _filed(row: str, tmp_path: Path) -> list[str]:
    report = run(tmp_path, {
        "a.md": page("Insurewire", "2026-03-19", "Regulator clears insurer deal",
                     "VELDA, Mar 19 (Insurewire) - The Velda Insurance Authority approved "
                     "Marrow Mutual's takeover of Ostby Life after Marrow agreed to sell its "
                     "motor book."),
        "b.md": page("Cover Digest", "2026-03-27", "# Marrow and Ostby", "",
                     "The merged insurer will be the largest in Velda.", "", "## Timeline",
                     "", f"- {row}"),
    })
    return verdicts(report, "timeline", "VIA approves", "Insurance Authority approved")


def test_a_dateline_day_is_the_week_up_to_it(tmp_path: Path) -> None:
    """A wire story with no day of its own tells of a happening of its dateline's day or
    of the days just before it: a row of the day before agrees, a row after the filing
    day or weeks before it clashes."""
    for n, (row, verdict) in enumerate((
            ("**18 Mar 2026** - VIA approves the deal.", "corroborated"),
            ("**24 Mar 2026** - VIA approves the deal.", "contradicted"),
            ("**2 Mar 2026** - VIA approves the deal.", "contradicted"))):
        (tmp_path / str(n)).mkdir()
        assert _filed(row, tmp_path / str(n)) == [verdict], row

"""Dated happenings across sources: one happening told in other words (a signing, a
sentencing, a ballot, a meeting, a quake) is one event whose dates may clash; two
happenings never are. Each case is a small folder of articles written for the test,
checked end to end."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report
from pages import article, holding, run

page = article  # a dated article of one outlet


def test_a_time_of_day_after_a_timeline_date_is_part_of_the_date(tmp_path: Path) -> None:
    """"**14 Mar 2025, 22:10** - Cyclone … strikes" dates the event to March 14: the time
    of day is no part of the event, and the line is quoted as written."""
    report = run(tmp_path, {
        "a.md": page("Storm Brief", "2025-03-16", "Cyclone Merit: what we know", "",
                     "Cyclone Merit tore across the southern coast this week, leaving "
                     "thousands of homes without power for two days.", "",
                     "## Timeline", "",
                     "- **14 Mar 2025, 22:10** - Cyclone Merit strikes the coast near Port "
                     "Lenn.",
                     "- **15 Mar 2025** - Power restored to most of Port Lenn."),
        "b.md": page("Coast Weather Desk", "2025-03-15", "Cyclone Merit batters Port Lenn",
                     "Cyclone Merit, which struck the coast near Port Lenn at 10:10 p.m. on "
                     "Thursday, March 13, tore roofs from hundreds of homes."),
    })
    timeline = [c for f in report.findings for c in f.claims
                if f.kind == "timeline" and c.text.startswith("**14 Mar 2025, 22:10**")]
    assert [c.value for c in timeline] == ["2025-03-14"]
    clash = [f for f in holding(report, "**14 Mar 2025, 22:10**", "on Thursday, March 13")
             if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]


def test_an_undated_pages_day_in_a_folder_of_dated_weeks_may_clash(tmp_path: Path) -> None:
    """With two dated pages of one week in the folder, an undated page's "on 11 June" is
    June 11 of their year; the ballot it dates clashes with the one dated June 4, and the
    digest's "Ballot of members" of that day (one kind of happening, no names) joins it."""
    report = run(tmp_path, {
        "a.md": page("Dock Digest", "2025-06-06", "Port Lenn pay dispute explained", "",
                     "Dock workers at Port Lenn have settled a pay dispute that disrupted "
                     "shipping along the coast for most of the spring.", "",
                     "## Timeline", "",
                     "- **2 Jun 2025** - Talks break down.",
                     "- **4 Jun 2025** - Ballot of members."),
        "b.md": page("Harbour Labour News", "2025-06-05", "Dockers accept pay offer",
                     "Dock workers at Port Lenn voted to accept the revised pay offer on "
                     "Wednesday, June 4, ending a month of overtime bans."),
        "c.txt": "Dockers accept pay offer\n\nDock workers at Port Lenn voted to accept the "
                 "revised pay offer on 11 June, ending a month of overtime bans.\n",
    })
    clash = [f for f in holding(report, "Ballot of members", "on Wednesday, June 4",
                                "on 11 June") if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]
    assert report.summary.contradicted == 1


def test_an_undated_pages_day_with_one_dated_page_never_clashes(tmp_path: Path) -> None:
    """One dated page is no folder of one event's weeks: the undated day may agree, never
    clash."""
    report = run(tmp_path, {
        "b.md": page("Harbour Labour News", "2025-06-05", "Dockers accept pay offer",
                     "Dock workers at Port Lenn voted to accept the revised pay offer on "
                     "Wednesday, June 4, ending a month of overtime bans."),
        "c.txt": "Dockers accept pay offer\n\nDock workers at Port Lenn voted to accept the "
                 "revised pay offer on 11 June, ending a month of overtime bans.\n",
    })
    assert report.summary.contradicted == 0


def test_one_signing_told_in_two_wordings_may_clash(tmp_path: Path) -> None:
    """"Reyl signs" in a digest's timeline and "completed the signing" on a page about
    Reyl are one kind of happening (a signing, whatever verb tells it) with one
    participant: their days clash."""
    report = run(tmp_path, {
        "a.md": page("Stage Digest", "2025-03-04", "Tomas Reyl joins the Harbour Playhouse",
                     "", "The Harbour Playhouse has added the actor Tomas Reyl to its "
                     "company for the coming season, its director said this week.", "",
                     "## Timeline", "",
                     "- **20 Feb 2025** - First approach by the Playhouse.",
                     "- **1 Mar 2025** - Reyl signs before the casting deadline."),
        "b.md": page("Footlights Weekly", "2025-03-02", "Reyl to the Playhouse",
                     "Tomas Reyl toured the Harbour Playhouse on Friday, February 28, "
                     "Reyl's agent said."),
        "c.txt": "Harbour Playhouse signs Tomas Reyl\n\nThe Harbour Playhouse completed the "
                 "signing on March 3, and the actor agreed a two-season contract with the "
                 "company.\n\nReyl played the lead in three productions last year.\n",
    })
    clash = [f for f in holding(report, "Reyl signs before", "completed the signing")
             if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]


def test_two_signings_of_two_people_never_clash(tmp_path: Path) -> None:
    """Two signings of one company a few days apart, each naming its own actor, are two
    happenings."""
    report = run(tmp_path, {
        "a.md": page("Stage Digest", "2025-03-04", "Harbour Playhouse casting news",
                     "", "The Harbour Playhouse has added two actors to its company for the "
                     "coming season, its director said this week.", "",
                     "## Timeline", "",
                     "- **1 Mar 2025** - Tomas Reyl signs before the casting deadline."),
        "b.md": page("Footlights Weekly", "2025-03-04", "Playhouse adds Ines Calder",
                     "The Harbour Playhouse completed the signing of Ines Calder on March 3, "
                     "its director said."),
    })
    assert report.summary.contradicted == 0


def test_a_day_said_of_a_happening_dates_it_whatever_else_is_dated(tmp_path: Path) -> None:
    """"backed the deal in Wednesday's ballot, the union said on Thursday": the ballot is
    Wednesday's, though the sentence dates two days; another day said of the ballot
    clashes with it. A sentence whose days are said of no happening still may not."""
    report = run(tmp_path, {
        "a.md": page("Harbour Labour News", "2025-06-06", "Dockers back pay deal",
                     "Dock workers at Port Lenn backed the pay deal in Wednesday's ballot, "
                     "the union said on Thursday."),
        "b.md": page("Coast Wire", "2025-06-13", "Port Lenn dockers accept deal",
                     "Dock workers at Port Lenn backed the pay deal in the June 11 ballot, "
                     "the union said."),
    })
    clash = [f for f in holding(report, "in Wednesday's ballot", "the June 11 ballot")
             if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]
    report = run(tmp_path, {
        "a.md": page("Harbour Labour News", "2025-06-06", "Dockers back pay deal",
                     "Dock workers at Port Lenn backed the pay deal on Wednesday, the union "
                     "said on Thursday."),
    })
    assert report.summary.contradicted == 0


def _next_meeting(tmp_path: Path, other: str, published: str,
                  day: str = "17 Apr 2025") -> Report:
    return run(tmp_path, {
        "a.md": page("Port Ledger", "2025-04-02", "Port authority holds harbour dues",
                     "The Lenn Port Authority kept its harbour dues unchanged on Tuesday.",
                     "The Lenn Port Authority's next board meeting is due on April 24."),
        "b.md": page("Shipping Brief", published, "Harbour dues: what we know", "",
                     "Harbour dues at Lenn stay where they are for now, the Lenn Port "
                     "Authority said after a long board meeting this week.", "",
                     "Shipping lines had asked the Lenn Port Authority for a cut.", "",
                     "## Timeline", "",
                     "- **1 Apr 2025** - Harbour dues held.",
                     f"- **{day}** - {other}"),
    })


def test_the_next_happening_of_a_kind_dated_two_ways_clashes(tmp_path: Path) -> None:
    """"the next board meeting is due on April 24" and a digest's "Next scheduled board
    meeting" on April 17, on pages of one week: one occurrence, two dates."""
    report = _next_meeting(tmp_path, "Next scheduled board meeting.", "2025-04-03")
    clash = [f for f in holding(report, "next board meeting is due", "Next scheduled board")
             if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]


def test_the_next_happening_of_another_body_or_week_never_clashes(tmp_path: Path) -> None:
    """The next meeting of another named body is another meeting; so is the next one a
    page of another month dates (the meeting recurs)."""
    report = _next_meeting(tmp_path, "The Tarrow Harbour Board's next meeting.", "2025-04-03")
    assert report.summary.contradicted == 0
    report = _next_meeting(tmp_path, "Next scheduled board meeting.", "2025-03-12",
                           "20 Mar 2025")
    assert report.summary.contradicted == 0
    # the next happening of another thing of the kind is another happening
    report = _next_meeting(tmp_path, "Next scheduled tariff decision.", "2025-04-03")
    assert report.summary.contradicted == 0


def test_when_a_span_of_selling_began_is_a_start_that_may_clash(tmp_path: Path) -> None:
    """"sold … between March 2023 and May 2025" and "sold … since March 2024" date the
    start of one span of selling two ways; "the most since 2019" dates nothing."""
    report = run(tmp_path, {
        "a.md": page("Farm Wire", "2025-06-10", "Seed recall widens",
                     "The recalled seed packets were sold at garden centres and online "
                     "between March 2023 and May 2025 for $4 to $6."),
        "b.md": page("Grower Daily", "2025-06-11", "Bad seed batch recalled",
                     "The recalled seed packets have been sold at garden centres and online "
                     "since March 2024 for $4 to $6, the most recalled since 2019."),
    })
    clash = [f for f in holding(report, "between March 2023", "since March 2024")
             if f.kind == "timeline"]
    assert [f.verdict for f in clash] == ["contradicted"]
    assert not [f for f in report.findings if f.kind == "timeline"
                and any(c.value == "2019" for c in f.claims)]


def test_a_period_after_a_plan_noun_is_a_plan_date(tmp_path: Path) -> None:
    """"expects … to return to its target in the second quarter of 2026" and "seen back at
    target in Q2 2026" give one plan's date: they agree, and never clash."""
    report = run(tmp_path, {
        "a.md": page("Air Ledger", "2025-05-02", "Lenn airport traffic recovers",
                     "The airport said it expected passenger numbers to return to its "
                     "growth target in the second quarter of 2026."),
        "b.md": page("Runway Brief", "2025-05-03", "Lenn airport: key points", "",
                     "Passenger traffic at Lenn airport keeps climbing after a weak winter, "
                     "the operator said on Friday.", "",
                     "## Key points", "",
                     "- Passenger numbers seen back at target in Q2 2026."),
        "c.md": page("Travel Wire", "2025-05-03", "Lenn traffic",
                     "Passenger numbers are expected to return to target in the third "
                     "quarter of 2026, the operator said."),
    })
    plan = [f for f in holding(report, "growth target in the second quarter",
                               "back at target in Q2 2026") if f.kind == "timeline"]
    assert [f.verdict for f in plan] == ["corroborated"]
    assert report.summary.contradicted == 0


def test_a_shock_and_its_aftershock_of_one_folder_never_clash(tmp_path: Path) -> None:
    """Two happenings of one kind (striking) at one place two days apart, one of a
    quake and one of its aftershock, are two happenings."""
    report = run(tmp_path, {
        "a.md": page("Quake Desk", "2025-02-11", "Strong quake shakes Port Lenn",
                     "A magnitude 6.1 earthquake struck Port Lenn on Sunday, February 9, "
                     "damaging the harbour wall."),
        "b.md": page("Coast Wire", "2025-02-12", "Aftershock rattles Port Lenn",
                     "A magnitude 4.9 aftershock struck Port Lenn on Tuesday, February 11, "
                     "cracking the harbour wall again."),
    })
    assert report.summary.contradicted == 0


def test_a_weekday_a_plan_gives_a_happening_is_the_one_to_come(tmp_path: Path) -> None:
    """"said on Monday it would hold talks … on Thursday", on a page of Monday June 9: the
    talks are on Thursday June 12 (the day to come, not the Thursday before), and agree
    with a timeline's "12 Jun"; Monday stays the day of the telling, no plan of it."""
    report = run(tmp_path, {
        "a.md": page("Health Service Journal", "2025-06-09", "Nurses to hold talks",
                     "The Lenn nurses' union said on Monday it would hold talks with the "
                     "hospital trust on Thursday."),
        "b.md": page("Ward Brief", "2025-06-10", "Lenn nurses' dispute: what we know", "",
                     "Nurses at Lenn General have refused overtime for a month in a dispute "
                     "over staffing, the union said this week.", "",
                     "## Timeline", "",
                     "- **12 Jun 2025** - Talks between the Lenn nurses' union and the "
                     "hospital trust begin."),
    })
    talks = [f for f in holding(report, "would hold talks", "12 Jun 2025")
             if f.kind == "timeline"]
    assert [f.verdict for f in talks] == ["corroborated"]
    assert {c.value for c in talks[0].claims} == {"2025-06-12"}
    assert not [c for f in report.findings for c in f.claims
                if f.kind == "timeline" and c.value == "2025-06-16"]
    assert report.summary.contradicted == 0


def test_an_age_before_a_verb_is_a_persons_not_a_start(tmp_path: Path) -> None:
    """"The 29-year-old signed a two-year deal" tells a person's age: no year anything
    began in."""
    report = run(tmp_path, {
        "a.md": page("Court Side", "2025-07-01", "Okafor joins Lenn Aces",
                     "The 29-year-old signed a two-year deal with the Lenn Aces on Monday."),
    })
    assert not [c for f in report.findings for c in f.claims
                if f.kind == "timeline" and c.value == "1996"]

"""Sentences about the future and about plans: the figures and days they give are facts
that meet the same figures and days told elsewhere; and the basis and the period of a
figure are its own clause's, not another clause's of the same sentence. Every sentence
here is written for the test, in fields of their own (shipping, farming, courts, opera,
insurance, chess, weather)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.extract import extract
from factcheck.extract.dates import deadline
from factcheck.load import load_one
from factcheck.models import Claim, FigureClaim, ForecastClaim, TimelineClaim
from pages import article, holding, run

page = article  # a dated article of one outlet


def claims(tmp_path: Path, date: str | None, *lines: str) -> list[Claim]:
    path = tmp_path / "a.md"
    path.write_text(page("Desk", date, "Notes from the desk", "", *lines), encoding="utf-8")
    return extract(load_one(str(path), path.name))


def figures(found: list[Claim]) -> dict[str, FigureClaim]:
    return {c.quantity.value: c for c in found if isinstance(c, FigureClaim)}


# ---- a plan's days ------------------------------------------------------------------------


def test_a_forecasts_deadline_is_the_day_or_month_it_is_for() -> None:
    """A day after "on" or "from" is the day a plan is for; a month or day written without
    its year is the next one after the page's date; a weekday keeps its own words."""
    ref = dt.date(2026, 10, 28)

    def due(text: str) -> dt.date | None:
        return deadline(text, ref, future=True)

    assert due("The board will publish its harvest figures on January 14.") == \
        dt.date(2027, 1, 14)
    assert due("The ferry will be back in service from March 2.") == dt.date(2027, 3, 2)
    assert due("The tribunal will rule in February.") == dt.date(2027, 2, 28)
    assert due("The line will close by the end of the year.") == dt.date(2026, 12, 31)
    assert due("She said last Friday that the club would sign two players this year.") == \
        dt.date(2026, 12, 31)
    # a weekday after a word of the future is the one to come; the day of a telling stays
    assert due("The jury said it would return its verdict on Thursday.") == \
        dt.date(2026, 10, 29)
    assert deadline("The jury said it would return its verdict on Thursday.",
                    dt.date(2026, 10, 30), future=True) == dt.date(2026, 11, 5)
    assert due("The court said on Monday that it would sit again.") == dt.date(2026, 10, 26)
    # read as a period of the past, a month is the one before the reference
    assert deadline("The tribunal will rule in February.", ref) == dt.date(2026, 2, 28)


def test_a_day_a_plan_is_for_is_a_planned_event(tmp_path: Path) -> None:
    """"will stage the premiere on February 6" on a page of November is a plan for
    February 6 of the next year: a forecast due that day and a planned dated event."""
    found = claims(tmp_path, "2026-11-20",
                   "The Harrow Opera will stage the premiere of its new Tosca on February 6.")
    plans = [c for c in found if isinstance(c, TimelineClaim)]
    assert [(c.date.value, c.planned) for c in plans] == [("2027-02-06", True)]
    due = [c.due for c in found if isinstance(c, ForecastClaim)]
    assert due == [dt.date(2027, 2, 6)]


def test_a_day_after_a_plans_marker_is_no_past_event_nor_the_pages_date(
        tmp_path: Path) -> None:
    """"plans to open on March 3, 2027" on an undated page is a plan of that day, not a
    day that happened, and it does not date the page."""
    found = claims(tmp_path, None,
                   "The Kessel ferry terminal plans to open on March 3, 2027, its owners said.",
                   "The harbour board met on 12 October 2026 to approve the berths.")
    dated = {c.date.value: c.planned for c in found if isinstance(c, TimelineClaim)}
    assert dated == {"2027-03-03": True, "2026-10-12": False}


def test_a_plans_day_in_prose_and_in_a_timeline_agree(tmp_path: Path) -> None:
    """A day a plan is for agrees with a timeline's entry after its page's date."""
    report = run(tmp_path, {
        "a.md": page("Stage Wire", "2026-11-20", "Harrow Opera season",
                     "The Harrow Opera will stage the premiere of its new Tosca on "
                     "February 6."),
        "b.md": page("Opera Notes", "2026-11-21", "Harrow Opera: the season", "",
                     "The Harrow Opera sold out its autumn run, the company said.", "",
                     "## Timeline", "",
                     "- **6 Feb 2027** - Premiere of the new Tosca at the Harrow Opera."),
    })
    plan = [f for f in holding(report, "will stage the premiere", "6 Feb 2027")
            if f.kind == "timeline"]
    assert [f.verdict for f in plan] == ["corroborated"]
    assert report.summary.contradicted == 0


# ---- a plan's figures ---------------------------------------------------------------------


def test_a_future_sentence_keeps_the_figures_of_what_it_counts(tmp_path: Path) -> None:
    """"will retire six of its oldest vessels by the end of March": a count of vessels, an
    outlook figure, whose deadline is no period of it."""
    found = claims(tmp_path, "2026-11-20",
                   "Brask Lines will retire six of its oldest vessels by the end of March.")
    six = figures(found)["count 6"]
    assert (six.head, six.basis, six.period) == ("vessel", "outlook", None)
    assert [c.due for c in found if isinstance(c, ForecastClaim)] == [dt.date(2027, 3, 31)]


def test_a_percentage_before_a_noun_is_a_rate_of_that_noun(tmp_path: Path) -> None:
    """"a 15 per cent premium rebate" measures the rebate; "a 4% rise in claims" is a
    change, told as before."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "Policyholders hit by the floods will get a 15 per cent premium "
                           "rebate, the insurer said."))
    assert found["% 15"].metric == "premium rebate"
    assert found["% 15"].basis == "outlook"


def test_a_plan_and_the_same_count_told_as_decided_agree(tmp_path: Path) -> None:
    """"will close nine of its larger depots" and "nine big depots to shut" count one kind
    of depot: they agree (a plan and a report meet on the same number), never clash."""
    report = run(tmp_path, {
        "a.md": page("Farm Post", "2026-11-20", "Tarlow Grain cuts depots",
                     "Tarlow Grain said it would close nine of its larger depots by the end "
                     "of January."),
        "b.md": page("Rural Wire", "2026-11-21", "Tarlow Grain depots",
                     "The Tarlow Grain depot at Fenby is one of nine big depots to shut, "
                     "growers were told."),
    })
    nine = [f for f in holding(report, "nine of its larger depots", "nine big depots")
            if f.kind == "figure"]
    assert [f.verdict for f in nine] == ["corroborated"]
    assert report.summary.contradicted == 0


# ---- basis and period per clause ----------------------------------------------------------


def test_a_forecast_in_another_predicate_leaves_a_reported_figure_reported(
        tmp_path: Path) -> None:
    """"reported a harvest of 41,200 tonnes … and now expects 45,000 tonnes next season":
    the first is reported, the second an outlook; "next year" dates only the outlook."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "The Lenby co-operative reported a harvest of 41,200 tonnes of "
                           "barley and now expects 45,000 tonnes next year."))
    assert found["kg 41200000"].basis == "actual"
    assert found["kg 41200000"].period is None
    assert found["kg 45000000"].basis == "outlook"
    assert found["kg 45000000"].period == "2027"


def test_an_earlier_forecast_clause_gives_no_basis_to_a_later_report(
        tmp_path: Path) -> None:
    """"expects claims to ease, but reported 1,240 storm claims" reports the 1,240."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "The Orsk Mutual insurer expects claims to ease, but reported "
                           "1,240 storm claims in October."))
    assert found["count 1240"].basis == "actual"


def test_a_subordinate_clause_that_reports_is_reported(tmp_path: Path) -> None:
    """"raised its attendance forecast after ticket sales rose 12%": the 12% happened."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "The Varlo chess federation raised its attendance forecast after "
                           "ticket sales rose 12% in the first week."))
    assert found["% 12"].basis == "actual"


def test_a_date_of_a_clause_of_its_own_is_no_period_of_another(tmp_path: Path) -> None:
    """"The vineyard, which was planted in 1998, employs 42 pickers" and "Judge Lint, who
    joined the bench in 2019, has heard 310 cases": the years date the planting and the
    joining, not the counts."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "The Morrow vineyard, which was planted in 1998, employs 42 "
                           "pickers.",
                           "Judge Amara Lint, who joined the bench in 2019, has heard 310 "
                           "appeals."))
    assert found["count 42"].period is None
    assert found["count 310"].period is None


def test_a_date_to_come_is_no_period_of_a_reported_figure(tmp_path: Path) -> None:
    """"rainfall reached 212 mm, a level forecasters had not expected until next year":
    the 212 mm is not next year's."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "Rainfall at Kell reached 212 millimetres in the month, which "
                           "forecasters had not expected until next year."))
    assert [c.period for c in found.values()] == [None]


def test_a_figures_own_relative_month_keeps_another_clauses_year_off(
        tmp_path: Path) -> None:
    """"raised it to 40 berths in 2022, and then 65 berths last April": 2022 is the 40's
    period, not the 65's."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "The Calder port raised its plan to 40 berths in 2022, and then "
                           "to 65 berths last April."))
    assert found["count 40"].period == "2022"
    assert found["count 65"].period is None


# ---- an article's period and year from its figures ------------------------------------------


def test_two_figures_of_one_sentence_are_one_dated_statement(tmp_path: Path) -> None:
    """One sentence dating two figures ("in 2019 the club had 40 members and three
    boards") is no article's period: the article's other figures stay undated."""
    found = figures(claims(tmp_path, "2026-11-20",
                           "In 2019 the Ostrava chess club had 40 members and three "
                           "boards.",
                           "The club now counts 120 members."))
    assert found["count 120"].period is None


def test_an_undated_page_telling_a_plans_day_was_written_before_it(tmp_path: Path) -> None:
    """An undated page whose only day is one a plan is for ("scheduled for publication on
    March 10, 2025") was written before that day: its "fourth quarter" is the one just
    past, and the day stays a plan."""
    found = claims(tmp_path, None,
                   "The Lenby co-operative's annual report is scheduled for publication on "
                   "March 10, 2025.",
                   "In the fourth quarter, the co-operative sold 12,400 tonnes of wheat.")
    assert figures(found)["kg 12400000"].period == "2024-Q4"
    assert [(c.date.value, c.planned) for c in found if isinstance(c, TimelineClaim)] == [
        ("2025-03-10", True)]


# ---- rivals found by what they state, not only by their words -------------------------------


def test_rival_cores_sharing_no_rare_word_are_still_tried(tmp_path: Path) -> None:
    """Two strongly linked totals of one signature ("total investment is now €1.65
    billion" on two pages, one of them told as €1.6 billion) may be blocked on rarer words
    each shares with figures of other kinds, none of the other's: cores of one signature
    are tried as rivals all the same, and are one contradicted fact."""
    from factcheck import match

    path = tmp_path / "a.md"
    path.write_text(page("Harbour Ledger", "2026-03-05", "Orlan port expansion", "",
                         "Combined with earlier commitments, Orlan Port's total investment "
                         "is now €1.65 billion, against €1.6 billion in the plan."),
                    encoding="utf-8")
    found = [c for c in extract(load_one(str(path), path.name))
             if isinstance(c, FigureClaim) and c.quantity.unit == "EUR"]
    a = found[0].model_copy(update={"folder_sources": 2})  # one event's folder
    b = a.model_copy(update={"quantity": found[1].quantity, "source": "b.md",
                             "path": str(tmp_path / "b.md"), "outlet": "Quay Review",
                             "origin": "Quay Review"})
    assert match._figure_link(a, b) == "strong"
    # each also shares four rarer words with figures of another kind (another signature),
    # so that the words it is blocked on are none of the other's
    extra_a = [f"aa{n}" for n in range(4)]
    extra_b = [f"ab{n}" for n in range(4)]
    a = a.model_copy(update={"terms": (*a.terms, *extra_a)})
    b = b.model_copy(update={"terms": (*b.terms, *extra_b)})
    others = [a.model_copy(update={"terms": (w,), "modifiers": ("other",),
                                   "source": f"x{w}"}) for w in extra_a + extra_b]
    cores = [a, b, *others]
    assert match._signature(a) == match._signature(b) != match._signature(others[0])
    assert match._rivals(cores, [[c] for c in cores]) == {1: 0}

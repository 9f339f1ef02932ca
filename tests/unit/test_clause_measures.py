"""A figure's measure and its time come from its own clause: a metric named after a comma
is another clause's ("€14m, a margin of 6%"), and a relative clause's time ("…, which no
one expected until next year") tells its own happening, not when the figure stood."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract import extract
from factcheck.extract.periods import figure_period
from factcheck.load import load_one
from factcheck.models import FigureClaim

AS_OF = dt.date(2026, 11, 23)


def _figures(tmp_path: Path, body: str, dated: bool = True) -> list[FigureClaim]:
    path = tmp_path / "a.md"
    front = "---\ntitle: Theatre season\ndate: 2026-10-02\n---\n\n" if dated else \
        "# Theatre season\n\n"
    path.write_text(f"{front}{body}\n", encoding="utf-8")
    return [c for c in extract(load_one(str(path), str(path))) if isinstance(c, FigureClaim)]


def test_the_clause_s_subject_wins_over_a_metric_past_a_comma(tmp_path: Path) -> None:
    claims = _figures(tmp_path, "Operating profit for the season came in at €14m, a "
                                "margin of about 6%, the theatre said.")
    assert {c.quantity.value: c.metric for c in claims} == {
        "EUR 14000000": "operating income", "~ % 6": "margin"}


def test_a_relative_clause_s_time_is_its_own(tmp_path: Path) -> None:
    text = ("Operating profit for the season came in at €14m, which the board had not "
            "expected until next year.")
    assert figure_period(text, None, at=text.index("€14m")) == (None, None)
    (claim,) = _figures(tmp_path, text, dated=False)
    assert claim.unresolved is None and claim.as_of == ""
    # the figure's own clause still dates it
    text = "Operating profit came in at €14m on Tuesday, which pleased the board."
    (claim,) = _figures(tmp_path, text)
    assert claim.as_of == "2026-09-29"


def test_a_participle_aside_tells_its_own_time() -> None:
    # ", first opened in 1998," tells when the thing opened, not the figure's period
    text = "The Harl Bridge, first opened in 1998, will cost €90m to repair."
    assert figure_period(text, None, at=text.index("€90m")) == (None, None)
    text = "The Harl Bridge, opened in 1998, carried 41,000 vehicles a day in 2025."
    assert figure_period(text, None, at=text.index("41,000")) == ("2025", None)


def test_the_value_a_from_clause_moved_to_is_its_own() -> None:
    # "from €14m in 2021 to €57m": 2021 is the base's year, not the new value's
    text = "Its budget has grown from €14m in 2021 to €57m this season."
    assert figure_period(text, None, at=text.index("€57m"))[0] != "2021"
    assert figure_period(text, None, at=text.index("€14m")) == ("2021", None)
    # a "from" of a cause keeps its clause whole: "the toll from the collapse … rose to 23"
    text = "The toll from the collapse of the Harl Bridge rose to 23 in 2025."
    assert figure_period(text, None, at=text.index("23 in")) == ("2025", None)


def _page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


def test_two_profits_of_one_season_clash(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_page(
        "Kestle Playhouse season results",
        "Operating profit for the season came in at €14m, a margin of about 6%, which "
        "the board had not expected until next year."), encoding="utf-8")
    (tmp_path / "b.md").write_text(_page(
        "Kestle Playhouse season results",
        "The Kestle Playhouse reported a strong season, with operating profit climbing to "
        "€41 million."), encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    assert [{c.value for c in f.claims} for f in report.findings
            if f.verdict == "contradicted"] == [{"EUR 14000000", "EUR 41000000"}]


def test_a_qualifier_of_another_metric_in_the_clause_is_not_the_figure_s(
        tmp_path: Path) -> None:
    # "adjusted" narrows the margin the sentence goes on to, not the sales before it
    text = ("The ferry operator reported sales of $2.34 billion for the half year and now "
            "expects adjusted operating margin of 14% for the year.")
    sales = [c for c in _figures(tmp_path, text) if c.quantity.unit == "USD"]
    assert [(c.metric, c.modifiers) for c in sales] == [("revenue", ())]
    # the metric's own qualifier still narrows it
    (core,) = [c for c in _figures(tmp_path, "Core inflation stood at 3.1% in October.")]
    assert core.modifiers == ("core",)


def test_sales_told_beside_another_metric_s_qualifier_clash(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_page(
        "Skerry Ferries half-year results",
        "Skerry Ferries reported sales of $2.34 billion for the half year and now expects "
        "adjusted operating margin of 14% for the year."), encoding="utf-8")
    (tmp_path / "b.md").write_text(_page(
        "Skerry Ferries half-year results",
        "Skerry Ferries has made record sales of $3.1 billion in its latest results."),
        encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    assert {"USD 2340000000", "USD 3100000000"} in [
        {c.value for c in f.claims} for f in report.findings if f.verdict == "contradicted"]


def test_a_from_of_a_place_is_no_comparison_base(tmp_path: Path) -> None:
    # where the climber was winched from is a depth, not the base of a change
    (depth,) = _figures(tmp_path, "The climber was winched from 45 metres below the ridge.")
    assert "base" not in depth.modifiers
    # after a change word or a figure, "from" still tells the base
    (before,) = _figures(tmp_path, "Ridership was up from 1.2 million riders a year earlier.")
    assert "base" in before.modifiers
    now, then = _figures(tmp_path, "The line carried 1.4 million riders, from 1.2 million "
                                   "riders in 2024.")
    assert "base" not in now.modifiers and "base" in then.modifiers


def test_a_pronoun_s_level_is_the_metric_the_clause_before_names(tmp_path: Path) -> None:
    # "…, when it stood at": "it" is the valuation, past the comma
    claims = _figures(tmp_path, "The round nearly doubles the orchestra trust's valuation "
                                "from last spring, when it stood at €80 million.")
    assert [c.metric for c in claims] == ["market value"]
    # another clause's noun past a comma still names nothing
    claims = _figures(tmp_path, "The trust's valuation rose, and the hall sold 80,000 "
                                "tickets.")
    assert [c.metric for c in claims if c.quantity.unit == "count"] != ["market value"]


def test_a_subject_s_head_before_a_phrase_of_time_is_measured(tmp_path: Path) -> None:
    # "mortality before weaning was 9%": the mortality, not the weaning
    (rate,) = _figures(tmp_path, "Lamb mortality before weaning was 9% this spring.")
    assert rate.predicate == "mortality"
    (share,) = _figures(tmp_path, "Unemployment among school leavers was 14% in March.")
    assert share.predicate == "unemployment"


@pytest.mark.parametrize(("text", "period"), [
    # a part of a year is, as a figure's period, its year (as a season is)
    ("The club was last valued at £412 million early this year.", "2026"),
    ("Ticket sales reached 2.1 million in late 2025.", "2025"),
    ("The fund held £80m by mid-2025.", "2025"),
    # a part of a month is no year's figure: it dates an event
    ("The club sold 400 season tickets in late May.", None),
])
def test_a_part_of_a_year_dates_a_figure_to_the_year(text: str, period: str | None) -> None:
    at = next(i for i, ch in enumerate(text) if ch.isdigit() or ch == "£")
    assert figure_period(text, dt.date(2026, 11, 20), at=at)[0] == period

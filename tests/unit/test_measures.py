"""Figure claims in prose: subject, metric, period and basis of each number."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import FigureClaim


def figures(tmp_path: Path, sentence: str, published: str = "2024-10-31") -> list[FigureClaim]:
    page = tmp_path / "a.md"
    page.write_text(f"---\ntitle: Results\ndate: {published}\nsource: Wire\n---\n\n{sentence}\n",
                    "utf-8")
    return [c for c in extract(load_one(str(page), "a.md")) if isinstance(c, FigureClaim)]


def by_value(claims: list[FigureClaim]) -> dict[float | None, FigureClaim]:
    return {c.quantity.low: c for c in claims}


def test_comparison_base_takes_no_period_of_the_main_clause(tmp_path: Path) -> None:
    found = by_value(figures(tmp_path, "Meta reported third-quarter revenue of $40.59 billion, "
                                       "up from $34.15 billion a year earlier."))
    assert found[40.59e9].period == "2024-Q3" and found[40.59e9].metric == "revenue"
    assert found[34.15e9].period is None


def test_a_year_earlier_leaves_a_bare_quarter_open(tmp_path: Path) -> None:
    [claim] = figures(tmp_path, "A year earlier, Meta's third-quarter revenue was $34.1 billion.")
    assert claim.period is None


def test_part_of_a_year_is_not_the_year(tmp_path: Path) -> None:
    [claim] = figures(tmp_path, "Meta's capital expenditures were $24.8 billion in the first "
                                "nine months of 2024.")
    assert claim.period is None


def test_estimate_in_its_own_clause(tmp_path: Path) -> None:
    found = by_value(figures(tmp_path, "Meta's revenue was $40.6 billion, beating analysts' "
                                       "expectations of $40.3 billion."))
    assert found[40.6e9].basis == "actual"
    assert found[40.3e9].basis == "estimate"


def test_fiscal_quarter_is_not_the_calendar_quarter(tmp_path: Path) -> None:
    [claim] = [c for c in figures(tmp_path, "Apple reported revenue of $94.93 billion for the "
                                            "fiscal fourth quarter.") if c.quantity.unit == "USD"]
    assert claim.period == "FY2024-Q4"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Meta earned $6.03 a share in the third quarter.", "earnings per share"),
        ("Data center segment revenue rose to $3.9 billion in the fourth quarter.",
         "data center revenue"),
        ("Capital expenditures were $8.26 billion in the third quarter, excluding finance "
         "leases.", "capex (excluding finance leases)"),
    ],
)
def test_metric_and_its_narrowing(tmp_path: Path, sentence: str, metric: str) -> None:
    claims = figures(tmp_path, sentence)
    assert [c.metric for c in claims if c.quantity.unit == "USD"] == [metric]


def test_undated_source_leaves_this_year_open(tmp_path: Path) -> None:
    page = tmp_path / "b.txt"
    page.write_text("Explainer\n\nMicrosoft plans to spend about $80 billion on AI data "
                    "centers this year.\n", "utf-8")
    [claim] = [c for c in extract(load_one(str(page), "b.txt")) if isinstance(c, FigureClaim)]
    assert claim.period is None and claim.unresolved == "this year"
    assert "unresolved" in claim.value


@pytest.mark.parametrize(("sentence", "value", "against", "measure"), [
    # the change word before, after, past a comparison, or a few words before "by"
    ("Brightmart's sales fell 2% from a year earlier.", -2, "vs year", "revenue change"),
    ("Year over year, Brightmart's sales were up 4% in the third quarter.", 4, "vs year",
     "revenue change"),
    ("Brightmart posted an 8% year-on-year increase in sales.", 8, "vs year",
     "revenue change"),
    ("Brightmart's sales in the third quarter rose 5% from the second quarter.", 5,
     "vs quarter", "revenue change"),
    ("Brightmart's sales in the third quarter were 3 percent lower than the same period in "
     "2023.", -3, "vs year", "revenue change"),
    ("Brightmart's sales decreased by 4.8% compared to the previous year.", -4.8, "vs year",
     "revenue change"),
    # what "a N% increase in …" is of, past a nearer metric before it
    ("Strong deliveries led to a 4.4% increase in Brightmart's stock price on Tuesday.", 4.4,
     None, "share price change"),
    # another clause's basis is another change's
    ("Despite the year-over-year decline, Brightmart's sales were a 6% increase from the "
     "second quarter.", 6, None, "revenue change"),
])
def test_a_change_has_its_sign_and_its_own_basis(tmp_path: Path, sentence: str, value: float,
                                                  against: str | None, measure: str) -> None:
    [claim] = [c for c in figures(tmp_path, sentence) if c.quantity.unit == "%"]
    assert claim.quantity.low == value and "change" in claim.modifiers
    assert next((m for m in claim.modifiers if m.startswith("vs ")), None) == against
    assert claim.key == f"figure|{measure}|%"


def test_a_level_a_change_reaches_is_no_change(tmp_path: Path) -> None:
    [level, base] = figures(tmp_path, "Ostland's inflation fell to 2.4% in May from 2.6% in "
                                      "April.")
    assert level.quantity.low == 2.4 and "change" not in level.modifiers
    assert "base" in base.modifiers


def test_the_base_of_a_change_leaves_an_undated_figure_no_open_period(tmp_path: Path) -> None:
    """On a page with no date, "compared to the previous year" is what the change is told
    against, not a period left open for the figure."""
    page = tmp_path / "a.txt"
    page.write_text("Brightmart sales\n\nBrightmart's sales decreased by 4.8% compared to "
                    "the previous year.\n", "utf-8")
    [claim] = [c for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)]
    assert (claim.period, claim.unresolved) == (None, None)
    assert "vs year" in claim.modifiers


def test_a_count_is_measured_by_what_it_counts(tmp_path: Path) -> None:
    """A number counting a noun is measured by that noun, never by a sum of money or a
    metric of another unit the sentence names; a bare number before a passive verb is
    measured by its own verb, not by the next figure's."""
    found = by_value(figures(tmp_path, "The budget covers the construction of four new "
                                       "reservoirs, and the utility runs 20 electric pumps to "
                                       "power its works."))
    assert found[4].key == "figure|reservoir|count" and found[4].predicate == "build"
    assert found[20].key == "figure|pump|count"
    found = by_value(figures(tmp_path, "Three were treated at the scene and nine were injured "
                                       "in the blaze."))
    assert found[9].key == "figure|injuries|count"
    assert found[3].key != "figure|injuries|count"


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("The council's total spending on roads is now $4.6 billion.", True),
        ("The league's combined attendance reached 2.1 million fans.", True),
        ("The council approved spending of $4.6 billion on roads.", False),
        # "a total of" is a way to say a number
        ("The council approved a total of $4.6 billion for roads.", False),
        ("Overall, the council spent $4.6 billion on roads.", False),
    ],
)
def test_a_total_is_part_of_what_is_measured(tmp_path: Path, sentence: str,
                                             total: bool) -> None:
    [claim] = figures(tmp_path, sentence)
    assert ("total" in claim.modifiers) is total


@pytest.mark.parametrize(
    ("sentence", "variant"),
    [
        ("The airline's adjusted profit was $1.2 billion in the third quarter.", True),
        ("Forecasters have adjusted their outlook to 2.1 million passengers.", False),
        ("The estimate was adjusted down to 2.1 million passengers.", False),
    ],
)
def test_adjusted_is_a_variant_only_as_an_adjective(tmp_path: Path, sentence: str,
                                                    variant: bool) -> None:
    [claim] = figures(tmp_path, sentence)
    assert claim.metric.endswith("(adjusted)") is variant

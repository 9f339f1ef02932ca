"""Durations: a length of time of a thing told, compared in days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "days", "thing"), [
    ("The smuggler was imprisoned for six and a half years.", 6.5 * 365.25, "sentence"),
    ("He was sentenced to 4 years 3 months.", 4 * 365.25 + 3 * 30.4375, "sentence"),
    ("The goalkeeper signed a three-year contract extension.", 3 * 365.25, "contract"),
    ("The dockers began a 12-day strike at dawn.", 12.0, "strike"),
    ("The hearing lasted 6 weeks.", 42.0, "hearing"),
    ("Tenants have 21 days to respond to the notice.", 21.0, "time to respond"),
    ("She received a 2½-year term.", 2.5 * 365.25, "sentence"),
])
def test_a_duration_is_days_of_the_thing_it_is_the_length_of(text: str, days: float,
                                                            thing: str) -> None:
    figs = [f for f in find_figures(digitise(text)) if f.quantity.unit == "day"]
    assert len(figs) == 1
    assert figs[0].quantity.low == pytest.approx(days)
    assert figs[0].noun == thing


@pytest.mark.parametrize("text", [
    "The 31-year-old rider won the stage.",  # an age
    "The rider turned pro four years ago.",  # time past
    "Output doubled over the past five years.",  # a span looked back over
    "The mill kept three years of records.",  # years of something
    "The 30-year bond yield rose.",  # a bond's tenor is no thing's length told
    "The plant will open in two years.",  # time to come
    "Staff were given 3 months' notice.",  # the length of the notice, not a sentence
])
def test_ages_and_spans_of_time_are_no_durations(text: str) -> None:
    # no duration of a thing: "three years of records", "in two years" and "the 30-year
    # bond" are bare lengths of time (they may agree, never clash: test_dur2_bare_counts)
    assert not [f for f in find_figures(digitise(text)) if f.quantity.unit == "day"
                and not f.bare]


def test_written_precision_is_kept() -> None:
    coarse, = find_figures(digitise("He was jailed for nine years."))
    fine, = find_figures(digitise("He was jailed for 7 years 6 months."))
    assert coarse.quantity.step == pytest.approx(365.25)
    assert fine.quantity.step == pytest.approx(30.4375)


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def _page(title: str, body: str) -> str:
    return f"# {title}\n\nPublished 2026-04-14\n\n{body}\n"


def test_two_lengths_of_one_prison_term_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Smuggler Tomas Reyvik jailed in Osterby",
                      "The court in Osterby said Tomas Reyvik was imprisoned for six years "
                      "for smuggling."),
        "b.md": _page("Osterby court jails smuggler Reyvik",
                      "A judge in Osterby sent Tomas Reyvik to prison for four years for "
                      "smuggling."),
    })
    report = check([str(tmp_path)], AS_OF)
    clashes = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clashes) == 1
    assert {c.value for c in clashes[0].claims} == {"day 2191.5", "day 1461"}


def test_two_peoples_terms_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: a co-defendant's term is another fact."""
    _write(tmp_path, {
        "a.md": _page("Smugglers jailed in Osterby",
                      "The court in Osterby said Tomas Reyvik was imprisoned for six years."),
        "b.md": _page("Smugglers jailed in Osterby",
                      "The court in Osterby said Ilse Marvane was imprisoned for two years."),
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_a_contract_and_a_ban_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: two things' lengths in one story are two facts."""
    _write(tmp_path, {
        "a.md": _page("Keeper Arno Pell signs for Vardel",
                      "Arno Pell signed a four-year contract with Vardel."),
        "b.md": _page("Keeper Arno Pell signs for Vardel",
                      "Arno Pell was banned for two years by the league in 2024."),
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]


@pytest.mark.parametrize(("text", "years"), [
    ("The 31-year-old rider won the stage.", 31),
    ("Marek Tolsa, aged 44, was elected.", 44),
    ("The keeper is 29 years old.", 29),
])
def test_an_age_is_years_of_age(text: str, years: int) -> None:
    ages = [f for f in find_figures(digitise(text)) if f.quantity.unit == "age"]
    assert [f.quantity.low for f in ages] == [years]


def test_ages_agree_and_never_clash(tmp_path: Path) -> None:
    """False-alarm guard: a rider of 31 and his team-mate of 24 in one story."""
    _write(tmp_path, {
        "a.md": _page("Rider Jens Arvo wins stage in Kolmar",
                      "The 31-year-old Jens Arvo won the stage in Kolmar, ahead of Piet Lund."),
        "b.md": _page("Rider Jens Arvo wins stage in Kolmar",
                      "Arvo won in Kolmar ahead of the 24-year-old Piet Lund."),
        "c.md": _page("Arvo takes Kolmar stage",
                      "Jens Arvo, 31 years old, won the Kolmar stage."),
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]
    agreed = [f for f in report.findings if f.verdict == "corroborated"
              and {c.value for c in f.claims} == {"age 31"}]
    assert len(agreed) == 1

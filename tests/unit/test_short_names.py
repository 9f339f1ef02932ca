"""Names that stand for one another, and terse rows that stand for sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.rows import terse_rows
from factcheck.match import short_form
from factcheck.models import Line


@pytest.mark.parametrize(("short", "long"), [
    ("UMW", "United Mine Workers"),            # initials of every word
    ("BoK", "Bank of Kestria"),                # of the capitalised words, case aside
    ("KMC's", "Kestria Mining Company"),       # a possessive
    ("the Greens", "Green Alliance"),          # leading words, another form of one stem
    ("Christian Democrats", "Christian Democratic Union"),
])
def test_a_short_form_names_the_long_one(short: str, long: str) -> None:
    assert short_form(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("UMW", "United Steel Workers"),           # other initials
    ("UM", "United Mine Workers"),             # too few
    ("Mine Workers", "United Mine Workers"),   # not its leading words
    ("Christian Socialists", "Christian Democratic Union"),
    ("Kestria", "Kestria"),                    # one word is no long form
    ("the Greens", "Greenfield Mining"),       # a stem is no prefix of a longer word
])
def test_other_names_are_no_short_form(short: str, long: str) -> None:
    assert not short_form(short, long)


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number=n, text=t) for n, t in enumerate(texts, 1))


def test_a_list_of_names_and_counts_counts_its_captions_noun() -> None:
    rows = terse_rows(_lines("Branch secretary ballot at the Dunrock pit", "Ilse Maren 412",
                             "Tomas Reeve 298", "710 votes cast, 81 spoiled."),
                      dt.date(2026, 5, 1))
    assert rows == {2: ("Ilse Maren: 412 votes", "Ilse Maren"),
                    3: ("Tomas Reeve: 298 votes", "Tomas Reeve")}


def test_a_lone_row_or_a_list_without_a_caption_noun_is_unread() -> None:
    when = dt.date(2026, 5, 1)
    assert terse_rows(_lines("Flight 1282 was diverted.", "Flight 1282", "The crew landed."),
                      when) == {}
    assert terse_rows(_lines("Standings", "Kestria 12", "Dunrock 9", "More soon."), when) == {}
    # a day dates a count, it owns none
    assert terse_rows(_lines("Monday 57", "Tuesday 112", "164 people died in all."),
                      when) == {}


def _elided(text: str) -> list[tuple[str, str | None, str]]:
    from factcheck.extract.elision import elided
    from factcheck.extract.figures import find_figures

    return [(f.quantity.value, f.noun, name) for f, name in elided(text, find_figures(text))]


def test_a_list_of_owners_after_a_count_counts_its_noun() -> None:
    assert _elided("Kestria Mining employs 640 miners, Dunrock Coal 410 and Pell Quarries "
                   "95.") == [("count 410", "miners", "Dunrock Coal"),
                              ("count 95", "miners", "Pell Quarries")]
    assert _elided("The Farmers' Union won 12 seats, the Harbour Party took 9.") == [
        ("count 9", "seats", "Harbour Party")]


@pytest.mark.parametrize("text", [
    "The Farmers' Union won 12 seats in 2021 and 14 in 2025.",   # no owner of its own
    "The Farmers' Union won 12 seats and the Harbour Party lost 4.",  # another verb family
    "Kestria Mining employs 640 miners in the north, and Dunrock Coal 410.",  # list broken
    "Kestria Mining employs 640 miners, Dunrock Coal 410 across the region.",  # not its end
])
def test_a_bare_number_outside_such_a_list_counts_nothing(text: str) -> None:
    assert _elided(text) == []


def _labelled(text: str) -> list[tuple[str, str, str | None]]:
    from factcheck.extract.elision import labelled
    from factcheck.extract.figures import find_figures

    return [(told, f.quantity.value, f.noun) for told, f in labelled(text, find_figures(text))]


def test_a_label_before_a_colon_says_what_a_bare_count_counts() -> None:
    assert _labelled("UPDATE 18:30: patients waiting at Eastgate: 412. More soon.") == [
        ("412 patients waiting at Eastgate", "count 412", "patients")]
    assert _labelled("Stage finishers: 141") == [("141 Stage finishers", "count 141",
                                                  "finishers")]


@pytest.mark.parametrize("text", ["The meeting starts at 10:00 in Dunmore.",
                                  "Final score: 3-1", "Chapter: 5 of the report",
                                  "Odds 3:1 on the favourite."])
def test_times_scores_and_ratios_are_no_labelled_count(text: str) -> None:
    assert _labelled(text) == []


def test_a_metric_after_another_number_is_that_numbers() -> None:
    """"with 38% and 41 seats": "seats" is what 41 counts, not what 38% is a share of;
    "38% of the seats" is."""
    from factcheck.lexicon import load_lexicon

    lex = load_lexicon()
    text = "The Farmers' Union came first with 38% and 41 seats."
    at = text.index("38%")
    assert lex.metric_near(text, at, at + 3, "%") != "seats"
    text = "The Farmers' Union won 38% of the seats."
    at = text.index("38%")
    assert lex.metric_near(text, at, at + 3, "%") == "seats"

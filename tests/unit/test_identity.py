"""The parts of a figure's identity, read from sentences of several fields."""

from __future__ import annotations

import pytest

from factcheck.extract.figures import find_figures
from factcheck.extract.measured import Identity, identify
from factcheck.extract.numwords import digitise
from factcheck.lexicon import load_lexicon
from factcheck.load.confusables import fold_confusables


def ident(sentence: str, nth: int = 0) -> Identity:
    text = digitise(sentence)
    fig = find_figures(text)[nth]
    lex = load_lexicon()
    metric = lex.metric_near(text, fig.start, fig.end, fig.quantity.unit)
    return identify(text, fig.start, fig.end, fig.noun, metric, lex)


def test_what_is_counted_and_the_verb_that_tells_it() -> None:
    got = ident("The lifeboat was carrying 38 fishermen when it capsized.")
    assert (got.head, got.predicate) == ("fishermen", "carry")
    crew = ident("The ferry carried 120 passengers and nine crew members.", 1)
    assert (crew.head, crew.predicate) == ("crew", "carry")


@pytest.mark.parametrize(("sentence", "nth", "owner"), [
    ("The Greens won 58 seats in the assembly.", 0, "Greens"),
    ("The Liberals won 31 seats while the Greens won 58 seats.", 1, "Greens"),
    ("Northwind Capital, which put in $300 million, led the round.", 0, "Northwind Capital"),
    ("Keir Starmer's Labour won 34% of the vote.", 0, "Labour"),
    ("Orbital's quarterly revenue rose to $14 million.", 0, "Orbital"),
])
def test_whose_figure(sentence: str, nth: int, owner: str) -> None:
    assert ident(sentence, nth).owner == owner


def test_other_quantities_of_the_same_thing_are_marked() -> None:
    part, whole = (ident("The coalition holds 212 of the 400 seats.", n) for n in (0, 1))
    assert "whole" in whole.modifiers and whole.owner == "-"
    assert "whole" not in part.modifiers and part.head == whole.head == "seats"
    assert "increment" in ident("The city pledged another $40 million for repairs.").modifiers
    assert "change" in ident("Ridership fell 12% in March.").modifiers
    assert "change" in ident("a 15% increase in ridership").modifiers
    assert "base" in ident("Attendance rose to 41,200 fans, up from 38,900 fans a year "
                           "earlier.", 1).modifiers


def test_a_toll_is_a_running_figure_of_its_day() -> None:
    lex = load_lexicon()
    got = ident("The death toll from the floods has risen to 2,212, officials said on Sunday.")
    assert got.measure in lex.running or got.predicate in lex.running


def test_look_alike_letters_inside_latin_words_are_folded() -> None:
    text, changed = fold_confusables("The fligҺt landed in Alasƙa; Москва stays as written.")
    assert text == "The flight landed in Alaska; Москва stays as written."
    assert changed == 2
    assert fold_confusables("plain ascii") == ("plain ascii", 0)

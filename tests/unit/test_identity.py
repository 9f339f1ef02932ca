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


@pytest.mark.parametrize(("sentence", "nth", "other"), [
    # a measure named before another figure and "and <verb>" is that figure's
    ("Customs officers arrested 14 smugglers and seized 300 crates.", 1, "arrests"),
    # a measure after "and" opens another clause
    ("Exports rose 4% and revenue climbed 6%.", 0, "revenue"),
    ("Sales rose 4% and profit climbed 6%.", 0, "net income"),
])
def test_a_measure_of_another_clause_is_not_the_figures(sentence: str, nth: int,
                                                       other: str) -> None:
    assert not ident(sentence, nth).measure.startswith(other)


@pytest.mark.parametrize(("sentence", "nth", "owner"), [
    ("The Greens won 58 seats in the assembly.", 0, "Greens"),
    ("The Liberals won 31 seats while the Greens won 58 seats.", 1, "Greens"),
    ("Northwind Capital, which put in $300 million, led the round.", 0, "Northwind Capital"),
    ("Keir Starmer's Labour won 34% of the vote.", 0, "Labour"),
    ("Orbital's quarterly revenue rose to $14 million.", 0, "Orbital"),
    # a name in a prepositional phrase is no subject when a possessive says whose
    ("With its grants counted, Marrow County's total investment in the Tull Valley "
     "is now $90 million.", 0, "Marrow County"),
    # a participial clause is told of the sentence's subject
    ("Marrow County pledged another $20 million, bringing total spending up to $90 "
     "million.", 1, "Marrow County"),
    # a unit written after a number is no one's name; a year's neighbour may be
    ("The regulator sold 300 MHz of airwaves in the 3.6 GHz band.", 1, ""),
    ("In 2024 Tesla delivered 1.8 million cars.", 0, "Tesla"),
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


def sized_ident(sentence: str) -> Identity:
    from factcheck.extract.measured import sized

    fig = find_figures(sentence)[0]
    base = identify(sentence, fig.start, fig.end, fig.noun, None, load_lexicon(),
                    fig.quantity.unit)
    return sized(base, sentence, fig.start, fig.end, fig.noun, fig.quantity.unit)


@pytest.mark.parametrize(("sentence", "measure", "head", "owner"), [
    ("The Maren Star, a 900-foot tanker, ran aground.", "length", "vessel", "Maren Star"),
    ("A 274-metre ship, named the Maren Star, ran aground.", "length", "vessel",
     "Maren Star"),
    ("Crews reached the 230-metre-high Tarnova Dam.", "height", "dam", "Tarnova Dam"),
    ("The dam is 180 metres high, engineers said.", "height", "dam", ""),
    ("Crews boarded a tanker measuring 274 metres.", "length", "vessel", ""),
    ("The glider was at an altitude of 9,000 feet when it turned.", "altitude", "", ""),
    ("The storm brought sustained winds of 120 mph.", "wind speed", "", ""),
    # a setting before the size names no thing: "On Tuesday", "In Corvel"
    ("On Tuesday, a 900-foot tanker ran aground.", "length", "vessel", ""),
    ("In Corvel, a 900-foot tanker ran aground.", "length", "vessel", ""),
    # a noun of no known kind is its own head: it never clashes (see match)
    ("The 5-mile run starts at noon.", "length", "run", ""),
])
def test_what_a_size_measures_and_whose_thing_it_is(sentence: str, measure: str, head: str,
                                                    owner: str) -> None:
    got = sized_ident(sentence)
    assert (got.measure, got.head, got.owner) == (measure, head, owner)

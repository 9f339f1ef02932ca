"""Names in slots: relation frames, name variants and designations."""

from __future__ import annotations

from factcheck.extract.names import designators, slot_of
from factcheck.match import same_name


def test_the_words_before_a_name_give_its_slot() -> None:
    assert slot_of("the ferry docked safely back at".split()) == ""
    assert slot_of("made an emergency landing back in".split()) == "landed at"
    assert slot_of("the chips were built by".split()) == "built by"
    assert slot_of("the accord was signed at the".split()) == "announced at"
    assert slot_of("the striker moved back to".split()) == "to"
    assert slot_of("moved its offices to".split()) == ""
    assert slot_of("the cells are made at a former".split(), "mill") == "site"
    assert slot_of("said".split()) == ""


def test_one_name_holding_the_other_is_one_name() -> None:
    assert same_name("Shannon", "Shannon Airport")
    assert same_name("Ireland's Shannon Airport", "Shannon Airport")
    assert same_name("Airbus A321-200", "Airbus A321 200")
    assert same_name("Lisbon → Toronto", "Lisbon → Toronto Pearson")
    assert not same_name("Lisbon → Toronto", "Lisbon → Montreal")
    assert not same_name("Shannon Airport", "Dublin Airport")


def test_a_number_in_a_name_designates_it_but_a_year_does_not() -> None:
    assert designators("Skyrail Flight 447") == ["447"]
    assert designators("Boeing 737-9") == ["737-9"]
    assert designators("Paris 2024") == []

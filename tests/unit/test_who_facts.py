"""Facts that are names: who won, who holds a role, what a table row or an apposition
names (regattas, chess, elections, courts, opera, shipping, insurance, farming)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.extract.names import _outcomes, _role_people
from factcheck.load import load_one
from factcheck.models import NameClaim, Report
from pages import article, run

page = article  # a dated article of one outlet


def names(tmp_path: Path, *lines: str) -> list[NameClaim]:
    """The name claims of one page holding `lines`."""
    path = tmp_path / "a.md"
    path.write_text(page("Wire", "2026-05-04", "Harbour update", *lines), "utf-8")
    return [c for c in extract(load_one(str(path), path.name)) if isinstance(c, NameClaim)]


def name_findings(report: Report, value: str) -> list[str]:
    return [f.verdict for f in report.findings
            if f.kind == "name" and any(c.value == value for c in f.claims)]


@pytest.mark.parametrize(("sentence", "people"), [
    # a role a verb gives
    ("The inquiry into the silo fire, chaired by Marta Quillon, reports in May.",
     {"Marta Quillon": "chair"}),
    ("The settlement was brokered by arbitrator Edda Lunn after a week of talks.",
     {"Edda Lunn": "arbitrator"}),
    ("Otto Brenner, who leads the dockers' union, rejected the offer.",
     {"Otto Brenner": "leader"}),
    ("Rosa Kettel, who became chief executive in 2024, defended the premiums.",
     {"Rosa Kettel": "chief executive"}),
    ("The revival of the opera was conducted by Ivo Marsalek.", {"Ivo Marsalek": "conductor"}),
    # a label line of a role
    ("Winning skipper: Hanne Voss.", {"Hanne Voss": "skipper"}),
    # a word of address is no part of the name; a long title is one role
    ("said Dr. Paulo Resk, the county coroner.", {"Paulo Resk": "coroner"}),
    ("according to county coroner Dr. Paulo Resk.", {"Paulo Resk": "coroner"}),
    ("Chief Risk Officer Lena Marsh said claims had doubled.",
     {"Lena Marsh": "chief risk officer"}),
    # a company takes no person's role from a verb
    ("The harvest cooperative is run by Greyfield Farming Group.", {}),
    ("The buyout was led by Harrowgate Capital.", {}),
])
def test_a_role_told_by_a_verb_a_label_or_a_title(sentence: str, people: dict[str, str]) -> None:
    assert _role_people(sentence) == people


@pytest.mark.parametrize(("sentence", "results"), [
    ("Irina Volkova beat Tomas Hale in the final round to take the title.",
     {"Irina Volkova": "winner"}),
    ("STOCKHOLM, May 3 (Wire) - Ana Brisk won the Solent Regatta on Sunday.",
     {"Ana Brisk": "winner"}),
    ("Turnout was high as the Coastal Party won the election in Dunmore.",
     {"Coastal Party": "winner"}),
    ("Kellby Rovers were crowned league champions on Saturday.", {"Kellby Rovers": "winner"}),
    ("Marco Teel was second, with Ivo Rask a distant third.",
     {"Marco Teel": "second", "Ivo Rask": "third"}),
    ("The win pays a bonus, while Rask takes $5,000 for second.", {"Rask": "second"}),
    # no contest: a forecast beaten, a pronoun, a rank that is no place
    ("Kern Insurance beat analysts' estimates for the quarter.", {}),
    ("He won the race by a length.", {}),
    ("Tessport was second-largest among the grain ports.", {}),
    ("The opera was second on the bill.", {}),
    # the subject of another clause is no winner
    ("Lund scored twice as Kellby Rovers beat Ostby 3-1.", {"Kellby Rovers": "winner"}),
])
def test_a_contests_result_names_its_winner_and_places(sentence: str,
                                                        results: dict[str, str]) -> None:
    assert _outcomes(sentence) == results


def test_a_byline_names_no_one_in_a_role(tmp_path: Path) -> None:
    claims = names(tmp_path, "By Lena Ortiz, Chief Shipping Writer", "",
                   "The tanker Maren Star docked at Tessport on Monday.")
    assert not [c for c in claims if c.slot == "role"]


def test_a_role_is_no_name_and_a_person_keeps_one_key(tmp_path: Path) -> None:
    claims = names(tmp_path, "Rosa Kettel, who became CEO in 2024, said claims rose.",
                   "", "Dr Rosa Kettel, the insurer's chief executive, spoke on Monday.")
    assert not [c for c in claims if c.name == "CEO"]
    assert {c.key for c in claims if c.slot == "role"} == {"name|person:kettel"}
    assert all(not c.name.startswith("Dr") for c in claims)


def test_a_table_row_names_what_its_label_asks(tmp_path: Path) -> None:
    claims = names(tmp_path, "| Item | Detail |", "|---|---|",
                   "| Venue | Harrow Opera House, Lenby |", "| Duration | 3 hours |", "")
    told = {(c.name, c.relation) for c in claims if c.slot == ""}
    assert ("Harrow Opera House", "venue") in told and ("Lenby", "venue") in told
    assert not [c for c in claims if c.name in {"Item", "Detail", "Duration"}]


def test_a_name_an_apposition_tells_the_kind_of_is_a_name_claim(tmp_path: Path) -> None:
    claims = names(tmp_path, "Marlow Quay, the 300-berth marina terminal in Tessport, "
                   "reopened after the storm.")
    assert any(c.name == "Marlow Quay" and c.relation == "terminal" for c in claims)


def test_one_winner_told_by_two_outlets_is_corroborated(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Sail Wire", "2026-07-05", "Regatta result",
                     "Ana Brisk won the Solent Regatta on Sunday in light winds."),
        "b.md": page("Yacht Daily", "2026-07-06", "Solent results", "",
                     "| Place | Sailor |", "|---|---|", "| Winner | Ana Brisk |", ""),
    })
    assert name_findings(report, "Ana Brisk") == ["corroborated"]


def test_two_winners_told_by_two_outlets_never_clash(tmp_path: Path) -> None:
    """Which of two names won is for a person to judge (one may be another race's)."""
    report = run(tmp_path, {
        "a.md": page("Chess Wire", "2026-02-01", "Final round",
                     "Irina Volkova won the Fennick Open on Sunday."),
        "b.md": page("Board Daily", "2026-02-01", "Final round",
                     "Tomas Hale won the Fennick Open on Sunday."),
    })
    assert report.summary.contradicted == 0


def test_a_surname_told_in_a_place_joins_its_one_bearer(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Farm Wire", "2026-09-01", "Ploughing final",
                     "Ivo Rask was second at the county ploughing final."),
        "b.md": page("Field Post", "2026-09-02", "Ploughing final",
                     "The champion took a silver cup, while Rask takes $5,000 for second."),
    })
    assert name_findings(report, "Ivo Rask") == ["corroborated"]


def test_a_surname_two_people_bear_joins_neither(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Farm Wire", "2026-09-01", "Ploughing final",
                     "Ivo Rask was second at the county ploughing final."),
        "b.md": page("Field Post", "2026-09-02", "Ploughing final",
                     "Ebba Rask won the county ploughing final on Saturday."),
        "c.md": page("Tractor News", "2026-09-02", "Ploughing final",
                     "The champion took a silver cup, while Rask takes $5,000 for second."),
    })
    assert all(len({c.source for c in f.claims}) == 1 for f in report.findings
               if f.kind == "name" and any("Rask" in c.value for c in f.claims))


def test_a_companys_numbered_product_is_built_by_it(tmp_path: Path) -> None:
    claims = names(tmp_path, "Orvik Marine's Tern 40 ferry entered service on Monday.")
    assert {(c.name, c.slot) for c in claims if c.key == "name|@built by"} == {
        ("Orvik Marine", "built by")}
    assert any(c.name == "Tern 40" for c in claims)
    # a person's product is theirs, not made by them
    claims = names(tmp_path, "Then Ana Ruiz's Tern 40 ran aground near Lenby.")
    assert not [c for c in claims if c.key == "name|@built by"]


def test_a_claim_quotes_the_bold_label_its_line_opens_with(tmp_path: Path) -> None:
    claims = names(tmp_path, "**TL;DR:** Kellby Rovers won the Fennick Cup. Ostby lost.")
    winner = [c for c in claims if c.slot == "role" and c.name == "Kellby Rovers"]
    assert winner and winner[0].text.startswith("**TL;DR:** Kellby Rovers won")


@pytest.mark.parametrize("line", [
    "Card payments failed from 09:14 UTC until noon.",
    "The insurer set aside EUR 40 million for storm claims.",
    "Around 90 trawlers stayed in port. Roughly 120 crew were idle.",
    "Ostby pulled one back through Lund 67' after the break.",
])
def test_zones_currencies_and_rough_numbers_are_no_names(tmp_path: Path, line: str) -> None:
    junk = {"UTC", "EUR", "EUR 40", "Around 90", "Roughly 120", "Lund 67"}
    assert not [c for c in names(tmp_path, line) if c.name in junk]


def test_a_title_before_a_person_is_no_part_of_the_name(tmp_path: Path) -> None:
    claims = names(tmp_path, "Chief Ada Marrick, who has led the flood response since "
                   "Friday, thanked the volunteers.")
    assert {c.name for c in claims if c.slot == "role"} == {"Ada Marrick"}
    assert _role_people("Ada Marrick, who has led the flood response since Friday, "
                        "thanked the volunteers.") == {"Ada Marrick": "leader"}


def test_the_name_a_possessive_owns_is_a_name(tmp_path: Path) -> None:
    claims = names(tmp_path, "Regulators approved Brantley Foods' Crunchos on Monday.", "",
                   "Shoppers praised Harrow Mills's Oatcrest, a barley flake.")
    owned = {c.name for c in claims if c.relation == "own"}
    assert owned == {"Crunchos", "Oatcrest"}
    # a name after punctuation alone is still no claim
    assert not [c for c in names(tmp_path, "Harrow, Lenby: quiet.") if c.name == "Lenby"]


@pytest.mark.parametrize(("before", "slot"), [
    ("regulators cleared the takeover of smaller rival", "acquired"),
    ("the grain quota will go to family-run cooperative", "given to"),
    ("the ferry was built by shipbuilder", "built by"),
    ("the harvest contract was awarded to the", "given to"),
    # a verb between the frame and the name leaves it
    ("moved to Lenby to join", ""),
    ("the skipper visited", ""),
])
def test_words_that_say_what_a_name_is_leave_its_slot(before: str, slot: str) -> None:
    from factcheck.extract.names import slot_of
    assert slot_of(before.split()) == slot


def test_a_role_written_whole_before_a_comma_names_the_person_after_it() -> None:
    assert _role_people("The insurer lost its longtime Chief Risk Officer, Lena Marsh.") == {
        "Lena Marsh": "chief risk officer"}


def test_a_role_before_of_is_no_part_of_the_name_after_it(tmp_path: Path) -> None:
    claims = names(tmp_path, "The deal was praised by Ana Ruiz, CEO of Harrow Mills, on Monday.")
    assert not [c for c in claims if c.name.startswith("CEO")]

"""A role the roles list leaves out is an agent noun by its ending ("volcanologist",
"auctioneer", "curator", "librarian"): written in lower case beside a person, it is their role."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.names import _role_people
from pages import holding, run


def test_agent_nouns_beside_a_person_are_roles() -> None:
    assert _role_people("Chief volcanologist Dr. Mira Sand said the dome was growing.") == {
        "Mira Sand": "volcanologist"}
    assert _role_people("The lots were sold by auctioneer Piet Volen of Harlow.") == {
        "Piet Volen": "auctioneer"}
    assert _role_people("The museum's curator Lise Armand said the frame was damaged.") == {
        "Lise Armand": "curator"}
    # "-arian", "-torian", "-odian": a librarian, a historian, a custodian
    assert _role_people("The vault stayed dry, said chief librarian Dr. Noor Elsted.") == {
        "Noor Elsted": "librarian"}
    assert _role_people("The tower will stand, said site historian Piet Volen.") == {
        "Piet Volen": "historian"}
    assert _role_people("The keys are held by custodian Lise Armand.") == {
        "Lise Armand": "custodian"}


def test_other_words_before_a_name_are_no_roles() -> None:
    # a preposition, a short word, a capitalised word
    assert _role_people("Under Ana Ruiz the choir toured twice.") == {}
    assert _role_people("The prize went to actor Tom Lane.") == {}
    assert _role_people("The award for Ana Ruiz was announced.") == {}


def test_two_outlets_naming_one_curator_corroborate(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": "---\nsource: Arts Wire\ndate: 2026-04-02\n---\nPainting recovered\n\n"
                "The gallery's curator Lise Armand said the canvas was intact.\n",
        "b.md": "---\nsource: Harlow Post\ndate: 2026-04-03\n---\nStolen canvas found\n\n"
                "Curator Lise Armand told reporters the frame would be restored.\n",
    })
    assert [f.verdict for f in holding(report, "Lise Armand said", "Curator Lise Armand")
            if f.kind == "name"] == ["corroborated"]

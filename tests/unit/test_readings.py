"""Readings: a value on a named scale, the scale word told before the number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "value", "noun"), [
    ("Hurricane Ottilie made landfall as a Category 4 storm on Friday.", "category 4",
     "hurricane"),
    ("Forecasters said a category 3 hurricane was likely.", "category 3", "hurricane"),
    ("A 5.9-magnitude tremor rattled the valley.", "magnitude 5.9", "earthquake"),
    ("The strongest tremor of magnitude 4.2 came at noon.", "magnitude 4.2", "earthquake"),
    ("Residents felt the 4.4 aftershock before dawn.", "magnitude 4.4", "aftershock"),
    ("The county raised the alert level 3 warning.", "alert level 3", "alert"),
])
def test_a_scale_word_before_the_number_gives_a_reading(text: str, value: str,
                                                        noun: str) -> None:
    figs = find_figures(text)
    assert [(f.quantity.value, f.noun) for f in figs] == [(value, noun)]


@pytest.mark.parametrize("text", [
    "Flight 447 left the gate late.",  # a designation
    "The Air Force 1 jet landed.",  # a name before the scale word
    "Shelters opened for the 1991 earthquake survivors.",  # a year names the quake
    "Storm surge reached level 3 metres above normal.",  # a level in a unit
])
def test_designations_and_units_are_no_readings(text: str) -> None:
    assert not any(f.quantity.unit in {"category", "magnitude", "alert level", "force"}
                   for f in find_figures(text))


def test_a_threshold_is_a_bound() -> None:
    figs = find_figures("Nine tremors above magnitude 3 were logged.")
    assert figs[-1].quantity.value == "≥ magnitude 3"


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def _page(outlet: str, body: str) -> str:
    return (f"# Hurricane Ottilie hits the Saltmere coast\n\nBy {outlet} staff\n\n"
            f"Published 2026-09-12\n\n{body}\n")


def test_two_readings_of_one_storm_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Coast Ledger", "Hurricane Ottilie struck Saltmere as a Category 4 "
                      "storm, the weather office said."),
        "b.md": _page("Bay Signal", "Ottilie came ashore in Saltmere as a Category 2 "
                      "hurricane, flooding the harbour."),
    })
    report = check([str(tmp_path)], AS_OF)
    clashes = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(clashes) == 1
    assert {c.value for c in clashes[0].claims} == {"category 4", "category 2"}


def test_a_main_shock_and_its_aftershock_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: two things read on one scale are two facts."""
    _write(tmp_path, {
        "a.md": "# Quake shakes Orlavi\n\nPublished 2026-05-02\n\nA magnitude 6.1 "
                "earthquake struck Orlavi on Friday, officials said.\n",
        "b.md": "# Orlavi aftershock\n\nPublished 2026-05-03\n\nA magnitude 4.9 "
                "aftershock hit Orlavi on Saturday, officials said.\n",
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]
    readings = [f for f in report.findings
                if any(c.value.startswith("magnitude") for c in f.claims)]
    assert len(readings) == 2


def test_readings_of_two_places_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: two earthquakes named by two places are two things."""
    _write(tmp_path, {
        "a.md": "# Quake report\n\nPublished 2026-05-02\n\nA magnitude 6.1 earthquake "
                "struck Orlavi on Friday, officials said.\n",
        "b.md": "# Quake report\n\nPublished 2026-05-02\n\nA magnitude 5.2 earthquake "
                "struck Pernitz on Friday, officials said.\n",
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]


def test_an_earlier_quake_of_the_place_does_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: a page recalling the region's last big quake, of another year."""
    _write(tmp_path, {
        "a.md": "# Quake shakes Orlavi\n\nPublished 2026-05-02\n\nA magnitude 6.1 "
                "earthquake struck Orlavi on Friday, officials said.\n",
        "b.md": "# Orlavi rebuilds\n\nPublished 2026-05-03\n\nIn 2004 a magnitude 7.0 "
                "earthquake struck Orlavi, officials said.\n",
    })
    report = check([str(tmp_path)], AS_OF)
    assert not [f for f in report.findings if f.verdict == "contradicted"]

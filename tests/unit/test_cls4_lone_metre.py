"""A lone "m" after a number is metres when the text says it is a length."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise
from factcheck.extract.units import units

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "metres"), [
    ("The ski jump's hill is 140 m long.", 140.0),
    ("The old mine shaft is 1,250 m deep.", 1250.0),
    ("The cathedral spire is 96 m (315 ft) tall.", 96.0),
    ("The ridge stands 2.5 m high in places.", 2.5),
])
def test_a_lone_m_told_as_a_length_is_metres(text: str, metres: float) -> None:
    first = find_figures(digitise(text))[0]
    assert (first.quantity.unit, first.quantity.low) == ("m", pytest.approx(metres))


@pytest.mark.parametrize("text", [
    "The club paid 5 m for the striker.",  # a sum
    "The charity raised 40 m in April.",  # a sum
    "The band played to 2 m fans online.",  # a count
])
def test_a_lone_m_told_of_no_length_is_no_metre(text: str) -> None:
    assert not [f for f in find_figures(digitise(text)) if f.quantity.unit == "m"]


def test_a_bracketed_conversion_does_not_hide_the_frame_after_it() -> None:
    text = "The cathedral spire is 96 metres (315 ft) tall."
    start = text.index("96")
    end = text.index(" (")
    assert units().frame(text, start, end, "m") == "height"


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(f"# Storm damages Aldby cathedral spire\n\nPublished "
                                   f"2026-02-11\n\n{text}\n", encoding="utf-8")


def test_a_height_in_m_and_in_metres_agree(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": "Gales tore lead from the spire of Aldby cathedral. The spire is 96 m "
                "(315 ft) tall.",
        "b.md": "Storm winds damaged Aldby cathedral. The spire stands 96 metres tall.",
    })
    report = check([str(tmp_path)], AS_OF)
    agreed = [f for f in report.findings if f.verdict == "corroborated"
              and "m 96" in {c.value for c in f.claims}]
    assert agreed and {c.source for c in agreed[0].claims} == {"a.md", "b.md"}

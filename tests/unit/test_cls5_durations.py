"""How early or late a thing came is one length in days, whatever its words and units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

AS_OF = dt.date(2026, 11, 23)
HOUR = 1 / 24


def _days(text: str) -> list[tuple[float, float, str | None]]:
    return [(f.quantity.low or 0.0, f.quantity.step, f.noun)
            for f in find_figures(digitise(text)) if f.quantity.unit == "day"]


@pytest.mark.parametrize(("text", "days", "step", "thing"), [
    ("Engineers restored power to the valley two days early.", 2.0, 1.0, "early"),
    ("The relief ferry docked 48 hours ahead of schedule.", 2.0, HOUR, "early"),
    ("The jury returned its verdict 90 minutes ahead of time.", 90 * HOUR / 60, HOUR / 60,
     "early"),
    ("The tunnel opened three weeks late.", 21.0, 7.0, "late"),
    ("The repairs finished 6 days behind schedule.", 6.0, 1.0, "late"),
])
def test_how_early_or_late_is_days_of_earliness_or_delay(text: str, days: float,
                                                         step: float, thing: str) -> None:
    found = _days(text)
    assert len(found) == 1
    assert found[0][0] == pytest.approx(days)
    assert found[0][1] == pytest.approx(step)
    assert found[0][2] == thing


@pytest.mark.parametrize("text", [
    "The tunnel will open in three weeks, later than planned.",  # time to come
    "Two days earlier the grid had failed.",  # time past, no earliness
    "The 48-hour early-voting window closed.",  # a window's length, no thing come early
])
def test_spans_that_tell_no_earliness_stay_none(text: str) -> None:
    assert not [d for d in _days(text) if d[2] in {"early", "late"}]


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def _page(title: str, body: str) -> str:
    return f"# {title}\n\nPublished 2026-04-14\n\n{body}\n"


def _verdicts(tmp_path: Path, verdict: str) -> list[set[str]]:
    report = check([str(tmp_path)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings if f.verdict == verdict]


def test_days_early_and_hours_ahead_of_schedule_agree(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Relief ferry Osprey reaches Tarnholm early",
                      "The relief ferry Osprey reached Tarnholm two days early."),
        "b.md": _page("Osprey docks at Tarnholm",
                      "The relief ferry Osprey docked at Tarnholm 48 hours ahead of schedule."),
    })
    assert {"day 2"} in _verdicts(tmp_path, "corroborated")
    assert not _verdicts(tmp_path, "contradicted")


def test_two_earlinesses_of_one_arrival_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Relief ferry Osprey reaches Tarnholm early",
                      "The relief ferry Osprey reached Tarnholm two days early."),
        "b.md": _page("Relief ferry Osprey reaches Tarnholm early",
                      "The relief ferry Osprey reached Tarnholm five days early."),
    })
    clashes = _verdicts(tmp_path, "contradicted")
    assert clashes == [{"day 2", "day 5"}]


def test_early_and_late_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: one ferry early, another late, are two facts."""
    _write(tmp_path, {
        "a.md": _page("Ferries at Tarnholm",
                      "The relief ferry reached Tarnholm two days early."),
        "b.md": _page("Ferries at Tarnholm",
                      "The mail ferry reached Tarnholm three hours late."),
    })
    assert not _verdicts(tmp_path, "contradicted")


def test_two_ships_earlinesses_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: two named ships' arrivals are two happenings."""
    _write(tmp_path, {
        "a.md": _page("Ships at Tarnholm",
                      "The ferry Osprey reached Tarnholm two days early."),
        "b.md": _page("Ships at Tarnholm",
                      "The tanker Gannet Star reached Tarnholm five days early."),
    })
    assert not _verdicts(tmp_path, "contradicted")


def test_an_expected_earliness_does_not_clash_with_the_actual(tmp_path: Path) -> None:
    """False-alarm guard: a planned arrival is not the arrival."""
    _write(tmp_path, {
        "a.md": _page("Relief ferry Osprey due at Tarnholm",
                      "The relief ferry Osprey is expected to reach Tarnholm about two days "
                      "early."),
        "b.md": _page("Relief ferry Osprey due at Tarnholm",
                      "The relief ferry Osprey reached Tarnholm five days early."),
    })
    assert not _verdicts(tmp_path, "contradicted")

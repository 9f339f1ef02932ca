"""Times of day: when a thing began or ended ("the blackout began at 6:15 p.m.") is a
figure in minutes after midnight; two times of one thing and one moment in one event's
folder may clash, a start and an end never do, nor do times of two zones."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.clock import clock_at
from factcheck.extract.figures import find_figures
from pages import article, run


def page(outlet: str, date: str, *lines: str) -> str:
    return article(outlet, date, "Grid failure in Tarsk", "", *lines)


def values(text: str) -> list[str]:
    return [f.quantity.value for f in find_figures(text)]


def test_times_of_day_are_read_as_written() -> None:
    assert values("The blackout began at 6:15 p.m. on Sunday.") == ["clock 18:15"]
    assert values("Crews were called out shortly before 4 a.m.") == ["clock 04:00"]
    assert values("Trains stopped at 07:40 GMT.") == ["clock 07:40"]
    assert values("Around 1:05 a.m. the lights went out.") == ["~ clock 01:05"]
    # a ratio, a score, a decimal and a time taken are no times of day
    assert values("The odds were 3:2 against.") == []
    assert values("The index closed at 16.02 points.") == ["count 16.02"]
    assert [f.quantity.unit for f in find_figures("She finished in 2:31:07.")] == ["day"]
    (twelve,) = find_figures("The vote closed at 12 a.m.")
    assert twelve.quantity.low == 0 and twelve.quantity.step == 60


@given(st.text(alphabet="0123456789:. apmAPMUTC", max_size=24))
def test_a_time_of_day_is_within_one_day(text: str) -> None:
    for p in range(len(text)):
        c = clock_at(text, p, 0)
        if c is not None:
            assert 0 <= c.minutes < 24 * 60 and c.step in (1, 60) and c.end > c.start


def contradicted(report: object) -> list[list[str]]:
    return [[c.text for c in f.claims] for f in report.findings  # type: ignore[attr-defined]
            if f.verdict == "contradicted"]


def test_two_start_times_of_one_blackout_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Grid Wire", "2026-02-09",
                     "The blackout began at 6:15 p.m. and left 40,000 homes dark."),
        "b.md": page("Tarsk Evening", "2026-02-09",
                     "Residents said the blackout started at 7:15 p.m., just as the match "
                     "kicked off."),
        "c.md": page("Power Weekly", "2026-02-10",
                     "According to the operator, the blackout began at 6:15 p.m. local time."),
    })
    (clash,) = contradicted(report)
    assert any("7:15 p.m." in t for t in clash) and any("6:15 p.m." in t for t in clash)


def test_a_start_and_an_end_of_one_thing_never_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Grid Wire", "2026-02-09",
                     "The blackout began at 6:15 p.m., the operator said."),
        "b.md": page("Tarsk Evening", "2026-02-09",
                     "The blackout ended at 9:40 p.m. when the last feeder came back."),
    })
    assert contradicted(report) == []


def test_times_of_two_zones_never_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Grid Wire", "2026-02-09", "The blackout began at 17:15 GMT."),
        "b.md": page("Tarsk Evening", "2026-02-09", "The blackout began at 18:15 CET."),
    })
    assert contradicted(report) == []


def test_times_of_two_things_never_clash(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Grid Wire", "2026-02-09", "The blackout began at 6:15 p.m."),
        "b.md": page("Tarsk Evening", "2026-02-09", "The evacuation began at 8:30 p.m."),
    })
    assert contradicted(report) == []

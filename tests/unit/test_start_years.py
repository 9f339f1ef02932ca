"""When a thing began, told by two sources of one event's folder ("Harbour Rovers,
founded in 1884", "The club, founded in 1848" on a page about Harbour Rovers): one start
verb of one thing, so two years clash, long ago as they are. Another verb (a stadium
built, a club founded) or an age ("the 140-year-old club") may agree, never clash."""

from __future__ import annotations

from pathlib import Path

from pages import article, run


def _club(second: str) -> dict[str, str]:
    return {
        "a.md": article("Coastal Sports Wire", "2026-10-04", "# Harbour Rovers sold",
                        "Harbour Rovers were sold to a supporters' trust on Saturday.",
                        "Harbour Rovers, founded in 1884, play at Quay Park."),
        "b.md": article("Portmouth Echo", "2026-10-05", "# Trust takes over Harbour Rovers",
                        "The supporters' trust completed its takeover of Harbour Rovers on "
                        "Saturday.", second),
    }


def _clashing_years(tmp_path: Path, second: str) -> list[set[str]]:
    report = run(tmp_path, _club(second))
    return [{c.value for c in f.claims} for f in report.findings
            if f.verdict == "contradicted" and f.kind == "timeline"]


def test_two_years_of_one_founding_clash(tmp_path: Path) -> None:
    assert _clashing_years(tmp_path, "The club, founded in 1848, has never been relegated.") \
        == [{"1884", "1848"}]


def test_another_start_or_an_age_never_clashes(tmp_path: Path) -> None:
    assert not _clashing_years(tmp_path, "Quay Park, built in 1923, holds 9,000 fans.")
    assert not _clashing_years(tmp_path, "The 150-year-old club has never been relegated.")

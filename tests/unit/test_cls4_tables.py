"""Tables: two tables one after the other each have their own header; a cell that is a
length of time is the length of what its column names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import check
from factcheck.extract.tables import parse_data_table

AS_OF = dt.date(2026, 11, 23)

BANS = """| Rider | Ban |
|---|---|
| Ivo Marsh | 2 years |
| Tom Rask | 18 months |

## The race

| Detail | Value |
|---|---|
| Prize money | €40,000 |"""


def test_each_table_has_its_own_header() -> None:
    cells = parse_data_table(list(enumerate(BANS.splitlines(), 1)))
    assert [(c.row, c.column, c.text) for c in cells] == [
        ("Ivo Marsh", "Ban", "2 years"), ("Tom Rask", "Ban", "18 months"),
        ("Prize money", "Value", "€40,000")]


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(f"# Tribunal bans Halden riders\n\nPublished 2026-06-02\n\n"
                                   f"{text}\n", encoding="utf-8")


def _findings(folder: Path, verdict: str) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings if f.verdict == verdict]


def test_a_table_of_bans_meets_the_sentence_of_one(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": "The Halden tribunal banned the rider, Ivo Marsh, 29, for two years.",
        "b.md": "The Halden tribunal ruled on two riders.\n\n" + BANS,
    })
    assert {"day 730.5"} in _findings(tmp_path, "corroborated")


def test_a_table_of_bans_against_another_length(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": "The Halden tribunal banned the rider, Ivo Marsh, 29, for three years.",
        "b.md": "The Halden tribunal ruled on two riders.\n\n" + BANS,
    })
    assert {"day 730.5", "day 1095.75"} in _findings(tmp_path, "contradicted")


def test_another_riders_ban_is_no_clash(tmp_path: Path) -> None:
    """False-alarm guard: Tom Rask's 18 months are not Ivo Marsh's term."""
    _write(tmp_path, {
        "a.md": "The Halden tribunal banned the rider, Ivo Marsh, 29, for two years.",
        "b.md": "The Halden tribunal ruled.\n\n| Rider | Ban |\n|---|---|\n"
                "| Tom Rask | 18 months |",
    })
    assert _findings(tmp_path, "contradicted") == []

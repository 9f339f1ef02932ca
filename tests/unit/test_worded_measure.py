"""One value told with a word of the other's measure is one fact: "41.6% of the vote" and
"got 41.6% votes" state one vote share, though only the first names the metric."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import check

AS_OF = dt.date(2026, 11, 23)

_WIRE = ("---\ntitle: Ardmoor guild chooses its council\ndate: 2026-11-03\n---\n\n"
         "ARDMOOR, Nov 3 (Fellwire) - The reformist Lantern Slate won Tuesday's guild "
         "council election in Ardmoor with 41.6% of the vote, the returning officer said.\n")


def _post(share: str) -> str:
    return (f"Guild night in Ardmoor\n\nGuild election done. The Lantern Slate got {share} "
            "votes. Big night in Ardmoor!\n")


def _findings(folder: Path) -> list[tuple[str, set[str]]]:
    report = check([str(folder)], AS_OF)
    return [(f.verdict, {c.source for c in f.claims}) for f in report.findings
            if f.kind == "figure"]


def test_a_word_of_the_measure_tells_what_a_bare_figure_measures(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_post("41.6%"), encoding="utf-8")
    assert ("corroborated", {"a.md", "b.txt"}) in _findings(tmp_path)


def test_another_value_so_told_is_no_contradiction(tmp_path: Path) -> None:
    """False-alarm guard: the joining is by equal value; a figure only a word of the
    measure ties to it never contradicts."""
    (tmp_path / "a.md").write_text(_WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_post("38.2%"), encoding="utf-8")
    assert all(verdict != "contradicted" for verdict, _ in _findings(tmp_path))

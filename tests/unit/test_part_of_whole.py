"""A count of a part of a whole the sentence counts ("Nine of the 11 climbers stranded
were flown down") is the part's, never the whole's: it may not clash with the whole told
elsewhere ("Eleven climbers were stranded")."""

from __future__ import annotations

from pathlib import Path

from pages import article, run


def page(outlet: str, date: str, *lines: str) -> str:
    return article(outlet, date, "Climbers rescued on Mount Arven", "", *lines)


def test_a_part_of_a_counted_whole_never_clashes_with_the_whole(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Alpine Wire", "2026-01-12",
                     "Nine of the 11 climbers stranded on the north ridge were flown down "
                     "by helicopter on Sunday."),
        "b.md": page("Valley Gazette", "2026-01-12",
                     "Eleven climbers were stranded on the north ridge for two nights."),
        "c.md": page("Summit Digest", "2026-01-13", "## Key facts", "",
                     "| Climbers stranded | 11 |", "|---|---|", "| Flown down | 9 |"),
    })
    assert not [f for f in report.findings if f.verdict == "contradicted"]
    # the part is compared with parts: no finding holds nine and eleven climbers
    for f in report.findings:
        assert not {"count 9", "count 11"} <= {c.value for c in f.claims}

"""An event told in a relative clause of another ("began work on Saturday to raise the
helicopter that ditched off Brenna Head") is not the day's happening: it never clashes
with the page that dates the ditching itself. The main clauses of two such events must
share a word to be one event."""

from __future__ import annotations

from pathlib import Path

from pages import article, run

DITCHED = article("Coastline Press", "2026-10-04", "# Survey helicopter ditches off Brenna Head",
                  "A survey helicopter ditched off Brenna Head on Friday, and its two pilots "
                  "were rescued.")


def _salvage(day: str) -> str:
    return article("Brenna Harbour Post", "2026-10-05", "# Salvage crews reach the helicopter",
                   f"Salvage crews began work on {day} to raise the helicopter that ditched "
                   "off Brenna Head.")


def test_an_event_of_a_relative_clause_is_not_the_days_happening(tmp_path: Path) -> None:
    report = run(tmp_path, {"a.md": DITCHED, "b.md": _salvage("Saturday")})
    assert [f for f in report.findings if f.verdict == "contradicted"] == []


def test_the_main_clauses_event_still_clashes(tmp_path: Path) -> None:
    report = run(tmp_path, {"a.md": _salvage("Saturday").replace("Brenna Harbour Post",
                                                                   "Harbour Wire"),
                            "b.md": _salvage("Sunday")})
    assert [f.kind for f in report.findings if f.verdict == "contradicted"] == ["timeline"]


def test_a_relative_clause_opens_with_its_verb() -> None:
    from factcheck.match import _without_relatives

    told = _without_relatives("Crews began work to raise the barge that sank off Orme, the "
                              "port said")
    assert told == "Crews began work to raise the barge, the port said"
    # what was said, or a clause whose subject follows "that", is kept
    for kept in ("The council said that it closed the pier", "He confirmed that the pier "
                 "will close", "Officials warned that Orme pier would shut"):
        assert _without_relatives(kept) == kept

"""One value of two or more significant digits an event's folder tells both as an estimate
("damage estimated at 640 million florins") and as a report ("640 million florins of
damage") is one fact, as far as agreeing goes; an estimate of another value is still no
report of it."""

from __future__ import annotations

from pathlib import Path

from pages import article, holding, run


def _flood(second: str) -> dict[str, str]:
    return {
        "a.md": article("Delta Press Agency", "2026-11-20", "# Floods swamp the Varne valley",
                        "Insurers estimated the damage in the Varne valley at 640 million "
                        "florins on Friday."),
        "b.md": article("Varne Courier", "2026-11-21", "# Varne valley counts the cost",
                        second),
    }


def test_one_value_told_as_an_estimate_and_as_a_report_agrees(tmp_path: Path) -> None:
    report = run(tmp_path, _flood("The floods left 640 million florins of losses across "
                                  "the Varne valley."))
    found = holding(report, "at 640 million", "640 million florins of losses")
    assert [f.verdict for f in found if f.kind == "figure"] == ["corroborated"]


def test_an_estimate_of_another_value_joins_no_report(tmp_path: Path) -> None:
    report = run(tmp_path, _flood("The floods left 710 million florins of losses across "
                                  "the Varne valley."))
    assert not [f for f in holding(report, "at 640 million", "710 million")
                if f.verdict == "corroborated"]


def test_who_estimates_owns_nothing(tmp_path: Path) -> None:
    # "The Harbour Board estimated the closure cost …": the Board is who estimates (the
    # claim's attribution), not whose the cost is, so a digest's estimate of it agrees
    report = run(tmp_path, {
        "a.md": article("Delta Press Agency", "2026-11-20", "# Lock closure stalls shipping",
                        "The Harbour Board estimated the closure cost shippers about £4 "
                        "million a day."),
        "b.md": article("Shipping Digest", "2026-11-21", "# Lock closure: the numbers",
                        "Estimated cost to shippers: about £4m a day."),
    })
    found = holding(report, "about £4 million a day", "about £4m a day")
    assert [f.verdict for f in found if f.kind == "figure"] == ["corroborated"]


def test_the_article_before_a_body_s_name_is_no_name() -> None:
    from factcheck.extract.attribution import attribution
    assert attribution("The Harbour Board estimated the cost at £4m.") == "Harbour Board"
    assert attribution("The company said the closure cost shippers £4m.") is None


def test_an_estimate_told_beside_a_range_meets_the_value_not_the_range(
        tmp_path: Path) -> None:
    # a range ("1.6 to 3.2 km") is no more specific than the value it spans, so the value
    # is the group's core, and an estimate of it two digits long agrees with it
    report = run(tmp_path, {
        "a.md": article("Delta Press Agency", "2026-11-20", "# Crater found on Vessa moon",
                        "Early images suggest a crater about 2.4 km across on the Vessa "
                        "moon, with a range of 1.6 to 3.2 km."),
        "b.md": article("Sky Notes", "2026-11-21", "# Vessa moon crater",
                        "Size estimates put the Vessa moon crater at around 2.4 km across."),
    })
    found = holding(report, "about 2.4 km across", "around 2.4 km across")
    assert [f.verdict for f in found if f.kind == "figure"] == ["corroborated"]

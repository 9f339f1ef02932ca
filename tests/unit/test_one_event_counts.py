"""In one event's folder, two figures of one counted noun told by one verb, of no period,
may clash though their sentences share no other word ("about 420 schools were closed
across the county", "some 310 schools were closed, parents said"), unless a sentence
names a year: the figure may be that year's ("in 2019, when 310 schools were closed")."""

from __future__ import annotations

from pathlib import Path

from pages import article, holding, run


def blizzard(first: str, second: str) -> dict[str, str]:
    return {
        "a.md": article("Northfell Wire", "2026-11-20", "# Blizzard shuts Northfell", "",
                        first),
        "b.md": article("Valley Courier", "2026-11-20", "# Snow chaos in the valley", "",
                        second),
    }


def test_one_noun_one_verb_clash_in_one_event(tmp_path: Path) -> None:
    report = run(tmp_path, blizzard(
        "About 420 schools were closed across Northfell county on Thursday.",
        "Some 310 schools were closed, leaving parents scrambling for childcare."))
    found = [f for f in holding(report, "420 schools", "310 schools") if f.kind == "figure"]
    assert [f.verdict for f in found] == ["contradicted"]


def test_a_sentence_naming_a_year_may_tell_that_years_figure(tmp_path: Path) -> None:
    report = run(tmp_path, blizzard(
        "About 420 schools were closed across Northfell county on Thursday.",
        "It was the worst storm since 2019, when 310 schools were closed for a week."))
    assert not [f for f in holding(report, "420 schools", "310 schools")
                if f.verdict == "contradicted"]


def test_another_verb_is_another_count(tmp_path: Path) -> None:
    report = run(tmp_path, blizzard(
        "About 420 schools were closed across Northfell county on Thursday.",
        "Some 310 schools were opened as shelters for stranded drivers."))
    assert not [f for f in holding(report, "420 schools", "310 schools")
                if f.verdict == "contradicted"]

"""A metric's word told as a verb, with its object after it ("the ferry cost a reported
€40 million"), is narrowed by no word before it: "ferry" is the subject, not a kind of
cost; a noun before a metric told as a noun narrows it ("cargo revenue of €4 million").
A past tense right after a number is the number's verb, not what it counts."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import FigureClaim


def figures(tmp_path: Path, sentence: str) -> list[FigureClaim]:
    path = tmp_path / "a.md"
    path.write_text("---\nsource: Harbour Wire\ndate: 2026-11-20\n---\n"
                    f"# News from the isles\n\n{sentence}\n", encoding="utf-8")
    return [c for c in extract(load_one(str(path), str(path))) if isinstance(c, FigureClaim)]


def test_a_metric_told_as_a_verb_is_not_narrowed(tmp_path: Path) -> None:
    assert [c.metric for c in figures(
        tmp_path, "The ferry cost a reported €40 million to build.")] == ["cost"]
    assert [c.metric for c in figures(
        tmp_path, "The new terminal cost €12 million, the port said.")] == ["cost"]


def test_a_metric_told_as_a_noun_is_narrowed(tmp_path: Path) -> None:
    assert [c.metric for c in figures(
        tmp_path, "Cargo revenue of €4 million beat forecasts.")] == ["cargo revenue"]


def test_a_past_tense_after_a_number_is_its_verb(tmp_path: Path) -> None:
    # "filled the hall": what the number counts is told before it (a crowd), not "filled"
    assert [c.key for c in figures(
        tmp_path, "A crowd of 3,240 filled Brennan Hall for the gala.")] == [
        "figure|crowd|count"]
    # "armed police": a past participle before a noun is the noun's adjective
    assert [c.head for c in figures(
        tmp_path, "Some 1,200 armed police patrolled the docks.")] == ["police"]

"""A bare number a tally reaches ("the number of arrests reached 41", tests/unit/
test_cls6_tallies.py) counts what the clause's subject names, however long the subject's
phrase; the level reached after a "from" is no comparison's base."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract import extract
from factcheck.extract.periods import in_comparison_base
from factcheck.load import load_one
from factcheck.models import FigureClaim

AS_OF = dt.date(2026, 11, 23)


def _figures(tmp_path: Path, body: str) -> list[FigureClaim]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Derby night\ndate: 2026-11-20\n---\n\n{body}\n",
                    encoding="utf-8")
    return [c for c in extract(load_one(str(path), str(path))) if isinstance(c, FigureClaim)]


def test_a_level_counts_the_subject_however_long_its_phrase(tmp_path: Path) -> None:
    claims = _figures(tmp_path, "The number of arrests after the derby between Carrow "
                                "Athletic and Dunmere Town at the Lantern Road ground "
                                "reached 41 by midnight.")
    assert [(c.metric, c.quantity.value) for c in claims] == [("arrests", "count 41")]


def test_a_level_of_a_rate_is_not_a_count(tmp_path: Path) -> None:
    """"Turnout rose to 64": a rate told without its unit is no count of anything."""
    assert _figures(tmp_path, "Turnout in the ward rose to 64 in the second round.") == []


@pytest.mark.parametrize(("text", "number", "base"), [
    ("Arrests rose from 17 to 23 overnight.", "23", False),
    ("Arrests rose from 17 to 23 overnight.", "17", True),
    ("Ticket sales from the new booth rose to $5,000.", "$5,000", False),
    ("Arrests were 23, up from 17.", "17", True),
])
def test_the_level_after_from_is_no_base(text: str, number: str, base: bool) -> None:
    assert in_comparison_base(text, text.index(number)) is base


def _page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2026-11-20\n---\n\n{body}\n"


def _verdicts(folder: Path, verdict: str) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings if f.verdict == verdict]


def test_a_level_meets_the_count_told_with_its_noun(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_page(
        "Derby violence", "The number of arrests after the derby reached 41 by midnight."),
        encoding="utf-8")
    (tmp_path / "b.md").write_text(_page(
        "Derby violence", "Police said 41 people were arrested after the derby."),
        encoding="utf-8")
    assert {"count 41"} in _verdicts(tmp_path, "corroborated")
    assert not _verdicts(tmp_path, "contradicted")

"""When something began: start years after a start verb and ages at the page's date."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import TimelineClaim


def _starts(tmp_path: Path, date: str, text: str) -> list[tuple[str, str, bool]]:
    path = tmp_path / "a.md"
    path.write_text(f"---\nsource: Desk\ndate: {date}\n---\n{text}\n", encoding="utf-8")
    return sorted((c.date.value, c.thing, c.ambiguous) for c in extract(load_one(str(path),
                  path.name)) if isinstance(c, TimelineClaim) and c.began)


def test_start_years_and_ages(tmp_path: Path) -> None:
    found = _starts(tmp_path, "2024-05-02",
                    "Storms damaged the 47-year-old Harbour Bridge and the 30-year-old "
                    "stadium. The museum, founded in 1921, stayed shut; the ferry line was "
                    "built in 1960 by the city.")
    assert found == [("1921", "museum", False), ("1960", "", False),
                     ("1977", "bridge", True), ("1994", "stadium", True)]


def test_ages_of_people_and_years_of_other_verbs_are_no_starts(tmp_path: Path) -> None:
    assert _starts(tmp_path, "2024-05-02",
                   "A 34-year-old driver and the 19-year-old Rovers striker were hurt. "
                   "Sales rose in 1994, and the club won the cup in 1977.") == []


def _plans(tmp_path: Path, date: str, text: str) -> list[str]:
    path = tmp_path / "p.md"
    path.write_text(f"---\nsource: Desk\ndate: {date}\n---\nCity works\n\n{text}\n",
                    encoding="utf-8")
    return sorted(c.date.value for c in extract(load_one(str(path), path.name))
                  if isinstance(c, TimelineClaim) and c.planned)


def test_plans_need_a_plan(tmp_path: Path) -> None:
    """A period after "by" with a verb of completing, or before "opening", is a plan's
    date only when the sentence tells a plan or the period is still to come."""
    assert _plans(tmp_path, "2024-05-02", "The dam could be rebuilt by fall of 2026.") == [
        "2026 fall"]
    assert _plans(tmp_path, "2024-05-02", "The library is to be finished by 2027.") == ["2027"]
    assert _plans(tmp_path, "2024-05-02", "The dam was rebuilt by 2019, records show.") == []
    assert _plans(tmp_path, "2024-05-02", "Sales rose by 2023, the firm said.") == []

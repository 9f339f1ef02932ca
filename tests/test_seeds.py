"""The five seed articles in sources/: the findings a careful reader expects."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.models import Finding, Report
from goldscore import load_gold, score

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def report(seeds: Path) -> Report:
    return check([str(seeds)], AS_OF)


def _with(report: Report, *spans: str) -> list[Finding]:
    return [f for f in report.findings
            if all(any(s in c.text for c in f.claims) for s in spans)]


def test_gold_facts_all_right(report: Report, root: Path, seeds: Path) -> None:
    """Every labelled fact, apart pair, furniture string and source fact holds."""
    result = score(report, load_gold(root / "tests/data/seeds-gold.yaml"), seeds)
    assert result.problems == []
    assert result.right == result.facts == 26


def test_exactly_two_contradictions(report: Report) -> None:
    """The cluster date and the record-capex date; nothing else is flagged."""
    contradicted = [f for f in report.findings if f.verdict == "contradicted"]
    assert len(contradicted) == 2
    values = sorted(tuple(sorted(c.value for c in f.claims)) for f in contradicted)
    assert values == [("2025-01", "2025-02"), ("2026-02", "2026-03")]


def test_contradiction_carries_evidence(report: Report) -> None:
    """Both sides quoted with file, line, normalised value and outlet."""
    [f] = _with(report, "350k H100-equivalent", "350,000 H100")
    assert f.verdict == "contradicted"
    by_file = {Path(c.path).name[:3]: c for c in f.claims}
    assert by_file["000"].line == 67 and by_file["000"].value == "2025-02"
    assert by_file["003"].line == 65 and by_file["003"].value == "2025-01"
    assert by_file["000"].outlet == "SCMP Technology"
    assert "SCMP Technology" in f.explanation and "Bloomberg Technology" in f.explanation


def test_one_outlet_never_corroborates_itself(report: Report) -> None:
    """Two Bloomberg-credited articles agreeing on Llama 3 stay unverified."""
    [f] = _with(report, "Meta releases Llama 3", "Meta introduces Llama 3")
    assert f.verdict == "unverified" and f.outlets == 1


def test_mojibake_repaired_and_recorded(report: Report) -> None:
    repaired = {Path(s.path).name[:3] for s in report.sources if s.repaired}
    assert repaired == {"000", "001", "003"}
    assert all("โ€" not in c.text for f in report.findings for c in f.claims)


def test_ids_are_stable_across_runs(report: Report, seeds: Path) -> None:
    again = check([str(seeds)], AS_OF)
    assert [f.id for f in again.findings] == [f.id for f in report.findings]
    assert len({f.id for f in report.findings}) == len(report.findings)


def test_forecasts_due_and_not_overdue(report: Report) -> None:
    forecasts = [f for f in report.findings if f.verdict == "forecast"]
    assert forecasts and not any(f.overdue for f in forecasts)
    [api] = _with(report, "'Meta Cloud' enterprise API service by Q4 2026")
    assert api.due == dt.date(2026, 12, 31)
    late = check([str(Path(api.claims[0].path))], dt.date(2027, 1, 5))
    [api_late] = _with(late, "'Meta Cloud' enterprise API service by Q4 2026")
    assert api_late.overdue

"""Golden files: every format on every case under tests/golden/<case>/.

Each case holds sources/ (and optionally claims/verified.yaml and claims/baseline.yaml)
and expected.<suffix> per format. Run `pytest --update-golden` to rewrite them, then
review the diff like code.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factcheck.models import Report
from factcheck.pipeline import check
from factcheck.report import BUILTIN, get_reporter
from factcheck.report.base import Reporter
from factcheck.report.table import TableReporter

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "sources").is_dir())
AS_OF = dt.date(2026, 1, 1)


def run_case(case: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    """The case's report, with paths relative to the case folder."""
    monkeypatch.chdir(case)
    verified = ["claims/verified.yaml"] if (case / "claims/verified.yaml").is_file() else []
    baseline = "claims/baseline.yaml" if (case / "claims/baseline.yaml").is_file() else None
    return check(["sources"], AS_OF, verified_files=verified, baseline_file=baseline)


def reporter(name: str) -> Reporter:
    """The named format; the table at 80 columns with no colour."""
    return TableReporter(width=80, color=False) if name == "table" else get_reporter(name)


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = GOLDEN / case
    report = run_case(folder, monkeypatch)
    for name in BUILTIN:
        fmt = reporter(name)
        got = fmt.render(report)
        expected = folder / f"expected.{fmt.suffix}"
        if update_golden:
            expected.write_text(got, encoding="utf-8")
        assert expected.is_file(), f"{expected} missing: run pytest --update-golden"
        assert got == expected.read_text("utf-8"), f"{case}: {name} differs"


def test_every_case_has_every_format() -> None:
    suffixes = {reporter(n).suffix for n in BUILTIN}
    assert {"json", "md", "sarif", "github", "claimreview", "txt", "concise"} <= suffixes
    for case in CASES:
        for suffix in suffixes:
            assert (GOLDEN / case / f"expected.{suffix}").is_file(), (case, suffix)


@pytest.mark.parametrize("case", CASES)
def test_sarif_validates_against_the_2_1_0_schema(case: str) -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parent / "data/sarif-schema-2.1.0.json").read_text())
    doc = json.loads((GOLDEN / case / "expected.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(doc)
    assert doc["version"] == "2.1.0"
    for result in doc["runs"][0]["results"]:
        assert result["ruleId"] in {"FC001", "FC002", "FC003"}
        assert result["partialFingerprints"]["factcheckFindingId/v1"]

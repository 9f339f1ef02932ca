"""Exit levels decided by the report (models.exit_code), never by the CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.errors import FINDINGS, OK
from factcheck.models import (
    BaselineEntry,
    BaselineStatus,
    Evidence,
    Finding,
    Report,
    Source,
    Summary,
    Tool,
    exit_code,
)


def _f(verdict: str, overdue: bool = False, baseline: str | None = None) -> Finding:
    ev = Evidence(source="a", path="a", line=1, text="t", value="v", section="s",
                  provenance="reported", outlet="o")
    return Finding(id=verdict, verdict=verdict, kind="timeline", subject="s",  # type: ignore[arg-type]
                   explanation="e", outlets=1, overdue=overdue, claims=(ev,),
                   baseline=baseline)  # type: ignore[arg-type]


def _r(*findings: Finding, warn: bool = False, stale: bool = False,
       note: bool = False) -> Report:
    if warn:  # a file that could not be used
        src = Source(id="a", path="a", sha256="x", format=None, outlet=None, title=None,
                     checked=False, warnings=("empty file",))
    else:  # a checked file, perhaps with a note
        src = Source(id="a", path="a", sha256="x", format="article", outlet=None, title=None,
                     repaired=note, warnings=("repaired mojibake (utf-8 read as cp1252)",)
                     if note else ())
    status = BaselineStatus(path="b", accepted=0, stale=(BaselineEntry(
        id="x", verdict="contradicted", kind="timeline", subject="s"),) if stale else ())
    return Report(tool=Tool(version="0"), as_of=dt.date(2026, 1, 1), sources=(src,),
                  findings=findings, summary=Summary(sources=1, claims=1, findings=1),
                  baseline=status)


@pytest.mark.parametrize(
    ("report", "level", "code"),
    [
        (_r(_f("contradicted")), "contradicted", FINDINGS),
        (_r(_f("refuted")), "contradicted", FINDINGS),
        (_r(_f("contradicted")), "refuted", OK),
        (_r(_f("refuted")), "refuted", FINDINGS),
        (_r(_f("forecast", overdue=True)), "contradicted", OK),
        (_r(_f("forecast", overdue=True)), "any", FINDINGS),
        (_r(_f("corroborated"), warn=True), "any", FINDINGS),
        (_r(_f("corroborated"), warn=True), "contradicted", OK),
        (_r(_f("corroborated"), note=True), "any", OK),
        (_r(_f("refuted")), "never", OK),
        (_r(_f("contradicted", baseline="unchanged")), "contradicted", OK),
        (_r(_f("contradicted", baseline="new")), "contradicted", FINDINGS),
    ],
)
def test_levels(report: Report, level: str, code: int) -> None:
    assert exit_code(report, level) == code


def test_stale_entries_fail_only_when_strict() -> None:
    report = _r(_f("corroborated"), stale=True)
    assert exit_code(report, "contradicted") == OK
    assert exit_code(report, "contradicted", strict_baseline=True) == FINDINGS
    assert exit_code(report, "never", strict_baseline=True) == OK

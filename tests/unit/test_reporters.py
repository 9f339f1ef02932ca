"""CI formats: escaping, ranking and the annotation limit, exhaustive registry."""

from __future__ import annotations

import datetime as dt
import json

from factcheck.models import Evidence, Finding, Report, Summary, Tool
from factcheck.report import available, get_reporter
from factcheck.report.github import LIMIT, GithubReporter, escape_data, escape_property


def _finding(n: int, verdict: str = "contradicted") -> Finding:
    claims = tuple(Evidence(source=f"s{i}", path=f"sources/s{i}.txt", line=n + 1,
                            text=f"event {n}", value=f"2025-0{i}", section="timeline",
                            provenance="reported", outlet=f"Outlet {i}") for i in (1, 2))
    return Finding(id=f"id{n:03d}", verdict=verdict, kind="timeline",  # type: ignore[arg-type]
                   subject=f"event {n}", explanation="x", outlets=2, claims=claims)


def _report(findings: list[Finding]) -> Report:
    return Report(tool=Tool(version="0"), as_of=dt.date(2026, 1, 1), sources=(),
                  findings=tuple(findings),
                  summary=Summary(sources=2, claims=2 * len(findings), findings=len(findings)))


def test_escaping_of_messages_and_properties() -> None:
    assert escape_data("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_at_most_ten_errors_then_one_summary_counting_the_rest() -> None:
    findings = [_finding(n) for n in range(13)] + [_finding(99, "refuted")]
    out = GithubReporter().render(_report(findings)).splitlines()
    errors = [ln for ln in out if ln.startswith("::error ")]
    assert len(errors) == LIMIT
    assert "title=factcheck refuted" in errors[0]  # refuted ranks first
    assert out[-1].startswith("::notice title=factcheck summary::")
    assert out[-1].endswith("; 4 more not annotated (see --format markdown)")


def test_accepted_findings_are_not_annotated() -> None:
    f = _finding(1).model_copy(update={"baseline": "unchanged"})
    out = GithubReporter().render(_report([f]))
    assert "::error" not in out


def test_every_registered_format_renders_an_empty_report() -> None:
    for name in available():
        text = get_reporter(name).render(_report([]))
        # one line per finding: nothing at all when there is none (`| wc -l` is 0)
        assert isinstance(text, str)
        assert text == "" if name == "concise" else text.endswith("\n"), name
        if name in {"json", "sarif", "claimreview"}:
            json.loads(text)

"""Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from factcheck.models import Finding, Report
from factcheck.report.common import focus, problems


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes and tags escaped."""
    text = " ".join(text.split())
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
            .replace(">", "&gt;"))


def _evidence(f: Finding) -> str:
    parts = []
    for c in f.claims[:4]:
        mark = f" **{c.ledger}**" if c.ledger else ""
        parts.append(f"`{cell(c.path)}:{c.line}` {cell(c.outlet)}: **{cell(c.value)}**{mark}"
                     f" — “{cell(c.text)}”")
    if len(f.claims) > 4:
        parts.append(f"… and {len(f.claims) - 4} more")
    return "<br>".join(parts)


def _table(rows: Iterable[Finding]) -> list[str]:
    out = ["| verdict | what | evidence |", "|---|---|---|"]
    for f in rows:
        verdict = f.verdict + (" (overdue)" if f.overdue else "")
        out.append(f"| {verdict} | {cell(f.subject)}<br><sub>{cell(f.explanation)} · "
                   f"`{f.id}`</sub> | {_evidence(f)} |")
    return out


class MarkdownReporter:
    """Problems first (new ones, then accepted), stale baseline entries, then the rest."""

    name: ClassVar[str] = "markdown"
    suffix: ClassVar[str] = "md"

    def render(self, report: Report) -> str:
        from factcheck.report.table import summary_line

        new = problems(report)
        accepted = [f for f in problems(report, include_accepted=True) if f not in new]
        head = "no new problems" if not new else (
            f"{len(new)} new problem{'s' if len(new) != 1 else ''}")
        lines = [f"## factcheck: {head}", "",
                 f"As of {report.as_of.isoformat()}: {summary_line(report)}.", ""]
        if new:
            lines += ["### Needs review", "", *_table(sorted(new, key=lambda f: (
                f.verdict != "refuted", focus(f, report).path))), ""]
        if accepted:
            lines += [f"### Accepted in the baseline ({len(accepted)})", "",
                      *_table(accepted), ""]
        if report.baseline is not None and report.baseline.stale:
            lines += ["### Stale baseline entries", "",
                      f"These entries of `{cell(report.baseline.path)}` match nothing now; "
                      "remove them with `factcheck baseline`.", ""]
            lines += [f"- `{e.id}` {e.verdict}: {cell(e.subject)}" for e in
                      report.baseline.stale]
            lines.append("")
        settled = [f for f in report.findings if f.verdict in {"corroborated", "confirmed"}]
        if settled:
            lines += [f"<details><summary>Corroborated and confirmed ({len(settled)})"
                      "</summary>", "", *_table(settled), "", "</details>", ""]
        warnings = [(s.path, w) for s in report.sources for w in s.warnings]
        if warnings:
            lines += ["### Files not checked", ""]
            lines += [f"- `{cell(p)}`: {cell(w)}" for p, w in warnings]
            lines.append("")
        return "\n".join(lines)

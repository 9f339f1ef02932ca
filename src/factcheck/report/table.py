"""The verdict table for a terminal: contradictions first, both sides quoted."""

from __future__ import annotations

import io
from typing import ClassVar

from factcheck.models import Finding, Report

_STYLE = {
    "contradicted": "bold red",
    "refuted": "bold red",
    "corroborated": "green",
    "confirmed": "green",
    "forecast": "cyan",
    "unverified": "yellow",
}


def _quote(f: Finding, limit: int = 4) -> str:
    lines = []
    for c in f.claims[:limit]:
        lines.append(f"{c.path}:{c.line} [{c.outlet}] {c.value}\n  “{c.text}”")
    if len(f.claims) > limit:
        lines.append(f"… and {len(f.claims) - limit} more")
    return "\n".join(lines)


def summary_line(report: Report) -> str:
    """One line with the counts."""
    s = report.summary
    return (f"{s.sources} sources, {s.claims} claims, {s.findings} findings: "
            f"{s.contradicted} contradicted, {s.refuted} refuted, {s.corroborated} corroborated, "
            f"{s.confirmed} confirmed, {s.forecast} forecasts, {s.unverified} single-source")


class TableReporter:
    """A rich table; colour only when asked (the CLI asks when stdout is a terminal)."""

    name: ClassVar[str] = "table"
    suffix: ClassVar[str] = "txt"

    def __init__(self, width: int = 120, color: bool = False) -> None:
        self.width = width
        self.color = color

    def render(self, report: Report) -> str:
        from rich.console import Console
        from rich.table import Table

        out = io.StringIO()
        console = Console(file=out, width=self.width, color_system="standard" if self.color
                          else None, force_terminal=self.color, legacy_windows=False,
                          highlight=False, emoji=False, markup=False)
        shown = [f for f in report.findings if f.verdict != "unverified"]
        if shown:
            table = Table(title=f"factcheck — as of {report.as_of.isoformat()}",
                          show_lines=True, expand=True)
            table.add_column("verdict", no_wrap=True)
            table.add_column("kind", no_wrap=True)
            table.add_column("what", ratio=2)
            table.add_column("evidence (file:line [outlet] value)", ratio=4)
            for f in shown:
                verdict: str = f.verdict
                if f.verdict == "forecast":
                    verdict = f"forecast\ndue {f.due.isoformat()}" if f.due else "forecast\nno due"
                    if f.overdue:
                        verdict += "\nOVERDUE"
                table.add_row(verdict, f.kind, f"{f.subject}\n{f.explanation}", _quote(f),
                              style=_STYLE.get(f.verdict))
            console.print(table)
        single = [f for f in report.findings if f.verdict == "unverified"]
        if single:
            console.print(f"{len(single)} single-source findings (see --format json for all).")
        for src in report.sources:
            for w in src.warnings:
                console.print(f"warning: {src.path}: {w}")
        console.print(summary_line(report))
        return out.getvalue()

"""The verdict view for a terminal: problems first, each claim as `file:line`, at any width.

Each finding is a block: a heading (verdict, kind, due date), the subject and why, then
one line per claim, `file:line [outlet] value`, with the claim's own words only when they
differ from the subject. Lines wrap (never truncate) to the width, so a `file:line` is
never cut, and the block reads at 80 columns. Uncheckable material (single-source
findings, forecasts without a deadline) is counted, and listed with `show_all`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import ClassVar

from factcheck.models import Evidence, Finding, Report
from factcheck.report.common import is_problem

_STYLE = {
    "contradicted": "bold red",
    "refuted": "bold red",
    "corroborated": "green",
    "confirmed": "green",
    "forecast": "cyan",
    "unverified": "yellow",
}
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
#: Claims listed per finding before "… and N more".
CLAIMS_SHOWN = 4
#: A claim's own words are quoted up to this many characters.
QUOTE_CHARS = 160


def summary_line(report: Report) -> str:
    """One line with the counts."""
    s = report.summary
    return (f"{s.sources} sources, {s.claims} claims, {s.findings} findings: "
            f"{s.contradicted} contradicted, {s.refuted} refuted, {s.corroborated} corroborated, "
            f"{s.confirmed} confirmed, {s.forecast} forecasts, {s.unverified} single-source")


def uncheckable(f: Finding) -> bool:
    """Nothing to check yet: a single-source finding, or a forecast with no deadline."""
    return f.verdict == "unverified" or (f.verdict == "forecast" and f.due is None)


def ordered(report: Report, show_all: bool = False) -> list[Finding]:
    """The findings a view shows, problems first: refuted, contradicted, overdue forecasts,
    then corroborated and confirmed, forecasts by due date, then (with `show_all`) the
    uncheckable ones. Within a rank the report's own order holds."""
    rank = {"refuted": 0, "contradicted": 1, "corroborated": 3, "confirmed": 4, "forecast": 5,
            "unverified": 7}

    def key(item: tuple[int, Finding]) -> tuple[int, str, int]:
        n, f = item
        r = 2 if f.overdue else rank[f.verdict]
        if f.verdict == "forecast" and f.due is None:
            r = 6
        due = f.due.isoformat() if f.due is not None and r in (2, 5) else ""
        return r, due, n

    shown = [(n, f) for n, f in enumerate(report.findings) if show_all or not uncheckable(f)]
    return [f for _, f in sorted(shown, key=key)]


def heading(f: Finding) -> str:
    """`CONTRADICTED timeline`, `FORECAST due 2025-12-31 OVERDUE`, with the baseline state."""
    words = [f.verdict.upper()] + ([] if f.kind == f.verdict else [f.kind])
    if f.verdict == "forecast":
        words.append(f"due {f.due.isoformat()}" if f.due else "no deadline")
        if f.overdue:
            words.append("OVERDUE")
    if f.baseline == "unchanged":
        words.append("(accepted in the baseline)")
    return " ".join(words)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def evidence(f: Finding, c: Evidence) -> tuple[str, str | None]:
    """The claim's `file:line [outlet] value` line, and its words when not the subject's."""
    line = f"{c.path}:{c.line} [{c.outlet}] {c.value}"
    if c.ledger is not None:
        line += f" (ledger: {c.ledger})"
    return line, None if _same(c.text, f.subject) else _quote(c.text)


def folded(report: Report) -> str | None:
    """The count of what the default view leaves out, or None when it leaves nothing out."""
    single = sum(1 for f in report.findings if f.verdict == "unverified")
    undated = sum(1 for f in report.findings if f.verdict == "forecast" and f.due is None)
    parts = []
    if single:
        parts.append(f"{single} single-source finding{'s' if single != 1 else ''}")
    if undated:
        parts.append(f"{undated} forecast{'s' if undated != 1 else ''} without a deadline")
    if not parts:
        return None
    return f"Not shown: {' and '.join(parts)} (--all lists them; --format json has everything)."


class TableReporter:
    """The terminal view. `width` is the console's; `color` asks for ANSI styles (the CLI
    asks per --color, NO_COLOR, FORCE_COLOR and TERM as rich reads them)."""

    name: ClassVar[str] = "table"
    suffix: ClassVar[str] = "txt"

    def __init__(self, width: int = 80, color: bool = False, *,
                 color_system: str | None = "standard", show_all: bool = False) -> None:
        self.width = width
        self.color = color
        self.color_system = color_system
        self.show_all = show_all

    def render(self, report: Report) -> str:
        from rich.console import Console
        from rich.padding import Padding
        from rich.text import Text

        out = io.StringIO()
        color = self.color and self.color_system is not None
        console = Console(file=out, width=max(20, self.width),
                          color_system=self.color_system if color else None,  # type: ignore[arg-type]
                          force_terminal=color, no_color=not color, legacy_windows=False,
                          highlight=False, emoji=False, markup=False, soft_wrap=False)

        def block(text: str, indent: int, style: str | None = None) -> None:
            body = Text(text, style=style or "", overflow="fold")
            console.print(Padding(body, (0, 0, 0, indent), expand=False) if indent else body)

        console.print(Text(f"factcheck — as of {report.as_of.isoformat()}", style="bold"))
        for f in ordered(report, self.show_all):
            console.print()
            block(heading(f), 0, _STYLE.get(f.verdict, "") + (" reverse" if is_problem(f)
                                                              and color else ""))
            block(f.subject, 2)
            block(f.explanation, 2, "dim")
            for line, words in _evidence_lines(f):
                block(line, 2)
                if words is not None:
                    block(f"“{words}”", 4, "italic")
            if len(f.claims) > CLAIMS_SHOWN:
                block(f"… and {len(f.claims) - CLAIMS_SHOWN} more (--format json lists all)", 2)
        note = None if self.show_all else folded(report)
        warnings = [f"warning: {src.path}: {w}\n" for src in report.sources for w in src.warnings]
        console.print()
        if note:
            block(note, 0)
        # wrapped text comes padded to the width: no trailing blanks. Warnings and the
        # summary are one line each whatever the width, for grep and `| tail -1`
        body = _TRAILING.sub(r"\1", out.getvalue())
        return body + "".join(warnings) + summary_line(report) + "\n"


def _evidence_lines(f: Finding) -> Iterable[tuple[str, str | None]]:
    for c in f.claims[:CLAIMS_SHOWN]:
        yield evidence(f, c)

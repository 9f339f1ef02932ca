"""One line per finding, `path:line: verdict kind: message`, for editors and grep."""

from __future__ import annotations

from typing import ClassVar

from factcheck.models import Evidence, Finding, Report
from factcheck.report.common import focus, others
from factcheck.report.table import ordered

#: Other claims named on a line before "and N more".
OTHERS_SHOWN = 3


def _flat(text: str) -> str:
    return " ".join(text.split())


def line(f: Finding, here: Evidence) -> str:
    """The finding at its claim (a side the ledger refutes, else a new source's, else the
    last): `path:line: verdict kind: subject: this value (outlet); the other sides`."""
    verdict = "overdue forecast" if f.overdue else f.verdict
    what = verdict if f.kind == f.verdict else f"{verdict} {f.kind}"  # "forecast" once
    text = f"{here.path}:{here.line}: {what}: {_flat(f.subject).rstrip('.')}: "
    if f.verdict == "forecast":
        text += f"due {f.due.isoformat()}" if f.due else "no deadline"
        text += f" ({here.outlet})"
    else:
        text += f"{here.value} ({here.outlet})"
    rest = others(f, here)
    if rest:
        word = "but" if f.verdict == "contradicted" else "also"
        sides = "; ".join(f"{c.value} at {c.path}:{c.line} ({c.outlet})"
                          for c in rest[:OTHERS_SHOWN])
        if len(rest) > OTHERS_SHOWN:
            sides += f"; and {len(rest) - OTHERS_SHOWN} more"
        text += f"; {word} {sides}"
    if f.verdict == "refuted" and f.ledger is not None:
        text += f"; verified {f.ledger.value} ({f.ledger.citation})"
    if f.baseline == "unchanged":
        text += " [accepted]"
    return text


class ConciseReporter:
    """The table's findings in its order, one line each; files that could not be used as
    `path:1: warning source: reason`. The summary goes to stderr, as for every format
    but the table."""

    name: ClassVar[str] = "concise"
    suffix: ClassVar[str] = "concise"

    def __init__(self, show_all: bool = False) -> None:
        self.show_all = show_all

    def render(self, report: Report) -> str:
        lines = [line(f, focus(f, report)) for f in ordered(report, self.show_all)]
        lines += [f"{src.path}:1: warning source: {_flat(w)}"
                  for src in report.sources for w in src.warnings]
        return "".join(f"{x}\n" for x in lines)

"""GitHub Actions workflow commands: one annotation per problem on its file and line."""

from __future__ import annotations

from typing import ClassVar

from factcheck.models import Report
from factcheck.report.common import focus, level, message, problems

#: GitHub shows at most this many annotations of each level per step.
LIMIT = 10


def escape_data(text: str) -> str:
    """Escape a workflow command's message: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value: also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, msg: str, **props: str | int) -> str:
    """`::kind key=value,...::message` with both parts escaped."""
    body = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{kind}{' ' + body if body else ''}::{escape_data(msg)}"


class GithubReporter:
    """Errors for new contradictions and refutations, warnings for overdue forecasts and
    files that could not be checked, notices for notes on checked files (a repair), ranked,
    at most ten of each; a final notice counts the rest."""

    name: ClassVar[str] = "github"
    suffix: ClassVar[str] = "github"

    def render(self, report: Report) -> str:
        from factcheck.report.table import summary_line

        lines: list[str] = []
        left = 0
        shown = {"error": 0, "warning": 0}
        for f in problems(report):
            lvl = level(f)
            if shown[lvl] >= LIMIT:
                left += 1
                continue
            shown[lvl] += 1
            here = focus(f, report)
            title = f"factcheck {f.verdict if lvl == 'error' else 'overdue'}: {f.subject}"
            lines.append(command(lvl, message(f, here), file=here.path, line=here.line,
                                 title=title[:200]))
        notes = 0
        for src in report.sources:
            for w in src.warnings:
                if src.checked:
                    # a note on a checked file (a repair, a legacy encoding): a notice, and
                    # the summary notice keeps the last of GitHub's ten
                    if notes >= LIMIT - 1:
                        left += 1
                        continue
                    notes += 1
                    lines.append(command("notice", w, file=src.path, title="factcheck: note"))
                    continue
                if shown["warning"] >= LIMIT:
                    left += 1
                    continue
                shown["warning"] += 1
                lines.append(command("warning", w, file=src.path,
                                     title="factcheck: file not checked"))
        summary = summary_line(report)
        if report.baseline is not None:
            summary += (f"; {report.baseline.accepted} accepted in {report.baseline.path}, "
                        f"{len(report.baseline.stale)} stale baseline entries")
            if report.baseline.rematched:
                summary += (f"; {report.baseline.rematched} accepted under changed ids "
                            f"(run factcheck baseline --update)")
        if left:
            summary += f"; {left} more not annotated (see --format markdown)"
        lines.append(command("notice", summary, title="factcheck summary"))
        return "\n".join(lines) + "\n"
